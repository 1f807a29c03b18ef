"""bench/run.py --only links-tail on a small SYNTHETIC database: the new reports really go through the
CLI's load and append their links, the SQL-appended tail is counted, and every organisation call is
timed on the appended file and on its re-clustered copy (figures only; no timing is asserted)."""
from __future__ import annotations

import duckdb
import pytest

from bench.run import bench_links_tail
from etl.load import load_reports
from etl.synth import write_reports


@pytest.mark.slow
@pytest.mark.parametrize("reports, extra_reports", [
    pytest.param(2, 0, id="loads_only"),
    pytest.param(1, 2, id="loads_and_sql_tail"),
])
def test_links_tail_times_the_organisation_calls_on_both_files(tmp_path, reports, extra_reports):
    files = write_reports(tmp_path / "reports", regions=2, quarters=1, seed=3)  # SYNTHETIC
    source = tmp_path / "base.duckdb"
    load_reports(files, source, rebuild=True)
    with duckdb.connect(str(source), read_only=True) as con:
        links, events = con.execute("SELECT (SELECT count(*) FROM event_organisations), "
                                    "(SELECT count(*) FROM events)").fetchone()

    out = bench_links_tail(0, reports=reports, runs=1, extra_reports=extra_reports, source=source, folder=tmp_path)

    assert out["load_s"]["runs"] == reports
    assert out["events"] > events  # the CLI loaded the new reports
    assert out["links_appended"] == out["links"] - links > 0
    assert len(out["calls"]) == 4 * 9  # nine organisation calls under four filters
    assert all(row["appended_ms"] > 0 and row["clustered_ms"] > 0 for row in out["calls"].values())
    assert out["ratio_min"] <= out["ratio_median"] <= out["ratio_max"]
