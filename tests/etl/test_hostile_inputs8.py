"""Red team, round 7 (docs/hostile-inputs.md rows 192–): the gaps rows 178 and 181 left «Not yet», and Word and
Excel as saved. Every input is SYNTHETIC: the real sample (data/raw is only read) built into a workbook or a Word
table as the tests of round 6 build it, then edited the way a clerk or a program saves it; none is stored in
data/raw.

Against the branch's base (main eccdafe, parser 1.10.33) 37 of these 47 cases fail; the 10 that pass there are guards
(two bodies' reports, a report alone, a book of only a summary, an RTF or picture or missing fragment, a text dump,
a picture beside text, a letterhead in the header).
"""
from __future__ import annotations

import base64
import dataclasses
import html as html_module
import io
import re
import zipfile

import pytest

from docx_builder import grid_to_docx
from etl.errors import ReportError
from etl.layout import grid_from_text
from etl.normalize import build_report
from etl.read import read_bytes
from test_hostile_inputs7 import (ALT_CHUNK, HEADER, SAMPLE, _book, _document_xml, _row_end, _row_of_event, _row_starts,
                                  _sample_docx, _sample_rows, _with_document_xml)


# --- an .xlsx summary sheet that does hold dates, or holds events copied out of the report ----------------------------

def _events(rows):
    return [r for r in rows if len(r) > 3 and r[0].strip().rstrip(".").isdigit()]


def _summary(kind: str):
    """SYNTHETIC summary sheets a clerk keeps beside the report, each with the report's full header."""
    events = _events(_sample_rows())
    if kind == "totals_by_month":
        return [["Сводная информация по месяцам (SYNTHETIC)"], HEADER,
                ["Всего за октябрь", "", "", "октябрь 2024 года", "", 300],
                ["Всего за ноябрь", "", "", "ноябрь 2024 года", "", 500],
                ["Всего за декабрь", "", "", "декабрь 2024 года", "", 450]]
    if kind == "totals_by_sector":
        return [HEADER, ["Экономика", "12 мероприятий", "", "IV квартал 2024 г.", "", ""],
                ["Культура", "20 мероприятий", "", "октябрь – декабрь 2024", "", ""]]
    if kind == "top_five":
        return [["Наиболее значимые мероприятия квартала (SYNTHETIC)"], HEADER] + events[:5]
    if kind == "three_picked_renumbered":  # three events from far apart, numbered 1–3 again, no title line
        return [HEADER] + [[str(k)] + row[1:] for k, row in enumerate([events[2], events[40], events[77]], start=1)]
    raise AssertionError(kind)


SUMMARIES = ["totals_by_month", "totals_by_sector", "top_five", "three_picked_renumbered"]


@pytest.mark.parametrize("kind", SUMMARIES)
@pytest.mark.parametrize("place", ["before", "after"])
def test_a_summary_with_dates_or_copied_events_does_not_hide_the_report(kind, place):
    """A summary sheet with the report's full header whose rows DO hold dates («Всего за октябрь | … | октябрь 2024
    года»), or holding a few events copied out of the report: before the report it was taken for the report and the
    book refused for its title (the report lost); after it, it was read on as the next sector (rows «Всего за …»
    added as events) or the book refused «номер мероприятия 1 повторяется». Now it is passed over with an info
    naming the sheet, and the report's 78 events load."""
    sheets = [("Сводная", _summary(kind)), ("Отчёт", _sample_rows())]
    if place == "after":
        sheets.reverse()
    report = build_report(read_bytes(_book(sheets), "SYNTHETIC сводная.xlsx"))
    assert (report.year, report.quarter, len(report.events)) == (2024, 4, 78)
    said = [i.message for i in report.issues if "«Сводная»" in i.message]
    assert len(said) == 1 and "пропущен" in said[0] and "«Отчёт»" in said[0], said
    assert not any("продолжает таблицу" in i.message for i in report.issues)
    assert [e.title for e in report.events] == [e.title for e in
                                                build_report(read_bytes(_book([("Отчёт", _sample_rows())]),
                                                                        "SYNTHETIC.xlsx")).events]


def _other_body(rows, how_many: int):
    """SYNTHETIC second body's report: the sample's first events retitled (other events of another body)."""
    out = [["Информация о международных мероприятиях Департамента культуры Смоленской области за IV квартал 2024 года "
            "(SYNTHETIC)"], HEADER]
    for row in _events(rows)[:how_many]:
        out.append([row[0], "Гастроли театра (SYNTHETIC) " + row[1]] + row[2:])
    return out


