"""Pure: likely duplicate events across (and within) reports — same dates, similar title, same venue.

The Q4 report repeats September events the Q3 report may already list, and one event can be filed
under two sectors. Pairs are proposed with a score; the analyst merges or keeps them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .lemmas import lemmatize

_STOP = {"в", "и", "на", "по", "с", "о", "об", "для", "участие", "мероприятие", "международный",
         "проведение", "рамка", "год"}


@dataclass(frozen=True)
class Candidate:
    event_id: str
    title: str
    start_date: date | None
    end_date: date | None
    venue_city: str | None


@dataclass(frozen=True)
class DuplicatePair:
    first: str
    second: str
    score: float
    reason: str


def _title_words(title: str) -> set[str]:
    return {w for w in lemmatize(title) if w not in _STOP and len(w) > 2}


def title_words(title: str) -> list[str]:
    """The words duplicate detection compares, sorted (kept on each event row at load time so the
    database can score pairs itself): 'Участие в XV Международном экономическом форуме' →
    ['форум', 'экономический']."""
    return sorted(_title_words(title))


def _overlap(a: Candidate, b: Candidate) -> bool:
    if not (a.start_date and b.start_date):
        return False
    return a.start_date <= (b.end_date or b.start_date) and b.start_date <= (a.end_date or a.start_date)


def find_duplicates(candidates: list[Candidate], threshold: float = 0.5) -> list[DuplicatePair]:
    """Pairs whose dates overlap and whose titles share at least `threshold` of their words
    (Jaccard on lemmas); the same venue city lowers the bar by 0.2. Sorted by score."""
    words = {c.event_id: _title_words(c.title) for c in candidates}
    ordered = sorted(candidates, key=lambda c: (c.start_date or date.min, c.event_id))
    pairs: list[DuplicatePair] = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b.start_date and a.end_date and b.start_date > max(a.end_date, a.start_date):
                break
            if not _overlap(a, b):
                continue
            union = words[a.event_id] | words[b.event_id]
            if not union:
                continue
            score = len(words[a.event_id] & words[b.event_id]) / len(union)
            same_venue = bool(a.venue_city) and a.venue_city == b.venue_city
            same_dates = (a.start_date, a.end_date) == (b.start_date, b.end_date)
            bar = threshold - (0.2 if same_venue else 0) - (0.1 if same_dates else 0)
            if score >= bar:
                reasons = ["те же даты" if same_dates else "даты пересекаются",
                           f"названия похожи на {round(score * 100)}%"]
                if same_venue:
                    reasons.append("то же место")
                pairs.append(DuplicatePair(a.event_id, b.event_id, round(score, 3), ", ".join(reasons)))
    return sorted(pairs, key=lambda p: -p.score)
