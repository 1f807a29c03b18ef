"""The next report, eighteenth round: known gaps of the last session, each a general rule with varied cases and
controls (SYNTHETIC text only; no real report here).

1. A title, or a whole cell, typed in capitals reads as the same words in normal case (etl/capitals.py): its
   foreign region, city, institution's country and state's body are found as they are in normal case;
   abbreviations keep their letters and meaning (РБ, ОАО, СНГ, ФГБОУ). Controls: one name in capitals in a
   normally typed sentence, a cell of abbreviations only.
2. A total's format clauses joined by «;» are its parts («…500 человек в очном формате;⏎1000 – в формате онлайн»
   was 500); «подключений» count online people.
3. «50 (чел.)» and «50 чел. – Республика Беларусь» inside a bracket of parts keep their side; a foreign city's
   delegation with its count in brackets («делегация Минска (15 чел.)») is foreign.
4. A .txt second title naming neither quarter nor year, right over its own header, is refused as a second report
   and named, as a .docx's is (was the plain «номер мероприятия 1 повторяется»).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from etl import normalize
from etl.attendance import parse_attendance
from etl.errors import ReportError
from etl.normalize import build_report
from etl.read import read_bytes

P = pytest.param
TITLE = "Отчёт о международной деятельности Брянской области за IV квартал 2025 г. (SYNTHETIC, test_etl_next_reports18)"
HEADER = ("№ п/п", "Наименование мероприятия", "Сроки", "Место проведения", "Участники")


def _report(rows: list[tuple[str, ...]], name: str = "eighteen.txt"):
    lines = [TITLE, "\t".join(HEADER)] + ["\t".join((str(i + 1),) + row) for i, row in enumerate(rows)]
    return build_report(read_bytes(("\n".join(lines) + "\n").encode("utf-8"), name))


def _fields(event) -> tuple:
    return (event.foreign_regions, event.partner_countries, event.venue_city, event.venue_country, event.direction,
            event.attendance_total, event.attendance_foreign, event.agreement, event.event_type)


# ---------- 1. capitals ----------

@pytest.mark.parametrize("title, venue", [
    P("Визит делегации Витебской области", "г. Брянск", id="foreign_region"),
    P("Визит делегации провинции Хэйлунцзян", "г. Брянск", id="chinese_province"),
    P("Международный ледовый марафон «Благовещенск–Хэйхэ»", "г. Брянск", id="route_of_two_cities"),
    P("Визит ректора Бакинского государственного университета", "г. Брянск", id="institution_of_a_city"),
    P("Встреча с Послом Объединённых Арабских Эмиратов", "г. Брянск", id="state_of_joined_words"),
    P("Визит делегации автономного района Внутренняя Монголия (КНР)", "г. Брянск", id="adjective_of_a_place_name"),
    P("Подписание соглашения с ОАО «БЕЛАЗ» (Республика Беларусь)", "г. Брянск", id="legal_form_kept"),
    P("Переговоры с Послом Республики Куба", "г. Москва, Посольство Республики Куба в РФ", id="embassy_venue"),
    P("Визит делегации Гомельской области", "г. Великие Луки", id="home_town_of_two_words"),
])
def test_a_title_in_capitals_reads_as_in_normal_case(title, venue):
    normal = _report([(title, "14 октября 2025 г.", venue, "15 человек")]).events[0]
    shouted = _report([(title.upper(), "14 октября 2025 г.", venue, "15 человек")]).events[0]
    whole = _report([(title.upper(), "14 ОКТЯБРЯ 2025 Г.", venue.upper(), "15 ЧЕЛОВЕК")]).events[0]
    assert _fields(shouted) == _fields(normal)
    assert _fields(whole) == _fields(normal)


def test_the_capitals_case_that_was_lost():
    """«ВИЗИТ ДЕЛЕГАЦИИ БАКИНСКОГО …»: no partner before; «Г. ВЕЛИКИЕ ЛУКИ» was elsewhere in Russia."""
    event = _report([("ВИЗИТ РЕКТОРА БАКИНСКОГО ГОСУДАРСТВЕННОГО УНИВЕРСИТЕТА", "14 октября 2025 г.", "Г. БРЯНСК",
                      "15 человек")]).events[0]
    assert event.partner_countries == ["AZ"]
    route = _report([("МАРАФОН «БЛАГОВЕЩЕНСК–ХЭЙХЭ»", "14 октября 2025 г.", "г. Брянск", "15 человек")]).events[0]
    assert route.foreign_regions == ["Провинция Хэйлунцзян"]


@pytest.mark.parametrize("typed, read", [
    ("ВИЗИТ ДЕЛЕГАЦИИ ВИТЕБСКОЙ ОБЛАСТИ (РБ)", "Визит делегации Витебской области (РБ)"),
    ("ЗАСЕДАНИЕ СОВЕТА ГЛАВ ГОСУДАРСТВ СНГ И ЕАЭС", "Заседание совета глав государств СНГ и ЕАЭС"),
    ("ФГБОУ ВО «СМОЛЕНСКИЙ ГОСУДАРСТВЕННЫЙ УНИВЕРСИТЕТ»", "ФГБОУ ВО «Смоленский государственный университет»"),
    ("15 ЧЕЛ. ИЗ ИСЛАМСКОЙ РЕСПУБЛИКИ ИРАН", "15 чел. из Исламской Республики Иран"),
    ("Г. ВЕЛИКИЕ ЛУКИ", "г. Великие Луки"),
    ("ТАГАНРОГ, АЗОВ", "Таганрог, Азов"),
    ("ПОДПИСАНО СОГЛАШЕНИЕ. СТОРОНЫ ДОГОВОРИЛИСЬ", "Подписано соглашение. Стороны договорились"),
    ("С. ВЕЛИКОЕ, С ПАРТНЕРАМИ ИЗ ГОРОДА", "С. Великое, с партнерами из города"),
])
def test_capitals_are_read_as_a_clerk_types_them(typed, read):
    from etl.capitals import in_case, is_shouted

    assert is_shouted(typed)
    assert in_case(typed) == read


@pytest.mark.parametrize("typed", [
    "Рабочая встреча с руководством ОАО «МАЗ» – управляющая компания холдинга «БЕЛАВТОМАЗ»",  # one name so typed
    "Встреча с ОАО «БЕЛАЗ» в г. Жодино",
    "ОАО «МАЗ», ЗАО «БМЗ»",                        # abbreviations only
    "Делегация РБ и КНР",
    "12.10.2025",
])
def test_a_name_in_capitals_in_a_normal_sentence_stays_as_typed(typed):
    from etl.capitals import in_case, is_shouted

    assert not is_shouted(typed)
    assert in_case(typed) == typed


SAME_MEANING = Path(__file__).resolve().parent / "test_etl_same_meaning.py"


def _net():
    sys.path.insert(0, str(SAME_MEANING.parent))
    import test_etl_same_meaning as net
    return net


CAPITALS = {
    "titles in capitals": lambda t: re.sub(r"(?m)^(\t\d+[.)]?[ \t]*\n\t)([^\n]+)$",
                                           lambda m: m.group(1) + m.group(2).upper(), t),
    "cells in capitals": lambda t: re.sub(r"(?m)^(\t)([^\n]*[а-яё][^\n]*)$", lambda m: m.group(1) + m.group(2).upper(), t),
}
# what capitals must not change; the organisations' names and the officials' are left out: a name's capitals
# («Национального театра», «Совета Министров») are not known in a text typed all in capitals
GEO_AND_COUNTS = ("sector", "start", "end", "format", "direction", "type", "venue_country", "partners",
                  "foreign_regions", "total", "foreign", "online", "agreement")


@pytest.mark.long
@pytest.mark.parametrize("rewrite", CAPITALS)
def test_the_reports_typed_in_capitals_keep_their_places_and_counts(rewrite):
    """The same-meaning net (test_etl_same_meaning.py) over every report, with the titles, or every cell, in
    capitals: no place, partner, count, format, date or agreement of any event changes."""
    net = _net()
    differences, changed = [], 0
    for path in net.REPORTS:
        text = path.read_bytes().decode("utf-8-sig")
        rewritten = CAPITALS[rewrite](text)
        if rewritten == text:
            continue
        changed += 1
        before, after = net._derived(text, path.name), net._derived(rewritten, path.name)
        assert sorted(after) == sorted(before), path.name
        differences += [f"{path.name} № {n} {field}: {fields[field]!r} → {after[n][field]!r}"
                        for n, fields in before.items() for field in GEO_AND_COUNTS if after[n][field] != fields[field]]
    assert changed >= 10
    assert not differences, "\n".join(differences[:20])


# ---------- 2. a total's «;»-joined format clauses ----------

def _home(text: str) -> bool:
    return normalize.home_of("Брянская область").mentioned_in(text)


@pytest.mark.parametrize("cell, total, online, lower", [
    P("Общее количество участников – 500 человек в очном формате;\n1000 – в формате онлайн", 1500, 1000, False,
      id="total_then_semicolon_line"),
    P("Общее количество участников –\n500 человек в очном формате;\n1000 – в формате онлайн", 1500, 1000, False,
      id="label_on_its_own_line"),
    P("Общее количество участников: 300 человек очно; онлайн – 1 000 чел.", 1300, 1000, False,
      id="format_first_spaced_thousand"),
    P("Всего участников – 120 очно;\nв онлайн-формате: 250", 370, 250, False, id="online_format_colon"),
    P("300 человек очно;\nболее 300 подключений", 600, 300, True, id="more_than_connections"),
    P("120 участников очно, 45 подключений по ВКС", 165, 45, False, id="connections_by_video_link"),
])
def test_a_semicolon_joined_format_clause_is_the_totals_part(cell, total, online, lower):
    counted = parse_attendance(cell, _home, people_cell=True)
    assert (counted.total, counted.online, counted.lower_bound) == (total, online, lower)


@pytest.mark.parametrize("cell, total, online", [
    P("Общее количество участников – 500 человек в очном формате. 1000 – в формате онлайн", 500, 1000,
      id="a_full_stop_ends_the_statement"),
    P("Всего участников – 500 человек;\nиз них 100 – онлайн", 500, 100, id="a_part_of_the_total_not_added"),
    P("500 человек; подключение 5 школ к сети", 500, None, id="connecting_schools_counts_no_one"),
])
def test_a_clause_that_is_no_further_part_is_not_added(cell, total, online):
    counted = parse_attendance(cell, _home, people_cell=True)
    assert (counted.total, counted.online) == (total, online)


# ---------- 3. a count in brackets after a named side ----------

@pytest.mark.parametrize("cell, total, foreign", [
    P("120 человек (50 (чел.) – Республика Беларусь)", 120, 50, id="bracketed_unit_in_parts"),
    P("120 человек (50 чел. – Республика Беларусь, 70 чел. – Брянская область)", 120, 50, id="short_unit_dash"),
    P("80 участников (30 (человек) – Казахстан)", 80, 30, id="bracketed_full_word"),
    P("Делегация Республики Беларусь – 50 (чел.)", 50, 50, id="side_then_bracketed_unit"),
])
def test_a_bracketed_people_word_keeps_its_side(cell, total, foreign):
    counted = parse_attendance(cell, _home, people_cell=True)
    assert (counted.total, counted.foreign) == (total, foreign)


@pytest.mark.parametrize("cell, total, foreign, partners", [
    P("делегация Минска (15 чел.)", 15, 15, ["BY"], id="minsk_delegation"),
    P("делегация Гомеля (12 человек)", 12, 12, ["BY"], id="gomel_delegation"),
    P("представители Ташкента (8 чел.)", 8, 8, ["UZ"], id="tashkent_representatives"),
    P("команда Алматы – 10", 10, 10, ["KZ"], id="a_team"),
    P("делегация Минска (15 чел.), брянские предприниматели (20 чел.)", 35, 15, ["BY"], id="with_our_side"),
    # controls: a home city's delegation, a delegation of no place
    P("делегация Брянска (15 чел.)", 15, None, [], id="home_city_control"),
    P("делегация (15 чел.)", 15, None, [], id="no_place_control"),
])
def test_a_foreign_citys_delegation_with_a_bracketed_count(cell, total, foreign, partners):
    event = _report([("Рабочая встреча", "14 октября 2025 г.", "г. Брянск", cell)]).events[0]
    assert (event.attendance_total, event.attendance_foreign, event.partner_countries) == (total, foreign, partners)


# ---------- 4. a .txt second title naming neither quarter nor year ----------

BODY_HEADER = ("№ п/п", "Наименование мероприятия", "Место проведения мероприятия", "Сроки проведения мероприятия",
               "Участники мероприятия")


def _two_titles(second: str) -> bytes:
    """SYNTHETIC dump: a body's report of IV quarter 2024, then `second` alone on its line over its own table."""
    first = ["Отчет о мероприятиях в международной сфере, проведенных Министерством культуры Смоленской области",
             "в IV квартале 2024 года (SYNTHETIC, test_etl_next_reports18)", ""]
    rows = [BODY_HEADER, ("1.", "Гастроли театра", "г. Минск, Республика Беларусь", "1 ноября 2024 года", "12 человек"),
            ("2.", "Выставка картин", "г. Минск, Республика Беларусь", "2 ноября 2024 года", "12 человек")]
    again = [BODY_HEADER, ("1.", "Олимпиада школьников", "г. Минск, Республика Беларусь", "10 ноября 2024 года",
                           "12 человек")]
    lines = first + ["\t" + c for row in rows for c in row] + ["", second] + ["\t" + c for row in again for c in row]
    return ("\n".join(lines) + "\n").encode("utf-8")


@pytest.mark.parametrize("second", [
    P("Отчет о мероприятиях в международной сфере, проведенных Министерством образования Смоленской области",
      id="report_of_another_body"),
    P("Информация Департамента по физической культуре и спорту", id="information_of_a_department"),
    P("Сведения о международных мероприятиях управления образования", id="svedeniya"),
])
def test_a_txt_second_title_without_a_period_is_named_as_a_second_report(second):
    with pytest.raises(ReportError) as caught:
        build_report(read_bytes(_two_titles(second), "два.txt"))
    message = caught.value.message
    assert message.startswith(f"номер мероприятия 1 повторяется: нумерация начинается заново под «{second}» "
                              "в строке "), message
    assert "похоже, это второй отчёт" in message and "отдельным файлом" in message


def test_a_heading_over_numbers_from_one_again_keeps_the_plain_message():
    """The control: «Сотрудничество в сфере образования» is a heading, not a title — the plain message."""
    with pytest.raises(ReportError) as caught:
        build_report(read_bytes(_two_titles("Сотрудничество в сфере образования"), "заголовок.txt"))
    assert caught.value.message == "номер мероприятия 1 повторяется"
