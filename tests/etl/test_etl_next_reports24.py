"""The next report, twenty-fourth round: three SYNTHETIC reports of regions and clerks no fixture had
(tests/fixtures/build_next_reports24.py: Республика Марий Эл, Республика Тыва, Кабардино-Балкарская Республика; .txt
and .docx each), every field of every event written from the reports' own text, and the general rules they needed:

1. A region whose adjective is one hyphened word («Кабардино-Балкарской», «Карачаево-Черкесского») names its own
   bodies by it: they are the region's («home»), not another Russian region's, nor a foreign one's.
2. A compound adjective's first part keeps its capital and its hyphen in the nominative: «Кабардино-Балкарском
   государственном университете» → «Кабардино-Балкарский …» (was «Кабардино-балкарский»), «Северо-Осетинского» →
   «Северо-Осетинский» (was «Североосетинский»).
3. A results column headed «Итоговый документ» (or «Итоговые договорённости») is the results, not a count column
   as «Итого» is: its «Подписано соглашение …» was read as a count and the agreement lost.
4. A title's second country is read whole however long its name: «студентов из Арабской Республики Египет и
   Иорданского Хашимитского Королевства» counts foreign students (the second name was cut at a window's end).
"""
from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

from etl.normalize import build_report
from etl.read import read_bytes

P = pytest.param
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _builder():
    spec = importlib.util.spec_from_file_location("build24", FIXTURES / "build_next_reports24.py")
    builder = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build24", builder)
    spec.loader.exec_module(builder)
    return builder


BUILDER = _builder()


def _load(name: str):
    return build_report(read_bytes((FIXTURES / name).read_bytes(), name))


def _files(report) -> list[str]:
    return [report.txt_name, report.docx_name]


def _fields(event) -> tuple:
    return (event.n, event.sector_key, event.start_date, event.end_date, event.venue_city, event.venue_country,
            event.partner_countries, event.foreign_regions, event.format, event.attendance_total,
            event.attendance_lower_bound, event.attendance_approximate, event.attendance_foreign, event.agreement)


def _orgs(event) -> list[tuple]:
    return [(o.name, o.country, o.side) for o in event.organisations]


def _officials(event) -> list[tuple]:
    return [(o.name, o.role) for o in event.officials]


def _warnings(report) -> list[str]:
    return [i.message for i in report.issues if i.severity == "warning"]


# ---------- the three SYNTHETIC reports, every field ----------

@pytest.mark.parametrize("name", _files(BUILDER.MARI_EL))
def test_the_mari_el_report_reads_as_a_person_reads_it(name):
    """No «ё»; the place before the date and the event; «с 28 сентября (заезд) по 2 октября (отъезд)», «ноябрь–
    декабрь», «17 и 19 ноября»; «от 10 до 12 человек», «восемь человек», «около 1,5 тыс. зрителей»; «(далее –
    МарГУ)»; an «Итоговый документ» column: signed, postponed, prolonged."""
    report = _load(name)
    assert (report.region, report.year, report.quarter) == ("Республика Марий Эл", 2025, 4)
    assert [_fields(e) for e in report.events] == [
        (1, "economy", date(2025, 9, 28), date(2025, 10, 2), "Павлодар", "KZ", ["KZ"], ["Павлодарская область"],
         "in_person", 15, False, False, None, "signed"),
        (2, "economy", date(2025, 10, 14), date(2025, 10, 14), "Йошкар-Ола", "RU", ["TR"], [], "in_person",
         10, True, False, None, None),  # «перенесено на 2026 год»
        (3, "education_science", date(2025, 11, 1), date(2025, 12, 31), "Йошкар-Ола", "RU", ["UZ"], [],
         "in_person", 8, False, False, None, None),
        (4, "education_science", date(2025, 12, 1), date(2025, 12, 5), None, "RU", ["VN", "LA"], [], "online",
         60, True, False, 25, None),
        (5, "culture_tourism", date(2025, 11, 17), date(2025, 11, 19), "Нови-Сад", "RS", ["RS"], ["Автономный край Воеводина"], "in_person",
         1500, False, True, None, None),
        (6, "culture_tourism", date(2025, 12, 4), date(2025, 12, 4), "Йошкар-Ола", "RU", ["KZ"],
         ["Павлодарская область"], "in_person", 6, False, False, None, "signed"),  # «пролонгировано»
    ]
    events = report.events
    akimat = ("Акимат Павлодарской области", "KZ", "foreign")
    assert _orgs(events[0]) == [("Правительство Республики Марий Эл", "RU", "home"), akimat]
    assert _orgs(events[1]) == [("Торгово-промышленная палата Турецкой Республики", "TR", "foreign")]
    university = ("Марийский государственный университет", "RU", "home")
    assert _orgs(events[2]) == [("Ташкентский государственный технический университет", "UZ", "foreign"),
                                university]
    assert _orgs(events[3]) == [university]  # «МарГУ» alone
    assert _orgs(events[4]) == [("Марийский государственный театр оперы и балета", "RU", "home")]
    assert _orgs(events[5]) == [akimat]
    assert _officials(events[5]) == [("Е. Тлеубаев", "Генеральный консул Республики Казахстан в Казани")]
    assert [e.direction for e in events] == ["outbound", "inbound", "inbound", "remote", "outbound", "inbound"]
    assert not _warnings(report), _warnings(report)


