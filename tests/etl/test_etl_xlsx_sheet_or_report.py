"""A workbook's later sheet with the events' columns: the next sector's rows, or a report of its own?

Two rounds met here: one sheet per sector is read as one table (the fourteenth drift round), and a second sheet
holding a table is named in a warning, not silently dropped (red-team round 2). A named sheet had been read as a
continuation whatever stood above its header, so a workbook holding the report twice (a clerk's copy) or a second
quarter was refused whole («номер мероприятия 1 повторяется»). Now a sheet is a report of its own when the lines
above its header are a title of another period or region, or the first sheet's title again over rows read already
(a copy): the first sheet loads and a warning names the other. A sector's sheet that repeats the report's title over
new rows is still read on (SYNTHETIC workbooks built from the real sample's rows). On the merge before this: 2 of 3 fail."""
from __future__ import annotations

import io
from pathlib import Path

from etl.normalize import build_report
from etl.read import read_bytes
from synthetic_reports import quarter_variant

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = (ROOT / "data" / "raw" / "smolensk_international_2024q4.txt").read_text(encoding="utf-8")


def _split(text: str) -> tuple[list[list], list[list]]:
    """The sample as (title lines, header + event rows)."""
    from etl.layout import grid_from_text
    grid = grid_from_text(text)
    return [[line] for line in grid.preamble if line.strip()], [list(row.cells) for row in grid.rows]


def _report(sheets: list[tuple[str, list[list]]]):
    import openpyxl
    workbook = openpyxl.Workbook()
    for k, (name, rows) in enumerate(sheets):
        sheet = workbook.active if k == 0 else workbook.create_sheet(name)
        sheet.title = name
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return build_report(read_bytes(buffer.getvalue(), "книга.xlsx"))


def _warnings(report) -> list[str]:
    return [i.message for i in report.issues if i.field == "table" and i.severity == "warning"]


def test_a_copy_of_the_report_on_a_named_sheet_is_named_not_read():
    title, table = _split(SAMPLE)
    report = _report([("Отчёт", title + table), ("Копия", title + table)])
    assert len(report.events) == 78
    assert any("«Копия» тоже содержит таблицу" in m for m in _warnings(report)), _warnings(report)


def test_another_quarter_on_a_named_sheet_is_refused_saying_what_to_do():
    """Round 9 (hard29): the same region's other quarter on a visible sheet refuses the book, naming both quarters
    (before: the first loaded, the other named in a warning and never loaded)."""
    import pytest
    from etl.errors import ReportError

    title, table = _split(SAMPLE)
    other_title, other_table = _split(quarter_variant(SAMPLE, 2024, 3))
    with pytest.raises(ReportError) as refused:
        _report([("IV кв", title + table), ("Прошлый", other_title + other_table)])
    assert "отчёты двух кварталов" in refused.value.message and "«Прошлый» — Смоленская область, III кв. 2024" \
        in refused.value.message


def test_sector_sheets_under_the_same_title_are_read_on():
    """The sample's events split over two sheets at an event row, each sheet with the report's title again."""
    title, table = _split(SAMPLE)
    header, rows = table[0], table[1:]
    cut = next(k for k, row in enumerate(rows) if k > len(rows) // 2 and row[0].strip().rstrip(".").isdigit())
    report = _report([("Часть 1", title + [header] + rows[:cut]), ("Часть 2", title + [header] + rows[cut:])])
    assert len(report.events) == 78
    assert not _warnings(report)
