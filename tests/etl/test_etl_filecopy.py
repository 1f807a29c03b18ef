"""The load's private copy of the served database: a reflink where the file system shares blocks
(adding a report then costs the same at any database size), else a byte copy. Real file systems, no
mocks: the folder pytest gives (ext4 here: a copy), a tmpfs (a copy) and, where mkfs.xfs and loop
mounts are available, an XFS made with reflink=1 (a reflink), on which the whole load-and-swap cycle
must keep every reader's snapshot as it was."""
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from analytics.db import ReadOnlyDatabase
from etl.filecopy import clone_or_copy, reflink
from etl.load import delete_report, load_reports
from synthetic_reports import quarter_variant
from test_etl_load import snapshot


def _mount(kind: str, point: Path, image: Path | None = None) -> None:
    point.mkdir()
    if kind == "tmpfs":
        command = ["mount", "-t", "tmpfs", "-o", "size=65536k", "tmpfs", str(point)]
    else:
        if not shutil.which("mkfs.xfs"):
            pytest.skip("mkfs.xfs missing (apt-get install xfsprogs): the reflink path is not exercised here")
        with open(image, "wb") as handle:
            handle.truncate(320 * 1024 * 1024)  # sparse; XFS wants at least 300 MB
        made = subprocess.run(["mkfs.xfs", "-q", "-m", "reflink=1", str(image)], capture_output=True, text=True)
        if made.returncode != 0:
            pytest.skip(f"mkfs.xfs failed: {made.stderr.strip()}")
        command = ["mount", "-o", "loop", str(image), str(point)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount {kind} here ({done.stderr.strip()})")


@pytest.fixture
def folder_on(tmp_path):
    """folder_on('plain' | 'tmpfs' | 'xfs') → a folder on that file system (unmounted afterwards)."""
    mounted = []

    def make(kind: str) -> Path:
        if kind == "plain":
            return tmp_path
        point = tmp_path / f"mnt_{kind}"
        _mount(kind, point, tmp_path / f"{kind}.img")
        mounted.append(point)
        return point

    yield make
    for point in reversed(mounted):
        subprocess.run(["umount", str(point)], capture_output=True)


@pytest.mark.parametrize("kind, expected", [
    pytest.param("plain", None, id="test_folder_either_way"),
    pytest.param("tmpfs", "copy", id="tmpfs_has_no_reflinks"),
    pytest.param("xfs", "reflink", id="xfs_reflink_shares_blocks"),
])
def test_clone_or_copy_gives_the_same_bytes_and_mode(folder_on, kind, expected):
    folder = folder_on(kind)
    source = folder / "engagement.duckdb"
    payload = os.urandom(3 * 1024 * 1024 + 17)  # SYNTHETIC bytes, not a block multiple
    source.write_bytes(payload)
    source.chmod(0o640)
    target = folder / "engagement.duckdb.tmp"
    how = clone_or_copy(source, target)
    assert how == expected or (expected is None and how in ("reflink", "copy"))
    assert target.read_bytes() == payload
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    with open(target, "r+b") as handle:  # writing the copy must not reach the source (copy on write)
        handle.write(b"\0" * 4096)
    assert source.read_bytes() == payload


def test_reflink_says_no_on_a_file_system_without_it(folder_on):
    folder = folder_on("tmpfs")
    (folder / "a").write_bytes(b"SYNTHETIC")
    assert reflink(folder / "a", folder / "b") is False
    assert not (folder / "b").exists()


@pytest.mark.parametrize("kind", [pytest.param("plain", id="copy"), pytest.param("xfs", id="reflink")])
def test_load_and_delete_keep_a_readers_snapshot_on_each_file_system(folder_on, kind, sample_path,
                                                                      sample_bytes, tmp_path):
    """A reader that took its snapshot before a load reads the old data to the end, whether the load's
    copy shares the served file's blocks or not; the new snapshot sees the new report, and deleting
    it restores the first state exactly."""
    folder = folder_on(kind)
    db = folder / "engagement.duckdb"
    assert [r.status for r in load_reports([sample_path], db)] == ["loaded"]
    before = snapshot(db)
    other = tmp_path / "q1_2023_synthetic.txt"
    other.write_text(quarter_variant(sample_bytes.decode(), 2023, 1), encoding="utf-8")

    reader = ReadOnlyDatabase(db)
    held = reader.snapshot()
    result = load_reports([other], db)
    assert [r.status for r in result] == ["loaded"]
    assert held.cursor().execute("SELECT count(*) FROM reports").fetchone()[0] == 1
    assert reader.cursor().execute("SELECT count(*) FROM reports").fetchone()[0] == 2
    assert [p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".wal"))] == []

    assert delete_report(result[0].sha256, db)
    assert snapshot(db) == before
    reader.close()


@pytest.mark.parametrize("action", [pytest.param("load", id="load"), pytest.param("delete", id="delete")])
def test_a_parquet_folder_is_refused_by_name(sample_db, sample_path, tmp_path, action):
    """ENGAGEMENT_DB may name a Parquet export (read-only); a load or delete into it says so, and
    leaves the folder as it was — not «cannot write to the folder: Is a directory»."""
    from etl.errors import ReportError
    from etl.export import export_tables

    folder = tmp_path / "export"
    export_tables(sample_db, folder, "parquet")
    before = sorted((p.name, p.stat().st_size) for p in folder.iterdir())
    with pytest.raises(ReportError, match="выгрузка Parquet, только для чтения"):
        if action == "load":
            load_reports([sample_path], folder)
        else:
            delete_report("x", folder)
    assert sorted((p.name, p.stat().st_size) for p in folder.iterdir()) == before
    assert not list(tmp_path.glob("export.*")), "no lock or copy beside it"
