"""I/O edge: every table of the database → Parquet or CSV files (CSV in UTF-8 with BOM for Excel,
formula-looking text neutralised as in the dashboard's downloads; Parquet keeps values as they are)."""
from __future__ import annotations

from pathlib import Path

import duckdb

from .spreadsheet import neutralise

EXPORT_TABLES = ("reports", "report_notes", "events", "event_months", "event_countries",
                 "event_regions", "event_officials", "parse_issues", "loads", "countries",
                 "foreign_region_ref")


def export_tables(db_path: Path, out_dir: Path, fmt: str) -> list[Path]:
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"unknown format {fmt!r}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        for table in EXPORT_TABLES:
            path = out_dir / f"{table}.{fmt}"
            frame = con.execute(f"SELECT * FROM {table}").df()
            if fmt == "parquet":
                frame.to_parquet(path, index=False)
            else:
                for column in frame.columns:
                    if any(isinstance(v, (list, tuple)) for v in frame[column].tolist()):
                        frame[column] = frame[column].map(
                            lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
                for column in frame.columns:  # text only: a negative number stays a number
                    if any(isinstance(v, str) for v in frame[column].tolist()):
                        frame[column] = frame[column].map(neutralise)
                frame.to_csv(path, index=False, encoding="utf-8-sig")
            written.append(path)
    finally:
        con.close()
    return written
