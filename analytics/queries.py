"""The query layer: one function per question, (connection, Filters) → DataFrame.

All SQL of the dashboard lives here. User values reach DuckDB only as bound parameters built by
`Filters.where()`; the few identifiers formatted into SQL come from this module's own constants.
"""
from __future__ import annotations

import functools
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from etl.limits import MAX_EVENT_NUMBER
from etl.kept import TOP_ORDER, TOP_PER_REPORT, TOP_SHOWN, TOP_WHOLE
from etl.search import WORD_TABLES, indexable

from .filters import Filters, Lookup

Con = duckdb.DuckDBPyConnection


def _hits(con: Con, f: Filters) -> tuple[str, list] | None:
    """("hits AS MATERIALIZED (…)", params): a CTE of the event numbers the word index gives for `f`'s
    search (Filters.hits_sql), for a question that tests the search on several tables in one statement
    (pass it to _filtered, _counted, and hits=True to _side); None when the search is not read through
    a numbered word index."""
    if not f.search or not _word_index(con) or not _numbered(con):
        return None
    found = f.hits_sql()
    return None if found is None else (f"hits AS MATERIALIZED ({found[0]})", found[1])


def _with_hits(hits: tuple[str, list] | str | None, cte: str, params: list) -> tuple[str, list]:
    """`cte` ("WITH f AS …") with the hits CTE before it (a name of shared_hits needs none)."""
    if not isinstance(hits, tuple):
        return cte, params
    return f"WITH {hits[0]}, {cte.removeprefix('WITH ')}", hits[1] + params


@contextmanager
def shared_hits(con: Con, f: Filters) -> Iterator[str | None]:
    """The name of the event numbers `f`'s search finds (Filters.hits_sql), looked up once and held
    as an Arrow table registered on `con` while the block runs — for a question asked in several
    statements (a page of rows and its total, the registry's seek), each of which would look the
    words up again (10–15 ms each at a million events); None when the search is not read through a
    numbered word index. Pass it as `hits` to _filtered."""
    found = _hits(con, f)
    if found is None:
        yield None
        return
    con.complete()  # an earlier execute() left unread would make sql() refuse
    numbers = con.sql(f"SELECT event_no FROM ({f.hits_sql()[0]})", params=found[1]).to_arrow_table()
    name = f"hits_{uuid.uuid4().hex}"
    con.register(name, numbers)
    try:
        yield name
    finally:
        con.complete()  # the block's last execute() may be unread
        con.unregister(name)


def _filtered(con: Con, f: Filters, columns: str = "e.*", materialized: bool = False,
              hits: tuple[str, list] | str | None = None) -> tuple[str, list]:
    """A CTE `f` with the filtered rows of v_events, and its parameters. A query that reads `f` more
    than once names its `columns`: DuckDB would otherwise materialise every column of every filtered
    row (raw texts included) once for all readers. A search reads the word index when `con`'s
    database has one (_word_index), through the events' numbers when they have them (_numbered).
    `materialized` keeps the named columns of the filtered rows for every reader: right for a search's
    few rows, which each reader would otherwise look up in the word index again."""
    index = bool(f.search) and _word_index(con)
    where, params = f.where("e", word_index=index, numbered=index and _numbered(con),
                            hits=hits if isinstance(hits, str) else "hits" if hits else None)
    hint = "" if columns == "e.*" else " MATERIALIZED" if materialized else " NOT MATERIALIZED"
    return _with_hits(hits, f"WITH f AS{hint} (SELECT {columns} FROM v_events e WHERE {where})", params)


# what the database holds, asked once per question within asked_once() (key: connection, check)
_ASKED: ContextVar[dict | None] = ContextVar("asked", default=None)


def asked_once(function):
    """Decorates a question (con first) that tests what the database holds many times over — which
    columns the side tables carry, whether the word index is filled — so that each such check runs
    once while it is answered: `headline` under a country and a search asked 18 times (~0.4 ms each)
    what 5 checks tell. Nothing is kept between calls: a writable connection may change in between."""
    @functools.wraps(function)
    def once(con, *args, **kwargs):
        if _ASKED.get() is not None:
            return function(con, *args, **kwargs)
        token = _ASKED.set({})
        try:
            return function(con, *args, **kwargs)
        finally:
            _ASKED.reset(token)
    return once


def _remembered(con: Con, key: str, check) -> bool:
    """check(), or its answer already given for `con` within the current asked_once() question."""
    memo = _ASKED.get()
    if memo is None:
        return check()
    if (id(con), key) not in memo:
        memo[(id(con), key)] = check()
    return memo[(id(con), key)]


def _has_columns(con: Con, sql: str) -> bool:
    """Whether `sql` (a SELECT of columns … LIMIT 0) binds: a database from before a column (an older
    file opened read-only, an older Parquet export) lacks it and keeps the older, slower way."""
    def binds() -> bool:
        try:
            con.execute(sql).fetchall()
            return True
        except (duckdb.BinderException, duckdb.CatalogException):
            return False
    return _remembered(con, sql, binds)


def _numbered(con: Con) -> bool:
    """Whether events and the word index carry the dense event_no (reports.event_base + n, etl/load.py),
    which a search joins on instead of the text event_id."""
    return _has_columns(con, "SELECT e.event_no, w.event_no FROM events e, event_words_00 w LIMIT 0")


def _side_lists(con: Con) -> bool:
    """Whether the list side tables carry their event's partner countries and months (and
    event_countries its quarter position and agreement): then a country, quarter or month filter is
    read on the side tables too."""
    return _has_columns(con, "SELECT c.partner_countries, c.months, c.quarter_position, c.agreement, m.months, "
                             "x.months, o.months FROM event_countries c, event_months m, event_regions x, "
                             "event_officials o LIMIT 0")


def _word_index(con: Con) -> bool:
    """Whether the word index (event_words_NN) covers this database's events: filled by every load
    and, once, for a database from before it (etl/load.fill_search_words). Not so for a Parquet export
    made before it (its tables are empty stand-ins) or an older file opened read-only: those keep LIKE.
    Asked table by table (one row of the first usually answers, ~0.5 ms): `EXISTS (FROM v_event_words)`
    over the view's 32 tables took 8–15 ms at a million events, and a search question asks it several times."""
    def filled() -> bool:
        try:
            for table in WORD_TABLES:
                if con.execute(f"SELECT EXISTS (FROM {table})").fetchall()[0][0]:
                    return True
            return not con.execute("SELECT EXISTS (FROM events)").fetchall()[0][0]
        except duckdb.CatalogException:
            return False
    return _remembered(con, "word index", filled)


def _side(f: Filters, table: str, con: Con | None = None, hits: bool = False) -> tuple[str, list] | None:
    """`(FROM-clause body, params)` for the rows of a list side table (event_countries, event_months,
    event_regions, event_officials) whose events pass `f`: "event_countries s WHERE NOT s.merged AND …".
    When `f` restricts nothing but columns those rows carry (Filters.columns_only) — and, given a `con`
    whose side tables carry their event's lists (_side_lists), a country, month or quarter too, and a
    search of words when they carry event_no (_side_search); None when the events must be filtered
    first. Counting the flat side table at 1M events takes ~15 ms; unnesting every event's list ~75 ms,
    with list_distinct ~480 ms.

    With `hits` (the statement has the hits CTE, _hits) a search is the side rows joined to the hits
    on event_no, not tested by `s.event_no IN (SELECT event_no FROM hits)` (a semi-join after the
    scan): Belarus · «выставка» at a million events, the distinct countries 39 → 30 ms CPU, the
    regions 40 → 24 (statement by statement, load ~6). A group of several words may give an event's number twice in hits, so its rows may
    repeat: for count(DISTINCT …) only (headline)."""
    if f.columns_only:
        where, params = f.where("s")
    elif con is None or not _side_lists(con) or (f.search and not _side_search(con, f)):
        return None
    elif hits and f.search:  # every term is a word of the index (_side_search): the hits CTE holds them all
        where, params = f.without("search").where("s")
        return f"hits h JOIN {table} s ON s.event_no = h.event_no WHERE NOT s.merged AND {where}", params
    else:
        where, params = f.where("s", word_index=bool(f.search), numbered=bool(f.search),
                                hits="hits" if hits else None)
    return f"{table} s WHERE NOT s.merged AND {where}", params


