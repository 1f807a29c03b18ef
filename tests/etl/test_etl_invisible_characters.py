"""Characters no one sees must not lose an event or a quarter (parser 1.10.18).

Found by a red-team run of the loader (28 Nov):
- a byte-order mark or a zero-width space pasted at the start of an event's line in a text dump («\\ufeff\\t2.»)
  hid the row's number: the event was read into the one before it, and the quarter loaded with 77 events and a
  15th «sector» — a silent loss;
- line or paragraph separators (U+2028/U+2029, from a web page or a PDF) in place of line breaks: the file was
  refused («в заголовке таблицы нет столбцов»);
- a zero-width space inside the title's year («20\\u200b24»), a soft hyphen in the region («Смолен\\u00adской»)
  or a Latin letter typed mid-word («Смoленской», «квартaле»): the title's year or region was not found and the
  quarter was refused, though every cell already reads through `matching_form`, which drops those.
Now the text dump's invisible characters are dropped and its separators are line breaks (etl/read.py,
`without_invisibles`), and the title reads through `matching_form` like every cell (etl/title.py).
On 1.10.17 11 of the 16 cases here fail (the soft hyphen and the joiners around the region were read already, and
the plain titles and the unchanged text are controls).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from etl.normalize import build_report
from etl.read import read_bytes, without_invisibles
from etl.title import parse_title
from tests.synthetic_reports import quarter_variant, replace_once
from tests.zip_bombs import sample_docx

SAMPLE_TEXT = (Path(__file__).resolve().parents[2] / "data" / "raw" / "smolensk_international_2024q4.txt").read_text()
VARIANT = quarter_variant(SAMPLE_TEXT, 2023, 1)  # SYNTHETIC: the real sample moved to Q1 2023


def _report(text: str, name: str = "отчёт.txt"):
    return build_report(read_bytes(text.encode("utf-8"), name))


@pytest.mark.parametrize("mark", [
    pytest.param("\ufeff", id="bom"),
    pytest.param("\u200b", id="zero_width_space"),
    pytest.param("\u2060", id="word_joiner"),
    pytest.param("\u200d\ufeff", id="two_marks"),
])
def test_an_invisible_mark_at_a_rows_start_loses_no_event(mark):
    text = VARIANT.replace("\n\t2. \n", f"\n{mark}\t2. \n", 1).replace("\n\t40. ", f"\n{mark}\t40. ", 1)
    assert text != VARIANT
    report = _report(text)
    assert [e.n for e in report.events] == list(range(1, 79))
    assert len({e.sector for e in report.events}) == 14


@pytest.mark.parametrize("separator, count", [
    pytest.param("\u2028", 5, id="line_separator_some"),
    pytest.param("\u2029", 5, id="paragraph_separator_some"),
    pytest.param("\u2028", -1, id="line_separator_everywhere"),
])
def test_unicode_line_separators_are_line_breaks(separator, count):
    report = _report(VARIANT.replace("\n", separator, count))
    assert (report.region, report.year, report.quarter, len(report.events)) == ("Смоленская область", 2023, 1, 78)


@pytest.mark.parametrize("old, new", [
    pytest.param("2023 года", "20\u200b23 года", id="zero_width_space_in_year"),
    pytest.param("Смоленской", "Смолен\u00adской", id="soft_hyphen_in_region"),
    pytest.param("Смоленской", "Смoленскoй", id="latin_o_in_region"),
    pytest.param("квартале", "квартaле", id="latin_a_in_quarter_word"),
    pytest.param("Смоленской", "\u2060Смоленской\u200c", id="joiners_around_region"),
])
def test_a_title_with_hidden_or_lookalike_letters_is_read(old, new):
    report = _report(replace_once(VARIANT, old, new))
    assert (report.region, report.year, report.quarter, len(report.events)) == ("Смоленская область", 2023, 1, 78)


def test_a_word_title_with_a_lookalike_letter_is_read():
    docx = sample_docx(replace_once(VARIANT, "Смоленской", "Cмoленской"))  # Latin C and o
    report = build_report(read_bytes(docx, "отчёт.docx"))
    assert (report.region, report.year, report.quarter, len(report.events)) == ("Смоленская область", 2023, 1, 78)


@pytest.mark.parametrize("title, expected", [
    pytest.param("Отчёт Смоленской области за IV квартал 2024 года", ("Смоленская область", 2024, 4), id="roman_stays"),
    pytest.param("Отчет Брянской области за III квартал 2025 г.", ("Брянская область", 2025, 3), id="plain"),
])
def test_plain_titles_read_as_before(title, expected):
    meta = parse_title(title)
    assert (meta.region, meta.year, meta.quarter) == expected


def test_text_without_invisibles_is_returned_as_is():
    assert without_invisibles(SAMPLE_TEXT) is SAMPLE_TEXT
    assert without_invisibles("a\u2028b\ufeffc") == "a\nbc"
