"""The only file I/O of parsing: bytes → text, or a Word table → the same grid the text layout gives."""
from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .encoding import decode_report_text
from .errors import ReportError
from .layout import Grid, GridRow, grid_from_text

SUPPORTED_SUFFIXES = {".txt", ".docx"}
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    file_name: str
    sha256: str
    kind: str  # "txt" | "docx"
    grid: Grid


def decode_text(data: bytes, file_name: str = "") -> str:
    """UTF-8 (BOM or not), UTF-16 (BOM or not), cp1251, KOI8-R or cp866 → text with LF line ends
    (etl/encoding.py chooses; a file in none of them is refused with a clear message)."""
    if not data.strip():
        raise ReportError("файл пуст", file=file_name)
    return decode_report_text(data, file_name)


def grid_from_docx(data: bytes, file_name: str = "") -> Grid:
    """Paragraphs before the table are the title, merged full-width rows become one-cell rows."""
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReportError(f"файл Word повреждён или это не .docx ({exc})", file=file_name) from None
    except Exception as exc:  # python-docx raises lxml and zip errors of several kinds
        raise ReportError(f"файл Word не читается ({type(exc).__name__}: {exc})",
                          file=file_name) from None
    if not document.tables:
        raise ReportError("в документе Word нет таблицы мероприятий", file=file_name)
    body = document.element.body
    table_element = document.tables[0]._tbl
    preamble: list[str] = []
    postamble: list[str] = []
    seen_table = False
    for child in body.iterchildren():
        if child is table_element:
            seen_table = True
            continue
        if child.tag.endswith("}p"):
            text = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))
            (postamble if seen_table else preamble).append(text)
    rows: list[GridRow] = []
    for index, row in enumerate(document.tables[0].rows, start=1):
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append("\n".join(p.text for p in cell.paragraphs))
        if len(cells) > 1 and all(not c.strip() for c in cells[1:]) and _is_merged_looking(row):
            cells = cells[:1]
        rows.append(GridRow(cells=tuple(cells), table_row=index, line=None))
    return Grid(preamble=tuple(preamble), rows=tuple(rows), postamble=tuple(postamble))


def _is_merged_looking(row) -> bool:
    return len({id(c._tc) for c in row.cells}) == 1


def read_bytes(data: bytes, file_name: str) -> Source:
    """Parse from memory (uploads, tests); the kind is chosen by content, not only by name."""
    if len(data) > MAX_BYTES:
        raise ReportError(f"файл больше {MAX_BYTES // (1024 * 1024)} МБ", file=file_name)
    digest = hashlib.sha256(data).hexdigest()
    suffix = Path(file_name).suffix.lower()
    if data[:4] == b"PK\x03\x04":
        return Source(file_name, digest, "docx", grid_from_docx(data, file_name))
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ReportError("старый формат Word (.doc) не поддерживается: сохраните файл как .docx",
                          file=file_name)
    if suffix == ".docx":
        raise ReportError("файл назван .docx, но не является документом Word", file=file_name)
    return Source(file_name, digest, "txt", grid_from_text(decode_text(data, file_name), file_name))


def read_file(path: Path) -> Source:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReportError(f"файл не читается: {exc.strerror}", file=path.name) from None
    return read_bytes(data, path.name)


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
