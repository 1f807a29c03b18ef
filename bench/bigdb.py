"""Benchmark databases of SYNTHETIC events at 10k…1M: a base loaded through the real ETL, then
copied inside DuckDB with new report ids and earlier quarters until the size is reached.

Parsing a million events would take the ETL ~10 minutes a core; copying rows inside DuckDB takes
seconds and keeps every table (events, their lists, months, countries, regions, officials, issues)
consistent (the side tables' carried event columns and lists, option_counts, the quality page's
per-report counts and report_sectors — rebuilt at the end by rebuild_quality_counts —, the search's
word index and the event numbers too), so the query layer sees
what a real load of that size would give it — a rebuild's: the organisations' links clustered by
organisation (etl.load.cluster_links) and the word index by word (etl.load.cluster_words); a database
cached before either gets it when next asked for.
"""
from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from analytics.db import schema_gaps  # noqa: E402
from etl.load import (_rebuild_counts, cluster_links, cluster_words, connect_writable,  # noqa: E402
                      fill_search_words, load_reports, rebuild_org_counts, rebuild_quality_counts)
from etl.search import WORD_TABLES  # noqa: E402
from etl.synth import write_reports  # noqa: E402

CACHE = ROOT / "bench" / ".cache"


def base_db(regions: int = 36, quarters: int = 4, seed: int = 0) -> Path:
    """~10k events: `regions` × `quarters` SYNTHETIC reports loaded through etl.load (cached)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"base_r{regions}_q{quarters}_s{seed}.duckdb"
    if path.exists():
        return path
    files = write_reports(CACHE / f"reports_r{regions}_q{quarters}_s{seed}", regions, quarters, seed=seed)
    tmp = path.with_suffix(".building")
    load_reports(files, tmp, rebuild=True)
    tmp.rename(path)
    return path


def links_clustered(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether event_organisations is stored in organisation order (etl.load.cluster_links)."""
    return not con.execute("SELECT EXISTS (SELECT 1 FROM (SELECT org_key < lag(org_key) OVER (ORDER BY rowid) AS back "
                           "FROM event_organisations) WHERE back)").fetchone()[0]


