"""Russian tokens and lemmas (pymorphy3), shared by geo, classifiers and the search column."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import chain

import pymorphy3

# What tokens() and words() find. Possessive (++, *+): a word never gives back letters, so re
# keeps no backtracking points (the same matches, found faster).
WORD = _WORD = re.compile(r"[A-Za-zА-Яа-яЁё0-9]++(?:-[A-Za-zА-Яа-яЁё0-9]++)*+")


class CachedMorph:
    """pymorphy3's analyser with `parse` remembered by word.

    A report repeats its words ('Смоленской', 'области', 'Губернатора') hundreds of times and one
    `MorphAnalyzer.parse` costs ~0.1 ms; the field parsers call `morph().parse(word)` from many
    places, so the cache sits here and they need no change. Parses come back as a tuple so a caller
    cannot alter what the next caller sees; everything else is the analyser's own attribute.
    """

    def __init__(self, analyzer: pymorphy3.MorphAnalyzer):
        self.analyzer = analyzer
        self.parse = lru_cache(maxsize=None)(lambda word: tuple(_parse_any(analyzer, word)))  # bound_caches bounds it

    def __getattr__(self, name):
        return getattr(self.analyzer, name)


def _parse_any(analyzer: pymorphy3.MorphAnalyzer, word: str) -> list:
    """analyzer.parse(word), also for a word holding a letter Unicode gives no name to ('𗀀Министерства',
    a Tangut ideograph): pymorphy3's Latin test asks unicodedata.name and raises ValueError on it.
    Such letters are left out of the word parsed (a fuzz test found one; no report writes them)."""
    try:
        return analyzer.parse(word)
    except ValueError:
        named = "".join(ch for ch in word if not ch.isalpha() or unicodedata.name(ch, None) is not None)
        return analyzer.parse(named or "?")


@lru_cache(maxsize=1)
def morph() -> CachedMorph:
    return CachedMorph(pymorphy3.MorphAnalyzer())


_WORD_CACHES: list = []
WORD_CACHE_LIMIT = 200_000  # entries a word cache may hold before bound_caches empties it
TEXT_CACHE_LIMIT = 20_000


def word_cache(function):
    """A cache for a pure function of one word ('Витебской' → its lemmas, its region, its
    country): a report repeats its words, so each is analysed once. Registered, so that
    clear_word_caches() can make every such cache cold at once (benchmarks measure cold).

    Unbounded between reports (bound_caches keeps it under WORD_CACHE_LIMIT at each report): an
    LRU bound keeps a linked-list node per entry, which the garbage collector walks again and
    again, and moves it on every hit."""
    cached = lru_cache(maxsize=None)(function)
    _WORD_CACHES.append(cached)
    return cached


class _Info:
    def __init__(self, size: int):
        self.currsize = size


class KeyedCache(dict):
    """A dictionary a parser fills itself, for a result keyed by more than one word but by less than
    a cell (the few words of one organisation's name, as the report writes it again and again):
    registered with the word caches, so clear_word_caches() and bound_caches() treat it as one."""

    def cache_clear(self) -> None:
        self.clear()

    def cache_info(self) -> _Info:
        return _Info(len(self))


def keyed_cache() -> KeyedCache:
    cache = KeyedCache()
    _WORD_CACHES.append(cache)
    return cache


_TEXT_CACHES: list = []


def text_cache(function):
    """A cache for a pure function of one cell's text that several field parsers ask for (its
    words, its settlements): cleared by clear_text_caches(), kept under TEXT_CACHE_LIMIT by
    bound_caches()."""
    cached = lru_cache(maxsize=None)(function)
    _TEXT_CACHES.append(cached)
    return cached


def bound_caches(word_limit: int = WORD_CACHE_LIMIT, text_limit: int = TEXT_CACHE_LIMIT) -> None:
    """Empty every word or text cache that has grown past its limit (what an LRU bound did,
    checked once a report instead of on every call): a long-running process never holds more
    than the limit plus one report's words. build_report calls it before each report."""
    for caches, limit in ((_WORD_CACHES, word_limit), (_TEXT_CACHES, text_limit)):
        for cached in caches:
            if cached.cache_info().currsize > limit:
                cached.cache_clear()
    if morph.cache_info().currsize and morph().parse.cache_info().currsize > word_limit:
        morph().parse.cache_clear()


