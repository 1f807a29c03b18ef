"""Organisations the fifth and sixth rounds of next reports left (drift12, drift13), as general rules:
«корейский» names the Republic of Korea as «Корея» does (drift12 made «Корея» KR; «северокорейский» stays
KP), a conservatory is a school, and «образовательный» makes a centre a school («культурно-образовательный»
one stays culture: alias_key splits the hyphen, so the reference's hyphenated hints are kept as pairs)."""
from __future__ import annotations

import pytest

from test_etl_organisations_regions2 import organisations


@pytest.mark.parametrize(("title", "expected"), [
    pytest.param("Переговоры с корейской компанией «Хёндэ Инжиниринг»",
                 {"Хёндэ Инжиниринг": ("participant", "KR", "enterprise")}, id="korean_company"),
    pytest.param("Гастроли Минской государственной консерватории",
                 {"Минская государственная консерватория": ("participant", "BY", "education")}, id="conservatory"),
    pytest.param("Стажировка в образовательном центре «Сириус»",
                 {"Образовательный центр «Сириус»": ("participant", "RU", "education")}, id="education_centre"),
    pytest.param("Визит в Культурно-образовательный центр Беларуси",
                 {"Культурно-образовательный центр Беларуси": ("host", "BY", "culture")}, id="culture_education_centre"),
])
def test_leftover_organisations(title, expected):
    assert organisations({"title": title}, "Смоленская область") == expected


def test_north_korean_stays_north_korean():
    from etl.geo import country_mentions
    assert [m.code for m in country_mentions("Визит северокорейской делегации")] == ["KP"]
    assert [m.code for m in country_mentions("Переговоры с корейской делегацией")] == ["KR"]