def _side_search(con: Con, f: Filters, tables: tuple[str, ...] = ("event_countries", "event_months", "event_regions",
                                                                  "event_officials")) -> bool:
    """Whether `f`'s search can be tested on the side `tables` themselves: every term is a word of the
    index (etl/search.indexable), the index and the events are numbered (_numbered) and the side rows
    carry their event's event_no."""
    return (all(indexable(term) for group in f.search_groups() for term in group) and _word_index(con)
            and _numbered(con) and _has_columns(con, f"SELECT {', '.join(f'{t}.event_no' for t in tables)} "
                                                     f"FROM {', '.join(tables)} LIMIT 0"))


def _country_rows(con: Con, f: Filters, hits: bool = False) -> tuple[str, list] | None:
    """`(FROM-clause body, params)` with one row per filtered event, read from event_countries, when `f`
    restricts the partner countries (a search too when it can be tested on the row, _side_search): an
    event's row for the first of its countries
    that the filter names, which carries the event's filter columns, lists and the header's measures
    (attendance, quarter position, agreement). Belarus · culture at a million events is 320k events:
    filtering every event's list and reading its columns took 36–325 ms a question. None otherwise."""
    if not f.countries or not _side_lists(con) or (f.search and not _side_search(con, f)):
        return None
    found, found_params, on = "", [], ""
    if f.search:  # every term a word of the index (_side_search): its events joined, not tested row by row
        found, found_params = _distinct_hits(f, hits)
        found, on = f"{found} h JOIN ", " ON s.event_no = h.event_no"
    where, params = f.without("countries", "search").where("s")
    marks = ", ".join("?" * len(f.countries))
    first = ""  # earlier countries of the event's own list that the filter names too: not this row
    if len(f.countries) > 1:
        first = " AND NOT " + _earlier_in_list(len(f.countries))
    return (f"{found}event_countries s{on} WHERE NOT s.merged AND s.country_code IN ({marks}) AND {where}{first}",
            [*found_params, *f.countries, *params, *(f.countries if first else ())])


def _distinct_hits(f: Filters, hits: bool) -> tuple[str, list]:
    """(FROM-clause item, params): the event numbers of `f`'s search, each once — the hits CTE of the
    statement when `hits`, else Filters.hits_sql itself — for an inner join on event_no. Joined, not
    tested by `IN (…)`: Belarus · «выставка» at a million events (0.8M country rows, 129k numbers) was
    counted in 48–192 ms through the semi-join, 18–64 ms through the join. Numbers come out once
    already when there are several groups (INTERSECT) or one word (one index row per event and word);
    a group of several words (UNION ALL) may give an event twice: then DISTINCT."""
    groups = f.search_groups()
    source, params = ("hits", []) if hits else (f"({f.hits_sql()[0]})", f.hits_sql()[1])
    if len(groups) == 1 and len(groups[0]) > 1:
        return f"(SELECT DISTINCT event_no FROM {source})", params
    return source, params


def _earlier_in_list(count: int) -> str:
    """True when one of `count` bound countries stands before this row's in its event's list."""
    return "(" + " OR ".join("list_contains(s.partner_countries[1:s.position], ?)" for _ in range(count)) + ")"


def _counted(con: Con, f: Filters, columns: tuple[str, ...],
             hits: tuple[str, list] | None = None) -> tuple[str, list]:
    """A CTE `f` with the given columns of the filtered events — columns that event_countries carries
    too (report_id, sector_key, format, attendance_total, attendance_lower_bound, quarter_position,
    agreement, lists…): from _country_rows under a country filter, else from v_events (_filtered)."""
    rows = _country_rows(con, f, hits is not None)
    if rows:
        return _with_hits(hits, f"WITH f AS NOT MATERIALIZED (SELECT {', '.join(columns)} FROM {rows[0]})", rows[1])
    return _filtered(con, f, ", ".join(f"e.{c}" for c in columns), hits=hits)


def _cube(f: Filters) -> tuple[str, list] | None:
    """`(FROM-clause body, params)` over v_event_cube — events counted by region, sector, format,
    direction and type, kept by each load — when `f` restricts only those columns; None otherwise.
    ~2,000 rows stand for a million events."""
    if not f.columns_only or f.reports:
        return None
    where, params = f.where("c")
    return f"v_event_cube c WHERE {where}", params


_ROW_SUMS = """count(*) AS events, CAST(coalesce(sum(attendance_total), 0) AS BIGINT) AS attendance,
           count(attendance_total) AS attendance_known,
           coalesce(bool_or(attendance_lower_bound AND attendance_total IS NOT NULL), false) AS attendance_lower_bound"""
_CUBE_SUMS = """CAST(coalesce(sum(events), 0) AS BIGINT) AS events,
           CAST(coalesce(sum(attendance), 0) AS BIGINT) AS attendance,
           CAST(coalesce(sum(attendance_known), 0) AS BIGINT) AS attendance_known,
           coalesce(sum(lower_bounds) > 0, false) AS attendance_lower_bound"""


def _list_rows(con: Con, f: Filters, table: str, listed: str, item: str, carried: str = "") -> tuple[str, str, list]:
    """(FROM-clause body, CTE, params) for one row per (filtered event, item of its list `listed`),
    with `item` and the `carried` event columns: the side table itself when the filters allow
    (_side), else the filtered events' own list unnested. Lists are kept without repeats at load
    time (etl/load.py), so neither way needs list_distinct."""
    side = _side(f, table, con)
    if side:
        return side[0], "", side[1]
    cte, params = _filtered(con, f)
    extra = f", {carried}" if carried else ""
    return f"(SELECT unnest({listed}) AS {item}{extra} FROM f) s", cte, params


def _df(con: Con, sql: str, params: list) -> pd.DataFrame:
    return con.execute(sql, params).df()


def _long_df(con: Con, sql: str, params: list) -> pd.DataFrame:
    """_df for answers of many rows, the same frame (column types included) for less: DuckDB's own
    conversion builds a Python string per text cell, so the 158k rows of events_by_period at a
    million events took ~120 ms to become a DataFrame, against ~35 ms through Arrow. Text columns
    with a value go through Arrow (pandas' str dtype, as DuckDB gives it); every other column
    (dates, nullable integers, lists, an all-NULL text) through DuckDB's conversion of the same rows."""
    con.complete()  # an earlier execute() left unread (fetchone) would make sql() refuse
    return _arrow_frame(con, con.sql(sql, params=params or None).to_arrow_table())


def _arrow_frame(con: Con, table: pa.Table) -> pd.DataFrame:
    """The frame DuckDB's df() would give for the rows of `table` (an Arrow table of a query's
    answer): its texts through Arrow, every other column through DuckDB's conversion (_long_df)."""
    names = table.column_names
    texts = [i for i, field in enumerate(table.schema) if (pa.types.is_string(field.type) or
             pa.types.is_large_string(field.type)) and table.column(i).null_count < table.num_rows]
    if not texts or len(set(names)) < len(names):
        return con.from_arrow(table).df()
    frame = table.select(texts).to_pandas()
    others = [i for i in range(len(names)) if i not in texts]
    if others:
        rest = con.from_arrow(table.select(others)).df()
        frame = pd.concat([frame, rest], axis=1)[names]
    return frame


# ------------------------------------------------------------------ reference and options

