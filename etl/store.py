"""I/O edge: the originals of loaded reports are kept in data/raw so the database can always be
rebuilt from them; a replaced original moves to data/raw/.replaced/ (kept, not loaded)."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path

ARCHIVE = ".replaced"


def safe_name(file_name: str) -> str:
    """'Отчёт IV кв.docx' stays readable; path separators and control characters go."""
    name = Path(file_name.replace("\\", "/")).name
    name = re.sub(r"[\x00-\x1f/]+", "_", name).strip(" .") or "report"
    return name[:150]


def store_original(raw_dir: Path, file_name: str, data: bytes) -> Path:
    """Writes an uploaded report into raw_dir atomically; the same bytes are stored once, and a
    different file with a taken name gets its hash appended."""
    raw_dir = Path(raw_dir)
    raw_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(data).hexdigest()
    for existing in raw_dir.iterdir():
        if existing.is_file() and existing.stat().st_size == len(data) and existing.read_bytes() == data:
            return existing
    target = raw_dir / safe_name(file_name)
    if target.exists():
        target = target.with_name(f"{target.stem}_{digest[:8]}{target.suffix}")
    handle, tmp = tempfile.mkstemp(dir=raw_dir, prefix=".upload", suffix=".tmp")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.replace(tmp, target)
    return target


def archive_original(raw_dir: Path, sha256: str) -> Path | None:
    """Moves the original with this hash out of the load path (a replaced or deleted report)."""
    raw_dir = Path(raw_dir)
    for path in raw_dir.iterdir():
        if path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == sha256:
            archive = raw_dir / ARCHIVE
            archive.mkdir(exist_ok=True)
            target = archive / path.name
            if target.exists():
                target = archive / f"{path.stem}_{sha256[:8]}{path.suffix}"
            shutil.move(str(path), target)
            return target
    return None
