"""Реестр: every field of the filtered events, a page at a time (only the page leaves DuckDB, so it
costs the same at 10k and 1M events), Russian word-form search, the original row text, downloads of
everything filtered.

?event=<event_id> opens that event in the detail view (the «Качество данных» links use it); with the
editor password an analyst corrects a field there, and corrected fields are marked."""
import math

import streamlit as st

from analytics import exports
from analytics.formatting import format_attendances, format_date_ranges, format_int
from analytics.i18n import localized_places, t
from analytics.queries import REGISTRY_ORDER
from ui import access, desk, event_card, router, widgets

router.enter_page()

PAGE_SIZE = 50
# what the grid shows first, most wanted first: those that fit beside a readable title (widgets.columns_that_fit:
# all eight on a projector); every other field is one pick away, downloads keep all thirty. The first
# REGISTRY_FIRST (№, title, dates, sector, countries) are shown on every screen: what an analyst needs first
REGISTRY_DEFAULT_COLUMNS = ("col_n", "col_title", "col_dates", "col_sector", "col_countries", "col_attendance",
                            "col_format", "col_agreement")
REGISTRY_FIRST = 5
lang = access.lang()
filters = widgets.page_header("page_registry")
if filters is not None:
    look = access.lookup()
    total = access.query("count_events", filters)
    countries = dict(look.countries)

    def everything():
        """All filtered rows, built only when a download is asked for."""
        return localized_places(exports.readable(access.query("registry", filters), lang, countries), lang)

    stamp = widgets.download_stamp()
    st.subheader(t("downloads", lang))
    d0, d1, d2, d3, _ = st.columns([1, 1, 1, 1, 2])
    d0.download_button(t("download_csv_excel", lang), data=lambda: exports.csv_excel_bytes(everything()),
                       file_name=f"events_{stamp}_excel.csv", mime="text/csv", on_click="ignore", width="stretch",
                       key="download_csv_excel", help=t("download_csv_excel_help", lang))
    d1.download_button(t("download_csv", lang), data=lambda: exports.csv_bytes(everything()),
                       file_name=f"events_{stamp}.csv", mime="text/csv", on_click="ignore", width="stretch",
                       key="download_csv", help=t("download_csv_help", lang))
    d2.download_button(t("download_xlsx", lang), file_name=f"events_{stamp}.xlsx", on_click="ignore", width="stretch",
                       data=lambda: exports.xlsx_bytes(everything(), filters_sentence=filters.sentence(total, look, lang),
                                                       sources=access.query("sources", filters), lang=lang),
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="download_xlsx")
    d3.download_button(t("download_parquet", lang), data=lambda: exports.parquet_bytes(access.query("registry", filters)),
                       file_name=f"events_{stamp}.parquet", mime="application/octet-stream", on_click="ignore",
                       width="stretch", key="download_parquet")

    st.subheader(t("registry_table", lang))
    pages = max(1, math.ceil(total / PAGE_SIZE))
    left, middle, right = st.columns([1, 1, 3], vertical_alignment="bottom")
    order = left.selectbox(t("registry_order", lang), list(REGISTRY_ORDER), key="registry_order",
                           format_func=lambda k: t(f"order_{k}", lang))
    page = middle.number_input(t("registry_page", lang), min_value=1, max_value=pages, step=1, key="registry_page_no")
    page = min(int(page), pages)
    first = (page - 1) * PAGE_SIZE
    right.caption(t("registry_page_of", lang, first=format_int(first + 1, lang),
                    last=format_int(min(first + PAGE_SIZE, total), lang), total=format_int(total, lang)))
    rows = access.query("registry_page", filters, PAGE_SIZE, first, order)
    table = localized_places(exports.readable(rows, lang, countries), lang)
    shown = table.drop(columns=[t("col_start", lang), t("col_end", lang), t("col_lower_bound", lang)])
    shown[t("col_attendance", lang)] = format_attendances(rows["attendance_total"], rows["attendance_lower_bound"], lang).to_numpy()
    shown.insert(3, t("col_dates", lang), format_date_ranges(rows["start_date"], rows["end_date"], lang).to_numpy())
    box = widgets.FULL_WIDTH_PX - widgets.PICK_COLUMN_PX
    columns = widgets.chosen_columns(shown, [t(k, lang) for k in REGISTRY_DEFAULT_COLUMNS], f"registry_columns_{lang}",
                                     lang, budget=box, first=REGISTRY_FIRST)
    picked = widgets.grid(shown[columns], hide_index=True, height=widgets.table_height(len(shown), 14),
                          on_select="rerun", selection_mode="single-row", key=f"registry_table_{page}_{order}",
                          column_config=widgets.fitted_grid(shown[columns], box))

    st.subheader(t("detail", lang))
    ids = rows["event_id"].tolist()
    titles = dict(zip(rows["event_id"], rows["n"].astype(str) + ". " + rows["title"].str.slice(0, 140)))
    if picked is not None and picked.selection.rows:
        st.session_state["registry_event"] = ids[picked.selection.rows[0]]
    url_event = st.query_params.get("event")
    if url_event and url_event != st.session_state.get("_registry_url_event"):
        st.session_state["_registry_url_event"] = url_event
        linked = access.query("event_detail", url_event)
        if linked.empty:
            st.info(t("event_not_shown", lang))
        else:
            st.session_state["registry_event"] = url_event
    chosen = st.session_state.get("registry_event")
    if chosen and chosen not in ids:  # a linked or earlier-picked event outside this page stays pickable
        extra = access.query("event_detail", chosen)
        if not extra.empty:
            ids.insert(0, chosen)
            titles[chosen] = f"{extra['n'].iloc[0]}. {str(extra['title'].iloc[0])[:140]}"
    if st.session_state.get("registry_event") not in ids:
        st.session_state["registry_event"] = ids[0]
    event_id = st.selectbox(t("pick_event", lang), ids, key="registry_event", format_func=lambda i: "№ " + titles[i])
    if url_event and url_event != event_id:  # a linked view keeps its link current
        st.query_params["event"] = st.session_state["_registry_url_event"] = event_id
    desk.show_messages()
    one = access.query("event_detail", event_id)
    event_card.show(event_id, one, localized_places(exports.readable(one, lang, countries), lang))
