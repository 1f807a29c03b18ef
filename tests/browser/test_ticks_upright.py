"""Axis numbers stay upright and readable at the widths the pages give their charts (analytics.charts):
in the half-page columns of «Сферы» and «Участники» at 1366 px the attendance bars' value axis
«0 2 000 4 000 6 000 8 000» was drawn turned 90° (uxqa12). Bars carry their own numbers now, and no
tick label of any chart on these pages is turned vertical, at a laptop's or a projector's width; under
vertical bars no category label is turned at all (months «September 2024» were drawn at 30° in the
half-page columns of «Обзор» and the country dossier): they break into two lines instead."""
from __future__ import annotations

import pytest

from .test_browser import BY_SLUG, open_page, wait_idle, wait_plots

pytestmark = pytest.mark.browser

VERTICAL = """() => {
  const out = [];
  for (const plot of document.querySelectorAll('.js-plotly-plot')) {
    for (const t of plot.querySelectorAll('g.xtick text, g.ytick text, g.x2tick text, g.y2tick text')) {
      const m = /rotate\\((-?[\\d.]+)/.exec(t.getAttribute('transform') || '');
      const angle = m ? Math.abs(parseFloat(m[1])) : 0, bars = !!plot.querySelector('g.barlayer .point');
      if ((bars ? angle > 1 : Math.abs(angle - 90) < 20) && t.textContent.trim())
        out.push(`${t.textContent} (${m[1]}°) in «${(plot.closest('[data-testid="stVerticalBlock"]')?.innerText || '').slice(0, 40)}»`);
    }
  }
  return out;
}"""


# One page at the laptop's width stays in `make test`; the other pages and the projector are the long tier.
_WALK = pytest.mark.long
@pytest.mark.parametrize("slug, width", [("participants", 1366),
                                         pytest.param("sectors", 1366, marks=_WALK),
                                         pytest.param("sectors", 1920, marks=_WALK),
                                         pytest.param("participants", 1920, marks=_WALK),
                                         pytest.param("overview", 1366, marks=_WALK),
                                         pytest.param("countries", 1366, marks=_WALK)])
def test_no_tick_label_turns_vertical(probe, slug, width):
    page = probe.page
    page.set_viewport_size({"width": width, "height": 900 if width < 1900 else 1080})
    open_page(probe, BY_SLUG[slug])
    wait_idle(page)
    count = wait_plots(page, 2)
    page.evaluate("() => document.querySelectorAll('.js-plotly-plot').forEach(p => p.scrollIntoView())")
    wait_idle(page)
    turned = page.evaluate(VERTICAL)
    assert count >= 2 and not turned, f"{slug} at {width}: vertical tick labels: {turned[:6]}"
