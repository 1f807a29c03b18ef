"""The next report, fifteenth round: three leftovers of earlier rounds, each a general rule with varied cases and
controls, and two SYNTHETIC reports of regions no fixture had, each in a template no fixture had.

1. Roman-numeral months with no day, written before a year: «XI.2025», «XI 2025 г.», «XI–XII 2025», «X-XII.2025»,
   «с X по XII 2025 г.» (were unread: only a day before the numeral made it a month), and a day before a Roman
   month with no year after it at the cell's end or before a dash («3 XI», «3–5 XI», «28 XI – 2 XII 2025»).
   Controls: a numeral before a word is an ordinal, not a month («XI Форум регионов», «XXV съезд», «IV квартал» as
   the quarter, the heading «XI. Культура», «Форум-XI 2025»).
2. Vague parts of a year or a quarter, read as a month's parts are («в начале декабря» = 1–10): of a quarter its
   first, second or last month («в конце IV квартала» = December, «в начале квартала» = the report's quarter's first
   month), of a year its first quarter, the middle two or the last («в конце года» = October–December of the
   report's year, «в начале 2026 года» = January–March 2026). Were unread. Controls: «в конце концов», and the month
   parts read before («конец октября – начало ноября»).
3. A partner written in Latin letters joined by hyphens or underscores, in small letters or in capitals
   («uzbekistan-airways», «HANOI-UNIVERSITY», «belarusian_state_university», «Uzbekistan-based») names its country
   (was none: only a capitalised word standing alone was looked up). Controls: «Jordan», «Georgia», «Korea» in any
   writing, small letters alone («china», «turkish delight»), a Russian city («moscow-city»).
4–5. The SYNTHETIC reports (tests/fixtures/build_next_reports15.py), read as a person reads them.

On main (parser 1.10.21) FAILCOUNT of the CASECOUNT cases here fail (see the end of the docstring for the split).
"""
from __future__ import annotations

from datetime import date

import pytest

from etl.dates import parse_dates
from etl.geo import latin_countries

P = pytest.param

# ---------- 1. Roman-numeral months ----------

ROMAN_MONTHS = [
    P("XI.2025", date(2025, 11, 1), date(2025, 11, 30), id="month_dot_year"),
    P("XI 2025 г.", date(2025, 11, 1), date(2025, 11, 30), id="month_space_year_g"),
    P("в X.2025", date(2025, 10, 1), date(2025, 10, 31), id="v_month_dot_year"),
    P("XI–XII 2025", date(2025, 11, 1), date(2025, 12, 31), id="months_en_dash"),
    P("X-XII.2025", date(2025, 10, 1), date(2025, 12, 31), id="months_hyphen_dot"),
    P("с X по XII 2025 г.", date(2025, 10, 1), date(2025, 12, 31), id="s_po_months"),
    P("IX.2025 – I.2026", date(2025, 9, 1), date(2026, 1, 31), id="across_years"),
    P("3 XI", date(2025, 11, 3), date(2025, 11, 3), id="day_month_no_year"),
    P("3–5 XI", date(2025, 11, 3), date(2025, 11, 5), id="days_month_no_year"),
    P("28 XI – 2 XII 2025", date(2025, 11, 28), date(2025, 12, 2), id="day_month_dash_day_month_year"),
    P("12.XI.2025", date(2025, 11, 12), date(2025, 11, 12), id="read_before_dotted"),
    P("с 3.XI по 5.XI.2025", date(2025, 11, 3), date(2025, 11, 5), id="read_before_s_po"),
    P("3–5 XI 2025 г.", date(2025, 11, 3), date(2025, 11, 5), id="read_before_days_year"),
    P("ноябрь (XI) 2025", date(2025, 11, 1), date(2025, 11, 30), id="read_before_bracketed"),
]


@pytest.mark.parametrize("raw, start, end", ROMAN_MONTHS)
def test_roman_months(raw, start, end):
    found = parse_dates(raw, 2025, 4)
    assert (found.start, found.end) == (start, end)


ROMAN_NOT_MONTHS = [
    P("XI Форум регионов", id="forum_ordinal"),
    P("XI Форум регионов 2025", id="forum_ordinal_with_year"),
    P("XXV съезд", id="congress"),
    P("XI. Культура", id="sector_heading"),
    P("Форум-XI 2025", id="hyphenated_number_of_a_name"),
    P("III Международный фестиваль", id="festival_ordinal"),
]


