"""One report names an organisation with and without its place: 'Государственный архив новейшей
истории' (once) and 'Государственный архив новейшей истории Смоленской области' (twice, in the real
sample, events 21, 34 and 42). Before, they were two organisations; now the short form is the placed one.
"""
from __future__ import annotations

import pytest

from etl.organisations import OrgMention, alias_key, merge_report_aliases


def _mention(name: str, country: str | None = "RU") -> OrgMention:
    return OrgMention(name=name, legal_form=None, country=country, kind="culture", side="home",
                      role="participant", surface=name, key=alias_key(name), abbreviation=None)


def _merged(*events: list[tuple[str, str | None]]) -> list[list[str]]:
    by_event = {n: [_mention(name, country) for name, country in names] for n, names in enumerate(events, 1)}
    return [[m.name for m in mentions] for mentions in merge_report_aliases(by_event).values()]


@pytest.mark.parametrize(("short", "placed", "country"), [
    pytest.param("Государственный архив новейшей истории", "Государственный архив новейшей истории Смоленской области",
                 "RU", id="home_region"),
    pytest.param("Территориальный центр социального обслуживания населения",
                 "Территориальный центр социального обслуживания населения Октябрьского района г. Витебска", "BY",
                 id="district_and_city"),
    pytest.param("Институт истории Национальной академии наук",
                 "Институт истории Национальной академии наук Беларуси", "BY", id="country_name"),
    pytest.param("Министерство экономики", "Министерство экономики Республики Беларусь", "BY", id="republic"),
])
def test_a_name_written_without_its_place_is_the_placed_one(short, placed, country):
    assert _merged([(placed, country)], [(short, country)], [(placed, country)]) == [[placed], [placed], [placed]]


def test_two_placed_twins_leave_the_short_name_alone():
    """'Министерство культуры' beside both '… Смоленской области' and '… Республики Беларусь': which?"""
    names = _merged([("Министерство культуры Смоленской области", "RU")],
                    [("Министерство культуры Республики Беларусь", "BY")], [("Министерство культуры", None)])
    assert names[2] == ["Министерство культуры"]


@pytest.mark.parametrize(("short", "longer"), [
    pytest.param("Смоленский государственный университет", "Смоленский государственный университет спорта",
                 id="a_longer_name_is_not_a_place"),
    pytest.param("Дворец спорта", "Дворец спорта «Юбилейный»", id="a_proper_name_is_not_a_place"),
    pytest.param("Музей", "Музей истории области и города Смоленска и его жителей в годы войны",
                 id="too_many_words"),
])
def test_a_name_that_adds_more_than_a_place_stays_apart(short, longer):
    assert _merged([(longer, "RU")], [(short, "RU")]) == [[longer], [short]]


def test_a_twin_placed_in_another_country_stays_apart():
    assert _merged([("Министерство экономики Республики Беларусь", "BY")], [("Министерство экономики", "RU")]) == [
        ["Министерство экономики Республики Беларусь"], ["Министерство экономики"]]
