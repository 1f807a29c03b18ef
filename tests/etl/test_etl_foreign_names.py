"""Sixth sweep: officials of other traditions named without initials, as other clerks write them.

A Chinese, Korean or Vietnamese name after its role is stored once, in the nominative, however the
clerk declined it ('с Послом … Данг Минь Кхоем', 'визит Посла … Данг Минь Кхоя'); a syllable the
dictionary knows as a Russian word ('Ван', 'Ли', 'Си') is part of the name; a place abbreviation
('мэром г. Харбина') does not end the role's phrase.
"""
from __future__ import annotations

import pytest

from etl.officials import find_officials, normalize_names


def _named(text: str) -> list[tuple[str, str | None]]:
    found = normalize_names({1: find_officials(text)})[1]
    return [(o.name, o.role) for o in found]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Встреча с Послом Социалистической Республики Вьетнам Данг Минь Кхоем",
                 [("Данг Минь Кхой", "Послом Социалистической Республики Вьетнам")], id="instrumental_soft_after_vowel"),
    pytest.param("Визит Посла Социалистической Республики Вьетнам Данг Минь Кхоя",
                 [("Данг Минь Кхой", "Посла Социалистической Республики Вьетнам")], id="genitive_soft_after_vowel"),
    pytest.param("Письмо Послу Вьетнама Данг Минь Кхою",
                 [("Данг Минь Кхой", "Послу Вьетнама")], id="dative_soft_after_vowel"),
    pytest.param("Переговоры с мэром г. Харбина Чжаном Ханьхуэем",
                 [("Чжан Ханьхуэй", "мэром г. Харбина")], id="both_words_declined_after_a_city_abbreviation"),
    pytest.param("Встреча с Генеральным консулом КНР в Казани Ван Хунбинем",
                 [("Ван Хунбинь", "Генеральным консулом КНР в Казани")], id="syllable_known_as_a_particle"),
    pytest.param("Встреча с Генеральным консулом КНР в Казани Ваном Хунбинем",
                 [("Ван Хунбинь", "Генеральным консулом КНР в Казани")], id="first_syllable_declined_too"),
    pytest.param("Визит Премьер-министра КНР Ли Цяна",
                 [("Ли Цян", "Премьер-министра КНР")], id="syllable_known_as_a_conjunction"),
    pytest.param("Поздравление Президенту КНР Си Цзиньпину",
                 [("Си Цзиньпин", "Президенту КНР")], id="syllable_known_as_a_note_dative"),
    pytest.param("Встреча с Генеральным консулом КНР в Казани г-ном Сюэ Фэем",
                 [("Сюэ Фэй", "Генеральным консулом КНР в Казани")], id="declined_honorific_dropped"),
    pytest.param("Беседа с Послом Индии Винаем Кумаром",
                 [("Винай Кумар", "Послом Индии")], id="indian_name_instrumental"),
    pytest.param("Встреча с Послом Вьетнама Нгуен Тхи Ханг",
                 [("Нгуен Тхи Ханг", "Послом Вьетнама")], id="a_womans_name_does_not_decline"),
    pytest.param("Встреча с Послом Вьетнама Данг Минь Кхой",
                 [("Данг Минь Кхой", "Послом Вьетнама")], id="left_undeclined_by_the_clerk"),
    pytest.param("Встреча с Послом респ. Корея Ким Хён Чжуном",
                 [("Ким Хён Чжун", "Послом респ. Корея")], id="republic_abbreviation_is_not_a_sentence_end"),
])
def test_a_foreign_name_is_stored_in_the_nominative(text, expected):
    assert _named(text) == expected


def test_every_form_of_one_name_is_one_person():
    texts = ["Встреча с Послом Вьетнама Данг Минь Кхоем", "Визит Посла Вьетнама Данг Минь Кхоя",
             "Посол Вьетнама Данг Минь Кхой", "Письмо Послу Вьетнама Данг Минь Кхою"]
    assert {_named(t)[0][0] for t in texts} == {"Данг Минь Кхой"}


@pytest.mark.parametrize("text", [
    pytest.param("Министр культуры и Посол. Ли были ещё встречи", id="a_sentence_end_still_ends_the_phrase"),
    pytest.param("Посол Беларуси посетил г. Витебск", id="a_verb_between_and_a_city"),
    pytest.param("встреча с директором ОАО Ван Ли", id="an_organisation_noun_between"),
])
def test_no_name_where_none_is(text):
    assert _named(text) == []
