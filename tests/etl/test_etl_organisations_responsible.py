"""The responsible column names the reporting region's own bodies, and a clerk writes them without the
region: «Департамент экономического развития области», «Комитет по культуре края» (lead, 27 Nov; drift15's
finding: no organisation was found, as the name holds no proper word). The bare word at the end of a body's
name becomes the region's name in the genitive when the region is of that kind; a body that names its region,
another region or a region of another kind («края» in an oblast's report) stays as written."""
from __future__ import annotations

import pytest

from etl.organisations import Context, find_organisations
from etl.title import home_of, region_genitive


def _found(region: str, cells: dict[str, str]) -> list[tuple[str, str | None, str]]:
    home = home_of(region)
    context = Context(home.own_word, home.centre, "RU", ("BY",), None, home.region)
    return [(o.name, o.country, o.side) for o in find_organisations(cells, context)]


@pytest.mark.parametrize(("region", "responsible", "expected"), [
    pytest.param("Вологодская область", "Департамент экономического развития области",
                 [("Департамент экономического развития Вологодской области", "RU", "home")], id="oblast_department"),
    pytest.param("Вологодская область", "Департамент внешних связей области; Комитет по культуре края",
                 [("Департамент внешних связей Вологодской области", "RU", "home")], id="two_bodies_one_of_another_kind"),
    pytest.param("Пермский край", "Министерство культуры края", [("Министерство культуры Пермского края", "RU", "home")],
                 id="krai_ministry"),
    pytest.param("Смоленская область", "Департамент культуры и туризма области (И.И. Иванов)",
                 [("Департамент культуры и туризма Смоленской области", "RU", "home")], id="bracket_after"),
    pytest.param("Вологодская область", "Министерство культуры Вологодской области",
                 [("Министерство культуры Вологодской области", "RU", "home")], id="region_named_guard"),
    pytest.param("Пермский край", "Министерство культуры Вологодской области",
                 [("Министерство культуры Вологодской области", "RU", "domestic")], id="other_region_guard"),
])
def test_the_responsible_columns_bare_region_is_ours(region, responsible, expected):
    assert _found(region, {"title": "Визит делегации Республики Беларусь", "responsible": responsible}) == expected


def test_only_the_responsible_column_is_read_so():
    found = _found("Вологодская область", {"title": "Визит", "content": "Департамент экономического развития области"})
    assert found == []


@pytest.mark.parametrize(("region", "expected"), [
    ("Смоленская область", "Смоленской области"), ("Пермский край", "Пермского края"),
    ("Республика Карелия", "Республики Карелия"), ("Ханты-Мансийский автономный округ", "Ханты-Мансийского автономного округа"),
])
def test_region_genitive(region, expected):
    assert region_genitive(region) == expected
