"""Two versions of the chart builders side by side in one process, figure by figure, on the data of one
benchmark database: another checkout's `analytics.charts` (e.g. main, unpacked with `git archive`) and
this one's alternate on every run (the order swapped every run), so both see the same load. Prints the
CPU ms of each builder, median [min–max], whether both gave the same figure JSON (an empty legend
`title: {}` ignored), and the load average before and after. Nothing is written.

    git archive main | tar -x -C /tmp/main_copy
    .venv/bin/python bench/figures_compare.py --reference /tmp/main_copy --size 1000000 --runs 15
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _charts(root: Path):
    """The `analytics.charts` module under `root`."""
    for name in [m for m in sys.modules if m == "analytics" or m.startswith("analytics.")]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        return importlib.import_module("analytics.charts")
    finally:
        sys.path.remove(str(root))


def _json(fig) -> dict:
    out = json.loads(fig.to_json())
    legend = out.get("layout", {}).get("legend")
    if isinstance(legend, dict) and legend.get("title") == {}:
        out["layout"]["legend"] = {k: v for k, v in legend.items() if k != "title"}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, required=True, help="a checkout holding the other analytics/")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    versions = {"reference": _charts(args.reference.resolve()), "this": _charts(ROOT)}
    from analytics import queries
    from analytics.db import ReadOnlyDatabase
    from analytics.filters import Filters
    from bench.bigdb import database

    con = ReadOnlyDatabase(database(args.size)).cursor()
    names = dict(queries.lookup(con).countries)
    sector = queries.events_by_sector(con, Filters())["sector_key"].iloc[-1]
    countries, regions = queries.events_by_country(con, Filters()), queries.region_points(con, Filters())
    sectors = queries.events_by_sector(con, Filters(sectors=(sector,)))
    months = queries.events_by_month(con, Filters(countries=("BY",))).tail(120)
    by_month = queries.sector_month(con, Filters())
    by_month = by_month[by_month["month"] >= by_month["month"].max()[:4] + "-01"] if len(by_month) else by_month
    by_country = queries.sector_country(con, Filters())
    cases = {"partner_map": lambda c: c.partner_map(countries, regions, "ru"),
             "region_map": lambda c: c.region_map(regions, countries, "ru"),
             "country_bar": lambda c: c.country_bar(countries, "ru"),
             "sector_bar": lambda c: c.sector_bar(sectors, "ru"),
             "month_bar": lambda c: c.month_bar(months, "ru"),
             "sector_month_heatmap": lambda c: c.sector_month_heatmap(by_month, "ru"),
             "sector_country_heatmap": lambda c: c.sector_country_heatmap(by_country, names, "ru")}
    print(f"{args.size:,} events; load average {os.getloadavg()[0]:.2f}; {args.runs} runs each, alternating; "
          f"CPU ms median [min–max]")
    sums = {v: 0.0 for v in versions}
    for name, build in cases.items():
        times: dict[str, list[float]] = {v: [] for v in versions}
        for run in range(args.runs):
            for v in (("reference", "this") if run % 2 == 0 else ("this", "reference")):
                start = time.process_time()
                build(versions[v])
                times[v].append((time.process_time() - start) * 1000)
        same = _json(build(versions["reference"])) == _json(build(versions["this"]))
        for v in versions:
            sums[v] += statistics.median(times[v])
        print(f"{name:<24} " + "  ".join(f"{v} {statistics.median(t):6.1f} [{min(t):5.1f}–{max(t):6.1f}]"
                                         for v, t in times.items()) + f"  same {same}", flush=True)
    print(f"{'sum of medians':<24} reference {sums['reference']:6.1f}  this {sums['this']:6.1f}; "
          f"load average after {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
