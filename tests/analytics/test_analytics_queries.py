"""The query layer against the real database, checked with independent SQL; the file-swap reconnect."""
from __future__ import annotations

import shutil

import pytest

from analytics import charts, queries
from analytics.db import DatabaseMissing, ReadOnlyDatabase
from analytics.filters import Filters
from dashboard_fixtures import RAW, con, dashboard_db, oracle  # noqa: F401  (fixtures)

FILTER_CASES = [
    pytest.param(Filters(), id="all"),
    pytest.param(Filters(countries=("KZ",)), id="kazakhstan"),
    pytest.param(Filters(sectors=("culture_tourism",)), id="culture"),
    pytest.param(Filters(months=("2024-11",)), id="november"),
    pytest.param(Filters(formats=("online",)), id="online"),
    pytest.param(Filters(search="выставка"), id="search"),
    pytest.param(Filters(countries=("ZZ",)), id="nothing_matches"),
]
FRAME_QUERIES = ["headline", "events_by_sector", "events_by_country", "events_by_month", "agreements", "sector_month",
                 "sector_country", "region_points", "officials", "timeline", "events_by_period",
                 "attendance_by_format", "biggest_events", "foreign_participants", "registry", "sources"]


@pytest.mark.parametrize("filters", FILTER_CASES)
def test_every_query_and_chart_runs(con, filters):
    for name in FRAME_QUERIES:
        frame = getattr(queries, name)(con, filters)
        assert frame is not None, name
    figures = [charts.sector_bar(queries.events_by_sector(con, filters)),
               charts.country_bar(queries.events_by_country(con, filters)),
               charts.month_bar(queries.events_by_month(con, filters)),
               charts.sector_month_heatmap(queries.sector_month(con, filters)),
               charts.timeline_chart(queries.timeline(con, filters)),
               charts.partner_map(queries.events_by_country(con, filters), queries.region_points(con, filters))]
    assert all(fig.layout.separators == ", " for fig in figures)


def test_headline_matches_sql(con, oracle):
    head = queries.headline(con, Filters()).iloc[0]
    assert head["events"] == oracle.execute("SELECT count(*) FROM events").fetchone()[0]
    assert head["partner_countries"] == oracle.execute(
        "SELECT count(DISTINCT country_code) FROM event_countries").fetchone()[0]
    assert head["foreign_regions"] == oracle.execute("SELECT count(DISTINCT region_name) FROM event_regions").fetchone()[0]
    assert head["attendance"] == oracle.execute("SELECT coalesce(sum(attendance_total), 0) FROM events").fetchone()[0]
    assert head["signed"] == oracle.execute("SELECT count(*) FROM events WHERE agreement = 'signed'").fetchone()[0]


def test_country_filter_counts_events_with_that_partner(con, oracle):
    expected = oracle.execute("SELECT count(DISTINCT event_id) FROM event_countries WHERE country_code = 'KZ'").fetchone()[0]
    assert queries.count_events(con, Filters(countries=("KZ",))) == expected
    by_country = queries.events_by_country(con, Filters()).set_index("country_code")["events"]
    assert by_country["KZ"] == expected


def test_months_count_multi_month_events_in_each_month(con, oracle):
    frame = queries.events_by_month(con, Filters()).set_index("month")["events"].to_dict()
    expected = dict(oracle.execute("SELECT month, count(DISTINCT event_id) FROM event_months GROUP BY 1").fetchall())
    assert frame == expected


def test_registry_has_every_field_and_raw_text(con, oracle):
    rows = queries.registry(con, Filters())
    assert len(rows) == oracle.execute("SELECT count(*) FROM events").fetchone()[0]
    for column in ("raw_title", "raw_venue", "raw_dates", "raw_content", "raw_participants", "file_name", "sha256",
                   "table_row", "source_line", "partner_countries", "foreign_regions", "officials"):
        assert column in rows.columns


def test_timeline_single_day_events_get_a_visible_bar(con):
    rows = queries.timeline(con, Filters())
    assert ((rows["finish"] - rows["end_date"]).dt.days == 1).all()


def test_database_swap_is_noticed(tmp_path, sample_db):
    """The ETL replaces the file; the same ReadOnlyDatabase object then reads the new one."""
    from etl.load import load_reports

    path = tmp_path / "live.duckdb"
    shutil.copy2(sample_db, path)
    database = ReadOnlyDatabase(path)
    before = database.cursor().execute("SELECT count(*) FROM reports").fetchone()[0]
    assert before >= 1
    load_reports([], path, rebuild=True)  # an empty rebuild swaps in a database without reports
    after = database.cursor().execute("SELECT count(*) FROM reports").fetchone()[0]
    assert after == 0
    load_reports(RAW, path, rebuild=True)
    assert database.cursor().execute("SELECT count(*) FROM reports").fetchone()[0] == before


