"""A report kept in Excel (.xlsx): the title above the header, sector headings in merged rows, dates
as Excel dates, numbers as numbers. It reads as the same events as the Word table's text dump.
SYNTHETIC workbooks built with openpyxl."""
from __future__ import annotations

import io
from datetime import datetime

import openpyxl
import pytest

from etl.errors import ReportError
from etl.layout import grid_from_text
from etl.normalize import build_report, report_contract
from etl.read import read_bytes
from etl.xlsx_grid import cell_text
from tests.etl.test_etl_tab_rows import _dump


def _workbook(rows: list[list], *, extra_sheet: bool = False) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    if extra_sheet:  # a cover sheet before the table, as some clerks add
        sheet.title = "Справка"
        sheet.append(["Пояснительная записка к отчёту"])
        sheet = workbook.create_sheet("Отчёт")
    width = max(len(r) for r in rows)
    for row in rows:
        sheet.append(row)
        if len(row) == 1 and width > 1:
            sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _rows_of_dump() -> list[list]:
    grid = grid_from_text(_dump())
    return [[line] for line in grid.preamble if line.strip()] + [list(r.cells) for r in grid.rows]


@pytest.mark.parametrize("extra_sheet", [False, True], ids=["one_sheet", "cover_sheet_first"])
def test_a_workbook_reads_as_the_text_dump(extra_sheet):
    expected = report_contract(build_report(read_bytes(_dump().encode("utf-8"), "r.txt")))
    report = build_report(read_bytes(_workbook(_rows_of_dump(), extra_sheet=extra_sheet), "Отчёт за III квартал.xlsx"))
    assert report.source_kind == "xlsx"
    assert report_contract(report) == expected
    skipped = [i for i in report.issues if i.field == "table"]
    assert len(skipped) == (1 if extra_sheet else 0)


def test_excel_dates_and_numbers_read_as_typed():
    rows = _rows_of_dump()
    header_at = next(i for i, r in enumerate(rows) if r[0] == "№ п/п")
    first = header_at + 2  # the sector heading, then the first event
    rows[first][0] = 1.0
    rows[first][3] = datetime(2025, 7, 12)
    rows[first][5] = 20
    event = build_report(read_bytes(_workbook(rows), "r.xlsx")).events[0]
    assert (event.n, event.start_date.isoformat(), event.attendance_total) == (1, "2025-07-12", 20)


@pytest.mark.parametrize(("value", "text"), [
    pytest.param(None, "", id="empty"),
    pytest.param(45.0, "45", id="whole_float"),
    pytest.param(2.5, "2.5", id="fraction"),
    pytest.param(datetime(2025, 7, 12), "12.07.2025", id="date"),
    pytest.param(datetime(2025, 7, 12, 15, 30), "12.07.2025 15:30", id="date_and_time"),
    pytest.param("г. Минск", "г. Минск", id="text"),
])
def test_cell_text(value, text):
    assert cell_text(value) == text


def test_a_formula_without_a_stored_result_leaves_the_number_unread_with_a_warning():
    rows = _rows_of_dump()
    header_at = next(i for i, r in enumerate(rows) if r[0] == "№ п/п")
    rows[header_at + 2][0] = "=1"
    report = build_report(read_bytes(_workbook(rows), "r.xlsx"))
    assert len(report.events) == 3
    assert [i.severity for i in report.issues if i.field == "n"][:1] == ["warning"]


def test_a_workbook_without_an_events_table_says_so():
    with pytest.raises(ReportError, match="нет листа с таблицей мероприятий"):
        read_bytes(_workbook([["Бюджет"], ["Статья", "Сумма"], ["Командировки", 100]]), "budget.xlsx")


def test_a_workbook_named_docx_is_still_read_as_excel():
    report = build_report(read_bytes(_workbook(_rows_of_dump()), "report.docx"))
    assert report.source_kind == "xlsx" and len(report.events) == 3


def test_a_damaged_workbook_is_refused_clearly():
    data = _workbook(_rows_of_dump())
    with pytest.raises(ReportError):
        read_bytes(data[: len(data) // 2], "r.xlsx")
