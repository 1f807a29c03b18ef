"""A cell typed in capitals read as the same words in normal case.

A clerk who types an event's title, or a whole cell, in capitals («ВИЗИТ ДЕЛЕГАЦИИ ВИТЕБСКОЙ ОБЛАСТИ») means
what the same words in normal case mean, but every parser that knows a name by its capital letter (a foreign
region's adjective «Витебской», a city «Хэйхэ» on a route, an institution's «Бакинского …», a name in quotes)
found none in them. `in_case` rewrites such a text the way a clerk would have typed it, for the parsers only (the
stored cell keeps what was typed): words the dictionary knows as common ones in small letters, names (places,
people, organisations, words it does not know) and the adjectives of places (-ский, -цкий) capitalised, the
first word of a sentence or of a quoted name capitalised; abbreviations keep their capitals («РБ», «ОАО», «СНГ»,
«ЕАЭС», «ФГБОУ»), so their meaning is kept.

Only a text with two or more words of four letters or more that the dictionary knows as common words, all in
capitals, is read so: one name in capitals inside a normally typed sentence («холдинга «БЕЛАВТОМАЗ»») is a name
typed so and stays as typed.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from .lemmas import morph, word_cache

# A word written wholly in capitals (Cyrillic, a hyphen inside): «ВИТЕБСКОЙ», «ВИЦЕ-ГУБЕРНАТОРОМ», «РБ».
_CAPITALS_WORD = re.compile(r"(?<![А-Яа-яЁёA-Za-z0-9-])[А-ЯЁ]+(?:-[А-ЯЁ]+)*(?![А-Яа-яЁёA-Za-z0-9-])")
# Where a sentence or a name begins: the text's start, a line's, after a full stop, «!», «?», a quote or a bracket.
_STARTS_AFTER = frozenset('.!?«"“„(\n;')
# Short words a clerk types in small letters: prepositions, conjunctions and the abbreviations of a place's kind.
# The abbreviations of a place's kind, of people and of numbers: small letters, even first in a cell («Г. МИНСК»).
_ABBREVIATED_SMALL = frozenset({"г", "гг", "обл", "д", "п", "ст", "х", "пос", "пгт", "ул", "им", "р-н", "чел", "тыс",
                                "млн", "тел", "ч", "пров", "респ",
                                # an honorific before a person: «Г-НА Р. ШАРМЫ», «Г-ЖОЙ А. СИНГХ»
                                "г-н", "г-на", "г-ну", "г-ном", "г-не", "г-жа", "г-жи", "г-же", "г-жу", "г-жой"})
_SMALL_SHORT = _ABBREVIATED_SMALL | frozenset({
                          "в", "во", "и", "из", "на", "по", "о", "об", "от", "до", "за", "к", "ко", "у", "с", "со",
                          "для", "при", "без", "над", "под", "а", "не", "же", "их", "его", "её", "ее",
                          "все", "всё", "том", "той", "тех", "это", "эти", "как", "так", "год", "два", "три", "чем"})
_REFERENCE = Path(__file__).resolve().parent / "reference"
# The nouns and adjectives a name of a state or a state's body begins with, capitalised in normal typing
# («Республики Куба», «Посольство Республики Беларусь», «Объединённых Арабских Эмиратов»): the parsers tell a
# state's body in a venue («г. Москва, Посольство Республики Куба») from the state's own place by them.
_NAME_HEADS = frozenset({"республика", "федерация", "королевство", "княжество", "султанат", "эмират", "посольство",
                         "консульство", "генконсульство", "министерство", "правительство", "администрация",
                         "содружество"})
_NAME_HEAD_STEMS = ("объединённ", "объединенн", "соединённ", "соединенн")  # a participle's lemma is the verb's
_NAME_TAGS = ("Geox", "Name", "Surn", "Patr", "Orgn", "Trad")
_ABBREVIATION_TAGS = ("Abbr",)
# A place's or a people's adjective (витебский, бакинский, хэйхэский, смоленский): -ский, -цкий, but not the
# adjectives of a quality (драматический, краеведческий), a doer (исследовательский) nor a few common ones.
_PLACE_ADJECTIVE = re.compile(r"(?<!е)(?<!тель)(?:ск|цк)(?:ий|ой)$")
_COMMON_SKY = frozenset({"городской", "сельский", "детский", "женский", "мужской", "морской", "братский",
                         "президентский", "губернаторский", "депутатский", "дружеский", "людской", "адресный",
                         "человеческий", "маршальский", "рыцарский", "садовый", "заводской", "флотский", "штатский",
                         "светский", "вузовский", "школьный", "библиотечный", "плотницкий", "поварской",
                         "отцовский", "материнский", "командирский", "авторский", "мастерской", "русский"})


@lru_cache(maxsize=1)
def legal_form_letters() -> frozenset[str]:
    """«ФГБОУ», «ВО», «СОГБУ», «ОАО», …: a legal form's letters (reference/legal_forms.csv) stay as typed."""
    with open(_REFERENCE / "legal_forms.csv", encoding="utf-8") as handle:
        return frozenset(word for row in csv.DictReader(handle) for word in row["form"].split())


