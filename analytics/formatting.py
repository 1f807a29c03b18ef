"""Russian (and English) presentation of numbers, dates, periods and counted nouns.

Everything here is pure: the same helpers format metric cards, table cells, chart labels and the
XLSX filter sheet, so a number reads '1 600' wherever it appears.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

import pandas as pd
from babel import Locale

MONTHS_GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                   "сентября", "октября", "ноября", "декабря")
MONTHS_NOMINATIVE = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                     "сентябрь", "октябрь", "ноябрь", "декабрь")
MONTHS_SHORT = ("янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.",
                "нояб.", "дек.")
# a day's month, abbreviated (CLDR ru, format abbreviated): «1 июл.», «1 мая» — never «1 июль»
MONTHS_SHORT_GENITIVE = ("янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.",
                         "нояб.", "дек.")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
THOUSANDS = " "

# Counted nouns: (one, few, many) in Russian, (one, other) in English.
EVENTS = (("мероприятие", "мероприятия", "мероприятий"), ("event", "events"))
COUNTRIES = (("страна", "страны", "стран"), ("country", "countries"))
REGIONS = (("регион", "региона", "регионов"), ("region", "regions"))
PEOPLE = (("человек", "человека", "человек"), ("person", "people"))
AGREEMENTS = (("соглашение", "соглашения", "соглашений"), ("agreement", "agreements"))


def plural_category(n, lang: str = "ru") -> str:
    """CLDR plural category of n in `lang` (Babel): ru 1 → 'one', 62 → 'few', 111 → 'many', 1.5 → 'other';
    en 1 → 'one', anything else → 'other'. Negative numbers agree like their absolute value."""
    number = abs(n)
    if isinstance(number, float) and number.is_integer():
        number = int(number)
    return _locale(lang).plural_form(number)


@lru_cache(maxsize=4)
def _locale(lang: str) -> Locale:
    return Locale.parse("ru" if lang == "ru" else "en")


def plural_ru(n: int, forms: tuple[str, str, str]) -> str:
    """Pick the form for n: 1 мероприятие, 2 мероприятия, 5 мероприятий, 21 мероприятие, 111 мероприятий.
    `forms` is (one, few, many); a fraction ('other' in CLDR) takes the genitive singular, the 'few' form."""
    return {"one": forms[0], "few": forms[1], "many": forms[2], "other": forms[1]}[plural_category(n, "ru")]


def plural_word(n, noun: tuple[tuple[str, str, str], tuple[str, str]], lang: str = "ru") -> str:
    """The noun that agrees with n: plural_word(62, EVENTS) → 'мероприятия'; (1, EVENTS, 'en') → 'event'."""
    ru, en = noun
    if lang == "ru":
        return plural_ru(n, ru)
    return en[0] if plural_category(n, "en") == "one" else en[1]


def count_phrase(n: int, noun: tuple[tuple[str, str, str], tuple[str, str]], lang: str = "ru",
                 lower_bound: bool = False) -> str:
    """count_phrase(31, EVENTS) → '31 мероприятие'; count_phrase(1600, PEOPLE) → '1 600 человек';
    a lower bound keeps its sign: count_phrase(400, PEOPLE, lower_bound=True) → '≥ 400 человек'.
    The one formatter behind captions, tooltips, chart labels and the briefing's sentences."""
    if is_missing(n):
        return "—"
    return f"{format_attendance(n, lower_bound, lang)} {plural_word(n, noun, lang)}"


