"""Red team, round 11 (docs/hostile-inputs.md rows 231–): Word and Excel as saved, and upload names, on the paths where
a quarter was lost. Every input is SYNTHETIC: the real sample (data/raw is only read) laid out in a workbook built in
memory, with rows folded, filtered or hidden; none is stored in data/raw.
"""
from __future__ import annotations

import io
from functools import lru_cache

import pytest

from analytics.i18n import message_text
from etl.layout import grid_from_text
from etl.normalize import build_report
from etl.read import read_bytes
from test_hostile_inputs7 import SAMPLE

P = pytest.param


def _fields(report):
    return [(e.n, e.title, e.start_date, e.end_date, e.venue_city, e.attendance_total, e.sector) for e in report.events]


@lru_cache(maxsize=1)
def _plain():
    return _fields(build_report(read_bytes(SAMPLE.encode("utf-8"), "SYNTHETIC.txt")))


@lru_cache(maxsize=1)
def _sample_rows() -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    grid = grid_from_text(SAMPLE)
    return (tuple(line.strip() for line in grid.preamble if line.strip()),
            tuple(tuple(row.cells) for row in grid.rows))


def _sheet_rows_of(sheet_rows, first_event: int, last_event: int) -> list[int]:
    """The sheet rows holding events first_event…last_event (by their «№» cell)."""
    return [number for number, cells in sheet_rows
            if len(cells) > 1 and cells[0].strip().rstrip(".").isdigit()
            and first_event <= int(cells[0].strip().rstrip(".")) <= last_event]


def _sample_book(shape: str, below: tuple[str, ...] = ()) -> bytes:
    """The SYNTHETIC sample as an .xlsx (title lines, header, sector rows, 78 events), then `below` (lines under the
    table after an empty row); `shape` says what the clerk hid."""
    import openpyxl

    preamble, rows = _sample_rows()
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Отчёт"
    for line in preamble:
        sheet.append([line])
    header_row = sheet.max_row + 1
    placed = []
    for cells in rows:
        sheet.append(list(cells))
        placed.append((sheet.max_row, cells))
    last_row = sheet.max_row
    if below:
        sheet.append([])
        below_rows = []
        for line in below:
            sheet.append([line])
            below_rows.append(sheet.max_row)
    if shape == "group_collapsed":  # events 12–20 folded under their sector's heading
        numbers = _sheet_rows_of(placed, 12, 20)
        sheet.row_dimensions.group(numbers[0], numbers[-1], outline_level=1, hidden=True)
    elif shape == "two_groups_nested":  # two sectors folded, one group inside another
        numbers = _sheet_rows_of(placed, 30, 45)
        sheet.row_dimensions.group(numbers[0], numbers[-1], outline_level=1, hidden=True)
        inner = _sheet_rows_of(placed, 35, 40)
        sheet.row_dimensions.group(inner[0], inner[-1], outline_level=2, hidden=True)
    elif shape == "last_group_collapsed":  # the table's last events folded: nothing shown after them
        numbers = _sheet_rows_of(placed, 74, 78)
        sheet.row_dimensions.group(numbers[0], numbers[-1], outline_level=1, hidden=True)
    elif shape == "filter_applied":  # an autofilter on the venue: every event elsewhere than Смоленск hidden
        sheet.auto_filter.ref = f"A{header_row}:F{last_row}"
        sheet.auto_filter.add_filter_column(2, ["г. Смоленск"])
        for number, cells in placed[1:]:
            if len(cells) > 2 and "Смоленск" not in cells[2]:
                sheet.row_dimensions[number].hidden = True
    elif shape == "single_hidden_row":  # one event hidden by hand (Excel: right click → «Скрыть»)
        sheet.row_dimensions[_sheet_rows_of(placed, 10, 10)[0]].hidden = True
    elif shape == "helper_rows_below_folded":  # the table shown; a group of helper lines under it folded
        sheet.row_dimensions.group(below_rows[0], below_rows[-1], outline_level=1, hidden=True)
    elif shape == "helper_rows_below_hidden":
        for number in below_rows:
            sheet.row_dimensions[number].hidden = True
    elif shape == "helper_sheet_hidden":  # a hidden helper sheet of lists for drop-downs
        helper = workbook.create_sheet("Справочник")
        for value in ("г. Смоленск", "г. Минск", "онлайн"):
            helper.append([value])
        helper.sheet_state = "hidden"
    elif shape == "notes_column_hidden":  # a hidden seventh column of the clerk's notes
        for number, cells in placed[1:]:
            if len(cells) > 2:
                sheet.cell(row=number, column=7, value="уточнить у исполнителя (SYNTHETIC)")
        sheet.column_dimensions["G"].hidden = True
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _read(shape: str, below: tuple[str, ...] = ()):
    return build_report(read_bytes(_sample_book(shape, below), f"SYNTHETIC {shape}.xlsx"))


