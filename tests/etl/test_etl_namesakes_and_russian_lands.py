"""A prize's, cup's or award's namesake is not a person present; Russia's own lands and Soviet-era
names are not a far foreign town's adjective (drift10's Dagestan and Sverdlovsk reports).

Before: 'на призы Магомедова М.Г.' gave the official М.Г. Магомедова, and «Уральский театр балета»
was Kazakh (read from Уральск), «Кировский район» Ukrainian, «Алтайский край» Chinese."""
from __future__ import annotations

import pytest

from etl.officials import find_officials
from etl.organisations import _city_word_country


@pytest.mark.parametrize("text", [
    "Международный турнир по вольной борьбе на призы Магомедова М.Г.",
    "Турнир на Кубок В.Н. Анохина",
    "лауреаты премии Иванова И.И.",
    "вручение стипендии Петрова П.П.",
])
def test_a_namesake_is_no_official(text):
    assert find_officials(text) == []


def test_a_person_present_is_still_found():
    assert [o.name for o in find_officials("приз вручил Министр спорта Петров П.П.")] == ["П.П. Петров"]


@pytest.mark.parametrize("word", ["Уральского", "Петропавловского", "Советского", "Кировского", "Первомайского",
                                  "Кавказского", "Алтайского"])
def test_russian_lands_are_not_foreign_towns(word):
    assert _city_word_country(word) is None


@pytest.mark.parametrize(("word", "code"), [
    ("Минского", "BY"), ("Оршанского", "BY"), ("Лидского", "BY"), ("Бакинского", "AZ"), ("Карагандинского", "KZ"),
])
def test_foreign_towns_stay(word, code):
    assert _city_word_country(word) == code
