"""Garbled, truncated or random input never raises anything but ReportError."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.attendance import parse_attendance
from etl.dates import parse_dates
from etl.errors import ReportError
from etl.geo import parse_venue, partner_countries
from etl.normalize import build_report
from etl.read import read_bytes

pytestmark = pytest.mark.hypothesis

SAMPLE_TEXT = None


def _sample(sample_bytes):
    return sample_bytes.decode("utf-8")


def _parse(data: bytes, name: str):
    try:
        build_report(read_bytes(data, name))
    except ReportError as exc:
        assert str(exc)


HOSTILE = st.sampled_from(["\u00a0", "\u00ad", "«", "»", "–", "—", "\t", "\r\n", "=SUM(A1)", "+7", "@x", "-1",
                           "Ð¡Ð¼Ð¾Ð»ÐµÐ½ÑÐº", "\ufeff", "\x00", "999999999999999999999", "31.02.2024", "IV", "№"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0, max_value=60000))
def test_truncated_report(sample_bytes, cut):
    _parse(sample_bytes[:cut], "cut.txt")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_garbled_report(sample_bytes, data):
    text = _sample(sample_bytes)
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(text)))
        span = data.draw(st.integers(0, 200))
        insert = data.draw(st.one_of(HOSTILE, st.text(max_size=30)))
        text = text[:at] + insert + text[at + span:]
    encoding = data.draw(st.sampled_from(["utf-8", "cp1251", "utf-16"]))
    _parse(text.encode(encoding, errors="replace"), "garbled.txt")


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=3000), name=st.sampled_from(["x.txt", "x.docx", "x"]))
def test_random_bytes(data, name):
    _parse(data, name)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200))
def test_field_parsers_are_total(text):
    parse_dates(text, default_year=2024)
    parse_attendance(text)
    parse_venue(text)
    partner_countries([text])
