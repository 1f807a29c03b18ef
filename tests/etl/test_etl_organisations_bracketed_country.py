"""The country in brackets right after an organisation's name is its country (lead, 27 Nov): «образцового
театра танца «Премьер-Спонайд» (г. Полоцк)» in the real sample was Russian (its name says no country, so the
fallback made it ours), and «Министерством цифрового развития Смоленской области (Российская Федерация)» read
in another region's report fell on Belarus, the event's partner. Brackets naming one country or one foreign
city decide; two countries, an abbreviation of the name or nothing geographic decide nothing, and a name
that says its country keeps it."""
from __future__ import annotations

import pytest

from etl.organisations import Context, find_organisations
from etl.title import home_of


def _found(title: str, partners: tuple[str, ...] = (), venue: str | None = "RU") -> dict[str, tuple[str | None, str]]:
    home = home_of("Смоленская область")
    context = Context(home.own_word, home.centre, venue, partners, None)
    return {o.name: (o.country, o.side) for o in find_organisations({"title": title}, context)}


@pytest.mark.parametrize(("title", "name", "expected"), [
    pytest.param("Показ спектакля образцового театра танца «Премьер-Спонайд» (г. Полоцк)",
                 "Образцовый театр танца «Премьер-Спонайд»", ("BY", "foreign"), id="foreign_city_real_sample"),
    pytest.param("Совместный концерт с Государственным академическим ансамблем танца «Хоровод» (Беларусь)",
                 "Государственный академический ансамбль танца «Хоровод»", ("BY", "foreign"), id="country_name"),
    pytest.param("Переговоры с компанией «Хуавэй» (КНР)", "Хуавэй", ("CN", "foreign"), id="country_abbreviation"),
    pytest.param("Переговоры с ОАО «Гомсельмаш» (Республика Беларусь)", "Гомсельмаш", ("BY", "foreign"),
                 id="obsolete_form_with_country"),
    pytest.param("Подписание меморандума между Министерством цифрового развития Калужской области (Российская "
                 "Федерация) и РУП «Центр цифрового развития» (Республика Беларусь)",
                 "Министерство цифрового развития Калужской области", ("RU", "domestic"), id="ours_said_in_brackets"),
])
def test_the_bracketed_country_is_the_organisations(title, name, expected):
    found = _found(title, partners=("BY",))
    assert found.get(name) == expected, found


@pytest.mark.parametrize(("title", "name", "expected"), [
    pytest.param("Встреча с представителями ООО «Альфа» (Республика Беларусь, Российская Федерация)", "Альфа",
                 ("RU", "domestic"), id="two_countries_decide_nothing"),
    pytest.param("Визит в Смоленский государственный университет (СмолГУ)", "Смоленский государственный университет",
                 ("RU", "home"), id="abbreviation_in_brackets"),
    pytest.param("Встреча с Посольством Вьетнама (г. Москва)", "Посольство Вьетнама", ("VN", "foreign"),
                 id="name_says_its_country"),
])
def test_brackets_that_name_no_one_country_change_nothing(title, name, expected):
    assert _found(title).get(name) == expected, _found(title)
