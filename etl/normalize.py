"""Pure: a parsed layout → report metadata and normalized events, with every problem as an Issue."""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date
from itertools import chain
from typing import Callable

from . import PARSER_VERSION
from .abbreviations import NO_READINGS, Readings, read_abbreviations
from .attendance import (Attendance, foreign_group_count, foreign_group_from_title, is_count_in_words, parse_attendance,
                         title_delegation_count)
from .classify import (classify_agreement, classify_direction, classify_event_type, classify_format,
                       classify_sector, heading_names_a_body, infer_sector, report_title_sector, Sector,
                       sector_under_broad_heading)
from .dates import (day_first, month_first_dates, parse_dates, quarter_bounds, quarter_position, when_needed,
                    whole_quarter)
from .capitals import in_case
from .errors import Issue, ReportError
from .geo import (HOME_COUNTRY, Venue, city_region, country_mentions, destination_countries, foreign_countries_by_name,
                  foreign_regions, institution_countries, is_home_namesake, latin_countries, mentions_unnamed_foreign,
                  names_adjective_town, names_another_russian_place, names_district, names_rural_place,
                  names_unlisted_town, namesake_country, national_venue_city, parse_venue, partner_countries,
                  place_city_regions, region_countries, town_unknown_here_and_abroad)
from .layout import UNNUMBERED, EventRow, Layout, clean, heading_name, is_outline_number, split_layout
from .lemmas import bound_caches, caseless_text, lemmas_of_text, matching_form, search_caseless
from .limits import MAX_EVENT_NUMBER, MAX_NOTE_NUMBER, MAX_ROWS_TAKEN_OUT
from .officials import Official, find_officials, nominative_role, normalize_names
from .organisations import Context, OrgMention, find_organisations, merge_report_aliases
from .read import Source
from .status import may_say_not_held, not_held
from .title import Home, home_of, note_number, parse_title, two_reports_message
from .wraps import joined_wraps

# The contract other tools read (python -m etl parse --json): exactly these keys, in this order.
EVENT_KEYS = ("n", "sector", "sector_key", "title", "start_date", "end_date", "months", "format",
              "direction", "event_type", "venue_city", "venue_country", "partner_countries",
              "unnamed_foreign", "foreign_regions", "attendance_total", "attendance_lower_bound",
              "attendance_approximate", "attendance_foreign", "attendance_online", "agreement", "officials",
              "organisations")
REPORT_KEYS = ("region", "year", "quarter", "event_count", "notes")


@dataclass
class Event:
    n: int
    sector: str | None
    sector_key: str
    sector_en: str
    title: str
    start_date: date | None
    end_date: date | None
    months: list[str]
    quarter_position: str | None
    format: str
    direction: str
    event_type: str
    venue_city: str | None
    venue_country: str | None
    partner_countries: list[str]
    unnamed_foreign: bool
    foreign_regions: list[str]
    attendance_total: int | None
    attendance_lower_bound: bool
    attendance_foreign: int | None
    attendance_online: int | None
    agreement: str | None
    agreement_text: str | None
    officials: list[Official]
    raw: dict[str, str]
    table_row: int
    source_line: int | None
    search_text: str = ""
    attendance_approximate: bool = False
    corrected_fields: list[str] = field(default_factory=list)
    organisations: list[OrgMention] = field(default_factory=list)


@dataclass
class Note:
    text: str
    number: int | None


@dataclass
class Report:
    file_name: str
    sha256: str
    source_kind: str
    region: str
    year: int
    quarter: int
    period_start: date
    period_end: date
    sectors: list[str]
    notes: list[Note]
    events: list[Event]
    issues: list[Issue] = field(default_factory=list)
    parser_version: str = PARSER_VERSION

    @property
    def event_count(self) -> int:
        return len(self.events)


def search_text(parts: list[str], countries: list[str]) -> str:
    """Space-separated lemmas plus the canonical names of countries found, so that a search for
    'Белоруссия' finds 'Республики Беларусь' and 'белорусских партнеров'."""
    from .geo import country_names

    names = country_names()
    # each part's remembered lemmas, read where they are: words never span the joins
    found = dict.fromkeys(chain.from_iterable(map(lemmas_of_text, parts)))
    for code in countries:
        if code in names:
            found.update(dict.fromkeys(lemmas_of_text(names[code][0])))  # new ones after, in their order
    return " " + " ".join(found) + " "


_BARE_COUNT = re.compile(r"(?:[а-яё]+\s+){0,2}\d[\d\s\u00a0]*(?:[.,]\d+\s*тыс\.?|\s*тыс\.?)?(?:[-–]\s*\d+)?"
                         r"(?:\s*\+\s*\d{1,6})*(?:(?<=\d)\+)?\s*(?:чел\.?)?",  # '10+5', '12 + 3 + 1 чел.': the parts, summed;
                         # '40+': at least 40, as find_counts reads a '+' right after a number
                         re.IGNORECASE)  # '2,5 тыс.' too
# A count typed as a bare range, in a count column or a participants cell of nothing else: '20-30', '200 – 250',
# 'от 200 до 250 (чел.)'. Read as the same range with its people word, so it is 20 and at least, not 20 + 30.
_BARE_RANGE = re.compile(r"(?:от\s+)?(?P<low>\d{1,3}(?:[\s\u00a0]\d{3})*|\d+)\s*(?:[-–—]|до)\s*"
                         r"(?P<high>\d{1,3}(?:[\s\u00a0]\d{3})*|\d+)\s*(?:чел\.?|человек)?", re.IGNORECASE)


def _range_with_people(text: str) -> str:
    """'20-30' → '20–30 человек'; any other text as it is."""
    found = _BARE_RANGE.fullmatch(text.strip()) if text and text.strip()[:1] in "0123456789оО" else None
    return f"{found.group('low')}–{found.group('high')} человек" if found else text
# A cell that opens with its count and then breaks it down: «25 (иностранных – 7)», «25, иностранных
# участников – 7», «около 40 (из них 12 онлайн)». The first number is the whole, as in a count column.
# Or with its format said after a dash: «500 – в очном формате, 1000 – в формате онлайн», «40 – очно, 15 – по ВКС».
_COUNT_THEN_PARTS = re.compile(r"(?:(?:около|более|свыше|порядка|не\s+менее)\s+)?\d[\d\u00a0]*\s*(?=\(|[,;]\s*[^\d\s]"
                               r"|[–—-]\s*(?:(?:в|по)\s+)?(?:очн|онлайн|дистанц|вкс|формат|режим|видео))",
                               re.IGNORECASE)


def _is_count_cell(text: str) -> bool:
    """'12', 'около 40', '25 (иностранных – 7)', 'полтора десятка' → True: its bare numbers are people."""
    text = text.strip()
    return bool(_BARE_COUNT.fullmatch(text) or _COUNT_THEN_PARTS.match(text)) or is_count_in_words(text)