def test_missing_database_raises_a_clear_error(tmp_path):
    with pytest.raises(DatabaseMissing):
        ReadOnlyDatabase(tmp_path / "nope.duckdb").cursor()


@pytest.mark.parametrize("filters", [
    pytest.param(Filters(), id="all"),
    pytest.param(Filters(countries=("BY",)), id="belarus"),
    pytest.param(Filters(search="выставка"), id="search"),
])
@pytest.mark.parametrize("order", list(queries.REGISTRY_ORDER))
def test_registry_pages_add_up_to_the_registry(con, filters, order):
    """Pages of 7 in any order, concatenated, are the whole filtered registry, each event once."""
    whole = queries.registry(con, filters)
    total = queries.count_events(con, filters)
    pages = [queries.registry_page(con, filters, limit=7, offset=o, order=order) for o in range(0, total + 7, 7)]
    ids = [i for page in pages for i in page["event_id"]]
    assert len(ids) == total == len(whole)
    assert sorted(ids) == sorted(whole["event_id"])
    if order == "report":
        assert ids == list(whole["event_id"])
    assert list(pages[0].columns) == list(queries.REGISTRY_COLUMNS)


def test_registry_page_rejects_unknown_columns_and_orders(con):
    with pytest.raises(ValueError):
        queries.registry_page(con, Filters(), columns=("title", "1; DROP TABLE events"))
    with pytest.raises(KeyError):
        queries.registry_page(con, Filters(), order="title; DROP TABLE events")


def test_region_labels_move_above_a_close_neighbour_below():
    import pandas as pd

    from analytics.charts import _label_positions

    points = pd.DataFrame({"lat": [55.2, 54.0, 53.9, 50.0], "lon": [30.2, 30.3, 27.6, 40.0]})
    # above/below as before; the side is inward for the group's western and eastern quarters
    assert _label_positions(points) == ["top right", "top right", "bottom right", "bottom left"]


@pytest.mark.parametrize("lats, lons, expected", [
    pytest.param([55.2, 53.9, 53.7, 52.4, 53.9], [30.2, 27.6, 23.8, 31.0, 30.3],
                 ["top left", "bottom center", "bottom right", "bottom left", "bottom left"], id="belarus_oblasts"),
    pytest.param([43.2, 42.9], [76.9, 74.6], ["top left", "bottom right"], id="two_side_by_side"),
    pytest.param([51.0], [71.4], ["bottom center"], id="one_region"),
    pytest.param([40.0, 50.0, 45.0], [10.0, 10.0, 10.0], ["bottom center"] * 3, id="one_meridian"),
])
def test_region_labels_hang_inward_at_the_group_edges(lats, lons, expected):
    import pandas as pd

    from analytics.charts import _label_positions

    assert _label_positions(pd.DataFrame({"lat": lats, "lon": lons})) == expected


def test_region_map_labels_have_a_halo():
    """Every region label carries a halo in the land colour (a border line never crosses its letters)."""
    import pandas as pd

    from analytics.charts import region_map

    regions = pd.DataFrame({"region_name": ["Витебская область", "Гомельская область"], "country_code": ["BY", "BY"],
                            "lat": [55.2, 52.4], "lon": [30.2, 31.0], "events": [18, 1]})
    countries = pd.DataFrame({"country_code": ["BY"], "alpha3": ["BLR"], "name_ru": ["Беларусь"], "name_en": ["Belarus"],
                              "events": [62]})
    labelled = [tr for tr in region_map(regions, countries).data if tr.type == "scattergeo"]
    assert labelled and all(tr.textfont.shadow and "#f1f2ee" in tr.textfont.shadow for tr in labelled)


def test_report_count_and_quarters_are_the_reports_table_s(con, oracle, tmp_path):
    """A page asks whether anything is loaded, and the organisations page which quarters: one number and a
    few pairs from SQL, the same as the reports table read whole; 0 and none in an empty database."""
    import duckdb

    from etl.load import SCHEMA

    rows = oracle.execute("SELECT year, quarter FROM o.reports").fetchall()
    assert queries.report_count(con) == len(rows) > 0
    assert queries.report_quarters(con) == sorted(set(rows), reverse=True)
    empty = duckdb.connect(str(tmp_path / "empty.duckdb"))
    empty.execute(SCHEMA)
    assert queries.report_count(empty) == 0 and queries.report_quarters(empty) == []
    empty.close()
