"""«Заполненность полей» / «Fields filled» (Качество данных) is drawn at its natural width, not stretched
over the page: at 1920×1080 its two short columns (a field's name, its «100 %») spread over ~1,400 px
(uxqa25). ui.widgets.short_grid_widths gives every column its widest cell, so nothing is cut at 1366 either.
Waits for a settled page, no sleeps."""
from __future__ import annotations

import pytest

from ui.widgets import SHORT_GRID_PX

from .test_browser import TIMEOUT_MS, PageSpec, open_page, wait_settled

pytestmark = pytest.mark.browser

# (grid width, its block's width, cut cells) of each grid whose header row holds `header`
MEASURE = """(header) => [...document.querySelectorAll('[data-testid="stDataFrame"]')]
  .filter(df => [...df.querySelectorAll('table[role="grid"] th')].some(th => th.textContent.trim() === header))
  .map(df => [df.getBoundingClientRect().width,
              df.closest('[data-testid="stVerticalBlock"]').getBoundingClientRect().width,
              [...df.querySelectorAll('table[role="grid"] td')].filter(td => td.textContent.endsWith('…')).length])"""


@pytest.mark.parametrize("width, height, lang, header", [
    pytest.param(1920, 1080, "ru", "Поле", id="projector-ru"),
    pytest.param(1366, 768, "en", "Field", id="laptop-en", marks=pytest.mark.long)])
def test_fields_filled_is_as_wide_as_its_columns(probe, width, height, lang, header):
    page = probe.page
    page.set_viewport_size({"width": width, "height": height})
    open_page(probe, PageSpec("quality", "", False), query="lang=en" if lang == "en" else "")
    wait_settled(page)
    page.wait_for_function(f"(header) => ({MEASURE})(header).length > 0", arg=header, timeout=TIMEOUT_MS)
    found = page.evaluate(MEASURE, header)
    grid_px, block_px, cut = found[0]        # the first grid with a «Поле» column: the fill rates
    assert cut == 0, f"{cut} cells cut with «…» at {width}"
    assert grid_px <= SHORT_GRID_PX + 4, f"fill rates {grid_px:.0f} px wide in a {block_px:.0f}-px block at {width}"
    assert grid_px < 0.5 * block_px
