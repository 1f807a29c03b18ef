"""Streamlit glue of «Организации»: the kind/country filters kept in the URL, the ranked table with its
downloads, the network view whose click opens a dossier, new and lapsed partners, the organisation
dossier, and the country dossier's list of organisations.

URL state: `?kind=culture,education&org_country=BY&org_year=2024&org=<org_key>` (one comma-joined value per key:
the sidebar rewrites the query string with single values and keeps keys it does not own). Results
are cached per arguments and database version like ui/access.query."""
from __future__ import annotations

from dataclasses import replace

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analytics import charts, exports, org_network, organisations
from analytics.charts import plotly_config
from analytics.filters import Filters
from analytics.formatting import format_date, format_date_range, format_int, format_quarter, markdown_literal
from analytics.i18n import (AGREEMENT_LABELS, ORG_KIND_LABELS, ORG_ROLE_LABELS, ORG_STATUS_LABELS, option_label,
                            sector_label, t, transliterate)

from analytics.org_names import org_name

from . import access, widgets

SHOWN_ORGS = 200
SHOWN_EVENTS = 50
SHOWN_AGREEMENTS = organisations.DOSSIER_AGREEMENTS   # the dossier's lists; all rows are in its downloads
SHOWN_PEOPLE = organisations.DOSSIER_PEOPLE
NETWORK_NODES = 150
PICK = "org_pick"                 # the dossier's selectbox (its value is the open organisation)
YEAR = "org_year"                 # the page's year: '' = every year, else '2024'
KINDS, COUNTRIES = "org_kinds", "org_countries"
URL_KEYS = {KINDS: "kind", COUNTRIES: "org_country"}
SINGLE_KEYS = {YEAR: "org_year", PICK: "org"}   # state keys holding one value, not a list
_URL_SEEN = "_org_url_seen"       # the URL values this page has applied or written itself
_NETWORK_SEEN = "_org_network_click"
_RANKED_SEEN = "_org_ranked_click"


@st.cache_data(show_spinner=False, max_entries=512)
def _cached(name: str, path: str, file_sig, args: tuple, kwargs: tuple = (), _snapshot=None):
    cursor = _snapshot.cursor()
    try:
        return getattr(organisations, name)(cursor, *args, **dict(kwargs))
    finally:
        cursor.close()


def query(name: str, *args, **kwargs):
    """analytics.organisations.<name>(con, *args, **kwargs), cached per arguments and database version."""
    pinned = access.snapshot()
    return _cached(name, str(access.db_path()), pinned.signature, args, tuple(sorted(kwargs.items())), pinned)


def available(lang: str, quiet: bool = False) -> bool:
    """Whether this database has organisations at all; says why not unless `quiet`."""
    if query("available"):
        return True
    if not quiet:
        st.info(t("org_not_loaded", lang))
    return False


# ------------------------------------------------------------------ URL state

def load_url() -> None:
    """Apply URL values the page did not write itself (a link opened, a bookmark, a network click)."""
    seen = st.session_state.setdefault(_URL_SEEN, {})
    for state_key, url_key in {**URL_KEYS, **SINGLE_KEYS}.items():
        value = st.query_params.get(url_key)
        if value is not None and value != seen.get(url_key):
            seen[url_key] = value
            st.session_state[state_key] = value if state_key in SINGLE_KEYS else [v for v in value.split(",") if v]


def write_url() -> None:
    seen = st.session_state.setdefault(_URL_SEEN, {})
    for state_key, url_key in {**URL_KEYS, **SINGLE_KEYS}.items():
        value = st.session_state.get(state_key)
        value = ",".join(value) if isinstance(value, list) else value
        if value:
            if st.query_params.get(url_key) != value:
                st.query_params[url_key] = value
            seen[url_key] = value
        elif url_key in st.query_params:
            del st.query_params[url_key]
            seen.pop(url_key, None)


def _country_name(code, lang: str, names: dict[str, str]) -> str:
    return names.get(code, code) if isinstance(code, str) and code else "—"


def _name(name: str, lang: str) -> str:
    """Report text stays as written; in English a Latin transliteration, as for officials' names."""
    return transliterate(name) if lang == "en" else name


def _org(name: str, lang: str) -> str:
    """An organisation's name: in English by rule where every word has an English form
    (analytics.org_names: «Министерство экономики Республики Беларусь» → «Ministry of Economy of
    Belarus»), else transliterated; the Russian stays on the network's hover and under the dossier's title."""
    return org_name(name, lang)


