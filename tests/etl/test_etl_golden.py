"""The real Q4 2024 Smolensk report, as a careful human reads it."""
from datetime import date

import pytest

from etl.normalize import EVENT_KEYS, REPORT_KEYS, event_contract, report_contract

EXPECTED_SECTORS = [
    ("Сотрудничество в сфере инвестиционного развития", "investment", 7),
    ("Сотрудничество в сфере экономического развития", "economy", 1),
    ("Сотрудничество в сфере промышленности и торговли", "industry_trade", 4),
    ("Сотрудничество в сфере сельского хозяйства", "agriculture", 2),
    ("Сотрудничество в сфере жилищно-коммунального хозяйства", "housing_utilities", 1),
    ("Сотрудничество в сфере транспорта и дорожного хозяйства", "transport", 1),
    ("Сотрудничество в сфере труда и занятости населения", "labour", 2),
    ("Сотрудничество в сфере цифрового развития", "digital", 1),
    ("Сотрудничество в сфере культуры и туризма", "culture_tourism", 31),
    ("Сотрудничество в сфере образования и науки", "education_science", 8),
    ("Сотрудничество в социальной сфере", "social", 3),
    ("Сотрудничество в сфере молодежной политики и гражданско-патриотического воспитания", "youth", 11),
    ("Сотрудничество в сфере общественных связей", "public_relations", 2),
    ("Общие направления сотрудничества", "general", 4),
]


def test_report_metadata(sample_report):
    assert (sample_report.region, sample_report.year, sample_report.quarter) == ("Смоленская область", 2024, 4)
    assert [e.n for e in sample_report.events] == list(range(1, 79))
    assert sample_report.notes[0].number == 4
    assert "с иностранными делегациями" in sample_report.notes[0].text


def test_fourteen_sectors_with_their_events(sample_report):
    counts = [(s, next(e.sector_key for e in sample_report.events if e.sector == s),
               sum(1 for e in sample_report.events if e.sector == s)) for s in sample_report.sectors]
    assert counts == EXPECTED_SECTORS


def test_no_warnings_on_the_sample(sample_report):
    assert [i for i in sample_report.issues if i.severity == "warning"] == []


def test_json_contract_keys(sample_report):
    contract = report_contract(sample_report)
    assert tuple(contract["report"]) == REPORT_KEYS
    assert all(tuple(event) == EVENT_KEYS for event in contract["events"])


# Hand-checked against the report text, one row per event.
HAND_CHECKED = {
    2: dict(start_date="2024-09-26", end_date="2024-09-28", months=["2024-09"], venue_city="Могилев",
            venue_country="BY", partner_countries=["BY"], foreign_regions=["Могилевская область"],
            agreement="signed", direction="outbound", event_type="conference", format="in_person",
            attendance_total=None),
    9: dict(start_date="2024-09-30", end_date="2024-10-01", months=["2024-09", "2024-10"], agreement="verbal",
            officials=["А.В. Стрельцов"], direction="outbound", event_type="visit"),
    11: dict(partner_countries=["BY"], foreign_regions=["Витебская область"], direction="inbound",
             officials=["В.Н. Анохин", "А.М. Субботин", "П.Ю. Илюхин"], agreement="verbal"),
    17: dict(format="online", direction="remote", partner_countries=["LT"], venue_country="RU"),
    18: dict(format="online", direction="remote", partner_countries=["KG"]),
    19: dict(format="hybrid", attendance_total=1500, attendance_online=1000, attendance_foreign=15,
             attendance_lower_bound=False, agreement="signed", partner_countries=["BY"], direction="inbound",
             start_date="2024-10-10", end_date="2024-10-11", officials=["А.А. Гусев"]),
    20: dict(start_date="2024-09-06", end_date="2024-10-09", months=["2024-09", "2024-10"],
             attendance_total=1600, attendance_lower_bound=True, agreement="verbal", event_type="exhibition"),
    22: dict(attendance_total=62, attendance_foreign=62, partner_countries=["BY"]),
    27: dict(attendance_total=1050, attendance_foreign=50, partner_countries=["KZ"], direction="inbound",
             event_type="festival_performance"),
    38: dict(attendance_total=None, foreign_regions=["Витебская область", "Минская область"]),
    41: dict(start_date="2024-11-20", end_date="2024-12-15", months=["2024-11", "2024-12"],
             partner_countries=["BY", "AE"], attendance_total=1364),
    45: dict(venue_city="Москва", venue_country="RU", direction="elsewhere_in_russia", attendance_total=80,
             attendance_lower_bound=True, partner_countries=["BY"]),
    54: dict(attendance_total=32, attendance_foreign=2, event_type="competition"),
    64: dict(partner_countries=[], unnamed_foreign=True, direction="elsewhere_in_russia", attendance_total=3),
    65: dict(format="online", direction="remote", attendance_total=60, attendance_foreign=50,
             partner_countries=[], unnamed_foreign=True),
    70: dict(agreement=None, foreign_regions=["Витебская область"],
             officials=["И.В. Ляхов", "Ю.Г. Суманеев", "А.А. Гапеева", "Д.В. Демидов"]),
    74: dict(partner_countries=["BY", "KZ", "AM", "IN", "MN", "JO", "CM", "NG", "KH"], unnamed_foreign=False,
             attendance_total=None),
    76: dict(venue_city=None, venue_country="UZ", partner_countries=["UZ"], attendance_total=3, direction="outbound"),
    77: dict(start_date="2024-11-16", end_date="2024-11-19", partner_countries=["BY"],
             officials=["В.Н. Анохин", "А.Г. Лукашенко", "Ю.В. Шулейко"], event_type="visit"),
    78: dict(venue_city="Москва", venue_country="RU", direction="elsewhere_in_russia", partner_countries=["KG"],
             agreement="verbal", officials=["В.Н. Анохин", "К.К. Боконтаев"], event_type="meeting"),
}


@pytest.mark.parametrize("n", sorted(HAND_CHECKED))
def test_hand_checked_event(sample_events, n):
    contract = event_contract(sample_events[n])
    expected = HAND_CHECKED[n]
    assert {k: contract[k] for k in expected} == expected


def test_september_events_keep_their_dates_and_are_flagged(sample_report):
    september = [e for e in sample_report.events if e.start_date and e.start_date < date(2024, 10, 1)]
    assert len(september) == 16
    assert {e.quarter_position for e in september} == {"outside", "partial"}
    flagged = {i.event for i in sample_report.issues if "вне отчётного квартала" in i.message}
    assert flagged == {e.n for e in september}


def test_every_event_has_dates_and_raw_provenance(sample_report):
    for event in sample_report.events:
        assert event.start_date and event.end_date and event.months
        assert event.raw["title"].strip() and event.table_row > 1 and event.source_line > 1


def test_belarus_dominates_partners(sample_report):
    with_by = sum(1 for e in sample_report.events if "BY" in e.partner_countries)
    assert with_by == 62
    assert all("RU" not in e.partner_countries for e in sample_report.events)
