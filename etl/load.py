"""I/O edge: parsed reports → DuckDB, one transaction per report, swapped in whole.

DuckDB allows one writer or many readers, so the dashboard reads `engagement.duckdb` while a load
writes a copy (`.tmp`), checkpoints it and `os.replace`s it in: readers never see a half-written
file, and a crash leaves the old database as it was.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd

from . import PARSER_VERSION
from .corrections import apply_corrections, fingerprint
from .edits import Edits, event_key
from .errors import ReportError
from .geo import country_names, foreign_region_table
from .normalize import Event, Report, build_report
from .read import read_bytes, read_file

SCHEMA = (Path(__file__).resolve().parent / "schema.sql").read_text(encoding="utf-8")
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
EventHook = Callable[[Report, Event], None]


@dataclass
class LoadResult:
    file_name: str
    status: str                 # loaded | replaced | unchanged | reparsed | failed
    message: str
    sha256: str | None = None
    report: Report | None = None
    replaced_report_id: str | None = None

    @property
    def ok(self) -> bool:
        return self.status != "failed"


def period_label(year: int, quarter: int) -> str:
    return f"{ROMAN[quarter]} кв. {year}"


def parse_path(path: Path) -> Report:
    return build_report(read_file(path))


@contextmanager
def _writer_lock(db_path: Path):
    """Two loads at once would both copy the old file; the second waits for the first."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with open(str(db_path) + ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def connect_writable(path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path))
    con.execute(SCHEMA)
    # A database built before the column existed (CREATE TABLE IF NOT EXISTS keeps the old table).
    con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS attendance_approximate BOOLEAN DEFAULT FALSE")
    return con


def _refresh_reference(con: duckdb.DuckDBPyConnection) -> None:
    countries = pd.DataFrame(
        [(code, a3, ru, en) for code, (ru, en, a3) in sorted(country_names().items())],
        columns=["code", "alpha3", "name_ru", "name_en"])
    regions = pd.DataFrame(
        [(r["name"], r["country"], float(r["lat"]), float(r["lon"])) for r in foreign_region_table()],
        columns=["name", "country", "lat", "lon"])
    con.execute("BEGIN")
    con.execute("DELETE FROM countries")
    con.register("countries_df", countries)
    con.execute("INSERT INTO countries SELECT * FROM countries_df")
    con.execute("DELETE FROM foreign_region_ref")
    con.register("regions_df", regions)
    con.execute("INSERT INTO foreign_region_ref SELECT * FROM regions_df")
    con.execute("COMMIT")
    con.unregister("countries_df")
    con.unregister("regions_df")


def _delete_report(con: duckdb.DuckDBPyConnection, report_id: str) -> None:
    for table in ("event_months", "event_countries", "event_regions", "event_officials"):
        con.execute(f"DELETE FROM {table} WHERE event_id IN "
                    "(SELECT event_id FROM events WHERE report_id = ?)", [report_id])
    for table in ("events", "report_notes", "parse_issues", "reports"):
        con.execute(f"DELETE FROM {table} WHERE report_id = ?", [report_id])


