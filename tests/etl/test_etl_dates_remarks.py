"""A month named in brackets is a remark, like a date there: 'с 1 по 5 апреля 2026 г. (перенесено с
марта)' had read as 1 April 2025 to 31 March 2026, and 'март (по плану – февраль)' as no dates at all."""
from __future__ import annotations

from datetime import date

import pytest

from etl.dates import parse_dates


@pytest.mark.parametrize(("raw", "start", "end"), [
    ("с 1 по 5 апреля 2026 г. (перенесено с марта)", date(2026, 4, 1), date(2026, 4, 5)),
    ("10 апреля 2026 г. (вместо марта)", date(2026, 4, 10), date(2026, 4, 10)),
    ("март 2026 г. (по плану – февраль)", date(2026, 3, 1), date(2026, 3, 31)),
    ("март (по плану – февраль)", date(2026, 3, 1), date(2026, 3, 31)),
    ("12–14 октября 2025 г. (первоначально – сентябрь)", date(2025, 10, 12), date(2025, 10, 14)),
    # unchanged: a date in brackets, days in brackets of a month outside
    ("20.11.2024 (перенесено с 15.11.2024)", date(2024, 11, 20), date(2024, 11, 20)),
    ("1-3 апреля (заезд 31 марта), 2026 г.", date(2026, 4, 1), date(2026, 4, 3)),
    ("ноябрь (18, 20 и 25 ноября)", date(2026, 11, 1), date(2026, 11, 25)),
    ("15 мая (онлайн)", date(2026, 5, 15), date(2026, 5, 15)),
])
def test_a_month_in_brackets_is_a_remark(raw, start, end):
    found = parse_dates(raw, 2026)
    assert (found.start, found.end) == (start, end)
