"""Different countries in one chart get colours that can be told apart (analytics.palette.distinct_colours).

Before uxqa31 the Страны page of a region with several partners drew China (#de2910) and Vietnam
(#da251d) as two bars of one red (ΔE 6.3): the colour said «the same country». The palette's flag
colours stay each country's own; only a country whose colour is like one already drawn in the same
chart (the larger bar first) takes a spare one. Checked on a real DuckDB the ETL built from a SYNTHETIC
report that names both (its country chart from the query layer), on the review slide's chart data, and
on frames with other near twins; and where it must not fire: countries whose colours differ keep them."""
from __future__ import annotations

import itertools
from pathlib import Path

import pandas as pd
import pytest

from analytics import charts, queries
from analytics.filters import Filters
from analytics.palette import MIN_DELTA_E, colour_difference, country_colour, distinct_colours

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SYNTHETIC_CHINA_AND_VIETNAM = FIXTURES / "synthetic_amur_2025q4_next_report4.txt"   # SYNTHETIC report


def _bars(codes: list[str]) -> dict[str, str]:
    frame = pd.DataFrame({"country_code": codes, "name_ru": codes, "name_en": codes,
                          "events": list(range(len(codes) * 2, 0, -2)), "attendance": [10] * len(codes),
                          "attendance_lower_bound": [False] * len(codes)})
    trace = charts.country_bar(frame, "ru").data[0]
    return dict(zip(trace.customdata if trace.customdata is not None else codes, trace.marker.color))


def _alike(colours: dict[str, str]) -> list[str]:
    return [f"{a} {colours[a]} ~ {b} {colours[b]} (ΔE {colour_difference(colours[a], colours[b]):.1f})"
            for a, b in itertools.combinations(colours, 2)
            if colour_difference(colours[a], colours[b]) < MIN_DELTA_E]


@pytest.mark.parametrize("codes", [
    ["CN", "VN"],                        # the two reds of the Страны page
    ["BY", "CN", "KZ", "VN"],            # with others between them: not only neighbours
    ["TJ", "VE", "UZ"],                  # two ochres
    ["KH", "CU", "MD"],                  # three dark blues
    ["TR", "KG", "VN", "CN", "BY"],      # five reds
    ["LT", "CM", "NG", "AE"],            # four greens
])
def test_no_two_countries_of_a_chart_alike(codes):
    colours = _bars(codes)
    assert set(colours) == set(codes)
    assert not _alike(colours), _alike(colours)
    assert colours[codes[0]] == country_colour(codes[0]), "the largest bar keeps its country's own colour"


@pytest.mark.parametrize("codes", [["BY", "KZ", "UZ", "AM"], ["CN", "KZ", "MN"], ["VN", "IN", "FR"]])
def test_countries_whose_colours_differ_keep_their_own(codes):
    assert _bars(codes) == {c: country_colour(c) for c in codes}


def test_the_same_key_twice_gets_one_colour_and_the_answer_is_steady():
    keys = ["CN", "VN", "CN", "TR", "VN"]
    first = distinct_colours(keys, country_colour)
    assert first == distinct_colours(keys, country_colour)
    assert first[0] == first[2] and first[1] == first[4]
    assert len({first[0], first[1], first[3]}) == 3


def test_more_countries_than_the_spares_hold_still_get_a_colour_each():
    codes = [f"X{i}" for i in range(40)]                # 40 unknown codes (SYNTHETIC)
    colours = distinct_colours(codes, country_colour)
    assert len(colours) == 40 and all(c.startswith("#") and len(c) == 7 for c in colours)
    for a, b in zip(colours, colours[1:]):               # neighbours at least never the same
        assert a != b


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory):
    """A real DuckDB the ETL built from one SYNTHETIC report naming China and Vietnam."""
    from etl.load import load_reports

    path = tmp_path_factory.mktemp("synthetic_colours") / "engagement.duckdb"
    results = load_reports([SYNTHETIC_CHINA_AND_VIETNAM], path, rebuild=True)
    assert [r.status for r in results] == ["loaded"], results
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    yield con
    con.close()


def test_the_countries_chart_of_a_synthetic_region_tells_china_from_vietnam(synthetic_db):
    frame = queries.events_by_country(synthetic_db, Filters())
    assert {"CN", "VN"} <= set(frame["country_code"]), frame["country_code"].tolist()
    trace = charts.country_bar(frame, "ru").data[0]
    colours = dict(zip(trace.customdata, trace.marker.color))
    assert not _alike(colours), _alike(colours)


def test_the_review_slide_tells_china_from_vietnam(synthetic_db):
    from briefing.deck import slides
    from briefing.model import build_review, periods

    period = periods(synthetic_db)[0]
    review = build_review(synthetic_db, period.year, period.quarter, period.region)
    chart = next(c for s in slides(review, lang="ru") for c in s.charts if c.key == "countries")
    colours = dict(zip(chart.keys, chart.colours))
    assert {"CN", "VN"} <= set(colours), colours
    assert not _alike(colours), _alike(colours)
