"""Pure: the organisations named in an event's cells, each with its country, kind, side and role.

Two general rules find them, and neither knows any particular organisation:
- a legal form before a quoted name: «ООО «Корпорация инвестиционного развития Смоленской
  области»», «Республиканским унитарным предприятием «Центр цифрового развития»» (the form is
  kept apart: ООО, РУП);
- an organisation noun with its agreeing adjectives and its genitive tail: «Витебского областного
  исполнительного комитета», «Министерства труда и занятости населения Смоленской области»,
  «Посольства Республики Беларусь в Российской Федерации», «театра драмы имени Михаила
  Лермонтова». A bare noun («в министерстве»), a plural («белорусских предприятий») or a phrase
  with no proper word in it («областного исполнительного комитета») names nobody and is skipped.
The head noun and its adjectives are put in the nominative; the tail stays as written. Mentions of
one organisation merge by `alias_key`: lemmas of the name with the usual contractions expanded
(«облисполком» = «областной исполнительный комитет»), so case, quotes and ё do not split them.
Reference data: etl/reference/legal_forms.csv, organisation_heads.csv, organisation_kind_words.csv,
organisation_aliases.csv (abbreviations such as ЕАЭС, МИД России).
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from .config import REFERENCE_DIR
from .geo import country_mentions, foreign_regions, parse_venue, region_countries
from .title import region_genitive
from .lemmas import (caseless_text, fold, fold_lookalikes, keyed_cache, lemma, lemma_starts, may_lemmatise_into,
                     may_match, parse, search_slice, text_cache, word_cache)
from .lemmas import WORD as _WORD_PATTERN
from .lemmas import tokens as word_tokens
from .lemmas import words as cell_words

KINDS = ("executive", "legislature", "education", "culture", "enterprise", "association", "diplomatic",
         "international", "other")
ROLES = ("counterpart", "host", "participant")  # the strongest first: one role per event
SIDES = ("home", "foreign", "domestic")


@dataclass(frozen=True)
class OrgMention:
    name: str               # «Витебский областной исполнительный комитет»
    legal_form: str | None  # «ОАО»
    country: str | None     # ISO alpha-2
    kind: str
    side: str               # home (the reporting region's own) | foreign | domestic (elsewhere in Russia, or unknown)
    role: str               # counterpart | host | participant
    surface: str            # as written: «Витебского облисполкома»
    key: str                # alias_key(name): what merges mentions
    abbreviation: str | None = None  # what the report abbreviates it to: «… (СЭЗ)»
    units: tuple[str, ...] = ()  # its working units named with it: «Кафедра истории» of a university

    def contract(self) -> dict:
        return {"name": self.name, "country": self.country, "kind": self.kind, "role": self.role}


_MENTION_FIELDS = tuple(f.name for f in fields(OrgMention))


# A run of words typed in capitals inside a body's name, outside its quotes: «ТВЕРСКОЙ АКАДЕМИЧЕСКИЙ ТЕАТР ДРАМЫ»,
# «ТОМСКИЙ государственный университет»
_SHOUTED_RUN = re.compile(r"(?<![А-Яа-яЁё-])[А-ЯЁ]{2,}(?:-[А-ЯЁ]+)*(?:\s+[А-ЯЁ]{2,}(?:-[А-ЯЁ]+)*)*(?![А-Яа-яЁё-])")
_NO_WORD_TAGS = frozenset({"Abbr", "Fixd", "Orgn"})  # ЮНЕСКО, НАТО, ГАЗПРОМ: letters or a brand, kept as typed


@text_cache
def name_in_case(name: str) -> str:
    """A body's name with the words a clerk typed in capitals in normal case, as the same body is written in small
    letters elsewhere: «ТВЕРСКОЙ АКАДЕМИЧЕСКИЙ ТЕАТР ДРАМЫ» → «Тверской академический театр драмы», «ТОМСКИЙ
    государственный университет» → «Томский государственный университет», «Посольство РЕСПУБЛИКИ БЕЛАРУСЬ» →
    «Посольство Республики Беларусь» — so both spellings show as one. A word the dictionary does not know or knows
    as letters or a brand (ТГУ, ЮНЕСКО, КАМАЗ), a word of three letters or fewer standing alone, a name of one word,
    and a name in quotes («ТОМЬ»; the caller leaves a legal form's quoted name as typed) stay as typed."""
    if not _THREE_CAPITALS.search(name) or " " not in name.strip():
        return name  # one word alone in capitals («ОЛИВЕР» of «ООО «ОЛИВЕР»») is a brand's name
    from .capitals import in_case

    quoted = _quote_spans(name)
    out, last = [], 0
    for match in _SHOUTED_RUN.finditer(name):
        start, end = match.span()
        if any(a <= start < b for a, b in quoted):
            continue
        run = match.group(0).split()
        if not any(len(w) >= 4 for w in run) or not all(
                parse(w.lower())[0].is_known and not _NO_WORD_TAGS & parse(w.lower())[0].tag.grammemes
                and (len(w) >= 4 or len(run) > 1) for w in run):
            if len(run) > 1 or len(run[0]) >= 4:
                return name  # a name the dictionary cannot read whole («… ИМЕНИ ГАЛИАСГАРА КАМАЛА»): as typed
            continue
        read = in_case(match.group(0))
        first = parse(run[0].lower())[0].tag.grammemes
        if start > 0 and not {"Geox", "Name", "Surn"} & first and not _names_a_state(run[0]):
            read = read[:1].lower() + read[1:]  # mid-name: «… государственного университета»
        out.append(name[last:start] + read)
        last = end
    return "".join(out) + name[last:] if out else name


def _names_a_state(word: str) -> bool:
    """«РЕСПУБЛИКИ», «КОРОЛЕВСТВА»: the first word of a state's name, capitalised inside a name."""
    return lemma(word.lower()) in ("республика", "королевство", "федерация", "княжество", "эмират", "султанат")


def _mention(*values) -> OrgMention:
    """OrgMention(*values) without the frozen dataclass's nine object.__setattr__ calls: the same
    instance dictionary, filled at once (one per organisation named in an event, the step's last
    per-name cost; test_organisations_fast_paths compares them)."""
    mention = object.__new__(OrgMention)
    mention.__dict__.update(zip(_MENTION_FIELDS, values))
    return mention


# ---------------------------------------------------------------- reference data

def _rows(name: str) -> list[dict[str, str]]:
    with open(REFERENCE_DIR / name, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@dataclass(frozen=True)
class LegalForm:
    form: str
    words: tuple[str, ...]  # lemmas of the long form
    kind: str
    country: str | None
    home: bool

    def __hash__(self) -> int:
        """The dataclass's hash of its fields, computed once: a form is part of the key of every
        remembered kind and place of a name (_kind_of, _place_of_name), asked once per name found."""
        try:
            return self.__dict__["_hash"]
        except KeyError:
            value = hash((self.form, self.words, self.kind, self.country, self.home))
            object.__setattr__(self, "_hash", value)
            return value


@lru_cache(maxsize=1)
def legal_forms() -> tuple[LegalForm, ...]:
    out = []
    for row in _rows("legal_forms.csv"):
        out.append(LegalForm(row["form"], tuple(lemma(w) for w in row["long_form"].split()), row["kind"],
                             row["country"] or None, row["home"] == "yes"))
    return tuple(out)


@lru_cache(maxsize=1)
def _form_by_abbreviation() -> dict[str, LegalForm]:
    out: dict[str, LegalForm] = {}
    for form in legal_forms():
        out.setdefault(form.form, form)
    return out


@lru_cache(maxsize=1)
def _abbreviation_pattern() -> re.Pattern:
    """Any legal form, longest first, as a whole word, optionally followed by one more capitalised
    abbreviation ('ООО ПКФ «Канпласт»') before the quote."""
    forms = sorted(_form_by_abbreviation(), key=len, reverse=True)
    alternatives = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + "|" + _INSTITUTION_FORM
    return re.compile(rf"(?<![А-ЯЁA-Zа-яё])(?P<form>{alternatives})(?:\s+(?P<extra>[А-ЯЁ]{{2,5}}))?\s*(?=[«\"“„])")


# Every legal form ends with a capital letter, and so does the abbreviation that may follow it: a
# cell with no capital right before a quote has no legal form before a quoted name (one cheap scan
# instead of trying the forms at every position; test_etl_fast_paths).
_CAPITAL_BEFORE_QUOTE = re.compile(r"[А-ЯЁ]\s*[«\"“„]")
_INSTITUTION_FORM = r"(?=[А-ЯЁ]{3})[ФОКМГС]{0,3}[БАК]?[ПДН]?(?:ОУ|У)(?:К|З|ДО|СО|СОН)?"
# What a legal form with its extra abbreviation and spaces is made of: a stretch of text before a
# quote with any other character cannot hold the start of a match further back.
_FORM_REACH = 40
_OUTSIDE_FORM = re.compile(r"[^\sА-ЯЁс]")


def _legal_form_matches(text: str) -> list[re.Match]:
    """_abbreviation_pattern().finditer(text), searched only just before each quote that a capital
    precedes (_CAPITAL_BEFORE_QUOTE): a match ends right before an opening quote, after a capital,
    and starts at most _FORM_REACH characters before it unless everything between is made of the
    forms' own letters and spaces (then the search starts where the last match ended). The pattern
    opens with a look-behind, so re cannot skip ahead by itself and tries it at every character of
    the cell (test_etl_fast_paths_org compares the two).

    'Делегация ОАО «МАЗ» и ООО ПКФ «Канпласт»' → the matches «ОАО » and «ООО ПКФ »."""
    pattern = _abbreviation_pattern()
    out: list[re.Match] = []
    resume = 0
    for capital in _CAPITAL_BEFORE_QUOTE.finditer(text):
        quote = capital.end() - 1
        if quote < resume:
            continue
        start = quote - _FORM_REACH
        if start <= resume or not _OUTSIDE_FORM.search(text, start, quote):
            start = resume
        match = pattern.search(text, start, quote + 1)
        if match is not None:
            out.append(match)
            resume = match.end()
    return out


@lru_cache(maxsize=1024)
def _unlisted_form(form: str) -> LegalForm:
    """An institution's form missing from the table, read from its letters: ОБУК = областное
    бюджетное учреждение культуры (К culture, ОУ education), О/К/М first = the region's own.
    Made once per form (a frozen dataclass is slow to build, and the same object keeps its hash
    for the kind and place remembered by form)."""
    kind = "culture" if form.endswith("УК") else "education" if "ОУ" in form or form.endswith("ДО") else "other"
    return LegalForm(form, (), kind, "RU", form[:1] in "ОКМ" or form[1:2] == "О")


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[str, bool]]:
    return {row["head"]: (row["kind"], row["descriptor"] == "yes") for row in _rows("organisation_heads.csv")}


@lru_cache(maxsize=1)
def _kind_words() -> dict[str, str]:
    return {row["word"]: row["kind"] for row in _rows("organisation_kind_words.csv")}


@lru_cache(maxsize=1)
def _reference_aliases() -> dict[str, tuple[str, str | None, str]]:
    """alias_key → (canonical name, country, kind) from organisation_aliases.csv."""
    return {alias_key(row["alias"]): (row["name"], row["country"] or None, row["kind"])
            for row in _rows("organisation_aliases.csv")}


# ---------------------------------------------------------------- contracted names

_CONTRACTED_EXECUTIVE = re.compile(r"([а-я]{3,}?)(обл|гор|рай)исполком(?:а|у|ом|е|ы|ов|ам|ами|ах)?")
_LEVELS = {"обл": "областной", "гор": "городской", "рай": "районный"}
_NOUN_ENDINGS = ("а", "у", "ом", "е")


@lru_cache(maxsize=1)
def _ministry_contractions() -> dict[str, str]:
    """'минздрав' → 'Министерство здравоохранения' (etl/reference/ministry_contractions.csv)."""
    return {row["contraction"]: row["name"] for row in _rows("ministry_contractions.csv")}


@word_cache
def contraction(word: str) -> str | None:
    """The full name a contracted word stands for, in the nominative; None for any other word.

    Soviet-style contractions name a body in one capitalised word: an executive committee by a
    stem of its place and its level ('Гомоблисполкома' → 'Гомельский областной исполнительный
    комитет', 'Оршрайисполком' → 'Оршанский районный исполнительный комитет', 'Гомельгорисполком'
    → 'Гомельский городской …'; the stem is a Belarusian region's or town's beginning, as only
    Belarus names its executives so), a ministry by 'Мин' and its field ('Минздрава' → 'Министерство
    здравоохранения', 'Минкультуры', 'МИД'). Latin look-alike letters typed inside count as
    Cyrillic ('Минoблисполком'). Two cheap tests keep every other word out: a capital first, then
    'исполком' inside or a listed contraction's beginning."""
    if not word[:1].isupper() or len(word) < 3 or not (
            "исполком" in word or word.startswith(("Мин", "МИН")) or (len(word) <= 4 and word.isupper())):
        return None
    folded = fold(fold_lookalikes(word) if _LATIN_LETTER.search(word) else word)
    if "исполком" in folded:
        match = _CONTRACTED_EXECUTIVE.fullmatch(folded)
        if match is None:
            return None
        stem, level = match.groups()
        adjective = _executive_adjective(stem, level)
        if adjective is None:
            return f"{stem.capitalize()}{level}исполком"  # 'Ивьегорисполком': a place the gazetteer lacks
        return f"{adjective.capitalize()} {_LEVELS[level]} исполнительный комитет"
    table = _ministry_contractions()
    if not folded.startswith("мин"):
        return table.get(folded) if word.isupper() else None  # МИД, МЧС, МВД: only in capitals
    name = table.get(folded)
    if name is None:
        for ending in _NOUN_ENDINGS:
            if folded.endswith(ending) and folded[:-len(ending)] in table:
                return table[folded[:-len(ending)]]
    return name


_LATIN_LETTER = re.compile("[A-Za-z]")


@lru_cache(maxsize=1)
def _belarusian_places() -> tuple[tuple[tuple[str, str, str], ...], tuple[tuple[str, str], ...]]:
    """(regions as (folded adjective, folded centre, adjective), towns as (folded name, name)): the
    places a Belarusian contraction's stem may begin. Towns listed by hand come first (foreign_cities.csv
    in its order, then neighbour_towns.csv), then the world gazetteer's by population."""
    regions = tuple((fold(row["adjective"]), fold(row["centre"]), row["adjective"])
                    for row in _rows("foreign_regions.csv") if row["country"] == "BY")
    towns: dict[str, str] = {}
    for row in _rows("foreign_cities.csv"):
        if row["country"] == "BY":
            towns.setdefault(fold(row["city"]), row["city"])
    for row in _rows("neighbour_towns.csv"):
        if row["country"] == "BY":
            towns.setdefault(fold(row["town"]), row["town"])
    world = sorted((row for row in _rows("world_cities.csv") if row["country"] == "BY"),
                   key=lambda row: -int(row["population"] or 0))
    for row in world:
        towns.setdefault(fold(row["city"]), row["city"])
    return regions, tuple(towns.items())


def _executive_adjective(stem: str, level: str) -> str | None:
    """'гом', обл → 'гомельский'; 'орш', рай → 'оршанский'; 'гомель', гор → 'гомельский'; 'мин', гор
    → 'минский'. A region's executive is named by the region's adjective, a town's or a district's by
    its town's; None when no Belarusian region or town begins with the stem."""
    regions, towns = _belarusian_places()
    if level == "обл":
        for adjective, centre, _ in regions:
            if adjective.startswith(stem) or (centre and stem.startswith(centre)):
                return adjective
    exact = [town for town, _ in towns if town == stem]
    begun = exact or [town for town, _ in towns if town.startswith(stem)]
    return _town_adjective(begun[0]) if begun else None


def _town_adjective(town: str) -> str:
    """A Belarusian town's adjective, the one _city_stems undoes: минск → минский, гомель →
    гомельский, мозырь → мозырский, орша → оршанский (the dictionary's word), лида → лидский, гродно
    → гродненский, жодино → жодинский, барановичи → барановичский, глубокое → глубокский, брест →
    брестский."""
    if town.endswith(("ск", "цк")):
        return town + "ий"
    if town.endswith("ль"):
        return town + "ский"
    if town.endswith("ь"):
        return town[:-1] + "ский"
    if town.endswith(("ое", "ые")):
        return town[:-2] + "ский"
    if town.endswith(("а", "я")):
        longer = town[:-1] + "анский"
        return longer if any(p.is_known and p.tag.POS == "ADJF" for p in parse(longer)) else town[:-1] + "ский"
    if town.endswith("о"):
        root = town[:-1]
        return root + ("енский" if root.endswith("н") and root[-2:-1] not in "аеиоуыэюяё" else "ский")
    if town.endswith(("и", "ы")):
        return town[:-1] + "ский"
    return town + "ский"


# ---------------------------------------------------------------- keys and names

_EXPANSIONS = (
    (re.compile(r"\bоблисполком"), "областной исполнительный комитет"),
    (re.compile(r"\bрайисполком"), "районный исполнительный комитет"),
    (re.compile(r"\bгорисполком"), "городской исполнительный комитет"),
    (re.compile(r"\bим\.\s*"), "имени "),
    (re.compile(r"(?<![а-яa-z0-9-])г\.\s*(?=[а-я])"), "города "),  # 'администрации г. Смоленска' = '… города Смоленска'
    (re.compile(r"\bрф\b"), "российской федерации"),
    (re.compile(r"\bрб\b"), "республики беларусь"),
    (re.compile(r"\bнан\b"), "национальной академии наук"),
)
_KEY_WORD = re.compile(r"[a-zа-я0-9]+")
_HYPHENED_WORD = re.compile(r"[а-я]+-[а-я]+")
# before the surname ('им. А.Т. Твардовского') or after it ('им. Твардовского А.Т.')
_INITIALS = re.compile(r"\b[А-ЯЁ]\.\s*(?:[А-ЯЁ]\.\s*)?(?=[А-ЯЁ][а-яё])|(?<=[а-яё])\s+[А-ЯЁ]\.\s*[А-ЯЁ]\.(?![А-ЯЁа-яё])")


_LEADING_FORM = re.compile(r"^\s*[А-ЯЁ]{2,6}(?:\s+[А-ЯЁ]{2,3})?\s*(?=[«\"“„])")


@lru_cache(maxsize=50_000)
def alias_key(name: str) -> str:
    """What two spellings of one organisation share: 'Витебского облисполкома' and 'Витебский
    областной исполнительный комитет' → 'витебский областной исполнительный комитет'; initials of a
    person it is named after do not count ('им. А.С. Грибоедова' = 'имени Грибоедова')."""
    text = fold(_INITIALS.sub("", _LEADING_FORM.sub("", name)))
    for pattern, expansion in _EXPANSIONS:
        text = pattern.sub(expansion, text)
    words = _KEY_WORD.findall(text)
    if "исполком" in text or _MIN_WORD.search(text):
        words = [part for word in words for part in _key_contraction(word)]
    return " ".join(_key_lemma(word) for word in words)


_MIN_WORD = re.compile(r"\bмин")


@word_cache
def _key_contraction(word: str) -> tuple[str, ...]:
    """A folded word of a name as the words it contracts: 'гомоблисполкома' → ('гомельский',
    'областной', 'исполнительный', 'комитет'), 'минздрава' → ('министерство', 'здравоохранения');
    any other word (and an abbreviation in capitals, 'мид': the reference lists its names) → itself."""
    if "исполком" not in word and not word.startswith("мин"):
        return (word,)
    full = contraction(word.capitalize())
    return tuple(_KEY_WORD.findall(fold(full))) if full else (word,)


@word_cache
def _key_lemma(word: str) -> str:
    """lemma(word), except that pymorphy3's guess 'жодинской' for a word it does not know
    ('жодинского') is 'жодинский', as the nominative the report may also write ('Жодинский'):
    '-ский' is the common ending, '-ской' one of known words ('тверской', 'городской')."""
    base = lemma(word)
    if base.endswith(("ской", "цкой")) and not parse(word)[0].is_known:
        return base[:-2] + "ий"
    if base.endswith(("ский", "цкий", "ской", "цкой")):
        parses = parse(word)
        ordered = _stressed_ending_first(parses)
        if ordered is not parses:  # 'Донского' and 'Донской' → 'донской', as their nominative
            return fold(ordered[0].normal_form)
    return base


_QUOTES = "«»\"“”„"


@lru_cache(maxsize=50_000)
def _agreeing_nominative(word: str, gender: str | None, number: str) -> str:
    """'Витебского' → 'Витебский' beside a masculine head, 'Могилевский' → 'Могилевская' never
    (the head's gender and number are given): adjectives follow their head into the nominative. A compound
    adjective's first part does not change and keeps its capital and its hyphen: 'Кабардино-Балкарском' →
    'Кабардино-Балкарский', 'Северо-Осетинского' → 'Северо-Осетинский' (the dictionary gave 'Кабардино-балкарский',
    'Североосетинский')."""
    first, hyphen, last = word.rpartition("-")
    if hyphen and first[-1:].lower() in ("о", "е") and len(last) > 2 and last[:1].isupper() == first[:1].isupper():
        return first + hyphen + _agreeing_nominative(last, gender, number)
    for parsed in _stressed_ending_first(parse(word)):
        if parsed.tag.POS in ("ADJF", "PRTF") and parsed.tag.case:
            wanted = {"nomn", number} | ({gender} if gender and number == "sing" else set())
            out = _cased(word, parsed.inflect(wanted))
            if out.endswith(("ской", "цкой")) and not parsed.is_known:
                return out[:-2] + "ий"  # 'Жодинского' → 'Жодинский' (_key_lemma)
            return out
    stem = _town_adjective_stem(word)
    if stem is not None:  # 'Слуцкого' (pymorphy3: only the surname Слуцкий) → 'Слуцкий'
        return stem + ("ие" if number == "plur" else {"femn": "ая", "neut": "ое"}.get(gender or "", "ий"))
    return word


def _stressed_ending_first(parses: tuple) -> tuple:
    """pymorphy3 holds some adjectives under two lemmas, '-ский' and '-ской' ('Донского' → 'донский'
    first, 'донской' after; 'Псковского' → 'псковский', 'псковской'); a surname of the same word
    says which one the language uses ('Донской', 'Шаховской', 'Луговской'; but 'Островский',
    'Невский'), and that lemma's parses go first. Without such a surname the order stays."""
    first = next((p for p in parses if p.tag.POS == "ADJF" and p.tag.case), None)
    if first is None or not first.normal_form.endswith(("ский", "цкий")):
        return parses
    stressed = first.normal_form[:-2] + "ой"
    if not any(p.normal_form == stressed and "Surn" in p.tag for p in parses):
        return parses
    return tuple(sorted(parses, key=lambda p: p.normal_form != stressed))


@lru_cache(maxsize=50_000)
def _head_nominative(word: str) -> tuple[str, str | None, str]:
    """The head noun in the nominative, with its gender and number: 'комитета' → ('комитет', masc, sing);
    'Доме-музее' → ('Дом-музей', masc, sing), each part on its own (pymorphy3 lemmatises 'доме-музей')."""
    if "-" in word and _heads().get(lemma(word)) is None and all(word.split("-")):
        _, gender, number = _one_head_nominative(word)  # the compound's own gender and number
        return "-".join(_one_head_nominative(part)[0] for part in word.split("-")), gender, number
    return _one_head_nominative(word)


def _one_head_nominative(word: str) -> tuple[str, str | None, str]:
    for parsed in parse(word):
        if parsed.tag.POS == "NOUN" and parsed.tag.case:
            number = str(parsed.tag.number or "sing")  # plain strings: the adjectives' cache keys
            gender = str(parsed.tag.gender) if parsed.tag.gender else None
            return _cased(word, parsed.inflect({"nomn", number})), gender, number
    return word, None, "sing"


def _cased(word: str, inflected) -> str:
    if inflected is None:
        return word
    out = inflected.word if "ё" in word.lower() else inflected.word.replace("ё", "е")
    if word.isupper() and len(word) > 1:
        return out.upper()
    if word[:1].isupper():
        return out[:1].upper() + out[1:]
    return out


_FEDERAL_ABBREVIATIONS = (
    (re.compile(r"\bМВД\b"), "Министерства внутренних дел"),
    (re.compile(r"\bМИД\b"), "Министерства иностранных дел"),
    (re.compile(r"\bМЧС\b"), "Министерства по чрезвычайным ситуациям"),
)


_THREE_CAPITALS = re.compile(r"[А-ЯЁ]{3}")


def expand_federal(name: str) -> str:
    """'Представительство МВД России в …' → 'Представительство Министерства внутренных дел России
    в …': a body's well-known abbreviation inside another's name, written out."""
    if not _THREE_CAPITALS.search(name):
        return name
    for pattern, words in _FEDERAL_ABBREVIATIONS:
        if pattern.search(name) and not name.startswith(pattern.pattern[2:-2]):
            name = pattern.sub(words, name)
    return name


_LOW_QUOTED = re.compile(r"„([^„“”]*)[“”]")


def clean_quotes(text: str) -> str:
    """Spaces collapsed, straight and curly quotes as «», a nested name's lost closing quote restored."""
    text = " ".join(text.split())
    if "„" in text:  # „…“ (German, Belarusian typing): its “ closes, where elsewhere “ opens
        text = _LOW_QUOTED.sub(r"«\1»", text)
    text = text.replace("“", "«").replace("”", "»").replace("„", "«")
    while text.count("\"") >= 2:
        text = text.replace("\"", "«", 1).replace("\"", "»", 1)
    opened = text.count("«") - text.count("»")
    return text + "»" * opened if opened > 0 else text


# ---------------------------------------------------------------- tokens and quotes

_TOKEN = re.compile(r"[A-Za-zА-Яа-яЁёІіЎў0-9]+(?:-[A-Za-zА-Яа-яЁёІіЎў0-9]+)*|[«»\"“”„]|\S")


class Token(NamedTuple):
    text: str
    start: int
    end: int
    is_word: bool


# A cell's tokens are read by index (a Token or a plain tuple of the same four): the parse builds
# plain tuples (_cell_token_tuples), one allocation each instead of two and no attribute look-up.
_TEXT, _START, _END, _IS_WORD = range(4)


_OUTSIDE_WORD_TOKENS = re.compile(r"[ІіЎў]")  # letters _TOKEN joins into words and lemmas.WORD does not


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words, quotes and every other visible character, with their spans.

    A whole cell's words were already found (and cached) by the geo parsers, so its tokens are those
    words plus the visible characters between them — the same list _TOKEN gives (test_etl_fast_paths),
    without a match object per token."""
    if start == 0 and end is None and not _OUTSIDE_WORD_TOKENS.search(text):
        return _tokens_from_words(text)
    return [Token(m.group(0), m.start(), m.end(), m.group(0)[:1].isalnum())
            for m in _TOKEN.finditer(text, start, len(text) if end is None else end)]


def _tokens_from_words(text: str) -> list[Token]:
    out: list[Token] = []
    append = out.append
    make = tuple.__new__  # Token(...) without the namedtuple's Python-level __new__
    previous = 0
    for word, start, end in word_tokens(text) + (("", len(text), len(text)),):
        if start != previous:
            gap = text[previous:start]
            if gap != " " and not gap.isspace():
                for offset, char in enumerate(gap, start=previous):
                    if not char.isspace():
                        append(make(Token, (char, offset, offset + 1, char.isalnum())))
        if word:
            append(make(Token, (word, start, end, True)))
        previous = end
    return out


_AFTER_NAME = re.compile(r"\s*(?:$|[,;.:)(\n]|[–—-]\s|[а-яё])")
_GUILLEMET = re.compile("[«»]")


def quoted_end(text: str, start: int) -> int | None:
    """The end of the quoted name opening at `start` («…», nested «…«…»», "…" or „…“), or None.

    A Word dump often drops the outer closing quote of a nested name ('СОГАУ «Дворец спорта
    «Юбилейный»,'): an inner closing quote followed by punctuation, a line end or a lower-case word
    ends the whole name."""
    opening = text[start]
    limit = min(len(text), start + 300)
    if opening == "«":
        depth = 1  # the opening one, at `start`
        search = _GUILLEMET.search
        found = search(text, start + 1, limit)
        while found is not None:  # from one « or » to the next, not character by character
            i = found.start()
            if text[i] == "«":
                depth += 1
            else:
                depth -= 1
                if depth == 0:
                    return i + 1
                if _AFTER_NAME.match(text, i + 1) and text[i + 1:i + 2] != "»":
                    return i + 1
            found = search(text, i + 1, limit)
        return None
    closing = {"\"": "\"", "“": "”", "„": "“"}.get(opening)
    if closing is None:
        return None
    end = text.find(closing, start + 1, limit)
    if end == -1 and opening == "„":
        end = text.find("”", start + 1, limit)
    return end + 1 if end != -1 else None


@word_cache
def _inner(quoted: str) -> str:
    """'«Культурно-выставочный центр «Губернский»»' → 'Культурно-выставочный центр «Губернский»'.
    Remembered by the quoted name as written: a report names its partners again and again."""
    text = clean_quotes(quoted.strip())
    if text[:1] == "«" and text[-1:] == "»":
        text = text[1:-1]
    return clean_quotes(text.strip())


_OPENING_QUOTE = re.compile(r"[«\"“„]")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Every quoted name of the cell, left to right; an opening quote inside one is part of it."""
    spans, resume = [], 0
    for opening in _OPENING_QUOTE.finditer(text):
        start = opening.start()
        if start < resume:
            continue
        end = quoted_end(text, start)
        if end is not None:
            spans.append((start, end))
            resume = end
    return spans


# ---------------------------------------------------------------- words

@word_cache
def _word_info(word: str) -> tuple[str, frozenset[str], frozenset[str], str | None, bool]:
    """(lemma, cases it may stand in, parts of speech, top part of speech, surely plural)."""
    every = _stressed_ending_first(parse(word))  # 'Донской': 'донской' masc nomn, not 'донский' fem
    parses = every[:4]
    # plain strings: pymorphy3's grammemes check every comparison in Python (a head's cases are
    # intersected with each adjective's, for every phrase)
    cases = frozenset(str(p.tag.case) for p in parses if p.tag.case)
    # An adjective's or participle's same-sounding forms are all its own: 'областной' is masculine
    # nominative and feminine genitive, dative, instrumental and prepositional, and pymorphy3 lists six
    # parses — the first four alone lost the instrumental, so 'с Томской областной библиотекой' named
    # only what followed it. The later parses of the same word count too (a noun's rare readings do not).
    paradigms = {(p.normal_form, p.tag.POS) for p in parses if p.tag.POS in ("ADJF", "PRTF")}
    if paradigms and len(every) > 4:
        cases |= frozenset(str(p.tag.case) for p in every[4:]
                           if p.tag.case and (p.normal_form, p.tag.POS) in paradigms)
    pos = frozenset(str(p.tag.POS) for p in parses)
    top = str(parses[0].tag.POS) if parses else None
    numbers = {p.tag.number for p in parses if p.tag.POS in ("NOUN", "ADJF", "PRTF")}
    return lemma(word), cases, pos, top, numbers == {"plur"}


@word_cache
def _is_adjective(word: str) -> bool:
    """'Витебского', 'областной'; 'Главного' too (pymorphy3's first guess is the noun 'главное')."""
    info = _word_info(word)
    return bool(info[2] & {"ADJF", "PRTF"}) and (info[3] in ("ADJF", "PRTF") or word[:1].isupper())


_SURNAME_LIKE_ENDINGS = tuple(consonant + "к" + ending for consonant in "сц"
                              for ending in ("ого", "ому", "ими", "им", "ом", "ой", "ую", "ая", "ое", "ий", "ие", "их",
                                             "ым", "ых"))


@word_cache
def _town_adjective_stem(word: str) -> str | None:
    """'Слуцкого' → 'Слуцк', 'Шкловской' → 'Шкловск': the stem of a capitalised town adjective,
    when its '-ский' form comes from a town; None for any other word. For what pymorphy3 knows only
    as a surname (Слуцкий, Быховский) or guesses a strange lemma of ('Шкловская' → 'шкловскай')."""
    if not word[:1].isupper() or not word[1:].islower():
        return None
    if not word.endswith(_SURNAME_LIKE_ENDINGS):
        return None
    stem = word[:-3] if word.endswith(("ого", "ому", "ими")) else word[:-2]
    return stem if _adjective_country(fold(stem) + "ий") is not None else None


@word_cache
def _is_geographic(word: str) -> bool:
    return any("Geox" in p.tag for p in parse(word)[:2])


@word_cache
def _is_place_genitive(word: str) -> bool:
    """'России', 'Беларуси', 'Европы' → True: a capitalised place the dictionary knows, in the genitive."""
    return word[:1].isupper() and _is_geographic(word) and "gent" in _word_info(word)[1]


# A ministry or an embassy is one state's: '… образования Беларуси и Казахстана' are two bodies.
_ONE_STATE_KINDS = frozenset({"executive", "diplomatic"})
_PLACE_GROUPS = frozenset({"страна", "государство", "регион", "народ", "город", "республика", "область"})


def _place_list_goes_on(tokens: list, j: int) -> bool:
    """At 'и' (tokens[j]) after a place in the genitive: the name lists places, so 'и' goes on when a
    second place follows, bare or as a group of places ('Союза Беларуси и России', 'Ассамблеи народов
    России и стран Европы', '… и стран СНГ'). A place in another case ('… Беларуси и Россией') or a
    body ('… Беларуси и Министерства …') ends the name as before."""
    count = len(tokens)
    if j + 1 >= count or not tokens[j - 1][_IS_WORD] or not tokens[j + 1][_IS_WORD] \
            or not _is_place_genitive(tokens[j - 1][_TEXT]):
        return False
    following = tokens[j + 1][_TEXT]
    if _is_place_genitive(following):
        return True
    if following.islower() and lemma(following) in _PLACE_GROUPS and "gent" in _word_info(following)[1] \
            and j + 2 < count and tokens[j + 2][_IS_WORD]:
        place = tokens[j + 2][_TEXT]
        return _is_place_genitive(place) or (place.isupper() and 2 <= len(place) <= 6)
    return False


_HONORIFIC = re.compile(r"(?i:г-н(?:а|у|ом|е)?|г-ж(?:а|и|е|у|ой)|господин(?:а|у|ом|е)?|госпож(?:а|и|е|у|ой))")


@word_cache
def _is_genitive_word(word: str) -> bool:
    if len(word) < 2 or _HONORIFIC.fullmatch(word):
        return False  # 'Университета Дели г-на Р. Шармы': a person's honorific begins the person, not the body
    if word.isupper() and 2 <= len(word) <= 6:  # УМВД, НАН
        return True
    _, cases, pos, top, _ = _word_info(word)
    if top in ("PREP", "CONJ", "PRCL", "INFN", "VERB", "ADVB", "NPRO", "PRED"):
        return False
    if "gent" in cases and pos & {"NOUN", "ADJF", "PRTF", "NUMR"}:
        return True
    if _is_geographic(word) or (word[:1].isupper() and bool(pos & {"UNKN", "None"})):  # Huawei, КазМунайГаз
        return True
    # 'Университета Кёнхи', 'Университета Ёнсе', 'университета Хоккайдо': a capitalised word no
    # dictionary knows, ending in a vowel, is a foreign name that does not decline (pymorphy3 only
    # guesses a case for it: 'Кёнхи' as a plural nominative).
    return word[:1].isupper() and word[-1:] in _INDECLINABLE_ENDINGS and not parse(word)[0].is_known


_INDECLINABLE_ENDINGS = frozenset("иеоуэюё")


@lru_cache(maxsize=1)
def _head_starts() -> frozenset[str]:
    """lemmas.lemma_starts of the organisation nouns: a word beginning otherwise is no head."""
    return lemma_starts(_heads())


@lru_cache(maxsize=1)
def _listed_starts() -> frozenset[str]:
    """lemmas.lemma_starts of the first lemmas of the reference's names and abbreviations."""
    return lemma_starts(_reference_index())


@word_cache
def _head_of(word: str) -> tuple[str, bool] | None:
    """The (kind, descriptor) of an organisation noun ('комитета' → executive); None for any other
    word. A word whose beginning no form of a head noun has ('проведена') is not lemmatised at all
    (pymorphy3's parse is most of what a cold word costs; the other parsers need few of these
    lemmas); the tags are parsed only for the words whose lemma is a head (test_etl_fast_paths_org)."""
    if word[:1].isupper() and contraction(word) is not None:
        return _CONTRACTED_HEAD
    if not may_lemmatise_into(word, _head_starts()):
        return None
    head = _heads().get(lemma(word))
    if head is None and "-" in word:
        head = _compound_head(word)
    return head if head is not None and "NOUN" in _word_info(word)[2] else None


def _compound_head(word: str) -> tuple[str, bool] | None:
    """'Дом-музей', 'Доме-музее', 'Музей-усадьбу', 'школы-интерната': a compound noun is an organisation
    noun when its first, inflected part is one ('бизнес-миссия' is none: «бизнес» does not inflect)."""
    first = word.split("-", 1)[0]
    return _heads().get(lemma(first)) if first else None


# Heads that name a body only in one phrase: «Кабинет Министров Республики Абхазия» (a cabinet of a country or a
# republic), never «кабинет Губернатора», «рабочий кабинет Посла», «кабинет русского языка» (rooms).
_HEADS_OF_ONE_PHRASE = {"кабинет": re.compile(r"\s+[Мм]инистров\b")}

_HEAD, _LISTED = 1, 2
_CONTRACTED_HEAD = ("executive", False)  # what _head_of says of 'Гомоблисполкома', 'Минздрава', 'МИД'


@word_cache
def _marker(word: str) -> int:
    """What a word may start: _HEAD (an organisation noun), _LISTED (the first word of a name in the
    reference list), both or neither (0) — one cached look-up per word of a cell."""
    listed = may_lemmatise_into(word, _listed_starts()) and lemma(word) in _reference_index()
    return (_HEAD if _head_of(word) is not None else 0) | (_LISTED if listed else 0)


_NAMED_AFTER = {"имени", "им"}
# Foreign places' types that come before the place's name, often an indeclinable one ('провинции
# Шаньдун', 'штата Гоа'); Russian and Belarusian names come before their type ('Смоленской области'),
# and what follows 'области' is as often a person ('… области А.В. Иванов').
_PLACE_TYPES = frozenset("""провинция штат префектура уезд аймак вилаят велаят мухафаза воеводство кантон
    эмират""".split())
_RUSSIAN_PLACE_TYPES = frozenset("область край округ район город республика автономный".split())
_TAIL_PREPOSITIONS = {"по": {"executive", "other", "association"}, "в": {"diplomatic"}, "при": {"executive", "other"}}
_TAIL_FUNCTION_WORDS = _NAMED_AFTER | {"и"} | set(_TAIL_PREPOSITIONS)  # what _tail looks at before the rest
_WEAK_HEADS = {"центр", "совет", "палата", "собрание", "комитет", "дом", "дворец", "учреждение", "организация",
               "объединение", "агентство", "союз", "общество", "институт", "академия", "служба",
               "ассамблея"}  # 'Ассамблея народов Евразии' an association, 'Парламентская ассамблея …' deputies
# A line break alone is not a sentence break: Word and PDF wrap cells in different places
# ('г. Смоленск,\nХудожественная галерея' is one sentence).
_SENTENCE_BREAK = re.compile(r"(?:^|[.;:!?•])[\s\d.)–—-]*$")


def _starts_sentence(text: str, position: int) -> bool:
    return position == 0 or bool(_SENTENCE_BREAK.search(text[max(0, position - 6):position]))


# ---------------------------------------------------------------- one phrase

class Phrase(NamedTuple):
    first: int      # token indices
    last: int
    name: str
    legal_form: LegalForm | None


def _named_after(tokens: list[Token], j: int) -> int | None:
    """'имени Михаила Лермонтова', 'им. А.С. Грибоедова', 'имени Тенишевых': the last token of the name."""
    k = j + 1
    if k < len(tokens) and tokens[k][_TEXT] == ".":
        k += 1
    last = None
    while k < len(tokens) and k - j <= 8:
        token = tokens[k]
        if token[_IS_WORD] and len(token[_TEXT]) == 1 and token[_TEXT].isupper() and k + 1 < len(tokens) \
                and tokens[k + 1][_TEXT] == ".":
            k += 2  # an initial
            continue
        if token[_IS_WORD] and token[_TEXT][:1].isupper():
            last = k
            k += 1
            if k < len(tokens) and tokens[k][_IS_WORD] and tokens[k][_TEXT][:1].isupper() and not _head_of(tokens[k][_TEXT]):
                continue
            break
        break
    return last


def _city_after(tokens: list[Token], j: int) -> int | None:
    """The city's token when tokens[j:] are «г. Бреста» or «города Бреста» (a capitalised genitive), else None."""
    if j + 1 < len(tokens) and tokens[j][_TEXT] == "города":
        k = j + 1
    elif j + 2 < len(tokens) and tokens[j][_TEXT] == "г" and tokens[j + 1][_TEXT] == ".":
        k = j + 2
    else:
        return None
    city = tokens[k]
    return k if city[_IS_WORD] and city[_TEXT][:1].isupper() and _city_tail(city[_TEXT]) else None


@word_cache
def _city_tail(word: str) -> bool:
    """A city that may end a body's name after «г.»: in the genitive ('Бреста'), or a city in the nominative
    ('Орша', 'Брест', 'Смоленск': a listed town or one the dictionary knows as a place), as clerks write
    «Детская библиотека г. Орша» for «… г. Орши»."""
    if _city_genitive(word):
        return True
    if fold(word) in _city_countries():
        return True
    first = parse(word)[0].tag
    return "Geox" in first and "nomn" in first


@word_cache
def _city_genitive(word: str) -> bool:
    """'Бреста', 'Витебска' (the dictionary's genitive), 'Эрдэнэта' (a listed town the dictionary does
    not hold, or takes for a name: its nominative is the word less «а» or «я»), 'Гродно' (indeclinable)."""
    if "gent" in _word_info(word)[1]:
        return True
    return word[-1:] in ("а", "я") and (fold(word[:-1]) in _city_countries() or fold(word[:-1] + "ь") in _city_countries())


@word_cache
def _substantivised(word: str) -> bool:
    """'Учащиеся', 'отдыхающие': an adjective or participle whose first reading is used as a noun."""
    return "Subx" in parse(word)[0].tag


@word_cache
def _post_holder(word: str) -> bool:
    """'директора', 'председателя': a lower-case noun naming a person (animate) in the genitive, as the
    surname after the name is ('с директором музея Ю.А. Гагарина Л.И. Ивановой': Гагарина is the name's)."""
    return word.islower() and any(p.tag.POS == "NOUN" and "anim" in p.tag and "gent" in p.tag for p in parse(word)[:1])


@word_cache
def _one_persons_post(word: str) -> bool:
    """'директор', 'председателя', 'министру': a lower-case noun naming one person, in any case."""
    return word.islower() and any(p.tag.POS == "NOUN" and "anim" in p.tag and "sing" in p.tag for p in parse(word)[:1])


@word_cache
def _genitive_singular(word: str) -> bool:
    """'Гагарина', 'Глинки', 'Пржевальского' (one person's genitive); not 'Ляхов' or 'Субботин'
    (pymorphy3 reads those as a family's genitive plural: the nominative of an official)."""
    return any("gent" in p.tag and "sing" in p.tag for p in parse(word)[:4])


def _person_after_head(tokens: list[Token], i: int, first: int) -> int | None:
    """'Мемориальный музей Ю.А. Гагарина', 'Дом-музей Н.М. Пржевальского': initials and a surname in
    the genitive right after the head name the institution, as 'имени' would: the surname's token.
    None for a person who is not the name: in another case ('музей посетил … В.Н. Анохин'), or after
    a name that is a person's post ('директора музея А.В. Иванова', 'председателя Смоленской
    областной Думы И.В. Ляхова': the person holds it)."""
    if first and tokens[first - 1][_IS_WORD] and _post_holder(tokens[first - 1][_TEXT]):
        return None
    k, initials, count = i + 1, 0, len(tokens)
    while k + 1 < count and initials < 2 and len(tokens[k][_TEXT]) == 1 and tokens[k][_TEXT].isupper() \
            and tokens[k + 1][_TEXT] == ".":
        k, initials = k + 2, initials + 1
    if not initials or k >= count:
        return None
    surname = tokens[k][_TEXT]
    if not (tokens[k][_IS_WORD] and surname[:1].isupper() and len(surname) > 2 and surname[1:].islower()
            and _genitive_singular(surname) and not _head_of(surname)):
        return None
    return k


def _initials_after(tokens: list[Token], j: int) -> bool:
    """Two initials follow the word at tokens[j] ('Стрельцов А.В.', 'Петровой И. И.'): it is a person's
    surname written first, as lists of participants often do, and ends a name before it, as the same
    person written 'А.В. Стрельцов' does (a name's own person comes after «имени» or as 'Ю.А. Гагарина')."""
    k = j + 1
    for _ in range(2):
        if not (k + 1 < len(tokens) and tokens[k][_IS_WORD] and len(tokens[k][_TEXT]) == 1
                and tokens[k][_TEXT].isupper() and tokens[k + 1][_TEXT] == "."):
            return False
        k += 2
    # not when a surname follows them: '… Российской Федерации А.Л. Оверчук' is the usual order
    return not (k < len(tokens) and tokens[k][_IS_WORD] and tokens[k][_TEXT][:1].isupper() and len(tokens[k][_TEXT]) > 1)


def _namesake(tokens: list[Token], j: int, first: int) -> bool:
    """'Музей-усадьба Глинки М.И.': a surname in the genitive right after the head, initials after it,
    is the institution's namesake, as 'М.И. Глинки' is (_person_after_head) — unless the name follows
    one person's post, which the person fills ('директор музея Петрова И.И.', 'директора музея …'; a
    group's, 'сотрудники Музея-усадьбы Глинки М.И.', leaves the namesake)."""
    if first and tokens[first - 1][_IS_WORD] and _one_persons_post(tokens[first - 1][_TEXT]):
        return False
    surname = tokens[j][_TEXT]
    return len(surname) > 2 and surname[1:].islower() and _genitive_singular(surname) and not _head_of(surname)


_TAIL_SPECIAL, _TAIL_CAPITAL, _TAIL_LONG_CAPITAL, _TAIL_HEAD, _TAIL_GENITIVE, _TAIL_PROPER = 1, 2, 4, 8, 16, 32


@word_cache
def _tail_word(word: str) -> int:
    """What _tail asks of a word of a tail, as bits, in one look-up per word instead of five:
    _TAIL_SPECIAL ('г', a capital alone, и, имени, им, по, в, при: read with their neighbours),
    _TAIL_CAPITAL, _TAIL_LONG_CAPITAL (two letters or more), _TAIL_HEAD (a capitalised
    organisation noun that is no contraction: a second organisation), _TAIL_GENITIVE
    (_is_genitive_word), _TAIL_PROPER (capitalised and a place, or in capitals).
    'Смоленской' → capital, long capital, genitive, proper; 'и' → special."""
    bits = 0
    if word == "г" or (len(word) == 1 and word.isupper()) or word.lower() in _TAIL_FUNCTION_WORDS:
        bits |= _TAIL_SPECIAL
    if word[:1].isupper():
        bits |= _TAIL_CAPITAL
        if len(word) > 1:
            bits |= _TAIL_LONG_CAPITAL
        if _head_of(word) and contraction(word) is None:
            bits |= _TAIL_HEAD
        if _is_geographic(word) or word.isupper():
            bits |= _TAIL_PROPER
    if _is_genitive_word(word):
        bits |= _TAIL_GENITIVE
    return bits


def _surname_follows(tokens: list[Token], j: int) -> bool:
    """A capitalised word after the given name at tokens[j] that is no place and no body: «Хосе Луис», «Мария
    Лопес», «Александр Субботин»; not «Аппарат Раиса Республики Татарстан» (the Раис's office: «Раиса» is a name
    too)."""
    if j + 1 >= len(tokens) or not tokens[j + 1][_IS_WORD]:
        return False
    following = tokens[j + 1][_TEXT]
    return following[:1].isupper() and len(following) > 1 and not following.isupper() \
        and not _is_geographic(following) and lemma(following) not in _PLACE_TYPES | _HOME_PLACE_TYPES \
        and not _head_of(following)


_HOME_PLACE_TYPES = frozenset({"республика", "область", "край", "округ", "город", "район", "федерация"})


@word_cache
def _given_name_said(word: str) -> bool:
    """A given name in the nominative, as a person after their post is written («Посольства Хосе Луис Перес»,
    «… университета Мария Лопес»): it ends the body's name. A given name in the genitive is the body's namesake
    and goes on («Фонда Владимира Потанина», «Музея Марии Тенишевой»)."""
    best = parse(word)[0]
    return best.is_known and "Name" in best.tag and "nomn" in best.tag  # not a guess: «Шаньдун» is a province


def _is_the_federation(tokens: list[Token], j: int) -> bool:
    """'… культуры Российской Федерации': the state in a tail, not a second organisation (a sport's
    'Федерация' is an organisation's head)."""
    return lemma(tokens[j][_TEXT]) == "федерация" and j > 0 and tokens[j - 1][_IS_WORD] \
        and lemma(tokens[j - 1][_TEXT]) == "российский"


_TOPIC_AFTER_PO = re.compile(r"(?:вопрос|тем[еа]|итог|проблем)")  # 'по вопросам …', 'по теме …', 'по итогам …'


def _member_states_dash(tokens: list[Token], j: int) -> bool:
    """tokens[j] is the dash of «государств – членов», «стран — участниц», «государств – участников»: the compound
    «государств-членов» as typists space it (the name ran to «… государств» and lost its bloc)."""
    return 0 < j < len(tokens) - 1 and tokens[j - 1][_TEXT].lower() in ("государств", "стран", "государства", "страны") \
        and tokens[j + 1][_TEXT].lower().startswith(("член", "участни"))


def _tail(text: str, tokens: list[Token], i: int, head_kind: str,
          first: int | None = None) -> tuple[int, tuple[int, int] | None]:
    """The genitive tail after the head at tokens[i]: (its last token, the quoted name that ends it).

    A punctuation token is looked at only for what punctuation can do (open a quote, '№ 5', a comma),
    and a word only for what words can: the function words (и, имени, по, в, при) in one set look-up,
    then the organisation-noun, genitive and proper-word tests."""
    last, j, proper_seen = i, i + 1, False
    count = len(tokens)
    while j < count and j - i <= 14:
        word, start, _, is_word = tokens[j]
        if not is_word:
            if word in "«\"“„":
                end = quoted_end(text, start)
                if end is None:
                    break
                while j < count and tokens[j][_START] < end:
                    j += 1
                return j - 1, (start, end)
            if word == "№" and j + 1 < count and tokens[j + 1][_TEXT].isdigit():
                last, j = j + 1, j + 2
                continue
            if word in "–—-" and _member_states_dash(tokens, j):
                j += 1  # «Совета глав регионов государств – членов ШОС»: one compound, typed with a spaced dash
                continue
            if word != "," or proper_seen:
                break
            # 'Министерства цифрового развития, связи и массовых коммуникаций Российской Федерации'
            # 'Министерства образования, науки, культуры и спорта Республики Армения': a list of several commas
            k = j + 1
            while k < count and (tokens[k][_IS_WORD] and tokens[k][_TEXT].islower() and tokens[k][_TEXT] != "и"
                                 and _is_genitive_word(tokens[k][_TEXT])
                                 or tokens[k][_TEXT] == "," and k > j + 1 and tokens[k - 1][_IS_WORD]):
                k += 1
            if k > j + 1 and k + 1 < count and tokens[k][_TEXT] == "и" and _is_genitive_word(tokens[k + 1][_TEXT]):
                last, j = k - 1, k
                continue
            break
        kind = _tail_word(word)
        if kind & _TAIL_CAPITAL and len(word) > 2 and _given_name_said(word) and _surname_follows(tokens, j):
            break  # 'Советник-посланник Посольства Хосе Луис Перес Гонсалес': the person after the body, by name
        if kind & _TAIL_CAPITAL and _initials_after(tokens, j) \
                and not (j == i + 1 and _namesake(tokens, j, i if first is None else first)):
            break  # '… Смоленской области Стрельцов А.В.', '… университета Артеменков М.Н.': a person, surname first
        if kind & _TAIL_SPECIAL:  # 'г', an initial, и, имени, по, в, при: what the word itself says is not enough
            if word == "г" and (last > i or head_kind == "executive" or tokens[i if first is None else first][_TEXT][:1].isupper()) \
                    and j + 2 < count and tokens[j + 1][_TEXT] == "." \
                    and tokens[j + 2][_IS_WORD] and tokens[j + 2][_TEXT][:1].isupper() \
                    and _city_tail(tokens[j + 2][_TEXT]):
                # 'администрации г. Смоленска', 'Средней школы № 5 г. Витебска': the city ends the name of an
                # executive or of a name already told apart, and of one written as a name, with its capital
                # ('Центральной городской библиотеки г. Бреста', 'Библиотеки г. Бреста': that body's full name,
                # as «города Бреста» is); 'объекты жилого фонда г. Витебска' names none
                last, j, proper_seen = j + 2, j + 3, True
                break
            if j == i + 1 and len(word) == 1 and word.isupper():
                person = _person_after_head(tokens, i, i if first is None else first)
                if person is not None:
                    return person, None
                break
            lowered = word.lower()
            if lowered in _TAIL_FUNCTION_WORDS:
                if lowered in _NAMED_AFTER:
                    end = _named_after(tokens, j)
                    if end is not None:
                        # 'Библиотека им. В.И. Ленина г. Бреста': the city after the person ends the name too
                        end = _city_after(tokens, end + 1) or end
                    return (end if end is not None else last), None
                if lowered == "и":
                    if last == i and j + 1 < count and tokens[j + 1][_TEXT].islower() \
                            and _word_info(tokens[j + 1][_TEXT])[3] != "NOUN" and not _is_adjective(tokens[j - 1][_TEXT]):
                        break  # 'церковь и высшего руководства': a new phrase; 'труда и социальной защиты' goes on'
                    ahead = []
                    for t in tokens[j + 1:j + 7]:
                        if not t[_IS_WORD] or ahead and t[_TEXT][:1].isupper() and not _head_of(t[_TEXT]):
                            break  # a place's name ends the body's field: '… новых технологий Республики Мордовия
                            # и акиматом …' — the head after it is the next body's, not one in this name's list
                        ahead.append(t)
                    # '… университета и Псковской областной универсальной научной библиотеки': an organisation
                    # noun among the next words starts a second name ('труда и занятости населения' has none).
                    if proper_seen and head_kind not in _ONE_STATE_KINDS and _place_list_goes_on(tokens, j):
                        j += 1  # 'Союза Беларуси и России', 'Ассамблеи народов России и стран Европы'
                        continue
                    if proper_seen or not ahead or not _is_genitive_word(ahead[0][_TEXT]) or any(
                            _head_of(t[_TEXT]) and not _is_the_federation(tokens, j + 1 + n) for n, t in enumerate(ahead)):
                        break
                    j += 1
                    continue
                if lowered == "по" and proper_seen and j + 1 < count \
                        and _TOPIC_AFTER_PO.match(tokens[j + 1][_TEXT].lower()):
                    break  # 'Торгово-промышленной палатой Индии по вопросам экспорта': the meeting's topic, after
                    # the body's place ('Министерство … по делам молодёжи' goes on: «по делам» names the body's field)
                if head_kind in _TAIL_PREPOSITIONS[lowered]:
                    k, taken = j + 1, 0
                    while k < count and tokens[k][_IS_WORD] and taken < 6:
                        following = tokens[k][_TEXT]
                        if lowered == "в" and (len(following) < 2 or not ("loct" in _word_info(following)[1]
                                                                          or _is_geographic(following))):
                            break
                        if lowered != "в" and following == "и" and taken and k + 1 < count and tokens[k + 1][_IS_WORD] \
                                and tokens[k + 1][_TEXT].islower() and _word_info(tokens[k + 1][_TEXT])[1] & {"datv", "gent"} \
                                and not _head_of(tokens[k + 1][_TEXT]):  # '… области и акимата …': a second body
                            k, taken = k + 1, taken + 1  # 'по делам молодежи и гражданско-патриотическому воспитанию'
                            continue
                        if lowered != "в" and (_word_info(following)[3] in ("PREP", "CONJ", "VERB")
                                               or following[:1].isupper() and taken and not _is_genitive_word(following)):
                            break
                        k, taken = k + 1, taken + 1
                    if not taken:
                        break
                    last, j = k - 1, k
                    continue
        if kind & _TAIL_HEAD and j > i + 1 and not _is_the_federation(tokens, j):
            break  # a second organisation: '… Смоленской области Министерства …' ('… Мингорисполкома' is the parent)
        if not kind & _TAIL_GENITIVE and not (
                kind & _TAIL_LONG_CAPITAL and j > i + 1 and tokens[j - 1][_IS_WORD]
                and lemma(tokens[j - 1][_TEXT]) in _PLACE_TYPES):
            break  # '… провинции Шаньдун', '… штата Гоа': a place's own name, indeclinable, ends the tail
        proper_seen = proper_seen or bool(kind & _TAIL_CAPITAL and (
            kind & _TAIL_PROPER or lemma(tokens[j - 1][_TEXT]) in _PLACE_TYPES))
        last, j = j, j + 1
    while last > i and tokens[last][_TEXT].lower() in ("и", "по", "в", "при"):
        last -= 1
    return last, None


# How wide a body reaches: capitalised at the start of a description, not part of a name
# ('Общероссийское общественно-государственное движение … «Движение первых»').
_SCOPE = ("общероссийск", "всероссийск", "международн", "республиканск", "межрегиональн", "региональн",
          "межгосударственн", "общественн")

_TITLE_WORDS = frozenset("""выставка форум фестиваль конкурс проект программа книга акция конференция статья
    доклад тема название девиз концерт спектакль фильм сборник марафон турнир слет слёт семинар лекция
    экспозиция презентация встреча олимпиада игра квест чемпионат кубок школа смена""".split())


def _titled(text: str, quote_start: int) -> bool:
    """The quote follows a word that names a title, not a body: 'выставка «…»', 'под названием «…»'."""
    before = re.findall(r"[А-Яа-яЁё-]+", text[max(0, quote_start - 40):quote_start])
    return bool(before) and lemma(before[-1]) in _TITLE_WORDS


def _after_head(text: str, quote_start: int) -> bool:
    """The quote follows an organisation's noun ('холдинга «…»', 'завода «…»'), whose phrase rules read it."""
    before = re.findall(r"[А-Яа-яЁё-]+", text[max(0, quote_start - 30):quote_start])
    return bool(before) and _head_of(before[-1]) is not None


@word_cache
def _names_a_place(word: str) -> bool:
    """'Минский', 'Гродненского': a capital that would be there mid-sentence too. Remembered per
    word: its geo look-ups are cached by text, which a benchmark empties per report."""
    return _city_word_country(word) is not None or bool(foreign_regions([word + " области"])) \
        or _is_geographic(word) or bool(country_mentions(word)) or _adjective_of_a_known_place(word) \
        or _key_lemma(word) in _russian_place_adjectives()  # 'Нижегородский', 'Донской': a region's or land's


_PLACE_ADJECTIVE_ENDINGS = ("ский", "цкий", "ской", "цкой")


def _adjective_of_a_known_place(word: str) -> bool:
    """'Смоленский' (Смоленск), 'Тверской' (Тверь), 'Псковский' (Псков): an adjective made from a
    place pymorphy3 knows by its dictionary, not by a guess ('Педагогический' is none)."""
    base = lemma(word)
    if not base.endswith(_PLACE_ADJECTIVE_ENDINGS):
        return False
    return any(len(stem) >= 3 and any("Geox" in p.tag and p.is_known for p in parse(stem)[:2])
               for stem in (base[:-2], base[:-4], base[:-4] + "ь", base[:-4] + "а"))


def _legal_form_of(words: list[str]) -> LegalForm | None:
    """'республиканское унитарное предприятие' → РУП: words that spell a legal form in full."""
    return _forms_by_words().get(tuple(lemma(w) for w in words))


@lru_cache(maxsize=1)
def _forms_by_words() -> dict[tuple[str, ...], LegalForm]:
    """The lemmas of each long form → its legal form (the first listed, as a scan in order finds)."""
    out: dict[tuple[str, ...], LegalForm] = {}
    for form in legal_forms():
        out.setdefault(form.words, form)
    return out


def _has_proper_word(text: str, tokens: list[Token], first: int, last: int, words: list[Token]) -> bool:
    """Whether tokens[first:last + 1] name someone: 'имени …', or a capitalised word that is not
    merely the first of a sentence ('Областного …' at a sentence start is not; 'Минского' is)."""
    for token in words:
        if len(token[_TEXT]) <= 5 and token[_TEXT].lower() in _NAMED_AFTER:  # имени, им
            return True
    for token in words:
        if token[_TEXT][:1].isupper() and not (token is tokens[first] and _starts_sentence(text, token[_START])
                                             and not _names_a_place(token[_TEXT])):
            return True
    return False


# What is organised, when «организация» is the act and not a body: «по организации визита делегации штата Гоа»,
# «Организация выставки», «организация участия». Not «Шанхайская организация сотрудничества» (no such word here)
# nor «Организация Объединённых Наций» (an adjective follows).
_ORGANISED_THINGS = frozenset("""визит поездка мероприятие проведение работа участие встреча выставка прием
    обмен стажировка показ гастроль экскурсия конференция форум фестиваль турнир обучение перевозка трансляция
    переговоры презентация семинар конкурс концерт съезд прибытие пребывание отдых практика деятельность""".split())


def _organising_act(tokens: list[Token], i: int) -> bool:
    """tokens[i] is «организация» in any case followed at once by what is organised (_ORGANISED_THINGS)."""
    if lemma(fold(tokens[i][_TEXT].lower())) != "организация" or i + 1 >= len(tokens) or not tokens[i + 1][_IS_WORD]:
        return False
    return lemma(fold(tokens[i + 1][_TEXT].lower())) in _ORGANISED_THINGS


def _bracketed_adjective(tokens: list[Token], close: int, head_cases: frozenset[str]) -> bool:
    """Whether tokens[close] closes a bracket round one capitalised adjective set between another and the rest of a
    name, each agreeing with the head: «Северный (Арктический) федеральный университет», «Южного (Приволжского)
    федерального округа». A bracket after the name («университет (Минск)», «(далее – СГУ)», «(по согласованию)»)
    is never read here, nor one round a place, a noun or two words («Витебского (Беларусь) университета»)."""
    if close < 3 or tokens[close - 2][_TEXT] != "(":
        return False
    inside, before = tokens[close - 1], tokens[close - 3]
    return all(t[_IS_WORD] and t[_TEXT][:1].isupper() and _is_adjective(t[_TEXT]) and not _head_of(t[_TEXT])
               and _word_info(t[_TEXT])[1] & head_cases for t in (inside, before))


def _phrase(text: str, tokens: list[Token], i: int, head_kind: str, descriptor: bool) -> Phrase | None:
    """The organisation named around the head noun at tokens[i], or None when it names nobody."""
    if _organising_act(tokens, i):
        return None
    head_text, _, head_end, _ = tokens[i]
    contracted = contraction(head_text) if head_text[:1].isupper() else None
    if contracted is not None:
        return _contracted_phrase(text, tokens, i, contracted)
    _, head_cases, _, _, head_plural = _word_info(head_text)
    if head_plural and not _ANY_QUOTE.search(text, head_end):
        return None  # a plural head ('белорусских предприятий') with no quoted name after it to end its tail
    first = i
    # Adjectives to the left, up to the first capitalised one: a name starts with a capital
    # ('в приемной Культурно-образовательного центра' → 'Культурно-образовательный центр').
    while first > 0:
        previous = tokens[first - 1]
        if previous[_TEXT] == ")" and _bracketed_adjective(tokens, first - 1, head_cases):
            first -= 3  # 'Северного (Арктического) федерального университета': the bracketed word is the name's
            continue
        if (first < i and tokens[first][_TEXT][:1].isupper() and previous[_TEXT].islower()) or not previous[_IS_WORD]:
            break
        word = previous[_TEXT]
        if not ((_is_adjective(word) or _town_adjective_stem(word)) and _word_info(word)[1] & head_cases) \
                or _head_of(word):  # agrees with the head ('Слуцкого' too: a town's adjective read as a surname)
            break
        if _word_info(word)[4] and not head_plural and _substantivised(word):
            break  # 'Учащиеся средней школы № 5': a plural participle used as a noun is not the head's adjective
        first -= 1
    last, quoted = _tail(text, tokens, i, head_kind, first)
    # What follows reads only tokens[first:last + 1] (and, for a capitalised first word, whether a
    # sentence starts there): one organisation's name written again ('Витебского областного
    # исполнительного комитета' in event after event) gives its name once per report's words.
    start, end = tokens[first][_START], tokens[last][_END]
    if quoted is not None and quoted[1] > end:
        end = quoted[1]
    key = (text[start:end], i - first, descriptor, quoted and (quoted[0] - start, quoted[1] - start),
           _starts_sentence(text, start) if tokens[first][_TEXT][:1].isupper() else None)
    known = _PHRASE_NAMES.get(key, _UNKNOWN)
    if known is _UNKNOWN:
        known = _PHRASE_NAMES[key] = _phrase_name(text, tokens, i, first, last, quoted, descriptor, head_plural)
    return None if known is None else tuple.__new__(Phrase, (first, last) + known)


_TRIP_MISSIONS = ("торгов", "делов", "бизнес", "экономическ", "торгово-экономическ", "инвестиционн")
_PHRASE_NAMES = keyed_cache()  # (the phrase as written, its head, …) → (name, legal form) | None
_UNKNOWN = object()


def _phrase_name(text: str, tokens: list[Token], i: int, first: int, last: int, quoted: tuple[int, int] | None,
                 descriptor: bool, head_plural: bool) -> tuple[str, LegalForm | None] | None:
    """(the name, its legal form written in full) of the phrase tokens[first:last + 1] around the head
    at tokens[i] (its quoted name `quoted`), or None when it names nobody."""
    head_text = tokens[i][_TEXT]
    words = [t for t in tokens[first:last + 1] if t[_IS_WORD]]
    if descriptor and quoted is None and first == i and last > i and all(
            lemma(t[_TEXT]) in _PLACE_TYPES | _RUSSIAN_PLACE_TYPES or _names_a_place(t[_TEXT])
            for t in tokens[i + 1:last + 1] if t[_IS_WORD]):
        return None  # 'компании Чуйской области': companies of a place, not one named company
    if quoted is None and (head_plural or any(_word_info(t[_TEXT])[4] for t in tokens[first:i])):
        return None  # plural: «белорусских предприятий»
    if len(words) < 2 or not (quoted is not None or _has_proper_word(text, tokens, first, last, words)):
        return None
    if quoted is not None:
        before = [t[_TEXT] for t in tokens[first:last + 1] if t[_IS_WORD] and t[_START] < quoted[0]]
        form = _legal_form_of(before)
        only_descriptors = all(_head_of(w) and _head_of(w)[1] for w in before)
        plain = not any(w[:1].isupper() and not lemma(w).startswith(_SCOPE) for w in before)
        if form is not None or (descriptor and only_descriptors and first == i) or (descriptor and plain):
            return _inner(text[quoted[0]:quoted[1]]), form
    if lemma(head_text) == "федерация" and (
            not (i < last and tokens[i + 1][_IS_WORD] and tokens[i + 1][_TEXT].islower()
                 and "gent" in _word_info(tokens[i + 1][_TEXT])[1])
            or head_text[:1].isupper() and any(lemma(t[_TEXT]) == "российский" for t in tokens[first:i] if t[_IS_WORD])):
        return None  # 'Российской Федерации', 'Совета Федерации': a state or a chamber, not a federation of a sport
    if lemma(head_text) == "союз" and i == last and [lemma(t[_TEXT]) for t in tokens[first:i] if t[_IS_WORD]] == ["советский"]:
        return None  # 'памяти Героя Советского Союза': the state, not a union of anyone
    if first < i and lemma(head_text) == "миссия" and any(
            lemma(t[_TEXT]).startswith(_TRIP_MISSIONS) for t in tokens[first:i] if t[_IS_WORD]):
        return None  # 'Визит торговой миссии Республики Казахстан': a delegation's trip, not a body
    nominative, gender, number = _head_nominative(head_text)
    pieces = []
    append = pieces.append
    previous_end = 0
    for k in range(first, last + 1):
        word, start, end, is_word = tokens[k]
        if k > first and (start > previous_end or word == "«") and word not in ".»":
            append(" ")
        append(_agreeing_nominative(word, gender, number) if k < i and is_word else nominative if k == i else word)
        previous_end = end
    name = "".join(pieces)
    if _ANY_QUOTE.search(name):  # without quotes the tokens joined by single spaces are already clean
        name = clean_quotes(name)
    name = expand_federal(name)
    return name[:1].upper() + name[1:], None


def _contracted_phrase(text: str, tokens: list[Token], i: int, full: str) -> Phrase:
    """A contracted name written out: 'Гомоблисполкома' → 'Гомельский областной исполнительный
    комитет'; a ministry keeps its genitive tail ('Минкультуры России' → 'Министерство культуры
    России', 'Минздрава Смоленской области'), an executive committee's contraction is whole."""
    last = i
    if full.startswith("Министерство"):
        last, quoted = _tail(text, tokens, i, "executive", i)
        if quoted is not None:
            last = i
    pieces = [full]
    previous_end = tokens[i][_END]
    for k in range(i + 1, last + 1):
        word, start, end, _ = tokens[k]
        if start > previous_end or word not in ".,»":
            pieces.append(" ")
        pieces.append(word)
        previous_end = end
    return tuple.__new__(Phrase, (i, last, "".join(pieces), None))


# ---------------------------------------------------------------- kind and place

_INTERNATIONAL_WORDS = frozenset({"снг", "еаэс", "шос", "оон", "содружество", "межпарламентский", "межгосударственный",
                                  "брикс", "одкб", "асеан", "атэс"})


@lru_cache(maxsize=50_000)
def _kind_of(name: str, head_kind: str | None, form: LegalForm | None) -> str:
    """The kind from the name's words: a strong head noun decides (университет, театр, посольство); a
    weak one (центр, совет, палата, дом) asks its neighbours (творчества → culture, депутатов →
    legislature, торгово-промышленная → association); then the legal form."""
    words = alias_key(name).split()
    if ("союзный" in words and "государство" in words) or set(words) & _INTERNATIONAL_WORDS or (
            "организация" in words and "сотрудничество" in words) or "экономический сотрудничество" in " ".join(words):
        # 'Организация исламского сотрудничества', 'Парламентская ассамблея Черноморского экономического
        # сотрудничества', 'Межпарламентская ассамблея …': bodies of many states
        return "international"
    heads = [w for w in words if w in _heads()]
    # a hint is one lemma ('депутат') or two in a row ('национальный собрание' → legislature)
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:])]
    hinted = [_kind_words()[w] for w in pairs + words if w in _kind_words()]
    # 'Совет Федерации': the state's 'Федерация' after another head is no sport's federation
    strong = [w for w in heads if w not in _WEAK_HEADS and not _heads()[w][1] and (w != "федерация" or w == heads[0])]
    if strong:
        return _heads()[strong[0]][0]
    if "комитет по" in pairs:
        return "executive"  # 'Комитет по культуре Смоленской области', 'комитет по образованию Мингорисполкома'
    if hinted:
        return hinted[0]
    if form is not None:
        return form.kind
    if heads:
        # a generic first head (организация, учреждение: kind other) is a branch of the body its tail
        # names: 'Смоленская областная организация Всероссийского общества слепых' is the society's
        specific = [w for w in heads if _heads()[w][0] != "other"]
        return _heads()[(specific or heads)[0]][0]
    return head_kind or "other"


