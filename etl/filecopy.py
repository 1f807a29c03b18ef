"""I/O edge: the private copy of the served database that a load writes into, as cheap as the file
system allows.

DuckDB lets one process write a file or many read it, never both, and the dashboard holds the served
file open; so a load writes a copy and swaps it in (etl/load.py). The copy is the one step whose cost
follows the database's size. Where the file system can share blocks between files (a reflink: XFS made
with reflink=1, btrfs, bcachefs, OCFS2) `FICLONE` makes the copy in O(metadata) and the load's
checkpoint writes only the blocks it changed, so adding a report costs the same at 10k and 1M events.
ext4 and tmpfs cannot: the bytes are copied inside the kernel (sendfile) and written to disk at the
checkpoint's fsync — about 1 s per GB on this project's machines (docs/measurements.md).

    >>> clone_or_copy(Path("data/engagement.duckdb"), Path("data/engagement.duckdb.tmp"))
    'copy'          # ext4; 'reflink' on XFS/btrfs
"""
from __future__ import annotations

import errno
import fcntl
import os
import shutil
from pathlib import Path

FICLONE = 0x40049409  # _IOW(0x94, 9, int), linux/fs.h
# The file system (or this OS) cannot share blocks between these two files: copy the bytes instead.
_NO_REFLINK = {errno.EOPNOTSUPP, errno.ENOTTY, errno.EINVAL, errno.EXDEV, errno.ENOSYS, errno.EBADF,
               errno.EPERM}


def reflink(source: Path, target: Path) -> bool:
    """Make `target` share `source`'s blocks; False (target removed) where the file system cannot.
    A real failure of the disk (ENOSPC, EIO, EROFS…) is raised as it is."""
    with open(source, "rb") as src, open(target, "wb") as dst:
        try:
            fcntl.ioctl(dst.fileno(), FICLONE, src.fileno())
            return True
        except OSError as exc:
            if exc.errno not in _NO_REFLINK:
                raise
    target.unlink(missing_ok=True)
    return False


def clone_or_copy(source: Path, target: Path) -> str:
    """Copy `source` to `target` with its mode and times (as shutil.copy2) by reflink where possible;
    returns how: 'reflink' or 'copy'."""
    how = "reflink" if reflink(source, target) else "copy"
    if how == "copy":
        shutil.copyfile(source, target)
    shutil.copystat(source, target)
    return how
