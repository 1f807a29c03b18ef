"""Seventh sweep: the two Koreas by their adjectives; «корейская» alone is the Republic of Korea, as «Корея» is."""
from __future__ import annotations

import pytest

from etl.geo import country_mentions


@pytest.mark.parametrize(("text", "codes"), [
    ("южнокорейская делегация", ["KR"]),
    ("Южнокорейские партнёры из Пусана", ["KR"]),
    ("северокорейские специалисты", ["KP"]),
    ("российско-южнокорейский бизнес-форум", ["RU", "KR"]),
    ("корейская сторона", ["KR"]),  # the Republic of Korea, as «Корея» is (drift12); the North is «северокорейская», КНДР
])
def test_korean_adjectives(text, codes):
    assert list(dict.fromkeys(m.code for m in country_mentions(text))) == codes
