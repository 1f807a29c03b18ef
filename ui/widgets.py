"""Page parts every page shares: the header with the «Показаны: …» sentence, charts with click-to-filter
and a CSV under them, table heights and empty-state notes."""
from __future__ import annotations

import functools
import html
import math
from datetime import datetime
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analytics import charts
from analytics.charts import chart_summary, highlight, plotly_config, readable_fonts
from analytics.exports import csv_excel_bytes
from analytics.filters import Filters
from analytics.formatting import format_datetime, format_int, markdown_literal
from analytics.i18n import period_text, place_name, t, transliterate

from . import print_fit
from .access import lang, lookup, query
from .sidebar import DROPPED, SELECTION_PREV, current_filters, on_chart_select, reset_step

CSS = """
<style>
  .block-container {padding-top: 2.2rem; padding-bottom: 3rem; max-width: 1800px;}
  [data-testid="stMetricValue"] {font-size: clamp(1.45rem, 2.05vw, 2.3rem); font-weight: 600;}
  [data-testid="stMetricValue"] div {white-space: normal; overflow: visible; text-overflow: clip;
                                     overflow-wrap: anywhere;}
  [data-testid="stMetricLabel"] p {font-size: 1.02rem; white-space: normal; line-height: 1.25;}
  [data-testid="stMetricLabel"] div {white-space: normal; overflow: visible;}
  [data-testid="stMetricDelta"] div, [data-testid="stMetricDelta"] div * {white-space: normal !important;
      overflow: visible !important; text-overflow: clip !important; height: auto !important;}
  /* labels wrap instead of ending in «…» on a 1366 px laptop */
  [data-testid="stDownloadButton"] button p, [data-testid="stButton"] button p,
  [data-testid="stBaseButton-secondary"] p {white-space: normal; overflow-wrap: anywhere; line-height: 1.2;}
  /* the per-chart CSV: a small secondary button right under its chart */
  div[class*="st-key-"][class*="_chart_csv"] [data-testid="stDownloadButton"] {margin-top: -0.6rem;}
  div[class*="st-key-"][class*="_chart_csv"] button {min-height: 1.9rem; padding: 0.1rem 0.75rem;}
  div[class*="st-key-"][class*="_chart_csv"] button p {font-size: 0.85rem;}
  .shown-caption {font-size: 1.08rem; color: #3e4c59; margin: -0.4rem 0 0.6rem 0;}
  /* the 0-px frame that measures the main column (measure_room) takes no room and no gap */
  [data-testid="stElementContainer"]:has(> iframe[title="ui.widgets.room"]), .st-key-room_px {
      height: 0 !important; min-height: 0 !important; margin-bottom: -1rem; overflow: hidden;}
  h1 {font-size: 2.2rem !important;}
  h3 {margin-top: 0.6rem;}
  /* keyboard: one visible focus ring on whatever Tab reaches (uxqa27: the page links, the English switch,
     an empty filter's box, the table's toolbar and the table itself showed none). A box widget rings its
     whole box; the switch its track; the table its frame while a cell has the focus */
  :is(a, button, summary, [role="tab"], [role="option"]):focus-visible,
  [data-baseweb="select"]:has(input:focus-visible) > div,
  div:has(> [data-testid="stMultiSelectTagsContainer"] input:focus-visible),
  [data-baseweb="input"]:has(input:focus-visible), [data-baseweb="textarea"]:has(textarea:focus-visible),
  [data-testid="stCheckbox"] label:has(input:focus-visible),
  [data-testid="stDataFrameResizable"]:focus-within {
      outline: 3px solid #1f5fa8 !important; outline-offset: 2px !important;}
  /* keyboard (uxqa29): a table's toolbar (columns, CSV, search, full screen) took four Tab stops before
     every table, so an analyst tabbing to the downloads crossed them on each one. An element's toolbar
     is hidden (no Tab stop) until its element is under the pointer or holds the keyboard's focus: Tab
     reaches the table itself, and from the table Shift+Tab reaches its toolbar, which then shows */
  [data-testid="stElementToolbar"] {visibility: hidden;}
  [data-testid="stElementContainer"]:is(:hover, :focus-within) [data-testid="stElementToolbar"] {visibility: visible;}
  [data-testid="stElementContainer"]:focus-within [data-testid="stElementToolbar"] {opacity: 1 !important;}
  /* a chart's text alternative (chart_alt): read by a screen reader, neither drawn nor taking room */
  .chart-alt {position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
              clip-path: inset(50%); white-space: nowrap; border: 0;}
  [data-testid="stElementContainer"]:has(.chart-alt) {position: absolute !important; width: 1px; height: 1px;
      overflow: hidden; margin: 0 !important;}
  /* the 0-px frame that measures the column is no Tab stop (a hidden frame keeps running its script) */
  iframe[title="ui.widgets.room"] {visibility: hidden;}
  /* keyboard (uxqa28): a chart's toolbar gave Tab seven stops per chart (53 on the overview before the
     downloads), and every heading its «link to heading» anchor; both are for the mouse, so they are
     hidden (no Tab stop) until the chart or heading is under the pointer */
  .js-plotly-plot .modebar-container, [data-testid="stHeaderActionElements"] {visibility: hidden;}
  [data-testid="stPlotlyChart"]:hover .modebar-container,
  :is(h1, h2, h3, h4, h5, h6):hover [data-testid="stHeaderActionElements"] {visibility: visible;}
</style>
"""


