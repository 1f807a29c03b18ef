"""A horizontal bar chart is as tall as its bars (charts.bars_height): a bar is as thick in a small
answer as in a large one. Seen on the Обзор page filtered to one country (Kazakhstan, IV кв. 2024):
its two sectors were drawn in a 260-px chart, 85 px a bar, beside a fourteen-bar country chart at
46 px a bar, with empty room under them — the 260-px floor of charts._hbar, which every sector and
country bar shares (Обзор, Страны, Участники)."""
from __future__ import annotations

import pytest

from analytics import charts, queries
from analytics.filters import Filters

CHROME = 90   # margins and the value-axis title (charts.HBAR_CHROME_PX)


def per_bar(fig) -> float:
    return (fig.layout.height - CHROME) / len(fig.data[0].y)


ANSWERS = [
    pytest.param("sector_bar", Filters(countries=("KZ",)), "ru", id="sectors_of_one_country-ru"),
    pytest.param("sector_bar", Filters(countries=("KG",)), "en", id="sectors_of_kyrgyzstan-en"),
    pytest.param("sector_bar", Filters(countries=("AE",)), "ru", id="one_sector-ru"),
    pytest.param("country_bar", Filters(sectors=("labour",)), "ru", id="countries_of_one_sector-ru"),
    pytest.param("country_bar", Filters(countries=("MN",)), "en", id="countries_beside_mongolia-en"),
    pytest.param("sector_bar", Filters(), "ru", id="every_sector-ru"),
    pytest.param("country_bar", Filters(), "en", id="every_country-en"),
]


@pytest.mark.parametrize("builder, filters, lang", ANSWERS)
def test_a_bar_is_as_thick_whatever_the_count(sample_con, builder, filters, lang):
    frame = (queries.events_by_sector if builder == "sector_bar" else queries.events_by_country)(sample_con, filters)
    assert len(frame) >= 1
    fig = getattr(charts, builder)(frame, lang)
    lines = max(str(label).count("<br>") + 1 for label in fig.data[0].y)
    assert per_bar(fig) == max(46, 17 * lines + 12), \
        f"{len(frame)} bars in {fig.layout.height} px: {per_bar(fig):.0f} px a bar"


@pytest.mark.parametrize("bars", [1, 2, 3, 5, 14])
def test_the_rule_itself(bars):
    assert charts.HBAR_CHROME_PX == CHROME
    assert charts.bars_height(bars) - CHROME == 46 * bars
    assert charts.bars_height(bars, lines=3) > charts.bars_height(bars)
