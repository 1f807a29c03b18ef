"""Quarter comparison for the quarterly review: one quarter's figures beside the quarters around it.

Every number comes from the dashboard's query layer (`queries.*`) called with
`Filters(reports=(report_id,))`, so a figure here equals the one the dashboard shows when the
reader picks that report in the sidebar.

    >>> review = build_review(con, 2024, 4)               # doctest: +SKIP
    >>> review.metric("events").value, review.metric("events").vs_previous.text()
    (78, 'нет данных')

Comparisons are with the previous *loaded* quarter of the same region and with the same quarter a
year earlier (only when that report is loaded). A change on a base smaller than `TINY_BASE` is shown
as a count ('+3'), never as a percentage: '+300 %' from 1 to 4 events says nothing.
Partner silence is counted over loaded quarters: a quarter with no report is not evidence that a
partner was silent.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from analytics import queries
from analytics.key_partners import key_partners
from analytics.filters import Filters, Lookup
from analytics.formatting import format_attendance, format_attendance_total, format_int, format_number, format_quarter
from analytics.i18n import place_name, t

Con = queries.Con

TINY_BASE = 5
NO_DATA = "нет данных"
SILENT_QUARTERS = 2
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_ROMAN_BACK = {v: k for k, v in ROMAN.items()}

# metric key → label on the slide (Russian; the English ones are i18n's rv_metric_<key>)
METRICS = {
    "events": "Мероприятия в отчёте",
    "partner_countries": "Страны-партнёры",
    "foreign_regions": "Зарубежные регионы",
    "attendance": "Участники, всего",
    "signed": "Подписанные документы",
    "verbal": "Устные договорённости",
}


class ReviewError(LookupError):
    """The quarter (or region) asked for is not in the database; the message says what is."""


@dataclass(frozen=True)
class Period:
    """One loaded report: a region's quarter."""
    report_id: str
    region: str
    year: int
    quarter: int
    period_label: str
    period_start: date | None = None
    period_end: date | None = None

    @property
    def index(self) -> int:
        """Quarters since year 0: consecutive quarters differ by one."""
        return self.year * 4 + self.quarter - 1

    @property
    def code(self) -> str:
        """'2024Q4' — the form the command line and the URL take."""
        return f"{self.year}Q{self.quarter}"

    @property
    def roman(self) -> str:
        return ROMAN[self.quarter]

    def label(self, lang: str = "ru") -> str:
        """'IV кв. 2024' (the stored label) or 'Q4 2024'."""
        return self.period_label if lang == "ru" else format_quarter(self.year, self.quarter, lang)

    def region_name(self, lang: str = "ru") -> str:
        """'Смоленская область' or 'Smolensk Oblast' (analytics.i18n's English place names)."""
        return place_name(self.region, lang)

    @property
    def filters(self) -> Filters:
        return Filters(reports=(self.report_id,))


def parse_quarter(text: str) -> tuple[int, int]:
    """'2024Q4', '2024-Q4', '2024 q4', 'Q4 2024', 'IV кв. 2024' → (2024, 4); ValueError otherwise."""
    raw = " ".join(str(text).split())
    match = (re.fullmatch(r"(\d{4})\s*[-/ ]?\s*[QqКк]([1-4])", raw)
             or re.fullmatch(r"[QqКк]([1-4])\s*[-/ ]?\s*(\d{4})", raw))
    if match:
        a, b = match.groups()
        return (int(a), int(b)) if len(a) == 4 else (int(b), int(a))
    match = re.fullmatch(r"(IV|I{1,3})\s*кв\.?\s*(\d{4})", raw, re.IGNORECASE)
    if match:
        return int(match.group(2)), _ROMAN_BACK[match.group(1).upper()]
    raise ValueError(f"квартал не распознан: «{text}» (пример: 2024Q4)")


def periods(con: Con, region: str | None = None) -> list[Period]:
    """Loaded reports (of one region, or all), oldest first."""
    out = [Period(report_id, name, int(year), int(quarter), label, _as_date(start), _as_date(end))
           for report_id, name, year, quarter, label, start, end in queries.report_periods(con, region)]
    return sorted(out, key=lambda p: (p.index, p.region))


def regions(con: Con) -> list[str]:
    return sorted({p.region for p in periods(con)})


