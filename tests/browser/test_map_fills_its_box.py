"""The partners' map on «Страны» fills its box: plotly's geo keeps the projection's aspect, so a figure
of a fixed height showed the partners' stretch of the world as a band with empty bands above and
below it (uxqa13 at 1366×768: a 250-px map in a 460-px plot area). The figure's height now follows the
shown geography at the column's width (analytics.map_fit); the drawn map (its ocean) must take at
least 90 % of the plot area's height and width — whatever the filter leaves on the map."""
from __future__ import annotations

import pytest

from .conftest import TIMEOUT_MS

pytestmark = [pytest.mark.browser, pytest.mark.long]  # a walk of pages × viewports: the long tier

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
BOXES = """() => {
  const plot = [...document.querySelectorAll('.js-plotly-plot')].find(p => p.querySelector('.choroplethlocation'));
  const size = plot._fullLayout._size, ocean = plot.querySelector('.geo .ocean').getBoundingClientRect();
  return {area: [size.w, size.h], map: [ocean.width, ocean.height]};
}"""


@pytest.mark.parametrize("width, height, query", [
    (1366, 768, ""),                                              # the partners from Nigeria to Mongolia
    (1920, 1080, "lang=en"),
    (1366, 768, "sectors=education_science"),                     # Belarus alone
    (1600, 1000, "sectors=public_relations"),                     # nine countries
])
def test_the_partner_map_fills_its_box(probe, width, height, query):
    page = probe.page
    page.set_viewport_size({"width": width, "height": height})
    page.goto("/countries" + (f"?{query}" if query else ""), wait_until="domcontentloaded")
    page.wait_for_selector(IDLE, state="attached", timeout=TIMEOUT_MS)
    page.wait_for_selector(".choroplethlocation", state="attached", timeout=TIMEOUT_MS)
    page.wait_for_timeout(800)      # plotly's responsive relayout to the column's width
    boxes = page.evaluate(BOXES)
    (area_w, area_h), (map_w, map_h) = boxes["area"], boxes["map"]
    assert map_w >= 0.9 * area_w and map_h >= 0.9 * area_h, \
        f"{width}×{height} {query or 'no filter'}: the map is {map_w:.0f}×{map_h:.0f} px in a {area_w}×{area_h} plot area"
