"""The next report, ninth round: a report with no table, its events a numbered list
(tests/fixtures/build_next_reports9.py writes the two SYNTHETIC reports). Белгородская область, III quarter 2025,
a Word document with no table: Word's own list numbering, Roman-numbered headings as bold paragraphs, each event
followed by «Дата проведения: …», «Место проведения: …», «Участники: …», «Результаты: …»; a title and a result
going on in a second paragraph; «Справочно:» and a signature after the list. Хабаровский край, IV quarter 2025,
the same kind of list typed by hand as a text dump saved under its long title with «№» and quotes: outline
numbers, labels followed by a dash, one «Дата и место проведения:» line, the month in Roman numerals after a
slash and the year after a dash («10–14/X-2025»), «т.г.», NBSP, a soft hyphen, «ё» and «е». Ярославская
область, IV quarter 2025, a Word table: the dates column first, numbers «1)», «№2», «3.», lettered sub-items
«а)», «б)» with and without dates of their own, athletes «из 6 стран».

Before this round the two lists were refused («в документе Word нет таблицы мероприятий», «в файле нет
таблицы»), «10/XI-2025» read no dates, a lettered row «а)» was an event numbered after the report's highest
with a warning (with no dates, a warning more) — in a text dump two lettered rows in a row broke the table's
rows apart — and «120 спортсменов из 6 стран» were 120 foreign. Each rule is tested with cases of its own (each fails on the code before), then
both reports go through the real CLI."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from analytics.i18n import message_text
from etl.dates import parse_dates
from etl.errors import ReportError
from etl.normalize import build_report
from etl.read import read_bytes

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
BELGOROD = FIXTURES / "synthetic_belgorod_2025q3_next_report9.docx"
YAROSLAVL = FIXTURES / "synthetic_yaroslavl_2025q4_next_report9.docx"
KHABAROVSK = FIXTURES / ("Отчёт № 4 «О международной деятельности Хабаровского края» за IV квартал 2025 г. "
                         "(SYNTHETIC next_report9).txt")

TITLE = "Отчёт о международной деятельности Ярославской области за IV квартал 2025 года (SYNTHETIC)"


def _docx(paragraphs: list[str], numbered_by_word: bool = False) -> bytes:
    """A SYNTHETIC Word document of paragraphs only; with `numbered_by_word`, a paragraph «#. text» gets
    Word's list numbering (style «List Number») instead of a typed number."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        if numbered_by_word and text.startswith("#. "):
            document.add_paragraph(text[3:], style="List Number")
        else:
            document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _word(paragraphs, **kwargs):
    return build_report(read_bytes(_docx(paragraphs, **kwargs), "r.docx"))


def _text(lines):
    return build_report(read_bytes("\n".join(lines).encode("utf-8"), "r.txt"))


def _when(event) -> tuple[str | None, str | None]:
    start, end = (event.start_date, event.end_date) if hasattr(event, "start_date") else (event.start, event.end)
    return (start and start.isoformat(), end and end.isoformat())


# ---------- a report with no table: numbered paragraphs with labelled lines ----------

LIST = [
    TITLE,
    "",
    "1. Визит делегации Витебского облисполкома Республики Беларусь",
    "Дата: 7 октября 2025 г.",
    "Место: г. Ярославль",
    "Участники: 12 человек, в т.ч. 5 иностранных",
    "Итоги: подписан план мероприятий на 2026 год.",
    "",
    "2. Участие в выставке «Иннопром. Казахстан»",
    "Дата: 14–16 октября 2025 г.",
    "Место: г. Астана, Республика Казахстан",
    "Участники: 6 человек",
]


@pytest.mark.parametrize("read", [pytest.param(_word, id="word"), pytest.param(_text, id="text_dump")])
def test_numbered_paragraphs_with_labels_are_the_events(read):
    """Before, the Word file was refused («нет таблицы мероприятий») and so was the text dump."""
    report = read(LIST)
    assert (report.region, report.year, report.quarter) == ("Ярославская область", 2025, 4)
    assert [e.n for e in report.events] == [1, 2]
    first, second = report.events
    assert first.title == "Визит делегации Витебского облисполкома Республики Беларусь"
    assert _when(first) == ("2025-10-07", "2025-10-07") and first.venue_city == "Ярославль"
    assert (first.attendance_total, first.attendance_foreign, first.agreement) == (12, 5, "signed")
    assert (second.venue_city, second.venue_country, _when(second)) == ("Астана", "KZ", ("2025-10-14", "2025-10-16"))
    (said,) = [i for i in report.issues if "нумерованных абзацев" in i.message]
    assert said.severity == "info"
    assert message_text(said.message, "en").startswith("the events were read from numbered paragraphs")


