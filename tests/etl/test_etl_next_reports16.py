"""The next report, sixteenth round: leftovers of earlier rounds, each a general rule with varied cases and
controls (SYNTHETIC text only; no real report here).

1. An official's role is stored in the nominative, as the officials table holds it: the head noun of the role and
   the words agreeing with it before it are inflected together («заместителем председателя Правительства» →
   «заместитель председателя Правительства», «первого заместителя министра» → «первый заместитель министра»,
   «Чрезвычайным и Полномочным Послом» → «Чрезвычайный и Полномочный Посол», «губернатору» → «губернатор»); the
   words after the head (whose post, which country, an organisation's name in quotes) stay as written, and so does
   the capitals' writing («ПОСЛОМ» → «ПОСОЛ»). Was kept in the case the report wrote it. Controls: a role after
   «и.о.»/«врио» (which governs the genitive), an abbreviation («зам. министра»), an indeclinable word («атташе»)
   and a role already in the nominative stay as written.
2. A bare «15/7» (or «15 / 7», «20/5 чел.») in a count cell under a plain «Участники» / «Количество участников»:
   read as «всего / в т.ч. иностранных» (15 people, 7 foreign) when the second number is no more than the first
   and the row names a foreign side, with an info issue; otherwise no count, with an info issue saying why — a
   date («15/07», a number written with a leading zero), a ratio or document number (the second bigger: «3/12»),
   a pair in a row naming no foreign side. Before: a participants cell read nothing, a count column summed the two
   numbers (22).

On main (parser 1.10.24) 35 of these 37 cases fail: 23 of rule 1's 24 (roles kept in their case; no
nominative_role), 12 of rule 2's 13 (pairs unread or summed, no info). The acting control and the pair-header
control pass there.
"""
from __future__ import annotations

import pytest

from etl.normalize import build_report
from etl.read import read_bytes

P = pytest.param
TITLE = "Отчёт о международной деятельности Курганской области за IV квартал 2025 г. (SYNTHETIC, test_etl_next_reports16)"
HEADER = ("№ п/п", "Наименование мероприятия", "Сроки", "Место проведения", "Участники")


def _report(rows: list[tuple[str, ...]], header: tuple[str, ...] = HEADER):
    lines = [TITLE, "\t".join(header)] + ["\t".join((str(i + 1),) + row) for i, row in enumerate(rows)]
    return build_report(read_bytes(("\n".join(lines) + "\n").encode("utf-8"), "sixteen.txt"))


# ---------- 1. officials' roles in the nominative ----------

ROLE_CASES = [
    P("Встреча с заместителем председателя Правительства Курганской области В.Н. Ивановым",
      "заместитель председателя Правительства Курганской области", id="instrumental_head_genitive_rest"),
    P("Переговоры с министром культуры Республики Беларусь А.Н. Марковым", "министр культуры Республики Беларусь",
      id="instrumental_country_kept"),
    P("Направлено письмо губернатору Курганской области В.М. Шумкову", "губернатор Курганской области",
      id="dative"),
    P("Визит первого заместителя министра иностранных дел Республики Узбекистан Б.Б. Саидова",
      "первый заместитель министра иностранных дел Республики Узбекистан", id="genitive_ordinal_agrees"),
    P("Встреча с Чрезвычайным и Полномочным Послом Республики Казахстан в Российской Федерации Д.А. Ахметовым",
      "Чрезвычайный и Полномочный Посол Республики Казахстан в Российской Федерации", id="two_adjectives_joined"),
    P("Беседа с генеральным консулом Китайской Народной Республики в г. Екатеринбурге Ю.Ю. Ли",
      "генеральный консул Китайской Народной Республики в г. Екатеринбурге", id="adjective_and_place"),
    P("Приём у ректора Курганского государственного университета Н.В. Дубива",
      "ректор Курганского государственного университета", id="genitive_university"),
    P("Встреча с директором ГБУК «Курганский областной театр» Т.С. Петровой",
      "директор ГБУК «Курганский областной театр»", id="organisation_in_quotes_kept"),
    P("Встреча с Первым вице-губернатором провинции Хэйлунцзян В.Ч. Ваном", "Первый вице-губернатор провинции Хэйлунцзян",
      id="hyphenated_head_capitalised"),
    P("Встреча с Главой города Кургана Е.В. Ситниковой", "Глава города Кургана", id="common_gender_head"),
    P("Выступление председателю комитета по культуре И.И. Сидорову", "председатель комитета по культуре",
      id="dative_with_preposition_after"),
]


def _roles(text: str):
    report = _report([(text, "12.11.2025", "г. Курган", "10 человек")])
    return [(o.name, o.role) for o in report.events[0].officials]


