"""The next report, eighth round: the shape of the document around and inside the table
(tests/fixtures/build_next_reports8.py writes the two SYNTHETIC reports). Вологодская область, IV quarter 2025,
a Word document: an «УТВЕРЖДАЮ» stamp above the title, one table per sector, a two-row header splitting
«Участники» into «Российская сторона» / «Иностранная сторона», a row broken by a page break whose title goes on
in the next row, a signature and a «Справочно:» paragraph after the table. Курская область, III quarter 2025, an
Excel workbook: the sector as a column merged down over its events, dates as real date cells, a date and a
place merged down over two events, «Примечание» holding the results, a «Справочно:» row and a signature row
under the table. Each rule is tested with cases of its own (each fails on the code before), then both
reports go through the real CLI."""
from __future__ import annotations

import io
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from analytics.i18n import message_text
from etl.normalize import build_report
from etl.read import read_bytes

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
VOLOGDA = FIXTURES / "synthetic_vologda_2025q4_next_report8.docx"
KURSK = FIXTURES / "synthetic_kursk_2025q3_next_report8.xlsx"

TITLE = "Отчёт о международных связях Вологодской области за IV квартал 2025 года (SYNTHETIC)"
HEADER = ("№ п/п", "Наименование мероприятия", "Сроки проведения", "Место проведения", "Участники", "Результаты")
FIRST = ("1", "Визит делегации Витебской области", "7 октября 2025 г.", "г. Вологда", "12 человек", "Подписан план")


def _docx(rows: list[tuple[str, ...]], header: tuple[str, ...] = HEADER, struck: tuple[int, ...] = ()) -> bytes:
    """A SYNTHETIC .docx: one table, `struck` the indexes of rows struck through."""
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for k, row in enumerate(rows):
        for cell, text in zip(table.add_row().cells, row):
            run = cell.paragraphs[0].add_run(text)
            run.font.strike = k in struck
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _word(rows, **kwargs):
    return build_report(read_bytes(_docx(rows, **kwargs), "r.docx"))


# ---------- a Word row split by a page break: the title goes on in the next row ----------

VISIT = ("2", "Визит делегации провинции Цзилинь КНР в рамках", "17–19 декабря 2025 г.", "г. Вологда",
         "Делегация провинции Цзилинь", "Подписано соглашение о торгово-экономическом")


@pytest.mark.parametrize("rest, title", [
    pytest.param(("", "программы «Годы российско-китайского сотрудничества»", "", "", "9 человек",
                  "и научно-техническом сотрудничестве"),
                 "Визит делегации провинции Цзилинь КНР в рамках программы «Годы российско-китайского "
                 "сотрудничества»", id="title_and_results_go_on"),
    pytest.param(("", "и Витебской области", "", "", "", ""),
                 "Визит делегации провинции Цзилинь КНР в рамках и Витебской области", id="title_only"),
    pytest.param(("", "с участием представителей бизнеса", "", "г. Череповец", "", ""),
                 "Визит делегации провинции Цзилинь КНР в рамках с участием представителей бизнеса",
                 id="title_and_a_second_place"),
    pytest.param(("", "ёлочных игрушек фабрики", "", "", "", ""),
                 "Визит делегации провинции Цзилинь КНР в рамках ёлочных игрушек фабрики", id="starts_with_yo"),
])
def test_a_title_going_on_in_small_letters_joins_its_event(rest, title):
    """Before, the rest of the title was an event of its own, numbered after the highest, with no dates."""
    report = _word([FIRST, VISIT, rest])
    assert [e.n for e in report.events] == [1, 2]
    assert report.events[1].title == title
    assert (report.events[1].start_date.isoformat(), report.events[1].end_date.isoformat()) == (
        "2025-12-17", "2025-12-19")
    (joined,) = [i for i in report.issues if "наименование со строчной буквы" in i.message]
    assert joined.severity == "info" and joined.event == 2
    assert message_text(joined.message, "en").startswith("table row 4, with no number or dates and its title in small")


