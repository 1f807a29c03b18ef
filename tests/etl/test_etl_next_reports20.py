"""The next report, twentieth round: round 19's leftovers as general rules, then three SYNTHETIC reports of regions and
clerks no fixture had (tests/fixtures/build_next_reports20.py: Забайкальский край, Республика Башкортостан,
Камчатский край; .txt and .docx each), every field of every event written from the reports' own text, and the rules
they needed:

1. A foreign province named by its kind noun («эмирата Шарджа», «провинции Гирин», «префектуры Ямагата», «кантона
   Женева») or, for a Mongolian aimag, by its adjective («Хэнтийского аймака», «Баянхонгорского аймака») is kept as a
   region and gives its country (was neither). A kind many countries have (штат, уезд, земля, округ, провинция)
   counts only beside a country named by name. Not an aimag of Altai, a Russian okrug, a country, an adjective.
2. A town after «г.» that no list knows («г. Вакканай», «г. Хойан») is the one foreign partner's the event names
   (was Russia's); a town the dictionary knows as a place («г. Кологрив»), a Russian town, a place naming a Russian
   region, or two partners keep it ours. Цхинвал is South Ossetia's (OS, as Сухум is Abkhazia's AB: the model gives
   both their own codes), and a foreign province's centre is a city of that province («г. Чойбалсан» → Дорнод).
3. «по мере необходимости», «по запросу», «по согласованию сторон» in a dates cell (alone or beside a place) keep the
   event without dates and say so in an info (was the warning «не удалось прочитать даты»).
4. A person after «г-ном/г-жой/господином/госпожой» with one initial («с г-ном К. Ямадой») is an official, the
   surname in the nominative (was no official).
5. A body's short name the report sets once («… (далее – Минпромэнерго РБ)») is that body where it later stands
   alone, in another event too (was none).
6. «по вопросам/по теме/по итогам …» after a body's country ends the body's name («Торгово-промышленной палатой
   Индии по вопросам экспорта краба» → «Торгово-промышленная палата Индии»); «по делам …» still belongs to it.
7. A count column's people the title names as from abroad («до 50 преподавателей» at «курсы для преподавателей … из
   Лаосской Народно-Демократической Республики») are the foreign count, as a participants column's were; a country's
   name that runs past the title's window around the people counts too.
8. Found by the nets over these fixtures: a joined town typed in capitals keeps its spelling («Г. ПЕТРОПАВЛОВСК-
   КАМЧАТСКИЙ» was «Петропавловск-камчатский», then Kazakhstan's Петропавловск); a two-word short name however
   spaced; an unknown town as the place's one word; every city a short place lists without «г.» gives its region.
"""
from __future__ import annotations

import importlib.util
import io
import sys
from datetime import date
from pathlib import Path

import pytest

from etl.normalize import build_report
from etl.read import read_bytes

P = pytest.param
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _builder():
    spec = importlib.util.spec_from_file_location("build20", FIXTURES / "build_next_reports20.py")
    builder = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build20", builder)  # a dataclass looks its module up while it is made
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

