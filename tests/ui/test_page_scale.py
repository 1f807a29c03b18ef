"""Pages on a SYNTHETIC database larger than what they show (12 000 events, 154 reports): lists and
charts are cut to a page with the true total beside them, the sidebar lists a readable number of
reports without losing a linked one, and a figure is built once per input and never changed by a
highlight afterwards."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from analytics import queries
from analytics.filters import Filters
from analytics.formatting import format_int
from dashboard_fixtures import APP
from scale_fixtures import scale_app_db, scale_con, scale_db, scale_oracle  # noqa: F401  (fixtures)
from ui import sidebar, widgets

TIMEOUT = 120


def start(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    return at


def opened(page: str, **query) -> AppTest:
    at = start(**query).switch_page(f"pages/{page}.py").run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def captions(at: AppTest) -> list[str]:
    return [c.value for c in at.caption]


def test_overview_lists_the_latest_signed_agreements(scale_app_db, scale_oracle):
    at = opened("overview")
    signed = scale_oracle.execute("SELECT count(*) FROM events WHERE duplicate_of IS NULL AND agreement = 'signed'"
                                  ).fetchone()[0]
    assert signed > 20
    assert len([m for m in at.markdown if m.value.startswith("> ")]) == 20
    assert f"Показаны 20 последних из {format_int(signed)}; все — в Реестре." in captions(at)


def test_dynamics_timeline_draws_the_latest_hundred(scale_app_db, scale_oracle):
    at = opened("dynamics")
    dated = scale_oracle.execute("SELECT count(*) FROM events WHERE duplicate_of IS NULL AND start_date IS NOT NULL"
                                 ).fetchone()[0]
    timeline = json.loads(at.get("plotly_chart")[1].proto.spec)
    assert sum(len(trace["y"]) for trace in timeline["data"]) == 100
    assert any(c.startswith(f"Показаны 100 последних по дате начала из {format_int(dated)}") for c in captions(at))
    latest = scale_oracle.execute("SELECT max(start_date) FROM events WHERE duplicate_of IS NULL").fetchone()[0]
    assert max(b for trace in timeline["data"] for b in trace["base"]).startswith(str(latest))


def test_dynamics_sums_many_reports_per_quarter(scale_app_db, scale_oracle):
    at = opened("dynamics")
    quarters = json.loads(at.get("plotly_chart")[2].proto.spec)
    shown = {x for trace in quarters["data"] for x in trace["x"]}
    assert len(shown) == 24
    total = scale_oracle.execute("SELECT count(*) FROM (SELECT DISTINCT year, quarter FROM events)").fetchone()[0]
    assert f"Регионы сложены по кварталам; показаны последние кварталы: 24 из {total}." in captions(at)


def test_country_dossier_shows_a_page_of_its_events(scale_app_db, scale_oracle):
    at = opened("countries", country="BY")
    events = scale_oracle.execute("SELECT count(*) FROM events WHERE duplicate_of IS NULL "
                                  "AND list_contains(partner_countries, 'BY')").fetchone()[0]
    assert events > 100
    table = [d.value for d in at.dataframe if "Город" in d.value.columns]
    assert len(table) == 1 and len(table[0]) == 100
    assert f"Показаны 100 последних из {format_int(events)}; все — в Реестре." in captions(at)
    assert len([m for m in at.markdown if m.value.startswith("> ")]) == 20


def test_sidebar_lists_the_latest_reports_and_keeps_a_linked_one(scale_app_db, scale_con):
    reports = queries.reports(scale_con)
    assert len(reports) > sidebar.REPORTS_LISTED
    oldest = reports["report_id"].iloc[0]
    at = start(report=oldest).run()
    assert not at.exception
    box = at.sidebar.multiselect(key="f_reports")
    assert box.value == [oldest]
    assert len(box.options) == sidebar.REPORTS_LISTED + 1
    region = reports["region"].iloc[-1]
    at.sidebar.multiselect(key="f_regions").set_value([region]).run()
    own = reports.loc[reports["region"] == region, "report_id"].tolist()
    offered = at.sidebar.multiselect(key="f_reports").options
    assert len(offered) == len(own) + (oldest not in own)


@pytest.mark.parametrize("count, regions, chosen, expected", [
    pytest.param(5, [], [], ["r0", "r1", "r2", "r3", "r4"], id="few_reports_all_listed"),
    pytest.param(130, [], [], [f"r{i}" for i in range(10, 130)], id="many_reports_latest_listed"),
    pytest.param(130, [], ["r3"], ["r3"] + [f"r{i}" for i in range(10, 130)], id="a_chosen_old_report_stays"),
    pytest.param(130, ["A"], [], [f"r{i}" for i in range(0, 130, 2)], id="a_region_lists_all_its_reports"),
])
def test_report_options(count, regions, chosen, expected):
    ids = [f"r{i}" for i in range(count)]
    by_region = {"A": ids[0::2], "B": ids[1::2]}
    choices = sidebar.Choices({"reports": ids}, {"reports": frozenset(ids)}, {"reports": {}}, by_region, None)
    assert sidebar._report_options(choices, regions, chosen) == expected


def test_a_figure_is_built_once_per_input_and_never_changed_by_a_highlight(scale_con):
    sectors = queries.events_by_sector(scale_con, Filters())
    first = widgets._built_figure("sector_bar", (sectors, "ru"), (), ())
    again = widgets._built_figure("sector_bar", (sectors.copy(), "ru"), (), ())
    english = widgets._built_figure("sector_bar", (sectors, "en"), (), ())
    chosen = widgets._built_figure("sector_bar", (sectors, "ru"), (), (sectors["sector_key"].iloc[0],))
    assert again is first
    assert english is not first and chosen is not first
    assert list(chosen.data[0].marker.opacity)[0] == 1.0
    assert first.data[0].marker.opacity is None


def test_a_highlighted_bar_does_not_stay_highlighted(scale_app_db):
    at = opened("sectors")
    key = at.sidebar.multiselect(key="f_sectors").options[0]
    at.sidebar.multiselect(key="f_sectors").set_value([key]).run()
    marked = json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]["marker"]
    assert "opacity" in marked
    at.sidebar.multiselect(key="f_sectors").set_value([]).run()
    plain = json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]["marker"]
    assert "opacity" not in plain


@pytest.mark.parametrize("months, shown, kept", [
    pytest.param(12, 120, 12, id="a_year_is_shown_whole"),
    pytest.param(130, 120, 120, id="the_latest_ten_years"),
])
def test_latest_months(months, shown, kept):
    index = pd.period_range("2010-01", periods=months, freq="M").strftime("%Y-%m")
    frame = pd.DataFrame({"month": list(index) * 2, "events": 1})
    cut = widgets.latest_months(frame, shown, "ru")
    assert cut["month"].nunique() == kept
    assert cut["month"].max() == index[-1]


@pytest.mark.parametrize("setting, shown", [
    pytest.param(None, "488.2 MiB", id="default_512MB"),
    pytest.param("256MB", "244.1 MiB", id="from_the_environment"),
])
def test_the_reader_holds_duckdb_to_a_memory_limit(scale_app_db, monkeypatch, setting, shown):
    """DuckDB's buffer pool would otherwise grow towards 80 % of the machine's memory."""
    from ui import access

    if setting:
        monkeypatch.setenv("ENGAGEMENT_DUCKDB_MEMORY", setting)
    access._database.clear()
    opened("registry")
    cursor = access._database(str(scale_app_db)).snapshot().cursor()
    assert cursor.execute("SELECT current_setting('memory_limit')").fetchone()[0] == shown
    access._database.clear()


def test_data_page_lists_the_latest_reports(scale_app_db, scale_con, monkeypatch):
    from ui import desk_sections

    monkeypatch.setattr(desk_sections, "SHOWN_REPORTS", 100)
    reports = queries.reports(scale_con)
    at = opened("data")
    table = [d.value for d in at.dataframe if "SHA-256" in " ".join(map(str, d.value.columns))]
    assert len(table) == 1 and len(table[0]) == 100
    latest = list(reports["file_name"].tail(100))   # a long name is cut at its column with «…» (widgets.grid)
    assert all(any(n == f or (n.endswith("…") and f.startswith(n[:-1])) for f in latest) for n in table[0].iloc[:, 3])
    assert f"Показаны последние отчёты: 100 из {len(reports)}." in captions(at)
