"""Pure classifiers: sector key, format, direction, event type and agreement, by meaning of words."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from .config import REFERENCE_DIR
from .lemmas import (caseless_text, finditer_caseless, fold, fold_lookalikes, lemmatize, may_match, morph,
                     search_slice, text_cache, words)

# ---------- sectors ----------


@dataclass(frozen=True)
class Sector:
    key: str
    label_en: str
    label_ru: str
    known: bool = True


@lru_cache(maxsize=1)
def _sector_table() -> list[tuple[Sector, list[tuple[str, ...]]]]:
    with open(REFERENCE_DIR / "sectors.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [(Sector(r["key"], r["label_en"], r["label_ru"]),
             [tuple(k.split()) for k in r["keywords"].split(";")]) for r in rows]


_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                      "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                      "yu", "ya"]))
_GENERIC_WORDS = {"сотрудничество", "в", "сфера", "область", "и", "направление", "по", "вопрос"}


def slugify(text: str) -> str:
    """'Сотрудничество в сфере спорта' → 'sport'-like slug of the meaningful words."""
    words = [w for w in lemmatize(text) if w not in _GENERIC_WORDS and "-" not in w] or lemmatize(text)
    latin = "_".join("".join(_TRANSLIT.get(ch, ch) for ch in fold(w)) for w in words)
    return re.sub(r"[^a-z0-9_]+", "", latin)[:60] or "sector"


@text_cache  # every event under a heading asks again
def classify_sector(heading: str | None) -> Sector:
    """Known sectors by their key words ('культуры и туризма' → culture_tourism); unknown ones
    get a slug so they are kept, not dropped. An aside in brackets ('Спорт (по линии Министерства
    образования)') names the filing body: it decides only when the words outside it name no sector but
    general cooperation. A word a clerk mistyped ('Здравохранение', 'Обрзование') is read as the key
    word one letter away, when nothing is found as written."""
    if not heading:
        return Sector("unspecified", "Unspecified", "Без сферы")
    if "(" in heading:
        outside = _ASIDE.sub(" ", heading)
        best = _named_sector(outside) if outside.strip() and outside != heading else None
        if best is not None and best.key != "general":
            return best
    best = _named_sector(heading)
    if best is None:
        best = _sector_respelled(heading)
    if best:
        return best
    return Sector(slugify(heading), heading, heading, known=False)


_ASIDE = re.compile(r"\([^()]*\)")


def _named_sector(heading: str) -> Sector | None:
    lemmas = lemmatize(heading)
    joined = " " + " ".join(lemmas) + " "
    best, best_rank = None, None
    for sector, keywords in _sector_table():
        found = [joined.find(f" {' '.join(k)} ") for k in keywords]
        found = [position for position in found if position >= 0]
        if not found:
            continue
        # More key words first; on a tie the one named first ('Спорт и туризм' is sport, 'Туризм и спорт'
        # tourism), and general cooperation ('Аппарат Губернатора … по культуре') only when nothing else is.
        rank = (len(found), sector.key != "general", -min(found))
        if best_rank is None or rank > best_rank:
            best, best_rank = sector, rank
    return best


@lru_cache(maxsize=1)
def _keyword_forms() -> dict[tuple[str, int], list[tuple[str, str]]]:
    """Every inflected form of the sectors' key words of 6+ letters with its sector's key, by (first
    letter, length)."""
    forms: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for sector, keywords in _sector_table():
        for keyword in keywords:
            for word in keyword:
                if len(word) < 6 or "-" in word:
                    continue
                for form in {fold(f.word) for f in morph().parse(word)[0].lexeme} | {word}:
                    bucket = forms.setdefault((form[0], len(form)), [])
                    if (form, sector.key) not in bucket:
                        bucket.append((form, sector.key))
    return forms


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter replaced, added, dropped, or two neighbours swapped ('здравохранение' ~ 'здравоохранение')."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
    return a[i:] == b[i + 1:] if len(a) < len(b) else a[i + 1:] == b[i:]


def _respelled(heading: str) -> list[str]:
    """The heading with each word no dictionary knows replaced by a key word's form one edit away:
    one reading per such form ('Культурра' → 'культура', 'культурна'); [] when no word is mistyped so."""
    readings = [heading]
    for word in set(words(heading)):
        folded = fold(word)
        if len(folded) < 7 or not folded.isalpha() or morph().word_is_known(folded):
            continue
        forms = _keyword_forms()
        near = {form for length in (len(folded) - 1, len(folded), len(folded) + 1)
                for form, _ in forms.get((folded[0], length), ()) if _one_edit_apart(folded, form)}
        if near:
            spot = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
            readings = [spot.sub(form, reading) for reading in readings for form in sorted(near)][:8]
    return readings if readings != [heading] else []


def _sector_respelled(heading: str) -> Sector | None:
    """The sector every reading of a mistyped heading names, else None."""
    named = {(_named_sector(reading) or Sector("", "", "")).key: _named_sector(reading)
             for reading in _respelled(heading)}
    return next(iter(named.values())) if len(named) == 1 else None


@lru_cache(maxsize=1)
def _event_sector_words() -> list[tuple[Sector, list[tuple[str, ...]], list[tuple[str, ...]]]]:
    """Each known sector's key words (sectors.csv) with the words its events' titles use
    (sector_event_words.csv: 'гастроли', 'турнир', 'стажировка'), and its weak words, which decide
    only when no sector's key word is named ('выставка' is trade's unless 'художников' names culture;
    'визит делегации' is general cooperation's)."""
    with open(REFERENCE_DIR / "sector_event_words.csv", encoding="utf-8") as handle:
        rows = {r["key"]: r for r in csv.DictReader(handle)}

    def listed(key: str, column: str) -> list[tuple[str, ...]]:
        return [tuple(w.split()) for w in (rows.get(key) or {}).get(column, "").split(";") if w]
    return [(sector, keywords + listed(sector.key, "words"), listed(sector.key, "weak_words"))
            for sector, keywords in _sector_table()]


