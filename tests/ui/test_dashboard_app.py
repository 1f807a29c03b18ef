"""The Streamlit app itself (AppTest, no browser) on the ETL-built database: every page renders, and
the figures it shows are the ones the database gives for the chosen filters."""
from __future__ import annotations

import html
import json
import os
import re

import pytest
from streamlit.testing.v1 import AppTest

from analytics.formatting import EVENTS, count_phrase, format_attendance, format_int
from dashboard_fixtures import APP, dashboard_db, oracle  # noqa: F401  (fixtures)
from etl.search import like_patterns

PAGES = ["overview", "sectors", "countries", "dynamics", "participants", "registry"]
TIMEOUT = 90


def start(dashboard_db, **query) -> AppTest:
    """Open the app the way a link does: query parameters first, then the first run."""
    assert os.environ.get("ENGAGEMENT_DB") == str(dashboard_db)
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    return at.run()


def goto(at: AppTest, page: str) -> AppTest:
    return at.switch_page(f"pages/{page}.py").run()


def caption(at: AppTest) -> str:
    lines = [m.value for m in at.markdown if "Показаны:" in m.value or "Showing:" in m.value]
    assert len(lines) == 1, [m.value for m in at.markdown]
    return html.unescape(re.sub(r"<[^>]+>", "", lines[0]))


def metric(at: AppTest, label: str) -> str:
    found = [m.value for m in at.metric if m.label == label]
    assert found, [m.label for m in at.metric]
    return found[0]


