"""The network view of «Организации»: our institutions ↔ foreign partners as a Plotly figure, laid out
without randomness so the same data always draws the same picture and a reader finds a node again.

Two columns: our region's institutions on the left, most joint events at the top; each foreign
partner on the right at the weighted mean height of the institutions it works with (one barycentre
pass — the classic crossing reducer for two-layer graphs), ties broken by events and name. Edge
width grows with joint events (edges are drawn in a few width bands, one trace each: a Plotly line
has one width per trace). Only the `labelled` largest nodes carry a text label; every node has its
hover text and its org_key in customdata, so a click opens its dossier.

    >>> fig = network_figure(organisations.network(con, Filters()), "ru")
    >>> [t.name for t in fig.data][-2:]
    ['наши учреждения', 'зарубежные партнёры']
"""
from __future__ import annotations

import math

import plotly.graph_objects as go

from .charts import FONT, readable_fonts
from .i18n import ORG_KIND_LABELS, option_label, t
from .organisations import Network

HOME_COLOUR = "#1f5f99"
FOREIGN_COLOUR = "#c8553d"
EDGE_COLOUR = "rgba(90, 100, 115, 0.35)"
WIDTH_BANDS = ((1, 1.0), (2, 2.2), (4, 3.6), (8, 5.5))   # weight from … → line width
ROW_PX = 26
LABEL_PX = 15              # a node's name on a laptop: the page charts' label type (charts.region_map)
LAPTOP_COLUMN_PX = 875     # the main column of a 1366-px laptop with the sidebar open


def label_px(column_px: int | None) -> int:
    """The names' type for a main column of `column_px` (None: not measured yet, a laptop): 15 px on a
    laptop, growing with the square root of the column, so a projector's 1,430-px column gets 19 px
    (they were 12 px everywhere, unreadable across a meeting room), at most 22."""
    if not column_px or column_px <= LAPTOP_COLUMN_PX:
        return LABEL_PX
    return min(22, round(LABEL_PX * math.sqrt(column_px / LAPTOP_COLUMN_PX)))


X_RANGE = (-0.9, 1.9)      # the nodes at 0 and 1, their names in the 0.9 beside each column


def name_chars(column_px: int | None, label: int) -> int:
    """How many characters of a name fit in the room beside its column (a Cyrillic letter of Source
    Sans is ≈ 0.55 em wide, and the marker takes its share): 30 at a laptop’s 15 px, 39 at a projector’s 19 px."""
    room = (column_px or LAPTOP_COLUMN_PX) * 0.9 / (X_RANGE[1] - X_RANGE[0])
    return max(20, min(60, int(room / (0.62 * label))))


def row_px(label: int) -> int:
    """Pixels between two nodes' rows: two labelled neighbours never touch at this type."""
    return max(ROW_PX, round(label * 1.75))


def layout_positions(net: Network) -> dict[tuple[str, str], tuple[float, float]]:
    """(org_key, side) → (x, y): home at x=0, foreign at x=1, y in [0, 1] top to bottom = 1 … 0."""
    nodes = net.nodes
    home = nodes[nodes.side == "home"].sort_values(["events", "name", "org_key"], ascending=[False, True, True])
    home_y = {key: _row_y(i, len(home)) for i, key in enumerate(home.org_key)}
    pull: dict[str, list[float]] = {}
    for edge in net.edges.itertuples(index=False):
        if edge.home_key in home_y:
            pull.setdefault(edge.foreign_key, []).extend([home_y[edge.home_key]] * int(edge.weight))
    foreign = nodes[nodes.side == "foreign"].assign(
        pull=lambda d: d.org_key.map(lambda k: -sum(pull.get(k, [0])) / max(len(pull.get(k, [])), 1)))
    foreign = foreign.sort_values(["pull", "events", "name", "org_key"], ascending=[True, False, True, True])
    positions = {(key, "home"): (0.0, y) for key, y in home_y.items()}
    positions.update({(key, "foreign"): (1.0, _row_y(i, len(foreign))) for i, key in enumerate(foreign.org_key)})
    return positions


def _row_y(i: int, count: int) -> float:
    return 0.5 if count <= 1 else 1.0 - i / (count - 1)


def _width(weight: int) -> float:
    return max(width for start, width in WIDTH_BANDS if weight >= start)