def in_year(filters: Filters, year: str | None) -> Filters:
    """The sidebar filters narrowed to the events held in `year` ('2024'; None or '' leaves them): the
    sidebar's own «held in» filter with the year's four quarters — what the Реестр shows for the same
    quarters — kept to the quarters the sidebar already chose, if any (none left: nothing matches)."""
    if not year:
        return filters
    quarters = tuple(f"{year}Q{q}" for q in range(1, 5))
    if filters.held:
        quarters = tuple(q for q in filters.held if q in quarters) or ("no-quarter",)
    return replace(filters, held=quarters)


def year_pick(filters: Filters, lang: str, column) -> str:
    """The year selectbox («Все годы», 2025, 2024, …: the years the filtered events were held in)."""
    years = [str(y) for y in query("year_options", filters)]
    chosen = st.session_state.get(YEAR) or ""
    options = [""] + years + ([chosen] if chosen and chosen not in years else [])   # a linked year stays listed
    if st.session_state.get(YEAR) not in options:
        st.session_state[YEAR] = ""
    return column.selectbox(t("org_year_filter", lang), options, key=YEAR, help=t("org_year_help", lang),
                            format_func=lambda y: y or t("org_all_years", lang))


def filter_row(filters: Filters, lang: str) -> tuple[tuple[str, ...], tuple[str, ...], Filters]:
    """The year selectbox and the kind and country multiselects (options from the data under the
    sidebar filters). Returns the kinds, the countries and the filters narrowed to the year."""
    names = dict(access.lookup().countries)
    year_column, left, right = st.columns([1, 2, 2])
    filters = in_year(filters, year_pick(filters, lang, year_column))
    kinds = query("kind_options", filters)["kind"].tolist()
    countries = query("country_options", filters)["country"].tolist()
    for key, options in ((KINDS, kinds), (COUNTRIES, countries)):  # a linked value missing here stays listed
        options += [v for v in st.session_state.get(key) or [] if v not in options]
    chosen_kinds = left.multiselect(t("org_kind_filter", lang), kinds, key=KINDS, help=t("org_filter_help", lang),
                                    format_func=lambda k: option_label(ORG_KIND_LABELS, k, lang),
                                    placeholder=t("all", lang))
    chosen_countries = right.multiselect(t("org_country_filter", lang), countries, key=COUNTRIES,
                                         format_func=lambda c: _country_name(c, lang, names),
                                         placeholder=t("all", lang))
    return tuple(chosen_kinds), tuple(chosen_countries), filters


# ------------------------------------------------------------------ the ranked table