def clear_word_caches() -> None:
    """Forget every word analysed so far, and the analyser's own parse cache."""
    for cached in _WORD_CACHES:
        cached.cache_clear()
    morph.cache_clear()


def parse(word: str) -> tuple:
    """Every pymorphy3 parse of one word, most likely first (cached): parse('области')[0].tag."""
    return morph().parse(word)


def fold(text: str) -> str:
    """Lower-case and fold ё→е so 'Могилёвская' and 'Могилевская' meet."""
    return text.lower().replace("ё", "е")


# Latin letters that look Cyrillic, typed by a clerk switching layouts mid-word ('Pоссия').
_LOOKALIKES = str.maketrans("AaBCcEeHKMOoPpTXxyY", "АаВСсЕеНКМОоРрТХхуУ")
# What _cyrillic_lookalikes replaces, as one pattern (the reference the tests compare it with).
_LATIN_IN_CYRILLIC = re.compile(r"(?<=[А-Яа-яЁё])[A-Za-z]+|[A-Za-z]+(?=[А-Яа-яЁё])")
_LATIN_RUN = re.compile(r"[A-Za-z]+")
_DASH_FORMS = {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "–", "\u2014": "—",
               "\u2015": "—", "\u2212": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " "}
# The characters a replacement changes: en and em dashes stay what they are, so they are not looked for.
_DASH = re.compile("[" + "".join(c for c, form in _DASH_FORMS.items() if c != form) + "]")
# _DASH and invisibles: soft hyphen, zero-width characters, and the marks of writing direction (LRM, RLM, ALM,
# embeddings, overrides, isolates) that a text copied from a web page or a mail carries ('в \u200fIV квартале')
_SPECIAL = re.compile("[\u00ad\u200b-\u200f\u061c\u202a-\u202e\u2060\u2066-\u2069\ufeff"
                      "\u2010-\u2012\u2015\u2212\u00a0\u202f\u2009]")
_SPECIAL_OR_LATIN = re.compile(_SPECIAL.pattern[:-1] + "A-Za-z]")
_DASH_CHANGES = frozenset(c for c, form in _DASH_FORMS.items() if c != form)  # what _DASH finds


def _replace_each(text: str, found: re.Pattern, replacements: dict[str, str]) -> str:
    """text.translate(replacements) for the few characters `found` finds, by str.replace: a
    translate walks a dictionary per character, and a 1,000-character cell takes ~50 µs that way.
    No replacement yields a character that another one replaces, so the order does not matter."""
    for char in set(found.findall(text)):
        text = text.replace(char, replacements[char])
    return text


def _is_cyrillic_letter(char: str) -> bool:
    return "А" <= char <= "я" or char == "ё" or char == "Ё"


def _cyrillic_lookalikes(text: str) -> str:
    """_LATIN_IN_CYRILLIC.sub(translate): every whole run of Latin letters that touches a Cyrillic
    letter on either side, made Cyrillic where a look-alike exists ('Pоссия' → 'Россия'; 'XIX век'
    stays). The runs are found first and their neighbours looked at: a lookbehind tried at every
    position of a long cell cost more than the rest of the cell's reading."""
    pieces: list[str] | None = None
    last = 0
    for match in _LATIN_RUN.finditer(text):
        start, end = match.span()
        if (start and _is_cyrillic_letter(text[start - 1])) or (end < len(text) and _is_cyrillic_letter(text[end])):
            if pieces is None:
                pieces = []
            pieces.append(text[last:start])
            pieces.append(match.group(0).translate(_LOOKALIKES))
            last = end
    if pieces is None:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def fold_lookalikes(text: str) -> str:
    """'Договорённость', 'Pоссия' (Latin P), '3‒5' → 'Договоренность', 'Россия', '3-5'.

    For matching only, and the same length as the input so match positions index the raw
    text, which is kept verbatim: ё→е, Latin look-alikes inside Cyrillic words → Cyrillic,
    NBSP and thin spaces → space, hyphen and minus forms → '-'."""
    text = text.replace("ё", "е").replace("Ё", "Е")
    found = set(_SPECIAL_OR_LATIN.findall(text))  # one scan: the forms to replace and any Latin letter
    if not found:  # no dash form, no space form, no Latin letter: done
        return text
    latin = False
    for char in found:
        if char.isascii():
            latin = True
        elif char in _DASH_CHANGES:
            text = text.replace(char, _DASH_FORMS[char])
    return _cyrillic_lookalikes(text) if latin else text  # without a Latin letter it changes nothing


