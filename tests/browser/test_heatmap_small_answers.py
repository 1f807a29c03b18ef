"""The «Сферы» heatmaps drawn for a small answer (Kyrgyzstan, IV кв. 2024: two events, every cell 1):
each colour bar number once, the country's name upright (analytics.charts._heatmap, upright_or_turned).
Before (uxqa17) the colour bars read «1 1 1 1 1» and «1 1 2», and «Киргизия» stood at 35°.
The builder's rules are tests/analytics/test_heatmap_small_answers.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from .test_browser import BY_SLUG, open_page, wait_plots

pytestmark = pytest.mark.browser

HEATMAPS = """() => [...document.querySelectorAll('.js-plotly-plot')].filter(p => p.querySelector('g.heatmaplayer, .hm'))
  .map(p => ({bar: [...p.querySelectorAll('.colorbar .cbaxis text, .colorbar text.ytick, .cbaxis .ytick text, .colorbar .ytick text')]
                   .map(t => t.textContent.trim()).filter(Boolean),
              turned: [...p.querySelectorAll('g.xtick text')].filter(t => /rotate\\((-?[\\d.]+)/.test(t.getAttribute('transform') || '')
                   && Math.abs(parseFloat(/rotate\\((-?[\\d.]+)/.exec(t.getAttribute('transform'))[1])) > 1).map(t => t.textContent)}))"""


@pytest.mark.parametrize("query", ["country=KG&held=2024Q4", "country=KG&held=2024Q4&lang=en"])
def test_small_answer_heatmaps_read_cleanly(probe, query):
    page = probe.page
    page.set_viewport_size({"width": 1366, "height": 768})
    open_page(probe, replace(BY_SLUG["sectors"], title=r"Сфер|Sectors"), query=query)
    wait_plots(page, 3)
    maps = page.evaluate(HEATMAPS)
    assert len(maps) == 2, maps
    for found in maps:
        assert found["bar"] and len(found["bar"]) == len(set(found["bar"])), f"colour bar reads {found['bar']}"
        assert not found["turned"], f"names turned: {found['turned']}"
