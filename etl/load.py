"""I/O edge: parsed reports → DuckDB, one transaction per report, swapped in whole.

DuckDB allows one writer or many readers, so the dashboard reads `engagement.duckdb` while a load
writes a copy (`.tmp`), checkpoints it and `os.replace`s it in: readers never see a half-written
file, and a crash leaves the old database as it was. The copy is a reflink where the file system
shares blocks (etl/filecopy.py), which makes an add cost the same at any database size.
"""
from __future__ import annotations

import dataclasses
import errno
import fcntl
import hashlib
import json
import os
import threading
import uuid
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from . import PARSER_VERSION
from .candidates import (add_report_candidates, delete_report_candidates, rebuild_duplicate_candidates,
                         rescore_outdated_candidates)
from .corrections import apply_corrections, fingerprint, locate_events
from .duplicates import title_words
from .edits import Edits
from .errors import Issue, ReportError, shown_name
from .filecopy import clone_or_copy
from .spare import discard, make_spare, spares, take_spare
from .geo import country_names, foreign_region_table
from .limits import MAX_EVENT_NUMBER
from .parallel import auto_jobs, parsed_in_order
from .organisations import apply_aliases
from .search import BUCKET_SQL, WORD_TABLES, WORDS_SQL, search_words, word_table
from .normalize import Event, Report, build_report
from .read import read_bytes, read_file, read_path_bytes
from .store import original_name, storage_error
from .kept import (AGREEMENT_ORDER, AGREEMENT_SHOWN, AGREEMENT_WHOLE, FILL_CHECKS,  # noqa: F401 (kept rows' shape)
                   FOREIGN_ORDER, FOREIGN_SHOWN, FOREIGN_WHOLE, TOP_ORDER, TOP_PER_REPORT, TOP_SHOWN,
                   TOP_WHOLE)

SCHEMA = (Path(__file__).resolve().parent / "schema.sql").read_text(encoding="utf-8")
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
EventHook = Callable[[Report, Event], None]
# the event's columns each list side table carries (schema.sql), so counts by list item filter there
CARRIED = ("report_id", "region", "sector_key", "format", "direction", "event_type", "merged")
SIDE_TABLES = ("event_months", "event_countries", "event_regions", "event_officials", "event_organisations",
               "event_org_pairs")
# the event's lists the four list side tables carry too, so a country, quarter or month filter tests the row
LISTS = ("partner_countries", "months")
WORDS = "event_words"  # _frames' key for the word index's rows of every bucket
LIST_TABLES = ("event_months", "event_countries", "event_regions", "event_officials")


def db_text(text: str) -> str:
    """A file name as valid UTF-8: a name read from disk may carry undecodable bytes (surrogates)."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


@dataclass
class LoadResult:
    file_name: str
    status: str                 # loaded | replaced | unchanged | reparsed | failed
    message: str
    sha256: str | None = None
    report: Report | None = None
    replaced_report_id: str | None = None

    def __post_init__(self) -> None:  # a name read from disk may hold undecodable bytes
        self.file_name, self.message = shown_name(self.file_name), db_text(self.message)

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
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(str(db_path) + ".lock", "a")
    except OSError as exc:
        raise storage_error(db_path.parent, exc) from None
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


SCHEMA_DIGEST = hashlib.sha256(SCHEMA.encode("utf-8")).hexdigest()


def _shape(con: duckdb.DuckDBPyConnection) -> str:
    """A digest of every table's columns (with their types) and indexes: what a migration looks at.
    Views are left out: schema.sql re-creates them, and a view's listed columns are those of its
    tables when it was made (v_events lists event_no only once made again after the column's ALTER)."""
    columns = con.execute("SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c "
                          "JOIN information_schema.tables t USING (table_schema, table_name) "
                          "WHERE t.table_type = 'BASE TABLE' ORDER BY ALL").fetchall()
    indexes = con.execute("SELECT table_name, index_name FROM duckdb_indexes() ORDER BY ALL").fetchall()
    return hashlib.sha256(repr((columns, indexes)).encode("utf-8")).hexdigest()


def _schema_is_current(con: duckdb.DuckDBPyConnection) -> bool:
    """True when this schema.sql shaped the file last and nothing changed its shape since."""
    try:
        state = con.execute("SELECT schema_digest, shape FROM schema_state").fetchall()
    except duckdb.CatalogException:  # a file from before the table, or a new one
        return False
    return state == [(SCHEMA_DIGEST, _shape(con))]


def connect_writable(path: Path) -> duckdb.DuckDBPyConnection:
    """A writable connection whose file has this version's schema: created, or migrated from any
    earlier one (each step below runs only when its column or table is missing). The schema's digest
    and the shape it left are kept in schema_state, so a file already in shape skips the ~200
    statements and checks."""
    con = duckdb.connect(str(path))
    if _schema_is_current(con):
        rescore_outdated_candidates(con)
        return con
    columns = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'").fetchall()}
    side_columns = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'event_countries'").fetchall()}
    had_words = con.execute("SELECT count(*) FROM information_schema.tables "
                            "WHERE table_name = ?", [WORD_TABLES[0]]).fetchone()[0] == 1
    had_quality = con.execute("SELECT count(*) FROM information_schema.tables "
                              "WHERE table_name IN ('report_fill', 'issue_kinds', 'report_sectors', 'report_top_attendance', "
                              "'top_attendance')").fetchone()[0] == 5
    numbered_words = con.execute("SELECT count(*) FROM information_schema.columns WHERE table_name = ? "
                                 "AND column_name = 'event_no'", [WORD_TABLES[0]]).fetchone()[0] == 1
    link_columns = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'event_organisations'").fetchall()}
    had_pairs = con.execute("SELECT count(*) FROM information_schema.tables "
                            "WHERE table_name = 'event_org_pairs'").fetchone()[0] == 1
    had_org_counts = con.execute("SELECT count(*) FROM information_schema.tables "
                                 "WHERE table_name IN ('org_joint_counts', 'org_pair_counts', 'org_official_counts')"
                                 ).fetchone()[0] == 3
    shown_top = con.execute("SELECT count(*) FROM information_schema.columns WHERE table_name = 'top_attendance' "
                            "AND column_name = 'partner_countries'").fetchone()[0] == 1
    had_foreign_top = con.execute("SELECT count(*) FROM information_schema.tables "
                                  "WHERE table_name IN ('report_top_foreign', 'top_foreign')").fetchone()[0] == 2
    had_agreement_top = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name IN "
                                    "('report_top_agreements', 'top_agreements')").fetchone()[0] == 2
    had_options = con.execute("SELECT count(*) FROM information_schema.tables "
                              "WHERE table_name IN ('option_counts', 'event_cube')").fetchone()[0] == 2
    numbered_sides = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.columns WHERE column_name = 'event_no'").fetchall()}
    con.execute(SCHEMA)
    if columns and "partner_countries" not in columns:
        _fill_event_lists(con)
    if columns and "period_label" not in columns:
        con.execute("UPDATE events SET region = r.region, year = r.year, quarter = r.quarter, "
                    "period_label = r.period_label, file_name = r.file_name, sha256 = r.sha256 "
                    "FROM reports r WHERE r.report_id = events.report_id")
    if columns and "title_words" not in columns:
        words = pd.DataFrame([(event_id, title_words(title)) for event_id, title in
                              con.execute("SELECT event_id, title FROM events").fetchall()],
                             columns=["event_id", "words"])
        con.register("title_words_df", words)
        con.execute("UPDATE events SET title_words = w.words FROM title_words_df w "
                    "WHERE w.event_id = events.event_id")
        con.unregister("title_words_df")
        rebuild_duplicate_candidates(con)
    rescore_outdated_candidates(con)
    # A database built before the column existed (CREATE TABLE IF NOT EXISTS keeps the old table).
    con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS attendance_approximate BOOLEAN DEFAULT FALSE")
    if side_columns and "sector_key" not in side_columns:
        _fill_side_columns(con)
    if side_columns and "agreement" not in side_columns:
        _fill_side_lists(con)
    if columns and "event_no" not in columns:
        number_events(con)
    for table in SIDE_TABLES if columns else ():  # side rows from before they named their event's number
        if table not in numbered_sides:
            con.execute(f"UPDATE {table} SET event_no = e.event_no FROM events e WHERE e.event_id = {table}.event_id")
    if columns and not (had_words and numbered_words):
        fill_search_words(con)
    if columns and not had_quality:
        rebuild_quality_counts(con)
    else:
        if columns and not had_foreign_top:
            rebuild_foreign_top(con)
        if columns and not had_agreement_top:
            rebuild_agreements_top(con)
        if columns and not shown_top:  # the whole top's rows get the shown columns
            _refill_top(con)
    if columns and not had_options:
        _rebuild_counts(con)
    if link_columns and "months" not in link_columns:
        _fill_link_event_columns(con)
    if link_columns and not had_pairs:
        _fill_org_pairs(con)
    if columns and not had_org_counts:  # after the links' joint flags and pairs above are filled
        rebuild_org_counts(con)
    con.execute("DELETE FROM schema_state")
    con.execute("INSERT INTO schema_state VALUES (?, ?)", [SCHEMA_DIGEST, _shape(con)])
    return con


