"""Bodies of a foreign province, state, prefecture or voivodeship, and the legal forms of the neighbours'
companies (lead, 27 Nov).

- A name with a foreign place type — провинция, штат, префектура, уезд, воеводство … (_PLACE_TYPES) — is a
  foreign body: no Russian body belongs to a province. «Департамент коммерции провинции» was a Russian
  domestic body, and so was «… провинции Ламдонг» (a province the gazetteer does not know). A bare type refers
  back to the foreign body named before it in the cell; else the event's one foreign partner is its country;
  else its country is unknown, but it stays on the foreign side.
- Legal forms of Belarus (СЗАО, ИУП, ДУП), Kazakhstan (РГП, ГКП, ГККП) and Uzbekistan (АЖ) name their
  country; before, «СЗАО «Амкодор»» was not found at all and «РГП «Казгидромет»» had no country."""
from __future__ import annotations

import pytest

from etl.organisations import Context, find_organisations
from etl.title import home_of


def _found(text: str, partners: tuple[str, ...] = (), region: str = "Смоленская область") -> dict:
    home = home_of(region)
    context = Context(home.own_word, home.centre, "RU", partners, None, home.region)
    return {o.name: (o.legal_form, o.country, o.side) for o in find_organisations({"title": text}, context)}


@pytest.mark.parametrize(("text", "partners", "name", "expected"), [
    pytest.param("Переговоры с представителями Народного правительства провинции Хэйлунцзян и Департамента "
                 "коммерции провинции", ("CN",), "Департамент коммерции провинции", (None, "CN", "foreign"),
                 id="bare_province_refers_back"),
    pytest.param("Переговоры с Правительством провинции Гуандун и Департаментом образования провинции",
                 ("CN", "VN"), "Департамент образования провинции", (None, "CN", "foreign"),
                 id="refers_back_though_two_partners"),
    pytest.param("Встреча с делегацией Правительства штата", ("IN",), "Правительство штата",
                 (None, "IN", "foreign"), id="state_one_partner"),
    pytest.param("Визит делегации Департамента экономики воеводства", ("PL",), "Департамент экономики воеводства",
                 (None, "PL", "foreign"), id="voivodeship_one_partner"),
    pytest.param("Визит делегации Департамента иностранных дел провинции", ("CN", "VN"),
                 "Департамент иностранных дел провинции", (None, None, "foreign"), id="two_partners_unknown"),
    pytest.param("Визит делегации Департамента иностранных дел провинции Ламдонг", ("VN",),
                 "Департамент иностранных дел провинции Ламдонг", (None, "VN", "foreign"),
                 id="unknown_province_named"),
    pytest.param("Визит делегации Департамента иностранных дел провинции Ламдонг", ("CN", "VN"),
                 "Департамент иностранных дел провинции Ламдонг", (None, None, "foreign"),
                 id="unknown_province_two_partners"),
])
def test_a_body_of_a_foreign_unit_is_foreign(text, partners, name, expected):
    assert _found(text, partners).get(name) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    pytest.param("Совещание Департамента Смоленской области по образованию", "Департамент Смоленской области по образованию",
                 (None, "RU", "home"), id="home_department_guard"),
    pytest.param("Визит делегации Управления образования уезда Хуньчунь", "Управление образования уезда Хуньчунь",
                 (None, "CN", "foreign"), id="named_county_guard"),
])
def test_named_places_keep_their_reading(text, name, expected):
    assert _found(text, ("BY",)).get(name) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    pytest.param("Участие делегации ОАО «Гомельский химический завод» и СЗАО «Амкодор» в выставке", "Амкодор",
                 ("СЗАО", "BY", "foreign"), id="szao"),
    pytest.param("Визит на ИУП «Лукойл Белоруссия»", "Лукойл Белоруссия", ("ИУП", "BY", "foreign"), id="iup"),
    pytest.param("Переговоры с ДУП «Смоленскстрой-Минск»", "Смоленскстрой-Минск", ("ДУП", "BY", "foreign"), id="dup"),
    pytest.param("Переговоры с РГП «Казгидромет»", "Казгидромет", ("РГП", "KZ", "foreign"), id="rgp"),
    pytest.param("Гастроли ГККП «Костанайский областной драматический театр»",
                 "Костанайский областной драматический театр", ("ГККП", "KZ", "foreign"), id="gkkp"),
    pytest.param("Встреча с руководством ГКП «Павлодарэнерго»", "Павлодарэнерго", ("ГКП", "KZ", "foreign"), id="gkp"),
    pytest.param("Переговоры с АЖ «Узметкомбинат»", "Узметкомбинат", ("АЖ", "UZ", "foreign"), id="azh"),
])
def test_neighbours_legal_forms_name_their_country(text, name, expected):
    assert _found(text, (), "Омская область").get(name) == expected


def test_a_universitys_letters_are_no_legal_form():
    """Kazakhstan's КГУ (коммунальное государственное учреждение) is not listed: «КГУ им. К.Э. Циолковского»
    is Kaluga's university, and so are the КГУ of Kazan, Kursk and Kostroma."""
    found = _found("Обучение иностранных студентов в КГУ им. К.Э. Циолковского", (), "Калужская область")
    assert [(form, country) for form, country, _ in found.values()] == [(None, "RU")]