@pytest.mark.parametrize("name", _files(BUILDER.ZABAIKALYE))
def test_the_zabaikalye_report_reads_as_a_person_reads_it(name):
    """Aimags by adjective and by their centre, «в течение октября», «2-я декада ноября», «3 делегации по 5 человек»,
    «до 50 преподавателей» from Laos in a count column, a signing postponed, «ежемесячно» online with the DPRK."""
    report = _load(name)
    assert (report.region, report.year, report.quarter) == ("Забайкальский край", 2025, 4)
    assert [_fields(e) for e in report.events] == [
        (1, "agriculture", date(2025, 10, 1), date(2025, 10, 31), "Чита", "RU", ["MN"], ["Аймак Сухэбатор"],
         "in_person", 40, False, True, None, "signed"),
        (2, "agriculture", date(2025, 11, 11), date(2025, 11, 20), "Чойбалсан", "MN", ["MN"], ["Аймак Дорнод"],
         "in_person", 15, False, False, None, "verbal"),
        (3, "education_science", date(2025, 10, 1), date(2025, 11, 30), "Чита", "RU", ["LA"], [], "in_person",
         50, False, True, 50, None),
        (4, "culture_tourism", date(2025, 12, 3), date(2025, 12, 7), "Нячанг", "VN", ["VN"], [], "in_person",
         100, True, False, None, None),
        (5, "culture_tourism", date(2025, 10, 1), date(2025, 12, 31), None, "RU", ["KP"], [], "online",
         2000, False, True, None, None),
    ]
    events = report.events
    assert [(o.name, o.role) for o in events[1].officials] == [
        ("А.В. Кулаков", "заместитель председателя Правительства Забайкальского края")]
    assert _org(events[1], "Правительство Забайкальского края") == ("RU", "home")
    assert _org(events[2], "Забайкальский государственный университет") == ("RU", "home")
    assert [e.direction for e in events] == ["inbound", "outbound", "inbound", "outbound", "remote"]
    assert not _warnings(report), _warnings(report)


@pytest.mark.parametrize("name", _files(BUILDER.BASHKORTOSTAN))
def test_the_bashkortostan_report_reads_as_a_person_reads_it(name):
    """No «ё»; one column of dates and place; «(далее – Минпромэнерго РБ)» set in event 1 and used alone in event
    3; «эмират Шарджа»; «по мере необходимости⏎г. Уфа»; «3 команды по 20 человек» in Namangan."""
    report = _load(name)
    assert (report.region, report.year, report.quarter) == ("Республика Башкортостан", 2025, 4)
    assert [_fields(e) for e in report.events] == [
        (1, "industry_trade", date(2025, 10, 14), date(2025, 10, 16), "Актобе", "KZ", ["KZ"],
         ["Актюбинская область"], "in_person", 12, False, False, None, "signed"),
        (2, "industry_trade", date(2025, 11, 24), date(2025, 11, 27), "Шарджа", "AE", ["AE"], ["Эмират Шарджа"],
         "in_person", 40, False, True, None, "verbal"),
        (3, "industry_trade", None, None, "Уфа", "RU", ["IR"], [], "in_person", None, False, False, None, None),
        (4, "sport", date(2025, 12, 5), date(2025, 12, 7), "Уфа", "RU", ["UZ", "KZ", "TM"], [], "in_person",
         200, False, True, 200, None),
        (5, "sport", date(2025, 11, 1), date(2025, 11, 30), "Наманган", "UZ", ["UZ"], ["Наманганская область"],
         "in_person", 60, False, False, None, None),
    ]
    events = report.events
    ministry = "Министерство промышленности, энергетики и инноваций Республики Башкортостан"
    assert _org(events[0], ministry) == ("RU", "home")
    assert _org(events[0], "Акимат Актюбинской области") == ("KZ", "foreign")
    assert _org(events[2], ministry) == ("RU", "home")  # «Минпромэнерго РБ» alone, set in event 1
    assert [e.direction for e in events] == ["outbound", "outbound", "inbound", "inbound", "outbound"]
    assert not _warnings(report), _warnings(report)
    assert [(i.severity, i.message) for i in report.issues if i.event == 3 and i.field == "dates"] == [
        ("info", "дата не названа («по мере необходимости»): мероприятие сохранено без даты")]


