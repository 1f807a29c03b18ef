"""Analysts' duplicate decisions on every load (etl/load.py:_apply_duplicates): whatever happened before
— merges, a later «keep» over a merge, a replaced report whose event changed, a deleted report, a
decision about a report loaded later — after each load `events.duplicate_of`, every side table's
`merged` flag and `duplicate_decisions` equal what the decisions give when worked out from scratch
over the events present. A load writes only the marks that change, so this oracle is what keeps
that shortcut honest. SYNTHETIC reports: the sample re-titled as other quarters (same events and
dates, so the quarters' events are duplicates of each other), one with an event's title edited."""
from pathlib import Path

import duckdb
import pytest

from etl.edits import DuplicateDecision, Edits, event_key
from etl.load import SIDE_TABLES, delete_report, load_reports
from synthetic_reports import quarter_variant, replace_once

TITLE_1 = "Участие в Белорусском промышленно-инновационном форуме"


def keys(db: Path) -> dict[str, str]:
    """event_id → its edits.event_key, for the events in the database now."""
    with duckdb.connect(str(db), read_only=True) as con:
        return {row[5]: event_key(*row[:5]) for row in con.execute(
            "SELECT region, year, quarter, n, fingerprint, event_id FROM events").fetchall()}


def expected(db: Path, decisions: list[DuplicateDecision]) -> tuple[dict, dict]:
    """From scratch: (event_id → the event it is merged into, decision id → status)."""
    by_key = {key: event_id for event_id, key in keys(db).items()}
    latest: dict[tuple[str, str], DuplicateDecision] = {}
    for decision in sorted(decisions, key=lambda d: d.created_at):
        latest[(decision.first_key, decision.second_key)] = decision
    merged, statuses = {}, {}
    for decision in latest.values():
        first, second = by_key.get(decision.first_key), by_key.get(decision.second_key)
        statuses[decision.id] = "applied" if first and second else "stale"
        if first and second and decision.decision == "merge":
            merged[second] = first
    return merged, statuses


def stored(db: Path) -> tuple[dict, dict, dict]:
    with duckdb.connect(str(db), read_only=True) as con:
        merged = dict(con.execute("SELECT event_id, duplicate_of FROM events WHERE duplicate_of IS NOT NULL").fetchall())
        statuses = dict(con.execute("SELECT id, status FROM duplicate_decisions").fetchall())
        flags = {table: con.execute(f"SELECT count(*) FROM {table} t JOIN events e USING (event_id) "
                                    "WHERE t.merged <> (e.duplicate_of IS NOT NULL)").fetchone()[0]
                 for table in SIDE_TABLES}
    return merged, statuses, flags


def decision(number: int, first: str, second: str, kind: str = "merge") -> DuplicateDecision:
    return DuplicateDecision(f"d{number}", first, second, kind, "SYNTHETIC", "тест", f"2026-01-01T00:00:{number:02d}")


@pytest.fixture(scope="module")
def files(sample_bytes, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("decisions")
    text = sample_bytes.decode()
    variants = {"q1": quarter_variant(text, 2023, 1), "q2": quarter_variant(text, 2023, 2),
                "q3": quarter_variant(text, 2023, 3),
                "q2_edited": replace_once(quarter_variant(text, 2023, 2), TITLE_1, TITLE_1 + " (SYNTHETIC правка)")}
    out = {}
    for name, body in variants.items():
        out[name] = folder / f"synthetic_{name}.txt"
        out[name].write_text(body, encoding="utf-8")
    return out


def event_keys_by_report(db: Path) -> dict[tuple[int, int], dict[int, str]]:
    """(year, quarter) → n → event key."""
    with duckdb.connect(str(db), read_only=True) as con:
        out: dict = {}
        for region, year, quarter, n, fp in con.execute(
                "SELECT region, year, quarter, n, fingerprint FROM events").fetchall():
            out.setdefault((year, quarter), {})[n] = event_key(region, year, quarter, n, fp)
        return out


def check(db: Path, decisions: list[DuplicateDecision]) -> dict:
    merged, statuses, flags = stored(db)
    want_merged, want_statuses = expected(db, decisions)
    assert merged == want_merged
    assert statuses == want_statuses
    assert flags == {table: 0 for table in SIDE_TABLES}, "a side table's merged flag disagrees with its event"
    return merged


def test_marks_follow_the_decisions_through_merges_keeps_replacements_and_deletions(files, tmp_path):
    db = tmp_path / "engagement.duckdb"
    load_reports([files["q1"], files["q2"]], db)
    k = event_keys_by_report(db)
    q1, q2 = k[(2023, 1)], k[(2023, 2)]
    decisions = [decision(1, q1[1], q2[1]), decision(2, q1[2], q2[2]), decision(3, q1[3], q2[3], "keep")]

    load_reports([files["q3"]], db, edits=Edits(duplicates=decisions))
    assert len(check(db, decisions)) == 2
    q3 = event_keys_by_report(db)[(2023, 3)]

    decisions += [decision(4, q1[1], q2[1], "keep"),        # a later word over the merge of d1: apart again
                  decision(5, q2[4], q3[4]),                # a new merge into the report loaded last
                  decision(6, q1[5], "Нет такой|2030|1|1|0")]  # an event never loaded: stale
    load_reports([files["q3"]], db, edits=Edits(duplicates=decisions))  # unchanged file: the decisions still apply
    assert set(check(db, decisions)) == {keys_to_id(db, q2[2]), keys_to_id(db, q3[4])}

    load_reports([files["q2_edited"]], db, edits=Edits(duplicates=decisions))  # replaces q2: its event 1 changed
    check(db, decisions)
    load_reports([files["q2"]], db, edits=Edits(duplicates=decisions))  # and back: d2 and d5 apply again
    assert len(check(db, decisions)) == 2

    with duckdb.connect(str(db), read_only=True) as con:
        q3_id = con.execute("SELECT report_id FROM reports WHERE year = 2023 AND quarter = 3").fetchone()[0]
    assert delete_report(q3_id, db)
    load_reports([files["q1"]], db, edits=Edits(duplicates=decisions))  # d5 now stale, its mark cleared
    assert len(check(db, decisions)) == 1

    load_reports([files["q3"]], db, edits=Edits(duplicates=decisions))  # q3 back: d5 applies to its new rows
    assert len(check(db, decisions)) == 2
    load_reports([files["q1"]], db, edits=Edits())                      # the decisions withdrawn: no marks
    assert check(db, []) == {}


def keys_to_id(db: Path, key: str) -> str:
    return {v: k for k, v in keys(db).items()}[key]


def test_two_merges_of_one_event_the_later_pair_wins(files, tmp_path):
    db = tmp_path / "engagement.duckdb"
    load_reports([files["q1"], files["q2"], files["q3"]], db)
    k = event_keys_by_report(db)
    decisions = [decision(1, k[(2023, 1)][7], k[(2023, 3)][7]), decision(2, k[(2023, 2)][7], k[(2023, 3)][7])]
    load_reports([files["q1"]], db, edits=Edits(duplicates=decisions))
    merged = check(db, decisions)
    assert merged == {keys_to_id(db, k[(2023, 3)][7]): keys_to_id(db, k[(2023, 2)][7])}
    decisions.append(decision(3, k[(2023, 1)][7], k[(2023, 3)][7]))  # the first pair decided again, later
    load_reports([files["q1"]], db, edits=Edits(duplicates=decisions))
    check(db, decisions)
