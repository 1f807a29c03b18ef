"""Paths that are not ordinary report files: refused at once with a message naming the file, never read.

Before, `python -m etl check|load` on a named pipe or a link to /dev/zero waited for ever (the read never ends):
a hung loader with no message, its database lock held. A folder given to `check` said «файл не читается: Is a
directory» (the system's English), a missing file «No such file or directory», and a file over the size limit was
read whole before it was refused. Now `etl.read.read_path_bytes` looks at the path first: a folder, a pipe, a
socket or a device is refused with what it is, a file larger than the limit from its size, and a failed open
says why in Russian (with an English text in the dashboard). On main the pipe and device cases hang (each is run
here in a thread with a deadline, so a hang fails the test instead of stopping the run): 17 of the 19 cases fail
(the oversized file and the folder with a pipe in it pass there: they guard the rule).
"""
from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import duckdb
import pytest

from analytics.i18n import message_text
from etl.cli import main
from etl.errors import ReportError
from etl.read import MAX_BYTES, read_file

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "raw" / "smolensk_international_2024q4.txt"
DEADLINE_S = 20


def _within_deadline(call):
    """call() in a thread; its result, or the exception it raised; a call still running at the deadline fails."""
    box: dict = {}

    def run():
        try:
            box["value"] = call()
        except BaseException as exc:  # noqa: BLE001 (handed back to the test)
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(DEADLINE_S)
    if thread.is_alive():
        pytest.fail(f"still reading after {DEADLINE_S} s: the path was read instead of refused")
    if "error" in box:
        raise box["error"]
    return box.get("value")


def _refusal(path: Path) -> ReportError:
    with pytest.raises(ReportError) as caught:
        _within_deadline(lambda: read_file(path))
    assert caught.value.file == path.name
    return caught.value


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "отчёт.txt"
    os.mkfifo(path)
    return path


def _device_link(tmp_path: Path, device: str) -> Path:
    path = tmp_path / "отчёт.docx"
    path.symlink_to(device)
    return path


@pytest.mark.parametrize("make", [
    pytest.param(_fifo, id="named_pipe"),
    pytest.param(lambda tmp: _device_link(tmp, "/dev/zero"), id="link_to_dev_zero"),
    pytest.param(lambda tmp: _device_link(tmp, "/dev/urandom"), id="link_to_dev_urandom"),
    pytest.param(lambda tmp: _device_link(tmp, "/dev/null"), id="link_to_dev_null"),
])
def test_a_pipe_or_device_is_refused_without_reading(tmp_path, make):
    error = _refusal(make(tmp_path))
    assert "не обычный файл" in error.message


def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s.txt"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        assert "не обычный файл" in _refusal(path).message
    finally:
        server.close()


def test_a_folder_is_named_a_folder(tmp_path):
    folder = tmp_path / "отчёт за IV квартал.docx"
    folder.mkdir()
    assert _refusal(folder).message == "это папка, а не файл отчёта"


@pytest.mark.parametrize("make, reason", [
    pytest.param(lambda tmp: tmp / "нет такого.txt", "файла нет (он удалён или переименован)", id="missing"),
    pytest.param(lambda tmp: _loop(tmp), "ссылка ведёт сама на себя (цикл символических ссылок)", id="link_loop"),
    pytest.param(lambda tmp: _dangling(tmp), "файла нет (он удалён или переименован)", id="dangling_link"),
])
def test_an_unreadable_path_says_why_in_russian(tmp_path, make, reason):
    assert _refusal(make(tmp_path)).message == f"файл не читается: {reason}"


def _loop(tmp: Path) -> Path:
    first, second = tmp / "a.txt", tmp / "b.txt"
    first.symlink_to(second)
    second.symlink_to(first)
    return first


def _dangling(tmp: Path) -> Path:
    link = tmp / "отчёт.txt"
    link.symlink_to(tmp / "удалён.txt")
    return link


def test_a_file_over_the_limit_is_refused_from_its_size(tmp_path):
    """A sparse file of the limit plus one byte: refused by its size (reading it whole would be 50 MB)."""
    path = tmp_path / "огромный.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    assert _refusal(path).message == f"файл больше {MAX_BYTES // (1024 * 1024)} МБ"


@pytest.mark.parametrize("message", [
    pytest.param("это папка, а не файл отчёта", id="folder"),
    pytest.param("это не обычный файл (канал, сокет или устройство), отчёт из него не читается", id="special"),
    pytest.param("файл не читается: файла нет (он удалён или переименован)", id="missing"),
    pytest.param("файл не читается: нет прав на чтение", id="permission"),
    pytest.param("файл не читается: ссылка ведёт сама на себя (цикл символических ссылок)", id="loop"),
    pytest.param("файл не читается: слишком длинное имя файла или пути", id="long_name"),
    pytest.param("файл не читается: ошибка чтения с диска", id="disk_error"),
])
def test_every_new_message_has_english(message):
    english = message_text(message, "en")
    assert english != message and not any("а" <= ch <= "я" for ch in english.lower())


def test_load_of_a_pipe_beside_a_report_loads_the_report_and_keeps_the_quarter(tmp_path, capsys):
    """The CLI ends (no hang), loads the good file, names the bad one, and the quarter already in the base stays."""
    db = tmp_path / "base.duckdb"
    assert main(["--db", str(db), "load", "--quiet", "--no-spare", str(SAMPLE)]) == 0
    pipe = _fifo(tmp_path)
    code = _within_deadline(lambda: main(["--db", str(db), "load", "--quiet", "--no-spare", str(pipe), str(SAMPLE)]))
    said = capsys.readouterr()
    assert code == 1
    assert "отчёт.txt" in said.out + said.err and "не обычный файл" in said.out + said.err
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 78


def test_a_folder_with_a_pipe_in_it_loads_its_reports(tmp_path):
    folder = tmp_path / "отчёты"
    folder.mkdir()
    (folder / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    os.mkfifo(folder / "канал.txt")
    (folder / "ноль.txt").symlink_to("/dev/zero")
    db = tmp_path / "base.duckdb"
    assert _within_deadline(lambda: main(["--db", str(db), "load", "--quiet", "--no-spare", str(folder)])) == 0
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 78
