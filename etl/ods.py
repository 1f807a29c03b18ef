"""An OpenDocument spreadsheet (.ods, a ZIP; .fods, LibreOffice's «Плоский XML ODF», one XML file) → the bytes of
the same workbook as an .xlsx, so that the Excel reader (etl/xlsx_grid.py) reads it with every rule it has.

A clerk working in LibreOffice Calc saves the report as .ods: it was refused as a broken .docx (the package is a
ZIP with content.xml), a quarter that could not be loaded. The sheet's XML is read directly, not through LibreOffice
(its Calc part is seldom installed where Writer is): each sheet's cells as shown (a formula's last result, dates as
dates, numbers as numbers, paragraphs of a cell on lines of their own, comments left out), its merged cells, hidden
and folded rows and columns, and hidden sheets carried over as Excel marks them."""
from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

from lxml import etree

from .errors import ReportError

ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
_ROOT = re.compile(rb"<(?:[\w.-]+:)?document\b[^>]*>", re.S)
MAX_ROWS = 100_000  # as the Excel reader's limit
MAX_COLUMNS = 60
LABELS = {"ods": ".ods (OpenDocument)", "fods": ".fods (Flat ODS)"}


def ods_kind(data: bytes) -> str | None:
    """'ods' (a ZIP whose mimetype is a spreadsheet's), 'fods' (an XML <office:document> of a spreadsheet) or None."""
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if "mimetype" in archive.namelist() and archive.read("mimetype").strip().startswith(
                        ODS_MIMETYPE.encode()):
                    return "ods"
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, NotImplementedError, RuntimeError):
            return None
        return None
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    root = _ROOT.search(head) if head.startswith(b"<") else None
    if root is not None and _OFFICE.encode() in root.group(0) and ODS_MIMETYPE.encode() in root.group(0):
        return "fods"
    return None


