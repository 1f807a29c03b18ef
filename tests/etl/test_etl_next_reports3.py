"""The next report, third round: three SYNTHETIC quarterly reports unlike the ones before
(tests/fixtures/build_next_reports3.py writes them): Республика Дагестан, II quarter 2026, copied into
Notepad (a «Зарубежные партнёры» column, mountain districts, Iranian provinces); Мурманская область,
III quarter 2025, a .docx of another clerk (dates before the title, «Иностранные участники» and
«Российские участники» in columns of their own, the header repeated on each page, «1.1.» numbering, an
empty sector, Norway/Finland/China/India, a partner named only by a route «Мурманск – Киркенес»);
Свердловская область, I quarter 2026, a Word text dump in cp1251 with CRLF under a long name with «ё».
Each rule found missing by reading them is tested here with cases of its own, then the three reports are
loaded through the real CLI."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl.geo import foreign_regions, parse_venue, partner_countries
from etl.layout import column_role
from etl.normalize import build_report
from etl.read import read_bytes
from etl.title import home_of

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
DAGESTAN = FIXTURES / "synthetic_dagestan_2026q2_next_report3.txt"
MURMANSK = FIXTURES / "synthetic_murmansk_2025q3_next_report3.docx"
SVERDLOVSK = FIXTURES / "Отчёт Свердловской области о международных мероприятиях за I квартал 2026 года (SYNTHETIC).txt"


def _report(header: tuple[str, ...], row: tuple[str, ...], region_genitive: str = "Мурманской области"):
    """A one-event SYNTHETIC report, the table copied into Notepad."""
    rows = [header, ("Сотрудничество в сфере культуры",), row]
    text = "\n".join([f"Отчет о международных мероприятиях {region_genitive} в III квартале 2025 года",
                      *("\t".join(cells) for cells in rows)]) + "\n"
    report = build_report(read_bytes(text.encode("utf-8"), "r.txt"))
    assert len(report.events) == 1
    return report.events[0]


# ---------- header words of other templates: partners, the two sides' columns, «всего / иностранных» ----------

@pytest.mark.parametrize("header, role", [
    pytest.param("Зарубежные партнёры", "countries", id="foreign_partners_plural"),
    pytest.param("Иностранные партнеры", "countries", id="foreign_partners_other_word"),
    pytest.param("Иностранный партнёр", "countries", id="foreign_partner_singular"),
    pytest.param("Иностранные государства-партнёры", "countries", id="states_partners"),
    pytest.param("Иностранные участники", "attendance_foreign", id="foreign_participants"),
    pytest.param("Зарубежные гости", "attendance_foreign", id="foreign_guests"),
    pytest.param("Иностранная делегация (чел.)", "attendance_foreign", id="foreign_delegation"),
    pytest.param("Российские участники", "attendance_home", id="russian_participants"),
    pytest.param("Российская сторона", "attendance_home", id="russian_side"),
    pytest.param("Участники с российской стороны", "attendance_home", id="participants_of_russian_side"),
    pytest.param("Количество участников (всего / в т.ч. иностранных)", "attendance_pair", id="pair_in_brackets"),
    pytest.param("Участники: всего/из них иностранных", "attendance_pair", id="pair_after_colon"),
])
def test_header_words_of_other_templates(header, role):
    assert column_role(header) == role


@pytest.mark.parametrize("header, role", [
    pytest.param("Участники", "participants", id="participants_alone"),
    pytest.param("в т.ч. иностранных", "attendance_foreign", id="of_them_foreign"),
    pytest.param("Количество участников", "attendance", id="count_column"),
    pytest.param("Страна-партнёр", "countries", id="partner_country"),
])
def test_header_words_read_before_stay(header, role):
    assert column_role(header) == role


SIDES = ("№ п/п", "Сроки проведения", "Наименование мероприятия", "Место проведения", "Иностранные участники",
         "Российские участники")


@pytest.mark.parametrize("foreign, home, total, of_them, flags, partners", [
    pytest.param("норвежская делегация – 15 чел.", "12 чел.", 27, 15, (False, False), ["NO"], id="adjective_side"),
    pytest.param("около 20", "15", 35, 20, (False, True), [], id="bare_numbers_about"),
    pytest.param("40 спортсменов из Норвегии и Финляндии", "200", 240, 40, (False, False), ["NO", "FI"],
                 id="from_countries"),
    pytest.param("гости из Финляндии и Китая – 45 чел.", "более 150", 195, 45, (True, False), ["FI", "CN"],
                 id="home_lower_bound"),
    pytest.param("—", "10 представителей компаний", 10, None, (False, False), [], id="no_foreigners_written"),
    pytest.param("китайская сторона – 12 детей", "18 детей", 30, 12, (False, False), ["CN"], id="children"),
])
def test_two_sides_in_columns_of_their_own(foreign, home, total, of_them, flags, partners):
    event = _report(SIDES, ("1", "12.07.2025", "Фестиваль «Дружба»", "г. Мурманск", foreign, home))
    assert (event.attendance_total, event.attendance_foreign) == (total, of_them)
    assert (event.attendance_lower_bound, event.attendance_approximate) == flags
    assert event.partner_countries == partners


PAIR = ("№ п/п", "Наименование мероприятия", "Дата проведения", "Место проведения",
        "Количество участников (всего / в т.ч. иностранных)")


@pytest.mark.parametrize("cell, total, of_them", [
    pytest.param("30 / 12", 30, 12, id="spaced"),
    pytest.param("45/5", 45, 5, id="tight"),
    pytest.param("около 60 / 20", 60, 20, id="about"),
    pytest.param("18", 18, None, id="total_alone"),
])
def test_total_and_foreign_in_one_cell(cell, total, of_them):
    event = _report(PAIR, ("1", "Выставка «Север»", "12.07.2025", "г. Мурманск", cell))
    assert (event.attendance_total, event.attendance_foreign) == (total, of_them)


def test_partners_column_of_another_name():
    header = ("№ п/п", "Наименование мероприятия", "Сроки проведения", "Место проведения", "Зарубежные партнёры",
              "Количество участников")
    event = _report(header, ("1", "Международный фестиваль «Горцы»", "с 8 по 10 июля 2025 г.", "г. Мурманск",
                             "Турция, Азербайджан, Абхазия", "свыше 800 зрителей"))
    assert event.partner_countries == ["TR", "AZ", "AB"]


# ---------- countries named by their adjective; not a language, a sea or a gulf ----------

@pytest.mark.parametrize("text, countries", [
    pytest.param("норвежская делегация 25 человек", ["NO"], id="norwegian_delegation"),
    pytest.param("финская сторона – 6 чел.", ["FI"], id="finnish_side"),
    pytest.param("делегация финляндских предпринимателей", ["FI"], id="finlandish"),
    pytest.param("шведские студенты", ["SE"], id="swedish"),
    pytest.param("японская компания «Мицуи»", ["JP"], id="japanese"),
    pytest.param("эмиратские инвесторы", ["AE"], id="emirati"),
    pytest.param("Российско-японский семинар", ["JP"], id="compound"),
    pytest.param("польская и чешская делегации", ["PL", "CZ"], id="two_adjectives"),
    pytest.param("Экологическая акция на побережье Финского залива", [], id="finnish_gulf"),
    pytest.param("Рыболовство в Японском море", [], id="sea_of_japan"),
    pytest.param("Курсы на японском языке", [], id="language"),
])
def test_country_adjectives(text, countries):
    assert partner_countries([text]) == countries


# ---------- a partner named only by a route; a province named after a country ----------

@pytest.mark.parametrize("text, countries", [
    pytest.param("Автопробег Мурманск – Киркенес", ["NO"], id="route_home_first"),
    pytest.param("Фестиваль «Мурманск – Киркенес: мост дружбы»", ["NO"], id="route_in_quotes"),
    pytest.param("Велопробег Киркенес – Мурманск", ["NO"], id="route_foreign_first"),
    pytest.param("Автопробег Благовещенск – Хэйхэ", ["CN"], id="amur_bridge"),
    pytest.param("Марафон Псков – Рига", ["LV"], id="baltic"),
    pytest.param("Автопробег Мурманск – Апатиты", [], id="route_at_home"),
    pytest.param("Форум – Харбин", [], id="dash_after_a_common_word"),
])
def test_a_route_names_its_foreign_end(text, countries):
    assert partner_countries([text]) == countries


@pytest.mark.parametrize("text, countries", [
    pytest.param("Визит делегации Университета Анкары в ДГУ", ["TR"], id="university_of_a_city"),
    pytest.param("Подписано соглашение с Торгово-промышленной палатой Стамбула", ["TR"], id="chamber"),
    pytest.param("встреча в мэрии Тегерана", ["IR"], id="city_hall"),
    pytest.param("делегация администрации Харбина", ["CN"], id="administration"),
    pytest.param("выставка Анкары", [], id="not_a_body"),
    pytest.param("студенты университета Шахты", [], id="home_town"),
])
def test_a_body_of_a_foreign_city(text, countries):
    assert partner_countries([text]) == countries


@pytest.mark.parametrize("text, countries", [
    pytest.param("Встреча с делегацией провинции Западный Азербайджан (Иран)", ["IR"], id="west_azerbaijan"),
    pytest.param("делегация остана Восточный Азербайджан Исламской Республики Иран", ["IR"], id="ostan_east"),
    pytest.param("визит делегации Азербайджана", ["AZ"], id="the_country_itself"),
    pytest.param("гости из Азербайджана и провинции Восточный Азербайджан", ["AZ"], id="both"),
])
def test_a_province_named_after_a_country(text, countries):
    assert partner_countries([text]) == countries


@pytest.mark.parametrize("text, region", [
    pytest.param("Подписан меморандум с губернией Финнмарк", "Фюльке Финнмарк", id="finnmark"),
    pytest.param("визит губернатора Лапландии", "Область Лаппи", id="lapland"),
    pytest.param("делегация лена Норрботтен", "Лен Норрботтен", id="norrbotten"),
    pytest.param("представители фюльке Тромс", "Фюльке Тромс", id="troms"),
    pytest.param("делегация провинции Гилян", "Провинция Гилян", id="gilan"),
    pytest.param("г. Киркенес", "Фюльке Финнмарк", id="kirkenes_city"),
])
def test_barents_and_caspian_regions(text, region):
    assert foreign_regions([text]) == [region]


@pytest.mark.parametrize("venue, city, country", [
    pytest.param("г. Киркенес", "Киркенес", "NO", id="kirkenes"),
    pytest.param("Тромсё, Норвегия", "Тромсё", "NO", id="tromso"),
    pytest.param("г. Кируна", "Кируна", "SE", id="kiruna"),
    pytest.param("Ивало", "Ивало", "FI", id="ivalo"),
])
def test_barents_towns(venue, city, country):
    venue = parse_venue(venue)
    assert (venue.city, venue.country) == (city, country)


# ---------- a district named without its region is the region's own ----------

@pytest.mark.parametrize("region, text, home", [
    pytest.param("Республика Дагестан", "Гунибский район", True, id="district"),
    pytest.param("Республика Дагестан", "Ахтынский р-н", True, id="district_short"),
    pytest.param("Республика Дагестан", "в Хунзахском районе", True, id="district_locative"),
    pytest.param("Мурманская область", "Печенгский муниципальный округ", True, id="municipal_okrug"),
    pytest.param("Республика Саха (Якутия)", "Мегино-Кангаласский улус", True, id="ulus"),
    pytest.param("Смоленская область", "Оршанский район", False, id="belarusian_town_district"),
    pytest.param("Смоленская область", "Витебский район", False, id="belarusian_region_district"),
    pytest.param("Республика Дагестан", "Гунибский район, Грузия", False, id="with_a_country"),
    pytest.param("Республика Дагестан", "Кировский район Ставропольского края", False, id="with_another_region"),
])
def test_a_district_of_the_region(region, text, home):
    assert home_of(region).mentioned_in(text) is home


@pytest.mark.parametrize("venue, direction", [
    pytest.param("Гунибский район", "inbound", id="district_alone"),
    pytest.param("Курахский район, с. Курах", "inbound", id="district_and_village"),
    pytest.param("Оршанский район", "elsewhere_in_russia", id="no_home_district"),
])
def test_a_district_venue_keeps_the_event_at_home(venue, direction):
    header = ("№ п/п", "Наименование мероприятия", "Место проведения", "Сроки проведения", "Участники")
    event = _report(header, ("1.", "Соревнования по альпинизму", venue, "12 июля 2025 г.", "60 человек"),
                    region_genitive="Республики Дагестан")
    assert event.direction == direction


# ---------- the three reports through the real CLI ----------

@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    db = tmp_path_factory.mktemp("next3") / "next3.duckdb"
    result = subprocess.run([sys.executable, "-m", "etl", "--db", str(db), "load", str(DAGESTAN), str(MURMANSK),
                             str(SVERDLOVSK)], cwd=ROOT, capture_output=True, text=True, timeout=600)
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
        ("Мурманская область", 2025, 3, 15), ("Республика Дагестан", 2026, 2, 16), ("Свердловская область", 2026, 1, 14)]
    warnings = loaded.execute("SELECT count(*) FROM parse_issues WHERE severity = 'warning'").fetchone()
    assert warnings == (0,)  # every column of the three templates is known («Зарубежные партнёры» was not)


def test_dagestan_partners_column_districts_and_provinces(loaded):
    events = _events(loaded, "Республика Дагестан")
    assert [list(events[n]["partner_countries"]) for n in (7, 10, 12, 13, 14, 16)] == [
        ["TR", "AZ", "AB"], ["TR"], ["IR", "AZ", "KZ", "TM"], ["TR", "IR", "AZ"], ["AB", "AZ"], ["KZ"]]
    assert list(events[15]["partner_countries"]) == ["IR"]  # «провинции Западный Азербайджан (Иран)»
    assert [n for n, e in events.items() if e["direction"] == "elsewhere_in_russia"] == []  # «Гунибский район»
    assert [(events[n]["venue_city"], events[n]["venue_country"]) for n in (1, 3, 4, 6, 8)] == [
        ("Стамбул", "TR"), ("Дербент", "RU"), ("Тегеран", "IR"), ("Сухум", "AB"), ("Баку", "AZ")]
    assert (events[2]["attendance_total"], events[3]["attendance_total"], events[3]["attendance_lower_bound"]) == (
        12, 50, True)  # «5 + 7 человек», «более полусотни»


def test_murmansk_sides_routes_and_empty_sector(loaded):
    events = _events(loaded, "Мурманская область")
    assert len(events) == 15  # the header typed on each page and «Мероприятия не проводились» are no events
    sides = {n: (events[n]["attendance_total"], events[n]["attendance_foreign"]) for n in (1, 4, 5, 7, 8, 10, 12, 13, 14, 15)}
    assert sides == {1: (27, 15), 4: (35, 20), 5: (325, 25), 7: (130, 100), 8: (240, 40), 10: (34, 30),
                     12: (18, 8), 13: (15, 6), 14: (7, 3), 15: (195, 45)}
    assert [list(events[n]["partner_countries"]) for n in (5, 12)] == [["NO"], ["NO"]]  # «Мурманск – Киркенес»
    assert list(events[1]["foreign_regions"]) == ["Фюльке Финнмарк"]
    assert (events[4]["format"], events[4]["venue_country"]) == ("online", "JP")  # «Япония (онлайн)»
    assert [str(events[n]["start_date"]) for n in (1, 3, 6)] == ["2025-07-02", "2025-08-05", "2025-08-01"]


def test_sverdlovsk_cp1251_dump_dates_and_two_line_counts(loaded):
    events = _events(loaded, "Свердловская область")
    assert [(str(events[n]["start_date"]), str(events[n]["end_date"])) for n in (1, 2, 3, 6)] == [
        ("2026-01-26", "2026-01-29"), ("2026-02-12", "2026-02-14"), ("2026-02-12", "2026-02-14"),
        ("2026-01-01", "2026-03-31")]
    assert (events[9]["attendance_total"], events[9]["attendance_foreign"]) == (120, 40)  # over two lines
    assert [list(events[n]["partner_countries"]) for n in (1, 2, 3, 7)] == [["AE"], ["IN"], ["UZ"], ["UZ"]]
