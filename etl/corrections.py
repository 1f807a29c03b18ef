"""Pure: analysts' corrections of extracted fields, applied on top of what the parser read.

A correction names its event by region, quarter and number, and carries the fingerprint of the
event's raw text when it was made. It is re-applied after every re-parse and parser upgrade; if the
raw text under it changed, it is flagged 'stale' for review instead of being applied silently.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from .classify import EVENT_TYPES, classify_sector
from .dates import months_between
from .geo import country_names

INT_FIELDS = ("attendance_total", "attendance_foreign", "attendance_online")
BOOL_FIELDS = ("attendance_lower_bound", "unnamed_foreign")
ENUM_FIELDS = {
    "format": ("in_person", "online", "hybrid"),
    "direction": ("inbound", "outbound", "remote", "elsewhere_in_russia"),
    "event_type": tuple(kind for kind, _ in EVENT_TYPES) + ("other",),
    "agreement": ("signed", "verbal", None),
}
TEXT_FIELDS = ("title", "venue_city", "venue_country", "sector")
LIST_FIELDS = ("partner_countries", "foreign_regions")
DATE_FIELDS = ("start_date", "end_date")
CORRECTABLE = INT_FIELDS + BOOL_FIELDS + tuple(ENUM_FIELDS) + TEXT_FIELDS + LIST_FIELDS + DATE_FIELDS


@dataclass(frozen=True)
class Correction:
    id: str
    region: str
    year: int
    quarter: int
    n: int
    field: str
    value: object
    fingerprint: str
    author: str
    reason: str
    created_at: str


def fingerprint(raw: dict[str, str]) -> str:
    """The identity of an event's source text, blind to line breaks and spacing."""
    text = "\x1f".join(" ".join(raw.get(k, "").split()) for k in ("title", "venue", "dates", "content",
                                                                   "participants"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def validate_value(field: str, value):
    """The value in the event's own type, or ValueError with a message for the analyst."""
    if field not in CORRECTABLE:
        raise ValueError(f"поле «{field}» нельзя исправить")
    if value in ("", None) and field not in LIST_FIELDS:
        if field in BOOL_FIELDS:
            raise ValueError("нужно да или нет")
        return None
    if field in INT_FIELDS:
        try:
            number = int(str(value).replace(" ", "").replace("\u00a0", ""))
        except ValueError:
            raise ValueError(f"«{value}» — не целое число") from None
        if number < 0:
            raise ValueError("число не может быть отрицательным")
        return number
    if field in BOOL_FIELDS:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("true", "1", "да", "yes"):
            return True
        if text in ("false", "0", "нет", "no"):
            return False
        raise ValueError(f"«{value}» — нужно да или нет")
    if field in ENUM_FIELDS:
        if value not in ENUM_FIELDS[field]:
            raise ValueError(f"«{value}» — допустимо: {', '.join(str(v) for v in ENUM_FIELDS[field])}")
        return value
    if field in LIST_FIELDS:
        items = value if isinstance(value, list) else [v.strip() for v in str(value).split(",")]
        items = [i for i in items if i]
        if field == "partner_countries":
            items = [i.upper() for i in items]
            unknown = [i for i in items if i not in country_names() or i == "RU"]
            if unknown:
                raise ValueError(f"неизвестные коды стран ISO: {', '.join(unknown)}")
        return list(dict.fromkeys(items))
    if field in DATE_FIELDS:
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise ValueError(f"«{value}» — дата в формате ГГГГ-ММ-ДД") from None
    if field == "venue_country":
        code = str(value).upper()
        if code not in country_names():
            raise ValueError(f"«{value}» — неизвестный код страны ISO")
        return code
    return str(value).strip()


def _events_by_fingerprint(events) -> dict[str, object]:
    """fingerprint → the one event with that text; a text that two events share names neither."""
    seen: dict[str, list] = {}
    for event in events:
        seen.setdefault(fingerprint(event.raw), []).append(event)
    return {fp: found[0] for fp, found in seen.items() if len(found) == 1}


def locate_events(report, corrections: list[Correction]) -> dict[str, object]:
    """id → the event of this report each correction belongs to (absent when none).

    The number comes first: the event at the correction's number whose text is unchanged. When a
    corrected or replacement report renumbered its rows (a row removed or inserted above), the
    correction follows its text to the one event that still has it, rather than going stale and
    leaving the analyst's work unapplied; a text shared by two events is not followed (ambiguous)."""
    events = {e.n: e for e in report.events}
    unique = _events_by_fingerprint(report.events)
    found: dict[str, object] = {}
    for c in corrections:
        if (c.region, c.year, c.quarter) != (report.region, report.year, report.quarter):
            continue
        event = events.get(c.n)
        if event is not None and fingerprint(event.raw) == c.fingerprint:
            found[c.id] = event
        elif c.fingerprint in unique:
            found[c.id] = unique[c.fingerprint]
    return found


def apply_corrections(report, corrections: list[Correction]) -> dict[str, str]:
    """Applies the corrections that belong to this report in place; returns id → status
    ('applied' — at its number or, after a renumbering, on the event that still has its text;
    'stale' when the raw text changed since, 'orphan' when the event is gone)."""
    statuses: dict[str, str] = {}
    events = {e.n: e for e in report.events}
    located = locate_events(report, corrections)
    mine = [c for c in corrections
            if (c.region, c.year, c.quarter) == (report.region, report.year, report.quarter)]
    for correction in sorted(mine, key=lambda c: c.created_at):
        event = located.get(correction.id)
        if event is None:
            statuses[correction.id] = "orphan" if correction.n not in events else "stale"
            continue
        value = validate_value(correction.field, correction.value)
        if correction.field in DATE_FIELDS:
            setattr(event, correction.field, date.fromisoformat(value) if value else None)
            if event.start_date and event.end_date and event.start_date <= event.end_date:
                event.months = list(months_between(event.start_date, event.end_date))
        elif correction.field == "sector":
            sector = classify_sector(value)
            event.sector, event.sector_key, event.sector_en = value, sector.key, sector.label_en
        else:
            setattr(event, correction.field, value)
        if correction.field not in event.corrected_fields:
            event.corrected_fields.append(correction.field)
        statuses[correction.id] = "applied"
    return statuses
