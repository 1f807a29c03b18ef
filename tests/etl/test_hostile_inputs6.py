"""Red team, round 5 (second pass, docs/hostile-inputs.md rows 160–163): analysts' work that must outlive a replacement report.

A replacement report (a corrected file for the same quarter) often renumbers its rows: a row
removed or inserted above shifts every later number. A correction or duplicate decision names its
event by number AND by the fingerprint of its text; before round 5 a shifted event's correction
went 'stale' and a merge was dropped although the very same text was still in the report. These
tests build renumbered variants of the real sample in memory or as SYNTHETIC text files (never in
data/raw/)."""
import copy
import io
import re
import zipfile

import duckdb
import pytest

from etl.convert import sniff_kind
from etl.corrections import apply_corrections, fingerprint
from etl.errors import ReportError
from etl.edits import add_correction, add_duplicate_decision, event_key, read_edits
from etl.layout import grid_from_text
from etl.load import load_reports
from etl.normalize import build_report
from etl.read import read_bytes
from tests.docx_builder import grid_to_docx

REGION = "Смоленская область"


def correction(tmp_path, event, field, value, n=None, fp=None):
    edits = tmp_path / "edits"
    add_correction(edits, region=REGION, year=2024, quarter=4, n=event.n if n is None else n,
                   field_name=field, value=value, fingerprint=fingerprint(event.raw) if fp is None else fp,
                   author="Иванова", reason="сверено с протоколом")
    return read_edits(edits).corrections


def renumbered(report, drop=(), shift=0):
    """A copy of the report without the events numbered in `drop`, every event renumbered 1.. and
    then moved by `shift` (as if `shift` rows were inserted above)."""
    variant = copy.deepcopy(report)
    variant.events = [e for e in variant.events if e.n not in drop]
    for i, event in enumerate(variant.events, start=1):
        event.n = i + shift
    return variant


@pytest.mark.parametrize("drop, shift, old_n, field, value", [
    ((5,), 0, 30, "attendance_total", "999"),          # a row removed above: 30 → 29
    ((1, 2, 3), 0, 60, "format", "hybrid"),             # three removed: 60 → 57
    ((), 2, 10, "venue_city", "Гомель"),                # two inserted above: 10 → 12
    ((77,), 0, 78, "partner_countries", "BY, KZ"),     # the last row moves up one
])
def test_correction_follows_its_text_to_the_new_number(sample_report, tmp_path, drop, shift, old_n, field, value):
    event = next(e for e in sample_report.events if e.n == old_n)
    corrections = correction(tmp_path, event, field, value)
    variant = renumbered(sample_report, drop, shift)
    statuses = apply_corrections(variant, corrections)
    assert list(statuses.values()) == ["applied"]
    moved = next(e for e in variant.events if fingerprint(e.raw) == fingerprint(event.raw))
    assert moved.n != old_n and field in moved.corrected_fields
    others = [e for e in variant.events if e is not moved]
    assert not any(e.corrected_fields for e in others)


def test_correction_at_its_number_still_wins(sample_report, tmp_path):
    """No renumbering: the event at the number is used, nothing else moves (must not fire)."""
    event = next(e for e in sample_report.events if e.n == 12)
    variant = renumbered(sample_report)
    assert apply_corrections(variant, correction(tmp_path, event, "attendance_total", "7")) == {
        read_edits(tmp_path / "edits").corrections[0].id: "applied"}
    assert next(e for e in variant.events if e.n == 12).attendance_total == 7


def test_changed_text_stays_stale_and_gone_text_stays_orphan(sample_report, tmp_path):
    """The rule follows the same text only: a changed text is 'stale', a number past the end 'orphan'."""
    event = next(e for e in sample_report.events if e.n == 20)
    stale = correction(tmp_path, event, "attendance_total", "1650", fp="0" * 16)
    variant = renumbered(sample_report)
    assert list(apply_corrections(variant, stale).values()) == ["stale"]
    last = next(e for e in sample_report.events if e.n == 78)
    orphan = correction(tmp_path / "o", last, "attendance_total", "5")
    smaller = renumbered(sample_report, drop=(78,))
    assert list(apply_corrections(smaller, orphan).values()) == ["orphan"]
    assert not any(e.corrected_fields for e in smaller.events)


