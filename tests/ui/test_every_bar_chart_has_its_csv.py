"""Every chart of the analysis pages that shows a table's numbers (a bar per sector, country, format,
month) offers that table as a CSV under it: on «Участники» the sectors' attendance had no «↓ CSV»
while the countries' chart beside it had one, so a meeting asked for one and not the other. Walks the
pages (AppTest) in both languages and pairs each plotly chart with a download keyed `<chart>_chart_csv`;
maps (their regions are listed in tables on the page), the timeline and the heatmaps are not bar tables."""
from __future__ import annotations

import json

import pytest

from dashboard_fixtures import dashboard_db  # noqa: F401  (fixture)

from test_dashboard_app import assert_ok, goto, start

PAGES = ["overview", "participants", "sectors"]
NOT_BAR_TABLES = {"scatter", "scattergeo", "choropleth", "heatmap"}


def charts_and_downloads(at) -> tuple[list[str], set[str]]:
    charts, downloads = [], set()

    def walk(node) -> None:
        children = getattr(node, "children", None)
        if isinstance(children, dict):
            for child in children.values():
                walk(child)
            return
        proto = getattr(node, "proto", None)
        if node.type == "plotly_chart":
            spec = json.loads(proto.spec)
            kinds = {trace.get("type", "scatter") for trace in spec.get("data", [])}
            if kinds == {"bar"} and not spec["layout"].get("barmode"):   # a bar per key: a table's rows
                charts.append(proto.id)
        elif node.type == "download_button":
            downloads.add(proto.id)
    walk(at._tree)
    return charts, downloads


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_each_bar_chart_has_a_csv_under_it(dashboard_db, page, lang):
    at = start(dashboard_db, **({"lang": "en"} if lang == "en" else {}))
    goto(at, page)
    assert_ok(at)
    charts, downloads = charts_and_downloads(at)
    assert charts, f"{page}: no bar chart found"
    missing = [c for c in charts if not any(d.endswith(_key(c) + "_chart_csv") for d in downloads)]
    assert not missing, f"{page} ({lang}): charts without a CSV: {[_key(c) for c in missing]}"


def _key(element_id: str) -> str:
    """The user key inside Streamlit's element id ('$$ID-…-participants_sector' → 'participants_sector')."""
    return element_id.rsplit("-", 1)[-1]
