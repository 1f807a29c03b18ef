"""Pure: a cell grid → title lines, column roles, sector headings, event rows and footer notes."""
from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from .classify import classify_event_type, classify_sector
from .errors import ReportError
from .lemmas import fold, matching_form


@dataclass(frozen=True)
class GridRow:
    cells: tuple[str, ...]
    table_row: int          # 1-based row of the Word table (the text dump counts the same way)
    line: int | None        # 1-based line of the text file where the row starts
    missing_cells: int = 0  # cells the text dump left out (the row was shorter than the header)
    struck: bool = False    # every run of text in the Word row is struck through: the clerk crossed the event out
    overflow: tuple[str, ...] = ()  # text of cells past the header's last column, already added to the last cell


@dataclass(frozen=True)
class Grid:
    preamble: tuple[str, ...]
    rows: tuple[GridRow, ...]
    postamble: tuple[str, ...]


@dataclass(frozen=True)
class EventRow:
    number_text: str
    n: int
    sector: str | None
    cells: dict[str, str]   # column role → raw cell text
    table_row: int
    line: int | None
    missing_cells: int = 0
    continued_rows: tuple[int, ...] = ()  # later table rows carried on into this event (a page break)
    struck: bool = False  # the Word row is struck through (GridRow.struck)
    title_continued: tuple[int, ...] = ()  # those of continued_rows that carry on the title too
    sub_items: tuple[tuple[int, str], ...] = ()  # (table row, «а)») lettered rows with no dates: parts of this event
    section: int = 0  # how many runs of heading rows stand above it (a month's name too): numbering may restart at each
    overflow: tuple[str, ...] = ()  # text of the row's cells past the header's last column (added to the last one)
    overflow_into: str = ""  # the role of that last column
    part: int = 0  # which body's part of one quarter's report it stands in (Layout.parts): 0, the first title's


@dataclass(frozen=True)
class Layout:
    title: str
    columns: tuple[str, ...]
    events: tuple[EventRow, ...]
    sectors: tuple[str, ...]
    notes: tuple[str, ...]
    unknown_columns: tuple[tuple[int, str], ...] = ()  # (1-based column, header text) kept raw
    numbered_by_order: bool = False  # the table has no number column: events numbered 1, 2, … in table order
    empty_rows: tuple[int, ...] = ()  # table rows holding only a number: a form's spare rows, not events
    planned: tuple[tuple[str, tuple[int, ...]], ...] = ()  # (plan heading, its table rows): not held, not loaded
    # the rows under each plan heading of `planned`, read as events are (their sector the one above the heading): a
    # sentence «План мероприятий на I квартал 2025 года будет представлен отдельно.» between two events reads as a
    # plan's heading, and only the rows' numbers and dates against the quarter (build_report) tell a note from a plan
    planned_events: tuple[tuple[EventRow, ...], ...] = ()
    summaries: tuple[tuple[str, tuple[int, ...]], ...] = ()  # (heading, its table rows): a numbered summary, as notes
    another_report: tuple[str, str] | None = None  # (title, where: «в строке 14 таблицы», «в строке 212 файла»): a
    # the titles of the later bodies' parts of the same quarter (a file holding the report of each ministry, each
    # numbered from 1), with where each begins («в строке 27 файла»); EventRow.part k > 0 is parts[k - 1]
    parts: tuple[tuple[str, str], ...] = ()
    # a block that begins as a title over rows numbered from 1 again but reads as no title of this quarter (no
    # year, another quarter named without one): (its text, where) — the refusal then says it looks like a second report
    restart_title: tuple[str, str] | None = None
    # second report's title row, the rest unread


UNNUMBERED = 0  # EventRow.n of a row whose number cell is empty or unreadable: numbered by order later


_CELL_START = re.compile(r"^[ \u00a0]*\t")
_CELL_INDENT = " \u00a0"  # what _CELL_START allows before its TAB
# An event's number cell: «3», «3.», «3)», «3.)», «№ 3», «N 3», «No. 3», «Nо 3» (a Cyrillic о), «# 3».
_NUMBER_CELL = re.compile(r"^\s*(?:(?:№|N[oоº°]?\.?|#)\s*)?(\d{1,4})\s*(?:[.)]|\.\))?\s*$")
# Outline numbering within sections: «1.1», «2.3.», «1.2.1» (no leading zeros, so never a date «01.10»);
# the last part counts within its section, like a number that restarts at every heading.
_OUTLINE_CELL = re.compile(r"^\s*(?:№\s*)?[1-9]\d{0,2}(?:\.[1-9]\d{0,2}){0,1}\.([1-9]\d{0,2})\s*[.)]?\s*$")
# The row of column numbers under the header of official forms: «1 | 2 | 3», «1. | 2.», «гр. 1 | гр. 2».
_COLUMN_NUMBER_CELL = re.compile(r"^\s*(?:гр(?:афа)?\.?\s*)?(\d{1,2})\s*[.)]?\s*$", re.IGNORECASE)
# «Раздел II.», «III.», «2)» before a sector heading's words: numbering, not part of the name.
# Outline numbers too: «1.1.», «2.3)» head a sub-section of the section numbered «1.», «2.».
_HEADING_NUMBER = re.compile(r"^\s*(?:раздел\s+|подраздел\s+)?(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2}){0,3})\s*[.):]?\s+(?=\w)",
                             re.IGNORECASE)

# A header cell is recognised by the meaning of its words, not one exact wording.
COLUMN_ROLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("number", ("№", "п/п", "номер")),
    ("attendance", ()),  # a count column of its own: see column_role
    ("attendance_foreign", ()),
    ("attendance_home", ()),
    ("attendance_pair", ()),
    ("attendance_online", ()),
    ("format", ()),
    ("countries", ()),
    ("dates", ("срок", "дата", "период", "время проведения", "время и место")),
    ("venue", ("место", "адрес", "город")),
    ("participants", ("участник", "состав делегац")),
    ("content", ("цель", "содержание", "результат", "итог", "краткая информация", "описание", "договоренност",
                 "подписанные документ")),
    ("title", ("наименование", "название", "мероприятие", "тема")),
)
REQUIRED_ROLES = ("number", "title", "dates")  # what finds the header row (a number column is usual, not required)


def _at_word_starts(keys: tuple[str, ...]) -> re.Pattern:
    """A pattern finding any of `keys` where a word starts (a key of signs, «№», anywhere): «Город, страна»
    and «Дата» name their columns, the «город» of «Новгородской» or the «дата» of «кандидата» does not —
    a body heading «Министерство культуры Новгородской области» under the header was read as an eighth
    header cell, and every event's cells shifted by one."""
    return re.compile("|".join(rf"(?<![^\W\d_]){re.escape(key)}" if key[:1].isalpha() else re.escape(key)
                               for key in keys))


_ROLE_KEYS = {role: _at_word_starts(keys) for role, keys in COLUMN_ROLES if keys}


def event_number(cell: str, outline: bool = True) -> int | None:
    """The number an event row starts with: «3.» → 3, «№ 3» → 3, «2.1» → 1 (its place within
    section 2) when `outline` numbering is allowed, anything else → None."""
    first = cell[:1]
    if first and not (first.isdecimal() or first.isspace() or first in "№N#"):
        # «1O.», «l2.», «\u200f10.», «1\u00ad0.»: a letter like a digit, a mark no one sees — else no number
        return _typed_number(cell, outline) if len(cell) <= 12 else None
    match = _NUMBER_CELL.match(cell)
    if match:
        return int(match.group(1))
    if outline and (match := _OUTLINE_CELL.match(cell)):
        return int(match.group(1))
    return _typed_number(cell, outline) if len(cell) <= 12 else None


