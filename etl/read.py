"""The only file I/O of parsing: bytes → text, or a Word table → the same grid the text layout gives."""
from __future__ import annotations

import errno
import hashlib
import io
import os
import re
import stat
import unicodedata
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

from .convert import LABELS, convert_with_libreoffice, sniff_kind
from .html_blocks import web_page_docx, web_page_kind
from .word_xml import flat_opc_to_docx, word_xml_kind
from .docx_grid import docx_grid
from .encoding import decode_report_text_noted
from .errors import Issue, ReportError, shown_name
from .cards import grid_from_card_lines
from .layout import Grid, grid_from_text
from .paragraphs import PARAGRAPHS_NOTE, grid_from_paragraphs
from .pdf_grid import pdf_grid
from .side_tables import dump_side_tables
from .delimited import grid_from_delimited
from .ods import LABELS as ODS_LABELS, ods_kind, ods_to_xlsx
from .xlsx_grid import xlsx_grid
from .zipguard import check_zip

# .xml: a Word document saved as XML (Flat OPC or Word 2003 XML, etl/word_xml.py); any other XML is refused
# .dotx/.dotm: a report saved as a Word template (the same package as a .docx) was skipped by a folder load with no word
# .htm/.html/.mht/.mhtml: Word's «Веб-страница» (etl/html_blocks.py)
# .csv: a report saved by Excel as CSV (etl/delimited.py), read as a text is
# .fodt: LibreOffice's Flat ODT (one XML file), read through LibreOffice as an .odt is
# .ods/.fods: a LibreOffice Calc workbook (a ZIP, or one XML file), read as the same .xlsx (etl/ods.py)
SUPPORTED_SUFFIXES = {".txt", ".csv", ".docx", ".docm", ".dotx", ".dotm", ".doc", ".rtf", ".odt", ".fodt", ".pdf",
                      ".xlsx", ".ods", ".fods", ".xml", ".htm", ".html", ".mht", ".mhtml"}
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    file_name: str
    sha256: str
    kind: str  # "txt" | "docx" | "doc" | "rtf" | "odt" | "pdf" | "xlsx" | "ods" | "fods" … — the original's format
    grid: Grid
    issues: tuple[Issue, ...] = ()  # what reading set aside or guessed (other tables, PDF joins)
    uploaded_name: str = ""  # the name it was uploaded under, when stored under a shorter one (etl/store.py)


def decode_text(data: bytes, file_name: str = "") -> str:
    """UTF-8 (BOM or not), UTF-16 (BOM or not), cp1251, KOI8-R or cp866 → text with LF line ends
    (etl/encoding.py chooses; a file in none of them is refused with a clear message)."""
    return decode_text_noted(data, file_name)[0]


def decode_text_noted(data: bytes, file_name: str = "") -> tuple[str, tuple[Issue, ...]]:
    """decode_text, and a warning when a UTF-8 text had a few broken bytes (read as «�»), naming their lines."""
    if not data.strip():
        raise ReportError("файл пуст", file=file_name)
    text, broken = decode_report_text_noted(data, file_name)
    notes: tuple[Issue, ...] = ()
    if broken:
        where = ", ".join(map(str, broken))
        notes = (Issue("file", "", f"в тексте UTF-8 повреждены байты (строки {where}): на их месте знак «�», "
                                   "проверьте эти места в исходном документе", "warning"),)
    return without_invisibles(text), notes


# Characters a text dump may carry that no one sees: a byte-order mark or a zero-width space pasted at a line's
# start hid the row's number ('\ufeff\t2.'), so its event was silently read into the one before; a line or
# paragraph separator (U+2028/2029, from a web page or a PDF) is a line break to the eye but not to the layout.
_INVISIBLE = re.compile("[\ufeff\u200b-\u200f\u061c\u2060\u00ad"  # and the marks LRM, RLM, ALM ('\u200f\t2.'),
                        # and soft hyphens (composed_grid says why; a dump's header and headings are found before the
                        # grid is made); and the other characters Unicode says draw nothing (Default_Ignorable_Code_Point,
                        # bidi controls aside — lemmas.py reads those): a combining grapheme joiner, an invisible times,
                        # a variation selector, a Hangul or Mongolian filler, a tag character inside «Смоленской» hid
                        # the region, and the whole quarter was refused «в заголовке не найден регион»
                        "\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2061-\u2064\u206a-\u206f\u3164\ufe00-\ufe0f\uffa0"
                        "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]")
