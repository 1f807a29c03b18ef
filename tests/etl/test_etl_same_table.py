"""The same table laid out another way reads the same (parser 1.10.29): a report's Word table with its
columns in another order (the number last, the columns reversed after it, the title last), its header
worded otherwise («Название», «Даты», «Состав участников», «Место»), in capitals or one word a line,
a row of column numbers under it or not, an empty «Примечание» column added, its sector headings in a
merged row, in the first, the title or the second cell of an unmerged one, and line breaks typed as
Shift+Enter — applied to the real sample and to every UTF-8 text dump among the SYNTHETIC fixtures,
then saved as a Word table, must not change a single derived field of any event.

On 1.10.28 the net caught:
- a header typed in capitals on the first page and in small letters where it repeats after a page
  break: the repeat was read as an event («№ п/п | Наименование мероприятия | …» numbered «№ п/п»);
- a sector heading typed into the second cell of an unmerged row (the dates column of a template that
  puts dates second) was read as the event above carried on past a page break: the heading joined that
  event's dates (one event's end became 1 February) and every event after it kept the first sector;
- a column of dates and place whose dates are a whole quarter on a line of their own («в течение
  квартала⏎онлайн», «III кв. 2025 г.⏎в режиме ВКС») or after the place («онлайн⏎в течение квартала»):
  no dates; and a place told by water alone («20 декабря 2025 г.⏎р. Амур») moved the event elsewhere;
- a column «Наименование мероприятия, краткое содержание» (title and content in one): the file was
  refused («в заголовке таблицы нет столбцов: title»)."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from docx_builder import grid_to_docx
from etl import normalize
from etl.layout import Grid, GridRow, column_role, is_column_number_row, split_layout
from etl.read import read_bytes
from test_etl_same_meaning import REPORTS, _derived_from_bytes


def _numbered_again(original: Grid, rows: list[GridRow]) -> list[GridRow]:
    """A row of column numbers counts 1..n in the new order, in its own style («1.», «гр. 1»)."""
    for at, row in enumerate(original.rows):
        if at and is_column_number_row(row.cells):
            style = row.cells[0].strip()
            rows[at] = replace(rows[at], cells=tuple(re.sub(r"\d+", str(k + 1), style) for k in range(len(row.cells))))
    return rows


def _columns(order_of):
    def rewrite(grid: Grid) -> Grid:
        width = len(grid.rows[0].cells)
        order = order_of(width)
        rows = [row if len(row.cells) != width else replace(row, cells=tuple(row.cells[i] for i in order))
                for row in grid.rows]
        return Grid(grid.preamble, tuple(_numbered_again(grid, rows)), grid.postamble)
    return rewrite


def _header(typed):
    def rewrite(grid: Grid) -> Grid:
        first = grid.rows[0]
        return Grid(grid.preamble, (replace(first, cells=tuple(map(typed, first.cells))),) + grid.rows[1:],
                    grid.postamble)
    return rewrite


_SYNONYMS = ((r"^Наименование", "Название"), (r"^Сроки", "Даты"), (r"^Дата проведения", "Дата"),
             (r"^Участники", "Состав участников"), (r"^Место проведения", "Место"))


def _synonyms(cell: str) -> str:
    for said, other in _SYNONYMS:
        cell = re.sub(said, other, cell)
    return cell


def _column_numbers(grid: Grid) -> Grid:
    if is_column_number_row(grid.rows[1].cells):
        return grid
    numbers = replace(grid.rows[0], cells=tuple(str(k + 1) for k in range(len(grid.rows[0].cells))))
    return Grid(grid.preamble, (grid.rows[0], numbers) + grid.rows[1:], grid.postamble)


def _note_column(grid: Grid) -> Grid:
    width = len(grid.rows[0].cells)

    def added(at: int, row: GridRow) -> GridRow:
        if len(row.cells) != width:
            return row
        cell = "Примечание" if at == 0 else str(width + 1) if is_column_number_row(row.cells) else ""
        return replace(row, cells=row.cells + (cell,))
    return Grid(grid.preamble, tuple(added(at, row) for at, row in enumerate(grid.rows)), grid.postamble)


def _headings_in(where: str):
    def rewrite(grid: Grid) -> Grid:
        width = len(grid.rows[0].cells)
        roles = [column_role(c) for c in grid.rows[0].cells]  # «Содержание мероприятия» is the title when no
        # column is called so (etl.layout._title_with_content: the Kalmykia report of round 23)
        at = (roles.index("title") if "title" in roles else roles.index("content")) if where == "title" else \
            1 if where == "second" else 0
        rows = tuple(row if len(row.cells) != 1 or not k else
                     replace(row, cells=tuple(row.cells[0] if i == at else "" for i in range(width)))
                     for k, row in enumerate(grid.rows))
        return Grid(grid.preamble, rows, grid.postamble)
    return rewrite


def _one_column(first_role: str, second_role: str, header: str, joined_by: str):
    """Two columns typed as one («Дата и место проведения»): the first's text, then the second's."""
    def rewrite(grid: Grid) -> Grid:
        roles = [column_role(c) for c in grid.rows[0].cells]
        if first_role not in roles or second_role not in roles:
            return grid
        a, b = roles.index(first_role), roles.index(second_role)
        width = len(roles)

        def joined(k: int, row: GridRow) -> GridRow:
            if len(row.cells) != width:
                return row
            numbers = k and is_column_number_row(row.cells)
            cell = header if k == 0 else "" if numbers else \
                joined_by.join(t for t in (row.cells[a].strip(), row.cells[b].strip()) if t)
            cells = [c for i, c in enumerate(row.cells) if i not in (a, b)]
            cells.insert(min(a, b), cell)
            if numbers:
                cells = [str(i + 1) for i in range(len(cells))]
            return replace(row, cells=tuple(cells))
        return Grid(grid.preamble, tuple(joined(k, row) for k, row in enumerate(grid.rows)), grid.postamble)
    return rewrite


REWRITES = {
    "dates and place in one column, a line each": _one_column("dates", "venue", "Дата и место проведения", "\n"),
    "dates and place in one column after a comma": _one_column("dates", "venue", "Дата и место проведения", ", "),
    "place and dates in one column": _one_column("venue", "dates", "Место и дата проведения", "\n"),
    "title and content in one column": _one_column("title", "content", "Наименование мероприятия, краткое содержание",
                                                   "\n"),
    "the number last": _columns(lambda w: list(range(1, w)) + [0]),
    "the columns reversed after the number": _columns(lambda w: [0] + list(range(w - 1, 0, -1))),
    "the title last": _columns(lambda w: [0] + list(range(2, w)) + [1]),
    "the header worded otherwise": _header(_synonyms),
    "the header in capitals": _header(str.upper),
    "the header one word a line": _header(lambda cell: cell.replace(" ", "\n")),
    "a row of column numbers": _column_numbers,
    "an empty note column": _note_column,
    "headings in the first cell of an unmerged row": _headings_in("first"),
    "headings in the title cell of an unmerged row": _headings_in("title"),
    "headings in the second cell of an unmerged row": _headings_in("second"),
}


@pytest.fixture(scope="module")
def grids() -> dict:
    out = {}
    for path in REPORTS:
        grid = read_bytes(path.read_bytes(), path.name).grid
        out[path] = (grid, _derived_from_bytes(grid_to_docx(grid), "table.docx"))
    return out


def _differences(before: dict, after: dict, name: str) -> list[str]:
    assert sorted(after) == sorted(before), f"{name}: events {sorted(set(before) ^ set(after))} gained or lost"
    return [f"{name} № {n} {field}: {value!r} → {after[n][field]!r}"
            for n, fields in before.items() for field, value in fields.items() if after[n][field] != value]


@pytest.mark.parametrize("rewrite", REWRITES)
def test_a_table_laid_out_another_way_keeps_every_event(grids, rewrite):
    changed, differences = 0, []
    for path, (grid, before) in grids.items():
        laid_out = REWRITES[rewrite](grid)
        if laid_out == grid:
            continue
        changed += 1
        differences += _differences(before, _derived_from_bytes(grid_to_docx(laid_out), "table.docx"), path.name)
    assert changed >= 10, f"«{rewrite}» changes {changed} of the reports"
    assert not differences, "\n".join(differences[:20])


def test_line_breaks_typed_as_shift_enter_keep_every_event(grids):
    differences = []
    for path, (grid, before) in grids.items():
        differences += _differences(before, _derived_from_bytes(grid_to_docx(grid, line_breaks="breaks"),
                                                                "table.docx"), path.name)
    assert not differences, "\n".join(differences[:20])


# ------------------------------------------------------------------ the rules, one by one

HEADER = ("№ п/п", "Дата проведения", "Наименование мероприятия", "Место проведения", "Участники")


def _row(cells, at: int) -> GridRow:
    return GridRow(tuple(cells), at, None)


def _grid(*rows) -> Grid:
    return Grid(("SYNTHETIC", "Отчёт о международных связях Смоленской области за IV квартал 2024 года"),
                tuple(_row(cells, at) for at, cells in enumerate(rows, 1)), ())


EVENT_1 = ("1.", "7 октября 2024 года", "Встреча с делегацией Республики Беларусь", "г. Смоленск", "12 человек")
EVENT_2 = ("2.", "25 ноября 2024 года", "Фестиваль белорусской культуры", "г. Смоленск", "200 человек")


@pytest.mark.parametrize("first, again", [
    (tuple(h.upper() for h in HEADER), HEADER),
    (HEADER, tuple(h.upper() for h in HEADER)),
    (HEADER, tuple(h.lower() for h in HEADER)),
])
def test_the_header_repeated_in_another_case_is_no_event(first, again):
    layout = split_layout(_grid(first, EVENT_1, again, EVENT_2))
    assert [e.n for e in layout.events] == [1, 2]


@pytest.mark.parametrize("heading, sector", [
    ("Раздел 2. Культура", "Культура"),
    ("II. Сотрудничество в сфере образования", "Сотрудничество в сфере образования"),
    ("1.2. Переговоры и визиты", "Переговоры и визиты"),      # numbered: a heading though its words name events
    ("Сотрудничество в сфере культуры", "Сотрудничество в сфере культуры"),
])
@pytest.mark.parametrize("cell", [1, 3, 4])
def test_a_heading_alone_in_a_later_cell_of_an_unmerged_row(heading, sector, cell):
    blank = ["", "", "", "", ""]
    blank[cell] = heading
    layout = split_layout(_grid(HEADER, EVENT_1, tuple(blank), EVENT_2))
    first, second = layout.events
    assert heading not in " ".join(first.cells.values())
    assert second.sector is not None and sector in second.sector


@pytest.mark.parametrize("carried", [
    "2024 года",                       # the dates cell carried past a page break
    "и Республики Казахстан",
    "Переговоры продолжатся",          # a sentence, no sector's words
    "Визит делегации",                 # unnumbered words of a kind of event
])
def test_a_row_carried_on_past_a_page_break_stays_the_event_above(carried):
    layout = split_layout(_grid(HEADER, EVENT_1, ("", carried, "", "", ""), EVENT_2))
    first = layout.events[0]
    assert carried in first.cells["dates"]
    assert [e.n for e in layout.events] == [1, 2]


def test_a_heading_in_the_dates_column_sets_the_sector_of_a_whole_report():
    """The SYNTHETIC Алтайский край template puts dates second: its headings typed there head their events."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "fixtures" / "synthetic_altai_2025q3_next_report.txt"
    grid = read_bytes(path.read_bytes(), path.name).grid
    plain = normalize.build_report(read_bytes(grid_to_docx(grid), "altai.docx"))
    typed = normalize.build_report(read_bytes(grid_to_docx(REWRITES["headings in the second cell of an unmerged row"](grid)),
                                              "altai.docx"))
    assert [e.sector_key for e in typed.events] == [e.sector_key for e in plain.events]
    assert len(set(e.sector_key for e in typed.events)) >= 3