@pytest.mark.parametrize("how_many", [5, 78])
def test_two_bodies_reports_on_two_sheets_are_no_summary(how_many):
    """Must not fire: a book holding two bodies' reports, each with events of its own, is no summary. Since round 8
    (row 200) both load as the quarter's two parts (before: the second body's was named in a warning; with another
    region's title the book is now refused, tests/etl/test_hostile_inputs9.py)."""
    report = build_report(read_bytes(_book([("Отчёт", _sample_rows()), ("Культура", _other_body(_sample_rows(),
                                                                                                how_many))]),
                                     "SYNTHETIC две книги.xlsx"))
    assert len(report.events) == 78 + how_many
    assert not any("повторяют" in i.message or "пронумерованного" in i.message for i in report.issues)


def test_a_report_on_one_sheet_alone_is_read_with_no_summary_word():
    """Must not fire: one sheet, or the report beside a sheet with no header at all."""
    for sheets in ([("Отчёт", _sample_rows())], [("Отчёт", _sample_rows()), ("Диаграмма", [["см. график"]])]):
        report = build_report(read_bytes(_book(sheets), "SYNTHETIC.xlsx"))
        assert len(report.events) == 78
        assert not any("повторяют" in i.message or "пронумерованного" in i.message for i in report.issues)


def test_a_book_of_only_a_summary_is_still_refused():
    """Must not fire: with no report beside it, a summary is not passed over for nothing; the book is refused as
    before, the message naming the file."""
    with pytest.raises(ReportError) as caught:
        build_report(read_bytes(_book([("Сводная", _summary("top_five")[1:])]), "SYNTHETIC только сводка.xlsx"))
    assert "SYNTHETIC только сводка.xlsx" in str(caught.value) or caught.value.file is None


# --- w:altChunk: the fragment Word merges in on opening is read (HTML, MHT, an embedded .docx) -----------------------


def _with_chunk(xml: str, part: str, data: bytes, content_type: str) -> bytes:
    """The SYNTHETIC sample .docx with document.xml replaced and a w:altChunk part «word/<part>» related as rIdAltChunk1,
    as a program or a web site files it."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_sample_docx())) as package, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in package.infolist():
            content = package.read(info.filename)
            if info.filename == "word/document.xml":
                content = xml.encode("utf-8")
            elif info.filename == "word/_rels/document.xml.rels":
                content = content.replace(b"</Relationships>", (
                    '<Relationship Id="rIdAltChunk1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    f'relationships/aFChunk" Target="{part}"/></Relationships>').encode())
            elif info.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", (f'<Override PartName="/word/{part}" ContentType="{content_type}"/>'
                                                        "</Types>").encode())
            new.writestr(info, content)
        new.writestr("word/" + part, data)
    return out.getvalue()


def _without_table(xml: str) -> str:
    start, end = xml.index("<w:tbl>"), xml.rindex("</w:tbl>") + len("</w:tbl>")
    return xml[:start] + ALT_CHUNK + xml[end:]


def _html_table(merge_dates: bool = False) -> str:
    """The sample's table as a web page writes it: a heading row over six columns (colspan), lines split by <br>;
    with merge_dates, event 2's dates cell spans event 3's row too (rowspan), event 3's own dates left out."""
    rows = []
    for row in grid_from_text(SAMPLE).rows:
        cells = list(row.cells)
        if len(cells) == 1:
            rows.append(f'<tr><td colspan="6"><b>{html_module.escape(cells[0])}</b></td></tr>')
            continue
        tds = ["<td>" + "<br>\n".join(html_module.escape(line) for line in c.split("\n")) + "</td>" for c in cells]
        if merge_dates and cells[0].strip() == "2.":
            tds[3] = tds[3].replace("<td>", '<td rowspan="2">', 1)
        if merge_dates and cells[0].strip() == "3.":
            del tds[3]
        rows.append("<tr>" + "".join(tds) + "</tr>")
    return "<table border=1>\n" + "\n".join(rows) + "\n</table>"


def _page(charset: str, body: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            "<title>SYNTHETIC</title><style>td { color: red }</style><script>var x = '<td>999</td>';</script>"
            f"</head><body>{body}</body></html>")


