"""The spare copy (etl/spare.py): after a load with spare=True the new served file is copied in the
background, and the next load renames that copy into place instead of copying. A spare is used only
for the very version it was made from; a stale or half-written one is deleted, never loaded into; a
reader's snapshot survives; the result is the same database a plain load gives."""
import os
from pathlib import Path

import duckdb
import pytest

from analytics.db import ReadOnlyDatabase
from etl.load import delete_report, load_reports, wait_for_spare
from etl.spare import identity, spare_path, spares
from synthetic_reports import quarter_variant
from test_etl_load import snapshot


def quarter(sample_bytes: bytes, tmp_path: Path, year: int, q: int) -> Path:
    """A SYNTHETIC report: the sample re-titled as another quarter."""
    path = tmp_path / f"q{q}_{year}_synthetic.txt"
    path.write_text(quarter_variant(sample_bytes.decode(), year, q), encoding="utf-8")
    return path


def names(db: Path) -> list[str]:
    return [p.name for p in spares(db)]


@pytest.fixture
def served(sample_path, tmp_path):
    """A database holding the sample, loaded with spare=True, its spare made."""
    db = tmp_path / "data" / "engagement.duckdb"
    assert [r.status for r in load_reports([sample_path], db, spare=True)] == ["loaded"]
    wait_for_spare(db)
    return db


def test_a_load_leaves_a_spare_of_the_new_version_and_the_next_load_takes_it(served, sample_bytes, tmp_path):
    assert names(served) == [spare_path(served, identity(served)).name]
    spare_inode = os.stat(spare_path(served, identity(served))).st_ino
    load_reports([quarter(sample_bytes, tmp_path, 2023, 1)], served, spare=True)
    assert os.stat(served).st_ino == spare_inode, "the spare became the new served file: no copy was made"
    wait_for_spare(served)
    assert names(served) == [spare_path(served, identity(served)).name]
    assert not Path(str(served) + ".old").exists(), "the previous version was freed in the background"


def test_spares_give_the_same_database_as_plain_loads(sample_path, sample_bytes, tmp_path):
    plain = tmp_path / "plain" / "engagement.duckdb"
    other = tmp_path / "other" / "engagement.duckdb"
    files = [quarter(sample_bytes, tmp_path, 2023, q) for q in (1, 2)]
    for db, use in ((plain, False), (other, True)):
        load_reports([sample_path], db, spare=use)
        for path in files:
            wait_for_spare(db)
            load_reports([path], db, spare=use)
        wait_for_spare(db)
        first = duckdb.connect(str(db), read_only=True)
        report_id = first.execute("SELECT report_id FROM reports ORDER BY year, quarter LIMIT 1").fetchone()[0]
        first.close()
        assert delete_report(report_id, db, spare=use)
        wait_for_spare(db)
    assert snapshot(other) == snapshot(plain)


def test_a_spare_of_an_older_version_is_never_used(served, sample_bytes, tmp_path):
    """The served file written in place after its spare was made (another tool, a migration): the
    spare lacks that write, so the next load must copy the file, not take the spare."""
    stale = spare_path(served, identity(served))
    with duckdb.connect(str(served)) as con:
        con.execute("INSERT INTO loads VALUES ('marker', 'SYNTHETIC.txt', NULL, 'loaded', 'written in place', "
                    "NULL, now(), now())")
    assert identity(served) != tuple(int(x) for x in stale.name.rsplit("spare-", 1)[1].split("-"))
    load_reports([quarter(sample_bytes, tmp_path, 2023, 1)], served)
    with duckdb.connect(str(served), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM loads WHERE load_id = 'marker'").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM reports").fetchone()[0] == 2
    assert not stale.exists() and names(served) == []


def test_a_half_written_spare_is_deleted(served, sample_bytes, tmp_path):
    for path in spares(served):
        path.unlink()
    partial = Path(str(served) + ".spare.partial")
    partial.write_bytes(b"SYNTHETIC half a database")
    forged = spare_path(served, (1, 2, 3))
    forged.write_bytes(b"SYNTHETIC wrong version")
    assert [r.status for r in load_reports([quarter(sample_bytes, tmp_path, 2023, 1)], served)] == ["loaded"]
    assert not partial.exists() and not forged.exists()


def test_a_readers_snapshot_survives_a_load_from_the_spare(served, sample_bytes, tmp_path):
    reader = ReadOnlyDatabase(served)
    held = reader.snapshot()
    load_reports([quarter(sample_bytes, tmp_path, 2023, 1)], served, spare=True)
    wait_for_spare(served)
    load_reports([quarter(sample_bytes, tmp_path, 2023, 2)], served, spare=True)
    assert held.cursor().execute("SELECT count(*) FROM reports").fetchone()[0] == 1
    assert reader.cursor().execute("SELECT count(*) FROM reports").fetchone()[0] == 3
    wait_for_spare(served)
    reader.close()


def test_no_spare_when_the_disk_has_no_room_for_it(sample_path, tmp_path):
    mount = tmp_path / "small"
    mount.mkdir()
    import subprocess

    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=49152k", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()})")
    try:
        db = mount / "engagement.duckdb"
        load_reports([sample_path], db, spare=True)
        wait_for_spare(db)
        assert names(db) == [], "a spare must not take the room the next load needs"
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)
