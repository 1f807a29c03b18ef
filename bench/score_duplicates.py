"""Precision and recall of the duplicate rules on hand-labelled pairs, printed side by side.

The pairs (tests/fixtures/duplicate_pairs_labelled.json) are every pair a reasonable rule could
propose on the real sample and the SYNTHETIC reports around it, each labelled by reading both rows.
The four reports are loaded through the ETL into a temporary database; each rule then proposes
pairs among all events. A proposed pair nobody labelled is printed (it would need a label).
Prints figures; asserts nothing (tests/etl/test_duplicate_rule.py asserts).
Run: .venv/bin/python bench/score_duplicates.py
"""
from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

import duckdb
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.duplicates import Candidate, find_duplicates, title_words  # noqa: E402
from etl.load import load_reports  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
LABELLED = FIXTURES / "duplicate_pairs_labelled.json"
REPORTS = (ROOT / "data" / "raw" / "smolensk_international_2024q4.txt",
           FIXTURES / "synthetic_smolensk_2024q3_relisted.txt",
           FIXTURES / "synthetic_smolensk_2025q1_relisted.txt",
           FIXTURES / "synthetic_bryansk_2024q4_shared_forums.txt")

Key = tuple[str, int]          # (report file, event number)
Pair = frozenset               # of two Keys


def labelled_pairs() -> dict[Pair, dict]:
    pairs = json.loads(LABELLED.read_text("utf-8"))["pairs"]
    return {frozenset(((p["first"]["report"], p["first"]["n"]), (p["second"]["report"], p["second"]["n"]))): p
            for p in pairs}


def load_events(db: Path) -> tuple[list[Candidate], dict[str, Key]]:
    """Every event of the labelled reports as the load step sees it, and event_id → (file, n)."""
    results = load_reports(list(REPORTS), db)
    assert all(r.ok for r in results), results
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT event_id, title, start_date, end_date, venue_city, region, partner_countries, "
                       "foreign_regions, file_name, n FROM events").fetchall()
    con.close()
    candidates = [Candidate(*r[:6], tuple(r[6]), tuple(r[7])) for r in rows]
    return candidates, {r[0]: (r[8], r[9]) for r in rows}


def jaccard_rule(candidates: list[Candidate], threshold: float = 0.5) -> list[tuple[str, str]]:
    """The rule before December 2026, kept here as the baseline: dates overlap and the Jaccard of the
    title words ≥ 0.5, lowered by 0.2 for the same venue city and by 0.1 for the same dates."""
    words = {c.event_id: set(title_words(c.title)) for c in candidates}
    out = []
    for i, a in enumerate(candidates):
        for b in candidates[i + 1:]:
            if not (a.start_date and b.start_date and a.start_date <= (b.end_date or b.start_date)
                    and b.start_date <= (a.end_date or a.start_date)):
                continue
            union = words[a.event_id] | words[b.event_id]
            if not union:
                continue
            score = len(words[a.event_id] & words[b.event_id]) / len(union)
            same_venue = bool(a.venue_city) and a.venue_city == b.venue_city
            same_dates = (a.start_date, a.end_date) == (b.start_date, b.end_date)
            if score >= threshold - (0.2 if same_venue else 0) - (0.1 if same_dates else 0):
                out.append((a.event_id, b.event_id))
    return out


def new_rule(ratio: Callable[[str, str], float]) -> Callable[[list[Candidate]], list[tuple[str, str]]]:
    return lambda candidates: [(p.first, p.second) for p in find_duplicates(candidates, ratio)]


RULES: dict[str, Callable[[list[Candidate]], Iterable[tuple[str, str]]]] = {
    "old: Jaccard of title words (−0.2 venue, −0.1 dates)": jaccard_rule,
    "new: etl/duplicates.py (token-set ratio)": new_rule(fuzz.token_set_ratio),
    "new rule with token-sort ratio instead": new_rule(fuzz.token_sort_ratio),
    "new rule with partial token-set ratio instead": new_rule(fuzz.partial_token_set_ratio),
}


def score(proposed: set[Pair], labels: dict[Pair, dict], source: str | None = None) -> dict:
    """Precision over the labelled pairs proposed; recall over the labelled duplicates."""
    chosen = {k: v for k, v in labels.items() if source is None or v["source"] == source}
    duplicates = {k for k, v in chosen.items() if v["duplicate"]}
    judged = proposed & set(chosen)
    hits = judged & duplicates
    return {"proposed": len(judged), "true": len(hits), "false": len(judged - duplicates),
            "missed": len(duplicates - proposed),
            "precision": len(hits) / len(judged) if judged else float("nan"),
            "recall": len(hits) / len(duplicates) if duplicates else float("nan")}


def main() -> None:
    labels = labelled_pairs()
    with tempfile.TemporaryDirectory() as tmp:
        candidates, keys = load_events(Path(tmp) / "labelled.duckdb")
    n_dup = sum(v["duplicate"] for v in labels.values())
    print(f"{len(labels)} labelled pairs ({n_dup} duplicates, {len(labels) - n_dup} not; "
          f"{sum(v['source'] == 'real' for v in labels.values())} within the real sample), "
          f"{len(candidates)} events in {len(REPORTS)} reports  [{date.today()}]\n")
    print(f"{'rule':56} {'proposed':>8} {'true':>5} {'false':>5} {'missed':>6} {'precision':>9} {'recall':>7}"
          f"   {'real sample: false':>18}")
    unlabelled: dict[str, list[Pair]] = {}
    for name, rule in RULES.items():
        proposed = {frozenset((keys[a], keys[b])) for a, b in rule(candidates)}
        s, real = score(proposed, labels), score(proposed, labels, "real")
        print(f"{name:56} {s['proposed']:8} {s['true']:5} {s['false']:5} {s['missed']:6} "
              f"{s['precision']:9.3f} {s['recall']:7.3f}   {real['false']:18}")
        unlabelled[name] = sorted(proposed - set(labels), key=sorted)
    for name, pairs in unlabelled.items():
        for pair in pairs:
            print(f"  not labelled, proposed by «{name}»: {sorted(pair)}")
    print("\nThe new rule's mistakes:")
    proposed = {frozenset((keys[a], keys[b])) for a, b in RULES["new: etl/duplicates.py (token-set ratio)"](candidates)}
    for pair, label in labels.items():
        if (pair in proposed) != label["duplicate"]:
            kind = "proposed, not a duplicate" if pair in proposed else "missed duplicate"
            print(f"  {kind}: «{label['first']['title']}» ~ «{label['second']['title']}» — {label['reason']}")


if __name__ == "__main__":
    main()
