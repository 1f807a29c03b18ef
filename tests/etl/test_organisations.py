"""Organisations named in a cell (etl/organisations.py): general rules on sentences written for
these tests (none is a line of the sample report), the alias merges, and what a load stores."""
from __future__ import annotations

import json

import duckdb
import pytest

from etl.edits import add_organisation_alias, read_edits
from etl.organisations import Context, alias_key, find_organisations, merge_report_aliases
from etl.title import home_of

HOME = home_of("Смоленская область")
AT_HOME = Context(HOME.adjective, HOME.centre, "RU", ())


def found(text: str, cell: str = "content", context: Context = AT_HOME):
    return [(o.name, o.legal_form, o.country, o.kind, o.side, o.role)
            for o in find_organisations({cell: text}, context)]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Переговоры с ОАО «Гомсельмаш» о поставках техники",
                 [("Гомсельмаш", "ОАО", "RU", "enterprise", "domestic", "participant")], id="form_and_quote"),
    pytest.param("делегация Гродненского областного исполнительного комитета прибыла в Смоленск",
                 [("Гродненский областной исполнительный комитет", None, "BY", "executive", "foreign",
                   "participant")], id="inflected_head_phrase_to_nominative"),
    pytest.param("встреча с руководством Посольства Республики Казахстан в Российской Федерации",
                 [("Посольство Республики Казахстан в Российской Федерации", None, "KZ", "diplomatic",
                   "foreign", "participant")], id="embassy_with_its_host_country"),
    pytest.param("студенты Брестского государственного университета имени А.С. Пушкина",
                 [("Брестский государственный университет имени А.С. Пушкина", None, "BY", "education",
                   "foreign", "participant")], id="named_after_a_person"),
    pytest.param("при участии учреждения образования «Гродненский государственный университет имени Янки Купалы»",
                 [("Гродненский государственный университет имени Янки Купалы", "УО", "BY", "education",
                   "foreign", "participant")], id="legal_form_written_in_full"),
    pytest.param("концерт ОГАУК «Брянская областная филармония»",
                 [("Брянская областная филармония", "ОГАУК", "RU", "culture", "home", "participant")],
                 id="regional_form_of_another_region_is_still_read_as_own"),
    pytest.param("выступил коллектив ОБУК «Курский драматический театр «Молодость»,",
                 [("Курский драматический театр «Молодость»", "ОБУК", "RU", "culture", "home", "participant")],
                 id="unlisted_institution_form_and_lost_outer_quote"),
    pytest.param("Министерство культуры и туризма Смоленской области провело семинар",
                 [("Министерство культуры и туризма Смоленской области", None, "RU", "executive", "home",
                   "host")], id="home_ministry_organised"),
    pytest.param("на базе Смоленского государственного медицинского университета прошла школа",
                 [("Смоленский государственный медицинский университет", None, "RU", "education", "home",
                   "host")], id="on_the_premises_of_is_host"),
    pytest.param("Минский тракторный завод представил новые модели",
                 [("Минский тракторный завод", None, "BY", "enterprise", "foreign", "participant")],
                 id="city_adjective_names_the_country"),
    pytest.param("Переговоры с ОАО 'Гомсельмаш' о поставках техники",
                 [("Гомсельмаш", "ОАО", "RU", "enterprise", "domestic", "participant")],
                 id="single_quotes_after_a_form_read_as_guillemets"),
    pytest.param("визит делегации ‘Белшина’ и ИП ‘Сидоренко’.",
                 [("Сидоренко", "ИП", "RU", "enterprise", "domestic", "participant")],
                 id="curly_single_quotes_need_a_form_or_a_head_like_any_quote"),
    pytest.param("соревнования ГУ «Брестский областной центр олимпийского резерва»",
                 [("Брестский областной центр олимпийского резерва", "ГУ", "BY", "other", "foreign",
                   "participant")], id="state_institution_form_of_two_letters"),
    pytest.param("станки СООО «Белтекс Оптик»",
                 [("Белтекс Оптик", "СООО", "BY", "enterprise", "foreign", "participant")],
                 id="belarusian_joint_venture_form"),
    pytest.param("при поддержке ГК «Ростех»",
                 [("Ростех", "ГК", "RU", "enterprise", "domestic", "participant")], id="state_corporation_form"),
    pytest.param("на площадке НАО «Смоленский завод»",
                 [("Смоленский завод", "НАО", "RU", "enterprise", "home", "host")], id="non_public_joint_stock_form"),
])
def test_one_organisation(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("представители белорусских предприятий и вузов", id="plural_generic_group"),
    pytest.param("выступление группы d'Artagnan и песни 'a cappella'", id="apostrophes_and_quoted_words_name_none"),
    pytest.param("в министерстве прошла рабочая встреча", id="bare_lowercase_noun"),
    pytest.param("сотрудники областного исполнительного комитета", id="no_proper_word"),
    pytest.param("открыта выставка «Музей под открытым небом: Смоленский университет в лицах»",
                 id="a_title_in_quotes_names_no_organisation"),
    pytest.param("Граждане Российской Федерации от 14 до 35 лет", id="a_country_is_not_an_organisation"),
])
def test_no_organisation(text):
    assert found(text) == []


