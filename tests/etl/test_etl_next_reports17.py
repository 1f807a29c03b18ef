"""The next report, seventeenth round: known gaps of docs/hostile-inputs.md, each a general rule with varied cases
and controls (SYNTHETIC text only; no real report here).

3. An .xlsx event row whose venue and dates are typed in one range merged across both columns (<mergeCell
   ref="C9:D9"/>): the dates are read from the range's text, with the info a .docx's merged cell (w:gridSpan) gets
   (row 139a; was «не удалось прочитать даты»). Controls: a heading merged over the whole row stays a heading, a
   range over dates and participants leaves the participants as they were read, an unmerged empty dates cell still
   warns.
4. A participants cell whose only named side is foreign, beside a bare count («представители Витебской области
   (15)», «гости из Минска: 7», «Делегация провинции Хэйлунцзян — 9»): every one of them counted as foreign, with
   an info. Was no count at all. Controls: a cell naming our side too, no side, only our side, or another number.
"""
from __future__ import annotations

import io

import pytest

from etl.normalize import build_report
from etl.read import read_bytes

P = pytest.param
TITLE = "Отчёт о международной деятельности Брянской области за IV квартал 2025 г. (SYNTHETIC, test_etl_next_reports17)"
HEADER = ("№ п/п", "Наименование мероприятия", "Сроки", "Место проведения", "Участники")


def _report(rows: list[tuple[str, ...]], header: tuple[str, ...] = HEADER, name: str = "seventeen.txt"):
    lines = [TITLE, "\t".join(header)] + ["\t".join((str(i + 1),) + row) for i, row in enumerate(rows)]
    return build_report(read_bytes(("\n".join(lines) + "\n").encode("utf-8"), name))


# ---------- 3. an .xlsx range merged across the dates column ----------

XLSX_HEADER = ["№ п/п", "Наименование мероприятия", "Место проведения", "Сроки проведения", "Участники"]


def _book(rows: list[list], merges: list[str], header: list[str] = XLSX_HEADER) -> bytes:
    """SYNTHETIC .xlsx: a title row, the header (row 2), the rows (from row 3), the ranges merged."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append([TITLE])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    for merge in merges:
        sheet.merge_cells(merge)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


PLAIN = [1, "Выставка «Брянский лён»", "г. Брянск", "3 октября 2025 г.", "20 человек"]
LAST = [3, "Встреча с делегацией Республики Беларусь", "г. Брянск", "5 декабря 2025 г.", "10 человек"]


@pytest.mark.parametrize("venue_and_dates, start, end", [
    P("г. Минск, Национальный выставочный центр, 12–14 ноября 2025 г.", (2025, 11, 12), (2025, 11, 14),
      id="venue_then_range"),
    P("Республика Беларусь, г. Гомель — 20 октября 2025 года", (2025, 10, 20), (2025, 10, 20), id="one_day"),
    P("г. Брянск, ДК железнодорожников\n27.11.2025–28.11.2025", (2025, 11, 27), (2025, 11, 28), id="two_lines_digits"),
])
def test_an_xlsx_range_merged_over_venue_and_dates_gives_the_dates(venue_and_dates, start, end):
    from datetime import date

    data = _book([PLAIN, [2, "Форум регионов России и Беларуси", venue_and_dates, None, "40 человек"], LAST],
                 ["C4:D4"])
    report = build_report(read_bytes(data, "слияние.xlsx"))
    by_number = {e.n: e for e in report.events}
    assert (by_number[2].start_date, by_number[2].end_date) == (date(*start), date(*end))
    assert [e.n for e in report.events] == [1, 2, 3]
    infos = [i for i in report.issues if i.severity == "info" and "объединена со столбцом" in i.message]
    assert [(i.event, i.message) for i in infos] == [
        (2, "строка 4 таблицы: ячейка объединена со столбцом «Сроки проведения» — даты прочитаны из её текста")]
    assert not [i for i in report.issues if "не удалось прочитать даты" in i.message]


def test_an_xlsx_range_merged_over_dates_and_participants_keeps_the_dates_as_they_are():
    """A range starting in the dates column is read there already: nothing is moved, no info."""
    from datetime import date

    data = _book([PLAIN, [2, "Форум", "г. Брянск", "12 ноября 2025 г., 40 человек", None], LAST], ["D4:E4"])
    report = build_report(read_bytes(data, "слияние2.xlsx"))
    event = {e.n: e for e in report.events}[2]
    assert event.start_date == date(2025, 11, 12)
    assert not [i for i in report.issues if "объединена со столбцом" in i.message]


def test_an_xlsx_heading_merged_over_the_row_stays_a_heading():
    """«Сотрудничество в сфере культуры 2025» merged over the whole row is a sector heading, not an event's dates."""
    data = _book([["Сотрудничество в сфере культуры"], PLAIN, LAST], ["A3:E3"])
    report = build_report(read_bytes(data, "заголовок.xlsx"))
    assert [e.n for e in report.events] == [1, 3]
    assert {e.sector for e in report.events} == {"Сотрудничество в сфере культуры"}
    assert not [i for i in report.issues if "объединена со столбцом" in i.message]


