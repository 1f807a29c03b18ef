"""Реестр: every field of the filtered events, Russian word-form search, the original row text, downloads.

?event=<event_id> opens that event in the detail view (the «Качество данных» links use it); with the
editor password an analyst corrects a field there, and corrected fields are marked."""
import streamlit as st

from analytics import exports
from ui import access, desk, router, widgets
from analytics.formatting import format_attendance, format_date_range, is_missing
from analytics.i18n import t

router.enter_page()

lang = access.lang()
filters = widgets.page_header("page_registry")
if filters is not None:
    look = access.lookup()
    rows = access.query("registry", filters)
    table = exports.readable(rows, lang, dict(look.countries))
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
    edit_row = access.quality("event_for_correction", event_id).iloc[0].to_dict()
    corrected = desk.corrected_fields(edit_row)

    def mark(key: str, value) -> str:
        fields = desk.FACT_FIELDS.get(key, ())
        return f"{value} *({t('corrected_mark', lang)})*" if corrected.intersection(fields) else value
    row = rows.set_index("event_id").loc[event_id]
    card = table.iloc[ids.index(event_id)]
    left, right = st.columns([3, 2], gap="large")
    with left:
        st.markdown(f"#### № {row['n']}. {mark('col_title', row['title'])}")
        facts = [(t("col_dates", lang), format_date_range(row["start_date"], row["end_date"], lang))]
        for key in ("col_sector", "col_type", "col_format", "col_direction", "col_city", "col_venue_country",
                    "col_countries", "col_regions", "col_officials", "col_agreement", "col_foreign", "col_online",
                    "col_quarter_position"):
            value = card[t(key, lang)]
            if not is_missing(value) and str(value).strip():
                facts.append((t(key, lang), value))
        facts.insert(1, (t("col_attendance", lang), format_attendance(row["attendance_total"], row["attendance_lower_bound"], lang)))
        keys = {t(k, lang): k for k in desk.FACT_FIELDS}
        st.markdown("\n".join(f"- **{k}:** {mark(keys.get(k, ''), v)}" for k, v in facts))
        if isinstance(row["agreement_text"], str) and row["agreement_text"]:
            st.markdown(f"> {row['agreement_text']}")
    with right:
        st.markdown(f"**{t('source', lang)}**")
        st.markdown(f"- **{t('col_file', lang)}:** `{row['file_name']}`\n"
                    f"- **{t('col_sha256', lang)}:** `{row['sha256']}`\n"
                    f"- **{t('col_period', lang)}:** {row['period_label']} · {row['region']}\n"
                    f"- **{t('col_table_row', lang)}:** {row['table_row']} · **{t('col_source_line', lang)}:** {row['source_line']}")
        if corrected:
            st.markdown(f"**{t('corrected_list', lang)}**")
            history = access.quality("event_corrections", edit_row["region"], int(edit_row["year"]),
                                    int(edit_row["quarter"]), int(edit_row["n"]))
            st.markdown("\n".join(f"- {desk.field_label(c.field, lang)}: `{c.value_json}` — {c.author}, "
                                   f"{c.created_at[:16].replace('T', ' ')} ({c.status}): {c.reason}" for c in history.itertuples()))
        with st.expander(t("correct_title", lang)):
            if desk.editor_gate("registry"):
                desk.correction_form(edit_row)
    st.markdown(f"**{t('raw_texts', lang)}**")
    for key in ("raw_number", "raw_title", "raw_venue", "raw_dates", "raw_content", "raw_participants"):
        st.caption(t(key, lang))
        st.text(row[key] if isinstance(row[key], str) and row[key] else "—")
