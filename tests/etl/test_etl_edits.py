"""Analysts' corrections and duplicate decisions survive re-parsing; originals are kept for rebuilds."""
import duckdb
import pytest

from etl.corrections import fingerprint, validate_value
from etl.diff import diff_events
from etl.duplicates import Candidate, find_duplicates
from etl.edits import add_correction, add_duplicate_decision, event_key, read_edits
from etl.load import load_reports
from etl.normalize import event_contract
from etl.read import report_files
from etl.store import archive_original, store_original


def correct(edits_dir, event, field, value, **kw):
    return add_correction(edits_dir, region="Смоленская область", year=2024, quarter=4, n=event.n,
                          field_name=field, value=value, fingerprint=fingerprint(event.raw),
                          author=kw.get("author", "Иванова"), reason=kw.get("reason", "сверено с протоколом"))


def query(db, sql, params=()):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def test_correction_applies_on_top_and_survives_reparse(sample_path, sample_events, tmp_path):
    edits = tmp_path / "edits"
    correct(edits, sample_events[25], "attendance_total", "45")
    correct(edits, sample_events[3], "partner_countries", "BY, KZ")
    db = tmp_path / "c.duckdb"
    load_reports([sample_path], db, edits=read_edits(edits))
    assert query(db, "SELECT attendance_total, corrected_fields FROM events WHERE n = 25") == [(45, ["attendance_total"])]
    assert query(db, "SELECT partner_countries FROM v_events WHERE n = 3") == [(["BY", "KZ"],)]
    assert query(db, "SELECT count(*) FROM corrections WHERE status = 'applied'") == [(2,)]
    # a full rebuild with a (pretend) parser upgrade re-applies them
    load_reports([sample_path], db, rebuild=True, force=True, edits=read_edits(edits))
    assert query(db, "SELECT attendance_total FROM events WHERE n = 25") == [(45,)]


def test_new_correction_reprocesses_an_unchanged_file(sample_path, sample_events, tmp_path):
    edits, db = tmp_path / "edits", tmp_path / "d.duckdb"
    load_reports([sample_path], db, edits=read_edits(edits))
    correct(edits, sample_events[8], "format", "hybrid")
    result = load_reports([sample_path], db, edits=read_edits(edits))[0]
    assert result.status == "reparsed" and "исправлений" in result.message
    assert query(db, "SELECT format FROM events WHERE n = 8") == [("hybrid",)]


def test_correction_whose_raw_text_changed_is_flagged_not_applied(sample_path, sample_bytes, sample_events, tmp_path):
    edits, db = tmp_path / "edits", tmp_path / "e.duckdb"
    correct(edits, sample_events[20], "attendance_total", "1650")
    changed = tmp_path / "changed.txt"
    changed.write_bytes(sample_bytes.replace("более 1600 человек".encode(), "более 1700 человек".encode()))
    load_reports([changed], db, edits=read_edits(edits))
    assert query(db, "SELECT attendance_total FROM events WHERE n = 20") == [(1700,)]
    assert query(db, "SELECT status FROM corrections") == [("stale",)]


@pytest.mark.parametrize("field, value, message", [
    ("attendance_total", "много", "не целое число"),
    ("partner_countries", "BY, XX", "неизвестные коды"),
    ("partner_countries", "RU", "неизвестные коды"),
    ("format", "offline", "допустимо"),
    ("start_date", "32.01.2024", "ГГГГ-ММ-ДД"),
    ("raw_title", "x", "нельзя исправить"),
])
def test_invalid_corrections_are_refused(field, value, message):
    with pytest.raises(ValueError, match=message):
        validate_value(field, value)


def test_correction_needs_author_and_reason(sample_events, tmp_path):
    with pytest.raises(ValueError, match="кто исправляет"):
        correct(tmp_path, sample_events[1], "format", "online", author=" ")


def test_duplicates_found_and_merged_once(sample_path, sample_bytes, sample_events, tmp_path):
    """A SYNTHETIC Q3 report repeats event 1 (25 September): proposed as a duplicate, merged, counted once."""
    q3 = tmp_path / "q3_synthetic.txt"
    q3.write_bytes(sample_bytes.decode().replace("в IV квартале 2024 года", "в III квартале 2024 года", 1).encode())
    db, edits = tmp_path / "f.duckdb", tmp_path / "edits"
    load_reports([sample_path, q3], db)
    rows = query(db, "SELECT event_id, title, start_date, end_date, venue_city FROM events")
    pairs = find_duplicates([Candidate(*row) for row in rows])
    ids = dict(query(db, "SELECT event_id, r.quarter FROM events JOIN reports r USING (report_id) WHERE n = 1"))
    first = next(k for k, q in ids.items() if q == 4)
    second = next(k for k, q in ids.items() if q == 3)
    assert any({p.first, p.second} == {first, second} for p in pairs)
    fp = fingerprint(sample_events[1].raw)
    add_duplicate_decision(edits, first_key=event_key("Смоленская область", 2024, 4, 1, fp),
                           second_key=event_key("Смоленская область", 2024, 3, 1, fp), decision="merge",
                           author="Иванова")
    load_reports([], db, edits=read_edits(edits))
    assert query(db, "SELECT count(*) FROM v_events") == [(155,)]
    assert query(db, "SELECT duplicate_of FROM events WHERE event_id = ?", [second]) == [(first,)]


def test_two_sectors_same_event_is_proposed():
    from datetime import date
    a = Candidate("r:10", "Участие в Международном форуме «Мельница успеха»", date(2024, 10, 17), date(2024, 10, 17), "Могилев")
    b = Candidate("r:40", "Международный экономический форум «Мельница успеха»", date(2024, 10, 17), date(2024, 10, 17), "Могилев")
    c = Candidate("r:41", "Выставка «Дизайн прежде всего»", date(2024, 10, 17), date(2024, 10, 17), "Смоленск")
    pairs = find_duplicates([a, b, c])
    assert [(p.first, p.second) for p in pairs] == [("r:10", "r:40")]


def test_diff_of_a_replacement(sample_report):
    old = [event_contract(e) for e in sample_report.events]
    new = [dict(e) for e in old if e["n"] != 78]
    new[19]["attendance_total"] = 1700
    new.append({**old[0], "n": 79, "title": "Новое мероприятие"})
    diff = diff_events(old, new)
    assert diff.added == [(79, "Новое мероприятие")]
    assert [n for n, _ in diff.removed] == [78]
    assert diff.changed == [(20, old[19]["title"], ["attendance_total"])]
    assert diff.unchanged == 76


def test_originals_kept_and_archived(sample_bytes, tmp_path):
    raw = tmp_path / "raw"
    first = store_original(raw, "../../etc/Отчёт IV кв.txt", sample_bytes)
    assert first.parent == raw and first.name == "Отчёт IV кв.txt"
    assert store_original(raw, "copy.txt", sample_bytes) == first  # same bytes stored once
    other = store_original(raw, "Отчёт IV кв.txt", sample_bytes + b"\n")
    assert other != first and other.exists()
    import hashlib
    archived = archive_original(raw, hashlib.sha256(sample_bytes).hexdigest())
    assert archived.parent.name == ".replaced" and not first.exists()
    assert report_files([raw]) == [other]  # archived originals are not loaded again