# what _typed_number may retype: a look-alike letter touching a digit, or a mark no one sees
_TYPED_DIGIT = re.compile("\\d[OoОоlI]|[OoОоlI]\\d|[\u00ad\u200b-\u200f\u061c\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def _typed_number(cell: str, outline: bool) -> int | None:
    """event_number of a short cell once its look-alike letters are digits and its invisible marks dropped
    (lemmas.digit_lookalikes, without_format_marks): such a row's number was unread, and in a text dump its
    cells were read as headings and notes — the event lost with no word (one soft hyphen in each number lost
    69 of 78 events)."""
    if _TYPED_DIGIT.search(cell) is None:  # most cells that are no number: nothing to retype
        return None
    from .lemmas import digit_lookalikes, without_format_marks

    typed = digit_lookalikes(without_format_marks(cell))
    return event_number(typed, outline) if typed != cell else None


def is_outline_number(cell: str) -> bool:
    """«1.1», «2.3.», «1.2.1» — and not «3.» or «12.10.2025»."""
    return bool(_OUTLINE_CELL.match(cell))


def uses_outline_numbers(texts: list[str]) -> bool:
    """Whether a text dump numbers its events «1.1, 1.2, 2.1»: its first number cell (after a row of
    column numbers) is an outline one. Only then do such cells start rows, so a date «12.10» in a
    plainly numbered report is never taken for an event number."""
    for position, text in enumerate(texts):
        run = column_number_run(texts, position)
        if run:
            return any(_OUTLINE_CELL.match(t) for t in texts[position + run:position + run + 1])
        if _NUMBER_CELL.match(text):
            return False
        if _OUTLINE_CELL.match(text):
            return True
    return False


# A count column naming both the total and the foreign part: «Количество участников (всего / в т.ч.
# иностранных)», «Участники: всего/из них иностранных»; its cells read «30 / 12».
# The people counted, then their foreign part in brackets or after a comma: «Кол-во участников (в т.ч.
# иностранных)», «Количество участников (из них иностранных)», «Число участников, в том числе иностранных»,
# «Участники (всего/иностр.)»; its cells read «25 (8)», «12/5», «6 чел. (2 – иностр.)». Not «Количество
# иностранных участников» nor «в т.ч. иностранных» alone: those count the foreign people only.
_PAIR_HEADER = re.compile(r"всего\s*/\s*(?:в\s*т\.\s*ч\.|в том числе|из них)?\s*иностр"
                          r"|^(?:(?:количество|кол-во|число|численность)\s+)?участник\w*\s*(?:\(|,)\s*"
                          r"(?:в\s*т\.\s*ч\.|в том числе|из них)\s*иностр")
# One side's people in a column of their own: «Иностранные участники», «Зарубежные гости», «Российская
# сторона», «Участники с российской стороны» is read by its words; not «Иностранные партнёры» (countries).
_SIDE_HEADER = re.compile(r"(?:иностранн|зарубежн|российск|отечественн)\w*\s+(?:участник|гост|сторон|делегац)"
                          r"|участники\s+с\s+(?:иностранн|зарубежн|российск)\w*\s+сторон")
# Our side's people named by our region rather than by «российские»: «Участники от Сахалинской области»,
# «Представители края», «Делегация от Республики Бурятия», «Состав участников из региона.» beside a column of the foreign
# ones. A header that names a foreign country or region («Участники из Республики Беларусь», «Делегация
# Витебской области») is not ours: see _names_our_region.
_OUR_REGION_HEADER = re.compile(r"(?:(?:состав|количество|кол-во|число)\s+)?(?:участник|представител|делегаци)\w*\s+"
                                r"(?:(?:от|из)\s+)?"
                                r"(?:[а-я-]+(?:ой|ого|ей|его)\s+){0,2}(?:област|кра[яюе]|республик|регион|округ|субъект)\w*"
                                r"(?:\s+[а-я-]+){0,3}\s*(?:,?\s*\(?чел(?:\.|овек)?\)?)?\s*[.:]?")
# «Иностранный партнёр», «Зарубежные партнёры», «Иностранные государства-партнёры»: the partner countries.
_PARTNERS_HEADER = re.compile(r"(?:иностранн|зарубежн)\w*\s+(?:государств\w*\s*-?\s*)?партнер")
# The people who took part online in a column of their own, often a sub-column under «Участники» («всего |
# в т.ч. иностранных | онлайн»): «онлайн», «в т.ч. онлайн», «из них дистанционно», «в режиме ВКС»,
# «Количество участников онлайн», «Онлайн-участники»; not «Формат (очно/онлайн)», «Онлайн-трансляция».
_ONLINE_WORD = (r"(?:онлайн|дистанционн\w*|удаленн\w*|(?:по\s+)?вкс|(?:по\s+)?видеосвяз\w*"
                r"|(?:в\s+)?(?:режиме|формате)\s+(?:онлайн|вкс|видеосвяз\w*)|в\s+онлайн-формате)")
_ONLINE_HEADER = re.compile(rf"(?:(?:в\s*т\.\s*ч\.|в\s+том\s+числе|из\s+них)\s*)?(?:(?:количество|число|кол-во)\s+)?"
                            rf"(?:участник\w*\s+|подключил\w*\s+)?{_ONLINE_WORD}(?:\s*,?\s*\(?чел(?:\.|овек)?\)?)?"
                            r"|онлайн-участник\w*(?:\s*,?\s*\(?чел(?:\.|овек)?\)?)?")
_DATE_HEADER = re.compile(r"(?:дат[аыу]?|когда)(?![а-я])")
_RESPONSIBLE_STARTS = ("ответственн", "исполнител", "организатор", "орган исполнительной", "органы исполнительной",
                       "оив", "ведомств", "инициатор", "структурное подразделение")


def _names_our_region(header_cell: str) -> bool:
    """A header naming a region or republic names ours unless the region or country is a foreign one."""
    from .geo import foreign_regions, partner_countries

    return not partner_countries([header_cell]) and not foreign_regions([header_cell])


# «Итого» heads a count column; «Итоговый документ», «Итоговые договорённости» head the results (their
# rows were read as counts, an agreement signed lost)
_TOTAL_WORD = re.compile(r"итого(?![а-я])")


def column_role(header_cell: str) -> str | None:
    """'Сроки проведения мероприятия' → 'dates'; first matching role in priority order."""
    text = fold(" ".join(matching_form(header_cell).split()))
    if _PAIR_HEADER.search(text):
        return "attendance_pair"  # 'Количество участников (всего / в т.ч. иностранных)': cells «30 / 12»
    if "иностран" in text and re.match(r"(?:в\s*т\.\s*ч\.|в том числе|из них|количество|число|кол-во)", text):
        return "attendance_foreign"  # 'в т.ч. иностранных', 'Количество иностранных участников'
    if _ONLINE_HEADER.fullmatch(text):
        return "attendance_online"  # 'онлайн' under 'Участники', 'в т.ч. дистанционно': those who joined online
    if _SIDE_HEADER.match(text):  # 'Иностранные участники' | 'Российские участники': two sides, two columns
        return "attendance_home" if ("российск" in text or "отечествен" in text) else "attendance_foreign"
    if _OUR_REGION_HEADER.fullmatch(text) and _names_our_region(header_cell):
        return "attendance_home"  # 'Участники от Сахалинской области' beside 'Иностранные участники'
    if (text.startswith(("количество", "число ", "численность", "кол-во", "всего", "общее количество"))
            or _TOTAL_WORD.match(text)) and "мероприят" not in text[:20]:
        return "attendance"  # 'Количество участников, чел.' beside a separate 'Участники' column
    if text.startswith(("формат", "форма проведения", "форма участия")):
        return "format"      # 'Формат проведения': очно / онлайн / ВКС
    if text.startswith(("страна", "государство", "город")) and ("проведени" in text or "город" in text):
        return "venue"       # 'Страна проведения', 'Страна, город', 'Город (страна)': where it was held
    if text.startswith(("страна", "страны", "государство", "партнер")) or _PARTNERS_HEADER.match(text):
        return "countries"   # 'Страна-партнёр', 'Страна / регион' 
    if text.startswith(("локаци", "площадк")):
        return "venue"       # 'Локация', 'Площадка проведения'
    if _DATE_HEADER.match(text):
        return "dates"       # 'Даты', 'Дата', 'Когда'
    if text.startswith(_RESPONSIBLE_STARTS):
        return "responsible"  # 'Ответственный исполнитель', 'ОИВ', 'Организатор': our own body, read for organisations
    if text.startswith(("отрасл", "сфера", "сферы", "сектор", "направление сотрудничества",
                        "направление деятельности", "область сотрудничества")) and "проведени" not in text:
        return "sector"      # 'Отрасль', 'Сфера': each row's sector, where no heading gives it
    if text.startswith(("примечани", "дополнительн", "комментари", "особые отметки")):
        return "remarks"     # 'Примечание': free text, read for organisations and the search
    if text.startswith(("источник финансирования", "источники финансирования", "финансирование",
                        "объем финансирования", "объемы финансирования", "затраты", "расходы", "стоимость",
                        "сумма расходов")):
        return "funding"     # 'Источник финансирования': who paid, kept as written (not a place or a party)
    for role, keys in _ROLE_KEYS.items():
        if keys.search(text):
            return role
    return None


# What a page break leaves in a text dump: «- 4 -», «— 4 —», «Страница 3 из 12», «стр. 3», «Лист 2 из 5».
_PAGE_MARK = re.compile(r"^\s*(?:[-–—]\s*\d{1,3}\s*[-–—]|(?:страница|стр\.|лист)\s*\d{1,3}(?:\s*(?:из|/)\s*\d{1,3})?)\s*$",
                        re.IGNORECASE)

# The same as a row of its own in a table (a PDF turned into Word or Excel keeps each page's footer as a merged row):
# those forms, and «Стр. 3», «с. 3», «3 из 12», «3 / 12», «Page 3 of 12» — never «Лист ожидания» or «3 квартал».
_PAGE_MARK_ROW = re.compile(r"\s*(?:[-–—]\s*\d{1,3}\s*[-–—]|(?:страница|стр\.?|с\.|лист|page)\s*\d{1,3}"
                            r"(?:\s*(?:из|of|/)\s*\d{1,3})?|\d{1,3}\s*(?:из|of|/)\s*\d{1,3})\s*\.?\s*", re.IGNORECASE)


def is_page_mark_row(text: str) -> bool:
    """Whether a one-cell row is what a page break left in the table: a page's number or footer («Страница 3 из 12»,
    «- 3 -») or the caption «Продолжение таблицы». Such a row, read as a sector heading, filed the events under it in
    a sector «стр. 3 из 12» (a PDF converted to .docx or .xlsx); it is no heading and no note."""
    return bool(_PAGE_MARK_ROW.fullmatch(" ".join(text.split()))) or is_continuation_caption(text)


# «Продолжение таблицы», «Продолжение табл. 2», «Окончание таблицы 1»: the caption Russian typesetting puts over a
# table's part on the next page (ГОСТ 2.105) — a page break's mark, never a sector heading or a cell's words: a .docx
# stored the events under it in a sector named «Продолжение таблицы», a dump ran it into the cell above.
_CONTINUATION_CAPTION = re.compile(r"(?:продолжение|окончание)\s+(?:таблицы|табл\.?)(?:\s*№?\s*[\w.\-]{1,8})?\s*[.:]?",
                                   re.IGNORECASE)


def is_continuation_caption(line: str) -> bool:
    """«Продолжение таблицы 1» → True; «Продолжение сотрудничества с Республикой Беларусь» → False."""
    return bool(_CONTINUATION_CAPTION.fullmatch(" ".join(line.split())))


def page_mark_lines(lines: list[str], first: int = 0) -> frozenset[int]:
    """Indexes of the lines a page break left between or inside the rows of a dump: a page's footer or
    number («- 4 -», «Страница 3 из 12»), a caption «Продолжение таблицы», and the document's title
    typed again at the next page's top (a line of the preamble, 15 characters or more, standing alone
    again), with the blank lines around them. Never a line that starts a cell. A cell split by the break then reads whole."""
    start = next((i for i in range(first, len(lines)) if lines[i][:1] == "\t" or _CELL_START.match(lines[i])), None)
    if start is None:
        return frozenset()
    repeated = {line.strip() for line in lines[:start] if len(line.strip()) >= 15}
    marks: set[int] = set()
    for i in range(start, len(lines)):
        line = lines[i]
        if line[:1] == "\t" or _CELL_START.match(line) or not line.strip():
            continue
        if _PAGE_MARK.match(line) or line.strip() in repeated or is_continuation_caption(line):
            marks.add(i)
    if not marks:
        return frozenset()
    for i in sorted(marks):  # the blank lines around a mark belong to the break
        for step in (-1, 1):
            k = i + step
            while 0 <= k < len(lines) and not lines[k].strip() and k not in marks:
                marks.add(k)
                k += step
    return frozenset(marks)


def grid_from_text(text: str, file_name: str = "") -> Grid:
    """The text dump of a Word table: each cell starts with a TAB at line start and may span lines."""
    lines = text.split("\n")
    marks = page_mark_lines(lines)
    titles = report_title_lines(lines)
    if titles:  # a second report's title is its own row, not the cell above's words nor a running page header
        marks = marks - {i for start, end in titles for i in range(start, end)}
    preamble, cells = _split_cells(lines, marks, frozenset(start for start, _ in titles))
    if not cells:
        tab_rows = grid_from_tab_rows(lines)
        if tab_rows is not None:
            return tab_rows
        raise ReportError("в файле нет таблицы: ячейки должны начинаться с табуляции (или строки таблицы — "
                          "с ячейками через табуляцию)", file=file_name)

    cells, notes_after = _notes_after_table(cells)
    texts = [c for c, _ in cells]
    outline = uses_outline_numbers(texts)
    width = _header_width(texts, outline)
    if width < len(REQUIRED_ROLES):
        raise ReportError("не найдена строка заголовков таблицы (№, наименование, сроки…)",
                          file=file_name)
    rows = [GridRow(tuple(texts[:width]), 1, cells[0][1])]
    position = width
    last_number = 0  # a number out of sequence with too few cells after it is a footer ('Итого', '78')
    # the «№» column not first («Сроки | № | Мероприятие | …»): a row begins that many cells before its number —
    # read from its first cell, each row's date was taken for a heading and the rows ran one cell out of step
    number_at = next((k for k, c in enumerate(texts[:width]) if column_role(c) == "number"), 0)
    while position < len(cells):
        text_, line = cells[position]
        number = event_number(text_, outline)
        later = event_number(texts[position + number_at], outline) \
            if number_at and position + number_at < len(texts) else None
        if column_number_run(texts, position) == width:
            rows.append(GridRow(tuple(texts[position:position + width]), len(rows) + 1, line))
            position += width
        elif later is not None and later in (last_number + 1, 1) and len(cells) - position > number_at \
                and all(event_number(c, outline) is None for c in texts[position:position + number_at]):
            last_number = later
            chunk = texts[position:position + width]
            rows.append(GridRow(tuple(chunk) + ("",) * (width - len(chunk)), len(rows) + 1, line,
                                missing_cells=width - len(chunk)))
            position += len(chunk)
        elif number is not None and not (number not in (last_number + 1, 1) and len(cells) - position < width):
            last_number = number
            chunk = cells[position:position + width]
            # A dump that dropped an empty cell: the next event's number shows up inside this row.
            following = next((k for k, (c, _) in enumerate(chunk)
                              if k > 0 and event_number(c, outline) == number + 1), None)
            if following is not None:
                chunk = chunk[:following]
            padded = tuple(c for c, _ in chunk) + ("",) * (width - len(chunk))
            rows.append(GridRow(padded, len(rows) + 1, line, missing_cells=width - len(chunk)))
            position += len(chunk)
        elif _is_unnumbered_row(texts, position, width, last_number, outline) and not (
                number_at and position + 1 + number_at < len(texts)
                and event_number(texts[position + 1 + number_at], outline) in (last_number + 1, 1)):
            # (not a heading standing just before a row whose «№», further in, numbers on)
            rows.append(GridRow(tuple(texts[position:position + width]), len(rows) + 1, line))
            position += width
        else:
            if text_.strip():
                rows.append(GridRow((text_,), len(rows) + 1, line))
            position += 1
    return Grid(preamble=tuple(preamble), rows=tuple(rows), postamble=notes_after)


# The notes under a table, which a text dump runs on into the last cell: a paragraph after a blank line
# that opens with a footnote's mark («* в т.ч. 10 иностранных», «¹ по данным …») or «Примечание».
_NOTES_AFTER = re.compile(r"\n[ \t\xa0]*\n\s*(?=(?:\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})[ \xa0]*\S|примечани[ея]\b|сноски\b)",
                          re.IGNORECASE)


def _notes_after_table(cells: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], tuple[str, ...]]:
    """The cells without the notes that followed the table, and those notes' lines."""
    if not cells:
        return cells, ()
    last, line = cells[-1]
    match = _NOTES_AFTER.search(last)
    if match is None:
        return cells, ()
    notes = tuple(text.strip() for text in last[match.end():].split("\n") if text.strip())
    return [*cells[:-1], (last[:match.start()], line)], notes


