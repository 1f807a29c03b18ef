"""DuckDB load: one transaction per report, idempotent, atomic swaps that readers survive."""
import json
import subprocess
import sys
import threading
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from etl.export import EXPORT_TABLES
from etl.load import delete_report, load_reports
from load_history import assert_consistent_numbers, history_free_columns

ROOT = Path(__file__).resolve().parent.parent.parent
DATA_TABLES = ("reports", "report_notes", "events", "event_months", "event_countries", "event_regions",
               "event_officials", "parse_issues")


def snapshot(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        assert_consistent_numbers(con)
        for table in DATA_TABLES:
            frame = con.execute(f"SELECT {history_free_columns(con, table)} FROM {table}").df()
            out[table] = sorted(map(str, frame.astype(str).values.tolist()))
        return out
    finally:
        con.close()


def other_quarter(sample_bytes: bytes, roman: str, name: str, tmp_path: Path) -> Path:
    """A SYNTHETIC report: the sample re-titled as another quarter (for loading tests only)."""
    path = tmp_path / name
    path.write_bytes(sample_bytes.decode().replace("в IV квартале 2024 года", f"в {roman} квартале 2024 года", 1)
                     .encode())
    return path


def test_sample_loads_into_real_tables(sample_db):
    con = duckdb.connect(str(sample_db), read_only=True)
    assert con.execute("SELECT count(*) FROM v_events").fetchone()[0] == 78
    assert con.execute("SELECT count(DISTINCT sector) FROM events").fetchone()[0] == 14
    assert con.execute("SELECT period_label FROM reports").fetchone()[0] == "IV кв. 2024"
    kz = con.execute("SELECT list(e.n ORDER BY e.n) FROM events e JOIN event_countries c USING (event_id) "
                     "WHERE c.country_code = 'KZ'").fetchone()[0]
    assert kz == [27, 74]
    assert con.execute("SELECT name_ru FROM countries WHERE code = 'BY'").fetchone()[0] == "Беларусь"
    assert con.execute("SELECT status FROM loads").fetchall() == [("loaded",)]
    con.close()


def test_reload_of_the_same_file_changes_nothing(sample_path, tmp_path):
    db = tmp_path / "a.duckdb"
    load_reports([sample_path], db)
    before = snapshot(db)
    results = load_reports([sample_path], db)
    assert [r.status for r in results] == ["unchanged"]
    assert snapshot(db) == before


def test_new_file_for_the_same_quarter_replaces_atomically(sample_path, sample_bytes, tmp_path):
    db = tmp_path / "b.duckdb"
    load_reports([sample_path], db)
    corrected = tmp_path / "corrected.txt"
    corrected.write_bytes(sample_bytes.replace("более 1600 человек".encode(), "более 1700 человек".encode()))
    results = load_reports([corrected], db)
    assert results[0].status == "replaced" and "заменил" in results[0].message
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*), any_value(file_name) FROM reports").fetchone() == (1, "corrected.txt")
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 78
    assert con.execute("SELECT attendance_total FROM events WHERE n = 20").fetchone()[0] == 1700
    replaced = con.execute("SELECT replaced_report_id FROM loads WHERE status = 'replaced'").fetchone()[0]
    assert replaced == results[0].replaced_report_id and replaced != results[0].sha256
    con.close()


def test_crash_in_the_middle_leaves_previous_database_intact(sample_path, sample_bytes, tmp_path):
    db = tmp_path / "c.duckdb"
    load_reports([sample_path], db)
    before = snapshot(db)
    third = other_quarter(sample_bytes, "III", "q3_synthetic.txt", tmp_path)
    inserted = []

    def crash_after_40(report, event):
        inserted.append(event.n)
        if len(inserted) == 40:
            raise KeyboardInterrupt("power cut")

    with pytest.raises(KeyboardInterrupt):
        load_reports([third], db, on_event=crash_after_40)
    assert snapshot(db) == before
    assert not Path(str(db) + ".tmp").exists()
    # and the next load works normally
    assert [r.status for r in load_reports([third], db)] == ["loaded"]


