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
open, parse, insert, candidates, checkpoint, swap…), queries (every query-layer function, p50/p95,
beside the same aggregate in pandas on an in-memory DataFrame; peak RSS of that process; database
size per 100k events), pages (at 100k and 1M unless --sizes says otherwise: every page in a process
of its own through AppTest — cold run, warm reruns, reruns after the sector filter changes, wall and
CPU seconds, the warm rerun against a blank page's; RSS after one session opened every page; the real
server from `streamlit run` to the first page's script_finished and its RSS after every page, through
bench/loadtest.py's websocket client; a script run longer than PAGE_TIMEOUT_S is stopped and shown as
«> 180»), parquet (the query layer over the Parquet export beside the DuckDB file; not in the
default parts), etl-parallel (one ~10k-event batch parsed in this process and in a pool of one
process per core, wall seconds, results compared; not in the default parts).

    .venv/bin/python bench/run.py --only add --add-dir /mnt/xfs/bench   # the add on another file system
    .venv/bin/python bench/run.py --only parquet --sizes 100000 1000000
    .venv/bin/python bench/run.py --only pages --sizes 1000000 --page countries   # one page
"""
from __future__ import annotations

import argparse
import contextlib
import io
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
from dataclasses import replace
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

    lemmas.clear_word_caches()
    lemmas.clear_text_caches()


def bench_etl(runs: int = 3, reports: int = 24, long_batch: int = 128, organisations: bool = True) -> dict:
    """Parse SYNTHETIC reports with cold word caches each run; CPU seconds of this one process.

    organisations=False patches the organisations step out of build_report for this measure only
    (put back after): what the rest of the parse costs, for combining with that step's own figure."""
    from etl import normalize

    if not organisations:
        kept = normalize.find_organisations, normalize.merge_report_aliases
        normalize.find_organisations = lambda cells, context: []
        normalize.merge_report_aliases = lambda by_event, cells: by_event
        try:
            return bench_etl(runs, reports, long_batch)
        finally:
            normalize.find_organisations, normalize.merge_report_aliases = kept

    from etl.layout import split_layout
    from etl.read import read_bytes
    from etl.synth import synthetic_regions, synthetic_report, to_docx, to_text

    build_report = normalize.build_report
    regions = synthetic_regions()
    made = [synthetic_report(regions[i % len(regions)], 2015 + i // len(regions), 1 + i % 4, seed=11)
            for i in range(reports)]
    files = {"txt": [(f"s{i}.txt", to_text(r).encode("utf-8")) for i, r in enumerate(made)],
             "docx": [(f"s{i}.docx", to_docx(r)) for i, r in enumerate(made)]}
    build_report(read_bytes(*files["txt"][0][::-1]))  # dictionaries loaded once, as in a real load
    from etl.lemmas import clear_text_caches, morph

    def parse_all(items) -> int:
        total = 0
        for name, data in items:
            clear_text_caches()  # synthetic cells repeat the sample's texts; real reports do not
            total += build_report(read_bytes(data, name)).event_count
        return total

    out = {}
    for kind, items in files.items():
        full, floor = [], []
        events = 0
        load_before = os.getloadavg()[0]  # the machine is shared: say how busy it was
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
                     "floor_share": statistics.median(f / s for f, s in zip(floor, full)),
                     "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)]}
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


def _parse_one(item: tuple[str, bytes]):
    """A worker of parse_in_parallel: one file → its Report, or its ReportError as (message, file,
    event, field) — an exception pickles its text only, and the fields must survive the trip."""
    from etl.errors import ReportError
    from etl.lemmas import clear_text_caches
    from etl.normalize import build_report
    from etl.read import read_bytes

    name, data = item
    clear_text_caches()
    try:
        return build_report(read_bytes(data, name))
    except ReportError as exc:
        return ("ReportError", exc.message, exc.file, exc.event, exc.field)


def parse_in_parallel(items: list[tuple[str, bytes]], workers: int) -> list:
    """Parse a batch in a process pool: results in the files' order (the load order), a file that
    is not a report gives its ReportError in its place instead of stopping the batch."""
    from concurrent.futures import ProcessPoolExecutor

    from etl.errors import ReportError

    with ProcessPoolExecutor(workers) as pool:
        results = list(pool.map(_parse_one, items, chunksize=max(1, len(items) // (workers * 8))))
    return [ReportError(r[1], file=r[2], event=r[3], field=r[4]) if isinstance(r, tuple) else r
            for r in results]


def bench_etl_parallel(batch: int = 128, runs: int = 2) -> dict:
    """Wall seconds of one batch parsed in this process and in a pool of os.cpu_count() processes
    (pool start-up and dictionary loading included), and whether every report came out the same.
    Not the per-core figure of the target: a batch load on a machine with free cores."""
    from etl.errors import ReportError
    from etl.normalize import build_report, report_contract
    from etl.read import read_bytes
    from etl.synth import synthetic_regions, synthetic_report, to_text

    regions = synthetic_regions()
    items = [(f"b{i}.txt", to_text(synthetic_report(regions[i % len(regions)], 1990 + i // len(regions),
                                                    1 + i % 4, seed=12)).encode("utf-8")) for i in range(batch)]
    items.insert(batch // 2, ("not_a_report.txt", "Просто текст, не отчёт".encode("utf-8")))
    workers = os.cpu_count() or 1
    serial_s, parallel_s, same = [], [], True
    for _ in range(runs):
        _clear_word_caches()
        start = time.perf_counter()
        serial = []
        for name, data in items:
            try:
                serial.append(build_report(read_bytes(data, name)))
            except ReportError as exc:
                serial.append(exc)
        serial_s.append(time.perf_counter() - start)
        start = time.perf_counter()
        parallel = parse_in_parallel(items, workers)
        parallel_s.append(time.perf_counter() - start)
        same = same and [report_contract(r) if not isinstance(r, ReportError) else str(r) for r in serial] == \
            [report_contract(r) if not isinstance(r, ReportError) else str(r) for r in parallel]
    events = sum(r.event_count for r in serial if not isinstance(r, ReportError))
    return {"workers": workers, "events": events, "serial_wall_s": spread(serial_s),
            "parallel_wall_s": spread(parallel_s), "same_results": same,
            "serial_events_per_s": events / statistics.median(serial_s),
            "parallel_events_per_s": events / statistics.median(parallel_s)}


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
            phase = _sql_phase(sql)
            if phase is None:
                return self._con.execute(sql, *args)
            return timed(phase, self._con.execute)(sql, *args)

        def __getattr__(self, name):
            return getattr(self._con, name)

    originals = {name: getattr(load, name) for name in (
        "clone_or_copy", "connect_writable", "read_report", "_refresh_reference", "_delete_report",
        "_insert_report", "add_report_candidates", "_apply_duplicates", "_frames")}
    replace = os.replace
    load.clone_or_copy = timed("copy", originals["clone_or_copy"])
    load.connect_writable = lambda path: TimedConnection(timed("open", originals["connect_writable"])(path))
    load.read_report = timed("parse", originals["read_report"])
    load._refresh_reference = timed("reference", originals["_refresh_reference"])
    load._delete_report = timed("delete_old", originals["_delete_report"])
    load._insert_report = timed("insert", originals["_insert_report"])
    load.add_report_candidates = timed("candidates", originals["add_report_candidates"])
    load._frames = timed("frames", originals["_frames"])
    load._apply_duplicates = timed("decisions", originals["_apply_duplicates"])
    os.replace = timed("swap", replace)
    try:
        yield timings
    finally:
        for name, fn in originals.items():
            setattr(load, name, fn)
        os.replace = replace


# The statements of a load whose upkeep is timed on its own (inside 'insert' or 'decisions'): the first
# matching prefix names the phase.
SQL_PHASES = (("CHECKPOINT", "checkpoint"), ("INSERT INTO EVENT_WORDS_", "words"),
              ("INSERT INTO ORGANISATIONS", "organisations"), ("INSERT INTO EVENT_ORGANISATIONS", "org_links"),
              ("INSERT INTO EVENT_ORG_PAIRS", "org_pairs"), ("INSERT INTO EVENTS ", "events_rows"),
              ("INSERT INTO EVENT_", "side_rows"), ("INSERT INTO OPTION_COUNTS", "counts"),
              ("INSERT INTO EVENT_CUBE", "counts"), ("INSERT INTO ORG_JOINT_COUNTS", "counts"),
              ("INSERT INTO ORG_PAIR_COUNTS", "counts"), ("INSERT INTO REPORT_TOP_ATTENDANCE", "counts"),
              ("UPDATE EVENTS SET DUPLICATE_OF", "merged"),
              ("UPDATE EVENT_", "merged"))


def _sql_phase(sql: str) -> str | None:
    head = " ".join(sql.split())[:60].upper()
    return next((phase for prefix, phase in SQL_PHASES if head.startswith(prefix)), None)


ADD_PHASES = ("copy", "open", "reference", "parse", "delete_old", "insert", "frames", "events_rows", "side_rows",
              "words", "organisations", "org_links", "org_pairs", "counts", "candidates", "decisions", "merged",
              "checkpoint", "swap")


def bench_add(sizes, runs: int = 3, folder: Path | None = None) -> dict:
    """Adding one new 55–100-event SYNTHETIC report to a database of each size, split into phases.

    Each run loads into a fresh copy of the cached benchmark database made in `folder` (default
    bench/.cache; pass a folder on another file system, e.g. an XFS made with reflink=1, to see the
    reflink path) and written to disk (os.sync) before the clock starts, as the served file is after
    the previous load's checkpoint; the setup copy is not timed. 'insert' holds frames (the rows built in
    Python), events_rows, side_rows, words (the word index), organisations, org_links, org_pairs, counts and
    candidates; 'decisions' holds merged (the merged flags' upkeep).

    Two ways: 'copy' — the load copies the served file (the CLI's way, and the first upload after a
    start); 'spare' — the dashboard's uploads (spare=True): a previous upload left a spare copy
    (etl/spare.py), so the load renames it instead of copying; 'background_s' is the time the
    process then spends, after the load returned, freeing the old file and making the next spare."""
    from bench.bigdb import database
    from etl.filecopy import clone_or_copy
    from etl.load import connect_writable, load_reports, wait_for_spare
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
        # as the served file is after any load by this version: in this schema's shape, its state kept
        # (etl/load.py schema_state), so the timed load opens it without the ~200 schema statements
        connect_writable(source).close()
        row = {"db_mb": source.stat().st_size / 1e6}
        for way in ("copy", "spare"):
            totals, cpus, phases, hows, background = [], [], [], set(), []
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
                        start, cpu = time.perf_counter(), time.process_time()
                        result = load_reports([item(2050 + run, 1 + run % 4, run)], db, spare=way == "spare")
                        totals.append(time.perf_counter() - start)
                        cpus.append(time.process_time() - cpu)
                    assert result[0].status == "loaded", result[0].message
                    start = time.perf_counter()
                    wait_for_spare(db)
                    background.append(time.perf_counter() - start)
                    phases.append(timings)
                    hows.add(clone_or_copy(db, Path(tmp) / "probe.duckdb"))
            row[way] = {"total_s": spread(totals), "cpu_s": spread(cpus), "how": "/".join(sorted(hows)),
                        "phases_s": {name: statistics.median(p.get(name, 0.0) for p in phases)
                                     for name in ADD_PHASES}}
            if way == "spare":
                row[way]["background_s"] = spread(background)
        row["cli"] = _bench_add_cli(source, folder, runs, item)
        row["decisions"] = _bench_add_decisions(source, folder, runs, item)
        if size == min(sizes):
            row["reload"] = _bench_reload(source, folder, runs)
        # the figures earlier runs printed under these names
        row["total_s"], row["how"], row["phases_s"] = row["copy"]["total_s"], row["copy"]["how"], row["copy"]["phases_s"]
        out[str(size)] = row
    return out


def _bench_add_cli(source: Path, folder: Path, runs: int, item) -> dict:
    """`python -m etl load FILE` as a user runs it, after an earlier CLI load left its spare: the time
    until the report is served (etl.cli.main in this process, until load_reports has swapped the new
    file in), main's whole time (then the next spare is made before it returns), and the wall time of
    the command as a process of its own (interpreter start and imports included)."""
    import etl.cli as cli
    from etl.filecopy import clone_or_copy

    served, in_process, process, cpus = [], [], [], []
    for run in range(runs):
        with tempfile.TemporaryDirectory(dir=folder) as tmp:
            db = Path(tmp) / "engagement.duckdb"
            files = []
            for k, (year, quarter) in enumerate(((2040 + run, 2), (2050 + run, 1 + run % 4), (2060 + run, 3))):
                name, data = item(year, quarter, 200 + 10 * run + k)
                files.append(Path(tmp) / name)
                files[-1].write_bytes(data)
            clone_or_copy(source, db)
            args = ["--db", str(db), "--edits", str(Path(tmp) / "edits"), "load", "--quiet"]
            with contextlib.redirect_stdout(io.StringIO()):
                assert cli.main([*args, str(files[0])]) == 0  # the earlier load, which leaves the spare
                os.sync()
                swapped = []
                load = cli.load_reports

                def timed_load(*a, **k):
                    try:
                        return load(*a, **k)
                    finally:
                        swapped.append(time.perf_counter())
                cli.load_reports = timed_load
                try:
                    start, cpu = time.perf_counter(), time.process_time()
                    assert cli.main([*args, str(files[1])]) == 0
                    in_process.append(time.perf_counter() - start)
                    cpus.append(time.process_time() - cpu)
                    served.append(swapped[0] - start)
                finally:
                    cli.load_reports = load
            os.sync()
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "etl", *args, str(files[2])], cwd=ROOT, capture_output=True,
                                  text=True)
            process.append(time.perf_counter() - start)
            assert done.returncode == 0, done.stderr[-2000:]
    return {"served_s": spread(served), "total_s": spread(in_process), "cpu_s": spread(cpus),
            "process_s": spread(process)}


MERGES = 2000  # analysts' merge decisions in the decisions figure


def _merge_decisions(db: Path, count: int) -> list:
    """SYNTHETIC merge decisions over the database's own candidate pairs (one per first event)."""
    import duckdb

    from etl.edits import DuplicateDecision, event_key

    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(f"""SELECT a.region, a.year, a.quarter, a.n, a.fingerprint,
                                      b.region, b.year, b.quarter, b.n, b.fingerprint
            FROM (SELECT first_event_id, any_value(second_event_id) AS second_event_id
                  FROM duplicate_candidates GROUP BY 1 ORDER BY 1 LIMIT {int(count)}) c
            JOIN events a ON a.event_id = c.first_event_id JOIN events b ON b.event_id = c.second_event_id""").fetchall()
    return [DuplicateDecision(f"bench{i}", event_key(*r[:5]), event_key(*r[5:]), "merge", "SYNTHETIC", "",
                              f"2026-01-01T00:{i // 60 % 60:02d}:{i % 60:02d}") for i, r in enumerate(rows)]


def _bench_add_decisions(source: Path, folder: Path, runs: int, item) -> dict:
    """Adding a report while MERGES merge decisions stand (copy way, phases): the first load applies
    them all; the next `runs` loads find them applied (the common case: a report added later)."""
    from etl.edits import Edits
    from etl.filecopy import clone_or_copy
    from etl.load import load_reports

    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        db = Path(tmp) / "engagement.duckdb"
        clone_or_copy(source, db)
        edits = Edits(duplicates=_merge_decisions(db, MERGES))
        out: dict = {"merges": len(edits.duplicates)}
        for label, count in (("first", 1), ("later", runs)):
            totals, phases = [], []
            for run in range(count):
                timings: dict = {}
                with load_phases(timings):
                    start = time.perf_counter()
                    result = load_reports([item(2070 + run + (label == "later") * 10, 2, 300 + run)], db, edits=edits)
                    totals.append(time.perf_counter() - start)
                assert result[0].status == "loaded", result[0].message
                phases.append(timings)
            out[label] = {"total_s": spread(totals), "decisions_s": spread([p.get("decisions", 0.0) for p in phases]),
                          "merged_s": spread([p.get("merged", 0.0) for p in phases])}
    return out


def _bench_reload(source: Path, folder: Path, runs: int) -> dict | None:
    """The dashboard's apply_edits after one duplicate decision: every stored original loaded again
    (the base database's own SYNTHETIC reports, bench/bigdb.py), all of them unchanged."""
    from bench.bigdb import CACHE
    from etl.edits import Edits
    from etl.filecopy import clone_or_copy
    from etl.load import load_reports
    from etl.read import report_files

    raw = next(iter(sorted(CACHE.glob("reports_r*"))), None)
    if raw is None:
        return None
    files = report_files([raw])
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        db = Path(tmp) / "engagement.duckdb"
        clone_or_copy(source, db)
        edits = Edits(duplicates=_merge_decisions(db, 1))
        totals, cpus, statuses = [], [], set()
        for _ in range(runs):
            start, cpu = time.perf_counter(), time.process_time()
            statuses |= {r.status for r in load_reports(files, db, edits=edits)}
            totals.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
    return {"files": len(files), "statuses": sorted(statuses), "total_s": spread(totals), "cpu_s": spread(cpus)}


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

PAGE_FILES = ("overview", "sectors", "countries", "dynamics", "participants", "registry", "review", "quality", "data",
              "organisations")
PAGE_SIZES = (100_000, 1_000_000)   # the sizes issue 11 asks pages at (others on request: --sizes)
PAGE_TIMEOUT_S = 180                # one script run longer than this is recorded as a timeout


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
            ["event_id", "n", "title", "sector_key", "format", "start_date", "end_date"]].tail(100),
        "events_by_period": lambda m: masked(m).groupby(["year", "quarter", "period_label", "region", "sector_key"]).agg(
            events=("event_id", "size"), attendance=("attendance_total", "sum")),
        "attendance_by_format": lambda m: masked(m).groupby("format").agg(
            events=("event_id", "size"), attendance=("attendance_total", "sum")),
        "biggest_events": lambda m: masked(m).nlargest(10, "attendance_total"),
        "foreign_participants": lambda m: masked(m).dropna(subset=["attendance_foreign"]).nlargest(
            100, "attendance_foreign"),
        "agreements": lambda m: masked(m)[masked(m)["agreement"] == "signed"].sort_values(["start_date", "n"]).tail(20),
        "registry_page": lambda m: masked(m).sort_values(["year", "quarter", "region", "n"]).head(50),
        "sources": lambda m: masked(m).groupby(["file_name", "sha256", "period_label", "region"]).size(),
    }


def organisation_calls(cursor, module=None) -> dict:
    """The «Организации» page's queries as it calls them (analytics.organisations or `module`, e.g. an
    older version beside it), each taking the filters: the ranked table (plain, by a country, by a
    search), its filter options, the dossier of the top-ranked organisation, new and lapsed partners
    of the latest quarter, the network, and the country dossier's list."""
    if module is None:
        from analytics import organisations as module
    if not module.available(cursor):
        return {}
    from analytics.filters import Filters

    top = cursor.execute("SELECT org_key FROM event_organisations WHERE side = 'foreign' AND NOT merged "
                         "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1").fetchone()
    latest = cursor.execute("SELECT max(year * 4 + quarter - 1) FROM reports").fetchone()[0]
    year, quarter = divmod(latest or 0, 4)
    return {
        "org_ranked": lambda f: module.ranked(cursor, f, limit=200),
        "org_ranked_country": lambda f: module.ranked(cursor, f, country=("BY",), limit=200),
        "org_ranked_search": lambda f: module.ranked(cursor, replace(f, search="университет"), limit=200),
        "org_kind_options": lambda f: module.kind_options(cursor, f),
        "org_country_options": lambda f: module.country_options(cursor, f),
        "org_dossier": lambda f: module.dossier(cursor, top[0] if top else "", f),
        "org_new_and_lapsed": lambda f: module.new_and_lapsed(cursor, f, year, quarter + 1),
        "org_network": lambda f: module.network(cursor, f),
        "org_for_country": lambda f: module.for_country(cursor, "BY", f),
    }


def bench_queries_one(size: int, runs: int) -> dict:
    """Every query-layer function at one size, unfiltered and filtered (Belarus · culture)."""
    import duckdb

    from analytics import page_queries, quality, queries
    from analytics.db import ReadOnlyDatabase
    from analytics.filters import Filters
    from bench.bigdb import database

    path = database(size)
    cursor = ReadOnlyDatabase(path).cursor()
    events = cursor.execute("SELECT count(*) FROM events").fetchone()[0]
    # a word of the SYNTHETIC titles that ~2 % of events have, and the same with Belarus (the search
    # reads the word index where the database has one, else LIKE over every event's lemmas)
    filters = {"all": Filters(), "BY·culture": Filters(countries=("BY",), sectors=("culture_tourism",)),
               "search": Filters(search="вытынанка"), "BY·search": Filters(countries=("BY",), search="выставка")}
    calls = {name: (lambda f, name=name: getattr(queries, name)(cursor, f)) for name in (
        "count_events", "headline", "events_by_sector", "events_by_country", "events_by_month",
        "sector_month", "sector_country", "region_points", "officials", "events_by_period",
        "attendance_by_format", "biggest_events", "sources")}
    # the row lists as the pages call them (analytics/page_queries.py: a page of rows and their total)
    calls["agreements_latest"] = lambda f: page_queries.agreements_latest(cursor, f, ("signed",), 20)
    calls["timeline_latest"] = lambda f: page_queries.timeline_latest(cursor, f, 100)
    calls["foreign_participants_top"] = lambda f: page_queries.foreign_participants_top(cursor, f, 100)
    calls["officials_top"] = lambda f: page_queries.officials_top(cursor, f, 50)
    calls["events_by_period_bounded"] = lambda f: page_queries.events_by_period_bounded(cursor, f, 24)
    calls["registry_page"] = lambda f: queries.registry_page(cursor, f, limit=50, offset=0)
    middle = {label: queries.count_events(cursor, f) // 2 for label, f in filters.items()}
    deep = {label: (lambda f, label=label: queries.registry_page(cursor, f, limit=50, offset=middle[label]))
            for label in filters}
    calls.update(organisation_calls(cursor))
    unfiltered = {"lookup": lambda: queries.lookup(cursor), "options": lambda: queries.options(cursor),
                  "fill_rates": lambda: quality.fill_rates(cursor), "issues_by_kind": lambda: quality.issues_by_kind(cursor),
                  "fill_rates_latest": lambda: page_queries.fill_rates_latest(cursor, 100),
                  "issues_by_kind_top": lambda: page_queries.issues_by_kind_top(cursor, 200),
                  "issue_rows_top": lambda: page_queries.issue_rows_top(cursor, 200),
                  "outside_quarter_top": lambda: page_queries.outside_quarter_top(cursor, 200),
                  "lower_bounds_top": lambda: page_queries.lower_bounds_top(cursor, 200),
                  "pending_duplicate_pairs": lambda: quality.pending_duplicate_pairs(cursor, limit=30),
                  "pending_duplicate_count": lambda: quality.pending_duplicate_count(cursor)}
    pandas_twin = {"agreements_latest": "agreements", "timeline_latest": "timeline",
                   "foreign_participants_top": "foreign_participants", "officials_top": "officials",
                   "events_by_period_bounded": "events_by_period"}

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
    # (no pandas twin for the searches: the frame would need every event's lemmas)
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
        for name, call in [*calls.items(), ("registry_page_deep", deep[label])]:
            row = {"duckdb_ms": spread(timed(lambda: call(f), runs), 1000)}
            pandas_name = pandas_twin.get(name, name) if label in masks else None
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


def bench_links_tail(size: int, reports: int = 40, runs: int = 9, extra_reports: int = 0,
                     source: Path | None = None, folder: Path | None = None) -> dict:
    """What links appended after the last rebuild cost the organisation queries (issue 13): the links
    are clustered by organisation only by a rebuild (etl.load.cluster_links), and a report loaded later
    appends its links at the end, where every organisation's rows of it share a row group's zone map.

    A: a copy of the size's database after `reports` new SYNTHETIC reports loaded one by one as a user
    does (`python -m etl load FILE`, etl.cli.main; one region not in the database, quarters from 2070);
    then, with `extra_reports`, the links and pairs of that many existing reports appended once more in
    load order (SYNTHETIC stand-in for hundreds of later loads — their counts double, in both files
    alike). B: the same file with its links re-clustered, as the next rebuild leaves it. Every
    organisation call (organisation_calls) under the four filters of the queries part, `runs` times on
    A and on B in turn after a warm-up: medians and A/B. Prints JSON; writes nothing to results.json.
    `source` (default: the size's benchmark database) and `folder` (for the copies, default bench/.cache)
    let a test run it on a small file.

        .venv/bin/python bench/run.py --only links-tail --sizes 1000000 --reports 40 --extra-reports 1400
    """
    from analytics.db import ReadOnlyDatabase
    from analytics.filters import Filters
    from bench.bigdb import database
    from etl import cli
    from etl.filecopy import clone_or_copy
    from etl.load import cluster_links, connect_writable
    from etl.synth import synthetic_regions, synthetic_report, to_text

    region = synthetic_regions()[-2]  # as the add part: a region the benchmark databases lack
    folder = Path(folder or ROOT / "bench" / ".cache")
    out: dict = {"reports": reports, "extra_reports": extra_reports}
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        appended, clustered = Path(tmp) / "appended.duckdb", Path(tmp) / "clustered.duckdb"
        clone_or_copy(source or database(size), appended)
        loads = []
        for k in range(reports):
            year, quarter = 2070 + k // 4, 1 + k % 4
            path = Path(tmp) / f"synthetic_new_{year}q{quarter}.txt"
            path.write_text(to_text(synthetic_report(region, year, quarter, seed=500 + k)), encoding="utf-8")
            start = time.perf_counter()
            with contextlib.redirect_stdout(io.StringIO()):
                assert cli.main(["--db", str(appended), "--edits", str(Path(tmp) / "edits"), "load", "--quiet",
                                 "--no-spare", str(path)]) == 0
            loads.append(time.perf_counter() - start)
        out["load_s"] = spread(loads) if loads else None
        con = connect_writable(appended)
        count = "SELECT count(*) FROM event_organisations"
        before = con.execute(count).fetchone()[0]
        if extra_reports:
            for table in ("event_organisations", "event_org_pairs"):
                con.execute(f"INSERT INTO {table} SELECT * FROM {table} WHERE report_id IN (SELECT report_id FROM "
                            f"reports ORDER BY hash(report_id) LIMIT ?) ORDER BY event_no", [int(extra_reports)])
        out["links"] = con.execute(count).fetchone()[0]
        out["events"] = con.execute("SELECT count(*) FROM events").fetchone()[0]
        out["links_appended"] = out["links"] - before + con.execute(
            f"{count} WHERE report_id IN (SELECT report_id FROM reports WHERE year >= 2070)").fetchone()[0]
        con.execute("CHECKPOINT")
        con.close()
        clone_or_copy(appended, clustered)
        con = connect_writable(clustered)
        start = time.perf_counter()
        cluster_links(con)
        con.execute("CHECKPOINT")
        out["cluster_s"] = time.perf_counter() - start
        con.close()
        opened = [ReadOnlyDatabase(appended), ReadOnlyDatabase(clustered)]
        calls = [organisation_calls(db.cursor()) for db in opened]
        filters = {"all": Filters(), "BY·culture": Filters(countries=("BY",), sectors=("culture_tourism",)),
                   "search": Filters(search="вытынанка"), "BY·search": Filters(countries=("BY",), search="выставка")}
        rows = {}
        for label, f in filters.items():
            for name in calls[0]:
                times: list[list[float]] = [[], []]
                for k in (0, 1):
                    calls[k][name](f)  # warm-up: plans and the file's pages
                for _ in range(runs):
                    for k in (0, 1):
                        start = time.perf_counter()
                        calls[k][name](f)
                        times[k].append((time.perf_counter() - start) * 1000)
                a, b = statistics.median(times[0]), statistics.median(times[1])
                rows[f"{name} [{label}]"] = {"appended_ms": a, "clustered_ms": b, "ratio": a / b}
        for db in opened:
            db.close()
    out["calls"] = rows
    ratios = sorted(r["ratio"] for r in rows.values())
    out["ratio_median"], out["ratio_min"], out["ratio_max"] = statistics.median(ratios), ratios[0], ratios[-1]
    return out


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



def _blank_page(runs: int) -> dict:
    """A blank Streamlit script through AppTest: the framework's own floor, cold and warm."""
    from streamlit.testing.v1 import AppTest

    blank = Path(tempfile.mkdtemp()) / "blank.py"
    blank.write_text("import streamlit as st\nst.write('x')\n")
    cold, warm = [], []
    for _ in range(runs):
        at = AppTest.from_file(str(blank), default_timeout=60)
        cold.append(_timed_run(at, lambda a: a.run()))
        warm += [_timed_run(at, lambda a: a.run()) for _ in range(runs)]
    return {"cold_s": spread([c[0] for c in cold]), "warm_s": spread([w[0] for w in warm]),
            "warm_cpu_s": spread([w[1] for w in warm])}


def _timed_run(at, action) -> tuple[float, float] | None:
    """(wall seconds, CPU seconds of this process) of one script run, or None when it ran past the
    AppTest timeout (it is stopped then). On a machine shared with other jobs the wall time stretches
    with the load; the CPU time is what the run itself cost."""
    start, cpu = time.perf_counter(), time.process_time()
    try:
        action(at)
    except RuntimeError as error:
        if "timed out" in str(error):
            return None
        raise
    return time.perf_counter() - start, time.process_time() - cpu


def bench_page_one(size: int, page: str, runs: int, timeout: float = PAGE_TIMEOUT_S) -> dict:
    """One page in a process of its own, so no other page warmed its queries: its cold run (a fresh
    process opening the page's link: the sidebar's queries included), then `runs` warm reruns with
    nothing changed, then `runs` reruns each after the sidebar's sector filter changes to a sector
    not chosen before (a new set of queries every time, as for a reader)."""
    from streamlit.testing.v1 import AppTest

    from bench.bigdb import database

    os.environ["ENGAGEMENT_DB"] = str(database(size))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=timeout)
    cold = _timed_run(at, lambda a: a.switch_page(f"pages/{page}.py").run())
    warm, changed = [], []
    if cold is not None:
        for _ in range(runs):
            seconds = _timed_run(at, lambda a: a.run())
            if seconds is None:
                break
            warm.append(seconds)
    sectors = [m for m in at.sidebar.multiselect if m.key == "f_sectors"] if len(warm) == runs else []
    options = list(sectors[0].options) if sectors else []
    for choice in options[:runs]:
        seconds = _timed_run(at, lambda a: a.sidebar.multiselect(key="f_sectors").set_value([choice]).run())
        if seconds is None:
            break
        changed.append(seconds)
    row = {"timeout_s": timeout, "cold_s": cold[0] if cold else None, "cold_cpu_s": cold[1] if cold else None}
    for name, values in (("warm", warm), ("filter_change", changed)):
        row[f"{name}_s"] = spread([v[0] for v in values]) if values else None
        row[f"{name}_cpu_s"] = spread([v[1] for v in values]) if values else None
    row["timed_out"] = (cold is None) or len(warm) < runs or len(changed) < min(runs, len(options))
    row["exceptions"] = [str(e.value)[:300] for e in at.exception] if cold is not None else []
    row["rss_mb"], row["peak_rss_mb"] = rss_mb()
    return row


def bench_all_pages_rss(size: int, timeout: float = PAGE_TIMEOUT_S) -> dict:
    """One AppTest session that opens every page once: this process's RSS afterwards (queries and
    figures cached as a long-running dashboard holds them), and the peak."""
    from streamlit.testing.v1 import AppTest

    from bench.bigdb import database

    os.environ["ENGAGEMENT_DB"] = str(database(size))
    before = rss_mb()[0]
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=timeout)
    seconds = {"(first run)": _timed_run(at, lambda a: a.run())}
    for page in PAGE_FILES:
        seconds[page] = _timed_run(at, lambda a: a.switch_page(f"pages/{page}.py").run())
    seconds = {page: value[0] if value else None for page, value in seconds.items()}
    current, peak = rss_mb()
    return {"rss_mb": current, "peak_rss_mb": peak, "rss_before_mb": before, "cold_s": seconds}


