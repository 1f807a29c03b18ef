"""DataFrame → plotly Figure. Titles with units, fixed colours, Russian numbers, months and dates.

Builders never query and never render: pages pass what the query layer returned and show the
figure. Bars carry their key (sector key, country code, month) in `customdata` so a click on the
chart can become a filter.
"""
from __future__ import annotations

import math
import re
from datetime import date, timedelta

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from . import map_fit
from .formatting import EVENTS, format_int, format_number, MONTHS_SHORT_GENITIVE, MONTHS_EN, PEOPLE, count_phrase, format_attendance, month_label
from .i18n import FORMAT_LABELS, option_label, period_text, place_name, plotly_locale, sector_label, t
from .palette import ACCENT, country_colour, distinct_colours, format_colour, sector_colour

FONT = dict(family="Source Sans Pro, Source Sans 3, Arial, sans-serif", size=16, color="#1f2933")
TOPOJSON_DIR = "/app/static/topojson/"
_BASE_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d"]}


def plotly_config(lang: str, geo: bool = False) -> dict:
    """The charts' plotly config in one language (the toolbar's hover titles, plotly's notices); `geo`
    adds the local map geometry."""
    config = {**_BASE_CONFIG, **plotly_locale(lang)}
    if geo:
        config["topojsonURL"] = TOPOJSON_DIR
    return config


PLOTLY_CONFIG = plotly_config("ru")
GEO_CONFIG = plotly_config("ru", geo=True)


DIMMED = 0.28


def highlight(fig: go.Figure, selected) -> go.Figure:
    """Bars and map shapes whose key (customdata) is selected stay solid, the rest fade: a click or a
    sidebar choice marks its bar instead of collapsing the chart to that one bar."""
    chosen = {str(k) for k in selected or ()}
    if not chosen:
        return fig
    for trace in fig.data:
        if trace.type not in ("bar", "choropleth") or trace.customdata is None:
            continue
        keys = [c[0] if isinstance(c, (list, tuple)) else c for c in trace.customdata]
        trace.marker.opacity = [1.0 if str(k) in chosen else DIMMED for k in keys]
        if trace.type == "choropleth":  # a light shade stays light: outline the chosen countries as well
            trace.marker.line.width = [2.5 if str(k) in chosen else 0.8 for k in keys]
            trace.marker.line.color = ["#111827" if str(k) in chosen else "white" for k in keys]
    return fig


WHITE = pio.templates["plotly_white"]


def _white_template(fig: go.Figure) -> None:
    """layout.template = plotly_white without validating the template again: plotly's own default
    template is assigned the same way (BaseFigure._initialize_layout_template). The same JSON, and a
    figure costs ~1 ms instead of ~12 ms of deep-copying a template that never changes."""
    fig.layout._validate = False
    try:
        fig.layout.template = WHITE
    finally:
        fig.layout._validate = fig._validate


TICK_PX = 14  # style()'s tick font
_AXIS_FONTS = {"title": {"font": {"size": 15}}, "tickfont": {"size": TICK_PX}, "automargin": True}


def style(fig: go.Figure, lang: str = "ru", height: int = 420, legend: bool = False, *,
          xaxis: dict | None = None, yaxis: dict | None = None, legend_layout: dict | None = None,
          **layout) -> go.Figure:
    """House layout: white, readable fonts, decimal comma and space thousands (separators=', '); a
    builder's own axis settings (`xaxis`, `yaxis`), legend (`legend_layout`) and layout (`layout`) go on
    top of it, as update_xaxes / update_layout after it would put them.

    The whole layout is assigned at once: each update_layout / update_xaxes call goes through plotly's
    property-by-property validation and change machinery (~4–20 ms each, ~30 ms of a bar chart's
    ~40), where one dict is validated in ~3 ms. The figure's JSON is the same, except that the legend
    no longer carries an empty `title: {}` (plotly.js's default either way)."""
    house = {
        "font": FONT, "height": height, "separators": ", " if lang == "ru" else ".,",
        "margin": {"l": 10, "r": 30, "t": 30, "b": 10}, "showlegend": legend,
        "hoverlabel": {"font": {"size": 15, "family": FONT["family"]}},
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.02, "xanchor": "left", "x": 0},
        "clickmode": "event+select", "dragmode": False, "xaxis": _AXIS_FONTS, "yaxis": _AXIS_FONTS,
    }
    current = {k: v for k, v in fig.layout.to_plotly_json().items() if k != "template"}  # set below, unvalidated
    merged = _merged(current, house)
    merged = _merged(merged, {**_nested(layout), "xaxis": _nested(xaxis or {}), "yaxis": _nested(yaxis or {}),
                              "legend": _nested(legend_layout or {})})
    fig.layout = merged
    _white_template(fig)
    return fig


# traces that draw a colour bar unless told not to (plotly.js: showscale defaults to true)
SCALED_BY_DEFAULT = {"heatmap", "choropleth", "choroplethmap", "choroplethmapbox", "contour", "histogram2d",
                     "histogram2dcontour", "densitymap", "densitymapbox", "surface"}
MIN_CHART_PX = TICK_PX   # no text a dashboard chart draws (tick, legend, hover, colour bar, note) is smaller


def _raised(font, floor: int, unset: int | None = None) -> None:
    """A font's size set to at least `floor`. An unset size is written out as `unset` (the figure's base
    size, which it would inherit in plain plotly): left unset, Streamlit's chart theme fills it in at
    12.75 px, and plotly.js draws a hover label at 13."""
    if font.size is None:
        font.size = max(floor, unset or floor)
    elif font.size < floor:
        font.size = floor


