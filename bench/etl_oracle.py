"""Byte-for-byte oracle for speeding up the parser: results must not change.

`write DIR` parses a fixed set of inputs with the current code and stores everything the parser
produces (every field of every Event, officials with role/surface/case, the search column, every
Issue) as JSON, one file per input, plus the per-field parsers (and the organisations step, in
each cell of an event) run on a corpus of cell texts (every
cell of the inputs and every Cyrillic string literal of the tests, frozen into DIR at write time so
later tests do not move the corpus). `check DIR` parses the same inputs again and reports each file
whose bytes differ, with the first differing lines. Exit code 1 on any difference.

    .venv/bin/python bench/etl_oracle.py write /tmp/etlspeed_oracle     # before optimising
    .venv/bin/python bench/etl_oracle.py check /tmp/etlspeed_oracle     # after each change
    .venv/bin/python bench/etl_oracle.py digests tests/fixtures/parser_digests.json   # a meant change

Inputs: the real sample (data/raw) and its encodings (cp1251, UTF-8 BOM, CRLF, UTF-16) and a .docx
of it; every fixture in tests/fixtures (all templates and encodings); the SYNTHETIC hostile .docx;
SYNTHETIC reports of etl/synth.py with several seeds, as .txt and .docx. Nothing is written to data/raw.
"""
from __future__ import annotations

import argparse
import ast
import dataclasses
import difflib
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SYNTH_SEEDS = (1, 2, 3)
SYNTH_PER_SEED = 20  # 60 SYNTHETIC reports; every third one as .docx


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, default=str) + "\n"


def report_inputs(synthetic: int = SYNTH_PER_SEED) -> list[tuple[str, bytes]]:
    """(file name, bytes) of every report the oracle parses, in a fixed order."""
    from etl.layout import grid_from_text
    from etl.synth import synthetic_regions, synthetic_report, to_docx, to_text
    from tests.docx_builder import grid_to_docx
    from tests.hostile_report import HOSTILE_FILE_NAME, hostile_docx

    items: list[tuple[str, bytes]] = []
    for path in sorted((ROOT / "data" / "raw").iterdir()):
        if path.is_file():
            items.append((path.name, path.read_bytes()))
    sample = (ROOT / "data" / "raw" / "smolensk_international_2024q4.txt").read_text(encoding="utf-8")
    items += [("sample.cp1251.txt", sample.encode("cp1251")),
              ("sample.bom.txt", sample.encode("utf-8-sig")),
              ("sample.crlf.txt", sample.replace("\n", "\r\n").encode("utf-8")),
              ("sample.utf16.txt", sample.encode("utf-16")),
              ("sample.docx", grid_to_docx(grid_from_text(sample))),
              (HOSTILE_FILE_NAME, hostile_docx())]
    for path in sorted((ROOT / "tests" / "fixtures").iterdir()):
        if path.suffix in (".txt", ".docx"):
            items.append((path.name, path.read_bytes()))
    regions = synthetic_regions()
    for seed in SYNTH_SEEDS:
        for i in range(synthetic):
            region = regions[(i * 7 + seed) % len(regions)]
            report = synthetic_report(region, 2016 + (i + seed) % 9, 1 + (i + seed) % 4, seed=seed)
            if i % 3 == 2:
                items.append((f"synthetic_s{seed}_{i:02d}.docx", to_docx(report)))
            else:
                items.append((f"synthetic_s{seed}_{i:02d}.txt", to_text(report).encode("utf-8")))
    return items


def report_record(name: str, data: bytes) -> dict:
    """Everything build_report gives for one file (or the ReportError it raises)."""
    from etl.errors import ReportError
    from etl.normalize import build_report
    from etl.read import read_bytes

    try:
        report = build_report(read_bytes(data, name))
    except ReportError as exc:
        return {"error": str(exc), "file": exc.file, "event": exc.event, "field": exc.field}
    record = dataclasses.asdict(report)
    record["sha256"] = "(hash of the bytes: .docx made here carry a timestamp)"
    return record


def _cells_of(items: list[tuple[str, bytes]]) -> list[str]:
    from etl.read import read_bytes

    cells: dict[str, None] = {}
    for name, data in items:
        try:
            grid = read_bytes(data, name).grid
        except Exception:  # noqa: BLE001 - a file that is not a report has no cells
            continue
        for row in grid.rows:
            for cell in row.cells:
                if cell.strip():
                    cells[cell] = None
    return list(cells)


def _test_literals() -> list[str]:
    found: dict[str, None] = {}
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and re.search("[А-Яа-яЁё]", node.value) and 4 <= len(node.value) <= 5000:
                found[node.value] = None
    return list(found)


def cell_corpus(items: list[tuple[str, bytes]]) -> list[str]:
    return list(dict.fromkeys(_cells_of(items) + _test_literals()))


def _safe(fn, *args, **kwargs):
    try:
        value = fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - an exception is a result too, and must not change
        return {"exception": f"{type(exc).__name__}: {exc}"}
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)
    if isinstance(value, (list, tuple)):
        return [_record_of(v) for v in value]
    return value


def _record_of(value):
    """A dataclass, or a country mention (geo.Mention, a named tuple since it was a dataclass), as
    its fields' dict, so that records written before the change still compare; anything else as it is."""
    from etl.geo import Mention

    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)
    return value._asdict() if isinstance(value, Mention) else value


