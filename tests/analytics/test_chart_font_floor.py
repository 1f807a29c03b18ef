"""analytics.charts.readable_fonts: one floor (MIN_CHART_PX) for every text a dashboard chart draws.

Figures that set their own layout (the organisations network, an organisation's quarters) left their
legend, ticks and hover label unset, and Streamlit's chart theme drew them at 12.75 px (uxqa27). The
rule raises what is unset or small; it must not shrink what is larger, must not draw a colour bar a
figure does not show, and applying it twice changes nothing. The browser check of the rendered sizes
is tests/browser/test_chart_type_at_the_back.py."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from analytics import charts
from analytics.charts import MIN_CHART_PX, readable_fonts


def _sizes(fig: go.Figure) -> list[tuple[str, float | None]]:
    """Every font size a reader sees: (where, size)."""
    layout = fig.layout
    out = [("legend", layout.legend.font.size), ("hover", layout.hoverlabel.font.size)]
    for axis in [*fig.select_xaxes(), *fig.select_yaxes()]:
        out += [(f"{axis.plotly_name} ticks", axis.tickfont.size), (f"{axis.plotly_name} title", axis.title.font.size)]
    for trace in fig.data:
        if trace.type in charts.SCALED_BY_DEFAULT and trace.showscale is not False:
            out += [("colour bar ticks", trace.colorbar.tickfont.size)]
    return out


def _too_small(fig: go.Figure) -> list:
    return [(where, size) for where, size in _sizes(fig) if size is None or size < MIN_CHART_PX]


FIGURES = {
    "own_layout_bar": lambda: go.Figure(go.Bar(x=["III кв. 2024", "IV кв. 2024"], y=[1, 3]),
                                        layout={"font": {"size": 16}}),
    "legend_of_two_scatters": lambda: go.Figure([go.Scatter(x=[0], y=[0], name="наши учреждения"),
                                                 go.Scatter(x=[1], y=[1], name="foreign partners")]),
    "small_ticks_given": lambda: go.Figure(go.Bar(x=[1, 2], y=[3, 4]),
                                           layout={"xaxis": {"tickfont": {"size": 9}}, "legend": {"font": {"size": 10}}}),
    "heatmap_with_scale": lambda: go.Figure(go.Heatmap(z=[[1, 2], [3, 4]], colorbar={"tickfont": {"size": 8}})),
    "two_y_axes": lambda: go.Figure([go.Bar(x=[1], y=[2]), go.Scatter(x=[1], y=[5], yaxis="y2")],
                                    layout={"yaxis2": {"overlaying": "y", "side": "right"}}),
    "org_quarter_bar": lambda: charts.org_quarter_bar(["III кв. 2024", "IV кв. 2024"], [2, 5], "ru"),
}


@pytest.mark.parametrize("name", FIGURES)
def test_every_text_reaches_the_floor(name):
    fig = FIGURES[name]()
    assert _too_small(readable_fonts(fig)) == []


def test_the_house_bar_was_already_readable_and_is_unchanged():
    """Must not fire: a style()d chart already meets the floor; nothing of it changes but the sizes it
    would have inherited anyway (legend, hover), and nothing shrinks."""
    frame = pd.DataFrame({"sector_key": ["culture_tourism", "youth"], "heading": ["Культура", "Молодёжь"],
                          "events": [31, 11], "attendance": [900, 50], "attendance_lower_bound": [True, False]})
    fig = charts.sector_bar(frame, "ru")
    before = fig.to_plotly_json()
    after = readable_fonts(go.Figure(fig)).to_plotly_json()
    assert after["data"] == before["data"]
    assert after["layout"]["xaxis"]["tickfont"] == before["layout"]["xaxis"]["tickfont"]
    assert after["layout"]["font"] == before["layout"]["font"]
    assert after["layout"]["hoverlabel"]["font"]["size"] == before["layout"]["hoverlabel"]["font"]["size"]


def test_larger_sizes_stay_and_unset_ones_take_the_base_size():
    fig = go.Figure(go.Bar(x=[1], y=[1]), layout={"font": {"size": 20}, "xaxis": {"tickfont": {"size": 28}}})
    readable_fonts(fig)
    assert fig.layout.xaxis.tickfont.size == 28          # not shrunk to the floor
    assert fig.layout.legend.font.size == 20             # unset: the figure's own base size, as plotly would
    assert fig.layout.yaxis.tickfont.size == 20


def test_no_colour_bar_is_drawn_that_was_not_shown():
    """Must not fire: a bar chart's marker and a heatmap with showscale=False keep no colour bar."""
    bars = readable_fonts(go.Figure(go.Bar(x=[1, 2], y=[3, 4], marker={"color": ["#c8313e", "#1f77b4"]})))
    assert "colorbar" not in bars.data[0].to_plotly_json().get("marker", {})
    quiet = readable_fonts(go.Figure(go.Heatmap(z=[[1, 2]], showscale=False)))
    assert "colorbar" not in quiet.data[0].to_plotly_json()


def test_twice_is_once():
    fig = FIGURES["own_layout_bar"]()
    once = readable_fonts(fig).to_plotly_json()
    assert readable_fonts(fig).to_plotly_json() == once
