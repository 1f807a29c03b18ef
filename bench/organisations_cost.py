"""What the organisations step costs a parse: CPU time of `build_report` over SYNTHETIC reports with
the step and without it (patched out in this process only), runs interleaved so both see the same
machine, plus the step alone over the cells it was given (captured from one parse).

    .venv/bin/python bench/organisations_cost.py [--reports 24] [--runs 3] [--profile]
    .venv/bin/python bench/organisations_cost.py --reference /tmp/main_organisations.py --runs 5

--reference FILE loads another version of etl/organisations.py (e.g. `git show main:etl/organisations.py
> FILE`) beside this one and alternates the two, run by run, in this one process: both see the same
machine, which on a shared machine says more than two sittings one after the other.

Word caches are cleared before every run and text caches before every report, as in `bench/run.py
--only etl`: real reports do not repeat each other's cells.
"""
from __future__ import annotations

import argparse
import cProfile
import importlib.util
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import etl.normalize as normalize  # noqa: E402
from bench.run import _clear_word_caches  # noqa: E402
from etl.lemmas import clear_text_caches, morph  # noqa: E402
from etl.read import read_bytes  # noqa: E402
from etl.synth import synthetic_regions, synthetic_report, to_text  # noqa: E402


def _reports(count: int) -> list[tuple[str, bytes]]:
    regions = synthetic_regions()
    made = [synthetic_report(regions[i % len(regions)], 2015 + i // len(regions), 1 + i % 4, seed=11)
            for i in range(count)]
    return [(f"s{i}.txt", to_text(r).encode("utf-8")) for i, r in enumerate(made)]


def _cold() -> None:
    _clear_word_caches()
    morph().parse("прогрев")


def parse_all(items) -> tuple[int, float]:
    _cold()
    start = time.process_time()
    events = 0
    for name, data in items:
        clear_text_caches()
        events += normalize.build_report(read_bytes(data, name)).event_count
    return events, time.process_time() - start


def record_calls(items) -> list[tuple[dict, object]]:
    """The (cells, context) the organisations step is called with while parsing `items`."""
    calls = []
    real = normalize.find_organisations

    def record(cells, context):
        calls.append((dict(cells), context))
        return real(cells, context)

    normalize.find_organisations = record
    try:
        for name, data in items:
            normalize.build_report(read_bytes(data, name))
    finally:
        normalize.find_organisations = real
    return calls


def replay(calls) -> float:
    """CPU seconds of the organisations step alone over recorded calls, word caches cold."""
    _cold()
    find = normalize.find_organisations
    start = time.process_time()
    for cells, context in calls:
        find(cells, context)
    return time.process_time() - start


def load_reference(path: Path):
    """Another version of etl/organisations.py as the module etl._organisations_reference (its
    relative imports resolve in etl; its caches are its own)."""
    spec = importlib.util.spec_from_file_location("etl._organisations_reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def compare(items, reference, runs: int) -> None:
    """The step alone and a parse with it, this version against `reference`, alternated run by run;
    and the parse without the step (events per CPU-second, ms of CPU per event)."""
    import etl.organisations as current

    versions = {"this": (current.find_organisations, current.merge_report_aliases),
                "reference": (reference.find_organisations, reference.merge_report_aliases),
                "without": (lambda cells, context: [], lambda by_event, cells: by_event)}
    kept = normalize.find_organisations, normalize.merge_report_aliases
    parse: dict[str, list[float]] = {name: [] for name in versions}
    alone: dict[str, list[float]] = {"this": [], "reference": []}
    calls = record_calls(items)
    try:
        for _ in range(runs):
            for name, (find, merge) in versions.items():
                normalize.find_organisations, normalize.merge_report_aliases = find, merge
                events, seconds = parse_all(items)
                parse[name].append(events / seconds)
                if name in alone:
                    alone[name].append(1000 * replay(calls) / len(calls))
    finally:
        normalize.find_organisations, normalize.merge_report_aliases = kept
    print(f"{events} events in {len(items)} SYNTHETIC reports, {runs} runs alternated, CPU time")
    for name, values in parse.items():
        print(f"  parse, {name:9}  median {statistics.median(values):8.1f}  min {min(values):8.1f}  "
              f"max {max(values):8.1f} events/CPU-s")
    for name, values in alone.items():
        print(f"  step alone, {name:9} median {statistics.median(values):6.3f}  min {min(values):6.3f}  "
              f"max {max(values):6.3f} ms/event")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=24)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="cProfile the step alone")
    parser.add_argument("--sort", default="tottime", help="pstats order: tottime, cumtime")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--reference", type=Path, help="another etl/organisations.py to alternate with")
    args = parser.parse_args()
    items = _reports(args.reports)
    normalize.build_report(read_bytes(items[0][1], items[0][0]))  # dictionaries loaded once
    if args.reference:
        compare(items, load_reference(args.reference), args.runs)
        return
    if args.profile:
        calls = record_calls(items)
        _cold()
        profile = cProfile.Profile()
        profile.enable()
        for cells, context in calls:
            normalize.find_organisations(cells, context)
        profile.disable()
        pstats.Stats(profile).sort_stats(args.sort).print_stats(args.top)
        return
    real = normalize.find_organisations
    rates: dict[str, list[float]] = {"with": [], "without": [], "step alone, ms/event": []}
    for _ in range(args.runs):
        normalize.find_organisations = real
        events, seconds = parse_all(items)
        rates["with"].append(events / seconds)
        normalize.find_organisations = lambda cells, context: []
        events, seconds = parse_all(items)
        rates["without"].append(events / seconds)
        normalize.find_organisations = real
        calls = record_calls(items)
        rates["step alone, ms/event"].append(1000 * replay(calls) / len(calls))
    print(f"{events} events in {args.reports} SYNTHETIC reports, {args.runs} runs, CPU time")
    for name, values in rates.items():
        unit = "" if "ms" in name else " events/CPU-s"
        print(f"  {name:22} median {statistics.median(values):8.2f}  min {min(values):8.2f}  "
              f"max {max(values):8.2f}{unit}")


if __name__ == "__main__":
    main()