def _mht(html_text: str) -> bytes:
    return ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_SYNTHETIC\"\r\n\r\n"
            "------=_NextPart_SYNTHETIC\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n"
            + __import__("base64").encodebytes(html_text.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
            + "\r\n------=_NextPart_SYNTHETIC--\r\n").encode("ascii")


FRAGMENTS = {
    "html_windows_1251": lambda: ("afchunk.htm", _page("windows-1251", _html_table()).encode("cp1251"), "text/html"),
    "xhtml_utf8_bom": lambda: ("chunk1.xhtml", b"\xef\xbb\xbf" + _page("utf-8", _html_table()).encode("utf-8"),
                               "application/xhtml+xml"),
    "html_no_charset_said": lambda: ("part.html", ("<table>" + _html_table()[len("<table border=1>"):]).encode(),
                                     "text/html"),
    "mht": lambda: ("afchunk.mht", _mht(_page("utf-8", _html_table())), "message/rfc822"),
    "embedded_docx": lambda: ("afchunk.docx", grid_to_docx(grid_from_text(SAMPLE)),
                              "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
}


def _fields(report):
    """Every field of every event as compared, white space of the raw cells folded (a page folds its own)."""
    out = []
    for event in report.events:
        fields = dataclasses.asdict(event)
        fields["raw"] = {k: " ".join(str(v).split()) for k, v in (fields.get("raw") or {}).items()}
        out.append(fields)
    return out


@pytest.mark.parametrize("fragment", sorted(FRAGMENTS))
def test_a_report_whose_table_is_an_alt_chunk_loads_as_word_shows_it(fragment):
    """The events table stored as a w:altChunk (HTML, MHT or a whole .docx a program or site put in the package for
    Word to merge in): refused (row 180) though Word shows the table — the quarter lost. Now the fragment is read:
    all 78 events, every field as from the plain .docx, and an info saying the fragment was read."""
    part, data, content_type = FRAGMENTS[fragment]()
    report = build_report(read_bytes(_with_chunk(_without_table(_document_xml()), part, data, content_type),
                                     "SYNTHETIC фрагмент.docx"))
    plain = build_report(read_bytes(_sample_docx(), "SYNTHETIC.docx"))
    assert (report.year, report.quarter, len(report.events)) == (2024, 4, 78)
    assert _fields(report) == _fields(plain)
    said = [i for i in report.issues if "altChunk" in i.message]
    assert [i.severity for i in said] == ["info"] and "прочитан" in said[0].message, said


def test_a_rowspan_in_an_html_fragment_is_a_merged_cell():
    """A dates cell spanning two events' rows (rowspan) gives both events its dates, as Word's merged cell does."""
    page = _page("utf-8", _html_table(merge_dates=True)).encode()
    report = build_report(read_bytes(_with_chunk(_without_table(_document_xml()), "a.html", page, "text/html"),
                                     "SYNTHETIC.docx"))
    by_number = {e.n: e for e in report.events}
    assert len(report.events) == 78 and by_number[3].raw["dates"] == by_number[2].raw["dates"]
    assert by_number[3].start_date == by_number[2].start_date is not None


def test_html_fragment_text_is_read_as_text_never_as_markup():
    """Markup written as text («&lt;script&gt;», «&amp;») stays text; a script's or style's content is never read."""
    table = _html_table().replace("Участие в Белорусском", "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Участие в "
                                                            "Белорусском", 1)
    page = _page("utf-8", table).encode()
    report = build_report(read_bytes(_with_chunk(_without_table(_document_xml()), "a.html", page, "text/html"),
                                     "SYNTHETIC.docx"))
    assert report.events[0].title.startswith("<script>alert(1)</script> & Участие")
    assert not any("999" in str(e.raw) or "color" in str(e.raw) for e in report.events)


@pytest.mark.parametrize("where", ["after_the_table", "in_a_cell"])
def test_an_html_fragment_beside_the_table_is_read_where_it_stands(where):
    """A fragment beside the table (a note under it, a line in event 78's content cell) was dropped with a warning;
    now its text stands where Word puts it."""
    xml = _document_xml()
    if where == "after_the_table":
        at = xml.rindex("</w:tbl>") + len("</w:tbl>")
    else:
        at = xml.rindex("</w:p></w:tc>") + len("</w:p>")
    page = _page("utf-8", "<p>Примечание SYNTHETIC: фрагмент&nbsp;прочитан</p>").encode()
    report = build_report(read_bytes(_with_chunk(xml[:at] + ALT_CHUNK + xml[at:], "note.html", page, "text/html"),
                                     "SYNTHETIC.docx"))
    assert len(report.events) == 78
    said = [i for i in report.issues if "altChunk" in i.message]
    assert [i.severity for i in said] == ["info"], said
    if where == "in_a_cell":
        assert any("Примечание SYNTHETIC: фрагмент\xa0прочитан" in v for v in report.events[-1].raw.values())


@pytest.mark.parametrize("kind", ["rtf", "missing_part", "image"])
def test_a_fragment_not_read_is_still_named(kind):
    """Must not fire: an RTF fragment, a relationship to no part, or a picture are not read; the report that has them
    as its table is refused with row 180's message naming the file, one beside the table keeps row 181's warning."""
    data = {"rtf": b"{\\rtf1\\ansi SYNTHETIC}", "missing_part": None, "image": b"\x89PNG\r\n\x1a\n" + bytes(64)}[kind]
    xml = _document_xml()
    if data is None:
        document = _with_chunk(_without_table(xml), "x.html", b"", "text/html").replace(b"x.html", b"y.html")
        beside = _with_chunk(xml.replace("</w:tbl>", "</w:tbl>" + ALT_CHUNK, 1)[::1], "x.html", b"",
                             "text/html").replace(b"x.html", b"y.html")
    else:
        document = _with_chunk(_without_table(xml), "chunk.bin", data, "text/rtf")
        beside = _with_chunk(xml[:xml.rindex("</w:tbl>") + 8] + ALT_CHUNK + xml[xml.rindex("</w:tbl>") + 8:],
                             "chunk.bin", data, "text/rtf")
    with pytest.raises(ReportError) as caught:
        build_report(read_bytes(document, "SYNTHETIC фрагмент.docx"))
    assert "w:altChunk" in str(caught.value) and "SYNTHETIC фрагмент.docx" in str(caught.value)
    report = build_report(read_bytes(beside, "SYNTHETIC.docx"))
    assert len(report.events) == 78
    assert [i.severity for i in report.issues if "altChunk" in i.message] == ["warning"]


# --- a Word document saved as one XML file: Flat OPC (Word 2007+) and Word 2003 XML -----------------------------------


def _flat_opc(docx: bytes, with_picture: bool = True) -> bytes:
    """The SYNTHETIC sample .docx as Word's «XML-документ Word» (Flat OPC): each part a pkg:part, XML parts inline,
    other parts (a picture) as base64."""
    parts = []
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        for name in package.namelist():
            if name == "[Content_Types].xml":
                continue
            data = package.read(name)
            if not name.endswith((".xml", ".rels")):
                parts.append(f'<pkg:part pkg:name="/{name}" pkg:contentType="application/octet-stream">'
                             f"<pkg:binaryData>{base64.encodebytes(data).decode('ascii')}</pkg:binaryData></pkg:part>")
                continue
            kind = ("application/vnd.openxmlformats-package.relationships+xml" if name.endswith(".rels") else
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
                    if name == "word/document.xml" else "application/xml")
            body = re.sub(r"^<\?xml[^>]*\?>", "", data.decode("utf-8").strip())
            parts.append(f'<pkg:part pkg:name="/{name}" pkg:contentType="{kind}"><pkg:xmlData>{body}</pkg:xmlData>'
                         "</pkg:part>")
    if with_picture:
        picture = base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(300)).decode("ascii")
        parts.append(f'<pkg:part pkg:name="/word/media/image1.png" pkg:contentType="image/png" '
                     f'pkg:compression="store"><pkg:binaryData>{picture}</pkg:binaryData></pkg:part>')
    return ('<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
            + "".join(parts) + "</pkg:package>").encode("utf-8")


