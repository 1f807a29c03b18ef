"""Seventh sweep: a count's own clause, sides listed without their people word, and delegations
counted by an adjective.

Before: a format word belonged to whichever count came before it in the sentence ('Концерт в зале –
300 зрителей, трансляцию посмотрели около 1500 человек' made the 300 online), an online word said
before a count in its own clause was not read ('трансляцию посмотрели более 2 тыс. человек' had no
online share), a side listed after a count without its people word was not counted ('Иностранные
участники – 20 человек, российские – 40' gave 20), and 'пятичленная делегация' was no count at all.
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
    # an online word before the count, in the count's own clause
    pytest.param("Трансляцию посмотрели более 2 тыс. человек.", (2000, None, 2000), id="viewers_of_a_stream"),
    pytest.param("Онлайн-аудитория составила более 10 тыс. человек", (10000, None, 10000), id="online_audience"),
    pytest.param("В онлайн-режиме подключились 45 человек, очно – 30.", (75, None, 45), id="online_first_then_in_person"),
    pytest.param("По видеосвязи к совещанию подключились 15 представителей Республики Беларусь",
                 (15, 15, 15), id="by_video_link_before_the_count"),
    pytest.param("Дистанционно обучение прошли 40 педагогов; очно — 25 педагогов.", (65, None, 40),
                 id="remote_then_in_person_by_semicolon"),
    # the format word of a later clause is not the count before it
    pytest.param("Концерт в зале – 300 зрителей, трансляцию посмотрели около 1500 человек.", (1800, None, 1500),
                 id="hall_then_stream_viewers"),
    pytest.param("На площадке 120 участников, ещё 80 человек подключились онлайн", (200, None, 80),
                 id="venue_then_online_after_the_count"),
    pytest.param("50 человек очно, по ВКС подключились 20 человек", (70, None, 20), id="in_person_then_vks_clause"),
    # a clause naming both formats says nothing of which count is which
    pytest.param("Мероприятие прошло очно и онлайн с участием 100 человек", (100, None, None),
                 id="both_formats_in_one_clause"),
    # unchanged: format after the count, breakdowns, labels
    pytest.param("Участвовали 15 человек, из них 5 – онлайн.", (15, None, 5), id="subset_online_after"),
    pytest.param("30 человек: 20 очно, 10 онлайн", (30, None, 10), id="colon_parts_unchanged"),
    pytest.param("20 человек в режиме онлайн, 30 – очно", (50, None, 20), id="online_after_first_count"),
    pytest.param("Онлайн-трансляция концерта. Зрителей в зале – 300.", (300, None, None),
                 id="stream_in_another_sentence"),
])
def test_a_format_belongs_to_the_count_of_its_clause(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Иностранные участники – 20 человек, российские – 40.", (60, 20, None), id="foreign_then_home_bare"),
    pytest.param("иностранных гостей – 12, российских – 30", (42, 12, None), id="label_counts_both_bare"),
    pytest.param("20 иностранных участников, российских – 40", (60, 20, None), id="count_then_bare_side"),
    pytest.param("Белорусская сторона – 6 человек, российская – 9.", (15, 6, None), id="side_then_bare_side"),
    pytest.param("Российские участники – 35 человек; белорусские – 15", (50, 15, None), id="home_then_foreign_bare"),
    pytest.param("Смоленская делегация – 8 человек, белорусская делегация – 6", (14, 6, None),
                 id="adjective_and_delegation"),
    pytest.param("40 человек, в т.ч. из Беларуси – 8 человек, из Казахстана – 4", (40, 12, None),
                 id="a_listed_part_goes_on_listing_parts"),
    pytest.param("40 человек, в том числе белорусская делегация – 8 человек, казахстанская – 4", (40, 12, None),
                 id="a_listed_side_goes_on_listing_parts"),
    # a side named by its place, with or without 'из'/'от'
    pytest.param("Из Беларуси – 5 человек, из Казахстана – 3 человека, из Смоленска – 10", (18, 8, None),
                 id="places_with_from"),
    pytest.param("Беларусь – 5 человек, Казахстан – 3, Россия – 10", (18, 8, None), id="countries_as_labels"),
    pytest.param("От Витебской области – 6 человек, от Смоленской области – 9", (15, 6, None), id="regions_as_labels"),
    pytest.param("20 участников, Фестиваль – 5", (20, None, None), id="a_capital_word_that_is_no_place"),
    # parts in brackets right after a count: its breakdown, each side its own
    pytest.param("Участники: 12 (8 – Беларусь, 4 – Смоленская обл.)", (12, 8, None), id="bracketed_parts_bare"),
    pytest.param("30 человек (12 – Республика Беларусь, 18 – Смоленская область)", (30, 12, None),
                 id="bracketed_parts_after_people_word"),
    # not people: the listed thing after the comma is no side of the people before
    pytest.param("20 участников, проведённых мастер-классов – 5", (20, None, None), id="not_a_side_of_people"),
    pytest.param("Иностранные участники – 20 человек. Российские СМИ – 4 публикации.", (20, 20, None),
                 id="another_sentence_is_not_a_side"),
])
def test_a_side_listed_without_its_people_word(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Пятичленная делегация Республики Беларусь во главе с министром.", (5, 5, None), id="five_member"),
    pytest.param("Трёхчленная делегация Смоленской области", (3, None, None), id="three_member_home"),
    pytest.param("В Минск выехала 4-членная делегация Смоленской области", (4, None, None), id="digits_member"),
    pytest.param("Прибыла шестичленная делегация провинции Хэйлунцзян (КНР)", (6, 6, None), id="six_member_china"),
    pytest.param("Двухчленная делегация из Казахстана и 10 представителей смоленских вузов", (12, 2, None),
                 id="member_count_and_another"),
    pytest.param("Пятичленная делегация Республики Беларусь (5 человек)", (5, 5, None),
                 id="stated_twice_counted_once"),
    # a word ending in -членный that is no count of a delegation
    pytest.param("Расчленённая структура делегации: 3 человека", (3, None, None), id="not_a_member_adjective"),
    pytest.param("Многочленная комиссия из Беларуси", (None, None, None), id="many_member_is_no_number"),
])
def test_a_delegation_counted_by_its_adjective(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Онлайн-экскурсия на двух языках (русский, английский)", (None, None, None), id="languages_are_not_people"),
    pytest.param("Круглый стол на трёх языках, 25 участников", (25, None, None), id="languages_then_people"),
    pytest.param("Встреча глав 3 государств и 12 глав делегаций", (12, None, None), id="heads_are_people"),
    pytest.param("Приняли участие 4 атташе посольств", (4, None, None), id="indeclinable_people"),
])
def test_a_noun_counts_people_by_its_weightier_reading(text, expected):
    assert _read(text)[0] == expected[0]


@pytest.mark.parametrize(("text", "expected"), [
    # a side's adjectives after a number whose people word is left out
    pytest.param("48 участников (12 иностранных)", (48, 12, None), id="elided_foreign_in_brackets"),
    pytest.param("48 участников (12 иностранных, 36 российских)", (48, 12, None), id="elided_both_sides"),
    pytest.param("12 участников, 5 новых", (12, None, None), id="an_adjective_that_is_no_side_counts_nobody"),
    pytest.param("30 человек, 5 из которых иностранные", (30, 5, None), id="of_which_is_a_part"),
    # a count that is the whole bracket: the words after the bracket say whose
    pytest.param("делегация (7 чел.) из Республики Беларусь", (7, 7, None), id="bracket_then_from_place"),
    pytest.param("делегация Республики Беларусь (6 человек) и представители Смоленской области (9 человек)", (15, 6, None),
                 id="bracket_then_and_is_not_its_side"),
    # people words: a label without its dash, a participle used as a noun
    pytest.param("Число участников 48", (48, None, None), id="count_label_without_dash"),
    pytest.param("Количество участников из 48 стран", (None, None, None), id="count_label_then_countries"),
    pytest.param("20 школьников и 3 сопровождающих", (23, None, None), id="accompanying_adults"),
])
def test_sides_said_by_adjectives_and_brackets(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people of several countries may hold the hosts: no side is said
    pytest.param("150 участников из 4 стран", (150, None, None), id="participants_of_four_countries"),
    pytest.param("Более 200 участников из 87 стран", (200, None, None), id="participants_of_many_countries"),
    # guests and delegations came to us
    pytest.param("гости из 12 стран – 40 человек", (40, 40, None), id="guests_of_twelve_countries"),
    pytest.param("делегации из 5 стран – 30 человек", (30, 30, None), id="delegations_of_five_countries"),
    pytest.param("150 участников, в том числе 40 иностранных из 12 стран", (150, 40, None), id="foreign_said_outright"),
    # the audience is not the performers named after it
    pytest.param("свыше 500 зрителей, коллективы из Армении и Абхазии", (500, None, None), id="audience_then_performers"),
    pytest.param("300 зрителей из Беларуси", (300, 300, None), id="audience_from_abroad"),
])
def test_whose_are_people_of_several_countries(text, expected):
    assert _read(text) == expected
