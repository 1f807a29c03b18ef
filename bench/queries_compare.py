"""Two versions of the query layer side by side in one process, call by call, on one benchmark database.

Two sittings of `bench/run.py --only queries` on this shared 2-core machine differ by more than a
change does; here another checkout's `analytics` package (e.g. main, unpacked with `git archive`) and
this one's are imported side by side and alternate on every run of each call (the order swapped every
run), on one cursor of the same SYNTHETIC database, so both see the same load and the same caches.
Prints each version's median [min–max] in ms (wall clock, or with `--clock cpu` the process's CPU time), the median of the per-run ratios, whether the two gave
equal answers, and the load average before and after.

    git archive main | tar -x -C /tmp/main_copy
    .venv/bin/python bench/queries_compare.py --reference /tmp/main_copy --size 1000000 \\
        --call biggest_events --call org_dossier --filter all --runs 60

A call is a bench/run.py query name (count_events, biggest_events, agreements_latest, org_dossier,
registry_page_deep…);
a filter one of its labels (all, BY·culture, search, BY·search). Nothing is written.

`--reference-db FILE` gives the reference version another database file (e.g. the same events before a
rebuild re-ordered a table): `--reference .` then compares one query layer on two layouts.
"""
from __future__ import annotations

import argparse
import importlib
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FILTERS = ("all", "BY·culture", "search", "BY·search")


def _load(root: Path):
    """The `analytics` package's (queries, page_queries, organisations) modules under `root`."""
    for name in [m for m in sys.modules if m == "analytics" or m.startswith("analytics.")]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        return tuple(importlib.import_module(f"analytics.{m}") for m in ("queries", "page_queries", "organisations"))
    finally:
        sys.path.remove(str(root))


def _filters(f_class) -> dict:
    """bench/run.py's filters, built with one version's Filters class."""
    return {"all": f_class(), "BY·culture": f_class(countries=("BY",), sectors=("culture_tourism",)),
            "search": f_class(search="вытынанка"), "BY·search": f_class(countries=("BY",), search="выставка")}


def _calls(cursor, modules) -> dict:
    """name → call(filters) of one version, as bench/run.py's query part makes them."""
    from bench.run import organisation_calls

    queries, page_queries, organisations = modules
    calls = {name: (lambda f, name=name: getattr(queries, name)(cursor, f)) for name in (
        "count_events", "headline", "events_by_sector", "events_by_country", "events_by_month",
        "sector_month", "sector_country", "region_points", "officials", "events_by_period",
        "attendance_by_format", "biggest_events", "sources")}
    calls["agreements_latest"] = lambda f: page_queries.agreements_latest(cursor, f, ("signed",), 20)
    calls["timeline_latest"] = lambda f: page_queries.timeline_latest(cursor, f, 100)
    calls["foreign_participants_top"] = lambda f: page_queries.foreign_participants_top(cursor, f, 100)
    calls["officials_top"] = lambda f: page_queries.officials_top(cursor, f, 50)
    calls["events_by_period_bounded"] = lambda f: page_queries.events_by_period_bounded(cursor, f, 24)
    calls["registry_page"] = lambda f: queries.registry_page(cursor, f, limit=50, offset=0)
    middle: dict = {}  # bench/run.py's deep page: the middle of the filtered events (counted once per filter)

    def deep(f):
        if repr(f) not in middle:
            middle[repr(f)] = queries.count_events(cursor, f) // 2
        return queries.registry_page(cursor, f, limit=50, offset=middle[repr(f)])
    calls["registry_page_deep"] = deep
    calls.update(organisation_calls(cursor, organisations))
    return calls


def _same(a, b) -> bool:
    import pandas as pd

    if isinstance(a, pd.DataFrame):
        try:
            pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), check_dtype=False)
            return True
        except AssertionError:
            return False
    if hasattr(a, "__dataclass_fields__"):  # a dossier's officials carry any_value(role): not compared
        pick = {k: (lambda x: x.drop(columns="role", errors="ignore")) if k == "officials" else (lambda x: x)
                for k in a.__dataclass_fields__}
        return all(_same(pick[k](getattr(a, k)), pick[k](getattr(b, k))) for k in a.__dataclass_fields__)
    return a == b


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):7.2f} [{min(values):6.2f}–{max(values):7.2f}]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, required=True, help="a checkout holding the other analytics/")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--call", action="append", required=True)
    parser.add_argument("--filter", action="append", choices=FILTERS)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--reference-db", type=Path, help="the reference version's database (default: the same)")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="cpu: the process's CPU time (DuckDB's threads included) instead of the wall clock — "
                             "on a machine whose load is far above its cores the wall clock mostly measures the queue")
    args = parser.parse_args(argv)
    from analytics.db import ReadOnlyDatabase
    from bench.bigdb import database

    cursor = ReadOnlyDatabase(database(args.size)).cursor()
    cursors = {"reference": ReadOnlyDatabase(args.reference_db).cursor() if args.reference_db else cursor,
               "this": cursor}
    versions = {}
    for label, root in (("reference", args.reference.resolve()), ("this", ROOT)):
        modules = _load(root)
        f_class = importlib.import_module("analytics.filters").Filters
        versions[label] = (_calls(cursors[label], modules), _filters(f_class))
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    load_before = os.getloadavg()
    print(f"{args.size:,} events; load average {load_before[0]:.2f} {load_before[1]:.2f}; {args.runs} runs each, "
          f"alternating; ms ({args.clock} clock) median [min–max]")
    print(f"{'call':<42} {'reference':>26} {'this':>26} {'ratio':>6} same")
    for name in args.call:
        for label in args.filter or ["all"]:
            pair = {v: (versions[v][0][name], versions[v][1][label]) for v in versions}
            answers = {v: call(f) for v, (call, f) in pair.items()}  # first call: plans, caches
            times: dict[str, list[float]] = {v: [] for v in versions}
            for run in range(args.runs):
                for v in (("reference", "this") if run % 2 == 0 else ("this", "reference")):
                    call, f = pair[v]
                    start = clock()
                    call(f)
                    times[v].append((clock() - start) * 1000)
            ratio = statistics.median(r / t for r, t in zip(times["reference"], times["this"]))
            print(f"{name + ' [' + label + ']':<42} {_spread(times['reference']):>26} {_spread(times['this']):>26} "
                  f"{ratio:5.2f}× {_same(answers['reference'], answers['this'])}", flush=True)
    load_after = os.getloadavg()
    print(f"load average after {load_after[0]:.2f} {load_after[1]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
