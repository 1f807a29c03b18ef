"""Tables as a meeting sees them, in a real Chromium at a laptop's 1366×768 and a projector's 1920×1080.

No table shows its last visible row cut in half: a table either shows every row whole, or a whole
number of rows and a scrollbar. The grid draws its rows 2.1875 rem tall (37 px with this app's 17-px
font); the pages once sized tables for 35-px rows, so every table lost half of its last row (the
country dossier's «10 of 37 organisations» showed nine and a half). Each table is scrolled into view
first: Streamlit draws a grid only when it is on the screen."""
from __future__ import annotations

import pytest

from .conftest import TIMEOUT_MS
from .test_browser import PageSpec, open_page, wait_idle

pytestmark = [pytest.mark.browser, pytest.mark.long]  # every page × viewport: the long tier (make test-long)

VIEWPORTS = [pytest.param({"width": 1366, "height": 768}, id="laptop_1366"),
             pytest.param({"width": 1920, "height": 1080}, id="projector_1920")]
PAGES = [PageSpec("countries", r"Стран", True), PageSpec("organisations", r"Организац", False),
         PageSpec("participants", r"Участник", True), PageSpec("quality", r"Качество", False),
         PageSpec("registry", r"Реестр", False)]

GRID = """(df) => {
  const scroller = df.querySelector('.dvn-scroller'), grid = df.querySelector('table[role="grid"]');
  if (!scroller || !grid) return null;
  const font = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return {rows: Number(grid.getAttribute('aria-rowcount')), header: Math.round(2.1875 * font),
          content: scroller.scrollHeight, shown: scroller.clientHeight,
          head: (df.innerText || '').split('\\n')[0].slice(0, 40)};
}"""

GRID_READY = """(df) => { const s = df.querySelector('.dvn-scroller'), g = df.querySelector('table[role="grid"]');
  return !!(s && g && Number(g.getAttribute('aria-rowcount')) > 0 && s.scrollHeight > 0); }"""


def cut_tables(page) -> tuple[int, list[str]]:
    """(tables measured, the tables whose last visible row is cut) on the page as it is now."""
    frames = page.locator('[data-testid="stDataFrame"]')
    frames.first.wait_for(state="attached", timeout=TIMEOUT_MS)
    wait_idle(page)
    measured, cut = 0, []
    for i in range(frames.count()):
        frame = frames.nth(i)
        frame.scroll_into_view_if_needed()
        frame.locator(".dvn-scroller").wait_for(state="attached", timeout=TIMEOUT_MS)
        frame.locator('table[role="grid"]').wait_for(state="attached", timeout=TIMEOUT_MS)
        page.wait_for_function(GRID_READY, arg=frame.element_handle(), timeout=TIMEOUT_MS)
        grid = frame.evaluate(GRID)
        if grid is None or grid["rows"] < 2:
            continue
        measured += 1
        row = (grid["content"] - grid["header"]) / (grid["rows"] - 1)
        if grid["content"] <= grid["shown"] + 1:
            continue                                   # every row whole
        shown_rows = (grid["shown"] - grid["header"]) / row
        if abs(shown_rows - round(shown_rows)) * row > 1:
            cut.append(f"table {i} ({grid['rows'] - 1} rows of {row:.0f} px): {shown_rows:.2f} rows shown")
    return measured, cut


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("spec", PAGES, ids=[p.slug for p in PAGES])
def test_no_table_cuts_its_last_row(probe, spec, viewport):
    page = probe.page
    page.set_viewport_size(viewport)
    open_page(probe, spec)
    measured, cut = cut_tables(page)
    assert measured, f"{spec.slug}: no table measured"
    assert not cut, f"{spec.slug} at {viewport['width']}:\n" + "\n".join(cut)