def readable_fonts(fig: go.Figure, floor: int = MIN_CHART_PX) -> go.Figure:
    """The one floor for a chart's type, applied to every figure a page shows (ui.widgets.chart, the
    organisations network): the base font, legend, hover label, every axis' ticks and title, every
    colour bar and annotation, and any trace text given a size. A builder that goes through style()
    already meets it; one that sets its own layout (the network, an organisation's quarters) left
    legend and ticks to Streamlit's theme, 12.75 px — read from the back of a meeting room, too small.
    Idempotent, so a cached figure may pass through it again."""
    layout = fig.layout
    _raised(layout.font, floor)
    base = layout.font.size
    _raised(layout.legend.font, floor, base)
    _raised(layout.hoverlabel.font, floor, base)
    for axis in [*fig.select_xaxes(), *fig.select_yaxes()]:
        _raised(axis.tickfont, floor, base)
        _raised(axis.title.font, floor, base)
    colour_bars = []         # only the bars drawn: touching an absent one would make plotly draw it
    for trace in fig.data:
        if trace.type in SCALED_BY_DEFAULT and trace.showscale is not False and "coloraxis" not in trace.to_plotly_json():
            colour_bars.append(trace.colorbar)
        if "marker" in trace and "showscale" in trace.marker and trace.marker.showscale:
            colour_bars.append(trace.marker.colorbar)
    layout_keys = layout.to_plotly_json()
    colour_bars += [layout[key].colorbar for key in layout_keys if key.startswith("coloraxis")
                    and layout[key].showscale is not False]
    for bar in colour_bars:
        _raised(bar.tickfont, floor, base)
        _raised(bar.title.font, floor, base)
    for note in layout.annotations:
        _raised(note.font, floor, base)
    for trace in fig.data:
        if "textfont" in trace and trace.textfont.size is not None and not isinstance(trace.textfont.size, tuple):
            _raised(trace.textfont, floor)
    return fig


def _plain(text) -> str:
    """A label as a listener hears it: plotly's line breaks and tags become spaces."""
    spaced = re.sub(r"<br\s*/?>", " ", str(text), flags=re.I)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", spaced)).strip()


def _valued_points(fig: go.Figure) -> list[tuple[str, float, str | None]]:
    """(name, value, shown text) of every drawn point whose value says how much: bars and pie slices by
    their length, heatmap cells and map areas by their colour value."""
    points = []
    for trace in fig.data:
        kind = trace.type
        if kind == "bar":
            across = trace.orientation == "h"
            names, values = (trace.y, trace.x) if across else (trace.x, trace.y)
        elif kind == "pie":
            names, values = trace.labels, trace.values
        elif kind in ("choropleth", "choroplethmap"):
            if trace.hoverinfo == "skip":
                continue  # a shade under other marks (the regions' countries), no figure of its own
            points += _map_areas(trace)
            continue
        elif kind == "heatmap" and trace.z is not None:
            rows = trace.y if trace.y is not None else range(len(trace.z))
            for r, (row_name, row) in enumerate(zip(rows, trace.z)):
                cols = trace.x if trace.x is not None else range(len(row))
                points += [(f"{_plain(row_name)} — {_plain(col)}", v, None) for col, v in zip(cols, row)
                           if isinstance(v, (int, float)) and not math.isnan(v)]
            continue
        else:
            continue
        if names is None or values is None:
            continue
        texts = trace.text if isinstance(trace.text, (list, tuple)) else [None] * len(values)
        for name, value, text in zip(names, values, list(texts) + [None] * len(values)):
            if isinstance(value, (int, float)) and not (isinstance(value, float) and math.isnan(value)):
                points.append((_plain(name), value, _plain(text) if text not in (None, "") else None))
    return points


def _map_areas(trace) -> list[tuple[str, float, str | None]]:
    """A map's areas as (name, value, shown text): the hover text «Беларусь: 60 мероприятий» names the area and
    states its figure — the locations are ISO codes («BLR») and z may be scaled (a log colour scale) — else the
    location and z as they are."""
    if trace.locations is None or trace.z is None:
        return []
    texts = list(trace.text) if isinstance(trace.text, (list, tuple)) else []
    out = []
    for i, (location, value) in enumerate(zip(trace.locations, trace.z)):
        if not isinstance(value, (int, float)) or (isinstance(value, float) and math.isnan(value)):
            continue
        text = _plain(texts[i]) if i < len(texts) and texts[i] not in (None, "") else ""
        name, colon, figure = text.partition(": ")
        out.append((name, value, figure) if colon and name and figure else (_plain(location), value, text or None))
    return out


def chart_summary(fig: go.Figure, lang: str = "ru") -> str:
    """One sentence that says what a chart shows, for a screen reader (ui.widgets.chart puts it before the
    chart): how many values and the largest with its name and figure as the chart writes it («≥ 9 143»);
    a chart of points without such values (the organisations network) says how many points it draws."""
    points = _valued_points(fig)
    if points:
        name, value, text = max(points, key=lambda p: p[1])
        shown = text or (format_int(value, lang) if float(value).is_integer() else format_number(value, 1, lang))
        return t("chart_alt_top", lang, n=format_int(len(points), lang), name=name, value=shown)
    drawn = sum(len(trace.x) for trace in fig.data if trace.type == "scatter" and trace.mode and "markers" in trace.mode
                and trace.x is not None)
    drawn += sum(len(trace.lat) for trace in fig.data if trace.type == "scattergeo" and trace.mode
                 and "markers" in trace.mode and trace.lat is not None)  # the regions' marks on a map
    if drawn:
        return t("chart_alt_points", lang, n=format_int(drawn, lang))
    return t("chart_alt_empty", lang)


def _nested(props: dict) -> dict:
    """Plotly's «magic underscores» spelled out: {"title_text": "x"} → {"title": {"text": "x"}} (plotly's
    own property names have no underscore)."""
    out: dict = {}
    for key, value in props.items():
        *path, last = key.split("_")
        node = out
        for part in path:
            node = node.setdefault(part, {})
        node[last] = _nested(value) if isinstance(value, dict) else value
    return out


