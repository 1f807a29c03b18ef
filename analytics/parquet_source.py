"""A folder of Parquet files (`python -m etl export --format parquet DIR`) as the database the query layer
reads: an in-memory DuckDB catalog named like the ETL's, whose tables are views over the files.

analytics/queries.py names tables and views (`events`, `v_events`, `event_countries`…) and never a
path, so the same SQL runs over the DuckDB file and over such a folder — which could as well be on
object storage or in MotherDuck. A table is `DIR/<table>.parquet`, or a folder `DIR/<table>/` of
Parquet files (hive partitions such as `DIR/events/year=2024/part-0.parquet` become columns). The
views (`v_events`…) come from the export's `views.sql`, else from etl/schema.sql; a table the folder
lacks (an export made before it existed) is created empty from etl/schema.sql, so its pages show
nothing instead of failing.

    >>> con = duckdb.connect(":memory:"); open_parquet_catalog(con, Path("out/parquet"), "engagement")
    >>> con.execute("SELECT count(*) FROM engagement.v_events").fetchone()
    (78,)
"""
from __future__ import annotations

import os
import re
import zlib
from pathlib import Path

import duckdb

SCHEMA_SQL = Path(__file__).resolve().parent.parent / "etl" / "schema.sql"
VIEWS_FILE = "views.sql"
_NAME = re.compile(r"[a-z_][a-z0-9_]*")
_STATEMENT_END = re.compile(r";[ \t]*\n")
_CREATE_TABLE = re.compile(r"CREATE TABLE IF NOT EXISTS (\w+)", re.IGNORECASE)
_ALTER_TABLE = re.compile(r"ALTER TABLE (\w+)", re.IGNORECASE)
_CREATE_VIEW = re.compile(r"CREATE (?:OR REPLACE )?VIEW", re.IGNORECASE)


def parquet_tables(folder: Path) -> dict[str, str]:
    """table name → the read_parquet() pattern for it: 'events' → '/x/events.parquet' or
    '/x/events/**/*.parquet'. Names outside [a-z_][a-z0-9_]* are ignored (they become SQL identifiers)."""
    tables: dict[str, str] = {}
    for entry in sorted(Path(folder).iterdir()):
        if entry.is_file() and entry.suffix == ".parquet" and _NAME.fullmatch(entry.stem):
            tables[entry.stem] = str(entry)
        elif entry.is_dir() and _NAME.fullmatch(entry.name) and next(entry.rglob("*.parquet"), None):
            tables.setdefault(entry.name, str(entry / "**" / "*.parquet"))
    return tables


def folder_signature(folder: Path) -> tuple[int, int, int] | None:
    """(folder inode, newest mtime in ns, a digest of every file's name, inode and size), or None when
    the folder holds no events table: a re-export gives a new signature, so cached results go."""
    try:
        tables = parquet_tables(folder)
    except OSError:
        return None
    if "events" not in tables:
        return None
    files = []
    for pattern in tables.values():
        root = Path(pattern.split("**")[0]) if "**" in pattern else Path(pattern)
        files += [root] if root.is_file() else sorted(root.rglob("*.parquet"))
    newest, digest = 0, 0
    for path in files:
        stat = path.stat()
        newest = max(newest, stat.st_mtime_ns)
        digest = zlib.crc32(f"{path}|{stat.st_ino}|{stat.st_size}".encode(), digest)
    return (os.stat(folder).st_ino, newest, digest)


def _statements(text: str) -> list[str]:
    return [s.strip() for s in _STATEMENT_END.split(text + "\n") if s.strip()]


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _create_views(con: duckdb.DuckDBPyConnection, views: list[str]) -> None:
    """Create views in dependency order: one that names a view not made yet waits for the next pass."""
    pending = list(views)
    while pending:
        failed = []
        for sql in pending:
            try:
                con.execute(sql)
            except duckdb.CatalogException:
                failed.append(sql)
        if len(failed) == len(pending):
            con.execute(failed[0])  # raises the real error
        pending = failed


def open_parquet_catalog(con: duckdb.DuckDBPyConnection, folder: Path, catalog: str) -> None:
    """Attach an in-memory catalog `catalog` to `con` holding a view per Parquet table of `folder`,
    empty tables for the schema's tables the folder lacks, and the schema's views."""
    folder = Path(folder)
    tables = parquet_tables(folder)
    con.execute("SET parquet_metadata_cache = true")
    con.execute(f"ATTACH ':memory:' AS {catalog}")
    con.execute(f"USE {catalog}")
    for name, pattern in tables.items():
        hive = ", hive_partitioning = true" if "**" in pattern else ""
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({_literal(pattern)}{hive})")
    schema = _statements(SCHEMA_SQL.read_text(encoding="utf-8"))
    for sql in schema:
        body = re.sub(r"^(--[^\n]*\n)+", "", sql).strip()
        target = _CREATE_TABLE.match(body) or _ALTER_TABLE.match(body)
        if target and target.group(1) not in tables:
            con.execute(body)
    exported = folder / VIEWS_FILE
    views = (_statements(exported.read_text(encoding="utf-8")) if exported.exists()
             else [re.sub(r"^(--[^\n]*\n)+", "", s).strip() for s in schema])
    _create_views(con, [v for v in views if _CREATE_VIEW.match(v)])