def lookup(con: Con, lang: str = "ru") -> Lookup:
    """Names for captions and tables: every loaded report's period, every country's name, sector headings."""
    periods = dict(con.execute("SELECT report_id, period_label FROM reports").fetchall())
    if lang != "ru":
        periods = {rid: f"Q{q} {y}" for rid, y, q in
                   con.execute("SELECT report_id, year, quarter FROM reports").fetchall()}
    column = "name_ru" if lang == "ru" else "name_en"
    countries = dict(con.execute(f"SELECT code, {column} FROM countries").fetchall())
    headings = dict(con.execute(
        "SELECT value, heading FROM option_counts WHERE field = 'sectors' AND events > 0").fetchall())
    return Lookup(periods=periods, countries=countries, sector_headings=headings)


def reports(con: Con) -> pd.DataFrame:
    """Loaded reports, oldest period first: report_id, file_name, sha256, region, year, quarter, period_label."""
    return _df(con, "SELECT report_id, file_name, sha256, region, year, quarter, period_label, event_count, "
                    "loaded_at FROM reports ORDER BY year, quarter, region", [])


def report_count(con: Con) -> int:
    """How many reports are loaded: whether a page has anything to show (one number, where reading
    the reports table to count it fetched 13,000 rows at a million events, ~50 ms of a first open)."""
    return con.execute("SELECT count(*) FROM reports").fetchone()[0]


def report_quarters(con: Con) -> list[tuple[int, int]]:
    """The (year, quarter) pairs of the loaded reports, latest first."""
    return [(int(y), int(q)) for y, q in con.execute(
        "SELECT DISTINCT year, quarter FROM reports ORDER BY year DESC, quarter DESC").fetchall()]


def report_periods(con: Con, region: str | None = None) -> list[tuple]:
    """(report_id, region, year, quarter, period_label, period_start, period_end) of the loaded reports,
    of one region or all, oldest first: the review's quarters (briefing/model.periods). Rows, not a
    frame: at a million events 13 000 reports went through pandas twice per review, ~0.6 s."""
    return con.execute("SELECT report_id, region, year, quarter, period_label, period_start, period_end FROM reports "
                       "WHERE ? IS NULL OR region = ? ORDER BY year, quarter, region", [region, region]).fetchall()


def options(con: Con) -> dict[str, pd.DataFrame]:
    """Values the sidebar offers, most frequent first. The counts come from option_counts, which each
    load keeps (etl/load.py): a few hundred rows, not a pass over every event (1.5 s at 1M)."""
    def counted(field: str, select: str, order: str, join: str = "") -> pd.DataFrame:
        return _df(con, f"SELECT {select} FROM option_counts o {join} WHERE o.field = ? AND o.events > 0 "
                        f"ORDER BY {order}", [field])

    return {
        "regions": _df(con, "SELECT region, sum(event_count) AS events FROM reports GROUP BY 1 "
                            "ORDER BY events DESC, 1", []),
        "reports": reports(con),
        "sectors": counted("sectors", "o.value AS sector_key, o.heading, o.events", "o.events DESC, 1"),
        "countries": counted("countries", "o.value AS country_code, k.name_ru, k.name_en, o.events",
                             "o.events DESC, k.name_ru, 1", "LEFT JOIN countries k ON k.code = o.value"),
        "formats": counted("formats", "o.value AS format, o.events", "o.events DESC, 1"),
        "directions": counted("directions", "o.value AS direction, o.events", "o.events DESC, 1"),
        "event_types": counted("event_types", "o.value AS event_type, o.events", "o.events DESC, 1"),
        "months": counted("months", "o.value AS month, o.events", "1"),
        "held": counted("held", "o.value AS quarter, o.events", "1 DESC"),
    }


# ------------------------------------------------------------------ overview

@asked_once
def headline(con: Con, f: Filters) -> pd.DataFrame:
    """One row: events (in the reports), held_in_period (of those, the events whose dates touch their
    report's quarter: a Q4 report also lists September events), partner_countries, foreign_regions,
    attendance (sum of stated counts), attendance_known (events with a count), attendance_lower_bound
    (any count is a minimum), signed, verbal (and signed_in_period, verbal_in_period), online_share
    (online or hybrid events / events)."""
    cube = _cube(f)
    hits = None if cube else _hits(con, f)  # the search's words looked up once for the three tables it is tested on
    side_lists = _side(f, "event_countries", con) is not None  # the distinct countries and regions from the side tables
    cte, params = ("", []) if cube else _counted(con, f, ("quarter_position", "attendance_total", "attendance_lower_bound",
                                                        "agreement", "format"), hits) if side_lists else \
        _filtered(con, f, "e.quarter_position, e.partner_countries, e.foreign_regions, "
                          "e.attendance_total, e.attendance_lower_bound, e.agreement, e.format", bool(f.search), hits)
    distinct_counts = []
    for table, column, listed in (("event_countries", "country_code", "partner_countries"),
                                  ("event_regions", "region_name", "foreign_regions")):
        side = _side(f, table, con, hits is not None)
        if side:
            distinct_counts.append(f"(SELECT count(DISTINCT {column}) FROM {side[0]})")
            params = params + side[1]
        else:
            distinct_counts.append(f"(SELECT count(DISTINCT c) FROM (SELECT unnest({listed}) AS c FROM f))")
    if cube:
        sql = f"""
    SELECT CAST(coalesce(sum(events), 0) AS BIGINT) AS events,
           CAST(coalesce(sum(held), 0) AS BIGINT) AS held_in_period,
           {distinct_counts[0]} AS partner_countries,
           {distinct_counts[1]} AS foreign_regions,
           CAST(coalesce(sum(attendance), 0) AS BIGINT) AS attendance,
           CAST(coalesce(sum(attendance_known), 0) AS BIGINT) AS attendance_known,
           coalesce(sum(lower_bounds) > 0, false) AS attendance_lower_bound,
           CAST(coalesce(sum(signed), 0) AS BIGINT) AS signed,
           CAST(coalesce(sum(verbal), 0) AS BIGINT) AS verbal,
           CAST(coalesce(sum(signed_held), 0) AS BIGINT) AS signed_in_period,
           CAST(coalesce(sum(verbal_held), 0) AS BIGINT) AS verbal_in_period,
           CASE WHEN coalesce(sum(events), 0) = 0 THEN NULL
                ELSE coalesce(sum(events) FILTER (WHERE format IN ('online', 'hybrid')), 0)::DOUBLE / sum(events)
           END AS online_share
    FROM {cube[0]}"""
        return _df(con, sql, params + cube[1])
    sql = f"""{cte}
    SELECT count(*) AS events,
           count(*) FILTER (WHERE quarter_position IN ('inside', 'partial')) AS held_in_period,
           {distinct_counts[0]} AS partner_countries,
           {distinct_counts[1]} AS foreign_regions,
           CAST(coalesce(sum(attendance_total), 0) AS BIGINT) AS attendance,
           count(attendance_total) AS attendance_known,
           coalesce(bool_or(attendance_lower_bound AND attendance_total IS NOT NULL), false) AS attendance_lower_bound,
           count(*) FILTER (WHERE agreement = 'signed') AS signed,
           count(*) FILTER (WHERE agreement = 'verbal') AS verbal,
           count(*) FILTER (WHERE agreement = 'signed' AND quarter_position IN ('inside', 'partial')) AS signed_in_period,
           count(*) FILTER (WHERE agreement = 'verbal' AND quarter_position IN ('inside', 'partial')) AS verbal_in_period,
           CASE WHEN count(*) = 0 THEN NULL
                ELSE (count(*) FILTER (WHERE format IN ('online', 'hybrid')))::DOUBLE / count(*) END AS online_share
    FROM f"""
    return _df(con, sql, params)


