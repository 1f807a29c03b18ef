"""Organisations in reports of other regions (issue 13, orgs11): the rules the SYNTHETIC reports of
Tatarstan, Sverdlovsk, Primorye, Dagestan, Rostov and Pskov showed missing. Every line is SYNTHETIC,
written for these tests in the forms those clerks use; none is a line of the sample or of the
fixtures' reports. The event's agreement is classified as the parser does (etl/classify)."""
from __future__ import annotations

import pytest

from etl.classify import classify_agreement
from etl.organisations import Context, find_organisations
from etl.title import home_of


def organisations(cells: dict[str, str], region: str, venue: str | None = "RU") -> dict[str, tuple[str, str | None, str]]:
    home = home_of(region)
    agreement = classify_agreement(*(v for k, v in cells.items() if k != "responsible")).kind
    context = Context(home.own_word, home.centre, venue, (), agreement)
    return {o.name: (o.role, o.country, o.kind) for o in find_organisations(cells, context)}


def roles(cells: dict[str, str], region: str, venue: str | None = "RU") -> dict[str, str]:
    return {name: role for name, (role, _, _) in organisations(cells, region, venue).items()}


# ---- the 'Ответственный исполнитель' column names the region's body that runs the event
@pytest.mark.parametrize("cells, region, venue, expected", [
    pytest.param({"title": "Международный фестиваль башкирской песни «Урал моной»", "venue": "г. Уфа",
                  "responsible": "Министерство культуры Республики Башкортостан"}, "Республика Башкортостан", "RU",
                 {"Министерство культуры Республики Башкортостан": "host"}, id="festival_at_home"),
    pytest.param({"title": "Вебинар для педагогов Республики Таджикистан", "venue": "в режиме ВКС",
                  "responsible": "Министерство образования Оренбургской области"}, "Оренбургская область", None,
                 {"Министерство образования Оренбургской области": "host"}, id="webinar_online"),
    pytest.param({"title": "Приём делегации префектуры Ниигата (Япония)", "venue": "г. Хабаровск",
                  "responsible": "Комитет по внешним связям Хабаровского края"}, "Хабаровский край", "RU",
                 {"Комитет по внешним связям Хабаровского края": "host"}, id="foreign_delegation_received_at_home"),
    pytest.param({"title": "Участие в выставке «Интерагромаш»", "venue": "г. Ростов-на-Дону",
                  "responsible": "Министерство сельского хозяйства Курской области"}, "Курская область", "RU",
                 {"Министерство сельского хозяйства Курской области": "participant"}, id="taking_part_in_russia"),
    pytest.param({"title": "Презентация продукции предприятий области", "venue": "г. Алматы, Республика Казахстан",
                  "responsible": "Министерство экономического развития Челябинской области"}, "Челябинская область", "KZ",
                 {"Министерство экономического развития Челябинской области": "participant"}, id="abroad"),
    pytest.param({"title": "Гастроли Бурятского театра драмы в Монголии", "venue": "г. Улан-Батор, Монголия",
                  "responsible": "Министерство культуры Республики Бурятия"}, "Республика Бурятия", "MN",
                 {"Бурятский театр драмы": "participant", "Министерство культуры Республики Бурятия": "participant"},
                 id="touring_abroad"),
])
def test_the_responsible_body_hosts_at_home_and_takes_part_abroad(cells, region, venue, expected):
    assert roles(cells, region, venue) == expected


# ---- a tally of agreements signed at a forum names no party
@pytest.mark.parametrize("cells, region, expected", [
    pytest.param({"title": "Международный форум «Российский Север»", "venue": "г. Архангельск, Поморский государственный университет",
                  "content": "Подписано 14 соглашений"}, "Архангельская область",
                 {"Поморский государственный университет": "host"}, id="fourteen_agreements"),
    pytest.param({"title": "Инвестиционный форум", "venue": "г. Томск",
                  "content": "Заключено более 30 контрактов на поставку продукции",
                  "responsible": "Агентство инвестиций Томской области"}, "Томская область",
                 {"Агентство инвестиций Томской области": "host"}, id="more_than_thirty_contracts"),
    pytest.param({"title": "Выставка «Сибирь – Китай»", "venue": "г. Новосибирск, Новосибирский государственный университет",
                  "content": "По итогам выставки подписаны три соглашения"}, "Новосибирская область",
                 {"Новосибирский государственный университет": "host"}, id="three_in_words"),
])
def test_a_tally_of_agreements_makes_no_counterparts(cells, region, expected):
    assert roles(cells, region) == expected


def test_one_agreement_still_makes_its_parties_counterparts():
    cells = {"title": "Встреча с делегацией Торгово-промышленной палаты Монголии", "venue": "г. Улан-Удэ",
             "content": "Подписано соглашение о сотрудничестве"}
    assert roles(cells, "Республика Бурятия") == {"Торгово-промышленная палата Монголии": "counterpart"}