def find_period(con: Con, year: int, quarter: int, region: str | None = None) -> Period:
    """The report for that quarter; with several regions loaded the region must be named."""
    candidates = [p for p in periods(con, region) if (p.year, p.quarter) == (year, quarter)]
    if not candidates:
        where = f" для региона «{region}»" if region else ""
        raise ReviewError(f"нет отчёта за {ROMAN[quarter]} кв. {year}{where}; "
                          f"загружены: {_loaded_quarters(con, region)}")
    if len(candidates) > 1:
        names = _at_most(sorted(p.region for p in candidates), MESSAGE_ITEMS)
        raise ReviewError(f"за {ROMAN[quarter]} кв. {year} загружено несколько регионов ({names}): укажите регион")
    return candidates[0]


MESSAGE_ITEMS = 12  # a message names at most this many quarters or regions: a national file holds 13,000 reports


def _at_most(items: list[str], most: int, newest_last: bool = False) -> str:
    """`items` joined, at most `most` of them and «и ещё N» for the rest (the newest kept when
    `newest_last`: the quarters a user most likely meant are the recent ones)."""
    if len(items) <= most:
        return ", ".join(items)
    if newest_last:
        return f"{len(items) - most} более ранних, …, " + ", ".join(items[-most:])
    return ", ".join(items[:most]) + f" и ещё {len(items) - most}"


def _loaded_quarters(con: Con, region: str | None) -> str:
    """What is loaded, for the message of a quarter that is not: the region's quarters (or, when the
    region has none, the regions loaded), else every report; short enough to read at any size."""
    if region:
        own = [p.code for p in periods(con, region)]
        if own:
            return _at_most(own, MESSAGE_ITEMS, newest_last=True)
        others = regions(con)
        return (f"ни одного отчёта этого региона; регионы: {_at_most(others, MESSAGE_ITEMS)}" if others
                else "ни одного")
    loaded = [f"{p.code} ({p.region})" for p in periods(con)]
    return _at_most(loaded, MESSAGE_ITEMS, newest_last=True) if loaded else "ни одного"


# ------------------------------------------------------------------ changes

@dataclass(frozen=True)
class Change:
    """value − base against one comparison quarter; `base is None` means that quarter is not loaded."""
    value: float | None
    base: float | None
    against: Period | None
    unit: str = ""

    @property
    def available(self) -> bool:
        return self.against is not None and self.base is not None and self.value is not None

    @property
    def delta(self) -> float | None:
        return self.value - self.base if self.available else None

    @property
    def tiny_base(self) -> bool:
        return self.available and self.base < TINY_BASE

    @property
    def percent(self) -> float | None:
        """Relative change, or None on a tiny (or zero) base."""
        if not self.available or self.tiny_base or self.base == 0:
            return None
        return (self.value - self.base) / self.base * 100

    @property
    def arrow(self) -> str:
        if not self.available:
            return ""
        return "▲" if self.delta > 0 else "▼" if self.delta < 0 else "="

    @property
    def direction(self) -> str:
        """'up' | 'down' | 'same' | 'none' — for colouring."""
        if not self.available:
            return "none"
        return "up" if self.delta > 0 else "down" if self.delta < 0 else "same"

    def delta_text(self, lang: str = "ru") -> str:
        """'+12 (+18,2 %)', '−3' (tiny base), '0', or 'нет данных'; English '+12 (+18.2%)', 'no data'."""
        if not self.available:
            return t("rv_no_data", lang)
        delta = self.delta
        text = signed_int(delta, lang)
        if self.percent is not None and delta != 0:
            text += f" ({signed_number(self.percent, lang)} %)" if lang == "ru" else \
                f" ({signed_number(self.percent, lang)}%)"
        return text

    def text(self, lang: str = "ru") -> str:
        """'▲ +12 (+18,2 %)', '= без изменений', 'нет данных' (English: '▲ +12 (+18.2%)', '= no change')."""
        if not self.available:
            return t("rv_no_data", lang)
        if self.delta == 0:
            return t("rv_no_change", lang)
        return f"{self.arrow} {self.delta_text(lang)}"

    def label(self, lang: str = "ru") -> str:
        """'к III кв. 2024' / 'vs Q3 2024' (what the change is against)."""
        return t("rv_against", lang, period=self.against.label(lang)) if self.against else ""


def signed_int(value: float, lang: str = "ru") -> str:
    """12 → '+12', -3 → '−3' (a real minus sign), 0 → '0', 1600 → '+1 600' ('+1,600' in English)."""
    if value == 0:
        return "0"
    return ("+" if value > 0 else "−") + format_int(abs(value), lang)


