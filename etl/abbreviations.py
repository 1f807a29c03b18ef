"""States written as clerks' abbreviations: «делегация РБ», «Посольство РК», «Министерство образования РУз».

An abbreviation of this kind is a foreign state in one report and a Russian republic in another: «РБ» is
Belarus to Smolensk and Bashkortostan to Ufa; «РК» is Kazakhstan to Omsk, Korea to Primorye and Karelia to
Petrozavodsk. So it is read once per report, the way a person reads it — from what the report says in full:

1. the report's own expansion decides: «Республика Беларусь (далее – РБ)», «Республики Казахстан (РК)»;
2. the reporting region is one of the republics it abbreviates: the region itself, never a partner;
3. exactly one of its foreign states is named in full anywhere in the report, and none of its republics:
   that state;
4. nothing of either is named: its one foreign state, said in an info issue (a region next to a republic of
   the same letters is told to check it); with two foreign states («РК») it stays unread, with an info issue;
5. anything else (a state and a republic both named, two states named) is unread, with an info issue.

The abbreviation must be written in capitals as a word of its own («РБ», «РУз»): «рб» or «РБК» is not it.
Pure: texts in, readings out (reference/state_abbreviations.csv)."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from .config import REFERENCE_DIR
from .errors import Issue
from .geo import HOME_COUNTRY, country_mentions, country_names
from .lemmas import fold


@dataclass(frozen=True)
class Abbreviation:
    """One row of the reference: the letters, the foreign states they may name, the stems of the Russian
    republics they may name."""
    letters: str
    countries: tuple[str, ...]
    genitives: tuple[str, ...]  # each state's name in full, in the genitive the letters mostly stand for
    republic_stems: tuple[str, ...]
    nominatives: tuple[str, ...] = ()  # each state's name in the nominative: the letters standing as a place


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, Abbreviation]:
    with open(REFERENCE_DIR / "state_abbreviations.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return {row["abbreviation"]: Abbreviation(row["abbreviation"], tuple(row["countries"].split(";")),
                                              tuple(row["genitives"].split(";")),
                                              tuple(s for s in row["republic_stems"].split(";") if s),
                                              tuple(row["nominatives"].split(";")))
            for row in rows}


def _genitive(letters: str, code: str) -> str:
    entry = _abbreviations()[letters]
    return entry.genitives[entry.countries.index(code)]


def _nominative(letters: str, code: str) -> str:
    entry = _abbreviations()[letters]
    return entry.nominatives[entry.countries.index(code)]


# The letters as a place item of their own in a venue cell: the cell's whole text or one of its parts
# between commas or in brackets («РБ», «РУз, г. Ташкент», «г. Минск, РБ», «Бишкек (КР)»).
_ALONE_BEFORE = re.compile(r"(?:^|[,;(]|\s[–—-])\s*$")
_ALONE_AFTER = re.compile(r"\s*(?:$|[,;).]|\s[–—-]\s)")


@lru_cache(maxsize=1)
def _letters_pattern() -> re.Pattern:
    """Any abbreviation as a word of its own, in capitals (case matters: «рб» is no state)."""
    alternatives = "|".join(sorted(map(re.escape, _abbreviations()), key=len, reverse=True))
    # the word start is checked by _starts_word on the few matches: a look-behind at every position of
    # every cell cost ~20 µs an event
    return re.compile(rf"({alternatives})(?!{_WORD_CHAR})")


_WORD_CHAR = "[А-Яа-яЁёA-Za-z0-9-]"
_IS_WORD_CHAR = re.compile(_WORD_CHAR)


def _starts_word(text: str, start: int) -> bool:
    return start == 0 or not _IS_WORD_CHAR.match(text, start - 1)


# «Республика Беларусь (далее – РБ)», «Республики Казахстан (далее по тексту — РК)», «… (РК)»
_EXPANSION = re.compile(r"\(\s*(?:далее\s*(?:по\s+тексту)?\s*[-–—:]?\s*)?([А-ЯЁ][А-ЯЁа-яё]{0,2})\s*\)")


def letters_in(text: str) -> tuple[str, ...]:
    """The abbreviations written in `text`, in order, each once."""
    if not text:
        return ()
    return tuple(dict.fromkeys(m.group(1) for m in _letters_pattern().finditer(text) if _starts_word(text, m.start())))


def _expanded(texts: list[str], letters: str, codes: tuple[str, ...]) -> str | None:
    """The state the report spells out right before «(далее – РБ)» / «(РБ)», if it is one of `codes`."""
    for text in texts:
        for match in _EXPANSION.finditer(text):
            if match.group(1) != letters:
                continue
            before = [m for m in country_mentions(text[max(0, match.start() - 80):match.start()])]
            if before and before[-1].code in codes:
                return before[-1].code
    return None


def _stem_pattern(stems: tuple[str, ...]) -> re.Pattern:
    """The folded words starting with one of `stems`; a stem ending in «$» is a whole word («коми», not
    «комиссия»)."""
    parts = [re.escape(s[:-1]) + "(?![а-яё])" if s.endswith("$") else re.escape(s) for s in stems]
    return re.compile(r"(?<![а-яё])(?:" + "|".join(parts) + ")")


def _republic_named(texts: list[str], stems: tuple[str, ...]) -> bool:
    pattern = _stem_pattern(stems)
    return any(pattern.search(fold(text)) for text in texts)


@dataclass(frozen=True)
class Readings:
    """What each abbreviation of one report names: a country code, or None (unread or the region itself)."""
    codes: dict[str, str | None]
    issues: tuple[Issue, ...] = ()

    def spelled_out(self, text: str, place: bool = False) -> str:
        """`text` with each abbreviation read as a state written in full («Посольство РБ» → «Посольство
        Республики Беларусь»), so every step — partners, the foreign count, organisations and their
        aliases, officials' roles — reads the state as if the clerk had written it; an unread one stays.
        With `place` (a venue cell), letters standing as a place of their own («РБ», «РУз, г. Ташкент»,
        «Бишкек, КР») are the state in the nominative, as the venue names a country («Республика Беларусь»):
        in the genitive alone the venue read no country, so «РБ» was an event at home."""
        if not any(self.codes.values()) or not text:
            return text

        def full(match: re.Match) -> str:
            code = self.codes.get(match.group(1)) if _starts_word(text, match.start()) else None
            if not code:
                return match.group(0)
            if place and _ALONE_BEFORE.search(text, 0, match.start()) and _ALONE_AFTER.match(text, match.end()):
                if _after_a_russian_town(text[:match.start()], match.group(1)):
                    return match.group(0)  # «г. Стерлитамак, РБ»: a republic's letters (geo.russian_regions_by_letters)
                return _nominative(match.group(1), code)
            return _genitive(match.group(1), code)
        return _letters_pattern().sub(full, text)


NO_READINGS = Readings({})


def _after_a_russian_town(before: str, letters: str) -> bool:
    """Whether letters a Russian republic goes by too («РБ»: Башкортостан, Бурятия) stand after a town the lists
    place in Russia: «г. Стерлитамак, РБ», «г. Заречный, РБ» — not «г. Минск, РБ» nor «г. Брест, РБ»."""
    from .geo import russian_town_holders, settlements

    if not _abbreviations()[letters].republic_stems:
        return False
    found = settlements(before)
    return bool(found) and bool(russian_town_holders(found[-1].group(1)))


@lru_cache(maxsize=64)
def home_letters(home_region: str | None) -> frozenset[str]:
    """The letters that, in a Russian republic's own report, stand for the republic itself: «РБ» in Бурятия's or
    Башкортостан's, «РК» in Карелия's, «РТ» in Татарстан's. None for a krai or an oblast («РА» in Алтайский край's
    report is no name of its own)."""
    if not home_region or "республик" not in fold(home_region).lower():
        return frozenset()
    home = fold(home_region).lower()
    return frozenset(letters for letters, entry in _abbreviations().items()
                     if entry.republic_stems and _stem_pattern(entry.republic_stems).search(home))


def read_abbreviations(texts: list[str], home_region: str) -> Readings:
    """Each abbreviation written in the report's `texts` (every cell and the title), read once for the
    whole report (see the module's docstring), with an info issue wherever the reader should check."""
    said = letters_in("\n".join(texts))  # one scan of the report (a call a cell cost ~20 µs an event)
    if not said:
        return NO_READINGS
    table = _abbreviations()
    names = country_names()
    named = {m.code for text in texts for m in country_mentions(text)} - {HOME_COUNTRY}
    home = fold(home_region or "")
    codes: dict[str, str | None] = {}
    issues: list[Issue] = []
    for letters in said:
        entry = table[letters]
        states = " или ".join(names[c][0] for c in entry.countries)
        expanded = _expanded(texts, letters, entry.countries)
        if expanded:
            codes[letters] = expanded
            continue
        if entry.republic_stems and _stem_pattern(entry.republic_stems).search(home):
            codes[letters] = None  # «РБ» in Bashkortostan's own report: the region itself
            continue
        states_named = [c for c in entry.countries if c in named]
        republic = bool(entry.republic_stems) and _republic_named(texts, entry.republic_stems)
        if len(states_named) == 1 and not republic:
            codes[letters] = states_named[0]
        elif not states_named and not republic and len(entry.countries) == 1:
            codes[letters] = entry.countries[0]
            issues.append(Issue("partner_countries", letters,
                                f"сокращение «{letters}» прочитано как {names[entry.countries[0]][0]}: "
                                "полного названия в отчёте нет — проверьте", severity="info"))
        else:
            codes[letters] = None
            republics = " или российскую республику" if entry.republic_stems else ""
            issues.append(Issue("partner_countries", letters,
                                f"сокращение «{letters}» не прочитано: может означать {states}{republics} — напишите "
                                f"название полностью или «(далее – {letters})» после него", severity="info"))
    return Readings(codes, tuple(issues))
