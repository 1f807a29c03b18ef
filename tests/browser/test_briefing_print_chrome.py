"""The printed HTML briefing shows its charts without the screen's chart toolbar.

Seen printing the briefing to PDF with headless Chromium (uxqa23, A4): every chart page carried plotly's
modebar — camera, zoom, pan, home icons in grey over the top right of each chart, over the bars' value
labels and the map's corner. A print page cannot click them. The print CSS hides them (html_writer CSS,
@media print); on the screen the HTML keeps them. Checked in both languages on the sample: every chart is
drawn first (a settled page: as many plot SVGs as chart divs), then print media is emulated."""
from __future__ import annotations

import duckdb
import pytest

pytestmark = pytest.mark.browser

VISIBLE_TOOLBARS = """() => [...document.querySelectorAll('.modebar-container, .modebar')].filter(el => {
  const s = getComputedStyle(el), r = el.getBoundingClientRect();
  return s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 && r.height > 0;
}).length"""


@pytest.mark.parametrize("lang", ["ru", pytest.param("en", marks=pytest.mark.long)])
def test_printed_charts_have_no_toolbar(browser, sample_db, tmp_path, lang):
    from briefing import build_briefing
    from briefing.model import build_review

    con = duckdb.connect(str(sample_db), read_only=True)
    try:
        html = build_briefing(build_review(con, 2024, 4), lang=lang).html.decode("utf-8")
    finally:
        con.close()
    path = tmp_path / "briefing.html"
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(path.as_uri())
        charts = page.evaluate("() => document.querySelectorAll('.js-plotly-plot').length")
        page.wait_for_function("n => document.querySelectorAll('.js-plotly-plot .main-svg').length >= n && "
                               "document.querySelectorAll('.modebar-container').length >= n / 2", arg=charts,
                               timeout=30_000)
        screen = page.evaluate(VISIBLE_TOOLBARS)
        page.emulate_media(media="print")
        printed = page.evaluate(VISIBLE_TOOLBARS)
    finally:
        page.close()
    assert charts >= 5, f"{charts} charts in the briefing"
    assert screen > 0, "no toolbar on the screen to begin with: the check would prove nothing"
    assert printed == 0, f"{printed} chart toolbars printed"