@pytest.mark.parametrize("name", _files(BUILDER.KAMCHATKA))
def test_the_kamchatka_report_reads_as_a_person_reads_it(name):
    """A long title, a «Форма проведения» column, results in «Примечание»: «г-ном К. Ямадой», «г. Вакканай» at a
    Japanese fair, «45 (из них 20 – японская сторона)», «по вопросам экспорта краба», an agreement only planned,
    «г. Цхинвал»."""
    report = _load(name)
    assert (report.region, report.year, report.quarter) == ("Камчатский край", 2025, 4)
    assert [_fields(e) for e in report.events] == [
        (1, "economy", None, None, "Петропавловск-Камчатский", "RU", ["JP"], ["Префектура Хоккайдо"], "in_person",
         None, False, False, None, None),
        (2, "economy", date(2025, 11, 20), date(2025, 11, 22), "Вакканай", "JP", ["JP"], [], "in_person",
         45, False, False, 20, "signed"),
        (3, "economy", date(2025, 12, 11), date(2025, 12, 20), None, "RU", ["IN"], [], "online",
         15, False, True, None, "verbal"),
        (4, "culture_tourism", date(2025, 10, 1), date(2025, 10, 31), "Гавана", "CU", ["CU"], [], "in_person",
         600, False, True, None, None),
        (5, "culture_tourism", date(2025, 11, 1), date(2025, 12, 31), "Каракас", "VE", ["VE"], [], "in_person",
         2000, False, True, None, None),
        (6, "culture_tourism", date(2025, 12, 10), date(2025, 12, 12), "Цхинвал", "OS", ["OS"], [], "in_person",
         300, True, False, None, None),
    ]
    events = report.events
    assert [(o.name, o.role) for o in events[0].officials] == [
        ("К. Ямада", "представитель ассоциации рыбопромышленников префектуры Хоккайдо")]
    assert _org(events[0], "Ассоциация рыбопромышленников префектуры Хоккайдо") == ("JP", "foreign")
    assert _org(events[2], "Торгово-промышленная палата Индии") == ("IN", "foreign")
    assert [e.direction for e in events] == ["inbound", "outbound", "remote", "outbound", "outbound", "outbound"]
    assert not _warnings(report), _warnings(report)


def test_the_fixtures_are_what_the_builder_writes_and_say_synthetic():
    for report in BUILDER.REPORTS:
        assert (FIXTURES / report.txt_name).read_text(encoding="utf-8") == report.text()
        assert (FIXTURES / report.docx_name).is_file()
        assert "SYNTHETIC" in " ".join(report.title) and "SYNTHETIC" in report.docx_name.upper()
        assert "synthetic" in report.txt_name


def test_the_word_file_named_after_its_long_title_reads_its_quarter_from_the_title():
    name = BUILDER.KAMCHATKA.docx_name
    assert name.startswith("Сведения о реализации международных связей Камчатского края за IV квартал 2025")
    report = _load(name)
    assert (report.region, report.quarter, report.year) == ("Камчатский край", 4, 2025)
    assert not [i for i in report.issues if "имени файла" in i.message or "названия файла" in i.message]


# ---------- one event in a small SYNTHETIC report ----------

TITLE = "Отчёт о международной деятельности Амурской области за IV квартал 2025 г. (SYNTHETIC, next_reports20)"


def _event(title: str, place: str = "г. Благовещенск", dates: str = "14 октября 2025 г.", people: str = "10 человек",
           content: str = "—", count_column: bool = False):
    header = "Кол-во участников" if count_column else "Участники"
    cells = ("№ п/п", "Мероприятие", "Дата", "Место", header, "Итоги", "1", title, dates, place, people, content)
    text = TITLE + "\n\n" + "\n".join("\t" + c for c in cells) + "\n"
    report = build_report(read_bytes(text.encode("utf-8"), "амур.txt"))
    (event,) = report.events
    return event, report


# ---------- 1. a foreign province named by its kind noun ----------

