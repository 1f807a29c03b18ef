"""The next report, second round: three SYNTHETIC quarterly reports unlike the ones before
(tests/fixtures/build_next_reports2.py writes them): Приморский край, IV quarter 2025, copied into
Notepad (partners in China, Korea, Japan, Vietnam, Mongolia); Ростовская область, I quarter 2026, a Word
text dump (станицы «ст.», хутора «х.», villages «с.», «пгт», towns of the region without «г.»);
Калининградская область, I quarter 2026, a .docx as a Word user saves it (a header table apart from one
data table per sector, a landscape section, dates and counts in words, «Итого» and a footnote). Each rule
found missing by reading them is tested here with cases of its own, then the three reports are loaded
through the real CLI."""
from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

from etl.dates import parse_dates
from etl.geo import foreign_regions, parse_venue, region_countries
from etl.normalize import build_report
from etl.read import read_bytes
from etl.title import home_of

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PRIMORYE = FIXTURES / "synthetic_primorye_2025q4_next_report2.txt"
ROSTOV = FIXTURES / "synthetic_rostov_2026q1_next_report2.txt"
KALININGRAD = FIXTURES / "synthetic_kaliningrad_2026q1_next_report2.docx"

HEADER = ("№ п/п", "Наименование мероприятия", "Место проведения", "Сроки проведения", "Участники")


def _report(region_genitive: str, venue: str, dates: str = "10 февраля 2026 г."):
    """A one-event SYNTHETIC report of a region, the table copied into Notepad."""
    rows = [HEADER, ("Сотрудничество в сфере культуры",), ("1.", "Фестиваль «Дружба»", venue, dates, "30 человек")]
    text = "\n".join([f"Отчет о международных мероприятиях {region_genitive} в I квартале 2026 года",
                      *("\t".join(row) for row in rows)]) + "\n"
    return build_report(read_bytes(text.encode("utf-8"), "r.txt"))


# ---------- станицы, хутора, сёла, аулы: the place after its kind is the venue's ----------

@pytest.mark.parametrize("venue, city", [
    pytest.param("ст. Раздорская, Усть-Донецкий район", "Раздорская", id="stanitsa_short"),
    pytest.param("х. Недвиговка, Мясниковский район", "Недвиговка", id="khutor_short"),
    pytest.param("хут. Старозолотовский", "Старозолотовский", id="khutor_other_short"),
    pytest.param("станица Старочеркасская, музей-заповедник", "Старочеркасская", id="stanitsa_written_out"),
    pytest.param("хутор Пухляковский", "Пухляковский", id="khutor_written_out"),
    pytest.param("аул Гуниб, Гунибский район", "Гуниб", id="aul"),
    pytest.param("село Ахты", "Ахты", id="selo_written_out"),
    pytest.param("посёлок Рассвет", "Рассвет", id="posyolok_written_out"),
])
def test_rural_kinds_name_the_venue(venue, city):
    assert parse_venue(venue).city == city
    assert parse_venue(venue).country == "RU"


@pytest.mark.parametrize("region, venue, home", [
    pytest.param("Ростовская область", "ст. Раздорская, Усть-Донецкий район", True, id="stanitsa_home"),
    pytest.param("Ростовская область", "х. Недвиговка", True, id="khutor_home"),
    pytest.param("Ростовская область", "с. Чалтырь", True, id="selo_home"),
    pytest.param("Ростовская область", "пгт Каменоломни", True, id="pgt_home"),
    pytest.param("Республика Дагестан", "аул Гуниб", True, id="aul_home"),
    pytest.param("Краснодарский край", "станица Тамань, Темрюкский район", True, id="stanitsa_written_out_home"),
    pytest.param("Ростовская область", "ст. Вёшенская, Волгоградская область", False, id="another_region_named"),
    pytest.param("Ростовская область", "с. Ивановка, Республика Беларусь", False, id="a_country_named"),
    pytest.param("Ростовская область", "д. Талашкино, Смоленская обл.", False, id="another_region_short"),
    pytest.param("Ростовская область", "ул. Ленина, д. 5", False, id="a_house_number_is_no_village"),
    pytest.param("Смоленская область", "аг. Лынтупы", False, id="belarusian_agrotown"),
])
def test_a_village_named_without_its_region_is_home(region, venue, home):
    assert home_of(region).mentioned_in(venue) is home