@dataclass(frozen=True)
class Context:
    """What the event says about where its organisations are: the reporting region (its adjective
    and centre as lemmas), the venue's country and the partner countries found in the event."""
    home_adjective: str | None
    home_centre: str | None
    venue_country: str | None = None
    partners: tuple[str, ...] = ()
    agreement: str | None = None  # the event's: signed | verbal | None (etl/classify.classify_agreement)
    home_region: str | None = None  # 'Смоленская область': what a bare 'области' in the responsible column means
    # the title says our side took part in an event («Участие в фестивале …»): its participants cell lists who went
    participation: bool = False


@lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    """Folded city → country: the geo gazetteer, and the neighbours' towns too small for it
    (neighbour_towns.csv, read only here: an organisation's adjective 'Слонимский' names its town,
    while a bare 'Рогачева' in a cell is as often a surname as a place)."""
    from .geo import _cities

    towns = {fold(row["town"]): row["country"] for row in _rows("neighbour_towns.csv")}
    return towns | {key: code for key, (code, _) in _cities().items()}


@word_cache
def _city_word_country(word: str) -> str | None:
    """'Минский' → BY, 'Могилев' → BY, 'Брестский' → BY: a foreign city or its adjective names
    its country; a Belarusian letter (і, ў) says BY. An adjective that may come from a neighbour's
    town listed by hand (foreign_cities.csv) and from a city far away is the neighbour's."""
    if "і" in word.lower() or "ў" in word.lower():
        return "BY"
    base = lemma(word)
    country = _adjective_country(base)
    if country is None and word[:1].isupper() and not base.endswith(_TOWN_ADJECTIVE_ENDINGS):
        stem = _town_adjective_stem(word)  # 'Шкловская': pymorphy3's lemma is the surname 'шкловская'
        return _adjective_country(fold(stem) + "ий") if stem else None
    return country


