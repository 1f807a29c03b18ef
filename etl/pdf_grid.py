"""A PDF report with a text layer (saved or printed to PDF from Word) → the cell grid of its table.

pdfplumber finds the ruled table on each page; cell text is rebuilt from word positions, because a
PDF only has lines, not the paragraphs of the Word cell: a line break is a paragraph break when the
next line's first word would have fitted on the line (Word wraps only words that do not fit) or
when a blank line follows, otherwise it is a wrap and becomes a space; a word too long for a narrow
column, broken over lines, is joined back; a row continued on the next page (an empty «№» cell
under the repeated header) is joined to its event. Every guess that could change a field becomes an
Issue naming the event, so a human can check exactly those. A PDF without a text layer (a scan) is
refused: it is never half-read.
"""
from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass, field

from .docx_grid import GridReading
from .errors import Issue, ReportError
from .layout import REQUIRED_ROLES, Grid, GridRow, column_role

_NUMBER = re.compile(r"^\s*(\d{1,4})\s*[.)]?\s*$")
_LINE_TOLERANCE = 2.0     # points: words whose tops differ less are on one line
_WORD_GAP = 0.15         # of the font size: a wider gap between letters splits words even without a
                         # space character (a Times space is 0.25 of it; kerning stays under 0.05)
_FIT_MARGIN = 1.5         # points of doubt when deciding whether a word would have fitted


@dataclass
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class _Line:
    words: list[_Word]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)


@dataclass
class _CellLines:
    left: float           # text area of the cell (borders minus padding)
    right: float
    lines: list[_Line] = field(default_factory=list)


@dataclass
class _PdfRow:
    cells: list[_CellLines | None]
    page: int


