"""A body of a bloc's member states typed with a spaced dash (the lead's fifth blind probe, 29 Nov: a SYNTHETIC
Курганская область report): «Заседание Совета глав регионов государств – членов Шанхайской организации
сотрудничества» names one international body, as the hyphenated «государств-членов» always did (was «Совет глав
регионов государств», a Russian body of kind «other», with the bloc apart).
"""
from __future__ import annotations

import pytest

from etl.organisations import Context, find_organisations

P = pytest.param


def _found(text: str) -> list[tuple[str, str | None, str]]:
    cells = {"title": text, "content": "", "participants": ""}
    return [(o.name, o.country, o.kind)
            for o in find_organisations(cells, Context("курган", "Курган", "RU", (), None, "Курганская область"))]


@pytest.mark.parametrize("text, name", [
    P("Заседание Совета глав регионов государств – членов Шанхайской организации сотрудничества",
      "Совет глав регионов государств – членов Шанхайской организации сотрудничества", id="en-dash"),
    P("Заседание Совета глав регионов государств — членов ШОС", "Совет глав регионов государств — членов ШОС",
      id="em-dash-letters"),
    P("Форум Межпарламентской ассамблеи государств – участников СНГ",
      "Межпарламентская ассамблея государств – участников СНГ", id="participants"),
    P("Заседание Совета министров культуры государств – участников Содружества Независимых Государств",
      "Совет министров культуры государств – участников Содружества Независимых Государств", id="ministers"),
    P("Заседание Совета глав регионов государств-членов Шанхайской организации сотрудничества",
      "Совет глав регионов государств-членов Шанхайской организации сотрудничества", id="hyphen-as-before"),
])
def test_a_member_states_body_is_one_international_name(text, name):
    assert _found(text) == [(name, None, "international")]


@pytest.mark.parametrize("text", [
    P("Совет министров культуры – традиционная площадка диалога", id="dash-after-a-body"),
    P("Встреча с делегациями стран – партнёров по ШОС", id="partners-not-members"),
])
def test_another_dash_still_ends_a_name(text):
    assert all("–" not in name for name, _, _ in _found(text))
