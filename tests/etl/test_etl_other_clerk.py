"""A report the parser has never seen: another region, quarter and clerk (SYNTHETIC, written for this
test: tests/fixtures/synthetic_bryansk_2025q1_other_clerk.txt, cp1251 with CRLF). Columns in another
order and wording, numeric and 'с … по …' dates, a missing year, «Всего 25 участников», an unknown
sector heading — the general rules must read it as a careful human would."""
from pathlib import Path

import pytest

from etl.normalize import build_report, event_contract
from etl.read import read_file

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "synthetic_bryansk_2025q1_other_clerk.txt"


@pytest.fixture(scope="module")
def report():
    return build_report(read_file(FIXTURE))


def test_report_metadata(report):
    assert (report.region, report.year, report.quarter, report.event_count) == ("Брянская область", 2025, 1, 6)
    assert report.notes[0].number == 6
    assert [i for i in report.issues if i.severity == "warning"] == []


EXPECTED = {
    1: dict(sector_key="economy", start_date="2025-01-28", direction="inbound", event_type="meeting",
            venue_city="Брянск", partner_countries=["CN"], attendance_total=25, attendance_foreign=7,
            agreement="signed"),
    2: dict(start_date="2025-02-24", end_date="2025-02-26", venue_city="Ташкент", venue_country="UZ",
            direction="outbound", event_type="exhibition", attendance_total=None, agreement="verbal"),
    3: dict(start_date="2025-03-05", format="online", direction="remote", event_type="workshop",
            attendance_total=40, partner_countries=[]),
    4: dict(sector_key="health", venue_city="Гомель", venue_country="BY", foreign_regions=["Гомельская область"],
            attendance_total=5, event_type="visit"),
    5: dict(sector_key="education_science", format="online", partner_countries=["KZ", "KG"],
            attendance_total=300, attendance_lower_bound=True, attendance_foreign=120),
    6: dict(months=["2025-03", "2025-04"], attendance_total=2435, direction="outbound",
            event_type="festival_performance", partner_countries=["BY"]),
}


@pytest.mark.parametrize("n", sorted(EXPECTED))
def test_event(report, n):
    contract = event_contract(report.events[n - 1])
    assert {k: contract[k] for k in EXPECTED[n]} == EXPECTED[n]


def test_unsure_readings_are_reported(report):
    kinds = {(i.event, i.field) for i in report.issues}
    assert (3, "dates") in kinds            # year taken from the report
    assert (2, "attendance_total") in kinds  # «12 предприятий» is not a head count
    assert (6, "dates") in kinds            # runs into the next quarter
