"""The next report, twenty-first round: round 20's leftovers as general rules, then three SYNTHETIC reports of regions
and clerks no fixture had (tests/fixtures/build_next_reports21.py: Томская область, Тульская область, Чувашская
Республика; .txt and .docx each), every field of every event written from the reports' own text, and the rules they
needed:

1. A foreign person after an honorific in the genitive or dative with one initial («г-на Р. Шармы», «господина
   С. Мишры», «г-на А. Кумара») is an official named in the nominative (was «Р. Шармы»: a word the dictionary knows
   only as a thing, «шармы», was kept as typed); a woman's surname in a consonant («г-жи А. Сингх», «госпожой
   Н. Кауфман») does not decline (was «А. Сингха»).
2. A town after «г.» that no list knows stays ours where the row says so: the title says the event was in our region
   («… в Томскую область»), the partner's people came and the title names no place they went to («Визит делегации
   Вьетнама»), the place names a village or a district beside it («г. Чекалин, Суворовский район»), or the town's
   name is a Russian common word («г. Плёс») — was the one partner's country, as «г. Вакканай» still is at «Участие
   в ярмарке в Японии». Such a town, being too small for the lists (they hold every Russian town of 5,000 people),
   is the reporting region's own: the event is inbound (was «elsewhere in Russia»). «г. Чекалин Суворовского района»
   is the town «Чекалин» (was «Чекалин Суворовского»).
3. A joined town's oblique form, typed in capitals or not, is the town: «В Г. РОСТОВЕ-НА-ДОНУ» → «Ростов-на-Дону»
   (was «Ростове»), «ИЗ Г. ПЕТРОПАВЛОВСКА-КАМЧАТСКОГО» → «Петропавловск-Камчатский» (was Kazakhstan's Петропавловск),
   «Г. ГОРНО-АЛТАЙСКЕ» → «Горно-Алтайск»; a two-word centre in any case («В НИЖНЕМ НОВГОРОДЕ») is «Нижний Новгород»
   (was «Новгороде»).
4. «на протяжении квартала», «в ходе квартала» in a dates cell are the whole quarter, as «в течение квартала» (was
   the warning «не удалось прочитать даты»).
5. Found by the new reports: a venue a list places in another country is in the one country the title says we went
   to («Поездка делегации в Индонезию», «о. Бали» → ID, was India's Bali), unless the place names its country; a city
   in -ья in any case («г. Анталии» → «Анталья»); an honorific in the genitive ends the body's name before it
   («Университета Дели г-на Р. Шармы» → «Университет Дели», was «Университет Дели г-на»).
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
    spec = importlib.util.spec_from_file_location("build21", FIXTURES / "build_next_reports21.py")
    builder = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build21", builder)  # a dataclass looks its module up while it is made
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


def _org(event, name: str):
    return next(((o.country, o.side) for o in event.organisations if o.name == name), None)


def _warnings(report) -> list[str]:
    return [i.message for i in report.issues if i.severity == "warning"]


# ---------- the three SYNTHETIC reports, every field ----------

@pytest.mark.parametrize("name", _files(BUILDER.TOMSK))
def test_the_tomsk_report_reads_as_a_person_reads_it(name):
    """«ё» everywhere; «г-на Р. Шармы»; «в период с 6 по 8 октября», «III декада ноября»; «двенадцать человек»,
    «более двух десятков преподавателей»; an agreement prolonged («пролонгировано», «Продлено соглашение»); Kyrgyzstan by
    its oblast, Malaysia online, Abkhazia, «о. Бали» on a trip to Indonesia."""
    report = _load(name)
    assert (report.region, report.year, report.quarter) == ("Томская область", 2025, 4)
    assert [_fields(e) for e in report.events] == [
        (1, "education_science", date(2025, 10, 6), date(2025, 10, 8), "Томск", "RU", ["IN"], [], "in_person",
         12, False, False, None, "signed"),
        (2, "education_science", date(2025, 11, 21), date(2025, 11, 30), "Улан-Батор", "MN", ["MN"], [],
         "in_person", 20, True, False, None, None),
        (3, "economy", date(2025, 12, 12), date(2025, 12, 12), "Томск", "RU", ["KZ"], ["Павлодарская область"],
         "in_person", 18, False, False, 7, "signed"),
        (4, "economy", date(2025, 11, 17), date(2025, 11, 19), "Чолпон-Ата", "KG", ["KG"],
         ["Иссык-Кульская область"], "in_person", 9, False, False, None, "signed"),
        (5, "economy", date(2025, 12, 4), date(2025, 12, 4), None, "RU", ["MY"], [], "online", 60, False, True,
         None, None),
        (6, "culture_tourism", date(2025, 10, 2), date(2025, 10, 4), "Сухум", "AB", ["AB"], [], "in_person",
         50, True, False, None, "signed"),
        (7, "culture_tourism", date(2025, 11, 1), date(2025, 11, 30), "Бали", "ID", ["ID"], [], "in_person",
         7, False, False, None, "verbal"),
    ]
    events = report.events
    assert [(o.name, o.role) for o in events[0].officials] == [("Р. Шарма", "ректор Университета Дели")]
    assert _org(events[0], "Университет Дели") == ("IN", "foreign")
    assert _org(events[0], "Томский государственный университет") == ("RU", "home")
    assert _org(events[2], "Акимат Павлодарской области Республики Казахстан") == ("KZ", "foreign")
    assert _org(events[3], "Правительство Кыргызской Республики") == ("KG", "foreign")
    assert _org(events[4], "Торговое представительство Российской Федерации в Малайзии") == ("RU", "domestic")
    assert _org(events[5], "Министерство культуры Республики Абхазия") == ("AB", "foreign")
    assert [e.direction for e in events] == ["inbound", "outbound", "inbound", "outbound", "remote", "outbound",
                                             "outbound"]
    assert not _warnings(report), _warnings(report)


@pytest.mark.parametrize("name", _files(BUILDER.TULA))
def test_the_tula_report_reads_as_a_person_reads_it(name):
    """No «ё»; one column of dates and place; «29.11–01.12.2025», «на протяжении квартала», «III декада декабря»;
    «полтора десятка предприятий, 30 чел.», «около 1,5 тыс. зрителей»; a signing postponed; «В Г. РОСТОВЕ-НА-
    ДОНУ»; the region's own small town «г. Чекалин» that no list knows, at a visit of Vietnamese guests."""
    report = _load(name)
    assert (report.region, report.year, report.quarter) == ("Тульская область", 2025, 4)
    assert [_fields(e) for e in report.events] == [
        (1, "industry_trade", date(2025, 11, 29), date(2025, 12, 1), "Ташкент", "UZ", ["UZ"],
         ["Ташкентская область"], "in_person", 30, False, False, None, None),
        (2, "industry_trade", date(2025, 10, 15), date(2025, 10, 17), "Ереван", "AM", ["AM"], [], "in_person",
         8, False, False, None, "verbal"),
        (3, "culture_tourism", date(2025, 10, 1), date(2025, 12, 31), "Белград", "RS", ["RS"], ["Автономный край Воеводина"], "in_person",
         1500, False, True, None, None),
        (4, "culture_tourism", date(2025, 11, 20), date(2025, 11, 20), "Ростов-на-Дону", "RU", ["EG"], [],
         "in_person", 25, False, False, None, None),
        (5, "culture_tourism", date(2025, 12, 21), date(2025, 12, 31), "Чекалин", "RU", ["VN"], [], "in_person",
         15, False, False, 12, None),
        (6, "culture_tourism", date(2025, 11, 1), date(2025, 11, 30), "Тула", "RU", ["ZA"], [], "in_person",
         6, False, False, None, "verbal"),
    ]
    events = report.events
    assert _org(events[0], "Хокимият Ташкентской области") == ("UZ", "foreign")
    assert _org(events[2], "Тульский академический театр драмы") == ("RU", "home")
    assert _org(events[5], "Тульский оружейный завод") == ("RU", "home")
    assert [e.direction for e in events] == ["outbound", "outbound", "outbound", "elsewhere_in_russia", "inbound",
                                             "inbound"]
    assert not _warnings(report), _warnings(report)