def test_the_joined_row_brings_its_people_and_results():
    report = _word([FIRST, VISIT, ("", "программы сотрудничества", "", "", "во главе с вице-губернатором, 9 человек",
                                   "и научно-техническом сотрудничестве")])
    event = report.events[1]
    assert event.attendance_total == 9 and event.agreement == "signed"
    assert event.raw["content"].endswith("и научно-техническом сотрудничестве")


@pytest.mark.parametrize("row", [
    pytest.param(("", "Круглый стол с экспортёрами", "20 ноября 2025 г.", "г. Вологда", "15 человек", "—"),
                 id="capital_letter_and_dates"),
    pytest.param(("", "круглый стол с экспортёрами", "20 ноября 2025 г.", "г. Вологда", "15 человек", "—"),
                 id="small_letter_but_its_own_dates"),
    pytest.param(("", "«Вологодские кружева» – выставка", "", "г. Вологда", "15 человек", "—"), id="a_quote_opens_it"),
])
def test_a_row_without_number_that_is_an_event_of_its_own_stays_one(row):
    report = _word([FIRST, VISIT, row])
    assert [e.n for e in report.events] == [1, 2, 3]
    assert report.events[1].title == VISIT[1]


def test_a_struck_row_carried_over_a_page_stays_struck():
    """Before, the carried-on row dropped the event's strike and the crossed-out visit was loaded."""
    report = _word([FIRST, VISIT, ("", "", "", "", "", "и научно-техническом сотрудничестве")], struck=(1, 2))
    assert [e.n for e in report.events] == [1]
    assert any("зачёркнута" in i.message and i.severity == "warning" for i in report.issues)


# ---------- officials named in a side's own column ----------

SIDES = ("№ п/п", "Наименование мероприятия", "Сроки проведения", "Место проведения", "Российская сторона",
         "Иностранная сторона", "Итоги")


@pytest.mark.parametrize("home, foreign, names", [
    pytest.param("Губернатор области Г.Ю. Филимонов, 5 человек", "Делегация провинции Цзилинь, 7 человек",
                 ["Г.Ю. Филимонов"], id="home_side_governor"),
    pytest.param("8 человек", "Делегация во главе с вице-губернатором провинции Ли Вэем, 7 человек", ["Ли Вэй"],
                 id="foreign_side_in_the_instrumental"),
    pytest.param("Заместитель Губернатора области А.В. Смирнов", "Посол Республики Сербия Мирослав Петрович",
                 ["А.В. Смирнов", "М. Петрович"], id="both_sides"),
])
def test_an_official_in_a_side_column_is_read(home, foreign, names):
    report = _word([("1", "Переговоры о поставках пиломатериалов", "22 октября 2025 г.", "г. Вологда", home, foreign,
                     "Достигнута договорённость")], header=SIDES)
    assert [o.name for o in report.events[0].officials] == names


def test_an_official_named_in_the_title_and_a_side_column_is_one():
    report = _word([("1", "Встреча Губернатора области Г.Ю. Филимонова с послом Сербии", "22 октября 2025 г.",
                     "г. Вологда", "Губернатор области Г.Ю. Филимонов", "Посол Республики Сербия", "—")], header=SIDES)
    assert [o.name for o in report.events[0].officials].count("Г.Ю. Филимонов") == 1


@pytest.mark.parametrize("home, foreign, expected", [
    pytest.param("Губернатор области Г.Ю. Филимонов", "Делегация провинции Цзилинь, 9 человек", (9, 9, True),
                 id="home_side_named_not_counted"),
    pytest.param("Вологодский государственный университет", "25 студентов", (25, 25, True), id="a_body_not_counted"),
    pytest.param("12 человек", "Делегация Витебской области", (12, None, True), id="foreign_side_not_counted"),
    pytest.param("—", "9 человек", (9, 9, False), id="a_dash_is_nobody"),
    pytest.param("нет", "9 человек", (9, 9, False), id="none_said_in_words"),
    pytest.param("5 человек", "9 человек", (14, 9, False), id="both_counted"),
])
def test_a_side_named_without_its_count_makes_the_sum_a_lower_bound(home, foreign, expected):
    """Before, «Губернатор … | Делегация, 9 человек» was exactly 9 people: the governor's side was not there."""
    report = _word([("1", "Переговоры о поставках пиломатериалов", "22 октября 2025 г.", "г. Вологда", home, foreign,
                     "—")], header=SIDES)
    event = report.events[0]
    assert (event.attendance_total, event.attendance_foreign, event.attendance_lower_bound) == expected


