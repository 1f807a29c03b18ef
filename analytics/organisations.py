"""Organisations named in the reports: who we worked with, how often, what was signed — the query
layer of the «Организации» page, its dossier, its network view and the country dossier's list.

Every count reads event_organisations alone: each link carries what the page needs from its event
(filter columns, partner countries and months, dates, year and quarter, agreement, number, whether
it names both sides — etl/load.py writes them at load time), so a million events cost one scan of
the links; events are read by id only for the rows shown, and a search narrows through the events'
lemmas. Merged events never count (`NOT merged`, the rule of v_events). The ETL keeps one link per
(event, organisation), so an organisation's count(*) is its distinct events.

    >>> ranked(con, Filters(sectors=("culture_tourism",)), kind=("culture",)).iloc[0][["name", "events"]]
    name      Витебский областной методический центр народного творчества
    events    2

User values reach DuckDB only as bound parameters; identifiers come from this module.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import duckdb
import numpy as np
import pandas as pd

from .filters import Filters
from .queries import _ASKED, Con, _df, _has_columns, _numbered, _remembered, _side_search, _word_index, asked_once

KINDS = ("executive", "legislature", "education", "culture", "enterprise", "association", "diplomatic",
         "international", "other")
SIDES = ("home", "foreign", "domestic")
# an agreement with the organisation: it is the counterpart of one, or its event signed one (the link
# carries its event's agreement, dates, year/quarter, number and whether it names both sides: etl/load.py)
_AGREEMENT = "(s.role = 'counterpart' OR s.event_agreement = 'signed')"
DOSSIER_AGREEMENTS = 100   # the dossier lists at most this many agreements (the card counts them all)
DOSSIER_PEOPLE = 50        # at most this many partners and officials in the dossier's tables (with their totals)


def _values(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """None, 'BY' or ('BY', 'KZ') → a tuple of non-empty strings."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = (value,)
    return tuple(dict.fromkeys(str(v) for v in value if str(v).strip()))


def _links(f: Filters, table: str = "event_organisations", con: Con | None = None) -> tuple[str, list]:
    """(FROM-clause body ending in a WHERE, params) for the unmerged links whose events pass `f`,
    read from event_organisations alone: a link carries its event's filter columns and its partner
    countries and months lists, so every filter but the search tests the link itself (at a million
    events ~15 ms; a semi-join on event_countries cost ~100 ms, filtering v_events first 0.5–1 s).
    A search of words is tested on the link itself when it carries its event's event_no (the word
    index's numbers, queries._side_search); else it narrows through the events: their word index when
    `con`'s database has one, else their lemmas (LIKE over every event's lemmas took 0.6–7 s a
    question at a million events). Callers append ' AND …'. `table` may
    be event_org_pairs, which carries the same columns."""
    where, params = f.without("search").where("s")
    if f.search and con is not None and _side_search(con, f, (table,)):  # the link's own event_no
        search, search_params = Filters(search=f.search).where("s", word_index=True, numbered=True)
        where += f" AND {search}"
        params = params + search_params
    elif f.search:  # the events' other filters first, so the lemmas are matched only on those left
        index = con is not None and _word_index(con)
        search, search_params = f.where("e", word_index=index, numbered=index and _numbered(con))
        where += f" AND s.event_id IN (SELECT e.event_id FROM events e WHERE {search})"
        params = params + search_params
    return f"{table} s WHERE NOT s.merged AND {where}", params


def _in(column: str, values: tuple[str, ...]) -> tuple[str, list]:
    if not values:
        return "", []
    return f" AND {column} IN ({', '.join('?' * len(values))})", list(values)


def available(con: Con) -> bool:
    """Whether the database has the organisation tables: a file loaded before they existed (or a
    Parquet export of one, whose missing tables come empty) has none, and the page says so."""
    found = con.execute("""SELECT count(DISTINCT table_name) FROM information_schema.tables
        WHERE table_catalog = current_database() AND table_name IN ('organisations', 'event_organisations')
        """).fetchone()[0]
    return found == 2


# ------------------------------------------------------------------ the ranked table

def ranked(con: Con, f: Filters, *, kind: str | Iterable[str] | None = None,
           country: str | Iterable[str] | None = None, side: str | None = "foreign",
           limit: int | None = 200) -> pd.DataFrame:
    """One row per organisation of `side` (None: every side) in the filtered events, most events first
    (then by name): org_key, name, legal_form, country, country_ru, country_en, kind, events,
    agreements, first_year, last_year, years (distinct years with an event), first_contact,
    last_contact, total (how many organisations pass before the limit — for «Показаны N из M»).

    One pass over the links: each carries its event's dates, year and agreement, and the ETL keeps one
    link per (event, organisation), so count(*) is the organisation's distinct events. Only the
    organisations table (a few thousand rows) is joined, for kind, country and the shown names."""
    rows, params = _links(f, con=con)
    side_sql, side_params = _in("s.side", _values(side))
    kind_sql, kind_params = _in("o.kind", _values(kind))
    country_sql, country_params = _in("o.country", _values(country))
    page, page_params = ("", []) if limit is None else (" LIMIT ?", [max(0, int(limit))])
    # a kind or country picks organisations before their links are counted (the organisations table
    # is small); the counts go by organisation and year first, so distinct years are rows, not a
    # count(DISTINCT …) per organisation (that took most of ~50 ms over 2.3M links)
    chosen = ""
    if kind_sql or country_sql:
        chosen = f" AND s.org_key IN (SELECT o.org_key FROM organisations o WHERE TRUE{kind_sql}{country_sql})"
    sql = f"""WITH per_year AS (
        SELECT s.org_key, s.event_year, count(*) AS events, count(*) FILTER (WHERE {_AGREEMENT}) AS agreements,
               min(s.event_start) AS first_contact, max(coalesce(s.event_end, s.event_start)) AS last_contact
        FROM {rows}{side_sql}{chosen} GROUP BY 1, 2),
    per_org AS (
        SELECT org_key, CAST(sum(events) AS BIGINT) AS events, CAST(sum(agreements) AS BIGINT) AS agreements,
               min(event_year) AS first_year, max(event_year) AS last_year, count(event_year) AS years,
               min(first_contact) AS first_contact, max(last_contact) AS last_contact
        FROM per_year GROUP BY 1)
    SELECT o.org_key, o.name, o.legal_form, o.country, k.name_ru AS country_ru, k.name_en AS country_en,
           o.kind, p.events, p.agreements, p.first_year, p.last_year, p.years, p.first_contact,
           p.last_contact, count(*) OVER () AS total
    FROM per_org p JOIN organisations o ON o.org_key = p.org_key
    LEFT JOIN countries k ON k.code = o.country
    WHERE TRUE{kind_sql}{country_sql}
    ORDER BY p.events DESC, o.name, o.org_key{page}"""
    chosen_params = kind_params + country_params if chosen else []
    return _df(con, sql, params + side_params + chosen_params + kind_params + country_params + page_params)


