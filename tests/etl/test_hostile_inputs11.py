"""Red team, round 10 (docs/hostile-inputs.md rows 216–): Word as saved and bad input, the paths where a quarter was
lost. Every input is SYNTHETIC: the real sample (data/raw is only read) with SYNTHETIC sentences, rows or edits beside
it, built in memory; none is stored in data/raw.

Against main at parser 1.10.51 (29 Nov, 15:43) 95 of these 135 cases fail; the 40 that pass there are guards (rows
under a real plan — numbered from 1, dated after the quarter, undated — still set aside; headings that only look like
page marks; flat spreadsheets or other XML not taken for a Flat ODT). The Word cases of the two big matrices are in
the long tier, the LibreOffice round trip is slow.
"""
from __future__ import annotations

import io

import docx
import pytest

from etl.layout import grid_from_text
from etl.normalize import build_report
from etl.read import read_bytes
from test_hostile_inputs7 import SAMPLE, _book
from test_hostile_inputs9 import _add_table

P = pytest.param


def _report(data: bytes, name: str):
    return build_report(read_bytes(data, name))


def _fields(report):
    return [(e.n, e.title, e.start_date, e.end_date, e.venue_city, e.attendance_total, e.sector) for e in report.events]


_PLAIN = None


def _plain_fields():
    global _PLAIN
    if _PLAIN is None:
        _PLAIN = _fields(_report(SAMPLE.encode("utf-8"), "SYNTHETIC.txt"))
    return _PLAIN


# ---------- a sentence naming a plan between two events is a note when the rows under it are the report's ----------

# Sentences that begin as a plan's heading would, typed between two events of the report (SYNTHETIC wordings).
PLAN_SENTENCES = {
    "will_follow": "План мероприятий на I квартал 2025 года будет представлен отдельно.",
    "approved": "План международных мероприятий на 2025 год утверждён распоряжением Губернатора от 10.12.2024 № 123-р.",
    "in_annex": "Мероприятия, запланированные на I квартал 2026 г., приведены в приложении",
    "forthcoming": "Предстоящие мероприятия будут согласованы с МИД России (SYNTHETIC)",
}


def _sample_grid_rows() -> tuple[list[str], list[list[str]]]:
    grid = grid_from_text(SAMPLE)
    return [line.strip() for line in grid.preamble if line.strip()], [list(row.cells) for row in grid.rows]


def _at_event(rows: list[list[str]], number: int) -> int:
    return next(k for k, row in enumerate(rows) if len(row) > 1 and row[0].strip().rstrip(".") == str(number))


def _txt_with(sentence: str, before: int = 41, extra_rows=()) -> bytes:
    lines = SAMPLE.split("\n")
    at = lines.index(f"\t{before}. ") if before else len(lines)
    added = [f"\t{sentence}", ""]
    for row in extra_rows:
        added += [f"\t{cell}" for cell in row] + [""]
    return "\n".join(lines[:at] + added + lines[at:]).encode("utf-8")


def _docx_with(sentence: str, how: str, before: int = 41, extra_rows=()) -> bytes:
    """SYNTHETIC .docx of the sample: the sentence as a merged full-width row of the one table, or as a paragraph
    between the two parts of the table split before event `before` (the second part without its header)."""
    title, rows = _sample_grid_rows()
    at = _at_event(rows, before) if before else len(rows)
    document = docx.Document()
    for line in title:
        document.add_paragraph(line)
    if how == "merged_row":
        _add_table(document, rows[:at] + [[sentence]] + [list(r) for r in extra_rows] + rows[at:])
    else:
        _add_table(document, rows[:at])
        document.add_paragraph(sentence)
        _add_table(document, [list(r) for r in extra_rows] + rows[at:])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _xlsx_with(sentence: str, before: int = 41, extra_rows=()) -> bytes:
    title, rows = _sample_grid_rows()
    at = _at_event(rows, before) if before else len(rows)
    return _book([("Отчёт", [[line] for line in title] + rows[:at] + [[sentence]] + [list(r) for r in extra_rows]
                   + rows[at:])])


