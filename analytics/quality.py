"""Data-quality questions of the query layer: (connection, report ids) → DataFrame, SQL only here."""
from __future__ import annotations

import duckdb
import pandas as pd
import pyarrow.compute as pc

from etl.kept import FILL_CHECKS

from .queries import _arrow_frame, _long_df

Con = duckdb.DuckDBPyConnection

# field label → SQL expression that is true when the field is filled (constants, never user input)
FILLED = FILL_CHECKS


def kept(con: Con, table: str, source: str) -> bool:
    """Whether `table` (report_fill, issue_kinds: kept by each load) covers `source`'s rows: not so for a
    Parquet export made before it (an empty stand-in), where the page counts the old way."""
    return bool(con.execute(f"SELECT EXISTS (FROM {table}) OR NOT EXISTS (FROM {source})").fetchone()[0])


def fill_shares(alias: str = "u") -> str:
    """The per-report shares of filled fields from report_fill's counts (`alias`.events and one count a field)."""
    return ", ".join(f"{alias}.{name}::DOUBLE / {alias}.events AS {name}" for name in FILLED)


def fill_rates(con: Con) -> pd.DataFrame:
    """Per report: share of events with each field filled, from report_fill (13k rows at a million
    events; grouping every event took ~380 ms), else grouped by report_id, then named."""
    if kept(con, "report_fill", "events"):
        return con.execute(f"SELECT r.region, r.period_label, r.year, r.quarter, u.events, {fill_shares()} "
                           "FROM report_fill u JOIN reports r USING (report_id) ORDER BY r.year, r.quarter, r.region").df()
    columns = ", ".join(f"avg(CASE WHEN {expr} THEN 1.0 ELSE 0 END) AS {name}" for name, expr in FILLED.items())
    return con.execute(f"SELECT r.region, r.period_label, r.year, r.quarter, u.* EXCLUDE (report_id) "
                       f"FROM (SELECT report_id, count(*) AS events, {columns} FROM events GROUP BY report_id) u "
                       "JOIN reports r USING (report_id) ORDER BY r.year, r.quarter, r.region").df()


def issue_kinds_source(con: Con) -> str:
    """report_id, field, severity, kind, problems: issue_kinds as each load keeps it (52k rows for 300k
    problems at a million events), else parse_issues counted now."""
    if kept(con, "issue_kinds", "parse_issues"):
        return "(SELECT report_id, field, severity, message AS kind, problems FROM issue_kinds)"
    return "(SELECT report_id, field, severity, message AS kind, count(*) AS problems FROM parse_issues GROUP BY ALL)"


def issues_by_kind(con: Con) -> pd.DataFrame:
    """Problems per report and kind, most frequent first (counted per report before the names are
    joined: one short key to group a million rows by, not the period and region texts). Every row,
    for the download (the page shows page_queries.issues_by_kind_top): 52k rows of five texts at a
    million events, made a frame through Arrow (queries._long_df: ~85 → ~30 ms).

    The source holds one row per report and kind, so when no two reports share a period and region
    (and every row's report is loaded) the names make no two rows one and the grouping is skipped;
    the rows are then sorted by Arrow (DuckDB's group and sort carried the five texts: ~25 of ~45 ms)."""
    source = issue_kinds_source(con)
    if _one_report_per_period_and_region(con):
        con.complete()  # an earlier execute() left unread would make sql() refuse
        table = con.sql("SELECT r.period_label, r.region, p.field, p.severity, p.kind, "
                        "CAST(p.problems AS BIGINT) AS problems, r.report_id IS NULL AS orphan "
                        f"FROM {source} p LEFT JOIN reports r USING (report_id)").to_arrow_table()
        if not pc.any(table.column("orphan")).as_py():
            table = table.drop_columns(["orphan"])
            order = pc.sort_indices(table, sort_keys=[("problems", "descending"), ("field", "ascending")])
            return _arrow_frame(con, table.take(order))
    return _long_df(con, "SELECT r.period_label, r.region, p.field, p.severity, p.kind, "
                         "CAST(sum(p.problems) AS BIGINT) AS problems "
                         f"FROM {source} p LEFT JOIN reports r USING (report_id) "
                         "GROUP BY ALL ORDER BY problems DESC, p.field", [])


