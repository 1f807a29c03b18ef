"""A SYNTHETIC database bigger than every list a page shows (bench/synthetic_db.py: the sample copied
inside DuckDB as 153 earlier reports of six «[SYNTHETIC]» regions, 12 000 events), shared by the
tests of bounded lists and of the pages at scale. Test modules import the fixtures they use."""
from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

SCALE_EVENTS = 12_000


@pytest.fixture(scope="session")
def scale_db(tmp_path_factory) -> Path:
    from bench.synthetic_db import build_synthetic_db

    path = tmp_path_factory.mktemp("scale") / "synthetic.duckdb"
    build_synthetic_db(path, SCALE_EVENTS)
    return path


@pytest.fixture()
def scale_app_db(scale_db):
    """ENGAGEMENT_DB pointing the dashboard at the SYNTHETIC database for one test, then back."""
    previous = os.environ.get("ENGAGEMENT_DB")
    os.environ["ENGAGEMENT_DB"] = str(scale_db)
    yield scale_db
    if previous is None:
        os.environ.pop("ENGAGEMENT_DB", None)
    else:
        os.environ["ENGAGEMENT_DB"] = previous


@pytest.fixture(scope="session")
def scale_con(scale_db):
    """A cursor through the dashboard's own access layer (ATTACH READ_ONLY)."""
    from analytics.db import ReadOnlyDatabase

    database = ReadOnlyDatabase(scale_db)
    cursor = database.cursor()
    yield cursor
    cursor.close()
    database.close()


@pytest.fixture(scope="session")
def scale_oracle(scale_db):
    """Independent plain SQL over the same file."""
    connection = duckdb.connect(":memory:")
    connection.execute("ATTACH ? AS o (READ_ONLY)", [str(scale_db)])
    connection.execute("USE o")
    yield connection
    connection.close()
