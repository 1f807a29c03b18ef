"""The dashboard in a real headless Chromium: every page loads clean and offline, the map draws its
countries from the locally served topojson, bars are drawn, and the CSV download holds exactly the
filtered events (checked against SQL on the same database)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import pandas as pd
import pytest
from playwright.sync_api import expect

from .conftest import SCREENSHOTS, TIMEOUT_MS, VIEWPORT, PageProbe

pytestmark = pytest.mark.browser

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
STATUS = '[data-testid="stStatusWidget"]'
MAIN = '[data-testid="stMainBlockContainer"]'
PLOT = ".js-plotly-plot"


@dataclass(frozen=True)
class PageSpec:
    slug: str          # url_path (the default page is served at "/") and screenshot name
    title: str         # regex the page heading must match (Russian UI by default)
    charts: bool       # the page draws plotly charts on the sample


PAGES = [
    PageSpec("overview", r"Обзор", True),
    PageSpec("sectors", r"Сфер", True),
    PageSpec("countries", r"Стран", True),
    PageSpec("dynamics", r"Динамик", True),
    PageSpec("participants", r"Участник", True),
    PageSpec("registry", r"Реестр", False),
    PageSpec("review", r"Квартальный обзор", False),
]
BY_SLUG = {p.slug: p for p in PAGES}


def page_path(slug: str, query: str = "") -> str:
    path = "/" if slug == "overview" else f"/{slug}"
    return f"{path}?{query}" if query else path


# ------------------------------------------------------------------------------------------ helpers

def wait_idle(page) -> None:
    """Streamlit finished its script run: stApp says notRunning and the running widget is gone."""
    page.wait_for_selector(IDLE, state="attached", timeout=TIMEOUT_MS)
    page.wait_for_selector(STATUS, state="hidden", timeout=TIMEOUT_MS)


def wait_plots(page, minimum: int = 1) -> int:
    """Every plotly chart on the page has drawn its SVG; returns how many charts there are."""
    page.wait_for_function(
        """(min) => {
            const plots = [...document.querySelectorAll('.js-plotly-plot')];
            return plots.length >= min && plots.every(p => p.querySelector('.main-svg') && p._fullLayout);
        }""",
        arg=minimum, timeout=TIMEOUT_MS)
    return page.locator(PLOT).count()


def open_page(probe: PageProbe, spec: PageSpec, query: str = "", path: str | None = None) -> None:
    """Go to the page (its url_path, or `path`) and wait until it is fully drawn; on failure keep a
    screenshot of what was shown."""
    page = probe.page
    try:
        _open_page(page, spec, path or page_path(spec.slug, query))
    except BaseException:
        try:
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / f"FAILED-{spec.slug}.png"), full_page=True)
        except Exception:
            pass
        raise


# Every change of the app's script state stamps window.__lastChange: a page is settled once the app has
# been idle for a while, not just at the first idle — a rerun the room frame asks for after a width change
# (a projector after a laptop in one browser page) starts a moment after the first run ends.
_WATCH_STATE = """() => {
  if (window.__stateWatch) return;
  window.__stateWatch = true;
  window.__lastChange = performance.now();
  new MutationObserver(() => { window.__lastChange = performance.now(); })
    .observe(document.documentElement, {subtree: true, attributes: true, attributeFilter: ['data-test-script-state']});
}"""
_QUIET_FOR = """(ms) => {
  const app = document.querySelector('[data-testid="stApp"]');
  return !!app && app.getAttribute('data-test-script-state') === 'notRunning'
    && performance.now() - window.__lastChange > ms;
}"""
SETTLE_MS = 700


def wait_settled(page) -> None:
    """The app idle for SETTLE_MS with no script run in between (see _WATCH_STATE), then idle."""
    page.wait_for_function(_QUIET_FOR, arg=SETTLE_MS, timeout=TIMEOUT_MS)
    wait_idle(page)


def _open_page(page, spec: PageSpec, url: str) -> None:
    page.goto(url, wait_until="domcontentloaded")
    page.evaluate(_WATCH_STATE)
    wait_idle(page)
    main = page.locator(MAIN)
    main.wait_for(state="visible", timeout=TIMEOUT_MS)
    exceptions = page.locator('[data-testid="stException"]')
    heading = main.locator("h1, h2")
    if spec.title:
        heading = heading.filter(has_text=re.compile(spec.title, re.I))
    heading = heading.first
    try:  # whichever comes first: the page heading or a Streamlit exception box
        heading.or_(exceptions).first.wait_for(state="visible", timeout=TIMEOUT_MS)
    except Exception as exc:
        shown = main.locator("h1, h2").all_inner_texts()
        raise AssertionError(f"{spec.slug}: no heading matching {spec.title!r}; headings: {shown}") from exc
    assert exceptions.count() == 0, f"{spec.slug}: Streamlit exception shown:\n{exceptions.first.inner_text()}"
    if spec.charts:
        wait_plots(page)
    wait_idle(page)
    if not spec.charts and page.locator(PLOT).count():
        wait_plots(page)
    wait_settled(page)
    if page.locator(PLOT).count():
        wait_plots(page)
    assert exceptions.count() == 0, f"{spec.slug}: Streamlit exception shown:\n{exceptions.first.inner_text()}"


def full_screenshot(page, path) -> None:
    """Full-page screenshot. Streamlit scrolls inside its own container, so grow the viewport to the
    content height for the shot instead of relying on the document height."""
    height = page.evaluate(
        """() => Math.max(
            document.documentElement.scrollHeight,
            ...[...document.querySelectorAll('[data-testid="stMain"], [data-testid="stAppViewContainer"],'
                + ' [data-testid="stMainBlockContainer"], section.main')]
               .map(e => e.scrollHeight))""")
    height = min(max(int(height), VIEWPORT["height"]), 12_000)
    if height > VIEWPORT["height"]:
        page.set_viewport_size({"width": VIEWPORT["width"], "height": height})
        page.wait_for_timeout(300)  # let plotly's responsive relayout settle; nothing to wait on
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(VIEWPORT)


def assert_clean(probe: PageProbe, where: str) -> None:
    external = probe.external_requests()
    assert not external, f"{where}: requests left localhost:\n" + "\n".join(external)
    errors = probe.console_errors + [f"pageerror: {e}" for e in probe.page_errors]
    assert not errors, f"{where}: console errors:\n" + "\n".join(errors)


def download(probe: PageProbe, tmp_path, label: str, suffix: str):
    """Click the download button whose label mentions `label`; return the saved file's path."""
    page = probe.page
    button = page.locator('[data-testid="stDownloadButton"]').filter(has_text=re.compile(label, re.I))
    button.first.wait_for(state="visible", timeout=TIMEOUT_MS)
    assert button.count() == 1, f"expected one {label} download button, found {button.count()}"
    with page.expect_download(timeout=TIMEOUT_MS) as info:
        button.first.locator("button").first.click()  # the second button is the help tooltip
    got = info.value
    assert got.failure() is None, got.failure()
    assert got.suggested_filename.lower().endswith(suffix), got.suggested_filename
    target = tmp_path / got.suggested_filename
    got.save_as(target)
    return target