def is_missing(value) -> bool:
    """None, NaN, pd.NA and NaT are all missing: table cells come in every flavour."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def format_int(value, lang: str = "ru") -> str:
    """1600 → '1 600' (ru) or '1,600' (en); None/NaN/NA → '—'."""
    if is_missing(value):
        return "—"
    text = f"{int(round(float(value))):,}"
    return text.replace(",", THOUSANDS if lang == "ru" else ",")


def format_number(value: float, digits: int = 1, lang: str = "ru") -> str:
    """12.5 → '12,5'; 1234.5 → '1 234,5'."""
    if is_missing(value):
        return "—"
    text = f"{float(value):,.{digits}f}"
    if lang == "ru":
        text = text.replace(",", "\u0000").replace(".", ",").replace("\u0000", THOUSANDS)
    return text


def format_percent(share: float | None, lang: str = "ru") -> str:
    """0.125 → '12,5 %' (ru, with the space Russian typography puts before %) or '12.5%' (en)."""
    if is_missing(share):
        return "—"
    number = format_number(share * 100, 1, lang)
    return f"{number} %" if lang == "ru" else f"{number}%"


def format_attendance(value, lower_bound: bool, lang: str = "ru") -> str:
    """A count the report gives as a minimum ('более 1600 человек') → '≥ 1 600'."""
    text = format_int(value, lang)
    return f"≥ {text}" if lower_bound and text != "—" else text


SHORT_HASH_CHARS = 8


def short_hash(value, chars: int = SHORT_HASH_CHARS) -> str:
    """A file's SHA-256 as a table shows it: its first `chars` hex digits and «…» ('58fbe8e1…'), «—» when
    missing. The 64 digits took the loads log's room at 1366 and cut the file names beside them
    («smolensk_inte…»); the full hash stays where it is read whole (the Реестр's event card, the upload
    preview, every download of events)."""
    if value is None or is_missing(value) or not str(value).strip():
        return "—"
    text = str(value).strip()
    return text if len(text) <= chars else text[:chars] + "…"


def format_attendance_total(head, lang: str = "ru") -> str:
    """The participants of a selection (a headline row: attendance, attendance_known,
    attendance_lower_bound) → '≥ 13 653', or '—' when none of its events states a count.

    The sum of no stated counts is 0, and the metric «Участники, всего» said «0» for the one event with
    Mongolia (its count not given) beside «Численность указана: 0 из 1» — a meeting reads that as
    nobody came. Unknown is shown as unknown, as in every table cell."""
    if is_missing(head["attendance_known"]) or int(head["attendance_known"]) == 0:
        return "—"
    return format_attendance(head["attendance"], bool(head["attendance_lower_bound"]), lang)


def _as_date(value) -> date | None:
    """A date, or None for every missing flavour — pd.NaT is a datetime too, so it is checked first."""
    if value is None or is_missing(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return pd.Timestamp(value).date()
    except (TypeError, ValueError):
        return None


def format_date(value, lang: str = "ru") -> str:
    """date(2024, 9, 25) → '25 сентября 2024' (ru) or '25 September 2024' (en)."""
    day = _as_date(value)
    if day is None:
        return "—"
    months = MONTHS_GENITIVE if lang == "ru" else MONTHS_EN
    return f"{day.day} {months[day.month - 1]} {day.year}"


def format_datetime(value, lang: str = "ru") -> str:
    """A moment in the app's date style: '27 ноября 2026, 03:04' (ru), '27 November 2026, 03:04' (en)."""
    if value is None or pd.isna(value):
        return "—"
    moment = pd.Timestamp(value)
    return f"{format_date(moment.date(), lang)}, {moment:%H:%M}"


def format_date_range(start, end, lang: str = "ru") -> str:
    """26–28 сентября 2024; 30 сентября – 1 октября 2024; a single day prints once."""
    a, b = _as_date(start), _as_date(end)
    if a is None:
        return "—"
    if b is None or b == a:
        return format_date(a, lang)
    months = MONTHS_GENITIVE if lang == "ru" else MONTHS_EN
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {months[a.month - 1]} {a.year}"
    if a.year == b.year:
        return f"{a.day} {months[a.month - 1]} – {b.day} {months[b.month - 1]} {b.year}"
    return f"{format_date(a, lang)} – {format_date(b, lang)}"


def format_quarter(year: int, quarter: int, lang: str = "ru") -> str:
    """(2024, 4) → 'IV кв. 2024' (ru) or 'Q4 2024' (en)."""
    return f"{ROMAN[quarter]} кв. {year}" if lang == "ru" else f"Q{quarter} {year}"


QUARTER_CODE = re.compile(r"^(\d{4})Q([1-4])$")
ROMAN_QUARTERS = ("I", "II", "III", "IV")


def quarter_months(code: str) -> list[str]:
    """'2024Q4' → ['2024-10', '2024-11', '2024-12']; anything else → []."""
    match = QUARTER_CODE.match(str(code))
    if not match:
        return []
    year, quarter = int(match.group(1)), int(match.group(2))
    return [f"{year}-{month:02d}" for month in range(3 * quarter - 2, 3 * quarter + 1)]


def quarter_of_month(month: str) -> str | None:
    """'2024-11' → '2024Q4'."""
    try:
        year, number = int(str(month)[:4]), int(str(month)[5:7])
    except ValueError:
        return None
    return f"{year}Q{(number - 1) // 3 + 1}" if 1 <= number <= 12 else None


def quarter_label(code: str, lang: str = "ru") -> str:
    """'2024Q4' → 'IV кв. 2024' (Russian) or 'Q4 2024' (English)."""
    match = QUARTER_CODE.match(str(code))
    if not match:
        return str(code)
    year, quarter = match.group(1), int(match.group(2))
    return f"{ROMAN_QUARTERS[quarter - 1]} кв. {year}" if lang == "ru" else f"Q{quarter} {year}"


def month_label(month: str, lang: str = "ru", short: bool = False) -> str:
    """'2024-11' → 'ноябрь 2024' (or 'нояб. 2024' short; 'November 2024' in English)."""
    try:
        year, number = int(month[:4]), int(month[5:7])
    except (TypeError, ValueError):
        return str(month)
    if lang == "ru":
        name = (MONTHS_SHORT if short else MONTHS_NOMINATIVE)[number - 1]
    else:
        name = MONTHS_EN[number - 1][:3] if short else MONTHS_EN[number - 1]
    return f"{name} {year}"


