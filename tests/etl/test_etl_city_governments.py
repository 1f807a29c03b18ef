"""A foreign city's adjective before its government's noun names the city's country (the lead's eighth blind probe,
29 Nov): «делегация Бухарского вилоята», «Ханойского народного комитета», «Ташкентского хокимията», «Пекинского
муниципалитета», «Алматинского акимата», «Ереванской мэрии» named no country, as «Бакинского университета» or «Минского
горисполкома» always did. Not a Russian city's («Смоленский областной комитет», «Московского комитета по туризму»),
nor a road («Минское шоссе»).
"""
from __future__ import annotations

import pytest

from etl.geo import institution_countries

P = pytest.param


@pytest.mark.parametrize("text, countries", [
    P("Делегация Бухарского вилоята", ["UZ"], id="viloyat"),
    P("Делегация Ханойского народного комитета", ["VN"], id="peoples-committee"),
    P("Встреча с представителями Ташкентского хокимията", ["UZ"], id="hokimiyat"),
    P("делегация Пекинского муниципалитета", ["CN"], id="municipality"),
    P("Делегация Шанхайского муниципального комитета", ["CN"], id="municipal-committee"),
    P("Визит делегации Алматинского акимата", ["KZ"], id="akimat"),
    P("Письмо Ереванской мэрии", ["AM"], id="mayoralty"),
    P("Делегация Минского горисполкома", ["BY"], id="gorispolkom-as-before"),
    P("Смоленский областной комитет", [], id="our-committee"),
    P("Заседание Московского комитета по туризму", [], id="moscow-committee"),
    P("Минское шоссе", [], id="a-road"),
])
def test_a_foreign_city_s_government_names_its_country(text, countries):
    assert institution_countries([text]) == countries