def download_csv(probe: PageProbe, tmp_path) -> pd.DataFrame:
    target = download(probe, tmp_path, r"CSV \(UTF-8", ".csv")
    assert target.read_bytes().startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 BOM (Excel opens Cyrillic)"
    return pd.read_csv(target, encoding="utf-8-sig")


def expect_shown(page, count: int) -> None:
    """The one-line 'Показаны: N мероприятий · …' under the title states `count`."""
    caption = page.locator(f"{MAIN} .shown-caption").first
    try:
        expect(caption).to_contain_text(re.compile(rf"(?<!\d){count}(?!\d)"), timeout=TIMEOUT_MS)
    except AssertionError as exc:
        text = caption.inner_text() if caption.count() else "<no .shown-caption>"
        raise AssertionError(f"caption {text!r} does not state {count} events") from exc


def live_events(db) -> str:
    """SQL for the events the dashboard counts: every loaded event, minus those an analyst merged
    into another (events.duplicate_of, when the schema has it). Written here, independent of the
    dashboard's query layer."""
    columns = {row[0] for row in db.execute("DESCRIBE events").fetchall()}
    where = "WHERE duplicate_of IS NULL" if "duplicate_of" in columns else ""
    return f"(SELECT * FROM events {where})"


# -------------------------------------------------------------------------------------------- tests

