"""A .docx → the cell grid the layout step reads, as Word shows the document after "accept all changes".

python-docx's `cell.text` skips text inside content controls (`w:sdt`) and tracked insertions
(`w:ins`), so an event typed with track changes on lost its dates. Here the WordprocessingML is walked
directly: insertions in, deletions and moved-from text out, content controls at block/row/cell/run
level, field results (not field codes), hyperlinks, smart tags, custom XML and bookmarks read as text,
automatic list numbers rendered («1.» in a numbered «№» column), nested tables flattened into their
cell, and merged cells resolved against the header so no cell shifts. Pure: bytes in, Grid out.
"""
from __future__ import annotations

import bisect

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from .cards import card_pairs, cards_message, cards_table
from .errors import Issue, ReportError
from .limits import MAX_ROWS_TAKEN_OUT
from .layout import (REQUIRED_ROLES, Grid, GridRow, clean, column_role, event_number, is_continuation_caption,
                     is_plan_heading)
from .side_tables import PLAN, SUMMARY, side_table_kind, side_table_message
from .symbol_font import symbol_text
from .title import another_report, begins_as_a_title, row_text, two_reports_message

W_NAMESPACES = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                "http://purl.oclc.org/ooxml/wordprocessingml/main")  # transitional, strict
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
REL_TYPES = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
             "http://purl.oclc.org/ooxml/officeDocument/relationships/")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True,
                          remove_pis=True, huge_tree=False)

# Containers whose children are read as if the container were not there.
_TRANSPARENT = {"hyperlink", "smartTag", "customXml", "fldSimple", "ins", "moveTo", "dir", "bdo",
                "sdtContent"}
# Everything Word hides after "accept all changes".
_REMOVED = {"del", "moveFrom", "delText", "delInstrText", "instrText", "rPr", "pPr", "tblPr", "trPr",
            "tcPr", "sdtPr", "sdtEndPr", "endnoteReference", "commentReference",
            "annotationRef", "lastRenderedPageBreak", "proofErr", "permStart", "permEnd"}


@dataclass
class _Cell:
    start: int          # first grid column
    span: int
    text: str
    continues: bool     # w:vMerge continuation: shows the text of the cell above


@dataclass
class _Row:
    cells: list[_Cell]
    table_row: int
    struck: bool = False  # every run with words is struck through (w:strike / w:dstrike): crossed out


@dataclass
class _Table:
    rows: list[_Row]
    index: int          # 1-based among the document's top-level tables


@dataclass
class GridReading:
    grid: Grid
    issues: tuple[Issue, ...] = ()


def _local_name(tag: str) -> str:
    namespace, _, name = tag[1:].rpartition("}")
    if namespace in W_NAMESPACES:
        return name
    if namespace == MC:
        return "mc:" + name
    if namespace == M:
        return "m:" + name
    return "?:" + name


# A document names a few dozen tags ~100 times per event: each is split once.
_LOCAL_NAMES: dict[str, str] = {}


def _local(element) -> str:
    """'w:p' → 'p' for both WordprocessingML namespaces; other namespaces keep a prefix."""
    tag = element.tag
    name = _LOCAL_NAMES.get(tag)
    if name is not None:
        return name
    if not isinstance(tag, str):  # a comment or entity: its tag is a function, not a name
        return ""
    name = _local_name(tag)
    if len(_LOCAL_NAMES) < 10_000:  # a hostile file's made-up tags do not grow it for ever
        _LOCAL_NAMES[tag] = name
    return name


def _attr(element, name: str) -> str | None:
    for namespace in W_NAMESPACES:
        value = element.get(f"{{{namespace}}}{name}")
        if value is not None:
            return value
    return None


def _int(element, name: str, default: int) -> int:
    """A numeric attribute; anything else (missing, garbage, absurdly large) gives the default."""
    value = _attr(element, name) if element is not None else None
    return int(value) if value and value.isdigit() and len(value) < 6 else default


def _value(element, default: str) -> str:
    value = _attr(element, "val") if element is not None else None
    return default if value is None else value


_W_TAGS: dict[str, frozenset[str]] = {}
_VANISH_TAGS = frozenset(f"{{{namespace}}}vanish" for namespace in W_NAMESPACES)
_STRIKE_TAGS = tuple(f"{{{namespace}}}{name}" for namespace in W_NAMESPACES for name in ("strike", "dstrike"))
_RUN_TAGS = tuple(f"{{{namespace}}}r" for namespace in W_NAMESPACES)
_T_TAGS = frozenset(f"{{{namespace}}}t" for namespace in W_NAMESPACES)
_WORDS = re.compile(r"[^\W\d_]")


def _struck_row(tr) -> bool:
    """Whether Word shows a table row crossed out: every run holding words has w:strike or w:dstrike
    switched on (a number cell left plain does not matter: runs of digits and punctuation are not
    counted), and at least one such run exists. The clerk's way of saying «this event did not happen»."""
    struck = False
    for run in tr.iter(*_RUN_TAGS):
        text = "".join(t.text or "" for t in run if t.tag in _T_TAGS)
        if not _WORDS.search(text):
            continue
        properties = _child(run, "rPr")
        if properties is None or not any(c.tag in _STRIKE_TAGS and _attr(c, "val") not in ("0", "false", "off")
                                         for c in properties):
            return False
        struck = True
    return struck


def _mark_struck(table, rows: list[_Row], trs: list) -> None:
    """Sets _Row.struck of the rows crossed out; a table without any strike-through costs one search."""
    if next(table.iter(*_STRIKE_TAGS), None) is None:
        return
    for row, tr in zip(rows, trs):
        row.struck = _struck_row(tr)


def _child(element, name: str):
    """The first child named `name` in either WordprocessingML namespace (`name` is a w: name)."""
    if element is None:
        return None
    tags = _W_TAGS.get(name)
    if tags is None:
        tags = _W_TAGS[name] = frozenset(f"{{{namespace}}}{name}" for namespace in W_NAMESPACES)
    for child in element:
        if child.tag in tags:
            return child
    return None


class _Package:
    """The parts of a .docx (or .docm/.dotx) zip this reader needs, found through relationships."""

    def __init__(self, data: bytes, file_name: str):
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            root_rels = self._xml("_rels/.rels")
        except KeyError:  # zipfile: "There is no item named '_rels/.rels' in the archive"
            raise ReportError("файл Word повреждён или это не .docx (в архиве нет части _rels/.rels, "
                              "которая есть в каждом документе Word)", file=file_name) from None
        except (zipfile.BadZipFile, etree.XMLSyntaxError, ValueError, NotImplementedError, RuntimeError) as exc:
            raise ReportError(f"файл Word повреждён или это не .docx ({type(exc).__name__})",
                              file=file_name) from None
        main = next((r.get("Target") for r in root_rels
                     if r.get("Type", "").endswith("/officeDocument")), None)
        if not main:
            raise ReportError("файл Word повреждён или это не .docx (нет основной части документа)",
                              file=file_name)
        self.main_path = main.lstrip("/")
        try:
            self.document = self._xml(self.main_path)
        except (KeyError, etree.XMLSyntaxError) as exc:
            raise ReportError(f"файл Word повреждён: основная часть не читается ({type(exc).__name__})",
                              file=file_name) from None
        self.related = self._relationships(self.main_path)

    def _xml(self, path: str):
        return etree.fromstring(self.zip.read(path), _PARSER)

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        folder, name = posixpath.split(part)
        try:
            rels = self._xml(posixpath.join(folder, "_rels", name + ".rels"))
        except (KeyError, etree.XMLSyntaxError):
            return {}
        found = {}
        for rel in rels:
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                posixpath.join(folder, target))
            found[rel.get("Id")] = (rel.get("Type", "").rsplit("/", 1)[-1], path)
        return found

    def part(self, kind: str, rel_id: str | None = None):
        for rid, (rel_kind, path) in self.related.items():
            if rel_kind == kind and (rel_id is None or rid == rel_id):
                try:
                    return self._xml(path)
                except (KeyError, etree.XMLSyntaxError):
                    return None
        return None


_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


