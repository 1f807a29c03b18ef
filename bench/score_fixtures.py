"""Per-field scores of the parser on the SYNTHETIC other-template reports against hand-made answers.

The answers (tests/fixtures/synthetic_expected.json) were written from the report text, not from
the parser's output. Prints figures; asserts nothing (tests/test_etl_templates.py asserts).
Run: .venv/bin/python bench/score_fixtures.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.normalize import build_report, report_contract  # noqa: E402
from etl.read import read_file  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
EXPECTED = FIXTURES / "synthetic_expected.json"
ATTENDANCE_FIELDS = ("attendance_total", "attendance_lower_bound", "attendance_approximate")


def expected_answers() -> dict[str, dict]:
    return {name: value for name, value in json.loads(EXPECTED.read_text("utf-8")).items()
            if not name.startswith("_")}


def field_hits(contract: dict, expected: dict) -> dict[str, list[bool]]:
    """Per field, one True/False per expected event; partner countries as (tp, fp, fn) counts."""
    events = {e["n"]: e for e in contract["events"]}
    hits: dict[str, list] = {"dates": [], "attendance": [], "agreement": [], "partners": []}
    for n_text, want in expected["events"].items():
        got = events.get(int(n_text), {})
        hits["dates"].append((got.get("start_date"), got.get("end_date"))
                             == (want["start_date"], want["end_date"]))
        hits["attendance"].append(all(got.get(f) == want[f] for f in ATTENDANCE_FIELDS if f in want))
        hits["agreement"].append(got.get("agreement") == want["agreement"])
        got_set, want_set = set(got.get("partner_countries", [])), set(want["partner_countries"])
        hits["partners"].append((len(got_set & want_set), len(got_set - want_set), len(want_set - got_set)))
    return hits


def scores(hits: dict[str, list]) -> dict[str, float]:
    out = {field: sum(values) / len(values) for field, values in hits.items() if field != "partners"}
    tp = sum(t for t, _, _ in hits["partners"])
    fp = sum(f for _, f, _ in hits["partners"])
    fn = sum(f for _, _, f in hits["partners"])
    out["partner_f1"] = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    return out


def main() -> None:
    total: dict[str, list] = {"dates": [], "attendance": [], "agreement": [], "partners": []}
    for name, expected in expected_answers().items():
        contract = report_contract(build_report(read_file(FIXTURES / name)))
        hits = field_hits(contract, expected)
        for field, values in hits.items():
            total[field].extend(values)
        figures = scores(hits)
        print(f"{name}: " + ", ".join(f"{k} {v:.0%}" if k != "partner_f1" else f"{k} {v:.2f}"
                                      for k, v in figures.items()))
        for field in ("dates", "attendance", "agreement"):
            misses = [n for n, ok in zip(expected["events"], hits[field]) if not ok]
            if misses:
                print(f"  {field} wrong in events {', '.join(misses)}")
    figures = scores(total)
    print("all: " + ", ".join(f"{k} {v:.0%}" if k != "partner_f1" else f"{k} {v:.2f}"
                              for k, v in figures.items()))


if __name__ == "__main__":
    main()
