"""Участники: attendance by sector, country and format; the biggest events; foreign participants."""
import streamlit as st

from analytics import charts
from ui import access, router, widgets
from analytics.formatting import format_attendance, format_attendance_total, format_date_range, format_int
from analytics.i18n import t

router.enter_page()

lang = access.lang()
filters = widgets.page_header("page_participants")
if filters is not None:
    head = access.query("headline", filters).iloc[0]
    c1, c2, c3 = st.columns(3)
    c1.metric(t("metric_attendance", lang), format_attendance_total(head, lang),
              help=t("metric_attendance_help", lang))
    c2.metric(t("metric_events", lang), format_int(head["events"], lang), help=t("metric_events_help", lang))
    c3.metric(t("metric_attendance_known", lang),
              t("metric_of", lang, n=format_int(head["attendance_known"], lang), total=format_int(head["events"], lang)),
              help=t("attendance_coverage", lang, n=int(head["attendance_known"]), total=int(head["events"])))
    st.caption(t("lower_bound_note", lang))

    if int(head["attendance_known"]) == 0:
        widgets.empty_note()
    else:
        left, right = st.columns(2, gap="large")
        with left:
            st.subheader(t("attendance_by_sector", lang))
            sectors = access.query("events_by_sector", filters.without("sectors"))
            sectors = sectors[sectors["attendance_known"] > 0]
            if widgets.frame_or_note(sectors):   # its CSV under it, as under the country chart beside it
                widgets.chart(widgets.figure(charts.sector_bar, sectors, lang, "attendance"),
                              "participants_sector", "sectors", data=sectors)
        with right:
            st.subheader(t("attendance_by_country", lang))
            countries = access.query("events_by_country", filters.without("countries"))
            countries = countries[countries["attendance_known"] > 0]
            if widgets.frame_or_note(countries):
                widgets.chart(widgets.figure(charts.country_bar, countries, lang, "attendance",
                                                            column_px=widgets.room(widgets.HALF_COLUMN_PX)), "participants_country", "countries", data=countries)
            st.subheader(t("attendance_by_format", lang))
            formats = access.query("attendance_by_format", filters.without("formats"))
            widgets.chart(widgets.figure(charts.format_bar, formats, lang), "participants_format", "formats", data=formats)

    look = access.lookup()
    st.subheader(t("biggest", lang))
    biggest = access.query("biggest_events", filters, 10)
    if widgets.frame_or_note(biggest):
        # what fits a laptop's 875 px whole (widgets.fitted_columns); sector and countries are in the Реестр
        table = biggest.assign(
            people=[format_attendance(v, b, lang) for v, b in zip(biggest["attendance_total"], biggest["attendance_lower_bound"])],
            dates=[format_date_range(a, b, lang) for a, b in zip(biggest["start_date"], biggest["end_date"])],
            foreign=[format_int(v, lang) for v in biggest["attendance_foreign"]],
        )[["n", "title", "people", "foreign", "dates"]].rename(columns={
            "n": t("col_n", lang), "title": t("col_title", lang), "people": t("col_attendance", lang),
            "foreign": t("col_foreign", lang), "dates": t("col_dates", lang)})
        widgets.grid(table, hide_index=True, height=widgets.table_height(len(biggest), 10), width="stretch",
                     column_config=widgets.fitted_columns(table))

    st.subheader(t("foreign_participants", lang))
    foreign = access.bounded("foreign_participants_top", filters, 100)
    if widgets.frame_or_note(foreign):
        widgets.cut_note("cut_top", len(foreign), int(foreign["total"].iloc[0]), lang)
        table = foreign.assign(
            foreign_people=[format_int(v, lang) for v in foreign["attendance_foreign"]],
            people=[format_attendance(v, b, lang) for v, b in zip(foreign["attendance_total"], foreign["attendance_lower_bound"])],
            partners=[", ".join(look.countries.get(c, c) for c in cs) for cs in foreign["partner_countries"]],
        )[["n", "title", "foreign_people", "people", "partners"]].rename(columns={
            "n": t("col_n", lang), "title": t("col_title", lang), "foreign_people": t("col_foreign", lang),
            "people": t("col_attendance", lang), "partners": t("col_countries", lang)})
        widgets.grid(table, hide_index=True, height=widgets.table_height(len(foreign), 12), width="stretch",
                     column_config=widgets.fitted_columns(table))