class _Footnotes:
    """Word's footnotes (footnotes.xml) and endnotes (endnotes.xml): a reference in the text shows as its
    number, 1, 2, 3 in the order the references stand («30¹»), and the note at the page's foot (an
    endnote: at the document's end) reads «¹ в т.ч. 8 иностранных». Here each reference met is given
    the next number as a superscript mark — footnotes and endnotes in one sequence, so Word's two
    numberings (1, 2 … and i, ii …) never give two notes one mark — and `lines()` gives its note with
    that mark, to stand under the table as a clerk's typed notes do. A reference with its own mark
    (w:customMarkFollows: «*» typed after it) shows that mark instead."""

    def __init__(self, part, endnotes=lambda: None):
        # functions reading footnotes.xml and endnotes.xml, called when a first reference is met
        self._parts = {"footnote": part, "endnote": endnotes}
        self._texts: dict[tuple[str, str], str] | None = None
        self.marks: dict[tuple[str, str], str] = {}

    def _read(self) -> dict[tuple[str, str], str]:
        if self._texts is None:
            self._texts = {}
            for kind, part in self._parts.items():
                root = part()
                for note in (root if root is not None else ()):
                    if _local(note) == kind and _attr(note, "id") is not None:
                        self._texts[(kind, _attr(note, "id"))] = " ".join(
                            _TextWalker(_Numbering(lambda: None, lambda: None)).blocks_text(note).split())
        return self._texts

    def reference(self, element, custom_mark: str, kind: str = "footnote") -> str:
        """The mark a w:footnoteReference or w:endnoteReference shows: '¹', '²', … or the custom mark
        typed after it ('')."""
        note_id = (kind, _attr(element, "id") or "")
        if note_id in self.marks:
            return "" if custom_mark else self.marks[note_id]
        if custom_mark:
            self.marks[note_id] = custom_mark
            return ""
        number = sum(1 for mark in self.marks.values() if mark[:1] in "⁰¹²³⁴⁵⁶⁷⁸⁹") + 1
        self.marks[note_id] = str(number).translate(_SUPERSCRIPT_DIGITS)
        return self.marks[note_id]

    def lines(self) -> list[str]:
        """'¹ в т.ч. 8 иностранных' for each note referenced, in the order of their marks."""
        if not self.marks:
            return []
        texts = self._read()
        return [f"{mark} {texts[note_id]}" for note_id, mark in self.marks.items() if texts.get(note_id)]


class _Numbering:
    """Automatic list numbers as Word renders them: '%1.' with decimal/roman/letter formats."""

    def __init__(self, numbering_part, styles_part):
        """The parts come as functions that read them: most paragraphs have no number and no
        style, and a python-docx template's styles.xml (350 KB) takes longer to parse than the
        table itself, so each part is read when a paragraph first needs it."""
        self._numbering_part, self._styles_part = numbering_part, styles_part
        self._abstract: dict[str, dict[int, dict]] | None = None
        self._nums: dict[str, tuple[str, dict[int, int]]] | None = None
        self._style_num: dict[str, tuple[str, int]] | None = None
        self.counters: dict[str, dict[int, int]] = {}
        self.footnotes: _Footnotes | None = None  # the document's footnotes, as Word numbers their marks

    @property
    def abstract(self) -> dict[str, dict[int, dict]]:
        if self._abstract is None:
            self._read_numbering(self._numbering_part())
        return self._abstract

    @property
    def nums(self) -> dict[str, tuple[str, dict[int, int]]]:
        if self._nums is None:
            self._read_numbering(self._numbering_part())
        return self._nums

    @property
    def style_num(self) -> dict[str, tuple[str, int]]:
        if self._style_num is None:
            self._read_styles(self._styles_part())
        return self._style_num

    def _read_numbering(self, numbering) -> None:
        self._abstract, self._nums = {}, {}
        if numbering is not None:
            for element in numbering:
                if _local(element) == "abstractNum":
                    levels = {}
                    for lvl in element:
                        if _local(lvl) != "lvl":
                            continue
                        levels[_int(lvl, "ilvl", 0)] = {
                            "start": _int(_child(lvl, "start"), "val", 1),
                            "format": _value(_child(lvl, "numFmt"), "decimal"),
                            "text": _value(_child(lvl, "lvlText"), ""),
                        }
                    self.abstract[_attr(element, "abstractNumId")] = levels
                elif _local(element) == "num":
                    overrides = {}
                    for override in element:
                        if _local(override) == "lvlOverride":
                            start = _child(override, "startOverride")
                            if start is not None:
                                overrides[_int(override, "ilvl", 0)] = _int(start, "val", 1)
                    abstract = _child(element, "abstractNumId")
                    self.nums[_attr(element, "numId")] = (_attr(abstract, "val") if abstract is not None else "",
                                                          overrides)

    def _read_styles(self, styles) -> None:
        self._style_num = {}
        if styles is not None:
            based_on, own = {}, {}
            for style in styles:
                if _local(style) != "style":
                    continue
                style_id = _attr(style, "styleId")
                parent = _child(style, "basedOn")
                if parent is not None:
                    based_on[style_id] = _attr(parent, "val")
                num_pr = _child(_child(style, "pPr"), "numPr")
                if num_pr is not None and _child(num_pr, "numId") is not None:
                    ilvl = _child(num_pr, "ilvl")
                    own[style_id] = (_attr(_child(num_pr, "numId"), "val"), _int(ilvl, "val", 0))
            for style_id in set(based_on) | set(own):
                seen, current = set(), style_id
                while current and current not in own and current not in seen:
                    seen.add(current)
                    current = based_on.get(current)
                if current in own:
                    self.style_num[style_id] = own[current]

    def label(self, paragraph_properties) -> str:
        """The number Word draws before a paragraph, or '' (bullets become '•')."""
        num_id, ilvl = None, 0
        num_pr = _child(paragraph_properties, "numPr")
        if num_pr is not None and _child(num_pr, "numId") is not None:
            num_id = _attr(_child(num_pr, "numId"), "val")
            level = _child(num_pr, "ilvl")
            ilvl = _int(level, "val", 0)
        else:
            style = _child(paragraph_properties, "pStyle")
            if style is not None and _attr(style, "val") in self.style_num:
                num_id, ilvl = self.style_num[_attr(style, "val")]
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        if ilvl not in levels:
            return ""
        key = num_id if overrides else f"abstract:{abstract_id}"
        counters = self.counters.setdefault(key, {})
        start = overrides.get(ilvl, levels[ilvl]["start"])
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if levels[ilvl]["format"] == "bullet":
            return "•"
        if levels[ilvl]["format"] == "none":
            return ""

        def render(match):
            level = int(match.group(1)) - 1
            value = counters.get(level, levels.get(level, {}).get("start", 1))
            return _format_number(value, levels.get(level, {}).get("format", "decimal"))

        return re.sub(r"%([1-9])", render, levels[ilvl]["text"] or "")


