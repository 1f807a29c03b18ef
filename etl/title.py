"""Pure: the title block → region (nominative), year, quarter; the footer → notes with numbers."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import compress

from .dates import with_roman_letters
from .errors import ReportError
from .lemmas import digit_lookalikes, fold, matching_form, morph, word_cache
from .limits import YEARS, year_in_range

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4}
_QUARTER = re.compile(
    r"(?:\b(?P<q>IV|I{1,3}|[1-4])\s*(?:-?\s*(?:[ыио]?й|[ыо]?м|го)\b\s*)?|\b(?P<word>перв|втор|трет|четв[её]рт)[а-я]*\s+)"
    r"(?:квартал\w*|кв\b\.?)\s*(?:[а-яё]+\s+){0,2}?(?P<year>\d{4})(?!\d)", re.IGNORECASE)
# The year written first: «в 2024 году (IV квартал)», «2025 г., 2 кв.», «за 2024 год – четвёртый квартал».
_QUARTER_AFTER_YEAR = re.compile(
    r"(?P<year>(?:19|20)\d{2})(?!\d)\s*(?:г\.?|год[ау]?)?[\s,.:;()–—-]{0,6}(?:за\s+|в\s+)?"
    r"(?:\b(?P<q>IV|I{1,3}|[1-4])\s*(?:-?\s*(?:[ыио]?й|[ыо]?м|го)\b\s*)?|\b(?P<word>перв|втор|трет|четв[её]рт)[а-я]*\s+)"
    r"(?:квартал\w*|кв\b\.?)", re.IGNORECASE)
# Periods other than a quarter: refused with a clear message, since the database keeps quarters.
_OTHER_PERIOD = re.compile(
    r"(?P<period>(?:\b(?:I{1,2}|[12]|перв\w*|втор\w*)\s*(?:-?[ем]\s*)?полугоди\w*|\b9\s+месяц\w*|девять\s+месяц\w*)"
    r"\s+(?:[а-яё]+\s+){0,2}?(?:19|20)\d{2})", re.IGNORECASE)
# A quarter named together with the cumulative period it closes: «за III квартал и 9 месяцев 2025 г.», «за 9 месяцев
# (III квартал) 2025 года», «за II квартал / I полугодие 2025 г.», «за четвёртый квартал и второе полугодие 2025 года».
# The events are the quarter's; a period the quarter does not close («I квартал и 9 месяцев») is refused.
_Q_WORDS = (r"(?:\b(?P<{q}>IV|I{{1,3}}|[1-4])\s*(?:-?\s*(?:[ыио]?й|[ыо]?м|го)\b\s*)?"
            r"|\b(?P<{w}>перв|втор|трет|четв[её]рт)[а-я]*\s+)(?:квартал\w*|кв\b\.?)")
_CUMULATIVE = (r"(?:\b9\s+месяц\w*|\bдевят\w*\s+месяц\w*"
               r"|(?:\b(?P<{h}>I{{1,2}}|[12])|\b(?P<{hw}>перв|втор)\w*)\s*(?:-?[ем]\s*)?полугоди\w*)")
_JOIN = r"\s*(?:\bи\b|/|,|\(|–|—|-)\s*"
_QUARTER_WITH_CUMULATIVE = re.compile(
    "(?:" + _Q_WORDS.format(q="q", w="word") + _JOIN + "(?P<span>" + _CUMULATIVE.format(h="h", hw="hw") + r")\s*\)?"
    "|(?P<span2>" + _CUMULATIVE.format(h="h2", hw="hw2") + ")" + _JOIN + _Q_WORDS.format(q="q2", w="word2")
    + r"\s*\)?)\s*(?P<year>(?:19|20)\d{2})(?!\d)"
    # the year between: «за 9 месяцев 2025 года (III квартал)»
    "|(?P<span3>" + _CUMULATIVE.format(h="h3", hw="hw3") + r")\s*(?P<year3>(?:19|20)\d{2})(?!\d)\s*(?:г\.|года?)?"
    + _JOIN + _Q_WORDS.format(q="q3", w="word3") + r"\)?", re.IGNORECASE)
_MONTH = (r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*")
# A period written as months or dates: «за июль – сентябрь 2025 года», «январь-март 2025 г.», «октябрь, ноябрь,
# декабрь 2025 года» (a list: its months one after another),
# «за период с 01.10.2025 по 31.12.2025»: a quarter when it spans exactly one.
_MONTH_SPAN = re.compile(r"\b(?P<first>" + _MONTH + r")(?:\s+(?P<first_year>(?:19|20)\d{2}))?(?:\s*г(?:ода?)?\.?)?"
                         r"(?:\s*(?:[-–—]|\bпо\b)\s*|(?P<middle>(?:\s*,\s*" + _MONTH + r")+)\s*(?:,|\bи\b)\s*)"
                         r"(?P<last>" + _MONTH + r")\s+(?P<year>(?:19|20)\d{2})(?!\d)",
                         re.IGNORECASE)
_DATE_SPAN = re.compile(r"(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\.(?P<y1>(?:19|20)\d{2})\s*(?:г\.?\s*)?(?:[-–—]|\bпо\b)\s*"
                        r"(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>(?:19|20)\d{2})(?!\d)")
# «за период с 1 октября по 31 декабря 2024 года», «1 июля 2025 г. – 30 сентября 2025 г.»: days with month words,
# from a month's first day to a month's last (an event's dates, «30 сентября – 1 октября 2024», are no period).
_WORD_DATE_SPAN = re.compile(r"\b(?P<d1>0?1)\s+(?P<m1>" + _MONTH + r")(?:\s+(?P<y1>(?:19|20)\d{2})\s*(?:г(?:ода?)?\.?)?)?"
                             r"\s*(?:[-–—]|\bпо\b)\s*(?P<d2>2[89]|3[01])\s+(?P<m2>" + _MONTH + r")\s+"
                             r"(?P<y2>(?:19|20)\d{2})(?!\d)", re.IGNORECASE)
_ONE_MONTH = re.compile(r"\bза\s+(?P<period>" + _MONTH + r"\s+(?:19|20)\d{2})(?!\d)", re.IGNORECASE)
_YEAR_REPORT = re.compile(r"\bза\s+(?P<period>(?:19|20)\d{2}\s+год)\b", re.IGNORECASE)
_FEDERAL_CITY = re.compile(r"(?:\bг\.\s*|\bгорода\s+)(?P<city>Москв|Санкт-Петербург|Севастопол)\w*")
_FEDERAL_CITY_NAMES = {"Москв": "Москва", "Санкт-Петербург": "Санкт-Петербург", "Севастопол": "Севастополь"}
_REGION = re.compile(
    r"(?P<adj>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)\s+(?P<kind>области|края|автономного\s+округа|автономной\s+области)"
    r"|(?P<rep>Республик[аиеу])\s+(?P<name>[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?)")
_KIND_NOMINATIVE = {"области": "область", "края": "край", "автономного округа": "автономный округ",
                    "автономной области": "автономная область"}
_NUMBER_IN_NOTE = re.compile(r"\b(\d+)\s+(?:встреч|мероприят|прием|переговор|визит)", re.IGNORECASE)


@dataclass(frozen=True)
class ReportMeta:
    region: str
    year: int
    quarter: int
    from_file_name: bool = field(default=False, compare=False)  # the title lacked them: read from the file's name


_NOT_FOUND = "в заголовке не найден"  # the two refusals a file's name may answer (region; quarter and year)


def parse_title(title: str, file_name: str = "", named: str | None = None) -> ReportMeta:
    """'… исполнительными органами Смоленской области … в IV квартале 2024 года'
    → ('Смоленская область', 2024, 4).

    A document without a title, or whose title leaves out its region or quarter, is often named
    after it ('Отчет Смоленской области за IV квартал 2024 года.docx', 'Смоленская_обл_IV_кв_2024.docx'):
    then what the title lacks is read from the name. A title that names another period (9 months,
    a year) is refused as before: the name never overrides what the title says. `named`: the name
    the file was uploaded under when it is stored under a shortened one."""
    # 'за Ⅳ квартал' typed with the one-sign numeral; the title read as every cell is (matching_form): a
    # zero-width space in '20\u200b24', a soft hyphen, a Latin 'o' in 'Смoленской' typed mid-word lost the
    # report's year or region, and the whole quarter was refused
    # …and a year typed with a Latin or Cyrillic «O» for a zero, an «l» for a one ('2O24', '2О2l')
    title = with_roman_letters(digit_lookalikes(matching_form(title)))
    try:
        return _parse_title_text(" ".join(title.split()), file_name)
    except ReportError as exc:
        name = _name_as_title(named or file_name)
        if not name or not exc.message.startswith(_NOT_FOUND):
            raise
        try:
            meta = _parse_title_text(" ".join(f"{title} {name}".split()), file_name)
        except ReportError:
            raise exc from None
        return ReportMeta(meta.region, meta.year, meta.quarter, from_file_name=True)


def _name_as_title(file_name: str) -> str:
    """'Смоленская_обл_IV_кв_2024.docx' → 'Смоленская обл IV кв 2024'."""
    from pathlib import PurePath

    return " ".join(PurePath(file_name).stem.replace("_", " ").split()) if file_name else ""


def _quarter_closing_a_period(text: str, file_name: str) -> str:
    """«… за III квартал и 9 месяцев 2025 г.» → «… за III квартал 2025 г.»: the quarter a title names with the
    cumulative period it closes (9 months → III, a first half → II, a second half → IV). A period the quarter does
    not close is refused, naming both; a title without such a pair is returned as it is."""
    found = _QUARTER_WITH_CUMULATIVE.search(text)
    if found is None:
        return text
    g = found.groupdict()
    which = "" if g["span"] else "2" if g["span2"] else "3"
    q_text, word = g["q" + which], g["word" + which]
    half, half_word = g["h" + which], g["hw" + which]
    year = g["year3"] or g["year"]
    quarter = ORDINALS[fold(word).lower()] if word else (ROMAN.get(q_text.lower()) or int(q_text))
    closed = 3 if not (half or half_word) else 2 if (half or "").upper() in ("I", "1") or \
        (half_word or "").lower().startswith("перв") else 4
    if quarter != closed:
        raise ReportError(f"отчёт не за квартал («{found.group(0)}»): квартал не завершает названный период — "
                          "загрузите отчёт за каждый квартал отдельно", file=file_name, field="заголовок")
    return f"{text[:found.start()]}{q_text or word} квартал {year}{text[found.end():]}"


def _parse_title_text(text: str, file_name: str) -> ReportMeta:
    text = _quarter_closing_a_period(text, file_name)
    quarter = _QUARTER.search(text) or _QUARTER_AFTER_YEAR.search(text)
    if quarter:
        year = int(quarter.group("year"))
        if quarter.group("word"):
            q = ORDINALS[fold(quarter.group("word")).lower()]
        else:
            q_text = quarter.group("q").lower()
            q = ROMAN.get(q_text) or int(q_text)
    else:
        year, q = _quarter_of_span(text, file_name)
    region = _region(text)
    if region is None:
        raise ReportError("в заголовке не найден регион (например, «Смоленской области»)",
                          file=file_name, field="заголовок")
    if not year_in_range(year):
        raise ReportError(f"год отчёта {year} вне допустимых {YEARS[0]}–{YEARS[1]}", file=file_name,
                          field="заголовок")
    return ReportMeta(region=region, year=year, quarter=q)


@lru_cache(maxsize=1)
def _quarter_of_span(text: str, file_name: str) -> tuple[int, int]:
    """The quarter a title names by its months or dates («за июль – сентябрь 2025 года» → 2025, 3;
    «с 01.10.2025 по 31.12.2025» → 2025, 4). Any other period is refused, naming it: the database
    keeps quarters."""
    def refuse(period: str):
        return ReportError(f"отчёт не за квартал («{period}»): база хранит отчёты по кварталам — "
                           "загрузите отчёт за каждый квартал отдельно", file=file_name, field="заголовок")

    if months := _MONTH_SPAN.search(text):
        first, last = _month_of(months.group("first")), _month_of(months.group("last"))
        year = int(months.group("year"))
        same_year = months.group("first_year") in (None, months.group("year"))
        listed = [_month_of(m) for m in re.findall(_MONTH, months.group("middle") or "", re.IGNORECASE)]
        in_order = not listed or [first, *listed, last] == list(range(first, last + 1))
        if same_year and in_order and first % 3 == 1 and last == first + 2:
            return year, (first + 2) // 3
        raise refuse(months.group(0))
    dates = _DATE_SPAN.search(text)
    if dates is None and (worded := _WORD_DATE_SPAN.search(text)):
        d1, d2, y2 = int(worded.group("d1")), int(worded.group("d2")), int(worded.group("y2"))
        m1, m2 = _month_of(worded.group("m1")), _month_of(worded.group("m2"))
        y1 = int(worded.group("y1") or y2)
        last_day = {3: 31, 6: 30, 9: 30, 12: 31}.get(m2)
        if y1 == y2 and d1 == 1 and m1 % 3 == 1 and m2 == m1 + 2 and d2 == last_day:
            return y1, (m1 + 2) // 3
        raise refuse(worded.group(0))
    if dates:
        d1, m1, y1, d2, m2, y2 = (int(dates.group(k)) for k in ("d1", "m1", "y1", "d2", "m2", "y2"))
        last_day = {3: 31, 6: 30, 9: 30, 12: 31}.get(m2)
        if y1 == y2 and d1 == 1 and m1 % 3 == 1 and m2 == m1 + 2 and d2 == last_day:
            return y1, (m1 + 2) // 3
        raise refuse(dates.group(0))
    other = _OTHER_PERIOD.search(text) or _ONE_MONTH.search(text) or _YEAR_REPORT.search(text)
    if other:
        raise refuse(other.group("period"))
    raise ReportError("в заголовке не найден квартал и год (например, «в IV квартале 2024 года»)",
                      file=file_name, field="заголовок")


def _month_of(word: str) -> int:
    from .dates import MONTH_STEMS  # the one table of month stems

    word = word.upper().lower()  # 'ᲃентябрь' (wide es) matched the caseless pattern as 'сентябрь'
    return next(n for stem, n in sorted(MONTH_STEMS.items(), key=lambda kv: -len(kv[0])) if word.startswith(stem))


def _reference_regions() -> list[tuple[tuple[str, ...], str]]:
    """(lemmas of the name, name) for every Russian region of ru_regions.csv, longest first."""
    import csv

    from .config import REFERENCE_DIR
    from .lemmas import lemma, tokens

    with open(REFERENCE_DIR / "ru_regions.csv", encoding="utf-8") as handle:
        names = [(row["region"], row["region"]) for row in csv.DictReader(handle)]
    # the names a region goes by besides its official one: «Смоленщина», «Кузбасс», «Якутия», «Югра»
    with open(REFERENCE_DIR / "ru_region_aliases.csv", encoding="utf-8") as handle:
        names += [(row["alias"], row["region"]) for row in csv.DictReader(handle)]
    entries = [(tuple(lemma(word) for word, _, _ in tokens(said)), name) for said, name in names]
    return sorted(entries, key=lambda entry: -len(entry[0]))


@lru_cache(maxsize=1)
def _reference_regions_by_first() -> dict[str, tuple[tuple[int, tuple[str, ...], str], ...]]:
    """first lemma → (place in _reference_regions(), lemmas, name) of the names it starts."""
    index: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
    for order, (seq, name) in enumerate(_reference_regions()):
        if seq:
            index.setdefault(seq[0], []).append((order, seq, name))
    return {first: tuple(entries) for first, entries in index.items()}


def _reference_region(text: str) -> str | None:
    """'Удмуртской Республики', 'Республики Саха (Якутия)', 'Чувашской Республики – Чувашии' →
    the name as the reference writes it, in any case the title uses.

    At each word, only the names that word can start are tried (by its lemmas), in the order of
    _reference_regions(): the longest first, as when every name was tried at every word."""
    from .lemmas import lemma_set, tokens

    words = [lemma_set(word) for word, _, _ in tokens(text)]
    by_first = _reference_regions_by_first()
    for start in range(len(words)):  # the first region named, by its longest matching name
        candidates = sorted(entry for lemma_ in words[start] for entry in by_first.get(lemma_, ()))
        for _, seq, name in candidates:
            if start + len(seq) <= len(words) and all(seq[k] in words[start + k] for k in range(1, len(seq))):
                return name
    return None


_SHORT_KIND = re.compile(r"\b(обл|авт\.\s*окр|АО)\.?(?=[\s,)]|$)")
_BARE_FEDERAL_CITY = re.compile(r"\b(?P<city>Москв|Санкт-Петербург|Севастопол)(?:а|ы|я|е|ь|у)?\b")


def _region(text: str) -> str | None:
    """The reporting region in the nominative. A federal city has one name however the title puts it
    («г. Москвы», «города Москвы», «Правительства Москвы» → «Москва»), and «обл.» is «области»."""
    text = _SHORT_KIND.sub(lambda m: "области" if m.group(1) == "обл" else "автономного округа", text)
    known = _reference_region(text)
    if known:
        return known.removeprefix("Город ") if known.startswith("Город ") else known
    for match in _REGION.finditer(text):
        if match.group("adj"):
            kind = " ".join(match.group("kind").split())
            gender = {"femn"} if kind in ("области", "автономной области") else {"masc"}
            parse = next((p for p in morph().parse(match.group("adj")) if "ADJF" in p.tag), None)
            if parse is None:
                continue
            form = parse.inflect({"nomn", "sing"} | gender)
            adjective = "-".join(part.capitalize() for part in (form.word if form else parse.normal_form).split("-"))
            return f"{adjective} {_KIND_NOMINATIVE[kind]}"
        return f"Республика {match.group('name')}"
    city = _FEDERAL_CITY.search(text) or _BARE_FEDERAL_CITY.search(text)
    return _FEDERAL_CITY_NAMES[city.group("city")] if city else None


def note_number(note: str) -> int | None:
    """'состоялось 4 встречи (приемы, переговоры) …' → 4."""
    match = _NUMBER_IN_NOTE.search(note)
    if not match:
        return None
    digits = match.group(1).lstrip("0") or "0"
    return int(digits) if len(digits) <= 18 else 10 ** 18  # longer is no count; the caller bounds it


def region_genitive(region: str) -> str:
    """'Смоленская область' → 'Смоленской области'; 'Пермский край' → 'Пермского края';
    'Республика Карелия' → 'Республики Карелия'."""
    words = region.split()
    out = []
    for word in words:
        if word == "Республика":
            out.append("Республики")
        elif word == "область":
            out.append("области")
        elif word == "край":
            out.append("края")
        elif word == "округ":
            out.append("округа")
        elif word.endswith("ая") and word[0].isupper() or word == "автономная":
            out.append(word[:-2] + "ой")
        elif word.endswith(("ий", "ый")) and (word[0].isupper() or word == "автономный"):
            out.append(word[:-2] + "ого")
        else:
            out.append(word)
    return " ".join(out)


# Letters of an institution that begin with its town's first syllable: «СмолГУ», «ЯрГУ», «ВолГУ».
_MIXED_LETTERS = re.compile(r"[А-ЯЁ][а-яё]{2,}[А-ЯЁ]{1,4}")


@dataclass(frozen=True)
class Home:
    """The reporting region: recognises its name and its capital in any case."""

    region: str
    adjective: str | None   # lemma: 'смоленский'
    centre: str | None      # folded: 'смоленск'
    name: str | None = None  # lemma of a republic's own noun: 'карелия' (Республика Карелия)

    @property
    def own_word(self) -> str | None:
        """The lemma that marks an organisation's name as the region's own: 'Смоленский …' or
        '… Карелии'."""
        return self.adjective or self.name

    def names_own_institution(self, place: str) -> bool:
        """Whether a venue names an institution by the region's or its centre's adjective: «Ярославский
        государственный университет», «Смоленская областная библиотека», «Казанский федеральный университет» in
        Tatarstan's report, «Карельский филиал …». The institution is where the region is (as a venue, unlike
        'смоленских вузов' in a participants cell, which mentioned_in leaves to the row)."""
        from .lemmas import lemma_set, words

        centre = self.centre.rstrip("аяоеиуыьй") if self.centre and " " not in self.centre else None
        name = self.name[:4] if self.name else None
        for word in words(place):
            if not word[:1].isupper():
                continue
            key = fold(word)
            if (self.adjective and self.adjective in lemma_set(word)) or (centre and key.startswith(centre)) \
                    or (name and key.startswith(name)):
                return True
            if centre and len(centre) >= 4 and _MIXED_LETTERS.fullmatch(word) and key.startswith(centre[:4]):
                return True  # «СмолГУ», «ВоронГУ»: the centre's first letters and the institution's capitals
        return False

    def mentioned_in(self, text: str) -> bool:
        """'г. Смоленск', 'Смоленской области', 'в Смоленске' → True; 'смоленских вузов' → False."""
        from .lemmas import lemma_set, words

        names = words(text)
        if self.centre and " " in self.centre and _names_phrase(names, tuple(self.centre.split())):
            return True  # 'г. Великий Новгород', 'в Нижнем Новгороде': a centre of two words
        kinds = list(map(_home_word_test(self.centre, self.adjective, self.name), names))
        for i in compress(range(len(names)), kinds):
            if kinds[i] in ("centre", "name"):
                return True
            following = {l for w in names[i + 1:i + 3] for l in lemma_set(w)}
            # 'Новгородской области', 'Новгородский район', 'Смоленского р-на'
            if following & _HOME_UNITS or any(fold(w).startswith("р-н") for w in names[i + 1:i + 3]):
                return True
        from .geo import (country_mentions, foreign_countries_by_name, names_district, names_rural_place,
                          russian_town_regions, shared_town_regions)

        # 'г. Боровичи': a town of the region, unless the cell names another region with it
        # ('г. Рославль, Нижегородская область': the clerk's own words win over the gazetteer)
        from .geo import russian_regions_by_letters

        lettered = russian_regions_by_letters(text)
        if lettered:
            return self.region in lettered  # «г. Радужный, ХМАО»: the region its letters name, ours or another
        towns = russian_town_regions(text)
        if self.region in towns:
            return not _names_a_region(text)
        # 'ст. Раздорская', 'х. Недвиговка, Мясниковский район': a village named without its region is the
        # region's own, unless the cell names a town elsewhere, another region or a foreign country
        if not towns and self.region in shared_town_regions(text):
            # «г. Советск» in a Kaliningrad report, «г. Светлогорск» (a Belarusian town's name too): a
            # name several places share is the clerk's own unless another region or a country is named
            return not _names_a_region(text) and not foreign_countries_by_name(text)
        # «Гунибский район» alone: a district named without its region is the region's own too
        return (not towns and (names_rural_place(text) or names_district(text)) and not _names_a_region(text)
                and not any(m.code != "RU" for m in country_mentions(text)))


# A Russian region named by its adjective ('Нижегородская область', 'Томской обл.', 'Алтайского края',
# 'Ханты-Мансийский автономный округ'): asked only once the region's own name was not found.
_OTHER_REGION = re.compile(r"([А-ЯЁ][а-яё-]+(?:ая|ой|ую|ий|ого|ом))\s+(?:област|обл\.|кра[йяюе]|автономн)")
_REPUBLIC_NOUN = re.compile(r"\b(?:[Рр]еспублик[аиуеой]{1,2}|[Рр]есп\.)\s+([А-ЯЁ][а-яё]+)")
_REPUBLIC_ADJECTIVE = re.compile(r"([А-ЯЁ][а-яё-]+)\s+[Рр]еспублик")


def _names_a_region(text: str) -> bool:
    """Whether a cell names a Russian region ('Нижегородская область', 'Республика Башкортостан',
    'Чувашской Республики'); not a foreign republic ('Республика Беларусь')."""
    from .geo import names_foreign_region

    if any(not names_foreign_region(m.group(1)) for m in _OTHER_REGION.finditer(text)):
        return True  # 'Нижегородская область', not 'Витебская область' (Belarus)
    if "есп" not in text:
        return False
    from .lemmas import lemma

    nouns, adjectives = _republic_nouns()
    return any(lemma(m.group(1)) in nouns for m in _REPUBLIC_NOUN.finditer(text)) or any(
        fold(m.group(1))[:5] in adjectives for m in _REPUBLIC_ADJECTIVE.finditer(text))


@lru_cache(maxsize=1)
def _republic_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The Russian republics of ru_regions.csv: lemmas of the nouns after «Республика» ('башкортостан',
    'карелия') and the first five letters of the adjectives before it ('чуваш', 'удмур'), so
    «Китайская Народная Республика» is none of them."""
    import csv

    from .config import REFERENCE_DIR
    from .lemmas import lemma

    with open(REFERENCE_DIR / "ru_regions.csv", encoding="utf-8") as handle:
        names = [r["region"].split() for r in csv.DictReader(handle)]
    nouns = frozenset(lemma(n[1]) for n in names if n[0] == "Республика" and len(n) > 1)
    adjectives = frozenset(fold(n[0])[:5] for n in names if len(n) > 1 and n[1] == "Республика")
    return nouns, adjectives

