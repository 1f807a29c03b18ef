"""The fast paths of the query layer give the base tables' answers.

Counts by country, month, foreign region and official read the side tables (which carry their
event's filter columns and merged flag) when the filters allow; the sidebar's options come from
option_counts, kept by each load. Here every one of them is compared with the old way — unnesting
the lists of the filtered rows of v_events — on a database of the real report and SYNTHETIC reports
of two more regions, with one pair merged, for many filter combinations; and the paged row queries
are compared with their full versions.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analytics import page_queries, quality, queries
from analytics.filters import Filters
from etl.edits import DuplicateDecision, Edits, event_key
from etl.load import connect_writable, delete_report, load_reports
from etl.search import WORD_TABLES, indexable, search_words, word_table
from etl.synth import synthetic_regions, synthetic_report, to_text


def _synthetic(region: int, year: int, quarter: int, seed: int) -> tuple[str, bytes]:
    report = synthetic_report(synthetic_regions()[region], year, quarter, seed=seed)
    return (f"synthetic_{region}_{year}_{quarter}.txt", to_text(report).encode("utf-8"))


def _merge_top_pair(db: Path, reports: list) -> Edits:
    """A merge decision for the best pending duplicate pair, applied by reloading one report."""
    con = duckdb.connect(str(db), read_only=True)
    top = quality.pending_duplicate_pairs(con, limit=1)
    con.close()
    keys = [event_key(top.iloc[0][f"{side}_region"], int(top.iloc[0][f"{side}_year"]),
                      int(top.iloc[0][f"{side}_quarter"]), int(top.iloc[0][f"{side}_n"]),
                      top.iloc[0][f"{side}_fingerprint"]) for side in ("first", "second")]
    edits = Edits(duplicates=[DuplicateDecision("m1", keys[0], keys[1], "merge", "тест", "", "2026-01-01T00:00:00")])
    load_reports(reports[:1], db, edits=edits)
    return edits


@pytest.fixture(scope="module")
def mixed_db(tmp_path_factory, sample_path) -> Path:
    """The real report, SYNTHETIC reports of two regions (the same quarter and the one before), and
    one duplicate pair merged."""
    db = tmp_path_factory.mktemp("paths") / "engagement.duckdb"
    reports = [sample_path, _synthetic(0, 2024, 4, 3), _synthetic(1, 2024, 4, 3), _synthetic(0, 2024, 3, 3)]
    load_reports(reports, db)
    _merge_top_pair(db, reports)
    return db


@pytest.fixture(scope="module")
def mixed(mixed_db):
    con = duckdb.connect(str(mixed_db), read_only=True)
    yield con
    con.close()


# ------------------------------------------------------------------ the old way, kept as the reference

def _old(con, f: Filters, select: str) -> pd.DataFrame:
    where, params = f.where("e")
    return con.execute(f"WITH f AS (SELECT e.* FROM v_events e WHERE {where}) {select}", params).df()


REFERENCE = {
    "events_by_country": """SELECT country_code, count(*) AS events,
            CAST(coalesce(sum(attendance_total), 0) AS BIGINT) AS attendance, count(attendance_total) AS attendance_known,
            coalesce(bool_or(attendance_lower_bound AND attendance_total IS NOT NULL), false) AS attendance_lower_bound
        FROM (SELECT unnest(list_distinct(partner_countries)) AS country_code, attendance_total, attendance_lower_bound
              FROM f) GROUP BY 1""",
    "events_by_month": "SELECT month, count(*) AS events FROM (SELECT unnest(list_distinct(months)) AS month FROM f) "
                       "GROUP BY 1",
    "sector_month": "SELECT sector_key, month, count(*) AS events FROM (SELECT sector_key, "
                    "unnest(list_distinct(months)) AS month FROM f) GROUP BY ALL",
    "sector_country": "SELECT sector_key, country_code, count(*) AS events FROM (SELECT sector_key, "
                      "unnest(list_distinct(partner_countries)) AS country_code FROM f) GROUP BY ALL",
    "region_points": "SELECT region_name, count(*) AS events FROM (SELECT unnest(list_distinct(foreign_regions)) "
                     "AS region_name FROM f) GROUP BY 1",
    "officials": "SELECT o.name, count(DISTINCT f.event_id) AS events, list(DISTINCT f.n ORDER BY f.n) AS event_numbers "
                 "FROM f JOIN event_officials o USING (event_id) GROUP BY o.name",
    "headline": """SELECT count(*) AS events,
            count(*) FILTER (WHERE quarter_position IN ('inside', 'partial')) AS held_in_period,
            (SELECT count(DISTINCT c) FROM (SELECT unnest(partner_countries) AS c FROM f)) AS partner_countries,
            (SELECT count(DISTINCT x) FROM (SELECT unnest(foreign_regions) AS x FROM f)) AS foreign_regions,
            CAST(coalesce(sum(attendance_total), 0) AS BIGINT) AS attendance, count(attendance_total) AS attendance_known,
            coalesce(bool_or(attendance_lower_bound AND attendance_total IS NOT NULL), false) AS attendance_lower_bound,
            count(*) FILTER (WHERE agreement = 'signed') AS signed, count(*) FILTER (WHERE agreement = 'verbal') AS verbal,
            count(*) FILTER (WHERE agreement = 'signed' AND quarter_position IN ('inside', 'partial')) AS signed_in_period,
            count(*) FILTER (WHERE agreement = 'verbal' AND quarter_position IN ('inside', 'partial')) AS verbal_in_period,
            CASE WHEN count(*) = 0 THEN NULL
                 ELSE (count(*) FILTER (WHERE format IN ('online', 'hybrid')))::DOUBLE / count(*) END AS online_share
        FROM f""",
    "events_by_sector": """SELECT sector_key, count(*) AS events,
            CAST(coalesce(sum(attendance_total), 0) AS BIGINT) AS attendance, count(attendance_total) AS attendance_known,
            coalesce(bool_or(attendance_lower_bound AND attendance_total IS NOT NULL), false) AS attendance_lower_bound
        FROM f GROUP BY sector_key""",
    "attendance_by_format": """SELECT format, count(*) AS events,
            CAST(coalesce(sum(attendance_total), 0) AS BIGINT) AS attendance, count(attendance_total) AS attendance_known,
            coalesce(bool_or(attendance_lower_bound AND attendance_total IS NOT NULL), false) AS attendance_lower_bound
        FROM f GROUP BY format""",
    "count_events": "SELECT count(*) AS events FROM f",
}
KEYS = {"events_by_country": ["country_code"], "events_by_month": ["month"], "sector_month": ["sector_key", "month"],
        "sector_country": ["sector_key", "country_code"], "region_points": ["region_name"], "officials": ["name"],
        "headline": [], "events_by_sector": ["sector_key"], "attendance_by_format": ["format"], "count_events": []}


def _fast(con, name: str, f: Filters) -> pd.DataFrame:
    result = getattr(queries, name)(con, f)
    return pd.DataFrame({"events": [result]}) if name == "count_events" else result


def _same(name: str, fast: pd.DataFrame, old: pd.DataFrame) -> None:
    columns = list(old.columns)
    fast, old = fast[columns], old[columns]
    if KEYS[name]:
        fast = fast.sort_values(KEYS[name]).reset_index(drop=True)
        old = old.sort_values(KEYS[name]).reset_index(drop=True)
    if "event_numbers" in columns:
        fast = fast.assign(event_numbers=fast["event_numbers"].map(list))
        old = old.assign(event_numbers=old["event_numbers"].map(list))
    pd.testing.assert_frame_equal(fast, old, check_dtype=False)


def _values(con, sql: str) -> list[str]:
    return [r[0] for r in con.execute(sql).fetchall()]


@pytest.fixture(scope="module")
def choices(mixed) -> dict[str, list[str]]:
    return {"regions": _values(mixed, "SELECT DISTINCT region FROM events ORDER BY 1"),
            "reports": _values(mixed, "SELECT report_id FROM reports ORDER BY 1"),
            "sectors": _values(mixed, "SELECT DISTINCT sector_key FROM events ORDER BY 1"),
            "formats": _values(mixed, "SELECT DISTINCT format FROM events ORDER BY 1"),
            "directions": _values(mixed, "SELECT DISTINCT direction FROM events ORDER BY 1"),
            "event_types": _values(mixed, "SELECT DISTINCT event_type FROM events ORDER BY 1"),
            "countries": _values(mixed, "SELECT DISTINCT country_code FROM event_countries ORDER BY 1"),
            "months": _values(mixed, "SELECT DISTINCT month FROM event_months ORDER BY 1")}


def _filters(choices, data, list_filters: bool) -> Filters:
    names = ["regions", "reports", "sectors", "formats", "directions", "event_types"]
    if list_filters:
        names += ["countries", "months"]
    picked = {}
    for name in names:
        values = choices[name] + ["нет такого"]
        picked[name] = tuple(data.draw(st.lists(st.sampled_from(values), max_size=3, unique=True), label=name))
    return Filters(**picked)


def test_sector_headings_are_ones_the_reports_use(mixed):
    used = set(mixed.execute("SELECT sector_key || '|' || coalesce(sector, sector_en) FROM events").fetchall())
    shown = queries.events_by_sector(mixed, Filters())
    assert {(f"{k}|{h}",) for k, h in zip(shown["sector_key"], shown["heading"])} <= used


def test_the_fixture_has_a_merged_event_with_lists(mixed):
    merged = mixed.execute("SELECT event_id, len(months) FROM events WHERE duplicate_of IS NOT NULL").fetchall()
    assert len(merged) == 1 and merged[0][1] > 0
    flagged = mixed.execute("SELECT DISTINCT event_id FROM event_months WHERE merged").fetchall()
    assert flagged == [(merged[0][0],)]


@pytest.mark.parametrize("filters", [
    pytest.param(Filters(), id="all"),
    pytest.param(Filters(sectors=("culture_tourism",)), id="sector"),
    pytest.param(Filters(formats=("online", "hybrid"), directions=("inbound",)), id="format_and_direction"),
    pytest.param(Filters(countries=("BY",)), id="country_goes_through_events"),
    pytest.param(Filters(search="выставка"), id="search_goes_through_events"),
    pytest.param(Filters(regions=("нет такого",)), id="nothing"),
    pytest.param(Filters(reports=("нет такого",)), id="report_goes_through_events"),
])
@pytest.mark.parametrize("name", list(REFERENCE))
def test_fast_path_equals_unnesting_the_filtered_events(mixed, filters, name):
    _same(name, _fast(mixed, name, filters), _old(mixed, filters, REFERENCE[name]))


@pytest.mark.long  # random filters run in the long tier; the listed filters above and below stay in make test
@pytest.mark.hypothesis
@pytest.mark.parametrize("list_filters", [pytest.param(False, id="column_filters"),
                                          pytest.param(True, id="with_country_and_month")])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fast_paths_equal_the_base_tables_for_random_filters(mixed, choices, list_filters, data):
    filters = _filters(choices, data, list_filters)
    for name, sql in REFERENCE.items():
        _same(name, _fast(mixed, name, filters), _old(mixed, filters, sql))


# ------------------------------------------------------------------ options kept by each load

def _options_from_scratch(con) -> dict[str, pd.DataFrame]:
    """What options() gave before option_counts: a pass over every event."""
    return {
        "sectors": con.execute("SELECT sector_key, count(*) AS events FROM events GROUP BY 1").df(),
        "countries": con.execute("SELECT country_code, count(DISTINCT event_id) AS events FROM event_countries "
                                 "GROUP BY 1").df(),
        "formats": con.execute("SELECT format, count(*) AS events FROM events GROUP BY 1").df(),
        "directions": con.execute("SELECT direction, count(*) AS events FROM events GROUP BY 1").df(),
        "event_types": con.execute("SELECT event_type, count(*) AS events FROM events GROUP BY 1").df(),
        "months": con.execute("SELECT month, count(*) AS events FROM event_months GROUP BY 1").df(),
        "held": con.execute("SELECT year(m)::VARCHAR || 'Q' || quarter(m)::VARCHAR AS quarter, "
                            "count(DISTINCT event_id) AS events FROM (SELECT event_id, strptime(month, '%Y-%m') AS m "
                            "FROM event_months) GROUP BY 1").df(),
    }


def _assert_options_match(db: Path) -> None:
    con = duckdb.connect(str(db), read_only=True)
    kept, scratch = queries.options(con), _options_from_scratch(con)
    headings = dict(con.execute("SELECT sector_key, coalesce(sector, sector_en) FROM events").fetchall())
    con.close()
    for name, expected in scratch.items():
        key = expected.columns[0]
        got = kept[name][[key, "events"]]
        assert dict(zip(got[key], got["events"])) == dict(zip(expected[key], expected["events"])), name
        assert list(got["events"]) == sorted(got["events"], reverse=True) or name in ("months", "held")
    assert set(kept["sectors"]["heading"]) <= set(headings.values())


def test_options_follow_loads_replacements_and_deletions(tmp_path, sample_path):
    db = tmp_path / "engagement.duckdb"
    load_reports([sample_path, _synthetic(2, 2023, 1, 1)], db)
    _assert_options_match(db)
    load_reports([_synthetic(2, 2023, 1, 9), _synthetic(3, 2023, 2, 1)], db)  # replaces 2023 Q1, adds a region
    _assert_options_match(db)
    con = duckdb.connect(str(db), read_only=True)
    gone = con.execute("SELECT report_id FROM reports WHERE year = 2023 AND quarter = 2").fetchone()[0]
    con.close()
    assert delete_report(gone, db)
    _assert_options_match(db)


def test_a_database_from_before_the_side_columns_gets_them_on_the_next_load(tmp_path, sample_path, mixed_db):
    """Side tables without the carried columns and no option_counts: filled once, the same as a new load."""
    db = tmp_path / "old.duckdb"
    db.write_bytes(mixed_db.read_bytes())
    con = duckdb.connect(str(db))
    fresh = {table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
             for table in ("event_months", "event_countries", "event_regions", "event_officials", "option_counts")}
    con.execute("DROP TABLE option_counts")
    for table in ("event_months", "event_countries", "event_regions", "event_officials"):
        old_columns = {"event_months": "event_id, month", "event_countries": "event_id, country_code, position",
                       "event_regions": "event_id, region_name, country_code, position",
                       "event_officials": "event_id, name, role, position"}[table]
        con.execute(f"CREATE TABLE {table}_old AS SELECT {old_columns} FROM {table}")
        con.execute(f"DROP TABLE {table}")
        con.execute(f"ALTER TABLE {table}_old RENAME TO {table}")
    con.close()
    con = connect_writable(db)
    for table, rows in fresh.items():
        assert con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() == rows, table
    con.close()


# ------------------------------------------------------------------ pages of rows

@pytest.mark.parametrize("filters", [pytest.param(Filters(), id="all"),
                                     pytest.param(Filters(sectors=("culture_tourism",)), id="culture")])
def test_a_capped_timeline_is_the_latest_part_of_the_whole_one(mixed, filters):
    whole = queries.timeline(mixed, filters)
    latest = page_queries.timeline_latest(mixed, filters, 12)
    assert set(latest["total"]) == {len(whole)} and len(whole) > 12
    pd.testing.assert_frame_equal(latest.drop(columns="total").reset_index(drop=True),
                                  whole.tail(12).reset_index(drop=True))


@pytest.mark.parametrize("name", ["foreign_participants", "agreements"])
def test_row_pages_are_the_ends_of_all_rows(mixed, name):
    """The pages' bounded lists (page_queries) are the head (most foreigners) or the tail (latest
    agreements) of the whole answer, row for row, and `total` is its length."""
    f = Filters()
    if name == "agreements":
        whole = queries.agreements(mixed, f, ("signed", "verbal"))
        page, expected = page_queries.agreements_latest(mixed, f, ("signed", "verbal"), 3), whole.tail(3)
    else:
        whole = queries.foreign_participants(mixed, f)
        page, expected = page_queries.foreign_participants_top(mixed, f, 3), whole.head(3)
    assert set(page["total"]) == {len(whole)} and len(whole) > 3
    pd.testing.assert_frame_equal(page.drop(columns="total").reset_index(drop=True), expected.reset_index(drop=True),
                                  check_dtype=False)


@pytest.mark.parametrize("name", ["issue_rows", "outside_quarter", "lower_bounds"])
def test_quality_pages_are_the_first_rows(mixed, name):
    whole = getattr(quality, name)(mixed)
    page = getattr(page_queries, f"{name}_top")(mixed, 2)
    assert set(page["total"]) == {len(whole)} and len(whole) > 2
    pd.testing.assert_frame_equal(page[list(whole.columns)], whole.head(2), check_dtype=False)


# ------------------------------------------------------------------ per-report tables grouped by report_id first

def test_per_report_tables_equal_grouping_by_their_names(mixed):
    columns = ", ".join(f"avg(CASE WHEN {expr} THEN 1.0 ELSE 0 END) AS {name}" for name, expr in quality.FILLED.items())
    old_rates = mixed.execute(f"SELECT region, period_label, year, quarter, count(*) AS events, {columns} "
                              "FROM v_events_all GROUP BY ALL ORDER BY year, quarter, region").df()
    pd.testing.assert_frame_equal(quality.fill_rates(mixed), old_rates, check_dtype=False)
    old_kinds = mixed.execute("SELECT period_label, region, field, severity, message AS kind, count(*) AS problems "
                              "FROM v_parse_issues GROUP BY ALL").df()
    keys = ["period_label", "region", "field", "severity", "kind"]
    pd.testing.assert_frame_equal(quality.issues_by_kind(mixed).sort_values(keys).reset_index(drop=True),
                                  old_kinds.sort_values(keys).reset_index(drop=True), check_dtype=False)
    for f in (Filters(), Filters(sectors=("culture_tourism",)), Filters(countries=("BY",))):
        where, params = f.where("e")
        old_sources = mixed.execute(f"""WITH f AS (SELECT e.* FROM v_events e WHERE {where})
            SELECT r.file_name, r.sha256, r.period_label, r.region, count(f.event_id) AS events
            FROM reports r JOIN f USING (report_id) GROUP BY r.file_name, r.sha256, r.period_label, r.region, r.year,
            r.quarter ORDER BY r.year, r.quarter, r.region""", params).df()
        pd.testing.assert_frame_equal(queries.sources(mixed, f), old_sources, check_dtype=False)


@pytest.mark.parametrize("limit, offset", [(1, 0), (5, 0), (5, 7), (30, 0), (3, 1000)])
def test_pending_pair_pages_are_slices_of_the_whole_ranking(mixed, limit, offset):
    """The score floor that narrows a page never changes it (a merged pair is in this database)."""
    whole = quality.pending_duplicate_pairs(mixed, limit=None)
    # enough pairs that (5, 7) is a partial last page and (3, 1000) an empty one (10 under etl/duplicates' rule)
    assert quality.pending_duplicate_count(mixed) == len(whole) >= 8
    page = quality.pending_duplicate_pairs(mixed, limit=limit, offset=offset)
    expected = whole.iloc[offset:offset + limit].reset_index(drop=True)
    pd.testing.assert_frame_equal(page, expected, check_dtype=not expected.empty)


def test_pending_pairs_without_any_decision_are_every_candidate(tmp_path, sample_path):
    db = tmp_path / "engagement.duckdb"
    load_reports([sample_path, _synthetic(0, 2024, 4, 3)], db)
    con = duckdb.connect(str(db), read_only=True)
    candidates = con.execute("SELECT count(*) FROM duplicate_candidates").fetchone()[0]
    whole = quality.pending_duplicate_pairs(con, limit=None)
    assert quality.pending_duplicate_count(con) == candidates == len(whole) > 3
    pd.testing.assert_frame_equal(quality.pending_duplicate_pairs(con, limit=3, offset=2),
                                  whole.iloc[2:5].reset_index(drop=True))
    con.close()


# ------------------------------------------------------------------ search through the word index

def _searched_ids(con, f: Filters, word_index: bool) -> list[str]:
    where, params = f.where("e", word_index=word_index)
    return [r[0] for r in con.execute(f"SELECT event_id FROM v_events e WHERE {where} ORDER BY 1", params).fetchall()]


def _vocabulary(con) -> list[str]:
    return _values(con, "SELECT DISTINCT word FROM v_event_words ORDER BY 1")


@pytest.mark.parametrize("query", [
    pytest.param("выставка", id="one_word"),
    pytest.param("Белоруссия", id="country_with_its_canonical_name"),
    pytest.param("белорусских партнеров", id="adjective_and_word"),
    pytest.param("соглашение о сотрудничестве", id="three_words_and"),
    pytest.param("Республики Беларусь", id="country_in_two_words"),
    pytest.param("Казахстан Беларусь", id="two_countries"),
    pytest.param("делегация", id="common_word"),
    pytest.param("ъъъ", id="no_such_word"),
    pytest.param("выстав", id="a_prefix_is_not_a_word"),
    pytest.param("в", id="a_preposition"),
    pytest.param("40-й", id="hyphenated_number"),
    pytest.param("100%", id="like_wildcard_keeps_like"),
    pytest.param("форум_2024", id="underscore_keeps_like"),
])
def test_search_through_the_word_index_finds_what_like_finds(mixed, query):
    f = Filters(search=query)
    assert _searched_ids(mixed, f, True) == _searched_ids(mixed, f, False)


def test_the_word_index_is_used_and_finds_something(mixed):
    f = Filters(search="выставка")
    where, _ = f.where("e", word_index=True)
    assert word_table("выставка") in where and "LIKE" not in where
    assert queries._word_index(mixed)
    assert queries.count_events(mixed, f) == len(_searched_ids(mixed, f, False)) > 0


@pytest.mark.long  # random filters run in the long tier; the listed filters above and below stay in make test
@pytest.mark.hypothesis
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_search_with_random_words_and_filters_equals_like(mixed, choices, data):
    """Words the events have (and a few they have not), one to three of them, with random filters."""
    words = data.draw(st.lists(st.sampled_from(_vocabulary(mixed) + ["нетслова", "москва", "г"]),
                               min_size=1, max_size=3), label="words")
    f = replace(_filters(choices, data, True), search=" ".join(words))
    assert _searched_ids(mixed, f, True) == _searched_ids(mixed, f, False)
    for name in ("count_events", "events_by_country", "officials"):
        _same(name, _fast(mixed, name, f), _old(mixed, f, REFERENCE[name]))


def _index_from_scratch(con) -> list[tuple]:
    """search_words of every event's lemmas, in Python (what the index must hold)."""
    return sorted((word, report_id, n) for report_id, n, text in
                  con.execute("SELECT report_id, n, search_lemmas FROM events").fetchall()
                  for word in search_words(text))


