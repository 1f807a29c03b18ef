"""Bounded lists (analytics/page_queries.py) on a SYNTHETIC database larger than any of them: each is
the head (or the tail) of the unbounded question's answer, in its order, and `total` is the length
of that whole answer — so «показаны 20 из N» is true."""
from __future__ import annotations

import pandas as pd
import pytest

from analytics import page_queries, quality, queries
from analytics.filters import Filters
from scale_fixtures import scale_con, scale_db  # noqa: F401  (fixtures)

ALL = Filters()
BELARUS = Filters(countries=("BY",))
CULTURE = Filters(sectors=("culture_tourism",))
SEARCH = Filters(search="сотрудничество")  # read through the word index, the page's ids first


def keys(frame: pd.DataFrame, columns: list[str]) -> list[tuple]:
    """The order's key values (ties in the unbounded order may list tied rows either way)."""
    return [tuple(None if pd.isna(v) else v for v in row) for row in frame[columns].itertuples(index=False)]


# name, bounded call, unbounded call, which end of the unbounded answer, order key, limit
CASES = [
    pytest.param(lambda c, f: page_queries.agreements_latest(c, f, ("signed", "verbal"), 20),
                 lambda c, f: queries.agreements(c, f, ("signed", "verbal")), "tail", ["start_date", "n"], 20,
                 id="agreements_latest_are_the_last_of_the_date_order"),
    pytest.param(lambda c, f: page_queries.timeline_latest(c, f, 100), queries.timeline, "tail",
                 ["start_date", "n"], 100, id="timeline_latest_by_start_date"),
    pytest.param(lambda c, f: page_queries.foreign_participants_top(c, f, 100), queries.foreign_participants,
                 "head", ["attendance_foreign", "n"], 100, id="foreign_participants_most_first"),
    pytest.param(lambda c, f: page_queries.officials_top(c, f, 3), queries.officials, "head",
                 ["events", "name"], 3, id="officials_met_most_often"),
]


@pytest.mark.parametrize("filters", [pytest.param(ALL, id="unfiltered"), pytest.param(BELARUS, id="belarus"),
                                     pytest.param(CULTURE, id="culture"), pytest.param(SEARCH, id="search")])
@pytest.mark.parametrize("bounded, unbounded, end, order, limit", CASES)
def test_bounded_list_is_the_end_of_the_whole_answer(scale_con, filters, bounded, unbounded, end, order, limit):
    whole = unbounded(scale_con, filters)
    page = bounded(scale_con, filters)
    assert len(whole) > 0
    expected = whole.head(limit) if end == "head" else whole.tail(limit)
    assert len(page) == min(limit, len(whole))
    assert keys(page, order) == keys(expected, order)
    assert set(page["total"]) == {len(whole)}
    assert set(expected.columns) <= set(page.columns)


def test_the_synthetic_database_is_bigger_than_every_page(scale_con):
    """Otherwise the cases above would compare whole answers and could not catch a wrong end."""
    assert len(queries.agreements(scale_con, ALL, ("signed", "verbal"))) > 20
    assert len(queries.timeline(scale_con, ALL)) > 100
    assert len(queries.foreign_participants(scale_con, ALL)) > 100
    assert len(quality.outside_quarter(scale_con)) > 200
    assert len(quality.issue_rows(scale_con)) > 200
    assert len(quality.fill_rates(scale_con)) > 100


@pytest.mark.parametrize("bounded, unbounded, order", [
    pytest.param(page_queries.issue_rows_top, quality.issue_rows, ["period_label", "region", "n", "field"],
                 id="parse_problems"),
    pytest.param(page_queries.outside_quarter_top, quality.outside_quarter, ["period_label", "n"],
                 id="outside_the_quarter"),
    pytest.param(page_queries.lower_bounds_top, quality.lower_bounds, ["period_label", "region", "n"],
                 id="lower_bounds"),
    pytest.param(page_queries.issues_by_kind_top, quality.issues_by_kind, ["problems"], id="problem_kinds"),
])
def test_quality_lists_are_the_first_rows(scale_con, bounded, unbounded, order):
    whole = unbounded(scale_con)
    page = bounded(scale_con, 50)
    assert keys(page, order) == keys(whole.head(50), order)
    assert set(page["total"]) == {len(whole)}