@pytest.mark.parametrize("title, regions, partners", [
    P("Визит делегации Хэнтийского аймака", ["Аймак Хэнтий"], ["MN"], id="aimag_adjective_listed"),
    P("Переговоры с губернатором Сухэбаторского аймака", ["Аймак Сухэбатор"], ["MN"], id="aimag_adjective_genitive"),
    P("Встреча с делегацией Баянхонгорского аймака", ["Аймак Баянхонгор"], ["MN"], id="aimag_not_listed"),
    P("Визит делегации провинции Гирин", ["Провинция Цзилинь"], ["CN"], id="province_old_name"),
    P("Переговоры с делегацией эмирата Шарджа", ["Эмират Шарджа"], ["AE"], id="emirate"),
    P("Встреча с делегацией эмирата Аджман", ["Эмират Аджман"], ["AE"], id="another_emirate"),
    P("Встреча с делегацией префектуры Ямагата", ["Префектура Ямагата"], ["JP"], id="prefecture_not_listed"),
    P("Визит делегации кантона Женева", ["Кантон Женева"], ["CH"], id="canton"),
    P("Визит делегации земли Бранденбург (ФРГ)", ["Земля Бранденбург"], ["DE"], id="land_beside_its_country"),
    P("Визит делегации штата Сан-Паулу (Бразилия)", ["Штат Сан-Паулу"], ["BR"], id="state_beside_its_country"),
    P("Визит делегации уезда Хуньчунь (КНР)", ["Уезд Хуньчунь"], ["CN"], id="county_beside_its_country"),
    P("Визит делегации округа Тузла (Босния и Герцеговина)", ["Округ Тузла"], ["BA"], id="okrug_abroad"),
])
def test_a_province_named_by_its_kind_noun_is_kept_with_its_country(title, regions, partners):
    event, _ = _event(title)
    assert (event.foreign_regions, event.partner_countries) == (regions, partners)


@pytest.mark.parametrize("title, partners", [
    P("Визит делегации Кош-Агачского аймака Республики Алтай", [], id="altai_aimag"),
    P("Визит делегации земли Бранденбург", [], id="land_without_a_country"),
    P("Встреча в администрации муниципального округа Сафоново с делегацией Республики Беларусь", ["BY"],
      id="russian_okrug"),
    P("Визит делегации провинции Китая", ["CN"], id="a_country_after_the_noun"),
    P("Совещание о передаче земли Российской Федерации", [], id="land_of_russia"),
    P("Встреча со студентами из провинции", [], id="no_name"),
])
def test_a_kind_noun_without_a_foreign_provinces_name_adds_no_region(title, partners):
    event, _ = _event(title)
    assert (event.foreign_regions, event.partner_countries) == ([], partners)


# ---------- 2. a town no list knows, after «г.» ----------

@pytest.mark.parametrize("title, place, country", [
    P("Встреча с делегацией префектуры Хоккайдо", "г. Вакканай", "JP", id="japan_by_region"),
    P("Участие в ярмарке в Японии", "г. Немуро", "JP", id="japan_by_name"),
    P("Бизнес-миссия во Вьетнам", "г. Хойан", "VN", id="vietnam"),
    P("Дни российского кино в Лаосе", "г. Вангвьенг", "LA", id="laos"),
    P("Поездка делегации в Монголию", "г. Баруун-Урт", "MN", id="an_aimags_centre"),
    P("Визит в Республику Абхазия", "г. Гагра", "AB", id="abkhazia"),
    P("Дни культуры в Республике Южная Осетия", "г. Цхинвал", "OS", id="south_ossetia"),
])
def test_a_town_no_list_knows_is_the_one_foreign_partners(title, place, country):
    event, _ = _event(title, place)
    assert (event.venue_country, event.direction) == (country, "outbound")


@pytest.mark.parametrize("title, place", [
    P("Визит делегации Республики Беларусь", "г. Кологрив", id="a_town_the_dictionary_knows"),
    P("Визит делегации Республики Беларусь", "г. Кологрив, Костромская область", id="a_russian_region_named"),
    P("Встреча с делегациями Монголии и Китая", "г. Вакканай", id="two_partners"),
    P("Встреча с коллегами", "г. Вакканай", id="no_partner"),
    P("Визит делегации провинции Хэйлунцзян", "г. Свободный", id="a_russian_town"),
    P("Визит делегации Японии", "с. Ивановка", id="a_village"),
])
def test_a_town_stays_ours_where_nothing_places_it_abroad(title, place):
    event, _ = _event(title, place)
    assert event.venue_country == "RU"