@pytest.mark.parametrize("spec", PAGES, ids=[p.slug for p in PAGES])
def test_page_loads_clean_offline(probe, spec, screenshot_dir):
    """Each page renders (heading, charts drawn, no Streamlit exception), logs no console error and
    sends no request off this machine; a full-page screenshot is kept as an artifact."""
    open_page(probe, spec)
    full_screenshot(probe.page, screenshot_dir / f"{spec.slug}.png")
    local = [u for u in probe.requests if u.startswith(("http://127.0.0.1", "ws://127.0.0.1"))]
    assert local, "no request reached the dashboard server"
    assert_clean(probe, spec.slug)


def test_countries_map_draws_from_local_topojson(probe, db):
    """The choropleth draws its countries, with the world geometry fetched from /app/static/topojson/."""
    open_page(probe, BY_SLUG["countries"])
    page = probe.page
    page.wait_for_selector(f"{PLOT} .geo", state="attached", timeout=TIMEOUT_MS)
    page.wait_for_function(
        "() => document.querySelectorAll('.js-plotly-plot .choroplethlocation').length > 0",
        timeout=TIMEOUT_MS)
    shapes = page.locator(".js-plotly-plot .choroplethlocation")
    drawn = shapes.count()
    assert drawn > 0
    # real geometry, not empty paths: a non-trivial outline with a visible on-screen extent
    sized = page.evaluate("""() => [...document.querySelectorAll('.js-plotly-plot .choroplethlocation')]
        .filter(p => (p.getAttribute('d') || '').length > 20)
        .map(p => p.getBBox()).filter(b => b.width > 1 && b.height > 1).length""")
    assert sized > 0, f"{drawn} choropleth paths but none has a drawn outline"
    # every map on the page draws countries; the partner map (the one with the most) draws every
    # partner country of the sample (default filters: all events), no more
    per_map = page.evaluate("""() => [...document.querySelectorAll('.js-plotly-plot')]
        .filter(p => p.querySelector('.geo'))
        .map(p => p.querySelectorAll('.choroplethlocation').length)""")
    assert per_map and min(per_map) > 0, f"a map drew no countries: countries per map {per_map}"
    partners = db.execute(f"""SELECT count(DISTINCT c.country_code) FROM event_countries c
                              JOIN {live_events(db)} e USING (event_id)
                              JOIN countries k ON k.code = c.country_code
                              WHERE k.alpha3 IS NOT NULL""").fetchone()[0]
    assert max(per_map) == partners, \
        f"partner map draws {max(per_map)} countries, the database has {partners} partner countries"
    topo = {u: s for u, s in probe.responses.items() if "/topojson/" in u}
    assert topo, f"no topojson request seen; requests: {probe.requests}"
    assert all((urlsplit(u).hostname or "") in ("127.0.0.1", "localhost") for u in topo), topo
    assert any(s == 200 for s in topo.values()), f"topojson not served: {topo}"
    assert_clean(probe, "countries map")


def test_overview_draws_bars(probe):
    open_page(probe, BY_SLUG["overview"])
    page = probe.page
    page.wait_for_function(
        "() => document.querySelectorAll('.js-plotly-plot .bars path').length > 0", timeout=TIMEOUT_MS)
    assert page.locator(".js-plotly-plot .bars path").count() > 0
    assert_clean(probe, "overview bars")


def test_registry_csv_matches_database(probe, db, tmp_path):
    """The CSV of the registry with default filters (none) holds every event of the database."""
    open_page(probe, BY_SLUG["registry"])
    expected = db.execute(f"SELECT count(*) FROM {live_events(db)}").fetchone()[0]
    expect_shown(probe.page, expected)
    frame = download_csv(probe, tmp_path)
    assert len(frame) == expected, f"CSV has {len(frame)} rows, database has {expected} events"
    assert_clean(probe, "registry download")