def test_an_xlsx_unmerged_empty_dates_cell_still_warns():
    """The control: the same text in the venue cell with no merge — no dates, the warning of today."""
    data = _book([PLAIN, [2, "Форум", "г. Минск, 12–14 ноября 2025 г.", None, "40 человек"], LAST], [])
    report = build_report(read_bytes(data, "без_слияния.xlsx"))
    assert {e.n: e for e in report.events}[2].start_date is None
    assert [i.event for i in report.issues if "не удалось прочитать даты" in i.message] == [2]
    assert not [i for i in report.issues if "объединена со столбцом" in i.message]


# ---------- 4. a participants cell naming only a foreign side beside a bare count ----------

@pytest.mark.parametrize("cell, count, group", [
    P("представители Витебской области (15)", 15, "представители Витебской области", id="foreign_region_brackets"),
    P("представители Витебской области — 15", 15, "представители Витебской области", id="foreign_region_dash"),
    P("гости из Минска (7)", 7, "гости из Минска", id="foreign_city_brackets"),
    P("партнёры из Китайской Народной Республики – 6", 6, "партнёры из Китайской Народной Республики",
      id="country_en_dash"),
    P("Делегация провинции Хэйлунцзян (9)", 9, "Делегация провинции Хэйлунцзян", id="chinese_province"),
    P("делегации Республики Казахстан и Республики Узбекистан (20)", 20,
      "делегации Республики Казахстан и Республики Узбекистан", id="two_foreign_sides_joined"),
    P("Посольство Республики Беларусь, около 3", 3, "Посольство Республики Беларусь", id="embassy_about"),
    P("делегация Гомельской области: 11", 11, "делегация Гомельской области", id="foreign_region_colon"),
])
def test_a_count_beside_only_a_foreign_side_is_the_foreign_count(cell, count, group):
    report = _report([("Рабочая встреча", "14 октября 2025 г.", "г. Брянск", cell)])
    (event,) = report.events
    assert (event.attendance_total, event.attendance_foreign) == (count, count)
    infos = [i.message for i in report.issues if "названа только иностранная сторона" in i.message]
    assert infos == [f"в ячейке участников названа только иностранная сторона («{group}»): все {count} учтены как "
                     "иностранные участники"]


@pytest.mark.parametrize("cell, total, foreign", [
    P("представители Витебской области и смоленские предприниматели (15)", None, None, id="our_side_joined"),
    P("делегация Китая, российская сторона (20)", None, None, id="russian_side_after_comma"),
    P("представители вузов (15)", None, None, id="no_side"),
    P("представители Смоленской области (15)", None, None, id="only_a_home_region"),
    P("Брянская делегация (12)", None, None, id="only_our_delegation"),
    P("представители Витебской области (15), из них 3 — онлайн", None, None, id="another_number"),
    P("20 человек, в т.ч. 5 из Беларуси", 20, 5, id="both_counts_stated"),
])
def test_a_count_beside_our_side_or_none_keeps_todays_reading(cell, total, foreign):
    report = _report([("Рабочая встреча", "14 октября 2025 г.", "г. Брянск", cell)])
    (event,) = report.events
    assert (event.attendance_total, event.attendance_foreign) == (total, foreign)
    assert not [i for i in report.issues if "названа только иностранная сторона" in i.message]


