"""The next report, fourteenth round: the thirteenth round's leftovers, each a general rule with varied cases and
controls, and two SYNTHETIC reports of regions no fixture had, each in a template no fixture had.

1. A sector heading typed in two cells of a TAB text dump (a Word table copied into Notepad): «1.» TAB
   «Экономика», «II» TAB «Культура», «Раздел 3» TAB «Образование», above event rows numbered «1.1», «1.2» (or
   «1», «2»). The short line was taken for the start of a row its own line breaks split, so the next event's row
   was joined onto it (its number, «1.1», became the heading's second line, its dates the title) and the heading
   was lost. Now a short row of a heading number and a short name (a known sector's, or any under a Roman number
   or «Раздел») followed by a line that opens an event row of its own is that heading; the same two cells with
   the rest of the row empty (trailing TABs) are one too, whichever column the second cell is. Controls: an event
   row «1.» TAB «Визит делегации …» TAB dates stays an event, and a row split by a cell's own line break still
   joins its next line (even one opening with a number).
2. Counts in words with a range or a multiple of ten or a hundred. «два-три десятка участников» read 30 (the
   second end), «пять-шесть человек» 11 (the ends added), «2-3 десятка человек», «2-3 сотни участников»
   nothing: a range in words is now read as the range in digits is (20–30 → 20 with the lower-bound flag and 30
   in an info issue). «с десяток человек», «с сотню гостей» are about 10, 100 (like «около десятка»); «десяток
   человек», «сотня гостей» are 10 and 100 (like «два десятка» = 20, not flagged), while «десятка лучших»,
   «сотни участников» stay no number. A participants cell of nothing but a count in words («полтора десятка»,
   «более сотни», «порядка трёхсот», «около двух десятков», «с десяток») is a head count as «около 40» alone is
   (was none: a bare number needed digits). «несколько десятков человек», «десятки», «сотни» stay no number, as
   the phrasings battery decided.
3. SYNTHETIC reports (tests/fixtures/build_next_reports14.py): see the sections below.

On main (parser 1.10.18) N of the M cases here fail (filled in below).
"""
from __future__ import annotations

import pytest

from etl.attendance import parse_attendance
from etl.normalize import build_report, row_attendance
from etl.read import read_bytes
from etl.title import home_of

P = pytest.param
SMOLENSK = "Смоленская область"

# ---------- 1. a sector heading typed in two cells of a TAB dump ----------

TITLE = "Информация о международных связях Калужской области за IV квартал 2025 г. (SYNTHETIC, test_etl_next_reports14)"
DATES_FIRST = ("№", "Сроки", "Наименование мероприятия", "Участники", "Место проведения", "Результат")
TITLE_FIRST = ("№ п/п", "Наименование мероприятия", "Дата проведения", "Место проведения", "Участники", "Итоги")


def _event(header: tuple[str, ...], number: str, title: str, dates: str, people: str = "10 человек",
           place: str = "г. Калуга", result: str = "—") -> tuple[str, ...]:
    by_role = {"Сроки": dates, "Дата проведения": dates, "Наименование мероприятия": title, "Участники": people,
               "Место проведения": place, "Результат": result, "Итоги": result}
    return (number,) + tuple(by_role[h] for h in header[1:])


def _dump(header: tuple[str, ...], rows: list[tuple[str, ...]], trailing: bool = False, line_end: str = "\n") -> bytes:
    lines = [TITLE, "\t".join(header)]
    for row in rows:
        cells = list(row) + ([""] * (len(header) - len(row)) if trailing else [])
        lines.append("\t".join(cells))
    return (line_end.join(lines) + line_end).encode("utf-8")


def _events(data: bytes) -> list[tuple[int, str | None, str, str]]:
    report = build_report(read_bytes(data, "report.txt"))
    return [(e.n, e.sector, e.title, str(e.start_date)) for e in report.events]


def _three(header, first, second, numbers=("1.1", "1.2", "2.1")):
    return [first,
            _event(header, numbers[0], "Визит делегации Республики Беларусь", "02.12.2025"),
            _event(header, numbers[1], "Встреча с Генеральным консулом Китая", "05.12.2025"),
            second,
            _event(header, numbers[2], "Концерт казахстанского ансамбля «Сазген»", "10.11.2025")]


EXPECTED_TITLES = ["Визит делегации Республики Беларусь", "Встреча с Генеральным консулом Китая",
                   "Концерт казахстанского ансамбля «Сазген»"]
EXPECTED_DATES = ["2025-12-02", "2025-12-05", "2025-11-10"]


