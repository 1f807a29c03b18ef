"""The organisations query layer against the ETL's real database (DuckDB file and its Parquet export),
checked with independent plain SQL over the DuckDB file: the figures must match the registry."""
from __future__ import annotations

import pytest

from analytics import organisations
from analytics.filters import Filters
from dashboard_fixtures import con, dashboard_db, oracle  # noqa: F401  (fixtures)

FILTER_CASES = [
    pytest.param(Filters(), id="all"),
    pytest.param(Filters(countries=("BY",)), id="belarus"),
    pytest.param(Filters(sectors=("culture_tourism",)), id="culture"),
    pytest.param(Filters(sectors=("education_science",), formats=("offline",)), id="education_offline"),
    pytest.param(Filters(months=("2024-11",)), id="november"),
    pytest.param(Filters(held=("2024Q4",)), id="held_q4"),
    pytest.param(Filters(search="университет"), id="search"),
    pytest.param(Filters(countries=("ZZ",)), id="nothing_matches"),
    # the links carry none of these: each narrows through its own side table (event_countries,
    # event_months, the events' lemmas), together and beside a carried column
    pytest.param(Filters(countries=("BY",), months=("2024-11", "2024-12")), id="belarus_two_months"),
    pytest.param(Filters(held=("2024Q4",), sectors=("culture_tourism",)), id="held_q4_culture"),
    pytest.param(Filters(held=("2024Q4",), months=("2024-10",)), id="held_and_month"),
    pytest.param(Filters(held=("не квартал",)), id="held_code_naming_no_quarter"),
    pytest.param(Filters(search="университет", countries=("BY", "KZ")), id="search_two_countries"),
]


def _registry_counts(oracle, f: Filters, side: str | None = "foreign") -> dict[str, int]:
    """org_key → distinct unmerged filtered events, by plain SQL over v_events ⨝ event_organisations."""
    where, params = f.where("e")
    side_sql = "AND eo.side = ?" if side else ""
    rows = oracle.execute(f"""SELECT eo.org_key, count(DISTINCT e.event_id) FROM v_events e
        JOIN event_organisations eo ON eo.event_id = e.event_id
        WHERE {where} {side_sql} GROUP BY 1""", params + ([side] if side else [])).fetchall()
    return dict(rows)


@pytest.mark.parametrize("filters", FILTER_CASES)
def test_ranked_counts_match_the_registry(con, oracle, filters):
    frame = organisations.ranked(con, filters, limit=None)
    assert dict(zip(frame.org_key, frame.events)) == _registry_counts(oracle, filters)
    if len(frame):
        assert set(frame.total) == {len(frame)}
        assert list(frame.events) == sorted(frame.events, reverse=True)


@pytest.mark.parametrize("filters", FILTER_CASES)
def test_every_side_counts_match_the_registry(con, oracle, filters):
    frame = organisations.ranked(con, filters, side=None, limit=None)
    assert dict(zip(frame.org_key, frame.events)) == _registry_counts(oracle, filters, side=None)


def test_the_sample_names_foreign_partners(con):
    frame = organisations.ranked(con, Filters())
    assert len(frame) >= 10
    assert set(frame.kind) <= set(organisations.KINDS)
    assert (frame.country_ru.dropna() != "").all() and "Беларусь" in set(frame.country_ru)
    assert (frame.first_contact <= frame.last_contact).all()
    assert (frame.first_year <= frame.last_year).all() and (frame.years >= 1).all()


@pytest.mark.parametrize("kind,country", [
    pytest.param(("culture",), None, id="culture"),
    pytest.param(("education", "executive"), None, id="two_kinds"),
    pytest.param(None, ("BY",), id="belarus"),
    pytest.param("enterprise", "BY", id="strings"),
    pytest.param(("culture",), ("ZZ",), id="nothing"),
])
def test_kind_and_country_narrow_the_table(con, kind, country):
    everything = organisations.ranked(con, Filters(), limit=None)
    narrowed = organisations.ranked(con, Filters(), kind=kind, country=country, limit=None)
    kinds = {kind} if isinstance(kind, str) else set(kind or everything.kind)
    countries = {country} if isinstance(country, str) else set(country or everything.country.dropna())
    expected = everything[everything.kind.isin(kinds) & everything.country.isin(countries)]
    assert list(narrowed.org_key) == list(expected.org_key)
    assert len(narrowed) < len(everything)