def test_the_foreign_side_info_reads_in_english():
    from analytics.i18n import message_text

    report = _report([("Встреча", "14 октября 2025 г.", "г. Брянск", "гости из Минска (7)")])
    (message,) = [i.message for i in report.issues if "иностранная сторона" in i.message]
    assert message_text(message, "en") == ("the participants cell names only a foreign side («гости из Минска»): "
                                           "all 7 are counted as foreign participants")


# ---------- 1. two or three bodies' reports of one quarter in one file ----------

BODY_HEADER = ("№ п/п", "Наименование мероприятия", "Место проведения мероприятия", "Сроки проведения мероприятия",
               "Участники мероприятия")
CULTURE = "Отчет о мероприятиях в международной сфере, проведенных Министерством культуры Смоленской области"
EDUCATION = "Отчет о мероприятиях в международной сфере, проведенных Министерством образования Смоленской области"
SPORT = "Информация Департамента Смоленской области по физической культуре и спорту о международных мероприятиях"
PERIOD = "в IV квартале 2024 года (SYNTHETIC, test_etl_next_reports17)"


def _part(first: str, events: list[tuple[str, str]], headings: dict[int, str] | None = None,
          period: str = PERIOD, day: int = 1) -> tuple[list[str], list[tuple[str, ...]]]:
    """One body's part: its title lines and its rows (header first; a heading row before event k if given)."""
    rows: list[tuple[str, ...]] = [BODY_HEADER]
    for k, (number, title) in enumerate(events):
        if headings and k in headings:
            rows.append((headings[k],))
        rows.append((number, title, "г. Минск, Республика Беларусь", f"{day + k} ноября 2024 года", "12 человек"))
    return [first, period], rows


def _txt(parts) -> bytes:
    """SYNTHETIC text dump: each part's title lines, then each cell on a line beginning with a TAB."""
    out = []
    for k, (title, rows) in enumerate(parts):
        out += ([""] if k else []) + title + ([""] if not k else [])
        out += ["\t" + cell for row in rows for cell in row]
    return ("\n".join(out) + "\n").encode("utf-8")


def _docx(parts) -> bytes:
    """SYNTHETIC .docx: each part's title as paragraphs over its own table (headings as merged rows)."""
    import docx

    document = docx.Document()
    for title, rows in parts:
        for line in title:
            document.add_paragraph(line)
        table = document.add_table(rows=0, cols=len(BODY_HEADER))
        for row in rows:
            cells = table.add_row().cells
            if len(row) == 1:
                cells[0].merge(cells[-1]).text = row[0]
            else:
                for cell, text in zip(cells, row):
                    cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