@pytest.mark.parametrize("name", ["SYNTHETIC отчёт.xml", "SYNTHETIC отчёт.docx", "SYNTHETIC отчёт.doc"])
def test_a_flat_opc_word_xml_reads_as_its_docx(name):
    """Word's «Сохранить как → XML-документ Word» (Flat OPC): named .xml it was read as a text dump (its markup taken
    for the report's text, refused «в файле нет таблицы: ячейки должны начинаться с табуляции»), named .doc/.docx
    refused «не является документом этого формата» — the report Word opens lost. Now its parts are put back into
    the .docx they are: 78 events, every field as from the .docx, with an info saying how it was read."""
    report = build_report(read_bytes(_flat_opc(_sample_docx()), name))
    plain = build_report(read_bytes(_sample_docx(), "SYNTHETIC.docx"))
    assert (report.year, report.quarter, len(report.events)) == (2024, 4, 78)
    assert _fields(report) == _fields(plain)
    assert any("Flat OPC" in i.message and i.severity == "info" for i in report.issues)


@pytest.mark.parametrize("data", ['<?xml version="1.0"?><root><row>1\tВизит</row></root>'.encode(),
                                  b'<svg xmlns="http://www.w3.org/2000/svg"><text>1. SYNTHETIC</text></svg>',
                                  b'<?xml version="1.0"?><pkg:package xmlns:pkg="urn:other"><pkg:part/></pkg:package>'])