def test_limit_keeps_the_total(con):
    frame = organisations.ranked(con, Filters(), limit=3)
    full = organisations.ranked(con, Filters(), limit=None)
    assert len(frame) == 3 and int(frame.total.iloc[0]) == len(full)
    assert list(frame.org_key) == list(full.org_key[:3])


def test_agreements_count_counterparts_and_signed_events(con, oracle):
    frame = organisations.ranked(con, Filters(), side=None, limit=None)
    expected = dict(oracle.execute("""SELECT eo.org_key, count(DISTINCT e.event_id) FROM v_events e
        JOIN event_organisations eo ON eo.event_id = e.event_id
        WHERE eo.role = 'counterpart' OR e.agreement = 'signed' GROUP BY 1""").fetchall())
    got = {k: v for k, v in zip(frame.org_key, frame.agreements) if v}
    assert got == expected and expected


@pytest.mark.parametrize("filters", FILTER_CASES)
def test_dossier_matches_the_ranked_row(con, oracle, filters):
    frame = organisations.ranked(con, filters, limit=5)
    for row in frame.itertuples():
        d = organisations.dossier(con, row.org_key, filters)
        assert d.found and d.card.name.iloc[0] == row.name
        assert d.events_total == row.events == int(d.by_quarter.events.sum())
        assert len(d.events) == min(row.events, 50)
        assert list(d.events.start_date) == sorted(d.events.start_date, reverse=True)
        assert len(d.agreements) == row.agreements
        assert d.card.first_contact.iloc[0] == row.first_contact
        ids = tuple(d.events.event_id)
        expected = oracle.execute(f"""SELECT count(DISTINCT org_key) FROM event_organisations
            WHERE side = 'home' AND NOT merged AND event_id IN ({', '.join('?' * len(ids))})""",
                                  list(ids)).fetchone()[0]
        assert len(d.partners) == expected
        assert (d.partners.events <= row.events).all()


def test_dossier_of_an_unknown_key_is_not_found(con):
    assert not organisations.dossier(con, "нет такой организации", Filters()).found


def test_dossier_lists_the_officials_of_its_events(con, oracle):
    key, expected = oracle.execute("""SELECT eo.org_key, count(DISTINCT x.name) AS n
        FROM event_organisations eo JOIN event_officials x ON x.event_id = eo.event_id
        WHERE NOT eo.merged GROUP BY 1 ORDER BY n DESC, 1 LIMIT 1""").fetchone()
    d = organisations.dossier(con, key, Filters())
    assert len(d.officials) == expected > 0


def test_dossier_bounds_its_event_list(con):
    key = organisations.ranked(con, Filters(), side="home", limit=1).org_key.iloc[0]
    d = organisations.dossier(con, key, Filters(), limit=2)
    assert len(d.events) == 2 < d.events_total


@pytest.mark.parametrize("year,quarter", [
    pytest.param(2024, 4, id="sample_quarter"),
    pytest.param(2024, 3, id="events_outside_the_reported_quarter"),
    pytest.param(2025, 1, id="next_quarter_all_lapsed"),
    pytest.param(2023, 1, id="before_anything"),
])
def test_new_and_lapsed(con, oracle, year, quarter):
    quarters: dict[str, set[int]] = {}
    for key, y, q in oracle.execute("""SELECT DISTINCT eo.org_key, coalesce(year(e.start_date), e.year),
            coalesce(quarter(e.start_date), e.quarter) FROM v_events e
            JOIN event_organisations eo ON eo.event_id = e.event_id WHERE eo.side = 'foreign'""").fetchall():
        quarters.setdefault(key, set()).add(y * 4 + q - 1)
    now = year * 4 + quarter - 1
    expected_new = {k for k, qs in quarters.items() if min(qs) == now}
    expected_lapsed = {k for k, qs in quarters.items() if now not in qs and any(now - 4 <= q < now for q in qs)}
    frame = organisations.new_and_lapsed(con, Filters(), year, quarter)
    assert set(frame.org_key[frame.status == "new"]) == expected_new
    assert set(frame.org_key[frame.status == "lapsed"]) == expected_lapsed
    assert (frame.events > 0).all()
    # the period filters are the quarter argument's business: a quarter filter changes nothing
    assert frame.equals(organisations.new_and_lapsed(con, Filters(held=("2023Q1",)), year, quarter))


