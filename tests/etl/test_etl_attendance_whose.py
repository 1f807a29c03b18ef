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


# Number words other clerks write. Before: 'ста' was not a number ('сто' is first the abbreviation
# СТО to pymorphy3, so its case forms were never listed; 'ста двадцати' read 20), 'трёхсот' with its ё
# was not one, '2-х тысяч' was nothing, and hundreds and tens counted in nouns were nothing.
@pytest.mark.parametrize(("raw", "total", "lower_bound", "approximate"), [
    pytest.param("около ста человек", 100, False, True, id="sta"),
    pytest.param("более ста участников", 100, True, False, id="more_than_sta"),
    pytest.param("ста двадцати человек", 120, False, False, id="sta_dvadtsati"),
    pytest.param("около трёхсот зрителей", 300, False, True, id="yo_kept"),
    pytest.param("около 2-х тысяч человек", 2000, False, True, id="digits_case_ending_thousands"),
    pytest.param("порядка полусотни человек", 50, False, True, id="half_hundred"),
    pytest.param("около сотни участников", 100, False, True, id="about_a_hundred"),
    pytest.param("не менее двух десятков человек", 20, True, False, id="two_tens"),
    pytest.param("около полутора сотен человек", 150, False, True, id="one_and_a_half_hundreds"),
    pytest.param("трёх десятков участников", 30, False, False, id="three_tens"),
])
def test_number_words_of_other_clerks(raw, total, lower_bound, approximate):
    found = parse_attendance(raw)
    assert (found.total, found.lower_bound, found.approximate) == (total, lower_bound, approximate)


@pytest.mark.parametrize("raw", ["десятки человек", "сотни зрителей", "несколько десятков человек",
                                 "несколько сотен участников"])
def test_tens_and_hundreds_without_a_number_are_no_count(raw):
    assert parse_attendance(raw).total is None


def test_a_top_ten_is_not_ten_people():
    assert parse_attendance("Десятка лучших: 10 человек").total == 10


# Fifth sweep. Before: an online part in brackets was dropped ('15 чел. (в т.ч. 5 – онлайн)' had no
# online count), 'в режиме ВКС' after a part made the whole total online, a side named by an adjective
# after a listed number ('7 – белорусская сторона') made the whole total foreign, and '5 из них – …'
# was added to the total.
@pytest.mark.parametrize(("raw", "total", "foreign", "online"), [
    pytest.param("15 чел. (в т.ч. 5 – онлайн)", 15, None, 5, id="online_part_in_brackets"),
    pytest.param("15 человек (5 – в режиме ВКС)", 15, None, 5, id="vks_part_in_brackets"),
    pytest.param("15 человек (5 – по видеосвязи, 10 – очно)", 15, None, 5, id="video_link_and_in_person_parts"),
    pytest.param("30 человек (20 – очно, 10 – онлайн)", 30, None, 10, id="in_person_and_online_parts"),
    pytest.param("40 человек онлайн (из них 10 – из Беларуси)", 40, 10, 40, id="online_total_with_foreign_part"),
    pytest.param("14 человек (7 – смоленская сторона, 7 – белорусская сторона)", 14, 7, None,
                 id="sides_by_adjective_in_brackets"),
    pytest.param("14 человек: 7 – смоленская сторона, 7 – белорусская сторона", 14, 7, None,
                 id="sides_by_adjective_listed"),
    pytest.param("20 человек: 12 – российская делегация, 8 – китайская делегация", 20, 8, None,
                 id="delegations_by_adjective"),
    pytest.param("15 человек, 5 из них – иностранные граждане", 15, 5, None, id="part_said_after_number"),
    pytest.param("40 студентов, 12 из них – иностранные студенты", 40, 12, None, id="part_said_after_number_students"),
    pytest.param("Участвовали 20 человек, 3 из них онлайн", 20, None, 3, id="online_part_said_after_number"),
    pytest.param("15 человек, 5 из них подключились удалённо", 15, None, 5, id="remote_part"),
])
def test_parts_of_a_count(raw, total, foreign, online):
    found = parse_attendance(raw, SMOLENSK)
    assert (found.total, found.foreign, found.online) == (total, foreign, online)
