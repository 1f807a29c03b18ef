"""Сферы: events and attendance by sector, sector × month, sector × partner country."""
import streamlit as st

from analytics import charts, state
from analytics.i18n import t

state.enter_page()

lang = state.lang()
filters = state.page_header("page_sectors")
if filters is not None:
    sectors = state.query("events_by_sector", filters)
    left, right = st.columns(2, gap="large")
    with left:
        st.subheader(t("by_sector", lang))
        state.chart(charts.sector_bar(sectors, lang, "events"), "sectors_events", "sectors", data=sectors)
    with right:
        st.subheader(t("attendance_by_sector", lang))
        known = int(sectors["attendance_known"].sum())
        if known:
            state.chart(charts.sector_bar(sectors[sectors["attendance_known"] > 0], lang, "attendance"),
                        "sectors_attendance", "sectors")
            st.caption(t("lower_bound_note", lang) + " " +
                       t("attendance_coverage", lang, n=known, total=int(sectors["events"].sum())))
        else:
            state.empty_note()

    st.subheader(t("sector_month", lang))
    by_month = state.query("sector_month", filters)
    if state.frame_or_note(by_month):
        state.chart(charts.sector_month_heatmap(by_month, lang), "sectors_month", data=by_month)
        st.caption(t("by_month_note", lang))

    st.subheader(t("sector_country", lang))
    by_country = state.query("sector_country", filters)
    if state.frame_or_note(by_country):
        state.chart(charts.sector_country_heatmap(by_country, state.lookup().countries, lang), "sectors_country", data=by_country)
