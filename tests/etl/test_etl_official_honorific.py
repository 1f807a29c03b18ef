"""A person named after an honorific with no role before it (lead, 27 Nov): «встреча с госпожой Ли Мэй,
консулом КНР», «с г-ном Сюэ Фэем», «с господином Ахмедом Аль-Хамади, послом ОАЭ» named no official — a
plain name was read only right after a role noun. The honorific says a name follows: its words up to the
first the dictionary knows as no name, put back in the nominative by the honorific's case (a woman's name
kept as written), with the role said after a comma or dash when it starts with the person noun. A name
found with its role before the honorific stays that one official."""
from __future__ import annotations

import pytest

from etl.officials import find_officials, normalize_names


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.role) for o in normalize_names({1: find_officials(text)})[1]]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Встреча с госпожой Ли Мэй, консулом КНР", [("Ли Мэй", "консулом КНР")], id="madam_role_after"),
    pytest.param("Рабочая встреча с г-ном Сюэ Фэем", [("Сюэ Фэй", None)], id="mister_instrumental_no_role"),
    pytest.param("Встреча с господином Ахмедом Аль-Хамади, послом ОАЭ", [("Ахмед Аль-Хамади", "послом ОАЭ")],
                 id="hyphenated_surname"),
    pytest.param("Приветствие г-на Ло Чжаохуэя – Генерального консула КНР",
                 [("Ло Чжаохуэй", "Генерального консула КНР")], id="genitive_role_after_dash"),
    pytest.param("Направлено письмо г-ну Чжан Вэю", [("Чжан Вэй", None)], id="dative"),
    pytest.param("Присутствовал г-н Томас Мюллер (Германия)", [("Т. Мюллер", None)], id="known_given_name"),
])
def test_an_honorific_names_a_person(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Встреча с Генеральным консулом КНР г-ном Сюэ Фэем", [("Сюэ Фэй", "Генеральным консулом КНР")],
                 id="role_before_guard"),
    pytest.param("Генеральный консул КНР в Екатеринбурге г-н Сюэ Фэй",
                 [("Сюэ Фэй", "Генеральный консул КНР в Екатеринбурге")], id="nominative_role_before_guard"),
    pytest.param("Господин Президент выступил с обращением", [], id="honorific_before_a_title"),
    pytest.param("письмо господину Иванову", [], id="one_word_is_no_name"),
])
def test_no_second_official_and_no_title_read_as_a_name(text, expected):
    assert _found(text) == expected