# A report's title that names its filing body's sphere: «… министерства культуры …», «Комитета по физической
# культуре и спорту», «Департамента промышленности», «в сфере образования».
_TITLE_SPHERE = re.compile(r"(?:министерств\w*|комитет\w*\s+по|департамент\w*|управлени\w*|агентств\w*|"
                           r"в\s+сфере|в\s+области|по\s+вопросам)\s+([^,.;:()«»\n]{3,80})", re.IGNORECASE)


def report_title_sector(title: str) -> Sector | None:
    """The sector a report's title gives all its events, when it names the body's sphere
    ('Информация о мероприятиях министерства культуры …' → culture); None for a title about the
    region's whole international activity ('… о международных и внешнеэкономических связях')."""
    for match in _TITLE_SPHERE.finditer(title):
        sector = classify_sector(match.group(1))
        if sector.known and sector.key != "general":
            return sector
    return None


# A heading that names a whole sphere of spheres: «Гуманитарное сотрудничество» is filed as culture, but
# its events are as often a university's, a tournament's or a youth forum's.
_BROAD_HEADING_LEMMAS = frozenset({"гуманитарный"})
_HUMANITARIAN_SECTORS = frozenset({"culture_tourism", "education_science", "sport", "youth", "health", "social",
                                   "compatriots"})


def sector_under_broad_heading(heading: str | None, title: str) -> Sector | None:
    """The sector an event's TITLE names by a key or event word, when its heading is a broad one
    ('Гуманитарное сотрудничество' with 'Международный турнир по самбо' → sport, 'Научная конференция …'
    → education); None when the heading is not broad, the title names no humanitarian sector, or
    names the heading's own."""
    if not heading or _BROAD_HEADING_LEMMAS.isdisjoint(lemmatize(heading)):
        return None
    named = infer_sector(title, strong_only=True)
    if named is None or named.key not in _HUMANITARIAN_SECTORS or named.key == classify_sector(heading).key:
        return None
    return named


# A heading that names the filing body rather than a sector: «Комитет по внешним связям», «Департамент
# Смоленской области по внутренней политике», «Управление делами Губернатора», «3. Аппарат Правительства» — a
# report grouped by ministry. Its head noun first (after a section number); a body whose words name a sector
# («Министерство культуры …») is read by classify_sector before this is asked.
_BODY_HEADING = re.compile(r"^\s*(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2})?\s*[.)]?\s*(?:министерств|комитет|департамент|"
                           r"управлени|агентств|аппарат|администраци|служб|инспекци|представительств|отдел|"
                           r"правительств|уполномоченн|госкомитет|главн\w*\s+управлени)\w*(?![\w-])", re.IGNORECASE)


def heading_names_a_body(heading: str | None) -> bool:
    """«Комитет по внешним связям» → True; «Культура», «Межрегиональное сотрудничество» → False."""
    return bool(heading) and _BODY_HEADING.match(heading) is not None


def infer_sector(title: str, content: str = "", strong_only: bool = False) -> Sector | None:
    """The sector an event's own words name, for an event no heading files under (a report without
    sector headings, an event above the first one): 'Гастроли Смоленского драматического театра' →
    culture, 'Международный турнир по самбо' → sport. Key words before weak ones, general cooperation
    only when nothing else is named, the title before the content ('Визит делегации' with «подписано
    соглашение в сфере здравоохранения» is health), then more words, then the one named first. None
    when neither names a sector."""
    best, best_rank = None, None
    for is_title, text in ((True, title), (False, content)):
        if not text.strip():
            continue
        joined = " " + " ".join(lemmatize(text)) + " "
        for sector, keywords, weak in _event_sector_words():
            strong = [at for at in (joined.find(f" {' '.join(k)} ") for k in keywords) if at >= 0]
            faint = [] if strong_only else [at for at in (joined.find(f" {' '.join(k)} ") for k in weak) if at >= 0]
            if not strong and not faint:
                continue
            rank = (bool(strong), sector.key != "general", is_title, len(strong), len(faint), -min(strong or faint))
            if best_rank is None or rank > best_rank:
                best, best_rank = sector, rank
    return best


# ---------- format ----------

