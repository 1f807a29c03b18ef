"""The «Данные» page's sections: upload with a preview before anything is written, the loaded reports
(delete, re-parse all originals), and the review of likely duplicates. Every write checks the editor
password again in its callback (a stale session cannot write)."""
from __future__ import annotations

import hashlib

import pandas as pd
import streamlit as st

from analytics.formatting import format_date_range, format_int, markdown_literal, short_hash
from analytics.i18n import period_text, place_name, reasons_text, report_label, status_label, t
from etl import desk as desk_ops
from etl.edits import add_duplicate_decision
from etl.errors import ReportError
from etl.read import SUPPORTED_SUFFIXES

from . import access, desk, widgets

PREVIEWS = "desk_previews"
PREVIEW_SIG = "desk_preview_sig"
ROUND = "desk_upload_round"
CONFIRM_DELETE = "desk_confirm_delete"

def _cancel() -> None:
    st.session_state[PREVIEWS] = []
    st.session_state[PREVIEW_SIG] = ()
    st.session_state[ROUND] = st.session_state.get(ROUND, 0) + 1


def _commit() -> None:
    if not desk.is_unlocked():
        desk.remember("error", t("editor_required", access.lang()))
        return
    ready = [p for p in st.session_state.get(PREVIEWS, []) if p.ok]
    try:
        results = desk_ops.commit_uploads(ready, access.db_path(), access.raw_dir(), access.edits_dir())
    except ReportError as error:  # the raw store could not be written: nothing was loaded or moved
        desk.remember("error", markdown_literal(str(error)))
        return
    desk.report_results(results)
    _cancel()


def _delete(report_id: str, sha256: str) -> None:
    st.session_state.pop(CONFIRM_DELETE, None)
    if not desk.is_unlocked():
        desk.remember("error", t("editor_required", access.lang()))
        return
    if desk_ops.remove_report(report_id, sha256, access.db_path(), access.raw_dir()):
        desk.remember("success", t("deleted", access.lang()))


def _decide(first: dict, second: dict, decision: str, reason: str) -> None:
    if not desk.is_unlocked():
        desk.remember("error", t("editor_required", access.lang()))
        return
    add_duplicate_decision(access.edits_dir(), first_key=desk_ops.candidate_key(first),
                           second_key=desk_ops.candidate_key(second), decision=decision,
                           author=desk.author(), reason=reason)
    desk_ops.apply_edits(access.db_path(), access.raw_dir(), access.edits_dir())
    desk.remember("success", t("dup_merged" if decision == "merge" else "dup_kept", access.lang(),
                                  a=int(first["n"]), b=int(second["n"])))


def dropzone_css(lang: str) -> str:
    """Streamlit draws its uploader's dropzone in English («Upload», «20MB per file • DOCX, TXT»): in the
    Russian UI its own words are hidden and ours shown in their place."""
    if lang != "ru":
        return ""
    drop, limit, browse = (t("upload_drop", lang), t("upload_limit", lang, mb=desk_ops.MAX_UPLOAD_MB),
                           t("upload_browse", lang))
    zone = '[data-testid="stFileUploaderDropzone"]'
    instructions = '[data-testid="stFileUploaderDropzoneInstructions"]'
    return (f"<style>{instructions} {{display: flex; flex-direction: column; align-items: flex-start;}}"
            f"{instructions} > * {{display: none !important;}}"
            f"{instructions}::before {{content: \"{drop}\";}}"
            f"{instructions}::after {{content: \"{limit}\"; font-size: 0.85rem; opacity: 0.7;}}"
            f"{zone} button > * {{display: none !important;}}"
            f"{zone} button::after {{content: \"{browse}\";}}</style>")


