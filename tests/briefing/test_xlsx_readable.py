"""The XLSX appendix reads as the slides do: whole numbers with thousands grouped (the number format
#,##0 — 13 653 in a Russian Excel, 13,653 in an English one; «General» showed 13653), dates as
dates, a long text wrapped within its column instead of cut off by the next cell, and each sheet's
event table with its header frozen (or, below a slide's chart data, repeated on every printed page). Checked on the sample in Russian and English and on a SYNTHETIC
review whose counts run into the thousands and whose titles are long."""
from __future__ import annotations

import io
from dataclasses import replace

import openpyxl
import pytest

from briefing.model import build_review
from briefing.deck import slides
from briefing.xlsx_writer import WHOLE_NUMBER, xlsx_bytes


def _books(sample_con):
    review = build_review(sample_con, 2024, 4)
    for lang in ("ru", "en"):
        yield f"sample-{lang}", xlsx_bytes(review, slides(review, lang=lang))
    deck = slides(review, lang="ru")
    # SYNTHETIC: the months chart's counts ×1000 and a title slide paragraph of 600 characters
    longer = []
    for item in deck:
        charts = [replace(c, values=[v * 1000 + 7 for v in c.values]) for c in item.charts]
        paragraphs = [p * 3 for p in item.paragraphs]
        longer.append(replace(item, charts=charts, paragraphs=paragraphs))
    yield "synthetic_thousands-ru", xlsx_bytes(review, longer)


@pytest.fixture(scope="module")
def books(sample_con):
    return [(name, openpyxl.load_workbook(io.BytesIO(data))) for name, data in _books(sample_con)]


def test_whole_numbers_are_grouped_and_dates_are_dates(books):
    for name, wb in books:
        numbers = big = 0
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, bool) or not isinstance(cell.value, int):
                        continue
                    numbers += 1
                    big += cell.value >= 1000
                    assert cell.number_format == WHOLE_NUMBER, \
                        f"{name} {ws.title}!{cell.coordinate} = {cell.value}: «{cell.number_format}»"
        assert numbers > 100 and big >= 5, (name, numbers, big)


def test_long_text_wraps_within_its_column_and_headers_are_frozen(books):
    from openpyxl.utils import get_column_letter

    for name, wb in books:
        frozen = 0
        for ws in wb.worksheets:
            held = ws.freeze_panes or (f"A{int(ws.print_title_rows.split(':')[0].strip('$')) + 1}"
                                       if ws.print_title_rows else None)   # frozen, or repeated on paper
            frozen += held is not None
            start = int(held[1:]) if held else 4
            for row in ws.iter_rows(min_row=start):
                for cell in row:
                    if not isinstance(cell.value, str):
                        continue
                    width = ws.column_dimensions[get_column_letter(cell.column)].width or 8.43
                    right = ws.cell(row=cell.row, column=cell.column + 1).value
                    if len(cell.value) > width * 1.1 and right is not None:
                        assert cell.alignment.wrap_text, \
                            f"{name} {ws.title}!{cell.coordinate}: «{cell.value[:40]}…» is cut off by the next cell"
        assert frozen >= 8, (name, frozen)


def test_every_table_column_is_wide_enough_to_read(books):
    """No table cell stands in a column narrower than 10 characters, or narrower than its text needs
    (up to 60): the «For reference» sheet had no widths at all, the report's closing paragraph ran one
    or two words a line and the file's SHA-256 (64 characters) over eight lines. Tables are the cells
    written wrapped or with a number format; titles and footnotes run across their row."""
    from openpyxl.utils import get_column_letter

    for name, wb in books:
        for ws in wb.worksheets:
            for row in ws.iter_rows(min_row=3):
                for cell in row:
                    if cell.value is None or not (cell.alignment.wrap_text or cell.number_format != "General"):
                        continue
                    width = ws.column_dimensions[get_column_letter(cell.column)].width or 8.43
                    need = min(60, max(10, len(str(cell.value)))) if isinstance(cell.value, str) and \
                        len(str(cell.value)) <= 70 and " " not in str(cell.value) else 10
                    assert width >= need - 0.01, \
                        f"{name} {ws.title}!{cell.coordinate} «{str(cell.value)[:40]}» in a {width}-character column"
