"""Pure: likely duplicate events — one event of one region counted twice.

The Q4 report repeats September events the Q3 report may already list, often in other words
(«Театральный фестиваль «Смоленский ковчег»» in Q3, «IX Международный театральный фестиваль
«Смоленский ковчег»» in Q4), and one event can be filed under two sectors of a report. Two
regions reporting their own part in the same forum are two events, not a duplicate.

The rule (measured on tests/fixtures/duplicate_pairs_labelled.json by bench/score_duplicates.py):
a pair is proposed only when the dates overlap, both events belong to the same region, nothing
says they differ (partner countries or foreign regions with nothing in common; names in quotes
that are all different; subjects — «по вопросам …», «в сфере …» — that are all different) and

- the titles agree well (≥ 90 %); or
- both titles carry the same name in quotes and the titles agree moderately (≥ 60 %); or
- the same city and the same partner countries, and the titles agree moderately (≥ 80 %).

Titles agree by rapidfuzz ratios of their lemmas without place words (`title_agreement`). Each
pair carries its reason in Russian («даты пересекаются, названия совпадают на 94 %, то же место и
те же партнёры»); analytics.i18n translates it piece by piece. The load step (etl/candidates.py)
selects the date-overlapping pairs in SQL and scores them with `score_pair`, so this module is
the only place the rule lives.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Callable

from rapidfuzz import fuzz

from .config import REFERENCE_DIR
from .geo import country_names
from .lemmas import fold, lemma, lemmatize

_STOP = {"в", "и", "на", "по", "с", "о", "об", "для", "участие", "мероприятие", "международный",
         "проведение", "рамка", "год"}
# «…», „…“, “…” and "…": the name of a festival, forum, exhibition or project inside a title.
_QUOTED = re.compile(r"«([^«»]+)»|„([^„“”]+)[“”]|“([^“”]+)”|\"([^\"]+)\"")

TITLES_AGREE_WELL = 90.0
TITLES_AGREE_MODERATELY_WITH_NAME = 60.0
TITLES_AGREE_MODERATELY_WITH_PLACE = 80.0
SAME_NAME = 90.0
# A rapidfuzz scorer: (text, text) → 0–100.
Ratio = Callable[[str, str], float]


@dataclass(frozen=True)
class Candidate:
    """One event as duplicate detection sees it. `words` are `title_words(title)` when already known
    (kept on each event row at load time); `region` is the reporting region (None: unknown)."""
    event_id: str
    title: str
    start_date: date | None
    end_date: date | None
    venue_city: str | None
    region: str | None = None
    partner_countries: tuple[str, ...] = ()
    foreign_regions: tuple[str, ...] = ()
    words: tuple[str, ...] | None = None


@dataclass(frozen=True)
class DuplicatePair:
    first: str             # the earlier event (start date, then id)
    second: str
    score: float           # title agreement, 0…1 (title_agreement / 100)
    reason: str
    same_dates: bool = False
    same_venue: bool = False


def _title_words(title: str) -> set[str]:
    return {w for w in lemmatize(title) if w not in _STOP and len(w) > 2}


def title_words(title: str) -> list[str]:
    """The words duplicate detection compares, sorted (kept on each event row at load time):
    'Участие в XV Международном экономическом форуме' → ['форум', 'экономический']."""
    return sorted(_title_words(title))


@lru_cache(maxsize=100_000)
def quoted_names(title: str) -> tuple[str, ...]:
    """The names in quotes of a title, each as its sorted lemmas, so case forms meet:
    'Участие коллективов в «Славянском базаре в Витебске»' → ('базар витебск славянский',)."""
    names = []
    for match in _QUOTED.finditer(title or ""):
        text = next(g for g in match.groups() if g)
        words = sorted({w for w in lemmatize(text) if w not in _STOP})
        if words:
            names.append(" ".join(words))
    return tuple(names)


# Words that place an event rather than say what it is; where and with whom are compared on their own.
_PLACE_NOUNS = {"область", "республика", "край", "округ", "город", "федерация", "россия", "российский", "регион",
                "страна"}


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Lemmas that name a country, a region or a city (reference CSVs, one-word country names),
    with the nouns around them («область», «республика»): 'беларусь', 'белорусский', 'витебский',
    'могилев', 'смоленский'. Titles are compared without them; partners and venue are compared
    as fields."""
    def rows(name: str) -> list[dict[str, str]]:
        with open(REFERENCE_DIR / name, encoding="utf-8") as handle:
            return list(csv.DictReader(handle))
    names = [ru for ru, _, _ in country_names().values()] + [r["alias"] for r in rows("country_aliases.csv")]
    names += [r["adjective"] for r in rows("country_adjectives.csv")] + [r["city"] for r in rows("foreign_cities.csv")]
    for r in rows("foreign_regions.csv"):
        names += [r["adjective"], r["centre"], *r["nouns"].split(";")]
    for r in rows("ru_regions.csv"):  # «Смоленская область» → смоленский; «Республика Татарстан» → татарстан
        names += [r["centre"]] + [w for w in r["region"].split() if w[:1].isupper() and w != "Республика"]
    single = [n for n in names if n and " " not in n]  # «Китайская Народная Республика» would make «народный» a place
    return frozenset({lemma(n) for n in single} | {fold(n) for n in single} | _PLACE_NOUNS)


