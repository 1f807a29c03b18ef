"""What each load keeps for the pages to read, named once for the loader and the query layer.

etl/load.py fills the kept rows (fill rates per report, the biggest events, the most foreign participants, the
latest agreements) and analytics/ reads them: both need the same orders, sizes and columns. They live here, apart
from the loader, so that the dashboard imports these few constants and not the parser (etl.load imports the whole
ETL: ~0.6 s of a server's first page).
"""
from __future__ import annotations

# field → SQL true when an event has it filled (constants): what report_fill counts per report and
# analytics/quality.fill_rates shows as shares
FILL_CHECKS = {
    "dates": "start_date IS NOT NULL",
    "venue_city": "venue_city IS NOT NULL",
    "partner_countries": "len(partner_countries) > 0 OR unnamed_foreign",
    "foreign_regions": "len(foreign_regions) > 0",
    "attendance_total": "attendance_total IS NOT NULL",
    "attendance_foreign": "attendance_foreign IS NOT NULL",
    "agreement": "agreement IS NOT NULL",
    "officials": "len(officials) > 0",
}


# each report's events with the most participants kept in report_top_attendance: queries.biggest_events
# reads them for an unfiltered top of up to this many (any event of the whole top is in its report's)
TOP_PER_REPORT = 10
# the order of the biggest events (queries.biggest_events), and of top_attendance's rows: the first
# TOP_WHOLE of report_top_attendance (event_id is unique: the order is total) — more than a top of
# TOP_PER_REPORT needs, so that the few reports with a merged event (whose rows are read from the
# events) seldom leave fewer than the asked top among the others
TOP_ORDER = "attendance_total DESC, n, event_id"
TOP_WHOLE = 100
# the columns queries.biggest_events shows, which top_attendance's rows carry
TOP_SHOWN = ("event_id", "n", "title", "sector_key", "start_date", "end_date", "attendance_total",
             "attendance_lower_bound", "attendance_foreign", "attendance_online", "format", "partner_countries")
# the events with the most foreign participants (page_queries.foreign_participants_top, a page of 100):
# each report's first FOREIGN_WHOLE stating events in report_top_foreign, the whole database's in
# top_foreign with the columns the page shows — more rows than the page so that merged events, left
# out when it is read, seldom leave fewer than the page
FOREIGN_ORDER = "attendance_foreign DESC, n, event_id"
FOREIGN_WHOLE = 200
FOREIGN_SHOWN = ("event_id", "n", "title", "sector_key", "start_date", "end_date", "attendance_foreign",
                 "attendance_total", "attendance_lower_bound", "partner_countries")
# the latest events with an agreement (page_queries.agreements_latest, a list of 20 on the Соглашения
# page): each report's first AGREEMENT_WHOLE of each kind (signed, verbal) in report_top_agreements,
# the whole database's in top_agreements with the columns the list shows — more rows than the list
# for the same reason as FOREIGN_WHOLE. Per kind: the list is asked for the signed alone, and the
# latest of both kinds may all be verbal (undated events come first)
AGREEMENT_ORDER = "start_date DESC NULLS FIRST, n DESC, event_id"
AGREEMENT_WHOLE = 200
AGREEMENT_SHOWN = ("event_id", "n", "title", "start_date", "end_date", "sector_key", "agreement", "agreement_text",
                   "partner_countries", "period_label", "quarter_position")
