"""Red-team round 2 (docs/hostile-inputs.md rows 80–): what the ETL does with a local file name holding
line breaks or control characters, and with a report whose title names a quarter its events were not
held in (a year typed wrong, last quarter's title left in place, a report «of 2099»). Every input is
SYNTHETIC, made from the real sample or etl/synth.py; none is stored in data/raw.

Against main's code (563f37b) 42 of these 44 cases fail (the guards that no warning appears for a quarter
begun or past, and that a plain name stays as it is, fail there only because `build_report(today=)` and
`etl.errors.shown_name` are new; the real sample's no-warning case and an Excel-saved formula's stored
result pass on both):
- a name «отчёт\\nзагружен — всё хорошо.txt» printed a second, forged line under the real one, and an ESC
  sequence or a bidi override went to the terminal and into `reports.file_name`, `reports.original_name`,
  `events.file_name` and `loads.file_name` as they were (uploads had their stored name cleaned, but the
  name recorded for them kept the raw characters);
- a report titled «I квартал 2023» whose 78 events are all dated in IV 2024, or titled 2099, loaded with
  «0 предупреждений»: only 78 separate «info» lines said each event was outside the quarter, nothing said
  the title was wrong, and the quarter was filed where nobody would look for it;
- an Excel workbook whose first sheet is hidden (last quarter kept out of sight) loaded that hidden quarter and
  called the visible report «не похож на таблицу мероприятий»; a second visible sheet with a table (another
  quarter) was dropped with an «info»; a formula with no stored result (a workbook written by a program) was
  read as an empty cell — an event's title or dates lost with no word why;
- a 70 KB .docx whose header row has 12,000 extra empty cells took ~90 s of CPU to read (quadratic).
"""
from __future__ import annotations

import contextlib
import io
import unicodedata
from datetime import date
from pathlib import Path

import duckdb
import pytest

from etl.cli import main
from etl.errors import ReportError
from etl.normalize import build_report
from etl.read import read_bytes
from etl.store import store_original
from etl.synth import synthetic_report, to_text
from synthetic_reports import quarter_variant

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = (ROOT / "data" / "raw" / "smolensk_international_2024q4.txt").read_text(encoding="utf-8")
REGION = ("Смоленская область", "Смоленской области", "Смоленск")


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(list(argv))
    return code, out.getvalue()


