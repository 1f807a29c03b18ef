"""«из которых», «в числе которых», «среди которых» mark a part of the count before, as «из них» does (lead,
27 Nov): «32 человека, из которых 17 – представители Республики Беларусь» gave 49 people (the part added as a
sibling group). Expected values written by reading the cell."""
from __future__ import annotations

import pytest

from etl.attendance import parse_attendance
from etl.title import Home

SMOLENSK = Home(region="Смоленская область", adjective="смоленский", centre="смоленск")


@pytest.mark.parametrize(("cell", "expected"), [
    pytest.param("32 человека, из которых 17 – представители Республики Беларусь", (32, 17, None), id="iz_kotoryh_dash"),
    pytest.param("32 человека, из которых 17 представителей Республики Беларусь", (32, 17, None), id="iz_kotoryh_noun"),
    pytest.param("32 человека, в числе которых 17 – граждане Беларуси", (32, 17, None), id="v_chisle_kotoryh"),
    pytest.param("Участвовали 25 человек, из которых 5 – онлайн", (25, None, 5), id="iz_kotoryh_online"),
    pytest.param("40 участников, среди которых 12 иностранных", (40, 12, None), id="sredi_kotoryh_guard"),
    pytest.param("32 человека, из них 17 – представители Республики Беларусь", (32, 17, None), id="iz_nih_guard"),
    pytest.param("10 представителей Смоленской области и 3 представителя Республики Беларусь", (13, 3, None),
                 id="siblings_still_added"),
])
def test_a_relative_part_is_not_added(cell, expected):
    found = parse_attendance(cell, SMOLENSK.mentioned_in)
    assert (found.total, found.foreign, found.online) == expected, cell