@pytest.mark.parametrize("name", _files(BUILDER.CHUVASHIA))
def test_the_chuvashia_report_reads_as_a_person_reads_it(name):
    """A long title, a «Формат» column, results in «Результат / примечание»: «декабрь 2025 г. – январь 2026 г.»,
    «(далее – ТПП ЧР)» used alone in the next event, «в г. Анталии», «г-жи А. Сингх», an agreement planned and
    one postponed, «в г. Дубае (ОАЭ)»."""
    report = _load(name)
    assert (report.region, report.year, report.quarter) == ("Чувашская Республика", 2025, 4)
    assert [_fields(e) for e in report.events] == [
        (1, "economy", date(2025, 12, 1), date(2026, 1, 31), "Чебоксары", "RU", ["IR"], [], "in_person",
         20, False, True, None, None),
        (2, "economy", date(2025, 11, 3), date(2025, 11, 5), "Анталья", "TR", ["TR"], ["Провинция Анталья"], "in_person",
         14, False, False, None, "signed"),
        (3, "education_science", date(2025, 12, 10), date(2025, 12, 10), None, "RU", ["IN"], [], "online",
         30, False, True, None, None),
        (4, "education_science", date(2025, 10, 1), date(2025, 12, 31), "Чебоксары", "RU", ["VN"], [], "in_person",
         42, False, False, 42, None),
        (5, "education_science", date(2025, 10, 24), date(2025, 10, 24), "Чебоксары", "RU", ["KG"], [],
         "in_person", 7, False, False, None, None),
        (6, "education_science", date(2025, 12, 8), date(2025, 12, 12), "Дубай", "AE", ["AE"], [], "in_person",
         None, False, False, None, "signed"),
    ]
    events = report.events
    chamber = "Торгово-промышленная палата Чувашской Республики"
    assert _org(events[0], chamber) == ("RU", "home")
    assert _org(events[0], "Торгово-промышленная палата Исламской Республики Иран") == ("IR", "foreign")
    assert _org(events[1], chamber) == ("RU", "home")  # «ТПП ЧР» alone, set in event 1
    assert [(o.name, o.role) for o in events[2].officials] == [
        ("А. Сингх", "директор Индийского культурного центра")]
    assert _org(events[2], "Индийский культурный центр") == ("IN", "foreign")
    assert _org(events[4], "Кыргызский национальный аграрный университет") == ("KG", "foreign")
    assert [e.direction for e in events] == ["inbound", "outbound", "remote", "inbound", "inbound", "outbound"]
    assert not _warnings(report), _warnings(report)
    assert [(i.severity, i.message) for i in report.issues if i.event == 1 and i.field == "dates"] == [
        ("info", "указан только месяц, дни приняты по границам месяца"),
        ("info", "мероприятие частично вне отчётного квартала")]