def test_agreement_parties_are_counterparts():
    text = ("По итогам встречи подписано соглашение о сотрудничестве между Министерством культуры "
            "Смоленской области и Министерством культуры Республики Беларусь.")
    assert [(name, country, role) for name, _, country, _, _, role in found(text)] == [
        ("Министерство культуры Смоленской области", "RU", "counterpart"),
        ("Министерство культуры Республики Беларусь", "BY", "counterpart")]


@pytest.mark.parametrize("text, country, side", [
    pytest.param("переговоры с ООО «Вектор»", None, "domestic", id="llc_met_abroad_is_unknown"),
    pytest.param("переговоры с ОАО «Гипросвязь»", "BY", "foreign", id="form_russia_no_longer_registers"),
    pytest.param("визит на предприятие холдинга «Бобруйскагромаш»", "BY", "foreign", id="no_form_in_an_event_abroad"),
    pytest.param("переговоры с АНО «Агентство стратегических инициатив»", "RU", "domestic", id="russian_only_form"),
])
def test_country_when_the_name_says_nothing(text, country, side):
    abroad = Context(HOME.adjective, HOME.centre, "BY", ("BY",))
    assert [(o.country, o.side) for o in find_organisations({"content": text}, abroad)] == [(country, side)]


def test_venue_cell_names_the_host_and_its_country():
    abroad = Context(HOME.adjective, HOME.centre, "BY", ("BY",))
    assert found("г. Гомель,\nОбластной драматический театр", cell="venue", context=abroad) == [
        ("Областной драматический театр", None, "BY", "culture", "foreign", "host")]


@pytest.mark.parametrize("a, b", [
    pytest.param("Витебский облисполком", "Витебского областного исполнительного комитета", id="contraction"),
    pytest.param("ОАО «Гомсельмаш»", "«Гомсельмаш»", id="quotes_and_form"),
    pytest.param("Могилёвский государственный университет", "Могилевского государственного университета",
                 id="yo_and_case"),
    pytest.param("театр им. А.С. Пушкина", "театр имени Пушкина", id="initials_and_im"),
])
def test_spellings_of_one_organisation_share_a_key(a, b):
    assert alias_key(a) == alias_key(b)


def test_different_organisations_keep_different_keys():
    assert alias_key("Витебский облисполком") != alias_key("Гомельский облисполком")


def test_reference_abbreviation_and_name():
    names = {o.name: (o.kind, o.country) for o in find_organisations(
        {"content": "Обсуждены вопросы интеграции в рамках ЕАЭС и Содружества Независимых Государств"}, AT_HOME)}
    assert names == {"Евразийский экономический союз": ("international", None),
                     "Содружество Независимых Государств": ("international", None)}


def test_an_abbreviation_the_report_expands_once_is_found_alone_later():
    first = {"content": "Встреча с Ассоциацией «Деловая инициатива Гродно» (АДИГ) прошла в Смоленске"}
    later = {"content": "Представители АДИГ посетили выставку"}
    by_event = {1: find_organisations(first, AT_HOME), 2: find_organisations(later, AT_HOME)}
    assert [o.name for o in by_event[2]] == []
    merged = merge_report_aliases(by_event, {1: first, 2: later})
    assert [o.name for o in merged[2]] == ["Деловая инициатива Гродно"] or \
        [o.name for o in merged[2]] == [o.name for o in merged[1]]
    assert merged[2][0].key == merged[1][0].key


REPORT = """Отчет о мероприятиях в международной сфере, проведенных исполнительными органами
Смоленской области в I квартале 2025 года (SYNTHETIC)

\t№ п/п
\tНаименование мероприятия
\tМесто проведения
\tСроки проведения
\tЦель, содержание и результат
\tУчастники

\tСотрудничество в сфере образования

\t1.
\tВизит делегации Смолгосуниверситета в Гродно
\tг. Гродно, Республика Беларусь
\t12 февраля 2025 года
\tПодписано соглашение о сотрудничестве между ФГБОУ ВО «Смоленский государственный университет» и УО «Гродненский государственный университет имени Янки Купалы»
\tПредставители Смолгосуниверситета

\t2.
\tКруглый стол
\tг. Смоленск
\t14 марта 2025 года
\tОбсуждение программ обмена с Гродненским государственным университетом имени Янки Купалы
\tПредставители Смолгосуниверситета
"""


