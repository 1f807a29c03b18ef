"""A weekly or monthly round said without «еженедельно» is the whole quarter, as «еженедельно по средам» is (the lead's
probe, 29 Nov): «каждую среду», «каждый понедельник и четверг», «раз в месяц», «2 раза в неделю», «дважды в месяц», «по
средам» gave the warning «не удалось прочитать даты» and no dates. A month named with it is that month; a phrase of
something else («по итогам квартала») is still no date.
"""
from __future__ import annotations

from datetime import date

import pytest

from etl.normalize import event_dates

P = pytest.param
QUARTER = (date(2025, 10, 1), date(2025, 12, 31))


@pytest.mark.parametrize("said, span", [
    P("каждую среду", QUARTER, id="each-wednesday"),
    P("Каждую пятницу", QUARTER, id="capital"),
    P("каждый понедельник и четверг", QUARTER, id="two-days"),
    P("каждую неделю", QUARTER, id="each-week"),
    P("раз в месяц", QUARTER, id="once-a-month"),
    P("2 раза в неделю", QUARTER, id="twice-a-week-digits"),
    P("дважды в месяц", QUARTER, id="twice-a-month"),
    P("по средам", QUARTER, id="on-wednesdays"),
    P("по вторникам и четвергам", QUARTER, id="on-two-days"),
    P("еженедельно по вторникам", QUARTER, id="as-before"),
    P("каждую среду ноября", (date(2025, 11, 1), date(2025, 11, 30)), id="a-month-named"),
    P("по итогам квартала", (None, None), id="not-a-round"),
])
def test_a_weekly_round_is_the_quarter(said, span):
    read = event_dates(said, 2025, 4)
    assert (read.start, read.end) == span