def test_the_fixtures_are_what_the_builder_writes_and_say_synthetic():
    for report in BUILDER.REPORTS:
        assert (FIXTURES / report.txt_name).read_text(encoding="utf-8") == report.text()
        assert (FIXTURES / report.docx_name).is_file()
        assert "SYNTHETIC" in " ".join(report.title) and "SYNTHETIC" in report.docx_name.upper()
        assert "synthetic" in report.txt_name


def test_the_word_file_named_after_its_long_title_reads_its_quarter_from_the_title():
    name = BUILDER.CHUVASHIA.docx_name
    assert name.startswith("Отчет о реализации международных связей Чувашской Республики за IV квартал 2025")
    report = _load(name)
    assert (report.region, report.quarter, report.year) == ("Чувашская Республика", 4, 2025)


# ---------- one event in a small SYNTHETIC report ----------

def _event(title: str, place: str = "г. Томск", dates: str = "14 октября 2025 г.", people: str = "10 человек",
           region_genitive: str = "Томской области"):
    cells = ("№ п/п", "Мероприятие", "Дата", "Место", "Участники", "Итоги", "1", title, dates, place, people, "—")
    text = (f"Отчёт о международной деятельности {region_genitive} за IV квартал 2025 г. (SYNTHETIC, "
            "next_reports21)\n\n" + "\n".join("\t" + c for c in cells) + "\n")
    report = build_report(read_bytes(text.encode("utf-8"), "синт.txt"))
    (event,) = report.events
    return event, report


