"""One column for two things: «Дата и место проведения». Its text gives the dates and the venue
(so an event in Minsk is not filed as held in Russia), in `.txt` and `.docx` alike. SYNTHETIC."""
from __future__ import annotations

import pytest

from etl.errors import ReportError
from etl.layout import grid_from_text
from etl.normalize import build_report
from etl.read import read_bytes
from tests.docx_builder import grid_to_docx

ROWS = [("12 июля 2025 г., г. Минск (Республика Беларусь)", "2025-07-12", "BY", "Минск"),
        ("г. Ташкент, 14–16 августа 2025 г.", "2025-08-14", "UZ", "Ташкент"),
        ("3 сентября 2025 г.\nг. Смоленск", "2025-09-03", "RU", "Смоленск")]


def _report(shared_header: str) -> str:
    header = f"\t№\n\tНаименование мероприятия\n\t{shared_header}\n\tРезультаты\n\tУчастники\n"
    body = "".join(f"\n\t{k + 1}.\n\tВстреча с делегацией\n\t{cell}\n\tОбсуждены вопросы сотрудничества\n\t12 человек\n"
                   for k, (cell, *_rest) in enumerate(ROWS))
    return "SYNTHETIC\nОтчет Смоленской области за III квартал 2025 г.\n\n" + header + "\n\tКультура\n" + body


@pytest.mark.parametrize("form", ["txt", "docx"])
@pytest.mark.parametrize("shared_header", ["Дата и место проведения", "Место и сроки проведения",
                                           "Время и место проведения", "Место, дата проведения"])
def test_a_column_of_dates_and_place_gives_both(shared_header, form):
    text = _report(shared_header)
    data, name = (text.encode(), "r.txt") if form == "txt" else (grid_to_docx(grid_from_text(text)), "r.docx")
    report = build_report(read_bytes(data, name))
    assert [(e.start_date.isoformat(), e.venue_country, e.venue_city) for e in report.events] == \
        [(start, country, city) for _, start, country, city in ROWS]
    assert [e.partner_countries for e in report.events] == [["BY"], ["UZ"], []]


def test_a_place_is_not_read_out_of_a_content_column_that_mentions_it():
    text = _report("Сроки проведения").replace("\tРезультаты\n", "\tСодержание (место, итоги)\n", 1)
    report = build_report(read_bytes(text.encode(), "r.txt"))
    assert [e.venue_city for e in report.events] == [None, None, None]


def test_a_header_without_dates_anywhere_is_still_refused():
    text = _report("Место проведения")
    with pytest.raises(ReportError, match="dates"):
        build_report(read_bytes(text.encode(), "r.txt"))


@pytest.mark.parametrize(("header", "role"), [
    pytest.param("Краткое описание", "content", id="opisanie"),
    pytest.param("Описание мероприятия", "content", id="opisanie_meropriyatiya"),
    pytest.param("Достигнутые договорённости", "content", id="dogovorennosti"),
    pytest.param("Подписанные документы", "content", id="podpisannye_dokumenty"),
    pytest.param("Адрес", "venue", id="adres"),
    pytest.param("Город, страна", "venue", id="gorod_strana"),
    pytest.param("Страны-участницы", "countries", id="strany_uchastnicy"),
    pytest.param("Форма участия", "format", id="forma_uchastiya"),
    pytest.param("Ответственный исполнитель", "responsible", id="ispolnitel_kept_raw"),  # raw, read for organisations
])
def test_more_header_wordings(header, role):
    from etl.layout import column_role

    assert column_role(header) == role


def test_a_template_with_those_wordings_reads_every_field():
    header = ("\t№\n\tМероприятие\n\tДата\n\tГород, страна\n\tКраткое описание\n\tДостигнутые договорённости\n"
              "\tСтраны-участницы\n\tФорма участия\n")
    row = ("\n\t1.\n\tМеждународный форум\n\t14 августа 2025 г.\n\tАлматы, Казахстан\n\tОбсуждены вопросы торговли\n"
           "\tПодписан меморандум о сотрудничестве\n\tКазахстан, Узбекистан\n\tочно\n")
    text = "SYNTHETIC\nОтчет Смоленской области за III квартал 2025 г.\n\n" + header + "\n\tЭкономика\n" + row
    event = build_report(read_bytes(text.encode(), "r.txt")).events[0]
    assert (event.venue_country, event.agreement, event.format) == ("KZ", "signed", "in_person")
    assert sorted(event.partner_countries) == ["KZ", "UZ"]