@word_cache
def _common_word(word: str) -> bool:
    """A word of four letters or more the dictionary knows, not as a name nor an abbreviation («ДЕЛЕГАЦИИ»)."""
    small = word.lower()
    if len(small) < 4 or not morph().word_is_known(small):
        return False
    first = morph().parse(small)[0]
    return not any(tag in first.tag for tag in _NAME_TAGS + _ABBREVIATION_TAGS)


_SMALL_LETTER = re.compile(r"[а-яё]")


def is_shouted(text: str) -> bool:
    """Whether the text is typed in capitals, not a name in it: two or more common words in capitals, or no small
    letter at all and a word of four letters or more that is no abbreviation («Г. ШАХТЫ», «ТАГАНРОГ, АЗОВ»)."""
    capitals = [match.group() for match in _CAPITALS_WORD.finditer(text)]
    if sum(1 for word in capitals if _common_word(word)) >= 2:
        return True
    return not _SMALL_LETTER.search(text) and any(len(word) >= 4 and _word_in_case(word) is not None
                                                  for word in capitals)


@word_cache
def _word_in_case(word: str) -> str | None:
    """A capitals word as a clerk types it inside a sentence: small letters, capitalised, or None (as written)."""
    small = word.lower()
    if word in legal_form_letters():
        return None
    if small in _SMALL_SHORT:
        return small
    if len(word) <= 3:
        return None  # «РБ», «ОАО», «КНР», «ЮФУ», «МАЗ»: letters of a name (but see _short_words_in_a_phrase)
    if "-" in small and joined_town(small):
        return _capitalised(small)  # «ЮЖНО-АФРИКАНСКОЙ», «ПЕТРОПАВЛОВСКА-КАМЧАТСКОГО»: a listed name's own capitals
    parses = morph().parse(small)
    first = parses[0]
    if any(tag in first.tag for tag in _ABBREVIATION_TAGS):
        return None
    if not morph().word_is_known(small):
        # a word the dictionary does not know: a name («ХЭЙХЭ», «ЦЯНОМ»), or letters («ФГБОУ», «ГБУК») when it
        # has too few vowels to be said as a word or is built as an institution's letters are («ГАПОУ», «ОГАУЗ»)
        vowels = sum(1 for char in small if char in "аеёиоуыэюя")
        return None if vowels * 4 < len(small) or _INSTITUTION_LETTERS.fullmatch(word) else _capitalised(small)
    if any(tag in first.tag for tag in _NAME_TAGS) or first.normal_form in _NAME_HEADS \
            or small.startswith(_NAME_HEAD_STEMS):
        return _capitalised(small)
    adjective = first.normal_form.split("-")[0]
    if "ADJF" in first.tag and _PLACE_ADJECTIVE.search(adjective) and adjective not in _COMMON_SKY:
        return _capitalised(small)  # «ВИТЕБСКОЙ», «БАКИНСКОГО», «РОССИЙСКО-БЕЛОРУССКОГО»
    return small


