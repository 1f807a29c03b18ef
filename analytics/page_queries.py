"""Bounded versions of the row-returning questions, for pages that show a list: at most `limit` rows
leave DuckDB, each with `total` (how many rows the whole answer has), so a page can say «показаны 20 из
135 402» and costs the same at 10k and at 1M events.

The unbounded functions (queries.agreements, queries.timeline, quality.issue_rows, …) stay for the
briefing and the downloads, which need every row. The filtered rows come from queries._filtered,
so these read the events exactly as every other question does.

    >>> agreements_latest(con, Filters(countries=("BY",)), ("signed", "verbal"), limit=20)
    # 20 rows (the latest by start date, shown oldest first), column total = 135 402
"""
from __future__ import annotations

import duckdb
import pandas as pd

from .filters import Filters
from .quality import FILLED, fill_shares, issue_kinds_source, kept
from etl.kept import AGREEMENT_ORDER, AGREEMENT_SHOWN, AGREEMENT_WHOLE, FOREIGN_ORDER, FOREIGN_SHOWN, FOREIGN_WHOLE

from .queries import _country_rows, _cube, _filtered, _side, shared_hits, top_ids

Con = duckdb.DuckDBPyConnection


def _bounded(con: Con, source: tuple[str, list], columns: str, condition: str, condition_params: list,
             pick: str, limit: int, order_shown: str, ids_first: bool = False, lead: str | None = None,
             total: int | None = None) -> pd.DataFrame:
    """The first `limit` rows of `source` (a CTE named `f`, or `src` for a view, and its parameters)
    that meet `condition`, picked in `pick` order and shown in `order_shown`, each with `total`.

    The count is a query of its own: a `count(*) OVER ()` window carries every matching row's
    columns through the sort (1.2 s against 0.08 s for the latest 150 of a million events), and a
    scalar subquery beside the rows made DuckDB filter twice in one plan (Belarus · culture: 398 ms
    against 31 + 146 ms as two queries). With `ids_first` (a source `f` of events) the page's ids are
    picked first and only their columns read: titles and lists carried through the sort of 138k rows
    took most of the foreign participants' 130–190 ms at a million events (a date order needs it
    not: DuckDB's top-N skips row groups by their dates — unless a search's semi-join comes first).
    With `lead` (the pick's first column, descending; `condition` must imply it is not NULL) the ids
    are picked above the `limit`-th largest lead (queries.top_ids). A `total` known already (from a
    table kept per load) saves the count. Column lists and orders are this module's constants; values
    travel as parameters."""
    cte, params = source
    origin = "src" if cte.startswith("WITH src") else "f"
    if ids_first:  # events: pick the ids in a sort of narrow rows, then read the page's columns only
        ids = top_ids(con, source, lead, pick, limit, condition, condition_params, floor="event_words_" not in cte) \
            if lead else \
            [r[0] for r in con.execute(f"{cte} SELECT event_id FROM f WHERE {condition} ORDER BY {pick} LIMIT ?",
                                       params + condition_params + [max(0, int(limit))]).fetchall()]
        rows = con.execute(f"SELECT {columns} FROM v_events_all WHERE event_id IN ({', '.join('?' * len(ids)) or 'NULL'}) "
                           f"ORDER BY {order_shown}", ids).df()
    else:
        rows = con.execute(f"{cte} SELECT * FROM (SELECT {columns} FROM {origin} WHERE {condition} ORDER BY {pick} "
                           f"LIMIT ?) ORDER BY {order_shown}", params + condition_params + [max(0, int(limit))]).df()
    if total is None:
        total = con.execute(f"{cte} SELECT count(*) FROM {origin} WHERE {condition}",
                            params + condition_params).fetchone()[0]
    return rows.assign(total=int(total))


def agreements_latest(con: Con, f: Filters, kinds: tuple[str, ...] = ("signed",), limit: int = 20) -> pd.DataFrame:
    """The `limit` most recent events with an agreement of the given kinds, in date order like
    queries.agreements (whose columns they have), plus `total`: how many such events the filters hold."""
    if f.is_empty:
        kept = _agreements_top_kept(con, kinds, limit)
        if kept is not None:
            return kept
    total = _agreements_in_cube(con, f, kinds)
    marks = ", ".join("?" * len(kinds))
    with shared_hits(con, f) as hits:
        return _bounded(con, _filtered(con, f, hits=hits), _AGREEMENT_COLUMNS, f"agreement IN ({marks})", list(kinds),
                        AGREEMENT_ORDER, limit, _AGREEMENT_SHOWN_ORDER, ids_first=bool(f.search), total=total)