def events_by_sector(con: Con, f: Filters) -> pd.DataFrame:
    """sector_key, heading, events, attendance, attendance_known, attendance_lower_bound; most events first."""
    cube = _cube(f)
    if cube:
        return _df(con, f"""
    SELECT c.sector_key, o.heading, c.events, c.attendance, c.attendance_known, c.attendance_lower_bound
    FROM (SELECT sector_key, {_CUBE_SUMS} FROM {cube[0]} GROUP BY 1 HAVING sum(events) > 0) c
    LEFT JOIN option_counts o ON o.field = 'sectors' AND o.value = c.sector_key
    ORDER BY c.events DESC, c.attendance DESC, c.sector_key""", cube[1])
    rows = _country_rows(con, f)
    if rows:
        return _df(con, f"""
    SELECT c.sector_key, o.heading, c.events, c.attendance, c.attendance_known, c.attendance_lower_bound
    FROM (SELECT sector_key, {_ROW_SUMS} FROM {rows[0]} GROUP BY 1) c
    LEFT JOIN option_counts o ON o.field = 'sectors' AND o.value = c.sector_key
    ORDER BY c.events DESC, c.attendance DESC, c.sector_key""", rows[1])
    cte, params = _filtered(con, f)
    sql = f"""{cte}
    SELECT sector_key, any_value(coalesce(sector, sector_en)) AS heading, count(*) AS events,
           CAST(coalesce(sum(attendance_total), 0) AS BIGINT) AS attendance, count(attendance_total) AS attendance_known,
           coalesce(bool_or(attendance_lower_bound AND attendance_total IS NOT NULL), false) AS attendance_lower_bound
    FROM f GROUP BY sector_key ORDER BY events DESC, attendance DESC, sector_key"""
    return _df(con, sql, params)


def events_by_country(con: Con, f: Filters) -> pd.DataFrame:
    """country_code, alpha3, name_ru, name_en, events, attendance (of events with that partner)."""
    rows, cte, params = _list_rows(con, f, "event_countries", "partner_countries", "country_code",
                                   "attendance_total, attendance_lower_bound")
    sql = f"""{cte}
    SELECT u.country_code, k.alpha3, k.name_ru, k.name_en, u.events, u.attendance, u.attendance_known,
           u.attendance_lower_bound
    FROM (SELECT country_code, count(*) AS events,
                 CAST(coalesce(sum(attendance_total), 0) AS BIGINT) AS attendance,
                 count(attendance_total) AS attendance_known,
                 coalesce(bool_or(attendance_lower_bound AND attendance_total IS NOT NULL), false)
                     AS attendance_lower_bound
          FROM {rows}
          GROUP BY country_code) u
    LEFT JOIN countries k ON k.code = u.country_code
    ORDER BY u.events DESC, k.name_ru"""
    return _df(con, sql, params)


def countries_by_report(con: Con, report_ids: list[str]) -> dict[str, dict[str, int]]:
    """report_id → {country code: events} for each of `report_ids` (a report with no partner: {}), as
    events_by_country counts them under Filters(reports=(report_id,)) — in one statement: the review
    asked events_by_country once per loaded quarter of the region, 368 statements and ~5 s at a
    million events (briefing/model.partner_changes)."""
    ids = list(dict.fromkeys(report_ids))
    found: dict[str, dict[str, int]] = {report_id: {} for report_id in ids}
    if not ids:
        return found
    rows, cte, params = _list_rows(con, Filters(reports=tuple(ids)), "event_countries", "partner_countries",
                                   "country_code", "report_id")
    for report_id, code, events in con.execute(f"""{cte}
            SELECT report_id, country_code, count(*) AS events FROM {rows} GROUP BY ALL""", params).fetchall():
        found[report_id][code] = int(events)
    return found


def events_by_month(con: Con, f: Filters) -> pd.DataFrame:
    """month (YYYY-MM), events: an event spanning two months counts in both (event_months)."""
    rows, cte, params = _list_rows(con, f, "event_months", "months", "month")
    sql = f"""{cte}
    SELECT month, count(*) AS events FROM {rows} GROUP BY 1 ORDER BY 1"""
    return _df(con, sql, params)


def agreements(con: Con, f: Filters, kinds: tuple[str, ...] = ("signed",)) -> pd.DataFrame:
    """Events with an agreement of the given kinds: n, title, start_date, sector_key, agreement,
    agreement_text, partner_countries (list of codes), period_label, quarter_position (inside | partial |
    outside its report's quarter) — every one, for the review and the downloads; a page shows the
    latest few (page_queries.agreements_latest)."""
    cte, params = _filtered(con, f)
    marks = ", ".join("?" * len(kinds))
    sql = f"""{cte}
    SELECT event_id, n, title, start_date, end_date, sector_key, agreement, agreement_text,
           partner_countries, period_label, quarter_position
    FROM f WHERE agreement IN ({marks}) ORDER BY start_date NULLS LAST, n, event_id"""
    return _df(con, sql, params + list(kinds))


# ------------------------------------------------------------------ sectors

def sector_month(con: Con, f: Filters) -> pd.DataFrame:
    """sector_key, month, events: the sector × month heatmap."""
    rows, cte, params = _list_rows(con, f, "event_months", "months", "month", "sector_key")
    sql = f"""{cte}
    SELECT sector_key, month, count(*) AS events FROM {rows} GROUP BY ALL ORDER BY 1, 2"""
    return _df(con, sql, params)


def sector_country(con: Con, f: Filters) -> pd.DataFrame:
    """sector_key, country_code, events: the sector × partner-country matrix."""
    rows, cte, params = _list_rows(con, f, "event_countries", "partner_countries", "country_code", "sector_key")
    sql = f"""{cte}
    SELECT sector_key, country_code, count(*) AS events FROM {rows} GROUP BY ALL ORDER BY 1, 2"""
    return _df(con, sql, params)


# ------------------------------------------------------------------ countries

def region_points(con: Con, f: Filters) -> pd.DataFrame:
    """Foreign regions with coordinates: region_name, country_code, lat, lon, events."""
    rows, cte, params = _list_rows(con, f, "event_regions", "foreign_regions", "region_name")
    sql = f"""{cte}
    SELECT u.region_name, x.country AS country_code, x.lat, x.lon, u.events
    FROM (SELECT region_name, count(*) AS events FROM {rows} GROUP BY 1) u
    LEFT JOIN foreign_region_ref x ON x.name = u.region_name
    ORDER BY u.events DESC, u.region_name"""
    return _df(con, sql, params)


def officials(con: Con, f: Filters) -> pd.DataFrame:
    """Officials named in the filtered events: name, role, events (count), titles (list). An event
    names a person once (officials.normalize_names keeps one row per name and event, and the field is
    not correctable), so count(*) is their distinct events: count(DISTINCT event_id) took ~70 of the
    ~75 ms at a million events."""
    side = _side(f, "event_officials", con)
    if side:
        rows, params = side
    else:
        cte, params = _filtered(con, f)
        rows = "(SELECT o.* FROM event_officials o WHERE o.event_id IN (SELECT event_id FROM f)) s"
    sql = f"""{"" if side else cte}
    SELECT s.name, min(s.role) AS role, count(*) AS events,
           list(DISTINCT s.n ORDER BY s.n) AS event_numbers
    FROM {rows}
    GROUP BY s.name ORDER BY events DESC, s.name"""
    return _df(con, sql, params)


def country_events(con: Con, f: Filters, country_code: str) -> pd.DataFrame:
    """The dossier's event list: the filtered events that have this partner country."""
    return registry(con, replace(f, countries=(country_code,)))


# ------------------------------------------------------------------ dynamics