def _index(con) -> list[tuple]:
    for table in WORD_TABLES:  # each word in its own bucket's table
        words = _values(con, f"SELECT DISTINCT word FROM {table}")
        assert {word_table(w) for w in words} <= {table}, table
    return sorted(con.execute("SELECT word, report_id, n FROM v_event_words").fetchall())


def test_the_word_index_follows_loads_replacements_and_deletions(tmp_path, sample_path):
    db = tmp_path / "engagement.duckdb"
    load_reports([sample_path, _synthetic(2, 2023, 1, 1)], db)
    load_reports([_synthetic(2, 2023, 1, 9), _synthetic(3, 2023, 2, 1)], db)  # replaces 2023 Q1, adds a region
    con = duckdb.connect(str(db), read_only=True)
    gone = con.execute("SELECT report_id FROM reports WHERE year = 2023 AND quarter = 2").fetchone()[0]
    assert _index(con) == _index_from_scratch(con) and len(_index(con)) > 1000
    # the index names an event by report and number: its event_id must be made of them
    assert not con.execute("SELECT count(*) FROM events WHERE event_id <> report_id || ':' || n").fetchone()[0]
    con.close()
    assert delete_report(gone, db)
    con = duckdb.connect(str(db), read_only=True)
    assert _index(con) == _index_from_scratch(con)
    assert not con.execute("SELECT count(*) FROM v_event_words WHERE report_id = ?", [gone]).fetchone()[0]
    con.close()