@pytest.mark.parametrize("name", _files(BUILDER.TYVA))
def test_the_tyva_report_reads_as_a_person_reads_it(name):
    """«ё» everywhere; an aimag and its town; «с 28 ноября (заезд) по 2 декабря (отъезд)», «в первой декаде
    ноября», «ноябрь–декабрь»; «девять человек», «около тридцати паломников», «сто двадцать спортсменов, из них 40
    иностранных»; a plan signed, a verbal agreement."""
    report = _load(name)
    assert (report.region, report.year, report.quarter) == ("Республика Тыва", 2025, 4)
    assert [_fields(e) for e in report.events] == [
        (1, "general", date(2025, 11, 28), date(2025, 12, 2), "Улаангом", "MN", ["MN"], ["Аймак Увс"],
         "in_person", 9, False, False, None, "signed"),
        (2, "general", date(2025, 10, 8), date(2025, 10, 8), "Кызыл", "RU", ["IN"], [], "in_person",
         12, False, False, 5, "verbal"),
        (3, "culture_tourism", date(2025, 11, 1), date(2025, 11, 10), "Дхарамсала", "IN", ["IN"], [], "in_person",
         30, False, True, None, None),
        (4, "culture_tourism", date(2025, 11, 12), date(2025, 11, 15), "Кызыл", "RU", ["MN", "KZ", "KG"], [],
         "in_person", 200, True, False, 45, None),
        (5, "culture_tourism", date(2025, 11, 1), date(2025, 12, 31), "Улан-Батор", "MN", ["MN"], [], "in_person",
         3000, True, False, None, None),
        (6, "sport", date(2025, 12, 19), date(2025, 12, 21), "Кызыл", "RU", ["MN", "KZ"], [], "in_person",
         120, False, False, 40, None),
    ]
    events = report.events
    government = ("Правительство Республики Тыва", "RU", "home")
    assert _orgs(events[0]) == [government, ("Администрация Увс аймака", "MN", "foreign")]
    assert _orgs(events[1]) == [government]
    assert _orgs(events[4]) == [("Национальный музей Монголии", "MN", "foreign")]
    assert [_orgs(events[i]) for i in (2, 3, 5)] == [[], [], []]
    assert [e.direction for e in events] == ["outbound", "inbound", "outbound", "inbound", "outbound", "inbound"]
    assert not _warnings(report), _warnings(report)