_ONLINE = re.compile(
    r"дистанционн\w*|он-?лайн\w*|on-?line|видеоконференц\w*|видео-конференц\w*|видеосвяз\w*|\bвкс\b|"
    r"вебинар\w*|виртуальн\w*|в\s+режиме\s+видео\w*|в\s+(?:формате|режиме)\s+(?:он-?лайн|онлайн)"
    # the platforms a video call is named by, and taking part by correspondence ('заочное участие')
    r"|\bzoom\b|\bskype\b|скайп\w*|сферум\w*|телемост\w*|trueconf|webex|мтс\s+линк|\bзаочн\w*"
    r"|\bteams\b|webinar\w*|\bjitsi\b|google\s+meet|видеомост\w*|контур\.?\s*толк"
    # a call or letters are not a meeting in person: 'телефонные переговоры', 'по телефону', 'переписка'
    r"|телефонн\w*\s+(?:переговор|разговор|конференц|связ|звонк)\w*|по\s+телефону|переписк\w*"
    # a video call and the VK platform's calls: 'по видеозвонку', 'на платформе «VK Звонки»'
    r"|видеозвон\w*|\bvk\s+звонк\w*|\bвк\s+звонк\w*|видеовстреч\w*"
    # held from afar: 'в удалённом формате', 'в удаленном режиме', 'проведена удалённо' (not 'удалённый район')
    r"|удал[её]нн\w+\s+(?:формат|режим)\w*|удал[её]нно\b"
    # an event held on the web: 'интернет-конференция', 'веб-семинар', 'интернет-олимпиада'
    r"|(?:интернет|веб)-(?:конференц|семинар|совещан|олимпиад|форум|встреч|урок|викторин|конкурс|марафон"
    r"|выставк|экскурси|заняти|лекци|акци|фестивал|диктант|квест)\w*",
    re.IGNORECASE)
_IN_PERSON = re.compile(r"\bочн\w*|в\s+очном|офф?-?лайн|личн\w+\s+присутств", re.IGNORECASE)
_HYBRID = re.compile(r"гибридн\w*|смешанн\w+\s+формат|очно-(?:дистанционн|заочн)\w*", re.IGNORECASE)


# A sentence about what comes next ('В 2026 году планируется продолжить её в онлайн-формате')
# says nothing about how this event was held.
_PLANNED = re.compile(r"планир\w*|запланир\w*|намеч\w*|будет|будут|предполага\w*|в\s+дальнейшем"
                      r"|в\s+перспективе|предстоит|продолж\w+\s+(?:в|на)\s+\d{4}")  # on folded text
_SENTENCE = re.compile(r"[^.;!?\n]+")


# The texts are folded to lower case first: case-sensitive patterns are several times faster.
_ONLINE_LOWER, _IN_PERSON_LOWER, _HYBRID_LOWER = (re.compile(p.pattern) for p in (_ONLINE, _IN_PERSON, _HYBRID))


def letter_first(pattern: str) -> str:
    """'\\bвкс\\b' → 'в(?<!\\wв)кс\\b': a word boundary before a letter, said after the letter (the
    letter is a word character, so a boundary before it means no word character before it). When every
    branch starts with a letter, re skips at once to the next of those letters instead of trying every
    branch at every position (a boundary first defeats that scan); the matches are the same."""
    return re.sub(r"\\b([а-яёa-z])", lambda m: m.group(1) + "(?<!\\w" + m.group(1) + ")", pattern)


# The searches the format runs over an event's four cells joined, letter first (see letter_first).
_ONLINE_SCAN, _IN_PERSON_SCAN = (re.compile(letter_first(p.pattern)) for p in (_ONLINE_LOWER, _IN_PERSON_LOWER))
# A piece of every match of the three (none spans a sentence end): without one, the format is in
# person. One alternation over the four cells joined is a little faster than 56 `in` tests.
FORMAT_STEMS = ("дистанцион", "онлайн", "он-лайн", "лайн", "line", "видео", "вкс", "вебинар", "виртуальн", "очн",
                "офлайн", "оффлайн", "присутств", "гибридн", "смешанн", "zoom", "skype", "скайп", "сферум",
                "телемост", "trueconf", "webex", "мтс", "teams", "webinar", "jitsi", "meet", "толк", "телефон",
                "переписк", "звонк", "интернет-", "веб-", "удален")


def _by_first_letter(stems: tuple[str, ...]) -> str:
    """'онлайн|очн|видео' → 'о(?:нлайн|чн)|в(?:идео)': re tries one branch per first letter, not every stem."""
    groups: dict[str, list[str]] = {}
    for stem in stems:
        groups.setdefault(stem[0], []).append(re.escape(stem[1:]))
    return "|".join(re.escape(first) + "(?:" + "|".join(rest) + ")" for first, rest in groups.items())


_FORMAT_STEM = re.compile(_by_first_letter(FORMAT_STEMS))
# The same stems for text lower-cased but not folded: ё may stand for their е ('видёо' folds to 'видео').
_FORMAT_STEM_UNFOLDED = re.compile(_by_first_letter(FORMAT_STEMS).replace("е", "[её]"))

# Russian letters from the rarest to the most frequent; a Latin letter is rarer than any of them in a report.
_RARE_TO_COMMON = "ъёфэщцюшжхйчбзгьыяупдмклврстниаео"


def _rarest_letter_first(stems: tuple[str, ...], unfolded: bool = False) -> str:
    """Each stem found from its rarest letter, the letters before it checked by a look-behind:
    'онлайн' → 'й(?<=онлай)н'. _by_first_letter's branches start with о, в, п, с, т, д, м, г — a
    third of a Russian text's letters, each a place re tries a branch; here re skips to the next
    й, ц, ч, ф, ш, б, к, д, м, у or Latin letter. A match starts at that letter, not at the stem:
    for a yes/no search only. unfolded: an е of a stem may be written ё."""
    def rank(letter: str) -> int:
        return _RARE_TO_COMMON.find(letter) if letter in _RARE_TO_COMMON else -1  # Latin: rarest

    def spelled(part: str) -> str:
        escaped = re.escape(part)
        return escaped.replace("е", "[её]") if unfolded else escaped

    groups: dict[str, list[str]] = {}
    for stem in stems:
        pivot = min(range(len(stem)), key=lambda k: (rank(stem[k]) if stem[k] != "е" else 99, k))
        behind = f"(?<={spelled(stem[:pivot + 1])})" if pivot else ""
        groups.setdefault(stem[pivot], []).append(behind + spelled(stem[pivot + 1:]))
    return "|".join(re.escape(letter) + "(?:" + "|".join(branches) + ")" for letter, branches in groups.items())