# ---------- 1. an honorific in the genitive or dative before one initial ----------

@pytest.mark.parametrize("title, official", [
    P("Визит г-на Р. Шармы", ("Р. Шарма", None), id="genitive_a_word_the_dictionary_knows"),
    P("Визит г-на Р. Шармы, Посла Индии", ("Р. Шарма", "Посол Индии"), id="genitive_role_after"),
    P("Визит господина С. Мишры", ("С. Мишра", None), id="genitive_unknown"),
    P("Визит г-на А. Кумара", ("А. Кумар", None), id="genitive_a_name_the_dictionary_declines"),
    P("Визит господина Н. Моди", ("Н. Моди", None), id="undeclined_vowel"),
    P("Письмо господину Н. Моди", ("Н. Моди", None), id="dative_undeclined"),
    P("Переговоры при участии г-жи А. Сингх", ("А. Сингх", None), id="womans_consonant_genitive"),
    P("Встреча с госпожой Н. Кауфман", ("Н. Кауфман", None), id="womans_consonant_instrumental"),
    P("Визит г-жи П. Ганди", ("П. Ганди", None), id="womans_undeclined_vowel"),
    P("Встреча с г-ном Р. Шармой", ("Р. Шарма", None), id="instrumental_as_before"),
    P("Встреча с господином Д. Батбаяром", ("Д. Батбаяр", None), id="instrumental_consonant_stem"),
])
def test_a_person_after_an_honorific_in_any_case_is_named_in_the_nominative(title, official):
    event, _ = _event(title)
    assert [(o.name, o.role) for o in event.officials] == [official]
    assert event.venue_city == "Томск" and all(official[0] not in o.name for o in event.organisations)


@pytest.mark.parametrize("title, body", [
    P("Визит ректора Университета Дели г-на Р. Шармы", "Университет Дели", id="university_g_na"),
    P("Визит представителя Торгово-промышленной палаты Индии г-жи А. Сингх", "Торгово-промышленная палата Индии",
      id="chamber_g_zhi"),
    P("Визит директора Культурного центра Индии господина Р. Шармы", "Культурный центр Индии", id="gospodina"),
    P("Встреча с ректором Университета Дели г-ном Р. Шармой", "Университет Дели", id="instrumental_control"),
])
def test_an_honorific_in_the_genitive_ends_the_body_before_it(title, body):
    event, _ = _event(title)
    assert [o.name for o in event.organisations] == [body]


def test_a_russian_surname_after_a_role_still_declines():
    event, _ = _event("Встреча с Послом Индии Р. Шармой и заместителем губернатора Томской области А.В. Крутым")
    assert ("А.В. Крутой", "заместитель губернатора Томской области") in [(o.name, o.role) for o in event.officials]


# ---------- 2. an unknown small Russian town after «г.» ----------

