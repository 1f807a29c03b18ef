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

from .layout import clean, column_role, event_number, is_plan_heading

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
    if numbered and not any(k < len(row) and row[k].strip() for row in numbered for k in told):
        return SUMMARY
    return None

