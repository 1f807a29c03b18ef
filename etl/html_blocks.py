"""An HTML (or MHT) fragment → Word paragraphs and tables, so a report whose events table reaches Word as a
w:altChunk (a web site or a program stores its HTML in the package, and Word merges it in on opening) is read as
the table Word shows. Pure: bytes in, lxml elements of WordprocessingML out; python's html.parser, no network, no
script, styles or images — the text only, every cell's text as text, never as markup.

A table's colspan becomes w:gridSpan and its rowspan a w:vMerge run down the column (restart, then continuation
cells), as Word itself writes a merged cell, so etl.docx_grid reads the fragment as any table of the document."""
from __future__ import annotations

import email
import email.policy
import re
from html.parser import HTMLParser

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAX_SPAN_COLUMNS = 60
MAX_SPAN_ROWS = 1_000
_SKIPPED = {"script", "style", "head", "title", "template", "noscript", "object", "svg", "math"}
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article",
           "header", "footer", "caption", "dt", "dd", "address", "center"}
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.IGNORECASE)


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _paragraph(text: str):
    paragraph = etree.Element(_w("p"))
    if text:
        run = etree.SubElement(paragraph, _w("r"))
        node = etree.SubElement(run, _w("t"))
        node.text = text
        node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return paragraph


def _span(value: str | None, cap: int) -> int:
    try:
        return max(1, min(int((value or "1").strip()), cap))
    except ValueError:
        return 1


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.body = etree.Element(_w("body"))
        self.containers = [self.body]  # where paragraphs and tables go: the body or the open cell
        self.tables: list[dict] = []  # open tables, innermost last: their rows of (cell, colspan, rowspan)
        self.text: list[str] = []
        self.skipping = 0
        self.pre = 0

    def flush(self) -> None:
        text = "".join(self.text)
        self.text = []
        # HTML folds runs of its own white space (not a no-break space, which a clerk typed to keep «ООО «…»» whole)
        text = text.strip("\r\n") if self.pre else _HTML_SPACE.sub(" ", text).strip(" ")
        if text.strip():
            self.containers[-1].append(_paragraph(text))

    def handle_starttag(self, tag, attrs):
        if tag in _SKIPPED:
            self.skipping += 1
            return
        if self.skipping:
            return
        values = dict(attrs)
        if tag == "br":
            self.flush()
        elif tag in _BLOCKS:
            self.flush()
            self.pre += tag == "pre"
        elif tag == "table":
            self.flush()
            self.tables.append({"rows": []})
        elif tag == "tr" and self.tables:
            self.flush()
            self._close_cell()
            self.tables[-1]["rows"].append([])
        elif tag in ("td", "th") and self.tables:
            self.flush()
            self._close_cell()
            table = self.tables[-1]
            if not table["rows"]:
                table["rows"].append([])
            cell = etree.Element(_w("tc"))
            table["rows"][-1].append((cell, _span(values.get("colspan"), MAX_SPAN_COLUMNS),
                                      _span(values.get("rowspan"), MAX_SPAN_ROWS)))
            table["open"] = cell
            self.containers.append(cell)

    def _close_cell(self) -> None:
        table = self.tables[-1] if self.tables else None
        if table is not None and table.get("open") is not None:
            self.flush()
            if self.containers[-1] is table["open"]:
                self.containers.pop()
            table["open"] = None

    def handle_endtag(self, tag):
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
            return
        if self.skipping:
            return
        if tag in _BLOCKS:
            self.flush()
            self.pre = max(0, self.pre - (tag == "pre"))
        elif tag in ("td", "th", "tr"):
            self._close_cell()
        elif tag == "table" and self.tables:
            self._close_cell()
            table = self.tables.pop()
            self.containers[-1].append(_table(table["rows"]))

    def handle_data(self, data):
        if not self.skipping:
            self.text.append(data)

    def finish(self):
        self.close()
        while self.tables:
            self.handle_endtag("table")
        self.flush()
        return list(self.body)


