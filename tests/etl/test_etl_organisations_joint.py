"""A body of several states named by them (lead, 27 Nov): «Парламентская ассамблея Союза Беларуси и
России» was cut at «и» («… Союза Беларуси», Belarus, legislature), «Ассамблея народов России и стран
Европы» too, and «Совет по межрегиональному сотрудничеству России и Казахстана» was a Russian body of
kind «other» on the domestic side. A name whose places go on after «и» (a second country, or «стран /
государств» of a place) keeps them, and a name that lists two countries joined by «и», or a country and
«стран …», is an international body: no one country's, a partner from abroad. A ministry or an
embassy stays one state's (two bodies), an adjective of two countries («Белорусско-Российский
университет») stays where it sits, and a place in another case ends the name as before."""
from __future__ import annotations

import pytest

from etl.organisations import Context, find_organisations
from etl.title import home_of


def _found(title: str) -> dict[str, tuple[str | None, str, str]]:
    home = home_of("Смоленская область")
    context = Context(home.own_word, home.centre, "RU", (), None)
    return {o.name: (o.country, o.kind, o.side) for o in find_organisations({"title": title}, context)}


@pytest.mark.parametrize(("title", "name"), [
    pytest.param("Сессия Парламентской ассамблеи Союза Беларуси и России",
                 "Парламентская ассамблея Союза Беларуси и России", id="union_parliamentary_assembly"),
    pytest.param("Участие в заседании Ассамблеи народов России и стран Европы",
                 "Ассамблея народов России и стран Европы", id="country_and_other_states"),
    pytest.param("Форум Ассоциации городов Беларуси и России", "Ассоциация городов Беларуси и России",
                 id="association_of_two_countries"),
    pytest.param("Заседание Совета по межрегиональному сотрудничеству России и Казахстана",
                 "Совет по межрегиональному сотрудничеству России и Казахстана", id="intergovernmental_council"),
    pytest.param("Встреча с членами Делового совета Казахстана и Узбекистана",
                 "Деловой совет Казахстана и Узбекистана", id="business_council_two_foreign"),
])
def test_a_body_of_several_states_is_whole_and_international(title, name):
    found = _found(title)
    assert found.get(name) == (None, "international", "foreign"), found


@pytest.mark.parametrize(("title", "expected"), [
    pytest.param("Визит делегации Минобразования Беларуси и Казахстана",
                 {"Министерство образования Беларуси": ("BY", "executive", "foreign")}, id="ministry_is_one_states"),
    pytest.param("Соглашение между Правительством Беларуси и Россией",
                 {"Правительство Беларуси": ("BY", "executive", "foreign")}, id="other_case_ends_the_name"),
    pytest.param("Визит в Белорусско-Российский университет",
                 {"Белорусско-Российский университет": ("BY", "education", "foreign")}, id="adjective_of_two"),  # as typed
    pytest.param("Встреча представителей Министерства культуры Беларуси и Смоленской области",
                 {"Министерство культуры Беларуси": ("BY", "executive", "foreign")}, id="region_adjective_after_and"),
])
def test_one_states_body_stays_one_states(title, expected):
    found = _found(title)
    assert {k: found.get(k) for k in expected} == expected, found