def report_title_lines(lines: list[str]) -> tuple[tuple[int, int], ...]:
    """(first, end) line indexes of each block of lines inside a text dump's table that begins as a report's
    title (etl.title.begins_as_a_title: «Отчёт о …», «Информация о …», «Сведения о …»), names a year, and is
    followed at once by a table header's cell or an event number: a second report's title typed after the first
    report's table (two reports in one dump). Without a TAB such lines ran on into the cell above them, and
    those repeating the first title were dropped as a running page header — the second report's rows then read
    as the first's («номер мероприятия 1 повторяется»). Whether it IS another report, split_layout decides by
    the rule every format shares (etl.title.another_report)."""
    starts = [i for i, line in enumerate(lines) if line[:1] == "\t" or _CELL_START.match(line)]
    return _title_blocks(lines, starts, starts[0] if starts else 0, lambda i: [lines[i].split("\t", 1)[1]])


_TITLE_LINE = re.compile(r"^[^\w\n\t]*(?:отч[её]т|информаци|сведени|перечень|доклад|итоги|справк)", re.IGNORECASE | re.MULTILINE)


_QUARTER_IN_BLOCK = re.compile(r"\b[IV1-4]{1,3}\s*(?:-?(?:го|м|й)\s+)?квартал", re.IGNORECASE)


def _title_blocks(lines: list[str], starts: list[int], table_at: int, cells_of) -> tuple[tuple[int, int], ...]:
    """report_title_lines over the lines `starts` that begin a cell or a row (`cells_of(i)`: the cells line i
    begins), the lines before `table_at` being the first report's title."""
    from .title import begins_as_a_title, parse_title

    def reads_as_a_title(block: list[str]) -> bool:
        try:
            return bool(parse_title(" ".join(block)))
        except ReportError:
            return False

    # the lines that begin as a title, found in one scan of the whole text (most dumps have none past the title)
    text = "\n".join(lines)
    candidates, line, at = [], 0, 0
    for match in _TITLE_LINE.finditer(text):  # in order: the newlines counted once in all (C, not per line)
        line += text.count("\n", at, match.start())
        at = match.start()
        if line > table_at and begins_as_a_title([lines[line]]):
            candidates.append(line)
    if not candidates:
        return ()
    repeated = {line.strip() for line in lines[:table_at] if len(line.strip()) >= 15}
    blocks: list[tuple[int, int]] = []
    for first in candidates:
        at = bisect.bisect_right(starts, first)  # the cell or row the block runs on into, and the one after it
        if at == 0 or at == len(starts) or (blocks and blocks[-1][1] > first):
            continue
        before, after = starts[at - 1], starts[at]
        block = " ".join(lines[first:after])
        following = [cells_of(i) for i in starts[at:at + 3]]
        # a title names a year, or a quarter (a body's part of the same quarter may leave the year out); one naming
        # neither is a title still when a table's header follows it at once, after a blank line (a second report
        # whose title leaves its period out: refused, its title named, as a .docx's is)
        headed = not lines[first - 1].strip() and any(_header_cell(c) for c in following[0][:1])
        if after - first > 12 or not (_YEAR.search(block) or _QUARTER_IN_BLOCK.search(block) or headed):
            continue
        # the header again, or an event — maybe under a heading or two («Сотрудничество в сфере культуры»); the
        # first title's own lines over no header are a page's running header, as page_mark_lines reads them
        if all(line.strip() in repeated for line in lines[first:after] if line.strip()):
            following = following[:1] if any(_header_cell(c) for c in following[0]) else []
        if not any(_header_cell(c) or event_number(c.strip()) is not None
                   for cells in following for c in cells[:1] + [c for c in cells[1:] if _header_cell(c)]):
            continue
        # after a blank line, or right under the cell's last line when the block reads whole as a title
        if not lines[first - 1].strip() or reads_as_a_title(lines[first:after]):
            blocks.append((first, after))
    return tuple(blocks)


def _names_a_period(text: str) -> bool:
    """A title names its year or its quarter."""
    return bool(_YEAR.search(text) or _QUARTER_IN_BLOCK.search(text))


def _header_cell(cell: str) -> bool:
    """A cell that reads as a table header's: it names a column (column_role) and holds no digit — a
    row's «25 ноября 2025 г., город Кингисепп» names «город» as «Город, страна» does, but is no header."""
    text = cell.strip()
    return column_role(text) is not None and not any(char.isdigit() for char in text)


def starts_cell(line: str) -> bool:
    """Whether a text dump's line begins a cell (a TAB, maybe after spaces or NBSPs)."""
    return line[:1] == "\t" or (line[:1] in _CELL_INDENT and bool(_CELL_START.match(line)))


def split_dump_cells(lines: list[str]) -> tuple[list[str], list[tuple[str, int]]]:
    """The lines before a dump's first cell, and each cell's text with its first line number (1-based)."""
    return _split_cells(lines)


def _split_cells(lines: list[str], marks: frozenset[int] = frozenset(),
                 row_starts: frozenset[int] = frozenset()) -> tuple[list[str], list[tuple[str, int]]]:
    """The lines before the table, and each cell's text with its first line number: a cell starts
    at a line whose _CELL_START (a TAB after spaces or NBSPs) is cut off, and runs on to the next;
    the lines of a page break (`marks`, page_mark_lines) are no cell's text. A line of `row_starts`
    (report_title_lines) starts a cell of its own too, once the table has begun."""
    preamble: list[str] = []
    cells: list[tuple[str, int]] = []  # (text, first line)
    current: list[str] | None = None
    start_line = 0
    for number, line in enumerate(lines, start=1):
        if number - 1 in marks:
            continue
        first = line[:1]  # _CELL_START matches only a line starting with a TAB, a space or an NBSP
        if first == "\t" or (first and first in _CELL_INDENT and _CELL_START.match(line)):
            if current is not None:
                cells.append(("\n".join(current), start_line))
            current, start_line = [line[1:] if first == "\t" else _CELL_START.sub("", line, count=1)], number
        elif current is not None and number - 1 in row_starts:
            cells.append(("\n".join(current), start_line))
            current, start_line = [line.strip()], number
        elif current is None:
            preamble.append(line)
        else:
            current.append(line)
    if current is not None:
        cells.append(("\n".join(current), start_line))
    return preamble, cells


