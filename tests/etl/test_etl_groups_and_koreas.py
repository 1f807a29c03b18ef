"""Two rules found by the lead's sixth blind probe (29 Nov: a SYNTHETIC Иркутская область report):

1. A bracketed count after a «;» counts the group its own clause names, not the count before the «;» broken down:
   «около 3 тыс. посетителей; артисты из КНДР (20 чел.)» is 3,020 people, 20 of them foreign, as «…; артисты из
   КНДР – 20 чел.» already was (was 3,000 foreign of 3,000). A bracket right after its count is still its breakdown.
2. Beside the DPRK, «корейский» or «Корея» said alone is the DPRK: «Фестиваль корейской культуры» with artists «из
   КНДР» has one partner, KP (was KR and KP). Alone, or as «южнокорейский» / «Республика Корея», it stays KR.
"""
from __future__ import annotations

import pytest

from etl.geo import partner_countries
from etl.normalize import row_attendance

P = pytest.param


def _nowhere(_text: str) -> bool:
    return False


@pytest.mark.parametrize("people, total, foreign", [
    P("около 3 тыс. посетителей; артисты из КНДР (20 чел.)", 3020, 20, id="visitors-then-artists"),
    P("около 3000 посетителей; артисты из Китая (20 чел.)", 3020, 20, id="digits"),
    P("около 500 зрителей; делегация из Казахстана (12 чел.)", 512, 12, id="delegation"),
    P("25 чел.; делегация Монголии (8 человек: министр, 2 советника)", 33, 8, id="bracket-with-its-colon"),
    P("около 3 тыс. посетителей; артисты из КНДР – 20 чел.", 3020, 20, id="dash-as-before"),
    P("30 человек (из них 12 иностранцев)", 30, 12, id="own-breakdown"),
    P("40 человек; из них 12 иностранцев (Япония – 5, Корея – 7)", 40, 12, id="subset-then-its-breakdown"),
])
def test_a_bracket_after_a_semicolon_counts_its_own_clause(people, total, foreign):
    counted = row_attendance({"participants": people, "title": "Фестиваль культуры"}, _nowhere, foreign_named=True)
    assert (counted.total, counted.foreign) == (total, foreign)


@pytest.mark.parametrize("cells, countries", [
    P(["Фестиваль корейской культуры", "артисты из КНДР (20 чел.)"], ["KP"], id="korean-culture-dprk-artists"),
    P(["артисты из Кореи (КНДР)"], ["KP"], id="korea-named-dprk"),
    P(["корейская сторона, северокорейские специалисты"], ["KP"], id="korean-side-north"),
    P(["Фестиваль корейской культуры"], ["KR"], id="alone-south"),
    P(["Делегация Республики Корея и КНДР"], ["KR", "KP"], id="both-named"),
    P(["южнокорейская делегация; артисты КНДР"], ["KR", "KP"], id="south-said"),
])
def test_korea_said_alone_beside_the_dprk(cells, countries):
    assert partner_countries(cells) == countries