def _one_report_per_period_and_region(con: Con) -> bool:
    """Whether no two loaded reports have the same period_label and region (a load replaces a
    report of the same region and quarter, so this is the rule; 13k rows at a million events)."""
    return bool(con.execute("SELECT count(*) = count(DISTINCT (period_label, region)) FROM reports").fetchone()[0])


def _report_clause(report_ids: list[str] | None) -> tuple[str, list]:
    if not report_ids:
        return "", []
    return f" WHERE p.report_id IN ({', '.join('?' for _ in report_ids)})", list(report_ids)


def issue_rows(con: Con, report_ids: list[str] | None = None) -> pd.DataFrame:
    """The parser's problems, one row each, with the event they belong to — every one (downloads); the
    page shows the first (page_queries.issue_rows_top)."""
    where, params = _report_clause(report_ids)
    order = "p.period_label, p.region, p.n NULLS FIRST, p.field, p.message, p.raw_text"
    sql = (f"WITH p AS (SELECT p.* FROM v_parse_issues p{where}) "
           "SELECT p.period_label, p.region, p.file_name, p.n, p.field, p.severity, p.message, p.raw_text, "
           "e.event_id FROM p LEFT JOIN events e ON e.report_id = p.report_id AND e.n = p.n "
           f"ORDER BY {order}")
    return con.execute(sql, params).df()


def outside_quarter(con: Con) -> pd.DataFrame:
    """Events dated (partly) outside their report's quarter, in report order (page_queries.outside_quarter_top
    for the page)."""
    return con.execute("SELECT period_label, region, n, title, start_date, end_date, quarter_position, event_id "
                       "FROM v_events_all WHERE quarter_position IN ('outside', 'partial') "
                       "ORDER BY year, quarter, n, region, event_id").df()


def lower_bounds(con: Con) -> pd.DataFrame:
    """Events whose attendance is a minimum («более 100»), in report order (page_queries.lower_bounds_top
    for the page)."""
    return con.execute("SELECT period_label, region, n, title, attendance_total, event_id FROM v_events_all "
                       "WHERE attendance_lower_bound ORDER BY year, quarter, region, n, event_id").df()


def loads_log(con: Con) -> pd.DataFrame:
    return con.execute("SELECT started_at, file_name, status, message, sha256 FROM loads "
                       "ORDER BY started_at DESC LIMIT 200").df()


def loaded_reports(con: Con) -> pd.DataFrame:
    return con.execute("SELECT report_id, region, period_label, event_count, file_name, sha256, loaded_at, "
                       "parser_version, source_kind FROM reports ORDER BY year, quarter, region").df()


def corrections(con: Con) -> pd.DataFrame:
    return con.execute("SELECT created_at, region, year, quarter, n, field, value_json, author, reason, status "
                       "FROM corrections ORDER BY created_at DESC").df()


def duplicate_decisions(con: Con) -> pd.DataFrame:
    return con.execute("SELECT * FROM duplicate_decisions ORDER BY created_at DESC").df()


def event_for_correction(con: Con, event_id: str) -> pd.DataFrame:
    """One event (merged duplicates included) with what a correction needs: region, year, quarter,
    n, fingerprint, corrected_fields and the current value of every correctable field."""
    return con.execute("SELECT * FROM v_events_all WHERE event_id = ?", [event_id]).df()


def event_corrections(con: Con, region: str, year: int, quarter: int, n: int) -> pd.DataFrame:
    """The corrections recorded for one event, newest first (status applied | stale | orphan)."""
    return con.execute("SELECT created_at, field, value_json, author, reason, status FROM corrections "
                       "WHERE region = ? AND year = ? AND quarter = ? AND n = ? ORDER BY created_at DESC",
                       [region, year, quarter, n]).df()


_PAIR_FIELDS = ("event_id", "n", "title", "start_date", "end_date", "venue_city", "partner_countries",
                "period_label", "region", "year", "quarter", "fingerprint")
_MERGED = "(SELECT event_id FROM events WHERE duplicate_of IS NOT NULL)"
_PENDING_PAIRS = f"""
    FROM duplicate_candidates p
    ANTI JOIN {_MERGED} m1 ON m1.event_id = p.first_event_id
    ANTI JOIN {_MERGED} m2 ON m2.event_id = p.second_event_id
    ANTI JOIN duplicate_decisions d1 ON d1.first_event_id = p.first_event_id AND d1.second_event_id = p.second_event_id
    ANTI JOIN duplicate_decisions d2 ON d2.first_event_id = p.second_event_id AND d2.second_event_id = p.first_event_id"""


