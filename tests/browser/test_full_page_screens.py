"""Every page as a projector shows it: 1920×1080, Russian and English, a full-page screenshot of each
(test-artifacts/screenshots/full-<page>-<lang>-1920x1080.png, for a person to look at; the slides in
presentation mode are shot by test_review_fit.py), and on each no sideways scroll — neither the page
nor any table. Before uxqa11 no screenshot at 1920×1080 had ever been taken of the whole pages."""
from __future__ import annotations

import pytest

from .conftest import SCREENSHOTS, TIMEOUT_MS
from .test_browser import PageSpec, open_page, wait_idle

pytestmark = [pytest.mark.browser, pytest.mark.long]  # every page × viewport: the long tier (make test-long)

WIDTH, HEIGHT = 1920, 1080
PAGES = [PageSpec("overview", "", True), PageSpec("sectors", "", True), PageSpec("countries", "", True),
         PageSpec("organisations", "", False), PageSpec("dynamics", "", True), PageSpec("participants", "", True),
         PageSpec("registry", "", False), PageSpec("review", "", False), PageSpec("quality", "", False),
         PageSpec("data", "", False)]

WIDE = """() => {
  const visible = e => e.getClientRects().length > 0;
  const grids = [...document.querySelectorAll('[data-testid="stDataFrame"] .dvn-scroller')].filter(visible)
      .filter(s => s.scrollWidth > s.clientWidth + 1).map(s => `table: ${s.scrollWidth} px in ${s.clientWidth}`);
  const doc = document.documentElement, main = document.querySelector('[data-testid="stMain"]');
  const page = [doc, main].filter(e => e && e.scrollWidth > e.clientWidth + 1)
      .map(e => `page: ${e.scrollWidth} px in ${e.clientWidth}`);
  return [...page, ...grids];
}"""

HEIGHT_JS = """() => Math.max(document.documentElement.scrollHeight,
    ...[...document.querySelectorAll('[data-testid="stMain"], [data-testid="stMainBlockContainer"]')].map(e => e.scrollHeight))"""


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("spec", PAGES, ids=[p.slug for p in PAGES])
def test_every_page_at_1920_has_a_full_screenshot_and_no_sideways_scroll(probe, spec, lang):
    page = probe.page
    page.set_viewport_size({"width": WIDTH, "height": HEIGHT})
    open_page(probe, spec, query="lang=en" if lang == "en" else "")
    frames = page.locator('[data-testid="stDataFrame"]')
    for i in range(frames.count()):          # a grid draws only when it is on the screen
        frames.nth(i).scroll_into_view_if_needed()
        frames.nth(i).locator(".dvn-scroller").wait_for(state="attached", timeout=TIMEOUT_MS)
    wait_idle(page)
    wide = page.evaluate(WIDE)
    height = min(max(int(page.evaluate(HEIGHT_JS)), HEIGHT), 16_000)
    page.set_viewport_size({"width": WIDTH, "height": height})
    page.wait_for_timeout(500)               # plotly's responsive relayout; nothing to wait on
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"full-{spec.slug}-{lang}-{WIDTH}x{HEIGHT}.png"), full_page=True)
    assert not wide, f"{spec.slug} ({lang}) at {WIDTH}×{HEIGHT} scrolls sideways:\n" + "\n".join(wide)
