"""A line a clerk broke by hand in the middle of a sentence, read as the one sentence it is.

Clerks press Enter (or Shift+Enter) inside a Word cell to make a long line fit the column they see, and a text
dump keeps that break. To the parsers a line break ends a clause: the case of a name («под председательством
Министра … Российской Федерации⏎М.Г. Решетникова» is Решетников, not a woman Решетникова), the scope of
«планируется⏎подписание соглашения» (planned, not signed), the side a count belongs to. `joined_wraps` puts
a space where a break only wraps a sentence, for the parsers only (the stored cell keeps what was typed); a
break that ends an item of a list stays.

A line that begins with an item's mark («а) …», «2) …», «– …») begins an item. Otherwise a break wraps a
sentence when it lies inside brackets or quotes that close after it («(министр, 2 советника,⏎3 артиста)»),
or when what follows cannot begin an item of its own:
- the next line begins with a small letter — not a place's mark: «⏎г. Казань» begins an item of an address —
  and the line before ends in a letter, a digit, a comma, a closing quote or bracket, or a spaced dash
  («представители⏎министерства», «соглашения,⏎а также»); a line ending in «.», «;», «:», «!» or «?» ends
  its item;
- the next line opens a bracket («Белорусская делегация⏎(министр, 2 советника)»): it explains what precedes;
  or a quote after a word in small letters («в Международном фестивале⏎«Dance Fest»»): the name of it;
- the line before ends in a word that cannot end a sentence — a preposition, a conjunction, «им.», «г.»,
  «пров.» («встреча с⏎Губернатором», «в г.⏎Минске») — or in an adjective, which waits for its noun
  («V Международные⏎Третьяковские чтения»);
- the line before ends in initials after a word that is no surname («остана А.⏎Резаи», «Федерации М.Г.⏎
  Решетникова»; not «Решетников М.Г.⏎Чеботарь Ю.А.»): the surname follows;
- the next line begins with a person written surname first, and the last clause of the line before names a
  post and no one yet («директор ООО «Смарт СТиМ Сити»⏎Навой Д.В.»; not «Ахметшин А.С. – первый
  заместитель⏎Навой Д.В. – …», where the post follows its person);
- the line before ends in a word with no mark after it, and the next line begins
  - with initials and a surname («Министра экономики Республики Беларусь⏎Ю.А. Чеботаря»): a list of people
    puts each person's post on the person's line («Губернатор Смоленской области В.Н. Анохин⏎Председатель …
    А.Н. Субботин»), so initials that begin a line after an unfinished one are the name it was leading to;
    or with initials alone after a capitalised word («Министра экономики Чеботаря⏎Ю.А.»): the surname's;
  - with a word the dictionary reads first as a singular in a dependent case — genitive, dative,
    instrumental, prepositional — and never as a nominative singular («Посольства⏎Республики Беларусь»,
    «Российской⏎Федерации», «в рамках⏎Союзного государства»), unless a verb follows it («…⏎Стороны
    условились»): an item of a list begins with its subject, in the nominative («г. Витебск⏎Республика
    Беларусь», «…⏎Председатель», «…⏎Представители»);
  - with an abbreviation in capitals after a word in small letters («на рынок⏎ОАЭ», «академика⏎МАНПО,
    члена-корреспондента РАЕН»); after a name it begins an item («Посольство Республики Беларусь⏎МИД России»);
  - with a name, and the line before ends in a noun a name follows — a state's or a province's kind
    («Республики⏎Беларусь», «Исламской Республики⏎Иран», «провинции⏎Хэйлунцзян») — or has a person's post
    among its last words («во главе с ректором⏎Ван Хуэй», «с губернатором пров. Хэйлунцзян⏎Лян Хуэйлином»).
Only prose is read so: a cell of dates, places or formats holds one item a line (etl/normalize.py).
"""
from __future__ import annotations

import re

from .lemmas import morph, parse

# Words after which a sentence cannot stop: prepositions, conjunctions, and the abbreviations of «город»,
# «имени», «улица» that always lead to a name.
_LEADING_WORDS = frozenset(
    "в во с со к ко по на из от до для при о об обо и или а но между под над за через без у про перед около "
    "среди вокруг вдоль после кроме также как им. г. ул. пр. пос. д. с. ст. имени пров. респ. гор.".split())

