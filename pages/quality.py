"""Качество данных: per report, how full each field is, what the parser could not read (each problem
links to its event in the Реестр), events outside the quarter, lower-bound attendance, the analysts'
corrections (stale ones first) and the loads log."""
from functools import partial
from urllib.parse import quote

import pandas as pd
import streamlit as st

from ui import access, desk, router, widgets
from analytics.formatting import format_attendance, format_date_range
from analytics.i18n import (QUARTER_POSITION_LABELS, field_label, message_text, option_label, severity_label,
                            status_label, t)
from analytics.quality import FILLED

router.enter_page()

lang = access.lang()


def event_link(event_id) -> str | None:
    """The Реестр with this event open in the detail view."""
    return f"registry?event={quote(str(event_id))}" if isinstance(event_id, str) else None


def link_column() -> st.column_config.LinkColumn:
    return st.column_config.LinkColumn(t("q_open", lang), display_text=t("q_open_text", lang), width="small")


periods, places = partial(widgets.period_cells, lang=lang), partial(widgets.place_cells, lang=lang)


def table(frame: pd.DataFrame, total: int, **config) -> None:
    widgets.paged_table(frame, total, 15, column_config={t("q_open", lang): link_column(), **config})


st.title(t("page_quality", lang))
desk.show_messages()

st.subheader(t("q_fill", lang))
rates = access.quality("fill_rates")
fill = pd.DataFrame({t("col_period", lang): periods(rates["period_label"]), t("col_region", lang): places(rates["region"]),
                     t("col_events", lang): rates["events"]})
percent = {}
for name in FILLED:
    label = t(f"q_fill_{name}", lang)
    fill[label] = (rates[name] * 100).round().astype(int)
    percent[label] = st.column_config.ProgressColumn(label, format="%d %%", min_value=0, max_value=100,
                                                     width="small")
st.dataframe(fill, hide_index=True, width="stretch", column_config=percent)
st.caption(t("q_fill_note", lang))

st.subheader(t("q_kinds", lang))
kinds = access.quality("issues_by_kind")
if widgets.frame_or_note(kinds):
    st.dataframe(pd.DataFrame({
        t("col_period", lang): periods(kinds["period_label"]), t("col_region", lang): places(kinds["region"]),
        t("q_field", lang): kinds["field"].map(lambda f: field_label(f, lang)),
        t("q_severity", lang): kinds["severity"].map(lambda k: severity_label(k, lang)),
        t("q_message", lang): kinds["kind"].map(lambda m: message_text(m, lang)),
        t("q_count", lang): kinds["problems"]}), hide_index=True, width="stretch")

st.subheader(t("q_problems", lang))
problems = access.quality("issue_rows", None, widgets.TABLE_ROWS)
if widgets.frame_or_note(problems):
    table(pd.DataFrame({
        t("col_period", lang): periods(problems["period_label"]), t("col_region", lang): places(problems["region"]),
        t("col_n", lang): problems["n"].astype("Int64"), t("q_open", lang): problems["event_id"].map(event_link),
        t("q_field", lang): problems["field"].map(lambda f: field_label(f, lang)),
        t("q_severity", lang): problems["severity"].map(lambda k: severity_label(k, lang)),
        t("q_message", lang): problems["message"].map(lambda m: message_text(m, lang)),
        t("q_raw", lang): problems["raw_text"]}), access.quality("issue_count"),
        **{t("q_raw", lang): st.column_config.TextColumn(width="large")})

left, right = st.columns(2, gap="large")
with left:
    st.subheader(t("q_outside", lang))
    outside = access.quality("outside_quarter", widgets.TABLE_ROWS)
    if widgets.frame_or_note(outside):
        table(pd.DataFrame({
            t("col_period", lang): periods(outside["period_label"]), t("col_region", lang): places(outside["region"]),
            t("col_n", lang): outside["n"], t("q_open", lang): outside["event_id"].map(event_link),
            t("col_title", lang): outside["title"],
            t("col_dates", lang): [format_date_range(a, b, lang) for a, b in zip(outside["start_date"], outside["end_date"])],
            t("col_quarter_position", lang): outside["quarter_position"].map(
                lambda k: option_label(QUARTER_POSITION_LABELS, k, lang))}), access.quality("outside_quarter_count"))
with right:
    st.subheader(t("q_lower", lang))
    lower = access.quality("lower_bounds", widgets.TABLE_ROWS)
    if widgets.frame_or_note(lower):
        table(pd.DataFrame({
            t("col_period", lang): periods(lower["period_label"]), t("col_region", lang): places(lower["region"]),
            t("col_n", lang): lower["n"], t("q_open", lang): lower["event_id"].map(event_link),
            t("col_attendance", lang): lower["attendance_total"].map(lambda v: format_attendance(v, True, lang)),
            t("col_title", lang): lower["title"]}), access.quality("lower_bounds_count"))

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
        region=lambda f: places(f["region"])).rename(columns={
        "created_at": t("col_created", lang), "region": t("col_region", lang), "year": t("q_year", lang),
        "quarter": t("q_quarter", lang), "n": t("col_n", lang), "field": t("q_field", lang),
        "value_json": t("q_value", lang), "author": t("col_author", lang), "reason": t("q_reason", lang),
        "status": t("col_status", lang)})
    st.dataframe(shown, hide_index=True, width="stretch")
    st.caption(t("q_status_note", lang))

st.subheader(t("q_loads", lang))
loads = access.quality("loads_log")
if widgets.frame_or_note(loads):
    loads = loads.assign(status=loads["status"].map(lambda k: status_label(k, lang)),
                         message=loads["message"].map(lambda m: message_text(m, lang)))
    st.dataframe(loads.rename(columns={"started_at": t("col_loaded_at", lang), "file_name": t("col_file", lang),
                                       "status": t("col_status", lang), "message": t("q_message", lang),
                                       "sha256": t("col_sha256", lang)}),
                 hide_index=True, width="stretch", height=widgets.table_height(len(loads), 10))
