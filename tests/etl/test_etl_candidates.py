"""Duplicate candidates kept by the ETL equal what the pure Python rule finds, load by load."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from analytics import quality
from etl.candidates import rebuild_duplicate_candidates
from etl.duplicates import Candidate, find_duplicates
from etl.edits import DuplicateDecision, Edits, event_key
from etl.load import delete_report, load_reports
from etl.synth import synthetic_regions, synthetic_report, to_text


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
RELISTED = ("synthetic_smolensk_2024q3_relisted.txt", "synthetic_smolensk_2025q1_relisted.txt",
            "synthetic_bryansk_2024q4_shared_forums.txt")


def _python_pairs(db: Path) -> set[tuple[str, str, float, str]]:
    """The reference: etl.duplicates.find_duplicates over every unmerged event, its title words
    computed again from the title (not read from the stored column)."""
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT event_id, title, start_date, end_date, venue_city, region, partner_countries, "
                       "foreign_regions FROM events WHERE duplicate_of IS NULL").fetchall()
    con.close()
    pairs = find_duplicates([Candidate(*row[:6], tuple(row[6]), tuple(row[7])) for row in rows])
    return {(p.first, p.second, p.score, p.reason) for p in pairs}


def _stored_pairs(db: Path) -> set[tuple[str, str, float, str]]:
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT first_event_id, second_event_id, score, reason FROM duplicate_candidates").fetchall()
    con.close()
    return set(rows)


@pytest.fixture(scope="module")
def reports(sample_bytes) -> list[tuple[str, bytes]]:
    """The real report, two SYNTHETIC regions of the same quarter (their events overlap it in time)
    and one of the previous quarter (its late events overlap the next report's early ones), then the
    SYNTHETIC reports around the real one that re-list its September and December events."""
    regions = synthetic_regions()
    made = [synthetic_report(regions[0], 2024, 4, seed=5), synthetic_report(regions[1], 2024, 4, seed=5),
            synthetic_report(regions[0], 2024, 3, seed=5)]
    return ([("smolensk.txt", sample_bytes)] + [(f"s{i}.txt", to_text(r).encode("utf-8")) for i, r in enumerate(made)]
            + [(name, (FIXTURES / name).read_bytes()) for name in RELISTED])


@pytest.fixture(scope="module")
def loaded(tmp_path_factory, reports) -> Path:
    path = tmp_path_factory.mktemp("candidates") / "e.duckdb"
    for item in reports:  # one load per report: each adds only its own pairs
        load_reports([item], path)
    return path


@pytest.fixture()
def db(tmp_path, loaded) -> Path:
    """A copy of the loaded database for each test (the tests delete, decide and rebuild on it)."""
    path = tmp_path / "e.duckdb"
    path.write_bytes(loaded.read_bytes())
    return path


def test_pairs_added_load_by_load_equal_the_python_rule_over_everything(db):
    stored = _stored_pairs(db)
    assert len(stored) > 20
    assert stored == _python_pairs(db)


def test_rebuilding_the_table_gives_the_same_pairs(db):
    before = _stored_pairs(db)
    con = duckdb.connect(str(db))
    rebuild_duplicate_candidates(con)
    con.close()
    assert _stored_pairs(db) == before


def test_deleting_a_report_drops_its_pairs(db):
    con = duckdb.connect(str(db), read_only=True)
    report_id = con.execute("SELECT report_id FROM reports WHERE file_name = 's1.txt'").fetchone()[0]
    con.close()
    assert any(report_id in a or report_id in b for a, b, _, _ in _stored_pairs(db))
    delete_report(report_id, db)
    stored = _stored_pairs(db)
    assert not any(report_id in a or report_id in b for a, b, _, _ in stored)
    assert stored == _python_pairs(db)


def test_pending_pairs_leave_out_decided_and_merged_events(db, reports):
    con = duckdb.connect(str(db), read_only=True)
    total = quality.pending_duplicate_count(con)
    top = quality.pending_duplicate_pairs(con, limit=2)
    keys = [event_key(r[f"{side}_region"], int(r[f"{side}_year"]), int(r[f"{side}_quarter"]), int(r[f"{side}_n"]),
                      r[f"{side}_fingerprint"]) for _, r in top.iterrows() for side in ("first", "second")]
    merged_id = top.iloc[0]["second_event_id"]
    con.close()
    assert list(top["score"]) == sorted(top["score"], reverse=True)
    edits = Edits(duplicates=[
        DuplicateDecision("d1", keys[0], keys[1], "merge", "тест", "", "2026-01-01T00:00:00"),
        DuplicateDecision("d2", keys[3], keys[2], "keep", "тест", "", "2026-01-01T00:00:01")])
    load_reports(reports[:1], db, edits=edits)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM events WHERE duplicate_of IS NOT NULL").fetchone()[0] == 1
    pending = quality.pending_duplicate_pairs(con, limit=None)
    left = quality.pending_duplicate_count(con)
    con.close()
    assert len(pending) == left < total
    con = duckdb.connect(str(db), read_only=True)
    named = quality.duplicate_decisions_with_titles(con)
    con.close()
    assert list(named["first_title"]) != [None, None] and set(named["decision"]) == {"merge", "keep"}
    shown = set(pending["first_event_id"]) | set(pending["second_event_id"])
    assert merged_id not in shown
    pairs = set(zip(pending["first_event_id"], pending["second_event_id"]))
    assert (top.iloc[1]["first_event_id"], top.iloc[1]["second_event_id"]) not in pairs


NEW_EVENT_COLUMNS = ("partner_countries", "foreign_regions", "officials", "region", "year", "quarter",
                     "period_label", "file_name", "sha256", "title_words")


def test_a_database_from_before_the_kept_columns_gets_them_on_the_next_load(tmp_path, sample_path):
    """An older database (lists only in side tables, no candidate table) is brought up to date once.
    The SYNTHETIC Q3 report beside the sample makes pairs (the sample alone has no duplicates)."""
    db = tmp_path / "old.duckdb"
    load_reports([sample_path, FIXTURES / RELISTED[0]], db)
    con = duckdb.connect(str(db))
    expected = con.execute(f"SELECT event_id, {', '.join(NEW_EVENT_COLUMNS)} FROM events ORDER BY event_id").fetchall()
    pairs = set(con.execute("SELECT * FROM duplicate_candidates").fetchall())
    assert any(row[1] for row in expected) and pairs
    con.execute("CREATE TABLE events_old AS SELECT * EXCLUDE (" + ", ".join(NEW_EVENT_COLUMNS) + ") FROM events")
    con.execute("DROP TABLE events")
    con.execute("ALTER TABLE events_old RENAME TO events")
    con.execute("DROP TABLE duplicate_candidates")
    con.close()
    load_reports([], db)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute(f"SELECT event_id, {', '.join(NEW_EVENT_COLUMNS)} FROM events ORDER BY event_id").fetchall() == expected
    assert set(con.execute("SELECT * FROM duplicate_candidates").fetchall()) == pairs
    con.close()


def test_pairs_of_the_earlier_rule_are_scored_again_once(tmp_path, sample_path):
    """A database whose pairs came from the Jaccard rule (its reasons say «похожи на») gets the
    current rule's pairs on the next writable open; a current database is left as it is."""
    db = tmp_path / "old_rule.duckdb"
    load_reports([sample_path, FIXTURES / RELISTED[0]], db)
    current = _stored_pairs(db)
    con = duckdb.connect(str(db))
    ids = dict(con.execute("SELECT n, event_id FROM events WHERE file_name = ? AND n IN (26, 75)",
                           [sample_path.name]).fetchall())
    con.execute("INSERT INTO duplicate_candidates VALUES (?, ?, 0.364, false, true, "
                "'даты пересекаются, названия похожи на 36%, то же место')", [ids[26], ids[75]])
    con.close()
    assert len(_stored_pairs(db)) == len(current) + 1
    load_reports([], db)
    assert _stored_pairs(db) == current == _python_pairs(db)
    con = duckdb.connect(str(db))
    from etl.candidates import rescore_outdated_candidates
    assert rescore_outdated_candidates(con) is False
    con.close()
