"""Builds the Word form of a report from its text dump with python-docx, the way clerks file it:
title paragraphs, one table with a header row, sector headings as merged full-width rows,
line breaks inside cells as paragraphs, and the footer sentence after the table."""
from __future__ import annotations

import io

import docx

from etl.layout import Grid


def grid_to_docx(grid: Grid, *, footer_in_table: bool = False, line_breaks: str = "paragraphs") -> bytes:
    """line_breaks: "paragraphs" (Enter) or "breaks" (Shift+Enter, w:br inside one paragraph)."""
    document = docx.Document()
    for line in grid.preamble:
        if line.strip():
            document.add_paragraph(line.strip())
    width = max(len(row.cells) for row in grid.rows)
    table_rows = list(grid.rows)
    footer: list[str] = []
    if not footer_in_table:
        while table_rows and len(table_rows[-1].cells) == 1:
            footer.insert(0, table_rows.pop().cells[0])
    table = document.add_table(rows=0, cols=width)
    for row in table_rows:
        cells = table.add_row().cells
        if len(row.cells) == 1:
            merged = cells[0].merge(cells[-1])
            _fill(merged, row.cells[0], line_breaks)
        else:
            for cell, text in zip(cells, row.cells):
                _fill(cell, text, line_breaks)
    for text in footer:
        document.add_paragraph(" ".join(text.split()))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _fill(cell, text: str, line_breaks: str) -> None:
    lines = text.split("\n")
    if line_breaks == "breaks":
        run = cell.paragraphs[0].add_run(lines[0])
        for line in lines[1:]:
            run.add_break()
            run = cell.paragraphs[0].add_run(line)
        return
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)
