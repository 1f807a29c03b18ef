"""Red team, round 8 (docs/hostile-inputs.md rows 200–): an .xlsx holding two reports on two sheets, and a plan or a
numbered summary with the report's header taken for the report. Every input is SYNTHETIC: the real sample (data/raw
is only read) built into a workbook or a Word document as the tests of rounds 6–7 build it, with SYNTHETIC tables
beside it; none is stored in data/raw.

Against the branch's base (main da9cb77, parser 1.10.36, with this round's two new pure modules etl/side_tables.py
and etl/symbol_font.py copied in so the file imports) 48 of these 90 cases fail; the 42 that pass there are guards
(a lone plan, a hidden sheet, another quarter, a five-digit count, Unicode symbol codes, form feeds beside a line
break, a text dump's summary rows, rows with content) and the new modules' own rule tables (29).
"""
from __future__ import annotations

import contextlib
import io
import re
import docx
import pytest

from etl.cli import main
from etl.errors import ReportError
from etl.layout import grid_from_text
from etl.normalize import build_report
from etl.read import read_bytes
from etl.side_tables import PLAN, SUMMARY, side_table_kind
from etl.symbol_font import symbol_text
from test_hostile_inputs7 import HEADER, SAMPLE, _book, _document_xml, _sample_rows, _with_document_xml

P = pytest.param


def _events(rows):
    return [r for r in rows if len(r) > 3 and str(r[0]).strip().rstrip(".").isdigit()]


def _report(data: bytes, name: str):
    return build_report(read_bytes(data, name))


def _body(title_rows: list[list[str]], how_many: int, prefix: str = "Гастроли театра (SYNTHETIC) "):
    """SYNTHETIC second body's (or region's) report: the sample's first events retitled under a title of its own."""
    return title_rows + [HEADER] + [[row[0], prefix + row[1]] + row[2:] for row in _events(_sample_rows())[:how_many]]


# --- 1. an .xlsx with another body's report of the same quarter on its own sheet -----------------------------------

CULTURE = "Информация о международных мероприятиях Департамента культуры Смоленской области в IV квартале 2024 года"


@pytest.mark.parametrize("sheet", ["Культура", "Лист2", "Департамент культуры"])
@pytest.mark.parametrize("title_rows, how_many", [
    P([[CULTURE + " (SYNTHETIC)"]], 20, id="one_cell"),
    P([["Информация Департамента Смоленской области по культуре (SYNTHETIC)"], ["за IV квартал 2024 г."]], 5,
      id="two_rows"),
    P([["Отчет о мероприятиях в международной сфере, проведенных Департаментом Смоленской области по культуре "
        "в IV квартале 2024 года (SYNTHETIC)"]], 1, id="one_event"),
])
def test_another_bodys_report_on_its_own_sheet_loads_as_a_part(sheet, title_rows, how_many):
    """Before: a sheet named for a section was read on as the next sector and the book refused «номер мероприятия 1
    повторяется» (both reports lost); a sheet named «Лист2» was set aside with a warning (its events lost). Now it is
    that body's part of the quarter: every event loads, numbered through, under the sphere its title names, and the
    first sheet's footnote stays a note, never the part's sector."""
    report = _report(_book([("Отчёт", _sample_rows()), (sheet, _body(title_rows, how_many))]), "SYNTHETIC органы.xlsx")
    assert (report.region, report.year, report.quarter) == ("Смоленская область", 2024, 4)
    assert len(report.events) == 78 + how_many
    assert [e.n for e in report.events] == list(range(1, 79 + how_many))
    part = report.events[78:]
    assert all(e.title.startswith("Гастроли театра (SYNTHETIC)") for e in part)
    assert {e.sector_key for e in part} == {"culture_tourism"}
    assert not any((e.sector or "").startswith("В IV квартале 2024 года состоялось") for e in report.events)
    assert any(i.message.startswith("в файле отчёты 2 органов за один квартал") for i in report.issues)
    assert not [i for i in report.issues if i.severity == "warning" and "тоже содержит" in i.message]


