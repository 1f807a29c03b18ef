"""Whose people a count is, in the listing forms other clerks use (fourth sweep).

Before: a foreign region ('от Витебской области – 8 человек') did not make people foreign; a label
before a count ('белорусская сторона – 6 чел., российская сторона – 9 чел.') was read with the next
label too, so the home country cancelled it; a place in brackets after the people word
('8 человек (Республика Беларусь)') was read with the previous bracket; and a listed number without
its people word ('5 представителей Республики Беларусь, 10 – Смоленской области') was dropped.
"""
from __future__ import annotations

import pytest

from etl.attendance import parse_attendance
from etl.title import home_of

SMOLENSK = home_of("Смоленская область").mentioned_in
BRYANSK = home_of("Брянская область").mentioned_in


@pytest.mark.parametrize(("raw", "total", "foreign"), [
    pytest.param("от Смоленской области – 12 человек, от Витебской области – 8 человек", 20, 8,
                 id="foreign_oblast_by_adjective"),
    pytest.param("представители Гомельского облисполкома – 4 человека", 4, 4, id="oblast_executive"),
    pytest.param("Делегация Витебской области в составе 7 человек", 7, 7, id="delegation_of_oblast"),
    pytest.param("Делегация провинции Шаньдун в составе 9 человек, представители министерства – 5 чел.", 14, 9,
                 id="chinese_province"),
    pytest.param("Смоленская область – 10 чел., Республика Беларусь – 15 чел.", 25, 15, id="labels_home_first"),
    pytest.param("белорусская сторона – 6 чел., российская сторона – 9 чел.", 15, 6, id="labels_by_adjective"),
    pytest.param("Республика Беларусь: 8 чел.; Смоленская область: 12 чел.", 20, 8, id="labels_with_colons"),
    pytest.param("12 человек (Смоленская область), 8 человек (Республика Беларусь)", 20, 8, id="place_in_brackets_after"),
    pytest.param("делегация Республики Беларусь (6 человек) и представители Смоленской области (9 человек)", 15, 6,
                 id="count_in_brackets_after_place"),
    pytest.param("5 представителей Республики Беларусь, 10 – Смоленской области", 15, 5, id="listed_number_sibling"),
    pytest.param("8 человек из Китая, 4 – из Вьетнама, 10 – из Смоленска", 22, 12, id="listed_numbers_from"),
    pytest.param("30 человек, 12 – из Республики Беларусь", 30, 12, id="listed_number_of_unnamed_total"),
    pytest.param("Всего 50 человек, 20 – из Витебской области", 50, 20, id="explicit_total_then_part"),
])
def test_whose_people_a_count_is(raw, total, foreign):
    found = parse_attendance(raw, SMOLENSK)
    assert (found.total, found.foreign) == (total, foreign)


@pytest.mark.parametrize(("raw", "total"), [
    pytest.param("от Брянской области – 12 человек, от Смоленской области – 8 человек", 20, id="other_russian_region"),
    pytest.param("12 студентов, 3 – преподаватели", 15, id="listed_number_of_people_word"),
    pytest.param("Ректоры 3 вузов Брянской области, 5 – Смоленской области", None, id="institutions_not_people"),
])
def test_russian_regions_are_never_foreign(raw, total):
    found = parse_attendance(raw, BRYANSK)
    assert found.foreign is None
    if total is not None:
        assert found.total == total