@pytest.mark.parametrize("header, first, second, sectors, trailing, numbers", [
    P(DATES_FIRST, ("1.", "Экономика"), ("2.", "Культура"), ("Экономика", "Культура"), False,
      ("1.1", "1.2", "2.1"), id="digit_dot_dates_first"),
    P(DATES_FIRST, ("II", "Культура"), ("III", "Образование"), ("Культура", "Образование"), False,
      ("2.1", "2.2", "3.1"), id="roman"),
    P(TITLE_FIRST, ("Раздел 3", "Образование"), ("Раздел 4", "Спорт"), ("Образование", "Спорт"), False,
      ("3.1", "3.2", "4.1"), id="razdel_title_first"),
    P(TITLE_FIRST, ("1", "Торгово-экономическое сотрудничество"), ("2", "Молодёжная политика"),
      ("Торгово-экономическое сотрудничество", "Молодёжная политика"), False, ("1", "2", "1"),
      id="plain_numbers_restarting"),
    P(DATES_FIRST, ("IV.", "Здравоохранение"), ("V.", "Туризм"), ("Здравоохранение", "Туризм"), True,
      ("4.1", "4.2", "5.1"), id="roman_dot_trailing_tabs_dates_column"),
    P(TITLE_FIRST, ("Раздел I", "Наука и образование"), ("Раздел II", "Культура и искусство"),
      ("Наука и образование", "Культура и искусство"), True, ("1.1", "1.2", "2.1"), id="razdel_roman_trailing"),
    P(DATES_FIRST, ("2)", "Сельское хозяйство"), ("3)", "Прочие мероприятия"), ("Сельское хозяйство", None), False,
      ("2.1", "2.2", "3.1"), id="bracket_numbers_unknown_second_name"),
])
def test_a_heading_typed_in_two_cells_heads_its_events(header, first, second, sectors, trailing, numbers):
    found = _events(_dump(header, _three(header, first, second, numbers), trailing))
    assert [title for _, _, title, _ in found] == EXPECTED_TITLES
    assert [start for _, _, _, start in found] == EXPECTED_DATES
    got = [sector for _, sector, _, _ in found]
    assert got[:2] == [sectors[0]] * 2
    # «3) Прочие мероприятия»: a numbered name of no known sector is a heading only under a Roman number or
    # «Раздел», so here the row stays what it was before (not the point of the case: the first heading is)
    if sectors[1] is not None:
        assert got[2] == sectors[1]


def test_crlf_and_a_second_heading_right_after_the_first():
    rows = [("1.", "Международное сотрудничество"), ("1.1.", "Культура"),
            _event(DATES_FIRST, "1.1.1", "Гастроли белорусского театра", "12.10.2025"),
            ("1.2.", "Спорт"),
            _event(DATES_FIRST, "1.2.1", "Турнир по дзюдо с участием спортсменов Сербии", "20.11.2025")]
    found = _events(_dump(DATES_FIRST, rows, line_end="\r\n"))
    assert [(sector, title) for _, sector, title, _ in found] == [
        ("Культура", "Гастроли белорусского театра"), ("Спорт", "Турнир по дзюдо с участием спортсменов Сербии")]


def test_control_an_event_row_numbered_like_a_heading_stays_an_event():
    rows = [("1.", "02.12.2025", "Визит делегации провинции Хэйлунцзян", "8 человек", "г. Калуга", "—"),
            ("2.", "Культура"),
            ("3.", "10.12.2025", "Выставка «Образование»", "20 человек", "г. Калуга", "—")]
    found = _events(_dump(DATES_FIRST, rows))
    assert [(n, title, start) for n, _, title, start in found][0] == \
        (1, "Визит делегации провинции Хэйлунцзян", "2025-12-02")
    assert found[-1][2:] == ("Выставка «Образование»", "2025-12-10")


def test_control_a_row_split_by_its_own_line_break_still_joins():
    # «Участники:» then «12» on the next line: the cell's own line break, not a heading (more than two cells)
    rows = [("1", "Визит делегации Республики Беларусь", "02.12.2025", "г. Калуга", "Участники:"),
            ("12", "Подписано соглашение"),
            ("2", "Встреча с послом Армении", "05.12.2025", "г. Калуга", "5 человек", "—")]
    report = build_report(read_bytes(_dump(TITLE_FIRST, rows), "report.txt"))
    assert [(e.n, e.title, e.attendance_total, e.agreement) for e in report.events] == [
        (1, "Визит делегации Республики Беларусь", 12, "signed"), (2, "Встреча с послом Армении", 5, None)]


