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
    # Fifth sweep: days with month words. Before: «в заголовке не найден квартал и год».
    pytest.param("Отчет Брянской области о международной деятельности за период с 1 октября по 31 декабря 2024 года",
                 2024, 4, id="worded_dates_s_po"),
    pytest.param("Отчет Брянской области за период с 1 июля 2025 г. по 30 сентября 2025 г.", 2025, 3,
                 id="worded_dates_each_with_year"),
    pytest.param("Отчет Курской области за 1 января – 31 марта 2025 года", 2025, 1, id="worded_dates_dash"),
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
    pytest.param("Отчет Смоленской области за период с 1 октября по 30 ноября 2024 года", "1 октября по 30 ноября 2024",
                 id="worded_dates_short_of_a_quarter"),
    pytest.param("Отчет Смоленской области за период с 1 июля 2024 г. по 30 сентября 2025 г.",
                 "1 июля 2024 г. по 30 сентября 2025", id="worded_dates_across_years"),
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


@pytest.mark.parametrize(("title", "region"), [
    pytest.param("Отчет Правительства Москвы за 2 квартал 2025 г.", "Москва", id="moscow_without_g"),
    pytest.param("Отчет о мероприятиях города Москвы за 3 квартал 2025 г.", "Москва", id="goroda_moskvy"),
    pytest.param("Отчет о мероприятиях г. Москвы за 3 квартал 2025 г.", "Москва", id="g_moskvy"),
    pytest.param("Отчет о мероприятиях Санкт-Петербурга за 3 квартал 2025 г.", "Санкт-Петербург", id="spb_without_g"),
    pytest.param("Отчет о мероприятиях города Севастополя за 3 квартал 2025 г.", "Севастополь", id="goroda_sevastopolya"),
    pytest.param("Отчет Администрации Смоленской обл. за 3 квартал 2025 г.", "Смоленская область", id="obl_abbreviated"),
    pytest.param("Отчет Ненецкого АО за 3 квартал 2025 г.", "Ненецкий автономный округ", id="ao_abbreviated"),
    pytest.param("Отчет Смоленской области о визитах в Москву за 3 квартал 2025 г.", "Смоленская область",
                 id="a_region_before_a_city_it_visited"),
])
def test_a_region_has_one_name_however_the_title_puts_it(title, region):
    """A federal city written three ways must not become three regions of the database."""
    assert parse_title(title, "r.txt").region == region


@pytest.mark.parametrize("title, quarter", [
    pytest.param("Информация о мероприятиях Смоленской области за 4-ый квартал 2024г.", 4, id="4_yy"),
    pytest.param("Информация о мероприятиях Смоленской области за 4ый квартал 2024 года", 4, id="4yy_glued"),
    pytest.param("Информация о мероприятиях Смоленской области во 2-ом квартале 2024 года", 2, id="2_om"),
    pytest.param("Информация о мероприятиях Смоленской области в 3-м квартале 2024 года", 3, id="3_m"),
    pytest.param("Информация о мероприятиях Смоленской области 1-го квартала 2024 года", 1, id="1_go"),
    pytest.param("Информация о мероприятиях Смоленской области за 1-ий квартал 2024 года", 1, id="1_iy"),
])
def test_quarter_numbers_with_any_ordinal_ending(title, quarter):
    """'4-ый', '2-ом', '1-го': the ending a clerk types after the digit. Before, only '-й'/'-м' were read
    and '4-ый квартал' refused the whole report."""
    meta = parse_title(title)
    assert (meta.region, meta.year, meta.quarter) == ("Смоленская область", 2024, quarter)


@pytest.mark.parametrize("title, region", [
    pytest.param("Отчет Донецкой Народной Республики за 1 квартал 2025 года", "Донецкая Народная Республика", id="dnr"),
    pytest.param("Отчет Луганской Народной Республики за 1 квартал 2025 года", "Луганская Народная Республика", id="lnr"),
    pytest.param("Отчет Запорожской области за 1 квартал 2025 года", "Запорожская область", id="zaporozhye"),
    pytest.param("Отчет Херсонской области за 1 квартал 2025 года", "Херсонская область", id="kherson"),
])
def test_every_subject_of_the_federation_files_a_report(title, region):
    """The four subjects added in 2022 are in the reference list; before, their reports were refused
    with «в заголовке не найден регион»."""
    assert parse_title(title).region == region


# Fourth sweep: the year written before its quarter. Before, «в заголовке не найден квартал и год».
@pytest.mark.parametrize(("title", "year", "quarter"), [
    pytest.param("Информация о международной деятельности Тверской области в 2024 году (IV квартал)", 2024, 4,
                 id="quarter_in_brackets_after_year"),
    pytest.param("Международная деятельность Брянской области, 2025 г., 2 кв.", 2025, 2, id="short_after_year"),
    pytest.param("Отчёт Смоленской области за 2024 год – четвёртый квартал", 2024, 4, id="ordinal_word_after_year"),
    pytest.param("Информация Калужской области 2023: 3-й квартал", 2023, 3, id="colon_and_suffix"),
])
def test_a_year_written_before_its_quarter(title, year, quarter):
    meta = parse_title(title, "r.txt")
    assert (meta.year, meta.quarter) == (year, quarter)


def test_a_whole_year_is_still_refused():
    with pytest.raises(ReportError, match="не за квартал"):
        parse_title("Информация о международной деятельности Смоленской области за 2024 год", "r.txt")
