"""Pure: what a replacement report changes — events added, removed, changed — before it is committed."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventDiff:
    added: list[tuple[int, str]]            # (n, title) only in the new report
    removed: list[tuple[int, str]]          # only in the old one
    changed: list[tuple[int, str, list[str]]]  # same event, fields that differ
    unchanged: int


COMPARED = ("title", "start_date", "end_date", "sector_key", "format", "direction", "event_type",
            "venue_city", "venue_country", "partner_countries", "attendance_total",
            "attendance_foreign", "attendance_online", "agreement")


def diff_events(old: list[dict], new: list[dict]) -> EventDiff:
    """Events are paired by number, and by identical title when a clerk renumbered rows.
    Each side is a list of dicts with 'n' and the COMPARED keys."""
    old_by_n = {e["n"]: e for e in old}
    new_by_n = {e["n"]: e for e in new}
    old_by_title: dict[str, list[dict]] = {}
    for e in old:
        old_by_title.setdefault(e["title"], []).append(e)
    pairs, added = [], []
    matched_old: set[int] = set()
    for event in new:
        same_n = old_by_n.get(event["n"])
        candidates = ([same_n] if same_n and same_n["title"] == event["title"] else []) + \
            old_by_title.get(event["title"], []) + [same_n]
        twin = next((c for c in candidates if c is not None and c["n"] not in matched_old), None)
        if twin is None:
            added.append((event["n"], event["title"]))
        else:
            matched_old.add(twin["n"])
            pairs.append((twin, event))
    removed = [(e["n"], e["title"]) for e in old if e["n"] not in matched_old]
    changed, unchanged = [], 0
    for before, after in pairs:
        fields = [k for k in COMPARED if _norm(before.get(k)) != _norm(after.get(k))]
        if fields:
            changed.append((after["n"], after["title"], fields))
        else:
            unchanged += 1
    return EventDiff(added, removed, changed, unchanged)


def _norm(value):
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        return tuple(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    if value != value:  # NaN from pandas
        return None
    return value