def _built(kind: str, sentence: str, before: int = 41, extra_rows=()) -> tuple[bytes, str]:
    if kind == "txt":
        return _txt_with(sentence, before, extra_rows), "SYNTHETIC примечание.txt"
    if kind == "xlsx":
        return _xlsx_with(sentence, before, extra_rows), "SYNTHETIC примечание.xlsx"
    return _docx_with(sentence, kind, before, extra_rows), "SYNTHETIC примечание.docx"


KINDS = ["txt", "merged_row", "split_table", "xlsx"]
# the same, the Word forms in the long tier (each case reads the whole 78-event sample: a second or so)
KINDS_WORD_LONG = ["txt", "xlsx", P("merged_row", marks=pytest.mark.long), P("split_table", marks=pytest.mark.long)]


@pytest.mark.parametrize("sentence", sorted(PLAN_SENTENCES))
@pytest.mark.parametrize("kind", KINDS)
def test_a_plan_sentence_between_events_loses_none_of_them(kind, sentence):
    """Before: the sentence was read as a plan's heading and events 41–50 (the rest of the sector) were set aside with
    a warning — 68 of 78 loaded. Now their numbers carry on and their dates lie in the quarter: the sentence is kept as
    a note (with an info naming it), and every event loads as in the plain sample, each in its sector."""
    report = _report(*_built(kind, PLAN_SENTENCES[sentence]))
    assert _fields(report) == _plain_fields()
    said = [i for i in report.issues if "примечание, а не заголовок плана" in i.message]
    assert len(said) == 1 and said[0].severity == "info" and "№ 41–50" in said[0].message
    assert not any("не загружены" in i.message for i in report.issues)
    assert any(PLAN_SENTENCES[sentence] in note.text for note in report.notes)


# SYNTHETIC rows after the report's last event (78), each a dates cell away from the quarter's or not.
def _rows(numbers, dates):
    return [[f"{n}.", f"Визит делегации № {k} (SYNTHETIC)", "г. Смоленск", when, "Переговоры", "10 человек"]
            for k, (n, when) in enumerate(zip(numbers, dates), start=1)]


HELD_DATES = ["2 декабря 2024 года", "10–12 декабря 2024 г.", "20.12.2024"]
AHEAD_DATES = ["15.01.2025", "февраль 2025 года", "20–22 марта 2025 г."]


@pytest.mark.parametrize("kind", KINDS_WORD_LONG)
@pytest.mark.parametrize("numbers, dates, loaded", [
    P([79, 80, 81], HELD_DATES, True, id="carries_on_in_quarter"),
    P([79, 80, 81], AHEAD_DATES, False, id="carries_on_after_quarter"),  # the Yugra plan: numbered on, dated ahead
    P([1, 2, 3], HELD_DATES, False, id="restarts_in_quarter"),
    P([1, 2, 3], AHEAD_DATES, False, id="restarts_after_quarter"),
    P([79, 80, 81], ["", "", ""], False, id="carries_on_undated"),
    P([79, 80, 81], ["2 декабря 2024 года", "февраль 2025 года", "март 2025 г."], False, id="mostly_ahead"),
])
def test_rows_under_a_plan_heading_at_the_end_are_the_reports_only_when_numbered_on_and_held(kind, numbers, dates,
                                                                                              loaded):
    """Both ways: rows after «План мероприятий на I квартал 2025 года» at the report's end are its own events only when
    their numbering carries on from 78 AND their dates lie in IV 2024; a restart at 1, dates after the quarter or no
    dates keep them a plan, set aside with the warning as before."""
    sentence = "План мероприятий на I квартал 2025 года"
    report = _report(*_built(kind, sentence, before=0, extra_rows=_rows(numbers, dates)))
    assert _fields(report)[:78] == _plain_fields()
    if loaded:
        assert [e.n for e in report.events][78:] == numbers
        assert any("примечание, а не заголовок плана" in i.message for i in report.issues)
    else:
        assert len(report.events) == 78
        warned = [i for i in report.issues if i.severity == "warning" and "план, а не проведённые" in i.message]
        assert len(warned) == 1 and "(3) не загружены" in warned[0].message


# ---------- a page's footer or the title again as a row of its own (a PDF converted to Word or Excel) ----------

TITLE_IN_ONE_ROW = ("Отчет о мероприятиях в международной сфере, проведенных исполнительными органами Смоленской "
                    "области и подведомственными им учреждениями в IV квартале 2024 года")