REGIONS = [
    P("Информация о международных мероприятиях Брянской области за IV квартал 2024 года (SYNTHETIC)",
      "Брянская область", id="bryansk_same_quarter"),
    P("Отчет о мероприятиях в международной сфере, проведенных органами Калужской области в IV квартале 2024 года "
      "(SYNTHETIC)", "Калужская область", id="kaluga_same_quarter"),
    P("Сведения о международных связях Курской области в III квартале 2024 года (SYNTHETIC)", "Курская область",
      id="kursk_another_quarter"),
]


@pytest.mark.parametrize("title, region", REGIONS)
@pytest.mark.parametrize("order", ["smolensk_first", "other_first"])
def test_two_regions_reports_in_one_book_are_refused_saying_what_to_do(title, region, order):
    """Before: the first sheet loaded and the other region's report was set aside with a warning that spoke of «два
    квартала» — that region's quarter never loaded. The model holds one report per file, so the book is refused,
    naming both sheets, both regions and how to save each sheet as a book of its own."""
    sheets = [("Смоленская", _sample_rows()), ("Другой регион", _body([[title]], 10))]
    if order == "other_first":
        sheets.reverse()
    with pytest.raises(ReportError) as caught:
        _report(_book(sheets), "SYNTHETIC два региона.xlsx")
    message = str(caught.value)
    assert "SYNTHETIC два региона.xlsx" in message
    assert "отчёты двух регионов" in message and "«Смоленская»" in message and "«Другой регион»" in message
    assert "Смоленская область" in message and region in message
    assert "сохраните каждый лист отдельной книгой" in message


def test_two_regions_book_through_load_keeps_the_database(tmp_path):
    """Through `python -m etl load`: exit 1, the message on the console, nothing of the book in the database."""
    import duckdb

    db = tmp_path / "model.duckdb"
    book = tmp_path / "SYNTHETIC два региона.xlsx"
    book.write_bytes(_book([("Смоленская", _sample_rows()), ("Брянская", _body([[REGIONS[0].values[0]]], 10))]))
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(["--db", str(db), "load", "--no-spare", str(book)])
    assert code == 1, out.getvalue()
    assert "отчёты двух регионов" in out.getvalue()
    if db.exists():
        with duckdb.connect(str(db), read_only=True) as con:
            assert con.execute("SELECT count(*) FROM reports").fetchone()[0] == 0


def test_another_region_on_a_hidden_sheet_or_another_quarter_keeps_todays_rule():
    """Must not fire: a region's report on a HIDDEN sheet is named in an info (the visible report loads), and the same
    region's other quarter on a visible sheet keeps its warning (its own file loads it; rows 104/123)."""
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.title = "Отчёт"
    for row in _sample_rows():
        workbook.active.append(row)
    hidden = workbook.create_sheet("Архив")
    for row in _body([[REGIONS[0].values[0]]], 10):
        hidden.append(row)
    hidden.sheet_state = "hidden"
    buffer = io.BytesIO()
    workbook.save(buffer)
    report = _report(buffer.getvalue(), "SYNTHETIC скрытый.xlsx")
    assert len(report.events) == 78
    other_quarter = _body([["Отчет о мероприятиях в международной сфере Смоленской области в III квартале 2024 года "
                            "(SYNTHETIC)"]], 10)
    # round 9 (hard29): the same region's other quarter on a visible sheet is refused as two regions' are (row 209+)
    with pytest.raises(ReportError, match="отчёты двух кварталов"):
        _report(_book([("Отчёт", _sample_rows()), ("Прошлый", other_quarter)]), "SYNTHETIC два квартала.xlsx")


# --- 2. a plan or a numbered summary with the report's header taken for the report ----------------------------------