def _format_number(value: int, number_format: str) -> str:
    if value > 3999 or value < 1:
        return str(value)
    if number_format in ("upperRoman", "lowerRoman"):
        roman = ""
        for arabic, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
            while value >= arabic:
                roman, value = roman + letters, value - arabic
        return roman if number_format == "upperRoman" else roman.lower()
    if number_format in ("upperLetter", "lowerLetter"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if number_format == "upperLetter" else letter
    if number_format in ("russianUpper", "russianLower"):
        alphabet = "абвгдежзиклмнопрстуфхцчшщэюя"
        letter = alphabet[(value - 1) % len(alphabet)]
        return letter.upper() if number_format == "russianUpper" else letter
    return str(value)


class _TextWalker:
    """Reads paragraphs and cells as displayed; one per story so a field's state spans its runs."""

    def __init__(self, numbering: _Numbering):
        self.numbering = numbering
        self.fields: list[str] = []   # per open complex field: "code" until separate, then "result"

    def blocks_text(self, container) -> str:
        """The text of a cell / content control / header: paragraphs joined by newlines; a
        paragraph whose mark was deleted runs on into the next one, as Word shows it accepted."""
        parts: list[str] = []
        for kind, text, joins_next in self._blocks(container):
            parts.append(text)
            parts.append("" if joins_next else "\n")
        if parts and parts[-1] == "\n":
            parts.pop()
        return "".join(parts)

    def _blocks(self, container):
        for element in container:
            name = _local(element)
            if name == "p":
                text, joins_next = self.paragraph(element)
                yield "p", text, joins_next
            elif name == "tbl":
                yield "tbl", self.nested_table(element), False
            elif name in ("sdt", "customXml"):
                content = _child(element, "sdtContent") if name == "sdt" else element
                if name == "sdt" and _showing_placeholder(element):
                    continue
                if content is not None:
                    yield from self._blocks(content)
            elif name in ("ins", "moveTo"):
                yield from self._blocks(element)

    def paragraph(self, paragraph) -> tuple[str, bool]:
        properties = _child(paragraph, "pPr")
        mark = _child(properties, "rPr")
        joins_next = mark is not None and any(_local(c) in ("del", "moveFrom") for c in mark)
        pieces: list[str] = []
        if properties is not None:
            label = self.numbering.label(properties)
            if label:
                pieces.append(label + " ")
        self._inline(paragraph, pieces)
        return "".join(pieces), joins_next

    def _inline(self, container, out: list[str]) -> None:
        for element in container:
            name = _local(element)
            if name in _REMOVED:
                continue
            if name == "r":
                self._run(element, out)
            elif name == "sdt":
                if not _showing_placeholder(element):
                    content = _child(element, "sdtContent")
                    if content is not None:
                        self._inline(content, out)
            elif name in _TRANSPARENT:
                self._inline(element, out)
            elif name == "m:oMath" or name == "m:oMathPara":
                out.append("".join(t.text or "" for t in element.iter(f"{{{M}}}t")))
            elif name == "mc:AlternateContent":
                self._alternate(element, out, inline=True)

    def _run(self, run, out: list[str]) -> None:
        properties = _child(run, "rPr")
        hidden = properties is not None and any(  # a w:vanish of either namespace, i.e. _local(c) == "vanish"
            c.tag in _VANISH_TAGS and _attr(c, "val") not in ("0", "false", "off") for c in properties)
        for element in run:
            name = _local(element)
            if name == "fldChar":
                kind = _attr(element, "fldCharType")
                if kind == "begin":
                    self.fields.append("code")
                elif kind == "separate" and self.fields:
                    self.fields[-1] = "result"
                elif kind == "end" and self.fields:
                    self.fields.pop()
                continue
            if hidden or "code" in self.fields:
                continue
            if name == "t":
                out.append(element.text or "")
            elif name in ("tab", "ptab"):
                out.append(" ")
            elif name in ("br", "cr"):
                out.append("\n")
            elif name == "noBreakHyphen":
                out.append("-")
            elif name == "softHyphen":
                out.append("\u00ad")
            elif name in ("drawing", "pict", "object"):
                self._text_boxes(element, out)
            elif name == "mc:AlternateContent":
                self._alternate(element, out)
            elif name == "ruby":  # a phonetic guide over words: the words (w:rubyBase) are the text, not the guide (w:rt)
                base = _child(element, "rubyBase")
                if base is not None:
                    self._inline(base, out)
            elif name in ("footnoteReference", "endnoteReference"):
                footnotes = self.numbering.footnotes
                if footnotes is not None:
                    custom = ""
                    if _attr(element, "customMarkFollows") in ("1", "true", "on"):
                        following = element.getnext()
                        custom = (following.text or "").strip() if following is not None and _local(following) == "t" \
                            else "*"
                    out.append(footnotes.reference(element, custom, name[:-len("Reference")]))
            elif name == "sym":  # «Вставка → Символ»: a symbol font's code in the private-use area is read by its font
                out.append(symbol_text(_attr(element, "font"), _attr(element, "char")))

    def _alternate(self, element, out: list[str], inline: bool = False) -> None:
        """Only one branch of mc:AlternateContent is shown: the first Choice, else the Fallback. Its runs (in a
        paragraph, `inline`) or a run's content (text, a symbol, a drawing) are read as if the branch were not there:
        only its text boxes were, and a run of text a program wrapped in it (LibreOffice, WPS) was lost unread."""
        branch = next((c for c in element if _local(c) in ("mc:Choice", "mc:Fallback")), None)
        if branch is None:
            return
        before = len(out)
        if inline:
            self._inline(branch, out)
        else:
            self._run(branch, out)
        if len(out) == before:
            self._text_boxes(branch, out)

    def _text_boxes(self, element, out: list[str]) -> None:
        """Text boxes drawn in a run (each once; a box inside a box is read with its outer box)."""
        for box in element.iter():
            if _local(box) != "txbxContent":
                continue
            if any(_local(a) == "txbxContent" for a in box.iterancestors() if a is not element):
                continue
            text = _TextWalker(self.numbering).blocks_text(box)
            if text.strip():
                out.append("\n" + text)

    def nested_table(self, table) -> str:
        """A table inside a cell reads row by row: cells joined by a space, rows by a newline; a row whose
        last cell is a bare number after cells of words is a label and its value, read as a person reads a two-column
        table, «Монгольская сторона | 9» → «Монгольская сторона – 9»."""
        lines = []
        for row in _table_rows(table):
            cells = [c.replace("\n", " ") for c in
                     (_TextWalker(self.numbering).blocks_text(tc).strip() for tc in _row_cells(row)) if c]
            if len(cells) > 1 and _VALUE_CELL.match(cells[-1]) and not any(_DIGIT.search(c) for c in cells[:-1]):
                cells = [" ".join(cells[:-1]) + " –", cells[-1]]
            line = " ".join(cells)
            if line:
                lines.append(line)
        return "\n".join(lines)


# a bare number: '9', 'около 40' ('12 человек' names its people and reads as it stands)
_VALUE_CELL = re.compile(r"(?:(?:около|более|свыше|не\s+менее|до|~)\s*)?\d[\d\s]*$")
_DIGIT = re.compile(r"\d")


def _showing_placeholder(sdt) -> bool:
    """A content control still showing its prompt («Щёлкните здесь…») holds no entered text."""
    properties = _child(sdt, "sdtPr")
    return properties is not None and _child(properties, "showingPlcHdr") is not None and _attr(
        _child(properties, "showingPlcHdr"), "val") not in ("0", "false", "off")


def _table_rows(table):
    """w:tr of a table, looking through row-level content controls and custom XML; deleted rows out."""
    for element in table:
        name = _local(element)
        if name == "tr":
            properties = _child(element, "trPr")
            if properties is not None and any(_local(c) in ("del", "moveFrom") for c in properties):
                continue
            yield element
        elif name == "sdt":
            content = _child(element, "sdtContent")
            if content is not None:
                yield from _table_rows(content)
        elif name in ("customXml", "ins", "moveTo"):
            yield from _table_rows(element)


def _row_cells(row):
    """w:tc of a row, looking through cell-level content controls; deleted cells out."""
    for tc, _ in _row_cells_with_properties(row):
        yield tc


_CELL_PROPERTY_TAGS = {f"{{{namespace}}}{name}": name for namespace in W_NAMESPACES
                       for name in ("cellDel", "gridSpan", "vMerge", "hMerge")}


def _cell_properties(properties) -> dict:
    """The first w:cellDel, w:gridSpan, w:vMerge and w:hMerge of a w:tcPr (or None) by name, found in one
    pass over its children: what _child(properties, name) gives for each."""
    found: dict = {}
    if properties is not None:
        for child in properties:
            name = _CELL_PROPERTY_TAGS.get(child.tag)
            if name is not None and name not in found:
                found[name] = child
    return found


def _row_cells_with_properties(row):
    """(w:tc, _cell_properties of its w:tcPr) of _row_cells: the reader needs the properties too,
    found once."""
    for element in row:
        name = _local(element)
        if name == "tc":
            properties = _cell_properties(_child(element, "tcPr"))
            if "cellDel" in properties:
                continue
            yield element, properties
        elif name == "sdt":
            content = _child(element, "sdtContent")
            if content is not None:
                yield from _row_cells_with_properties(content)
        elif name in ("customXml", "ins", "moveTo"):
            yield from _row_cells_with_properties(element)


def _grid_value(properties, name: str) -> int:
    return _grid_number(_child(properties, name))


def _grid_number(element) -> int:
    """The w:val of a w:gridSpan or w:gridBefore (None: 0); garbage and absurd values give 0."""
    value = _attr(element, "val") if element is not None else None
    return int(value) if value and value.isdigit() and len(value) < 4 else 0


# Elements that change nothing _TextWalker reads from a cell: table, row, cell, paragraph and run
# properties (formatting, borders, widths, spacing) and markers it skips. What is not here — a
# numbered or styled paragraph (numPr, pStyle), hidden text (vanish), tracked changes, fields,
# content controls, hyperlinks, drawings, symbols, a nested table, another namespace — sends the
# table to the walker.
_PLAIN_NAMES = (
    "tbl tblPr tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
    "tblCellSpacing tblInd tblBorders top left start bottom right end insideH insideV tl2br tr2bl shd "
    "tblLayout tblCellMar tblLook tblCaption tblDescription tblGrid gridCol "
    "tr trPr cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader hidden "
    "tc tcPr tcW gridSpan vMerge tcBorders noWrap tcMar textDirection tcFitText vAlign hideMark "
    "p pPr keepNext keepLines pageBreakBefore widowControl suppressLineNumbers pBdr between bar tabs "
    "suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
    "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap "
    "textAlignment textboxTightWrap outlineLvl "
    "r rPr rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
    "webHidden color w kern position sz szCs highlight u effect bdr fitText vertAlign rtl cs em lang "
    "eastAsianLayout specVanish bookmarkStart bookmarkEnd proofErr permStart permEnd "
    "lastRenderedPageBreak t tab ptab br cr noBreakHyphen softHyphen").split()
_PLAIN_TEXT = {"tab": " ", "ptab": " ", "br": "\n", "cr": "\n", "noBreakHyphen": "-", "softHyphen": "\u00ad"}
_OTHER, _T, _R, _P, _TC, _TR, _TEXT, _TBL, _TABS, _TR_PR, _GRID_BEFORE, _TC_PR, _GRID_SPAN, _V_MERGE, _STRIKE = range(15)
_PLAIN_KINDS: dict[str, int] = {}
_PLAIN_CHARACTERS: dict[str, str] = {}
for _namespace in W_NAMESPACES:
    for _name in _PLAIN_NAMES:
        _PLAIN_KINDS[f"{{{_namespace}}}{_name}"] = _OTHER
    for _name, _kind in (("t", _T), ("r", _R), ("p", _P), ("tc", _TC), ("tr", _TR), ("tbl", _TBL),
                         ("tabs", _TABS), ("trPr", _TR_PR), ("gridBefore", _GRID_BEFORE), ("tcPr", _TC_PR),
                         ("gridSpan", _GRID_SPAN), ("vMerge", _V_MERGE), ("strike", _STRIKE), ("dstrike", _STRIKE)):
        _PLAIN_KINDS[f"{{{_namespace}}}{_name}"] = _kind
    for _name, _char in _PLAIN_TEXT.items():
        _PLAIN_KINDS[f"{{{_namespace}}}{_name}"] = _TEXT
        _PLAIN_CHARACTERS[f"{{{_namespace}}}{_name}"] = _char


def _plain_cell_texts(table) -> dict | None:
    """w:tc → its text as _TextWalker.blocks_text reads it, for a table of plain cells, in one
    pass over the table's elements instead of a walk that looks up each element's properties
    (the cost of reading a .docx was three times that of parsing its XML). None when any element
    is not one of _PLAIN_NAMES or not where the walker reads it (w:tbl/w:tr/w:tc/w:p/w:r/w:t): then
    the walker reads the table. A plain cell's paragraphs have no number, no deleted mark and no
    hidden run, so its text is its paragraphs' runs (w:t, tabs, breaks) joined by newlines."""
    plain = _plain_table(table)
    return None if plain is None else plain[0]


def _plain_table(table) -> tuple[dict, list] | None:
    """_plain_cell_texts, and the rows the same pass met: [w:tr, its first w:trPr's first w:gridBefore,
    [[w:tc, its first w:tcPr, that one's first w:gridSpan, its first w:vMerge], …], whether a w:strike or
    w:dstrike stands in it] for each w:tr
    that is a child of the table — what _table_rows and _row_cells_with_properties find in a plain
    table (no content control, custom XML, insertion or deleted row or cell: those are not plain),
    so _read_table needs no second walk over the rows."""
    cells: dict = {}
    rows: list[list] = []
    row = cell = paragraph = run = None
    row_entry: list | None = None
    cell_entry: list | None = None
    row_properties = None
    paragraphs: list[list[str]] = []
    pieces: list[str] = []
    kinds, characters = _PLAIN_KINDS, _PLAIN_CHARACTERS
    for element in table.iter():
        kind = kinds.get(element.tag)
        if not kind:
            if kind is None:
                return None  # not a plain element (a comment or entity has a function for a tag)
            continue
        parent = element.getparent()
        if kind == _T:
            if run is None or parent is not run or len(element):
                return None
            pieces.append(element.text or "")
        elif kind == _R:
            run = element if paragraph is not None and parent is paragraph else None
        elif kind == _P:
            run = None
            if cell is not None and parent is cell:
                paragraph, pieces = element, []
                paragraphs.append(pieces)
            else:
                paragraph = None
        elif kind == _TC:
            paragraph = run = None
            if row is not None and parent is row:
                cell, paragraphs = element, []
                cells[element] = paragraphs
                cell_entry = [element, None, None, None]
                row_entry[2].append(cell_entry)
            else:
                cell = cell_entry = None
        elif kind == _TR:
            cell = paragraph = run = cell_entry = row_properties = None
            if parent is table:
                row = element
                row_entry = [element, None, [], False]
                rows.append(row_entry)
            else:
                row = row_entry = None
        elif kind == _TEXT:
            if run is not None and parent is run:
                pieces.append(characters[element.tag])
            elif not (kinds.get(parent.tag) == _TABS and characters[element.tag] == " " and
                      element.tag.endswith("}tab")):  # a tab stop of the paragraph's properties
                return None
        elif kind == _TBL:
            if element is not table:
                return None  # a nested table: the walker flattens it into its cell
        elif kind == _STRIKE:
            if row_entry is not None:
                row_entry[3] = True  # a struck run in this row: _read_table looks at the row's runs
        elif kind == _TR_PR:
            if row is not None and parent is row and row_properties is None:
                row_properties = element
        elif kind == _GRID_BEFORE:
            if row_properties is not None and parent is row_properties and row_entry[1] is None:
                row_entry[1] = element
        elif kind == _TC_PR:
            if cell_entry is not None and parent is cell and cell_entry[1] is None:
                cell_entry[1] = element
        elif cell_entry is not None and cell_entry[1] is not None and parent is cell_entry[1]:
            slot = 2 if kind == _GRID_SPAN else 3  # _GRID_SPAN or _V_MERGE
            if cell_entry[slot] is None:
                cell_entry[slot] = element
    texts = {element: "\n".join(map("".join, paragraphs)) for element, paragraphs in cells.items()}
    return texts, rows


def _read_table(table, index: int, numbering: _Numbering) -> _Table:
    plain = _plain_table(table)
    if plain is None:
        return _read_table_walked(table, index, numbering, None)
    texts, found = plain
    rows: list[_Row] = []
    for number, (_, grid_before, row_cells, _) in enumerate(found, start=1):
        column = _grid_number(grid_before)
        cells: list[_Cell] = []
        for tc, _, grid_span, merge in row_cells:
            span = max(1, _grid_number(grid_span))
            continues = merge is not None and (_attr(merge, "val") or "continue") == "continue"
            cells.append(_Cell(column, span, "" if continues else texts[tc], continues))
            column += span
        rows.append(_Row(cells, number))
    for row, (tr, _, _, strike) in zip(rows, found):
        if strike:
            row.struck = _struck_row(tr)
    return _Table(rows, index)


def _read_table_walked(table, index: int, numbering: _Numbering, plain: dict | None) -> _Table:
    """The table row by row (_table_rows, _row_cells_with_properties), each cell's text from
    `plain` (_plain_cell_texts) when it is there, else from the walker: any table that is not
    plain, and the reference the plain reading is tested against."""
    rows: list[_Row] = []
    trs = list(_table_rows(table))
    for number, tr in enumerate(trs, start=1):
        properties = _child(tr, "trPr")
        column = _grid_value(properties, "gridBefore")
        cells: list[_Cell] = []
        for tc, tc_properties in _row_cells_with_properties(tr):
            span = max(1, _grid_number(tc_properties.get("gridSpan")))
            if cells and _merged_into_the_cell_before(tc_properties.get("hMerge")):
                cells[-1].span += span  # Word 97's horizontal merge: one cell over both columns, as w:gridSpan says
                column += span
                continue
            merge = tc_properties.get("vMerge")
            continues = merge is not None and (_attr(merge, "val") or "continue") == "continue"
            if continues:
                text = ""
            elif plain is not None and tc in plain:
                text = plain[tc]
            else:
                text = _TextWalker(numbering).blocks_text(tc)
            cells.append(_Cell(column, span, text, continues))
            column += span
        rows.append(_Row(cells, number))
    _mark_struck(table, rows, trs)
    return _Table(rows, index)


def _merged_into_the_cell_before(h_merge) -> bool:
    """A w:hMerge that continues the merge begun left of it (Word 97–2003 and converters write it where Word now
    writes w:gridSpan): before, the two were read as two cells, and a date in a venue cell merged over the dates
    column was lost («не удалось прочитать даты»), as row 139 was for w:gridSpan."""
    return h_merge is not None and (_attr(h_merge, "val") or "continue") == "continue"


def _header_index(table: _Table) -> int | None:
    """The row the layout step will take as the header: enough columns named by meaning."""
    for i, row in enumerate(table.rows[:15]):
        texts = [c.text for c in row.cells]
        if len(texts) > 2 and sum(1 for t in texts if column_role(t)) >= len(REQUIRED_ROLES):
            return i
    return None


def _columns_of(header: _Row) -> list[tuple[int, int]]:
    return [(c.start, c.start + c.span) for c in header.cells]


def _sub_header(header: _Row, sub: _Row | None) -> list[tuple[int, int, str]] | None:
    """A second header row under a merged cell («Участники» over «всего» | «в т.ч. иностранных»):
    the header cells that it splits become one column per sub-cell. Returns (start, end, name) per
    column, or None when the next row is not such a sub-header (every other cell of it continues a
    vertically merged header cell)."""
    if sub is None or not sub.cells:
        return None
    split = False
    out: list[tuple[int, int, str]] = []
    for cell in header.cells:
        start, end = cell.start, cell.start + cell.span
        inside = [c for c in sub.cells if c.start >= start and c.start + c.span <= end]
        if cell.span > 1 and len(inside) > 1 and not any(c.continues for c in inside):
            split = True
            for part in inside:
                name = part.text.strip()
                out.append((part.start, part.start + part.span,
                            name if column_role(name) else f"{cell.text.strip()} {name}".strip()))
        elif all(c.continues or not c.text.strip() for c in inside):
            out.append((start, end, cell.text))
        else:
            return None
    return out if split else None


_PEOPLE_ROLES = ("participants", "attendance", "attendance_foreign", "attendance_home", "attendance_pair",
                 "attendance_online")


def _resolve(table: _Table, columns: list[tuple[int, int]], first_row: int,
             issues: list[Issue], merged_above: dict[int, str] | None = None,
             names: list[str] | None = None) -> list[GridRow]:
    """Physical rows → GridRows with one text per header column.

    A vertically merged cell shows its text in every row it spans (an info issue says so); a row
    whose first (number) cell continues the one above is the same event split over two rows and is
    joined into it. A cell wider or narrower than the header's lands in the header column it
    overlaps most, so rows drawn with slightly different cell borders do not shift.
    """
    above = merged_above if merged_above is not None else {}
    width_end = max((end for _, end in columns), default=0)
    dates_at = next((k for k, name in enumerate(names or ()) if column_role(name) == "dates"), None) \
        if names is not None and len(names) == len(columns) else None
    column_for = _column_finder(columns)
    out: list[GridRow] = []
    for row in table.rows:
        for cell in row.cells:
            if cell.continues:
                cell.text = above.get(cell.start, "")
            else:
                above[cell.start] = cell.text
        if len(row.cells) == 1 and (row.cells[0].span >= width_end - row.cells[0].start or len(columns) == 1):
            if not row.cells[0].continues:
                out.append(GridRow((row.cells[0].text,), first_row + row.table_row - 1, None))
            continue
        slots: list[list[str]] = [[] for _ in columns]
        continued: list[bool] = [True for _ in columns]
        overflow: list[str] = []  # cells past the header's last column: added to it, and named (GridRow.overflow)
        for cell in row.cells:
            target = column_for(cell)
            if target is None:
                continue
            slots[target].append(cell.text)
            continued[target] = continued[target] and cell.continues
            if cell.start >= width_end and not cell.continues and cell.text.strip():
                overflow.append(" ".join(cell.text.split()))
        texts = ["\n".join(t for t in slot if t) if len(slot) > 1 else (slot[0] if slot else "")
                 for slot in slots]
        if dates_at is not None and not slots[dates_at]:
            _dates_from_a_merged_cell(row, columns, dates_at, column_for, texts, names, first_row, issues)
        if out and row.cells and row.cells[0].continues and column_for(row.cells[0]) == 0 \
                and len(out[-1].cells) == len(columns):
            previous = out[-1]
            joined = tuple(p if continued[k] or not texts[k].strip() else (p + "\n" + texts[k] if p.strip() else texts[k])
                           for k, p in enumerate(previous.cells))
            out[-1] = GridRow(joined, previous.table_row, None, struck=previous.struck and row.struck)
            continue
        spread = [k for k in range(len(columns)) if continued[k] and slots[k] and texts[k].strip()]
        people = [k for k in spread if names is not None and k < len(names) and column_role(names[k]) in _PEOPLE_ROLES]
        if people and out:
            # one participants cell over two events: a person reads the same people at both, so a sum
            # over events counts them twice — a warning, not only a note
            issues.append(Issue(
                "row", " | ".join(texts[k] for k in people)[:200],
                f"строка {first_row + row.table_row - 1} таблицы: ячейка участников объединена по вертикали с "
                f"мероприятием выше — её люди отнесены к обоим мероприятиям и в итогах учтены дважды", "warning",
                event_number(texts[0])))
            spread = [k for k in spread if k not in people]
        if spread and out:
            number = event_number(texts[0])
            issues.append(Issue(
                "row", " | ".join(texts[k] for k in spread)[:200],
                f"строка {first_row + row.table_row - 1} таблицы: текст объединённой по вертикали ячейки "
                f"отнесён к каждой строке, которую она занимает", "info",
                number))
        out.append(GridRow(tuple(texts), first_row + row.table_row - 1, None, struck=row.struck,
                           overflow=tuple(overflow)))
    return out


def _dates_from_a_merged_cell(row, columns, dates_at: int, column_for, texts: list[str], names, first_row: int,
                              issues: list[Issue]) -> None:
    """A cell merged across the dates column and its neighbour («г. Москва, ЦВК «Экспоцентр» 21–24 октября 2024 года»
    over «Место» and «Сроки»: w:gridSpan) lands in the column it overlaps most, and the dates column stayed empty —
    «не удалось прочитать даты» with the dates in sight. Its text is read as the dates too (an info names the row)."""
    start, end = columns[dates_at]
    cell = next((c for c in row.cells if not c.continues and c.text.strip() and c.start < end
                 and c.start + c.span > start and column_for(c) != dates_at), None)
    if cell is None or sum(1 for text in texts if text.strip()) < 3 \
            or sum(1 for first, last in columns if first < cell.start + cell.span and last > cell.start) > 2:
        return  # a heading merged over the row («1. | Сотрудничество в сфере культуры»), not an event's two cells
    texts[dates_at] = cell.text
    issues.append(Issue("row", " ".join(cell.text.split())[:200],
                        f"строка {first_row + row.table_row - 1} таблицы: ячейка объединена со столбцом "
                        f"«{' '.join(names[dates_at].split())[:60]}» — даты прочитаны из её текста", "info",
                        event_number(texts[0]) if texts else None))


def _column_for(cell: _Cell, columns: list[tuple[int, int]]) -> int | None:
    return _column_finder(columns)(cell)


# Above this many header columns _column_at's scan of every column for every cell position (and its cache key,
# the whole tuple, built per cell) was quadratic: a 60 KB .docx with 2,000 empty header cells took 45 s to read
# (profiled), 10,000 several minutes. Every table Word itself makes has at most 63 columns.
_WIDE = 64


def _column_finder(columns: list[tuple[int, int]]):
    """cell → _column_at(cell.start, cell.span, columns), with what every lookup needs made once: for a wide
    header in order without overlaps (a header row's cells) each lookup is a bisection from the column the
    cell starts in — the same answer as the scan, which any other columns still get."""
    key = tuple(columns)
    ordered = len(key) > _WIDE and all(key[k][0] < key[k][1] <= key[k + 1][0] for k in range(len(key) - 1))
    if not ordered:
        return lambda cell: _column_at(cell.start, cell.span, key)
    starts = [first for first, _ in key]

    def find(cell: _Cell) -> int | None:
        start, end = cell.start, cell.start + cell.span
        at = bisect.bisect_right(starts, start) - 1
        best, best_overlap = None, 0
        k = max(at, 0)
        while k < len(key) and key[k][0] < end:
            overlap = min(key[k][1], end) - max(key[k][0], start)
            if overlap > best_overlap:
                best, best_overlap = k, overlap
            k += 1
        if best is None:
            best = min((k for k in (at, at + 1) if 0 <= k < len(key)), key=lambda k: (abs(key[k][0] - start), k))
        return best
    return find


@lru_cache(maxsize=4096)
def _column_at(start: int, span: int, columns: tuple[tuple[int, int], ...]) -> int | None:
    """The header column a cell at grid column `start`, `span` wide, overlaps most (else the
    nearest): rows repeat the same few cell positions, so each is worked out once."""
    cell = _Cell(start, span, "", False)
    best, best_overlap = None, 0
    for k, (start, end) in enumerate(columns):
        overlap = min(end, cell.start + cell.span) - max(start, cell.start)
        if overlap > best_overlap:
            best, best_overlap = k, overlap
    if best is None and columns:
        best = min(range(len(columns)), key=lambda k: abs(columns[k][0] - cell.start))
    return best


def _side_tables(blocks: list[tuple[str, object]]) -> dict[int, str]:
    """Table index → etl.side_tables kind, for the tables with the events' header that are a plan or a summary,
    judged by the paragraphs right above each (and the lines of its own above its header). Empty unless some other
    headed table is not one: a file holding only a plan or a summary is read as before."""
    kinds: dict[int, str | None] = {}
    above: list[str] = []
    for kind, item in blocks:
        if kind == "p":
            above.extend(str(item).split("\n"))
            continue
        table: _Table = item
        at = _header_index(table)
        if at is not None:
            texts = [[c.text for c in row.cells] for row in table.rows]
            kinds[table.index] = side_table_kind(above + [t for row in texts[:at] for t in row], texts[at],
                                                 texts[at + 1:])
        above = []
    if all(kinds.values()):
        return {}
    return {index: kind for index, kind in kinds.items() if kind}


def _side_table_issue(table: _Table, kind: str) -> Issue:
    """The info naming a plan or a summary table set aside."""
    index = table.index
    return Issue("table", _table_preview(table), side_table_message(f"таблица {index} документа", kind), "info")


def _side_title(lines: list[str]) -> bool:
    """Whether lines above a plan or summary are that table's own title rather than the report's."""
    return side_table_kind(lines, ("№", "Наименование", "Сроки"), ()) == PLAN


def _table_preview(table: _Table) -> str:
    text = " | ".join(c.text.strip() for row in table.rows[:2] for c in row.cells if c.text.strip())
    return " ".join(text.split())[:120]


def _continues_events(table: _Table, width: int, rows: list[GridRow], header: tuple[str, ...] | None,
                      between: list[str]) -> bool:
    """A later table with the events' columns that carries the events on, not another numbered table
    such as a plan: it repeats the events' header row, or its numbering carries on past the last
    event (a table the clerk split at a page break — also when a row was taken out at the split, so the
    numbers jump: before, the whole second part was set aside as «не похожа на таблицу мероприятий»),
    or it starts again at 1 under a heading paragraph (one table per sector). Columns the second part
    has past the events' and that hold nothing (a column drawn wider) do not make it another table."""
    if _filled_width(table) != width and max((len(r.cells) for r in table.rows), default=0) != width:
        return False
    first_row = next((r for r in table.rows if len(r.cells) > 1), None)
    if header is not None and first_row is not None and \
            tuple(clean(c.text) for c in first_row.cells) == tuple(clean(c) for c in header):
        return True
    number_at = next((k for k, c in enumerate(header or ()) if column_role(c) == "number"), 0)
    last = max((n for r in rows if len(r.cells) > number_at + 1 and (n := event_number(r.cells[number_at])) is not None),
               default=0)
    first = next((n for r in table.rows if len(r.cells) > number_at + 1
                  and (n := event_number(r.cells[number_at].text)) is not None), None)
    headed = [line for line in between if line.strip()]
    if first is None:
        return False
    if first == last + 1 or (first == 1 and bool(headed)):
        return True
    # numbered on with a jump (rows taken out at the split): the report's second part — also under a paragraph naming
    # a plan, whose rows build_report then reads as the report's or as a plan by their dates against the quarter
    # (`normalize._plan_is_the_reports`); set aside here, the report's rows were lost with an info only
    return last < first <= last + _MAX_ROWS_TAKEN_OUT


# How far the numbers may jump where a table was split: rows taken out at the split. A table numbered far past
# the events (a year «2025» in its first column, a register's numbers) is no continuation.
_MAX_ROWS_TAKEN_OUT = MAX_ROWS_TAKEN_OUT


def _filled_width(table: _Table) -> int:
    """How many columns of a table hold text: the widest row's, without empty columns at its right edge."""
    return max((max((k + 1 for k, c in enumerate(r.cells) if c.text.strip()), default=0)
                for r in table.rows if len(r.cells) > 1), default=0)


def _cards_as_table(blocks: list[tuple[str, object]]) -> tuple[list[tuple[str, object]], _Table, list[Issue]] | None:
    """A report written as one two-column card per event (label | value rows) → one events table, by the rule
    etl/cards.py shares with a text dump of such cards. None when the tables are no cards."""
    found = cards_table([("card", _card_labels(item)) if kind == "tbl" else (kind, item) for kind, item in blocks])
    if found is None:
        return None
    width = len(found.rows[0])
    rows = [_Row([_Cell(c, 1, text, False) for c, text in enumerate(found.rows[0])], 1)]
    for cells in found.rows[1:]:
        rows.append(_Row([_Cell(0, width, cells[0], False)] if len(cells) == 1
                         else [_Cell(c, 1, text, False) for c, text in enumerate(cells)], len(rows) + 1))
    table = _Table(rows, blocks[found.first][1].index)
    raw, message = cards_message(found)
    return (blocks[:found.before_end] + [("tbl", table)] + blocks[found.last + 1:], table,
            [Issue("table", raw, message, "info")])


def _card_labels(table: _Table) -> list[tuple[str, str]] | None:
    """A «card» table's (label, value) pairs (etl/cards.py), or None for any other table."""
    return card_pairs([[c.text for c in row.cells] for row in table.rows])


def _lift_boxed_tables(body) -> list[Issue]:
    """A document with no table of its own whose tables stand in a text box (w:txbxContent: «Вставка → Надпись»,
    or a layout a program drew): the box's paragraphs and tables are put in the body where its anchoring paragraph
    stands, so the events table is read as a table. Before, the box was read as its paragraph's text, the table's
    rows as lines, and the quarter refused as «в документе Word нет таблицы мероприятий». Only the branch Word shows
    (mc:Choice over its mc:Fallback copy) and outer boxes; a document with a table in its body is left as it is."""
    if any(_local(e) == "tbl" for e in _body_blocks(body)):
        return []

    def shown(box) -> bool:
        for ancestor in box.iterancestors():
            name = _local(ancestor)
            if name == "txbxContent":
                return False  # a box inside a box: read with its outer box
            if name == "mc:Fallback" and any(_local(c) == "mc:Choice" for c in ancestor.getparent()):
                return False
        return True

    lifted = 0
    for anchor in list(_body_blocks(body)):
        boxes = [b for b in anchor.iter() if _local(b) == "txbxContent" and shown(b)
                 and any(_local(e) == "tbl" for e in b.iter())]
        at = anchor
        for box in boxes:
            for child in list(box):
                if _local(child) in ("p", "tbl", "sdt"):
                    at.addnext(child)
                    at = child
                    lifted += _local(child) == "tbl"
    if not lifted:
        return []
    return [Issue("table", "", "таблица стоит в надписи (текстовом поле) документа и прочитана оттуда", "info")]


def _lift_page_header_tables(package: _Package, body, numbering: _Numbering) -> list[Issue]:
    """A document with no table in its body whose events table stands in a page header or footer (a clerk typed
    it there, or a template put it there): Word shows it on every page, and the quarter was refused «в документе Word
    нет таблицы мероприятий». The first header's or footer's table with the events' header row is put at the body's
    end, under the title paragraphs, once (the same table repeats on every page), with an info saying where it was
    read from. A document with a table in its body is left as it is: a header's table there is a letterhead."""
    if any(_local(e) == "tbl" for e in _body_blocks(body)):
        return []
    for rel_id, (kind, _) in package.related.items():
        if kind not in ("header", "footer"):
            continue
        part = package.part(kind, rel_id)
        if part is None:
            continue
        for element in part.iter():
            if _local(element) != "tbl" or any(_local(a) == "tbl" for a in element.iterancestors()):
                continue
            if _header_index(_read_table(element, 1, numbering)) is None:
                continue
            end = next((e for e in body if _local(e) == "sectPr"), None)
            if end is not None:
                end.addprevious(element)
            else:
                body.append(element)
            place = "верхнем колонтитуле" if kind == "header" else "нижнем колонтитуле"
            return [Issue("table", "", f"таблица мероприятий стоит в {place} документа (Word повторяет её на каждой "
                                       "странице) и прочитана оттуда один раз", "info")]
    return []


def _body_blocks(container):
    """Top-level paragraphs and tables of the body, looking through block content controls."""
    for element in container:
        name = _local(element)
        if name in ("p", "tbl"):
            yield element
        elif name == "sdt":
            if _showing_placeholder(element):
                continue
            content = _child(element, "sdtContent")
            if content is not None:
                yield from _body_blocks(content)
        elif name in ("customXml", "ins", "moveTo"):
            yield from _body_blocks(element)


def _page_header_text(package: _Package, body, numbering: _Numbering) -> list[str]:
    """The first page's header (the 'first' one when the section has a distinct first page)."""
    section = None
    for element in body.iter():
        if _local(element) == "sectPr":
            section = element
            break
    if section is None:
        return []
    references = {(_attr(r, "type") or "default"): next(
        (v for k, v in r.attrib.items() if k.endswith("}id")), None)
        for r in section if _local(r) == "headerReference"}
    title_page = _child(section, "titlePg")
    distinct_first = title_page is not None and _attr(title_page, "val") not in ("0", "false", "off")
    rel_id = references.get("first") if distinct_first else None
    rel_id = rel_id or references.get("default")
    if rel_id is None:
        return []
    header = package.part("header", rel_id)
    if header is None:
        return []
    text = _TextWalker(numbering).blocks_text(header)
    return [line for line in text.split("\n") if line.strip()]


def _looks_like_title(lines: list[str]) -> bool:
    from .title import parse_title

    try:
        parse_title(" ".join(lines))
    except ReportError:
        return False
    return True


# Tracked changes Word still holds (Рецензирование → Исправления): text inserted or deleted, moved, a row or cell
# inserted or deleted, a paragraph mark deleted. The reader takes the text as if all were accepted; the user is told.
_REVISIONS = {"ins": "вставка", "del": "удаление", "moveFrom": "перемещение", "moveTo": "перемещение",
              "cellIns": "вставка", "cellDel": "удаление", "cellMerge": "объединение ячеек"}
_TEXT_OF_A_RUN = {"t", "delText"}
_HIDDEN_NAMED = 30  # cells whose hidden words are quoted one by one


def _unseen_markup_issues(body, header: _Row | None, numbering: _Numbering) -> list[Issue]:
    """What the document holds that its reading does not show, said so no one takes the loaded text for all of it:
    unaccepted tracked changes (one info for the document, naming the events they stand in), and hidden text
    (w:vanish — Word neither shows nor prints it; one info per event and column, its words quoted as text).
    Before, both were read as Word shows the accepted document with no word: a clerk's deleted count or hidden
    note was gone without a trace."""
    revisions: dict[str, int] = {}
    revised_at: list[str] = []
    hidden: dict[tuple, list[str]] = {}
    places: dict = {}  # (w:tr, w:tc) → _where's answer, each row's number read once
    for element in body.iter():
        name = _local(element)
        if name in _REVISIONS:
            parent = _local(element.getparent()) if element.getparent() is not None else ""
            if parent == "rPr" and _local(element.getparent().getparent()) == "pPr" and name not in ("del", "moveFrom"):
                continue  # an inserted paragraph mark changes nothing that is read
            if parent == "rPr" and _local(element.getparent().getparent()) != "pPr":
                continue  # a run's formatting history, not its text
            if parent not in ("rPr", "trPr", "tcPr") and not any(
                    (t.text or "").strip() for t in element.iter() if _local(t) in _TEXT_OF_A_RUN):
                continue  # an insertion or deletion of no words
            kind = _REVISIONS[name]
            revisions[kind] = revisions.get(kind, 0) + 1
            row, event, _ = _where(element, header, numbering, places)
            where = (f"строка {row} таблицы" if row else "удалённая строка") + (
                f" (№ {event})" if event is not None else "") if row or event is not None else ""
            if where and where not in revised_at:
                revised_at.append(where)
        elif name == "vanish" and _local(element.getparent()) == "rPr" and _attr(element, "val") not in (
                "0", "false", "off"):
            run = element.getparent().getparent()
            if _local(run) != "r":
                continue  # a hidden paragraph mark: no words
            words = "".join(t.text or "" for t in run if _local(t) in _TEXT_OF_A_RUN)
            if words.strip():
                hidden.setdefault(_where(run, header, numbering, places), []).append(words)
    issues: list[Issue] = _picture_only_cells(body, header, numbering, places)
    if revisions:
        counted = ", ".join(f"{kind} — {n}" for kind, n in revisions.items())
        place = f"; где: {', '.join(revised_at[:12])}{' …' if len(revised_at) > 12 else ''}" if revised_at else ""
        issues.append(Issue("file", "", f"в документе остались непринятые исправления ({counted}{place}): текст прочитан "
                                        "так, как если бы все они были приняты — удалённое не прочитано, вставленное "
                                        "прочитано; если это не так, примите или отклоните исправления в Word "
                                        "(Рецензирование → Принять/Отклонить) и загрузите файл заново", "info"))
    for (row, event, column), pieces in list(hidden.items())[:_HIDDEN_NAMED]:
        words = " ".join(" ".join(pieces).split())
        place = (f"строка {row} таблицы" + (f" (№ {event})" if event is not None else "")
                 + (f", столбец «{column}»" if column else "") + ": ") if row else ""
        issues.append(Issue(column_role(column) or "file" if column else "file", words[:300],
                            f"{place}скрытый текст (Word его не показывает и не печатает) не прочитан — "
                            f"«{words[:120]}{'…' if len(words) > 120 else ''}»", "info", event))
    if len(hidden) > _HIDDEN_NAMED:  # a file hiding text in every cell gets a line, not a row per cell
        issues.append(Issue("file", "", f"скрытый текст есть ещё в {len(hidden) - _HIDDEN_NAMED} ячейках — "
                                        "он тоже не прочитан", "info"))
    return issues


_PICTURES = frozenset({"drawing", "pict", "object"})


def _picture_only_cells(body, header: _Row | None, numbering: _Numbering, places: dict) -> list[Issue]:
    """An event's cell holding a picture and no text (a scanned count or date pasted as an image, a signature's
    scan): read as empty with no word — the event's participants or dates silently missing. A warning per cell,
    naming the row, the event and the column; a cell with text beside its picture, or a picture outside the events'
    rows (a logo over the title), says nothing."""
    issues: list[Issue] = []
    for cell in body.iter():
        if _local(cell) != "tc":
            continue
        picture = next((e for e in cell.iter() if _local(e) in _PICTURES), None)
        if picture is None or any((t.text or "").strip() for t in cell.iter() if _local(t) in _TEXT_OF_A_RUN):
            continue
        row, event, column = _where(picture, header, numbering, places)
        if event is None or not column:
            continue
        issues.append(Issue(column_role(column) or "table", "", f"строка {row} таблицы (№ {event}), столбец «{column}»: "
                            "в ячейке только рисунок (скан или снимок текста?) — его текст не прочитан, ячейка "
                            "прочитана пустой; впишите текст в ячейку и загрузите файл заново", "warning", event))
    return issues


def _where(element, header: _Row | None, numbering: _Numbering, places: dict) -> tuple[int, int | None, str]:
    """The body table row an element stands in: (23, 21, the column's header) for row 23 of its table, event № 21 —
    the outermost w:tr, so a nested table's row names its event's; (0, None, '') outside any table."""
    row = cell = None
    for ancestor in element.iterancestors():
        name = _local(ancestor)
        if name == "tc":
            cell = ancestor
        elif name == "tr":
            row, outer_cell = ancestor, cell
    if row is None:
        return 0, None, ""
    if (row, outer_cell) not in places:
        places[(row, outer_cell)] = _row_place(row, outer_cell, header, numbering, places)
    return places[(row, outer_cell)]


def _row_place(row, outer_cell, header: _Row | None, numbering: _Numbering, places: dict) -> tuple[int, int | None, str]:
    table = row.getparent()
    while table is not None and _local(table) != "tbl":
        table = table.getparent()
    if table not in places:
        places[table] = {tr: k for k, tr in enumerate(_table_rows(table), start=1)} if table is not None else {}
    number = places[table].get(row, 0)
    cells = list(_row_cells_with_properties(row))
    event = event_number(_TextWalker(numbering).blocks_text(cells[0][0]).strip()) if cells else None
    column = ""
    if header is not None and outer_cell is not None:
        start = _grid_value(_child(row, "trPr"), "gridBefore")
        for tc, properties in cells:
            if tc is outer_cell:
                column = next((" ".join(c.text.split()) for c in header.cells
                               if c.start <= start < c.start + c.span), "")
                break
            start += max(1, _grid_number(properties.get("gridSpan")))
    return number, event, column


def docx_grid(data: bytes, file_name: str = "") -> GridReading:
    """A .docx report → Grid (title lines, table rows, footer lines) plus info issues about what
    was set aside (other tables, merged cells).

    The events table is the first whose header names the columns (№, наименование, сроки…), not
    simply the first table: a cover table or a signature table around it is named as ignored.
    """
    try:
        return _read_docx(data, file_name)
    except ReportError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, RecursionError, RuntimeError, NotImplementedError,
            OSError, zipfile.BadZipFile, etree.LxmlError) as exc:  # a broken or hostile file, never a crash
        raise ReportError(f"файл Word не читается ({type(exc).__name__})", file=file_name) from None