def fill_search_words(con: duckdb.DuckDBPyConnection) -> None:
    """A database from before the word index (or one whose events were copied in SQL, bench/bigdb.py):
    index every event's words once (30–110 s at a million events on this machine)."""
    con.execute(f"CREATE TEMP TABLE all_words AS SELECT word, report_id, n, event_no, {BUCKET_SQL} AS bucket "
                f"FROM (SELECT unnest({WORDS_SQL}) AS word, report_id, n, event_no FROM events ORDER BY event_no)")
    for bucket, table in enumerate(WORD_TABLES):
        con.execute(f"DELETE FROM {table}")
        con.execute(f"INSERT INTO {table} (word, report_id, n, event_no) SELECT word, report_id, n, event_no "
                    "FROM all_words WHERE bucket = ?", [bucket])
    con.execute("DROP TABLE all_words")


def _fill_org_pairs(con: duckdb.DuckDBPyConnection) -> None:
    """A database from before event_org_pairs: pair each event's home and foreign links once."""
    con.execute("INSERT INTO event_org_pairs (event_id, home_key, foreign_key, report_id, region, sector_key, format, "
                "direction, event_type, merged, partner_countries, months, event_no) "
                "SELECT h.event_id, h.org_key, x.org_key, h.report_id, h.region, "
                "h.sector_key, h.format, h.direction, h.event_type, h.merged, h.partner_countries, h.months, h.event_no "
                "FROM event_organisations h JOIN event_organisations x ON x.event_id = h.event_id "
                "WHERE h.side = 'home' AND x.side = 'foreign' AND h.org_key <> x.org_key")


# the order cluster_links writes each table in: one organisation's rows side by side
CLUSTERED_LINKS = {"event_organisations": "org_key, event_no, event_id, position",
                   "event_org_pairs": "foreign_key, home_key, event_no, event_id"}


def cluster_links(con: duckdb.DuckDBPyConnection) -> None:
    """Rewrite event_organisations in organisation order (event_org_pairs in foreign-partner order), so
    one organisation's links fill a few row groups and DuckDB's zone maps skip the rest: the dossier
    of «минский автомобильный завод» (40k of 2.3M links at a million SYNTHETIC events) read its
    links in ~28 ms scattered over every row group, ~10 ms clustered (integer keys instead of the text
    org_key saved ~3 ms of the scattered read; the scatter is the cost). Run by a rebuild
    (`etl load --rebuild`) and bench/bigdb.py; a report loaded afterwards appends its links at the end,
    where they are read as before (one row group holds ~700 reports' links). Rows are unchanged."""
    for table, order in CLUSTERED_LINKS.items():
        con.execute("BEGIN")
        con.execute(f"CREATE TEMP TABLE clustered_links AS SELECT * FROM {table} ORDER BY {order}")
        con.execute(f"DELETE FROM {table}")
        con.execute(f"INSERT INTO {table} SELECT * FROM clustered_links")
        con.execute("DROP TABLE clustered_links")
        con.execute("COMMIT")


# the order cluster_words writes each word index table in: one word's rows side by side, in event order
CLUSTERED_WORDS = "word, event_no, report_id, n"


def cluster_words(con: duckdb.DuckDBPyConnection) -> None:
    """Rewrite each word index table (event_words_NN) in word order, so a search's `word IN (…)` reads the
    few row groups that hold its words and DuckDB's zone maps skip the rest: in load order every word is
    in every row group, and «вытынанка» (19k of the 3.9M rows of its table at a million SYNTHETIC
    events) was looked up by reading all 33 groups' words. Run by a rebuild (`etl load --rebuild`) and
    bench/bigdb.py, like cluster_links; a report loaded afterwards appends its words at the end, where
    they are read as before (one row group holds ~1,000 reports' words of a table). Rows are unchanged.
    Costs space: in load order a table's report ids come in long runs (~13 MB for the 3.9M rows above,
    ~23 MB in word order)."""
    for table in WORD_TABLES:
        con.execute("BEGIN")
        con.execute(f"CREATE TEMP TABLE clustered_words AS SELECT * FROM {table} ORDER BY {CLUSTERED_WORDS}")
        con.execute(f"DELETE FROM {table}")
        con.execute(f"INSERT INTO {table} SELECT * FROM clustered_words")
        con.execute("DROP TABLE clustered_words")
        con.execute("COMMIT")


def _fill_link_event_columns(con: duckdb.DuckDBPyConnection) -> None:
    """A database from before event_organisations carried its event's dates and agreement: fill them once."""
    con.execute("UPDATE event_organisations SET event_start = e.start_date, event_end = e.end_date, "
                "event_year = coalesce(year(e.start_date), e.year), "
                "event_quarter = coalesce(quarter(e.start_date), e.quarter), event_agreement = e.agreement, event_n = e.n, "
                "partner_countries = e.partner_countries, months = e.months "
                "FROM events e WHERE e.event_id = event_organisations.event_id")
    con.execute("UPDATE event_organisations SET joint = j.event_id IS NOT NULL FROM event_organisations l "
                "LEFT JOIN (SELECT event_id FROM event_organisations WHERE side IN ('home', 'foreign') "
                "GROUP BY 1 HAVING count(DISTINCT side) = 2) j ON j.event_id = l.event_id "
                "WHERE l.event_id = event_organisations.event_id")


def _fill_side_columns(con: duckdb.DuckDBPyConnection) -> None:
    """A database from before the side tables carried their event's filter columns: fill them once."""
    for table in SIDE_TABLES:
        extra = {"event_countries": ", attendance_total = e.attendance_total, "
                                    "attendance_lower_bound = e.attendance_lower_bound",
                 "event_officials": ", n = e.n"}.get(table, "")
        con.execute(f"UPDATE {table} SET report_id = e.report_id, region = e.region, sector_key = e.sector_key, "
                    f"format = e.format, direction = e.direction, event_type = e.event_type, "
                    f"merged = e.duplicate_of IS NOT NULL{extra} FROM events e WHERE e.event_id = {table}.event_id")


def _fill_side_lists(con: duckdb.DuckDBPyConnection) -> None:
    """A database from before the list side tables carried their event's lists: fill them once."""
    for table in LIST_TABLES:
        extra = (", quarter_position = e.quarter_position, agreement = e.agreement"
                 if table == "event_countries" else "")
        con.execute(f"UPDATE {table} SET partner_countries = e.partner_countries, months = e.months{extra} "
                    f"FROM events e WHERE e.event_id = {table}.event_id")


def number_events(con: duckdb.DuckDBPyConnection) -> None:
    """A database from before event numbers (or grown in SQL, bench/bigdb.py): give every report an
    event_base in load order, each after the previous report's numbers, and every event its event_no."""
    con.execute("""UPDATE reports SET event_base = b.event_base FROM (
        SELECT report_id, 1 - low + coalesce(sum(high - low + 1) OVER (ORDER BY first_row
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS event_base
        FROM (SELECT r.report_id, coalesce(min(e.n), 1) AS low, coalesce(max(e.n), 0) AS high,
                     coalesce(min(e.rowid), -1) AS first_row
              FROM reports r LEFT JOIN events e USING (report_id) GROUP BY r.report_id)) b
        WHERE b.report_id = reports.report_id""")
    con.execute("UPDATE events SET event_no = r.event_base + events.n FROM reports r "
                "WHERE r.report_id = events.report_id")


def _fill_event_lists(con: duckdb.DuckDBPyConnection) -> None:
    """A database from before the list columns: fill them once from the side tables."""
    for column, table, value in (("partner_countries", "event_countries", "country_code"),
                                 ("foreign_regions", "event_regions", "region_name"),
                                 ("officials", "event_officials", "name")):
        con.execute(f"UPDATE events SET {column} = l.items FROM (SELECT event_id, list({value} ORDER BY position) "
                    f"AS items FROM {table} GROUP BY event_id) l WHERE l.event_id = events.event_id")


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


