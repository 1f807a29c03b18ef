"""Red team, round 9 (docs/hostile-inputs.md rows 209–): Word as saved and bad input, the paths where a quarter was
lost. Every input is SYNTHETIC: the real sample (data/raw is only read) with SYNTHETIC tables, sheets or edits beside
it, built in memory or under pytest's tmp_path; none is stored in data/raw.
"""
from __future__ import annotations

import contextlib
import io
import re

import duckdb
import pytest

from etl.cli import main
from etl.normalize import build_report
from etl.read import read_bytes
from test_hostile_inputs7 import HEADER, SAMPLE, _book, _sample_rows
from test_hostile_inputs9 import PLANS, PLAN_ROWS, SUMMARIES, SUMMARY_TITLE

P = pytest.param


def _report(data: bytes, name: str):
    return build_report(read_bytes(data, name))


def _fields(report):
    return [(e.n, e.title, e.start_date, e.end_date, e.venue_city, e.attendance_total, e.sector) for e in report.events]


_PLAIN = None


def _plain_fields():
    global _PLAIN
    if _PLAIN is None:
        _PLAIN = _fields(_report(SAMPLE.encode("utf-8"), "SYNTHETIC.txt"))
    return _PLAIN


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(list(argv))
    return code, out.getvalue()


# --- 1. a text dump with a plan or a numbered summary beside the report -------------------------------------------

def _dump_cells(rows) -> str:
    """A Word table's text dump: every cell on a line of its own after a TAB, as the sample is."""
    return "".join(f"\t{cell}\n" for row in rows for cell in row)


def _dump_side(title: str, rows) -> str:
    return f"{title}\n\n{_dump_cells([HEADER] + rows)}\n"


DUMP_SIDES = {
    "plan_before": lambda: _dump_side(PLANS["plan_named"], PLAN_ROWS) + SAMPLE,
    "planned_before": lambda: _dump_side(PLANS["planned"], PLAN_ROWS) + SAMPLE,
    "plan_for_year_before": lambda: _dump_side(PLANS["for_the_year"], PLAN_ROWS) + SAMPLE,
    "plan_ahead_before": lambda: _dump_side(PLANS["ahead_no_plan_word"], PLAN_ROWS) + SAMPLE,
    "figures_before": lambda: _dump_side(SUMMARY_TITLE, SUMMARIES["figures"]) + SAMPLE,
    "by_sector_before": lambda: _dump_side("Итоги квартала (SYNTHETIC)", SUMMARIES["by_sector"]) + SAMPLE,
    "plan_after": lambda: SAMPLE + "\n" + _dump_side(PLANS["plan_named"], PLAN_ROWS),
    "planned_after_crlf": lambda: (SAMPLE + "\n" + _dump_side(PLANS["planned"], PLAN_ROWS)).replace("\n", "\r\n"),
}


@pytest.mark.parametrize("case", sorted(DUMP_SIDES))
def test_a_plan_or_summary_beside_a_text_dumps_report_is_set_aside(case):
    """Before: a plan first was read as the report (the file loaded as «I кв. 2025» with the plan's 3 events, the 78
    set aside with a warning); a summary first made the file refused («в заголовке не найден регион»); a plan after
    was read on as the next sector («номер мероприятия 1 повторяется»). Now, as in a .docx, the side table is passed
    over with an info and the report's 78 events load, every field as the plain dump's."""
    report = _report(DUMP_SIDES[case]().encode("utf-8"), f"SYNTHETIC {case}.txt")
    assert (report.year, report.quarter) == (2024, 4)
    assert _fields(report) == _plain_fields()
    assert any(("это план" in i.message or "это сводка" in i.message) and i.severity == "info"
               and "таблица" in i.message for i in report.issues)


def test_a_plan_before_a_dump_through_load_stores_the_quarter(tmp_path):
    """Through `python -m etl load`: the report's quarter is stored with its 78 events, not the plan's."""
    db = tmp_path / "model.duckdb"
    dump = tmp_path / "SYNTHETIC план и отчёт.txt"
    dump.write_text(DUMP_SIDES["plan_before"](), encoding="utf-8")
    code, out = _run("--db", str(db), "load", "--no-spare", str(dump))
    assert code == 0, out
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT year, quarter FROM reports").fetchall() == [(2024, 4)]
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 78


def _with_header_before_each_sector(text: str) -> str:
    """The sample dump with its header typed again above every sector heading after the first (a table per sector)."""
    lines = text.split("\n")
    header_at = next(i for i, line in enumerate(lines) if line.startswith("\t№"))
    first_sector = next(i for i, line in enumerate(lines) if line.startswith("\tСотрудничество в сфере"))
    header = lines[header_at:first_sector]
    out: list[str] = []
    for i, line in enumerate(lines):
        if i > first_sector and line.startswith("\tСотрудничество в сфере"):
            out.extend(["", *header])
        out.append(line)
    return "\n".join(out)


