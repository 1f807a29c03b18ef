"""A .docx read as Word shows it after "accept all changes" (etl/docx_grid.py). Documents are built
with python-docx + lxml exactly as Word writes the markup; content is SYNTHETIC unless it is the sample."""
import copy
import io
import zipfile

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from etl.docx_grid import docx_grid
from etl.layout import grid_from_text
from etl.normalize import build_report, report_contract
from etl.read import read_bytes
from tests.docx_builder import grid_to_docx
from tests.docx_xml import (EVENTS, HEADER, TITLE, W, block, report_document, set_cell_xml, to_bytes, vmerge,
                            wrap_in_sdt)

INS = 'w:id="7" w:author="Иванова" w:date="2025-10-01T10:00:00Z"'


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


CELL_CASES = [
    pytest.param(f"<w:p><w:ins {INS}>{_r('10 июля 2025 года')}</w:ins></w:p>", "10 июля 2025 года",
                 id="tracked_insertion"),
    pytest.param(f"<w:p>{_r('10 ')}<w:del {INS}><w:r><w:delText>12 </w:delText></w:r></w:del>{_r('июля')}</w:p>",
                 "10 июля", id="tracked_deletion_out"),
    pytest.param(f"<w:p><w:moveFrom {INS}>{_r('старое место ')}</w:moveFrom>{_r('июль')}"
                 f"<w:moveTo {INS}>{_r(' 2025')}</w:moveTo></w:p>", "июль 2025", id="moved_from_out_moved_to_in"),
    pytest.param(f'<w:p><w:sdt><w:sdtPr><w:alias w:val="Дата"/></w:sdtPr><w:sdtContent>{_r("10 июля 2025 года")}'
                 f"</w:sdtContent></w:sdt></w:p>", "10 июля 2025 года", id="run_content_control"),
    pytest.param(f'<w:sdt><w:sdtPr><w:alias w:val="Дата"/></w:sdtPr><w:sdtContent><w:p>{_r("10 июля")}</w:p>'
                 f"<w:p>{_r('2025 года')}</w:p></w:sdtContent></w:sdt>", "10 июля\n2025 года",
                 id="block_content_control_in_cell"),
    pytest.param(f'<w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
                 f'{_r("Место для ввода даты.")}</w:sdtContent></w:sdt></w:p>', "", id="placeholder_is_empty"),
    pytest.param(f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "d MMMM yyyy"'
                 f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{_r("10 июля 2025")}'
                 f'<w:r><w:fldChar w:fldCharType="end"/></w:r>{_r(" года")}</w:p>', "10 июля 2025 года",
                 id="field_result_not_code"),
    pytest.param(f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>'
                 f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
                 f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{_r("1")}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
                 f'<w:r><w:instrText> = 1 "a" "b"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                 f'{_r("июль")}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>', "июль", id="nested_field"),
    pytest.param(f'<w:p><w:fldSimple w:instr=" DOCPROPERTY Date ">{_r("10 июля 2025 года")}</w:fldSimple></w:p>',
                 "10 июля 2025 года", id="simple_field"),
    pytest.param(f'<w:p><w:hyperlink r:id="rIdX">{_r("10 июля")}</w:hyperlink>'
                 f'<w:smartTag w:uri="urn:x" w:element="date">{_r(" 2025")}</w:smartTag>'
                 f'<w:bookmarkStart w:id="1" w:name="d"/>{_r(" года")}<w:bookmarkEnd w:id="1"/></w:p>',
                 "10 июля 2025 года", id="hyperlink_smart_tag_bookmark"),
    pytest.param(f'<w:p><w:customXml w:element="date">{_r("10 июля 2025 года")}</w:customXml></w:p>',
                 "10 июля 2025 года", id="custom_xml"),
    pytest.param(f'<w:p><w:r><w:t>10 июля</w:t><w:br/><w:t>2025</w:t><w:cr/><w:t>года</w:t><w:tab/>'
                 f'<w:t>(пт)</w:t></w:r></w:p>', "10 июля\n2025\nгода (пт)", id="breaks_and_tab"),
    pytest.param(f'<w:p>{_r("10 июля")}</w:p><w:p>{_r("2025 года")}</w:p>', "10 июля\n2025 года",
                 id="paragraphs_are_lines"),
    pytest.param(f'<w:p><w:pPr><w:rPr><w:del {INS}/></w:rPr></w:pPr>{_r("10 июля ")}</w:p><w:p>{_r("2025 года")}</w:p>',
                 "10 июля 2025 года", id="deleted_paragraph_mark_joins"),
    pytest.param(f'<w:p>{_r("10 июля")}<w:r><w:rPr><w:vanish/></w:rPr><w:t>скрыто</w:t></w:r></w:p>',
                 "10 июля", id="hidden_text_out"),
    pytest.param(f'<w:p>{_r("10")}<w:r><w:noBreakHyphen/></w:r>{_r("12 июля")}</w:p>', "10-12 июля",
                 id="non_breaking_hyphen"),
    pytest.param(f'<w:p>{_r("Итоги:")}</w:p><w:tbl><w:tr><w:tc><w:p>{_r("Гости")}</w:p></w:tc><w:tc><w:p>'
                 f'{_r("12 человек")}</w:p></w:tc></w:tr><w:tr><w:tc><w:p>{_r("Всего")}</w:p></w:tc><w:tc><w:p>'
                 f'{_r("40 человек")}</w:p></w:tc></w:tr></w:tbl><w:p/>', "Итоги:\nГости 12 человек\nВсего 40 человек\n",
                 id="nested_table_flattened"),
    pytest.param(f'<w:p><w:ins {INS}><w:sdt><w:sdtPr/><w:sdtContent><w:hyperlink r:id="rIdX">'
                 f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r>'
                 f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{_r("10 июля")}<w:r><w:fldChar w:fldCharType="end"/>'
                 f'</w:r></w:hyperlink></w:sdtContent></w:sdt></w:ins></w:p>', "10 июля",
                 id="insertion_around_control_around_link_field"),
]


def _first_event_cell(data: bytes, column: int) -> str:
    grid = docx_grid(data).grid
    row = next(r for r in grid.rows if r.cells[0].strip().startswith("1"))
    return row.cells[column]


@pytest.mark.parametrize("xml, expected", CELL_CASES)
def test_cell_reads_as_word_shows_it(xml, expected):
    document = report_document()
    set_cell_xml(document.tables[0].rows[2].cells[3], xml)
    assert _first_event_cell(to_bytes(document), 3) == expected


def test_tracked_dates_reach_the_event():
    """The issue's case: dates typed with track changes on were lost, the event left every chart."""
    document = report_document()
    set_cell_xml(document.tables[0].rows[2].cells[3], f"<w:p><w:ins {INS}>{_r('10 июля 2025 года')}</w:ins></w:p>")
    report = build_report(read_bytes(to_bytes(document), "k.docx"))
    assert str(report.events[0].start_date) == "2025-07-10"


def _table(document):
    return document.tables[0]._tbl


def test_row_and_cell_content_controls():
    document = report_document()
    rows = document.tables[0].rows
    first_row, second_title = rows[2]._tr, rows[3].cells[1]._tc
    wrap_in_sdt(first_row)                   # row-level control
    wrap_in_sdt(second_title)                # cell-level control
    grid = docx_grid(to_bytes(document)).grid
    assert [r.cells[:2] for r in grid.rows[2:]] == [("1.", "Визит делегации провинции Хэбэй"),
                                                    ("2.", "Участие в выставке «Иннопром. Центральная Азия»")]


def test_table_and_title_inside_block_content_controls():
    document = report_document()
    wrap_in_sdt(_table(document))
    wrap_in_sdt(document.paragraphs[0]._p)
    report = build_report(read_bytes(to_bytes(document), "k.docx"))
    assert (report.region, report.quarter, report.event_count) == ("Калужская область", 3, 2)


def test_deleted_row_is_out_inserted_row_is_in():
    document = report_document()
    rows = document.tables[0].rows
    rows[2]._tr.get_or_add_trPr().append(parse_xml(f"<w:del {W} {INS}/>"))
    rows[3]._tr.get_or_add_trPr().append(parse_xml(f"<w:ins {W} {INS}/>"))
    grid = docx_grid(to_bytes(document)).grid
    assert [r.cells[0] for r in grid.rows] == [HEADER[0], "Сотрудничество в сфере экономики", "2."]


def test_sector_heading_spanning_the_row_is_one_cell():
    grid = docx_grid(to_bytes(report_document())).grid
    assert grid.rows[1].cells == ("Сотрудничество в сфере экономики",)
    assert all(len(r.cells) == 6 for r in grid.rows if r is not grid.rows[1])


def test_vertical_merge_gives_the_text_to_each_row_and_says_so():
    """Two events share one dates cell merged vertically: each gets the dates, no cell shifts."""
    document = report_document()
    rows = document.tables[0].rows
    top, below = rows[2].cells[3], rows[3].cells[3]
    set_cell_xml(below, "<w:p/>")
    vmerge(top, "restart")
    vmerge(below, None)
    reading = docx_grid(to_bytes(document))
    assert [r.cells[3] for r in reading.grid.rows[2:]] == ["10 июля 2025 года", "10 июля 2025 года"]
    assert [r.cells[4] for r in reading.grid.rows[2:]] == ["Подписано соглашение о сотрудничестве",
                                                           "Проведены переговоры"]
    assert [(i.event, i.severity) for i in reading.issues] == [(2, "info")]


def test_event_split_over_two_rows_with_a_merged_number_is_one_event():
    document = report_document()
    table = document.tables[0]
    extra = table.add_row()
    extra._tr.getparent().remove(extra._tr)
    table.rows[2]._tr.addnext(extra._tr)
    for cell, text in zip(extra.cells, ("", "", "г. Обнинск", "11 июля 2025 года", "Посещение технопарка", "")):
        cell.text = text
    vmerge(table.rows[2].cells[0], "restart")
    vmerge(extra.cells[0], None)
    vmerge(table.rows[2].cells[1], "restart")
    vmerge(extra.cells[1], None)
    report = build_report(read_bytes(to_bytes(document), "k.docx"))
    assert report.event_count == 2
    first = report.events[0]
    assert (str(first.start_date), str(first.end_date)) == ("2025-07-10", "2025-07-11")
    assert first.raw["venue"] == "г. Калуга\nг. Обнинск"
    assert first.title == "Визит делегации провинции Хэбэй"


def test_grid_span_and_misaligned_borders_do_not_shift_cells():
    """Row 1 merges content and participants (gridSpan); row 2 was drawn with borders slightly off,
    so the grid has an extra narrow column: every cell still lands under its header."""
    document = report_document()
    table = document.tables[0]
    content, participants = table.rows[2].cells[4], table.rows[2].cells[5]
    content.merge(participants).text = "Подписано соглашение, 20 человек"
    tbl = _table(document)
    grid_element = tbl.find(qn("w:tblGrid"))
    cols = grid_element.findall(qn("w:gridCol"))
    narrow = copy.deepcopy(cols[2])
    cols[2].addnext(narrow)   # 7 grid columns now; rows but the second event span 2 at column 2
    for tr in tbl.findall(qn("w:tr")):
        tcs = tr.findall(qn("w:tc"))
        target = tcs[1] if tr is table.rows[3]._tr else (tcs[2] if len(tcs) > 1 else tcs[0])
        tc_pr = target.get_or_add_tcPr()
        span = tc_pr.find(qn("w:gridSpan"))
        if span is None:
            tc_pr.append(parse_xml(f'<w:gridSpan {W} w:val="2"/>'))
        else:
            span.set(qn("w:val"), str(int(span.get(qn("w:val"))) + 1))
    grid = docx_grid(to_bytes(document)).grid
    assert grid.rows[0].cells == HEADER
    assert grid.rows[2].cells == ("1.", "Визит делегации провинции Хэбэй", "г. Калуга", "10 июля 2025 года",
                                  "Подписано соглашение, 20 человек", "")
    assert grid.rows[3].cells[2:4] == ("г. Ташкент, Республика Узбекистан", "15-17 сентября 2025 года")


def test_events_table_found_by_header_others_named_as_ignored():
    """A cover table first and a signature table last: the events table is the one with the header."""
    document = report_document()
    cover = document.add_table(rows=1, cols=2)
    cover.rows[0].cells[0].text, cover.rows[0].cells[1].text = "Исх. № 12-34", "Министерство экономики"
    signature = document.add_table(rows=1, cols=3)
    signature.rows[0].cells[0].text = "Министр"
    signature.rows[0].cells[2].text = "И.И. Иванов"
    body = document.element.body
    body.insert(0, cover._tbl)   # cover before the title and the events table
    report = build_report(read_bytes(to_bytes(document), "k.docx"))
    assert report.event_count == 2 and report.region == "Калужская область"
    ignored = [i for i in report.issues if i.field == "table"]
    assert [(i.severity, i.raw_text) for i in ignored] == [("info", "Министр | И.И. Иванов")]
    assert "таблица 3" in ignored[0].message


def test_table_split_by_the_clerk_continues_the_events():
    document = report_document(EVENTS[:1])
    document.add_paragraph("Продолжение таблицы")
    second = document.add_table(rows=2, cols=6)
    for cell, text in zip(second.rows[0].cells, HEADER):
        cell.text = text
    for cell, text in zip(second.rows[1].cells, EVENTS[1]):
        cell.text = text
    report = build_report(read_bytes(to_bytes(document), "k.docx"))
    assert [e.n for e in report.events] == [1, 2]
    assert any(i.field == "table" and "продолжает" in i.message for i in report.issues)


def test_title_in_a_table_cell_above_the_events_table():
    document = report_document(title=None)
    above = document.add_table(rows=1, cols=1)
    above.rows[0].cells[0].text = TITLE
    document.element.body.insert(0, above._tbl)
    report = build_report(read_bytes(to_bytes(document), "k.docx"))
    assert (report.region, report.year, report.quarter) == ("Калужская область", 2025, 3)


def test_title_in_the_page_header():
    document = report_document(title=None)
    header = document.sections[0].header
    header.paragraphs[0].text = TITLE
    report = build_report(read_bytes(to_bytes(document), "k.docx"))
    assert (report.region, report.year, report.quarter) == ("Калужская область", 2025, 3)


def test_body_title_wins_over_the_page_header():
    document = report_document()
    document.sections[0].header.paragraphs[0].text = "Отчёт Тульской области за I квартал 2020 года"
    report = build_report(read_bytes(to_bytes(document), "k.docx"))
    assert (report.region, report.year, report.quarter) == ("Калужская область", 2025, 3)


NUMBERING = (
    '<w:numbering {ns}><w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
    '<w:num w:numId="3"><w:abstractNumId w:val="5"/></w:num></w:numbering>')


def test_automatic_numbers_in_the_number_column():
    """Clerks often number the «№» column with Word's list numbering: the cells hold no digits."""
    document = report_document()
    numbering_part = document.part.numbering_part
    numbering_part._element = parse_xml(NUMBERING.format(ns=W))
    for row in document.tables[0].rows[2:]:
        set_cell_xml(row.cells[0], '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>'
                                   '</w:pPr></w:p>')
    report = build_report(read_bytes(to_bytes(document), "k.docx"))
    assert [e.n for e in report.events] == [1, 2]


def test_automatic_numbers_through_a_paragraph_style():
    """The «№» cells numbered by a list style ('Нумерованный список'): the number comes from the
    style's numPr in styles.xml, which the reader parses only when a paragraph names a style."""
    document = report_document()
    document.part.numbering_part._element = parse_xml(NUMBERING.format(ns=W))
    styles = document.styles.element
    styles.append(parse_xml(f'<w:style {W} w:type="paragraph" w:styleId="Numbered"><w:name w:val="Numbered"/>'
                            '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'))
    styles.append(parse_xml(f'<w:style {W} w:type="paragraph" w:styleId="NumberedChild">'
                            '<w:name w:val="NumberedChild"/><w:basedOn w:val="Numbered"/></w:style>'))
    for k, row in enumerate(document.tables[0].rows[2:]):
        style = "Numbered" if k == 0 else "NumberedChild"
        set_cell_xml(row.cells[0], f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr></w:p>')
    grid = docx_grid(to_bytes(document), "k.docx").grid
    assert [row.cells[0] for row in grid.rows[2:]] == ["1. ", "2. "]
    report = build_report(read_bytes(to_bytes(document), "k.docx"))
    assert [e.n for e in report.events] == [1, 2]


def _run(inner_xml: str):
    return block(f"<w:p><w:r>{inner_xml}</w:r></w:p>")[0][0]


def _sample_as_word_edits_it(sample_bytes: bytes) -> bytes:
    """The sample's table the way a clerk's Word saves it: every title in a content control, every
    date typed with track changes on, a deleted wrong date left in the markup, participants behind a
    field, the table in a block control and rows in row controls."""
    document_bytes = grid_to_docx(grid_from_text(sample_bytes.decode("utf-8")))
    import docx
    document = docx.Document(io.BytesIO(document_bytes))
    table = document.tables[0]
    for index, row in enumerate(table.rows):
        tcs = row._tr.findall(qn("w:tc"))
        if len(tcs) != 6 or index == 0:
            continue
        for paragraph in tcs[1].findall(qn("w:p")):
            for run in paragraph.findall(qn("w:r")):
                wrap_in_sdt(run)
        for paragraph in tcs[3].findall(qn("w:p")):
            runs = paragraph.findall(qn("w:r"))
            if runs:
                ins = block(f"<w:p><w:ins {INS}/></w:p>")[0]
                runs[0].addprevious(ins)
                for run in runs:
                    ins.append(run)
                ins.addprevious(block(f"<w:p><w:del {INS}><w:r><w:delText>31 февраля </w:delText></w:r>"
                                      f"</w:del></w:p>")[0])
        for paragraph in tcs[5].findall(qn("w:p")):
            runs = paragraph.findall(qn("w:r"))
            if runs:
                for xml in ('<w:fldChar w:fldCharType="begin"/>', "<w:instrText> MERGEFIELD Участники </w:instrText>",
                            '<w:fldChar w:fldCharType="separate"/>'):
                    runs[0].addprevious(_run(xml))
                runs[-1].addnext(_run('<w:fldChar w:fldCharType="end"/>'))
        if index % 3 == 0:
            wrap_in_sdt(row._tr)
    wrap_in_sdt(table._tbl)
    return to_bytes(document)


def test_sample_with_content_controls_and_tracked_changes_gives_the_txt_events(sample_bytes):
    reference = report_contract(build_report(read_bytes(sample_bytes, "r.txt")))
    edited = _sample_as_word_edits_it(sample_bytes)
    markup = zipfile.ZipFile(io.BytesIO(edited)).read("word/document.xml").decode()
    assert "<w:sdt>" in markup and "<w:ins " in markup and "31 февраля" in markup and "MERGEFIELD" in markup
    contract = report_contract(build_report(read_bytes(edited, "r.docx")))
    assert contract["report"] == reference["report"]
    assert len(contract["events"]) == 78
    assert contract == reference


def _with_first_event_cell(xml: str) -> bytes:
    document = report_document()
    set_cell_xml(document.tables[0].rows[2].cells[3], xml)
    return to_bytes(document)


def _with_row_property(xml: str) -> bytes:
    document = report_document()
    document.tables[0].rows[2]._tr.get_or_add_trPr().append(parse_xml(xml))
    return to_bytes(document)


def _with_cell_property(xml: str, row: int = 2) -> bytes:
    document = report_document()
    document.tables[0].rows[row].cells[1]._tc.get_or_add_tcPr().append(parse_xml(xml))
    return to_bytes(document)


def _empty_table() -> bytes:
    document = report_document()
    for tr in list(document.tables[0]._tbl.findall(qn("w:tr"))):
        document.tables[0]._tbl.remove(tr)
    return to_bytes(document)


def _deep_controls() -> bytes:
    xml = "<w:p>" + "<w:sdt><w:sdtContent>" * 110 + _r("x") + "</w:sdtContent></w:sdt>" * 110 + "</w:p>"
    return _with_first_event_cell(xml)


HOSTILE = [
    pytest.param(lambda: _with_cell_property(f'<w:gridSpan {W} w:val="abc"/>'), id="grid_span_not_a_number"),
    pytest.param(lambda: _with_cell_property(f'<w:gridSpan {W} w:val="999999999"/>'), id="grid_span_huge"),
    pytest.param(lambda: _with_cell_property(f"<w:vMerge {W}/>", row=0), id="merge_continues_nothing"),
    pytest.param(lambda: _with_row_property(f'<w:gridBefore {W} w:val="-3"/>'), id="negative_grid_before"),
    pytest.param(lambda: _with_first_event_cell('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                                                f'{_r("x")}</w:p>'), id="field_never_ends"),
    pytest.param(lambda: _with_first_event_cell(f'<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r>{_r("x")}</w:p>'),
                 id="field_ends_unopened"),
    pytest.param(lambda: _with_first_event_cell('<w:p><w:r><w:sym w:char="zzzz"/></w:r></w:p>'), id="bad_symbol"),
    pytest.param(_empty_table, id="table_without_rows"),
    pytest.param(_deep_controls, id="deeply_nested_controls"),
]


@pytest.mark.parametrize("make", HOSTILE)
def test_hostile_markup_gives_a_report_or_a_report_error(make):
    from etl.errors import ReportError

    try:
        build_report(read_bytes(make(), "h.docx"))
    except ReportError as exc:
        assert exc.file == "h.docx"


def test_text_box_saved_with_a_fallback_is_read_once():
    """Word writes a text box twice (DrawingML choice and VML fallback); Word shows it once."""
    box = f'<w:txbxContent><w:p>{_r("SYNTHETIC: 40 человек")}</w:p></w:txbxContent>'
    xml = (f'<w:p>{_r("Участники:")}<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/'
           f'markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="http://schemas.'
           f'microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing>'
           f'</mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>{box}'
           f'</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    document = report_document()
    set_cell_xml(document.tables[0].rows[2].cells[5], xml)
    assert _first_event_cell(to_bytes(document), 5) == "Участники:\nSYNTHETIC: 40 человек"