def _delete_report(con: duckdb.DuckDBPyConnection, report_id: str, counted_later: bool = False) -> None:
    if not counted_later:
        delete_report_candidates(con, report_id)
        _count_options(con, report_id, -1)
        _count_cube(con, report_id, -1)
        count_org_links(con, report_id, -1)
    in_top, in_foreign, in_agreements = con.execute(
        "SELECT EXISTS (SELECT 1 FROM top_attendance WHERE report_id = $r), "
        "EXISTS (SELECT 1 FROM top_foreign WHERE report_id = $r), "
        "EXISTS (SELECT 1 FROM top_agreements WHERE report_id = $r)", {"r": report_id}).fetchone()
    for table in SIDE_TABLES:
        con.execute(f"DELETE FROM {table} WHERE event_id IN "
                    "(SELECT event_id FROM events WHERE report_id = ?)", [report_id])
    for table in ("events", "report_notes", "parse_issues", *WORD_TABLES, "report_fill", "issue_kinds", "report_sectors",
                  "report_top_attendance", "report_top_foreign", "report_top_agreements",
                  "reports"):
        con.execute(f"DELETE FROM {table} WHERE report_id = ?", [report_id])
    if in_top:  # the next rows of the whole top are in other reports' kept rows
        _refill_top(con)
    if in_foreign:
        _refill_top_foreign(con)
    if in_agreements:
        _refill_top_agreements(con)


def _arrow(rows: list[dict], columns: Iterable[str]) -> pa.Table:
    """Rows as an Arrow table, column by column: what DuckDB scans without converting (a pandas frame
    of object columns is converted on every INSERT; for one report's 40-odd small tables that cost
    more than the inserts). A column of only None is Arrow's null type, cast by the INSERT."""
    return pa.table({column: [row.get(column) for row in rows] for column in columns})


def _frames(report: Report, on_event: EventHook | None, base: int) -> dict[str, pa.Table]:
    """One report's rows for every table it adds to, with each event's number (base + n) in place."""
    rid = report.sha256
    events, months, countries, regions, officials, links, organisations, words = [], [], [], [], [], [], {}, []
    pairs = []
    region_country = {r["name"]: r["country"] for r in foreign_region_table()}
    for e in report.events:
        event_id = f"{rid}:{e.n}"
        event_no = base + e.n
        partners, foreign = list(dict.fromkeys(e.partner_countries)), list(dict.fromkeys(e.foreign_regions))
        carried = {"report_id": rid, "region": report.region, "sector_key": e.sector_key, "format": e.format,
                   "direction": e.direction, "event_type": e.event_type, "merged": False, "event_no": event_no}
        lists = {"partner_countries": partners, "months": list(e.months)}  # the list filters, on every side row
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
            "partner_countries": partners, "foreign_regions": foreign,
            "officials": [o.name for o in e.officials], "region": report.region, "year": report.year,
            "quarter": report.quarter, "period_label": period_label(report.year, report.quarter),
            "file_name": report.file_name, "sha256": report.sha256, "title_words": title_words(e.title),
            "event_no": event_no,
        })
        months += [{"event_id": event_id, "month": m, **carried, **lists} for m in dict.fromkeys(e.months)]
        countries += [{"event_id": event_id, "country_code": c, "position": i, **carried,
                       "attendance_total": e.attendance_total, "attendance_lower_bound": e.attendance_lower_bound,
                       **lists, "quarter_position": e.quarter_position, "agreement": e.agreement}
                      for i, c in enumerate(partners)]
        regions += [{"event_id": event_id, "region_name": r, "country_code": region_country.get(r),
                     "position": i, **carried, **lists} for i, r in enumerate(foreign)]
        officials += [{"event_id": event_id, "name": o.name, "role": o.role, "position": i, "n": e.n, **carried,
                       **lists} for i, o in enumerate(e.officials)]
        words += [(word_table(word), word, e.n) for word in search_words(e.search_text)]
        sides = {o.side for o in e.organisations}
        link_event = {"event_start": e.start_date, "event_end": e.end_date, "event_agreement": e.agreement, "event_n": e.n,
                      "joint": {"home", "foreign"} <= sides,
                      "partner_countries": partners, "months": list(e.months),
                      "event_year": e.start_date.year if e.start_date else report.year,
                      "event_quarter": (e.start_date.month - 1) // 3 + 1 if e.start_date else report.quarter}
        home_keys = list(dict.fromkeys(o.key for o in e.organisations if o.side == "home"))
        pairs += [{"event_id": event_id, "home_key": h, "foreign_key": x, **carried,
                   "partner_countries": partners, "months": list(e.months)}
                  for h in home_keys for x in dict.fromkeys(o.key for o in e.organisations if o.side == "foreign")
                  if h != x]
        for i, o in enumerate(e.organisations):
            links.append({"event_id": event_id, "org_key": o.key, "role": o.role, "side": o.side, "position": i,
                          "surface": o.surface, **carried, **link_event})
            organisations.setdefault(o.key, {"org_key": o.key, "name": o.name, "legal_form": o.legal_form,
                                             "country": o.country, "kind": o.kind,
                                             "home_region": report.region if o.side == "home" else None})
        if on_event:
            on_event(report, e)
    issues = [{"report_id": rid, "file_name": db_text(report.file_name), "n": i.event, "field": i.field,
               "raw_text": i.raw_text, "message": i.message, "severity": i.severity}
              for i in report.issues]
    notes = [{"report_id": rid, "position": i, "text": n.text, "number": n.number}
             for i, n in enumerate(report.notes)]
    side = [*CARRIED, "event_no"]
    return {"events": _arrow(events, events[0] if events else ()),
            "event_months": _arrow(months, ["event_id", "month", *side, *LISTS]),
            "event_countries": _arrow(countries, ["event_id", "country_code", "position", *side, "attendance_total",
                                                  "attendance_lower_bound", *LISTS, "quarter_position", "agreement"]),
            "event_regions": _arrow(regions, ["event_id", "region_name", "country_code", "position", *side, *LISTS]),
            "event_officials": _arrow(officials, ["event_id", "name", "role", "position", "n", *side, *LISTS]),
            "event_organisations": _arrow(links, ["event_id", "org_key", "role", "side", "position", "surface", *side,
                                                  "event_start", "event_end", "event_year", "event_quarter",
                                                  "event_agreement", "event_n", "joint", "partner_countries",
                                                  "months"]),
            "event_org_pairs": _arrow(pairs, ["event_id", "home_key", "foreign_key", *side, "partner_countries",
                                              "months"]),
            "organisations": _arrow(list(organisations.values()),
                                    ["org_key", "name", "legal_form", "country", "kind", "home_region"]),
            "parse_issues": _arrow(issues, ["report_id", "file_name", "n", "field", "raw_text", "message",
                                            "severity"]),
            "report_notes": _arrow(notes, ["report_id", "position", "text", "number"]),
            # every word of the index in one table, each row naming its bucket's table: one scan per bucket
            # (_insert_report), not one frame per bucket
            WORDS: pa.table({"bucket": [w[0] for w in words], "word": [w[1] for w in words],
                             "n": pa.array([w[2] for w in words], pa.int32())})}


def _event_base(con: duckdb.DuckDBPyConnection, report: Report) -> int:
    """The report's event_base: its events are numbered event_base + n, after every number in use."""
    last = con.execute("SELECT coalesce(max(event_no), 0) FROM events").fetchone()[0]
    return int(last) + 1 - min((e.n for e in report.events), default=1)


def _insert_report(con: duckdb.DuckDBPyConnection, report: Report, on_event: EventHook | None,
                   digest: str, original: str | None = None, counted_later: bool = False) -> None:
    """One report's rows, and — unless `counted_later` (a load into an empty database, a rebuild among
    them: _count_everything once at its end) — its share of the kept counts and its duplicate candidates."""
    base = _event_base(con, report)
    con.execute(
        "INSERT INTO reports (report_id, file_name, sha256, source_kind, region, year, quarter, period_label, "
        "period_start, period_end, event_count, sector_count, parser_version, edits_digest, loaded_at, "
        "original_name, event_base) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [report.sha256, db_text(report.file_name), report.sha256, report.source_kind, report.region,
         report.year, report.quarter, period_label(report.year, report.quarter), report.period_start,
         report.period_end, report.event_count, len(report.sectors), report.parser_version, digest,
         datetime.now(), db_text(original or report.file_name), base])
    for table, rows in _frames(report, on_event, base).items():
        if not rows.num_rows:
            continue
        name = f"frame_{table}"
        con.register(name, rows)
        if table == WORDS:
            for bucket in sorted(set(rows.column("bucket").to_pylist())):
                con.execute(f"INSERT INTO {bucket} (word, report_id, n, event_no) "
                            f"SELECT word, $report, n, $base + n FROM {name} WHERE bucket = $bucket",
                            {"report": report.sha256, "base": base, "bucket": bucket})
            con.unregister(name)
            continue
        columns = ", ".join(rows.column_names)
        if table == "organisations":  # shared by every report: the first spelling loaded stays
            con.execute(f"INSERT INTO organisations ({columns}) SELECT {columns} FROM {name} "
                        "ON CONFLICT (org_key) DO UPDATE SET home_region = coalesce(organisations.home_region, "
                        "excluded.home_region)")
        else:
            con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {name}")
        con.unregister(name)
    if counted_later:
        return
    _count_options(con, report.sha256, +1)
    _count_cube(con, report.sha256, +1)
    count_org_links(con, report.sha256, +1)
    _count_quality(con, report.sha256)
    add_report_candidates(con, report.sha256)


