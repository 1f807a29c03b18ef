"""Sixth sweep: whose people a count is, and parts after a colon, as other clerks write them.

Before: a count's side was read from the words describing the count before it ('… 10 представителей
Смоленской области и 3 представителя Беларуси' named no foreigners), a bare 'Участники:' label hid the
side written after the count, parts listed after a colon were added to their total ('30 человек:
20 очно, 10 онлайн' made 60), and the clerks' 'иностр.' was not read as foreign.
"""
from __future__ import annotations

import pytest

from etl.attendance import parse_attendance
from etl.title import Home

SMOLENSK = Home(region="Смоленская область", adjective="смоленский", centre="смоленск")


def _read(text: str) -> tuple[int | None, int | None, int | None]:
    found = parse_attendance(text, SMOLENSK.mentioned_in)
    return found.total, found.foreign, found.online


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("10 представителей Смоленской области и 3 представителя Республики Беларусь", (13, 3, None),
                 id="home_first_joined_by_and"),
    pytest.param("8 студентов смоленских вузов, 4 студента из Казахстана", (12, 4, None), id="home_first_joined_by_comma"),
    pytest.param("Участники: 3 представителя Республики Беларусь и 10 представителей Смоленской области", (13, 3, None),
                 id="a_bare_label_names_no_side"),
    pytest.param("Количество участников: 6 гостей из Витебска, 20 жителей города Смоленска", (26, 6, None),
                 id="a_count_label_names_no_side"),
    pytest.param("Смоленская сторона – 12 чел., белорусская сторона – 5 чел.", (17, 5, None),
                 id="side_labels_still_their_own"),
    pytest.param("12 участников: 7 человек от Смоленской области, 5 человек от Могилевской области", (12, 5, None),
                 id="parts_after_a_colon"),
    pytest.param("12 участников: 7 – от Смоленской области, 5 – от Могилевской области", (12, 5, None),
                 id="parts_after_a_colon_with_dashes"),
    pytest.param("30 человек: 20 очно, 10 онлайн", (30, None, 10), id="format_parts_after_a_colon"),
    pytest.param("5 человек: 3 представителя Беларуси, 4 представителя Смоленской области", (12, 3, None),
                 id="parts_larger_than_the_total_are_not_its_parts"),
    pytest.param("Делегация: 5 человек. Зрители: 300 человек", (305, None, None), id="colons_of_two_sentences"),
    pytest.param("Кол-во участников: 45 (в т.ч. иностр. – 12)", (45, 12, None), id="abbreviated_foreign_after_dash"),
    pytest.param("30 чел., в т.ч. 10 иностр. граждан", (30, 10, None), id="abbreviated_foreign_adjective"),
])
def test_whose_people_and_parts(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "total", "approximate", "upper"), [
    pytest.param("~60 человек", 60, True, None, id="tilde_is_about"),
    pytest.param("≈ 60 человек", 60, True, None, id="almost_equal_sign_is_about"),
    pytest.param("Участники: ~1,5 тыс. зрителей", 1500, True, None, id="about_thousands_after_a_label"),
    pytest.param("60~70 человек", 60, False, 70, id="tilde_between_numbers_is_a_range"),
    pytest.param("60 ~ 70 человек", 60, False, 70, id="spaced_tilde_between_numbers_is_a_range"),
    pytest.param("60 человек", 60, False, None, id="plain"),
])
def test_signs_for_about_and_ranges(text, total, approximate, upper):
    """Sixth sweep. Before: '~60' was an exact 60 and '60~70' a count of 70."""
    found = parse_attendance(text)
    assert (found.total, found.approximate, found.upper) == (total, approximate, upper)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Всего: 120, в т.ч. онлайн – 45", (120, None, 45), id="a_total_label_without_people_word"),
    pytest.param("Итого – 45", (45, None, None), id="a_sum_label"),
    pytest.param("Всего: около 300", (300, None, None), id="a_total_label_with_a_qualifier"),
    pytest.param("Всего: 12 команд", (None, None, None), id="a_total_of_teams_is_no_people"),
    pytest.param("Труппа 35 чел.; зрителей – около 900", (935, None, None), id="a_people_label_before_a_qualifier"),
    pytest.param("150 участников, из них 40 – из стран СНГ", (150, 40, None), id="part_from_a_bloc_is_foreign"),
    pytest.param("Более 200 человек, из них 30 – гости из 12 стран", (200, 30, None), id="part_from_n_countries"),
])
def test_totals_labels_and_unnamed_foreigners(text, expected):
    """Found by reading three SYNTHETIC reports of other regions end to end (drift8). Before: no total,
    35 instead of 935, and no foreign count."""
    assert _read(text) == expected