PLANS = {
    "plan_named": "План международных мероприятий Смоленской области на I квартал 2025 года (SYNTHETIC)",
    "planned": "Мероприятия, запланированные на I квартал 2025 года (SYNTHETIC)",
    "for_the_year": "Перечень мероприятий Смоленской области на 2025 год (SYNTHETIC)",
    "ahead_no_plan_word": "Международные мероприятия Смоленской области на 1-й квартал 2025 г. (SYNTHETIC)",
}
PLAN_ROWS = [["1.", "Визит делегации провинции Хэйлунцзян (SYNTHETIC)", "г. Смоленск", "15.01.2025", "Переговоры",
              "10 человек"],
             ["2.", "Выставка «Смоленский лён» в Минске (SYNTHETIC)", "г. Минск (Беларусь)", "февраль 2025 года",
              "Продвижение", "5 человек"],
             ["3.", "Форум городов-побратимов (SYNTHETIC)", "г. Смоленск", "20-22 марта 2025 г.", "Форум", "50 человек"]]
SUMMARIES = {
    "figures": [["1.", "Всего мероприятий — 78", "", "", "", ""], ["2.", "Подписано соглашений — 5", "", "", "", ""],
                ["3.", "Иностранных участников", "", "", "", "1200"]],
    "by_sector": [["1", "Культура", "", "", "", "20"], ["2", "Образование", "", "", "", "15"],
                  ["3", "Экономика", "", "", "", "12 мероприятий"]],
}
SUMMARY_TITLE = "Сводные показатели за IV квартал 2024 года (SYNTHETIC)"


def _add_table(document, rows) -> None:
    width = max(len(r) for r in rows)
    table = document.add_table(rows=0, cols=width)
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 1:
            cells[0].merge(cells[-1]).paragraphs[0].text = str(row[0])
        else:
            for cell, text in zip(cells, row):
                cell.paragraphs[0].text = str(text)


def _docx_with(side_title: str, side_rows, where: str) -> bytes:
    """SYNTHETIC .docx: the sample's title and table, and a titled table with the report's header before or after."""
    grid = grid_from_text(SAMPLE)
    document = docx.Document()

    def report():
        for line in grid.preamble:
            if line.strip():
                document.add_paragraph(line.strip())
        _add_table(document, [list(r.cells) for r in grid.rows])

    def side():
        document.add_paragraph(side_title)
        _add_table(document, [HEADER] + side_rows)

    for part in ((side, report) if where == "before" else (report, side)):
        part()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _xlsx_with(side_title: str, side_rows, where: str) -> bytes:
    sheets = [("Отчёт", _sample_rows()), ("Лист2", [[side_title], HEADER] + side_rows)]
    return _book(sheets[::-1] if where == "before" else sheets)


SAMPLE_TITLES = None


def _sample_titles():
    global SAMPLE_TITLES
    if SAMPLE_TITLES is None:
        SAMPLE_TITLES = [e.title for e in _report(_book([("Отчёт", _sample_rows())]), "SYNTHETIC.xlsx").events]
    return SAMPLE_TITLES


@pytest.mark.parametrize("plan", sorted(PLANS))
@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_a_plan_before_the_report_is_not_loaded_as_the_report(plan, kind):
    """Before: the plan (first headed table or sheet) was read as the report — the file loaded as «I кв. 2025» with
    the plan's 3 events, and the real report was set aside with a warning. Now the plan is passed over with an info
    and the report's 78 events load as IV 2024."""
    data = (_docx_with if kind == "docx" else _xlsx_with)(PLANS[plan], PLAN_ROWS, "before")
    report = _report(data, f"SYNTHETIC план.{kind}")
    assert (report.year, report.quarter) == (2024, 4)
    assert [e.title for e in report.events] == _sample_titles()
    assert any("это план" in i.message and i.severity == "info" for i in report.issues)