@pytest.mark.parametrize("name", _files(BUILDER.KBR))
def test_the_kabardino_balkaria_report_reads_as_a_person_reads_it(name):
    """A long title and the Word file named after it, no «ё»; «(далее – Минэкономразвития КБР)» used alone in event
    4; «октябрь–ноябрь», «на протяжении IV квартала», «в первой декаде декабря», «17 и 18 ноября»; «семь человек»,
    «около 50 артистов», «от 40 до 50 альпинистов»; contracts signed, a memorandum planned, an agreement prolonged,
    one denounced."""
    report = _load(name)
    assert (report.region, report.year, report.quarter) == ("Кабардино-Балкарская Республика", 2025, 4)
    assert [_fields(e) for e in report.events] == [
        (1, "economy", date(2025, 11, 24), date(2025, 11, 27), "Дубай", "AE", ["AE"], [], "in_person",
         7, False, False, None, "signed"),
        (2, "economy", date(2025, 10, 1), date(2025, 11, 30), None, "RU", ["TR"], ["Провинция Кайсери"], "online",
         14, False, False, None, None),
        (3, "culture_tourism", date(2025, 10, 3), date(2025, 10, 6), "Сухум", "AB", ["AB"], [], "in_person",
         50, False, True, None, "signed"),
        (4, "culture_tourism", date(2025, 11, 17), date(2025, 11, 18), "Нальчик", "RU", ["OS"], [], "in_person",
         9, False, False, None, None),  # «денонсировано»
        (5, "education_science", date(2025, 10, 1), date(2025, 12, 31), "Нальчик", "RU", ["EG", "JO"], [],
         "in_person", 35, False, False, 35, None),
        (6, "sport", date(2025, 12, 1), date(2025, 12, 10), "Терскол", "RU", ["IR", "IN", "NP"], [], "in_person",
         40, True, False, None, None),
    ]
    events = report.events
    ministry = ("Министерство экономического развития Кабардино-Балкарской Республики", "RU", "home")
    assert _orgs(events[1]) == [ministry, ("Торгово-промышленная палата провинции Кайсери", "TR", "foreign")]
    assert ("Правительство Кабардино-Балкарской Республики", "RU", "home") in _orgs(events[2])
    assert _orgs(events[3]) == [ministry]
    assert _orgs(events[4]) == [("Кабардино-Балкарский государственный университет", "RU", "home")]
    assert _orgs(events[0]) == [] and _orgs(events[5]) == []
    assert [e.direction for e in events] == ["outbound", "remote", "outbound", "inbound", "inbound", "inbound"]
    assert not _warnings(report), _warnings(report)


def test_the_fixtures_are_what_the_builder_writes_and_say_synthetic():
    for report in BUILDER.REPORTS:
        assert (FIXTURES / report.txt_name).read_text(encoding="utf-8") == report.text()
        assert (FIXTURES / report.docx_name).is_file()
        assert "SYNTHETIC" in " ".join(report.title) and "SYNTHETIC" in report.docx_name.upper()
        assert "synthetic" in report.txt_name


def test_the_word_file_named_after_its_long_title_reads_its_region_and_quarter():
    name = BUILDER.KBR.docx_name
    assert name.startswith("Информация о реализации международных связей Кабардино-Балкарской Республики")
    report = _load(name)
    assert (report.region, report.quarter, report.year) == ("Кабардино-Балкарская Республика", 4, 2025)


# ---------- one event in a small SYNTHETIC report ----------

def _report(title: str, place: str = "г. Нальчик", dates: str = "14 октября 2025 г.", people: str = "10 человек",
            region_genitive: str = "Кабардино-Балкарской Республики", results: str = "—",
            header: tuple[str, ...] = ("№ п/п", "Мероприятие", "Дата", "Место", "Участники", "Итоги")):
    cells = (*header, "1", title, dates, place, people, results)
    text = (f"Отчёт о международной деятельности {region_genitive} за IV квартал 2025 г. (SYNTHETIC, "
            "next_reports24)\n\n" + "\n".join("\t" + c for c in cells) + "\n")
    return build_report(read_bytes(text.encode("utf-8"), "синт.txt"))


def _event(*args, **kwargs):
    (event,) = _report(*args, **kwargs).events
    return event


# ---------- 1. a hyphened home adjective ----------

@pytest.mark.parametrize("title, region, place, expected", [
    P("Встреча Правительства Кабардино-Балкарской Республики с делегацией Турции", "Кабардино-Балкарской Республики",
      "г. Нальчик", ("Правительство Кабардино-Балкарской Республики", "RU", "home"), id="kbr_government_at_home"),
    P("Дни культуры Правительства Кабардино-Балкарской Республики в Абхазии", "Кабардино-Балкарской Республики",
      "г. Сухум", ("Правительство Кабардино-Балкарской Республики", "RU", "home"), id="kbr_abroad_not_abkhaz"),
    P("Визит делегации Министерства культуры Карачаево-Черкесской Республики в Турцию",
      "Карачаево-Черкесской Республики", "г. Стамбул",
      ("Министерство культуры Карачаево-Черкесской Республики", "RU", "home"), id="kchr_abroad"),
    P("Встреча с делегацией Министерства культуры Карачаево-Черкесской Республики",
      "Кабардино-Балкарской Республики", "г. Нальчик",
      ("Министерство культуры Карачаево-Черкесской Республики", "RU", "domestic"), id="a_neighbours_not_ours"),
    P("Встреча с делегацией Министерства культуры Республики Адыгея", "Кабардино-Балкарской Республики",
      "г. Нальчик", ("Министерство культуры Республики Адыгея", "RU", "domestic"), id="no_hyphen_neighbour_control"),
])
def test_a_hyphened_home_adjective_names_the_regions_own_bodies(title, region, place, expected):
    assert expected in _orgs(_event(title, place, region_genitive=region))