@pytest.mark.parametrize("lines, expected", [
    pytest.param(["3) Переговоры с компанией «Belagro»", "- Сроки проведения – 20.11.2025",
                  "- Место проведения – г. Рыбинск", "- Количество участников – 9"],
                 ("Переговоры с компанией «Belagro»", ("2025-11-20", "2025-11-20"), "Рыбинск", 9),
                 id="bracket_number_dash_labels_with_bullets"),
    pytest.param(["№ 3. Концерт ансамбля «Песняры»", "Сроки: 3 декабря 2025 г.", "Площадка: г. Углич",
                  "Состав делегации: 25 артистов"],
                 ("Концерт ансамбля «Песняры»", ("2025-12-03", "2025-12-03"), "Углич", 25), id="other_label_words"),
    pytest.param(["3. Семинар для экспортёров", "о работе на рынке", "Республики Узбекистан",
                  "Время проведения: 5 ноября 2025 г.", "Формат: онлайн", "Участники: 40 человек"],
                 ("Семинар для экспортёров о работе на рынке Республики Узбекистан", ("2025-11-05", "2025-11-05"),
                  None, 40), id="title_over_three_lines_and_a_format_label"),
    pytest.param(["3.\tВстреча с Послом Социалистической Республики Вьетнам", "Дата и место проведения: 12/XI-2025, "
                  "г. Ярославль", "Участники: 7 человек"],
                 ("Встреча с Послом Социалистической Республики Вьетнам", ("2025-11-12", "2025-11-12"), "Ярославль", 7),
                 id="dates_and_place_in_one_label_with_a_roman_month"),
])
def test_the_labels_are_the_header_words_of_a_table(lines, expected):
    report = _text(LIST + [""] + lines)
    assert [e.n for e in report.events] == [1, 2, 3]
    event = report.events[2]
    assert (event.title, _when(event), event.venue_city, event.attendance_total) == expected


def test_a_combined_dates_and_place_label_gives_its_place_when_others_have_a_place_label():
    """«Место:» in one event and «Дата и место проведения:» in another: a table would read the combined column for
    its dates only, once a place column exists; a person reads the place there too."""
    report = _text(LIST + ["", "3. Круглый стол с компаниями Китая", "Дата и место проведения: 20 ноября 2025 г., "
                           "г. Переславль-Залесский", "Участники: 15 человек"])
    event = report.events[2]
    assert (event.venue_city, _when(event)) == ("Переславль-Залесский", ("2025-11-20", "2025-11-20"))
    assert report.events[0].venue_city == "Ярославль"


def test_a_field_goes_on_in_the_next_paragraph():
    report = _text(LIST[:7] + ["Стороны договорились о новой встрече в г. Витебске."] + LIST[7:])
    assert report.events[0].raw["content"] == ("подписан план мероприятий на 2026 год.\n"
                                               "Стороны договорились о новой встрече в г. Витебске.")
    assert [e.n for e in report.events] == [1, 2]


@pytest.mark.parametrize("heading, sector", [
    pytest.param("II. Гуманитарное сотрудничество", "Гуманитарное сотрудничество", id="roman_numbered"),
    pytest.param("Раздел 2. Культура", "Культура", id="section_word"),
    pytest.param("Сотрудничество в сфере образования", "Сотрудничество в сфере образования", id="known_words_alone"),
])
def test_a_line_before_a_number_that_is_no_field_is_a_heading(heading, sector):
    """With no empty line between, the heading is not read as more of the results above it."""
    lines = LIST[:7] + [heading] + LIST[8:]
    report = _text(lines)
    assert report.events[0].raw["content"] == "подписан план мероприятий на 2026 год."
    assert report.events[1].sector == sector


