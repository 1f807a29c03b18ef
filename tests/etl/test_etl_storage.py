"""A full disk or a read-only data folder: a clear message naming the folder, temporary files
removed at once, the old data intact. Real OS failures, not mocks: RLIMIT_FSIZE in a child process
gives a real EFBIG on write; a small tmpfs gives a real ENOSPC and, remounted read-only, EROFS
(root ignores chmod, not a read-only mount). The tmpfs cases skip where mounting is not allowed."""
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from etl.cli import main
from etl.errors import ReportError
from etl.load import load_reports
from etl.store import store_original
from synthetic_reports import quarter_variant
from test_etl_load import snapshot

ROOT = Path(__file__).resolve().parent.parent.parent


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith((".tmp", ".wal")))


def run_limited(limit_bytes: int, code: str) -> subprocess.CompletedProcess:
    """Runs `code` in a child whose files may not grow past limit_bytes (writes fail with EFBIG)."""
    prelude = textwrap.dedent(f"""
        import resource, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({limit_bytes}, {limit_bytes}))
    """)
    return subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)


@pytest.fixture
def loaded(sample_path, sample_bytes, tmp_path):
    """A database holding the sample, and a SYNTHETIC report of another quarter to load next."""
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "engagement.duckdb"
    assert [r.status for r in load_reports([sample_path], db)] == ["loaded"]
    other = tmp_path / "q1_2023_synthetic.txt"
    other.write_text(quarter_variant(sample_bytes.decode(), 2023, 1), encoding="utf-8")
    return db, other


@pytest.mark.parametrize("headroom", [
    pytest.param(-4 * 1024 * 1024, id="copy_fails"),
    pytest.param(256 * 1024, id="insert_or_checkpoint_fails"),
])
def test_file_size_limit_mid_load_keeps_the_old_database(loaded, headroom):
    db, other = loaded
    before = snapshot(db)
    limit = db.stat().st_size + headroom
    done = run_limited(limit, f"""
        from etl.cli import main
        sys.exit(main(["--db", {str(db)!r}, "--edits", {str(db.parent / "edits")!r}, "load", "--quiet",
                       {str(other)!r}]))
    """)
    assert done.returncode == 1, done.stderr
    assert f"не удалось записать в папку {db.parent}" in done.stderr and "прежние данные не изменены" in done.stderr
    assert "Traceback" not in done.stderr
    assert leftovers(db.parent) == []
    assert snapshot(db) == before
    assert [r.status for r in load_reports([other], db)] == ["loaded"]  # and the next load finishes


def test_file_size_limit_during_upload_leaves_no_temporary_file(sample_bytes, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    done = run_limited(16 * 1024, f"""
        from etl.errors import ReportError
        from etl.store import store_original
        try:
            store_original(__import__("pathlib").Path({str(raw)!r}), "отчёт.txt", b"x" * 1_000_000)
        except ReportError as exc:
            print(exc)
            sys.exit(3)
    """)
    assert done.returncode == 3, done.stderr
    assert f"не удалось записать в папку {raw}" in done.stdout
    assert [p.name for p in raw.iterdir()] == []


def test_data_folder_path_taken_by_a_file(sample_path, tmp_path, capsys):
    blocker = tmp_path / "data"
    blocker.write_text("не папка")
    code = main(["--db", str(blocker / "engagement.duckdb"), "load", "--quiet", str(sample_path)])
    assert code == 1
    assert "путь к папке занят файлом" in capsys.readouterr().err
    with pytest.raises(ReportError, match="путь к папке занят файлом"):
        store_original(blocker / "raw", "x.txt", b"x")


@pytest.fixture
def small_fs(tmp_path):
    """A real tmpfs of a given size at tmp_path/mnt; skipped where mounting is not allowed."""
    mounted = []

    def mount(size_kb: int) -> Path:
        point = tmp_path / f"mnt{len(mounted)}"
        point.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(point)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()}); the RLIMIT_FSIZE tests cover EFBIG")
        mounted.append(point)
        return point

    yield mount
    for point in reversed(mounted):
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def test_full_disk_keeps_the_old_database(small_fs, sample_path, sample_bytes, tmp_path, capsys):
    folder = small_fs(30 * 1024)  # room for one database (~21 MB with the word index's 32 tables), not for its copy
    db = folder / "engagement.duckdb"
    assert main(["--db", str(db), "load", "--quiet", str(sample_path)]) == 0
    before = snapshot(db)
    capsys.readouterr()
    other = tmp_path / "q1_2023_synthetic.txt"
    other.write_text(quarter_variant(sample_bytes.decode(), 2023, 1), encoding="utf-8")
    assert main(["--db", str(db), "load", "--quiet", str(other)]) == 1
    err = capsys.readouterr().err
    assert f"не удалось записать в папку {folder}: на диске нет места" in err, err
    assert leftovers(folder) == [] and snapshot(db) == before
    with pytest.raises(ReportError, match="нет места"):
        store_original(folder / "raw", "отчёт.txt", os.urandom(16 * 1024 * 1024))
    assert leftovers(folder) == [] and not list((folder / "raw").glob(".upload*"))


def test_read_only_folder_keeps_the_old_database(small_fs, sample_path, sample_bytes, tmp_path, capsys):
    folder = small_fs(32 * 1024)
    db = folder / "engagement.duckdb"
    assert main(["--db", str(db), "load", "--quiet", str(sample_path)]) == 0
    before = snapshot(db)
    capsys.readouterr()
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    other = tmp_path / "q1_2023_synthetic.txt"
    other.write_text(quarter_variant(sample_bytes.decode(), 2023, 1), encoding="utf-8")
    assert main(["--db", str(db), "load", "--quiet", str(other)]) == 1
    assert f"не удалось записать в папку {folder}: папка только для чтения" in capsys.readouterr().err
    with pytest.raises(ReportError, match="только для чтения"):
        store_original(folder / "raw", "отчёт.txt", b"x")
    assert snapshot(db) == before