@pytest.mark.parametrize("raw", ROMAN_NOT_MONTHS)
def test_roman_numerals_that_are_no_months(raw):
    found = parse_dates(raw, 2025, 4)
    assert found.start is None and found.end is None


def test_roman_quarter_stays_a_quarter():
    found = parse_dates("IV квартал 2025 г.", 2025, 4)
    assert (found.start, found.end) == (date(2025, 10, 1), date(2025, 12, 31))


# ---------- 2. parts of a year or a quarter ----------

PERIOD_PARTS = [
    P("в конце года", date(2025, 10, 1), date(2025, 12, 31), "конец года", id="end_of_year"),
    P("в начале 2026 года", date(2026, 1, 1), date(2026, 3, 31), "конец года", id="start_of_written_year"),
    P("середина 2025 г.", date(2025, 4, 1), date(2025, 9, 30), "конец года", id="middle_of_year"),
    P("конец текущего года", date(2025, 10, 1), date(2025, 12, 31), "конец года", id="end_of_this_year"),
    P("в конце IV квартала", date(2025, 12, 1), date(2025, 12, 31), "конец квартала", id="end_of_q4"),
    P("в начале квартала", date(2025, 10, 1), date(2025, 10, 31), "конец квартала", id="start_of_report_quarter"),
    P("в середине IV кв. 2025 г.", date(2025, 11, 1), date(2025, 11, 30), "конец квартала", id="middle_q_short"),
    P("конец 3-го квартала 2025 года", date(2025, 9, 1), date(2025, 9, 30), "конец квартала", id="end_q3_ordinal"),
    P("В конце четвёртого квартала", date(2025, 12, 1), date(2025, 12, 31), "конец квартала", id="end_q_word"),
    P("начало отчётного квартала", date(2025, 10, 1), date(2025, 10, 31), "конец квартала", id="start_reporting_q"),
]


@pytest.mark.parametrize("raw, start, end, said", PERIOD_PARTS)
def test_parts_of_a_year_or_quarter(raw, start, end, said):
    found = parse_dates(raw, 2025, 4)
    assert (found.start, found.end) == (start, end)
    word = said.split()[1]
    assert any(f"конец {word}" in issue.message and issue.severity == "info" for issue in found.issues)


MONTH_PARTS = [  # read before: the rule this round follows
    P("в начале декабря", date(2025, 12, 1), date(2025, 12, 10), id="start_of_december"),
    P("в середине ноября", date(2025, 11, 11), date(2025, 11, 20), id="middle_of_november"),
    P("конец октября – начало ноября", date(2025, 10, 21), date(2025, 11, 10), id="end_oct_start_nov"),
]


@pytest.mark.parametrize("raw, start, end", MONTH_PARTS)
def test_parts_of_a_month_as_before(raw, start, end):
    found = parse_dates(raw, 2025, 4)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize("raw", [P("в конце концов", id="idiom"), P("в начале пути", id="start_of_way"),
                                 P("конец квартала", id="no_report_quarter")])
def test_no_period_part(raw):
    found = parse_dates(raw, 2025, None)
    assert found.start is None


# ---------- 3. Latin partner names joined or in one case ----------

LATIN = [
    P("uzbekistan-airways", ["UZ"], id="hyphen_lower"),
    P("HANOI-UNIVERSITY", ["VN"], id="hyphen_upper"),
    P("belarusian_state_university", ["BY"], id="underscore_lower"),
    P("Uzbekistan-based logistics company", ["UZ"], id="hyphen_based"),
    P("UZBEKISTAN AIRWAYS", ["UZ"], id="capitals_spaced"),
    P("south-korea trade office", ["KR"], id="two_word_country_joined"),
    P("e-mail: info@kazakh-invest.kz", ["KZ"], id="address_words"),
    P("Shandong University of Science and Technology", ["CN"], id="capitalised_long_name"),
]


@pytest.mark.parametrize("text, countries", LATIN)
def test_latin_joined_or_one_case(text, countries):
    assert latin_countries([text]) == countries


LATIN_NONE = [
    P("jordan-airlines", id="jordan_joined"),
    P("GEORGIA-TECH", id="georgia_capitals"),
    P("KOREA", id="korea_capitals"),
    P("china", id="small_letters_alone"),
    P("turkish delight", id="small_letters_words"),
    P("moscow-city", id="russian_city"),
    P("Hyundai Motor", id="company_no_country"),
]


@pytest.mark.parametrize("text", LATIN_NONE)
def test_latin_names_of_no_country(text):
    assert latin_countries([text]) == []
