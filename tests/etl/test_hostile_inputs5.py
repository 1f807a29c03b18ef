"""Red-team round 5 (docs/hostile-inputs.md rows 154–159): what a replacement report or a re-parse does to the
quarter it replaces and to the analysts' corrections and duplicate decisions. Every input is SYNTHETIC, cut or
edited from the real sample (data/raw is only read); none is stored in data/raw.

Before round 5 a report replaced by a smaller one (a draft, a copy cut short) removed the missing events from
the base with only «заменил ранее загруженный отчёт …» said, and a correction or duplicate decision whose event
was gone or whose text had changed was dropped at load with nothing said — only the Quality page showed it;
and two analysts saving edits at once lost rows (each save rewrote the file from what it had read).
Against main's code 20 of these 25 cases fail (the 4 saves-at-once ones in 3 runs of 3); the 5 that pass are guards (a replacement keeping every number,
a re-parse with every correction applied, damaged Word packages, a real .docx). A ZIP holding no office document
was called «файл Word повреждён … (KeyError)», even when named .xlsx.
"""
from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import duckdb
import pytest

from etl.cli import main
from etl.edits import add_correction

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = (ROOT / "data" / "raw" / "smolensk_international_2024q4.txt").read_text(encoding="utf-8")
REGION = "Смоленская область"


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(list(argv))
    return code, out.getvalue()


def _without(numbers: set[int]) -> str:
    """The SYNTHETIC sample with these events' rows taken out (each row runs from «\\tN. » to the next one)."""
    keep, dropping = [], False
    for line in SAMPLE.splitlines(True):
        match = re.match(r"\t(\d+)\. ", line)
        if match:
            dropping = int(match.group(1)) in numbers
        if not dropping:
            keep.append(line)
    return "".join(keep)


def _cut_after(n: int) -> str:
    """The SYNTHETIC sample cut before event n+1's row (a copy saved half-way)."""
    lines = SAMPLE.splitlines(True)
    cut = next(i for i, line in enumerate(lines) if re.match(rf"\t{n + 1}\. ", line))
    return "".join(lines[:cut])


def _edit_event(n: int) -> str:
    """The SYNTHETIC sample with event n's title cell changed (a line after its number)."""
    lines = SAMPLE.splitlines(True)
    at = next(i for i, line in enumerate(lines) if re.match(rf"\t{n}\. ", line))
    lines[at + 1] = lines[at + 1].rstrip("\n") + " (SYNTHETIC правка)\n"
    return "".join(lines)


@pytest.fixture()
def loaded(tmp_path):
    """The real sample loaded into a fresh base, with the edits folder beside it."""
    db, edits, raw = tmp_path / "b.duckdb", tmp_path / "edits", tmp_path / "in"
    edits.mkdir(), raw.mkdir()
    (raw / "r.txt").write_text(SAMPLE, encoding="utf-8")
    code, out = _run("--db", str(db), "--edits", str(edits), "load", str(raw / "r.txt"))
    assert code == 0, out
    return db, edits, raw / "r.txt"


def _correct(db: Path, edits: Path, n: int, field: str = "title", value: str = "ИСПРАВЛЕНО") -> None:
    with duckdb.connect(str(db), read_only=True) as con:
        (fp,) = con.execute("SELECT fingerprint FROM events WHERE n = ?", [n]).fetchone()
    add_correction(edits, region=REGION, year=2024, quarter=4, n=n, field_name=field, value=value,
                   fingerprint=fp, author="SYNTHETIC аналитик", reason="проба")