def grid_from_tab_rows(lines: list[str]) -> Grid | None:
    """A table copied from Word into a plain-text editor: one row per line, its cells separated by
    TABs. A cell's own line breaks split its row over several lines, so a row shorter than the
    header goes on in the next line (its first piece joins the row's last cell). A line without
    TABs after a whole row is a heading or a note. None when no line is a header row."""
    header_at = next((i for i, line in enumerate(lines) if line.count("\t") >= 2
                      and sum(1 for c in line.split("\t") if column_role(c)) >= len(REQUIRED_ROLES)), None)
    if header_at is None:
        return None
    header = tuple(c.strip() for c in lines[header_at].split("\t"))
    while header and not header[-1]:
        header = header[:-1]
    width = len(header)
    # a line with fewer cells than a whole row goes on in the next line; a whole row counts the empty
    # cell after a trailing TAB when the header has one and the rows do too
    trailing = len(lines[header_at].split("\t")) > width and \
        any(line.count("\t") >= width for line in lines[header_at + 1:])
    whole_row = width + 1 if trailing else width
    rows: list[list[str]] = []
    starts: list[int] = []
    marks = _page_marks_in_rows(lines, header_at)
    row_lines = [i for i in range(header_at + 1, len(lines)) if "\t" in lines[i]]
    titles = {first: end for first, end in _title_blocks(lines, row_lines, header_at, lambda i: lines[i].split("\t"))}
    skip_to = 0
    for number, line in enumerate(lines[header_at + 1:], start=header_at + 2):
        if number - 1 < skip_to:
            continue
        if number - 1 in titles:  # a second report's title (report_title_lines): one row of its own
            skip_to = titles[number - 1]
            rows.append(["\n".join(text for text in lines[number - 1:skip_to] if text.strip())])
            starts.append(number)
            continue
        if number - 1 in marks:
            continue
        cells = line.split("\t")
        if rows and 1 < len(rows[-1]) < whole_row and (heading := _heading_before_row(rows[-1], cells, whole_row)):
            rows[-1] = [heading]  # «1. | Экономика» above «1.1 | …»: a heading, the next line a row of its own
        elif rows and 1 < len(rows[-1]) < whole_row:
            rows[-1][-1] = f"{rows[-1][-1]}\n{cells[0]}" if rows[-1][-1].strip() else cells[0]
            rows[-1].extend(cells[1:])
            continue
        if not line.strip():
            continue
        if len(cells) == 1 and rows and len(rows[-1]) > 1 and _goes_on(line.strip()):
            rows[-1][-1] = f"{rows[-1][-1]}\n{line}"  # «из них 5 иностранных»: the last cell goes on
            continue
        rows.append([line] if len(cells) == 1 else cells)
        starts.append(number)
    grid_rows = [GridRow(header, 1, header_at + 1)]
    for cells, line in zip(rows, starts):
        overflow: tuple[str, ...] = ()
        if len(cells) > 1:
            while len(cells) > width and not cells[-1].strip():
                cells.pop()
            if len(cells) > width:  # more TABs than columns: the overflow stays in the last cell, and is named
                overflow = tuple(" ".join(c.split()) for c in cells[width:] if c.strip())
                cells = cells[:width - 1] + [" ".join(cells[width - 1:])]
            missing = width - len(cells)
            cells = [_unquoted(cell) for cell in cells] + [""] * missing
        else:
            missing = 0
        grid_rows.append(GridRow(tuple(cells), len(grid_rows) + 1, line, missing_cells=missing,
                                 overflow=overflow))
    return Grid(preamble=tuple(lines[:header_at]), rows=tuple(grid_rows), postamble=())


# The number cell of a sector heading typed in two cells: «1.», «II», «III.», «Раздел 3», «Подраздел 2.1».
_HEADING_NUMBER_CELL = re.compile(r"^\s*(?:(?i:раздел|подраздел)\s+)?(?P<roman>[IVXL]{1,5})?"
                                  r"(?(roman)|\d{1,2}(?:\.\d{1,2}){0,3})\s*[.):]?\s*$")
_SECTION_WORD = re.compile(r"^\s*(?:раздел|подраздел)\s", re.IGNORECASE)


def heading_in_cells(cells: tuple[str, ...] | list[str]) -> str | None:
    """«1. | Экономика», «II | Культура», «Раздел 3 | Образование»: a sector heading typed in the first two cells
    of a row, nothing else in it, read as the one-cell heading «1. Экономика» (None for anything else). Its words
    name a known sector, or a Roman number or «Раздел» says it is a section; either way they are short, name no
    kind of event and hold no digit, so «1. | Визит делегации …» or «5 | Форум 2025» stay what they were."""
    if len(cells) < 2 or not cells[0].strip() or not cells[1].strip() or any(c.strip() for c in cells[2:]):
        return None
    number = _HEADING_NUMBER_CELL.match(cells[0])
    if number is None:
        return None
    name = clean(cells[1])
    if len(name) > 100 or len(name.split()) > 8 or not name[:1].isupper() or any(ch.isdigit() for ch in name) \
            or classify_event_type(name) != "other":
        return None
    section = bool(number.group("roman") or _SECTION_WORD.match(cells[0]))
    if not section and not classify_sector(name).known:
        return None
    return f"{clean(cells[0])} {name}"


def _heading_before_row(row: list[str], line: list[str], whole_row: int, outline: bool = True) -> str | None:
    """A short row of a TAB dump that is a heading typed in two cells, not the start of a row its own line
    breaks split: its cells read as heading_in_cells, and the next line opens an event row of its own (its first
    cell an event number, and joined on it would overflow the row) or is a heading in two cells too («1. |
    Международное сотрудничество» over «1.1. | Культура»)."""
    if (len(row) + len(line) - 1 <= whole_row or event_number(line[0], outline) is None) \
            and (len(line) < 2 or heading_in_cells(line) is None):
        return None
    return heading_in_cells(row)


def _unquoted(cell: str) -> str:
    """A cell of several lines copied from Excel comes in double quotes, its own quotes doubled
    ('"Казахстан – 12\nРоссия – 20"'): the quotes are the copy's, not the clerk's. A one-line cell keeps
    its quotes (a name: '"Ярмарка"')."""
    stripped = cell.strip()
    if "\n" not in stripped or len(stripped) < 3 or stripped[0] != '"' or stripped[-1] != '"' \
            or stripped[1:-1].replace('""', "").count('"'):
        return cell
    return stripped[1:-1].replace('""', '"').strip()


def _page_marks_in_rows(lines: list[str], header_at: int) -> frozenset[int]:
    """page_mark_lines for a table of TAB-separated rows: a page's footer or number and the title or
    the header row typed again at the next page's top, each a line of its own after the header."""
    repeated = {line.strip() for line in lines[:header_at] if len(line.strip()) >= 15}
    header = lines[header_at].strip()
    return frozenset(i for i in range(header_at + 1, len(lines))
                     if (stripped := lines[i].strip()) and (_PAGE_MARK.match(stripped) or stripped in repeated
                                                            or (stripped == header and "\t" in stripped)))


def _goes_on(line: str) -> bool:
    """A line of its own that carries on the cell above: not a numbered heading («1. Культура»,
    «II. Спорт»), and not starting with a capital."""
    return not _HEADING_NUMBER.match(line) and not line[0].isupper()


def _is_unnumbered_row(texts: list[str], position: int, width: int, last_number: int, outline: bool) -> bool:
    """In a text dump, a whole row whose number cell is empty or unreadable («», «3а», «б/н»): a short
    first cell, then exactly one row's worth of cells up to the next event number in sequence (or the
    end of the table), none of them a number in sequence. A sector heading is followed by its first
    event's number at once, so it never passes; split_layout then decides event or carried-on row."""
    first = texts[position].strip()
    end = position + width
    if len(first) > 12 or _TOTAL.match(first) or end > len(texts):
        return False
    expected = (last_number + 1, 1)
    if any(event_number(t, outline) in expected for t in texts[position + 1:end]):
        return False
    # a lettered sub-item's row may follow another («а) | … », «б) | …» under one event)
    return end == len(texts) or event_number(texts[end], outline) in expected \
        or bool(_LETTERED.match(first) and _LETTERED.match(texts[end]))


def column_number_run(texts: list[str] | tuple[str, ...], start: int) -> int:
    """Length of a run of column numbers 1, 2, 3 … starting at `start` (0 if fewer than three):
    ['1', '2', '3', '4'] → 4, ['гр. 1', 'гр. 2', 'гр. 3'] → 3, ['1.', 'Форум', …] → 0."""
    length = 0
    while start + length < len(texts):
        match = _COLUMN_NUMBER_CELL.match(texts[start + length])
        if not match or int(match.group(1)) != length + 1:
            break
        length += 1
    return length if length >= 3 else 0


def is_column_number_row(cells: tuple[str, ...]) -> bool:
    """A Word row «1 | 2 | 3 | 4 | 5 | 6» under the header: numbering of the columns, not an event."""
    return len(cells) >= 3 and column_number_run(cells, 0) == len(cells)


def _header_width(texts: list[str], outline: bool = False) -> int:
    """How many cells the header row has, in a text dump where rows are not marked.

    The column-number row says it outright; otherwise the most common distance between
    consecutive event numbers (1 → 2 → 3) is the row width, so an unknown column
    ('Ответственный исполнитель') widens the row instead of shifting later cells. The words of
    the header decide only when there are too few events to measure."""
    first = next((i for i, t in enumerate(texts) if event_number(t, outline) is not None
                  or column_number_run(texts, i)), len(texts))
    run = column_number_run(texts, first)
    if run and run <= first:
        return run
    by_words = 0
    while by_words < first and column_role(texts[by_words]):
        by_words += 1
    gaps: dict[int, int] = {}
    previous: tuple[int, int] | None = None  # (event number, position)
    for position in range(first, len(texts)):
        n = event_number(texts[position], outline)
        if n is None:
            continue
        if previous and n == previous[0] + 1:
            gap = position - previous[1]
            gaps[gap] = gaps.get(gap, 0) + 1
        if previous is None or n == previous[0] + 1 or n == 1:  # numbering may restart per sector
            previous = (n, position)
    if gaps:
        gap = min(gaps, key=lambda g: (-gaps[g], g))
        if gaps[gap] >= 2 and by_words <= gap <= first:
            return gap
    return by_words


def _is_sub_header(header: tuple[str, ...], row: tuple[str, ...]) -> bool:
    """A second header row under a merged cell ('Участники' over 'всего' | 'в т.ч. иностранных'):
    wider than the header, no event number, the other cells empty or repeating the header above
    (Word repeats a vertically merged cell in every row it spans)."""
    above = {clean(c) for c in header}
    return (len(row) > len(header) and not _NUMBER_CELL.match(row[0]) and not is_column_number_row(row)
            and any(not c.strip() or clean(c) in above for c in row)
            and any(c.strip() and clean(c) not in above for c in row))


