"""A range said in words with «от … до …» (drift30's leftover, 29 Nov): «от десяти до пятнадцати человек» is 10 people,
up to 15 — as «от 10 до 15 человек» already was; it was read as 15. Two-word numbers on either side, a multiplier
after the second said of both («от пяти до семи тысяч» is 5,000 to 7,000). Not a range of places («от Минска до
Бреста»), nor numbers the wrong way round."""
from __future__ import annotations

import pytest

from etl.attendance import parse_attendance

P = pytest.param


@pytest.mark.parametrize("people, total, upper", [
    P("от десяти до пятнадцати человек", 10, 15, id="one-word-each"),
    P("от двадцати пяти до тридцати участников", 25, 30, id="two-words-first"),
    P("от двадцати до тридцати пяти человек", 20, 35, id="two-words-second"),
    P("от пяти до семи тысяч зрителей", 5000, 7000, id="thousands-of-both"),
    P("от 10 до 15 человек", 10, 15, id="digits-as-before"),
])
def test_a_range_in_words_is_a_range(people, total, upper):
    counted = parse_attendance(people, people_cell=True)
    assert (counted.total, counted.upper, counted.lower_bound) == (total, upper, True)


@pytest.mark.parametrize("people, total", [
    P("до пятнадцати человек", 15, id="up-to-alone"),
    P("от Минска до Бреста 10 человек", 10, id="places"),
    P("от пятнадцати до десяти человек", 10, id="wrong-way-round-left-as-before"),
    P("от трёх до пяти сотен гостей", 500, id="hundreds-as-before"),
])
def test_must_not_fire(people, total):
    assert parse_attendance(people, people_cell=True).total == total