def test_an_xml_that_is_no_word_document_is_refused_saying_so(data):
    """Must not fire as a Word document: another XML (a data export, a drawing, a package of another namespace)
    named .xml is refused naming the file and what a Word XML is, never read as a text dump of its markup."""
    with pytest.raises(ReportError) as caught:
        read_bytes(data, "SYNTHETIC выгрузка.xml")
    assert "SYNTHETIC выгрузка.xml" in str(caught.value) and "не документ Word" in str(caught.value)


def test_a_text_dump_is_still_a_text_dump():
    """Must not fire: the real sample's text dump (.txt) is read as before, no Word-XML word."""
    report = build_report(read_bytes(SAMPLE.encode("utf-8"), "SYNTHETIC.txt"))
    assert len(report.events) == 78 and not any("XML" in i.message for i in report.issues)


@pytest.mark.slow
def test_a_word_2003_xml_is_read_through_libreoffice():
    """Word 2003 XML (<w:wordDocument>, saved by Word 2003, still by «XML-документ Word 2003»): refused as «не является
    документом этого формата» (.doc) or read as a text dump (.xml). Now LibreOffice imports it, all 78 events."""
    from etl.convert import soffice_path

    if soffice_path() is None:
        pytest.skip("LibreOffice is not installed")
    xml = _document_xml()
    xml = xml.replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                      "http://schemas.microsoft.com/office/word/2003/wordml")
    xml = re.sub(r"<w:document\b", "<w:wordDocument", xml).replace("</w:document>", "</w:wordDocument>")
    xml = xml.replace('w:val="restart"', 'w:val="restart"').replace("<w:vMerge", "<w:vmerge")
    report = build_report(read_bytes(xml.encode("utf-8"), "SYNTHETIC отчёт.xml"))
    assert (report.year, report.quarter, len(report.events)) == (2024, 4, 78)
    assert any("Word 2003 XML" in i.message for i in report.issues)


# --- an event's cell holding only a picture (a scanned count or date) ------------------------------------------------


DRAWING = ('<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
           '<wp:extent cx="914400" cy="228600"/><wp:docPr id="7" name="Рисунок 7"/></wp:inline></w:drawing></w:r>')
VML = '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:72pt;height:18pt"/></w:pict></w:r>'


def _cells_of_row(xml: str, row_index: int) -> tuple[int, list[tuple[int, int]]]:
    start = _row_starts(xml)[row_index]
    end = _row_end(xml, start)
    return start, [(m.start() + start, xml.index("</w:tc>", m.start() + start)) for m in
                   re.finditer(r"<w:tc>", xml[start:end])]


def _picture_in_cell(xml: str, event: int, column: int, picture: str, keep_text: bool = False) -> str:
    _, cells = _cells_of_row(xml, _row_of_event(xml, event))
    start, end = cells[column]
    cell = xml[start:end]
    if keep_text:
        new = cell.replace("</w:p>", picture + "</w:p>", 1)
    else:
        properties = re.match(r"<w:tc>(<w:tcPr>.*?</w:tcPr>)?", cell).group(0)
        new = properties + "<w:p>" + picture + "</w:p>"
    return xml[:start] + new + xml[end:]


@pytest.mark.parametrize("event, column, picture, role", [(19, 5, DRAWING, "participants"), (5, 3, VML, "dates"),
                                                          (60, 2, DRAWING, "venue")])
