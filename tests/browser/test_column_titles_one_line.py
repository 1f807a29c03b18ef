"""A section title in a column stays on one line at 1366×768 (ui.widgets.column_title): «Регионы по числу
мероприятий» and «Страны по числу мероприятий» broke over two lines in the Страны page's side column,
«Зарубежные регионы крупным планом» in its map column, and the chart beside started a line lower
(uxqa25). At 1920 the titles keep the subheader's own size. Waits for a settled page, no sleeps."""
from __future__ import annotations

import pytest

from .test_browser import PageSpec, open_page, wait_settled

pytestmark = pytest.mark.browser

# each subheader's text, its lines (the inline span's line boxes) and its type size
TITLES = """() => [...document.querySelectorAll('h3 [data-heading-text]')].map(span =>
  [span.textContent, span.getClientRects().length, parseFloat(getComputedStyle(span.closest('h3')).fontSize)])"""


@pytest.mark.parametrize("width, height, lang", [
    pytest.param(1366, 768, "ru", id="laptop-ru"),
    pytest.param(1366, 768, "en", id="laptop-en", marks=pytest.mark.long),
    pytest.param(1920, 1080, "ru", id="projector-ru", marks=pytest.mark.long)])
def test_column_titles_stay_on_one_line(probe, width, height, lang):
    page = probe.page
    page.set_viewport_size({"width": width, "height": height})
    open_page(probe, PageSpec("countries", "", True), query="lang=en" if lang == "en" else "")
    wait_settled(page)
    titles = page.evaluate(TITLES)
    assert len(titles) >= 4, titles
    broken = [(text, lines) for text, lines, _ in titles if lines > 1]
    assert not broken, f"titles over several lines at {width}: {broken}"
    if width == 1920:
        assert all(size >= 29 for _, _, size in titles), titles