# ---------- Excel: merged cells over several rows ----------

SHEET_HEADER = ("№ п/п", "Направление сотрудничества", "Наименование мероприятия", "Дата проведения",
                "Место проведения", "Количество участников", "Примечание")


def _workbook(rows: list[tuple], merges: tuple[str, ...] = (), hidden_columns: tuple[str, ...] = (),
              header: tuple[str, ...] = SHEET_HEADER) -> bytes:
    """A SYNTHETIC Excel report: title, empty row, header (row 3), `rows` from row 4; `merges` as «B4:B6»."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Информация о международных мероприятиях Курской области за III квартал 2025 года (SYNTHETIC)"
    sheet.append(())
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    for ref in merges:
        sheet.merge_cells(ref)
    for letter in hidden_columns:
        sheet.column_dimensions[letter].hidden = True
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet(rows, **kwargs):
    return build_report(read_bytes(_workbook(rows, **kwargs), "r.xlsx"))


SHEET_ROWS = [
    (1, "Торгово-экономическое сотрудничество", "Бизнес-миссия в Республику Узбекистан", datetime(2025, 7, 8),
     "г. Ташкент, Республика Узбекистан", 18, ""),
    (2, None, "Концерт для партнёров из Беларуси", datetime(2025, 7, 15), "г. Курск", 11, ""),
    (3, None, "Фестиваль деловых связей с Сербией", datetime(2025, 8, 20), "г. Минск, Республика Беларусь", 25, ""),
    (4, "Гуманитарное сотрудничество", "Турнир по самбо с командой Казахстана", datetime(2025, 8, 29), "г. Курск",
     210, ""),
]


def test_a_sector_merged_down_over_its_events_files_each():
    """Before, the second and third rows had no sector: guessed from their words (culture) with a warning."""
    report = _sheet(SHEET_ROWS, merges=("B4:B6",))
    assert [e.sector_key for e in report.events] == ["industry_trade", "industry_trade", "industry_trade", "sport"]
    spread = [i for i in report.issues if "объединённой по вертикали" in i.message]
    assert [i.message[:15] for i in spread] == ["строка 5 таблиц", "строка 6 таблиц"]
    assert all(i.severity == "info" for i in spread)
    assert message_text(spread[0].message, "en").startswith("table row 5")


def test_a_date_merged_down_gives_both_events_the_day():
    rows = [list(r) for r in SHEET_ROWS]
    rows[1][3] = None
    report = _sheet([tuple(r) for r in rows], merges=("B4:B6", "D4:D5"))
    assert [(e.start_date.isoformat(), e.end_date.isoformat()) for e in report.events[:2]] == [
        ("2025-07-08", "2025-07-08"), ("2025-07-08", "2025-07-08")]


def test_a_place_merged_down_gives_both_events_the_place_and_its_country():
    rows = [list(r) for r in SHEET_ROWS]
    rows[1][4] = None
    report = _sheet([tuple(r) for r in rows], merges=("E4:E5",))
    assert [(e.venue_city, e.venue_country, e.direction) for e in report.events[:2]] == [
        ("Ташкент", "UZ", "outbound"), ("Ташкент", "UZ", "outbound")]


def test_a_merged_count_is_given_to_both_with_a_warning():
    rows = [list(r) for r in SHEET_ROWS]
    rows[1][5] = None
    report = _sheet([tuple(r) for r in rows], merges=("F4:F5",))
    assert [e.attendance_total for e in report.events[:2]] == [18, 18]
    (warning,) = [i for i in report.issues if "учтены дважды" in i.message]
    assert warning.severity == "warning" and warning.message.startswith("строка 5 таблицы")


def test_a_merge_over_several_columns_and_rows_fills_its_first_column():
    rows = [list(r) for r in SHEET_ROWS]
    rows[1][1] = None
    report = _sheet([tuple(r) for r in rows], merges=("A8:G8", "B4:B5"))  # A8:G8 is one row: a heading's merge
    assert [e.sector_key for e in report.events[:2]] == ["industry_trade", "industry_trade"]


def test_a_merge_in_a_hidden_column_stays_unread():
    header = SHEET_HEADER[:6] + ("Заметки исполнителя",)
    rows = [r[:6] + ((f"звонить {r[0]}" if r[0] == 1 else None),) for r in SHEET_ROWS]
    report = _sheet(rows, merges=("G4:G6",), hidden_columns=("G",), header=header)
    assert not any("звонить" in " ".join(e.raw.values()) for e in report.events)


def test_the_header_merges_are_not_copied_into_the_rows():
    """«№ п/п» merged over the header's two rows: the header's own merge, read by the header as before."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Информация о международных мероприятиях Курской области за III квартал 2025 года"
    sheet.append(("№ п/п", "Наименование мероприятия", "Дата проведения", "Участники", None))
    sheet.append((None, None, None, "всего", "в т.ч. иностранных"))
    sheet.append((1, "Визит делегации Гомельской области", datetime(2025, 9, 4), 20, 9))
    for ref in ("A2:A3", "B2:B3", "C2:C3", "D2:E2"):
        sheet.merge_cells(ref)
    buffer = io.BytesIO()
    book.save(buffer)
    report = build_report(read_bytes(buffer.getvalue(), "r.xlsx"))
    assert [(e.n, e.attendance_total, e.attendance_foreign) for e in report.events] == [(1, 20, 9)]
    assert not any("объединённой по вертикали" in i.message for i in report.issues)


