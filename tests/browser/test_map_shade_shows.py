"""The partner map shows its darkest country dark, on the printed briefing and on the Страны page: a
foreign region's circle is a ring over its country (analytics.charts.REGION_RING_FILL), not a white disc.

Seen in the meeting room (uxqa21): printed on A4, and on the page at 1366, Belarus — 62 of the quarter's
78 events, the darkest shade of the scale — showed near-white under the four Belarusian oblasts'
circles (filled 85 % white), while the caption says «the darker the country, the more events»; Kazakhstan
with 2 events looked like the main partner. The check reads the colour drawn at Belarus's own middle
(the median of a 9×9 patch, so a ring's 2-px line crossing it does not decide) and wants it dark."""
from __future__ import annotations

import io
import statistics

import duckdb
import pytest

from .test_browser import BY_SLUG, open_page, wait_plots

pytestmark = pytest.mark.browser

# the middle of a country's drawn shape (ISO-3) on the first geo map of the page, in page pixels
COUNTRY_MIDDLE = """(iso) => {
  for (const p of document.querySelectorAll('.js-plotly-plot')) {
    const path = [...p.querySelectorAll('path.choroplethlocation')].find(e => e.__data__ && e.__data__.loc === iso);
    if (!path) continue;
    path.scrollIntoView({block: 'center'});
    const r = path.getBoundingClientRect();
    return {x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height};
  }
  return null;
}"""


def shade_at(page, iso: str) -> tuple[float, tuple[int, int, int]]:
    """Luminance (0 black – 1 white) and RGB of the median pixel of a 9×9 patch at the country's middle."""
    from PIL import Image

    where = page.evaluate(COUNTRY_MIDDLE, iso)
    assert where and where["w"] > 4 and where["h"] > 4, f"{iso} not drawn on the map: {where}"
    where = page.evaluate(COUNTRY_MIDDLE, iso)   # after scrolling it into view
    shot = page.screenshot(clip={"x": where["x"] - 4, "y": where["y"] - 4, "width": 9, "height": 9})
    patch = Image.open(io.BytesIO(shot)).convert("RGB")
    pixels = [patch.getpixel((x, y)) for y in range(patch.height) for x in range(patch.width)]
    lum = [(0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 for r, g, b in pixels]
    middle = statistics.median(lum)
    return middle, pixels[lum.index(min(lum, key=lambda v: abs(v - middle)))]


DARK = 0.45   # the scale's top «#0b3d73» is 0.22, its 20-event step ~0.45; white discs made Belarus ~0.9


@pytest.mark.parametrize("lang", ["ru", pytest.param("en", marks=pytest.mark.long)])
def test_printed_briefing_map_shows_the_main_partner_dark(browser, sample_db, tmp_path, lang):
    from briefing.deck import slides
    from briefing.html_writer import html_text
    from briefing.model import build_review

    con = duckdb.connect(str(sample_db), read_only=True)
    try:
        review = build_review(con, 2024, 4)
    finally:
        con.close()
    path = tmp_path / "briefing.html"
    path.write_text(html_text(review, slides(review, lang=lang)), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(path.as_uri())
        page.emulate_media(media="print")
        page.wait_for_function("document.querySelectorAll('path.choroplethlocation').length > 5", timeout=30_000)
        page.wait_for_function("document.fonts.status === 'loaded'", timeout=30_000)
        lum, rgb = shade_at(page, "BLR")
    finally:
        page.close()
    assert lum < DARK, f"Belarus (62 events, the scale's darkest) printed at luminance {lum:.2f}, RGB {rgb}"


def test_countries_page_map_shows_the_main_partner_dark(probe):
    page = probe.page
    page.set_viewport_size({"width": 1366, "height": 768})
    open_page(probe, BY_SLUG["countries"])
    wait_plots(page, 2)
    page.wait_for_function("document.querySelectorAll('path.choroplethlocation').length > 5", timeout=30_000)
    lum, rgb = shade_at(page, "BLR")
    assert lum < DARK, f"Belarus (62 events, the scale's darkest) drawn at luminance {lum:.2f}, RGB {rgb}"