PAGE_MARKS = ["стр. 3 из 12", "Страница 3 из 12", "- 3 -", "— 12 —", "Лист 3", "Стр. 3", "с. 3", "3 из 12", "3 / 12",
              "Page 3 of 12", "Окончание таблицы 1", TITLE_IN_ONE_ROW, TITLE_IN_ONE_ROW[:60]]


@pytest.mark.parametrize("mark", PAGE_MARKS)
@pytest.mark.parametrize("kind", KINDS_WORD_LONG)
def test_a_page_mark_row_between_events_is_no_sector(kind, mark):
    """Before: «Страница 3 из 12», «- 3 -» or the title again, as a merged row of a .docx (or a paragraph between the
    parts of a split table), a one-cell row of an .xlsx or a TAB row of a dump, was read as a sector heading — events
    41–50 were filed in a sector «Страница 3 из 12» instead of «Сотрудничество в сфере культуры и туризма». Now such a
    row is a page break's mark, and every event reads as in the plain sample."""
    assert _fields(_report(*_built(kind, mark))) == _plain_fields()


@pytest.mark.parametrize("heading", ["Лист ожидания участников", "Культура (3 из 12 мероприятий)",
                                     "Страница истории: архивы", "Отчет о визите делегации Витебской области",
                                     "Сотрудничество в сфере спорта"])
@pytest.mark.parametrize("kind", ["txt", "merged_row", "xlsx"])
def test_a_heading_that_only_looks_like_a_page_mark_still_heads_its_events(kind, heading):
    """Must not fire: a one-cell row with words beside a number, or a title-like line that is not the report's own
    title, still heads the events under it."""
    report = _report(*_built(kind, heading))
    assert {e.sector for e in report.events if 41 <= e.n <= 50} == {heading}
    assert _fields(report)[:40] == _plain_fields()[:40]


# ---------- LibreOffice's Flat ODT (.fodt): one XML file, read as the .odt it is ----------

_ODF = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'


