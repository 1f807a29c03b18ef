"""Pure check of a .docx container before python-docx opens it: a zip bomb is refused cheaply.

python-docx reads every part of the package into memory and parses its XML whole, so a 1.3 MB
file whose document.xml expands to 1.2 GB costs 2.6 GB of memory before any check of ours can
run. A real quarterly report expands to a few MB. Here every member's declared size, the total,
the compression ratio and the member count are checked against the central directory, and then
every member is decompressed in small chunks with a running cap, so a header that lies about its
size is caught by what actually comes out. Memory stays at one chunk; time at most the cap.
"""
from __future__ import annotations

import io
import zipfile

from .errors import ReportError

MAX_MEMBERS = 2_000
MAX_MEMBER_BYTES = 64 * 1024 * 1024       # one part (a picture), uncompressed
MAX_XML_BYTES = 32 * 1024 * 1024          # one XML part: lxml holds it whole, ~10× in memory
MAX_TOTAL_BYTES = 160 * 1024 * 1024       # all parts, uncompressed
MAX_RATIO = 200                           # uncompressed / compressed, for parts over RATIO_FLOOR
RATIO_FLOOR = 2 * 1024 * 1024             # small parts may compress very well (empty styles, rels)
CHUNK = 256 * 1024


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f} МБ".replace(",", " ")


def _refuse(file_name: str, why: str) -> ReportError:
    return ReportError(f"файл Word отклонён: {why} — похоже на «zip-бомбу» или повреждённый файл; "
                       "сохраните документ в Word заново", file=file_name)


def check_zip(data: bytes, file_name: str = "") -> None:
    """Raises ReportError unless the zip container in `data` expands to a sane size.

    The sample report as .docx: 40 KB → 14 parts, ~250 KB; a bomb: 1.3 MB → 1.2 GB, refused from
    its central directory in milliseconds, or after at most MAX_TOTAL_BYTES of streaming when the
    directory lies.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise ReportError(f"файл Word повреждён или это не .docx ({exc})", file=file_name) from None
    except NotImplementedError as exc:  # 'zip file version 6.4': a damaged or foreign directory entry
        raise ReportError(f"файл Word повреждён или сжат неизвестным способом ({exc})", file=file_name) from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise _refuse(file_name, f"в архиве {len(members)} частей (допустимо до {MAX_MEMBERS})")
        declared = 0
        for info in members:
            if info.file_size > _member_cap(info):
                raise _refuse(file_name, f"часть {info.filename[:80]} разворачивается в {_mb(info.file_size)} "
                                         f"(допустимо до {_mb(_member_cap(info))})")
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * _compressed(info, data):
                raise _refuse(file_name, f"часть {info.filename[:80]} сжата в "
                                         f"{info.file_size // max(info.compress_size, 1)} раз")
            declared += info.file_size
        if declared > MAX_TOTAL_BYTES:
            raise _refuse(file_name, f"архив разворачивается в {_mb(declared)} "
                                     f"(допустимо до {_mb(MAX_TOTAL_BYTES)})")
        total = 0
        for info in members:
            if info.is_dir():
                continue
            total += _stream_member(archive, info, file_name, total, _compressed(info, data))


def _member_cap(info: zipfile.ZipInfo) -> int:
    return MAX_XML_BYTES if info.filename.lower().endswith((".xml", ".rels")) else MAX_MEMBER_BYTES


def _compressed(info: zipfile.ZipInfo, data: bytes) -> int:
    """The compressed size, never more than the file holds: a header may lie about it too."""
    return max(1, min(info.compress_size, len(data)))


def _stream_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file_name: str, so_far: int,
                   compressed: int) -> int:
    """Decompresses one member chunk by chunk and returns how many bytes came out."""
    produced = 0
    try:
        with archive.open(info) as member:
            # read past the declared size: zipfile stops there, so a lying header shows up as a CRC
            # error or as more output than declared
            while chunk := member.read(CHUNK):
                produced += len(chunk)
                if produced > _member_cap(info) or so_far + produced > MAX_TOTAL_BYTES:
                    raise _refuse(file_name, f"часть {info.filename[:80]} разворачивается больше, "
                                             f"чем допустимо ({_mb(_member_cap(info))})")
                if produced > RATIO_FLOOR and produced > MAX_RATIO * compressed:
                    raise _refuse(file_name, f"часть {info.filename[:80]} сжата больше чем в {MAX_RATIO} раз")
    except ReportError:
        raise
    except RuntimeError as exc:  # encrypted member
        raise ReportError(f"файл Word зашифрован или защищён паролем ({exc})", file=file_name) from None
    except NotImplementedError as exc:
        raise ReportError(f"файл Word сжат неизвестным способом ({exc})", file=file_name) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise ReportError(f"файл Word повреждён: часть {info.filename[:80]} не читается ({exc})",
                          file=file_name) from None
    except Exception as exc:  # zlib.error, lzma/bz2 errors of a crafted stream
        raise ReportError(f"файл Word повреждён: часть {info.filename[:80]} не читается "
                          f"({type(exc).__name__}: {exc})", file=file_name) from None
    if produced != info.file_size:
        raise _refuse(file_name, f"часть {info.filename[:80]}: в заголовке {info.file_size} байт, "
                                 f"на деле {produced}")
    return produced
