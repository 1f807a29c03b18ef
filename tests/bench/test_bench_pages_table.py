"""The pages part of `make bench` prints one line per page; a run stopped at the time limit reads as
«> 180» and TIMEOUT rather than as a small number, and a page that raised shows its error."""
from __future__ import annotations

import pytest

from bench.run import page_table


def spread(median, low, high, cpu=None):
    return {"median": median, "min": low, "max": high, "p95": high, "runs": 3}


BLANK = {"cold_s": spread(0.07, 0.06, 0.09), "warm_s": spread(0.004, 0.003, 0.005)}


@pytest.mark.parametrize("row, expected", [
    pytest.param({"timeout_s": 180, "cold_s": 2.5, "warm_s": spread(0.12, 0.1, 0.3), "warm_cpu_s": spread(0.05, 0.04, 0.06),
                  "filter_change_s": spread(0.4, 0.3, 0.9), "filter_change_cpu_s": spread(0.2, 0.1, 0.3),
                  "warm_vs_blank": 30.0, "timed_out": False, "exceptions": []},
                 ["  2.50 |", "0.12 [0.10–0.30] (0.05)", "0.40 [0.30–0.90] (0.20)", "30×"], id="measured"),
    pytest.param({"timeout_s": 180, "cold_s": None, "warm_s": None, "filter_change_s": None, "timed_out": True,
                  "exceptions": []}, ["> 180", "TIMEOUT"], id="cold_run_stopped"),
    pytest.param({"timeout_s": 180, "cold_s": 95.0, "warm_s": spread(60.0, 55.0, 70.0), "filter_change_s": None,
                  "timed_out": True, "exceptions": ["KeyError: 'x'"]}, ["95.00", "60.00", "> 180", "TIMEOUT",
                                                                       "ERR [\"KeyError: 'x'\"]"], id="filter_run_stopped"),
])
def test_page_line(row, expected):
    lines = page_table(1_000_000, {"(blank page)": BLANK, "countries": row})
    line = next(l for l in lines if l.strip().startswith("countries"))
    for text in expected:
        assert text in line, line


def test_rss_and_server_lines():
    rows = {"(blank page)": BLANK, "all_pages": {"rss_mb": 567.2, "peak_rss_mb": 579.0},
            "server": {"healthy_s": 4.8, "first_page_s": 23.2, "first_page_run_s": 18.3, "rss_idle_mb": 70.0,
                       "rss_after_all_pages_mb": 579.4, "pages": {"data": {"status": "timeout", "exceptions": []}}}}
    text = "\n".join(page_table(1_000_000, rows))
    assert "RSS after all pages (one AppTest session): 567 MB (peak 579 MB)" in text
    assert "first page finished 23.2 s after launch" in text and "after all pages 579 MB" in text
    assert "Server page problems" in text and "timeout" in text