# the least a chart is zoomed to fit a sheet's height: its smallest type (MIN_CHART_PX, 14 px) then prints
# at 8.4 pt, over the printed page's 8-pt floor (tests/browser/test_page_print.py)
PRINT_LEAST_ZOOM = print_fit.LEAST_ZOOM
PRINT_CSS = """<style>
  /* a printed page (uxqa28, Chromium's «Print» on A4): only the page's content, in its colours. The sidebar,
     Streamlit's header, the chart and table toolbars and the buttons are screen tools and are not
     printed; the content takes the whole sheet; a chart, a metric, a table or an alert is never
     cut across two sheets, and a heading stays with what follows it */
  @media print {
    @page {margin: 12mm;}
    [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
    [data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"],
    [data-testid="stSkipToContent"], [data-testid="stElementToolbar"], .modebar-container,
    [data-testid="stHeaderActionElements"], [data-testid="stDownloadButton"], [data-testid="stButton"],
    [data-testid="stPageLink"], [data-testid="stTooltipIcon"], iframe[title="ui.widgets.room"] {display: none !important;}
    [data-testid="stAppViewContainer"], [data-testid="stMain"], .block-container {
        margin: 0 !important; padding: 0 !important; max-width: none !important; width: 100% !important;}
    html, body, [data-testid="stApp"], [data-testid="stMain"] {background: white !important;
        -webkit-print-color-adjust: exact; print-color-adjust: exact;}
    [data-testid="stPlotlyChart"], [data-testid="stMetric"], [data-testid="stDataFrame"], [data-testid="stTable"],
    [data-testid="stVerticalBlockBorderWrapper"], [data-testid="stImage"], [data-testid="stAlert"] {
        break-inside: avoid; page-break-inside: avoid;}
    h1, h2, h3, h4 {break-after: avoid; page-break-after: avoid;}
    /* a chart drawn wider than the sheet's printable width is zoomed to it, and one taller than a sheet
       to the sheet's height, but not under PRINT_LEAST_ZOOM (uxqa29): ui/print_fit.py keeps the drawn
       size on the chart's box (--plot-w, --plot-h); 100cqw is the box's printed width, 100vh the sheet's
       printable height (less a heading's room). A chart still taller (the dynamics timeline's 78 rows,
       2,384 px) goes on over the next sheets at readable type rather than at 4 pt on one */
    [data-testid="stPlotlyChart"] {container-type: inline-size;}
    [data-testid="stPlotlyChart"] > * {zoom: min(1, calc(100cqw / var(--plot-w, 100cqw)),
        max(%(least)s, calc((100vh - 3rem) / var(--plot-h, 100vh))));}
    .print-slice {break-inside: avoid; page-break-inside: avoid;}
  }
  /* a chart too tall for a sheet even so, with a category axis down its side (the timeline), is printed
     as the slices ui/print_fit.py keeps beside it — each its head, whole rows and its foot, one slice
     never broken: always, or (data-print-slices="landscape") on a landscape sheet only */
  %(sliced)s
  .print-slices {display: none;}
</style>""".replace("%(least)s", f"{PRINT_LEAST_ZOOM:g}")
_SLICED_CSS = """
    [data-testid="stPlotlyChart"]._S, [data-testid="stElementContainer"]:has(._S),
    [data-testid="stFullScreenFrame"]:has(._S) {break-inside: auto; page-break-inside: auto; height: auto !important;}
    [data-testid="stPlotlyChart"]._S > :not(.print-slices) {display: none !important;}
    [data-testid="stPlotlyChart"]._S > .print-slices {display: block !important;
        zoom: min(1, calc(100cqw / var(--plot-w, 100cqw)));}"""
PRINT_CSS = PRINT_CSS.replace("%(sliced)s", "@media print {" + _SLICED_CSS.replace(
    "._S", '.print-sliced[data-print-slices="always"]') + "}\n  @media print and (orientation: landscape) {"
    + _SLICED_CSS.replace("._S", ".print-sliced") + "}")


def inject_css() -> None:
    """The pages' CSS; the print rules go through st.html (a style-only st.html takes no room): their
    at-rules (@media, @page) would read as a mention in the markdown the hostile-text test scans."""
    st.markdown(CSS, unsafe_allow_html=True)
    st.html(PRINT_CSS)


ROOM_KEY = "room_px"
_room_component = None


def measure_room() -> None:
    """Learn how wide the page's main column is in this browser (ui/room/index.html, a 0-px-tall
    iframe as wide as the column) and keep it in the session: the tables' column widths follow it
    (room), so a projector's 1,430-px column no longer shows the «…» cut for a laptop's 875.

    A session's first render uses the width this browser reported on its last visit (the frame keeps
    it in a cookie), so a returning browser's page is drawn at its width and is not rerun for it (every
    new session reran its first page once and jumped). A browser's very first visit is drawn for the
    laptop's column (FULL_WIDTH_PX) and reruns only when its column is 16 px or more away from that
    (a projector); a column changed by 16 px or more later reruns too. (Tried: the frame in an st.fragment, so its report reran only
    itself — a click on the network in the same second was then lost with the fragment's rerun.)

    A projector's very first visit no longer reruns either (uxqa19): Streamlit 1.67's first message
    carries only its ContextInfo (timezone, locale, URL, embedding, colour scheme), but the WebSocket
    handshake carries the page's cookies, and the app's HTML shell (served through dashboard.py's st.App,
    ui/first_width.py) writes this cookie from the window's width before that handshake. A wrong guess
    (a sidebar collapsed or dragged) is corrected by the frame's report, one rerun as before."""
    global _room_component
    if ROOM_KEY + "_seen" not in st.session_state:
        remembered = _remembered_width()
        if remembered:
            st.session_state[ROOM_KEY + "_seen"] = remembered
    if _room_component is None:
        import streamlit.components.v1 as components

        _room_component = components.declare_component("room", path=str(Path(__file__).parent / "room"))
    known = st.session_state.get(ROOM_KEY + "_seen")
    # `assumed`: what an unknown width is drawn as (room, org_network: the laptop's column); the frame
    # reports only a column 16 px or more away from it, so a laptop's first visit is not rerun
    value = _room_component(known=known, assumed=FULL_WIDTH_PX, key=ROOM_KEY, default=None)
    if isinstance(value, (int, float)) and value > 0:
        st.session_state[ROOM_KEY + "_seen"] = int(value)


ROOM_COOKIE = "room_px"


def _remembered_width() -> int | None:
    """The main column's width this browser reported on its last visit (the frame's cookie), if sane."""
    try:
        value = int(str(st.context.cookies.get(ROOM_COOKIE, "")).strip())
    except (ValueError, AttributeError, RuntimeError):
        return None
    return value if 200 <= value <= 8000 else None


def main_width() -> int | None:
    """The main column's width in pixels as the browser last reported it (measure_room), or None."""
    seen = st.session_state.get(ROOM_KEY + "_seen")
    return int(seen) if isinstance(seen, (int, float)) and seen > 0 else None