@word_cache
def _adjective_country(base: str) -> str | None:
    """_city_word_country of a lemma: a city's name, or an adjective made from one."""
    cities = _city_countries()
    if base in cities:
        return cities[base]
    if base.endswith(_TOWN_ADJECTIVE_ENDINGS):
        stems = [stem for stem in _city_stems(base) if stem in cities]
        if stems:
            curated = _curated_cities()
            chosen = next((stem for stem in stems if stem in curated), None)
            if chosen is None and base in _russian_place_adjectives():
                return None  # 'Уральский театр', 'Кировский район', 'Алтайский край': Russia's own names first
            return cities[chosen or stems[0]]
        if base not in _russian_place_adjectives():
            regions = _region_name_countries()
            for stem in _city_stems(base):
                if stem in regions:  # 'Хэйлунцзянского университета' → CN, 'Ниигатской префектуры' → JP
                    return regions[stem]
    return None


@lru_cache(maxsize=1)
def _region_name_countries() -> dict[str, str]:
    """Folded one-word name of a foreign province, aimag, prefecture or state → its country
    (foreign_regions.csv's nouns: 'хэйлунцзян' → CN, 'ниигата' → JP, 'гоа' → IN), for the
    adjectives clerks make of them ('Хэйлунцзянский', 'Цзилиньский'), which the table does not list."""
    names: dict[str, str] = {}
    for row in _rows("foreign_regions.csv"):
        for noun in row["nouns"].split(";"):
            noun = fold(noun.strip())
            if noun and " " not in noun and len(noun) >= 4:
                names.setdefault(noun, row["country"])
    return names


