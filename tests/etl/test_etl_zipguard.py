"""Zip bombs are refused before python-docx expands them, with a clear Russian message, cheaply;
real .docx reports (also heavy ones with pictures) pass. Figures: bench/bench_zipguard.py."""
import tracemalloc
import zipfile

import duckdb
import pytest

from etl.cli import main
from etl.errors import ReportError
from etl.normalize import build_report
from etl.read import read_bytes
from etl.zipguard import check_zip
from zip_bombs import declared_huge, lying_bomb, many_members, padded_bomb, sample_docx, with_media


@pytest.fixture(scope="module")
def docx_bytes(sample_bytes):
    return sample_docx(sample_bytes.decode())


@pytest.fixture(scope="module")
def bombs(docx_bytes, tmp_path_factory):
    folder = tmp_path_factory.mktemp("bombs")
    padded = padded_bomb(docx_bytes, folder / "padded.docx", 300)
    return {
        "padded_300mb": padded,
        "padded_40mb_ratio": padded_bomb(docx_bytes, folder / "ratio.docx", 40),
        "zeros_lzma_100mb": padded_bomb(docx_bytes, folder / "lzma.docx", 100, pad=b"\x00",
                                        method=zipfile.ZIP_LZMA),
        "lying_header_300mb": lying_bomb(padded, folder / "lying.docx"),
        "declared_4gb": declared_huge(docx_bytes, folder / "declared.docx"),
        "5000_members": many_members(docx_bytes, folder / "members.docx"),
    }


BOMBS = ["padded_300mb", "padded_40mb_ratio", "zeros_lzma_100mb", "lying_header_300mb", "declared_4gb",
         "5000_members"]


@pytest.mark.parametrize("kind", BOMBS)
def test_bomb_is_refused_in_little_memory(kind, bombs):
    data = bombs[kind].read_bytes()
    assert len(data) < 2 * 1024 * 1024  # small on disk: the danger is what it expands to
    tracemalloc.start()
    try:
        with pytest.raises(ReportError) as caught:
            read_bytes(data, bombs[kind].name)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB"
    message = str(caught.value)
    assert bombs[kind].name in message and ("zip-бомб" in message or "повреждён" in message), message


@pytest.mark.parametrize("kind", BOMBS)
def test_bomb_through_the_cli_is_not_loaded(kind, bombs, sample_path, tmp_path, capsys):
    db = tmp_path / "bomb.duckdb"
    assert main(["--db", str(db), "load", "--quiet", str(sample_path)]) == 0
    capsys.readouterr()
    assert main(["check", str(bombs[kind])]) == 2
    assert "Не отчёт" in capsys.readouterr().err
    assert main(["--db", str(db), "load", "--quiet", str(bombs[kind])]) == 1
    assert "ОШИБКА" in capsys.readouterr().out
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM reports").fetchone()[0] == 1
    con.close()


def test_real_docx_passes(docx_bytes):
    check_zip(docx_bytes, "sample.docx")
    assert build_report(read_bytes(docx_bytes, "sample.docx")).event_count == 78


def test_heavy_real_docx_with_a_picture_passes(docx_bytes, tmp_path):
    heavy = with_media(docx_bytes, tmp_path / "heavy.docx", 30)
    data = heavy.read_bytes()
    assert len(data) > 30 * 1024 * 1024
    assert build_report(read_bytes(data, "heavy.docx")).event_count == 78


@pytest.mark.parametrize("cut", [10, 100, 1000, 5000, -200, -22])
def test_truncated_docx_is_refused_clearly(docx_bytes, cut):
    with pytest.raises(ReportError, match="Word"):
        read_bytes(docx_bytes[:cut], "cut.docx")


def _directory_field_set(data: bytes, offset: int, value: bytes) -> bytes:
    """The package with `value` written at `offset` of every central-directory entry (PK\\x01\\x02)."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at != -1:
        out[at + offset:at + offset + len(value)] = value
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


@pytest.mark.parametrize(("field", "offset", "value"), [
    # the fuzz run's find: a directory entry needing zip 6.4 makes zipfile raise NotImplementedError
    pytest.param("version_needed_6_4", 6, (64).to_bytes(2, "little"), id="version_needed"),
    pytest.param("version_needed_9_9", 6, (99).to_bytes(2, "little"), id="version_needed_high"),
    pytest.param("unknown_compression", 10, (77).to_bytes(2, "little"), id="compression_method"),
    pytest.param("encrypted_flag", 8, (1).to_bytes(2, "little"), id="encrypted"),
])
def test_a_package_zipfile_cannot_open_is_a_clear_error_not_a_crash(docx_bytes, field, offset, value):
    damaged = _directory_field_set(docx_bytes, offset, value)
    with pytest.raises(ReportError, match="Word") as raised:
        read_bytes(damaged, f"{field}.docx")
    assert raised.value.file == f"{field}.docx"
