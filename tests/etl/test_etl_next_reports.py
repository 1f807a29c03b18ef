"""The next report, read end to end: three SYNTHETIC quarterly reports of other regions, written by
other clerks in other templates (tests/fixtures/synthetic_tatarstan_2025q2_next_report.txt — a Word
text dump with outline sub-headings, extra columns, the header repeated after a page break, a footnote
and an «Итого» row; «Отчет о международных … Новгородской области за 1 квартал 2025 года (SYNTHETIC).docx»
— no title inside, the header repeated, the reporting bodies as headings, cells merged over two
events; synthetic_altai_2025q3_next_report.txt — the table copied into Notepad, «Раздел N.» headings,
count columns, a spare numbered row left empty). Each rule found missing by reading them is tested
here with cases of its own, then the three reports are loaded through the real CLI."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import docx
import duckdb
import pytest

from etl.geo import mentions_unnamed_foreign
from etl.layout import column_role, grid_from_text, heading_name, split_layout
from etl.normalize import build_report
from etl.read import read_bytes
from etl.title import home_of

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
TATARSTAN = FIXTURES / "synthetic_tatarstan_2025q2_next_report.txt"
NOVGOROD = FIXTURES / ("Отчет о международных и внешнеэкономических мероприятиях Новгородской области "
                       "за 1 квартал 2025 года (SYNTHETIC).docx")
ALTAI = FIXTURES / "synthetic_altai_2025q3_next_report.txt"

TITLE = "Отчет о международных мероприятиях Псковской области во II квартале 2025 года"  # SYNTHETIC
HEADER = ("№ п/п", "Наименование мероприятия", "Место проведения", "Сроки проведения", "Участники")


def _dump(rows: list[tuple[str, ...]], header: tuple[str, ...] = HEADER) -> str:
    """The table copied into Notepad: a row per line, cells separated by TABs, a heading a line of its own."""
    return "\n".join([TITLE, *("\t".join(row) for row in [header, *rows])]) + "\n"


def _event(n: int, title: str = "Визит делегации", venue: str = "г. Псков", dates: str = "10 апреля 2025 г.",
           people: str = "10 человек") -> tuple[str, ...]:
    return (f"{n}.", title, venue, dates, people)


def _sectors(text: str) -> list[tuple[int, str]]:
    report = build_report(read_bytes(text.encode("utf-8"), "r.txt"))
    return [(e.n, e.sector_key) for e in report.events]


# ---------- outline headings: a sub-section sits inside its section ----------

OUTLINE_CASES = [
    pytest.param([("1. Торгово-экономическое сотрудничество",), ("1.1. Выставки и ярмарки",), _event(1),
                  ("1.2. Переговоры и визиты",), _event(2)],
                 [(1, "industry_trade"), (2, "industry_trade")], id="sub_sections_not_sectors_fall_to_their_section"),
    pytest.param([("2. Гуманитарное сотрудничество",), ("2.1. Культура",), _event(1), ("2.2. Образование и наука",),
                  _event(2)],
                 [(1, "culture_tourism"), (2, "education_science")], id="sub_sections_that_are_sectors_win"),
    pytest.param([("1. Экономика",), ("1.1. Выставки",), _event(1), ("2. Здравоохранение",), _event(2),
                  ("2.1. Конференции",), _event(3)],
                 [(1, "economy"), (2, "health"), (3, "health")], id="a_new_section_closes_the_old_sub_sections"),
    pytest.param([("Сотрудничество в сфере спорта",), ("Соревнования",), _event(1), _event(2)],
                 [(1, "sport"), (2, "sport")], id="unnumbered_heading_right_under_another"),
    pytest.param([("Раздел II. Сотрудничество в сфере образования",), ("2.3) Олимпиады и конкурсы",), _event(1)],
                 [(1, "education_science")], id="roman_section_and_bracketed_outline"),
    pytest.param([("1. Молодёжная политика",), ("1.1.1. Форумы",), _event(1)],
                 [(1, "youth")], id="three_levels"),
]


@pytest.mark.parametrize("rows, expected", OUTLINE_CASES)
def test_outline_sub_headings_sit_inside_their_section(rows, expected):
    assert _sectors(_dump(rows)) == expected


def test_plain_headings_still_start_new_sectors():
    rows = [("Сотрудничество в сфере культуры",), _event(1), ("Сотрудничество в сфере спорта",), _event(2)]
    assert _sectors(_dump(rows)) == [(1, "culture_tourism"), (2, "sport")]


@pytest.mark.parametrize("text, name", [
    ("1.1. Выставки и ярмарки", "Выставки и ярмарки"),
    ("2.3) Олимпиады", "Олимпиады"),
    ("Подраздел 1.2. Визиты", "Визиты"),
    ("1.2.1 Форумы", "Форумы"),
    ("III. Спорт", "Спорт"),
])
def test_heading_name_drops_outline_numbers(text, name):
    assert heading_name(text) == name


def test_unknown_sub_heading_without_known_section_is_kept_as_written():
    report = build_report(read_bytes(_dump([("1. Прочее",), ("1.1. Разное",), _event(1)]).encode(), "r.txt"))
    assert report.events[0].sector_key != "unspecified"
    assert [e.sector for e in report.events] in (["Прочее"], ["Разное"])


# ---------- a numbered row of the form left empty is no event ----------

def test_a_numbered_row_with_nothing_else_is_no_event_in_a_word_text_dump():
    lines = [TITLE, "", *("\t" + cell for cell in HEADER), "", "\tСотрудничество в сфере культуры", ""]
    for row in (_event(1), _event(2), ("3.", "", "", "", ""), ("4", " ", "", "", "")):
        lines += ["\t" + cell for cell in row] + [""]
    report = build_report(read_bytes("\n".join(lines).encode(), "r.txt"))
    assert [e.n for e in report.events] == [1, 2]
    assert [i.message for i in report.issues if "только номер" in i.message] == [
        "строка 5 таблицы содержит только номер: пустая строка формы пропущена, мероприятием не считается",
        "строка 6 таблицы содержит только номер: пустая строка формы пропущена, мероприятием не считается"]


def test_a_numbered_row_with_nothing_else_is_no_event_in_notepad_rows_and_word():
    rows = [HEADER, ("Сотрудничество в сфере спорта", "", "", "", ""), _event(1), ("2", "", "", "", "")]
    tab_text = TITLE + "\n" + "\n".join("\t".join(r) for r in rows) + "\n"
    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=0, cols=len(HEADER))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    for data, name in ((tab_text.encode(), "r.txt"), (buffer.getvalue(), "r.docx")):
        assert [e.n for e in build_report(read_bytes(data, name)).events] == [1], name


def test_a_row_with_its_number_and_only_a_title_stays_an_event():
    text = _dump([("Сотрудничество в сфере спорта",), _event(1), ("2.", "Турнир по самбо", "", "", "")])
    assert [e.n for e in build_report(read_bytes(text.encode(), "r.txt")).events] == [1, 2]


# ---------- who paid: a known column, not an unrecognised one ----------

@pytest.mark.parametrize("header", ["Источник финансирования", "Источники финансирования", "Финансирование",
                                    "Объём финансирования, тыс. руб.", "Затраты (руб.)", "Стоимость"])
def test_funding_columns_are_known(header):
    assert column_role(header) == "funding"


def test_a_funding_column_is_kept_and_not_warned_about():
    header = HEADER + ("Источник финансирования",)
    text = _dump([("Сотрудничество в сфере спорта",), _event(1) + ("Областной бюджет",)], header)
    report = build_report(read_bytes(text.encode(), "r.txt"))
    assert [i for i in report.issues if i.field == "column"] == []
    layout = split_layout(grid_from_text(text))
    assert layout.events[0].cells["funding"] == "Областной бюджет"
    assert report.events[0].venue_city == "Псков"


# ---------- the home region: a two-word centre, a district named by the region, a town of it ----------

@pytest.mark.parametrize("region, venue, home", [
    ("Новгородская область", "г. Великий Новгород", True),
    ("Новгородская область", "в Великом Новгороде, НовГУ", True),
    ("Нижегородская область", "Нижний Новгород, Нижегородская ярмарка", True),
    ("Новгородская область", "г. Нижний Новгород", False),
    ("Новгородская область", "Новгородский район, д. Лешино", True),
    ("Смоленская область", "Смоленского р-на, д. Талашкино", True),
    ("Алтайский край", "Алтайский район, с. Алтайское", True),
    ("Новгородская область", "г. Боровичи", True),
    ("Республика Татарстан", "в г. Набережных Челнах", True),
    ("Алтайский край", "г. Белокуриха", True),
    ("Алтайский край", "делегация г. Бийска", True),
    ("Смоленская область", "г. Вязьма, Смоленский проезд", True),
    ("Краснодарский край", "г. Сочи, Олимпийский парк", True),
    ("Московская область", "г. Солнечногорск", True),
    ("Смоленская область", "г. Сочи, Олимпийский парк", False),
    ("Смоленская область", "г. Солнечногорск, Московская область", False),
    ("Смоленская область", "г. Минск", False),
    ("Смоленская область", "г. Рославль, Нижегородская область", False),  # the clerk's words win
    ("Смоленская область", "г. Ярцево, Чувашская Республика", False),
    ("Смоленская область", "г. Ярцево (Республика Тыва)", False),
    ("Смоленская область", "магазин «Свiтанак» (Республика Беларусь) в г. Ярцево", True),
    ("Смоленская область", "г. Рославль, делегация Витебской области", True),
    ("Алтайский край", "г. Бийск, делегация Китайской Народной Республики", True),
    ("Смоленская область", "смоленских вузов", False),
    ("Новгородская область", "Великая Отечественная война", False),
])
def test_home_is_read_from_two_word_centres_districts_and_towns(region, venue, home):
    assert home_of(region).mentioned_in(venue) is home


# ---------- people from a number of countries are foreigners not named ----------

@pytest.mark.parametrize("text, unnamed", [
    ("более 15 тыс. участников из 87 стран", True),
    ("95 школьников из 11 стран", True),
    ("гости из двенадцати стран", True),
    ("представители 14 государств", True),
    ("участники из более чем 20 стран", True),
    ("делегации 21 страны", True),
    ("из 1 страны", False),
    ("продукция поставляется в 30 стран", False),
    ("из обеих стран", False),
    ("из этих стран", False),
])
def test_people_from_a_number_of_countries(text, unnamed):
    assert mentions_unnamed_foreign([text]) is unnamed


# ---------- a footnote's mark is not part of the title ----------

@pytest.mark.parametrize("title, expected", [
    ("Фестиваль «Тукаевские чтения»*", "Фестиваль «Тукаевские чтения»"),
    ("Международный форум**", "Международный форум"),
    ("Международный форум ¹", "Международный форум"),
    ("Фестиваль «Звёзды*»", "Фестиваль «Звёзды*»"),
    ("Кубок 2025", "Кубок 2025"),
])
def test_a_footnote_mark_is_not_part_of_the_title(title, expected):
    text = _dump([("Сотрудничество в сфере культуры",), _event(1, title=title)])
    report = build_report(read_bytes(text.encode(), "r.txt"))
    assert report.events[0].title == expected
    assert report.events[0].raw["title"].strip() == title


# ---------- the three reports through the real CLI ----------

@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    db = tmp_path_factory.mktemp("next") / "next.duckdb"
    result = subprocess.run([sys.executable, "-m", "etl", "--db", str(db), "load", str(TATARSTAN), str(NOVGOROD),
                             str(ALTAI)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    connection = duckdb.connect(str(db), read_only=True)
    yield connection
    connection.close()


def _events(connection, region: str) -> dict[int, dict]:
    cursor = connection.execute("SELECT * FROM events WHERE region = ? ORDER BY n", [region])
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row)) for row in cursor.fetchall()]
    return {row["n"]: row for row in rows}


def _sector_counts(connection, region: str) -> dict[str, int]:
    return dict(connection.execute("SELECT sector_key, count(*) FROM events WHERE region = ? GROUP BY 1",
                                   [region]).fetchall())


def test_reports_load_with_their_regions_and_quarters(loaded):
    assert loaded.execute("SELECT region, year, quarter, event_count FROM reports ORDER BY region").fetchall() == [
        ("Алтайский край", 2025, 3, 13), ("Новгородская область", 2025, 1, 13), ("Республика Татарстан", 2025, 2, 17)]


def test_tatarstan_sectors_and_events(loaded):
    assert _sector_counts(loaded, "Республика Татарстан") == {
        "industry_trade": 6, "culture_tourism": 3, "education_science": 3, "youth": 3, "health": 2}
    events = _events(loaded, "Республика Татарстан")
    first = events[1]
    assert (str(first["start_date"]), str(first["end_date"]), first["venue_city"], first["venue_country"],
            first["attendance_total"], first["agreement"]) == ("2025-04-03", "2025-04-05", "Ташкент", "UZ", 18, "signed")
    assert (events[2]["attendance_total"], events[2]["attendance_lower_bound"], events[2]["unnamed_foreign"]) == (
        15000, True, True)
    assert (events[4]["attendance_total"], events[4]["attendance_foreign"]) == (12, 5)
    assert events[6]["format"] == "online" and events[6]["direction"] == "remote"
    assert (str(events[15]["start_date"]), str(events[15]["end_date"])) == ("2025-06-29", "2025-07-04")
    assert events[15]["direction"] == "inbound"  # «Лаишевский район, Республика Татарстан»
    assert events[14]["direction"] == "inbound"  # «г. Набережные Челны»
    assert events[10]["unnamed_foreign"] is True  # «95 школьников из 11 стран»
    assert events[8]["title"] == "Международный фестиваль тюркской поэзии «Тукаевские чтения»"
    funding = loaded.execute("SELECT count(*) FROM parse_issues WHERE message LIKE '%не распознан%'").fetchone()
    assert funding == (0,)


def test_novgorod_events_from_the_word_file(loaded):
    assert _sector_counts(loaded, "Новгородская область") == {
        "investment": 3, "culture_tourism": 5, "education_science": 3, "sport": 2}
    events = _events(loaded, "Новгородская область")
    assert (str(events[2]["start_date"]), events[2]["venue_city"], events[2]["venue_country"]) == (
        "2025-02-17", "Харбин", "CN")  # the date and the venue merged over events 1 and 2
    assert [events[n]["direction"] for n in (6, 8, 11)] == ["inbound"] * 3  # «г. Великий Новгород»
    assert (events[4]["attendance_total"], events[4]["attendance_lower_bound"]) == (3000, True)
    assert (events[6]["attendance_total"], events[6]["attendance_foreign"]) == (14, 6)
    assert [events[n]["direction"] for n in (12, 13)] == ["inbound"] * 2  # «г. Боровичи», merged over both
    assert events[3]["direction"] == "elsewhere_in_russia"  # Moscow


def test_altai_events_from_notepad_rows(loaded):
    assert _sector_counts(loaded, "Алтайский край") == {
        "economy": 4, "general": 3, "culture_tourism": 3, "education_science": 2, "sport": 1}
    events = _events(loaded, "Алтайский край")
    assert 14 not in events  # the spare numbered row
    assert [events[n]["direction"] for n in (4, 9)] == ["inbound"] * 2  # «г. Бийск», «г. Белокуриха»
    assert (str(events[1]["start_date"]), str(events[1]["end_date"]), events[1]["venue_city"],
            events[1]["venue_country"], events[1]["attendance_total"]) == (
        "2025-07-01", "2025-07-03", "Усть-Каменогорск", "KZ", 42)
    assert (events[2]["attendance_total"], events[2]["attendance_foreign"], str(events[2]["start_date"])) == (
        8, 3, "2025-07-18")
    assert (str(events[6]["start_date"]), str(events[6]["end_date"]), events[6]["format"]) == (
        "2025-07-01", "2025-09-30", "online")
    assert (events[13]["attendance_total"], events[13]["attendance_foreign"]) == (96, 32)