# ---------- Excel: rows folded in a group or hidden by a filter are the report's rows ----------

def _hidden_count(data: bytes) -> int:
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    return sum(1 for number in range(1, sheet.max_row + 1) if sheet.row_dimensions[number].hidden)


@pytest.mark.parametrize("shape, how", [
    P("group_collapsed", "свёрнуты в группу", id="group_collapsed"),
    P("two_groups_nested", "свёрнуты в группу", id="two_groups_nested"),
    P("last_group_collapsed", "свёрнуты в группу", id="last_group_collapsed"),
    P("filter_applied", "скрыты фильтром", id="filter_applied"),
    P("single_hidden_row", "скрыты вручную", id="single_hidden_row"),
])
def test_rows_folded_or_filtered_in_the_sheet_are_read_and_named_once(shape, how):
    """A clerk who collapsed a sector's group, or left a filter on, still files those events: before, each hidden row
    was left out with an info, and the events were lost (and the numbering called broken)."""
    report = _read(shape)
    assert _fields(report) == _plain()
    said = [i for i in report.issues if i.message.startswith("скрытые строки таблицы")]
    assert len(said) == 1 and said[0].severity == "info"
    assert f"({how})" in said[0].message
    assert f"отчёта: {_hidden_count(_sample_book(shape))} (" in said[0].message
    assert not any(i.message.startswith("скрытая строка") for i in report.issues)
    assert not any("номер" in i.message and "подряд" in i.message for i in report.issues)


@pytest.mark.parametrize("shape, below", [
    P("helper_rows_below_folded", ("Итого: 78 мероприятий", "=СЧЁТ(A5:A100) служебная строка"), id="helper_folded"),
    P("helper_rows_below_hidden", ("Исполнитель: Иванова И.И. (SYNTHETIC)", "79"), id="helper_hidden_by_hand"),
    P("helper_sheet_hidden", (), id="hidden_helper_sheet"),
    P("notes_column_hidden", (), id="hidden_notes_column"),
])
def test_what_is_not_the_tables_rows_stays_unread(shape, below):
    """Must not fire: hidden helper lines under the table (after an empty row), a hidden helper sheet, a hidden
    column of notes: the 78 events as shown, nothing else read as one."""
    report = _read(shape, below)
    assert _fields(report) == _plain()
    assert not any(i.message.startswith("скрытые строки таблицы") for i in report.issues)
    assert all(line not in (e.title for e in report.events) for line in below)


def test_a_hidden_copy_of_a_shown_event_or_a_note_stays_unread_beside_a_folded_group():
    """A row hidden by hand that repeats a shown event's number (a stale copy) or carries no number (a note) is
    still left out, with its info, while a folded group in the same sheet is read."""
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(_sample_book("group_collapsed")))
    sheet = workbook.active
    sheet.insert_rows(sheet.max_row + 1)
    last = sheet.max_row
    sheet.cell(row=last + 1, column=1, value=78)
    sheet.cell(row=last + 1, column=2, value="старая строка (SYNTHETIC)")
    sheet.row_dimensions[last + 1].hidden = True
    buffer = io.BytesIO()
    workbook.save(buffer)
    report = build_report(read_bytes(buffer.getvalue(), "SYNTHETIC copy.xlsx"))
    assert _fields(report) == _plain()
    assert [i.message for i in report.issues if i.message.startswith("скрытая строка")] == [
        f"скрытая строка {last + 1} листа не прочитана: Excel её не показывает"]


def test_the_read_hidden_rows_message_reads_in_english():
    report = _read("filter_applied")
    said = next(i.message for i in report.issues if i.message.startswith("скрытые строки таблицы"))
    english = message_text(said, "en")
    assert english.startswith("hidden rows of the table on sheet «Отчёт» are read as rows of the report: ")
    assert "(hidden by a filter) — Excel does not show them, check them" in english