def test_word_list_numbering_and_the_text_after_the_list():
    paragraphs = [TITLE, "I. Торгово-экономическое сотрудничество", "#. Бизнес-миссия в Республику Беларусь",
                  "Дата проведения: 8–10 октября 2025 г.", "Место проведения: г. Минск", "Участники: 10 человек",
                  "#. Переговоры с делегацией провинции Хэнань КНР", "Дата проведения: 22 октября 2025 г.",
                  "Место проведения: г. Ярославль", "Участники: 8 человек", "",
                  "Справочно: в IV квартале 2024 года проведено 3 мероприятия.",
                  "Заместитель Губернатора области\t\t\tА.В. Смирнов"]
    report = _word(paragraphs, numbered_by_word=True)
    assert [e.n for e in report.events] == [1, 2]
    assert report.events[0].title == "Бизнес-миссия в Республику Беларусь"
    assert report.events[1].raw["participants"] == "8 человек"
    assert [n.text for n in report.notes] == ["Справочно: в IV квартале 2024 года проведено 3 мероприятия.",
                                              "Заместитель Губернатора области А.В. Смирнов"]


@pytest.mark.parametrize("lines, error", [
    pytest.param([TITLE, "1. Визит делегации", "Место: г. Ярославль", "2. Концерт", "Место: г. Углич"],
                 "нет таблицы", id="no_dates_label"),
    pytest.param([TITLE, "1. Визит делегации", "Дата: 7 октября 2025 г.", "Место: г. Ярославль"],
                 "нет таблицы", id="one_event_only"),
    pytest.param([TITLE, "Уважаемый Иван Петрович!", "1. Направляем отчёт.", "2. Просим рассмотреть.",
                  "Дата: 7 октября 2025 г."], "нет таблицы", id="a_covering_letter"),
])
def test_what_is_not_such_a_list_stays_refused(lines, error):
    with pytest.raises(ReportError, match=error):
        _word(lines)
    with pytest.raises(ReportError, match=error):
        _text(lines)


# ---------- the month in Roman numerals after a slash ----------

@pytest.mark.parametrize("raw, expected", [
    pytest.param("10/XI-2025", ("2025-11-10", "2025-11-10"), id="day_slash_month_dash_year"),
    pytest.param("10-12/XI-2025", ("2025-11-10", "2025-11-12"), id="range_of_days"),
    pytest.param("10/XI/2025", ("2025-11-10", "2025-11-10"), id="slashes_both"),
    pytest.param("3/IX 2025 г.", ("2025-09-03", "2025-09-03"), id="space_before_the_year"),
    pytest.param("28/XI–2/XII-2025", ("2025-11-28", "2025-12-02"), id="two_months"),
    pytest.param("с 28/XI по 2/XII-2025", ("2025-11-28", "2025-12-02"), id="from_to"),
    pytest.param("10/XI-2025 г., 15:00", ("2025-11-10", "2025-11-10"), id="with_a_time"),
    pytest.param("1/XII", ("2025-12-01", "2025-12-01"), id="no_year_takes_the_reports"),
])
def test_a_roman_month_after_a_slash(raw, expected):
    """Before, none of these read a date (or «10-12/XI-2025» none at all)."""
    dates = parse_dates(raw, 2025, 4)
    assert _when(dates) == expected


@pytest.mark.parametrize("raw, expected", [
    pytest.param("10/11/2025", ("2025-11-10", "2025-11-10"), id="arabic_slash_date_unchanged"),
    pytest.param("12.XI.2025", ("2025-11-12", "2025-11-12"), id="roman_after_a_dot_unchanged"),
])
def test_other_slash_and_roman_dates_read_as_before(raw, expected):
    assert _when(parse_dates(raw, 2025, 4)) == expected


# ---------- lettered sub-items under an event ----------

HEADER = ("№ п/п", "Наименование мероприятия", "Сроки проведения", "Место проведения", "Участники", "Результаты")
VISIT = ("1", "Визит делегации Витебской области", "10–12 ноября 2025 г.", "г. Ярославль", "12 человек", "—")
LAST = ("2", "Концерт ансамбля «Песняры»", "12 декабря 2025 г.", "г. Ярославль", "300 зрителей", "—")


def _table_docx(rows) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=1, cols=len(HEADER))
    for cell, text in zip(table.rows[0].cells, HEADER):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _table_dump(rows) -> bytes:
    """The same table as Word's text dump: each cell on a line of its own after a TAB."""
    cells = "".join(f"\t{c}\n" for row in (HEADER, *rows) for c in row)
    return f"{TITLE}\n\n{cells}".encode("utf-8")


def _table(rows, kind):
    data = _table_docx(rows) if kind == "docx" else _table_dump(rows)
    return build_report(read_bytes(data, f"r.{kind}"))