def timeline(con: Con, f: Filters) -> pd.DataFrame:
    """Events with real dates: n, title, sector_key, format, start_date, end_date, finish (end + 1 day,
    so a one-day event has a visible bar), in date order. Events without a start date are left out.
    Every one (downloads, the review); the Динамика page draws the latest (page_queries.timeline_latest),
    since a Gantt chart of a million bars says nothing and ships a million rows to the browser."""
    cte, params = _filtered(con, f)
    sql = f"""{cte}
    SELECT event_id, n, title, sector_key, format, direction, start_date,
           coalesce(end_date, start_date) AS end_date,
           coalesce(end_date, start_date) + INTERVAL 1 DAY AS finish,
           partner_countries, period_label
    FROM f WHERE start_date IS NOT NULL
    ORDER BY start_date, n, event_id"""
    return _df(con, sql, params)


def _report_sectors(con: Con, f: Filters) -> tuple[str, list] | None:
    """(FROM-clause body, params) of year, quarter, period_label, region, sector_key, events, attendance
    per report and sector from report_sectors (kept by each load, with its report's period and region:
    no join to reports), its merged events taken away, when `f` restricts only
    the region, report or sector; None otherwise, or when the table is an empty stand-in (a Parquet
    export from before it)."""
    if any(getattr(f, name) for name in ("countries", "held", "months", "search", "formats", "directions",
                                         "event_types")):
        return None
    try:
        if not con.execute("SELECT EXISTS (FROM report_sectors) OR NOT EXISTS (FROM events)").fetchone()[0]:
            return None
    except duckdb.CatalogException:
        return None
    where, params = f.where("s")
    merged_where, merged_params = f.where("e")
    columns = "s.year, s.quarter, s.period_label, s.region, s.sector_key, s.events, s.attendance"
    if not con.execute(f"SELECT EXISTS (FROM events e WHERE e.duplicate_of IS NOT NULL AND {merged_where})",
                       merged_params).fetchall()[0][0]:  # nothing to take away: joining 158k rows by their text keys cost ~12 ms
        return f"(SELECT {columns} FROM report_sectors s WHERE {where} AND s.events > 0) u", params
    # the merged events' few groups joined to the kept rows: re-grouping 158k rows to subtract them cost ~20 ms
    return (f"""(SELECT s.year, s.quarter, s.period_label, s.region, s.sector_key,
                       s.events - coalesce(m.events, 0) AS events,
                       s.attendance - coalesce(m.attendance, 0) AS attendance
                FROM report_sectors s LEFT JOIN (
                    SELECT e.report_id, e.sector_key, count(*) AS events,
                           CAST(coalesce(sum(e.attendance_total), 0) AS BIGINT) AS attendance
                    FROM events e WHERE e.duplicate_of IS NOT NULL AND {merged_where} GROUP BY ALL) m
                  ON m.report_id = s.report_id AND m.sector_key = s.sector_key
                WHERE {where} AND s.events > coalesce(m.events, 0)) u""", merged_params + params)


def events_by_period(con: Con, f: Filters) -> pd.DataFrame:
    """Per report (quarter) and sector: year, quarter, period_label, region, sector_key, events, attendance.
    Grouped by report_id and sector first (a short key), then named from reports; read from
    report_sectors when the filters allow (_report_sectors), from the country rows under a country
    filter (_country_rows), else from the filtered events. 158k rows at a million events: they
    become a frame through Arrow (_long_df), and report_sectors' rows are sorted there too."""
    named = """SELECT r.year, r.quarter, r.period_label, r.region, u.sector_key, u.events, u.attendance
    FROM {rows} JOIN reports r USING (report_id) ORDER BY r.year, r.quarter, u.events DESC, u.sector_key, r.region"""
    kept = _report_sectors(con, f)
    if kept:  # sorted by Arrow: DuckDB's sort carried the three texts of 158k rows (~20 of ~35 ms)
        con.complete()
        table = con.sql(f"SELECT * FROM {kept[0]}", params=kept[1] or None).to_arrow_table()
        order = pc.sort_indices(table, sort_keys=[("year", "ascending"), ("quarter", "ascending"),
                                                  ("events", "descending")])  # stable: the scan keeps insertion order
        return _arrow_frame(con, table.take(order))
    rows = _country_rows(con, f)
    if rows:
        grouped = (f"(SELECT s.report_id, s.sector_key, count(*) AS events, "
                   f"CAST(coalesce(sum(s.attendance_total), 0) AS BIGINT) AS attendance FROM {rows[0]} GROUP BY ALL) u")
        return _long_df(con, named.format(rows=grouped), rows[1])
    cte, params = _filtered(con, f, "e.report_id, e.sector_key, e.attendance_total")
    grouped = ("(SELECT report_id, sector_key, count(*) AS events, "
               "CAST(coalesce(sum(attendance_total), 0) AS BIGINT) AS attendance FROM f GROUP BY ALL) u")
    return _long_df(con, cte + "\n    " + named.format(rows=grouped), params)


# ------------------------------------------------------------------ participants

def attendance_by_format(con: Con, f: Filters) -> pd.DataFrame:
    """format, events, attendance, attendance_known, attendance_lower_bound."""
    cube = _cube(f)
    if cube:
        return _df(con, f"""SELECT format, {_CUBE_SUMS} FROM {cube[0]} GROUP BY 1 HAVING sum(events) > 0
    ORDER BY attendance DESC, events DESC, format""", cube[1])
    cte, params = _counted(con, f, ("format", "attendance_total", "attendance_lower_bound"))
    sql = f"""{cte}
    SELECT format, count(*) AS events, CAST(coalesce(sum(attendance_total), 0) AS BIGINT) AS attendance,
           count(attendance_total) AS attendance_known,
           coalesce(bool_or(attendance_lower_bound AND attendance_total IS NOT NULL), false) AS attendance_lower_bound
    FROM f GROUP BY 1 ORDER BY attendance DESC, events DESC, format"""
    return _df(con, sql, params)


def biggest_events(con: Con, f: Filters, limit: int = 10) -> pd.DataFrame:
    """The events with the most participants: n, title, sector_key, start_date, end_date,
    attendance_total, attendance_lower_bound, attendance_foreign, attendance_online, format."""
    columns = TOP_SHOWN
    order = TOP_ORDER
    whole = _whole_top_rows(con, f, limit)
    if whole is not None:
        return whole
    kept = _kept_top(con, f, limit)
    if kept and kept[3] is not None:  # the whole top's first rows, no report of theirs merged
        return _rows_by_ids(con, columns, kept[3], order)
    cte, params = kept[:2] if kept else _filtered(con, f, "e.event_id, e.n, e.attendance_total", bool(f.search))
    # (the whole top's 100 rows need no floor: its query would cost what it saves)
    floor = not f.search and (kept is None or kept[2] != "top_attendance")
    return _rows_by_ids(con, columns, top_ids(con, (cte, params), "attendance_total", order, limit, floor=floor), order)


def _whole_top_rows(con: Con, f: Filters, limit: int) -> pd.DataFrame | None:
    """The unfiltered biggest_events read whole from top_attendance's rows (they carry the shown columns),
    in one statement — when no event of report_top_attendance is merged (then each report's kept rows are
    its first unmerged events, and the whole top's first `limit` rows the answer) and the whole top holds
    the first min(TOP_WHOLE, every report's kept rows) of them. None otherwise (_kept_top decides), and
    for a file or export from before the columns."""
    if not f.is_empty or int(limit) > TOP_PER_REPORT:
        return None
    try:
        rows = con.execute(f"""SELECT {', '.join(TOP_SHOWN)},
            (SELECT count(*) FROM top_attendance) = least(?, (SELECT count(*) FROM report_top_attendance)) AS whole,
            (SELECT coalesce(list(event_id), []) FROM events WHERE duplicate_of IS NOT NULL) AS merged
            FROM top_attendance ORDER BY {TOP_ORDER} LIMIT ?""", [TOP_WHOLE, max(0, int(limit))]).df()
    except (duckdb.BinderException, duckdb.CatalogException):
        return None
    if rows.empty or not rows["whole"].iloc[0]:
        return None
    merged = rows["merged"].iloc[0]
    # (a semi-join of the kept rows with the merged events' ids hashed 130k rows even with none merged: ~10 ms)
    if len(merged) and con.execute(
            f"SELECT EXISTS (SELECT 1 FROM report_top_attendance WHERE event_id IN ({', '.join('?' * len(merged))}))",
            list(merged)).fetchone()[0]:
        return None
    return rows.drop(columns=["whole", "merged"])