def test_one_bad_file_does_not_stop_the_others(sample_path, tmp_path):
    db = tmp_path / "d.duckdb"
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"")
    results = load_reports([broken, sample_path], db)
    assert [r.status for r in results] == ["failed", "loaded"]
    assert "broken.txt" in results[0].message
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT status, file_name FROM loads ORDER BY started_at").fetchall() == \
           [("failed", "broken.txt"), ("loaded", sample_path.name)]
    con.close()


def test_reader_keeps_working_during_a_load_and_sees_new_data_after(sample_path, sample_bytes, tmp_path):
    db = tmp_path / "e.duckdb"
    load_reports([sample_path], db)
    reader = duckdb.connect(str(db), read_only=True)
    third = other_quarter(sample_bytes, "III", "q3_synthetic.txt", tmp_path)
    counts, done = [], threading.Event()

    def read_while_loading():
        while not done.is_set():
            counts.append(reader.execute("SELECT count(*) FROM events").fetchone()[0])

    thread = threading.Thread(target=read_while_loading)
    thread.start()
    try:
        load_reports([third], db)
    finally:
        done.set()
        thread.join()
    assert counts and set(counts) == {78}
    reader.close()
    fresh = duckdb.connect(str(db), read_only=True)
    assert fresh.execute("SELECT count(*) FROM events").fetchone()[0] == 156
    fresh.close()


def test_delete_report(sample_path, tmp_path):
    db = tmp_path / "f.duckdb"
    result = load_reports([sample_path], db)[0]
    assert delete_report(result.sha256, db)
    con = duckdb.connect(str(db), read_only=True)
    assert [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in DATA_TABLES] == [0] * len(DATA_TABLES)
    con.close()


def run_cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "etl", *args], cwd=cwd, capture_output=True, text=True)


def test_cli_parse_json_contract(sample_path):
    completed = run_cli("parse", str(sample_path), "--json")
    assert completed.returncode == 0, completed.stderr
    data = json.loads(completed.stdout)
    assert data["report"]["event_count"] == 78
    assert data["events"][18]["attendance_total"] == 1500


def test_cli_check_lists_problems_and_fails_on_non_reports(sample_path, tmp_path):
    ok = run_cli("check", str(sample_path))
    assert ok.returncode == 0 and "78 мероприятий" in ok.stdout and "вне отчётного квартала" in ok.stdout
    junk = tmp_path / "notes.txt"
    junk.write_text("Список покупок: хлеб, молоко", encoding="utf-8")
    bad = run_cli("check", str(junk))
    assert bad.returncode != 0 and "notes.txt" in bad.stderr


def test_cli_load_and_export(sample_path, tmp_path):
    db = tmp_path / "g.duckdb"
    loaded = run_cli("--db", str(db), "load", str(sample_path.parent))
    assert loaded.returncode == 0, loaded.stderr
    assert "загружен" in loaded.stdout and "78 мероприятий, 14 сфер" in loaded.stdout
    for fmt in ("parquet", "csv"):
        out = tmp_path / fmt
        exported = run_cli("--db", str(db), "export", "--format", fmt, "--out", str(out))
        assert exported.returncode == 0, exported.stderr
        with duckdb.connect(str(db), read_only=True) as source:
            tables = {r[0] for r in source.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        assert set(EXPORT_TABLES) <= tables, "every table an export promises is in the database"
        expected = tables | ({"views"} if fmt == "parquet" else set())
        assert sorted(p.stem for p in out.iterdir()) == sorted(expected), "every table, no leftover .tmp"
    events = pd.read_csv(tmp_path / "csv" / "events.csv", encoding="utf-8-sig")
    assert len(events) == 78 and (tmp_path / "csv" / "events.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert len(pd.read_parquet(tmp_path / "parquet" / "events.parquet")) == 78
