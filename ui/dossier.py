"""The Страны page's country dossier: one partner country under the current filters — its figures,
events over time, sectors, foreign regions, officials met, agreements and events.

Lists are bounded (analytics/page_queries.py and queries.registry_page): at a million events Belarus
alone has 800 000 events and 150 000 agreements, and the page shows the latest of them with the
total, the way the Реестр shows a page of rows."""
from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from analytics import charts
from analytics.filters import Filters
from analytics.formatting import (format_attendance_total, format_attendances, format_date_range, format_date_ranges,
                                  format_int, markdown_literal)
from analytics.i18n import AGREEMENT_LABELS, option_label, place_name, sector_label, t
from analytics.palette import country_colour

from . import access, organisations, widgets

SHOWN_AGREEMENTS = 20
SHOWN_EVENTS = 100
SHOWN_OFFICIALS = 50
EVENT_COLUMNS = ("event_id", "n", "title", "sector_key", "sector", "start_date", "end_date", "venue_city",
                 "attendance_total", "attendance_lower_bound")


def pick_country(filters: Filters, countries: pd.DataFrame, lang: str) -> str:
    """The dossier's country: the filtered one when a single country is chosen, else the reader's
    pick, else the country with most events."""
    names = dict(zip(countries["country_code"], countries["name_ru" if lang == "ru" else "name_en"]))
    events = dict(zip(countries["country_code"], countries["events"]))
    codes = countries["country_code"].tolist()
    chosen = st.session_state.get("dossier_country")
    if filters.countries != st.session_state.get("_dossier_follow"):
        st.session_state["_dossier_follow"] = filters.countries
        chosen = None
    if chosen not in codes:
        st.session_state["dossier_country"] = filters.countries[0] if filters.countries and \
            filters.countries[0] in codes else codes[0]
    return st.selectbox(t("pick_country", lang), codes, key="dossier_country",
                        format_func=lambda c: f"{names.get(c) or c} ({format_int(events.get(c), lang)})")


def show(filters: Filters, countries: pd.DataFrame, lang: str) -> None:
    st.header(t("dossier", lang))
    code = pick_country(filters, countries, lang)
    scoped = replace(filters, countries=(code,))
    head = access.query("headline", scoped).iloc[0]
    own_regions = access.query("region_points", scoped).query("country_code == @code")
    c1, c2, c3, c4 = st.columns(4)
    c1.metric(t("metric_events", lang), format_int(head["events"], lang))
    c2.metric(t("metric_attendance", lang), format_attendance_total(head, lang),
              help=t("metric_attendance_help", lang))
    c3.metric(t("metric_agreements", lang), format_int(head["signed"], lang),
              delta=t("metric_verbal", lang, n=int(head["verbal"])) if int(head["verbal"]) else None,
              delta_color="off", delta_arrow="off")
    c4.metric(t("metric_regions", lang), format_int(len(own_regions), lang))

    # the officials' roles are the dossier's text: they take the main column's width (text takes the
    # room). Beside the regions, in 490 px of a laptop's 875, the names, counts and numbers kept their
    # 354 px and a role had 133 («Заместитель…»); the regions' two short columns need ~260 px, which
    # the column under the months chart has.
    left, right = st.columns(2, gap="large")
    with left:
        st.subheader(t("dossier_events_time", lang))
        months = access.query("events_by_month", scoped)
        if widgets.frame_or_note(months):
            months = widgets.latest_months(months, widgets.MONTHS_IN_BARS, lang)
            widgets.chart(widgets.figure(charts.month_bar, months, lang, colour=country_colour(code)), "dossier_month")
        st.subheader(t("dossier_regions", lang))
        if own_regions.empty:
            st.caption(t("no_regions", lang))
        else:
            table = own_regions.assign(region_name=own_regions["region_name"].map(lambda r: place_name(r, lang)))[
                ["region_name", "events"]].rename(columns={
                "region_name": t("col_region", lang), "events": t("col_events", lang)})
            # as wide as its two short columns, not the half page: at 1920 the stretched grid spread a
            # region and a count over 680 px
            widgets.grid(table, hide_index=True, width="content", height=widgets.table_height(len(table), 12),
                         column_config=widgets.fitted_columns(table, widgets.HALF_COLUMN_PX))
    with right:
        st.subheader(t("dossier_sectors", lang))
        sectors = access.query("events_by_sector", scoped)
        if widgets.frame_or_note(sectors):
            widgets.chart(widgets.figure(charts.sector_bar, sectors, lang), "dossier_sectors")

    st.subheader(t("dossier_officials", lang))
    people = access.bounded("officials_top", scoped, SHOWN_OFFICIALS)
    if people.empty:
        st.caption(t("no_officials", lang))
    else:
        widgets.officials_table(people.drop(columns="total"), lang)
        widgets.cut_note("cut_officials", len(people), int(people["total"].iloc[0]), lang)

    organisations.country_list(filters, code, lang)

    st.subheader(t("agreements_all", lang))
    deals = access.bounded("agreements_latest", scoped, ("signed", "verbal"), SHOWN_AGREEMENTS)
    if deals.empty:
        st.caption(t("no_signed", lang))
    for row in deals.itertuples(index=False):
        with st.container(border=True):
            st.markdown(f"**{option_label(AGREEMENT_LABELS, row.agreement, lang).capitalize()}** · "
                        f"№ {row.n}. {markdown_literal(row.title)}")
            st.caption(format_date_range(row.start_date, row.end_date, lang) + " · " + sector_label(row.sector_key, lang))
            st.markdown(f"> {markdown_literal(row.agreement_text)}")
    if len(deals):
        widgets.cut_note("cut_latest", len(deals), int(deals["total"].iloc[0]), lang)

    st.subheader(t("dossier_events", lang))
    events = access.query("registry_page", scoped, SHOWN_EVENTS, 0, "date_desc", EVENT_COLUMNS)
    table = pd.DataFrame({
        t("col_n", lang): events["n"], t("col_title", lang): events["title"],
        t("col_dates", lang): format_date_ranges(events["start_date"], events["end_date"], lang).to_numpy(),
        t("col_sector", lang): [sector_label(k, lang, h) for k, h in zip(events["sector_key"], events["sector"])],
        t("col_city", lang): events["venue_city"].map(lambda c: place_name(c, lang) if isinstance(c, str) and c else "—"),
        t("col_attendance", lang): format_attendances(events["attendance_total"], events["attendance_lower_bound"],
                                                      lang).to_numpy()})
    widgets.grid(table, hide_index=True, height=widgets.table_height(len(events), 12), width="stretch",
                 column_config=widgets.fitted_columns(table))
    widgets.cut_note("cut_latest", len(events), int(head["events"]), lang)
