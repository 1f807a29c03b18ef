"""The «Динамика» timeline's date axis says when, whatever the span, and its legend names are whole
(analytics.charts.timeline_chart, _date_ticks, date_span).

Seen in the meeting room (uxqa17): filtered to one country (Armenia: one event on 10 December) the
timeline's date axis was bare — ticks were only ever the 1st and 15th of a month, none fell near the
event, and its bar filled the whole width with no date at all. On the full quarter at 1366 the plot
beside the events' names is ~390 px and its eight half-month ticks were drawn turned on their side;
and the legend's 240-px entries cut «Молодёжь и патриотическое воспитание» to «…воспитаı».

Now the tick step is the finest that fits the plot's width (days, the 1st and 15th, months, …), the
axis spans a week at least, a day's tick marks the middle of its bar, and a legend entry is as wide as
its longest name. The browser check of the drawn chart is tests/browser/test_timeline_axis.py."""
from __future__ import annotations

import re
from datetime import date, datetime

import pandas as pd
import pytest

from analytics import charts

CYRILLIC = re.compile(r"[а-яё]", re.I)


@pytest.mark.parametrize("first, last, most", [
    pytest.param(date(2024, 12, 10), date(2024, 12, 10), 5, id="one_day"),
    pytest.param(date(2024, 11, 29), date(2024, 12, 2), 5, id="four_days_over_a_month_end"),
    pytest.param(date(2024, 12, 30), date(2025, 1, 3), 9, id="over_new_year"),
    pytest.param(date(2024, 9, 6), date(2024, 12, 31), 5, id="a_quarter_on_a_laptop"),
    pytest.param(date(2024, 9, 6), date(2024, 12, 31), 12, id="a_quarter_on_a_projector"),
    pytest.param(date(2021, 3, 2), date(2024, 12, 31), 6, id="four_years"),
    pytest.param(date(2024, 2, 10), date(2024, 2, 29), 3, id="three_weeks_narrow"),
])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_span_gets_dated_ticks_that_fit(first, last, most, lang):
    lo, hi = charts.date_span(first, last)
    assert (hi - lo).days >= 7 and lo <= first and hi >= last
    values, texts = charts._date_ticks(lo, hi, lang, most=most, anchor=first)
    assert 2 <= len(values) <= most, (values, texts)
    shown = [datetime.fromisoformat(v).date() for v in values]
    assert all(lo <= d <= hi for d in shown), (lo, hi, shown)
    assert shown == sorted(shown)
    if (last - first).days < 14:                       # a short span shows its first day
        assert first in shown, (first, shown)
    assert texts[0].endswith(str(shown[0].year)), texts  # the year at the start …
    for d, prev, text in zip(shown[1:], shown, texts[1:]):   # … and at each new one, only there
        assert (str(d.year) in text) == (d.year != prev.year), texts
    words = " ".join(texts)
    assert bool(CYRILLIC.search(words)) == (lang == "ru"), texts
    assert not re.search(r"\d (март|май|июнь|июль)\b", words), texts   # «1 июль» is not Russian


def _events(*spans: tuple[str, str, str]) -> pd.DataFrame:
    rows = [{"event_id": f"r:{i}", "n": i, "title": title, "sector_key": key, "format": "in_person",
             "start_date": pd.Timestamp(start).date(), "end_date": pd.Timestamp(end).date(),
             "finish": (pd.Timestamp(end) + pd.Timedelta(days=1)).date()}
            for i, (start, end, title, key) in enumerate(spans, start=1)]
    return pd.DataFrame(rows)


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("start, end", [("2024-12-10", "2024-12-10"), ("2024-11-30", "2024-12-01")])
def test_a_short_event_sits_on_a_dated_axis(lang, start, end):
    fig = charts.timeline_chart(_events((start, end, "Международная конференция «Многонациональная Россия»",
                                         "public_relations")), lang)
    axis = fig.layout.xaxis
    lo, hi = (pd.Timestamp(v) for v in axis.range)
    ticks = [pd.Timestamp(v) for v in axis.tickvals]
    assert len([x for x in ticks if lo <= x <= hi]) >= 2, (axis.range, axis.tickvals)
    bar_from, bar_to = pd.Timestamp(start), pd.Timestamp(end) + pd.Timedelta(days=1)
    assert any(bar_from <= x <= bar_to for x in ticks), "no date under the event's own bar"
    assert (hi - lo).days >= 7, "a day's bar fills the whole axis"
    assert axis.tickangle == 0


@pytest.mark.parametrize("column_px", [875, 1431])
def test_a_quarter_has_as_many_ticks_as_fit_upright(column_px):
    events = _events(("2024-09-06", "2024-10-09", "Экспонирование передвижной интерактивной выставки «Подвиги "
                      "и судьбы партизан в документах»", "culture_tourism"),
                     ("2024-12-20", "2024-12-31", "Новогодний фестиваль", "youth"))
    fig = charts.timeline_chart(events, "ru", column_px=column_px)
    names = max(len(y) for trace in fig.data for y in trace.y) * charts.TICK_PX * 0.55
    plot = column_px - names - 60
    ticks = len(fig.layout.xaxis.tickvals)
    assert ticks >= 3 and plot / ticks >= 60, f"{ticks} ticks in a ~{plot:.0f}-px plot"
    assert names <= 0.45 * column_px, "the names leave the dates less than half of the chart"


def _drawn_px(text: str, size: float) -> float:
    """`text` in the house font (Source Sans, shipped with Streamlit) at `size` px, as a browser draws it."""
    from pathlib import Path

    import streamlit
    from PIL import ImageFont

    found = sorted((Path(streamlit.__file__).parent / "static" / "static" / "media").glob("SourceSansVF-Upright*.woff2"))
    if not found:
        pytest.skip("Streamlit's Source Sans font file not found")
    face = ImageFont.truetype(str(found[0]), round(size * 4))
    face.set_variation_by_axes([400])           # Regular, as the browser draws it (the file's default is 200)
    return face.getlength(text) / 4


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_legend_entries_hold_their_longest_sector_name(lang):
    from analytics.i18n import sector_label

    keys = ["culture_tourism", "youth", "investment", "industry_trade", "housing_utilities"]
    fig = charts.timeline_chart(_events(*[("2024-10-01", "2024-10-02", f"Событие {k}", k) for k in keys]), lang)
    longest = max(_drawn_px(sector_label(k, lang), charts.TICK_PX) for k in keys)
    assert fig.layout.legend.entrywidth >= longest + 40, (fig.layout.legend.entrywidth, longest)