_BREAK = re.compile(r"[ \t\u00a0]*\n[ \t\u00a0]*")
_ENDS_OPEN = re.compile(r"(?:[\w,»\")]|\s[\u2013\u2014-])\Z")  # «научно-⏎практической» is a word cut, not this
_LAST_WORD = re.compile(r"(?:^|\s|\()(\S+)\Z")
_STARTS_SMALL = re.compile(r"[а-яёa-z]")
# A place's mark begins an item of an address or a list of places («в течение квартала⏎г. Казань», «г. Витебск⏎
# г. Полоцк»), though its letter is small.
_STARTS_WITH_PLACE = re.compile(r"(?:г|гор|с|пос|д|дер|х|ст|аг|ул|пр|просп|пл|обл|р-н|р\.[ \u00a0]?п)\.|пгт\b|р-н\b")
# Initials and a surname («Ю.А. Чеботаря», «К. Ямадой»: one initial, as foreign names are often written).
_STARTS_WITH_INITIALS = re.compile(r"[А-ЯЁ]\.[ \u00a0]?(?:[А-ЯЁ]\.[ \u00a0]?)?[А-ЯЁ][а-яё]")
_ENDS_IN_WORD = re.compile(r"[А-ЯЁа-яё]\Z")
# Initials at a line's end: «А.», «М.Г.» after a space (not «г.», «им.»: small; not a word's end «СНГ.»).
_ENDS_IN_INITIALS = re.compile(r"(?:^|[\s(])[А-ЯЁ]\.(?:[ \u00a0]?[А-ЯЁ]\.)?\Z")
_STARTS_WITH_BARE_INITIALS = re.compile(r"[А-ЯЁ]\.[ \u00a0]?[А-ЯЁ]\.(?![ \u00a0]?[А-ЯЁ][а-яё])")
_ENDS_IN_NAME = re.compile(r"(?:^|\s)[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\Z")
_ENDS_IN_SMALL_WORD = re.compile(r"(?:^|\s)[а-яё][а-яё-]*\Z")
_STARTS_WITH_ABBREVIATION = re.compile(r"[А-ЯЁ]{2,}(?![а-яё])")
# A capitalised word, or a word of four letters or more typed in capitals («⏎БЕЛАРУСЬ» in «из РЕСПУБЛИКИ⏎БЕЛАРУСЬ»).
_FIRST_WORD = re.compile(r"(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?|[А-ЯЁ]{4,})(?=[\s,.;:)«»\"]|\Z)")
_DEPENDENT_CASES = frozenset({"gent", "gen2", "datv", "ablt", "loct", "loc2"})
# Posts a name follows («с ректором⏎Ван Хуэй», «Послом⏎Данг Минь Кхоем»), by their dictionary form.
_POSTS = frozenset("посол консул генконсул министр губернатор вице-губернатор мэр председатель президент ректор "
                   "проректор директор аким хоким глава секретарь руководитель представитель заместитель "
                   "начальник атташе советник посланник премьер-министр вице-премьер".split())


def joined_wraps(text: str) -> str:
    """`text` with each line break that only wraps a sentence read as a space (see the module's docstring);
    a text with no line break inside it is returned as it is."""
    if "\n" not in text.rstrip():
        return text
    parts = _BREAK.split(text)
    paired = "(" in text or "«" in text  # most cells have no bracket or quote to look inside
    totals = {mark: text.count(mark) for mark in _PAIRED} if paired else {}
    seen = {mark: parts[0].count(mark) for mark in _PAIRED} if paired else {}  # the marks before the break at hand
    lines = [[parts[0]]]  # the lines joined so far, each as its pieces
    for line in parts[1:]:
        # a break's «before» is the end of the whole line it would continue («… вице-губернатором провинции
        # Хэйлунцзян Ли⏎Цяном»), and no more: a cell of a thousand wrapped lines is read in one pass
        current = lines[-1]
        if line and not _ITEM_MARK.match(line) and (
                (paired and _inside_pair(seen, totals)) or (current[-1] and _wraps(_tail(current), line))):
            current.append(line)
        else:
            lines.append([line])
        if paired and line:
            for mark in _PAIRED:
                seen[mark] += line.count(mark)
    return "\n".join(" ".join(pieces) if len(pieces) > 1 else pieces[0] for pieces in lines)