def upload_section(unlocked: bool) -> None:
    lang = access.lang()
    st.header(t("upload", lang))
    if not unlocked:
        st.caption(t("upload_locked", lang))
    else:
        css = dropzone_css(lang)
        if css:
            st.markdown(css, unsafe_allow_html=True)
        files = st.file_uploader(t("upload_label", lang, mb=desk_ops.MAX_UPLOAD_MB), type=sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES),
                                 accept_multiple_files=True, max_upload_size=desk_ops.MAX_UPLOAD_MB,
                                 key=f"desk_upload_{st.session_state.get(ROUND, 0)}", help=t("upload_help", lang))
        items = [(f.name, f.getvalue()) for f in files or []]
        signature = tuple((name, hashlib.sha256(data).hexdigest()) for name, data in items)
        if signature != st.session_state.get(PREVIEW_SIG):
            st.session_state[PREVIEWS] = [desk_ops.preview_upload(name, data, access.db_path(), access.edits_dir())
                                           for name, data in items]
            st.session_state[PREVIEW_SIG] = signature
        previews = st.session_state.get(PREVIEWS) or []
        for preview in previews:
            with st.container(border=True):
                desk.show_preview(preview)
        if previews:
            ready = [p for p in previews if p.ok]
            if not ready:
                st.error(t("nothing_to_write", lang))
            labels = [p.label for p in ready]
            if len(set(labels)) < len(labels):
                st.warning(t("same_quarter_twice", lang))
            left, right, _ = st.columns([1, 1, 3])
            left.button(t("commit", lang, n=len(ready)), type="primary", on_click=_commit, disabled=not ready,
                        width="stretch", key="desk_commit")
            right.button(t("cancel", lang), on_click=_cancel, width="stretch", key="desk_cancel")


SHOWN_REPORTS = 200


def loaded_reports_section(unlocked: bool, has_db: bool) -> None:
    lang = access.lang()
    st.header(t("loaded_reports", lang))
    if not has_db:
        st.info(t("no_reports_yet", lang))
    else:
        reports = access.quality("loaded_reports")
        shown = reports.tail(SHOWN_REPORTS)  # the latest; 13 000 rows are shipped on every rerun otherwise
        widgets.cut_note("cut_reports", len(shown), len(reports), lang)
        table = pd.DataFrame({
            t("col_region", lang): shown["region"].map(lambda r: place_name(r, lang)),
            t("col_period", lang): shown["period_label"].map(lambda p: period_text(p, lang)),
            t("col_events", lang): shown["event_count"], t("col_file", lang): shown["file_name"],
            t("col_sha256_short", lang): shown["sha256"].map(short_hash),
            t("col_loaded_at", lang): widgets.moment_cells(shown["loaded_at"], lang)})
        # the file's name wins the room at 1366: the hash is shortened (short_hash) and the parser's version,
        # the same for every report after «Разобрать заново», is said once under the log
        widgets.grid(table, hide_index=True, width="stretch", height=widgets.table_height(len(table), 12),
                     column_config=widgets.fitted_grid(table, whole=(t("col_file", lang),), **{
                         t("col_sha256_short", lang): st.column_config.TextColumn(
                         help=t("col_sha256_help", lang))}))
        versions = shown["parser_version"].dropna().astype(str).value_counts()
        if not versions.empty:
            st.caption(t("parsed_by", lang, versions=markdown_literal(", ".join(
                v if len(versions) == 1 else f"{v} ({format_int(n, lang)})" for v, n in versions.items()))))
        if unlocked:  # the server's folder is the editor's business, not every viewer's
            st.caption(t("originals_kept", lang, path=access.raw_dir()))
        if unlocked and not reports.empty:
            names = {r.report_id: f"{report_label(f'{r.region}, {r.period_label}', lang)} — {r.file_name}"
                     for r in reports.itertuples()}
            left, right = st.columns(2, gap="large")
            with left:
                chosen = st.selectbox(t("delete_which", lang), list(names), format_func=names.get, key="desk_delete_pick")
                pending = st.session_state.get(CONFIRM_DELETE)
                if pending in names:
                    row = reports.set_index("report_id").loc[pending]
                    st.warning(t("delete_confirm", lang, what=markdown_literal(names[pending]), n=int(row["event_count"])))
                    yes, no = st.columns(2)
                    yes.button(t("delete_yes", lang), type="primary", on_click=_delete, args=(pending, row["sha256"]),
                               width="stretch", key="desk_delete_yes")
                    no.button(t("cancel", lang), on_click=lambda: st.session_state.pop(CONFIRM_DELETE, None),
                              width="stretch", key="desk_delete_no")
                elif st.button(t("delete", lang), key="desk_delete"):
                    st.session_state[CONFIRM_DELETE] = chosen
                    st.rerun()
            with right:
                st.markdown(t("reparse_help", lang))
                if st.button(t("reparse", lang), key="desk_reparse"):
                    with st.spinner(t("reparsing", lang)):
                        results = desk_ops.reparse_all(access.db_path(), access.raw_dir(), access.edits_dir())
                    desk.report_results(results)
                    st.rerun()


