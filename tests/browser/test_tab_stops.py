"""An analyst tabbing to the filters or the download buttons crosses only controls made for the keyboard.

Seen at 1366×768 (uxqa28): each plotly chart's toolbar (PNG, zoom, pan, zoom in, zoom out, reset,
fullscreen) took seven Tab stops and every heading its «Link to heading» anchor one, so the overview's
three charts put 21 toolbar stops between the metrics and the downloads (61 stops in all, 35 now). Both
are mouse tools: ui/widgets.CSS hides them (no Tab stop) until the chart or the heading is under the
pointer, where they still work. Likewise (uxqa29) each table's own toolbar (columns, CSV, search, full
screen: four stops before every table, 45 stops on the registry, 41 now): hidden until the table is
under the pointer or holds the focus; from the table, Shift+Tab reaches it (test_a_table_toolbar_...). The walk also checks the order: the skip link, the sidebar (page links,
language, filters, reset) before any stop of the page's content.

Real Chromium against the served dashboard; the overview (three charts) stays in `make test`, the
other pages are in the long tier."""
from __future__ import annotations

import pytest

from .conftest import TIMEOUT_MS, PageProbe
from .test_browser import PageSpec, open_page

pytestmark = pytest.mark.browser

MOST_STOPS = 160

STOP = r"""() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  return {tag: e.tagName, testid: e.closest('[data-testid]')?.getAttribute('data-testid') || '',
          toolbar: !!e.closest('.modebar'), tabletool: !!e.closest('[data-testid="stElementToolbar"]'), anchor: !!e.closest('[data-testid="stHeaderActionElements"]'),
          sidebar: !!e.closest('[data-testid="stSidebar"]'), skip: e.getAttribute('data-testid') === 'stSkipToContent',
          label: (e.getAttribute('aria-label') || e.getAttribute('data-title') || e.innerText || '').trim().slice(0, 40)};
}"""


def walk(page) -> list[dict]:
    """Every Tab stop from the top of the page until the focus comes back to the first (or MOST_STOPS)."""
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
    page.mouse.move(0, 0)
    stops: list[dict] = []
    for _ in range(MOST_STOPS):
        page.keyboard.press("Tab")
        stop = page.evaluate(STOP)
        if stop is None:
            continue
        if stops and stop == stops[0]:
            break
        stops.append(stop)
    return stops


def problems_of(stops: list[dict]) -> list[str]:
    """Mouse-only tools that took a Tab stop, and content reached before the sidebar was done."""
    out = [f"Tab stops on the chart toolbar's «{s['label']}»" for s in stops if s["toolbar"]]
    out += [f"Tab stops on a heading's anchor «{s['label']}»" for s in stops if s["anchor"]]
    out += [f"Tab stops on a table's toolbar «{s['label']}»" for s in stops if s.get("tabletool")]
    seen_main = False
    for s in stops:
        if s["skip"]:
            continue
        if s["sidebar"] and seen_main:
            out.append(f"the sidebar's «{s['label']}» comes after the page's content")
        seen_main = seen_main or not s["sidebar"]
    return out


def test_the_check_tells_stops_apart():
    side = dict(toolbar=False, anchor=False, sidebar=True, skip=False, label="Сфера")
    main = dict(side, sidebar=False, label="↓ CSV")
    skip = dict(main, skip=True, label="Skip to main content")
    assert problems_of([skip, side, main]) == []
    assert problems_of([skip, side, dict(main, toolbar=True, label="Масштаб")]) == ["Tab stops on the chart toolbar's «Масштаб»"]
    assert problems_of([side, dict(main, anchor=True, label="Link")]) == ["Tab stops on a heading's anchor «Link»"]
    assert problems_of([skip, main, side]) == ["the sidebar's «Сфера» comes after the page's content"]
    assert problems_of([side, dict(main, tabletool=True, label="Скачать как CSV")]) == \
        ["Tab stops on a table's toolbar «Скачать как CSV»"]
    assert problems_of([side, dict(main, tabletool=False, label="Поиск по таблице")]) == []


PAGES = [
    PageSpec("overview", r"Обзор", True),
    pytest.param(PageSpec("sectors", r"Сфер", True), marks=pytest.mark.long),
    pytest.param(PageSpec("countries", r"Стран", True), marks=pytest.mark.long),
    pytest.param(PageSpec("dynamics", r"Динамик", True), marks=pytest.mark.long),
    pytest.param(PageSpec("participants", r"Участник", True), marks=pytest.mark.long),
    pytest.param(PageSpec("organisations", r"Организац", False), marks=pytest.mark.long),
    pytest.param(PageSpec("registry", r"Реестр", False), marks=pytest.mark.long),
    pytest.param(PageSpec("review", r"Квартальный обзор", False), marks=pytest.mark.long),
    pytest.param(PageSpec("quality", r"Качеств", False), marks=pytest.mark.long),
]