_MARKDOWN_ALWAYS = frozenset("\\`*{}[]<>~$|@")
_MARKDOWN_ESCAPES = str.maketrans({ch: "\\" + ch for ch in _MARKDOWN_ALWAYS})  # one C pass, not a Python loop per character
_MARKDOWN_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")  # intraword «a_b» is never emphasis
_MARKDOWN_COLON = re.compile(r":(?=[A-Za-z])")             # :material/…:, :red[…], :emoji: directives
_AUTOLINK = re.compile(r"(?i)(?<=:)(?=//)|(?<=\bwww)(?=\.)|(?<=@)(?=\w)")  # http://, www., a@b.ru
_WORD_JOINER = "\u2060"  # invisible: the text reads the same, but no autolink pattern matches it
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([#>+=\-]|\d+[.)])")  # headings, quotes, lists, setext lines


def markdown_literal(text) -> str:
    """Report text made literal for a Markdown renderer: every character that could start markup is
    backslash-escaped (CommonMark renders an escaped ASCII punctuation character as itself).

    A title such as «![x](http://evil/p.png) [ссылка](http://evil) <http://evil> :red[!] $x$» then shows
    exactly those characters: no image is fetched, no link is clickable, no colour, icon or formula
    applies. Streamlit's Markdown also turns bare «http://…», «www.…» and «a@b.ru» into links after
    escapes are resolved, and «:material/home:» into an icon, so those get an invisible word joiner
    that breaks the pattern. Ordinary Russian text («Смоленская область, IV кв. 2024») is left as it is, and line
    breaks become Markdown hard breaks so a multi-line cell still reads as lines."""
    if text is None:
        return ""
    lines = []
    for line in str(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.translate(_MARKDOWN_ESCAPES)
        line = _MARKDOWN_UNDERSCORE.sub(r"\\_", line)
        line = _MARKDOWN_COLON.sub("\\\\:" + _WORD_JOINER, line)
        line = _AUTOLINK.sub(_WORD_JOINER, line)
        line = _MARKDOWN_LINE_START.sub(lambda m: m.group(1) + "".join("\\" + c if not c.isdigit() else c
                                                                       for c in m.group(2)), line)
        lines.append(line)
    return "  \n".join(lines)


# ------------------------------------------------------------------ whole columns at once

def format_ints(values, lang: str = "ru") -> pd.Series:
    """A column of counts → '1 600' / '1,600' strings, '—' where missing, without a Python loop."""
    series = pd.Series(values)
    numbers = pd.to_numeric(series, errors="coerce").round().astype("Int64")
    text = numbers.astype("string").str.replace(r"\B(?=(\d{3})+(?!\d))", THOUSANDS if lang == "ru" else ",",
                                                regex=True)
    return text.fillna("—").astype(object)


def format_attendances(values, lower_bounds, lang: str = "ru") -> pd.Series:
    """format_attendance over columns: '≥ 1 600' where the count is a minimum."""
    text = format_ints(values, lang)
    bound = pd.Series(lower_bounds, index=text.index).fillna(False).astype(bool) & (text != "—")
    return text.where(~bound, "≥ " + text)


def format_date_ranges(starts, ends, lang: str = "ru") -> pd.Series:
    """format_date_range over two columns (the Реестр's page of rows): same strings, one pass.

    A row without a start date reads '—'; a missing end is the start."""
    start = pd.to_datetime(pd.Series(starts), errors="coerce")
    end = pd.to_datetime(pd.Series(ends, index=start.index), errors="coerce").fillna(start)
    months = pd.Series(MONTHS_GENITIVE if lang == "ru" else MONTHS_EN)

    def parts(column: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
        day = column.dt.day.astype("Int64").astype("string")
        month = column.dt.month.astype("Int64")
        name = pd.Series(months.reindex((month - 1).fillna(0).astype(int)).to_numpy(), index=column.index)
        return day, name, column.dt.year.astype("Int64").astype("string")

    d1, m1, y1 = parts(start)
    d2, m2, y2 = parts(end)
    same_year = start.dt.year == end.dt.year
    same_month = same_year & (start.dt.month == end.dt.month)
    same_day = same_month & (start.dt.day == end.dt.day)
    out = d1 + " " + m1 + " " + y1 + " – " + d2 + " " + m2 + " " + y2
    out = out.where(~same_year, d1 + " " + m1 + " – " + d2 + " " + m2 + " " + y2)
    out = out.where(~same_month, d1 + "–" + d2 + " " + m1 + " " + y1)
    out = out.where(~same_day, d1 + " " + m1 + " " + y1)
    return out.where(start.notna(), "—").astype(object)