# w:altChunk: a fragment (HTML, RTF, another .docx) that a program or a web site put into the package for Word to
# merge in when it opens the file; its text is not in the document. A report saved so was refused as «в документе
# Word нет таблицы мероприятий» — which sent the clerk looking for a table they could see on the screen — and a
# fragment beside the table was dropped with no word.
ALT_CHUNK_ONLY = ("текст документа вставлен как внешний фрагмент (w:altChunk — так сохраняют отчёты некоторые программы "
                  "и сайты): Word собирает его при открытии, а в самом файле таблицы нет. Откройте файл в Word, "
                  "сохраните его заново (Файл → Сохранить как → Документ Word) и загрузите сохранённый")
ALT_CHUNK_BESIDE = ("в документе есть внешние фрагменты (w:altChunk: {}), Word вставляет их при открытии — они не "
                    "прочитаны. Если в них часть мероприятий, откройте файл в Word, сохраните заново и загрузите его")


ALT_CHUNK_READ = ("внешний фрагмент документа (w:altChunk, {}) прочитан как часть документа: Word вставляет его "
                  "при открытии файла")
_MAX_CHUNK_DEPTH = 3  # a .docx fragment holding fragments of its own: read so deep, then named as unread


def _chunk_blocks(data: bytes, file_name: str, depth: int) -> tuple[str, list] | None:
    """A w:altChunk part's bytes → (its kind, the w:p / w:tbl elements Word merges in for it), or None for a
    fragment not read here (RTF, an image, a damaged part): HTML and MHT through etl.html_blocks (text only), a
    .docx package or a bare document part through this reader's own walk."""
    from .html_blocks import html_blocks, html_text, mht_html, text_blocks

    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:4096]
    lowered = head.lower()
    if head.startswith(b"{\\rtf"):
        return None
    if head.startswith(b"PK\x03\x04"):
        from .zipguard import check_zip

        try:
            check_zip(data, file_name)
            inner = _Package(data, file_name)
        except ReportError:
            return None
        body = _child(inner.document, "body")
        if body is None:
            return None
        _inline_alt_chunks(inner, body, file_name, depth + 1)
        return "документ Word", [e for e in body if _local(e) != "sectPr"]
    if b"mime-version" in lowered[:1024] or b"multipart/related" in lowered:
        text = mht_html(data)
        return ("MHT", html_blocks(text)) if text is not None else None
    if b"wordprocessingml" in lowered and b"<" in head[:1]:
        try:
            body = _child(etree.fromstring(data, _PARSER), "body")
        except etree.XMLSyntaxError:
            return None
        return ("документ Word", [e for e in body if _local(e) != "sectPr"]) if body is not None else None
    if re.search(rb"<(?:!doctype\s+html|html|body|table|p|div)\b", lowered):
        return "HTML", html_blocks(html_text(data))
    try:
        return "текст", text_blocks(data.decode("utf-8"))
    except UnicodeDecodeError:
        return None