def _reload(db: Path, edits: Path, path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    code, out = _run("--db", str(db), "--edits", str(edits), "load", str(path))
    assert code == 0, out
    return out


@pytest.mark.parametrize("make, lost", [
    (lambda: _cut_after(50), "28 больше нет в базе: № 51–78"),
    (lambda: _cut_after(77), "1 больше нет в базе: № 78"),
    (lambda: _without({3, 4, 5, 40}), "4 больше нет в базе: № 3–5, 40"),
])
def test_a_smaller_replacement_names_the_events_it_removes(loaded, make, lost):
    db, edits, path = loaded
    out = _reload(db, edits, path, make())
    first = out.splitlines()[0]
    assert "заменён" in first and lost in first, first
    with duckdb.connect(str(db), read_only=True) as con:
        kept = con.execute("SELECT count(*) FROM events").fetchone()[0]
    assert f"в прежнем было 78 мероприятий, в новом {kept}" in first


def test_a_replacement_keeping_every_event_says_nothing_of_losses(loaded):
    db, edits, path = loaded
    out = _reload(db, edits, path, _edit_event(12))
    assert "заменён" in out and "больше нет в базе" not in out


def test_a_correction_whose_event_is_gone_is_named_at_load(loaded):
    db, edits, path = loaded
    _correct(db, edits, 78, value="ИСПРАВЛЕНО 78")
    _correct(db, edits, 60, field="venue_city", value="Гомель")
    _correct(db, edits, 10, value="ИСПРАВЛЕНО 10")
    out = _reload(db, edits, path, _cut_after(50))
    assert "[warning] № 78, title: исправление аналитика не применено: мероприятия с этим номером" in out
    assert "[warning] № 60, venue_city: исправление аналитика не применено" in out
    assert "№ 10, title: исправление" not in out  # applied: nothing to say
    with duckdb.connect(str(db), read_only=True) as con:
        stored = dict(con.execute("SELECT n, status FROM corrections").fetchall())
        warned = {n for (n,) in con.execute("SELECT n FROM parse_issues WHERE message LIKE "
                                             "'исправление аналитика не применено%'").fetchall()}
    assert stored == {78: "orphan", 60: "orphan", 10: "applied"}
    assert warned == {60, 78}


def test_a_correction_whose_event_text_changed_is_named_at_load(loaded):
    db, edits, path = loaded
    _correct(db, edits, 12, value="ИСПРАВЛЕНО 12")
    _correct(db, edits, 13, value="ИСПРАВЛЕНО 13")
    out = _reload(db, edits, path, _edit_event(12))
    assert "[warning] № 12, title: исправление аналитика не применено: текст мероприятия изменился" in out
    assert "№ 13, title: исправление" not in out


def test_a_reparse_with_every_correction_applied_warns_of_none(loaded):
    db, edits, _ = loaded
    _correct(db, edits, 5)
    code, out = _run("--db", str(db), "--edits", str(edits), "reparse")
    assert code == 0 and "исправление аналитика не применено" not in out


@pytest.mark.parametrize("numbers, shown", [
    ([51, 52, 53, 60], "№ 51–53, 60"), ([7], "№ 7"), ([3, 1, 2, 9, 10], "№ 1–3, 9–10"),
])
def test_lost_numbers_read_as_ranges(numbers, shown):
    from etl.load import events_gone, number_ranges

    assert number_ranges(numbers) == shown
    assert events_gone(set(numbers) | {100}, {100}).endswith(shown)
    assert events_gone({1, 2}, {1, 2, 3}) == ""


def _decide(db: Path, edits: Path, first: int, second: int, decision: str = "merge") -> None:
    from etl.edits import add_duplicate_decision, event_key

    with duckdb.connect(str(db), read_only=True) as con:
        prints = dict(con.execute("SELECT n, fingerprint FROM events WHERE n IN (?, ?)", [first, second]).fetchall())
    add_duplicate_decision(edits, first_key=event_key(REGION, 2024, 4, first, prints[first]),
                           second_key=event_key(REGION, 2024, 4, second, prints[second]),
                           decision=decision, author="SYNTHETIC аналитик", reason="проба")


@pytest.mark.parametrize("first, second, decision, text", [
    (10, 60, "merge", "«объединить» с № 60"),
    (70, 20, "keep", "«оставить раздельно» с № 70"),
])
def test_a_duplicate_decision_whose_event_is_gone_is_named_at_load(loaded, first, second, decision, text):
    db, edits, path = loaded
    _decide(db, edits, first, second, decision)
    _decide(db, edits, 2, 3)  # both kept by the cut copy: still applied, nothing said
    _run("--db", str(db), "--edits", str(edits), "load", str(path))
    out = _reload(db, edits, path, _cut_after(50))
    assert "решение о дубликатах " + text in out and "не применено" in out
    assert out.count("решение о дубликатах") == 1
    with duckdb.connect(str(db), read_only=True) as con:
        statuses = sorted(s for (s,) in con.execute("SELECT status FROM duplicate_decisions").fetchall())
        merged = con.execute("SELECT n FROM events WHERE duplicate_of IS NOT NULL").fetchall()
    assert statuses == ["applied", "stale"] and merged == [(3,)]


def test_a_duplicate_decision_whose_event_text_changed_is_named_at_reparse(loaded):
    db, edits, path = loaded
    _decide(db, edits, 12, 14)
    path.write_text(_edit_event(14), encoding="utf-8")
    code, out = _run("--db", str(db), "--edits", str(edits), "load", "--rebuild", str(path))
    assert code == 0, out
    assert "[warning] № 12, duplicate_of: решение о дубликатах «объединить» с № 14" in out


def _save_many(edits: str, who: str, kind: str) -> None:
    """One analyst's session saving 40 edits of one kind, as fast as it can (in its own process or thread)."""
    from etl.edits import add_correction, add_duplicate_decision, add_organisation_alias

    for i in range(40):
        if kind == "correction":
            add_correction(Path(edits), region=REGION, year=2024, quarter=4, n=i + 1, field_name="title",
                           value=f"{who} {i}", fingerprint="f", author=who, reason="SYNTHETIC")
        elif kind == "decision":
            add_duplicate_decision(Path(edits), first_key=f"{REGION}|2024|4|{i}|a", second_key=f"{who}|2024|4|{i}|b",
                                   decision="keep", author=who)
        else:
            add_organisation_alias(Path(edits), alias=f"ООО «{who} {i}»", name=f"ООО «Ромашка {i}»", author=who)


def _saved(edits: Path, kind: str) -> list:
    from etl.edits import read_edits

    read = read_edits(edits)
    return {"correction": read.corrections, "decision": read.duplicates, "alias": read.aliases}[kind]


@pytest.mark.parametrize("kind", ["correction", "decision", "alias"])
def test_analysts_saving_at_once_in_several_processes_keep_every_edit(tmp_path, kind):
    import multiprocessing

    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_save_many, args=(str(tmp_path), who, kind)) for who in ("Анна", "Борис", "Вера")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    assert len(_saved(tmp_path, kind)) == 120