@pytest.mark.parametrize("head, kind", [
    P(f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {_ODF} office:version="1.3" '
      'office:mimetype="application/vnd.oasis.opendocument.text">', "fodt", id="flat_odt"),
    P(f'\ufeff<office:document office:mimetype="application/vnd.oasis.opendocument.text" {_ODF}>', "fodt",
      id="flat_odt_bom_mimetype_first"),
    P(f'<o:document xmlns:o="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'o:mimetype="application/vnd.oasis.opendocument.text">', "fodt", id="other_prefix"),
    P(f'<office:document {_ODF} office:mimetype="application/vnd.oasis.opendocument.spreadsheet">', None,
      id="flat_ods_spreadsheet"),
    P(f'<office:document {_ODF} office:mimetype="application/vnd.oasis.opendocument.presentation">', None,
      id="flat_odp_presentation"),
    P('<document xmlns="http://example.org/export"><text>application/vnd.oasis.opendocument.text</text>', None,
      id="another_documents_root"),
    P(f'<export><office:document {_ODF}/>', None, id="odf_not_the_root"),
])
def test_a_flat_odt_is_known_by_its_root(head, kind):
    """Before: a Flat ODT («Плоский XML ODF», .fodt) was read as a text dump and refused «в файле нет таблицы: ячейки
    должны начинаться с табуляции» — a report LibreOffice and Word open, refused with a message that sent the clerk
    the wrong way. Must not fire on a flat spreadsheet or presentation, nor on another XML."""
    from etl.word_xml import word_xml_kind

    assert word_xml_kind(head.encode("utf-8") + b"<office:body/></office:document>") == kind


def test_a_folder_load_finds_a_flat_odt(tmp_path):
    """Before: `python -m etl load folder/` passed over a .fodt with no word (its suffix was not a report's)."""
    from etl.read import report_files

    (tmp_path / "SYNTHETIC отчёт.fodt").write_bytes(b"<office:document/>")
    (tmp_path / "SYNTHETIC заметки.fodg").write_bytes(b"<office:document/>")  # a flat drawing: no report
    (tmp_path / "SYNTHETIC таблица.fods").write_bytes(b"<office:document/>")  # a Calc workbook: read since row 232
    assert [p.name for p in report_files([tmp_path])] == ["SYNTHETIC отчёт.fodt", "SYNTHETIC таблица.fods"]


@pytest.mark.slow
def test_a_flat_odt_is_read_through_libreoffice():
    """The sample's Word form saved by LibreOffice as Flat ODT, named .fodt, .xml or .odt: all 78 events load, every
    field as the .docx's, with the info that LibreOffice converted it (before: refused, see above)."""
    from etl.convert import convert_with_libreoffice, soffice_path
    from test_hostile_inputs7 import _sample_docx

    if soffice_path() is None:
        pytest.skip("LibreOffice is not installed")
    flat = convert_with_libreoffice(_sample_docx(), "docx", "fodt")
    assert b"opendocument.text" in flat[:4096]
    plain = _fields(_report(_sample_docx(), "SYNTHETIC.docx"))
    for name in ("SYNTHETIC отчёт.fodt", "SYNTHETIC отчёт.xml", "SYNTHETIC отчёт.odt"):
        report = _report(flat, name)
        assert _fields(report) == plain, name
        assert any("Flat ODT" in i.message for i in report.issues)


def _heading_rows() -> list[int]:
    _, rows = _sample_grid_rows()
    return [k for k, row in enumerate(rows) if len([c for c in row if c.strip()]) == 1
            and row[0].strip().startswith("Сотрудничество")]  # the sectors' headings, not the footnote under the table


@pytest.mark.parametrize("sentence", ["will_follow", "in_annex"])
@pytest.mark.parametrize("where", ["after_header", "before_third_heading", "before_last_heading"])
@pytest.mark.parametrize("kind", ["txt", "xlsx", P("merged_row", marks=pytest.mark.long)])
def test_a_plan_sentence_beside_a_sector_heading_keeps_the_heading(kind, where, sentence):
    """Before: the sentence standing just above a sector's heading (or right under the table's header, above the first
    one) took the heading with it — the sector's events set aside with a warning. Now they load, each under the
    sector the heading names, as in the plain sample."""
    title, rows = _sample_grid_rows()
    at = {"after_header": 1, "before_third_heading": _heading_rows()[2],
          "before_last_heading": _heading_rows()[-1]}[where]
    text = PLAN_SENTENCES[sentence]
    if kind == "txt":
        lines = SAMPLE.split("\n")
        k = lines.index(f"\t{rows[at][0].strip()}")
        data, name = "\n".join(lines[:k] + [f"\t{text}", ""] + lines[k:]).encode("utf-8"), "SYNTHETIC.txt"
    elif kind == "xlsx":
        data, name = _book([("Отчёт", [[line] for line in title] + rows[:at] + [[text]] + rows[at:])]), "SYNTHETIC.xlsx"
    else:
        document = docx.Document()
        for line in title:
            document.add_paragraph(line)
        _add_table(document, rows[:at] + [[text]] + rows[at:])
        buffer = io.BytesIO()
        document.save(buffer)
        data, name = buffer.getvalue(), "SYNTHETIC.docx"
    report = _report(data, name)
    assert _fields(report) == _plain_fields()
    assert not any("не загружены" in i.message for i in report.issues)


def test_the_plan_sentence_through_the_command_line(tmp_path):
    """`python -m etl load` of the dump with the sentence before event 41: the database holds all 78 events (before 68),
    event 45 in its sector, the sentence stored among the report's notes and the info among its issues."""
    import duckdb

    from test_hostile_inputs10 import _run

    dump = tmp_path / "SYNTHETIC примечание о плане.txt"
    dump.write_bytes(_txt_with(PLAN_SENTENCES["will_follow"]))
    db = tmp_path / "SYNTHETIC.duckdb"
    code, out = _run("--db", str(db), "load", "--no-spare", str(dump))
    assert code == 0, out
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select event_count from reports").fetchall() == [(78,)]
        assert con.execute("select sector from events where n = 45").fetchall() == [
            ("Сотрудничество в сфере культуры и туризма",)]
        issues = [m for (m,) in con.execute("select message from parse_issues").fetchall()]
    assert any("примечание, а не заголовок плана" in m for m in issues)