_TAIL = 160
_END = 48


def _tail(pieces: list[str]) -> str:
    """The last `_TAIL` characters of a line joined from `pieces`, joining only the pieces they need."""
    if len(pieces) == 1:
        return pieces[0][-_TAIL:]
    taken, size = [], 0
    for piece in reversed(pieces):
        taken.append(piece)
        size += len(piece) + 1
        if size >= _TAIL:
            break
    return " ".join(reversed(taken))[-_TAIL:]


# An item of a list, whatever comes before it: «а) встреча …», «2) …», «– …», «• …».
_ITEM_MARK = re.compile(r"(?:[а-яёa-z]|\d{1,2})\)|[–—•·*▪-]")
_PAIRS = (("(", ")"), ("«", "»"))
_PAIRED = tuple(mark for pair in _PAIRS for mark in pair)


def _inside_pair(seen: dict[str, int], totals: dict[str, int]) -> bool:
    """The break lies inside brackets or «quotes» that open before it (`seen`: the marks before the break) and
    close after it: «(министр, 2 советника,⏎3 артиста)» is one list. A bracket never closed opens nothing here."""
    for opening, closing in _PAIRS:
        depth = seen[opening] - seen[closing]
        after = (totals[closing] - seen[closing]) - (totals[opening] - seen[opening])
        if depth > 0 and after >= depth:
            return True
    return False


def _wraps(before: str, after: str) -> bool:
    if not before or not after:
        return False
    end = before[-_END:]  # the patterns anchored at the line's end read its last words only
    if _STARTS_SMALL.match(after) and not _STARTS_WITH_PLACE.match(after):
        return _ENDS_OPEN.search(end) is not None
    last = _LAST_WORD.search(end)
    if last and last.group(1).lower() in _LEADING_WORDS:
        return True
    if _STARTS_WITH_SURNAME_FIRST.match(after) and _post_waits(before):
        return True  # «директор ООО «Смарт СТиМ Сити»⏎Навой Д.В.»: the person the post names
    if after.startswith("(") and _ENDS_OPEN.search(end):
        return True  # «Белорусская делегация⏎(министр, 2 советника)»: a bracket explains the words before it
    if after.startswith("«") and _ENDS_IN_SMALL_WORD.search(end):
        return True  # «Участие в Международном фестивале⏎«Dance Fest»»: the name of what the line named
    if (initials := _ENDS_IN_INITIALS.search(end)) and _FIRST_WORD.match(after) \
            and not _a_surname_before(end[:initials.start()]):
        return True  # «заместителем губернатора остана А.⏎Резаи», «Федерации М.Г.⏎Решетникова»: their surname
    if _ENDS_IN_WORD.search(end) is None:
        return False
    if _STARTS_WITH_INITIALS.match(after):
        return True
    if _STARTS_WITH_BARE_INITIALS.match(after) and _ENDS_IN_NAME.search(end):
        return True  # «Министр экономики Чеботарь⏎Ю.А.»: the initials of the surname before them
    if last and _only_adjective(last.group(1).lower()):
        return True  # «V Международные⏎Третьяковские чтения»: an adjective waits for its noun
    if _ENDS_IN_SMALL_WORD.search(end) and _STARTS_WITH_ABBREVIATION.match(after):
        return True  # «на рынок⏎ОАЭ», «академика⏎МАНПО, члена-корреспондента РАЕН»
    first = _FIRST_WORD.match(after)
    if first is None or (first.group().isupper() and not morph().word_is_known(first.group().lower())):
        return False  # «⏎ФГБОУ»: letters, not a word
    if _subject_of_a_verb(after[first.end():]):
        return False  # «…на Кубу⏎Стороны условились …»: a new sentence, its subject first
    return _only_dependent(first.group().lower()) or _names_follow(before, first.group(), after)


_NEXT_WORD = re.compile(r"\s+([а-яё]+)")


def _subject_of_a_verb(rest: str) -> bool:
    """The word after a line's first one is a finite verb or a short participle («Стороны условились»,
    «Делегации посетили», «Соглашение подписано»): the first word is its subject, and the line a sentence."""
    following = _NEXT_WORD.match(rest)
    return following is not None and any(r.tag.POS in ("VERB", "PRTS") for r in parse(following.group(1))[:1])