def test_a_text_dump_table_per_sector_is_never_a_side_table():
    """Must not fire: the header typed again over each sector (the second sector holds one event) reads as before."""
    text = _with_header_before_each_sector(SAMPLE)
    assert text.count("\t№ п/п") >= 10
    report = _report(text.encode("utf-8"), "SYNTHETIC по таблице на сферу.txt")
    assert len(report.events) == 78
    assert not any("пропущена" in i.message for i in report.issues)


def test_a_short_first_table_without_dates_or_places_but_with_content_is_no_summary():
    """Must not fire: a report's first table (one sector, its dates and places left empty, its content told) before
    the rest under a header of its own is the report's, not a summary — its events load."""
    rows = [["1.", "Встреча с делегацией провинции Хэйлунцзян (SYNTHETIC)", "", "", "Обсуждены вопросы поставок льна",
             "10 человек"],
            ["2.", "Переговоры с торговым представительством Беларуси (SYNTHETIC)", "", "", "Согласован план визитов",
             "5 человек"]]
    lines = [re.sub(r"^\t(\d+)\.(\s*)$", lambda m: f"\t{int(m.group(1)) + 2}.{m.group(2)}", line)
             for line in SAMPLE.split("\n")]  # the sample's events numbered on after the two
    header_at = next(i for i, line in enumerate(lines) if line.startswith("\t№"))
    title = "\n".join(lines[:header_at])
    text = title + "\n" + _dump_cells([HEADER, ["Сотрудничество в сфере торговли (SYNTHETIC)"]] + rows) + "\n" \
        + "\n".join(lines[header_at:])
    report = _report(text.encode("utf-8"), "SYNTHETIC короткая первая таблица.txt")
    assert not any("пропущена" in i.message for i in report.issues)
    assert [e.title for e in report.events][:2] == [r[1] for r in rows]
    assert len(report.events) == 80


def test_a_lone_plan_or_a_summary_after_reads_as_before():
    """Must not fire: a dump of only a plan is read as before (the rule chooses between tables), and a numbered
    summary after the report stays the report's notes (row 208), not set aside."""
    lone = _report(_dump_side(PLANS["plan_named"], PLAN_ROWS).encode("utf-8"), "SYNTHETIC только план.txt")
    assert not any("пропущена" in i.message for i in lone.issues)
    after = _report((SAMPLE + "\n" + _dump_side(SUMMARY_TITLE, SUMMARIES["figures"])).encode("utf-8"),
                    "SYNTHETIC сводка после.txt")
    assert _fields(after) == _plain_fields()
    assert not any("пропущена" in i.message for i in after.issues)
    assert any("Подписано соглашений" in note.text for note in after.notes)


# --- 2. an .xlsx holding the same region's report of another quarter on another sheet -----------------------------

def _other_quarter_rows(year: int, quarter: int, how_many: int = 10, with_title: bool = True):
    """SYNTHETIC: the sample's first events retitled, under a title of the same region for another period."""
    roman = {1: "I", 2: "II", 3: "III", 4: "IV"}[quarter]
    title = [[f"Отчет о мероприятиях в международной сфере Смоленской области в {roman} квартале {year} года "
              "(SYNTHETIC)"]] if with_title else []
    events = [r for r in _sample_rows() if len(r) > 3 and str(r[0]).strip().rstrip(".").isdigit()][:how_many]
    return title + [HEADER] + [[r[0], "Прошлый квартал (SYNTHETIC) " + r[1]] + list(r[2:]) for r in events]


@pytest.mark.parametrize("year, quarter", [(2024, 3), (2025, 1), (2023, 4)])
@pytest.mark.parametrize("order", ["report_first", "other_first"])
def test_the_same_regions_other_quarter_on_a_sheet_is_refused_saying_what_to_do(year, quarter, order):
    """Before: the first sheet loaded and the other quarter's sheet was named in a warning only — that quarter never
    reached the model (one report per file). Now the book is refused, both sheets and their quarters named, with
    what to do (save each sheet as its own book)."""
    sheets = [("Отчёт", _sample_rows()), ("Другой квартал", _other_quarter_rows(year, quarter))]
    with pytest.raises(Exception) as refused:
        _report(_book(sheets if order == "report_first" else sheets[::-1]), "SYNTHETIC два квартала.xlsx")
    message = refused.value.message
    roman = {1: "I", 3: "III", 4: "IV"}[quarter]
    assert "в книге Excel отчёты двух кварталов" in message
    assert f"— Смоленская область, {roman} кв. {year}" in message and "IV кв. 2024" in message
    assert "«Переместить или скопировать…»" in message


