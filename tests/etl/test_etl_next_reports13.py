"""The next report, thirteenth round (parser 1.10.16): the twelfth round's two leftovers of the count reader
(etl/attendance.py), each a general rule with varied cases and controls.

1. A side named before a dash or a colon owns the count after it, a bracket of posts after the count or not.
   «Казахстанская делегация – 6 человек (министр, 2 советника, 3 специалиста)» read 6 with no side: a count
   followed by a bracket took its side from the words after it only («8 человек (Республика Беларусь)»), and a
   bracket of posts names none. Now, when those words name no side and a side's label stands before the dash
   or colon, the label says whose people they are (6 foreign). «Смоленская делегация – 6 человек (…)» stays
   home, «делегация – 6 человек (…)» stays of no side, a name in quotes is no label.
2. «ч.» after a number is «человек» where people are counted: in a participants cell (or a count column), or
   after a participation word in its sentence («приняли участие порядка 50 ч.»); it stays hours after a time
   word («продолжительностью 2 ч.», «в 15 ч.», «с 10 ч. до 12 ч.», «в течение 3 ч.»), before minutes («15 ч.
   30 мин.»), with a fraction («1,5 ч.») or a word of time in its clause («72 ч. (академических)», «3 ч.
   занятий»), and outside a people cell without a participation word («Обучение 72 ч.»). «12 ч-к» is always
   people. The twelfth round's strict xfail «порядка 50 ч.» (Ульяновская область, event 2) now passes.
3. A SYNTHETIC report of a region not used before (Тверская область, IV quarter 2025, a TAB text dump,
   tests/fixtures/build_next_reports13.py) in a template no fixture had: «Сроки» before «Наименование»,
   «Участники» before «Место», sub-items «1.1», «1.2» under sector headings «1. …», «2. …», a «Итого:» row at the
   end; dates «02–04.12.2025», «2-4 декабря 2025 г.», «в течение ноября 2025 г.»; counts «порядка 40 ч.», «около
   двух десятков артистов», «двое (…)», «пятеро мастеров …, 30 чел-к …»; «Объединённые» with ё, a partner in
   Latin script. Read as a person reads it; rules 1 and 2 were what main missed (events 1 and 2).
4. A second SYNTHETIC report (Тамбовская область, IV quarter 2025, a Word table) in another template: one column
   «Сроки и место проведения» («02.10.2025, г. Минск (Республика Беларусь)», «IV квартал 2025 г., г. Тамбов»,
   «1-я декада декабря 2025 г., онлайн»), a count column «Кол-во участников (чел.)» beside «Состав участников»,
   sector headings merged over the row; «трое (…)» after a side's colon, «около двух десятков ч-к» (rule 2: «ч-к»
   after a number in words too), a side before a dash and a bracket of posts (rule 1), a company named in Latin
   script, «Всё» and «Объединённые» with ё.

On main (parser 1.10.15) 29 of the 78 cases here fail: 10 of rule 1 (the count with a bracket after it), 14 of
rule 2 (every people case, «ч-к» included; the hours controls passed there, as nothing read «ч.», and so did the
quotes controls of rule 1), 2 of the Тверская report (events 1 and 2: rules 2 and 1) and 3 of the Тамбовская
(«трое (…)» after «Делегация ОАЭ:», «около двух десятков ч-к», «Китайская сторона – 8 человек (…)»); the rest of
both reports was read already.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from etl.attendance import parse_attendance
from etl.normalize import build_report, row_attendance
from etl.read import read_bytes
from etl.title import home_of

P = pytest.param
SMOLENSK = "Смоленская область"


def _read(text: str, region: str = SMOLENSK) -> tuple[int | None, int | None, bool]:
    found = row_attendance({"participants": text}, home_of(region).mentioned_in)
    return found.total, found.foreign, found.lower_bound


# ---------- 1. a side before a dash or colon owns its count, a bracket after it or not ----------

@pytest.mark.parametrize("cell, expected", [
    P("Казахстанская делегация – 6 человек (министр, 2 советника, 3 специалиста)", (6, 6, False), id="brief_case"),
    P("делегация Республики Беларусь: 4 чел. (министр, 3 советника)", (4, 4, False), id="genitive_country_colon"),
    P("Узбекская сторона — 3 представителя (ректор, 2 профессора)", (3, 3, False), id="side_em_dash"),
    P("от Китая – 2 человека (министр и переводчик)", (2, 2, False), id="from_a_country"),
    P("Делегация провинции Хэйлунцзян – 5 человек (вице-губернатор, 4 сотрудника)", (5, 5, False),
      id="foreign_region"),
    P("Казахстанская делегация – 6 человек (министр, 2 советника, 3 специалиста), 10 смоленских студентов",
      (16, 6, False), id="then_home_people"),
    P("Монгольская сторона: 7 чел. (в т.ч. министр), российская сторона: 12 чел.", (19, 7, False),
      id="two_sides_subset_bracket"),
    P("Делегация Монголии – 8 человек (министр, 2 советника), 15 российских участников", (23, 8, False),
      id="posts_bracket_then_home"),
    P("Гости из Киргизии – 9 человек (артисты ансамбля)", (9, 9, False), id="guests_from_bracket_of_words"),
    P("Белорусская делегация: 11 человек (спортсмены и тренеры)", (11, 11, False), id="colon_plural_posts"),
])
def test_a_side_labelled_before_owns_the_count(cell, expected):
    assert _read(cell) == expected


@pytest.mark.parametrize("cell, expected", [
    P("Казахстанская делегация – 6 человек", (6, 6, False), id="no_bracket_as_before"),
    P("Смоленская делегация – 6 человек (министр, 2 советника, 3 специалиста)", (6, None, False),
      id="home_side_stays_home"),
    P("делегация – 6 человек (министр, 2 советника, 3 специалиста)", (6, None, False), id="no_side_stays_none"),
    P("Участники: 6 человек (министр, 2 советника, 3 специалиста)", (6, None, False), id="a_label_of_people_only"),
    P("Российская сторона – 20 человек (в т.ч. 5 онлайн)", (20, None, False), id="home_side_with_online_bracket"),
    P("8 человек (Республика Беларусь)", (8, 8, False), id="bracket_side_after_as_before"),
])
def test_controls_of_the_side_before(cell, expected):
    assert _read(cell) == expected


@pytest.mark.parametrize("text, foreign", [
    P("Выставка «Москва – Париж: 1900–1930»", None, id="label_in_quotes_is_a_name"),
    P("Межрегиональный форум «Оренбург – Актобе: 25 лет партнёрства»", None, id="dash_in_quotes"),
])
def test_a_label_in_quotes_is_no_side(text, foreign):
    assert parse_attendance(text, home_of(SMOLENSK).mentioned_in, bare_numbers=True).foreign == foreign


# ---------- 2. «ч.» after a number: people where people are counted, else hours ----------

@pytest.mark.parametrize("cell, expected", [
    P("порядка 50 ч.", (50, None, False, True), id="poryadka_50_ch"),
    P("Участники: 35 ч.", (35, None, False, False), id="after_a_label"),
    P("около 40 ч. (в т.ч. 12 иностранных)", (40, 12, False, True), id="with_foreign_breakdown"),
    P("Делегация Республики Беларусь – 7 ч.", (7, 7, False, False), id="a_side_before"),
    P("свыше 100 ч.", (100, None, True, False), id="lower_bound"),
    P("12 ч-к", (12, None, False, False), id="ch_k"),
    P("около двух десятков ч-к", (20, None, False, True), id="ch_k_after_number_words"),
    P("семь ч-к из Монголии", (7, 7, False, False), id="ch_k_after_a_word_foreign"),
    P("30 ч., продолжительность мероприятия – 2 ч.", (30, None, False, False), id="people_then_duration"),
    P("студенты – 25 ч, преподаватели – 4 ч", (29, None, False, False), id="no_dot_two_groups"),
])
def test_ch_counts_people_in_a_participants_cell(cell, expected):
    found = row_attendance({"participants": cell}, home_of(SMOLENSK).mentioned_in)
    assert (found.total, found.foreign, found.lower_bound, found.approximate) == expected


@pytest.mark.parametrize("cell", [
    P("продолжительностью 2 ч.", id="duration"),
    P("в 15 ч.", id="time_of_day"),
    P("с 10 ч. до 12 ч.", id="span_of_hours"),
    P("15 ч. 30 мин.", id="hours_and_minutes"),
    P("1,5 ч.", id="fraction"),
    P("в течение 3 ч.", id="v_techenie"),
    P("72 ч. (академических)", id="academic_hours_in_a_bracket"),
    P("студенты, 3 ч. занятий", id="hours_of_classes"),
])
def test_ch_stays_hours_after_a_time_word(cell):
    assert row_attendance({"participants": cell}, home_of(SMOLENSK).mentioned_in).total is None


@pytest.mark.parametrize("text, total", [
    P("В мероприятии приняли участие порядка 50 ч.", 50, id="took_part"),
    P("Семинар продолжительностью 2 ч. собрал 40 ч.", 40, id="duration_then_gathered"),
    P("На концерте присутствовали 120 ч.", 120, id="were_present"),
    P("Мероприятие длилось 3 ч.", None, id="lasted_no_people_word"),
    P("Обучение 72 ч.", None, id="training_hours"),
    P("Начало в 15 ч., гостей – 20 ч.", 20, id="time_then_guests"),
])
def test_ch_in_prose_needs_a_participation_word(text, total):
    assert parse_attendance(text, home_of(SMOLENSK).mentioned_in).total == total


# ---------- 3. the SYNTHETIC Тверская область report, read as a person reads it ----------

TVER_REPORT = Path(__file__).resolve().parents[1] / "fixtures" / "synthetic_tver_2025q4_next_report13.txt"


@pytest.fixture(scope="module")
def tver():
    return build_report(read_bytes(TVER_REPORT.read_bytes(), TVER_REPORT.name))


def test_the_report_is_tver_q4_2025_with_five_events_and_its_total_a_note(tver):
    assert (tver.region, tver.year, tver.quarter) == ("Тверская область", 2025, 4)
    assert [e.n for e in tver.events] == [1, 2, 3, 4, 5]
    assert [note.text for note in tver.notes] == ["Итого: 5 мероприятий"]


@pytest.mark.parametrize("n, title", [
    P(1, "Бизнес-миссия тверских предприятий в Объединённые Арабские Эмираты", id="dates_column_first"),
    P(2, "Визит делегации Республики Беларусь (Minsk City Executive Committee)", id="latin_partner_name"),
    P(5, "Мастер-класс узбекских мастеров керамики", id="last_sub_item"),
])
def test_titles(tver, n, title):
    assert tver.events[n - 1].title == title


@pytest.mark.parametrize("n, sector", [
    P(1, "Экономика и торговля", id="heading_1"),
    P(2, "Экономика и торговля", id="sub_item_1_2"),
    P(3, "Культура", id="heading_2"),
    P(5, "Культура", id="sub_item_2_3"),
])
def test_sectors(tver, n, sector):
    assert tver.events[n - 1].sector == sector


@pytest.mark.parametrize("n, start, end", [
    P(1, "2025-12-02", "2025-12-04", id="02_04_12_2025"),
    P(2, "2025-12-02", "2025-12-04", id="2_4_dekabrya"),
    P(3, "2025-11-01", "2025-11-30", id="v_techenie_noyabrya"),
    P(4, "2025-11-18", "2025-11-18", id="one_day"),
])
def test_dates(tver, n, start, end):
    event = tver.events[n - 1]
    assert (str(event.start_date), str(event.end_date)) == (start, end)


@pytest.mark.parametrize("n, total, foreign, approximate", [
    P(1, 40, None, True, id="poryadka_40_ch"),
    P(2, 6, 6, False, id="side_before_dash_bracket_of_posts"),
    P(3, 20, 20, True, id="okolo_dvuh_desyatkov"),
    P(4, 2, None, False, id="dvoe_no_side"),
    P(5, 35, 5, False, id="pyatero_and_chel_k"),
])
def test_attendance(tver, n, total, foreign, approximate):
    event = tver.events[n - 1]
    assert (event.attendance_total, event.attendance_foreign, event.attendance_approximate) == \
        (total, foreign, approximate)


@pytest.mark.parametrize("n, partners", [
    P(1, ["AE"], id="uae_with_yo"),
    P(2, ["BY"], id="belarus"),
    P(3, ["KZ"], id="kazakhstan"),
    P(4, ["CN"], id="china"),
    P(5, ["UZ"], id="uzbekistan"),
])
def test_partners(tver, n, partners):
    assert sorted(tver.events[n - 1].partner_countries) == partners


def test_agreement_format_and_venue(tver):
    first = tver.events[0]
    assert (first.agreement, first.format, first.venue_city, first.venue_country) == ("signed", "in_person", "Дубай", "AE")


# ---------- 4. the SYNTHETIC Тамбовская область report (Word, «Сроки и место проведения» in one column) ----------

TAMBOV_REPORT = Path(__file__).resolve().parents[1] / "fixtures" / "synthetic_tambov_2025q4_next_report13.docx"


@pytest.fixture(scope="module")
def tambov():
    return build_report(read_bytes(TAMBOV_REPORT.read_bytes(), TAMBOV_REPORT.name))


def test_the_tambov_report_has_four_events(tambov):
    assert (tambov.region, tambov.year, tambov.quarter) == ("Тамбовская область", 2025, 4)
    assert [(e.n, e.sector) for e in tambov.events] == [(1, "Сельское хозяйство"), (2, "Сельское хозяйство"),
                                                         (3, "Культура"), (4, "Культура")]


@pytest.mark.parametrize("n, start, end, city, country", [
    P(1, "2025-10-02", "2025-10-02", "Минск", "BY", id="date_then_foreign_city"),
    P(2, "2025-11-12", "2025-11-14", "Тамбов", "RU", id="range_then_home_city"),
    P(3, "2025-10-01", "2025-12-31", "Тамбов", "RU", id="the_quarter"),
    P(4, "2025-12-01", "2025-12-10", None, "RU", id="first_decade_online"),
])
def test_dates_and_place_from_one_column(tambov, n, start, end, city, country):
    event = tambov.events[n - 1]
    assert (str(event.start_date), str(event.end_date), event.venue_city, event.venue_country) == \
        (start, end, city, country)


@pytest.mark.parametrize("n, total, foreign, approximate", [
    P(1, 12, None, False, id="count_column_home_people"),
    P(2, 3, 3, False, id="troe_after_a_sides_colon"),
    P(3, 20, 5, True, id="okolo_dvuh_desyatkov_ch_k"),
    P(4, 25, 8, False, id="count_column_and_side_before_a_bracket"),
])
def test_tambov_attendance(tambov, n, total, foreign, approximate):
    event = tambov.events[n - 1]
    assert (event.attendance_total, event.attendance_foreign, event.attendance_approximate) == \
        (total, foreign, approximate)


@pytest.mark.parametrize("n, partners, fmt, agreement", [
    P(1, ["BY"], "in_person", "signed", id="contracts_in_minsk"),
    P(2, ["AE"], "in_person", "signed", id="uae_with_yo_memorandum"),
    P(3, ["CN"], "in_person", None, id="festival_with_yo_in_its_name"),
    P(4, ["CN"], "online", "verbal", id="videoconference_agreed_programme"),
])
def test_tambov_partners_format_agreement(tambov, n, partners, fmt, agreement):
    event = tambov.events[n - 1]
    assert (sorted(event.partner_countries), event.format, event.agreement) == (partners, fmt, agreement)
