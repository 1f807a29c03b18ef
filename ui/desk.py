"""Streamlit parts of the data desk: the editor password gate, the upload preview and diff, the
correction form, and the messages that survive a rerun — shared by «Данные», «Качество данных» and the
Реестр. The actions themselves live in etl.desk, the password check in ui.auth.
"""
from __future__ import annotations

import os
import secrets

import pandas as pd
import streamlit as st

from analytics.formatting import markdown_literal
from analytics.i18n import field_label as field_name
from analytics.i18n import message_text, period_text, place_name, report_label, t
from etl import desk as datadesk
from etl.load import period_label

from . import access, auth
from .access import lang
from .widgets import HALF_COLUMN_PX, fitted_grid, grid, table_height

UNLOCKED = "editor_unlocked"
AUTHOR = "editor_author"
MESSAGES = "desk_messages"
HASH_COMMAND = (".venv/bin/python -c \"from ui.auth import hash_password; "
                "print(hash_password('{placeholder}'))\"")


def hash_command(lang: str) -> str:
    """The command that prints a password hash, its placeholder password in the UI language."""
    return HASH_COMMAND.format(placeholder=t("hash_placeholder", lang))


# ------------------------------------------------------------------ editor password

def password_hash() -> str | None:
    """The configured editor hash: environment first, then .streamlit/secrets.toml (if any)."""
    if os.environ.get(auth.PASSWORD_ENV):
        return os.environ[auth.PASSWORD_ENV]
    try:
        mapping = st.secrets.to_dict()
    except Exception:  # no secrets file at all
        return None
    return auth.configured_hash(mapping)


def is_unlocked() -> bool:
    """True only while a hash is configured, this session entered the right password and the source
    can be written (a Parquet export cannot)."""
    return bool(st.session_state.get(UNLOCKED)) and password_hash() is not None and not access.read_only_source()


def limiter_keys() -> list[str]:
    """Who is guessing: this browser session and, separately, the client's address — the limiter
    delays only them, never the editor at another browser."""
    session_key = st.session_state.setdefault("_editor_session_key", secrets.token_hex(8))
    keys = [f"session:{session_key}"]
    try:
        address = st.context.ip_address
    except Exception:  # outside a served session (AppTest) there is no client address
        address = None
    if address:
        keys.append(f"client:{address}")
    return keys


def _try_unlock(stored: str) -> None:
    password = st.session_state.get("editor_password_input") or ""
    st.session_state["editor_password_input"] = ""
    ln = lang()
    accepted, checked, wait = auth.EDITOR_LIMITER.attempt(limiter_keys(), lambda: bool(password)
                                                 and auth.verify_password(password, stored))
    if accepted:
        st.session_state[UNLOCKED] = True
        st.session_state.pop("editor_error", None)
        return
    if not checked:
        st.session_state["editor_error"] = t("editor_wait", ln, s=int(wait) + 1)
        return
    st.session_state["editor_error"] = (t("editor_wrong", ln) + (" " + t("editor_wait", ln, s=int(wait) + 1)
                                                                  if wait > 0 else ""))


def _lock() -> None:
    st.session_state[UNLOCKED] = False


def editor_gate(where: str) -> bool:
    """The editor panel: how to turn editing on, the password form, or 'editing on' with a lock
    button. Returns whether this session may edit. `where` keeps widget keys apart per page."""
    ln = lang()
    if access.read_only_source():
        st.info(t("source_read_only", ln, path=access.db_path()))
        return False
    stored = password_hash()
    if stored is None:
        st.info(t("editor_off", ln))
        st.code(hash_command(ln), language="bash", wrap_lines=True)  # 908 px of command in 877: no inner scroll
        st.markdown(t("editor_off_where", ln, env=auth.PASSWORD_ENV))
        return False
    problem = auth.hash_problem(stored)
    if problem is not None:
        st.error(t("editor_bad_hash", ln, env=auth.PASSWORD_ENV, problem=problem))
        st.code(hash_command(ln), language="bash", wrap_lines=True)  # 908 px of command in 877: no inner scroll
        return False
    if is_unlocked():
        left, mid, right = st.columns([2, 2, 1], vertical_alignment="bottom")
        left.success(t("editor_on", ln))
        mid.text_input(t("editor_author", ln), key=AUTHOR, placeholder=t("editor_author_hint", ln))
        right.button(t("editor_lock", ln), on_click=_lock, key=f"editor_lock_{where}", width="stretch")
        return True
    wait = auth.EDITOR_LIMITER.wait_seconds(limiter_keys())
    with st.form(f"editor_unlock_{where}", border=True):
        st.markdown(t("editor_locked", ln))
        st.text_input(t("editor_password", ln), type="password", key="editor_password_input")
        st.form_submit_button(t("editor_unlock", ln), on_click=_try_unlock, args=(stored,))
    error = st.session_state.pop("editor_error", None)
    if error:
        st.error(error)
    elif wait > 0:
        st.error(t("editor_wait", ln, s=int(wait) + 1))
    return False