def signed_number(value: float, lang: str = "ru") -> str:
    """18.18 → '+18,2' ('+18.2' in English); −50 → '−50,0'."""
    if round(value, 1) == 0:
        return format_number(0, 1, lang)
    return ("+" if value > 0 else "−") + format_number(abs(value), 1, lang)


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    value: float | None             # None: not known (no event of the quarter states its participants)
    display: str
    vs_previous: Change
    vs_year_ago: Change
    note: str = ""
    lower_bound: bool = False       # the value is a minimum (attendance given as «более 400»)

    def label_in(self, lang: str = "ru") -> str:
        """The card's label: 'Мероприятия в отчёте' / 'Events in the report'."""
        return self.label if lang == "ru" else t(f"rv_metric_{self.key}", lang)

    def display_in(self, lang: str = "ru") -> str:
        """The value as the card prints it: '≥ 13 653' / '≥ 13,653'."""
        return self.display if lang == "ru" else format_attendance(self.value, self.lower_bound, lang)


# ------------------------------------------------------------------ partners

@dataclass(frozen=True)
class PartnerChange:
    """A partner country that appeared for the first time, or has gone quiet."""
    code: str
    name: str
    events: int                       # events with it in the chosen quarter
    last_seen: Period | None = None   # for silent partners: the last quarter with an event
    quarters_silent: int = 0          # loaded quarters since then, the chosen one included


# ------------------------------------------------------------------ the review

@dataclass
class QuarterReview:
    """Everything the slides, the narrative and the briefing files show for one quarter."""
    period: Period
    previous: Period | None
    year_ago: Period | None
    history: list[Period]
    lookup: Lookup
    headline: dict
    metrics: list[Metric]
    sectors: pd.DataFrame
    countries: pd.DataFrame
    regions: pd.DataFrame
    months: pd.DataFrame
    formats: pd.DataFrame
    biggest: pd.DataFrame
    signed: pd.DataFrame
    verbal: pd.DataFrame
    notes: list[tuple[str, int | None]]
    new_partners: list[PartnerChange] | None        # None: no earlier quarter is loaded
    silent_partners: list[PartnerChange] | None     # None: fewer than two earlier quarters loaded
    sources: pd.DataFrame = field(default_factory=pd.DataFrame)
    events: pd.DataFrame = field(default_factory=pd.DataFrame)     # queries.registry: every event, every field
    country_names_en: dict = field(default_factory=dict)            # code → English name (queries.lookup 'en')
    key_partners: pd.DataFrame = field(default_factory=pd.DataFrame)  # analytics.key_partners: top foreign organisations

    @property
    def filters(self) -> Filters:
        return self.period.filters

    def metric(self, key: str) -> Metric:
        return next(m for m in self.metrics if m.key == key)

    def country_name(self, code: str, lang: str = "ru") -> str:
        names = self.lookup.countries if lang == "ru" else self.country_names_en
        return names.get(code) or code

    @property
    def has_comparison(self) -> bool:
        return self.previous is not None or self.year_ago is not None


def held_note(head: dict, period: Period, lang: str = "ru") -> str:
    """Which count a figure is: '78 в отчёте за IV кв. 2024, из них 64 проведены в IV кв. 2024' — a
    quarterly report also lists events held before or after its quarter (dates are never shifted)."""
    events, held = int(head["events"]), int(head.get("held_in_period") or 0)
    if held == events:
        return t("rv_held_all", lang, events=format_int(events, lang), period=period.label(lang))
    return t("rv_held_some", lang, events=format_int(events, lang), period=period.label(lang),
             held=format_int(held, lang), outside=format_int(events - held, lang))


def _headline(con: Con, period: Period | None) -> dict | None:
    if period is None:
        return None
    row = queries.headline(con, period.filters).iloc[0]
    return {k: (None if pd.isna(v) else v) for k, v in row.to_dict().items()}


def _figure(head: dict | None, key: str):
    """One headline figure of a quarter, None when not known: the participants of a quarter none of whose
    events states its count are unknown, not 0 — the card said «Участники, всего: 0» (and «▼ −13 653» against
    the quarter before) where the dashboard says «—» (analytics.formatting.format_attendance_total)."""
    if head is None:
        return None
    if key == "attendance" and not int(head["attendance_known"] or 0):
        return None
    return head[key]