def _merged(base: dict, update: dict) -> dict:
    """`base` with `update` applied as plotly's update does: nested dicts merged, anything else replaced."""
    out = dict(base)
    for key, value in update.items():
        out[key] = _merged(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def _wrap(text: str, width: int = 34, max_lines: int = 2) -> str:
    """Long category labels on two lines: 'Молодёжь и патриотическое воспитание' → '…<br>…'."""
    words, lines, line = [], [], ""
    for word in str(text).split():   # a compound longer than a line breaks after its hyphen («Северо-» / «Казахстанская»)
        parts = re.findall(r"[^-]+-?", word) if len(word) > width and "-" in word.strip("-") else [word]
        words += parts
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line}{'' if line.endswith('-') else ' '}{word}".strip()
    lines.append(line)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: width - 1] + "…"
    return "<br>".join(lines)


def _value_text(values: pd.Series, lower: pd.Series | None, lang: str) -> list[str]:
    if lower is None:
        return [format_attendance(v, False, lang) for v in values]
    return [format_attendance(v, bool(b), lang) for v, b in zip(values, lower)]


def _hover_counts(labels, values, lang: str, noun=EVENTS, lower=None) -> list[str]:
    """'Беларусь: 62 мероприятия', 'Культура и туризм: ≥ 1 600 человек' — the shared plural formatter, so a
    tooltip never says «62 мероприятий» or drops the «≥» of a lower bound."""
    bounds = [False] * len(values) if lower is None else [bool(b) for b in lower]
    return [f"{label}: {count_phrase(v, noun, lang, lower_bound=b)}" for label, v, b in zip(labels, values, bounds)]


LABEL_SHARE = 0.5        # of a bar chart's width, the most its category names may take
CHAR_PX = 0.53           # a Cyrillic letter of the house font is about this share of its size wide


def label_chars(column_px: int | None, tick_px: float = TICK_PX) -> int:
    """How many characters of a category name go on one line beside the bars of a chart `column_px`
    wide: LABEL_SHARE of the width in letters of the tick type. A 316-px side column at 1366 takes 20
    («Объединённые» / «Арабские Эмираты»); a width not known (None) keeps the old 34, a half page."""
    if not column_px:
        return 34
    return max(12, int(column_px * LABEL_SHARE / (tick_px * CHAR_PX)))


HBAR_CHROME_PX = 90   # a horizontal bar chart's margins and value-axis title: what is not bars


def bars_height(bars: int, lines: int = 1) -> int:
    """A horizontal bar chart's height: one slot per bar (46 px, more for names of `lines` lines) plus
    its chrome, so a bar is as thick in a chart of two bars as in one of fourteen. A floor of 260 px
    drew one country's two sectors 85 px thick on the Обзор page, under a 14-bar country chart's 46."""
    return max(46, 17 * lines + 12) * max(bars, 1) + HBAR_CHROME_PX


def _hbar(labels: list[str], values: list, keys: list[str], colours: list[str], axis_value: str,
          axis_category: str, lang: str, texts: list[str] | None = None,
          hovers: list[str] | None = None, column_px: int | None = None) -> go.Figure:
    # names wrap to the room the chart's width leaves them (three short lines in a side column), are
    # cut with «…» only past that, and are whole in the hover
    chars = label_chars(column_px)
    lines = 2 if chars >= 20 else 3
    wrapped = [_wrap(l, chars, lines) for l in labels]
    most = max((w.count("<br>") + 1 for w in wrapped), default=1)
    height = bars_height(len(labels), most)
    bar = dict(
        x=values, y=wrapped, orientation="h", marker_color=colours,
        customdata=keys, text=texts if texts is not None else values, textposition="outside",
        cliponaxis=False, texttemplate=None if texts is not None else "%{x:,}", constraintext="none", textangle=0,
        hovertext=hovers if hovers is not None else _hover_counts(labels, values, lang), hoverinfo="text",
    )
    # Every bar carries its number (text), so the value axis shows no numbers of its own: in a half-page
    # column its ticks «0 2 000 4 000 6 000 8 000» turned vertical (uxqa12). The title keeps the unit.
    xaxis = {"title_text": axis_value, "rangemode": "tozero", "tickformat": ",d", **BARE_VALUE_AXIS}
    if values:
        numbers = [v if v is not None and not (isinstance(v, float) and math.isnan(v)) else 0 for v in values]
        peak = max(numbers, default=0)
        longest = max((len(str(t)) for t in (texts if texts is not None else values)), default=1)
        headroom = min(1.6, max(1.15, 1 + 0.035 * longest))  # room for '≥ 12 405' outside a bar
        # The long bars carry their label inside, at their end: long category names squeeze the plot on a
        # laptop, and a label outside the longest bar ran past the chart's edge ('≥ 12 40…' at 1366).
        inside = [peak > 0 and v >= _LABEL_INSIDE_SHARE * peak for v in numbers]
        outside_peak = max((v for v, i in zip(numbers, inside) if not i), default=0)
        bar.update(textposition=["inside" if i else "outside" for i in inside], insidetextanchor="end")
        xaxis.update(range=[0, max(1, peak * 1.02, outside_peak * headroom)], **_count_ticks(peak))
    fig = go.Figure(go.Bar(**bar))
    return style(fig, lang, height=height, yaxis={"title_text": axis_category, "autorange": "reversed",
                                                     # a category name ends half a letter before its bar (printed, they ran together)
                                                     "ticklabelstandoff": label_gap(TICK_PX)}, xaxis=xaxis)


BARE_VALUE_AXIS = {"showticklabels": False, "showgrid": False, "ticks": "", "zeroline": True,
                   "zerolinecolor": "#c9ced6"}


def upright_categories(labels, width: int = 10) -> list[str]:
    """Category labels under vertical bars on up to two short lines («сентябрь<br>2024»), so that plotly
    has no reason to turn them: in a half-page column at 1366 px «September 2024» was drawn at 30°."""
    return [_wrap(label, width, 2) for label in labels]


