"""Values out of any sane range are parse issues with the raw text, never a DuckDB overflow; the
loader lets nothing but ReportError escape and a batch goes on past a bad file."""
import re
from pathlib import Path

import duckdb
import pytest

from etl.attendance import parse_attendance
from etl.cli import main
from etl.dates import parse_dates
from etl.errors import ReportError
from etl.limits import BOUNDED_COLUMNS, MAX_ATTENDANCE
from etl.load import load_reports
from etl.normalize import build_report
from etl.read import read_bytes
from etl.title import parse_title
from synthetic_reports import quarter_variant, replace_once

SCHEMA = (Path(__file__).resolve().parent.parent.parent / "etl" / "schema.sql").read_text(encoding="utf-8")
PARTICIPANTS_20 = "Количество участников, посетивших выставку – более 1600 человек"


def numeric_columns() -> list[str]:
    out = []
    for table, body in re.findall(r"CREATE TABLE IF NOT EXISTS (\w+) \((.*?)\n\);", SCHEMA, re.S):
        for column, kind in re.findall(r"^\s+(\w+)\s+(INTEGER|BIGINT|SMALLINT|HUGEINT|DATE|TIMESTAMP)\b", body, re.M):
            if kind != "TIMESTAMP":
                out.append(f"{table}.{column}")
    return out


def test_every_integer_and_date_column_has_a_bound():
    columns = numeric_columns()
    assert len(columns) > 15
    assert [c for c in columns if c not in BOUNDED_COLUMNS] == []


@pytest.mark.parametrize("raw", [
    pytest.param("1" + "0" * 26 + " участников", id="attendance_10e26"),
    pytest.param("10000001 человек", id="just_over_ten_million"),
    pytest.param("9" * 5000 + " человек", id="five_thousand_digits"),
    pytest.param("3000000000 зрителей", id="over_int32"),
    pytest.param("6000000 зрителей и 6000000 участников", id="sum_over_limit"),
    pytest.param("в онлайн-формате – 5000000000 человек", id="online_over_int32"),
])
def test_attendance_out_of_range_is_an_issue(raw):
    result = parse_attendance(raw)
    for value in (result.total, result.foreign, result.online):
        assert value is None or value <= MAX_ATTENDANCE
    assert result.issues and all(i.raw_text for i in result.issues)
    assert "не принято" in result.issues[0].message


@pytest.mark.parametrize("raw", [
    pytest.param("01.01.9999", id="year_9999"),
    pytest.param("5 мая 1900 года", id="year_1900"),
    pytest.param("31.12.1989", id="year_1989"),
    pytest.param("1 января 2101 года", id="year_2101"),
])
def test_dates_out_of_range_are_issues(raw):
    result = parse_dates(raw, default_year=2024)
    assert result.start is None and result.end is None
    assert any("вне допустимых" in i.message for i in result.issues)


@pytest.mark.parametrize("title", [
    pytest.param("Отчет … Смоленской области … в IV квартале 9999 года", id="year_9999"),
    pytest.param("Отчет … Смоленской области … в IV квартале 1905 года", id="year_1905"),
    pytest.param("Отчет … Смоленской области … в I квартале 2150 года", id="year_2150"),
])
def test_report_year_out_of_range_is_refused_with_the_field(title):
    with pytest.raises(ReportError, match="вне допустимых 1990–2100") as caught:
        parse_title(title, "x.txt")
    assert caught.value.field == "заголовок" and caught.value.file == "x.txt"


def hostile_report(sample_text: str, year: int, quarter: int, old: str, new: str) -> bytes:
    return replace_once(quarter_variant(sample_text, year, quarter), old, new).encode()


OUT_OF_RANGE = [
    pytest.param(PARTICIPANTS_20, "Количество участников – " + "1" + "0" * 26 + " человек", "attendance_total",
                 id="attendance_10e26"),
    pytest.param(PARTICIPANTS_20, "Всего 99999999999 участников, из них 88888888888 иностранных граждан",
                 "attendance_total", id="attendance_and_foreign_over_int64"),
    pytest.param("\t7-11 октября 2024 года", "\t7.10.9999", "dates", id="event_year_9999"),
    pytest.param("состоялось 4 встречи", "состоялось " + "7" * 40 + " встречи", "notes", id="note_number_40_digits"),
]


