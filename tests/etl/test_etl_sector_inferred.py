"""An event no sector heading files under — a report without headings, an event above the first one —
gets the sector its own words name, with an info issue saying so; a row's own «Отрасль» column gives
its sector. SYNTHETIC reports."""
from __future__ import annotations

import pytest

from etl.classify import infer_sector
from etl.normalize import build_report
from etl.read import read_bytes

TITLE = "SYNTHETIC\nОтчет о мероприятиях Смоленской области в III квартале 2025 года\n\n"
HEADER = ["№ п/п", "Наименование мероприятия", "Место проведения", "Сроки проведения", "Содержание и результаты",
          "Участники"]


@pytest.mark.parametrize(("title", "content", "key"), [
    pytest.param("Гастроли Смоленского драматического театра в Минске", "", "culture_tourism", id="tour_of_a_theatre"),
    pytest.param("Концерт ансамбля народной песни в Витебске", "", "culture_tourism", id="concert"),
    pytest.param("Международная выставка художников «Белая Русь»", "", "culture_tourism",
                 id="an_art_exhibition_is_cultures"),
    pytest.param("Участие в Международной выставке «Иннопром»", "", "industry_trade", id="a_plain_exhibition_is_trades"),
    pytest.param("Международный турнир по самбо", "", "sport", id="tournament"),
    pytest.param("Первенство по шахматам среди юниоров", "", "sport", id="championship"),
    pytest.param("Стажировка преподавателей СмолГУ в Белорусском госуниверситете", "", "education_science",
                 id="internship_of_teachers"),
    pytest.param("Международная научная конференция «Смоленщина и Беларусь»", "", "education_science",
                 id="scientific_conference"),
    pytest.param("Обмен опытом врачей областной больницы", "", "health", id="doctors"),
    pytest.param("Слёт волонтёров стран СНГ", "", "youth", id="volunteers"),
    pytest.param("Бизнес-миссия смоленских компаний в Ташкент", "", "economy", id="business_mission"),
    pytest.param("Вебинар по экспорту продукции", "", "industry_trade", id="export"),
    pytest.param("Встреча Губернатора с Послом Республики Беларусь", "", "general", id="governor_and_ambassador"),
    pytest.param("Визит делегации Витебского облисполкома", "", "general", id="a_visit_alone_is_general"),
    # the content decides when the title names only a visit
    pytest.param("Визит делегации", "Подписано соглашение в сфере здравоохранения", "health",
                 id="content_names_the_sector"),
    pytest.param("Рабочая встреча", "Обсуждены вопросы поставок семенного картофеля", "agriculture",
                 id="content_only"),
])
def test_the_events_words_name_its_sector(title, content, key):
    sector = infer_sector(title, content)
    assert sector is not None and sector.key == key


@pytest.mark.parametrize(("title", "content"), [("Совещание", "Обсуждены вопросы"), ("Рабочая встреча", "")])
def test_words_that_name_no_sector(title, content):
    assert infer_sector(title, content) is None


def _report(rows: list[list[str]], header: list[str] = HEADER):
    out = TITLE + "".join(f"\t{h}\n" for h in header) + "\n"
    for row in rows:
        out += "".join(f"\t{cell}\n" for cell in row) + "\n"
    return build_report(read_bytes(out.encode("utf-8"), "r.txt"))


def _event(n: int, title: str, content: str = "Обсуждены вопросы") -> list[str]:
    return [f"{n}.", title, "г. Смоленск", f"{10 + n} июля 2025 г.", content, "10 человек"]


def test_a_report_without_headings():
    report = _report([_event(1, "Гастроли Смоленского драматического театра в Минске"),
                      _event(2, "Международный турнир по самбо"), _event(3, "Совещание")])
    assert [(e.sector, e.sector_key) for e in report.events] == [
        (None, "culture_tourism"), (None, "sport"), (None, "unspecified")]
    messages = [(i.event, i.severity, i.message) for i in report.issues if i.field == "sector"]
    assert (1, "info", "сфера в отчёте не указана: определена по словам мероприятия — «Культура и туризм»") in messages
    assert any(event == 3 and message == "мероприятие до первого заголовка сферы" for event, _, message in messages)


def test_a_heading_wins_over_the_events_words():
    report = _report([_event(1, "Международный турнир по самбо"), ["Сотрудничество в сфере культуры"],
                      _event(2, "Международный турнир по самбо")])
    assert [(e.sector, e.sector_key) for e in report.events] == [
        (None, "sport"), ("Сотрудничество в сфере культуры", "culture_tourism")]


def test_a_sector_column():
    header = HEADER[:2] + ["Отрасль"] + HEADER[2:]
    rows = [["1.", "Визит делегации", "Здравоохранение", "г. Смоленск", "11 июля 2025 г.", "Обсуждены вопросы", "10"],
            ["2.", "Турнир по самбо", "Спорт", "г. Смоленск", "12 июля 2025 г.", "Обсуждены вопросы", "10"]]
    report = _report(rows, header)
    assert [(e.sector, e.sector_key) for e in report.events] == [("Здравоохранение", "health"), ("Спорт", "sport")]
    assert not [i for i in report.issues if i.field == "column"]


# ---------- a body's report: its title names the sphere ----------

@pytest.mark.parametrize(("title", "key"), [
    pytest.param("Информация о международных мероприятиях министерства культуры Астраханской области за I квартал",
                 "culture_tourism", id="ministry_of_culture"),
    pytest.param("Отчет Комитета по физической культуре и спорту о международном сотрудничестве", "sport",
                 id="committee_for_sport"),
    pytest.param("Отчёт Департамента промышленности о внешнеэкономических мероприятиях", "industry_trade",
                 id="department_of_industry"),
    pytest.param("Отчет о международных мероприятиях в сфере образования", "education_science", id="in_the_sphere_of"),
])
def test_a_title_that_names_its_bodys_sphere(title, key):
    from etl.classify import report_title_sector

    sector = report_title_sector(title)
    assert sector is not None and sector.key == key


@pytest.mark.parametrize("title", [
    "Отчет о мероприятиях в международной сфере, проведенных исполнительными органами Смоленской области",
    "Отчет о международных и внешнеэкономических связях Смоленской области за III квартал 2025 года",
    "Отчет о международной деятельности Администрации Губернатора",
    "Отчёт о мероприятиях, проведённых в области за квартал",
])
def test_a_title_about_the_whole_regions_activity(title):
    from etl.classify import report_title_sector

    assert report_title_sector(title) is None


def test_a_bodys_report_without_headings_files_every_event_under_its_sphere():
    text = ("SYNTHETIC\nИнформация о международных мероприятиях министерства культуры Смоленской области "
            "в III квартале 2025 года\n\n" + "".join(f"\t{h}\n" for h in HEADER) + "\n")
    for row in (_event(1, "Международный турнир по шахматам"), _event(2, "Визит делегации")):
        text += "".join(f"\t{cell}\n" for cell in row) + "\n"
    report = build_report(read_bytes(text.encode("utf-8"), "r.txt"))
    assert [(e.sector, e.sector_key) for e in report.events] == [(None, "culture_tourism"), (None, "culture_tourism")]
    assert [i.message for i in report.issues if i.field == "sector"] == [
        "сфера в отчёте не указана: взята из заголовка отчёта — «Культура и туризм»"]