@pytest.mark.parametrize("sheet_name", ["III квартал 2024", "3 кв. 2024"])
def test_a_sheet_named_for_another_quarter_with_no_title_is_refused_too(sheet_name):
    """A later sheet with no title rows, its quarter said by its tab's name only, is that quarter's report."""
    with pytest.raises(Exception, match="отчёты двух кварталов") as refused:
        _report(_book([("Отчёт", _sample_rows()), (sheet_name, _other_quarter_rows(2024, 3, with_title=False))]),
                "SYNTHETIC без заголовка.xlsx")
    assert f"лист «{sheet_name}» — Смоленская область, III кв. 2024" in refused.value.message


def test_two_quarters_book_through_load_keeps_the_database(tmp_path):
    """Through `python -m etl load`: exit 1, the message on the console, nothing of the book in the database."""
    db = tmp_path / "model.duckdb"
    book = tmp_path / "SYNTHETIC два квартала.xlsx"
    book.write_bytes(_book([("Отчёт", _sample_rows()), ("Прошлый", _other_quarter_rows(2024, 3))]))
    code, out = _run("--db", str(db), "load", "--no-spare", str(book))
    assert code == 1, out
    assert "отчёты двух кварталов" in out
    if db.exists():
        with duckdb.connect(str(db), read_only=True) as con:
            assert con.execute("SELECT count(*) FROM reports").fetchone()[0] == 0


def test_same_quarter_sheets_copies_hidden_quarters_and_summaries_still_load():
    """Must not fire: the report copied to a second sheet (same quarter: a warning, as before), another quarter on a
    HIDDEN sheet (an info), a summary sheet (skipped) — each book loads the report's 78 as IV 2024."""
    summary = [["Сводные показатели за IV квартал 2024 года (SYNTHETIC)"], HEADER] + SUMMARIES["figures"]
    for sheets in ([("Отчёт", _sample_rows()), ("Копия", _sample_rows())],
                   [("Отчёт", _sample_rows()), ("Сводка", summary)]):
        report = _report(_book(sheets), "SYNTHETIC книга.xlsx")
        assert (report.year, report.quarter, len(report.events)) == (2024, 4, 78)
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.title = "Отчёт"
    for row in _sample_rows():
        workbook.active.append(row)
    hidden = workbook.create_sheet("Архив")
    for row in _other_quarter_rows(2024, 3):
        hidden.append(row)
    hidden.sheet_state = "hidden"
    buffer = io.BytesIO()
    workbook.save(buffer)
    report = _report(buffer.getvalue(), "SYNTHETIC скрытый квартал.xlsx")
    assert (report.year, report.quarter, len(report.events)) == (2024, 4, 78)


# --- 3. an .xlsx whose cells cannot be read (shared strings lost, a number cell holding words) ---------------------

