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


# ------------------------------------------------------------------ cut lists say so and offer every row

@pytest.fixture()
def small_lists(monkeypatch):
    """The page's list sizes made small enough for the sample to overflow them (the same code paths
    that a million events take with 200 organisations, 100 agreements, 50 events or people)."""
    from ui import organisations as page

    for name, value in (("SHOWN_ORGS", 5), ("SHOWN_EVENTS", 1), ("SHOWN_AGREEMENTS", 1), ("SHOWN_PEOPLE", 1)):
        monkeypatch.setattr(page, name, value)
    return page


def test_cut_lists_say_how_many_and_download_all(dashboard_db, oracle, small_lists):
    from analytics import organisations as queries
    from analytics.db import ReadOnlyDatabase
    from analytics.filters import Filters

    key, agreements = oracle.execute("""SELECT eo.org_key, count(DISTINCT eo.event_id) FROM event_organisations eo
        JOIN v_events e ON e.event_id = eo.event_id WHERE (eo.role = 'counterpart' OR e.agreement = 'signed')
        GROUP BY 1 ORDER BY 2 DESC, (SELECT count(*) FROM event_organisations x WHERE x.org_key = eo.org_key) DESC, 1
        LIMIT 1""").fetchone()
    events, partners, officials = oracle.execute("""SELECT
        (SELECT count(DISTINCT event_id) FROM event_organisations WHERE org_key = $1),
        (SELECT count(DISTINCT CASE WHEN home_key = $1 THEN foreign_key ELSE home_key END) FROM event_org_pairs
         WHERE $1 IN (home_key, foreign_key)),
        (SELECT count(DISTINCT name) FROM event_officials
         WHERE event_id IN (SELECT event_id FROM event_organisations WHERE org_key = $1))""", [key]).fetchone()
    assert min(agreements, events, partners, officials) >= 2, "the sample has an organisation whose lists overflow"
    at = open_page(org=key)
    captions = " ".join(str(c.value) for c in at.caption)
    organisations = len(foreign_counts(oracle))
    assert f"Показаны 5 из {organisations} организаций; все — в файлах ниже." in captions
    assert f"Показаны 1 последних из {agreements} соглашений; все — в файлах ниже." in captions
    assert f"Показаны 1 последних из {events} мероприятий; все — в файлах ниже." in captions
    assert f"Показаны 1 из {partners} организаций; все — в файлах ниже." in captions
    assert f"Показаны 1 из {officials} официальных лиц; все — в файлах ниже." in captions
    buttons = {b.key for b in at.get("download_button")}
    assert {f"{list_}_{kind}" for list_ in ("org_download", "org_agreements_download", "org_events_download",
                                            "org_partners_download", "org_officials_download")
            for kind in ("csv", "xlsx")} <= buttons, buttons
    # what those buttons build: every row, not the shown one
    database = ReadOnlyDatabase(dashboard_db)
    con = database.cursor()
    try:
        assert len(small_lists.agreements_readable(queries.org_agreements(con, key, Filters(), None), "ru")) == agreements
        assert len(small_lists.events_readable(queries.org_events(con, key, Filters(), None), "ru")) == events
        full = queries.dossier(con, key, Filters(), 0, people=None)
        assert full.partners_total == len(full.partners) == partners
        assert full.officials_total == len(full.officials) == officials
        assert len(queries.ranked(con, Filters(), limit=None)) == organisations
    finally:
        con.close()
        database.close()


def test_xlsx_of_the_dossier_agreements_names_the_organisation(dashboard_db, oracle):
    """The agreements' XLSX: a row per agreement with its text, and the filters sheet says whose dossier."""
    import io

    import openpyxl

    from analytics import exports
    from analytics import organisations as queries
    from analytics import queries as registry_queries
    from analytics.db import ReadOnlyDatabase
    from analytics.filters import Filters
    from analytics.i18n import t
    from ui import organisations as page

    key, name = oracle.execute("""SELECT o.org_key, o.name FROM event_organisations eo JOIN organisations o USING (org_key)
        WHERE eo.role = 'counterpart' GROUP BY ALL ORDER BY count(*) DESC, 1 LIMIT 1""").fetchone()
    database = ReadOnlyDatabase(dashboard_db)
    con = database.cursor()
    try:
        frame = page.agreements_readable(queries.org_agreements(con, key, Filters(), None), "ru")
        sources = registry_queries.sources(con, Filters())
    finally:
        con.close()
        database.close()
    data = exports.xlsx_bytes(frame, filters_sentence=t("org_download_about", "ru", name=name), sources=sources)
    book = openpyxl.load_workbook(io.BytesIO(data))
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert list(rows[0]) == ["№", "Даты", "Мероприятие", "Соглашение", "Текст о соглашении"]
    assert len(rows) - 1 == len(frame) >= 1
    about = [c for row in book.worksheets[1].iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert any(name in c for c in about)
    csv = exports.csv_excel_bytes(frame).decode("utf-8-sig")
    assert csv.splitlines()[0].split(";")[:2] == ["№", "Даты"]


@pytest.mark.parametrize("names, lines", [
    pytest.param(["Витебский облисполком"], None, id="every_name_fits_one_line"),
    pytest.param(["Посольство Республики Беларусь в Российской Федерации"], 2, id="two_lines"),
    pytest.param(["Учреждение образования «Витебский государственный ордена Дружбы народов медицинский "
                  "университет»"], 3, id="three_lines"),
    pytest.param(["Я" * 500], 4, id="a_huge_name_stops_at_four_lines"),
    pytest.param([], None, id="no_names"),
])
def test_long_names_get_rows_tall_enough_to_wrap(names, lines):
    """The grid wraps text only in rows taller than 64 px; a table whose names all fit one line keeps
    the short rows."""
    import pandas as pd

    from ui.organisations import wrapped_row_height

    for font in (16, 17, 20):   # the grid wraps only in rows taller than 4 rem
        height = wrapped_row_height(pd.Series(names, dtype=object), font)
        if lines is None:
            assert height is None
        else:
            assert height > 4 * font and height >= 12 + (font + 4) * lines


def test_the_ranked_table_wraps_the_samples_long_names_and_opens_a_dossier_by_row(dashboard_db, oracle):
    """The sample names organisations longer than a line of the name column, so the ranked table's rows
    are tall enough to wrap them (before: every long name was cut), and it lets a row be selected."""
    longest = oracle.execute("SELECT max(length(o.name)) FROM organisations o JOIN event_organisations eo "
                             "USING (org_key) WHERE eo.side = 'foreign'").fetchone()[0]
    assert longest > 32, "the sample has long foreign names"
    at = open_page()
    frame = next(df for df in at.dataframe if "Организация" in df.value.columns and "Годы" in df.value.columns)
    assert frame.proto.row_height > 4 * 17, "taller than 4 rem of the app's 17-px font, or the grid will not wrap"
    from streamlit.proto.Dataframe_pb2 import Dataframe as DataframeProto
    assert list(frame.proto.selection_mode) == [DataframeProto.SelectionMode.SINGLE_ROW]
    assert any("Щелчок по строке" in c.value for c in at.caption)