def bench_server(size: int, timeout: float = PAGE_TIMEOUT_S) -> dict:
    """The real server (bench/loadtest.py's `streamlit run` and websocket client): seconds from
    launching `streamlit run` to the first page's script_finished, then every page opened in the same
    tab (cold); the server's RSS when healthy and after all pages."""
    import asyncio

    from bench.bigdb import database
    from bench.loadtest import dashboard_server, open_link

    db = database(size)
    out: dict = {}

    async def visit(port: int, server) -> None:
        tab, first = await open_link(port, "", timeout)
        out["first_page_s"] = time.perf_counter() - launched
        out["first_page_run_s"] = first.seconds
        out["first_page_status"] = first.status
        pages = {}
        for page in PAGE_FILES:
            if page == "overview" or page not in tab.pages:
                continue
            outcome = await tab.rerun("page switch", page_name=page, page_hash=tab.pages[page], query="")
            pages[page] = {"seconds": outcome.seconds, "status": outcome.status, "bytes": outcome.bytes,
                           "exceptions": [e["message"][:200] for e in outcome.exceptions]}
        out["pages"] = pages
        out["rss_after_all_pages_mb"] = server.rss_mb()
        await tab.close()

    with tempfile.TemporaryDirectory() as logs:
        launched = time.perf_counter()
        with dashboard_server(db, Path(logs), f"bench-{size}") as server:
            out["healthy_s"] = time.perf_counter() - launched
            out["rss_idle_mb"] = server.rss_mb()
            asyncio.run(visit(server.port, server))
    return out


