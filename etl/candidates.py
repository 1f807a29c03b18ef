"""I/O edge: likely duplicate pairs kept in the `duplicate_candidates` table, scored by DuckDB.

`etl.duplicates.find_duplicates` compares every event with every other in Python; the «Данные» page
ran it over the whole database on each rerun. Here the same rule (dates overlap; Jaccard of the
title words ≥ 0.5, lowered by 0.2 for the same venue city and by 0.1 for the same dates) runs in SQL
when a report is loaded, only between that report's events and the events whose dates overlap
them, so a load costs O(report) and the page reads a finished table.

    >>> add_report_candidates(con, "3f2a…")   # after the report's events are inserted
    12
"""
from __future__ import annotations

import duckdb

# a × b over events: b overlaps a in time and shares at least one title word.
_PAIRS = """
WITH pairs AS (
    SELECT a.event_id AS a_id, b.event_id AS b_id, a.start_date AS a_start, b.start_date AS b_start,
           len(list_intersect(a.title_words, b.title_words)) AS shared,
           len(a.title_words) + len(b.title_words) AS total,
           coalesce(a.venue_city <> '' AND a.venue_city = b.venue_city, false) AS same_venue,
           a.start_date = b.start_date AND a.end_date IS NOT DISTINCT FROM b.end_date AS same_dates
    FROM {left} a JOIN events b
      ON b.start_date <= coalesce(a.end_date, a.start_date)
     AND a.start_date <= coalesce(b.end_date, b.start_date)
     AND b.event_id <> a.event_id
    WHERE a.start_date IS NOT NULL AND list_has_any(a.title_words, b.title_words) {extra}
), scored AS (
    SELECT *, shared / (total - shared) AS score FROM pairs
)
SELECT CASE WHEN (a_start, a_id) < (b_start, b_id) THEN a_id ELSE b_id END AS first_event_id,
       CASE WHEN (a_start, a_id) < (b_start, b_id) THEN b_id ELSE a_id END AS second_event_id,
       round(score, 3) AS score, same_dates, same_venue,
       (CASE WHEN same_dates THEN 'те же даты' ELSE 'даты пересекаются' END)
           || ', названия похожи на ' || CAST(round_even(score * 100, 0) AS INTEGER) || '%'
           || (CASE WHEN same_venue THEN ', то же место' ELSE '' END) AS reason
FROM scored
WHERE score >= 0.5 - (CASE WHEN same_venue THEN 0.2 ELSE 0 END) - (CASE WHEN same_dates THEN 0.1 ELSE 0 END)
"""


def add_report_candidates(con: duckdb.DuckDBPyConnection, report_id: str) -> int:
    """Score the report's events against every event whose dates overlap them (its own included,
    each pair once) and store the pairs; returns how many were added."""
    left = "(SELECT * FROM events WHERE report_id = $report_id)"
    extra = "AND (b.report_id <> $report_id OR a.event_id < b.event_id)"
    before = con.execute("SELECT count(*) FROM duplicate_candidates").fetchone()[0]
    con.execute("INSERT INTO duplicate_candidates " + _PAIRS.format(left=left, extra=extra),
                {"report_id": report_id})
    return con.execute("SELECT count(*) FROM duplicate_candidates").fetchone()[0] - before


def delete_report_candidates(con: duckdb.DuckDBPyConnection, report_id: str) -> None:
    con.execute("DELETE FROM duplicate_candidates WHERE first_event_id IN "
                "(SELECT event_id FROM events WHERE report_id = $r) OR second_event_id IN "
                "(SELECT event_id FROM events WHERE report_id = $r)", {"r": report_id})


def rebuild_duplicate_candidates(con: duckdb.DuckDBPyConnection) -> int:
    """Every pair of the database at once (a database from before the table existed)."""
    con.execute("DELETE FROM duplicate_candidates")
    con.execute("INSERT INTO duplicate_candidates " + _PAIRS.format(left="events", extra="AND a.event_id < b.event_id"))
    return con.execute("SELECT count(*) FROM duplicate_candidates").fetchone()[0]
