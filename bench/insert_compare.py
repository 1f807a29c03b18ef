"""Two checkouts' `_insert_report` side by side: CPU and wall ms to write one report into the database.

Adding a report is reading it, copying the database (or taking a spare), inserting its rows and
swapping; this times only the inserting (rows of ~40 tables, the kept counts, duplicate candidates),
the part that is the same at every database size. Each checkout runs in its own process, in turns
(reference, this, reference, …), on SYNTHETIC quarter variants of the sample loaded into a fresh
database, so both see the same load; prints the median of each turn and the ratio of the medians.

    git archive main | tar -x -C /tmp/main_copy
    .venv/bin/python bench/insert_compare.py --reference /tmp/main_copy --turns 3
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import statistics, sys, tempfile, time
from pathlib import Path
root = sys.argv[1]
sys.path[:0] = [root, root + "/tests"]
import duckdb
import etl.load as load
from synthetic_reports import quarter_variant, quarters
folder = Path(tempfile.mkdtemp())
db = folder / "engagement.duckdb"
sample = Path(root, "data/raw/smolensk_international_2024q4.txt").read_text(encoding="utf-8")
files = []
for year, quarter in quarters(int(sys.argv[2]) + 1):
    path = folder / f"synthetic_{year}q{quarter}.txt"
    path.write_text(quarter_variant(sample, year, quarter), encoding="utf-8")
    files.append(path)
load.load_reports(files[:1], db, spare=False)
cpu, wall = [], []
for path in files[1:]:
    report, _ = load.read_report(path)
    con = duckdb.connect(str(db))
    con.execute("BEGIN")
    started, used = time.perf_counter(), time.process_time()
    load._insert_report(con, report, None, "bench")
    cpu.append(time.process_time() - used)
    wall.append(time.perf_counter() - started)
    con.execute("COMMIT")
    con.close()
print(statistics.median(cpu) * 1000, statistics.median(wall) * 1000)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", required=True, help="another checkout (git archive main | tar -x -C DIR)")
    parser.add_argument("--turns", type=int, default=3)
    parser.add_argument("--reports", type=int, default=6, help="reports inserted per turn")
    args = parser.parse_args()
    figures: dict[str, list[tuple[float, float]]] = {"reference": [], "this": []}
    for _ in range(args.turns):
        for label, root in (("reference", args.reference), ("this", str(ROOT))):
            out = subprocess.run([sys.executable, "-c", CHILD, root, str(args.reports)], check=True,
                                 capture_output=True, text=True, cwd=root).stdout.split()
            figures[label].append((float(out[0]), float(out[1])))
    print(f"{'':10} {'CPU ms median [min–max]':>28} {'wall ms median [min–max]':>28}")
    for label, rows in figures.items():
        cpu, wall = [r[0] for r in rows], [r[1] for r in rows]
        print(f"{label:10} {statistics.median(cpu):12.0f} [{min(cpu):.0f}–{max(cpu):.0f}]"
              f"{statistics.median(wall):16.0f} [{min(wall):.0f}–{max(wall):.0f}]")
    ref, this = figures["reference"], figures["this"]
    print(f"ratio reference/this: CPU {statistics.median(r[0] for r in ref) / statistics.median(r[0] for r in this):.2f}×,"
          f" wall {statistics.median(r[1] for r in ref) / statistics.median(r[1] for r in this):.2f}×")


if __name__ == "__main__":
    main()
