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