# Russia's own lands whose adjectives also derive from a far foreign town's name: 'уральский' (Урал,
# not Уральск), 'кавказский', 'сибирский' …; with the adjectives of Russia's regions and towns.
_RUSSIAN_LAND_ADJECTIVES = frozenset({
    "уральский", "сибирский", "кавказский", "северокавказский", "поволжский", "приволжский", "дальневосточный",
    "байкальский", "донской", "кубанский", "таврический", "печорский", "камский", "окский", "волжский",
    "ладожский", "онежский", "беломорский", "балтийский", "каспийский", "азовский", "черноморский",
    "советский", "октябрьский", "кировский", "ленинский", "первомайский", "пролетарский", "комсомольский",
    "красноармейский", "петропавловский", "свердловский", "калининский", "куйбышевский", "дзержинский"})


@lru_cache(maxsize=1)
def _russian_place_adjectives() -> frozenset[str]:
    """Adjectives Russian names are made of: its lands and Soviet-era names above, and its regions'
    ('Алтайская область' → 'алтайский'); a foreign town listed by hand still wins (curated)."""
    regions = {fold(row["region"].split()[0]) for row in _rows("ru_regions.csv")}
    regions = {word[:-2] + "ий" for word in regions if word.endswith(("ская", "цкая", "ский", "цкий"))}
    return _RUSSIAN_LAND_ADJECTIVES | frozenset(regions)