def _names_follow(before: str, first_word: str, after: str) -> bool:
    """`first_word` (capitalised) is a name the end of `before` leads to: after a state's or province's kind, or
    within a few words of a person's post; a word the dictionary knows as a common one begins an item instead."""
    words = before.split()
    if not words or (_is_common(first_word.lower()) and not _a_name_runs_on(after)):
        return False
    if any(r.normal_form in _NAMING_NOUNS for r in parse(words[-1].lower().rstrip(".")))\
            or words[-1].lower() in _NAMING_ABBREVIATIONS:
        return True
    return any(_is_post(word.lower()) for word in words[-4:])


_TWO_CAPITALISED = re.compile(r"[А-ЯЁ][а-яё]+\s+([А-ЯЁ][а-яё]+)")


def _a_name_runs_on(after: str) -> bool:
    """The line begins with two capitalised words, the second a name or unknown to the dictionary: «Лян
    Хуэйлином» (whose «лян» is also a common noun) is a person; «Председатель Витебского …» is not."""
    pair = _TWO_CAPITALISED.match(after)
    return pair is not None and not _is_common(pair.group(1).lower())


def _is_common(word: str) -> bool:
    return morph().word_is_known(word) and any(
        r.tag.POS in _COMMON_PARTS and not ({"Name", "Surn", "Patr", "Geox", "Orgn"} & r.tag.grammemes)
        for r in parse(word))


_STARTS_WITH_SURNAME_FIRST = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[ \u00a0]+[А-ЯЁ]\.[ \u00a0]?[А-ЯЁ]\.")
_CLAUSE_MARK = re.compile(r"[,;:]")
_INITIALS = re.compile(r"[А-ЯЁ]\.[ \u00a0]?[А-ЯЁ]\.")


def _post_waits(before: str) -> bool:
    """The last clause of `before` names a post and no person yet («…, директор ООО «Смарт СТиМ Сити»»); in a
    list written surname first the post follows its person («Ахметшин А.С. – первый заместитель»)."""
    clause = _CLAUSE_MARK.split(before)[-1]
    return not _INITIALS.search(clause) and any(_is_post(word.lower().strip("«»()")) for word in clause.split())


_WORD_AT_END = re.compile(r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)[ \u00a0]*\Z")


def _a_surname_before(text: str) -> bool:
    """`text` ends in a surname, so initials after it close a person written surname first («Решетников М.Г.⏎
    Чеботарь Ю.А.»); a common word or a place («Федерации М.Г.», «Беларусь Ю.А.») leads to a surname to come."""
    word = _WORD_AT_END.search(text)
    if word is None:
        return False
    small = word.group(1).lower()
    return not morph().word_is_known(small) or any(
        tag in reading.tag for reading in parse(small) for tag in ("Surn", "Name", "Patr"))


def _only_adjective(word: str) -> bool:
    """Every reading of a known `word` is a full adjective or participle: «Международные», «Российской»."""
    return morph().word_is_known(word) and all(r.tag.POS in ("ADJF", "PRTF") for r in parse(word))


def _only_dependent(word: str) -> bool:
    """The dictionary's likeliest reading of `word` is a singular in a dependent case, and none is a nominative
    singular: «Республики» (its nominative plural is a rarer reading), not «Республика», «Представители»."""
    readings = parse(word)
    if not readings:
        return False
    if not morph().word_is_known(word):  # «Дубровенского»: every reading the dictionary guesses
        return all(r.tag.number == "sing" and r.tag.case in _DEPENDENT_CASES for r in readings)
    first = readings[0].tag
    return first.number == "sing" and first.case in _DEPENDENT_CASES and not any(
        r.tag.case == "nomn" and r.tag.number == "sing" for r in readings)


_NAMING_NOUNS = frozenset("республика федерация королевство княжество эмират султанат провинция штат префектура "
                          "уезд аймак вилайет велаят город".split())
_NAMING_ABBREVIATIONS = frozenset({"г.", "пров.", "гор.", "респ."})
_COMMON_PARTS = frozenset({"NOUN", "ADJF", "ADJS", "VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "NUMR", "NPRO",
                           "PREP"})


def _is_post(word: str) -> bool:
    return any(r.normal_form in _POSTS for r in parse(word)[:2])