def _subprocess_json(args: list[str]) -> dict:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, cwd=ROOT)
    if done.returncode:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_pages(size: int, runs: int = 3, pages=PAGE_FILES) -> dict:
    """Every page at one size: cold / warm / after a filter change (a process per page) beside a
    blank page, the ratio of each page's warm rerun to the blank page's, RSS after all pages (AppTest
    process and the real server), and the first page after server start."""
    blank = _blank_page(runs)
    out = {"(blank page)": blank}
    floor = blank["warm_s"]["median"]
    for page in pages:
        row = _subprocess_json(["--only", "page-one", "--page", page, "--sizes", str(size), "--runs", str(runs)])
        if row.get("warm_s"):
            row["warm_vs_blank"] = row["warm_s"]["median"] / floor
        out[page] = row
    out["all_pages"] = _subprocess_json(["--only", "pages-rss", "--sizes", str(size)])
    out["rss_mb"], out["peak_rss_mb"] = out["all_pages"]["rss_mb"], out["all_pages"]["peak_rss_mb"]
    out["server"] = bench_server(size)
    return out


# ------------------------------------------------------------------ table

def _seconds_cell(value, timeout=None) -> str:
    if value is None:
        return f"> {timeout:.0f}" if timeout else "—"
    return f"{value['median'] if isinstance(value, dict) else value:.2f}"


