"""A dates cell that says the whole quarter in two ways at once (lead's blind probe, 29 Nov: a SYNTHETIC next
Smolensk report, I quarter 2025).

«ежемесячно в течение квартала» was unread — a warning and no dates, the event missing from every month — though
«ежемесячно» and «в течение квартала» alone were each the report's quarter. Any run of the phrases that say the
whole period («регулярно, на протяжении всего квартала», «2 раза в неделю в течение отчётного периода») is the
quarter now, and «в течение квартала 2025 года» too when the year is the report's. A day or another year beside
them is not the whole quarter.
"""
from __future__ import annotations

from datetime import date

import pytest

from etl.dates import whole_quarter
from etl.load import read_report

P = pytest.param


@pytest.mark.parametrize("said", [
    P("ежемесячно в течение квартала", id="monthly-through-the-quarter"),
    P("регулярно, на протяжении всего квартала", id="regularly-comma"),
    P("в течение квартала (ежемесячно)", id="bracketed-round"),
    P("2 раза в неделю в течение отчётного периода", id="twice-a-week-period"),
    P("постоянно – в течение квартала", id="dash"),
    P("весь квартал, еженедельно по пятницам", id="whole-then-weekly-weekday"),
    P("в течение квартала 2025 года", id="with-the-reports-year"),
    P("на протяжении отчетного квартала 2025 г.", id="reporting-quarter-year-abbreviated"),
])
def test_the_whole_quarter_said_together(said):
    found = whole_quarter(said, 2025, 1)
    assert found is not None and (found.start, found.end) == (date(2025, 1, 1), date(2025, 3, 31))
    assert [i.severity for i in found.issues] == ["info"]


@pytest.mark.parametrize("said", [
    P("в течение квартала 2024 года", id="another-year"),
    P("ежемесячно, 5 числа", id="a-day-of-each-month"),
    P("в течение года", id="the-year"),
    P("ежемесячно с 5 по 10 число", id="days-of-each-month"),
    P("в течение квартала проведено 5 встреч", id="a-sentence"),
])
def test_not_the_whole_quarter(said):
    assert whole_quarter(said, 2025, 1) is None


def test_a_report_row_gets_the_quarter(tmp_path):
    text = ("Отчёт о мероприятиях в международной сфере, проведённых исполнительными органами Смоленской области "
            "в I квартале 2025 года (SYNTHETIC)\n\n\t№ п/п\n\tНаименование мероприятия\n\tМесто проведения\n"
            "\tСроки проведения мероприятия\n\tЦель, содержание и результат мероприятия\n\tУчастники мероприятия\n\n"
            "\tСотрудничество в сфере культуры\n\n"
            "\t1. \n\tОнлайн-трансляция мастер-классов для соотечественников в Сербии\n\tонлайн\n"
            "\tежемесячно в течение квартала\n\tМастер-классы просмотрели порядка 2 тыс. зрителей\n\t"
            "порядка 2 тыс. зрителей\n\n")
    path = tmp_path / "smolensk_2025q1_synthetic.txt"
    path.write_text(text, encoding="utf-8")
    report = read_report(path)[0]
    event = report.events[0]
    assert (event.start_date, event.end_date) == (date(2025, 1, 1), date(2025, 3, 31))
    assert not [i for i in report.issues if i.severity == "warning" and i.field == "dates"]