_TOWN_ADJECTIVE_ENDINGS = ("ский", "цкий", "ской", "цкой")
# A touring company named right after its tour: 'Гастроли (Государственного) ансамбля …', 'турне театра …'.
_TOURING_BEFORE = re.compile(r"(?:гастрол|турне|гастрольн)\w*\s+(?:[А-ЯЁа-яё-]+\s+){0,3}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _curated_cities() -> frozenset[str]:
    """The neighbours' towns listed by hand (foreign_cities.csv, neighbour_towns.csv)."""
    return frozenset(fold(row["city"]) for row in _rows("foreign_cities.csv")) \
        | frozenset(fold(row["town"]) for row in _rows("neighbour_towns.csv"))


def _city_stems(adjective: str) -> tuple[str, ...]:
    """The city names an adjective may come from, the surest derivation first: a city ending in
    'ск'/'цк' ('минский' → минск, 'новополоцкий' → новополоцк), the root itself ('брестский' →
    брест, 'гомельский' → гомель), the root with a vowel or ь ('лидский' → лида, 'жодинский' →
    жодино, 'барановичский' → барановичи, 'мозырский' → мозырь, 'глубокский' → глубокое, 'речицкий'
    → речица), then the roots that add a syllable: 'нский' ('оршанский' → орша), 'енский'
    ('гродненский' → гродно) or 'инский' ('астанинский' → астана). Never the adjective cut after
    its 'с' ('лидский' is not from Leeds, whose adjective is 'лидсский'). pymorphy3's guess
    'жодинской' for an unknown 'Жодинского' is read as 'жодинский'."""
    if adjective.endswith(("ской", "цкой")):
        adjective = adjective[:-2] + "ий"
    stems = [adjective[:-2]]
    if adjective.endswith("цкий"):
        root = adjective[:-3]  # 'речиц', 'елец'
        stems += [root, root + "а"]
    else:
        root = adjective[:-4]
        stems += [root] + [root + end for end in ("ь", "а", "о", "и", "я", "ое", "ы")]
        if root.endswith("ь"):
            stems.append(root[:-1])  # 'стамбуль' → стамбул
        if root.endswith("ан"):
            stems.append(root[:-1])  # 'оршан' → орша
        if root.endswith("ен"):
            stems += [root[:-2] + "о", root[:-2] + "но"]  # 'гродненский' → гродно, 'дубровенский' → дубровно
        if root.endswith("ин"):
            stems += [root[:-2] + end for end in ("а", "у", "ы")]  # астана, баку, алматы
    return tuple(stem for stem in stems if len(stem) >= 4)


_LOCATED_IN = re.compile(r"\s(?:в|во)\s+[А-ЯЁ]")
_RUSSIAN_WIDE = ("общероссийск", "всероссийск", "межрегиональн", "федеральн", "русск")


@lru_cache(maxsize=1)
def republic_adjectives() -> dict[str, tuple[str, ...]]:
    """A republic named by its noun («Республика Бурятия») → the adjectives its own bodies are named by
    («бурятский»), from reference/republic_adjectives.csv; a republic named by its adjective («Чувашская
    Республика») has that one already, and «алтайский» is Алтайский край's, so Республика Алтай is left out."""
    found: dict[str, tuple[str, ...]] = {}
    with open(REFERENCE_DIR / "republic_adjectives.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            found[row["region"]] = found.get(row["region"], ()) + (row["adjective"],)
    return found


def _place_of(name: str, form: LegalForm | None, context: Context) -> tuple[str | None, bool]:
    """(country, is the reporting region's own), from the name's own words, then its legal form."""
    return _place_of_name(name, form, context.home_adjective, context.home_centre, context.home_region)


_CAPITAL_LETTERS = re.compile(r"(?<![А-ЯЁа-яё])[А-ЯЁ][А-ЯЁа-яё]{1,2}(?![А-ЯЁа-яё])")


@lru_cache(maxsize=50_000)
def _place_of_name(name: str, form: LegalForm | None, home_adjective: str | None,
                   home_centre: str | None, home_region: str | None = None) -> tuple[str | None, bool]:
    """_place_of for one name, remembered: a report names its partners again and again."""
    from .abbreviations import home_letters

    context = Context(home_adjective, home_centre)
    ours = home_letters(home_region)
    if ours and any(m.group(0) in ours for m in _CAPITAL_LETTERS.finditer(name)):
        return "RU", True  # «Министерство экономического развития РБ» in Бурятия's report: the republic's own
    adjectives = republic_adjectives().get(home_region or "", ())
    if adjectives:
        named = [lemma(w) for w in _KEY_WORD.findall(fold(name))]
        if any(a in named for a in adjectives) and all(m.code == "RU" for m in country_mentions(name)):
            return "RU", True  # «Бурятский государственный академический театр» in Бурятия's report
    located = _LOCATED_IN.search(name)
    if located:
        # 'Генеральное консульство Норвегии в Мурманске', 'Генконсульство КНР в Екатеринбурге': the
        # country before 'в …' is whose it is; the city after it (our own centre too) only where it sits.
        mentions = country_mentions(name[:located.start()])
        if mentions and mentions[0].code != "RU":
            return mentions[0].code, False
    words = [lemma(w) for w in _KEY_WORD.findall(fold(name))]
    if context.home_adjective and "-" in context.home_adjective:
        # «Кабардино-Балкарской», «Карачаево-Черкесского»: the region's adjective is one hyphened word, which
        # _KEY_WORD splits in two
        words += [lemma(w) for w in _HYPHENED_WORD.findall(fold(name))]
    if (context.home_adjective and context.home_adjective in words) or (
            context.home_centre and (context.home_centre in words or _centre_adjective_in(words, context.home_centre))):
        return "RU", True
    if any(w.startswith(_RUSSIAN_WIDE) for w in words):
        return "RU", False
    mentions = country_mentions(name)
    if mentions:
        return mentions[0].code, False
    regions = foreign_regions([name])
    codes = region_countries(regions) if regions else []
    if codes:
        return codes[0], False
    for found in re.finditer(r"[А-ЯЁA-Z][А-Яа-яЁёІіЎў-]+", name):
        if _LANDMARK_BEFORE.search(name, 0, found.start()):
            continue  # «Полёт над Днепром», «Дом у Волги»: a river or a landmark, not the body's town
        code = _city_word_country(found.group())
        if code:
            return code, False
    if any("исполком" in w for w in words):
        return "BY", False  # 'Мингорисполком', 'Гомоблисполком': only Belarus names its executives so
    if form is not None and form.country:
        return form.country, form.home
    return None, False


# A preposition that makes the next name a landmark (a river, a lake, a mountain), not a town the body is of.
_LANDMARK_BEFORE = re.compile(r"(?<![А-Яа-яЁё])(?:над|под|за|у|вдоль|по|на|при)\s+$", re.IGNORECASE)


def _centre_adjective_in(words: list[str], centre: str) -> bool:
    """Whether a name's lemmas hold the adjective of the reporting region's centre where it is not the region's own:
    «ижевский» (Ижевск) in Udmurtia's report, «казанский» (Казань) in Tatarstan's, «элистинский» (Элиста) in
    Kalmykia's. Was read by the event's place: «Ижевский механический завод» at a Tashkent exhibition was Uzbek."""
    return not _centre_adjectives(centre).isdisjoint(words)


@lru_cache(maxsize=64)
def _centre_adjectives(centre: str) -> frozenset[str]:
    """The adjectives a centre's name makes: «ижевск» → «ижевский», «казань» → «казанский», «элиста» →
    «элистинский», «самара» → «самарский», «йошкар-ола» → «йошкар-олинский» (not «самаркандский»: the whole
    adjective, not its first letters)."""
    c = centre.replace("ё", "е")
    forms = {c + "ский", c[:-1] + "ский", c[:-1] + "инский", c + "инский"}
    if c.endswith(("ск", "цк")):
        forms.add(c + "ий")
    return frozenset(forms)


_OTHER_STATES_AFTER = re.compile(r"\s+и\s+(?:стран|государств)\s+[А-ЯЁ]")


def _joint(name: str) -> bool:
    """A body of several states: its name lists two countries by name joined by 'и' ('Ассоциация
    городов Беларуси и России', 'Парламентская ассамблея Союза Беларуси и России') or a country and
    other states ('Ассамблея народов России и стран Европы'). An adjective of two ('Белорусско-Российский
    университет') or a place it sits in is one country's."""
    if " и " not in name:
        return False
    named = [m for m in country_mentions(name) if m.kind == "name"]
    return any(a.code != b.code and name[a.end:b.start].strip() == "и" for a, b in zip(named, named[1:])) \
        or any(_OTHER_STATES_AFTER.match(name, m.end) for m in named)


_OBSOLETE_IN_RUSSIA = ("ОАО", "ЗАО", "ОДО")  # forms Russia no longer registers (since 2014)


def _fallback_country(form: LegalForm | None, context: Context, latin: bool = False) -> str | None:
    """Where a name and its form say nothing.

    - 'визит на предприятие холдинга «Бобруйскагромаш»' (no form) in an event abroad: that country;
    - 'ОАО «Гипросвязь»' (a form Russia no longer registers) with one foreign partner: that partner;
    - 'ООО «АРКОС-ТРЕЙД»' met at a forum in Minsk: unknown (None) — an ООО may be of either side,
      and a guess would list a Russian company among the foreign partners;
    - 'Siemens AG', 'компания Huawei Technologies' (written in Latin): the country abroad, else the one
      foreign partner, else unknown — never Russia by default;
    - otherwise Russia (a Russian region's report names its own country's bodies without saying so)."""
    foreign = [c for c in context.partners if c != "RU"]
    abroad = context.venue_country if context.venue_country and context.venue_country != "RU" else None
    if latin:
        return abroad or (foreign[0] if len(foreign) == 1 else None)
    if form is None:
        return abroad or "RU"
    if form.form in _OBSOLETE_IN_RUSSIA:
        return abroad or (foreign[0] if len(foreign) == 1 else "RU")
    if form.country is None and (abroad or foreign):
        return None
    return form.country or "RU"


# ---------------------------------------------------------------- mentions in one text

class Span(NamedTuple):
    start: int
    end: int
    name: str
    legal_form: str | None
    kind: str
    country: str | None
    home: bool
    form: LegalForm | None = None


@lru_cache(maxsize=1)
def _listed_phrases() -> tuple[tuple[str, str], ...]:
    """(phrase, alias key) the reference list is searched for: every abbreviation, and the full
    names the rules cannot find themselves (no organisation noun in them: «Содружество Независимых
    Государств»). A name the rules find («Министерство иностранных дел …») gets the same key anyway."""
    out = []
    for row in _rows("organisation_aliases.csv"):
        key = alias_key(row["alias"])
        out.append((row["alias"], key))
        if not any(word in _heads() for word in alias_key(row["name"]).split()):
            out.append((row["name"], key))
    return tuple(out)


@lru_cache(maxsize=1)
def _reference_index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The reference's names and abbreviations (organisation_aliases.csv), found in any case."""
    return phrase_index(_listed_phrases())


def phrase_index(pairs) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """(phrase, key) pairs → by first lemma: (the phrase's lemmas, key), longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, key in pairs:
        lemmas = tuple(alias_key(phrase).split())
        if lemmas:
            index.setdefault(lemmas[0], []).append((lemmas, key))
    for entries in index.values():
        entries.sort(key=lambda e: len(e[0]), reverse=True)
    return index


def find_listed(tokens: list[Token], index) -> list[tuple[int, int, str]]:
    """Where a listed phrase stands in the text, in any case: (start, end, its key)."""
    words = [t for t in tokens if t[_IS_WORD]]
    lemmas = [alias_key(t[_TEXT]) for t in words]
    out, resume = [], 0
    for k, word_lemma in enumerate(lemmas):
        if k < resume or word_lemma not in index:
            continue
        for sequence, key in index[word_lemma]:
            if tuple(lemmas[k:k + len(sequence)]) == sequence:
                out.append((words[k][_START], words[k + len(sequence) - 1][_END], key))
                resume = k + len(sequence)
                break
    return out


_APPOSITION = re.compile(r"\s*[–—-]\s*[а-яё\s-]*")
_BROKEN_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\n\s*(?=\w)")


def _listed_in(text: str, starts: list[int]) -> list[tuple[int, int, str]]:
    """find_listed over the words from each place a listed name may start (not the whole cell)."""
    out: list[tuple[int, int, str]] = []
    for start in starts:
        if out and start < out[-1][1]:
            continue
        tokens = _tokens(text, start, min(len(text), start + 200))
        found = find_listed(tokens, _reference_index())
        if found and found[0][0] == start:
            out.append(found[0])
    return out


def _listed_in_tokens(text: str, tokens: list[Token], starts: list[int]) -> list[tuple[int, int, str]]:
    """_listed_in read from the cell's own tokens: a listed name must start at the first word of
    each 200-character window, so only the reference entries of that word are tried, over as many
    words as the longest of them, instead of tokenising the window again and matching from every
    word of it. A start that is not a token of the cell, or a window whose edge cuts a word the
    match needs, takes _listed_in's way (test_organisations_fast_paths).

    'в рамках СНГ и ЕАЭС', starts of «СНГ» and «ЕАЭС» → both, with their keys."""
    index = _reference_index()
    out: list[tuple[int, int, str]] = []
    for start in starts:
        if out and start < out[-1][1]:
            continue
        k = bisect_left(tokens, start, key=_token_start)
        if k == len(tokens) or tokens[k][_START] != start:
            out += _listed_in(text, [start])
            continue
        entries = index.get(alias_key(tokens[k][_TEXT]))
        if not entries:
            continue
        limit = min(len(text), start + 200)
        longest = len(entries[0][0])
        words: list[Token] = []
        cut = False
        for token in tokens[k:]:
            if len(words) == longest or token[_START] >= limit:
                break
            if token[_END] > limit:
                cut = True
                break
            if token[_IS_WORD]:
                words.append(token)
        if cut:
            out += _listed_in(text, [start])
            continue
        lemmas = [alias_key(token[_TEXT]) for token in words]
        for sequence, key in entries:
            if tuple(lemmas[:len(sequence)]) == sequence:
                out.append((start, words[len(sequence) - 1][_END], key))
                break
    return out


def _token_start(token: Token) -> int:
    return token[_START]


# A company written in Latin letters with its foreign legal form after the name: 'Siemens AG',
# 'Huawei Technologies Co., Ltd.', 'China Railway Construction Corporation Limited', 'Orbis Sp. z o.o.'.
_LATIN_FORMS = (r"Co\.,?\s*Ltd\.?|GmbH(?:\s*&\s*Co\.\s*KG)?|AG|KG|Ltd\.?|LLC|L\.L\.C\.|LLP|Inc\.?|Corp\.?|"
                r"Limited|S\.A\.|S\.p\.A\.|S\.r\.l\.|PLC|plc|B\.V\.|N\.V\.|Oy|AB|ASA|A/S|JSC|"
                r"Sp\.\s*z\s*o\.\s*o\.|s\.r\.o\.|a\.s\.|Pvt\.?\s*Ltd\.?|Pte\.?\s*Ltd\.?")
_LATIN_COMPANY = re.compile(
    r"(?<![A-Za-z0-9&'’.-])(?P<name>[A-Z][A-Za-z0-9&'’-]*(?:\s+(?:[A-Z0-9][A-Za-z0-9&'’.-]*|of|and|for|de|&))*?)"
    rf"\s*,?\s+(?P<form>(?:{_LATIN_FORMS})(?:,?\s+(?:{_LATIN_FORMS}))*)(?![A-Za-z])")
# Three Latin letters in a row; written out, not as {3}: re then scans for the first letter's class
# in C before trying the rest, twice as fast over a long Cyrillic cell (test_etl_fast_paths_org).
_LATIN_LETTERS = re.compile(r"[A-Za-z][A-Za-z][A-Za-z]")
_ZONE_BEFORE_QUOTE = re.compile(  # one zone, park or cluster: 'свободных экономических зон «…»' is a title's
    r"(?:(?P<russian>\bОЭЗ(?:\s+ППТ|\s+ТВТ)?|\bТОСЭР|\bТОР|\b[Оо]соб(?:ая|ой|ую|ою)\s+экономическ(?:ая|ой|ую|ою)\s+зон[аеуы]"
    r"|\b[Тт]еррит\w+\s+опережающего\s+(?:социально-экономического\s+)?развития)"
    r"|\bСЭЗ|\b[Сс]вободн(?:ая|ой|ую|ою)\s+экономическ(?:ая|ой|ую|ою)\s+зон[аеуы]|\b[Тт]ехнопарк(?:а|у|ом|е)?"
    r"|\b[Кк]ластер(?:а|у|ом|е)?)\s*[«\"“„]")
_ONE_WORD_QUOTED = re.compile(r"[«\"“„]([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)[»\"”“]")
# An institution by its abbreviation and whom it is named after: 'ННГУ им. Н.И. Лобачевского',
# 'НГТУ имени Р.Е. Алексеева', 'УрФУ им. Б.Н. Ельцина', 'БрГУ им. А.С. Пушкина' (a word's stem
# before the capitals: 'Бр', 'Смол', 'Тул'), 'НовГУ им. Ярослава Мудрого' (a name of one or two
# words without initials), 'СОШ им. А.С. Пушкина' (-У a university,
# -Ш a school: education; else other).
_ABBREVIATION_NAMED_AFTER = re.compile(
    r"(?<![\w.-])(?P<abbreviation>[А-ЯЁ](?:[а-яё]{0,5}[А-ЯЁ])+)\s+(?:им\.|имени)\s*"
    r"(?P<person>(?:[А-ЯЁ]\.\s*){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
    r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)?)")
_CYRILLIC_PROPER = re.compile(r"(?<!^)\b[А-ЯЁ][а-яё]")


_QUOTED_PART = re.compile(r"«[^«»]*(?:«[^«»]*»[^«»]*)*»?")


@lru_cache(maxsize=50_000)
@lru_cache(maxsize=50_000)
def _written_abroad(name: str) -> bool:
    """_written_in_latin, or an organisation noun with a foreign word that does not decline ('Университет
    Кёнхи', 'Университет Ёнсе': _is_genitive_word's indeclinable foreign word, outside quotes):
    such a name is not assumed Russian when nothing else says where it is from."""
    if _written_in_latin(name):
        return True
    words = _QUOTED_PART.sub(" ", name).split()
    if len(words) < 2 or lemma(words[0]) not in _heads():
        return False  # 'Крокус Экспо', 'БИТ Электро': a brand, not an organisation noun with a foreign name
    return any(w[:1].isupper() and w[-1:] in _INDECLINABLE_ENDINGS and not parse(w)[0].is_known for w in words)


def _written_in_latin(name: str) -> bool:
    """'Компания Huawei Technologies', 'China Railway': a name whose proper words are Latin. A
    Russian region's report writes its own country's bodies in Cyrillic, so such a name is not
    assumed Russian when nothing else says where it is from. A Latin brand in quotes after a
    Russian description ('театр танца «Rara Avis»') is not such a name."""
    bare = _QUOTED_PART.sub(" ", name)
    return bool(_LATIN_LETTERS.search(bare)) and not _CYRILLIC_PROPER.search(bare)


# 'ОАО 'Гомсельмаш'', ‘Белшина’: single quotes standing where « » would, opened after a space or a
# bracket and closed before a space or punctuation (an apostrophe inside a word, d'Artagnan, is not one).
_SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s(]))['‘]([^'‘’\n]{2,120}?)['’](?=$|[\s,.;:)!?])")


def _single_quotes_as_guillemets(text: str) -> str:
    """'ОАО 'Гомсельмаш'' → 'ОАО «Гомсельмаш»', same length, so every span stays where it was."""
    return _SINGLE_QUOTED.sub(lambda m: f"«{m.group(1)}»", text)


def _cell_tokens(text: str, words: tuple[str, ...],
                 marks: list[int] | None = None) -> tuple[list[Token], list[int], list[int]]:
    """_cell_token_tuples with each token a named Token, for reading and tests."""
    tokens, heads, listed = _cell_token_tuples(text, words, marks)
    return [Token._make(token) for token in tokens], heads, listed


@word_cache
def _gap_characters(gap: str) -> tuple[tuple[str, int, bool], ...]:
    """The visible characters of what stands between two words, with their offsets and whether
    they are letters or digits: ', «' → (',', 0, False), ('«', 2, False). A cell's gaps are few
    kinds (', ', '. ', ' «', '» '), so each is read once."""
    return tuple((char, offset, char.isalnum()) for offset, char in enumerate(gap) if not char.isspace())


def _cell_token_tuples(text: str, words: tuple[str, ...],
                       marks: list[int] | None = None) -> tuple[list[tuple], list[int], list[int]]:
    """(the cell's tokens as plain (text, start, end, is_word) tuples, the indices of its head nouns
    among them, where a listed name may start), in one walk over the cell's cached words: the cell
    split at its spaces, a piece that is the next word taken whole, any other piece read by
    str.find for its words (between two words there is no letter) and the visible characters
    between them, and one cached _marker look-up per word. The same tokens as _tokens(text), the same heads and starts as
    marking word_tokens(text) (test_etl_fast_paths); a cell with letters the word pattern leaves
    out (і, ў) takes that slower way.

    'Витебского облисполкома («ВОИК»)' → tokens Витебского, облисполкома, (, «, ВОИК, », ); head 1."""
    if _OUTSIDE_WORD_TOKENS.search(text):
        tokens = _tokens(text)
        index_at = {token.start: i for i, token in enumerate(tokens)}
        marked = [(start, mark) for word, start, _ in word_tokens(text) if (mark := _marker(word))]
        heads = [index_at[start] for start, mark in marked if mark & _HEAD and start in index_at]
        return tokens, heads, [start for start, mark in marked if mark & _LISTED]
    out: list[tuple] = []
    heads: list[int] = []
    listed: list[int] = []
    append = out.append
    if marks is None:
        marks = list(map(_marker, words))
    count = len(words)
    k = 0
    previous = 0  # where the piece between two spaces starts
    for piece in text.split(" "):
        if k < count and piece == words[k]:  # most pieces are one word, nothing around it
            end = previous + len(piece)
            mark = marks[k]
            if mark:
                if mark & _HEAD:
                    heads.append(len(out))
                if mark & _LISTED:
                    listed.append(previous)
            append((piece, previous, end, True))
            k += 1
            previous = end + 1
            continue
        if piece:  # 'Витебского,', '(«ВОИК»)', 'области\nРеспублики': its words by str.find, the rest as gaps
            find = piece.find
            at = 0
            while k < count:
                word = words[k]
                start = find(word, at)
                if start < 0:
                    break
                if start != at:
                    for char, offset, alnum in _gap_characters(piece[at:start]):
                        append((char, previous + at + offset, previous + at + offset + 1, alnum))
                mark = marks[k]
                if mark:
                    if mark & _HEAD:
                        heads.append(len(out))
                    if mark & _LISTED:
                        listed.append(previous + start)
                at = start + len(word)
                append((word, previous + start, previous + at, True))
                k += 1
            if at != len(piece):
                for char, offset, alnum in _gap_characters(piece[at:]):
                    append((char, previous + at + offset, previous + at + offset + 1, alnum))
        previous += len(piece) + 1
    return out, heads, listed


_ANY_QUOTE = re.compile(f"[{_QUOTES}]")


def _only_plural_heads(text: str, words: tuple[str, ...], marks: list[int] | None = None) -> bool:
    """Whether every head noun of a cell is surely plural and no word may start a listed name: in a
    cell without quotes such heads name nobody (_phrase), so the cell needs no tokens. A cell with
    letters the word pattern leaves out (і, ў) says no: its tokens are not its words.
    'Делегация белорусских предприятий и учреждений культуры' → True."""
    if _OUTSIDE_WORD_TOKENS.search(text):
        return False
    if marks is None:
        marks = list(map(_marker, words))
    for word, mark in zip(words, marks):
        if mark and (mark & _LISTED or not _word_info(word)[4] or _head_of(word) is _CONTRACTED_HEAD):
            return False
    return True


def _all_heads_taken(text: str, words: tuple[str, ...], taken: list[tuple[int, int]],
                     marks: list[int] | None = None) -> bool:
    """Whether every head noun of the cell stands inside a name already found (`taken` spans) and no
    word may start a listed name: then the cell needs no tokens. Counted by words, not positions:
    the heads among the words of each span against the heads of the cell; a span whose edge
    touches a letter, a digit or a hyphen (where a word of the cell may run across it) says no.
    'ОГБУК «Смоленский областной драматический театр»' → True."""
    if marks is None:
        marks = list(map(_marker, words))
    if _LISTED in marks or _HEAD | _LISTED in marks:  # the only marks with the listed bit
        return False
    inside = 0
    for a, b in taken:
        if (a and (text[a - 1].isalnum() or text[a - 1] == "-")) or (
                b < len(text) and (text[b].isalnum() or text[b] == "-" or text[b - 1] == "-")):
            return False
        inside += sum(1 for word in _WORD_PATTERN.findall(text, a, b) if _marker(word) & _HEAD)
    return inside == marks.count(_HEAD)  # no mark has the listed bit here


# A body's name typed in small letters, its place's adjective first: «смоленский государственный университет»,
# «витебского областного исполнительного комитета», «самарского академического театра оперы и балета».
_LOWER_PLACE_ADJECTIVE = re.compile(r"(?<![А-ЯЁа-яё-])[а-яё]{3,}(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их)\s+[а-яё]")
_LOWER_PLACE_WORD = re.compile(r"(?<![А-ЯЁа-яё-])[а-яё]{3,}(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое)(?![А-ЯЁа-яё-])")
_NEXT_LOWER_WORD = re.compile(r"\s+([а-яё-]+)")


def _place_names_capitalised(text: str) -> str:
    """The cell with each body's name typed in small letters given its capital: a town's or region's adjective
    («смоленский», «витебского»), then one to three adjectives of its kind («государственный», «областного
    исполнительного»), then a body's head («университет», «комитета»). Only the first letter changes, so every
    position in the cell stays. Not a country's adjective («белорусские государственные вузы», «российского
    государственного университета»), not a place's adjective straight before its noun («томский университет»,
    «смоленских коллег»): those say of which place, and name no one body."""
    pieces, at = [], 0
    for match in _LOWER_PLACE_WORD.finditer(text):
        place = match.group(0)
        between, end = 0, match.end()
        while between <= 3 and (following := _NEXT_LOWER_WORD.match(text, end)):
            word, end = following.group(1), following.end()
            if between and _head_of(word) and not _word_info(word)[4]:
                break
            if not _is_adjective(word) or _adjective_of_a_known_place(word):
                between = 4
                break
            between += 1
        else:
            continue
        if between > 3 or not _adjective_of_a_known_place(place) \
                or fold(lemma(place)) in _country_adjective_lemmas():
            continue
        pieces += [text[at:match.start()], place[:1].upper()]
        at = match.start() + 1
    return "".join(pieces) + text[at:] if pieces else text


@lru_cache(maxsize=1)
def _country_adjective_lemmas() -> frozenset[str]:
    """«белорусский», «китайский», «российский»…: adjectives of countries, which place a body's name in no town."""
    return frozenset(fold(lemma(row["adjective"])) for row in _rows("country_adjectives.csv")) | {"российский"}


