"""Precision and recall of the organisations extractor against the hand-made gold list.

The gold list (tests/fixtures/organisations_gold.json) was written by reading the real sample
report event by event, without running the extractor; its first 30 events are the development set,
the rest are held out. The extractor's output is the JSON contract of
`python -m etl parse data/raw/smolensk_international_2024q4.txt --json`, whose events carry
`"organisations": [{"name", "country", "kind", "role"}]`.

An extracted organisation matches a gold one of the same event when its normalised name equals the
gold name or one of its aliases normalised the same way («ОАО «МАЗ»» ~ alias «ОАО «МАЗ»» ~ name
«Минский автомобильный завод»); each gold entry matches at most once. Doubtful gold entries are
removed from both sides: an extracted name that matches only a doubtful entry is neither right nor
wrong. Per-kind precision uses the extracted kind, per-kind recall the gold kind.
Prints figures; asserts nothing (the threshold test lives with the extractor's tests).
Run: .venv/bin/python bench/score_organisations.py [--events dev|heldout|all] [--json] [--errors]
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "organisations_gold.json"
REPORT = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"

KINDS = ("executive", "legislature", "education", "culture", "enterprise", "association",
         "diplomatic", "international", "other")
ATTRIBUTES = ("country", "kind", "role")
EVENT_SETS = ("dev", "heldout", "all")

# Abbreviated legal forms as Russian and Belarusian reports write them, before or inside a name.
# Matched case-sensitively in upper case, so the prepositions «во», «до» in a name are kept.
LEGAL_FORMS = frozenset("""
    ООО ОАО ЗАО АО ПАО НАО ОДО СООО ИООО ЧУП ЧТУП УП РУП РУПП КУП КУПП УКПП ГП ГУП МУП ФГУП ИП
    УО ГУО ГУ ГУК ГУДО ГБУ ГБУК ГАУ ГБОУ ГКУ ОБУК ОГУ ОГБУ ОГБУК ОГБОУ ОГБПОУ ОГАУ ОГКУ ОГБУЗ
    СОГБУ СОГБУК СОГАУ СОГКУ ФГБУ ФГБУК ФГБОУ ФГАОУ ФГКУ МБУ МБУК МБОУ МАУ МАУК МКУ МБУДО
    ВО ДО ДПО АНО НКО НО МОО ОО ООД