def _workbook(grid: Grid, merge: bool = True) -> bytes:
    """The table as an Excel sheet: the title's lines in rows of their own above it, sector headings in a
    merged row (or typed into the first cell)."""
    import io

    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for line in grid.preamble:
        if line.strip():
            sheet.append([line.strip()])
    width = max(len(row.cells) for row in grid.rows)
    for row in grid.rows:
        sheet.append(list(row.cells))
        if len(row.cells) == 1 and width > 1 and merge:
            sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("rewrite", [None, "unmerged", *REWRITES])
def test_the_table_saved_from_excel_keeps_every_event(grids, rewrite):
    """The same tables as .xlsx workbooks, as laid out and laid out each other way: the .docx's events."""
    differences = []
    for path, (grid, before) in grids.items():
        data = _workbook(grid, merge=rewrite != "unmerged") if rewrite in (None, "unmerged") \
            else _workbook(REWRITES[rewrite](grid))
        differences += _differences(before, _derived_from_bytes(data, "table.xlsx"), path.name)
    assert not differences, "\n".join(differences[:20])


@pytest.mark.parametrize("cell, start, end", [
    ("в течение квартала\nонлайн", "2025-10-01", "2025-12-31"),
    ("онлайн\nв течение квартала", "2025-10-01", "2025-12-31"),
    ("г. Тихвин, ежемесячно", "2025-10-01", "2025-12-31"),
    ("в режиме ВКС\nIV кв. 2025 г.", "2025-10-01", "2025-12-31"),
    ("г. Минск\n12 ноября 2025 г.", "2025-11-12", "2025-11-12"),
    ("в течение квартала, онлайн", "2025-10-01", "2025-12-31"),
])
def test_dates_beside_a_place_in_one_cell(cell, start, end):
    dates = normalize.event_dates(cell, 2025, 4)
    assert (str(dates.start), str(dates.end)) == (start, end)