def test_issue_rows_link_the_same_events(scale_con):
    page = page_queries.issue_rows_top(scale_con, 200)
    whole = quality.issue_rows(scale_con).head(200)
    assert page["event_id"].fillna("").tolist() == whole["event_id"].fillna("").tolist()


def test_fill_rates_of_the_latest_reports(scale_con):
    whole = quality.fill_rates(scale_con)
    page = page_queries.fill_rates_latest(scale_con, 100)
    pd.testing.assert_frame_equal(page.drop(columns="total"), whole.tail(100).reset_index(drop=True))
    assert set(page["total"]) == {len(whole)}


def test_quarters_of_one_region_are_the_reports(scale_con):
    """Few reports: exactly queries.events_by_period (one bar per report)."""
    region = scale_con.execute("SELECT region FROM reports WHERE region LIKE '%SYNTHETIC%' LIMIT 1").fetchone()[0]
    one = Filters(regions=(region,))
    whole = queries.events_by_period(scale_con, one)
    page = page_queries.events_by_period_bounded(scale_con, one, limit=1000)
    order = ["year", "quarter", "sector_key"]
    pd.testing.assert_frame_equal(page.drop(columns="total").sort_values(order).reset_index(drop=True),
                                  whole.sort_values(order).reset_index(drop=True))


def test_many_reports_are_summed_per_quarter_and_cut_to_the_latest(scale_con):
    whole = queries.events_by_period(scale_con, ALL)
    page = page_queries.events_by_period_bounded(scale_con, ALL, limit=8)
    assert page["region"].isna().all()
    quarters = sorted({(y, q) for y, q in zip(whole["year"], whole["quarter"])})
    assert sorted({(y, q) for y, q in zip(page["year"], page["quarter"])}) == quarters[-8:]
    assert set(page["total"]) == {len(quarters)}
    summed = whole.groupby(["year", "quarter", "sector_key"])["events"].sum()
    for row in page.itertuples(index=False):
        assert row.events == summed[(row.year, row.quarter, row.sector_key)]


def test_the_synthetic_database_numbers_and_indexes_its_copies(scale_con):
    """bench/synthetic_db.py copies the sample inside DuckDB: each copy's events need their own numbers
    (a search joins on them) and their words in the index, like loaded reports."""
    events, numbers = scale_con.execute("SELECT count(*), count(DISTINCT event_no) FROM events").fetchone()
    assert events == numbers > 1000
    assert not scale_con.execute("""SELECT count(*) FROM event_countries s JOIN events e USING (event_id)
        WHERE s.event_no IS DISTINCT FROM e.event_no""").fetchone()[0]
    where, params = SEARCH.where("e")  # LIKE over the lemmas: what the index must find
    expected = scale_con.execute(f"SELECT count(*) FROM v_events e WHERE {where}", params).fetchone()[0]
    assert queries.count_events(scale_con, SEARCH) == expected > 100


@pytest.mark.parametrize("filters, limit", [
    pytest.param(Filters(countries=("BY",), sectors=("culture_tourism",)), 100, id="belarus_culture_100"),
    pytest.param(BELARUS, 1, id="belarus_first_only"),
    pytest.param(CULTURE, 7, id="culture_seven"),
    pytest.param(Filters(formats=("online",)), 100, id="online_100"),
    pytest.param(CULTURE, 0, id="culture_none_asked"),
    pytest.param(Filters(countries=("AQ",)), 5, id="a_country_with_no_events"),
])
def test_filtered_foreign_participants_in_one_scan_are_the_head_of_the_whole_list(scale_con, filters, limit):
    """Under filters without a search the page's top and its total come from one scan of the filtered
    events: the same rows, in the same order, as the whole list's first `limit`, and its length."""
    whole = queries.foreign_participants(scale_con, filters)
    page = page_queries.foreign_participants_top(scale_con, filters, limit)
    assert len(page) == min(limit, len(whole))
    pd.testing.assert_frame_equal(page.drop(columns="total").reset_index(drop=True),
                                  whole.head(limit).reset_index(drop=True), check_dtype=False)
    assert set(page["total"]) <= {len(whole)}
