"""I/O edge: every table of the database → Parquet or CSV files (CSV in UTF-8 with BOM for Excel,
formula-looking text neutralised as in the dashboard's downloads; Parquet keeps values and types as
they are).

A Parquet export is also a database the dashboard can read (ENGAGEMENT_DB=DIR, analytics/db.py): it
holds every table, written by DuckDB itself so DATE stays DATE and lists stay lists, and `views.sql`,
the database's views, so `v_events` and the rest mean the same over the files. Each file is written
beside its place and renamed in, so a reader never opens half a file.
"""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

from .spreadsheet import neutralise

# The tables every export holds (a database from before a table existed still gets them all here);
# any other table of the database (duplicate candidates, decisions, corrections, summaries) follows.
EXPORT_TABLES = ("reports", "report_notes", "events", "event_months", "event_countries",
                 "event_regions", "event_officials", "organisations", "event_organisations", "parse_issues",
                 "loads", "countries",
                 "foreign_region_ref")
VIEWS_FILE = "views.sql"


def database_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """EXPORT_TABLES first, then the database's other base tables by name."""
    names = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND NOT temporary ORDER BY table_name").fetchall()]
    return [t for t in EXPORT_TABLES if t in names] + [t for t in names if t not in EXPORT_TABLES]


def database_views(con: duckdb.DuckDBPyConnection) -> str:
    """The database's own views as SQL, in the order they were made (a view after those it names)."""
    rows = con.execute("SELECT sql FROM duckdb_views() WHERE database_name = current_database() "
                       "AND schema_name = 'main' AND NOT internal ORDER BY view_oid").fetchall()
    return "".join(sql.rstrip().rstrip(";") + ";\n" for (sql,) in rows)


def _write_in_place(path: Path, write) -> None:
    tmp = path.with_name(path.name + ".tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _csv(con: duckdb.DuckDBPyConnection, table: str, path: Path) -> None:
    frame = con.execute(f"SELECT * FROM {table}").df()
    for column in frame.columns:
        if any(isinstance(v, (list, tuple)) for v in frame[column].tolist()):
            frame[column] = frame[column].map(
                lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    for column in frame.columns:  # text only: a negative number stays a number
        if any(isinstance(v, str) for v in frame[column].tolist()):
            frame[column] = frame[column].map(neutralise)
    frame.to_csv(path, index=False, encoding="utf-8-sig")


def export_tables(db_path: Path, out_dir: Path, fmt: str) -> list[Path]:
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"unknown format {fmt!r}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        for table in database_tables(con):
            path = out_dir / f"{table}.{fmt}"
            if fmt == "parquet":
                _write_in_place(path, lambda tmp, table=table: con.execute(
                    f"COPY (SELECT * FROM {table}) TO '{str(tmp).replace(chr(39), chr(39) * 2)}' "
                    "(FORMAT parquet, COMPRESSION zstd)"))
            else:
                _write_in_place(path, lambda tmp, table=table: _csv(con, table, tmp))
            written.append(path)
        if fmt == "parquet":
            views = database_views(con)
            _write_in_place(out_dir / VIEWS_FILE, lambda tmp: tmp.write_text(views, encoding="utf-8"))
            written.append(out_dir / VIEWS_FILE)
    finally:
        con.close()
    return written
