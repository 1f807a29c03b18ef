"""«Организации» in a real Chromium: the network view draws its node markers offline, and a click on a
foreign partner opens that organisation's dossier (?org=<key> and its name as the dossier heading)."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from .conftest import TIMEOUT_MS
from .test_browser import PageSpec, assert_clean, open_page, wait_idle

pytestmark = pytest.mark.browser

ORGANISATIONS = PageSpec("organisations", r"Организации", True)
NETWORK = '.js-plotly-plot:has(.legendtext:text("зарубежные партнёры"))'


def network_nodes(page) -> dict:
    """The network plot's traces as drawn: marker points per trace and the foreign trace's keys/names."""
    return page.evaluate("""() => {
        const plot = [...document.querySelectorAll('.js-plotly-plot')]
            .find(p => (p.data || []).some(t => t.name === 'зарубежные партнёры'));
        if (!plot) return null;
        const foreign = plot.data.findIndex(t => t.name === 'зарубежные партнёры');
        const traces = [...plot.querySelectorAll('.scatterlayer .trace')];
        return {points: traces.map(t => t.querySelectorAll('path.point').length), foreign,
                keys: plot.data[foreign].customdata, names: plot.data[foreign].hovertext};
    }""")


def test_network_draws_and_a_click_opens_the_dossier(probe):
    page = probe.page
    open_page(probe, ORGANISATIONS)
    graph = page.locator(NETWORK)
    graph.scroll_into_view_if_needed()
    drawn = network_nodes(page)
    assert drawn is not None, "the network view is drawn"
    assert sum(drawn["points"]) >= 40, drawn["points"]
    assert drawn["points"][drawn["foreign"]] == len(drawn["keys"]) >= 20

    opened = parse_qs(urlsplit(page.url).query).get("org", [None])[0]
    index = next(i for i in range(len(drawn["keys"]) - 1, -1, -1) if drawn["keys"][i] != opened)
    key, name = drawn["keys"][index], drawn["names"][index].split("<br>")[0]
    point = graph.locator(".scatterlayer .trace").nth(drawn["foreign"]).locator("path.point").nth(index)
    box = point.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function("(key) => new URLSearchParams(location.search).get('org') === key", arg=key,
                           timeout=TIMEOUT_MS)
    wait_idle(page)
    heading = page.locator('[data-testid="stMainBlockContainer"] h3').filter(has_text=name).first
    heading.wait_for(state="visible", timeout=TIMEOUT_MS)
    assert_clean(probe, "organisations")
