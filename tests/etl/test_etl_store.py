"""Kept originals: any name people give a file is stored under a name every file system accepts,
the next rebuild still loads it, and the name as uploaded is kept in reports.original_name."""
import duckdb
import pytest

from etl.load import load_reports
from etl.read import report_files
from etl.store import MAX_NAME_BYTES, NAMES_FILE, original_name, safe_name, store_original

REAL_TITLE = ("Отчет о мероприятиях в международной сфере исполнительных органов Смоленской области "
              "и подведомственных им учреждений в IV квартале 2024 года.docx")


def test_the_real_title_is_263_bytes():
    assert len(REAL_TITLE) == 146 and len(REAL_TITLE.encode()) == 263


NAMES = [
    pytest.param(REAL_TITLE, ".docx", "Отчет о мероприятиях в международной сфере", id="cyrillic_146_chars_263_bytes"),
    pytest.param("a" * 200 + ".txt", ".txt", "aaaa", id="ascii_200_chars"),
    pytest.param("Отчёт." + "я" * 300, "", "Отчёт", id="long_fake_suffix"),
    pytest.param("...", "", "report", id="only_dots"),
    pytest.param("   ", "", "report", id="only_spaces"),
    pytest.param(". . .docx", ".docx", "report", id="dots_spaces_and_suffix"),
    pytest.param("../../etc/passwd.txt", ".txt", "passwd", id="path_traversal"),
    pytest.param("..\\..\\Windows\\отчёт.docx", ".docx", "отчёт", id="windows_traversal"),
    pytest.param("C:\\Users\\clerk\\Desktop\\отчёт.DOCX", ".docx", "отчёт", id="windows_path_upper_suffix"),
    pytest.param("отчёт\x00\x01\x1f\x7f.txt", ".txt", "отчёт_", id="control_chars"),
    pytest.param("отчёт\u202etxt.exe.docx", ".docx", "отчёт_txt.exe", id="bidi_override"),
    pytest.param("отчёт\nIV\rкв.txt", ".txt", "отчёт_IV_кв", id="line_breaks"),
    pytest.param("~$отчёт.docx", ".docx", "отчёт", id="word_lock_file_prefix"),
    pytest.param(".hidden.txt", ".txt", "hidden", id="hidden_file"),
    pytest.param("отчёт: IV кв? <2024>|*.txt", ".txt", "отчёт_ IV кв_ _2024_", id="windows_reserved_chars"),
    pytest.param("и\u0306" * 150 + ".docx", ".docx", "й", id="nfd_name_from_macos"),
    pytest.param("😀" * 100 + ".txt", ".txt", "😀", id="emoji_4_byte_letters"),
]


@pytest.mark.parametrize("name, suffix, starts", NAMES)
def test_safe_name_fits_every_file_system_and_keeps_the_suffix(name, suffix, starts):
    stored = safe_name(name)
    assert len(stored.encode()) <= MAX_NAME_BYTES < 255
    assert stored.endswith(suffix) and stored.startswith(starts)
    assert not stored.startswith((".", "~$")) and "/" not in stored and "\\" not in stored
    assert all(c.isprintable() for c in stored)


@pytest.mark.parametrize("name, suffix, starts", NAMES)
def test_stored_original_is_written_and_found_by_the_next_rebuild(name, suffix, starts, sample_bytes, tmp_path):
    raw = tmp_path / "raw"
    stored = store_original(raw, name, sample_bytes)
    assert stored.parent == raw and stored.read_bytes() == sample_bytes
    assert report_files([raw]) == [stored]  # a rebuild loads it: the quarter does not disappear
    assert original_name(stored, __import__("hashlib").sha256(sample_bytes).hexdigest()) == name
    assert not list(raw.glob(".upload*.tmp"))


def test_colliding_names_keep_both_files(sample_bytes, tmp_path):
    raw = tmp_path / "raw"
    first = store_original(raw, REAL_TITLE, sample_bytes)
    second = store_original(raw, REAL_TITLE, sample_bytes + b"\n")
    third = store_original(raw, REAL_TITLE.upper(), sample_bytes + b"\n\n")
    assert len({first, second, third}) == 3
    assert all(len(p.name.encode()) <= 255 and p.suffix == ".docx" for p in (first, second, third))
    assert [p.read_bytes() for p in (first, second, third)] == [sample_bytes, sample_bytes + b"\n",
                                                               sample_bytes + b"\n\n"]
    assert store_original(raw, "другое имя.txt", sample_bytes) == first  # same bytes stored once


def test_a_name_without_a_report_suffix_gets_one_by_content(sample_bytes, tmp_path):
    raw = tmp_path / "raw"
    stored = store_original(raw, "отчёт без расширения", sample_bytes)
    assert stored.name == "отчёт без расширения.txt" and report_files([raw]) == [stored]


def test_original_name_reaches_the_database_and_survives_a_rebuild(sample_bytes, tmp_path):
    raw, db = tmp_path / "raw", tmp_path / "engagement.duckdb"
    title = REAL_TITLE.replace(".docx", ".txt")
    stored = store_original(raw, title, sample_bytes)
    assert (raw / NAMES_FILE).exists() and stored.name != title
    for rebuild in (False, True):
        results = load_reports(report_files([raw]), db, rebuild=rebuild, force=True)
        assert [r.status for r in results] in (["loaded"], ["reparsed"])
        con = duckdb.connect(str(db), read_only=True)
        assert con.execute("SELECT file_name, original_name FROM reports").fetchall() == [(stored.name, title)]
        con.close()


def test_upload_from_memory_keeps_the_full_name(sample_bytes, tmp_path):
    db = tmp_path / "engagement.duckdb"
    title = REAL_TITLE.replace(".docx", ".txt")
    assert [r.status for r in load_reports([(title, sample_bytes)], db)] == ["loaded"]
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT original_name FROM reports").fetchone()[0] == title
    con.close()


def test_a_database_from_before_original_name_gets_the_column(sample_path, tmp_path):
    db = tmp_path / "old.duckdb"
    load_reports([sample_path], db)
    con = duckdb.connect(str(db))
    con.execute("DROP VIEW IF EXISTS v_parse_issues")
    con.execute("ALTER TABLE reports DROP COLUMN original_name")
    con.close()
    assert [r.status for r in load_reports([sample_path], db, force=True)] == ["reparsed"]
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM v_events").fetchone()[0] == 78
    con.close()