def _load(tmp_path, edits=None):
    from etl.load import load_reports

    path = tmp_path / "raw" / "smolensk_2025q1_synthetic.txt"
    path.parent.mkdir(exist_ok=True)
    path.write_text(REPORT, encoding="utf-8")
    db = tmp_path / "e.duckdb"
    [result] = load_reports([path], db, edits=edits) if edits is not None else load_reports([path], db)
    assert result.ok, result.message
    return db


def test_load_stores_organisations_and_their_events(tmp_path):
    db = _load(tmp_path)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("""SELECT o.name, o.legal_form, o.country, o.kind, o.home_region, list(e.role ORDER BY n)
            FROM organisations o JOIN event_organisations e USING (org_key) JOIN events USING (event_id)
            GROUP BY ALL ORDER BY 1""").fetchall()
    assert rows == [
        ("Гродненский государственный университет имени Янки Купалы", "УО", "BY", "education", None,
         ["counterpart", "participant"]),
        ("Смоленский государственный университет", "ФГБОУ ВО", "RU", "education", "Смоленская область",
         ["counterpart"]),
    ]


def test_an_analysts_alias_merges_a_spelling_on_the_next_load(tmp_path):
    edits_dir = tmp_path / "edits"
    add_organisation_alias(edits_dir, alias="Смолгосуниверситет", name="Смоленский государственный университет",
                           author="аналитик", reason="так пишут в отделе")
    db = _load(tmp_path, edits=read_edits(edits_dir))
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("""SELECT n, e.role, e.surface, o.country, o.kind FROM event_organisations e
            JOIN organisations o USING (org_key) JOIN events USING (event_id)
            WHERE o.name = 'Смоленский государственный университет' ORDER BY n""").fetchall()
    assert rows == [(1, "counterpart", "ФГБОУ ВО «Смоленский государственный университет»", "RU", "education"),
                    (2, "participant", "Смолгосуниверситета", "RU", "education")]


def test_a_spelling_marked_as_no_organisation_is_dropped_on_the_next_load(tmp_path):
    edits_dir = tmp_path / "edits"
    add_organisation_alias(edits_dir, alias="Гродненского государственного университета имени Янки Купалы",
                           name="", author="аналитик", exclude=True)
    assert read_edits(edits_dir).alias_names() == {}
    db = _load(tmp_path, edits=read_edits(edits_dir))
    with duckdb.connect(str(db), read_only=True) as con:
        names = [r[0] for r in con.execute("SELECT name FROM organisations ORDER BY 1").fetchall()]
    assert names == ["Смоленский государственный университет"]


def test_an_exclusion_needs_a_spelling_but_no_name(tmp_path):
    with pytest.raises(ValueError):
        add_organisation_alias(tmp_path, alias="«»", name="", author="аналитик", exclude=True)
    row = add_organisation_alias(tmp_path, alias="Миссия наблюдателей", name="что угодно", author="аналитик",
                                 exclude=True)
    assert (row.name, row.exclude) == ("", True)


@pytest.mark.parametrize("alias, name", [
    pytest.param("", "Смоленский государственный университет", id="empty_alias"),
    pytest.param("«»", "Смоленский государственный университет", id="only_quotes"),
    pytest.param("СмолГУ", "x" * 301, id="too_long"),
])
def test_a_bad_alias_is_refused_with_a_message(tmp_path, alias, name):
    with pytest.raises(ValueError):
        add_organisation_alias(tmp_path, alias=alias, name=name, author="аналитик")
    assert not (tmp_path / "organisation_aliases.jsonl").exists()


def test_json_contract_carries_organisations(tmp_path):
    from etl.normalize import build_report, report_contract
    from etl.read import read_bytes

    report = build_report(read_bytes(REPORT.encode("utf-8"), "smolensk_2025q1_synthetic.txt"))
    contract = json.loads(json.dumps(report_contract(report), ensure_ascii=False))
    assert contract["events"][0]["organisations"][1] == {
        "name": "Гродненский государственный университет имени Янки Купалы", "country": "BY",
        "kind": "education", "role": "counterpart"}
    assert list(contract["events"][0])[-1] == "organisations"