def find_in_text(text: str, context: Context) -> list[Span]:
    """Every organisation named in one cell, in order of appearance.

    Most cells name none: a legal form needs a quote, a phrase needs a head noun and a listed name
    its first word, so a cell without any of these costs a cached look-up per word and two regex
    searches; the cell's tokens are built only when a word may start a name outside the quoted
    names of legal forms ('ОГБУК «Смоленский областной театр»': the head «театр» is inside one)."""
    if not text:
        return []
    if "-\n" in text or "- \n" in text:
        text = _BROKEN_HYPHEN.sub("-", text)  # 'Историко-\nархитектурного' is one word
    if "'" in text or "‘" in text:
        text = _single_quotes_as_guillemets(text)
    if _LOWER_PLACE_ADJECTIVE.search(text):
        text = _place_names_capitalised(text)
    # six substring tests: a third of one character-class search over the cell
    quoted = "«" in text or "\"" in text or "“" in text or "„" in text or "»" in text or "”" in text
    # The cell's words are cached by text (the geo parsers read the same cells): a head noun or a
    # listed name's first word is a dictionary look-up per word, with no regex over the cell.
    words = cell_words(text)
    marks = list(map(_marker, words))
    marked = any(marks)
    latin = _LATIN_LETTERS.search(text) is not None
    named_after = ("им." in text or "имени" in text) and _ABBREVIATION_NAMED_AFTER.search(text) is not None
    if not (quoted or marked or latin or named_after):
        return []
    tokens: list[tuple] = []
    heads: list[int] = []
    listed: list[int] = []
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        for a, b in taken:
            if not (end <= a or start >= b):
                return False
        return True

    def add(start: int, end: int, name: str, form: LegalForm | None, legal: str | None, head_kind: str | None):
        kind = _kind_of(name, head_kind, form)
        country, home = _place_of_name(name, form, context.home_adjective, context.home_centre, context.home_region)
        if kind not in _ONE_STATE_KINDS and _joint(name):
            kind, country, home = "international", None, False  # of several states, as СНГ or the Union State
        if country is None and form is None and head_kind is not None:
            # 'турецкой компанией «Renaissance Construction»', 'индийской компании «Tata»': the
            # adjective before the descriptor says whose the quoted name is
            quote = text.find("«", start, end)
            described = country_mentions(text[start:quote]) if quote > start else ()
            if described and described[0].kind == "adjective":
                country = described[0].code
        spans.append(Span(start, end, name, legal, kind, country, home, form))
        taken.append((start, end))

    if quoted and _CAPITAL_BEFORE_QUOTE.search(text):
        for match in _legal_form_matches(text):
            quote = match.end()
            end = quoted_end(text, quote)
            if end is None or not free(match.start(), end):
                continue
            form = _form_by_abbreviation().get(" ".join(match.group("form").split())) \
                or _unlisted_form(match.group("form"))
            name = _inner(text[quote:end])
            if name.strip(_QUOTES + " "):
                legal = form.form + (f" {match.group('extra')}" if match.group("extra") else "")
                add(match.start(), end, name, form, legal, None)
    if latin:
        for match in _LATIN_COMPANY.finditer(text):
            if free(match.start(), match.end()):
                form = " ".join(match.group("form").split())
                add(match.start(), match.end(), " ".join(match.group("name").split()), None, form, "enterprise")
    if named_after:
        for match in _ABBREVIATION_NAMED_AFTER.finditer(text):
            abbreviation = match.group("abbreviation")
            if abbreviation in _form_by_abbreviation() or alias_key(abbreviation) in _reference_aliases() \
                    or not free(match.start(), match.end()):
                continue  # 'МБОУ им. …' is a legal form whose name is missing; 'БФУ им. И. Канта' is listed
            name = f"{abbreviation} им. {' '.join(match.group('person').split())}"
            add(match.start(), match.end(), name, None, None,
                "education" if abbreviation.endswith(("У", "Ш")) else "other")
    if marked and not (taken and _all_heads_taken(text, words, taken, marks)) \
            and not (not quoted and _only_plural_heads(text, words, marks)):
        tokens, heads, listed = _cell_token_tuples(text, words, marks)
    if heads:
        quotes = _quote_spans(text) if quoted else ()
        for i in heads:
            token = tokens[i]
            position = token[_START]
            if taken and not free(position, token[_END]):
                continue
            head = _head_of(token[_TEXT])
            if head is None:
                continue
            if lemma(token[_TEXT]) in _HEADS_OF_ONE_PHRASE and not _HEADS_OF_ONE_PHRASE[lemma(token[_TEXT])].match(
                    text, token[_END]):
                continue  # «в кабинете Губернатора»: a room, not the «Кабинет Министров»
            if head is _CONTRACTED_HEAD and position in listed and _listed_in_tokens(text, tokens, [position]):
                continue  # 'МИД России': the reference's own name for it
            around = None
            for a, b in quotes:
                if a < position < b:
                    around = (a, b)
                    break
            found = _phrase(text, tokens, i, head[0], head[1])
            if found is None:
                continue
            start, end = tokens[found.first][_START], tokens[found.last][_END]
            if taken:
                ends = [b for a, b in taken if b <= start]
                if ends and _APPOSITION.fullmatch(text, max(ends), start):
                    continue  # '… ОАО «МАЗ» – управляющая компания холдинга «БЕЛАВТОМАЗ»' describes the one before
            if around is not None:
                # «Минский домостроительный комбинат» in a list of organisations is one; a title in
                # quotes ('выставка «Партизанское движение …»') names none.
                if start != around[0] + 1 or end < around[1] - 2 or _titled(text, around[0]):
                    continue
                start, end = around
            if free(start, end):
                add(start, end, found.name, found.legal_form, found.legal_form.form if found.legal_form else None,
                    head[0])
    if quoted:
        zoned = "зон" in text or "ЭЗ" in text or "ТОР" in text or "ТОСЭР" in text or "ехнопарк" in text \
            or "ластер" in text  # a few substring tests before the regex, which most quoted cells fail
        for match in _ZONE_BEFORE_QUOTE.finditer(text) if zoned else ():
            # 'в ОЭЗ «Лотос»', 'особую экономическую зону «Людиново»', 'технопарк «Калуга-Парк»': the
            # quoted name is the zone's or park's (its managing company), kind other; a zone of
            # Russia's law (ОЭЗ, ТОР, ТОСЭР) is Russian
            quote = match.end() - 1
            end = quoted_end(text, quote)
            if end is None or not free(match.start(), end):
                continue
            name = _inner(text[quote:end])
            if name.strip(_QUOTES + " "):
                add(match.start(), end, name, None, None, "other")
                if spans[-1].country is None and match.group("russian"):
                    spans[-1] = spans[-1]._replace(country="RU")
        for match in _ONE_WORD_QUOTED.finditer(text):
            # '«Уралмаша»', '«Газпрома»': one word the dictionary knows as a company's name
            word = match.group(1)
            first = parse(word)[0]
            if "Orgn" not in first.tag or first.tag.POS != "NOUN" or not free(match.start(), match.end()) \
                    or _titled(text, match.start()) or _after_head(text, match.start()):
                continue  # 'холдинга «БЕЛАВТОМАЗ»' after 'ОАО «МАЗ» –': the head noun's own rules decided
            add(match.start(), match.end(), _cased(word, first.inflect({"nomn"})), None, None, "enterprise")
    if listed:
        for start, end, key in _listed_in_tokens(text, tokens, listed):
            if free(start, end):
                canonical, country, kind = _reference_aliases()[key]
                spans.append(Span(start, end, canonical, None, kind, country, False))
                taken.append((start, end))
    return sorted(spans, key=_span_start) if len(spans) > 1 else spans


_span_start = itemgetter(0)  # Span.start


# ---------------------------------------------------------------- one event