def _partner_sets(con: Con, history: list[Period]) -> dict[str, dict[str, int]]:
    """report_id → {country code: events} for every loaded quarter of the region."""
    return queries.countries_by_report(con, [p.report_id for p in history])


def partner_changes(con: Con, period: Period, history: list[Period], look: Lookup,
                    current: dict[str, int] | None = None
                    ) -> tuple[list[PartnerChange] | None, list[PartnerChange] | None]:
    """(new partners, silent partners) of `period` against the earlier loaded quarters in `history`.

    New: a partner with events now and in no earlier loaded quarter (None when nothing earlier is
    loaded: every partner would look new). Silent: a partner of an earlier quarter without events in
    this quarter and the loaded quarter(s) just before it, `SILENT_QUARTERS` or more in a row (None
    when fewer than that many quarters, this one included, follow the first loaded one).
    """
    earlier = [p for p in history if p.index < period.index]
    upto = earlier + [period]
    sets = _partner_sets(con, upto)
    now = current if current is not None else sets[period.report_id]
    new = None
    if earlier:
        seen_before = {c for p in earlier for c in sets[p.report_id]}
        new = [PartnerChange(c, look.countries.get(c, c), n) for c, n in now.items() if c not in seen_before]
        new.sort(key=lambda x: (-x.events, x.name))
    silent = None
    if len(upto) >= SILENT_QUARTERS + 1:
        silent = []
        for code in sorted({c for p in earlier for c in sets[p.report_id]}):
            if code in now:
                continue
            last_index = max(i for i, p in enumerate(upto) if code in sets[p.report_id])
            quiet = len(upto) - 1 - last_index
            if quiet >= SILENT_QUARTERS:
                silent.append(PartnerChange(code, look.countries.get(code, code), 0, upto[last_index], quiet))
        silent.sort(key=lambda x: (-x.quarters_silent, x.name))
    return new, silent


def build_review(con: Con, year: int, quarter: int, region: str | None = None, top: int = 10) -> QuarterReview:
    """The review of one loaded quarter. Raises ReviewError when that quarter is not loaded."""
    period = find_period(con, year, quarter, region)
    history = periods(con, period.region)
    earlier = [p for p in history if p.index < period.index]
    previous = earlier[-1] if earlier else None
    year_ago = next((p for p in history if p.index == period.index - 4), None)
    look = queries.lookup(con)
    f = period.filters

    head = _headline(con, period)
    head_prev = _headline(con, previous)
    head_year = _headline(con, year_ago)

    def change(key: str, base: dict | None, against: Period | None) -> Change:
        base_value = _figure(base, key)
        return Change(_figure(head, key), base_value, against if base_value is not None else None)

    metrics = []
    for key, label in METRICS.items():
        value = _figure(head, key)
        display = format_int(value)
        note = ""
        if key == "events":
            note = held_note(head, period)
        if key == "attendance":
            display = format_attendance_total(head)
            note = f"численность указана для {head['attendance_known']} из {head['events']}"
        metrics.append(Metric(key, label, value, display, change(key, head_prev, previous),
                              change(key, head_year, year_ago), note,
                              key == "attendance" and bool(head["attendance_lower_bound"])))

    countries = queries.events_by_country(con, f)
    new, silent = partner_changes(con, period, history, look,
                                  dict(zip(countries["country_code"], countries["events"].astype(int))))
    notes = [(text, None if number is None else int(number)) for text, number in con.execute(
        "SELECT text, number FROM report_notes WHERE report_id = ? ORDER BY position", [period.report_id]).fetchall()]
    return QuarterReview(
        period=period, previous=previous, year_ago=year_ago, history=history, lookup=look, headline=head,
        metrics=metrics,
        sectors=queries.events_by_sector(con, f),
        countries=countries,
        regions=queries.region_points(con, f),
        months=queries.events_by_month(con, f),
        formats=queries.attendance_by_format(con, f),
        biggest=queries.biggest_events(con, f, top),
        signed=queries.agreements(con, f, ("signed",)),
        verbal=queries.agreements(con, f, ("verbal",)),
        notes=notes, new_partners=new, silent_partners=silent,
        sources=queries.sources(con, f),
        events=queries.registry(con, f),
        country_names_en=dict(queries.lookup(con, "en").countries),
        key_partners=key_partners(con, period.region, period.year, period.quarter),
    )


def _as_date(value) -> date | None:
    if value is None or (not isinstance(value, date) and pd.isna(value)):
        return None
    return pd.Timestamp(value).date()