def test_a_database_from_before_the_word_index_gets_it_on_the_next_load(tmp_path, mixed_db):
    db = tmp_path / "old.duckdb"
    db.write_bytes(mixed_db.read_bytes())
    con = duckdb.connect(str(db))
    fresh = _index(con)
    con.execute("DROP VIEW v_event_words")
    for table in WORD_TABLES:
        con.execute(f"DROP TABLE {table}")
    con.close()
    con = duckdb.connect(str(db), read_only=True)
    assert not queries._word_index(con)  # an old file opened read-only: the search keeps LIKE
    f = Filters(search="выставка")
    assert queries.count_events(con, f) == len(_searched_ids(con, f, False)) > 0
    con.close()
    con = connect_writable(db)
    assert _index(con) == fresh
    con.close()


def test_an_empty_word_index_beside_events_is_not_used(tmp_path, mixed_db):
    """A Parquet export made before the index gets an empty stand-in table: the search keeps LIKE."""
    db = tmp_path / "stand_in.duckdb"
    db.write_bytes(mixed_db.read_bytes())
    con = duckdb.connect(str(db))
    for table in WORD_TABLES:
        con.execute(f"DELETE FROM {table}")
    assert not queries._word_index(con)
    f = Filters(search="выставка")
    assert queries.count_events(con, f) == len(_searched_ids(con, f, False)) > 0
    con.close()


# ------------------------------------------------------------------ deep pages of the Реестр by a seek

@pytest.mark.parametrize("filters", [
    pytest.param(Filters(), id="all"),
    pytest.param(Filters(sectors=("culture_tourism",)), id="culture"),
    pytest.param(Filters(countries=("BY",), search="выставка"), id="belarus_search"),
    pytest.param(Filters(regions=("нет такого",)), id="nothing"),
    # a country: the report order's groups are counted from one country row an event (_report_groups)
    pytest.param(Filters(countries=("BY",)), id="belarus"),
    pytest.param(Filters(countries=("BY",), sectors=("culture_tourism",)), id="belarus_culture"),
    pytest.param(Filters(countries=("KZ", "BY", "RU")), id="three_countries_an_event_once"),
    pytest.param(Filters(countries=("BY",), held=("2024Q4",)), id="belarus_held"),
    pytest.param(Filters(countries=("ZZ",)), id="no_such_country"),
])
@pytest.mark.parametrize("order", list(queries.REGISTRY_ORDER))
def test_a_registry_page_found_by_a_seek_is_the_page_offset_gives(mixed, filters, order):
    """Every offset (ties of dates and attendance, NULL dates and counts, a merged event included)."""
    total = queries.count_events(mixed, filters)
    cte, params = queries._filtered(mixed, filters)
    columns = ("event_id", "n", "start_date", "attendance_total", "year", "quarter", "region")
    for offset in sorted({*range(0, total + 2, 9), 1, 2, total - 5, total - 1, total}):
        by_offset = mixed.execute(f"{cte} SELECT {', '.join(columns)} FROM f ORDER BY {queries.REGISTRY_ORDER[order]} "
                                  "LIMIT 5 OFFSET ?", params + [max(0, offset)]).df()
        sought = queries.registry_seek(mixed, filters, 5, max(0, offset), order, columns)
        pd.testing.assert_frame_equal(sought, by_offset, check_dtype=False, obj=f"offset {offset}")


@pytest.mark.parametrize("filters", [
    pytest.param(Filters(), id="all_sought"),
    pytest.param(Filters(search="выставка"), id="search"),
    pytest.param(Filters(countries=("BY",), search="выставка"), id="belarus_search"),
    pytest.param(Filters(sectors=("culture_tourism",), search="соглашение сотрудничество"), id="culture_two_words"),
    pytest.param(Filters(search="выставка 100%"), id="a_word_and_a_like_group"),
    pytest.param(Filters(search="нетслова"), id="search_finds_nothing"),
])
@pytest.mark.parametrize("order", list(queries.REGISTRY_ORDER))
def test_a_deep_registry_page_is_the_page_offset_gives(mixed, filters, order):
    """registry_page past `seek_from` (0 here, so every page is deep): a seek without a search, one
    sort of the matched events' keys under one; both the page OFFSET gives, every column."""
    total = queries.count_events(mixed, filters)
    cte, params = queries._filtered(mixed, filters)
    for offset in sorted({*range(0, total + 2, 7), 1, total - 1, total}):
        by_offset = mixed.execute(f"{cte} SELECT {', '.join(queries.REGISTRY_COLUMNS)} FROM f "
                                  f"ORDER BY {queries.REGISTRY_ORDER[order]} LIMIT 4 OFFSET ?",
                                  params + [max(0, offset)]).df()
        page = queries.registry_page(mixed, filters, 4, max(0, offset), order, seek_from=0)
        pd.testing.assert_frame_equal(page, by_offset, check_dtype=False, obj=f"offset {offset}")


def _by_offset(con, limit: int, offset: int) -> pd.DataFrame:
    """The unfiltered registry page in report order as OFFSET gives it (the reference)."""
    return con.execute(f"SELECT {', '.join(queries.REGISTRY_COLUMNS)} FROM v_events "
                       f"ORDER BY {queries.REGISTRY_ORDER['report']} LIMIT ? OFFSET ?", [limit, offset]).df()


def _assert_pages_by_reports(con, limits=(1, 4, 50, 300), step: int = 13) -> int:
    """Every `step`-th offset (and each group's edges, one either side, where a page crosses from one
    report or quarter into the next) of the unfiltered report-order registry read from the per-report
    counts equals OFFSET's page; how many pages it served. A step prime to the page sizes lands on every
    position inside a page as it goes."""
    total = queries.count_events(con, Filters())
    edges = {r[0] for r in con.execute(
        "SELECT sum(count(*)) OVER (ORDER BY year, quarter, region) FROM v_events GROUP BY year, quarter, region").fetchall()}
    served = 0
    for limit in limits:
        for offset in sorted({*range(0, total + 2, step), *(e + d for e in edges for d in (-1, 0, 1)), total}):
            offset = max(0, int(offset))
            page = queries._registry_page_by_reports(con, limit, offset, queries.REGISTRY_COLUMNS)
            expected = _by_offset(con, limit, offset)
            assert (page is None) == expected.empty, (limit, offset)
            if page is not None:
                served += 1
                pd.testing.assert_frame_equal(page, expected, obj=f"limit {limit} offset {offset}")
    return served


def test_an_unfiltered_deep_page_from_the_per_report_counts_is_the_page_offset_gives(mixed):
    """Pages inside one report, across two reports of a quarter, across quarters and over all of them,
    a merged event's report included (the fixture merges one pair)."""
    assert mixed.execute("SELECT count(*) FROM events WHERE duplicate_of IS NOT NULL").fetchone()[0] > 0
    assert mixed.execute("SELECT count(DISTINCT (year, quarter)), count(*) FROM reports").fetchone() == (2, 4)
    assert _assert_pages_by_reports(mixed) > 0


def test_deep_pages_from_the_per_report_counts_follow_merged_events(mixed_db, tmp_path):
    """Events marked merged (as _write_marks marks them) in several reports, a report's first and last
    among them: the counts less the merged ones still place every page."""
    db = tmp_path / "merged.duckdb"
    db.write_bytes(mixed_db.read_bytes())
    con = duckdb.connect(str(db))
    firsts_lasts = con.execute("SELECT arg_min(event_id, n), arg_max(event_id, n) FROM v_events "
                               "GROUP BY report_id").fetchall()
    into = con.execute("SELECT max(event_id) FROM v_events").fetchone()[0]
    for first, last in firsts_lasts:
        for gone in (first, last):
            if gone != into:
                con.execute("UPDATE events SET duplicate_of = ? WHERE event_id = ?", [into, gone])
    con.close()
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM events WHERE duplicate_of IS NOT NULL").fetchone()[0] >= 2 * len(firsts_lasts) - 1
        assert _assert_pages_by_reports(con, step=11) > 0
    finally:
        con.close()


