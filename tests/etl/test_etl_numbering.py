"""Event numbers as other clerks write them, and rows that carry no readable number.

Every event of the table is kept: a number written «№ 3» or «1.2», a row whose number is missing or
unreadable, and a row carried on from the event above after a page break. What the parser could not
read with confidence is a parse issue naming the table row. SYNTHETIC reports throughout."""
from __future__ import annotations

import pytest

from etl.errors import ReportError
from etl.layout import GridRow, Grid, event_number, grid_from_text
from etl.normalize import build_report
from etl.read import read_bytes
from tests.docx_builder import grid_to_docx

HEADER = ("\t№ п/п\n\tНаименование мероприятия\n\tМесто проведения\n\tСроки проведения\n"
          "\tСодержание и результаты\n\tУчастники\n")
TITLES = ["Встреча с делегацией Республики Беларусь", "Форум «Россия – Казахстан»",
          "Выставка смоленских художников в Ташкенте", "Гастроли театра в Минске",
          "Переговоры с Посольством Республики Сербия", "Фестиваль «Славянское единство»"]


def _event(number: str, k: int, dates: str = "12 мая 2025 г.") -> str:
    return (f"\n\t{number}\n\t{TITLES[k % len(TITLES)]}\n\tг. Смоленск\n\t{dates}\n"
            f"\tОбсуждены вопросы сотрудничества\n\tДелегация – {k + 3} человек\n")


def _report(body: str, first_heading: str = "I. Культура") -> str:
    return ("SYNTHETIC\nОтчет о мероприятиях Смоленской области во II квартале 2025 года\n\n"
            + HEADER + f"\n\t{first_heading}\n" + body)


def _parse(text: str, form: str):
    if form == "txt":
        return build_report(read_bytes(text.encode("utf-8"), "r.txt"))
    return build_report(read_bytes(grid_to_docx(grid_from_text(text)), "r.docx"))


def _body(numbers: list[str]) -> str:
    return "".join(_event(number, k) for k, number in enumerate(numbers))


FORMS = pytest.mark.parametrize("form", ["txt", "docx"])


@pytest.mark.parametrize(("cell", "number"), [
    pytest.param("3", 3, id="bare"),
    pytest.param("3.", 3, id="dot"),
    pytest.param("3)", 3, id="paren"),
    pytest.param("№ 3", 3, id="numero_sign"),
    pytest.param("№3.", 3, id="numero_sign_no_space"),
    pytest.param("N 3", 3, id="latin_n"),
    pytest.param("No. 3", 3, id="latin_no"),
    pytest.param("2.3", 3, id="outline"),
    pytest.param("1.2.3.", 3, id="outline_three_levels"),
    pytest.param("01.10", None, id="a_date_with_a_leading_zero"),
    pytest.param("12.10.2025", None, id="a_full_date"),
    pytest.param("3а", None, id="a_letter"),
    pytest.param("б/н", None, id="without_number"),
    pytest.param("", None, id="empty"),
])
def test_event_number(cell, number):
    assert event_number(cell) == number


@FORMS
@pytest.mark.parametrize("numbers", [
    pytest.param(["№ 1", "№ 2", "№ 3"], id="numero_sign"),
    pytest.param(["N 1", "N 2", "N 3", "N 4"], id="latin_n"),
    pytest.param(["1)", "2)", "3)"], id="paren"),
])
def test_number_phrasings_keep_every_event(numbers, form):
    report = _parse(_report(_body(numbers)), form)
    assert [e.n for e in report.events] == list(range(1, len(numbers) + 1))
    assert [e.raw["number"] for e in report.events] == numbers
    assert not [i for i in report.issues if i.field == "n"]


@FORMS
@pytest.mark.parametrize("headings", [
    pytest.param(True, id="with_section_headings"),
    pytest.param(False, id="without_section_headings"),
])
def test_outline_numbers_become_running_numbers(headings, form):
    second = "\n\tII. Спорт\n" if headings else ""
    body = _body(["1.1", "1.2", "1.3"]) + second + "".join(_event(n, k + 3) for k, n in enumerate(["2.1", "2.2."]))
    report = _parse(_report(body), form)
    assert [e.n for e in report.events] == [1, 2, 3, 4, 5]
    assert [e.raw["number"] for e in report.events] == ["1.1", "1.2", "1.3", "2.1", "2.2."]
    assert [e.title for e in report.events] == TITLES[:5]
    assert report.sectors == (["Культура", "Спорт"] if headings else ["Культура"])
    assert [(i.field, i.severity) for i in report.issues if i.field == "n"] == [("n", "info")]