@pytest.mark.parametrize("text, role", [
    pytest.param("Мероприятие подготовлено ОГБУК «Брянский областной театр кукол»", "host", id="prepared_by"),
    pytest.param("В Гомельском областном исполнительном комитете прошло совещание", "host", id="held_in"),
    pytest.param("Делегация совершила визит на ОАО «Гомсельмаш»", "host", id="visit_to"),
    pytest.param("Делегация Гомельского областного исполнительного комитета прибыла", "participant", id="plain"),
])
def test_roles(text, role):
    assert [r for *_, r in found(text)] == [role]


def test_when_an_agreement_names_no_party_the_negotiators_are_the_parties():
    cells = {"content": "Проведены переговоры с ОАО «Гомсельмаш» и ООО «Смоленский завод».\n"
                        "По итогам переговоров достигнуты договоренности о поставках.",
             "participants": "Представители Министерства промышленности Смоленской области"}
    agreed = Context(HOME.adjective, HOME.centre, "RU", (), "verbal")
    roles = {o.name: o.role for o in find_organisations(cells, agreed)}
    assert roles == {"Гомсельмаш": "counterpart", "Смоленский завод": "counterpart",
                     "Министерство промышленности Смоленской области": "participant"}
    assert {o.role for o in find_organisations(cells, AT_HOME)} == {"participant"}


BRYANSK = Context("брянский", "брянск", "RU", ())


@pytest.mark.parametrize("text, expected", [
    pytest.param("соглашение с акиматом Костанайской области Республики Казахстан",
                 ("Акимат Костанайской области Республики Казахстан", None, "KZ", "executive"), id="akimat"),
    pytest.param("встреча с делегацией хокимията Самаркандской области Республики Узбекистан",
                 ("Хокимият Самаркандской области Республики Узбекистан", None, "UZ", "executive"), id="hokimiyat"),
    pytest.param("переговоры с представителями компании Huawei",
                 ("Компания Huawei", None, None, "enterprise"), id="latin_name_is_not_assumed_russian"),
    pytest.param("при участии ТОО «Казахмыс»", ("Казахмыс", "ТОО", "KZ", "enterprise"), id="kazakh_form"),
    pytest.param("выступили воспитанники Брянского областного Дворца детского и юношеского творчества",
                 ("Брянский областной Дворец детского и юношеского творчества", None, "RU", "culture"),
                 id="two_adjectives_joined_by_and"),
    pytest.param("заседание Совета Республики Национального собрания Республики Беларусь",
                 ("Совет Республики Национального собрания Республики Беларусь", None, "BY", "legislature"),
                 id="two_word_kind_hint_national_assembly"),
])
def test_other_regions_and_partners(text, expected):
    assert [(o.name, o.legal_form, o.country, o.kind) for o in find_organisations({"content": text}, BRYANSK)] \
        == [expected]


def test_held_in_a_consulate_in_a_named_city():
    assert [(o.name, o.role) for o in find_organisations(
        {"content": "В Генеральном консульстве Республики Беларусь в г. Санкт-Петербурге прошёл круглый стол"},
        BRYANSK)] == [("Генеральное консульство Республики Беларусь", "host")]


LATIN_AT_HOME = Context("брянский", "брянск", "RU", ())
WITH_CHINA = Context("брянский", "брянск", "RU", ("CN",))


@pytest.mark.parametrize("text, context, expected", [
    pytest.param("переговоры с представителями Siemens AG о поставках", LATIN_AT_HOME,
                 [("Siemens", "AG", None, "enterprise", "foreign")], id="form_after_name_country_unknown"),
    pytest.param("визит делегации компании Huawei Technologies Co., Ltd. на предприятие", WITH_CHINA,
                 [("Huawei Technologies", "Co., Ltd.", "CN", "enterprise", "foreign")],
                 id="descriptor_dropped_two_part_form_one_foreign_partner"),
    pytest.param("соглашение с China Railway Construction Corporation Limited и Orbis Sp. z o.o.", WITH_CHINA,
                 [("China Railway Construction Corporation", "Limited", "CN", "enterprise", "foreign"),
                  ("Orbis", "Sp. z o.o.", "CN", "enterprise", "foreign")], id="several_latin_companies"),
    pytest.param("выступил образцовый театр танца «Rara Avis» Брянского областного дворца", WITH_CHINA,
                 [("Образцовый театр танца «Rara Avis»", None, "RU", "culture", "domestic"),
                  ("Брянский областной дворец", None, "RU", "culture", "home")],
                 id="latin_brand_in_quotes_after_a_russian_description_stays_russian"),
])
def test_companies_written_in_latin(text, context, expected):
    assert [(o.name, o.legal_form, o.country, o.kind, o.side)
            for o in find_organisations({"content": text}, context)] == expected


