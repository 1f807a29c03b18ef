"""Страны: map of partner countries and foreign regions, ranked bars, a country's dossier."""
from dataclasses import replace

import streamlit as st

from analytics import charts
from ui import access, router, widgets
from analytics.formatting import format_attendance, format_date_range, format_int, markdown_literal
from analytics.i18n import AGREEMENT_LABELS, option_label, place_name, sector_label, t

router.enter_page()

lang = access.lang()
filters = widgets.page_header("page_countries")
if filters is not None:
    countries = access.query("events_by_country", filters.without("countries"))
    regions = access.query("region_points", filters)
    if countries.empty:
        widgets.empty_note()
    else:
        map_col, bar_col = st.columns([3, 2], gap="large")
        with map_col:
            st.subheader(t("map_title", lang))
            widgets.chart(charts.partner_map(countries, regions, lang), "countries_map", "countries", geo=True)
            st.caption(t("map_note", lang))
        with bar_col:
            st.subheader(t("countries_ranked", lang))
            widgets.chart(charts.country_bar(countries, lang), "countries_bar", "countries", data=countries)

        if len(regions):
            map_col, bar_col = st.columns([3, 2], gap="large")
            with map_col:
                st.subheader(t("regions_map_title", lang))
                widgets.chart(charts.region_map(regions, countries, lang), "regions_map", "countries", geo=True)
                st.caption(t("regions_note", lang))
            with bar_col:
                st.subheader(t("regions_ranked", lang))
                st.dataframe(regions.assign(region_name=regions["region_name"].map(lambda r: place_name(r, lang)))[
                    ["region_name", "events"]].rename(
                    columns={"region_name": t("dossier_regions", lang), "events": t("metric_events", lang)}),
                    hide_index=True, width="stretch")

        st.divider()
        st.header(t("dossier", lang))
        names = dict(zip(countries["country_code"], countries["name_ru" if lang == "ru" else "name_en"]))
        codes = countries["country_code"].tolist()
        chosen = st.session_state.get("dossier_country")
        if filters.countries != st.session_state.get("_dossier_follow"):
            st.session_state["_dossier_follow"] = filters.countries
            chosen = None
        if chosen not in codes:
            st.session_state["dossier_country"] = filters.countries[0] if filters.countries and \
                filters.countries[0] in codes else codes[0]
        code = st.selectbox(t("pick_country", lang), codes, key="dossier_country",
                            format_func=lambda c: f"{names.get(c) or c} ({format_int(countries.set_index('country_code').loc[c, 'events'], lang)})")
        scoped = replace(filters, countries=(code,))
        head = access.query("headline", scoped).iloc[0]
        c1, c2, c3, c4 = st.columns(4)
        c1.metric(t("metric_events", lang), format_int(head["events"], lang))
        c2.metric(t("metric_attendance", lang), format_attendance(head["attendance"], bool(head["attendance_lower_bound"]), lang),
                  help=t("metric_attendance_help", lang))
        c3.metric(t("metric_agreements", lang), format_int(head["signed"], lang),
                  delta=t("metric_verbal", lang, n=int(head["verbal"])) if int(head["verbal"]) else None,
                  delta_color="off", delta_arrow="off")
        c4.metric(t("metric_regions", lang), format_int(
            len(access.query("region_points", scoped).query("country_code == @code")), lang))

        left, right = st.columns(2, gap="large")
        with left:
            st.subheader(t("dossier_events_time", lang))
            months = access.query("events_by_month", scoped)
            if widgets.frame_or_note(months):
                from analytics.palette import country_colour

                widgets.chart(charts.month_bar(months, lang, colour=country_colour(code)), "dossier_month")
        with right:
            st.subheader(t("dossier_sectors", lang))
            sectors = access.query("events_by_sector", scoped)
            if widgets.frame_or_note(sectors):
                widgets.chart(charts.sector_bar(sectors, lang), "dossier_sectors")

        left, right = st.columns([2, 3], gap="large")  # officials need the room
        with left:
            st.subheader(t("dossier_regions", lang))
            own = access.query("region_points", scoped).query("country_code == @code")
            if own.empty:
                st.caption(t("no_regions", lang))
            else:
                st.dataframe(own.assign(region_name=own["region_name"].map(lambda r: place_name(r, lang)))[
                    ["region_name", "events"]].rename(columns={
                    "region_name": t("col_region", lang), "events": t("col_events", lang)}), hide_index=True,
                    width="stretch")
        with right:
            st.subheader(t("dossier_officials", lang))
            people = access.query("officials", scoped)
            if people.empty:
                st.caption(t("no_officials", lang))
            else:
                widgets.officials_table(people, lang)

        st.subheader(t("agreements_all", lang))
        deals = access.query("agreements", scoped, ("signed", "verbal"), widgets.CARDS)
        if deals.empty:
            st.caption(t("no_signed", lang))
        for row in deals.itertuples(index=False):
            with st.container(border=True):
                st.markdown(f"**{option_label(AGREEMENT_LABELS, row.agreement, lang).capitalize()}** · "
                            f"№ {row.n}. {markdown_literal(row.title)}")
                st.caption(format_date_range(row.start_date, row.end_date, lang) + " · " + sector_label(row.sector_key, lang))
                st.markdown(f"> {markdown_literal(row.agreement_text)}")
        widgets.shown_of(len(deals), access.query("agreements_count", scoped, ("signed", "verbal")))

        st.subheader(t("dossier_events", lang))
        events = access.query("registry_page", scoped, widgets.TABLE_ROWS, 0, "report")
        st.dataframe(events.assign(
            dates=[format_date_range(a, b, lang) for a, b in zip(events["start_date"], events["end_date"])],
            sector_label=[sector_label(k, lang) for k in events["sector_key"]],
            people=[format_attendance(v, b, lang) for v, b in zip(events["attendance_total"], events["attendance_lower_bound"])],
            venue_city=events["venue_city"].map(lambda c: place_name(c, lang) if isinstance(c, str) and c else "—"),
        )[["n", "title", "dates", "sector_label", "venue_city", "people"]].rename(columns={
            "n": t("col_n", lang), "title": t("col_title", lang), "dates": t("col_dates", lang),
            "sector_label": t("col_sector", lang), "venue_city": t("col_city", lang), "people": t("col_attendance", lang)}),
            hide_index=True, height=widgets.table_height(len(events), 12))
        widgets.shown_of(len(events), access.query("count_events", scoped))
