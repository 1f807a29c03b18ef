"""No box scrolls sideways on a 1366×768 laptop: on every page, Russian and English, with every
expander open, no visible element whose overflow shows a scrollbar (overflow-x auto/scroll: code
blocks, grids, the main column, the page) holds content wider than itself.

uxqa11 found a 908-px element on Реестр and Данные: the editor's password-hash command (st.code) in an
877-px box (on Реестр in the event card's 281-px column) scrolled sideways inside its box. Commands
and every other code block now wrap (st.code(..., wrap_lines=True))."""
from __future__ import annotations

import pytest

from .conftest import TIMEOUT_MS
from .test_browser import open_page, wait_idle
from .test_full_page_screens import PAGES

pytestmark = [pytest.mark.browser, pytest.mark.long]  # every page × viewport: the long tier (make test-long)

SCROLLERS = """() => [...document.querySelectorAll('*')]
  .filter(e => e.getClientRects().length && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
  .filter(e => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 40)
  .map(e => `${e.tagName.toLowerCase()}[${e.getAttribute('data-testid') || e.className.toString().slice(0, 30)}]`
            + ` ${e.scrollWidth} px in ${e.clientWidth}: «${(e.innerText || '').slice(0, 60)}»`)"""
PAGE_WIDE = """() => [document.documentElement, document.querySelector('[data-testid="stMain"]')]
  .filter(e => e && e.scrollWidth > e.clientWidth + 1).map(e => `page: ${e.scrollWidth} px in ${e.clientWidth}`)"""


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("spec", PAGES, ids=[p.slug for p in PAGES])
def test_nothing_scrolls_sideways_at_1366(probe, spec, lang):
    page = probe.page
    page.set_viewport_size({"width": 1366, "height": 768})
    open_page(probe, spec, query="lang=en" if lang == "en" else "")
    closed = page.locator('[data-testid="stExpander"] details:not([open]) > summary')
    for _ in range(closed.count()):
        closed.first.click()
        wait_idle(page)
    frames = page.locator('[data-testid="stDataFrame"]')
    for i in range(frames.count()):          # a grid draws only when it is on the screen
        frames.nth(i).scroll_into_view_if_needed()
        frames.nth(i).locator(".dvn-scroller").wait_for(state="attached", timeout=TIMEOUT_MS)
    wait_idle(page)
    wide = page.evaluate(PAGE_WIDE) + page.evaluate(SCROLLERS)
    assert not wide, f"{spec.slug} ({lang}) at 1366×768 scrolls sideways:\n" + "\n".join(wide)