def _count_everything(con: duckdb.DuckDBPyConnection) -> None:
    """The kept counts and the duplicate candidates of every report at once: what a rebuild does at its
    end instead of report by report. 48 SYNTHETIC files: ~3.3 s report by report (options, cube, org
    links, quality and candidates: ~70 ms a report, each reading the report's events again), 0.75 s
    at the end; a national rebuild of 13k reports saves ~15 minutes. Only from an empty database: into
    one that holds reports, recounting them all would cost O(database) per load."""
    _rebuild_counts(con)
    rebuild_quality_counts(con)
    rebuild_org_counts(con)
    rebuild_duplicate_candidates(con)


_OPTIONS = """
    SELECT 'sectors' AS field, sector_key AS value, any_value(coalesce(sector, sector_en)) AS heading,
           count(*) AS events FROM events WHERE report_id = {which} GROUP BY ALL
    UNION ALL SELECT 'formats', format, NULL, count(*) FROM events WHERE report_id = {which} GROUP BY ALL
    UNION ALL SELECT 'directions', direction, NULL, count(*) FROM events WHERE report_id = {which} GROUP BY ALL
    UNION ALL SELECT 'event_types', event_type, NULL, count(*) FROM events WHERE report_id = {which} GROUP BY ALL
    UNION ALL SELECT 'countries', country_code, NULL, count(DISTINCT event_id) FROM event_countries
              WHERE report_id = {which} GROUP BY ALL
    UNION ALL SELECT 'months', month, NULL, count(*) FROM event_months
              WHERE report_id = {which} GROUP BY ALL
    UNION ALL SELECT 'held', year(strptime(month, '%Y-%m'))::VARCHAR || 'Q' || quarter(strptime(month, '%Y-%m'))::VARCHAR,
              NULL, count(DISTINCT event_id) FROM event_months
              WHERE report_id = {which} GROUP BY ALL"""


def _count_options(con: duckdb.DuckDBPyConnection, report_id: str | None, sign: int) -> None:
    """Add (sign +1) or take away (-1) one report's events in option_counts: O(report), so the
    sidebar's choices never need a pass over every event. A value whose count falls to 0 keeps its row
    (options() leaves it out): deleting and re-inserting one key in a transaction is what a replaced
    report would do, and DuckDB's index refuses that. report_id None counts every report."""
    con.execute(f"""INSERT INTO option_counts (field, value, heading, events)
        SELECT field, value, heading, {int(sign)} * events
        FROM ({_OPTIONS.format(which="$report" if report_id is not None else "report_id")}) WHERE value IS NOT NULL
        ON CONFLICT (field, value) DO UPDATE SET events = option_counts.events + excluded.events,
            heading = coalesce(option_counts.heading, excluded.heading)""",
                {"report": report_id} if report_id is not None else {})


def _count_cube(con: duckdb.DuckDBPyConnection, report_id: str | None, sign: int) -> None:
    """Add (+1) or take away (-1) one report's events in event_cube (every report when None)."""
    which = "report_id = $report" if report_id is not None else "TRUE"
    measures = ("count(*)", "count(*) FILTER (WHERE quarter_position IN ('inside', 'partial'))",
                "coalesce(sum(attendance_total), 0)", "count(attendance_total)",
                "count(*) FILTER (WHERE attendance_lower_bound AND attendance_total IS NOT NULL)",
                "count(*) FILTER (WHERE agreement = 'signed')", "count(*) FILTER (WHERE agreement = 'verbal')",
                "count(*) FILTER (WHERE agreement = 'signed' AND quarter_position IN ('inside', 'partial'))",
                "count(*) FILTER (WHERE agreement = 'verbal' AND quarter_position IN ('inside', 'partial'))")
    names = ("events", "held", "attendance", "attendance_known", "lower_bounds", "signed", "verbal",
             "signed_held", "verbal_held")
    con.execute(f"""INSERT INTO event_cube (region, sector_key, format, direction, event_type, {', '.join(names)})
        SELECT region, sector_key, format, direction, event_type, {', '.join(f'{int(sign)} * {m}' for m in measures)}
        FROM events WHERE {which} GROUP BY ALL
        ON CONFLICT (region, sector_key, format, direction, event_type) DO UPDATE SET
        {', '.join(f'{n} = event_cube.{n} + excluded.{n}' for n in names)}""",
                {"report": report_id} if report_id is not None else {})


def count_org_links(con: duckdb.DuckDBPyConnection, report_id: str | None, sign: int) -> None:
    """Add (+1) or take away (-1) one report's joint links in org_joint_counts, its pairs in
    org_pair_counts and its organisations' officials in org_official_counts (every report's when None),
    as _count_cube does for events: the network view's unfiltered nodes and edges, the unfiltered
    dossier's officials. Merged links stay counted here; the v_org_* views take them away."""
    which = "report_id = $report" if report_id is not None else "TRUE"
    params = {"report": report_id} if report_id is not None else {}
    con.execute(f"""INSERT INTO org_joint_counts (org_key, side, events)
        SELECT org_key, side, {int(sign)} * count(*) FROM event_organisations
        WHERE {which} AND joint AND side IN ('home', 'foreign') GROUP BY ALL
        ON CONFLICT (org_key, side) DO UPDATE SET events = org_joint_counts.events + excluded.events""", params)
    con.execute(f"""INSERT INTO org_pair_counts (home_key, foreign_key, events)
        SELECT home_key, foreign_key, {int(sign)} * count(*) FROM event_org_pairs WHERE {which} GROUP BY ALL
        ON CONFLICT (home_key, foreign_key) DO UPDATE SET events = org_pair_counts.events + excluded.events""",
                params)
    # the report's officials, then their events' links: both found by the events' numbers (event_base + n),
    # whose range skips row groups, and the event id (a report's own rows: a text filter on report_id
    # over every link took 0.1–0.8 s at a million events, the numbers 40–100 ms, load ~9)
    base = con.execute("SELECT event_base FROM reports WHERE report_id = ?", [report_id]).fetchone() \
        if report_id is not None else None
    if report_id is None:
        officials, join, official_params = "event_officials", "l.event_id = x.event_id", {}
    elif base is not None and base[0] is not None:
        officials = "event_officials WHERE event_no BETWEEN $low AND $high AND report_id = $report"
        join, official_params = "l.event_no = x.event_no AND l.event_id = x.event_id", \
            {**params, "low": int(base[0]), "high": int(base[0]) + MAX_EVENT_NUMBER}
    else:  # a report without its numbers' base (none loaded by this version)
        officials, join, official_params = "event_officials WHERE report_id = $report", "l.event_id = x.event_id", params
    con.execute(f"""INSERT INTO org_official_counts (org_key, name, role, has_role, events)
        SELECT l.org_key, x.name, coalesce(x.role, ''), x.role IS NOT NULL, {int(sign)} * count(*)
        FROM (SELECT name, role, event_id, event_no FROM {officials}) x JOIN event_organisations l ON {join}
        GROUP BY ALL
        ON CONFLICT (org_key, name, role, has_role) DO UPDATE SET
        events = org_official_counts.events + excluded.events""", official_params)


def rebuild_org_counts(con: duckdb.DuckDBPyConnection) -> None:
    """A database from before org_joint_counts, org_pair_counts or org_official_counts (or grown in SQL,
    bench/bigdb.py):
    count every report's links once."""
    con.execute("DELETE FROM org_joint_counts")
    con.execute("DELETE FROM org_pair_counts")
    con.execute("DELETE FROM org_official_counts")
    count_org_links(con, None, +1)