@pytest.mark.parametrize("cell", ["онлайн", "г. Минск, Республика Беларусь"])
def test_a_place_alone_gives_no_dates(cell):
    assert normalize.event_dates(cell, 2025, 4).start is None


@pytest.mark.parametrize("cell, title, content", [
    ("Участие в \n29-й Международной выставке «Образование»\nПодписано соглашение",
     "Участие в \n29-й Международной выставке «Образование»", "Подписано соглашение"),
    ("Визит делегации Республики Беларусь\nв Смоленскую область\nПроведены переговоры",
     "Визит делегации Республики Беларусь\nв Смоленскую область", "Проведены переговоры"),
    ("Форум «Россия – Беларусь». Подписано 3 соглашения.", "Форум «Россия – Беларусь».", "Подписано 3 соглашения."),
    ("Встреча в г. Минске. Итоги подведены", "Встреча в г. Минске.", "Итоги подведены"),
    ("Фестиваль дружбы", "Фестиваль дружбы", ""),
])
def test_a_cell_of_title_and_content(cell, title, content):
    header = ("№ п/п", "Наименование мероприятия, краткое содержание", "Дата проведения", "Место проведения")
    layout = split_layout(_grid(header, ("1.", cell, "7 октября 2024 года", "г. Смоленск")))
    event = layout.events[0]
    assert (event.cells["title"], event.cells.get("content", "")) == (title, content)


