"""The thirteenth round's two rules (tests/etl/test_etl_next_reports13.py), read a second time: cases written
independently by the lead from the same two leftovers, before the round's branch was seen, so they are a check on its
rules rather than a copy of its cases (parser 1.10.17).

1. A side labelled before a dash or colon owns its count when the bracket after it names no side («Казахстанская
   делегация – 6 человек (министр, 2 советника, 3 специалиста)» = 6 foreign); a bracket that names a side keeps it,
   a home label stays Russian, a label with no side stays unknown, and a title's years after a colon count nobody.
2. «N ч.» is people in a participants cell unless its clause times something, and in prose only where the sentence
   speaks of people. Two timings the round missed are added here: a verb of lasting in the clause («Мероприятие
   длилось 3 ч.», «длится», «продолжалось») and «в объёме 36 ч.» (the prepositional case of «объём»).

On main before the round (parser 1.10.15) 22 of these 44 cases fail (10 of rule 1, 12 of rule 2); on the round's
merge (1.10.16) 2 fail: the two timings above.
"""
from __future__ import annotations

import pytest

from etl.attendance import parse_attendance
from etl.normalize import row_attendance
from etl.title import home_of

P = pytest.param
HOME = home_of("Смоленская область").mentioned_in


def _cell(text: str) -> tuple[int | None, int | None]:
    """The participants column's reading: total and foreign."""
    found = row_attendance({"participants": text}, HOME)
    return found.total, found.foreign


def _prose(text: str) -> int | None:
    """A count said in the content column's prose: its total."""
    return parse_attendance(text, HOME).total


# ---------- 1. the side labelled before the dash owns the count when the bracket names none ----------

@pytest.mark.parametrize("cell, expected", [
    P("Казахстанская делегация – 6 человек (министр, 2 советника, 3 специалиста)", (6, 6), id="brief_case"),
    P("делегация Республики Беларусь: 4 чел. (министр, 3 советника)", (4, 4), id="colon_and_abbreviation"),
    P("Узбекская сторона — 3 представителя (ректор, 2 профессора)", (3, 3), id="em_dash_side"),
    P("от Китая – 2 человека (министр и переводчик)", (2, 2), id="ot_country"),
    P("Монгольская делегация - 3 чел. (министр, 2 советника)", (3, 3), id="hyphen_as_dash"),
    P("Белорусская сторона: 5 человек (ректор, 4 преподавателя); российская сторона: 7 человек", (12, 5),
      id="two_sides_with_semicolon"),
    P("Казахстанская делегация – 6 человек (министр, 2 советника, 3 специалиста), 10 смоленских студентов",
      (16, 6), id="followed_by_home_count"),
    P("Делегация Монголии – 8 человек (министр, 2 советника), 15 российских участников", (23, 8),
      id="colon_inside_bracket_with_home_after"),
    P("Делегация Республики Армения – 5 человек (заместитель министра, 4 эксперта)", (5, 5),
      id="plural_posts_in_bracket"),
    P("Делегация Беларуси – 10 человек (в т.ч. 4 студента)", (10, 10), id="subset_of_posts"),
])
def test_side_before_dash_owns_bracketed_count(cell, expected):
    assert _cell(cell) == expected


@pytest.mark.parametrize("cell, expected", [
    P("Смоленская делегация – 6 человек (министр, 2 советника, 3 специалиста)", (6, None), id="home_label"),
    P("делегация – 6 человек (министр, 2 советника, 3 специалиста)", (6, None), id="label_without_side"),
    P("Казахстанская делегация – 6 человек", (6, 6), id="no_bracket_as_before"),
    P("Смоленская делегация – 10 человек (в т.ч. 2 гостя из Минска)", (10, 2), id="home_label_foreign_subset"),
    P("Гости – 8 человек (Республика Беларусь)", (8, 8), id="bracket_names_the_side"),
    P("Смоленская делегация – 6 человек (министр, 2 советника, 3 специалиста), 4 белорусских гостя", (10, 4),
      id="home_label_then_foreign_guests"),
])
def test_controls_of_the_side_rule(cell, expected):
    assert _cell(cell) == expected


@pytest.mark.parametrize("text", [
    P("Выставка «Москва – Париж: 1900–1930»", id="title_years_after_colon"),
    P("Форум «Оренбург – Актобе: 20–25 лет партнёрства»", id="range_after_colon"),
])
def test_a_dash_after_the_number_is_no_bracket(text):
    """A title with a foreign city before a colon and a range after it counts nobody foreign."""
    found = row_attendance({"participants": text}, HOME)
    assert found.foreign is None


# ---------- 2. «ч.»: people where it counts them, hours where it times ----------

@pytest.mark.parametrize("cell, total", [
    P("порядка 50 ч.", 50, id="poryadka"),
    P("около 50 ч.", 50, id="okolo"),
    P("50 ч.", 50, id="bare"),
    P("Участники: порядка 50 ч.", 50, id="labelled"),
    P("Участников – 35 ч.", 35, id="dash_label"),
    P("слушатели: 25 ч.", 25, id="listeners"),
    P("Начало в 10 ч., участники – 30 ч.", 30, id="hour_then_people"),
    P("12 ч-к", 12, id="ch_k"),
    P("порядка 50 чел-к", 50, id="chel_k"),
])
def test_short_ch_counts_people_in_the_participants_cell(cell, total):
    assert _cell(cell)[0] == total


@pytest.mark.parametrize("cell", [
    P("продолжительностью 2 ч.", id="duration_noun"),
    P("Мероприятие длилось 3 ч.", id="duration_verb"),
    P("в 15 ч.", id="at_hour"),
    P("с 10 ч. до 12 ч.", id="hour_span"),
    P("2 ч. 30 мин.", id="hours_and_minutes"),
    P("1,5 ч.", id="fraction"),
    P("72 ч. (академических)", id="academic_hours"),
    P("Курс повышения квалификации в объёме 36 ч.", id="volume"),
    P("занятия по 3 ч. ежедневно", id="daily_classes"),
])
def test_short_ch_is_hours_when_something_is_timed(cell):
    assert _cell(cell)[0] is None


@pytest.mark.parametrize("text, total", [
    P("В мероприятии приняли участие порядка 50 ч.", 50, id="took_part"),
    P("На форуме присутствовали около 120 ч., в т.ч. 15 иностранных", 120, id="were_present"),
    P("Собрались 20 ч. из 5 стран", 20, id="gathered"),
    P("Семинар продолжительностью 2 ч. собрал 40 ч.", 40, id="hours_then_people"),
    P("Мероприятие длилось 3 ч.", None, id="lasted"),
    P("Лекция в 15 ч. в актовом зале", None, id="at_hour"),
    P("в течение 2 ч. обсуждались вопросы", None, id="during"),
    P("Обучение 72 ч.", None, id="no_people_in_sentence"),
])
def test_short_ch_in_prose_needs_people(text, total):
    assert _prose(text) == total

