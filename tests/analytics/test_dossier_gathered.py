"""The dossier gathered in few statements gives the frames of the statement-per-part way.

dossier() on a database whose links carry event numbers now reads its quarters, both pages of links,
its partners and its officials as one row of lists (the unfiltered card carries its quarters too)
and the pages' events by id with fetchall(), and builds each frame from the fetched values as
DuckDB's .df() would (_column, _struct_frame): a text column with no value is of dtype object
holding None, one with some is pandas' str, a nullable integer column is pandas' masked one, dates
are datetime64[us]. Each is compared here with .df() of the same rows, and the gathered dossier with
_dossier_parts (one statement a part, .df() each) on plain, merged and date-skewed databases, every
filter kind, every limit (None and 0 too). On main the 12 frame and statement-count tests fail (no
_column, _struct_frame; seven statements); its 12 comparisons pass there, as main's dossier is
_dossier_parts — they guard the rule.
"""
from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from analytics import organisations, queries
from analytics.filters import Filters
from tests.analytics.test_dossier_paths import _frames, _keys, merged_db, plain_db, reports, skewed_db  # noqa: F401

_ROWS = [
    pytest.param("SELECT * FROM (VALUES ('a', 1, DATE '2024-01-02', 5::BIGINT), ('б', 2, DATE '2023-12-31', 6)) "
                 "t(s, i, d, b)", id="every_value"),
    pytest.param("SELECT * FROM (VALUES ('a', NULL::INTEGER, NULL::DATE, 5::BIGINT), (NULL, 3, DATE '2024-05-01', "
                 "NULL)) t(s, i, d, b)", id="some_missing"),
    pytest.param("SELECT NULL::VARCHAR AS s, 7::INTEGER AS i, NULL::DATE AS d, 0::BIGINT AS b", id="text_all_missing"),
    pytest.param("SELECT 'x'::VARCHAR AS s, 1::INTEGER AS i, DATE '2024-01-01' AS d, 1::BIGINT AS b WHERE FALSE",
                 id="no_rows"),
    pytest.param("SELECT 1::TINYINT AS t, 2::SMALLINT AS m, NULL::SMALLINT AS nm, 2.5::DOUBLE AS f, TRUE AS b, "
                 "NULL::BOOLEAN AS nb", id="other_types"),
]


@pytest.mark.parametrize("sql", _ROWS)
def test_columns_built_from_fetched_values_are_those_of_df(sql):
    con = duckdb.connect()
    result = con.execute(sql)
    kinds = [(d[0], str(d[1])) for d in result.description]
    rows = result.fetchall()
    built = pd.DataFrame({name: organisations._column([r[i] for r in rows], kind)
                          for i, (name, kind) in enumerate(kinds)})
    pd.testing.assert_frame_equal(built, con.execute(sql).df())


@pytest.mark.parametrize("sql", _ROWS)
def test_a_list_of_structs_becomes_the_frame_of_its_rows(sql):
    con = duckdb.connect()
    names = [d[0] for d in con.execute(sql).description]
    packed = f"SELECT list(struct_pack({', '.join(f'{n} := t.{n}' for n in names)})) AS x FROM ({sql}) t"
    result = con.execute(packed)
    value, kind = result.fetchone()[0], result.description[0][1]
    pd.testing.assert_frame_equal(organisations._struct_frame(value, kind.children[0][1]), con.execute(sql).df())


def test_an_unknown_type_is_refused_rather_than_guessed():
    with pytest.raises(TypeError):
        organisations._column([1], "HUGEINT")


def _some_keys(con) -> list[str]:
    """Two of the largest organisations, a middling one, the smallest and the last of a merged event
    (_keys' order): each kind the dossier meets, in five rather than all of _keys."""
    keys = _keys(con)
    return list(dict.fromkeys(keys[:2] + keys[6:7] + keys[8:9] + keys[-1:]))


_FILTERS = [Filters(), Filters(countries=("BY",)), Filters(sectors=("culture_tourism",)),
            Filters(search="выставка"), Filters(countries=("BY",), search="соглашение")]


@pytest.mark.parametrize("db_name", ["plain_db", "merged_db", "skewed_db"])
@pytest.mark.parametrize("limit, people, agreements", [(50, 50, 100), (1, 1, 1), (3, None, None), (0, 0, 0)],
                         ids=["page_defaults", "one_each", "unbounded_people_and_agreements", "empty_pages"])
def test_the_gathered_dossier_equals_one_statement_a_part(request, db_name, limit, people, agreements):
    con = duckdb.connect(str(request.getfixturevalue(db_name)), read_only=True)
    try:
        for org_key in _some_keys(con):
            for f in _FILTERS:
                fast = organisations.dossier(con, org_key, f, limit=limit, people=people, agreements=agreements)
                card = fast.card.iloc[:, :organisations._CARD_WIDTH].copy()
                rows, params = organisations._links(f, con=con)
                slow = queries.asked_once(organisations._dossier_parts)(
                    con, card, org_key, f, limit, people, agreements, f"{rows} AND s.org_key = ?",
                    params + [org_key], "event_no")
                for name, frame in _frames(fast).items():
                    pd.testing.assert_frame_equal(frame, _frames(slow)[name], obj=f"{name} {org_key} {f}")
    finally:
        con.close()


class _Counted:
    """A connection that counts the statements run through it."""

    def __init__(self, con):
        self.con, self.statements = con, 0

    def __getattr__(self, name):
        return getattr(self.con, name)

    def execute(self, *args):
        self.statements += 1
        return self.con.execute(*args)

    def sql(self, *args, **kwargs):
        self.statements += 1
        return self.con.sql(*args, **kwargs)


def test_the_unfiltered_dossier_takes_four_statements(plain_db):  # noqa: F811
    """Its questions, its card with figures and quarters, its lists, its events by id (seven before)."""
    con = duckdb.connect(str(plain_db), read_only=True)
    try:
        counted = _Counted(con)
        d = organisations.dossier(counted, _keys(con)[0], Filters())
        assert d.found and len(d.events) and len(d.partners) and len(d.officials)
        assert counted.statements == 4
    finally:
        con.close()