_AGREEMENT_COLUMNS = ", ".join(AGREEMENT_SHOWN)  # what top_agreements keeps (etl/load.py)
_AGREEMENT_SHOWN_ORDER = "start_date NULLS LAST, n, event_id"


def _agreements_top_kept(con: Con, kinds: tuple[str, ...], limit: int) -> pd.DataFrame | None:
    """The unfiltered agreements_latest from the whole list each load keeps (top_agreements: the first
    AGREEMENT_WHOLE events of each kind, merged ones included, with the shown columns), the merged events
    and the kinds not asked left out — None when it cannot say exactly: the table is missing or does not
    hold, of each asked kind, the first min(AGREEMENT_WHOLE, events of the kind) rows event_cube counts
    (an export or file from before it), or a kind not kept whole has fewer than `limit` rows left. An
    event of a kind outside the kept rows comes after all that kind's kept rows in the order, so with
    `limit` of them left before it, it is not in the list. Its total is event_cube's (merged events
    included) less the merged events of the kinds, in the same statement as the checks: on this
    machine every statement costs ~0.6 ms before it reads a row, and v_event_cube's total alone ~1.8."""
    limit = max(0, int(limit))
    kinds = list(dict.fromkeys(kinds))
    if not kinds or not set(kinds) <= {"signed", "verbal"}:
        return None
    per_kind = ", ".join(f"count(*) FILTER (WHERE agreement = '{kind}'{extra})"
                         for extra in ("", " AND NOT gone") for kind in ("signed", "verbal"))
    try:
        counts = con.execute(f"""WITH merged AS MATERIALIZED (SELECT event_id, agreement FROM events
                                                              WHERE duplicate_of IS NOT NULL AND agreement IS NOT NULL),
                                      kept AS (SELECT agreement, event_id IN (SELECT event_id FROM merged) AS gone
                                               FROM top_agreements)
            SELECT {per_kind},
                   (SELECT coalesce(sum(signed), 0) FROM event_cube), (SELECT coalesce(sum(verbal), 0) FROM event_cube),
                   (SELECT count(*) FILTER (WHERE agreement = 'signed') FROM merged),
                   (SELECT count(*) FILTER (WHERE agreement = 'verbal') FROM merged),
                   EXISTS (FROM event_cube)
            FROM kept""").fetchone()
    except (duckdb.BinderException, duckdb.CatalogException):
        return None
    if not counts[8]:  # no counts kept (an export from before them, or no events: nothing lost by reading them)
        return None
    kept, left, counted, merged = ({"signed": counts[i], "verbal": counts[i + 1]} for i in (0, 2, 4, 6))
    for kind in kinds:
        if kept[kind] != min(AGREEMENT_WHOLE, counted[kind]) or (left[kind] < limit and kept[kind] < counted[kind]):
            return None
    marks = ", ".join("?" * len(kinds))
    rows = con.execute(f"SELECT * FROM (SELECT {_AGREEMENT_COLUMNS} FROM top_agreements WHERE agreement IN ({marks}) "
                       "AND event_id NOT IN (SELECT event_id FROM events WHERE duplicate_of IS NOT NULL) "
                       f"ORDER BY {AGREEMENT_ORDER} LIMIT ?) ORDER BY {_AGREEMENT_SHOWN_ORDER}", kinds + [limit]).df()
    return rows.assign(total=int(sum(counted[kind] - merged[kind] for kind in kinds)))


def _agreements_in_cube(con: Con, f: Filters, kinds: tuple[str, ...]) -> int | None:
    """How many events have an agreement of `kinds` (signed, verbal) under `f`, from the counts each
    load keeps (queries._cube: filters on the plain columns only); None when they cannot say."""
    cube = _cube(f)
    kinds = tuple(dict.fromkeys(kinds))
    if cube is None or not kinds or not set(kinds) <= {"signed", "verbal"}:
        return None
    return int(con.execute(f"SELECT CAST(coalesce(sum({' + '.join(kinds)}), 0) AS BIGINT) FROM {cube[0]}",
                           cube[1]).fetchall()[0][0])


