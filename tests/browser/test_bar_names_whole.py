"""Category names beside the bars, and the value axis's title, lie inside their chart at a laptop's
1366×768: the sample's «Объединённые Арабские Эмираты» was cut at its start («ъединённые Арабские
Эмираты») in the 316-px country column of «Страны», and «Мероприятия, шт.» at its end (uxqa14). Every
bar chart of the page is measured: each y tick label and the x title's box against the chart's SVG."""
from __future__ import annotations

from dataclasses import replace

import pytest

from .test_browser import BY_SLUG, open_page, wait_idle, wait_plots

pytestmark = pytest.mark.browser

OUTSIDE = """() => {
  const out = [];
  for (const plot of document.querySelectorAll('.js-plotly-plot')) {
    if (!plot.querySelector('.barlayer .bars path')) continue;          // bar charts only
    const box = plot.querySelector('.main-svg').getBoundingClientRect();
    for (const t of plot.querySelectorAll('.ytick text, .g-xtitle text')) {
      const r = t.getBoundingClientRect();
      if (r.width && (r.left < box.left - 1 || r.right > box.right + 1))
        out.push(`${t.textContent}: ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
  }
  return out;
}"""


@pytest.mark.parametrize("slug, lang", [("countries", "ru"),  # the other page and language: the long tier
                                        pytest.param("overview", "ru", marks=pytest.mark.long),
                                        pytest.param("countries", "en", marks=pytest.mark.long)])
def test_bar_names_and_axis_title_inside_the_chart_at_1366(probe, slug, lang):
    page = probe.page
    page.set_viewport_size({"width": 1366, "height": 768})
    spec = BY_SLUG[slug] if lang == "ru" else replace(BY_SLUG[slug], title="")   # its title regex is Russian
    open_page(probe, spec, query="lang=en" if lang == "en" else "")
    wait_plots(page, 1)
    wait_idle(page)
    outside = page.evaluate(OUTSIDE)
    assert not outside, f"{slug} ({lang}) at 1366: " + "; ".join(outside)