def test_country_dossier_lists_ten_organisations_whole(probe):
    """The case that was seen: «Показаны 10 из 37» above a table showing nine and a half."""
    page = probe.page
    page.set_viewport_size({"width": 1366, "height": 768})
    open_page(probe, PAGES[0], query="")
    wait_idle(page)
    measured, cut = cut_tables(page)
    assert measured >= 3 and not cut, cut


# the pages a review meeting is shown; «Реестр» and «Качество данных» are analysts' grids of every field
MEETING_PAGES = [PageSpec("countries", r"Стран", True), PageSpec("organisations", r"Организац", False),
                 PageSpec("participants", r"Участник", True)]

WIDE = """(df) => { const s = df.querySelector('.dvn-scroller');
  return s ? [s.scrollWidth, s.clientWidth] : null; }"""


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("spec", MEETING_PAGES, ids=[p.slug for p in MEETING_PAGES])
def test_meeting_tables_fit_a_laptop_without_sideways_scrolling(probe, spec, lang):
    """At 1366×768 every table of a page shown in a meeting fits its box: no column (the dates of
    «Самые массовые мероприятия», «Номера в отчёте» of the officials met) hides behind a sideways
    scrollbar or is cut at the table's edge."""
    page = probe.page
    page.set_viewport_size({"width": 1366, "height": 768})
    open_page(probe, spec if lang == "ru" else PageSpec(spec.slug, "", spec.charts),
              query="lang=en" if lang == "en" else "")
    frames = page.locator('[data-testid="stDataFrame"]')
    frames.first.wait_for(state="attached", timeout=TIMEOUT_MS)
    wait_idle(page)
    wide = []
    for i in range(frames.count()):
        frame = frames.nth(i)
        frame.scroll_into_view_if_needed()
        frame.locator(".dvn-scroller").wait_for(state="attached", timeout=TIMEOUT_MS)
        page.wait_for_function(GRID_READY, arg=frame.element_handle(), timeout=TIMEOUT_MS)
        scroll, box = frame.evaluate(WIDE)
        if scroll > box + 1:
            wide.append(f"table {i}: {scroll} px of columns in a {box} px box")
    assert frames.count() and not wide, f"{spec.slug} ({lang}):\n" + "\n".join(wide)


# The analysts' grids: «Реестр» shows a chosen eight of its thirty fields (a column chooser above it,
# every download keeps all), «Качество данных» and «Данные» fit their columns to the box. The quality
# page's fill-rate table once had eleven columns whose headers alone needed ~1000 px: its fields are
# now rows and its reports columns (ui.widgets.fill_rate_grid), so no grid is left wide.
ANALYST_PAGES = [(PageSpec("registry", r"Реестр", False), ()), (PageSpec("quality", r"Качество", False), ()),
                 (PageSpec("data", r"Данные", False), ())]


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("spec, known_wide", ANALYST_PAGES, ids=[p.slug for p, _ in ANALYST_PAGES])
def test_analyst_grids_fit_a_laptop_without_sideways_scrolling(probe, spec, known_wide, lang):
    page = probe.page
    page.set_viewport_size({"width": 1366, "height": 768})
    open_page(probe, spec if lang == "ru" else PageSpec(spec.slug, "", spec.charts),
              query="lang=en" if lang == "en" else "")
    frames = page.locator('[data-testid="stDataFrame"]')
    frames.first.wait_for(state="attached", timeout=TIMEOUT_MS)
    wait_idle(page)
    wide = []
    for i in range(frames.count()):
        frame = frames.nth(i)
        frame.scroll_into_view_if_needed()
        frame.locator(".dvn-scroller").wait_for(state="attached", timeout=TIMEOUT_MS)
        page.wait_for_function(GRID_READY, arg=frame.element_handle(), timeout=TIMEOUT_MS)
        scroll, box = frame.evaluate(WIDE)
        if scroll > box + 1 and i not in known_wide:
            wide.append(f"table {i}: {scroll} px of columns in a {box} px box")
    assert frames.count() and not wide, f"{spec.slug} ({lang}):\n" + "\n".join(wide)