def room(budget: int, width: int | None = None) -> int:
    """`budget` (pixels of a laptop's 875-px main column: the whole column, half of it, a side column)
    as wide as it is on this screen. A box as wide as the whole column (less a fixed part such as the
    grid's row-pick column: no gap between st.columns in it) gets every pixel the measured column has
    beyond the laptop's (LAPTOP_COLUMN_PX, so the laptop's 2-px slack for the grid's border is kept);
    a box inside st.columns the share `budget` has of 875, less 4 % for the gaps that do not grow.
    Never narrower than `budget`: below the laptop the tables keep the widths they had.

    Before uxqa19 the whole column's boxes grew by the share too: the Реестр's grid (839 px at 1366)
    was given 1,351 px of a projector's 1,393, the grid stretched every column by ~6 px to fill them —
    «Сфера» and «Даты» wider than their text — while its titles stayed cut at the narrower width."""
    width = main_width() if width is None else width
    if not width or width <= FULL_WIDTH_PX:
        return budget
    if budget > FULL_WIDTH_PX - COLUMN_GAP_PX:
        return int(budget + max(0, width - LAPTOP_COLUMN_PX))
    return int(budget + (width - FULL_WIDTH_PX) * budget / FULL_WIDTH_PX * 0.96)


def page_header(title_key: str) -> Filters | None:
    """Title, the 'Показаны: …' sentence and the selection reset; None (with a helpful message)
    when nothing matches, so the page stops laying out."""
    ln = lang()
    filters = current_filters()
    st.title(t(title_key, ln))
    dropped = st.session_state.pop(DROPPED, None)
    if dropped:
        st.warning(t("dropped_values", ln, values=", ".join(
            f"{t(f'f_{name}', ln)} = «{markdown_literal(value)}»" for name, value in dropped)))
    count = query("count_events", filters)
    left, right = st.columns([5, 1], vertical_alignment="center")
    with left:
        st.markdown(f'<div class="shown-caption">{_escape(filters.sentence(count, lookup(), ln))}</div>',
                    unsafe_allow_html=True)
    with right:
        active = bool(st.session_state.get(SELECTION_PREV)) or not filters.is_empty
        st.button(t("reset_selection", ln), on_click=reset_step, disabled=not active,
                  key=f"reset_selection_{title_key}", width="stretch", help=t("click_hint", ln))
    if count == 0:
        st.info(t("empty", ln, button=t("reset_selection", ln)))
        return None
    return filters


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


HEADING_PX = 29.75       # a subheader's type: 1.75 rem of the app's 17-px base font
HEADING_LEAST_PX = 19.0  # the least a fitted title is drawn at: below it a title wraps as before
HEADING_SEMIBOLD = 1.02  # a semibold heading is drawn this much wider than the grid's regular type
HEADING_ICON_PX = 28     # the heading's link icon (17 px and its 8.5-px margin) shares the title's line


def heading_px(text: str, size_px: float = HEADING_PX) -> float:
    """Width of `text` as a subheader draws it at `size_px`: the grid's typeface scaled from its size."""
    grid_px = GRID_FONT_REM * float(st.get_option("theme.baseFontSize") or 16)
    return text_px(text) * size_px / grid_px * HEADING_SEMIBOLD


def fitted_title_px(text: str, column_px: float) -> float:
    """The type size at which `text` stays on one line in a column `column_px` wide: the subheader's own
    when it fits, else smaller in proportion, never below HEADING_LEAST_PX."""
    need, column_px = heading_px(text), column_px - HEADING_ICON_PX
    if need <= column_px:
        return HEADING_PX
    return max(HEADING_LEAST_PX, math.floor(HEADING_PX * column_px / need * 4) / 4)


def column_title(text: str, budget: int, key: str) -> None:
    """A subheader in a column of `budget` laptop pixels (room: as wide as on this screen), drawn smaller
    when its words do not fit on one line. At 1366 «Регионы по числу мероприятий» and «Страны по числу
    мероприятий» broke over two lines in the Страны page's 317-px side column, «Зарубежные регионы
    крупным планом» in its 492-px map column, and the charts beside them started a line lower (uxqa25)."""
    size = fitted_title_px(text, room(budget) - 2)
    with st.container(key=f"fitted_title_{key}"):
        if size < HEADING_PX:
            st.html(f"<style>.st-key-fitted_title_{key} h3 {{font-size: {size:.2f}px !important;}}</style>")
        st.subheader(text)


def empty_note() -> None:
    st.info(t("empty_section", lang()))


class FigureRequest(NamedTuple):
    """A figure to build: a builder of analytics.charts by name, and its arguments."""
    builder: str
    args: tuple
    kwargs: tuple


def figure(builder, *args, **kwargs) -> FigureRequest:
    """figure(charts.sector_bar, sectors, lang): the figure `chart` shows, built once per distinct
    input (the frame's content, the language, the highlighted keys) and then reused by every rerun
    and every session, since building a figure costs far more than showing one."""
    if getattr(charts, builder.__name__, None) is not builder:
        raise ValueError(f"{builder!r} is not a builder of analytics.charts")
    return FigureRequest(builder.__name__, args, tuple(sorted(kwargs.items())))


@st.cache_resource(show_spinner=False, max_entries=256, ttl=3600)
def _built_figure(builder: str, args: tuple, kwargs: tuple, selected: tuple) -> go.Figure:
    """The figure itself, shared: never mutated after this (st.plotly_chart only reads it)."""
    return readable_fonts(highlight(getattr(charts, builder)(*args, **dict(kwargs)), selected))


def fitted_box(key: str, aspect: float, extra_px: int, low_px: int = 300, high_px: int = 760):
    """A container whose plotly chart is as tall as the container's width over `aspect`, plus `extra_px`
    (a colour bar), between `low_px` and `high_px`: CSS container units size it at whatever width the
    browser gives the column, with no server round trip (a map without empty bands above and below)."""
    st.markdown(f"<style>.st-key-{key} {{container-type: inline-size;}} "
                f".st-key-{key} [data-testid='stPlotlyChart'] {{height: "
                f"clamp({low_px}px, calc(100cqw / {aspect:.3f} + {extra_px}px), {high_px}px) !important;}}</style>",
                unsafe_allow_html=True)
    return st.container(key=key)


