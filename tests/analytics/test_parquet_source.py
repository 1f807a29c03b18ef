"""A Parquet export read as the database (analytics/parquet_source.py): every table and view gives the
same rows and types as the DuckDB file; hive-partitioned tables, an older export without some tables
or without views.sql, and a re-export are all read; a folder without events is 'missing'."""
from __future__ import annotations

import shutil

import duckdb
import pytest

from analytics import queries
from analytics.db import DatabaseMissing, ReadOnlyDatabase, file_signature
from analytics.filters import Filters
from dashboard_fixtures import parquet_export

CHECKED_QUERIES = ["headline", "events_by_sector", "events_by_country", "events_by_month", "sector_country",
                   "region_points", "officials", "timeline", "registry"]


@pytest.fixture(scope="module")
def exported(sample_db, tmp_path_factory):
    return parquet_export(sample_db, tmp_path_factory.mktemp("pq") / "export")


def relations(con) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = 'engagement' UNION ALL "
        "SELECT view_name FROM duckdb_views() WHERE database_name = 'engagement' AND NOT internal "
        "ORDER BY 1").fetchall()]


def rows_and_types(con, relation: str):
    frame = con.execute(f"SELECT * FROM {relation}").df()
    types = con.execute(f"DESCRIBE {relation}").fetchall()
    return sorted(map(str, frame.astype(str).values.tolist())), [(name, kind) for name, kind, *_ in types]


def test_every_table_and_view_is_the_same_over_parquet(sample_db, exported):
    file_con = ReadOnlyDatabase(sample_db).cursor()
    folder_con = ReadOnlyDatabase(exported).cursor()
    names = relations(file_con)
    assert "v_events" in names and "duplicate_candidates" in names
    for relation in names:
        assert rows_and_types(folder_con, relation) == rows_and_types(file_con, relation), relation


@pytest.mark.parametrize("layout", [
    pytest.param("hive_by_sector", id="hive_partitioned_events"),
    pytest.param("no_views_no_candidates", id="older_export_without_some_files"),
])
def test_other_folder_layouts_give_the_same_answers(sample_db, exported, tmp_path, layout):
    folder = tmp_path / "export"
    shutil.copytree(exported, folder)
    if layout == "hive_by_sector":
        (folder / "events.parquet").unlink()
        with duckdb.connect() as con:
            con.execute(f"COPY (SELECT * FROM read_parquet('{exported / 'events.parquet'}')) "
                        f"TO '{folder / 'events'}' (FORMAT parquet, PARTITION_BY (sector_key))")
        assert len(list((folder / "events").iterdir())) > 5
    else:
        (folder / "views.sql").unlink()
        (folder / "duplicate_candidates.parquet").unlink()
    file_con = ReadOnlyDatabase(sample_db).cursor()
    folder_con = ReadOnlyDatabase(folder).cursor()
    for name in CHECKED_QUERIES:
        for filters in (Filters(), Filters(countries=("BY",)), Filters(sectors=("culture_tourism",))):
            got = getattr(queries, name)(folder_con, filters)
            want = getattr(queries, name)(file_con, filters)
            if name == "officials":  # any_value(role): «Председатель…» or «председатель…» by row order
                got, want = got.drop(columns="role"), want.drop(columns="role")
            assert sorted(map(str, got.astype(str).values.tolist())) == \
                sorted(map(str, want.astype(str).values.tolist())), (name, filters)
    if layout != "hive_by_sector":
        assert folder_con.execute("SELECT count(*) FROM duplicate_candidates").fetchone()[0] == 0


def test_reexport_is_noticed_and_a_folder_without_events_is_missing(sample_db, tmp_path):
    folder = parquet_export(sample_db, tmp_path / "export")
    database = ReadOnlyDatabase(folder)
    first = database.signature
    assert database.cursor().execute("SELECT count(*) FROM v_events").fetchone()[0] == 78
    with duckdb.connect() as con:  # an export of fewer events, written the way the export writes
        con.execute(f"COPY (SELECT * FROM read_parquet('{folder / 'events.parquet'}') WHERE n <= 10) "
                    f"TO '{tmp_path / 'ten.parquet'}' (FORMAT parquet)")
    (tmp_path / "ten.parquet").replace(folder / "events.parquet")
    assert database.signature != first
    assert database.cursor().execute("SELECT count(*) FROM v_events").fetchone()[0] == 10

    empty = tmp_path / "empty"
    empty.mkdir()
    assert file_signature(empty) is None
    with pytest.raises(DatabaseMissing):
        ReadOnlyDatabase(empty).cursor()


