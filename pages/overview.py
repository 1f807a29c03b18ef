"""Обзор: headline figures, events by sector / country / month, signed agreements."""
import streamlit as st

from analytics import charts
from ui import access, router, widgets
from analytics.formatting import (format_attendance_total, format_date_range, format_int, format_percent,
                                  markdown_literal)
from analytics.i18n import sector_label, t

router.enter_page()

lang = access.lang()
filters = widgets.page_header("page_overview")
if filters is not None:
    head = access.query("headline", filters).iloc[0]
    look = access.lookup()
    cols = st.columns(6)
    cols[0].metric(t("metric_events", lang), format_int(head["events"], lang), help=t("metric_events_help", lang),
                   delta=t("metric_events_held", lang, n=format_int(head["held_in_period"], lang)), delta_color="off",
                   delta_arrow="off")
    cols[1].metric(t("metric_countries", lang), format_int(head["partner_countries"], lang),
                   help=t("metric_countries_help", lang))
    cols[2].metric(t("metric_regions", lang), format_int(head["foreign_regions"], lang),
                   help=t("metric_regions_help", lang))
    cols[3].metric(t("metric_attendance", lang),
                   format_attendance_total(head, lang),
                   delta=t("metric_attendance_delta", lang, n=int(head["attendance_known"]), total=int(head["events"])),
                   delta_color="off", delta_arrow="off", help=t("metric_attendance_help", lang))
    cols[4].metric(t("metric_agreements", lang), format_int(head["signed"], lang),
                   delta=t("metric_verbal", lang, n=int(head["verbal"])) if int(head["verbal"]) else None,
                   delta_color="off", delta_arrow="off", help=t("metric_agreements_help", lang))
    cols[5].metric(t("metric_online", lang), format_percent(head["online_share"], lang),
                   help=t("metric_online_help", lang))

    left, right = st.columns(2, gap="large")
    with left:
        st.subheader(t("by_sector", lang))
        sectors = access.query("events_by_sector", filters.without("sectors"))
        if widgets.frame_or_note(sectors):
            widgets.chart(widgets.figure(charts.sector_bar, sectors, lang), "overview_sector", "sectors", data=sectors)
    with right:
        st.subheader(t("by_country", lang))
        countries = access.query("events_by_country", filters.without("countries"))
        if widgets.frame_or_note(countries):
            widgets.chart(widgets.figure(charts.country_bar, countries, lang,
                                                        column_px=widgets.room(widgets.HALF_COLUMN_PX)), "overview_country", "countries", data=countries)
        st.subheader(t("by_month", lang))
        months = access.query("events_by_month", filters.without("months"))
        if widgets.frame_or_note(months):
            months = widgets.latest_months(months, widgets.MONTHS_IN_BARS, lang)
            widgets.chart(widgets.figure(charts.month_bar, months, lang), "overview_month", "months", data=months)
            st.caption(t("by_month_note", lang))

    st.subheader(t("signed_list", lang))
    signed = access.bounded("agreements_latest", filters, ("signed",), 20)
    if signed.empty:
        st.info(t("no_signed", lang))
    else:
        widgets.cut_note("cut_latest", len(signed), int(signed["total"].iloc[0]), lang)
        for row in signed.itertuples(index=False):
            partners = ", ".join(look.countries.get(c, c) for c in row.partner_countries)
            with st.container(border=True):
                st.markdown(f"**№ {row.n}. {markdown_literal(row.title)}**")
                st.caption(" · ".join(p for p in (format_date_range(row.start_date, row.end_date, lang),
                                                  sector_label(row.sector_key, lang), partners) if p))
                st.markdown(f"> {markdown_literal(row.agreement_text)}")
