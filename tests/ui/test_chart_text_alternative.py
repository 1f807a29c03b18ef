"""Every chart a page shows has a text alternative for a screen reader, just before it: one sentence
(analytics.charts.chart_summary) with how many values it draws and the largest by name and figure,
as the chart writes it, in the page's one language. Plotly's SVG gives a listener only loose tick
labels and numbers (uxqa27: no chart of any page had a title or description a screen reader could
tie to it). The sentence is escaped HTML: report text in it is only ever shown as text.

AppTest walks the chart pages in both languages and checks each plotly chart's preceding element
against the chart's own data; unit cases cover bar (across and up), pie, heatmap, map, network-like
scatter and an empty figure, and a hostile name."""
from __future__ import annotations

import json

import plotly.graph_objects as go
import pytest

from analytics.charts import chart_summary
from dashboard_fixtures import dashboard_db  # noqa: F401  (fixture)

from test_dashboard_app import assert_ok, goto, start

PAGES = ["overview", "sectors", "countries", "dynamics", "participants", "organisations"]


def charts_with_their_alt(at) -> list[tuple[dict, str | None]]:
    """(plotly spec, the text of the html element right before it in the same block) for each chart."""
    pairs = []

    def walk(node) -> None:
        children = getattr(node, "children", None)
        if isinstance(children, dict):
            previous = None
            for child in children.values():
                if getattr(child, "type", None) == "plotly_chart":
                    alt = None
                    if previous is not None and getattr(previous, "type", None) == "html":
                        alt = previous.proto.body
                    pairs.append((json.loads(child.proto.spec), alt))
                else:
                    walk(child)
                previous = child
            return
    walk(at._tree)
    return pairs


def _largest(spec: dict) -> float | None:
    values = []
    for trace in spec["data"]:
        kind = trace.get("type", "scatter")
        if kind == "bar":
            values += trace.get("x" if trace.get("orientation") == "h" else "y") or []
        elif kind == "pie":
            values += trace.get("values") or []
    numbers = [v for v in values if isinstance(v, (int, float))]
    return max(numbers) if numbers else None


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_every_chart_has_a_sentence_before_it(dashboard_db, page, lang):
    at = start(dashboard_db, **({"lang": "en"} if lang == "en" else {}))
    goto(at, page)
    assert_ok(at)
    pairs = charts_with_their_alt(at)
    assert pairs, f"{page}: no chart"
    for spec, alt in pairs:
        assert alt and 'class="chart-alt"' in alt, f"{page} ({lang}): a chart without its text alternative"
        text = alt.split(">", 1)[1].rsplit("<", 1)[0]
        assert text.startswith("Диаграмма" if lang == "ru" else "Chart"), text
        largest = _largest(spec)
        if largest is not None:
            digits = "".join(ch for ch in text.split(":")[-1] if ch.isdigit())
            assert digits == str(int(largest)), f"{page}: «{text}» does not state the largest value {largest}"


def _bar(names, values, across=True, text=None):
    trace = go.Bar(y=names, x=values, orientation="h", text=text) if across else go.Bar(x=names, y=values, text=text)
    return go.Figure(trace)


@pytest.mark.parametrize("fig, lang, expected", [
    pytest.param(_bar(["Культура и туризм", "Молодёжь"], [31, 11]), "ru",
                 "Диаграмма, значений: 2. Наибольшее — «Культура и туризм»: 31.", id="bar_across_ru"),
    pytest.param(_bar(["Sept", "Oct", "Nov"], [16, 26, 24], across=False), "en",
                 "Chart of 3 values. The largest is “Oct”: 26.", id="columns_en"),
    pytest.param(_bar(["Культура", "Образование"], [9143, 2107], text=["≥ 9 143", "≥ 2 107"]), "ru",
                 "Диаграмма, значений: 2. Наибольшее — «Культура»: ≥ 9 143.", id="lower_bound_text_kept"),
    pytest.param(go.Figure(go.Pie(labels=["in person", "hybrid", "online"], values=[11578, 1500, 575])), "en",
                 "Chart of 3 values. The largest is “in person”: 11,578.", id="pie_en"),
    pytest.param(go.Figure(go.Heatmap(z=[[1, 5], [2, 0]], x=["Беларусь", "Казахстан"], y=["Культура", "Наука"])), "ru",
                 "Диаграмма, значений: 4. Наибольшее — «Культура — Казахстан»: 5.", id="heatmap_cell"),
    pytest.param(_bar(["United Arab<br>Emirates", "Belarus"], [1, 62]), "en",
                 "Chart of 2 values. The largest is “Belarus”: 62.", id="line_break_in_a_name"),
    pytest.param(go.Figure(go.Scatter(x=[0, 1, 2], y=[0, 1, 0], mode="markers+text")), "ru",
                 "Диаграмма, точек: 3.", id="points_without_values"),
    pytest.param(go.Figure(go.Scatter(x=[0, 1], y=[0, 1], mode="lines")), "en", "Chart with no data.",
                 id="lines_only_not_counted"),
    pytest.param(go.Figure(), "ru", "Диаграмма без данных.", id="empty"),
    # a map: its areas named by their hover text (the locations are ISO codes, z a log scale); a shade under the
    # regions' marks counts for nothing
    pytest.param(go.Figure(go.Choropleth(locations=["BLR", "CHN"], z=[1.78, 0.48], locationmode="ISO-3",
                                         text=["Беларусь: 60 мероприятий", "Китай: 3 мероприятия"])), "ru",
                 "Диаграмма, значений: 2. Наибольшее — «Беларусь»: 60 мероприятий.", id="map_areas_by_name"),
    pytest.param(go.Figure([go.Choropleth(locations=["BLR"], z=[1], hoverinfo="skip"),
                            go.Scattergeo(lat=[55, 53], lon=[30, 27], mode="markers+text")]), "en",
                 "Chart of 2 points.", id="shaded_country_under_points"),
    pytest.param(go.Figure(go.Choropleth(locations=["KAZ", "UZB"], z=[7, 2], locationmode="ISO-3")), "en",
                 "Chart of 2 values. The largest is “KAZ”: 7.", id="map_without_text"),
])
def test_chart_summary_states_the_main_figure(fig, lang, expected):
    assert chart_summary(fig, lang) == expected


def test_a_hostile_name_stays_text():
    """Markup in a name is dropped as plotly's own line breaks are, the rest is kept word for word, and the
    sentence goes out escaped (ui.widgets.chart_alt): no tag of a report reaches the page."""
    import html

    sentence = chart_summary(_bar(['Фонд "<b>Альфа</b>" & Co <img src=x onerror=alert(1)>', "b"], [5, 1]), "ru")
    assert '«Фонд "Альфа" & Co»' in sentence
    assert "<" not in html.escape(sentence)