def _merge_sub_header(header: tuple[str, ...], sub: tuple[str, ...]) -> tuple[str, ...]:
    """['№', 'Участники', 'Итоги'] + ['№', 'всего', 'в т.ч. иностранных', 'Итоги'] →
    ['№', 'всего', 'в т.ч. иностранных', 'Итоги']: each run of new sub-cells sits under one
    merged header cell; a sub-cell names its column unless no role can be read from it alone."""
    merged: list[str] = []
    position = 0
    parent = ""
    in_run = False
    for cell in sub:
        if not cell.strip() or (position < len(header) and clean(cell) == clean(header[position])):
            merged.append(header[position] if position < len(header) else cell)
            position, in_run = position + 1, False
            continue
        if not in_run:
            parent = header[position] if position < len(header) else ""
            position, in_run = position + 1, True
        merged.append(cell if column_role(cell) else f"{parent} {cell}")
    return tuple(merged)


# '1. Визит делегации', '12) Форум': an event's number typed at the start of its title.
_NUMBER_BEFORE_TITLE = re.compile(r"^\s*(?:№\s*)?(\d{1,4})\s*[.)]\s+(?=\S)")


def _repeats_header(cells: tuple[str, ...], header: list[str]) -> bool:
    """Whether a row is the header again: at least two of its cells, and half of the header's, are
    the header's own words in the same columns."""
    same = sum(1 for cell, above in zip(cells, header)
               if above and _may_clean_to(cell, above) and clean(cell).casefold() == above.casefold())
    return same >= 2 and 2 * same >= sum(1 for above in header if above)


def _may_clean_to(cell: str, cleaned: str) -> bool:
    """False when clean(cell) cannot be the non-empty `cleaned` in either case (a header typed in capitals
    on the first page is the same header in small letters on the next): the cell's first character after
    whitespace (what str.split skips, NBSP too) is clean(cell)'s first unless it is a soft hyphen
    (dropped), so a different one settles it without cleaning a long cell: '12' is not '№ п/п'."""
    first = cell.lstrip()[:1]
    return first.casefold() == cleaned[0].casefold() or first == "\u00ad"


def _is_numbered_heading(row: GridRow, columns: tuple[str, ...], title_at: int) -> bool:
    """'1. | Сотрудничество в сфере культуры | | | |': a numbered row whose only words are a known
    sector's name in the title column is that sector's heading, not an event with no date or place."""
    for i, role in enumerate(columns):  # first: most rows fill another column, and the title need not be cleaned
        if role not in ("number", "title") and _cell(row, i).strip():
            return False
    title = clean(_cell(row, title_at))
    if not title or len(title) > 100:
        return False
    name = heading_name(title)
    # an event with only its title left ('Участие в промышленном форуме') names what happened: not a heading
    return len(name.split()) <= 8 and classify_event_type(name) == "other" and classify_sector(name).known


def _is_label_row(header: tuple[str, ...], row: tuple[str, ...]) -> bool:
    """A second header row as wide as the header, typed without merging cells ('Место и дата' over
    'место' | 'дата', the other cells left empty): no cell with a digit (an event has its number,
    dates or counts), every cell short, the number and title columns empty, and at least one label
    under a header cell that is empty or a parent of several. Read as an event, it was a phantom
    event with no number, title or date."""
    if len(row) != len(header) or len(row) < 3 or not any(c.strip() for c in row):
        return False
    if any(ch.isdigit() for c in row for ch in c) or any(len(c.split()) > 4 for c in row):
        return False
    roles = [column_role(c) for c in header]
    if any(row[i].strip() for i, role in enumerate(roles) if role in ("number", "title")):
        return False
    return any(c.strip() and (not header[i].strip() or (i + 1 < len(header) and not header[i + 1].strip()))
               for i, c in enumerate(row))


def _label_header(header: tuple[str, ...], labels: tuple[str, ...]) -> tuple[str, ...]:
    """['№', 'Место и дата', '', 'Итоги'] + ['', 'место', 'дата', ''] → ['№', 'место', 'дата', 'Итоги']:
    a label under an empty header cell belongs to the header cell to its left; a label names its
    column when a role can be read from it alone, else it is read with that parent's words."""
    merged: list[str] = []
    parent = ""
    for cell, label in zip(header, labels):
        if cell.strip():
            parent = cell
        if not label.strip():
            merged.append(cell or parent)
        else:
            merged.append(label if column_role(label) else f"{parent} {label}")
    return tuple(merged)


_TOTAL = re.compile(r"^\s*(?:итого|всего)\b", re.IGNORECASE)


def _is_total(cells: list[str]) -> bool:
    """«Итого | 78 мероприятий»: a footer, kept as a note, not an event or part of one."""
    return any(_TOTAL.match(c) for c in cells)


def _cell(row: GridRow, index: int) -> str:
    return row.cells[index] if index < len(row.cells) else ""


def _cells_by_role(row: GridRow, columns: tuple[str, ...], shared: tuple[tuple[int, str], ...] = ()) -> dict[str, str]:
    """Column role → cell text; two columns of one role (a split «Участники») are joined, and a
    column serving two roles («Дата и место проведения») gives its text to both."""
    cells: dict[str, str] = {}
    for i, role in enumerate(columns):
        if role == "number":
            continue
        text = _cell(row, i)
        cells[role] = f"{cells[role]}\n{text}" if cells.get(role) and text.strip() else (cells.get(role) or text)
    for i, role in shared:
        if role == "content" and columns[i] == "title":  # «Наименование мероприятия, краткое содержание»
            title, said = _title_and_content(_cell(row, i))
            cells["title"] = title
            cells["content"] = "\n".join(t for t in (cells.get("content", ""), said) if t.strip())
        else:
            cells[role] = _cell(row, i)
    return cells


_TITLE_KEYS = _ROLE_KEYS["title"]
# A town in a cell: «Узбекистан, г. Ташкент», «Россия, г. Ижевск», «Вьетнам, город Ханой», «пос. Ола»; typed in
# capitals too («УЗБЕКИСТАН, Г. ТАШКЕНТ»).
_TOWN_IN_CELL = re.compile(r"(?<![^\W\d_])(?:г|гор|пос|пгт)\.\s*[А-ЯЁа-яё]|(?<![^\W\d_])город\s+[А-ЯЁа-яё]",
                           re.IGNORECASE)


_RUSSIA_IN_CELL = re.compile(r"(?<![А-ЯЁа-яё])(?:Россия|РОССИЯ|РФ|Российская\s+Федерация)(?![А-ЯЁа-яё])")


def _countries_naming_towns_as_venue(columns: tuple[str, ...], rows) -> tuple[str, ...]:
    """A table with no place column whose one country column («Страна (регион)», «Страна / регион») names a
    town in its cells («Узбекистан, г. Ташкент», «Россия, г. Ижевск») says where each event was held: that column
    is the venue (was read as partners only, every event without a place and at home). A country column of
    countries alone («Узбекистан», «Беларусь, Казахстан») stays the partners, and so does one beside a place column."""
    if "venue" in columns or columns.count("countries") != 1:
        return columns
    at = columns.index("countries")
    cells = [row.cells[at] for row in rows if len(row.cells) > at and row.cells[at].strip()]
    if not any(_TOWN_IN_CELL.search(cell) or _RUSSIA_IN_CELL.search(cell) for cell in cells):
        return columns  # (Russia is never a partner: a country column naming it says where an event was held)
    return columns[:at] + ("venue",) + columns[at + 1:]
# «Содержание мероприятия», «Краткое содержание мероприятий», «Суть мероприятия», «Описание мероприятия»: the event
# said in a content column's words. It is the title only where another content column holds the results («Итоги и
# договорённости»); alone it is the one content column of a table that must name its title column.
_EVENTS_CONTENT_HEADER = re.compile(r"(?:кратко[ей]\s+)?(?:содержание|суть|описание)\s+мероприяти")


def _title_with_content(header: tuple[str, ...], columns: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[tuple[int, str], ...]]:
    """A table with no title column of its own whose content column's header names the event too
    («Наименование мероприятия, краткое содержание», «Мероприятие и его итоги», «Наименование и содержание
    мероприятия»), or a «Содержание мероприятия» column beside another content column («Итоги и договорённости»):
    that column is the title and the content both — each cell's first line the title, the rest its content
    (_title_and_content). Was refused: «в заголовке таблицы нет столбцов: title»."""
    if "title" in columns:
        return columns, ()
    at = next((i for i, (cell, role) in enumerate(zip(header, columns)) if role == "content"
               and (_TITLE_KEYS.search(text := fold(" ".join(matching_form(cell).split())))
                    or (_EVENTS_CONTENT_HEADER.match(text) and columns.count("content") > 1))), None)
    if at is None:
        return columns, ()
    return columns[:at] + ("title",) + columns[at + 1:], ((at, "content"),)


_SENTENCE_END = re.compile(r"(?<![А-ЯЁA-Z])(?<!\bг)(?<!\bим)(?<!\bул)[.!?]\s+(?=[А-ЯЁA-Z«])")


# Words after which a title goes on to the next line: «Участие в⏎29-й выставке», «визит по⏎приглашению».
_GOES_ON_WORDS = frozenset("в во к ко о об с со у на по из от за до для при и или".split())


def _title_line_end(text: str) -> re.Match | None:
    """The first line break after which a sentence of its own opens: the next line starts with a capital,
    and the line before ends on no comma, dash or word that goes on."""
    for newline in re.finditer(r"[ \t]*\n\s*", text):
        before, after = text[:newline.start()].rstrip(), text[newline.end():newline.end() + 1]
        if not after or not (after.isupper() and after.isalpha()) or not before or before[-1] in ",;:–—-(«":
            continue
        last = before.split()[-1].lower()
        if last not in _GOES_ON_WORDS:
            return newline
    return None


def _title_and_content(cell: str) -> tuple[str, str]:
    """'Визит делегации …⏎Подписано соглашение' → the title and the content: the lines up to the first that
    opens a sentence of its own, else the first sentence ('Форум «…». Подписано 3 соглашения.'), else the
    whole cell is the title."""
    text = cell.strip()
    end = _title_line_end(text) or _SENTENCE_END.search(text)
    if end is None:
        return text, ""
    cut = end.start() + (1 if text[end.start()] in ".!?" else 0)
    return text[:cut].strip(), text[end.end():].strip()


# roles a header cell may give its column besides its first one, when no column of their own has them
_SHAREABLE_ROLES = ("dates", "venue")