def _subject_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The title's words without place words ('российско-белорусский' goes when both its parts do);
    all of them when nothing else is left."""
    places = place_words()
    kept = tuple(w for w in words if w not in places and not all(part in places for part in w.split("-") if part))
    return kept or words


def title_agreement(a: Candidate, b: Candidate, ratio: Ratio = fuzz.token_set_ratio, same_name: bool = False) -> float:
    """How well two titles agree, 0–100, on their lemmas without place words.

    When one title's words (two or more) are all in the other, the rapidfuzz token-set ratio — 100:
    a lead phrase, an edition number or a partner added on one side («Участие в заседании …» /
    «Заседание …») does not count against a pair. When each title has words of its own, those words
    usually name what differs («… по вопросам здравоохранения» / «… по вопросам образования»), and
    the token-set ratio, which ignores them, is averaged with the token-sort ratio, which does not —
    unless both titles carry the same name in quotes (`same_name`): the name says what the event is.
    Titles without a word in common agree 0 (the load step relies on it to leave such pairs in
    DuckDB). Other scorers are measured in bench/score_duplicates.py."""
    words_a, words_b = _subject_words(_words(a)), _subject_words(_words(b))
    set_a, set_b = set(words_a), set(words_b)
    if not set_a & set_b:
        return 0.0
    text_a, text_b = " ".join(words_a), " ".join(words_b)
    if same_name or min(len(set_a), len(set_b)) >= 2 and (set_a <= set_b or set_b <= set_a):
        return ratio(text_a, text_b)
    return (ratio(text_a, text_b) + fuzz.token_sort_ratio(text_a, text_b)) / 2


def _words(c: Candidate) -> tuple[str, ...]:
    return c.words if c.words is not None else tuple(title_words(c.title))


def dates_overlap(a: Candidate, b: Candidate) -> bool:
    if not (a.start_date and b.start_date):
        return False
    return a.start_date <= (b.end_date or b.start_date) and b.start_date <= (a.end_date or a.start_date)


def _disjoint(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    return bool(left) and bool(right) and not set(left) & set(right)


def _same_name(a: Candidate, b: Candidate) -> bool | None:
    """True: a name in quotes is in both titles; False: both have names and none is shared;
    None: one of them names nothing."""
    names_a, names_b = quoted_names(a.title), quoted_names(b.title)
    if not names_a or not names_b:
        return None
    return any(fuzz.token_set_ratio(x, y) >= SAME_NAME for x in names_a for y in names_b)


# 'по вопросам здравоохранения', 'в сфере культуры', 'в области образования', 'по теме …': what a
# meeting was about, to the end of the title or the next comma or bracket.
_SUBJECT = re.compile(r"(?:по\s+(?:вопросам?|теме|темам|направлению)|в\s+(?:сфере|области|части))\s+([^,;()«»]+)",
                      re.IGNORECASE)


@lru_cache(maxsize=100_000)
def subject_words(title: str) -> frozenset[str]:
    """The lemmas of what a title says the event was about: 'Встреча с делегацией Могилевской области
    по вопросам здравоохранения' → {'здравоохранение'}; empty when it says nothing of the kind."""
    found: set[str] = set()
    for match in _SUBJECT.finditer(title or ""):
        found |= {w for w in lemmatize(match.group(1)) if w not in _STOP and len(w) > 2}
    return frozenset(found)


