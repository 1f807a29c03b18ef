"""Header forms of other templates: a table without a «№ п/п» column, and a second header row of
labels typed without merging cells ('Место и дата' over 'место' | 'дата')."""
from __future__ import annotations

import io

import docx
import pytest

from etl.layout import Grid, GridRow, grid_from_text
from etl.normalize import build_report
from etl.read import read_bytes
from tests.conftest import SAMPLE
from tests.docx_builder import grid_to_docx

TITLE = ("Отчет о мероприятиях в международной сфере, проведенных исполнительными органами Смоленской "
         "области в IV квартале 2024 года")


def _key(event):
    return (event.n, event.title, event.start_date, event.end_date, event.venue_country,
            tuple(event.partner_countries), event.attendance_total, event.sector_key)


def _table(rows: list[list[str]], merges=()) -> bytes:
    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=0, cols=max(map(len, rows)))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    for r0, c0, r1, c1 in merges:
        table.cell(r0, c0).merge(table.cell(r1, c1))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_the_sample_without_its_number_column_reads_the_same_events():
    """The real report with its «№ п/п» column removed: the same 78 events under the same numbers
    (its numbers run 1…78 in table order), and one info saying they were numbered by order.
    Before, the file was refused: «в заголовке таблицы нет столбцов: number»."""
    grid = grid_from_text(SAMPLE.read_text(encoding="utf-8"), "r.txt")
    without = Grid(grid.preamble, tuple(GridRow(r.cells[1:] if len(r.cells) > 1 else r.cells, r.table_row, r.line)
                                        for r in grid.rows), grid.postamble)
    original = build_report(read_bytes(grid_to_docx(grid), "r.docx"))
    report = build_report(read_bytes(grid_to_docx(without), "r.docx"))
    assert [_key(e) for e in report.events] == [_key(e) for e in original.events]
    numbering = [i for i in report.issues if i.field == "n"]
    assert [(i.message, i.severity) for i in numbering] == [
        ("в таблице нет столбца «№ п/п»: мероприятиям присвоены номера по порядку строк", "info")]


def test_a_table_without_numbers_keeps_its_headings_and_continued_rows():
    rows = [["Наименование мероприятия", "Место проведения", "Сроки проведения", "Участники"],
            ["Сотрудничество в сфере культуры", "", "", ""],
            ["Гастроли театра", "г. Минск, Республика Беларусь", "3 октября 2024 года", "20 человек"],
            ["", "", "", "и 5 представителей посольства"],  # a Word row split by a page break
            ["Сотрудничество в сфере образования", "", "", ""],
            ["Визит делегации университета", "г. Смоленск", "10 ноября 2024 года", "12 человек"]]
    report = build_report(read_bytes(_table(rows, merges=[(1, 0, 1, 3), (4, 0, 4, 3)]), "r.docx"))
    assert [(e.n, e.title, e.sector) for e in report.events] == [
        (1, "Гастроли театра", "Сотрудничество в сфере культуры"),
        (2, "Визит делегации университета", "Сотрудничество в сфере образования")]
    assert "и 5 представителей посольства" in report.events[0].raw["participants"]


def test_a_label_row_under_the_header_is_not_an_event():
    """'Место и дата проведения' over 'место' | 'дата', typed as a plain second row with the other
    cells empty. Before, that row became a phantom event № 2 with no title or date."""
    rows = [["№", "Мероприятие", "Место и дата проведения", "", "Содержание", "Участники"],
            ["", "", "место", "дата", "", ""],
            ["1.", "Визит делегации Витебской области", "г. Смоленск", "15 октября 2024 года",
             "Подписано соглашение о сотрудничестве", "12 человек"]]
    report = build_report(read_bytes(_table(rows), "r.docx"))
    assert [(e.n, e.venue_city, str(e.start_date)) for e in report.events] == [(1, "Смоленск", "2024-10-15")]
    assert not [i for i in report.issues if i.field == "n"]


