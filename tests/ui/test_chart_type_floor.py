"""No text a page's chart draws is smaller than the house tick type (analytics.charts.TICK_PX, 14 px),
and the network's names grow with the measured main column as the tables do (widgets.room): uxqa13
found the network's organisation names at 12 px on a 1920×1080 projector as on a laptop, and the
Динамика timeline's event names were 12 px, its legend 13. Every page with charts, on the real report,
in Russian and English; the figures as the app sends them (the plotly spec of each st.plotly_chart)."""
from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from analytics.charts import TICK_PX
from dashboard_fixtures import APP, dashboard_db  # noqa: F401  (fixture)
from ui.widgets import ROOM_KEY

PAGES = ("overview", "sectors", "countries", "organisations", "dynamics", "participants", "quality")


def _opened(page: str, lang: str, column_px: int | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    if lang == "en":
        at.query_params["lang"] = "en"
    if column_px:
        at.session_state[ROOM_KEY + "_seen"] = column_px     # as the browser's room frame reports it
    at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def _font_sizes(node, path=""):
    """(path, size) of every font size in a plotly figure's JSON (a number or a per-point list)."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{path}.{key}"
            if key == "size" and "font" in path.rsplit(".", 1)[-1]:
                for size in value if isinstance(value, list) else [value]:
                    if isinstance(size, (int, float)):
                        yield here, size
            else:
                yield from _font_sizes(value, here)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _font_sizes(value, f"{path}[{i}]")


def _figures(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


@pytest.mark.parametrize("dashboard_db", ["duckdb"], indirect=True)
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_no_page_chart_text_is_smaller_than_the_tick_type(dashboard_db, lang):
    small, charts = [], 0
    for page in PAGES:
        for number, figure in enumerate(_figures(_opened(page, lang))):
            charts += 1
            small += [f"{page} chart {number}{path} = {size}" for path, size in _font_sizes(figure)
                      if size < TICK_PX]
    assert charts >= 12, charts
    assert not small, f"chart text under {TICK_PX} px ({lang}):\n" + "\n".join(small[:20])


def _network_names(at: AppTest) -> tuple[float, int]:
    """The network's name type and the figure's height."""
    figure = next(f for f in _figures(at) if any(t.get("mode") == "markers+text" and t.get("customdata")
                                                  for t in f["data"]))
    sizes = {t["textfont"]["size"] for t in figure["data"] if t.get("mode") == "markers+text"}
    assert len(sizes) == 1, sizes
    return sizes.pop(), figure["layout"]["height"]


@pytest.mark.parametrize("dashboard_db", ["duckdb"], indirect=True)
def test_the_network_names_grow_with_the_measured_column(dashboard_db):
    laptop, laptop_height = _network_names(_opened("organisations", "ru"))
    measured_laptop, _ = _network_names(_opened("organisations", "ru", 870))
    projector, projector_height = _network_names(_opened("organisations", "en", 1430))
    assert laptop >= TICK_PX and measured_laptop == laptop, (laptop, measured_laptop)
    assert projector >= 1.2 * laptop, (laptop, projector)
    assert projector_height >= laptop_height, "rows must stay apart at the larger type"


@pytest.mark.parametrize("months, lang", [(5, "ru"), (6, "en"), (9, "ru"), (12, "en")])
def test_many_months_get_short_names_that_stand_upright_in_half_a_column(months, lang):
    """Each month's slot in a half-page column at 1366 px is ~50 px for six months: a name's longest
    line must fit it at the tick type (≈ 0.55 em a letter), or plotly turns the names on end."""
    import pandas as pd

    from analytics.charts import month_bar

    frame = pd.DataFrame({"month": [f"{2024 + (i + 6) // 12}-{(i + 6) % 12 + 1:02d}" for i in range(months)],
                          "events": [i + 1 for i in range(months)]})
    labels = month_bar(frame, lang).data[0].x
    longest = max(len(line) for label in labels for line in str(label).split("<br>"))
    assert longest * 0.55 * TICK_PX <= 50, (labels, longest)
