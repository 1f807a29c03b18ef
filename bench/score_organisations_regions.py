"""Precision and recall of the organisations extractor on SYNTHETIC reports of other regions.

The sibling of bench/score_organisations.py (same matching, same figures) for the hand-made list
tests/fixtures/organisations_gold_regions.json: ten SYNTHETIC reports of other regions, written by
reading each report's text, split by whole report into "dev" (studied when writing rules) and
"heldout" (only scored); and tests/fixtures/organisations_gold_regions2.json, three more reports (Amur,
Astrakhan .docx, Nizhny Novgorod UTF-16) written before their round's rules, the set "new" ("all" stays
the first list's ten reports, so its figures compare with earlier rounds). Each report goes through `python -m etl parse FILE --json`, as the graders'
reports would. `--root` runs another checkout's parser (e.g. `git archive main | tar -x -C /tmp/main`)
against the same gold list, for before/after figures.
Prints figures; asserts nothing.
Run: .venv/bin/python bench/score_organisations_regions.py [--events dev|heldout|all|new] [--errors] [--root DIR]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_organisations import (EVENT_SETS, _print_errors, _print_set,  # noqa: E402
                                 organisations_from_contract, score)

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "organisations_gold_regions.json"
GOLD_NEW = ROOT / "tests" / "fixtures" / "organisations_gold_regions2.json"
SETS = (*EVENT_SETS, "new")


def parse_report(root: Path, source: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "etl", "parse", str(ROOT / source), "--json"], cwd=root,
                         capture_output=True, text=True, encoding="utf-8")
    if out.returncode != 0:
        raise SystemExit(f"python -m etl parse {source} failed ({out.returncode}):\n{out.stderr}")
    return json.loads(out.stdout)


def combined(gold: dict, root: Path) -> tuple[dict, dict[int, list[dict]], dict[str, list[int]]]:
    """One gold document and one extraction over all reports, events numbered report × 1000 + n,
    so score() of bench/score_organisations.py can be used as it is. Reports of split "new" go to
    their own set and not to "all"."""
    events, extracted, sets = {}, {}, {name: [] for name in SETS}
    for i, report in enumerate(gold["reports"], start=1):
        found = organisations_from_contract(parse_report(root, report["source"])) or {}
        for n in report["order"]:
            key = i * 1000 + n
            events[str(key)] = report["events"][str(n)]
            extracted[key] = found.get(n, [])
            sets[report["split"]].append(key)
            if report["split"] != "new":
                sets["all"].append(key)
    return {"events": events}, extracted, sets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", choices=SETS, help="one set only (default: dev, heldout, all and new)")
    parser.add_argument("--json", action="store_true", help="the figures as JSON, one object per set")
    parser.add_argument("--errors", action="store_true", help="list the dev and new reports' misses, extra names and disagreements")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose parser runs (default: this one)")
    args = parser.parse_args(argv)
    gold = json.loads(GOLD.read_text("utf-8"))
    gold["reports"] += json.loads(GOLD_NEW.read_text("utf-8"))["reports"]
    merged, extracted, sets = combined(gold, args.root.resolve())
    chosen = [args.events] if args.events else list(SETS)
    results = {name: score(merged, extracted, sets[name]) for name in chosen}
    if args.json:
        json.dump({name: {k: v for k, v in r.items() if k not in ("misses", "false_positives")}
                   for name, r in results.items()}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    names = {i: Path(r["source"]).name[:60] for i, r in enumerate(gold["reports"], start=1)}
    print(f"Gold: {len(gold['reports'])} reports, {len(sets['all'])} events (dev {len(sets['dev'])}, "
          f"held out {len(sets['heldout'])}, new {len(sets['new'])}); parser of {args.root}")
    for name, result in results.items():
        _print_set(name, result)
    if args.errors:
        print("\nDev- and new-report errors (event = report × 1000 + n):")
        for i, source in names.items():
            print(f"  report {i}: {source}")
        _print_errors(score(merged, extracted, sets["dev"] + sets["new"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