_INVISIBLE_FORMS = "\u00ad\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
_SPECIAL_FORMS = {**dict.fromkeys(_INVISIBLE_FORMS, ""), **_DASH_FORMS}
_INVISIBLE = re.compile(f"[{_INVISIBLE_FORMS}]")
# A number typed with a letter that looks like a digit: Latin or Cyrillic «O»/«о» for zero, Latin «l»/«I» for one
# ('2O24 года', 'l7 октября', '1O.'): a whole run of digits and such letters, with at least one digit, standing
# alone (no letter or digit either side) — 'ООО', 'IV', 'Il-76' are no numbers.
_DIGITISH = re.compile(r"(?<![^\W\d_])(?=[OoОоlI]*\d)[\dOoОоlI]*[OoОоlI][\dOoОоlI]*(?![^\W\d_])")
_DIGIT_FORMS = str.maketrans("OoОоlI", "000011")
_NEXT_TO_A_DIGIT = re.compile(r"\d[OoОоlI]|[OoОоlI]\d")


def digit_lookalikes(text: str) -> str:
    """'2O24 года' → '2024 года', 'l7 октября' → '17 октября', '1O.' → '10.'; 'ООО «Лайт»', 'IV квартал' stay.
    For the parsers of numbers (dates, a title's year, an event's number); the raw text is kept."""
    if _NEXT_TO_A_DIGIT.search(text) is None:  # most cells: no such letter touches a digit (one scan in C)
        return text
    return _DIGITISH.sub(lambda m: m.group(0).translate(_DIGIT_FORMS), text)


def without_format_marks(text: str) -> str:
    """The text without soft hyphens, zero-width characters and direction marks ('1\u00ad0.' → '10.')."""
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def matching_form(text: str, *, capitals_read: bool = True) -> str:
    """The text every field parser reads (the raw cell is kept verbatim beside it): soft hyphens
    and zero-width characters dropped, Latin look-alikes inside Cyrillic words made Cyrillic,
    NBSP and every dash form unified, quotes of every typing made «» (unified_quotes), runs of
    spaces made one (single_spaced), «он-лайн» and «online» spelt «онлайн», and a cell typed in capitals read
    in small letters (_as_in_small_letters; capitals_read=False keeps it, for a text quoted back as written).
    ё stays (names keep it); matchers fold it themselves.
    'Pеспублика Бела\u00adрусь,\u00a015‒17 мая' → 'Республика Беларусь, 15-17 мая'."""
    found = set(_SPECIAL_OR_LATIN.findall(text))  # one scan: the forms to replace and any Latin letter
    if found:  # most cells: nothing to replace
        latin = False
        for char in found:  # what _replace_each(text, _SPECIAL, _SPECIAL_FORMS) replaces, in any order
            if char.isascii():
                latin = True
            else:
                text = text.replace(char, _SPECIAL_FORMS[char])
        if latin:  # without a Latin letter it changes nothing
            text = _cyrillic_lookalikes(text)
    if "лайн" in text:  # «он-лайн», «он лайн» are «онлайн» to every pattern of a format
        text = _ONLINE_SPELLING.sub(r"\1нлайн", text)
    if "line" in text or "LINE" in text or "Line" in text:  # «в формате online», «1000 – on-line»
        text = _LATIN_FORMAT.sub(_format_in_cyrillic, text)
    if capitals_read and text.isupper() and _CAPITALS_RUN.search(text):  # «ВИЗИТ ДЕЛЕГАЦИИ ИЗ ГРОДНО»
        text = _CAPITALS_WORD.sub(_as_in_small_letters, text)
    return single_spaced(unified_quotes(text))