def chart(fig, key: str, field: str | None = None, geo: bool = False, data: pd.DataFrame | None = None,
          stretch: bool = False) -> None:
    """Show a figure (a `figure(...)` request, or a Figure built by the caller); with `field`
    ('sectors', 'countries', 'months', …) a click on a bar or map point sets that sidebar filter to
    the clicked keys, and the bars already chosen stay solid. `data` (the frame behind the figure)
    gets a small CSV download under it."""
    config_ = plotly_config(lang(), geo)
    selected = tuple(getattr(current_filters(), field, ())) if field is not None else ()
    if isinstance(fig, FigureRequest):
        fig = _built_figure(fig.builder, fig.args, fig.kwargs, selected)
    else:
        readable_fonts(highlight(fig, selected) if selected else fig)
    height = "stretch" if stretch else "content"   # stretch: as tall as the page's CSS makes its box
    chart_alt(fig)
    if field is None:
        st.plotly_chart(fig, key=key, config=config_, width="stretch", height=height)
    else:
        st.plotly_chart(fig, key=key, config=config_, width="stretch", height=height,
                        on_select=lambda: on_chart_select(key, field), selection_mode=("points",))
    if data is not None and not data.empty:
        frame = data.copy()
        st.download_button(t("download_table", lang()), data=lambda: csv_excel_bytes(frame), file_name=f"{key}.csv",
                           mime="text/csv", on_click="ignore", type="secondary", key=f"{key}_chart_csv",
                           help=t("download_table_help", lang()))


def chart_alt(fig: go.Figure) -> None:
    """The chart's text alternative (charts.chart_summary: how many values, the largest by name and
    figure), read by a screen reader just before the chart and not drawn: plotly's SVG gives a listener
    only loose tick labels. Report text in it is escaped, so it is only ever shown as text."""
    st.html(f'<p class="chart-alt" role="note">{html.escape(chart_summary(fig, lang()))}</p>')


def cut_note(key: str, shown: int, total: int, lang: str) -> None:
    """«Показаны 20 последних из 135 402; все — в Реестре.» under a list or chart that was cut."""
    if total > shown:
        st.caption(t(key, lang, shown=format_int(shown, lang), total=format_int(total, lang)))


def download_stamp() -> str:
    return datetime.now().strftime("%Y%m%d_%H%M")


def grid_row_px() -> int:
    """The data grid's default row (and header) height in pixels: Streamlit draws it 2.1875 rem tall,
    so with this app's 17-px base font (.streamlit/config.toml) a row is 37 px, not the 35 px of a
    16-px font."""
    font = float(st.get_option("theme.baseFontSize") or 16)
    return round(2.1875 * font)


def table_height(rows: int, max_rows: int = 20, *, row_height: int | None = None) -> int:
    """Pixel height of a st.dataframe that shows `rows` rows whole, or `max_rows` whole rows and a
    scrollbar: the header, the rows and the grid's 1-px border above and below, as Streamlit sizes a
    grid itself. Before, 35-px rows were assumed and every table showed the last of its rows cut in
    half (10 rows needed 409 px and got 388)."""
    row = grid_row_px()
    return 2 + row + (row_height or row) * min(max(rows, 1), max_rows)


# Widths a table's box has at 1366×768 beside the sidebar (the narrowest screen a meeting uses): the
# main column, and the columns of st.columns([3, 2]) / ([2, 3]) with gap="large".
FULL_WIDTH_PX = 875
LAPTOP_COLUMN_PX = 877    # the main column the room frame measures at 1366 (a table's widths add to 875 in it)
COLUMN_GAP_PX = 68        # st.columns(gap="large"): 4 rem of the 17-px theme; a box wider than 875 less it spans the column
NARROW_COLUMN_PX = 315
HALF_COLUMN_PX = 403      # st.columns(2, gap="large")
PICK_COLUMN_PX = 36       # the row-selection checkbox column of a grid with on_select
WIDE_COLUMN_PX = 490
CHAR_PX = 7.3          # an average cell character of the grid's 0.875 rem type (17-px font; Cyrillic ~7.2)
HEAD_CHAR_PX = 6.7     # a Latin header character, the least a header gets (see header_px)
CELL_PAD_PX = 18       # the cell's padding, left and right
HEAD_PAD_PX = 30       # the header's padding and its menu's room, beside the per-letter estimate
HEAD_DRAWN_PAD_PX = 17  # beside a header's drawn width: the grid's 8 px of padding each side, 1 px for whole-pixel widths
MAX_NATURAL_PX = 420
SHORT_CELL_CHARS = 24  # a column whose every cell is this short is never narrowed below its text
MIN_COLUMN_PX = 40


TEXT_CELL_PX = 200     # a column whose middle cell is wider than this is the table's text (a title, a name, a role)
TEXT_SHARE = 0.28      # the least share of its box the text keeps when the other columns cannot all be whole
CONTENT_SHARE = 0.9    # a column «shrunk to its content» shows at least this share of its cells whole,
MEASURED_CHARS = 80     # cells up to this long are measured in the grid's typeface, longer ones by letters
OUTLIER = 1.5          # and every cell up to this many times as wide as that share's widest


class _Measures(NamedTuple):
    header: dict    # a column's header width: never narrower
    natural: dict   # its longest cell (a long text held to MAX_NATURAL_PX), never below floor
    floor: dict     # a column of short values: its longest cell as drawn; else its header
    whole: dict     # its longest cell, however long
    drawn: dict     # its longest cell as the grid draws it (its header if wider)
    content: dict   # as wide as its cells but the outliers need (not below its header, not above drawn)
    middle: dict    # its median cell's width