# ---------- 3. «по мере необходимости» ----------

@pytest.mark.parametrize("dates, said", [
    P("по мере необходимости", "по мере необходимости", id="as_needed"),
    P("По мере необходимости.", "По мере необходимости", id="capital_and_dot"),
    P("по запросу", "по запросу", id="on_request"),
    P("по согласованию сторон", "по согласованию сторон", id="as_agreed"),
    P("по мере поступления заявок", "по мере поступления заявок", id="as_applications_come"),
    P("по мере необходимости\nг. Благовещенск", "по мере необходимости", id="beside_a_place"),
])
def test_a_when_needed_phrase_keeps_the_event_without_dates_and_says_so(dates, said):
    event, report = _event("Консультации с Генеральным консульством Японии", dates=dates)
    assert (event.start_date, event.end_date) == (None, None)
    assert [(i.severity, i.message) for i in report.issues if i.field == "dates"] == [
        ("info", f"дата не названа («{said}»): мероприятие сохранено без даты")]


@pytest.mark.parametrize("dates, start, warned", [
    P("15 октября, далее по мере необходимости", date(2025, 10, 15), False, id="a_date_first"),
    P("октябрь (по согласованию)", date(2025, 10, 1), False, id="a_month_first"),
    P("по мере сил", None, True, id="not_a_when_phrase"),
])
def test_a_date_beside_the_phrase_is_read_and_other_words_stay_unread(dates, start, warned):
    event, report = _event("Консультации с Генеральным консульством Японии", dates=dates)
    assert event.start_date == start
    assert ("не удалось прочитать даты" in _warnings(report)) is warned


def test_the_when_needed_info_reads_in_english():
    from analytics.i18n import message_text

    assert message_text("дата не названа («по запросу»): мероприятие сохранено без даты", "en") == \
        "no date named («по запросу»): the event is kept without a date"


# ---------- 4. an honorific before one initial ----------

@pytest.mark.parametrize("title, official", [
    P("Встреча с г-ном К. Ямадой", ("К. Ямада", None), id="g_nom"),
    P("Встреча с господином Д. Батбаяром", ("Д. Батбаяр", None), id="gospodin_consonant"),
    P("Встреча с госпожой А. Танакой", ("А. Танака", None), id="gospozha"),
    P("Беседа с г-жой М. Сато", ("М. Сато", None), id="g_zhoy_undeclined"),
    P("Беседа с г-жой И. Петровой", ("И. Петрова", None), id="g_zhoy_russian"),
    P("Письмо госпоже Н. Кобаяси", ("Н. Кобаяси", None), id="dative_undeclined"),
    P("Встреча с г-ном К. Ямадой, Генеральным консулом Японии", ("К. Ямада", "Генеральный консул Японии"),
      id="role_after"),
    P("Встреча с Генеральным консулом Японии г-ном К. Ямадой", ("К. Ямада", "Генеральный консул Японии"),
      id="role_before"),
    P("Визит Посла Монголии господина Д. Батбаяра", ("Д. Батбаяр", "Посол Монголии"), id="role_before_genitive"),
])
def test_a_person_after_an_honorific_with_one_initial_is_an_official(title, official):
    event, _ = _event(title)
    assert [(o.name, o.role) for o in event.officials] == [official]


@pytest.mark.parametrize("title", [
    P("Встреча с К. Ямадой", id="no_honorific_no_role"),
    P("Поездка в г. Ямада", id="a_town"),
])
def test_one_initial_without_an_honorific_or_a_role_is_no_official(title):
    event, _ = _event(title)
    assert event.officials == []


# ---------- 5. a short name set with «(далее – …)» ----------

