"""Counts that only say «many»: hundreds, tens or thousands in the plural with no numeral before
them. «Концерт собрал тысячи зрителей» was read as exactly 1000 spectators (and «тысячи гостей из 5
стран» as 1000 foreign guests), «десятки тысяч посетителей» as 10 000, «несколько тысяч» as 1000,
while «сотни участников» already gave no number. A person reads no number in any of them; the same
words with a numeral or a qualifier that makes them singular («более тысячи», «около сотни») stay
counts. Expected values are written by reading the cell."""
from __future__ import annotations

import pytest

from etl.attendance import parse_attendance
from etl.title import Home

SMOLENSK = Home(region="Смоленская область", adjective="смоленский", centre="смоленск")


def _read(cell: str):
    found = parse_attendance(cell, SMOLENSK.mentioned_in)
    return found.total, found.foreign, found.lower_bound, found.approximate


NO_NUMBER = [
    pytest.param("Концерт собрал тысячи зрителей", id="thousands_of_spectators"),
    pytest.param("Тысячи человек посетили выставку", id="thousands_first_word"),
    pytest.param("На выставке побывали тысячи гостей из 5 стран", id="thousands_of_guests_from_abroad"),
    pytest.param("десятки тысяч посетителей", id="tens_of_thousands"),
    pytest.param("Фестиваль посетили сотни тысяч гостей", id="hundreds_of_thousands"),
    pytest.param("несколько тысяч зрителей", id="several_thousand"),
    pytest.param("около нескольких сотен участников", id="about_several_hundred"),
    pytest.param("в форуме участвовали многие тысячи молодых людей", id="many_thousands"),
    pytest.param("свыше тысяч зрителей", id="over_thousands_plural_only"),
    pytest.param("сотни участников", id="hundreds_guard"),
    pytest.param("десятки волонтёров", id="tens_guard"),
]


@pytest.mark.parametrize("cell", NO_NUMBER)
def test_a_plural_multiple_without_a_numeral_is_no_count(cell):
    total, foreign, _, _ = _read(cell)
    assert (total, foreign) == (None, None), cell


COUNTS = [
    pytest.param("более тысячи участников", (1000, None, True, False), id="over_a_thousand"),
    pytest.param("около тысячи зрителей", (1000, None, False, True), id="about_a_thousand"),
    pytest.param("до тысячи зрителей", (1000, None, False, True), id="up_to_a_thousand"),
    pytest.param("тысяча участников", (1000, None, False, False), id="one_thousand"),
    pytest.param("свыше двух тысяч гостей", (2000, None, True, False), id="over_two_thousand"),
    pytest.param("более 10 тысяч зрителей", (10000, None, True, False), id="over_ten_thousand_digits"),
    pytest.param("более десятка тысяч зрителей", (10000, None, True, False), id="over_a_ten_of_thousands"),
    pytest.param("полторы тысячи зрителей", (1500, None, False, False), id="one_and_a_half_thousand"),
    pytest.param("около сотни гостей", (100, None, False, True), id="about_a_hundred"),
    pytest.param("более сотни участников", (100, None, True, False), id="over_a_hundred"),
    pytest.param("3 тысячи зрителей", (3000, None, False, False), id="three_thousand_digits"),
    pytest.param("три тысячи зрителей", (3000, None, False, False), id="three_thousand_words"),
    pytest.param("полсотни человек", (50, None, False, False), id="half_a_hundred"),
]


@pytest.mark.parametrize("cell, expected", COUNTS)
def test_a_numeral_or_a_singular_multiple_stays_a_count(cell, expected):
    assert _read(cell) == expected, cell
