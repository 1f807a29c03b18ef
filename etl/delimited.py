"""A report saved by Excel as CSV («CSV (разделители — запятые)»): one record per row, its cells parted by «;» (what a
Russian Excel writes) or «,», a cell holding a line break or the delimiter in double quotes, in Windows-1251 or UTF-8
with a BOM (etl/encoding.py decodes it before this).

Such a file was refused «в файле нет таблицы: ячейки должны начинаться с табуляции» — it has a table, the message sent
the clerk looking for the wrong fault — and a folder holding it skipped it with no word. Its records are the rows an
.xlsx sheet has, so they make the same grid: the lines above the header are the title, a record with one cell a
heading or a note. Pure: text in, a grid (or None when no record is a header) out."""
from __future__ import annotations

import csv
import io

from .layout import REQUIRED_ROLES, Grid, GridRow, column_role

DELIMITERS = (";", ",")


def _records(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """(first line, cells) of every record; a quoted cell may span lines."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, quotechar='"', doublequote=True, strict=False)
    records, line = [], 1
    try:
        for cells in reader:
            records.append((line, cells))
            line = reader.line_num + 1
    except csv.Error:
        return []  # not this delimiter's CSV (a field larger than the csv module allows)
    return records


def _header_at(records: list[tuple[int, list[str]]]) -> int | None:
    """The first record naming the title's and the dates' columns among three or more that name one."""
    for k, (_, cells) in enumerate(records):
        roles = [column_role(cell) for cell in cells] if len(cells) >= 3 else []
        if sum(1 for role in roles if role) >= len(REQUIRED_ROLES) and {"title", "dates"} <= set(roles):
            return k
    return None


# A Word table's text dump (each cell on a line after a TAB) is never read as CSV, whatever commas its text holds:
# its sentences split at «,» named columns by chance, and a dump with no header was refused for that instead.
_DUMP_LINES = 3


def grid_from_delimited(text: str) -> tuple[Grid, str] | None:
    """The grid of a CSV report and the delimiter read, or None when no record under either delimiter is a table
    header (a text that is no CSV: a dump, cards, paragraphs)."""
    if sum(1 for line in text.split("\n") if line[:1] == "\t") >= _DUMP_LINES:
        return None
    for delimiter in DELIMITERS:
        if delimiter not in text:
            continue
        records = _records(text, delimiter)
        header_at = _header_at(records)
        if header_at is None:
            continue
        header = list(records[header_at][1])
        while header and not header[-1].strip():
            header.pop()
        width = len(header)
        rows = [GridRow(tuple(header), 1, records[header_at][0])]
        for line, cells in records[header_at + 1:]:
            filled = [cell for cell in cells if cell.strip()]
            if not filled:
                continue
            if len(filled) == 1:  # «Культура;;;;;», a merged row's text: a heading or a note, as an .xlsx's is
                rows.append(GridRow((filled[0],), len(rows) + 1, line))
                continue
            while len(cells) > width and not cells[-1].strip():
                cells = cells[:-1]
            overflow: tuple[str, ...] = ()
            if len(cells) > width:  # more cells than the header names: kept in the last column, and named
                overflow = tuple(" ".join(c.split()) for c in cells[width:] if c.strip())
                cells = cells[:width - 1] + [" ".join(cells[width - 1:])]
            missing = width - len(cells)
            rows.append(GridRow(tuple(cells) + ("",) * missing, len(rows) + 1, line, missing_cells=missing,
                                overflow=overflow))
        preamble = tuple(cell.strip() for _, cells in records[:header_at] for cell in cells if cell.strip())
        return Grid(preamble=preamble, rows=tuple(rows), postamble=()), delimiter
    return None