def _two_events(first: str, second: str, region_genitive: str = "Республики Башкортостан"):
    cells = ("№ п/п", "Мероприятие", "Дата", "Место", "Участники", "Итоги",
             "1", first, "14 октября 2025 г.", "г. Москва", "10 человек", "—",
             "2", second, "21 октября 2025 г.", "г. Москва", "10 человек", "—")
    text = (f"Отчёт о международной деятельности {region_genitive} за IV квартал 2025 г. (SYNTHETIC)\n\n"
            + "\n".join("\t" + c for c in cells) + "\n")
    return build_report(read_bytes(text.encode("utf-8"), "далее.txt")).events


@pytest.mark.parametrize("first, second, name, country, region", [
    P("Визит делегации Министерства промышленности, энергетики и инноваций Республики Башкортостан (далее – "
      "Минпромэнерго РБ) в Казахстан", "Консультации Минпромэнерго РБ с делегацией Ирана",
      "Министерство промышленности, энергетики и инноваций Республики Башкортостан", "RU", "Республики Башкортостан",
      id="contraction_and_letters"),
    P("Встреча с Торгово-промышленной палатой Республики Казахстан (далее по тексту – ТПП РК)",
      "Бизнес-форум с участием ТПП РК", "Торгово-промышленная палата Республики Казахстан", "KZ",
      "Омской области", id="po_tekstu_foreign"),
    P("Встреча с Агентством по туризму Монголии (далее - Агентство)", "Переговоры с делегацией Монголии, которую "
      "возглавило Агентство", "Агентство по туризму Монголии", "MN", "Республики Бурятия", id="one_word_hyphen"),
])
def test_a_short_name_set_once_is_that_body_where_it_stands_alone(first, second, name, country, region):
    events = _two_events(first, second, region)
    assert name in [o.name for o in events[0].organisations]
    assert (name, country) in [(o.name, o.country) for o in events[1].organisations], events[1].organisations


def test_a_bracket_of_lower_case_words_sets_no_short_name():
    events = _two_events("Встреча с Посольством Монголии (далее – встреча)", "Итоговая встреча с делегацией Монголии",
                         "Республики Бурятия")
    assert "Посольство Монголии" not in [o.name for o in events[1].organisations]


# ---------- 6. «по вопросам …» after a body's country ----------

@pytest.mark.parametrize("title, name", [
    P("Видеоконференция с Торгово-промышленной палатой Индии по вопросам экспорта краба",
      "Торгово-промышленная палата Индии", id="po_voprosam"),
    P("Переговоры с Торгово-промышленной палатой Вьетнама по итогам выставки", "Торгово-промышленная палата Вьетнама",
      id="po_itogam"),
    P("Встреча с Культурным центром Молдовы по теме обмена", "Культурный центр Молдовы", id="po_teme"),
])
def test_a_topic_after_a_bodys_country_is_not_its_name(title, name):
    event, _ = _event(title)
    assert name in [o.name for o in event.organisations], event.organisations


@pytest.mark.parametrize("title, name", [
    P("Встреча с Министерством Республики Беларусь по чрезвычайным ситуациям",
      "Министерство Республики Беларусь по чрезвычайным ситуациям", id="po_situations"),
    P("Встреча с Министерством Российской Федерации по делам гражданской обороны",
      "Министерство Российской Федерации по делам гражданской обороны", id="po_delam"),
    P("Встреча с Комитетом по вопросам молодёжи Республики Узбекистан",
      "Комитет по вопросам молодёжи Республики Узбекистан", id="po_voprosam_before_the_country"),
])
def test_a_bodys_own_field_after_po_stays_in_its_name(title, name):
    event, _ = _event(title)
    assert name in [o.name for o in event.organisations], event.organisations


# ---------- 7. a count column's people named by the title ----------

