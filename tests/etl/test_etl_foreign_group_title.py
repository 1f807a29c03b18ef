"""A participants cell that counts one kind of people, whom the title names as from abroad (lead, 27 Nov;
drift14 found «45 студентов» at «Летняя школа для студентов из Вьетнама» with no foreign count). The
clerk counted the guests the title names, so the count is foreign. Not when the noun is generic
(«12 человек» at «Визит делегации Вьетнама» may count the hosts too), when the title joins our own side
(«… Казахстана и Омской области», «омских и казахстанских …»), names no country, names Russia, or the
cell holds more than one count."""
from __future__ import annotations

import pytest

from etl.normalize import build_report
from etl.read import read_bytes

HEAD = ("Отчёт о международных связях Омской области за IV квартал 2025 года (SYNTHETIC)\n"
        "№ п/п\tНаименование мероприятия\tСроки проведения\tМесто проведения\tУчастники\tРезультаты\n"
        "Сотрудничество в сфере образования\n")


def _foreign(title: str, participants: str) -> tuple[int | None, int | None]:
    text = HEAD + f"1\t{title}\t12 ноября 2025 г.\tг. Омск\t{participants}\tПроведено\n"
    event = build_report(read_bytes(text.encode("utf-8"), "r.txt")).events[0]
    return event.attendance_total, event.attendance_foreign


@pytest.mark.parametrize(("title", "participants", "foreign"), [
    pytest.param("Летняя школа для студентов из Вьетнама", "45 студентов", 45, id="from_country"),
    pytest.param("Стажировка вьетнамских студентов", "20 студентов", 20, id="country_adjective"),
    pytest.param("Турнир по борьбе с участием спортсменов Казахстана и Киргизии", "120 спортсменов", 120,
                 id="two_countries"),
    pytest.param("Мастер-класс для китайских школьников", "около 60 школьников", 60, id="approximate"),
    pytest.param("Турнир с участием киргизских и казахстанских борцов", "48 борцов", 48, id="two_adjectives"),
])
def test_the_counted_people_are_the_titles_foreign_guests(title, participants, foreign):
    assert _foreign(title, participants) == (foreign, foreign)


@pytest.mark.parametrize(("title", "participants"), [
    pytest.param("Визит делегации Вьетнама", "12 человек", id="generic_noun"),
    pytest.param("Стажировка вьетнамских студентов", "20 человек", id="generic_noun_same_title"),
    pytest.param("Турнир по борьбе с участием спортсменов Казахстана и Омской области", "120 спортсменов",
                 id="our_region_joined"),
    pytest.param("Турнир с участием омских и казахстанских спортсменов", "120 спортсменов", id="our_adjective_joined"),
    pytest.param("Форум студентов России и Китая", "300 студентов", id="russia_named"),
    pytest.param("Летняя школа для студентов", "45 студентов", id="no_country"),
    pytest.param("Концерт для студентов из Китая", "45 студентов, 10 преподавателей", id="two_counts"),
])
def test_the_count_stays_without_a_foreign_figure(title, participants):
    assert _foreign(title, participants)[1] is None