def _count_quality(con: duckdb.DuckDBPyConnection, report_id: str | None) -> None:
    """One report's rows of report_fill, issue_kinds, report_sectors, report_top_attendance and
    report_top_foreign (every report's when None); deleted with it. top_attendance and top_foreign take in
    the report's kept rows with their shown columns (refilled when None): the report's events' columns the
    four tops need are read once into a temporary table — each statement over `events WHERE report_id = ?`
    scans the million ids again (the whole tops' shown columns would have added two such scans; all of
    the report's columns, raw texts and lists, into the temporary table cost ~10× the narrow ones)."""
    which = "report_id = $report" if report_id is not None else "TRUE"
    params = {"report": report_id} if report_id is not None else {}
    checks = ", ".join(f"count(*) FILTER (WHERE {check})" for check in FILL_CHECKS.values())
    con.execute(f"INSERT INTO report_fill (report_id, events, {', '.join(FILL_CHECKS)}) "
                f"SELECT report_id, count(*), {checks} FROM events WHERE {which} GROUP BY report_id", params)
    con.execute("INSERT INTO issue_kinds (report_id, field, severity, message, problems) "
                f"SELECT report_id, field, severity, message, count(*) FROM parse_issues WHERE {which} GROUP BY ALL",
                params)
    con.execute("INSERT INTO report_sectors (report_id, region, year, quarter, period_label, sector_key, events, "
                "attendance) SELECT report_id, region, year, quarter, period_label, sector_key, count(*), "
                f"coalesce(sum(attendance_total), 0) FROM events WHERE {which} GROUP BY ALL", params)
    source = "events"
    if report_id is not None:
        needed = ", ".join(dict.fromkeys(("report_id", *TOP_SHOWN, *FOREIGN_SHOWN, *AGREEMENT_SHOWN)))
        con.execute(f"CREATE OR REPLACE TEMP TABLE report_top_rows AS SELECT {needed} FROM events WHERE report_id = ?",
                    [report_id])
        source, which, params = "report_top_rows", "TRUE", {}
    con.execute("INSERT INTO report_top_attendance (report_id, event_id, n, attendance_total) "
                f"SELECT report_id, event_id, n, attendance_total FROM {source} "
                f"WHERE {which} AND attendance_total IS NOT NULL "
                "QUALIFY row_number() OVER (PARTITION BY report_id ORDER BY attendance_total DESC, n) "
                f"<= {int(TOP_PER_REPORT)}", params)
    con.execute("INSERT INTO report_top_foreign (report_id, event_id, n, attendance_foreign) "
                f"SELECT report_id, event_id, n, attendance_foreign FROM {source} "
                f"WHERE {which} AND attendance_foreign IS NOT NULL "
                f"QUALIFY row_number() OVER (PARTITION BY report_id ORDER BY {FOREIGN_ORDER}) "
                f"<= {int(FOREIGN_WHOLE)}", params)
    con.execute("INSERT INTO report_top_agreements (report_id, event_id, n, start_date, agreement) "
                f"SELECT report_id, event_id, n, start_date, agreement FROM {source} "
                f"WHERE {which} AND agreement IS NOT NULL "
                f"QUALIFY row_number() OVER (PARTITION BY report_id, agreement ORDER BY {AGREEMENT_ORDER}) "
                f"<= {int(AGREEMENT_WHOLE)}", params)
    if report_id is None:
        _refill_top(con)
        _refill_top_foreign(con)
        _refill_top_agreements(con)
        return
    # the whole top of (the kept top ∪ this report's top) is the whole top of every report's
    top_shown = ", ".join(TOP_SHOWN)
    con.execute(f"INSERT INTO top_attendance (report_id, {top_shown}) SELECT report_id, {top_shown} FROM {source} "
                "WHERE event_id IN (SELECT event_id FROM report_top_attendance WHERE report_id = ?)", [report_id])
    con.execute(f"DELETE FROM top_attendance WHERE event_id NOT IN (SELECT event_id FROM top_attendance "
                f"ORDER BY {TOP_ORDER} LIMIT {int(TOP_WHOLE)})")
    shown = ", ".join(FOREIGN_SHOWN)
    con.execute(f"INSERT INTO top_foreign (report_id, {shown}) SELECT report_id, {shown} FROM {source} "
                "WHERE event_id IN (SELECT event_id FROM report_top_foreign WHERE report_id = ?)", [report_id])
    con.execute(f"DELETE FROM top_foreign WHERE event_id NOT IN (SELECT event_id FROM top_foreign "
                f"ORDER BY {FOREIGN_ORDER} LIMIT {int(FOREIGN_WHOLE)})")
    agreed = ", ".join(AGREEMENT_SHOWN)
    con.execute(f"INSERT INTO top_agreements (report_id, {agreed}) SELECT report_id, {agreed} FROM {source} "
                "WHERE event_id IN (SELECT event_id FROM report_top_agreements WHERE report_id = ?)", [report_id])
    con.execute(f"DELETE FROM top_agreements WHERE event_id NOT IN (SELECT event_id FROM top_agreements "
                f"QUALIFY row_number() OVER (PARTITION BY agreement ORDER BY {AGREEMENT_ORDER}) <= {int(AGREEMENT_WHOLE)})")
    con.execute(f"DROP TABLE {source}")


def _refill_top(con: duckdb.DuckDBPyConnection) -> None:
    """top_attendance from every report's kept rows (report_top_attendance): ~130k rows at a million
    events, not the events."""
    top_shown = ", ".join(TOP_SHOWN)
    con.execute("DELETE FROM top_attendance")
    con.execute(f"INSERT INTO top_attendance (report_id, {top_shown}) SELECT report_id, {top_shown} FROM events "
                f"WHERE event_id IN (SELECT event_id FROM report_top_attendance ORDER BY {TOP_ORDER} "
                f"LIMIT {int(TOP_WHOLE)})")


def _refill_top_foreign(con: duckdb.DuckDBPyConnection) -> None:
    """top_foreign from every report's kept rows (report_top_foreign, ~140k at a million events), the
    chosen rows' shown columns from the events."""
    shown = ", ".join(FOREIGN_SHOWN)
    con.execute("DELETE FROM top_foreign")
    con.execute(f"INSERT INTO top_foreign (report_id, {shown}) SELECT report_id, {shown} FROM events "
                f"WHERE event_id IN (SELECT event_id FROM report_top_foreign ORDER BY {FOREIGN_ORDER} "
                f"LIMIT {int(FOREIGN_WHOLE)})")


def _refill_top_agreements(con: duckdb.DuckDBPyConnection) -> None:
    """top_agreements from every report's kept rows (report_top_agreements), the chosen rows' shown
    columns from the events."""
    agreed = ", ".join(AGREEMENT_SHOWN)
    con.execute("DELETE FROM top_agreements")
    con.execute(f"INSERT INTO top_agreements (report_id, {agreed}) SELECT report_id, {agreed} FROM events "
                "WHERE event_id IN (SELECT event_id FROM report_top_agreements QUALIFY row_number() OVER "
                f"(PARTITION BY agreement ORDER BY {AGREEMENT_ORDER}) <= {int(AGREEMENT_WHOLE)})")


def rebuild_agreements_top(con: duckdb.DuckDBPyConnection) -> None:
    """A database from before report_top_agreements and top_agreements: every report's rows and the whole top."""
    con.execute("DELETE FROM report_top_agreements")
    con.execute("INSERT INTO report_top_agreements (report_id, event_id, n, start_date, agreement) "
                "SELECT report_id, event_id, n, start_date, agreement FROM events WHERE agreement IS NOT NULL "
                f"QUALIFY row_number() OVER (PARTITION BY report_id, agreement ORDER BY {AGREEMENT_ORDER}) "
                f"<= {int(AGREEMENT_WHOLE)}")
    _refill_top_agreements(con)


def rebuild_foreign_top(con: duckdb.DuckDBPyConnection) -> None:
    """A database from before report_top_foreign and top_foreign: every report's rows and the whole top."""
    con.execute("DELETE FROM report_top_foreign")
    con.execute("INSERT INTO report_top_foreign (report_id, event_id, n, attendance_foreign) "
                "SELECT report_id, event_id, n, attendance_foreign FROM events WHERE attendance_foreign IS NOT NULL "
                f"QUALIFY row_number() OVER (PARTITION BY report_id ORDER BY {FOREIGN_ORDER}) <= {int(FOREIGN_WHOLE)}")
    _refill_top_foreign(con)


