"""A UTF-8 text dump with a few broken bytes loads, with a warning naming their lines (parser 1.10.18).

Found by a red-team run of the loader (28 Nov): one byte of a Windows-1251 «ё» pasted into a UTF-8 report made the
whole file «кодировка не распознана» and the quarter was refused for one letter. Now a text that is UTF-8 but for at
most `MAX_BROKEN_UTF8` broken sequences (and at most one per thousand bytes) is read as UTF-8, each broken sequence
as «�», with a warning that names the lines to check. A text broken in more places is refused as before, and
Windows-1251 or KOI8-R reports (broken as UTF-8 at almost every letter) are read in their own encoding as before.
On 1.10.17 5 of the 9 cases here fail (the controls pass there).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from analytics.i18n import message_text
from etl.encoding import MAX_BROKEN_UTF8, UNRECOGNISED
from etl.errors import ReportError
from etl.normalize import build_report
from etl.read import read_bytes
from tests.synthetic_reports import quarter_variant

ROOT = Path(__file__).resolve().parents[2]
VARIANT = quarter_variant((ROOT / "data" / "raw" / "smolensk_international_2024q4.txt").read_text(), 2023, 1)
UTF8 = VARIANT.encode("utf-8")  # SYNTHETIC: the real sample moved to Q1 2023


def _broken_at(data: bytes, words: list[str], junk: bytes) -> bytes:
    for word in words:
        at = data.index(word.encode("utf-8"))
        data = data[:at] + junk + data[at:]
    return data


def _line_of(data: bytes, word: str) -> int:
    return data[:data.index(word.encode("utf-8"))].count(b"\n") + 1


def _warnings(source) -> list[str]:
    return [issue.message for issue in source.issues if issue.severity == "warning"]


@pytest.mark.parametrize("words, junk", [
    pytest.param(["ТехИнноПром"], "ё".encode("cp1251"), id="one_cp1251_letter"),
    pytest.param(["ТехИнноПром", "Республики Беларусь"], b"\xff", id="two_stray_bytes"),
    pytest.param(["ТехИнноПром"], "ё".encode("utf-8")[:1], id="a_letter_cut_in_half"),
    pytest.param(["ТехИнноПром", "Смоленск", "Минск"], b"\xc0\xc1", id="three_places_overlong"),
])
def test_a_few_broken_bytes_load_with_a_warning_naming_the_lines(words, junk):
    data = _broken_at(UTF8, words, junk)
    source = read_bytes(data, "отчёт.txt")
    report = build_report(source)
    assert (report.region, report.year, report.quarter, len(report.events)) == ("Смоленская область", 2023, 1, 78)
    lines = sorted({_line_of(data, word) for word in words})
    [warning] = _warnings(source)
    assert f"(строки {', '.join(map(str, lines))})" in warning
    assert "\ufffd" in "".join(cell for row in source.grid.rows for cell in row.cells)


def test_the_warning_has_english():
    message = ("в тексте UTF-8 повреждены байты (строки 16, 40): на их месте знак «�», проверьте эти места "
               "в исходном документе")
    english = message_text(message, "en")
    assert "lines 16, 40" in english and not any("а" <= ch <= "я" for ch in english.lower())


def test_a_text_broken_in_many_places_is_refused_as_before():
    words = ["ТехИнноПром", "Смоленск", "Минск", "Беларус", "сотрудничеств", "делегаци", "форум", "Китай", "област",
             "Республики"][:MAX_BROKEN_UTF8 + 2]
    data = UTF8
    for word in words:  # every occurrence of each word: far more than MAX_BROKEN_UTF8 places
        data = data.replace(word.encode("utf-8"), b"\xff" + word.encode("utf-8"))
    with pytest.raises(ReportError) as caught:
        read_bytes(data, "отчёт.txt")
    assert caught.value.message == UNRECOGNISED


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "cp866"])
def test_single_byte_reports_read_in_their_own_encoding(encoding):
    source = read_bytes(VARIANT.encode(encoding, "replace"), "отчёт.txt")
    assert not _warnings(source)
    assert len(build_report(source).events) == 78
