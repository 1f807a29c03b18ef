"""One page run reads one database version, even when a load swaps the file in the middle of it."""
from __future__ import annotations

import shutil
from pathlib import Path

from streamlit.testing.v1 import AppTest

from analytics import queries
from analytics.db import ReadOnlyDatabase
from analytics.filters import Filters

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"


def _second_region(tmp_path: Path) -> Path:
    """SYNTHETIC: the sample filed by another region, so a load adds 78 events to the database."""
    path = tmp_path / "synthetic_bryansk_2024q4.txt"
    path.write_text(SAMPLE.read_text(encoding="utf-8").replace("Смоленской области", "Брянской области", 1),
                    encoding="utf-8")
    return path


def test_a_snapshot_keeps_reading_its_version_after_a_swap(sample_db, tmp_path):
    from etl.load import load_reports

    db = tmp_path / "engagement.duckdb"
    shutil.copy(sample_db, db)
    database = ReadOnlyDatabase(db)
    before = database.snapshot()
    assert load_reports([_second_region(tmp_path)], db)[0].ok
    assert queries.count_events(before.cursor(), Filters()) == 78
    after = database.snapshot()
    assert after.signature != before.signature
    assert queries.count_events(after.cursor(), Filters()) == 156


# A page run that swaps the database between its header count and its table, as a concurrent load would.
SCRIPT = """
import sys
sys.path.insert(0, {root!r})
import streamlit as st
from analytics.filters import Filters
from etl.load import load_reports
from pathlib import Path
from ui import access
access.begin_run()
header = access.query("count_events", Filters())
if not st.session_state.get("swapped"):
    st.session_state["swapped"] = True
    load_reports([Path({extra!r})], Path({db!r}))
rows = access.query("registry", Filters())
st.write(f"header={{header}} rows={{len(rows)}}")
"""


def test_a_page_run_never_mixes_two_versions(sample_db, tmp_path, monkeypatch):
    db = tmp_path / "engagement.duckdb"
    shutil.copy(sample_db, db)
    monkeypatch.setenv("ENGAGEMENT_DB", str(db))
    at = AppTest.from_string(SCRIPT.format(root=str(ROOT), extra=str(_second_region(tmp_path)), db=str(db)),
                             default_timeout=60)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.markdown[0].value == "header=78 rows=78", "the swap mid-run must not reach this run"
    at.run()
    assert at.markdown[0].value == "header=156 rows=156", "the next run reads the new version"