def _q(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


def _document(data: bytes, kind: str, file_name: str):
    label = LABELS[kind]
    try:
        if kind == "ods":
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                xml = archive.read("content.xml")
        else:
            xml = data
        return etree.fromstring(xml, _PARSER)
    except KeyError:
        raise ReportError(f"файл {label} повреждён: в нём нет части content.xml с листами — откройте его в "
                          "LibreOffice Calc и сохраните заново (или как .xlsx)", file=file_name) from None
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise ReportError(f"файл {label} повреждён и не читается ({type(exc).__name__}) — откройте его в "
                          "LibreOffice Calc и сохраните заново (или как .xlsx)", file=file_name) from None
    except etree.XMLSyntaxError as exc:
        raise ReportError(f"файл {label} повреждён: XML листов не читается ({exc.msg}) — откройте его в "
                          "LibreOffice Calc и сохраните заново (или как .xlsx)", file=file_name) from None


def _cell_text(element) -> str:
    """A cell's paragraphs as shown, one a line: spaces (text:s), tabs and line breaks kept, comments
    (office:annotation) left out."""
    lines = []
    for paragraph in element.iter(_q(_TEXT, "p"), _q(_TEXT, "h")):
        if any(ancestor.tag == _q(_OFFICE, "annotation") for ancestor in paragraph.iterancestors()):
            continue
        lines.append(_inline_text(paragraph))
    return "\n".join(lines)


def _inline_text(node) -> str:
    parts = [node.text or ""]
    for child in node:
        if child.tag == _q(_TEXT, "s"):
            count = child.get(_q(_TEXT, "c"), "1")
            parts.append(" " * (int(count) if count.isdigit() else 1))
        elif child.tag == _q(_TEXT, "tab"):
            parts.append("\t")
        elif child.tag == _q(_TEXT, "line-break"):
            parts.append("\n")
        elif child.tag != _q(_OFFICE, "annotation") and child.tag != _q(_TEXT, "note"):
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _cell_value(cell):
    """What the cell shows, as openpyxl would hold it: a float, a datetime, a bool or the text."""
    kind = cell.get(_q(_OFFICE, "value-type"))
    if kind in ("float", "percentage", "currency"):
        try:
            return float(cell.get(_q(_OFFICE, "value"), ""))
        except ValueError:
            pass
    elif kind == "date":
        value = cell.get(_q(_OFFICE, "date-value"), "")
        try:
            return datetime.fromisoformat(value[:19])
        except ValueError:
            pass
    elif kind == "boolean":
        return cell.get(_q(_OFFICE, "boolean-value")) == "true"
    text = _cell_text(cell)
    return text or None


def _hidden_styles(root) -> set[str]:
    """The names of the table styles that hide a sheet (style:table-properties table:display="false")."""
    hidden = set()
    for style in root.iter(_q(_STYLE, "style")):
        properties = style.find(_q(_STYLE, "table-properties"))
        if properties is not None and properties.get(_q(_TABLE, "display")) == "false":
            hidden.add(style.get(_q(_STYLE, "name")))
    return hidden


def _rows(table):
    """(row element, outline level) of each row of a sheet in order, through header-row and row groups."""
    def walk(node, level):
        for child in node:
            if child.tag == _q(_TABLE, "table-row"):
                yield child, level
            elif child.tag == _q(_TABLE, "table-row-group"):
                yield from walk(child, level + 1)
            elif child.tag in (_q(_TABLE, "table-header-rows"), _q(_TABLE, "table-rows")):
                yield from walk(child, level)
    yield from walk(table, 0)


def _columns(table):
    """The 1-based numbers of a sheet's hidden columns."""
    hidden, number = set(), 1
    for column in table.iter(_q(_TABLE, "table-column")):
        repeated = column.get(_q(_TABLE, "number-columns-repeated"), "1")
        count = int(repeated) if repeated.isdigit() else 1
        if column.get(_q(_TABLE, "visibility"), "visible") != "visible":
            hidden.update(range(number, min(number + count, MAX_COLUMNS + 1)))
        number += count
        if number > MAX_COLUMNS:
            break
    return hidden


def ods_to_xlsx(data: bytes, kind: str, file_name: str = "") -> bytes:
    """The spreadsheet's sheets → an .xlsx workbook's bytes with the same cells, merges, hidden and folded rows
    (outlineLevel), filtered rows (under an autofilter), hidden columns and hidden sheets."""
    import openpyxl
    from openpyxl.utils import get_column_letter

    root = _document(data, kind, file_name)
    tables = list(root.iter(_q(_TABLE, "table")))
    if not tables:
        raise ReportError(f"в файле {LABELS[kind]} нет ни одного листа", file=file_name)
    hidden_styles = _hidden_styles(root)
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for k, table in enumerate(tables):
        name = (table.get(_q(_TABLE, "name")) or f"Лист{k + 1}")[:31]
        sheet = workbook.create_sheet(re.sub(r"[\[\]:*?/\\]", " ", name) or f"Лист{k + 1}")
        if table.get(_q(_TABLE, "style-name")) in hidden_styles:
            sheet.sheet_state = "hidden"
        for column in sorted(_columns(table)):
            sheet.column_dimensions[get_column_letter(column)].hidden = True
        number, filtered = 0, []
        for row, level in _rows(table):
            repeated = row.get(_q(_TABLE, "number-rows-repeated"), "1")
            count = int(repeated) if repeated.isdigit() else 1
            cells = []
            for cell in row:
                if cell.tag not in (_q(_TABLE, "table-cell"), _q(_TABLE, "covered-table-cell")):
                    continue
                times = cell.get(_q(_TABLE, "number-columns-repeated"), "1")
                value = _cell_value(cell) if cell.tag == _q(_TABLE, "table-cell") else None
                span = (cell.get(_q(_TABLE, "number-columns-spanned"), "1"), cell.get(_q(_TABLE, "number-rows-spanned"), "1"))
                for _ in range(min(int(times) if times.isdigit() else 1, MAX_COLUMNS - len(cells))):
                    cells.append((value, span))
                if len(cells) >= MAX_COLUMNS:
                    break
            empty = all(value is None for value, _ in cells)
            visibility = row.get(_q(_TABLE, "visibility"), "visible")
            if empty and visibility == "visible" and level == 0:
                number += count  # the empty rows a sheet is padded with to its end: not written
                continue
            for _ in range(count if not empty else 1):
                number += 1
                if number > MAX_ROWS:
                    raise ReportError(f"в листе «{name}» больше {MAX_ROWS} строк", file=file_name)
                for column, (value, (across, down)) in enumerate(cells, start=1):
                    if value is not None:
                        sheet.cell(row=number, column=column, value=value)
                    across = int(across) if across.isdigit() else 1
                    down = int(down) if down.isdigit() else 1
                    if across > 1 or down > 1:
                        sheet.merge_cells(start_row=number, start_column=column,
                                          end_row=number + down - 1, end_column=min(column + across - 1, MAX_COLUMNS))
                if visibility != "visible" or level:
                    dimension = sheet.row_dimensions[number]
                    dimension.hidden = visibility != "visible"
                    if level:
                        dimension.outlineLevel = level
                    if visibility == "filter":
                        filtered.append(number)
            if empty:
                number += count - 1
        if filtered:  # rows a filter hides: under an autofilter with a condition, as Excel marks them
            sheet.auto_filter.ref = f"A{max(filtered[0] - 1, 1)}:{get_column_letter(MAX_COLUMNS)}{filtered[-1]}"
            sheet.auto_filter.add_filter_column(0, [])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
