"""Organisations named in the reports: who we worked with, how often, what was signed — the query
layer of the «Организации» page, its dossier, its network view and the country dossier's list.

Every count starts from event_organisations, which carries its event's filter columns (region,
report, sector, format, direction, type) like the other side tables: under such filters the links are
counted directly; a country, month, quarter or search filter first narrows the events (v_events) and
keeps the links of those. Merged events never count (`NOT merged`, the rule of v_events). An
organisation's events are distinct events: one named twice in a cell counts once.

    >>> ranked(con, Filters(sectors=("culture_tourism",)), kind=("culture",)).iloc[0][["name", "events"]]
    name      Витебский областной методический центр народного творчества
    events    2

User values reach DuckDB only as bound parameters; identifiers come from this module.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from .filters import Filters
from .queries import Con, _df, _filtered

KINDS = ("executive", "legislature", "education", "culture", "enterprise", "association", "diplomatic",
         "international", "other")
SIDES = ("home", "foreign", "domestic")
# the quarter an event belongs to: its first date's, else its report's
_EVENT_YEAR = "coalesce(year(e.start_date), e.year)"
_EVENT_QUARTER = "coalesce(quarter(e.start_date), e.quarter)"
# an agreement with the organisation: it is the counterpart of one, or its event signed one
_AGREEMENT = "(l.counterpart OR e.agreement = 'signed')"


def _values(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """None, 'BY' or ('BY', 'KZ') → a tuple of non-empty strings."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = (value,)
    return tuple(dict.fromkeys(str(v) for v in value if str(v).strip()))


def _links(f: Filters) -> tuple[str, str, list]:
    """(CTE, FROM-clause body ending in a WHERE, params) for the links whose events pass `f`: the side
    table itself when `f` restricts only carried columns, else the links of the filtered events.
    Callers append ' AND …'."""
    if f.columns_only:
        where, params = f.where("s")
        return "", f"event_organisations s WHERE NOT s.merged AND {where}", params
    cte, params = _filtered(f, "e.event_id")
    return (cte + ",", "event_organisations s WHERE NOT s.merged AND s.event_id IN (SELECT event_id FROM f)",
            params)


def _with(cte: str) -> str:
    """The opening of a WITH list that may already hold the filtered-events CTE (ending in ',')."""
    return cte if cte else "WITH"


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

    Two steps, so a million events cost what the shown rows cost: the links alone give each
    organisation's distinct events and the ranking; only the links of the `limit` ranked ones are
    joined to their events for dates and agreements."""
    cte, rows, params = _links(f)
    side_sql, side_params = _in("s.side", _values(side))
    kind_sql, kind_params = _in("o.kind", _values(kind))
    country_sql, country_params = _in("o.country", _values(country))
    page, page_params = ("", []) if limit is None else (" LIMIT ?", [max(0, int(limit))])
    sql = f"""{_with(cte)} s AS (SELECT s.org_key, s.event_id, s.role FROM {rows}{side_sql}),
    top AS (
        SELECT c.org_key, c.events, count(*) OVER () AS total, o.name
        FROM (SELECT org_key, count(DISTINCT event_id) AS events FROM s GROUP BY 1) c
        JOIN organisations o ON o.org_key = c.org_key
        WHERE TRUE{kind_sql}{country_sql}
        ORDER BY c.events DESC, o.name, o.org_key{page}),
    l AS (SELECT s.org_key, s.event_id, bool_or(s.role = 'counterpart') AS counterpart
          FROM s SEMI JOIN top ON top.org_key = s.org_key GROUP BY 1, 2),
    per_org AS (
        SELECT l.org_key, count(*) FILTER (WHERE {_AGREEMENT}) AS agreements,
               min({_EVENT_YEAR}) AS first_year, max({_EVENT_YEAR}) AS last_year,
               count(DISTINCT {_EVENT_YEAR}) AS years,
               min(e.start_date) AS first_contact, max(coalesce(e.end_date, e.start_date)) AS last_contact
        FROM l JOIN events e ON e.event_id = l.event_id
        GROUP BY 1)
    SELECT o.org_key, o.name, o.legal_form, o.country, k.name_ru AS country_ru, k.name_en AS country_en,
           o.kind, top.events, p.agreements, p.first_year, p.last_year, p.years, p.first_contact,
           p.last_contact, top.total
    FROM top JOIN per_org p ON p.org_key = top.org_key JOIN organisations o ON o.org_key = top.org_key
    LEFT JOIN countries k ON k.code = o.country
    ORDER BY top.events DESC, o.name, o.org_key"""
    return _df(con, sql, params + side_params + kind_params + country_params + page_params)


def for_country(con: Con, code: str, f: Filters, limit: int = 10) -> pd.DataFrame:
    """The country dossier's list: that country's organisations (any side but our own) ranked by events."""
    return ranked(con, f, country=code, side=("foreign", "domestic"), limit=limit)


def kind_options(con: Con, f: Filters, side: str = "foreign") -> pd.DataFrame:
    """kind, organisations: the kinds present among `side`'s organisations under `f`, for the filter."""
    cte, rows, params = _links(f)
    sql = f"""{_with(cte)} k AS (SELECT DISTINCT s.org_key FROM {rows} AND s.side = ?)
    SELECT o.kind, count(*) AS organisations FROM k JOIN organisations o USING (org_key)
    GROUP BY 1 ORDER BY 2 DESC, 1"""
    return _df(con, sql, params + [side])