def _short(name: str, limit: int = 38) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def network_figure(net: Network, lang: str = "ru", labelled: int = 15,
                   country_names: dict[str, str] | None = None, column_px: int | None = None) -> go.Figure:
    """The figure: edge traces first (no hover, no selection), then one marker trace per side whose
    points carry customdata = org_key. `column_px` (the measured main column; None: a laptop's) sets the
    names' type (label_px) and how much of a long name fits beside its column."""
    label = label_px(column_px)
    chars = name_chars(column_px, label)
    names = country_names or {}
    positions = layout_positions(net)
    traces = []  # one figure built at once: add_trace and update_layout validate and dispatch each change
    bands: dict[float, tuple[list, list]] = {}
    for edge in net.edges.itertuples(index=False):
        start, end = positions.get((edge.home_key, "home")), positions.get((edge.foreign_key, "foreign"))
        if start is None or end is None:
            continue
        xs, ys = bands.setdefault(_width(int(edge.weight)), ([], []))
        xs += [start[0], end[0], None]
        ys += [start[1], end[1], None]
    for width, (xs, ys) in sorted(bands.items()):
        traces.append(go.Scatter(x=xs, y=ys, mode="lines", line={"width": width, "color": EDGE_COLOUR},
                                 hoverinfo="skip", showlegend=False))
    largest = set(net.nodes.sort_values(["events", "name"], ascending=[False, True]).head(labelled)
                  .apply(lambda r: (r.org_key, r.side), axis=1)) if len(net.nodes) else set()
    for side, colour, label_key, anchor in (("home", HOME_COLOUR, "org_home_side", "middle left"),
                                            ("foreign", FOREIGN_COLOUR, "org_foreign_side", "middle right")):
        part = net.nodes[net.nodes.side == side]
        points = [positions[(k, side)] for k in part.org_key]
        traces.append(go.Scatter(
            x=[p[0] for p in points], y=[p[1] for p in points], mode="markers+text", name=t(label_key, lang),
            customdata=part.org_key.tolist(),
            marker={"size": [8 + 4 * math.sqrt(max(int(e), 1)) for e in part.events], "color": colour,
                    "line": {"width": 1, "color": "white"}},
            text=[_short(n, chars) if (k, side) in largest else "" for k, n in zip(part.org_key, part.name)],
            textposition=anchor, textfont={"size": label},
            # an English name made by rule keeps the report's Russian under it (analytics.org_names)
            hovertext=[t("org_hover", lang, name=n if ru in (None, n) else f"{n}<br>{ru}",
                         kind=option_label(ORG_KIND_LABELS, kind, lang),
                         country=names.get(c, c) if isinstance(c, str) else "—", events=int(e))
                       for n, ru, kind, c, e in zip(part.name, part.get("name_ru", [None] * len(part)),
                                                    part.kind, part.country, part.events)],
            hoverinfo="text"))
    rows = max(int((net.nodes.side == "home").sum()), int((net.nodes.side == "foreign").sum()), 1)
    # through the dashboard's one type floor: this figure sets its own layout and skips ui.widgets.chart
    return readable_fonts(go.Figure(data=traces, layout=dict(
        # the legend in a band of its own at the figure's top: at y 1.02 of the plot it sat on the first
        # row's names («…ственный университет», its start hidden under «зарубежные партнёры»)
        height=max(420, min(60 + row_px(label) * rows, 4200)), margin={"l": 10, "r": 10, "t": 56, "b": 10},
        xaxis={"visible": False, "range": list(X_RANGE), "fixedrange": True},
        yaxis={"visible": False, "range": [-0.04, 1.04], "fixedrange": True},
        font=FONT, plot_bgcolor="white", paper_bgcolor="white", legend={"orientation": "h", "yref": "container", "y": 1, "yanchor": "top", "x": 0, "xanchor": "left"},
        dragmode=False, clickmode="event+select", separators=", " if lang == "ru" else ".,")))


def clicked_org(points: list[dict]) -> str | None:
    """The org_key of the first clicked node in a Streamlit plotly selection (edges carry none)."""
    for point in points or []:
        key = point.get("customdata")
        if isinstance(key, list):
            key = key[0] if key else None
        if isinstance(key, str) and key:
            return key
    return None