def _inline_alt_chunks(package: _Package, body, file_name: str, depth: int = 0) -> tuple[list[str], int]:
    """Each w:altChunk whose fragment can be read is replaced, where it stands (the body or a cell), by the
    paragraphs and tables Word merges in for it; (the kinds read, the number left unread). Before, the fragment was
    never read: a report whose table came as HTML or as an embedded .docx was refused, one beside the table lost."""
    read: list[str] = []
    unread = 0
    for chunk in [e for e in body.iter() if _local(e) == "altChunk"]:
        rel_id = next((v for k, v in chunk.attrib.items() if k.endswith("}id")), None)
        target = package.related.get(rel_id) if rel_id else None
        blocks = None
        if target is not None and depth < _MAX_CHUNK_DEPTH:
            try:
                blocks = _chunk_blocks(package.zip.read(target[1]), file_name, depth)
            except KeyError:
                blocks = None
        parent = chunk.getparent()
        if blocks is None or parent is None:
            unread += 1
            continue
        kind, elements = blocks
        at = parent.index(chunk)
        parent.remove(chunk)
        if _local(parent) == "tc" and not elements:
            elements = [etree.Element(f"{{{W_NAMESPACES[0]}}}p")]
        for offset, element in enumerate(elements):
            parent.insert(at + offset, element)
        read.append(kind)
    return read, unread