@pytest.mark.parametrize("change", ["empty_report_fill", "a_stale_count", "no_report_fill"])
def test_deep_pages_without_exact_per_report_counts_are_sought(mixed_db, tmp_path, change):
    """An export from before report_fill (an empty stand-in), counts that do not add up to the events, or no
    table: the per-report way declines and the seek gives the page."""
    db = tmp_path / "old.duckdb"
    db.write_bytes(mixed_db.read_bytes())
    con = duckdb.connect(str(db))
    con.execute({"empty_report_fill": "DELETE FROM report_fill",
                 "a_stale_count": "UPDATE report_fill SET events = events + 1 WHERE report_id = "
                                  "(SELECT min(report_id) FROM report_fill)",
                 "no_report_fill": "DROP TABLE report_fill"}[change])
    con.close()
    con = duckdb.connect(str(db), read_only=True)
    try:
        total = queries.count_events(con, Filters())
        for offset in (0, 7, total // 2, total - 1):
            assert queries._registry_page_by_reports(con, 4, offset, queries.REGISTRY_COLUMNS) is None
            pd.testing.assert_frame_equal(queries.registry_page(con, Filters(), 4, offset, seek_from=0),
                                          _by_offset(con, 4, offset), check_dtype=False)
    finally:
        con.close()


def test_the_orders_have_ties_and_nulls_for_the_seek_to_cross(mixed):
    """Events without a count (NULLs last; the same code path as events without dates) and many
    events sharing a date or a count."""
    no_count, same_date, same_count = mixed.execute(
        "SELECT count(*) - count(attendance_total), count(*) - count(DISTINCT start_date), "
        "count(*) - count(DISTINCT attendance_total) FROM v_events").fetchone()
    assert no_count > 10 and same_date > 10 and same_count > 10


def test_a_grown_benchmark_database_has_its_copies_words(tmp_path, mixed_db):
    """bench/bigdb.py copies reports inside DuckDB: the copies must be searchable like loaded ones."""
    from bench.bigdb import grow

    con = duckdb.connect(str(mixed_db), read_only=True)
    events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    grown = grow(mixed_db, tmp_path / "grown.duckdb", 2 * events)
    con = duckdb.connect(str(grown), read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] >= 2 * events
    assert _index(con) == _index_from_scratch(con)
    for table in WORD_TABLES:  # in word order, as a rebuild leaves the index
        words = _values(con, f"SELECT word FROM {table} ORDER BY rowid")
        assert words == sorted(words), table
    f = Filters(search="выставка")
    assert queries.count_events(con, f) == len(_searched_ids(con, f, False)) > 0
    con.close()


# ------------------------------------------------------------------ country filters on the side tables, searches by number

def test_side_rows_carry_their_events_lists_and_header_columns(mixed):
    """Every list side row holds its event's partner countries and months (a country, quarter or month
    filter is tested there), event_countries its quarter position and agreement too."""
    for table in ("event_months", "event_countries", "event_regions", "event_officials"):
        rows, differing = mixed.execute(f"""SELECT count(*), count(*) FILTER (WHERE s.partner_countries IS DISTINCT FROM
            e.partner_countries OR s.months IS DISTINCT FROM e.months) FROM {table} s JOIN events e USING (event_id)""").fetchone()
        assert rows > 10 and differing == 0, table
    assert not mixed.execute("""SELECT count(*) FROM event_countries s JOIN events e USING (event_id)
        WHERE s.quarter_position IS DISTINCT FROM e.quarter_position OR s.agreement IS DISTINCT FROM e.agreement
        OR e.partner_countries[s.position + 1] <> s.country_code""").fetchone()[0]
    assert queries._side_lists(mixed) and queries._numbered(mixed)


def _assert_numbered(con) -> None:
    """event_no = the report's event_base + n, unique; every index row names its event's number."""
    rows, distinct, wrong = con.execute("""SELECT count(*), count(DISTINCT e.event_no),
        count(*) FILTER (WHERE e.event_no IS DISTINCT FROM r.event_base + e.n) FROM events e JOIN reports r USING (report_id)""").fetchone()
    assert rows == distinct and not wrong
    assert not con.execute("""SELECT count(*) FROM v_event_words w LEFT JOIN events e USING (report_id, n)
        WHERE w.event_no IS DISTINCT FROM e.event_no""").fetchone()[0]
    for table in ("event_months", "event_countries", "event_regions", "event_officials", "event_organisations",
                  "event_org_pairs"):
        assert not con.execute(f"""SELECT count(*) FROM {table} s LEFT JOIN events e USING (event_id)
            WHERE s.event_no IS DISTINCT FROM e.event_no""").fetchone()[0], table


def test_event_numbers_follow_loads_replacements_and_deletions(tmp_path, sample_path):
    db = tmp_path / "engagement.duckdb"
    load_reports([sample_path, _synthetic(2, 2023, 1, 1)], db)
    load_reports([_synthetic(2, 2023, 1, 9), _synthetic(3, 2023, 2, 1)], db)  # replaces 2023 Q1, adds a region
    con = duckdb.connect(str(db), read_only=True)
    _assert_numbered(con)
    gone = con.execute("SELECT report_id FROM reports WHERE year = 2023 AND quarter = 2").fetchone()[0]
    con.close()
    assert delete_report(gone, db)
    con = duckdb.connect(str(db), read_only=True)
    before = con.execute("SELECT max(event_no) FROM events").fetchone()[0]
    con.close()
    load_reports([_synthetic(3, 2023, 3, 2)], db)
    con = duckdb.connect(str(db), read_only=True)
    _assert_numbered(con)  # the new report's numbers come after every number in use
    assert con.execute("SELECT min(event_no) FROM events e JOIN reports r USING (report_id) "
                       "WHERE r.year = 2023 AND r.quarter = 3").fetchone()[0] > before
    con.close()


def test_a_database_from_before_event_numbers_and_carried_lists_gets_them_once(tmp_path, mixed_db):
    """Without event_no, event_base, the index's numbers and the side tables' lists: an older file
    opened read-only answers the old way (the same), and the next load fills them as a new load would."""
    db = tmp_path / "old.duckdb"
    db.write_bytes(mixed_db.read_bytes())
    con = duckdb.connect(str(db))
    fresh = {table: con.execute(f"SELECT * EXCLUDE (event_no) FROM {table} ORDER BY ALL").fetchall()
             for table in ("event_months", "event_countries", "event_regions", "event_officials")}
    numbers = con.execute("SELECT event_id, event_no FROM events ORDER BY 1").fetchall()
    con.execute("DROP VIEW v_event_words")
    for table in WORD_TABLES:
        con.execute(f"ALTER TABLE {table} DROP COLUMN event_no")
    con.execute("ALTER TABLE events DROP COLUMN event_no")
    con.execute("ALTER TABLE reports DROP COLUMN event_base")
    for table in fresh:
        for column in ("partner_countries", "months", "event_no") + (("quarter_position", "agreement")
                                                                    if table == "event_countries" else ()):
            con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    for table in ("event_organisations", "event_org_pairs"):
        con.execute(f"ALTER TABLE {table} DROP COLUMN event_no")
    con.execute("CREATE VIEW v_event_words AS " + " UNION ALL ".join(f"SELECT * FROM {t}" for t in WORD_TABLES))
    con.close()
    con = duckdb.connect(str(db), read_only=True)
    assert not queries._numbered(con) and not queries._side_lists(con)
    searched = Filters(countries=("BY",), search="выставка")  # through the events, by their text ids
    assert queries._country_rows(con, searched) is None and queries._side(searched, "event_months", con) is None
    for f in (Filters(countries=("BY", "KZ")), Filters(search="выставка"), Filters(countries=("BY",), search="выставка")):
        for name in ("count_events", "headline", "events_by_country", "events_by_sector"):
            _same(name, _fast(con, name, f), _old(con, f, REFERENCE[name]))
    con.close()
    con = connect_writable(db)
    for table, rows in fresh.items():
        assert con.execute(f"SELECT * EXCLUDE (event_no) FROM {table} ORDER BY ALL").fetchall() == rows, table
    assert len(con.execute("SELECT DISTINCT event_no FROM events").fetchall()) == len(numbers)
    _assert_numbered(con)
    con.close()


def test_a_grown_benchmark_database_numbers_its_copies(tmp_path, mixed_db):
    from bench.bigdb import grow

    con = duckdb.connect(str(mixed_db), read_only=True)
    events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    grown = grow(mixed_db, tmp_path / "grown.duckdb", 3 * events)
    con = duckdb.connect(str(grown), read_only=True)
    _assert_numbered(con)
    assert con.execute("SELECT count(*) FROM event_countries WHERE partner_countries IS NULL OR months IS NULL "
                       "OR quarter_position IS DISTINCT FROM quarter_position").fetchone()[0] == 0
    f = Filters(countries=("BY",), search="выставка")
    for name in ("count_events", "headline", "events_by_month"):
        _same(name, _fast(con, name, f), _old(con, f, REFERENCE[name]))
    con.close()


def test_a_search_joins_the_events_by_number_and_a_country_filter_reads_event_countries(mixed):
    f = Filters(countries=("BY", "KZ"), search="выставка")
    cte, _ = queries._filtered(mixed, f)
    assert "event_no IN (SELECT event_no FROM event_words_" in cte and "LIKE" not in cte
    rows = queries._country_rows(mixed, Filters(countries=("BY", "KZ"), sectors=("culture_tourism",)))
    assert rows is not None and rows[0].startswith("event_countries s")
    searched = queries._country_rows(mixed, f)  # the search's numbers joined to the side rows by number
    assert searched is not None and "JOIN event_countries s ON s.event_no = h.event_no" in searched[0]
    assert searched[0].startswith("((SELECT event_no FROM event_words_") and "LIKE" not in searched[0]
    assert queries._side(f, "event_months", mixed) is not None


BIGGEST = "SELECT event_id FROM f WHERE attendance_total IS NOT NULL ORDER BY attendance_total DESC, n, event_id LIMIT 10"


def _same_rows_as_base(con, f: Filters) -> None:
    """Every question with a country-rows, side-table or numbered-search path against the base tables."""
    for name, sql in REFERENCE.items():
        _same(name, _fast(con, name, f), _old(con, f, sql))
    assert list(queries.biggest_events(con, f)["event_id"]) == list(_old(con, f, BIGGEST)["event_id"])
    where, params = f.where("e")
    old_sources = con.execute(f"""WITH f AS (SELECT e.* FROM v_events e WHERE {where})
        SELECT r.file_name, r.sha256, r.period_label, r.region, count(f.event_id) AS events
        FROM reports r JOIN f USING (report_id) GROUP BY r.file_name, r.sha256, r.period_label, r.region, r.year,
        r.quarter ORDER BY r.year, r.quarter, r.region""", params).df()
    pd.testing.assert_frame_equal(queries.sources(con, f), old_sources, check_dtype=False)
    keys = ["year", "quarter", "region", "sector_key"]
    old_periods = _old(con, f, "SELECT year, quarter, period_label, region, sector_key, count(*) AS events, "
                               "CAST(coalesce(sum(attendance_total), 0) AS BIGINT) AS attendance FROM f GROUP BY ALL")
    periods = page_queries.events_by_period_bounded(con, f, 1000)
    reports = int(_old(con, f, "SELECT count(DISTINCT report_id) AS reports FROM f")["reports"][0])
    assert set(periods["total"]) <= {reports}  # the bars' count, whichever way the reports were counted
    bounded = page_queries.events_by_period_bounded(con, f, max(reports, 1))  # exactly at the limit: one bar a report
    assert (bounded["region"].notna().all() and set(bounded["total"]) <= {reports}) if reports else bounded.empty
    pd.testing.assert_frame_equal(periods.drop(columns="total").sort_values(keys).reset_index(drop=True),
                                  old_periods.sort_values(keys).reset_index(drop=True), check_dtype=False)
    quarters = page_queries.events_by_period_bounded(con, f, 1)  # more reports than 1: the latest quarter, summed
    old_quarters = old_periods.groupby(["year", "quarter", "sector_key"], as_index=False)[["events", "attendance"]].sum()
    if old_periods["year"].size and len(old_periods.drop_duplicates(["year", "quarter", "region"])) > 1:
        latest = old_quarters[["year", "quarter"]].drop_duplicates().sort_values(["year", "quarter"]).iloc[-1]
        old_quarters = old_quarters[(old_quarters["year"] == latest["year"]) & (old_quarters["quarter"] == latest["quarter"])]
        got = quarters[["year", "quarter", "sector_key", "events", "attendance"]]
        pd.testing.assert_frame_equal(got.sort_values("sector_key").reset_index(drop=True),
                                      old_quarters.sort_values("sector_key").reset_index(drop=True), check_dtype=False)
    old_top = _old(con, f, "SELECT event_id FROM f ORDER BY year, quarter, region, n, event_id LIMIT 7")
    assert list(queries.registry_page(con, f, limit=7)["event_id"]) == list(old_top["event_id"])


@pytest.mark.parametrize("filters", [
    pytest.param(Filters(countries=("BY",)), id="one_country"),
    pytest.param(Filters(countries=("BY", "KZ", "CN")), id="three_countries_an_event_may_share"),
    pytest.param(Filters(countries=("KZ", "BY"), sectors=("culture_tourism",), formats=("online", "hybrid")),
                 id="countries_and_columns"),
    pytest.param(Filters(countries=("BY",), months=("2024-11", "2024-10")), id="country_and_months"),
    pytest.param(Filters(countries=("BY",), held=("2024Q4",)), id="country_and_quarter"),
    pytest.param(Filters(months=("2024-12",)), id="months_alone"),
    pytest.param(Filters(countries=("ZZ",)), id="no_such_country"),
    pytest.param(Filters(search="выставка"), id="search"),
    pytest.param(Filters(countries=("BY", "KZ"), search="соглашение сотрудничество"), id="countries_and_two_words"),
    pytest.param(Filters(countries=("BY",), search="Республики Беларусь"), id="country_and_country_words"),
    pytest.param(Filters(countries=("BY",), search="выставка 100%"), id="country_word_and_number"),
    pytest.param(Filters(search="форум", months=("2024-11",)), id="search_and_month"),
    # a group of several words (a country's own word and its canonical name) finds an event by both:
    # joined by number, it must still count once
    pytest.param(Filters(countries=("BY",), search="белорусских"), id="country_and_a_word_with_its_country_name"),
    pytest.param(Filters(countries=("BY", "KZ"), search="Белоруссия"), id="countries_and_a_country_name"),
    pytest.param(Filters(countries=("KZ",), sectors=("culture_tourism",), search="Казахстан Беларусь"),
                 id="country_column_and_two_country_groups"),
    pytest.param(Filters(countries=("BY",), search="белорусских выставка"), id="country_two_groups_one_of_two_words"),
])
def test_country_and_search_paths_equal_the_base_tables(mixed, filters):
    _same_rows_as_base(mixed, filters)


@pytest.mark.long  # random filters run in the long tier; the listed filters above and below stay in make test
@pytest.mark.hypothesis
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_country_and_search_paths_equal_the_base_tables_for_random_filters(mixed, choices, data):
    """Random column, country and month filters, with or without a search of words the events have."""
    f = _filters(choices, data, True)
    if data.draw(st.booleans(), label="search"):
        words = data.draw(st.lists(st.sampled_from(_vocabulary(mixed) + ["нетслова"]), min_size=1, max_size=2),
                          label="words")
        f = replace(f, search=" ".join(words))
    _same_rows_as_base(mixed, f)


# ------------------------------------------------------------------ the quality page's per-report counts, kept by each load

def _quality_from_scratch(con) -> tuple[pd.DataFrame, pd.DataFrame]:
    """fill_rates and issues_by_kind as they were computed before report_fill and issue_kinds."""
    columns = ", ".join(f"avg(CASE WHEN {expr} THEN 1.0 ELSE 0 END) AS {name}" for name, expr in quality.FILLED.items())
    rates = con.execute(f"SELECT region, period_label, year, quarter, count(*) AS events, {columns} "
                        "FROM v_events_all GROUP BY ALL ORDER BY year, quarter, region").df()
    kinds = con.execute("SELECT period_label, region, field, severity, message AS kind, count(*) AS problems "
                        "FROM v_parse_issues GROUP BY ALL").df()
    keys = ["period_label", "region", "field", "severity", "kind"]
    return rates, kinds.sort_values(keys).reset_index(drop=True)


def _assert_quality_matches(con) -> None:
    rates, kinds = _quality_from_scratch(con)
    keys = ["period_label", "region", "field", "severity", "kind"]
    pd.testing.assert_frame_equal(quality.fill_rates(con), rates, check_dtype=False)
    pd.testing.assert_frame_equal(quality.issues_by_kind(con).sort_values(keys).reset_index(drop=True), kinds,
                                  check_dtype=False)
    latest = page_queries.fill_rates_latest(con, 2)
    assert set(latest["total"]) == {con.execute("SELECT count(*) FROM reports").fetchone()[0]}
    pd.testing.assert_frame_equal(latest.drop(columns="total"), rates.tail(2).reset_index(drop=True), check_dtype=False)
    top = page_queries.issues_by_kind_top(con, 5)
    assert set(top["total"]) == {len(kinds)}
    assert list(top["problems"]) == sorted(kinds["problems"], reverse=True)[:5]


def test_quality_counts_follow_loads_replacements_and_deletions(tmp_path, sample_path):
    db = tmp_path / "engagement.duckdb"
    load_reports([sample_path, _synthetic(2, 2023, 1, 1)], db)
    load_reports([_synthetic(2, 2023, 1, 9), _synthetic(3, 2023, 2, 1)], db)  # replaces 2023 Q1, adds a region
    con = duckdb.connect(str(db), read_only=True)
    assert quality.kept(con, "report_fill", "events") and quality.kept(con, "issue_kinds", "parse_issues")
    assert con.execute("SELECT count(*) FROM report_fill").fetchone()[0] == 3
    _assert_quality_matches(con)
    gone = con.execute("SELECT report_id FROM reports WHERE year = 2023 AND quarter = 2").fetchone()[0]
    con.close()
    assert delete_report(gone, db)
    con = duckdb.connect(str(db), read_only=True)
    assert not con.execute("SELECT count(*) FROM report_fill WHERE report_id = ?", [gone]).fetchone()[0]
    _assert_quality_matches(con)
    con.close()


def test_empty_quality_counts_beside_events_are_not_used(tmp_path, mixed_db):
    """A Parquet export made before report_fill and issue_kinds gets empty stand-ins: counted the old way;
    a database from before them gets them on its next load."""
    db = tmp_path / "stand_in.duckdb"
    db.write_bytes(mixed_db.read_bytes())
    con = duckdb.connect(str(db))
    kept = con.execute("SELECT * FROM report_fill ORDER BY ALL").fetchall()
    con.execute("DELETE FROM report_fill")
    con.execute("DELETE FROM issue_kinds")
    assert not quality.kept(con, "report_fill", "events")
    _assert_quality_matches(con)
    con.execute("DROP TABLE report_fill")
    con.execute("DROP TABLE issue_kinds")
    con.close()
    con = connect_writable(db)
    assert con.execute("SELECT * FROM report_fill ORDER BY ALL").fetchall() == kept
    _assert_quality_matches(con)
    con.close()


# ------------------------------------------------------------------ query-layer latency at 1M: the newer fast paths

PERIOD_KEYS = ["year", "quarter", "region", "sector_key"]
OLD_PERIODS = ("SELECT year, quarter, period_label, region, sector_key, count(*) AS events, "
               "CAST(coalesce(sum(attendance_total), 0) AS BIGINT) AS attendance FROM f GROUP BY ALL")


def _same_periods(con, f: Filters) -> None:
    """events_by_period (report_sectors, country rows or events grouped by report) against grouping
    the filtered rows of v_events by their period and sector, as it was done before; column types too."""
    got = queries.events_by_period(con, f)
    old = _old(con, f, OLD_PERIODS + " ORDER BY year, quarter, events DESC")
    assert list(got.columns) == list(old.columns)
    assert list(got[["year", "quarter"]].itertuples(index=False)) == list(old[["year", "quarter"]].itertuples(index=False))
    assert list(got.events) == list(old.events)  # most events first within a quarter (ties in any order)
    pd.testing.assert_frame_equal(got.sort_values(PERIOD_KEYS).reset_index(drop=True),
                                  old.sort_values(PERIOD_KEYS).reset_index(drop=True))


@pytest.mark.parametrize("filters", [
    pytest.param(Filters(), id="all_from_report_sectors"),
    pytest.param(Filters(sectors=("culture_tourism",), regions=("Псковская область",)), id="sector_and_region"),
    pytest.param(Filters(reports=("нет такого",)), id="no_such_report"),
    pytest.param(Filters(formats=("online",)), id="format_through_events"),
    pytest.param(Filters(countries=("BY",), sectors=("culture_tourism",)), id="country_rows"),
    pytest.param(Filters(countries=("BY", "KZ"), held=("2024Q4",)), id="countries_and_quarter"),
    pytest.param(Filters(search="выставка"), id="search"),
    pytest.param(Filters(countries=("BY",), search="выставка"), id="country_and_search"),
])
def test_events_by_period_equals_grouping_the_filtered_events(mixed, filters):
    _same_periods(mixed, filters)


@pytest.mark.parametrize("filters", [
    pytest.param(Filters(), id="all"),
    pytest.param(Filters(sectors=("culture_tourism",)), id="sector"),
    pytest.param(Filters(regions=("Псковская область",)), id="region"),
])
def test_report_sectors_without_merged_events_are_read_as_kept(tmp_path, mixed_db, filters):
    """With no merged event under the filters the kept rows are read without the join that takes
    merged events away: the same answer once the fixture's merges are undone."""
    db = tmp_path / "unmerged.duckdb"
    db.write_bytes(mixed_db.read_bytes())
    con = duckdb.connect(str(db))
    con.execute("UPDATE events SET duplicate_of = NULL")
    assert "LEFT JOIN" not in queries._report_sectors(con, filters)[0]
    _same_periods(con, filters)
    con.close()


def test_report_sectors_leave_out_merged_events(mixed):
    """The fixture's merged event is still counted in report_sectors; the query takes it away."""
    merged = mixed.execute("SELECT report_id, sector_key FROM events WHERE duplicate_of IS NOT NULL").fetchall()
    assert len(merged) == 1
    kept = mixed.execute("SELECT events FROM report_sectors WHERE report_id = ? AND sector_key = ?", merged[0]).fetchone()[0]
    counted = mixed.execute("SELECT count(*) FROM v_events WHERE report_id = ? AND sector_key = ?", merged[0]).fetchone()[0]
    assert kept == counted + 1
    assert "LEFT JOIN" in queries._report_sectors(mixed, Filters())[0]
    _same_periods(mixed, Filters())


@pytest.mark.long  # random filters run in the long tier; the listed filters above and below stay in make test
@pytest.mark.hypothesis
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_events_by_period_equals_grouping_for_random_filters(mixed, choices, data):
    """Random column, country, month and quarter filters, with or without a search."""
    f = _filters(choices, data, data.draw(st.booleans(), label="list_filters"))
    if data.draw(st.booleans(), label="held"):
        f = replace(f, held=tuple(data.draw(st.lists(st.sampled_from(["2024Q3", "2024Q4", "2023Q1"]), max_size=2,
                                                     unique=True), label="quarters")))
    if data.draw(st.booleans(), label="search"):
        words = data.draw(st.lists(st.sampled_from(_vocabulary(mixed) + ["нетслова"]), min_size=1, max_size=2),
                          label="words")
        f = replace(f, search=" ".join(words))
    _same_periods(mixed, f)


def _report_sectors_from_scratch(con) -> list[tuple]:
    return con.execute("SELECT report_id, region, year, quarter, period_label, sector_key, count(*), "
                       "coalesce(sum(attendance_total), 0) FROM events GROUP BY ALL ORDER BY ALL").fetchall()


def test_report_sectors_follow_loads_replacements_and_deletions(tmp_path, sample_path):
    db = tmp_path / "engagement.duckdb"
    load_reports([sample_path, _synthetic(2, 2023, 1, 1)], db)
    load_reports([_synthetic(2, 2023, 1, 9), _synthetic(3, 2023, 2, 1)], db)  # replaces 2023 Q1, adds a region
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT * FROM report_sectors ORDER BY ALL").fetchall() == _report_sectors_from_scratch(con)
    gone = con.execute("SELECT report_id FROM reports WHERE year = 2023 AND quarter = 2").fetchone()[0]
    con.close()
    assert delete_report(gone, db)
    con = duckdb.connect(str(db), read_only=True)
    kept = con.execute("SELECT * FROM report_sectors ORDER BY ALL").fetchall()
    assert kept == _report_sectors_from_scratch(con) and gone not in {row[0] for row in kept}
    con.close()


def test_a_database_without_report_sectors_counts_from_events_and_gets_them_on_the_next_load(tmp_path, mixed_db):
    """An empty stand-in (a Parquet export from before the table) is not read; a file from before it
    gets the table filled when it is next opened for writing."""
    db = tmp_path / "old.duckdb"
    db.write_bytes(mixed_db.read_bytes())
    con = duckdb.connect(str(db))
    fresh = con.execute("SELECT * FROM report_sectors ORDER BY ALL").fetchall()
    con.execute("DELETE FROM report_sectors")
    assert queries._report_sectors(con, Filters()) is None
    _same_periods(con, Filters())
    con.execute("DROP TABLE report_sectors")
    assert queries._report_sectors(con, Filters()) is None
    _same_periods(con, Filters(sectors=("culture_tourism",)))
    con.close()
    con = connect_writable(db)
    assert con.execute("SELECT * FROM report_sectors ORDER BY ALL").fetchall() == fresh
    con.close()


def test_an_event_names_an_official_once(mixed):
    """What officials() and officials_top() count with count(*): one row per event and name."""
    rows, distinct = mixed.execute("SELECT count(*), count(DISTINCT (event_id, name)) FROM event_officials").fetchone()
    assert rows == distinct > 10


LONG_SQL = {
    "every_registry_column": f"SELECT {', '.join(queries.REGISTRY_COLUMNS)}, duplicate_of, corrected_fields, event_no "
                             "FROM events ORDER BY event_id",
    "nothing": f"SELECT {', '.join(queries.REGISTRY_COLUMNS)} FROM events WHERE FALSE",
    "text_partly_null": "SELECT venue_city, agreement, n FROM events ORDER BY event_id",
    "text_all_null": "SELECT CAST(NULL AS VARCHAR) AS nothing, title FROM events",
    "hugeint_and_double": "SELECT sector_key, sum(attendance_total) AS s, avg(attendance_total) AS a FROM events GROUP BY 1 ORDER BY 1",  # a grouping has no order of its own
    "same_name_twice": "SELECT title, title FROM events",
    "timestamps": "SELECT file_name, loaded_at, year FROM reports",
}


@pytest.mark.parametrize("sql", [pytest.param(sql, id=name) for name, sql in LONG_SQL.items()])
def test_long_answers_through_arrow_are_duckdbs_own_frame(mixed, sql):
    mixed.execute("SELECT 1").fetchone()  # an unread result before it must not matter
    pd.testing.assert_frame_equal(queries._long_df(mixed, sql, []), mixed.execute(sql).df())


def test_issues_by_kind_is_the_same_frame(mixed):
    sql = ("SELECT r.period_label, r.region, p.field, p.severity, p.kind, CAST(sum(p.problems) AS BIGINT) AS problems "
           f"FROM {quality.issue_kinds_source(mixed)} p LEFT JOIN reports r USING (report_id) GROUP BY ALL "
           "ORDER BY problems DESC, p.field")
    got, old = quality.issues_by_kind(mixed), mixed.execute(sql).df()
    keys = list(old.columns)
    pd.testing.assert_frame_equal(got.sort_values(keys).reset_index(drop=True), old.sort_values(keys).reset_index(drop=True))


@pytest.mark.parametrize("change", [
    pytest.param(None, id="one_report_a_period_and_region"),
    pytest.param("UPDATE reports SET period_label = 'один и тот же квартал'",  # one region has two quarters
                 id="reports_sharing_names_are_summed"),
    pytest.param("DELETE FROM reports WHERE report_id IN (SELECT report_id FROM reports ORDER BY 1 LIMIT 2)",
                 id="problems_of_reports_gone"),
])
def test_issues_by_kind_without_grouping_equals_grouping_by_the_names(tmp_path, mixed_db, change):
    db = tmp_path / "kinds.duckdb"
    db.write_bytes(mixed_db.read_bytes())
    con = duckdb.connect(str(db))
    if change:
        con.execute(change)
    assert quality._one_report_per_period_and_region(con) == (change is None or "DELETE" in change)
    sql = ("SELECT r.period_label, r.region, p.field, p.severity, p.kind, CAST(sum(p.problems) AS BIGINT) AS problems "
           f"FROM {quality.issue_kinds_source(con)} p LEFT JOIN reports r USING (report_id) GROUP BY ALL "
           "ORDER BY problems DESC, p.field")
    got, old = quality.issues_by_kind(con), con.execute(sql).df()
    assert len(old) > 5
    keys = list(old.columns)
    pd.testing.assert_frame_equal(got.sort_values(keys).reset_index(drop=True), old.sort_values(keys).reset_index(drop=True))
    assert list(got["problems"]) == sorted(got["problems"], reverse=True)
    con.close()


ISSUE_ROWS_JOINED = """WITH counts AS (SELECT report_id, count(*) AS problems FROM parse_issues GROUP BY report_id),
    named AS (SELECT c.report_id, c.problems, r.period_label, r.region FROM counts c LEFT JOIN reports r USING (report_id)),
    keyed AS (SELECT period_label, region, sum(problems) AS problems FROM named GROUP BY period_label, region),
    ranked AS (SELECT period_label, region, coalesce(sum(problems) OVER (ORDER BY period_label, region
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before FROM keyed),
    chosen AS (SELECT n.report_id FROM named n JOIN ranked k ON n.period_label IS NOT DISTINCT FROM k.period_label
               AND n.region IS NOT DISTINCT FROM k.region WHERE k.before < ?),
    page AS (SELECT report_id, period_label, region, file_name, n, field, severity, message, raw_text
             FROM v_parse_issues WHERE report_id IN (SELECT report_id FROM chosen)
             ORDER BY period_label, region, n NULLS FIRST, field, message, raw_text LIMIT ?)
    SELECT page.period_label, page.region, page.file_name, page.n, page.field, page.severity, page.message,
           page.raw_text, e.event_id, (SELECT CAST(coalesce(sum(problems), 0) AS BIGINT) FROM counts) AS total
    FROM page LEFT JOIN events e ON e.report_id = page.report_id AND e.n = page.n
    ORDER BY page.period_label, page.region, page.n NULLS FIRST, page.field, page.message, page.raw_text"""


@pytest.mark.parametrize("change", [
    pytest.param(None, id="as_loaded"),
    pytest.param("DELETE FROM issue_kinds", id="problems_counted_without_issue_kinds"),
    pytest.param("DELETE FROM events WHERE n % 2 = 0", id="some_events_gone"),
    pytest.param("DELETE FROM events", id="no_event_at_all"),
])
@pytest.mark.parametrize("limit", [0, 1, 7, 1000])
def test_issue_rows_top_looks_events_up_as_joining_them_did(tmp_path, mixed_db, change, limit):
    db = tmp_path / "rows.duckdb"
    db.write_bytes(mixed_db.read_bytes())
    con = duckdb.connect(str(db))
    if change:
        con.execute(change)
    old = con.execute(ISSUE_ROWS_JOINED, [limit, limit]).df()
    assert limit == 0 or len(old) > 0
    pd.testing.assert_frame_equal(page_queries.issue_rows_top(con, limit), old)
    con.close()


def test_the_word_index_is_found_in_any_of_its_tables(tmp_path, mixed_db):
    db = tmp_path / "words.duckdb"
    db.write_bytes(mixed_db.read_bytes())
    con = duckdb.connect(str(db))
    filled = [t for t in WORD_TABLES if con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]]
    con.execute(f"DELETE FROM {WORD_TABLES[0]}")
    assert queries._word_index(con) == (len(filled) > 1 or filled != [WORD_TABLES[0]])
    for table in WORD_TABLES:
        con.execute(f"DELETE FROM {table}")
    assert not queries._word_index(con)  # events, no words: an empty stand-in, LIKE is used
    con.execute("DELETE FROM events")
    assert queries._word_index(con)
    con.close()