def page_table(size: int, rows: dict) -> list[str]:
    """Pages at one size: cold | warm p50 [min–max] (CPU) | after a filter change p50 [min–max] (CPU) | warm ÷ blank."""
    blank = rows.get("(blank page)", {})
    lines = [f"Pages (AppTest) at {size:,} events, seconds: cold | warm rerun p50 [min–max] (CPU p50) | after a "
             f"sector filter change p50 [min–max] (CPU p50) | warm ÷ blank page's warm rerun"]
    if blank:
        lines.append(f"  {'(blank page)':<14} {blank['cold_s']['median']:6.2f} | {blank.get('warm_s', {}).get('median', 0):6.3f}")
    for page, row in rows.items():
        if page not in PAGE_FILES or not isinstance(row, dict):
            continue
        timeout = row.get("timeout_s")

        def ranged(name):
            value, cpu = row.get(f"{name}_s"), row.get(f"{name}_cpu_s")
            if not value:
                return f"{_seconds_cell(None, timeout if row.get('timed_out') else None):>6}".ljust(29)
            text = f"{value['median']:6.2f} [{value['min']:.2f}–{value['max']:.2f}]"
            return (text + (f" ({cpu['median']:.2f})" if cpu else "")).ljust(29)

        ratio = f"{row['warm_vs_blank']:6.0f}×" if row.get("warm_vs_blank") else "      —"
        flags = ("  TIMEOUT" if row.get("timed_out") else "") + (f"  ERR {row['exceptions']}" if row.get("exceptions") else "")
        lines.append(f"  {page:<14} {_seconds_cell(row.get('cold_s'), timeout):>6} | {ranged('warm')} | "
                     f"{ranged('filter_change')} | {ratio}{flags}")
    everything = rows.get("all_pages")
    if everything:
        lines.append(f"  RSS after all pages (one AppTest session): {everything['rss_mb']:.0f} MB "
                     f"(peak {everything['peak_rss_mb']:.0f} MB)")
    server = rows.get("server")
    if server:
        lines.append(f"  Server: healthy {server['healthy_s']:.1f} s after `streamlit run`, first page finished "
                     f"{server.get('first_page_s', float('nan')):.1f} s after launch (its run "
                     f"{server.get('first_page_run_s', float('nan')):.1f} s); RSS idle {server['rss_idle_mb']:.0f} MB, "
                     f"after all pages {server.get('rss_after_all_pages_mb') or float('nan'):.0f} MB")
        slow = {p: r for p, r in server.get("pages", {}).items() if r["status"] != "ok" or r["exceptions"]}
        if slow:
            lines.append(f"  Server page problems: {slow}")
    return lines


