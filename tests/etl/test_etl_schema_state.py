"""A file already in this version's shape skips the schema's ~200 statements (etl/load.py connect_writable).

schema_state keeps the digest of the schema.sql that last shaped the file and a digest of the shape
it left (every base table's columns with their types, every index). The fast path is taken only when
both agree; an older file (a column or table missing, as tests/etl/test_etl_store.py and
test_kept_aggregates.py build them), a file from another schema.sql, or one whose state row is gone
takes the whole path and is migrated, and then records its new state."""
from __future__ import annotations

import duckdb
import pytest

import etl.load as load


@pytest.fixture()
def loaded(tmp_path, sample_path):
    db = tmp_path / "engagement.duckdb"
    load.load_reports([sample_path], db, spare=False)
    return db


def _current(db) -> bool:
    con = duckdb.connect(str(db))
    try:
        return load._schema_is_current(con)
    finally:
        con.close()


def test_a_loaded_file_is_in_shape_and_stays_so(loaded):
    assert _current(loaded)
    load.connect_writable(loaded).close()
    assert _current(loaded)


@pytest.mark.parametrize("change", [
    pytest.param("ALTER TABLE reports DROP COLUMN original_name", id="a_column_missing"),
    pytest.param("DROP TABLE org_pair_counts", id="a_table_missing"),
    pytest.param("DELETE FROM schema_state", id="no_state"),
    pytest.param("DROP TABLE schema_state", id="a_file_from_before_the_state"),
    pytest.param("UPDATE schema_state SET schema_digest = 'another schema.sql'", id="another_schema"),
])
def test_a_file_out_of_shape_is_migrated_and_then_in_shape(loaded, change):
    con = duckdb.connect(str(loaded))
    con.execute(change)
    con.close()
    assert not _current(loaded)
    con = load.connect_writable(loaded)
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        columns = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                             "WHERE table_name = 'reports'").fetchall()}
        assert {"org_pair_counts", "schema_state"} <= tables and "original_name" in columns
        assert con.execute("SELECT count(*) FROM org_pair_counts").fetchone()[0] > 0  # refilled, not only made
    finally:
        con.close()
    assert _current(loaded)