@pytest.mark.parametrize("old, new, field", OUT_OF_RANGE)
def test_a_report_with_insane_values_loads_with_issues(old, new, field, sample_bytes, tmp_path):
    data = hostile_report(sample_bytes.decode(), 2023, 2, old, new)
    report = build_report(read_bytes(data, "synthetic.txt"))
    assert any(i.field == field and i.raw_text for i in report.issues)
    db = tmp_path / "limits.duckdb"
    results = load_reports([("synthetic.txt", data)], db)
    assert [r.status for r in results] == ["loaded"], results[0].message
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT max(attendance_total) FROM events").fetchone()[0] <= MAX_ATTENDANCE
    assert con.execute("SELECT count(*) FROM parse_issues WHERE field = ?", [field]).fetchone()[0] >= 1
    con.close()


def test_an_unexpected_error_in_one_file_fails_that_file_only(sample_path, sample_bytes, tmp_path):
    """A hook that raises stands for any bug inside the insert: that report is rolled back and
    reported as failed, the batch goes on, and the database keeps everything else."""
    db = tmp_path / "hook.duckdb"
    load_reports([sample_path], db)
    other = tmp_path / "q1_synthetic.txt"
    other.write_text(quarter_variant(sample_bytes.decode(), 2023, 1), encoding="utf-8")
    third = tmp_path / "q2_synthetic.txt"
    third.write_text(quarter_variant(sample_bytes.decode(), 2023, 2), encoding="utf-8")

    def explode_in_q1(report, event):
        if report.quarter == 1 and event.n == 40:
            raise RuntimeError("ошибка в середине вставки")

    results = load_reports([other, third], db, on_event=explode_in_q1)
    assert [r.status for r in results] == ["failed", "loaded"]
    assert "q1_synthetic.txt" in results[0].message and "RuntimeError" in results[0].message
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT year, quarter, event_count FROM reports ORDER BY year, quarter").fetchall() == \
           [(2023, 2, 78), (2024, 4, 78)]
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 156
    assert con.execute("SELECT status FROM loads WHERE file_name = 'q1_synthetic.txt'").fetchall() == [("failed",)]
    con.close()


def test_batch_goes_on_past_bad_files_and_exit_code_counts_them(sample_bytes, tmp_path, capsys):
    folder = tmp_path / "batch"
    folder.mkdir()
    text = sample_bytes.decode()
    (folder / "a_good_2023q1.txt").write_text(quarter_variant(text, 2023, 1), encoding="utf-8")
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_binary.docx").write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    (folder / "d_huge_attendance_2023q2.txt").write_bytes(
        hostile_report(text, 2023, 2, PARTICIPANTS_20, "Количество участников – " + "9" * 30 + " человек"))
    (folder / "e_year_9999.txt").write_text(
        quarter_variant(text, 2023, 3).replace("квартале 2023 года", "квартале 9999 года", 1), encoding="utf-8")
    (folder / "f_good_2023q4.txt").write_text(quarter_variant(text, 2023, 4), encoding="utf-8")
    db = tmp_path / "batch.duckdb"
    code = main(["--db", str(db), "--edits", str(tmp_path / "edits"), "load", "--quiet", str(folder)])
    out = capsys.readouterr()
    assert code == 3, out
    for name in ("b_empty.txt", "c_binary.docx", "e_year_9999.txt"):
        assert f"{name}: ОШИБКА" in out.out
    assert "Не загружено файлов: 3 из 6" in out.err
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT year, quarter FROM reports ORDER BY 1, 2").fetchall() == [(2023, 1), (2023, 2), (2023, 4)]
    con.close()
    assert main(["--db", str(db), "--edits", str(tmp_path / "edits"), "reparse", "--raw", str(folder)]) == 3


def test_exit_code_is_capped_at_125(tmp_path, capsys):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(130):
        (folder / f"empty_{i:03}.txt").write_bytes(b"")
    assert main(["--db", str(tmp_path / "x.duckdb"), "load", "--quiet", str(folder)]) == 125


def test_exit_codes_are_documented_in_help(capsys):
    with pytest.raises(SystemExit):
        main(["load", "--help"])
    assert "Код выхода" in capsys.readouterr().out