def _table(rows):
    """Rows of (w:tc, colspan, rowspan) → a w:tbl whose rowspans are vertical merges, as Word writes them."""
    table = etree.Element(_w("tbl"))
    grid = etree.SubElement(table, _w("tblGrid"))
    pending: dict[int, list[int]] = {}  # column → [rows still covered, colspan]
    width = 0
    for row in rows:
        tr = etree.SubElement(table, _w("tr"))
        cells = iter(row)
        column = 0
        while True:
            if column in pending:
                left, span = pending[column]
                tr.append(_cell(None, span, "continue"))
                if left <= 1:
                    del pending[column]
                else:
                    pending[column][0] = left - 1
                column += span
                continue
            cell = next(cells, None)
            if cell is None:
                if any(c > column for c in pending):
                    column = min(c for c in pending if c > column)
                    continue
                break
            element, span, down = cell
            if down > 1:
                pending[column] = [down - 1, span]
            tr.append(_cell(element, span, "restart" if down > 1 else None))
            column += span
        width = max(width, column)
    for _ in range(width):
        etree.SubElement(grid, _w("gridCol"))
    return table


def _cell(element, span: int, merge: str | None):
    cell = element if element is not None else etree.Element(_w("tc"))
    if span > 1 or merge:
        properties = etree.Element(_w("tcPr"))
        if span > 1:
            etree.SubElement(properties, _w("gridSpan")).set(_w("val"), str(span))
        if merge:
            merged = etree.SubElement(properties, _w("vMerge"))
            if merge == "restart":
                merged.set(_w("val"), "restart")
        cell.insert(0, properties)
    if not any(child.tag in (_w("p"), _w("tbl")) for child in cell):
        cell.append(_paragraph(""))
    return cell


def html_text(data: bytes) -> str:
    """An HTML fragment's bytes as text: its BOM, else its <meta charset>, else UTF-8, else Windows-1251."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", "replace")
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), "replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251", "replace")


def mht_html(data: bytes) -> str | None:
    """The HTML part of an MHT (MIME) fragment, decoded by its own charset; None when it holds none."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            try:
                return part.get_content()
            except (LookupError, ValueError):
                payload = part.get_payload(decode=True) or b""
                return html_text(payload)
    return None


def html_blocks(text: str) -> list:
    """HTML text → the w:p and w:tbl elements Word would merge in for it (text only)."""
    builder = _Builder()
    builder.feed(text)
    return builder.finish()


def text_blocks(text: str) -> list:
    """A plain-text fragment → one paragraph per line."""
    return [_paragraph(line) for line in text.splitlines() if line.strip()]


_HTML_START = re.compile(rb"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.S)


def web_page_kind(data: bytes) -> str | None:
    """'html' for a web page (Word's «Сохранить как → Веб-страница», or a site's «Word» export that is HTML named
    .doc), 'mht' for a single-file web page (MIME, Word's .mht/.mhtml), None otherwise — by the bytes, not the name."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = data[:8192].decode("utf-16", "replace").lstrip("\ufeff \t\r\n").encode("utf-8")
    if _HTML_START.match(head):
        return "html"
    if head[:13].lower() == b"mime-version:" or (head.lower().startswith((b"from:", b"subject:", b"date:", b"content-"))
                                                  and b"multipart/related" in head.lower()):
        return "mht"
    return None


def web_page_docx(data: bytes, kind: str) -> bytes:
    """A web page's text (its paragraphs and tables) as the bytes of a minimal .docx, so etl.docx_grid reads it as
    the Word document Word would open it as. Nothing but text is carried over."""
    import io
    import zipfile

    text = html_text(data) if kind == "html" else mht_html(data)
    document = etree.Element(_w("document"), nsmap={"w": W})
    body = etree.SubElement(document, _w("body"))
    for element in html_blocks(text or ""):
        body.append(element)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
            'package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'))
        package.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats'
            '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'))
        package.writestr("word/document.xml", etree.tostring(document, xml_declaration=True, encoding="UTF-8",
                                                             standalone=True))
    return out.getvalue()
