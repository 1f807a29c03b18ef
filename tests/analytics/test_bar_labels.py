"""Bar value labels stay inside the chart: the long bars carry their label inside, at the bar's end.

Before: every label sat outside its bar, and the axis was widened by a guess from the label's length;
with long category names squeezing the plot on a 1366-px laptop, «≥ 12 405» outside Belarus's bar ran
past the chart's right edge («≥ 12 40…», seen by the browser review of the Участники page)."""
from __future__ import annotations

import pandas as pd
import pytest

from analytics.charts import country_bar, sector_bar


def _countries(values: list[int], lower: list[bool] | None = None) -> pd.DataFrame:
    codes = ["BY", "KZ", "CN", "UZ", "AM", "VN"][: len(values)]
    return pd.DataFrame({
        "country_code": codes, "name_ru": [f"Страна с длинным названием {c}" for c in codes],
        "name_en": [f"A country with a long name {c}" for c in codes],
        "events": values, "attendance": values,
        "attendance_lower_bound": lower or [False] * len(values)})


@pytest.mark.parametrize("values", [[12405, 300, 5], [40, 38, 35, 2], [7], [100, 54, 56, 1], [3, 1, 1, 1, 1, 1]])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_long_bars_label_inside_short_ones_have_room(values, lang):
    figure = country_bar(_countries(values, [True] + [False] * (len(values) - 1)), lang, value="attendance")
    bar = figure.data[0]
    positions = list(bar.textposition)
    peak = max(values)
    ordered = sorted(values, reverse=True)  # the chart sorts by value
    assert positions[0] == "inside"  # the longest bar always
    for value, position in zip(ordered, positions):
        assert position == ("inside" if value >= 0.55 * peak else "outside")
        if position == "outside":  # an outside label keeps at least 15 % of the axis beyond its bar
            assert figure.layout.xaxis.range[1] >= value * 1.15
    assert figure.layout.xaxis.range[1] >= peak  # no bar cut


def test_sector_bars_follow_the_same_rule():
    frame = pd.DataFrame({"sector_key": ["culture_tourism", "economy", "sport"], "heading": [None] * 3,
                          "events": [30, 10, 2], "attendance": [30, 10, 2], "attendance_lower_bound": [False] * 3})
    assert list(sector_bar(frame, "ru").data[0].textposition) == ["inside", "outside", "outside"]


@pytest.mark.parametrize("scale", [1.0, 17 / 16, 25 / 16, 2.0])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_category_labels_keep_a_gap_from_their_bars_at_every_type_size(scale, lang):
    """A bar's category name ends half a letter before the bar, on the page (14-px labels) and on a
    slide or in print where briefing.deck.theme enlarges the type; before, it touched the bar (printed
    HTML briefing). The printed gap itself is measured by tests/browser/test_briefing_fit.py."""
    from briefing.deck import theme

    for figure in (country_bar(_countries([40, 3, 1]), lang),
                   sector_bar(pd.DataFrame({"sector_key": ["culture_tourism", "economy"], "heading": [None] * 2,
                                            "events": [5, 2]}), lang)):
        assert figure.layout.yaxis.ticklabelstandoff >= 7          # 14-px labels on the page
        themed = theme(figure, scale=scale)
        tick = themed.layout.yaxis.tickfont.size
        assert themed.layout.yaxis.ticklabelstandoff >= tick / 2 - 0.5, (tick, themed.layout.yaxis.ticklabelstandoff)