# What the region's adjective names when one of these follows it: the region itself or one of its
# districts («Смоленский район», «Новгородского р-на» lie in the region named so).
_HOME_UNITS = frozenset({"область", "край", "республика", "округ", "регион", "обл", "респ", "ао", "район"})


def _names_phrase(names: list[str], parts: tuple[str, ...]) -> bool:
    """Whether the words `names` hold the folded phrase `parts` in any case: ('великий', 'новгород') in
    «в Великом Новгороде»."""
    from .lemmas import lemma_set

    width = len(parts)
    for i in range(len(names) - width + 1):
        if all(part == fold(word) or part in lemma_set(word) for part, word in zip(parts, names[i:i + width])):
            return True
    return False


@lru_cache(maxsize=None)  # one per region ever read: a cache made again would be registered again
def _home_word_test(centre: str | None, adjective: str | None, name: str | None = None):
    """_home_word for one region as a function of the word alone, cached by word: a look-up keyed
    by the word is cheaper than one keyed by (centre, adjective, word) for every word of a cell."""
    return word_cache(partial(_home_word, centre, adjective, name=name))


@word_cache
def _home_word(centre: str | None, adjective: str | None, word: str, name: str | None = None) -> str | None:
    """'Смоленске' → 'centre' (the region's capital, any case), 'Смоленской' → 'adjective' (the
    region's adjective: a mention if 'области' follows), 'смоленских' → 'adjective', 'Карелии' →
    'name' (a republic's own noun: a mention by itself), else None."""
    from .lemmas import lemma_set, may_lemmatise_into

    folded = fold(word)
    # a centre ending in a soft sign or «-а» loses it in its cases: «Казани», «Твери», «Перми», «Элисты», «Уфы»
    stem = centre[:-1] if centre and centre.endswith(("ь", "а", "я")) else centre
    if centre and (folded == centre or (
            folded.startswith(stem) and len(folded) - len(centre) <= 2
            and centre in lemma_set(word) | {folded[: len(centre)]}
            and not folded.endswith(("ий", "ая", "ой", "их", "ое", "ие", "ого", "ому", "ым", "ую")))):
        return "centre"
    if adjective and may_lemmatise_into(word, _starts_of(adjective)) and adjective in lemma_set(word):
        return "adjective"
    if name and word[:1].isupper() and name in lemma_set(word):
        return "name"
    return None


