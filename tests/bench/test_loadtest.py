"""The load-test harness (bench/loadtest.py) and its SYNTHETIC database (bench/synthetic_db.py).

The smoke run starts a real dashboard server and two websocket sessions for a few seconds; the
protocol test checks that what the harness sends is what the app acts on (a filter set over the
websocket shows in the page's «Показаны: …» sentence), so a harness that silently did nothing
could not pass for a quiet server. No timings are asserted.
"""
from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pytest

from bench import loadtest

# concurrent sessions against a served dashboard, minutes under load: the long tier (make test-long), beside make loadtest
pytestmark = pytest.mark.long
from bench.synthetic_db import LABEL, build_synthetic_db, copy_plan

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.parametrize("values, q, expected", [
    pytest.param([1.0, 2.0, 3.0, 4.0], 0.5, 2.0, id="median_of_four_is_lower_middle"),
    pytest.param([5.0], 0.95, 5.0, id="one_value"),
    pytest.param([float(i) for i in range(1, 101)], 0.95, 95.0, id="p95_of_hundred"),
    pytest.param([3.0, 1.0, 2.0], 1.0, 3.0, id="max_unsorted"),
    pytest.param([], 0.5, None, id="nothing_measured"),
])
def test_percentile_is_nearest_rank(values, q, expected):
    assert loadtest.percentile(values, q) == expected


@pytest.mark.parametrize("base, year, quarter, target, expected", [
    pytest.param(78, 2024, 4, 78, [], id="sample_only"),
    pytest.param(78, 2024, 4, 100, [(2024, 3, 22)], id="one_short_copy"),
    pytest.param(78, 2024, 1, 250, [(2023, 4, 78), (2023, 4, 78), (2023, 4, 16)], id="year_boundary"),
    pytest.param(10, 2024, 4, 80, [(2024, 3, 10)] * 6 + [(2024, 2, 10)], id="seventh_copy_goes_back_a_quarter"),
])
def test_copy_plan_periods_and_sizes(base, year, quarter, target, expected):
    plan = copy_plan(base, year, quarter, target)
    assert [(c["year"], c["quarter"], c["events"]) for c in plan] == expected
    assert len({(c["region"], c["year"], c["quarter"]) for c in plan}) == len(plan)
    assert all(c["region"].endswith(f"[{LABEL}]") for c in plan)


def test_synthetic_db_holds_exactly_n_labelled_events(tmp_path):
    path = tmp_path / "synthetic.duckdb"
    held = build_synthetic_db(path, 500)
    assert held["events"] == 500
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert con.execute("SELECT sum(event_count) FROM reports").fetchone()[0] == 500
        copies = con.execute("SELECT file_name, region, period_start, period_end, quarter, year FROM reports "
                             "WHERE report_id LIKE 'synthetic-%'").fetchall()
        assert len(copies) == held["synthetic_reports"] == 6
        for file_name, region, start, end, quarter, year in copies:
            assert file_name.startswith(f"{LABEL}_") and region.endswith(f"[{LABEL}]")
            assert (start.year, (start.month - 1) // 3 + 1, end.year) == (year, quarter, year)
        # the month table and the events' own month lists moved together
        assert con.execute("""SELECT count(*) FROM event_months m JOIN events e USING (event_id)
                              WHERE NOT list_contains(e.months, m.month)""").fetchone()[0] == 0
        # every copied event keeps its countries, and no row points at a missing event
        for table in ("event_countries", "event_regions", "event_officials", "event_months"):
            orphans = con.execute(f"SELECT count(*) FROM {table} LEFT JOIN events e USING (event_id) "
                                  f"WHERE e.event_id IS NULL").fetchone()[0]
            assert orphans == 0, table
        per_report = con.execute("""SELECT count(DISTINCT c) FROM (SELECT e.report_id, count(*) AS c
                                    FROM event_countries x JOIN events e USING (event_id)
                                    JOIN reports r ON r.report_id = e.report_id WHERE r.event_count = 78
                                    GROUP BY 1)""").fetchone()[0]
        assert per_report == 1
    finally:
        con.close()
    assert not list(tmp_path.glob("*.synthetic-build*")), "build leftovers"


def test_synthetic_db_refuses_data_raw():
    result = subprocess.run([sys.executable, "bench/synthetic_db.py", "--events", "100",
                             "--out", "data/raw/x.duckdb"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2 and "SYNTHETIC" in result.stderr
    assert not (ROOT / "data" / "raw" / "x.duckdb").exists()


@pytest.mark.slow
def test_a_filter_sent_over_the_websocket_reaches_the_page(sample_db, tmp_path):
    """Open a link, set a sidebar filter, search, switch page: each shows in the page's sentence."""
    async def session(port: int) -> list[loadtest.Outcome]:
        tab, opened = await loadtest.open_link(port, "countries?country=BY", timeout=60)
        sectors = tab.widgets["f_sectors"]
        culture = next(o for o in sectors.options if o.startswith("Культура"))
        filtered = await tab.rerun("filter", widget=loadtest._widget_state(sectors, [culture]))
        searched = await tab.rerun("search", widget=loadtest._widget_state(tab.widgets["f_search"], "Витебск"))
        switched = await tab.rerun("page", page_name="registry", page_hash=tab.pages["registry"], query="")
        await tab.close()
        return [opened, filtered, searched, switched]

    with loadtest.dashboard_server(sample_db, tmp_path) as server:
        # In its own thread: the browser tests' sync Playwright keeps an event loop in the main one.
        with ThreadPoolExecutor(1) as pool:
            opened, filtered, searched, switched = pool.submit(asyncio.run, session(server.port)).result()
    assert [o.status for o in (opened, filtered, searched, switched)] == ["ok"] * 4
    assert "Беларусь" in opened.caption and "культура" not in opened.caption
    assert "культура и туризм · Беларусь" in filtered.caption
    assert "поиск «Витебск»" in searched.caption
    assert switched.page == "registry" and switched.caption == searched.caption
    assert not any(o.exceptions for o in (opened, filtered, searched, switched))


def test_smoke_two_sessions_report_no_errors(tmp_path):
    # «language» included: the English Страны dossier once raised "Duplicate column names" (found by
    # this load test); it is fixed, so the smoke run switches language too.
    out = tmp_path / "loadtest.json"
    result = subprocess.run([sys.executable, "bench/loadtest.py", "--sessions", "2", "--duration", "5",
                             "--actions", "filter,search,page,pick,reset,new_tab,language", "--out", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "p95 s" in result.stdout
    run = json.loads(out.read_text(encoding="utf-8"))["bundled"]["runs"][0]
    assert (run["sessions"], run["started"], run["held"], run["errors"]) == (2, 2, 2, 0), run["error_details"]
    assert run["reruns"] >= 2 and run["latency_s"]["p95"] is not None
    assert run["server_log_tracebacks"] == []