# An institution's letters as they are built (not only those legal_forms.csv lists): a level (Ф федеральное, О
# областное, С смоленское, К краевое, Р республиканское, М муниципальное, Г государственное, Ч частное), the
# budget kind (Б бюджетное, А автономное, К казённое, Н некоммерческое), the field (П профессиональное, Д
# дошкольное/дополнительное, Н научное, О образовательное) and the institution, У, with its branch (К культуры,
# З здравоохранения, ДО): «ГАПОУ», «ОГАПОУ», «ГБУЗ», «ОГАУЗ», «МАДОУ», «ГКОУ».
_INSTITUTION_LETTERS = re.compile(r"[ФОСКРМГЧ]{0,2}[ГМ]?[БАКН]{0,2}[ПДН]?О?У(?:К|З|ДО|СО)?")


def _short_words_in_a_phrase(text: str, matches: list[re.Match], reads: list[str | None], initials: set[int]) -> None:
    """A common noun of three letters is a word where the words around it make a phrase of it: an adjective before
    it («ДЕТСКИЙ САД», «НАРОДНЫЙ ДОМ») or a noun in the genitive after it («ДОМ ДРУЖБЫ», «МИР ДЕТСТВА»), both read
    as small words. Alone, in quotes or beside letters it stays as typed: «ОАО «МАЗ»», «ДЕЛЕГАЦИЯ МАЗ ПОСЕТИЛА»
    (маз is a word too, and МАЗ the Minsk automobile works)."""
    def joined(a: int, b: int) -> bool:
        return not text[matches[a].end():matches[b].start()].strip(" \u00a0")

    for k, match in enumerate(matches):
        small = match.group().lower()
        if reads[k] is not None or len(small) > 3 or match.start() in initials or not _a_short_common_noun(small):
            continue
        before = k > 0 and joined(k - 1, k) and _small_word(reads[k - 1]) and _an_adjective_reading(reads[k - 1])
        after = k + 1 < len(matches) and joined(k, k + 1) and _small_word(reads[k + 1]) \
            and _a_genitive_noun(reads[k + 1])
        if before or after:
            reads[k] = small


def _small_word(read: str | None) -> bool:
    return read is not None and len(read) >= 4 and read[:1].islower()


@word_cache
def _an_adjective_reading(small: str) -> bool:
    return any("ADJF" in parse.tag for parse in morph().parse(small))


@word_cache
def _a_genitive_noun(small: str) -> bool:
    return any("NOUN" in parse.tag and "gent" in parse.tag for parse in morph().parse(small))


@word_cache
def _a_short_common_noun(small: str) -> bool:
    """A word of three letters or fewer that the dictionary knows only as a common noun («дом», «сад», «мир»),
    never as an abbreviation or a name: «воз» (ВОЗ), «мгу», «оон» and «ран» each have an abbreviation's reading."""
    if small in _SMALL_SHORT or small.upper() in legal_form_letters() or not morph().word_is_known(small):
        return False
    parses = morph().parse(small)
    return "NOUN" in parses[0].tag and not any(tag in parse.tag for parse in parses
                                               for tag in _ABBREVIATION_TAGS + _NAME_TAGS)