def shared_roles(header: tuple[str, ...], columns: tuple[str, ...]) -> tuple[tuple[int, str], ...]:
    """(column, role) for the date or venue role when it has no column of its own but the other one's
    header names it too: «Дата и место проведения» is dates and venue, «Место и сроки» too. Only
    these two share: a venue read out of a long content cell would be a guess."""
    shared = []
    for role in _SHAREABLE_ROLES:
        if role in columns:
            continue
        keys = _ROLE_KEYS[role]
        at = next((i for i, cell in enumerate(header) if columns[i] in _SHAREABLE_ROLES
                   and keys.search(fold(" ".join(matching_form(cell).split())))), None)
        if at is not None:
            shared.append((at, role))
    return tuple(shared)


def _continued(event: EventRow, row: GridRow, columns: tuple[str, ...],
               shared: tuple[tuple[int, str], ...] = (), title: bool = False) -> EventRow:
    """The event with a carried-on row's cells appended to its own, each under its column."""
    more = _cells_by_role(row, columns, shared)
    cells = {role: "\n".join(t for t in (text, more.get(role, "")) if t.strip()) or text
             for role, text in event.cells.items()}
    return EventRow(event.number_text, event.n, event.sector, cells, event.table_row, event.line,
                    event.missing_cells, event.continued_rows + (row.table_row,), struck=event.struck,
                    section=event.section, overflow=event.overflow, overflow_into=event.overflow_into,
                    title_continued=event.title_continued + ((row.table_row,) if title else ()))


# A lettered sub-item's number cell: «а)», «б.», «в», «Г)» (Cyrillic а–и, Latin a–h), nothing else.
_LETTERED = re.compile(r"^\s*([а-иa-h])\s*[).]?\s*$", re.IGNORECASE)
_PARENT_NUMBER = re.compile(r"^\s*(?:№\s*)?(\d{1,4})(?!\d)")


def _sub_item(event: EventRow, row: GridRow, columns: tuple[str, ...], shared: tuple[tuple[int, str], ...],
              letter: str) -> EventRow:
    """The event with a lettered row that has no dates of its own folded in: «а) встреча с Губернатором
    области» is a part of the visit above, so its title goes into the event's description (with its letter)
    and its other cells join the event's own, as a person reads a programme under an event."""
    more = _cells_by_role(row, columns, shared)
    part = " ".join(t for t in (f"{letter})", clean(more.pop("title", ""))) if t)
    said = more.get("content", "").strip(" —–-\n")  # «—»: nothing said
    more["content"] = f"{part}: {said}" if said else part
    cells = dict(event.cells)
    for role, text in more.items():
        if text.strip():
            cells[role] = f"{cells[role]}\n{text}" if cells.get(role, "").strip() else text
    return dataclasses.replace(event, cells=cells, sub_items=event.sub_items + ((row.table_row, f"{letter})"),))


def _role_text(row: GridRow, columns: tuple[str, ...], shared: tuple[tuple[int, str], ...], role: str) -> str:
    """The text of a row's cells of one role, a shared column's («Сроки и место проведения») too."""
    return " ".join(_cell(row, i) for i, r in enumerate(columns) if r == role) + " ".join(
        _cell(row, i) for i, r in shared if r == role)


def _carries_title_on(title: str) -> bool:
    """«программы «Годы российско-китайского сотрудничества»» under «Визит … в рамках»: a title cell
    opening with a small letter is no title of its own but the rest of the one above, which a page
    break cut (a Word row split across pages); a capital, a digit, a quote or a bracket may start one."""
    first = title.lstrip()[:1]
    return first.isalpha() and first.islower()


# A signature typed into the table's rows: a post («Заместитель Губернатора области», «Министр …», «И.о.
# начальника …») in one cell and a person's initials and surname («А.В. Смирнов», «Смирнов А.В.») alone in another.
_SIGNATURE_ROLE = re.compile(r"^\s*(?:первый\s+|временно\s+исполняющий\s+обязанности\s+|врио\s+|и\.\s?о\.\s*)?"
                             r"(?:заместитель|зам\.|губернатор|вице-губернатор|министр|председател|руководител"
                             r"|начальник|директор|глава|исполнитель|исп\.|заведующ|консультант|специалист"
                             r"|главный\s+специалист|ведущий\s+специалист)", re.IGNORECASE)
_SIGNATURE_NAME = re.compile(r"^\s*(?:[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
                             r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s[А-ЯЁ]\.\s?[А-ЯЁ]\.)\s*$")


def _is_signature(texts: list[str]) -> bool:
    """['Заместитель Губернатора Вологодской области', 'А.В. Смирнов']: a post and a name, nothing else."""
    distinct = [t for t in dict.fromkeys(" ".join(t.split()) for t in texts)  # «____», «—», «(подпись)» left out
                if re.search(r"[^\W\d_]", t) and not re.fullmatch(r"\(?подпись\)?", t, re.IGNORECASE)]
    return len(distinct) == 2 and any(_SIGNATURE_NAME.match(t) for t in distinct) \
        and any(_SIGNATURE_ROLE.match(t) for t in distinct)


# A row after (or inside) the table that is the clerk's words to the reader, never a heading:
# «Справочно: …», «Для справки», «Примечание:», «Исполнитель: …», «Исп. Петрова Н.С.».
_NOTE_ROW = re.compile(r"^\s*(?:справочно|для\s+справки|примечани[ея]|исполнител[ьи]|исп\.)(?!\w)", re.IGNORECASE)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _is_heading_line(line: str) -> bool:
    """A paragraph between the title and the table that names a sector: numbered like a heading
    («1. …», «Раздел I. …») or a known sector's words, short, and without the title's year."""
    if len(line) > 150 or _YEAR.search(line) or not (line[0].isupper() or line[0].isdigit()):
        return False
    return bool(_HEADING_NUMBER.match(line)) or classify_sector(heading_name(line)).known


def _lone_heading(non_empty: list[str]) -> bool:
    """A row's only text, in whichever cell, is a sector heading («| | Раздел 2. Культура | | |», «| II.
    Образование | | |»: typed into a cell of an unmerged row, not the first), so a heading as a merged
    row's is — not the event above carried on past a page break, whose text goes on in its own columns:
    numbered like a heading, or a known sector's words naming no kind of event; short, no year."""
    if len(non_empty) != 1:
        return False
    text = clean(non_empty[0])
    if not text or not _is_heading_line(text):
        return False
    name = heading_name(text)
    if len(name.split()) > 8 or any(ch.isdigit() for ch in name):
        return False
    # numbered as a heading («1.2. Переговоры и визиты»), its words may be a kind of event; unnumbered, not
    return name != text or classify_event_type(name) == "other"


def _same_title(shorter: list[str], lines: list[str]) -> bool:
    """Whether the title reads the same region and quarter without its last line."""
    from .title import parse_title

    try:
        return parse_title(" ".join(shorter)) == parse_title(" ".join(lines))
    except ReportError:
        return False


def heading_name(text: str) -> str:
    """'Раздел II. Сотрудничество в сфере культуры' → 'Сотрудничество в сфере культуры'."""
    cleaned = clean(text)
    return _HEADING_NUMBER.sub("", cleaned, count=1) or cleaned


def clean(text: str) -> str:
    """Collapse the stray line breaks, NBSPs and double spaces of Word cells."""
    return " ".join(text.replace("\u00a0", " ").replace("\u00ad", "").split())


# A heading over events that are only planned: «План мероприятий на I квартал 2026 года», «Планируемые
# мероприятия», «Перспективный план», «Мероприятия, запланированные на 2026 год», «Предстоящие мероприятия».
_PLAN_HEADING = re.compile(r"(?:перечень\s+|перспективн\w*\s+|предварительн\w*\s+|примерн\w*\s+)?"
                           r"(?:планы?(?![а-я])|план\w*\s+мероприят|планируем\w*|запланированн\w*"
                           r"|предстоящ\w*\s+мероприят|мероприяти\w*\s*,?\s*(?:планируем|запланирован|предстоящ))")


def is_plan_heading(text: str) -> bool:
    """«План мероприятий на I квартал 2026 года», «2. Планируемые мероприятия» → True; «Планирование
    территорий», «Выполнение плана» → False. The rows under such a heading are planned, not held."""
    return bool(_PLAN_HEADING.match(fold(heading_name(text))))


# A heading that names only a period: «Октябрь», «Ноябрь 2025 г.», «Декабрь 2025 года», «Октябрь – ноябрь», «За
# ноябрь», «IV квартал 2025 г.», «II полугодие» — the rows under it are grouped by when, not by sector.
_MONTH = r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*"
_PERIOD_HEADING = re.compile(
    rf"(?:(?:за|в)\s+)?(?:{_MONTH}(?:\s*(?:[-–—,/]|и)\s*{_MONTH})*|(?:[1-4]|[IV]{{1,3}})\s*(?:-?й\s+)?квартал[а-я]*"
    r"|(?:[12]|I{1,2})\s*(?:-?е\s+)?полугоди[а-я]*)(?:\s+(?:20\d\d)(?:\s*(?:г\.?|года?))?)?\s*[.:]?", re.IGNORECASE)


def is_period_heading(text: str) -> bool:
    """«Ноябрь», «Декабрь 2025 г.», «Октябрь – ноябрь 2025 года», «IV квартал» → True; «Культура», «Май – месяц
    культуры» → False. Such a one-cell row (a month's table under its name) heads no sector."""
    cleaned = fold(clean(text))
    return len(cleaned) <= 40 and bool(_PERIOD_HEADING.fullmatch(cleaned))


