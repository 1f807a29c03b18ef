"""Organisation names in English, built by rule from the Russian name when every word of it is known.

A Russian organisation name is a noun phrase: adjectives, the kind word, then genitive complements
(«Белорусский государственный университет культуры и искусств»). English keeps the adjectives before
the kind and puts the complements after «of» («Belarusian State University of Culture and Arts»);
countries and regions come from the reference tables («Республики Беларусь» → «Belarus», «Смоленской
области» → «Smolensk Oblast»), a city's adjective from its city («Витебский» → «Vitebsk»). A name with
any word the tables do not know gets no English form (None): the caller then transliterates, as
before — a guessed translation would put words in the report's mouth.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from etl.config import REFERENCE_DIR

# lemma → (singular, plural) English; adjectives have one form
NOUNS = {
    "университет": ("University", "Universities"), "институт": ("Institute", "Institutes"),
    "академия": ("Academy", "Academies"), "колледж": ("College", "Colleges"), "школа": ("School", "Schools"),
    "музей": ("Museum", "Museums"), "театр": ("Theatre", "Theatres"), "библиотека": ("Library", "Libraries"),
    "центр": ("Centre", "Centres"), "посольство": ("Embassy", "Embassies"), "консульство": ("Consulate", "Consulates"),
    "министерство": ("Ministry", "Ministries"), "комитет": ("Committee", "Committees"),
    "облисполком": ("Regional Executive Committee", "Regional Executive Committees"),
    "райисполком": ("District Executive Committee", "District Executive Committees"),
    "горисполком": ("City Executive Committee", "City Executive Committees"),
    "совет": ("Council", "Councils"), "депутат": ("Deputy", "Deputies"), "завод": ("Plant", "Plants"),
    "комбинат": ("Works", "Works"), "культура": ("Culture", "Cultures"), "искусство": ("Art", "Arts"),
    "экономика": ("Economy", "Economies"), "финансы": ("Finance", "Finance"), "наука": ("Science", "Sciences"),
    "история": ("History", "Histories"), "литература": ("Literature", "Literatures"),
    "стандартизация": ("Standardization", "Standardization"), "сертификация": ("Certification", "Certification"),
    "развитие": ("Development", "Development"), "образование": ("Education", "Education"),
    "обслуживание": ("Service", "Services"), "население": ("Population", "Population"),
    "администрация": ("Administration", "Administrations"), "зона": ("Zone", "Zones"),
    "агентство": ("Agency", "Agencies"), "палата": ("Chamber", "Chambers"), "дело": ("Affair", "Affairs"),
    "инвестиция": ("Investment", "Investments"), "представительство": ("Mission", "Missions"),
    "компания": ("Company", "Companies"), "холдинг": ("Holding", "Holdings"), "церковь": ("Church", "Churches"),
    "корпорация": ("Corporation", "Corporations"), "дом": ("House", "Houses"), "творчество": ("Art", "Arts"),
    "правительство": ("Government", "Governments"), "управление": ("Directorate", "Directorates"),
    "спорт": ("Sport", "Sports"), "здравоохранение": ("Health", "Health"), "торговля": ("Trade", "Trade"),
    "промышленность": ("Industry", "Industries"), "туризм": ("Tourism", "Tourism"), "труд": ("Labour", "Labour"),
    "занятость": ("Employment", "Employment"), "архив": ("Archive", "Archives"), "галерея": ("Gallery", "Galleries"),
    "фонд": ("Fund", "Funds"), "клуб": ("Club", "Clubs"), "дума": ("Duma", "Dumas"), "акимат": ("Akimat", "Akimats"),
    "ассоциация": ("Association", "Associations"), "союз": ("Union", "Unions"), "общество": ("Society", "Societies"),
    "сельский": ("Agriculture", "Agriculture"), "продовольствие": ("Food", "Food"), "связь": ("Communications", "Communications"),
    "коммуникация": ("Communication", "Communications"), "миграция": ("Migration", "Migration"),
    "инициатива": ("Initiative", "Initiatives"), "проект": ("Project", "Projects"), "гимназия": ("Gymnasium", "Gymnasiums"),
    "лицей": ("Lyceum", "Lyceums"), "больница": ("Hospital", "Hospitals"), "филармония": ("Philharmonic", "Philharmonics"),
    "выставка": ("Exhibition", "Exhibitions"), "инспекция": ("Inspectorate", "Inspectorates"),
}
ADJECTIVES = {
    "государственный": "State", "национальный": "National", "областной": "Regional", "районный": "District",
    "городской": "City", "академический": "Academic", "музыкальный": "Musical", "драматический": "Drama",
    "педагогический": "Pedagogical", "автомобильный": "Automobile", "домостроительный": "House-Building",
    "социальный": "Social", "территориальный": "Territorial", "свободный": "Free", "экономический": "Economic",
    "иностранный": "Foreign", "торговый": "Trade", "управляющий": "Managing", "православный": "Orthodox",
    "детский": "Children's", "научный": "Scientific", "издательский": "Publishing", "методический": "Methodological",
    "народный": "Folk", "цифровой": "Digital", "исполнительный": "Executive", "генеральный": "General",
    "медицинский": "Medical", "технический": "Technical", "технологический": "Technological",
    "аграрный": "Agrarian", "художественный": "Art", "исторический": "Historical", "международный": "International",
    "региональный": "Regional", "федеральный": "Federal", "общественный": "Public", "главный": "Main",
    "законодательный": "Legislative", "культурный": "Cultural", "образовательный": "Educational",
    "информационный": "Information", "вычислительный": "Computing", "производственный": "Production",
    "промышленный": "Industrial", "выставочный": "Exhibition", "комплексный": "Integrated",
    "мемориальный": "Memorial", "стратегический": "Strategic", "новый": "New", "универсальный": "Universal",
    "медицина": "Medicine", "лингвистический": "Linguistic", "юридический": "Law", "сельскохозяйственный": "Agricultural",
}
# a compound adjective's parts: «культурно-образовательный» → Cultural and Educational
_COMPOUND_STEMS = {"культурно": "Cultural", "информационно": "Information", "научно": "Research",
                   "торгово": "Trade", "историко": "Historical", "социально": "Social"}
# the English adjective of a country (country_adjectives.csv gives the Russian one); a code missing here
# leaves a name with that adjective untranslated
COUNTRY_ADJECTIVES_EN = {
    "BY": "Belarusian", "RU": "Russian", "KZ": "Kazakh", "KG": "Kyrgyz", "UZ": "Uzbek", "TJ": "Tajik",
    "TM": "Turkmen", "AM": "Armenian", "AZ": "Azerbaijani", "GE": "Georgian", "MD": "Moldovan",
    "UA": "Ukrainian", "CN": "Chinese", "IN": "Indian", "VN": "Vietnamese", "MN": "Mongolian", "TR": "Turkish",
    "IR": "Iranian", "DE": "German", "FR": "French", "IT": "Italian", "ES": "Spanish", "RS": "Serbian",
    "BG": "Bulgarian", "PL": "Polish", "LT": "Lithuanian", "LV": "Latvian", "EE": "Estonian", "FI": "Finnish",
    "JP": "Japanese", "KR": "Korean", "KP": "Korean", "EG": "Egyptian", "CU": "Cuban", "BR": "Brazilian",
    "GB": "British", "US": "American", "AB": "Abkhaz", "OS": "South Ossetian", "AE": "Emirati", "SY": "Syrian",
}
_KIND_BEFORE = {("консульство", "генеральный"): "Consulate General", ("представительство", "торговый"): "Trade Mission",
                ("палата", "торгово-промышленный"): "Chamber of Commerce and Industry",
                ("творчество", "народный"): "Folk Art", ("хозяйство", "сельский"): "Agriculture"}
_PREPOSITIONS = {"в": "in", "при": "under"}
_TOKEN = re.compile(r"(?:[А-ЯЁ]\.\s?)+(?=[А-ЯЁ][а-яё])|«[^»]*»|\"[^\"]*\"|№\s*\d+|[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*|[A-Za-z0-9.]+|,")


@lru_cache(maxsize=1)
def _morph():
    from etl.lemmas import morph
    return morph()


def _read(name: str) -> list[dict[str, str]]:
    with open(REFERENCE_DIR / name, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def _country_phrases() -> dict[tuple[str, ...], str]:
    """Lemmas of every Russian country name and alias → the English name: («республика», «беларусь») → Belarus."""
    from etl.geo import country_names
    names = country_names()
    out = {}
    rows = [(code, ru) for code, (ru, _en, _a3) in names.items()]
    rows += [(row["code"], row["alias"]) for row in _read("country_aliases.csv")]
    for code, russian in rows:
        if code in names:
            out[_lemmas(russian)] = names[code][1]
    return out


@lru_cache(maxsize=1)
def _place_adjectives() -> dict[str, str]:
    """Lemma of a country's or a foreign city's adjective → English: белорусский → Belarusian, витебский → Vitebsk."""
    from .i18n import place_name
    out = {row["adjective"]: COUNTRY_ADJECTIVES_EN[row["code"]] for row in _read("country_adjectives.csv")
           if row["code"] in COUNTRY_ADJECTIVES_EN}
    for row in _read("foreign_city_adjectives.csv"):
        out.setdefault(row["adjective"], place_name(row["city"], "en"))
    return out


def _parse(word: str):
    return _morph().parse(word.lower())[0]


def _lemmas(text: str) -> tuple[str, ...]:
    return tuple(_parse(w).normal_form.replace("ё", "е") for w in re.findall(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*", text))


def _adjective(word: str) -> str | None:
    lemma = _parse(word).normal_form.replace("ё", "е")
    if lemma in ADJECTIVES:
        return ADJECTIVES[lemma]
    places = _place_adjectives()
    if lemma in places:
        return places[lemma]
    if "-" in lemma:
        *stems, last = lemma.split("-")
        parts = [_COMPOUND_STEMS.get(s) for s in stems] + [ADJECTIVES.get(last)]
        if all(parts):
            return " and ".join([", ".join(parts[:-1]), parts[-1]]) if len(parts) > 2 else " and ".join(parts)
    return _home_town(word)


def _home_town(word: str) -> str | None:
    """«Смоленский» → Smolensk, when «Смоленск» is a known place (reference table or geonames), not a guess."""
    from .i18n import _adjective_stem, _english_places, _geonames_by_russian_name, _place_key, transliterate
    parse = _parse(word)
    if "ADJF" not in parse.tag:
        return None
    stem = _adjective_stem(parse.normal_form.capitalize())
    # «Смоленский» → Смоленск; «Павлодарский» → Павлодар; «Тюменский» → Тюмень
    for town in (stem, stem[:-2], stem[:-2] + "ь") if stem.endswith("ск") else (stem,):
        key = _place_key(town)
        known = _english_places().get(key)
        if known:
            return known
        guess = transliterate(town)
        for _population, english in sorted(_geonames_by_russian_name().get(key, ()), reverse=True):
            if english.casefold().startswith(guess.casefold()[:4]):
                return english
    return None


def _region(adjective: str, noun: str) -> str | None:
    """«Смоленской области» → Smolensk Oblast (place_name on the nominative)."""
    from .i18n import place_name
    noun_parse = _parse(noun)
    if noun_parse.normal_form not in ("область", "район", "край"):
        return None
    adj = _parse(adjective).inflect({"nomn", "sing", noun_parse.tag.gender or "femn"})
    if adj is None:
        return None
    return place_name(f"{adj.word.capitalize()} {noun_parse.normal_form}", "en")


def _noun(word: str) -> str | None:
    parse = _parse(word)
    forms = NOUNS.get(parse.normal_form.replace("ё", "е"))
    if forms is None:
        return None
    return forms[1] if parse.tag.number == "plur" else forms[0]


def _person(words: list[str]) -> str | None:
    """«П.М. Машерова» → P.M. Masherov: initials and a surname (or given name) back in the nominative."""
    from .i18n import transliterate
    out = []
    for word in words:
        word = word.strip()
        if re.fullmatch(r"(?:[А-ЯЁ]\.\s?)+", word):
            out.append(transliterate(word.replace(" ", "")))
            continue
        parse = next((p for p in _morph().parse(word) if {"Surn"} & p.tag.grammemes or {"Name"} & p.tag.grammemes), None)
        if parse is None:
            return None
        nominative = parse.inflect({"nomn"})
        out.append(transliterate((nominative.word if nominative else word).capitalize()))
    return " ".join(out) if out else None


def _phrase(tokens: list[str]) -> list[str] | None:
    """A run of noun phrases after the head, in English, or None when a word is unknown."""
    out: list[str] = []
    i = 0
    need_of = True
    while i < len(tokens):
        token = tokens[i]
        low = token.lower()
        if token.startswith(("«", '"')):
            from .i18n import transliterate
            out.append("«" + transliterate(token.strip('«»"')) + "»")
            i += 1
            continue
        if token.startswith("№"):
            out.append(token)
            i += 1
            continue
        if low == "и" or token == ",":
            out.append("and" if low == "и" else ",")
            need_of = False
            i += 1
            continue
        if low in _PREPOSITIONS:
            out.append(_PREPOSITIONS[low])
            need_of = False
            i += 1
            continue
        if low in ("имени", "им."):
            person = _person(tokens[i + 1:])
            if person is None:
                return None
            out += ["named after", person]
            break
        place = _place_at(tokens, i)
        if place:
            text, used = place
            if need_of:
                out.append("of")
            out.append(text)
            need_of, i = True, i + used
            continue
        adjectives = []
        while i < len(tokens) and "ADJF" in _parse(tokens[i]).tag and not _place_at(tokens, i):
            english = _adjective(tokens[i])
            if english is None:
                return None
            adjectives.append(english)
            i += 1
        if i >= len(tokens):
            return None
        noun = _noun(tokens[i])
        if noun is None:
            return None
        if need_of:
            out.append("of")
        out += adjectives + [noun]
        need_of, i = True, i + 1
    return out


def _place_at(tokens: list[str], i: int) -> tuple[str, int] | None:
    """A country («Республики Беларусь», «Российской Федерации») or a region («Смоленской области») at token i."""
    phrases = _country_phrases()
    for size in (4, 3, 2, 1):
        span = tokens[i:i + size]
        if len(span) == size and all(not t.startswith(("«", '"', "№", ",")) for t in span):
            key = tuple(_parse(t).normal_form.replace("ё", "е") for t in span)
            if key in phrases:
                return _with_article(phrases[key]), size
    if i + 1 < len(tokens) and "ADJF" in _parse(tokens[i]).tag:
        region = _region(tokens[i], tokens[i + 1])
        if region:
            return region, 2
    return None


def _with_article(english: str) -> str:
    """«the Russian Federation», «the Kyrgyz Republic», «the United Kingdom»; «Belarus» as it is."""
    if re.search(r"\b(Federation|Republic|Kingdom|States|Emirates|Islands|Netherlands)\b", english) or \
            english.startswith(("Republic", "Union", "People's")):
        return "the " + english
    return english


@lru_cache(maxsize=8192)
def english_org_name(name: str) -> str | None:
    """«Белорусский государственный университет культуры и искусств» → «Belarusian State University of
    Culture and Arts»; «Посольство Республики Беларусь в Российской Федерации» → «Embassy of Belarus in
    Russia»; «Витебский облисполком» → «Vitebsk Regional Executive Committee». None when a word is not in
    the tables (a proper name such as «Гипросвязь», a kind the tables lack): never a guess."""
    tokens = _TOKEN.findall(str(name).replace("ё", "е").replace("Ё", "Е"))
    if not tokens or not re.search(r"[А-Яа-я]", name):
        return None
    adjectives, i = [], 0
    while i < len(tokens) and "ADJF" in _parse(tokens[i]).tag:
        adjectives.append(tokens[i])
        i += 1
    if i >= len(tokens):
        return None
    head_lemma = _parse(tokens[i]).normal_form.replace("ё", "е")
    head_words = []
    fixed = next((english for (kind, adj), english in _KIND_BEFORE.items()
                  if kind == head_lemma and adjectives and _parse(adjectives[-1]).normal_form == adj), None)
    if fixed:
        adjectives = adjectives[:-1]
        head_words = [fixed]
    else:
        noun = _noun(tokens[i])
        if noun is None:
            return None
        head_words = [noun]
    english_adjectives = []
    for word in adjectives:
        english = _adjective(word)
        if english is None:
            return None
        english_adjectives.append(english)
    tail = _phrase(tokens[i + 1:])
    if tail is None:
        return None
    text = " ".join(english_adjectives + head_words + tail)
    return re.sub(r"\s+,", ",", text)


def org_name(name: str, lang: str = "ru") -> str:
    """An organisation's name in the UI language: the report's Russian; in English the rule's English
    name (english_org_name) where every word has one, else the Latin transliteration, as for people."""
    if lang == "ru" or not isinstance(name, str):
        return name
    from .i18n import transliterate
    return english_org_name(name) or transliterate(name)
