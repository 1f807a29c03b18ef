"""Word documents as clerks' Word saves them, built with python-docx + lxml for the reader's tests
(SYNTHETIC content unless it comes from the sample): cells filled with raw WordprocessingML so
tracked changes, content controls, fields and merges appear exactly as Word writes them."""
from __future__ import annotations

import copy
import io

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W = nsdecls("w", "r")

HEADER = ("№ п/п", "Наименование мероприятия", "Место проведения мероприятия", "Сроки проведения мероприятия",
          "Цель, содержание и результат мероприятия", "Участники мероприятия")
TITLE = ("Отчет о мероприятиях в международной сфере, проведенных исполнительными органами "
         "Калужской области в III квартале 2025 года")  # SYNTHETIC region and quarter
EVENTS = (  # SYNTHETIC events
    ("1.", "Визит делегации провинции Хэбэй", "г. Калуга", "10 июля 2025 года",
     "Подписано соглашение о сотрудничестве", "20 человек"),
    ("2.", "Участие в выставке «Иннопром. Центральная Азия»", "г. Ташкент, Республика Узбекистан",
     "15-17 сентября 2025 года", "Проведены переговоры", "Представители министерства"),
)


def report_document(events=EVENTS, *, title: str | None = TITLE, sector: str | None = "Сотрудничество в сфере экономики"):
    """A python-docx Document: title paragraph, one table (header, a sector heading, the events)."""
    document = docx.Document()
    if title:
        document.add_paragraph(title)
    table = document.add_table(rows=0, cols=len(HEADER))
    for cell, text in zip(table.add_row().cells, HEADER):
        cell.text = text
    if sector:
        cells = table.add_row().cells
        cells[0].merge(cells[-1]).text = sector
    for event in events:
        for cell, text in zip(table.add_row().cells, event):
            cell.text = text
    return document


def to_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def set_cell_xml(cell, paragraphs_xml: str) -> None:
    """Replaces a cell's content (keeping its properties) with raw block XML, e.g.
    '<w:p><w:ins w:id="1" w:author="a"><w:r><w:t>10 июля</w:t></w:r></w:ins></w:p>'."""
    tc = cell._tc
    for child in list(tc):
        if child.tag != qn("w:tcPr"):
            tc.remove(child)
    wrapper = parse_xml(f"<w:body {W}>{paragraphs_xml}</w:body>")
    for child in list(wrapper):
        tc.append(child)


def block(xml: str):
    return parse_xml(f"<w:body {W}>{xml}</w:body>")[0]


def wrap_in_sdt(element, *, level_tag: str = "sdt") -> None:
    """Puts an element (a w:tr, w:tc, w:tbl, w:p or w:r) inside a content control in place."""
    sdt = block(f'<w:sdt><w:sdtPr><w:alias w:val="Поле"/><w:id w:val="{id(element) % 99999}"/></w:sdtPr>'
                f"<w:sdtContent/></w:sdt>")
    element.addprevious(sdt)
    sdt[1].append(element)


def vmerge(cell, value: str | None) -> None:
    """w:vMerge restart (value 'restart') or continue (None) on a cell."""
    tc_pr = cell._tc.get_or_add_tcPr()
    merge = parse_xml(f'<w:vMerge {W} w:val="restart"/>' if value == "restart" else f"<w:vMerge {W}/>")
    tc_pr.append(merge)


def clone(element):
    return copy.deepcopy(element)


def as_printed_report(docx_bytes: bytes, widths_cm=(1.2, 5.5, 4.0, 3.3, 9.0, 4.5)) -> bytes:
    """The report as a clerk lays it out for printing: landscape A4, a bordered table («Сетка
    таблицы») with set column widths, the header repeated on every page, page numbers below."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    document = docx.Document(io.BytesIO(docx_bytes))
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for margin in ("left_margin", "right_margin"):
        setattr(section, margin, Cm(1.5))
    document.styles["Normal"].font.size = Pt(10)
    document.styles["Normal"].paragraph_format.space_after = Pt(0)
    for table in document.tables:
        table.style = document.styles["Table Grid"]
        table.autofit = False
        grid = table._tbl.tblGrid
        for column, width in zip(grid.findall(qn("w:gridCol")), widths_cm):
            column.set(qn("w:w"), str(int(Cm(width).twips)))
        for row in table.rows:
            for tc in row._tr.findall(qn("w:tc")):
                tc.get_or_add_tcPr()
            for cell, width in zip(row.cells, widths_cm):
                cell.width = Cm(width)
        header = table.rows[0]._tr.get_or_add_trPr()
        header.append(parse_xml(f"<w:tblHeader {W}/>"))
    footer = section.footer.paragraphs[0]._p   # the page number, as offices print it
    footer.append(parse_xml(f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    return to_bytes(document)
