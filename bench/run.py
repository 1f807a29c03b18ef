"""`make bench`: the scale figures of issue 11 in one table, and bench/results.json.

Everything runs on SYNTHETIC data (etl/synth.py; the big databases by copying inside DuckDB, see
bench/bigdb.py). Each figure is the median of several runs with its min and max; nothing here
asserts a timing.

    BENCH_SIZES="10000 100000 300000" .venv/bin/python bench/run.py     # make bench
    BENCH_SIZES="10000 100000 300000 1000000" .venv/bin/python bench/run.py   # make bench-full
    .venv/bin/python bench/run.py --only queries --sizes 100000          # one part
    .venv/bin/python bench/run.py --only pages --sizes 100000            # AppTest page timings

Parts: etl (events/s per CPU-second for .txt and .docx, and the floor: reading + splitting the same
files into cells), add (adding one report to a database of each size, split into the file copy
and the rest), queries (every query-layer function, p50/p95, beside the same aggregate in pandas
on an in-memory DataFrame; peak RSS of that process; database size per 100k events), pages
(AppTest cold run, warm rerun and rerun after a filter change).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "bench" / "results.json"
DEFAULT_SIZES = (10_000, 100_000, 300_000)
QUERY_SIZES = (10_000, 100_000, 1_000_000)


def spread(values: list[float], scale: float = 1.0) -> dict:
    values = sorted(v * scale for v in values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return {"median": statistics.median(values), "min": values[0], "max": values[-1], "p95": p95,
            "runs": len(values)}


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB, from /proc."""
    fields = {}
    with open("/proc/self/status") as handle:
        for line in handle:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


# ------------------------------------------------------------------ ETL

def _clear_word_caches() -> None:
    from etl import lemmas

    for fn in (lemmas.lemma, lemmas.lemma_set, lemmas.tokens):
        fn.cache_clear()
    lemmas.morph.cache_clear()