def cell_record(text: str) -> dict:
    """Every per-field parser on one cell text."""
    from etl import attendance, classify, dates, geo, lemmas, officials, title

    home = title.home_of("Смоленская область").mentioned_in
    form = lemmas.matching_form(text)
    return {
        "text": text,
        "matching_form": form,
        "lemmatize": _safe(lemmas.lemmatize, form),
        "country_mentions": _safe(geo.country_mentions, form),
        "partner_countries": _safe(geo.partner_countries, [form]),
        "foreign_regions": _safe(geo.foreign_regions, [form]),
        "unnamed_foreign": _safe(geo.mentions_unnamed_foreign, [form]),
        "venue": _safe(geo.parse_venue, form),
        "counts": _safe(attendance.find_counts, form, home),
        "attendance": _safe(attendance.parse_attendance, form, home),
        "attendance_bare": _safe(attendance.parse_attendance, form, home, bare_numbers=True),
        "format": _safe(classify.classify_format, form, "", "", ""),
        "format_as_participants": _safe(classify.classify_format, "", "", "", form),
        "agreement": _safe(classify.classify_agreement, form),
        "event_type": _safe(classify.classify_event_type, form),
        "sector": _safe(classify.classify_sector, form),
        "officials": _safe(officials.find_officials, form),
        "dates": _safe(dates.parse_dates, form, default_year=2024),
        "title": _safe(title.parse_title, form),
        "note_number": _safe(title.note_number, form),
        "home": home(form),
    }


def produce(synthetic: int = SYNTH_PER_SEED, corpus: list[str] | None = None) -> dict[str, str]:
    """{relative file name: JSON text} for every input."""
    items = report_inputs(synthetic)
    files: dict[str, str] = {}
    for index, (name, data) in enumerate(items):
        files[f"reports/{index:03d}.json"] = _dump({"input": name, "report": report_record(name, data)})
    if corpus is None:
        corpus = cell_corpus(items)
    files["cells_input.json"] = _dump(corpus)
    chunk = 200
    for start in range(0, len(corpus), chunk):
        records = [cell_record(text) for text in corpus[start:start + chunk]]
        files[f"cells/{start // chunk:03d}.json"] = _dump(records)
        files[f"organisations/{start // chunk:03d}.json"] = _dump(
            [organisations_record(text) for text in corpus[start:start + chunk]])
    return files


def organisations_record(text: str) -> dict:
    """The organisations step on one cell text, standing in each cell of an event and under two
    reporting regions (one event abroad with partners and an agreement): every span and mention."""
    from etl.organisations import Context, find_in_text, find_organisations

    contexts = {"smolensk": Context("смоленский", "смоленск"),
                "tver_abroad": Context("тверской", "тверь", "BY", ("BY", "CN"), "verbal")}
    out: dict = {"text": text}
    for name, context in contexts.items():
        out[f"spans_{name}"] = _safe(find_in_text, text, context)
        for cell in ("title", "venue", "content", "participants"):
            out[f"{cell}_{name}"] = _safe(find_organisations, {cell: text}, context)
    return out


SMALL_SET = ("smolensk_international_2024q4.txt", "sample.cp1251.txt", "sample.docx",
             "synthetic_kaluga_2025q3_extra_column.txt", "synthetic_karelia_2025q1_heldout.docx",
             "synthetic_pskov_2025q2_count_column.cp1251.txt", "synthetic_tver_2025q4_heldout.txt",
             "synthetic_bryansk_2025q1_other_clerk.txt", "synthetic_s1_00.txt", "synthetic_s2_02.docx")


def digests() -> dict[str, str]:
    """SHA-256 of everything the parser gives for a small set of inputs (SMALL_SET, and the
    per-field parsers on every cell of the sample): what tests/etl/test_etl_oracle.py compares."""
    import hashlib

    items = [item for item in report_inputs(synthetic=3) if item[0] in SMALL_SET]
    out = {name: hashlib.sha256(_dump(report_record(name, data)).encode()).hexdigest() for name, data in items}
    cells = _cells_of(items[:1])
    out["cells of the sample"] = hashlib.sha256(_dump([cell_record(text) for text in cells]).encode()).hexdigest()
    return out


def write(out: Path, synthetic: int) -> int:
    started = time.process_time()
    files = produce(synthetic)
    for name, text in files.items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"oracle: {len(files)} files in {out} ({time.process_time() - started:.1f} CPU-s)")
    return 0


def check(out: Path, synthetic: int) -> int:
    started = time.process_time()
    corpus = json.loads((out / "cells_input.json").read_text(encoding="utf-8"))
    files = produce(synthetic, corpus)
    stored = {str(p.relative_to(out)) for p in out.rglob("*.json")}
    differing = 0
    for name in sorted(stored | set(files)):
        path = out / name
        expected = path.read_text(encoding="utf-8") if path.exists() else ""
        actual = files.get(name, "")
        if expected == actual:
            continue
        differing += 1
        print(f"DIFFERS: {name}")
        diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "oracle", "now", n=2, lineterm="")
        for line in list(diff)[:40]:
            print("   " + line)
    print(f"oracle: {len(files)} files compared, {differing} differ "
          f"({time.process_time() - started:.1f} CPU-s)")
    return 1 if differing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("write", "check", "digests"))
    parser.add_argument("dir", type=Path, help="oracle folder (write, check) or the digest file to write (digests)")
    parser.add_argument("--synthetic", type=int, default=SYNTH_PER_SEED, help="SYNTHETIC reports per seed")
    args = parser.parse_args(argv)
    if args.action == "digests":  # after a change of the parser's results that is meant
        args.dir.write_text(json.dumps(digests(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.dir}")
        return 0
    return (write if args.action == "write" else check)(args.dir, args.synthetic)


if __name__ == "__main__":
    sys.exit(main())
