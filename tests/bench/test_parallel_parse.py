"""bench/run.py's parse_in_parallel: a batch parsed in a process pool comes back in the files'
order, each report the same as a serial parse, and a file that is not a report gives its
ReportError (file name kept) in its place instead of stopping the batch. No timings asserted."""
from __future__ import annotations

from bench.run import parse_in_parallel
from etl.errors import ReportError
from etl.normalize import build_report, report_contract
from etl.read import read_bytes
from etl.synth import synthetic_regions, synthetic_report, to_text


def test_pool_keeps_the_order_the_results_and_each_files_error():
    regions = synthetic_regions()
    items = [(f"s{i}.txt", to_text(synthetic_report(regions[i], 2020, 1 + i, seed=5)).encode("utf-8"))
             for i in range(3)]
    items.insert(1, ("not_a_report.txt", "Просто текст, не отчёт".encode("utf-8")))  # SYNTHETIC
    results = parse_in_parallel(items, workers=2)
    assert isinstance(results[1], ReportError) and results[1].file == "not_a_report.txt"
    expected = [report_contract(build_report(read_bytes(data, name))) for name, data in items if name != "not_a_report.txt"]
    assert [report_contract(r) for r in results if not isinstance(r, ReportError)] == expected
    assert [r.file_name for r in results if not isinstance(r, ReportError)] == ["s0.txt", "s1.txt", "s2.txt"]