def test_control_a_sector_name_with_an_event_word_is_no_heading_in_a_cell_pair():
    # «1. | Выставка» is an event's title with the rest of the row lost, not a heading (an event's kind)
    from etl.layout import heading_in_cells
    assert heading_in_cells(("1.", "Выставка")) is None
    assert heading_in_cells(("5", "Форум 2025")) is None
    assert heading_in_cells(("1.", "Экономика", "02.12.2025")) is None
    assert heading_in_cells(("II", "Культура")) == "II Культура"


# ---------- 2. counts in words: ranges, «с десяток», a count in words alone ----------

def _cell(text: str, role: str = "participants") -> tuple:
    found = row_attendance({role: text}, home_of(SMOLENSK).mentioned_in)
    return found.total, found.lower_bound, found.approximate


@pytest.mark.parametrize("cell, expected", [
    P("2-3 десятка человек", (20, True, False), id="digits_tens"),
    P("два-три десятка участников", (20, True, False), id="words_tens"),
    P("двух-трёх десятков гостей", (20, True, False), id="genitive_tens_yo"),
    P("около двух – трёх десятков зрителей", (20, True, True), id="about_spaced_dash"),
    P("2–3 сотни участников", (200, True, False), id="digits_hundreds"),
    P("полтора-два десятка студентов", (15, True, False), id="one_and_a_half_to_two_tens"),
    P("пять-шесть человек", (5, True, False), id="words_no_multiple_not_a_sum"),
    P("десять—пятнадцать волонтёров", (10, True, False), id="em_dash_words"),
    P("двое-трое специалистов", (2, True, False), id="collective_numerals"),
    P("две-три тысячи зрителей", (2000, True, False), id="thousands_in_words"),
])
def test_a_range_in_words_is_its_lower_end(cell, expected):
    assert _cell(cell) == expected


def test_a_range_in_words_names_its_upper_end():
    found = row_attendance({"participants": "два-три десятка участников"}, home_of(SMOLENSK).mentioned_in)
    assert (found.total, found.upper) == (20, 30)
    assert any("верхняя 30" in issue.message for issue in found.issues)


@pytest.mark.parametrize("cell, expected", [
    P("с десяток человек", (10, False, True), id="s_desyatok"),
    P("С десяток иностранных гостей", (10, False, True), id="s_desyatok_capital"),
    P("с сотню зрителей", (100, False, True), id="s_sotnyu"),
    P("десяток человек", (10, False, False), id="desyatok"),
    P("сотня участников", (100, False, False), id="sotnya"),
    P("полтора десятка", (15, False, False), id="alone_poltora_desyatka"),
    P("с десяток", (10, False, True), id="alone_s_desyatok"),
    P("более сотни", (100, True, False), id="alone_bolee_sotni"),
    P("около сотни", (100, False, True), id="alone_okolo_sotni"),
    P("порядка трёхсот", (300, False, True), id="alone_poryadka_trekhsot"),
    P("около двух десятков", (20, False, True), id="alone_okolo_dvukh_desyatkov"),
    P("два-три десятка", (20, True, False), id="alone_range_words"),
    P("2-3 десятка", (20, True, False), id="alone_range_digits_tens"),
    P("пятнадцать", (15, False, False), id="alone_fifteen"),
])
def test_counts_in_words_read(cell, expected):
    assert _cell(cell) == expected


@pytest.mark.parametrize("cell", [
    P("полтора десятка", id="column_poltora"),
    P("порядка трёхсот", id="column_poryadka"),
])
def test_a_count_column_reads_words_as_before(cell):
    assert _cell(cell, "attendance")[0] is not None


@pytest.mark.parametrize("cell", [
    P("несколько десятков человек", id="several_tens"),
    P("несколько десятков", id="several_tens_alone"),
    P("десятки", id="tens_alone"),
    P("сотни участников", id="hundreds"),
    P("вошли в десятку лучших спортсменов", id="top_ten"),
    P("в 2-3 раза больше участников, чем в прошлом году", id="times_not_people"),
    P("детей пяти-шести лет", id="ages"),
    P("российско-китайский форум", id="hyphenated_adjective"),
])
def test_no_number_controls(cell):
    assert _cell(cell)[0] is None


@pytest.mark.parametrize("text, total", [
    P("В концерте приняли участие два-три десятка артистов из Казахстана", 20, id="prose_range"),
    P("На встрече присутствовал с десяток журналистов", 10, id="prose_s_desyatok"),
    P("Выставку посетило около 300 человек, в т.ч. 2-3 десятка иностранцев", 300, id="part_stays_a_part"),
])
def test_in_prose(text, total):
    assert parse_attendance(text, home_of(SMOLENSK).mentioned_in).total == total