# A cell typed in capitals («ВИЗИТ ДЕЛЕГАЦИИ ИЗ Г. ГРОДНО») is read with its words of four letters or more
# capitalised only, its prepositions and conjunctions and the marks of a place («г.», «ст.», «пгт») in small letters («Визит
# Делегации из г. Гродно»), the same length: a word in capitals is otherwise an acronym to the parsers
# («ГРОДНО» no city, «ХАРБИН» none), while a capital is what a name needs. Other words of up to three
# letters stay as typed: «КНР», «РБ», «ООО» are acronyms more often than not, and «А.В.» initials.
_CAPITALS_RUN = re.compile(r"[А-ЯЁ]{4}")
_CAPITALS_WORD = re.compile(r"(?<![А-ЯЁа-яё])[А-ЯЁ]+(?![А-ЯЁа-яё])")
# «во», «со» stay: «ФГБОУ ВО» (higher education) is a legal form's part as often as a preposition
_SMALL_WORDS = frozenset("в к о об от с у на по из за до для при и или над под про без через".split())
# Abbreviations of two letters with dots, never initials: «В Т.Ч. ИНОСТРАННЫХ» is «в т.ч. Иностранных»
_DOTTED_ABBREVIATIONS = frozenset("т.ч т.е т.г т.к т.п т.д т.о и.о н.в с.г".split())
_DOTTED_PAIR = re.compile(r"(?<![А-ЯЁа-яё])([А-ЯЁ])\.\s?([А-ЯЁ])\.")
_PLACE_KINDS = frozenset("район область край округ город село деревня поселок посёлок станица хутор улица проспект "
                         "площадь".split())
_PLACE_MARKS = frozenset("г с п д х ст пгт пос рп ул пр р оз обл".split())  # «г.», «ст.», «х.», «пгт»


_WORD_AFTER = re.compile(r"\s*([А-ЯЁ]{2,})")
_INITIAL_BEFORE = re.compile(r"[А-ЯЁ]\.\s?$")
_INITIAL_AFTER = re.compile(r"\.\s?[А-ЯЁ]\.")  # «С.Г. ИВАНОВ»: initials, not a village's «с.»  # «Т.Г. ШАХОВА»: the «Г» is her initial, not a city's «г.»


def _names_a_person_after(text: str, at: int) -> bool:
    """The word after two dotted letters is a surname or no word the dictionary knows: they are initials."""
    after = _WORD_AFTER.match(text, at)
    if after is None:
        return False
    word = after.group(1).lower()
    parses = morph().parse(word)
    return not morph().word_is_known(word) or any("Surn" in p.tag or "Name" in p.tag for p in parses[:1])


def _as_in_small_letters(match: re.Match) -> str:
    word = match.group()
    if len(word) >= 4:
        # a kind of place is a common noun («ГУНИБСКИЙ РАЙОН», «ГОРОД МИНСК»); a word of up to six letters no
        # dictionary knows is an acronym («ОГБУК», «СОГАУ»); any other long word may be a name
        lowered = word.lower()
        if lemma(lowered) in _PLACE_KINDS:
            return lowered
        text, start, end = match.string, match.start(), match.end()
        joined = (start > 1 and text[start - 1] in "-–—" and text[start - 2].isalpha()) \
            or (end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha())
        if len(word) <= 6 and not joined and not morph().word_is_known(lowered):
            return word  # «ОГБУК», «БЕЛАЗ»; but «БЛАГОВЕЩЕНСК–ХЭЙХЭ», «ПЕТРОВ-ВОДКИН», «УСТЬ-ДОНЕЦКИЙ»: names joined
        return word.capitalize()
    lowered = word.lower()
    if lowered in _SMALL_WORDS and not match.string.startswith(".", match.end()):
        return lowered
    if len(word) == 1 and match.string.startswith(".", match.end()):
        for at in (match.start(), match.start() - 2, match.start() - 3):
            pair = _DOTTED_PAIR.match(match.string, at) if at >= 0 else None
            if pair and match.start() in (pair.start(1), pair.start(2)) \
                    and f"{pair.group(1)}.{pair.group(2)}".lower() in _DOTTED_ABBREVIATIONS \
                    and not _names_a_person_after(match.string, pair.end()):
                return lowered  # «Т.Ч.», «И.О. МИНИСТРА»; «Т.Е. ПЕТРОВ» is initials
    if lowered in _PLACE_MARKS and (match.string.startswith(".", match.end()) or lowered == "пгт") \
            and not _INITIAL_BEFORE.search(match.string, max(0, match.start() - 3), match.start()) \
            and not _INITIAL_AFTER.match(match.string, match.end()):
        return lowered  # «Г. МИНСК», «СТ. РАЗДОРСКАЯ», «ПГТ КАМЕНОЛОМНИ»
    return word


