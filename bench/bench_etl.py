"""Benchmark of the ETL on SYNTHETIC reports (the real sample re-titled as other regions and quarters).

Prints figures; asserts nothing. Run: make bench  (or .venv/bin/python bench/bench_etl.py [N])
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from etl.load import load_reports  # noqa: E402
from etl.normalize import build_report  # noqa: E402
from etl.read import read_bytes  # noqa: E402
from tests.docx_builder import grid_to_docx  # noqa: E402
from etl.layout import grid_from_text  # noqa: E402

SAMPLE = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"
REGIONS = ["Смоленской области", "Брянской области", "Калужской области", "Тверской области",
           "Псковской области", "Курской области"]
QUARTERS = ["I", "II", "III", "IV"]


def synthetic_reports(count: int) -> list[tuple[str, bytes]]:
    text = SAMPLE.read_text(encoding="utf-8")
    out = []
    for i in range(count):
        region = REGIONS[i % len(REGIONS)]
        quarter = QUARTERS[(i // len(REGIONS)) % 4]
        year = 2020 + i // (len(REGIONS) * 4)
        title = text.replace("Смоленской области и подведомственными", f"{region} и подведомственными", 1)
        title = title.replace("в IV квартале 2024 года", f"в {quarter} квартале {year} года", 1)
        out.append((f"synthetic_{i:03d}.txt", title.encode("utf-8")))
    return out


def timed(fn, repeat=3):
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        runs.append(time.perf_counter() - start)
    return result, statistics.median(runs)


def main(count: int = 24) -> None:
    data = SAMPLE.read_bytes()
    build_report(read_bytes(data, "warmup.txt"))  # loads pymorphy3 dictionaries once
    report, parse_txt = timed(lambda: build_report(read_bytes(data, SAMPLE.name)))
    print(f"parse .txt (real sample, {report.event_count} events): {parse_txt * 1000:.0f} ms "
          f"= {report.event_count / parse_txt:.0f} events/s (median of 3)")
    docx_bytes = grid_to_docx(grid_from_text(data.decode("utf-8")))
    _, parse_docx = timed(lambda: build_report(read_bytes(docx_bytes, "sample.docx")))
    print(f"parse .docx (same report): {parse_docx * 1000:.0f} ms")

    reports = synthetic_reports(count)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        start = time.perf_counter()
        results = load_reports(reports, db, rebuild=True)
        elapsed = time.perf_counter() - start
        events = sum(r.report.event_count for r in results if r.report)
        print(f"load {count} SYNTHETIC reports ({events} events) into a new DuckDB: {elapsed:.2f} s "
              f"= {events / elapsed:.0f} events/s, file {db.stat().st_size / 1e6:.1f} MB")
        start = time.perf_counter()
        again = load_reports(reports[:1], db)
        print(f"reload of one unchanged report (copy + check + swap of the whole file): "
              f"{time.perf_counter() - start:.2f} s [{again[0].status}]")
        con = duckdb.connect(str(db), read_only=True)
        queries = {
            "events by sector": "SELECT sector_key, count(*) FROM events GROUP BY 1",
            "events by country": "SELECT country_code, count(*) FROM event_countries GROUP BY 1",
            "lemma search 'беларусь соглашение'": "SELECT count(*) FROM events WHERE search_lemmas LIKE ? "
                                                   "AND search_lemmas LIKE ?",
            "v_events full scan": "SELECT count(*) FROM v_events",
        }
        for name, sql in queries.items():
            params = ["% беларусь %", "% соглашение %"] if "?" in sql else []
            _, seconds = timed(lambda: con.execute(sql, params).fetchall(), repeat=5)
            print(f"query {name}: {seconds * 1000:.1f} ms (median of 5)")
        con.close()
        dashboard_queries(db)


def dashboard_queries(db: Path) -> None:
    """The dashboard's own query layer (uncached: what a first view with new filters costs)."""
    from analytics import queries
    from analytics.db import ReadOnlyDatabase
    from analytics.filters import Filters

    database = ReadOnlyDatabase(db)
    cursor = database.cursor()
    cases = {"no filters": Filters(), "Belarus · culture": Filters(countries=("BY",), sectors=("culture_tourism",)),
             "search 'белорусский форум'": Filters(search="белорусский форум")}
    for label, filters in cases.items():
        total = 0.0
        for name in ("headline", "events_by_sector", "events_by_country", "events_by_month", "sector_month",
                     "timeline", "registry"):
            _, seconds = timed(lambda: getattr(queries, name)(cursor, filters), repeat=3)
            total += seconds
        print(f"dashboard page-worth of queries ({label}): {total * 1000:.0f} ms "
              f"(7 queries, medians of 3, {queries.count_events(cursor, filters)} events shown)")
    cursor.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 24)