def for_country(con: Con, code: str, f: Filters, limit: int = 10) -> pd.DataFrame:
    """The country dossier's list: that country's organisations (any side but our own) ranked by events."""
    return ranked(con, f, country=code, side=("foreign", "domestic"), limit=limit)


def year_options(con: Con, f: Filters, side: str = "foreign") -> list[int]:
    """The years, newest first, in which the events of `side`'s organisations under `f` were held (by
    their dates: the months an event touches, as the sidebar's «held in» filter reads them) — the
    page's year picker. The period filters of `f` that pick months are set aside, so a year chosen
    stays listed beside the others."""
    rows, params = _links(f.without("held", "months"), con=con)
    sql = f"""SELECT DISTINCT CAST(left(m.month, 4) AS INTEGER) AS year
        FROM (SELECT unnest(s.months) AS month FROM {rows} AND s.side = ?) m
        WHERE regexp_matches(m.month, '^[0-9]{{4}}-') ORDER BY 1 DESC"""
    return [int(y) for (y,) in con.execute(sql, params + [side]).fetchall()]


def kind_options(con: Con, f: Filters, side: str = "foreign") -> pd.DataFrame:
    """kind, organisations: the kinds present among `side`'s organisations under `f`, for the filter."""
    rows, params = _links(f, con=con)
    sql = f"""WITH k AS (SELECT DISTINCT s.org_key FROM {rows} AND s.side = ?)
    SELECT o.kind, count(*) AS organisations FROM k JOIN organisations o USING (org_key)
    GROUP BY 1 ORDER BY 2 DESC, 1"""
    return _df(con, sql, params + [side])


def country_options(con: Con, f: Filters, side: str = "foreign") -> pd.DataFrame:
    """country, name_ru, name_en, organisations: countries of `side`'s organisations under `f`."""
    rows, params = _links(f, con=con)
    sql = f"""WITH k AS (SELECT DISTINCT s.org_key FROM {rows} AND s.side = ?)
    SELECT o.country, c.name_ru, c.name_en, count(*) AS organisations
    FROM k JOIN organisations o USING (org_key) LEFT JOIN countries c ON c.code = o.country
    WHERE o.country IS NOT NULL GROUP BY ALL ORDER BY 4 DESC, 2"""
    return _df(con, sql, params + [side])


# ------------------------------------------------------------------ the dossier

@dataclass
class Dossier:
    """Everything the organisation card shows; `card` is empty when the key names no organisation."""
    card: pd.DataFrame
    events: pd.DataFrame = field(default_factory=pd.DataFrame)
    events_total: int = 0
    by_quarter: pd.DataFrame = field(default_factory=pd.DataFrame)
    agreements: pd.DataFrame = field(default_factory=pd.DataFrame)
    partners: pd.DataFrame = field(default_factory=pd.DataFrame)
    officials: pd.DataFrame = field(default_factory=pd.DataFrame)
    agreements_total: int = 0     # every agreement of the card (the list shows DOSSIER_AGREEMENTS at most)
    partners_total: int = 0       # every organisation of the other side (the table shows DOSSIER_PEOPLE)
    officials_total: int = 0      # every official named (the table shows DOSSIER_PEOPLE)

    @property
    def found(self) -> bool:
        return not self.card.empty


def _events_by_id(con: Con, columns: str, ids: list[str]) -> pd.DataFrame:
    """The events rows of `ids` (a bounded list) through the primary key: looking a few dozen ids up
    costs a millisecond where joining them to a million events scans the table."""
    if not ids:
        return _df(con, f"SELECT {columns} FROM events e WHERE FALSE", [])
    return _df(con, f"SELECT {columns} FROM events e WHERE e.event_id IN ({', '.join('?' * len(ids))})", ids)


_NEWEST_FIRST = "s.event_start DESC NULLS LAST, s.event_n DESC, s.event_id"


def _org_links(con: Con, org_key: str, f: Filters, where: str, limit: int | None,
               source: tuple[str, list] | None = None) -> pd.DataFrame:
    """event_id, role of the organisation's links under `f` that satisfy `where`, newest first — from
    `source` (FROM-clause body ending in a WHERE, params) when given: the dossier's links read once."""
    if source is None:
        rows, params = _links(f, con=con)
        source = (f"{rows} AND s.org_key = ?", params + [org_key])
    page, page_params = ("", []) if limit is None else (" LIMIT ?", [max(0, int(limit))])
    return _df(con, f"SELECT s.event_id, s.role FROM {source[0]} AND {where} "
                    f"ORDER BY {_NEWEST_FIRST}{page}", source[1] + page_params)


def _link_pages(con: Con, limit: int | None, agreements: int | None, source: str,
                source_params: list, floors: tuple = (None, None)) -> tuple[pd.DataFrame, pd.DataFrame]:
    """_org_links' two pages of the dossier — the newest `limit` links and the newest `agreements`
    links to an agreement — in one statement over `source` (each statement on the registered links
    costs ~3 ms). `floors` (_start_floor, one a page, None: none) bound each page's starts: the
    largest partner's newest 50 of 40k links are then sorted from ~100 rows (~3 ms less)."""
    def page(where: str, count: int | None, floor) -> tuple[str, list]:
        cut, params = ("", []) if count is None else (" LIMIT ?", [max(0, int(count))])
        bound, bound_params = ("", []) if floor is None else (" AND s.event_start >= ?", [floor])
        return (f"(SELECT s.event_id, s.role, s.event_start, s.event_n FROM {source} AND {where}{bound} "
                f"ORDER BY {_NEWEST_FIRST}{cut})", source_params + bound_params + params)
    (newest, newest_params), (signed, signed_params) = page("TRUE", limit, floors[0]), \
        page(_AGREEMENT, agreements, floors[1])
    both = _df(con, f"""SELECT part, event_id, role FROM (SELECT 0 AS part, * FROM {newest}
        UNION ALL SELECT 1 AS part, * FROM {signed}) ORDER BY part, {_NEWEST_FIRST.replace('s.', '')}""",
               newest_params + signed_params)
    # the parts in order, so each is a slice (two boolean selections took ~3 of the dossier's ms)
    cut = int(np.searchsorted(both["part"].to_numpy(), 1))
    pick = both[["event_id", "role"]]
    return pick.iloc[:cut].reset_index(drop=True), pick.iloc[cut:].reset_index(drop=True)