def words_clustered(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether every word index table is stored in word order (etl.load.cluster_words), judged by every
    2048th row: the whole test (a window over 62M words at a million events) took 30 s, this one ~1.5 s,
    and a table in load order is out of order within a few sampled rows."""
    for table in WORD_TABLES:
        words = [r[0] for r in con.execute(f"SELECT word FROM {table} WHERE rowid % 2048 = 0 ORDER BY rowid").fetchall()]
        if words != sorted(words):
            return False
    return True


def grow(source: Path, target: Path, events: int) -> Path:
    """Copy `source` to `target` and add copies of its reports (each copy shifted back by the
    base's span of quarters, new ids) until `target` holds at least `events` events. Duplicate
    candidates are copied with their events (pairs between two copies are not added: a copy's
    dates barely touch its neighbour's)."""
    if target.exists():
        con = duckdb.connect(str(target), read_only=True)
        have = con.execute("SELECT count(*) FROM events").fetchone()[0]
        clustered = links_clustered(con)
        words = words_clustered(con)
        complete = not schema_gaps(con)
        con.close()
        if have >= events:
            if not (clustered and words and complete):  # cached by an older version: as a rebuild leaves it
                con = connect_writable(target)
                if not clustered:
                    cluster_links(con)
                if not words:
                    cluster_words(con)
                con.execute("CHECKPOINT")
                con.close()
            return target
    shutil.copy2(source, target)
    con = connect_writable(target)  # a base cached by an older version gets today's columns and tables first
    base_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    numbers = con.execute("SELECT coalesce(max(event_no), 0) FROM events").fetchone()[0]  # a copy's are k × this on
    span = con.execute("SELECT count(DISTINCT year * 4 + quarter) FROM reports").fetchone()[0]
    con.execute("CREATE TEMP TABLE base_reports AS SELECT * FROM reports")
    copies = -(-events // base_events) - 1
    for k in range(1, copies + 1):
        shift = span * k  # quarters back
        con.execute("BEGIN")
        con.execute(f"""CREATE OR REPLACE TEMP TABLE id_map AS
            SELECT report_id AS old_id, md5(report_id || ':{k}') AS new_id,
                   ((year * 4 + quarter - 1) - {shift}) // 4 AS new_year,
                   ((year * 4 + quarter - 1) - {shift}) % 4 + 1 AS new_quarter
            FROM base_reports""")
        back = "to_months(3 * (r.year * 4 + r.quarter - m.new_year * 4 - m.new_quarter))"
        label = "CASE m.new_quarter WHEN 1 THEN 'I' WHEN 2 THEN 'II' WHEN 3 THEN 'III' ELSE 'IV' END || ' кв. ' || m.new_year"
        report_replace = {
            "report_id": "m.new_id", "sha256": "m.new_id", "year": "m.new_year", "quarter": "m.new_quarter",
            "event_base": f"r.event_base + {k * numbers}",
            "period_label": label, "period_start": f"r.period_start - {back}", "period_end": f"r.period_end - {back}",
        }
        report_columns = [c[0] for c in con.execute("DESCRIBE reports").fetchall()]
        con.execute(f"INSERT INTO reports SELECT {', '.join(report_replace.get(c, f'r.{c}') for c in report_columns)} "
                    "FROM base_reports r JOIN id_map m ON m.old_id = r.report_id")
        months = f"to_months({3 * shift})"
        columns = [c[0] for c in con.execute("DESCRIBE events").fetchall()]
        replace = {
            "event_id": "m.new_id || ':' || e.n", "report_id": "m.new_id",
            "start_date": f"(e.start_date - {months})::DATE", "end_date": f"(e.end_date - {months})::DATE",
            "months": f"list_transform(e.months, lambda x: strftime(strptime(x, '%Y-%m') - {months}, '%Y-%m'))",
            "duplicate_of": "NULL", "year": "m.new_year", "quarter": "m.new_quarter", "sha256": "m.new_id",
            "event_no": f"e.event_no + {k * numbers}",
            "period_label": "CASE m.new_quarter WHEN 1 THEN 'I' WHEN 2 THEN 'II' WHEN 3 THEN 'III' ELSE 'IV' END"
                            " || ' кв. ' || m.new_year",
        }
        select = ", ".join(replace.get(c, f"e.{c}") for c in columns)
        con.execute(f"""CREATE OR REPLACE TEMP TABLE new_events AS SELECT {select}
            FROM events e JOIN id_map m ON m.old_id = e.report_id""")
        con.execute("INSERT INTO events SELECT * FROM new_events")
        join = "JOIN id_map m ON m.old_id = split_part(t.event_id, ':', 1)"
        side_replace = {"event_id": "m.new_id || ':' || split_part(t.event_id, ':', 2)", "report_id": "m.new_id",
                        "event_no": f"t.event_no + {k * numbers}",
                        "month": f"strftime(strptime(t.month, '%Y-%m') - {months}, '%Y-%m')", "merged": "FALSE",
                        # event_organisations carries its event's dates and quarter: shifted like the event's
                        "event_start": f"(t.event_start - {months})::DATE", "event_end": f"(t.event_end - {months})::DATE",
                        "event_year": f"coalesce(year(t.event_start - {months}), m.new_year)",
                        "event_quarter": f"coalesce(quarter(t.event_start - {months}), m.new_quarter)",
                        "months": f"list_transform(t.months, lambda x: strftime(strptime(x, '%Y-%m') - {months}, '%Y-%m'))"}
        for table in ("event_months", "event_countries", "event_regions", "event_officials", "event_organisations",
                      "event_org_pairs"):
            side_columns = [c[0] for c in con.execute(f"DESCRIBE {table}").fetchall()]
            con.execute(f"INSERT INTO {table} ({', '.join(side_columns)}) SELECT "
                        f"{', '.join(side_replace.get(c, f't.{c}') for c in side_columns)} FROM {table} t {join}")
        con.execute("INSERT INTO duplicate_candidates SELECT "
                    "a.new_id || ':' || split_part(t.first_event_id, ':', 2), "
                    "b.new_id || ':' || split_part(t.second_event_id, ':', 2), t.score, t.same_dates, t.same_venue, "
                    "t.reason FROM duplicate_candidates t "
                    "JOIN id_map a ON a.old_id = split_part(t.first_event_id, ':', 1) "
                    "JOIN id_map b ON b.old_id = split_part(t.second_event_id, ':', 1)")
        con.execute("INSERT INTO parse_issues SELECT m.new_id, t.file_name, t.n, t.field, t.raw_text, t.message, "
                    "t.severity FROM parse_issues t JOIN id_map m ON m.old_id = t.report_id")
        con.execute("COMMIT")
    _rebuild_counts(con)
    rebuild_quality_counts(con)
    rebuild_org_counts(con)
    fill_search_words(con)  # one pass at the end: copying the words per copy would rescan a growing table
    cluster_links(con)  # as a rebuild leaves them: each organisation's links side by side
    cluster_words(con)  # and each word's index rows
    con.execute("CHECKPOINT")
    con.close()
    return target


def database(events: int) -> Path:
    """A benchmark database with at least `events` events (cached under bench/.cache)."""
    base = base_db()
    target = CACHE / f"events_{events}.duckdb"
    start = time.perf_counter()
    grow(base, target, events)
    print(f"[bigdb] {target.name}: {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return target


if __name__ == "__main__":
    for size in map(int, sys.argv[1:] or ["10000"]):
        print(database(size))
