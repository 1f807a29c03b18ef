"""Red team, round 6 (docs/hostile-inputs.md rows 167–): Word as saved, and the paths where a quarter's events
were lost. Every input is SYNTHETIC: the real sample (data/raw is only read) built into a Word table as
tests/docx_builder.py files it, then its document.xml edited the way Word saves what a clerk did; none is stored
in data/raw.
"""
from __future__ import annotations

import contextlib
import io
import re
import zipfile
from functools import lru_cache
from pathlib import Path

import duckdb
import pytest

from docx_builder import grid_to_docx
from etl.cli import main
from etl.layout import grid_from_text
from etl.normalize import build_report
from etl.read import read_bytes

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = (ROOT / "data" / "raw" / "smolensk_international_2024q4.txt").read_text(encoding="utf-8")
PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(list(argv))
    return code, out.getvalue()


@lru_cache(maxsize=1)
def _sample_docx() -> bytes:
    """The SYNTHETIC Word form of the real sample: title paragraphs, one table, sector headings as merged rows."""
    return grid_to_docx(grid_from_text(SAMPLE))


def _document_xml() -> str:
    with zipfile.ZipFile(io.BytesIO(_sample_docx())) as package:
        return package.read("word/document.xml").decode("utf-8")


def _with_document_xml(xml: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_sample_docx())) as package, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as edited:
        for info in package.infolist():
            edited.writestr(info, xml.encode("utf-8") if info.filename == "word/document.xml"
                            else package.read(info.filename))
    return out.getvalue()


def _row_starts(xml: str) -> list[int]:
    return [m.start() for m in re.finditer(r"<w:tr[ >]", xml)]


def _row_end(xml: str, start: int) -> int:
    return xml.index("</w:tr>", start) + len("</w:tr>")


def _row_of_event(xml: str, number: int) -> int:
    """Index (among the table's rows) of the row whose number cell reads «number.»."""
    return next(k for k, start in enumerate(_row_starts(xml))
                if re.match(rf"<w:tr[^>]*>(?:(?!</w:tc>).)*<w:t[^>]*>\s*{number}\.\s*</w:t>", xml[start:_row_end(xml, start)],
                            re.DOTALL))


def _row_of_text(xml: str, text: str) -> int:
    return next(k for k, start in enumerate(_row_starts(xml)) if text in xml[start:_row_end(xml, start)])


def _without_rows(xml: str, *indexes: int) -> str:
    for index in sorted(indexes, reverse=True):
        start = _row_starts(xml)[index]
        xml = xml[:start] + xml[_row_end(xml, start):]
    return xml


def _split(xml: str, row: int, between: str = PAGE_BREAK, header: bool = False) -> str:
    """The table cut in two before its `row`: what Word saves when a clerk splits a table (Ctrl+Shift+Enter) or pastes
    its second half below a paragraph; `header` repeats the header row over the second part."""
    starts = _row_starts(xml)
    table_start = xml.rindex("<w:tbl>", 0, starts[row])
    table_properties = xml[table_start:starts[0]]
    repeated = xml[starts[0]:_row_end(xml, starts[0])] if header else ""
    return xml[:starts[row]] + "</w:tbl>" + between + table_properties + repeated + xml[starts[row]:]


def _paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _report(xml: str, name: str = "SYNTHETIC_split.docx"):
    return build_report(read_bytes(_with_document_xml(xml), name))


@lru_cache(maxsize=1)
def _sample_events() -> dict[int, tuple[str, str]]:
    """Each event of the unsplit SYNTHETIC Word sample: number → (sector, title)."""
    return {e.n: (e.sector, e.title) for e in build_report(read_bytes(_sample_docx(), "SYNTHETIC.docx")).events}


# --- a table split in two: the second part without its header ---------------------------------------------------

SPLITS_WITH_ROWS_TAKEN_OUT = [
    pytest.param((40,), PAGE_BREAK, False, id="one_row_out_page_break"),
    pytest.param((40, 41), PAGE_BREAK, False, id="two_rows_out_page_break"),
    pytest.param((40,), "<w:p/>", False, id="one_row_out_empty_paragraph"),
    pytest.param((40,), "", False, id="one_row_out_tables_touching"),
    pytest.param((55, 56, 57), _paragraph("Продолжение таблицы"), False, id="three_rows_out_under_a_caption"),
    pytest.param((12,), PAGE_BREAK, False, id="early_split"),
]


@pytest.mark.parametrize("taken_out, between, header", SPLITS_WITH_ROWS_TAKEN_OUT)
def test_a_split_table_whose_numbers_jump_keeps_its_second_part(taken_out, between, header):
    """A table split at a page break whose rows at the split were taken out (the numbers jump 39 → 41): the second
    part, without a header, was set aside as «таблица 2 документа не похожа на таблицу мероприятий и пропущена» —
    39 of 78 events lost with an info only. Now it is read on; the gap is named as any gap is."""
    xml = _document_xml()
    first_out = _row_of_event(xml, taken_out[0])
    xml = _split(_without_rows(xml, *range(first_out, first_out + len(taken_out))), first_out, between, header)
    report = _report(xml)
    expected = {n: v for n, v in _sample_events().items() if n not in taken_out}
    assert {e.n: (e.sector, e.title) for e in report.events} == expected
    assert any("не подряд" in i.message for i in report.issues)
    assert any("продолжает таблицу мероприятий" in i.message for i in report.issues)


