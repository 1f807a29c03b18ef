"""Pure: a 'Сроки проведения' cell → (start, end, months), keeping the real dates whatever the quarter."""
from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rapidfuzz.distance import OSA

from .errors import Issue
from .lemmas import caseless_text, digit_lookalikes, finditer_caseless, morph
from .limits import YEARS, year_in_range

MONTH_STEMS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7,
    "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
# Month names in full, and as clerks shorten them in a narrow column ('15 окт. 2024 г.', '3 дек 2024',
# 'сент.', 'нояб.'): an abbreviation is a whole word, with or without its dot ('мар.' only with one).
_MONTH_ABBREVIATIONS = {"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9,
                        "окт": 10, "ноя": 11, "нояб": 11, "дек": 12}
_MONTH_WORD = re.compile(
    r"\b(январ[ьяею]|феврал[ьяею]|марта?|марте|апрел[ьяею]|ма[йяе]|июн[ьяею]|июл[ьяею]|"
    r"августа?|августе|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею]|"
    r"(?<![а-яё])(?:янв|февр?|апр|авг|сент?|окт|нояб?|дек)(?:\.|(?![а-яё]))|(?<![а-яё])мар\.)\b", re.IGNORECASE)
_TOKEN_BRANCHES = (
    # digits end where the next character is not a digit: «2025г.», «5июля», «3.07.2025г.» as typed
    r"(?P<numeric>\b\d{1,2}\.\d{1,2}(?:\.\d{2,4})?(?!\d))"
    r"|(?P<monthyear>\b(?:0?[1-9]|1[0-2])\.(?:19|20)\d{2}(?!\d))"  # '10.2024': October 2024, a month alone
    r"|(?P<year>(?:\b|(?<=[а-яё]))\d{4}(?!\d))"  # any four digits: «2101» is a year out of range; «ноября2025»
    r"|(?P<day>\b\d{1,2}(?!\d))"
    r"|(?P<month>" + _MONTH_WORD.pattern[2:-2] + r")"
    r"|(?P<dash>[-–—−]|\bпо\b|\bдо\b)")
_TOKEN_REFERENCE = re.compile(_TOKEN_BRANCHES, re.IGNORECASE)
# Every token starts with a digit, a dash or the first letter of a month's name, 'по' or 'до': said
# first, re leaves every other position (spaces, 'г', 'е', 'р', 'т'…) after one test instead of six branches.
_TOKEN = re.compile(r"(?=[\d\-–—−яфмаисондп])(?:" + _TOKEN_BRANCHES + ")", re.IGNORECASE)


# «т.г.», «т. г.», «с.г.» (текущего, сего года), «текущего года», «этого года», «сего года», «нынешнего года»
# after a day, a month or its number: the report's own year (the clerk names no other), not a year left out.
_THIS_YEAR = re.compile(r"(?<=[\d.а-яёА-ЯЁ])\s*(?:[тсТС]\.\s?г(?:\.|(?![а-яё]))"
                        r"|(?:текущ|эт|сег|нынешн)(?:его|ого|о)\s+года?(?![а-яё]))", re.IGNORECASE)
# '15:00', 'в 15.00', '10.00–12.00 ч': times of day, not days or months.
# '10.00', '10.00-12.00', 'с 9.30 до 18.30': an hour with '00' minutes, or two hours whose minutes cannot be a
# month (13–59), are times ('12.15 – 19.12' stays an impossible date: one such pair alone is no time).
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b|(?<=\bв\s)\d{1,2}\.\d{2}\b(?!\.\d)"
                   r"|\b\d{1,2}\.\d{2}\s*(?:[-–—]\s*\d{1,2}\.\d{2}\s*)?(?=ч\b|час)"
                   r"|(?<![\d.])(?:[01]?\d|2[0-3])\.(?:(?:00|1[3-9]|[2-5]\d)\s*(?:[-–—]|до)\s*(?:[01]?\d|2[0-3])\."
                   r"(?:00|1[3-9]|[2-5]\d)|00)(?![\d.])")
_ISO_DATE = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")
# '2024.11.05', '2024/11/05': the year written first with dots or slashes, as ISO with its dashes.
# '25-09-2024': day, month and a four-digit year parted by hyphens, as Excel (or a system's locale) writes a date as
# text; it was read as no date at all, every such event loading without its days. Not a range: a range's hyphen has
# no third number after it ('25-27.09.2024', '25-27 сентября').
_HYPHEN_DATE = re.compile(r"(?<![\d.\-–])(\d{1,2})-(0?[1-9]|1[0-2])-((?:19|20)\d{2})(?![\d\-–])")
# «9/25/2024»: a date the US way, month first (an export from a program set to English, a CSV opened there)
_SLASH_FULL_DATE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/((?:19|20)?\d{2})(?![\d/])")


def month_first_dates(cells) -> bool:
    """Whether a report's dates cells write month/day/year: some date has a second number above 12 (no month) and a
    first one that is a month, and every such date reads as one. Read day-first, «9/25/2024» was called a day that
    does not exist and «10/5/2024» silently read as 10 May. A report with «25/09/2024» anywhere, or with only
    dates whose both numbers are 12 or less, stays day-first (the Russian order)."""
    pairs = [(int(a), int(b)) for cell in cells if "/" in cell for a, b, _ in _SLASH_FULL_DATE.findall(cell)]
    return any(b > 12 for a, b in pairs) and all(1 <= a <= 12 and 1 <= b <= 31 for a, b in pairs)


def day_first(text: str) -> str:
    """'9/25/2024' → '25.9.2024': a month-first cell (month_first_dates) in the report's own order."""
    return _SLASH_FULL_DATE.sub(r"\2.\1.\3", text) if "/" in text else text


_YEAR_FIRST_DATE = re.compile(r"\b((?:19|20)\d{2})[./](\d{1,2})[./](\d{1,2})(?![\d.])")
# A date typed with stray spaces or commas: '0 5.11.2024', '05 .11.2024', '05. 11. 2024', '05,11,2024'.
_STRAY_ZERO = re.compile(r"(?<![\d.,])0\s(?=[1-9]\.\d)")
_SPACE_BEFORE_DOT = re.compile(r"(?<=\d)\s+\.(?=\d)")
_SPACE_AFTER_DOT = re.compile(r"(?<=\d)\.\s+(?=\d{1,2}\.\s*(?:19|20)?\d{2}(?![\d.]))")
_COMMA_DATE = re.compile(r"(?<![\d,])(\d{1,2}),(\d{1,2}),((?:19|20)\d{2})(?![\d,])")
# '15.1O.2024', '2O24': a letter O (Latin or Cyrillic) typed for a zero inside a number.
_LETTER_ZERO = re.compile(r"(\d\.?)[OoОо](?=\.?\d)")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# 'Ⅳ квартал', '12.Ⅺ.2024': Roman numerals as Word's autocorrect or a symbol table types them (U+2160–U+217F).
_ROMAN_NUMERAL_SIGNS = re.compile("[\u2160-\u217f]")
# '5 November 2024', 'Nov. 5, 2024': English month names, read as the Russian ones.
_ENGLISH_MONTHS = {"jan": "января", "feb": "февраля", "mar": "марта", "apr": "апреля", "may": "мая", "jun": "июня",
                   "jul": "июля", "aug": "августа", "sep": "сентября", "oct": "октября", "nov": "ноября",
                   "dec": "декабря"}
# Only next to a number: 'may' in an English sentence is no month.
_ENGLISH_MONTH = re.compile(r"\b(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*)?"
                            r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                            r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
                            r"(?:\s*(?P<after>\d{1,2})(?:st|nd|rd|th)?(?!\d)|(?P<year>(?=\s*(?:19|20)\d{2}(?!\d))))?",
                            re.IGNORECASE)