KINDS = [pytest.param("docx", id="word"), pytest.param("txt", id="text_dump")]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("items, content", [
    pytest.param([("а)", "встреча с Губернатором области", "", "", "", "Подписано соглашение о сотрудничестве"),
                  ("б)", "посещение ПАО «Автодизель»", "", "", "", "—")],
                 "а) встреча с Губернатором области: Подписано соглашение о сотрудничестве\n"
                 "б) посещение ПАО «Автодизель»", id="two_items_one_with_results"),
    pytest.param([("а.", "Круглый стол с предприятиями", "", "г. Рыбинск", "", "")],
                 "а) Круглый стол с предприятиями", id="letter_with_a_dot_and_a_place_of_its_own"),
    pytest.param([("в", "экскурсия по Ярославскому музею-заповеднику", "", "", "5 человек", "")],
                 "в) экскурсия по Ярославскому музею-заповеднику", id="letter_alone"),
    pytest.param([("a)", "переговоры с ОАО «Гомсельмаш»", "", "", "", "Достигнута договорённость")],
                 "a) переговоры с ОАО «Гомсельмаш»: Достигнута договорённость", id="latin_letter"),
])
def test_a_lettered_row_without_dates_is_part_of_the_event_above(kind, items, content):
    """A visit's programme under it («а) встреча …», «б) посещение …») has no dates of its own: what a person
    reads is one visit. Before, each item was an event numbered after the highest, with a warning."""
    report = _table([VISIT, *items, LAST], kind)
    assert [e.n for e in report.events] == [1, 2]
    visit = report.events[0]
    assert visit.title == VISIT[1] and _when(visit) == ("2025-11-10", "2025-11-12")
    assert visit.raw["content"] == "—\n" + content
    assert not [i for i in report.issues if i.severity == "warning"]
    said = [i for i in report.issues if "подпункт" in i.message]
    assert len(said) == len(items) and all(i.severity == "info" and i.event == 1 for i in said)
    assert message_text(said[0].message, "en").startswith("table row 3: sub-item")


@pytest.mark.parametrize("kind", KINDS)
def test_the_programme_brings_its_agreement_and_people_to_the_event(kind):
    report = _table([VISIT, ("а)", "переговоры с Витебским облисполкомом", "", "", "", "Подписано соглашение"),
                     LAST], kind)
    assert report.events[0].agreement == "signed"


@pytest.mark.parametrize("kind", KINDS)
def test_a_lettered_row_with_its_own_dates_is_an_event_numbered_by_its_parent(kind):
    """«а) Круглый стол | 11 ноября 2025 г.»: an event of its own, written «1а» as the fifth round's «15а» is, so
    every row is numbered in table order and the written number stays. Before, «а)» was numbered after the
    highest (3), with a warning, and the order of numbers was said to be wrong."""
    rows = [VISIT, ("а)", "Круглый стол с предприятиями", "11 ноября 2025 г.", "г. Ярославль", "30 человек", "—"),
            ("б)", "Концерт", "12 ноября 2025 г.", "г. Рыбинск", "300 зрителей", "—"), LAST]
    report = _table(rows, kind)
    assert [e.n for e in report.events] == [1, 2, 3, 4]
    assert [e.raw["number"] for e in report.events] == ["1", "1а", "1б", "2"]
    assert [e.title for e in report.events][1:3] == ["Круглый стол с предприятиями", "Концерт"]
    assert _when(report.events[2]) == ("2025-11-12", "2025-11-12") and report.events[2].venue_city == "Рыбинск"
    assert not [i for i in report.issues if i.severity == "warning" and i.field == "n"]


def test_a_lettered_row_with_no_event_above_stays_an_unnumbered_event():
    """Nothing to be a part of: a warning as before."""
    report = _table([("а)", "Круглый стол с предприятиями", "", "г. Ярославль", "30 человек", "—"), VISIT], "docx")
    assert len(report.events) == 2
    assert any("«а)» не распознан" in i.message and i.severity == "warning" for i in report.issues)


# ---------- people of several countries may include the hosts, whatever they are called ----------

