"""An Excel workbook (.xlsx) → the same cell grid as a Word table: the report some clerks keep in
Excel instead of Word, with the title in the rows above the header and sector headings in merged rows.

The sheet read is the first whose rows hold a header (№, наименование, сроки…); the other sheets are
named as info issues. Values are what Excel shows after its last calculation (a formula's cached
result, never the formula), dates as «дд.мм.гггг», whole numbers without «.0». A row with one filled
cell is a heading, a title line or a note, as a merged row of a Word table is."""
from __future__ import annotations

import html
import io
import re
import zipfile
from datetime import date, datetime, time

from .cards import grid_from_card_lines
from .docx_grid import _PEOPLE_ROLES, GridReading
from .errors import Issue, ReportError
from .side_tables import PLAN, side_table_kind
from .layout import REQUIRED_ROLES, Grid, GridRow, clean, column_role, event_number, is_period_heading

MAX_ROWS = 100_000
_NOT_FOUND = "в заголовке не найден"  # what the sheet's name may answer (title._NOT_FOUND)
MAX_COLUMNS = 60


def cell_text(value) -> str:
    """12.5 → '12.5', 45.0 → '45', datetime(2025, 7, 12) → '12.07.2025', None → ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "да" if value else "нет"
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y") if value.time() == time(0) else value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _rows(sheet) -> list[tuple[int, tuple[str, ...]]]:
    """(1-based sheet row, cell texts without the trailing empty ones) of every row with text."""
    out = []
    for number, values in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), start=1):
        if number > MAX_ROWS:
            raise ReportError(f"в листе «{sheet.title}» больше {MAX_ROWS} строк")
        cells = [cell_text(v) for v in values]
        while cells and not cells[-1].strip():
            cells.pop()
        if any(c.strip() for c in cells):
            out.append((number, tuple(cells)))
    return out


def _sheet_rows(sheet, data: bytes) -> list[tuple[int, tuple[str, ...]]]:
    """_rows, or a ReportError naming the sheet when its cells cannot be read: a cell pointing at a shared string the
    book does not hold (its part xl/sharedStrings.xml lost by a program that wrote the book, or cut short) made the
    reader fail with a bare «list index out of range» — `load` stopped with a traceback, the upload with no word."""
    try:
        return _rows(sheet)
    except ReportError:
        raise
    except Exception as exc:  # openpyxl raises many types for a damaged sheet
        if isinstance(exc, IndexError) and not _has_shared_strings(data):
            raise ReportError(f"файл Excel повреждён: ячейки листа «{sheet.title}» ссылаются на общие строки книги, "
                              "а части xl/sharedStrings.xml в файле нет — откройте книгу в Excel (или LibreOffice) "
                              "и сохраните заново как .xlsx") from None
        raise ReportError(f"файл Excel повреждён: лист «{sheet.title}» не читается ({type(exc).__name__}) — "
                          "откройте книгу в Excel (или LibreOffice) и сохраните заново как .xlsx") from None


def _has_shared_strings(data: bytes) -> bool:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return any(name.lower().endswith("sharedstrings.xml") for name in package.namelist())


_COL_TAG = re.compile(rb"<(?:\w+:)?col\b([^>]*)>")
_ATTRIBUTE = re.compile(rb'(\w+)\s*=\s*"([^"]*)"')


_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")


def hidden_rows(data: bytes, sheet) -> frozenset[int]:
    """1-based numbers of the rows a sheet hides (<row r="12" hidden="1">, also the rows of a collapsed
    group and the rows an applied filter hides)."""
    return frozenset(hidden_row_causes(data, sheet))


FOLDED, FILTERED, HIDDEN = "folded", "filtered", "hidden"
_AUTOFILTER = re.compile(rb'<(?:\w+:)?autoFilter\b[^>]*?\bref\s*=\s*"\$?[A-Z]{1,3}\$?(\d+)(?::\$?[A-Z]{1,3}\$?(\d+))?"'
                         rb'[^>]*>(.*?)</(?:\w+:)?autoFilter>', re.DOTALL)


def hidden_row_causes(data: bytes, sheet) -> dict[int, str]:
    """Each hidden row's 1-based number → why Excel hides it: FOLDED (in a collapsed outline group, outlineLevel
    above 0), FILTERED (inside the range of an autofilter that has a condition set) or HIDDEN (hidden by hand)."""
    path = getattr(sheet, "_worksheet_path", None)
    if not path:
        return {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            part = archive.read(path.lstrip("/"))
    except (KeyError, OSError, zipfile.BadZipFile):
        return {}
    if b"hidden" not in part:
        return {}
    filtered = range(0)
    applied = _AUTOFILTER.search(part)
    if applied is not None and re.search(rb"<(?:\w+:)?filterColumn\b", applied.group(3)):
        filtered = range(int(applied.group(1)) + 1, int(applied.group(2) or applied.group(1)) + 1)
    causes: dict[int, str] = {}
    for tag in _ROW_TAG.finditer(part):
        attributes = dict(_ATTRIBUTE.findall(tag.group(1)))
        if attributes.get(b"hidden") in (b"1", b"true") and attributes.get(b"r", b"").isdigit():
            number = int(attributes[b"r"])
            level = attributes.get(b"outlineLevel", b"0")
            causes[number] = (FOLDED if level.isdigit() and int(level) > 0
                              else FILTERED if number in filtered else HIDDEN)
    return causes


def rows_of_the_table(rows, header_at: int, causes: dict[int, str]) -> set[int]:
    """The hidden rows (sheet numbers) that are the report's own rows, only folded or filtered out of sight, so
    read: a row in a collapsed group or hidden by a filter, between the header and the last shown row, or in the
    run of hidden rows right after it when that run starts with an event's number; a row hidden by hand when its
    event number carries the shown rows' numbering on (shown 1, 2, hidden 3, shown 4). Not read: a stale copy of a
    shown event (the number of the shown numbered row just before or after it, folded or hidden), a clerk's note, hidden helper rows under the table (after an empty row, or
    with no event number)."""
    after = [(n, cells) for n, cells in rows[header_at + 1:]]
    shown_at = [k for k, (n, _) in enumerate(after) if n not in causes]
    last_shown = shown_at[-1] if shown_at else -1
    trailing_ok = False
    if last_shown + 1 < len(after):
        first_number, first_cells = after[last_shown + 1]
        previous = after[last_shown][0] if last_shown >= 0 else rows[header_at][0]
        trailing_ok = first_number == previous + 1 and bool(first_cells) \
            and event_number(first_cells[0]) is not None
    read: set[int] = set()
    for k, (number, cells) in enumerate(after):
        cause = causes.get(number)
        if cause is None:
            continue
        inside = k < last_shown or (trailing_ok and all(after[j][0] == after[j - 1][0] + 1 if j else True
                                                         for j in range(last_shown + 1, k + 1)))
        if not inside:
            continue
        own = event_number(cells[0]) if cells else None
        if own is not None and own in (_shown_number(reversed(after[:k]), causes), _shown_number(after[k + 1:], causes)):
            continue  # a stale copy kept beside its event (its number again, folded or hidden): reading it refused the
            # whole book «номер мероприятия повторяется»
        if cause in (FOLDED, FILTERED):
            read.add(number)
            continue
        before = next((event_number(c[0]) for n, c in reversed(after[:k]) if n not in causes or n in read
                       if c and event_number(c[0]) is not None), None)
        if own is not None and before is not None and own == before + 1:
            read.add(number)
    return read


def _shown_number(rows, causes: dict[int, str]) -> int | None:
    """The event number of the first shown numbered row among `rows`."""
    return next((event_number(c[0]) for n, c in rows if n not in causes and c and event_number(c[0]) is not None), None)


def hidden_columns(data: bytes, sheet) -> frozenset[int]:
    """1-based numbers of the columns a sheet hides (<col min max hidden="1"> before its rows): the clerk's
    own notes or a helper column, which Excel does not show or print. Read from the sheet's XML, as the
    read-only reader gives no column widths; a sheet whose part cannot be found hides nothing."""
    path = getattr(sheet, "_worksheet_path", None)
    if not path:
        return frozenset()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(path.lstrip("/")) as part:
            head = b""
            while b"sheetData" not in head and len(head) < 1_000_000:
                chunk = part.read(65536)
                if not chunk:
                    break
                head += chunk
    except (KeyError, OSError, zipfile.BadZipFile):
        return frozenset()
    hidden: set[int] = set()
    for tag in _COL_TAG.finditer(head.split(b"sheetData", 1)[0]):
        attributes = dict(_ATTRIBUTE.findall(tag.group(1)))
        if attributes.get(b"hidden") in (b"1", b"true"):
            try:
                first, last = int(attributes.get(b"min", b"0")), int(attributes.get(b"max", b"0"))
            except ValueError:
                continue
            hidden.update(range(max(first, 1), min(last, MAX_COLUMNS) + 1))
    return frozenset(hidden)


_MERGE_TAG = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref\s*=\s*"\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)"')


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - ord("A") + 1
    return number


def merged_down(data: bytes, sheet) -> tuple[tuple[int, int, int], ...]:
    """(first row, column, last row) of every merged range a sheet spans over more than one row
    (<mergeCell ref="B5:B8"/>, after its rows): the read-only reader leaves the rows below the first
    empty, while Excel shows the one value over all of them — a sector, a date or a place shared by
    several events. A range over several columns is named by its first one."""
    path = getattr(sheet, "_worksheet_path", None)
    if not path:
        return ()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            part = archive.read(path.lstrip("/"))
    except (KeyError, OSError, zipfile.BadZipFile):
        return ()
    tail = part.rpartition(b"sheetData")[2]
    if b"mergeCell" not in tail:
        return ()
    out = []
    for first_column, first_row, _, last_row in _MERGE_TAG.findall(tail):
        top, bottom = int(first_row), int(last_row)
        if bottom > top:
            out.append((top, _column_number(first_column), min(bottom, MAX_ROWS)))
    return tuple(out)


def merged_across(data: bytes, sheet) -> tuple[tuple[int, int, int], ...]:
    """(row, first column, last column) of every merged range a sheet spans over more than one column
    (<mergeCell ref="C9:D9"/>): the read-only reader gives the range's text to its first cell only, while Excel
    shows it over all of them — a venue and its dates typed in one cell merged over both columns."""
    path = getattr(sheet, "_worksheet_path", None)
    if not path:
        return ()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            part = archive.read(path.lstrip("/"))
    except (KeyError, OSError, zipfile.BadZipFile):
        return ()
    tail = part.rpartition(b"sheetData")[2]
    if b"mergeCell" not in tail:
        return ()
    out = []
    for first_column, first_row, last_column, _ in _MERGE_TAG.findall(tail):
        first, last = _column_number(first_column), _column_number(last_column)
        if last > first:
            out.append((int(first_row), first, min(last, MAX_COLUMNS)))
    return tuple(out)


def _dates_from_merged_across(rows, merges, header_row: int, header: tuple[str, ...]) -> tuple[list, list[Issue]]:
    """The rows with the dates cell given the text of a range merged across it from the column before («г. Москва,
    ЦВК «Экспоцентр», 21–24 октября 2024 года» over «Место» and «Сроки»), as a Word cell merged across the dates
    column is read (etl.docx_grid): the dates column stayed empty — «не удалось прочитать даты» with the dates in
    sight. A range over more than two of the header's columns, or a row with fewer than three filled cells, is a
    heading merged over the row, not an event's two cells."""
    dates_at = next((k for k, cell in enumerate(header) if column_role(cell) == "dates"), None)
    if dates_at is None:
        return rows, []
    at = {number: k for k, (number, _) in enumerate(rows)}
    out = list(rows)
    issues: list[Issue] = []
    for row, first, last in merges:
        if row <= header_row or row not in at or not first <= dates_at + 1 <= last or first == dates_at + 1 \
                or last - first + 1 > 2:
            continue
        cells = list(out[at[row]][1])
        value = cells[first - 1] if first <= len(cells) else ""
        if not value.strip() or sum(1 for c in cells if c.strip()) < 3:
            continue
        cells += [""] * (dates_at + 1 - len(cells))
        if cells[dates_at].strip():
            continue
        cells[dates_at] = value
        out[at[row]] = (row, tuple(cells))
        issues.append(Issue("row", " ".join(value.split())[:200],
                            f"строка {row} таблицы: ячейка объединена со столбцом "
                            f"«{' '.join(header[dates_at].split())[:60]}» — даты прочитаны из её текста", "info",
                            event_number(cells[0])))
    return out, issues