# 'ноябрь (5, 12, 19)', 'ноябрь: 5, 12 и 19', 'ноябрь 2024 г. – 5, 12': days listed after their month alone.
_MONTH_THEN_DAYS = re.compile(r"(?:в\s+)?(?P<month>" + _MONTH_WORD.pattern[2:-2] + r")(?P<year>\s+(?:19|20)\d{2}"
                              r"\s*(?:г\.?|года?)?)?\s*[(:,–—-]?\s*(?P<days>\d{1,2}(?:\s*(?:,|и|[-–—])\s*\d{1,2})*)"
                              r"\s*\)?\s*\.?", re.IGNORECASE)
# '3 дня: 5–7 ноября', '(2 суток)': a number of days is how long, not a day.
_DURATION = re.compile(r"(?<![\d.])\d{1,3}\s*(?:-?х\s+)?(?:дн(?:я|ей)|день|сут(?:ок|ки))(?![а-яё])", re.IGNORECASE)
# A word after a day that is no month's name: '5 ноябяря', '5 октбря', '5 дакабря' — a typo of one letter.
_WORD_AFTER_DAY = re.compile(r"\d\s*([а-яёА-ЯЁ]{5,})")
_MONTH_FORMS = tuple((stem + ending, number) for stem, number in MONTH_STEMS.items() if stem != "ма"
                     for ending in (("", "а", "е") if stem in ("март", "август")
                                    else ("ь", "я", "е")))
_MONTH_FORM_SET = frozenset(form for form, _ in _MONTH_FORMS)
# '4/5 декабря', '30/31 октября 2025', '4/5.12.2025': two days joined by a slash before their month.
_SLASH_DAYS = re.compile(r"(?<![\d/.])(\d{1,2})\s*/\s*(\d{1,2})(?=\s*(?:" + _MONTH_WORD.pattern[2:-2]
                         + r")|\.\d{1,2}(?:\.\d{2,4})?(?![\d./]))", re.IGNORECASE)
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b")
ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}
# 'IV квартал 2024 г.', '4-й квартал', '4 кв. 2024', 'в четвёртом квартале 2024 года': the quarter's months.
# The year may come first: '2024 г., IV квартал', '2024, 4 кв.'. «на протяжении», «в ходе», «в продолжение IV квартала»
# say what «в течение» says (was unread: only «в течение квартала» without its number was known).
_QUARTER_ONLY = re.compile(r"(?:(?P<year0>(?:19|20)\d{2})\s*(?:г\.?|год[ау]?)?\s*[,.:]?\s*)?(?:(?:в\s+течение|на\s+протяжении|в\s+продолжение|в\s+ходе)\s+|во?\s+)?(?P<q>IV|I{1,3}|[1-4]|перв\w*|втор\w*|трет\w*|четв[её]рт\w*)"
                           r"\s*(?:-?\s*(?:[ыио]?й|о?м|о?го)\b)?\s*(?:квартал\w*|кв\.?)"
                           r"(?:\s+(?P<year>(?:19|20)\d{2})\s*(?:г\.?|года?|году)?)?", re.IGNORECASE)
_QUARTER_WORDS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4}
_QUARTER_NUMBER = r"(?:IV|I{1,3}|[1-4])\s*(?:-?\s*(?:[ыио]?й|о?м|о?го)(?![а-яё]))?"
_QUARTER_WORD = r"(?:квартал\w*|кв\.?)"
_YEAR_WORD = r"(?:19|20)\d{2}\s*(?:г\.?\s*г?\.?|гг\.?|года?|году)?"
# 'III–IV кв. 2025', '3-4 квартал 2025 г.', 'в III - IV кварталах', '3 квартал 2025 г. – 4 квартал 2025 г.',
# 'IV кв. 2025 – I кв. 2026': from the first quarter's first day to the last one's last.
_QUARTER_RANGE = re.compile(r"(?:в\s+течение\s+|во?\s+|с\s+)?(?P<q1>" + _QUARTER_NUMBER + r")\s*(?:" + _QUARTER_WORD
                            + r"\s*(?P<y1>" + _YEAR_WORD + r")?)?\s*(?:[-–—]|по|и)\s*(?P<q2>" + _QUARTER_NUMBER + r")\s*"
                            + _QUARTER_WORD + r"(?:\s*(?P<y2>" + _YEAR_WORD + r"))?", re.IGNORECASE)
# '2025–2026 гг.', 'в 2025-2027 годах', 'с 2025 по 2026 год': whole years, from the first's January to the last's December.
_YEAR_RANGE = re.compile(r"(?:в\s+течение\s+|в\s+|с\s+)?(?P<y1>(?:19|20)\d{2})\s*(?:г\.?|года?)?\s*(?:[-–—]|по)\s*"
                         r"(?P<y2>(?:19|20)\d{2})\s*(?:гг\.?|г\.?\s*г\.?|г\.?|годы|годах|годов|года?)?", re.IGNORECASE)
# 'II декада октября', '1-я декада ноября', 'третья декада декабря': days 1–10, 11–20 or 21 to the month's end.
# The ending of a number written as an ordinal: '1-я', '1-ая', '2-ой', '3-ья', '3-ей', '1-й', '2-е', '10-х', '20-ые'.
_ORDINAL_ENDING = r"(?:\s*-?\s*(?:ого|ому|ой|ая|ое|ую|ей|ья|ье|ий|ый|ые|ых|ие|их|го|й|я|е|ю|х)(?![а-яё]))?"
_DECADE = re.compile(r"(?<![\w-])(?P<n>I{1,3}|[1-3]|перв\w*|втор\w*|трет\w*)" + _ORDINAL_ENDING + r"\s*декад[аеуы]\s+"
                     r"(?P<month>" + _MONTH_WORD.pattern[2:-2] + r")", re.IGNORECASE)
# 'I полугодие 2025', '2-е полугодие 2024 г.', 'второе полугодие': the half year's six months.
_HALF_ONLY = re.compile(r"(?:в\s+течение\s+|во?\s+)?(?P<h>II|I|[12]|перв\w*|втор\w*)\s*(?:-?\s*[еом]\b)?\s*полугоди\w*"
                        r"(?:\s+(?P<year>(?:19|20)\d{2})\s*(?:г\.?|года?)?)?", re.IGNORECASE)
# '12.XI.2024', '1–3.X.2024', '5.IX': the month in Roman numerals after a day, as on older forms.
# '5 XI 2024' too: a day, a space, the numeral and a year (so '2024 IV квартал' is no month).
_ROMAN_MONTH = re.compile(r"(?<=\d)\.\s?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![A-Za-z])"
                          r"|(?<=(?<![\d.])\d)\s(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?=\s+(?:19|20)\d{2}(?!\d))"
                          r"|(?<=(?<![\d.])\d\d)\s(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?=\s+(?:19|20)\d{2}(?!\d))")
# '10/XI-2025', '10-12/XI-2025', '10/XI/2025', '1/XII': the Roman month after a slash, the year after a
# dash, a slash or a space — older forms and some clerks' habit; read as '10.11.2025' (a slash never
# stands between a day and a Roman numeral otherwise).
_ROMAN_SLASH_MONTH = re.compile(r"(?<=\d)\s?/\s?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![A-Za-z])"
                                r"(?:\s?[-/–.]\s?|\s)?(?=((?:19|20)\d{2})(?!\d))?")
_ROMAN_NUMERAL = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
# 'XI.2025', 'XI 2025 г.', 'XI–XII 2025', 'X-XII.2025', 'с X по XII 2025': a month (or months) in Roman numerals
# with no day, written right before a year, as older forms date a month. A numeral is a month only there: before a
# word it is an ordinal ('XI Форум регионов', 'XXV съезд', 'IV квартал', a heading 'XI. Культура'), after a hyphen a
# name's number ('Форум-XI'). I–IV before a year with a space only are as often quarters ('IV 2024', 'III–IV 2025'):
# they are months with a dot ('IV.2025', 'I–III.2025') or beside a numeral no quarter has ('IV–V 2025').
_ROMAN_MONTHS_BEFORE_YEAR = re.compile(r"(?<![\w.\-–—])(?P<first>" + _ROMAN_NUMERAL + r")(?:\s*(?:[-–—]|по)\s*(?P<last>"
                                       + _ROMAN_NUMERAL + r"))?(?P<sep>\s*\.\s*|\s+)(?=(?:19|20)\d{2}(?!\d))")
