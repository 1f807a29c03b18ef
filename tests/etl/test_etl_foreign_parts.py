"""The foreign figure of a participants cell when the foreign count is itself broken down.

A clerk who writes «РФ – 40, иностр. – 12 (Япония – 5, Корея – 7)» means 12 foreigners, of whom 5 are
Japanese: the parts must not replace the whole (parser 1.7.1 read 7, the last part). Parts are the foreign
counts bracketed after the whole or following «из них» / «в т.ч.», adding up to no more than it; the whole
must be foreign by its own words, not by its parts' («Участников: 30 (иностранных – 12)» stays 30 with 12
foreign). A list of sides («в т.ч. из Беларуси – 8, из Казахстана – 4») is no whole with parts: 12.
Also: a people noun said before its number labels it («иностранцев – 7», «иностранных граждан: 7»).
"""
from __future__ import annotations

import pytest

from etl.attendance import parse_attendance
from etl.title import Home

SMOLENSK = Home(region="Смоленская область", adjective="смоленский", centre="смоленск")


def _read(text: str, bare_numbers: bool = False) -> tuple[int | None, int | None, int | None]:
    got = parse_attendance(text, SMOLENSK.mentioned_in, bare_numbers=bare_numbers)
    return got.total, got.foreign, got.online


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("РФ – 40, иностр. – 12 (Япония – 5, Корея – 7)", (52, 12, None), id="sides_then_countries"),
    pytest.param("Российская сторона – 40, иностранных – 12 (Монголия – 5, Китай – 7)", (52, 12, None),
                 id="side_word_then_countries"),
    pytest.param("всего 52, в т.ч. иностранных 12 (из них Япония – 5, Корея – 7)", (52, 12, None),
                 id="subset_with_bracketed_parts"),
    pytest.param("иностранных участников – 12 (из Японии – 5, из Кореи – 7)", (12, 12, None),
                 id="only_foreigners_broken_down"),
    pytest.param("Участники: 50 чел., в т.ч. иностранных – 12, из них из Японии – 5, из Кореи – 7",
                 (50, 12, None), id="parts_after_iz_nih"),
    pytest.param("50 человек, в т.ч. 12 из Китая (8 из Пекина, 4 из Харбина)", (50, 12, None),
                 id="country_broken_down_by_city"),
    pytest.param("Делегация Республики Беларусь – 20 человек (в т.ч. 5 из Минска)", (20, 20, None),
                 id="delegation_with_its_city"),
    pytest.param("Участники: 30 чел., из них иностранных – 12 (Япония – 5, Корея – 7)", (30, 12, None),
                 id="three_levels"),
])
def test_a_foreign_count_keeps_its_parts_inside_it(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Всего 60 человек, в т.ч. из Беларуси – 8, из Казахстана – 4", (60, 12, None), id="list_of_sides"),
    pytest.param("Участников: 30 (иностранных – 12)", (30, 12, None), id="whole_foreign_only_by_its_part"),
    pytest.param("300 участников из России и Беларуси (в т.ч. 40 из Беларуси)", (300, 40, None),
                 id="mixed_whole"),
    pytest.param("Делегация Беларуси – 10 человек (в т.ч. 20 из Минска)", (10, None, None),
                 id="parts_larger_than_whole_are_no_parts"),
])
def test_what_is_not_a_whole_with_its_parts(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Всего 25 человек; иностранцев – 7", (25, 7, None), id="foreigners_noun"),
    pytest.param("Всего 25 человек, иностранцы – 7", (25, 7, None), id="foreigners_nominative"),
    pytest.param("Участники: 30 человек, иностранных граждан – 7", (30, 7, None), id="foreign_citizens"),
    pytest.param("Иностранных граждан: 9", (9, 9, None), id="citizens_alone"),
    pytest.param("Граждан РФ – 40, иностранных граждан – 12", (52, 12, None), id="both_citizenships"),
    pytest.param("Представителей – 14, из них зарубежных – 6", (14, 6, None), id="representatives_label"),
])
def test_a_people_noun_before_its_number_labels_it(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("25; иностранцев – 7", (25, 7, None), id="count_then_foreigners"),
    pytest.param("25, иностранных граждан – 7", (25, 7, None), id="count_then_citizens"),
])
def test_a_count_column_then_its_foreigners(text, expected):
    assert _read(text, bare_numbers=True) == expected
