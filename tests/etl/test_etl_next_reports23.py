"""The next report, twenty-third round: round 22's leftovers as general rules, then three SYNTHETIC reports of regions
and clerks no fixture had (tests/fixtures/build_next_reports23.py: Самарская область, Удмуртская Республика,
Республика Калмыкия; .txt and .docx each), every field of every event written from the reports' own text, and the
rules they needed:

1. A capitalised adjective in brackets inside a body's name is part of it («Северный (Арктический) федеральный
   университет», was «Федеральный университет …»); a bracket after a name is not.
2. A body's name typed in small letters, its town's adjective first («смоленский государственный университет»,
   «витебского областного исполнительного комитета») is found; a place's people or a country's adjective is not.
3. A town followed by a region's letters («г. Радужный, ХМАО», «г. Мирный, РС(Я)») is that region's town.
4. Officials: a three-part foreign name whose last word is a dictionary noun («Хулио Гармендиа Пенья»), a given
   name the dictionary knows as a noun («Шерифом Фатхи»), a second given name kept («Хуан Карлос Мартин»), and
   Abkhaz surnames in case forms («А. Бжании» → Бжания, «Ардзинбой» → Ардзинба).
5. Found by the new reports: «на протяжении IV квартала»; «Содержание мероприятия» beside «Итоги и договорённости»
   is the title column; a «Страна (регион)» column naming towns is the place; a ministry's list of several commas;
   a contraction longer than 15 letters set once («Минэкономразвития РК»); a foreign group counted in words
   («около сорока студентов» from India); a body named by the adjective of the region's centre («Ижевский
   механический завод» at a Tashkent exhibition) is the region's.
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
    spec = importlib.util.spec_from_file_location("build23", FIXTURES / "build_next_reports23.py")
    builder = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build23", builder)  # a dataclass looks its module up while it is made
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

@pytest.mark.parametrize("name", _files(BUILDER.SAMARA))
def test_the_samara_report_reads_as_a_person_reads_it(name):
    """«ё» everywhere; «в период с 30.09 по 03.10.2025», «17 и 24 октября», «на протяжении квартала», «в первой декаде
    декабря», «ноябрь–декабрь»; counts in words and a range; «(далее – СамГМУ)»; a ministry of four fields; signed,
    postponed, planned, prolonged."""
    report = _load(name)
    assert (report.region, report.year, report.quarter) == ("Самарская область", 2025, 4)
    assert [_fields(e) for e in report.events] == [
        (1, "economy", date(2025, 9, 30), date(2025, 10, 3), "Самарканд", "UZ", ["UZ"], ["Самаркандская область"],
         "in_person", 12, False, False, None, "signed"),
        (2, "economy", date(2025, 10, 17), date(2025, 10, 24), "Тольятти", "RU", ["VN"], [], "in_person",
         10, True, False, None, None),
        (3, "education_science", date(2025, 10, 1), date(2025, 12, 31), "Самара", "RU", ["IN"], [], "in_person",
         40, False, True, 40, None),
        (4, "education_science", date(2025, 12, 1), date(2025, 12, 10), None, "RU", ["IR"], [], "online",
         50, True, False, 12, None),
        (5, "culture_tourism", date(2025, 11, 1), date(2025, 12, 31), "Каир", "EG", ["EG"], [], "in_person",
         1200, False, True, None, None),
        (6, "culture_tourism", date(2025, 11, 12), date(2025, 11, 14), "Самара", "RU", ["AM"], [], "in_person",
         300, True, False, None, "signed"),
    ]
    events = report.events
    assert _orgs(events[0]) == [("Правительство Самарской области", "RU", "home"),
                                ("Хокимият Самаркандской области", "UZ", "foreign")]
    assert _orgs(events[1]) == [("Торгово-промышленная палата Социалистической Республики Вьетнам", "VN", "foreign")]
    university = ("Самарский государственный медицинский университет", "RU", "home")
    assert _orgs(events[2]) == [university] and _orgs(events[3]) == [university]  # «СамГМУ» alone in event 4
    assert _orgs(events[4]) == [("Самарский академический театр оперы и балета", "RU", "home")]
    assert _orgs(events[5]) == [
        ("Министерство культуры Самарской области", "RU", "home"),
        ("Министерство образования, науки, культуры и спорта Республики Армения", "AM", "foreign")]
    assert _officials(events[4]) == [("Шериф Фатхи", "министр туризма и древностей Египта")]
    assert [e.direction for e in events] == ["outbound", "inbound", "inbound", "remote", "outbound", "inbound"]
    assert not _warnings(report), _warnings(report)


@pytest.mark.parametrize("name", _files(BUILDER.UDMURTIA))
def test_the_udmurtia_report_reads_as_a_person_reads_it(name):
    """No «ё»; a «Страна (регион)» column of countries and towns and a «Формат» one; «первая половина ноября»,
    «17 и 24 октября», «на протяжении IV квартала», «ноябрь-декабрь»; «шесть человек», «более 200 школьников», «два
    десятка артистов»; contracts signed, a signing planned, an agreement denounced, a verbal agreement."""
    report = _load(name)
    assert (report.region, report.year, report.quarter) == ("Удмуртская Республика", 2025, 4)
    assert [_fields(e) for e in report.events] == [
        (1, "industry_trade", date(2025, 10, 1), date(2025, 10, 3), "Ташкент", "UZ", ["UZ"], [], "in_person",
         18, False, False, None, "signed"),
        (2, "industry_trade", date(2025, 11, 1), date(2025, 11, 15), None, "RU", ["TR"], [], "online",
         7, False, False, None, None),
        (3, "education_science", date(2025, 10, 17), date(2025, 10, 24), "Ижевск", "RU", ["KG"], ["Ошская область"],
         "in_person", 6, False, False, None, "signed"),
        (4, "education_science", date(2025, 10, 1), date(2025, 12, 31), None, "RU", ["MN", "TJ"], [], "online",
         200, True, False, 200, None),
        (5, "culture_tourism", date(2025, 11, 1), date(2025, 12, 31), "Ханой", "VN", ["VN"], [], "in_person",
         20, False, False, None, None),
        (6, "culture_tourism", date(2025, 12, 5), date(2025, 12, 5), "Ижевск", "RU", ["AZ"], [], "in_person",
         9, False, False, None, None),  # «денонсировано»: no agreement signed
        (7, "culture_tourism", date(2025, 11, 24), date(2025, 11, 24), "Ижевск", "RU", ["CU"], [], "in_person",
         12, False, False, None, "verbal"),
    ]
    events = report.events
    assert _orgs(events[0]) == [("Ижевский механический завод", "RU", "home")]
    assert _orgs(events[1]) == [
        ("Торговое представительство Российской Федерации в Турецкой Республике", "RU", "domestic"),
        ("Торговая палата Анкары", "TR", "foreign")]
    assert _orgs(events[2]) == [("Ошский государственный университет", "KG", "foreign"),
                                ("Удмуртский государственный университет", "RU", "home"),
                                ("Казанский (Приволжский) федеральный университет", "RU", "domestic")]
    assert _orgs(events[4]) == [
        ("Государственный ансамбль песни и танца Удмуртской Республики «Италмас»", "RU", "home")]
    assert _orgs(events[5]) == [("Министерство культуры Азербайджанской Республики", "AZ", "foreign")]
    assert _officials(events[6]) == [("Хулио Гармендиа Пенья", "Посол Республики Куба")]
    assert [e.direction for e in events] == ["outbound", "remote", "inbound", "remote", "outbound", "inbound",
                                             "inbound"]
    assert not _warnings(report), _warnings(report)


@pytest.mark.parametrize("name", _files(BUILDER.KALMYKIA))
def test_the_kalmykia_report_reads_as_a_person_reads_it(name):
    """A long title and the Word file named after it; «Содержание мероприятия» beside «Итоги и договорённости»;
    «(далее – Минэкономразвития РК)» used alone in event 3; an aimag; «октябрь–ноябрь», «в первой декаде ноября»;
    «15 человек, в т.ч. 4 иностранных гостя»; an agreement signed, one prolonged, one denounced and a new one signed,
    a verbal agreement; «А. Бжании»."""
    report = _load(name)
    assert (report.region, report.year, report.quarter) == ("Республика Калмыкия", 2025, 4)
    assert [_fields(e) for e in report.events] == [
        (1, "general", date(2025, 10, 6), date(2025, 10, 9), "Цэцэрлэг", "MN", ["MN"], ["Аймак Архангай"],
         "in_person", 8, False, False, None, "signed"),
        (2, "general", date(2025, 10, 17), date(2025, 10, 24), "Элиста", "RU", ["LK"], [], "in_person",
         15, False, False, 4, "verbal"),
        (3, "general", date(2025, 10, 1), date(2025, 11, 30), None, "RU", ["ZA"], [], "online",
         10, False, False, None, "signed"),
        (4, "culture_tourism", date(2025, 11, 1), date(2025, 11, 10), "Бодх-Гая", "IN", ["IN"], [], "in_person",
         40, False, True, None, None),
        (5, "culture_tourism", date(2025, 11, 20), date(2025, 11, 27), "Белград", "RS", ["RS"], ["Автономный край Воеводина"], "in_person",
         2000, True, False, None, None),
        (6, "culture_tourism", date(2025, 12, 2), date(2025, 12, 2), "Элиста", "RU", ["AB"], [], "in_person",
         11, False, False, None, "signed"),
    ]
    events = report.events
    ministry = ("Министерство экономического развития Республики Калмыкия", "RU", "home")
    assert _orgs(events[0]) == [ministry, ("Правительство Республики Калмыкия", "RU", "home"),
                                ("Администрация Архангайского аймака", "MN", "foreign")]
    assert _orgs(events[2]) == [ministry, ("Торгово-промышленная палата Дурбана", "ZA", "foreign")]
    assert _orgs(events[4]) == [("Калмыцкий государственный ансамбль песни и танца «Тюльпан»", "RU", "home")]
    assert _officials(events[5]) == [("А. Бжания", "Президент Республики Абхазия")]
    assert events[0].title.startswith("Визит делегации Министерства экономического развития")
    assert [e.direction for e in events] == ["outbound", "inbound", "remote", "outbound", "outbound", "inbound"]
    assert not _warnings(report), _warnings(report)


def test_the_fixtures_are_what_the_builder_writes_and_say_synthetic():
    for report in BUILDER.REPORTS:
        assert (FIXTURES / report.txt_name).read_text(encoding="utf-8") == report.text()
        assert (FIXTURES / report.docx_name).is_file()
        assert "SYNTHETIC" in " ".join(report.title) and "SYNTHETIC" in report.docx_name.upper()
        assert "synthetic" in report.txt_name


def test_the_word_file_named_after_its_long_title_reads_its_quarter_from_the_title():
    name = BUILDER.KALMYKIA.docx_name
    assert name.startswith("Отчёт о реализации международных связей Республики Калмыкия за IV квартал 2025")
    report = _load(name)
    assert (report.region, report.quarter, report.year) == ("Республика Калмыкия", 4, 2025)


# ---------- one event in a small SYNTHETIC report ----------

def _report(title: str, place: str = "г. Томск", dates: str = "14 октября 2025 г.", people: str = "10 человек",
            region_genitive: str = "Томской области", results: str = "—",
            header: tuple[str, ...] = ("№ п/п", "Мероприятие", "Дата", "Место", "Участники", "Итоги")):
    cells = (*header, "1", title, dates, place, people, results)
    text = (f"Отчёт о международной деятельности {region_genitive} за IV квартал 2025 г. (SYNTHETIC, "
            "next_reports23)\n\n" + "\n".join("\t" + c for c in cells) + "\n")
    return build_report(read_bytes(text.encode("utf-8"), "синт.txt"))


def _event(*args, **kwargs):
    (event,) = _report(*args, **kwargs).events
    return event


# ---------- 1. a bracketed adjective inside a body's name ----------

@pytest.mark.parametrize("title, region, place, name", [
    P("Визит делегации Вьетнама в Северный (Арктический) федеральный университет имени М.В. Ломоносова",
      "Архангельской области", "г. Архангельск",
      "Северный (Арктический) федеральный университет имени М.В. Ломоносова", id="safu_nominative"),
    P("Визит делегации Северного (Арктического) федерального университета имени М.В. Ломоносова во Вьетнам",
      "Архангельской области", "г. Ханой",
      "Северный (Арктический) федеральный университет имени М.В. Ломоносова", id="safu_genitive"),
    P("Визит делегации Южного (Приволжского) федерального университета в Китай", "Томской области", "г. Пекин",
      "Южный (Приволжский) федеральный университет", id="south"),
    P("Встреча с ректором Уральского (Свердловского) горного университета и делегацией Китая", "Томской области",
      "г. Томск", "Уральский (Свердловский) горный университет", id="ural_instrumental_role_before"),
    P("Стажировка студентов из Вьетнама в Казанском (Приволжском) федеральном университете", "Томской области",
      "г. Казань", "Казанский (Приволжский) федеральный университет", id="kazan_locative"),
])
def test_a_bracketed_adjective_inside_a_bodys_name_is_part_of_it(title, region, place, name):
    event = _event(title, place, region_genitive=region)
    assert name in [o.name for o in event.organisations]


@pytest.mark.parametrize("title, names", [
    P("Встреча со студентами Белорусского государственного университета (Минск)",
      ["Белорусский государственный университет"], id="a_town_after_the_name"),
    P("Визит делегации Томского государственного университета (далее – ТГУ) в Китай",
      ["Томский государственный университет"], id="a_short_name_after"),
    P("Визит делегации Томского государственного университета (по согласованию) в Китай",
      ["Томский государственный университет"], id="a_note_after"),
    P("Визит делегации Витебского (Беларусь) государственного университета", [], id="a_country_inside"),
])
def test_a_bracket_after_a_name_or_round_no_adjective_is_not_the_names(title, names):
    event = _event(title, "г. Пекин")
    assert [o.name for o in event.organisations] == names


# ---------- 2. a body's name typed in small letters ----------

@pytest.mark.parametrize("title, region, place, expected", [
    P("Встреча с делегацией смоленского государственного университета и витебского областного исполнительного "
      "комитета", "Смоленской области", "г. Смоленск",
      [("Смоленский государственный университет", "RU", "home"),
       ("Витебский областной исполнительный комитет", "BY", "foreign")], id="two_bodies"),
    P("Визит делегации самарского академического театра оперы и балета в Египет", "Самарской области", "г. Каир",
      [("Самарский академический театр оперы и балета", "RU", "home")], id="theatre"),
    P("Стажировка преподавателей томского политехнического университета в Китае", "Томской области", "г. Пекин",
      [("Томский политехнический университет", "RU", "home")], id="polytechnic"),
])
def test_a_bodys_name_in_small_letters_is_found(title, region, place, expected):
    event = _event(title, place, region_genitive=region)
    assert _orgs(event) == expected


@pytest.mark.parametrize("title", [
    P("Встреча с представителями белорусского государственного университета", id="a_countrys_adjective"),
    P("Визит делегации российского государственного университета в Китай", id="russian"),
    P("Встреча томских студентов с китайскими коллегами", id="a_places_people"),
    P("Встреча смоленских государственных служащих с делегацией Беларуси", id="no_bodys_head"),
])
def test_ordinary_small_letter_phrases_are_no_bodies(title):
    assert _event(title, "г. Томск").organisations == []


# ---------- 3. a town with its region's letters ----------

@pytest.mark.parametrize("place, region, direction", [
    P("г. Радужный, ХМАО", "Томской области", "elsewhere_in_russia", id="khmao"),
    P("г. Радужный (ХМАО – Югра)", "Томской области", "elsewhere_in_russia", id="khmao_yugra_named_in_words_control"),
    P("пос. Светлый, ЯНАО", "Томской области", "elsewhere_in_russia", id="yanao_a_namesake_of_ours"),
    P("г. Мирный, РС(Я)", "Томской области", "elsewhere_in_russia", id="yakutia"),
    P("г. Прохладный, КБР", "Томской области", "elsewhere_in_russia", id="kbr"),
    P("г. Кедровый, ЕАО", "Томской области", "elsewhere_in_russia", id="eao"),
    P("г. Чекалин, НАО", "Томской области", "elsewhere_in_russia", id="nao_an_unlisted_town"),
    P("г. Радужный", "Томской области", "inbound", id="no_letters_ours_control"),
    P("пос. Светлый", "Томской области", "inbound", id="no_letters_namesake_control"),
    P("г. Радужный, ХМАО", "Ханты-Мансийского автономного округа — Югры", "inbound", id="our_own_letters"),
    P("г. Воткинск, УР", "Удмуртской Республики", "inbound", id="our_own_letters_ur"),
    P("г. Мирный, РС(Я)", "Республики Саха (Якутия)", "inbound", id="our_own_letters_yakutia"),
])
def test_a_town_with_its_regions_letters_is_that_regions(place, region, direction):
    event = _event("Визит делегации Республики Индия", place, region_genitive=region)
    assert (event.venue_country, event.direction, event.partner_countries) == ("RU", direction, ["IN"])


# ---------- 4. officials ----------

@pytest.mark.parametrize("title, officials", [
    P("Встреча с Послом Республики Куба Хулио Гармендиа Пенья",
      [("Хулио Гармендиа Пенья", "Посол Республики Куба")], id="last_word_a_noun"),
    P("Встреча с Генеральным консулом Египта Мохаммедом Рамаданом",
      [("Мохаммед Рамадан", "Генеральный консул Египта")], id="surname_a_noun_after_a_given_name"),
    P("Встреча с министром туризма Египта Шерифом Фатхи",
      [("Шериф Фатхи", "министр туризма Египта")], id="given_name_a_noun"),
    P("Встреча с Послом Испании Хуаном Карлосом Мартином",
      [("Хуан Карлос Мартин", "Посол Испании")], id="two_given_names"),
    P("Встреча с Послом Колумбии Габриэлем Гарсией Маркесом",
      [("Габриэль Гарсия Маркес", "Посол Колумбии")], id="a_name_in_iya_instrumental"),
    P("Встреча с министром образования Армении Надеждой Петросян",
      [("Н. Петросян", "министр образования Армении")], id="given_name_a_noun_control"),
    P("Встреча с Губернатором Иваном Ивановичем Петровым",
      [("И.И. Петров", "Губернатор")], id="a_patronymic_control"),
    P("Встреча с Послом Вьетнама Данг Минь Кхоем", [("Данг Минь Кхой", "Посол Вьетнама")], id="vietnamese_control"),
    P("Встреча с Послом Египта Шерифом", [], id="a_noun_alone_no_name"),
    P("Встреча с Послом Анатолием Культурой", [], id="a_fields_noun_is_no_surname"),
    P("Встреча с представителем Главного управления «Петрусь Бровка»", [], id="a_things_name_in_quotes"),
    P("Выступление директора архива с докладом «Уроженцы Смоленщины»", [], id="plural_people_of_a_land"),
    P("Встреча с Председателем Белкоопсоюза Анной Марией Петровой", [("А. Петрова", "Председатель Белкоопсоюза")],
      id="two_given_names_of_ours_control"),
])
def test_foreign_names_of_three_parts_and_given_names_the_dictionary_knows_as_nouns(title, officials):
    assert _officials(_event(title)) == officials


@pytest.mark.parametrize("title, name", [
    P("Встреча с Президентом Республики Абхазия А. Бжании", "А. Бжания", id="bzhania_genitive_form"),
    P("Встреча с Президентом Республики Абхазия А. Бжанией", "А. Бжания", id="bzhania_instrumental"),
    P("Визит Президента Республики Абхазия А. Бжании", "А. Бжания", id="bzhania_genitive_role"),
    P("Визит Президента Республики Абхазия А. Бжания", "А. Бжания", id="nominative_beside_genitive_stays"),
    P("Встреча с Премьер-министром Республики Абхазия А. Ардзинбой", "А. Ардзинба", id="ardzinba_instrumental_control"),
    P("Встреча с министром культуры Республики Абхазия Д. Гунбой", "Д. Гунба", id="gunba_instrumental_control"),
    P("Письмо министру культуры Республики Абхазия Д. Гунбе", "Д. Гунба", id="gunba_dative"),
    P("Встреча с министром Грузии Н. Гелашвили", "Н. Гелашвили", id="georgian_indeclinable_control"),
    P("Встреча с министром Республики Абхазия К. Кварчией", "К. Кварчия", id="kvarchia"),
])
def test_abkhaz_and_georgian_surnames_in_case_forms_are_read_back(title, name):
    assert [o.name for o in _event(title).officials] == [name]


# ---------- 5. found by this round's reports ----------

@pytest.mark.parametrize("dates, start, end", [
    P("на протяжении IV квартала", date(2025, 10, 1), date(2025, 12, 31), id="na_protyazhenii"),
    P("в ходе IV квартала", date(2025, 10, 1), date(2025, 12, 31), id="v_khode"),
    P("в продолжение III квартала", date(2025, 7, 1), date(2025, 9, 30), id="v_prodolzhenie_another_quarter"),
    P("на протяжении 4 квартала 2025 г.", date(2025, 10, 1), date(2025, 12, 31), id="digit_and_year"),
    P("в течение IV квартала", date(2025, 10, 1), date(2025, 12, 31), id="v_techenie_control"),
    P("в ходе форума 14 октября", date(2025, 10, 14), date(2025, 10, 14), id="v_khode_a_day_control"),
])
def test_a_numbered_quarter_said_with_na_protyazhenii_is_the_quarter(dates, start, end):
    from etl.dates import parse_dates

    found = parse_dates(dates, default_year=2025, default_quarter=4)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize("header, title", [
    P(("№ п/п", "Содержание мероприятия", "Дата", "Место", "Участники", "Итоги и договорённости"),
      "Визит делегации Монголии", id="soderzhanie"),
    P(("№ п/п", "Краткое содержание мероприятия", "Дата", "Место", "Участники", "Результаты"),
      "Визит делегации Монголии", id="kratkoe_soderzhanie"),
    P(("№ п/п", "Описание мероприятия", "Дата", "Место", "Участники", "Итоги"),
      "Визит делегации Монголии", id="opisanie"),
    P(("№ п/п", "Наименование мероприятия", "Дата", "Место", "Участники", "Содержание мероприятия"),
      "Визит делегации Монголии", id="a_title_column_of_its_own_control"),
])
def test_the_events_content_beside_a_results_column_is_the_title(header, title):
    event = _event(title, "г. Томск", header=header, results="Подписано соглашение")
    assert (event.title, event.agreement) == (title, "signed")


def test_a_lone_content_column_is_still_no_title():
    from etl.errors import ReportError

    with pytest.raises(ReportError, match="title"):
        _report("Визит делегации Монголии", header=("№ п/п", "Содержание мероприятия", "Дата", "Место", "Участники",
                                                     "Примечание"))


@pytest.mark.parametrize("header, place, city, country", [
    P(("№", "Наименование", "Сроки", "Страна (регион)", "Участники", "Результат"), "Узбекистан, г. Ташкент",
      "Ташкент", "UZ", id="country_region_town"),
    P(("№", "Наименование", "Сроки", "Страна / регион", "Участники", "Результат"), "Россия, г. Ижевск",
      "Ижевск", "RU", id="russia_and_a_town"),
    P(("№", "Наименование", "Сроки", "Страна-партнёр", "Участники", "Результат"), "Вьетнам, город Ханой",
      "Ханой", "VN", id="gorod"),
    P(("№", "Наименование", "Сроки", "Страна (регион)", "Участники", "Результат"), "УЗБЕКИСТАН, Г. ТАШКЕНТ",
      "Ташкент", "UZ", id="capitals"),
])
def test_a_country_column_naming_towns_is_the_place(header, place, city, country):
    event = _event("Визит делегации", place, header=header)
    assert (event.venue_city, event.venue_country) == (city, country)


def test_a_country_column_of_countries_alone_stays_the_partners():
    event = _event("Визит делегации", "Узбекистан, Казахстан",
                   header=("№", "Наименование", "Сроки", "Страна (регион)", "Участники", "Результат"))
    assert (event.venue_city, sorted(event.partner_countries)) == (None, ["KZ", "UZ"])


@pytest.mark.parametrize("title, name, country", [
    P("Встреча с Министерством образования, науки, культуры и спорта Республики Армения",
      "Министерство образования, науки, культуры и спорта Республики Армения", "AM", id="four_fields"),
    P("Встреча с Министерством труда, занятости, социальной защиты и миграции Республики Узбекистан",
      "Министерство труда, занятости, социальной защиты и миграции Республики Узбекистан", "UZ", id="uzbek"),
    P("Встреча с Министерством образования, науки и культуры Республики Армения",
      "Министерство образования, науки и культуры Республики Армения", "AM", id="three_fields_control"),
])
def test_a_ministrys_list_of_several_commas_runs_to_its_state(title, name, country):
    event = _event(title)
    assert (name, country) in [(o.name, o.country) for o in event.organisations]


@pytest.mark.parametrize("title, names", [
    P("Встреча с Министерством образования, Министерством культуры и Посольством Армении",
      ["Министерство образования", "Министерство культуры", "Посольство Армении"], id="bodies_listed"),
    P("Встреча с Министерством образования, студентами, преподавателями и Посольством Армении",
      ["Министерство образования", "Посольство Армении"], id="people_listed"),
])
def test_a_list_of_bodies_or_people_after_a_ministry_is_not_its_fields(title, names):
    assert [o.name for o in _event(title).organisations] == names


@pytest.mark.parametrize("first, second, region, name", [
    P("Визит делегации Министерства экономического развития Республики Калмыкия (далее – Минэкономразвития РК) в "
      "Монголию", "Переговоры Минэкономразвития РК с деловыми кругами Монголии", "Республики Калмыкия",
      "Министерство экономического развития Республики Калмыкия", id="kalmykia"),
    P("Визит делегации Министерства экономического развития Республики Хакасия (далее – Минэкономразвития РХ) в "
      "Монголию", "Переговоры Минэкономразвития РХ с деловыми кругами Монголии", "Республики Хакасия",
      "Министерство экономического развития Республики Хакасия", id="khakassia"),
    P("Визит делегации Министерства экономики Республики Калмыкия (далее – Минэкономики РК) в Монголию",
      "Переговоры Минэкономики РК с деловыми кругами Монголии", "Республики Калмыкия",
      "Министерство экономики Республики Калмыкия", id="short_contraction_control"),
])
def test_a_long_contraction_set_once_is_that_body(first, second, region, name):
    cells = ["№ п/п", "Мероприятие", "Дата", "Место", "Участники", "Итоги"]
    for n, title in enumerate([first, second], 1):
        cells += [str(n), title, "14 октября 2025 г.", "г. Элиста", "5 чел.", "—"]
    text = (f"Отчёт о международной деятельности {region} за IV квартал 2025 г. (SYNTHETIC, next_reports23)\n\n"
            + "\n".join("\t" + c for c in cells) + "\n")
    report = build_report(read_bytes(text.encode("utf-8"), "синт.txt"))
    for event in report.events:
        assert [(o.name, o.side) for o in event.organisations] == [(name, "home")]


@pytest.mark.parametrize("title, people, total, foreign", [
    P("Приём студентов из Республики Индия в Томском государственном университете", "около сорока студентов", 40, 40,
      id="words_received_at_ours"),
    P("Приём студентов из Республики Индия", "два десятка студентов", 20, 20, id="tens"),
    P("Приём студентов из Республики Индия", "более ста студентов", 100, 100, id="more_than"),
    P("Приём студентов из Республики Индия в Томском государственном университете", "40 студентов", 40, 40,
      id="digits_received_at_ours"),
    P("Приём студентов из Республики Индия", "около сорока человек", 40, None, id="generic_people_control"),
    P("Приём студентов из Республики Индия и Томской области", "около сорока студентов", 40, None,
      id="ours_joined_control"),
    P("Визит делегации Индии", "около сорока студентов", 40, None, id="the_title_names_no_such_people_control"),
])
def test_a_foreign_group_counted_in_words_is_the_foreign_count(title, people, total, foreign):
    event = _event(title, people=people)
    assert (event.attendance_total, event.attendance_foreign) == (total, foreign)


@pytest.mark.parametrize("title, region, place, side", [
    P("Поставка оборудования Ижевского механического завода в Узбекистан", "Удмуртской Республики", "г. Ташкент",
      ("RU", "home"), id="izhevsk_abroad"),
    P("Гастроли Казанского театра в Египте", "Республики Татарстан", "г. Каир", ("RU", "home"), id="kazan"),
    P("Гастроли Элистинского театра в Египте", "Республики Калмыкия", "г. Каир", ("RU", "home"), id="elista"),
    P("Гастроли Ижевского театра в Египте", "Томской области", "г. Каир", ("RU", "domestic"),
      id="another_regions_centre"),
    P("Гастроли Тольяттинского театра в Египте", "Самарской области", "г. Каир", ("RU", "domestic"),
      id="not_the_centre_control"),
    P("Встреча с делегацией Самаркандского государственного университета", "Самарской области", "г. Самара",
      ("UZ", "foreign"), id="a_name_starting_as_the_centre_control"),
])
def test_a_body_named_by_the_adjective_of_the_regions_centre_is_the_regions(title, region, place, side):
    (org,) = _event(title, place, region_genitive=region).organisations
    assert (org.country, org.side) == side


# ---------- 6. found by the same-meaning and same-table nets over this round's fixtures ----------

@pytest.mark.parametrize("results, kind", [
    P("Соглашение о сотрудничестве в сфере культуры 2015 г. денонсировано по инициативе сторон", None,
      id="denounced_after_a_years_dot"),
    P("Договор о сотрудничестве 2018 г. расторгнут", None, id="terminated"),
    P("Соглашение о побратимстве 2010 г. прекратило своё действие", None, id="ceased"),
    P("Соглашение о сотрудничестве в сфере культуры", "signed", id="a_document_alone_control"),
    P("Соглашение 2010 года денонсировано, новое соглашение подписано", "signed", id="ended_and_signed_control"),
])
def test_a_document_ended_is_not_signed(results, kind):
    assert _event("Встреча с делегацией Азербайджанской Республики", results=results).agreement == kind


def test_a_country_column_naming_russia_is_the_place():
    header = ("№", "Наименование", "Сроки", "Страна (регион)", "Участники", "Результат")
    event = _event("Визит делегации Узбекистана", "Россия, Ижевск", header=header, region_genitive="Удмуртской Республики")
    assert (event.venue_city, event.venue_country, event.direction) == ("Ижевск", "RU", "inbound")


@pytest.mark.parametrize("title, official", [
    P("ВСТРЕЧА ГЛАВЫ УДМУРТСКОЙ РЕСПУБЛИКИ С ПОСЛОМ РЕСПУБЛИКИ КУБА ХУЛИО ГАРМЕНДИА ПЕНЬЯ", "Хулио Гармендиа Пенья",
      id="a_noun_last"),
    P("ВСТРЕЧА С МИНИСТРОМ ТУРИЗМА ЕГИПТА ШЕРИФОМ ФАТХИ", "Шериф Фатхи", id="a_person_noun_first"),
])
def test_a_foreign_name_of_dictionary_words_typed_in_capitals_is_the_name(title, official):
    assert [o.name for o in _event(title).officials] == [official]


def test_a_delegation_before_a_foreign_word_in_capitals_stays_small():
    from etl.capitals import in_case

    assert in_case("ВСТРЕЧА С ДЕЛЕГАЦИЕЙ ХЭЙЛУНЦЗЯН") == "Встреча с делегацией Хэйлунцзян"
