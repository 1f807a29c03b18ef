"""A foreign body names the event's partner country (lead's blind probe, 29 Nov: a SYNTHETIC Курганская область
report, IV quarter 2025, with partners from ten countries).

- «Визит делегации Гомельского райисполкома» in Шадринск had no partner country (and an info «не найдено ни одной
  иностранной страны-участницы») while its organisation was Belarusian: a foreign body's country is a partner as
  its town or country named as a place would be.
- «Дни культуры Автономного края Воеводина», «ярмарка в провинции Анталья» named no region (Serbia not even a
  partner): both are in the foreign regions' reference now. («Воеводины» is not read: pymorphy3 takes it for the
  surname Воеводин, which must stay no place.)
- A name in quotes after «над», «на», «у» is a landmark: «холдинг «Полёт над Днепром»» was Ukrainian (Днепр the
  city), which the rule above would have made a partner.
"""
from __future__ import annotations

import pytest

from etl.load import read_report

P = pytest.param


def _event(tmp_path, title: str, venue: str, participants: str = "5 человек", result: str = "Обсуждены вопросы"):
    text = ("Информация о международных мероприятиях Курганской области за IV квартал 2025 года (SYNTHETIC)\n\n"
            "\t№ п/п\n\tНаименование мероприятия\n\tМесто проведения\n\tСроки проведения мероприятия\n"
            "\tЦель, содержание и результат мероприятия\n\tУчастники мероприятия\n\n\tМежрегиональное сотрудничество\n\n"
            f"\t1. \n\t{title}\n\t{venue}\n\t19 декабря 2025 г.\n\t{result}\n\t{participants}\n\n")
    path = tmp_path / "kurgan_2025q4_synthetic.txt"
    path.write_text(text, encoding="utf-8")
    report = read_report(path)[0]
    return report.events[0], report.issues


@pytest.mark.parametrize("title, venue, country", [
    P("Визит делегации Гомельского райисполкома", "г. Шадринск", "BY", id="district-committee"),
    P("Визит делегации Оршанского районного исполнительного комитета", "г. Курган", "BY", id="district-committee-words"),
    P("Встреча с руководством Лиозненского райисполкома", "г. Курган", "BY", id="small-district"),
    P("Переговоры с Кабинетом Министров Республики Абхазия", "г. Курган", "AB", id="cabinet-of-a-country"),
])
def test_a_foreign_body_is_a_partner(tmp_path, title, venue, country):
    event, issues = _event(tmp_path, title, venue)
    assert country in event.partner_countries
    assert not [i for i in issues if i.field == "partner_countries"]


@pytest.mark.parametrize("title, venue, participants", [
    P("Рабочий визит на предприятие холдинга «Полёт над Днепром»", "г. Курган", "5 человек", id="river-in-quotes"),
    P("Семинар Смоленского государственного университета", "г. Курган", "5 человек", id="another-russian-region"),
    P("Встреча с руководством компании «Siemens Energy»", "г. Курган", "5 человек", id="latin-brand"),
    P("Круглый стол Шадринского педагогического университета", "г. Шадринск", "5 человек", id="our-own-town"),
])
def test_a_body_of_no_foreign_country_adds_none(tmp_path, title, venue, participants):
    event, _ = _event(tmp_path, title, venue, participants)
    assert event.partner_countries == []


def test_a_landmark_in_quotes_gives_the_body_no_country_abroad(tmp_path):
    event, _ = _event(tmp_path, "Рабочий визит на предприятие холдинга «Полёт над Днепром»", "г. Жлобин, Республика Беларусь")
    assert event.partner_countries == ["BY"]
    assert {o.country for o in event.organisations if "Днепр" in o.name} <= {"BY", None}


@pytest.mark.parametrize("title, venue, country, region", [
    P("Дни культуры Автономного края Воеводина", "г. Курган", "RS", "Автономный край Воеводина", id="vojvodina"),
    P("Фестиваль народного творчества", "Автономный край Воеводина, г. Нови-Сад", "RS", "Автономный край Воеводина",
      id="vojvodina-venue"),
    P("Участие в выставке в провинции Анталья", "г. Анталья, Турецкая Республика", "TR", "Провинция Анталья",
      id="antalya"),
])
def test_new_foreign_regions(tmp_path, title, venue, country, region):
    event, _ = _event(tmp_path, title, venue)
    assert country in event.partner_countries and region in event.foreign_regions