def _nothing_decided(con: Con) -> bool:
    """No merged event and no decision: every candidate is pending, and the anti-joins (a probe of every
    candidate, ~2.9M at 1M events) can be skipped."""
    return not con.execute("SELECT EXISTS (SELECT 1 FROM events WHERE duplicate_of IS NOT NULL) "
                           "OR EXISTS (SELECT 1 FROM duplicate_decisions)").fetchone()[0]


def pending_duplicate_pairs(con: Con, limit: int | None = 30, offset: int = 0) -> pd.DataFrame:
    """Likely duplicates nobody has decided on, best first, from the table the ETL keeps
    (etl/candidates.py) — the «Данные» page's list without any pairwise work on a rerun.
    Columns: score, reason, same_dates, same_venue, then first_<field> and second_<field> for
    event_id, n, title, start_date, end_date, venue_city, partner_countries (what the reason
    compares), period_label, region, year, quarter, fingerprint (what datadesk.candidate_key needs).
    The page of pairs is chosen first, then only its events are read.

    For a page, the score of the (offset + limit + decided)-th best candidate is found first (a top-N
    over one DOUBLE column): only candidates scoring at least that can be on the page, provided that
    many of them are still pending — checked, else every candidate is ranked."""
    columns = ", ".join([f"a.{c} AS first_{c}" for c in _PAIR_FIELDS] + [f"b.{c} AS second_{c}" for c in _PAIR_FIELDS])
    page = "ORDER BY p.score DESC, p.first_event_id, p.second_event_id"
    params: list = []
    source = "FROM duplicate_candidates p" if _nothing_decided(con) else _PENDING_PAIRS
    if limit is not None:
        page += " LIMIT ? OFFSET ?"
        params = [int(limit), int(offset)]
        floor = _score_floor(con, int(limit) + int(offset))
        if floor is not None:
            where = " WHERE p.score >= ?"
            enough = con.execute(f"SELECT count(*) >= ? FROM (SELECT 1 {source}{where})",
                                 [int(limit) + int(offset), floor]).fetchone()[0]
            if enough:
                source += where
                params = [floor] + params
    sql = (f"WITH top AS (SELECT p.* {source} {page}) "
           f"SELECT top.score, top.reason, top.same_dates, top.same_venue, {columns} FROM top "
           "JOIN events a ON a.event_id = top.first_event_id JOIN events b ON b.event_id = top.second_event_id "
           "ORDER BY top.score DESC, top.first_event_id, top.second_event_id")
    return con.execute(sql, params).df()


def _score_floor(con: Con, wanted: int) -> float | None:
    """The score of the candidate ranked `wanted + decided` by score alone (decided = merged events and
    decisions, each of which may hide pairs), or None when there are not that many candidates."""
    decided = con.execute("SELECT (SELECT count(*) FROM events WHERE duplicate_of IS NOT NULL) "
                          "+ (SELECT count(*) FROM duplicate_decisions)").fetchone()[0]
    row = con.execute("SELECT score FROM duplicate_candidates ORDER BY score DESC LIMIT 1 OFFSET ?",
                      [max(0, wanted + 2 * int(decided) - 1)]).fetchone()
    return None if row is None else float(row[0])


def pending_duplicate_count(con: Con) -> int:
    """How many undecided likely-duplicate pairs there are (for 'showing 30 of N')."""
    if _nothing_decided(con):
        return int(con.execute("SELECT count(*) FROM duplicate_candidates").fetchone()[0])
    return int(con.execute(f"SELECT count(*) {_PENDING_PAIRS}").fetchone()[0])


def duplicate_decisions_with_titles(con: Con) -> pd.DataFrame:
    """duplicate_decisions, newest first, with first_title and second_title (NULL for a stale
    decision whose event is gone) — so the page need not read every event to name them."""
    return con.execute("SELECT d.*, a.title AS first_title, b.title AS second_title FROM duplicate_decisions d "
                       "LEFT JOIN events a ON a.event_id = d.first_event_id "
                       "LEFT JOIN events b ON b.event_id = d.second_event_id ORDER BY d.created_at DESC").df()