@pytest.mark.parametrize("summary", sorted(SUMMARIES))
@pytest.mark.parametrize("where", ["before", "after"])
def test_a_numbered_summary_in_a_docx_is_not_the_report(summary, where):
    """Before: a numbered summary with the report's header before the events table was read as the report (the file
    refused for its title), after it read on as the next sector («номер мероприятия 1 повторяется»). Now it is passed
    over with an info, and the report's 78 events load."""
    report = _report(_docx_with(SUMMARY_TITLE, SUMMARIES[summary], where), "SYNTHETIC сводка.docx")
    assert (report.year, report.quarter) == (2024, 4)
    assert [e.title for e in report.events] == _sample_titles()
    assert any("это сводка" in i.message for i in report.issues)


def test_a_lone_plan_is_read_as_before():
    """Must not fire: with no report beside it, a plan is not set aside (the rule chooses between tables only)."""
    document = docx.Document()
    document.add_paragraph(PLANS["plan_named"])
    _add_table(document, [HEADER] + PLAN_ROWS)
    buffer = io.BytesIO()
    document.save(buffer)
    report = _report(buffer.getvalue(), "SYNTHETIC только план.docx")
    assert not any("это план" in i.message for i in report.issues)


@pytest.mark.parametrize("lines, rows, kind", [
    P(["План мероприятий на I квартал 2026 года"], PLAN_ROWS, PLAN, id="plan_heading"),
    P(["Предстоящие мероприятия"], PLAN_ROWS, PLAN, id="forthcoming"),
    P(["Мероприятия Курской области на II полугодие 2025 года"], PLAN_ROWS, PLAN, id="half_year_ahead"),
    P(["Информация", "на 2026 год"], PLAN_ROWS, PLAN, id="year_ahead_split"),
    P([], SUMMARIES["figures"], SUMMARY, id="figures_only"),
    P(["Итоги квартала"], SUMMARIES["by_sector"], SUMMARY, id="by_sector"),
    P(["Отчет о мероприятиях Смоленской области в IV квартале 2024 года"], PLAN_ROWS, None, id="report_in_quarter"),
    P(["Информация Курской области за I квартал 2025 г."], PLAN_ROWS, None, id="report_for_quarter"),
    P(["Выполнение плана мероприятий в III квартале 2025 года"], PLAN_ROWS, None, id="plan_fulfilled"),
    P(["Отчет о мероприятиях Смоленской области в IV квартале 2024 года"],
      [SUMMARIES["figures"][0], PLAN_ROWS[0]], None, id="one_row_dated"),
    P(["Отчет"], [["1.", "Встреча (SYNTHETIC)", "г. Смоленск", "", "", "5"]], None, id="place_but_no_date"),
    P(["Отчет"], [], None, id="no_rows"),
])
def test_side_table_kind_both_ways(lines, rows, kind):
    """The rule, both ways: a plan's title names a plan or the period it is «на»; a summary's numbered rows hold no
    date and no place; a report's title says «в»/«за» its quarter, and one dated or placed event makes it no summary."""
    assert side_table_kind(lines, HEADER, rows) == kind


def test_side_table_kind_needs_dates_or_place_columns():
    """A header with no dates or place column is never called a summary here (etl.xlsx_grid names it otherwise)."""
    assert side_table_kind([], ["№", "Наименование", "Количество"], SUMMARIES["figures"]) is None


# --- 3. a symbol inserted from a symbol font (w:sym in the private-use area) ------------------------------------------

_DASH_IN_TEXT = re.compile(r"(<w:t[^>]*>)([^<]*?\d)([–-])(\d[^<]*)(</w:t>)")


def _dates_of(report):
    return [(e.n, e.start_date, e.end_date) for e in report.events]


@pytest.mark.parametrize("font, char", [P("Symbol", "F02D", id="symbol_minus"),
                                        P("Symbol", "F0BE", id="symbol_long_line"),
                                        P("Symbol", "002D", id="symbol_ascii_code"),
                                        P("Times New Roman", "F02D", id="text_font_private_code"),
                                        P("Arial", "2013", id="unicode_en_dash")])