# ---------- a signature or «Справочно:» in the table's rows ----------

def test_a_signature_row_under_the_table_is_a_note():
    """Before, «Председатель комитета …» in the number column was an event numbered after the highest."""
    signature = ("Председатель комитета внешних связей Курской области", None, None, None, None, None, "В.Г. Соколов")
    report = _sheet(SHEET_ROWS + [signature], merges=("B4:B6",))
    assert [e.n for e in report.events] == [1, 2, 3, 4]
    assert report.notes[-1].text == "Председатель комитета внешних связей Курской области В.Г. Соколов"
    assert not any(i.severity == "warning" for i in report.issues)


@pytest.mark.parametrize("row", [
    pytest.param(("Исполнитель: Петрова Н.С.", None, None, None, None, None, "тел. 8 (4712) 00-00-00"),
                 id="clerk_and_phone"),
    pytest.param(("Губернатор Курской области", None, None, None, "А.Б. Иванов"), id="name_in_the_place_column"),
    pytest.param(("Согласовано:", None, None, None, None, "Комитет внешних связей"), id="approval_line"),
])
def test_words_in_the_number_cell_without_title_or_dates_are_no_event(row):
    report = _sheet(SHEET_ROWS + [row])
    assert [e.n for e in report.events] == [1, 2, 3, 4]
    assert report.notes[-1].text.startswith(row[0])


@pytest.mark.parametrize("row", [
    pytest.param(("3а", None, "Встреча с послом Сербии", datetime(2025, 9, 1), "г. Курск", 5, ""), id="number_3a"),
    pytest.param(("б/н", None, None, datetime(2025, 9, 2), "г. Курск", 5, ""), id="dates_without_title"),
])
def test_an_unreadable_number_with_a_title_or_dates_stays_an_event(row):
    report = _sheet(SHEET_ROWS + [row])
    assert [e.n for e in report.events] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("note", [
    pytest.param("Справочно: за II квартал 2025 года проведено 11 мероприятий.", id="spravochno"),
    pytest.param("Для справки: в 2024 году – 40 мероприятий", id="dlya_spravki"),
    pytest.param("Примечание: данные уточняются", id="primechanie"),
])
def test_a_reference_line_inside_the_table_is_no_heading(note):
    """Before, the line became the sector of every event under it."""
    rows = SHEET_ROWS[:2] + [(note,)] + SHEET_ROWS[2:3]
    report = _sheet(rows)
    assert [e.sector for e in report.events] == ["Торгово-экономическое сотрудничество", None, None]
    assert [n.text for n in report.notes] == [note]


# ---------- «Примечание»: the countries it names, and the results of a table without a results column ----------

