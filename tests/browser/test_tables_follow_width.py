"""A table's column widths follow the space it gets (ui/widgets.measure_room, room): at a projector's
1920×1080 the main column is ~1,430 px, and a table fitted to a laptop's 875 px cut its texts with «…»
while the grid stretched with empty room on every column (uxqa12: «мероприятие вне отчётного к…» in
a 300-px-wide column). The same table, the same rows: widening the window must show more whole cells.
The page reruns once when the frame reports the new width, so the test waits for what it measures."""
from __future__ import annotations

import pytest

from .conftest import TIMEOUT_MS
from .test_browser import PageSpec, open_page, wait_idle

pytestmark = pytest.mark.browser

CUT = """(df) => [...df.querySelectorAll('table[role="grid"] td')].filter(td => td.textContent.endsWith('…')).length"""
ROWS = """(df) => df.querySelectorAll('table[role="grid"] tbody td').length"""


def _cut_cells(page, index: int) -> tuple[int, int]:
    frame = page.locator('[data-testid="stDataFrame"]').nth(index)
    frame.scroll_into_view_if_needed()
    page.wait_for_function(f"(df) => ({ROWS})(df) > 0", arg=frame.element_handle(), timeout=TIMEOUT_MS)
    return frame.evaluate(CUT), frame.evaluate(ROWS)


@pytest.mark.parametrize("slug,title,index", [("quality", r"Качество", -1), ("participants", r"Участник", 0)])
def test_wider_screen_cuts_fewer_cells(probe, slug, title, index):
    page = probe.page
    page.set_viewport_size({"width": 1366, "height": 768})
    open_page(probe, PageSpec(slug, title, False))
    page.wait_for_timeout(1500)   # the frame that measures the column reports, the page reruns once
    wait_idle(page)
    frames = page.locator('[data-testid="stDataFrame"]')
    frames.first.wait_for(state="attached", timeout=TIMEOUT_MS)   # drawn after the heading, later under load
    index = index % frames.count()
    laptop, cells = _cut_cells(page, index)
    assert laptop > 0, f"{slug}: no cut cell at 1366 in table {index} ({cells} cells): the case is gone"
    page.set_viewport_size({"width": 1920, "height": 1080})
    frame = frames.nth(index)
    try:  # the frame reports the wider column, the page reruns and refits its tables
        page.wait_for_function(f"([df, n]) => ({ROWS})(df) > 0 && ({CUT})(df) < n",
                               arg=[frame.element_handle(), laptop], timeout=15_000)
    except Exception:
        pass
    wait_idle(page)
    projector, _ = _cut_cells(page, index)
    assert projector < laptop / 2, (f"{slug}: table {index} cuts {projector} cells with «…» at 1920 px, "
                                    f"{laptop} at 1366 px: its widths stayed the laptop's")