def _start_floor(dated: pd.Series, earliest: pd.Series, wanted: int | None) -> date | None:
    """The latest start such that at least `wanted` links start on or after it, from groups of links
    (the dossier's quarters): `dated` counts each group's links with a start, `earliest` is the least
    of those starts. The newest `wanted` links (starts descending, undated last) all start on or
    after it — whichever way the groups split the links —, so a page may skip every earlier one.
    None when fewer than `wanted` links have a start (the page reaches the undated ones) or none is wanted.

        >>> _start_floor(pd.Series([30, 40]), pd.Series(pd.to_datetime(["2024-01-09", "2024-04-02"])), 50)
        datetime.date(2024, 1, 9)
    """
    if wanted is None or int(wanted) <= 0:
        return None
    got = 0
    for first, count in sorted(((e, int(n)) for e, n in zip(earliest, dated) if n), reverse=True):
        got += count
        if got >= int(wanted):
            return pd.Timestamp(first).date()
    return None


def _shown_events(con: Con, shown: pd.DataFrame, columns: str) -> pd.DataFrame:
    """The events of the links `shown` (_org_links), through the primary key (event_no IN (…) is no
    index: it read ~1M rows' columns, 90–130 ms, for 50 numbers spread over the table)."""
    return _by_id_chunks(con, columns, list(shown.event_id))


# what the dossier reads of each of the organisation's links (once, then every part of it from these rows)
# (the event's id is built from its report and number: reading the links' own event_id, a text no
# encoding shortens, took ~25 of the ~50 ms of reading the largest partner's links)
_LINK_COLUMNS = ("s.report_id || ':' || s.event_n AS event_id, s.role, s.side, s.event_start, s.event_end, s.event_year, "
                 "s.event_quarter, s.event_agreement, s.event_n, s.event_no")


_NUMBERED_LINKS = ("SELECT l.event_no, p.event_no, x.event_no FROM event_organisations l, event_org_pairs p, "
                   "event_officials x LIMIT 0")


def _numbered_links(con: Con) -> bool:
    """Whether the links, their pairs and the officials carry their event's event_no: then the dossier
    reads the organisation's links once and meets the pairs and officials on that integer."""
    return _has_columns(con, _NUMBERED_LINKS)


def _ask_dossier_ways(con: Con) -> None:
    """Answers the unfiltered dossier's questions of the database — _numbered_links, _org_counts_kept,
    _official_counts_kept, and whether any link, pair or official is merged (_unmerged) — in one
    statement for the current asked_once() question (three statements took ~2 ms at a million
    events). A database lacking any of it (an older file or export) leaves each to be asked alone,
    and the kept counts to be read through their views."""
    memo = _ASKED.get()
    if memo is None:
        return
    try:
        joint, officials, pairs_merged, links_merged, named_merged = con.execute(f"""SELECT
            EXISTS (SELECT 1 FROM org_joint_counts), EXISTS (SELECT 1 FROM org_official_counts),
            EXISTS (SELECT 1 FROM event_org_pairs WHERE merged IS NOT FALSE),
            EXISTS (SELECT 1 FROM event_organisations WHERE merged IS NOT FALSE),
            EXISTS (SELECT 1 FROM event_officials WHERE merged IS NOT FALSE)
            FROM (SELECT 1) t LEFT JOIN ({_NUMBERED_LINKS}) n ON TRUE""").fetchone()
    except (duckdb.BinderException, duckdb.CatalogException):
        return
    memo[(id(con), _NUMBERED_LINKS)] = True
    memo[(id(con), "org_counts_kept")] = bool(joint)
    memo[(id(con), "official_counts_kept")] = bool(officials)
    # the kept counts' views take merged rows away: with none (the usual case) the tables are the views
    memo[(id(con), "pair_counts_unmerged")] = not pairs_merged
    memo[(id(con), "official_counts_unmerged")] = not (links_merged and named_merged)


def _unmerged(con: Con, key: str) -> bool:
    """Whether _ask_dossier_ways found no merged rows for the kept counts `key` in this question
    (False when not asked: the views serve)."""
    memo = _ASKED.get()
    return bool(memo and memo.get((id(con), key)))


def _by_id_chunks(con: Con, columns: str, ids: list[str], chunk: int = 1000) -> pd.DataFrame:
    """_events_by_id over any number of ids, a bounded list at a time (a download may want them all)."""
    parts = [_events_by_id(con, columns, ids[i:i + chunk]) for i in range(0, len(ids), chunk)]
    return pd.concat(parts, ignore_index=True) if len(parts) > 1 else (parts[0] if parts else
                                                                         _events_by_id(con, columns, []))


_SHOWN_EVENT_COLUMNS = ("event_id", "n", "start_date", "end_date", "title", "sector_key", "sector", "agreement",
                        "agreement_text", "period_label")
_EVENT_LIST_COLUMNS = ["event_id", "n", "start_date", "end_date", "title", "sector_key", "sector", "role",
                       "agreement", "agreement_text", "period_label"]
_AGREEMENT_LIST_COLUMNS = ["event_id", "n", "start_date", "title", "agreement", "agreement_text", "role", "period_label"]


