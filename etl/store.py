"""I/O edge: the originals of loaded reports are kept in data/raw so the database can always be
rebuilt from them; a replaced original moves to data/raw/.replaced/ (kept, not loaded).

A stored name must survive every file system (255 bytes, no separators, no control characters)
and must still be picked up by the next rebuild (a report suffix, not hidden, not a Word lock
file), so a name that had to change is kept apart, in `.original_names.jsonl`, keyed by hash.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import tempfile
import time
import unicodedata
from pathlib import Path

from .errors import ReportError, shown_name
from .read import SUPPORTED_SUFFIXES

ARCHIVE = ".replaced"
NAMES_FILE = ".original_names.jsonl"
# 255 bytes is the limit of ext4, xfs, btrfs, tmpfs; room is left for '_<hash>' and archive suffixes.
MAX_NAME_BYTES = 200
MAX_SUFFIX_CHARS = 8
STALE_UPLOAD_SECONDS = 3600
_UNSAFE = re.compile(r'[/\\:*?"<>|]+')
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,%d}$" % MAX_SUFFIX_CHARS)


def _printable(text: str) -> str:
    """Control, format (bidi overrides such as U+202E) and separator characters become '_': the rule every
    name shown or stored follows (etl/errors.py), a local file's as well as an upload's."""
    return shown_name(text)


def _cut_utf8(text: str, limit: int) -> str:
    """The longest prefix of text that is at most `limit` bytes in UTF-8, never half a letter."""
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


# Names Windows keeps for its devices, whatever the case, with or without an extension («CON.txt», «nul.tar.docx»,
# «COM1 .txt»): a file so named cannot be created or opened there, so an original stored under it could not be copied
# to (or restored on) a Windows machine — the quarter's only original unreachable. Stored with a «_» before it.
_DEVICE_NAMES = re.compile(r"^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])$", re.IGNORECASE)


def is_device_name(name: str) -> bool:
    """'CON.txt', 'nul', 'Com1.docx', 'LPT¹.txt', 'CON .txt' → True; 'Console.txt', 'COM10.txt', 'отчёт CON.txt' →
    False (Windows reads the part before the first dot, trailing spaces dropped)."""
    return bool(_DEVICE_NAMES.match(name.split(".", 1)[0].rstrip(" ")))


def safe_name(file_name: str) -> str:
    """The name a report is stored under: readable, at most MAX_NAME_BYTES bytes, suffix kept.

    'Отчет о мероприятиях … в IV квартале 2024 года.docx' (146 letters, 263 bytes) → its first
    190-odd bytes + '.docx'; '../../etc/x.txt' → 'x.txt'; '~$отчёт.docx' → 'отчёт.docx';
    '. . .' → 'report'; a Windows device name ('CON.txt', 'nul.docx', 'COM1') → '_CON.txt', '_nul.docx', '_COM1';
    a name ending in a dot or a space ('отчёт.docx.') → 'отчёт.docx'. The suffix is lowercased so a rebuild
    recognises '.DOCX'.
    """
    name = unicodedata.normalize("NFC", file_name.replace("\\", "/")).rsplit("/", 1)[-1]
    name = _UNSAFE.sub("_", _printable(name))
    suffix_match = _SUFFIX.search(name)
    suffix = suffix_match.group(0).lower() if suffix_match else ""
    stem = name[: suffix_match.start()] if suffix_match else name
    stem = stem.strip(" .").lstrip("~$. ")
    stem = _cut_utf8(stem, MAX_NAME_BYTES - len(suffix.encode())).rstrip(" .")
    if is_device_name(stem):
        stem = "_" + stem
    return (stem or "report") + suffix


def original_name(path: Path, sha256: str | None = None) -> str:
    """The name the file had when it was uploaded; the stored name when none was recorded."""
    path = Path(path)
    names = path.parent / NAMES_FILE
    if sha256 is None or not names.is_file():
        return path.name
    found = path.name
    try:
        lines = names.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return found
    for line in lines:
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict) and row.get("sha256") == sha256 and isinstance(row.get("name"), str):
            found = row["name"]
    return found


def storage_error(folder: Path, exc: OSError) -> ReportError:
    """An OS refusal to write, as a message that names the folder and what to do."""
    reasons = {errno.ENOSPC: "на диске нет места", errno.EDQUOT: "превышена квота диска",
               errno.EFBIG: "файл превысил допустимый размер", errno.EROFS: "папка только для чтения",
               errno.EACCES: "нет прав на запись", errno.EPERM: "нет прав на запись",
               errno.ENOTDIR: "путь к папке занят файлом", errno.EEXIST: "путь к папке занят файлом",
               errno.ENAMETOOLONG: "слишком длинное имя файла"}
    reason = reasons.get(exc.errno, exc.strerror or type(exc).__name__)
    return ReportError(f"не удалось записать в папку {folder}: {reason}; прежние данные не изменены")


def _sweep_stale_uploads(raw_dir: Path) -> None:
    """Half-written uploads of a process killed mid-write; fresh ones may belong to a live upload."""
    now = time.time()
    for stale in raw_dir.glob(".upload*.tmp"):
        try:
            if now - stale.stat().st_mtime > STALE_UPLOAD_SECONDS:
                stale.unlink()
        except OSError:
            pass


def _report_suffix(name: str, data: bytes) -> str:
    """A stored original without .txt/.docx would be skipped by the next rebuild: give it one."""
    if Path(name).suffix in SUPPORTED_SUFFIXES:
        return name
    kind = ".docx" if data[:4] == b"PK\x03\x04" else ".txt"
    return _cut_utf8(Path(name).stem if Path(name).suffix else name, MAX_NAME_BYTES - len(kind)) + kind


def store_original(raw_dir: Path, file_name: str, data: bytes) -> Path:
    """Writes an uploaded report into raw_dir atomically; the same bytes are stored once, and a
    different file with a taken name gets its hash appended. A full disk or read-only folder raises
    ReportError naming the folder, and leaves no temporary file behind."""
    raw_dir = Path(raw_dir)
    digest = hashlib.sha256(data).hexdigest()
    try:
        raw_dir.mkdir(parents=True, exist_ok=True)
        for existing in raw_dir.iterdir():
            if existing.is_file() and existing.stat().st_size == len(data) and existing.read_bytes() == data:
                return existing
    except OSError as exc:
        raise storage_error(raw_dir, exc) from None
    _sweep_stale_uploads(raw_dir)
    stored = _report_suffix(safe_name(file_name), data)
    tmp = None
    try:
        if stored != file_name:
            _record_name(raw_dir, digest, file_name)
        handle, tmp = tempfile.mkstemp(dir=raw_dir, prefix=".upload", suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        target = raw_dir / stored
        for length in (8, 16, 64):
            try:
                os.link(tmp, target)  # never overwrites: a name taken meanwhile is not clobbered
                return target
            except FileExistsError:
                stem, suffix = Path(stored).stem, Path(stored).suffix
                target = raw_dir / f"{_cut_utf8(stem, MAX_NAME_BYTES - 17 - len(suffix))}_{digest[:length]}{suffix}"
        raise FileExistsError(errno.EEXIST, "имя занято", str(target))
    except OSError as exc:
        raise storage_error(raw_dir, exc) from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _record_name(raw_dir: Path, sha256: str, file_name: str) -> None:
    """One appended line per upload: appends of a short line do not interleave between processes."""
    line = json.dumps({"sha256": sha256, "name": file_name}, ensure_ascii=False) + "\n"
    with open(raw_dir / NAMES_FILE, "a", encoding="utf-8", errors="backslashreplace") as out:
        out.write(line)


def archive_original(raw_dir: Path, sha256: str) -> Path | None:
    """Moves the original with this hash out of the load path (a replaced or deleted report)."""
    raw_dir = Path(raw_dir)
    for path in raw_dir.iterdir():
        if path.is_file() and not path.name.startswith(".") and \
                hashlib.sha256(path.read_bytes()).hexdigest() == sha256:
            archive = raw_dir / ARCHIVE
            archive.mkdir(exist_ok=True)
            target = archive / path.name
            if target.exists():
                target = archive / f"{_cut_utf8(path.stem, MAX_NAME_BYTES - 10 - len(path.suffix))}" \
                                   f"_{sha256[:8]}{path.suffix}"
            shutil.move(str(path), target)
            return target
    return None