def test_a_date_like_cell_in_a_plainly_numbered_dump_is_not_an_event_number():
    body = "".join(_event(f"{k + 1}.", k, dates=d) for k, d in enumerate(["12.05", "2.6", "3.6.", "30.06"]))
    report = _parse(_report(body), "txt")
    assert [e.n for e in report.events] == [1, 2, 3, 4]
    assert [e.start_date.isoformat() for e in report.events] == ["2025-05-12", "2025-06-02", "2025-06-03", "2025-06-30"]


@FORMS
@pytest.mark.parametrize("cell", [
    pytest.param("", id="empty"),
    pytest.param("2а", id="a_letter"),
    pytest.param("б/н", id="without_number"),
    pytest.param("—", id="a_dash"),
])
@pytest.mark.parametrize("where", [1, 3])
def test_a_row_without_a_readable_number_is_kept_with_a_warning(cell, where, form):
    numbers = ["1.", "2.", "3.", "4."]
    numbers.insert(where, cell)
    report = _parse(_report(_body(numbers)), form)
    assert [e.title for e in report.events] == TITLES[:5]
    expected = [1, 2, 3, 4]
    expected.insert(where, 5)  # the numbered events keep their numbers; the row gets the next one
    assert [e.n for e in report.events] == expected
    warned = [i for i in report.issues if i.field == "n" and i.event == 5]
    assert len(warned) == 1 and warned[0].severity == "warning"
    assert f"строка {where + 3} таблицы" in warned[0].message and "присвоен № 5" in warned[0].message
    assert report.sectors == ["Культура"]


def _docx_report(rows: list[tuple[str, ...]]) -> bytes:
    header = ("№ п/п", "Наименование мероприятия", "Место проведения", "Сроки проведения",
              "Содержание и результаты", "Участники")
    grid = Grid(preamble=("SYNTHETIC", "Отчет о мероприятиях Смоленской области во II квартале 2025 года"),
                rows=tuple(GridRow(cells, k, None) for k, cells in enumerate([header, *rows], start=1)),
                postamble=())
    return grid_to_docx(grid, footer_in_table=True)


def _row(number: str, k: int, **cells: str) -> tuple[str, ...]:
    row = {"number": number, "title": TITLES[k], "venue": "г. Смоленск", "dates": "12 мая 2025 г.",
           "content": "Обсуждены вопросы сотрудничества", "participants": f"Делегация – {k + 3} человек"}
    row.update(cells)
    return tuple(row.values())


def test_a_row_carried_on_after_a_page_break_joins_the_event_above():
    carried = _row("", 1, title="", venue="", dates="", content="Подписано соглашение о сотрудничестве",
                   participants="в том числе 4 иностранных участника")
    data = _docx_report([("Культура",), _row("1.", 0), _row("2.", 1), carried, _row("3.", 2)])
    report = build_report(read_bytes(data, "r.docx"))
    assert [e.n for e in report.events] == [1, 2, 3]
    second = report.events[1]
    assert second.raw["content"].endswith("Подписано соглашение о сотрудничестве")
    assert "в том числе 4 иностранных участника" in second.raw["participants"]
    assert second.agreement
    info = [i for i in report.issues if i.field == "n"]
    assert [(i.severity, i.event) for i in info] == [("info", 2)] and "строка 5 таблицы" in info[0].message


def test_a_totals_row_is_a_note_not_an_event():
    data = _docx_report([("Культура",), _row("1.", 0), _row("2.", 1),
                         ("Итого", "", "", "", "", "2 мероприятия")])
    report = build_report(read_bytes(data, "r.docx"))
    assert [e.n for e in report.events] == [1, 2]
    assert report.events[1].raw["participants"] == "Делегация – 4 человек"
    assert [n.text for n in report.notes] == ["Итого 2 мероприятия"]


def test_the_number_column_need_not_be_first():
    header = ("Сроки проведения", "№ п/п", "Наименование мероприятия", "Место проведения",
              "Содержание и результаты", "Участники")
    rows = [header, ("Культура",)] + [(f"{k + 10} мая 2025 г.", f"{k + 1}.", TITLES[k], "г. Смоленск",
                                       "Обсуждены вопросы", "10 человек") for k in range(3)]
    grid = Grid(preamble=("SYNTHETIC", "Отчет о мероприятиях Смоленской области во II квартале 2025 года"),
                rows=tuple(GridRow(cells, k, None) for k, cells in enumerate(rows, start=1)), postamble=())
    report = build_report(read_bytes(grid_to_docx(grid), "r.docx"))
    assert [(e.n, e.title, e.start_date.day) for e in report.events] == [
        (1, TITLES[0], 10), (2, TITLES[1], 11), (3, TITLES[2], 12)]


@FORMS
def test_numbers_repeated_without_a_pattern_still_refuse_the_report(form):
    with pytest.raises(ReportError, match="повторяется"):
        _parse(_report(_body(["1.1", "1.2", "2.", "3."])), form)