_AGREEMENT = re.compile(r"соглашени|меморандум|договор|протокол\w*\s+о\s|дорожн\w+\s+карт", re.IGNORECASE)
# 'подписали', 'заключен', 'достигнута договоренность', 'стороны договорились', 'пришли к соглашению',
# 'согласовали дорожную карту'
_SIGNING = re.compile(r"подпис|заключ|достигнут|достигли|договорил|пришли\s+к|согласова", re.IGNORECASE)
# The organisation hosts: 'на базе X', 'организатор – X', 'по приглашению X', 'принимающей стороной
# выступил X', 'подготовлено X', 'визит (делегации …) на X', 'посетили X', 'побывали в X', 'в гостях у X',
# 'в актовом зале X', 'встреча прошла в X'.
_HOST_BEFORE = re.compile(
    r"(?:(?:на\s+базе|организатор\w*|по\s+инициативе|по\s+приглашению|на\s+площадке|в\s+стенах"
    r"|принимающ\w*\s+сторон\w*(?:\s+выступил\w*|\s+был\w*)?)[\s:–—-]*(?:\S+\s+){0,2}"
    r"|(?:подготовлен\w*|организован\w*|посетил\w*|посещени\w*|визит\w*(?:\s+(?:[а-яё-]+(?:ой|ей)\s+)?делегаци\w*(?:\s+\S+){0,3})?\s+(?:на|в|во)"
    r"|экскурси\w*\s+(?:на|в|по)|побывал\w*\s+(?:на|в|во)|в\s+гостях\s+у"
    r"|в\s+(?:здании|помещении|(?:актовом\s+|конференц-|выставочном\s+|концертном\s+)?зале))"
    r"\s+(?:\S+\s+){0,1}"
    r"|(?:прош(?:ел|ёл|ла|ло|ли)|состоял\w*|проходил\w*)\s+(?:в|во)\s+"
    r"|мисси\w*(?:\s+[^\s.;:]+){0,5}\s+от\s+)$", re.IGNORECASE)  # not 'прошла в рамках X'

# 'X организовал', 'X провёл', 'X выступил организатором', 'X принял делегацию' (not 'принял участие')
_HOST_AFTER = re.compile(r"^[»\s]*(?:организова\w*|провел[аио]?\b|провёл|выступил\w*\s+(?:организатор|принимающ)\w*"
                         r"|приня(?:л|ла|ло|ли)\s+(?:делегаци|гост|делегат)|принимал\w*\s+(?:делегаци|гост|делегат))",
                         re.IGNORECASE)
# 'в Дубровенском районном исполнительном комитете прошла диалоговая площадка'
_HELD_IN = re.compile(r"^[»\s]*(?:в\s+г\.\s*[А-ЯЁ][\w-]*\s+)?(?:прош\w*|состоял\w*|проходил\w*|был[аио]?\s+организован\w*)", re.IGNORECASE)
_IN_BEFORE = re.compile(r"(?:^|\s)(?:в|во)\s+$", re.IGNORECASE)
# What between two names makes them share a host's role: 'Организаторы: X и Y', 'X совместно с Y провели'.
_JOINED = re.compile(r"[»\"”\s]*(?:,|и|,?\s*а\s+также|совместно\s+со?)\s*", re.IGNORECASE)
# A '.' after an initial ('В.Н. Анохин') or 'г.', 'им.', 'обл.', 'ул.' ends no sentence.
# (The stop is matched first and the look-behinds tried only after it: most positions are no stop.)
_SENTENCE_END = re.compile(r"[.!?](?<!\b[А-ЯЁA-Z][.!?])(?<!\bг[.!?])(?<!\bгг[.!?])(?<!\bим[.!?])(?<!\bобл[.!?])"
                           r"(?<!\bул[.!?])(?<!\bпр[.!?])(?:\s|$)|\n|;")


@text_cache
def _sentence_ends(text: str) -> tuple[int, ...]:
    """Where each sentence of a cell ends (after its '.', ';' or line break), found once per cell."""
    return tuple(m.end() for m in _SENTENCE_END.finditer(text))


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """(first, last) of the sentence holding text[start:end]. The sentence starts after the last
    end at or before `start`; a '.' right before `start` ends one too ('г.Смоленск' → 'Смоленск')."""
    ends = _sentence_ends(text)
    k = bisect_right(ends, start)
    first = ends[k - 1] if k else 0
    if start and text[start - 1] in ".!?" and _SENTENCE_END.match(text, start - 1, start):
        first = start  # (not after an initial or 'г.': 'г.Смоленск' is one sentence with what is before)
    after = _SENTENCE_END.search(text, end)
    return first, (after.start() if after else len(text))


@text_cache
def _lowered(text: str) -> str | None:
    return caseless_text(text)


@text_cache
def _may_sign(text: str) -> bool:
    """Whether any sentence of the cell can be about signing an agreement: both cues are somewhere."""
    lowered = _lowered(text)
    return bool(search_slice(_AGREEMENT, text, lowered, 0, len(text))) \
        and bool(search_slice(_SIGNING, text, lowered, 0, len(text)))


def _role(text: str, span: Span, cell: str) -> str:
    """counterpart: named in a sentence about signing an agreement; host: the venue, 'на базе …',
    '… организовал'; else participant."""
    if cell == "venue":
        return "host"
    may_sign, may_host = _may_sign(text), _may_host(text)
    if not (may_sign or may_host):
        return "participant"  # no cue anywhere in the cell: its sentences need not be found
    first, last = _sentence_around(text, span.start, span.end)
    lowered = _lowered(text)  # the IGNORECASE cues run without the flag on lower-cased text (lemmas.search_slice)
    if may_sign and search_slice(_AGREEMENT, text, lowered, first, last) \
            and search_slice(_SIGNING, text, lowered, first, last):
        return "counterpart"
    if not may_host:
        return "participant"
    before = max(first, span.start - 120)  # the cues end right before the name: no need to scan further back
    if search_slice(_HOST_BEFORE, text, lowered, before, span.start) \
            or search_slice(_HOST_AFTER, text, lowered, span.end, span.end + 40) or (
            search_slice(_IN_BEFORE, text, lowered, before, span.start)
            and search_slice(_HELD_IN, text, lowered, span.end, span.end + 40)):
        return "host"
    return "participant"


# One of these is in every match of _HOST_BEFORE, _HOST_AFTER and _HELD_IN (lower case): a cell
# with none of them hosts nobody, and its names skip those searches (test_etl_fast_paths).
_HOST_STEMS = re.compile("базе|организатор|организова|инициативе|площадке|стенах|подготовлен|посетил|посещени"
                         "|визит|экскурси|провел|провёл|выступил|прош|состоял|проходил|был|приглашени|принимающ"
                         "|побывал|гостях|здании|помещении|зале|мисси"
                         r"|(?:приня(?:л|ла|ло|ли)|принимал\w*)\s+(?:делегаци|гост|делегат)")  # not 'приняли участие'


@text_cache
def _may_host(text: str) -> bool:
    """Whether a name in this cell can be its host by the cues (False: 'Делегация ОАО «МАЗ»')."""
    return may_match(text, _HOST_STEMS)


_CELLS = ("title", "venue", "content", "participants")
# '… (СЭЗ)', and a clerk's «(далее – Минпромэнерго РБ)», «(далее по тексту – ТПП)»: the short name the report then uses
# (a contraction as long as «Минэкономразвития», «Минсельхозпрода», «Госкомтуризма» too: it was cut at 15 letters)
_ABBREVIATION_AFTER = re.compile(r"\s*\((?:([А-ЯЁA-Z][А-ЯЁA-Zа-яё]{1,9})|далее(?:\s+по\s+тексту)?\s*[-–—:]\s*"
                                 r"([А-ЯЁA-Z][А-ЯЁA-Zа-яё]{1,22}(?:[ \t]+(?:[А-ЯЁ]{2,4}|Республики[ \t]+[А-ЯЁ][а-яё]+"
                                 r"|[А-ЯЁ][а-яё]+[ \t]+Республики))?))\)")  # «ТПП РК» read «ТПП Республики Казахстан»


_BRACKET_AFTER = re.compile(r"[ \t]*\(([^()\n]{2,60})\)")


def _bracket_names_a_place(word: str) -> bool:
    """'Смоленск', 'Гродно', 'Беларусь', 'КНР' in brackets after a name say where the body is (as «г. Смоленск»
    does): no abbreviation the report then uses for it — else every venue «Смоленск» would name that body."""
    return bool(country_mentions(word)) or parse_venue(word, with_region=False).city is not None


def _bracketed_country(text: str, end: int) -> str | None:
    """The country said in brackets right after a name that says none: 'ансамблем танца «Хоровод»
    (Беларусь)', '… колледжа (г. Минск)', '… (КНР)'. One country only ('(Беларусь, Россия)' says none)."""
    match = _BRACKET_AFTER.match(text, end)
    if match is None:
        return None
    inside = match.group(1)
    codes = {m.code for m in country_mentions(inside)}
    if not codes:
        codes = {code for code in map(_city_word_country, re.findall(r"[А-ЯЁ][А-Яа-яЁё-]+", inside)) if code}
    return codes.pop() if len(codes) == 1 else None


# 'Департамент экономического развития области', 'Комитет по культуре края;': the region's own body
# named without its region, the bare word at the end of the body's name.
_BARE_REGION = re.compile(r"(?<![А-ЯЁа-яё-])(?P<before>[а-яё-]+ )(?P<kind>области|края|округа|республики)(?=\s*(?:[,;.\n(]|$))")
_REGION_KIND = {"области": "область", "края": "край", "округа": "округ", "республики": "Республика"}


# A region's own top bodies named with the bare word, anywhere in a row: «между Правительством области и Народным
# комитетом провинции Лаокай», «Администрации края», «Губернатора области». A foreign region's bodies are named with
# their place (the row's partner), or by words Russia has none of (аким, облисполком).
_BARE_HOME_BODY = re.compile(r"(?<![А-ЯЁа-яё-])(?P<before>(?:[Пп]равительств|[Аа]дминистраци|[Гг]убернатор|[Дд]ум|"
                             r"[Зз]аконодательн[а-яё]+ [Сс]обрани)[а-яё]* )(?P<kind>области|края|округа|республики)"
                             r"(?=\s*(?:[,;.\n()»]|$|\s(?:и|с|со|в|во|на|по|о|об|при|о|от)\s))")


def _home_bodies_named(text: str, region: str) -> str:
    """'между Правительством области и …' → '… Правительством Вологодской области и …' (see _BARE_HOME_BODY), when
    the region is of that kind."""
    if "област" not in text and "кра" not in text and "округ" not in text and "еспублик" not in text:
        return text
    return _BARE_HOME_BODY.sub(lambda m: m.group("before") + region_genitive(region)
                               if _REGION_KIND[m.group("kind")] in region.split() else m.group(0), text)


# Two bodies sharing one head in the plural: «с Витебским и Могилёвским облисполкомами», «Смоленского, Брянского и
# Гомельского государственных университетов». The adjectives are capitalised and the head is a body's.
_SHARED_HEAD = re.compile(r"(?<![\w-])(?P<names>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?"
                          r"(?:\s*,\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)*\s+и\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)"
                          r"(?P<rest>(?:\s+[а-яё]+){1,4})")
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _adjective_cases(word: str) -> set[str]:
    """The singular cases an adjective's form may be in: 'Витебским' → {'ablt', 'datv'?}; none for a noun."""
    return {case for p in parse(word) if "ADJF" in p.tag and "sing" in p.tag for case in _CASES if case in p.tag}


def _shared_head_bodies(text: str) -> str:
    """«с Витебским и Могилёвским облисполкомами» → «с Витебским облисполкомом и Могилёвским облисполкомом»: each
    adjective gets the head in the singular, in the case they share, so each body is found on its own. The plural
    head must be a body's (organisation_heads.csv) and every adjective singular in its case; a plural read
    otherwise («Российской и Белорусской сторонами», «Витебским и Могилёвским облисполкомом») is left."""
    if " и " not in text:
        return text

    def rewrite(match: re.Match) -> str:
        names = re.split(r"(\s*,\s*|\s+и\s+)", match.group("names"))
        rest = match.group("rest").split()
        for width in range(1, len(rest) + 1):
            head = rest[width - 1]
            plural = [p for p in parse(head) if "NOUN" in p.tag and "plur" in p.tag and p.normal_form in _heads()]
            if plural:
                break
        else:
            return match.group(0)
        modifiers = rest[:width - 1]
        for case in {c for p in plural for c in _CASES if c in p.tag}:
            if not all(case in _adjective_cases(name) for name in names[::2]):
                continue
            singular = next((p for p in plural if case in p.tag), None).inflect({"sing", case})
            if singular is None:
                return match.group(0)
            gender = {"masc", "femn", "neut"} & set(singular.tag.grammemes)
            shared = []
            for word in modifiers:
                form = next((p for p in parse(word) if "ADJF" in p.tag and "plur" in p.tag and case in p.tag), None)
                inflected = form.inflect({"sing", case} | gender) if form is not None else None
                if inflected is None:
                    return match.group(0)
                shared.append(inflected.word)
            after = rest[width:]
            complement = 0  # «… университетами искусств»: a genitive after the head is each body's
            while complement < len(after) and (read := parse(after[complement])) \
                    and read[0].tag.POS in ("NOUN", "ADJF") and "gent" in read[0].tag:
                complement += 1
            tail = " ".join(shared + [singular.word] + after[:complement])
            parts = [part if i % 2 else f"{part} {tail}" for i, part in enumerate(names)]
            return "".join(parts) + "".join(" " + w for w in after[complement:]) \
                + match.group("rest")[len(match.group("rest").rstrip()):]
        return match.group(0)

    return _SHARED_HEAD.sub(rewrite, text)


# What ends an institution's own name: its closing quote or its letters («СГМУ», «СмолГУ»).
_OWN_NAME_END = re.compile(r"(?:[»\"]|(?<![А-ЯЁа-яё])(?P<letters>[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ]))\s+$")


def _parent_bodies(text: str, spans: list[Span]) -> set[int]:
    """The spans that name an institution's parent, not a body of the event: an executive body in the genitive
    right after another body or after an institution's own name — «ФГБОУ ВО «СГМУ» Минздрава России», «ОГБУК
    «Областная библиотека» Департамента Смоленской области по культуре». Not after «и» or a comma («СГМУ и
    Минздрав России»), nor after a word that is no name («делегация Министерства культуры»)."""
    from .capitals import legal_form_letters

    parents = set()
    for i, span in enumerate(spans):
        if span.kind != "executive" or span.start == 0:
            continue
        first = text[span.start:span.end].split()[0]
        if not ((first.isupper() and len(first) <= 5) or any("gent" in p.tag and "sing" in p.tag for p in parse(first))):
            continue  # «МЧС», «Минздрава», «Департамента»; not «МИНИСТЕРСТВО» of a letterhead
        before = text[max(0, span.start - 80):span.start]
        if "\n" in before[len(before.rstrip()):]:
            continue  # a body on a line of its own is not a parent
        previous_end = spans[i - 1].end if i and i - 1 not in parents else None
        if previous_end is not None and not text[previous_end:span.start].strip():
            parents.add(i)
        elif (end := _OWN_NAME_END.search(before)) and (end.group("letters") or "»") not in legal_form_letters():
            parents.add(i)
    return parents


def _home_region_named(text: str, region: str) -> str:
    """The responsible column names our own bodies, and a clerk writes 'Департамент … области' for the
    reporting region's: the bare word becomes the region's name in the genitive ('… Вологодской
    области'), when the region is of that kind (a 'края' in an oblast's report stays as written)."""
    if not _BARE_REGION.search(text):
        return text
    return _BARE_REGION.sub(lambda m: m.group("before") + region_genitive(region)
                            if _REGION_KIND[m.group("kind")] in region.split() else m.group(0), text)


def _foreign_side_country(text: str, context: Context) -> str | None:
    """The country of a body named in the foreign side's own column that says none: the one foreign
    country that column names, else the event's one foreign partner, else unknown — never Russia."""
    named = {m.code for m in country_mentions(text)} - {"RU"}
    if len(named) == 1:
        return named.pop()
    foreign = {c for c in context.partners if c != "RU"}
    return foreign.pop() if not named and len(foreign) == 1 else None


def _foreign_unit(name: str) -> str | None:
    """'bare' when the name ends in a foreign place type with no name after it ('Департамент коммерции
    провинции', 'Правительство штата'), 'named' when a name follows ('… провинции Ламдонг'), None when
    it holds no such type (_PLACE_TYPES: провинция, штат, префектура, уезд, воеводство …)."""
    names = cell_words(name)
    for i, word in enumerate(names):
        if lemma(word) in _PLACE_TYPES:
            return "bare" if i == len(names) - 1 else "named"
    return None


def _foreign_unit_country(unit: str, last_foreign: str | None, context: Context) -> str | None:
    """The country of a body of a foreign province, state or prefecture whose name says no country: a bare
    type refers back to the foreign body named before it in the cell ('Народное правительство провинции
    Хэйлунцзян и Департамент коммерции провинции' → CN); else the event's one foreign partner; else
    unknown (None) — but never Russia."""
    if unit == "bare" and last_foreign:
        return last_foreign
    foreign = [c for c in context.partners if c != "RU"]
    return foreign[0] if len(foreign) == 1 else None


# A stock or a collection, not a body: «объекты жилого фонда Витебска», «библиотечный фонд», «музейный фонд».
_STOCK = re.compile(r"(?:жилой|жилищный|библиотечный|музейный|архивный|лесной|земельный|книжный|фондовый)\s+фонд(?![а-я])")