# _FORMAT_STEM_UNFOLDED for a yes/no search, from each stem's rarest letter (about three times faster).
_FORMAT_STEM_UNFOLDED_RARE = re.compile(_rarest_letter_first(FORMAT_STEMS, unfolded=True))


# A piece of every match of _PLANNED: a text without one has no planned sentence.
_PLANNED_STEM = re.compile(r"планир|намеч|будет|будут|предполага|дальнейшем|перспективе|предстоит|продолж")


def _held_text(folded: str) -> str:
    if not _PLANNED_STEM.search(folded):
        return " ".join(_SENTENCE.findall(folded))
    return " ".join(m.group(0) for m in _SENTENCE.finditer(folded) if not _PLANNED.search(m.group(0)))


def classify_format(title: str, venue: str, content: str, participants: str) -> str:
    """'в дистанционном формате' → online; '500 … в очном формате, 1000 – в формате онлайн' → hybrid;
    'Школа будет продолжена в онлайн-формате' is a plan, not this event's format."""
    cells = (title, venue, content, participants)
    lowered = [caseless_text(t) for t in cells]  # remembered: the other parsers read these cells too
    if None not in lowered and not _FORMAT_STEM_UNFOLDED_RARE.search("\n".join(lowered)):
        return "in_person"  # what the joined, folded test below finds for them, without folding
    folded = [fold(t) for t in cells]
    joined = "\n".join(folded)  # no stem holds a newline: found here only if in one of the cells
    # Found above on the lower-cased cells already when every one is plain (the same stems, folded).
    if None in lowered and not _FORMAT_STEM.search(joined):  # no stem spans a newline or a join
        return "in_person"
    # Each pattern only where one of its own stems is: a cell that is only 'в очном формате' is in
    # person without reading its sentences (dropping planned sentences and joining never makes a stem).
    may_be_hybrid = _has_any(joined, HYBRID_STEMS)
    may_be_online = _has_any(joined, ONLINE_STEMS)
    if not (may_be_hybrid or may_be_online):
        return "in_person"
    texts = " \n".join(_held_text(t) for t in folded)
    if may_be_hybrid and _HYBRID_LOWER.search(texts):
        return "hybrid"
    online = may_be_online and bool(_ONLINE_SCAN.search(texts))
    if online and _has_any(joined, IN_PERSON_STEMS) and _IN_PERSON_SCAN.search(texts):
        return "hybrid"
    if online and ("част" in joined or "некотор" in joined or "из них" in joined) and _PART_REMOTE.search(texts):
        return "hybrid"  # 'часть участников подключилась дистанционно': the others were there
    if online and ("подключ" in joined or "трансляц" in joined) and _held_with_remote_guests(folded[0], texts):
        return "hybrid"
    return "online" if online else "in_person"


# 'часть участников подключилась по ВКС', 'некоторые эксперты выступили онлайн', '15 человек, 5 из них
# подключились удалённо': only some were remote.
_PART_REMOTE = re.compile(r"(?<!\w)(?:част[ьи]|некотор\w+|из\s+них)\s+(?:\w+\s+){0,3}?"
                          r"(?:подключ|участвова|присоедин|выступ)\w*")


# 'г. Смоленск (с подключением по ВКС)', 'с онлайн-подключением участников из Минска', 'с возможностью
# подключения в режиме видеоконференции': people joined remotely an event held somewhere.
# 'с онлайн-трансляцией в социальных сетях', 'с прямой онлайн-трансляцией': an event held in a place and
# streamed too, the same way.
_WITH_CONNECTION = re.compile(r"(?<!\w)с\s+(?:возможностью\s+)?(?:\w+[\s-]+){0,2}(?:подключени|трансляци)\w*(?:\s+\S+){0,6}")


def _held_with_remote_guests(title: str, texts: str) -> bool:
    """An event held in a place with some people connected remotely is hybrid: its only online words
    are those of a 'с подключением …' phrase. Not when the rest says the whole event was online
    ('Встреча в режиме ВКС с подключением представителей Минска'), and not when we only took part
    ('Участие в заседании … с подключением по ВКС': our side was the remote one)."""
    if title.lstrip().startswith("участ"):
        return False
    phrases = [m for m in _WITH_CONNECTION.finditer(texts) if _ONLINE_LOWER.search(m.group(0))
               or re.match(r"с\s+(?:возможностью\s+)?(?:онлайн|он-лайн|дистанционн\w*|удаленн\w*|видео)", m.group(0))]
    if not phrases:
        return False
    rest = texts
    for match in reversed(phrases):
        rest = rest[:match.start()] + " " + rest[match.end():]
    return not _ONLINE_LOWER.search(rest)


# A piece of every match of each format pattern, folded: _HYBRID ('очно-дистанционный'), _ONLINE
# ('лайн' in онлайн, он-лайн; 'видео' in видеоконференция, видеосвязь, «в режиме видео…»; 'line' in
# on-line; each platform's name; 'мтс' of «МТС Линк», 'толк' of «Контур.Толк», 'meet' of «Google Meet»;
# 'телефон' of a call, 'переписк' of letters), _IN_PERSON ('флайн' in офлайн, оффлайн; 'очн'
# in «в очном»).
HYBRID_STEMS = ("гибридн", "смешанн", "очно-")
ONLINE_STEMS = ("дистанционн", "лайн", "line", "видео", "вкс", "вебинар", "виртуальн", "zoom", "skype", "скайп",
                "сферум", "телемост", "trueconf", "webex", "мтс", "заочн", "teams", "webinar", "jitsi", "meet",
                "толк", "телефон", "переписк", "звонк", "интернет-", "веб-", "удален")
