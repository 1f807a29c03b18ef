"""Key partners of a quarter: the foreign organisations the region worked with most in one report.

Leadership's question after "which countries" is "with whom exactly". This answers it for one
quarter of one region from the ETL's `event_organisations` (foreign side only, events merged into
another left out so a duplicate listing is not a second event):

    >>> key_partners(con, "Смоленская область", 2024, 4).iloc[0][["name", "country", "events"]]  # doctest: +SKIP
    name       Минский автомобильный завод
    country    BY
    events     2

`agreement` is 'signed' when the organisation was the counterpart of an agreement signed at an event
of the quarter, 'verbal' for a verbal one only, else None; `event_ids` are the events counted. `is_new` is True when the organisation
appears in no earlier loaded quarter of the same region (under any role or side), False when it
does, and None when no earlier quarter of the region is loaded — then "new" cannot be told.
"""
from __future__ import annotations

import pandas as pd

from .queries import _has_columns

COLUMNS = ["org_key", "name", "legal_form", "country", "kind", "events", "agreement", "is_new", "event_ids"]

_TARGET = """
WITH target AS (
    SELECT report_id, year * 4 + quarter AS idx FROM reports WHERE region = ? AND year = ? AND quarter = ?
), earlier AS (
    SELECT r.report_id FROM reports r, target
    WHERE r.region = ? AND r.year * 4 + r.quarter < target.idx
), """
# the quarter's foreign links with their event's agreement: carried by the link itself (etl/load.py), or,
# in a file from before the links carried it, read from the events
_QUARTER_ROWS = {True: """quarter_rows AS (
    SELECT eo.org_key, eo.event_id, eo.role, eo.event_agreement AS agreement
    FROM event_organisations eo
    WHERE eo.report_id IN (SELECT report_id FROM target) AND eo.side = 'foreign' AND NOT coalesce(eo.merged, FALSE)
), """, False: """quarter_rows AS (
    SELECT eo.org_key, eo.event_id, eo.role, e.agreement
    FROM event_organisations eo JOIN events e USING (event_id)
    WHERE eo.report_id IN (SELECT report_id FROM target) AND eo.side = 'foreign' AND NOT coalesce(eo.merged, FALSE)
), """}
# ranked and cut to the top first; only then is each of those few asked whether an earlier quarter of the
# region had it: the links are clustered by organisation, so that reads a few row groups, where the set of
# every organisation of every earlier quarter read them all (~0.4 s with the join above at a million events)
_RANKED = """ranked AS (
    SELECT org_key, count(DISTINCT event_id) AS events, list(DISTINCT event_id ORDER BY event_id) AS event_ids,
           bool_or(role = 'counterpart' AND agreement = 'signed') AS signed,
           bool_or(role = 'counterpart' AND agreement = 'verbal') AS verbal
    FROM quarter_rows GROUP BY org_key
), top AS (
    SELECT o.org_key, o.name, o.legal_form, o.country, o.kind, r.events, r.event_ids, r.signed, r.verbal
    FROM ranked r JOIN organisations o USING (org_key)
    ORDER BY r.events DESC, r.signed DESC, r.verbal DESC, o.name, o.org_key
    LIMIT ?
), seen_before AS (
    SELECT DISTINCT x.org_key FROM event_organisations x
    WHERE x.org_key IN (SELECT org_key FROM top) AND x.report_id IN (SELECT report_id FROM earlier)
)
SELECT t.org_key, t.name, t.legal_form, t.country, t.kind, t.events, t.event_ids,
       CASE WHEN t.signed THEN 'signed' WHEN t.verbal THEN 'verbal' END AS agreement,
       CASE WHEN (SELECT count(*) FROM earlier) = 0 THEN NULL
            ELSE t.org_key NOT IN (SELECT org_key FROM seen_before) END AS is_new
FROM top t
ORDER BY t.events DESC, t.signed DESC, t.verbal DESC, t.name, t.org_key
"""
_LINK_AGREEMENT = "SELECT event_agreement FROM event_organisations LIMIT 0"


def key_partners(con, region: str, year: int, quarter: int, limit: int = 8) -> pd.DataFrame:
    """The top `limit` foreign organisations of a region's quarter by events, ties broken by a signed
    agreement, then by name (so the list is the same on every run). Columns: COLUMNS. An empty frame
    when the quarter is not loaded or names no foreign organisation."""
    sql = _TARGET + _QUARTER_ROWS[_has_columns(con, _LINK_AGREEMENT)] + _RANKED
    frame = con.execute(sql, [region, int(year), int(quarter), region, int(limit)]).df()
    if frame.empty:
        return pd.DataFrame(columns=COLUMNS)
    frame["events"] = frame["events"].astype(int)
    for column, cast in (("is_new", bool), ("agreement", str), ("legal_form", str), ("country", str)):
        frame[column] = pd.Series([None if pd.isna(v) else cast(v) for v in frame[column]], dtype=object,
                                  index=frame.index)
    return frame[COLUMNS].reset_index(drop=True)