# a filter with a non-trivial answer on the sample, and the same filter written as plain SQL
# (independent of analytics/filters.py): culture & tourism events with a Belarusian partner
FILTER_QUERY = "sector=culture_tourism&country=BY"
FILTER_SQL = """
    SELECT count(*) FROM {events} e
    WHERE e.sector_key = 'culture_tourism'
      AND e.event_id IN (SELECT event_id FROM event_countries WHERE country_code = 'BY')"""


def test_registry_csv_follows_url_filters(probe, db, tmp_path):
    """A link with filters in its query string reproduces the view: the registry shows, and the CSV
    and Parquet downloads hold, exactly the events SQL finds for that filter."""
    expected = db.execute(FILTER_SQL.format(events=live_events(db))).fetchone()[0]
    total = db.execute(f"SELECT count(*) FROM {live_events(db)}").fetchone()[0]
    assert 0 < expected < total, "pick a filter that actually narrows the sample"
    open_page(probe, BY_SLUG["registry"], FILTER_QUERY)
    page = probe.page
    expect_shown(page, expected)
    # the filters stay in the URL (a copied link reproduces the view)
    assert "sector=culture_tourism" in page.url and "country=BY" in page.url, page.url
    frame = download_csv(probe, tmp_path)
    assert len(frame) == expected, f"CSV has {len(frame)} rows, SQL finds {expected} for {FILTER_QUERY}"
    parquet = page.locator('[data-testid="stDownloadButton"]').filter(has_text=re.compile("Parquet", re.I))
    if parquet.count():
        wait_idle(page)
        path = download(probe, tmp_path, "Parquet", ".parquet")
        assert len(pd.read_parquet(path)) == expected, "Parquet row count differs from SQL"
    assert_clean(probe, "registry filtered download")


def test_filters_persist_across_pages(probe, db):
    """Filters set by a link stay applied when the reader switches pages through the sidebar."""
    expected = db.execute(FILTER_SQL.format(events=live_events(db))).fetchone()[0]
    open_page(probe, BY_SLUG["registry"], FILTER_QUERY)
    page = probe.page
    expect_shown(page, expected)
    page.locator('[data-testid="stSidebarNav"] a').filter(has_text=re.compile(r"^\s*Обзор\s*$")).first.click()
    expect(page.locator(MAIN).locator("h1").first).to_contain_text(re.compile("Обзор"), timeout=TIMEOUT_MS)
    wait_idle(page)
    expect_shown(page, expected)
    assert "sector=culture_tourism" in page.url and "country=BY" in page.url, page.url
    assert_clean(probe, "page switch with filters")


@pytest.mark.long  # a walk of every page (each page alone: test_page_loads_clean_offline above)
def test_every_sidebar_page_loads_clean(probe, screenshot_dir):
    """The required pages are all in the sidebar, and any further page found there, and the
    hidden /overview alias, load with no exception, no console error and no request leaving localhost."""
    page = probe.page
    open_page(probe, BY_SLUG["overview"])
    links = page.locator('[data-testid="stSidebarNav"] a')
    links.first.wait_for(state="visible", timeout=TIMEOUT_MS)
    found = {}
    for link in links.all():
        slug = urlsplit(link.get_attribute("href") or "").path.strip("/") or "overview"
        found[slug] = link.inner_text().strip()
    missing = [p.slug for p in PAGES if p.slug not in found]
    assert not missing, f"pages missing from the sidebar: {missing}; sidebar has {found}"
    for slug in found:
        if slug not in BY_SLUG:  # a page this file does not know yet: generic checks + screenshot
            open_page(probe, PageSpec(slug, "", False))
            full_screenshot(page, screenshot_dir / f"{slug}.png")
    open_page(probe, BY_SLUG["overview"], path="/overview")
    assert_clean(probe, f"sidebar pages {sorted(found)} and /overview")