_TOTAL_WORD = re.compile(r"всего|итого|общ(?:ее|ая)\s|общей\s+сложности", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_TOTAL_WORD_STEMS = ("всего", "итого", "общ")  # one is in every match of _TOTAL_WORD, lower-cased


def _may_state_total(text: str) -> bool:
    """False when _TOTAL_WORD cannot match: plain text without one of its stems (str.find, cheaper
    than the alternation); text re compares differently from its lower case is always searched."""
    lowered = caseless_text(text)
    return lowered is None or any(stem in lowered for stem in _TOTAL_WORD_STEMS)


_PARSED_ROLES = ("number", "title", "venue", "dates", "content", "participants")


# A count cell of nothing but two numbers across a slash: «15/7», «15 / 7», «20/5 чел.».
_SLASH_PAIR = re.compile(r"(\d{1,5})\s*/\s*(\d{1,5})(?:\s*(?:чел\.?|человек(?:а)?))?\.?")


def _slash_pair(cells: dict[str, str], foreign_named: bool) -> tuple[dict[str, str], list[Issue]]:
    """A bare «15/7» under a plain «Участники» or «Количество участников» header (sixteenth round): the
    clerk's «всего / в т.ч. иностранных» when the second number is no more than the first and the row names a
    foreign side (a partner country, «иностранные гости»): then it is read as a pair column's cell is, with an
    info issue. Otherwise it is no count — a date («15/07», a number written with a leading zero), a ratio or
    a document's number (the second bigger: «3/12»), or a pair with no foreign side to be the second — and
    an info issue says why (before, a count column summed it to 22 and a participants cell read nothing)."""
    if "attendance_pair" in cells:
        return cells, []
    key = "attendance" if cells.get("attendance", "").strip() else "participants"
    text = cells.get(key, "").strip()
    found = _SLASH_PAIR.fullmatch(text) if "/" in text else None
    if found is None:
        return cells, []
    first, second = found.group(1), found.group(2)
    written = clean(text)
    if foreign_named and not first.startswith("0") and not second.startswith("0") and 0 < int(second) <= int(first):
        return {**cells, key: "", "attendance_pair": f"{first} / {second}"}, [
            Issue("attendance_total", written, f"«{written}» прочитано как «всего / в т.ч. иностранных»", severity="info")]
    return {**cells, key: ""}, [
        Issue("attendance_total", written, f"«{written}» не прочитано как число участников: это не «всего / в т.ч. "
                                           f"иностранных» (дата, номер или соотношение?) — проверьте", severity="info")]


def row_attendance(cells: dict[str, str], is_home, foreign_named: bool = False) -> Attendance:
    """The head count of a row (see _row_attendance), a bare «15/7» count cell read by _slash_pair first."""
    cells, issues = _slash_pair(cells, foreign_named)
    attendance = _row_attendance(cells, is_home)
    return dataclasses.replace(attendance, issues=tuple(issues) + tuple(attendance.issues)) if issues else attendance


def _row_attendance(cells: dict[str, str], is_home) -> Attendance:
    """The head count of a row, wherever the clerk put it.

    A count column of its own ('Количество участников, чел.': '18', 'около 40') states the
    total, and the breakdown in the participants cell is not added to it; otherwise the
    participants cell is read; an explicit overall total in another cell ('Всего 120 человек'
    in the results) wins over the participants' parts."""
    counted = _range_with_people(cells.get("attendance", ""))
    if "attendance_pair" in cells:
        counted, foreign_text = _pair_parts(cells["attendance_pair"])
        cells = {**cells, "attendance": counted, "attendance_foreign": foreign_text or cells.get("attendance_foreign", "")}
    if "attendance_home" in cells and not counted.strip():
        sides = _sides_attendance(cells.get("attendance_foreign", ""), cells["attendance_home"], is_home)
        if sides is not None:
            return sides
    foreign_column = parse_attendance(cells.get("attendance_foreign", ""), is_home, bare_numbers=True).total
    if foreign_column is None and _ZERO_COUNT.fullmatch(cells.get("attendance_foreign", "").strip()):
        foreign_column = 0  # «0» in a column «в т.ч. иностранных»: none of them were foreign
    participants_text = _range_with_people(cells.get("participants", ""))
    # A participants cell that is only a number ('12', 'около 40') is a head count too.
    participants = parse_attendance(participants_text, is_home, bare_numbers=_is_count_cell(participants_text),
                                    people_cell=True)
    if counted.strip():
        stated = parse_attendance(counted, is_home, bare_numbers=True)
        if stated.total is None and _ZERO_COUNT.fullmatch(counted.strip()):
            stated = dataclasses.replace(stated, total=0)  # «0» in «Количество участников»: nobody, not unknown
        if stated.total is not None:
            foreign = stated.foreign if participants.foreign is None or participants.foreign > stated.total \
                else participants.foreign
            if foreign_column is not None and foreign_column <= stated.total:
                foreign = foreign_column
            return dataclasses.replace(stated, foreign=foreign, online=stated.online or participants.online,
                                       issues=stated.issues + participants.issues)
    if not participants.explicit_total:
        for role in ("content", "title"):
            if _may_state_total(cells.get(role, "")) and search_caseless(_TOTAL_WORD, cells.get(role, "")):
                other = parse_attendance(cells[role], is_home)
                if other.explicit_total and other.total is not None:
                    return other
    if participants.total is None and foreign_column is None and not participants_text.strip() \
            and _DIGIT.search(cells.get("content", "")):
        # no participants cell at all (a template without one, «Итоги» only): the content's own count
        # («более 4 тыс. посетителей») is the best word on attendance there is
        other = parse_attendance(cells["content"], is_home)
        if other.total is not None:
            return other
    if foreign_column and participants.total is None:
        # only the foreign column counts («индийская делегация – 14 чел.»): at least those people took part
        return dataclasses.replace(participants, total=foreign_column, foreign=foreign_column, lower_bound=True)
    if foreign_column is not None and participants.total is not None and foreign_column <= participants.total:
        return dataclasses.replace(participants, foreign=foreign_column)
    if participants.foreign is None and foreign_column is None:
        guests = foreign_group_count(participants_text, is_home)
        if guests is not None and participants.total in (None, guests[0]):
            # «представители Витебской области (15)»: the only side named is foreign — read no count, or none foreign
            return dataclasses.replace(participants, total=guests[0], foreign=guests[0], issues=participants.issues + (
                Issue("attendance_foreign", participants_text.strip()[:300],
                      f"в ячейке участников названа только иностранная сторона («{guests[1][:80]}»): "
                      f"все {guests[0]} учтены как иностранные участники", "info"),))
    return participants


def _with_online_column(attendance: Attendance, cells: dict[str, str], is_home) -> Attendance:
    """A column of the people who took part online («онлайн» under «Участники»: «30») is the online count
    when it is no more than the total; without a total, at least those people took part."""
    text = cells.get("attendance_online", "")
    if not text.strip():
        return attendance
    online = parse_attendance(text, is_home, bare_numbers=True).total
    if online is None and _ZERO_COUNT.fullmatch(text.strip()):
        online = 0  # «0» under «онлайн»: nobody joined online
    if online is None or (online == 0 and attendance.total is None):
        return attendance
    if attendance.total is None:
        return dataclasses.replace(attendance, total=online, online=online, lower_bound=True)
    return dataclasses.replace(attendance, online=online) if online <= attendance.total else attendance


# A count column's cell saying none: «0», «0 чел.», «0 человек».
_ZERO_COUNT = re.compile(r"0+(?:[.,]0+)?(?:\s*(?:чел\.?|человек))?")
_PAIR_SPLIT = re.compile(r"\s*/\s*")


# «25 (8)», «25 чел. (8)»: a count and a bare number in brackets after it, under a header naming both.
_PAIR_BRACKETED = re.compile(r"(\d+(?:\s*(?:чел\.?|человек))?)\s*\(\s*(\d+)\s*\)")


def _pair_parts(text: str) -> tuple[str, str]:
    """A cell under «всего / в т.ч. иностранных»: «30 / 12» → ('30', '12'), and under «Кол-во участников (в т.ч.
    иностранных)» the foreign part in brackets too: «25 (8)» → ('25', '8'); a cell without the slash or such a
    bracket is the total alone ('30' → ('30', ''); '6 чел. (2 – иностр.)' is read whole)."""
    bracketed = _PAIR_BRACKETED.fullmatch(text.strip()) if "(" in text else None
    if bracketed:
        return bracketed.group(1), bracketed.group(2)
    parts = _PAIR_SPLIT.split(text.strip(), maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (text, "")


_NAMES_PEOPLE = re.compile(r"[а-яёa-z]{3}", re.IGNORECASE)
_NOBODY = re.compile(r"\s*(?:нет|не\s+было|не\s+участвовал[аи]?|не\s+принимал[аи]?\s+участи[яе]|отсутствовал[аи]?"
                     r"|не\s+предусмотрен[аоы]?|без\s+участия\w*(?:\s+\w+)?)\s*[.;]?\s*", re.IGNORECASE)


def _sides_attendance(foreign_text: str, home_text: str, is_home) -> Attendance | None:
    """Columns «Иностранные участники» | «Российские участники»: the people are both sides together,
    the foreign column's the foreign ones («норвежская делегация – 15 чел.» | «12 чел.» = 27, 15 foreign;
    «около 20» | «15» = about 35). None when neither cell holds a count."""
    foreign = parse_attendance(foreign_text, is_home, bare_numbers=True)
    home = parse_attendance(home_text, is_home, bare_numbers=True)
    if foreign.total is None and home.total is None:
        return None
    online = [a.online for a in (foreign, home) if a.online is not None]
    # a side named without its count («Губернатор области Г.Ю. Филимонов» beside «Делегация, 9 человек»):
    # its people took part too, so the sum is at least what is counted
    uncounted = any(a.total is None and _NAMES_PEOPLE.search(text) and not _NOBODY.fullmatch(text)
                    for a, text in ((foreign, foreign_text), (home, home_text)))
    return dataclasses.replace(
        home, total=(foreign.total or 0) + (home.total or 0), foreign=foreign.total,
        lower_bound=foreign.lower_bound or home.lower_bound or uncounted,
        approximate=foreign.approximate or home.approximate,
        online=sum(online) if online else None, upper=None, explicit_total=False,
        issues=foreign.issues + home.issues)


# A footnote's mark at the end of a cell: «Тукаевские чтения»*, «…форум**», «…форум¹» (its note stays in
# the report's notes; the raw cell keeps the mark).
_FOOTNOTE_MARK = re.compile(r"(?<=\S)\s?(?:\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})$")


def without_footnote_mark(text: str) -> str:
    """'Фестиваль «Тукаевские чтения»*' → 'Фестиваль «Тукаевские чтения»'; a title that is only
    a mark stays as written."""
    return _FOOTNOTE_MARK.sub("", text)


# A footnote's mark on a count: «30*», «около 300 школьников¹», «45**»; not a unit's power («м²»).
_COUNT_FOOTNOTE = re.compile(r"(?<=[0-9А-Яа-яЁё.)»])(?<!м)(?:\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})(?=$|[\s,;.)])")
_COUNT_ROLES = ("participants", "attendance")


def without_count_footnotes(text: str, notes: tuple[str, ...] = ()) -> str:
    """'30*' → '30', 'свыше 2 тыс. посетителей¹' → 'свыше 2 тыс. посетителей': the mark sends the
    reader to a note, it is no digit of the count. When the note is found (`notes`: the row's other
    cells, then the notes under the table) and breaks the count down («* в т.ч. 10 иностранных»,
    «¹ из них онлайн – 12»), it is read as the count's own bracket: '30 (в т.ч. 10 иностранных)'."""
    if "*" not in text and not _SUPERSCRIPT.search(text):
        return text
    breakdowns = []
    for mark in dict.fromkeys(match.group() for match in _COUNT_FOOTNOTE.finditer(text)):
        note = _note_for(mark, notes)
        if note and _BREAKDOWN_NOTE.match(note) and _DIGIT.search(note):
            note = note.rstrip(" .;")
            # a side named alone («иностранных участников – 7») is a part of the count, as «в т.ч.» says
            breakdowns.append(note if _SUBSET_OPENER.match(note) else f"в т.ч. {note}")
    plain = _COUNT_FOOTNOTE.sub("", text)
    return plain + "".join(f" ({note})" for note in breakdowns)


# A note that breaks a count down: «в т.ч. 10 иностранных», «из них онлайн – 12», «включая 5 студентов из
# КНР», «иностранных участников – 8». A note that only qualifies it («по данным организаторов», «данные на
# 01.12.2025») is not read into the count.
_BREAKDOWN_NOTE = re.compile(
    r"(?:в\s*т\.\s*ч\.?|в\s+том\s+числе|из\s+них|из\s+которых|включая|иностран\w*|зарубежн\w*|онлайн\w*|"
    r"дистанционн\w*|очно\w*|иностр\.)(?=[\s:–—-]|$)", re.IGNORECASE)
_SUBSET_OPENER = re.compile(r"(?:в\s*т\.\s*ч\.?|в\s+том\s+числе|из\s+них|из\s+которых|включая)(?=[\s:–—-]|$)",
                            re.IGNORECASE)
_NOTE_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹⁰"
_NOTE_LABEL = re.compile(r"^(?:примечани[ея]|сноск[аи])\s*[:.]?\s*", re.IGNORECASE)


def _note_for(mark: str, notes: tuple[str, ...]) -> str | None:
    """The text of the note that `mark` points to: a line of a cell or a note under the table that
    starts with exactly that mark («* в т.ч. …» for '*', not «** …»)."""
    for cell in notes:
        if mark not in cell:
            continue
        for line in re.split(r"[\n;]", cell):
            line = _NOTE_LABEL.sub("", line.strip())
            if line.startswith(mark) and line[len(mark):len(mark) + 1] not in _NOTE_MARKS:
                body = line[len(mark):].strip(" )–—-:")
                if body:
                    return body
    return None


_SUPERSCRIPT = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]")

# A venue cell that names no place, only how people met: «очно и с использованием ВКС», «смешанный
# формат», «ВКС», «онлайн», «—». The event is the region's own, as with an empty cell, not «elsewhere in
# Russia».
_PLACELESS_VENUE = re.compile(
    r"(?:[\s,;.()–—-]|и|или|а\s+также|очно|очный|заочно|дистанционно|онлайн|офлайн|в?\s*режиме|с\s+использованием"
    r"|посредством|по|через|в|формате?|смешанн\w*|гибридн\w*|комбинированн\w*|дистанционн\w*|онлайн-формате?"
    r"|вкс|видеоконференц\w*|видеосвяз\w*|видео-конференц\w*|платформ\w*|zoom|интернет\w*|связ\w*)*",
    re.IGNORECASE)


# A title that says the partner's people came: «Визит делегации Индии», «Приём представителей …», «Пребывание
# группы студентов …» — not «Визит в …» (we went), nor «Визит губернатора …» (ours, or theirs: either way).
_GUESTS_CAME = re.compile(r"^\W*(?:(?:официальн|рабоч|ознакомительн|делов|дружественн|ответн)\w*\s+)?"
                          r"(?:визит|при[её]м|пребывани)\w*\s+(?:\w+\s+)?(?:делегаци|представител|групп|гост|специалист"
                          r"|студент|школьник|туроператор|журналист)", re.IGNORECASE)
# «в/во <region's words>», «на территории …»: where the title says the event was.
_HELD_IN = re.compile(r"(?<![А-Яа-яЁё])(?:в|во|на\s+территории)\s+((?:\S+\s+){0,2}\S+)", re.IGNORECASE)


def held_at_home(title: str, place: str, home_named: Callable[[str], bool]) -> bool:
    """Whether the row itself says a town it names after «г.» is ours, though no list knows the town: the title
    says the event was in our region («Визит делегации Индии в Тульскую область»), or the partner's people came
    and the title names no place they went to («Визит делегации Вьетнама»), or the place names a village or a
    district of ours beside it («г. Чекалин, Суворовский район», «г. Чекалин, с. Ильинка»). Then «г. Чекалин»
    stays Russian where «г. Вакканай» at «Участие в ярмарке в Японии» is Japan's."""
    if any(home_named(match.group(1)) for match in _HELD_IN.finditer(title)):
        return True
    if _GUESTS_CAME.search(title) and not destination_countries(title, ("name", "city")):
        return True
    return names_rural_place(place) or names_district(place)


_LATIN_LETTER = re.compile(r"[A-Za-z]{3}")
# A district named by its adjective: a place (ours was asked of before), not an institution's venue.
_NAMED_DISTRICT = re.compile(r"[А-ЯЁ][а-яё-]+(?:ий|ый|ой|ого|ом|ая|ой)\s+(?:муниципальн[а-яё]+\s+)?(?:район|улус|округ|кожуун)")
# A title saying our side took part in something held elsewhere: «Участие в …», «Участие делегации области в …».
_OUR_PARTICIPATION = re.compile(r"\s*[«\"]?участие\s", re.IGNORECASE)


def held_at_our_institution(place: str, title: str, home: Home) -> bool:
    """Whether a venue that names no town is one of the region's own institutions: by the region's adjective
    («Ярославский государственный университет», «Смоленская областная библиотека») or by naming no place at all
    («ЯрГУ им. П.Г. Демидова», «Областная научная библиотека», «конференц-зал Правительства области», «Дом
    дружбы народов») — a clerk leaves the town out of a venue in it. Not when the venue or the title names another
    Russian region or centre («Казанский федеральный университет», «в Петербургском форуме»), the venue a federal
    body («МИД России») or a foreign country («Посольство Республики Беларусь»), or the title a foreign country we
    went to. The caller asks only of a Russian venue with no town that the row placed elsewhere in Russia."""
    if home.names_own_institution(place):
        return True
    return not (names_another_russian_place(place) or names_another_russian_place(title, federal=False)
                or names_rural_place(place) or _NAMED_DISTRICT.search(place)  # «Оршанский район»: a place, not ours
                or any(m.code != HOME_COUNTRY for m in country_mentions(place)) or destination_countries(title)
                or _LATIN_LETTER.search(place))


def names_no_place(venue: str) -> bool:
    """True for «очно и с использованием ВКС», «смешанный формат», «ВКС», «—»; False for «г. Казань»."""
    return bool(venue.strip()) and _PLACELESS_VENUE.fullmatch(venue.strip()) is not None


# A venue that is only water or a shore: «р. Амур», «акватория реки Волги», «оз. Байкал», «Горьковское
# водохранилище», «побережье Каспийского моря». A report's clerk names the region's own river or lake
# without its town; the event is the region's unless the cell names another region or a country.
_WATER_VENUE = re.compile(
    r"(?:(?:на\s+|в\s+)?(?:акватори\w*|побережь\w*|берег\w*|набережн\w*|льду|лёд\w*|лед\w*)\s+)?"
    r"(?:р\.|река|реки|реке|рекой|оз\.|озеро|озера|озере|вдхр\.|водохранилищ\w*|залив\w*|моря|море)"
    r"(?:\s+[А-ЯЁ][а-яё-]+){0,2}"
    r"|(?:(?:на\s+|в\s+)?(?:акватори\w*|побережь\w*|берег\w*)\s+)?"
    r"[А-ЯЁ][а-яё]+(?:ое|ого|ом|ий|ая|ой)\s+(?:водохранилищ\w*|мор\w*|озер\w*|залив\w*)",
    re.IGNORECASE)


def names_only_water(venue: str) -> bool:
    """True for «р. Амур», «оз. Байкал», «Горьковское водохранилище»; False for «г. Городец, р. Волга»."""
    text = venue.strip().rstrip(".")
    return bool(text) and _WATER_VENUE.fullmatch(text) is not None


# A format column's lone «смешанный» or «комбинированный» is the mixed format, as «смешанный формат» is.
_LONE_MIXED_FORMAT = re.compile(r"\s*(?:смешанн|комбинированн)\w*\s*\.?\s*", re.IGNORECASE)


def _sector_cell(row: EventRow) -> str | None:
    """The event's own cell in a column «Отрасль» / «Сфера» / «Направление сотрудничества» («Культура»),
    None when the report has no such column or the cell is empty or a dash."""
    cell = heading_name(clean(row.cells.get("sector", "")))
    return cell if cell and cell not in ("—", "-", "–") else None


_CLAUSE_BREAK = re.compile(r"[,\n]")


def _dates_beside_place(raw: str, year: int, quarter: int):
    """A dates cell that goes on with the place or the way of meeting — a combined «Дата и место
    проведения» column: «ежемесячно, онлайн», «в течение IV квартала, г. Тихвин», «III кв. 2025 г.⏎в
    режиме ВКС», or the place first («Место и дата проведения»: «онлайн⏎в течение квартала»): the dates are
    the part before the clauses without a digit that follow it, else after those that come first, each
    clause after a comma or on a line of its own. None when no such part reads."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(raw)]
    for cut in reversed(breaks):
        if any(ch.isdigit() for ch in raw[cut + 1:]):
            break  # a digit after the comma may be a date's part («5, 12 ноября»): not a place clause
        dates = _dates_or_quarter(raw[:cut], year, quarter)
        if dates.start is not None:
            return dates
    for cut in breaks:
        if any(ch.isdigit() for ch in raw[:cut]):
            break
        dates = _dates_or_quarter(raw[cut + 1:], year, quarter)
        if dates.start is not None:
            return dates
    return None


def _place_clauses(shared: str, year: int, quarter: int) -> str:
    """The place said in a column of dates and place («20 декабря 2025 г.⏎р. Амур» → «р. Амур»): its clauses
    (after a comma or on lines of their own) less those that are dates, so a place told only by water or by
    the way of meeting reads as it does in a column of its own."""
    if not _CLAUSE_BREAK.search(shared):
        return shared
    clauses = [c for c in _CLAUSE_BREAK.split(shared) if c.strip()]
    kept = [c for c in clauses if _dates_or_quarter(c, year, quarter).start is None]
    return ", ".join(c.strip() for c in kept) if kept and len(kept) < len(clauses) else shared


# A town the event's own title names as its place, for a row whose place is not said in a cell of its own (a template
# without a place column, or the cell left empty): «… в фестивале «Масленица» в г. Харбине (КНР)», «Форум по
# сельскому хозяйству, г. Москва», «(г. Минск)». Only after «в»/«во» or opening a clause: «делегации г. Шэньяна»
# names where guests came from. The clause ends where a new phrase opens («в г. Казани с участием делегации …»).
_TITLE_TOWN = re.compile(r"(?:(?<![^\W\d_])во?\s+|[,(–—]\s*)(?=(?:г\.|гор\.|город[еа]?\s))", re.IGNORECASE)
_TITLE_TOWN_END = re.compile(r"\s+(?:с|со|при|для|по|на|от|из|между|совместно|в\s+рамках|в\s+целях)\s|[;:]",
                             re.IGNORECASE)


def place_in_title(title: str) -> str:
    """The clause of `title` that names its town as the place («г. Харбине (КНР)»), or ""."""
    found = _TITLE_TOWN.search(title)
    if found is None:
        return ""
    clause = title[found.end():]
    end = _TITLE_TOWN_END.search(clause)
    clause = clause[:end.start()] if end else clause
    if clause.count(")") > clause.count("("):  # «(г. Минск)»: the bracket it opened in
        clause = clause[:clause.index(")")]
    return clause.strip(" ,.")


def _dates_or_quarter(text: str, year: int, quarter: int):
    dates = parse_dates(text, default_year=year, default_quarter=quarter)
    return whole_quarter(text, year, quarter) or dates if dates.start is None else dates


def _with_side_officials(officials: list, sides_raw: str) -> list:
    """The officials of the title, participants and results, then those named only in a side's own column
    («Российская сторона»: «Губернатор области Г.Ю. Филимонов, 5 человек»; «Иностранная сторона»:
    «… во главе с вице-губернатором Ли Вэем»), each person once."""
    if not sides_raw:
        return officials
    named = {official.name for official in officials}
    return officials + [o for o in find_officials(sides_raw) if o.name not in named]


# A format word in a dates cell, in brackets or after a comma or dash (sixteenth round): «3 ноября (онлайн), 5 ноября
# (очно)», «12.11.2025 (ВКС)», «15 ноября – дистанционно». Not a word of a period («в период онлайн-курса» stays).
_FORMAT_IN_DATES = re.compile(r"[(,–—-]\s*(?:в\s+)?(?:онлайн|оффлайн|офлайн|очно|дистанционно|заочно|вкс|гибридн|смешанн"
                              r"|(?:в\s+)?(?:режиме|формате)\s+\w+|по\s+(?:вкс|видеосвязи)|видеоконференц)", re.IGNORECASE)


def event_dates(dates_raw: str, year: int, quarter: int):
    """An event's dates cell (in its matching form) read for a report of `year`/`quarter`: its days,
    else the whole quarter a cell like «ежемесячно» means, else the dates before a place clause
    («в течение IV квартала, г. Тихвин»). '28.12 – 10.01' in a I quarter's report → 2024-12-28..2025-01-10."""
    dates = parse_dates(dates_raw, default_year=year, default_quarter=quarter)
    if dates.start is None:
        dates = whole_quarter(dates_raw, year, quarter) or when_needed(dates_raw) or dates
    if dates.start is None and ("," in dates_raw or "\n" in dates_raw.strip()):
        dates = _dates_beside_place(dates_raw, year, quarter) or _when_needed_beside_place(dates_raw) or dates
    if dates.start is None and (head := _PLACE_TAIL.sub("", dates_raw)) != dates_raw \
            and head.strip():
        # «на протяжении квартала г. Белград, г. Нови-Сад», «по мере необходимости г. Уфа»: the place on the
        # phrase's own line
        dates = whole_quarter(head, year, quarter) or when_needed(head) or dates
    return dates


# A place after the dates on their line: «… г. Белград, г. Нови-Сад», «… с. Ильинка».
_PLACE_TAIL = re.compile(r"[\s,;(]+(?:г\.|гор\.|город|с\.|пос\.|пгт|д\.|ст\.)\s*[А-ЯЁ].*$", re.DOTALL)


def _when_needed_beside_place(raw: str):
    """«по мере необходимости⏎г. Уфа», «г. Уфа, по запросу»: a column of dates and place whose first or last clause
    says only when the event is held — no dates, said as an info (etl.dates.when_needed)."""
    clauses = [c for c in _CLAUSE_BREAK.split(raw) if c.strip()]
    if len(clauses) < 2:
        return None
    return when_needed(clauses[0]) or when_needed(clauses[-1])


def normalize_event(row: EventRow, meta_year: int, meta_quarter: int, home,
                    footnotes: tuple[str, ...] = (), report_sector: Sector | None = None,
                    abbreviations: Readings = NO_READINGS, month_first: bool = False) -> tuple[Event, list[Issue]]:
    # «делегация РБ» read as «делегация Республики Беларусь» where the report's letters name a state
    # a cell typed wholly in capitals («ВИЗИТ ДЕЛЕГАЦИИ ВИТЕБСКОЙ ОБЛАСТИ») read as the same words in normal case
    # (etl/capitals.py; what it leaves in capitals, matching_form's own step reads: «Г. ГРОДНО»); a cell with small
    # letters keeps its names in capitals as typed («… РЕСПУБЛИКИ БЕЛАРУСЬ М.Г. Решетников»)
    # a line broken by hand mid-sentence read as the one sentence (etl/wraps.py)
    # (prose only: a dates, place or format cell holds one item a line — «в течение II квартала⏎онлайн»)
    cells = {role: abbreviations.spelled_out(
                 _prose_joined(role, matching_form(in_case(text) if text.isupper() else text)), place=role == "venue")
             for role, text in row.cells.items()}
    other_cells = tuple(text for role, text in cells.items() if not role.startswith(_COUNT_ROLES))
    for role, text in cells.items():
        if role.startswith(_COUNT_ROLES):
            cells[role] = without_count_footnotes(text, other_cells + footnotes)
    if "title" in cells:
        cells["title"] = unquoted_whole(cells["title"])  # «Визит делегации …» typed in quotes: what it says
    title_raw, venue_raw = cells.get("title", ""), cells.get("venue", "")
    if not venue_raw.strip():
        venue_raw = place_in_title(title_raw)  # no place said in a cell: the town the title names, if any
    dates_raw, content_raw = cells.get("dates", ""), cells.get("content", "")
    participants_raw = cells.get("participants", "")
    issues: list[Issue] = []

    dates = event_dates(day_first(dates_raw) if month_first else dates_raw, meta_year, meta_quarter)
    issues.extend(dates.issues)
    position = quarter_position(dates.start, dates.end, meta_year, meta_quarter)
    if position in ("outside", "partial"):
        issues.append(Issue("dates", clean(dates_raw),
                            "мероприятие вне отчётного квартала" if position == "outside"
                            else "мероприятие частично вне отчётного квартала", severity="info"))

    place_said = _place_clauses(venue_raw, meta_year, meta_quarter) if venue_raw == dates_raw else venue_raw
    # a column of dates and place is read for its place without its dates' clauses: «конец ноября – начало
    # декабря⏎г. Белград (Сербия)» (the dash between the dates was read as the place's separator, so no place)
    venue = parse_venue(place_said, with_region=False)  # Event keeps no venue region
    if (venue.country not in (None, HOME_COUNTRY) and is_home_namesake(venue.city, home.region)
            and not foreign_countries_by_name(venue_raw)):
        venue = Venue(city=venue.city, country=HOME_COUNTRY, region=None)  # «г. Светлогорск» of Kaliningrad
    namesake = None
    if venue.country not in (None, HOME_COUNTRY) and not foreign_countries_by_name(venue_raw) \
            and (named := namesake_country(venue.city, venue.country,
                                           [title_raw, cells.get("participants", ""), cells.get("content", "")])):
        # «г. Гранада» at a Nicaraguan delegation's visit: the namesake city of the country the row names
        namesake, venue = venue.country, Venue(city=venue.city, country=named, region=None)
    elif venue.country not in (None, HOME_COUNTRY) and not foreign_countries_by_name(venue_raw) \
            and len(goal := destination_countries(title_raw)) == 1 and goal[0] != venue.country \
            and venue.country not in foreign_countries_by_name(title_raw):
        # «Поездка делегации в Индонезию», «о. Бали»: the one country the title says we went to, not the namesake
        # town a list knows elsewhere (Bali of Rajasthan)
        namesake, venue = venue.country, Venue(city=venue.city, country=goal[0], region=None)
    format_raw, countries_raw = cells.get("format", ""), cells.get("countries", "")
    if dates_raw and _FORMAT_IN_DATES.search(dates_raw):
        # «3 ноября (онлайн), 5 ноября (очно)», «12.11.2025, ВКС»: the dates cell says each day's format
        format_raw = f"{format_raw}\n{dates_raw}" if format_raw else dates_raw
    if format_raw and _LONE_MIXED_FORMAT.fullmatch(format_raw):
        format_raw = "смешанный формат"
    # Without a format cell the content alone: the same format (no pattern reads the newline that
    # would end it), and the lower-cased content the other parsers remember serves this one too.
    event_format = classify_format(title_raw, venue_raw, content_raw + "\n" + format_raw if format_raw else content_raw,
                                   participants_raw)
    place_raw = "" if names_no_place(place_said) or (
        venue.country in (None, HOME_COUNTRY) and names_only_water(place_said)
        and not foreign_countries_by_name(venue_raw)) else venue_raw
    direction = classify_direction(event_format, venue.country, home.mentioned_in(venue_raw), place_raw)
    texts = [title_raw, venue_raw, content_raw, participants_raw, countries_raw]
    sides_raw = "\n".join(t for t in (cells.get("attendance_foreign", ""), cells.get("attendance_home", "")) if t.strip())
    if sides_raw and ("attendance_home" in cells or not participants_raw.strip()):
        texts.append(sides_raw)  # «норвежская делегация – 15 чел.» in a column of the foreign side's own
    else:
        sides_raw = ""
    if cells.get("remarks", "").strip():
        texts.append(cells["remarks"])  # «Коллективы из Беларуси, Сербии и Абхазии» in a «Примечание» column
    counted_raw = cells.get("attendance", "")
    if counted_raw and _LETTER.search(counted_raw):
        texts.append(counted_raw)  # «два-три десятка спортсменов из Узбекистана и Таджикистана» in a count column
    partners = partner_countries(texts)
    if namesake and not any(namesake in foreign_countries_by_name(text) for text in texts):
        partners = [code for code in partners if code != namesake]  # Bali of Rajasthan, no partner of a trip
    if venue.country and venue.country != "RU" and venue.country not in partners:
        partners.insert(0, venue.country)
    regions = foreign_regions(texts)
    if venue.country not in (None, HOME_COUNTRY) and (region := city_region(venue.city)) and region not in regions:
        # a foreign venue named without «г.» ('Могилев, Республика Беларусь'): its region, where «г. Могилев»
        # would have put it — after the title's regions, before the other cells' (foreign_regions' order)
        titled = set(foreign_regions([title_raw])) if regions else set()
        regions.insert(sum(1 for r in regions if r in titled), region)
    if venue.country not in (None, HOME_COUNTRY) and venue.city:
        # the other cities a place lists without «г.» («Самарканд, Бухара»), after the first one's region
        first = city_region(venue.city)
        after = regions.index(first) + 1 if first in regions else len(regions)
        for other in place_city_regions(place_said, venue.country):
            if other not in regions:
                regions.insert(after, other)
                after += 1
    partners += [code for code in region_countries(regions) if code not in partners and code != "RU"]
    partners += [code for code in institution_countries(texts) if code not in partners]  # «Бакинского университета»
    partners += [code for code in latin_countries(texts) if code not in partners]  # «Uzbekistan Airways»
    foreign_partners = [code for code in partners if code != HOME_COUNTRY]
    if venue.country == HOME_COUNTRY and len(foreign_partners) == 1 and not home.mentioned_in(venue_raw) \
            and not held_at_home(title_raw, place_said, home.mentioned_in) \
            and (town := town_unknown_here_and_abroad(place_said, venue.city)):
        # «г. Вакканай» at a meeting with Hokkaido's delegation: a town no list knows, of the one country named
        venue = Venue(city=town, country=foreign_partners[0], region=None)
        direction = classify_direction(event_format, venue.country, False, place_raw)
    if direction == "elsewhere_in_russia" and venue.country == HOME_COUNTRY and (
            names_unlisted_town(place_said) or names_adjective_town(place_said)):
        direction = classify_direction(event_format, venue.country, True, place_raw)  # «г. Кедровый»: ours
    if direction == "elsewhere_in_russia" and venue.country == HOME_COUNTRY and not venue.city:
        if city := national_venue_city(place_said):
            venue = Venue(city=city, country=HOME_COUNTRY, region=None)  # «ЦВК «Экспоцентр»»: Moscow
        elif held_at_our_institution(place_said, title_raw, home):
            direction = classify_direction(event_format, venue.country, True, place_raw)  # «ЯрГУ им. П.Г. Демидова»
    unnamed = not partners and mentions_unnamed_foreign(texts)
    if not partners and not unnamed:
        issues.append(Issue("partner_countries", clean(participants_raw)[:300],
                            "не найдено ни одной иностранной страны-участницы", severity="info"))

    attendance = row_attendance(cells, home.mentioned_in, foreign_named=bool(partners) or unnamed)
    people_raw = participants_raw or counted_raw  # a count column («Кол-во участников»: «до 50 преподавателей») too
    if attendance.foreign is None and attendance.total and people_raw \
            and (guests := foreign_group_from_title(people_raw, title_raw, home.mentioned_in)) == attendance.total:
        attendance = dataclasses.replace(attendance, foreign=guests)  # '45 студентов' at 'школа для студентов из Вьетнама'
    if attendance.foreign is None and attendance.total and participants_raw \
            and (guests := title_delegation_count(participants_raw, title_raw, home.mentioned_in)) \
            and guests <= attendance.total:
        attendance = dataclasses.replace(attendance, foreign=guests)  # «делегация из 14 человек» of «Визит делегации Казахстана»
    if "attendance_online" in cells:
        attendance = _with_online_column(attendance, cells, home.mentioned_in)
    issues.extend(attendance.issues)
    if event_format != "hybrid" and attendance.online and attendance.total and attendance.online < attendance.total:
        # '60 человек, из них 40 – в режиме ВКС': some took part online and the others did not
        event_format = "hybrid"
        direction = classify_direction(event_format, venue.country, home.mentioned_in(venue_raw), place_raw)
    if attendance.total is None and _DIGIT.search(participants_raw) \
            and not any(i.field == "attendance_total" for i in attendance.issues):
        issues.append(Issue("attendance_total", clean(participants_raw)[:300],
                            "в графе участников есть числа, но не количество людей", severity="info"))
    if row.overflow:
        # a row drawn with more cells than the header: their text is kept (added to the last column's) but no
        # column says what it is — the clerk should see where it went
        issues.append(Issue(row.overflow_into or "row", " | ".join(row.overflow)[:300],
                            f"в строке больше ячеек, чем столбцов в заголовке: текст за последним столбцом "
                            f"добавлен к нему — проверьте, к какому полю он относится", severity="warning"))
    if row.missing_cells:
        issues.append(Issue("row", clean(" | ".join(v for v in cells.values() if v))[:300],
                            f"в строке не хватает ячеек ({row.missing_cells}): поля сдвинуты? проверьте строку"))
    # a table without a results column writes its results in «Примечание»: «Подписано 2 контракта»
    results_raw = content_raw if "content" in cells else cells.get("remarks", "")
    agreement = classify_agreement(title_raw, results_raw, participants_raw)
    heading = _sector_cell(row) or row.sector  # a row's own «Отрасль» cell, else its heading
    sector = classify_sector(heading)
    inferred = None
    if heading is None and report_sector is not None:
        # no heading files it, but the report is one body's: the sector its title names
        sector = report_sector  # build_report says so once
    elif heading is None:
        inferred = infer_sector(title_raw, content_raw)
    elif (narrower := sector_under_broad_heading(heading, title_raw)) is not None:
        sector = narrower  # 'Гуманитарное сотрудничество' › 'Турнир по самбо': sport, and the reader is told
        issues.append(Issue("sector", clean(title_raw)[:300],
                            f"заголовок «{clean(heading)[:80]}» охватывает несколько сфер: по словам мероприятия — "
                            f"«{narrower.label_ru}»", severity="info"))
    elif (not sector.known or sector.key == "general") and heading_names_a_body(heading) and \
            (by_words := infer_sector(title_raw, content_raw)) is not None and by_words.key != sector.key:
        # «Комитет по внешним связям», «Аппарат Губернатора» › «Дни культуры …»: the body's heading keeps the grouping
        sector = by_words
        issues.append(Issue("sector", clean(title_raw)[:300],
                            f"заголовок «{clean(heading)[:80]}» называет орган, а не сферу: по словам мероприятия — "
                            f"«{by_words.label_ru}»", severity="info"))
    if inferred is not None:
        # no heading files it: its own words name the sector, and the reader is told so
        sector = inferred
        issues.append(Issue("sector", clean(title_raw)[:300],
                            f"сфера в отчёте не указана: определена по словам мероприятия — «{inferred.label_ru}»",
                            severity="info"))
    elif heading is None and report_sector is None:
        issues.append(Issue("sector", "", "мероприятие до первого заголовка сферы"))
    elif not sector.known:
        issues.append(Issue("sector", heading, "сфера не из справочника: сохранена как написана",
                            severity="info"))
    event = Event(
        n=row.n, sector=heading, sector_key=sector.key, sector_en=sector.label_en,
        title=without_footnote_mark(clean(row.cells.get("title", ""))), start_date=dates.start, end_date=dates.end, months=list(dates.months),
        quarter_position=position, format=event_format, direction=direction,
        event_type=classify_event_type(title_raw), venue_city=venue.city, venue_country=venue.country,
        partner_countries=partners, unnamed_foreign=unnamed, foreign_regions=regions,
        attendance_total=attendance.total, attendance_lower_bound=attendance.lower_bound,
        attendance_foreign=attendance.foreign, attendance_online=attendance.online,
        attendance_approximate=attendance.approximate,
        agreement=agreement.kind, agreement_text=agreement.text,
        officials=_with_side_officials(find_officials(participants_raw) + find_officials(content_raw)
                                       + find_officials(title_raw), sides_raw),
        raw={"number": row.number_text, **{role: row.cells.get(role, "") for role in _PARSED_ROLES[1:]},
             **{role: text for role, text in row.cells.items() if role not in _PARSED_ROLES}},
        table_row=row.table_row, source_line=row.line,
    )
    event.organisations = find_organisations(
        cells, Context(home.own_word, home.centre, venue.country, tuple(partners), agreement.kind, home.region,
                       participation=bool(_OUR_PARTICIPATION.match(title_raw))))
    if named_by_bodies := _countries_of_foreign_bodies(event.organisations, partners):
        # «Визит делегации Гомельского райисполкома»: a body's town adjective names a country no place did
        event.partner_countries = partners = partners + named_by_bodies
        event.unnamed_foreign = False
        issues = [i for i in issues if i.field != "partner_countries"]
    event.search_text = search_text([heading or "", title_raw, venue_raw, content_raw,
                                     participants_raw], partners)
    return event, [Issue(i.field, i.raw_text, i.message, i.severity, row.n) for i in issues]


def _countries_of_foreign_bodies(organisations: list[OrgMention], partners: list[str]) -> list[str]:
    """The countries of the event's foreign bodies that no place of the row named: a body named by a foreign
    town's adjective («Гомельского райисполкома», «Оршанского районного исполнительного комитета») or by its
    country («Кабинетом Министров Республики Абхазия») is a partner as the town or the country itself would be."""
    found: list[str] = []
    for mention in organisations:
        if mention.side == "foreign" and mention.country not in (None, HOME_COUNTRY) \
                and mention.country not in partners and mention.country not in found:
            found.append(mention.country)
    return found


_ITEM_ROLES = frozenset({"dates", "venue", "format", "countries"})


def _prose_joined(role: str, text: str) -> str:
    """A prose cell's lines broken by hand mid-sentence joined (etl/wraps.py); a cell of one item a line as it is."""
    return text if role in _ITEM_ROLES else joined_wraps(text)


def unquoted_whole(text: str) -> str:
    """A cell wholly inside one pair of quotes without them: '«Визит делегации Республики Беларусь»' →
    'Визит делегации Республики Беларусь' (a clerk who quotes every title), so the title's kind, places
    and bodies are read as in an unquoted one; '«Славянский базар» в Витебске', '«А» и «Б»' and a name
    of one or two words ('«Белавтомаз»') stay."""
    stripped = text.strip()
    if len(stripped) < 3 or stripped[0] != "«" or stripped[-1] != "»" or len(stripped.split()) < 3:
        return text  # '«Белавтомаз»': a name alone keeps the quotes that say it is one
    depth = 0
    for i, char in enumerate(stripped):
        if char == "«":
            depth += 1
        elif char == "»":
            depth -= 1
            if depth == 0 and i < len(stripped) - 1:
                return text  # the first quote closes before the end: a name within the title
    return stripped[1:-1] if depth == 0 else text


def restarts_per_sector(rows: tuple[EventRow, ...]) -> bool:
    """'I. Экономика: 1, 2, 3; II. Культура: 1, 2' — each sector numbered from 1 (a template,
    not an error): every repeated number is explained by a restart at a new sector heading."""
    rows = tuple(r for r in rows if r.n != UNNUMBERED)
    if not rows or len({r.n for r in rows}) == len(rows):
        return False
    for previous, row in zip(rows, rows[1:]):
        # a new heading (a month's name too, which names no sector) may start the numbering again
        same_sector = row.sector == previous.sector and row.section == previous.section
        if not ((same_sector and row.n == previous.n + 1) or (not same_sector and row.n == 1)):
            return False
    return rows[0].n == 1


def restarts_per_part(rows: tuple[EventRow, ...]) -> bool:
    """Two or more bodies' reports of one quarter in one file (Layout.parts), each numbered from 1: every number
    is unique within its part (a gap allowed), and a later part begins at 1 — so every repeated number is
    explained by a new part."""
    numbered = [r for r in rows if r.n != UNNUMBERED]
    if len({r.part for r in numbered}) < 2:
        return False
    by_part: dict[int, list[int]] = {}
    for row in numbered:
        by_part.setdefault(row.part, []).append(row.n)
    return all(len(set(ns)) == len(ns) for ns in by_part.values()) \
        and all(ns[0] == 1 for part, ns in by_part.items() if part)


def _part_issues(rows: tuple[EventRow, ...], stored: tuple[EventRow, ...], first_title: str,
                 parts: tuple[tuple[str, str], ...]) -> list[Issue]:
    """One info per body's part: its title, where it begins and which stored numbers its written ones became —
    what the user finds in the file («Министерство образования: № 1–2») named as the database holds it."""
    issues = [Issue("n", ", ".join(r.number_text for r in rows)[:300],
                    f"в файле отчёты {len(parts) + 1} органов за один квартал, каждый со своей нумерацией: загружены "
                    "мероприятия всех частей, им присвоены сквозные номера по порядку", severity="info")]
    for part in range(len(parts) + 1):
        pairs = [(row.number_text.strip() or "без номера", new.n) for row, new in zip(rows, stored) if row.part == part]
        if not pairs:
            continue
        title, where = (first_title, "") if part == 0 else parts[part - 1]
        shown = ", ".join(f"№ {written.rstrip('.)')} → № {n}" for written, n in pairs[:40]) \
            + (" …" if len(pairs) > 40 else "")
        name = " ".join(title.split())[:200]
        line = re.search(r"\d+", where)
        if not where:
            message = f"часть «{name}» (в начале файла): {shown}"
        elif "файла" in where and line:
            message = f"часть «{name}» (в строке {line.group(0)} файла): {shown}"
        else:
            message = f"часть «{name}» (в строке {line.group(0) if line else '?'} таблицы): {shown}"
        issues.append(Issue("n", " ".join(title.split())[:300], message, severity="info"))
    return issues


def numbered_in_outline(rows: tuple[EventRow, ...]) -> bool:
    """'1.1, 1.2, 2.1' — numbers within sections written as outline numbers, with or without a
    heading row between sections: the running order is the event number."""
    numbered = [r for r in rows if r.n != UNNUMBERED]
    return len(numbered) > 1 and all(is_outline_number(r.number_text) for r in numbered)


# A sub-item of an event numbered by its parent's number: «1.1», «1.2.», «15а», «15-б», «15/1».
_SUB_NUMBER = re.compile(r"^\s*(?:№\s*)?([1-9]\d{0,3})(?:(?:\.[1-9]\d{0,2}){1,2}\.?|\s*[-/]?\s*(?:[а-еa-e]|[1-9])\)?\.?)\s*$",
                         re.IGNORECASE)


def sub_numbered(rows: tuple[EventRow, ...]) -> bool:
    """'1, 1.1, 1.2, 2 … 15, 15а, 16' — plainly numbered events with sub-items numbered by the event
    above («1.1» after «1», «15а» after «15»): each row is an event of its own, so they are numbered
    in table order. Only a sub-number whose parent is the plain number just above counts, so a typo
    elsewhere («3а» among 1, 2, 4) stays an unnumbered row."""
    parent = None
    subs = 0
    for row in rows:
        text = row.number_text.strip()
        if row.n != UNNUMBERED and not is_outline_number(text):
            parent = row.n
            continue
        match = _SUB_NUMBER.match(text)
        if not match or parent is None or int(match.group(1)) != parent:
            if row.n != UNNUMBERED:
                return False  # an outline number under another parent: a template of its own
            continue
        subs += 1
    return subs > 0


def _written_number(row: EventRow) -> int | None:
    """The plain number the clerk wrote on a row («6», «6.»), None for «1.1», «15а» or none."""
    text = row.number_text.strip()
    return None if not text or is_outline_number(text) or not text.rstrip(".)").isdigit() else int(text.rstrip(".)"))


def _unnumbered_issue(row: EventRow, n: int) -> Issue:
    return Issue("n", row.number_text or clean(row.cells.get("title", ""))[:300],
                 f"строка {row.table_row} таблицы: номер мероприятия «{row.number_text}» не распознан — присвоен № {n}"
                 if row.number_text else f"строка {row.table_row} таблицы: номер мероприятия не указан — присвоен № {n}",
                 event=n)


def event_numbers(rows: tuple[EventRow, ...], first_title: str = "",
                  parts: tuple[tuple[str, str], ...] = ()) -> tuple[tuple[EventRow, ...], list[Issue]]:
    """The number each event is stored under. Outline numbers and numbering restarted in every
    section become running numbers in table order (an info); otherwise rows without a readable
    number get the numbers after the report's highest, so every numbered event keeps the number the
    clerk gave it. Each row without a number is a warning naming its table row."""
    said = ", ".join(r.number_text for r in rows)[:300]
    if len(rows) >= 3 and len({r.n for r in rows}) == 1 and rows[0].n != UNNUMBERED:
        # every row «1.» (Word's list numbering lost in a copy, a number typed once and filled down): the numbers
        # say nothing, and the whole quarter was refused as «номер мероприятия 1 повторяется»
        return tuple(dataclasses.replace(row, n=k) for k, row in enumerate(rows, start=1)), [Issue(
            "n", said, f"у всех {len(rows)} мероприятий один и тот же номер «{rows[0].number_text.strip()}»: "
                       "мероприятиям присвоены номера по порядку строк — проверьте нумерацию в отчёте",
            severity="warning")]
    if parts and restarts_per_part(rows):
        stored = tuple(dataclasses.replace(row, n=k) for k, row in enumerate(rows, start=1))
        issues = _part_issues(rows, stored, first_title, parts)
        issues += [_unnumbered_issue(row, k) for k, row in enumerate(rows, start=1) if row.n == UNNUMBERED]
        return stored, issues
    if numbered_in_outline(rows) or restarts_per_sector(rows):
        issues = [Issue("n", said, "номера вида «1.1, 1.2, 2.1» (внутри разделов): мероприятиям присвоены сквозные "
                                   "номера по порядку" if numbered_in_outline(rows) else
                        "нумерация начинается заново в каждом разделе: мероприятиям присвоены сквозные номера по порядку",
                        severity="info")]
        issues += [_unnumbered_issue(row, k) for k, row in enumerate(rows, start=1) if row.n == UNNUMBERED]
        return tuple(dataclasses.replace(row, n=k) for k, row in enumerate(rows, start=1)), issues
    if sub_numbered(rows):
        subs = [r.number_text.strip() for r in rows if _SUB_NUMBER.match(r.number_text) and
                (r.n == UNNUMBERED or is_outline_number(r.number_text))]
        issues = [Issue("n", said, f"подпункты ({', '.join(f'«{s}»' for s in subs[:6])}) — отдельные строки "
                                   "таблицы: считаются отдельными мероприятиями, всем присвоены сквозные номера "
                                   "по порядку", severity="info")]
        issues += [_unnumbered_issue(row, k) for k, row in enumerate(rows, start=1)
                   if row.n == UNNUMBERED and not _SUB_NUMBER.match(row.number_text)]
        return tuple(dataclasses.replace(row, n=k) for k, row in enumerate(rows, start=1)), issues
    highest = max((r.n for r in rows), default=0)
    numbered, issues = [], []
    for row in rows:
        if row.n == UNNUMBERED:
            highest += 1
            issues.append(_unnumbered_issue(row, highest))
            row = dataclasses.replace(row, n=highest)
        numbered.append(row)
    return tuple(numbered), issues


def _row_list(rows: tuple[int, ...]) -> str:
    """(4, 5, 6) → '4–6'; (4, 7) → '4, 7'."""
    if rows and list(rows) == list(range(rows[0], rows[0] + len(rows))) and len(rows) > 2:
        return f"{rows[0]}–{rows[-1]}"
    return ", ".join(map(str, rows))


def _not_held_issue(row: EventRow, year: int, quarter: int) -> Issue | None:
    """One warning for an event the report lists but that did not take place in its quarter: its row
    struck through in Word, or its words («Мероприятие отменено», «перенесено на I квартал 2026 г.»,
    «(отменено)» after the title; etl/status.py). None for an event held."""
    title = clean(row.cells.get("title", ""))[:100]
    if row.struck:
        return Issue("n", title, f"мероприятие № {row.n} «{title}»: строка {row.table_row} таблицы зачёркнута — "
                                 "мероприятие не состоялось, не загружено", severity="warning")
    # a wrapped line is one sentence here too: «подписание второго контракта⏎перенесено на IV квартал» says the
    # contract, not the event, was put off
    words = not_held([_prose_joined(role, text) if may_say_not_held(text) else text
                      for role, text in row.cells.items() if role != "number"], year, quarter)
    if words is None:
        return None
    return Issue("n", words[:300], f"мероприятие № {row.n} «{title}»: в отчёте сказано «{words}» — мероприятие не "
                                   "состоялось в отчётном квартале, не загружено", severity="warning")


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def title_period_issues(events: list[Event], year: int, quarter: int, title: str,
                        today: date | None = None) -> list[Issue]:
    """Warnings on the title when its quarter cannot be right: most dated events (more than half, at least
    two) were held in another quarter — the year typed wrong, or an old report's title left in place — or
    the quarter has not begun yet (2099 for 2009). Each event outside the quarter was only an «info» line,
    so a quarter filed under the wrong period loaded with «0 предупреждений»; the report still loads (the
    title may be right and the dates wrong), and the warning names both quarters and the count."""
    issues: list[Issue] = []
    label = f"{_ROMAN[quarter]} кв. {year}"
    dated = [e for e in events if e.start_date is not None and e.end_date is not None]
    outside = [e.start_date for e in dated
               if quarter_position(e.start_date, e.end_date, year, quarter) == "outside"]
    if len(dated) >= 2 and 2 * len(outside) > len(dated):
        (held_year, held_quarter), _ = Counter(map(_quarter_of, outside)).most_common(1)[0]
        held = f"{_ROMAN[held_quarter]} кв. {held_year}"
        issues.append(Issue("report_title", title[:300],
                            f"в заголовке — {label}, но {len(outside)} из {len(dated)} мероприятий по датам "
                            f"проведены вне этого квартала (больше всего — в {held}): проверьте квартал и год в заголовке"))
    today = today or date.today()
    if quarter_bounds(year, quarter)[0] > today:
        issues.append(Issue("report_title", title[:300],
                            f"квартал отчёта ({label}) ещё не начался (сегодня {today:%d.%m.%Y}): "
                            "проверьте год в заголовке"))
    return issues


def _repeated_number_message(row: EventRow, restart_title: tuple[str, str] | None) -> str:
    """Why a repeated number refuses the file; numbering from 1 again under a block that begins as a title (one
    naming no year, or another quarter without one) looks like a second report in the file, and the message says
    so — before, only «номер мероприятия 1 повторяется», with no word of the second title."""
    if row.n != 1 or restart_title is None:
        return f"номер мероприятия {row.n} повторяется"
    title, where = restart_title
    return (f"номер мероприятия 1 повторяется: нумерация начинается заново под «{' '.join(title.split())[:200]}» "
            f"{where} — похоже, это второй отчёт, но его заголовок не называет год этого отчёта; сохраните каждый "
            "отчёт отдельным файлом или укажите в заголовке квартал и год")


def _plan_is_the_reports(layout: Layout, k: int, year: int, quarter: int) -> bool:
    """Whether the rows under the k-th plan heading are the report's own events after all: their numbering carries on
    from the event above the heading (41 after 40, 1 at the table's top; a table numbered by order carries on by
    itself) AND some dated row lies in the report's quarter and none after it (others may lie before it, as a report's
    late entries do; a plan lies ahead). «План мероприятий на I квартал 2025 года будет представлен отдельно.»
    between events 40 and 41 is then a sentence of the report, not a plan's heading — the ten events under it were
    lost with a warning. A real plan restarts at 1, or its dates lie after the quarter (Yugra's plan
    numbered on 11–13 in January–March of the next year is set aside as before); rows with no dates at all stay a
    plan, as nothing shows they were held."""
    rows = layout.planned_events[k]
    if not rows:
        return False
    if not layout.numbered_by_order:
        above = [e.n for e in layout.events if e.table_row < rows[0].table_row and e.n != UNNUMBERED]
        last = above[-1] if above else 0  # the table's first events count as carrying on from 0
        if not (rows[0].n == last + 1 or last < rows[0].n <= last + MAX_ROWS_TAKEN_OUT and above):
            return False  # numbered on, or with a jump where rows were taken out (39 → 41); not restarted at 1
    dated = [d for d in (event_dates(r.cells.get("dates", ""), year, quarter) for r in rows)
             if d.start is not None and d.end is not None]
    _, quarter_end = quarter_bounds(year, quarter)
    inside = [d for d in dated if quarter_position(d.start, d.end, year, quarter) in ("inside", "partial")]
    return bool(inside) and not any(d.start > quarter_end for d in dated)


def _plans_read_as_notes(layout: Layout, year: int, quarter: int) -> tuple[Layout, list[Issue]]:
    """The layout with each plan heading whose rows are the report's own (_plan_is_the_reports) turned into a note
    and its rows back among the events in table order, and an info for each; real plans are left as they are."""
    kept_plans, kept_rows, notes, events, issues = [], [], list(layout.notes), list(layout.events), []
    for k, (plan, table_rows) in enumerate(layout.planned):
        rows = layout.planned_events[k] if k < len(layout.planned_events) else ()
        if rows and _plan_is_the_reports(layout, k, year, quarter):
            events.extend(rows)
            notes.append(plan)
            numbers = "" if layout.numbered_by_order else f" (№ {rows[0].n}–{rows[-1].n})"
            period = f"{_ROMAN[quarter]} кв. {year}"
            issues.append(Issue("n", plan[:300], f"«{plan[:120]}» стоит между мероприятиями, но строки таблицы "
                                f"{_row_list(table_rows)} под ним продолжают нумерацию{numbers} "
                                f"и проведены в {period}: это примечание, а не заголовок плана — "
                                "строки загружены как мероприятия отчёта", severity="info"))
            continue
        kept_plans.append((plan, table_rows))
        kept_rows.append(rows)
    if not issues:
        return layout, []
    events.sort(key=lambda e: e.table_row)
    if layout.numbered_by_order:
        events = [dataclasses.replace(e, n=k) for k, e in enumerate(events, start=1)]
    sectors = tuple(dict.fromkeys([e.sector for e in events if e.sector] + list(layout.sectors)))
    return dataclasses.replace(layout, events=tuple(events), notes=tuple(notes), sectors=sectors,
                               planned=tuple(kept_plans), planned_events=tuple(kept_rows)), issues


def build_report(source: Source, today: date | None = None) -> Report:
    """Source grid → Report. Raises ReportError only when the file is not a report at all. today: the day a
    quarter not begun yet is judged against (tests); the clock's by default."""
    bound_caches()  # the word and text caches stay bounded however many reports a process reads
    layout: Layout = split_layout(source.grid, source.file_name)
    meta = parse_title(layout.title, source.file_name, named=source.uploaded_name or None)
    layout, plans_read_as_notes = _plans_read_as_notes(layout, meta.year, meta.quarter)
    if not layout.events:
        if layout.numbered_by_order and source.kind == "txt":
            # a text dump marks rows only by their numbers: without a number column its rows are lost
            raise ReportError("в таблице нет ни одного мероприятия: у таблицы нет столбца «№ п/п», а в текстовом "
                              "файле строки различаются по номерам — загрузите отчёт в формате Word (.docx)",
                              file=source.file_name)
        raise ReportError("в таблице нет ни одного мероприятия", file=source.file_name)
    home = home_of(meta.region)
    issues: list[Issue] = list(source.issues) + plans_read_as_notes  # what reading set aside (other tables, PDF joins)
    if meta.from_file_name:
        issues.append(Issue("report_title", layout.title[:300], "заголовок не называет регион или квартал: они взяты "
                            "из имени файла", severity="info"))
    events: list[Event] = []
    seen: set[int] = set()
    title_sector = report_title_sector(layout.title)  # a body's report: its sphere is every unheaded event's
    # each body's part of the quarter (Layout.parts): its own title's sphere, «Министерство образования» → education
    part_sectors = {k: report_title_sector(title) for k, (title, _) in enumerate(layout.parts, start=1)}
    rows, numbering = event_numbers(layout.events, layout.title, layout.parts)
    issues.extend(numbering)
    renumbered = {written: row.n for row, written in ((r, _written_number(r)) for r in rows) if written != row.n}
    if renumbered:  # what reading said of an event by its written number now names its stored one
        issues = [dataclasses.replace(i, event=renumbered.get(i.event, i.event)) if i.event is not None else i
                  for i in issues]
    if layout.numbered_by_order:
        issues.append(Issue("n", "", "в таблице нет столбца «№ п/п»: мероприятиям присвоены номера по порядку строк",
                            severity="info"))
    for plan, table_rows in layout.planned:
        issues.append(Issue("n", plan[:300], f"под заголовком «{plan[:120]}» — план, а не проведённые мероприятия: "
                            f"строки таблицы {_row_list(table_rows)} ({len(table_rows)}) не загружены",
                            severity="warning"))
    for heading, table_rows in layout.summaries:
        issues.append(Issue("n", heading[:300], f"строки таблицы {_row_list(table_rows)} под заголовком «{heading[:120]}» "
                            "— сводка (в пронумерованных строках только показатели — ни дат, ни мест), а не "
                            "мероприятия: прочитаны как примечания" if heading else f"строки таблицы "
                            f"{_row_list(table_rows)} — сводка (в пронумерованных строках только показатели — ни дат, "
                            "ни мест), а не мероприятия: прочитаны как примечания", severity="info"))
    if layout.another_report is not None:
        second, where = layout.another_report
        issues.append(Issue("table", second[:300], two_reports_message(layout.title, second, where), "warning"))
    for table_row in layout.empty_rows:
        issues.append(Issue("n", "", f"строка {table_row} таблицы содержит только номер: пустая строка формы "
                            "пропущена, мероприятием не считается", severity="info"))
    for row in rows:
        for table_row in row.continued_rows:
            if table_row in row.title_continued:
                issues.append(Issue("n", clean(row.cells.get("title", ""))[:300],
                                    f"строка {table_row} таблицы без номера и дат, наименование со строчной буквы, "
                                    f"продолжает мероприятие № {row.n} (разрыв страницы?): её ячейки добавлены к нему",
                                    severity="info", event=row.n))
                continue
            issues.append(Issue("n", clean(" ".join(row.cells.values()))[:300],
                                f"строка {table_row} таблицы без номера и наименования продолжает "
                                f"мероприятие № {row.n} (разрыв страницы?): её ячейки добавлены к нему",
                                severity="info", event=row.n))
    for row in rows:
        for table_row, letter in row.sub_items:
            issues.append(Issue("n", letter, f"строка {table_row} таблицы: подпункт «{letter}» без своих дат — часть "
                                f"мероприятия № {row.n}, его текст добавлен к описанию мероприятия",
                                severity="info", event=row.n))
    # «РБ», «РК»: Belarus or Bashkortostan, Kazakhstan or Karelia — read once from the whole report
    abbreviations = read_abbreviations([layout.title, *layout.notes, *(text for row in rows for text in row.cells.values())],
                                       meta.region)
    issues.extend(abbreviations.issues)
    # «9/25/2024»: the report writes its dates month first, as a program set to English does (etl/dates.py)
    month_first = month_first_dates(row.cells.get("dates", "") for row in rows)
    if month_first:
        issues.append(Issue("dates", "", "даты отчёта записаны в порядке «месяц/день/год» (как в английской версии "
                            "Excel: 9/25/2024 — 25 сентября 2024 г.): прочитаны в этом порядке — проверьте их",
                            severity="info"))
    held_rows = []
    for row in rows:
        if row.n > MAX_EVENT_NUMBER:
            raise ReportError(f"номер мероприятия {row.n} больше {MAX_EVENT_NUMBER}", file=source.file_name,
                              event=row.n, field="№ п/п")
        if row.n in seen:
            raise ReportError(_repeated_number_message(row, layout.restart_title), file=source.file_name,
                              event=row.n, field="№ п/п")
        seen.add(row.n)
        cancelled = _not_held_issue(row, meta.year, meta.quarter)
        if cancelled is not None:  # cancelled or moved out of the quarter: not held, so not loaded
            issues.append(cancelled)
            continue
        held_rows.append(row)
        try:
            event, event_issues = normalize_event(row, meta.year, meta.quarter, home, layout.notes,
                                                  part_sectors.get(row.part, title_sector), abbreviations,
                                                  month_first=month_first)
        except ReportError:
            raise
        except Exception as exc:  # a parser bug must still say where it happened
            raise ReportError(f"внутренняя ошибка разбора: {type(exc).__name__}: {exc}",
                              file=source.file_name, event=row.n) from exc
        events.append(event)
        issues.extend(event_issues)
    if title_sector is not None and any(event.sector is None for event in events):
        issues.append(Issue("sector", layout.title[:300], "сфера в отчёте не указана: взята из заголовка отчёта — "
                            f"«{title_sector.label_ru}»", severity="info"))
    for column, header in layout.unknown_columns:
        issues.append(Issue("column", header,
                            f"столбец {column} «{header}» не распознан: его ячейки сохранены без разбора"))
    numbers = [e.n for e in events]
    if numbers != sorted(numbers):
        issues.append(Issue("n", ", ".join(map(str, numbers))[:300],
                            "номера мероприятий идут не по порядку: проверьте, не перепутаны ли строки"))
    expected = list(range(1, len(seen) + 1))  # an event not held (not loaded) keeps its number
    if sorted(seen) != expected:
        issues.append(Issue("n", ", ".join(map(str, sorted(seen)))[:300],
                            "номера мероприятий идут не подряд с 1"))
    merged_names = merge_report_aliases({e.n: e.organisations for e in events},
                                        # as the organisations were read: «(далее – ТПП РК)» was «ТПП Республики
                                        # Казахстан» there, and so is «ТПП РК» standing alone
                                        {r.n: {role: abbreviations.spelled_out(text) for role, text in r.cells.items()}
                                         for r in held_rows})
    for event in events:
        event.organisations = merged_names[event.n]
    normalized = normalize_names({e.n: e.officials for e in events})
    for event in events:  # the role as the officials table holds it: in the nominative (sixteenth round)
        event.officials = [dataclasses.replace(o, role=nominative_role(o.role)) for o in normalized[event.n]]
    issues.extend(title_period_issues(events, meta.year, meta.quarter, layout.title, today))
    period_start, period_end = quarter_bounds(meta.year, meta.quarter)
    notes = [Note(text, note_number(text)) for text in layout.notes]
    for note in notes:
        if note.number is not None and note.number > MAX_NOTE_NUMBER:
            issues.append(Issue("notes", note.text[:300],
                                f"число в примечании больше {MAX_NOTE_NUMBER} — не принято"))
            note.number = None
    return Report(file_name=source.file_name, sha256=source.sha256, source_kind=source.kind,
                  region=meta.region, year=meta.year, quarter=meta.quarter,
                  period_start=period_start, period_end=period_end, sectors=list(layout.sectors),
                  notes=notes, events=events, issues=issues)


def event_contract(event: Event) -> dict:
    """The JSON contract of one event: ISO dates, ISO alpha-2 countries, integers, null."""
    return {
        "n": event.n, "sector": event.sector, "sector_key": event.sector_key, "title": event.title,
        "start_date": event.start_date.isoformat() if event.start_date else None,
        "end_date": event.end_date.isoformat() if event.end_date else None,
        "months": event.months, "format": event.format, "direction": event.direction,
        "event_type": event.event_type, "venue_city": event.venue_city,
        "venue_country": event.venue_country, "partner_countries": event.partner_countries,
        "unnamed_foreign": event.unnamed_foreign, "foreign_regions": event.foreign_regions,
        "attendance_total": event.attendance_total,
        "attendance_lower_bound": event.attendance_lower_bound,
        "attendance_approximate": event.attendance_approximate,
        "attendance_foreign": event.attendance_foreign, "attendance_online": event.attendance_online,
        "agreement": event.agreement, "officials": [o.name for o in event.officials],
        "organisations": [o.contract() for o in event.organisations],
    }


def report_contract(report: Report) -> dict:
    return {
        "report": {"region": report.region, "year": report.year, "quarter": report.quarter,
                   "event_count": report.event_count,
                   "notes": [asdict(n) for n in report.notes]},
        "events": [event_contract(e) for e in report.events],
    }
