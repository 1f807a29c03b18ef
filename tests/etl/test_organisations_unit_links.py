"""A working unit keeps its link to its parent (etl/organisations.py `OrgMention.units`; README
«Organisations», units). «кафедра», «факультет», «отдел», «лаборатория» are folded into the
organisation named right after them — the parent is the partner in the registry — and the unit is
kept on the parent's mention, in the nominative, with its field as written. The parse's contract
(name, country, kind, role) and the database are unchanged. Every sentence is SYNTHETIC."""
from __future__ import annotations

import pytest

from etl.organisations import Context, find_organisations, merge_report_aliases
from etl.title import home_of

HOME = home_of("Смоленская область")


def mentions(text: str):
    return find_organisations({"content": text}, Context(HOME.own_word, HOME.centre, "RU", ()))


@pytest.mark.parametrize("text, expected", [
    pytest.param("Встреча со студентами кафедры истории Белорусского государственного университета",
                 [("Белорусский государственный университет", ("Кафедра истории",))], id="chair_lower_case"),
    pytest.param("Студенты Факультета журналистики Белорусского государственного университета",
                 [("Белорусский государственный университет", ("Факультет журналистики",))], id="faculty_capitalised"),
    pytest.param("Делегация Отдела культуры Оршанского райисполкома",
                 [("Оршанский райисполком", ("Отдел культуры",))], id="department_of_an_executive"),
    pytest.param("Сотрудники лаборатории генетики Института леса НАН Беларуси",
                 [("Институт леса НАН Беларуси", ("Лаборатория генетики",))], id="laboratory_of_an_institute"),
    pytest.param("Представители отдела по делам молодежи Витебского облисполкома",
                 [("Витебский облисполком", ("Отдел по делам молодежи",))], id="field_with_a_preposition"),
    pytest.param("Преподаватели кафедры русского языка и кафедры истории Белорусского государственного университета",
                 [("Белорусский государственный университет", ("Кафедра истории",))], id="the_nearest_unit"),
    pytest.param("Делегация Белорусского государственного университета посетила кафедру истории",
                 [("Белорусский государственный университет", ())], id="unit_after_the_name_is_none"),
    pytest.param("Делегация Белорусского государственного университета",
                 [("Белорусский государственный университет", ())], id="no_unit"),
    pytest.param("Сотрудники подотдела истории Белорусского государственного университета",
                 [("Белорусский государственный университет", ())], id="unit_noun_inside_another_word"),
])
def test_a_unit_is_kept_on_its_parent(text, expected):
    assert [(m.name, m.units) for m in mentions(text)] == expected


def test_two_units_of_one_parent_in_an_event_are_both_kept():
    found = find_organisations({"title": "Визит кафедры истории Белорусского государственного университета",
                                "content": "Лекцию прочли преподаватели факультета философии Белорусского "
                                           "государственного университета"},
                               Context(HOME.own_word, HOME.centre, "RU", ()))
    assert [(m.name, m.units) for m in found] == [
        ("Белорусский государственный университет", ("Кафедра истории", "Факультет философии"))]


def test_the_contract_and_the_report_merge_keep_the_parent_only():
    found = mentions("Встреча со студентами кафедры истории Белорусского государственного университета")
    assert [m.contract() for m in found] == [{"name": "Белорусский государственный университет", "country": "BY",
                                              "kind": "education", "role": "participant"}]
    merged = merge_report_aliases({1: found, 2: mentions("Делегация Белорусского государственного университета")})
    assert [m.units for m in merged[1]] == [("Кафедра истории",)] and [m.units for m in merged[2]] == [()]