def country_options(con: Con, f: Filters, side: str = "foreign") -> pd.DataFrame:
    """country, name_ru, name_en, organisations: countries of `side`'s organisations under `f`."""
    cte, rows, params = _links(f)
    sql = f"""{_with(cte)} k AS (SELECT DISTINCT s.org_key FROM {rows} AND s.side = ?)
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

    @property
    def found(self) -> bool:
        return not self.card.empty


def dossier(con: Con, org_key: str, f: Filters, limit: int = 50) -> Dossier:
    """The organisation `org_key` under `f`: its card (name, legal form, country, kind, side, events,
    first and last contact), its events newest first (at most `limit`, with the total), events by
    quarter, its agreements, the organisations of the other side in its events (for a foreign one: our
    institutions) with joint-event counts, and the officials named in its events."""
    card = _df(con, """SELECT o.org_key, o.name, o.legal_form, o.country, c.name_ru AS country_ru,
                              c.name_en AS country_en, o.kind, o.home_region
                       FROM organisations o LEFT JOIN countries c ON c.code = o.country
                       WHERE o.org_key = ?""", [org_key])
    if card.empty:
        return Dossier(card=card)
    cte, rows, params = _links(f)
    mine = f"""{_with(cte)} l AS (
        SELECT s.event_id, bool_or(s.role = 'counterpart') AS counterpart,
               arg_min(s.role, s.position) AS role, arg_min(s.side, s.position) AS side
        FROM {rows} AND s.org_key = ? GROUP BY 1)"""
    mine_params = params + [org_key]
    summary = _df(con, f"""{mine}
        SELECT count(*) AS events, min(e.start_date) AS first_contact,
               max(coalesce(e.end_date, e.start_date)) AS last_contact,
               count(*) FILTER (WHERE {_AGREEMENT}) AS agreements, any_value(l.side) AS side
        FROM l JOIN events e ON e.event_id = l.event_id""", mine_params)
    card = pd.concat([card, summary], axis=1)
    total, side = int(summary.events.iloc[0]), summary.side.iloc[0]
    events = _df(con, f"""{mine}
        SELECT e.event_id, e.n, e.start_date, e.end_date, e.title, e.sector_key, e.sector, l.role,
               e.agreement, e.agreement_text, e.period_label
        FROM l JOIN events e ON e.event_id = l.event_id
        ORDER BY e.start_date DESC NULLS LAST, e.n DESC, e.event_id LIMIT ?""", mine_params + [max(0, int(limit))])
    by_quarter = _df(con, f"""{mine}
        SELECT {_EVENT_YEAR} AS year, {_EVENT_QUARTER} AS quarter, count(*) AS events
        FROM l JOIN events e ON e.event_id = l.event_id GROUP BY 1, 2 ORDER BY 1, 2""", mine_params)
    agreements = _df(con, f"""{mine}
        SELECT e.event_id, e.n, e.start_date, e.title, e.agreement, e.agreement_text, l.role
        FROM l JOIN events e ON e.event_id = l.event_id WHERE {_AGREEMENT}
        ORDER BY e.start_date DESC NULLS LAST, e.n DESC, e.event_id""", mine_params)
    # the other side: our institutions for a foreign organisation, foreign partners for one of ours
    other = "foreign" if side == "home" else "home"
    partners = _df(con, f"""{mine}
        SELECT o.org_key, o.name, o.legal_form, o.kind, o.country, count(DISTINCT p.event_id) AS events
        FROM event_organisations p JOIN l ON l.event_id = p.event_id
        JOIN organisations o ON o.org_key = p.org_key
        WHERE NOT p.merged AND p.side = ? AND p.org_key <> ?
        GROUP BY ALL ORDER BY events DESC, o.name LIMIT 50""", mine_params + [other, org_key])
    officials = _df(con, f"""{mine}
        SELECT x.name, any_value(x.role) AS role, count(DISTINCT x.event_id) AS events
        FROM event_officials x JOIN l ON l.event_id = x.event_id
        WHERE NOT x.merged GROUP BY x.name ORDER BY events DESC, x.name LIMIT 50""", mine_params)
    return Dossier(card=card, events=events, events_total=total, by_quarter=by_quarter,
                   agreements=agreements, partners=partners, officials=officials)


# ------------------------------------------------------------------ quarter over quarter

def _quarter_index(year: int, quarter: int) -> int:
    return int(year) * 4 + int(quarter) - 1


def new_and_lapsed(con: Con, f: Filters, year: int, quarter: int) -> pd.DataFrame:
    """Foreign organisations new in the quarter (first event ever, under `f`, falls in it) and lapsed
    (an event in the previous four quarters, none in this one): org_key, name, country, kind, status
    ('new' | 'lapsed'), events (in the quarter for new ones, in the previous four for lapsed ones),
    last_contact. The period filters of `f` (report, quarter, month) are set aside: the quarter given
    here is the period, and «first seen» needs the history before it."""
    f = f.without("reports", "held", "months")
    cte, rows, params = _links(f)
    current = _quarter_index(year, quarter)
    sql = f"""{_with(cte)} l AS (SELECT DISTINCT s.org_key, s.event_id FROM {rows} AND s.side = 'foreign'),
    q AS (SELECT l.org_key, {_EVENT_YEAR} * 4 + {_EVENT_QUARTER} - 1 AS qi,
                 coalesce(e.end_date, e.start_date) AS day
          FROM l JOIN events e ON e.event_id = l.event_id),
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