@pytest.mark.parametrize("text", [
    pytest.param("трансляция в формате online на платформе Zoom", id="latin_words_without_a_form"),
    pytest.param("AG и Ltd. в тексте без названия", id="a_form_with_no_name_before_it"),
])
def test_latin_words_that_name_no_company(text):
    assert find_organisations({"content": text}, LATIN_AT_HOME) == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("сотрудники Брянского государственного университета и Брянской областной научной библиотеки",
                 ["Брянский государственный университет", "Брянская областная научная библиотека"],
                 id="and_then_a_second_name_with_its_own_noun"),
    pytest.param("делегация Белорусской торгово-промышленной палаты и Минского городского исполнительного комитета",
                 ["Белорусская торгово-промышленная палата", "Минский городской исполнительный комитет"],
                 id="and_then_a_name_four_words_long"),
    pytest.param("представители Министерства труда и социальной защиты Республики Беларусь",
                 ["Министерство труда и социальной защиты Республики Беларусь"], id="and_inside_one_name"),
    pytest.param("соглашение между Комитетом по внешним связям Брянской области и акиматом Костанайской области",
                 ["Комитет по внешним связям Брянской области", "Акимат Костанайской области"],
                 id="and_after_a_preposition_tail_then_a_second_body"),
    pytest.param("Министерство по делам молодежи и гражданско-патриотическому воспитанию Брянской области",
                 ["Министерство по делам молодежи и гражданско-патриотическому воспитанию Брянской области"],
                 id="and_inside_a_preposition_tail"),
])
def test_and_between_two_names(text, expected):
    assert [o.name for o in find_organisations({"content": text}, BRYANSK)] == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("меморандум с Департаментом коммерции провинции Шаньдун.",
                 [("Департамент коммерции провинции Шаньдун", "CN")], id="indeclinable_province_name_ends_the_tail"),
    pytest.param("делегация Народного правительства провинции Цзянсу и Народного правительства города Харбин",
                 [("Народное правительство провинции Цзянсу", "CN"), ("Народное правительство города Харбин", "CN")],
                 id="two_chinese_governments"),
    pytest.param("с киргизской стороны – 10 человек (компании Чуйской области)", [],
                 id="descriptor_with_only_a_place_names_no_company"),
    pytest.param("Заместитель Председателя Правительства Брянской области А.В. Иванов",
                 [("Правительство Брянской области", "RU")],
                 id="a_person_after_a_russian_region_is_not_its_name"),
])
def test_places_in_names(text, expected):
    assert [(o.name, o.country) for o in find_organisations({"content": text}, Context("брянский", "брянск", None, ("CN",)))] \
        == expected


def test_descriptor_with_a_quoted_name_is_one_company():
    assert [o.name for o in find_organisations({"content": "представители компании «Чуйская нива» Чуйской области"},
                                               BRYANSK)] == ["Чуйская нива"]


@pytest.mark.parametrize("region, adjective, name, centre", [
    pytest.param("Тверская область", "тверской", None, "тверь", id="adjective_whose_first_parse_is_a_street"),
    pytest.param("Смоленская область", "смоленский", None, "смоленск", id="plain_adjective"),
    pytest.param("Республика Карелия", None, "карелия", "петрозаводск", id="republic_named_by_its_noun"),
    pytest.param("г. Москва", None, "москва", "москва", id="city_region"),
])
def test_home_region_words(region, adjective, name, centre):
    home = home_of(region)
    assert (home.adjective, home.name, home.centre) == (adjective, name, centre)


@pytest.mark.parametrize("region, text, mentioned", [
    pytest.param("Республика Карелия", "спортсмены из Карелии", True, id="republic_noun_alone"),
    pytest.param("Республика Карелия", "карельские пироги", False, id="not_its_noun"),
    pytest.param("Тверская область", "делегация Тверской области", True, id="street_like_adjective"),
])
def test_home_mentioned(region, text, mentioned):
    assert home_of(region).mentioned_in(text) is mentioned


@pytest.mark.parametrize("region, text, expected", [
    pytest.param("Тверская область", "гастроли Тверского академического театра драмы в Ташкенте",
                 ("Тверской академический театр драмы", "RU", "home"), id="own_theatre_on_tour_abroad"),
    pytest.param("Республика Карелия", "гастроли Национального театра Карелии в Сухуме",
                 ("Национальный театр Карелии", "RU", "home"), id="republic_theatre_on_tour_abroad"),
])
def test_own_organisation_on_tour_abroad_stays_home(region, text, expected):
    home = home_of(region)
    context = Context(home.own_word, home.centre, "UZ", ("UZ",))
    assert [(o.name, o.country, o.side) for o in find_organisations({"content": text}, context)] == [expected]