def _book_with_shared_strings(keep_part: bool, edit=None) -> bytes:
    """SYNTHETIC: the sample's book with its texts as shared strings (as Excel writes them: openpyxl writes inline
    strings), the part xl/sharedStrings.xml kept or left out, then `edit` applied to the sheet's XML."""
    import html
    import zipfile
    from xml.sax.saxutils import escape

    source = zipfile.ZipFile(io.BytesIO(_book([("Отчёт", _sample_rows())])))
    sheet = source.read("xl/worksheets/sheet1.xml").decode("utf-8")
    strings: list[str] = []

    def shared(match):
        strings.append(html.unescape(match.group(3)))
        return f'<c r="{match.group(1)}"{match.group(2)} t="s"><v>{len(strings) - 1}</v></c>'

    sheet = re.sub(r'<c r="([A-Z]+\d+)"([^>]*?) t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>', shared, sheet,
                   flags=re.S)
    if edit:
        sheet = edit(sheet)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = sheet.encode("utf-8")
            elif keep_part and name == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif keep_part and name == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats'
                                    b'.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                                    b"</Relationships>")
            package.writestr(name, data)
        if keep_part:
            package.writestr("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://'
                             'schemas.openxmlformats.org/spreadsheetml/2006/main">' + "".join(
                                 f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
    return out.getvalue()


def _fewer_strings(sheet: str) -> str:
    """A cell pointing past the last shared string (a book cut short)."""
    return sheet.replace("<v>5</v></c>", "<v>99999</v></c>", 1)


def _words_in_a_number_cell(sheet: str) -> str:
    return re.sub(r'(<c r="A20"[^>]*?) t="s"><v>\d+</v>', r"\1><v>не число</v>", sheet, count=1)


@pytest.mark.parametrize("keep_part, edit, expected", [
    P(False, None, "части xl/sharedStrings.xml в файле нет", id="shared_strings_part_missing"),
    P(True, _fewer_strings, "лист «Отчёт» не читается", id="index_past_the_strings"),
    P(True, _words_in_a_number_cell, "лист «Отчёт» не читается", id="words_in_a_number_cell"),
])
def test_an_xlsx_whose_cells_cannot_be_read_is_refused_naming_the_sheet(tmp_path, keep_part, edit, expected):
    """Before: `python -m etl load` stopped with a Python traceback (IndexError, ValueError from the workbook reader),
    the database untouched but no file's result printed; the upload desk failed the same way. Now the file is refused
    naming the sheet and what to do, and a later file of the same run still loads."""
    db = tmp_path / "model.duckdb"
    bad = tmp_path / "SYNTHETIC повреждена.xlsx"
    bad.write_bytes(_book_with_shared_strings(keep_part, edit))
    good = tmp_path / "z отчёт.txt"
    good.write_text(SAMPLE, encoding="utf-8")
    code, out = _run("--db", str(db), "load", "--no-spare", str(bad), str(good))
    assert code == 1, out
    assert "ОШИБКА" in out and "файл Excel повреждён" in out and expected in out, out
    assert "Traceback" not in out
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 78


def test_an_xlsx_with_its_shared_strings_part_reads_as_the_plain_book():
    """Must not fire: the same book with its shared strings part whole reads every field as the plain book."""
    plain = _fields(_report(_book([("Отчёт", _sample_rows())]), "SYNTHETIC.xlsx"))
    assert _fields(_report(_book_with_shared_strings(True), "SYNTHETIC общие строки.xlsx")) == plain


# --- 4. a report saved by Excel as CSV ----------------------------------------------------------------------------

def _csv(delimiter: str, encoding: str, line_end: str) -> bytes:
    """SYNTHETIC: the sample's rows as Excel writes a CSV — every cell holding a line break or the delimiter quoted."""
    import csv

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=line_end)
    for row in _sample_rows():
        writer.writerow(row)
    return out.getvalue().encode(encoding)


@pytest.mark.parametrize("delimiter, encoding, line_end", [
    P(";", "cp1251", "\r\n", id="excel_ru_semicolon_cp1251"),
    P(",", "utf-8-sig", "\r\n", id="comma_utf8_bom"),
    P(";", "utf-8", "\n", id="semicolon_utf8_lf"),
])
def test_a_report_saved_as_csv_reads_as_the_plain_dump(delimiter, encoding, line_end):
    """Before: refused «в файле нет таблицы: ячейки должны начинаться с табуляции» (it has a table). Now its records
    are read as an .xlsx sheet's rows: every field as the plain dump's, with an info naming the delimiter."""
    report = _report(_csv(delimiter, encoding, line_end), "SYNTHETIC отчёт.csv")
    assert _fields(report) == _plain_fields()
    assert any(f"таблица CSV (разделитель «{delimiter}»)" in i.message for i in report.issues)


def test_a_folder_holding_a_csv_report_loads_it(tmp_path):
    """Before: a folder of only a .csv answered «Не найдено файлов отчётов» (exit 2) — beside other reports it was
    skipped with no word. Now `.csv` is among the report suffixes (the upload takes it too)."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "SYNTHETIC отчёт.csv").write_bytes(_csv(";", "cp1251", "\r\n"))
    db = tmp_path / "model.duckdb"
    code, out = _run("--db", str(db), "load", "--no-spare", str(folder))
    assert code == 0, out
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT source_kind, count(*) FROM reports GROUP BY 1").fetchall() == [("csv", 1)]
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 78


def test_a_text_dump_or_text_with_semicolons_is_no_csv():
    """Must not fire: the sample dump (its cells hold «;» and «,») reads as a dump; a text with «;» and no header
    is refused as before."""
    plain = read_bytes(SAMPLE.encode("utf-8"), "SYNTHETIC.txt")
    assert plain.kind == "txt" and not any("CSV" in i.message for i in plain.issues)
    with pytest.raises(Exception, match="в файле нет таблицы"):
        read_bytes("Отчёт; без таблицы; совсем\nещё строка; и ещё\n".encode("utf-8"), "SYNTHETIC текст.csv")
    # a dump without its header row: its sentences parted at «,» name columns by chance — still no CSV
    lines = SAMPLE.split("\n")
    header_at = next(i for i, line in enumerate(lines) if line.startswith("\t№"))
    first_sector = next(i for i, line in enumerate(lines) if line.startswith("\tСотрудничество в сфере"))
    headless = "\n".join(lines[:header_at] + lines[first_sector:])
    with pytest.raises(Exception, match="не найдена строка заголовков"):
        read_bytes(headless.encode("utf-8"), "SYNTHETIC без шапки.txt")


# --- 5. a Word report made large by its pictures -------------------------------------------------------------------

def _docx_with_pictures(megabytes: int) -> bytes:
    """SYNTHETIC: the sample as a .docx with `megabytes` of photographs (random bytes, stored as JPEGs are: not
    compressible) in word/media, the table itself a few hundred kilobytes."""
    import os
    import zipfile

    from test_hostile_inputs7 import _sample_docx

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_sample_docx())) as source, zipfile.ZipFile(out, "w") as package:
        for info in source.infolist():
            package.writestr(info, source.read(info.filename))
        for k in range(megabytes // 8 + 1):
            package.writestr(f"word/media/image{k + 1}.jpeg", os.urandom(min(8, megabytes - 8 * k) * 1024 * 1024))
    return out.getvalue()


ADVICE = "сожмите их (Word: выделите рисунок → «Формат рисунка» → «Сжать рисунки»"


def test_a_word_report_over_the_limit_for_its_pictures_says_what_to_do(tmp_path):
    """Before: «файл больше 50 МБ» and nothing more — a quarter that could not be loaded, and no way forward. Now the
    message says the pictures make it so and how to compress them; nothing is loaded, the file is read no further than
    its first bytes; a text file over the limit keeps the plain message (no pictures to speak of)."""
    big = tmp_path / "SYNTHETIC с фотографиями.docx"
    big.write_bytes(_docx_with_pictures(51))
    text = tmp_path / "SYNTHETIC огромный.txt"
    with open(text, "wb") as handle:  # the sample, then a sparse tail: 51 MB on paper, nothing on disk
        handle.write(SAMPLE.encode("utf-8"))
        handle.truncate(51 * 1024 * 1024)
    assert big.stat().st_size > 50 * 1024 * 1024 and text.stat().st_size > 50 * 1024 * 1024
    db = tmp_path / "model.duckdb"
    code, out = _run("--db", str(db), "load", "--no-spare", str(big), str(text))
    assert code == 2, out
    big_line = next(line for line in out.splitlines() if line.startswith(big.name))
    text_line = next(line for line in out.splitlines() if line.startswith(text.name))
    assert "файл больше 50 МБ: такой размер дают рисунки" in big_line and ADVICE in big_line, out
    assert text_line.endswith("файл больше 50 МБ"), out


def test_an_upload_over_the_desks_limit_for_its_pictures_says_what_to_do(tmp_path):
    """The upload desk's own limit (20 MB) says the same of a Word file, and nothing else of a text."""
    from etl.desk import MAX_UPLOAD_MB, preview_upload

    picture_heavy = preview_upload("SYNTHETIC с фотографиями.docx", _docx_with_pictures(MAX_UPLOAD_MB + 1),
                                   tmp_path / "model.duckdb")
    assert not picture_heavy.ok and ADVICE in picture_heavy.error
    text = preview_upload("SYNTHETIC огромный.txt", b"x" * (MAX_UPLOAD_MB * 1024 * 1024 + 1), tmp_path / "model.duckdb")
    assert not text.ok and text.error.endswith(f"файл больше {MAX_UPLOAD_MB} МБ")


def test_a_header_again_under_a_cell_naming_a_plan_carries_the_report_on():
    """Must not fire: the header typed again mid-sector (a page's top) under an event whose last paragraph, after an
    empty one, speaks of a plan «на 2025 год»: the rows under it are numbered on, so they are the report's."""
    lines = SAMPLE.split("\n")
    header_at = next(i for i, line in enumerate(lines) if line.startswith("\t№"))
    first_sector = next(i for i, line in enumerate(lines) if line.startswith("\tСотрудничество в сфере"))
    event_40 = next(i for i, line in enumerate(lines) if re.match(r"^\t40\.\s*$", line))
    text = "\n".join(lines[:event_40] + ["", "Утвержден план мероприятий на 2025 год (SYNTHETIC).", ""]
                     + lines[header_at:first_sector] + lines[event_40:])
    report = _report(text.encode("utf-8"), "SYNTHETIC заголовок снова.txt")
    assert [n for n, *_ in _fields(report)] == [n for n, *_ in _plain_fields()]
    assert not any("пропущена" in i.message for i in report.issues)