def test_the_dossier_is_the_same_over_parquet(sample_db, exported):
    """Every part of the organisation dossier — unfiltered each part reads the links itself, under a
    filter they are read once into Arrow — over the export as over the file, for organisations of
    each side and several sizes."""
    import pandas as pd

    from analytics import organisations

    file_con = ReadOnlyDatabase(sample_db).cursor()
    folder_con = ReadOnlyDatabase(exported).cursor()
    keys = [r[0] for r in file_con.execute(
        "SELECT org_key FROM (SELECT org_key, side, count(*) AS c, row_number() OVER (PARTITION BY side "
        "ORDER BY count(*) DESC, org_key) AS place FROM event_organisations GROUP BY 1, 2) "
        "WHERE place IN (1, 2, 5) ORDER BY side, place").fetchall()]
    assert len(keys) >= 4
    for key in keys:
        for filters in (Filters(), Filters(countries=("BY",)), Filters(sectors=("culture_tourism",))):
            want = organisations.dossier(file_con, key, filters)
            got = organisations.dossier(folder_con, key, filters)
            assert want.found and got.found, key
            for part in ("card", "events", "by_quarter", "agreements", "partners"):
                pd.testing.assert_frame_equal(getattr(got, part), getattr(want, part), obj=f"{key} {part}")
            # (an official's least role: the same rows, any order)
            assert sorted(map(str, got.officials.values.tolist())) == sorted(map(str, want.officials.values.tolist()))
            assert (got.events_total, got.agreements_total, got.partners_total, got.officials_total) == \
                (want.events_total, want.agreements_total, want.partners_total, want.officials_total)


def test_the_kept_tops_and_deep_registry_pages_are_the_same_over_parquet(sample_db, exported, tmp_path):
    """The unfiltered foreign participants' page, biggest events and latest agreements read from the kept
    tops, and deep registry pages placed by the per-report counts: over the export as over the file — and
    over an export from before the tops (the foreign and agreement ones' files missing: empty stand-ins;
    top_attendance without the shown columns), where the events are read."""
    import pandas as pd

    from analytics import page_queries

    file_con = ReadOnlyDatabase(sample_db).cursor()
    older = tmp_path / "older"
    shutil.copytree(exported, older)
    for table in ("top_foreign", "report_top_foreign", "top_agreements", "report_top_agreements"):
        (older / f"{table}.parquet").unlink()
    narrow = duckdb.connect()  # top_attendance as exported before it carried the shown columns
    narrow.execute(f"COPY (SELECT report_id, event_id, n, attendance_total FROM "
                   f"read_parquet('{older / 'top_attendance.parquet'}')) TO '{older / 'narrow.parquet'}' (FORMAT parquet)")
    narrow.close()
    (older / "narrow.parquet").replace(older / "top_attendance.parquet")
    total = queries.count_events(file_con, Filters())
    for folder, kept in ((exported, True), (older, False)):
        folder_con = ReadOnlyDatabase(folder).cursor()
        assert (page_queries._foreign_top_kept(folder_con, 20) is not None) == kept
        assert (page_queries._agreements_top_kept(folder_con, ("signed", "verbal"), 5) is not None) == kept
        for kinds in (("signed",), ("verbal",), ("signed", "verbal")):
            for limit in (1, 20):
                pd.testing.assert_frame_equal(page_queries.agreements_latest(folder_con, Filters(), kinds, limit),
                                              page_queries.agreements_latest(file_con, Filters(), kinds, limit))
        assert (queries._whole_top_rows(folder_con, Filters(), 5) is not None) == kept
        assert queries._registry_page_by_reports(folder_con, 7, total // 2, queries.REGISTRY_COLUMNS) is not None
        for limit in (1, 20, 100):
            pd.testing.assert_frame_equal(page_queries.foreign_participants_top(folder_con, Filters(), limit),
                                          page_queries.foreign_participants_top(file_con, Filters(), limit))
        for limit in (1, 5, 10):
            pd.testing.assert_frame_equal(queries.biggest_events(folder_con, Filters(), limit),
                                          queries.biggest_events(file_con, Filters(), limit))
        for offset in (0, 3, total // 2, total - 2):
            pd.testing.assert_frame_equal(queries.registry_page(folder_con, Filters(), 7, offset, seek_from=0),
                                          queries.registry_page(file_con, Filters(), 7, offset, seek_from=0))
