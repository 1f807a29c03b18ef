"""What CPython's cyclic garbage collector costs the parse, and what other GC settings would save.

The parse allocates many short-lived objects (words, tokens, matches, small tuples) and makes almost no
cyclic garbage, so the collector's work is mostly overhead; this measures how much. Each setting runs
in its own process (GC state is per process) on the SYNTHETIC reports of `bench/run.py --only etl`
(24 reports, cold word caches) and on its long batch (128 reports, ~10k events, one .txt file each),
and prints: CPU seconds of the parse, the CPU spent inside collections (gc.callbacks, one clock pair
per collection) and its share, collections by generation, objects they freed, and peak RSS.

Settings: default (700, 10, 10); freeze (gc.freeze() after the reference data are loaded: the full
collections skip them); young50k (gen-0 threshold 50,000 while a report parses, gen 0 collected at
its end); paused (collector off while a report parses, gen 0 collected at its end). The GC share of
the default is the ceiling of any GC setting; CPU seconds of different processes are not paired
(the machine is shared), so compare the GC columns, and whole-parse ratios with bench/etl_compare.py.

    .venv/bin/python bench/etl_gc.py --kind txt
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = ("default", "freeze", "young50k", "paused")


def _peak_rss_mb() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _one(setting: str, kind: str) -> dict:
    """Parse both sets under one GC setting in this process: {set: figures}."""
    sys.path.insert(0, str(ROOT))
    from etl import lemmas, normalize
    from etl.read import read_bytes
    from etl.synth import synthetic_regions, synthetic_report, to_docx, to_text

    encode = (lambda r: to_text(r).encode("utf-8")) if kind == "txt" else to_docx
    regions = synthetic_regions()
    sets = {"24 reports": [synthetic_report(regions[i % len(regions)], 2015 + i // len(regions), 1 + i % 4, seed=11)
                           for i in range(24)],
            "batch of 128": [synthetic_report(regions[i % len(regions)], 1990 + i // len(regions), 1 + i % 4, seed=12)
                             for i in range(128)]}
    files = {name: [(f"s{i}.{kind}", encode(r)) for i, r in enumerate(made)] for name, made in sets.items()}
    first = files["24 reports"][0]
    normalize.build_report(read_bytes(first[1], first[0]))  # dictionaries loaded once, as in a real load
    build = normalize.build_report
    if setting in ("young50k", "paused"):
        default = gc.get_threshold()

        def build(source, parse=normalize.build_report):
            if setting == "paused":
                gc.disable()
            else:
                gc.set_threshold(50_000, *default[1:])
            try:
                return parse(source)
            finally:
                gc.enable()
                gc.set_threshold(*default)
                gc.collect(0)
    spent = {"start": 0.0, "seconds": 0.0, "collections": [0, 0, 0], "collected": 0}

    def callback(phase: str, info: dict) -> None:
        if phase == "start":
            spent["start"] = time.process_time()
        else:
            spent["seconds"] += time.process_time() - spent["start"]
            spent["collections"][info["generation"]] += 1
            spent["collected"] += info["collected"]

    out = {}
    for name, items in files.items():
        lemmas.clear_word_caches()
        lemmas.morph().parse("прогрев")  # the analyser object itself is not what we measure
        if setting == "freeze":
            gc.collect()
            gc.freeze()
        spent.update(seconds=0.0, collections=[0, 0, 0], collected=0)
        gc.callbacks.append(callback)
        events = 0
        start = time.process_time()
        for file_name, data in items:
            lemmas.clear_text_caches()
            events += build(read_bytes(data, file_name)).event_count
        cpu = time.process_time() - start
        gc.callbacks.remove(callback)
        if setting == "freeze":
            gc.unfreeze()
        out[name] = {"events": events, "cpu_s": cpu, "gc_s": spent["seconds"], "gc_share": spent["seconds"] / cpu,
                     "collections": list(spent["collections"]), "collected": spent["collected"],
                     "peak_rss_mb": _peak_rss_mb()}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=("txt", "docx"), default="txt")
    parser.add_argument("--setting", choices=SETTINGS, help="run one setting in this process (JSON out)")
    args = parser.parse_args(argv)
    if args.setting:
        print(json.dumps(_one(args.setting, args.kind)))
        return 0
    print(f"{args.kind}; load average {os.getloadavg()[0]:.2f} at the start")
    print(f"{'setting':9s} {'set':13s} {'events':>6s} {'CPU s':>6s} {'GC s':>6s} {'GC %':>5s}  collections g0/g1/g2  freed  peak RSS MB")
    for setting in SETTINGS:
        done = subprocess.run([sys.executable, __file__, "--kind", args.kind, "--setting", setting],
                              capture_output=True, text=True, check=True)
        for name, f in json.loads(done.stdout).items():
            print(f"{setting:9s} {name:13s} {f['events']:6d} {f['cpu_s']:6.2f} {f['gc_s']:6.3f} {f['gc_share'] * 100:5.1f}  "
                  f"{'/'.join(map(str, f['collections'])):21s} {f['collected']:6d}  {f['peak_rss_mb']:.0f}")
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
