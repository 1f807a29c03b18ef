"""A table copied from Word into Notepad: one row per line, cells separated by TABs, a cell's own
line breaks splitting its row. Read as the same events as the TAB-per-cell dump of that table.
SYNTHETIC reports."""
from __future__ import annotations

import pytest

from etl.errors import ReportError
from etl.normalize import build_report, report_contract
from etl.read import read_bytes

TITLE = "SYNTHETIC\nОтчет о мероприятиях Смоленской области в III квартале 2025 года\n\n"
HEADER = ["№ п/п", "Наименование мероприятия", "Место проведения", "Сроки проведения", "Содержание и результаты",
          "Участники"]
EVENTS = [
    ["1.", "Гастроли театра", "г. Минск,\nРеспублика Беларусь", "12 июля 2025 г.", "Показаны спектакли", "20 человек"],
    ["2.", "Выставка художников", "г. Ташкент", "14–16 июля 2025 г.", "Подписано соглашение о сотрудничестве",
     "30 человек,\nиз них 5 иностранных"],
    ["3.", "Форум «Россия – Беларусь»", "г. Смоленск", "3 сентября 2025 г.", "Обсуждены вопросы", "более 100 человек"],
]
SECTORS = {0: "Сотрудничество в сфере культуры", 2: "1. Межрегиональное сотрудничество"}


def _dump() -> str:
    """The TAB-per-cell text dump the parser was first written for."""
    out = TITLE + "".join(f"\t{h}\n" for h in HEADER) + "\n"
    for k, event in enumerate(EVENTS):
        if k in SECTORS:
            out += f"\t{SECTORS[k]}\n\n"
        out += "".join(f"\t{cell}\n" for cell in event) + "\n"
    return out


def _tab_rows(line_end: str = "\n", trailing_tab: bool = False) -> str:
    """The same table as Notepad shows it after a copy from Word."""
    tail = "\t" if trailing_tab else ""
    out = TITLE + "\t".join(HEADER) + tail + line_end
    for k, event in enumerate(EVENTS):
        if k in SECTORS:
            out += SECTORS[k] + line_end
        out += "\t".join(event).replace("\n", line_end) + tail + line_end
    return out


@pytest.mark.parametrize(("line_end", "trailing_tab"), [
    pytest.param("\n", False, id="lf"),
    pytest.param("\r\n", False, id="crlf"),
    pytest.param("\n", True, id="trailing_tab"),
])
def test_tab_rows_read_as_the_cell_dump(line_end, trailing_tab):
    expected = report_contract(build_report(read_bytes(_dump().encode("utf-8"), "r.txt")))
    report = build_report(read_bytes(_tab_rows(line_end, trailing_tab).encode("utf-8"), "r.txt"))
    assert report_contract(report) == expected
    assert [e.sector for e in report.events] == ["Сотрудничество в сфере культуры"] * 2 + ["Межрегиональное сотрудничество"]
    assert report.events[1].attendance_foreign == 5


def test_tab_rows_in_windows_1251():
    report = build_report(read_bytes(_tab_rows("\r\n").encode("cp1251"), "r.txt"))
    assert [e.n for e in report.events] == [1, 2, 3]


def test_a_text_without_a_header_row_still_says_what_is_wrong():
    with pytest.raises(ReportError, match="нет таблицы"):
        build_report(read_bytes((TITLE + "Гастроли\tтеатра\tв Минске\n").encode(), "r.txt"))


def test_a_trailing_tab_on_the_header_only_does_not_join_rows():
    text = _tab_rows().replace("\tУчастники\n", "\tУчастники\t\n", 1)
    report = build_report(read_bytes(text.encode("utf-8"), "r.txt"))
    assert [e.title for e in report.events] == [e[1] for e in EVENTS]