def find_organisations(cells: dict[str, str], context: Context) -> list[OrgMention]:
    """The event's organisations, one per alias key, in order of first mention; the strongest role
    wins (a counterpart of an agreement who also hosted is a counterpart)."""
    found: dict[str, OrgMention] = {}
    responsible: set[str] = set()
    for cell in _CELLS + tuple(c for c in cells if c not in _CELLS and c not in ("number", "dates")):
        text = cells.get(cell) or ""
        if cell == "responsible" and context.home_region:
            text = _home_region_named(text, context.home_region)
        elif context.home_region:
            text = _home_bodies_named(text, context.home_region)
        text = _shared_head_bodies(text)
        spans = find_in_text(text, context)
        if len(spans) > 0 and (parents := _parent_bodies(text, spans)):
            spans = [span for i, span in enumerate(spans) if i not in parents]
        if cell == "responsible" and spans:
            responsible.update(alias_key(span.name) for span in spans)
        roles = _joined_hosts(text, spans, [_role(text, span, cell) for span in spans])
        last_foreign = None  # the country of the cell's last foreign body: what a bare 'провинции' refers back to
        may_hold_units = bool(spans) and _may_name_units(text)
        for span, role in zip(spans, roles):
            key = alias_key(span.name)
            if not key or _STOCK.match(fold(span.name)):
                continue
            country = span.country or _bracketed_country(text, span.end) \
                or (context.venue_country if cell == "venue" and context.venue_country
                    else _fallback_country(span.form, context, _written_abroad(span.name)))
            if span.country is None and cell != "venue":
                if _TOURING_BEFORE.search(text, max(0, span.start - 40), span.start):
                    # 'Гастроли ансамбля «Лезгинка» в Баку': who tours came from elsewhere, not from the venue
                    country = _fallback_country(span.form, replace(context, venue_country=None),
                                                _written_abroad(span.name))
                elif country is None and role == "host" and context.venue_country == "RU":
                    country = "RU"  # 'визит делегации Казахстана на АО «Уралвагонзавод»' (in Нижний Тагил)
                elif cell == "participants" and context.participation and context.venue_country not in (None, "RU"):
                    # 'Участие в фестивале в Витебске': «ансамбль «Россияне» (22 артиста)» went there, not of there
                    country = _fallback_country(span.form, replace(context, venue_country=None),
                                                _written_abroad(span.name))
            if cell == "attendance_foreign" and span.country is None and country in ("RU", None):
                country = _foreign_side_country(text, context)  # 'Иностранная сторона': '… Сербия, ансамбль «Коло»'
            if country is None and cell == "responsible":
                country = "RU"  # the region's own body that runs the event: 'АО «Павловский автобус»'
            foreign_unit = _foreign_unit(span.name) if span.country is None and not span.home else None
            if foreign_unit is not None and country in ("RU", None):
                # 'Департамент коммерции провинции', 'Правительство штата': no Russian body is of a province
                country = _foreign_unit_country(foreign_unit, last_foreign, context)
            if country not in ("RU", None):
                last_foreign = country
            if span.kind == "international":
                country = None  # СНГ, ЕАЭС: of no one country
            # an international body (СНГ, ШОС, БРИКС, ЮНЕСКО) is a partner from abroad, as the hand-made lists read it
            side = "home" if span.home else "foreign" if country not in ("RU", None) or span.kind == "international" \
                or (country is None and (_written_abroad(span.name) or cell == "attendance_foreign"
                                         or foreign_unit is not None)) else "domestic"
            defined = _ABBREVIATION_AFTER.match(text, span.end)
            short = defined and (defined.group(1) or defined.group(2))
            if short and defined.group(1) and _bracket_names_a_place(short):
                short = None  # '… «Пушкинский» (Смоленск)': where it is, not what the report calls it
            unit = _unit_before(text, span.start) if may_hold_units else None
            mention = _mention(span.name if span.legal_form else name_in_case(span.name), span.legal_form, country, span.kind, side, role,
                               " ".join(text[span.start:span.end].split()), key,
                               " ".join(short.split()) if short else None, (unit,) if unit else ())
            previous = found.get(key)
            if previous is None:
                found[key] = mention
            else:
                if ROLES.index(mention.role) < ROLES.index(previous.role):
                    previous = found[key] = replace(previous, role=mention.role)
                if unit and unit not in previous.units:
                    found[key] = replace(previous, units=previous.units + (unit,))
    mentions = list(found.values())
    if len(mentions) > 1:
        mentions = _named_after_twins(mentions)
    if responsible:
        mentions = _responsible_roles(mentions, responsible, cells.get("title") or "", context)
    if context.agreement and not any(m.role == "counterpart" for m in mentions):
        # 'По итогам переговоров достигнуты договоренности …' names no party: the organisations that
        # negotiated in the content cell are the parties, ours included.
        # When the content cell names none, the title's are the parties ('Рабочая встреча с
        # представителями ОАО «Белшина»' over 'Достигнута договоренность о поставках'); when the title
        # names none either, the venue's and the participants' cells', the host included.
        written = " ".join((cells.get("content") or "").split())
        content = {m.key for m in mentions if m.surface and (m.surface in written or m.name in written)}
        if content:
            mentions = [replace(m, role="counterpart") if m.key in content and m.role == "participant" else m
                        for m in mentions]
        elif not _MANY_AGREEMENTS.search(cells.get("content") or ""):
            title = " ".join((cells.get("title") or "").split())
            parties = {m.key for m in mentions if m.surface and m.surface in title}
            # a foreign party of one country only: an international body's meeting names no other side
            if parties and all(m.side == "foreign" and m.kind != "international" for m in mentions if m.key in parties):
                parties |= {m.key for m in mentions if m.side == "home"}  # the other side: ours
            parties = parties or {m.key for m in mentions}
            mentions = [replace(m, role="counterpart") if m.key in parties else m for m in mentions]
    return mentions


def _named_after_twins(mentions: list[OrgMention]) -> list[OrgMention]:
    """One institution written with and without whom it is named after in one event ('Гастроли
    Нижегородского театра оперы и балета им. А.С. Пушкина' | 'Нижегородский театр оперы и балета'):
    the shorter is the longer one, which keeps the stronger role."""
    longer = [n for n in mentions if " им." in n.name or " имени " in n.name]
    if not longer:
        return mentions
    out = list(mentions)
    for m in mentions:
        for n in longer:
            if n is not m and n.name.startswith(m.name) and _NAMED_AFTER_TAIL.match(n.name, len(m.name)):
                j = next(k for k, o in enumerate(out) if o.key == n.key)
                if ROLES.index(m.role) < ROLES.index(n.role):
                    out[j] = replace(n, role=m.role)
                out.remove(m)
                break
    return out


_NAMED_AFTER_TAIL = re.compile(r" (?:им\.|имени )")


# 'Подписано 112 соглашений', 'заключено 3 контракта': a forum's or a mission's tally, whose parties
# are others than the organisations the event names (who ran the forum, where it was held).
_MANY_AGREEMENTS = re.compile(r"(?:подписан|заключен|заключён)\w*\s+(?:более\s+|свыше\s+|около\s+)?"
                              r"(?:\d+|дв[аеу]х?|три|трех|трёх|четыр\w*|пят\w*|шест\w*|сем\w*|восем\w*|девят\w*|десят\w*)"
                              r"\s+(?:\w+\s+)?(?:соглашени|договор|контракт|меморандум)", re.IGNORECASE)
# A title that says our body went to someone else's event: 'Участие в выставке …', 'Гастроли театра …'.
_TAKING_PART = re.compile(r"\s*(?:участи[еяю]|гастрол|поездк|командировк|выступлени)", re.IGNORECASE)


def _responsible_roles(mentions: list[OrgMention], responsible: set[str], title: str,
                       context: Context) -> list[OrgMention]:
    """The body named in an 'Ответственный исполнитель' / 'Организатор' column runs the event: it
    hosts what is held at home or online ('Международный фестиваль …' in Казань, 'Вебинар для врачей
    …' by ВКС, 'Визит делегации провинции Шаньдун' in Калуга) and takes part in what is held abroad
    or is someone else's ('Участие в выставке …', 'Гастроли театра … в Узбекистане'). A role found
    by a cue in the cells (counterpart of an agreement, host) stays."""
    if context.venue_country not in (None, "RU") or _TAKING_PART.match(title):
        return mentions
    return [replace(m, role="host") if m.key in responsible and m.role == "participant" else m for m in mentions]


# A working unit folded into the organisation right after it: 'кафедры истории Белорусского
# государственного университета', 'Отдела культуры Оршанского райисполкома' (its field in lower case,
# up to six words, between the unit's noun and its parent).
_UNIT_BEFORE = re.compile(r"(?<![а-яёА-ЯЁ])(?P<noun>(?:кафедр|лаборатори)(?:а|ы|е|у|ой|ою|ам|ами|ах|я|и|ю|ей|ям|ями|ях)?"
                          r"|(?:факультет|отдел)(?:а|у|ом|е|ы|ов|ам|ами|ах)?)"
                          r"(?P<field>(?:\s+(?!кафедр|лаборатори|факультет|отдел)[а-яё][а-яё-]*){0,6}?)\s*$",
                          re.IGNORECASE)
_UNIT_STEMS = ("кафедр", "лаборатори", "факультет", "отдел")  # one of them begins every _UNIT_BEFORE match


@text_cache
def _may_name_units(text: str) -> bool:
    """Whether a cell names any working unit at all (most do not: their names need no look-back)."""
    lowered = _lowered(text) or text.lower()
    return any(stem in lowered for stem in _UNIT_STEMS)


def _unit_before(text: str, start: int) -> str | None:
    """The working unit named right before an organisation that starts at `start`, in the nominative:
    'студентами кафедры истории Белорусского …' → 'Кафедра истории'; None when the words before are
    no unit ('делегация Белорусского …')."""
    first = max(0, start - 120)
    window = text[first:start].lower()
    at = max(window.rfind(stem) for stem in _UNIT_STEMS)  # the nearest unit noun: only there can a match start
    found = _UNIT_BEFORE.match(text, first + at, start) if at >= 0 else None
    if found is None:
        return None
    noun = _head_nominative(found.group("noun"))[0]
    field = " ".join(found.group("field").split())
    return (noun[:1].upper() + noun[1:].lower() + (" " + field if field else "")).strip()


def _joined_hosts(text: str, spans: list[Span], roles: list[str]) -> list[str]:
    """A participant joined to a host by ',', 'и', 'а также' or 'совместно с' hosts too: the cue names
    a list ('Организаторы: Витебский государственный университет и Брянский государственный
    университет'; 'X совместно с Y провели конференцию')."""
    if "host" not in roles or len(spans) < 2:
        return roles
    joined = [bool(_JOINED.fullmatch(text, a.end, b.start)) for a, b in zip(spans, spans[1:])]
    for k, link in enumerate(joined):  # forward: 'организаторы: X, Y и Z'
        if link and roles[k] == "host" and roles[k + 1] == "participant":
            roles[k + 1] = "host"
    for k in range(len(joined) - 1, -1, -1):  # backward: 'X совместно с Y провели'
        if joined[k] and roles[k + 1] == "host" and roles[k] == "participant":
            roles[k] = "host"
    return roles


_LONG_WORD = re.compile(r"[А-ЯЁа-яё]{3,}")


def merge_report_aliases(by_event: dict[int, list[OrgMention]],
                         cells: dict[int, dict[str, str]] | None = None) -> dict[int, list[OrgMention]]:
    """Across one report: one canonical name per alias key (the most frequent spelling, the first on a
    tie), and an abbreviation the report expands once ('… экономической зоны «Могилев» (СЭЗ)')
    found wherever it then stands alone."""
    spellings: dict[str, dict[str, int]] = {}  # key → spelling → count, spellings in order of first use
    for mentions in by_event.values():
        for mention in mentions:
            counts = spellings.get(mention.key)
            if counts is None:
                spellings[mention.key] = {mention.name: 1}
            else:
                counts[mention.name] = counts.get(mention.name, 0) + 1
    # max() keeps the first of equal counts, as Counter.most_common(1) did (test_etl_fast_paths_org)
    canonical = {key: max(counts.items(), key=itemgetter(1))[0] for key, counts in spellings.items()}
    renamed = _spelled_by_initials(canonical)
    if len(canonical) > 1:
        for key, target in _placed_twins(canonical, by_event).items():
            renamed.setdefault(key, target)
    defined = {m.abbreviation: m for mentions in by_event.values() for m in mentions if m.abbreviation}
    # the short name read as a body of its own where it stands («Правительство РХ»: a body's word and letters, which
    # the reader takes for a foreign government of unknown letters) is the body the report set it for
    for abbreviation, origin in defined.items():
        short_key = alias_key(abbreviation)
        if short_key and short_key != origin.key and short_key in spellings:
            renamed.setdefault(short_key, origin.key)
    if renamed:
        first_of = {}
        for mentions in by_event.values():
            for m in mentions:
                first_of.setdefault(m.key, m)
    # a short name of two words («Минпромэнерго РБ») stands alone however the words are spaced
    standing_alone = {abbreviation: re.compile(r"(?<![А-ЯЁA-Zа-яё])" + r"\s+".join(map(re.escape, abbreviation.split()))
                                               + r"(?![А-ЯЁA-Zа-яё])")
                      for abbreviation in defined}
    out: dict[int, list[OrgMention]] = {}
    for n, mentions in by_event.items():
        merged: list[OrgMention] = []
        at: dict[str, int] = {}  # key → its place in merged
        for m in mentions:
            target = renamed.get(m.key)
            if target:  # the written-out name knows where the body is: «БелАЗ» is Belarus's
                known = first_of[target]
                changed = replace(m, name=canonical[target], key=target, country=known.country,
                                  kind=known.kind, side=known.side, legal_form=m.legal_form or known.legal_form)
            else:  # most mentions are already spelled the report's way: no copy
                name = canonical[m.key]
                changed = m if m.name == name else replace(m, name=name)
            place = at.get(changed.key)
            if place is None:
                at[changed.key] = len(merged)
                merged.append(changed)
            elif ROLES.index(changed.role) < ROLES.index(merged[place].role):
                merged[place] = replace(merged[place], role=changed.role)
        if defined and cells is not None:
            keys = {m.key for m in merged}
            for abbreviation, origin in defined.items():
                if origin.key in keys:
                    continue
                pattern = standing_alone[abbreviation]
                for cell, text in cells[n].items():
                    hit = pattern.search(text) if text and abbreviation.split()[0] in text else None
                    if hit:
                        span = Span(hit.start(), hit.end(), origin.name, origin.legal_form, origin.kind,
                                    origin.country, origin.side == "home")
                        merged.append(replace(origin, name=canonical[origin.key], role=_role(text, span, cell),
                                              surface=hit.group(0), abbreviation=None))
                        keys.add(origin.key)
                        break
        out[n] = merged
    return out


# A name split at whom it is named after: 'Гомельский государственный университет' | 'Франциска Скорины'.
_NAMED_AFTER_SPLIT = re.compile(r"\s+(?:им\.|имени)\s*")
# One word of capitals, or capitals after a short stem ('МАЗ', 'БелАЗ', 'БрГУ', 'СмолГУ', 'УрФУ'):
# a name shortened to its initials.
_INITIALS_WORD = re.compile(r"[А-ЯЁ](?:[а-яё]{0,5}[А-ЯЁ])+")


def _surname(person: str) -> str:
    """The last word of whom a name is named after, lower-case: 'А.С. Пушкина' → 'пушкина'."""
    words = re.findall(r"[А-ЯЁа-яё-]{2,}", person)
    return words[-1].lower() if words else ""


def _spelled_by_initials(canonical: dict[str, str]) -> dict[str, str]:
    """Keys whose name is another's written by its initials, in one report → that other key.

    «МАЗ» and «Минский автомобильный завод»; «БелАЗ» (a stem before the capitals) and «Белорусский
    автомобильный завод»; «ГГУ им. Ф. Скорины» and «Гомельский государственный университет имени
    Франциска Скорины» — the one named after someone only when the surname agrees too, and a bare
    «ГГУ» is that university as well. Initials two written-out names share («ГГУ»: Гомельский and
    Гродненский in one report) name neither: which one is meant cannot be told."""
    written_out: dict[tuple[str, str], str] = {}
    shared: set[tuple[str, str]] = set()

    def offer(pair: tuple[str, str], key: str) -> None:
        if written_out.setdefault(pair, key) != key:
            shared.add(pair)

    for key, name in canonical.items():
        core, person = _split_named_after(name)
        words = _LONG_WORD.findall(core)
        if len(words) < 2:
            continue
        initials = "".join(w[0] for w in words).upper()
        if person:
            offer((initials, _surname(person)), key)
            offer((initials, ""), key)
        whole = "".join(w[0] for w in _LONG_WORD.findall(name)).upper()
        offer((whole, ""), key)
    renamed: dict[str, str] = {}
    for key, name in canonical.items():
        core, person = _split_named_after(name)
        if not _INITIALS_WORD.fullmatch(core) or len(core) > 8:
            continue
        pair = ("".join(c for c in core if c.isupper()), _surname(person) if person else "")
        target = written_out.get(pair)
        if target is not None and target != key and pair not in shared:
            renamed[key] = target
    return renamed


def _split_named_after(name: str) -> tuple[str, str]:
    """('Гомельский государственный университет', 'Франциска Скорины') or (name, '')."""
    parts = _NAMED_AFTER_SPLIT.split(name, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (name, "")


_PLACE_LEMMAS = frozenset({"область", "край", "республика", "округ", "район", "город", "г", "обл"})


def _placed_twins(canonical: dict[str, str], by_event: dict[int, list[OrgMention]]) -> dict[str, str]:
    """Keys the report also writes with their place after them → that longer key: 'Государственный
    архив новейшей истории' (once) and '… новейшей истории Смоленской области' (twice) are one archive.

    The longer name must add only a place — up to four words holding a region, district or city word
    ('Смоленской области', 'г. Витебска', 'Оршанского района') or naming a country ('Республики
    Беларусь') — and be the only such twin, and neither may be placed in another country."""
    countries: dict[str, str | None] = {}
    for mentions in by_event.values():
        for mention in mentions:
            countries.setdefault(mention.key, mention.country)
    keys = sorted(canonical)  # a key's twins sort right after it: they start with it and a space
    twins: dict[str, str] = {}
    for i, key in enumerate(keys):
        found = []
        for longer in keys[i + 1:]:
            if not longer.startswith(key):
                break
            rest = longer[len(key):].split()
            if longer[len(key)] != " " or not 1 <= len(rest) <= 4:
                continue
            name = canonical[longer]
            tail = " ".join(name.split()[-len(rest):])
            if _PLACE_LEMMAS & set(rest) or country_mentions(tail):
                found.append(longer)
        if len(found) == 1 and (countries.get(key) in (None, countries.get(found[0]))
                                or countries.get(found[0]) is None):
            twins[key] = found[0]
    return twins


def apply_aliases(mentions: list[OrgMention], aliases: dict[str, str],
                  cells: dict[str, str] | None = None, excluded: frozenset[str] = frozenset()) -> list[OrgMention]:
    """Analysts' aliases (alias_key of a spelling → canonical name) applied to one event: a spelling
    the rules do not find ('Смолгосуниверситета') is found in the cells, every listed spelling takes
    its canonical name, and two spellings that meet under one name merge, keeping the strongest role.
    A spelling analysts marked as naming no organisation (`excluded` keys: of its name or of the
    words as the report wrote them) is dropped."""
    mentions = [m for m in mentions if not excluded or (m.key not in excluded and alias_key(m.surface or "")
                                                        not in excluded)]
    if aliases and cells:
        index = phrase_index((alias, alias) for alias in aliases)
        for cell, text in cells.items():
            if cell in ("number", "dates") or not text:
                continue
            for start, end, key in find_listed(_tokens(text), index):
                if key in {m.key for m in mentions}:
                    continue
                span = Span(start, end, aliases[key], None, "other", None, False)
                mentions.append(OrgMention(name=aliases[key], legal_form=None, country="RU", kind="other",
                                           side="domestic", role=_role(text, span, cell),
                                           surface=" ".join(text[start:end].split()), key=key))
    out: dict[str, OrgMention] = {}
    canonical: dict[str, OrgMention] = {m.key: m for m in mentions}
    for mention in mentions:
        name = aliases.get(mention.key, mention.name)
        target = canonical.get(alias_key(name))
        changed = replace(mention, name=name, key=alias_key(name))
        if target is not None and target is not mention:  # the canonical one speaks for country and kind
            changed = replace(changed, legal_form=target.legal_form, country=target.country, kind=target.kind,
                              side=target.side)
        previous = out.get(changed.key)
        if previous is None:
            out[changed.key] = changed
        elif ROLES.index(changed.role) < ROLES.index(previous.role):
            out[changed.key] = replace(previous, role=changed.role)
    return list(out.values())
