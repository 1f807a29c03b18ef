"""The «Данные» page's organisation spellings: an analyst says that a spelling a report uses
(«Смолгосуниверситет») names an organisation of the registry; the edit is kept beside the originals
(data/edits/organisation_aliases.jsonl) and the reports are loaded again with it."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics.formatting import markdown_literal
from analytics.i18n import t
from etl import desk as desk_ops
from etl.edits import add_organisation_alias, read_edits

from . import access, desk, widgets

SPELLING, NAME, EXCLUDE = "alias_spelling_input", "alias_name_input", "alias_exclude_input"


def _add() -> None:
    lang = access.lang()
    if not desk.is_unlocked():
        desk.remember("error", t("editor_required", lang))
        return
    alias, name = st.session_state.get(SPELLING, ""), st.session_state.get(NAME, "")
    exclude = bool(st.session_state.get(EXCLUDE, False))
    try:
        add_organisation_alias(access.edits_dir(), alias=alias, name=name, author=desk.author(), exclude=exclude)
    except ValueError as error:
        desk.remember("error", markdown_literal(str(error)))
        return
    desk_ops.apply_edits(access.db_path(), access.raw_dir(), access.edits_dir())
    alias = " ".join(alias.split())
    message = t("alias_excluded", lang, alias=alias) if exclude else \
        t("alias_added", lang, alias=alias, name=" ".join(name.split()))
    desk.remember("success", markdown_literal(message))
    st.session_state[SPELLING], st.session_state[NAME], st.session_state[EXCLUDE] = "", "", False


def aliases_section(unlocked: bool) -> None:
    lang = access.lang()
    st.header(t("aliases", lang))
    st.caption(t("aliases_help", lang))
    # one flex row: the inputs take the room, the switch and the button as wide as their labels (the
    # button in a sixth of the column broke «Добавить написание» onto two lines at 1366)
    with st.container(horizontal=True, vertical_alignment="bottom", gap="medium", key="alias_controls"):
        st.text_input(t("alias_spelling", lang), key=SPELLING, max_chars=300, disabled=not unlocked)
        excluding = bool(st.session_state.get(EXCLUDE, False))
        st.text_input(t("alias_name", lang), key=NAME, max_chars=300, disabled=not unlocked or excluding)
        st.checkbox(t("alias_exclude", lang), key=EXCLUDE, disabled=not unlocked, width="content")
        st.button(t("alias_add", lang), key="alias_add", on_click=_add, disabled=not unlocked, width="content")
    try:
        aliases = read_edits(access.edits_dir()).aliases
    except ValueError as error:  # a hand-edited file with a bad line: say where
        st.error(markdown_literal(str(error)))
        return
    if not aliases:
        st.caption(t("no_aliases", lang))
        return
    widgets.grid(pd.DataFrame({
        t("alias_spelling", lang): [a.alias for a in aliases],
        t("alias_name", lang): [t("alias_exclude", lang) if a.exclude else a.name for a in aliases],
        t("col_author", lang): [a.author for a in aliases], t("col_created", lang): [a.created_at for a in aliases],
    }), hide_index=True, width="stretch")