@pytest.mark.parametrize("header", [
    "Наименование мероприятия, краткое содержание", "Наименование и содержание мероприятия",
    "Мероприятие и его итоги", "Мероприятие (наименование, цель, результаты)",
])
def test_a_column_naming_the_event_and_its_content_is_the_title(header):
    layout = split_layout(_grid(("№ п/п", header, "Дата проведения"), ("1.", "Форум", "7 октября 2024 года")))
    assert layout.columns[1] == "title"


def test_a_content_column_beside_a_title_column_stays_content():
    layout = split_layout(_grid(("№ п/п", "Мероприятие", "Дата", "Наименование и содержание итогов"),
                                ("1.", "Форум", "7 октября 2024 года", "Итоги")))
    assert layout.columns[1:] == ("title", "dates", "content")


# ------------------------------------------------------------------ a column typed in capitals

def _in_capitals(role: str):
    def rewrite(grid: Grid) -> Grid:
        roles = [column_role(c) for c in grid.rows[0].cells]
        width = len(roles)
        return Grid(grid.preamble, tuple(
            row if k == 0 or len(row.cells) != width else
            replace(row, cells=tuple(c.upper() if roles[i] == role else c for i, c in enumerate(row.cells)))
            for k, row in enumerate(grid.rows)), grid.postamble)
    return rewrite