def test_analysts_saving_at_once_in_several_sessions_of_one_server_keep_every_edit(tmp_path):
    import threading

    threads = [threading.Thread(target=_save_many, args=(str(tmp_path), who, "correction"))
               for who in ("Анна", "Борис", "Вера", "Глеб")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    saved = _saved(tmp_path, "correction")
    assert len(saved) == 160 and len({c.value for c in saved}) == 160


def _zip(members: dict[str, bytes | str]) -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("name, members, inside", [
    ("отчёт.docx", {"readme.txt": "SYNTHETIC"}, "(в нём: «readme.txt»)"),
    ("отчёт.xlsx", {"отчёт_4кв.docx": b"PK SYNTHETIC"}, "(в нём: «отчёт_4кв.docx»)"),
    ("report.odt", {f"scan_{i}.jpg": b"SYNTHETIC" for i in range(5)},
     "(в нём: «scan_0.jpg», «scan_1.jpg», «scan_2.jpg» и ещё 2)"),
    ("архив.docx", {"папка/": "", "папка/<b>жирный</b>.txt": "SYNTHETIC"}, "(в нём: «папка/<b>жирный</b>.txt»)"),
    ("пустой.docx", {"папка/": ""}, "(пустой)"),
])
def test_a_zip_holding_no_office_document_is_named_an_archive(tmp_path, name, members, inside):
    path = tmp_path / name
    path.write_bytes(_zip(members))
    code, out = _run("check", str(path))
    assert code == 2
    assert f"файл {name}: это ZIP-архив, а не документ Word, Excel или OpenDocument {inside}; распакуйте его" in out
    assert "KeyError" not in out and "повреждён" not in out


@pytest.mark.parametrize("members, message", [
    ({"word/document.xml": "<w:document/>"}, "файл Word повреждён или это не .docx"),  # a damaged Word package
    ({"[Content_Types].xml": "<Types/>", "_rels/.rels": "<x"}, "файл Word повреждён или это не .docx"),
])
def test_a_damaged_office_package_keeps_its_own_message(tmp_path, members, message):
    path = tmp_path / "сломан.docx"
    path.write_bytes(_zip(members))
    code, out = _run("check", str(path))
    assert code == 2 and message in out and "ZIP-архив" not in out


def test_a_real_docx_is_no_archive(tmp_path):
    from zip_bombs import sample_docx

    path = tmp_path / "SYNTHETIC_отчёт.docx"
    path.write_bytes(sample_docx(SAMPLE))
    code, out = _run("check", str(path))
    assert code == 0 and "ZIP-архив" not in out, out