@lru_cache(maxsize=None)  # one per region ever read
def _starts_of(adjective: str) -> frozenset[str]:
    """lemmas.lemma_starts of one region adjective: a word not beginning so is not a form of it."""
    from .lemmas import lemma_starts

    return lemma_starts([adjective])


@lru_cache(maxsize=1)
def _region_centres() -> dict[str, str]:
    """Folded region name → its administrative centre, from ru_regions.csv (read once)."""
    import csv

    from .config import REFERENCE_DIR

    with open(REFERENCE_DIR / "ru_regions.csv", encoding="utf-8") as handle:
        return {fold(r["region"]): r["centre"] for r in csv.DictReader(handle)}


def home_of(region: str) -> Home:
    from .lemmas import lemma, morph

    centre = _region_centres().get(fold(region))
    words = [w for w in region.split() if fold(w) not in ("г.", "г", "город")]
    centre = fold(centre) if centre else None
    if not words:
        return Home(region=region, adjective=None, centre=centre)
    first = words[0]
    if first.startswith("Республика"):  # 'Республика Карелия': no adjective; its noun names it
        return Home(region=region, adjective=None, centre=centre, name=lemma(words[1]) if len(words) > 1 else None)
    # The adjective's own lemma: pymorphy3's first guess for 'Тверская' is the street, a noun.
    adjectives = [p.normal_form for p in morph().parse(first) if p.tag.POS == "ADJF"]
    if not adjectives:  # 'г. Москва', 'Севастополь': a city region is named by its noun
        return Home(region=region, adjective=None, centre=centre or lemma(first), name=lemma(first))
    return Home(region=region, adjective=fold(adjectives[0]), centre=centre)


