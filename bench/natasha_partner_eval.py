"""Partner countries by natasha NER (LOC spans → our gazetteer) vs the parser's own rules, on the SYNTHETIC
fixtures. natasha is not a dependency; install it aside to run this:

    .venv/bin/python -m pip install --target /tmp/nat natasha==1.6.0
    NATASHA_PATH=/tmp/nat .venv/bin/python bench/natasha_partner_eval.py
"""
import json, sys, time
import os
sys.path.append(os.environ.get("NATASHA_PATH", "/tmp/nat"))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from natasha import Segmenter, MorphVocab, NewsEmbedding, NewsNERTagger, Doc
from etl.geo import country_mentions, HOME_COUNTRY, region_countries, foreign_regions
from etl.normalize import build_report
from etl.read import read_file
from bench.score_fixtures import expected_answers, FIXTURES

t = time.perf_counter()
seg, vocab, emb = Segmenter(), MorphVocab(), NewsEmbedding()
ner = NewsNERTagger(emb)
print(f"load {time.perf_counter()-t:.2f} s")
tp = fp = fn = 0
tp2 = fp2 = fn2 = 0
cells = 0; spent = 0.0
for name, answer in expected_answers().items():
    report = build_report(read_file(FIXTURES / name))
    for event in report.events:
        want = set(answer["events"][str(event.n)]["partner_countries"])
        found = set()
        for role in ("title", "venue", "content", "participants"):
            text = event.raw.get(role, "")
            if not text.strip():
                continue
            t = time.perf_counter()
            doc = Doc(text); doc.segment(seg); doc.tag_ner(ner)
            for span in doc.spans:
                span.normalize(vocab)
            spent += time.perf_counter() - t; cells += 1
            for span in doc.spans:
                if span.type != "LOC":
                    continue
                codes = {m.code for m in country_mentions(span.normal or span.text)}
                codes |= set(region_countries(foreign_regions([span.normal or span.text])))
                found |= codes - {HOME_COUNTRY}
        got = set(event.partner_countries)
        tp += len(found & want); fp += len(found - want); fn += len(want - found)
        tp2 += len(got & want); fp2 += len(got - want); fn2 += len(want - got)
f1 = lambda a, b, c: 2 * a / (2 * a + b + c)
print(f"natasha LOC → gazetteer: F1 {f1(tp, fp, fn):.2f} (tp {tp}, fp {fp}, fn {fn}); {1000*spent/cells:.1f} ms/cell over {cells} cells")
print(f"parser's own rules:      F1 {f1(tp2, fp2, fn2):.2f} (tp {tp2}, fp {fp2}, fn {fn2})")