def _lines_of(words: list[_Word]) -> list[_Line]:
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: (round(w.top), w.x0)):
        if lines and abs(lines[-1].words[0].top - word.top) < _LINE_TOLERANCE:
            lines[-1].words.append(word)
        else:
            lines.append(_Line([word]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    lines.sort(key=lambda l: l.top)
    return lines


class _Joiner:
    """Turns a cell's lines back into the cell's text, collecting the doubtful joins."""

    def __init__(self, pitch: float, space: float):
        self.pitch = pitch
        self.space = space
        self.doubts: list[str] = []

    def text(self, cell: _CellLines) -> str:
        out = ""
        for previous, line in zip([None] + cell.lines[:-1], cell.lines):
            words = " ".join(w.text for w in line.words)
            if previous is None:
                out = words
                continue
            out += self._separator(previous, line, cell) + words
        return out

    def _separator(self, previous: _Line, line: _Line, cell: _CellLines) -> str:
        gap = line.top - previous.bottom
        line_height = previous.bottom - previous.top
        if gap > 0.8 * line_height:
            return "\n" * max(1, round((line.top - previous.top) / self.pitch) - 1)
        first = line.words[0]
        last = previous.words[-1].text
        if first.text[:1] in "»”),.;:!?" or last[-1:] in "«„(":
            return ""            # a quote or bracket never stands apart from its word
        room = cell.right - previous.x1
        needed = self.space + (first.x1 - first.x0)
        if needed < room - _FIT_MARGIN:
            return "\n"          # the word would have fitted: the clerk pressed Enter here
        one_word = len(previous.words) == 1
        char_width = (first.x1 - first.x0) / max(1, len(first.text))
        if one_word and previous.x0 <= cell.left + self.space and room < 1.5 * char_width + _FIT_MARGIN and (
                last[-1:].isalnum() and first.text[:1].isalnum()):
            verdict = _broken_word(last, first.text)
            if verdict is None:
                self.doubts.append(f"«{last}» и «{first.text}» на соседних строках узкого столбца "
                                   "прочитаны как одно слово")
            if verdict is not False:
                return ""        # a word longer than the column, broken where the line ended
        if re.search(r"\w[-–]$", last):
            return ""            # wrapped after the hyphen of «научно-производственный» or the dash of «2025–2027»
        if abs(needed - room) <= _FIT_MARGIN:
            # Too close to call from geometry: a line ending a clause or a next line opening with a
            # capital or a figure reads as the clerk's own line break.
            hard = bool(re.search(r"[,.;:]$", last) or first.text[:1].isupper() or first.text[:1].isdigit())
            self.doubts.append(f"перенос перед «{first.text}» прочитан как "
                               + ("новая строка" if hard else "продолжение строки"))
            return "\n" if hard else " "
        if re.search(r"[;:]$", last):
            # The next word did not fit, so Word would have wrapped here anyway: a clause that ends at
            # the line's end may as well be the clerk's own line break. Read as one, and say so.
            self.doubts.append(f"конец строки после «{last}» прочитан как новая строка")
            return "\n"
        return " "


def _broken_word(head: str, tail: str) -> bool | None:
    """Was «Смоленс» | «кий» one word broken by a narrow column? The dictionary decides when it
    can (pymorphy3): True when the joined word is in the dictionary, False when the first part is a
    word by itself, None when neither (then the geometry's guess stands and is reported)."""
    from .lemmas import morph

    head_word = re.search(r"\w+$", head)
    tail_word = re.match(r"\w+", tail)
    if not head_word or not tail_word:
        return None
    head_text, tail_text = head_word.group(0), tail_word.group(0)
    if not (head_text.isalpha() and tail_text.isalpha()):
        return False     # «октября» | «2024»: figures are never the tail of a broken word
    if morph().word_is_known(head_text + tail_text):
        return True
    if morph().word_is_known(head_text):
        return False     # a whole word ended the line; a break between words is the usual case
    if len(tail_text) >= 4 and len(head_text) >= 5 and _INFLECTED_END.search(head_text.lower()) \
            and morph().word_is_known(tail_text):
        return False     # «Костанайской» | «области»: a name's inflected adjective, then a word of its own
    return None


# An adjective's or a participle's case ending: a word the dictionary does not hold (a place's adjective,
# «Костанайской», «Хэйхэским») that ends like this is whole when the next line opens with a word of its own.
_INFLECTED_END = re.compile(r"(?:[сц]к|н|ов|ев|ин)(?:ой|ий|ый|ая|ое|ые|ие|ых|их|ым|им|ыми|ими|ого|его|ому|ему|ую|юю|ом|ем)$")


def _page_chars(page) -> list[_Word]:
    return [_Word(c["text"], c["x0"], c["x1"], c["top"], c["bottom"]) for c in page.chars
            if c.get("upright", True)]


def _words_of(chars: list[_Word]) -> list[_Word]:
    """Characters → words split at spaces and visible gaps; a no-break space stays inside the word
    («М.Г.\u00a0Решетников» is one unit for line breaking, as in Word)."""
    words: list[_Word] = []
    for line in _lines_of(chars):
        current: _Word | None = None
        for char in line.words:
            if char.text == " " or (char.text.isspace() and char.text != "\u00a0"):
                current = None
                continue
            if current is not None and char.x0 - current.x1 <= _WORD_GAP * (char.bottom - char.top):
                current.text += char.text
                current.x1 = max(current.x1, char.x1)
                current.top, current.bottom = min(current.top, char.top), max(current.bottom, char.bottom)
            else:
                current = _Word(char.text, char.x0, char.x1, char.top, char.bottom)
                words.append(current)
    for word in words:
        word.text = word.text.strip(" ")
    return [w for w in words if w.text.strip()]


def _inside(word: _Word, box) -> bool:
    x0, top, x1, bottom = box
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


def _cell(chars: list[_Word], box) -> _CellLines:
    lines = _lines_of(_words_of([c for c in chars if _inside(c, box)]))
    x0, _, x1, _ = box
    pad = min((l.x0 - x0 for l in lines), default=2.0)
    pad = pad if 0 <= pad < 12 else 5.4
    return _CellLines(left=x0 + pad, right=x1 - pad, lines=lines)


_PAGE_NUMBER = re.compile(r"^(?:стр\.?|страница|-|–)?\s*\d{1,4}\s*(?:(?:из|/)\s*\d{1,4})?\s*(?:-|–)?$", re.IGNORECASE)


def _region(chars: list[_Word]) -> _CellLines:
    """Text outside the table (title, footer) as one block spanning its own lines' extent; page
    numbers («2», «стр. 3 из 12», «– 4 –») are the printer's, not the report's."""
    lines = [line for line in _lines_of(_words_of(chars))
             if not _PAGE_NUMBER.match(" ".join(w.text for w in line.words))]
    return _CellLines(left=min((l.x0 for l in lines), default=0), right=max((l.x1 for l in lines), default=0),
                      lines=lines)


def _plain(cell: _CellLines | None) -> str:
    return " ".join(w.text for l in cell.lines for w in l.words) if cell else ""


def pdf_grid(data: bytes, file_name: str = "") -> GridReading:
    """A Word-made PDF → Grid plus the issues of every doubtful join (event-numbered)."""
    try:
        return _read_pdf(data, file_name)
    except ReportError:
        raise
    except Exception as exc:  # pdfminer/pdfplumber raise many kinds on broken or encrypted files
        raise ReportError(f"PDF не читается ({type(exc).__name__})", file=file_name) from None


def _read_pdf(data: bytes, file_name: str) -> GridReading:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = list(pdf.pages)
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise ReportError(f"PDF повреждён или не читается ({type(exc).__name__})", file=file_name) from None
    except Exception as exc:  # pdfminer raises several kinds on broken or encrypted files
        raise ReportError(f"PDF не читается ({type(exc).__name__}: {exc})", file=file_name) from None
    with pdf:
        if not pages:
            raise ReportError("в PDF нет страниц", file=file_name)
        scanned = [i + 1 for i, p in enumerate(pages) if not p.chars and p.images]
        if scanned or not any(p.chars for p in pages):
            which = f" (страницы {', '.join(map(str, scanned[:10]))})" if scanned and any(p.chars for p in pages) else ""
            raise ReportError(
                f"в PDF нет текстового слоя{which}: это скан, текст таблицы не прочитать без распознавания. "
                "Пришлите исходный файл Word (.docx) или PDF, сохранённый из Word («Сохранить как» → PDF)",
                file=file_name)
        rows: list[_PdfRow] = []
        before: list[_CellLines] = []   # text above the table: the title block
        after: list[_CellLines] = []    # text after the table: footer notes
        all_lines: list[_Line] = []
        width = None
        ignored: list[Issue] = []
        for number, page in enumerate(pages, start=1):
            chars = _page_chars(page)
            tables = sorted(page.find_tables(), key=lambda t: t.bbox[1])
            if not tables:
                (before if not rows else after).append(_region(chars))
                continue
            top, bottom = tables[0].bbox[1], tables[-1].bbox[3]
            if not rows:
                before.append(_region([c for c in chars if (c.top + c.bottom) / 2 <= top]))
            else:
                after.clear()
            after.append(_region([c for c in chars if (c.top + c.bottom) / 2 >= bottom]))
            for table in tables:
                table_rows = []
                for row in table.rows:
                    band = [c for c in chars if row.bbox[1] <= (c.top + c.bottom) / 2 <= row.bbox[3]]
                    table_rows.append(_PdfRow([_cell(band, box) if box else None for box in row.cells], number))
                cols = len(table.rows[0].cells) if table.rows else 0
                if width is None and _has_header(table_rows):
                    width = cols
                if width is None or cols != width:
                    ignored.append(Issue("table", " | ".join(_plain(c) for c in table_rows[0].cells if c)[:120],
                                         f"таблица на странице {number} не похожа на таблицу мероприятий "
                                         "и пропущена", "info"))
                    continue
                rows.extend(table_rows)
                for row in table_rows:
                    for cell in row.cells:
                        if cell:
                            all_lines.extend(cell.lines)
        if width is None:
            listed = _paragraph_reading(before) if not rows and not ignored else None
            if listed is not None:
                return listed
            raise ReportError("в PDF не найдена таблица мероприятий с линиями границ "
                              "(№, наименование, сроки…)", file=file_name)
    pitch, space = _typography(all_lines)
    joiner = _Joiner(pitch, space)
    preamble = [line for block in before for line in joiner.text(block).split("\n")]
    postamble = [line for block in after for line in joiner.text(block).split("\n")]
    joiner.doubts = []
    return _grid(rows, preamble, postamble, joiner, ignored)


def _paragraph_reading(pages: list[_CellLines]) -> GridReading | None:
    """A PDF with no table on any page, its events written as numbered paragraphs with labelled lines
    (etl/paragraphs.py), read as the same report saved as .docx or .txt is: each page's text, its lines
    rebuilt as in a cell (a wrapped line runs on, a short one ends its paragraph), the running header or
    footer that every page repeats at its top or foot left out (page numbers already are, `_region`), the
    pages one after another. None when the text is no such list (the «no table» refusal stands)."""
    from .paragraphs import PARAGRAPHS_NOTE, grid_from_paragraphs

    pages = [page for page in pages if page.lines]
    if not pages:
        return None
    running = _running_lines(pages)
    pages = [_CellLines(page.left, page.right, [line for line in page.lines if _line_text(line) not in running])
             for page in pages]
    pitch, space = _typography([line for page in pages for line in page.lines])
    joiner = _Joiner(pitch, space)
    lines = [line for page in pages for line in joiner.text(page).split("\n")]
    listed = grid_from_paragraphs(lines)
    if listed is None:
        return None
    doubts = tuple(Issue("file", doubt, f"PDF: {doubt}; сверьте с исходным файлом Word", "info")
                   for doubt in dict.fromkeys(joiner.doubts))
    return GridReading(listed, (PARAGRAPHS_NOTE,) + doubts)


def _line_text(line: _Line) -> str:
    return " ".join(w.text for w in line.words)


def _running_lines(pages: list[_CellLines]) -> set[str]:
    """The texts that stand as the first or the last line of every page of two or more: a running header or
    footer («Пензенская область, IV квартал 2025»), no paragraph of the report."""
    if len(pages) < 2:
        return set()
    firsts = {_line_text(page.lines[0]) for page in pages}
    lasts = {_line_text(page.lines[-1]) for page in pages}
    return {text for text in firsts | lasts
            if all(text in (_line_text(page.lines[0]), _line_text(page.lines[-1])) for page in pages)}


def _has_header(rows: list[_PdfRow]) -> bool:
    return any(sum(1 for c in row.cells if c and column_role(_plain(c))) >= len(REQUIRED_ROLES)
               for row in rows[:5])


def _typography(lines: list[_Line]) -> tuple[float, float]:
    """Line pitch and the width of a space, measured on the document itself."""
    pitches, spaces = [], []
    for a, b in zip(lines, lines[1:]):
        step = b.top - a.top
        if 0 < step < 3 * (a.bottom - a.top):
            pitches.append(step)
    for line in lines:
        for a, b in zip(line.words, line.words[1:]):
            if 0 < b.x0 - a.x1 < 10:
                spaces.append(b.x0 - a.x1)
    pitch = statistics.median(pitches) if pitches else 12.0
    space = statistics.median(spaces) if spaces else 3.0
    return pitch, space


def _grid(rows: list[_PdfRow], preamble: list[str], postamble: list[str], joiner: _Joiner,
          ignored: list[Issue]) -> GridReading:
    """Repeated headers out, rows continued across pages joined, cells rendered to text."""
    header: list[str] | None = None
    merged: list[tuple[list[_CellLines | None], list[int]]] = []  # (cells, pages)
    issues: list[Issue] = list(ignored)
    for row in rows:
        plain = [_plain(c) for c in row.cells]
        if header is None:
            if sum(1 for t in plain if column_role(t)) >= len(REQUIRED_ROLES):
                header = plain
            merged.append((list(row.cells), [row.page]))
            continue
        if plain == header:
            continue
        first_page_row = merged and merged[-1][1][-1] != row.page
        if (first_page_row and len(row.cells) > 1 and row.cells[0] is not None
                and not re.search(r"\d", plain[0]) and any(plain[1:]) and len(merged[-1][0]) == len(row.cells)):
            cells, pages = merged[-1]
            for k, cell in enumerate(row.cells):
                if cell is None or not cell.lines:
                    continue
                if cells[k] is None or not cells[k].lines:
                    cells[k] = cell
                else:
                    cells[k] = _CellLines(cells[k].left, cells[k].right, cells[k].lines + _shifted(cell, cells[k]))
            pages.append(row.page)
            continue
        merged.append((list(row.cells), [row.page]))
    grid_rows: list[GridRow] = []
    for index, (cells, pages) in enumerate(merged, start=1):
        present = [c for c in cells if c is not None]
        if len(present) == 1 and len(cells) > 1:
            grid_rows.append(GridRow((joiner.text(present[0]),), index, None))
            continue
        texts = []
        for k, cell in enumerate(cells):
            joiner.doubts = []
            texts.append(joiner.text(cell) if cell else "")
            number = _NUMBER.match(texts[0]) if texts else None
            for doubt in joiner.doubts:
                issues.append(Issue(_field_name(header, k), doubt,
                                    f"PDF, стр. {pages[0]}: {doubt}; сверьте с исходным файлом Word", "info",
                                    int(number.group(1)) if number else None))
        if len(pages) > 1:
            number = _NUMBER.match(texts[0])
            issues.append(Issue("row", texts[0].strip(),
                                f"PDF: строка таблицы продолжается на стр. {', '.join(map(str, pages[1:]))} "
                                "и склеена со своим началом; проверьте текст на месте переноса", "info",
                                int(number.group(1)) if number else None))
        grid_rows.append(GridRow(tuple(texts), index, None))
    return GridReading(Grid(preamble=tuple(preamble), rows=tuple(grid_rows), postamble=tuple(postamble)),
                       tuple(issues))


def _shifted(cell: _CellLines, above: _CellLines) -> list[_Line]:
    """Lines from the next page placed just under the previous part so the join reads as a wrap."""
    if not above.lines or not cell.lines:
        return cell.lines
    offset = above.lines[-1].bottom - cell.lines[0].top + 0.15 * (above.lines[-1].bottom - above.lines[-1].top)
    return [_Line([_Word(w.text, w.x0, w.x1, w.top + offset, w.bottom + offset)
                   for w in line.words]) for line in cell.lines]


def _field_name(header: list[str] | None, column: int) -> str:
    if header and column < len(header):
        return column_role(header[column]) or f"столбец {column + 1}"
    return f"столбец {column + 1}"
