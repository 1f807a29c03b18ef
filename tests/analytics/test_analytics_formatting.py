"""Russian numbers, dates, periods and plural forms as they appear on screen and in exports."""
from datetime import date

import pandas as pd
import pytest

from analytics.formatting import (AGREEMENTS, COUNTRIES, EVENTS, PEOPLE, count_phrase, format_attendance, format_datetime,
                                  format_attendances, format_date, format_date_range, format_date_ranges,
                                  format_int, format_ints, format_percent, format_quarter, month_label, plural_ru)


@pytest.mark.parametrize("n, expected", [
    pytest.param(1, "1 мероприятие", id="one"),
    pytest.param(2, "2 мероприятия", id="two"),
    pytest.param(4, "4 мероприятия", id="four"),
    pytest.param(5, "5 мероприятий", id="five"),
    pytest.param(11, "11 мероприятий", id="eleven_is_many"),
    pytest.param(12, "12 мероприятий", id="twelve_is_many"),
    pytest.param(14, "14 мероприятий", id="fourteen_is_many"),
    pytest.param(21, "21 мероприятие", id="twenty_one"),
    pytest.param(22, "22 мероприятия", id="twenty_two"),
    pytest.param(31, "31 мероприятие", id="thirty_one_culture"),
    pytest.param(78, "78 мероприятий", id="sample_total"),
    pytest.param(0, "0 мероприятий", id="zero"),
    pytest.param(111, "111 мероприятий", id="hundred_eleven"),
    pytest.param(1001, "1 001 мероприятие", id="thousand_one"),
])
def test_event_count_phrase(n, expected):
    assert count_phrase(n, EVENTS) == expected


@pytest.mark.parametrize("noun, n, expected", [
    (COUNTRIES, 14, "14 стран"), (COUNTRIES, 3, "3 страны"), (COUNTRIES, 1, "1 страна"),
    (PEOPLE, 1600, "1 600 человек"), (PEOPLE, 2, "2 человека"), (AGREEMENTS, 2, "2 соглашения"),
])
def test_other_nouns(noun, n, expected):
    assert count_phrase(n, noun) == expected


def test_english_plural():
    assert count_phrase(1, EVENTS, "en") == "1 event"
    assert count_phrase(1600, EVENTS, "en") == "1,600 events"


def test_plural_ru_negative_uses_absolute_value():
    assert plural_ru(-21, EVENTS[0]) == "мероприятие"


@pytest.mark.parametrize("value, expected", [
    pytest.param(1600, "1 600", id="report_number"),
    pytest.param(13653, "13 653", id="sample_total"),
    pytest.param(1234567, "1 234 567", id="million"),
    pytest.param(999, "999", id="no_separator"),
    pytest.param(None, "—", id="none"),
    pytest.param(float("nan"), "—", id="nan"),
    pytest.param(pd.NA, "—", id="pandas_na"),
])
def test_format_int(value, expected):
    assert format_int(value) == expected


def test_format_attendance_marks_lower_bound():
    assert format_attendance(1600, True) == "≥ 1 600"
    assert format_attendance(1600, False) == "1 600"
    assert format_attendance(None, True) == "—"


def test_percent_uses_decimal_comma():
    assert format_percent(0.125) == "12,5 %"
    assert format_percent(0.125, "en") == "12.5%"


@pytest.mark.parametrize("start, end, expected", [
    pytest.param(date(2024, 9, 25), None, "25 сентября 2024", id="single_day"),
    pytest.param(date(2024, 9, 26), date(2024, 9, 28), "26–28 сентября 2024", id="range_in_month"),
    pytest.param(date(2024, 9, 30), date(2024, 10, 1), "30 сентября – 1 октября 2024", id="range_across_months"),
    pytest.param(date(2024, 12, 30), date(2025, 1, 2), "30 декабря 2024 – 2 января 2025", id="across_years"),
    pytest.param(pd.Timestamp("2024-11-16"), pd.Timestamp("2024-11-16"), "16 ноября 2024", id="same_day_timestamps"),
    pytest.param(None, None, "—", id="missing"),
    pytest.param(pd.NaT, pd.NaT, "—", id="missing_nat"),
    pytest.param(pd.NaT, pd.Timestamp("2024-11-16"), "—", id="end_without_start"),
    pytest.param(pd.Timestamp("2024-11-16"), pd.NaT, "16 ноября 2024", id="start_without_end_nat"),
])
def test_date_range(start, end, expected):
    assert format_date_range(start, end) == expected


def test_date_range_of_a_registry_row_without_a_start_date():
    """A DuckDB DATE column with a NULL comes back as NaT in the frame the Реестр formats."""
    import duckdb

    frame = duckdb.sql("SELECT NULL::DATE AS start_date, NULL::DATE AS end_date").df()
    row = frame.iloc[0]
    assert format_date_range(row["start_date"], row["end_date"]) == "—"
    assert format_date(row["start_date"]) == "—"


_RANGES = [(date(2024, 9, 25), None), (date(2024, 9, 26), date(2024, 9, 28)), (date(2024, 9, 30), date(2024, 10, 1)),
           (date(2024, 12, 30), date(2025, 1, 2)), (None, None), (pd.NaT, date(2024, 1, 1)),
           (date(2024, 2, 29), date(2024, 2, 29)), (date(2023, 1, 1), date(2023, 12, 31))]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_column_formatters_equal_the_one_value_ones(lang):
    starts, ends = zip(*_RANGES)
    expected = [format_date_range(a, b, lang) for a, b in _RANGES]
    assert list(format_date_ranges(list(starts), list(ends), lang)) == expected
    counts = [0, 7, 1600, 1234567, None, float("nan"), 999, 1000]
    bounds = [False, True, True, False, True, None, False, True]
    assert list(format_ints(counts, lang)) == [format_int(v, lang) for v in counts]
    assert list(format_attendances(counts, bounds, lang)) == [
        format_attendance(v, bool(b), lang) for v, b in zip(counts, bounds)]


def test_dates_and_periods():
    assert format_date(date(2024, 9, 25)) == "25 сентября 2024"
    assert format_date(date(2024, 9, 25), "en") == "25 September 2024"
    assert format_quarter(2024, 4) == "IV кв. 2024"
    assert format_quarter(2024, 4, "en") == "Q4 2024"
    assert month_label("2024-11") == "ноябрь 2024"
    assert month_label("2024-11", short=True) == "нояб. 2024"
    assert month_label("2024-11", "en") == "November 2024"


@pytest.mark.parametrize(("value", "lang", "expected"), [
    ("2026-11-27 03:04:06", "ru", "27 ноября 2026, 03:04"),
    (pd.Timestamp("2026-01-05 18:30"), "en", "5 January 2026, 18:30"),
    (None, "ru", "—"),
    (pd.NaT, "en", "—"),
])
def test_a_moment_is_written_in_the_apps_date_style(value, lang, expected):
    """The loads log wrote '2026-11-27 03:04:06' where the rest of the app writes '27 ноября 2026'."""
    assert format_datetime(value, lang) == expected