IN_PERSON_STEMS = ("очн", "флайн", "присутств")


def _has_any(text: str, stems: tuple[str, ...]) -> bool:
    for stem in stems:
        if stem in text:
            return True
    return False


# ---------- direction ----------


def classify_direction(event_format: str, venue_country: str | None, venue_is_home: bool,
                       venue_text: str, home_country: str = "RU") -> str:
    """Where people moved: foreigners came to us (inbound), we went abroad (outbound),
    remote, or met elsewhere in Russia (a Moscow exhibition)."""
    if event_format == "online":
        return "remote"
    if venue_country and venue_country != home_country:
        return "outbound"
    if venue_is_home or not venue_text.strip():
        return "inbound"
    return "elsewhere_in_russia"


# ---------- event type ----------

EVENT_TYPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("forum", ("форум", "саммит", "съезд", "конгресс", "слет", "ассамблея")),
    ("exhibition", ("выставка", "экспонирование", "экспозиция", "ярмарка", "выставочный", "салон", "фотовыставка",
                    "выставка-ярмарка", "фотоэкспозиция", "экспо", "expo", "биеннале", "триеннале",
                    "вернисаж", "демонстрационный", "демонстрация")),
    ("conference", ("конференция", "чтение", "симпозиум", "круглый", "семинар-совещание",
                    "презентация", "лекция", "коллоквиум")),
    ("festival_performance", ("фестиваль", "фестиваль-ярмарка", "фестиваль-конкурс", "концерт",
                              "концерт-встреча", "спектакль", "гастроль", "показ", "праздник",
                              "представление", "шоу", "акция", "церемония", "флешмоб", "субботник",
                              # days, weeks and decades of a culture; evenings, balls, screenings, awards, wreaths
                              "день", "неделя", "декада", "вечер", "бал", "кинопоказ", "кинофестиваль",
                              "ретроспектива", "вручение", "возложение", "гала-концерт", "карнавал", "парад")),
    ("visit", ("визит", "командировка", "поездка", "тур", "онлайн-тур", "бизнес-миссия", "миссия",
               "экскурсия", "стажировка", "делегация", "экспедиция",
               # tours for the trade: tour operators, the press, business, bloggers
               "инфотур", "инфо-тур", "пресс-тур", "бизнес-тур", "фам-тур", "фамтур", "промо-тур",
               "медиатур", "медиа-тур", "промотур", "блог-тур", "блогтур", "турпоездка")),
    ("meeting", ("встреча", "заседание", "совещание", "переговоры", "видеоконференция",
                 "онлайн-встреча", "сессия", "прием", "консультация", "коллегия", "завтрак", "обед", "ужин",
                 "звонок", "конференц-звонок", "видеомост", "телемост", "видеовстреча", "собеседование",
                 # a call, a talk, an audience, a press briefing
                 "разговор", "беседа", "аудиенция", "брифинг",
                 # a contact exchange ('Биржа деловых контактов')
                 "биржа")),
    ("competition", ("конкурс", "турнир", "чемпионат", "олимпиада", "соревнование", "первенство",
                     "хакатон", "игра", "матч", "спартакиада", "эстафета", "забег", "марафон", "велопробег",
                     "автопробег", "регата", "викторина", "квиз", "челлендж", "кубок", "диктант")),
    ("workshop", ("мастер-класс", "вебинар", "семинар", "тренинг", "практикум", "обучение",
                  "школа", "курс", "урок", "онлайн-урок", "занятие", "пленэр", "лагерь",
                  "акселератор", "интенсив", "смена")),  # 'профильная смена в лагере'
)
EVENT_TYPE_LABELS = {
    "forum": "форум", "exhibition": "выставка", "conference": "конференция",
    "festival_performance": "фестиваль / выступление", "visit": "визит / поездка",
    "meeting": "встреча / заседание", "competition": "конкурс", "workshop": "мастер-класс / семинар",
    "other": "другое",
}
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")


def classify_event_type(title: str) -> str:
    """The kind named first in the title, outside quoted names:
    'Концерт-встреча «Мост дружбы»' → festival_performance, 'Участие в видеоконференции' → meeting."""
    kinds = _kind_of_word()
    lemmas = lemmatize(_QUOTED.sub(" ", title))
    if len(lemmas) > 1:
        # a hyphenated kind written as two words: 'Мастер класс', 'Семинар совещание', 'Бизнес миссия'
        lemmas = _joined_pairs(lemmas, kinds)
    if "участие" in lemmas and not any(w in kinds for w in lemmas[:lemmas.index("участие")]):
        # 'Участие делегации … в Харбинской ярмарке': the kind is what was taken part in ('Визит …
        # и участие в конференции', 'Командировка … для участия во встрече' stay visits)
        after = lemmas.index("участие")
        into = next((i for i in range(after + 1, len(lemmas)) if lemmas[i] in ("в", "во")), None)
        if into is not None:
            for i in range(into + 1, len(lemmas)):
                if lemmas[i] in kinds and not (lemmas[i] in _DATED_KINDS and lemmas[i - 1] in _DATE_PREPOSITIONS):
                    return kinds[lemmas[i]]
    for i, word in enumerate(lemmas):
        if word in kinds and not (word in _DATED_KINDS and i and lemmas[i - 1] in _DATE_PREPOSITIONS):
            return kinds[word]
    return "other"