def author() -> str:
    return (st.session_state.get(AUTHOR) or "").strip() or t("editor_anonymous", lang())


# ------------------------------------------------------------------ messages that survive a rerun

def remember(kind: str, text: str) -> None:
    st.session_state.setdefault(MESSAGES, []).append((kind, text))


def show_messages() -> None:
    for kind, text in st.session_state.pop(MESSAGES, []):
        getattr(st, kind)(text)


def report_results(results) -> None:
    """LoadResults of a write, as messages shown after the rerun."""
    for result in results:
        kind = "error" if result.status == "failed" else "success"
        remember(kind, f"{markdown_literal(result.file_name)}: {markdown_literal(message_text(result.message, lang()))}")


# ------------------------------------------------------------------ upload preview

def show_preview(preview: datadesk.Preview) -> None:
    """Everything an upload would do, before anything is written."""
    ln = lang()
    if not preview.ok:
        st.error(t("preview_broken", ln, file=markdown_literal(preview.file_name),
                   error=markdown_literal(message_text(preview.error, ln))))
        return
    report = preview.report
    st.markdown(f"#### {markdown_literal(report_label(preview.label, ln))}")
    st.caption(f"{t('col_region', ln)}: {markdown_literal(place_name(report.region, ln))} · "
               f"{markdown_literal(preview.file_name)} · SHA-256 `{report.sha256}`")
    c1, c2, c3, c4 = st.columns(4)
    c1.metric(t("col_period", ln), period_text(period_label(report.year, report.quarter), ln))
    c2.metric(t("preview_events", ln), report.event_count)
    c3.metric(t("preview_sector_count", ln), len(preview.sectors))
    c4.metric(t("preview_problems", ln), len(report.issues))
    if preview.already_loaded:
        st.info(t("preview_same", ln, file=markdown_literal(preview.replaces["file_name"])))
    elif preview.replaces:
        old = preview.replaces
        st.warning(t("preview_replaces", ln, file=markdown_literal(old["file_name"]), n=old["event_count"],
                     at=str(old["loaded_at"])[:16]))
        show_diff(preview.diff)
    else:
        st.success(t("preview_new", ln))
    left, right = st.columns([2, 3], gap="large")
    with left:
        st.markdown(f"**{t('preview_sectors', ln)}**")
        sectors = pd.DataFrame([(_sector_name(heading, ln), n) for heading, n in preview.sectors],
                               columns=[t("col_sector", ln), t("col_events", ln)])
        grid(sectors,
                     hide_index=True, width="stretch", height=table_height(len(preview.sectors) + 1, 17))
    with right:
        st.markdown(f"**{t('preview_issues', ln)}**")
        if report.issues:
            issues = pd.DataFrame([{t("col_n", ln): i.event, t("q_field", ln): field_name(i.field, ln),
                                    t("q_message", ln): message_text(i.message, ln), t("q_raw", ln): i.raw_text}
                                   for i in report.issues])
            grid(issues, hide_index=True, width="stretch", height=table_height(len(issues), 16),
                         column_config=fitted_grid(issues, int(HALF_COLUMN_PX * 1.2)))
        else:
            st.caption(t("preview_no_issues", ln))


def _sector_name(heading: str, lang: str) -> str:
    """'Сотрудничество в сфере культуры и туризма' → 'Культура и туризм' (the dashboard's name)."""
    from etl.classify import classify_sector

    from analytics.i18n import sector_label

    return sector_label(classify_sector(heading).key, lang, heading)


def _short(title: str, limit: int = 90) -> str:
    return title if len(title) <= limit else title[:limit].rsplit(" ", 1)[0] + "…"


def show_diff(diff) -> None:
    ln = lang()
    if diff is None:
        return
    st.markdown(t("diff_summary", ln, added=len(diff.added), removed=len(diff.removed),
                  changed=len(diff.changed), same=diff.unchanged))
    cols = st.columns(3)
    with cols[0]:
        st.markdown(f"**{t('diff_added', ln)}**")
        st.markdown("\n".join(f"- № {n}. {markdown_literal(_short(title))}" for n, title in diff.added) or "—")
    with cols[1]:
        st.markdown(f"**{t('diff_removed', ln)}**")
        st.markdown("\n".join(f"- № {n}. {markdown_literal(_short(title))}" for n, title in diff.removed) or "—")
    with cols[2]:
        st.markdown(f"**{t('diff_changed', ln)}**")
        st.markdown("\n".join(f"- № {n}. {markdown_literal(_short(title))} — "
                               f"*{markdown_literal(', '.join(field_label(f, ln) for f in fields))}*"
                               for n, title, fields in diff.changed)
                    or "—")


# ------------------------------------------------------------------ corrections (Реестр detail view)

