"""A broad heading lets an event's own title name its sector (lead, 27 Nov; drift14 found a scientific
conference and a wrestling tournament under «Гуманитарное сотрудничество» counted as culture). A heading
of «гуманитарное» cooperation is filed as culture and tourism, but its events are as often a
university's, a tournament's, a youth forum's or compatriots'. When the title names one of those spheres by
a key or event word, the event takes it and an info issue says so; a title that names none, or names
culture, keeps the heading's sector; a narrow heading is never overridden."""
from __future__ import annotations

import pytest

from etl.normalize import build_report
from etl.read import read_bytes

REPORT = """Отчёт о международных связях Омской области за IV квартал 2025 года (SYNTHETIC)
№ п/п\tНаименование мероприятия\tСроки проведения\tМесто проведения\tУчастники\tРезультаты
{heading}
1\t{title}\t12 ноября 2025 г.\tг. Омск\t30 человек\tПроведено
"""


def _event(heading: str, title: str):
    report = build_report(read_bytes(REPORT.format(heading=heading, title=title).encode("utf-8"), "r.txt"))
    return report.events[0], [i for i in report.issues if i.field == "sector"]


@pytest.mark.parametrize(("heading", "title", "key"), [
    pytest.param("Гуманитарное сотрудничество", "Международный турнир по греко-римской борьбе", "sport", id="sport"),
    pytest.param("2. Гуманитарное сотрудничество", "Научная конференция «Сибирь и Казахстан»", "education_science",
                 id="science"),
    pytest.param("Межрегиональное и гуманитарное сотрудничество", "Молодёжный форум регионов стран ШОС", "youth",
                 id="youth"),
    pytest.param("Социально-гуманитарное сотрудничество", "Летняя школа для студентов из Вьетнама",
                 "education_science", id="school_hyphenated_heading"),
])
def test_a_title_names_a_narrower_sector(heading, title, key):
    event, issues = _event(heading, title)
    assert event.sector_key == key
    assert event.sector == heading.split(". ", 1)[-1] or event.sector == heading  # the heading stays as written
    assert any("охватывает несколько сфер" in i.message for i in issues)


@pytest.mark.parametrize(("heading", "title", "key"), [
    pytest.param("Гуманитарное сотрудничество", "Гастроли Омского драматического театра в Казахстане",
                 "culture_tourism", id="culture_stays"),
    pytest.param("Гуманитарное сотрудничество", "Визит делегации провинции Хэнань", "culture_tourism",
                 id="no_sphere_named"),
    pytest.param("Сотрудничество в сфере культуры", "Турнир по шахматам среди артистов театров", "culture_tourism",
                 id="narrow_heading_kept"),
    pytest.param("Сотрудничество в сфере спорта", "Научная конференция по спортивной медицине", "sport",
                 id="narrow_sport_heading_kept"),
])
def test_the_heading_decides_otherwise(heading, title, key):
    event, issues = _event(heading, title)
    assert event.sector_key == key
    assert not any("охватывает несколько сфер" in i.message for i in issues)