def label_gap(tick_px: float) -> int:
    """Pixels between a bar's category label and the bar: half the label's font size, so the gap
    grows with the type (a slide's 24-px labels get 12 px, the page's 14-px ones 7 px)."""
    return max(4, round(tick_px / 2))


TITLE_STANDOFF_PX = 15     # plotly's own gap between an axis title and the names beside it
LABEL_MEASURE_SHORT = 0.08  # plotly measures a long one-line name up to this share narrower than it is drawn


def title_standoff(label_px: float) -> int:
    """The gap between a category axis's title and its names, for names about `label_px` wide: plotly
    places the title by its own measure of the names, which for the timeline's one-line «№ 74. name…»
    came out 4–9 % short of the drawn width, so «Мероприятие» / «Event» printed over the first letters
    of the name beside it (−3 to −10 px at 1366 and 1920 with one or two events). The title stands off
    by that share more, and automargin makes the room."""
    return TITLE_STANDOFF_PX + math.ceil(LABEL_MEASURE_SHORT * max(label_px, 0))


_LABEL_INSIDE_SHARE = 0.55  # bars at least this share of the longest are wide enough for their label


def _count_ticks(peak) -> dict:
    """Whole-number ticks on small counts: 0 1 2, never 0 1 1 2 2."""
    try:
        return {"dtick": 1, "tick0": 0} if float(peak) <= 8 else {}
    except (TypeError, ValueError):
        return {}


def sector_bar(df: pd.DataFrame, lang: str = "ru", value: str = "events", column_px: int | None = None) -> go.Figure:
    """Events (or attendance) per sector from queries.events_by_sector; lower bounds labelled '≥'."""
    frame = df.sort_values(value, ascending=False, kind="stable")
    labels = [sector_label(k, lang, h) for k, h in zip(frame["sector_key"], frame["heading"])]
    lower = frame["attendance_lower_bound"] if value == "attendance" else None
    texts = _value_text(frame[value], lower, lang)
    return _hbar(labels, frame[value].tolist(), frame["sector_key"].tolist(),
                 [sector_colour(k) for k in frame["sector_key"]],
                 t("axis_events" if value == "events" else "axis_people", lang), t("axis_sector", lang), lang,
                 texts, _hover_counts(labels, frame[value].tolist(), lang, EVENTS if value == "events" else PEOPLE, lower),
                 column_px)


def country_bar(df: pd.DataFrame, lang: str = "ru", value: str = "events", column_px: int | None = None) -> go.Figure:
    """Events (or attendance) per partner country from queries.events_by_country; `column_px`, the
    chart's width, decides how long names wrap (label_chars)."""
    frame = df.sort_values(value, ascending=False, kind="stable")
    names = frame["name_ru" if lang == "ru" else "name_en"].fillna(frame["country_code"]).tolist()
    lower = frame["attendance_lower_bound"] if value == "attendance" else None
    texts = _value_text(frame[value], lower, lang)
    return _hbar(names, frame[value].tolist(), frame["country_code"].tolist(),
                 distinct_colours(frame["country_code"].tolist(), country_colour),
                 t("axis_events" if value == "events" else "axis_people", lang), t("axis_country", lang), lang,
                 texts, _hover_counts(names, frame[value].tolist(), lang, EVENTS if value == "events" else PEOPLE, lower),
                 column_px)


FULL_MONTH_NAMES = 4   # more months than this: «сент.», «Sep» — in a half-page column at 1366 px six full names
                       # («September 2025») were turned on end and cut off under the chart (uxqa14)


def month_bar(df: pd.DataFrame, lang: str = "ru", colour: str = ACCENT) -> go.Figure:
    """Events per month (queries.events_by_month), months named in Russian on the axis."""
    labels = [month_label(m, lang) for m in df["month"]]
    fig = go.Figure(go.Bar(
        x=upright_categories((month_label(m, lang, short=len(df) > FULL_MONTH_NAMES) for m in df["month"]), 6), y=df["events"].tolist(), customdata=df["month"].tolist(), marker_color=colour,
        text=df["events"].tolist(),
        textposition="outside", cliponaxis=False,
        hovertext=_hover_counts(labels, df["events"].tolist(), lang), hoverinfo="text"))
    yaxis = {"title_text": t("axis_events", lang), "rangemode": "tozero", "tickformat": ",d"}
    if len(df):
        yaxis.update(range=[0, max(1, int(df["events"].max())) * 1.18], **_count_ticks(df["events"].max()))
    return style(fig, lang, height=380, xaxis={"title_text": t("axis_month", lang), "type": "category"}, yaxis=yaxis)


def org_quarter_bar(labels: list[str], counts: list[int], lang: str = "ru") -> go.Figure:
    """An organisation's events by quarter (the dossier of «Организации»): labels as format_quarter gives them."""
    fig = go.Figure(go.Bar(x=labels, y=counts, text=counts, textposition="outside", marker_color="#1f5f99",
                           hovertemplate="%{x}: %{y}<extra></extra>"))
    fig.layout = {"height": 260, "margin": {"l": 10, "r": 10, "t": 20, "b": 10}, "font": FONT, "plot_bgcolor": "white",
                  "yaxis": {"visible": False, "range": [0, max(counts + [1]) * 1.25]}, "xaxis": {"type": "category"},
                  "separators": ", " if lang == "ru" else ".,"}  # at once: update_layout validates prop by prop (style)
    return fig


def format_bar(df: pd.DataFrame, lang: str = "ru") -> go.Figure:
    """Participants by format (queries.attendance_by_format)."""
    labels = [option_label(FORMAT_LABELS, k, lang) for k in df["format"]]
    texts = _value_text(df["attendance"], df["attendance_lower_bound"], lang)
    fig = go.Figure(go.Bar(
        x=upright_categories(labels), y=df["attendance"].tolist(), customdata=df["format"].tolist(), marker_color=[format_colour(k) for k in df["format"]],
        text=texts, textposition="outside", cliponaxis=False,
        hovertext=_hover_counts(labels, df["attendance"].tolist(), lang, PEOPLE, df["attendance_lower_bound"]),
        hoverinfo="text"))
    yaxis = {"title_text": t("axis_people", lang), "rangemode": "tozero", "tickformat": ",d"}
    if len(df):
        yaxis["range"] = [0, max(1, int(df["attendance"].max())) * 1.18]
    return style(fig, lang, height=380, xaxis={"title_text": t("axis_format", lang), "type": "category"}, yaxis=yaxis)