def _kept_top(con: Con, f: Filters, limit: int) -> tuple[str, list, str, list[str] | None] | None:
    """A CTE `f` (event_id, n, attendance_total) holding every candidate for the unfiltered top `limit`
    by attendance, from what each load keeps: the whole top (top_attendance, the first 100 rows of
    report_top_attendance), or each report's (report_top_attendance: any event of the whole top is among
    its own report's top, as the order is the same) when the database has no whole top (a file or
    Parquet export from before it). A report with a merged event is read from v_events instead: its
    kept rows may hold the merged one. The whole top's rows of the other reports hold every candidate
    of theirs when they are at least `limit` (an event of theirs outside them is in its report's top,
    so below all 100 rows, at least `limit` of them unmerged); else each report's rows are read.
    Also the table read, and the top's event_ids themselves when no report has a merged event and the
    whole top serves (its first `limit` rows: no statement more). None when `f` filters, `limit` is
    beyond what is kept, or the database keeps no rows."""
    if not f.is_empty or int(limit) > TOP_PER_REPORT:
        return None
    merged_sql = "SELECT list(DISTINCT report_id ORDER BY report_id) FROM events WHERE duplicate_of IS NOT NULL"
    try:  # one statement: each costs ~0.3 ms
        merged, whole, ids = con.execute(
            f"SELECT ({merged_sql}), (SELECT list(report_id) FROM top_attendance), "
            f"(SELECT list(event_id ORDER BY {TOP_ORDER}) FROM top_attendance)").fetchone()
    except (duckdb.BinderException, duckdb.CatalogException):
        merged, whole, ids = None, None, None
    if not whole:
        try:
            if not con.execute("SELECT EXISTS (SELECT 1 FROM report_top_attendance)").fetchone()[0]:
                return None
        except (duckdb.BinderException, duckdb.CatalogException):
            return None
        merged = con.execute(merged_sql).fetchone()[0]
    merged = merged or []
    unmerged = sum(report not in set(merged) for report in whole or [])
    table = "top_attendance" if unmerged >= int(limit) else "report_top_attendance"
    if not merged:
        return (f"WITH f AS (SELECT event_id, n, attendance_total FROM {table})", [], table,
                ids[:int(limit)] if table == "top_attendance" else None)
    marks = ", ".join("?" * len(merged))
    return (f"""WITH f AS (SELECT event_id, n, attendance_total FROM {table}
                          WHERE report_id NOT IN ({marks})
                          UNION ALL
                          SELECT event_id, n, attendance_total FROM v_events WHERE report_id IN ({marks}))""",
            merged + merged, table, None)


def top_ids(con: Con, source: tuple[str, list], lead: str, order: str, limit: int, condition: str = "TRUE",
            condition_params: list | None = None, floor: bool = True) -> list[str]:
    """The event_id of the first `limit` rows of `source` (a CTE `f` and its parameters) with a
    `lead` and meeting `condition`, in `order`, which starts with `lead` DESC (the most participants,
    the most foreigners). The `limit`-th largest `lead` is found first, over that one integer column,
    and only the rows at or above it are sorted by the whole order: a top-N over the order itself
    read every filtered row's number and text id (~20 ms at a million events; then ~5 ms). Then the
    page's rows are read by id (_rows_by_ids) — not through the filter, whose wide columns DuckDB
    would read for every row. Not under a search (`floor` False): the word look-up would run twice,
    for a few thousand rows that sort in no time."""
    limit = max(0, int(limit))
    if not limit:
        return []
    cte, params = source
    where = f"{lead} IS NOT NULL AND {condition}"
    extra = list(condition_params or [])
    lowest = con.execute(f"{cte} SELECT {lead} FROM f WHERE {where} ORDER BY {lead} DESC LIMIT 1 OFFSET ?",
                         params + extra + [limit - 1]).fetchall() if floor else []
    if lowest:
        where, extra = f"{where} AND {lead} >= ?", extra + [lowest[0][0]]
    return [r[0] for r in con.execute(f"{cte} SELECT event_id FROM f WHERE {where} ORDER BY {order} LIMIT ?",
                                      params + extra + [limit]).fetchall()]


def foreign_participants(con: Con, f: Filters) -> pd.DataFrame:
    """Events where the report states how many foreigners took part, most foreigners first — every
    one; a page shows the top (page_queries.foreign_participants_top)."""
    cte, params = _filtered(con, f)
    sql = f"""{cte}
    SELECT event_id, n, title, sector_key, start_date, end_date, attendance_foreign, attendance_total,
           attendance_lower_bound, partner_countries
    FROM f WHERE attendance_foreign IS NOT NULL ORDER BY attendance_foreign DESC, n, event_id"""
    return _df(con, sql, params)


# ------------------------------------------------------------------ registry

REGISTRY_COLUMNS = (
    "event_id", "n", "title", "sector_key", "sector", "start_date", "end_date", "months", "quarter_position",
    "format", "direction", "event_type", "venue_city", "venue_country", "partner_countries",
    "foreign_regions", "unnamed_foreign", "attendance_total", "attendance_lower_bound", "attendance_foreign",
    "attendance_online", "agreement", "agreement_text", "officials", "period_label", "region",
    "file_name", "sha256", "table_row", "source_line", "raw_number", "raw_title", "raw_venue",
    "raw_dates", "raw_content", "raw_participants",
)


def registry(con: Con, f: Filters) -> pd.DataFrame:
    """Every field of every filtered event (the Реестр table and its downloads), in report order."""
    cte, params = _filtered(con, f)
    sql = f"""{cte}
    SELECT {', '.join(REGISTRY_COLUMNS)} FROM f ORDER BY year, quarter, region, n"""
    return _df(con, sql, params)


REGISTRY_ORDER = {  # sort key name → ORDER BY (whitelisted; event_id last keeps pages stable)
    "report": "year, quarter, region, n, event_id",
    "date": "start_date NULLS LAST, year, quarter, region, n, event_id",
    "date_desc": "start_date DESC NULLS LAST, year, quarter, region, n, event_id",
    "attendance": "attendance_total DESC NULLS LAST, year, quarter, region, n, event_id",
}
# the same orders as (column, direction) lists, NULLs last everywhere: what a seek compares
REGISTRY_KEYS = {name: [(part.split()[0], "DESC" if " DESC" in part else "ASC") for part in order.split(", ")]
                 for name, order in REGISTRY_ORDER.items()}
_REPORT_GROUP = ("year", "quarter", "region")  # one report's events: every order ends with these, n, event_id
SEEK_FROM = 2_000  # below this offset a plain OFFSET (a top-N of offset + limit rows) is as cheap as a seek