def _frames(report: Report, on_event: EventHook | None) -> dict[str, pd.DataFrame]:
    rid = report.sha256
    events, months, countries, regions, officials = [], [], [], [], []
    region_country = {r["name"]: r["country"] for r in foreign_region_table()}
    for e in report.events:
        event_id = f"{rid}:{e.n}"
        events.append({
            "event_id": event_id, "report_id": rid, "n": e.n, "sector": e.sector,
            "sector_key": e.sector_key, "sector_en": e.sector_en, "title": e.title,
            "start_date": e.start_date, "end_date": e.end_date, "months": list(e.months),
            "quarter_position": e.quarter_position, "format": e.format, "direction": e.direction,
            "event_type": e.event_type, "venue_city": e.venue_city, "venue_country": e.venue_country,
            "unnamed_foreign": e.unnamed_foreign, "attendance_total": e.attendance_total,
            "attendance_lower_bound": e.attendance_lower_bound,
            "attendance_approximate": e.attendance_approximate,
            "attendance_foreign": e.attendance_foreign, "attendance_online": e.attendance_online,
            "agreement": e.agreement, "agreement_text": e.agreement_text,
            "raw_number": e.raw["number"], "raw_title": e.raw["title"], "raw_venue": e.raw["venue"],
            "raw_dates": e.raw["dates"], "raw_content": e.raw["content"],
            "raw_participants": e.raw["participants"], "table_row": e.table_row,
            "source_line": e.source_line, "search_lemmas": e.search_text,
            "fingerprint": fingerprint(e.raw), "corrected_fields": list(e.corrected_fields),
        })
        months += [{"event_id": event_id, "month": m} for m in e.months]
        countries += [{"event_id": event_id, "country_code": c, "position": i}
                      for i, c in enumerate(e.partner_countries)]
        regions += [{"event_id": event_id, "region_name": r, "country_code": region_country.get(r),
                     "position": i} for i, r in enumerate(e.foreign_regions)]
        officials += [{"event_id": event_id, "name": o.name, "role": o.role, "position": i}
                      for i, o in enumerate(e.officials)]
        if on_event:
            on_event(report, e)
    issues = [{"report_id": rid, "file_name": report.file_name, "n": i.event, "field": i.field,
               "raw_text": i.raw_text, "message": i.message, "severity": i.severity}
              for i in report.issues]
    notes = [{"report_id": rid, "position": i, "text": n.text, "number": n.number}
             for i, n in enumerate(report.notes)]
    return {"events": pd.DataFrame(events), "event_months": pd.DataFrame(months, columns=["event_id", "month"]),
            "event_countries": pd.DataFrame(countries, columns=["event_id", "country_code", "position"]),
            "event_regions": pd.DataFrame(regions, columns=["event_id", "region_name", "country_code", "position"]),
            "event_officials": pd.DataFrame(officials, columns=["event_id", "name", "role", "position"]),
            "parse_issues": pd.DataFrame(issues, columns=["report_id", "file_name", "n", "field", "raw_text",
                                                          "message", "severity"]),
            "report_notes": pd.DataFrame(notes, columns=["report_id", "position", "text", "number"])}


def _insert_report(con: duckdb.DuckDBPyConnection, report: Report, on_event: EventHook | None,
                   digest: str) -> None:
    con.execute(
        "INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [report.sha256, report.file_name, report.sha256, report.source_kind, report.region,
         report.year, report.quarter, period_label(report.year, report.quarter), report.period_start,
         report.period_end, report.event_count, len(report.sectors), report.parser_version, digest,
         datetime.now()])
    for table, frame in _frames(report, on_event).items():
        if frame.empty:
            continue
        name = f"frame_{table}"
        con.register(name, frame)
        columns = ", ".join(frame.columns)
        con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {name}")
        con.unregister(name)


def _record_load(con, result: LoadResult, started: datetime) -> None:
    con.execute("INSERT INTO loads VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [uuid.uuid4().hex, result.file_name, result.sha256, result.status, result.message,
                 result.replaced_report_id, started, datetime.now()])


def _edits_digest(report: Report, edits: Edits) -> str:
    mine = sorted(c.id for c in edits.corrections
                  if (c.region, c.year, c.quarter) == (report.region, report.year, report.quarter))
    return hashlib.sha256("|".join(mine).encode()).hexdigest()[:16]


def _store_corrections(con, report: Report, edits: Edits, statuses: dict[str, str]) -> None:
    con.execute("DELETE FROM corrections WHERE region = ? AND year = ? AND quarter = ?",
                [report.region, report.year, report.quarter])
    for c in edits.corrections:
        if (c.region, c.year, c.quarter) == (report.region, report.year, report.quarter):
            con.execute("INSERT INTO corrections VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [c.id, c.region, c.year, c.quarter, c.n, c.field,
                         json.dumps(c.value, ensure_ascii=False), c.author, c.reason, c.created_at,
                         statuses.get(c.id, "pending")])


def _apply_duplicates(con, edits: Edits) -> None:
    """Marks merged events on the whole database; a decision whose events changed is 'stale'."""
    con.execute("UPDATE events SET duplicate_of = NULL WHERE duplicate_of IS NOT NULL")
    con.execute("DELETE FROM duplicate_decisions")
    keys = {event_key(*row[1:]): row[0] for row in con.execute(
        "SELECT e.event_id, r.region, r.year, r.quarter, e.n, e.fingerprint "
        "FROM events e JOIN reports r USING (report_id)").fetchall()}
    latest: dict[tuple[str, str], object] = {}
    for decision in sorted(edits.duplicates, key=lambda d: d.created_at):
        latest[(decision.first_key, decision.second_key)] = decision
    for decision in latest.values():
        first, second = keys.get(decision.first_key), keys.get(decision.second_key)
        status = "applied" if first and second else "stale"
        if status == "applied" and decision.decision == "merge":
            con.execute("UPDATE events SET duplicate_of = ? WHERE event_id = ?", [first, second])
        con.execute("INSERT INTO duplicate_decisions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [decision.id, decision.first_key, decision.second_key, decision.decision,
                     decision.author, decision.reason, decision.created_at, first, second, status])