def test_new_and_lapsed_sees_the_sample(con):
    assert (organisations.new_and_lapsed(con, Filters(), 2024, 4).status == "new").sum() >= 10
    assert (organisations.new_and_lapsed(con, Filters(), 2025, 1).status == "lapsed").sum() >= 10


def test_network_edges_are_joint_events(con, oracle):
    net = organisations.network(con, Filters())
    assert len(net.nodes) >= 20 and len(net.edges) >= 20
    assert set(net.nodes.side) == {"home", "foreign"}
    home_key, foreign_key, weight = net.edges.iloc[0][["home_key", "foreign_key", "weight"]]
    expected = oracle.execute("""SELECT count(DISTINCT h.event_id) FROM event_organisations h
        JOIN event_organisations x ON x.event_id = h.event_id
        WHERE h.org_key = ? AND x.org_key = ? AND h.side = 'home' AND x.side = 'foreign' AND NOT h.merged""",
                              [home_key, foreign_key]).fetchone()[0]
    assert weight == expected


def test_network_keeps_at_most_limit_nodes(con):
    net = organisations.network(con, Filters(), limit_nodes=6)
    assert len(net.nodes) == 6 < net.total_nodes
    kept = set(net.nodes.org_key)
    assert set(net.edges.home_key) | set(net.edges.foreign_key) <= kept


def test_network_of_nothing_is_empty(con):
    net = organisations.network(con, Filters(countries=("ZZ",)))
    assert net.nodes.empty and net.edges.empty


def test_for_country_lists_that_countrys_organisations(con):
    frame = organisations.for_country(con, "BY", Filters())
    assert 0 < len(frame) <= 10 and set(frame.country) == {"BY"}
    assert organisations.for_country(con, "ZZ", Filters()).empty


def test_filter_options(con):
    kinds = organisations.kind_options(con, Filters())
    countries = organisations.country_options(con, Filters())
    total = len(organisations.ranked(con, Filters(), limit=None))
    assert int(kinds.organisations.sum()) == total
    assert countries.country.iloc[0] == "BY"


# ------------------------------------------------------------------ what the links carry (etl/load.py)

def test_one_link_per_event_and_organisation(oracle):
    """The page counts an organisation's events with count(*): the ETL must keep one link per pair."""
    repeated = oracle.execute("""SELECT count(*) FROM (SELECT event_id, org_key FROM event_organisations
        GROUP BY ALL HAVING count(*) > 1)""").fetchone()[0]
    assert repeated == 0
    assert oracle.execute("SELECT count(*) FROM event_organisations").fetchone()[0] > 100


def test_links_carry_their_events_columns(oracle):
    """Each link's dates, quarter, number, agreement, countries and months are its event's; `joint` says whether the
    event names both a home and a foreign organisation."""
    wrong = oracle.execute("""SELECT count(*) FROM event_organisations l JOIN events e USING (event_id)
        LEFT JOIN (SELECT event_id FROM event_organisations GROUP BY 1
                   HAVING bool_or(side = 'home') AND bool_or(side = 'foreign')) j USING (event_id)
        WHERE l.event_start IS DISTINCT FROM e.start_date OR l.event_end IS DISTINCT FROM e.end_date
           OR l.event_year <> coalesce(year(e.start_date), e.year)
           OR l.event_quarter <> coalesce(quarter(e.start_date), e.quarter)
           OR l.event_agreement IS DISTINCT FROM e.agreement OR l.event_n <> e.n
           OR l.partner_countries IS DISTINCT FROM e.partner_countries OR l.months IS DISTINCT FROM e.months
           OR l.joint <> (j.event_id IS NOT NULL)""").fetchone()[0]
    assert wrong == 0
    joint, alone = oracle.execute("SELECT count(*) FILTER (WHERE joint), count(*) FILTER (WHERE NOT joint) "
                                  "FROM event_organisations").fetchone()
    assert joint > 0 and alone > 0


