"""Fixtures for the dashboard and analytics tests: one real DuckDB built by the ETL from data/raw, and
the same database exported to Parquet (`etl export --format parquet`): every test that takes
`dashboard_db` (or `con`) runs over both, so the query layer and the read-only pages are proven on a
Parquet folder too. `oracle` always reads the DuckDB file, independently of the source under test.

Test modules import the fixtures they use (`from dashboard_fixtures import dashboard_db, con`);
pytest registers fixtures found in a test module's namespace.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RAW = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "data" / "raw").glob("*.docx"))
APP = str(ROOT / "dashboard.py")


def parquet_export(database: Path, folder: Path) -> Path:
    """`database` exported by `etl export --format parquet` into `folder`: a folder of table files."""
    from etl.export import export_tables

    export_tables(database, folder, "parquet")
    return folder


@pytest.fixture(scope="session", params=[pytest.param("duckdb", id="duckdb"),
                                         pytest.param("parquet", id="parquet")])
def dashboard_db(request, sample_db, tmp_path_factory) -> Path:
    """The ETL's database of the real report (tests/conftest.py builds it once per session), as the
    DuckDB file or as its Parquet export; ENGAGEMENT_DB points the dashboard at it."""
    path = (sample_db if request.param == "duckdb"
            else parquet_export(sample_db, tmp_path_factory.mktemp("parquet") / "engagement"))
    previous = os.environ.get("ENGAGEMENT_DB")
    os.environ["ENGAGEMENT_DB"] = str(path)
    yield path
    if previous is None:
        os.environ.pop("ENGAGEMENT_DB", None)
    else:
        os.environ["ENGAGEMENT_DB"] = previous


@pytest.fixture(scope="session")
def con(dashboard_db):
    """A read-only cursor through the dashboard's own access layer (ATTACH READ_ONLY)."""
    from analytics.db import ReadOnlyDatabase

    database = ReadOnlyDatabase(dashboard_db)
    cursor = database.cursor()
    yield cursor
    cursor.close()
    database.close()


@pytest.fixture(scope="session")
def oracle(dashboard_db, sample_db):
    """Independent plain SQL over the ETL's DuckDB file (whichever source the dashboard reads): what
    the tests compare the dashboard with."""
    connection = duckdb.connect(":memory:")
    connection.execute("ATTACH ? AS o (READ_ONLY)", [str(sample_db)])
    connection.execute("USE o")
    yield connection
    connection.close()
