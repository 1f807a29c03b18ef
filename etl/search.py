"""Russian search without DuckDB's fts (not installable offline): queries and events meet as lemmas.

Each event stores ` lemma lemma … ` (normalize.search_text) with the canonical Russian names of its
partner countries appended; a query word becomes its lemma, plus that canonical name when the
word names a country ('Белоруссия', 'белорусский' → 'беларусь'). A country's English name
('Belarus', 'United Arab Emirates') finds it too: the English UI names countries in English, and its
readers type what they see.
"""
from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache

import pycountry

from .config import HOME_COUNTRY
from .lemmas import lemma, lemmatize, tokens


def _folded(word: str) -> str:
    """'Türkiye' → 'turkiye', 'Côte' → 'cote': English names are matched without case or accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def english_country_names() -> dict[tuple[str, ...], str]:
    """('united', 'arab', 'emirates') → 'AE': every English name of a country as folded words — the
    name the English UI shows (geo.country_names) and pycountry's name, common and official names
    ('Viet Nam', 'Vietnam', 'Socialist Republic of Viet Nam'). Names with a
    comma ('Korea, Republic of') are left out: their head alone ('Korea') names two countries."""
    from .geo import country_names  # (the geo tables: not on the dashboard's import path)

    out: dict[tuple[str, ...], str] = {}
    names = country_names()

    def add(name: str | None, code: str) -> None:
        if name and "," not in name and code in names:
            # 'Türkiye' is two words to tokens() (ü is no Latin letter), 'Turkiye' one: both are kept
            for key in (tuple(_folded(w) for w, _, _ in tokens(name)), tuple(w for w, _, _ in tokens(_folded(name)))):
                if key:
                    out.setdefault(key, code)
    for code, (_, english, _) in names.items():
        add(english, code)
    for country in pycountry.countries:
        for field in ("common_name", "name", "official_name"):
            add(getattr(country, field, None), country.alpha_2)
    return out


def _english_mentions(query: str) -> list[tuple[int, int, str]]:
    """(first token, past the last token, code) for each English country name in the query, longest
    first: 'Belarus exhibition' → [(0, 1, 'BY')]; 'united arab emirates' → [(0, 3, 'AE')]."""
    folded = [_folded(w) for w, _, _ in tokens(query)]
    known = english_country_names()
    longest = max((len(k) for k in known), default=0)
    out, i = [], 0
    while i < len(folded):
        for size in range(min(longest, len(folded) - i), 0, -1):
            code = known.get(tuple(folded[i:i + size]))
            if code is not None:
                out.append((i, i + size, code))
                i += size
                break
        else:
            i += 1
    return out


def query_terms(query: str) -> list[tuple[str, ...]]:
    """'Белоруссия соглашения' → [('белоруссия', 'беларусь'), ('соглашение',)]: every group must
    match (AND), any alternative within a group may (OR). A country named in several words
    ('Республики Беларусь') is one group."""
    from .geo import country_mentions, country_names  # (the geo tables: not on the dashboard's import path)

    names = country_names()
    titled = " ".join(word[:1].upper() + word[1:] for word in query.split())
    mentions = [m for m in country_mentions(titled) if m.code in names]
    english = {first: (last, code) for first, last, code in _english_mentions(titled)}
    groups: list[tuple[str, ...]] = []
    skip_to = 0
    for i, (word, start, end) in enumerate(tokens(titled)):
        if i < skip_to:
            continue
        if i in english:   # 'Belarus' → the Russian canonical name's lemmas, as 'Беларусь' gives
            skip_to, code = english[i]
            alternatives = ([lemma(word)] if skip_to == i + 1 else []) + lemmatize(names[code][0])
            groups.append(tuple(dict.fromkeys(alternatives)))
            continue
        mention = next((m for m in mentions if m.start <= start < m.end), None)
        if mention is None:
            groups.append((lemma(word),))
        elif start == mention.start:
            alternatives = [lemma(word)] if mention.end == end else []
            alternatives.extend(lemmatize(names[mention.code][0]))
            groups.append(tuple(dict.fromkeys(alternatives)))
    return [g for g in groups if g and g != ("",)]


def search_words(search_lemmas: str) -> list[str]:
    """The words an event's lemma column can be found by, each once, in order: the texts between its
    spaces. ' выставка в г москва ' → ['выставка', 'в', 'г', 'москва']. A term T without spaces or LIKE
    wildcards matches `search_lemmas LIKE '% T %'` exactly when T is one of them (the first and last
    pieces have no space on one side, so they are left out). The same rule in SQL is WORDS_SQL."""
    return [word for word in dict.fromkeys(search_lemmas.split(" ")[1:-1]) if word]


# The index is split by word into WORD_BUCKETS tables (schema.sql), so a look-up reads ~1/32 of the rows
# and a load still only appends: one table of 62M rows in load order took 75 ms to scan for one word at
# a million events; sorted by word, 3 ms but five times the space, and no load keeps it sorted.
WORD_BUCKETS = 32
WORD_TABLES = tuple(f"event_words_{b:02d}" for b in range(WORD_BUCKETS))
# word_bucket in DuckDB SQL, over a column `word` (md5 of the UTF-8 bytes, first byte, modulo 32)
BUCKET_SQL = f"('0x' || md5(word)[1:2])::INTEGER % {WORD_BUCKETS}"
# search_words as DuckDB SQL over a column `search_lemmas`, for filling the index of an existing database
WORDS_SQL = "list_filter(list_distinct(list_slice(string_split(search_lemmas, ' '), 2, -2)), lambda w: w <> '')"


def word_table(word: str) -> str:
    """The index table that holds `word` (the same bucket as BUCKET_SQL): 'выставка' → 'event_words_22'."""
    return WORD_TABLES[int(hashlib.md5(word.encode("utf-8")).hexdigest()[:2], 16) % WORD_BUCKETS]


def indexable(term: str) -> bool:
    """Whether a query term can be looked up in the word index instead of LIKE: no space (it would
    span words) and no LIKE wildcard or escape character (they would match more than the word)."""
    return bool(term) and not any(ch in term for ch in " %_\\")


def like_patterns(query: str) -> list[list[str]]:
    """The same groups as LIKE patterns over the space-padded lemma column (bind them, never format)."""
    return [[f"% {term} %" for term in group] for group in query_terms(query)]


__all__ = ["query_terms", "like_patterns", "search_words", "indexable", "word_table", "WORD_TABLES", "BUCKET_SQL",
           "WORDS_SQL", "HOME_COUNTRY"]
