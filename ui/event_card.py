"""The Реестр's event card: every field with corrected ones marked, the source (file, SHA-256, row,
line), the correction history and form, and the raw cells as they stood in the report."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics.formatting import format_attendance, format_date_range, is_missing, markdown_literal
from analytics.i18n import period_text, place_name, status_label, t

from . import access, desk


def show(event_id: str, rows: pd.DataFrame, table: pd.DataFrame) -> None:
    """`rows` is queries.registry's frame, `table` its readable form (same order)."""
    lang = access.lang()
    ids = rows["event_id"].tolist()
    edit_row = access.quality("event_for_correction", event_id).iloc[0].to_dict()
    corrected = desk.corrected_fields(edit_row)

    def mark(key: str, value) -> str:
        """The value as literal Markdown, with «(исправлено)» after a corrected field."""
        fields = desk.FACT_FIELDS.get(key, ())
        text = markdown_literal(value)
        return f"{text} *({t('corrected_mark', lang)})*" if corrected.intersection(fields) else text
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
            st.markdown(f"> {markdown_literal(row['agreement_text'])}")
    with right:
        st.markdown(f"**{t('source', lang)}**")
        st.markdown(f"- **{t('col_file', lang)}:** {markdown_literal(row['file_name'])}\n"
                    f"- **{t('col_sha256', lang)}:** `{row['sha256']}`\n"
                    f"- **{t('col_period', lang)}:** {period_text(row['period_label'], lang)} · "
                    f"{markdown_literal(place_name(row['region'], lang))}\n"
                    f"- **{t('col_table_row', lang)}:** {row['table_row']} · **{t('col_source_line', lang)}:** "
                    f"{'—' if is_missing(row['source_line']) else row['source_line']}")
        if corrected:
            st.markdown(f"**{t('corrected_list', lang)}**")
            history = access.quality("event_corrections", edit_row["region"], int(edit_row["year"]),
                                    int(edit_row["quarter"]), int(edit_row["n"]))
            st.markdown("\n".join(f"- {desk.field_label(c.field, lang)}: {markdown_literal(c.value_json)} — {markdown_literal(c.author)}, "
                                   f"{c.created_at[:16].replace('T', ' ')} ({status_label(c.status, lang)}): {markdown_literal(c.reason)}" for c in history.itertuples()))
        with st.expander(t("correct_title", lang)):
            if desk.editor_gate("registry"):
                desk.correction_form(edit_row)
    st.markdown(f"**{t('raw_texts', lang)}**")
    for key in ("raw_number", "raw_title", "raw_venue", "raw_dates", "raw_content", "raw_participants"):
        st.caption(t(key, lang))
        st.text(row[key] if isinstance(row[key], str) and row[key] else "—")