# ---- an agreement whose title names only the other side: ours is its other party
@pytest.mark.parametrize("cells, region, expected", [
    pytest.param({"title": "Визит делегации Министерства сельского хозяйства Республики Узбекистан",
                  "venue": "г. Саратов", "content": "Подписан меморандум о взаимопонимании",
                  "responsible": "Министерство сельского хозяйства Саратовской области"}, "Саратовская область",
                 {"Министерство сельского хозяйства Республики Узбекистан": "counterpart",
                  "Министерство сельского хозяйства Саратовской области": "counterpart"}, id="ministry_to_ministry"),
    pytest.param({"title": "Переговоры с акиматом Северо-Казахстанской области", "venue": "ВКС",
                  "participants": "Представители Комитета по внешним связям Курганской области и акимата",
                  "content": "Стороны договорились о подготовке соглашения"}, "Курганская область",
                 {"Акимат Северо-Казахстанской области": "counterpart",
                  "Комитет по внешним связям Курганской области": "counterpart"}, id="agreed_by_videoconference"),
])
def test_our_body_is_the_other_party(cells, region, expected):
    assert roles(cells, region) == expected


# ---- names the extractor did not know how to read
@pytest.mark.parametrize("cells, region, expected", [
    pytest.param({"title": "Стажировка врачей из Монголии", "venue": "г. Иркутск, Областная клиническая больница"},
                 "Иркутская область", {"Областная клиническая больница": ("host", "RU", "other")}, id="hospital_as_venue"),
    pytest.param({"title": "Обмен опытом с врачами Центрального госпиталя Улан-Батора"}, "Республика Бурятия",
                 {"Центральный госпиталь Улан-Батора": ("participant", "MN", "other")}, id="foreign_hospital"),
    pytest.param({"title": "Приём пациентов из Таджикистана в Городской поликлинике № 3 г. Оренбурга"}, "Оренбургская область",
                 {"Городская поликлиника № 3 г. Оренбурга": ("participant", "RU", "other")}, id="numbered_polyclinic"),
    pytest.param({"title": "Встреча с послом Вьетнама", "venue": "г. Уфа",
                  "responsible": "Аппарат Главы Республики Башкортостан"}, "Республика Башкортостан",
                 {"Аппарат Главы Республики Башкортостан": ("host", "RU", "executive")}, id="staff_office_of_the_head"),
    pytest.param({"title": "Летняя школа для студентов Университета Ёнсе", "venue": "г. Сеул, Республика Корея"},
                 "Хабаровский край", {"Университет Ёнсе": ("participant", "KR", "education")}, id="indeclinable_korean_name"),
    pytest.param({"title": "Визит делегации университета Хоккайдо", "venue": "г. Южно-Сахалинск"}, "Сахалинская область",
                 {"Университет Хоккайдо": ("participant", "JP", "education")}, id="indeclinable_japanese_name"),
])
def test_new_organisation_nouns_and_foreign_names(cells, region, expected):
    venue = "KR" if "Корея" in cells.get("venue", "") else "RU"
    assert organisations(cells, region, venue) == expected


@pytest.mark.parametrize("cells, region, expected", [
    pytest.param({"title": "Визит ректора Бакинского государственного университета", "venue": "Ростов-на-Дону, ЮФУ"},
                 "Ростовская область", "Южный федеральный университет", id="yufu_as_venue"),
    pytest.param({"title": "Олимпиада по математике для школьников Монголии", "venue": "г. Якутск",
                  "participants": "Преподаватели СВФУ"}, "Республика Саха (Якутия)",
                 "Северо-Восточный федеральный университет", id="svfu_in_participants"),
    pytest.param({"title": "Зимняя школа для студентов из Индии на базе УрФУ"}, "Свердловская область",
                 "Уральский федеральный университет", id="urfu_after_na_baze"),
])
def test_federal_universities_by_their_abbreviations(cells, region, expected):
    found = organisations(cells, region)
    assert expected in found and found[expected][1:] == ("RU", "education")