# ---------- 2. a compound adjective keeps its capitals ----------

@pytest.mark.parametrize("title, name", [
    P("Приём студентов из Египта в Кабардино-Балкарском государственном университете",
      "Кабардино-Балкарский государственный университет", id="locative"),
    P("Визит делегации Северо-Осетинского государственного университета в Иран",
      "Северо-Осетинский государственный университет", id="genitive_hyphen_kept"),
    P("Встреча с ректором Карачаево-Черкесского государственного университета и делегацией Турции",
      "Карачаево-Черкесский государственный университет", id="kchr_genitive"),
    P("Встреча с делегацией Торгово-промышленной палаты Турецкой Республики",
      "Торгово-промышленная палата Турецкой Республики", id="small_second_part_stays_small_control"),
    P("Встреча со студентами Белорусско-Российского университета", "Белорусско-Российский университет",
      id="two_countries_adjective_control"),
])
def test_a_compound_adjective_keeps_its_first_parts_capital_and_hyphen(title, name):
    assert name in [o.name for o in _event(title).organisations]


# ---------- 3. a results column named «Итоговый …» ----------

@pytest.mark.parametrize("results_header, results, kind", [
    P("Итоговый документ", "Подписано соглашение о сотрудничестве", "signed", id="itogovyi_dokument"),
    P("Итоговые договоренности", "Достигнута договоренность о проведении Дней культуры", "verbal",
      id="itogovye_dogovorennosti"),
    P("Итоговый документ", "Подписание соглашения перенесено на 2026 год", None, id="postponed"),
    P("Итоги", "Подписано соглашение о сотрудничестве", "signed", id="itogi_control"),
])
def test_a_results_column_headed_itogovyi_is_the_results(results_header, results, kind):
    header = ("№ п/п", "Мероприятие", "Дата", "Место", "Кол-во участников", results_header)
    event = _event("Визит делегации Турции", header=header, results=results)
    assert (event.agreement, event.attendance_total) == (kind, 10)


def test_a_column_headed_itogo_still_counts():
    header = ("№ п/п", "Мероприятие", "Дата", "Место", "Участники", "Итого, чел.")
    event = _event("Визит делегации Турции", people="делегация Турции", results="12", header=header)
    assert event.attendance_total == 12


# ---------- 4. a title's second country read whole ----------

@pytest.mark.parametrize("title, foreign", [
    P("Прием студентов из Арабской Республики Египет и Иорданского Хашимитского Королевства", 35,
      id="jordan_second_no_yo"),
    P("Приём студентов из Социалистической Республики Вьетнам и Лаосской Народно-Демократической Республики", 35,
      id="laos_second"),
    P("Прием студентов из Арабской Республики Египет и Иорданского Хашимитского Королевства в Кабардино-Балкарском "
      "государственном университете", 35, id="received_at_ours"),
    P("Прием студентов из Арабской Республики Египет и Кабардино-Балкарской Республики", None,
      id="ours_joined_second_control"),
    P("Прием студентов из Арабской Республики Египет и Нальчикского колледжа", None,
      id="a_college_joined_control"),
])
def test_a_titles_second_country_is_read_whole(title, foreign):
    assert _event(title, people="35 студентов").attendance_foreign == foreign


# ---------- 5. found by the same-meaning net over this round's fixtures ----------

@pytest.mark.parametrize("people, total, lower_bound", [
    P("от 10 до двенадцати человек", 10, True, id="digits_then_words"),
    P("от 25 до тридцати пяти участников", 25, True, id="two_word_second"),
    P("от 3 до пяти сотрудников", 3, True, id="small"),
    P("от десяти до двенадцати человек", 10, True, id="both_words_control"),
    P("от 10 до 12 человек", 10, True, id="both_digits_control"),
    P("от 20 до пятнадцати человек", 15, False, id="not_a_range_the_first_larger"),
])
def test_a_range_from_digits_to_words_is_a_range(people, total, lower_bound):
    from etl.attendance import parse_attendance

    found = parse_attendance(people)
    assert (found.total, found.lower_bound) == (total, lower_bound)