def split_layout(grid: Grid, file_name: str = "") -> Layout:
    """Find the header, then walk rows: numbered rows are events, one-cell rows headings or notes."""
    header_index = next(
        (i for i, row in enumerate(grid.rows)
         if sum(1 for c in row.cells if column_role(c)) >= len(REQUIRED_ROLES) and len(row.cells) > 2),
        None)
    if header_index is None:
        raise ReportError("не найдена строка заголовков таблицы (№, наименование, сроки…)",
                          file=file_name)
    header = grid.rows[header_index].cells
    following = grid.rows[header_index + 1].cells if header_index + 1 < len(grid.rows) else ()
    if _is_sub_header(header, following):
        header = _merge_sub_header(header, following)
        header_index += 1
    elif _is_label_row(header, following):
        header = _label_header(header, following)
        header_index += 1
    columns = tuple(column_role(c) or f"extra_{i}" for i, c in enumerate(header))
    unknown = tuple((i + 1, clean(c)) for i, c in enumerate(header) if columns[i].startswith("extra_"))
    columns, titled = _title_with_content(header, columns)
    columns = _countries_naming_towns_as_venue(columns, grid.rows[header_index + 1:])
    shared = shared_roles(header, columns) + titled
    present = set(columns) | {role for _, role in shared}
    missing = [r for r in REQUIRED_ROLES if r not in present and r != "number"]
    if missing:
        raise ReportError(f"в заголовке таблицы нет столбцов: {', '.join(missing)}", file=file_name)
    by_order = "number" not in present  # a table of events without a «№» column: numbered by their order

    events: list[EventRow] = []
    sectors: list[str] = []
    pending_single: list[tuple[str, GridRow]] = []
    sector: str | None = None
    section = 0
    headings: list[tuple[int, str]] = []  # the open sections, outer → inner: (depth, name)
    empty_rows: list[int] = []
    row_notes: list[str] = []  # rows that are the clerk's words to the reader: a signature, «Справочно: …»
    planned: list[tuple[str, list[int]]] = []  # the rows under a plan heading, which were not held
    planned_events: list[list[EventRow]] = []  # those rows as events, one list per plan heading
    plan_sector: str | None = None  # the sector those rows would be counted in
    tail: list[EventRow] = events  # where the last event row went: a row carried on past a page break joins it
    number_at = None if by_order else columns.index("number")
    title_at = columns.index("title")
    header_texts = [clean(c) for c in header]
    first_title = [clean(p) for p in grid.preamble if p.strip()] + \
        [clean(c) for row in grid.rows[:header_index] for c in row.cells if c.strip()]
    another: tuple[str, str] | None = None
    title_keys = frozenset(_line_key(line) for line in first_title)
    whole_title = _line_key(" ".join(first_title))
    parts: list[tuple[str, str]] = []
    restart_title: tuple[str, str] | None = None
    restart_row: int | None = None  # the row numbered from 1 again under restart_title
    after_part_title = False  # the header's cells typed again under a part's title are no headings
    for at, row in enumerate(grid.rows[header_index + 1:], start=header_index + 1):
        if is_column_number_row(row.cells) or _repeats_header(row.cells, header_texts):
            continue  # the header typed again inside the table (a pasted second page): not an event
        non_empty = [c for c in row.cells if c.strip()]
        number_cell = row.cells[number_at] if number_at is not None and number_at < len(row.cells) else ""
        number = event_number(number_cell) if len(row.cells) > 1 and number_at is not None else None
        in_title = None
        if number is None and not number_cell.strip() and len(row.cells) > 2:
            in_title = _NUMBER_BEFORE_TITLE.match(_cell(row, title_at))  # '1. Визит делегации' with № empty
            if in_title:
                number, number_cell = int(in_title.group(1)), in_title.group(0).strip()
        if number_at == 0 and len(row.cells) > 2 and (typed := heading_in_cells(row.cells)) is not None:
            # «II | Культура | | | |», «1. | Экономика | | |» with the dates column second: a heading typed in the
            # row's first two cells, whichever column the second is (before, an event with its name as dates)
            pending_single.append((typed, row))
            continue
        if number is not None and _is_numbered_heading(row, columns, title_at):
            # '1. | Сотрудничество в сфере культуры | | …' (its number kept: «1.1» heads a sub-section)
            pending_single.append((f"{number_cell.strip()} {_cell(row, title_at)}", row))
            continue
        if number is not None and not in_title and _only_number(row, number_at):
            empty_rows.append(row.table_row)  # «14 | | | |»: a numbered row of the form left empty
            continue
        if number is None and len(row.cells) > 2 and _is_signature(non_empty) \
                and not _role_text(row, columns, shared, "dates").strip():
            row_notes.append(" ".join(clean(c) for c in non_empty))  # «Заместитель Губернатора … | … | А.В. Смирнов»
            continue
        if number is None and non_empty and tail and not pending_single and len(row.cells) > 2 \
                and not number_cell.strip() and not _cell(row, title_at).strip() and not row.cells[0].strip() \
                and not _is_total(non_empty) and not _lone_heading(non_empty):
            # Text in a later column of a full row, its number and title cells empty: the event above
            # carried on past a page break (a heading or a note stands in the first cell or a merged one).
            tail[-1] = _continued(tail[-1], row, columns, shared)
            continue
        if number is None and tail and not pending_single and not number_cell.strip() and len(row.cells) > 2 \
                and _carries_title_on(_cell(row, title_at)) and not _role_text(row, columns, shared, "dates").strip():
            # «| программы «Годы …» | | | 9 человек |» under «4 | Визит … в рамках | 17–19 декабря …»: a row
            # split by a page break, its title going on in small letters and no dates of its own
            tail[-1] = _continued(tail[-1], row, columns, shared, title=True)
            continue
        if number is None and number_cell.strip() and len(row.cells) > 2 and not _cell(row, title_at).strip() \
                and not _role_text(row, columns, shared, "dates").strip() and not _is_total(non_empty) \
                and len({clean(c) for c in non_empty}) >= 2:
            # «Председатель комитета … | | … | В.Г. Соколов»: words in the number cell and neither a title nor
            # dates — a signature or a remark typed into the table's last rows, not an event. Words in the number
            # cell alone («Образование | | | |», a heading typed into the first cell without merging the row) are
            # a one-cell row as a merged heading is: a heading before the events under it, a note after the last
            row_notes.append(" ".join(clean(c) for c in non_empty))
            continue
        lettered = _LETTERED.match(number_cell) if number is None and tail and not pending_single \
            and len(row.cells) > 2 else None
        if lettered and _cell(row, title_at).strip():
            letter = lettered.group(1).lower()
            if not _role_text(row, columns, shared, "dates").strip():
                # «а) | встреча с Губернатором области | | | | Подписано соглашение» under «1 | Визит … | 10–12
                # ноября»: no dates of its own, so a part of the event above, not an event
                tail[-1] = _sub_item(tail[-1], row, columns, shared, letter)
                continue
            parent = _PARENT_NUMBER.match(tail[-1].number_text)
            if parent:
                # «а) | Круглый стол | 1 декабря 2025 г. | …» under «2 | Визит … | 1–3 декабря»: its own dates make
                # it an event of its own, a sub-item numbered by its parent like «2а» (see sub_numbered)
                number_cell = f"{parent.group(1)}{letter}"
        if number is None and len({clean(c) for c in non_empty}) >= 2 and not _is_total(non_empty):
            # Several cells but no number read: a row carried on from the event above (a page
            # break splits a Word row; its number and title cells stay empty), else an event whose
            # number is missing or unreadable («3а», «б/н»), numbered by order in build_report.
            if tail and not pending_single and not number_cell.strip() and not _cell(row, title_at).strip():
                tail[-1] = _continued(tail[-1], row, columns, shared)
                continue
            number = len(events) + 1 if by_order else UNNUMBERED
        if number is not None:
            plan = next((clean(text) for text, _ in pending_single if is_plan_heading(text)), None)
            if plan is not None:  # «План мероприятий на I квартал 2026 года»: what comes next was not held
                planned.append((plan, []))
                planned_events.append([])
                # the other headings in the run (a sector's heading under a sentence naming a plan) head the rows as
                # they would held events', should build_report find the rows the report's own
                others = [text for text, _ in pending_single if not is_plan_heading(text)
                          and not is_period_heading(text) and not _repeats_title(text, title_keys, whole_title)]
                plan_sector = _sector_heading(_nest_headings(headings, others)) if others else sector
                section += 1
                pending_single = []
            elif pending_single and planned and planned[-1][0] is not None:
                planned.append((None, []))  # a heading after the plan: held events again
                planned_events.append([])
            if planned and planned[-1][0] is not None:
                planned[-1][1].append(row.table_row)
                tail = planned_events[-1]
                tail.append(_event_row(row, number_cell, number, in_title, columns, shared, plan_sector, section,
                                       len(parts)))
                continue
            tail = events
            # «Ноябрь», «Декабрь 2025 г.» over a month's table name when, not a sector (was the sector «Ноябрь»)
            # …nor the report's own title typed again mid-table (a text dump's page header: report_title_lines)
            if number == 1 and events and restart_title is None:
                from .title import begins_as_a_title

                block = next((k for k in range(len(pending_single))
                              if begins_as_a_title([pending_single[k][0]])), None)
                if block is not None:
                    at_row = pending_single[block][1]
                    restart_title = (" ".join(clean(text) for text, _ in pending_single[block:]),
                                     f"в строке {at_row.line} файла" if at_row.line
                                     else f"в строке {at_row.table_row} таблицы")
                    restart_row = row.table_row
            # a second report's title naming no period over numbering from 1 again is no heading nor a section
            # (the numbering under it is that report's: refused, the title named — as a .docx's is)
            unperiodic_title = number == 1 and bool(events) and restart_title is not None \
                and restart_row == row.table_row and not _names_a_period(restart_title[0])
            named = [text for text, _ in pending_single if not is_period_heading(text)
                     and not _repeats_title(text, title_keys, whole_title)] if not unperiodic_title else []
            if named:
                headings = _nest_headings(headings, named)
                sector = _sector_heading(headings)
                sectors.append(sector)
            if pending_single and not unperiodic_title:
                section += 1  # a heading, or a month's name, opens a section its numbering may restart in
            pending_single = []
            events.append(_event_row(row, number_cell, number, in_title, columns, shared, sector, section, len(parts)))
            after_part_title = False
        elif len(non_empty) == 1 and is_page_mark_row(non_empty[0]):
            continue  # «Страница 3 из 12», «- 3 -» as a row of its own: a page break's mark, not a heading
        elif non_empty and _NOTE_ROW.match(non_empty[0]):
            row_notes.append(clean(" ".join(non_empty)))  # «Справочно: за II квартал …»: a note, not a heading
        elif non_empty:
            if after_part_title and len(non_empty) == 1 and clean(non_empty[0]) in header_texts:
                continue  # «№ п/п», «Наименование мероприятия» one a line: the header again under a part's title
            pending_single.append((" ".join(non_empty) if _is_total(non_empty) else non_empty[0], row))
            if (title_rows := _another_report_title(pending_single, first_title, events, grid.rows[at + 1:])):
                # «Отчёт … в III квартале 2024 года» in a merged row, then that report's rows: two reports in one
                # table (were refused as «номер мероприятия 1 повторяется»): the first is read, the rest named
                at_row = pending_single[-title_rows][1]  # a text dump's line is what its user can find
                another = (" ".join(clean(text) for text, _ in pending_single[-title_rows:]),
                           f"в строке {at_row.line} файла" if at_row.line else f"в строке {at_row.table_row} таблицы")
                pending_single = pending_single[:-title_rows]
                break
            if (title_rows := _next_part_title(pending_single, first_title, events, grid.rows[at + 1:], title_keys)):
                # «… проведенных Министерством образования … в IV квартале 2024 года» over rows numbered from 1
                # again: the same quarter's report of another body in the same file — its next part, every event
                # loaded (was refused as «номер мероприятия 1 повторяется»)
                at_row = pending_single[-title_rows][1]
                parts.append((" ".join(clean(text) for text, _ in pending_single[-title_rows:]),
                              f"в строке {at_row.line} файла" if at_row.line else f"в строке {at_row.table_row} таблицы"))
                # the one-cell rows left above the part's title close the part before (its footnote «В IV квартале
                # состоялось 4 встречи…» on an .xlsx sheet's last row): notes, never the next part's sector
                row_notes.extend(clean(text) for text, _ in pending_single[:-title_rows])
                pending_single = []
                headings, sector = [], None  # a part's sectors are its own headings
                after_part_title = True
    notes = [clean(text) for text, _ in pending_single] + row_notes
    notes += [clean(p) for p in grid.postamble if p.strip()]
    title_lines = [clean(p) for p in grid.preamble if p.strip()]
    if events and events[0].sector is None and len(title_lines) > 1 and _is_heading_line(title_lines[-1]) \
            and _same_title(title_lines[:-1], title_lines):
        # «1. Сотрудничество в сфере культуры» typed above the table: the first events' sector
        first = heading_name(title_lines.pop())
        events = [dataclasses.replace(e, sector=first) if e.sector is None else e for e in events]
        sectors.insert(0, first)
    title_lines += [clean(c) for row in grid.rows[:header_index] for c in row.cells if c.strip()]
    events, summaries = _summary_sections(events)
    if summaries:
        notes = notes + [text for _, rows in summaries for text in rows.values()]
        kept = {e.sector for e in events}
        sectors = [name for name in sectors if name in kept]
    return Layout(title=" ".join(title_lines), columns=columns, events=tuple(events),
                  sectors=tuple(dict.fromkeys(sectors)), notes=tuple(notes), unknown_columns=unknown,
                  numbered_by_order=by_order, empty_rows=tuple(empty_rows),
                  planned=tuple((plan, tuple(rows)) for plan, rows in planned if plan is not None and rows),
                  planned_events=tuple(tuple(held) for (plan, rows), held in zip(planned, planned_events)
                                       if plan is not None and rows),
                  summaries=tuple((heading, tuple(rows)) for heading, rows in summaries),
                  another_report=another, parts=tuple(parts),
                  restart_title=restart_title)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _event_row(row: GridRow, number_cell: str, number: int, in_title: re.Match | None, columns: tuple[str, ...],
               shared: tuple[tuple[int, str], ...], sector: str | None, section: int, part: int) -> EventRow:
    """A numbered table row as an event under `sector`: its cells by column role, the number typed before the
    title taken off, and the text of cells past the header's last column added to the last one."""
    cells = _cells_by_role(row, columns, shared)
    if in_title:
        cells["title"] = cells["title"][in_title.end():]
    overflow = row.overflow
    if not overflow and len(row.cells) > len(columns):
        # a cell past the header's last column (an .xlsx row typed one cell further): its text was
        # dropped unread; now it is added to the last column's, as Word's reader does, and named
        overflow = tuple(clean(c) for c in row.cells[len(columns):] if c.strip())
        last = columns[-1]
        if overflow and last != "number":
            cells[last] = "\n".join([cells[last]] * bool(cells.get(last, "").strip()) + list(overflow))
    return EventRow(number_cell.strip(), number, sector, cells, row.table_row, row.line,
                    row.missing_cells, struck=row.struck, section=section, overflow=overflow,
                    overflow_into=columns[-1] if overflow else "", part=part)