_ONLINE_SPELLING = re.compile(r"(?<![^\W\d_])([оО])н[- ]лайн")
# A format written in Latin letters among Russian words: «online» is «онлайн», «offline» «офлайн» — when
# the nearest word either side is Russian and neither is Latin: in a Latin phrase it is a name's word or
# English ('Online Academy', 'Smolensk Online', "WHEN 'online'").
_LATIN_FORMAT = re.compile(r"(?<![A-Za-z])(on|off)[- ]?line(?![A-Za-z])", re.IGNORECASE)
_LETTER_BEFORE = re.compile(r"([^\W\d_])[\W\d_]*$")
_LETTER_AFTER = re.compile(r"[\W\d_]*([^\W\d_])")


def _format_in_cyrillic(match: re.Match) -> str:
    said, text = match.group(0), match.string
    before = _LETTER_BEFORE.search(text, max(0, match.start() - 30), match.start())
    after = _LETTER_AFTER.match(text, match.end(), match.end() + 30)
    sides = [m.group(1) for m in (before, after) if m is not None]
    if not any(_is_cyrillic_letter(letter) for letter in sides) or any(letter.isascii() for letter in sides):
        return said
    word = "онлайн" if match.group(1).lower() == "on" else "офлайн"
    return word.upper() if said.isupper() and len(said) > 1 else word.capitalize() if said[0].isupper() else word


# Typed quotes other than «»: straight "…", English “…”, German and Belarusian „…“ (or „…”).
_OTHER_QUOTES = re.compile('["“”„]')


def unified_quotes(text: str) -> str:
    """Every pair of quotes as «»: the parsers know a name by its «» (an organisation's «…», «имени
    А.С. Грибоедова» inside a theatre's name is no official met, a colon inside quotes is no label),
    and a clerk's Word may type "…", “…” or „…“. '"Театр "Мастерская""' → '«Театр «Мастерская»»',
    '„Беларуськалий“' → '«Беларуськалий»'. Straight quotes open at the start of a name (nothing open
    yet, or after a space or bracket, before a letter) and close otherwise. A name's lost closing quote
    stays lost, as it does in «…«…» (the parsers allow for it); a quote that closes nothing (an inch
    mark «17"») leaves the cell's quotes as typed."""
    if _OTHER_QUOTES.search(text) is None:  # most cells
        return text
    pieces: list[str] = []
    depth, last = 0, 0
    german = "„" in text
    for match in _ANY_QUOTE.finditer(text):  # the quotes only, not every character
        char, i = match.group(0), match.start()
        if char == "«" or char == "„" or (char == "“" and not german):
            depth += 1
            shown = "«"
        elif char == "»" or char == "”" or char == "“":
            depth -= 1
            shown = "»"
        else:  # '"'
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            opens = (after.isalnum() or after in "«\"(") and (depth == 0 or before.isspace() or before in "(«[/")
            depth += 1 if opens else -1
            shown = "«" if opens else "»"
        if depth < 0:
            return text
        pieces.append(text[last:i])
        pieces.append(shown)
        last = i + 1
    pieces.append(text[last:])
    return "".join(pieces)


_ANY_QUOTE = re.compile('[«»"“”„]')


_LINE_END_SPACES = re.compile(r" +(?=\n)")
_SPACE_RUN = re.compile(r" {2,}")