def rebuild_quality_counts(con: duckdb.DuckDBPyConnection) -> None:
    """A database from before report_fill, issue_kinds or report_sectors (or grown in SQL, bench/bigdb.py):
    count every report."""
    con.execute("DELETE FROM report_fill")
    con.execute("DELETE FROM issue_kinds")
    con.execute("DELETE FROM report_sectors")
    con.execute("DELETE FROM report_top_attendance")
    con.execute("DELETE FROM report_top_foreign")
    con.execute("DELETE FROM report_top_agreements")
    _count_quality(con, None)  # refills top_attendance, top_foreign and top_agreements


def _rebuild_counts(con: duckdb.DuckDBPyConnection) -> None:
    """A database from before option_counts and event_cube: count every report once."""
    con.execute("DELETE FROM option_counts")
    _count_options(con, None, +1)
    con.execute("DELETE FROM event_cube")
    _count_cube(con, None, +1)


def _record_load(con, result: LoadResult, started: datetime) -> None:
    con.execute("INSERT INTO loads VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [uuid.uuid4().hex, db_text(result.file_name), result.sha256, result.status, db_text(result.message),
                 result.replaced_report_id, started, datetime.now()])


def _record_unchanged(con, rows: list[tuple[LoadResult, datetime, datetime]]) -> None:
    """The loads rows of files found unchanged by their hash (_unchanged_file), in one insert."""
    if rows:
        _insert_rows(con, "loads", [(uuid.uuid4().hex, db_text(r.file_name), r.sha256, r.status, db_text(r.message),
                                     r.replaced_report_id, started, finished) for r, started, finished in rows],
                     ("load_id", "file_name", "sha256", "status", "message", "replaced_report_id", "started_at",
                      "finished_at"))


def _edits_digest(report: Report, edits: Edits) -> str:
    return _quarter_edits_digest(report.region, report.year, report.quarter, edits)


def _quarter_edits_digest(region: str, year: int, quarter: int, edits: Edits) -> str:
    mine = sorted(c.id for c in edits.corrections if (c.region, c.year, c.quarter) == (region, year, quarter))
    mine += sorted(f"alias:{a.id}" for a in edits.aliases)  # an alias may rename any report's organisation
    return hashlib.sha256("|".join(mine).encode()).hexdigest()[:16]


def _store_corrections(con, report: Report, edits: Edits, statuses: dict[str, str]) -> None:
    con.execute("DELETE FROM corrections WHERE region = ? AND year = ? AND quarter = ?",
                [report.region, report.year, report.quarter])
    located = locate_events(report, edits.corrections)  # a renumbered event's correction shows under its new number
    for c in edits.corrections:
        if (c.region, c.year, c.quarter) == (report.region, report.year, report.quarter):
            n = located[c.id].n if c.id in located else c.n
            con.execute("INSERT INTO corrections VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [c.id, c.region, c.year, c.quarter, n, c.field,
                         json.dumps(c.value, ensure_ascii=False), c.author, c.reason, c.created_at,
                         statuses.get(c.id, "pending")])


def _apply_duplicates(con, edits: Edits) -> list:
    """Marks merged events; a decision whose events changed is 'stale'. Only the decisions' own
    events are looked up (by their key's parts, in SQL), and only the marks that change are written —
    in events and in the side tables' `merged` flags, in one statement each — so the cost follows
    the decisions, not the size of the database (rewriting every mark on every load took 4–6 s at
    1M events with 2,000 merges)."""
    latest: dict[tuple[str, str], object] = {}
    for decision in sorted(edits.duplicates, key=lambda d: d.created_at):
        latest[(decision.first_key, decision.second_key)] = decision
    keys = _event_ids_by_key(con, {k for pair in latest for k in pair})
    rows, wanted = [], {}
    for decision in latest.values():
        first, second = keys.get(decision.first_key), keys.get(decision.second_key)
        status = "applied" if first and second else "stale"
        if status == "applied" and decision.decision == "merge":
            wanted[second] = first  # two merges of one event: the later pair wins
        rows.append((decision.id, decision.first_key, decision.second_key, decision.decision, decision.author,
                     decision.reason, decision.created_at, first, second, status))
    con.execute("DELETE FROM duplicate_decisions")
    if rows:
        _insert_rows(con, "duplicate_decisions", rows, DECISION_COLUMNS)
    marked = dict(con.execute("SELECT event_id, duplicate_of FROM events WHERE duplicate_of IS NOT NULL").fetchall())
    changed = [(event_id, wanted.get(event_id)) for event_id in marked.keys() | wanted.keys()
               if marked.get(event_id) != wanted.get(event_id)]
    if changed:
        _write_marks(con, changed)
    return [d for d, row in zip(latest.values(), rows) if row[-1] == "stale"]


def _key_quarter(key: str) -> tuple[str, int, int, int] | None:
    pieces = key.rsplit("|", 4)
    if len(pieces) == 5 and all(p.isdigit() for p in pieces[1:4]):
        return pieces[0], int(pieces[1]), int(pieces[2]), int(pieces[3])
    return None


def unapplied_decision_issues(results: list[LoadResult], stale: list) -> None:
    """A warning on each report this load parsed for every duplicate decision about its events that no
    longer applies (an event gone from a re-parse or a replacement report, or its text changed): the
    merge was undone with nothing said at load time, the Quality page's status the only trace."""
    parsed = {(r.report.region, r.report.year, r.report.quarter): r.report for r in results
              if r.report is not None and r.status in ("loaded", "replaced", "reparsed")}
    verb = {"merge": "объединить", "keep": "оставить раздельно"}
    for decision in stale:
        ends = [_key_quarter(decision.first_key), _key_quarter(decision.second_key)]
        sides = [(own, other) for own, other in (ends, ends[::-1]) if own and own[:3] in parsed]
        if not sides:
            continue
        # the warning sits on the event the new report still has, and names the other
        own, other = next((side for side in sides if side[0][3] in {e.n for e in parsed[side[0][:3]].events}),
                          sides[0])
        partner = f"№ {other[3]} ({other[0]}, {period_label(other[1], other[2])})" if other else "другим"
        parsed[own[:3]].issues.append(Issue(
            field="duplicate_of", raw_text="", severity="warning", event=own[3],
            message=f"решение о дубликатах «{verb.get(decision.decision, decision.decision)}» с {partner} "
                    "не применено: одного из мероприятий больше нет или его текст изменился"))


DECISION_COLUMNS = ("id", "first_key", "second_key", "decision", "author", "reason", "created_at",
                    "first_event_id", "second_event_id", "status")


def _insert_rows(con, table: str, rows: list[tuple], columns: tuple[str, ...]) -> None:
    frame = pd.DataFrame(rows, columns=list(columns)).astype(object)
    con.register("rows_df", frame)
    try:
        con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM rows_df")
    finally:
        con.unregister("rows_df")


def _write_marks(con, changed: list[tuple[str, str | None]]) -> None:
    """events.duplicate_of of these events, and the side tables' `merged` flag that mirrors it."""
    frame = pd.DataFrame(changed, columns=["event_id", "duplicate_of"]).astype(object)
    con.register("changed_marks", frame)
    try:
        con.execute("UPDATE events SET duplicate_of = c.duplicate_of::VARCHAR FROM changed_marks c "
                    "WHERE events.event_id = c.event_id")
        for table in SIDE_TABLES:
            con.execute(f"UPDATE {table} SET merged = c.duplicate_of IS NOT NULL FROM changed_marks c "
                        f"WHERE {table}.event_id = c.event_id")
    finally:
        con.unregister("changed_marks")