@lru_cache(maxsize=1)
def _joined_names() -> dict[str, str]:
    """_joined_towns, and the joined words of the states' names (country_aliases.csv: «Южно-Африканская»,
    «Народно-Демократическая»), keyed in small letters and by each part's dictionary form («южный-африканский»),
    so a name's oblique case finds it («ЮЖНО-АФРИКАНСКОЙ»)."""
    names = dict(_joined_towns())
    with open(_REFERENCE / "country_aliases.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for word in row[list(row)[1]].split():
                if "-" in word and all(part[:1].isupper() for part in word.split("-")):
                    names.setdefault(word.lower(), word)
    for small, listed in list(names.items()):
        for key in _part_form_keys(small):
            names.setdefault(key, listed)
    return names


def _part_form_keys(small: str) -> list[str]:
    """Every joining of a joined word's parts, each as typed or in one of its dictionary forms (at most 64)."""
    keys = [""]
    for part in small.split("-"):
        keys = [f"{key}-{form}" if key else form for key in keys for form in _part_forms(part)][:64]
    return keys


@lru_cache(maxsize=1)
def _joined_towns() -> dict[str, str]:
    """A town whose name is joined by a hyphen, in small letters → as the lists spell it: «петропавловск-камчатский»
    → «Петропавловск-Камчатский», «улан-удэ» → «Улан-Удэ» (ru_towns.csv, ru_regions.csv's centres, the foreign
    city lists): its adjective part is a name's part there, not a small word."""
    names: dict[str, str] = {}
    for file, column in (("ru_towns.csv", "town"), ("ru_regions.csv", "centre"), ("world_cities.csv", "city"),
                         ("foreign_cities.csv", "city")):
        with open(_REFERENCE / file, encoding="utf-8") as handle:
            names.update({row[column].lower(): row[column] for row in csv.DictReader(handle)
                          if "-" in row[column] and " " not in row[column]})
    return names


def _part_forms(part: str) -> tuple[str, ...]:
    """A joined name's part as typed and its nominatives: 'камчатского' → ('камчатского', 'камчатский')."""
    return tuple(dict.fromkeys([part, *(parse.normal_form for parse in morph().parse(part)[:4])]))


@word_cache
def joined_town(small: str) -> str | None:
    """A joined town's name (or a joined word of a state's name) in any case, in small letters, → as the lists spell
    it: «ростове-на-дону» →
    «Ростов-на-Дону», «петропавловска-камчатского» → «Петропавловск-Камчатский», «горно-алтайске» → «Горно-Алтайск»
    (each part's own nominative; the parts of a preposition stay): None for a word that is no joined town's."""
    towns = _joined_names()
    if small in towns:
        return towns[small]
    if not 2 <= small.count("-") + 1 <= 4:
        return None
    return next((towns[key] for key in _part_form_keys(small) if key in towns), None)


def _capitalised(small: str) -> str:
    """Its first letter capital; a joined name capitalises every part that is a name itself («Улан-Батор»), a
    joined adjective only its first («Российско-белорусского»); a joined town's name, in any case, as the lists
    spell its parts («ПЕТРОПАВЛОВСКА-КАМЧАТСКОГО» → «Петропавловска-Камчатского»)."""
    if "-" in small and (listed := joined_town(small)):
        return "-".join(part.capitalize() if shape[:1].isupper() else part
                        for part, shape in zip(small.split("-"), listed.split("-")))
    parts = small.split("-")
    out = [parts[0].capitalize()]
    for part in parts[1:]:
        known = morph().word_is_known(part)
        tag = morph().parse(part)[0].tag
        out.append(part.capitalize() if not known or any(t in tag for t in _NAME_TAGS) else part)
    return "-".join(out)


_WORD_BEFORE_STOP = re.compile(r"([А-Яа-яЁё]+)\.$")
# A place's kind before its name: the name after it is capitalised, up to two words («Г. ВЕЛИКИЕ ЛУКИ»).
_PLACE_KIND_BEFORE = re.compile(r"(?:^|[^А-Яа-яЁё])(?:(?:г|с|д|п|ст|х|пос|ст-ца)\.|пгт|город|село|деревня|станица|хутор"
                                r"|посёлок|поселок)\s+(?:[А-ЯЁ]+\s+)?$", re.IGNORECASE)


# A town's name and a comma before a word: a venue's body or building is named next, as a name begins
# («Г. СМОЛЕНСК, ИСТОРИЧЕСКИЙ МУЗЕЙ», «Г. КАЗАНЬ, ДВОРЕЦ СПОРТА»).
_AFTER_A_TOWN = re.compile(r"(?:^|[^А-Яа-яЁё])[гГ]\.\s*[А-ЯЁ][А-Яа-яЁё-]+(?:\s+[А-ЯЁ][А-Яа-яЁё-]+)?,\s+$")


def _begins(text: str, start: int) -> bool:
    """Whether a word at `start` begins a sentence, a line, a quoted or bracketed name, or a place's name after its
    kind; a full stop after a short abbreviation («ЧЕЛ.», «Г.», «ИМ.») ends no sentence."""
    before = text[max(0, start - 24):start]
    stripped = before.rstrip(" \t")
    if start == 0 or not stripped and start <= 24:
        return not text[:start].strip()
    if _PLACE_KIND_BEFORE.search(before):
        return True
    if stripped[-1] != ".":
        return stripped[-1] in _STARTS_AFTER
    word = _WORD_BEFORE_STOP.search(stripped)
    return word is None or (len(word.group(1)) > 3 and word.group(1).lower() not in _SMALL_SHORT)


@word_cache
def _is_adjective(small: str) -> bool:
    return "ADJF" in morph().parse(small)[0].tag


@word_cache
def _is_place_name(small: str) -> bool:
    return "Geox" in morph().parse(small)[0].tag


# Two initials («Д.Н. КРУТЫМ», «А.С. ПУШКИНА»): their letters stay capitals — «Д.» alone is a village's mark.
_INITIALS = re.compile(r"(?<![А-Яа-яЁё])([А-ЯЁ])\.[ \u00a0]?([А-ЯЁ])\.")
# One initial before a word in capitals («К. ЯМАДОЙ», «А. РЕЗАИ»), of a letter no place's mark is (г., д., с., п., х.).
_ONE_INITIAL = re.compile(r"(?<![А-Яа-яЁё.])([АБВЕЖЗИКЛМНОРТУФЦЧШЭЮЯ])()\.[ \u00a0]{1,2}(?=[А-ЯЁ]{2})")


def _initials_in(text: str) -> list[re.Match]:
    """Every pair of initials, and every initial alone before a word in capitals, in the text's order."""
    pairs = list(_INITIALS.finditer(text))
    taken = {position for found in pairs for position in range(found.start(), found.end())}
    return sorted(pairs + [found for found in _ONE_INITIAL.finditer(text) if found.start() not in taken],
                  key=lambda found: found.start())


def _names_a_person(read: str | None) -> bool:
    """A word read as a name of a person or an unknown word (capitalised by _word_in_case): «Цяном», «Хуэй»."""
    if not read or not read[:1].isupper():
        return False
    small = read.lower()
    return not morph().word_is_known(small) or any(tag in morph().parse(small)[0].tag for tag in ("Name", "Surn"))


@word_cache
def _a_short_name(small: str) -> bool:
    """A word of up to three letters that is no abbreviation («ли», «ван», «лян»; not «кнр», «рб», «оао»)."""
    if small in _SMALL_SHORT or small.upper() in legal_form_letters():
        return False
    parses = morph().parse(small)
    return morph().word_is_known(small) and not any(tag in parses[0].tag for tag in _ABBREVIATION_TAGS)


# Two letters that are a preposition in a sentence and, after an institution's legal form, the level of education
# it gives: «ФГБОУ ВО» (высшего), «СОГБУ ДО», «МБУ ДО» (дополнительного), «ГАУ ПО» (профессионального).
_LEVEL_OR_PREPOSITION = frozenset({"ВО", "ДО", "ПО"})
# The word that names a person after it: «ТЕАТР ИМЕНИ ГАЛИАСГАРА КАМАЛА», «ДВОРЕЦ КУЛЬТУРЫ ИМ. ЛЕНИНА».
_NAMED_AFTER = frozenset({"имени", "им"})
_PERSON_TAGS = ("Name", "Surn", "Patr")


def _letters_of_a_form(word: str, read: str | None) -> bool:
    """A legal form's letters: listed (reference/legal_forms.csv), or a capitals word left as typed (read None:
    letters) ending as an institution's letters end, in «У» or «УК» (учреждение, … культуры: «СОГБУ», «МБУ»,
    «ГАПОУ», «МБУК») — not a state's or a body's letters («КНР ПО ТОРГОВЛЕ»)."""
    if word in legal_form_letters():
        return True
    return read is None and 3 <= len(word) <= 7 and word.endswith(("У", "УК"))


@word_cache
def _may_be_a_person(small: str) -> bool:
    """A word one of whose readings is a first name, surname or patronymic, or that the dictionary does not
    know: «камала» (камал), «ленина», «галиасгара»."""
    if not morph().word_is_known(small):
        return True
    return any(tag in parse.tag for parse in morph().parse(small) for tag in _PERSON_TAGS)


# The nouns a body's name begins with when «по» and what it deals with follow («Совет по сотрудничеству», «Комитет
# по культуре», «Агентство по туризму», «Центр по изучению Китая»); a clerk capitalises them, and a cell typed in
# capitals keeps the body only so. Not a meeting, a plan or work «по» something («встреча по вопросам», «работа по
# подготовке»), whose nouns are not here.
_BODY_HEADS = frozenset({"совет", "комитет", "комиссия", "агентство", "департамент", "управление", "служба",
                         "центр", "фонд", "бюро", "ассоциация", "палата", "инспекция", "уполномоченный"})
_BODY_BEFORE_PO = re.compile(r"(?:совет|комитет|комисси|агентств|департамент|управлени|служб|центр|фонд|бюро"
                             r"|ассоциаци|палат|инспекци|уполномоченн)")


@word_cache
def _a_body_s_head(small: str) -> bool:
    """Whether `small` is a case form of one of _BODY_HEADS as a noun («совета», «комиссией»; not «советую»)."""
    return any(parse.normal_form in _BODY_HEADS and {"NOUN"} & set(parse.tag.grammemes) for parse in morph().parse(small))


@word_cache
def _a_dative_noun(small: str) -> bool:
    """A noun or an adjective that may stand in the dative: what a body after «по» deals with («сотрудничеству»,
    «делам», «туризму», «торгово-экономическому»)."""
    return any("datv" in parse.tag and ({"NOUN", "ADJF"} & set(parse.tag.grammemes)) for parse in morph().parse(small))


@lru_cache(maxsize=1)
def _listed_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word's lemma → every listed name starting with it, as its words' lemmas and how each is typed
    ('Cap', 'small' or 'AS IS' for letters): the names of organisation_aliases.csv and capitalised_names.csv
    (bodies whose capitals are the name's own: «Совет Министров Союзного государства», «Российская
    академия наук»), which no rule of a word alone can give back to a text typed in capitals."""
    from .lemmas import lemma
    names = []
    for file_name in ("organisation_aliases.csv", "capitalised_names.csv"):
        with open(_REFERENCE / file_name, encoding="utf-8") as handle:
            names += [row["name"] for row in csv.DictReader(handle)]
    found: dict[str, list] = {}
    for name in dict.fromkeys(names):
        words = _NAME_WORD.findall(name)
        if len(words) < 2:
            continue
        shapes = tuple("AS IS" if len(w) > 1 and w.isupper() else "Cap" if w[:1].isupper() else "small" for w in words)
        found.setdefault(lemma(words[0]), []).append((tuple(lemma(w) for w in words), shapes))
    return {first: tuple(sorted(listed, key=lambda item: -len(item[0]))) for first, listed in found.items()}


_NAME_WORD = re.compile(r"[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁёA-Za-z]+)*")


def _listed_shapes(text: str, matches: list[re.Match]) -> dict[int, str]:
    """Match index → how a listed name types that word, for every run of capitals words that spells a listed
    name in any case form («СОВЕТА МИНИСТРОВ СОЮЗНОГО ГОСУДАРСТВА»), the longest name first."""
    from .lemmas import lemma_set
    listed = _listed_names()
    shapes: dict[int, str] = {}
    k = 0
    while k < len(matches):
        taken = 0
        for first in lemma_set(matches[k].group().lower()) & listed.keys():
            for lemmas, kinds in listed[first]:
                end = k + len(lemmas)
                if end > len(matches) or any(text[matches[j - 1].end():matches[j].start()].strip()
                                             for j in range(k + 1, end)):
                    continue
                if all(lemmas[i] in lemma_set(matches[k + i].group().lower()) for i in range(len(lemmas))):
                    shapes.update({k + i: kinds[i] for i in range(len(lemmas))})
                    taken = max(taken, len(lemmas))
                    break
        k += max(1, taken)
    return shapes


def _names_words_at_a_roles_end(text: str, matches: list[re.Match], reads: list[str | None]) -> None:
    """A common noun beside a foreign name's word no dictionary knows, at the end of a phrase that names a role, is
    that name's word: «С ПОСЛОМ РЕСПУБЛИКИ КУБА ХУЛИО ГАРМЕНДИА ПЕНЬЯ» → «… Гармендиа Пенья» (was «пенья»,
    singing), «С МИНИСТРОМ ТУРИЗМА ЕГИПТА ШЕРИФОМ ФАТХИ» → «Шерифом Фатхи» (before it, a person's noun only)."""
    from .officials import _plain_role_forms  # imported late: the officials import much

    roles = _plain_role_forms()
    if not any(match.group().lower() in roles for match in matches):
        return
    for k, match in enumerate(matches):
        read = reads[k]
        if read is None or not read[:1].islower() or len(read) < 4:
            continue
        for n in (k - 1, k + 1):
            if not 0 <= n < len(matches) or reads[n] is None or not reads[n][:1].isupper():
                continue
            first, second = (n, k) if n < k else (k, n)
            last_end = matches[second].end()
            if text[matches[first].end():matches[second].start()].strip(" \u00a0") \
                    or text[last_end:last_end + 1].strip(" \u00a0") not in ("", ",", ";", ".", ")") \
                    or morph().word_is_known(reads[n].lower()) or matches[n].group().lower() in roles:
                continue
            parsed = morph().parse(read)[0]
            if "NOUN" in parsed.tag and "Geox" not in parsed.tag and (n > k and "anim" in parsed.tag
                                                                     and "sing" in parsed.tag or n < k):
                reads[k] = read[:1].upper() + read[1:]
                break


def in_case(text: str) -> str:
    """The text as typed in normal case, if it is typed in capitals (is_shouted); else the text itself.
    'ВИЗИТ ДЕЛЕГАЦИИ ВИТЕБСКОЙ ОБЛАСТИ (РБ)' → 'Визит делегации Витебской области (РБ)'. An adjective right
    before a place's name is part of it («ВНУТРЕННЯЯ МОНГОЛИЯ» → «Внутренняя Монголия», not Mongolia). Initials
    stay capitals («Д.Н. КРУТЫМ» → «Д.Н. Крутым»), and a short word before a person's name is its first word
    («ЛИ ЦЯНОМ» → «Ли Цяном»)."""
    if not is_shouted(text):
        return text
    matches = list(_CAPITALS_WORD.finditer(text))
    found_initials = _initials_in(text)
    initials = {start for found in found_initials for start in (found.start(1), found.start(2)) if start >= 0}
    reads = [None if match.start() in initials else _word_in_case(match.group()) for match in matches]
    for k, match in enumerate(matches[:-1]):
        after = matches[k + 1]
        if reads[k] is None and len(match.group()) <= 3 and match.start() not in initials \
                and not text[match.end():after.start()].strip() and _names_a_person(reads[k + 1]) \
                and _a_short_name(match.group().lower()):
            reads[k] = match.group().capitalize()  # «ЛИ ЦЯНОМ», «ВАН ХУЭЙ»: a Chinese name's first word
    for k, match in enumerate(matches):
        before = matches[k - 1] if k else None
        joined = before is not None and not text[before.end():match.start()].strip(" \u00a0")
        if match.group() in _LEVEL_OR_PREPOSITION:  # «ФГБОУ ВО», «СОГБУ ДО» — but «ВО ВНУТРЕННЕЙ МОНГОЛИИ»
            reads[k] = None if joined and _letters_of_a_form(before.group(), reads[k - 1]) else match.group().lower()
    for k, match in enumerate(matches[:-1]):  # «ИМЕНИ ГАЛИАСГАРА КАМАЛА»: a person's names after «имени»
        if match.group().lower() not in _NAMED_AFTER:
            continue
        for j in range(k + 1, min(k + 4, len(matches))):
            gap = text[matches[j - 1].end():matches[j].start()]
            if gap.strip(" \u00a0.") or reads[j] is None or not _may_be_a_person(reads[j].lower()) \
                    or (j > k + 1 and gap.strip(" \u00a0")):
                break
            reads[j] = _capitalised(reads[j].lower())
    _short_words_in_a_phrase(text, matches, reads, initials)
    for k in range(len(matches) - 2):  # «СОВЕТ ПО СОТРУДНИЧЕСТВУ», «КОМИТЕТА ПО КУЛЬТУРЕ»: a body's name begins
        if reads[k] and reads[k][:1].islower() and matches[k + 1].group() == "ПО" and reads[k + 2] \
                and _BODY_BEFORE_PO.match(reads[k]) and _a_body_s_head(reads[k]) \
                and not text[matches[k].end():matches[k + 2].start()].strip(" \u00a0").replace("ПО", "") \
                and _a_dative_noun(reads[k + 2].lower()):
            reads[k] = _capitalised(reads[k])
    _names_words_at_a_roles_end(text, matches, reads)
    listed = _listed_shapes(text, matches)
    for k, shape in listed.items():  # a listed body's own capitals
        small = matches[k].group().lower()
        reads[k] = None if shape == "AS IS" else _capitalised(small) if shape == "Cap" else small
    word_at = {match.start(): k for k, match in enumerate(matches)}
    for found in found_initials:
        start = found.end() + len(text[found.end():found.end() + 3]) - len(text[found.end():found.end() + 3].lstrip(" \u00a0"))
        k = word_at.get(start)
        if k is not None and reads[k] is not None and reads[k][:1].islower() and len(matches[k].group()) > 1:
            reads[k] = _capitalised(reads[k])  # «Д.Н. КРУТЫМ»: the surname after initials, whatever else it means
        elif k is not None and reads[k] is None and len(matches[k].group()) > 3 \
                and matches[k].group() not in legal_form_letters():
            reads[k] = _capitalised(matches[k].group().lower())  # «А. СИНГХ»: a surname of few vowels, not letters
    # initials are no place's mark («С.П. КАРПЕНКО С …»: «П.» is no посёлок whose name «КАРПЕНКО» would begin)
    pieces, position = [], 0
    for found in found_initials:
        pieces += [text[position:found.start()], "Щ" * (found.end() - found.start())]
        position = found.end()
    masked = "".join(pieces) + text[position:]
    for k, (match, read) in enumerate(zip(matches, reads)):
        if read is None or not read[:1].islower() or read in _ABBREVIATED_SMALL or listed.get(k) == "small":
            continue  # (a listed name's small word stays small on a line of its own: «РОССИЙСКОЙ⏎АКАДЕМИИ НАУК»)
        after = matches[k + 1] if k + 1 < len(matches) else None
        if _begins(masked, match.start()) or (
                read not in _SMALL_SHORT and _AFTER_A_TOWN.search(masked[max(0, match.start() - 40):match.start()])) or (
                after is not None and reads[k + 1] and not text[match.end():after.start()].strip()
                and _is_adjective(read) and _is_place_name(reads[k + 1].lower())):
            reads[k] = read[:1].upper() + read[1:]  # a sentence's, a quoted name's or a place name's first word
    out, position = [], 0
    for match, read in zip(matches, reads):
        out += [text[position:match.start()], match.group() if read is None else read]
        position = match.end()
    return "".join(out) + text[position:]
