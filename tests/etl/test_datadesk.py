"""Data desk actions on a real database and raw store: preview, commit, replace, delete, rebuild."""
import duckdb
import pytest

from etl.desk import commit_uploads, preview_upload, remove_report, reparse_all
from analytics.quality import fill_rates, issue_rows, lower_bounds, outside_quarter
from etl.load import load_reports
from tests.docx_builder import grid_to_docx
from etl.layout import grid_from_text
from load_history import assert_consistent_numbers, history_free_columns

DATA_TABLES = ("reports", "events", "event_countries", "event_regions", "event_officials", "event_months",
               "parse_issues", "report_notes", "corrections")


def dump(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        assert_consistent_numbers(con)
        for table in DATA_TABLES:
            out[table] = sorted(map(str, con.execute(f"SELECT {history_free_columns(con, table)} FROM {table}").fetchall()))
        return out
    finally:
        con.close()


@pytest.fixture
def desk(tmp_path):
    return tmp_path / "engagement.duckdb", tmp_path / "raw", tmp_path / "edits"


def test_preview_writes_nothing_then_commit_keeps_the_original(sample_bytes, desk):
    db, raw, edits = desk
    preview = preview_upload("Отчёт IV кв.docx", grid_to_docx(grid_from_text(sample_bytes.decode())), db)
    assert preview.ok and preview.label == "Смоленская область, IV кв. 2024"
    assert sum(n for _, n in preview.sectors) == 78 and len(preview.sectors) == 14
    assert preview.replaces is None and not db.exists() and not raw.exists()
    results = commit_uploads([preview], db, raw, edits)
    assert [r.status for r in results] == ["loaded"]
    assert [p.name for p in raw.iterdir()] == ["Отчёт IV кв.docx"]


def test_broken_upload_explains_and_writes_nothing(desk):
    db, raw, edits = desk
    preview = preview_upload("сломанный.docx", b"PK\x03\x04oops", db)
    assert not preview.ok and "сломанный.docx" in preview.error
    assert commit_uploads([preview], db, raw, edits) == []
    assert not db.exists() and not raw.exists()


def test_replacement_is_previewed_with_a_diff(sample_path, sample_bytes, desk):
    db, raw, edits = desk
    commit_uploads([preview_upload(sample_path.name, sample_bytes, db)], db, raw, edits)
    text = sample_bytes.decode().replace("более 1600 человек", "более 1700 человек")
    preview = preview_upload("corrected.txt", text.encode(), db)
    assert preview.replaces["file_name"] == sample_path.name and not preview.already_loaded
    assert preview.diff.changed == [(20, preview.report.events[19].title, ["attendance_total"])]
    assert preview.diff.added == [] and preview.diff.removed == [] and preview.diff.unchanged == 77
    results = commit_uploads([preview], db, raw, edits)
    assert results[0].status == "replaced"
    assert sorted(p.name for p in raw.iterdir() if p.is_file()) == ["corrected.txt"]
    assert [p.name for p in (raw / ".replaced").iterdir()] == [sample_path.name]


def test_database_rebuilt_from_originals_equals_the_live_one(sample_path, sample_bytes, desk, tmp_path):
    db, raw, edits = desk
    q3 = sample_bytes.decode().replace("в IV квартале 2024 года", "в III квартале 2024 года", 1).encode()
    commit_uploads([preview_upload(sample_path.name, sample_bytes, db),
                    preview_upload("q3_synthetic.txt", q3, db)], db, raw, edits)
    live = dump(db)
    rebuilt = tmp_path / "rebuilt.duckdb"
    load_reports(sorted(raw.glob("*.txt")), rebuilt, rebuild=True)
    assert dump(rebuilt) == live
    reparse_all(db, raw, edits)
    assert dump(db) == live


def test_delete_moves_the_original_aside(sample_path, sample_bytes, desk):
    db, raw, edits = desk
    result = commit_uploads([preview_upload(sample_path.name, sample_bytes, db)], db, raw, edits)[0]
    assert remove_report(result.sha256, result.sha256, db, raw)
    assert not any(p.is_file() for p in raw.iterdir())
    assert reparse_all(db, raw, edits) == []


def test_quality_queries(sample_db):
    con = duckdb.connect(str(sample_db), read_only=True)
    rates = fill_rates(con)
    assert rates.loc[0, "events"] == 78 and rates.loc[0, "dates"] == 1.0
    assert len(outside_quarter(con)) == 16
    assert set(lower_bounds(con)["n"]) == {20, 45, 49, 57, 62, 63, 67}
    issues = issue_rows(con)
    assert issues["event_id"].notna().all() and len(issues) == 23
    con.close()


def test_replacement_diff_does_not_report_a_correction_that_will_still_apply(sample_path, sample_bytes,
                                                                             sample_events, desk):
    from etl.corrections import fingerprint
    from etl.edits import add_correction

    db, raw, edits = desk
    add_correction(edits, region="Смоленская область", year=2024, quarter=4, n=25, field_name="attendance_total",
                   value="45", fingerprint=fingerprint(sample_events[25].raw), author="Иванова", reason="протокол")
    commit_uploads([preview_upload(sample_path.name, sample_bytes, db)], db, raw, edits)
    text = sample_bytes.decode().replace("более 1600 человек", "более 1700 человек")
    with_edits = preview_upload("corrected.txt", text.encode(), db, edits)
    assert [n for n, _, _ in with_edits.diff.changed] == [20]
    without_edits = preview_upload("corrected.txt", text.encode(), db)
    assert sorted(n for n, _, _ in without_edits.diff.changed) == [20, 25]