SHOWN_PAIRS = 30


def _pair_event_text(row: dict, countries: dict[str, str], lang: str) -> str:
    """One side of a pair as the reason speaks of it: number and title, dates, city, partner
    countries, report and region."""
    partners = [countries.get(code, code) for code in (row["partner_countries"] if row["partner_countries"] is not None else ())]
    place = markdown_literal(place_name(row["venue_city"], lang)) if isinstance(row["venue_city"], str) else "—"
    return (f"**№ {int(row['n'])}. {markdown_literal(row['title'])}**  \n"
            f"{format_date_range(row['start_date'], row['end_date'], lang)} · {place} · "
            f"{markdown_literal(', '.join(partners)) if partners else '—'}  \n"
            f"{period_text(row['period_label'], lang)} · {markdown_literal(place_name(row['region'], lang))}")


def duplicates_section(unlocked: bool) -> None:
    """Likely duplicates from the table the ETL keeps (scored per report at load time), best first,
    each under the reason it was proposed («те же даты, названия совпадают на 94 %, то же место и
    те же партнёры»): nothing pairwise runs on a rerun, whatever the size of the database."""
    lang = access.lang()
    countries = access.lookup().countries
    st.header(t("duplicates", lang))
    st.caption(t("duplicates_help", lang))
    total = access.quality("pending_duplicate_count")
    frame = access.quality("pending_duplicate_pairs", SHOWN_PAIRS)
    if not total:
        st.info(t("no_duplicates", lang))
    elif total > SHOWN_PAIRS:
        st.caption(t("duplicates_more", lang, n=total))
    for pair in frame.to_dict("records"):
        first = {k[len("first_"):]: v for k, v in pair.items() if k.startswith("first_")}
        second = {k[len("second_"):]: v for k, v in pair.items() if k.startswith("second_")}
        with st.container(border=True):
            st.markdown(f"**{markdown_literal(reasons_text(pair['reason'], lang))}**")
            columns = st.columns(2, gap="large")
            for column, row in zip(columns, (first, second)):
                column.markdown(_pair_event_text(row, countries, lang))
            key = f"{first['event_id']}_{second['event_id']}"
            a, b, _ = st.columns([1, 1, 3])
            a.button(t("dup_merge", lang), key=f"dup_merge_{key}", disabled=not unlocked, width="stretch",
                     on_click=_decide, args=(first, second, "merge", pair["reason"]), help=t("dup_merge_help", lang))
            b.button(t("dup_keep", lang), key=f"dup_keep_{key}", disabled=not unlocked, width="stretch",
                     on_click=_decide, args=(first, second, "keep", pair["reason"]))
    decisions = access.quality("duplicate_decisions_with_titles")
    if not decisions.empty:
        st.subheader(t("dup_decisions", lang))
        widgets.grid(pd.DataFrame({
            t("col_created", lang): decisions["created_at"],
            t("dup_decision", lang): decisions["decision"].map(lambda d: t(f"dup_is_{d}", lang)),
            t("dup_first", lang): decisions["first_title"].fillna("—"),
            t("dup_second", lang): decisions["second_title"].fillna("—"),
            t("col_author", lang): decisions["author"], t("col_status", lang): decisions["status"].map(lambda k: status_label(k, lang))}),
            hide_index=True, width="stretch")