# Word's own text (a dump made through its object model, Range.Text) writes a line break (Shift+Enter) as a vertical
# tab and a page break as a form feed: «1 600\x0bчеловек» lost its count, and «\x0c12.\tСлужебная…» at a new page
# hid the row's number, its event run into the one before (75 of 78 read).
_LINE_SEPARATORS = re.compile("[\u2028\u2029\x0b]")
_PAGE_BREAK_AT_LINE_END = re.compile("\x0c+(?=\n)|(?<=\n)\x0c+|^\x0c+|\x0c+$")


def without_invisibles(text: str) -> str:
    """'\ufeff\t2. Форум' → '\t2. Форум'; 'строка\u2028строка' and 'строка\x0bстрока' → 'строка\nстрока';
    a form feed next to a line break is dropped (no empty line: a card report's cards are parted by those), one
    inside a line breaks it. Most texts: unchanged."""
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    if _LINE_SEPARATORS.search(text):
        text = _LINE_SEPARATORS.sub("\n", text)
    if "\x0c" in text:
        text = _PAGE_BREAK_AT_LINE_END.sub("", text).replace("\x0c", "\n")
    return text


def grid_from_docx(data: bytes, file_name: str = "") -> Grid:
    """The .docx as Word shows it after "accept all changes" (etl/docx_grid.py)."""
    return docx_grid(data, file_name).grid


# A password-protected Word or Excel file is not a zip but an OLE container holding the encrypted package: it
# sniffs as an old .doc, and LibreOffice's «could not be loaded» sent the clerk looking for the wrong fault.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")  # the container's stream name, as its directory spells it
PASSWORD_PROTECTED = ("файл защищён паролем: откройте его в Word или Excel, снимите пароль (Файл → Сведения → "
                      "Защита документа) и сохраните заново")


