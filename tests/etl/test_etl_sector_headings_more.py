"""Eighth sweep: sector headings other regions write, each read as one of the standard sectors
(before, each was a sector of its own, unknown to the sector filter's groups and colours)."""
from __future__ import annotations

import pytest

from etl.classify import classify_sector


@pytest.mark.parametrize(("heading", "key"), [
    ("Рыбное хозяйство", "agriculture"),
    ("Рыболовство и аквакультура", "agriculture"),
    ("Охотничье хозяйство", "environment"),
    ("Приграничное сотрудничество", "general"),
    ("Пограничное сотрудничество", "general"),
    ("Иные мероприятия", "general"),
    ("Мероприятия органов местного самоуправления", "general"),
    ("Протокольные мероприятия", "general"),
    ("Арктика", "general"),
    ("Сотрудничество в Арктической зоне", "general"),
    ("Северный морской путь", "transport"),
    ("Транспорт и логистика", "transport"),
    ("Морской порт", "transport"),
    ("Космос", "education_science"),
    ("Космическая деятельность", "education_science"),
])
def test_other_regions_headings(heading, key):
    sector = classify_sector(heading)
    assert (sector.key, sector.known) == (key, True)


@pytest.mark.parametrize(("heading", "key"), [
    ("Спорт", "sport"),  # not 'порт'
    ("Физическая культура и спорт", "sport"),
    ("Культура", "culture_tourism"),
])
def test_known_headings_stay(heading, key):
    assert classify_sector(heading).key == key


@pytest.mark.parametrize(("heading", "key"), [
    # fairs and exhibitions are trade's (as a sub-section «Выставки и ярмарки» under trade already was)
    ("Конгрессно-выставочная деятельность", "industry_trade"),
    ("Выставочно-ярмарочная деятельность", "industry_trade"),
    ("Выставки и ярмарки", "industry_trade"),
    ("Конгрессная деятельность", "economy"),
    ("Деловые мероприятия", "economy"),
    ("Внешнеторговая деятельность", "industry_trade"),
    # an exhibition of art or of a museum is culture's
    ("Выставки и музеи", "culture_tourism"),
    ("Художественные выставки", "culture_tourism"),
    ("Театральное искусство", "culture_tourism"),
    ("Библиотечное дело", "culture_tourism"),
    ("Музейная деятельность", "culture_tourism"),
])
def test_fairs_congresses_and_the_arts(heading, key):
    sector = classify_sector(heading)
    assert (sector.key, sector.known) == (key, True)