@pytest.mark.parametrize("columns", [1, 2])
def test_a_second_part_drawn_wider_with_empty_columns_is_read_on(columns):
    """The second part of a split table carries one or two empty columns past the events' (a column added and
    never filled): before, its width differed and all its 39 events were set aside as another table."""
    xml = _split(_document_xml(), _row_of_event(_document_xml(), 40))
    second = xml.rindex("<w:tbl>")
    xml = xml[:second] + xml[second:].replace("</w:tr>", "<w:tc><w:p/></w:tc>" * columns + "</w:tr>")
    report = _report(xml)
    assert {e.n: (e.sector, e.title) for e in report.events} == _sample_events()


CAPTIONS = ["Продолжение таблицы", "Продолжение таблицы 1", "продолжение табл. 2", "Окончание таблицы",
            "ОКОНЧАНИЕ ТАБЛИЦЫ 1.", "Продолжение таблицы № 3"]


@pytest.mark.parametrize("caption", CAPTIONS)
@pytest.mark.parametrize("header", [False, True], ids=["no_header", "header_repeated"])
def test_a_continuation_caption_over_a_split_table_is_no_sector(caption, header):
    """«Продолжение таблицы 1» typed over the second part (as Russian typesetting asks) was read as a sector heading:
    events 40–47 stored in a sector named «Продолжение таблицы» (an info «сфера не из справочника» each).
    Now every event keeps the sector and title of the unsplit report."""
    xml = _document_xml()
    report = _report(_split(xml, _row_of_event(xml, 40), _paragraph(caption), header))
    assert {e.n: (e.sector, e.title) for e in report.events} == _sample_events()
    assert not any("сфера не из справочника" in i.message for i in report.issues)


@pytest.mark.parametrize("line, caption", [
    ("Продолжение таблицы", True),
    ("Окончание табл. 1", True),
    ("  Продолжение  таблицы  А.1 ", True),
    ("Продолжение сотрудничества с Республикой Беларусь", False),
    ("Продолжение таблицы мероприятий по линии культуры и искусства", False),
    ("Сотрудничество в сфере культуры", False),
    ("Окончание строительства", False),
])
def test_what_a_continuation_caption_is(line, caption):
    from etl.docx_grid import is_continuation_caption

    assert is_continuation_caption(line) is caption


def test_a_sector_heading_between_the_parts_is_still_a_sector():
    """Must not fire: a real heading paragraph over the second part still names its events' sector."""
    xml = _document_xml()
    heading_row = _row_of_text(xml, "Сотрудничество в сфере культуры")
    heading = re.sub(r"<[^>]+>", "", xml[_row_starts(xml)[heading_row]:_row_end(xml, _row_starts(xml)[heading_row])])
    report = _report(_split(_without_rows(xml, heading_row), heading_row, _paragraph(heading)))
    assert {e.n: (e.sector, e.title) for e in report.events} == _sample_events()


NOT_A_CONTINUATION = [
    pytest.param([("2023", "12", "8"), ("2024", "14", "9")], id="years_in_the_first_column"),
    pytest.param([("1.", "Форум «SYNTHETIC»", "1 марта 2025 г."), ("2.", "Выставка", "2 марта 2025 г.")],
                 id="numbered_from_one_without_a_heading"),
    pytest.param([("90.", "Форум «SYNTHETIC»", "1 марта 2025 г."), ("91.", "Выставка", "2 марта 2025 г.")],
                 id="numbered_on_under_a_plan_heading"),
]


@pytest.mark.parametrize("rows", NOT_A_CONTINUATION)
def test_a_later_table_of_the_same_width_that_carries_nothing_on_is_still_set_aside(rows):
    """Must not fire: a later table as wide as the events' whose numbers do not carry the events on (years, a list
    from 1, a plan's numbers past the last event under «План мероприятий…») stays another table."""
    xml = _document_xml()
    width = 6
    table_start = xml.index("<w:tbl>")
    table_properties = xml[table_start:_row_starts(xml)[0]]
    cells = "".join("<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>"
                                       for c in (row + ("",) * width)[:width]) + "</w:tr>" for row in rows)
    plan = _paragraph("План мероприятий Смоленской области на I квартал 2025 года") if rows[0][0] == "90." else ""
    end = xml.index("</w:tbl>") + len("</w:tbl>")
    report = _report(xml[:end] + plan + table_properties + cells + "</w:tbl>" + xml[end:])
    assert {e.n: (e.sector, e.title) for e in report.events} == _sample_events()
    assert any("не похожа на таблицу мероприятий" in i.message for i in report.issues)


def test_the_split_report_loads_every_event_into_the_database(tmp_path):
    """Through `python -m etl load`: the split report with a row taken out stores its 77 events, not 39."""
    xml = _document_xml()
    at = _row_of_event(xml, 40)
    path = tmp_path / "SYNTHETIC_разрыв_таблицы.docx"
    path.write_bytes(_with_document_xml(_split(_without_rows(xml, at), at)))
    database = tmp_path / "split.duckdb"
    code, out = _run("--db", str(database), "load", str(path))
    assert code == 0, out
    with duckdb.connect(str(database), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 77