def timeline_latest(con: Con, f: Filters, limit: int = 150) -> pd.DataFrame:
    """The `limit` latest events with a start date, in start order, with the columns of
    queries.timeline and `total` (events with a start date). A Gantt of 300 000 bars is neither
    drawable nor readable; the latest events are what a reader of the Динамика page looks for."""
    with shared_hits(con, f) as hits:
        return _bounded(con, _filtered(con, f, hits=hits), "event_id, n, title, sector_key, format, direction, start_date, "
                        "coalesce(end_date, start_date) AS end_date, "
                        "coalesce(end_date, start_date) + INTERVAL 1 DAY AS finish, partner_countries, period_label",
                        "start_date IS NOT NULL", [], "start_date DESC, n DESC, event_id", limit, "start_date, n, event_id",
                        ids_first=bool(f.search))


_FOREIGN_COLUMNS = ", ".join(FOREIGN_SHOWN)  # what top_foreign keeps (etl/load.py)
_FOREIGN_ORDER = FOREIGN_ORDER


def foreign_participants_top(con: Con, f: Filters, limit: int = 100) -> pd.DataFrame:
    """queries.foreign_participants cut to the `limit` events with the most foreign participants, plus `total`.

    Under filters without a search the filtered events are scanned once: their (event_id, n,
    attendance_foreign) rows stating foreigners are kept for the count and the top — as three
    statements (the top's floor, its ids, the count) each scanned them (Belarus · culture at a
    million events: ~22 + 150 + 94 ms at load ~7)."""
    if f.is_empty:
        kept = _foreign_top_kept(con, limit)
        if kept is not None:
            return kept
    if f.search or f.is_empty:
        return _foreign_participants_bounded(con, f, limit)
    cte, params = _filtered(con, f, "e.event_id, e.n, e.attendance_foreign")
    total, ids = con.execute(f"""{cte}, stated AS MATERIALIZED (SELECT event_id, n, attendance_foreign FROM f
                                                         WHERE attendance_foreign IS NOT NULL)
        SELECT (SELECT count(*) FROM stated),
               (SELECT list(event_id ORDER BY {_FOREIGN_ORDER}) FROM
                   (SELECT event_id, n, attendance_foreign FROM stated ORDER BY {_FOREIGN_ORDER} LIMIT ?))""",
                             params + [max(0, int(limit))]).fetchone()
    ids = ids or []
    rows = con.execute(f"SELECT {_FOREIGN_COLUMNS} FROM v_events_all WHERE event_id IN ({', '.join('?' * len(ids)) or 'NULL'}) "
                       f"ORDER BY {_FOREIGN_ORDER}", ids).df()
    return rows.assign(total=int(total))


def _foreign_top_kept(con: Con, limit: int) -> pd.DataFrame | None:
    """The unfiltered foreign_participants_top from the whole top each load keeps (top_foreign: the first
    FOREIGN_WHOLE stating events, merged ones included, with the shown columns), the merged events left
    out — None when it cannot say exactly: the table is missing or does not hold the first
    min(FOREIGN_WHOLE, stating events) rows report_fill counts (an export or file from before it), or
    fewer than `limit` unmerged rows are left in it while the events hold more stating ones. Any
    unmerged event outside the kept rows comes after all of them, so the first `limit` unmerged kept
    rows are the page. Its total is _foreign_stated_in_fill's, in the same statement."""
    limit = max(0, int(limit))
    merged = "SELECT event_id FROM events WHERE duplicate_of IS NOT NULL"
    try:
        kept_all, kept_unmerged, stated_all, merged_stating, fill_ok = con.execute(f"""SELECT
            (SELECT count(*) FROM top_foreign),
            (SELECT count(*) FROM top_foreign WHERE event_id NOT IN ({merged})),
            (SELECT coalesce(sum(attendance_foreign), 0) FROM report_fill),
            (SELECT count(*) FROM events WHERE duplicate_of IS NOT NULL AND attendance_foreign IS NOT NULL),
            EXISTS (FROM report_fill) OR NOT EXISTS (FROM events)""").fetchone()
    except (duckdb.BinderException, duckdb.CatalogException):
        return None
    if not fill_ok or kept_all != min(FOREIGN_WHOLE, stated_all):
        return None
    if kept_unmerged < limit and kept_all < stated_all:
        return None
    rows = con.execute(f"SELECT {_FOREIGN_COLUMNS} FROM top_foreign WHERE event_id NOT IN ({merged}) "
                       f"ORDER BY {_FOREIGN_ORDER} LIMIT ?", [limit]).df()
    return rows.assign(total=int(stated_all - merged_stating))