def readable(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The ranked frame with localised headers and cells (what the table and the downloads show)."""
    country = "country_ru" if lang == "ru" else "country_en"
    years = [f"{a}–{b}" if a != b else str(a) for a, b in zip(frame["first_year"], frame["last_year"])]
    return pd.DataFrame({
        t("col_org", lang): frame["name"].map(lambda n: _org(n, lang)),
        t("col_legal_form", lang): frame["legal_form"].map(lambda v: _name(v, lang) if isinstance(v, str) else ""),
        t("col_org_country", lang): frame[country].fillna("—"),
        t("col_org_kind", lang): frame["kind"].map(lambda k: option_label(ORG_KIND_LABELS, k, lang)),
        t("col_org_events", lang): frame["events"].astype(int),
        t("col_org_agreements", lang): frame["agreements"].astype(int),
        t("col_org_years", lang): years,
        t("col_org_years_count", lang): frame["years"].astype(int),
        t("col_first_contact", lang): frame["first_contact"].map(lambda d: format_date(d, lang)),
        t("col_last_contact", lang): frame["last_contact"].map(lambda d: format_date(d, lang)),
    })


# the ranked table's columns on the page (fitted to the box by widgets.fitted_columns: the name takes the
# room the counts, years, country and kind leave — tests/browser/test_organisations_fit.py); the legal form,
# the active years' count and the first and last contact are in the downloads and the dossier
SHOWN_COLUMNS = ("col_org", "col_org_events", "col_org_agreements", "col_org_years", "col_org_country", "col_org_kind")
SELECT_COLUMN_PX = 32   # the rows' selection markers
# the dossier's right-hand column (st.columns([1, 2], gap="large")) at 1366: its partners table's box
DOSSIER_RIGHT_PX = 550


NAME_LINE_PX = 263      # a name column's narrowest at 1366
MAX_NAME_LINES = 4


def wrapped_row_height(names: pd.Series, font_px: int | None = None, width_px: int | None = None) -> int | None:
    """Row height in pixels that shows the longest name whole on up to four lines of a name column
    `width_px` wide (by default its narrowest, NAME_LINE_PX), or None when every name fits one line.
    The grid wraps text only in rows taller than 4 rem (68 px with this app's 17-px base font,
    .streamlit/config.toml), so the height is at least that plus two; before, «Учреждение образования
    «Витебский государственный ордена Дружбы народов медицинский университет»» was cut to its first
    35 characters on a 1920 projector as on a laptop. A wider column (a projector's) holds more of a
    name per line: its rows stay one line tall when every name fits."""
    font = font_px or int(st.get_option("theme.baseFontSize") or 16)
    width = width_px or NAME_LINE_PX
    if max((widgets.text_px(str(n)) for n in names), default=0.0) + widgets.CELL_PAD_PX <= width:
        return None                                      # every name whole on one line, as drawn
    lines = min(max(2, max(name_lines(str(n), width) for n in names)), MAX_NAME_LINES)
    return max(4 * font + 2, 12 + (font + 4) * lines)


def name_lines(name: str, width_px: int) -> int:
    """Lines `name` takes in a grid cell `width_px` wide, wrapped at its spaces as the grid wraps it and
    measured in the grid's typeface (widgets.text_px). Before, a line was taken to hold 32 letters at
    263 px whatever the letters, and a name of wide letters wrapped onto one line more than its row showed."""
    room, lines, line = max(1.0, width_px - widgets.CELL_PAD_PX), 1, ""
    for word in name.split():
        trial = f"{line} {word}" if line else word
        if not line or widgets.text_px(trial) <= room:
            line = trial
        else:
            lines, line = lines + 1, word
        while widgets.text_px(line) > room and len(line) > 1:   # a word wider than the column breaks within
            lines, line = lines + 1, line[max(1, int(len(line) * room / widgets.text_px(line))):]
    return lines


def _names_fit(names: pd.Series, width_px: int) -> bool:
    """Every name takes fewer than MAX_NAME_LINES lines of a column `width_px` wide."""
    return all(name_lines(str(n), width_px) < MAX_NAME_LINES for n in names)


def name_rows(names: pd.Series, width_px: int, max_rows: int, max_tall_rows: int | None = None) -> tuple[int, int | None]:
    """(table height, row height) of a table whose organisation names sit in a column `width_px` wide:
    rows tall enough to wrap the longest name (wrapped_row_height) when one does not fit a line, with
    `max_tall_rows` of those tall rows shown (by default `max_rows`), else one-line rows. The names are
    what a reader opens these tables for: the ranked table wrapped them, but the dossier's partners at
    1366 cut «Правительство Смоленской области» to «Правительство Смоленской…» in a 248-px column (uxqa24)."""
    row_height = wrapped_row_height(names, width_px=width_px)
    if row_height is None:
        return widgets.table_height(len(names), max_rows), None
    return widgets.table_height(len(names), max_tall_rows or max_rows, row_height=row_height), row_height


def ranked_table(filters: Filters, kinds: tuple, countries: tuple, lang: str) -> pd.DataFrame:
    """The table of foreign partners, «Показаны N из M», CSV/XLSX of every matching organisation."""
    frame = query("ranked", filters, kind=kinds, country=countries, limit=SHOWN_ORGS)
    if frame.empty:
        st.info(t("org_none", lang))
        return frame
    total = int(frame["total"].iloc[0])
    year = st.session_state.get(YEAR)
    st.subheader(t("org_ranked_title_year", lang, year=year) if year else t("org_ranked_title", lang))
    widgets.cut_note("org_ranked_cut", len(frame), total, lang)
    if total <= len(frame):
        st.caption(t("org_count", lang, total=format_int(total, lang)))
    st.caption(t("org_ranked_click", lang))
    table = readable(frame, lang)[[t(k, lang) for k in SHOWN_COLUMNS]]   # every column in the downloads
    # the counts and the rest as wide as their content, the name the rest of the box: a projector's
    # wider table shows its names on one line instead of wrapping them beside wide number columns
    agreements = t("col_org_agreements", lang)
    config = widgets.fitted_grid(table, widgets.FULL_WIDTH_PX - SELECT_COLUMN_PX, **{
        agreements: st.column_config.NumberColumn(help=t("org_agreements_help", lang))})
    height, row_height = name_rows(table[t("col_org", lang)], config[t("col_org", lang)]["width"], 15, 10)
    # a filter change gives a new table (and no stale selection): the key carries what was asked
    event = widgets.grid(table, hide_index=True, width="stretch", height=height, column_config=config,
                         row_height=row_height, on_select="rerun", selection_mode="single-row",
                         key=f"org_ranked_{abs(hash((filters, kinds, countries, lang))):x}")
    rows = list(getattr(getattr(event, "selection", None), "rows", None) or [])
    opened = str(frame["org_key"].iloc[rows[0]]) if rows and 0 <= rows[0] < len(frame) else None
    if opened and opened != st.session_state.get(_RANKED_SEEN):
        st.session_state[_RANKED_SEEN] = opened
        st.session_state[PICK] = opened

    downloads(lambda: readable(query("ranked", filters, kind=kinds, country=countries, limit=None), lang),
              "organisations", "org_download", filters, lang)
    return frame


def downloads(everything, file_stem: str, key: str, filters: Filters, lang: str, *, about: str = "") -> None:
    """«Для Excel (;)» and «XLSX» of every row of a list (`everything()` builds the readable frame
    only when a button is pressed), like the Реестр's downloads; the XLSX's second sheet states the
    filters (and `about`: whose list it is) and the source reports."""
    stamp = widgets.download_stamp()
    d0, d1, _ = st.columns([1, 1, 3])
    d0.download_button(t("download_csv_excel", lang), data=lambda: exports.csv_excel_bytes(everything()),
                       file_name=f"{file_stem}_{stamp}_excel.csv", mime="text/csv", on_click="ignore",
                       width="stretch", key=f"{key}_csv", help=t("download_csv_excel_help", lang))
    d1.download_button(t("download_xlsx", lang), file_name=f"{file_stem}_{stamp}.xlsx", on_click="ignore",
                       data=lambda: exports.xlsx_bytes(
                           everything(), lang=lang, sources=access.query("sources", filters),
                           filters_sentence=" ".join(p for p in (about, filters.sentence(
                               access.query("count_events", filters), access.lookup(), lang)) if p)),
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       width="stretch", key=f"{key}_xlsx")


# ------------------------------------------------------------------ the network view

def network_view(filters: Filters, lang: str) -> None:
    """The graph; a click on an organisation opens its dossier (sets the dossier's pick)."""
    st.subheader(t("org_network_title", lang))
    net = query("network", filters, NETWORK_NODES)
    if net.nodes.empty:
        st.info(t("org_network_empty", lang))
        return
    st.caption(t("org_network_note", lang))
    widgets.cut_note("org_network_cut", len(net.nodes), net.total_nodes, lang)
    pinned = access.snapshot()
    fig = _network_figure(str(access.db_path()), pinned.signature, filters, NETWORK_NODES, lang,
                          widgets.main_width())
    widgets.chart_alt(fig)
    event = st.plotly_chart(fig, key="org_network", config={**plotly_config(lang), "scrollZoom": False},
                            width="stretch", on_select="rerun", selection_mode="points")
    points = list(getattr(getattr(event, "selection", None), "points", None) or [])
    key = org_network.clicked_org(points)
    if key and key != st.session_state.get(_NETWORK_SEEN):
        st.session_state[_NETWORK_SEEN] = key
        st.session_state[PICK] = key


@st.cache_resource(show_spinner=False, max_entries=64, ttl=3600)
def _network_figure(path: str, file_sig, filters: Filters, nodes: int, lang: str,
                    column_px: int | None = None) -> go.Figure:
    """The network's figure for these filters, node count, language and database version, built once
    and shared read only (st.plotly_chart only reads it): laying out and building 150 nodes' traces
    took ~0.15 s of every rerun of the page, also when nothing had changed. The same inputs give the
    same network (organisations.network) and the same picture (org_network is deterministic)."""
    net = query("network", filters, nodes)
    return org_network.network_figure(shown_network(net, lang), lang, country_names=dict(access.lookup().countries),
                                      column_px=column_px)


def shown_network(net: organisations.Network, lang: str) -> organisations.Network:
    """The network with its names as the page shows them (_org), the report's own in `name_ru` for the hover."""
    return organisations.Network(nodes=net.nodes.assign(name=net.nodes["name"].map(lambda n: _org(n, lang)),
                                                        name_ru=net.nodes["name"]),
                                 edges=net.edges, total_nodes=net.total_nodes)


def changes(filters: Filters, lang: str) -> None:
    """New and lapsed foreign partners of a chosen quarter (the latest loaded one first)."""
    st.subheader(t("org_changes_title", lang))
    codes = list(access.report_quarters())
    if not codes:
        return
    if len(codes) == 1:  # nothing earlier to compare with: every partner would look new
        st.caption(t("org_changes_single", lang, quarter=format_quarter(codes[0][0], codes[0][1], lang)))
        return
    # quarter codes ('2024Q4') as options: plain strings survive the session state and tests alike
    chosen = st.selectbox(t("org_changes_quarter", lang), [f"{y}Q{q}" for y, q in codes], key="org_changes_quarter",
                          format_func=lambda c: format_quarter(int(c[:4]), int(c[-1]), lang),
                          help=t("org_changes_help", lang))
    year, quarter = int(chosen[:4]), int(chosen[-1])
    frame = query("new_and_lapsed", filters, year, quarter)
    if frame.empty:
        st.caption(t("org_changes_none", lang))
        return
    names = dict(access.lookup().countries)
    changes = pd.DataFrame({
        t("col_org_status", lang): frame["status"].map(lambda s: option_label(ORG_STATUS_LABELS, s, lang)),
        t("col_org", lang): frame["name"].map(lambda n: _org(n, lang)),
        t("col_org_country", lang): frame["country"].map(lambda c: _country_name(c, lang, names)),
        t("col_org_kind", lang): frame["kind"].map(lambda k: option_label(ORG_KIND_LABELS, k, lang)),
        t("col_org_events", lang): frame["events"].astype(int),
        t("col_last_contact", lang): frame["last_contact"].map(lambda d: format_date(d, lang))})
    widgets.grid(changes, hide_index=True, width="stretch", height=widgets.table_height(len(frame), 12),
                 column_config=widgets.fitted_columns(changes))


# ------------------------------------------------------------------ the dossier

def _short_date(value, lang: str = "ru") -> str:
    """A dossier card's date: 05.11.2025 in Russian, «5 Nov 2025» in English (an English reader takes
    05.11.2025 for the 11th of May; the dossier's tables already said «5 November 2025»)."""
    if value is None or pd.isna(value):
        return "—"
    day = pd.Timestamp(value)
    return day.strftime("%d.%m.%Y") if lang == "ru" else f"{day.day} {day:%b} {day.year}"


def pick(ranked: pd.DataFrame, lang: str) -> str | None:
    """The selectbox of the ranked organisations; an organisation opened by link or click that is
    not among them is listed first. Returns the open org_key (None when there is nothing to pick)."""
    options = ranked["org_key"].tolist()
    labels = dict(zip(ranked["org_key"], ranked["name"]))
    chosen = st.session_state.get(PICK)
    if chosen and chosen not in options:
        card = query("dossier", chosen, Filters(), 0).card
        if card.empty:
            st.info(t("org_unknown", lang))
            st.session_state.pop(PICK, None)
        else:
            options.insert(0, chosen)
            labels[chosen] = card["name"].iloc[0]
    if not options:
        return None
    if st.session_state.get(PICK) not in options:
        st.session_state[PICK] = options[0]
    return st.selectbox(t("org_pick", lang), options, key=PICK, help=t("org_pick_help", lang),
                        format_func=lambda k: _org(labels.get(k, k), lang))


def dossier(filters: Filters, ranked: pd.DataFrame, lang: str) -> None:
    st.header(t("org_dossier", lang))
    key = pick(ranked, lang)
    if key is None:   # the heading is never left standing alone: a filter that leaves no organisation says so
        st.caption(t("org_dossier_nothing", lang))
        return
    found = query("dossier", key, filters, SHOWN_EVENTS, people=SHOWN_PEOPLE, agreements=SHOWN_AGREEMENTS)
    card = found.card.iloc[0]
    names = dict(access.lookup().countries)
    st.subheader(_org(card["name"], lang))
    # kind and country as words in the caption: «посольства и консульства» or «Объединённые Арабские
    # Эмираты» do not fit a fifth of a 1366-pixel page at metric size; the figures do
    notes = [f'{t("org_metric_kind", lang)}: {option_label(ORG_KIND_LABELS, card["kind"], lang)}',
             f'{t("org_metric_country", lang)}: {_country_name(card["country"], lang, names)}']
    if lang != "ru" and org_name(card["name"], lang) != transliterate(card["name"]):
        notes.insert(0, t("org_as_reported", lang, name=markdown_literal(card["name"])))
    if isinstance(card["legal_form"], str) and card["legal_form"]:
        notes.append(t("org_legal_form", lang, form=_name(card["legal_form"], lang)))
    if card["side"] == "home" or isinstance(card["home_region"], str):
        notes.append(t("org_home_note", lang))
    st.caption(" · ".join(notes))
    c1, c2, c3, c4, c5 = st.columns(5)
    c1.metric(t("metric_events", lang), format_int(found.events_total, lang))
    c2.metric(t("org_signed", lang), format_int(found.agreements_total, lang), help=t("org_agreements_help", lang))
    c3.metric(t("org_metric_partners_foreign" if card["side"] == "home" else "org_metric_partners_home", lang),
              format_int(found.partners_total, lang))
    # dd.mm.yyyy: a date in words does not fit a fifth of a 1366-pixel page at metric size
    c4.metric(t("org_metric_first", lang), _short_date(card["first_contact"], lang))
    c5.metric(t("org_metric_last", lang), _short_date(card["last_contact"], lang))
    if found.events_total == 0:
        st.info(t("org_not_in_filters", lang))
        return
    partners = partners_readable(found.partners, lang)
    # the partners' names are what the reader came for: beside the chart while each fits
    # MAX_NAME_LINES - 1 lines of the side column's name column, else the whole width under it (uxqa24:
    # «Главное управление Смоленской области по делам молодежи и гражданско-патриотическому воспитанию»
    # took six lines of the 153 px the kind and «Совместных мероприятий» left it at 1366)
    beside = partners.empty or _names_fit(partners[t("col_org", lang)],
                                          widgets.fitted_columns(partners, DOSSIER_RIGHT_PX)[t("col_org", lang)]["width"])
    left, right = st.columns([1, 2], gap="large")
    if not beside:         # the chart keeps its narrow column (a quarter's one bar is not 875 px wide)
        right = st.container()
    with left:
        st.subheader(t("org_events_time", lang))
        by_quarter = found.by_quarter
        labels = [format_quarter(int(y), int(q), lang) for y, q in zip(by_quarter["year"], by_quarter["quarter"])]
        widgets.chart(widgets.figure(charts.org_quarter_bar, labels, by_quarter["events"].astype(int).tolist(), lang),
                      "org_quarters")
    name = _org(card["name"], lang)
    about = t("org_download_about", lang, name=name)
    stem = f"organisation_{key[:24]}"
    with right:
        st.subheader(t("org_our_institutions" if card["side"] != "home" else "org_their_partners", lang))
        if found.partners.empty:
            st.caption(t("org_no_partners", lang))
        else:
            config = widgets.fitted_columns(partners, DOSSIER_RIGHT_PX if beside else widgets.FULL_WIDTH_PX)
            height, row_height = name_rows(partners[t("col_org", lang)], config[t("col_org", lang)]["width"], 8)
            widgets.grid(partners, hide_index=True, width="stretch", height=height, column_config=config,
                         row_height=row_height)
            widgets.cut_note("org_partners_cut", len(found.partners), found.partners_total, lang)
            if found.partners_total > len(found.partners):
                downloads(lambda: partners_readable(query("dossier", key, filters, 0, people=None).partners, lang),
                          f"{stem}_partners", "org_partners_download", filters, lang, about=about)
    st.subheader(t("org_signed", lang))
    if found.agreements.empty:
        st.caption(t("org_no_agreements", lang))
    else:
        widgets.cut_note("org_agreements_cut", len(found.agreements), found.agreements_total, lang)
    for row in found.agreements.itertuples(index=False):
        with st.container(border=True):
            st.markdown(f"**{_agreement_kind(row.agreement, row.role, lang).capitalize()}** · "
                        f"№ {row.n}. {markdown_literal(row.title)}")
            st.caption(format_date(row.start_date, lang))
            if isinstance(row.agreement_text, str) and row.agreement_text:
                st.markdown(f"> {markdown_literal(row.agreement_text)}")
    if len(found.agreements):
        downloads(lambda: agreements_readable(query("org_agreements", key, filters, None), lang),
                  f"{stem}_agreements", "org_agreements_download", filters, lang, about=about)
    st.subheader(t("org_officials", lang))
    if found.officials.empty:
        st.caption(t("org_no_officials", lang))
    else:
        officials = officials_readable(found.officials, lang)
        widgets.grid(officials, hide_index=True, width="stretch", height=widgets.table_height(len(found.officials), 8),
                     column_config=widgets.fitted_columns(officials))
        widgets.cut_note("org_officials_cut", len(found.officials), found.officials_total, lang)
        if found.officials_total > len(found.officials):
            downloads(lambda: officials_readable(query("dossier", key, filters, 0, people=None).officials, lang),
                      f"{stem}_officials", "org_officials_download", filters, lang, about=about)
    st.subheader(t("org_events", lang))
    events = events_readable(found.events, lang)
    widgets.grid(events, hide_index=True, width="stretch", height=widgets.table_height(len(found.events), 12),
                 column_config=widgets.fitted_columns(events))
    widgets.cut_note("org_events_cut_all", len(found.events), found.events_total, lang)
    downloads(lambda: events_readable(query("org_events", key, filters, None), lang),
              f"{stem}_events", "org_events_download", filters, lang, about=about)


def _agreement_kind(agreement, role, lang: str) -> str:
    """«подписано» / «устная договорённость» from the event, else the organisation's role in it."""
    return (option_label(AGREEMENT_LABELS, agreement, lang) if isinstance(agreement, str) and agreement
            else option_label(ORG_ROLE_LABELS, role, lang))


def agreements_readable(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The dossier's agreements as the download shows them: №, date, event, what was agreed, its text."""
    return pd.DataFrame({
        t("col_n", lang): frame["n"],
        t("col_dates", lang): frame["start_date"].map(lambda d: format_date(d, lang)),
        t("col_title", lang): frame["title"],
        t("col_agreement", lang): [_agreement_kind(a, r, lang) for a, r in zip(frame["agreement"], frame["role"])],
        t("col_agreement_text", lang): frame["agreement_text"].map(lambda v: v if isinstance(v, str) else ""),
    })


def events_readable(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The dossier's events (table and download): №, title, dates, sector, the organisation's role."""
    return pd.DataFrame({
        t("col_n", lang): frame["n"], t("col_title", lang): frame["title"],
        t("col_dates", lang): [format_date_range(a, b, lang) for a, b in zip(frame["start_date"], frame["end_date"])],
        t("col_sector", lang): [sector_label(k, lang, h) for k, h in zip(frame["sector_key"], frame["sector"])],
        t("col_org_role", lang): frame["role"].map(lambda r: option_label(ORG_ROLE_LABELS, r, lang))})


def partners_readable(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("col_org", lang): frame["name"].map(lambda n: _org(n, lang)),
        t("col_org_kind", lang): frame["kind"].map(lambda k: option_label(ORG_KIND_LABELS, k, lang)),
        t("col_joint_events", lang): frame["events"].astype(int)})


def officials_readable(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("col_name", lang): frame["name"].map(lambda n: _org(n, lang)),
        t("col_events", lang): frame["events"].astype(int), t("col_role", lang): frame["role"]})


# ------------------------------------------------------------------ the country dossier's list

def country_list(filters: Filters, code: str, lang: str) -> None:
    """The top organisations of one partner country (Страны → dossier), with their event counts."""
    if not available(lang, quiet=True):
        return
    st.subheader(t("dossier_organisations", lang))
    frame = query("for_country", code, filters, 10)
    if frame.empty:
        st.caption(t("no_country_organisations", lang))
        return
    table = pd.DataFrame({
        t("col_org", lang): frame["name"].map(lambda n: _org(n, lang)),
        t("col_org_kind", lang): frame["kind"].map(lambda k: option_label(ORG_KIND_LABELS, k, lang)),
        t("col_org_events", lang): frame["events"].astype(int),
        t("col_last_contact", lang): frame["last_contact"].map(lambda d: format_date(d, lang))})
    widgets.grid(table, hide_index=True, width="stretch", height=widgets.table_height(len(frame), 10),
                 column_config=widgets.fitted_columns(table))
    total = int(frame["total"].iloc[0])
    widgets.cut_note("org_cut", len(frame), total, lang)
    if total > len(frame):  # the whole list, with its downloads, is one click away
        st.page_link("pages/organisations.py", label=t("org_country_all", lang), query_params={"org_country": code})