def single_spaced(text: str) -> str:
    """Runs of spaces made one, and the spaces at a line's end dropped: Word cells keep a clerk's
    double spaces («провел  презентацию», «1  500 человек», «подписано  соглашение»), which no
    pattern of one space would otherwise read. Line breaks stay (they end a list item)."""
    if " \n" in text:
        text = _LINE_END_SPACES.sub("", text)
    return _SPACE_RUN.sub(" ", text) if "  " in text else text


# Outside Latin-1, basic Cyrillic and general punctuation: characters that re's IGNORECASE may
# equate with a Latin or Cyrillic letter although str.lower() does not ('ᲃ' ~ 'с', 'ſ' ~ 's', 'İ').
_UNUSUAL = re.compile("[^\x00-\u00ff\u0400-\u045f\u2000-\u206f\u2116]")


@text_cache  # the geo, attendance and classify parsers ask about the same cells
def caseless_text(text: str) -> str | None:
    """text.lower() when an IGNORECASE pattern written in lower case finds exactly the same spans
    in it without the flag (two to four times faster): every character is Latin-1, basic
    Cyrillic or punctuation, so lower() keeps every position and re sees no other case pairs.
    None for any other text: 'Около 40 человек' → 'около 40 человек'; 'ᲃорок' → None."""
    return None if _UNUSUAL.search(text) else text.lower()


@lru_cache(maxsize=256)
def case_sensitive(pattern: re.Pattern) -> re.Pattern:
    """The IGNORECASE `pattern` for lower-cased text: the flag dropped and every letter outside
    an escape or a group name lower-cased ('XIX\\s+век' → 'xix\\s+век'; '\\S', '(?P<Noun>' stay)."""
    parts = re.split(r"(\\.|\(\?P<\w+>|\(\?P=\w+\))", pattern.pattern)
    lowered = "".join(part if part.startswith(("\\", "(?P")) else part.lower() for part in parts)
    return re.compile(lowered, pattern.flags & ~re.IGNORECASE)


def search_caseless(pattern: re.Pattern, text: str) -> re.Match | None:
    """pattern.search(text) for an IGNORECASE pattern, two to four times faster on plain text
    (caseless_text): the match has the same span, but its groups read the lower-cased text."""
    lowered = caseless_text(text)
    return pattern.search(text) if lowered is None else case_sensitive(pattern).search(lowered)


def search_slice(pattern: re.Pattern, text: str, lowered: str | None, start: int, end: int) -> re.Match | None:
    """search_caseless(pattern, text[start:end]) for a parser that reads many slices of one cell:
    `lowered` is caseless_text(text), computed once, and its slice is what the fast path reads
    (a slice of plain text is plain, and lower() keeps every position)."""
    if lowered is None:
        return pattern.search(text[start:end])
    return case_sensitive(pattern).search(lowered[start:end])


def finditer_caseless(pattern: re.Pattern, text: str, lowered: str | None):
    """pattern.finditer(text) for an IGNORECASE pattern, through the lower-cased text when
    `lowered` (caseless_text(text)) is not None: the same spans, groups read the lowered text."""
    if lowered is None:
        return pattern.finditer(text)
    return case_sensitive(pattern).finditer(lowered)


def may_match(text: str, stems: re.Pattern) -> bool:
    """False when a case-insensitive pattern cannot match `text` because none of the lower-case
    `stems` (one of which each of its matches contains) is in it: a cheap test before a slow
    IGNORECASE scan. Text with unusual characters always answers True, so nothing is missed:
    may_match('Подписано соглашение', re.compile('подпис|заключ')) → True."""
    lowered = caseless_text(text)
    return lowered is None or stems.search(lowered) is not None


_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


@word_cache
def lemma(word: str) -> str:
    """Most likely normal form: 'Белоруссии' → 'белоруссия'."""
    if not _CYRILLIC.search(word):
        return fold(word)
    return fold(morph().parse(word)[0].normal_form)


@word_cache
def lemma_set(word: str) -> frozenset[str]:
    """Every normal form pymorphy3 offers, for matching where the top guess is unreliable."""
    if not _CYRILLIC.search(word):
        return frozenset({fold(word)})
    return frozenset(fold(p.normal_form) for p in morph().parse(word))