def _heatmap(z: pd.DataFrame, x_labels: list[str], y_labels: list[str], x_title: str, y_title: str,
             lang: str, customdata=None, xaxis: dict | None = None, x_shown: list[str] | None = None) -> go.Figure:
    values = z.to_numpy(dtype=float)
    text = [["" if v == 0 else f"{int(v)}" for v in row] for row in values]
    peak = float(values.max()) if values.size else 0.0
    # whole counts on the colour bar, each once: with every cell 1 its auto ticks 0, 0.2 … 1 read «1 1 1 1 1»
    fig = go.Figure(go.Heatmap(
        z=[[None if v == 0 else v for v in row] for row in values], x=x_shown or x_labels,
        y=[_wrap(l, 40) for l in y_labels],
        text=text, texttemplate="%{text}", textfont=dict(size=15), colorscale="Blues", xgap=2, ygap=2, zmin=0,
        zmax=max(1.0, peak),
        colorbar=dict(title=dict(text=t("axis_events", lang), side="right"), tickformat=",d", **_count_ticks(peak)),
        hovertext=[[f"{y} · {x}: {count_phrase(v, EVENTS, lang)}" for x, v in zip(x_labels, row)]
                   for y, row in zip(y_labels, values)], hoverinfo="text", hoverongaps=False,
        customdata=customdata))
    return style(fig, lang, height=max(300, 44 * len(y_labels) + 120),
                 xaxis={"title_text": x_title, "type": "category", "side": "bottom", **(xaxis or {})},
                 yaxis={"title_text": y_title, "type": "category", "autorange": "reversed"})


HEATMAP_COLUMN_PX = 875   # a heatmap's box when the page does not say: a laptop's main column
HEATMAP_SIDE_PX = 330     # what its sector names (40 letters a line), colour bar and titles take of it


def upright_or_turned(labels: list[str], column_px: int | None = None) -> tuple[list[str], dict]:
    """Category labels under a heatmap's columns, and the axis settings: upright, on up to two lines,
    when each column's width holds its label whole that way; turned 35° only when they do not. One
    partner country (Kyrgyzstan) under a 545-px heatmap was drawn turned like fourteen of them."""
    if not labels:
        return labels, {}
    per_column = ((column_px or HEATMAP_COLUMN_PX) - HEATMAP_SIDE_PX) / len(labels)
    chars = int((per_column - 8) / (TICK_PX * CHAR_PX))
    wrapped = [_wrap(l, chars, 2) for l in labels] if chars >= 4 else []
    if wrapped and all(not w.endswith("…") and max(map(len, w.split("<br>"))) <= chars for w in wrapped):
        return wrapped, {"tickangle": 0}
    return labels, {"tickangle": -35}