def print_table(results: dict) -> None:
    lines = []
    for key, label in (("etl", ""), ("etl_without_organisations", ", the organisations step left out")):
        etl = results.get(key)
        if not etl:
            continue
        lines.append(f"ETL (SYNTHETIC reports, cold word caches{label}), events per CPU-second, median [min–max]:")
        for kind, row in etl.items():
            e, f = row["events_per_cpu_s"], row["floor_events_per_cpu_s"]
            load = " – ".join(f"{x:.1f}" for x in row.get("load_average", ()))
            lines.append(f"  .{kind:<5} {e['median']:>7.0f} [{e['min']:.0f}–{e['max']:.0f}]   floor (read+split) "
                         f"{f['median']:>7.0f}   floor/full time {row['floor_share']:.0%}   ({row['events']} events"
                         + (f", load average {load}" if load else "") + ")")
            if "batch" in row:
                lines.append(f"         one batch of {row['batch']['events']:,} events: "
                             f"{row['batch']['events_per_cpu_s']:.0f} events per CPU-second")
    parallel = results.get("etl_parallel")
    if parallel:
        lines.append(f"ETL batch in a pool of {parallel['workers']} processes (wall, {parallel['events']:,} events, "
                     f"one file not a report): serial {parallel['serial_wall_s']['median']:.1f} s, "
                     f"pool {parallel['parallel_wall_s']['median']:.1f} s "
                     f"({parallel['serial_events_per_s']:.0f} → {parallel['parallel_events_per_s']:.0f} events/s); "
                     f"same results: {parallel['same_results']}")
    for add in (v for k, v in results.items() if k == "add" or k.startswith("add_")):
        lines.append(f"Adding one report ({add.get('file_system', '?')}), seconds, median [min–max]; phases (medians):")
        for size, row in add.items():
            if not isinstance(row, dict):
                continue
            cli = row.get("cli")
            if cli:
                lines.append(f"  {int(size):>9,} events (CLI, spare left by the earlier CLI load): served after "
                             f"{cli['served_s']['median']:.2f} [{cli['served_s']['min']:.2f}–{cli['served_s']['max']:.2f}], "
                             f"main returns after {cli['total_s']['median']:.2f} (CPU {cli['cpu_s']['median']:.2f}), "
                             f"`python -m etl load` process {cli['process_s']['median']:.2f} "
                             f"[{cli['process_s']['min']:.2f}–{cli['process_s']['max']:.2f}]")
            decided = row.get("decisions")
            if decided:
                first, later = decided["first"], decided["later"]
                lines.append(f"  {int(size):>9,} events with {decided['merges']:,} merge decisions (copy way): the load that "
                             f"applies them {first['total_s']['median']:.2f} (decisions {first['decisions_s']['median']:.2f}), "
                             f"later loads {later['total_s']['median']:.2f} [{later['total_s']['min']:.2f}–"
                             f"{later['total_s']['max']:.2f}] (decisions {later['decisions_s']['median']:.2f})")
            reload = row.get("reload")
            if reload:
                lines.append(f"  {int(size):>9,} events, every stored original re-loaded after a decision "
                             f"({reload['files']} files, {'/'.join(reload['statuses'])}): "
                             f"{reload['total_s']['median']:.2f} [{reload['total_s']['min']:.2f}–{reload['total_s']['max']:.2f}] "
                             f"(CPU {reload['cpu_s']['median']:.2f})")
            for way in ("copy", "spare"):
                part = row.get(way, row if way == "copy" else None)
                if not part:
                    continue
                t = part["total_s"]
                phases = " ".join(f"{k} {v:.2f}" for k, v in part.get("phases_s", {}).items() if v >= 0.005)
                after = (f"   then in the background {part['background_s']['median']:.2f}"
                         if "background_s" in part else "")
                cpu = f" (CPU {part['cpu_s']['median']:.2f})" if "cpu_s" in part else ""
                lines.append(f"  {int(size):>9,} events ({row.get('db_mb', 0):,.0f} MB, {way}: {part.get('how', 'copy')})  "
                             f"{t['median']:5.2f} [{t['min']:.2f}–{t['max']:.2f}]{cpu}   {phases}{after}")
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
            lines.extend(page_table(int(size), rows))
    print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("etl", "etl-parallel", "add", "queries", "pages", "queries-one", "page-one", "pages-rss",
                                           "parquet", "links-tail"), action="append")
    parser.add_argument("--sizes", nargs="+", type=int)
    parser.add_argument("--page", choices=PAGE_FILES, action="append", help="pages part: only these pages")
    parser.add_argument("--runs", type=int, default=None,
                        help="runs of each measure (default $BENCH_RUNS or 15; the ETL part: 3 unless given)")
    parser.add_argument("--add-dir", type=Path, default=os.environ.get("BENCH_ADD_DIR"),
                        help="folder for the add part's databases (another file system, e.g. XFS with reflink)")
    parser.add_argument("--reports", type=int, default=40, help="links-tail part: new reports loaded one by one")
    parser.add_argument("--extra-reports", type=int, default=0,
                        help="links-tail part: existing reports whose links are appended once more (SYNTHETIC)")
    args = parser.parse_args(argv)
    etl_runs = args.runs or 3  # each ETL run parses 48 reports and a 256-report batch: 3 unless asked
    args.runs = args.runs or int(os.environ.get("BENCH_RUNS", "15"))
    parts = args.only or ["etl", "add", "queries", "pages"]
    explicit_sizes = args.sizes is not None
    args.sizes = args.sizes or [int(s) for s in os.environ.get("BENCH_SIZES", "").split()] or list(DEFAULT_SIZES)
    if parts == ["queries-one"]:
        print(json.dumps(bench_queries_one(args.sizes[0], args.runs)))
        return 0
    if parts == ["links-tail"]:  # prints only: results.json keeps the figures of the standing parts
        print(json.dumps(bench_links_tail(args.sizes[0], args.reports, args.runs, args.extra_reports), ensure_ascii=False))
        return 0
    if parts == ["page-one"]:
        print(json.dumps(bench_page_one(args.sizes[0], args.page[0], args.runs)))
        return 0
    if parts == ["pages-rss"]:
        print(json.dumps(bench_all_pages_rss(args.sizes[0])))
        return 0
    random.seed(0)
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results["machine"] = {"cores": os.cpu_count(), "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    if "etl" in parts:
        results["etl"] = bench_etl(etl_runs)
        results["etl_without_organisations"] = bench_etl(etl_runs, organisations=False)
    if "etl-parallel" in parts:
        results["etl_parallel"] = bench_etl_parallel()
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
        sizes = args.sizes if explicit_sizes else [s for s in args.sizes if s in PAGE_SIZES] or list(PAGE_SIZES[:1])
        page_runs = min(args.runs, int(os.environ.get("BENCH_PAGE_RUNS", "5")))
        kept = {size: rows for size, rows in results.get("pages", {}).items() if "server" in rows}  # not older formats
        results["pages"] = {**kept, **{str(s): bench_pages(s, page_runs, tuple(args.page or PAGE_FILES)) for s in sizes}}
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1))
    print_table({k: v for k, v in results.items() if k in parts or k.replace("_", "-") in parts or (k.startswith("add_") and "add" in parts)
                 or (k == "etl_without_organisations" and "etl" in parts)})
    print(f"→ {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
