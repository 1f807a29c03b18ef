"""The global filters: sidebar widgets kept in st.session_state, mirrored in st.query_params (a copied
link reproduces the view), and chart clicks that set a filter until «Сбросить выбор»."""
from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from analytics.filters import URL_KEYS, Filters
from analytics.formatting import month_label, quarter_label
from analytics.i18n import (DIRECTION_LABELS, EVENT_TYPE_LABELS_I18N, FORMAT_LABELS, option_label, place_name,
                            sector_label, t)

from .access import LANG_KEY, db_path, lang, lookup, query, signature

LIST_FIELDS = ("regions", "reports", "held", "sectors", "countries", "formats", "directions", "event_types", "months")
WIDGET = {name: f"f_{name}" for name in (*LIST_FIELDS, "search")}
SELECTION_PREV = "_selection_prev"      # field → values before a chart click changed it
SELECTION_CHARTS = "_selection_charts"  # chart keys whose selection is active
_URL_LOADED = "_url_loaded"
DROPPED = "_dropped_filter_values"   # (field, value) a link asked for that this database does not have


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

def reset_all() -> None:
    for name in LIST_FIELDS:
        st.session_state[WIDGET[name]] = []
    st.session_state[WIDGET["search"]] = ""
    _forget_selection()


def _forget_selection() -> None:
    for key in st.session_state.get(SELECTION_CHARTS, []):
        try:
            del st.session_state[key]
        except (KeyError, Exception):  # a chart's state may be gone already
            pass
    st.session_state[SELECTION_CHARTS] = []
    st.session_state[SELECTION_PREV] = {}


def reset_step() -> None:
    """The header's «Сбросить»: first undoes chart clicks (back to the filters before them), then —
    pressed again, or when no click is active — clears every filter, whatever set it (sidebar, link)."""
    if st.session_state.get(SELECTION_PREV):
        clear_selection()
    else:
        reset_all()


def clear_selection() -> None:
    """'Сбросить выбор': the filters a chart click set go back to what they were before the click."""
    for name, values in st.session_state.get(SELECTION_PREV, {}).items():
        st.session_state[WIDGET[name]] = list(values)
    _forget_selection()


REPORTS_LISTED = 120  # report options without a region chosen: the latest ones (13 000 reports make no list)


@dataclass(frozen=True)
class Choices:
    """What the sidebar offers for one database version and language, computed once and shared by
    every run and session (read only): at a million events that is 13 000 reports and 1 100 months,
    whose labels cost more to format on every rerun than the page itself."""
    available: dict[str, list[str]]
    known: dict[str, frozenset]
    labels: dict[str, dict[str, str]]
    reports_by_region: dict[str, list[str]]
    reports_help: str | None


@st.cache_resource(show_spinner=False, max_entries=8, ttl=3600)
def _choices(path: str, signature, ln: str) -> Choices:
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
        "held": opts["held"]["quarter"].tolist(),
    }
    headings = dict(zip(opts["sectors"]["sector_key"], opts["sectors"]["heading"]))
    reports = opts["reports"]
    region_of = dict(zip(reports["report_id"], reports["region"]))
    by_region: dict[str, list[str]] = {}
    for report_id, region in zip(reports["report_id"], reports["region"]):
        by_region.setdefault(region, []).append(report_id)
    places = {r: place_name(r, ln) for r in set(available["regions"]) | set(region_of.values())}
    formatters = {
        "regions": lambda r: places.get(r, r),
        "reports": lambda r: f"{look.periods.get(r, r)} · {places.get(region_of.get(r, ''), '')}",
        "sectors": lambda k: sector_label(k, ln, headings.get(k)),
        "countries": lambda c: look.countries.get(c, c),
        "formats": lambda k: option_label(FORMAT_LABELS, k, ln),
        "directions": lambda k: option_label(DIRECTION_LABELS, k, ln),
        "event_types": lambda k: option_label(EVENT_TYPE_LABELS_I18N, k, ln),
        "months": lambda m: month_label(m, ln),
        "held": lambda q: quarter_label(q, ln),
    }
    labels = {name: {value: formatters[name](value) for value in values} for name, values in available.items()}
    if len(available["reports"]) <= REPORTS_LISTED:
        file_of = dict(zip(reports["report_id"], reports["file_name"]))
        reports_help = "; ".join(f"{look.periods.get(r, r)}: {file_of[r]}" for r in available["reports"])
    else:
        reports_help = t("f_reports_help_many", ln, n=len(available["reports"]), shown=REPORTS_LISTED)
    return Choices(available, {name: frozenset(values) for name, values in available.items()}, labels, by_region,
                   reports_help)


