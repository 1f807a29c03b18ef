"""Where the parser's CPU goes, step by step, without a profiler's distortion; and what each step's
removal would at most give.

cProfile charges every Python call a fixed cost, so it overstates steps made of many small calls
(the geo and organisations look-ups) several times over. Here each step build_report calls
(partner_countries, find_organisations, row_attendance, …, and reading the file) is wrapped by one
process_time() pair instead — two clock reads per call, a few per cent of the smallest steps — on
the SYNTHETIC reports and cold word caches of `bench/run.py --only etl`. Prints, per step, its ms of
CPU per event (median, min and max over runs), its share, and the events per CPU-second the whole
parse would reach if that step cost nothing: the ceiling of any speed-up confined to it.

A step that first meets a cell pays for its words (tokens, lemmas, pymorphy3's parse, all cached)
and the steps after it find them ready: partner_countries, which reads the cells first, carries
most of that shared cost.

    .venv/bin/python bench/etl_steps.py --kind txt --runs 3
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# What normalize_event and build_report call, by the name normalize.py imports them under.
STEPS = ("parse_dates", "whole_quarter", "quarter_position", "parse_venue", "classify_format", "classify_direction",
         "partner_countries", "foreign_regions", "region_countries", "mentions_unnamed_foreign", "row_attendance",
         "classify_agreement", "classify_sector", "classify_event_type", "find_officials", "find_organisations",
         "search_text", "matching_form", "clean", "split_layout", "parse_title", "merge_report_aliases",
         "normalize_names")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=("txt", "docx"), default="txt")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--reports", type=int, default=24)
    args = parser.parse_args(argv)

    from etl import lemmas, normalize
    from etl.read import read_bytes
    from etl.synth import synthetic_regions, synthetic_report, to_docx, to_text

    regions = synthetic_regions()
    made = [synthetic_report(regions[i % len(regions)], 2015 + i // len(regions), 1 + i % 4, seed=11)
            for i in range(args.reports)]  # the reports bench/run.py's ETL part parses
    encode = (lambda r: to_text(r).encode("utf-8")) if args.kind == "txt" else to_docx
    files = [(f"s{i}.{args.kind}", encode(r)) for i, r in enumerate(made)]
    normalize.build_report(read_bytes(files[0][1], files[0][0]))  # dictionaries loaded once

    spent: dict[str, float] = {}
    clock = time.process_time

    def timed(name, function):
        def step(*args, **kwargs):
            start = clock()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += clock() - start
        return step

    for name in STEPS:
        setattr(normalize, name, timed(name, getattr(normalize, name)))
    read = timed("read_bytes", read_bytes)

    per_run: list[dict[str, float]] = []
    totals: list[float] = []
    events = 0
    load_before = os.getloadavg()[0]
    for _ in range(args.runs):
        spent.clear()
        spent.update(dict.fromkeys(STEPS + ("read_bytes",), 0.0))
        lemmas.clear_word_caches()
        lemmas.morph().parse("прогрев")  # the analyser object itself is not what we measure
        start = clock()
        events = 0
        for name, data in files:
            lemmas.clear_text_caches()
            events += normalize.build_report(read(data, name)).event_count
        totals.append(clock() - start)
        per_run.append(dict(spent))
    total = statistics.median(totals)
    print(f"{args.kind}: {events} events, {args.runs} runs, cold word caches, organisations in; "
          f"{events / total:.0f} events per CPU-second (median; each wrapped step adds two clock reads); "
          f"load average {load_before:.2f} → {os.getloadavg()[0]:.2f}")
    print(f"{'step':26s} {'ms/event':>9s} {'min':>7s} {'max':>7s} {'share':>6s}  events/CPU-s without it")
    rows = []
    for name in STEPS + ("read_bytes",):
        values = [run[name] for run in per_run]
        rows.append((statistics.median(values), min(values), max(values), name))
    rows.append((total - sum(r[0] for r in rows), None, None, "(the rest of build_report)"))
    for median, low, high, name in sorted(rows, reverse=True):
        span = f"{low / events * 1000:7.4f} {high / events * 1000:7.4f}" if low is not None else f"{'':7s} {'':7s}"
        print(f"{name:26s} {median / events * 1000:9.4f} {span} {median / total:6.1%}  {events / (total - median):6.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