def _subjects_differ(a: Candidate, b: Candidate) -> bool:
    """Both titles say what they were about and share none of it: one delegation met about health
    and about education is two meetings, however alike the rest of the titles are."""
    left, right = subject_words(a.title), subject_words(b.title)
    return bool(left) and bool(right) and not left & right


def score_pair(a: Candidate, b: Candidate, ratio: Ratio = fuzz.token_set_ratio) -> DuplicatePair | None:
    """The pair if it is worth an analyst's look, else None (`ratio`: the title scorer; the bench
    tries others).

    >>> score_pair(Candidate("q3:13", "Театральный фестиваль «Смоленский ковчег»", date(2024, 9, 20),
    ...                      date(2024, 9, 22), "Смоленск", "Смоленская область", ("BY",)),
    ...            Candidate("q4:22", "IX Международный театральный фестиваль «Смоленский ковчег»",
    ...                      date(2024, 9, 20), date(2024, 9, 21), "Смоленск", "Смоленская область", ("BY",))).reason
    'даты пересекаются, названия совпадают на 100 %, то же имя в кавычках, то же место и те же партнёры'
    """
    if not dates_overlap(a, b):
        return None
    if a.region and b.region and a.region != b.region:
        return None
    if _disjoint(a.partner_countries, b.partner_countries) or _disjoint(a.foreign_regions, b.foreign_regions):
        return None
    same_name = _same_name(a, b)
    if same_name is False or _subjects_differ(a, b):
        return None
    agreement = title_agreement(a, b, ratio, bool(same_name))
    same_venue = bool(a.venue_city) and a.venue_city == b.venue_city
    same_partners = bool(a.partner_countries) and set(a.partner_countries) == set(b.partner_countries)
    place_and_partners = same_venue and same_partners
    if not (agreement >= TITLES_AGREE_WELL
            or (same_name and agreement >= TITLES_AGREE_MODERATELY_WITH_NAME)
            or (place_and_partners and agreement >= TITLES_AGREE_MODERATELY_WITH_PLACE)):
        return None
    same_dates = (a.start_date, a.end_date or a.start_date) == (b.start_date, b.end_date or b.start_date)
    reasons = ["те же даты" if same_dates else "даты пересекаются", f"названия совпадают на {round(agreement)} %"]
    if same_name:
        reasons.append("то же имя в кавычках")
    if place_and_partners:
        reasons.append("то же место и те же партнёры")
    elif same_venue:
        reasons.append("то же место")
    first, second = sorted((a, b), key=lambda c: (c.start_date, c.event_id))
    return DuplicatePair(first.event_id, second.event_id, round(agreement / 100, 3), ", ".join(reasons),
                         same_dates, same_venue)


def find_duplicates(candidates: list[Candidate], ratio: Ratio = fuzz.token_set_ratio) -> list[DuplicatePair]:
    """Every pair `score_pair` proposes among `candidates`, best first — the reference the load-time
    table (etl/candidates.py) must equal. Events are swept in date order, so only pairs whose
    dates can overlap are compared."""
    ordered = sorted((c for c in candidates if c.start_date), key=lambda c: (c.start_date, c.event_id))
    pairs: list[DuplicatePair] = []
    for i, a in enumerate(ordered):
        last_day = a.end_date if a.end_date and a.end_date > a.start_date else a.start_date
        for b in ordered[i + 1:]:
            if b.start_date > last_day:
                break
            pair = score_pair(a, b, ratio)
            if pair:
                pairs.append(pair)
    return sorted(pairs, key=lambda p: (-p.score, p.first, p.second))