def plain_archive_message(data: bytes) -> str:
    """What a ZIP holding no Word, Excel or OpenDocument package (a report zipped for mail, then named
    .docx or .xlsx) is, with the first names inside it: before, «файл Word повреждён или это не .docx
    (KeyError)» — a Python error's name, and «Word» for a file named .xlsx."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [info.filename for info in archive.infolist() if not info.is_dir()]
    shown = ", ".join(f"«{shown_name(name)[:60]}»" for name in names[:3]) + (f" и ещё {len(names) - 3}"
                                                                         if len(names) > 3 else "")
    return ("это ZIP-архив, а не документ Word, Excel или OpenDocument"
            + (f" (в нём: {shown})" if names else " (пустой)")
            + "; распакуйте его и загрузите отчёт, который в нём лежит")


def read_bytes(data: bytes, file_name: str) -> Source:
    """Parse from memory (uploads, tests); the kind is chosen by content, not only by name. Every
    cell's text comes back composed (NFC, composed_grid). The name is shown and kept as shown_name makes it:
    a line break or an ESC in a local file's name no longer forges a line of `load`'s output or reaches the
    terminal or the database."""
    source = _read_bytes(data, shown_name(file_name))
    grid = composed_grid(source.grid)
    return source if grid is source.grid else replace(source, grid=grid)


# A soft hyphen (U+00AD, Word's «optional hyphen», typed with Ctrl+- or left by automatic hyphenation
# turned off) marks where a word may break and is seen only there: «Сотруд\u00adничество» is «Сотрудничество».
# Parsers that compared words outside matching_form (sector headings, counts, dates, the header's column
# names) read it as a letter: a heading became an event's text and a sector was lost, «2\u00ad5 человек» no
# count. No text of a report needs one, so none leaves the reader.
SOFT_HYPHEN = "\u00ad"


def _as_seen(text: str) -> str:
    text = without_invisibles(text)  # a Word or Excel cell's too, not only a text dump's
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _seen_already(text: str) -> bool:
    return _INVISIBLE.search(text) is None and _LINE_SEPARATORS.search(text) is None \
        and unicodedata.is_normalized("NFC", text)


def composed_grid(grid: Grid) -> Grid:
    """The grid with every text as the eye reads it: in Unicode's composed form (NFC), without soft
    hyphens and the other characters no one sees (without_invisibles: a zero-width space in a Word
    heading hid its sector as it hid a text dump's). A report typed or saved on a Mac, or copied from a web page, may store 'й' as 'и' + U+0306
    and 'ё' as 'е' + U+0308: it looks the same, but no word of it matches the dictionaries ('Смоленской'
    with a decomposed й is not found, and the title's region is lost). Most reports are already so: the
    same grid back.

    ('Смоленскои\u0306', 'Бела\u00adрусь') → ('Смоленской', 'Беларусь')."""
    if all(_seen_already(text)
           for texts in (grid.preamble, grid.postamble, *(row.cells for row in grid.rows)) for text in texts):
        return grid
    return Grid(tuple(map(_as_seen, grid.preamble)),
                tuple(replace(row, cells=tuple(map(_as_seen, row.cells)),
                                overflow=tuple(map(_as_seen, row.overflow)))
                      for row in grid.rows),  # what else the row carries (crossed out, overflow) kept
                tuple(map(_as_seen, grid.postamble)))


_TEXT_SUFFIXES = {".txt", ".csv"}  # read as text, whatever their bytes sniff as
CSV_NOTE = "файл — таблица CSV (разделитель «{}»), а не выгрузка таблицы Word: прочитаны её строки, как строки листа Excel"
WEB_PAGE_NOTE = "файл — {}, а не документ Word: прочитан текст его абзацев и таблиц (как Word открыл бы его)"
FLAT_OPC_NOTE = "файл — документ Word, сохранённый как XML (Flat OPC), прочитан как .docx"
ODS_NOTE = "файл {} — таблица LibreOffice Calc, прочитана как книга Excel"


# The first bytes of a document that can hold pictures: a Word/Excel/OpenDocument package (a ZIP), an old Word or
# Excel file (OLE), a PDF, an RTF.
_PICTURE_CONTAINERS = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF", b"{\\rtf")


def too_large_message(limit_mb: int, head: bytes) -> str:
    """What a file over the size limit tells the user. A Word, Excel or PDF report that large is so for its pictures
    (photographs of the events pasted in): «файл больше 50 МБ» alone left the clerk with a quarter that could not be
    loaded and no way forward. The table of events is a few hundred kilobytes, so saving the document with its
    pictures compressed or left out loads the same events."""
    message = f"файл больше {limit_mb} МБ"
    if head.startswith(_PICTURE_CONTAINERS):
        message += (": такой размер дают рисунки (фотографии) в документе — сожмите их (Word: выделите рисунок → "
                    "«Формат рисунка» → «Сжать рисунки» → для всех рисунков, 150 ppi) или сохраните копию без "
                    "рисунков и загрузите её: таблица мероприятий от этого не изменится")
    return message


def _read_bytes(data: bytes, file_name: str) -> Source:
    if len(data) > MAX_BYTES:
        raise ReportError(too_large_message(MAX_BYTES // (1024 * 1024), data[:8]), file=file_name)
    digest = hashlib.sha256(data).hexdigest()
    suffix = Path(file_name).suffix.lower()
    if data[:4] == b"PK\x03\x04":
        try:
            check_zip(data, file_name)  # a zip bomb is refused before anything expands it (.docx, .odt)
        except ReportError as exc:
            if suffix in (".ods", ".fods") and exc.message.startswith("файл Word повреждён"):
                # a Calc file cut short was called «файл Word повреждён»
                raise ReportError(_broken_ods_message(suffix), file=file_name) from None
            raise
    kind = ods_kind(data) or sniff_kind(data)
    if kind in ("ods", "fods"):
        try:
            reading = xlsx_grid(ods_to_xlsx(data, kind, file_name), file_name)
        except ReportError as exc:
            raise ReportError(exc.message if exc.message.startswith(f"файл {ODS_LABELS[kind]}") else
                              f"{exc.message} (файл {ODS_LABELS[kind]} прочитан как книга Excel)",
                              file=file_name, event=exc.event, field=exc.field) from None
        return Source(file_name, digest, kind, reading.grid, (Issue("file", "", ODS_NOTE.format(ODS_LABELS[kind]),
                                                                    "info"),) + reading.issues)
    if suffix in (".ods", ".fods") and kind in ("docx", "zip", None) and not _word_package(data):
        # a damaged .ods (cut short, or not a spreadsheet): before, «файл Word повреждён» for a Calc file
        raise ReportError(_broken_ods_message(suffix), file=file_name)
    if kind is None:
        kind = word_xml_kind(data)  # a Word document saved as one XML file (Flat OPC, Word 2003 XML): etl/word_xml.py
    if kind is None:
        kind = web_page_kind(data)  # a web page (Word's «Веб-страница», a site's «Word» that is HTML): html_blocks
    if kind in ("html", "mht"):
        reading = docx_grid(web_page_docx(data, kind), file_name)
        return Source(file_name, digest, kind, reading.grid, (Issue("file", "", WEB_PAGE_NOTE.format(
            "веб-страница (HTML)" if kind == "html" else "веб-архив (MHT)"), "info"),) + reading.issues)
    if kind == "flat_opc":
        reading = docx_grid(flat_opc_to_docx(data, file_name), file_name)
        return Source(file_name, digest, "xml", reading.grid, (Issue("file", "", FLAT_OPC_NOTE, "info"),)
                      + reading.issues)
    if kind == "wordml_2003":
        return _converted(data, "xml", digest, file_name)
    if kind == "fodt":
        return _converted(data, "fodt", digest, file_name)
    if kind == "docx":
        reading = docx_grid(data, file_name)
        return Source(file_name, digest, "docx", reading.grid, reading.issues)
    if kind == "xlsx":
        reading = xlsx_grid(data, file_name)
        return Source(file_name, digest, "xlsx", reading.grid, reading.issues)
    if kind == "zip":
        raise ReportError(plain_archive_message(data), file=file_name)
    if kind == "doc" and _ENCRYPTED_PACKAGE in data:
        raise ReportError(PASSWORD_PROTECTED, file=file_name)
    if kind in ("doc", "rtf", "odt"):
        return _converted(data, kind, digest, file_name)
    if kind == "pdf":
        reading = pdf_grid(data, file_name)
        return Source(file_name, digest, "pdf", reading.grid, reading.issues)
    if suffix in SUPPORTED_SUFFIXES - _TEXT_SUFFIXES and not data.strip():
        raise ReportError("файл пуст", file=file_name)  # a .docx of 0 bytes (a failed save): not «not a .docx»
    if suffix == ".xml":  # read as a text dump, its markup was taken for the report's text
        raise ReportError("файл .xml — не документ Word: в нём нет ни пакета Flat OPC (Word 2007 и новее: «Сохранить "
                          "как → XML-документ Word»), ни документа Word 2003 XML; сохраните отчёт как .docx",
                          file=file_name)
    if suffix in SUPPORTED_SUFFIXES - _TEXT_SUFFIXES:
        raise ReportError(f"файл назван {suffix}, но не является документом этого формата "
                          "(ни Word, ни RTF, ни OpenDocument, ни PDF, ни Excel)", file=file_name)
    text, notes = decode_text_noted(data, file_name)
    text, side = dump_side_tables(text)  # a plan, or a summary before the report: set aside (etl/side_tables.py)
    notes += side
    try:
        return Source(file_name, digest, "txt", grid_from_text(text, file_name), notes)
    except ReportError:
        delimited = grid_from_delimited(text)  # a report saved by Excel as CSV: «;»-parted records (etl/delimited.py)
        if delimited is not None:
            return Source(file_name, digest, "csv", delimited[0], notes + (Issue("file", "", CSV_NOTE.format(
                delimited[1]), "info"),))
        cards = grid_from_card_lines(text.split("\n"))  # one «label<TAB>value» card per event (etl/cards.py)
        if cards is not None:
            return Source(file_name, digest, "txt", cards[0], notes + (cards[1],))
        listed = grid_from_paragraphs(text.split("\n"))  # no table: numbered paragraphs (etl/paragraphs.py)
        if listed is None:
            raise
        return Source(file_name, digest, "txt", listed, notes + (PARAGRAPHS_NOTE,))


def _broken_ods_message(suffix: str) -> str:
    return (f"файл {suffix} повреждён или это не таблица OpenDocument (LibreOffice Calc): откройте его в LibreOffice "
            "Calc и сохраните заново (или как .xlsx)")


def _word_package(data: bytes) -> bool:
    """Whether the bytes are a readable ZIP holding a Word document (a .docx named .ods is read as what it is)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError):
        return False


def _converted(data: bytes, kind: str, digest: str, file_name: str) -> Source:
    """.doc/.rtf/.odt → .docx through LibreOffice; the Source keeps the original's hash and kind."""
    docx_bytes = convert_with_libreoffice(data, kind, "docx", file_name)
    try:
        reading = docx_grid(docx_bytes, file_name)
    except ReportError as exc:
        raise ReportError(f"{exc.message} (файл {LABELS[kind]} прочитан после преобразования в .docx)",
                          file=file_name, event=exc.event, field=exc.field) from None
    note = Issue("file", "", f"файл {LABELS[kind]} прочитан после преобразования в .docx (LibreOffice)", "info")
    return Source(file_name, digest, kind, reading.grid, (note,) + reading.issues)


# Why a path cannot be read, in the user's words (the system's strerror is English and says little to a clerk).
_OS_REASONS = {
    errno.ENOENT: "файла нет (он удалён или переименован)",
    errno.EACCES: "нет прав на чтение",
    errno.EPERM: "нет прав на чтение",
    errno.ELOOP: "ссылка ведёт сама на себя (цикл символических ссылок)",
    errno.ENAMETOOLONG: "слишком длинное имя файла или пути",
    errno.EIO: "ошибка чтения с диска",
}


def _reason(exc: OSError) -> str:
    return _OS_REASONS.get(exc.errno, exc.strerror or type(exc).__name__)


def read_path_bytes(path: Path) -> bytes:
    """A report file's bytes, refused before reading when it is no ordinary file or is too large.

    Reading a named pipe, /dev/zero or a socket (a link to one in the upload folder, say) would wait
    for ever or fill the memory: the loader hung with no message. A file larger than MAX_BYTES is
    refused from its size, not after reading gigabytes; and at most MAX_BYTES + 1 bytes are read, so
    a file that grows while it is read is refused too, not half-loaded."""
    path = Path(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise ReportError("это папка, а не файл отчёта", file=path.name)
        if not stat.S_ISREG(info.st_mode):
            raise ReportError("это не обычный файл (канал, сокет или устройство), отчёт из него не читается",
                              file=path.name)
        with open(path, "rb") as handle:
            if info.st_size > MAX_BYTES:  # refused from its size: only its first bytes read, to say what it is
                raise ReportError(too_large_message(MAX_BYTES // (1024 * 1024), handle.read(8)), file=path.name)
            return handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ReportError(f"файл не читается: {_reason(exc)}", file=path.name) from None


def read_file(path: Path) -> Source:
    path = Path(path)
    return read_bytes(read_path_bytes(path), path.name)


def report_files(paths: list[Path]) -> list[Path]:
    """Files and folders → the report files in them, sorted, so a folder loads in a stable order."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                                and not p.name.startswith("~$")
                                and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        else:
            found.append(path)
    return found


def hidden_report_files(paths: list[Path]) -> list[Path]:
    """The files report_files leaves out of a folder for a name beginning with a dot ('.txt', '.отчёт.docx') that
    would otherwise be read: a clerk's report saved under such a name was skipped with no word, and a folder of
    only such files answered «Не найдено файлов отчётов». Files inside hidden folders (the upload staging folder,
    '.git') are not named."""
    hidden: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            hidden.extend(sorted(p for p in path.rglob(".*")
                                 if p.is_file() and (p.suffix.lower() or p.name.lower()) in SUPPORTED_SUFFIXES
                                 and not any(part.startswith(".") for part in p.relative_to(path).parts[:-1])))
    return hidden
