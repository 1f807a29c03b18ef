"""Every partner country by its adjective, not only the 23 the first reports named.

Before: country_adjectives.csv held the adjectives of the Smolensk sample's partners only, so
«норвежская делегация» (a Murmansk report), «эстонская сторона» (Pskov), «польские партнёры»
(Kaliningrad) or «японская делегация» (Primorye) named no country at all. A language («на японском
языке»), a war's adjective («немецко-фашистских») and a family of peoples («финно-угорских») still name none.
"""
from __future__ import annotations

import pytest

from etl.geo import country_mentions


def _codes(text: str) -> list[str]:
    return list(dict.fromkeys(m.code for m in country_mentions(text)))


@pytest.mark.parametrize(("text", "codes"), [
    ("норвежская делегация", ["NO"]),
    ("с финской стороной", ["FI"]),
    ("финляндских партнёров", ["FI"]),
    ("эстонская сторона", ["EE"]),
    ("латвийских предпринимателей", ["LV"]),
    ("литовской компании", ["LT"]),
    ("польские партнёры", ["PL"]),
    ("немецкой делегации", ["DE"]),
    ("германских коллег", ["DE"]),
    ("японская делегация", ["JP"]),
    ("итальянских дизайнеров", ["IT"]),
    ("французского института", ["FR"]),
    ("испанской труппы", ["ES"]),
    ("венгерских фермеров", ["HU"]),
    ("болгарского ансамбля", ["BG"]),
    ("греческой диаспоры", ["GR"]),
    ("эмиратских инвесторов", ["AE"]),
    ("индонезийской стороной", ["ID"]),
    ("пакистанских студентов", ["PK"]),
    ("сирийской делегации", ["SY"]),
    ("южноафриканских партнёров", ["ZA"]),
    ("эфиопских студентов", ["ET"]),
    ("бразильской компании", ["BR"]),
    ("мексиканских коллег", ["MX"]),
    ("украинского", ["UA"]),
    ("южноосетинская делегация", ["OS"]),
])
def test_a_partner_by_its_adjective(text, codes):
    assert _codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    ("российско-германский форум", ["RU", "DE"]),
    ("германо-российский форум", ["DE", "RU"]),
    ("армяно-российский университет", ["AM", "RU"]),
    ("российско-японский семинар", ["RU", "JP"]),
    ("норвежско-российская комиссия", ["NO", "RU"]),
    ("эстонско-российские переговоры", ["EE", "RU"]),
])
def test_both_parts_of_a_joined_adjective(text, codes):
    assert _codes(text) == codes


@pytest.mark.parametrize("text", [
    "на японском языке",
    "уроки немецкого языка",
    "освобождение от немецко-фашистских захватчиков",
    "фестиваль финно-угорских народов",
    "латиноамериканских стран",
])
def test_not_a_partner(text):
    assert not [code for code in _codes(text) if code != "RU"]


@pytest.mark.parametrize(("text", "codes"), [
    ("делегация из Брунея", ["BN"]),
    ("на Сейшельских островах", ["SC"]),
    ("партнёры с Сейшельских островов", ["SC"]),
    ("Объединённые Арабские Эмираты", ["AE"]),
    ("посол Берега Слоновой Кости", ["CI"]),
    ("туроператоры Доминиканы", ["DO"]),
])
def test_a_country_by_its_short_or_former_name(text, codes):
    assert _codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    ("делегация Улан-Баторского государственного университета", ["MN"]),
    ("студенты Нью-Йоркского университета", ["US"]),
    ("Усть-Каменогорского колледжа", ["KZ"]),
    ("Шымкентского университета", ["KZ"]),
    ("Худжандского государственного университета", ["TJ"]),
    ("Нанкинского университета", ["CN"]),
    ("Варшавского университета", ["PL"]),
    ("Хельсинкского университета", ["FI"]),
    ("Рижского технического университета", ["LV"]),
    ("Берлинской филармонии", ["DE"]),
    ("Мумбайского университета", ["IN"]),
    ("Тебризского университета", ["IR"]),
])
def test_an_institution_named_after_a_foreign_city(text, codes):
    from etl.geo import institution_countries
    assert institution_countries([text]) == codes


@pytest.mark.parametrize("text", [
    "Рижский вокзал",  # in Moscow
    "Варшавское шоссе",
    "Венский вальс",
    "Берлинская стена",
])
def test_a_foreign_city_adjective_without_an_institution_names_none(text):
    from etl.geo import institution_countries
    assert institution_countries([text]) == []
