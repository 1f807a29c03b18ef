"""Whose people and whose body, when the cell leaves it unsaid (lead's blind probe, 29 Nov: a SYNTHETIC Курганская
область report).

1. A delegation the participants cell counts without naming its side is the one the title names, when the title's
   delegation is foreign: «Визит делегации Республики Казахстан …» with «делегация из 14 человек; с курганской
   стороны – …» has 14 foreign participants (was none). Not when the title's delegation is ours, nor when the
   cell counts two unnamed delegations.
2. A bracketed part right after a list of places is the last place's people: «126 спортсменов из 8 регионов России
   и Казахстана (18 чел.)» has 18 foreign (was none).
3. A body's name ends where a person's given name in the nominative begins: «Советник-посланник Посольства Хосе
   Луис Перес Гонсалес» named a Russian body «Посольство Хосе Луис Перес». A given name in the genitive is the
   body's namesake («Фонд Владимира Потанина»).
4. A body the participants cell names, with no place of its own, at an event abroad the title says we took part in
   («Участие в фестивале …» in Belarus) went there from our region: «ансамбль «Россияне» (22 артиста)» and the real
   sample's «Школа танцев «Аиша» (г. Смоленск)» at a festival in Новополоцк were Belarusian. A visit to a body
   abroad («Визит на ОАО «Гродно Азот»») keeps the venue's country.
5. The region's own top bodies named with the bare word are the region's in any cell, as in the responsible column:
   «Меморандум между Правительством области и Народным комитетом провинции Лаокай» signed in Лаокай gave a Vietnamese
   «Правительство области»; it is «Правительство Курганской области», Russian.
"""
from __future__ import annotations

import pytest

from etl.attendance import parse_attendance, title_delegation_count
from etl.load import read_report
from etl.organisations import Context, find_organisations
from etl.title import home_of

P = pytest.param
KURGAN = home_of("Курганская область").mentioned_in


@pytest.mark.parametrize("people, title, foreign", [
    P("делегация из 14 человек; с курганской стороны – Губернатор области В.М. Шумков, 6 членов Правительства",
      "Визит делегации Республики Казахстан (Костанайская область) во главе с акимом области", 14, id="kazakh-visit"),
    P("делегация (12 чел.), 30 курганских студентов", "Приём казахстанской делегации", 12, id="adjective-title"),
    P("прибыла делегация численностью 9 человек", "Визит делегации г. Костаная (Казахстан)", 9, id="city-title"),
    P("делегация 6 чел.", "Визит делегации провинции Хайфон (Вьетнам)", 6, id="province-title"),
    P("делегация из 14 человек", "Визит делегации Курганской области в Республику Казахстан", None,
      id="our-delegation-abroad"),
    P("делегация из 5 человек и делегация из 7 человек", "Визит делегации Монголии", None, id="two-delegations"),
    P("китайская делегация из 5 человек", "Визит делегации провинции Хэйлунцзян", None, id="cell-names-its-side"),
    P("делегация из 8 человек", "Рабочая встреча по вопросам экспорта", None, id="title-names-no-delegation"),
    P("делегация из 8 человек", "Визит делегации Шадринского района", None, id="domestic-delegation"),
])
def test_a_delegation_the_cell_leaves_unnamed_is_the_titles(people, title, foreign):
    assert title_delegation_count(people, title, KURGAN) == foreign


def test_the_titles_delegation_through_a_report(tmp_path):
    path = tmp_path / "report_synthetic.txt"
    path.write_text(
        "Отчёт\nоб участии Курганской области в международном сотрудничестве\nв IV квартале 2025 г. (SYNTHETIC)\n\n"
        "\t№\n\tНаименование мероприятия\n\tДата проведения\n\tМесто проведения\n\tУчастники\n\tИтоги\n\n"
        "\t1. Экономика\n\n\t1.1\n\tВизит делегации Республики Казахстан (Костанайская область) во главе с акимом "
        "области К.И. Аксакаловым\n\t7–8 октября 2025 г.\n\tг. Курган\n\tделегация из 14 человек; с курганской стороны "
        "– Губернатор области В.М. Шумков, 6 членов Правительства\n\tПодписан План мероприятий на 2026–2027 гг.\n\n"
        "\t1.2\n\tВизит делегации Курганской области в Республику Казахстан\n\t20 ноября 2025 г.\n\tг. Костанай\n"
        "\tделегация из 9 человек\n\tПроведены переговоры\n", encoding="utf-8")
    events = read_report(path)[0].events
    assert [(e.attendance_total, e.attendance_foreign) for e in events] == [(21, 14), (9, None)]