def _measures(frame: pd.DataFrame) -> _Measures:
    header = {c: header_px(c) for c in frame.columns}
    natural, floor, whole, content, middle, widest = {}, {}, {}, {}, {}, {}
    for c in frame.columns:
        cells = frame[c].dropna().astype(str)
        longest = float(cells.str.len().max()) * CHAR_PX + CELL_PAD_PX if len(cells) else 0.0
        whole[c] = max(header[c], longest)
        natural[c] = min(max(header[c], longest), max(MAX_NATURAL_PX, header[c]))
        # drawn in the grid's typeface; a cell far longer than any column (a title) by its letters, which
        # is as good there and costs nothing (typesetting the Реестр's fifty titles took ~100 ms a run)
        drawn = pd.Series([text_px(v) if len(v) <= MEASURED_CHARS else len(v) * CHAR_PX for v in cells],
                          dtype=float) + CELL_PAD_PX + 1 if len(cells) else None
        # a column of short values (a status, a region, a period) keeps its whole width, measured in the
        # grid's typeface: only the long texts (titles, quotes, raw cells) are narrowed and end in «…»
        short = len(cells) and int(cells.str.len().max()) <= SHORT_CELL_CHARS
        floor[c] = max(header[c], float(drawn.max())) if short else header[c]
        natural[c] = max(natural[c], floor[c])
        middle[c] = float(drawn.median()) if drawn is not None else 0.0
        widest[c] = max(header[c], float(drawn.max()) if drawn is not None else 0.0)
        # its whole text as the grid draws it, when that is wider than its letters estimate: a 70-letter
        # role drawn 601 px wide was «whole» at 529 + 18 and the spare room stopped short of it
        whole[c] = max(whole[c], widest[c])
        # every cell measured in the typeface (none longer than MEASURED_CHARS): that measure is its whole
        # width; the letters' estimate only overstates it (a Latin file name 274 px for the 259 it is drawn)
        # and the room it takes is another column's: the loads log's «Загружен» lost 20 px to it (uxqa24)
        if len(cells) and int(cells.str.len().max()) <= MEASURED_CHARS:
            whole[c] = widest[c]
        # its content: every cell but the outliers, those wider than OUTLIER × its CONTENT_SHARE cell (one
        # long list of countries among single names is cut; a column of dates, all about as long, is not)
        typical = float(drawn.quantile(CONTENT_SHARE)) if drawn is not None else 0.0
        usual = float(drawn[drawn <= OUTLIER * typical].max()) if drawn is not None else 0.0
        content[c] = min(widest[c], max(header[c], usual))
    return _Measures(header, natural, floor, whole, widest, content, middle)


def _common_cap(need: dict, floor: dict, budget: float) -> dict:
    """Each column at `need`, the widest ones narrowed to one common width (never below `floor`) so
    that they fit `budget`; every column at its floor when even the floors do not fit."""
    if sum(need.values()) <= budget:
        return dict(need)
    if sum(floor.values()) >= budget:
        return dict(floor)
    low, high = 0.0, max(need.values())
    for _ in range(30):          # the largest common cap that fits
        cap = (low + high) / 2
        if sum(max(floor[c], min(need[c], cap)) for c in need) <= budget:
            low = cap
        else:
            high = cap
    return {c: max(floor[c], min(need[c], low)) for c in need}


def text_columns(frame: pd.DataFrame, m: _Measures | None = None) -> list:
    """The columns that are a table's text: their middle cell is wider than TEXT_CELL_PX (a title, an
    organisation's name, a role as reported), not a date, a status or a count."""
    m = m or _measures(frame)
    return [c for c in frame.columns if m.middle[c] > TEXT_CELL_PX]


def _text_least(text: list, m: _Measures, budget: float) -> float:
    """What the text columns keep at least: TEXT_SHARE of the box, never below their headers, never
    wider than their whole text."""
    return min(sum(m.whole[c] for c in text), max(sum(m.header[c] for c in text), TEXT_SHARE * budget))


def fitted_columns(frame: pd.DataFrame, budget: int = FULL_WIDTH_PX, scaled: bool = True) -> dict:
    """column_config giving every column of `frame` a pixel width so that the table fits `budget`
    pixels with no sideways scrollbar and no header cut: each column as wide as its longest cell or
    its header, and, when that is too wide, the table's text (a title, a name, a role: text_columns)
    takes the free width while the other columns shrink to their content — whole if they can, else as
    wide as most of their cells need (CONTENT_SHARE), and only when even that leaves the text less
    than TEXT_SHARE of the box, narrowed to one common width above their headers. Before, every long
    column was narrowed to one common width: the Реестр's eight columns gave its titles 109 px of a
    laptop's 839 («Участие в…»), as wide as «Сфера». A table with no text narrows its widest columns
    to one common width, never below their header's.

    `budget` is laptop pixels; on a wider screen it grows with the measured column (room), so the
    widths, and where grid() cuts a text with «…», follow the space the table gets."""
    budget = room(budget) if scaled else budget
    m = _measures(frame)
    widths = dict(m.natural)
    if sum(m.natural.values()) > budget:
        text = text_columns(frame, m)
        if text:
            widths = _text_takes_the_room(frame, text, m, budget)
        else:
            floor = m.floor if sum(m.floor.values()) <= budget else m.header  # even the short columns do not fit
            widths = _common_cap(m.natural, floor, budget)
    widths = _spare_to_long(widths, m.whole, budget)
    return {c: st.column_config.Column(width=int(w)) for c, w in widths.items()}


def _text_takes_the_room(frame: pd.DataFrame, text: list, m: _Measures, budget: float) -> dict:
    """The other columns whole (as estimated, then as drawn), or at their content, or narrowed to what
    leaves the text its least; the text columns share what is left, the longest narrowed first.

    The text's least is TEXT_SHARE of the box (_text_least) but never so much that a column of short
    values (a status, a region: its floor) is cut for it; when even those and the text's header do not
    fit, every column narrows to one common width above its header, as in a table with no text."""
    others = [c for c in frame.columns if c not in text]
    short = sum(m.floor[c] for c in others)
    if short + sum(m.header[c] for c in text) > budget:
        return _common_cap(m.natural, m.header, budget)
    least = max(sum(m.header[c] for c in text), min(_text_least(text, m, budget), budget - short))
    for level in (m.natural, m.drawn, m.content):
        if budget - sum(level[c] for c in others) >= least:
            kept = {c: level[c] for c in others}
            break
    else:   # the short values stay whole; the longer ones narrow to one common width above their headers
        floor = {c: m.floor[c] for c in others}
        kept = _common_cap({c: max(m.content[c], floor[c]) for c in others}, floor, budget - least)
    rest = budget - sum(kept.values())
    shared = _common_cap({c: m.whole[c] for c in text}, {c: m.header[c] for c in text}, rest)
    return {c: kept[c] if c in kept else shared[c] for c in frame.columns}