# ---------- towns of the region written without «г.»; Rostov oblast's towns are known ----------

@pytest.mark.parametrize("region, venue, city, home", [
    pytest.param("Ростовская область", "Таганрог, Азов", "Таганрог", True, id="two_towns_first_is_the_venue"),
    pytest.param("Ростовская область", "Волгодонск", "Волгодонск", True, id="one_town"),
    pytest.param("Ростовская область", "Новочеркасск, ст. Вёшенская", "Новочеркасск", True,
                 id="bare_town_before_a_stanitsa"),
    pytest.param("Ростовская область", "г. Шахты", "Шахты", True, id="rostov_town_with_g"),
    pytest.param("Ростовская область", "г. Батайск, стадион «Труд»", "Батайск", True, id="rostov_town_and_place"),
    pytest.param("Ростовская область", "Белая Калитва, Дворец культуры", "Белая Калитва", True, id="two_word_town"),
    pytest.param("Приморский край", "Уссурийск, Дом культуры", "Уссурийск", True, id="primorye_town"),
    pytest.param("Республика Татарстан", "Нижнекамск, Ледовый дворец", "Нижнекамск", True, id="tatarstan_town"),
    pytest.param("Смоленская область", "Таганрог, Азов", "Таганрог", False, id="a_town_of_another_region"),
    pytest.param("Новгородская область", "Нижний Новгород, Нижегородская ярмарка", "Нижний Новгород", False,
                 id="a_centre_of_two_words_is_no_town_of_one"),
])
def test_towns_without_their_kind(region, venue, city, home):
    assert parse_venue(venue).city == city
    assert home_of(region).mentioned_in(venue) is home


def test_rostov_oblast_has_its_towns():
    with open(ROOT / "etl" / "reference" / "ru_towns.csv", encoding="utf-8") as handle:
        towns = {row["town"]: row["region"] for row in csv.DictReader(handle)}
    assert {name: towns.get(name) for name in ("Таганрог", "Шахты", "Батайск", "Волгодонск", "Азов")} == dict.fromkeys(
        ("Таганрог", "Шахты", "Батайск", "Волгодонск", "Азов"), "Ростовская область")


# ---------- a town several regions share, or a foreign city's namesake ----------

@pytest.mark.parametrize("region, venue, home", [
    pytest.param("Калининградская область", "г. Советск", True, id="shared_name_own_region"),
    pytest.param("Кировская область", "г. Советск", True, id="shared_name_other_holder"),
    pytest.param("Тульская область", "Советск, ДК «Шахтёр»", True, id="shared_name_bare"),
    pytest.param("Смоленская область", "г. Советск", False, id="shared_name_not_a_holder"),
    pytest.param("Калининградская область", "г. Советск, Кировская область", False, id="shared_name_region_named"),
    pytest.param("Калининградская область", "г. Светлогорск", True, id="foreign_namesake_home"),
    pytest.param("Калининградская область", "г. Светлогорск, Республика Беларусь", False, id="foreign_named"),
])
def test_a_shared_town_name_is_the_reporting_regions(region, venue, home):
    assert home_of(region).mentioned_in(venue) is home


@pytest.mark.parametrize("region, venue, country, direction", [
    pytest.param("Калининградской области", "г. Светлогорск", "RU", "inbound", id="kaliningrad_own_town"),
    pytest.param("Калининградской области", "г. Светлогорск, Гомельская область", "BY", "outbound",
                 id="kaliningrad_region_of_belarus_named"),
    pytest.param("Калининградской области", "г. Светлогорск (Республика Беларусь)", "BY", "outbound",
                 id="kaliningrad_country_named"),
    pytest.param("Смоленской области", "г. Светлогорск", "BY", "outbound", id="another_region_reads_belarus"),
])
def test_a_foreign_citys_namesake_in_the_reporting_region(region, venue, country, direction):
    event = _report(region, venue).events[0]
    assert (event.venue_country, event.direction) == (country, direction)


# ---------- an institution named after a foreign city gives its country ----------