@pytest.mark.parametrize("title, place, region", [
    P("Визит делегации Индии в Томскую область", "г. Чекалин", "Томской области", id="title_names_our_region"),
    P("Визит делегации Социалистической Республики Вьетнам", "г. Чекалин", "Тульской области", id="guests_came"),
    P("Прием представителей туроператоров Индии", "г. Плёс", "Ивановской области", id="guests_came_priyom"),
    P("Встреча с делегацией Индии", "г. Чекалин, Суворовский район", "Тульской области", id="district_beside"),
    P("Встреча с делегацией Индии", "г. Чекалин, с. Крапивна", "Тульской области", id="village_beside"),
    P("Участие в фестивале во Вьетнаме", "г. Плёс", "Ивановской области", id="a_russian_common_word"),
])
def test_a_town_no_list_knows_stays_ours_where_the_row_says_so(title, place, region):
    event, _ = _event(title, place, region_genitive=region)
    assert (event.venue_country, event.direction) == ("RU", "inbound")


@pytest.mark.parametrize("title, place, country", [
    P("Участие в ярмарке в Японии", "г. Немуро", "JP", id="we_went"),
    P("Бизнес-миссия во Вьетнам", "г. Хойан", "VN", id="mission_abroad"),
    P("Встреча с делегацией префектуры Хоккайдо", "г. Вакканай", "JP", id="a_meeting_says_nothing_of_where"),
    P("Визит делегации Томской области в Индию", "г. Пушкар", "IN", id="our_visit_to_them"),
])
def test_a_town_no_list_knows_is_still_the_partners_where_nothing_says_ours(title, place, country):
    event, _ = _event(title, place)
    assert (event.venue_country, event.direction) == (country, "outbound")


@pytest.mark.parametrize("place, city", [
    P("г. Чекалин Суворовского района", "Чекалин", id="district_genitive"),
    P("г. Плёс Ивановской обл.", "Плёс", id="region_genitive"),
    P("г. Набережные Челны", "Набережные Челны", id="two_word_town_control"),
])
def test_a_towns_region_after_it_is_not_part_of_its_name(place, city):
    event, _ = _event("Визит делегации Индии", place)
    assert event.venue_city == city


def test_a_small_town_of_another_region_named_with_its_region_is_elsewhere_in_russia():
    event, _ = _event("Встреча с делегацией Индии", "г. Плёс, Ивановская область")
    assert (event.venue_country, event.direction) == ("RU", "elsewhere_in_russia")


# ---------- 3. a joined town in an oblique case ----------

@pytest.mark.parametrize("typed, read", [
    P("В Г. РОСТОВЕ-НА-ДОНУ", "В г. Ростове-на-Дону", id="na_donu"),
    P("ИЗ Г. ПЕТРОПАВЛОВСКА-КАМЧАТСКОГО", "Из г. Петропавловска-Камчатского", id="adjective_part_genitive"),
    P("В Г. ПЕТРОПАВЛОВСКЕ-КАМЧАТСКОМ", "В г. Петропавловске-Камчатском", id="adjective_part_locative"),
    P("В Г. КОМСОМОЛЬСКЕ-НА-АМУРЕ", "В г. Комсомольске-на-Амуре", id="na_amure"),
    P("Г. ГОРНО-АЛТАЙСКЕ", "г. Горно-Алтайске", id="gorno"),
    P("В Г. УСТЬ-КАМЕНОГОРСКЕ", "В г. Усть-Каменогорске", id="foreign_ust"),
    P("РОССИЙСКО-БЕЛОРУССКОГО ФОРУМА", "Российско-белорусского форума", id="joined_adjective_control"),
    P("ВИЦЕ-ГУБЕРНАТОРОМ", "Вице-губернатором", id="joined_noun_control"),
])
def test_a_joined_town_typed_in_capitals_keeps_its_spelling_in_any_case(typed, read):
    from etl.capitals import in_case

    assert in_case(typed) == read


