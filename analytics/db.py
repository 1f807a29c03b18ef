"""Read-only DuckDB access that follows the ETL's file swap.

The ETL writes `engagement.duckdb.tmp` and `os.replace`s it over the served file; a connection
opened before the swap keeps reading the old inode. `ReadOnlyDatabase.cursor()` compares the file's
(st_ino, st_mtime_ns, st_size) with the one it opened and reconnects when they differ.

Reconnecting with `duckdb.connect(path, read_only=True)` is not enough: DuckDB caches database
instances by path inside a process and would hand back the old one while any cursor on it lives.
So each file version is ATTACHed READ_ONLY to a fresh in-memory connection.

A folder instead of a file is a Parquet export (`python -m etl export --format parquet DIR`): each
version gets an in-memory catalog of views over its files (analytics/parquet_source.py), named like
the file's, so the query layer runs on either unchanged. Nothing writes such a folder but the export.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

import duckdb

from .parquet_source import SCHEMA_SQL, folder_signature, open_parquet_catalog

Signature = tuple[int, int, int]


class DatabaseMissing(FileNotFoundError):
    """The database file does not exist yet: the ETL has not been run."""


def is_parquet_folder(path: Path | str) -> bool:
    """Whether `path` names a Parquet export (a folder) rather than a DuckDB file: it is read-only."""
    return Path(path).is_dir()


def file_signature(path: Path) -> Signature | None:
    """(inode, mtime in ns, size) of the file, or None when it is missing; for a Parquet folder, the
    same over its files (None when it holds no events table)."""
    if is_parquet_folder(path):
        return folder_signature(Path(path))
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return (stat.st_ino, stat.st_mtime_ns, stat.st_size)


_EXPECTED_COLUMNS: frozenset[tuple[str, str]] | None = None


def expected_columns() -> frozenset[tuple[str, str]]:
    """(table, column) of every base table etl/schema.sql creates, read from a scratch in-memory
    database built from it once per process (a few ms): what the pages may query."""
    global _EXPECTED_COLUMNS
    if _EXPECTED_COLUMNS is None:
        with duckdb.connect(":memory:") as scratch:
            scratch.execute(SCHEMA_SQL.read_text(encoding="utf-8"))
            _EXPECTED_COLUMNS = frozenset(scratch.execute(
                "SELECT c.table_name, c.column_name FROM information_schema.columns c "
                "JOIN information_schema.tables t USING (table_catalog, table_schema, table_name) "
                "WHERE t.table_type = 'BASE TABLE'").fetchall())
    return _EXPECTED_COLUMNS


def schema_gaps(cursor: duckdb.DuckDBPyConnection) -> list[str]:
    """The tables ('option_counts') and columns ('events.attendance_approximate') this version's
    schema has and the open database lacks, sorted; empty when it is complete.

    The ETL upgrades a database whenever it writes to it, but the dashboard only reads: a file built
    by an earlier version (or copied from another machine) would otherwise fail on its first query
    with DuckDB's «Table with name option_counts does not exist» instead of saying what to run."""
    present = set(cursor.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_catalog = current_database()").fetchall())
    tables = {table for table, _ in present}
    gaps = {table if table not in tables else f"{table}.{column}"
            for table, column in expected_columns() - present}
    if not {"organisations", "event_organisations"} & tables:
        # a file from before organisations were extracted: the pages that read them ask first
        # (analytics.organisations.available) and say how to fill them; every other page works
        gaps -= ORGANISATION_TABLES
    return sorted(gaps)


ORGANISATION_TABLES = frozenset({"organisations", "event_organisations", "event_org_pairs", "org_joint_counts",
                                 "org_pair_counts", "org_official_counts"})


class Snapshot:
    """One version of the database file, held open: every cursor from it reads that version even after
    the ETL swaps a new file in. A page run takes one snapshot so its header, charts and tables can
    never mix two versions (78 events in the header, 6 rows in the table)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, signature: Signature):
        self._con, self.signature = con, signature

    def cursor(self) -> duckdb.DuckDBPyConnection:
        cursor = self._con.cursor()
        cursor.execute("USE engagement")
        return cursor


class ReadOnlyDatabase:
    """One read-only connection per database file version; each caller gets its own cursor."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._signature: Signature | None = None

    @property
    def signature(self) -> Signature | None:
        return file_signature(self.path)

    def snapshot(self) -> Snapshot:
        """The current file version, held open; raises DatabaseMissing if there is none.

        The signature is read before and after ATTACH: a swap in between would otherwise label the
        new contents with the old signature (and cache them under it), so the pair must agree."""
        with self._lock:
            for _ in range(5):
                current = file_signature(self.path)
                if current is None:
                    raise DatabaseMissing(str(self.path))
                if self._con is not None and current == self._signature:
                    return Snapshot(self._con, current)
                # The old connection is left to the garbage collector: a page run or a query in another
                # thread may still hold a snapshot of it.
                con = duckdb.connect(":memory:")
                try:
                    if is_parquet_folder(self.path):
                        open_parquet_catalog(con, self.path, "engagement")
                    else:
                        con.execute("ATTACH ? AS engagement (READ_ONLY)", [str(self.path)])
                except (duckdb.IOException, FileNotFoundError):
                    con.close()
                    if file_signature(self.path) is None:
                        raise DatabaseMissing(str(self.path)) from None
                    raise
                if file_signature(self.path) == current:
                    self._con, self._signature = con, current
                    return Snapshot(con, current)
                con.close()
            raise RuntimeError(f"{self.path} keeps changing while it is opened")

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor on the current file; raises DatabaseMissing if there is none."""
        return self.snapshot().cursor()

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
            self._con = None
            self._signature = None
