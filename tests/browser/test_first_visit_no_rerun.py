"""A browser's very first visit (no room_px cookie) on a laptop does not rerun its first page when the
room frame measures the main column (uxqa14 left it: the frame always reported its first width, and
that report reran the page a moment after it was drawn — a visible jump on the first page of the first
visit). The page is drawn for the laptop's column (widgets.FULL_WIDTH_PX); the frame reports only a
column 16 px or more away from it. A projector's first visit reran once for its 1,431-px column until
uxqa19: the app's HTML shell now carries a script (ui/first_width.py) that writes the column's width to
the room_px cookie before the WebSocket opens, so the first run is drawn for it and the frame reports
nothing at either size. (Before, the projector case counted 1 report: the check can see one.) The
cookie the first run read is checked too: the projector's page was drawn for its own column.

No sleeps: the parent page counts the frame's setComponentValue messages; once the frame has measured
(its cookie is written), the test has the frame post a marker message — messages from one window arrive
in order, so when the marker is in, every report the frame made is counted."""
from __future__ import annotations

import pytest

from .conftest import TIMEOUT_MS

pytestmark = pytest.mark.browser

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
COUNT = """window.__reports = 0; window.__marker = false;
window.addEventListener('message', e => {
  const d = e.data || {};
  if (d.type === 'streamlit:setComponentValue' && typeof d.value === 'number') window.__reports += 1;
  if (d.type === 'uxqa-marker') window.__marker = true;
});"""


def _room_frame(page):
    page.wait_for_selector('iframe[title="ui.widgets.room"]', state="attached", timeout=TIMEOUT_MS)
    handle = page.query_selector('iframe[title="ui.widgets.room"]')
    return handle.content_frame()


@pytest.mark.parametrize("width, height, reports", [
    pytest.param(1366, 768, 0, id="laptop_first_visit_not_rerun"),
    pytest.param(1920, 1080, 0, id="projector_first_visit_not_rerun", marks=pytest.mark.long),  # the laptop stays in make test
])
def test_a_first_visit_reports_only_a_width_that_changes_the_page(browser, app_url, width, height, reports):
    context = browser.new_context(viewport={"width": width, "height": height}, locale="ru-RU", base_url=app_url)
    try:
        assert not context.cookies(), "a first visit starts without cookies"
        page = context.new_page()
        page.add_init_script(COUNT)
        page.goto("/countries", wait_until="domcontentloaded")
        guessed = page.evaluate("() => (document.cookie.match(/room_px=(\\d+)/) || [])[1] || null")
        page.wait_for_selector(IDLE, state="attached", timeout=TIMEOUT_MS)
        frame = _room_frame(page)
        frame.wait_for_function("() => document.cookie.includes('room_px=')", timeout=TIMEOUT_MS)
        frame.evaluate("() => window.parent.postMessage({type: 'uxqa-marker'}, '*')")
        page.wait_for_function("() => window.__marker", timeout=TIMEOUT_MS)
        measured = int(frame.evaluate("() => Math.floor(document.documentElement.clientWidth)"))
        assert page.evaluate("window.__reports") == reports, \
            f"{width}×{height}: main column {measured} px, the frame reported {page.evaluate('window.__reports')} time(s)"
        assert guessed is not None and abs(int(guessed) - measured) < 16, \
            f"{width}×{height}: the shell's first guess {guessed} px, the column measured {measured} px"
    finally:
        context.close()