def _joined_pairs(lemmas: list[str], kinds: dict[str, str]) -> list[str]:
    joined, i = [], 0
    while i < len(lemmas):
        pair = lemmas[i] + "-" + lemmas[i + 1] if i + 1 < len(lemmas) else ""
        if pair in kinds:
            joined.append(pair)
            i += 2
        else:
            joined.append(lemmas[i])
            i += 1
    return joined


# 'Дни культуры', 'Неделя кино' are events; 'со дня подписания', 'ко Дню Победы', 'до дня' date one.
_DATED_KINDS = frozenset({"день", "неделя", "декада"})
_DATE_PREPOSITIONS = frozenset({"с", "к", "до", "по", "от"})


@lru_cache(maxsize=1)
def _kind_of_word() -> dict[str, str]:
    """Lemma → the first kind of EVENT_TYPES that lists it ('встреча' → meeting)."""
    kinds: dict[str, str] = {}
    for kind, keys in EVENT_TYPES:
        for key in keys:
            kinds.setdefault(key, kind)
            # and as the title's words lemmatise ('викторина' → 'викторин', 'квиз' → 'квиза')
            said = lemmatize(key)
            if "-" not in key and said:
                kinds.setdefault(said[0], kind)
    return kinds


# ---------- agreements ----------

# 'протокол заседания / совещания / встречи' is minutes: signed, it records what was agreed (_VERBAL)
_MINUTES = r"\w*\s+(?:заседани|совещани|встреч|переговор|собрани|сесси)"
_DOCUMENT = (r"(?:соглашени\w*|меморандум\w*|договор(?:ы|а|ов|ом|ами|ам|ах|е|у)?\b|протокол(?!" + _MINUTES + r")\w*"
             r"|дорожн\w+\s+карт\w*|контракт\w*|план\w*\s+(?:мероприятий|действий|совместных)"
             r"|программ\w*\s+сотрудничеств\w*|хартия\w*|устав\w*|коммюнике|декларац\w*|конвенц\w*"
             r"|совместн\w+\s+заявлени\w*|письм\w*\s+о\s+намерени\w*"
             # documents unnamed: 'подписано 3 документа', 'подписан пакет документов'
             r"|документ(?:ы|а|ов|ом|ами|ам|ах|е)?\b)")
# What may stand between a document and its verb: any letter but a sentence's end — a dot only of an initial or
# an abbreviation inside the names of the sides («между ТГУ им. Д.И. Менделеева и ООО «Агро» … продлено»), up to
# 240 characters (two long names); the clause check (_NOT_DONE) still reads the whole clause.
_GAP = r"(?:[^.;]|(?<=[А-ЯЁA-Z])\.|(?<=\bим)\.|(?<=\bг)\.|(?<=\bул)\.|(?<=\bобл)\.|(?<=\bресп)\.)"
_SIGNED = re.compile(
    r"(?:подписан\w*|подписал\w*|подписыван\w*|заключен\w*|заключил\w*|заключени\w*|заключа\w*"
    # an agreement extended is signed again: 'пролонгирован договор', 'продлено действие соглашения'
    r"|пролонгир\w*|продл[её]н\w*\s+(?:срок\w*\s+)?действи\w*)" + _GAP + r"{0,240}?"
    + _DOCUMENT +
    r"|" + _DOCUMENT + _GAP + r"{0,240}?(?:подписан\w*|заключен\w*|пролонгирован\w*|продл[её]н[оаы]?\b|продлил\w*)"
    # extended or exchanged, the document its object: 'продлено соглашение', 'продлён договор о …' (a
    # participle: not 'за продление соглашения', 'соглашение о продлении …'),
    # 'обменялись письмами о намерениях', 'обменялись подписанными экземплярами соглашения'
    r"|(?:продл[её]н[оаы]?\b|продлил\w*)\s+(?:\w+\s+)?" + _DOCUMENT
    + r"|обменял\w*\s+(?:подписанн\w+\s+)?(?:письм\w*\s+о\s+намерени\w*|экземпляр\w*|нотами)",
    re.IGNORECASE)
_HISTORIC = re.compile(r"(?:со\s+дня|годовщин\w*|-?лети\w*|юбиле\w*)[^.;]{0,20}$", re.IGNORECASE)
# Tense and modality: a signing planned, considered or only discussed is not a signed document.
_NOT_DONE = re.compile(
    r"планир\w*|запланир\w*|намеч\w*|(?<!\bо\s)намерен\w*|предполаг\w*|предусматрива\w*|предстоит|предстоящ\w*"
    r"|будет|будут|возможн\w*|перспектив\w*|обсужд\w*|обсуд\w*|рассмотр\w*|прораб\w*|подготов\w*"
    r"|готовит\w*|готовност\w*|\bк\s+подписани\w*|\bо\s+(?:подписани|заключени)\w*|для\s+подписани\w*"
    r"|проект\w*|не\s+(?:подписан|заключен|состоял)\w*|\bне\s+был\w*|ожида\w*|в\s+дальнейшем"
    r"|договорил\w*|договоренност\w*|перенес\w*|перенос\w*|отложен\w*|отлож\w*"
    # refused or left unsigned (the lead's probe, 29 Nov: «От подписания соглашения стороны отказались», «Без
    # подписания документов» were signed): «отказались», «отказ от подписания», «без подписания», «не подписывались»
    r"|отказал\w*|отказ\w*\s+от\s+(?:подписани|заключени)\w*|\bбез\s+(?:подписани|заключени)\w*|не\s+подписыва\w*",
    re.IGNORECASE)
