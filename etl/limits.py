"""The sane range of every number and date the database stores, in one place.

A report is typed by people: «10000000000000000000000000 участников» or «01.01.9999» is a slip,
not a fact, and must become a parse issue with the raw text, never a value DuckDB refuses
(INTEGER ends at 2 147 483 647) in the middle of a load. `tests/test_etl_limits.py` checks that
every INTEGER and DATE column of etl/schema.sql is listed in BOUNDED_COLUMNS.
"""
from __future__ import annotations

YEARS = (1990, 2100)             # report years and event dates
MAX_ATTENDANCE = 10_000_000      # people at one event: a world-record festival is below this
MAX_EVENT_NUMBER = 9_999         # «№ п/п» of one quarter's table
MAX_NOTE_NUMBER = 100_000        # «состоялось N встреч» in a footer note
MAX_ROWS = 2_000_000_000         # table rows, text lines, positions: bounded by the 50 MB file limit

# schema column → where its range is enforced
BOUNDED_COLUMNS = {
    "reports.year": "title.parse_title: YEARS, else ReportError (no report without its year)",
    "reports.quarter": "title.parse_title: 1–4 by its pattern",
    "events.year": "copied from reports.year at load time (bounded there)",
    "events.quarter": "copied from reports.quarter at load time (bounded there)",
    "reports.period_start": "dates.quarter_bounds of a bounded year and quarter",
    "reports.period_end": "dates.quarter_bounds of a bounded year and quarter",
    "reports.event_count": "number of table rows (MAX_ROWS)",
    "reports.sector_count": "number of table rows (MAX_ROWS)",
    "report_notes.position": "number of notes (MAX_ROWS)",
    "report_notes.number": "normalize.build_report: MAX_NOTE_NUMBER, else None and an Issue",
    "events.n": "layout pattern of 1–4 digits; normalize.build_report: MAX_EVENT_NUMBER",
    "events.start_date": "dates.parse_dates: YEARS, else None and an Issue",
    "events.end_date": "dates.parse_dates: YEARS, else None and an Issue",
    "events.attendance_total": "attendance.parse_attendance: MAX_ATTENDANCE, else None and an Issue",
    "events.attendance_foreign": "attendance.parse_attendance: MAX_ATTENDANCE, else None and an Issue",
    "events.attendance_online": "attendance.parse_attendance: MAX_ATTENDANCE, else None and an Issue",
    "events.table_row": "row index (MAX_ROWS)",
    "events.source_line": "line index (MAX_ROWS)",
    "event_countries.position": "list index (MAX_ROWS)",
    "event_regions.position": "list index (MAX_ROWS)",
    "event_officials.position": "list index (MAX_ROWS)",
    "event_organisations.position": "list index (MAX_ROWS)",
    "parse_issues.n": "events.n",
    "corrections.year": "edits.read_edits: YEARS, else ValueError naming the line",
    "corrections.quarter": "edits.read_edits: 1–4",
    "corrections.n": "edits.read_edits: 0–99 999",
    "event_countries.attendance_total": "copied from events.attendance_total (bounded there)",
    "event_officials.n": "copied from events.n (bounded there)",
    "option_counts.events": "a count of event rows (MAX_ROWS)",
    **{f"event_cube.{c}": "a count or sum of event rows and their bounded attendance (BIGINT: MAX_ROWS × "
                          "MAX_ATTENDANCE fits)"
       for c in ("events", "held", "attendance", "attendance_known", "lower_bounds", "signed", "verbal",
                 "signed_held", "verbal_held")},
    **{f"report_fill.{c}": "a count of one report's event rows (MAX_ROWS)"
       for c in ("events", "dates", "venue_city", "partner_countries", "foreign_regions", "attendance_total",
                 "attendance_foreign", "agreement", "officials")},
    "issue_kinds.problems": "a count of one report's parse_issues rows (MAX_ROWS)",
    "report_sectors.year": "copied from events.year (bounded there)",
    "report_sectors.quarter": "copied from events.quarter (bounded there)",
    "report_sectors.events": "a count of one report's event rows (MAX_ROWS)",
    "org_joint_counts.events": "a count of event_organisations rows (MAX_ROWS)",
    "org_pair_counts.events": "a count of event_org_pairs rows (MAX_ROWS)",
    "org_official_counts.events": "a count of event_officials rows (MAX_ROWS)",
    "report_top_attendance.n": "copied from events.n (bounded there)",
    "report_top_attendance.attendance_total": "copied from events.attendance_total (bounded there)",
    "top_attendance.n": "copied from report_top_attendance.n (bounded there)",
    "top_attendance.attendance_total": "copied from report_top_attendance.attendance_total (bounded there)",
    "report_top_foreign.n": "copied from events.n (bounded there)",
    "report_top_foreign.attendance_foreign": "copied from events.attendance_foreign (bounded there)",
    "top_foreign.n": "copied from events.n (bounded there)",
    "top_foreign.attendance_foreign": "copied from events.attendance_foreign (bounded there)",
    "top_foreign.attendance_total": "copied from events.attendance_total (bounded there)",
    **{f"{table}.{c}": f"copied from events.{c} (bounded there)"
       for table, columns in (("top_attendance", ("start_date", "end_date", "attendance_foreign", "attendance_online")),
                              ("top_foreign", ("start_date", "end_date")),
                              ("report_top_agreements", ("n", "start_date")),
                              ("top_agreements", ("n", "start_date", "end_date")))
       for c in columns},
    "report_sectors.attendance": "a sum of one report's bounded attendance (BIGINT: MAX_ROWS × MAX_ATTENDANCE fits)",
    # ALTERed in, so not read by tests/etl/test_etl_limits.py, but bounded all the same
    "reports.event_base": "after the numbers in use: at most the events ever loaded plus MAX_EVENT_NUMBER (MAX_ROWS)",
    "events.event_no": "reports.event_base + events.n (bounded there)",
}


def year_in_range(year: int) -> bool:
    return YEARS[0] <= year <= YEARS[1]


# How far event numbers may jump where rows were taken out (a table split at a page break, a plan's sentence between
# two events): 39 → 41 carries the report on; a table numbered far past the events (years, a register) does not.
MAX_ROWS_TAKEN_OUT = 20
