"""The «Сферы» heatmaps under a small answer (one partner country, a quarter): the colour bar counts in
whole numbers, each once, and a few countries' names stand upright (analytics.charts._heatmap,
upright_or_turned).

Seen in the meeting room (uxqa17): filtered to Kyrgyzstan (two events, every cell 1) the colour bar of
«Сферы по месяцам» read «1 1 1 1 1» (auto ticks 0.2 apart, printed as whole numbers) and that of
«Сферы и страны-партнёры» «1 1 2»; the one country's name «Киргизия» was drawn turned 35°, as if
fourteen names shared the width. The browser check is tests/browser/test_heatmap_small_answers.py."""
from __future__ import annotations

import pandas as pd
import pytest

from analytics import charts

NAMES = {"KG": "Киргизия", "BY": "Беларусь", "KZ": "Казахстан", "AM": "Армения", "AE": "Объединённые Арабские Эмираты",
         "IN": "Индия", "JO": "Иордания", "KH": "Камбоджа", "CM": "Камерун", "LT": "Литва", "MD": "Молдова",
         "MN": "Монголия", "NG": "Нигерия", "UZ": "Узбекистан"}


def _by_country(counts: dict[tuple[str, str], int]) -> pd.DataFrame:
    return pd.DataFrame([{"sector_key": s, "country_code": c, "events": n} for (s, c), n in counts.items()])


def _colour_ticks(fig) -> list[str]:
    """The colour bar's tick labels as plotly would print them (tickformat ',d') over zmin..zmax."""
    trace = fig.data[0]
    bar = trace.colorbar
    assert bar.tickformat == ",d"
    step = bar.dtick
    assert step is not None and float(step) >= 1, f"a count scale ticked {step} apart"
    values, v = [], float(bar.tick0 or 0)
    while v <= trace.zmax + 1e-9:
        values.append(v)
        v += float(step)
    return [f"{int(round(x))}" for x in values]


@pytest.mark.parametrize("counts", [
    pytest.param({("general", "KG"): 1, ("labour", "KG"): 1}, id="every_cell_one"),
    pytest.param({("general", "KG"): 1, ("labour", "KZ"): 2}, id="one_and_two"),
    pytest.param({("culture_tourism", "BY"): 7, ("youth", "BY"): 3, ("youth", "AM"): 1}, id="up_to_seven"),
])
def test_small_counts_tick_whole_numbers_once(counts):
    fig = charts.sector_country_heatmap(_by_country(counts), NAMES, "ru")
    ticks = _colour_ticks(fig)
    assert len(ticks) == len(set(ticks)) >= 2, ticks
    assert fig.data[0].zmax >= max(counts.values())


def test_sector_month_heatmap_of_ones_ticks_once():
    frame = pd.DataFrame({"sector_key": ["general", "labour"], "month": ["2024-12", "2024-11"], "events": [1, 1]})
    ticks = _colour_ticks(charts.sector_month_heatmap(frame, "en"))
    assert ticks == ["0", "1"], ticks


@pytest.mark.parametrize("codes, upright", [
    pytest.param(["KG"], True, id="one_country"),
    pytest.param(["BY", "KZ", "KG", "AM"], True, id="four_short_names"),
    pytest.param(list(NAMES), False, id="fourteen_names"),
    pytest.param(["BY", "AE"], True, id="a_long_name_on_two_lines"),
])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_country_names_upright_when_their_columns_hold_them(codes, upright, lang):
    names = NAMES if lang == "ru" else {c: c for c in NAMES} | {"AE": "United Arab Emirates", "KG": "Kyrgyzstan"}
    fig = charts.sector_country_heatmap(_by_country({("general", c): 1 for c in codes}), names, lang)
    angle = fig.layout.xaxis.tickangle
    assert (angle == 0) == upright, (codes, angle)
    shown = [str(x) for x in fig.data[0].x]
    if upright:     # whole, on at most two lines, none cut with «…»
        assert all(x.count("<br>") <= 1 and not x.endswith("…") for x in shown), shown
        assert sorted(x.replace("<br>", " ") for x in shown) == sorted(names[c] for c in codes)
    hovers = [h for row in fig.data[0].hovertext for h in row]
    assert all("<br>" not in h for h in hovers), "the hover keeps the name on one line"
