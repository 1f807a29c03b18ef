"""Tables that stand beside a quarter's report with the report's own header but are no report: a plan of the
next quarter's events («План мероприятий … на I квартал 2025 года») and a numbered summary of figures
(«1. Всего мероприятий — 78; 2. Подписано соглашений — 5»).

A clerk puts them before or after the report, on another sheet or under the events table. Read as the report,
a plan loaded as a quarter that has not happened (the report itself set aside), and a summary's rows, numbered
from 1 again, made the file refused as «номер мероприятия 1 повторяется». What tells them apart is what a person
sees: a report's events hold a date or a place, and its title says the quarter the events were held «в» or «за»;
a plan's title names a plan or the period it is «на»; a summary's numbered rows hold figures and no date or place.
Pure: cell texts in, a reason out; the readers (etl/docx_grid.py, etl/xlsx_grid.py) decide what to do with it."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .errors import Issue
from .layout import clean, column_role, event_number, is_plan_heading, split_dump_cells, starts_cell

# «на I квартал 2025 года», «на 2-й квартал», «на II полугодие 2025 г.», «на 2025 год»: the period a plan is for.
# A report's title says «в IV квартале», «за IV квартал».
_PERIOD_AHEAD = re.compile(r"(?<![а-яё])на\s+(?:(?:[IVІ]{1,3}|[1-4])\s*(?:-?[йе]\s+)?(?:квартал|полугоди)"
                           r"|(?:19|20)\d\d\s*(?:год|г\.))", re.IGNORECASE)

PLAN = "план"
SUMMARY = "сводка"


def _roles_at(header: Sequence[str], *roles: str) -> list[int]:
    return [k for k, cell in enumerate(header) if column_role(cell) in roles]


def side_table_kind(lines_above: Sequence[str], header: Sequence[str], rows: Sequence[Sequence[str]]) -> str | None:
    """PLAN, SUMMARY or None (it may be a report) for a table with the events' header: `lines_above` are the text
    lines between the table before (or the document's start) and this table's header, `rows` the rows below the
    header. A table with no numbered row is not judged here (etl.xlsx_grid names such sheets already)."""
    title = [clean(line) for line in lines_above if line.strip()][-4:]
    if any(is_plan_heading(line) or _PERIOD_AHEAD.search(line) for line in title):
        return PLAN
    number_at = next(iter(_roles_at(header, "number")), 0)
    told = _roles_at(header, "dates", "venue", "venue_dates")
    if not told:
        return None
    numbered = [row for row in rows if len(row) > number_at and event_number(row[number_at]) is not None
                and sum(1 for cell in row if cell.strip()) > 1]
    # a word of content makes a row an event too (a short first sector whose dates were left empty is no summary)
    told += _roles_at(header, "content")
    if numbered and not any(k < len(row) and row[k].strip() for row in numbered for k in told):
        return SUMMARY
    return None



# --- a text dump: the same rule over the tables a dump runs together -----------------------------------------------

@dataclass(frozen=True)
class _DumpTable:
    """One headed table of a text dump: its title's first line, its header's first line and its end (line indexes;
    the end is the next table's title or the text's end), and its kind (PLAN, SUMMARY or None)."""
    title_at: int
    header_at: int
    end: int
    kind: str | None
    preview: str


_DIGIT = re.compile(r"\d")
_HEADER_CELL_MAX = 300  # characters: «Участники мероприятия (общее количество, другие дополнительные сведения)» is 80


def _header_runs(cells: Sequence[tuple[str, int]]) -> list[tuple[int, int]]:
    """(first cell, cell count) of each run of cells that reads as the events' header: three cells or more, each
    naming a column and holding no digit, among them the title's and the dates'. Only runs of three short cells
    without a digit are asked their column (an event's row has its number and dates between): a long report costs
    little more than its cells' lengths."""
    short = [len(text) <= _HEADER_CELL_MAX and _DIGIT.search(text) is None for text, _ in cells]
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(cells):
        if not short[k]:
            k += 1
            continue
        end = k
        while end < len(cells) and short[end]:
            end += 1
        if end - k >= 3:  # within the run of short cells, the runs naming columns
            at = k
            while at < end:
                stop = at
                while stop < end and column_role(cells[stop][0]):
                    stop += 1
                roles = {column_role(text) for text, _ in cells[at:stop]}
                if stop - at >= 3 and {"title", "dates"} <= roles:
                    runs.append((at, stop - at))
                at = stop + 1
        k = end
    return runs


def _title_block_at(lines: Sequence[str], header_at: int, floor: int) -> int:
    """The first line of the title right above a dump's header line: the lines next to each other (one blank line
    may stand between them and the header) that start no cell, back to a blank line, a cell's start or `floor`.
    A cell's own last lines run on with no blank line, so they stay the cell's."""
    at = header_at
    while at > floor and not lines[at - 1].strip():
        at -= 1
    top = at
    while top > floor and lines[top - 1].strip() and not starts_cell(lines[top - 1]):
        top -= 1
    if top == at or (top > floor and starts_cell(lines[top - 1])):
        return header_at  # no title, or the cell's own last lines
    return top


def dump_side_tables(text: str) -> tuple[str, tuple[Issue, ...]]:
    """A text dump without the plans it holds and the summaries before its report, and an info naming each.

    A dump runs every table of the document together, a table's cells one a line after a TAB: a plan («План …
    на I квартал 2025 года») or a numbered summary with the report's header before the report was read as the
    report (the file loaded as the plan's quarter with its 3 events, the 78 set aside), or refused (a summary's
    title names no region); a plan after it was read on as the next sector («номер мероприятия 1 повторяется»).
    The rule is the one .docx and .xlsx follow (side_table_kind), and as there a file of only a plan or only a
    summary is read as before; a summary after the report is left to the layout, which keeps it as notes.
    Most dumps have one header: the same text back."""
    lines = text.split("\n")
    preamble, cells = split_dump_cells(lines)
    runs = _header_runs(cells)
    if len(runs) < 2:
        return text, ()
    tables: list[_DumpTable] = []
    for k, (first, width) in enumerate(runs):
        header_at = cells[first][1] - 1
        floor = cells[first - 1][1] if first else 0
        title_at = 0 if k == 0 else _title_block_at(lines, header_at, floor)
        header = [text for text, _ in cells[first:first + width]]
        stop = runs[k + 1][0] if k + 1 < len(runs) else len(cells)
        body = [text for text, _ in cells[first + width:stop]]
        start = next((i for i, cell in enumerate(body) if event_number(cell) is not None), len(body))
        rows = [body[i:i + width] for i in range(start, len(body), width)]
        kind = side_table_kind(lines[title_at:header_at], header, rows)
        if k and rows and event_number(rows[0][0]) not in (None, 1):
            kind = None  # numbered on from the table before: the report carried on past a page (its header again)
        preview = " ".join(" ".join(lines[title_at:header_at] + header[:3]).split())[:120]
        tables.append(_DumpTable(title_at, header_at, len(lines), kind, preview))
    tables = [replace(t, end=tables[k + 1].title_at) if k + 1 < len(tables) else t for k, t in enumerate(tables)]
    if all(t.kind for t in tables) or not any(t.kind for t in tables):
        return text, ()
    first_report = next(k for k, t in enumerate(tables) if t.kind is None)
    dropped = [k for k, t in enumerate(tables) if t.kind == PLAN or (t.kind == SUMMARY and k < first_report)]
    if not dropped:
        return text, ()
    keep = [True] * len(lines)
    for k in dropped:
        for i in range(tables[k].title_at if k else 0, tables[k].end):
            keep[i] = False
    issues = tuple(Issue("table", tables[k].preview, side_table_message(f"таблица {k + 1} текста", tables[k].kind),
                         "info") for k in dropped)
    return "\n".join(line for i, line in enumerate(lines) if keep[i]), issues


def side_table_message(which: str, kind: str) -> str:
    """The info naming a plan or a summary set aside: `which` is «таблица 2 документа», «лист «Лист2»»…"""
    if kind == PLAN:
        return (f"{which} похожа на таблицу мероприятий, но это план (мероприятия, которые ещё предстоят), "
                "а не отчёт о проведённых — пропущена")
    return (f"{which} похожа на таблицу мероприятий, но это сводка (в пронумерованных строках только показатели — "
            "ни дат, ни мест) — пропущена")