FIELD_LABELS = {"title": "col_title", "start_date": "col_start", "end_date": "col_end", "sector": "col_sector",
                "format": "col_format", "direction": "col_direction", "event_type": "col_type",
                "venue_city": "col_city", "venue_country": "col_venue_country",
                "partner_countries": "col_countries", "foreign_regions": "col_regions",
                "attendance_total": "col_attendance", "attendance_lower_bound": "col_lower_bound",
                "attendance_foreign": "col_foreign", "attendance_online": "col_online",
                "agreement": "col_agreement", "unnamed_foreign": "col_unnamed_foreign"}


def field_label(field: str, lang: str) -> str:
    """A field key as the Реестр names it ('venue_city' → 'Город'); other keys through analytics.i18n."""
    return t(FIELD_LABELS[field], lang) if field in FIELD_LABELS else field_name(field, lang).capitalize()


def _shown_value(value) -> str:
    """The current value as the analyst would type it: lists comma-joined, dates ISO, empty for none."""
    if value is None:
        return ""
    if hasattr(value, "tolist") and not isinstance(value, str):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float) and value != value:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def correction_form(event: dict) -> None:
    """Correct one field of `event` (a row of quality.event_for_correction): the correction is stored in
    the edits folder with who and why, then the database is reloaded so it applies."""
    from etl.corrections import (BOOL_FIELDS, CORRECTABLE, DATE_FIELDS, ENUM_FIELDS, INT_FIELDS, LIST_FIELDS,
                                  validate_value)
    from etl.edits import add_correction

    from analytics.i18n import AGREEMENT_LABELS, DIRECTION_LABELS, EVENT_TYPE_LABELS_I18N, FORMAT_LABELS, option_label

    ln = lang()
    registries = {"format": FORMAT_LABELS, "direction": DIRECTION_LABELS, "event_type": EVENT_TYPE_LABELS_I18N,
                  "agreement": AGREEMENT_LABELS}
    field = st.selectbox(t("correct_field", ln), CORRECTABLE, key="correct_field",
                         format_func=lambda f: field_label(f, ln))
    current = _shown_value(event.get(field))
    st.caption(t("correct_current", ln, value=markdown_literal(current) or "—"))
    with st.form("correct_form", border=False):
        key = f"correct_value_{field}"
        if field in ENUM_FIELDS:
            options = list(ENUM_FIELDS[field])
            value = st.selectbox(t("correct_value", ln), options, key=key,
                                 index=options.index(event.get(field)) if event.get(field) in options else 0,
                                 format_func=lambda k: option_label(registries[field], k, ln))
        elif field in BOOL_FIELDS:
            value = st.radio(t("correct_value", ln), [True, False], key=key, horizontal=True,
                             format_func=lambda b: t("yes" if b else "no", ln))
        else:
            hint = ("correct_hint_int" if field in INT_FIELDS else "correct_hint_list" if field in LIST_FIELDS
                    else "correct_hint_date" if field in DATE_FIELDS else "correct_hint_text")
            value = st.text_input(t("correct_value", ln), value=current, key=key, help=t(hint, ln),
                                  placeholder=t(hint, ln))
        reason = st.text_input(t("correct_reason", ln), key="correct_reason")
        submitted = st.form_submit_button(t("correct_save", ln), type="primary")
    if not submitted:
        return
    if not is_unlocked():
        st.error(t("editor_required", ln))
        return
    try:
        value = validate_value(field, value)
        add_correction(access.edits_dir(), region=event["region"], year=int(event["year"]),
                       quarter=int(event["quarter"]), n=int(event["n"]), field_name=field, value=value,
                       fingerprint=event["fingerprint"], author=author(), reason=reason or "")
    except ValueError as exc:
        st.error(markdown_literal(str(exc)))
        return
    datadesk.apply_edits(access.db_path(), access.raw_dir(), access.edits_dir())
    remember("success", t("correct_saved", ln, field=field_label(field, ln), n=int(event["n"])))
    st.rerun()


# the Реестр's fact labels → the correctable fields shown under them (for the "corrected" mark)
FACT_FIELDS = {"col_title": ("title",), "col_dates": ("start_date", "end_date"), "col_sector": ("sector",),
               "col_type": ("event_type",), "col_format": ("format",), "col_direction": ("direction",),
               "col_city": ("venue_city",), "col_venue_country": ("venue_country",),
               "col_countries": ("partner_countries", "unnamed_foreign"), "col_regions": ("foreign_regions",),
               "col_agreement": ("agreement",), "col_foreign": ("attendance_foreign",),
               "col_online": ("attendance_online",), "col_attendance": ("attendance_total", "attendance_lower_bound")}


def corrected_fields(row: dict) -> set[str]:
    """events.corrected_fields of a row (DuckDB hands a list back as a numpy array)."""
    value = row.get("corrected_fields")
    if value is None:
        return set()
    return set(value.tolist() if hasattr(value, "tolist") else value)