@pytest.mark.parametrize("query", [
    pytest.param("выставка", id="one_word"),
    pytest.param("соглашение сотрудничество", id="two_words_intersected"),
    pytest.param("Беларусь выставка", id="country_alternatives_and_a_word"),
    pytest.param("выставка 100%", id="a_word_and_a_like_group"),
    pytest.param("100%", id="like_only_no_hits"),
])
def test_hits_are_the_events_the_index_gives_for_every_group(mixed, query):
    """hits_sql intersects the index-able groups (a LIKE group stays in where()); the events read
    through a hits CTE are those LIKE finds."""
    f = Filters(search=query)
    hits = f.hits_sql()
    if all(indexable(t) for g in f.search_groups() for t in g):
        found = sorted({r[0] for r in mixed.execute(hits[0], hits[1]).fetchall()})
        where, params = f.where("e")
        assert found == sorted(r[0] for r in mixed.execute(f"SELECT event_no FROM events e WHERE {where}", params).fetchall())
    elif not any(all(indexable(t) for t in g) for g in f.search_groups()):
        assert hits is None and queries._hits(mixed, f) is None
        return
    cte, cte_params = queries._filtered(mixed, f, "e.event_id", hits=queries._hits(mixed, f))
    assert cte.startswith("WITH hits AS MATERIALIZED")
    with_hits = sorted(r[0] for r in mixed.execute(f"{cte} SELECT event_id FROM f", cte_params).fetchall())
    assert with_hits == _searched_ids(mixed, f, False) and (with_hits or query == "выставка 100%")