def _listed(links: pd.DataFrame, events: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """The links' events (event_id, role, in the links' order) with their `columns` from `events`, as
    DuckDB would give them for these rows alone: a text column with no value is of dtype object,
    holding None (the rows looked up with other lists' rows have str columns)."""
    # by position, not a merge (the same rows: `events` holds each id once), and column by column:
    # taking whole rows, adding the role and reordering took ~5 ms CPU a list, these arrays ~2.5
    at = pd.Index(events["event_id"]).get_indexer(links["event_id"])
    found = at >= 0
    rows = at[found]
    data = {}
    for name in columns:
        array = links["role"].array[found] if name == "role" else events[name].array.take(rows)
        if len(rows) and isinstance(array.dtype, pd.StringDtype) and array.isna().all():
            array = pd.array([None] * len(rows), dtype=object)
        data[name] = array
    return pd.DataFrame(data)


def org_events(con: Con, org_key: str, f: Filters, limit: int | None = 50,
               source: tuple[str, list] | None = None) -> pd.DataFrame:
    """The organisation's events under `f`, newest first (at most `limit`; None: all of them, for the
    dossier's downloads): event_id, n, start_date, end_date, title, sector_key, sector, role,
    agreement, agreement_text, period_label."""
    shown = _org_links(con, org_key, f, "TRUE", limit, source)
    return _listed(shown, _shown_events(con, shown, """e.event_id, e.n, e.start_date, e.end_date,
        e.title, e.sector_key, e.sector, e.agreement, e.agreement_text, e.period_label"""), _EVENT_LIST_COLUMNS)


def org_agreements(con: Con, org_key: str, f: Filters, limit: int | None = DOSSIER_AGREEMENTS,
                   source: tuple[str, list] | None = None) -> pd.DataFrame:
    """The organisation's agreements under `f` (it is the counterpart of one, or its event signed one),
    newest first, at most `limit` (None: every one — the dossier lists 100 and offers the rest as a
    download): event_id, n, start_date, title, agreement, agreement_text, role, period_label."""
    signed = _org_links(con, org_key, f, _AGREEMENT, limit, source)
    return _listed(signed, _shown_events(con, signed, """e.event_id, e.n, e.start_date,
        e.title, e.agreement, e.agreement_text, e.period_label"""), _AGREEMENT_LIST_COLUMNS)


@asked_once
def dossier(con: Con, org_key: str, f: Filters, limit: int = 50, people: int | None = DOSSIER_PEOPLE,
            agreements: int | None = DOSSIER_AGREEMENTS) -> Dossier:
    """The organisation `org_key` under `f`: its card (name, legal form, country, kind, side, events,
    first and last contact), its events newest first (at most `limit`, with the total), events by
    quarter, its agreements (at most `agreements`; the card counts them all), the organisations
    of the other side in its events (for a foreign one: our institutions) with joint-event counts, and
    the officials named in its events (at most `people` of each, None: all of them, with their totals).

    Everything starts from the organisation's own links (each carries its event's dates, quarter,
    number and agreement); events are read only for the rows shown, by id. Under a filter the links
    under `f` are read once (_dossier_reading_links_once) and every part of the dossier is counted from
    those rows, its partners and officials met on their events' numbers (_numbered_links): six scans
    of the links and two joins on text ids took 160–220 ms. Unfiltered, each part reads the
    organisation's links itself (clustered, they are a few row groups) and its partners and officials
    come from the kept counts."""
    if f.is_empty:  # (a filtered dossier asks only _numbered_links)
        _ask_dossier_ways(con)
    if f.is_empty and _numbered_links(con):  # each part straight from the links (see below)
        rows, params = _links(f, con=con)
        source, source_params = f"{rows} AND s.org_key = ?", params + [org_key]
        # the card, its figures and its quarters in one statement (each statement costs ~2 ms at a million
        # events); the quarters carry what bounds the pages (_start_floor)
        result = con.execute(f"""SELECT {_CARD_COLUMNS}, m.*, (SELECT list(struct_pack(year := q.year,
                quarter := q.quarter, events := q.events, dated := q.dated, earliest := q.earliest,
                signed_dated := q.signed_dated, signed_earliest := q.signed_earliest) ORDER BY q.year, q.quarter)
                FROM ({_quarters(source, _FLOOR_COLUMNS)}) q) AS quarters
            FROM {_CARD_SOURCE} CROSS JOIN (SELECT {_SUMMARY_COLUMNS} FROM {source}) m WHERE o.org_key = ?""",
                             source_params + source_params + [org_key])
        found, types = result.fetchall(), [(d[0], d[1]) for d in result.description]
        card = pd.DataFrame({name: _column([r[i] for r in found], str(kind))
                             for i, (name, kind) in enumerate(types[:-1])})
        if card.empty:
            return Dossier(card=card.iloc[:, :_CARD_WIDTH])
        return _dossier_gathered(con, card, org_key, f, limit, people, agreements, source, source_params, "event_no",
                                 quarters=_struct_frame(found[0][-1], types[-1][1].children[0][1]))
    card = _df(con, f"SELECT {_CARD_COLUMNS} FROM {_CARD_SOURCE} WHERE o.org_key = ?", [org_key])
    if card.empty:
        return Dossier(card=card)
    if not _numbered_links(con):
        return _dossier_scanning_links(con, card, org_key, f, limit, people, agreements)
    return _dossier_reading_links_once(con, card, org_key, f, limit, people, agreements)


_CARD_COLUMNS = ("o.org_key, o.name, o.legal_form, o.country, c.name_ru AS country_ru, c.name_en AS country_en, "
                 "o.kind, o.home_region")
_CARD_WIDTH = 8
_CARD_SOURCE = "organisations o LEFT JOIN countries c ON c.code = o.country"


def _quarters(source: str, extra: str = "") -> str:
    """The dossier's quarters over the organisation's links (FROM-clause body `source`, aliased s), with `extra`."""
    return (f"SELECT s.event_year AS year, s.event_quarter AS quarter, count(*) AS events{extra} "
            f"FROM {source} GROUP BY 1, 2")


# each quarter's dated links and agreements and their earliest start: the pages' floors (_start_floor)
_FLOOR_COLUMNS = (f", count(s.event_start) AS dated, min(s.event_start) AS earliest, "
                  f"count(s.event_start) FILTER (WHERE {_AGREEMENT}) AS signed_dated, "
                  f"min(s.event_start) FILTER (WHERE {_AGREEMENT}) AS signed_earliest")
# the card's figures over the organisation's links (aliased s)
_SUMMARY_COLUMNS = (f"count(*) AS events, min(s.event_start) AS first_contact, "
                    f"max(coalesce(s.event_end, s.event_start)) AS last_contact, "
                    f"count(*) FILTER (WHERE {_AGREEMENT}) AS agreements, any_value(s.side) AS side")


def _dossier_reading_links_once(con: Con, card: pd.DataFrame, org_key: str, f: Filters, limit: int,
                                people: int | None, agreements: int | None) -> Dossier:
    """The dossier from the organisation's links under `f` read once into Arrow (their event_no meets
    the pairs and officials). dossier() takes this way under a filter, whose tests (a country's list,
    a search's word index) each part would otherwise repeat; unfiltered, each part reads the links
    itself: a rebuild clusters them by organisation (etl.load.cluster_links), so the largest partner's
    40k of 2.3M links at a million events sit in 2 of 20 row groups and its count, first and last
    contact take ~2 ms, where reading them into Arrow took 20–26 ms and the parts on the Arrow rows
    another ~20 (in one process at load 1–8: the unfiltered dossier 1.15–1.27× faster, a filtered one
    0.63–0.85× as fast that way). Every way gives the same answer (tests/analytics/test_query_paths.py)."""
    rows, params = _links(f, con=con)
    con.complete()  # an earlier execute() left unread would make sql() refuse
    links = con.sql(f"SELECT {_LINK_COLUMNS} FROM {rows} AND s.org_key = ?",
                    params=params + [org_key]).to_arrow_table()
    name = f"dossier_links_{uuid.uuid4().hex}"
    con.register(name, links)
    try:
        return _dossier_gathered(con, card, org_key, f, limit, people, agreements, f"{name} s WHERE TRUE", [],
                                 "event_no")
    finally:
        con.complete()  # a part's execute() may be unread
        con.unregister(name)


def _dossier_scanning_links(con: Con, card: pd.DataFrame, org_key: str, f: Filters, limit: int,
                            people: int | None, agreements: int | None) -> Dossier:
    """The dossier of a database whose links have no event numbers: each part scans the links under `f`."""
    rows, params = _links(f, con=con)
    return _dossier_parts(con, card, org_key, f, limit, people, agreements, f"{rows} AND s.org_key = ?",
                          params + [org_key], "event_id")


def _dossier_parts(con: Con, card: pd.DataFrame, org_key: str, f: Filters, limit: int, people: int | None,
                   agreements: int | None, source: str, source_params: list, key: str) -> Dossier:
    """dossier() from the organisation's links under `f` — `source`, a FROM-clause body ending in a
    WHERE, aliased s — whose events meet the pairs and the officials on `key` (event_no or event_id)."""
    mine = f"WITH l AS (SELECT s.* FROM {source})"
    mine_params = source_params
    if "events" not in card.columns:  # (dossier() may have read the card with its figures)
        summary = _df(con, f"{mine} SELECT {_SUMMARY_COLUMNS} FROM l s", mine_params)
        card = pd.concat([card, summary], axis=1)
    total, side = int(card.events.iloc[0]), card.side.iloc[0]
    # unfiltered, the quarters count each quarter's dated links and agreements and their earliest start:
    # the floors of the two pages over the whole links table (_start_floor); a filtered dossier's few
    # registered rows sort at once (the floors cost it ~3 ms)
    floored = f.is_empty
    extra = f""", count(s.event_start) AS dated, min(s.event_start) AS earliest,
               count(s.event_start) FILTER (WHERE {_AGREEMENT}) AS signed_dated,
               min(s.event_start) FILTER (WHERE {_AGREEMENT}) AS signed_earliest""" if floored else ""
    quarters = _df(con, f"""{mine}
        SELECT s.event_year AS year, s.event_quarter AS quarter, count(*) AS events{extra}
        FROM l s GROUP BY 1, 2 ORDER BY 1, 2""", mine_params)
    by_quarter, floors = quarters, (None, None)
    if floored:
        by_quarter = quarters[["year", "quarter", "events"]]
        floors = (_start_floor(quarters["dated"], quarters["earliest"], limit),
                  _start_floor(quarters["signed_dated"], quarters["signed_earliest"], agreements))
    # both lists' events looked up at once (each id through the primary key costs ~0.07 ms a row)
    shown, signed_links = _link_pages(con, limit, agreements, source, source_params, floors)
    rows = _by_id_chunks(con, ", ".join(f"e.{c}" for c in _SHOWN_EVENT_COLUMNS),
                         list(dict.fromkeys([*shown.event_id, *signed_links.event_id])))
    # (an empty list as its own function gives it: DuckDB's empty frame, text columns of dtype object)
    events = _listed(shown, rows, _EVENT_LIST_COLUMNS) if len(shown) else \
        org_events(con, org_key, f, limit, (source, source_params))
    signed = _listed(signed_links, rows, _AGREEMENT_LIST_COLUMNS) if len(signed_links) else \
        org_agreements(con, org_key, f, agreements, (source, source_params))
    people_page, people_params = ("", []) if people is None else (" LIMIT ?", [max(0, int(people))])
    # the other side: our institutions for a foreign organisation, foreign partners for one of ours
    pairs, pair_params = _partner_counts(con, f, org_key, side, key)
    partners = _df(con, f"""{mine}, p AS ({pairs})
        SELECT o.org_key, o.name, o.legal_form, o.kind, o.country, p.events, count(*) OVER () AS total
        FROM p JOIN organisations o ON o.org_key = p.org_key
        ORDER BY p.events DESC, o.name, o.org_key{people_page}""", mine_params + pair_params + people_params)
    named, named_params = _official_counts(con, f, org_key, key)
    officials = _df(con, f"""{mine}, x AS ({named})
        SELECT x.name, x.role, x.events, count(*) OVER () AS total
        FROM x ORDER BY x.events DESC, x.name{people_page}""", mine_params + named_params + people_params)

    def total_of(frame: pd.DataFrame) -> int:
        return int(frame["total"].iloc[0]) if len(frame) else 0
    return Dossier(card=card, events=events, events_total=total, by_quarter=by_quarter, agreements=signed,
                   partners=partners.drop(columns="total"), officials=officials.drop(columns="total"),
                   agreements_total=int(card.agreements.iloc[0]), partners_total=total_of(partners),
                   officials_total=total_of(officials))


def _partner_counts(con: Con, f: Filters, org_key: str, side: str, key: str) -> tuple[str, list]:
    """(a SELECT of org_key, events — the organisations of the other side in the organisation's events
    under `f` and their joint events —, params), to follow the dossier's `WITH l AS (its links)`: our
    institutions for a foreign organisation, foreign partners for one of ours, any other organisation
    for one of neither side. `key` (event_no or event_id) meets the links' events."""
    kept = f.is_empty and _org_counts_kept(con)
    if side in ("home", "foreign"):  # the pairs table holds exactly these: a scan, not a join of links
        mine_key, their_key = ("home_key", "foreign_key") if side == "home" else ("foreign_key", "home_key")
        if kept and _unmerged(con, "pair_counts_unmerged"):  # one kept row a pair: no grouping (~1 ms less)
            return (f"SELECT s.{their_key} AS org_key, s.events FROM org_pair_counts s "
                    f"WHERE s.{mine_key} = ? AND s.events > 0"), [org_key]
        if kept:  # unfiltered: the pairs each load counts (~1,700 rows; v_org_pair_counts leaves merged ones out)
            return (f"SELECT s.{their_key} AS org_key, CAST(sum(s.events) AS BIGINT) AS events "
                    f"FROM v_org_pair_counts s WHERE s.{mine_key} = ? GROUP BY 1 HAVING sum(s.events) > 0"), [org_key]
        if key == "event_no" and f.search:  # the pairs of its events (a pair's event passes `f` as its links do)
            # under a search: its few events' numbers; else the pairs' own filter columns, which
            # spare hashing its events (the largest partner's 40k: 8 against 2 ms unfiltered)
            return (f"SELECT s.{their_key} AS org_key, count(*) AS events FROM event_org_pairs s "
                    f"WHERE NOT s.merged AND s.event_no IN (SELECT event_no FROM l) AND s.{mine_key} = ? GROUP BY 1"), \
                [org_key]
        rows, rows_params = _links(f, "event_org_pairs", con)
        return f"SELECT s.{their_key} AS org_key, count(*) AS events FROM {rows} AND s.{mine_key} = ? GROUP BY 1", \
            rows_params + [org_key]
    other = "foreign" if side == "home" else "home"
    return (f"SELECT p.org_key, count(*) AS events FROM event_organisations p WHERE NOT p.merged AND p.side = ? "
            f"AND p.org_key <> ? AND p.{key} IN (SELECT {key} FROM l) GROUP BY 1"), [other, org_key]


def _official_counts(con: Con, f: Filters, org_key: str, key: str) -> tuple[str, list]:
    """(a SELECT of name, role, events — the officials named in the organisation's events under `f` —,
    params), to follow the dossier's `WITH l AS (its links)`."""
    if f.is_empty and _official_counts_kept(con) and _unmerged(con, "official_counts_unmerged"):
        return ("SELECT name, min(role) FILTER (WHERE has_role) AS role, CAST(sum(events) AS BIGINT) AS events "
                "FROM org_official_counts WHERE org_key = ? AND events > 0 GROUP BY name"), [org_key]
    if f.is_empty and _official_counts_kept(con):  # unfiltered: ~3,000 kept rows, not 426k officials' rows
        return ("SELECT name, min(role) FILTER (WHERE has_role) AS role, CAST(sum(events) AS BIGINT) AS events "
                "FROM (SELECT name, role, has_role, CAST(sum(events) AS BIGINT) AS events FROM v_org_official_counts "
                "WHERE org_key = ? GROUP BY ALL HAVING sum(events) > 0) GROUP BY name"), [org_key]
    return (f"SELECT x.name, min(x.role) AS role, count(*) AS events FROM event_officials x "
            f"WHERE NOT x.merged AND x.{key} IN (SELECT {key} FROM l) GROUP BY x.name"), []


# ------------------------------------------------------------------ the dossier gathered in one statement

# DuckDB's frame of a column of each SQL type (analytics/queries._df): texts as pandas' str (all-NULL as
# object, holding None), integers as numpy's (nullable ones when a value is missing), dates as datetime64[us]
_NUMPY_TYPES = {"TINYINT": "int8", "SMALLINT": "int16", "INTEGER": "int32", "BIGINT": "int64", "DOUBLE": "float64",
                "BOOLEAN": "bool"}
_MASKED_TYPES = {"TINYINT": "Int8", "SMALLINT": "Int16", "INTEGER": "Int32", "BIGINT": "Int64", "DOUBLE": "float64",
                 "BOOLEAN": "boolean"}


def _column(values: list, kind: str):
    """One column of Python values (fetched rows) as DuckDB's .df() gives a column of SQL type `kind`."""
    if kind == "VARCHAR":
        if all(v is None for v in values):
            return np.array(values, dtype=object)
        return pd.array(values, dtype="str")
    if kind == "DATE":
        return np.array(values, dtype="datetime64[us]")
    if kind in _NUMPY_TYPES:
        if any(v is None for v in values):
            return pd.array(values, dtype=_MASKED_TYPES[kind])
        return np.array(values, dtype=_NUMPY_TYPES[kind])
    raise TypeError(f"no frame column for {kind}")


def _struct_frame(items: list | None, struct_type) -> pd.DataFrame:
    """The frame of a fetched LIST of STRUCTs (a list of dicts, None for an empty list) whose struct type
    is `struct_type` (a DuckDBPyType): the frame .df() gives for those rows as a SELECT of those columns."""
    items = items or []
    return pd.DataFrame({name: _column([item[name] for item in items], str(kind))
                         for name, kind in struct_type.children})


def _dossier_gathered(con: Con, card: pd.DataFrame, org_key: str, f: Filters, limit: int, people: int | None,
                      agreements: int | None, source: str, source_params: list, key: str,
                      quarters: pd.DataFrame | None = None) -> Dossier:
    """_dossier_parts' answer from two statements: both pages of links, its partners, its officials
    (and its quarters, unless `quarters` gives them with their floors' columns, as the unfiltered
    dossier reads them with its card) as one row of lists — each statement costs DuckDB's floor of
    2–4 ms at a million events, and each .df() ~30 % more —, then the pages' events by id; the
    frames are built from the fetched values as .df() would give them (_column)."""
    mine, mine_params = f"WITH l AS (SELECT s.* FROM {source})", list(source_params)
    if "events" not in card.columns:  # (dossier() may have read the card with its figures)
        summary = _df(con, f"{mine} SELECT {_SUMMARY_COLUMNS} FROM l s", mine_params)
        card = pd.concat([card, summary], axis=1)
    total, side = int(card.events.iloc[0]), card.side.iloc[0]
    parts, params = [mine], mine_params
    floors = (None, None)
    if quarters is None:  # a filtered dossier's few registered rows sort at once (floors cost it ~3 ms)
        parts.append(f"q AS ({_quarters('l s')})")
    else:
        floors = (_start_floor(quarters["dated"], quarters["earliest"], limit),
                  _start_floor(quarters["signed_dated"], quarters["signed_earliest"], agreements))
    pairs, pair_params = _partner_counts(con, f, org_key, side, key)
    named, named_params = _official_counts(con, f, org_key, key)
    parts.append(f"p AS ({pairs}), x AS ({named})")
    params = params + pair_params + named_params

    def page(where: str, count: int | None, floor) -> tuple[str, list]:
        cut, cut_params = ("", []) if count is None else (" LIMIT ?", [max(0, int(count))])
        bound, bound_params = ("", []) if floor is None else (" AND s.event_start >= ?", [floor])
        return (f"(SELECT list(struct_pack(event_id := s.event_id, role := s.role) ORDER BY {_NEWEST_FIRST}) FROM "
                f"(SELECT s.event_id, s.role, s.event_start, s.event_n FROM {source} AND {where}{bound} "
                f"ORDER BY {_NEWEST_FIRST}{cut}) s)", source_params + bound_params + cut_params)
    (newest, newest_params), (signed, signed_params) = page("TRUE", limit, floors[0]), \
        page(_AGREEMENT, agreements, floors[1])
    by_quarter = "(SELECT list(struct_pack(year := year, quarter := quarter, events := events) " \
                 "ORDER BY year, quarter) FROM q)" if quarters is None else "NULL"
    cut, cut_params = ("", []) if people is None else ("[1:?]", [max(0, int(people))])
    sql = f"""{', '.join(parts)}
        SELECT {by_quarter} AS by_quarter,
               {newest} AS shown, {signed} AS signed,
               (SELECT list(struct_pack(org_key := o.org_key, name := o.name, legal_form := o.legal_form,
                                        kind := o.kind, country := o.country, events := p.events)
                            ORDER BY p.events DESC, o.name, o.org_key)
                FROM p JOIN organisations o ON o.org_key = p.org_key) AS partners,
               (SELECT list(struct_pack(name := x.name, role := x.role, events := x.events)
                            ORDER BY x.events DESC, x.name) FROM x) AS officials"""
    sql = f"SELECT by_quarter, shown, signed, partners{cut} AS partners, len(partners) AS partners_total, " \
          f"officials{cut} AS officials, len(officials) AS officials_total FROM ({sql})"
    # (the slices' ? come first, then the CTEs', then the pages')
    result = con.execute(sql, cut_params + cut_params + params + newest_params + signed_params)
    row, types = result.fetchone(), {d[0]: d[1] for d in result.description}
    by_quarter, shown, signed_links, partners, partners_total, officials, officials_total = row

    def child(name: str):
        return types[name].children[0][1]
    shown, signed_links = shown or [], signed_links or []
    # both lists' events looked up at once (each id through the primary key costs ~0.07 ms a row)
    ids = list(dict.fromkeys([*(x["event_id"] for x in shown), *(x["event_id"] for x in signed_links)]))
    events_of, event_types = _fetched_events(con, ids)

    def listed(links: list, columns: list[str]) -> pd.DataFrame:
        found = [x for x in links if x["event_id"] in events_of]
        return pd.DataFrame({name: _column([x["role"] for x in found] if name == "role" else
                                           [events_of[x["event_id"]][name] for x in found],
                                           "VARCHAR" if name == "role" else event_types[name]) for name in columns})
    return Dossier(card=card, events=listed(shown, _EVENT_LIST_COLUMNS), events_total=total,
                   by_quarter=_struct_frame(by_quarter, child("by_quarter")) if quarters is None else
                   quarters[["year", "quarter", "events"]],
                   agreements=listed(signed_links, _AGREEMENT_LIST_COLUMNS),
                   partners=_struct_frame(partners, child("partners")),
                   officials=_struct_frame(officials, child("officials")),
                   # (a table cut to no row has no total, as the part's count(*) OVER () of no row gives)
                   agreements_total=int(card.agreements.iloc[0]), partners_total=int(partners_total or 0) if partners
                   else 0, officials_total=int(officials_total or 0) if officials else 0)


def _fetched_events(con: Con, ids: list[str], chunk: int = 1000) -> tuple[dict, dict]:
    """{event_id: {column: value}} of the shown columns of `ids`' events (through the primary key, a
    bounded list at a time), and {column: SQL type}."""
    columns = ", ".join(f"e.{c}" for c in _SHOWN_EVENT_COLUMNS)
    found, types = {}, {}
    for i in range(0, max(len(ids), 1), chunk):
        part = ids[i:i + chunk]
        where = f"e.event_id IN ({', '.join('?' * len(part))})" if part else "FALSE"
        result = con.execute(f"SELECT {columns} FROM events e WHERE {where}", part)
        names = [d[0] for d in result.description]
        types = {d[0]: str(d[1]) for d in result.description}
        for values in result.fetchall():
            found[values[0]] = dict(zip(names, values))
    return found, types

# ------------------------------------------------------------------ quarter over quarter

def _quarter_index(year: int, quarter: int) -> int:
    return int(year) * 4 + int(quarter) - 1


def new_and_lapsed(con: Con, f: Filters, year: int, quarter: int) -> pd.DataFrame:
    """Foreign organisations new in the quarter (first event ever, under `f`, falls in it) and lapsed
    (an event in the previous four quarters, none in this one): org_key, name, country, kind, status
    ('new' | 'lapsed'), events (in the quarter for new ones, in the previous four for lapsed ones),
    last_contact. The period filters of `f` (report, quarter, month) are set aside: the quarter given
    here is the period, and «first seen» needs the history before it. Reads the links alone (each
    carries its event's year, quarter and dates)."""
    f = f.without("reports", "held", "months")
    rows, params = _links(f, con=con)
    current = _quarter_index(year, quarter)
    # the links first: their parameters come before the quarter marks
    sql = f"""WITH q AS (SELECT s.org_key, s.event_year * 4 + s.event_quarter - 1 AS qi,
                               coalesce(s.event_end, s.event_start) AS day
                        FROM {rows} AND s.side = 'foreign'),
    per_org AS (
        SELECT org_key, min(qi) AS first_qi,
               count(*) FILTER (WHERE qi = ?) AS now_events,
               count(*) FILTER (WHERE qi BETWEEN ? AND ?) AS before_events,
               max(day) FILTER (WHERE qi <= ?) AS last_contact
        FROM q GROUP BY 1)
    SELECT o.org_key, o.name, o.country, o.kind,
           CASE WHEN p.first_qi = ? THEN 'new' ELSE 'lapsed' END AS status,
           CASE WHEN p.first_qi = ? THEN p.now_events ELSE p.before_events END AS events, p.last_contact
    FROM per_org p JOIN organisations o ON o.org_key = p.org_key
    WHERE p.first_qi = ? OR (p.now_events = 0 AND p.before_events > 0)
    ORDER BY status DESC, events DESC, o.name"""
    marks = [current, current - 4, current - 1, current, current, current, current]
    return _df(con, sql, params + marks)


# ------------------------------------------------------------------ the network

@dataclass
class Network:
    """nodes: org_key, name, side ('home' | 'foreign'), kind, country, events (joint events it has
    in the graph). edges: home_key, foreign_key, weight (joint events)."""
    nodes: pd.DataFrame
    edges: pd.DataFrame
    total_nodes: int = 0


def _org_counts_kept(con: Con) -> bool:
    """Whether the database keeps the network's counts (org_joint_counts, org_pair_counts and their
    v_org_* views, etl/load.py:count_org_links) and they hold rows: a file or Parquet export from
    before them (whose tables come empty) is counted from the links, as before. The schema and an
    export's views.sql create the views with the tables, so the table alone is asked (binding the views
    too cost ~1 ms a call, a tenth of the kept path)."""
    def kept() -> bool:
        try:
            return bool(con.execute("SELECT EXISTS (SELECT 1 FROM org_joint_counts)").fetchone()[0])
        except (duckdb.BinderException, duckdb.CatalogException):
            return False
    return _remembered(con, "org_counts_kept", kept)


def _official_counts_kept(con: Con) -> bool:
    """Whether the database keeps the dossier's officials per organisation (org_official_counts and
    v_org_official_counts, etl/load.py:count_org_links) and they hold rows: a file or Parquet export
    from before them (whose table comes empty) counts the officials of the organisation's events."""
    def kept() -> bool:
        try:
            return bool(con.execute("SELECT EXISTS (SELECT 1 FROM org_official_counts)").fetchone()[0])
        except (duckdb.BinderException, duckdb.CatalogException):
            return False
    return _remembered(con, "official_counts_kept", kept)


@asked_once
def network(con: Con, f: Filters, limit_nodes: int = 150) -> Network:
    """Our institutions ↔ foreign partners: an edge for each pair named in the same (filtered, unmerged)
    event, weighted by their joint events. The graph keeps the `limit_nodes` organisations with the
    most joint events and the edges between them; `total_nodes` says how many there were.

    Nodes first, from the links alone: a link marked `joint` (its event names both a home and a
    foreign organisation, set at load time) is one joint event of its organisation. The edges between
    the kept nodes are counted from event_org_pairs (one row per home × foreign organisation of an
    event, written at load time): a scan, where pairing a million events' links took ~0.6 s."""
    kept = f.is_empty and _org_counts_kept(con)
    if kept:  # the counts each load keeps: ~540 rows instead of grouping ~1M joint links (~40 ms)
        counted, params = ("SELECT org_key, side, CAST(sum(events) AS BIGINT) AS events FROM v_org_joint_counts "
                           "GROUP BY 1, 2 HAVING sum(events) > 0"), []
    else:
        rows, params = _links(f, con=con)
        counted = (f"SELECT s.org_key, s.side, count(*) AS events FROM {rows} "
                   "AND s.joint AND s.side IN ('home', 'foreign') GROUP BY 1, 2")
    nodes = _df(con, f"""WITH k AS ({counted})
        SELECT k.org_key, o.name, k.side, o.kind, o.country, k.events, count(*) OVER () AS total
        FROM k JOIN organisations o ON o.org_key = k.org_key
        ORDER BY k.events DESC, o.name, k.org_key, k.side LIMIT ?""", params + [max(0, int(limit_nodes))])
    empty_edges = pd.DataFrame(columns=["home_key", "foreign_key", "weight"])
    total = int(nodes.total.iloc[0]) if len(nodes) else 0
    nodes = nodes.drop(columns="total")
    if nodes.empty:
        return Network(nodes=nodes, edges=empty_edges, total_nodes=total)
    home = list(nodes.loc[nodes.side == "home", "org_key"])
    foreign = list(nodes.loc[nodes.side == "foreign", "org_key"])
    if not home or not foreign:
        return Network(nodes=nodes, edges=empty_edges, total_nodes=total)
    kept_in = f"s.home_key IN ({', '.join('?' * len(home))}) AND s.foreign_key IN ({', '.join('?' * len(foreign))})"
    if kept:
        edges = _df(con, f"""SELECT s.home_key, s.foreign_key, CAST(sum(s.events) AS BIGINT) AS weight
            FROM v_org_pair_counts s WHERE {kept_in} GROUP BY 1, 2 HAVING sum(s.events) > 0
            ORDER BY weight DESC, home_key, foreign_key""", home + foreign)
    else:
        pairs, pair_params = _links(f, "event_org_pairs", con)
        edges = _df(con, f"""SELECT s.home_key, s.foreign_key, count(*) AS weight FROM {pairs} AND {kept_in}
            GROUP BY 1, 2 ORDER BY weight DESC, home_key, foreign_key""", pair_params + home + foreign)
    return Network(nodes=nodes, edges=edges if len(edges) else empty_edges, total_nodes=total)