def test_a_cell_of_only_a_picture_is_named(event, column, picture, role):
    """A scanned count, date or place pasted into an event's cell as a picture: read as an empty cell with no word —
    the event's participants or dates silently missing. Now a warning names the row, the event and the column."""
    report = build_report(read_bytes(_with_document_xml(_picture_in_cell(_document_xml(), event, column, picture)),
                                     "SYNTHETIC скан.docx"))
    assert len(report.events) == 78
    said = [i for i in report.issues if "только рисунок" in i.message]
    assert len(said) == 1 and said[0].severity == "warning" and said[0].event == event, said
    assert said[0].field == role and f"(№ {event})" in said[0].message


def test_a_picture_beside_text_or_outside_the_events_says_nothing():
    """Must not fire: a picture in a cell that has its text (a flag beside a country), a logo above the table, a
    picture beside a header's words."""
    xml = _picture_in_cell(_document_xml(), 19, 5, DRAWING, keep_text=True)
    xml = xml.replace("<w:tbl>", "<w:p>" + DRAWING + "</w:p><w:tbl>", 1)
    _, cells = _cells_of_row(xml, 0)
    start, end = cells[1]
    xml = xml[:start] + xml[start:end].replace("</w:p>", DRAWING + "</w:p>", 1) + xml[end:]
    report = build_report(read_bytes(_with_document_xml(xml), "SYNTHETIC.docx"))
    assert not any("только рисунок" in i.message for i in report.issues)