# the dossier: its links read once (event_no path) against the way that scans them for every part

def _dossier_frames(d) -> dict:
    return {"card": d.card, "events": d.events, "by_quarter": d.by_quarter, "agreements": d.agreements,
            "partners": d.partners, "officials": d.officials,
            "totals": pd.DataFrame({"t": [d.events_total, d.agreements_total, d.partners_total, d.officials_total]})}


def _same_dossier(con, org_key: str, f: Filters, **limits) -> None:
    from analytics import organisations

    fast = organisations.dossier(con, org_key, f, **limits)
    card = con.execute("SELECT 1 FROM organisations WHERE org_key = ?", [org_key]).fetchall()
    assert fast.found == bool(card)
    if not card:
        return
    slow = organisations._dossier_scanning_links(con, fast.card.iloc[:, :8].copy(), org_key, f,
                                                 limits.get("limit", 50), limits.get("people", 50),
                                                 limits.get("agreements", 100))
    # and the links read once into Arrow (dossier() reads them so under a filter, unfiltered part by part)
    once = organisations._dossier_reading_links_once(con, fast.card.iloc[:, :8].copy(), org_key, f,
                                                     limits.get("limit", 50), limits.get("people", 50),
                                                     limits.get("agreements", 100))
    for name, frame in _dossier_frames(fast).items():
        pd.testing.assert_frame_equal(frame, _dossier_frames(slow)[name], obj=name)
        pd.testing.assert_frame_equal(frame, _dossier_frames(once)[name], obj=f"{name} (links read once)")
    # the two lists' events are looked up at once: each list as its own function gives it
    pd.testing.assert_frame_equal(fast.events, organisations.org_events(con, org_key, f, limits.get("limit", 50)),
                                  obj="events alone")
    pd.testing.assert_frame_equal(fast.agreements, organisations.org_agreements(con, org_key, f,
                                                                                limits.get("agreements", 100)),
                                  obj="agreements alone")


def _org_keys(con) -> list[str]:
    return _values(con, "SELECT org_key FROM event_organisations GROUP BY 1 ORDER BY count(*) DESC, 1")


