"""Date phrasings a clerk of another region writes that the parser had read wrong (not merely unread).

- «20-е числа ноября», «в 10-х числах декабря», «в первых числах декабря» are spans of the month's days: they had
  read as the single day 20 or 10, or as the whole month. «20-го числа» (singular) stays the day itself, and
  «первого числа декабря» — an ordinal word, then «числа» — is the 1st (it had read as the whole month).
- Two days joined by a slash before their month («4/5 декабря», «30/31 октября», «4/5.12.2025») are those two
  days: «4/5 декабря» had read as 4 May to 31 December, «4/5.12.2025» as 4 May 2012, «30/31 октября» as no date.
- A decade or half of the month numbered with a two-letter ending («1-ая декада», «во 2-ой декаде», «3-ья»,
  «в 3-ей», «в 1-ой половине») had read as the single day 1, 2 or 3.
- A move said in the dates cell without «с … на» («21.11.2025 (перенесено на 28.11.2025)», «…, перенос на 28
  ноября») takes the days it was moved to: the old date had been read, or a range from the old to the new.
  etl/status.py keeps such an event (moved inside the quarter) as held, so its dates must be the new ones.
- A range of quarters («III-IV кв. 2025», «IV кв. 2025 – I кв. 2026») or of years («2025–2026 гг.») had read
  no dates; now from the first one's first day to the last one's last, said as an info.

Only a move of the event itself counts: the remark opens with it or names the event or its date («подписание
соглашения перенесено на 2026 год» leaves the days).

On the code before this change 53 of the 76 cases fail (the controls pass on both).
"""
from __future__ import annotations

from datetime import date

import pytest

from etl.dates import parse_dates
from etl.status import not_held

NUMBERS_INFO = "указаны числа месяца, а не день: приняты их границы"
MOVED_INFO = "мероприятие перенесено: приняты даты после переноса"


def _read(raw: str) -> tuple[date | None, date | None]:
    found = parse_dates(raw, 2025, 4)
    return found.start, found.end


@pytest.mark.parametrize(("raw", "start", "end"), [
    ("20-е числа ноября", date(2025, 11, 20), date(2025, 11, 30)),
    ("в 20-х числах ноября", date(2025, 11, 20), date(2025, 11, 30)),
    ("в двадцатых числах октября 2025 г.", date(2025, 10, 20), date(2025, 10, 31)),
    ("20-ые числа декабря", date(2025, 12, 20), date(2025, 12, 31)),
    ("10-е числа декабря", date(2025, 12, 10), date(2025, 12, 19)),
    ("в 10-ых числах ноября 2025 года", date(2025, 11, 10), date(2025, 11, 19)),
    ("в десятых числах октября", date(2025, 10, 10), date(2025, 10, 19)),
    ("в первых числах декабря", date(2025, 12, 1), date(2025, 12, 10)),
    ("первые числа ноября 2025 г.", date(2025, 11, 1), date(2025, 11, 10)),
    ("в последних числах октября", date(2025, 10, 21), date(2025, 10, 31)),
    ("с 20-х чисел ноября", date(2025, 11, 20), date(2025, 11, 30)),
])
def test_the_numbers_of_a_month_are_a_span_of_days(raw, start, end):
    found = parse_dates(raw, 2025, 4)
    assert (found.start, found.end) == (start, end)
    assert NUMBERS_INFO in [issue.message for issue in found.issues]


@pytest.mark.parametrize(("raw", "day"), [
    ("20-го числа ноября", date(2025, 11, 20)),   # singular: the day itself (a control)
    ("20 числа ноября", date(2025, 11, 20)),      # a control
    ("5-го числа ноября 2025 г.", date(2025, 11, 5)),  # a control
    ("первого числа декабря", date(2025, 12, 1)),
    ("двадцать пятого числа ноября", date(2025, 11, 25)),
    ("третьего числа октября 2025 года", date(2025, 10, 3)),
])
def test_one_numbered_day_stays_that_day(raw, day):
    found = parse_dates(raw, 2025, 4)
    assert (found.start, found.end) == (day, day)
    assert NUMBERS_INFO not in [issue.message for issue in found.issues]


