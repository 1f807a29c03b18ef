"""A place named between a role and a person belongs to the role (lead, 27 Nov): «мэром Нови-Сада
Драганом Джуричем» gave an official «Нови-Сада Драган Джурич»; a foreign city, region or country the
gazetteer knows (not a first name, not a three-letter syllable like «Гао») is the role's place, and
after a place's noun («города Ош») a word the dictionary knows as a place is too. Uzbek «хоким» is a
role like Kazakh «аким». Expected values written by reading the text."""
from __future__ import annotations

import pytest

from etl.officials import find_officials, normalize_names


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.role) for o in normalize_names({1: find_officials(text)})[1]]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Встреча с мэром Нови-Сада Драганом Джуричем", [("Драган Джурич", "мэром Нови-Сада")],
                 id="city_genitive_instrumental"),
    pytest.param("Визит мэра Нови-Сада Драгана Джурича в Смоленск", [("Драган Джурич", "мэра Нови-Сада")],
                 id="city_genitive_genitive"),
    pytest.param("Направлено письмо мэру Нови-Сада Драгану Джуричу", [("Драган Джурич", "мэру Нови-Сада")],
                 id="city_genitive_dative"),
    pytest.param("Переговоры с губернатором Сычуани Ши Сяолинем", [("Ши Сяолинь", "губернатором Сычуани")],
                 id="chinese_province_without_its_noun"),
    pytest.param("Встреча с мэром города Ош Жанарбеком Акаевым", [("Жанарбек Акаев", "мэром города Ош")],
                 id="two_letter_city_after_its_noun"),
    pytest.param("Встреча с хокимом Ташкента Шавкатом Умурзаковым", [("Ш. Умурзаков", "хокимом Ташкента")],
                 id="uzbek_khokim"),
    pytest.param("Рабочая встреча с хокимом Самаркандской области Эркинжоном Турдимовым",
                 [("Э. Турдимов", "хокимом Самаркандской области")], id="khokim_of_a_region"),
])
def test_the_place_between_role_and_name_is_the_roles(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Встреча с мэром Минска Владимиром Кухаревым", [("В. Кухарев", "мэром Минска")],
                 id="known_city_guard"),
    pytest.param("председатель провинции Ли До Хун", [("Ли До Хун", "председатель провинции")],
                 id="syllable_after_place_noun_guard"),
    pytest.param("Встреча с главой Кардымовского района Анатолием Петровым",
                 [("А. Петров", "главой Кардымовского района")], id="given_name_after_place_noun_guard"),
    pytest.param("Встреча с Послом КНР Гао Сяо Мином", [("Гао Сяо Мин", "Послом КНР")],
                 id="three_letter_city_syllable_guard"),
    pytest.param("Встреча с губернатором провинции Хэйлунцзян Лян Хуэйлином",
                 [("Лян Хуэйлин", "губернатором провинции Хэйлунцзян")], id="province_after_its_noun_guard"),
])
def test_a_person_stays_whole(text, expected):
    assert _found(text) == expected