@pytest.mark.parametrize("text, total, foreign", [
    pytest.param("120 спортсменов из 6 стран", 120, None, id="athletes"),
    pytest.param("40 студентов из 12 стран", 40, None, id="students"),
    pytest.param("более 200 школьников из 6 государств", 200, None, id="pupils_of_states"),
    pytest.param("25 артистов из трёх стран", 25, None, id="artists_in_words"),
    pytest.param("150 участников из 4 стран", 150, None, id="participants_as_before"),
    pytest.param("30 гостей из 5 стран", 30, 30, id="guests_came_to_us"),
    pytest.param("12 туристов из 3 стран", 12, 12, id="tourists_came_to_us"),
    pytest.param("делегаты из 12 стран, 45 человек", 45, 45, id="delegates_came_to_us"),
    pytest.param("20 иностранных студентов из 8 стран", 20, 20, id="said_foreign"),
    pytest.param("60 спортсменов из Беларуси и Казахстана", 60, 60, id="countries_named"),
])
def test_people_of_several_countries_have_no_side_unless_they_came_to_us(text, total, foreign):
    """The hosts' country is likely one of several (README: «150 участников из 4 стран» has no foreign count); that
    held only for «участников», «человек» and the audience, so «120 спортсменов из 6 стран» at a tournament at home
    were 120 foreign, and «делегаты из 12 стран» were not foreign."""
    from etl.attendance import parse_attendance

    attendance = parse_attendance(text)
    assert (attendance.total, attendance.foreign) == (total, foreign)


# ---------- the reports through the CLI ----------

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


def test_belgorod_word_list(tmp_path):
    con = _load(BELGOROD, tmp_path)
    assert con.sql("select region, year, quarter, event_count from reports").fetchall() == [
        ("Белгородская область", 2025, 3, 7)]
    events = _events(con)
    assert not con.sql("select * from parse_issues where severity = 'warning'").fetchall()
    assert [events[n]["sector"] for n in range(1, 8)] == (
        ["Торгово-экономическое сотрудничество"] * 3 + ["Межрегиональное сотрудничество"]
        + ["Гуманитарное сотрудничество"] * 3)
    assert [_dates(events[n]) for n in range(1, 8)] == [
        ("2025-07-08", "2025-07-10"), ("2025-07-15", "2025-07-15"), ("2025-08-21", "2025-08-21"),
        ("2025-09-04", "2025-09-06"), ("2025-07-25", "2025-07-27"), ("2025-08-01", "2025-08-25"),
        ("2025-09-12", "2025-09-14")]
    # the title going on in a second paragraph, the results in two
    assert events[2]["title"] == ("Переговоры с делегацией Минского облисполкома Республики Беларусь о поставках "
                                  "продукции машиностроения")
    assert events[2]["agreement"] == "verbal"
    assert [(events[n]["venue_city"], events[n]["venue_country"]) for n in (1, 2, 4, 7)] == [
        ("Ташкент", "UZ"), ("Белгород", "RU"), ("Гомель", "BY"), ("Старый Оскол", "RU")]
    assert (events[3]["format"], events[3]["direction"]) == ("online", "remote")
    assert [list(events[n]["partner_countries"]) for n in (1, 2, 3, 4, 5, 6)] == [
        ["UZ"], ["BY"], ["CN"], ["BY"], ["BY", "KZ", "RS"], ["VN"]]
    assert [(events[n]["attendance_total"], events[n]["attendance_foreign"]) for n in (1, 2, 3, 4, 6, 7)] == [
        (12, None), (14, 6), (9, None), (10, None), (30, 30), (180, 45)]
    assert (events[5]["attendance_total"], events[5]["attendance_foreign"], events[5]["attendance_approximate"]) == (
        800, 60, True)
    assert [events[n]["agreement"] for n in (1, 4)] == ["signed", "signed"]
    notes = [t for (t,) in con.sql("select text from report_notes order by position").fetchall()]
    assert notes == ["Справочно: в III квартале 2024 года проведено 5 мероприятий.",
                     "Заместитель Губернатора Белгородской области А.Н. Иванов"]