@pytest.mark.parametrize("text, countries", [
    pytest.param("Визит ректора Бакинского государственного университета в ЮФУ", ["AZ"], id="baku_university"),
    pytest.param("Гастроли Ереванского академического театра оперы", ["AM"], id="yerevan_theatre"),
    pytest.param("Приём делегации Даляньского морского университета", ["CN"], id="dalian_university"),
    pytest.param("Студенты Сеульского национального университета", ["KR"], id="seoul_university"),
    pytest.param("Выставка Тбилисского музея", ["GE"], id="tbilisi_museum"),
    pytest.param("Делегация Минского тракторного завода", ["BY"], id="minsk_plant"),
    pytest.param("Встреча на Минском шоссе", [], id="a_road_is_no_institution"),
    pytest.param("Мастер-класс по пекинской кухне", [], id="a_cuisine_is_no_institution"),
])
def test_an_institution_of_a_foreign_city_is_a_partner(text, countries):
    rows = [HEADER, ("Сотрудничество в сфере образования",), ("1.", text, "г. Ростов-на-Дону", "10 февраля 2026 г.",
                                                              "5 человек")]
    source = "\n".join(["Отчет о международных мероприятиях Ростовской области в I квартале 2026 года",
                        *("\t".join(row) for row in rows)]) + "\n"
    event = build_report(read_bytes(source.encode("utf-8"), "r.txt")).events[0]
    assert list(event.partner_countries) == countries


# ---------- provinces of Korea, aimags of Mongolia, prefectures of Japan ----------

@pytest.mark.parametrize("text, region, country", [
    pytest.param("Визит делегации провинции Канвондо", "Провинция Канвондо", "KR", id="korean_province"),
    pytest.param("Переговоры с губернатором провинции Кёнгидо", "Провинция Кёнгидо", "KR", id="korean_province_yo"),
    pytest.param("Визит делегации аймака Дорнод", "Аймак Дорнод", "MN", id="mongolian_aimag"),
    pytest.param("Делегация аймака Сэлэнгэ", "Аймак Сэлэнгэ", "MN", id="mongolian_aimag_selenge"),
    pytest.param("Встреча с губернатором префектуры Тоттори", "Префектура Тоттори", "JP", id="japanese_prefecture"),
    pytest.param("Дни Хоккайдо в Приморье", "Префектура Хоккайдо", "JP", id="japanese_island_prefecture"),
])
def test_far_eastern_partners_regions(text, region, country):
    assert foreign_regions([text]) == [region]
    assert region_countries([region]) == [country]


# ---------- dates: ordinal day words, ordinal quarter endings ----------

@pytest.mark.parametrize("raw, start, end", [
    pytest.param("восемнадцатое января 2026 г.", date(2026, 1, 18), date(2026, 1, 18), id="ordinal_day"),
    pytest.param("двадцать пятого марта 2026 года", date(2026, 3, 25), date(2026, 3, 25), id="compound_genitive"),
    pytest.param("с третьего по пятое июня 2026 г.", date(2026, 6, 3), date(2026, 6, 5), id="ordinal_range_po"),
    pytest.param("тридцать первое декабря 2025 г.", date(2025, 12, 31), date(2025, 12, 31), id="thirty_first"),
    pytest.param("десятое-двенадцатое мая 2026", date(2026, 5, 10), date(2026, 5, 12), id="ordinal_range_dash"),
    pytest.param("двадцатое – 22 мая 2026 г.", date(2026, 5, 20), date(2026, 5, 22), id="ordinal_then_digits"),
    pytest.param("18-ое ноября 2025 г.", date(2025, 11, 18), date(2025, 11, 18), id="digits_with_ordinal_ending"),
    pytest.param("с 3-его по 5-ое марта 2026 г.", date(2026, 3, 3), date(2026, 3, 5), id="digits_endings_range"),
    pytest.param("1-ый квартал 2026 г.", date(2026, 1, 1), date(2026, 3, 31), id="quarter_yi"),
    pytest.param("2-ой квартал 2026 года", date(2026, 4, 1), date(2026, 6, 30), id="quarter_oi"),
    pytest.param("3-го квартала 2026 г.", date(2026, 7, 1), date(2026, 9, 30), id="quarter_go"),
])
def test_days_and_quarters_in_ordinal_words(raw, start, end):
    parsed = parse_dates(raw, 2026)
    assert (parsed.start, parsed.end) == (start, end)


@pytest.mark.parametrize("raw", ["пятое заседание", "первое полугодие 2025"])
def test_an_ordinal_word_without_a_month_is_no_day(raw):
    parsed = parse_dates(raw, 2026)
    assert parsed.start is None or (parsed.start, parsed.end) == (date(2025, 1, 1), date(2025, 6, 30))