def _sheet_hidden(sheet) -> bool:
    return getattr(sheet, "sheet_state", "visible") in ("hidden", "veryHidden")


_CELL_TAG = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?f>)", re.S)
# a stored result: <v>3</v>, or an inline string; <v></v> is one only for a text result (t="str": Excel's
# «=ЕСЛИ(…;"";…)»), not for a number a program left uncalculated
_VALUE_TAG = re.compile(rb"<(?:\w+:)?(?:v>[^<]|is\b)")
_CELL_REF = re.compile(rb"\$?([A-Z]{1,3})\$?(\d+)")


def uncached_formulas(data: bytes, sheet) -> dict[tuple[int, int], str]:
    """(row, column) → formula text of each cell holding a formula but no stored result: a workbook written by
    a program (not saved by Excel) keeps «=СЦЕПИТЬ(…)» without its value, and the value-only reader gives an
    empty cell — an event's title or date read as nothing, with no word why."""
    path = getattr(sheet, "_worksheet_path", None)
    if not path:
        return {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            part = archive.read(path.lstrip("/"))
    except (KeyError, OSError, zipfile.BadZipFile):
        return {}
    if not _FORMULA_TAG.search(part):
        return {}
    found = {}
    for attributes, body in _CELL_TAG.findall(part):
        if not body or _VALUE_TAG.search(body):
            continue
        attribute = dict(_ATTRIBUTE.findall(attributes))
        if attribute.get(b"t") == b"str" and re.search(rb"<(?:\w+:)?v\b", body):
            continue  # an empty text result Excel stored
        formula = _FORMULA_TAG.search(body)
        reference = attribute.get(b"r", b"")
        place = _CELL_REF.fullmatch(reference)
        if formula and place:
            text = html.unescape((formula.group(1) or b"").decode("utf-8", "replace"))
            found[(int(place.group(2)), _column_number(place.group(1)))] = text
    return found


def _uncached_formula_issues(data: bytes, sheet, rows, header_at: int) -> list[Issue]:
    formulas = uncached_formulas(data, sheet)
    if not formulas:
        return []
    header_row, header = rows[header_at]
    firsts = {number: cells[0] if cells else "" for number, cells in rows}
    issues = []
    for (row, column), text in sorted(formulas.items()):
        name = " ".join(header[column - 1].split()) if row > header_row and column <= len(header) else ""
        role = column_role(header[column - 1]) if name else None
        shown = f"«={' '.join(text.split())[:80]}»" if text.strip() else "«=…»"  # a shared formula's copy: no text
        issues.append(Issue(role or "table", f"={text}"[:300],
                            f"ячейка {_column_letter(column)}{row} листа «{sheet.title}»"
                            + (f" (столбец «{name[:60]}»)" if name else "")
                            + f": формула {shown} без сохранённого значения — прочитана как пустая; откройте файл "
                            "в Excel, дайте ему пересчитать формулы и сохраните заново", "warning",
                            event=event_number(firsts.get(row, "")) if row > header_row else None))
    return issues


def _filled_down(rows, merges, header_row: int, header: tuple[str, ...]) -> tuple[list, list[Issue]]:
    """The rows below the header with each merged range's value in every row it spans (as Excel shows
    it and as a Word table's vertically merged cell is read), and an issue per row given a value: info
    for a date, a place or a sector; a warning for people, whom a sum over events then counts twice."""
    at = {number: k for k, (number, _) in enumerate(rows)}
    out = list(rows)
    issues: list[Issue] = []
    # only rows with a number of their own are events of their own: a row under a number merged down over it
    # (one event written over two rows) or with its number left empty is carried on into the event above
    number_at = next((k for k, cell in enumerate(header) if column_role(cell) == "number"), None)
    for top, column, bottom in merges:
        if top <= header_row or top not in at:
            continue  # the header's own merges («Участники» over its sub-columns) are read by the header
        cells = out[at[top]][1]
        value = cells[column - 1] if column <= len(cells) else ""
        if not value.strip():
            continue
        people = column <= len(header) and column_role(header[column - 1]) in _PEOPLE_ROLES
        for number in range(top + 1, bottom + 1):
            if number not in at:
                continue
            cells = list(out[at[number]][1])
            if number_at is not None and (number_at >= len(cells) or not cells[number_at].strip()):
                continue
            cells += [""] * (column - len(cells))
            if cells[column - 1].strip():
                continue
            cells[column - 1] = value
            out[at[number]] = (number, tuple(cells))
            text = " ".join(value.split())[:200]
            if people:
                issues.append(Issue("row", text, f"строка {number} таблицы: ячейка участников объединена по "
                                    "вертикали с мероприятием выше — её люди отнесены к обоим мероприятиям и в "
                                    "итогах учтены дважды", "warning", event_number(cells[0])))
            else:
                issues.append(Issue("row", text, f"строка {number} таблицы: текст объединённой по вертикали ячейки "
                                    "отнесён к каждой строке, которую она занимает", "info", event_number(cells[0])))
    return out, issues


def _column_letter(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _without_columns(rows, hidden: frozenset[int]):
    """The rows with the hidden columns' cells emptied (the trailing empty ones dropped again)."""
    out = []
    for number, cells in rows:
        kept = [("" if k + 1 in hidden else c) for k, c in enumerate(cells)]
        while kept and not kept[-1].strip():
            kept.pop()
        if any(c.strip() for c in kept):
            out.append((number, tuple(kept)))
    return out


def _title_problem(lines: tuple[str, ...]) -> str | None:
    """Why these lines are no title (ReportError's message), None when they name a region and a quarter."""
    from .title import parse_title

    try:
        parse_title(" ".join(lines))
    except ReportError as exc:
        return exc.message
    return None


def _is_header(cells: tuple[str, ...]) -> bool:
    return len(cells) > 2 and sum(1 for c in cells if column_role(c)) >= len(REQUIRED_ROLES)


# The columns an event is read from: one of them hidden, with no other column of its kind in sight, is read anyway.
_CORE_ROLES = frozenset({"number", "title", "dates", "venue", "participants", "content"})


_ROLE_NAMES = {"title": "наименование мероприятия", "dates": "сроки проведения"}


def _missing_roles(header: tuple[str, ...]) -> list[str]:
    present = {column_role(c) for c in header}
    return [role for role in REQUIRED_ROLES if role != "number" and role not in present]


def _complete_header(rows) -> bool:
    """The sheet has a header row naming, each in a column of its own, every column an event needs
    besides its number (the title and the dates)."""
    return any(_is_header(cells) and not _missing_roles(cells) for _, cells in rows)


def _dated_rows(rows) -> bool:
    """Whether a sheet has a header row naming the dates and, below it, a row with text in that column: events.
    A summary (counts by sector, totals) has the columns but no dates."""
    header_at = next((i for i, (_, cells) in enumerate(rows) if _is_header(cells)), None)
    if header_at is None:
        return False
    at = next((k for k, c in enumerate(rows[header_at][1]) if column_role(c) == "dates"), None)
    return at is not None and any(at < len(cells) and cells[at].strip() and sum(1 for c in cells if c.strip()) > 1
                                  for _, cells in rows[header_at + 1:])


def _numbered_titles(rows) -> list[str] | None:
    """The titles (as compared: words joined by one space, case folded) of a sheet's rows below its header that have
    an event's number in the number column; None for a sheet with no header naming the title column."""
    header_at = next((i for i, (_, cells) in enumerate(rows) if _is_header(cells)), None)
    if header_at is None:
        return None
    header = rows[header_at][1]
    title_at = next((k for k, c in enumerate(header) if column_role(c) == "title"), None)
    number_at = next((k for k, c in enumerate(header) if column_role(c) == "number"), 0)
    if title_at is None:
        return None
    return [" ".join(cells[title_at].split()).casefold() for _, cells in rows[header_at + 1:]
            if number_at < len(cells) and event_number(cells[number_at]) is not None
            and title_at < len(cells) and cells[title_at].strip()]


def side_sheets(ordered) -> dict[str, str]:
    """Sheet name → etl.side_tables kind, for the visible sheets with the events' header that are a plan or a numbered
    summary, when another visible sheet with that header is neither: a book of only a plan is read as before."""
    kinds = {}
    for sheet, rows in ordered:
        header_at = next((i for i, (_, cells) in enumerate(rows) if _is_header(cells)), None)
        if header_at is None or _sheet_hidden(sheet):
            continue
        kinds[sheet.title] = side_table_kind([c for _, cells in rows[:header_at] for c in cells], rows[header_at][1],
                                             [cells for _, cells in rows[header_at + 1:]])
    if all(kinds.values()):
        return {}
    return {name: kind for name, kind in kinds.items() if kind}


def summary_sheets(ordered) -> dict[str, str]:
    """Sheet name → why it is no report, for visible sheets with the report's full header that a person sees to be a
    summary beside the report on another sheet: its numbered rows all repeat that sheet's events (five «top» events
    copied out), or it has no numbered row at all («Всего за октябрь | … | октябрь 2024 года») while that sheet has
    events. Such a sheet was read as the report (the book refused for its title — the report lost) or, after the
    report, read on as its next sector. Two sheets each with events of their own (two bodies' reports) are both
    reports: neither is a summary, and the rule reading the first stands."""
    shaped = [(sheet.title, titles) for sheet, rows in ordered
              if not _sheet_hidden(sheet) and _complete_header(rows) and (titles := _numbered_titles(rows)) is not None]
    out: dict[str, str] = {}
    for name, titles in shaped:
        for other, other_titles in shaped:
            if other == name or not other_titles or other in out:
                continue
            if titles and len(titles) < len(other_titles) and set(titles) <= set(other_titles):
                out[name] = (f"все его мероприятия ({len(titles)}) повторяют мероприятия листа «{other}» "
                             "— пропущен (выборка или сводка?)")
                break
            if not titles:
                out[name] = (f"в нём нет ни одного пронумерованного мероприятия, а на листе «{other}» они есть "
                             "— пропущен (сводка?)")
                break
    return out


# an Excel day number, as a whole number written alone
_SERIAL_DATE = re.compile(r"\s*(\d{5})(?:\.0)?\s*")


def _serial_dates(rows, header_at: int, issues: list[Issue], epoch: date = date(1899, 12, 30)):
    """The rows with a dates cell holding only an Excel day number («45560»: a date whose cell format was reset to
    «Общий», or dates pasted as values) given that day («25.09.2024»), an info each: a person who wrote the number
    meant a date, and the cell read as no date at all («не удалось прочитать даты»). A number in any other column,
    or outside 1990–2099, stays as written. `epoch`: day 0 of the book (30.12.1899; 1.1.1904 for a book saved with the
    Mac's 1904 date system)."""
    header = rows[header_at][1]
    at = [k for k, cell in enumerate(header) if column_role(cell) == "dates"]
    out = list(rows)
    for index in range(header_at + 1, len(rows)):
        number, cells = rows[index]
        for k in at:
            if k < len(cells) and (match := _SERIAL_DATE.fullmatch(cells[k])):
                day = date.fromordinal(epoch.toordinal() + int(match.group(1)))
                if not 1990 <= day.year <= 2099:
                    continue
                shown = day.strftime("%d.%m.%Y")
                cells = cells[:k] + (shown,) + cells[k + 1:]
                issues.append(Issue("dates", match.group(1), f"строка {number} таблицы: в ячейке дат число Excel "
                                    f"{match.group(1)} (формат ячейки не «Дата») — прочитано как дата {shown}", "info",
                                    event_number(cells[0]) if cells else None))
        out[index] = (number, cells)
    return out


def _readable(data: bytes, sheet, rows, header_at: int, issues: list[Issue]):
    """A sheet's rows as a person sees them: its hidden columns and rows left out (info issue each) and its
    cells merged down filled into every row they span; with where its header now stands (None if hidden)."""
    hidden = hidden_columns(data, sheet)
    if hidden:
        header = rows[header_at][1]
        shown = {column_role(c) for k, c in enumerate(header, start=1) if k not in hidden}
        for k in sorted(hidden):
            name = header[k - 1].strip() if k <= len(header) else ""
            if column_role(name) in _CORE_ROLES and column_role(name) not in shown:
                # the report's own column (the venues, the dates) hidden to print narrower: left out, every event lost
                # that field, and the emptied header was called «столбец 3 «» не распознан»
                issues.append(Issue("table", name, f"скрытый столбец {_column_letter(k)} «{' '.join(name.split())}» "
                                    "прочитан: это столбец отчёта, но Excel его не показывает — проверьте его",
                                    "warning"))
                hidden = hidden - {k}
        for k in sorted(hidden):
            if any(k <= len(cells) and cells[k - 1].strip() for _, cells in rows[header_at:]):
                name = header[k - 1].strip() if k <= len(header) else ""
                issues.append(Issue("table", name, f"скрытый столбец {_column_letter(k)}"
                                    + (f" «{' '.join(name.split())}»" if name else "")
                                    + " листа не прочитан: Excel его не показывает", "info"))
        rows = _without_columns(rows, hidden)
        header_at = next((i for i, (_, cells) in enumerate(rows) if _is_header(cells)), None)
    causes = hidden_row_causes(data, sheet) if header_at is not None else {}
    if causes:
        header_row = rows[header_at][0]
        causes.pop(header_row, None)
        # a collapsed group (a sector folded away), an applied filter or one row hidden by hand: the rows are the
        # report's, only out of sight, and were left out — each event lost, the numbering warned of as broken
        read = rows_of_the_table(rows, header_at, causes)
        for number, cells in rows:
            if number in causes and number not in read:
                text = " | ".join(" ".join(c.split()) for c in cells if c.strip())
                issues.append(Issue("table", text[:300], f"скрытая строка {number} листа не прочитана: "
                                    "Excel её не показывает", "info"))
        if read:
            issues.append(Issue("table", sheet.title, _read_hidden_message(
                len(read), sorted({causes[n] for n in read}), sheet.title), "info"))
        hidden_at = set(causes) - read
        rows = [(n, c) for n, c in rows if n not in hidden_at]
        header_at = next((i for i, (_, cells) in enumerate(rows) if _is_header(cells)), None)
    if header_at is not None:
        epoch = getattr(getattr(sheet, "parent", None), "epoch", None)
        rows = _serial_dates(rows, header_at, issues, epoch.date() if isinstance(epoch, datetime) else date(1899, 12, 30))
        merges = merged_down(data, sheet)
        if merges:
            header_row, header = rows[header_at]
            rows, filled = _filled_down(rows, [(t, c, b) for t, c, b in merges if c not in hidden],
                                        header_row, header)
            issues.extend(filled)
        across = [(r, f, l) for r, f, l in merged_across(data, sheet)
                  if not any(k in hidden for k in range(f, l + 1))]
        if across:
            header_row, header = rows[header_at]
            rows, given = _dates_from_merged_across(rows, across, header_row, header)
            issues.extend(given)
    return rows, header_at


_HOW_HIDDEN = {FOLDED: "свёрнуты в группу", FILTERED: "скрыты фильтром", HIDDEN: "скрыты вручную"}


def _read_hidden_message(count: int, how: list[str], title: str) -> str:
    """One line for all the hidden rows of the table that were read, and why Excel hid them."""
    return (f"скрытые строки таблицы на листе «{' '.join(title.split())}» прочитаны как строки отчёта: {count} "
            f"({'; '.join(_HOW_HIDDEN[h] for h in how)}) — Excel их не показывает, проверьте их")


def xlsx_grid(data: bytes, file_name: str) -> GridReading:
    import openpyxl  # the workbook reader is needed only for this format

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged package
        raise ReportError(f"файл Excel повреждён или не читается: {type(exc).__name__}", file=file_name) from exc
    issues: list[Issue] = []
    chosen = None
    first_visible: list | None = None  # the first visible sheet's rows: a report of cards, when no sheet has a header
    more_sheets: list[tuple[str, list, int]] = []  # later sheets with the events' header: one sheet per sector
    try:
        # the sheets a person sees first: a hidden sheet (last quarter's table kept out of sight) was read in
        # place of the visible one, which was then called «не похож на таблицу мероприятий»
        ordered = [(sheet, _sheet_rows(sheet, data)) for sheet in sorted(workbook.worksheets, key=lambda s: _sheet_hidden(s))]
        # a summary or pivot sheet first («№ | Наименование | Количество»), the report on the 3rd sheet: the
        # summary's header was taken for the report's and the book refused «нет столбцов: dates» — the report
        # lost. A visible sheet whose header names every column an event needs is preferred to one that does not.
        some_complete = any(_complete_header(rows) for sheet, rows in ordered if not _sheet_hidden(sheet))
        # the same with a summary whose header names every column of the report («№ | Наименование | Место | Сроки
        # | Участники») over counts by sector or totals: it was read as the report, and the book refused for its
        # title (the real report on sheet 2 lost). A sheet none of whose rows has a date is passed over for a
        # visible sheet whose rows have dates.
        some_dated = any(_dated_rows(rows) for sheet, rows in ordered if not _sheet_hidden(sheet))
        # and a summary that does hold dates, or five «top» events copied out of the report (rows 178, 189)
        summaries = summary_sheets(ordered)
        # and a plan of the next quarter («План … на I квартал 2025 года») or a numbered summary of figures («1 | Всего
        # мероприятий — 78») with the report's header: a plan first was read as the report, the quarter not yet held
        side = side_sheets(ordered)
        for sheet, rows in ordered:
            if first_visible is None and not _sheet_hidden(sheet):
                first_visible = rows
            header_at = next((i for i, (_, cells) in enumerate(rows) if _is_header(cells)), None)
            dates = next((c for c in rows[header_at][1] if column_role(c) == "dates"), None) \
                if header_at is not None else None
            if dates is not None and some_dated and not _dated_rows(rows):
                issues.append(Issue("table", sheet.title, f"лист «{sheet.title}» похож на таблицу, но ни в одной "
                                    f"его строке нет даты (столбец «{' '.join(dates.split())}» пуст) — пропущен "
                                    "(сводка?)" + ("" if chosen else "; отчёт прочитан с другого листа"), "info"))
                continue  # before or after the report: a summary after it was read on as its next sector, and the
                # book refused «номер мероприятия 1 повторяется»
            if sheet.title in summaries:
                issues.append(Issue("table", sheet.title, f"лист «{sheet.title}» похож на таблицу мероприятий, но "
                                    f"{summaries[sheet.title]}; отчёт прочитан с другого листа", "info"))
                continue
            if sheet.title in side:
                issues.append(Issue("table", sheet.title, f"лист «{sheet.title}» похож на таблицу мероприятий, но это "
                                    "план (мероприятия, которые ещё предстоят), а не отчёт о проведённых — пропущен"
                                    if side[sheet.title] == PLAN else f"лист «{sheet.title}» похож на таблицу "
                                    "мероприятий, но это сводка (в пронумерованных строках только показатели — ни дат, "
                                    "ни мест) — пропущен", "info"))
                continue
            if chosen is not None and header_at is not None and not _sheet_hidden(sheet) \
                    and not _QUARTER_SHEET.search(sheet.title) and not _another_report(rows, header_at, chosen) \
                    and _same_columns(rows[header_at][1], chosen[1][chosen[2]][1]) \
                    and (_names_a_section(sheet.title) or is_period_heading(sheet.title)
                         or _lines_above(rows[:header_at], chosen) or _numbering_goes_on(rows[header_at + 1:], chosen,
                                                                                         more_sheets)
                         or _body_part_title(rows[:header_at], chosen)):
                # a later sheet with the events' columns: one sheet per sector («Экономика», «Культура»), or per
                # month; before, only the first sheet was read and the others named as «not an events table»
                rows, header_at = _readable(data, sheet, rows, header_at, issues)
                if header_at is not None:
                    issues.extend(_uncached_formula_issues(data, sheet, rows, header_at))
                    more_sheets.append((sheet.title, rows, header_at))
                    issues.append(Issue("table", sheet.title, f"лист «{sheet.title}» продолжает таблицу мероприятий "
                                                              "и прочитан вместе с ней", "info"))
                    continue
            if chosen is not None and header_at is not None and not _sheet_hidden(sheet) and _dated_rows(rows):
                other = _other_report(rows[:header_at], chosen, sheet.title)
                if other is not None:
                    # two regions' reports in one book, or the same region's two quarters: the second was set aside
                    # with a warning and never loaded — its quarter lost — while the model holds one report per file
                    # (reports.report_id is the file's digest)
                    raise ReportError(two_regions_message(chosen[0], other[0], sheet.title, other[1]))
            if chosen is not None and header_at is not None:
                hidden_sheet = _sheet_hidden(sheet)
                issues.append(Issue("table", sheet.title,
                                    f"{'скрытый лист' if hidden_sheet else 'лист'} «{sheet.title}» тоже содержит "
                                    f"таблицу мероприятий ({len(rows) - header_at - 1} строк), но не прочитан: "
                                    f"отчёт — это лист «{chosen[0]}»"
                                    + ("" if hidden_sheet else "; если в книге два квартала, сохраните каждый "
                                       "отдельным файлом"), "info" if hidden_sheet else "warning"))
                continue
            if chosen is None and header_at is not None and some_complete and not _complete_header(rows):
                missing = ", ".join(_ROLE_NAMES.get(r, r) for r in _missing_roles(rows[header_at][1]))
                issues.append(Issue("table", sheet.title, f"лист «{sheet.title}» похож на таблицу, но в его строке "
                                    f"заголовков нет столбцов: {missing} — пропущен (сводка?); отчёт прочитан "
                                    "с другого листа", "info"))
                continue
            if chosen is None and header_at is not None:
                if _sheet_hidden(sheet):
                    issues.append(Issue("table", sheet.title, f"таблица прочитана со скрытого листа «{sheet.title}»: "
                                        "Excel его не показывает — проверьте, тот ли это отчёт", "warning"))
                rows, header_at = _readable(data, sheet, rows, header_at, issues)
                if header_at is not None:
                    issues.extend(_uncached_formula_issues(data, sheet, rows, header_at))
                    chosen = (sheet.title, rows, header_at)
            elif rows:
                issues.append(Issue("table", sheet.title, f"лист «{sheet.title}» не похож на таблицу мероприятий "
                                                          f"и пропущен ({len(rows)} строк)", "info"))
    except ReportError as exc:
        raise ReportError(exc.message, file=file_name) from exc
    finally:
        workbook.close()
    if chosen is None and first_visible:
        # one «label | value» card per event, as a Word report of cards (etl/cards.py): a skipped row ends a card
        lines = []
        for k, (number, cells) in enumerate(first_visible):
            if k and number > first_visible[k - 1][0] + 1:
                lines.append("")
            lines.append("\t".join(cells))
        cards = grid_from_card_lines(lines)
        if cards is not None:
            return GridReading(cards[0], tuple(i for i in issues if "не похож на таблицу" not in i.message)
                               + (cards[1],))
    if chosen is None:
        raise ReportError("в книге Excel нет листа с таблицей мероприятий (строка заголовков: №, наименование, "
                          "сроки…)", file=file_name)
    title, rows, header_at = chosen
    width = len(rows[header_at][1])
    preamble = tuple(c for _, cells in rows[:header_at] for c in cells if c.strip())
    if title.strip() and (_title_problem(preamble) or "").startswith(_NOT_FOUND) \
            and _title_problem(preamble + (title,)) is None:
        # «Информация о мероприятиях Курской области» over a sheet named «III квартал 2025»: the tab a person
        # sees says what the rows above the header leave out (read before the file's name)
        preamble += (title,)
        issues.append(Issue("report_title", title, f"заголовок не называет регион или квартал: они взяты из "
                                                   f"названия листа «{title}»", "info"))
    grid_rows = []
    # a later sheet: its header (the first's columns again) left out, the lines above it that are no title kept as
    # rows (a heading, a plan's name); its rows numbered on after the sheet before's, as a Word table carried on is
    sheets = [(title, rows[header_at:], [])] + [(name, more[at + 1:], _lines_above(more[:at], chosen))
                                                  for name, more, at in more_sheets]
    offset = 0
    for k, (name, sheet_rows, above) in enumerate(sheets):
        first_row = next((cells for _, cells in sheet_rows[0 if k else 1:]), ())
        if more_sheets and not above and sum(1 for c in first_row if c.strip()) != 1 \
                and (_names_a_section(name) or is_period_heading(name)):
            above = [name]  # «Культура»: the sheet's name heads its rows, as a heading row over them would; a
            # month's name («Ноябрь») heads no sector, but its numbering may start again as under a heading
        if k:
            for line in above:
                offset += 1
                grid_rows.append(GridRow((line,), offset, None))
        elif above:
            grid_rows.append(GridRow(sheet_rows[0][1], sheet_rows[0][0], None))  # the header, then the heading
            grid_rows.append(GridRow((above[0],), sheet_rows[0][0], None))
            sheet_rows = sheet_rows[1:]
        base = offset
        for number, cells in sheet_rows:
            filled = [c for c in cells if c.strip()]
            if len(filled) == 1:  # a merged row's text sits in its first cell, or a heading typed anywhere
                cells = (filled[0],)
            else:  # cells past the header's last column stay: split_layout reads the header's columns
                cells = cells + ("",) * (width - len(cells))
            grid_rows.append(GridRow(cells, number + base if k else number, None))
            offset = max(offset, number + base if k else number)
    return GridReading(Grid(preamble=preamble, rows=tuple(grid_rows), postamble=()), tuple(issues))


# A sheet named after a quarter, a half-year or a year holds another period's report, never this one's rows.
_QUARTER_SHEET = re.compile(r"квартал|кв\.|полугоди|(?<!\d)20\d\d(?!\d)|^\s*[IV]{1,3}\s*$", re.IGNORECASE)
_DEFAULT_SHEET = re.compile(r"^\s*(?:лист|sheet|таблица|table)\s*\d*\s*$", re.IGNORECASE)


def _names_a_section(name: str) -> bool:
    """Whether a sheet's name may head its rows: not Excel's own «Лист2» / «Sheet2» and not a month («Октябрь»)."""
    return bool(name.strip()) and not _DEFAULT_SHEET.match(name) and not is_period_heading(name)


def _lines_above(rows, chosen) -> list[str]:
    """The lines above a later sheet's header that are neither the first sheet's title again nor a title of their
    own: a heading («Культура»), a plan's name — read as rows over the sheet's events."""
    first = {c.strip() for _, cells in chosen[1][:chosen[2]] for c in cells}
    if part := _body_part_title(rows, chosen):
        return part  # another body's title: its part's heading, which the layout reads as such
    return [c for _, cells in rows for c in cells
            if c.strip() and c.strip() not in first and _title_problem((c,)) is not None]


def _sheet_meta(lines):
    from .title import parse_title

    try:
        return parse_title(" ".join(line for line in lines if line.strip()))
    except ReportError:
        return None


def _other_report(rows, chosen, sheet_name: str = ""):
    """(the first sheet's title meta, this sheet's) when the lines above a later sheet's header are a title naming
    another region, or another quarter or year, than the first sheet's title does; None otherwise (a sector's sheet,
    a body's part of the same quarter, the same report copied). A sheet whose rows above the header name no period
    is read with its name («III квартал 2024») and the first title's words, as the first sheet's title is."""
    lines = [c for _, cells in rows for c in cells]
    first_lines = [c for _, cells in chosen[1][:chosen[2]] for c in cells] or [chosen[0]]
    first = _sheet_meta(first_lines)
    own = _sheet_meta(lines)
    if own is None and sheet_name and _QUARTER_SHEET.search(sheet_name) and first is not None:
        own = _sheet_meta(lines + [first.region, sheet_name])
    if own is None or first is None:
        return None
    if own.region == first.region and (own.year, own.quarter) == (first.year, first.quarter):
        return None
    return first, own


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def two_regions_message(first_sheet: str, first, second_sheet: str, second) -> str:
    """What a book holding two regions' reports tells the user: both sheets, whose each is, and what to do."""
    what = "двух регионов" if first.region != second.region else "двух кварталов"
    return (f"в книге Excel отчёты {what}: лист «{first_sheet}» — {first.region}, {_ROMAN[first.quarter]} кв. "
            f"{first.year}; лист «{second_sheet}» — {second.region}, {_ROMAN[second.quarter]} кв. {second.year}. Один файл "
            "загружается как один отчёт, поэтому книга не загружена: сохраните каждый лист отдельной книгой (Excel: "
            "правой кнопкой по ярлыку листа → «Переместить или скопировать…» → «(новая книга)») и загрузите оба файла")


def _body_part_title(rows, chosen) -> list[str]:
    """The lines above a later sheet's header when they are a title of the first sheet's region and quarter worded
    otherwise (another body's report: «… Департаментом культуры Смоленской области … за IV квартал 2024 г.»): that
    body's part of the quarter, read on under its title as a text dump's or a .docx's next part is (etl.layout). It
    was refused whole as «номер мероприятия 1 повторяется», or, on a sheet named «Лист2», set aside unread."""
    from .title import begins_as_a_title, same_period_title

    lines = [c for _, cells in rows for c in cells if c.strip()]
    first = [c for _, cells in chosen[1][:chosen[2]] for c in cells if c.strip()]
    if not lines or not first or {" ".join(c.split()) for c in lines} <= {" ".join(c.split()) for c in first}:
        return []
    return lines if begins_as_a_title(lines) and same_period_title(lines, first) else []


def _another_report(rows, header_at: int, chosen) -> bool:
    """Whether a later sheet is a report of its own, not the next sector's rows (etl.title.another_report, the
    rule a .docx's later tables are read by too)."""
    from .title import another_report, row_text

    return another_report([c for _, cells in rows[:header_at] for c in cells],
                          [c for _, cells in chosen[1][:chosen[2]] for c in cells],
                          [row_text(cells) for _, cells in chosen[1][chosen[2] + 1:]],
                          [row_text(cells) for _, cells in rows[header_at + 1:]])


def _numbering_goes_on(rows, chosen, more_sheets) -> bool:
    """A sheet Excel named («Лист2») carries the events on when its first number follows the last one read."""
    read = [cells for _, cells in chosen[1][chosen[2] + 1:]] + [cells for _, more, at in more_sheets
                                                                  for _, cells in more[at + 1:]]
    last = max((n for cells in read if cells and (n := event_number(cells[0])) is not None), default=0)
    first = next((n for _, cells in rows if cells and (n := event_number(cells[0])) is not None), None)
    return first is not None and first == last + 1


def _same_columns(header: tuple[str, ...], first: tuple[str, ...]) -> bool:
    """A later sheet's header reads the same columns as the first sheet's (its words may differ)."""
    return [column_role(c) for c in header if c.strip()] == [column_role(c) for c in first if c.strip()]
