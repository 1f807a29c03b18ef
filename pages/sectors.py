"""Сферы: events and attendance by sector, sector × month, sector × partner country."""
import streamlit as st

from analytics import charts
from ui import access, router, widgets
from analytics.i18n import t

router.enter_page()

lang = access.lang()
filters = widgets.page_header("page_sectors")
if filters is not None:
    sectors = access.query("events_by_sector", filters.without("sectors"))
    left, right = st.columns(2, gap="large")
    with left:
        st.subheader(t("by_sector", lang))
        widgets.chart(widgets.figure(charts.sector_bar, sectors, lang, "events"), "sectors_events", "sectors", data=sectors)
    with right:
        st.subheader(t("attendance_by_sector", lang))
        known = int(sectors["attendance_known"].sum())
        if known:
            stated = sectors[sectors["attendance_known"] > 0]
            widgets.chart(widgets.figure(charts.sector_bar, stated, lang, "attendance"), "sectors_attendance", "sectors",
                          data=stated)
            st.caption(t("lower_bound_note", lang) + " " +
                       t("attendance_coverage", lang, n=known, total=int(sectors["events"].sum())))
        else:
            widgets.empty_note()

    st.subheader(t("sector_month", lang))
    by_month = access.query("sector_month", filters)
    if widgets.frame_or_note(by_month):
        by_month = widgets.latest_months(by_month, widgets.MONTHS_IN_HEATMAP, lang)
        widgets.chart(widgets.figure(charts.sector_month_heatmap, by_month, lang), "sectors_month", data=by_month)
        st.caption(t("by_month_note", lang))

    st.subheader(t("sector_country", lang))
    by_country = access.query("sector_country", filters)
    if widgets.frame_or_note(by_country):
        widgets.chart(widgets.figure(charts.sector_country_heatmap, by_country, dict(access.lookup().countries), lang,
                                     column_px=widgets.room(widgets.FULL_WIDTH_PX)), "sectors_country", data=by_country)
