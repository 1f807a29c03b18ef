"""Pure: the participants cell → how many people took part, in person, online and from abroad.

Counts are numbers followed by a word for people ('36 человек', '73 руководителя и специалиста',
'Более 140 поисковиков'); '15 оркестров', '64 регионов', 'от 14 до 35 лет' are not people.
An explicit overall total ('Общее количество участников – 60 человек') wins over its parts,
a breakdown in brackets after a count is not added again, separately stated groups
(performers and spectators) are summed.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from dataclasses import dataclass
from functools import lru_cache

from .errors import Issue
from .geo import HOME_COUNTRY, country_mentions, demonym_countries, foreign_regions, mentions_unnamed_foreign, region_countries
from .lemmas import caseless_text, digit_lookalikes, fold, lemma, morph, search_caseless, search_slice, word_cache, words
from .limits import MAX_ATTENDANCE

PEOPLE_STEMS = (
    "человек", "чел", "участник", "представител", "зрител", "посетител", "обучающ", "учащ",
    "студент", "школьник", "дет", "ребен", "гост", "делегат", "член", "сотрудник", "специалист",
    "руководител", "исполнител", "артист", "музыкант", "спортсмен", "педагог", "учител",
    "волонтер", "волонтёр", "поисковик", "эксперт", "слушател", "граждан", "иностр", "дизайнер",
    "ученик", "ученых", "учёных", "воспитанник", "юнош", "девуш", "жител", "ветеран", "турист",
    "лиц", "предпринимател", "журналист", "депутат", "аспирант", "преподавател", "врач",
    "хорист", "танцор", "вокалист", "читател", "мастер", "чиновник", "служащ", "работник",
    "фермер", "бизнесмен", "блогер", "тренер", "судья", "судей", "сопровожда",
    "подключени",  # '300 подключений': the online participants a video link counts (each an online one)
)
AUDIENCE_STEMS = ("зрител", "посетител", "слушател", "читател")
_NUMBER_WORDS = {
    "один": 1, "одна": 1, "два": 2, "две": 2, "двое": 2, "три": 3, "трое": 3, "четыре": 4,
    "четверо": 4, "пять": 5, "пятеро": 5, "шесть": 6, "шестеро": 6, "семь": 7, "семеро": 7,
    "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
    "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
    "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100,
    "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "тысяча": 1000,
    "полтора": 1.5, "полторы": 1.5, "полутора": 1.5,
    "полтысячи": 500, "полтыщи": 500,  # a definite number, unlike 'тысячи' alone
}
# 'не более 30' is at most 30: approximate, never a lower bound
_LOWER_BOUND = r"(?:более\s+чем|(?<!не\s)более|свыше|не\s+менее|(?<!не\s)больше|от)"
_APPROXIMATE_WORDS = r"около|порядка|примерно|приблизительно|почти|ориентировочно|не\s+более|не\s+больше"
_APPROXIMATE = r"(?:" + _APPROXIMATE_WORDS + r")"
_APPROX = r"(?:" + _APPROXIMATE_WORDS + r"|до)"  # 'до 50 человек': up to, so approximate too
_NUMBER = (r"(?:\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)(?:\s*-\s*(?:х|ти|и|ми|ух|ех|ого|ой))?"
           r"(?:\s*(?:тыс\.|тысяч[аиь]?|тыс\b))?")
_CASE_ENDING = re.compile(r"\s*-\s*(?:х|ти|и|ми|ух|ех|ого|ой)$")  # '3-х'
_CASE_ENDING_BEFORE_WORD = re.compile(r"(\d)\s*-\s*(?:х|ти|и|ми|ух|ех|ого|ой)\s+(?=[а-яё])")
_DIGITS_THEN_WORDS = re.compile(r"\d{1,3}\s+[а-яё]+")
_GROUPED_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:[.,]\d{3})+")
_THOUSANDS = re.compile(r"\s*(тыс\.|тысяч[аиь]?|тыс)$")
_LOWER_BOUND_WORDS = re.compile(_LOWER_BOUND)
_APPROXIMATE_WORDS_RE = re.compile(_APPROXIMATE)
_DASH_NEXT = re.compile(r"\s*[–—-]")


@lru_cache(maxsize=1)
def number_word_values() -> dict[str, float]:
    """Every case form of the number words, collective numerals included, from pymorphy3's
    lexemes: 'двадцати' → 20, 'пятерых' → 5, 'тысячи' → 1000, 'полутора' → 1.5."""
    values: dict[str, float] = {}
    for word, value in _NUMBER_WORDS.items():
        values[word] = value
        # the numeral's own parse, not the likeliest ('сто' is first the abbreviation СТО)
        parse = next((p for p in morph().parse(word) if "NUMR" in p.tag), morph().parse(word)[0])
        if "NUMR" in parse.tag or word == "тысяча":
            for form in parse.lexeme:
                values.setdefault(fold(form.word), value)
                values.setdefault(form.word, value)  # 'трёхсот' as typed, with its ё
    for word, value in multiplier_nouns().items():
        values.setdefault(word, value)
    return values


_MULTIPLIER_NOUNS = {"сотня": 100, "десяток": 10, "полсотни": 50, "полусотня": 50}


@lru_cache(maxsize=1)
def multiplier_nouns() -> dict[str, float]:
    """Every case form of the nouns that count in hundreds and tens: 'двух десятков' = 20, 'около
    сотни' = 100, 'полутора сотен' = 150, 'полусотни' = 50."""
    forms: dict[str, float] = {}
    for word, value in _MULTIPLIER_NOUNS.items():
        forms[word] = value
        parses = morph().parse(word)
        own = next((p for p in parses if p.normal_form == word), parses[0])  # 'десяток', not 'десятка'
        for form in own.lexeme:
            if len(form.word) > 3:  # not the archaic 'сот'
                forms.setdefault(fold(form.word), value)
    return forms



@lru_cache(maxsize=4)
def _count_pattern(with_words: bool = True, caseless: bool = True) -> re.Pattern:
    """Digits always; number words only when the cell has one (the long alternation is slow).
    Written in lower case: caseless=False is the same pattern for lower-cased text."""
    words = "|".join(sorted(number_word_values(), key=len, reverse=True))
    word_number = r"\b(?:" + words + r")(?:\s+(?:" + words + r"))*\b" if with_words else r"(?!)"
    # Without number words a match starts with a space, a digit or a qualifier's first letter:
    # saying so first lets re skip every other position at once (lower-case text only).
    first = "" if with_words or caseless else r"(?=[\s\d" + _QUALIFIER_INITIALS + r"])"
    return re.compile(
        first + r"(?P<qualifier>" + _LOWER_BOUND + r"|" + _APPROX + r")?\s*"
        r"(?P<number>" + _NUMBER + r"|" + word_number + r")"
        # '30–50 человек', '30~50 человек' and 'от 30 до 50 человек' are the same range
        r"(?:(?:\s*[–—~-]\s*|\s+до\s+)(?P<upper>\d+(?:[ \u00a0]\d{3})*(?:\s*(?:тыс\.|тысяч[аиь]?|тыс\b))?)(?=\s+[а-яё]))?",
        re.IGNORECASE if caseless else 0)