TWO_WITH_HEADINGS = [
    _part(CULTURE, [("1.", "Гастроли Смоленского драматического театра"), ("2.", "Выставка смоленских художников"),
                    ("3.", "Фестиваль народного творчества")], {0: "Сотрудничество в сфере культуры", 2: "Туризм"}),
    _part(EDUCATION, [("1.", "Олимпиада школьников Союзного государства"), ("2.", "Обмен студентами с БГУ")],
          {0: "Сотрудничество в сфере образования"}, day=10),
]
THREE_WITHOUT_HEADINGS = [
    _part(CULTURE, [("1", "Гастроли Смоленского драматического театра"), ("2", "Выставка смоленских художников")]),
    _part(EDUCATION.replace("Министерством образования", "министерством образования"),
          [("1", "Олимпиада школьников Союзного государства"), ("2", "Обмен студентами с БГУ"),
           ("3", "Семинар учителей русского языка")], day=10),
    _part(SPORT, [("1", "Турнир по самбо среди юниоров")], period="за IV квартал 2024 г. (SYNTHETIC)", day=20),
]
WITH_A_GAP = [
    _part(CULTURE, [("1.", "Гастроли Смоленского драматического театра"), ("2.", "Выставка смоленских художников")]),
    _part(EDUCATION, [("1.", "Олимпиада школьников Союзного государства"), ("3.", "Обмен студентами с БГУ")], day=10),
]


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize("parts, titles, sectors", [
    P(TWO_WITH_HEADINGS, ["Гастроли", "Выставка", "Фестиваль", "Олимпиада", "Обмен"],
      ["Сотрудничество в сфере культуры"] * 2 + ["Туризм"] + ["Сотрудничество в сфере образования"] * 2,
      id="two_bodies_with_headings"),
    P(THREE_WITHOUT_HEADINGS, ["Гастроли", "Выставка", "Олимпиада", "Обмен", "Семинар", "Турнир"],
      None, id="three_bodies_no_headings_other_words"),
    P(WITH_A_GAP, ["Гастроли", "Выставка", "Олимпиада", "Обмен"], None, id="a_part_with_a_numbering_gap"),
])
def test_the_same_quarters_reports_of_several_bodies_load_as_parts(kind, parts, titles, sectors):
    """Every event of every body loads as the region's quarter, numbered through in table order; an info per part
    names its title, where it begins and what its written numbers became. Was ОШИБКА «номер мероприятия 1
    повторяется» and nothing loaded."""
    data = _txt(parts) if kind == "txt" else _docx(parts)
    report = build_report(read_bytes(data, f"органы.{kind}"))
    assert (report.region, report.year, report.quarter) == ("Смоленская область", 2024, 4)
    assert [e.n for e in report.events] == list(range(1, len(titles) + 1))
    assert [e.title.split()[0] for e in report.events] == titles
    if sectors is not None:
        assert [e.sector for e in report.events] == sectors
    infos = [i.message for i in report.issues if i.severity == "info" and i.message.startswith("часть «")]
    assert len(infos) == len(parts), infos
    written = [[number.rstrip(".") for number, *_ in rows[1:] if len(_) > 0] for _, rows in parts]
    stored = iter(range(1, len(titles) + 1))
    for info, numbers in zip(infos, written):
        assert ", ".join(f"№ {w} → № {next(stored)}" for w in numbers) in info, info
    assert "Министерством образования" in infos[1] or "министерством образования" in infos[1]
    assert any(i.message.startswith(f"в файле отчёты {len(parts)} органов за один квартал") for i in report.issues)
    assert not [i for i in report.issues if i.severity == "warning" and "два отчёта" in i.message]


def test_a_bodys_part_without_headings_takes_its_sphere_from_its_own_title():
    """«… Министерством образования …» over unheaded rows: its events are education's, the first part's culture's —
    each part's body kept as its events' sector."""
    report = build_report(read_bytes(_txt(THREE_WITHOUT_HEADINGS), "органы.txt"))
    keys = [e.sector_key for e in report.events]
    assert keys[:2] == ["culture_tourism"] * 2 and keys[2:5] == ["education_science"] * 3 and keys[5] == "sport", keys


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize("second, names", [
    P(_part(EDUCATION, [("1.", "Олимпиада школьников"), ("2.", "Обмен студентами")],
            period="в III квартале 2024 года (SYNTHETIC)"), "III квартале 2024", id="another_quarter"),
    P(_part(EDUCATION.replace("Смоленской области", "Брянской области"), [("1.", "Олимпиада школьников")]),
      "Брянской области", id="another_region"),
])
def test_another_period_or_regions_second_report_keeps_todays_rule(kind, second, names):
    """The control: a second report of another quarter or region is no part — the first loads, a warning says so."""
    parts = [TWO_WITH_HEADINGS[0], second]
    report = build_report(read_bytes(_txt(parts) if kind == "txt" else _docx(parts), f"два.{kind}"))
    assert len(report.events) == 3
    warnings = [i.message for i in report.issues if i.severity == "warning" and "два отчёта" in i.message]
    assert len(warnings) == 1 and names in warnings[0], report.issues
    assert not [i for i in report.issues if i.message.startswith("часть «")]


def test_the_first_title_again_over_numbers_going_on_is_no_part():
    """The control: the first title typed again at a page's top with the events numbered on is a page header."""
    first = _part(CULTURE, [("1.", "Гастроли театра"), ("2.", "Выставка картин")])
    again = _part(CULTURE, [("3.", "Фестиваль"), ("4.", "Концерт")], day=10)
    again = (again[0], again[1][1:])
    report = build_report(read_bytes(_txt([first, again]), "страница.txt"))
    assert [e.n for e in report.events] == [1, 2, 3, 4]
    assert not [i for i in report.issues if i.message.startswith("часть «") or "два отчёта" in i.message]