def _spare_to_long(widths: dict, whole: dict, budget: float) -> dict:
    """Room left in `budget` goes to the columns still narrower than their longest text (a title held
    to MAX_NATURAL_PX), one common extra width at most, none past its text: a projector's wider table
    shows more of its titles instead of stretching its short columns around the same «…»."""
    spare = budget - sum(widths.values())
    wanting = {c: whole[c] - w for c, w in widths.items() if whole[c] > w}
    if spare <= 1 or not wanting:
        return widths
    low, high = 0.0, max(wanting.values())
    for _ in range(30):                      # the largest common extra that fits the spare room
        extra = (low + high) / 2
        if sum(min(need, extra) for need in wanting.values()) <= spare:
            low = extra
        else:
            high = extra
    return {c: w + min(wanting.get(c, 0.0), low) for c, w in widths.items()}


def columns_that_fit(frame: pd.DataFrame, wanted: list, budget: int = FULL_WIDTH_PX, first: int = 0) -> list:
    """`wanted` (most wanted first) less the columns that would leave the table's text less than its
    least share (TEXT_SHARE) of the box when every column is at its content: a laptop's Реестр shows a
    readable title and the fields beside it, a projector's shows more of them. A table with no text
    keeps every wanted column. The `first` wanted columns are kept whatever they leave (what an analyst
    needs first: the Реестр's title, dates, sector and countries); only later ones give way. Without
    it, a header measured wider (uxqa23: Cyrillic headers by their drawn width) let «Участники» take
    the place of «Страны-партнёры» at 1366, the greedy pick skipping a more wanted column for a
    narrower one."""
    wanted = [c for c in wanted if c in frame.columns]
    budget = room(budget)
    m = _measures(frame[wanted])
    text = text_columns(frame[wanted], m)
    if not text:
        return wanted
    left = budget - _text_least(text, m, budget)
    kept = []
    for i, c in enumerate(wanted):
        if c in text or m.content[c] <= left or i < first:
            kept.append(c)
            left -= 0 if c in text else m.content[c]
    return kept


def chosen_columns(frame: pd.DataFrame, defaults: list[str], key: str, lang: str,
                   budget: int | None = None, first: int = 0) -> list[str]:
    """The columns an analyst picked for a wide grid (a multiselect above it, `defaults` first), in the
    frame's own order. A laptop's 875 px hold about eight of the registry's thirty fields; the rest
    stay one click away, and every download keeps all of them.

    With `budget` (the grid's box, laptop pixels) the defaults are those that fit it beside a readable
    text (columns_that_fit, most wanted first): fewer on a laptop, more on a projector. Until the
    analyst changes the pick, it follows the box when the measured column changes."""
    options = list(frame.columns)
    wanted = [c for c in defaults if c in options]
    if budget is not None:
        wanted = columns_that_fit(frame, wanted, budget, first)
    auto = key + "_auto"
    if key not in st.session_state or st.session_state[key] == st.session_state.get(auto):
        st.session_state[key] = wanted          # never changed by hand: the defaults for this box
    st.session_state[auto] = list(wanted)
    st.session_state[key] = [c for c in st.session_state[key] if c in options]  # a language switch renames
    picked = st.multiselect(t("columns_shown", lang), options, key=key, placeholder=t("columns_pick", lang),
                            help=t("columns_help", lang))
    return [c for c in options if c in picked] or options[:2]


def fitted_grid(frame: pd.DataFrame, budget: int = FULL_WIDTH_PX, whole: tuple = (), **config) -> dict:
    """fitted_columns for `frame` with the page's own column settings (links, progress bars) kept and
    given the fitted width: the grid fits its box at 1366 px with no sideways scroll.

    A column is measured as the grid shows it: a link column with a display text («открыть») by that
    text, not by its addresses — the «Качество данных» lists' «registry?event=…» links were measured as
    40-character texts, so their «открыть» column took 200 px and counted as a text beside the title."""
    shown = _as_shown(frame, config)
    kept = {c: _measures(shown[[c]]).whole[c] for c in whole if c in shown.columns}
    if kept and sum(kept.values()) < room(budget):
        # the columns named `whole` (the loads log's file names) keep their whole width; the rest fit what is
        # left. Always, not only when every column's whole width overflows: fitted as one table, two file
        # names of 26 and 35 letters made a «text» (its middle cell over TEXT_CELL_PX) sized by its letters'
        # estimate beside a time held to it, and the longer name was cut (uxqa24)
        widths = fitted_columns(shown.drop(columns=list(kept)), room(budget) - sum(kept.values()), scaled=False)
        widths.update({c: st.column_config.Column(width=math.ceil(w)) for c, w in kept.items()})
        widths = {c: widths[c] for c in frame.columns}
    else:
        widths = fitted_columns(shown, budget)
    for name, own in config.items():
        widths[name] = {**own, "width": widths[name]["width"]} if name in widths else own
    return widths


def _as_shown(frame: pd.DataFrame, config: dict) -> pd.DataFrame:
    """`frame` with each link column that shows a fixed display text holding that text (what is measured)."""
    shown = {}
    for name, own in config.items():
        kind = own.get("type_config") or {} if isinstance(own, dict) else {}
        text = kind.get("display_text")
        if name in frame.columns and kind.get("type") == "link" and isinstance(text, str) and "(" not in text:
            shown[name] = frame[name].map(lambda v, text=text: text if isinstance(v, str) and v else v)
    return frame.assign(**shown) if shown else frame


GRID_FONT_REM = 0.875    # the grid's cell type: 0.875 × the app's base font (17 px → 14.9 px)
MISSING = "—"            # an empty cell in every grid (Streamlit's own default shows the word «None»)


@functools.lru_cache(maxsize=1)
def _grid_font():
    """The grid's own typeface (Source Sans, shipped inside Streamlit) at the grid's size, to measure a
    cell's text as the browser draws it; None when the file is not found (then CHAR_PX estimates)."""
    from PIL import ImageFont

    media = Path(st.__file__).parent / "static" / "static" / "media"
    found = sorted(media.glob("SourceSansVF-Upright*.woff2"))
    if not found:
        return None
    size = GRID_FONT_REM * float(st.get_option("theme.baseFontSize") or 16)
    try:
        face = ImageFont.truetype(str(found[0]), size * 4)    # measured 4× larger: sub-pixel widths
    except OSError:
        return None
    _regular(face)
    return face, 4.0


GRID_FONT_WEIGHT = 400   # the grid draws its cells in Source Sans Regular