def test_yaroslavl_word_table_with_lettered_items(tmp_path):
    con = _load(YAROSLAVL, tmp_path)
    assert con.sql("select region, year, quarter, event_count from reports").fetchall() == [
        ("Ярославская область", 2025, 4, 8)]
    events = _events(con)
    assert not con.sql("select * from parse_issues where severity = 'warning'").fetchall()
    # the visit's programme (no dates) is the visit; the mission's two meetings (own dates) are events «2а», «2б»
    assert [events[n]["raw_number"] for n in range(1, 9)] == ["1)", "№2", "2а", "2б", "3.", "4.", "5.", "6."]
    assert [events[n]["title"] for n in (1, 3, 4)] == [
        "Визит делегации Витебского облисполкома Республики Беларусь",
        "Переговоры с хокимиятом Самаркандской области", "Деловой форум «Ярославль – Ташкент»"]
    assert [_dates(events[n]) for n in range(1, 9)] == [
        ("2025-10-10", "2025-10-10"), ("2025-10-22", "2025-10-24"), ("2025-10-22", "2025-10-22"),
        ("2025-10-23", "2025-10-23"), ("2025-11-27", "2025-11-27"), ("2025-11-12", "2025-11-14"),
        ("2025-12-01", "2025-12-05"), ("2025-12-15", "2025-12-15")]
    assert [events[n]["sector"] for n in range(1, 9)] == (
        ["Внешнеэкономическое и межрегиональное сотрудничество"] * 5 + ["Гуманитарное сотрудничество"] * 3)
    assert (events[1]["attendance_total"], events[1]["attendance_foreign"], events[1]["agreement"]) == (14, 9, "signed")
    assert [(events[n]["venue_city"], events[n]["venue_country"]) for n in (2, 3, 4, 6, 7)] == [
        ("Ташкент", "UZ"), ("Самарканд", "UZ"), ("Ташкент", "UZ"), ("Рыбинск", "RU"), ("Минск", "BY")]
    assert list(events[3]["foreign_regions"]) == ["Самаркандская область"]
    assert [events[n]["agreement"] for n in (2, 3, 4)] == ["signed", "verbal", "signed"]
    assert (events[4]["attendance_total"], events[4]["attendance_approximate"]) == (80, True)
    assert (events[5]["format"], events[5]["direction"]) == ("online", "remote")
    assert (events[6]["attendance_total"], events[6]["attendance_foreign"], events[6]["unnamed_foreign"]) == (
        120, None, True)
    assert events[6]["sector_key"] == "sport"
    assert list(events[8]["partner_countries"]) == ["RS"]
    sub = con.sql("select message from parse_issues where message like '%подпункт%' order by message").fetchall()
    assert [m for (m,) in sub][0].startswith("подпункты («2а», «2б»)")
    assert len(sub) == 3


def test_khabarovsk_text_list_under_its_long_name(tmp_path):
    con = _load(KHABAROVSK, tmp_path)
    assert con.sql("select region, year, quarter, event_count from reports").fetchall() == [
        ("Хабаровский край", 2025, 4, 6)]
    events = _events(con)
    assert not con.sql("select * from parse_issues where severity = 'warning'").fetchall()
    assert [events[n]["sector"] for n in range(1, 7)] == (
        ["Торгово-экономическое сотрудничество"] * 3 + ["Межрегиональное сотрудничество"]
        + ["Гуманитарное сотрудничество"] * 2)
    assert [_dates(events[n]) for n in range(1, 7)] == [
        ("2025-10-10", "2025-10-14"), ("2025-10-22", "2025-10-22"), ("2025-11-12", "2025-11-12"),
        ("2025-11-18", "2025-11-20"), ("2025-12-01", "2025-12-05"), ("2025-12-10", "2025-12-25")]
    assert [(events[n]["venue_city"], events[n]["venue_country"]) for n in (1, 2, 4, 5, 6)] == [
        ("Харбин", "CN"), ("Хабаровск", "RU"), ("Хабаровск", "RU"), ("Пусан", "KR"), ("Хабаровск", "RU")]
    assert (events[3]["format"], events[3]["direction"]) == ("online", "remote")
    assert [list(events[n]["partner_countries"]) for n in range(1, 7)] == [
        ["CN"], ["KR"], ["MN"], ["CN"], ["KR"], ["JP", "MN"]]
    assert [(events[n]["attendance_total"], events[n]["attendance_foreign"]) for n in (1, 2, 3, 4, 5)] == [
        (25, None), (8, 3), (40, None), (15, 9), (45, None)]
    assert [events[n]["agreement"] for n in (1, 2, 4)] == ["signed", "signed", "signed"]
    assert list(events[4]["foreign_regions"]) == ["Провинция Хэйлунцзян"]
    # the title's «№ 4» and quotes in the file's name change nothing; the clerk's line is a note
    notes = [t for (t,) in con.sql("select text from report_notes order by position").fetchall()]
    assert notes == ["Исп. Сидорова Е.В., тел. (4212) 00-00-00, SYNTHETIC"]
