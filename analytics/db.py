"""Read-only DuckDB access that follows the ETL's file swap.

The ETL writes `engagement.duckdb.tmp` and `os.replace`s it over the served file; a connection
opened before the swap keeps reading the old inode. `ReadOnlyDatabase.cursor()` compares the file's
(st_ino, st_mtime_ns, st_size) with the one it opened and reconnects when they differ.

Reconnecting with `duckdb.connect(path, read_only=True)` is not enough: DuckDB caches database
instances by path inside a process and would hand back the old one while any cursor on it lives.
So each file version is ATTACHed READ_ONLY to a fresh in-memory connection.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

import duckdb

Signature = tuple[int, int, int]


class DatabaseMissing(FileNotFoundError):
    """The database file does not exist yet: the ETL has not been run."""


def file_signature(path: Path) -> Signature | None:
    """(inode, mtime in ns, size) of the file, or None when it is missing."""
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return (stat.st_ino, stat.st_mtime_ns, stat.st_size)


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

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor on the current file; raises DatabaseMissing if there is none."""
        with self._lock:
            current = file_signature(self.path)
            if current is None:
                raise DatabaseMissing(str(self.path))
            if self._con is None or current != self._signature:
                # The old connection is left to the garbage collector: a query running in another
                # thread may still hold a cursor on it.
                con = duckdb.connect(":memory:")
                con.execute("ATTACH ? AS engagement (READ_ONLY)", [str(self.path)])
                self._con = con
                self._signature = current
            cursor = self._con.cursor()
        cursor.execute("USE engagement")
        return cursor

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
            self._con = None
            self._signature = None