def _regular(face) -> None:
    """Set a variable font's weight to the grid's Regular. Source Sans ships as one variable font whose
    default instance is ExtraLight (200): measured in it, «Киргизия» was 61 px where the grid draws 62.6
    and «посольства и консульства» 165 for 170, so a column fitted to its short values was a letter too
    narrow — «Киргизи/я» broke over two lines in the organisations' wrapping rows (uxqa17)."""
    try:
        axes = face.get_variation_axes()
    except (OSError, AttributeError):   # a static font: nothing to set
        return
    face.set_variation_by_axes([GRID_FONT_WEIGHT if a.get("name") in (b"Weight", "Weight") else a.get("default")
                                for a in axes])


@functools.lru_cache(maxsize=65536)
def text_px(text: str) -> float:
    """Width in pixels of `text` in a grid cell (remembered: a table's cells come back on every rerun)."""
    font = _grid_font()
    if font is None:
        return len(text) * CHAR_PX
    face, scale = font
    return face.getlength(text) / scale


def header_px(name) -> float:
    """The width a column needs for its header `name` whole: the header as the grid draws it (its header
    type is the cells' own, Source Sans Regular at 0.875 rem) plus the header's padding and menu room.
    The per-letter average HEAD_CHAR_PX, measured on English headers, stays the least a header gets (the
    English tables keep the widths they were checked at), but Cyrillic letters are wider: «Совместных
    мероприятий» is drawn 172 px where 22 letters × 6.7 gave 147, and the Организации dossier showed
    «Совместных мероприяти» (uxqa23). Measured in the typeface, every script's header is whole."""
    text = str(name)
    return max(MIN_COLUMN_PX, text_px(text) + HEAD_DRAWN_PAD_PX, len(text) * HEAD_CHAR_PX + HEAD_PAD_PX)


def ellipsized(text, width_px: float):
    """`text` as a grid cell `width_px` wide can show it: whole, or cut at a word (or a letter) with «…»
    so that a reader sees text is missing. The grid itself clips a long cell without any mark."""
    if not isinstance(text, str):
        return text
    room = width_px - CELL_PAD_PX
    if text_px(text) <= room:
        return text
    low, high = 0, len(text)
    while low < high:                         # the longest prefix that fits with «…»
        mid = (low + high + 1) // 2
        if text_px(text[:mid].rstrip() + "…") <= room:
            low = mid
        else:
            high = mid - 1
    cut = text[:low]
    space = cut.rfind(" ")
    if space > low * 0.6:                     # end at a word when that loses little
        cut = cut[:space]
    return cut.rstrip(" ,;:—–-") + "…"


def _no_value(v) -> bool:
    """A text cell that holds nothing: blank, or the «—» a formatter writes for a missing value."""
    return isinstance(v, str) and v.strip() in ("", MISSING)


def grid(frame: pd.DataFrame, **kwargs):
    """st.dataframe for the meeting screens: an empty cell shows «—» (not «None»), and a text cell longer
    than its column's fitted width (column_config with pixel widths, fitted_columns) ends in «…»:
    widths are fitted to a 1366-px laptop, and a wider screen only widens the columns, so a cell never
    ends mid-letter without a mark. Grids with tall, wrapping rows (row_height) are left as they are."""
    kwargs.setdefault("placeholder", MISSING)
    if isinstance(frame, pd.DataFrame):
        # a blank text (an event with no partner country: its list joined to «») is missing too: it
        # showed as an empty cell beside the «—» of an unknown count; and so is a «—» a formatter wrote
        # (format_int of an unknown count): it was drawn in the cells' black beside the placeholder's
        # grey «—» of a missing country in the same table (Участники, uxqa21) — one mark, one look
        blank = {c: frame[c].map(lambda v: None if _no_value(v) else v)
                 for c in frame.columns if (frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c])) and frame[c].map(
                     _no_value).any()}
        if blank:
            frame = frame.assign(**blank)
    config = kwargs.get("column_config") or {}
    if isinstance(frame, pd.DataFrame) and config and not kwargs.get("row_height"):
        cut = {}
        for name, own in config.items():
            width = own.get("width") if isinstance(own, dict) else None
            if name not in frame.columns or not isinstance(width, int) or own.get("type_config", {}).get("type") == "link":
                continue
            if frame[name].dtype == object or pd.api.types.is_string_dtype(frame[name]):
                cut[name] = frame[name].map(lambda v, w=width: ellipsized(v, w))
        if cut:
            frame = frame.assign(**cut)
    if isinstance(frame, pd.DataFrame) and kwargs.get("width") == "stretch" and not kwargs.get("row_height"):
        natural = short_grid_widths(frame, config, kwargs.get("hide_index"))
        if natural:
            kwargs["width"] = "content"
            kwargs["column_config"] = {**config, **{c: {**(config.get(c) or {}), "width": w}
                                                    for c, w in natural.items()}}
    return st.dataframe(frame, **kwargs)


SHORT_GRID_PX = FULL_WIDTH_PX // 2   # a grid whose whole content needs at most this is drawn at that width


def short_grid_widths(frame: pd.DataFrame, config: dict | None = None, hide_index=True) -> dict | None:
    """Each column's whole width (its header or its widest cell as the grid draws it) when all of them
    together need no more than SHORT_GRID_PX (half a laptop's main column), else None.

    Such a grid is drawn at that natural width, left-aligned, instead of stretched across its box: at
    1920 «Заполненность полей» spread a field's name and its «100 %» over ~1,400 px, and the dossier's
    short lists a name and a count over a half page, so the eye crossed empty space from a label to its
    number. The rule does not depend on the screen: every column is as wide as its widest cell, so
    nothing is cut at 1366 either. A grid with a shown index, or any longer grid, stays stretched."""
    if not hide_index or frame.empty or len(frame.columns) == 0:
        return None
    shown = _as_shown(frame, config or {})
    if sum(header_px(c) for c in shown.columns) > SHORT_GRID_PX:   # cheap: no cell measured
        return None
    whole = _measures(shown).whole
    widths = {c: math.ceil(max(w, MIN_COLUMN_PX)) for c, w in whole.items()}
    return widths if sum(widths.values()) <= SHORT_GRID_PX else None


def frame_or_note(df: pd.DataFrame) -> bool:
    if df is None or df.empty:
        empty_note()
        return False
    return True


