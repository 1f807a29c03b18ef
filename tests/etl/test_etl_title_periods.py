"""A report's period written as months or dates instead of «IV квартал»: a quarter when it spans
exactly one, otherwise refused with the period named (the database keeps quarters)."""
from __future__ import annotations

import pytest

from etl.errors import ReportError
from etl.normalize import build_report
from etl.read import read_bytes
from etl.title import parse_title


@pytest.mark.parametrize(("title", "year", "quarter"), [
    pytest.param("Отчет о мероприятиях Калужской области за июль – сентябрь 2025 года", 2025, 3, id="months_dash"),
    pytest.param("Отчет о мероприятиях Ставропольского края за январь-март 2025 г.", 2025, 1, id="months_hyphen"),
    pytest.param("Сведения о международных связях Тверской области (апрель–июнь 2024 г.)", 2024, 2, id="months_in_brackets"),
    pytest.param("Информация Псковской области за октябрь 2025 г. – декабрь 2025 г.", 2025, 4, id="months_each_with_year"),
    pytest.param("Отчет Ненецкого автономного округа за 01.10.2025 – 31.12.2025", 2025, 4, id="dates_dash"),
    pytest.param("Отчет Брянской области за период с 01.04.2025 по 30.06.2025", 2025, 2, id="dates_s_po"),
    pytest.param("Отчет Смоленской области в IV квартале 2024 года (октябрь – декабрь 2024 г.)", 2024, 4,
                 id="quarter_and_months"),
])
def test_a_period_of_months_or_dates_is_its_quarter(title, year, quarter):
    meta = parse_title(title, "r.txt")
    assert (meta.year, meta.quarter) == (year, quarter)


@pytest.mark.parametrize(("title", "period"), [
    pytest.param("Отчет Смоленской области за январь – июнь 2025 года", "январь – июнь 2025", id="half_year_months"),
    pytest.param("Отчет Смоленской области за октябрь 2025 г.", "октябрь 2025", id="one_month"),
    pytest.param("Отчет Смоленской области за 2025 год", "2025 год", id="a_year"),
    pytest.param("Отчет Смоленской области за период с 01.04.2025 по 15.06.2025", "01.04.2025 по 15.06.2025",
                 id="dates_short_of_a_quarter"),
    pytest.param("Отчет Смоленской области за ноябрь 2024 – январь 2025 года", "ноябрь 2024 – январь 2025",
                 id="months_across_quarters"),
])
def test_any_other_period_is_refused_naming_it(title, period):
    with pytest.raises(ReportError, match="отчёт не за квартал") as caught:
        parse_title(title, "r.txt")
    assert f"«{period}»" in str(caught.value) and caught.value.field == "заголовок"


def test_a_whole_report_titled_by_months_loads_into_its_quarter():
    text = ("SYNTHETIC\nОтчет о международных мероприятиях Калужской области за июль – сентябрь 2025 года\n\n"
            "\t№ п/п\n\tНаименование мероприятия\n\tМесто проведения\n\tСроки проведения\n"
            "\tСодержание и результаты\n\tУчастники\n\n\tКультура\n"
            "\n\t1.\n\tГастроли театра в Минске\n\tг. Минск\n\t12 августа 2025 г.\n\tПоказаны спектакли\n\t20 человек\n")
    report = build_report(read_bytes(text.encode("utf-8"), "r.txt"))
    assert (report.region, report.year, report.quarter) == ("Калужская область", 2025, 3)
    assert report.events[0].start_date.isoformat() == "2025-08-12"
