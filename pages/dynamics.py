"""Динамика: events per month, a Gantt timeline with real dates, quarter over quarter."""
import streamlit as st

from analytics import charts
from ui import access, router, widgets
from analytics.formatting import format_int
from analytics.i18n import t

router.enter_page()

TIMELINE_BARS = 300  # a Gantt chart of more bars is unreadable, and shipping them all to the browser costs seconds

lang = access.lang()
filters = widgets.page_header("page_dynamics")
if filters is not None:
    st.subheader(t("events_per_month", lang))
    months = access.query("events_by_month", filters.without("months"))
    if widgets.frame_or_note(months):
        widgets.chart(charts.month_bar(months, lang), "dynamics_month", "months", data=months)
        st.caption(t("by_month_note", lang))

    st.subheader(t("timeline", lang))
    bars = access.query("timeline_count", filters)
    capped = bars > TIMELINE_BARS
    timeline = access.query("timeline", filters, TIMELINE_BARS if capped else None, capped)
    if widgets.frame_or_note(timeline):
        st.caption(t("timeline_note", lang))
        if capped:
            st.caption(t("timeline_capped", lang, shown=format_int(len(timeline), lang), total=format_int(bars, lang)))
        widgets.chart(charts.timeline_chart(timeline, lang), "dynamics_timeline", data=timeline)

    st.subheader(t("quarters", lang))
    periods = access.query("events_by_period", filters)
    if periods["period_label"].nunique() > 1 or periods["region"].nunique() > 1:
        widgets.chart(charts.period_bars(periods, lang), "dynamics_quarters", "sectors", data=periods)
    else:
        label = access.lookup().periods
        st.info(t("quarters_single", lang, period=", ".join(sorted(set(label.values())))))