""".split())
QUOTES_AND_PUNCTUATION = re.compile(r"[«»\"„“”‘’'`.,;:!?()\[\]{}/\\|–—‐‑-]+")


def normalise_name(name: str) -> str:
    """The form two names are compared in: «ОАО\u00a0«Минский автомобильный завод»» → «минский автомобильный
    завод». Quotes and punctuation become spaces (so «Историко-\\nархитектурного» = «Историко-архитектурного»),
    upper-case legal-form abbreviations are dropped, ё → е, case folded, spaces collapsed."""
    words = QUOTES_AND_PUNCTUATION.sub(" ", name).split()
    kept = [w for w in words if w not in LEGAL_FORMS]
    return " ".join(kept).casefold().replace("ё", "е")


def _spellings(entry: dict) -> set[str]:
    return {normalise_name(entry["name"])} | {normalise_name(a) for a in entry.get("aliases", ())}


def _match(extracted: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """The largest one-to-one set of (extracted index, gold index) pairs whose names agree
    (augmenting paths; an event has a few dozen names at most)."""
    names = [normalise_name(e["name"]) for e in extracted]
    spellings = [_spellings(g) for g in gold]
    candidates = [[j for j, s in enumerate(spellings) if names[i] in s] for i in range(len(extracted))]
    owner: dict[int, int] = {}

    def place(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or place(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(extracted)):
        place(i, set())
    return sorted((i, j) for j, i in owner.items())


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def score(gold: dict, extracted: dict[int, list[dict]], events: list[int]) -> dict:
    """Counts, precision and recall over `events`, overall and per kind, plus how often country,
    kind and role agree among the matches. `gold` is the gold document, `extracted` maps an event
    number to the extractor's organisations (a missing event counts as none found).
    An event the gold list leaves unlabelled cannot be scored: ValueError."""
    unlabelled = [n for n in events if str(n) not in gold["events"]]
    if unlabelled:
        raise ValueError(f"events not in the gold list: {unlabelled}")
    gold_kinds, extracted_kinds = Counter(), Counter()
    matched_by_gold_kind, matched_by_extracted_kind = Counter(), Counter()
    agree, compared = Counter(), Counter()
    misses, false_positives, disagreements, ignored = [], [], [], 0
    for n in events:
        entries = gold["events"][str(n)]
        sure = [g for g in entries if not g.get("doubtful")]
        doubtful_names = set().union(*(_spellings(g) for g in entries if g.get("doubtful")))
        found = list(extracted.get(n, ()))
        pairs = _match(found, sure)
        matched_found = {i for i, _ in pairs}
        matched_gold = {j for _, j in pairs}
        unmatched = [e for i, e in enumerate(found) if i not in matched_found]
        ignored_here = [e for e in unmatched if normalise_name(e["name"]) in doubtful_names]
        ignored += len(ignored_here)
        counted = [e for i, e in enumerate(found) if i in matched_found] + \
                  [e for e in unmatched if normalise_name(e["name"]) not in doubtful_names]
        gold_kinds.update(g["kind"] for g in sure)
        extracted_kinds.update(e.get("kind") for e in counted)
        for i, j in pairs:
            e, g = found[i], sure[j]
            matched_by_gold_kind[g["kind"]] += 1
            matched_by_extracted_kind[e.get("kind")] += 1
            for attribute in ATTRIBUTES:
                if attribute == "country" and g["country"] is None and g["kind"] != "international":
                    continue        # the text does not say; only an international body's null is an answer
                compared[attribute] += 1
                agree[attribute] += e.get(attribute) == g[attribute]
                if e.get(attribute) != g[attribute]:
                    disagreements.append({"event": n, "name": g["name"], "attribute": attribute,
                                          "gold": g[attribute], "extracted": e.get(attribute)})
        misses += [{"event": n, **g} for j, g in enumerate(sure) if j not in matched_gold]
        false_positives += [{"event": n, **e} for e in unmatched if normalise_name(e["name"]) not in doubtful_names]
    total_gold, total_extracted = sum(gold_kinds.values()), sum(extracted_kinds.values())
    matches = sum(matched_by_gold_kind.values())
    by_kind = {}
    for kind in (*KINDS, *sorted(k for k in set(gold_kinds) | set(extracted_kinds) if k not in KINDS)):
        if gold_kinds[kind] or extracted_kinds[kind]:
            by_kind[str(kind)] = {
                "gold": gold_kinds[kind], "extracted": extracted_kinds[kind],
                "matched_gold": matched_by_gold_kind[kind], "matched_extracted": matched_by_extracted_kind[kind],
                "precision": _ratio(matched_by_extracted_kind[kind], extracted_kinds[kind]),
                "recall": _ratio(matched_by_gold_kind[kind], gold_kinds[kind])}
    return {"events": list(events),
            "overall": {"gold": total_gold, "extracted": total_extracted, "matches": matches,
                        "precision": _ratio(matches, total_extracted), "recall": _ratio(matches, total_gold),
                        "ignored_as_doubtful": ignored},
            "by_kind": by_kind,
            "agreement": {a: {"agree": agree[a], "compared": compared[a], "rate": _ratio(agree[a], compared[a])}
                          for a in ATTRIBUTES},
            "misses": misses, "false_positives": false_positives, "disagreements": disagreements}


def event_sets(gold: dict) -> dict[str, list[int]]:
    """dev = the first 30 labelled events, heldout = the other labelled ones, all = both, in labelling order."""
    order = [int(n) for n in gold["order"]]
    dev = [int(n) for n in gold["dev"]]
    return {"dev": dev, "heldout": [n for n in order if n not in dev], "all": order}


def organisations_from_contract(contract: dict) -> dict[int, list[dict]] | None:
    """Event number → organisations from the parse JSON contract; None when no event carries the
    `organisations` field (the extractor is not there yet)."""
    events = contract.get("events", [])
    if not any("organisations" in e for e in events):
        return None
    return {int(e["n"]): list(e.get("organisations") or []) for e in events}


def parse_contract() -> dict:
    out = subprocess.run([sys.executable, "-m", "etl", "parse", str(REPORT), "--json"], cwd=ROOT,
                         capture_output=True, text=True, encoding="utf-8")
    if out.returncode != 0:
        raise SystemExit(f"python -m etl parse failed ({out.returncode}):\n{out.stderr}")
    return json.loads(out.stdout)


def _figure(x: float | None) -> str:
    return "    –" if x is None else f"{x:5.3f}"


def _print_set(name: str, result: dict) -> None:
    o = result["overall"]
    print(f"\n{name}: {len(result['events'])} events")
    print(f"  {'kind':14} {'gold':>5} {'extracted':>9} {'matched':>7} {'precision':>9} {'recall':>7}")
    for kind, k in result["by_kind"].items():
        print(f"  {kind:14} {k['gold']:5} {k['extracted']:9} {k['matched_gold']:7} "
              f"{_figure(k['precision']):>9} {_figure(k['recall']):>7}")
    print(f"  {'all':14} {o['gold']:5} {o['extracted']:9} {o['matches']:7} "
          f"{_figure(o['precision']):>9} {_figure(o['recall']):>7}"
          f"   ({o['ignored_as_doubtful']} extracted names matched only doubtful entries: not counted)")
    agreement = ", ".join(f"{a} {_figure(v['rate']).strip()} ({v['agree']}/{v['compared']})"
                          for a, v in result["agreement"].items())
    print(f"  among matches: {agreement}")


def _print_errors(result: dict) -> None:
    for m in result["misses"]:
        print(f"  missed   #{m['event']:<3} {m['kind']:13} «{m['name']}»")
    for f in result["false_positives"]:
        print(f"  extra    #{f['event']:<3} {str(f.get('kind')):13} «{f['name']}»")
    for d in result["disagreements"]:
        print(f"  {d['attribute']:8} #{d['event']:<3} gold {str(d['gold']):11} extracted {str(d['extracted']):11}"
              f" «{d['name']}»")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", choices=EVENT_SETS, help="one set only (default: dev, heldout and all)")
    parser.add_argument("--json", action="store_true", help="the figures as JSON, one object per set")
    parser.add_argument("--errors", action="store_true",
                        help="list misses and extra names of the dev set (never of the held-out set)")
    parser.add_argument("--extracted", type=Path, help="a saved parse --json contract instead of running the parser")
    parser.add_argument("--gold", type=Path, default=GOLD, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    gold = json.loads(args.gold.read_text("utf-8"))
    contract = json.loads(args.extracted.read_text("utf-8")) if args.extracted else parse_contract()
    extracted = organisations_from_contract(contract)
    if extracted is None:
        print("The extractor is not there yet: no event of the parse JSON has an «organisations» field.",
              file=sys.stderr)
        return 2
    sets = event_sets(gold)
    chosen = [args.events] if args.events else list(EVENT_SETS)
    results = {name: score(gold, extracted, sets[name]) for name in chosen}
    if args.json:
        figures = {name: {k: v for k, v in r.items() if k not in ("misses", "false_positives")}
                   for name, r in results.items()}
        json.dump(figures, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    labelled = sum(len(gold["events"][str(n)]) for n in sets["all"])
    doubtful = sum(g.get("doubtful", False) for n in sets["all"] for g in gold["events"][str(n)])
    print(f"Gold: {len(sets['all'])} events, {labelled} organisations ({doubtful} doubtful, not scored); "
          f"dev {len(sets['dev'])} events, held out {len(sets['heldout'])}")
    for name, result in results.items():
        _print_set(name, result)
    if args.errors:
        print("\nDev-set errors:")
        _print_errors(score(gold, extracted, sets["dev"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