def figures(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def bar_values(figure: dict) -> dict[str, float]:
    """customdata key → bar length of the first (single-trace) bar chart."""
    trace = figure["data"][0]
    values = trace["x"] if trace.get("orientation") == "h" else trace["y"]
    return dict(zip(trace["customdata"], values))


def assert_ok(at: AppTest) -> None:
    assert not at.exception, [e.message for e in at.exception]


@pytest.fixture(scope="module")
def app(dashboard_db):
    return start(dashboard_db)


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_on_the_sample(app, oracle, page):
    at = goto(app, page)
    assert_ok(at)
    total = oracle.execute("SELECT count(*) FROM events").fetchone()[0]
    periods = ", ".join(r[0] for r in oracle.execute("SELECT period_label FROM reports ORDER BY year, quarter").fetchall())
    assert caption(at) == f"Показаны: {count_phrase(total, EVENTS)} · {periods}"
    assert at.get("plotly_chart") or at.dataframe
    assert not at.error


def test_overview_headline_is_the_database_total(app, oracle):
    at = goto(app, "overview")
    events, countries, attendance, lower = oracle.execute(
        "SELECT count(*), (SELECT count(DISTINCT country_code) FROM event_countries), "
        "coalesce(sum(attendance_total), 0), bool_or(attendance_lower_bound AND attendance_total IS NOT NULL) FROM events"
    ).fetchone()
    assert metric(at, "Мероприятия в отчётах") == format_int(events)
    assert metric(at, "Страны-партнёры") == format_int(countries)
    assert metric(at, "Участники, всего") == format_attendance(attendance, lower)
    assert all(m.help for m in at.metric), "every headline figure explains itself on hover"


def test_country_from_the_url_sets_every_figure(dashboard_db, oracle):
    """?country=KZ → the events the ETL found for Kazakhstan, on the metrics and in the charts."""
    expected = oracle.execute(
        "SELECT count(DISTINCT event_id) FROM event_countries WHERE country_code = 'KZ'").fetchone()[0]
    at = start(dashboard_db, country="KZ")
    assert_ok(at)
    assert metric(at, "Мероприятия в отчётах") == format_int(expected)
    assert caption(at).startswith(f"Показаны: {count_phrase(expected, EVENTS)} · Казахстан")
    sectors = dict(oracle.execute(
        "SELECT e.sector_key, count(*) FROM events e JOIN event_countries c USING (event_id) "
        "WHERE c.country_code = 'KZ' GROUP BY 1").fetchall())
    assert bar_values(figures(at)[0]) == sectors
    assert bar_values(figures(at)[1])["KZ"] == expected
    assert at.sidebar.multiselect(key="f_countries").value == ["KZ"]


def test_sidebar_filter_persists_across_pages_and_sets_the_url(dashboard_db, oracle):
    at = start(dashboard_db)
    at.sidebar.multiselect(key="f_sectors").set_value(["culture_tourism"]).run()
    assert_ok(at)
    assert at.query_params.get("sector") in ("culture_tourism", ["culture_tourism"])
    expected = oracle.execute("SELECT count(*) FROM events WHERE sector_key = 'culture_tourism'").fetchone()[0]
    for page in PAGES[1:]:
        goto(at, page)
        assert_ok(at)
        assert caption(at).startswith(f"Показаны: {count_phrase(expected, EVENTS)} · культура и туризм"), page
    goto(at, "sectors")
    bars = figures(at)[0]["data"][0]
    values = bar_values(figures(at)[0])
    sectors = oracle.execute("SELECT count(DISTINCT sector_key) FROM events").fetchone()[0]
    assert values["culture_tourism"] == expected and len(values) == sectors, "the chart keeps every sector"
    opacity = dict(zip(bars["customdata"], bars["marker"]["opacity"]))
    assert opacity.pop("culture_tourism") == 1.0 and set(opacity.values()) == {0.28}, "the choice is marked, the rest dim"


def test_sectors_page_shows_database_counts_per_sector(app, oracle):
    at = goto(app, "sectors")
    expected = dict(oracle.execute("SELECT sector_key, count(*) FROM events GROUP BY 1").fetchall())
    assert bar_values(figures(at)[0]) == expected
    heatmap = figures(at)[2]["data"][0]
    assert heatmap["type"] == "heatmap"
    assert "ноябрь 2024" in heatmap["x"]


def test_november_on_the_dynamics_page(dashboard_db, oracle):
    at = start(dashboard_db, month="2024-11")
    goto(at, "dynamics")
    assert_ok(at)
    expected = oracle.execute("SELECT count(DISTINCT event_id) FROM event_months WHERE month = '2024-11'").fetchone()[0]
    assert caption(at).startswith(f"Показаны: {count_phrase(expected, EVENTS)} · ноябрь 2024")
    month_chart = figures(at)[0]["data"][0]
    assert dict(zip(month_chart["customdata"], month_chart["y"]))["2024-11"] == expected
    timeline = figures(at)[1]
    assert sum(len(trace["y"]) for trace in timeline["data"]) == expected


def test_country_dossier(dashboard_db, oracle):
    at = start(dashboard_db, country="BY")
    goto(at, "countries")
    assert_ok(at)
    assert at.selectbox(key="dossier_country").value == "BY"
    expected = oracle.execute("SELECT count(DISTINCT event_id) FROM event_countries WHERE country_code = 'BY'").fetchone()[0]
    assert metric(at, "Мероприятия в отчётах") == format_int(expected)
    geo = [f for f in figures(at) if any(trace["type"] == "choropleth" for trace in f["data"])]
    assert geo, "the map is drawn"
    assert {trace["locations"][0] for trace in geo[0]["data"] if trace["type"] == "choropleth"} >= {"BLR"}


def test_participants_totals(app, oracle):
    at = goto(app, "participants")
    total, lower = oracle.execute(
        "SELECT coalesce(sum(attendance_total), 0), bool_or(attendance_lower_bound AND attendance_total IS NOT NULL) "
        "FROM events").fetchone()
    assert metric(at, "Участники, всего") == format_attendance(total, lower)
    assert "≥" in metric(at, "Участники, всего") or not lower


def test_registry_search_uses_lemmas(dashboard_db, oracle):
    query = "белорусских выставок"
    groups = like_patterns(query)
    where = " AND ".join("(" + " OR ".join("search_lemmas LIKE ?" for _ in g) + ")" for g in groups)
    expected = oracle.execute(f"SELECT count(*) FROM events WHERE {where}", [p for g in groups for p in g]).fetchone()[0]
    assert expected > 0
    at = start(dashboard_db, q=query)
    goto(at, "registry")
    assert_ok(at)
    assert len(at.dataframe[0].value) == expected
    assert caption(at).startswith(f"Показаны: {count_phrase(expected, EVENTS)} · поиск «{query}»")
    texts = [t.value for t in at.text]
    assert any(len(t) > 50 for t in texts), "the raw report text of the picked event is shown"


@pytest.mark.parametrize("page", PAGES)
def test_empty_result_is_a_message_not_an_error(dashboard_db, page):
    at = start(dashboard_db, q="'; DROP TABLE events; --")
    goto(at, page)
    assert_ok(at)
    assert caption(at).startswith("Показаны: 0 мероприятий")
    assert at.info and "Сбросить" in at.info[0].value


@pytest.mark.parametrize("lang, page", [("ru", "overview"), ("en", "registry"), ("ru", "participants"),
                                        ("en", "countries")])
def test_empty_message_names_the_reset_beside_it(dashboard_db, lang, page):
    """The empty-state message sends the reader to a button in the page itself, enabled, not to the
    sidebar's reset below the fold of a 1366×768 laptop (uxqa26: it named «Сбросить все фильтры»
    while the header's «Сбросить» stood right above it)."""
    at = start(dashboard_db, q="zzqqxx", lang=lang)
    goto(at, page)
    assert_ok(at)
    message = at.info[0].value
    named = re.findall(r"«([^»]+)»|“([^”]+)”", message)
    assert len(named) == 1, message
    label = "".join(named[0])
    main_buttons = {b.label: b for b in at.main.button}
    assert label in main_buttons, f"«{label}» is not a button of the page: {sorted(main_buttons)}"
    assert not main_buttons[label].disabled


def test_english_switch(dashboard_db):
    at = start(dashboard_db, lang="en")
    assert_ok(at)
    assert at.title[0].value == "Overview"
    assert caption(at).startswith("Showing: ")
    assert metric(at, "Events in the reports")


def test_missing_database_explains_what_to_run(dashboard_db, tmp_path):
    os.environ["ENGAGEMENT_DB"] = str(tmp_path / "missing.duckdb")
    try:
        at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    finally:
        os.environ["ENGAGEMENT_DB"] = str(dashboard_db)
    assert_ok(at)
    assert at.error and "python -m etl load data/raw" in at.error[0].value


def test_overview_says_which_count_it_is(app, oracle):
    at = goto(app, "overview")
    held = oracle.execute("SELECT count(*) FROM events WHERE quarter_position IN ('inside', 'partial')").fetchone()[0]
    card = [m for m in at.metric if m.label == "Мероприятия в отчётах"][0]
    assert card.value == "78" and f"в квартале: {held}" in str(card.proto.delta)


def test_held_filter_from_the_url(dashboard_db, oracle):
    at = start(dashboard_db, held="2024Q4")
    assert_ok(at)
    expected = oracle.execute("SELECT count(DISTINCT event_id) FROM event_months "
                              "WHERE month IN ('2024-10', '2024-11', '2024-12')").fetchone()[0]
    assert metric(at, "Мероприятия в отчётах") == format_int(expected)
    assert caption(at) == f"Показаны: {count_phrase(expected, EVENTS)} · проведены в IV кв. 2024"


@pytest.mark.parametrize("query,named", [
    pytest.param({"country": "FR"}, "Страна", id="unknown_country"),
    pytest.param({"sector": "old_sector_key"}, "Сфера", id="old_sector_key"),
    pytest.param({"country": "BY,FR"}, "Страна", id="one_of_two_unknown"),
])
def test_a_link_value_that_matches_nothing_is_named(dashboard_db, oracle, query, named):
    at = start(dashboard_db, **query)
    assert_ok(at)
    warning = " ".join(str(w.value) for w in at.warning)
    assert "не применены" in warning and named in warning
    dropped = [v for v in list(query.values())[0].split(",") if v not in ("BY",)]
    assert all(f"«{v}»" in warning for v in dropped)


@pytest.mark.parametrize("query", [
    pytest.param({"country": "KZ"}, id="from_a_link"),
    pytest.param({"sector": "culture_tourism", "format": "in_person"}, id="two_filters"),
    pytest.param({"q": "Беларусь"}, id="search"),
    pytest.param({"held": "2024Q4"}, id="held"),
])
def test_reset_clears_every_active_filter(dashboard_db, oracle, query):
    at = start(dashboard_db, **query)
    assert_ok(at)
    reset = at.button(key="reset_selection_page_overview")
    assert not reset.disabled
    reset.click().run()
    assert_ok(at)
    total = oracle.execute("SELECT count(*) FROM events").fetchone()[0]
    assert caption(at).startswith(f"Показаны: {count_phrase(total, EVENTS)}")
    assert not any(at.query_params.get(k) for k in query)
    assert at.button(key="reset_selection_page_overview").disabled


def test_registry_pages_through_the_events(dashboard_db, oracle):
    """50 rows a page: page 2 of the 78-event sample holds the last 28, in report order; sorting by
    attendance puts the biggest event first; a linked event off the current page still opens."""
    at = goto(start(dashboard_db), "registry")
    assert_ok(at)
    table = at.dataframe[0].value
    assert len(table) == 50 and list(table["№"][:3]) == [1, 2, 3]
    at.number_input(key="registry_page_no").set_value(2).run()
    assert_ok(at)
    assert len(at.dataframe[0].value) == 28 and at.dataframe[0].value["№"].iloc[-1] == 78
    at.selectbox(key="registry_order").set_value("attendance").run()
    top = oracle.execute("SELECT n FROM events ORDER BY attendance_total DESC NULLS LAST, n LIMIT 1").fetchone()[0]
    at.number_input(key="registry_page_no").set_value(1).run()
    assert at.dataframe[0].value["№"].iloc[0] == top
    late = oracle.execute("SELECT event_id FROM events WHERE n = 77").fetchone()[0]
    linked = start(dashboard_db, event=late)
    goto(linked, "registry")
    assert_ok(linked)
    assert linked.selectbox(key="registry_event").value == late
    assert any("№ 77." in str(m.value) for m in linked.markdown)


def test_country_dossier_in_english(dashboard_db):
    """The officials table once had two columns named «Events» in English and crashed the page."""
    at = start(dashboard_db, lang="en", country="BY")
    goto(at, "countries")
    assert_ok(at)
    from analytics.i18n import t

    tables = [d.value for d in at.dataframe if t("col_role", "en") in d.value.columns]
    assert tables and tables[0].columns.is_unique
