"""A SYNTHETIC database of N events for load tests: the real sample, loaded by the ETL, then copied
inside DuckDB as reports of six SYNTHETIC regions going back quarter by quarter.

Parsing 128 copies of the same text would take minutes and teach nothing new; copying the parsed
rows takes about a second and gives the dashboard the size it has to serve. Every copy is labelled:
its region ends in «[SYNTHETIC]», its file name starts with «SYNTHETIC_», its load row says so.
Dates and months move back with the quarter, so the Динамика page and the period filter see a
5-year history; the events' text, countries, officials and lemmas stay the sample's.

    $ .venv/bin/python bench/synthetic_db.py --events 10000 --out /tmp/synthetic.duckdb
    /tmp/synthetic.duckdb: 10000 events in 129 reports (128 SYNTHETIC), 10.0 MB, 6.5 s

The real sample in data/raw is only read; nothing is written there.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from etl.config import RAW_DIR  # noqa: E402

SYNTHETIC_REGIONS = ("Брянская область", "Калужская область", "Тверская область", "Псковская область",
                     "Курская область", "Орловская область")
LABEL = "SYNTHETIC"
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def copy_plan(base_events: int, base_year: int, base_quarter: int, target_events: int) -> list[dict]:
    """One row per SYNTHETIC copy: id, region, period and how many of the base events it keeps.

    Copy i belongs to region i mod 6 and lies i div 6 + 1 quarters before the base report, so
    (region, year, quarter) stays unique as the table requires; the last copy is cut short so
    the database holds exactly `target_events` events.

    >>> [(c["region"][:8], c["year"], c["quarter"], c["events"]) for c in copy_plan(78, 2024, 4, 200)]
    [('Брянская', 2024, 3, 78), ('Калужска', 2024, 3, 44)]
    """
    plan = []
    remaining = target_events - base_events
    i = 0
    while remaining > 0:
        back = i // len(SYNTHETIC_REGIONS) + 1
        index = base_year * 4 + (base_quarter - 1) - back
        year, quarter = divmod(index, 4)
        keep = min(base_events, remaining)
        plan.append({"report_id": f"synthetic-{i + 1:04d}", "region": f"{SYNTHETIC_REGIONS[i % len(SYNTHETIC_REGIONS)]} "
                     f"[{LABEL}]", "year": year, "quarter": quarter + 1, "months_back": 3 * back,
                     "label": f"{ROMAN[quarter + 1]} кв. {year}", "events": keep})
        remaining -= keep
        i += 1
    return plan


def _load_sample(db_path: Path) -> None:
    from etl.load import load_reports
    from etl.read import report_files

    files = report_files([RAW_DIR])
    results = load_reports(files, db_path, rebuild=True)
    failed = [r for r in results if r.status == "failed"]
    if failed or not results:
        raise SystemExit(f"the sample did not load: {failed or 'no report files in ' + str(RAW_DIR)}")


def _rebuild_counts(con: duckdb.DuckDBPyConnection) -> None:
    from etl.load import _rebuild_counts as rebuild

    rebuild(con)


def _copy_reports(con: duckdb.DuckDBPyConnection, base_id: str, plan: list[dict]) -> None:
    con.execute("CREATE TEMP TABLE copies (report_id VARCHAR, region VARCHAR, year INTEGER, quarter INTEGER, "
                "months_back INTEGER, label VARCHAR, events INTEGER, k INTEGER)")
    con.executemany("INSERT INTO copies VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [[c["report_id"], c["region"], c["year"], c["quarter"], c["months_back"], c["label"], c["events"],
                      k + 1] for k, c in enumerate(plan)])
    # copy k's event numbers are the sample's + k × the sample's largest (etl/load.py numbers events densely)
    numbered = "event_no" in {row[0] for row in con.execute("DESCRIBE events").fetchall()}
    span = con.execute("SELECT coalesce(max(event_no), 0) FROM events").fetchone()[0] if numbered else 0
    shift = "INTERVAL (c.months_back) MONTH"
    new_event = "c.report_id || ':' || e.n"
    kept = "JOIN copies c ON e.n <= c.events WHERE e.report_id = $base"
    params = {"base": base_id}
    # the report's own fields that events carry too (denormalised at load time), where the schema has them
    carried = {"region": "c.region", "year": "c.year", "quarter": "c.quarter", "period_label": "c.label",
               "file_name": f"'{LABEL}_' || c.report_id || '_' || e.file_name", "sha256": "c.report_id"}
    columns = {row[0] for row in con.execute("DESCRIBE events").fetchall()}
    report_fields = "".join(f" {expr} AS {name}," for name, expr in carried.items() if name in columns)
    con.execute(f"""
        INSERT INTO events SELECT e.* REPLACE (
            {new_event} AS event_id, c.report_id AS report_id,{report_fields}
            CAST(e.start_date - {shift} AS DATE) AS start_date, CAST(e.end_date - {shift} AS DATE) AS end_date,
            list_transform(e.months, lambda m: strftime(strptime(m, '%Y-%m') - {shift}, '%Y-%m')) AS months,
            CASE WHEN e.duplicate_of IS NULL THEN NULL
                 ELSE c.report_id || ':' || split_part(e.duplicate_of, ':', -1) END AS duplicate_of
            {f", e.event_no + c.k * {span} AS event_no" if numbered else ""})
        FROM events e {kept}""", params)
    side_replace = {"event_id": new_event, "report_id": "c.report_id", "event_no": f"x.event_no + c.k * {span}",
                    "month": f"strftime(strptime(x.month, '%Y-%m') - {shift}, '%Y-%m')",
                    "months": f"list_transform(x.months, lambda m: strftime(strptime(m, '%Y-%m') - {shift}, '%Y-%m'))"}
    for table in ("event_countries", "event_regions", "event_officials", "event_months"):
        columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
        select = ", ".join(side_replace.get(c, f"x.{c}") for c in columns)
        con.execute(f"""INSERT INTO {table} ({', '.join(columns)}) SELECT {select}
                        FROM {table} x JOIN events e ON e.event_id = x.event_id {kept}""", params)
    con.execute(f"""
        INSERT INTO reports SELECT r.* REPLACE (
            c.report_id AS report_id, '{LABEL}_' || c.report_id || '_' || r.file_name AS file_name,
            c.report_id AS sha256, c.region AS region, c.year AS year, c.quarter AS quarter,
            c.label AS period_label, CAST(r.period_start - {shift} AS DATE) AS period_start,
            CAST(r.period_end - {shift} AS DATE) AS period_end, c.events AS event_count,
            (SELECT count(DISTINCT sector_key) FROM events x WHERE x.report_id = c.report_id) AS sector_count
            {f", r.event_base + c.k * {span} AS event_base" if numbered else ""})
        FROM reports r, copies c WHERE r.report_id = $base""", params)
    con.execute("""INSERT INTO report_notes SELECT n.* REPLACE (c.report_id AS report_id)
                   FROM report_notes n, copies c WHERE n.report_id = $base""", params)
    con.execute("""INSERT INTO parse_issues SELECT p.* REPLACE (c.report_id AS report_id,
                       (SELECT file_name FROM reports r WHERE r.report_id = c.report_id) AS file_name)
                   FROM parse_issues p, copies c WHERE p.report_id = $base AND (p.n IS NULL OR p.n <= c.events)""",
                params)
    con.execute(f"""INSERT INTO loads SELECT 'load-' || c.report_id, r.file_name, r.sha256, 'loaded',
                        '{LABEL}: копия образца для нагрузочного теста', NULL, now(), now()
                    FROM copies c JOIN reports r USING (report_id)""")


def build_synthetic_db(out: Path, events: int) -> dict:
    """Build `out` with exactly `events` events (at least the sample's); returns what it holds."""
    out = Path(out)
    tmp = Path(str(out) + ".synthetic-build")  # the ETL loads here (its own .tmp and .lock beside it)
    _load_sample(tmp)
    Path(str(tmp) + ".lock").unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        reports = con.execute("SELECT report_id, year, quarter, event_count FROM reports").fetchall()
        if len(reports) != 1:
            raise SystemExit(f"expected one sample report in {RAW_DIR}, found {len(reports)}")
        base_id, year, quarter, base_events = reports[0]
        if events < base_events:
            raise SystemExit(f"--events must be at least the sample's {base_events}")
        plan = copy_plan(base_events, year, quarter, events)
        con.execute("BEGIN")
        _copy_reports(con, base_id, plan)
        _rebuild_counts(con)  # the sidebar's option counts and the event cube, for every copy
        from etl.load import fill_search_words, rebuild_quality_counts
        rebuild_quality_counts(con)  # the quality page's per-report counts
        fill_search_words(con)  # the copies' words, so a search finds them as it would loaded reports
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
        held = {"events": con.execute("SELECT count(*) FROM events").fetchone()[0],
                "reports": con.execute("SELECT count(*) FROM reports").fetchone()[0],
                "synthetic_reports": len(plan)}
    finally:
        con.close()
    os.replace(tmp, out)
    held["bytes"] = out.stat().st_size
    return held


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000, help="events in the database (default 10000)")
    parser.add_argument("--out", type=Path, required=True, help="the DuckDB file to write (never in data/raw)")
    args = parser.parse_args(argv)
    if RAW_DIR.resolve() in args.out.resolve().parents:
        parser.error(f"SYNTHETIC data never goes into {RAW_DIR}")
    start = time.perf_counter()
    held = build_synthetic_db(args.out, args.events)
    print(f"{args.out}: {held['events']} events in {held['reports']} reports ({held['synthetic_reports']} "
          f"{LABEL}), {held['bytes'] / 1e6:.1f} MB, {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