def _event_ids_by_key(con, keys: set[str]) -> dict[str, str]:
    """edits.event_key strings ('Смоленская область|2024|4|12|ab12…') → event ids, for these keys only."""
    parts = []
    for key in keys:
        pieces = key.rsplit("|", 4)
        if len(pieces) == 5 and pieces[1].isdigit() and pieces[2].isdigit() and pieces[3].isdigit():
            parts.append((key, pieces[0], int(pieces[1]), int(pieces[2]), int(pieces[3]), pieces[4]))
    if not parts:
        return {}
    frame = pd.DataFrame(parts, columns=["key", "region", "year", "quarter", "n", "fingerprint"])
    con.register("decision_keys", frame)
    try:
        found = dict(con.execute(
            "SELECT k.key, e.event_id FROM decision_keys k JOIN events e ON e.region = k.region "
            "AND e.year = k.year AND e.quarter = k.quarter AND e.n = k.n AND e.fingerprint = k.fingerprint"
        ).fetchall())
        # a replacement report that renumbered its rows: the key follows its text to the one event
        # of its quarter that still has it (a text two events share is ambiguous and not followed)
        found.update(dict(con.execute(
            "SELECT k.key, any_value(e.event_id) FROM decision_keys k JOIN events e ON e.region = k.region "
            "AND e.year = k.year AND e.quarter = k.quarter AND e.fingerprint = k.fingerprint "
            "WHERE k.key NOT IN (SELECT key FROM decision_keys k2 JOIN events e2 ON e2.region = k2.region "
            "AND e2.year = k2.year AND e2.quarter = k2.quarter AND e2.n = k2.n AND e2.fingerprint = k2.fingerprint) "
            "GROUP BY k.key HAVING count(*) = 1"
        ).fetchall()))
        return found
    finally:
        con.unregister("decision_keys")


def _event_numbers(con, report_id: str) -> set[int]:
    return {n for (n,) in con.execute("SELECT n FROM events WHERE report_id = ?", [report_id]).fetchall()}


def number_ranges(numbers: Iterable[int]) -> str:
    """[51, 52, 53, 60] → '№ 51–53, 60': the lost events named so a person can find them in the old file."""
    ordered, runs = sorted(numbers), []
    for n in ordered:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return "№ " + ", ".join(f"{a}–{b}" if b > a else f"{a}" for a, b in runs)


def events_gone(before: set[int], after: set[int]) -> str:
    """The tail of a replace message naming the events the quarter had and the new file has not: a
    smaller replacement report (a draft, a cut copy) otherwise removed them from the base without a word."""
    lost = before - after
    if not lost:
        return ""
    return (f" — в прежнем было {len(before)} мероприятий, в новом {len(after)}; "
            f"{len(lost)} больше нет в базе: {number_ranges(lost)}")


def unapplied_correction_issues(corrections, statuses: dict[str, str]) -> list[Issue]:
    """A warning per analyst's correction this load could not apply, naming its event and field: an
    event gone from a re-parse or a replacement report (orphan), or one whose text changed (stale),
    would otherwise lose the correction with nothing said at load time (only the Quality page showed it)."""
    why = {"orphan": "мероприятия с этим номером в отчёте больше нет",
           "stale": "текст мероприятия изменился после исправления — проверьте его на странице «Качество»"}
    issues = []
    for correction in corrections:
        status = statuses.get(correction.id)
        if status in why:
            issues.append(Issue(field=correction.field, raw_text=str(correction.value),
                                message=f"исправление аналитика не применено: {why[status]}",
                                severity="warning", event=correction.n))
    return issues


def _store_report(con, report: Report, on_event: EventHook | None, edits: Edits, force: bool,
                  original: str | None = None, counted_later: bool = False) -> LoadResult:
    digest = _edits_digest(report, edits)
    same = con.execute("SELECT parser_version, edits_digest FROM reports WHERE report_id = ?",
                       [report.sha256]).fetchone()
    if same and same[0] == report.parser_version and same[1] == digest and not force:
        return LoadResult(report.file_name, "unchanged",
                          "этот файл уже загружен, данные не изменились", report.sha256, report)
    statuses = apply_corrections(report, edits.corrections)
    report.issues.extend(unapplied_correction_issues(edits.corrections, statuses))
    names, excluded = edits.alias_names(), edits.excluded_keys()
    for event in report.events:
        event.organisations = apply_aliases(event.organisations, names, event.raw, excluded)
    _store_corrections(con, report, edits, statuses)
    previous = con.execute(
        "SELECT report_id, file_name FROM reports WHERE region = ? AND year = ? AND quarter = ?",
        [report.region, report.year, report.quarter]).fetchone()
    gone = ""
    if previous:
        gone = events_gone(_event_numbers(con, previous[0]), {e.n for e in report.events})
        _delete_report(con, previous[0], counted_later)
    _insert_report(con, report, on_event, digest, original, counted_later)
    label = f"{report.region}, {period_label(report.year, report.quarter)}"
    if same:
        why = (f"новой версией парсера {PARSER_VERSION}" if same[0] != report.parser_version
               else "с учётом исправлений" if same[1] != digest else "по запросу")
        return LoadResult(report.file_name, "reparsed", f"{label}: разобран заново {why}{gone}",
                          report.sha256, report, None)
    if previous:
        return LoadResult(report.file_name, "replaced",
                          f"{label}: заменил ранее загруженный отчёт {previous[1]}{gone}",
                          report.sha256, report, previous[0])
    return LoadResult(report.file_name, "loaded", f"{label}: новый отчёт в базе", report.sha256, report)


def _unchanged_file(con, item: Path | tuple[str, bytes], edits: Edits) -> LoadResult | None:
    """The result of a file already loaded whose parse would change nothing (the same bytes, parser
    version and edits of its quarter), found by its hash without parsing it; None when it must be
    parsed. Re-loading a folder — the dashboard's apply_edits after each duplicate decision or
    correction — then costs a hash per unchanged file instead of a parse (13 s of CPU for 144 files,
    10k events; a national database's 13k files would take ~20 minutes)."""
    try:
        data = item[1] if isinstance(item, tuple) else read_path_bytes(Path(item))
    except (OSError, ReportError):
        return None  # read_report says what is wrong with it
    digest = hashlib.sha256(data).hexdigest()
    row = con.execute("SELECT region, year, quarter, parser_version, edits_digest FROM reports WHERE report_id = ?",
                      [digest]).fetchone()
    if row is None or row[3] != PARSER_VERSION or row[4] != _quarter_edits_digest(row[0], row[1], row[2], edits):
        return None
    return LoadResult(_item_name(item), "unchanged", "этот файл уже загружен, данные не изменились", digest)


def _item_name(item: Path | tuple[str, bytes]) -> str:
    return shown_name(item[0] if isinstance(item, tuple) else Path(item).name)


def _stored_source(path: Path):
    """A stored original read back with the name it was uploaded under: a title that leaves out its
    quarter is read from that name, which storing may have shortened ('… в IV кварт')."""
    source = read_file(path)
    uploaded = original_name(path, source.sha256)
    return source if uploaded == path.name else dataclasses.replace(source, uploaded_name=uploaded)


def read_report(item: Path | tuple[str, bytes]) -> tuple[Report, str]:
    """(report, the name the file was uploaded under); nothing but ReportError escapes."""
    name = _item_name(item)
    try:
        source = read_bytes(item[1], item[0]) if isinstance(item, tuple) else _stored_source(Path(item))
        report = build_report(source)
    except ReportError as exc:
        if exc.file is None or exc.file == db_text(exc.file):
            raise
        raise ReportError(db_text(exc.message), file=db_text(exc.file), event=exc.event, field=exc.field) from None
    except MemoryError:
        raise ReportError("файл слишком велик для разбора (не хватило памяти)", file=db_text(name)) from None
    except Exception as exc:  # a parser bug: one file fails with a message, the batch goes on
        raise ReportError(f"внутренняя ошибка разбора ({type(exc).__name__}: {exc})", file=db_text(name)) from None
    report.file_name = db_text(report.file_name)
    return report, shown_name(item[0] if isinstance(item, tuple) else original_name(Path(item), report.sha256))


def _is_storage_failure(exc: BaseException) -> bool:
    """The disk, not the report: DuckDB's I/O errors and the fatal state they leave behind."""
    return isinstance(exc, (OSError, duckdb.IOException, duckdb.FatalException))


def _storage_failure(folder: Path, exc: BaseException) -> ReportError:
    if isinstance(exc, OSError):
        return storage_error(folder, exc)
    text = str(exc)
    for needle, code in (("No space left", errno.ENOSPC), ("Disk quota", errno.EDQUOT),
                         ("File too large", errno.EFBIG), ("Read-only file system", errno.EROFS),
                         ("Permission denied", errno.EACCES)):
        if needle in text:
            return storage_error(folder, OSError(code, os.strerror(code)))
    return ReportError(f"не удалось записать в папку {folder}: {text.splitlines()[0][:300]}; "
                       "прежние данные не изменены")