def test_a_dash_inserted_as_a_symbol_keeps_the_dates(font, char):
    """Every «26–28» of the sample's .docx typed with «Вставка → Символ»: Word stores a symbol font's sign as a code in
    the private-use area (F000 + the font's byte), which the reader dropped — «26<sym>28 сентября» read «2628
    сентября», 33 events dated to their whole month with no word. Now the sign is read by its font, and every date
    is the plain .docx's."""
    xml = _document_xml()
    assert len(_DASH_IN_TEXT.findall(xml)) > 20
    edited = _DASH_IN_TEXT.sub(lambda m: f'{m.group(1)}{m.group(2)}</w:t></w:r><w:r><w:sym w:font="{font}" '
                                         f'w:char="{char}"/></w:r><w:r><w:t xml:space="preserve">{m.group(4)}{m.group(5)}',
                               xml)
    plain = _report(_with_document_xml(xml), "SYNTHETIC.docx")
    report = _report(_with_document_xml(edited), "SYNTHETIC символ.docx")
    assert _dates_of(report) == _dates_of(plain)
    assert [e.attendance_total for e in report.events] == [e.attendance_total for e in plain.events]


@pytest.mark.parametrize("font, char, text", [
    P("Symbol", "F02D", "−", id="minus"), P("Symbol", "F0B1", "±", id="plus_minus"), P("Symbol", "F0B4", "×", id="times"),
    P("Symbol", "F0A3", "≤", id="less_equal"), P("Symbol", "F061", "α", id="greek_alpha"),
    P("Symbol", "F0B0", "°", id="degree"), P("SYMBOL", "f0be", "—", id="case_of_names_and_codes"),
    P("Times New Roman", "F0B9", "№", id="text_font_cp1251_numero"), P("Arial", "F031", "1", id="text_font_digit"),
    P("Wingdings", "F0FC", "", id="pictograph_check_mark"), P("Webdings", "F061", "", id="pictograph_webdings"),
    P("Symbol", "F0F0", "", id="symbol_bracket_piece"), P("Symbol", "E123", "", id="other_private_code"),
    P(None, "2116", "№", id="unicode_code_without_font"), P("Symbol", "zz", "", id="not_a_code"),
    P("Symbol", "0007", "", id="control_code"),
])
def test_symbol_text_reads_a_symbol_by_its_font(font, char, text):
    assert symbol_text(font, char) == text


# --- 4. a text dump from Word's own text: vertical tabs for line breaks, form feeds for page breaks --------------------

def _fields(report):
    return [(e.n, e.title, e.start_date, e.end_date, e.venue_city, e.attendance_total, e.sector) for e in report.events]


def _every_40th_line(text: str, edit) -> str:
    return "\n".join(edit(line) if k % 40 == 39 else line for k, line in enumerate(text.split("\n")))


FORM_FEEDS = {
    "at_a_lines_start": lambda text: _every_40th_line(text, lambda line: "\f" + line),
    "at_a_lines_end": lambda text: _every_40th_line(text, lambda line: line + "\f"),
    "on_a_line_alone": lambda text: _every_40th_line(text, lambda line: line + "\n\f"),
    "two_at_a_lines_start": lambda text: _every_40th_line(text, lambda line: "\f\f" + line),
    "every_in_cell_break_a_vertical_tab": lambda text: re.sub(r"\n(?=[^\t\n])", "\v", text),
    "a_count_after_a_vertical_tab": lambda text: text.replace(" человек", "\vчеловек"),
}