def _foreign_participants_bounded(con: Con, f: Filters, limit: int) -> pd.DataFrame:
    """foreign_participants_top unfiltered (its total kept per load) or under a search (its few rows)."""
    with shared_hits(con, f) as hits:
        return _bounded(con, _filtered(con, f, hits=hits), "event_id, n, title, sector_key, start_date, end_date, attendance_foreign, "
                        "attendance_total, attendance_lower_bound, partner_countries",
                        "attendance_foreign IS NOT NULL", [], "attendance_foreign DESC, n, event_id", limit,
                        "attendance_foreign DESC, n, event_id", ids_first=True, lead="attendance_foreign",
                        total=_foreign_stated_in_fill(con, f))


def _foreign_stated_in_fill(con: Con, f: Filters) -> int | None:
    """How many unmerged events state their foreign participants, unfiltered, from the per-report
    counts each load keeps (report_fill.attendance_foreign counts merged events too: those are taken
    away, a scan of the few marked ones) — counting a million events' column took ~8 ms of the
    page's ~35. None when `f` filters or report_fill does not cover the events (an export from before it)."""
    if not f.is_empty:
        return None
    total = con.execute("""SELECT CASE WHEN EXISTS (FROM report_fill) OR NOT EXISTS (FROM events) THEN
        coalesce((SELECT sum(attendance_foreign) FROM report_fill), 0)
        - (SELECT count(*) FROM events WHERE duplicate_of IS NOT NULL AND attendance_foreign IS NOT NULL) END
        """).fetchone()[0]
    return None if total is None else int(total)


def officials_top(con: Con, f: Filters, limit: int = 50) -> pd.DataFrame:
    """queries.officials cut to the `limit` officials met at most events (event numbers: the first
    30 of each), plus `total` officials. Names are counted first and only the page's names get their
    lists of numbers (every name's list took most of the 340 ms at a million events); the rows come
    from event_officials alone when the filters are on the columns it carries (queries._side). One
    row per (event, name) (queries.officials), so count(*) counts events."""
    side = _side(f, "event_officials", con)
    if side:
        cte, params = f"WITH rows AS (SELECT s.name, s.role, s.event_id, s.n FROM {side[0]})", side[1]
    else:
        cte, params = _filtered(con, f, "e.event_id, e.n")
        cte += (", rows AS (SELECT o.name, o.role, o.event_id, f.n FROM event_officials o "
                "JOIN f USING (event_id))")
    sql = f"""{cte},
    counted AS (SELECT name, min(role) AS role, count(*) AS events FROM rows GROUP BY name),
    page AS (SELECT *, count(*) OVER () AS total FROM counted ORDER BY events DESC, name LIMIT ?),
    numbers AS (SELECT name, list(DISTINCT n ORDER BY n)[1:30] AS event_numbers FROM rows
                WHERE name IN (SELECT name FROM page) GROUP BY name)
    SELECT page.name, page.role, page.events, numbers.event_numbers, page.total
    FROM page JOIN numbers USING (name) ORDER BY page.events DESC, page.name"""
    return con.execute(sql, params + [max(0, int(limit))]).df()


