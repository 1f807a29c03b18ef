"""Filters: one object → bound SQL, the 'Показаны: …' sentence and the URL query string."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analytics import queries
from analytics.filters import Filters, Lookup
from dashboard_fixtures import con, dashboard_db, oracle  # noqa: F401  (fixtures)

HOSTILE = "'; DROP TABLE events; --"


def test_empty_filters_restrict_nothing():
    assert Filters().where() == ("TRUE", [])
    assert Filters().is_empty


@pytest.mark.parametrize("filters, fragment, params", [
    pytest.param(Filters(sectors=("culture_tourism",)), "e.sector_key IN (?)", ["culture_tourism"], id="sector"),
    pytest.param(Filters(formats=("online", "hybrid")), "e.format IN (?, ?)", ["online", "hybrid"], id="formats"),
    pytest.param(Filters(directions=("outbound",)), "e.direction IN (?)", ["outbound"], id="direction"),
    pytest.param(Filters(event_types=("forum",)), "e.event_type IN (?)", ["forum"], id="event_type"),
    pytest.param(Filters(reports=("abc",)), "e.report_id IN (?)", ["abc"], id="report"),
    pytest.param(Filters(countries=("KZ",)), "(list_contains(e.partner_countries, ?))", ["KZ"], id="country_exists"),
    pytest.param(Filters(months=("2024-11",)), "(list_contains(e.months, ?))", ["2024-11"], id="month_exists"),
    pytest.param(Filters(search="Белоруссии"), "e.search_lemmas LIKE ? OR e.search_lemmas LIKE ?",
                 ["% белоруссия %", "% беларусь %"], id="search_country_forms"),
])
def test_where_binds_every_value(filters, fragment, params):
    sql, bound = filters.where()
    assert fragment in sql
    assert bound == params
    for value in params:
        assert value not in sql


def test_hostile_search_is_bound_not_formatted(con, oracle):
    sql, params = Filters(search=HOSTILE).where()
    assert "DROP" not in sql and "'" not in sql and "--" not in sql
    assert all(isinstance(p, str) and p.startswith("% ") for p in params)
    rows = queries.registry(con, Filters(search=HOSTILE))
    assert rows.empty
    assert oracle.execute("SELECT count(*) FROM events").fetchone()[0] > 0


def test_hostile_list_values_are_bound(con, oracle):
    hostile = Filters(sectors=(HOSTILE,), countries=("KZ') OR 1=1 --",), formats=("x' OR 'a'='a",))
    sql, params = hostile.where()
    assert HOSTILE not in sql and "OR 1=1" not in sql
    assert queries.count_events(con, hostile) == 0
    assert oracle.execute("SELECT count(*) FROM events").fetchone()[0] > 0


def test_search_understands_word_forms(con, oracle):
    """'белорусских' and 'Белоруссии' reach events of Belarus through the lemma column."""
    found = queries.count_events(con, Filters(search="Белоруссии"))
    assert found > 0
    pattern_rows = oracle.execute(
        "SELECT count(*) FROM events WHERE search_lemmas LIKE '% беларусь %' OR search_lemmas LIKE '% белоруссия %'"
    ).fetchone()[0]
    assert found == pattern_rows


def test_sentence_matches_the_issue_example(con, oracle):
    """'Показаны: 31 мероприятие · культура и туризм · IV кв. 2024' for the sample report."""
    filters = Filters(sectors=("culture_tourism",))
    count = queries.count_events(con, filters)
    expected_count = oracle.execute("SELECT count(*) FROM events WHERE sector_key = 'culture_tourism'").fetchone()[0]
    assert count == expected_count
    periods = [r[0] for r in oracle.execute("SELECT period_label FROM reports ORDER BY year, quarter").fetchall()]
    sentence = filters.sentence(count, queries.lookup(con))
    from analytics.formatting import EVENTS, count_phrase

    assert sentence == f"Показаны: {count_phrase(count, EVENTS)} · культура и туризм · {', '.join(periods)}"
    if count == 31 and periods == ["IV кв. 2024"]:
        assert sentence == "Показаны: 31 мероприятие · культура и туризм · IV кв. 2024"


def test_sentence_names_every_filter():
    lookup = Lookup(periods={"r1": "IV кв. 2024"}, countries={"KZ": "Казахстан"})
    filters = Filters(countries=("KZ",), formats=("online",), months=("2024-11",), search="выставка", reports=("r1",))
    assert filters.sentence(2, lookup) == (
        "Показаны: 2 мероприятия · Казахстан · онлайн · ноябрь 2024 · поиск «выставка» · IV кв. 2024")
    assert filters.sentence(1, lookup, "en").startswith("Showing: 1 event · Казахстан · online")


def test_url_round_trip_with_hostile_search():
    filters = Filters(sectors=("culture_tourism", "youth"), countries=("KZ",), months=("2024-11",), search=HOSTILE)
    params = filters.to_query_params()
    assert params == {"sector": "culture_tourism,youth", "country": "KZ", "month": "2024-11", "q": HOSTILE}
    assert Filters.from_query_params(params) == filters


def test_url_accepts_repeated_keys_and_ignores_unknown():
    parsed = Filters.from_query_params({"country": ["KZ", "BY"], "utm_source": "mail", "lang": "en"})
    assert parsed == Filters(countries=("KZ", "BY"))
    assert Filters.from_query_params({}) == Filters()


@pytest.mark.hypothesis
@settings(max_examples=60, deadline=None)
@given(
    sectors=st.lists(st.text(st.characters(blacklist_characters=",", blacklist_categories=("Cs", "Zs", "Cc")),
                             min_size=1, max_size=12), max_size=3, unique=True),
    search=st.text(max_size=40),
)
def test_url_round_trip_property(sectors, search):
    filters = Filters(sectors=tuple(sectors), search=search)
    assert Filters.from_query_params(filters.to_query_params()) == filters


# ------------------------------------------------------------------ by report or by event date

@pytest.mark.parametrize("code,months", [
    pytest.param("2024Q4", ["2024-10", "2024-11", "2024-12"], id="q4"),
    pytest.param("2025Q1", ["2025-01", "2025-02", "2025-03"], id="q1"),
    pytest.param("2024Q5", [], id="no_fifth_quarter"),
    pytest.param("2024-Q4", [], id="other_spelling_is_not_guessed"),
    pytest.param("'; DROP TABLE events; --", [], id="hostile"),
])
def test_quarter_months(code, months):
    from analytics.formatting import quarter_months

    assert quarter_months(code) == months


def test_held_filter_selects_by_event_dates_not_by_report(con, oracle):
    """The Q4 report lists 78 events; 64 of them touch Q4, 14 were held wholly in September (Q3)."""
    def touching(months):
        marks = ", ".join("?" * len(months))
        return oracle.execute(f"SELECT count(DISTINCT event_id) FROM event_months WHERE month IN ({marks})",
                              months).fetchone()[0]

    q4 = queries.count_events(con, Filters(held=("2024Q4",)))
    q3 = queries.count_events(con, Filters(held=("2024Q3",)))
    assert q4 == touching(["2024-10", "2024-11", "2024-12"]) == 64
    assert q3 == touching(["2024-07", "2024-08", "2024-09"])
    assert queries.count_events(con, Filters(held=("2024Q3", "2024Q4"))) == touching(
        ["2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"])
    assert queries.count_events(con, Filters(held=("garbage",))) == 0
    head = queries.headline(con, Filters()).iloc[0]
    assert (int(head["events"]), int(head["held_in_period"])) == (78, 64)
    sentence = Filters(held=("2024Q4",)).sentence(q4, queries.lookup(con))
    assert sentence == "Показаны: 64 мероприятия · проведены в IV кв. 2024"
    assert Filters.from_query_params({"held": "2024Q4"}) == Filters(held=("2024Q4",))