# ---------- the three reports through the real CLI ----------

@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    db = tmp_path_factory.mktemp("next2") / "next2.duckdb"
    result = subprocess.run([sys.executable, "-m", "etl", "--db", str(db), "load", str(PRIMORYE), str(ROSTOV),
                             str(KALININGRAD)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    connection = duckdb.connect(str(db), read_only=True)
    yield connection
    connection.close()


def _events(connection, region: str) -> dict[int, dict]:
    cursor = connection.execute("SELECT * FROM events WHERE region = ? ORDER BY n", [region])
    names = [d[0] for d in cursor.description]
    return {row[names.index("n")]: dict(zip(names, row)) for row in cursor.fetchall()}


def test_reports_load_with_their_regions_and_quarters(loaded):
    assert loaded.execute("SELECT region, year, quarter, event_count FROM reports ORDER BY region").fetchall() == [
        ("Калининградская область", 2026, 1, 11), ("Приморский край", 2025, 4, 18), ("Ростовская область", 2026, 1, 18)]


def test_primorye_partners_venues_and_towns(loaded):
    events = _events(loaded, "Приморский край")
    assert [(events[n]["venue_city"], events[n]["venue_country"]) for n in (1, 3, 7, 15)] == [
        ("Харбин", "CN"), ("Пусан", "KR"), ("Ханой", "VN"), ("Суйфэньхэ", "CN")]
    assert [events[n]["direction"] for n in (4, 8, 9, 13, 16, 17, 18)] == ["inbound"] * 7  # towns of the krai
    assert (events[5]["format"], events[5]["venue_country"]) == ("online", "JP")  # «Япония (онлайн)»
    assert list(events[14]["partner_countries"]) == ["KP"] and list(events[8]["partner_countries"]) == ["CN", "MN", "KR"]
    assert (events[16]["attendance_total"], events[16]["attendance_foreign"]) == (120, 35)
    assert [list(events[n]["foreign_regions"]) for n in (2, 4, 9)] == [
        ["Провинция Хэйлунцзян"], ["Провинция Канвондо"], ["Аймак Дорнод"]]


def test_rostov_villages_stanitsas_and_bare_towns(loaded):
    events = _events(loaded, "Ростовская область")
    assert [events[n]["venue_city"] for n in (2, 4, 6, 7, 8, 9, 12, 15, 16, 17, 18)] == [
        "Таганрог", "Шахты", "Раздорская", "Недвиговка", "Каменоломни", "Старочеркасская", "Новочеркасск",
        "Волгодонск", "Батайск", "Чалтырь", "Старозолотовский"]
    assert [n for n, e in events.items() if e["direction"] == "elsewhere_in_russia"] == []
    assert [(events[n]["venue_city"], events[n]["venue_country"]) for n in (1, 5, 10, 11)] == [
        ("Анкара", "TR"), ("Сухум", "AB"), ("Ереван", "AM"), ("Баку", "AZ")]
    assert list(events[17]["partner_countries"]) == []  # Дагестан is Russia
    assert list(events[13]["partner_countries"]) == ["AZ"]  # «Бакинского государственного университета»


def test_kaliningrad_word_tables_dates_and_towns(loaded):
    events = _events(loaded, "Калининградская область")
    assert sorted({e["sector_key"] for e in events.values()}) == ["culture_tourism", "economy", "education_science"]
    assert [(str(events[n]["start_date"]), str(events[n]["end_date"])) for n in (1, 2, 3, 9)] == [
        ("2026-03-03", "2026-03-05"), ("2026-01-18", "2026-01-18"), ("2026-03-03", "2026-03-05"),
        ("2026-01-01", "2026-03-31")]
    assert [(events[n]["venue_country"], events[n]["direction"]) for n in (3, 7, 9, 11)] == [("RU", "inbound")] * 4
    assert (events[2]["attendance_total"], events[2]["attendance_approximate"]) == (20, True)
    assert events[6]["attendance_total"] == 25
    issues = loaded.execute("SELECT count(*) FROM parse_issues p JOIN reports r USING (report_id) "
                            "WHERE r.region = 'Калининградская область' AND p.severity = 'warning'").fetchone()
    assert issues == (0,)