@pytest.mark.parametrize(("raw", "start", "end"), [
    ("4/5 декабря", date(2025, 12, 4), date(2025, 12, 5)),
    ("30/31 октября", date(2025, 10, 30), date(2025, 10, 31)),
    ("4/5.12.2025", date(2025, 12, 4), date(2025, 12, 5)),
    ("14/15.11.25", date(2025, 11, 14), date(2025, 11, 15)),
    ("1/2 ноября 2025 г.", date(2025, 11, 1), date(2025, 11, 2)),
    ("в ночь с 6/7 декабря", date(2025, 12, 6), date(2025, 12, 7)),
    ("30 / 31 октября 2025", date(2025, 10, 30), date(2025, 10, 31)),  # spaces: read so before (a control)
    # day/month and day/month/year stay dates (controls)
    ("28/11/2025", date(2025, 11, 28), date(2025, 11, 28)),
    ("28/11", date(2025, 11, 28), date(2025, 11, 28)),
    ("5/12", date(2025, 12, 5), date(2025, 12, 5)),
])
def test_two_days_joined_by_a_slash_before_their_month(raw, start, end):
    assert _read(raw) == (start, end)


@pytest.mark.parametrize(("raw", "start", "end"), [
    ("1-ая декада декабря", date(2025, 12, 1), date(2025, 12, 10)),
    ("во 2-ой декаде ноября", date(2025, 11, 11), date(2025, 11, 20)),
    ("3-ья декада октября", date(2025, 10, 21), date(2025, 10, 31)),
    ("в 3-ей декаде октября 2025 г.", date(2025, 10, 21), date(2025, 10, 31)),
    ("2-ая декада декабря", date(2025, 12, 11), date(2025, 12, 20)),
    ("в 1-ой половине декабря", date(2025, 12, 1), date(2025, 12, 15)),
    ("2-ая половина ноября", date(2025, 11, 16), date(2025, 11, 30)),
    ("во 2-ой половине октября 2025 года", date(2025, 10, 16), date(2025, 10, 31)),
    # read so before (controls)
    ("1 декада декабря", date(2025, 12, 1), date(2025, 12, 10)),
    ("в 1-й декаде декабря", date(2025, 12, 1), date(2025, 12, 10)),
    ("II декада октября", date(2025, 10, 11), date(2025, 10, 20)),
    ("во 2-й половине ноября", date(2025, 11, 16), date(2025, 11, 30)),
])
def test_a_numbered_decade_or_half_with_any_ending(raw, start, end):
    assert _read(raw) == (start, end)


@pytest.mark.parametrize(("raw", "start", "end"), [
    ("21.11.2025 (перенесено на 28.11.2025)", date(2025, 11, 28), date(2025, 11, 28)),
    ("21.11.2025, перенесено на 28.11.2025", date(2025, 11, 28), date(2025, 11, 28)),
    ("21.11.2025 (перенос на 28 ноября)", date(2025, 11, 28), date(2025, 11, 28)),
    ("с 1 по 3 декабря (перенесено на 10-12 декабря)", date(2025, 12, 10), date(2025, 12, 12)),
    ("ноябрь (перенесено на декабрь)", date(2025, 12, 1), date(2025, 12, 31)),
    ("14.10.2025 (Перенесена на 16.10.2025 по просьбе белорусской стороны)", date(2025, 10, 16), date(2025, 10, 16)),
    ("5 ноября 2025 г. – перенесён на 12 ноября 2025 г.", date(2025, 11, 12), date(2025, 11, 12)),
])
def test_a_move_takes_the_days_it_was_moved_to(raw, start, end):
    found = parse_dates(raw, 2025, 4)
    assert (found.start, found.end) == (start, end)
    assert MOVED_INFO in [issue.message for issue in found.issues]


@pytest.mark.parametrize(("raw", "start"), [
    ("28.11.2025 (перенесено с 21.11.2025)", date(2025, 11, 28)),   # the old date in brackets: a remark
    ("перенесено с 5 на 19 ноября 2025 г.", date(2025, 11, 19)),
    ("12 ноября 2025 г. (переносилось дважды)", date(2025, 11, 12)),  # no «на»: nothing to move to
])
def test_moves_read_so_before_stay(raw, start):
    assert _read(raw)[0] == start


