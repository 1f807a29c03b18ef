"""A sport's or a trade union's federation is an organisation (lead, 27 Nov): «Федерация парусного спорта
Республики Беларусь» was not found at all, since «Федерация» was no organisation noun (it would have
taken «Российская Федерация» for one). Now «федерация» heads a name when a lower-case genitive follows
it («парусного спорта», «футбола», «профсоюзов»), not the state («Российской Федерации», inside a
ministry's name too), nor the chamber («Совет Федерации» stays a legislature)."""
from __future__ import annotations

import pytest

from etl.organisations import Context, find_organisations
from etl.title import home_of


def _found(title: str) -> dict[str, tuple[str | None, str]]:
    home = home_of("Смоленская область")
    context = Context(home.own_word, home.centre, "RU", (), None)
    return {o.name: (o.country, o.kind) for o in find_organisations({"title": title}, context)}


@pytest.mark.parametrize(("title", "expected"), [
    pytest.param("Встреча с представителями Федерации парусного спорта Республики Беларусь",
                 {"Федерация парусного спорта Республики Беларусь": ("BY", "association")}, id="sailing"),
    pytest.param("Турнир Белорусской федерации биатлона", {"Белорусская федерация биатлона": ("BY", "association")},
                 id="adjective_before"),
    pytest.param("Встреча с Федерацией профсоюзов Беларуси", {"Федерация профсоюзов Беларуси": ("BY", "association")},
                 id="trade_unions"),
    pytest.param("Чемпионат Федерации футбола Армении", {"Федерация футбола Армении": ("AM", "association")},
                 id="football"),
    pytest.param("Российская федерация баскетбола провела турнир",
                 {"Российская федерация баскетбола": ("RU", "association")}, id="russian_sport_federation_lower_case"),
])
def test_a_federation_of_a_sport_is_an_organisation(title, expected):
    found = _found(title)
    assert {k: found.get(k) for k in expected} == expected, found


@pytest.mark.parametrize(("title", "expected"), [
    pytest.param("Соглашение с Министерством культуры Российской Федерации",
                 {"Министерство культуры Российской Федерации": ("RU", "executive")}, id="state_in_a_tail"),
    pytest.param("Встреча с Министерством цифрового развития, связи и массовых коммуникаций Российской Федерации",
                 {"Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации": ("RU", "executive")},
                 id="state_after_a_listed_tail"),
    pytest.param("Встреча с членами Совета Федерации", {"Совет Федерации": ("RU", "legislature")}, id="chamber"),
    pytest.param("Визит в Российскую Федерацию делегации Вьетнама", {}, id="the_state_alone"),
    pytest.param("участие в первенстве Российской Федерации по самбо", {}, id="the_state_before_po"),
])
def test_the_state_is_no_federation_of_a_sport(title, expected):
    found = _found(title)
    assert found == expected if not expected else {k: found.get(k) for k in expected} == expected, found


@pytest.mark.parametrize(("title", "expected"), [
    pytest.param("Международный турнир по самбо памяти Героя Советского Союза", {}, id="hero_of_the_soviet_union"),
    pytest.param("Встреча с ветеранами Советского Союза", {}, id="veterans_of_the_soviet_union"),
    pytest.param("Встреча с представителями Союза писателей Беларуси",
                 {"Союз писателей Беларуси": ("BY", "association")}, id="writers_union_guard"),
    pytest.param("Концерт Союза композиторов России", {"Союз композиторов России": ("RU", "association")},
                 id="composers_union_guard"),
])
def test_the_soviet_union_is_a_state_not_a_union(title, expected):
    """«памяти Героя Советского Союза» gave an organisation «Советский Союз» (drift15's finding): the state
    alone, like «Российская Федерация», is no organisation; a union of people named after it is."""
    assert _found(title) == expected
