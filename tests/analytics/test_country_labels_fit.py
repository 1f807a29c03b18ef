"""Country names beside the bars wrap to the room the chart's width leaves them (charts.label_chars):
in the 316-px side column of Страны at 1366 «Объединённые Арабские Эмираты» was cut at its start
(«ъединённые Арабские Эмираты», uxqa14). Every line of a label fits LABEL_SHARE of the width at the
tick type; the hover keeps the whole name."""
from __future__ import annotations

import pandas as pd
import pytest

from analytics import charts

LONG = {"AE": "Объединённые Арабские Эмираты", "CD": "Демократическая Республика Конго",
        "BA": "Босния и Герцеговина", "KZ": "Северо-Казахстанская Республика Длинное Имя", "BY": "Беларусь"}


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"country_code": list(LONG), "name_ru": list(LONG.values()), "name_en": list(LONG),
                         "events": [5, 4, 3, 2, 1]})


@pytest.mark.parametrize("column_px", [316, 403, 560, 900])
def test_every_label_line_fits_its_share_of_the_chart(column_px):
    fig = charts.country_bar(_frame(), "ru", column_px=column_px)
    room = column_px * charts.LABEL_SHARE
    for label in fig.data[0].y:
        for line in label.split("<br>"):
            assert len(line) * charts.TICK_PX * charts.CHAR_PX <= room + 1, (column_px, line)
    hovers = list(fig.data[0].hovertext)
    for name in LONG.values():
        assert any(h.startswith(name + ":") for h in hovers), f"the hover lost the whole name {name}"


def test_a_narrow_column_wraps_what_a_wide_one_keeps_on_one_line():
    narrow = charts.country_bar(_frame(), "ru", column_px=316).data[0].y
    wide = charts.country_bar(_frame(), "ru", column_px=900).data[0].y
    assert "Объединённые Арабские<br>Эмираты" in narrow
    assert "Объединённые Арабские Эмираты" in wide
    assert charts.country_bar(_frame(), "ru", column_px=316).layout.height >= \
        charts.country_bar(_frame(), "ru", column_px=900).layout.height