# ---------- leftovers: «РБ» after a Russian town ----------

@pytest.mark.parametrize("place, region, city, country, direction", [
    P("г. Стерлитамак, РБ", "Томской области", "Стерлитамак", "RU", "elsewhere_in_russia", id="bashkir_town"),
    P("г. Северобайкальск, РБ", "Томской области", "Северобайкальск", "RU", "elsewhere_in_russia",
      id="buryat_town"),
    P("г. Заречный, РБ", "Пензенской области", "Заречный", "RU", "elsewhere_in_russia",
      id="a_namesake_of_ours_rb_says_buryatia"),
    P("г. Уфа, РБ", "Смоленской области", "Уфа", "RU", "elsewhere_in_russia", id="a_centre_in_belarus_neighbour"),
    P("г. Набережные Челны, РТ", "Томской области", "Набережные Челны", "RU", "elsewhere_in_russia",
      id="rt_tatarstan"),
    P("г. Стерлитамак, РБ", "Республики Башкортостан", "Стерлитамак", "RU", "inbound", id="ours_in_bashkortostan"),
    P("г. Северобайкальск, РБ", "Республики Башкортостан", "Северобайкальск", "RU", "elsewhere_in_russia",
      id="the_other_rb_in_bashkortostan"),
    P("г. Минск, РБ", "Томской области", "Минск", "BY", "outbound", id="minsk_stays_belarus"),
    P("г. Брест, РБ", "Смоленской области", "Брест", "BY", "outbound", id="brest_stays_belarus"),
    P("РБ, г. Гомель", "Смоленской области", "Гомель", "BY", "outbound", id="letters_first_belarus"),
    P("г. Алматы, РК", "Томской области", "Алматы", "KZ", "outbound", id="almaty_stays_kazakhstan"),
])
def test_a_republics_letters_after_a_russian_town_are_that_republic(place, region, city, country, direction):
    event = _event("Визит делегации Республики Индия", place, region_genitive=region)
    assert (event.venue_city, event.venue_country, event.direction) == (city, country, direction)
    assert event.partner_countries == (["IN"] if country == "RU" else ["IN", country])


# ---------- found probing places of worship as venues: a centre named in its cases ----------

@pytest.mark.parametrize("place, region, city, direction", [
    P("Соборная мечеть г. Казани", "Республики Татарстан", "Казань", "inbound", id="mosque_of_kazan"),
    P("г. Казани", "Республики Татарстан", "Казань", "inbound", id="kazan_genitive"),
    P("стадион в г. Твери", "Тверской области", "Тверь", "inbound", id="tver_locative"),
    P("Кафедральный собор г. Перми", "Пермского края", "Пермь", "inbound", id="perm_cathedral"),
    P("Центральный хурул г. Элисты", "Республики Калмыкия", "Элиста", "inbound", id="khurul_elista"),
    P("мечеть г. Томска", "Томской области", "Томск", "inbound", id="tomsk_genitive"),
    P("г. Казани", "Томской области", "Казань", "elsewhere_in_russia", id="another_regions_centre_control"),
    P("кирха г. Стерлитамака", "Томской области", "Стерлитамак", "elsewhere_in_russia", id="a_town_not_a_centre"),
])
def test_a_centre_or_town_named_in_its_cases_is_that_place(place, region, city, direction):
    event = _event("Визит делегации Турецкой Республики", place, region_genitive=region)
    assert (event.venue_city, event.venue_country, event.direction) == (city, "RU", direction)


@pytest.mark.parametrize("word, city", [
    P("Иванова", "Иванова", id="two_readings_town_or_surname_kept"),
    P("Орёл", "Орёл", id="nominative_with_yo_kept"),
    P("Смоленску", "Смоленск", id="dative"),
    P("Шадринску", "Шадринск", id="a_town_dative"),
])
def test_a_russian_town_in_its_cases_reads_as_the_lists_spell_it(word, city):
    from etl.geo import parse_venue

    assert parse_venue(f"г. {word}").city == city