@pytest.mark.parametrize("edit", sorted(FORM_FEEDS))
def test_word_text_with_form_feeds_and_vertical_tabs_reads_as_the_plain_dump(edit):
    """Word's own text writes a page break as a form feed and a line break as a vertical tab. Before: «\\f12.\\t…» at a
    page's top hid the row's number — 75 of 78 events, 53 changed; «1 600\\vчеловек» lost its count. Now a form feed
    touching a line break is dropped and a vertical tab is a line break (as U+2028 is): every field as the dump's."""
    edited = FORM_FEEDS[edit](SAMPLE)
    assert edited != SAMPLE and ("\f" in edited or "\v" in edited)
    plain = _report(SAMPLE.encode("utf-8"), "SYNTHETIC.txt")
    report = _report(edited.encode("utf-8"), "SYNTHETIC страницы.txt")
    assert _fields(report) == _fields(plain)


@pytest.mark.parametrize("text, expected", [
    P("a\f\nb", "a\nb", id="before_a_break"), P("a\n\fb", "a\nb", id="after_a_break"), P("\fa", "a", id="at_the_start"),
    P("a\f", "a", id="at_the_end"), P("a\fb", "a\nb", id="inside_a_line"), P("a\vb", "a\nb", id="vertical_tab"),
    P("a\n\nb", "a\n\nb", id="an_empty_line_kept"), P("a\tb", "a\tb", id="a_tab_kept"),
])
def test_page_and_line_breaks_of_word_text(text, expected):
    from etl.read import without_invisibles

    assert without_invisibles(text) == expected


# --- 5. an .xlsx date written as Excel's day number («45560»: the cell's date format reset to «Общий») ---------------

def _book_with_day_numbers(column: int, value, epoch=None) -> tuple[bytes, int]:
    """SYNTHETIC book: the sample, each single-day event's `column` cell replaced by value(its date); how many."""
    import datetime as dt

    import openpyxl

    from etl.layout import event_number

    plain = _report(_book([("Отчёт", _sample_rows())]), "SYNTHETIC.xlsx")
    single = {e.n: e.start_date for e in plain.events if e.start_date and e.start_date == e.end_date}
    workbook = openpyxl.Workbook()
    if epoch is not None:
        workbook.epoch = epoch
    sheet = workbook.active
    for row in _sample_rows():
        row = list(row)
        number = event_number(str(row[0])) if len(row) > 3 else None
        if number in single:
            day = single[number]
            row[column] = value(dt.datetime(day.year, day.month, day.day))
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue(), len(single)


@pytest.mark.parametrize("how", ["number", "text", "float", "mac_1904"])
def test_a_date_written_as_excels_day_number_is_that_day(how):
    """Before: «45560» in the dates column (a General-format cell) read as no date — 43 events «не удалось прочитать
    даты». Now a whole number of five digits alone in the dates column that falls in 1990–2099 is Excel's day number,
    read as that day with an info (the book's own epoch: 1904 for a Mac book)."""
    from openpyxl.utils.datetime import CALENDAR_MAC_1904, to_excel

    epoch = CALENDAR_MAC_1904 if how == "mac_1904" else None
    value = {"number": lambda d: int(to_excel(d)), "text": lambda d: str(int(to_excel(d))),
             "float": lambda d: float(int(to_excel(d))), "mac_1904": lambda d: int(to_excel(d, epoch=CALENDAR_MAC_1904))}
    data, how_many = _book_with_day_numbers(3, value[how], epoch)
    assert how_many > 30
    plain = _report(_book([("Отчёт", _sample_rows())]), "SYNTHETIC.xlsx")
    report = _report(data, "SYNTHETIC числа.xlsx")
    assert _dates_of(report) == _dates_of(plain)
    said = [i for i in report.issues if "число Excel" in i.message]
    assert len(said) == how_many and all(i.severity == "info" and i.event for i in said)