def registry_page(con: Con, f: Filters, limit: int = 50, offset: int = 0, order: str = "report",
                  columns: tuple[str, ...] = REGISTRY_COLUMNS, seek_from: int = SEEK_FROM) -> pd.DataFrame:
    """One page of the Реестр: `limit` filtered events from `offset`, every registry field (or the
    given ones). The total for the pager is count_events(con, f); only the page leaves DuckDB.
    `order` is a key of REGISTRY_ORDER. A deep page is found by its first row's sort key
    (_registry_key_at) and read from there (a seek), not by OFFSET, which sorts every row before
    it: page 10 000 of a million events took 1.8 s (11 s on a busy machine) with OFFSET. Offsets from
    `seek_from` on are sought.

    Under a search the page's ids are picked by one sort of the matched events' keys at any offset,
    then read by id: a seek runs a statement per level, and each one looks the words up and joins the
    events again (a deep page of the 19k events with «вытынанка» at a million events: 50 ms as a seek,
    16 ms for the sort and 9 ms for the rows; Belarus with «выставка», 79k events, 50 against 27 + 8)."""
    unknown = [c for c in columns if c not in REGISTRY_COLUMNS]
    if unknown:
        raise ValueError(f"unknown registry columns: {unknown}")
    limit, offset = max(0, int(limit)), max(0, int(offset))
    if offset >= seek_from and f.is_empty and order == "report":
        page = _registry_page_by_reports(con, limit, offset, columns)
        if page is not None:
            return page
    if offset >= seek_from and not f.search:
        return registry_seek(con, f, limit, offset, order, columns)
    if offset >= seek_from and order == "report":
        ids = _searched_page_ids(con, f, limit, offset)
        if ids is not None:
            return _rows_by_ids(con, columns, ids, REGISTRY_ORDER[order])
    cte, params = _filtered(con, f)
    if f.search:
        ids = [r[0] for r in con.execute(f"{cte} SELECT event_id FROM f ORDER BY {REGISTRY_ORDER[order]} "
                                         "LIMIT ? OFFSET ?", params + [limit, offset]).fetchall()]
        return _rows_by_ids(con, columns, ids, REGISTRY_ORDER[order])
    return _df(con, f"{cte} SELECT {', '.join(columns)} FROM f ORDER BY {REGISTRY_ORDER[order]} LIMIT ? OFFSET ?",
               params + [limit, offset])


def _registry_page_by_reports(con: Con, limit: int, offset: int, columns: tuple[str, ...]) -> pd.DataFrame | None:
    """An unfiltered registry page in report order found from the per-report counts each load keeps
    (report_fill.events, merged events included, less each report's merged ones — a scan of the few
    marked): a running sum over the quarters picks the quarters the page falls in, one over their reports
    in region order the groups (year, quarter, region) and the page's offset within the first (a running
    sum over all ~13k reports sorted by region took ~10 ms), and the page is read from those groups only,
    bounded by their events' numbers (reports.event_base + n, so DuckDB skips the row groups outside).
    The seek's group-by of every event by report took ~19 ms CPU of its ~70 at a million events, and
    fetching 13k groups into Python ~14. None when report_fill does not cover the events (an export
    from before it) or the database has no event numbers."""
    if not limit:
        return None
    try:
        picked = con.execute("""WITH per AS (
                SELECT r.year, r.quarter, r.region, r.event_base, x.events - coalesce(m.merged, 0) AS events
                FROM report_fill x JOIN reports r USING (report_id)
                LEFT JOIN (SELECT report_id, count(*) AS merged FROM events WHERE duplicate_of IS NOT NULL
                           GROUP BY report_id) m USING (report_id)),
            quarters AS (SELECT year, quarter, sum(events) AS events FROM per GROUP BY year, quarter),
            upto_quarter AS (SELECT *, sum(events) OVER (ORDER BY year, quarter
                                                         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS upto
                             FROM quarters),
            page_quarters AS (SELECT year, quarter, upto - events AS before FROM upto_quarter
                              WHERE upto > $offset AND upto - events < $end),
            groups AS (SELECT p.year, p.quarter, p.region, min(p.event_base) AS low, max(p.event_base) AS high,
                              sum(p.events) AS events, any_value(q.before) AS quarter_before
                       FROM per p JOIN page_quarters q ON q.year = p.year AND q.quarter = p.quarter
                       GROUP BY p.year, p.quarter, p.region),
            upto_group AS (SELECT *, quarter_before + sum(events) OVER (
                               PARTITION BY year, quarter ORDER BY region
                               ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS upto FROM groups)
            SELECT year, quarter, region, low, high, upto - events AS before,
                   (SELECT sum(events) FROM report_fill) = (SELECT count(*) FROM events) AS covered
            FROM upto_group WHERE upto > $offset AND upto - events < $end AND events > 0
            ORDER BY year, quarter, region""", {"offset": offset, "end": offset + limit}).fetchall()
    except (duckdb.BinderException, duckdb.CatalogException):
        return None
    if not picked:
        return None  # past the end, or nothing counted: the seek says which
    if not picked[0][-1] or any(row[3] is None for row in picked):
        return None
    same = " OR ".join("(year = ? AND quarter = ? AND region IS NOT DISTINCT FROM ?)" for _ in picked)
    params = [v for row in picked for v in row[:3]]
    low, high = min(row[3] for row in picked), max(row[4] for row in picked) + MAX_EVENT_NUMBER
    return _df(con, f"SELECT {', '.join(columns)} FROM v_events WHERE event_no BETWEEN ? AND ? AND ({same}) "
                    f"ORDER BY {REGISTRY_ORDER['report']} LIMIT ? OFFSET ?",
               [low, high, *params, limit, offset - picked[0][5]])


def _searched_page_ids(con: Con, f: Filters, limit: int, offset: int) -> list[str] | None:
    """The ids of a deep registry page in report order under a search (`limit` rows from `offset`),
    found without sorting every matched event by its text keys: the matched events (one country row
    an event, _country_rows — the search's numbers joined to them —, when `f` names countries) are
    counted by report, the reports' counts added up by quarter (a running
    sum over integers) and, in the page's quarters only, by region, which gives the page's report
    groups (year, quarter, region) and how many rows come before the first; only those groups'
    events are sorted (by n, event_no less the report's event_base, then event_id). Belarus with
    «выставка» at a million events (79k events): ~50 ms CPU against ~100 for sorting the 79k rows by
    year, quarter, region, n, event_id (the texts dominate). None when the database has no event
    numbers, `f` names no country the side rows can answer (without one the scan of the events, not
    the sort, is the cost: «вытынанка» alone 52 ms either way), a page report has no event_base, or
    the page is past the end (the sort answers)."""
    if not limit or not _numbered(con):
        return None
    rows = _country_rows(con, f)
    if rows is None:  # the filtered events' scan is the cost there: the sort was measured no dearer
        return None
    source, params, prefix = f"SELECT s.report_id, s.event_no FROM {rows[0]}", rows[1], "WITH "
    end = offset + limit
    found = con.execute(f"""{prefix}c AS MATERIALIZED ({source}),
        per AS (SELECT r.year, r.quarter, r.region, r.report_id, r.event_base, x.events
                FROM (SELECT report_id, count(*) AS events FROM c GROUP BY 1) x JOIN reports r USING (report_id)),
        quarters AS (SELECT year, quarter, sum(events) AS events FROM per GROUP BY year, quarter),
        upto_quarter AS (SELECT *, sum(events) OVER (ORDER BY year, quarter
                                                     ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS upto
                         FROM quarters),
        page_quarters AS (SELECT year, quarter, upto - events AS before FROM upto_quarter WHERE upto > ? AND upto - events < ?),
        groups AS (SELECT p.year, p.quarter, p.region, sum(p.events) AS events, any_value(q.before) AS quarter_before
                   FROM per p JOIN page_quarters q ON q.year IS NOT DISTINCT FROM p.year
                                                  AND q.quarter IS NOT DISTINCT FROM p.quarter
                   GROUP BY p.year, p.quarter, p.region),
        upto_group AS (SELECT *, quarter_before + sum(events) OVER (
                           PARTITION BY year, quarter ORDER BY region
                           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS upto FROM groups),
        page AS (SELECT year, quarter, region, upto - events AS before FROM upto_group WHERE upto > ? AND upto - events < ?)
        SELECT c.report_id || ':' || (c.event_no - p.event_base) AS event_id,
               p.event_base IS NULL OR c.event_no IS NULL AS unnumbered
        FROM c JOIN per p USING (report_id)
        SEMI JOIN page g ON g.year IS NOT DISTINCT FROM p.year AND g.quarter IS NOT DISTINCT FROM p.quarter
                        AND g.region IS NOT DISTINCT FROM p.region
        ORDER BY p.year, p.quarter, p.region, c.event_no - p.event_base, event_id
        LIMIT ? OFFSET ? - (SELECT min(before) FROM page)""", params + [offset, end, offset, end, limit, offset]).fetchall()
    if not found or any(unnumbered for _, unnumbered in found):
        return None
    return [event_id for event_id, _ in found]