# ---- country and kind
@pytest.mark.parametrize("cells, region, venue, expected", [
    pytest.param({"title": "Консультации с Генеральным консульством Норвегии в Мурманске"}, "Мурманская область", "RU",
                 {"Генеральное консульство Норвегии в Мурманске": ("participant", "NO", "diplomatic")},
                 id="consulate_in_our_centre"),
    pytest.param({"title": "Переговоры с генконсульством КНР в Хабаровске"}, "Хабаровский край", "RU",
                 {"Генконсульство КНР в Хабаровске": ("participant", "CN", "diplomatic")}, id="contracted_consulate"),
    pytest.param({"title": "Встреча в Посольстве Республики Индия в Российской Федерации"}, "Свердловская область", "RU",
                 {"Посольство Республики Индия в Российской Федерации": ("participant", "IN", "diplomatic")},
                 id="embassy_in_russia_stays_foreign"),
    pytest.param({"title": "Переговоры с турецкой компанией «Renaissance Construction»"}, "Республика Татарстан", "RU",
                 {"Renaissance Construction": ("participant", "TR", "enterprise")}, id="turkish_company_adjective"),
    pytest.param({"title": "Визит представителей китайской компании «Синосюр»"}, "Приморский край", "RU",
                 {"Синосюр": ("participant", "CN", "enterprise")}, id="chinese_corporation_adjective"),
    pytest.param({"title": "Участие в сессии Парламентской ассамблеи Черноморского экономического сотрудничества"},
                 "Ростовская область", "RU",
                 {"Парламентская ассамблея Черноморского экономического сотрудничества": ("participant", None, "international")},
                 id="pabsec_in_full"),
    pytest.param({"title": "Семинар Межпарламентской ассамблеи Евразийского экономического союза"},
                 "Ленинградская область", "RU",
                 {"Межпарламентская ассамблея Евразийского экономического союза": ("participant", None, "international")},
                 id="ipa_cis_in_full"),
])
def test_country_and_kind_of_missions_companies_and_assemblies(cells, region, venue, expected):
    assert organisations(cells, region, venue) == expected


@pytest.mark.parametrize("title, expected", [
    pytest.param("Встреча с генеральным секретарём ТюрксОй", "Международная организация тюркской культуры", id="turksoy"),
    pytest.param("Участие делегации в сессии ПАЧЭС", "Парламентская ассамблея Черноморского экономического сотрудничества",
                 id="pabsec"),
    pytest.param("Деловой форум АТЭС", "Азиатско-Тихоокеанское экономическое сотрудничество", id="apec"),
    pytest.param("Проект, поддержанный ЕАБР", "Евразийский банк развития", id="eadb"),
])
def test_international_bodies_by_their_abbreviations(title, expected):
    assert organisations({"title": title}, "Республика Татарстан") == {expected: ("participant", None, "international")}


@pytest.mark.parametrize("title", [
    pytest.param("Визит торговой миссии Республики Казахстан", id="trade_mission"),
    pytest.param("Деловая миссия предпринимателей Монголии в г. Улан-Удэ", id="business_mission"),
    pytest.param("Инвестиционная миссия Провинции Ляонин", id="investment_mission"),
])
def test_a_mission_that_is_a_trip_is_no_organisation(title):
    assert organisations({"title": title}, "Республика Бурятия") == {}


@pytest.mark.parametrize("cells, region, partners, expected", [
    pytest.param({"title": "Летняя школа для студентов Университета Кёнхи", "venue": "г. Владивосток"}, "Приморский край",
                 ("KR",), ("Университет Кёнхи", "KR"), id="one_partner_country"),
    pytest.param({"title": "Стажировка преподавателей Университета Хоккайдо", "venue": "г. Южно-Сахалинск"},
                 "Сахалинская область", ("JP", "KR"), ("Университет Хоккайдо", "JP"), id="place_in_the_name"),
    pytest.param({"title": "Онлайн-курс для студентов Университета Ёнсе", "venue": "онлайн"}, "Хабаровский край",
                 ("KR", "CN"), ("Университет Ёнсе", None), id="two_partners_no_guess"),
])
def test_an_indeclinable_foreign_name_at_home_is_not_russian(cells, region, partners, expected):
    home = home_of(region)
    context = Context(home.own_word, home.centre, "RU", partners, None)
    found = find_organisations(cells, context)
    assert [(o.name, o.country) for o in found] == [expected]


@pytest.mark.parametrize("text, expected", [
    pytest.param("г. Москва, МВЦ «Крокус Экспо»", ("Крокус Экспо", "RU"), id="brand_ending_in_a_vowel"),
    pytest.param("Переговоры с ООО «БИТ Электро»", ("БИТ Электро", "RU"), id="russian_company_ending_in_o"),
])
def test_a_russian_brand_ending_in_a_vowel_stays_russian(text, expected):
    home = home_of("Московская область")
    found = find_organisations({"title": text}, Context(home.own_word, home.centre, "RU", (), None))
    assert [(o.name, o.country) for o in found] == [expected]


def test_a_body_of_two_states_in_the_title_does_not_make_ours_a_party():
    cells = {"title": "Участие в заседании Совета Министров Союзного государства",
             "participants": "Заместитель Председателя Правительства Псковской области",
             "content": "По итогам заседания подписан протокол о намерениях"}
    assert roles(cells, "Псковская область")["Правительство Псковской области"] == "participant"