@pytest.mark.parametrize("dates_cell", [
    "21.11.2025 (перенесено на 28.11.2025)",
    "21.11.2025, перенос на 28 ноября",
])
def test_an_event_moved_inside_its_quarter_is_held_on_its_new_day(dates_cell):
    assert not_held(["Круглый стол с партнёрами из Республики Беларусь", dates_cell], 2025, 4) is None
    assert _read(dates_cell) == (date(2025, 11, 28), date(2025, 11, 28))


@pytest.mark.parametrize(("raw", "start", "end"), [
    ("III-IV кв. 2025", date(2025, 7, 1), date(2025, 12, 31)),
    ("3 квартал 2025 г. – 4 квартал 2025 г.", date(2025, 7, 1), date(2025, 12, 31)),
    ("III – IV кварталы 2025 года", date(2025, 7, 1), date(2025, 12, 31)),
    ("3-4 квартал 2025 г.", date(2025, 7, 1), date(2025, 12, 31)),
    ("с II по IV квартал 2025 г.", date(2025, 4, 1), date(2025, 12, 31)),
    ("IV кв. 2025 – I кв. 2026", date(2025, 10, 1), date(2026, 3, 31)),
    ("IV-I кв. 2026", date(2025, 10, 1), date(2026, 3, 31)),
    ("в III-IV кварталах", date(2025, 7, 1), date(2025, 12, 31)),  # the report's year, said
])
def test_a_range_of_quarters(raw, start, end):
    found = parse_dates(raw, 2025, 4)
    assert (found.start, found.end) == (start, end)
    assert "указаны только кварталы: приняты их границы" in [issue.message for issue in found.issues]


@pytest.mark.parametrize(("raw", "start", "end"), [
    ("2025-2026 гг.", date(2025, 1, 1), date(2026, 12, 31)),
    ("в 2025–2027 годах", date(2025, 1, 1), date(2027, 12, 31)),
    ("с 2025 по 2026 год", date(2025, 1, 1), date(2026, 12, 31)),
    ("2024 г.-2025 г.", date(2024, 1, 1), date(2025, 12, 31)),
    ("2025 - 2026 г.г.", date(2025, 1, 1), date(2026, 12, 31)),
    ("2026-2025 гг.", None, None),       # reversed: no dates, and a warning (a control of the rule)
])
def test_a_range_of_years(raw, start, end):
    assert _read(raw) == (start, end)


@pytest.mark.parametrize(("raw", "start", "end"), [  # read so before: one quarter, one year, a date (controls)
    ("IV квартал 2025", date(2025, 10, 1), date(2025, 12, 31)),
    ("4 кв.", date(2025, 10, 1), date(2025, 12, 31)),
    ("в течение 2025 года", date(2025, 1, 1), date(2025, 12, 31)),
    ("2025-11-28", date(2025, 11, 28), date(2025, 11, 28)),
    ("10-12.2025", date(2025, 10, 1), date(2025, 12, 31)),
])
def test_one_quarter_or_year_stays(raw, start, end):
    assert _read(raw) == (start, end)


@pytest.mark.parametrize(("raw", "start"), [
    ("20.11.2025 (подписание соглашения перенесено на 2026 год)", date(2025, 11, 20)),
    ("20.11.2025 (ответный визит перенесён на декабрь)", date(2025, 11, 20)),
    ("20 ноября 2025 г. (заседание комиссии перенесено на 2026 г.)", date(2025, 11, 20)),
])
def test_a_move_of_something_else_leaves_the_days(raw, start):
    """Only a move of the event (the remark opens with it, or names the event or its date) moves its days."""
    assert _read(raw) == (start, start)


@pytest.mark.parametrize(("raw", "start"), [
    ("20.11.2025 (мероприятие перенесено на 27.11.2025)", date(2025, 11, 27)),
    ("20.11.2025 (дата проведения перенесена на 27.11.2025)", date(2025, 11, 27)),
    ("20.11.2025 – перенесено на 27.11.2025", date(2025, 11, 27)),
])
def test_a_move_of_the_event_named_so(raw, start):
    assert _read(raw) == (start, start)