# --- the events table in a page header or footer ---------------------------------------------------------------------

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _with_page_part(body_xml: str, where: str, part_body: str) -> bytes:
    """The SYNTHETIC sample .docx with document.xml replaced and a «header1.xml»/«footer1.xml» holding part_body,
    referenced from the section as Word files it."""
    tag = "hdr" if where == "header" else "ftr"
    part = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag} '
            f'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="{R_NS}">'
            f"{part_body}<w:p/></w:{tag}>")
    reference = f'<w:{where}Reference w:type="default" r:id="rIdPage1" xmlns:r="{R_NS}"/>'
    if "<w:sectPr" in body_xml:
        body_xml = re.sub(r"(<w:sectPr[^>]*>)", lambda m: m.group(1) + reference, body_xml, count=1)
    else:
        body_xml = body_xml.replace("</w:body>", f"<w:sectPr>{reference}</w:sectPr></w:body>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_sample_docx())) as package, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in package.infolist():
            content = package.read(info.filename)
            if info.filename == "word/document.xml":
                content = body_xml.encode("utf-8")
            elif info.filename == "word/_rels/document.xml.rels":
                content = content.replace(b"</Relationships>", (
                    f'<Relationship Id="rIdPage1" Type="{R_NS}/{where}" Target="{where}1.xml"/></Relationships>').encode())
            elif info.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", (
                    f'<Override PartName="/word/{where}1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                    f'wordprocessingml.{where}+xml"/></Types>').encode())
            new.writestr(info, content)
        new.writestr(f"word/{where}1.xml", part.encode("utf-8"))
    return out.getvalue()


def _table_and_rest(xml: str) -> tuple[str, str]:
    start, end = xml.index("<w:tbl>"), xml.rindex("</w:tbl>") + len("</w:tbl>")
    return xml[start:end], xml[:start] + "<w:p/>" + xml[end:]


@pytest.mark.parametrize("where", ["header", "footer"])
def test_an_events_table_in_a_page_header_or_footer_is_read_once(where):
    """The events table typed into the page header (or footer), the title in the body: Word shows it on every
    page; it was refused «в документе Word нет таблицы мероприятий». Now it is read once, every field as from the
    plain .docx, with an info saying where it stood."""
    table, rest = _table_and_rest(_document_xml())
    report = build_report(read_bytes(_with_page_part(rest, where, table), "SYNTHETIC колонтитул.docx"))
    plain = build_report(read_bytes(_sample_docx(), "SYNTHETIC.docx"))
    assert (report.year, report.quarter, len(report.events)) == (2024, 4, 78)
    assert _fields(report) == _fields(plain)
    said = [i for i in report.issues if "колонтитул" in i.message]
    assert len(said) == 1 and said[0].severity == "info", said


def test_a_letterhead_table_in_the_header_is_not_read_as_events():
    """Must not fire: a body with its own events table and a header holding a copy of it (or a letterhead) is read
    from the body alone; a header table with no events header beside a body with no table leaves the refusal."""
    table, rest = _table_and_rest(_document_xml())
    report = build_report(read_bytes(_with_page_part(_document_xml(), "header", table), "SYNTHETIC.docx"))
    assert len(report.events) == 78 and not any("колонтитул" in i.message for i in report.issues)
    letterhead = ('<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Администрация Смоленской области SYNTHETIC</w:t></w:r></w:p></w:tc>'
                  '<w:tc><w:p><w:r><w:t>г. Смоленск, пл. Ленина, 1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>')
    with pytest.raises(ReportError) as caught:
        build_report(read_bytes(_with_page_part(rest, "header", letterhead), "SYNTHETIC бланк.docx"))
    assert "нет таблицы мероприятий" in str(caught.value) and "SYNTHETIC бланк.docx" in str(caught.value)


# --- a report saved as a Word template, in a folder -------------------------------------------------------------------

def _cli(*argv: str) -> tuple[int, str]:
    import contextlib

    from etl.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(list(argv))
    return code, out.getvalue()


@pytest.mark.parametrize("suffix", [".dotx", ".dotm", ".DOTX"])
def test_a_report_saved_as_a_word_template_in_a_folder_is_loaded(tmp_path, suffix):
    """A report saved as a Word template (.dotx, .dotm — the same package as a .docx) in a folder beside a .docx
    of another quarter: `python -m etl load <folder>` loaded the .docx and skipped the template with no word — its
    quarter lost. Now both load."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / f"SYNTHETIC_шаблон{suffix}").write_bytes(_sample_docx())
    (folder / "SYNTHETIC_заметки.md").write_text("не отчёт", encoding="utf-8")
    database = tmp_path / "t.duckdb"
    code, out = _cli("--db", str(database), "load", str(folder))
    assert code == 0 and f"SYNTHETIC_шаблон{suffix}: загружен" in out, out
    assert "заметки" not in out


# --- a report saved as a web page (.htm, .mht), or a site's «Word» export that is HTML named .doc ---------------------

TITLE_P = "<p>Информация о международных мероприятиях Смоленской области за IV квартал 2024 года (SYNTHETIC)</p>"
WEB_PAGES = {
    "word_web_page.htm": lambda: _page("windows-1251", "<p class=MsoNormal>" + TITLE_P[3:-4] + "<o:p></o:p></p>"
                                       "<!--[if gte mso 9]><xml><w:WordDocument>999</w:WordDocument></xml><![endif]-->"
                                       + _html_table()).encode("cp1251"),
    "site_export.doc": lambda: _page("utf-8", TITLE_P + _html_table()).encode("utf-8"),
    "saved.html": lambda: b"\xef\xbb\xbf" + ("<html><body>" + TITLE_P + _html_table() + "</body></html>").encode(),
    "single_file.mht": lambda: _mht(_page("utf-8", TITLE_P + _html_table())),
}


@pytest.mark.parametrize("name", sorted(WEB_PAGES))
def test_a_report_saved_as_a_web_page_loads(name):
    """Word's «Сохранить как → Веб-страница» (.htm, .mht), or a site's export named .doc that is HTML: read as a text
    dump, its markup taken for the report's text (refused «в файле нет таблицы: ячейки должны начинаться с
    табуляции»), or refused «не является документом этого формата» (.doc). Now its paragraphs and tables are read as
    Word opens it: 78 events, every field as the plain .docx's, an info saying it is a web page; never a comment's or
    script's text."""
    report = build_report(read_bytes(WEB_PAGES[name](), "SYNTHETIC " + name))
    plain = build_report(read_bytes(_sample_docx(), "SYNTHETIC.docx"))
    assert (report.year, report.quarter, len(report.events)) == (2024, 4, 78)
    assert [{k: v for k, v in f.items() if k != "raw"} for f in _fields(report)] == \
        [{k: v for k, v in f.items() if k != "raw"} for f in _fields(plain)]
    assert any("веб-" in i.message and i.severity == "info" for i in report.issues)
    assert not any("999" in str(e.raw) for e in report.events)


def test_a_web_page_with_no_events_table_is_refused_naming_the_file():
    """Must not fire as a report: a page with no events table is refused naming the file (no half-load)."""
    with pytest.raises(ReportError) as caught:
        build_report(read_bytes(b"<html><body><p>SYNTHETIC: not a report</p></body></html>", "SYNTHETIC стр.htm"))
    assert "SYNTHETIC стр.htm" in str(caught.value) and "нет таблицы мероприятий" in str(caught.value)