# pymorphy3 puts these before a form's stem (побелее, наибелейший) and leaves them out of its lemma.
_PARADIGM_PREFIXES = ("по", "наи")


def lemma_starts(keys) -> frozenset[str]:
    """The folded beginnings (three letters, fewer for a shorter key) that a word must have for
    one of its lemmas, or the word itself folded, to be one of `keys`: each key's own and those of
    every form in the key's lexemes. A lemma keeps the stem the word began with (after a paradigm
    prefix), so a word whose beginning is not here needs no lemmas at all."""
    starts = set()
    for key in keys:
        if not key:
            continue  # no word folds or lemmatises to the empty string
        starts.add(key[:3])
        for parse in morph().parse(key):
            if fold(parse.normal_form) == key:
                starts.update(fold(form.word)[:3] for form in parse.lexeme)
    return frozenset(starts)


def may_lemmatise_into(word: str, starts: frozenset[str]) -> bool:
    """False when no lemma of `word` nor the word folded can be a key whose lemma_starts are
    `starts`, so its lemmas need not be looked at: with the starts of ['белорусский'],
    'проведена' → False, 'Белорусских' → True. Words under three letters always True."""
    folded = fold(word)
    if len(folded) < 3:
        return True
    if folded[:3] in starts or folded[:2] in starts or folded[:1] in starts:
        return True
    for prefix in _PARADIGM_PREFIXES:  # every distinct word of a report asks, several times: no list, no generator
        if folded.startswith(prefix):
            piece = folded[len(prefix):]
            if piece[:3] in starts or piece[:2] in starts or piece[:1] in starts:
                return True
    return False


def _may_lemmatise_into_by_pieces(word: str, starts: frozenset[str]) -> bool:
    """may_lemmatise_into as first written, over a list of the word and its unprefixed pieces (for the tests)."""
    folded = fold(word)
    if len(folded) < 3:
        return True
    pieces = [folded] + [folded[len(prefix):] for prefix in _PARADIGM_PREFIXES if folded.startswith(prefix)]
    return any(piece[:3] in starts or piece[:2] in starts or piece[:1] in starts for piece in pieces)


@text_cache
def tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    """Words with their spans; hyphenated words stay whole ('белорусско-российский').

    Cached by text: the geo, attendance and officials parsers each walk the same cells. The spans
    come from the cached words() by str.find from the end of the word before: between two words
    there is no letter, so the first find is the word itself (two and a half times cheaper than
    a match object per word)."""
    out = []
    position = 0
    find = text.find
    for word in words(text):
        position = find(word, position)
        end = position + len(word)
        out.append((word, position, end))
        position = end
    return tuple(out)


@text_cache
def words(text: str) -> tuple[str, ...]:
    """The words of tokens(text) without their spans, three times cheaper to find: for a parser
    that first asks whether any word matters ('Витебской области' → ('Витебской', 'области'))."""
    return tuple(_WORD.findall(text))


def clear_text_caches() -> None:
    """Forget what is cached by whole text (tokens, words, settlements), not by word: a benchmark
    calls this between reports, since real reports do not repeat each other's cells."""
    for cached in _TEXT_CACHES:
        cached.cache_clear()


@word_cache
def _word_lemmas(word: str) -> tuple[str, ...]:
    """lemma(word), then the lemma of each part of a hyphenated word."""
    if "-" not in word:
        return (lemma(word),)
    return (lemma(word),) + tuple(lemma(part) for part in word.split("-") if part)


def lemmatize(text: str) -> list[str]:
    """Lemmas of every word, hyphenated parts included: 'Онлайн-встреча' → онлайн-встреча, онлайн, встреча."""
    return list(_lemmas_of_text(text))


@text_cache  # the sector heading of every event, the title for its type and for the search column
def _lemmas_of_text(text: str) -> tuple[str, ...]:
    found = words(text)
    if "-" not in text:
        return tuple(map(lemma, found))
    return tuple(chain.from_iterable(map(_word_lemmas, found)))


lemmas_of_text = _lemmas_of_text  # lemmatize(text) as the remembered tuple itself, for callers that only read it
