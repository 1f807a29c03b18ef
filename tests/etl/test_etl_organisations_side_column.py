"""A body named in the foreign side's own column («Иностранная сторона») is from abroad (lead, 27 Nov;
drift15's finding): «Министерство культуры Республики Сербия, ансамбль «Коло»» gave the ensemble Russia, by
the fallback for names that say no country. Its country is the one foreign country that column names, else
the event's one foreign partner, else unknown — but on the foreign side; the home side's column is unchanged."""
from __future__ import annotations

import pytest

from etl.organisations import Context, find_organisations
from etl.title import home_of


def _found(cells: dict[str, str], partners: tuple[str, ...] = ()) -> dict[str, tuple[str | None, str]]:
    home = home_of("Смоленская область")
    context = Context(home.own_word, home.centre, "RU", partners, None)
    return {o.name: (o.country, o.side) for o in find_organisations(cells, context)}


@pytest.mark.parametrize(("cells", "partners", "expected"), [
    pytest.param({"title": "Гастроли", "attendance_foreign": "Министерство культуры Республики Сербия, ансамбль «Коло», 25 человек"},
                 (), {"Ансамбль «Коло»": ("RS", "foreign")}, id="the_columns_country"),
    pytest.param({"title": "Концерт", "attendance_foreign": "ансамбль «Коло», 25 человек"}, ("RS",),
                 {"Ансамбль «Коло»": ("RS", "foreign")}, id="the_events_one_partner"),
    pytest.param({"title": "Концерт", "attendance_foreign": "ансамбль «Коло», 25 человек"}, ("RS", "BA"),
                 {"Ансамбль «Коло»": (None, "foreign")}, id="two_partners_unknown_but_foreign"),
    pytest.param({"title": "Концерт", "attendance_home": "ансамбль «Смоляне», 25 человек"}, ("RS",),
                 {"Ансамбль «Смоляне»": ("RU", "domestic")}, id="home_column_guard"),
    pytest.param({"title": "Концерт", "attendance_foreign": "Посольство Вьетнама, 3 человека"}, ("RS",),
                 {"Посольство Вьетнама": ("VN", "foreign")}, id="name_says_its_country_guard"),
])
def test_a_body_in_the_foreign_column_is_from_abroad(cells, partners, expected):
    found = _found(cells, partners)
    assert {k: found.get(k) for k in expected} == expected, found