def _store_report(con, report: Report, on_event: EventHook | None, edits: Edits, force: bool) -> LoadResult:
    digest = _edits_digest(report, edits)
    same = con.execute("SELECT parser_version, edits_digest FROM reports WHERE report_id = ?",
                       [report.sha256]).fetchone()
    if same and same[0] == report.parser_version and same[1] == digest and not force:
        return LoadResult(report.file_name, "unchanged",
                          "этот файл уже загружен, данные не изменились", report.sha256, report)
    statuses = apply_corrections(report, edits.corrections)
    _store_corrections(con, report, edits, statuses)
    previous = con.execute(
        "SELECT report_id, file_name FROM reports WHERE region = ? AND year = ? AND quarter = ?",
        [report.region, report.year, report.quarter]).fetchone()
    if previous:
        _delete_report(con, previous[0])
    _insert_report(con, report, on_event, digest)
    label = f"{report.region}, {period_label(report.year, report.quarter)}"
    if same:
        why = (f"новой версией парсера {PARSER_VERSION}" if same[0] != report.parser_version
               else "с учётом исправлений" if same[1] != digest else "по запросу")
        return LoadResult(report.file_name, "reparsed", f"{label}: разобран заново {why}",
                          report.sha256, report, None)
    if previous:
        return LoadResult(report.file_name, "replaced",
                          f"{label}: заменил ранее загруженный отчёт {previous[1]}",
                          report.sha256, report, previous[0])
    return LoadResult(report.file_name, "loaded", f"{label}: новый отчёт в базе", report.sha256, report)


def load_reports(items: Iterable[Path | tuple[str, bytes]], db_path: Path, *, rebuild: bool = False,
                 force: bool = False, edits: Edits | None = None, on_event: EventHook | None = None,
                 on_file: Callable[[LoadResult], None] | None = None) -> list[LoadResult]:
    """Load files (paths, or (name, bytes) from an upload) into db_path.

    Each report is one transaction in a copy of the database; the copy replaces the served file
    only at the end, so an interrupted load leaves the previous database intact.
    """
    db_path = Path(db_path)
    tmp_path = Path(str(db_path) + ".tmp")
    results: list[LoadResult] = []
    edits = edits or Edits()
    with _writer_lock(db_path):
        for stale in (tmp_path, Path(str(tmp_path) + ".wal")):
            stale.unlink(missing_ok=True)
        if db_path.exists() and not rebuild:
            shutil.copy2(db_path, tmp_path)
        con = connect_writable(tmp_path)
        swapped = False
        try:
            _refresh_reference(con)
            for item in items:
                started = datetime.now()
                name = item[0] if isinstance(item, tuple) else Path(item).name
                try:
                    source = read_bytes(item[1], item[0]) if isinstance(item, tuple) else read_file(Path(item))
                    report = build_report(source)
                except ReportError as exc:
                    result = LoadResult(name, "failed", str(exc))
                else:
                    con.execute("BEGIN TRANSACTION")
                    try:
                        result = _store_report(con, report, on_event, edits, force)
                        _record_load(con, result, started)
                        con.execute("COMMIT")
                    except Exception:
                        con.execute("ROLLBACK")
                        raise
                if result.status == "failed":
                    _record_load(con, result, started)
                results.append(result)
                if on_file:
                    on_file(result)
            con.execute("BEGIN TRANSACTION")
            _apply_duplicates(con, edits)
            con.execute("COMMIT")
            con.execute("CHECKPOINT")
            con.close()
            os.replace(tmp_path, db_path)
            swapped = True
        finally:
            if not swapped:
                try:
                    con.close()
                except Exception:
                    pass
                tmp_path.unlink(missing_ok=True)
                Path(str(tmp_path) + ".wal").unlink(missing_ok=True)
    return results


def delete_report(report_id: str, db_path: Path) -> bool:
    """Remove one report (and its events) with the same swap as a load."""
    db_path = Path(db_path)
    tmp_path = Path(str(db_path) + ".tmp")
    with _writer_lock(db_path):
        shutil.copy2(db_path, tmp_path)
        con = connect_writable(tmp_path)
        try:
            found = con.execute("SELECT count(*) FROM reports WHERE report_id = ?", [report_id]).fetchone()[0]
            con.execute("BEGIN TRANSACTION")
            _delete_report(con, report_id)
            con.execute("COMMIT")
            con.execute("CHECKPOINT")
            con.close()
            os.replace(tmp_path, db_path)
        finally:
            tmp_path.unlink(missing_ok=True)
    return bool(found)
