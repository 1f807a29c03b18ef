"""Eighth sweep: counts labelled without a dash, parts joined by '+', sides after a count that named
none, and labels and numbers said as two slash lists.

Before: 'Участников 30 (из них 12 иностранных)' counted nobody when the label had no dash, '5 + 7
человек' gave 7, 'Участников: 30 (иностранных – 12)' made all 30 foreign, 'Участников форума 350,
иностранных 40' and '20 человек, 5 иностранных' added the foreign people to the total instead of
counting them among it, and '(всего / в т.ч. иностранных): 40 / 15' was no count.
"""
from __future__ import annotations

import pytest

from etl.attendance import parse_attendance
from etl.title import Home

SMOLENSK = Home(region="Смоленская область", adjective="смоленский", centre="смоленск")
PSKOV = Home(region="Псковская область", adjective="псковский", centre="псков")


def _read(text: str, home: Home = SMOLENSK) -> tuple[int | None, int | None, int | None]:
    found = parse_attendance(text, home.mentioned_in)
    return found.total, found.foreign, found.online


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Участников 30 (из них 12 иностранных)", (30, 12, None), id="participants_then_bracket"),
    pytest.param("Участников 30, из них иностранных 12", (30, 12, None), id="participants_then_of_them"),
    pytest.param("Зрителей 300, в т.ч. 40 онлайн", (300, None, 40), id="spectators_then_online"),
    pytest.param("Посетителей выставки 1200", (1200, None, None), id="visitors_of_the_exhibition"),
    pytest.param("Гостей 25 (из них 10 – из Беларуси)", (25, 10, None), id="guests_then_from_a_country"),
    pytest.param("Иностранных участников 12, 20 российских", (32, 12, None), id="foreign_label_then_home_side"),
    pytest.param("Всего участников 45", (45, None, None), id="total_participants_bare"),
    pytest.param("Участники: всего 40", (40, None, None), id="total_word_then_number"),
    # not a count: a number followed by what is counted
    pytest.param("в числе участников 5 стран", (None, None, None), id="countries_not_people"),
    pytest.param("Всего 3 дня", (None, None, None), id="days_not_people"),
    pytest.param("проведено всего 5 встреч", (None, None, None), id="meetings_not_people"),
])
def test_a_people_label_without_its_dash(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("5 + 7 человек", (12, None, None), id="spaced_plus"),
    pytest.param("Делегация: 5+7 человек", (12, None, None), id="tight_plus"),
    pytest.param("3 + 2 + 1 чел.", (6, None, None), id="three_parts"),
    pytest.param("Делегация (3+2 человека) из Республики Беларусь", (5, 5, None), id="in_brackets_of_a_delegation"),
    pytest.param("100+ участников", (100, None, None), id="plus_after_is_at_least"),
    pytest.param("Всего 45 участников: 20 + 25", (45, None, None), id="parts_of_a_stated_total"),
])
def test_parts_joined_by_plus_are_summed(text, expected):
    assert _read(text) == expected


def test_a_plus_after_a_number_still_means_at_least():
    assert parse_attendance("100+ участников").lower_bound is True
    assert parse_attendance("5 + 7 человек").lower_bound is False


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Участников: 30 (иностранных – 12)", (30, 12, None), id="foreign_label_in_brackets"),
    pytest.param("Участников 30 (иностранных 12, российских 18)", (30, 12, None), id="both_sides_in_brackets"),
    pytest.param("Участников 30 (12 – Беларусь, 18 – Смоленская область)", (30, 12, None),
                 id="by_place_in_brackets_dashless_label"),
    pytest.param("Участников форума 350, иностранных 40", (350, 40, None), id="side_after_a_count_naming_none"),
    pytest.param("20 человек, 5 иностранных", (20, 5, None), id="foreign_of_them"),
    pytest.param("20 человек, 5 иностранных, 15 российских", (20, 5, None), id="both_sides_of_them"),
    pytest.param("12 участников, новых 5", (12, None, None), id="new_ones_of_them"),
    pytest.param("Около 200 зрителей, в том числе 50 гостей из-за рубежа, 12 иностранных граждан",
                 (200, 62, None), id="list_of_parts_goes_on"),
    # a count that named its side: the next side adds people
    pytest.param("Иностранные участники – 20 человек, российские 40", (60, 20, None), id="sides_both_named"),
    pytest.param("Смоленская делегация – 8 человек, белорусская делегация – 6", (14, 6, None),
                 id="two_delegations"),
    pytest.param("Российские участники – 40 человек, иностранные – 20", (60, 20, None), id="home_then_foreign"),
    pytest.param("12 белорусских студентов, 5 казахстанских", (17, 17, None), id="two_foreign_sides"),
])
def test_a_side_after_a_count_that_named_none_is_among_it(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Количество участников (всего / в т.ч. иностранных): 40 / 15", (40, 15, None), id="two_lists"),
    pytest.param("Участников всего/онлайн – 120/45", (120, None, 45), id="total_and_online"),
    pytest.param("Всего / иностранных / онлайн: 120 / 30 / 45", (120, 30, 45), id="three_lists"),
    pytest.param("всего 40 / иностранных 15", (40, 15, None), id="pairs_by_slash"),
    pytest.param("20 человек / 5 иностранных", (20, 5, None), id="count_slash_side"),
    pytest.param("12/03/2026 прошла встреча, 15 человек", (15, None, None), id="a_date_stays"),
])
def test_labels_and_numbers_said_as_slash_lists(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Количество участников: 25 (очно), 40 (онлайн)", (65, None, 40), id="format_in_brackets"),
    pytest.param("Участники: 10 (онлайн), 15 (очно)", (25, None, 10), id="online_first"),
])
def test_a_format_in_brackets_after_a_count(text, expected):
    assert _read(text) == expected


def test_another_home_region_reads_the_same_way():
    assert _read("Участников 30 (12 – Беларусь, 18 – Псковская область)", PSKOV) == (30, 12, None)
    assert _read("Участников 24 (псковская сторона – 14, эстонская сторона – 10)", PSKOV) == (24, 10, None)


@pytest.mark.parametrize(("text", "expected"), [
    # drift10's Sverdlovsk report: a dashless label, the part from a country in brackets
    pytest.param("Участников 45 (из них 30 из Узбекистана)", (45, 30, None), id="of_them_from_a_country"),
    pytest.param("Участников 20 (из них 8 из Индии)", (20, 8, None), id="of_them_from_india"),
    pytest.param("Участников 200\n(в т.ч. 25 из Узбекистана)", (200, 25, None), id="bracket_on_the_next_line"),
])
def test_a_dashless_label_with_its_part_from_a_country(text, expected):
    assert _read(text) == expected