def officials_table(people: pd.DataFrame, lang: str, budget: int = FULL_WIDTH_PX) -> None:
    """The dossier's officials (queries.officials): names (Latin in English), how many events, the role
    as the report words it, and the events' numbers. The count sits before the long role and every
    column has a width, so its header «Мероприятий» is never cut to «Мер…»."""
    people = people.assign(event_numbers=people["event_numbers"].map(lambda ns: ", ".join(f"№ {n}" for n in ns)),
                           name=people["name"].map(lambda n: transliterate(n) if lang == "en" else n))
    people = people[["name", "events", "role", "event_numbers"]]
    shown = people.rename(columns={"name": t("col_name", lang), "role": t("col_role", lang),
                                   "events": t("col_events", lang), "event_numbers": t("col_event_numbers", lang)})
    grid(shown, hide_index=True, height=table_height(len(people), 10), width="stretch",
                 column_config=fitted_columns(shown, budget))


def period_cells(column: pd.Series, lang: str) -> pd.Series:
    """Stored period labels in the UI language ('IV кв. 2024' → 'Q4 2024')."""
    return column.map(lambda v: period_text(v, lang))


def place_cells(column: pd.Series, lang: str) -> pd.Series:
    """Russian place names in the UI language ('Смоленская область' → 'Smolensk Oblast')."""
    return column.map(lambda v: place_name(v, lang))


def moment_cells(column: pd.Series, lang: str) -> pd.Series:
    """Stored moments in the app's date style ('2026-11-28 09:52:44' → '28 ноября 2026, 09:52'), «—» where
    none: «Качество данных»'s loads log and corrections showed the database's raw timestamps while «Данные»
    listed the same load as «28 ноября 2026, 09:52» (and the English page the Russian-ordered ISO form)."""
    return pd.to_datetime(column, errors="coerce").map(lambda moment: format_datetime(moment, lang)).astype(object)


def event_link(event_id) -> str | None:
    """The Реестр with this event open in the detail view ('registry?event=<id>'); None without an event."""
    return f"registry?event={quote(str(event_id))}" if isinstance(event_id, str) else None


def said_once(frame: pd.DataFrame, columns, lang: str) -> pd.DataFrame:
    """`frame` less those of `columns` (a list's context: its period, region, severity, field) that hold
    one value on every one of its rows; a caption above the list names them once: «В каждой строке:
    Период — IV кв. 2024 · Регион — Смоленская область».

    With one report loaded, «Качество данных»'s lists repeated «IV кв. 2024 | Смоленская область» on
    every row: 240 of a laptop's 875 px, so the columns that differ from row to row were cut — an event's
    dates outside the quarter, the very point of that list, showed «25 сент…», the raw text «25 сентя…».
    A list of one row keeps its columns (nothing repeats); a column that differs keeps its place."""
    if len(frame) < 2:
        return frame
    same = [c for c in columns if c in frame.columns and frame[c].notna().all() and frame[c].astype(str).nunique() == 1]
    if not same:
        return frame
    cells = " · ".join(f"{c} — {markdown_literal(str(frame[c].iloc[0]))}" for c in same)
    st.caption(t("same_in_every_row", lang, cells=cells))
    return frame.drop(columns=same)


def linked_table(frame: pd.DataFrame, lang: str, budget: int = FULL_WIDTH_PX, once=(), **config) -> None:
    """A problem list of «Качество данных»: its «Открыть» column links each row to its event; those of
    the `once` columns that repeat one value on every row are said once above it (said_once)."""
    frame = said_once(frame, once, lang)
    link = st.column_config.LinkColumn(t("q_open", lang), display_text=t("q_open_text", lang), width="small")
    grid(frame, hide_index=True, width="stretch", height=table_height(len(frame), 15),
                 column_config=fitted_grid(frame, budget, **{t("q_open", lang): link, **config}))


MONTHS_IN_BARS = 120     # ten years of bars per month
MONTHS_IN_HEATMAP = 60   # five years: a narrower heatmap cell loses its number on a 1366 px screen


def latest_months(frame: pd.DataFrame, shown: int, lang: str) -> pd.DataFrame:
    """The rows of the latest `shown` months of a per-month frame (column 'month', 'YYYY-MM'), with a
    caption when earlier months were left out: 1 106 months of bars are thinner than a pixel."""
    months = frame["month"].drop_duplicates().sort_values()
    if len(months) <= shown:
        return frame
    cut_note("cut_months", shown, len(months), lang)
    return frame[frame["month"].isin(set(months.iloc[-shown:]))].reset_index(drop=True)


def _needed_px(frame: pd.DataFrame) -> float:
    """The width fitted_columns gives `frame` when nothing needs narrowing (its natural width)."""
    total = 0.0
    for c in frame.columns:
        header = header_px(c)
        cells = frame[c].dropna().astype(str)
        longest = float(cells.str.len().max()) * CHAR_PX + CELL_PAD_PX if len(cells) else 0.0
        total += min(max(header, longest), max(MAX_NATURAL_PX, header))
    return total


def fill_rate_grid(rates: pd.DataFrame, fields: tuple[str, ...], lang: str,
                   budget: int = FULL_WIDTH_PX) -> pd.DataFrame:
    """«Качество данных»'s fill rates with the fields as rows and the reports as columns, the latest
    reports first and only as many as fit `budget` pixels at 1366 px.

    One row per report needed eleven columns whose headers alone («Зарубежные регионы», «Должностные
    лица», …) took ~1,000 px of a laptop's 875, so the table scrolled sideways; a field's name is
    now a row's first cell, where it has the room, and a report needs only its period (and its
    region when several regions are listed): 'IV кв. 2024' → 78, 100 %, 90 %, …. `rates` is
    queries' fill_rates_latest (period_label, region, events and a 0–1 share per field)."""
    several = rates["region"].nunique() > 1
    grid = pd.DataFrame({t("q_field", lang): [t("col_events", lang)] + [t(f"q_fill_{f}", lang) for f in fields]})
    for _, row in rates.iterrows():
        head = period_text(row["period_label"], lang)
        if several:
            head = f"{head} · {place_name(row['region'], lang)}"
        cells = [format_int(int(row["events"]), lang)] + [
            f"{int(round(float(row[f]) * 100))}\u00a0%" if lang == "ru" else f"{int(round(float(row[f]) * 100))}%"
            for f in fields]
        wider = grid.assign(**{head: cells})
        if len(grid.columns) > 1 and _needed_px(wider) > budget:
            break
        grid = wider
    return grid