def _rows_by_ids(con: Con, columns: tuple[str, ...], ids: list[str], order: str) -> pd.DataFrame:
    """The given events' columns in `order`. A page under a search is picked as ids first: through
    the word index's semi-join DuckDB reads every column of every event before joining (a first
    page took 270–400 ms at a million events, its ids alone ~70 ms)."""
    marks = ", ".join("?" * len(ids)) or "NULL"
    return _df(con, f"SELECT {', '.join(columns)} FROM v_events_all WHERE event_id IN ({marks}) ORDER BY {order}", ids)


def registry_seek(con: Con, f: Filters, limit: int, offset: int, order: str = "report",
                  columns: tuple[str, ...] = REGISTRY_COLUMNS) -> pd.DataFrame:
    """registry_page found by a seek at any offset (registry_page uses it from SEEK_FROM on). Not
    through shared_hits: with the search's numbers as an Arrow table DuckDB hashed the 400k events
    after the seek and probed them with the numbers (Belarus · a word: 140 ms against 57 ms)."""
    cte, params = _filtered(con, f)
    select = f"{cte} SELECT {', '.join(columns)} FROM f"
    start = _registry_key_at(con, cte, params, order, offset, _report_groups(con, f) if order == "report" else None)
    if start is None:  # past the last row: an empty page with the columns
        return _df(con, f"{select} LIMIT 0", params)
    seek, seek_params = _at_or_after(REGISTRY_KEYS[order], start)
    if f.search:
        ids = [r[0] for r in con.execute(f"{cte} SELECT event_id FROM f WHERE {seek} ORDER BY {REGISTRY_ORDER[order]} "
                                         "LIMIT ?", params + seek_params + [limit]).fetchall()]
        return _rows_by_ids(con, columns, ids, REGISTRY_ORDER[order])
    return _df(con, f"{select} WHERE {seek} ORDER BY {REGISTRY_ORDER[order]} LIMIT ?", params + seek_params + [limit])


def _report_groups(con: Con, f: Filters) -> tuple[str, list] | None:
    """(SQL, params) of the filtered events counted by report group (year, quarter, region), in
    report order, from one country row an event (_country_rows) — when `f` names partner countries
    and the side table can answer it: an event's year, quarter and region are its report's
    (etl/load.py), so counting the rows by report and adding up the reports of a group gives the
    events' own groups. Belarus · culture at a million events, 373k events in 13k reports: 17 ms CPU
    by report against 34 for the group-by through every event's country list (load ~9). None otherwise."""
    rows = _country_rows(con, f)
    if rows is None:
        return None
    return (f"""SELECT r.year, r.quarter, r.region, CAST(sum(c.events) AS BIGINT)
        FROM (SELECT s.report_id, count(*) AS events FROM {rows[0]} GROUP BY 1) c
        JOIN reports r ON r.report_id = c.report_id
        GROUP BY 1, 2, 3 ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3 NULLS LAST""", rows[1])


def _registry_key_at(con: Con, cte: str, params: list, order: str, offset: int,
                     report_groups: tuple[str, list] | None = None) -> tuple | None:
    """The sort key of the filtered row at `offset` in `order` (None past the end), narrowed level by
    level with counts instead of sorting every row before it: the lead column's values (dates or
    attendance figures, a few thousand), then the reports within that value, then the numbers
    within that report. Each level is a group-by of the filtered rows with the ones before it fixed;
    `report_groups` (_report_groups, for the report order) counts the first level another way."""
    keys = REGISTRY_KEYS[order]
    lead = keys[:-len(_REPORT_GROUP) - 2]  # the order's own first column, if any
    fixed: list[tuple[str, object]] = []
    remaining = offset
    for level in (lead, [k for k in keys if k[0] in _REPORT_GROUP]):
        if not level:
            continue
        names = ", ".join(c for c, _ in level)
        where, where_params = _same_as(fixed)
        if report_groups is not None and not lead:
            groups = con.execute(*report_groups).fetchall()
        else:
            groups = con.execute(f"{cte} SELECT {names}, count(*) FROM f WHERE {where} GROUP BY ALL "
                                 f"ORDER BY {', '.join(f'{c} {d} NULLS LAST' for c, d in level)}",
                                 params + where_params).fetchall()
        for *values, count in groups:
            if remaining < count:
                fixed.extend(zip((c for c, _ in level), values))
                break
            remaining -= count
        else:
            return None
    where, where_params = _same_as(fixed)
    row = con.execute(f"{cte} SELECT n, event_id FROM f WHERE {where} ORDER BY n, event_id LIMIT 1 OFFSET ?",
                      params + where_params + [remaining]).fetchone()
    if row is None:
        return None
    values = dict(fixed, n=row[0], event_id=row[1])
    return tuple(values[c] for c, _ in keys)


def _same_as(fixed: list[tuple[str, object]]) -> tuple[str, list]:
    """`c1 IS NOT DISTINCT FROM ? AND …` for the columns already fixed (NULL is a value here)."""
    if not fixed:
        return "TRUE", []
    return " AND ".join(f"{c} IS NOT DISTINCT FROM ?" for c, _ in fixed), [v for _, v in fixed]


def _at_or_after(keys: list[tuple[str, str]], start: tuple) -> tuple[str, list]:
    """The rows at or after the key `start` in the order `keys` (NULLs last in every column):
    lexicographically, a column strictly after its value, or equal to it and the rest at or after."""
    if not keys:
        return "TRUE", []
    (column, direction), value = keys[0], start[0]
    rest, rest_params = _at_or_after(keys[1:], start[1:])
    same = f"{column} IS NOT DISTINCT FROM ? AND {rest}"
    if value is None:  # nothing comes after NULL
        return f"({same})", [value] + rest_params
    after = f"{column} {'>' if direction == 'ASC' else '<'} ? OR {column} IS NULL"
    return f"({after} OR ({same}))", [value, value] + rest_params


def event_detail(con: Con, event_id: str) -> pd.DataFrame:
    """One event with every field (empty frame if the id is unknown)."""
    sql = f"SELECT {', '.join(REGISTRY_COLUMNS)} FROM v_events WHERE event_id = ?"
    return _df(con, sql, [event_id])


def event_officials(con: Con, event_id: str) -> pd.DataFrame:
    return _df(con, "SELECT name, role FROM event_officials WHERE event_id = ? ORDER BY position", [event_id])


def sources(con: Con, f: Filters) -> pd.DataFrame:
    """The reports behind the filtered rows (file, sha256, period), for the export's context sheet."""
    cte, params = _counted(con, f, ("report_id",))
    sql = f"""{cte}
    SELECT r.file_name, r.sha256, r.period_label, r.region, u.events
    FROM (SELECT report_id, count(*) AS events FROM f GROUP BY report_id) u JOIN reports r USING (report_id)
    ORDER BY r.year, r.quarter, r.region"""
    return _df(con, sql, params)


def count_events(con: Con, f: Filters) -> int:
    cube = None if f.is_empty else _cube(f)  # unfiltered, count(*) of the table is cheaper still
    if cube:
        return int(con.execute(f"SELECT coalesce(sum(events), 0) FROM {cube[0]}", cube[1]).fetchone()[0])
    rows = _country_rows(con, f)
    if rows:
        return int(con.execute(f"SELECT count(*) FROM {rows[0]}", rows[1]).fetchone()[0])
    cte, params = _filtered(con, f)
    return int(con.execute(f"{cte} SELECT count(*) FROM f", params).fetchone()[0])