def test_the_dossier_reads_the_links_once_on_numbered_databases(mixed):
    from analytics import organisations

    assert organisations._numbered_links(mixed)
    keys = _org_keys(mixed)
    assert len(keys) > 5
    for org_key in keys[:3] + keys[-2:]:
        for f in (Filters(), Filters(countries=("BY",)), Filters(search="выставка"),
                  Filters(countries=("BY",), search="соглашение", sectors=("culture_tourism",))):
            _same_dossier(mixed, org_key, f)
    _same_dossier(mixed, keys[0], Filters(), limit=2, people=1, agreements=1)
    _same_dossier(mixed, "нет такой организации", Filters())


@pytest.mark.long  # random filters run in the long tier; the listed filters above and below stay in make test
@pytest.mark.hypothesis
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_dossier_equals_scanning_the_links_for_random_filters(mixed, choices, data):
    org_key = data.draw(st.sampled_from(_org_keys(mixed)), label="org")
    f = _filters(choices, data, True)
    if data.draw(st.booleans(), label="held"):
        f = replace(f, held=("2024Q4",))
    if data.draw(st.booleans(), label="search"):
        words = data.draw(st.lists(st.sampled_from(_vocabulary(mixed) + ["нетслова"]), min_size=1, max_size=2),
                          label="words")
        f = replace(f, search=" ".join(words))
    _same_dossier(mixed, org_key, f, limit=data.draw(st.sampled_from([1, 3, 50]), label="limit"),
                  people=data.draw(st.sampled_from([None, 2]), label="people"),
                  agreements=data.draw(st.sampled_from([None, 1]), label="agreements"))


def _same_row_pages(con, f: Filters, limit: int) -> None:
    """The bounded lists against the whole answers: foreign participants (picked above the limit-th
    largest count, queries.top_ids), the biggest events and the latest agreements (total from the cube)."""
    whole = queries.foreign_participants(con, f)
    page = page_queries.foreign_participants_top(con, f, limit)
    assert set(page["total"]) <= {len(whole)}
    pd.testing.assert_frame_equal(page.drop(columns="total").reset_index(drop=True),
                                  whole.head(limit).reset_index(drop=True), check_dtype=False)
    assert list(queries.biggest_events(con, f, limit)["event_id"]) == list(
        _old(con, f, BIGGEST.replace("LIMIT 10", f"LIMIT {limit}"))["event_id"])
    for kinds in (("signed",), ("verbal",), ("signed", "verbal"), ("signed", "signed")):
        whole = queries.agreements(con, f, kinds)
        page = page_queries.agreements_latest(con, f, kinds, limit)
        assert set(page["total"]) <= {len(whole)}
        pd.testing.assert_frame_equal(page.drop(columns="total").reset_index(drop=True),
                                      whole.tail(limit).reset_index(drop=True), check_dtype=False)


@pytest.mark.parametrize("filters", [
    pytest.param(Filters(), id="all"),
    pytest.param(Filters(sectors=("culture_tourism",), formats=("in_person",)), id="columns_from_the_cube"),
    pytest.param(Filters(countries=("BY",)), id="country"),
    pytest.param(Filters(search="выставка"), id="search"),
    pytest.param(Filters(regions=("нет такого",)), id="nothing"),
])
@pytest.mark.parametrize("limit", [1, 3, 40])
def test_row_pages_equal_the_whole_answers(mixed, filters, limit):
    _same_row_pages(mixed, filters, limit)


@pytest.mark.long  # random filters run in the long tier; the listed filters above and below stay in make test
@pytest.mark.hypothesis
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_row_pages_equal_the_whole_answers_for_random_filters(mixed, choices, data):
    f = _filters(choices, data, data.draw(st.booleans(), label="list_filters"))
    if data.draw(st.booleans(), label="search"):
        f = replace(f, search=data.draw(st.sampled_from(_vocabulary(mixed)), label="word"))
    _same_row_pages(mixed, f, data.draw(st.sampled_from([1, 2, 5, 100]), label="limit"))


def _old_ranked(con, f: Filters, kind: tuple, country: tuple, side: tuple, limit: int) -> pd.DataFrame:
    """organisations.ranked as it was written before: count(DISTINCT year) per organisation, kind and
    country tested after the links were counted."""
    from analytics import organisations

    rows, params = organisations._links(f, con=con)
    side_sql, side_params = organisations._in("s.side", side)
    kind_sql, kind_params = organisations._in("o.kind", kind)
    country_sql, country_params = organisations._in("o.country", country)
    return con.execute(f"""WITH per_org AS (
        SELECT s.org_key, count(*) AS events, count(*) FILTER (WHERE {organisations._AGREEMENT}) AS agreements,
               min(s.event_year) AS first_year, max(s.event_year) AS last_year,
               count(DISTINCT s.event_year) AS years, min(s.event_start) AS first_contact,
               max(coalesce(s.event_end, s.event_start)) AS last_contact
        FROM {rows}{side_sql} GROUP BY 1)
    SELECT o.org_key, o.name, o.legal_form, o.country, k.name_ru AS country_ru, k.name_en AS country_en,
           o.kind, p.events, p.agreements, p.first_year, p.last_year, p.years, p.first_contact,
           p.last_contact, count(*) OVER () AS total
    FROM per_org p JOIN organisations o ON o.org_key = p.org_key LEFT JOIN countries k ON k.code = o.country
    WHERE TRUE{kind_sql}{country_sql}
    ORDER BY p.events DESC, o.name, o.org_key LIMIT ?""",
                       params + side_params + kind_params + country_params + [limit]).df()


@pytest.mark.long  # random filters run in the long tier; the listed filters above and below stay in make test
@pytest.mark.hypothesis
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_ranked_organisations_equal_counting_distinct_years(mixed, choices, data):
    from analytics import organisations

    f = _filters(choices, data, True)
    if data.draw(st.booleans(), label="search"):
        f = replace(f, search=data.draw(st.sampled_from(_vocabulary(mixed)), label="word"))
    kinds = _values(mixed, "SELECT DISTINCT kind FROM organisations ORDER BY 1")
    countries = _values(mixed, "SELECT DISTINCT country FROM organisations WHERE country IS NOT NULL ORDER BY 1")
    kind = tuple(data.draw(st.lists(st.sampled_from(kinds), max_size=2, unique=True), label="kind"))
    country = tuple(data.draw(st.lists(st.sampled_from(countries + ["ZZ"]), max_size=2, unique=True), label="country"))
    side = data.draw(st.sampled_from([(), ("foreign",), ("foreign", "domestic"), ("home",)]), label="side")
    limit = data.draw(st.sampled_from([1, 5, 200]), label="limit")
    got = organisations.ranked(mixed, f, kind=kind, country=country, side=side or None, limit=limit)
    pd.testing.assert_frame_equal(got, _old_ranked(mixed, f, kind, country, side, limit))


def test_a_grown_benchmark_database_has_its_report_sectors(tmp_path, mixed_db):
    """bench/bigdb.py copies reports inside DuckDB: report_sectors comes out as a load would keep it."""
    from bench.bigdb import grow

    con = duckdb.connect(str(mixed_db), read_only=True)
    events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    grown = grow(mixed_db, tmp_path / "grown.duckdb", 2 * events)
    con = duckdb.connect(str(grown), read_only=True)
    assert con.execute("SELECT * FROM report_sectors ORDER BY ALL").fetchall() == _report_sectors_from_scratch(con)
    assert con.execute("SELECT count(DISTINCT report_id) FROM report_sectors").fetchone()[0] == \
        con.execute("SELECT count(*) FROM reports").fetchone()[0]
    _same_periods(con, Filters())
    con.close()


class _StatementLog:
    """A DuckDB connection that writes down every statement it is given (DuckDB's, not ours)."""

    def __init__(self, con):
        self.con, self.statements = con, []

    def execute(self, sql, *args):
        self.statements.append(sql)
        return self.con.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self.con, name)


@pytest.mark.parametrize("filters", [
    pytest.param(Filters(countries=("BY",), search="выставка"), id="belarus_search"),
    pytest.param(Filters(search="соглашение сотрудничество"), id="two_words"),
])
def test_what_the_database_holds_is_asked_once_per_question_and_never_kept(tmp_path, mixed_db, filters):
    """headline asks each check (columns the side tables carry, a filled word index) once; the next
    question asks again, so a writable connection whose word index was emptied in between reads LIKE."""
    db = tmp_path / "asked.duckdb"
    db.write_bytes(mixed_db.read_bytes())
    con = duckdb.connect(str(db))
    logged = _StatementLog(con)
    first = queries.headline(logged, filters)
    checks = [sql for sql in logged.statements if sql.endswith("LIMIT 0") or sql.startswith("SELECT EXISTS (FROM")]
    assert checks and len(checks) == len(set(checks))
    assert any("event_words_" in sql and "WHERE word IN" in sql for sql in logged.statements)
    for table in WORD_TABLES:
        con.execute(f"DELETE FROM {table}")
    logged.statements.clear()
    again = queries.headline(logged, filters)
    assert not any("WHERE word IN" in sql for sql in logged.statements)  # LIKE over the lemmas now
    pd.testing.assert_frame_equal(again, first)
    con.close()


# ------------------------------------------------------------------ links clustered by organisation

@pytest.fixture(scope="module")
def clustered(tmp_path_factory, mixed_db):
    """mixed_db with its links rewritten in organisation order (etl.load.cluster_links, as a rebuild
    and bench/bigdb.py leave them)."""
    from etl.load import cluster_links

    db = tmp_path_factory.mktemp("clustered") / "engagement.duckdb"
    db.write_bytes(mixed_db.read_bytes())
    con = connect_writable(db)
    cluster_links(con)
    con.execute("CHECKPOINT")
    con.close()
    con = duckdb.connect(str(db), read_only=True)
    yield con
    con.close()


@pytest.mark.parametrize("table, order", [
    pytest.param("event_organisations", "org_key, event_no, event_id, position", id="links"),
    pytest.param("event_org_pairs", "foreign_key, home_key, event_no, event_id", id="pairs"),
])
def test_clustering_keeps_every_link_and_puts_each_organisations_side_by_side(mixed, clustered, table, order):
    before = mixed.execute(f"SELECT * FROM {table} ORDER BY ALL").df()
    after = clustered.execute(f"SELECT * FROM {table} ORDER BY ALL").df()
    pd.testing.assert_frame_equal(after, before)
    assert len(before) > 10
    stored = clustered.execute(f"SELECT {order.split(',')[0]} FROM {table} ORDER BY rowid").fetchall()
    assert stored == sorted(stored)
    loaded = mixed.execute(f"SELECT {order.split(',')[0]} FROM {table} ORDER BY rowid").fetchall()
    assert loaded != sorted(loaded)  # the load order was not already this one: the test can fail