def _summary_sections(events: list[EventRow]) -> tuple[list[EventRow], list[tuple[str, dict[int, str]]]]:
    """The events without the sections that are a numbered summary under the report's table («Сводные показатели»:
    «1. Всего мероприятий — 78», «2. Подписано соглашений — 5»), and each such section as (its heading, table row →
    the row's text). A run of rows is one when its numbering starts at 1 again after events that hold a date or a place,
    and none of its own numbered rows holds either, nor a word of content (a sector of events numbered from 1 has
    them). Such rows, read as the next sector's events, made the file refused «номер мероприятия 1 повторяется».
    The heading is the run's own, '' when it stands under the sector before (a line the layout took for a title)."""
    def told(event: EventRow) -> bool:
        return any(event.cells.get(role, "").strip() for role in ("dates", "venue", "content"))

    groups: list[list[EventRow]] = []  # runs of events, a new one wherever the numbering starts at 1 again
    for event in events:
        if not groups or event.n == 1:
            groups.append([])
        groups[-1].append(event)
    dropped: set[int] = set()
    summaries = []
    seen_told = False
    for k, group in enumerate(groups):
        if seen_told and group[0].n == 1 and not any(told(e) for e in group):
            dropped.update(id(e) for e in group)
            own = group[0].sector if group[0].sector != groups[k - 1][-1].sector else None
            summaries.append((own or "", {e.table_row: " | ".join(
                clean(text) for text in [e.number_text] + list(e.cells.values()) if clean(text)) for e in group}))
        seen_told = seen_told or any(told(e) for e in group)
    if not summaries:
        return events, []
    return [e for e in events if id(e) not in dropped], summaries


def _line_key(line: str) -> str:
    return " ".join(line.split()).casefold()


def _repeats_title(text: str, title_keys: frozenset[str], whole_title: str = "") -> bool:
    """Whether a one-cell row is the report's title typed again (a page's running header): each of its lines one
    of the title's (`title_keys`: _line_key of each), word for word (case and spacing aside) — as page_mark_lines
    drops such lines — or its lines run together into one row (`whole_title`: the title's lines joined), the whole
    title or its start: a PDF converted to .docx or .xlsx repeats the title in one merged row at each page's top,
    and the events under it were filed in a sector named by the title."""
    if len(text) < 15 or not _TITLE_LINE.match(text):
        return False
    lines = {_line_key(line) for line in text.split("\n") if line.strip()}
    return bool(lines) and (lines <= title_keys or (bool(whole_title) and whole_title.startswith(_line_key(text))))


def _another_report_title(pending, first_title: list[str], events, after) -> int:
    """How many of the last one-cell rows (`pending`: (text, row), at most 4) read together as the title of
    another report (etl.title.another_report) above the rows `after`; 0 when they do not. Only text naming a year
    is parsed as a title, so a table of many headings costs nothing."""
    from .title import another_report, begins_as_a_title, row_text

    if not events or not _YEAR.search(pending[-1][0]) or is_plan_heading(pending[-1][0]) \
            or not any(len(r.cells) > 1 and event_number(r.cells[0]) is not None for r in after):
        return 0  # a note under the last event naming another quarter is no second report: no events follow it
    read = [row_text(list(e.cells.values())) for e in events]
    later = [row_text(list(r.cells[1:])) for r in after]  # as `read`: a row's cells without its number
    for count in range(1, min(4, len(pending)) + 1):
        lines = [text for text, _ in pending[-count:]]
        if len(" ".join(lines)) <= 1_000 and begins_as_a_title(lines) and not any(is_plan_heading(line) for line in lines) \
                and another_report(lines, first_title, read, later):
            return count
    return 0


def _next_part_title(pending, first_title: list[str], events, after, title_keys: frozenset[str]) -> int:
    """How many of the last one-cell rows (`pending`, at most 4) read together as a title of the first title's
    region and quarter, worded otherwise (another body: «… Министерством образования …»), over rows whose first
    number is 1 again: the same quarter's report of another body, the file's next part; 0 otherwise. The first
    title typed again at a page's top (its events numbered on) and another period's report (_another_report_title)
    are no part."""
    from .title import begins_as_a_title, same_period_title

    if not events or not (_YEAR.search(pending[-1][0]) or "квартал" in pending[-1][0].lower()) \
            or is_plan_heading(pending[-1][0]):
        return 0
    first = next((n for r in after if len(r.cells) > 1 and (n := event_number(r.cells[0])) is not None), None)
    if first != 1:
        return 0
    for count in range(1, min(4, len(pending)) + 1):
        lines = [text for text, _ in pending[-count:]]
        keys = {_line_key(line) for text in lines for line in text.split("\n") if line.strip()}
        if len(" ".join(lines)) <= 1_000 and begins_as_a_title(lines) and not keys <= title_keys \
                and same_period_title(lines, first_title):
            return count
    return 0


_OUTLINE_HEADING = re.compile(r"^\s*(?:раздел\s+|подраздел\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})\s*[.):]?\s+(?=\w)", re.IGNORECASE)
_ROMAN_HEADING = re.compile(r"^\s*(?:раздел\s+)?[IVXL]{1,5}\s*[.):]?\s+(?=\w)", re.IGNORECASE)


def _heading_depth(text: str) -> int | None:
    """«1. Торговля» → 1, «1.1. Выставки» → 2, «Раздел II. …» → 1; an unnumbered heading → None."""
    cleaned = clean(text)
    if match := _OUTLINE_HEADING.match(cleaned):
        return match.group(1).count(".") + 1
    return 1 if _ROMAN_HEADING.match(cleaned) else None


def _nest_headings(open_sections: list[tuple[int, str]], texts: list[str]) -> list[tuple[int, str]]:
    """The sections open after the headings `texts` (the one-cell rows before an event): a heading
    numbered «1.1.» sits inside the open «1.», one numbered «2.» closes every section of depth ≥ 2;
    an unnumbered heading right under another in the same run is its sub-heading, else a new section."""
    sections = list(open_sections)
    for position, text in enumerate(texts):
        depth = _heading_depth(text)
        if depth is None:
            depth = sections[-1][0] + 1 if position and sections else 1
        sections = [s for s in sections if s[0] < depth] + [(depth, heading_name(text))]
    return sections


def _sector_heading(sections: list[tuple[int, str]]) -> str:
    """The sector an event is counted in: the innermost open heading that names a known sector
    («2. Гуманитарное сотрудничество» / «2.2. Образование и наука» → «Образование и наука»), else
    the innermost known one above it («1. Торгово-экономическое сотрудничество» / «1.1. Выставки и
    ярмарки» → the first), else the innermost heading as written."""
    for _, name in reversed(sections):
        if classify_sector(name).known:
            return name
    return sections[-1][1]


def _only_number(row: GridRow, number_at: int | None) -> bool:
    """«14 | | | | |»: a row whose only text is its number (a form's spare row left unfilled)."""
    return len(row.cells) > 2 and all(not c.strip() for i, c in enumerate(row.cells) if i != number_at)
