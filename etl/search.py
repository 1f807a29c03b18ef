"""Russian search without DuckDB's fts (not installable offline): queries and events meet as lemmas.

Each event stores ` lemma lemma … ` (normalize.search_text) with the canonical Russian names of its
partner countries appended; a query word becomes its lemma, plus that canonical name when the
word names a country ('Белоруссия', 'белорусский' → 'беларусь').
"""
from __future__ import annotations

from .geo import HOME_COUNTRY, country_mentions, country_names
from .lemmas import lemma, lemmatize, tokens


def query_terms(query: str) -> list[tuple[str, ...]]:
    """'Белоруссия соглашения' → [('белоруссия', 'беларусь'), ('соглашение',)]: every group must
    match (AND), any alternative within a group may (OR). A country named in several words
    ('Республики Беларусь') is one group."""
    names = country_names()
    titled = " ".join(word[:1].upper() + word[1:] for word in query.split())
    mentions = [m for m in country_mentions(titled) if m.code in names]
    groups: list[tuple[str, ...]] = []
    for word, start, end in tokens(titled):
        mention = next((m for m in mentions if m.start <= start < m.end), None)
        if mention is None:
            groups.append((lemma(word),))
        elif start == mention.start:
            alternatives = [lemma(word)] if mention.end == end else []
            alternatives.extend(lemmatize(names[mention.code][0]))
            groups.append(tuple(dict.fromkeys(alternatives)))
    return [g for g in groups if g and g != ("",)]


def like_patterns(query: str) -> list[list[str]]:
    """The same groups as LIKE patterns over the space-padded lemma column (bind them, never format)."""
    return [[f"% {term} %" for term in group] for group in query_terms(query)]


__all__ = ["query_terms", "like_patterns", "HOME_COUNTRY"]