def _read_docx(data: bytes, file_name: str) -> GridReading:
    package = _Package(data, file_name)
    body = _child(package.document, "body")
    if body is None:
        raise ReportError("файл Word повреждён: нет тела документа", file=file_name)
    chunks_read, chunks = _inline_alt_chunks(package, body, file_name)
    chunk_issues = [Issue("file", "", ALT_CHUNK_READ.format(", ".join(dict.fromkeys(chunks_read))), "info")] \
        if chunks_read else []
    numbering = _Numbering(lambda: package.part("numbering"), lambda: package.part("styles"))
    numbering.footnotes = _Footnotes(lambda: package.part("footnotes"), lambda: package.part("endnotes"))

    blocks: list[tuple[str, object]] = []
    tables: list[_Table] = []
    walker = _TextWalker(numbering)
    pending = ""
    boxed_issues = _lift_boxed_tables(body) + _lift_page_header_tables(package, body, numbering)
    for element in _body_blocks(body):
        if _local(element) == "p":
            text, joins_next = walker.paragraph(element)
            if joins_next:
                pending += text
                continue
            blocks.append(("p", pending + text))
            pending = ""
        else:
            table = _read_table(element, len(tables) + 1, numbering)
            tables.append(table)
            blocks.append(("tbl", table))
    if pending:
        blocks.append(("p", pending))
    if not tables:
        # No table: the events may be numbered paragraphs with labelled lines (etl/paragraphs.py).
        from .paragraphs import PARAGRAPHS_NOTE, grid_from_paragraphs

        listed = grid_from_paragraphs([line for kind, item in blocks for line in str(item).split("\n")])
        if listed is None:
            raise ReportError(ALT_CHUNK_ONLY if chunks else "в документе Word нет таблицы мероприятий", file=file_name)
        return GridReading(listed, (PARAGRAPHS_NOTE,) + tuple(chunk_issues) + (
            (Issue("file", "", ALT_CHUNK_BESIDE.format(chunks), "warning"),) if chunks else ()))

    side = _side_tables(blocks)
    headed = [t for t in tables if _header_index(t) is not None]
    # a plan or a numbered summary with the events' header before the report was taken for it: the plan loaded as a
    # quarter not yet held, or the file refused for the summary's title (etl.side_tables); the report is the first
    # headed table that is neither, when there is one
    events = next((t for t in headed if t.index not in side), headed[0] if headed else None)
    card_issues: list[Issue] = []
    if events is None:
        cards = _cards_as_table(blocks)
        if cards is not None:
            blocks, events, card_issues = cards
    if events is None:
        events = max(tables, key=lambda t: len(t.rows))
    header_at = _header_index(events)
    issues: list[Issue] = card_issues + boxed_issues + chunk_issues
    if chunks:
        issues.append(Issue("file", "", ALT_CHUNK_BESIDE.format(chunks), "warning"))
    preamble: list[str] = []
    postamble: list[str] = []
    rows: list[GridRow] = []
    sub = None
    if header_at is not None:
        columns = _columns_of(events.rows[header_at])
        following = events.rows[header_at + 1] if header_at + 1 < len(events.rows) else None
        sub = _sub_header(events.rows[header_at], following)
        if sub is not None:
            columns = [(start, end) for start, end, _ in sub]
    else:
        widest = max(events.rows, key=lambda r: len(r.cells), default=_Row([], 0))
        columns = _columns_of(widest)
    merged_above: dict[int, str] = {}
    names = None if header_at is None else (
        [name for _, _, name in sub] if sub is not None else [c.text for c in events.rows[header_at].cells])
    rows = _resolve(events, columns, 1, issues, merged_above, names)
    if sub is not None:  # one header row naming every column; the sub-header row is folded into it
        rows[header_at] = GridRow(tuple(name for _, _, name in sub), rows[header_at].table_row, None)
        sub_row = events.rows[header_at + 1].table_row
        rows = [r for i, r in enumerate(rows) if i == header_at or r.table_row != sub_row]
    seen_events = False
    between: list[str] = []  # paragraphs after the events table: headings if the events carry on below
    header_cells = rows[header_at].cells if header_at is not None else None
    first_title: list[str] | None = None  # the first report's title lines, once a later table may be another's
    for kind, item in blocks:
        if item is events:
            seen_events = True
            continue
        if kind == "p":
            (between if seen_events else preamble).extend(str(item).split("\n"))
            continue
        table: _Table = item
        if not seen_events and table.index in side:
            issues.append(_side_table_issue(table, side[table.index]))
            if not _looks_like_title(preamble) or _side_title(preamble):
                preamble = []  # the lines above were its own title («План … на I квартал 2025 года»), not the report's
            continue
        if not seen_events:
            preamble.extend(line for row in table.rows for c in row.cells for line in c.text.split("\n"))
            continue
        if any(line.strip() for line in between) and first_title is None:
            first_title = preamble + [c for r in rows[:header_at or 0] for c in r.cells]
            if not _looks_like_title(first_title):
                first_title = _page_header_text(package, body, numbering) + first_title
        if begins_as_a_title(between) and not any(is_plan_heading(line) for line in between) \
                and another_report(
                between, first_title, [row_text(r.cells) for r in rows[(header_at or 0) + 1:]],
                [row_text([c.text for c in r.cells]) for r in table.rows]):
            # a second report under its own title (another quarter, another region, or the same one again): two
            # reports in one file, not the next sector's table — its numbers from 1 again were refused as
            # «номер мероприятия 1 повторяется»; read the first, as a second sheet of an .xlsx is (xlsx_grid)
            issues.append(Issue("table", " ".join(" ".join(between).split())[:300], two_reports_message(
                " ".join(first_title), " ".join(between), f"в таблице {table.index} документа"), "warning"))
            between = []
            break
        between = [line for line in between if not is_continuation_caption(line)]
        if side.get(table.index) == SUMMARY:
            # «1. Всего мероприятий — 78» under a heading: its numbers from 1 again were read on as the next sector's
            # events, and the file refused «номер мероприятия 1 повторяется»
            postamble.extend(between)
            between = []
            issues.append(_side_table_issue(table, SUMMARY))
            continue
        if _continues_events(table, len(columns), rows, header_cells, between):
            rows.extend(GridRow((line,), len(rows) + 1, None) for line in between if line.strip())
            between = []
            start = len(rows) + 1
            more = _resolve(table, _columns_of(max(table.rows, key=lambda r: len(r.cells))), start,
                            issues, merged_above)
            header_key = tuple(clean(c) for c in header_cells) if header_cells is not None else None
            rows.extend(r for r in more if tuple(clean(c) for c in r.cells) != header_key)
            issues.append(Issue("table", _table_preview(table),
                                f"таблица {table.index} продолжает таблицу мероприятий и прочитана вместе с ней",
                                "info"))
        else:
            postamble.extend(between)
            between = []
            issues.append(Issue("table", _table_preview(table),
                                f"таблица {table.index} документа не похожа на таблицу мероприятий "
                                f"и пропущена ({len(table.rows)} строк)", "info"))
    postamble.extend(between)
    issues.extend(_unseen_markup_issues(body, events.rows[header_at] if header_at is not None else None, numbering))
    postamble.extend(numbering.footnotes.lines())  # the notes at the pages' foot, after the text under the table
    if not _looks_like_title(preamble + [c for r in rows[:header_at or 0] for c in r.cells]):
        header_lines = _page_header_text(package, body, numbering)
        if header_lines:
            preamble = header_lines + preamble
    return GridReading(Grid(preamble=tuple(preamble), rows=tuple(rows), postamble=tuple(postamble)),
                    tuple(issues))