# What a column in capitals must leave as it was. Names of bodies are not among them: «СОВЕТА МИНИСТРОВ СОЮЗНОГО
# ГОСУДАРСТВА» loses what tells a name from words (found and left, README); people are since 1.10.31 («Д.Н.
# КРУТЫМ», «ЛИ ЦЯНОМ»: etl/capitals.py).
_READ_IN_CAPITALS = ("sector", "start", "end", "format", "direction", "type", "venue_country", "partners",
                     "foreign_regions", "total", "foreign", "online", "agreement", "officials")


@pytest.mark.parametrize("role", ["title", "venue"])
def test_a_column_typed_in_capitals_keeps_every_event_s_places_and_counts(grids, role):
    differences = []
    for path, (grid, before) in grids.items():
        after = _derived_from_bytes(grid_to_docx(_in_capitals(role)(grid)), "table.docx")
        assert sorted(after) == sorted(before), path.name
        differences += [f"{path.name} № {n} {field}: {fields[field]!r} → {after[n][field]!r}"
                        for n, fields in before.items() for field in _READ_IN_CAPITALS
                        if after[n][field] != fields[field]]
    assert not differences, "\n".join(differences[:20])


@pytest.mark.parametrize("typed, read", [
    ("ДЕЛЕГАЦИЯ ИЗ Г. ГРОДНО", "Делегация из г. Гродно"),
    ("Г. РОСТОВ-НА-ДОНУ", "г. Ростов-на-Дону"),
    ("СТ. РАЗДОРСКАЯ, УСТЬ-ДОНЕЦКИЙ РАЙОН", "ст. Раздорская, Усть-Донецкий район"),
    ("ПГТ КАМЕНОЛОМНИ", "пгт Каменоломни"),
    ("ВСТРЕЧА С А.В. ИВАНОВЫМ", "Встреча с А.В. Ивановым"),
    # acronyms of up to three letters stay; a cell not wholly in capitals stays as typed
    ("ДЕЛЕГАЦИЯ КНР И РБ", "Делегация КНР и РБ"),
    ("ОАО «БЕЛАЗ»", "ОАО «БЕЛАЗ»"),          # an unknown word of up to six letters is an acronym
    ("ФГБОУ ВО «СМОЛГУ»", "ФГБОУ ВО «СМОЛГУ»"),
    ("МАРАФОН «БЛАГОВЕЩЕНСК–ХЭЙХЭ»", "Марафон «Благовещенск–Хэйхэ»"),   # …unless joined to a name
    ("В Т.Ч. ИНОСТРАННЫХ – 12", "в т.ч. Иностранных – 12"),
    ("ВСТРЕЧА С Т.Г. ШАХОВОЙ", "Встреча с Т.Г. Шаховой"),
    ("С.Г. ИВАНОВ", "С.Г. Иванов"),
    ("Визит делегации КНР в ОАО «БЕЛАЗ»", "Визит делегации КНР в ОАО «БЕЛАЗ»"),
    ("II", "II"),
])
def test_a_cell_in_capitals_is_read_in_small_letters(typed, read):
    from etl.lemmas import matching_form

    assert matching_form(typed) == read


@pytest.mark.parametrize("title, region", [
    ("ВИЗИТ ДЕЛЕГАЦИИ ИЗ ГРОДНО", "Гродненская область"),
    ("ВИЗИТ В ХАРБИН", "Провинция Хэйлунцзян"),
    ("ДЕЛЕГАЦИЯ ПРОВИНЦИИ ЗАПАДНЫЙ АЗЕРБАЙДЖАН", "Провинция Западный Азербайджан"),
    ("ФЕСТИВАЛЬ В Г. МОГИЛЕВЕ", "Могилевская область"),
])
def test_a_title_in_capitals_gives_its_foreign_region(title, region):
    from etl.geo import foreign_regions
    from etl.lemmas import matching_form

    assert region in foreign_regions([matching_form(title)])