def _organisation_answers(con, f: Filters, org_key: str) -> dict:
    from analytics import organisations

    network = organisations.network(con, f)
    quarter = con.execute("SELECT max(year * 4 + quarter - 1) FROM reports").fetchone()[0]
    return {"ranked": organisations.ranked(con, f, limit=None),
            "ranked_country": organisations.ranked(con, f, country=("BY",), limit=20),
            "kinds": organisations.kind_options(con, f), "countries": organisations.country_options(con, f),
            "new_and_lapsed": organisations.new_and_lapsed(con, f, quarter // 4, quarter % 4 + 1),
            "nodes": network.nodes, "edges": network.edges,
            "for_country": organisations.for_country(con, "BY", f),
            **{f"dossier {name}": frame for name, frame in
               _dossier_frames(organisations.dossier(con, org_key, f)).items()}}


@pytest.mark.long  # random filters run in the long tier; the listed filters above and below stay in make test
@pytest.mark.hypothesis
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_clustered_links_give_every_organisation_answer_unchanged(mixed, clustered, choices, data):
    org_key = data.draw(st.sampled_from(_org_keys(mixed)), label="org")
    f = _filters(choices, data, True)
    if data.draw(st.booleans(), label="search"):
        f = replace(f, search=data.draw(st.sampled_from(_vocabulary(mixed)), label="word"))
    before, after = _organisation_answers(mixed, f, org_key), _organisation_answers(clustered, f, org_key)
    for name, frame in before.items():
        pd.testing.assert_frame_equal(after[name], frame, obj=name)


def test_a_rebuild_clusters_the_links(tmp_path, sample_path):
    db = tmp_path / "engagement.duckdb"
    load_reports([sample_path, _synthetic(0, 2024, 4, 3)], db, rebuild=True)
    con = duckdb.connect(str(db), read_only=True)
    keys = [r[0] for r in con.execute("SELECT org_key FROM event_organisations ORDER BY rowid").fetchall()]
    con.close()
    assert len(keys) > 10 and keys == sorted(keys)


# ------------------------------------------------------------------ the word index clustered by word

@pytest.fixture(scope="module")
def words_clustered_db(tmp_path_factory, mixed_db) -> Path:
    """mixed_db with its word index rewritten in word order (etl.load.cluster_words, as a rebuild and
    bench/bigdb.py leave it)."""
    from etl.load import cluster_words

    db = tmp_path_factory.mktemp("words_clustered") / "engagement.duckdb"
    db.write_bytes(mixed_db.read_bytes())
    con = connect_writable(db)
    cluster_words(con)
    con.execute("CHECKPOINT")
    con.close()
    return db


@pytest.fixture(scope="module")
def words_clustered(words_clustered_db):
    con = duckdb.connect(str(words_clustered_db), read_only=True)
    yield con
    con.close()


def test_clustering_keeps_every_word_and_puts_each_words_rows_side_by_side(mixed, words_clustered):
    from etl.load import CLUSTERED_WORDS

    order = [c.strip() for c in CLUSTERED_WORDS.split(",")]
    unsorted = 0
    for table in WORD_TABLES:
        before = mixed.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
        assert words_clustered.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() == before, table
        stored = words_clustered.execute(f"SELECT {', '.join(order)} FROM {table} ORDER BY rowid").fetchall()
        assert stored == sorted(stored), table
        loaded = mixed.execute(f"SELECT {', '.join(order)} FROM {table} ORDER BY rowid").fetchall()
        unsorted += loaded != sorted(loaded)
    assert unsorted > len(WORD_TABLES) // 2  # the load order was not already this one: the test can fail


def _search_answers(con, f: Filters) -> dict:
    """Every question a search page asks, with the search read through the word index."""
    answers = {name: _fast(con, name, f) for name in REFERENCE}
    answers.update({name: getattr(queries, name)(con, f) for name in (
        "events_by_period", "biggest_events", "sources", "sector_month", "sector_country", "region_points")})
    answers["registry_page"] = queries.registry_page(con, f, limit=7, offset=3)
    answers["registry_page_by_date"] = queries.registry_page(con, f, limit=5, offset=0, order="date_desc")
    answers["agreements_latest"] = page_queries.agreements_latest(con, f, ("signed", "verbal"), 5)
    answers["timeline_latest"] = page_queries.timeline_latest(con, f, 5)
    answers["foreign_participants_top"] = page_queries.foreign_participants_top(con, f, 5)
    answers["officials_top"] = page_queries.officials_top(con, f, 5)
    answers["events_by_period_bounded"] = page_queries.events_by_period_bounded(con, f, 4)
    return answers


@pytest.mark.parametrize("query", ["выставка", "Белоруссия", "соглашение о сотрудничестве", "в", "ъъъ", "100%"])
def test_clustered_words_give_every_search_answer_unchanged(mixed, words_clustered, query):
    f = Filters(search=query)
    before, after = _search_answers(mixed, f), _search_answers(words_clustered, f)
    for name, frame in before.items():
        pd.testing.assert_frame_equal(after[name], frame, obj=name)
    assert before["count_events"]["events"][0] > 0 or query == "ъъъ"


@pytest.mark.long  # random filters run in the long tier; the listed filters above and below stay in make test
@pytest.mark.hypothesis
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_clustered_words_give_every_search_answer_unchanged_for_random_filters(mixed, words_clustered, choices,
                                                                               data):
    words = data.draw(st.lists(st.sampled_from(_vocabulary(mixed) + ["нетслова"]), min_size=1, max_size=2),
                      label="words")
    f = replace(_filters(choices, data, data.draw(st.booleans(), label="list_filters")), search=" ".join(words))
    before, after = _search_answers(mixed, f), _search_answers(words_clustered, f)
    for name, frame in before.items():
        pd.testing.assert_frame_equal(after[name], frame, obj=name)


def test_a_rebuild_clusters_the_words_and_later_loads_keep_the_index_whole(tmp_path, sample_path):
    """A rebuild leaves each table in word order; loads, replacements and deletions afterwards append
    and delete rows as before (the index still holds every event's words, the search finds what LIKE
    finds)."""
    db = tmp_path / "engagement.duckdb"
    load_reports([sample_path, _synthetic(0, 2024, 4, 3), _synthetic(2, 2023, 1, 1)], db, rebuild=True)
    con = duckdb.connect(str(db), read_only=True)
    for table in WORD_TABLES:
        words = _values(con, f"SELECT word FROM {table} ORDER BY rowid")
        assert words == sorted(words), table
    assert sum(len(_values(con, f"SELECT DISTINCT word FROM {t}")) > 1 for t in WORD_TABLES) > len(WORD_TABLES) // 2
    con.close()
    load_reports([_synthetic(2, 2023, 1, 9), _synthetic(3, 2023, 2, 1)], db)  # replaces 2023 Q1, adds a region
    con = duckdb.connect(str(db), read_only=True)
    gone = con.execute("SELECT report_id FROM reports WHERE year = 2023 AND quarter = 2").fetchone()[0]
    assert _index(con) == _index_from_scratch(con)
    con.close()
    assert delete_report(gone, db)
    con = duckdb.connect(str(db), read_only=True)
    assert _index(con) == _index_from_scratch(con)
    for query in ("выставка", "делегация", "Белоруссия"):
        f = Filters(search=query)
        assert _searched_ids(con, f, True) == _searched_ids(con, f, False)
        assert queries.count_events(con, f) == len(_searched_ids(con, f, False)) > 0
    con.close()


# ------------------------------------------------------------------ a search under a country: deep pages and the headline

_COUNTRY_SEARCHES = [
    pytest.param(Filters(countries=("BY",), search="выставка"), id="belarus_a_word"),
    pytest.param(Filters(countries=("KZ", "BY", "RU"), search="выставка"), id="three_countries_an_event_once"),
    # «белорусских» → белорусский | беларусь: one group of two words, so the hits may name an event twice
    pytest.param(Filters(countries=("BY",), search="белорусских"), id="a_word_with_its_country_name"),
    pytest.param(Filters(countries=("BY", "KZ"), sectors=("culture_tourism",), search="сотрудничество"),
                 id="countries_sector_a_word"),
    pytest.param(Filters(countries=("BY", "KZ"), search="соглашение сотрудничество"), id="countries_two_groups"),
    pytest.param(Filters(countries=("BY",), held=("2024Q4",), search="форум"), id="belarus_held_a_word"),
    pytest.param(Filters(countries=("KZ",), search="Казахстан Беларусь"), id="two_country_groups"),
    pytest.param(Filters(countries=("BY",), search="нетслова"), id="nothing_found"),
]


@pytest.mark.parametrize("filters", _COUNTRY_SEARCHES)
def test_a_deep_searched_page_under_a_country_is_found_from_its_report_groups(mixed, filters):
    """_searched_page_ids (registry_page's deep report-order page under a search and a country: the
    page's report groups found by counts, only their events sorted) gives the ids OFFSET gives over
    every matched event, at every 7th offset and either side of every group's edge (a page crossing
    from one region or quarter into the next), for pages of 1, 4 and 50 rows; it serves every page
    that has rows and declines past the end."""
    cte, params = queries._filtered(mixed, filters)
    total = queries.count_events(mixed, filters)
    edges = {r[0] for r in mixed.execute(f"{cte} SELECT sum(count(*)) OVER (ORDER BY year, quarter, region) FROM f "
                                         "GROUP BY year, quarter, region", params).fetchall()}
    for limit in (1, 4, 50):
        for offset in sorted({*range(0, total + 2, 7), *(e + d for e in edges for d in (-1, 0, 1)), total}):
            offset = max(0, int(offset))
            expected = [r[0] for r in mixed.execute(
                f"{cte} SELECT event_id FROM f ORDER BY {queries.REGISTRY_ORDER['report']} LIMIT ? OFFSET ?",
                params + [limit, offset]).fetchall()]
            assert queries._searched_page_ids(mixed, filters, limit, offset) == (expected or None), (limit, offset)


def test_a_deep_searched_page_without_a_country_is_left_to_the_sort(mixed):
    """Without a country the filtered events' scan is the cost, not the sort: the groups' way declines."""
    for f in (Filters(search="выставка"), Filters(search="белорусских"), Filters(months=("2024-11",), search="форум")):
        assert queries.count_events(mixed, f) > 0
        assert queries._searched_page_ids(mixed, f, 4, 1) is None


class _Recorder:
    """A connection that keeps the SQL of every statement run through it."""
    def __init__(self, con):
        self._con, self.statements = con, []

    def execute(self, sql, *args):
        self.statements.append(sql)
        return self._con.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._con, name)


@pytest.mark.parametrize("filters", [p for p in _COUNTRY_SEARCHES if p.id != "nothing_found"]
                         + [pytest.param(Filters(search="белорусских выставка"), id="search_alone_two_groups")])
def test_the_headline_under_a_search_joins_the_side_rows_to_the_hits(mixed, filters):
    """headline's distinct partner countries and foreign regions under a search read the side rows
    joined to the search's hits on event_no (not a semi-join of every side row), and still count each
    country and region once when the hits name an event twice — the same as the filtered events'
    own lists through LIKE on the lemmas (the base tables)."""
    recorder = _Recorder(mixed)
    head = queries.headline(recorder, filters)
    counted = [s for s in recorder.statements if "count(DISTINCT" in s]
    assert counted and all("s.event_no IN (SELECT event_no FROM hits)" not in s for s in counted)
    assert any("hits h JOIN event_countries s" in s and "hits h JOIN event_regions s" in s for s in counted)
    base = _old(mixed, filters, "SELECT (SELECT count(DISTINCT c) FROM (SELECT unnest(partner_countries) AS c FROM f)), "
                                "(SELECT count(DISTINCT c) FROM (SELECT unnest(foreign_regions) AS c FROM f)), "
                                "(SELECT count(*) FROM f)")
    assert base.iloc[0, 2] > 0
    assert (int(head.iloc[0]["partner_countries"]), int(head.iloc[0]["foreign_regions"]), int(head.iloc[0]["events"])) == \
        tuple(int(v) for v in base.iloc[0])