_QUALIFIER_INITIALS = "".join(sorted({word[0] for word in re.findall(r"[а-яё]+", _LOWER_BOUND + "|" + _APPROX)}))
_LOWER_WORD = re.compile(r"[а-яё]+")
_DIGIT = re.compile(r"\d")
_NOT_A_COUNT_BEFORE = re.compile(r"(?:№\s*|\d[.,]?|\d\s+|[A-Za-z]\s*)$")  # '№ 5', '2.5', 'COVID-19'
_LIST_NUMBER_AFTER = re.compile(r"\s*[.)]\s")  # '1) …', '2. …' at a sentence start
_FROM_TO_BEFORE = re.compile(r"\b(?:от|до)\s+$")
_AGE_AFTER = re.compile(r"\s*(?:до|лет|год)")  # 'от 14 до 35 лет'
# '5 – онлайн', '5 – в режиме ВКС', '3 – по видеосвязи', '4 удалённо': the format said right after a number.
_FORMAT_AFTER = re.compile(r"\s*(?:[–—-]\s*|\(\s*)?(?:(?:в|по)\s+)?(?:(?:формате|режиме)\s+)?"
                           r"(?:он-?лайн|очн|дистанцион|вкс|видео|удал[её]нно)", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s*[а-яёa-z]", re.IGNORECASE)
# The same on the number's own line, for a side's or a place's number: a word on the next line is no word of the
# number's ('Монголия – 9\nИркутская область – 12': the table inside a cell, one side a line).
_WORD_AFTER_ON_LINE = re.compile(r"[^\S\n]*[а-яёa-z]", re.IGNORECASE)
# '15 человек, 5 из них – онлайн': a number that is a part of the count before, said after it.
_SUBSET_AFTER = re.compile(r"\s+(?:из|среди)\s+(?:них|которых)\b", re.IGNORECASE)
# '5 представителей Республики Беларусь, 10 – Смоленской области': a listed number whose people word
# is the previous count's, then a dash and whose people they are (a capitalised name or 'из'/'от').
# Or whose side by a place's adjective: '14 человек (7 – смоленская сторона, 7 – белорусская сторона)'.
_LISTED_AFTER = re.compile(r"\s*[–—-]\s*(?:(?:(?:из|от|со?)\s+)?(?:г\.\s*)?[«\"]?[А-ЯЁA-Z]"
                           r"|[а-яё]+[сц]к(?:ая|ой|ие|их|ий|ого)\s+(?:сторон|делегаци|команд|участник|представител"
                           r"|граждан|студент|гост)[а-яё]*)"
                           r"|\s+(?:из|от)\s+(?:г\.\s*)?[«\"]?[А-ЯЁ]"
                           r"|\s*[–—-]\s*(?:из|от)\s+(?:провинци|област|кра[яюе]|район|город|округ|штат|уезд|префектур"
                           r"|республик|стран|государств|министерств|посольств|консульств|университет|вуз)[а-яё]*")  # '30 человек, 12 из Минска': no dash needed before 'из';
# '6 – от провинции Хэйлунцзян': a place named by its kind
_LIST_SEPARATOR_BEFORE = re.compile(r"[,;]\s*(?:(?:и|а\s+также)\s+)?$")
# 'Республика Беларусь – 15 чел.', 'Беларусь: 8 чел.': whose people, said before the count.
_LABEL_BEFORE = re.compile(r"[–—:-]\s*$")
# '8 человек (Республика Беларусь)': whose people, said in brackets right after the people word.
_PAREN_NEXT = re.compile(r"\.?\s*\(")
_CAPITAL = re.compile(r"[А-ЯЁA-Z]")


_TOTAL_CUE = re.compile(
    r"(?:общее\s+(?:количество|число)|общая\s+численность|всего|итого|в\s+общей\s+сложности)"
    r"[^.;]{0,60}$", re.IGNORECASE)
# 'из них 12', 'в т.ч. иностранных – 12', 'в том числе из Беларуси – 8': a part of the count before.
_SUBSET_CUE = re.compile(r"(?:(?:из|среди|в\s+числе)\s+(?:них|которых)|в\s+том\s+числе|в\s+т\.\s*ч\.|включая)\s*[:–-]?\s*"
                         r"(?:[а-яё]+\.?(?:\s+[а-яё]+)?\s*[–—:-]?\s*|(?:из|от)\s+[А-ЯЁа-яё]+\s*[–—:-]?\s*)?$", re.IGNORECASE)  # 'иностр. – 12'
# 'участников – 150', 'Зрителей: 300': the people word before the number.
# 'Зрителей в зале – 300', 'Участников мероприятия: 50': one more word or a place may follow the people word.
_NOUN_LABEL = re.compile(r"(?P<noun>[А-ЯЁа-яё]+)(?:\s+(?:(?:в|на|из|от)\s+)?(?P<tail>[А-ЯЁа-яё]+))?\s*[–—:-]\s*$")
# People words that may label a number said after them ('Зрителей – 300', 'Иностранцев: 7', 'Иностранных граждан – 7').
_LABEL_PEOPLE = ("участник", "зрител", "посетител", "гост", "иностранц", "граждан", "представител", "делегат",
                 "слушател")
_SIDE_WORDS = ("иностран", "зарубежн")  # a side whether said as an adjective or a noun ('иностранцев – 7')
# 'Участников 30 (…)', 'Всего зрителей 300, из них …', 'Посетителей выставки 1200': the same label
# without its dash, opening its clause, when no word follows the number.
_NOUN_LABEL_BARE = re.compile(r"(?:^|[.;:(,]\s*|(?<![а-яё])(?:всего|итого)\s+)(?P<noun>[А-ЯЁа-яё]+)(?:\s+(?P<tail>[а-яё]+))?\s+$", re.IGNORECASE)
# '…, российские – 40', '…; белорусская сторона – 9': another side of the people counted before,
# named by an adjective (and a word for a side) with its number but without the people word.
_SIDE_LABEL = re.compile(r"[,;(\n]\s*(?:(?:и|а|а\s+также)\s+)?(?P<adjective>[А-ЯЁа-яё]+\.?)(?:\s+(?P<noun>[а-яё]+))?"
                         r"\s*[–—:-]?\s*$")  # '…, иностранных 40' without its dash too
_SIDE_NOUNS = ("сторон", "делегаци", "команд", "групп")
# The first count's side said before it with its noun, at the cell's, a line's or a clause's start:
# 'Российская сторона – 12', 'Монгольская делегация: 9' (a table inside the cell, one side a row).
_SIDE_LABEL_FIRST = re.compile(r"(?:^|[,;:(\n]\s*)(?P<adjective>[А-ЯЁа-яё]+)\s+(?P<noun>(?:сторон|делегаци|команд)[а-яё]*)"
                               r"\s*[–—:-]\s*$")
_SIDE_ABBREVIATIONS = ("иностр", "зарубеж", "росс", "рос.", "российск")
# '…, из Смоленска – 10', '…; Казахстан – 3': another side named by its place.
_PLACE_LABEL = re.compile(r"[,;\n]\s*(?:(?:и|а|а\s+также)\s+)?(?P<place>(?:(?:из|от|со?)\s+)?(?:г\.\s*)?"
                          r"[А-ЯЁ][А-ЯЁа-яё-]+(?:\s+[А-ЯЁа-яё.]+){0,2})\s*[–—:-]\s*$")
# '12 (8 – Беларусь, 4 – Смоленская обл.)': the first part in brackets right after a count.
_OPENING_PART = re.compile(r"\.?\s*\(\s*$")  # «30 чел. (12 – …»: an abbreviated noun's dot before it
# 'пятичленная делегация', '4-членная делегация': a delegation counted by its adjective.
_MEMBERED = re.compile(r"(?<![А-ЯЁа-яё\d])(?P<number>\d{1,3}|[А-ЯЁа-яё]+?)\s*-?\s*членн(?:ая|ой|ую|ые|ых|ого|ым|ыми|ое|ом)"
                       r"\s+(?P<noun>делегаци|групп|команд|комисси)[а-яё]*", re.IGNORECASE)
# Where a count's own clause begins: after the last comma, semicolon, colon or bracket before it.
_CLAUSE_MARKS = ",;:()"
# 'Всего: 120', 'Итого – 45': a total said with no people word is a count of people.
_TOTAL_LABEL = re.compile(r"(?<![а-яё])(?:всего|итого)(?:\s*[:–—-]\s*|[ \t]+)(?:" + _LOWER_BOUND + "|" + _APPROX + r")?\s*$", re.IGNORECASE)
_COUNT_LABEL = re.compile(
    r"(?:количество|кол-во|число|численность)\s+(?P<noun>[а-яё]+)(?:[^.;–—:-]{0,40})?(?:\(\s*чел\.?\s*\))?\s*[–—:-]\s*$",
    re.IGNORECASE)  # 'Кол-во участников (чел.): 35' too
# 'Число участников 48': the same label without its dash, when nothing follows the number.
_COUNT_LABEL_BARE = re.compile(r"(?:количество|число|численность)\s+(?P<noun>[а-яё]+)\s+$", re.IGNORECASE)
# '48 участников (12 иностранных, 36 российских)': adjectives whose people word is the count's before.
_ELIDED_AFTER = re.compile(r"\s+(?P<adjectives>[а-яё]+(?:\s+[а-яё]+)?)\s*(?=[),.;]|$)")
_ONLINE = re.compile(r"он-?лайн|дистанционн|видеоконференц|видеосвяз|удал[её]нно|трансляц|онлайн-формат|подключени"
                     r"|(?<![а-яё])вкс(?![а-яё])", re.IGNORECASE)
_IN_PERSON = re.compile(r"очн|офф?-?лайн|лично", re.IGNORECASE)
# A format said right before a count ('онлайн – 40', 'очно: 20 чел.', 'по ВКС – 15'): it is that count's,
# and it ends what the count before may read after itself.
_FORMAT_LABEL = re.compile(
    r"(?<![а-яё])(?:(?:в\s+режиме\s+|по\s+|в\s+формате\s+|в\s+)?(?:он-?лайн(?:-формате)?|вкс|видеоконференц\w*|"
    r"дистанционн?\w*)|очно|лично|офф?-?лайн|в\s+очном\s+формате)\s*[–—:-]?\s*$", re.IGNORECASE)
_FOREIGN_WORD = re.compile(r"иностр|зарубеж", re.IGNORECASE)  # also the clerks' «иностр.», «зарубежн.»
_HOME_WORD = re.compile(r"российск|росси[ияю]|граждан[а-я]*\s+рф|\bрф\b", re.IGNORECASE)
# '[.;!?](?=\s+[А-ЯЁ«\d])|[.;](?=\s*\n)|\n(?=\s*[А-ЯЁ])' with the one character first: re then skips to
# the next of those characters at once instead of trying three branches at every position.
_SENTENCE_END = re.compile(r"[.;!?\n](?:(?<=[.;!?])(?=\s+[А-ЯЁ«\d])|(?<=[.;])(?=\s*\n)|(?<=\n)(?=\s*[А-ЯЁ]))")
_ABBREVIATION = re.compile(r"(?:\b(?:г|гг|пос|им|ул|д|обл|пл|п|с|ст|дер|аг|пгт|т|ч|р-н|в|вкл|[А-ЯЁA-Z]))$")
# 'включая' says 'including' as 'в том числе' does: '50 человек, включая 5 представителей Казахстана' = 50
_SUBSET_STOP = re.compile(r"(?:(?:из|среди|в\s+числе)\s+(?:них|которых)|в\s+том\s+числе|в\s+т\.\s*ч\.|включая)", re.IGNORECASE)


HomeTest = Callable[[str], bool]


def _nowhere(text: str) -> bool:
    return False


@dataclass
class Count:
    value: int
    start: int
    end: int
    noun_end: int
    lower_bound: bool
    noun: str
    sentence: int
    in_parens: bool
    approximate: bool = False
    upper: int | None = None
    total_cue: bool = False
    subset: bool = False
    online: bool = False
    in_person: bool = False
    breakdown: bool = False
    foreign: bool = False
    elided: bool = False  # '(12 иностранных)': the people word left out, the adjectives after the number say whose


@dataclass(frozen=True)
class Attendance:
    total: int | None
    lower_bound: bool
    foreign: int | None
    online: int | None
    issues: tuple[Issue, ...] = ()
    approximate: bool = False
    upper: int | None = None  # '80–100 человек': total 80 (lower bound), upper 100
    explicit_total: bool = False  # the total was stated as such ('Всего …', 'Общее количество …')


def _to_int(raw: str) -> int | None:
    """'2,5 тыс.' → 2500, '1 200' → 1200, 'двадцати пяти' → 25, 'две тысячи' → 2000."""
    if raw.isascii() and raw.isdigit() and len(raw) <= 18:  # '36': what _parsed_int gives for it
        return int(raw)
    return _parsed_int(raw)


def _parsed_int(raw: str) -> int | None:
    """_to_int of any text: number words, case endings, thousands, decimal commas."""
    text = fold(raw).replace("\u00a0", " ")
    text = _CASE_ENDING_BEFORE_WORD.sub(r"\1 ", _CASE_ENDING.sub("", text.strip()))  # '2-х тысяч'
    words = number_word_values()
    if text.split() and all(w in words for w in text.split()):
        multipliers = multiplier_nouns()
        total, current = 0, 0
        for word in text.split():
            value = words[word]
            if value == 1000:
                total, current = total + (current or 1) * 1000, 0
            elif word in multipliers and value in (10, 100):  # 'двух десятков', 'полутора сотен'
                current = (current or 1) * value
            else:
                current += value
        return round(total + current)
    if _DIGITS_THEN_WORDS.fullmatch(text):  # '2 тысяч' after its case ending went: digits times the word
        digits, rest = text.split(maxsplit=1)
        factor = _parsed_int(rest)
        if factor is not None and factor in (10, 100, 1000):
            return int(digits) * factor
    multiplier = 1
    thousands = _THOUSANDS.search(text)
    if thousands:
        multiplier, text = 1000, text[: thousands.start()]
    text = text.replace(" ", "")
    if multiplier == 1 and _GROUPED_THOUSANDS.fullmatch(text):
        return int(text.replace(".", "").replace(",", ""))  # '1.200 человек', '2,500 зрителей': no fraction of a person
    try:  # Decimal, not float: «1000…0 человек» with 400 digits is an exact int, not inf
        return int((Decimal(text.replace(",", ".")) * multiplier).to_integral_value(ROUND_HALF_EVEN))
    except (InvalidOperation, ValueError):
        return None



_SOME_BEFORE = re.compile(r"(?:несколько|нескольк\w+|много|многие|многих)\s+$")


@lru_cache(maxsize=1)
def _plural_multiples() -> tuple[frozenset[str], frozenset[str]]:
    """The plural case forms of 'сотня', 'десяток' and 'тысяча', and those of them that are also a
    singular form ('сотни', 'тысячи', 'десятка'…: one hundred's genitive or many hundreds)."""
    plural, singular = set(), set()
    for word in ("сотня", "десяток", "тысяча"):
        parses = morph().parse(word)
        own = next((p for p in parses if p.normal_form == word), parses[0])
        for form in own.lexeme:
            (plural if "plur" in form.tag else singular).add(fold(form.word))
    return frozenset(plural), frozenset(plural & singular)


# The nominative of one ten or one hundred, never another word's form: «десяток человек» is 10, «сотня гостей» 100.
_ONE_MULTIPLE = frozenset({"десяток", "сотня"})


def _names_no_number(text: str, match: re.Match, number_text: str, value: int) -> bool:
    """A count that only says 'many': hundreds, tens or thousands in the plural with no numeral
    before them ('сотни участников', 'тысячи зрителей', 'десятки тысяч гостей', 'несколько
    тысяч'), or a lone ten or hundred ('десятка лучших'). A qualifier makes the singular reading
    ('более тысячи' is over 1000, 'около сотни' about 100), not the plural-only forms ('тысяч')."""
    words = fold(number_text).split()
    if not words:
        return False
    qualified = match.start("qualifier") >= 0
    if not qualified and len(words) == 1 and words[0] in multiplier_nouns() and value in (10, 100) \
            and words[0] not in _ONE_MULTIPLE:
        return True  # 'десятка лучших', 'сотни участников'; not 'десяток человек', 'сотня гостей'

    plural, ambiguous = _plural_multiples()
    if words[0] not in plural:
        return False
    if _SOME_BEFORE.search(fold(text[max(0, match.start("number") - 16):match.start("number")])):
        return True  # 'несколько тысяч', 'нескольких сотен'
    return not qualified or words[0] not in ambiguous


@word_cache
def _is_person_noun(word: str) -> bool:
    """An animate noun names people: 'ректоров', 'финалистов', 'гостей' yes; 'команд',
    'коллективов', 'проектов', 'экспонатов', 'вузов' no. pymorphy3's tag decides, not a list."""
    # The readings' scores weigh: 'языках' is animate only as the soldier taken for questioning
    # (0.02 against 0.98), 'глав' is both the heads and the chapters (0.6 against 0.4).
    animate = inanimate = 0.0
    for parse in morph().parse(word)[:4]:
        if "NOUN" not in parse.tag or "Name" in parse.tag or "Surn" in parse.tag or "Geox" in parse.tag:
            continue
        if "anim" in parse.tag:
            animate += parse.score
        else:
            inanimate += parse.score
    return animate > 0 and animate >= inanimate


@word_cache
def _after_number(word: str) -> str | None:
    """What a folded word after a number is: 'студентов' → 'people', 'иностранных' → 'between'
    (an adjective between the number and its noun), 'команд' → None."""
    if word.startswith(PEOPLE_STEMS) or (len(word) > 3 and _is_person_noun(word)):
        return "people"
    tags = morph().parse(word)[0].tag
    if {"ADJF", "PRTF", "NUMR"} & set(tags.grammemes) or word in {"и", "из", "них", "его", "её", "ее"}:
        return "between"
    return None


_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+")
_DASH_NUMBER = re.compile(r"\s*[–—:-]?\s*\d")
# the rest of a bracket's label before its number: '(иностранных [участников] – 7)'
_LABEL_THEN_NUMBER = re.compile(r"(?:\s+[А-Яа-яЁё]+\.?){0,2}\s*[–—:-]?\s*\d")


def _things_after(text: str, position: int) -> bool:
    """The word right after `position` (a space between, nothing else) is a noun of things: 'государств',
    'вузов', 'компаний' yes; 'граждан', 'участников', none or a mark ('12 иностранных, …') no."""
    match = _CYRILLIC_WORD.match(text, position + 1) if text[position:position + 1] == " " else None
    if match is None:
        return False
    word = fold(match.group(0))
    return _after_number(word) is None and "NOUN" in morph().parse(word)[0].tag


def _people_noun(text: str, position: int) -> tuple[str, int] | None:
    """The people word after a number, allowing adjectives between ('10 иностранных студентов')."""
    bracketed = False
    for k, match in enumerate(_CYRILLIC_WORD.finditer(text, position, position + 80)):
        word = fold(match.group(0))
        if k == 0:
            if not text[position:match.start()].strip(" \n–-()") == "":
                return None
            bracketed = "(" in text[position:match.start()]
        kind = _after_number(word)
        if kind == "people" and word.startswith("иностр") and _things_after(text, match.end()):
            return None  # '7 иностранных государств', '5 иностранных вузов': the adjective of things counted
        if kind == "people":
            if bracketed and _LABEL_THEN_NUMBER.match(text, match.end()):
                # '30 (иностранных – 12)', '25 (иностранных участников – 7)': the words in brackets label
                # the number after them
                return None
            return word, match.end()
        if k >= 3 or kind is None:
            return None
    return None


def _counts_things(text: str, position: int) -> bool:
    """The number at `position` counts things, by the noun right after it (adjectives allowed between):
    '15 зарубежных стран', '40 мероприятий' yes; '12 иностранных', '5 онлайн', '8 из Беларуси' no."""
    for k, match in enumerate(_CYRILLIC_WORD.finditer(text, position, position + 80)):
        gap = text[position if k == 0 else previous_end:match.start()]
        if gap.strip(" " if k == 0 else " \n"):
            # a mark between: '12 – иностранные', '5 (онлайн)'; or the number's line ends: 'сторона – 12\nМонгольская
            # сторона – 9' (a table inside the cell), while '15 зарубежных\nстран' wraps inside its words
            return False
        word = fold(match.group(0))
        if word.startswith(PEOPLE_STEMS) or k >= 3:
            return False
        tag = morph().parse(word)[0].tag
        if "ADJF" in tag or "PRTF" in tag or "NUMR" in tag:
            previous_end = match.end()
            continue
        return "NOUN" in tag and not _is_person_noun(word)
    return False


def _sentence_starts(text: str) -> list[int]:
    """Sentence starts, not fooled by 'г. Полоцк' or initials 'А.В. Стрельцов'. A «;» inside a bracket that
    closes later parts the bracket's items, not sentences: '40 человек (25 – российская сторона; 15 –
    иностранная)' is one statement of 40 broken down, as with a comma. After a label's colon in the bracket
    it still ends an item of the label's list ('(8 человек: министр, 2 советника; 3 водителя)' adds the 3)."""
    starts = [0]
    for match in _SENTENCE_END.finditer(text):
        if match.group(0) == "." and _ABBREVIATION.search(text[max(0, match.start() - 6):match.start()]):
            continue
        if match.group(0) == ";" and _paren_depth(text, match.start()) and _closing(text, match.end()) >= 0 \
                and ":" not in text[text.rfind("(", 0, match.start()):match.start()]:
            continue
        starts.append(match.end())
    return starts


def _paren_depth(text: str, position: int) -> int:
    return max(0, text.count("(", 0, position) - text.count(")", 0, position))


def _closing(text: str, position: int) -> int:
    """Where the bracket open at `position` closes (its own ')', nested pairs skipped), or -1."""
    depth = 0
    for at in range(position, len(text)):
        if text[at] == "(":
            depth += 1
        elif text[at] == ")":
            if depth == 0:
                return at
            depth -= 1
    return -1


_NESTED_NEXT = re.compile(r"[ \t.]*\(")


def _own_bracket_words(text: str, count: Count, next_start: int, forward: str) -> str:
    """The words after a count that are its own, brackets minded: '30 человек (в т.ч. 10 (из них 4 – онлайн) из
    Казахстана)' — the 10's are '10 … из Казахстана', its nested bracket skipped; the 4's end where its bracket
    closes ('4 – онлайн'), so Kazakhstan is not theirs; 'Делегация (15 человек (в т.ч. 3 …)) из Республики
    Беларусь' — a count that is its whole bracket, a nested one with it, takes the «из …» after it."""
    nested = _NESTED_NEXT.match(text, count.noun_end)
    nested_end = _closing(text, nested.end()) if nested is not None else -1
    skips = nested is not None and nested_end >= 0 and next_start <= nested_end  # its bracket holds the next counts
    if not count.in_parens:
        if not skips:
            return forward
        clause = _CLAUSE_END.search(text, nested_end + 1)
        return text[count.start:nested.start()] + " " + text[nested_end + 1:clause.start() if clause else len(text)]
    end = _closing(text, count.noun_end)
    if end < 0:
        return forward
    own = text[count.start:nested.start()] + " " + text[nested_end + 1:end] if skips else \
        text[count.start:min(end, count.start + len(forward))]
    rest = text[count.noun_end:nested.start()] + text[nested_end + 1:end] if nested is not None and 0 <= nested_end < end \
        else text[count.noun_end:end]
    if not rest.strip(" .") and text[:count.start].rstrip().endswith("(") and _FROM_AFTER.match(text, end + 1):
        own += " " + _OWN_SIDE_AFTER.split(text[end + 1:], maxsplit=1)[0]
    return own


def _is_foreign(context: str, is_home: HomeTest) -> bool:
    """Whose people: a foreign country, a foreign region ('от Витебской области', 'Гомельского
    облисполкома') or 'иностранные' makes them foreign, unless the home country or region is named too."""
    codes = {m.code for m in country_mentions(context)} | demonym_countries(context)  # '15 белорусов'
    foreign = bool(codes - {HOME_COUNTRY}) or bool(search_caseless(_FOREIGN_WORD, context)) \
        or bool(region_countries(foreign_regions([context]))) \
        or mentions_unnamed_foreign([context])  # '40 – из стран СНГ', 'гости из 12 стран'

    if not foreign:  # most contexts: the home tests need not run
        return False
    home = HOME_COUNTRY in codes or bool(search_caseless(_HOME_WORD, context)) or is_home(context)
    return not home


@word_cache
def _holds_number_word(word: str) -> bool:
    """'двадцати' → True, 'пяти-шести' → True, 'участников' → False: a run of Cyrillic letters of
    the word, lower-cased, is a number word. Every such run of a text lies inside one of its
    words(), so a text holds a number word exactly when one of its words does."""
    return not number_word_values().keys().isdisjoint(_LOWER_WORD.findall(word.lower()))


def has_number_words(text: str) -> bool:
    """Whether a run of Cyrillic letters of text.lower() is a number word ('около двадцати'),
    from the cell's cached words(): one look-up per word instead of a scan of the text."""
    return any(map(_holds_number_word, words(text)))


# Every character a digit count's match may hold before its number: spaces and the qualifiers' letters.
_BEFORE_NUMBER = re.compile(r"[\s" + "".join(sorted(set(re.sub(r"[^а-яё]", "", _LOWER_BOUND + _APPROX))))
                            + r"]*")
_QUALIFIERS = re.findall(r"[а-яё]+(?:\\s\+[а-яё]+)?", _LOWER_BOUND + "|" + _APPROX)  # 'более\s+чем', 'около'
_QUALIFIER_ENDS = tuple({q.split("\\s+")[-1] for q in _QUALIFIERS})
_TWO_WORD_QUALIFIER_ENDS = tuple({q.split("\\s+")[-1] for q in _QUALIFIERS if "\\s+" in q})
_ONE_WORD_QUALIFIER_LENGTH = max(len(q) for q in _QUALIFIERS if "\\s+" not in q)
_BEFORE_NUMBER_REACH = 40


def _digit_counts(pattern: re.Pattern, lowered: str):
    """pattern.finditer(lowered) for the digits-only count pattern on lower-cased text, searched
    from just before each digit instead of trying the pattern at every position of the cell.

    A match holds a number, which starts with the first digit at or after where the match starts,
    and before it only a qualifier and spaces ('более 40', 'около  40'). So a match starts in the
    spaces before that digit, or at a qualifier ending where those spaces begin: no earlier than
    the longest one-word qualifier before them. A two-word qualifier ('более  чем 40') may reach
    further: then the search begins _BEFORE_NUMBER_REACH characters back, or where the last match
    ended (as finditer would) when those characters could all belong to a match."""
    position = 0
    while True:
        digit = _DIGIT.search(lowered, position)
        if digit is None:
            return
        spaces = digit.start()
        while spaces > position and lowered[spaces - 1].isspace():
            spaces -= 1
        start = spaces
        if lowered.endswith(_QUALIFIER_ENDS, position, spaces):
            start = spaces - _ONE_WORD_QUALIFIER_LENGTH
            if lowered.endswith(_TWO_WORD_QUALIFIER_ENDS, position, spaces):
                start = digit.start() - _BEFORE_NUMBER_REACH
                if _BEFORE_NUMBER.fullmatch(lowered, max(start, position), digit.start()):
                    start = position
        match = pattern.search(lowered, max(start, position))
        if match is None:
            return
        yield match
        position = match.end()


# Numbers joined by '+' before a word: '5 + 7 человек' (not '+7 (4812)', '2.5+1', '100+ участников').
# A bracketed word may stand between the last part and the people word: '12 + 3 (сопровождающие) чел.' is 15.
_PLUS_JOINED = re.compile(r"(?<![\d.,/+])\d{1,6}(?:\s?\+\s?\d{1,6})+(?![\d.,/+])(?=\s*\(?\s*[А-ЯЁа-яё])")


def _summed(match: re.Match) -> str:
    said = match.group(0)
    total = str(sum(int(part) for part in said.split("+")))
    return total.rjust(len(said))


_PLUS_AFTER_NUMBER = re.compile(r"(?<=\d)\+(?!\d)")
_APPROXIMATE_SIGN = re.compile(r"(?<!\d)(?<!\d\s)[~≈]\s?(?=\d)")  # not a range '60 ~ 70'; its end is where the number starts


def find_counts(text: str, is_home: HomeTest = _nowhere, bare_numbers: bool = False) -> list[Count]:
    """Counts of people in a cell. bare_numbers: the cell is a count column ('Количество
    участников, чел.'), so '18' or 'около 40' alone is a number of people."""
    text = text.replace("\u00a0", " ")
    if "+" in text:  # '5 + 7 человек', '3+2+1 чел.': the parts' sum, written where they stood (same length)
        text = _PLUS_JOINED.sub(_summed, text)
    plus_after: set[int] = set()
    if "+" in text:  # '100+ участников', '20+': at least that many; the '+' read as a space (same positions)
        plus_after = {m.start() for m in _PLUS_AFTER_NUMBER.finditer(text)}
        text = _PLUS_AFTER_NUMBER.sub(" ", text)
    approximately: set[int] = set()
    if "~" in text or "≈" in text:  # '~60 человек', '≈ 1,5 тыс.': about that many; the sign read as a space
        approximately = {m.end() for m in _APPROXIMATE_SIGN.finditer(text)}
        text = _APPROXIMATE_SIGN.sub(lambda m: " " * len(m.group(0)), text)
    has_words = has_number_words(text)
    membered = "членн" in text
    if not has_words and not membered and not _DIGIT.search(text):
        # no digit and no number word: no count, but a list of posts alone names its people one by one
        # ('губернатор провинции и его заместитель' = 2)
        return _bare_posts(text, is_home) if ("," in text or " и " in text) and len(text) <= _BARE_LIST_MAX else []
    starts = _sentence_starts(text)
    counts: list[Count] = []
    lowered = caseless_text(text)
    has_reach = bool(search_slice(_REACH_STEM, text, lowered, 0, len(text)))
    if lowered is None:
        matches = _count_pattern(has_words).finditer(text)
    elif has_words:
        matches = _count_pattern(has_words, caseless=False).finditer(lowered)
    else:
        matches = _digit_counts(_count_pattern(False, caseless=False), lowered)
    for match in matches:
        number_text = text[match.start("number"):match.end("number")]
        before = text[max(0, match.start() - 3):match.start("number")]
        if _NOT_A_COUNT_BEFORE.search(before) or _LIST_NUMBER_AFTER.match(text, match.end(), match.end() + 2) \
                and match.start("number") in starts:
            continue
        if _FROM_TO_BEFORE.search(text[max(0, match.start("number") - 4):match.start("number")]) \
                and _AGE_AFTER.match(text, match.end()):
            continue
        value = _to_int(number_text)
        upper = _to_int(text[match.start("upper"):match.end("upper")]) if match.start("upper") >= 0 else None
        if upper and _THOUSANDS.search(text, match.start("upper"), match.end("upper")) \
                and not _THOUSANDS.search(number_text):
            thousands = _to_int(number_text + " тыс.")  # 'от 1,5 до 3 тыс. человек': both ends in thousands
            if thousands is not None and thousands <= upper:
                value = thousands
        if value is None or value <= 0:
            continue
        if _names_no_number(text, match, number_text, value):
            continue  # 'сотни участников', 'тысячи зрителей', 'несколько тысяч': many, no number
        noun = _people_noun(text, match.end())
        elided = False
        if noun is None:  # most counts name their people right after the number; the labels are the fallbacks
            noun = _labelled_noun(text, lowered, match, counts, bare_numbers, is_home)
            elided = noun is not None and noun[1] > match.end()
        if noun is None or (has_reach and _is_reach(text, lowered, match.start(), noun[1])):
            continue
        qualifier_text = text[match.start("qualifier"):match.end("qualifier")] if match.start("qualifier") >= 0 else ""
        qualifier = fold(" ".join(qualifier_text.split()))
        sentence = bisect_right(starts, match.start("number")) - 1  # starts ascend from 0
        counts.append(Count(
            value=value, start=match.start("number"), end=match.end(), noun_end=noun[1],
            lower_bound=(bool(_LOWER_BOUND_WORDS.fullmatch(qualifier)) and qualifier != "от")
            or match.end("number") in plus_after,
            noun=noun[0], sentence=sentence, in_parens=_paren_depth(text, match.start()) > 0,
            approximate=bool(_APPROXIMATE_WORDS_RE.fullmatch(qualifier)) or qualifier == "до"
            or match.start("number") in approximately,
            upper=upper, elided=elided))
    if has_words and "(" in text and len(counts) > 1:
        counts = _without_restated(text, counts)
    if membered:  # a number inside a member count ('4-членная делегация') is not another count
        members = _member_counts(text, starts)
        counts = sorted(members + [c for c in counts if not any(m.start <= c.start < m.end for m in members)],
                        key=lambda c: c.start)
    _annotate(text, counts, starts, is_home, lowered)
    if counts and ("," in text or " и " in text):
        # a post's own words say its side ('Посол Перу и 3 сотрудника'); added after the counts' cues are
        # read, so the counts' words stay theirs as before
        posts = _post_counts(text, counts, starts, is_home)
        if posts:
            counts = sorted(counts + posts, key=lambda c: c.start)
    if "(" in text and any(c.in_parens for c in counts):
        posts = _bracket_posts(text, counts, is_home)
        if posts:
            counts = sorted(counts + posts, key=lambda c: c.start)
    if ":" in text and len(counts) > 1:
        _label_side(text, counts, starts, is_home)
    return counts


_DIGITS_AT = re.compile(r"\d+(?:[ \u202f]\d{3})*")
_WORDS_IN_BRACKETS = re.compile(r"\s*\(\s*(?=[а-яё])")


def _without_restated(text: str, counts: list[Count]) -> list[Count]:
    """A number restated in words in brackets right after its digits, as contracts and reports write them
    ('6 (шесть) человек', 'в составе 5 (пяти) человек') is one count, not two: inside another bracket
    ('Представители колледжа (6 (шесть) человек)') both were read as parts and summed to 12."""
    restated = set()
    for count in counts:
        digits = _DIGITS_AT.match(text, count.start)
        if digits is None:
            continue
        bracket = _WORDS_IN_BRACKETS.match(text, digits.end())
        if bracket is None:
            continue
        restated.update(id(other) for other in counts
                        if other.start == bracket.end() and other.value == count.value and other is not count)
    return [c for c in counts if id(c) not in restated] if restated else counts


_BRACKET = re.compile(r"\(([^()]*)\)")
# A bracket of posts is a short list on one line: a quote, a Latin word or a line break says it is prose
# ('(«губернатор области, 3 заместителя губернатора» is 4)' in a note is no delegation's list).
_NOT_A_POST_LIST = re.compile(r"[«»\"\nA-Za-z]")


def _bracket_posts(text: str, counts: list[Count], is_home: HomeTest) -> list[Count]:
    """'Монгольская делегация (министр, 2 советника) и 15 российских участников' = 18: a bracket that lists
    the posts of the side named before it, some counted, names each post without a number as one person (as
    the list outside brackets does). Not when the bracket breaks a count before it down ('30 человек
    (министр, 2 советника)', '… (в т.ч. министр, 2 советника)' stay 30: the posts are among the 30), nor
    when an item is no post or count. The posts are of their counts' side."""
    found: list[Count] = []
    for bracket in _BRACKET.finditer(text):
        begin, end = bracket.start(1), bracket.end(1)
        inside = [c for c in counts if begin <= c.start < end]
        if not inside or any(c.breakdown or c.subset or c.total_cue for c in inside) \
                or _SUBSET_STOP.search(text, begin, end) or _NOT_A_POST_LIST.search(text, begin, end):
            continue
        if any(c.end <= bracket.start() and not text[c.noun_end:bracket.start()].strip(" .,") for c in counts):
            continue  # the bracket right after a count is its breakdown
        items, at = [], begin
        for separator in _LIST_SEPARATOR.finditer(text, begin, end):
            items.append((at, separator.start()))
            at = separator.end()
        items.append((at, end))
        if len(items) < 2:
            continue
        # a plural post may open the bracket: '(советники министра, 2 специалиста)' is 2 and some more
        posts = _list_posts(text, items, inside, inside[0].sentence, is_home, plural_first=True)
        if posts is None or not posts[1]:
            continue
        # Whose people: the side named right before the bracket ('Казахстанская делегация (министр,
        # 2 советника, 3 специалиста)' — all six are Kazakh), unless an item names its own side.
        head = _bracket_head(text, bracket.start(), counts)
        side = _is_foreign(head, is_home) or all(c.foreign for c in inside)
        if side:
            for (item_start, item_end) in items:
                item = text[item_start:item_end]
                for count in inside:
                    if item_start <= count.start < item_end and not count.foreign \
                            and not _names_any_side(item, is_home) and not _PLACE_ADJECTIVE.search(item):
                        count.foreign = True
        for post in posts[0]:
            post.in_parens = True
            post.foreign = post.foreign or side
        found.extend(posts[0])
    return found


def _bracket_head(text: str, opening: int, counts: list[Count]) -> str:
    """The words a bracket follows, back to the clause's start: 'Казахстанская делегация ' of
    'Казахстанская делегация (министр, …)', 'делегация Казахстана ' of 'Участники: делегация Казахстана (…)'."""
    start = max(text.rfind(mark, 0, opening) for mark in ",;:.\n()") + 1
    for count in counts:
        if start <= count.noun_end <= opening:
            start = count.noun_end
    return text[start:opening]


# Where a list after a label's colon goes on past the end of a clause: the next clause follows a «;» or
# opens a dash or bullet line («Делегация Республики Беларусь:\n– 3 тренера;\n– 12 спортсменов»).
_LIST_LINE = re.compile(r"\s*[-–—•·*▪]\s")


def _list_goes_on(text: str, boundary: int) -> bool:
    """Whether the clause starting at `boundary` is one more item of the list before it: the clause
    before ends with «;» or this one is a dash or bullet line, and it opens no label of its own."""
    return (text[:boundary].rstrip().endswith(";") or bool(_LIST_LINE.match(text, boundary))) \
        and ":" not in text[boundary:text.find("\n", boundary + 1) if "\n" in text[boundary + 1:] else len(text)]


def _label_side(text: str, counts: list[Count], starts: list[int], is_home: HomeTest) -> None:
    """'Делегация Республики Беларусь: министр образования, 2 ректора, 4 сотрудника министерства': the
    label before the colon says whose people the whole list after it holds, so each count there that names
    no side of its own is the label's (before, only the first, whose words reach back to the label) — on one
    line or on dash and bullet lines of their own, items ended by «;» or not."""
    taken: set[int] = set()
    for sentence in sorted({c.sentence for c in counts}):
        if sentence in taken:
            continue
        last = sentence
        while last + 1 < len(starts) and _list_goes_on(text, starts[last + 1]):
            last += 1
        taken.update(range(sentence, last + 1))
        own = [c for c in counts if sentence <= c.sentence <= last and not c.in_parens]
        if len(own) < 2 or own[0].sentence != sentence:
            continue
        colon = text.rfind(":", starts[sentence], own[0].start)
        # the label is the clause before the colon: 'Делегация Узбекистана (8 человек); с нашей стороны: …'
        # is our side's list, the delegation's name is the clause before the «;»
        label_from = max(starts[sentence], text.rfind(";", starts[sentence], colon) + 1) if colon >= 0 else 0
        if colon < 0 or _in_quotes(text, colon) or not _is_foreign(text[label_from:colon], is_home):
            continue
        end = starts[last + 1] if last + 1 < len(starts) else len(text)
        for i, count in enumerate(own):
            if count.foreign or count.subset or count.breakdown:
                continue
            said_from = own[i - 1].noun_end if i else colon + 1
            said_to = own[i + 1].start if i + 1 < len(own) else end
            said = text[said_from:said_to]
            if not _names_any_side(said, is_home) and not _PLACE_ADJECTIVE.search(said):
                count.foreign = True


def _in_quotes(text: str, position: int) -> bool:
    """'Выставка «Москва – Париж: 1900–1930»': the colon is a name's, not a label's."""
    return text.count("«", 0, position) > text.count("»", 0, position) or text.count('"', 0, position) % 2 == 1


# 'омских', 'российские', 'татарстанская': a place's adjective says its people's side ('3 омских студента').
_PLACE_ADJECTIVE = re.compile(r"[а-яё]{2,}[сц]к(?:ий|ая|ое|ие|их|ого|ой|ому|ым|ыми|ую|ий)(?![а-яё])", re.IGNORECASE)


# A list of posts some of which are counted: 'В составе делегации – заместитель министра, 2 начальника
# отдела, 3 специалиста' = 6, 'тренер и 10 спортсменов' = 11. A post named in the singular nominative with
# no number is one person; one in the plural after a count ('12 спортсменов и тренеры') is some more people,
# so the sum is a lower bound. Only when every item of the list is a count or a post (no 'всего', 'в т.ч.',
# place, bracket), and the counted items name kinds of people, not people in general: in '10 человек,
# руководитель – Иванов И.И.' the leader is among the ten.
_LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+и\s+")
_LIST_OPENS = re.compile(r":|\s[–—-]\s")
_QUALIFIER_ONLY = re.compile(r"\s*(?:(?:" + _LOWER_BOUND + "|" + _APPROX + r")\s+)?", re.IGNORECASE)
_POST_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
_POSSESSIVES = frozenset({"его", "её", "ее", "их"})
_POSSESSIVE_WORD = re.compile(r"(?<![а-яё])(?:его|её|ее|их)(?![а-яё])", re.IGNORECASE)
_GENERAL_PEOPLE = ("человек", "чел", "участник", "лиц", "персон")


# The heads of a foreign land's region or town, a post Russia does not have: хоким (Uzbekistan), аким
# (Kazakhstan, Kyrgyzstan). pymorphy3 takes both for a surname or a first name, so they are listed; any word
# of an item naming them, or a foreign place's type (провинция, префектура, воеводство, вилоят …), makes
# the item's people foreign ('хоким области, 2 заместителя хокима' = 3 foreign).
_FOREIGN_HEADS = {"хоким": "sing", "аким": "sing", "хокимы": "plur", "акимы": "plur"}
_FOREIGN_OFFICE = re.compile(r"(?<![а-яё])(?:(?:хоким|аким)(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-яё])"
                             r"|хокимият|акимат|провинци|префектур|воеводств|вилоят|вилайет|велаят)", re.IGNORECASE)
# A list of posts with no number at all is read only in a short cell (a participants cell, not a paragraph).
_BARE_LIST_MAX = 200


@word_cache
def _post_number(word: str) -> str | None:
    """'заместитель' → 'sing', 'тренеры' → 'plur', 'первый' → 'adjective', 'делегация' → None: what a word
    opening a list's item says of a post (a person noun in the nominative)."""
    if word in _FOREIGN_HEADS:
        return _FOREIGN_HEADS[word]
    parse = morph().parse(word)[0]
    if "ADJF" in parse.tag and "nomn" in parse.tag:
        return "adjective"
    if "NOUN" not in parse.tag or "nomn" not in parse.tag or "Geox" in parse.tag or "Surn" in parse.tag \
            or "Name" in parse.tag or not _is_person_noun(word):
        return None
    return "plur" if "plur" in parse.tag else "sing"


def _post_counts(text: str, counts: list[Count], starts: list[int], is_home: HomeTest) -> list[Count]:
    found: list[Count] = []
    for sentence in sorted({c.sentence for c in counts}):
        sentence_start = starts[sentence]
        sentence_end = starts[sentence + 1] if sentence + 1 < len(starts) else len(text)
        # A «;» ends a list: each clause is read on its own, so a delegation's «6 чел.» before it does not
        # stop the posts after it from counting ('Делегация КНР – 6 чел.; с томской стороны – ректор ТГУ,
        # 4 сотрудника' is 6 and 5)
        cuts = [sentence_start]
        semicolon = text.find(";", sentence_start, sentence_end)
        while semicolon >= 0:
            cuts.append(semicolon + 1)
            semicolon = text.find(";", semicolon + 1, sentence_end)
        cuts.append(sentence_end)
        for clause_start, clause_end in zip(cuts, cuts[1:]):
            own = [c for c in counts if c.sentence == sentence and clause_start <= c.start < clause_end]
            if own:
                found.extend(_clause_posts(text, own, sentence, clause_start, clause_end, is_home))
    return found


@word_cache
def _post_in_any_case(word: str) -> str | None:
    """'губернатора' → 'sing', 'проректоров' → 'plur', 'первого' → 'adjective': a post in the case a verb or
    «включая» gives it ('включая губернатора аймака и двух его заместителей'), read only inside a list of parts."""
    parse = morph().parse(word)[0]
    if "ADJF" in parse.tag:
        return "adjective"
    if "NOUN" not in parse.tag or {"Geox", "Surn", "Name"} & set(parse.tag.grammemes) or not _is_person_noun(word):
        return None
    return "plur" if "plur" in parse.tag else "sing"


def _clause_posts(text: str, own: list[Count], sentence: int, clause_start: int, clause_end: int,
                  is_home: HomeTest) -> list[Count]:
    """The posts without a number in the list of one clause that holds counts ('губернатор области,
    3 заместителя губернатора'), none when a count there is of people in general or in brackets."""
    if any(c.in_parens or c.noun.startswith(_GENERAL_PEOPLE) for c in own):
        return []
    end = clause_end - 1 if text[clause_end - 1:clause_end] == ";" else clause_end
    opens = [m.end() for m in _LIST_OPENS.finditer(text, clause_start, own[0].start)]
    begin = opens[-1] if opens else clause_start
    if "(" in text[begin:end] or ")" in text[begin:end]:
        return []
    items, at = [], begin
    for separator in _LIST_SEPARATOR.finditer(text, begin, end):
        items.append((at, separator.start()))
        at = separator.end()
    items.append((at, end))
    if len(items) < 2:
        return []
    posts = _list_posts(text, items, own, sentence, is_home)
    if posts is None or not posts[1] or not posts[0]:
        return []
    for count in posts[2]:
        count.foreign = True  # '2 заместителя хокима': the foreign post names whose people they are
    return posts[0]


def _list_posts(text: str, items: list[tuple[int, int]], own: list[Count], sentence: int,
                is_home: HomeTest, plural_first: bool = False) -> tuple[list[Count], int, list[Count]] | None:
    """The posts of a list whose every item is a count or a post: (the posts as counts, how many items are
    counts, the counts a foreign post makes foreign), or None when an item is neither. An item opening with
    «его», «её», «их» ('губернатор провинции и его заместитель') is of the side of the item before it."""
    posts: list[Count] = []
    counted = 0
    foreign_counts: list[Count] = []
    before_foreign = False
    for item_start, item_end in items:
        item = text[item_start:item_end].rstrip(" .")
        lead = len(item) - len(item.lstrip())
        inside = [c for c in own if item_start <= c.start < item_start + len(item)]
        if inside:
            if len(inside) > 1 or not _QUALIFIER_ONLY.fullmatch(text, item_start, inside[0].start):
                return None  # 'всего 8 человек', 'в т.ч. 3': not a list of posts
            counted += 1
            mine = before_foreign and _POSSESSIVE_WORD.search(item)  # 'хоким области и два его заместителя'
            before_foreign = inside[0].foreign
            if not inside[0].foreign and (mine or _FOREIGN_OFFICE.search(item) and not is_home(item)):
                foreign_counts.append(inside[0])
                before_foreign = True
            continue
        if _DIGIT.search(item):
            return None
        kind = None
        possessive = False
        for word in _POST_WORD.finditer(item, lead):
            folded = fold(word.group(0))
            if folded in _POSSESSIVES and word.start() == lead:
                possessive = True
                continue  # 'его заместитель'
            kind = _post_number(folded)
            if kind != "adjective":
                break  # 'первый заместитель': the adjective, then its noun
        if kind not in ("sing", "plur") or (kind == "plur" and not counted and not plural_first):
            return None
        at = item_start + word.start()
        foreign = (_is_foreign(item, is_home) or (possessive and before_foreign)
                   or (bool(_FOREIGN_OFFICE.search(item)) and not is_home(item)))
        before_foreign = foreign
        posts.append(Count(value=1 if kind == "sing" else 0, start=at, end=at, noun_end=item_start + word.end(),
                           lower_bound=kind == "plur", noun=fold(word.group(0)), sentence=sentence,
                           in_parens=False, foreign=foreign))
    return posts, counted, foreign_counts


def _bare_posts(text: str, is_home: HomeTest) -> list[Count]:
    """'губернатор провинции и его заместитель' = 2, 'Министр образования, его заместитель и советник' = 3: a
    cell that is only a list of posts in the singular, each one person, after a label or none. One line and
    one sentence, no brackets, no verb, at least two items, the last joined by «и»: a comma alone may set a
    second title of the same person in apposition ('первый заместитель Губернатора области, куратор
    международного направления' is one person), so without «и» no count is guessed; a plural post, a body's
    name or any other word at an item's head makes it no such list."""
    text = text.rstrip()
    if "(" in text or ";" in text or "\n" in text or len(_sentence_starts(text)) > 1:
        return []
    opens = [m.end() for m in _LIST_OPENS.finditer(text)]
    begin = opens[-1] if opens else 0
    items, at = [], begin
    last_separator = ""
    for separator in _LIST_SEPARATOR.finditer(text, begin):
        items.append((at, separator.start()))
        at = separator.end()
        last_separator = separator.group(0).strip()
    items.append((at, len(text)))
    if len(items) < 2 or last_separator != "и":
        return []
    found = _list_posts(text, items, [], 0, is_home)
    if found is None or not all(post.value == 1 for post in found[0]) \
            or any(_is_verb(fold(word)) for word in _POST_WORD.findall(text, begin)):
        return []
    return found[0]


@word_cache
def _is_verb(word: str) -> bool:
    """'подписали', 'провели' → True: a list with a verb is a sentence about the people, read as such elsewhere."""
    return "VERB" in morph().parse(word)[0].tag


# An audience reached through the media is not attendance: 'охват в социальных сетях – 12 тыс. человек',
# 'просмотров трансляции – 2 500', 'подписчиков – 900'. A bare 'охват – 300 человек' (as schools write
# attendance) still counts, and so do the people who watched a broadcast ('трансляцию посмотрели 1 200').
_REACH_STEM = re.compile(r"охва[тч]|просмотр|подписчик|аудитори", re.IGNORECASE)
_MEDIA = (r"(?:соц[а-яё.]*\s*сет|сми\b|средств\w*\s+массов|интернет|публикац|медиа|телеграм|вконтакте|\bвк\b"
          r"|ютуб|youtube|телеканал|телевиден|эфир)")
_REACH = re.compile(r"просмотр|подписчик|(?:охва[тч]|аудитори)[^,;()]{0,50}?" + _MEDIA
                    + r"|" + _MEDIA + r"[^,;()]{0,50}?(?:охва[тч]|аудитори)", re.IGNORECASE)


def _is_reach(text: str, lowered: str | None, start: int, noun_end: int) -> bool:
    """The count between start and noun_end is a media audience, by its own clause before it or the
    words right after it ('… 12 тыс. человек охвачено публикациями')."""
    clause_start = max(text.rfind(mark, 0, start) for mark in ",;(\n") + 1
    clause_end = _CLAUSE_END.search(text, noun_end, noun_end + 40)
    return bool(search_slice(_REACH, text, lowered, clause_start, start)) \
        or bool(search_slice(_REACH, text, lowered, noun_end, clause_end.start() if clause_end else min(len(text), noun_end + 40)))


_CLAUSE_END = re.compile(r"[,;().\n]")


def _labelled_noun(text: str, lowered: str | None, match: re.Match, counts: list[Count],
                   bare_numbers: bool, is_home: HomeTest = _nowhere) -> tuple[str, int] | None:
    """The people of a number with no people word after it: a label before it ('Количество
    участников – 150', 'Зрителей: 300'), the count before it ('…, из них 120 – из Республики
    Казахстан'), or a count column's bare number."""
    if _counts_things(text, match.end()):
        return None  # 'в том числе представители 15 зарубежных стран', 'Участников: 30 стран': not people
    label = search_slice(_COUNT_LABEL, text, lowered, max(0, match.start() - 80), match.start("number")) \
        or (not _WORD_AFTER.match(text, match.end())
            and search_slice(_COUNT_LABEL_BARE, text, lowered, max(0, match.start() - 40), match.start("number")))
    if label and fold(label.group("noun")).startswith(PEOPLE_STEMS):
        return fold(label.group("noun")), match.end()
    labelled = _NOUN_LABEL.search(text[max(0, match.start() - 40):match.start("number")]) \
        or (match.start("qualifier") >= 0 and _NOUN_LABEL.search(text[max(0, match.start() - 40):match.start("qualifier")]))
    if labelled:  # 'Зрителей: 300', 'зрителей – около 900', 'Зрителей в зале – 300', 'Всего зрителей – 300'
        for said in (labelled.group("tail"), labelled.group("noun")):  # 'Иностранных участников –': the noun
            if said and fold(said).startswith(_LABEL_PEOPLE):
                return fold(said), match.end()
    if not _WORD_AFTER.match(text, match.end()) and match.start("qualifier") < 0:
        bare = _NOUN_LABEL_BARE.search(text, max(0, match.start() - 30), match.start("number"))
        for said in (bare.group("tail"), bare.group("noun")) if bare else ():
            if said and fold(said).startswith(_LABEL_PEOPLE):
                return fold(said), match.end()  # 'Участников 30 (из них …)', 'Иностранных участников 12'
    if search_slice(_TOTAL_LABEL, text, lowered, max(0, match.start() - 30), match.start("number")) \
            and not _WORD_AFTER.match(text, match.end()):
        return "человек", match.end()  # 'Всего: 120, в т.ч. онлайн – 45', 'Итого – 45'

    if _FORMAT_LABEL.search(text, max(0, match.start() - 30), match.start("number")) \
            and not _WORD_AFTER.match(text, match.end()):
        return "человек", match.end()  # 'онлайн: 40, очно: 20': people by the format they took part in
    if counts and (_FORMAT_AFTER.match(text, match.end()) or _SUBSET_AFTER.match(text, match.end())
                   or search_slice(_SUBSET_CUE, text, lowered, max(0, match.start() - 45), match.start("number"))):
        return counts[-1].noun, match.end()
    if counts and _LISTED_AFTER.match(text, match.end()) \
            and _LIST_SEPARATOR_BEFORE.search(text, max(counts[-1].noun_end, match.start("number") - 12),
                                              match.start("number")):
        return counts[-1].noun, match.end()
    if counts and _LISTED_AFTER.match(text, match.end()) \
            and _OPENING_PART.fullmatch(text, counts[-1].noun_end, match.start("number")):
        return counts[-1].noun, match.end()  # 'Участники: 12 (8 – Беларусь, 4 – Смоленская обл.)'
    if counts and _FROM_PLACE_AFTER.match(text, match.end()) \
            and _LIST_GOES_ON.fullmatch(text, counts[-1].noun_end, match.start("number")) \
            and search_slice(_SUBSET_CUE, text, lowered, max(0, counts[-1].start - 45), counts[-1].start):
        return counts[-1].noun, match.end()  # 'в т.ч. 8 из Узбекистана и 5 из Таджикистана': the list of parts goes on
    if counts and not _WORD_AFTER_ON_LINE.match(text, match.end()):
        since = max(counts[-1].noun_end, match.start() - 50)
        if _is_side_label(_SIDE_LABEL.search(text, since, match.start("number"))):
            return counts[-1].noun, match.end()  # 'Иностранные участники – 20 человек, российские – 40'
        place = _PLACE_LABEL.search(text, since, match.start("number"))
        if place and _names_a_place(place.group("place"), is_home):
            return counts[-1].noun, match.end()  # 'Из Беларуси – 5 человек, из Смоленска – 10'
    if counts:
        elided = _ELIDED_AFTER.match(text, match.end())
        if elided and all(_is_adjective(fold(word)) for word in elided.group("adjectives").split()) \
                and _names_a_side(elided.group("adjectives"), is_home):
            return counts[-1].noun, elided.end()  # '48 участников (12 иностранных)'; not '12 участников, 5 новых'
    if _SUBSET_OPENS_AFTER.match(text, match.end()):
        return "человек", match.end()  # '45 (в т.ч. 12 иностр.)': a whole whose parts follow in brackets
    if not counts and not _WORD_AFTER_ON_LINE.match(text, match.end()) and not _YEAR.fullmatch(text, match.start("number"), match.end()):
        place = _PLACE_LABEL_FIRST.search(text, max(0, match.start() - 50), match.start("number"))
        if place and _names_a_place(place.group("place"), is_home):
            return "человек", match.end()  # 'от России – 18, от КНР – 22', 'Беларусь – 8, …': people by their side
        side = _SIDE_LABEL_FIRST.search(text, max(0, match.start() - 50), match.start("number"))
        if side and _is_side_label(side):
            return "человек", match.end()  # 'Российская сторона – 12\nМонгольская сторона – 9': a side's people
    if bare_numbers and not _WORD_AFTER.match(text, match.end()):
        return "человек", match.end()
    return None


# A count that opens another whole after a colon's parts: 'Делегация Монголии – 8 человек: 2 советника,
# делегация Китая – 5 человек' (a delegation of its own, its own count).
_ANOTHER_WHOLE = re.compile(r"(?<![а-яё])делегаци", re.IGNORECASE)


def _colon_part(text: str, head: Count | None, group: list[Count], count: Count) -> bool:
    """Whether `count` is one of the parts listed after the colon of `head` ('8 человек: министр,
    2 советника'): the parts up to a word that adds people («плюс», «а также») or another delegation's own
    count, as long as they add up to no more than the head."""
    if head is None or count not in group:
        return False
    parts, at = [], head.noun_end
    for part in group:
        between = text[at:part.start]
        if _ADDING.search(between) or (parts and _ANOTHER_WHOLE.search(between)):
            break
        parts.append(part)
        at = part.noun_end
    return count in parts and sum(c.value for c in parts) <= head.value


def _names_a_side(adjectives: str, is_home: HomeTest) -> bool:
    """'иностранных', 'российских', 'белорусские', 'смоленских' say whose people; 'новых' does not."""
    return bool(search_caseless(_FOREIGN_WORD, adjectives)) or _names_a_place(adjectives, is_home)


def _names_any_side(label: str, is_home: HomeTest) -> bool:
    """Whether the words up to a count say whose people it holds: a side's adjective or place, or a
    side's noun of its own ('Смоленская делегация – 8 человек', 'принимающая сторона – 12')."""
    return _names_a_side(label, is_home) or any(
        fold(word).startswith(_SIDE_NOUNS) for word in _CYRILLIC_WORD.findall(label))


def _names_a_place(label: str, is_home: HomeTest) -> bool:
    """'из Смоленска', 'Казахстан', 'от Витебской области' name a place; 'Фестиваль' does not."""
    return bool(country_mentions(label)) or bool(foreign_regions([label])) or is_home(label) \
        or bool(search_caseless(_HOME_WORD, label))


def _is_side_label(side: re.Match | None) -> bool:
    """'российские', 'белорусская сторона', 'витебская делегация' name a side of people;
    'проведено семинаров', 'иных мероприятий' do not."""
    if side is None:
        return False
    adjective = fold(side.group("adjective"))
    if adjective.startswith(_SIDE_WORDS):  # 'иностранных участников', 'иностранцев', 'иностр.'
        noun = side.group("noun")
        return noun is None or fold(noun).startswith(PEOPLE_STEMS + _SIDE_NOUNS)
    if adjective.endswith("."):  # the clerks' «иностр.», «зарубежн.», «росс.»
        if not adjective.startswith(_SIDE_ABBREVIATIONS):
            return False
    elif not (_is_adjective(adjective) or "PRTF" in morph().parse(adjective)[0].tag and side.group("noun")
              and fold(side.group("noun")).startswith(_SIDE_NOUNS)):
        return False  # a participle names a side only before a side's noun: «принимающая сторона»
    noun = side.group("noun")
    return noun is None or fold(noun).startswith(PEOPLE_STEMS + _SIDE_NOUNS)


@word_cache
def _is_adjective(word: str) -> bool:
    return "ADJF" in morph().parse(word)[0].tag


def _member_counts(text: str, starts: list[int]) -> list[Count]:
    """'Пятичленная делегация Республики Беларусь' → a count of 5 people; 'многочленная' → none."""
    counts = []
    for match in _MEMBERED.finditer(text):
        said = match.group("number")
        value = int(said) if said.isdigit() else number_word_values().get(fold(said))
        if not value or value != int(value):
            continue
        counts.append(Count(
            value=int(value), start=match.start("number"), end=match.end(), noun_end=match.end(),
            lower_bound=False, noun="человек", sentence=bisect_right(starts, match.start()) - 1,
            in_parens=_paren_depth(text, match.start()) > 0))
    return counts


def _annotate(text: str, counts: list[Count], starts: list[int], is_home: HomeTest,
              lowered: str | None) -> None:
    """Cues around each count; `lowered` is caseless_text(text), whose slices the cue patterns read."""
    labels = [_FORMAT_LABEL.search(text, max(0, c.start - 30), c.start) for c in counts]
    may_be_online = bool(search_slice(_ONLINE, text, lowered, 0, len(text)))  # most cells say no format
    for i, count in enumerate(counts):
        following = bisect_right(starts, count.start)  # starts ascend from 0
        sentence_start = starts[following - 1]
        sentence_end = starts[following] if following < len(starts) else len(text)
        count.total_cue = bool(search_slice(_TOTAL_CUE, text, lowered, sentence_start, count.start)) and not any(
            c.sentence == count.sentence and c.start < count.start and c.total_cue for c in counts[:i])
        window_start = max(sentence_start, count.start - 45)
        window = text[window_start:count.start]
        subset_cue = search_slice(_SUBSET_CUE, text, lowered, window_start, count.start)
        count.subset = bool(subset_cue) or (i > 0 and bool(_SUBSET_AFTER.match(text, count.end)))
        previous = counts[i - 1] if i > 0 and counts[i - 1].sentence == count.sentence else None
        if not count.subset and previous is not None and count.noun_end == count.end \
                and _LISTED_AFTER.match(text, count.end) and not _CAPITAL.search(text, previous.noun_end, count.start) \
                and not _FROM_SIDE.search(text, previous.noun_end, count.start):  # '10 человек от области, 6 – от …'
            count.subset = True  # '30 человек, 12 – из Республики Беларусь': the first names no one, so of them
        side_said = None
        if not count.subset and previous is not None and (count.noun_end == count.end or count.noun in _PLAIN_PEOPLE) \
                and _is_side_label(side := _SIDE_LABEL.search(text, previous.noun_end, count.start)) \
                and not _names_any_side(text[sentence_start:previous.noun_end], is_home):
            count.subset, side_said = True, side.group(0)
        if not count.subset and (count.elided or _is_adjective(count.noun)) and not count.in_parens and previous is not None \
                and (previous.subset or not _names_any_side(text[sentence_start:previous.noun_end], is_home)):
            count.subset = True  # '20 человек, 5 иностранных(, 15 российских)': the first names no side, so of them  # 'Участников форума 350, иностранных 40': the first names no side, so of them
        if not count.subset and previous is not None and previous.subset and count.noun_end == count.end \
                and (_SIDE_LABEL.search(text, previous.noun_end, count.start)
                     or _PLACE_LABEL.search(text, previous.noun_end, count.start)):
            count.subset = True  # 'в т.ч. из Беларуси – 8 человек, из Казахстана – 4': the list goes on
        if not count.subset and previous is not None and previous.subset and not count.total_cue \
                and _LIST_GOES_ON.fullmatch(text, previous.noun_end, count.start):
            whole = next((c for c in reversed(counts[:i]) if c.sentence == count.sentence and not c.subset), None)
            parts = sum(c.value for c in counts[:i] if c.subset and whole is not None and c.start > whole.start)
            # 'в т.ч. 8 из Узбекистана и 5 из Таджикистана', 'из них 10 студентов и 5 преподавателей':
            # the parts' list goes on, as long as the parts stay within the whole
            count.subset = whole is not None and parts + count.value <= whole.value
        if not count.subset and previous is not None and not count.total_cue \
                and (cue := _last_subset_cue(text, previous.noun_end, count.start)) is not None:
            posts = _listed_posts(text, cue.end(), count.start)
            whole = next((c for c in reversed(counts[:i]) if c.sentence == count.sentence and not c.subset), None)
            if posts is not None and whole is not None and whole.start < cue.start():
                parts = sum(c.value for c in counts[:i] if c.subset and c.start > whole.start)
                # '8 человек, в т.ч. министр, 2 начальника отдела', 'из них: директор, двое заместителей': the
                # parts' list after the cue opens with a post without a number, and the count goes on with it
                count.subset = parts + posts + count.value <= whole.value
        next_start = counts[i + 1].start if i + 1 < len(counts) and counts[i + 1].sentence == count.sentence \
            else sentence_end
        if i + 1 < len(counts) and labels[i + 1] is not None and counts[i + 1].sentence == count.sentence:
            next_start = min(next_start, labels[i + 1].start())  # 'очно – 20 человек, онлайн – 40': not 20's
        if i + 1 < len(counts) and counts[i + 1].sentence == count.sentence:
            # '300 зрителей, трансляцию посмотрели 1500 человек': the words of the next count's clause
            # are its own, so this count's end at the last comma or semicolon before that clause
            clause_end = max(text.rfind(",", count.noun_end, next_start), text.rfind(";", count.noun_end, next_start))
            if clause_end >= count.noun_end:
                next_start = clause_end
        tail_end = min(next_start, count.end + 60) if next_start >= count.end else count.end
        semicolon = text.find(";", count.noun_end, tail_end)
        if semicolon >= 0:
            tail_end = semicolon  # '150 участников; просмотров трансляции – 2500': the next clause's words are not its
        previous = counts[i - 1] if i > 0 and counts[i - 1].sentence == count.sentence else None
        if labels[i] is not None:  # 'онлайн – 40 человек': the format said before the count is its own
            said = labels[i].group(0)
            count.online, count.in_person = bool(_ONLINE.search(said)), \
                bool(_IN_PERSON.search(said))
        else:
            count.online = bool(search_slice(_ONLINE, text, lowered, count.end, tail_end))
            count.in_person = bool(search_slice(_IN_PERSON, text, lowered, count.end, tail_end))
            if may_be_online and not count.online and not count.in_person and not count.in_parens:
                # 'трансляцию посмотрели 2 тыс. человек', 'по ВКС подключились 20 человек': said before
                # the count in its own clause (not one naming both formats)
                clause_start = max([previous.noun_end if previous else sentence_start, sentence_start]
                                   + [text.rfind(mark, sentence_start, count.start) + 1 for mark in _CLAUSE_MARKS])
                count.online = bool(search_slice(_ONLINE, text, lowered, clause_start, count.start)) \
                    and not search_slice(_IN_PERSON, text, lowered, clause_start, count.start)
        anchor = next((c for c in reversed(counts[:i])
                       if c.sentence == count.sentence and not c.in_parens), None)
        opening = text.rfind("(", 0, count.start)
        # (a bracket after a «;» is not the count before it broken down: «около 3 тыс. посетителей; артисты из КНДР
        # (20 чел.)» counts the artists its own clause names, as «…; артисты из КНДР – 20 чел.» does — it was read as
        # the visitors' breakdown, and the 3,000 as foreign)
        if count.in_parens and anchor and opening > anchor.start and ";" not in text[anchor.noun_end:opening]:
            group = [c for c in counts if c.in_parens and text.rfind("(", 0, c.start) == opening]
            if sum(c.value for c in group) <= anchor.value:
                count.breakdown = True
        elif count.in_parens and ":" in text[opening:count.start]:
            # 'Делегация Монголии (8 человек: министр, 2 советника)': a count in a bracket followed by its
            # colon is its bracket's whole, as outside one
            head = next((c for c in reversed(counts[:i]) if c.sentence == count.sentence and c.in_parens
                         and c.start > opening and _COLON_NEXT.match(text, c.noun_end)), None)
            close = _closing(text, opening + 1)
            group = [c for c in counts if head is not None and c.sentence == count.sentence
                     and head.start < c.start < (close if close >= 0 else len(text))]
            count.breakdown = _colon_part(text, head, group, count)
        elif anchor is not None and ":" in text[sentence_start:count.start]:
            # '12 участников: 7 человек от Смоленской области, 5 – от Могилевской': the parts after a
            # colon that add up to no more than the count before it are its breakdown, not more people
            head = next((c for c in reversed(counts[:i]) if c.sentence == count.sentence and not c.in_parens
                         and _COLON_NEXT.match(text, c.noun_end)), None)
            group = [c for c in counts if head is not None and c.sentence == count.sentence and c.start > head.start]
            count.breakdown = _colon_part(text, head, group, count)
        # Whose people are these? 'N человек – иностранные граждане' describes forward,
        # 'коллектив Республики Беларусь (70 участников)' backward, '… – 50 представителей' both.
        back_from = previous.noun_end if previous else sentence_start
        # a «;» ends a clause as a «;» at a line's end does (a sentence break): 'Представитель … (Республика
        # Беларусь); участники объединения … (14 человек)' — the 14 are not the representative's side
        back_from = max(back_from, text.rfind(";", back_from, count.start) + 1)
        forward = text[count.start:next_start]
        stop = search_slice(_SUBSET_STOP, text, lowered, count.start, next_start)
        if stop and not count.subset:
            forward = forward[: stop.start()]
        if "(" in text:  # a nested bracket's words are not its count's; its own bracket's end ends them
            forward = _own_bracket_words(text, count, next_start, forward)
        backward = text[back_from:count.start]
        if count.elided:
            context = text[count.start:count.noun_end]  # '(12 иностранных)': its own adjectives
        elif side_said is not None:
            context = side_said + forward  # '…, иностранных 40': the side said before it
        elif count.subset and (subset_cue is not None or not _LABEL_BEFORE.search(text, max(back_from, count.start - 4), count.start)):
            context = (window[subset_cue.start():] if subset_cue else "") + forward  # 'в т.ч. иностранных – 12 чел.'
        elif _DASH_NEXT.match(text, count.noun_end, count.noun_end + 3) \
                or _PAREN_NEXT.match(text, count.noun_end, count.noun_end + 3):
            context = forward  # '8 человек (Республика Беларусь)', '10 – Смоленской области'
            if not count.in_parens and back_from < count.start - 4 \
                    and _LABEL_BEFORE.search(text, max(back_from, count.start - 4), count.start) \
                    and not _names_any_side(forward, is_home) and not _in_quotes(text, count.start):
                # 'Казахстанская делегация – 6 человек (министр, 2 советника, …)': a bracket of posts
                # names no side, so the side labelled before the dash or colon owns the count
                context = backward
        elif not count.in_parens and _LABEL_BEFORE.search(text, max(back_from, count.start - 4), count.start) \
                and back_from < count.start - 4:
            context = backward  # 'белорусская сторона – 6 чел., российская – 9': the label is its own
        elif count.in_parens and text[max(0, count.start - 12):count.start].rfind("(") >= 0:
            if count.breakdown and previous is not None and backward.rstrip().endswith("("):
                # '126 спортсменов из 8 регионов России и Казахстана (18 чел.)': a part of the count before, in a
                # bracket right after a list of places, is the last place's people, not the whole list's
                backward = _OWN_SIDE_AFTER.split(backward)[-1]
            context = backward + text[count.start:count.noun_end]  # and its own words: '(12 иностранных'
            closing = _closing(text, count.noun_end)  # '(15 человек (в т.ч. 3 …)) из …': its own bracket's end
            nested = _NESTED_NEXT.match(text, count.noun_end)
            inside = text[count.noun_end:nested.start()] if nested is not None and closing > nested.end() \
                and text[closing - 1] == ")" else text[count.noun_end:max(closing, count.noun_end)]
            if closing >= 0 and not inside.strip(" .") and backward.rstrip().endswith("("):
                # 'делегация (7 чел.) из Республики Беларусь': the whole bracket is the count, so the words
                # after it, to the clause's end, describe the people too
                after = text[closing + 1:next_start if next_start > closing else len(text)]
                if _FROM_AFTER.match(after):  # '… (7 чел.) из Республики Беларусь', not '… (6 человек) и …'
                    context += " " + _OWN_SIDE_AFTER.split(after, maxsplit=1)[0]
        else:
            if previous is not None:  # '… Смоленской области и 3 представителя Беларуси': the words up
                backward = _OWN_SIDE_AFTER.split(backward)[-1]  # to 'и' or a comma are the previous count's
            context = backward + forward
        if context is backward and _names_no_side(backward):
            context = forward  # 'Участники: 3 представителя Беларуси': a label that says only 'people'
        if count.noun.startswith(AUDIENCE_STEMS) and context is not backward:
            context = _OWN_SIDE_AFTER.split(context, maxsplit=1)[0]  # '500 зрителей, коллективы из Армении': not theirs
        if ("стран" in context or "государств" in context) and not count.noun.startswith(_VISITOR_NOUNS) \
                and not search_caseless(_GUESTS, context):
            # '150 участников из 4 стран': the hosts' country is likely one of them, so no side is said
            context = _COUNTRIES_COUNTED.sub(" ", context)
        count.foreign = _is_foreign(context, is_home)


# 'из 4 стран', 'из 87 государств', 'из двенадцати стран': people of several countries, perhaps ours too.
_COUNTRIES_COUNTED = re.compile(r"(?:из|от)\s+(?:более\s+(?:чем\s+)?)?(?:\d+|[а-яё]+)\s+(?:стран|государств)\w*", re.IGNORECASE)
_GUESTS = re.compile(r"гост|делега[цт]", re.IGNORECASE)  # 'гости из 12 стран', 'делегаты из 12 стран': they came to us
# The people words that cannot hold the hosts: those who came to us. Any other people word of several countries
# may ('150 участников', '180 спортсменов', '40 студентов', '25 артистов из 5 стран': ours perhaps among them).
_VISITOR_NOUNS = ("гост", "делегат", "турист", "иностран", "зарубежн")
_FROM_AFTER = re.compile(r"\s*(?:из|от)\s", re.IGNORECASE)
# Where the words describing the count before end: a comma, semicolon or 'и' between two counts.
_OWN_SIDE_AFTER = re.compile(r"[,;]|\s(?:и|а\s+также)\s")
_COLON_NEXT = re.compile(r"\.?\s*[:]")  # "12 чел.: 7 …" too
_PLAIN_PEOPLE = frozenset({"чел", "человек", "человека"})  # '…, иностранных – 12 человек': the side is in the label
_SUBSET_OPENS_AFTER = re.compile(r"\s*\(\s*(?:в\s+т\.\s*ч\.|в\s+том\s+числе|из\s+них|среди\s+них|включая)", re.IGNORECASE)
# A count's first side said before it: 'от России – 18', 'Беларусь: 8' (at the cell's or a clause's start).
_PLACE_LABEL_FIRST = re.compile(r"(?:^|[,;:(\n]\s*)(?P<place>(?:(?:из|от|со?)\s+)?(?:г\.\s*)?[А-ЯЁ][А-ЯЁа-яё-]+"
                                r"(?:\s+[А-ЯЁа-яё.]+){0,2})\s*[–—:-]\s*$")
_YEAR = re.compile(r"\s*(?:19|20)\d\d")
_FROM_SIDE = re.compile(r"(?<![а-яё])(?:из|от)\s+[а-яё]", re.IGNORECASE)
_FROM_PLACE_AFTER = re.compile(r"\s+(?:из|от)\s+(?:г\.\s*)?[«\"]?[А-ЯЁ]")
# What may stand between two parts of one count: the first part's own words ('из Узбекистана'), then a
# comma or 'и' — no number, no sentence or clause break of another kind, no 'а также' (that adds people).
_LIST_GOES_ON = re.compile(r"[^;.\d()]{0,40}?(?:,\s*|\s+и\s+)", re.IGNORECASE)


def _names_no_side(label: str) -> bool:
    """'Участники:', 'Количество участников –', 'Всего:' → True: every word of the label is a people or
    count word, so it says nothing of whose people follow; 'белорусская сторона –', 'иностранных
    участников (' → False."""
    found = _CYRILLIC_WORD.findall(label)
    return bool(found) and not search_caseless(_FOREIGN_WORD, label) and all(fold(w).startswith(PEOPLE_STEMS + _COUNT_STEMS) or fold(w) in _COUNT_WORDS
                               for w in found)


# What may follow «в т.ч.» / «из них» before the list's first item: a colon or a dash.
_CUE_TAIL = re.compile(r"\s*[:–—-]?\s*")
# Words that add people rather than list parts of the count before ('плюс', 'а также', 'кроме того').
_ADDING = re.compile(r"(?<![а-яё])(?:плюс|также|кроме|помимо|дополнительно)(?![а-яё])", re.IGNORECASE)


def _last_subset_cue(text: str, start: int, end: int) -> re.Match | None:
    """The last «в т.ч.», «в том числе», «из них», «среди которых», «включая» between start and end, when
    nothing between start and it ends a clause or adds a number ('8 человек, в т.ч. министр, 2 …')."""
    if "в" not in text[start:end] and "из" not in text[start:end] and "сред" not in text[start:end]:
        return None
    found = None
    for found in _SUBSET_STOP.finditer(text, start, end):
        pass
    if found is None or re.search(r"[;\d]", text[start:found.start()]):
        return None
    return found


def _listed_posts(text: str, start: int, end: int) -> int | None:
    """How many people the posts listed between start and end name, when that text is only such a list
    ending with its separator right before the next count: ' министр, ' → 1, ': директор департамента,
    его заместитель и ' → 2, ' заместители министра, ' → 0 (a plural post: some people); None when an item
    is no post ('плюс', 'из Беларуси', a digit, a bracket, a «;»)."""
    said = text[start:end]
    opening = _CUE_TAIL.match(said)
    said = said[opening.end():] if opening else said
    if not said or re.search(r"[;()\d]", said) or _ADDING.search(said):
        return None
    items = _LIST_SEPARATOR.split(said)
    if len(items) < 2 or items[-1].strip():
        return None  # the count must follow a separator: 'в т.ч. министр 2 …' is no list
    people = 0
    for item in items[:-1]:
        words = _POST_WORD.findall(item)
        kind = None
        for word in words:
            folded = fold(word)
            if folded in _POSSESSIVES:
                continue  # 'его заместитель'
            kind = _post_number(folded) or _post_in_any_case(folded)
            if kind != "adjective":
                break  # 'первый заместитель': the adjective, then its noun
        if kind not in ("sing", "plur"):
            return None
        people += kind == "sing"
    return people


_COUNT_STEMS = ("количеств", "числ", "численност", "общ", "всего", "итого", "состав")
_COUNT_WORDS = frozenset({"кол", "во", "в", "том", "т", "ч"})


def _shown(value: int) -> str:
    """'100000000000000000000000000' → '10^26'; str() itself refuses ints of over 4300 digits."""
    if value.bit_length() < 64:
        return str(value)
    return f"≈10^{int(value.bit_length() * 0.30103)}"


# '3 делегации по 5 человек', 'в двух группах по 12 человек': groups of a stated size.
_PER_GROUP = re.compile(r"(?<![\w.,])(?P<groups>\d{1,3}|[а-яё]+)\s+[а-яё]+\s+по\s+$", re.IGNORECASE)


def _groups_before(raw: str, start: int) -> int | None:
    """How many groups a count is the size of: 3 in '3 делегации по 5 человек', else None."""
    if "по" not in raw[max(0, start - 6):start]:
        return None
    found = _PER_GROUP.search(raw, max(0, start - 60), start)
    if found is None:
        return None
    groups = _to_int(found.group("groups"))
    return groups if groups is not None and 1 < groups <= 1000 else None


# '(всего / в т.ч. иностранных): 40 / 15', 'всего/онлайн – 120/45': labels and numbers said as two lists.
_SLASHED_LABELS = re.compile(
    r"(?P<labels>[А-ЯЁа-яё][А-ЯЁа-яё. ]*?(?:\s*/\s*[А-ЯЁа-яё][А-ЯЁа-яё. ]*?)+)\s*\)?\s*[:–—-]?\s*"
    r"(?P<numbers>\d+(?:\s*/\s*\d+)+)(?![\d/.])")
# 'всего 40 / иностранных 15': a slash between a number and the next label is a list's comma.
_SLASH_BEFORE_LABEL = re.compile(r"(?<=\d)\s*/\s*(?=[А-ЯЁа-яё])")


def _slashes_as_labels(raw: str) -> str:
    """'Участников (всего / в т.ч. иностранных): 40 / 15' → '… всего – 40, в т.ч. иностранных – 15)';
    a date '12/03/2026' or a ratio without labels stays."""
    def paired(match: re.Match) -> str:
        labels = [label.strip() for label in match.group("labels").split("/")]
        numbers = [number.strip() for number in match.group("numbers").split("/")]
        if len(labels) != len(numbers):
            return match.group(0)
        return ", ".join(f"{label} – {number}" for label, number in zip(labels, numbers))
    return _SLASH_BEFORE_LABEL.sub(", ", _SLASHED_LABELS.sub(paired, raw))


def _foreign_without_nested_parts(text: str, counts: list[Count], is_home: HomeTest) -> list[Count]:
    """The foreign counts less those that break another foreign count down: in 'РФ – 40, иностр. – 12
    (Япония – 5, Корея – 7)', 'в т.ч. иностранных 12, из них из Японии 5, из Кореи 7' and 'Делегация
    Беларуси – 20 человек (в т.ч. 5 из Минска)' the foreign figure is 12 (20), not its parts. A whole's
    parts are the foreign counts right after it in its sentence, bracketed or after 'из них', adding up to
    no more than it; the whole is foreign by its own words, not its parts' ('Участников: 30 (иностранных –
    12)' stays 30 with 12 foreign), and is then foreign even if its cue words were cut at 'в т.ч.'."""
    foreign = [c for c in counts if c.foreign and not c.total_cue]
    nested: set[int] = set()
    wholes: list[Count] = []
    for i, whole in enumerate(counts):
        if id(whole) in nested:
            continue
        parts = []
        for part in counts[i + 1:]:
            if part.sentence != whole.sentence or not part.foreign or not (part.breakdown or part.subset) \
                    or not (_paren_depth(text, part.start) > _paren_depth(text, whole.start) or parts
                            or _SUBSET_STOP.search(text, whole.end, part.start)):
                break  # its parts are bracketed after it or follow 'из них'; 'из Беларуси – 8, из Казахстана – 4' are a list
            parts.append(part)
        if not parts or sum(p.value for p in parts) > whole.value:
            continue
        clause_start = max(text.rfind(mark, 0, whole.start) for mark in ",;(") + 1
        opening = text.find("(", whole.end, parts[0].start)
        cue = _SUBSET_STOP.search(text, whole.end, parts[0].start)
        clause_end = min(at for at in (opening, cue.start() if cue else -1, parts[0].start) if at >= 0)
        if _is_foreign(text[clause_start:clause_end], is_home):
            nested.update(id(p) for p in parts)
            wholes.append(whole)
    if not nested:
        return foreign
    kept = {id(c) for c in foreign if id(c) not in nested} | {id(c) for c in wholes}
    return [c for c in counts if id(c) in kept]


# «ч.» right after a number: «человек» in a count of people («порядка 50 ч.» in the participants cell,
# «приняли участие 40 ч.»), hours elsewhere («продолжительностью 2 ч.», «в 15 ч.», «с 10 ч. до 12 ч.»,
# «15 ч. 30 мин.», «1,5 ч.»); «ч-к» is always «человек» («12 ч-к»).
_SHORT_PEOPLE = re.compile(r"(?<![\d.,])(?P<number>\d{1,3}(?:[ \u00a0]\d{3})*|\d{4,6})\s*(?P<abbreviation>ч-к(?![а-яё])"
                           r"|ч(?:\.|(?=\s*(?:$|[,;)(\n])))(?!\s*\d)(?!\s*мин))", re.IGNORECASE)
# The word before the number that makes «ч.» an hour: a time's preposition or a duration's noun.
_HOUR_BEFORE = frozenset({"в", "во", "с", "со", "к", "по", "на", "за", "через", "после", "течение", "начало",
                          "продолжительностью", "длительностью", "продолжительность", "длительность",
                          "объемом", "объёмом", "объем", "объём", "объеме", "объёме"})
# «с 10 ч. до 12 ч.», «от 9 ч. до 18 ч.»: «до» ends a span of hours begun before it
_HOUR_SPAN_BEFORE = re.compile(r"(?<![а-яё])(?:с|со|от)\s+\d{1,2}(?:[.:]\d\d)?\s*ч", re.IGNORECASE)
# Words of time in the count's own clause: «2 ч. (академических)», «занятия по 3 ч.», «время – 14 ч.»
_HOUR_WORDS = re.compile(r"(?<![а-яё])(?:час|мин(?:ут|\.|(?![а-яё]))|продолжительн|длительн|академическ|врем[яеи]"
                         r"|дл(?:ил|ит|ящ)|продолжал|продлил"  # 'длилось 3 ч.', 'длится', 'продолжалось'
                         r"|ежедневн|заняти)", re.IGNORECASE)
# A clause that speaks of people taking part: the number after it counts them («приняли участие порядка 50 ч.»).
_PEOPLE_CUE = re.compile(r"участ|присутств|гост|делега|зрител|посетител|слушател|собрал|состав", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;()\n]|\.\s+(?=[А-ЯЁ])")
_PEOPLE_CH_K = re.compile(r"(?<![А-ЯЁа-яё])ч-к(?![А-ЯЁа-яё])", re.IGNORECASE)
_CLAUSE_END_AFTER = re.compile(r"[,;\n]")
_QUALIFIER_WORDS = frozenset({"около", "порядка", "примерно", "приблизительно", "более", "свыше", "менее", "не",
                              "почти", "ориентировочно", "до", "чем"})


def _short_people(text: str, people_cell: bool) -> str:
    """«ч.» and «ч-к» after a number spelt «чел.» where they count people (see _SHORT_PEOPLE)."""
    previous_end = 0

    def spelt(match: re.Match) -> str:
        nonlocal previous_end
        people = match.group("abbreviation").lower() == "ч-к" or _people_not_hours(text, match, people_cell,
                                                                                     previous_end)
        previous_end = match.end()
        return text[match.start():match.start("abbreviation")] + "чел." if people else match.group(0)
    text = _SHORT_PEOPLE.sub(spelt, text)
    # «ч-к» after a number in words too («около двух десятков ч-к», «пять ч-к»): never anything but people
    return _PEOPLE_CH_K.sub("чел.", text) if "ч-к" in text else text


def _people_not_hours(text: str, match: re.Match, people_cell: bool, previous_end: int) -> bool:
    """The count's clause (from the last clause mark or the last such count before it, to the next «,», «;» or
    line after it, a bracket right after it included: «72 ч. (академических)») names no time, and the word
    before the number is no time's preposition; outside a people cell its sentence also speaks of people."""
    start = match.start("number")
    marked = max([0] + [m.end() for m in _CLAUSE_MARK.finditer(text, 0, start)])
    clause_start = max(previous_end, marked)
    after = _CLAUSE_END_AFTER.search(text, match.end())
    if _HOUR_WORDS.search(text, clause_start, after.start() if after else len(text)):
        return False
    before = _CYRILLIC_WORD.findall(text[clause_start:start])
    while before and fold(before[-1]) in _QUALIFIER_WORDS:
        word = fold(before.pop())
        if word == "до" and _HOUR_SPAN_BEFORE.search(text, marked, start):
            return False  # 'с 10 ч. до 12 ч.'
    if before and fold(before[-1]) in _HOUR_BEFORE:
        return False
    if people_cell:
        return True
    sentence_start = max(text.rfind(mark, 0, start) for mark in ".;\n") + 1
    return bool(_PEOPLE_CUE.search(text, sentence_start, start))


_ABBREVIATED_ABOUT = re.compile(r"(?<![А-ЯЁа-яё])[Оо]к\.\s*(?=\d)")
_WITH_MORE = re.compile(r"(?<![\d.,])(\d[\d \u00a0]*?)\s+с\s+лишн(?:им|ими|его|ей)\s+", re.IGNORECASE)
_THOUSANDS_AND_HUNDREDS = re.compile(r"(?<![\d.,])(\d{1,3})\s*тыс(?:\.|яч[аиь]?\b)?\s+(\d{1,3})(?![\d.,])(?=\s+[А-ЯЁа-яё])")


def _thousands_and_hundreds(match: re.Match) -> str:
    return str(int(match.group(1)) * 1000 + int(match.group(2)))


# A range said in words or of tens and hundreds: «пять-шесть человек», «два-три десятка участников», «2-3 десятка»,
# «полтора-два десятка», «двух-трёх сотен». Its ends are numbers, its multiple (if any) after the second.
_WORD_RANGE = re.compile(r"(?<![\w-])(?P<low>\d{1,3}(?:,5)?|[А-ЯЁа-яё]+)\s*[-–—]\s*(?P<high>\d{1,3}|[А-ЯЁа-яё]+)"
                         r"(?![\w-])(?:(?P<space>\s+)(?P<unit>[А-ЯЁа-яё]+)(?![\w-]))?")
_RANGE_MULTIPLES = {"десяток": 10, "сотня": 100, "тысяча": 1000}
_LEFT_TO_SAY = re.compile(r"[\s.,;)]*$")


@lru_cache(maxsize=1)
def _range_multiples() -> dict[str, int]:
    """Every case form of 'десяток', 'сотня', 'тысяча' → its value ('десятка', 'десятков', 'сотен', 'тысячи')."""
    forms: dict[str, int] = {}
    for word, value in _RANGE_MULTIPLES.items():
        parses = morph().parse(word)
        own = next((p for p in parses if p.normal_form == word), parses[0])
        for form in own.lexeme:
            if len(form.word) > 3:
                forms.setdefault(fold(form.word), value)
    return forms


def _range_end(said: str) -> float | None:
    """A range's end: digits ('2', '1,5') or one number word that is no multiple ('два', 'трёх', 'полтора')."""
    if said[:1].isdigit():
        return float(said.replace(",", "."))
    word = fold(said)
    value = number_word_values().get(word)
    if value is None or word in multiplier_nouns() or value >= 1000:
        return None
    return value


# A number restated in words in brackets, as in a contract: «20 (двадцать) человек», «15–20 (двадцать) человек»
_RESTATED = re.compile(r"(?<!\d)(\d{1,4})\s*\(\s*([А-ЯЁа-яё]+(?:\s+[А-ЯЁа-яё]+){0,2})\s*\)")


def _restated_number(match: re.Match) -> str:
    """The number alone where the words in brackets after it say the same number (their values summed: «двадцать
    пять» → 25); anything else in brackets stays («20 (из них 5 – иностранцы)»)."""
    values = number_word_values()
    words = [fold(word) for word in match.group(2).split()]
    if not all(word in values for word in words) or sum(values[word] for word in words) != int(match.group(1)):
        return match.group(0)
    return match.group(1)


def _ranges_in_words(said: str, bare_numbers: bool) -> str:
    """«два-три десятка участников» → «20–30 участников», «пять-шесть человек» → «5–6 человек»: a range in words
    is read as the range in digits is (its lower end, at least, the upper in an info issue), not as the sum of
    its ends (was 30 and 11) or nothing («2-3 десятка человек»). In a count cell of nothing else («2-3 десятка»)
    the people are said. Digits without a multiple («20-30») are the count pattern's own range already."""
    def spelt(match: re.Match) -> str:
        low, high = _range_end(match.group("low")), _range_end(match.group("high"))
        if low is None or high is None or not 0 < low < high:
            return match.group(0)
        unit = match.group("unit")
        multiple = _range_multiples().get(fold(unit)) if unit else None
        digits = match.group("low")[:1].isdigit() and match.group("high")[:1].isdigit()
        if multiple is None and digits:
            return match.group(0)  # '20-30 человек', '2-3 раза': as before
        # one end in digits and the other in words («15–двадцать человек»): the range in digits (was their sum, 35)
        if multiple is None and (low != int(low) or high != int(high)):
            return match.group(0)
        factor = multiple or 1
        spoken = f"{round(low * factor)}–{round(high * factor)}"
        rest = "" if multiple else (match.group("space") or "") + (unit or "")
        if bare_numbers and not (unit and not multiple) and _LEFT_TO_SAY.match(said, match.end()):
            rest += " человек"  # '2-3 десятка' alone in a count cell: a range of people
        return spoken + rest
    return _WORD_RANGE.sub(spelt, said)


_COUNT_CELL_TOKEN = re.compile(r"[а-яё]+|\d+(?:,\d+)?|[^\s\w]", re.IGNORECASE)
# what may stand with the number words of a count said in words alone: its qualifier, «с», a range's dash, «чел.»
_WORD_COUNT_EXTRAS = frozenset({"около", "порядка", "примерно", "приблизительно", "почти", "ориентировочно", "более",
                                "свыше", "не", "менее", "больше", "до", "от", "чем", "с", "чел", "человек",
                                "-", "–", "—", "."})


def is_count_in_words(text: str) -> bool:
    """'полтора десятка', 'около двух десятков', 'более сотни', 'с десяток', 'два-три десятка', '2-3 десятка':
    a cell of nothing but a count said in words (with its qualifier), so a head count as '12' alone is;
    'сотни', 'несколько десятков' pass too and read no number there, as with a people word."""
    if len(text) > 60 or not has_number_words(text):
        return False
    tokens = _COUNT_CELL_TOKEN.findall(fold(text))
    values = number_word_values()
    return any(t in values for t in tokens) and all(t in values or t in _WORD_COUNT_EXTRAS or t[:1].isdigit()
                                                    for t in tokens)


# «с десяток человек», «с сотню гостей»: «с» before a multiple in the accusative is «about».
_WITH_ABOUT = re.compile(r"(?<![А-ЯЁа-яё])[Сс]\s+(?P<multiple>десяток|сотню|тысячу|полсотни|полтысячи)(?![А-ЯЁа-яё])")
_ABOUT_GENITIVE = {"десяток": "десятка", "сотню": "сотни", "тысячу": "тысячи", "полсотни": "полсотни",
                   "полтысячи": "полтысячи"}


def _about_by_with(match: re.Match) -> str:
    return "около " + _ABOUT_GENITIVE[match.group("multiple")]


# A people word in brackets right after its number is its unit: «50 (чел.)», «12 (человек)», «7 (участников)».
_BRACKETED_UNIT = re.compile(r"(\d)\s*\((чел\.?|человек|участник(?:ов|а)?)\)", re.IGNORECASE)


# «чел.» before a dash and the side it names: the abbreviation's full stop ends no clause there.
_SHORT_UNIT_BEFORE_SIDE = re.compile(r"(\d\s*)чел\.(?=\s*[–—:-]\s)")


def _semicolon_joined(text: str, totals: list[Count], primary: list[Count]) -> dict[int, frozenset[int]]:
    """For each total's sentence, the sentences after it joined to it by «;» alone — one statement listed clause
    by clause: «Общее количество участников – 500 человек в очном формате;⏎1000 – в формате онлайн» sums as the
    same with a comma does. A full stop, «!» or «?» ends the statement."""
    later = {c.sentence for c in primary if c.online or c.in_person}
    if not any(s > t.sentence for t in totals for s in later):
        return {}
    starts = _sentence_starts(text)
    joined: dict[int, frozenset[int]] = {}
    for sentence in {t.sentence for t in totals}:
        following, k = [], sentence + 1
        while k < len(starts) and text[:starts[k]].rstrip()[-1:] == ";":
            following.append(k)
            k += 1
        joined[sentence] = frozenset(following)
    return joined


# A side's noun said once and left out after: «с российской стороны – 12, с монгольской – 40», «от бурятской
# делегации 12 человек, от монгольской 8». The later clause's adjective stands before its number with no noun.
# A side's adjective in the genitive: «российской», «китайской», and not only «-ской»: «нашей», «иностранной»,
# «принимающей», «зарубежной», «гостевой». Not the words of «с другой стороны», «с одной стороны», «со своей
# стороны», «с каждой стороны» (said of each side: _EACH_GROUP).
_SIDE_ADJECTIVE = (r"(?!(?:друг|одн|сво|кажд|противоположн|обратн|втор|перв|люб)(?:ой|ей)\s)"
                   r"(?P<stem>[а-яё]*?(?:ск|цк|н|ш|щ|ж|ч|в|к|г|х))(?P<end>ой|ей)")
_SIDE_WITH_NOUN = re.compile(r"(?<![а-яё])(?:со?|от)\s+" + _SIDE_ADJECTIVE +
                             r"\s+(?P<noun>стороны|делегации|команды)(?![а-яё])", re.IGNORECASE)
_SIDE_WITHOUT_NOUN = re.compile(r"(?<![а-яё])(?P<side>(?:со?|от)\s+" + _SIDE_ADJECTIVE + r")(?=\s*[–—:-]?\s*\d)",
                                re.IGNORECASE)


# «с российской стороны – 12»: a side said with «с»/«от» before its own number is the side «российская сторона –
# 12» is (whose count the cell's table of sides reads); not «3 с монгольской стороны» (its number before it).
_SIDE_BEFORE_NUMBER = re.compile(r"(?<![а-яё])(?:со?|от)\s+" + _SIDE_ADJECTIVE +
                                 r"\s+(?P<noun>стороны|делегации|команды)\s*[–—:-]?\s*(?=\d)", re.IGNORECASE)
_SIDE_NOMINATIVE = {"стороны": "сторона", "делегации": "делегация", "команды": "команда"}


def _side_nominative(stem: str) -> str:
    """«российск» → «российская», «наш» → «наша» (a pronoun's), «принимающ» → «принимающая»."""
    return f"{stem}а" if stem.lower() in ("наш", "ваш") else f"{stem}ая"


def with_elided_side_nouns(text: str) -> str:
    """«с российской стороны – 12, с монгольской – 40» → «российская сторона – 12, монгольская сторона – 40»: the
    noun a later side leaves out is the one the first side said, and a side said with «с»/«от» before its number
    reads as the side named before it; a text naming no side's noun is returned as it is."""
    first = _SIDE_WITH_NOUN.search(text)
    if first is None:
        return text
    noun = first.group("noun").lower()
    text = text[:first.end()] + _SIDE_WITHOUT_NOUN.sub(lambda m: f"{m.group('side')} {noun}", text[first.end():])
    return _SIDE_BEFORE_NUMBER.sub(
        lambda m: f"{_side_nominative(m.group('stem'))} {_SIDE_NOMINATIVE[m.group('noun').lower()]} – ", text)


# «по 10–12 чел. с каждой стороны», «с каждой из сторон – по 5 человек», «по 2 представителя от каждой из 5
# стран», «обе делегации – по 7 человек»: a count said for each of several groups. «каждой» says it of each
# group wherever the number stands; «обе(их)» only with «по» before the number («с обеих сторон 20 человек»
# is both sides together).
_EACH_GROUP = re.compile(
    r"(?<![а-яё])(?:(?:со?|от|из)\s+)?(?:(?P<each>кажд(?:ой|ого|ая|ый|ую))|(?P<both>обеих|обоих|обе|оба))\s+"
    r"(?:из\s+(?:(?P<many>\d{1,3}|[а-яё]+)\s+)?)?"
    r"(?P<unit>сторон|делегаци|стран|команд|регион|государств|организаци|учреждени|вуз|университет|город|"
    r"област|провинци|округ|район)[а-яё]*", re.IGNORECASE)
# The groups that are the two sides of a meeting: one of them is the partner's.
_SIDE_UNITS = ("сторон", "делегаци")
_EACH_GROUP_GAP = 45
_GROUP_GAP_BREAK = re.compile(r"[,;()\d]")


def _per_group(text: str, counts: list[Count]) -> int | None:
    """Counts said for each of several groups, multiplied by how many groups there are: «по 10–12 чел. с каждой
    стороны» is 20 (up to 24); «от каждой из 5 стран» five groups; «от каждой делегации» at least two (a lower
    bound). The count and its «каждой» stand in one clause, the number before or after it. Returns the
    partner's share when the groups are the two sides of a meeting (one side ours, one the partner's), else
    None."""
    partner = None
    starts = _sentence_starts(text)
    for match in _EACH_GROUP.finditer(text):
        sentence = bisect_right(starts, match.start()) - 1
        before = [c for c in counts if c.noun_end <= match.start() and c.sentence == sentence
                  and match.start() - c.noun_end <= _EACH_GROUP_GAP and not _GROUP_GAP_BREAK.search(text, c.noun_end, match.start())]
        after = [c for c in counts if c.start >= match.end() and c.sentence == sentence
                 and c.start - match.end() <= _EACH_GROUP_GAP and not _GROUP_GAP_BREAK.search(text, match.end(), c.start)]
        if not re.match(r"(?:со?|от|из)\s", match.group(0), re.IGNORECASE):
            before = []  # «каждая делегация представила …» is its clause's subject: its count follows it
        count = before[-1] if before else after[0] if after else None
        if count is None:
            continue
        if _groups_before(text, count.start):  # «из двух сторон по 4 человека»: multiplied as «2 делегации по 5» is
            if _groups_before(text, count.start) == 2 and match.group("unit").lower() in _SIDE_UNITS and partner is None:
                partner = count.value // 2
            continue
        said_per = re.search(r"(?<![а-яё])по\s*$", text[max(0, count.start - 6):count.start], re.IGNORECASE)
        if match.group("both") and not said_per:
            continue
        many = match.group("many")
        groups = _to_int(many) if many else None
        if many and groups is None and many.lower().startswith(("обе", "обо", "дву", "дво")):
            groups = 2  # «с каждой из обеих (двух) сторон»
        unit = match.group("unit").lower()
        # «каждой стороны» of a meeting is two sides; «каждой делегации», «каждой из участвующих сторон» at least two
        exact = groups is not None or match.group("both") is not None or (unit == "сторон" and not many)
        groups = groups or 2
        if not 1 < groups <= 1000:
            continue
        if unit in _SIDE_UNITS and groups == 2 and exact and partner is None:
            partner = count.value
        count.value *= groups
        if count.upper is not None:
            count.upper *= groups
        count.lower_bound = count.lower_bound or not exact
    return partner


# «от десяти до пятнадцати человек», «от двадцати пяти до тридцати участников», «от пяти до семи тысяч зрителей»: a
# range said in words, read as «от 10 до 15 …» is (10, up to 15) — it was read as the second number alone.
# The first number may be in digits, the second in words: «от 10 до двенадцати человек» (was 12).
_FROM_TO_WORDS = re.compile(r"(?<![а-яё])(?P<from>от)\s+(?P<a>\d{1,6}|[а-яё]+(?:\s+[а-яё]+)?)\s+до\s+"
                            r"(?P<b>[а-яё]+)(?P<b2>\s+[а-яё]+)?(?=[\s.,;)]|$)", re.IGNORECASE)


# «сотен», «сотни»: hundreds said of both numbers; not «сотрудников», people counted
_HUNDREDS = ("сотен", "сотни", "сотня", "сотню")


def _from_to_in_digits(match: re.Match) -> str:
    """The range of a _FROM_TO_WORDS match in digits, the second number one word or two ('двадцати пяти'); the words
    after it left as they were ('тысяч зрителей'); unchanged unless both are numbers and the first the smaller."""
    first = int(match.group("a")) if match.group("a").isdigit() else _to_int(match.group("a"))
    second, rest = None, ""
    if match.group("b2") and not match.group("b2").strip().lower().startswith(("тыс", *_HUNDREDS, "млн", "милл")):
        second = _to_int(match.group("b") + match.group("b2"))  # 'тридцати пяти'; not 'семи тысяч' (said of both)
    if second is None:
        second, rest = _to_int(match.group("b")), match.group("b2") or ""
    if first is None or second is None or not 0 < first < second \
            or rest.strip().lower().startswith((*_HUNDREDS, "млн", "милл")):
        return match.group(0)  # «от трёх до пяти сотен»: read as before (500); digits take «тысяч» only
    return f"{match.group('from')} {first} до {second}{rest}"


def parse_attendance(raw: str, is_home: HomeTest = _nowhere, bare_numbers: bool = False,
                     people_cell: bool = False) -> Attendance:
    """'Общее количество участников – 500 человек в очном формате, 1000 – в формате онлайн'
    → total 1500, online 1000. people_cell: the text is a participants cell (a count column is one too), so
    «порядка 50 ч.» there counts people, not hours."""
    if not raw:  # a column the table does not have ('attendance_foreign' in most templates)
        return Attendance(None, False, None, None)
    said = _slashes_as_labels(raw) if "/" in raw else raw
    said = digit_lookalikes(said)  # '5O человек' with a Latin O: was read as 5 (its zero a letter)
    if "ой" in said or "ей" in said:
        said = with_elided_side_nouns(said)  # «с российской стороны – 12, с монгольской – 40»: the second a side too
    if "(ч" in said or "(у" in said:
        said = _BRACKETED_UNIT.sub(r"\1 \2", said)  # '50 (чел.)': the number's unit, as '50 чел.' is
    if "чел." in said:
        said = _SHORT_UNIT_BEFORE_SIDE.sub(r"\1человек", said)  # '(50 чел. – Республика Беларусь)': the side's
    if "ч-к" in said or ("ч." in said or "ч," in said or "ч;" in said or said.rstrip().endswith("ч")) \
            and _SHORT_PEOPLE.search(said):  # substring tests first: most cells hold «ч» only in words
        said = _short_people(said, people_cell or bare_numbers)
    if "к." in said:
        said = _ABBREVIATED_ABOUT.sub("около ", said)  # 'ок. 30 человек': about 30
    if "лишн" in said:
        said = _WITH_MORE.sub(r"более \1 ", said)  # '100 с лишним человек': more than 100
    if "тыс" in said:
        said = _THOUSANDS_AND_HUNDREDS.sub(_thousands_and_hundreds, said)  # '2 тыс. 300 человек': 2300
    if "(" in said:
        said = _RESTATED.sub(_restated_number, said)  # '15–20 (двадцать) человек': the 20 said twice, not 15 + 20
    if ("-" in said or "–" in said or "—" in said) and has_number_words(said):
        said = _ranges_in_words(said, bare_numbers)  # 'два-три десятка участников': 20 at least, not 30
    if "от " in said.lower() and " до " in said.lower() and has_number_words(said):
        said = _FROM_TO_WORDS.sub(_from_to_in_digits, said)  # 'от десяти до пятнадцати человек': 10 to 15, as in digits
    if ("десяток" in said or "сотню" in said or "тысячу" in said or "полсотни" in said or "полтысячи" in said) \
            and _WITH_ABOUT.search(said):
        said = _WITH_ABOUT.sub(_about_by_with, said)  # 'с десяток человек': about 10
    counts = find_counts(said, is_home, bare_numbers)
    if not counts:
        return Attendance(None, False, None, None)
    for count in counts:
        groups = _groups_before(said, count.start)
        if groups:
            count.value *= groups
    per_side = _per_group(said, counts) if ("кажд" in said or "обе" in said or "обо" in said) else None
    primary = [c for c in counts if not c.subset and not c.breakdown]
    totals = [c for c in primary if c.total_cue]
    if totals:
        chosen: list[Count] = []
        joined = _semicolon_joined(said, totals, primary)
        for total in totals:
            parts = [total] + [c for c in primary if (c.sentence == total.sentence or c.sentence in joined.get(
                total.sentence, ())) and c.start > total.start
                               and (c.online or c.in_person) and (total.online or total.in_person)]
            chosen = parts if sum(c.value for c in parts) >= sum(c.value for c in chosen) else chosen
    else:
        chosen = primary
    total = sum(c.value for c in chosen) if chosen else None
    ranged = [c for c in chosen if c.upper is not None and c.upper > c.value]
    lower = any(c.lower_bound for c in chosen) or bool(ranged)
    approximate = any(c.approximate for c in chosen)
    upper = total - sum(c.value for c in ranged) + sum(c.upper for c in ranged) if ranged and total else None
    # A part in brackets said to be online is the online share of its total ('15 чел. (5 – онлайн)'),
    # unless its total is itself said to be online (then the total is).
    online_counts = [c for c in counts if c.value and c.online and not c.in_person and not c.breakdown]
    online_parts = [c for c in counts if c.value and c.online and not c.in_person and c.breakdown]
    if online_parts and not online_counts:
        online_counts = online_parts
    online = sum(c.value for c in online_counts) if online_counts else None
    foreign_counts = [c for c in _foreign_without_nested_parts(said, counts, is_home) if c.value]  # not '… и тренеры'
    foreign_top = [c for c in foreign_counts if not c.breakdown and not c.subset]
    foreign_detail = [c for c in foreign_counts if c.breakdown or c.subset]
    foreign_pick = foreign_detail or foreign_top
    foreign = sum(c.value for c in foreign_pick) if foreign_pick else per_side
    issues: list[Issue] = []
    for name, value in (("attendance_total", total), ("attendance_foreign", foreign),
                        ("attendance_online", online)):
        if value is not None and value > MAX_ATTENDANCE:
            issues.append(Issue(name, raw.strip()[:300],
                                f"число участников {_shown(value)} больше {MAX_ATTENDANCE:_} — не принято"
                                .replace("_", " ")))
    total = None if total is not None and total > MAX_ATTENDANCE else total
    online = None if online is not None and online > MAX_ATTENDANCE else online
    foreign = None if foreign is not None and foreign > MAX_ATTENDANCE else foreign
    if foreign is not None and total is not None and foreign > total:
        issues.append(Issue("attendance_foreign", raw.strip(),
                            f"иностранных участников ({foreign}) больше общего числа ({total})"))
        foreign = None
    if ranged:
        issues.append(Issue("attendance_total", raw.strip(),
                            f"указан диапазон: принято {total} как нижняя граница (верхняя {upper})",
                            severity="info"))
    return Attendance(total, lower, foreign, online, tuple(issues), approximate, upper, bool(totals))


# A count of one kind of people, alone in the participants cell: '45 студентов', '120 спортсменов', '30 юных
# музыкантов'. Generic nouns (человек, участник, гость, представитель, делегат, член) say nothing of whose.
_GROUP_COUNT = re.compile(r"^\D{0,20}?(?P<count>\d[\d \u00a0]{0,6})\s*(?:(?P<adjective>[а-яё]+(?:ых|их))\s+)?"
                          r"(?P<noun>[а-яё]{4,})\b[^\d]{0,40}$", re.IGNORECASE)
# The same count said in words, the cell's only words a number's and the people's: «около сорока студентов», «два
# десятка школьников», «более ста паломников» (was left without a foreign count: only digits were read).
_GROUP_COUNT_IN_WORDS = re.compile(r"^(?:[а-яё]+[\s-]+){1,4}?(?:(?P<adjective>[а-яё]+(?:ых|их))\s+)?"
                                   r"(?P<noun>[а-яё]{4,})\s*[.;]?$", re.IGNORECASE)
_RECEIVED_AT = re.compile(r"\s+(?:в|во|на\s+баз[еу])\s+")
_GENERIC_PEOPLE = frozenset({"человек", "участник", "гость", "представитель", "делегат", "член", "лицо",
                             "специалист", "сотрудник", "посетитель", "зритель", "слушатель", "чел"})
# How the title says a group is from abroad: 'для студентов из Вьетнама', 'спортсменов Казахстана',
# 'вьетнамских студентов', 'студентов из Китая и Монголии'.
_TITLE_WINDOW = 40


def foreign_group_from_title(participants: str, title: str, is_home: Callable[[str], bool] = lambda _: False) -> int | None:
    """The foreign count of a participants cell that only counts one kind of people ('45 студентов') when
    the event's title names those same people as from a foreign country ('Летняя школа для студентов из
    Вьетнама' → 45): the clerk counted the guests the title names. None otherwise — generic nouns
    ('12 человек' at 'Визит делегации Вьетнама' may count the hosts too), more than one number, a title
    naming the people without a country, or only Russia."""
    text = " ".join(participants.split())
    match = _GROUP_COUNT.match(text)
    if match is not None:
        said, count_text = match.group("noun"), match.group("count")
    elif (words_match := _GROUP_COUNT_IN_WORDS.match(text)) is not None \
            and (total := parse_attendance(text).total) is not None:
        said, count_text = words_match.group("noun"), str(total)  # 'около сорока студентов', 'два десятка учёных'
    else:
        return None
    noun = lemma(said)
    if noun in _GENERIC_PEOPLE or not _is_person_noun(said):
        return None
    lowered = title.lower()
    for word in re.finditer(r"[а-яё]+", lowered):
        if lemma(word.group(0)) != noun:
            continue
        near = title[max(0, word.start() - _TITLE_WINDOW):word.end() + _TITLE_WINDOW]
        # a country whose name starts near the people, even if it runs past the window: '… преподавателей русского
        # языка из Лаосской Народно-Демократической Республики' (round 20)
        mentions = [m for m in country_mentions(title)
                    if word.start() - _TITLE_WINDOW <= m.start < word.end() + _TITLE_WINDOW]
        codes = {m.code for m in mentions}
        if mentions and _RECEIVED_AT.match(title, last := max(m.end for m in mentions)):
            # '… студентов из Республики Индия в Самарском государственном университете': where the guests were
            # received is ours, not a part of the guests (was read as home people counted too: no foreign count)
            near = title[max(0, word.start() - _TITLE_WINDOW):last]
        # '… спортсменов Казахстана и Омской области': a part joined by «и» that names no country is ours
        # (to the end of a country's name that starts inside the window: '… из Арабской Республики Египет и
        # Иорданского Хашимитского Королевства' is two countries, not one and a cut 'Иорданского Хашим')
        joined_end = max([word.end() + _TITLE_WINDOW, *(m.end for m in mentions)])
        joined = re.split(r"\s(?:и|а\s+также)\s", title[word.end():joined_end])[1:]
        # '… омских и казахстанских спортсменов': the word joined before the people's adjective names no country
        before = re.split(r"(?:\s(?:и|а\s+также)|,)\s+\S+\s*$", title[max(0, word.start() - _TITLE_WINDOW):word.start()])
        joined_before = before[0].split()[-1:] if len(before) > 1 else []
        if codes and HOME_COUNTRY not in codes and not is_home(near) \
                and all(country_mentions(part) for part in joined + joined_before):
            count = int(re.sub(r"\D", "", count_text))
            return count or None
    return None



# A cell naming one group, then its bare count: «представители Витебской области (15)», «делегация Минска — 15»,
# «гости из Минска: 7», «Делегация провинции Хэйлунцзян (9 чел.)». The group comes first; the count is the cell's
# only number, after a comma, dash, colon or in brackets, with «чел.» / «человек» / «участников» after it or nothing.
_GROUP_THEN_COUNT = re.compile(r"^(?P<group>[^\d()]{3,120}?)\s*(?:[,:—–-]\s*\(?|\()\s*(?:около\s+)?(?P<count>\d{1,5})"
                               r"\s*(?:чел(?:овек|\.)?|участник(?:ов|а)?)?\s*\)?\s*[.;]?$", re.IGNORECASE)
# words naming our side of a meeting: then the count is not the guests' alone
_HOME_SIDE = re.compile(r"росси|отечествен|наш|принимающ|смолянин|областн|муниципальн|администрац|правительств"
                        r"|министерств|ведомств", re.IGNORECASE)
_JOINED = re.compile(r"\s(?:и|а\s+также|с|со|вместе\s+с)\s|,|;")


# «делегация из 14 человек», «делегация (14 чел.)», «прибыла делегация численностью 12 человек»: a delegation's
# count whose side the cell leaves unsaid — no adjective before «делегация», no place after it.
_UNSIDED_DELEGATION = re.compile(
    r"(?:^|[;,.\n]\s*|\s(?:и|а\s+также)\s+)(?P<before>(?:[а-яё]+\s+){0,2}?)делегаци[яиюей]\w*\s*[(:–—-]?\s*"
    r"(?:из|в\s+составе|численностью|в\s+количестве)?\s*(?P<count>\d{1,4})\s*(?:человек|чел\.?|участник\w*)",
    re.IGNORECASE)
# the words right after «делегации» in a title, up to where the visit's destination or purpose starts
_TITLE_DELEGATION = re.compile(r"(?P<adjective>[А-ЯЁа-яё-]+(?:ск|цк)(?:ой|ая|ую|ие|их)\s+)?делегаци\w*"
                               r"(?P<whose>(?:\s+(?!(?:в|во|на|для|по|с|со|к)\s)[^\s,;]+){0,6})", re.IGNORECASE)


def title_delegation_count(participants: str, title: str, is_home: HomeTest = _nowhere) -> int | None:
    """The count of the one delegation a participants cell leaves unnamed when the title says whose delegation it
    is and that it is foreign: «Визит делегации Республики Казахстан (Костанайская область) …» with «делегация из 14
    человек; с курганской стороны – Губернатор области, 6 членов Правительства» → 14, the guests. None when the
    title's delegation is ours («Визит делегации Смоленской области в Республику Беларусь»), the cell names the
    delegation's side itself, or holds several unnamed delegations."""
    if "елегац" not in participants or "елегац" not in title:
        return None
    found = [m for m in _UNSIDED_DELEGATION.finditer(participants)
             if not any(_is_adjective(w) for w in m.group("before").split())]
    if len(found) != 1:
        return None
    for match in _TITLE_DELEGATION.finditer(title):
        whose = (match.group("adjective") or "") + match.group("whose")
        if is_home(whose) or _HOME_SIDE.search(whose):
            return None
        if any(m.code != HOME_COUNTRY for m in country_mentions(whose)) or foreign_regions([whose]):
            count = int(found[0].group("count"))
            return count if 0 < count <= MAX_ATTENDANCE else None
    return None


def foreign_group_count(participants: str, is_home: HomeTest = _nowhere) -> tuple[int, str] | None:
    """(count, the group's words) of a participants cell whose only named side is foreign, beside a bare count:
    the clerk counted the guests («представители Витебской области (15)» → 15, all foreign). None when the cell
    names our side too («и смоленские преподаватели», «российская сторона»), a place of ours, no side at all
    («представители вузов (15)»), or holds another number."""
    text = " ".join(digit_lookalikes(participants).split())
    match = _GROUP_THEN_COUNT.match(text)
    if match is None:
        return None
    group = match.group("group").strip(" ,:—–-")
    if is_home(group) or _HOME_SIDE.search(group):
        return None
    for part in _JOINED.split(group):  # «делегации Беларуси и Казахстана»: each joined part a foreign side
        codes = {m.code for m in country_mentions(part)} | set(region_countries(foreign_regions([part])))
        if not codes or HOME_COUNTRY in codes:
            return None
    count = int(match.group("count"))
    return (count, group) if 0 < count <= MAX_ATTENDANCE else None
