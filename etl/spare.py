"""I/O edge: a spare copy of the served database, made after a load so the next load need not copy.

A load must write a private copy of the served file (DuckDB: one writer or many readers; etl/load.py).
Copying is the one step whose cost follows the database's size (~1 s per GB on ext4, README
"Storage"), so after a load has swapped its file in, the loading process copies the new served file
to `engagement.duckdb.spare-<inode>-<size>-<mtime_ns>` — the dashboard in a background thread, the
CLI (`python -m etl load`) before it exits, its results printed and the report served already. The
next load, under the writer lock, renames that spare into place as its working copy — O(1) — if its name still
matches the served file's identity; a spare of any other version (the file was replaced or written
since) is deleted, never used. Readers never open a spare. A spare costs the disk space of one more
database (nothing on a file system with reflinks), so one is made only while the disk keeps room for
it and for a load's growth.

    engagement.duckdb                                   served, readers hold it open
    engagement.duckdb.spare-1837-1103106048-17321…      ready for the next load
    engagement.duckdb.spare.partial                     being written (a kill leaves it; removed)
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from .filecopy import clone_or_copy


def identity(path: Path) -> tuple[int, int, int] | None:
    """(inode, size, mtime in ns) of the file, or None when it is missing: a spare is valid only for
    the version of the served file that has exactly this identity."""
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def spare_path(db_path: Path, version: tuple[int, int, int]) -> Path:
    return db_path.with_name(f"{db_path.name}.spare-{version[0]}-{version[1]}-{version[2]}")


def _partial(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.name}.spare.partial")


def spares(db_path: Path) -> list[Path]:
    """Every spare or partial spare of db_path in its folder."""
    prefix = f"{db_path.name}.spare"
    try:
        return sorted(p for p in db_path.parent.iterdir() if p.name.startswith(prefix))
    except OSError:
        return []


def take_spare(db_path: Path, work_path: Path) -> bool:
    """Rename the spare of the served file's current version to work_path (the load's copy) and delete
    every other spare; False when there was none to take. Call with the writer lock held."""
    version = identity(db_path)
    wanted = spare_path(db_path, version) if version else None
    taken = False
    for path in spares(db_path):
        if path == wanted and not taken:
            os.replace(path, work_path)
            taken = True
        else:
            discard(path)
    return taken


def discard(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def has_room(db_path: Path) -> bool:
    """Room on the disk for a spare and, after it, one more database's worth (a load's growth and its
    checkpoint): a spare must never be what fills the disk."""
    try:
        size = os.stat(db_path).st_size
        return shutil.disk_usage(db_path.parent).free >= 2 * size + 64 * 1024 * 1024
    except OSError:
        return False


def make_spare(db_path: Path) -> Path | None:
    """Copy the served file to its spare (reflink where possible, fsynced, renamed in whole); returns
    it, or None when there is no file or no room. Call with the writer lock held: the served file
    only changes by a swap under that lock, so it cannot change while it is copied."""
    version = identity(db_path)
    if version is None or not has_room(db_path):
        return None
    partial = _partial(db_path)
    try:
        clone_or_copy(db_path, partial)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        if identity(db_path) != version:
            raise OSError("the served file changed while it was copied")
        target = spare_path(db_path, version)
        os.replace(partial, target)
        return target
    except OSError:
        discard(partial)
        return None