@pytest.mark.parametrize("spec", PAGES, ids=lambda s: s.slug)
def test_tab_stops_skip_the_mouse_tools_and_follow_the_page(browser, app_url, spec):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, base_url=app_url, locale="ru-RU")
    context.set_default_timeout(TIMEOUT_MS)
    probe = PageProbe(context.new_page())
    try:
        open_page(probe, spec)
        page = probe.page
        charts = page.locator('[data-testid="stPlotlyChart"]').count()
        stops = walk(page)
        found = problems_of(stops)
        hovered = []
        if charts:   # the toolbar is still there for the mouse: under the pointer it shows and takes a click
            chart = page.locator('[data-testid="stPlotlyChart"]').first
            chart.scroll_into_view_if_needed()
            chart.hover()
            page.wait_for_timeout(400)
            hovered = page.evaluate("""() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
                .filter(c => c.matches(':hover'))
                .flatMap(c => [...c.querySelectorAll('.modebar-btn')])
                .filter(b => getComputedStyle(b).visibility === 'visible' && b.getClientRects().length)
                .map(b => b.getAttribute('data-title'))""")
    finally:
        context.close()
    assert any(s["sidebar"] for s in stops) and any(not s["sidebar"] and not s["skip"] for s in stops), stops
    assert not found, f"{spec.slug}: {len(stops)} Tab stops\n" + "\n".join(found)
    if charts:
        assert len(hovered) >= 2, f"{spec.slug}: the chart toolbar does not show under the pointer: {hovered}"


TOOLBAR_SHOWN = r"""() => [...document.querySelectorAll('[data-testid="stDataFrame"]')]
    .filter(d => d.matches(':hover') || d.matches(':focus-within'))
    .flatMap(d => [...d.querySelectorAll('[data-testid="stElementToolbar"] button')])
    .filter(b => getComputedStyle(b).visibility === 'visible' && b.getClientRects().length)
    .map(b => b.getAttribute('aria-label'))"""


@pytest.mark.parametrize("spec", [PageSpec("registry", r"Реестр", False),
                                  pytest.param(PageSpec("organisations", r"Организац", False), marks=pytest.mark.long)],
                         ids=lambda s: s.slug)
def test_a_table_toolbar_is_one_shift_tab_from_its_table_and_under_the_pointer(browser, app_url, spec):
    """The table is a Tab stop and its toolbar is not; from the table Shift+Tab reaches the toolbar's
    last button, shown; under the pointer the toolbar shows and its search opens its box."""
    context = browser.new_context(viewport={"width": 1366, "height": 768}, base_url=app_url, locale="ru-RU")
    context.set_default_timeout(TIMEOUT_MS)
    probe = PageProbe(context.new_page())
    try:
        open_page(probe, spec)
        page = probe.page
        page.wait_for_selector('[data-testid="stDataFrame"] [data-testid="data-grid-canvas"]')
        stops = walk(page)
        grids = [s for s in stops if s["testid"] == "data-grid-canvas"]
        page.mouse.move(0, 0)
        page.locator('[data-testid="data-grid-canvas"]').first.focus()
        page.keyboard.press("Shift+Tab")
        back = page.evaluate(STOP)
        shown_by_focus = page.evaluate(TOOLBAR_SHOWN)
        page.evaluate("() => document.activeElement && document.activeElement.blur()")
        table = page.locator('[data-testid="stDataFrame"]').first
        table.evaluate("""t => { t.scrollIntoView({block: 'start'});      // its toolbar sits above its top edge:
            let s = t.parentElement;                                       // its top 150 px down the screen
            while (s && !(s.scrollHeight > s.clientHeight && /auto|scroll/.test(getComputedStyle(s).overflowY))) s = s.parentElement;
            (s || document.scrollingElement).scrollBy(0, -150); }""")
        box = table.bounding_box()
        page.mouse.move(box["x"] + box["width"] - 60, box["y"] + 60)     # as a hand does: onto the table,
        page.wait_for_timeout(400)
        shown_by_pointer = page.evaluate(TOOLBAR_SHOWN)
        search = table.locator('[data-testid="stElementToolbar"] button[aria-label="Поиск по таблице"]').bounding_box()
        x, y = search["x"] + search["width"] / 2, search["y"] + search["height"] / 2
        page.mouse.move(x, y, steps=8)                                  # then up to its toolbar
        page.wait_for_timeout(300)
        under = page.evaluate("""([x, y]) => { const e = document.elementFromPoint(x, y);
            return e ? e.tagName + ' ' + (e.closest('[data-testid]')?.getAttribute('data-testid') || '') : null; }""", [x, y])
        page.mouse.click(x, y)
        page.wait_for_timeout(500)
        searching = page.evaluate("() => document.activeElement?.getAttribute('data-testid')")
    finally:
        context.close()
    assert grids, f"{spec.slug}: the table itself is no Tab stop: {stops}"
    assert not [s for s in stops if s["tabletool"]], f"{spec.slug}: Tab stops on the table's toolbar"
    assert back and back["tabletool"], f"{spec.slug}: Shift+Tab from the table reached {back}, not its toolbar"
    assert len(shown_by_focus) >= 3, f"{spec.slug}: the toolbar is not shown with the table's focus: {shown_by_focus}"
    assert len(shown_by_pointer) >= 3, f"{spec.slug}: the toolbar is not shown under the pointer: {shown_by_pointer}"
    assert searching == "search-input", f"{spec.slug}: the toolbar's search did not open its box ({searching}; under the pointer: {under})"