# 'в рамках подписанного соглашения', 'согласно подписанному договору', 'соглашения, подписанного в
# 2019 году', 'ранее заключённый контракт': a document signed before, which the event only refers to.
_SIGNED_BEFORE = re.compile(r"(?:подписанн|заключ[её]нн)(?:ого|ому|ым|ом)\b|ранее\s+(?:подписан|заключ)",
                            re.IGNORECASE)
_EARLIER_BEFORE = re.compile(r"ранее\s*$", re.IGNORECASE)
# A signing said as a noun and then dated by a dash to a period: «Согласован текст соглашения, подписание – в I квартале
# 2026 г.», «заключение договора — на 2026 год», «подписание: в ближайшее время» — what is to come (the dash ends the
# clause _NOT_DONE reads, so its words were not seen: this was «signed»).
_SIGNING_NOUN = re.compile(r"(?:подписани|заключени)\w*", re.IGNORECASE)
_SIGNING_LATER = re.compile(
    r"[^–—:.;!?\n]{0,80}?(?:\s-|[–—:])\s*(?:(?:запланирован|намечен|ожида|предполага)\w*\s+)?(?:в|во|на)\s+"
    r"(?:[IV]{1,3}\s*(?:-?\s*[мй]\s*)?кв"
    r"|[1-4]\s*(?:-?\s*[мй]\s*)?кв|\d{4}|январ|феврал|март|апрел|ма[йея]|июн|июл|август|сентябр|октябр|ноябр|декабр"
    r"|следующ|ближайш|начал|конц|течени|перв|втор|трет|четв)", re.IGNORECASE)
# '…, подписанное в 2019 году, действует', 'заключённый 12.03.2021': a participle dated in a past year
# and the short form with «ранее» after it: «Соглашение подписано ранее, в 2023 году» (the lead's probe, 29 Nov)
_SIGNED_IN_A_YEAR = re.compile(r"(?:подписанн|заключ[её]нн)\w*\s+(?:в\s+(?:19|20)\d\d|\d{1,2}\.\d{2}\.\d{4}|ранее)"
                               r"|(?:подписан|заключ[её]н)[аоы]?\s*,?\s+(?:ещ[её]\s+)?ранее",
                               re.IGNORECASE)
_CLAUSE_BOUNDARY = re.compile(r"[.;!?\n]|,\s+(?=(?:а|но|однако|при\s+этом)\b)|\s[–—]\s")
_VERBAL = re.compile(
    r"(?:подписан\w*|подписал\w*|утвержд[её]н\w*)[^.;]{0,40}?протокол" + _MINUTES
    + r"|протокол" + _MINUTES + r"[^.;]{0,40}?подписан\w*"
    + r"|достигнут\w*[^.;]{0,40}?(?:договоренност\w*|соглашени\w*|решени\w*|понимани\w*|согласи\w*)"
    r"|(?:договоренност\w*)[^.;]{0,30}?достигнут\w*"
    r"|договорились|условились|достигнутые\s+договоренност\w*|пришли\s+к\s+(?:соглашени|согласи)\w*"
    r"|согласовал[аи]?\b|договоренност\w*\s+о\b|парафирован\w*"
    # 'утверждён план совместных мероприятий', 'согласована программа сотрудничества': agreed, unsigned
    r"|(?:утвержд[её]н[аоы]?|согласован[аоы]?)\s+(?:(?:совместн\w*|общ\w*)\s+)?(?:план\w*|программ\w*|график\w*"
    r"|перечень|переч\w+|дорожн\w+\s+карт\w*)"
    # the terms of something agreed: 'согласованы сроки визита', 'согласованы условия поставки'; and what the sides
    # agreed to do: 'согласован обмен студентами', 'согласовано проведение выставки', 'согласованы поставки зерна'
    r"|согласован[аоы]?\s+(?:срок\w*|дат[аы]\b|услови\w*|параметр\w*|порядок|маршрут\w*|объ[её]м\w*"
    r"|обмен\w*|проведени\w*|участи[ея]|визит\w*|поездк\w*|стажировк\w*|поставк\w*)",
    re.IGNORECASE)


# A piece of every match of _SIGNED, and of _VERBAL: a clause without one needs no scan.
_SIGNED_STEM = re.compile(r"подпис|заключ|пролонгир|продл|обменял")
_VERBAL_STEM = re.compile(r"достигнут|договор|условились|пришли|согласова|парафир|утвержд|протокол")
_AGREEMENT_STEM = re.compile(_SIGNED_STEM.pattern + "|" + _VERBAL_STEM.pattern)
# _AGREEMENT_STEM's words for str `in` tests: memchr-driven finds beat re's alternation, whose first
# letters (п, з, д, у, с) stop it at almost every other character of a Russian cell.
AGREEMENT_STEMS = tuple(_AGREEMENT_STEM.pattern.split("|"))


def _has_agreement_stem(lowered: str) -> bool:
    """bool(_AGREEMENT_STEM.search(lowered)), by `in` (the stems are plain words)."""
    for stem in AGREEMENT_STEMS:
        if stem in lowered:
            return True
    return False
