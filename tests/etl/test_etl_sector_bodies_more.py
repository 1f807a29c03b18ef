"""Seventh sweep: sector headings named after other regions' bodies that were unknown sectors before."""
from __future__ import annotations

import pytest

from etl.classify import classify_sector


@pytest.mark.parametrize(("heading", "key"), [
    ("Министерство по делам национальностей Республики Татарстан", "compatriots"),
    ("Министерство юстиции", "security"),
    ("Государственная жилищная инспекция", "housing_utilities"),
    ("Фонд поддержки предпринимательства", "economy"),
    ("Уполномоченный по защите прав предпринимателей", "economy"),
    ("Центр поддержки экспорта", "industry_trade"),
    ("Экспортный центр Смоленской области", "industry_trade"),
    ("Избирательная комиссия Смоленской области", "general"),
    ("Уполномоченный по правам человека", "social"),
    ("Департамент по внутренней политике", "public_relations"),
    ("Этнокультурные связи", "compatriots"),
])
def test_other_regions_bodies(heading, key):
    sector = classify_sector(heading)
    assert (sector.key, sector.known) == (key, True)


@pytest.mark.parametrize(("heading", "key"), [
    ("Министерство инвестиционного развития и предпринимательства", "investment"),  # the first named wins a tie
    ("Министерство экономического развития", "economy"),
    ("Торгово-промышленная палата", "industry_trade"),
])
def test_known_headings_keep_their_sector(heading, key):
    assert classify_sector(heading).key == key
