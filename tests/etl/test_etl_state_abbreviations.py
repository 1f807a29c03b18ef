"""States written as abbreviations (etl/abbreviations.py; lead, 27 Nov — a leftover of the drift rounds).

«делегация РБ», «Посольство РК», «Министерство образования РУз» named no partner at all: the event of a
Smolensk report with «РБ» lost Belarus. The same letters are a Russian republic in another region's report
(«РБ» is Bashkortostan to Ufa, «РК» Karelia to Petrozavodsk, Korea to Primorye), so each is read once per
report from what the report spells out: its expansion, the reporting region, the states and republics named
in full; when nothing decides, one foreign state is read with an info issue and two are left unread."""
from __future__ import annotations

import pytest

from etl.abbreviations import letters_in, read_abbreviations
from etl.normalize import build_report
from etl.read import read_bytes

HEAD = "Отчёт о международных связях {region} за IV квартал 2025 года (SYNTHETIC)\n" \
       "№ п/п\tНаименование мероприятия\tСроки проведения\tМесто проведения\tУчастники\tРезультаты\n" \
       "Торгово-экономическое сотрудничество\n"


def _report(region: str, *rows: tuple[str, str, str]):
    body = "".join(f"{n}\t{title}\t{10 + n} ноября 2025 г.\t{place}\t{people}\tПроведено\n"
                   for n, (title, place, people) in enumerate(rows, 1))
    return build_report(read_bytes((HEAD.format(region=region) + body).encode("utf-8"), "r.txt"))


def _partners(report) -> list[list[str]]:
    return [e.partner_countries for e in report.events]


def _notes(report) -> list[str]:
    return [i.message for i in report.issues if "сокращение" in i.message]


@pytest.mark.parametrize(("region", "rows", "expected"), [
    pytest.param("Смоленской области",
                 [("Визит делегации Министерства образования РБ", "г. Смоленск", "12 человек")], [["BY"]],
                 id="smolensk_rb_alone_is_belarus"),
    pytest.param("Смоленской области",
                 [("Встреча с Послом Республики Беларусь", "г. Смоленск", "5 человек"),
                  ("Переговоры с представителями РБ", "г. Смоленск", "8 человек")], [["BY"], ["BY"]],
                 id="named_in_full_elsewhere"),
    pytest.param("Омской области",
                 [("Рабочая встреча с Генеральным консулом РК в г. Новосибирске", "г. Омск", "4 человека"),
                  ("Форум межрегионального сотрудничества России и Казахстана", "г. Омск", "300 человек")],
                 [["KZ"], ["KZ"]], id="omsk_rk_with_kazakhstan_named"),
    pytest.param("Приморского края",
                 [("Встреча с делегацией провинции Кёнсан-Пукто Республики Корея", "г. Владивосток", "10 человек"),
                  ("Визит Генерального консула РК", "г. Владивосток", "3 человека")],
                 [["KR"], ["KR"]], id="primorye_rk_with_korea_named"),
    pytest.param("Ульяновской области",
                 [("Республика Узбекистан (далее – РУз): бизнес-миссия", "г. Ташкент", "15 человек"),
                  ("Переговоры с хокимиятом, торговое представительство РУз", "г. Ульяновск", "6 человек")],
                 [["UZ"], ["UZ"]], id="expansion_said_once"),
    pytest.param("Смоленской области",
                 [("Заседание с участием Кыргызской Республики (КР) и Республики Таджикистан (РТ)", "г. Москва",
                   "40 человек"),
                  ("Визит представителей КР и РТ", "г. Смоленск", "9 человек")],
                 [["KG", "TJ"], ["KG", "TJ"]], id="two_expansions_in_brackets"),
])
def test_an_abbreviation_names_the_foreign_state(region, rows, expected):
    assert _partners(_report(region, *rows)) == expected


@pytest.mark.parametrize(("region", "rows"), [
    pytest.param("Республики Башкортостан",
                 [("Визит делегации Министерства образования РБ в Казань", "г. Казань", "12 человек")],
                 id="bashkortostan_own_rb"),
    pytest.param("Республики Карелия",
                 [("Совещание Правительства РК с финскими партнёрами по приграничью", "г. Петрозаводск",
                   "20 человек")], id="karelia_own_rk"),
    pytest.param("Республики Татарстан",
                 [("Делегация Министерства промышленности РТ на выставке", "г. Казань", "8 человек")],
                 id="tatarstan_own_rt"),
])
def test_the_reporting_republics_own_letters_are_no_partner(region, rows):
    report = _report(region, *rows)
    assert all("BY" not in p and "KZ" not in p and "TJ" not in p for p in _partners(report))
    assert not _notes(report)  # nothing to check: the region itself


