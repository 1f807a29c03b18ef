"""Every XLSX the app writes keeps a table's header in view without taking the window: a freeze pane
holds only a header row (with at most the sheet's title lines above it) and at most one column, and a
header that stands lower — the events behind a slide, under its chart data — repeats at the top of
each printed page instead. uxqa13 found the review's appendix freezing 7–24 rows on every slide sheet:
on a 1366×768 laptop the frozen block filled Excel's window and the events could not be scrolled.
Checked on the review in Russian and English, on the Реестр's XLSX and on an organisation list's."""
from __future__ import annotations

import io
import re

import openpyxl
import pytest

from analytics import exports, queries
from analytics.filters import Filters
from briefing.deck import slides
from briefing.model import build_review
from briefing.xlsx_writer import MOST_FROZEN_ROWS, xlsx_bytes


def _books(con):
    review = build_review(con, 2024, 4)
    for lang in ("ru", "en"):
        yield f"review-{lang}", xlsx_bytes(review, slides(review, lang=lang))
    rows = queries.registry(con, Filters())
    for lang in ("ru", "en"):
        yield f"registry-{lang}", exports.xlsx_bytes(exports.readable(rows, lang), filters_sentence="SYNTHETIC filter",
                                                     sources=queries.sources(con, Filters()), lang=lang)
    one_sector = Filters(sectors=(str(rows["sector_key"].iloc[0]),))
    yield "registry-one-sector", exports.xlsx_bytes(exports.readable(queries.registry(con, one_sector), "ru"),
                                                    filters_sentence="", sources=queries.sources(con, one_sector))


@pytest.fixture(scope="module")
def books(sample_con):
    return [(name, openpyxl.load_workbook(io.BytesIO(data))) for name, data in _books(sample_con)]


def _frozen(ws) -> tuple[int, int]:
    """(rows, columns) the sheet's freeze pane holds."""
    if not ws.freeze_panes:
        return 0, 0
    letters, digits = re.fullmatch(r"([A-Z]+)(\d+)", ws.freeze_panes).groups()
    return int(digits) - 1, openpyxl.utils.column_index_from_string(letters) - 1


def _is_header(ws, row: int) -> bool:
    cells = [c for c in ws[row] if c.value not in (None, "")]
    return len(cells) >= 2 and all(c.font.bold for c in cells)


def test_a_freeze_pane_holds_only_a_header_row(books):
    seen = 0
    for name, wb in books:
        for ws in wb.worksheets:
            rows, columns = _frozen(ws)
            if not rows and not columns:
                continue
            seen += 1
            where = f"{name} «{ws.title}» frozen at {ws.freeze_panes}"
            assert rows <= MOST_FROZEN_ROWS, f"{where}: {rows} rows held on the screen"
            assert columns <= 1, f"{where}: {columns} columns held"
            assert rows and _is_header(ws, rows), f"{where}: row {rows} is not a table header"
    assert seen >= 3, seen      # the registry's sheets still freeze their header


def test_every_events_table_keeps_its_header_on_screen_or_on_paper(books):
    """A sheet with an events table (its header row carries the auto filter) either freezes that row
    or repeats it on every printed page."""
    tables = 0
    for name, wb in books:
        for ws in wb.worksheets:
            if not ws.auto_filter.ref:
                continue
            tables += 1
            header = int(re.match(r"[A-Z]+(\d+)", ws.auto_filter.ref).group(1))
            assert _is_header(ws, header), f"{name} «{ws.title}»: the filter row {header} is not a header"
            frozen = _frozen(ws)[0] == header
            printed = ws.print_title_rows in (f"{header}:{header}", f"${header}:${header}")
            assert frozen or printed, f"{name} «{ws.title}»: header row {header} neither frozen nor printed " \
                                      f"on every page (freeze {ws.freeze_panes}, print titles {ws.print_title_rows})"
    assert tables >= 16, tables
