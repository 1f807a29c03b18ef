"""`make bench`: the scale figures of issue 11 in one table, and bench/results.json.

Everything runs on SYNTHETIC data (etl/synth.py; the big databases by copying inside DuckDB, see
bench/bigdb.py). Each figure is the median of several runs with its min and max; nothing here
asserts a timing.

    BENCH_SIZES="10000 100000 300000" .venv/bin/python bench/run.py     # make bench
    BENCH_SIZES="10000 100000 300000 1000000" .venv/bin/python bench/run.py   # make bench-full
    .venv/bin/python bench/run.py --only queries --sizes 100000          # one part
    .venv/bin/python bench/run.py --only pages --sizes 100000            # AppTest page timings

Parts: etl (events/s per CPU-second for .txt and .docx, and the floor: reading + splitting the same
files into cells), add (adding one report to a database of each size, split into phases: copy,
open, parse, insert, candidates, checkpoint, swap…), queries (every query-layer function, p50/p95, beside the same aggregate in pandas
on an in-memory DataFrame; peak RSS of that process; database size per 100k events), pages
(AppTest cold run, warm rerun and rerun after a filter change), parquet (the query layer over the
Parquet export beside the DuckDB file; not in the default parts).

    .venv/bin/python bench/run.py --only add --add-dir /mnt/xfs/bench   # the add on another file system
    .venv/bin/python bench/run.py --only parquet --sizes 100000 1000000
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
from contextlib import contextmanager
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

def file_system(folder: Path) -> str:
    """The type of the file system holding `folder` (longest mount point in /proc/mounts)."""
    best, kind = "", "?"
    folder = str(Path(folder).resolve())
    with open("/proc/mounts") as handle:
        for line in handle:
            _, point, fstype = line.split()[:3]
            if (folder == point or folder.startswith(point.rstrip("/") + "/")) and len(point) > len(best):
                best, kind = point, fstype
    return kind


@contextmanager
def load_phases(timings: dict):
    """Time etl.load's steps of one load (bench only: the functions are wrapped and put back).
    'checkpoint' is DuckDB's CHECKPOINT, which fsyncs the file: on a byte copy that is where the copy's
    pages are written to disk."""
    import etl.load as load

    def timed(name, fn):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                timings[name] = timings.get(name, 0.0) + time.perf_counter() - start
        return wrapper

    class TimedConnection:
        def __init__(self, con):
            self._con = con

        def execute(self, sql, *args):
            if sql.strip().upper() != "CHECKPOINT":
                return self._con.execute(sql, *args)
            return timed("checkpoint", self._con.execute)(sql, *args)

        def __getattr__(self, name):
            return getattr(self._con, name)

    originals = {name: getattr(load, name) for name in (
        "clone_or_copy", "connect_writable", "read_report", "_refresh_reference", "_delete_report",
        "_insert_report", "add_report_candidates", "_apply_duplicates")}
    replace = os.replace
    load.clone_or_copy = timed("copy", originals["clone_or_copy"])
    load.connect_writable = lambda path: TimedConnection(timed("open", originals["connect_writable"])(path))
    load.read_report = timed("parse", originals["read_report"])
    load._refresh_reference = timed("reference", originals["_refresh_reference"])
    load._delete_report = timed("delete_old", originals["_delete_report"])
    load._insert_report = timed("insert", originals["_insert_report"])
    load.add_report_candidates = timed("candidates", originals["add_report_candidates"])
    load._apply_duplicates = timed("decisions", originals["_apply_duplicates"])
    os.replace = timed("swap", replace)
    try:
        yield timings
    finally:
        for name, fn in originals.items():
            setattr(load, name, fn)
        os.replace = replace


ADD_PHASES = ("copy", "open", "reference", "parse", "delete_old", "insert", "candidates", "decisions",
              "checkpoint", "swap")


def bench_add(sizes, runs: int = 3, folder: Path | None = None) -> dict:
    """Adding one new 55–100-event SYNTHETIC report to a database of each size, split into phases.

    Each run loads into a fresh copy of the cached benchmark database made in `folder` (default
    bench/.cache; pass a folder on another file system, e.g. an XFS made with reflink=1, to see the
    reflink path) and written to disk (os.sync) before the clock starts, as the served file is after
    the previous load's checkpoint; the setup copy is not timed. Candidates run inside insert.

    Two ways: 'copy' — the load copies the served file (the CLI's way, and the first upload after a
    start); 'spare' — the dashboard's uploads (spare=True): a previous upload left a spare copy
    (etl/spare.py), so the load renames it instead of copying; 'background_s' is the time the
    process then spends, after the load returned, freeing the old file and making the next spare."""
    from bench.bigdb import database
    from etl.filecopy import clone_or_copy
    from etl.load import load_reports, wait_for_spare
    from etl.synth import synthetic_regions, synthetic_report, to_text

    from etl.normalize import build_report
    from etl.read import read_bytes

    folder = Path(folder or ROOT / "bench" / ".cache")
    folder.mkdir(parents=True, exist_ok=True)
    out = {"file_system": file_system(folder)}
    region = synthetic_regions()[-2]  # not among the benchmark databases' regions: a new report
    build_report(read_bytes(to_text(synthetic_report(region, 2049, 1)).encode("utf-8"), "warm.txt"))

    def item(year: int, quarter: int, seed: int):
        return (f"new_{year}_{quarter}.txt",
                to_text(synthetic_report(region, year, quarter, seed=seed)).encode("utf-8"))

    for size in sizes:
        source = database(size)
        row = {"db_mb": source.stat().st_size / 1e6}
        for way in ("copy", "spare"):
            totals, phases, hows, background = [], [], set(), []
            for run in range(runs):
                with tempfile.TemporaryDirectory(dir=folder) as tmp:
                    db = Path(tmp) / "engagement.duckdb"
                    clone_or_copy(source, db)
                    if way == "spare":  # the previous upload, which leaves the spare
                        load_reports([item(2040 + run, 1, 100 + run)], db, spare=True)
                        wait_for_spare(db)
                    os.sync()
                    timings: dict = {}
                    with load_phases(timings):
                        start = time.perf_counter()
                        result = load_reports([item(2050 + run, 1 + run % 4, run)], db, spare=way == "spare")
                        totals.append(time.perf_counter() - start)
                    assert result[0].status == "loaded", result[0].message
                    start = time.perf_counter()
                    wait_for_spare(db)
                    background.append(time.perf_counter() - start)
                    phases.append(timings)
                    hows.add(clone_or_copy(db, Path(tmp) / "probe.duckdb"))
            row[way] = {"total_s": spread(totals), "how": "/".join(sorted(hows)),
                        "phases_s": {name: statistics.median(p.get(name, 0.0) for p in phases)
                                     for name in ADD_PHASES}}
            if way == "spare":
                row[way]["background_s"] = spread(background)
        # the figures earlier runs printed under these names
        row["total_s"], row["how"], row["phases_s"] = row["copy"]["total_s"], row["copy"]["how"], row["copy"]["phases_s"]
        out[str(size)] = row
    return out


# ------------------------------------------------------------------ Parquet

PARQUET_QUERIES = ("count_events", "headline", "events_by_sector", "events_by_country", "events_by_month",
                   "officials", "registry_page")


def bench_parquet(sizes, runs: int = 7) -> dict:
    """The same query-layer functions over the DuckDB file and over its Parquet export (etl export),
    each through analytics.db.ReadOnlyDatabase, unfiltered and filtered (Belarus · culture); plus the
    export's time and size, and the first snapshot (open) of each source."""
    from analytics import queries
    from analytics.db import ReadOnlyDatabase
    from analytics.filters import Filters
    from bench.bigdb import database
    from etl.export import export_tables

    out = {}
    filters = {"all": Filters(), "BY·culture": Filters(countries=("BY",), sectors=("culture_tourism",))}
    for size in sizes:
        path = database(size)
        folder = path.with_name(f"{path.stem}_parquet")
        shutil.rmtree(folder, ignore_errors=True)
        start = time.perf_counter()
        export_tables(path, folder, "parquet")
        export_s = time.perf_counter() - start
        row = {"export_s": export_s, "duckdb_mb": path.stat().st_size / 1e6,
               "parquet_mb": sum(p.stat().st_size for p in folder.iterdir()) / 1e6, "queries": {}}
        sources = {}
        for kind, source in (("duckdb", path), ("parquet", folder)):
            opens = []
            for _ in range(3):
                start = time.perf_counter()
                ReadOnlyDatabase(source).cursor().execute("SELECT count(*) FROM events").fetchone()
                opens.append(time.perf_counter() - start)
            row[f"{kind}_open_ms"] = spread(opens, 1000)
            sources[kind] = ReadOnlyDatabase(source).cursor()
        for label, f in filters.items():
            for name in PARQUET_QUERIES:
                cell = {}
                for kind, cursor in sources.items():
                    call = (lambda c=cursor: queries.registry_page(c, f, limit=50, offset=0)) \
                        if name == "registry_page" else (lambda c=cursor, name=name: getattr(queries, name)(c, f))
                    call()
                    times = []
                    for _ in range(runs):
                        start = time.perf_counter()
                        call()
                        times.append(time.perf_counter() - start)
                    cell[f"{kind}_ms"] = spread(times, 1000)
                cell["ratio"] = cell["parquet_ms"]["median"] / max(cell["duckdb_ms"]["median"], 1e-9)
                row["queries"][f"{name} [{label}]"] = cell
        shutil.rmtree(folder, ignore_errors=True)
        out[str(size)] = row
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
    for add in (v for k, v in results.items() if k == "add" or k.startswith("add_")):
        lines.append(f"Adding one report ({add.get('file_system', '?')}), seconds, median [min–max]; phases (medians):")
        for size, row in add.items():
            if not isinstance(row, dict):
                continue
            for way in ("copy", "spare"):
                part = row.get(way, row if way == "copy" else None)
                if not part:
                    continue
                t = part["total_s"]
                phases = " ".join(f"{k} {v:.2f}" for k, v in part.get("phases_s", {}).items() if v >= 0.005)
                after = (f"   then in the background {part['background_s']['median']:.2f}"
                         if "background_s" in part else "")
                lines.append(f"  {int(size):>9,} events ({row.get('db_mb', 0):,.0f} MB, {way}: {part.get('how', 'copy')})  "
                             f"{t['median']:5.2f} [{t['min']:.2f}–{t['max']:.2f}]   {phases}{after}")
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
    parquet = results.get("parquet")
    if parquet:
        for size, row in parquet.items():
            lines.append(f"Parquet export vs DuckDB file at {int(size):,} events: export {row['export_s']:.1f} s, "
                         f"{row['parquet_mb']:,.0f} MB vs {row['duckdb_mb']:,.0f} MB; first open "
                         f"{row['parquet_open_ms']['median']:.0f} vs {row['duckdb_open_ms']['median']:.0f} ms")
            lines.append("  ms median [min–max]: Parquet | DuckDB | Parquet/DuckDB")
            for name, cell in row["queries"].items():
                p, d = cell["parquet_ms"], cell["duckdb_ms"]
                lines.append(f"  {name:<34} {p['median']:7.1f} [{p['min']:.1f}–{p['max']:.1f}] | "
                             f"{d['median']:7.1f} [{d['min']:.1f}–{d['max']:.1f}] | {cell['ratio']:4.1f}×")
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
    parser.add_argument("--only", choices=("etl", "add", "queries", "pages", "queries-one", "parquet"), action="append")
    parser.add_argument("--sizes", nargs="+", type=int,
                        default=[int(s) for s in os.environ.get("BENCH_SIZES", "").split()] or list(DEFAULT_SIZES))
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "15")))
    parser.add_argument("--add-dir", type=Path, default=os.environ.get("BENCH_ADD_DIR"),
                        help="folder for the add part's databases (another file system, e.g. XFS with reflink)")
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
        add = bench_add(args.sizes, folder=args.add_dir)
        results["add" if args.add_dir is None else f"add_{add['file_system']}"] = add
    if "queries" in parts:
        sizes = [s for s in args.sizes if s != 300_000] or args.sizes
        results["queries"] = bench_queries(sizes, args.runs)
    if "parquet" in parts:
        results["parquet"] = bench_parquet([s for s in args.sizes if s != 300_000] or args.sizes,
                                           runs=min(args.runs, 9))
    if "pages" in parts:
        results["pages"] = {str(s): bench_pages(s) for s in args.sizes}
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1))
    print_table({k: v for k, v in results.items() if k in parts or (k.startswith("add_") and "add" in parts)})
    print(f"→ {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
