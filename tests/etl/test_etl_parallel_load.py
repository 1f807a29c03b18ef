"""A load whose files are parsed in worker processes (etl/parallel.py) stores exactly what a load in one
process stores, in the same order, with the same results and messages; a worker that dies loses
nothing; the CLI's --jobs says what it wants.

The files are SYNTHETIC: the sample re-titled as other quarters (tests/synthetic_reports.py), a
Word report made by etl.synth, a file that is no report and one whose event number repeats.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

import pytest

from etl.cli import main
from etl.errors import ReportError
from etl.load import load_reports, read_report
from etl.parallel import POOL_FROM_FILES, auto_jobs, parsed_in_order
from etl.synth import synthetic_regions, synthetic_report, to_docx
from synthetic_reports import quarter_variant, quarters
from test_etl_spare_cli import whole_database


@pytest.fixture(scope="module")
def folder(sample_bytes, tmp_path_factory) -> list[Path]:
    """Eight files in load order: five quarters (one given twice), a Word report, two that fail."""
    root = tmp_path_factory.mktemp("parallel_reports")
    files = []
    for year, q in quarters(5, first_year=2020):
        path = root / f"synthetic_{year}q{q}.txt"
        path.write_text(quarter_variant(sample_bytes.decode(), year, q), encoding="utf-8")
        files.append(path)
    word = root / "synthetic_word.docx"
    word.write_bytes(to_docx(synthetic_report(synthetic_regions()[3], 2018, 2, seed=5)))
    not_a_report = root / "notes.txt"
    not_a_report.write_text("Просто текст, не отчёт о мероприятиях.", encoding="utf-8")
    repeated = root / "synthetic_repeated_number.txt"
    text = quarter_variant(sample_bytes.decode(), 2017, 3)
    assert "\t2. \n" in text
    repeated.write_text(text.replace("\t2. \n", "\t1. \n", 1), encoding="utf-8")
    return [files[0], word, not_a_report, files[1], files[2], repeated, files[3], files[4], files[1]]


def test_workers_store_what_one_process_stores(folder, tmp_path, capsys):
    """One process through the API, two workers through the CLI: the same rows in every table (the
    loads log's statuses and messages included), the same exit code for the two failed files."""
    serial_db, parallel_db = tmp_path / "serial.duckdb", tmp_path / "parallel.duckdb"
    serial = load_reports(folder, serial_db, jobs=1)
    statuses = [r.status for r in serial]
    assert statuses.count("failed") == 2 and statuses.count("loaded") == 6, statuses  # the test can tell
    code = main(["--db", str(parallel_db), "--edits", str(tmp_path / "edits"), "load", "-q", "--no-spare",
                 "--jobs", "2", *map(str, folder)])
    out = capsys.readouterr().out
    assert code == 2
    assert [line.split(": ", 1)[0] for line in out.splitlines() if not line.startswith((" ", "База"))] == \
        [r.file_name for r in serial]  # every file's result, in load order
    assert whole_database(parallel_db) == whole_database(serial_db)


@pytest.mark.long  # make test keeps the whole-database comparison, whose failures carry their messages too
def test_a_workers_error_keeps_its_file_event_and_field(folder):
    """The repeated number's ReportError crosses the process boundary whole."""
    items = [folder[5], folder[2]]
    here = list(parsed_in_order(items, 1, read_report))
    there = list(parsed_in_order(items, 2, read_report))
    for (_, mine), (_, theirs) in zip(here, there):
        assert isinstance(mine, ReportError) and isinstance(theirs, ReportError)
        assert (theirs.message, theirs.file, theirs.event, theirs.field) == (mine.message, mine.file, mine.event, mine.field)
        assert str(theirs) == str(mine)
    assert here[0][1].event is not None  # the repeated number names its event


@pytest.mark.long  # spawns and kills a pool: the long tier
def test_a_killed_worker_loses_no_file(folder):
    """A worker killed mid-load (out of memory, an operator's kill): its file and the ones after it
    are parsed in the writer's process, every file once, in order."""
    items = [p for p in folder if p.suffix == ".txt"] * 2  # more than the window: some not yet handed out
    parsed = parsed_in_order(items, 2, read_report)
    seen = [next(parsed)]
    workers = multiprocessing.active_children()
    assert workers  # the pool's processes, started by the first result
    for child in workers:
        os.kill(child.pid, signal.SIGKILL)
    seen.extend(parsed)
    assert [item for item, _ in seen] == items
    expected = [outcome for _, outcome in parsed_in_order(items, 1, read_report)]
    for (_, got), want in zip(seen, expected):
        if isinstance(want, ReportError):
            assert str(got) == str(want)
        else:
            assert got[0].sha256 == want[0].sha256 and got[0].event_count == want[0].event_count


@pytest.mark.parametrize(("files", "cpus", "jobs"), [
    (1, 8, 1), (POOL_FROM_FILES - 1, 8, 1), (POOL_FROM_FILES, 1, 1), (POOL_FROM_FILES, 2, 2),
    (10_000, 4, 4), (10_000, 64, 8)])
def test_a_pool_only_for_enough_files_and_cores(files, cpus, jobs):
    assert auto_jobs(files, cpus) == jobs


@pytest.mark.parametrize("value", ["0", "-2", "два", "1.5"])
def test_the_cli_refuses_a_count_of_processes_it_cannot_use(value, tmp_path, capsys, folder):
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(tmp_path / "e.duckdb"), "load", "--jobs", value, str(folder[0])])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "число процессов" in err and value in err
    assert not (tmp_path / "e.duckdb").exists()


def test_a_rebuild_counts_once_what_loads_count_report_by_report(folder, tmp_path):
    """A rebuild (a fresh database from the files) and a first load into an empty file keep the counts
    and duplicate candidates of every report in one pass at their end (load._count_everything); a load
    into a database that holds reports adds them report by report — here every file after the first,
    one load each. The two databases hold the same rows in every table — counts, tops, org links,
    candidate pairs — for files that include a Word report, failures, a file given twice and events
    that are duplicates of each other across quarters."""
    first = folder[0].read_text(encoding="utf-8")
    replacing = tmp_path / "synthetic_first_quarter_again.txt"  # the same quarter, one sector renamed: replaces it
    replacing.write_text(first.replace("Сотрудничество в сфере инвестиционного развития", "Инвестиции", 1),
                         encoding="utf-8")
    files = [*folder, replacing]
    incremental_db, rebuilt_db = tmp_path / "incremental.duckdb", tmp_path / "rebuilt.duckdb"
    incremental = [result for path in files for result in load_reports([path], incremental_db)]  # the first alone
    rebuilt = load_reports(files, rebuilt_db, rebuild=True)
    assert incremental[-1].status == "replaced"
    assert [(r.status, r.message) for r in rebuilt] == [(r.status, r.message) for r in incremental]
    before, after = whole_database(incremental_db), whole_database(rebuilt_db)
    assert before["duplicate_candidates"] and before["option_counts"] and before["event_cube"]  # the test can tell
    assert after == before
