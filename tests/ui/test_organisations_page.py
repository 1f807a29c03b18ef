"""The «Организации» page through AppTest on the ETL-built database (DuckDB file and Parquet export):
it renders in both languages, its kind and country filters narrow the table to what plain SQL
counts, `?org=` opens a dossier, a stale link says so, and a database without organisations (or
without reports) shows its empty state."""
from __future__ import annotations

import os
import shutil

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from dashboard_fixtures import APP, dashboard_db, oracle  # noqa: F401  (fixtures)

TIMEOUT = 90


def open_page(**query) -> AppTest:
    """The app opened by a link to /organisations with `query` in its query string."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    at.switch_page("pages/organisations.py").run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def foreign_counts(oracle, kinds=(), countries=()) -> dict[str, int]:
    """name → distinct unmerged events of each foreign organisation, by plain SQL."""
    sql = """SELECT o.name, count(DISTINCT eo.event_id) FROM event_organisations eo
             JOIN v_events e ON e.event_id = eo.event_id JOIN organisations o ON o.org_key = eo.org_key
             WHERE eo.side = 'foreign'"""
    params: list = []
    for column, values in (("o.kind", kinds), ("o.country", countries)):
        if values:
            sql += f" AND {column} IN ({', '.join('?' * len(values))})"
            params += list(values)
    return dict(oracle.execute(sql + " GROUP BY 1", params).fetchall())


def ranked_table(at: AppTest):
    return next(df.value for df in at.dataframe if "Организация" in df.value.columns and "Годы" in df.value.columns)


@pytest.mark.parametrize("lang,title,headers", [
    pytest.param("ru", "Организации", ("Организация", "Мероприятий", "Соглашений"), id="russian"),
    pytest.param("en", "Organisations", ("Organisation", "Events", "Agreements"), id="english"),
])
def test_page_renders_in_both_languages(dashboard_db, lang, title, headers):
    at = open_page(**({"lang": "en"} if lang == "en" else {}))
    assert at.title[0].value == title
    table = at.dataframe[0].value
    assert set(headers) <= set(table.columns)
    assert len(at.get("plotly_chart")) >= 2, "the network view and the dossier's quarters"
    assert len(at.metric) == 5


def test_table_matches_the_registry(dashboard_db, oracle):
    table = ranked_table(open_page())
    assert dict(zip(table["Организация"], table["Мероприятий"])) == foreign_counts(oracle)


@pytest.mark.parametrize("kinds,countries", [
    pytest.param(["culture"], [], id="culture"),
    pytest.param(["education", "executive"], [], id="two_kinds"),
    pytest.param([], ["UZ"], id="uzbekistan"),
])
def test_kind_and_country_filters_narrow_the_table(dashboard_db, oracle, kinds, countries):
    at = open_page()
    everything = ranked_table(at)
    if kinds:
        at.multiselect(key="org_kinds").set_value(kinds).run()
    if countries:
        at.multiselect(key="org_countries").set_value(countries).run()
    assert not at.exception
    narrowed = ranked_table(at)
    expected = foreign_counts(oracle, kinds, countries)
    assert 0 < len(narrowed) < len(everything)
    assert dict(zip(narrowed["Организация"], narrowed["Мероприятий"])) == expected
    assert at.query_params.get("kind", "") == ",".join(kinds)
    # the same state opened from the link
    linked = open_page(**({"kind": ",".join(kinds)} if kinds else {}),
                       **({"org_country": ",".join(countries)} if countries else {}))
    assert ranked_table(linked).equals(narrowed)


def test_org_link_opens_its_dossier(dashboard_db, oracle):
    key, name, events = oracle.execute("""SELECT o.org_key, o.name, count(DISTINCT eo.event_id) AS n
        FROM event_organisations eo JOIN organisations o USING (org_key) WHERE eo.side = 'foreign'
        GROUP BY ALL ORDER BY n, o.name DESC LIMIT 1""").fetchone()
    at = open_page(org=key)
    assert at.selectbox(key="org_pick").value == key
    assert name in [s.value for s in at.subheader]
    assert [m.value for m in at.metric if m.label == "Мероприятия в отчётах"] == [str(events)]
    assert at.query_params["org"] == key


def test_home_institution_dossier_lists_foreign_partners(dashboard_db, oracle):
    key, name = oracle.execute("""SELECT o.org_key, o.name FROM event_organisations eo JOIN organisations o
        USING (org_key) WHERE eo.side = 'home' GROUP BY ALL ORDER BY count(*) DESC, 1 LIMIT 1""").fetchone()
    at = open_page(org=key)
    subheaders = [s.value for s in at.subheader]
    assert name in subheaders and "Зарубежные партнёры" in subheaders


def test_unknown_org_key_is_a_friendly_message(dashboard_db):
    at = open_page(org="такой организации нет")
    assert any("не найдена" in i.value for i in at.info)
    assert at.selectbox(key="org_pick").value, "another organisation is opened instead"


@pytest.fixture()
def without_organisations(sample_db, tmp_path):
    """SYNTHETIC state: the sample database with its organisation tables emptied (as in a database
    loaded before organisations were extracted)."""
    path = tmp_path / "no_orgs.duckdb"
    shutil.copy(sample_db, path)
    con = duckdb.connect(str(path))
    con.execute("DELETE FROM event_organisations")
    con.execute("DELETE FROM organisations")
    con.close()
    previous = os.environ.get("ENGAGEMENT_DB")
    os.environ["ENGAGEMENT_DB"] = str(path)
    yield path
    os.environ["ENGAGEMENT_DB"] = previous or ""


def test_no_organisations_is_an_empty_state(without_organisations):
    at = open_page()
    infos = " ".join(i.value for i in at.info)
    assert "не названо ни одной зарубежной организации" in infos
    assert "нет пар" in infos


@pytest.fixture()
def empty_database(tmp_path):
    from etl.load import connect_writable

    path = tmp_path / "empty.duckdb"
    connect_writable(path).close()
    previous = os.environ.get("ENGAGEMENT_DB")
    os.environ["ENGAGEMENT_DB"] = str(path)
    yield path
    os.environ["ENGAGEMENT_DB"] = previous or ""


def test_empty_database_explains_itself(empty_database):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    at.switch_page("pages/organisations.py").run()
    assert not at.exception
    assert at.warning or at.error
    assert not at.dataframe


def test_country_dossier_lists_its_organisations(dashboard_db, oracle):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    at.switch_page("pages/countries.py").run()
    assert not at.exception
    assert "Организации страны" in [s.value for s in at.subheader]
    code = at.selectbox(key="dossier_country").value
    expected = oracle.execute("""SELECT count(DISTINCT org_key) FROM event_organisations eo
        JOIN organisations o USING (org_key) WHERE o.country = ? AND eo.side <> 'home'""", [code]).fetchone()[0]
    table = next(df.value for df in at.dataframe if "Организация" in df.value.columns)
    assert len(table) == min(expected, 10) > 0


@pytest.fixture()
def before_organisations(sample_db, tmp_path):
    """SYNTHETIC state: the sample database as a load made before the organisation tables existed."""
    path = tmp_path / "old.duckdb"
    shutil.copy(sample_db, path)
    con = duckdb.connect(str(path))
    con.execute("DROP TABLE event_organisations")
    con.execute("DROP TABLE organisations")
    con.close()
    previous = os.environ.get("ENGAGEMENT_DB")
    os.environ["ENGAGEMENT_DB"] = str(path)
    yield path
    os.environ["ENGAGEMENT_DB"] = previous or ""


def test_database_without_organisation_tables_says_what_to_do(before_organisations):
    at = open_page()
    assert any("make db" in i.value for i in at.info)
    assert not at.dataframe
    at.switch_page("pages/countries.py").run()
    assert not at.exception and "Организации страны" not in [s.value for s in at.subheader]


def test_one_quarter_loaded_says_new_and_lapsed_need_an_earlier_one(dashboard_db):
    """With only the sample's quarter loaded every partner would look new: the page says why there is no list."""
    at = open_page()
    assert "Загружен один квартал" in " ".join(str(c.value) for c in at.caption)
    assert "org_changes_quarter" not in [s.key for s in at.selectbox]
