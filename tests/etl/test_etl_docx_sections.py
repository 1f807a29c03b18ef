"""Word reports laid out as one table per sector, with the sector's name typed as a paragraph above
its table: every table of events is read, and each paragraph heads the events below it.
SYNTHETIC documents built with python-docx."""
from __future__ import annotations

import io

import docx
import pytest

from etl.normalize import build_report
from etl.read import read_bytes

HEADER = ("№ п/п", "Наименование мероприятия", "Место проведения", "Сроки проведения",
          "Содержание и результаты", "Участники")
TITLE = ["Отчет о мероприятиях в международной сфере Смоленской области", "в III квартале 2025 года"]


def _event(number: str, k: int) -> tuple[str, ...]:
    return (number, f"Мероприятие {k} с делегацией Республики Беларусь", "г. Минск", f"{10 + k} июля 2025 г.",
            "Обсуждены вопросы сотрудничества", f"{k + 5} человек")


def _document(blocks: list) -> bytes:
    """blocks: a str is a paragraph, a list of row tuples is a table."""
    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        table = document.add_table(rows=0, cols=len(HEADER))
        for row in block:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _read(blocks: list):
    return build_report(read_bytes(_document(blocks), "r.docx"))


def _sectors_of(report) -> list[tuple[int, str | None]]:
    return [(e.n, e.sector) for e in report.events]


@pytest.mark.parametrize("numbers", [
    pytest.param((["1.", "2."], ["3.", "4."]), id="numbering_carries_on"),
    pytest.param((["1.", "2."], ["1.", "2."]), id="numbering_restarts_per_table"),
])
@pytest.mark.parametrize("repeat_header", [True, False], ids=["header_repeated", "header_once"])
@pytest.mark.parametrize("heading", ["1. Сотрудничество в сфере культуры", "Культура и туризм"], ids=["numbered", "known_sector_words"])
def test_one_table_per_sector_under_heading_paragraphs(numbers, repeat_header, heading):
    first, second = numbers
    blocks = [*TITLE, heading, [HEADER] + [_event(n, k) for k, n in enumerate(first)],
              "2. Сотрудничество в сфере образования",
              ([HEADER] if repeat_header else []) + [_event(n, k + 2) for k, n in enumerate(second)]]
    report = _read(blocks)
    culture = heading.removeprefix("1. ")
    assert _sectors_of(report) == [(1, culture), (2, culture),
                                   (3, "Сотрудничество в сфере образования"), (4, "Сотрудничество в сфере образования")]
    assert [e.title for e in report.events] == [f"Мероприятие {k} с делегацией Республики Беларусь" for k in range(4)]
    assert (report.region, report.year, report.quarter) == ("Смоленская область", 2025, 3)
    assert not [i for i in report.issues if i.field == "sector" and i.severity == "warning"]


def test_a_later_numbered_table_that_does_not_carry_the_events_on_is_still_set_aside():
    plan = [("1.", "План: визит делегации", "г. Минск", "август 2025 г.", "Планируется", "—")]
    report = _read([*TITLE, "Культура", [HEADER, _event("1.", 0), _event("2.", 1)], plan])
    assert [e.n for e in report.events] == [1, 2]
    assert any("пропущена" in i.message for i in report.issues if i.field == "table")


def test_a_lower_case_line_under_the_title_stays_in_the_title():
    report = _read(["Отчет за III квартал 2025 года", "о мероприятиях Смоленской области в сфере культуры",
                    [HEADER, _event("1.", 0)]])
    assert report.region == "Смоленская область"
    assert report.events[0].sector is None  # no heading: the report's title names its sphere
    assert report.events[0].sector_key == "culture_tourism"
    assert [i.message for i in report.issues if i.field == "sector"] == [
        "сфера в отчёте не указана: взята из заголовка отчёта — «Культура и туризм»"]


def test_a_heading_inside_the_table_wins_over_a_paragraph_above():
    report = _read([*TITLE, "Молодёжная политика", [HEADER, ("Культура", "Культура", "Культура", "Культура", "Культура",
                                                           "Культура"), _event("1.", 0)]])
    assert _sectors_of(report) == [(1, "Культура")]
    assert "Молодёжная политика" not in report.sectors
