"""One filter object builds the SQL, the sentence under every page title and the URL query string.

    >>> f = Filters(sectors=("culture_tourism",))
    >>> f.where()
    ('e.sector_key IN (?)', ['culture_tourism'])

Identifiers come from this module only; every user value travels as a bound parameter.
"""
from __future__ import annotations

import re

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace

from etl.search import indexable, query_terms, word_table

from .formatting import EVENTS, count_phrase
from .i18n import (DIRECTION_LABELS, EVENT_TYPE_LABELS_I18N, FORMAT_LABELS, option_label, sector_label,
                   t)
from .formatting import month_label, quarter_label, quarter_months

# field name → URL query key
URL_KEYS = {"regions": "region", "reports": "report", "held": "held", "sectors": "sector", "countries": "country",
            "formats": "format", "directions": "direction", "event_types": "type", "months": "month", "search": "q"}
# list fields that match a column of the event row directly (whitelisted identifiers)
_COLUMN_FIELDS = {"regions": "region", "reports": "report_id", "sectors": "sector_key", "formats": "format",
                  "directions": "direction", "event_types": "event_type"}


@dataclass(frozen=True)
class Lookup:
    """Names for the sentence: report_id → period, country code → name, sector key → heading."""
    periods: Mapping[str, str] = field(default_factory=dict)
    countries: Mapping[str, str] = field(default_factory=dict)
    sector_headings: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Filters:
    """What the reader picked. Empty tuple = no restriction on that field."""
    regions: tuple[str, ...] = ()
    reports: tuple[str, ...] = ()           # by report: every event a report lists
    held: tuple[str, ...] = ()              # by event date: quarters ('2024Q4') an event's dates touch
    sectors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()
    directions: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    months: tuple[str, ...] = ()
    search: str = ""

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "search":
                object.__setattr__(self, "search", " ".join(str(value or "").split()))
            else:
                cleaned = tuple(dict.fromkeys(str(v) for v in (value or ()) if str(v).strip()))
                object.__setattr__(self, f.name, cleaned)

    # ---------------------------------------------------------------- SQL
    def where(self, alias: str = "e", word_index: bool = False, numbered: bool = False,
              hits: str | None = None) -> tuple[str, list]:
        """(where_sql, params) over an events row aliased `alias` (events or v_events).

        Filters(countries=('KZ',), search='Белоруссии') →
        ("(list_contains(e.partner_countries, ?))
          AND (e.search_lemmas LIKE ? OR e.search_lemmas LIKE ?)", ['KZ', '% белоруссия %', '% беларусь %'])

        Countries and months test the event's own list columns (kept at load time): a lookup in
        event_countries per row cost 2–3× more at a million events, and `list_has_any(col, [?])`
        ~9× more than the OR of `list_contains` (117 ms against 12.5 ms for one country at 1M).

        With `word_index` (the database's word index is filled: queries._filtered checks), a search
        group whose terms are single words becomes `alias.event_id IN (SELECT report_id || ':' || n
        FROM event_words_NN WHERE word IN (…) UNION ALL …)`, one index table per bucket — the same events as the LIKE on the lemmas (etl/search.search_words), read
        from the index instead of ~550 bytes of every event; other groups keep the LIKE. With `numbered`
        too (events and the index rows carry event_no, dense numbers: queries._numbered) the events are
        joined on that one integer (`alias.event_no IN (SELECT event_no FROM event_words_NN WHERE word
        IN (…))`): DuckDB then skips non-matching rows inside the scan (a perfect hash filter) instead of
        hashing a million text ids — 87 → ~15 ms for a word of 2 % of a million events.

        With `hits` too (the name of a CTE of the statement holding hits_sql(): the event numbers of
        every index-able group at once), those groups become one `alias.event_no IN (SELECT event_no
        FROM hits)`: a question that tests the search on several tables looks the words up once (each
        look-up reads a bucket of ~1–4M index rows, 10–15 ms at a million events).
        """
        clauses: list[str] = []
        params: list = []
        for name, column in _COLUMN_FIELDS.items():
            values = getattr(self, name)
            if values:
                clauses.append(f"{alias}.{column} IN ({', '.join('?' * len(values))})")
                params.extend(values)
        if self.countries:
            clauses.append(_any_in_list(f"{alias}.partner_countries", len(self.countries)))
            params.extend(self.countries)
        if self.held:
            held_months = [m for code in self.held for m in quarter_months(code)]
            if held_months:
                clauses.append(_any_in_list(f"{alias}.months", len(held_months)))
                params.extend(held_months)
            else:  # only codes that name no quarter: nothing was held then
                clauses.append("FALSE")
        if self.months:
            clauses.append(_any_in_list(f"{alias}.months", len(self.months)))
            params.extend(self.months)
        groups = self.search_groups()
        if hits and word_index and numbered and any(all(indexable(t) for t in g) for g in groups):
            clauses.append(f"{alias}.event_no IN (SELECT event_no FROM {hits})")
            groups = [g for g in groups if not all(indexable(t) for t in g)]
        for group in groups:
            if word_index and all(indexable(term) for term in group):
                tables = {word_table(term): [t for t in group if word_table(t) == word_table(term)] for term in group}
                if numbered:
                    clauses.append(f"{alias}.event_no IN (" + " UNION ALL ".join(
                        f"SELECT event_no FROM {table} WHERE word IN ({', '.join('?' * len(terms))})"
                        for table, terms in tables.items()) + ")")
                else:
                    clauses.append(f"{alias}.event_id IN (" + " UNION ALL ".join(
                        f"SELECT report_id || ':' || n FROM {table} WHERE word IN ({', '.join('?' * len(terms))})"
                        for table, terms in tables.items()) + ")")
                params.extend(term for terms in tables.values() for term in terms)
            else:
                clauses.append("(" + " OR ".join(f"{alias}.search_lemmas LIKE ?" for _ in group) + ")")
                params.extend(f"% {term} %" for term in group)
        return (" AND ".join(clauses) or "TRUE", params)

    def hits_sql(self) -> tuple[str, list] | None:
        """(SELECT of event_no, params): the events whose numbers the word index gives for every
        index-able group of the search (each group's terms united, the groups intersected) — what
        where(hits=…) reads; None when no group is index-able."""
        selects, params = [], []
        for group in self.search_groups():
            if not all(indexable(term) for term in group):
                continue
            tables = {word_table(term): [t for t in group if word_table(t) == word_table(term)] for term in group}
            selects.append("(" + " UNION ALL ".join(
                f"SELECT event_no FROM {table} WHERE word IN ({', '.join('?' * len(terms))})"
                for table, terms in tables.items()) + ")")
            params.extend(term for terms in tables.values() for term in terms)
        return (" INTERSECT ".join(selects), params) if selects else None

    @property
    def columns_only(self) -> bool:
        """True when every restriction is on a plain column of the event (region, report, sector,
        format, direction, type): then the list side tables, which carry those columns, can be
        counted directly instead of unnesting every event's list."""
        return not (self.countries or self.held or self.months or self.search)

    def search_groups(self) -> list[tuple[str, ...]]:
        """The search's lemma groups (etl/search.query_terms): every group must match, any term of one may."""
        return query_terms(self.search) if self.search else []

    @property
    def is_empty(self) -> bool:
        return self == Filters()

    def without(self, *names: str) -> "Filters":
        return replace(self, **{n: ("" if n == "search" else ()) for n in names})

    # ---------------------------------------------------------------- prose
    def parts(self, lookup: Lookup | None = None, lang: str = "ru") -> list[str]:
        """The restrictions in words, in a fixed order: sectors, countries, format, …, period."""
        lookup = lookup or Lookup()
        out: list[str] = []

        def joined(values, name) -> str:
            return ", ".join(name(v) for v in values)

        if self.sectors:
            out.append(joined(self.sectors, lambda k: _lower_first(
                sector_label(k, lang, lookup.sector_headings.get(k)), lang)))
        if self.countries:
            out.append(joined(self.countries, lambda c: lookup.countries.get(c, c)))
        if self.formats:
            out.append(joined(self.formats, lambda k: option_label(FORMAT_LABELS, k, lang)))
        if self.directions:
            out.append(joined(self.directions, lambda k: option_label(DIRECTION_LABELS, k, lang)))
        if self.event_types:
            out.append(joined(self.event_types, lambda k: option_label(EVENT_TYPE_LABELS_I18N, k, lang)))
        if self.months:
            out.append(joined(sorted(self.months), lambda m: month_label(m, lang)))
        if self.search:
            out.append(t("search_for", lang, q=self.search))
        if self.regions:
            out.append(", ".join(self.regions))
        if self.held:
            out.append(t("held_in", lang, quarters=joined(sorted(self.held), lambda q: quarter_label(q, lang))))
        if self.reports:
            out.append(joined(sorted(self.reports, key=lambda r: _period_order(lookup.periods.get(r, r))),
                              lambda r: lookup.periods.get(r, r)))
        elif lookup.periods and not self.held:
            periods = sorted(set(lookup.periods.values()), key=_period_order)
            out.append(", ".join(periods) if len(periods) <= 3 else t("all_periods", lang))
        return out

    def sentence(self, count: int, lookup: Lookup | None = None, lang: str = "ru") -> str:
        """'Показаны: 31 мероприятие · культура и туризм · IV кв. 2024'."""
        return " · ".join([f"{t('shown', lang)}: {count_phrase(count, EVENTS, lang)}", *self.parts(lookup, lang)])

    # ---------------------------------------------------------------- URL
    def to_query_params(self) -> dict[str, str]:
        """Only what is set: {'sector': 'culture_tourism,youth', 'q': 'Беларусь'}."""
        out: dict[str, str] = {}
        for name, key in URL_KEYS.items():
            value = getattr(self, name)
            if value:
                out[key] = value if name == "search" else ",".join(value)
        return out

    @classmethod
    def from_query_params(cls, params: Mapping[str, object]) -> "Filters":
        """The inverse of to_query_params; tolerates repeated keys (lists) and unknown keys."""
        values: dict[str, object] = {}
        for name, key in URL_KEYS.items():
            raw = params.get(key)
            if raw is None:
                continue
            items = list(raw) if isinstance(raw, (list, tuple)) else [raw]
            if name == "search":
                values[name] = " ".join(str(i) for i in items)
            else:
                values[name] = tuple(p.strip() for i in items for p in str(i).split(",") if p.strip())
        return cls(**values)


def _any_in_list(column: str, count: int) -> str:
    """`(list_contains(col, ?) OR …)`: the same test as list_has_any(col, [?, …]), ~9× cheaper in DuckDB."""
    return "(" + " OR ".join(f"list_contains({column}, ?)" for _ in range(count)) + ")"


def _lower_first(text: str, lang: str) -> str:
    if lang != "ru" or not text or (len(text) > 1 and text[1].isupper()):
        return text
    return text[0].lower() + text[1:]


_QUARTER_IN_LABEL = re.compile(r"\b(?:(IV|III|II|I)\s*кв|Q([1-4]))\b.*?\b(\d{4})\b")


def _period_order(label: str) -> tuple:
    """(year, quarter) of a period label in either language: «IV кв. 2024» → (2024, 4), «Q2 2025» →
    (2025, 2) (the English labels were unordered: «Q4 2025, Q2 2025, Q3 2025»); anything else first."""
    found = _QUARTER_IN_LABEL.search(label)
    if not found:
        return (0, 0, label)
    roman, digit, year = found.groups()
    return (int(year), {"I": 1, "II": 2, "III": 3, "IV": 4}[roman] if roman else int(digit), label)