def test_a_five_digit_number_elsewhere_or_out_of_range_stays_as_written():
    """Must not fire: the same day numbers in the participants column stay numbers (counts), and in the dates column a
    number that is no day of 1990–2099 («12000», «99999») stays as written (no date, today's warning)."""
    data, _ = _book_with_day_numbers(5, lambda d: 45560)
    report = _report(data, "SYNTHETIC участники.xlsx")
    assert not any("число Excel" in i.message for i in report.issues)
    assert 45560 in {e.attendance_total for e in report.events}
    for number in (12000, 99999):
        data, how_many = _book_with_day_numbers(3, lambda d, n=number: n)
        report = _report(data, "SYNTHETIC не дата.xlsx")
        assert not any("число Excel" in i.message for i in report.issues)
        assert sum(1 for e in report.events if e.start_date is None) >= how_many


# --- 6. numbered summary rows under the report's own table ------------------------------------------------------------

SUMMARY_TAILS = {
    "figures_in_the_title": [["Сводные показатели за IV квартал 2024 года (SYNTHETIC)"],
                             ["1.", "Всего мероприятий — 78", "", "", "", ""],
                             ["2.", "Подписано соглашений — 5", "", "", "", ""]],
    "figures_in_the_count_column": [["Итоги квартала (SYNTHETIC)"], ["1", "Всего мероприятий", "", "", "", "78"],
                                    ["2", "Подписано соглашений", "", "", "", "5"],
                                    ["3", "Иностранных участников", "", "", "", "1200"]],
    "by_sector_no_heading": [["1.", "Культура", "", "", "", "20 мероприятий"], ["2.", "Образование", "", "", "", "15"]],
}


@pytest.mark.parametrize("tail", sorted(SUMMARY_TAILS))
@pytest.mark.parametrize("kind", ["xlsx", "txt"])
def test_numbered_summary_rows_under_the_table_are_notes(tail, kind):
    """Before: numbered summary rows under the events (the same sheet, the same table) were read as the next sector's
    events and the .xlsx refused «номер мероприятия 1 повторяется». Now a run numbered from 1 again whose rows hold no
    date, place or content after dated events is a summary: its rows kept as the report's notes, an info, 78 events."""
    rows = SUMMARY_TAILS[tail]
    if kind == "xlsx":
        data = _book([("Отчёт", _sample_rows() + rows)])
    else:
        data = (SAMPLE.rstrip("\n") + "\n" + "\n".join("\t" + "\t".join(r) if len(r) > 1 else r[0] for r in rows)
                + "\n").encode("utf-8")
    report = _report(data, f"SYNTHETIC сводка.{kind}")
    assert [e.title for e in report.events] == _sample_titles()
    if kind == "xlsx":
        assert any("сводка" in i.message and "примечания" in i.message for i in report.issues)
        assert any(rows[-1][1] in note.text for note in report.notes)


def test_rows_with_content_or_numbered_on_are_never_taken_for_a_summary():
    """Must not fire: a last sector numbered from 1 again whose events have no date or place but say what was done is
    not hidden as notes (the file is refused as before, «номер мероприятия 1 повторяется», naming the number); the
    same rows numbered on (79, 80), even with no content, stay events."""
    tail = [["Прочие мероприятия (SYNTHETIC)"],
            ["1.", "Переписка с Посольством Республики Беларусь (SYNTHETIC)", "", "", "Согласован план визитов", "2"],
            ["2.", "Подготовка соглашения с провинцией Хэйлунцзян (SYNTHETIC)", "", "", "Проект направлен", ""]]
    with pytest.raises(ReportError) as caught:
        _report(_book([("Отчёт", _sample_rows() + tail)]), "SYNTHETIC прочие.xlsx")
    assert "повторяется" in str(caught.value)
    numbered_on = [tail[0]] + [[f"{78 + k}.", row[1], "", "", "", row[5]] for k, row in enumerate(tail[1:], start=1)]
    report = _report(_book([("Отчёт", _sample_rows() + numbered_on)]), "SYNTHETIC прочие.xlsx")
    assert len(report.events) == 80 and report.events[-1].title.startswith("Подготовка соглашения")
    assert not any("сводка" in i.message for i in report.issues)