def test_text_shared_by_two_events_is_not_followed(sample_report, tmp_path):
    """Two events with the same text after a renumbering: which one was meant is unknown, so the
    correction is flagged, not applied to either (must not fire)."""
    event = next(e for e in sample_report.events if e.n == 40)
    corrections = correction(tmp_path, event, "attendance_total", "3")
    variant = renumbered(sample_report, drop=(1,))
    twin = copy.deepcopy(next(e for e in variant.events if fingerprint(e.raw) == fingerprint(event.raw)))
    twin.n = len(variant.events) + 1
    variant.events.append(twin)
    assert list(apply_corrections(variant, corrections).values()) == ["stale"]
    assert not any(e.corrected_fields for e in variant.events)


def _synthetic_without_row(sample_bytes, drop: int) -> bytes:
    """SYNTHETIC: the sample's text dump with row `drop` removed and the later rows renumbered."""
    lines = sample_bytes.decode("utf-8").split("\n")
    number = re.compile(r"\t(\d+)\. ?")
    starts = [i for i, line in enumerate(lines) if number.fullmatch(line)]
    at = {int(number.fullmatch(lines[i]).group(1)): i for i in starts}
    lines = lines[:at[drop]] + lines[at[drop + 1]:]
    out = []
    for line in lines:
        m = number.fullmatch(line)
        out.append(f"\t{int(m.group(1)) - 1}. " if m and int(m.group(1)) > drop else line)
    return "\n".join(out).replace("Отчет о мероприятиях", "SYNTHETIC Отчет о мероприятиях", 1).encode("utf-8")


def test_replacement_with_a_row_removed_keeps_corrections_and_merges(sample_path, sample_bytes, sample_events, tmp_path):
    edits = tmp_path / "edits"
    add_correction(edits, region=REGION, year=2024, quarter=4, n=30, field_name="attendance_total", value="999",
                   fingerprint=fingerprint(sample_events[30].raw), author="a", reason="r")
    add_duplicate_decision(edits, first_key=event_key(REGION, 2024, 4, 40, fingerprint(sample_events[40].raw)),
                           second_key=event_key(REGION, 2024, 4, 41, fingerprint(sample_events[41].raw)),
                           decision="merge", author="a", reason="r")
    db = tmp_path / "r.duckdb"
    load_reports([sample_path], db, edits=read_edits(edits))
    smaller = tmp_path / "synthetic_smaller.txt"
    smaller.write_bytes(_synthetic_without_row(sample_bytes, 5))
    assert [r.status for r in load_reports([smaller], db, edits=read_edits(edits))] == ["replaced"]
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM events").fetchone() == (77,)
        assert con.execute("SELECT status, n FROM corrections").fetchall() == [("applied", 29)]
        assert con.execute("SELECT attendance_total FROM events WHERE n = 29").fetchone() == (999,)
        assert con.execute("SELECT status FROM duplicate_decisions").fetchall() == [("applied",)]
        merged = con.execute("SELECT e.n, f.n FROM events e JOIN events f ON e.duplicate_of = f.event_id").fetchall()
        assert merged == [(40, 39)]
    finally:
        con.close()


# --- an .xlsx whose report is on a later sheet, a summary or pivot first ----------------------------

def _book(sheets):
    """SYNTHETIC workbook: (sheet name, rows) each, all visible."""
    import openpyxl
    workbook = openpyxl.Workbook()
    for k, (title, rows) in enumerate(sheets):
        sheet = workbook.active if k == 0 else workbook.create_sheet(title)
        sheet.title = title
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sample_rows(sample_bytes):
    grid = grid_from_text(sample_bytes.decode("utf-8"))
    return [[line] for line in grid.preamble if line.strip()] + [list(row.cells) for row in grid.rows]


