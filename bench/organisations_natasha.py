"""What natasha's ORG spans would add to the organisation rules (issue 13 asks to measure it).

Runs natasha 1.6 (NER + normalisation) over every cell of the real sample and scores, against the
hand-made gold list (bench/score_organisations.py): natasha alone, the rules alone (etl/
organisations.py) and the rules plus natasha's spans that no rule found; with CPU milliseconds per
event for each. natasha is a dev requirement only; the ETL does not import it.
Run: .venv/bin/python bench/organisations_natasha.py
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.score_organisations import GOLD, REPORT, normalise_name, organisations_from_contract, score  # noqa: E402

CELLS = ("title", "venue", "content", "participants")


def natasha_organisations(report) -> tuple[dict[int, list[dict]], float]:
    """Event number → [{name}] from natasha's ORG spans (normalised), and CPU seconds spent."""
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    segmenter, vocab, embedding = Segmenter(), MorphVocab(), NewsEmbedding()
    ner, tagger = NewsNERTagger(embedding), NewsMorphTagger(embedding)
    started = time.process_time()
    out: dict[int, list[dict]] = {}
    for event in report.events:
        found: dict[str, dict] = {}
        for cell in CELLS:
            text = event.raw.get(cell) or ""
            if not text.strip():
                continue
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_morph(tagger)
            doc.tag_ner(ner)
            for span in doc.spans:
                if span.type != "ORG":
                    continue
                span.normalize(vocab)
                name = span.normal or span.text
                found.setdefault(normalise_name(name), {"name": name, "kind": None, "country": None,
                                                        "role": "participant"})
        out[event.n] = list(found.values())
    return out, time.process_time() - started


def main() -> int:
    from etl.normalize import build_report, report_contract
    from etl.read import read_file

    gold = json.loads(Path(GOLD).read_text(encoding="utf-8"))
    events = [int(n) for n in gold["events"]]
    started = time.process_time()
    report = build_report(read_file(Path(REPORT)))
    rules_seconds = time.process_time() - started
    rules = organisations_from_contract(json.loads(json.dumps(report_contract(report), ensure_ascii=False)))
    natasha, natasha_seconds = natasha_organisations(report)
    union = {}
    for n in events:
        mine = {normalise_name(o["name"]) for o in rules.get(n, [])}
        union[n] = rules.get(n, []) + [o for o in natasha.get(n, []) if normalise_name(o["name"]) not in mine]
    per_event = 1000 / len(report.events)
    print(f"Gold: {len(events)} events of {Path(REPORT).name}")
    print(f"  {'extractor':28} {'precision':>9} {'recall':>7} {'extracted':>9}  CPU ms / event")
    for label, found, ms in (("rules (etl/organisations.py)", rules, rules_seconds * per_event),
                             ("natasha ORG spans alone", natasha, natasha_seconds * per_event),
                             ("rules + natasha's extra", union, (rules_seconds + natasha_seconds) * per_event)):
        o = score(gold, found, events)["overall"]
        print(f"  {label:28} {o['precision']:9.3f} {o['recall']:7.3f} {o['extracted']:9}  {ms:8.1f}")
    print("  (rules: the whole parse of the report, every field; natasha: NER only, models loaded beforehand)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
