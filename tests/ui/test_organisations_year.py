"""The issue's «done when» through the page: "which foreign organisations did we work with this year,
how often, and what did we sign with each" — the «Организации» page with a year picked shows, per
organisation, the events and agreements that plain SQL over the registry (v_events and the
organisation links) counts for the events held in that year.

On the real sample (one quarter, 2024) and on a SYNTHETIC three-year database: the sample shifted to
2023 and to 2025 with different events left out, so each year's ranking differs."""
from __future__ import annotations

import os
import re
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from dashboard_fixtures import APP, dashboard_db, oracle  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"
EVENT_START = re.compile(r"^\t(\d+)\.\s*$")
BOUNDARY = re.compile(r"^\t(Сотрудничество|Общие направления|В IV квартале 20\d\d года состоялось)")
TIMEOUT = 90


def shifted_report(text: str, years: int, drop: set[int]) -> str:
    """SYNTHETIC: the sample with every year moved by `years` (title, dates, text) and the events
    numbered in `drop` left out."""
    out, skipping = [], False
    for line in text.splitlines(keepends=True):
        start = EVENT_START.match(line.rstrip("\r\n"))
        if start:
            skipping = int(start.group(1)) in drop
        elif BOUNDARY.match(line):
            skipping = False
        if not skipping:
            out.append(line)
    return re.sub(r"\b20(\d\d)\b", lambda m: str(2000 + int(m.group(1)) + years), "".join(out))


@pytest.fixture(scope="module")
def three_years(tmp_path_factory):
    """SYNTHETIC database: 2023 (the sample without events 1–20), the real 2024 sample, 2025 (the
    sample without events 9, 10, 77 and 40–78's even numbers)."""
    from etl.load import load_reports

    folder = tmp_path_factory.mktemp("org_years")
    text = SAMPLE.read_text(encoding="utf-8")
    files = [SAMPLE]
    for name, years, drop in (("synthetic_2023q4_without_1_20.txt", -1, set(range(1, 21))),
                              ("synthetic_2025q4_fewer.txt", 1, {9, 10, 77} | set(range(40, 79, 2)))):
        files.append(folder / name)
        files[-1].write_text(shifted_report(text, years, drop), encoding="utf-8")
    db = folder / "synthetic_three_years.duckdb"
    assert [r.status for r in load_reports(files, db, rebuild=True)] == ["loaded"] * 3
    previous = os.environ.get("ENGAGEMENT_DB")
    os.environ["ENGAGEMENT_DB"] = str(db)
    yield db
    if previous is None:
        os.environ.pop("ENGAGEMENT_DB", None)
    else:
        os.environ["ENGAGEMENT_DB"] = previous


def open_page(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    at.switch_page("pages/organisations.py").run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def shown(at: AppTest) -> dict[str, tuple[int, int]]:
    """Организация → (Мероприятий, Соглашений) as the ranked table shows them."""
    table = next(df.value for df in at.dataframe if "Организация" in df.value.columns and "Годы" in df.value.columns)
    return {name: (int(e), int(a)) for name, e, a in zip(table["Организация"], table["Мероприятий"],
                                                          table["Соглашений"])}


def registry(db: Path, year: int | None, quarter: int | None = None) -> dict[str, tuple[int, int]]:
    """The same figures by plain SQL over the registry: foreign organisations of the unmerged events
    held in `year` (or in its `quarter`: the event's dates touch that period), with the events where
    it is a party to an agreement or an agreement was signed."""
    if year is not None:
        first, last = (date(year, 1, 1), date(year, 12, 31)) if quarter is None else (
            date(year, 3 * quarter - 2, 1), date(year + quarter // 4, 3 * quarter % 12 + 1, 1) - timedelta(days=1))
    con = duckdb.connect(str(db), read_only=True)
    try:
        held = "" if year is None else "AND e.start_date <= ? AND coalesce(e.end_date, e.start_date) >= ?"
        rows = con.execute(f"""SELECT o.name, count(DISTINCT e.event_id),
                count(DISTINCT e.event_id) FILTER (WHERE eo.role = 'counterpart' OR e.agreement = 'signed')
            FROM event_organisations eo JOIN v_events e ON e.event_id = eo.event_id
            JOIN organisations o ON o.org_key = eo.org_key
            WHERE eo.side = 'foreign' {held} GROUP BY 1""", [] if year is None else [last, first]).fetchall()
    finally:
        con.close()
    return {name: (int(e), int(a)) for name, e, a in rows}


@pytest.mark.parametrize("year", [pytest.param(None, id="all_years"), pytest.param(2023, id="2023"),
                                  pytest.param(2024, id="2024"), pytest.param(2025, id="2025")])
def test_year_table_equals_the_registry_over_three_years(three_years, year):
    at = open_page(**({"org_year": str(year)} if year else {}))
    expected = registry(three_years, year)
    assert expected, "every SYNTHETIC year names foreign organisations"
    assert shown(at) == expected
    if year:
        assert str(year) in at.subheader[0].value


def test_the_three_years_differ_and_all_years_sum_them(three_years):
    per_year = {y: registry(three_years, y) for y in (2023, 2024, 2025)}
    assert len({tuple(sorted(v.items())) for v in per_year.values()}) == 3
    everything = registry(three_years, None)
    for name, (events, agreements) in everything.items():   # the sample's events do not cross a new year
        assert events == sum(per_year[y].get(name, (0, 0))[0] for y in per_year)


def test_picking_the_year_in_the_page_matches_the_link(three_years):
    at = open_page()
    assert at.selectbox(key="org_year").options == ["Все годы", "2025", "2024", "2023"]
    at.selectbox(key="org_year").set_value("2023").run()
    assert not at.exception
    assert at.query_params["org_year"] == "2023"
    assert shown(at) == registry(three_years, 2023) == shown(open_page(org_year="2023"))
    at.selectbox(key="org_year").set_value("").run()
    assert "org_year" not in at.query_params
    assert shown(at) == registry(three_years, None)


def test_year_and_sidebar_quarter_together(three_years):
    """The year keeps the sidebar's «held in» quarters inside it; a quarter of another year leaves nothing."""
    at = open_page(org_year="2025", held="2025Q4")
    assert shown(at) == registry(three_years, 2025, 4) != registry(three_years, 2025)
    at = open_page(org_year="2023", held="2025Q4")
    assert not [df for df in at.dataframe if "Годы" in df.value.columns]
    assert any("не названо" in i.value for i in at.info)


@pytest.mark.parametrize("year", [pytest.param(None, id="all_years"), pytest.param(2024, id="2024")])
def test_sample_year_table_equals_the_registry(dashboard_db, sample_db, year):
    at = open_page(**({"org_year": str(year)} if year else {}))
    assert shown(at) == registry(sample_db, year)
    if year is None:
        assert at.selectbox(key="org_year").options[0] == "Все годы"
