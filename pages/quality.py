"""Качество данных: per report, how full each field is, what the parser could not read (each problem
links to its event in the Реестр), events outside the quarter, lower-bound attendance, the analysts'
corrections (stale ones first) and the loads log."""
from functools import partial

import pandas as pd
import streamlit as st

from ui import access, desk, router, widgets
from analytics.formatting import format_attendances, format_date_ranges
from analytics.i18n import (QUARTER_POSITION_LABELS, field_label, message_text, option_label, severity_label,
                            status_label, t)
from analytics.quality import FILLED

router.enter_page()

SHOWN_ROWS, SHOWN_REPORTS = 200, 100  # of each problem list and of the fill table: the first rows, and how many
lang = access.lang()


periods, places = partial(widgets.period_cells, lang=lang), partial(widgets.place_cells, lang=lang)
# a list's context: said once above it when every row holds the same (widgets.said_once)
context = (t("col_period", lang), t("col_region", lang), t("q_field", lang), t("q_severity", lang))
event_link, table = widgets.event_link, partial(widgets.linked_table, lang=lang, once=context)


st.title(t("page_quality", lang))
desk.show_messages()

st.subheader(t("q_fill", lang))
rates = access.bounded("fill_rates_latest", SHOWN_REPORTS)
fill = widgets.fill_rate_grid(rates, FILLED, lang)
widgets.cut_note("cut_reports", len(fill.columns) - 1, int(rates["total"].max()) if len(rates) else 0, lang)
widgets.grid(fill, hide_index=True, width="stretch", height=widgets.table_height(len(fill)),
             column_config=widgets.fitted_grid(fill))
st.caption(t("q_fill_note", lang))

st.subheader(t("q_kinds", lang))
kinds = access.bounded("issues_by_kind_top", SHOWN_ROWS)
if widgets.frame_or_note(kinds):
    widgets.cut_note("cut_first", len(kinds), int(kinds["total"].iloc[0]), lang)
    pd.DataFrame({
        t("col_period", lang): periods(kinds["period_label"]), t("col_region", lang): places(kinds["region"]),
        t("q_field", lang): kinds["field"].map(lambda f: field_label(f, lang)),
        t("q_severity", lang): kinds["severity"].map(lambda k: severity_label(k, lang)),
        t("q_message", lang): kinds["kind"].map(lambda m: message_text(m, lang)),
        t("q_count", lang): kinds["problems"]}).pipe(widgets.said_once, context, lang).pipe(lambda f: widgets.grid(
            f, hide_index=True, width="stretch", column_config=widgets.fitted_grid(f)))

st.subheader(t("q_problems", lang))
problems = access.bounded("issue_rows_top", SHOWN_ROWS)
if widgets.frame_or_note(problems):
    widgets.cut_note("cut_first", len(problems), int(problems["total"].iloc[0]), lang)
    table(pd.DataFrame({
        t("col_period", lang): periods(problems["period_label"]), t("col_region", lang): places(problems["region"]),
        t("col_n", lang): problems["n"].astype("Int64"), t("q_open", lang): problems["event_id"].map(event_link),
        t("q_field", lang): problems["field"].map(lambda f: field_label(f, lang)),
        t("q_severity", lang): problems["severity"].map(lambda k: severity_label(k, lang)),
        t("q_message", lang): problems["message"].map(lambda m: message_text(m, lang)),
        t("q_raw", lang): problems["raw_text"]}),
        **{t("q_raw", lang): st.column_config.TextColumn(width="large")})

# one under the other: six columns with their headers need more than half of a 1366-px screen's 875 px
left = right = st.container()
with left:
    st.subheader(t("q_outside", lang))
    outside = access.bounded("outside_quarter_top", SHOWN_ROWS)
    if widgets.frame_or_note(outside):
        widgets.cut_note("cut_first", len(outside), int(outside["total"].iloc[0]), lang)
        table(pd.DataFrame({
            t("col_period", lang): periods(outside["period_label"]), t("col_region", lang): places(outside["region"]),
            t("col_n", lang): outside["n"], t("q_open", lang): outside["event_id"].map(event_link),
            t("col_title", lang): outside["title"],
            t("col_dates", lang): format_date_ranges(outside["start_date"], outside["end_date"], lang).to_numpy(),
            t("col_quarter_position", lang): outside["quarter_position"].map(
                lambda k: option_label(QUARTER_POSITION_LABELS, k, lang))}))
with right:
    st.subheader(t("q_lower", lang))
    lower = access.bounded("lower_bounds_top", SHOWN_ROWS)
    if widgets.frame_or_note(lower):
        widgets.cut_note("cut_first", len(lower), int(lower["total"].iloc[0]), lang)
        table(pd.DataFrame({
            t("col_period", lang): periods(lower["period_label"]), t("col_region", lang): places(lower["region"]),
            t("col_n", lang): lower["n"], t("q_open", lang): lower["event_id"].map(event_link),
            t("col_attendance", lang): format_attendances(lower["attendance_total"], True, lang).to_numpy(),
            t("col_title", lang): lower["title"]}))

st.subheader(t("q_corrections", lang))
corrections = access.quality("corrections")
if corrections.empty:
    st.caption(t("q_no_corrections", lang))
else:
    stale = corrections[corrections["status"] != "applied"]
    if not stale.empty:
        st.warning(t("q_stale", lang, n=len(stale)))
    shown = corrections.sort_values("status", key=lambda s: s.eq("applied")).assign(
        field=lambda f: f["field"].map(lambda k: field_label(k, lang)),
        status=lambda f: f["status"].map(lambda k: status_label(k, lang)),
        region=lambda f: places(f["region"]), created_at=lambda f: widgets.moment_cells(f["created_at"], lang)).rename(columns={
        "created_at": t("col_created", lang), "region": t("col_region", lang), "year": t("q_year", lang),
        "quarter": t("q_quarter", lang), "n": t("col_n", lang), "field": t("q_field", lang),
        "value_json": t("q_value", lang), "author": t("col_author", lang), "reason": t("q_reason", lang),
        "status": t("col_status", lang)})
    widgets.grid(shown, hide_index=True, width="stretch", column_config=widgets.fitted_grid(shown))
    st.caption(t("q_status_note", lang))

st.subheader(t("q_loads", lang))
loads = access.quality("loads_log")
if widgets.frame_or_note(loads):
    loads = loads.assign(started_at=widgets.moment_cells(loads["started_at"], lang),
                         status=loads["status"].map(lambda k: status_label(k, lang)),
                         message=loads["message"].map(lambda m: message_text(m, lang)))
    loads = loads.rename(columns={"started_at": t("col_loaded_at", lang), "file_name": t("col_file", lang),
                                  "status": t("col_status", lang), "message": t("q_message", lang),
                                  "sha256": t("col_sha256", lang)})
    widgets.grid(loads, hide_index=True, width="stretch", height=widgets.table_height(len(loads), 10),
                 column_config=widgets.fitted_grid(loads))
