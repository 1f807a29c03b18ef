"""The Streamlit edge of the analytics package (the only module here that imports streamlit).

It owns: the database resource, cached query results keyed by (query, filters, database file
signature), the sidebar filters kept in st.session_state and mirrored in st.query_params (so a
copied link reproduces the view), chart clicks that become filters, and the page header sentence.
"""
from __future__ import annotations

import os
import runpy
import threading
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pandas as pd
import streamlit as st

from etl import config

from . import quality as quality_queries
from . import queries
from .db import DatabaseMissing, ReadOnlyDatabase, file_signature
from .filters import URL_KEYS, Filters, Lookup
from .formatting import month_label
from .i18n import (DIRECTION_LABELS, EVENT_TYPE_LABELS_I18N, FORMAT_LABELS, option_label, sector_label, t)

_ENTRY = Path(__file__).resolve().parent.parent / "dashboard.py"
LIST_FIELDS = ("regions", "reports", "sectors", "countries", "formats", "directions", "event_types", "months")
WIDGET = {name: f"f_{name}" for name in (*LIST_FIELDS, "search")}
LANG_KEY = "lang_en"
_SELECTION_PREV = "_selection_prev"      # field → values before a chart click changed it
_SELECTION_CHARTS = "_selection_charts"  # chart keys whose selection is active
_URL_LOADED = "_url_loaded"

CSS = """
<style>
  .block-container {padding-top: 2.2rem; padding-bottom: 3rem; max-width: 1800px;}
  [data-testid="stMetricValue"] {font-size: 2.3rem; font-weight: 600;}
  [data-testid="stMetricLabel"] p {font-size: 1.02rem; white-space: normal; line-height: 1.25;}
  [data-testid="stMetricLabel"] div {white-space: normal; overflow: visible;}
  [data-testid="stMetricDelta"] div {white-space: normal; overflow: visible; text-overflow: clip;}
  .shown-caption {font-size: 1.08rem; color: #3e4c59; margin: -0.4rem 0 0.6rem 0;}
  h1 {font-size: 2.2rem !important;}
  h3 {margin-top: 0.6rem;}
</style>
"""


# ------------------------------------------------------------------ router

_ROUTER = threading.local()


@contextmanager
def routed():
    """Marks a page run as coming through dashboard.py's router (st.navigation)."""
    depth = getattr(_ROUTER, "depth", 0)
    _ROUTER.depth = depth + 1
    try:
        yield
    finally:
        _ROUTER.depth = depth


def enter_page() -> None:
    """First line of every page in pages/.

    A `pages/` folder beside the entry script makes Streamlit start in its old multipage mode, which
    runs a directly linked page (/sectors) on its own, before dashboard.py has ever called
    st.navigation in this process (and AppTest does so on every switch_page). Such a run executes the
    router instead, which runs this page inside it with the sidebar and page config, then stops."""
    if getattr(_ROUTER, "depth", 0):
        return
    runpy.run_path(str(_ENTRY), run_name="__main__")
    st.stop()


# ------------------------------------------------------------------ language and data access

def lang() -> str:
    return "en" if st.session_state.get(LANG_KEY) else "ru"


@st.cache_resource(show_spinner=False)
def _database(path: str) -> ReadOnlyDatabase:
    return ReadOnlyDatabase(path)


def db_path() -> Path:
    """etl.config.DB_PATH, with ENGAGEMENT_DB read at call time so a test or a second instance can
    point the running code at another database."""
    override = os.environ.get("ENGAGEMENT_DB")
    return Path(override) if override else config.DB_PATH


def raw_dir() -> Path:
    """Where uploaded originals are kept (ENGAGEMENT_RAW_DIR read at call time, else etl.config)."""
    override = os.environ.get("ENGAGEMENT_RAW_DIR")
    return Path(override) if override else config.RAW_DIR


def edits_dir() -> Path:
    """Where analysts' corrections and duplicate decisions are kept (ENGAGEMENT_EDITS_DIR)."""
    override = os.environ.get("ENGAGEMENT_EDITS_DIR")
    return Path(override) if override else config.EDITS_DIR


def signature():
    return file_signature(db_path())


_MODULES = {"queries": queries, "quality": quality_queries}


@st.cache_data(show_spinner=False, max_entries=2048)
def _cached(name: str, path: str, file_sig, args: tuple, module: str = "queries"):
    cursor = _database(path).cursor()
    try:
        return getattr(_MODULES[module], name)(cursor, *args)
    finally:
        cursor.close()


def query(name: str, *args):
    """queries.<name>(con, *args), cached per arguments and per database file version: a swapped-in
    database (new inode/mtime) gives new results without restarting the app."""
    return _cached(name, str(db_path()), signature(), args)