def sector_month_heatmap(df: pd.DataFrame, lang: str = "ru") -> go.Figure:
    """Sector × month counts (queries.sector_month); sectors in order of activity."""
    pivot = df.pivot_table(index="sector_key", columns="month", values="events", aggfunc="sum", fill_value=0)
    pivot = pivot.loc[pivot.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    return _heatmap(pivot, [month_label(m, lang) for m in pivot.columns],
                    [sector_label(k, lang) for k in pivot.index], t("axis_month", lang), t("axis_sector", lang), lang)


def sector_country_heatmap(df: pd.DataFrame, names: dict[str, str], lang: str = "ru",
                           column_px: int | None = None) -> go.Figure:
    """Sector × partner country counts (queries.sector_country); most engaged countries first; the
    countries' names upright when the columns of a `column_px`-wide chart hold them (upright_or_turned)."""
    pivot = df.pivot_table(index="sector_key", columns="country_code", values="events", aggfunc="sum", fill_value=0)
    pivot = pivot.loc[pivot.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    pivot = pivot[pivot.sum(axis=0).sort_values(ascending=False, kind="stable").index]
    labels = [names.get(c, c) for c in pivot.columns]
    shown, angle = upright_or_turned(labels, column_px)
    return _heatmap(pivot, labels, [sector_label(k, lang) for k in pivot.index],
                    t("axis_country", lang), t("axis_sector", lang), lang, xaxis=angle, x_shown=shown)


# The maps' land and sea, and the partner countries' shades over them: the fewest events (the scale's
# first stop) must still stand apart from both (contrast ≥ 1.5, tests/analytics/test_map_shades_stand_out.py). It was #dbe9f6 — 1.08 : 1
# to the sea and 1.10 to the land: with another region's partners (Khakassia, IV 2025: Mongolia 2 events,
# Kazakhstan, Cuba, the Emirates and Serbia 1 each) four of the five partners were all but invisible on
# the slide's map, Cuba a pale island in a pale sea (uxqa30, LibreOffice's picture of the deck).
MAP_LAND, MAP_SEA = "#f1f2ee", "#e8f1fa"
MAP_SCALE = [[0.0, "#9ec5e8"], [0.35, "#6aa6d8"], [0.7, "#2f78b8"], [1.0, "#0b3d73"]]


def _log_ticks(peak: int) -> list[int]:
    """1, 2, 5, 10, 20, 50 … up to the peak: readable steps on a logarithmic colour bar."""
    ticks, step = [], 1
    while step <= max(1, peak):
        ticks += [v for v in (step, 2 * step, 5 * step) if v <= max(1, peak)]
        step *= 10
    return ticks


MAP_COLOURBAR_PX = 100   # the colour bar, its title and the gap under the map (partner_map)


# A foreign region's circle is a ring: its country's shade shows through it. Filled white (85 %), the
# four Belarusian oblasts' circles hid the darkest country of the map — the main partner, 62 events —
# on the page and on the printed briefing, under a caption «the darker the country, the more events».
REGION_RING_FILL = "rgba(255,255,255,0)"


def partner_map_aspect(countries: pd.DataFrame, regions: pd.DataFrame) -> float:
    """Width : height of the geography partner_map shows (map_fit): its box can be sized to it in CSS."""
    points = list(zip(regions["lat"], regions["lon"])) if len(regions) else []
    return map_fit.projected_aspect(countries.dropna(subset=["alpha3"])["alpha3"].tolist(), points)


def partner_map(countries: pd.DataFrame, regions: pd.DataFrame, lang: str = "ru", width: int | None = None,
                fill: bool = False) -> go.Figure:
    """Partner countries shaded by their number of events on one sequential scale (logarithmic: 62
    events with Belarus and 1 with Serbia both stay readable), foreign regions as circles sized by
    events. Geometry comes from /app/static/topojson (pass GEO_CONFIG to st.plotly_chart).

    With `width` (the map's pixels on this screen) the figure is as tall as the shown geography needs
    at that width (map_fit), so the map fills its box instead of floating between empty bands. With
    `fill` it takes the height of its box (st.plotly_chart height="stretch"), which the page sizes to
    the geography at whatever width the browser gives (partner_map_aspect, CSS container units)."""
    fig = go.Figure()
    name_col = "name_ru" if lang == "ru" else "name_en"
    shown = countries.dropna(subset=["alpha3"])
    if len(shown):
        events = shown["events"].astype(int)
        names = [getattr(r, name_col) or r.country_code for r in shown.itertuples(index=False)]
        peak = int(events.max())
        ticks = _log_ticks(peak)
        fig.add_trace(go.Choropleth(
            locations=shown["alpha3"].tolist(), z=[math.log10(v) if v > 0 else 0 for v in events],
            zmin=0, zmax=max(math.log10(max(peak, 2)), 0.3), locationmode="ISO-3", colorscale=MAP_SCALE,
            marker_line_color="white", marker_line_width=0.8, customdata=shown["country_code"].tolist(),
            text=[f"{n}: {count_phrase(int(v), EVENTS, lang)}" for n, v in zip(names, events)],
            hovertemplate="%{text}<extra></extra>", name=t("metric_countries", lang),
            colorbar=dict(title=dict(text=t("axis_events", lang), side="top"), tickvals=[math.log10(v) for v in ticks],
                          ticktext=[str(v) for v in ticks], thickness=12, len=0.55, orientation="h", x=0.5,
                          xanchor="center", y=-0.02, yanchor="top")))
    if len(regions):
        located = regions.dropna(subset=["lat", "lon"])
        sizes = [10 + 7 * math.sqrt(float(e)) for e in located["events"]]
        fig.add_trace(go.Scattergeo(
            lat=located["lat"], lon=located["lon"], text=[place_name(r, lang) for r in located["region_name"]],
            customdata=located["country_code"],
            mode="markers", marker=dict(size=sizes, color=REGION_RING_FILL, line=dict(color="#1f2933", width=2)),
            name=t("dossier_regions", lang), hoverinfo="text",
            hovertext=_hover_counts([place_name(r, lang) for r in located["region_name"]],
                                    [int(e) for e in located["events"]], lang)))
    geo = dict(scope="world", projection_type="natural earth", showcountries=True,
               countrycolor="#c9ced6", showland=True, landcolor=MAP_LAND, showocean=True,
               oceancolor=MAP_SEA, showlakes=True, lakecolor=MAP_SEA, showframe=False, showcoastlines=False, resolution=110)
    # the shown countries' and circles' own window (its shape is the box's, partner_map_aspect); plotly's
    # fitbounds kept a 1.92 : 1 frame and left a wide geography a quarter of its box (map_fit.fitted_window)
    located_points = list(zip(regions["lat"], regions["lon"])) if len(regions) else []
    geo.update(map_fit.fitted_window(shown["alpha3"].tolist(), located_points) or {"fitbounds": "locations"})
    height = 560
    if width:
        height = map_fit.fitted_height(width, partner_map_aspect(countries, regions), MAP_COLOURBAR_PX + 10)
    fig = style(fig, lang, height=height, geo=geo, margin=dict(l=0, r=0, t=10, b=0))
    if fill:
        fig.layout.height, fig.layout.autosize = None, True
    return fig


def _label_positions(points: pd.DataFrame, near_degrees: float = 1.5) -> list[str]:
    """Labels under their circles, except where a neighbour sits close below: then above, so two
    nearby regions' labels («Витебская обл. · 12», «Минская обл. · 9») do not print over each other.
    A circle in the eastern or western quarter of the group hangs its label inward (left / right of
    centre), so «Гомельская обл. · 1» does not run out over the country's south-eastern border."""
    lats, lons = points["lat"].tolist(), points["lon"].tolist()
    west, east = (min(lons), max(lons)) if lons else (0.0, 0.0)
    quarter = (east - west) / 4
    positions = []
    for i, (lat, lon) in enumerate(zip(lats, lons)):
        crowded_below = any(j != i and 0 < lat - lats[j] < near_degrees and abs(lon - lons[j]) < 2 * near_degrees
                            for j in range(len(lats)))
        side = "left" if quarter and lon > east - quarter else "right" if quarter and lon < west + quarter else "center"
        positions.append(f"{'top' if crowded_below else 'bottom'} {side}")
    return positions


# A halo in the land's colour round every map label: a border line or a neighbour's shading never runs
# through its letters.
LABEL_HALO = ", ".join(f"{x}px {y}px 1px #f1f2ee" for x in (-1, 0, 1) for y in (-1, 0, 1) if x or y)


def region_map(regions: pd.DataFrame, countries: pd.DataFrame, lang: str = "ru") -> go.Figure:
    """Close-up of the foreign regions (Belarusian oblasts…): on the world map they sit under one dot.
    Their countries are shaded, each region is a labelled circle sized by its events."""
    fig = go.Figure()
    located = regions.dropna(subset=["lat", "lon"])
    if len(located):  # zoom on the country whose regions hold most events; the table lists the rest
        main = located.groupby("country_code")["events"].sum().idxmax()
        located = located[located["country_code"] == main]
    shaded = countries[countries["country_code"].isin(located["country_code"])].dropna(subset=["alpha3"])
    name_col = "name_ru" if lang == "ru" else "name_en"
    for row in shaded.itertuples(index=False):
        colour = country_colour(row.country_code)
        fig.add_trace(go.Choropleth(
            locations=[row.alpha3], z=[1], locationmode="ISO-3", colorscale=[[0, colour], [1, colour]],
            showscale=False, marker_line_color="white", marker_line_width=1, marker_opacity=0.35,
            customdata=[row.country_code], name=getattr(row, name_col) or row.country_code,
            hoverinfo="skip"))
    sizes = [14 + 9 * math.sqrt(float(e)) for e in located["events"]]
    fig.add_trace(go.Scattergeo(
        lat=located["lat"], lon=located["lon"], mode="markers+text",
        text=[f"{_short_region(r, lang)} · {int(e)}" for r, e in zip(located["region_name"], located["events"])],
        textposition=_label_positions(located), textfont=dict(size=15, color="#1f2933", shadow=LABEL_HALO),
        customdata=located["country_code"], name=t("dossier_regions", lang),
        marker=dict(size=sizes, color=[country_colour(c) for c in located["country_code"]],
                    line=dict(color="#1f2933", width=1.5), opacity=0.9),
        hovertext=_hover_counts([place_name(r, lang) for r in located["region_name"]],
                                [int(e) for e in located["events"]], lang),
        hoverinfo="text"))
    if len(located):
        lon_span = max(8.0, (located["lon"].max() - located["lon"].min()) * 1.6)
        middle_lat = (located["lat"].max() + located["lat"].min()) / 2
        middle_lon = (located["lon"].max() + located["lon"].min()) / 2
        # a Mercator window about as wide as the chart (≈ 1.25 : 1), so no blank bands
        lat_span = max(lon_span * math.cos(math.radians(middle_lat)) / 1.25,
                       (located["lat"].max() - located["lat"].min()) * 1.6)
    geo = dict(scope="world", projection_type="mercator", showcountries=True, countrycolor="#9aa5b1",
               showland=True, landcolor=MAP_LAND, showocean=True, oceancolor=MAP_SEA, showlakes=True, lakecolor=MAP_SEA,
               showframe=False, showcoastlines=False, resolution=110)
    if len(located):
        geo.update(lataxis_range=[middle_lat - lat_span / 2, middle_lat + lat_span / 2],
                   lonaxis_range=[middle_lon - lon_span / 2, middle_lon + lon_span / 2])
    return style(fig, lang, height=520, geo=geo, margin=dict(l=0, r=0, t=10, b=0))


def _short_region(name: str, lang: str) -> str:
    """A map label: 'Витебская область' → 'Витебская обл.' in Russian, 'Vitebsk Oblast' in English."""
    return name.replace(" область", " обл.") if lang == "ru" else place_name(name, lang)


TICK_SLOT_PX = 72        # a date tick's room on the axis: «15 нояб.» in the tick type and a gap
TIMELINE_COLUMN_PX = 875  # the timeline's box when the page does not say: a laptop's main column
TIMELINE_LABEL_SHARE = 0.38  # of the timeline's width, the most an event's «№ 74. name» may take
# the tick steps a date axis may use, finest first: days (ticks at noon, the middle of a day's bar), then
# calendar ticks on the 1st and 15th, on the 1st of every 1, 2, 3, 6 months, and on 1 January
_DATE_STEPS = (("days", 1), ("days", 2), ("days", 7), ("half", 1), ("months", 1), ("months", 2),
               ("months", 3), ("months", 6), ("months", 12))


def _date_ticks(start: date, end: date, lang: str, most: int = 24,
                anchor: date | None = None) -> tuple[list[str], list[str]]:
    """Date ticks over [start, end] in the page's language, as many as `most` at most, the finest step
    that allows it: a fortnight's events get their days ('10 дек.'), a quarter's the 1st and 15th
    ('1 окт.', '15 окт.'), years of events the 1st of their months; the first tick and the first of each
    new year carry the year. Day ticks count from `anchor` (the first event's day), so that day is marked.

    Before, the ticks were always the 1st and 15th: a one-day event (10 December) had none in its range
    and its timeline showed a bare date axis; a quarter in a laptop's 390-px plot got eight ticks, turned
    on their side. Day ticks sit at noon, the middle of the day's bar."""
    months = MONTHS_SHORT_GENITIVE if lang == "ru" else tuple(m[:3] for m in MONTHS_EN)
    most = max(2, int(most))
    for kind, step in _DATE_STEPS:
        ticks = _ticks_of(kind, step, start, end, anchor or start)
        if len(ticks) <= most:
            break
    values, texts = [], []
    for i, tick in enumerate(ticks):
        new_year = i == 0 or tick.year != ticks[i - 1].year
        texts.append(f"{tick.day} {months[tick.month - 1]}" + (f"<br>{tick.year}" if new_year else ""))
        values.append(f"{tick.isoformat()} 12:00" if kind == "days" else tick.isoformat())
    return values, texts


def _ticks_of(kind: str, step: int, start: date, end: date, anchor: date) -> list[date]:
    """The dates of one tick step between `start` and `end` (both included): every `step` days counted
    from `anchor`, the 1st and 15th of each month, or the 1st of every `step`-th month (January, …)."""
    if kind == "days":
        first = start + timedelta(days=(anchor - start).days % step)
        return [first + timedelta(days=k) for k in range(0, (end - first).days + 1, step)]
    out, day = [], date(start.year, start.month, 1)
    while day <= end:
        for d in ((1, 15) if kind == "half" else (1,)):
            tick = day.replace(day=d)
            if start <= tick <= end and (kind == "half" or (tick.month - 1) % step == 0):
                out.append(tick)
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return out


def date_span(first: date, last: date) -> tuple[date, date]:
    """The days a timeline's axis shows for bars from `first` to `last` (the last bar's end day): a week
    at least, centred on a short span, else the span with a margin of 2 % each side — a single day's bar
    no longer fills the whole axis."""
    days = (last - first).days
    if days < 7:
        before = (7 - days) // 2
        return first - timedelta(days=before), last + timedelta(days=7 - days - before)
    pad = timedelta(days=max(1, round(days * 0.02)))
    return first - pad, last + pad


def timeline_chart(df: pd.DataFrame, lang: str = "ru", column_px: int | None = None) -> go.Figure:
    """Gantt of events (queries.timeline): bars from start to finish (end + 1 day), one colour per sector.

    `column_px` (the chart's width on the page; a laptop's main column when not given) sets how many
    date ticks fit upright beside the events' names, and the legend's entries are as wide as its longest
    sector name: at 1366 «Молодёжь и патриотическое воспитание» was cut to «…воспитаı» by a 240-px entry."""
    frame = df.copy()
    width = column_px or TIMELINE_COLUMN_PX
    # an event's name takes at most TIMELINE_LABEL_SHARE of the width: with its axis title beside it,
    # plotly's automargin gives up past about half the chart and drew «Event» over «№ 74. Междуна…»
    chars = max(16, min(50, int(width * TIMELINE_LABEL_SHARE / (TICK_PX * CHAR_PX)) - 6))
    frame["label"] = [f"№ {n}. {_wrap(title, chars, 1)}" for n, title in zip(frame["n"], frame["title"])]
    frame["start"] = pd.to_datetime(frame["start_date"])
    frame["finish"] = pd.to_datetime(frame["finish"])
    fig = go.Figure()
    order = frame["label"].tolist()
    for key, group in frame.groupby("sector_key", sort=False):
        duration_ms = (group["finish"] - group["start"]).dt.total_seconds() * 1000
        dates = [_range_text(s, e, lang) for s, e in zip(group["start_date"], group["end_date"])]
        fig.add_trace(go.Bar(
            base=group["start"], x=duration_ms, y=group["label"], orientation="h",
            marker_color=sector_colour(key), name=sector_label(key, lang), customdata=group["event_id"],
            hovertext=[f"{l}<br>{d}" for l, d in zip(group["label"], dates)], hoverinfo="text"))
    names = [sector_label(k, lang) for k in frame["sector_key"].drop_duplicates()]
    entry_px = max((len(n) for n in names), default=10) * TICK_PX * CHAR_PX + 50   # symbol, gap, the name
    label_px = max((len(l) for l in order), default=0) * TICK_PX * CHAR_PX
    plot_px = max(TICK_SLOT_PX * 2, width - label_px - 90)       # less the names, the axis title, the margins
    per_row = max(1, int(plot_px // entry_px))      # plotly wraps a horizontal legend at the plot's width
    legend_rows = math.ceil(len(names) / per_row)
    xaxis = {"type": "date", "title_text": t("axis_date", lang), "side": "top", "showgrid": True}
    if len(frame):
        first, last = date_span(frame["start"].min().date(), (frame["finish"].max() - pd.Timedelta(days=1)).date())
        ticks = _date_ticks(first, last, lang, most=int(plot_px // TICK_SLOT_PX), anchor=frame["start"].min().date())
        xaxis.update(tickvals=ticks[0], ticktext=ticks[1], tickangle=0,
                     range=[first.isoformat(), (last + timedelta(days=1)).isoformat()])
    # the events' names in the house tick type (they were 12 px, the legend 13: unreadable on a projector)
    return style(fig, lang, height=max(420, 28 * len(frame) + 200), legend=True, xaxis=xaxis,
                 yaxis={"title_text": t("axis_event", lang), "title_standoff": title_standoff(label_px),
                        "categoryorder": "array", "categoryarray": order,
                        "autorange": "reversed", "tickfont": {"size": TICK_PX}},
                 barmode="overlay", bargap=0.25, margin=dict(l=10, r=30, t=40 + 24 * legend_rows + 30, b=10),
                 legend_layout=dict(orientation="h", yref="container", y=1, yanchor="top", xref="container", x=0.01,
                                    xanchor="left", font=dict(size=TICK_PX), entrywidth=round(entry_px)))


def _range_text(start, end, lang: str) -> str:
    from .formatting import format_date_range

    return format_date_range(start, end, lang)


def period_bars(df: pd.DataFrame, lang: str = "ru") -> go.Figure:
    """Quarter over quarter: events per report period, stacked by sector (queries.events_by_period)."""
    frame = df.copy()
    frame["period"] = [f"{period_text(p, lang)} · {place_name(r, lang)}" if frame["region"].nunique() > 1
                       else period_text(p, lang) for p, r in zip(frame["period_label"], frame["region"])]
    order = upright_categories(dict.fromkeys(frame["period"]), 16)
    fig = go.Figure()
    for key, group in frame.groupby("sector_key", sort=False):
        fig.add_trace(go.Bar(x=upright_categories(group["period"], 16), y=group["events"], name=sector_label(key, lang),
                             marker_color=sector_colour(key), customdata=[key] * len(group),
                             hovertext=[f"{p} · {sector_label(key, lang)}: {count_phrase(int(v), EVENTS, lang)}"
                                        for p, v in zip(group["period"], group["events"])], hoverinfo="text"))
    return style(fig, lang, height=440, legend=True, barmode="stack",
                 xaxis={"title_text": t("axis_period", lang), "type": "category", "categoryorder": "array",
                        "categoryarray": order},
                 yaxis={"title_text": t("axis_events", lang), "tickformat": ",d"})