def bench_etl(runs: int = 3, reports: int = 24, long_batch: int = 128) -> dict:
    """Parse SYNTHETIC reports with cold word caches each run; CPU seconds of this one process."""
    from etl.layout import split_layout
    from etl.normalize import build_report
    from etl.read import read_bytes
    from etl.synth import synthetic_regions, synthetic_report, to_docx, to_text

    regions = synthetic_regions()
    made = [synthetic_report(regions[i % len(regions)], 2015 + i // len(regions), 1 + i % 4, seed=11)
            for i in range(reports)]
    files = {"txt": [(f"s{i}.txt", to_text(r).encode("utf-8")) for i, r in enumerate(made)],
             "docx": [(f"s{i}.docx", to_docx(r)) for i, r in enumerate(made)]}
    build_report(read_bytes(*files["txt"][0][::-1]))  # dictionaries loaded once, as in a real load
    from etl.lemmas import morph, tokens

    def parse_all(items) -> int:
        total = 0
        for name, data in items:
            tokens.cache_clear()  # synthetic cells repeat the sample's texts; real reports do not
            total += build_report(read_bytes(data, name)).event_count
        return total

    out = {}
    for kind, items in files.items():
        full, floor = [], []
        events = 0
        for _ in range(runs):
            _clear_word_caches()
            morph().parse("прогрев")  # the analyser object itself is not what we measure
            start = time.process_time()
            events = parse_all(items)
            full.append(time.process_time() - start)
            start = time.process_time()
            for name, data in items:
                split_layout(read_bytes(data, name).grid, name)
            floor.append(time.process_time() - start)
        out[kind] = {"events": events, "events_per_cpu_s": spread([events / s for s in full]),
                     "floor_events_per_cpu_s": spread([events / s for s in floor]),
                     "floor_share": statistics.median(f / s for f, s in zip(floor, full))}
    # A long batch (~10k events), as a region's ten years would load: the vocabulary saturates.
    batch = [synthetic_report(regions[i % len(regions)], 1990 + i // len(regions), 1 + i % 4, seed=12)
             for i in range(long_batch)]
    for kind, encode in (("txt", lambda r: to_text(r).encode("utf-8")), ("docx", to_docx)):
        items = [(f"b{i}.{kind}", encode(r)) for i, r in enumerate(batch)]
        _clear_word_caches()
        morph().parse("прогрев")
        start = time.process_time()
        events = parse_all(items)
        seconds = time.process_time() - start
        out[kind]["batch"] = {"events": events, "events_per_cpu_s": events / seconds}
    return out


# ------------------------------------------------------------------ adding a report

def bench_add(sizes, runs: int = 3) -> dict:
    """Adding one new 55–100-event SYNTHETIC report to a database of each size (a fresh copy of the
    cached benchmark database each run; the copy itself is not timed). The load's own copy of the
    served file is timed separately as 'copy'."""
    from bench.bigdb import database
    from etl.load import load_reports
    from etl.synth import synthetic_regions, synthetic_report, to_text

    from etl.normalize import build_report
    from etl.read import read_bytes

    out = {}
    region = synthetic_regions()[-2]
    build_report(read_bytes(to_text(synthetic_report(region, 1950, 1)).encode("utf-8"), "warm.txt"))
    for size in sizes:
        source = database(size)
        totals, copies = [], []
        for run in range(runs):
            with tempfile.TemporaryDirectory(dir=ROOT / "bench" / ".cache") as tmp:
                db = Path(tmp) / "engagement.duckdb"
                shutil.copy2(source, db)
                report = synthetic_report(region, 1960 + run, 1 + run % 4, seed=run)
                item = (f"new_{run}.txt", to_text(report).encode("utf-8"))
                start = time.perf_counter()
                result = load_reports([item], db)
                totals.append(time.perf_counter() - start)
                assert result[0].status == "loaded", result[0].message
                start = time.perf_counter()
                shutil.copy2(db, Path(tmp) / "copy.duckdb")
                copies.append(time.perf_counter() - start)
        out[str(size)] = {"total_s": spread(totals), "copy_s": spread(copies)}
    return out


# ------------------------------------------------------------------ query layer

def _pandas_cases(df, countries, months, regions_x, officials_x):
    """The same aggregates in pandas on in-memory DataFrames (lists exploded once, up front)."""
    import pandas as pd

    def masked(mask):
        return df if mask is None else df[mask]

    def explode_join(mask, table, column):
        ids = masked(mask)[["event_id", "sector_key", "attendance_total"]]
        return table.merge(ids, on="event_id")

    return {
        "count_events": lambda m: int(len(masked(m))),
        "headline": lambda m: (len(masked(m)), explode_join(m, countries, "country_code")["country_code"].nunique(),
                               explode_join(m, regions_x, "region_name")["region_name"].nunique(),
                               masked(m)["attendance_total"].sum(), masked(m)["attendance_total"].count(),
                               (masked(m)["agreement"] == "signed").sum(),
                               masked(m)["format"].isin(["online", "hybrid"]).mean()),
        "events_by_sector": lambda m: masked(m).groupby("sector_key").agg(
            events=("event_id", "size"), attendance=("attendance_total", "sum")).sort_values("events"),
        "events_by_country": lambda m: explode_join(m, countries, "country_code").groupby("country_code").agg(
            events=("event_id", "nunique"), attendance=("attendance_total", "sum")).sort_values("events"),
        "events_by_month": lambda m: explode_join(m, months, "month").groupby("month")["event_id"].nunique(),
        "sector_month": lambda m: explode_join(m, months, "month").groupby(["sector_key", "month"])["event_id"].nunique(),
        "sector_country": lambda m: explode_join(m, countries, "country_code").groupby(
            ["sector_key", "country_code"])["event_id"].nunique(),
        "region_points": lambda m: explode_join(m, regions_x, "region_name").groupby("region_name")["event_id"].nunique(),
        "officials": lambda m: explode_join(m, officials_x, "name").groupby("name")["event_id"].nunique(),
        "timeline": lambda m: masked(m).dropna(subset=["start_date"]).sort_values(["start_date", "n"])[
            ["event_id", "n", "title", "sector_key", "format", "start_date", "end_date"]].tail(300),
        "timeline_count": lambda m: int(masked(m)["start_date"].notna().sum()),
        "events_by_period": lambda m: masked(m).groupby(["year", "quarter", "period_label", "region", "sector_key"]).agg(
            events=("event_id", "size"), attendance=("attendance_total", "sum")),
        "attendance_by_format": lambda m: masked(m).groupby("format").agg(
            events=("event_id", "size"), attendance=("attendance_total", "sum")),
        "biggest_events": lambda m: masked(m).nlargest(10, "attendance_total"),
        "foreign_participants": lambda m: masked(m).dropna(subset=["attendance_foreign"]).nlargest(
            200, "attendance_foreign"),
        "foreign_participants_count": lambda m: int(masked(m)["attendance_foreign"].notna().sum()),
        "agreements": lambda m: masked(m)[masked(m)["agreement"] == "signed"].sort_values(["start_date", "n"]).head(30),
        "agreements_count": lambda m: int((masked(m)["agreement"] == "signed").sum()),
        "registry_page": lambda m: masked(m).sort_values(["year", "quarter", "region", "n"]).head(50),
        "sources": lambda m: masked(m).groupby(["file_name", "sha256", "period_label", "region"]).size(),
    }


def bench_queries_one(size: int, runs: int) -> dict:
    """Every query-layer function at one size, unfiltered and filtered (Belarus · culture)."""
    import duckdb

    from analytics import quality, queries
    from analytics.db import ReadOnlyDatabase
    from analytics.filters import Filters
    from bench.bigdb import database

    path = database(size)
    cursor = ReadOnlyDatabase(path).cursor()
    events = cursor.execute("SELECT count(*) FROM events").fetchone()[0]
    filters = {"all": Filters(), "BY·culture": Filters(countries=("BY",), sectors=("culture_tourism",))}
    calls = {name: (lambda f, name=name: getattr(queries, name)(cursor, f)) for name in (
        "count_events", "headline", "events_by_sector", "events_by_country", "events_by_month",
        "sector_month", "sector_country", "region_points", "officials", "events_by_period",
        "attendance_by_format", "biggest_events", "sources", "timeline_count", "foreign_participants_count",
        "agreements_count")}
    # the row-returning ones as the pages call them: a page of rows (their counts are timed above)
    calls["agreements"] = lambda f: queries.agreements(cursor, f, ("signed",), 30)
    calls["timeline"] = lambda f: queries.timeline(cursor, f, 300, True)
    calls["foreign_participants"] = lambda f: queries.foreign_participants(cursor, f, 200)
    calls["registry_page"] = lambda f: queries.registry_page(cursor, f, limit=50, offset=0)
    calls["registry_page_deep"] = lambda f: queries.registry_page(cursor, f, limit=50, offset=max(0, events // 2))
    unfiltered = {"lookup": lambda: queries.lookup(cursor), "options": lambda: queries.options(cursor),
                  "fill_rates": lambda: quality.fill_rates(cursor), "issues_by_kind": lambda: quality.issues_by_kind(cursor),
                  "outside_quarter": lambda: quality.outside_quarter(cursor, 200),
                  "outside_quarter_count": lambda: quality.outside_quarter_count(cursor),
                  "lower_bounds": lambda: quality.lower_bounds(cursor, 200),
                  "lower_bounds_count": lambda: quality.lower_bounds_count(cursor),
                  "issue_rows": lambda: quality.issue_rows(cursor, None, 200),
                  "issue_count": lambda: quality.issue_count(cursor),
                  "pending_duplicate_pairs": lambda: quality.pending_duplicate_pairs(cursor, limit=30),
                  "pending_duplicate_count": lambda: quality.pending_duplicate_count(cursor)}

    oracle = duckdb.connect(":memory:")
    oracle.execute("ATTACH ? AS o (READ_ONLY)", [str(path)])
    frame = oracle.execute("SELECT event_id, n, title, sector_key, format, start_date, end_date, attendance_total, "
                           "attendance_foreign, agreement, year, quarter, period_label, region, file_name, sha256 "
                           "FROM o.events WHERE duplicate_of IS NULL").df()
    countries = oracle.execute("SELECT event_id, country_code FROM o.event_countries").df()
    months = oracle.execute("SELECT event_id, month FROM o.event_months").df()
    regions_x = oracle.execute("SELECT event_id, region_name FROM o.event_regions").df()
    officials_x = oracle.execute("SELECT event_id, name FROM o.event_officials").df()
    oracle.close()
    by_country = set(countries.loc[countries["country_code"] == "BY", "event_id"])
    masks = {"all": None, "BY·culture": (frame["sector_key"] == "culture_tourism") & frame["event_id"].isin(by_country)}
    pandas_calls = _pandas_cases(frame, countries, months, regions_x, officials_x)

    def timed(fn, n):
        fn()  # first call: plans and caches, not what a rerun costs
        out = []
        for _ in range(n):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
        return out

    rows = {}
    for label, f in filters.items():
        for name, call in calls.items():
            row = {"duckdb_ms": spread(timed(lambda: call(f), runs), 1000)}
            pandas_name = name if name != "registry_page_deep" else None
            if pandas_name in pandas_calls:
                row["pandas_ms"] = spread(timed(lambda: pandas_calls[pandas_name](masks[label]), runs), 1000)
                row["ratio"] = row["pandas_ms"]["median"] / row["duckdb_ms"]["median"]
            rows[f"{name} [{label}]"] = row
    for name, call in unfiltered.items():
        rows[f"{name} [all]"] = {"duckdb_ms": spread(timed(call, runs), 1000)}
    current, peak = rss_mb()
    return {"events": events, "db_mb": path.stat().st_size / 1e6,
            "db_mb_per_100k": path.stat().st_size / 1e6 / events * 100_000,
            "rss_mb": current, "peak_rss_mb": peak, "pandas_frame_mb": float(frame.memory_usage(deep=True).sum() / 1e6),
            "queries": rows}


def bench_queries(sizes, runs: int) -> dict:
    """One subprocess per size, so its RSS is that size's alone."""
    out = {}
    for size in sizes:
        done = subprocess.run([sys.executable, __file__, "--only", "queries-one", "--sizes", str(size),
                               "--runs", str(runs if size <= 100_000 else max(3, runs // 3))],
                              capture_output=True, text=True, cwd=ROOT)
        if done.returncode:
            raise RuntimeError(done.stderr[-3000:])
        out[str(size)] = json.loads(done.stdout.strip().splitlines()[-1])
    return out


# ------------------------------------------------------------------ pages

PAGE_FILES = ("overview", "sectors", "countries", "dynamics", "participants", "registry", "quality", "data")


def bench_pages(size: int, runs: int = 3) -> dict:
    """Each page through streamlit.testing AppTest at one size: cold run, warm rerun, rerun after a
    sector filter change; beside a blank Streamlit script (the framework's own floor)."""
    from streamlit.testing.v1 import AppTest

    from bench.bigdb import database

    os.environ["ENGAGEMENT_DB"] = str(database(size))
    blank = Path(tempfile.mkdtemp()) / "blank.py"
    blank.write_text("import streamlit as st\nst.write('x')\n")
    out = {}
    empty = []
    for _ in range(runs):
        at = AppTest.from_file(str(blank), default_timeout=60)
        start = time.perf_counter()
        at.run()
        empty.append(time.perf_counter() - start)
    out["(blank page)"] = {"cold_s": spread(empty)}
    for page in PAGE_FILES:
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
        at.run()
        start = time.perf_counter()
        at.switch_page(f"pages/{page}.py").run()
        cold = time.perf_counter() - start
        warm, changed = [], []
        for run in range(runs):
            start = time.perf_counter()
            at.run()
            warm.append(time.perf_counter() - start)
            selects = [m for m in at.sidebar.multiselect]
            if selects and selects[0].options:
                choice = selects[0].options[run % len(selects[0].options)]
                start = time.perf_counter()
                selects[0].set_value([choice]).run()
                changed.append(time.perf_counter() - start)
        out[page] = {"cold_s": cold, "warm_s": spread(warm), "filter_change_s": spread(changed) if changed else None,
                     "exceptions": [str(e.value)[:200] for e in at.exception]}
    out["rss_mb"], out["peak_rss_mb"] = rss_mb()
    return out


# ------------------------------------------------------------------ table

def print_table(results: dict) -> None:
    lines = []
    etl = results.get("etl")
    if etl:
        lines.append("ETL (SYNTHETIC reports, cold word caches), events per CPU-second, median [min–max]:")
        for kind, row in etl.items():
            e, f = row["events_per_cpu_s"], row["floor_events_per_cpu_s"]
            lines.append(f"  .{kind:<5} {e['median']:>7.0f} [{e['min']:.0f}–{e['max']:.0f}]   floor (read+split) "
                         f"{f['median']:>7.0f}   floor/full time {row['floor_share']:.0%}   ({row['events']} events)")
            if "batch" in row:
                lines.append(f"         one batch of {row['batch']['events']:,} events: "
                             f"{row['batch']['events_per_cpu_s']:.0f} events per CPU-second")
    add = results.get("add")
    if add:
        lines.append("Adding one report, seconds, median [min–max] (copy = copying the file once):")
        for size, row in add.items():
            t, c = row["total_s"], row["copy_s"]
            lines.append(f"  {int(size):>9,} events  {t['median']:6.2f} [{t['min']:.2f}–{t['max']:.2f}]   "
                         f"copy {c['median']:.2f}")
    queries = results.get("queries")
    if queries:
        sizes = list(queries)
        lines.append("Query layer, ms p50/p95 (pandas p50, ratio pandas/duckdb) at " + ", ".join(
            f"{int(s):,}" for s in sizes) + " events:")
        names = list(queries[sizes[0]]["queries"])
        for name in names:
            cells = []
            for size in sizes:
                row = queries[size]["queries"].get(name)
                if row is None:
                    cells.append(" " * 30)
                    continue
                d = row["duckdb_ms"]
                cell = f"{d['median']:7.1f}/{d['p95']:7.1f}"
                if "pandas_ms" in row:
                    cell += f" ({row['pandas_ms']['median']:7.1f}, {row['ratio']:5.1f}×)"
                else:
                    cell += " " * 19
                cells.append(cell)
            lines.append(f"  {name:<38}" + " | ".join(cells))
        for size in sizes:
            q = queries[size]
            lines.append(f"  {int(size):>9,} events: DB {q['db_mb']:.0f} MB ({q['db_mb_per_100k']:.0f} MB per 100k), "
                         f"query process RSS {q['rss_mb']:.0f} MB (peak {q['peak_rss_mb']:.0f} MB, of which the pandas "
                         f"frame {q['pandas_frame_mb']:.0f} MB)")
    pages = results.get("pages")
    if pages:
        for size, rows in pages.items():
            lines.append(f"Pages (AppTest) at {int(size):,} events, seconds: cold | warm p50 | after filter p50")
            for page, row in rows.items():
                if not isinstance(row, dict):
                    continue
                warm = row.get("warm_s")
                change = row.get("filter_change_s")
                cold = row["cold_s"] if isinstance(row["cold_s"], float) else row["cold_s"]["median"]
                lines.append(f"  {page:<14} {cold:6.2f} | {warm['median'] if warm else 0:6.2f} | "
                             f"{change['median'] if change else 0:6.2f}" + (f"  ERR {row['exceptions']}"
                                                                          if row.get("exceptions") else ""))
            lines.append(f"  RSS after all pages: {rows['rss_mb']:.0f} MB (peak {rows['peak_rss_mb']:.0f} MB)")
    print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("etl", "add", "queries", "pages", "queries-one"), action="append")
    parser.add_argument("--sizes", nargs="+", type=int,
                        default=[int(s) for s in os.environ.get("BENCH_SIZES", "").split()] or list(DEFAULT_SIZES))
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "15")))
    args = parser.parse_args(argv)
    parts = args.only or ["etl", "add", "queries"]
    if parts == ["queries-one"]:
        print(json.dumps(bench_queries_one(args.sizes[0], args.runs)))
        return 0
    random.seed(0)
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results["machine"] = {"cores": os.cpu_count(), "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    if "etl" in parts:
        results["etl"] = bench_etl()
    if "add" in parts:
        results["add"] = bench_add(args.sizes)
    if "queries" in parts:
        sizes = [s for s in args.sizes if s != 300_000] or args.sizes
        results["queries"] = bench_queries(sizes, args.runs)
    if "pages" in parts:
        results["pages"] = {str(s): bench_pages(s) for s in args.sizes}
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1))
    print_table({k: v for k, v in results.items() if k in parts or (k == "queries" and "queries" in parts)})
    print(f"→ {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