def test_a_part_repeating_a_number_inside_it_is_still_refused():
    """The control: two events «1» inside one body's part are the clerk's slip, not a new part — refused, named."""
    from etl.errors import ReportError

    parts = [TWO_WITH_HEADINGS[0],
             _part(EDUCATION, [("1.", "Олимпиада школьников"), ("1.", "Обмен студентами")], day=10)]
    with pytest.raises(ReportError, match="номер мероприятия 1 повторяется"):
        build_report(read_bytes(_txt(parts), "повтор.txt"))


# ---------- 2. a second title naming a quarter but no year over its own table ----------

@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize("period", [
    P("в IV квартале (SYNTHETIC)", id="v_quarter_no_year"),
    P("за IV квартал", id="za_quarter_no_year"),
    P("за 4-й квартал", id="arabic_ordinal_no_year"),
])
def test_a_bodys_title_naming_this_quarter_without_a_year_is_a_part(kind, period):
    """Decided (docs/hostile-inputs.md row 127): a block that begins as a title, names the region and THIS quarter
    but no year, over rows numbered from 1 again, is the same quarter's next part — the file's year is the first
    title's. Was ОШИБКА «номер мероприятия 1 повторяется»."""
    parts = [TWO_WITH_HEADINGS[0],
             _part(EDUCATION, [("1.", "Олимпиада школьников"), ("2.", "Обмен студентами")], period=period, day=10)]
    report = build_report(read_bytes(_txt(parts) if kind == "txt" else _docx(parts), f"без_года.{kind}"))
    assert (report.year, report.quarter, [e.n for e in report.events]) == (2024, 4, [1, 2, 3, 4, 5])
    parts_said = [i.message for i in report.issues if i.message.startswith("часть «")]
    assert len(parts_said) == 2 and "№ 1 → № 4, № 2 → № 5" in parts_said[1], parts_said


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_a_title_naming_another_quarter_without_a_year_is_refused_as_a_second_report(kind):
    """Another quarter named with no year: no part of this one (which year?) — still refused whole, and the message
    now says the numbering starts again under that title, that it looks like a second report, and what to do."""
    from etl.errors import ReportError

    parts = [TWO_WITH_HEADINGS[0],
             _part(EDUCATION, [("1.", "Олимпиада школьников")], period="в III квартале (SYNTHETIC)", day=10)]
    with pytest.raises(ReportError) as caught:
        build_report(read_bytes(_txt(parts) if kind == "txt" else _docx(parts), f"другой.{kind}"))
    message = caught.value.message
    assert message.startswith("номер мероприятия 1 повторяется: нумерация начинается заново под «Отчет о "), message
    assert "Министерством образования" in message and "похоже, это второй отчёт" in message, message
    assert "отдельным файлом" in message and ("в строке" in message), message


def test_the_second_report_refusal_reads_in_english():
    from analytics.i18n import message_text
    from etl.errors import ReportError

    parts = [TWO_WITH_HEADINGS[0],
             _part(EDUCATION, [("1.", "Олимпиада школьников")], period="в III квартале (SYNTHETIC)", day=10)]
    with pytest.raises(ReportError) as caught:
        build_report(read_bytes(_txt(parts), "другой.txt"))
    english = message_text(caught.value.message, "en")
    assert english.startswith("event number 1 is repeated: the numbering starts again under «Отчет"), english
    assert "it looks like a second report" in english, english


# ---------- 5. a text dump whose «№» column is not the first ----------

ORDER_ROWS = [
    ("Сотрудничество в сфере образования",),
    {"number": "1.", "title": "Олимпиада школьников Союзного государства", "dates": "12 ноября 2025 г.",
     "venue": "г. Минск, Республика Беларусь", "people": "25 человек"},
    {"number": "2.", "title": "Семинар учителей русского языка", "dates": "3–5 декабря 2025 г.",
     "venue": "г. Брянск", "people": "30 человек"},
    ("Культура",),
    {"number": "3.", "title": "Гастроли театра кукол", "dates": "20 октября 2025 г.", "venue": "г. Гомель",
     "people": "18 человек"},
]
NAMES = {"number": "№ п/п", "title": "Наименование мероприятия", "dates": "Сроки проведения",
         "venue": "Место проведения", "people": "Участники"}


