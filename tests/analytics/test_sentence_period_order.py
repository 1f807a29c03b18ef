"""The «Показаны: …» / «Showing: …» sentence lists the loaded periods in time order in both languages:
on the SYNTHETIC three-report database the English pages said «Q4 2025, Q2 2025, Q3 2025» (the order
key read only Russian labels «IV кв. 2025»), and chosen reports kept the order they were picked in."""
from __future__ import annotations

import pytest

from analytics.filters import Filters, Lookup

RU = {"a": "IV кв. 2025", "b": "II кв. 2025", "c": "III кв. 2025"}
EN = {"a": "Q4 2025", "b": "Q2 2025", "c": "Q3 2025"}
EN_YEARS = {"a": "Q1 2026", "b": "Q4 2025", "c": "Q2 2024"}


@pytest.mark.parametrize("periods, lang, expected", [
    pytest.param(RU, "ru", "II кв. 2025, III кв. 2025, IV кв. 2025", id="ru_one_year"),
    pytest.param(EN, "en", "Q2 2025, Q3 2025, Q4 2025", id="en_one_year"),
    pytest.param(EN_YEARS, "en", "Q2 2024, Q4 2025, Q1 2026", id="en_across_years"),
])
def test_loaded_periods_in_time_order(periods, lang, expected):
    assert Filters().sentence(37, Lookup(periods=periods), lang).endswith(expected)


@pytest.mark.parametrize("periods, lang, expected", [
    pytest.param(EN, "en", "Q3 2025, Q4 2025", id="en_chosen"),
    pytest.param(RU, "ru", "III кв. 2025, IV кв. 2025", id="ru_chosen"),
])
def test_chosen_reports_in_time_order(periods, lang, expected):
    assert Filters(reports=("a", "c")).sentence(5, Lookup(periods=periods), lang).endswith(expected)