def quality(name: str, *args):
    """analytics.quality.<name>(con, *args), cached like `query`."""
    return _cached(name, str(db_path()), signature(), args, "quality")


def require_database() -> bool:
    """False (after explaining what to run) when the ETL has not built the database yet."""
    if signature() is None:
        st.error(t("no_db", lang(), path=db_path()))
        return False
    try:
        if query("reports").empty:
            st.warning(t("no_reports", lang()))
            return False
    except DatabaseMissing:
        st.error(t("no_db", lang(), path=db_path()))
        return False
    return True


def has_reports() -> bool:
    """Whether the database exists and holds a report (no message: the data desk asks this)."""
    if signature() is None:
        return False
    try:
        return not query("reports").empty
    except DatabaseMissing:
        return False


def lookup() -> Lookup:
    return query("lookup", lang())


# ------------------------------------------------------------------ URL ↔ session state

def load_from_url() -> None:
    """Once per session: the URL's query string becomes the widgets' initial state."""
    if st.session_state.get(_URL_LOADED):
        return
    st.session_state[_URL_LOADED] = True
    params = {key: st.query_params.get_all(key) for key in st.query_params.keys()}
    filters = Filters.from_query_params({k: v for k, v in params.items()})
    for name in LIST_FIELDS:
        if getattr(filters, name):
            st.session_state[WIDGET[name]] = list(getattr(filters, name))
    if filters.search:
        st.session_state[WIDGET["search"]] = filters.search
    if params.get("lang", [""])[-1] == "en":
        st.session_state[LANG_KEY] = True


def current_filters() -> Filters:
    values = {name: tuple(st.session_state.get(WIDGET[name]) or ()) for name in LIST_FIELDS}
    return Filters(**values, search=st.session_state.get(WIDGET["search"]) or "")


_OWNED_URL_KEYS = set(URL_KEYS.values()) | {"lang"}


def _sync_url(filters: Filters) -> None:
    """Writes the filters into the query string; keys of a page's own (review: slide, present…) stay."""
    current = {key: st.query_params.get(key) for key in st.query_params.keys()}
    wanted = {k: v for k, v in current.items() if k not in _OWNED_URL_KEYS}
    wanted.update(filters.to_query_params())
    if lang() == "en":
        wanted["lang"] = "en"
    if current != wanted:
        st.query_params.from_dict(wanted)


# ------------------------------------------------------------------ sidebar

def _reset_all() -> None:
    for name in LIST_FIELDS:
        st.session_state[WIDGET[name]] = []
    st.session_state[WIDGET["search"]] = ""
    _forget_selection()


def _forget_selection() -> None:
    for key in st.session_state.get(_SELECTION_CHARTS, []):
        try:
            del st.session_state[key]
        except (KeyError, Exception):  # a chart's state may be gone already
            pass
    st.session_state[_SELECTION_CHARTS] = []
    st.session_state[_SELECTION_PREV] = {}


def clear_selection() -> None:
    """'Сбросить выбор': the filters a chart click set go back to what they were before the click."""
    for name, values in st.session_state.get(_SELECTION_PREV, {}).items():
        st.session_state[WIDGET[name]] = list(values)
    _forget_selection()


def sidebar() -> Filters:
    """Global filters (every page), mirrored in the URL; returns the Filters they make."""
    ln = lang()
    opts = query("options")
    look = lookup()
    available = {
        "regions": opts["regions"]["region"].tolist(),
        "reports": opts["reports"]["report_id"].tolist(),
        "sectors": opts["sectors"]["sector_key"].tolist(),
        "countries": opts["countries"]["country_code"].tolist(),
        "formats": opts["formats"]["format"].tolist(),
        "directions": opts["directions"]["direction"].tolist(),
        "event_types": opts["event_types"]["event_type"].tolist(),
        "months": opts["months"]["month"].tolist(),
    }
    several_regions = len(available["regions"]) > 1
    for name, values in available.items():  # values from a URL that this database does not know
        chosen = st.session_state.get(WIDGET[name])
        if chosen:
            st.session_state[WIDGET[name]] = [v for v in chosen if v in values]
    if not several_regions:  # the region filter appears only once a second region is loaded
        st.session_state[WIDGET["regions"]] = []
    headings = dict(zip(opts["sectors"]["sector_key"], opts["sectors"]["heading"]))
    file_of = dict(zip(opts["reports"]["report_id"], opts["reports"]["file_name"]))
    region_of = dict(zip(opts["reports"]["report_id"], opts["reports"]["region"]))
    formatters = {
        "regions": lambda r: r,
        "reports": lambda r: f"{look.periods.get(r, r)} · {region_of.get(r, '')}",
        "sectors": lambda k: sector_label(k, ln, headings.get(k)),
        "countries": lambda c: look.countries.get(c, c),
        "formats": lambda k: option_label(FORMAT_LABELS, k, ln),
        "directions": lambda k: option_label(DIRECTION_LABELS, k, ln),
        "event_types": lambda k: option_label(EVENT_TYPE_LABELS_I18N, k, ln),
        "months": lambda m: month_label(m, ln),
    }
    with st.sidebar:
        st.toggle(t("english", ln), key=LANG_KEY)
        st.header(t("filters", ln))
        st.text_input(t("f_search", ln), key=WIDGET["search"], help=t("f_search_help", ln),
                      placeholder=t("search_placeholder", ln))
        for name in LIST_FIELDS:
            if name == "regions" and not several_regions:
                continue
            help_text = None
            if name == "reports":
                help_text = "; ".join(f"{look.periods.get(r, r)}: {file_of[r]}" for r in available["reports"])
            st.multiselect(t(f"f_{name}", ln), options=available[name], key=WIDGET[name],
                           format_func=formatters[name], placeholder=t("all", ln), help=help_text)
        st.button(t("reset_filters", ln), on_click=_reset_all, width="stretch")
    filters = current_filters()
    _sync_url(filters)
    return filters


