"""What a rerun of a page may reuse, on the SYNTHETIC scale database: a figure or a list built once is
shared only while everything it is built from is equal (the filters, the node count, the language, the
database version), and what it holds is what building it afresh gives. And the chart builders' one
layout assignment (charts.style) puts on each figure exactly what plotly's step-by-step updates would."""
from __future__ import annotations

import json

import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

from analytics import charts, org_network, organisations
from analytics.filters import Filters
from analytics.formatting import format_quarter
from dashboard_fixtures import APP
from scale_fixtures import scale_app_db, scale_con, scale_db, scale_oracle  # noqa: F401  (fixtures)
from ui import access
from ui import organisations as org_page

TIMEOUT = 120


def _network(filters: Filters, nodes: int, lang: str, signature=None) -> go.Figure:
    pinned = access.snapshot()
    return org_page._network_figure(str(access.db_path()), signature or pinned.signature, filters, nodes, lang)


def test_the_network_figure_is_reused_only_for_equal_inputs(scale_app_db, scale_con):
    access.begin_run()
    sector = scale_con.execute("SELECT sector_key FROM events GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    first = _network(Filters(), 150, "ru")
    assert _network(Filters(), 150, "ru") is first
    assert _network(Filters(sectors=()), 150, "ru") is first            # an equal Filters, built anew
    others = [_network(Filters(sectors=(sector,)), 150, "ru"), _network(Filters(), 40, "ru"),
              _network(Filters(), 150, "en"), _network(Filters(), 150, "ru", signature=("another", "version"))]
    assert all(other is not first for other in others)
    assert len({id(other) for other in others}) == len(others)


@pytest.mark.parametrize("filters, nodes, lang", [
    pytest.param(Filters(), 150, "ru", id="everything"),
    pytest.param(Filters(countries=("BY",)), 150, "en", id="belarus_in_english"),
    pytest.param(Filters(), 12, "ru", id="a_dozen_nodes"),
])
def test_the_cached_network_is_the_one_built_afresh(scale_app_db, scale_con, filters, nodes, lang):
    access.begin_run()
    net = organisations.network(scale_con, filters, nodes)
    fresh = org_network.network_figure(org_page.shown_network(net, lang), lang, country_names=dict(access.lookup().countries))
    assert len(net.nodes) > 1
    assert _network(filters, nodes, lang).to_plotly_json() == fresh.to_plotly_json()


def test_report_quarters_are_the_loaded_quarters_latest_first(scale_app_db, scale_oracle):
    access.begin_run()
    expected = [tuple(r) for r in scale_oracle.execute(
        "SELECT DISTINCT year, quarter FROM o.reports ORDER BY year DESC, quarter DESC").fetchall()]
    assert len(expected) > 4
    assert list(access.report_quarters()) == expected
    assert access.report_quarters() is access.report_quarters()   # one tuple per database version


def test_the_new_and_lapsed_picker_offers_every_loaded_quarter(scale_app_db, scale_oracle):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).switch_page("pages/organisations.py").run()
    assert not at.exception, [e.message for e in at.exception]
    labels = [format_quarter(y, q, "ru") for y, q in scale_oracle.execute(
        "SELECT DISTINCT year, quarter FROM o.reports ORDER BY year DESC, quarter DESC").fetchall()]
    assert at.selectbox(key="org_changes_quarter").options == labels
    quarters = json.loads(at.get("plotly_chart")[-1].proto.spec)      # the dossier's bars, built through the cache
    assert quarters["data"][0]["type"] == "bar" and quarters["layout"]["height"] == 260


def _stepwise(fig: go.Figure, xaxis: dict, yaxis: dict, layout: dict) -> dict:
    """charts.style's result the old way: the house layout, then plotly's own updates one by one."""
    charts.style(fig)
    fig.update_layout(**layout)
    fig.update_xaxes(**xaxis)
    fig.update_yaxes(**yaxis)
    out = fig.to_plotly_json()
    out["layout"]["legend"].pop("title", None)   # update_layout(legend_title=None) leaves an empty {}
    return out


@pytest.mark.parametrize("xaxis, yaxis, layout", [
    pytest.param({"title_text": "Мероприятий", "rangemode": "tozero", "tickformat": ",d"},
                 {"title_text": "Сфера", "autorange": "reversed"}, {}, id="bar_axes_magic_underscores"),
    pytest.param({"title": {"text": "x", "font": {"size": 20}}}, {}, {}, id="an_axis_font_replaced_in_part"),
    pytest.param({"range": [0, 12.5], "dtick": 1, "tick0": 0}, {"tickfont": {"size": 12}}, {"bargap": 0.25},
                 id="ticks_and_a_layout_key"),
    pytest.param({}, {}, {"margin": {"l": 0, "r": 0, "t": 10, "b": 0}, "geo_projection_type": "mercator",
                          "geo_lataxis_range": [50, 57]}, id="map_margin_and_geo"),
    pytest.param({"type": "date", "tickvals": ["2024-10-01"], "ticktext": ["1 окт."]}, {"categoryorder": "array",
                 "categoryarray": ["b", "a"]}, {"barmode": "stack", "showlegend": True}, id="dates_and_categories"),
])
def test_style_in_one_assignment_equals_the_stepwise_updates(xaxis, yaxis, layout):
    bar = go.Bar(x=[1, 2], y=["a", "b"], orientation="h")
    once = charts.style(go.Figure(bar), xaxis=xaxis, yaxis=yaxis, **layout).to_plotly_json()
    assert once == _stepwise(go.Figure(bar), xaxis, yaxis, layout)


def test_style_keeps_what_the_figure_had_and_the_white_template(scale_con):
    fig = go.Figure(go.Scattergeo(lat=[53.9], lon=[27.6]))
    fig.layout = {"geo": {"scope": "europe", "showland": True}, "title": {"text": "Карта"}}
    styled = charts.style(fig, "en", height=300, geo={"showland": False}).to_plotly_json()["layout"]
    assert styled["geo"] == {"scope": "europe", "showland": False}
    assert styled["title"] == {"text": "Карта"}
    assert styled["height"] == 300 and styled["separators"] == ".,"
    assert styled["xaxis"]["tickfont"] == {"size": 14} and styled["yaxis"]["title"] == {"font": {"size": 15}}
    assert styled["template"] == charts.WHITE.to_plotly_json()