@pytest.mark.parametrize("people, total, foreign", [
    P("126 спортсменов из 8 регионов России и Казахстана (18 чел.)", 126, 18, id="regions-and-country"),
    P("126 спортсменов из России и Казахстана (18 чел.)", 126, 18, id="two-countries"),
    P("60 человек – делегации Курганской области и Республики Беларусь (25 чел.)", 60, 25, id="two-delegations"),
    P("126 спортсменов из России (108 чел.) и Казахстана (18 чел.)", 126, 18, id="each-bracketed-as-before"),
    P("40 участников из Беларуси и Курганской области (15 чел.)", 40, None, id="last-is-ours"),
    P("Делегация Республики Беларусь (12 чел.) и 20 курганских студентов", 32, 12, id="whole-bracket-as-before"),
])
def test_a_bracket_after_a_list_of_places_counts_the_last(people, total, foreign):
    counted = parse_attendance(people, KURGAN, people_cell=True)
    assert (counted.total, counted.foreign) == (total, foreign)


CONTEXT = Context("курганский", "курган", None, ("CU",), None, "Курганская область")


@pytest.mark.parametrize("cell, names", [
    P("Советник-посланник Посольства Хосе Луис Перес Гонсалес, 2 сотрудника посольства", [], id="embassy-then-person"),
    P("ректор Университета Мария Лопес", [], id="university-then-person"),
    P("сотрудники Посольства Республики Куба Хулио Гармендиа Пенья", ["Посольство Республики Куба"],
      id="named-embassy-then-person"),
    P("Благотворительный фонд Владимира Потанина", ["Благотворительный фонд Владимира Потанина"], id="genitive-namesake"),
    P("Музей Марии Тенишевой", ["Музей Марии Тенишевой"], id="genitive-namesake-female"),
    P("Аппарат Раиса Республики Татарстан", ["Аппарат Раиса Республики Татарстан"], id="raisa-is-the-rais"),
    P("Витебского облисполкома Александр Субботин", ["Витебский облисполком"], id="name-after-executive"),
])
def test_a_bodys_name_ends_at_a_persons_given_name(cell, names):
    assert [o.name for o in find_organisations({"participants": cell}, CONTEXT)] == names


def _organisations(tmp_path, rows):
    text = ("Отчёт\nоб участии Смоленской области в международном сотрудничестве\nв IV квартале 2025 г. (SYNTHETIC)\n\n"
            "\t№\n\tНаименование мероприятия\n\tДата проведения\n\tМесто проведения\n\tУчастники\n\tИтоги\n\n"
            "\t1. Культура\n\n")
    for i, (title, venue, people) in enumerate(rows, 1):
        text += f"\t1.{i}\n\t{title}\n\t{10 + i} ноября 2025 г.\n\t{venue}\n\t{people}\n\tДиплом лауреата\n\n"
    path = tmp_path / "report_synthetic.txt"
    path.write_text(text, encoding="utf-8")
    return [{o.name: o.country for o in e.organisations} for e in read_report(path)[0].events]


def test_our_participants_abroad_are_ours(tmp_path):
    found = _organisations(tmp_path, [
        ("Участие в фестивале «Славянский базар в Витебске»", "Республика Беларусь", "ансамбль «Россияне» (22 артиста)"),
        ("Участие в Международном фестивале «Dance Fest»", "г. Новополоцк, Республика Беларусь",
         "Школа танцев «Аиша» (состав – 13 человек)"),
        ("Участие делегации области в выставке", "г. Минск", "ГБУК «Смоленский областной театр кукол»"),
        ("Визит на ОАО «Гродно Азот»", "г. Гродно, Республика Беларусь", "представители ОАО «Гродно Азот»"),
    ])
    assert found[0] == {"Ансамбль «Россияне»": "RU"}
    assert found[1] == {"Школа танцев «Аиша»": "RU"}
    assert set(found[2].values()) == {"RU"}
    assert found[3] == {"Гродно Азот": "BY"}


@pytest.mark.parametrize("title, venue, expected", [
    P("Подписание Меморандума между Правительством области и Народным комитетом провинции Лаокай (СРВ)",
      "г. Лаокай (Вьетнам)", {"Правительство Курганской области": "RU", "Народный комитет провинции Лаокай": "VN"},
      id="government-abroad"),
    P("Встреча в Администрации области с делегацией Монголии", "г. Улан-Батор",
      {"Администрация Курганской области": "RU"}, id="administration"),
    P("Визит делегации во главе с акимом области в Костанай", "г. Костанай (Казахстан)", {}, id="akim-is-no-body"),
])
def test_our_top_bodies_named_by_the_bare_word(tmp_path, title, venue, expected):
    path = tmp_path / "report_synthetic.txt"
    path.write_text(
        "Отчёт\nоб участии Курганской области в международном сотрудничестве\nв IV квартале 2025 г. (SYNTHETIC)\n\n"
        "\t№\n\tНаименование мероприятия\n\tДата проведения\n\tМесто проведения\n\tУчастники\n\tИтоги\n\n"
        f"\t1. Экономика\n\n\t1.1\n\t{title}\n\t14 октября 2025 г.\n\t{venue}\n\t7 человек\n\tПодписан меморандум\n",
        encoding="utf-8")
    event = read_report(path)[0].events[0]
    assert {o.name: o.country for o in event.organisations} == expected