_NEGATED = re.compile(r"\bне\s+(?:был\w*\s+)?(?:достигнут\w*|удал\w*|договорил\w*|согласова\w*)|\bне\s+достигли",
                      re.IGNORECASE)  # 'не согласована программа обмена': nothing agreed


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause a match stands in begins and ends: 'Обсуждена возможность заключения
    контракта' in 'Проведено 25 переговоров. Обсуждена возможность заключения контракта на поставку'."""
    left = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_BOUNDARY.finditer(text, end)), len(text))
    return left, right


def _clause_says(pattern: re.Pattern, text: str, lowered: str | None, start: int, end: int) -> bool:
    """Whether the IGNORECASE `pattern` occurs in the clause around text[start:end]."""
    return search_slice(pattern, text, lowered, *_clause_bounds(text, start, end)) is not None


@dataclass(frozen=True)
class Agreement:
    kind: str | None  # "signed" | "verbal" | None
    text: str | None  # the sentence that says so


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [p for p in (text.find(". ", end), text.find("\n", end)) if p != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return " ".join(text[left + 1:right].split()).strip(" .")


# A results cell that only names a document ('Протокол о намерениях', 'Соглашение о сотрудничестве между
# … и …', 'Дорожная карта на 2026–2027 гг.'): the clerk lists what came of the event, so it was signed.
# Not minutes ('Протокол заседания рабочей группы'), not a draft or a plan (_NOT_DONE), not a sentence with
# a verb of its own ('Меморандум обсуждён': the signing patterns have read those already).
_DOCUMENT_ALONE = re.compile(
    r"(?:^|[\n.;]\s*|^\s*(?:результат\w*|итог\w*)\s*[:–—-]\s*)(?P<document>(?:соглашени[ея]|меморандум\w?|договор\w?|контракт\w?"
    r"|протокол\w?(?!\s+(?:заседани|совещани|встреч|переговор|собрани|засед))|дорожн\w+\s+карт\w|хартия|коммюнике"
    r"|совместн\w+\s+заявлени\w|программ\w\s+сотрудничеств\w)\b[^.;\n]{0,160})",
    re.IGNORECASE)
_VERB_TAGS = ("VERB", "INFN", "PRTS", "GRND")
_DOCUMENT_STEMS = ("соглашени", "меморандум", "договор", "контракт", "протокол", "карт", "хартия", "коммюнике",
                   "заявлени", "программ")
_DATED = re.compile(r"(?<![А-ЯЁа-яё])от\s+\d", re.IGNORECASE)  # 'Соглашение … от 12.03.2019': one signed before


# A document ended, not signed: «Соглашение … 2015 г. денонсировано», «договор расторгнут», «прекратил действие».
_ENDED = re.compile(r"денонсир|расторгну|расторжени|прекрат\w*\s+(?:сво[её]\s+)?действи|утратил\w*\s+силу|аннулир")


def _names_a_document_alone(text: str) -> str | None:
    """The sentence of a cell that is only a document's name, else None."""
    lowered = text.lower()
    if not any(stem in lowered for stem in _DOCUMENT_STEMS) or not _DOCUMENT_ALONE.search(text) \
            or _ENDED.search(lowered):
        return None
    for match in _DOCUMENT_ALONE.finditer(text):
        sentence = match.group("document")
        if _NOT_DONE.search(sentence) or _DATED.search(sentence) or len(sentence.split()) > 20:
            continue
        if any(any(tag in morph().parse(word)[0].tag for tag in _VERB_TAGS)
               for word in re.findall(r"[А-ЯЁа-яё]+", sentence)):
            continue
        return " ".join(sentence.split()).strip(" .")
    return None


def classify_agreement(*texts: str) -> Agreement:
    """'заключение соглашения между …' → signed; 'достигнута договоренность' → verbal;
    'со дня подписания … Договора' (an anniversary) → nothing."""
    verbal: str | None = None
    for raw in texts:
        text = fold_lookalikes(raw)
        lowered = caseless_text(text)
        if lowered is not None and not _has_agreement_stem(lowered):
            continue  # most cells: no word of signing or agreeing at all
        signed = lowered is None or _SIGNED_STEM.search(lowered)
        for match in (finditer_caseless(_SIGNED, text, lowered) if signed else ()):
            if search_slice(_HISTORIC, text, lowered, max(0, match.start() - 30), match.start()):
                continue
            if _clause_says(_NOT_DONE, text, lowered, match.start(), match.end()):
                continue
            if search_slice(_SIGNED_BEFORE, text, lowered, match.start(), match.end()) \
                    or search_slice(_EARLIER_BEFORE, text, lowered, max(0, match.start() - 12), match.start()) \
                    or search_slice(_SIGNED_IN_A_YEAR, text, lowered, match.start(), min(len(text), match.end() + 20)):
                continue
            if _SIGNING_NOUN.search(match.group(0)) and _SIGNING_LATER.match(text, match.end()):
                continue
            return Agreement("signed", _sentence_around(raw, match.start(), match.end()))
        if verbal is None and (lowered is None or _VERBAL_STEM.search(lowered)):
            match = next((m for m in finditer_caseless(_VERBAL, text, lowered)
                          if not _clause_says(_NEGATED, text, lowered, m.start(), m.end())), None)
            if match:
                verbal = _sentence_around(raw, match.start(), match.end())
    for raw in texts[1:]:  # the content and results, not the title: 'Договор дружбы: 30 лет' names an occasion
        alone = _names_a_document_alone(fold_lookalikes(raw))
        if alone:
            return Agreement("signed", alone)
    return Agreement("verbal", verbal) if verbal else Agreement(None, None)