def test_a_republic_named_in_full_makes_it_ambiguous():
    """Orenburg: Bashkortostan is named, Belarus is not — «РБ» may be either; unread, told."""
    report = _report("Оренбургской области",
                     ("Межрегиональный форум с Республикой Башкортостан", "г. Оренбург", "50 человек"),
                     ("Встреча с делегацией РБ", "г. Оренбург", "7 человек"))
    assert _partners(report)[1] == []
    assert any("«РБ» не прочитано" in m for m in _notes(report))


def test_two_foreign_states_and_nothing_named_stay_unread():
    """«РК» with neither Kazakhstan nor Korea nor a republic in full: unread, with an issue saying why."""
    report = _report("Новосибирской области", ("Визит делегации РК", "г. Новосибирск", "7 человек"))
    assert _partners(report) == [[]]
    notes = _notes(report)
    assert len(notes) == 1 and "Казахстан" in notes[0] and "Корея" in notes[0]


def test_one_foreign_state_nothing_named_is_read_and_said():
    report = _report("Псковской области", ("Переговоры с Министерством сельского хозяйства РМ", "г. Псков",
                                           "6 человек"))
    assert _partners(report) == [["MD"]]
    assert any("«РМ» прочитано как Молдова" in m for m in _notes(report))


@pytest.mark.parametrize("text", [
    "рб отдела", "РБК-ТВ", "ТРК «Россия»", "форма КР-1", "РАН", "«РБ-Групп»-", "ЧРЕЗ", "в РФ",
    "ЧР по самбо",  # «ЧР» is a championship of Russia in a sports report as often as Czechia: not listed
])
def test_not_an_abbreviation_of_a_state(text):
    assert letters_in(text) == ()


def test_letters_are_words_of_their_own():
    assert letters_in("делегации РБ, РК и РУз (по 3 чел.)") == ("РБ", "РК", "РУз")


def test_komi_is_a_whole_word_not_a_committee():
    """«комитет», «комиссия» are no Republic of Komi: «РК» stays Kazakhstan when Kazakhstan is named."""
    readings = read_abbreviations(["Комитет по делам молодёжи провёл встречу с молодёжью Казахстана",
                                   "Визит делегации РК"], "Омская область")
    assert readings.codes == {"РК": "KZ"}


def test_every_step_reads_the_state_and_the_text_stays_as_written():
    """The letters are read as the state in full by every step: the organisation is Belarusian and merges
    with its full name, the guests from «РБ» are foreign; the stored title keeps the clerk's letters."""
    report = _report("Смоленской области",
                     ("Визит делегации Министерства образования РБ", "г. Смоленск",
                      "12 человек из РБ, в т.ч. 3 – из Посольства РБ"),
                     ("Встреча с Послом Республики Беларусь", "г. Смоленск", "Посольство Республики Беларусь, 4 чел."))
    first, second = report.events
    assert first.title == "Визит делегации Министерства образования РБ"
    assert first.attendance_foreign == 12
    organisations = {o.name: (o.country, o.side) for o in first.organisations}
    assert organisations["Министерство образования Республики Беларусь"] == ("BY", "foreign")
    assert organisations["Посольство Республики Беларусь"] == ("BY", "foreign")
    assert "Посольство Республики Беларусь" in {o.name for o in second.organisations}


def test_unread_letters_change_nothing():
    """Letters left unread (two states possible) are passed on as written: no state is guessed anywhere."""
    report = _report("Новосибирской области", ("Визит делегации Министерства культуры РК", "г. Новосибирск",
                                               "7 человек из РК"))
    event = report.events[0]
    assert event.partner_countries == [] and event.attendance_foreign is None
    assert all(o.country not in ("KZ", "KR") for o in event.organisations)


def test_the_notes_read_in_english():
    """The English interface shows the notes with the states' English names (analytics.i18n._states_en)."""
    from analytics.i18n import message_text

    unread = _notes(_report("Новосибирской области", ("Визит делегации РК", "г. Новосибирск", "7 человек")))
    read = _notes(_report("Псковской области", ("Переговоры с делегацией РМ", "г. Псков", "6 человек")))
    assert message_text(unread[0], "en").startswith("the abbreviation «РК» is not read: it may mean Kazakhstan or "
                                                    "South Korea or a Russian republic")
    assert message_text(read[0], "en").startswith("the abbreviation «РМ» is read as Moldova")