def test_countries_named_in_the_remarks_are_partners():
    rows = [r[:6] + ("Коллективы из Беларуси, Сербии и Абхазии" if r[0] == 4 else "",) for r in SHEET_ROWS]
    event = _sheet(rows).events[3]
    assert event.partner_countries == ["KZ", "BY", "RS", "AB"]


@pytest.mark.parametrize("remark, kind", [
    pytest.param("Подписано 2 контракта", "signed", id="contracts"),
    pytest.param("Достигнута договорённость о поставках", "verbal", id="agreed"),
    pytest.param("Подписан меморандум о сотрудничестве", "signed", id="memorandum"),
])
def test_remarks_are_the_results_of_a_table_without_a_results_column(remark, kind):
    rows = [r[:6] + (remark if r[0] == 1 else "",) for r in SHEET_ROWS]
    assert _sheet(rows).events[0].agreement == kind


# ---------- the two reports through the real CLI ----------

def _load(path: Path, tmp_path: Path):
    db = tmp_path / "x.duckdb"
    run = subprocess.run([sys.executable, "-m", "etl", "--db", str(db), "load", str(path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    return duckdb.connect(str(db), read_only=True)


def _events(con) -> dict[int, dict]:
    frame = con.sql("select * from events order by n").fetchdf()
    return {int(r["n"]): r for r in frame.to_dict("records")}


def _dates(event) -> tuple[str, str]:
    return str(event["start_date"])[:10], str(event["end_date"])[:10]


def test_vologda_word_report(tmp_path):
    con = _load(VOLOGDA, tmp_path)
    assert con.sql("select region, year, quarter, event_count from reports").fetchall() == [
        ("Вологодская область", 2025, 4, 14)]
    events = _events(con)
    assert sorted(events) == list(range(1, 15))
    # the page break: event 8's title goes on in the next row, which is no event of its own
    assert events[8]["title"] == ("Визит делегации Народного правительства провинции Цзилинь КНР в Вологодскую "
                                  "область в рамках программы «Годы российско-китайского сотрудничества»")
    assert (events[8]["attendance_total"], events[8]["attendance_foreign"], events[8]["attendance_lower_bound"],
            events[8]["agreement"]) == (9, 9, True, "signed")  # the governor's side named, not counted: at least 9
    assert not con.sql("select * from parse_issues where severity = 'warning'").fetchall()
    # one «Сроки и место» cell over two events of one visit
    assert _dates(events[5]) == _dates(events[6]) == ("2025-12-03", "2025-12-05")
    assert (events[6]["venue_city"], events[6]["venue_country"]) == ("Витебск", "BY")
    # «Российская сторона» / «Иностранная сторона»: counts summed, the foreign one foreign, officials read
    assert [(events[n]["attendance_total"], events[n]["attendance_foreign"]) for n in (1, 2, 6, 7, 10)] == [
        (20, 6), (12, 7), (20, 8), (11, 5), (150, 30)]
    assert list(events[2]["officials"]) == ["Г.Ю. Филимонов"]
    assert list(events[8]["officials"]) == ["Г.Ю. Филимонов", "Ли Вэй"]
    # stamp, page header and footer, signature, «Справочно:»: no event, no field; the title read through them
    notes = [t for (t,) in con.sql("select text from report_notes order by position").fetchall()]
    assert notes == ["Справочно: в IV квартале 2024 года проведено 12 мероприятий, в том числе 5 с участием "
                     "Республики Беларусь.", "Заместитель Губернатора Вологодской области А.В. Смирнов"]
    assert not any("Смирнов" in str(e["title"]) or "УТВЕРЖДАЮ" in str(e["title"]) for e in events.values())
    # the fields a person reads
    assert [events[n]["sector_key"] for n in (1, 5, 9, 11, 12, 13, 14)] == [
        "industry_trade", "general", "culture_tourism", "education_science", "sport", "health", "compatriots"]
    assert list(events[2]["foreign_regions"]) == ["Провинция Цзилинь"]
    assert list(events[5]["foreign_regions"]) == ["Витебская область"] and events[5]["agreement"] == "signed"
    assert events[6]["agreement"] == "verbal"  # «Подписан протокол заседания»
    assert (events[7]["format"], events[7]["direction"]) == ("online", "remote")  # «по видеосвязи»
    assert list(events[10]["partner_countries"]) == ["BY", "KZ", "UZ"]
    assert (events[9]["attendance_total"], events[9]["attendance_lower_bound"]) == (2000, True)
    assert (events[14]["venue_city"], events[14]["venue_country"], events[14]["attendance_foreign"]) == (
        "Хельсинки", "FI", 40)


def test_kursk_excel_report(tmp_path):
    con = _load(KURSK, tmp_path)
    assert con.sql("select region, year, quarter, event_count from reports").fetchall() == [
        ("Курская область", 2025, 3, 14)]
    events = _events(con)
    assert sorted(events) == list(range(1, 15))
    assert not con.sql("select * from parse_issues where severity = 'warning'").fetchall()
    # the sector column merged down over each sector's events
    assert [events[n]["sector"] for n in range(1, 15)] == (
        ["Торгово-экономическое сотрудничество"] * 4 + ["Межрегиональное сотрудничество"] * 4
        + ["Гуманитарное сотрудничество"] * 6)
    # a start date and a place merged down over two events
    assert _dates(events[6]) == ("2025-09-04", "2025-09-04")
    assert (events[4]["venue_city"], events[4]["venue_country"], events[4]["direction"]) == ("Минск", "BY", "outbound")
    # date cells: a range over «Дата начала» / «Дата окончания», a day with its time, a start alone
    assert [_dates(events[n]) for n in (1, 7, 13)] == [
        ("2025-07-08", "2025-07-10"), ("2025-09-18", "2025-09-18"), ("2025-09-20", "2025-09-20")]
    # «Примечание» as the results column and naming the countries
    assert events[1]["agreement"] == "signed"
    assert list(events[9]["partner_countries"]) == ["BY", "RS", "AB"]
    # stamp, «Справочно:» and the signature row: notes, not events
    notes = [t for (t,) in con.sql("select text from report_notes order by position").fetchall()]
    assert notes == ["Справочно: за II квартал 2025 года проведено 11 мероприятий.",
                     "Председатель комитета внешних связей Курской области В.Г. Соколов"]
    # the fields a person reads
    assert [(events[n]["attendance_total"], events[n]["attendance_foreign"]) for n in (1, 4, 9, 10)] == [
        (18, 0), (30, 14), (1500, 120), (40, 40)]
    assert list(events[5]["foreign_regions"]) == ["Гомельская область"]
    assert list(events[7]["foreign_regions"]) == ["Провинция Хэбэй"]
    assert (events[7]["format"], events[7]["direction"]) == ("online", "remote")
    assert (events[13]["venue_city"], events[13]["venue_country"]) == ("Сухум", "AB")
    assert [events[n]["sector_key"] for n in (2, 6, 10, 11, 14)] == [
        "industry_trade", "general", "education_science", "sport", "education_science"]


# ---------- Excel: the quarter only in the sheet's name ----------

def _named_sheet(sheet: str, title: str, file_name: str = "r.xlsx"):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = sheet
    book.active["A1"] = title
    book.active.append(())
    book.active.append(("№ п/п", "Наименование мероприятия", "Дата проведения", "Место проведения"))
    book.active.append((1, "Визит делегации Гомельской области", datetime(2025, 9, 4), "г. Курск"))
    buffer = io.BytesIO()
    book.save(buffer)
    return build_report(read_bytes(buffer.getvalue(), file_name))


@pytest.mark.parametrize("sheet, title", [
    pytest.param("III квартал 2025", "Информация о международных мероприятиях Курской области", id="quarter"),
    pytest.param("3 кв. 2025 г.", "Информация о международных мероприятиях Курской области", id="quarter_short"),
    pytest.param("Курская обл 3 кв 2025", "Информация о международных мероприятиях", id="region_and_quarter"),
    pytest.param("июль-сентябрь 2025", "Информация о международных мероприятиях Курской области", id="months"),
])
def test_the_sheet_name_gives_what_the_title_leaves_out(sheet, title):
    """Before, the file was refused: «в заголовке не найден квартал и год»."""
    report = _named_sheet(sheet, title)
    assert (report.region, report.year, report.quarter) == ("Курская область", 2025, 3)
    (said,) = [i for i in report.issues if "названия листа" in i.message]
    assert said.severity == "info" and message_text(said.message, "en").endswith(f"the sheet's name «{sheet}»")


@pytest.mark.parametrize("sheet, title, error", [
    pytest.param("IV кв. 2025", "Информация о мероприятиях Курской области за III квартал 2025 года", None,
                 id="title_wins_over_an_old_sheet_name"),
    pytest.param("III квартал 2025", "Информация о мероприятиях Курской области за 9 месяцев 2025 года",
                 "отчёт не за квартал", id="nine_months_stays_refused"),
    pytest.param("Лист1", "Информация о международных мероприятиях Курской области", "не найден квартал",
                 id="a_plain_sheet_name_answers_nothing"),
])
def test_the_sheet_name_never_overrides_the_title(sheet, title, error):
    from etl.errors import ReportError

    if error is None:
        report = _named_sheet(sheet, title)
        assert report.quarter == 3 and not any("названия листа" in i.message for i in report.issues)
        return
    with pytest.raises(ReportError, match=error):
        _named_sheet(sheet, title)


# ---------- a signature typed into the table's last row ----------

@pytest.mark.parametrize("row, note", [
    pytest.param(("", "Заместитель Губернатора Вологодской области", "", "", "", "А.В. Смирнов"),
                 "Заместитель Губернатора Вологодской области А.В. Смирнов", id="post_in_the_title_column"),
    pytest.param(("", "", "", "", "Министр экономики области", "Смирнов А.В."),
                 "Министр экономики области Смирнов А.В.", id="post_and_name_in_the_last_columns"),
    pytest.param(("", "И.о. начальника департамента внешних связей", "", "", "(подпись)", "Н.С. Петрова"),
                 "И.о. начальника департамента внешних связей (подпись) Н.С. Петрова", id="acting_head_and_a_signature"),
    pytest.param(("", "Исполнитель", "", "", "______", "Петрова Н.С."), "Исполнитель ______ Петрова Н.С.",
                 id="clerk_with_a_line"),
])
def test_a_signature_row_in_a_word_table_is_a_note(row, note):
    """Before, it was an event numbered after the highest with no dates, or carried into the last event."""
    report = _word([FIRST, VISIT, row])
    assert [e.n for e in report.events] == [1, 2]
    assert report.events[1].raw["content"] == VISIT[5]
    assert [n.text for n in report.notes] == [note]


@pytest.mark.parametrize("row", [
    pytest.param(("", "Визит Министра культуры Республики Беларусь", "20 ноября 2025 г.", "г. Вологда",
                  "А.В. Смирнов", "—"), id="a_visit_with_its_dates"),
    pytest.param(("", "Встреча с Министром культуры", "", "", "", "А.В. Смирнов"), id="not_a_post_opening_it"),
])
def test_an_event_naming_a_post_and_a_person_stays_an_event(row):
    assert [e.n for e in _word([FIRST, VISIT, row]).events] == [1, 2, 3]


def test_an_event_written_over_two_sheet_rows_stays_one():
    """«№» and the title merged down over two rows, the second with the visit's second leg: one event (filling the
    number into both rows would have refused the file: «номер мероприятия 2 повторяется»)."""
    rows = SHEET_ROWS[:1] + [
        (2, "Торгово-экономическое сотрудничество", "Бизнес-миссия в Республику Беларусь", datetime(2025, 7, 15),
         "г. Минск", 11, ""),
        (None, None, None, datetime(2025, 7, 16), "г. Гомель", None, "второй этап"),
    ] + SHEET_ROWS[2:]
    report = _sheet(rows, merges=("A5:A6", "B5:B6", "C5:C6"))
    assert [e.n for e in report.events] == [1, 2, 3, 4]
    event = report.events[1]
    assert event.title == "Бизнес-миссия в Республику Беларусь" and event.sector_key == "industry_trade"
    assert (event.start_date.isoformat(), event.end_date.isoformat()) == ("2025-07-15", "2025-07-16")
