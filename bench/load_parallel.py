"""A bulk load in one process against the same load with its files parsed in worker processes
(`load_reports(jobs=N)`, `python -m etl load --jobs N`), alternated run by run on the same SYNTHETIC
files into fresh databases, so both see the same load on this shared machine.

Prints, per way, the wall seconds (median [min–max]), the writer's CPU and the workers' CPU, and the
median of the per-run wall ratios. The writer stores one report at a time either way (DuckDB has one
writer): what the workers can hide is the parse, so the ceiling is the writer's store time.

    .venv/bin/python bench/load_parallel.py --files 48 --jobs 2 --runs 3
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _reports(count: int, folder: Path) -> list[Path]:
    """`count` SYNTHETIC reports (3 in 4 .txt, 1 in 4 .docx) of several regions and quarters."""
    from etl.synth import synthetic_regions, synthetic_report, to_docx, to_text

    regions = synthetic_regions()
    paths = []
    for i in range(count):
        report = synthetic_report(regions[i % len(regions)], 2000 + i // (4 * len(regions)), 1 + (i // len(regions)) % 4,
                                  seed=21)
        path = folder / f"synthetic_{i:04d}.{'docx' if i % 4 == 3 else 'txt'}"
        path.write_bytes(to_docx(report) if path.suffix == ".docx" else to_text(report).encode("utf-8"))
        paths.append(path)
    return paths


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _one(files: list[Path], jobs: int, folder: Path) -> tuple[float, float, float]:
    from etl.load import load_reports

    db = folder / f"bench_{jobs}.duckdb"
    for leftover in folder.glob(f"bench_{jobs}.duckdb*"):
        leftover.unlink()
    wall, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    results = load_reports(files, db, jobs=jobs)
    out = time.perf_counter() - wall, time.process_time() - cpu, _children_cpu() - children
    assert all(r.status == "loaded" for r in results), [r.message for r in results if r.status != "loaded"]
    return out


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} [{min(values):6.2f}–{max(values):6.2f}]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=48)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="load_parallel_"))
    try:
        files = _reports(args.files, folder)
        load_before = os.getloadavg()[0]
        rows: dict[int, list[tuple[float, float, float]]] = {1: [], args.jobs: []}
        for run in range(args.runs):
            for jobs in ((1, args.jobs) if run % 2 == 0 else (args.jobs, 1)):
                rows[jobs].append(_one(files, jobs, folder))
        ratios = [a[0] / b[0] for a, b in zip(rows[1], rows[args.jobs])]
        print(f"{args.files} SYNTHETIC files into a fresh database, {args.runs} runs alternated; "
              f"load average {load_before:.2f} → {os.getloadavg()[0]:.2f}; seconds median [min–max]")
        print(f"{'way':<22}{'wall':>22}{'writer CPU':>24}{'workers CPU':>24}")
        for jobs, label in ((1, "one process"), (args.jobs, f"{args.jobs} parse workers")):
            wall, cpu, children = zip(*rows[jobs])
            print(f"{label:<22}{_spread(list(wall)):>22}{_spread(list(cpu)):>24}{_spread(list(children)):>24}")
        print(f"wall ratio (one process / workers), median of runs: {statistics.median(ratios):.2f}×")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
