"""Garbled, truncated or random input never raises anything but ReportError, and a load of any
mix of good and bad files never leaves a half-written database.

Fast by default (`make test`); `make fuzz` sets ENGAGEMENT_FUZZ_SCALE to multiply every example
budget and runs for minutes.
"""
import io
import os
import tempfile
import zipfile
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from etl.attendance import parse_attendance
from etl.dates import parse_dates
from etl.errors import ReportError
from etl.geo import parse_venue, partner_countries
from etl.normalize import build_report
from etl.read import read_bytes

pytestmark = [pytest.mark.hypothesis, pytest.mark.long]  # make test-long; make fuzz runs it ×20
SCALE = int(os.environ.get("ENGAGEMENT_FUZZ_SCALE", "1"))


def budget(examples: int) -> int:
    return examples * SCALE

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


@settings(max_examples=budget(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0, max_value=60000))
def test_truncated_report(sample_bytes, cut):
    _parse(sample_bytes[:cut], "cut.txt")


@settings(max_examples=budget(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
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


@settings(max_examples=budget(100), deadline=None)
@given(data=st.binary(max_size=3000), name=st.sampled_from(["x.txt", "x.docx", "x"]))
def test_random_bytes(data, name):
    _parse(data, name)


@settings(max_examples=budget(200), deadline=None)
@given(text=st.text(max_size=200))
def test_field_parsers_are_total(text):
    parse_dates(text, default_year=2024)
    parse_attendance(text)
    parse_venue(text)
    partner_countries([text])


# Pieces that steer the organisation rules into their corners: forms before quotes, nested and
# unbalanced quotes, heads, 'имени', '№', dashes, line breaks after hyphens.
ORG_PIECES = st.sampled_from(["ООО ", "ОАО «", "«", "»", "\"", "„", "“", "Министерства ", "культуры ",
                              "Смоленской области ", "и ", "по ", "в ", "имени ", "им. ", "А.С. ", "№ 4 ",
                              "Посольства ", "Республики Беларусь ", ", ", " – ", "-\n", "\n", "(СЭЗ) ",
                              "Витебского облисполкома ", "университета ", "ОБУК «", "театр ", "ЕАЭС "])


@settings(max_examples=budget(300), deadline=None)
@given(pieces=st.lists(st.one_of(ORG_PIECES, st.text(max_size=8)), max_size=40))
# a letter Unicode names no name to (a Tangut ideograph): pymorphy3's Latin test raised ValueError on it
@example(pieces=["\U00017000", "Министерства "])
def test_organisation_rules_are_total(pieces):
    from etl.organisations import Context, find_organisations, merge_report_aliases

    text = "".join(pieces)
    found = find_organisations({"content": text, "venue": text[:50]}, Context("смоленский", "смоленск", "BY", ("BY",)))
    merged = merge_report_aliases({1: found, 2: found}, {1: {"content": text}, 2: {"content": text}})
    for mention in found + merged[1]:
        assert mention.name.strip() and mention.key
        assert mention.role in ("counterpart", "host", "participant") and mention.side in ("home", "foreign", "domestic")


@pytest.fixture(scope="module")
def docx_sample(sample_bytes):
    from zip_bombs import sample_docx

    return sample_docx(sample_bytes.decode())


@settings(max_examples=budget(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_damaged_docx(docx_sample, data):
    """Bytes of a real .docx flipped, cut or a member rewritten: a clear ReportError or a report."""
    blob = bytearray(docx_sample)
    mode = data.draw(st.sampled_from(["flip", "cut", "member"]))
    if mode == "flip":
        for _ in range(data.draw(st.integers(1, 20))):
            blob[data.draw(st.integers(0, len(blob) - 1))] = data.draw(st.integers(0, 255))
    elif mode == "cut":
        blob = blob[: data.draw(st.integers(0, len(blob)))]
    else:
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(docx_sample)) as source, zipfile.ZipFile(out, "w") as target:
            victim = data.draw(st.sampled_from(source.namelist()))
            for name in source.namelist():
                body = source.read(name)
                if name == victim:
                    body = data.draw(st.one_of(st.binary(max_size=200), st.just(body[: len(body) // 2]),
                                               st.just(body.replace(b"w:tbl", b"w:xyz"))))
                target.writestr(name, body)
        blob = bytearray(out.getvalue())
    _parse(bytes(blob), "damaged.docx")


# ---------------------------------------------------------------- the loader: never half-written

PARTICIPANTS_20 = "Количество участников, посетивших выставку – более 1600 человек"
HOSTILE_VALUES = st.sampled_from([
    "Количество участников – " + "9" * 30 + " человек", "Всего 3000000000 участников", "\x00", "=1+1",
    "7.10.9999", "состоялось " + "4" * 40 + " встречи", "", "\t1. \n", "\t№ п/п\n"])


def _item(data, text: str):
    from synthetic_reports import quarter_variant

    year = data.draw(st.integers(2019, 2024))
    quarter = data.draw(st.integers(1, 4))
    body = quarter_variant(text, year, quarter)
    kind = data.draw(st.sampled_from(["good", "hostile", "garbled", "bytes"]))
    if kind == "hostile":
        body = body.replace(PARTICIPANTS_20, data.draw(HOSTILE_VALUES), 1)
    elif kind == "garbled":
        at = data.draw(st.integers(0, len(body)))
        body = body[:at] + data.draw(st.one_of(HOSTILE, st.text(max_size=20))) + body[at + data.draw(st.integers(0, 300)):]
    raw = data.draw(st.binary(max_size=500)) if kind == "bytes" else body.encode(
        data.draw(st.sampled_from(["utf-8", "cp1251", "utf-16"])), errors="replace")
    return (f"{kind}_{year}q{quarter}.txt", raw)


def _whole(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        reports = con.execute("SELECT report_id, region, year, quarter, event_count FROM reports").fetchall()
        for report_id, *_, count in reports:
            assert con.execute("SELECT count(*) FROM events WHERE report_id = ?", [report_id]).fetchone()[0] == count
        assert con.execute("SELECT count(*) FROM events WHERE report_id NOT IN (SELECT report_id FROM reports)"
                           ).fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM parse_issues WHERE report_id NOT IN "
                           "(SELECT report_id FROM reports)").fetchone()[0] == 0
        assert len({(r[1], r[2], r[3]) for r in reports}) == len(reports)
        return {r[0]: (r[1], r[2], r[3]) for r in reports}
    finally:
        con.close()


@settings(max_examples=budget(3), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])
@given(data=st.data())
def test_loader_never_half_writes(sample_bytes, data):
    """Any batch of good, hostile, garbled and random files: load_reports returns one result per
    file (no exception), failed files write nothing, loaded ones are whole, one per quarter."""
    from etl.load import load_reports

    text = sample_bytes.decode()
    batches = [[_item(data, text) for _ in range(data.draw(st.integers(1, 3)))]
               for _ in range(data.draw(st.integers(1, 2)))]
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "fuzz.duckdb"
        for batch in batches:
            before = _whole(db) if db.exists() else {}
            results = load_reports(batch, db)
            assert len(results) == len(batch)
            after = _whole(db)
            expected = dict(before)  # report_id → quarter; a later file of a quarter replaces it
            for result in results:
                if result.status == "failed":
                    assert result.message and result.report is None or result.sha256 not in after
                    continue
                if result.status == "unchanged":  # the same bytes loaded before: found by hash, not parsed
                    assert result.report is None and result.sha256 in expected
                    continue
                key = (result.report.region, result.report.year, result.report.quarter)
                expected = {rid: k for rid, k in expected.items() if k != key}
                expected[result.sha256] = key
            assert after == expected
            assert not Path(str(db) + ".tmp").exists()
