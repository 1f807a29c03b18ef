"""Officials written in the forms the fifth round of next reports showed (drift12's leftovers), each a
general rule with varied cases:

- one initial and a surname right after a role, as names of other traditions are often written
  («Послом Монголии Д. Ганболдом», «Президентом США Д. Трампом»); alone, without a role, no official;
  a place after one initial is no name («Посла Р. Беларусь»);
- a name written plainly after its role may be followed by where or when («Визит ректора СВФУ Анатолия
  Николаева в Сеул», «… Дмитрием Крутым на полях форума»); a preposition inside the role does not end it
  («Генеральным консулом Японии в Санкт-Петербурге г-ном Кэнъити Сато»);
- a surname the dictionary knows as one makes the usual form even when it is not of the -ов/-ин kind
  («Виктора Садовничего» → В. Садовничий).
"""
from __future__ import annotations

import pytest

from etl.officials import find_officials, normalize_names


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.role) for o in normalize_names({1: find_officials(text)})[1]]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Встреча с Чрезвычайным и Полномочным Послом Монголии Д. Ганболдом",
                 [("Д. Ганболд", "Чрезвычайным и Полномочным Послом Монголии")], id="ambassador_one_initial"),
    pytest.param("Телефонный разговор с Президентом США Д. Трампом", [("Д. Трамп", "Президентом США")],
                 id="president_one_initial"),
    pytest.param("Встреча Губернатора В.Н. Анохина с Послом Монголии Д. Ганболдом",
                 [("В.Н. Анохин", "Губернатора"), ("Д. Ганболд", "Послом Монголии")], id="beside_two_initials"),
    # «Т. Ямада» since round 19 (test_etl_next_reports19.py): a surname the dictionary does not know, after
    # initials, is stored in the nominative, as «Д. Ганболд» is
    pytest.param("Визит мэра Т. Ямады в г. Смоленск", [("Т. Ямада", "мэра")], id="mayor_then_place"),
])
def test_one_initial_after_a_role_is_a_name(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Выступил Д. Ганболд на пленарном заседании",
    "Визит Посла Р. Беларусь",
    "Делегация посетила г. Улан-Батор и Р. Беларусь",
])
def test_one_initial_without_a_role_or_before_a_place_is_no_name(text):
    assert _found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Визит ректора СВФУ Анатолия Николаева в Сеул", [("А. Николаев", "ректора СВФУ")],
                 id="rector_then_city"),
    pytest.param("Встреча с Послом Республики Беларусь в Российской Федерации Дмитрием Крутым на полях форума",
                 [("Д. Крутой", "Послом Республики Беларусь в Российской Федерации")], id="ambassador_then_occasion"),
    pytest.param("Визит делегации во главе с ректором Ван Хуэй в Амурский государственный университет",
                 [("Ван Хуэй", "ректором")], id="foreign_name_then_place"),
    pytest.param("Переговоры с Генеральным консулом Японии в Санкт-Петербурге г-ном Кэнъити Сато",
                 [("Кэнъити Сато", "Генеральным консулом Японии в Санкт-Петербурге")], id="preposition_inside_role"),
])
def test_a_plain_name_may_be_followed_by_where_or_when(text, expected):
    assert _found(text) == expected


def test_a_role_followed_by_a_place_alone_names_no_one():
    assert _found("Встреча с Послом Республики Корея в России") == []
    assert _found("Губернатор вручил награду Анне Ивановой в Смоленске") == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Визит ректора МГУ Виктора Садовничего в Пекин", [("В. Садовничий", "ректора МГУ")],
                 id="adjectival_surname"),
    pytest.param("Визит Посла Социалистической Республики Вьетнам Данг Минь Кхоя",
                 [("Данг Минь Кхой", "Посла Социалистической Республики Вьетнам")], id="guessed_surname_stays_whole"),
])
def test_a_known_surname_makes_the_usual_form(text, expected):
    assert _found(text) == expected