# '3 XI', '3–5 XI', '28 XI – 2 XII 2025': a day, a space and a Roman month with no year after it, at the cell's end
# or before a dash, a comma or «г.» (a day before a Roman numeral and a word is no date: '3 XI Форума').
_ROMAN_MONTH_AFTER_DAY = re.compile(r"(?<![\d.])(?P<day>\d{1,2})\s(?P<month>" + _ROMAN_NUMERAL
                                    + r")(?=\s*(?:[-–—,;)]|г\.|$))")
_GENITIVE_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                    "ноября", "декабря")
# 'в конце года', 'начало 2026 г.', 'в середине IV квартала 2025 г.', 'в конце квартала': a part of a year or a
# quarter, read as a part of a month is (its first, middle or last third): of a quarter its first, second or last
# month; of a year its first quarter, the two middle ones, or its last. No year is the report's, no quarter number
# the report's quarter.
_PERIOD_PART = re.compile(
    r"(?:в\s+)?(?P<part>начал[оеа]|середин[аеуы]|кон(?:ец|це|ца))\s+"
    r"(?:(?P<q>IV|I{1,3}|[1-4]|перв\w*|втор\w*|трет\w*|четв[её]рт\w*)\s*(?:-?\s*(?:[ыио]?й|о?м|о?го)(?![а-яё]))?\s*"
    r"(?:квартала|кв\.?)|(?P<quarter>(?:текущего\s+|отч[её]тного\s+|этого\s+)?квартала)"
    r"|(?:текущего\s+|отч[её]тного\s+|этого\s+)?года|(?=(?:19|20)\d{2}))"
    r"(?:\s*(?P<year>(?:19|20)\d{2})\s*(?:г\.?|года?)?)?", re.IGNORECASE)
ROMAN_MONTHS = {r: n for n, r in enumerate(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), 1)}
# 'осень 2024', 'осенью 2024 года', 'в летний период', 'зима 2024–2025': a season's three months (a winter
# named by one year is that year's January and February; by two years, December to February).
_SEASON_ONLY = re.compile(r"(?:в\s+течение\s+|во?\s+)?(?P<season>весн\w*|лет(?:о|ом|а|ний|нем|него|ний)|осен\w*|зим\w*)"
                          r"(?:\s+период\w*)?(?:\s+(?P<year>(?:19|20)\d{2})(?:\s*[-–—/]\s*(?P<year2>(?:19|20)\d{2}))?"
                          r"\s*(?:г\.?|гг\.?|года?|годов)?)?", re.IGNORECASE)
_SEASON_MONTHS = {"весн": (3, 5), "лет": (6, 8), "осен": (9, 11), "зим": (12, 2)}
# '2024', '2024 год', 'в течение 2024 года', 'в рамках 2024 г.': the year's twelve months.
_YEAR_ONLY = re.compile(r"(?:(?:в\s+)?течение\s+|в\s+рамках\s+|в\s+)?(?:(?:всего|весь)\s+)?(?P<year>(?:19|20)\d{2})"
                        r"\s*(?:г\.?|год[ау]?)?", re.IGNORECASE)
# 'в начале октября', 'середина ноября', 'конец декабря': the month's first, second or last ten days.
_MONTH_PART = re.compile(r"(?<![\w-])(?P<part>начал[оеа]|середин[аеуы]|кон(?:ец|це|ца))\s+"
                         r"(?P<month>" + _MONTH_WORD.pattern[2:-2] + r")", re.IGNORECASE)
# 'в первой половине ноября', 'вторая половина октября 2024 г.': days 1–15 or 16 to the month's end.
_MONTH_HALF = re.compile(r"(?<![\w-])(?P<half>перв\w*|втор\w*|[12]" + _ORDINAL_ENDING + r")\s*половин\w*\s+"
                         r"(?P<month>" + _MONTH_WORD.pattern[2:-2] + r")", re.IGNORECASE)
# 'в 20-х числах ноября', '10-е числа декабря', 'в двадцатых числах октября', 'в первых (последних) числах
# декабря': a span of the month's days, not the day 20 — 10-е: 10–19, 20-е: 20 to the month's end, 30-е: 30 to
# the end; the first and the last numbers read as the month's first and last ten days, like 'начало'/'конец'.
# 'первого числа декабря', '25-го числа ноября': «числа» between a day and its month is left out.
_DAY_NUMBER_WORD = re.compile(r"(?<=\S)\s+числа(?=\s+(?:" + _MONTH_WORD.pattern[2:-2] + r"))", re.IGNORECASE)
# Plural endings only: '20-го числа' (genitive singular) is the day 20 itself.
_MONTH_NUMBERS = re.compile(r"(?<![\w-])(?P<n>[123]0\s*-?\s*(?:ые|ых|ие|их|е|х)|(?:десят|двадцат|тридцат|перв)(?:ые|ых)|"
                            r"последн(?:ие|их))\s+(?:числ(?:а|ах)|чисел)\s+(?P<month>" + _MONTH_WORD.pattern[2:-2] + r")",
                            re.IGNORECASE)
_OPEN_END = re.compile(r"по\s+(?:настоящее\s+время|н\.\s*в\.)|постоянно|на\s+постоянной\s+основе", re.IGNORECASE)
_CASE_ENDING = re.compile(r"(\d)\s*-\s*(?:х|го|е)\b")
# 'восемнадцатое января', 'двадцать пятого марта', 'с третьего по пятое июня': a day written as its
# ordinal word before a month (or before «по» and a day) is that day's number.
_ORDINAL_STEMS = {"перв": 1, "втор": 2, "трет": 3, "четв[её]рт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8,
                  "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13, "четырнадцат": 14,
                  "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19,
                  "двадцат": 20, "тридцат": 30}
_ORDINAL_DAY = re.compile(
    r"(?<!\w)(?:(?P<tens>двадцать|тридцать)\s+)?(?P<stem>" + "|".join(sorted(_ORDINAL_STEMS, key=len, reverse=True))
    + r")(?:ое|ого|ому|ом|ье|ьего|ьему|ьем|ий|ей|ья)(?=(?:\s*[-–—]\s*|\s+(?:по\s+|и\s+)?)(?:\d|"
    + "|".join(sorted(_ORDINAL_STEMS, key=len, reverse=True)) + r"|двадцать|тридцать|" + _MONTH_WORD.pattern[2:-2] + r"))",
    re.IGNORECASE)


def _ordinal_day(match: re.Match) -> str:
    stem = match.group("stem").lower().replace("ё", "е")
    number = next(n for s, n in _ORDINAL_STEMS.items() if re.fullmatch(s, stem))
    tens = match.group("tens")
    if tens:
        number += 20 if tens.lower().startswith("двадцат") else 30
    return str(number)


@dataclass(frozen=True)
class DateRange:
    start: date | None
    end: date | None
    months: tuple[str, ...]
    issues: tuple[Issue, ...] = ()


_MONTH_STEMS_LONGEST_FIRST = tuple(sorted(MONTH_STEMS.items(), key=lambda kv: -len(kv[0])))


def _month_number(word: str) -> int:
    """'октября' → 10; 'окт.' → 10, 'сент' → 9. Through upper case first: the caseless token pattern
    also matches letters whose capital is a Cyrillic one ('ᲃентября', with the wide es of old
    manuscripts, is 'СЕНТЯБРЯ'), and lower() alone would keep them."""
    word = word.upper().lower()
    short = _MONTH_ABBREVIATIONS.get(word.rstrip("."))  # first: 'мар.' is March, not a form of 'май'
    if short is not None:
        return short
    for stem, number in _MONTH_STEMS_LONGEST_FIRST:
        if word.startswith(stem):
            return number
    raise ValueError(word)