def another_report(own_lines, first_lines, first_rows, later_rows) -> bool:
    """Whether a later table (an .xlsx sheet, a .docx table, rows after a title row inside a table) is a report of
    its own, not the next sector's rows: the lines above it (`own_lines`) read as a title of another period or
    region than the first table's (`first_lines`), or as that title again over the same events — a copy: most
    of `later_rows` (each a row's text) were read in `first_rows` already. A sector's table may repeat the
    report's title over new rows. Lines that read as no title: not another report."""
    def meta(lines):
        try:
            return parse_title(" ".join(line for line in lines if line.strip()))
        except ReportError:
            return None
    own = meta(own_lines)
    if own is None:
        # «Отчёт о мероприятиях … за 2024 год», «Информация … за 9 месяцев 2024 года»: begins as a title and names
        # a year, yet no quarter is read — a report of its own all the same (its rows, numbered from 1 again, were
        # read as the first report's next section, or refused as «номер мероприятия 1 повторяется»)
        return begins_as_a_title(own_lines) and bool(re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", " ".join(own_lines)))
    first = meta(first_lines)
    if first is None or (own.region, own.year, own.quarter) != (first.region, first.year, first.quarter):
        return True
    seen, later = {row for row in first_rows if row}, [row for row in later_rows if row]
    return bool(later) and sum(row in seen for row in later) * 2 > len(later)


def same_period_title(own_lines, first_lines) -> bool:
    """Whether `own_lines` read as a title of the same region and quarter as `first_lines` (a body's part of one
    quarter's report, when its words differ from the first title's)."""
    try:
        first = parse_title(" ".join(line for line in first_lines if line.strip()))
        own_text = " ".join(line for line in own_lines if line.strip())
        if not _ANY_YEAR.search(own_text):
            # «… Министерством образования … в IV квартале» with no year: the file's own year (the first title's),
            # when it names a quarter — another quarter's part stays no part
            own_text = _QUARTER_WORD.sub(lambda m: f"{m.group(0)} {first.year} года", own_text, count=1)
        own = parse_title(own_text)
    except ReportError:
        return False
    return (own.region, own.year, own.quarter) == (first.region, first.year, first.quarter)


_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_QUARTER_WORD = re.compile(r"квартал[а-яё]*", re.IGNORECASE)


# How a report's title begins («Отчёт о мероприятиях…», «Информация о международной деятельности…», «Сведения…»):
# a heading inside a table or between tables that names a region and a quarter but begins otherwise («Мероприятия,
# перенесённые на I квартал 2025 года», «Для сравнения: в III квартале…») is no second report.
_TITLE_START = re.compile(r"^\W*(?:отч[её]т|информаци|сведени|перечень|доклад|итоги|справк)", re.IGNORECASE)


def begins_as_a_title(lines) -> bool:
    """Whether the first non-blank line of `lines` begins as a report's title does."""
    first = next((line for line in lines if line.strip()), "")
    return bool(_TITLE_START.match(first.strip()))


def row_text(cells) -> str:
    """A table row as another_report compares rows: its cells' words, « | » between cells; '' for an empty row."""
    return " | ".join(" ".join(c.split()) for c in cells) if any(c.strip() for c in cells) else ""


def two_reports_message(first: str, second: str, where: str) -> str:
    """What a file holding two reports tells the user (a .docx's second table, a title row inside a table):
    both titles, where the second begins («в таблице 2 документа», «в строке 14 таблицы») and what to do."""
    return (f"в файле два отчёта: «{' '.join(first.split())[:300]}» и «{' '.join(second.split())[:300]}» {where} — "
            "прочитан только первый; сохраните каждый отчёт отдельным файлом и загрузите второй отдельно")
