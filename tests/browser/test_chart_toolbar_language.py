"""A chart's own words — the hover titles of its toolbar (zoom, pan, reset, download as PNG) and
plotly's notices — speak the page's language, on the dashboard and in the HTML briefing.

Seen at 1366×768 (uxqa26): in the Russian UI every chart's toolbar said «Zoom in», «Reset axes»,
«Download plot as a PNG» when hovered; `config.locale = "ru"` was set, but plotly.js knows no Russian
unless the dictionary comes with the chart (analytics.i18n.plotly_locale). The English UI must stay
English. Checked on bar charts (overview, dynamics), the map (countries) and the briefing's charts."""
from __future__ import annotations

import re

import pytest

from .test_browser import PageSpec, open_page, wait_plots

pytestmark = pytest.mark.browser

# the toolbar's buttons, drawn hidden until hovered; data-title is what the hover shows
TITLES = """() => [...document.querySelectorAll('.js-plotly-plot .modebar-btn')]
    .map(b => b.getAttribute('data-title')).filter(Boolean)"""
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LATIN_WORD = re.compile(r"\b(?!PNG\b)[A-Za-z]{2,}\b")     # a file format's name is no English word


# Streamlit's own button in the chart toolbar («Fullscreen», a custom plotly button plotly does not
# translate) was the one word left English until uxqa28: ui/chrome_language.py now says «Во весь экран»


def _foreign(titles: list[str], lang: str) -> list[str]:
    """The titles written in the other language's script."""
    wrong = CYRILLIC if lang == "en" else LATIN_WORD
    return sorted({t for t in titles if wrong.search(t)})


def test_the_check_tells_the_scripts_apart():
    assert _foreign(["Zoom in", "Сохранить (PNG)"], "ru") == ["Zoom in"]
    assert _foreign(["Увеличить", "Download plot as a PNG"], "en") == ["Увеличить"]
    assert _foreign(["Сохранить диаграмму (PNG)", "Во весь экран"], "ru") == []
    assert _foreign(["Сохранить диаграмму (PNG)", "Fullscreen"], "ru") == ["Fullscreen"]
    assert _foreign(["Share chart...", "Reset"], "ru") == ["Reset", "Share chart..."]


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("slug", ["overview", "countries", pytest.param("dynamics", marks=pytest.mark.long)])
def test_dashboard_chart_toolbar_speaks_the_page_language(probe, slug, lang):
    page = probe.page
    page.set_viewport_size({"width": 1366, "height": 768})
    open_page(probe, PageSpec(slug, "", True), query="lang=en" if lang == "en" else "")
    wait_plots(page)
    titles = page.evaluate(TITLES)
    assert len(titles) >= 3, f"{slug} ({lang}): {titles} — no chart toolbar to check"
    assert not _foreign(titles, lang), f"{slug} ({lang}) chart toolbar: {_foreign(titles, lang)}"


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_briefing_chart_toolbar_speaks_its_language(browser, sample_con, tmp_path, lang):
    from briefing import build_briefing
    from briefing.model import build_review

    path = tmp_path / "briefing.html"
    path.write_bytes(build_briefing(build_review(sample_con, 2024, 4), lang=lang).html)
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    try:
        page.goto(path.as_uri())
        page.wait_for_function("document.querySelectorAll('.js-plotly-plot .modebar-btn').length >= 6", timeout=30_000)
        titles = page.evaluate(TITLES)
    finally:
        page.close()
    assert not _foreign(titles, lang), f"briefing ({lang}) chart toolbar: {_foreign(titles, lang)}"
