"""In a real browser, a report whose titles and file name are Markdown/HTML aimed at an outside host
renders them as literal text and fetches nothing off this machine."""
from __future__ import annotations

import duckdb
import pytest

from tests.hostile_report import HOSTILE, build_hostile_db

from .conftest import TIMEOUT_MS, VIEWPORT, PageProbe, SCREENSHOTS, serve_dashboard


@pytest.fixture(scope="module")
def hostile_server(browser, tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile_browser")
    db = build_hostile_db(folder / "engagement.duckdb")
    with serve_dashboard(db, folder, "streamlit-hostile.log") as base:
        yield base, db


@pytest.mark.parametrize("path", ["/registry?event={event}", "/", "/countries?country=BY"])
def test_hostile_title_renders_literally_and_fetches_nothing(browser, hostile_server, path):
    base, db = hostile_server
    con = duckdb.connect(str(db), read_only=True)
    event = con.execute("SELECT event_id FROM events WHERE n = 75").fetchone()[0]  # a signed agreement
    con.close()
    context = browser.new_context(viewport=VIEWPORT, locale="ru-RU", base_url=base)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    probe = PageProbe(page)
    try:
        page.goto(path.format(event=event))
        page.wait_for_selector("h1", timeout=TIMEOUT_MS)
        page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')",
                               timeout=TIMEOUT_MS)
        shown = page.get_by_text("pixel.png", exact=False).first
        shown.wait_for(timeout=TIMEOUT_MS)
        shown.scroll_into_view_if_needed()
        page.wait_for_timeout(500)
        text = page.inner_text("body")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"hostile{path.split('?')[0].replace('/', '-') or '-home'}.png"))
        assert "![pixel](http:\u2060//evil.example/pixel.png)" in text, "the title shows its characters"
        active = page.locator("img[src*='evil.example'], a[href*='evil.example'], a[href^='mailto'], "
                              "[data-testid='stMain'] [role='img'][aria-label$='icon']")
        assert active.count() == 0, active.evaluate_all("els => els.map(e => e.outerHTML.slice(0, 200))")
        assert probe.external_requests() == []
        assert not page.locator("[data-testid='stException']").count()
    finally:
        context.close()


def test_every_title_of_the_hostile_report_carries_the_markup(hostile_server):
    """The fixture really is hostile: all 78 titles hold the markup the tests above look for."""
    _, db = hostile_server
    con = duckdb.connect(str(db), read_only=True)
    try:
        titles = [t for (t,) in con.execute("SELECT title FROM events").fetchall()]
    finally:
        con.close()
    assert len(titles) == 78 and all(HOSTILE in t for t in titles)