SUMMARIES = {
    "numbered_by_sector": [["№", "Наименование мероприятия", "Количество"], [1, "Культура", 20], [2, "Образование", 15]],
    "title_place_people": [["Наименование мероприятия", "Место проведения", "Участники"], ["Итого", "", 1200]],
    "number_title_count": [["№ п/п", "Мероприятие", "Всего"], [1, "Форумы", 4], [2, "Выставки", 9], [3, "Итого", 13]],
}


@pytest.mark.parametrize("summary", sorted(SUMMARIES))
@pytest.mark.parametrize("report_sheet", [2, 3])
def test_report_on_a_later_sheet_behind_a_summary_is_read(sample_bytes, summary, report_sheet):
    """Before: the summary's header (a number and a title column, no dates) was taken for the report's,
    and the book refused «в заголовке таблицы нет столбцов: dates» — the report on sheet 2 or 3 lost."""
    sheets = [("Сводная", SUMMARIES[summary])] + [("Диаграмма", [["см. график"]])] * (report_sheet - 2) \
        + [("Отчёт", _sample_rows(sample_bytes))]
    report = build_report(read_bytes(_book(sheets), "SYNTHETIC книга.xlsx"))
    assert (report.region, report.year, report.quarter, len(report.events)) == (REGION, 2024, 4, 78)
    said = [i.message for i in report.issues if i.field == "table" and "«Сводная»" in i.message]
    assert said and "нет столбцов: сроки проведения" in said[0] and "пропущен" in said[0]


def test_report_first_and_summary_after_is_unchanged(sample_bytes):
    """Must not fire: the report on the first sheet is read; the summary after it is only skipped."""
    report = build_report(read_bytes(_book([("Отчёт", _sample_rows(sample_bytes)),
                                            ("Сводная", SUMMARIES["numbered_by_sector"])]), "SYNTHETIC.xlsx"))
    assert len(report.events) == 78
    assert not any("нет столбцов" in i.message for i in report.issues)


def test_only_a_summary_is_still_refused_naming_the_missing_column():
    """Must not fire: with no sheet naming the dates, the book is refused as before, naming the column."""
    with pytest.raises(ReportError) as caught:
        build_report(read_bytes(_book([("Сводная", SUMMARIES["numbered_by_sector"])]), "SYNTHETIC сводка.xlsx"))
    assert "SYNTHETIC сводка.xlsx" in str(caught.value) and "нет столбцов: dates" in str(caught.value)


# --- one content cell of a megabyte (row 163) -------------------------------------------------------

def _grown_sample(repeats: int) -> bytes:
    """SYNTHETIC: the real sample with one content cell grown by a sentence naming a country, repeated."""
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "data" / "raw" / "smolensk_international_2024q4.txt").read_text(
        encoding="utf-8")
    opening = "В рамках деловой программы форума"
    return text.replace(opening, opening + " " + "Сотрудничество с Республикой Беларусь в сфере культуры. " * repeats,
                        1).encode("utf-8")


@pytest.mark.parametrize("words", [10, 299, 301, 5000])
def test_every_country_of_a_long_cell_is_where_it_is_written(words):
    """A cell of more than 300 words finds its words' spans at once (geo._word_spans): the same mentions, at
    the same places, as the word-by-word finds of a short cell."""
    from etl.geo import country_mentions

    sentence = "делегация Республики Беларусь и Китая, "
    text = sentence * max(1, words // 6)
    mentions = country_mentions(text)
    assert [m.code for m in mentions] == ["BY", "CN"] * max(1, words // 6)
    for mention in mentions:
        assert text[mention.start:mention.end] in ("Республики Беларусь", "Китая")


@pytest.mark.long
def test_a_megabyte_content_cell_loads_every_event():
    """Row 163: a 1.1 MB content cell (a sentence naming Belarus 20,000 times) took minutes and more — each
    mention walked the cell from its start; now all 78 events load and the cell is kept whole."""
    from etl.normalize import build_report
    from etl.read import read_bytes

    report = build_report(read_bytes(_grown_sample(20_000), "SYNTHETIC big cell.txt"))
    assert len(report.events) == 78
    assert max(len(e.raw.get("content", "")) for e in report.events) > 1_000_000