def shown_name(name: str) -> str:
    """What the user should see (written here apart from etl.errors.shown_name, which
    test_the_shared_rule checks): each control, format or separator character as «_»."""
    return "".join("_" if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp") else c for c in name)


def _unprintable(text: str) -> list[str]:
    """Characters a terminal or a table would act on or hide (line breaks included)."""
    return [c for c in text if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp")]


# --- file names -------------------------------------------------------------------------------------------

HOSTILE_NAMES = [
    pytest.param("отчёт\nзагружен — всё хорошо.txt", id="newline_forging_a_line"),
    pytest.param("Отчёт\r\nIV квартал.txt", id="crlf"),
    pytest.param("a\x1b[31mкрасный\x1b[0m\x07.txt", id="ansi_escape_and_bell"),
    pytest.param("отчёт_\u202etxt.exe.txt", id="bidi_override"),
    pytest.param("таб\tи\x7fdel.txt", id="tab_and_del"),
    pytest.param("строка\u2028разделитель\u2029.txt", id="unicode_line_separators"),
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_local_file_name_with_control_characters_is_shown_and_kept_cleaned(tmp_path, name):
    """The same rule as an upload's stored name: every control, format or separator character becomes «_»,
    in what `load` prints and in every table that keeps a file name; the report itself loads."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(quarter_variant(SAMPLE, 2023, 1).encode())
    db = tmp_path / "x.duckdb"
    code, said = _run("--db", str(db), "load", str(folder / name), "--no-spare", "--quiet")
    assert code == 0, said
    first = said.splitlines()[0]
    assert first.startswith(shown_name(name) + ": загружен"), said
    assert not _unprintable(first)
    assert not any(c in said for c in "\x1b\x07\r\u202e\u2028\u2029\x7f"), said
    with duckdb.connect(str(db), read_only=True) as con:
        names = con.execute("SELECT file_name, original_name FROM reports").fetchall()
        names += con.execute("SELECT DISTINCT file_name, file_name FROM events").fetchall()
        names += con.execute("SELECT file_name, message FROM loads").fetchall()
    assert names and all(not _unprintable(text) for row in names for text in row), names


@pytest.mark.parametrize("name", HOSTILE_NAMES[:4])
def test_a_refused_file_with_such_a_name_is_named_on_one_line(tmp_path, name):
    """A file that is no report: the refusal names it on one line too, and its `loads` row is clean."""
    path = tmp_path / name
    path.write_bytes(b"\x00\x01binary")
    db = tmp_path / "x.duckdb"
    code, said = _run("--db", str(db), "load", str(path), "--no-spare", "--quiet")
    assert code == 1
    refused = [line for line in said.splitlines() if "ОШИБКА" in line]
    assert refused == [f"{shown_name(name)}: ОШИБКА — файл {shown_name(name)}: это не текстовый файл (двоичные данные)"]
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT file_name, message FROM loads").fetchall()
    assert rows and not any(_unprintable(text) for row in rows for text in row), rows


@pytest.mark.parametrize("name", ["Отчёт за\nквартал.txt", "\x1b]0;title\x07отчёт.txt", "от\u202eчёт.docx.txt"])
def test_an_upload_name_is_kept_cleaned_by_the_same_rule(tmp_path, name):
    """An upload's stored name was cleaned already, but the name recorded beside it (shown as «загружен как»)
    kept the raw characters: reports.original_name now goes through the same rule."""
    raw = tmp_path / "raw"
    store_original(raw, name, quarter_variant(SAMPLE, 2023, 2).encode())
    db = tmp_path / "x.duckdb"
    code, said = _run("--db", str(db), "load", str(raw), "--no-spare", "--quiet")
    assert code == 0, said
    with duckdb.connect(str(db), read_only=True) as con:
        (original,) = con.execute("SELECT original_name FROM reports").fetchone()
    assert original == shown_name(name) and not _unprintable(original)


@pytest.mark.parametrize(("raw", "shown"), [
    ("a\nb.txt", "a_b.txt"), ("\x1b[2J.txt", "_[2J.txt"), ("x\u200by.docx", "x_y.docx"),
    ("Отчёт IV кв. 2024.docx", "Отчёт IV кв. 2024.docx"), ("bad\udcffname.txt", "bad\ufffdname.txt"),
])
def test_the_shared_rule(raw, shown):
    """One rule, in etl/errors.py: ReportError's file and every name shown or stored pass through it."""
    from etl.errors import shown_name
    assert shown_name(raw) == shown
    assert ReportError("пуст", file=raw).file == shown


# --- the title's quarter against the events' dates --------------------------------------------------------

def _title_warnings(text: str, name: str = "r.txt", today: date | None = None) -> list[str]:
    report = build_report(read_bytes(text.encode(), name)) if today is None else \
        build_report(read_bytes(text.encode(), name), today=today)
    return [i.message for i in report.issues if i.field == "report_title" and i.severity == "warning"]


@pytest.mark.parametrize(("year", "quarter", "says"), [
    pytest.param(2023, 1, "I кв. 2023", id="year_and_quarter_both_other"),
    pytest.param(2025, 4, "IV кв. 2025", id="year_typed_one_off"),
    pytest.param(2024, 2, "II кв. 2024", id="quarter_left_from_an_old_title"),
    pytest.param(2019, 3, "III кв. 2019", id="years_back"),
])
def test_a_title_whose_quarter_the_dates_do_not_match_is_a_warning(year, quarter, says):
    """The sample's 78 events are held in IV 2024: re-titled, the report still loads (the title may be
    right and the dates wrong), but a warning on the title names both quarters and how many events."""
    warnings = _title_warnings(quarter_variant(SAMPLE, year, quarter))
    assert len(warnings) == 1, warnings
    assert says in warnings[0] and "IV кв. 2024" in warnings[0] and "из 78" in warnings[0], warnings


def test_the_real_sample_has_no_such_warning():
    """Two of its 78 events (September) lie outside IV 2024: a few strays are no reason to doubt the title."""
    assert _title_warnings(SAMPLE, "smolensk_international_2024q4.txt") == []


def test_the_warning_reaches_the_user_through_load(tmp_path):
    path = tmp_path / "квартал.txt"
    path.write_text(quarter_variant(SAMPLE, 2023, 1), encoding="utf-8")
    code, said = _run("--db", str(tmp_path / "x.duckdb"), "load", str(path), "--no-spare", "--quiet")
    assert code == 0
    assert "проблемы разбора: 1 предупреждений" in said
    assert "[warning] отчёт, report_title: в заголовке — I кв. 2023" in said, said


@pytest.mark.parametrize(("year", "quarter"), [(2099, 1), (2031, 3), (2026, 4 + 0)])
def test_a_quarter_not_begun_yet_is_a_warning(year, quarter):
    """A report of a quarter that has not begun (dates moved there too, so they agree with the title):
    a year typed 2099 for 2009 or 2029 for 2024 loads, with a warning naming the title."""
    text = to_text(synthetic_report(REGION, year, quarter, seed=3))
    today = date(2026, 9, 30)  # the day before IV 2026 begins
    warnings = _title_warnings(text, today=today)
    assert len(warnings) == 1 and "ещё не начался" in warnings[0] and f"{year}" in warnings[0], warnings


@pytest.mark.parametrize(("year", "quarter"), [(2026, 3), (2024, 4), (1995, 1)])
def test_a_quarter_begun_or_past_is_not(year, quarter):
    text = to_text(synthetic_report(REGION, year, quarter, seed=3))
    assert _title_warnings(text, today=date(2026, 9, 30)) == []


# --- Excel workbooks: hidden sheets, two tables, formulas without a stored result -------------------------

def _rows_of(text: str) -> list[list]:
    from etl.layout import grid_from_text
    grid = grid_from_text(text)
    return [[line] for line in grid.preamble if line.strip()] + [list(row.cells) for row in grid.rows]


def _book(sheets: list[tuple[str, list[list], str]]) -> bytes:
    """SYNTHETIC workbook: (sheet name, rows, 'visible' | 'hidden' | 'veryHidden') each."""
    import openpyxl
    workbook = openpyxl.Workbook()
    for k, (title, rows, state) in enumerate(sheets):
        sheet = workbook.active if k == 0 else workbook.create_sheet(title)
        sheet.title, sheet.sheet_state = title, state
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _xlsx_report(sheets):
    return build_report(read_bytes(_book(sheets), "книга.xlsx"))


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
@pytest.mark.parametrize("old", [(2024, 3), (2023, 4)])
def test_a_hidden_sheet_with_an_old_quarter_is_not_read_in_place_of_the_visible_one(state, old):
    """Before: the first sheet with a table was read even when hidden (last quarter kept out of sight), the
    visible report was called «не похож на таблицу мероприятий» and the old quarter loaded instead."""
    report = _xlsx_report([("архив", _rows_of(quarter_variant(SAMPLE, *old)), state),
                           ("IV квартал", _rows_of(SAMPLE), "visible")])
    assert (report.year, report.quarter) == (2024, 4)
    said = [i.message for i in report.issues if i.field == "table"]
    assert any(m.startswith("скрытый лист «архив» тоже содержит таблицу") for m in said), said


def test_a_table_only_on_a_hidden_sheet_is_read_with_a_warning():
    report = _xlsx_report([("Справка", [["Пояснительная записка"]], "visible"),
                           ("Отчёт", _rows_of(SAMPLE), "hidden")])
    assert (report.year, report.quarter, len(report.events)) == (2024, 4, 78)
    assert [i.severity for i in report.issues if "со скрытого листа «Отчёт»" in i.message] == ["warning"]


@pytest.mark.parametrize("second", [(2024, 3), (2025, 1)])
def test_two_visible_sheets_with_tables_are_a_warning_not_a_silent_skip(second):
    """Two quarters in one workbook: refused whole, both sheets and their quarters named with what to do (round 9,
    hard29: before, the first loaded and the second was named in a warning — its quarter never loaded; before round
    2, an «info» calling it «не похож на таблицу мероприятий»)."""
    with pytest.raises(ReportError) as refused:
        _xlsx_report([("IV квартал", _rows_of(SAMPLE), "visible"),
                      ("Ещё квартал", _rows_of(quarter_variant(SAMPLE, *second)), "visible")])
    roman = {1: "I", 3: "III"}[second[1]]
    assert "отчёты двух кварталов" in refused.value.message
    assert f"лист «Ещё квартал» — Смоленская область, {roman} кв. {second[0]}" in refused.value.message


@pytest.mark.parametrize(("column", "formula", "field"), [
    pytest.param(1, '=CONCATENATE("Форум ", "ТехИнноПром")', "title", id="title_concatenate"),
    pytest.param(3, "=DATE(2024,10,7)", "dates", id="dates_date_function"),
    pytest.param(2, "=Лист2!A1", "venue", id="venue_reference_to_another_sheet"),
    pytest.param(5, "=10+20", "participants", id="participants_sum"),
])
def test_a_formula_without_a_stored_result_is_named_by_cell_column_and_event(column, formula, field):
    """A workbook written by a program and never opened in Excel keeps formulas without their results: the
    reader saw an empty cell, so an event lost its title or dates with no word why. Now a warning names the
    cell, the column and the event."""
    rows = _rows_of(SAMPLE)
    header = next(k for k, row in enumerate(rows) if row[0].strip().startswith("№"))
    first_event = next(k for k in range(header + 1, len(rows)) if rows[k][0].strip().startswith("1."))
    rows[first_event][column] = formula
    report = _xlsx_report([("Отчёт", rows, "visible")])
    warned = [i for i in report.issues if "без сохранённого значения" in i.message]
    assert len(warned) == 1, [i.message for i in report.issues if i.severity == "warning"]
    issue = warned[0]
    letter = "ABCDEF"[column]
    assert (issue.field, issue.event, issue.severity) == (field, 1, "warning")
    assert issue.message.startswith(f"ячейка {letter}{first_event + 1} листа «Отчёт» (столбец «"), issue.message
    assert formula.split("(")[0] in issue.message


def test_a_formula_with_its_stored_result_is_read_quietly():
    """Excel's own file stores each result beside the formula (<v>…</v>): read as Excel shows it, no warning."""
    import re
    import zipfile
    rows = _rows_of(SAMPLE)
    header = next(k for k, row in enumerate(rows) if row[0].strip().startswith("№"))
    first_event = next(k for k in range(header + 1, len(rows)) if rows[k][0].strip().startswith("1."))
    rows[first_event][5] = "=10+20"
    data = _book([("Отчёт", rows, "visible")])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            part = source.read(item)
            if item.filename.startswith("xl/worksheets/"):
                part = re.sub(rb"(<f>10\+20</f>)<v></v>", rb"\1<v>30</v>", part)
            target.writestr(item, part)
    report = build_report(read_bytes(out.getvalue(), "книга.xlsx"))
    assert not [i for i in report.issues if "без сохранённого значения" in i.message]
    assert report.events[0].attendance_total == 30


def test_the_new_warnings_read_in_english():
    """The dashboard's English view: each new warning has a pattern in analytics.i18n (no Russian left)."""
    import re
    from analytics.i18n import message_text
    title = _title_warnings(quarter_variant(SAMPLE, 2023, 1))
    future = _title_warnings(to_text(synthetic_report(REGION, 2099, 1, seed=3)), today=date(2026, 11, 28))
    rows = _rows_of(SAMPLE)
    header = next(k for k, row in enumerate(rows) if row[0].strip().startswith("№"))
    rows[header + 2][3] = "=DATE(2024,10,7)"
    hidden = _xlsx_report([("Справка", [["записка"]], "visible"), ("Отчёт", rows, "hidden")])
    two = _xlsx_report([("Отчёт", _rows_of(SAMPLE), "visible"), ("Ещё", _rows_of(SAMPLE), "visible")])
    sheets = [i.message for book in (hidden, two) for i in book.issues
              if i.field in ("table", "dates") and i.severity == "warning"]
    messages = title + future + sheets
    assert len(messages) == 6, messages  # and «не удалось прочитать даты» of the empty date cell
    english = [message_text(m, "en") for m in messages]
    assert not [e for e in english if re.search("[А-Яа-яЁё]", e.split("«")[0])], english


# --- a .docx table row of thousands of cells ----------------------------------------------------------------

def test_a_header_of_twelve_thousand_cells_reads_in_linear_time():
    """A 70 KB SYNTHETIC .docx whose header row carries 12,000 extra empty cells: matching every cell to the
    header's columns scanned all columns per cell (and built a 12,000-tuple cache key per cell) — quadratic,
    ~90 s of CPU before (2,000 cells: 2.5 s; 10,000: ~65 s), holding the writer lock meanwhile. Now ~2–3 s;
    the bound (CPU time, not wall time, so the machine's load does not count) is far from both."""
    import copy
    import time

    import docx
    from etl.layout import grid_from_text
    from tests.docx_builder import grid_to_docx

    document = docx.Document(io.BytesIO(grid_to_docx(grid_from_text(SAMPLE))))
    header = document.tables[0].rows[0]
    cell = header.cells[-1]._tc
    for _ in range(12_000):
        header._tr.append(copy.deepcopy(cell))
    buffer = io.BytesIO()
    document.save(buffer)
    started = time.process_time()
    report = build_report(read_bytes(buffer.getvalue(), "широкая.docx"))
    spent = time.process_time() - started
    assert len(report.events) == 78 and (report.year, report.quarter) == (2024, 4)
    print(f"{spent:.1f} s of CPU")
    assert spent < 30, f"{spent:.1f} s of CPU"