@pytest.mark.parametrize("place, city, country", [
    P("В Г. РОСТОВЕ-НА-ДОНУ", "Ростов-на-Дону", "RU", id="na_donu_capitals"),
    P("в г. Ростове-на-Дону", "Ростов-на-Дону", "RU", id="na_donu_small"),
    P("ИЗ Г. ПЕТРОПАВЛОВСКА-КАМЧАТСКОГО", "Петропавловск-Камчатский", "RU", id="not_kazakhstans"),
    P("В Г. ПЕТРОПАВЛОВСКЕ-КАМЧАТСКОМ", "Петропавловск-Камчатский", "RU", id="locative"),
    P("в г. Горно-Алтайске", "Горно-Алтайск", "RU", id="gorno_small"),
    P("В Г. КОМСОМОЛЬСКЕ-НА-АМУРЕ", "Комсомольск-на-Амуре", "RU", id="na_amure"),
    P("ИЗ НИЖНЕГО НОВГОРОДА", "Нижний Новгород", "RU", id="two_word_centre_genitive"),
    P("в Нижнем Новгороде", "Нижний Новгород", "RU", id="two_word_centre_locative"),
    P("из Великого Новгорода", "Великий Новгород", "RU", id="velikiy"),
    P("В Г. УСТЬ-КАМЕНОГОРСКЕ", "Усть-Каменогорск", "KZ", id="foreign_joined"),
    P("в г. Петропавловске (Казахстан)", "Петропавловск", "KZ", id="kazakhstans_own_control"),
])
def test_a_joined_town_in_an_oblique_case_is_the_town(place, city, country):
    event, _ = _event("Встреча с делегацией Республики Казахстан", place)
    assert (event.venue_city, event.venue_country) == (city, country)


# ---------- 4. «на протяжении квартала» ----------

@pytest.mark.parametrize("dates", [
    P("на протяжении квартала", id="na_protyazhenii"),
    P("На протяжении отчетного периода", id="reporting_period"),
    P("в ходе квартала", id="v_hode"),
    P("в продолжение всего квартала", id="v_prodolzhenie"),
    P("в течение квартала", id="as_before"),
])
def test_a_whole_quarter_phrase_is_the_quarter(dates):
    event, report = _event("Консультации с Генеральным консульством Индии", dates=dates)
    assert (event.start_date, event.end_date) == (date(2025, 10, 1), date(2025, 12, 31))
    assert not _warnings(report)


@pytest.mark.parametrize("dates", [
    P("на протяжении недели", id="a_week"),
    P("в ходе визита", id="a_visit"),
])
def test_other_spans_are_not_the_quarter(dates):
    event, _ = _event("Консультации с Генеральным консульством Индии", dates=dates)
    assert event.start_date != date(2025, 10, 1) or event.end_date != date(2025, 12, 31)


# ---------- 5. found by this round's reports: the country the title says we went to; a city in -ья declined ----------

@pytest.mark.parametrize("title, place, city, country, partners", [
    P("Поездка делегации в Индонезию", "о. Бали", "Бали", "ID", ["ID"], id="island"),
    P("Поездка делегации в Индонезию", "г. Бали", "Бали", "ID", ["ID"], id="town"),
    P("Гастроли театра во Вьетнаме", "г. Бали", "Бали", "VN", ["VN"], id="vo_prepositional"),
    P("Поездка делегации в Индонезию", "г. Бали (Индия)", "Бали", "IN", ["ID", "IN"], id="the_place_names_its_country"),
    P("Визит делегации Индонезии", "г. Бали", "Бали", "IN", ["ID", "IN"], id="no_destination_control"),
    P("Поездка делегации в Индонезию и Малайзию", "г. Бали", "Бали", "ID", ["ID", "MY"], id="the_first_destination"),
    P("Поездка делегации в Узбекистан", "г. Ташкент", "Ташкент", "UZ", ["UZ"], id="the_same_country_control"),
])
def test_a_venue_a_list_places_elsewhere_is_in_the_one_country_the_title_says_we_went_to(title, place, city, country,
                                                                                        partners):
    event, _ = _event(title, place)
    assert (event.venue_city, event.venue_country, event.partner_countries) == (city, country, partners)


@pytest.mark.parametrize("place, city", [
    P("г. Анталии", "Анталья", id="genitive"),
    P("в г. Анталье", "Анталья", id="locative"),
    P("г. Анталья", "Анталья", id="nominative_control"),
])
def test_a_foreign_city_in_ya_is_read_in_any_case(place, city):
    event, _ = _event("Поездка делегации в Турцию", place)
    assert (event.venue_city, event.venue_country) == (city, "TR")