@pytest.mark.parametrize("second", [
    pytest.param(["", "", "г. Минск", "", "", ""], id="a_continued_event_row_with_a_place"),
    pytest.param(["", "Форум", "г. Минск", "3 октября 2024 года", "", "5"], id="an_unnumbered_event"),
])
def test_a_row_with_content_under_the_header_stays_an_event_or_its_part(second):
    """The label rule must not swallow a real first row: one with digits, or with a title."""
    rows = [["№", "Мероприятие", "Место проведения", "Сроки проведения", "Содержание", "Участники"], second,
            ["1.", "Визит делегации", "г. Смоленск", "15 октября 2024 года", "Переговоры", "12 человек"]]
    report = build_report(read_bytes(_table(rows), "r.docx"))
    assert len(report.events) >= 1
    if second[1]:
        assert "Форум" in [e.title for e in report.events]


def test_one_cell_carried_past_a_page_break_joins_its_event_not_the_next_sector():
    """A numbered table whose Word row broke across pages with only the participants cell going on:
    before, that lone cell became the sector heading of the next event."""
    rows = [["№", "Мероприятие", "Место проведения", "Сроки проведения", "Участники"],
            ["Сотрудничество в сфере культуры", "", "", "", ""],
            ["1.", "Гастроли театра", "г. Минск, Республика Беларусь", "3 октября 2024 года", "20 человек"],
            ["", "", "", "", "и 5 представителей посольства"],
            ["2.", "Выставка", "г. Смоленск", "10 ноября 2024 года", "12 человек"]]
    report = build_report(read_bytes(_table(rows, merges=[(1, 0, 1, 4)]), "r.docx"))
    assert [(e.n, e.sector) for e in report.events] == [(1, "Сотрудничество в сфере культуры"),
                                                        (2, "Сотрудничество в сфере культуры")]
    assert "и 5 представителей посольства" in report.events[0].raw["participants"]


def _event(n: str, title: str = "Визит делегации", day: str = "15 октября 2024 года") -> list[str]:
    return [n, title, "г. Смоленск", day, "Переговоры", "10 человек"]


HEADER6 = ["№ п/п", "Наименование мероприятия", "Место проведения", "Сроки проведения",
           "Цель, содержание и результат", "Участники"]


def test_a_number_typed_into_the_title_is_the_events_number():
    """'1. Визит делегации' in the title column, the number column empty: number 1, title without it.
    Before, each such row was 'номер не указан' and kept its '1. ' in the title."""
    rows = [HEADER6, _event("", "1. Визит делегации"), _event("", "2) Форум регионов")]
    report = build_report(read_bytes(_table(rows), "r.docx"))
    assert [(e.n, e.title) for e in report.events] == [(1, "Визит делегации"), (2, "Форум регионов")]
    assert not [i for i in report.issues if i.field == "n"]


def test_the_header_typed_again_inside_the_table_is_not_an_event():
    rows = [HEADER6, _event("1."), HEADER6, _event("2.", "Форум")]
    report = build_report(read_bytes(_table(rows), "r.docx"))
    assert [(e.n, e.title) for e in report.events] == [(1, "Визит делегации"), (2, "Форум")]


def test_a_numbered_row_naming_only_a_sector_is_its_heading():
    """'1. | Сотрудничество в сфере культуры | | | |', then events numbered from 1 again: before, the
    file was refused with «номер мероприятия 1 повторяется»."""
    rows = [HEADER6, ["1.", "Сотрудничество в сфере культуры", "", "", "", ""], _event("1."), _event("2.", "Форум"),
            ["2.", "Сотрудничество в сфере образования", "", "", "", ""], _event("1.", "Олимпиада")]
    report = build_report(read_bytes(_table(rows), "r.docx"))
    assert [(e.title, e.sector) for e in report.events] == [
        ("Визит делегации", "Сотрудничество в сфере культуры"), ("Форум", "Сотрудничество в сфере культуры"),
        ("Олимпиада", "Сотрудничество в сфере образования")]


