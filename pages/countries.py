"""Страны: map of partner countries and foreign regions, ranked bars, a country's dossier."""
import streamlit as st

from analytics import charts
from ui import access, dossier, router, widgets
from analytics.formatting import format_int
from analytics.i18n import place_name, t

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
            widgets.column_title(t("map_title", lang), widgets.WIDE_COLUMN_PX, "countries_map")
            # as tall as the partners' stretch of the world needs at the width this browser gives the
            # column (CSS container units, no server round trip): no empty bands above and below it
            aspect = charts.partner_map_aspect(countries, regions)
            with widgets.fitted_box("countries_map_box", aspect, charts.MAP_COLOURBAR_PX + 10):
                widgets.chart(widgets.figure(charts.partner_map, countries, regions, lang, fill=True),
                              "countries_map", "countries", geo=True, stretch=True)
            # the scale's two ends as this selection has them (the sample's «1 и 62» was written in before)
            low, high = int(countries["events"].min()), int(countries["events"].max())
            st.caption(t("map_note", lang, low=format_int(low, lang), high=format_int(high, lang)) if low < high
                       else t("map_note_one", lang))   # one count for all: no «видны и 3, и 3»
        with bar_col:
            widgets.column_title(t("countries_ranked", lang), widgets.NARROW_COLUMN_PX, "countries_ranked")
            widgets.chart(widgets.figure(charts.country_bar, countries, lang,
                                                        column_px=widgets.room(widgets.NARROW_COLUMN_PX)), "countries_bar", "countries", data=countries)

        if len(regions):
            map_col, bar_col = st.columns([3, 2], gap="large")
            with map_col:
                widgets.column_title(t("regions_map_title", lang), widgets.WIDE_COLUMN_PX, "regions_map")
                widgets.chart(widgets.figure(charts.region_map, regions, countries, lang), "regions_map", "countries", geo=True)
                st.caption(t("regions_note", lang))
            with bar_col:
                widgets.column_title(t("regions_ranked", lang), widgets.NARROW_COLUMN_PX, "regions_ranked")
                table = regions.assign(region_name=regions["region_name"].map(lambda r: place_name(r, lang)))[
                    ["region_name", "events"]].rename(
                    columns={"region_name": t("dossier_regions", lang), "events": t("col_events", lang)})
                widgets.grid(table, hide_index=True, width="content", height=widgets.table_height(len(table), 12),
                             column_config=widgets.fitted_columns(table, widgets.NARROW_COLUMN_PX))

        st.divider()
        dossier.show(filters, countries, lang)
