"""Реестр: every field of the filtered events, Russian word-form search, the original row text, downloads.

?event=<event_id> opens that event in the detail view (the «Качество данных» links use it); with the
editor password an analyst corrects a field there, and corrected fields are marked."""
import streamlit as st

from analytics import exports
from ui import access, desk, event_card, router, widgets
from analytics.formatting import format_attendance, format_date_range
from analytics.i18n import localized_places, t

router.enter_page()

lang = access.lang()
filters = widgets.page_header("page_registry")
if filters is not None:
    look = access.lookup()
    rows = access.query("registry", filters)
    table = localized_places(exports.readable(rows, lang, dict(look.countries)), lang)
    sentence = filters.sentence(len(rows), look, lang)
    stamp = widgets.download_stamp()

    st.subheader(t("downloads", lang))
    d1, d2, d3, _ = st.columns([1, 1, 1, 3])
    d1.download_button(t("download_csv", lang), data=lambda: exports.csv_bytes(table), file_name=f"events_{stamp}.csv",
                       mime="text/csv", on_click="ignore", width="stretch", key="download_csv")
    d2.download_button(t("download_xlsx", lang), file_name=f"events_{stamp}.xlsx", on_click="ignore", width="stretch",
                       data=lambda: exports.xlsx_bytes(table, filters_sentence=sentence,
                                                       sources=access.query("sources", filters), lang=lang),
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="download_xlsx")
    d3.download_button(t("download_parquet", lang), data=lambda: exports.parquet_bytes(rows),
                       file_name=f"events_{stamp}.parquet", mime="application/octet-stream", on_click="ignore",
                       width="stretch", key="download_parquet")

    st.subheader(t("registry_table", lang))
    shown = table.copy()
    shown[t("col_attendance", lang)] = [format_attendance(v, b, lang) for v, b in
                                        zip(rows["attendance_total"], rows["attendance_lower_bound"])]
    shown.insert(3, t("col_dates", lang), [format_date_range(a, b, lang) for a, b in zip(rows["start_date"], rows["end_date"])])
    shown = shown.drop(columns=[t("col_start", lang), t("col_end", lang), t("col_lower_bound", lang)])
    picked = st.dataframe(shown, hide_index=True, height=widgets.table_height(len(shown), 14), on_select="rerun",
                          selection_mode="single-row", key="registry_table",
                          column_config={t("col_title", lang): st.column_config.TextColumn(width="large")})

    st.subheader(t("detail", lang))
    ids = rows["event_id"].tolist()
    titles = dict(zip(rows["event_id"], rows["n"].astype(str) + ". " + rows["title"].str.slice(0, 140)))
    selected_rows = picked.selection.rows if picked is not None else []
    if selected_rows:
        st.session_state["registry_event"] = ids[selected_rows[0]]
    url_event = st.query_params.get("event")
    if url_event and url_event != st.session_state.get("_registry_url_event"):
        st.session_state["_registry_url_event"] = url_event
        if url_event in ids:
            st.session_state["registry_event"] = url_event
        else:
            st.info(t("event_not_shown", lang))
    if st.session_state.get("registry_event") not in ids:
        st.session_state["registry_event"] = ids[0]
    event_id = st.selectbox(t("pick_event", lang), ids, key="registry_event", format_func=lambda i: "№ " + titles[i])
    if url_event and url_event != event_id:  # a linked view keeps its link current
        st.query_params["event"] = st.session_state["_registry_url_event"] = event_id
    desk.show_messages()
    event_card.show(event_id, rows, table)