def months_between(start: date, end: date) -> tuple[str, ...]:
    """Every month the event touches: 2024-09-30..2024-10-01 → ('2024-09', '2024-10')."""
    return _months_between(start.year, start.month, end.year, end.month)


@lru_cache(maxsize=4096)  # a few hundred month pairs over all reports; each formats strings
def _months_between(year: int, month: int, end_year: int, end_month: int) -> tuple[str, ...]:
    out = []
    while (year, month) <= (end_year, end_month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(out)


def _names_a_part(text: str) -> bool:
    """Whether a cell may name a part of a month or a period («начало», «середина», «конец»), in small letters or in
    capitals («КОНЕЦ ОКТЯБРЯ» was the whole month): three substring tests before the patterns."""
    return any(stem in text for stem in ("начал", "середин", "кон", "НАЧАЛ", "СЕРЕДИН", "КОН", "Начал", "Середин", "Кон"))


def parse_dates(raw: str, default_year: int | None = None, default_quarter: int | None = None) -> DateRange:
    """'30 сентября – 1 октября 2024 года' → 2024-09-30..2024-10-01.

    Days wait for their month, dated parts wait for their year, so ranges within a month,
    across months and across years all read the same way. A missing year falls back to the
    report's year and says so — or, given the report's quarter, the year next to it when the months
    are right next to the quarter ('10 января' in a IV quarter's report is next January). Slips of typing are put right first (`_retyped`); a remark in
    brackets that names no date ('IV квартал 2024 г. (ежемесячно)') is left out when the cell
    does not read with it.
    """
    # 'l7 октября', '2O24 г.': a letter typed for a digit (was read as the month alone, the day lost)
    text = digit_lookalikes(raw.replace("\u00a0", " ").replace("\u00ad", ""))
    postponed = False
    if "ерен" in text:
        moved = _MOVED_FROM_TO.search(text)
        if moved:  # 'перенесено с 5 на 19 сентября 2025 г.': the days it was moved to
            found = parse_dates(text[:moved.start()] + text[moved.end():], default_year, default_quarter)
            if found.start is not None:
                return DateRange(found.start, found.end, found.months, found.issues + (
                    Issue("dates", raw.strip(), "мероприятие перенесено: приняты даты после переноса", "info"),))
        else:
            moved = next((m for m in _MOVED_TO.finditer(text) if _moves_the_event(text[:m.start()])), None)
            if moved:  # '21.11.2025 (перенесено на 28.11.2025)', '…, перенос на 28 ноября': the days it moved to
                found = parse_dates(moved.group("to"), default_year, default_quarter)
                if found.start is not None:
                    return DateRange(found.start, found.end, found.months, tuple(
                        Issue("dates", raw.strip(), issue.message, severity=issue.severity) for issue in found.issues)
                        + (Issue("dates", raw.strip(), "мероприятие перенесено: приняты даты после переноса", "info"),))
                postponed = True  # '(перенесено на неопределённый срок)': the dates read are those before it
    if ("г" in text or "Г" in text) and _THIS_YEAR.search(text):
        # «с 10 по 12 ноября т.г.», «12.11 с.г.», «ноября текущего года»: the year the report is of, as written
        text = _THIS_YEAR.sub(f" {default_year} г." if default_year is not None else " ", text)
    text, typo = _retyped(text)
    found = _parse_text(text, raw, default_year, default_quarter)
    if found.start is None and "(" in text:
        bare = _BRACKETED.sub(" ", text)
        if bare.strip() and not any(_DAY_IN_BRACKETS.search(remark) or _MONTH_WORD.search(remark)
                                    for remark in _BRACKETED.findall(text)):
            retry = _parse_text(bare, raw, default_year, default_quarter)
            if retry.start is not None:
                found = retry
    if typo is not None and found.start is not None:
        found = DateRange(found.start, found.end, found.months, found.issues + (Issue(
            "dates", raw.strip(), f"месяц написан с опечаткой: «{typo[0]}» прочитано как «{typo[1]}»",
            severity="info"),))
    if postponed and found.start is not None:
        found = DateRange(found.start, found.end, found.months, found.issues + (Issue(
            "dates", raw.strip(), "мероприятие перенесено, новые даты не указаны: приняты прежние даты", "warning"),))
    return found


def _retyped(text: str) -> tuple[str, tuple[str, str] | None]:
    """The cell as the clerk meant it, with the typed month found when a typo was put right:
    '15.1O.2024' (a letter O for a zero) → '15.10.2024'; '0 5.11.2024', '05 .11.2024', '05. 11. 2024',
    '05,11,2024' → '05.11.2024'; '2024.11.05' → '05.11.2024'; '5 November 2024', 'November 5, 2024' →
    '5 ноября 2024'; 'Ⅳ квартал' → 'IV квартал'; '3 дня: 5–7 ноября' → ' : 5–7 ноября'; 'ноябрь (5, 12, 19)' → '5, 12, 19 ноября'; '5 ноябяря' → '5 ноября'
    (a word one letter away from exactly one month's name, and no word of its own)."""
    text = with_roman_letters(text)
    if ("о" in text or "О" in text or "o" in text or "O" in text) and _LETTER_ZERO.search(text):
        text = _LETTER_ZERO.sub(r"\g<1>0", text)
    if "0 " in text:
        text = _STRAY_ZERO.sub("0", text)
    if " ." in text:
        text = _SPACE_BEFORE_DOT.sub(".", text)
    if ". " in text:
        text = _SPACE_AFTER_DOT.sub(".", text)
    if "," in text:
        text = _COMMA_DATE.sub(r"\1.\2.\3", text)
    if ("." in text or "/" in text) and _YEAR_FIRST_DATE.search(text):
        text = _YEAR_FIRST_DATE.sub(r"\3.\2.\1", text)
    if _ASCII_LETTER.search(text) and _ENGLISH_MONTH.search(text):
        text = _ENGLISH_MONTH.sub(_english_month, text)
    if "дн" in text or "ден" in text or "сут" in text:
        text = _DURATION.sub(" ", text)
    typo = None
    for match in _WORD_AFTER_DAY.finditer(text):
        word = match.group(1)
        if word.lower() not in _MONTH_FORM_SET:
            month = _month_typo(word.lower())
            if month is not None:
                typo = (word, month)
                text = text[:match.start(1)] + month + text[match.end(1):]
                break
    first = text.lstrip()[:1].lower()
    if first and first in "яфмаисондв" and _DAY_IN_BRACKETS.search(text):  # a month first, then a digit
        listed = _MONTH_THEN_DAYS.fullmatch(text.strip())
        if listed:
            text = f"{listed.group('days')} {listed.group('month')}{listed.group('year') or ''}"
    return text, typo


def _roman_slash_month(match: re.Match) -> str:
    """'/XI-' before a year → '.11.'; '/XI' with no year after it → '.11' (and what followed it stays)."""
    month = ROMAN_MONTHS[match.group(1)]
    if match.group(2):
        return f".{month}."
    return f".{month}" + match.group(0)[len(match.group(0).rstrip(" -/–.")):]


def with_roman_letters(text: str) -> str:
    """'Ⅳ квартал 2024 года' → 'IV квартал 2024 года': a Roman numeral typed as one sign is its Latin letters."""
    if not _ROMAN_NUMERAL_SIGNS.search(text):
        return text
    return _ROMAN_NUMERAL_SIGNS.sub(lambda m: unicodedata.normalize("NFKC", m.group()).upper(), text)


def _english_month(match: re.Match) -> str:
    """'November 5' → '5 ноября', '5th Nov.' → '5 ноября', 'November 2024' → 'ноября 2024'; a month
    name with no number next to it stays as written ('as they may be')."""
    month = _ENGLISH_MONTHS[match.group("month")[:3].lower()]
    day = match.group("day") or match.group("after")
    if day:
        return f"{day} {month}"
    return month if match.group("year") is not None else match.group(0)


@lru_cache(maxsize=1024)
def _month_typo(word: str) -> str | None:
    """'ноябяря' → 'ноября', 'дакабря' → 'декабря': the month's form one edit (a letter added, left
    out, changed, or two swapped) away, when exactly one month is that close and the word is not a
    word of the dictionary ('марка' is no typo of 'марта'). None otherwise."""
    close = {number: form for form, number in _MONTH_FORMS
             if form[0] == word[0] and abs(len(form) - len(word)) <= 1 and OSA.distance(form, word) <= 1}
    if len(close) != 1 or morph().parse(word)[0].is_known:
        return None
    return next(iter(close.values()))


def _parse_text(text: str, raw: str, default_year: int | None, default_quarter: int | None) -> DateRange:
    """parse_dates on the cell's retyped text; issues quote `raw`."""
    if "(" in text:
        outside = _dates_outside_brackets(text, default_year, default_quarter)
        if outside is not None:
            return outside
    if _names_a_part(text):
        period_part = _PERIOD_PART.fullmatch(text.strip(" .,;"))
        if period_part:
            return _period_part(raw, period_part, default_year, default_quarter)
    quarter = _QUARTER_ONLY.fullmatch(text.strip()) or _QUARTER_ONLY.fullmatch(text.strip().rstrip(".;,").rstrip())
    # «в течение IV квартала.»: a sentence's dot at the cell's end (a «кв.» keeps its own: the first try reads it)
    if quarter and quarter.group("year0") and quarter.group("year"):
        quarter = None  # '2024, IV квартал 2025': two years for one quarter
    if quarter and (quarter.group("year") or quarter.group("year0") or default_year is not None):  # the whole quarter
        q = quarter.group("q")
        number = ROMAN_QUARTERS.get(q.upper()) or _QUARTER_WORDS.get(q[:4].lower()) or int(q)
        issues = [Issue("dates", raw.strip(), "указан только квартал: приняты его границы", severity="info")]
        written = quarter.group("year") or quarter.group("year0")
        if not written:
            issues.append(Issue("dates", raw.strip(), f"год не указан, принят год отчёта {default_year}",
                                severity="info"))
        start, end = quarter_bounds(int(written or default_year), number)
        return DateRange(start, end, months_between(start, end), tuple(issues))
    if "кв" in text or "Кв" in text or "КВ" in text:
        quarters = _QUARTER_RANGE.fullmatch(text.strip(" .,;"))
        if quarters:
            return _quarter_range(raw, quarters, default_year)
    if len(text) < 40 and ("20" in text or "19" in text):
        years = _YEAR_RANGE.fullmatch(text.strip(" .,;"))
        if years:
            return _year_range(raw, int(years.group("y1")), int(years.group("y2")))
    if "олугоди" in text:
        half = _HALF_ONLY.fullmatch(text.strip())
        if half and (half.group("year") or default_year is not None):
            return _half_year(raw, half, default_year)
    if len(text) < 40 and ("20" in text or "19" in text):
        year_only = _YEAR_ONLY.fullmatch(text.strip(" .,;"))
        if year_only:
            return _whole_year(raw, int(year_only.group("year")))
    lowered = text.lower() if len(text) < 60 else ""
    if "весн" in lowered or "лет" in lowered or "осен" in lowered or "зим" in lowered:
        season = _SEASON_ONLY.fullmatch(text.strip(" .,;"))
        if season and (season.group("year") or default_year is not None):
            return _season(raw, season, default_year)
    month_part = None
    if "числ" in text or "чисел" in text:
        month_part = _MONTH_NUMBERS.search(text)
        if month_part:
            text = _MONTH_NUMBERS.sub(_month_numbers_days, text)
        text = _DAY_NUMBER_WORD.sub("", text)  # 'первого числа декабря', '5-го числа ноября': the word says a day
    if "ое" in text or "ого " in text or "ье" in text:
        text = _ORDINAL_DAY.sub(_ordinal_day, text)  # 'восемнадцатое января' → '18 января'
    decade = None
    if "екад" in text or "ЕКАД" in text:  # 'III ДЕКАДА ДЕКАБРЯ' in a cell typed in capitals too
        decade = _DECADE.search(text)
        if decade:
            text = _DECADE.sub(_decade_days, text)
    if ("оловин" in text or "ОЛОВИН" in text) and _MONTH_HALF.search(text):
        month_part = _MONTH_HALF.search(text)
        text = _MONTH_HALF.sub(_month_half_days, text)
    if _names_a_part(text):
        month_part = _MONTH_PART.search(text) or month_part
        if month_part is not None and month_part.re is _MONTH_PART:
            text = _MONTH_PART.sub(_month_part_days, text)
    # Each rewrite only where its mark is in the cell (most cells: '5-9 января 2015 года').
    if ":" in text or "." in text:
        text = _TIME.sub(" ", text)  # '25 октября, 15:00': a time is not a day
    if "-" in text:
        text = _ISO_DATE.sub(lambda m: f"{m.group(3)}.{m.group(2)}.{m.group(1)}", text)
        text = _HYPHEN_DATE.sub(r"\1.\2.\3", text)
    if "/" in text and ("I" in text or "V" in text or "X" in text):
        text = _ROMAN_SLASH_MONTH.sub(_roman_slash_month, text)
    if "/" in text:
        text = _SLASH_DAYS.sub(_slash_days, text)  # '4/5 декабря', '30/31.10.2025': two days, not a day and a month
        text = _SLASH_DATE.sub(lambda m: ".".join(g for g in m.groups() if g), text)
    if "-" in text:
        text = _CASE_ENDING.sub(r"\1", text)  # "3-х" is not a range
    if "I" in text or "V" in text or "X" in text:
        text = _ROMAN_MONTH.sub(lambda m: f".{ROMAN_MONTHS[m.group(m.lastindex)]}", text)
        text = _ROMAN_MONTH_AFTER_DAY.sub(lambda m: f"{m.group('day')}.{ROMAN_MONTHS[m.group('month')]}", text)
        text = _ROMAN_MONTHS_BEFORE_YEAR.sub(_roman_months_words, text)
    parts: list[list[int | None]] = []   # [day, month, year]
    pending_days: list[list[int | None]] = []
    issues: list[Issue] = []
    inherited: set[int] = set()  # parts whose year was written only once, after a later part
    leading_year = None  # '2024 г., ноябрь': a year written before any month serves the months after it
    for match in finditer_caseless(_TOKEN, text, caseless_text(text)):  # groups: digits, or lowered by _month_number
        kind = match.lastgroup
        value = match.group(0)
        if kind == "numeric":
            pieces = [int(p) for p in value.split(".")]
            year = pieces[2] if len(pieces) == 3 else None
            if year is not None and year < 100:
                year += 2000
            for part in pending_days:
                part[1] = pieces[1]
            pending_days = []
            if year is not None:  # '01.10–03.10.2024', '10 - 12.12.2024': the one year serves them all
                for part in parts:
                    if part[2] is None and part[1] is not None:
                        part[2] = year
                        inherited.add(id(part))
            parts.append([pieces[0], pieces[1], year])
        elif kind == "day":
            part = [int(value), None, None]
            parts.append(part)
            pending_days.append(part)
        elif kind == "month":
            number = _month_number(value)
            if pending_days:
                for part in pending_days:
                    part[1] = number
                pending_days = []
            else:
                part = [None, number, None]
                parts.append(part)
        elif kind == "monthyear":
            month, year = (int(p) for p in value.split("."))
            for part in parts:  # '10–12.2024': the year serves the months before it
                if part[2] is None and part[1] is not None:
                    part[2] = year
                    inherited.add(id(part))
            for part in pending_days:  # '10–12.2024' read '10' as a day waiting for its month
                part[0], part[1] = None, part[0] if 1 <= (part[0] or 0) <= 12 else None
                if part[1] is not None:
                    part[2] = year
                    inherited.add(id(part))
            pending_days = []
            parts.append([None, month, year])
        elif kind == "year":
            if not any(part[1] is not None for part in parts):
                leading_year = int(value)
            for part in parts:
                if part[2] is None and part[1] is not None:
                    part[2] = int(value)
                    inherited.add(id(part))
    parts = [p for p in parts if p[1] is not None]
    if not parts:
        return DateRange(None, None, (), (Issue("dates", raw.strip(), "не удалось прочитать даты"),))
    if leading_year is not None:
        for p in parts:
            p[2] = p[2] or leading_year
    for before, part in zip(parts, parts[1:]):
        if part[2] is None and before[2] is not None:  # '28 декабря 2024 – 10 января': the end is in 2025
            part[2] = before[2] + _year_turns(before[1], part[1])
    if any(p[2] is None for p in parts):
        if default_year is None:
            return DateRange(None, None, (), (Issue("dates", raw.strip(), "в дате нет года"),))
        year = _year_by_quarter(parts, default_year, default_quarter)
        for before, part in zip([None] + parts, parts):
            if before is not None:
                year += _year_turns(before[1], part[1])
            part[2] = year
        years = sorted({p[2] for p in parts})
        issues.append(Issue("dates", raw.strip(), f"год не указан, принят год отчёта {default_year}"
                            if years == [default_year] else
                            f"год не указан, по кварталу отчёта принят {'–'.join(map(str, years))}", severity="info"))
    first, last = parts[0], parts[-1]
    if (first is not last and id(first) in inherited and first[2] == last[2]
            and first[1] > last[1]):
        first[2] -= 1  # '28 декабря – 10 января 2025 года': the year is the end's; the start is in 2024
    try:
        start = date(first[2], first[1], 1 if first[0] is None else first[0])
        last_day = calendar.monthrange(last[2], last[1])[1] if last[0] is None else last[0]
        end = date(last[2], last[1], last_day)
    except ValueError:
        what = "день 0" if 0 in (first[0], last[0]) else "такого дня нет в месяце"
        return DateRange(None, None, (), (Issue("dates", raw.strip(), f"несуществующая дата ({what})"),))
    if decade is not None:
        issues.append(Issue("dates", raw.strip(), "указана декада месяца: приняты её границы", severity="info"))
    elif month_part is not None and month_part.re is _MONTH_NUMBERS:
        issues.append(Issue("dates", raw.strip(), "указаны числа месяца, а не день: приняты их границы",
                            severity="info"))
    elif month_part is not None and month_part.re is _MONTH_HALF:
        issues.append(Issue("dates", raw.strip(), "указана половина месяца: приняты её границы", severity="info"))
    elif month_part is not None:
        issues.append(Issue("dates", raw.strip(), "указаны начало, середина или конец месяца: приняты границы "
                                                  "его декады", severity="info"))
    elif first[0] is None or last[0] is None:
        issues.append(Issue("dates", raw.strip(), "указан только месяц, дни приняты по границам месяца",
                            severity="info"))
    if not (year_in_range(start.year) and year_in_range(end.year)):
        return DateRange(None, None, (), (Issue(
            "dates", raw.strip(), f"год вне допустимых {YEARS[0]}–{YEARS[1]}"),))
    if "по" in (caseless_text(text) or "по") and _OPEN_END.search(text):  # every match holds 'по'
        issues.append(Issue("dates", raw.strip(), "окончание не указано («по настоящее время»): принята дата начала",
                            severity="info"))
    if end < start:
        return DateRange(None, None, (), (Issue("dates", raw.strip(),
                                                "дата окончания раньше начала: даты не приняты, проверьте"),))
    return DateRange(start, end, months_between(start, end), tuple(issues))


def _year_turns(month: int, next_month: int) -> int:
    """1 when a part's month comes up to three months after the one before it across a year's end
    (December → January, November → February), else 0: '10.12 – 01.11' stays one year, a reversed range."""
    return 1 if next_month < month and next_month + 12 - month <= 3 else 0


def _year_by_quarter(parts: list[list[int | None]], year: int, quarter: int | None) -> int:
    """The year of the first part of a cell that names none, decided by the report's quarter: its own
    year, but a range over a year's end ('28 декабря – 10 января') is the New Year next to the quarter
    (the one before in a I or II quarter's report), and November or December in a I quarter's report
    are the year before, January or February in a IV quarter's the year after — the months right
    next to the quarter, not nine months away from it."""
    if quarter is None:
        return year
    months = [p[1] for p in parts]
    if any(_year_turns(a, b) for a, b in zip(months, months[1:])):
        return year - 1 if quarter <= 2 else year
    if quarter == 1 and months[0] >= 11:
        return year - 1
    if quarter == 4 and months[-1] <= 2:
        return year + 1
    return year


_BRACKETED = re.compile(r"\([^()]*\)")
# «перенесено с 5 на 19 сентября», «перенесён с 15.11 на 20.11»: the words up to the new days.
_MOVED_FROM_TO = re.compile(r"(?<![а-яё])(?:перенес[её]н\w*|перенос\w*)\s+(?:с|со)\s+[^()]+?\s+на\s+(?=\S)",
                            re.IGNORECASE)
# «(перенесено на 28.11.2025)», «, перенос на 28 ноября»: the words before the days it was moved to, which run
# to the bracket's end or the cell's.
_MOVED_TO = re.compile(r"(?<![а-яё])(?:перенес[её]н\w*|перенос\w*)\s+на\s+(?P<to>[^()]*[^()\s])", re.IGNORECASE)
# What may stand before «перенесено на» in its remark for the move to be the event's: nothing, or the event or its date.
_MOVED_SUBJECT = re.compile(r"^(?:(?:мероприятие|визит|встреча|заседание|проведение|дата|даты|срок|сроки)"
                            r"(?:\s+проведения)?(?:\s+был[аио]?)?)?$", re.IGNORECASE)
_DAY_IN_BRACKETS = re.compile(r"\d")


def _moves_the_event(before: str) -> bool:
    """Whether «перенесено на …» after `before` moves the event itself: it opens its remark (after a bracket,
    comma, dash or the cell's start) or follows the event or its date — «Подписание соглашения перенесено на 2026
    год» moves a signing, not the event's days."""
    remark = re.split(r"[(,;:–—]|\s-\s", before)[-1]
    return bool(_MOVED_SUBJECT.match(remark.strip(" «»\"'.")))


def _dates_outside_brackets(text: str, default_year: int | None, default_quarter: int | None) -> DateRange | None:
    """'1 – 3 ноября 2024 года (заезд 31 октября)', '20.11.2024 (перенесено с 15.11.2024)', '1–5 апреля
    2026 г. (перенесено с марта)': a date in
    brackets is a remark on the event's days, not one of them. The days outside the brackets are the
    event's when they read whole on their own (days, not only a month: 'ноябрь (18, 20 и 25 ноября)'
    is read with its brackets); None otherwise."""
    remarks = _BRACKETED.findall(text)
    if not any(_DAY_IN_BRACKETS.search(remark) or _MONTH_WORD.search(remark) for remark in remarks):
        return None  # '(перенесено с марта)' names a month only: still a remark
    outside = _BRACKETED.sub(" ", text)
    days_in_brackets = any(_DAY_IN_BRACKETS.search(remark) for remark in remarks)
    if not (_DAY_IN_BRACKETS.search(outside) or not days_in_brackets and _MONTH_WORD.search(outside)):
        return None
    found = parse_dates(outside, default_year, default_quarter)
    if found.start is None or days_in_brackets and any(
            not issue.message.startswith("год не указан") for issue in found.issues):
        return None  # 'март (по плану – февраль)': brackets without days leave a month outside whole
    return DateRange(found.start, found.end, found.months,
                     tuple(Issue("dates", text.strip(), issue.message, severity=issue.severity) for issue in found.issues))


def _half_year(raw: str, half: re.Match, default_year: int | None) -> DateRange:
    """'II полугодие 2024' → 2024-07-01..2024-12-31, said as an info (and the report's year when none)."""
    word = half.group("h").lower()
    second = word in ("ii", "2") or word.startswith("втор")
    year = int(half.group("year") or default_year)
    issues = [Issue("dates", raw.strip(), "указано только полугодие: приняты его границы", severity="info")]
    if not half.group("year"):
        issues.append(Issue("dates", raw.strip(), f"год не указан, принят год отчёта {default_year}",
                            severity="info"))
    if not year_in_range(year):
        return DateRange(None, None, (), (Issue("dates", raw.strip(), f"год вне допустимых {YEARS[0]}–{YEARS[1]}"),))
    start, end = (date(year, 7, 1), date(year, 12, 31)) if second else (date(year, 1, 1), date(year, 6, 30))
    return DateRange(start, end, months_between(start, end), tuple(issues))


def _quarter_number(written: str) -> int:
    numeral = re.match(r"IV|I{1,3}|[1-4]", written.strip(), re.IGNORECASE).group(0).upper()
    return ROMAN_QUARTERS.get(numeral) or int(numeral)


def _quarter_range(raw: str, match: re.Match, default_year: int | None) -> DateRange:
    """'III–IV кв. 2025' → 2025-07-01..2025-12-31; 'IV кв. 2025 – I кв. 2026' → 2025-10-01..2026-03-31. A year
    written once serves both; the first quarter after the last is the year before it; no year is the report's."""
    first, last = _quarter_number(match.group("q1")), _quarter_number(match.group("q2"))
    year1 = int(match.group("y1")[:4]) if match.group("y1") else None
    year2 = int(match.group("y2")[:4]) if match.group("y2") else None
    issues = [Issue("dates", raw.strip(), "указаны только кварталы: приняты их границы", severity="info")]
    if year1 is None and year2 is None:
        if default_year is None:
            return DateRange(None, None, (), (Issue("dates", raw.strip(), "в дате нет года"),))
        year2 = default_year
        issues.append(Issue("dates", raw.strip(), f"год не указан, принят год отчёта {default_year}", severity="info"))
    if year1 is None:
        year1 = year2 if first <= last else year2 - 1
    if year2 is None:
        year2 = year1 if first <= last else year1 + 1
    if not (year_in_range(year1) and year_in_range(year2)):
        return DateRange(None, None, (), (Issue("dates", raw.strip(), f"год вне допустимых {YEARS[0]}–{YEARS[1]}"),))
    start, end = quarter_bounds(year1, first)[0], quarter_bounds(year2, last)[1]
    if end < start:
        return DateRange(None, None, (), (Issue("dates", raw.strip(),
                                                "дата окончания раньше начала: даты не приняты, проверьте"),))
    return DateRange(start, end, months_between(start, end), tuple(issues))


def _year_range(raw: str, first: int, last: int) -> DateRange:
    """'2025–2026 гг.' → 2025-01-01..2026-12-31, said as an info."""
    if not (year_in_range(first) and year_in_range(last)):
        return DateRange(None, None, (), (Issue("dates", raw.strip(), f"год вне допустимых {YEARS[0]}–{YEARS[1]}"),))
    if last < first:
        return DateRange(None, None, (), (Issue("dates", raw.strip(),
                                                "дата окончания раньше начала: даты не приняты, проверьте"),))
    start, end = date(first, 1, 1), date(last, 12, 31)
    return DateRange(start, end, months_between(start, end),
                     (Issue("dates", raw.strip(), "указаны только годы: приняты их границы", severity="info"),))


def _whole_year(raw: str, year: int) -> DateRange:
    """'в течение 2024 года' → 2024-01-01..2024-12-31, said as an info."""
    if not year_in_range(year):
        return DateRange(None, None, (), (Issue("dates", raw.strip(), f"год вне допустимых {YEARS[0]}–{YEARS[1]}"),))
    start, end = date(year, 1, 1), date(year, 12, 31)
    return DateRange(start, end, months_between(start, end),
                     (Issue("dates", raw.strip(), "указан только год: приняты его границы", severity="info"),))


def _season(raw: str, season: re.Match, default_year: int | None) -> DateRange:
    """'осенью 2024 года' → 2024-09-01..2024-11-30; 'зима 2024–2025' → 2024-12-01..2025-02-28;
    'зимой 2025' → 2025-01-01..2025-02-28 (one year names that year's part of the winter)."""
    first, last = next(months for stem, months in _SEASON_MONTHS.items()
                       if season.group("season").lower().startswith(stem))
    year = int(season.group("year") or default_year)
    issues = [Issue("dates", raw.strip(), "указано только время года: приняты его границы", severity="info")]
    if not season.group("year"):
        issues.append(Issue("dates", raw.strip(), f"год не указан, принят год отчёта {default_year}",
                            severity="info"))
    start_year, end_year = year, year
    if first > last:  # winter
        if season.group("year2"):
            end_year = int(season.group("year2"))
        else:
            first = 1
    if not (year_in_range(start_year) and year_in_range(end_year)) or end_year < start_year:
        return DateRange(None, None, (), (Issue("dates", raw.strip(), f"год вне допустимых {YEARS[0]}–{YEARS[1]}"),))
    start = date(start_year, first, 1)
    end = date(end_year, last, calendar.monthrange(end_year, last)[1])
    return DateRange(start, end, months_between(start, end), tuple(issues))


def _roman_months_words(match: re.Match) -> str:
    """'XI.' before a year → 'ноября ', 'XI–XII ' → 'ноября - декабря ' (the token reader's month words)."""
    numbers = [ROMAN_MONTHS[match.group("first")]] + ([ROMAN_MONTHS[match.group("last")]] if match.group("last") else [])
    if "." not in match.group("sep") and max(numbers) <= 4:
        return match.group(0)  # 'IV 2024': a quarter as often as April
    first = _GENITIVE_MONTHS[ROMAN_MONTHS[match.group("first")] - 1]
    if match.group("last"):
        return f"{first} - {_GENITIVE_MONTHS[ROMAN_MONTHS[match.group('last')] - 1]} "
    return f"{first} "


def _period_part(raw: str, match: re.Match, default_year: int | None, default_quarter: int | None) -> DateRange:
    """'в конце IV квартала 2025 г.' → 2025-12-01..2025-12-31 (the quarter's last month); 'в начале года' →
    the report's year's I quarter, 'середина года' its II and III, 'конец года' its IV; said as an info."""
    written = match.group("year")
    if written is None and default_year is None:
        return DateRange(None, None, (), (Issue("dates", raw.strip(), "в дате нет года"),))
    year = int(written or default_year)
    if not year_in_range(year):
        return DateRange(None, None, (), (Issue("dates", raw.strip(), f"год вне допустимых {YEARS[0]}–{YEARS[1]}"),))
    third = {"н": 0, "с": 1, "к": 2}[match.group("part")[0].lower()]
    issues: list[Issue] = []
    if match.group("q") or match.group("quarter"):
        if match.group("q"):
            q = match.group("q")
            number = ROMAN_QUARTERS.get(q.upper()) or _QUARTER_WORDS.get(q[:4].lower().replace("ё", "е")) or int(q)
        elif default_quarter is None:
            return DateRange(None, None, (), (Issue("dates", raw.strip(), "не удалось прочитать даты"),))
        else:
            number = default_quarter
            issues.append(Issue("dates", raw.strip(), f"квартал не указан, принят квартал отчёта {number}",
                                severity="info"))
        month = 3 * (number - 1) + 1 + third
        start, end = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        message = "указаны начало, середина или конец квартала: приняты границы его месяца"
    else:
        first_quarter, last_quarter = ((1, 1), (2, 3), (4, 4))[third]
        start, end = quarter_bounds(year, first_quarter)[0], quarter_bounds(year, last_quarter)[1]
        message = "указаны начало, середина или конец года: приняты границы его кварталов"
    issues.insert(0, Issue("dates", raw.strip(), message, severity="info"))
    if written is None:
        issues.append(Issue("dates", raw.strip(), f"год не указан, принят год отчёта {default_year}", severity="info"))
    return DateRange(start, end, months_between(start, end), tuple(issues))


def _month_part_days(match: re.Match) -> str:
    """'в начале ноября' → '1-10 ноября', 'середина ноября' → '11-20 ноября', 'конец ноября' →
    '21 ноября - ноября' (a month alone ends on its last day)."""
    part, month = match.group("part").lower(), match.group("month")
    if part.startswith("начал"):
        return f"1-10 {month}"
    if part.startswith("середин"):
        return f"11-20 {month}"
    return f"21 {month} - {month}"


def _month_numbers_days(match: re.Match) -> str:
    """'20-е числа ноября' → '20 ноября - ноября', '10-х числах ноября' → '10-19 ноября', 'первые числа
    ноября' → '1-10 ноября', 'последние числа ноября' → '21 ноября - ноября' (a month alone ends on its last day)."""
    n, month = match.group("n").lower(), match.group("month")
    if n.startswith("перв"):
        return f"1-10 {month}"
    if n.startswith("последн"):
        return f"21 {month} - {month}"
    tens = 10 if n.startswith(("1", "десят")) else 20 if n.startswith(("2", "двадцат")) else 30
    return f"10-19 {month}" if tens == 10 else f"{tens} {month} - {month}"


def _slash_days(match: re.Match) -> str:
    """'4/5' before a month → '4-5': the night or the two days of one event; a later day after an earlier one only."""
    first, second = int(match.group(1)), int(match.group(2))
    return f"{first}-{second}" if first < second else match.group(0)


def _month_half_days(match: re.Match) -> str:
    """'в первой половине ноября' → '1-15 ноября'; 'вторая половина ноября' → '16 ноября - ноября'
    (a month alone ends on its last day)."""
    month = match.group("month")
    return f"1-15 {month}" if match.group("half").lower()[0] in "п1" else f"16 {month} - {month}"


def _decade_days(match: re.Match) -> str:
    """'II декада ноября' → '11-20 ноября'; the third runs to the month's end: 'III декада ноября'
    → '21 ноября - ноября' (a month alone ends on its last day)."""
    n, month = match.group("n").lower(), match.group("month")
    number = {"i": 1, "ii": 2, "iii": 3}.get(n) or (1 if n.startswith("перв") else 2 if n.startswith("втор")
                                                    else 3 if n.startswith("трет") else int(n))
    return {1: f"1-10 {month}", 2: f"11-20 {month}", 3: f"21 {month} - {month}"}[number]


@lru_cache(maxsize=256)  # every event of a report asks for its quarter's bounds (calendar.monthrange each time)
def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    first_month = 3 * (quarter - 1) + 1
    last_month = first_month + 2
    return date(year, first_month, 1), date(year, last_month, calendar.monthrange(year, last_month)[1])


# A dates cell that names no day but the whole reporting period: «в течение квартала» («на протяжении», «в ходе»,
# «в продолжение квартала» say the same), «ежемесячно»,
# «ежеквартально» (once in the quarter, its day not said), «еженедельно по средам».
_WHOLE_PERIOD_SAID = (
    r"(?:в\s+течени[еи]|на\s+протяжении|в\s+продолжение|в\s+ходе)\s+(?:всего\s+)?(?:отч[её]тного\s+)?"
    r"(?:квартала|периода)(?:\s+(?:19|20)\d{2}\s*(?:г\.|года?)?)?|весь\s+(?:отч[её]тный\s+)?(?:квартал|период)"
    r"|ежемесячно|еженедельно|ежедневно|ежедекадно|ежеквартально|постоянно|регулярно|на\s+постоянной\s+основе"
    r"|в\s+постоянном\s+режиме"
    # a weekly or monthly round said another way (the lead's probe, 29 Nov: «каждую среду» was no date):
    # «каждую среду», «каждый понедельник и четверг», «каждую неделю», «раз в месяц», «2 раза в неделю»
    r"|кажд(?:ый|ую|ое)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|неделю|месяц|декаду)"
    r"(?:\s*(?:,|и)\s*(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))*"
    r"|(?:(?:\d|один|два|три)\s*раз[а]?|раз|дважды|трижды)\s+в\s+(?:неделю|месяц|две\s+недели|декаду)")
_ON_WEEKDAYS = (r"по\s+(?:понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям|выходным|будням)"
                r"(?:\s*(?:,|и)\s*(?:понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям))*")
# Said once or several ways at once: «ежемесячно в течение квартала», «регулярно, на протяжении всего квартала»
# (the lead's probe, 29 Nov: two of them together were no date); «по средам» alone, or after one of them.
_WHOLE_QUARTER = re.compile(
    rf"^\W*(?:(?:{_WHOLE_PERIOD_SAID})(?:[\s,;()–—-]+(?:{_WHOLE_PERIOD_SAID}))*(?:\W*{_ON_WEEKDAYS})?"
    rf"|{_ON_WEEKDAYS})\W*$",
    re.IGNORECASE)


def whole_quarter(raw: str, year: int, quarter: int) -> DateRange | None:
    """«в течение квартала», «ежемесячно», «постоянно» → the report's quarter, said as an info; None
    for any other text (an unreadable date stays a warning without dates)."""
    if not _WHOLE_QUARTER.match(" ".join(raw.split())):
        return None
    if any(int(said) != year for said in re.findall(r"(?:19|20)\d{2}", raw)):
        return None  # «в течение квартала 2024 года» in a 2025 report: not the report's quarter
    start, end = quarter_bounds(year, quarter)
    return DateRange(start, end, months_between(start, end),
                     (Issue("dates", raw.strip(), "день не указан, мероприятие шло весь квартал: приняты "
                                                  "границы квартала отчёта", severity="info"),))


# A dates cell that names no day and no period, only when the event is held: «по мере необходимости», «по запросу»,
# «по согласованию сторон», «по мере поступления заявок». The event is kept without dates, and the reader is told
# why (an info, not the warning of a date the parser could not read).
_WHEN_NEEDED = re.compile(
    r"^\W*(?:проводится\s+|проводятся\s+|осуществляется\s+)?"
    r"(?:по\s+мере\s+(?:необходимости|потребности|поступления\s+(?:заявок|запросов|обращений))"
    r"|по\s+(?:необходимости|запросу|запросам|заявкам|требованию)(?:\s+сторон)?"
    r"|по\s+согласованию(?:\s+(?:сторон|с\s+(?:партн[её]рами|иностранной\s+стороной)))?"
    r"|по\s+договор[её]нности(?:\s+сторон)?|в\s+рабочем\s+порядке|сроки\s+уточняются|дата\s+уточняется)\W*$",
    re.IGNORECASE)


def when_needed(raw: str) -> DateRange | None:
    """«по мере необходимости», «по запросу», «по согласованию сторон» → no dates, said as an info naming the
    phrase; None for any other text (a date written beside it is read as a date first)."""
    text = " ".join(raw.split())
    if not _WHEN_NEEDED.match(text):
        return None
    return DateRange(None, None, (), (Issue("dates", raw.strip(), f"дата не названа («{text.strip(' .;,')}»): "
                                                                 "мероприятие сохранено без даты", severity="info"),))


def quarter_position(start: date | None, end: date | None, year: int, quarter: int) -> str | None:
    """'inside', 'partial' (overlaps the quarter) or 'outside'; dates are never shifted."""
    if start is None or end is None:
        return None
    q_start, q_end = quarter_bounds(year, quarter)
    if q_start <= start and end <= q_end:
        return "inside"
    if end < q_start or start > q_end:
        return "outside"
    return "partial"
