"""SYNTHETIC hostile .docx containers built with zipfile, for tests and bench/bench_zipguard.py.

Each starts from a real .docx of the sample report (tests/docx_builder.py) and changes the zip
container only, so python-docx would otherwise open it.
"""
from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

DOCUMENT = "word/document.xml"
MB = 1024 * 1024


def sample_docx(sample_text: str) -> bytes:
    from docx_builder import grid_to_docx
    from etl.layout import grid_from_text

    return grid_to_docx(grid_from_text(sample_text))


def _members(docx: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def padded_bomb(docx: bytes, path: Path, pad_mb: int, *, pad: bytes = b" ",
                method: int = zipfile.ZIP_DEFLATED) -> Path:
    """A valid .docx whose document.xml ends in `pad_mb` MB of whitespace (still well-formed XML),
    compressed to about a thousandth; written in 1 MB chunks so building it costs no memory."""
    chunk = pad * MB
    with zipfile.ZipFile(path, "w", compression=method) as out:
        for info, data in _members(docx):
            if info.filename != DOCUMENT:
                out.writestr(info.filename, data)
                continue
            info = zipfile.ZipInfo(DOCUMENT)
            info.compress_type = method
            with out.open(info, "w", force_zip64=pad_mb >= 2000) as member:
                member.write(data)
                for _ in range(pad_mb):
                    member.write(chunk)
    return path


def _patch_sizes(data: bytearray, name: str, *, uncompressed: int) -> bytearray:
    """Rewrites the declared uncompressed size of `name` in its local and central headers."""
    encoded = name.encode()
    local = data.find(b"PK\x03\x04" + b"", 0)
    while local != -1:
        name_len = struct.unpack_from("<H", data, local + 26)[0]
        if bytes(data[local + 30:local + 30 + name_len]) == encoded:
            struct.pack_into("<I", data, local + 22, uncompressed)
            break
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46:central + 46 + name_len]) == encoded:
            struct.pack_into("<I", data, central + 24, uncompressed)
            return data
        central = data.find(b"PK\x01\x02", central + 4)
    raise ValueError(name)


def lying_bomb(padded: Path, path: Path, declared: int = 4096) -> Path:
    """A padded bomb whose headers claim document.xml is only `declared` bytes."""
    path.write_bytes(bytes(_patch_sizes(bytearray(padded.read_bytes()), DOCUMENT, uncompressed=declared)))
    return path


def declared_huge(docx: bytes, path: Path) -> Path:
    """A small honest container whose headers claim document.xml expands to 4 GB."""
    path.write_bytes(bytes(_patch_sizes(bytearray(docx), DOCUMENT, uncompressed=0xFFFFFFF0)))
    return path


def many_members(docx: bytes, path: Path, count: int = 5000) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as out:
        for info, data in _members(docx):
            out.writestr(info.filename, data)
        for i in range(count):
            out.writestr(f"customXml/extra{i}.xml", b"<a/>")
    return path


def with_media(docx: bytes, path: Path, size_mb: int, seed: int = 7) -> Path:
    """A legitimate heavy report: an incompressible picture of `size_mb` MB in word/media."""
    import random

    picture = random.Random(seed).randbytes(size_mb * MB)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as out:
        for info, data in _members(docx):
            out.writestr(info.filename, data)
        out.writestr("word/media/image1.png", picture)
    return path