@pytest.mark.parametrize("title", [
    pytest.param("Участие в Белорусском промышленно-инновационном форуме", id="an_event_title"),
    pytest.param("Визит делегации Минского облисполкома", id="a_visit"),
])
def test_an_event_with_only_its_title_stays_an_event(title):
    rows = [HEADER6, _event("1."), ["2.", title, "", "", "", ""]]
    report = build_report(read_bytes(_table(rows), "r.docx"))
    assert [e.title for e in report.events] == ["Визит делегации", title]


@pytest.mark.parametrize("header, role", [
    pytest.param("Даты", "dates", id="dates_plural"),
    pytest.param("Дата", "dates", id="date"),
    pytest.param("Когда", "dates", id="when"),
    pytest.param("Страна проведения", "venue", id="country_where_held_is_the_venue"),
    pytest.param("Страна, город", "venue", id="country_and_city"),
    pytest.param("Город (страна)", "venue", id="city_and_country"),
    pytest.param("Локация", "venue", id="location"),
    pytest.param("Площадка проведения", "venue", id="site"),
    pytest.param("Страна-партнёр", "countries", id="partner_country_stays_partner"),
    pytest.param("Страна / регион", "countries", id="country_region_stays_partner"),
    pytest.param("Ответственный исполнитель", "responsible", id="responsible"),
    pytest.param("Исполнитель", "responsible", id="executor"),
    pytest.param("ОИВ", "responsible", id="oiv"),
    pytest.param("Орган исполнительной власти Смоленской области", "responsible", id="executive_body"),
    pytest.param("Организатор", "responsible", id="organiser"),
    pytest.param("Примечание", "remarks", id="remarks"),
    pytest.param("Дополнительная информация", "remarks", id="additional_information"),
    pytest.param("Датировка", None, id="not_a_date_word"),
])
def test_other_templates_header_words(header, role):
    """Columns other templates have: before, «Даты», «Локация», «Ответственный исполнитель» and
    «Примечание» were unrecognised (a warning each, cells unread), and «Страна проведения» was
    taken for the partner-country column."""
    from etl.layout import column_role

    assert column_role(header) == role


def test_a_template_with_a_responsible_body_and_a_split_place():
    """Another region's template: dates in «Даты», the place split into «Страна проведения» and
    «Город», the executive body responsible and remarks in columns of their own. Every column is
    read: no «не распознан» warning, the venue joins both place cells, and the responsible body is
    one of the event's organisations."""
    rows = [["№", "Наименование", "Даты", "Страна проведения", "Город", "Участники", "Результаты",
             "Ответственный исполнитель", "Примечание"],
            ["Сотрудничество в сфере культуры", "", "", "", "", "", "", "", ""],
            ["1", "Гастроли Смоленского драмтеатра", "3–5 октября 2024 г.", "Республика Беларусь", "Минск",
             "20 человек", "Проведены три спектакля", "Министерство культуры Смоленской области",
             "совместно с Белорусским государственным университетом культуры и искусств"],
            ["2", "Визит делегации", "10.2024", "Россия", "Смоленск", "12 человек",
             "Подписано соглашение о сотрудничестве", "Департамент экономического развития", ""]]
    report = build_report(read_bytes(_table(rows), "Шаблон другого региона, IV квартал 2024.docx"))
    assert not [i for i in report.issues if i.field == "column"], [i.message for i in report.issues]
    first, second = report.events
    assert (first.venue_city, first.venue_country, first.start_date.isoformat()) == ("Минск", "BY", "2024-10-03")
    assert (second.venue_country, second.start_date.isoformat(), second.end_date.isoformat()) == \
        ("RU", "2024-10-01", "2024-10-31")
    names = [o.name for o in first.organisations]
    assert any("Министерство культуры" in n for n in names), names
    assert any("университет культуры" in n.lower() for n in names), names