@pytest.mark.parametrize("title, people, foreign", [
    P("Курсы повышения квалификации для преподавателей русского языка из Лаосской Народно-Демократической "
      "Республики", "до 50 преподавателей", 50, id="long_country_name"),
    P("Рекламный тур для туроператоров из Ирана и Турции", "12 туроператоров", 12, id="two_countries"),
    P("Лечение пациентов из КНДР в краевой больнице", "18 пациентов", 18, id="patients"),
    P("Курсы для преподавателей из Амурской области", "50 преподавателей", None, id="our_own_people"),
    P("Курсы для преподавателей русского языка из Лаоса", "до 50 участников", None, id="generic_noun"),
])
def test_a_count_columns_people_the_title_names_as_foreign_are_the_foreign_count(title, people, foreign):
    event, _ = _event(title, people=people, count_column=True)
    assert event.attendance_foreign == foreign


def test_the_builder_writes_docx_the_reader_reads():
    import docx

    document = docx.Document(io.BytesIO(BUILDER.ZABAIKALYE.docx()))
    assert document.tables[0].rows[0].cells[4].text == "Кол-во участников"


# ---------- 8. found by the same-meaning and same-table nets over this round's fixtures ----------

@pytest.mark.parametrize("typed, read", [
    P("Г. ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ", "г. Петропавловск-Камчатский", id="town_with_an_adjective_part"),
    P("Г. УЛАН-УДЭ", "г. Улан-Удэ", id="town_with_a_known_word_part"),
    P("Г. ЮЖНО-САХАЛИНСК", "г. Южно-Сахалинск", id="as_before"),
    P("РОССИЙСКО-БЕЛОРУССКОГО ФОРУМА", "Российско-белорусского форума", id="joined_adjective_control"),
    P("ВИЦЕ-ГУБЕРНАТОРОМ", "Вице-губернатором", id="joined_noun_control"),
])
def test_a_joined_town_typed_in_capitals_keeps_its_spelling(typed, read):
    from etl.capitals import in_case

    assert in_case(typed) == read


def test_a_joined_town_in_capitals_stays_ours():
    event, _ = _event("Встреча с делегацией префектуры Хоккайдо", "Г. ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ")
    assert (event.venue_city, event.venue_country, event.foreign_regions) == (
        "Петропавловск-Камчатский", "RU", ["Префектура Хоккайдо"])


@pytest.mark.parametrize("place, city, country", [
    P("Вакканай", "Вакканай", "JP", id="lone_unknown_town"),
    P("Вакканай.", "Вакканай", "JP", id="lone_town_with_a_dot"),
    # a national venue named without its city gets it (test_etl_institution_venues.py); not the partner's Japan
    P("Экспоцентр", "Москва", "RU", id="a_word_the_dictionary_knows"),
    P("Кологрив", None, "RU", id="a_russian_town_the_dictionary_knows"),
])
def test_an_unknown_town_as_the_places_one_word_is_the_partners(place, city, country):
    event, _ = _event("Участие в ярмарке в Японии", place)
    assert (event.venue_city, event.venue_country) == (city, country)


@pytest.mark.parametrize("place, regions", [
    P("Самарканд, Бухара", ["Самаркандская область", "Бухарская область"], id="two_uzbek_cities"),
    P("Могилев, Гомель", ["Могилевская область", "Гомельская область"], id="two_belarusian_cities"),
    P("г. Самарканд, г. Бухара", ["Самаркандская область", "Бухарская область"], id="with_g_as_before"),
    P("Самарканд", ["Самаркандская область"], id="one_city_control"),
])
def test_every_city_a_place_lists_without_g_gives_its_region(place, regions):
    event, _ = _event("Гастроли областного театра", place)
    assert event.foreign_regions == regions


def test_a_short_name_of_two_words_is_found_however_spaced():
    events = _two_events("Визит делегации Министерства промышленности, энергетики и инноваций Республики Башкортостан "
                         "(далее –  Минпромэнерго  РБ) в Казахстан", "Консультации Минпромэнерго   РБ с делегацией Ирана")
    assert "Министерство промышленности, энергетики и инноваций Республики Башкортостан" in [
        o.name for o in events[1].organisations]
