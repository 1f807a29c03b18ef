"""Shared fixtures: the real sample report, parsed once, and a real DuckDB built from it."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SAMPLE = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_bytes() -> bytes:
    return SAMPLE.read_bytes()


@pytest.fixture(scope="session")
def sample_report():
    from etl.normalize import build_report
    from etl.read import read_file

    return build_report(read_file(SAMPLE))


@pytest.fixture(scope="session")
def sample_events(sample_report):
    return {e.n: e for e in sample_report.events}


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """A real DuckDB file built by the ETL from data/raw, shared by the whole session."""
    from etl.load import load_reports

    path = tmp_path_factory.mktemp("db") / "engagement.duckdb"
    results = load_reports([SAMPLE], path, rebuild=True)
    assert [r.status for r in results] == ["loaded"], results
    return path


@pytest.fixture(scope="session")
def sample_con(sample_db):
    """Read-only SQL on the sample database: the tests' own oracle, independent of the query layer."""
    import duckdb

    con = duckdb.connect(str(sample_db), read_only=True)
    yield con
    con.close()
