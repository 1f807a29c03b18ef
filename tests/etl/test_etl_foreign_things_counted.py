"""«иностранных» before a noun of things is that noun's adjective, not people left unsaid (lead, 27
Nov): «представители 7 иностранных государств (всего 45 человек)» gave 7 foreign participants, and «…
7 иностранных государств (45 человек)» 52 people. The elided reading («12 иностранных» = 12 foreign
people) stays where no noun follows or a people noun does. Expected values written by reading the cell."""
from __future__ import annotations

import pytest

from etl.attendance import parse_attendance
from etl.title import Home

SMOLENSK = Home(region="Смоленская область", adjective="смоленский", centre="смоленск")


@pytest.mark.parametrize(("cell", "expected"), [
    pytest.param("Приняли участие представители 7 иностранных государств (всего 45 человек)", (45, None),
                 id="states_then_total"),
    pytest.param("представители 7 иностранных государств (45 человек)", (45, 45), id="states_then_people_in_brackets"),
    pytest.param("гости из 7 иностранных государств – 45 человек", (45, 45), id="guests_from_states"),
    pytest.param("участники из 5 иностранных вузов – 20 человек", (20, 20), id="from_universities"),
    pytest.param("представители 7 иностранных государств", (None, None), id="states_alone"),
    pytest.param("1 иностранного государства", (None, None), id="one_state"),
    pytest.param("12 иностранных", (12, 12), id="elided_guard"),
    pytest.param("48 участников (12 иностранных, 36 российских)", (48, 12), id="breakdown_guard"),
    pytest.param("Участники: 40, в т.ч. 12 иностранных", (40, 12), id="subset_guard"),
    pytest.param("12 иностранных граждан", (12, 12), id="people_noun_guard"),
    pytest.param("15 иностранных студентов", (15, 15), id="students_guard"),
])
def test_foreign_before_things_is_no_people(cell, expected):
    found = parse_attendance(cell, SMOLENSK.mentioned_in)
    assert (found.total, found.foreign) == expected, cell
