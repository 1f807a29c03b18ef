"""A column's header is measured as the browser draws it (ui.widgets.header_px against Chromium's canvas
measure in the grid's own header font, read from the drawn grid's --gdg-header-font-style and
--gdg-font-family).

Seen at 1366 (uxqa22/23): the Организации dossier cut «Совместных мероприятий» to «Совместных мероприяти»:
headers were sized by an average letter measured on English headers (6.7 px), and Cyrillic letters are
wider. header_px now measures the header in the grid's typeface; this checks, in the browser, that the
typeface and size the grid draws its headers in are the ones measured: every header of the Реестр's
grid, as drawn, fits in header_px less the grid's 8-px padding each side (Russian: the wider letters). The unit check that every column gets header_px is
tests/ui/test_header_drawn_width.py."""
from __future__ import annotations

import pytest

from .test_browser import BY_SLUG, open_page

pytestmark = pytest.mark.browser

MEASURE = """() => {
  const grid = document.querySelector('[data-testid="stDataFrame"] .gdg-wmyidgi, [data-testid="stDataFrame"] [style*="--gdg-header-font-style"]')
            || document.querySelector('[data-testid="stDataFrame"]');
  const style = getComputedStyle(grid);
  const head = style.getPropertyValue('--gdg-header-font-style').trim();
  const family = style.getPropertyValue('--gdg-font-family').trim();
  const names = [...document.querySelectorAll('[data-testid="stDataFrame"] [role="columnheader"]')]
                  .map(th => th.textContent.trim()).filter(Boolean);
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.font = `${head} ${family}`;
  return {font: ctx.font, head, names, widths: names.map(n => ctx.measureText(n).width)};
}"""


def test_headers_are_measured_in_the_font_the_grid_draws_them(probe):
    from ui.widgets import header_px

    page = probe.page
    page.set_viewport_size({"width": 1366, "height": 768})
    open_page(probe, BY_SLUG["registry"])
    page.wait_for_function("() => document.fonts.check('15px \"Source Sans\"')")
    page.wait_for_selector('[data-testid="stDataFrame"] [role="columnheader"]', state="attached", timeout=60_000)
    found = page.evaluate(MEASURE)
    assert found["head"], f"the grid's header font is not where it was read: {found}"
    assert len(found["names"]) >= 5, found["names"]
    for name, drawn in zip(found["names"], found["widths"]):
        assert header_px(name) - 16 >= drawn, f"«{name}» drawn {drawn:.1f} px in {found['font']}, " \
                                              f"its column room {header_px(name) - 16:.1f}"