def _report_options(choices: Choices, regions: list[str], chosen: list[str]) -> list[str]:
    """Every report when there are few; else the chosen regions' reports, or the latest ones; the
    reports already chosen (a link, an earlier pick) always stay offered."""
    every = choices.available["reports"]
    if len(every) <= REPORTS_LISTED:
        return every
    if regions:
        offered = [r for region in regions for r in choices.reports_by_region.get(region, [])]
    else:
        offered = every[-REPORTS_LISTED:]
    listed = set(offered)
    return [r for r in chosen if r not in listed] + offered


def keep_filters() -> None:
    """The filters survive a page that does not draw their widgets: Streamlit forgets the state of a
    widget not drawn in a run, so each value is written back as plain session state."""
    for key in WIDGET.values():
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def sidebar(reason: str | None = None) -> Filters:
    """Global filters, mirrored in the URL; returns the Filters they make.

    `reason` (an i18n key) marks a page the filters do not apply to (the quarterly review shows the
    whole quarter, «Качество данных» and «Данные» every report): its sidebar shows no filter widgets
    that would do nothing, but says so in a sentence, and the chosen filters stay in the URL and the
    session for the next page that uses them."""
    ln = lang()
    if reason is not None:
        keep_filters()
        filters = current_filters()
        with st.sidebar:
            st.toggle(t("english", ln), key=LANG_KEY)
            st.header(t("filters", ln))
            active = "" if filters.is_empty else " " + t("filters_kept", ln)
            st.info(t("filters_not_here", ln, reason=t(reason, ln)) + active)
        _sync_url(filters)
        return filters
    choices = _choices(str(db_path()), signature(), ln)
    available = choices.available
    several_regions = len(available["regions"]) > 1
    dropped = []
    for name in available:  # values from a URL that this database does not know
        chosen = st.session_state.get(WIDGET[name])
        if chosen:
            known = choices.known[name]
            dropped += [(name, v) for v in chosen if v not in known]
            st.session_state[WIDGET[name]] = [v for v in chosen if v in known]
    if dropped:
        st.session_state[DROPPED] = st.session_state.get(DROPPED, []) + dropped
    if not several_regions:  # the region filter appears only once a second region is loaded
        st.session_state[WIDGET["regions"]] = []
    options = dict(available, reports=_report_options(choices, list(st.session_state.get(WIDGET["regions"]) or []),
                                                       list(st.session_state.get(WIDGET["reports"]) or [])))
    with st.sidebar:
        st.toggle(t("english", ln), key=LANG_KEY)
        st.header(t("filters", ln))
        st.text_input(t("f_search", ln), key=WIDGET["search"], help=t("f_search_help", ln),
                      placeholder=t("search_placeholder", ln))
        for name in LIST_FIELDS:
            if name == "regions" and not several_regions:
                continue
            help_text = {"reports": choices.reports_help, "held": t("f_held_help", ln)}.get(name)
            labels = choices.labels[name]
            st.multiselect(t(f"f_{name}", ln), options=options[name], key=WIDGET[name],
                           format_func=lambda v, labels=labels: labels.get(v, v), placeholder=t("all", ln),
                           help=help_text)
        st.button(t("reset_filters", ln), on_click=reset_all, width="stretch")
    filters = current_filters()
    _sync_url(filters)
    return filters


def on_chart_select(chart_key: str, field: str) -> None:
    """A click on a bar or map point (its customdata holds the key) becomes that sidebar filter; the
    previous values are kept so «Сбросить выбор» can restore them."""
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
    prev = st.session_state.setdefault(SELECTION_PREV, {})
    prev.setdefault(field, list(st.session_state.get(WIDGET[field]) or []))
    charts = st.session_state.setdefault(SELECTION_CHARTS, [])
    if chart_key not in charts:
        charts.append(chart_key)
    st.session_state[WIDGET[field]] = values