@pytest.mark.parametrize("text, role", ROLE_CASES)
def test_roles_are_stored_in_the_nominative(text, role):
    roles = _roles(text)
    assert roles and roles[0][1] == role, roles


@pytest.mark.parametrize("role, expected", [
    P("Послом Монголии", "Посол Монголии", id="instrumental_short"),
    P("ПОСЛОМ ВЬЕТНАМА", "ПОСОЛ ВЬЕТНАМА", id="capitals_kept"),
    P("заместителями министра", "заместители министра", id="plural_kept_plural"),
    P("почётного консула Республики Беларусь", "почётный консул Республики Беларусь", id="genitive_adjective"),
    P("начальником Главного управления", "начальник Главного управления", id="instrumental_genitive_adjective_after"),
    P("депутату Государственной Думы", "депутат Государственной Думы", id="dative_short"),
])
def test_nominative_role_of_the_role_alone(role, expected):
    from etl.officials import nominative_role

    assert nominative_role(role) == expected


@pytest.mark.parametrize("role", [
    P("и.о. губернатора", id="acting_governs_genitive"),
    P("Временно исполняющего обязанности губернатора", id="acting_in_words"),
    P("зам. министра", id="abbreviation"),
    P("атташе по культуре", id="indeclinable"),
    P("заместитель губернатора", id="already_nominative"),
    P("Посол Монголии", id="already_nominative_capital"),
])
def test_control_roles_that_stay_as_written(role):
    from etl.officials import nominative_role

    assert nominative_role(role) == role


def test_control_acting_official_keeps_the_genitive_role():
    roles = _roles("Совещание с участием и.о. губернатора Курганской области А.А. Смирнова")
    assert roles and roles[0][1].endswith("губернатора Курганской области"), roles


# ---------- 2. a bare «15/7» under a plain count header ----------

@pytest.mark.parametrize("header, title, cell, total, foreign", [
    P("Участники", "Визит делегации Республики Казахстан", "15/7", 15, 7, id="participants_slash"),
    P("Участники", "Переговоры с узбекской делегацией", "15 / 7", 15, 7, id="participants_spaced"),
    P("Количество участников", "Концерт музыкантов из Монголии", "20/5 чел.", 20, 5, id="count_column_chel"),
    P("Количество участников", "Встреча с китайскими партнёрами", "40 / 12", 40, 12, id="count_column_spaced"),
    P("Кол-во участников, чел.", "Семинар для иностранных студентов", "30/30", 30, 30, id="all_foreign_unnamed_side"),
    P("Участники", "Форум молодёжи России и Армении", "120/8", 120, 8, id="participants_three_digits"),
])
def test_a_bare_pair_with_a_foreign_side_is_total_and_foreign(header, title, cell, total, foreign):
    report = _report([(title, "12.11.2025", "г. Курган", cell)], HEADER[:4] + (header,))
    event = report.events[0]
    assert (event.attendance_total, event.attendance_foreign) == (total, foreign)
    assert any("всего / в т.ч. иностранных" in i.message and i.severity == "info" for i in report.issues)


@pytest.mark.parametrize("header, title, cell", [
    P("Участники", "Визит делегации Республики Казахстан", "15/07", id="date_leading_zero"),
    P("Количество участников", "Встреча с китайскими партнёрами", "3/12", id="second_bigger_ratio"),
    P("Количество участников", "Областной семинар библиотекарей", "15 / 7", id="no_foreign_side_count_column"),
    P("Участники", "Областной фестиваль народного творчества", "15/7", id="no_foreign_side_participants"),
    P("Участники", "Переговоры с узбекской делегацией", "0/0", id="zeros"),
    P("Количество участников", "Концерт музыкантов из Монголии", "01/11", id="both_leading_zero"),
])
def test_control_a_pair_that_is_no_total_and_foreign_stays_unread(header, title, cell):
    report = _report([(title, "12.11.2025", "г. Курган", cell)], HEADER[:4] + (header,))
    event = report.events[0]
    assert (event.attendance_total, event.attendance_foreign) == (None, None)
    assert any("не прочитано как число участников" in i.message and i.severity == "info" for i in report.issues)


def test_control_a_pair_header_reads_as_before():
    report = _report([("Визит делегации Республики Казахстан", "12.11.2025", "г. Курган", "15/7")],
                     HEADER[:4] + ("Участники (всего/иностранных)",))
    assert (report.events[0].attendance_total, report.events[0].attendance_foreign) == (15, 7)
    assert not any("не прочитано как число участников" in i.message for i in report.issues)