# ------------------------------------------------------------------ page parts

def inject_css() -> None:
    st.markdown(CSS, unsafe_allow_html=True)


def page_header(title_key: str) -> Filters | None:
    """Title, the 'Показаны: …' sentence and the selection reset; None (with a helpful message)
    when nothing matches, so the page stops laying out."""
    ln = lang()
    filters = current_filters()
    st.title(t(title_key, ln))
    count = query("count_events", filters)
    left, right = st.columns([5, 1], vertical_alignment="center")
    with left:
        st.markdown(f'<div class="shown-caption">{_escape(filters.sentence(count, lookup(), ln))}</div>',
                    unsafe_allow_html=True)
    with right:
        active = bool(st.session_state.get(_SELECTION_PREV))
        st.button(t("reset_selection", ln), on_click=clear_selection, disabled=not active,
                  key=f"reset_selection_{title_key}", width="stretch", help=t("click_hint", ln))
    if count == 0:
        st.info(t("empty", ln))
        return None
    return filters


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def empty_note() -> None:
    st.info(t("empty_section", lang()))


def _on_chart_select(chart_key: str, field: str) -> None:
    event = st.session_state.get(chart_key)
    points = []
    try:
        points = event["selection"]["points"] if event else []
    except (KeyError, TypeError):
        points = []
    values = []
    for point in points:
        data = point.get("customdata")
        if isinstance(data, (list, tuple)):
            data = data[0] if data else None
        if data is not None and data not in values:
            values.append(str(data))
    if not values:
        return
    prev = st.session_state.setdefault(_SELECTION_PREV, {})
    prev.setdefault(field, list(st.session_state.get(WIDGET[field]) or []))
    charts = st.session_state.setdefault(_SELECTION_CHARTS, [])
    if chart_key not in charts:
        charts.append(chart_key)
    st.session_state[WIDGET[field]] = values


def chart(fig, key: str, field: str | None = None, geo: bool = False, data: pd.DataFrame | None = None) -> None:
    """Show a figure; with `field` ('sectors', 'countries', 'months', …) a click on a bar or map
    point sets that sidebar filter to the clicked keys. `data` (the frame behind the figure) gets
    a small CSV download under it."""
    from .charts import GEO_CONFIG, PLOTLY_CONFIG
    from .exports import csv_bytes

    config_ = GEO_CONFIG if geo else PLOTLY_CONFIG
    if field is None:
        st.plotly_chart(fig, key=key, config=config_, width="stretch")
    else:
        st.plotly_chart(fig, key=key, config=config_, width="stretch",
                        on_select=lambda: _on_chart_select(key, field), selection_mode=("points",))
    if data is not None and not data.empty:
        frame = data.copy()
        st.download_button(t("download_table", lang()), data=lambda: csv_bytes(frame), file_name=f"{key}.csv",
                           mime="text/csv", on_click="ignore", type="tertiary", key=f"{key}_csv")


def download_stamp() -> str:
    return datetime.now().strftime("%Y%m%d_%H%M")


def table_height(rows: int, max_rows: int = 20) -> int:
    return 38 + 35 * min(max(rows, 1), max_rows)


def frame_or_note(df: pd.DataFrame) -> bool:
    if df is None or df.empty:
        empty_note()
        return False
    return True


__all__ = ["lang", "query", "sidebar", "page_header", "chart", "require_database", "load_from_url", "inject_css",
           "lookup", "URL_KEYS"]
