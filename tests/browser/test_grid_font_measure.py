"""The widths the tables are fitted to are measured as the browser draws the grid's text
(ui/widgets.text_px against Chromium's own canvas measure of the grid's font).

Seen in the meeting room (uxqa17): the organisations' table filtered to Kyrgyzstan broke «Киргизия»
over two lines («Киргизи / я») in its country column. The column was fitted to its longest value as
measured in Source Sans — but in the variable font file's default instance, ExtraLight (200), while
the grid draws Regular (400): every measure was ~2.5 % short, a letter in a short column. Now the
measure is Regular, as wide as the browser's or a hair wider, never narrower."""
from __future__ import annotations

import pytest

from .test_browser import BY_SLUG, open_page

pytestmark = pytest.mark.browser

SAMPLES = ["Киргизия", "посольства и консульства", "Объединённые Арабские Эмираты", "20 декабря 2024",
           "№ 26, № 70", "≥ 12 405", "Embassy of the Kyrgyz Republic", "Smolensk Oblast", "IV кв. 2024 · 78",
           "«Многонациональная Россия: вчера, сегодня, завтра»", "WWWWW iiiii"]

MEASURE = """(samples) => {
  const grid = document.querySelector('[data-testid="stDataFrame"] canvas, [data-testid="stDataFrame"]');
  const base = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.font = `${0.875 * base}px "Source Sans", sans-serif`;
  return {font: ctx.font, grid: !!grid, widths: samples.map(s => ctx.measureText(s).width)};
}"""


def test_cell_text_is_measured_as_the_browser_draws_it(probe):
    from ui.widgets import text_px

    page = probe.page
    page.set_viewport_size({"width": 1366, "height": 768})
    open_page(probe, BY_SLUG["registry"])
    page.wait_for_function("() => document.fonts.check('15px \"Source Sans\"')")
    page.wait_for_selector('[data-testid="stDataFrame"]', timeout=60_000)  # the grid draws after the page settles
    found = page.evaluate(MEASURE, SAMPLES)
    assert found["grid"], "no grid on the Реестр"
    for text, drawn in zip(SAMPLES, found["widths"]):
        ours = text_px(text)
        assert ours >= drawn - 0.5, f"«{text}» measured {ours:.1f} px, drawn {drawn:.1f} ({found['font']})"
        assert ours <= drawn * 1.03 + 1, f"«{text}» measured {ours:.1f} px, drawn only {drawn:.1f}"
