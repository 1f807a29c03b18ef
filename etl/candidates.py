"""I/O edge: likely duplicate pairs kept in the `duplicate_candidates` table, added when a report loads.

DuckDB picks the pairs that could be duplicates — the new report's events against the events of
the same region whose dates overlap them and share a title word, a report's worth of pairs whatever
the size of the database (one report: ~0.2 s at 1M events) — and `etl.duplicates.score_pair`
decides on each, so the rule lives in one place and the «Данные» page reads a finished table.

    >>> add_report_candidates(con, "3f2a…")   # after the report's events are inserted
    12
"""
from __future__ import annotations

import duckdb
import pandas as pd

from .duplicates import Candidate, DuplicatePair, score_pair

_SIDE = ("event_id", "title", "start_date", "end_date", "venue_city", "region", "partner_countries",
         "foreign_regions", "title_words")

# a × b over events: the same region, b's dates overlap a's, a title word in common (a condition of
# score_pair too, checked here so the pairs that cannot be proposed never leave DuckDB); {extra}
# says which pairs are new. Events are joined on (region, month touched): two date ranges that
# overlap share the month the overlap starts in, and an equality join stays fast where a join on
# date inequalities within a region compares every event of the region with every other.
_MONTHS = """
SELECT event_id, report_id, region, start_date, coalesce(end_date, start_date) AS end_day, title_words,
       unnest(generate_series(date_trunc('month', start_date), date_trunc('month', coalesce(end_date, start_date)),
                              INTERVAL 1 MONTH)) AS month
FROM {source} WHERE start_date IS NOT NULL"""
_OVERLAPPING = """
WITH a AS ({left_months}), b AS ({right_months}),
pairs AS (
    SELECT DISTINCT a.event_id AS a_id, b.event_id AS b_id
    FROM a JOIN b ON b.region = a.region AND b.month = a.month
     AND b.start_date <= a.end_day AND a.start_date <= b.end_day AND b.event_id <> a.event_id
    WHERE list_has_any(a.title_words, b.title_words) {extra}
)
SELECT {columns} FROM pairs JOIN events a ON a.event_id = pairs.a_id JOIN events b ON b.event_id = pairs.b_id
"""
_COLUMNS = ", ".join([f"a.{c}" for c in _SIDE] + [f"b.{c}" for c in _SIDE])
_REPORT = "(SELECT * FROM events WHERE report_id = $report_id)"
_REPORT_REGIONS = "(SELECT * FROM events WHERE region IN (SELECT region FROM events WHERE report_id = $report_id))"
_NEW_WITH_OTHERS = "AND (b.report_id <> $report_id OR a.event_id < b.event_id)"
_BATCH = 50_000


def _candidate(row: tuple) -> Candidate:
    event_id, title, start, end, venue, region, partners, regions, words = row
    return Candidate(event_id, title or "", start, end, venue, region, tuple(partners or ()),
                     tuple(regions or ()), tuple(words or ()))


def _scored(con: duckdb.DuckDBPyConnection, left: str, right: str, extra: str, params: dict) -> list[DuplicatePair]:
    sql = _OVERLAPPING.format(left_months=_MONTHS.format(source=left), right_months=_MONTHS.format(source=right),
                              extra=extra, columns=_COLUMNS)
    cursor = con.execute(sql, params)
    width, pairs = len(_SIDE), []
    while rows := cursor.fetchmany(_BATCH):
        for row in rows:
            pair = score_pair(_candidate(row[:width]), _candidate(row[width:]))
            if pair:
                pairs.append(pair)
    return pairs


def _store(con: duckdb.DuckDBPyConnection, pairs: list[DuplicatePair]) -> int:
    if not pairs:
        return 0
    frame = pd.DataFrame([(p.first, p.second, p.score, p.same_dates, p.same_venue, p.reason) for p in pairs],
                         columns=["first_event_id", "second_event_id", "score", "same_dates", "same_venue", "reason"])
    con.register("duplicate_pairs_df", frame)
    try:
        con.execute("INSERT INTO duplicate_candidates (first_event_id, second_event_id, score, same_dates, "
                    "same_venue, reason) SELECT first_event_id, second_event_id, score, same_dates, same_venue, "
                    "reason FROM duplicate_pairs_df")
    finally:
        con.unregister("duplicate_pairs_df")
    return len(pairs)


def add_report_candidates(con: duckdb.DuckDBPyConnection, report_id: str) -> int:
    """Score the report's events against the events of its region whose dates overlap them (its
    own included, each pair once) and store the pairs; returns how many were added."""
    return _store(con, _scored(con, _REPORT, _REPORT_REGIONS, _NEW_WITH_OTHERS, {"report_id": report_id}))


def delete_report_candidates(con: duckdb.DuckDBPyConnection, report_id: str) -> None:
    con.execute("DELETE FROM duplicate_candidates WHERE first_event_id IN "
                "(SELECT event_id FROM events WHERE report_id = $r) OR second_event_id IN "
                "(SELECT event_id FROM events WHERE report_id = $r)", {"r": report_id})


def rebuild_duplicate_candidates(con: duckdb.DuckDBPyConnection) -> int:
    """Every pair of the database again (a database from before the table existed, or scored by
    an older rule); returns how many pairs there are."""
    con.execute("DELETE FROM duplicate_candidates")
    return _store(con, _scored(con, "events", "events", "AND a.event_id < b.event_id", {}))


def rescore_outdated_candidates(con: duckdb.DuckDBPyConnection) -> bool:
    """A database whose pairs were scored by the earlier rule (Jaccard of title words; its reasons
    say «названия похожи на 36%») gets every pair scored again, once; True if it did."""
    if not con.execute("SELECT count(*) FROM duplicate_candidates WHERE reason LIKE '%похожи на%'").fetchone()[0]:
        return False
    rebuild_duplicate_candidates(con)
    return True