def events_by_period_bounded(con: Con, f: Filters, limit: int = 24) -> pd.DataFrame:
    """queries.events_by_period when the filtered events come from at most `limit` reports (one bar
    per report, as a region's quarters are compared); beyond that the regions are summed per quarter
    (region NULL) and only the latest `limit` quarters are kept — 13 000 reports of 36 regions make
    no readable chart. `total` is how many bars the whole answer would have had.

    The reports are counted first and then only one grouping runs: grouping a million events by
    report and sector (158k groups) only to sum them per quarter took ~100 ms of its 130 ms."""
    limit = max(1, int(limit))
    cte, params = _filtered(con, f, "e.report_id, e.year, e.quarter, e.period_label, e.region, e.sector_key, "
                                    "e.attendance_total")
    reports = _reports_counted(con, f, cte, params)
    if reports <= limit:
        sql = f"""{cte}
    SELECT year, quarter, period_label, region, sector_key, count(*) AS events,
           CAST(coalesce(sum(attendance_total), 0) AS BIGINT) AS attendance, CAST(? AS BIGINT) AS total
    FROM f GROUP BY year, quarter, period_label, region, sector_key
    ORDER BY year, quarter, events DESC, sector_key, region"""
        return con.execute(sql, params + [reports]).df()
    sql = f"""{cte}, per AS (
        SELECT year, quarter, any_value(period_label) AS period_label, sector_key, count(*) AS events,
               CAST(coalesce(sum(attendance_total), 0) AS BIGINT) AS attendance
        FROM f GROUP BY year, quarter, sector_key),
    quarters AS (SELECT year, quarter, count(*) OVER () AS total FROM (SELECT DISTINCT year, quarter FROM per)
                 ORDER BY year DESC, quarter DESC LIMIT ?)
    SELECT p.year, p.quarter, p.period_label, CAST(NULL AS VARCHAR) AS region, p.sector_key, p.events,
           p.attendance, q.total
    FROM per p JOIN quarters q USING (year, quarter)
    ORDER BY year, quarter, events DESC, sector_key"""
    return con.execute(sql, params + [limit]).df()


def _reports_counted(con: Con, f: Filters, cte: str, params: list) -> int:
    """How many reports the filtered events come from. When `f` names partner countries the side
    rows (one an event, queries._country_rows, which carry report_id) are counted, not the filtered
    events: Belarus with «выставка» at a million events 16 → 9.5 ms, Belarus · culture 9.7 → 5.6
    (medians of 9, one sitting)."""
    rows = _country_rows(con, f)
    if rows is not None:
        return con.execute(f"SELECT count(DISTINCT s.report_id) FROM {rows[0]}", rows[1]).fetchone()[0]
    return con.execute(f"{cte} SELECT count(DISTINCT report_id) FROM f", params).fetchone()[0]


# ------------------------------------------------------------------ «Качество данных»

def fill_rates_latest(con: Con, limit: int = 100) -> pd.DataFrame:
    """quality.fill_rates for the latest `limit` reports only (same columns and order), plus `total`
    reports: the fill table of 13 000 reports is not read by anyone, the latest quarters are."""
    latest = "SELECT report_id FROM reports ORDER BY year DESC, quarter DESC, region DESC LIMIT ?"
    if kept(con, "report_fill", "events"):  # the counts each load keeps: ~0.1k rows read, not their events
        sql = (f"WITH latest AS ({latest}) SELECT r.region, r.period_label, r.year, r.quarter, u.events, "
               f"{fill_shares()}, (SELECT count(*) FROM reports) AS total FROM report_fill u JOIN reports r "
               "USING (report_id) WHERE u.report_id IN (SELECT report_id FROM latest) ORDER BY r.year, r.quarter, r.region")
        return con.execute(sql, [max(0, int(limit))]).df()
    columns = ", ".join(f"avg(CASE WHEN {expr} THEN 1.0 ELSE 0 END) AS {name}" for name, expr in FILLED.items())
    sql = (f"WITH latest AS ({latest}) "
           f"SELECT region, period_label, year, quarter, count(*) AS events, {columns}, "
           f"(SELECT count(*) FROM reports) AS total FROM v_events_all "
           f"WHERE report_id IN (SELECT report_id FROM latest) GROUP BY ALL ORDER BY year, quarter, region")
    return con.execute(sql, [max(0, int(limit))]).df()


