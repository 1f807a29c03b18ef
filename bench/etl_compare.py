"""Two versions of the parser side by side in one process, report by report: CPU per event of each.

On this shared 2-core machine two sittings of `bench/run.py --only etl` differ by more than a change
does; here another checkout's `etl` package (e.g. main, unpacked with `git archive`) and this one's
are imported side by side and alternate on every SYNTHETIC report of the ETL benchmark, so both see
the same load. Prints each one's ms of CPU per event and the median of the per-report ratios.

    git archive main | tar -x -C /tmp/main_copy
    .venv/bin/python bench/etl_compare.py --reference /tmp/main_copy --kind txt --cold --runs 3
    .venv/bin/python bench/etl_compare.py --reference /tmp/main_copy --kind docx --organisations

Cold (--cold): every word cache of both is emptied at the start of each run, as bench/run.py does;
text caches are emptied before every report either way. Nothing is written.
"""
from __future__ import annotations

import argparse
import importlib
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _etl_modules() -> dict:
    return {name: module for name, module in sys.modules.items() if name == "etl" or name.startswith("etl.")}


def _install(modules: dict) -> None:
    """Make sys.modules hold exactly one version's `etl` modules."""
    for name in [m for m in _etl_modules() if m not in modules]:
        del sys.modules[name]
    sys.modules.update(modules)


def _load(root: Path, organisations: bool):
    """(build_report, read_bytes, lemmas module, synth module) of the `etl` package under `root`.

    build_report and read_bytes come wrapped so that while they run sys.modules holds this package's modules: the
    parser imports some names inside functions (title.Home.mentioned_in: `from .geo import …`), and
    those imports read sys.modules — without the swap the version loaded first ran the other's code there."""
    for name in _etl_modules():
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        normalize = importlib.import_module("etl.normalize")
        if not organisations:  # as bench/run.py's etl_without_organisations
            normalize.find_organisations = lambda cells, context: []
            normalize.merge_report_aliases = lambda by_event, cells: by_event
        read, lemmas, synth = (importlib.import_module("etl.read").read_bytes,
                               importlib.import_module("etl.lemmas"), importlib.import_module("etl.synth"))
        modules = _etl_modules()
    finally:
        sys.path.remove(str(root))
    build_report = normalize.build_report

    def build(source):
        _install(modules)  # ~0.1 ms a report, outside the timed events' own work
        try:
            return build_report(source)
        finally:
            modules.update(_etl_modules())  # a module first imported during the parse is this root's

    def read_file(data, name):
        _install(modules)  # the readers import lazily too (docx_grid, xlsx_grid)
        try:
            return read(data, name)
        finally:
            modules.update(_etl_modules())

    return build, read_file, lemmas, synth


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, required=True, help="a checkout holding the other etl/")
    parser.add_argument("--kind", choices=("txt", "docx"), default="txt")
    parser.add_argument("--cold", action="store_true", help="empty the word caches at each run's start")
    parser.add_argument("--organisations", action="store_true", help="keep the organisations step in")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--reports", type=int, default=24)
    args = parser.parse_args(argv)
    versions = {"reference": _load(args.reference.resolve(), args.organisations),
                "this": _load(ROOT, args.organisations)}
    synth = versions["this"][3]
    regions = synth.synthetic_regions()
    made = [synth.synthetic_report(regions[i % len(regions)], 2015 + i // len(regions), 1 + i % 4, seed=11)
            for i in range(args.reports)]  # the reports bench/run.py's ETL part parses
    encode = (lambda r: synth.to_text(r).encode("utf-8")) if args.kind == "txt" else synth.to_docx
    files = [(f"s{i}.{args.kind}", encode(r)) for i, r in enumerate(made)]
    for build, read, _, _ in versions.values():
        build(read(files[0][1], files[0][0]))  # dictionaries loaded once, as in a real load
    seconds = dict.fromkeys(versions, 0.0)
    ratios: list[float] = []
    events = 0
    load_before = os.getloadavg()[0]
    for run in range(args.runs):
        if args.cold:
            for _, _, lemmas, _ in versions.values():
                lemmas.clear_word_caches()
                lemmas.morph().parse("прогрев")  # the analyser object itself is not what we measure
        for number, (name, data) in enumerate(files):
            order = list(versions) if (run + number) % 2 == 0 else list(versions)[::-1]
            spent = {}
            for label in order:
                build, read, lemmas, _ = versions[label]
                lemmas.clear_text_caches()
                start = time.process_time()
                count = build(read(data, name)).event_count
                spent[label] = time.process_time() - start
                seconds[label] += spent[label]
            events += count
            ratios.append(spent["this"] / spent["reference"])
    what = f"{args.kind}, {'cold' if args.cold else 'warm'} word caches, organisations {'in' if args.organisations else 'out'}"
    for label, total in seconds.items():
        print(f"{label:9s} {total / events * 1000:.4f} ms of CPU per event ({what}; {events} events)")
    quartiles = statistics.quantiles(ratios, n=4)
    print(f"this / reference, median of {len(ratios)} reports: {statistics.median(ratios):.3f} "
          f"[{quartiles[0]:.3f}–{quartiles[2]:.3f}]; load average {load_before:.2f} → {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
