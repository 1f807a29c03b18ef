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


def _countries(cells: dict[str, str], context) -> dict[str, str | None]:
    from etl.organisations import find_organisations
    return {m.name: m.country for m in find_organisations(cells, context)}


def test_a_touring_company_is_not_of_the_venue_abroad():
    from etl.organisations import Context
    dagestan_in_baku = Context("дагестанский", "махачкала", "AZ", ("AZ",))
    found = _countries({"title": "Гастроли Государственного ансамбля танца «Лезгинка» в Баку",
                        "venue": "г. Баку, Азербайджан"}, dagestan_in_baku)
    assert found["Государственный ансамбль танца «Лезгинка»"] == "RU"
    found = _countries({"title": "Турне камерного оркестра «Эрмитаж» по Азербайджану", "venue": "г. Баку"},
                       dagestan_in_baku)
    assert set(found.values()) == {"RU"}
    # a company met abroad is still that country's
    assert _countries({"title": "Встреча с руководством компании «Азерсун» в Баку", "venue": "г. Баку"},
                      dagestan_in_baku) == {"Азерсун": "AZ"}


def test_a_host_at_home_is_home():
    from etl.organisations import Context
    sverdlovsk = Context("свердловский", "екатеринбург", "RU", ("KZ",))
    found = _countries({"title": "Визит делегации Республики Казахстан на АО «Уралвагонзавод»",
                        "venue": "г. Нижний Тагил"}, sverdlovsk)
    assert found["Уралвагонзавод"] == "RU"