def network(con: Con, f: Filters, limit_nodes: int = 150) -> Network:
    """Our institutions ↔ foreign partners: an edge for each pair named in the same (filtered, unmerged)
    event, weighted by their joint events. The graph keeps the `limit_nodes` organisations with the
    most joint events and the edges between them; `total_nodes` says how many there were."""
    cte, rows, params = _links(f)
    sql = f"""{_with(cte)} l AS (SELECT DISTINCT s.org_key, s.event_id, s.side FROM {rows}
                                  AND s.side IN ('home', 'foreign')),
    pairs AS (SELECT h.org_key AS home_key, x.org_key AS foreign_key, count(*) AS weight
              FROM l h JOIN l x ON x.event_id = h.event_id
              WHERE h.side = 'home' AND x.side = 'foreign' AND h.org_key <> x.org_key
              GROUP BY 1, 2)
    SELECT * FROM pairs"""
    edges = _df(con, sql, params)
    if edges.empty:
        empty = pd.DataFrame(columns=["org_key", "name", "side", "kind", "country", "events"])
        return Network(nodes=empty, edges=pd.DataFrame(columns=["home_key", "foreign_key", "weight"]))
    # one row per node with its joint events (an event counts once per node however many partners)
    node_sql = f"""{_with(cte)} l AS (SELECT DISTINCT s.org_key, s.event_id, s.side FROM {rows}
                                       AND s.side IN ('home', 'foreign')),
    linked AS (SELECT DISTINCT a.org_key, a.side, a.event_id FROM l a JOIN l b
               ON a.event_id = b.event_id AND a.side <> b.side)
    SELECT k.org_key, o.name, k.side, o.kind, o.country, count(*) AS events
    FROM linked k JOIN organisations o ON o.org_key = k.org_key
    GROUP BY ALL ORDER BY events DESC, o.name, k.org_key"""
    nodes = _df(con, node_sql, params)
    total = len(nodes)
    nodes = nodes.head(max(0, int(limit_nodes))).reset_index(drop=True)
    home = set(nodes.loc[nodes.side == "home", "org_key"])
    foreign = set(nodes.loc[nodes.side == "foreign", "org_key"])
    edges = edges[edges.home_key.isin(home) & edges.foreign_key.isin(foreign)]
    edges = edges.sort_values(["weight", "home_key", "foreign_key"], ascending=[False, True, True])
    return Network(nodes=nodes, edges=edges.reset_index(drop=True), total_nodes=total)