def _ordered_dump(order: list[str]) -> bytes:
    cells = [NAMES[k] for k in order]
    for row in ORDER_ROWS:
        cells += list(row) if isinstance(row, tuple) else [row[k] for k in order]
    return (TITLE + "\n\n" + "\n".join("\t" + c for c in cells) + "\n").encode("utf-8")


@pytest.mark.parametrize("order", [
    P(["dates", "number", "title", "venue", "people"], id="dates_first"),
    P(["title", "dates", "number", "venue", "people"], id="number_third"),
    P(["venue", "dates", "title", "people", "number"], id="number_last"),
    P(["number", "dates", "title", "venue", "people"], id="number_first_control"),
])
def test_a_dump_whose_number_column_is_not_first_reads_row_by_row(order):
    """Each row begins as many cells before its number as the header puts before «№»: a date (or a title) first
    was read as a heading and every later row ran one cell out of step (events unnumbered, no dates)."""
    from datetime import date

    report = build_report(read_bytes(_ordered_dump(order), "порядок.txt"))
    got = [(e.n, e.title, e.start_date, e.venue_city, e.attendance_total, e.sector) for e in report.events]
    assert got == [
        (1, "Олимпиада школьников Союзного государства", date(2025, 11, 12), "Минск", 25,
         "Сотрудничество в сфере образования"),
        (2, "Семинар учителей русского языка", date(2025, 12, 3), "Брянск", 30, "Сотрудничество в сфере образования"),
        (3, "Гастроли театра кукол", date(2025, 10, 20), "Гомель", 18, "Культура")]
    assert not [i for i in report.issues if i.severity == "warning"], [i.message for i in report.issues]


# ---------- 6. the SYNTHETIC Ивановская report (tests/fixtures/build_next_reports17.py) ----------

from pathlib import Path  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize("name", ["synthetic_ivanovo_2025q4_next_report17.txt",
                                  "synthetic_ivanovo_2025q4_next_report17.docx"])
def test_the_ivanovo_report_reads_as_a_person_reads_it(name):
    """«Сроки» first and «Место» last, numbers «№1», «2)», «3.», dates as a month, a decade, the quarter; counts
    «около 40», «свыше 100», «40+», «15 чел. (в т.ч. 6 иностранных)»; «ё» throughout."""
    from datetime import date

    report = build_report(read_bytes((FIXTURES / name).read_bytes(), name))
    assert (report.region, report.year, report.quarter) == ("Ивановская область", 2025, 4)
    got = [(e.n, e.sector_key, e.start_date, e.end_date, e.venue_city, e.venue_country, e.partner_countries,
            e.attendance_total, e.attendance_lower_bound, e.attendance_approximate, e.attendance_foreign, e.agreement)
           for e in report.events]
    assert got == [
        (1, "economy", date(2025, 10, 1), date(2025, 10, 31), "Иваново", "RU", ["UZ"], 40, False, True, None,
         "signed"),
        (2, "economy", date(2025, 11, 11), date(2025, 11, 20), "Ташкент", "UZ", ["UZ"], 100, True, False, None,
         "verbal"),
        (3, "culture_tourism", date(2025, 10, 1), date(2025, 12, 31), "Иваново", "RU", ["VN"], 40, True, False, None,
         None),
        (4, "culture_tourism", date(2025, 12, 5), date(2025, 12, 5), "Иваново", "RU", ["BY"], 15, False, False, 6,
         None),
    ]
    assert [e.title.split()[0] for e in report.events] == ["Приём", "Участие", "Цикл", "Концерт"]
    assert [e.raw["content"].split()[0] for e in report.events] == ["Подписаны", "Достигнута", "Проведено", "Зал"]
    assert not [i for i in report.issues if i.severity == "warning"], [i.message for i in report.issues]
    infos = [(i.event, i.message) for i in report.issues if i.severity == "info"]
    assert (2, "указана декада месяца: приняты её границы") in infos and \
        (3, "указан только квартал: приняты его границы") in infos, infos


def test_the_ivanovo_fixtures_are_what_the_builder_writes():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build17", FIXTURES / "build_next_reports17.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    assert (FIXTURES / "synthetic_ivanovo_2025q4_next_report17.txt").read_text(encoding="utf-8") == \
        builder.ivanovo_text()
    assert "SYNTHETIC" in builder.IVANOVO_TITLE[1]