# ---------- 6. found by the same-meaning and same-table nets over this round's fixtures ----------

@pytest.mark.parametrize("dates, start, end", [
    P("III ДЕКАДА ДЕКАБРЯ", date(2025, 12, 21), date(2025, 12, 31), id="decade_roman_capitals"),
    P("2-Я ДЕКАДА НОЯБРЯ", date(2025, 11, 11), date(2025, 11, 20), id="decade_ordinal_capitals"),
    P("ВТОРАЯ ПОЛОВИНА НОЯБРЯ", date(2025, 11, 16), date(2025, 11, 30), id="half_capitals"),
    P("III декада декабря", date(2025, 12, 21), date(2025, 12, 31), id="small_letters_control"),
])
def test_a_decade_or_half_of_a_month_typed_in_capitals_is_read(dates, start, end):
    from etl.dates import parse_dates

    found = parse_dates(dates, default_year=2025, default_quarter=4)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize("dates, start", [
    P("на протяжении квартала г. Белград, г. Нови-Сад", date(2025, 10, 1), id="whole_quarter_then_towns"),
    P("в течение квартала г. Белград", date(2025, 10, 1), id="v_techenie_then_town"),
    P("по мере необходимости г. Уфа", None, id="when_needed_then_town"),
    P("по мере сил г. Уфа", None, id="no_phrase_control"),
])
def test_a_phrase_with_its_place_on_the_same_line_is_read(dates, start):
    from etl.normalize import event_dates

    found = event_dates(dates, 2025, 4)
    assert found.start == start
    assert any(i.severity == "warning" for i in found.issues) is (dates == "по мере сил г. Уфа")


@pytest.mark.parametrize("typed, read", [
    P("ПРИ УЧАСТИИ Г-ЖИ А. СИНГХ, ДИРЕКТОРА ЦЕНТРА", "При участии г-жи А. Сингх, директора центра", id="honorific_initial"),
    P("ВИЗИТ Г-НА Р. ШАРМЫ", "Визит г-на Р. Шармы", id="g_na"),
    P("ВИЗИТ ДЕЛЕГАЦИИ ЮЖНО-АФРИКАНСКОЙ РЕСПУБЛИКИ", "Визит делегации Южно-Африканской Республики", id="state_joined"),
    P("ИЗ ЛАОССКОЙ НАРОДНО-ДЕМОКРАТИЧЕСКОЙ РЕСПУБЛИКИ", "Из Лаосской Народно-Демократической Республики",
      id="state_joined_second"),
    P("СОЦИАЛ-ДЕМОКРАТИЧЕСКОЙ ПАРТИИ", "Социал-демократической партии", id="no_state_control"),
    P("ФГБОУ ВО «ТГУ»", "ФГБОУ ВО «ТГУ»", id="letters_control"),
])
def test_honorifics_surnames_and_joined_state_words_typed_in_capitals(typed, read):
    from etl.capitals import in_case

    assert in_case(typed) == read


@pytest.mark.parametrize("title, place, direction", [
    P("Прием делегации Социалистической Республики Вьетнам", "Чекалин", "inbound", id="lone_small_town"),
    P("ПРИЕМ ДЕЛЕГАЦИИ СОЦИАЛИСТИЧЕСКОЙ РЕСПУБЛИКИ ВЬЕТНАМ В МУЗЕЕ-ЗАПОВЕДНИКЕ", "г. Чекалин", "inbound",
      id="title_in_capitals"),
    P("Визит делегации Вьетнама в Ханой", "г. Хойан", "outbound", id="guests_with_a_destination_control"),
])
def test_guests_at_a_small_town_of_ours_however_typed(title, place, direction):
    event, _ = _event(title, place, region_genitive="Тульской области")
    assert event.direction == direction
