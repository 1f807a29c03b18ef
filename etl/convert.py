"""I/O edge: Word 97–2003 (.doc), RTF and OpenDocument (.odt) reports → .docx through LibreOffice.

Clerks' Word saves whatever format it was told to; LibreOffice converts each to .docx with the
same table (a .doc → .docx round trip of the sample gave identical events), and the .docx reader
does the rest. Each conversion runs headless in its own temporary profile and folder (parallel
runs do not collide, nothing is left behind) under a time limit. The original file stays the
report's provenance: its bytes and SHA-256 are what is stored and re-parsed.
"""
from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import tempfile
import zipfile
from pathlib import Path

from .errors import ReportError

SOFFICE_ENV = "ENGAGEMENT_SOFFICE"          # path to soffice, when it is not on PATH
TIMEOUT_ENV = "ENGAGEMENT_CONVERT_TIMEOUT"  # seconds
DEFAULT_TIMEOUT_S = 120.0
INSTALL_HINT = ("установите LibreOffice: в Debian/Ubuntu "
                "`sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui`, "
                "на другой системе — с libreoffice.org; если soffice стоит не в PATH, укажите путь к нему "
                f"в переменной {SOFFICE_ENV}. Или откройте файл в Word и сохраните его как .docx")
LABELS = {"doc": ".doc (Word 97–2003)", "rtf": ".rtf", "odt": ".odt (OpenDocument)", "docx": ".docx", "xlsx": ".xlsx (Excel)",
          "pdf": ".pdf", "xml": ".xml (Word 2003 XML)", "fodt": ".fodt (Flat ODT)"}
_FILTERS = {"docx": "docx:MS Word 2007 XML", "pdf": "pdf:writer_pdf_Export", "doc": "doc:MS Word 97",
            "rtf": "rtf:Rich Text Format", "odt": "odt:writer8"}
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def _is_package_part(name: str) -> bool:
    """A member only an office document (OOXML or OpenDocument) has: its content types, relationships,
    Word's or Excel's folder, or ODF's mimetype/manifest."""
    return (name in ("[Content_Types].xml", "mimetype", "content.xml")
            or name.startswith(("_rels/", "word/", "xl/", "META-INF/")))


def sniff_kind(data: bytes) -> str | None:
    """The document format by content, not by name: 'docx', 'xlsx', 'odt', 'doc', 'rtf', 'pdf', 'zip' (an
    archive that holds no office document) or None.

    A .doc renamed .docx (or a report mailed without an extension) is still read as what it is."""
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = archive.namelist()
                if "mimetype" in names and archive.read("mimetype").strip().startswith(ODT_MIMETYPE):
                    return "odt"
                if "xl/workbook.xml" in names:
                    return "xlsx"
                if not any(_is_package_part(name) for name in names):
                    return "zip"  # an archive of files (a report zipped for mail), no office document
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, NotImplementedError, RuntimeError):
            pass  # a damaged package: read as .docx, whose reader names what is wrong
        return "docx"
    if data[:8] == OLE2_MAGIC:
        return "doc"
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    return None


def soffice_path(explicit: str | os.PathLike | None = None) -> str | None:
    """The LibreOffice binary: the given path, else $ENGAGEMENT_SOFFICE, else soffice/libreoffice on PATH."""
    candidate = explicit if explicit is not None else os.environ.get(SOFFICE_ENV)
    if candidate:
        path = Path(candidate)
        return str(path) if path.is_file() and os.access(path, os.X_OK) else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_with_libreoffice(data: bytes, source_kind: str, target: str = "docx", file_name: str = "", *,
                             soffice: str | os.PathLike | None = None, timeout: float | None = None) -> bytes:
    """Bytes of a .doc/.rtf/.odt (or .docx) → bytes of the same document as `target` ('docx', 'pdf', …).

    Raises ReportError saying how to install LibreOffice when it is absent, and what went wrong
    (time limit, a file LibreOffice could not open) otherwise."""
    label = LABELS.get(source_kind, source_kind)
    binary = soffice_path(soffice)
    if binary is None:
        where = f" (указан путь {soffice or os.environ.get(SOFFICE_ENV)}, но там его нет)" if (
            soffice or os.environ.get(SOFFICE_ENV)) else ""
        raise ReportError(f"чтобы прочитать файл {label}, нужен LibreOffice{where}: {INSTALL_HINT}",
                          file=file_name)
    limit = timeout if timeout is not None else float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT_S))
    with tempfile.TemporaryDirectory(prefix="engagement-convert-") as workdir:
        work = Path(workdir)
        source = work / "in" / f"report.{source_kind}"
        source.parent.mkdir()
        source.write_bytes(data)
        out = work / "out"
        command = [binary, "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
                   f"-env:UserInstallation={(work / 'profile').as_uri()}",
                   "--convert-to", _FILTERS.get(target, target), "--outdir", str(out), str(source)]
        env = dict(os.environ, HOME=str(work), TMPDIR=str(work))
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=env, start_new_session=True)
        try:
            stdout, stderr = process.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            raise ReportError(f"LibreOffice не преобразовал файл {label} за {limit:.0f} с "
                              "(файл защищён паролем, повреждён или слишком велик); сохраните его как .docx",
                              file=file_name) from None
        result = out / f"report.{target}"
        if process.returncode != 0 or not result.is_file() or result.stat().st_size == 0:
            said = (stderr or b"").decode("utf-8", "replace").splitlines() + (stdout or b"").decode(
                "utf-8", "replace").splitlines()
            errors = [line.strip() for line in said if "error" in line.lower()]
            detail = " ".join(errors)[-200:]
            raise ReportError(f"LibreOffice не смог открыть файл {label} (повреждён или это другой формат)"
                              + (f": {detail}" if detail else ""), file=file_name)
        return result.read_bytes()


def _kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        process.kill()
    process.communicate()