def issues_by_kind_top(con: Con, limit: int = 200) -> pd.DataFrame:
    """quality.issues_by_kind cut to its `limit` commonest rows, plus `total` rows."""
    sql = ("WITH kinds AS (SELECT r.period_label, r.region, p.field, p.severity, p.kind, "
           f"CAST(sum(p.problems) AS BIGINT) AS problems FROM {issue_kinds_source(con)} p "
           "LEFT JOIN reports r USING (report_id) GROUP BY ALL) "
           "SELECT *, (SELECT count(*) FROM kinds) AS total FROM kinds "
           "ORDER BY problems DESC, field, period_label, region, kind LIMIT ?")
    return con.execute(sql, [max(0, int(limit))]).df()


def issue_rows_top(con: Con, limit: int = 200) -> pd.DataFrame:
    """quality.issue_rows (every report), its first `limit` rows in the same order, plus `total`. The
    order starts with the report's period and region, so the reports whose problems come first are
    found from per-report counts (13 000 rows at a million events; from issue_kinds when each load
    keeps it, else by grouping every problem), only their problems are sorted (sorting all 300 000
    problems by their texts took ~120 ms), and the page's events are looked up by id through the
    primary key (an event's id is its report's id ':' its number): joining the page to the events
    on (report_id, n) scanned a million events, ~20 of ~37 ms."""
    order = "period_label, region, n NULLS FIRST, field, message, raw_text"
    counts = ("SELECT report_id, sum(problems) AS problems FROM issue_kinds GROUP BY report_id"
              if kept(con, "issue_kinds", "parse_issues") else
              "SELECT report_id, count(*) AS problems FROM parse_issues GROUP BY report_id")
    sql = f"""WITH counts AS ({counts}),
    named AS (SELECT c.report_id, c.problems, r.period_label, r.region FROM counts c LEFT JOIN reports r USING (report_id)),
    keyed AS (SELECT period_label, region, sum(problems) AS problems FROM named GROUP BY period_label, region),
    ranked AS (SELECT period_label, region, coalesce(sum(problems) OVER (ORDER BY period_label, region
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before FROM keyed),
    chosen AS (SELECT n.report_id FROM named n JOIN ranked k ON n.period_label IS NOT DISTINCT FROM k.period_label
               AND n.region IS NOT DISTINCT FROM k.region WHERE k.before < ?),
    page AS (SELECT report_id, period_label, region, file_name, n, field, severity, message, raw_text
             FROM v_parse_issues WHERE report_id IN (SELECT report_id FROM chosen) ORDER BY {order} LIMIT ?)
    SELECT page.period_label, page.region, page.file_name, page.n, page.field, page.severity, page.message,
           page.raw_text, page.report_id || ':' || page.n AS event_id,
           (SELECT CAST(coalesce(sum(problems), 0) AS BIGINT) FROM counts) AS total
    FROM page ORDER BY page.period_label, page.region, page.n NULLS FIRST, page.field, page.message, page.raw_text"""
    rows = con.execute(sql, [max(0, int(limit))] * 2).df()
    wanted = list(dict.fromkeys(i for i in rows["event_id"] if isinstance(i, str)))
    found = {r[0] for r in con.execute(f"SELECT event_id FROM events WHERE event_id IN ({', '.join('?' * len(wanted))})",
                                       wanted).fetchall()} if wanted else set()
    # as the join gave it: the ids of events that exist (str), a column of None when none does
    rows["event_id"] = rows["event_id"].where(rows["event_id"].isin(found)) if found else \
        pd.Series([None] * len(rows), dtype=object, index=rows.index)
    return rows


def outside_quarter_top(con: Con, limit: int = 200) -> pd.DataFrame:
    """quality.outside_quarter cut to its first `limit` rows, plus `total`."""
    order = "year, quarter, n, event_id"
    return _bounded(con, ("WITH src AS (SELECT * FROM v_events_all)", []),
                    "period_label, region, n, title, start_date, end_date, quarter_position, event_id, year, quarter",
                    "quarter_position IN ('outside', 'partial')", [], order, limit, order)


def lower_bounds_top(con: Con, limit: int = 200) -> pd.DataFrame:
    """quality.lower_bounds cut to its first `limit` rows, plus `total`."""
    order = "year, quarter, region, n, event_id"
    return _bounded(con, ("WITH src AS (SELECT * FROM v_events_all)", []),
                    "period_label, region, n, title, attendance_total, event_id, year, quarter",
                    "attendance_lower_bound", [], order, limit, order)
