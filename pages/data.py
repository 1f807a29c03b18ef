"""Данные: upload reports with a preview before anything is written, the loaded reports (delete,
re-parse all originals), the review of likely duplicates and the spellings of organisations. Viewing needs nothing; every write
needs the editor password (ui.desk.editor_gate)."""
import streamlit as st

from analytics.i18n import t
from ui import access, desk, desk_aliases, desk_sections, router

router.enter_page()

lang = access.lang()
st.title(t("page_data", lang))
desk.show_messages()
has_db = access.signature() is not None
# a database built by an earlier version: uploads and «Разобрать заново» upgrade it; the sections that
# read the new tables wait until then
current = has_db and not (access.outdated() and access.explain_outdated())

st.header(t("editor", lang))   # a section like Загрузка, Загруженные отчёты: one heading level
unlocked = desk.editor_gate("data")

desk_sections.upload_section(unlocked)
desk_sections.loaded_reports_section(unlocked, has_db)
if current:
    desk_sections.duplicates_section(unlocked)
    desk_aliases.aliases_section(unlocked)