def test_a_database_from_before_gets_the_carried_columns_once(sample_db, tmp_path):
    """A file loaded before the links carried their event's columns and before event_org_pairs:
    opening it for writing fills them, as a fresh load would have."""
    import shutil

    import duckdb

    from etl.load import connect_writable

    carried = ("event_start", "event_end", "event_year", "event_quarter", "event_agreement", "event_n", "joint",
               "partner_countries", "months")
    old = tmp_path / "before.duckdb"
    shutil.copy(sample_db, old)
    with duckdb.connect(str(old)) as db:
        for column in carried:
            db.execute(f"ALTER TABLE event_organisations DROP COLUMN {column}")
        db.execute("DROP TABLE event_org_pairs")
    connect_writable(old).close()
    pairs = "SELECT * FROM event_org_pairs ORDER BY ALL"
    with duckdb.connect(str(old), read_only=True) as db, duckdb.connect(str(sample_db), read_only=True) as new:
        assert db.execute(pairs).fetchall() == new.execute(pairs).fetchall()
    select = f"SELECT event_id, org_key, {', '.join(carried)} FROM event_organisations ORDER BY 1, 2"
    with duckdb.connect(str(old), read_only=True) as db:
        filled = db.execute(select).fetchall()
    with duckdb.connect(str(sample_db), read_only=True) as db:
        loaded = db.execute(select).fetchall()
    assert filled == loaded and len(loaded) > 100


@pytest.mark.parametrize("filters", [
    pytest.param(Filters(countries=("BY",)), id="belarus"),
    pytest.param(Filters(sectors=("culture_tourism",)), id="culture"),
    pytest.param(Filters(search="университет"), id="search"),
    pytest.param(Filters(countries=("BY",), formats=("offline",)), id="belarus_offline"),
])
def test_new_and_lapsed_under_filters(con, oracle, filters):
    """The non-period filters narrow the history: compared with plain SQL over v_events."""
    where, params = filters.where("e")
    quarters: dict[str, set[int]] = {}
    for key, y, q in oracle.execute(f"""SELECT DISTINCT eo.org_key, coalesce(year(e.start_date), e.year),
            coalesce(quarter(e.start_date), e.quarter) FROM v_events e
            JOIN event_organisations eo ON eo.event_id = e.event_id
            WHERE eo.side = 'foreign' AND {where}""", params).fetchall():
        quarters.setdefault(key, set()).add(y * 4 + q - 1)
    now = 2024 * 4 + 3
    frame = organisations.new_and_lapsed(con, filters, 2024, 4)
    assert set(frame.org_key[frame.status == "new"]) == {k for k, qs in quarters.items() if min(qs) == now}
    assert set(frame.org_key[frame.status == "lapsed"]) == {
        k for k, qs in quarters.items() if now not in qs and any(now - 4 <= q < now for q in qs)}


@pytest.mark.parametrize("filters", FILTER_CASES)
def test_network_matches_plain_sql(con, oracle, filters):
    """Every node's joint events and every edge's weight, the whole graph (no node limit), against a
    self-join of the links of the filtered events."""
    where, params = filters.where("e")
    links = f"""(SELECT DISTINCT eo.event_id, eo.org_key, eo.side FROM v_events e
        JOIN event_organisations eo ON eo.event_id = e.event_id
        WHERE eo.side IN ('home', 'foreign') AND {where})"""
    edges = oracle.execute(f"""SELECT h.org_key, x.org_key, count(*) FROM {links} h JOIN {links} x
        ON x.event_id = h.event_id WHERE h.side = 'home' AND x.side = 'foreign' GROUP BY 1, 2""",
                           params + params).fetchall()
    nodes = oracle.execute(f"""SELECT a.org_key, a.side, count(DISTINCT a.event_id) FROM {links} a
        JOIN {links} b ON a.event_id = b.event_id AND a.side <> b.side GROUP BY 1, 2""",
                           params + params).fetchall()
    net = organisations.network(con, filters, limit_nodes=100_000)
    assert {(h, x): w for h, x, w in net.edges.itertuples(index=False)} == {(h, x): w for h, x, w in edges}
    assert {(k, s): e for k, s, e in net.nodes[["org_key", "side", "events"]].itertuples(index=False)} == {
        (k, s): e for k, s, e in nodes}
    assert net.total_nodes == len(nodes)


def test_org_pairs_are_each_events_home_and_foreign_links(oracle):
    """event_org_pairs (the network's edges) holds exactly the home × foreign pairs of each event's
    links, with the links' filter columns."""
    pairs = oracle.execute("""SELECT event_id, home_key, foreign_key, sector_key, merged, partner_countries,
        months FROM event_org_pairs ORDER BY ALL""").fetchall()
    joined = oracle.execute("""SELECT h.event_id, h.org_key, x.org_key, h.sector_key, h.merged,
        h.partner_countries, h.months FROM event_organisations h JOIN event_organisations x USING (event_id)
        WHERE h.side = 'home' AND x.side = 'foreign' ORDER BY ALL""").fetchall()
    assert pairs == joined and len(pairs) > 20