def _remove_quietly(*paths: Path) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def _store_one(con, item, report: Report, original: str, on_event, edits: Edits, force: bool,
               started: datetime, counted_later: bool = False) -> LoadResult:
    """One report in one transaction; an error rolls back this report only and becomes its result,
    except a storage failure, which stops the whole load (the served file is left as it was)."""
    con.execute("BEGIN TRANSACTION")
    try:
        result = _store_report(con, report, on_event, edits, force, original, counted_later)
        _record_load(con, result, started)
        con.execute("COMMIT")
        return result
    except Exception as exc:
        try:
            con.execute("ROLLBACK")
        except Exception:
            pass
        if _is_storage_failure(exc):
            raise
        return LoadResult(_item_name(item), "failed",
                          f"файл {_item_name(item)}: не записан в базу ({type(exc).__name__}: "
                          f"{str(exc).splitlines()[0][:300]}); остальные данные не изменены", report.sha256)


def _refuse_folder(db_path: Path) -> None:
    """A Parquet export is read-only (analytics/db.py reads it): loading into it would fail on the
    copy with a message about the disk, so say what it is instead."""
    if db_path.is_dir():
        raise ReportError(f"{db_path} — папка (выгрузка Parquet, только для чтения), а не файл базы DuckDB: "
                          "загружайте отчёты в файл .duckdb, затем выгрузите его заново "
                          "(python -m etl export --format parquet --out ПАПКА); прежние данные не изменены")


def _working_copy(db_path: Path, tmp_path: Path, rebuild: bool) -> None:
    """The load's private copy of the served file: the spare made after the previous load when it is
    of this very version (a rename), else a copy (etl/filecopy.py); nothing for a rebuild."""
    if rebuild or not db_path.exists():
        for path in spares(db_path):
            discard(path)
        return
    if not take_spare(db_path, tmp_path):
        clone_or_copy(db_path, tmp_path)


def _retired(db_path: Path) -> Path:
    return Path(str(db_path) + ".old")


def _swap(tmp_path: Path, db_path: Path, spare: bool) -> None:
    """os.replace the checked copy over the served file. With a spare to make, the old file is kept
    under a second name first, so the rename does not free a large file on the caller's time; the
    background thread frees it, then copies the new file to the next load's spare."""
    retired = None
    if spare and db_path.exists():
        retired = _retired(db_path)
        try:
            os.link(db_path, retired)
        except OSError:
            retired = None
    try:
        os.replace(tmp_path, db_path)
    except OSError:
        if retired is not None:
            _remove_quietly(retired)
        raise
    if spare:
        _make_spare_later(db_path, retired)


_SPARE_THREADS: dict[str, threading.Thread] = {}
_SPARE_GUARD = threading.Lock()


def _make_spare_later(db_path: Path, retired: Path | None) -> None:
    def work() -> None:
        try:
            if retired is not None:
                _remove_quietly(retired)
            with _writer_lock(db_path):
                make_spare(db_path)
        except Exception:  # only a speed-up: the next load copies instead
            pass

    thread = threading.Thread(target=work, name=f"spare:{db_path.name}")
    with _SPARE_GUARD:
        _SPARE_THREADS[str(db_path)] = thread
    thread.start()


def wait_for_spare(db_path: Path) -> None:
    """Wait until the spare started by the last load of db_path in this process is made (benchmarks
    and tests; the dashboard never waits)."""
    with _SPARE_GUARD:
        thread = _SPARE_THREADS.pop(str(Path(db_path)), None)
    if thread is not None:
        thread.join()


def load_reports(items: Iterable[Path | tuple[str, bytes]], db_path: Path, *, rebuild: bool = False,
                 force: bool = False, edits: Edits | None = None, on_event: EventHook | None = None,
                 on_file: Callable[[LoadResult], None] | None = None, spare: bool = False,
                 jobs: int | None = 1) -> list[LoadResult]:
    """Load files (paths, or (name, bytes) from an upload) into db_path.

    `jobs` > 1 parses the files in that many worker processes while this one stores them, in the
    same order and with the same results (etl/parallel.py); None picks by the number of files to
    parse and the cores (parallel.auto_jobs: one process below 24 files).

    Each report is one transaction in a copy of the database; the copy replaces the served file
    only at the end, so an interrupted load leaves the previous database intact. A file that cannot
    be read or stored becomes a 'failed' result and the others go on; a full disk or read-only
    folder raises ReportError naming the folder, with the copy removed and the served file untouched.
    spare=True (the dashboard's uploads; the CLI, which waits for it with wait_for_spare before it
    exits) copies the new file in a background thread afterwards, so the next load starts from that
    copy instead of copying (etl/spare.py): flat in the database's size.
    """
    db_path = Path(db_path)
    _refuse_folder(db_path)
    items = list(items)
    tmp_path = Path(str(db_path) + ".tmp")
    wal_path = Path(str(tmp_path) + ".wal")
    results: list[LoadResult] = []
    edits = edits or Edits()
    with _writer_lock(db_path):
        _remove_quietly(tmp_path, wal_path, _retired(db_path))
        con = None
        parsed = None
        swapped = False
        try:
            _working_copy(db_path, tmp_path, rebuild)
            con = connect_writable(tmp_path)
            _refresh_reference(con)
            # from an empty database (a rebuild, a first load) every count is made once at the end
            counted_later = rebuild or not con.execute("SELECT EXISTS (SELECT 1 FROM reports)").fetchone()[0]
            unchanged: list[tuple[LoadResult, datetime, datetime]] = []  # recorded in one insert
            # files already loaded as they are, found by their hash before anything is parsed
            planned = [(item, None if force else _unchanged_file(con, item, edits)) for item in items]
            to_parse = [item for item, found in planned if found is None]
            workers = auto_jobs(len(to_parse)) if jobs is None else max(1, int(jobs))
            parsed = parsed_in_order(to_parse, workers, read_report)  # in order, maybe ahead in other processes
            for item, result in planned:
                started = datetime.now()
                if result is not None:
                    unchanged.append((result, started, datetime.now()))
                else:
                    outcome = next(parsed)[1]
                    if isinstance(outcome, ReportError):
                        result = LoadResult(_item_name(item), "failed", str(outcome))
                    else:
                        report, original = outcome
                        result = _store_one(con, item, report, original, on_event, edits, force, started,
                                            counted_later=counted_later)
                    if result.status == "failed":
                        _record_load(con, result, started)
                results.append(result)
                if on_file:
                    on_file(result)
            con.execute("BEGIN TRANSACTION")
            if counted_later:  # an empty database: every count and candidate pair from its events at once
                _count_everything(con)
            _record_unchanged(con, unchanged)
            unapplied_decision_issues(results, _apply_duplicates(con, edits))
            con.execute("COMMIT")
            if rebuild:  # every report's links and words written afresh: each organisation's and word's side by side
                cluster_links(con)
                cluster_words(con)
            con.execute("CHECKPOINT")
            con.close()
            _swap(tmp_path, db_path, spare)
            swapped = True
        except Exception as exc:
            if _is_storage_failure(exc):
                raise _storage_failure(db_path.parent, exc) from None
            raise
        finally:
            if parsed is not None:
                parsed.close()  # a load stopped by the disk: the workers stop with it
            if not swapped:
                if con is not None:
                    try:
                        con.close()
                    except Exception:
                        pass
                _remove_quietly(tmp_path, wal_path)
    return results


def delete_report(report_id: str, db_path: Path, *, spare: bool = False) -> bool:
    """Remove one report (and its events) with the same swap as a load (and its spare, see load_reports)."""
    db_path = Path(db_path)
    _refuse_folder(db_path)
    tmp_path = Path(str(db_path) + ".tmp")
    with _writer_lock(db_path):
        _remove_quietly(tmp_path, Path(str(tmp_path) + ".wal"), _retired(db_path))  # a killed load's leftovers
        try:
            _working_copy(db_path, tmp_path, rebuild=False)
            con = connect_writable(tmp_path)
        except Exception as exc:
            _remove_quietly(tmp_path)
            if _is_storage_failure(exc):
                raise _storage_failure(db_path.parent, exc) from None
            raise
        try:
            found = con.execute("SELECT count(*) FROM reports WHERE report_id = ?", [report_id]).fetchone()[0]
            con.execute("BEGIN TRANSACTION")
            _delete_report(con, report_id)
            con.execute("COMMIT")
            con.execute("CHECKPOINT")
            con.close()
            _swap(tmp_path, db_path, spare)
        except Exception as exc:
            if _is_storage_failure(exc):
                raise _storage_failure(db_path.parent, exc) from None
            raise
        finally:
            try:
                con.close()
            except Exception:
                pass
            _remove_quietly(tmp_path, Path(str(tmp_path) + ".wal"))
    return bool(found)
