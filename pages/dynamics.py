"""Динамика: events per month, a Gantt timeline with real dates, quarter over quarter."""
import streamlit as st

from analytics import charts
from ui import access, router, widgets
from analytics.i18n import t

router.enter_page()

SHOWN_TIMELINE = 100   # bars of the Gantt: the latest events by start date
SHOWN_QUARTERS = 24    # reports (or, beyond that, quarters of all regions summed)

lang = access.lang()
filters = widgets.page_header("page_dynamics")
if filters is not None:
    st.subheader(t("events_per_month", lang))
    months = access.query("events_by_month", filters.without("months"))
    if widgets.frame_or_note(months):
        months = widgets.latest_months(months, widgets.MONTHS_IN_BARS, lang)
        widgets.chart(widgets.figure(charts.month_bar, months, lang), "dynamics_month", "months", data=months)
        st.caption(t("by_month_note", lang))

    st.subheader(t("timeline", lang))
    timeline = access.bounded("timeline_latest", filters, SHOWN_TIMELINE)
    if widgets.frame_or_note(timeline):
        st.caption(t("timeline_note", lang))
        widgets.cut_note("cut_timeline", len(timeline), int(timeline["total"].iloc[0]), lang)
        timeline = timeline.drop(columns="total")
        bars = timeline.drop(columns=["partner_countries"])  # list cells: the figure's cache key hashes the rest
        widgets.chart(widgets.figure(charts.timeline_chart, bars, lang, column_px=widgets.room(widgets.FULL_WIDTH_PX)),
                      "dynamics_timeline", data=timeline)

    st.subheader(t("quarters", lang))
    periods = access.bounded("events_by_period_bounded", filters, SHOWN_QUARTERS)
    if periods["period_label"].nunique() > 1 or periods["region"].nunique() > 1:
        if periods["region"].isna().all():
            st.caption(t("quarters_summed", lang, n=periods["period_label"].nunique(),
                         total=int(periods["total"].iloc[0])))
        periods = periods.drop(columns="total")
        widgets.chart(widgets.figure(charts.period_bars, periods, lang), "dynamics_quarters", "sectors", data=periods)
    else:
        label = access.lookup().periods
        st.info(t("quarters_single", lang, period=", ".join(sorted(set(label.values())))))
