"""Pure: named officials ('В.Н. Анохин') with the role written before the name."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from dataclasses import dataclass

from .geo import geo_word_kind
from .lemmas import caseless_text, case_sensitive, morph, search_slice, text_cache, word_cache, words

# An initial not preceded by a letter, then a second initial and a surname. The look-behind comes after
# the first capital ('(?<![А-ЯЁа-яё])' before it, checked from one character on): re then skips to
# the next capital letter at once instead of trying the look-behind at every position.
_NAME = re.compile(
    r"(?P<initials>[А-ЯЁ](?<![А-ЯЁа-яё].)\.[ \t\u00a0]{0,2}\n?[ \t\u00a0]{0,2}[А-ЯЁ]\.?)[ \t\u00a0]{0,3}\n?[ \t\u00a0]{0,2}"
    r"(?P<surname>" + r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]{3,}(?:-[А-ЯЁ]{3,})?(?![А-ЯЁа-яё])" + r")")
# The same person written surname first, as lists of participants often do ('Анохин В.Н.', 'Петровой
# Е.В.'): the initials are not followed by a surname of their own (then they start the usual form).
# The look-behind after the surname's first capital, as in _NAME: re skips from capital to capital
# instead of trying it at every position (_SURNAME_FIRST_REFERENCE writes it first; the same matches).
_SURNAME_FIRST = re.compile(
    r"(?P<surname>[А-ЯЁ](?<![А-ЯЁа-яё.-].)(?:[а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]{2,}(?:-[А-ЯЁ]{3,})?))"
    r"[ \t\u00a0]{1,3}\n?[ \t\u00a0]{0,2}"
    r"(?P<initials>[А-ЯЁ]\.[ \t\u00a0]?[А-ЯЁ]\.)(?![ \t\u00a0]{0,3}\n?[ \t\u00a0]{0,2}[А-ЯЁ][а-яё])")
_SURNAME_FIRST_REFERENCE = re.compile(
    r"(?<![А-ЯЁа-яё.-])(?P<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]{3,}(?:-[А-ЯЁ]{3,})?)"
    r"[ \t\u00a0]{1,3}\n?[ \t\u00a0]{0,2}"
    r"(?P<initials>[А-ЯЁ]\.[ \t\u00a0]?[А-ЯЁ]\.)(?![ \t\u00a0]{0,3}\n?[ \t\u00a0]{0,2}[А-ЯЁ][а-яё])")
# A full name with the patronymic ('Анохина Василия Николаевича', 'Василий Николаевич Анохин'):
# found from the patronymic, whose endings are few; the dictionary confirms each word's part.
_PATRONYMIC = re.compile(r"[А-ЯЁ](?<![А-ЯЁа-яё].)[а-яё]+(?:вич|вн|ичн)[а-яё]{0,2}(?![А-ЯЁа-яё-])")  # look-behind after the capital
_PATRONYMIC_REFERENCE = re.compile(r"(?<![А-ЯЁа-яё])[А-ЯЁ][а-яё]+(?:вич|вн|ичн)[а-яё]{0,2}(?![А-ЯЁа-яё-])")
_WORD_BEFORE = re.compile(r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)[ \t\u00a0]{1,3}$")
_WORD_AFTER = re.compile(r"[ \t\u00a0]{1,3}([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![А-ЯЁа-яё-])")
_INITIAL = re.compile(r"[А-ЯЁ]\.")
# 'имени …', 'о …', and a prize, cup or scholarship named after a person: 'на призы Магомедова М.Г.',
# 'Кубок А.В. Иванова', 'стипендии имени' — the namesake, not someone present.
_NAMED_AFTER = re.compile(r"(?:\bим\.|\bимени|\bо|\bоб|\bприз(?:ы|ов|а|ах)?|\bкуб(?:ок|ка|ке|ку)|\bстипенди[ияюей]|\bпреми[ияюей])\s*$",
                          re.IGNORECASE)
_COMMEMORATED = re.compile(r"памят\w*|посвящ\w*|наследи\w*|юбиле\w*|летию|рождения", re.IGNORECASE)
# '(?<![А-ЯЁ])(?<!\bг)(?<!\bим)[.;\n]' with the character first and the look-behinds after it: re
# then skips to the next '.', ';' or newline at once instead of trying three look-behinds everywhere.
_CLAUSE_END = re.compile(r"[.;\n](?<![А-ЯЁ][.;\n])(?<!\bг[.;\n])(?<!\bим[.;\n])")
_ROLE_BOUNDARY = re.compile(
    r"[,;:\n()]|(?<!\bг)(?<!\bим)(?<!\bул)(?<![А-ЯЁ])\.|\s[–—-]\s|\bс\s|\bво главе с\s", re.IGNORECASE)
# _ROLE_BOUNDARY with every match's first character first, as one class, and the branch then told
# by a look back at it: re skips to the next such character at once instead of trying five
# branches (four of them look-behinds or boundaries) at every position of each lead. The same
# matches: each branch matches here where it matched there, one character on.
_ROLE_BOUNDARY_SCAN = re.compile(
    r"[,;:\n().\sсв](?:(?<=[,;:\n()])|(?<=\.)(?<!\bг\.)(?<!\bим\.)(?<!\bул\.)(?<![А-ЯЁ]\.)|(?<=\s)[–—-]\s"
    r"|(?<=с)(?<!\wс)\s|(?<=в)(?<!\wв)о главе с\s)", re.IGNORECASE)
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class Official:
    name: str           # "В.Н. Анохин"
    role: str | None    # "Губернатор Смоленской области"
    surface: str        # as written: "В.Н. Анохиным"
    case: str | None = None  # grammatical case of the role noun the name stands beside


def _in_quotes(text: str, position: int) -> bool:
    return text.count("«", 0, position) > text.count("»", 0, position)


def find_officials(text: str) -> list[Official]:
    """'встреча Губернатора Смоленской области В.Н. Анохина с Президентом Республики Беларусь
    А.Г. Лукашенко' → В.Н. Анохина (role Губернатора…), А.Г. Лукашенко. Names of people something is
    named after ('им. А.Т. Твардовского') are not officials."""
    text = text.replace("\u00a0", " ")
    out: list[Official] = []
    previous_end = 0
    if not _has_initial(text) and not (_may_hold_patronymic(text) and _may_name_patronymic(text)):
        # no 'А.' and no patronymic: only a name written plainly after a role, or after 'г-н'
        return _with_honorific_names(text, _plain_names_after_roles(text))
    taken: list[tuple[int, int]] = []  # where each name found stands: a plain name may not overlap one
    clause_ends: list[int] | None = None  # where each clause ends, found at the first name
    lowered = caseless_text(text)  # the IGNORECASE cues read its slices (lemmas.search_slice)
    spans = _name_spans(text)
    one_initial = _one_initial_spans(text, spans)
    for start, end, initials, surname in sorted(spans + one_initial) if one_initial else spans:
        lead_start, previous_end = max(previous_end, start - 160), end
        if search_slice(_NAMED_AFTER, text, lowered, max(0, start - 30), start) or _in_quotes(text, start):
            continue
        if clause_ends is None:
            clause_ends = [m.end() for m in _CLAUSE_END.finditer(text)]
        clause_start = _last_end_before(clause_ends, start)
        if search_slice(_COMMEMORATED, text, lowered, clause_start, start):
            continue
        initials = _SPACE.sub("", initials)
        if not initials.endswith("."):
            initials += "."
        lead = text[lead_start:start]
        role_start = _last_boundary_end(lead, lowered[lead_start:start] if lowered is not None else None)
        role = lead[role_start:]
        role = _trim_role(" ".join(role.split()).strip(" –-"))
        if not role and _DASH_AT_END.search(lead):  # 'министр … по внешнеэкономическим связям – Иванов И.И.'
            before = lead[:_DASH_AT_END.search(lead).start()]
            role = _trim_role(" ".join(before[_last_boundary_end(before, None):].split()).strip(" –-"))
            lead = before
        honorific = _HONORIFIC_BEFORE.search(lead)
        if one_initial and (start, end, initials, surname) in one_initial \
                and not (role and _PLAIN_NAME_ROLE.search(role.lower())) and not honorific:
            continue  # 'Д. Ганболд' alone is a name only right after its role ('Послом Монголии Д. Ганболдом')
        if honorific and (not role or _HONORIFIC_AT_END.search(" " + role)):
            # 'с г-ном К. Ямадой', 'Генеральным консулом Японии г-ном К. Ямадой': the role before the honorific, if
            # any, else one after the name; the honorific's ending gives the name's case
            before = _trim_role(_HONORIFIC_AT_END.sub("", " " + role).strip(" –-,")) if role else ""
            out.append(Official(f"{initials} {surname}", before or _role_after(text, end) or None,
                                " ".join(text[start:end].split()), _honorific_case(honorific.group(1))))
            taken.append((start, end))
            continue
        acting = _acting(lead, role) if role else ""
        role = acting + role if role else _role_after(text, end)
        # 'и.о.' does not decline: the role noun after it says nothing of the name's case
        out.append(Official(f"{initials} {surname}", role or None, " ".join(text[start:end].split()),
                            None if acting else _role_case(role)))
        taken.append((start, end))
    plain = _plain_names_after_roles(text, taken)
    return _with_honorific_names(text, [_without_names_of(official, plain) for official in out] + plain)


# 'г-ном Сюэ Фэем', 'господину Ахмеду Аль-Хамади', 'госпожой Ли Мэй': an honorific says a person's name
# follows, with no role before it; the case its ending gives is the name's (a woman's is kept as written).
_HONORIFIC_NAME = re.compile(
    r"(?<![А-ЯЁа-яё-])(?P<honorific>[Гг](?:-н|осподин)(?P<ending>а|у|ом|е)?|[Гг](?:-ж|оспож)(?:а|и|е|у|ой))\.?[ \t]+"
    r"(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:[ \t]+[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*){0,3})")
_HONORIFIC_CASE = {None: "nomn", "а": "gent", "у": "datv", "ом": "ablt", "е": "loct"}


def _with_honorific_names(text: str, found: list[Official]) -> list[Official]:
    """The officials found, then the people an honorific names that none of them is: the name's words
    up to the first the dictionary knows as no name ('г-ном Сюэ Фэем Генеральным …'), put back in the
    nominative as a plain name after a role is; the role said after a comma or dash if it starts with
    the person noun ('г-жой Ли Мэй, консулом КНР'), else none."""
    if "г-" not in text and "осп" not in text and "Г-" not in text:
        return found
    out = list(found)
    for match in _HONORIFIC_NAME.finditer(text):
        if _in_quotes(text, match.start()):
            continue  # a title or a quotation, as for names with initials
        names = match.group("name").split()
        kept = 0
        while kept < len(names) and (_plain_name_word(names[kept]) or _short_known_word(names[kept])):
            kept += 1
        names = names[:kept]
        if len(names) < 2 or any(names[0] in o.surface or names[-1] in o.surface for o in out):
            continue  # one word is no name; a name found with its role before the honorific is that official
        masculine = "-ж" not in match.group("honorific") and "ож" not in match.group("honorific")
        case = _HONORIFIC_CASE.get(match.group("ending")) if masculine else None
        end = match.start("name") + len(" ".join(names))
        role = _role_after(text, end) if text[end:end + 1] != " " or _ROLE_AFTER.match(text, end) else ""
        if _known_given_name(names[0]) and (_SLAVIC_SURNAME.search(names[-1]) or _known_surname(names[-1])):
            name = f"{names[0][0]}. {names[-1]}"
        else:
            name = " ".join(_foreign_nominative(w, case) for w in names)
        out.append(Official(name, role or None, " ".join(names), None))
    return out


def _without_names_of(official: Official, others: list[Official]) -> Official:
    """A role holds no other person: 'Вице-губернатор провинции Хэйлунцзян Чжан Вэй и Губернатор Смоленской
    области' → 'Губернатор Смоленской области' for the name after it."""
    role = official.role
    if not role or not others:
        return official
    for other in others:
        at = role.rfind(other.surface)
        if at >= 0:
            role = role[at + len(other.surface):]
    if role == official.role:
        return official
    role = _trim_role(role.strip(" ,;–-"))
    return Official(official.name, role or None, official.surface,
                    official.case if not role else _role_case(role))


# A role after which a name may stand without initials: 'Посол Социалистической Республики Вьетнам
# в Российской Федерации Данг Минь Кхой', 'Министр культуры Республики Беларусь Анатолий Маркевич',
# 'Генеральный консул КНР в Казани г-н Сюэ Фэй'. Matched on the cell in lower case.
_PLAIN_NAME_ROLE_REFERENCE = re.compile(
    r"(?<![а-яё-])(?:посол|посл(?:а|у|ом|ы|ов|ами|ам|ах)|генконсул[а-яё]*|консул[а-яё]*|министр[а-яё]*"
    r"|губернатор[а-яё]*|мэр[а-яё]*|председател[а-яё]*|президент[а-яё]*|премьер-министр[а-яё]*|ректор[а-яё]*"
    r"|аким[а-яё]*|хоким[а-яё]*|директор[а-яё]*|атташе"
    r"|вице-(?:губернатор|мэр|президент|премьер-министр|премьер|консул|ректор)[а-яё]*"
    # in the singular only (after a plural a list follows, not one name): 'Глава администрации …',
    # 'Советник-посланник Посольства КНР Ван Цзюнь', 'Торговый представитель … Игорь Петров'
    r"|глав(?:а|ы|е|у|ой|ою)|секретар(?:ь|я|ю|ём|ем|е)|руководител(?:ь|я|ю|ем|е)|представител(?:ь|я|ю|ем|е)"
    r"|советник(?:а|у|ом|е)?(?:-посланник(?:а|у|ом|е)?)?|посланник(?:а|у|ом|е)?|торгпред(?:а|у|ом|е)?"
    r"|заместител(?:ь|я|ю|ем|е)|начальник(?:а|у|ом|е)?|депутат(?:а|у|ом|е)?|спикер(?:а|у|ом|е)?|сенатор(?:а|у|ом|е)?"
    r")(?![а-яё-])")
# The same matches, each branch from its rarest letter with the letters before it looked back at (re
# skips to the next ш, э, ц, к, д, з, б or т instead of trying the boundary at every position).
_PLAIN_NAME_ROLE = re.compile(
    r"(?:ш(?<=(?<![а-яё-])атташ)е"
    r"|э(?<=(?<![а-яё-])мэ)р[а-яё]*"
    r"|з(?<=(?<![а-яё-])през)идент[а-яё]*"
    r"|к(?<=(?<![а-яё-])ак)им[а-яё]*"
    r"|к(?<=(?<![а-яё-])хок)им[а-яё]*"
    r"|б(?<=(?<![а-яё-])губ)ернатор[а-яё]*"
    r"|д(?<=(?<![а-яё-])пред)седател[а-яё]*"
    r"|к(?<=(?<![а-яё-])рек)тор[а-яё]*"
    r"|к(?<=(?<![а-яё-])дирек)тор[а-яё]*"
    r"|т(?<=(?<![а-яё-])минист)р[а-яё]*"
    r"|т(?<=(?<![а-яё-])премьер-минист)р[а-яё]*"
    r"|к(?<=(?<![а-яё-])к)онсул[а-яё]*"
    r"|к(?<=(?<![а-яё-])генк)онсул[а-яё]*"
    r"|п(?<![а-яё-]п)ос(?:ол|л(?:а|у|ом|ы|ов|ами|ам|ах))"
    r"|ц(?<=(?<![а-яё-])виц)е-(?:губернатор|мэр|президент|премьер-министр|премьер|консул|ректор)[а-яё]*"
    r"|л(?<=(?<![а-яё-])гл)ав(?:а|ы|е|у|ой|ою)"
    r"|к(?<=(?<![а-яё-])сек)ретар(?:ь|я|ю|ём|ем|е)"
    r"|к(?<=(?<![а-яё-])рук)оводител(?:ь|я|ю|ем|е)"
    r"|д(?<=(?<![а-яё-])пред)ставител(?:ь|я|ю|ем|е)"
    r"|в(?<=(?<![а-яё-])сов)етник(?:а|у|ом|е)?(?:-посланник(?:а|у|ом|е)?)?"
    r"|л(?<=(?<![а-яё-])посл)анник(?:а|у|ом|е)?"
    r"|г(?<=(?<![а-яё-])торг)пред(?:а|у|ом|е)?"
    r"|м(?<=(?<![а-яё-])зам)естител(?:ь|я|ю|ем|е)"
    r"|ч(?<=(?<![а-яё-])нач)альник(?:а|у|ом|е)?"
    r"|п(?<=(?<![а-яё-])деп)утат(?:а|у|ом|е)?"
    r"|к(?<=(?<![а-яё-])спик)ер(?:а|у|ом|е)?"
    r"|н(?<=(?<![а-яё-])сен)атор(?:а|у|ом|е)?"
    r")(?![а-яё-])")
# Where the phrase of a role and its name ends: a comma, semicolon, colon, bracket, line, a sentence's
# full stop, or a dash between words.
# A full stop after an abbreviation of a place ('мэром г. Харбина Чжан Ханьхуэй', 'обл.', 'ул.') ends nothing.
# 'зам. министра …', 'зав. кафедрой …', 'нач. отдела …': a post shortened before its role ends nothing either.
_ABBREVIATION_DOT = r"(?<!\b[Зз]ам\.)(?<!\b[Зз]ав\.)(?<!\b[Нн]ач\.)(?<!\bг\.)(?<!\bгг\.)(?<!\bобл\.)(?<!\bул\.)(?<!\bим\.)(?<!\bпос\.)(?<!\bпр\.)(?<!\bпров\.)(?<!\bресп\.)(?<!\bст\.)(?<!\bр\.)(?<!\bд\.)(?<!\bс\.)"
_PLAIN_NAME_END_REFERENCE = re.compile(r"[,;:()\n]|\." + _ABBREVIATION_DOT + r"(?=\s|$)|\s[–—-]\s")
# The same matches with one character class first (re skips to the next candidate at once).
_PLAIN_NAME_END = re.compile(r"[,;:()\n.\s](?:(?<=[,;:()\n])|(?<=\.)" + _ABBREVIATION_DOT + r"(?=\s|$)|(?<=\s)[–—-]\s)")
# Two to four capitalised words ending the phrase: the name is the last of them that pass _plain_name_word.
_TRAILING_CAPITALS = re.compile(r"(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*\s+){1,3}[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*\s*$")
_ORGANISATION_BEFORE = frozenset({"компания", "корпорация", "фирма", "группа", "холдинг", "завод", "предприятие",
                                  "банк", "фонд", "ассоциация", "университет", "агентство", "концерн"})


@lru_cache(maxsize=1)
def _legal_form_abbreviations() -> frozenset[str]:
    """'ОАО', 'ООО', 'ФГБОУ', …: a legal form's abbreviation before capitalised words starts a company's name."""
    from .organisations import legal_forms  # the organisations' reference; imported late (it imports much)

    return frozenset(form.form.split()[0] for form in legal_forms())


def _plain_names_after_roles(text: str, taken: list[tuple[int, int]] | None = None) -> list[Official]:
    """Officials named without initials right after their role, at the end of the role's phrase.

    Each word of the name is a first name, surname or patronymic to the dictionary, or a word it does
    not know (a Vietnamese or Chinese name); the phrase between the role and the name holds no verb
    ('Губернатор вручил награду Анне Ивановой' names no governor) and the name does not follow an
    organisation's noun ('директор компании Хуавэй Текнолоджиз'). A first name from the dictionary
    makes the usual form ('Анатолий Маркевич' → 'А. Маркевич'); a name the dictionary does not know is
    kept whole ('Данг Минь Кхой')."""
    if _plain_role_forms().isdisjoint(words(text)):  # the cell's remembered words: no role noun, no plain name
        return []
    lowered = caseless_text(text) or text.lower()
    out: list[Official] = []
    seen: set[str] = set()
    taken = taken or []
    found: list[tuple[int, int]] = []  # the plain names found so far
    for role_match in _PLAIN_NAME_ROLE.finditer(lowered):
        end_match = _PLAIN_NAME_END.search(text, role_match.end())
        phrase_end = _next_role_joined(text, role_match.end(), end_match.start() if end_match else len(text))
        if any(role_match.end() <= a < phrase_end for a, _ in taken):
            continue  # the phrase's name was found with its initials
        for phrase_end in _name_ends(text, role_match.end(), phrase_end):
            last = phrase_end
            while last > role_match.end() and text[last - 1].isspace():
                last -= 1
            first = last
            while first > role_match.end() and text[first - 1].isalpha():
                first -= 1
            if first == last or not text[first].isupper():
                continue  # the phrase does not end in a capitalised word: no name ends it
            phrase_start = max(role_match.start(), phrase_end - 120)  # a name of four words is shorter
            phrase = text[phrase_start:phrase_end]
            run = _TRAILING_CAPITALS.search(phrase)
            if run is None:
                continue
            names = run.group(0).split()
            kept = len(names)
            quoted = _in_quotes(text, phrase_start + run.start())  # «Петрусь Бровка»: a thing's name, no person
            if len(names) >= 2 and not quoted and _common_noun_ending_a_name(names):
                kept -= 1  # 'Хулио Гармендиа Пенья': a last word the dictionary knows as a thing ('пенья', singing)
            while kept and (_plain_name_word(names[kept - 1]) or (kept < len(names) and _short_known_word(names[kept - 1]))):
                kept -= 1  # 'Ван Хунбинь', 'Ли Цян', 'Си Цзиньпин': a syllable the dictionary knows as a word
            if 0 < kept < len(names) and not quoted and _person_noun_as_given_name(names[kept - 1], names[kept:]):
                kept -= 1  # 'министром туризма Египта Шерифом Фатхи': a given name the dictionary knows as a noun
            if kept == len(names) and kept >= 2 and _short_known_word(names[-2]) and len(names[-2]) <= 5:
                # 'Ван Линем', 'Ли Лэем': after a surname's syllable the given name may be a word the dictionary
                # knows ('линь', a fish); the syllable says the pair is a name of another tradition
                kept -= 2
                while kept and names[kept - 1][1:].islower() \
                        and (_plain_name_word(names[kept - 1]) or _short_known_word(names[kept - 1])):
                    kept -= 1
            elif kept == len(names) and kept >= 2 and _SLAVIC_SURNAME.search(names[-1]) and (
                    _known_given_name(names[-2]) or (_plain_name_word(names[-2]) and not _names_place(names[-2]))):
                # 'Кумар Аксакалов': a surname the dictionary reads as a common word ('аксакалов'); after a given name
                # it knows or one it does not ('Ненад Попович': 'попович', a priest's son)
                kept -= 2
                while kept and _plain_name_word(names[kept - 1]):
                    kept -= 1
            if kept == 0 and len(names) > 2 and _unknown_or_place(names[0]) \
                    and _PLACE_BEFORE.search(phrase, 0, run.start()):
                kept = 1  # 'провинции Хэйлунцзян Чжан Вэй', 'города Ош Жанарбеком …': the place's name is not the person's
            names = names[kept:]
            while len(names) > 2 and _names_place(names[0]):
                names = names[1:]  # 'мэром Нови-Сада Драганом Джуричем', 'губернатором Сычуани Ши Сяолинем'
            if len(names) > 2 and (_SLAVIC_SURNAME.search(names[-1]) or _known_surname(names[-1])):
                # 'Председателем Мингорисполкома Владимиром Кухаревым': a given name the dictionary knows,
                # not after another one ('Анна Мария …'), starts the name; the word before it ends the role
                given = next((k for k in range(1, len(names) - 1)
                              if _known_given_name(names[k]) and not _known_given_name(names[k - 1])), 0)
                names = names[given:]
            if len(names) < 2:
                continue
            start = phrase_start + run.start() + phrase[run.start():].find(names[0])
            between = text[role_match.end():start].split()
            if any(_is_verb_form(w.strip("«»\"()")) and not _guessed_capitalised(w.strip("«»\"()"))
                   for w in between if w[:1].isalpha()):
                continue  # a verb between role and name: «Губернатор вручил награду Анне Ивановой»; not «Лаокай»
            if between and (morph().parse(between[-1].strip("«»\""))[0].normal_form in _ORGANISATION_BEFORE
                            or between[-1].strip("«»\"") in _legal_form_abbreviations()):
                continue  # 'директор компании Хуавэй …', 'директором ОАО Ван Ли': the company's name
            surface = " ".join(names)
            end = start + len(run.group(0).rstrip()) - (run.group(0).find(names[0]))
            if surface in seen or any(start < b and a < end for a, b in taken):
                continue
            seen.add(surface)
            found.append((start, end))
            # the usual form for a given name and a surname of ours ('Анатолий Маркевич'); a name of
            # another tradition is kept whole ('Данг Минь Кхой': 'Данг' is a given name to the dictionary)
            first_is_given = _known_given_name(names[0]) and (bool(_SLAVIC_SURNAME.search(names[-1]))
                                                              or _known_surname(names[-1]))  # 'Садовничего', 'Крутым'
            lead_start = max((m.end() for m in _PLAIN_NAME_END.finditer(text, 0, role_match.start())), default=0)
            # the role begins after any name before it: '… В.Н. Анохина и вице-губернатора провинции Цзилинь …'
            lead_start = max([lead_start] + [b for _, b in taken if b <= role_match.start()]
                             + [b for _, b in found if b <= role_match.start()])
            # … and after a preposition that opens its phrase: «Встреча Главы Республики Марий Эл с Чрезвычайным и
            # Полномочным Послом … Алсидесом Монтьелем» — the ambassador's role (whose case, ablt, reads the name
            # back to «Алсидес Монтьель»), not «Глава … с … Послом» (gent: the name was kept as «Алсидесом Монтьелем»)
            later = [m.start() for m in _PLAIN_NAME_ROLE.finditer(lowered, role_match.end(), start)]
            if later:  # another role's noun before the name: the name is that role's
                lead_start = max([lead_start] + [m.end() for m in _ROLE_OPENING_PREPOSITION.finditer(
                    text, max(lead_start, role_match.start()), later[-1])])
            role = _trim_role(_HONORIFIC_AT_END.sub("", " ".join(text[lead_start:start].split())).strip(" –-"))
            if first_is_given and len(names) == 3 and not _tagged(names[1], "Patr") and not _tagged(names[1], "Name"):
                # three words, the middle no patronymic and no given name of ours: a name of another tradition, kept
                # whole ('Хуаном Карлосом Мартином' → 'Хуан Карлос Мартин', was 'Х. Мартин'); 'Анной Марией
                # Петровой' stays 'А. Петрова'
                first_is_given = False
            if first_is_given:
                patronymic = len(names) == 3 and _tagged(names[1], "Patr")
                name = f"{names[0][0]}.{names[1][0]}. {names[2]}" if patronymic else f"{names[0][0]}. {names[-1]}"
                out.append(Official(name, role or None, surface, _role_case(role) if role else None))
            else:
                case = _role_case(role) if role else None
                out.append(Official(" ".join(_foreign_nominative(w, case) for w in names), role or None, surface, None))
            break  # one name ends a role's phrase

    return out


def _common_noun_ending_a_name(names: list[str]) -> bool:
    """Whether the last of the capitalised words after a role is a name's though the dictionary knows it as a thing
    ('Пенья', 'Рамадан'): the word before it is a given name the dictionary knows ('Мохаммедом Рамаданом'), or the
    words before it are a given name and a word the dictionary does not know ('Хулио Гармендиа Пенья'). Not a place or a body's word ('… Куба Хулио Гармендиа Культуры' has
    no such last word: 'Культуры' names a field), nor after two known words ('Анна Мария Роза' stays as it was)."""
    last, middle = names[-1], names[-2]
    parsed = morph().parse(last)[0]
    if not (parsed.is_known and "NOUN" in parsed.tag and "Geox" not in parsed.tag and "Orgn" not in parsed.tag
            and not {"Name", "Surn", "Patr"} & parsed.tag.grammemes and parsed.normal_form not in _NAME_BREAKING_NOUNS):
        return False
    if len(names) == 2 or _known_given_name(middle):
        return _known_given_name(middle) and middle not in _plain_role_forms()  # 'Мохаммедом Рамаданом'
    return _known_given_name(names[-3]) and not morph().parse(middle)[0].is_known


# Nouns that end a role's phrase and are no one's name: a field, a body, a state's word.
_NAME_BREAKING_NOUNS = frozenset("""культура образование наука министерство республика федерация область край
    округ посольство консульство университет правительство администрация комитет департамент управление палата
    агентство фонд центр отдел союз совет""".split())


def _person_noun_as_given_name(word: str, after: list[str]) -> bool:
    """Whether a capitalised word the dictionary knows as a person ('Шериф', a sheriff) is a given name before the
    surname that follows it ('Шерифом Фатхи'): the surname is one word the dictionary does not know, and the word
    is no role's noun ('Послом', 'Министром') nor a place's."""
    if len(after) != 1 or morph().parse(after[0])[0].is_known or word in _plain_role_forms():
        return False
    parsed = morph().parse(word)[0]
    return parsed.is_known and "NOUN" in parsed.tag and "anim" in parsed.tag and "sing" in parsed.tag \
        and "Geox" not in parsed.tag and not _names_place(word) and not _names_place(after[0]) \
        and not after[0].endswith(("щины", "щине", "щиной", "щина"))  # 'Уроженцы Смоленщины': a land, no surname


# A preposition before a role's noun phrase opens it: «… с Послом», «… со вторым секретарём», «… у Генерального
# консула», «… для заместителя министра».
_ROLE_OPENING_PREPOSITION = re.compile(r"(?<!\S)(?:с|со|у|для|к|ко|от)\s+", re.IGNORECASE)


# A name may end before a place or time said after it: 'Визит ректора СВФУ Анатолия Николаева в Сеул',
# 'Встреча с Послом … Ли Мином на полях форума'. Only after a capitalised word, as a name's last word is.
_PREPOSITION_AFTER_NAME = re.compile(r"(?<=[а-яё])[ \t]+(?:в|во|на|из|с|со|по|для|к|ко|при)[ \t]+(?=[А-ЯЁа-яё«\d])")


def _name_ends(text: str, start: int, phrase_end: int) -> list[int]:
    """Where the name after a role may end: before each preposition after a capitalised word, else at
    the phrase's end ('… г-ном Кэнъити Сато': the 'в' after 'Японии' ends no name, so the end is tried)."""
    found = []
    for match in _PREPOSITION_AFTER_NAME.finditer(text, start, phrase_end):
        word_start = match.start()
        while word_start > start and text[word_start - 1].isalpha():
            word_start -= 1
        if text[word_start].isupper():
            found.append(match.start())
    return found + [phrase_end]


# A place's noun right before the capitalised words: the first of them is the place's name.
_PLACE_BEFORE = re.compile(r"(?:(?<![А-ЯЁа-яё])(?:провинци|област|округ|префектур|штат|город|уезд|район|республик|кра|аймак"
                           r"|губерни|кантон|регион|муниципалитет)[а-яё]{0,3}|(?<![А-ЯЁа-яё])(?:г|пров|обл|респ|преф)\.)\s*$", re.IGNORECASE)
# '… Чжан Вэй и Губернатор Смоленской области …': 'и' before another person's role.
_AND_WORD = re.compile(r"\sи\s+(?:(?:его|её|ее|их|своим|своей|своего|своему|своими)\s+)?([А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*)")


def _next_role_joined(text: str, start: int, end: int) -> int:
    """Where a role's phrase ends when 'и' joins another person's role to it: 'Вице-губернатор провинции
    Хэйлунцзян Чжан Вэй и Губернатор Смоленской области …' ends before 'и'; 'Министр промышленности
    и торговли …', 'Посол Боснии и Герцеговины …' go on (no person noun after 'и')."""
    if " и " not in text[start:end]:
        return end
    for joined in _AND_WORD.finditer(text, start, end):
        if _may_be_person(joined.group(1)):
            return joined.start()
    return end


# In any case: 'г-н', 'г-ном', 'господину', 'г-жой', 'госпожи'.
_HONORIFIC_AT_END = re.compile(r"\s+(?:г-н(?:а|у|ом|е)?|г-ж(?:а|и|е|у|ой)|господин(?:а|у|ом|е)?|госпож(?:а|и|е|у|ой)|гн\.?)$", re.IGNORECASE)
# An honorific right before a name: 'с г-ном К. Ямадой', 'госпожой А. Танакой' (the name's case is the honorific's).
_HONORIFIC_BEFORE = re.compile(r"(?<![А-ЯЁа-яё-])(г-н(?:а|у|ом|е)?|г-ж(?:а|и|е|у|ой)|господин(?:а|у|ом|е)?"
                               r"|госпож(?:а|и|е|у|ой))\.?\s*$", re.IGNORECASE)
_HONORIFIC_ENDING_CASE = {"": "nomn", "а": "gent", "у": "datv", "ом": "ablt", "ой": "ablt", "е": "datv", "и": "gent"}


def _honorific_case(honorific: str) -> str | None:
    """The case an honorific's ending gives the name after it: 'г-ном' → ablt, 'госпожи' → gent, 'г-жа' → nomn;
    a woman's 'г-жу' (accusative) is left to the surname's own ending."""
    word = honorific.lower()
    stem = next(s for s in ("господин", "госпож", "г-н", "г-ж") if word.startswith(s))
    ending = word[len(stem):]
    if stem in ("госпож", "г-ж"):
        return {"а": "nomn", "и": "gent", "ой": "ablt", "е": "datv"}.get(ending)
    return _HONORIFIC_ENDING_CASE.get(ending)


# Surnames of Russian, Belarusian and Ukrainian form, in any case: 'Маркевич', 'Аксакалову', 'Петренко'.
_SLAVIC_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ск|цк|ич|ко|ук|юк|ник|ец|чик|ц)(?:а|у|ым|им|ом|ем|е|ой|ий|ая|ого|ому|ую)?$")


_PLAIN_NAME_ROLE_LEMMAS = ("посол", "генконсул", "консул", "министр", "губернатор", "мэр", "председатель", "президент",
                           "премьер-министр", "ректор", "аким", "хоким", "директор", "атташе")
_SINGULAR_ROLE_LEMMAS = ("глава", "секретарь", "руководитель", "представитель", "советник", "посланник", "торгпред",
                         "заместитель", "начальник", "депутат", "спикер", "сенатор")
# 'Вице-губернатор провинции Хэйлунцзян Чжан Вэй': a deputy of these is a role too.
_VICE_ROLE_LEMMAS = ("губернатор", "мэр", "президент", "премьер-министр", "премьер", "консул", "ректор")


@lru_cache(maxsize=1)
def _plain_role_forms() -> frozenset[str]:
    """Every form of the role nouns _PLAIN_NAME_ROLE finds, as a cell's words() give them (lower case,
    capitalised, capitals): one set test per cell instead of a search of its text, since nine cells
    in ten name no such role."""
    forms: set[str] = set()
    for lemma in _PLAIN_NAME_ROLE_LEMMAS:
        forms.add(lemma)
        forms.update(form.word for form in morph().parse(lemma)[0].lexeme)
    for lemma in _SINGULAR_ROLE_LEMMAS:
        parse = next((p for p in morph().parse(lemma) if "NOUN" in p.tag), morph().parse(lemma)[0])
        forms.update(form.word for form in parse.lexeme if "sing" in form.tag)
    forms.update({"советник-посланник", "советника-посланника", "советнику-посланнику", "советником-посланником",
                  "советнике-посланнике"})
    for lemma in _VICE_ROLE_LEMMAS:
        forms.update("вице-" + form.word for form in morph().parse(lemma)[0].lexeme)
    forms.discard("после")  # the locative of 'посол', and the everyday preposition 'after'
    return frozenset(forms | {f.capitalize() for f in forms} | {f.upper() for f in forms})


@word_cache
def _plain_name_word(word: str) -> bool:
    """'Анатолий', 'Маркевич', 'Кхой', 'Сюэ' → True; 'Беларусь', 'Федерации', 'Культуры' → False: a
    word the dictionary knows is a name only as a first name, surname or patronymic; a word it does
    not know is a foreign name (its guessed tags — 'Маркевич' as an abbreviation — say nothing)."""
    parses = morph().parse(word)[:2]
    if not parses[0].is_known:
        return True
    return any(("Name" in p.tag or "Surn" in p.tag or "Patr" in p.tag) and "Geox" not in p.tag
               for p in parses if p.is_known)


@word_cache
def _short_known_word(word: str) -> bool:
    """'Ван', 'Ваном', 'Ли', 'Си', 'То', 'Ан' → True: a word the dictionary knows whose lemma has at most
    three letters (a particle, a conjunction, a musical note, a lake). Capitalised before a name word after a role, it is a
    syllable of a Chinese, Korean or Vietnamese name, not the word it spells."""
    parsed = morph().parse(word)[0]
    # 'Ваном': a form of 'ван'; 'Мин' (in 'Ким Мин Чжон'), the genitive of 'мина': three letters as written
    return parsed.is_known and (len(parsed.normal_form) <= 3 or len(word) <= 3)


# The endings a masculine name of another tradition takes in each oblique case, and what its nominative
# ends in instead: after a vowel the soft ending was 'й' ('Кхоем' → 'Кхой', 'Фэя' → 'Фэй'), after a
# consonant 'ь' ('Хунбинем' → 'Хунбинь'); a hard ending leaves the bare stem ('Чжаном' → 'Чжан'). A
# person's accusative is the genitive ('встретил Посла … Кхоя').
_OBLIQUE_ENDINGS = {"gent": (("а", ""), ("я", "*"), ("ы", "a")), "accs": (("а", ""), ("я", "*")),
                    "datv": (("у", ""), ("ю", "*"), ("е", "a")),
                    "ablt": (("ом", ""), ("ем", "*"), ("ём", "*"), ("ой", "a"), ("ей", "a"), ("ёй", "a")),
                    "loct": (("е", "*"),)}
_VOWELS = frozenset("аеёиоуыэюя")
_HUSHING = frozenset("жчшщц")


def _foreign_nominative(word: str, case: str | None) -> str:
    """A foreign name's word, declined as a Russian masculine noun beside a role in `case`, back in the
    nominative: 'Кхоем' (ablt) → 'Кхой', 'Чжана' (gent) → 'Чжан', 'Хунбинем' → 'Хунбинь'. A word that
    does not end as that case would make it ('Сюэ', 'Минь' beside 'Кхоем', a woman's 'Тхи Ханг') did
    not decline and stays; so do names beside a nominative role. The first words of a name decline or
    not as the clerk chose ('Ван Хунбинем', 'Ваном Хунбинем'): each is read on its own."""
    for ending, soft in _OBLIQUE_ENDINGS.get(case or "", ()):
        stem = word[:-len(ending)]
        if soft == "a" and word.endswith(ending) and ending in ("ей", "ёй") and len(stem) > 2 and stem[-1] == "и" \
                and stem[-2] not in _VOWELS:
            return stem + "я"  # 'Марией', 'Гарсией' → 'Мария', 'Гарсия': a name in -ия
        if not word.endswith(ending) or len(stem) < 2 or stem[-1] in _VOWELS and soft != "*":
            continue
        if soft == "a":
            # 'Николой', 'Накамурой' → 'Никола', 'Накамура': a name in -а declines as a feminine noun; a
            # stem of no vowel is a syllable that did not decline ('Кхой', 'Тхой')
            if stem[-1] in _VOWELS or _VOWELS.isdisjoint(stem.lower()):
                continue
            return stem + ("я" if ending in ("ей", "ёй") and stem[-1] not in _HUSHING else "а")
        if soft == "*" and stem[-1] in _HUSHING:
            return stem  # 'Селаковичем', 'Бабичем' → 'Селакович', 'Бабич': after ж ч ш щ ц the ending is hard
        if soft == "*":
            if stem[-1] in _VOWELS:
                return stem + "й"
            if case == "loct" and stem[-1] not in "ьй":
                return stem  # 'о Чжане' → 'Чжан'
            return stem + "ь"
        return stem
    return word


@word_cache
def _unknown_or_place(word: str) -> bool:
    """'Хэйлунцзян' (unknown), 'Ош' (a place to the dictionary) → True; 'Ли' (a particle), 'Анатолием'
    → False: after a place's noun, such a word is the place's name."""
    parses = morph().parse(word)[:2]
    return not parses[0].is_known or any("Geox" in p.tag for p in parses)


@word_cache
def _names_place(word: str) -> bool:
    """'Нови-Сада', 'Сычуани', 'Харбина' → True: a word that names a foreign city, a foreign region or
    starts a country's name (the gazetteer's own test), and is not a first name the dictionary knows.
    Between a role and a person's name it is the role's place, not the person. Not a word of three
    letters: 'Гао' is a city and a Chinese surname."""
    return len(word) > 3 and bool(geo_word_kind(word)) and not _known_given_name(word)


@word_cache
def _known_given_name(word: str) -> bool:
    """'Анатолий', 'Александром', 'Кумар' → True: the dictionary knows the word as a first name."""
    return any("Name" in p.tag for p in morph().parse(word)[:2] if p.is_known)


_DASH_AT_END = re.compile(r"\s[–—-]\s*$")
# 'и.о. министра', 'врио Губернатора', 'временно исполняющий обязанности Главы': acting in the role.
_ACTING = re.compile(r"(?:(?<![А-ЯЁа-яё])(?:и\.\s?о\.|вр\.?\s?и\.?\s?о\.?|врио)"
                     r"|(?:временно\s+)?исполняющ\w+\s+обязанност\w+)\s*$", re.IGNORECASE)


def _acting(lead: str, role: str) -> str:
    """'и.о. ' when the words just before the role in `lead` say the person acts in it, else ''."""
    first = role.split(maxsplit=1)[0]
    position = lead.rfind(first)
    if position <= 0:
        return ""
    found = _ACTING.search(lead, max(0, position - 45), position)
    if not found:
        return ""
    said = " ".join(found.group(0).split()).lower()
    return "врио " if said.startswith("вр") or said.startswith("временно") else "и.о. "


# One initial, then a surname ('Послом Монголии Д. Ганболдом', 'Президентом США Д. Трампом'), as names of
# other traditions are often written; not the start of the usual two initials, not a place ('Р. Беларусь').
_ONE_INITIAL = re.compile(r"(?<![А-ЯЁа-яё.])(?P<initials>[А-ЯЁ]\.)[ \t\u00a0]?\n?[ \t\u00a0]?(?P<surname>[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?)"
                          r"(?![А-ЯЁа-яё-])(?![ \t\u00a0]?[А-ЯЁ]\.)")


def _one_initial_spans(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Names of one initial and a surname not inside a name found otherwise; find_officials keeps only
    those right after a role."""
    found = []
    for match in _ONE_INITIAL.finditer(text):
        start, end = match.span()
        if any(start < b and a < end for a, b, _, _ in spans) or "Geox" in morph().parse(match.group("surname"))[0].tag:
            continue
        found.append((start, end, match.group("initials"), match.group("surname")))
    return found


def _name_spans(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, initials, surname) of every person named in the cell, left to right, in any of
    the three ways Russian documents write one: 'В.Н. Анохина', 'Анохина В.Н.' and 'Анохина Василия
    Николаевича' / 'Василия Николаевича Анохина' (initials made from the name and the patronymic).
    Where two ways overlap, the one starting first wins."""
    usual = [(m.start(), m.end(), m.group("initials"), _as_written_in_lower(m.group("surname")))
             for m in _names(text) if not m.group("surname").isupper()
             or (m.group("initials").endswith(".") and _may_be_capitals_surname(m.group("surname")))]
    others = []
    if len(usual) < text.count(".") and _INITIAL.search(text):
        others += [(m.start(), m.end(), m.group("initials"), surname) for m in _surnames_first(text)
                   if (not m.group("surname").isupper() or _may_be_capitals_surname(m.group("surname")))
                   and (_may_be_surname_before_initials(surname := _as_written_in_lower(m.group("surname")))
                        or _capital_mid_sentence(text, m.start("surname")) and not _names_a_place_or_body(surname))]
    if _may_hold_patronymic(text) and _may_name_patronymic(text):
        others += _full_names(text)
    if not others:
        return usual
    # 'Председателем А.Б. ПЕТРОВЫМ': the initials belong to the surname after them; of the other
    # forms, the one starting first wins
    found = list(usual)
    for span in sorted(others):
        if all(span[1] <= a or span[0] >= b for a, b, _, _ in found):
            found.append(span)
    return sorted(found)


# 'Петрова Е.В. – министр культуры Смоленской области, Иванов И.И. – …': the role after the name, up to
# the next comma, semicolon, bracket or line.
_ROLE_AFTER = re.compile(r"[ \t]*(?:[–—-]|,)[ \t]*(?P<role>[^,;()\n]{3,120})")


def _role_after(text: str, end: int) -> str:
    """The role written after a name when none stands before it: only a phrase that starts with the
    person noun itself or its adjectives ('министр культуры', 'Чрезвычайный и Полномочный Посол'),
    so '…, а также с послом Китая' does not lend its role to the name before."""
    match = _ROLE_AFTER.match(text, end)
    if match is None:
        return ""
    said = " ".join(match.group("role").split()).strip(" –-.")
    role = _trim_role(said)
    return role if role and said.startswith(role) else ""


@word_cache
def _may_be_capitals_surname(word: str) -> bool:
    """'АНОХИН', 'ШУЛЕЙКО' → True; 'ООО', 'СНГ', 'ОАО', 'ПАО', 'МИД' → False: a word in capitals is a
    surname when the dictionary has it as one, or does not know it and it is not an abbreviation's length."""
    written = _as_written_in_lower(word)
    parses = morph().parse(written)
    if any("Surn" in p.tag for p in parses[:3]):
        return True
    return len(word) >= 5 and not morph().word_is_known(word.lower()) and not any("Abbr" in p.tag for p in parses[:2])


def _as_written_in_lower(surname: str) -> str:
    """'АНОХИНА' → 'Анохина', 'ПЕТРОВ-ВОДКИН' → 'Петров-Водкин': lists of participants often put
    surnames in capitals; the name is stored the way it is written in a sentence."""
    return "-".join(part.capitalize() for part in surname.split("-")) if surname.isupper() else surname


def _may_hold_patronymic(text: str) -> bool:
    """Whether a patronymic ending ('…вич', '…вна', '…ична' in any case) is anywhere in the cell."""
    return "вич" in text or "вн" in text or "ичн" in text


def _full_names(text: str) -> list[tuple[int, int, str, str]]:
    """'Губернатора Смоленской области Анохина Василия Николаевича' → the span of the three words,
    'В.Н.', 'Анохина'. The patronymic and the first name must be the dictionary's (Patr, Name); the
    surname is the capitalised word before them (a surname, or a word the dictionary does not
    know) or else the one after the patronymic."""
    out = []
    for match in _PATRONYMIC.finditer(text):
        patronymic = match.group(0)
        if not _tagged(patronymic, "Patr"):
            continue
        first = _WORD_BEFORE.search(text, 0, match.start())
        if first is None or not _tagged(first.group(1), "Name"):
            continue
        initials = f"{first.group(1)[0]}.{patronymic[0]}."
        before = _WORD_BEFORE.search(text, max(0, first.start() - 40), first.start())
        after = _WORD_AFTER.match(text, match.end())
        # 'директором Белгосфилармонии Сергеем Петровичем Ивановым': a surname after the patronymic wins
        # over a word before the first name that is no surname to the dictionary (a body's name)
        surname_after = after is not None and not (before is not None and _tagged(before.group(1), "Surn")) \
            and (_tagged(after.group(1), "Surn") or bool(_SLAVIC_SURNAME.search(after.group(1)))) \
            and _may_be_surname(after.group(1))
        if before is not None and not surname_after and _may_be_surname(before.group(1)):
            out.append((before.start(), match.end(), initials, before.group(1)))
            continue
        if after is not None and _may_be_surname(after.group(1)):
            out.append((first.start(), after.end(), initials, after.group(1)))
    return out


@word_cache
@word_cache
def _known_surname(word: str) -> bool:
    """'Садовничего', 'Крутым' → True: a surname the dictionary knows (not one it guesses: 'Кхоя')."""
    return any(p.is_known and "Surn" in p.tag for p in morph().parse(word)[:2])


def _tagged(word: str, grammeme: str) -> bool:
    """Whether one of the word's two likeliest parses carries `grammeme` ('Николаевича', 'Patr')."""
    return any(grammeme in p.tag for p in morph().parse(word)[:2])


@word_cache
def _may_be_surname_before_initials(word: str) -> bool:
    """Before initials that no surname follows, a capitalised word is the surname when the dictionary
    has it as one, as a person ('Богомаз', 'Чеботаря': surnames that are also nouns), or does not
    know it ('Шулейко'); a place, a body or any other known word is not ('Федерации М.Г.')."""
    parses = morph().parse(word)
    if any("Surn" in p.tag for p in parses):
        return True
    if any("Geox" in p.tag or "Orgn" in p.tag for p in parses[:2]):
        return False
    if morph().word_is_known(word.lower()):
        return any("NOUN" in p.tag and "anim" in p.tag and "Name" not in p.tag for p in parses[:3])
    return True


def _capital_mid_sentence(text: str, start: int) -> bool:
    """The capital at `start` follows a lower-case word, a closing quote or bracket, or a comma: no
    sentence starts there, so a common noun written so is a name ('директор ООО «Смарт» Навой Д.В.':
    «навой» is a loom's beam to the dictionary)."""
    before = text[max(0, start - 40):start].rstrip(" \t\u00a0")
    if not before:
        return False
    if before[-1] in "»),":
        return True
    word = _LAST_WORD.search(before)
    return word is not None and word.group()[0].islower()  # not after 'Российской' ('… Федерации М.Г.')


_LAST_WORD = re.compile(r"[А-ЯЁа-яё-]+$")


@word_cache
def _names_a_place_or_body(word: str) -> bool:
    """'Федерации', 'Беларусь', 'Минобороны': a place or a body, never a surname before initials."""
    return any("Geox" in p.tag or "Orgn" in p.tag for p in morph().parse(word)[:2])


@word_cache
def _may_be_surname(word: str) -> bool:
    """Beside a first name and patronymic the dictionary confirmed, a capitalised word is the
    surname unless it is a place, a body or a person noun: 'Крутой Дмитрий Николаевич' → True;
    'Посол Дмитрий Николаевич', 'Беларуси Дмитрий Николаевич' → False."""
    parses = morph().parse(word)
    if any("Surn" in p.tag for p in parses[:3]):
        return True
    return not (_may_be_person(word) or any(
        "Geox" in p.tag or "Orgn" in p.tag or "Name" in p.tag or "Patr" in p.tag for p in parses[:2]))


def _last_boundary_end(lead: str, lowered: str | None) -> int:
    """Where the last match of _ROLE_BOUNDARY in `lead` ends (0 when none); `lowered` is
    caseless_text(lead), read without IGNORECASE (lemmas.case_sensitive) when there is one."""
    matches = _ROLE_BOUNDARY_SCAN.finditer(lead) if lowered is None else \
        case_sensitive(_ROLE_BOUNDARY_SCAN).finditer(lowered)
    end = 0
    for end_match in matches:
        end = end_match.end()
    return end


def _names(text: str):
    """_NAME.finditer(text), tried only where a match can start: a match begins with a capital
    letter and its dot ('В.Н. Анохина'), so at the character before each dot, and not inside the
    match before (finditer goes on where a match ends). The pattern's look-behind still sees the
    text before that position. A cell has a few dots and many capitals, which re tried one by one."""
    end = 0
    dot = text.find(".", 1)
    while dot != -1:
        start = dot - 1
        if start >= end:
            before = text[start]
            if "А" <= before <= "Я" or before == "Ё":
                match = _NAME.match(text, start)
                if match:
                    yield match
                    end = match.end()
        dot = text.find(".", dot + 1)


_INITIALS_AT = re.compile(r"[А-ЯЁ]\.[ \t\u00a0]?[А-ЯЁ]\.")  # _SURNAME_FIRST's initials
_SPACE_BEFORE_INITIALS = frozenset(" \t\u00a0\n")  # what _SURNAME_FIRST allows between the surname and them
_SURNAME_LETTERS = frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя-")


def _surnames_first(text: str):
    """_SURNAME_FIRST.finditer(text), tried only at the word before each pair of initials: a match
    ends in initials ('Анохин В.Н.'), whose first letter stands before a dot, and starts where the run
    of letters and hyphens before the spaces ahead of them starts (its look-behind forbids a letter,
    dot or hyphen before the surname's capital). re tried every capital of the cell instead."""
    end = 0
    dot = text.find(".", 1)
    while dot != -1:
        initials = dot - 1
        if ("А" <= text[initials] <= "Я" or text[initials] == "Ё") and _INITIALS_AT.match(text, initials):
            start = initials
            while start > 0 and initials - start < 8 and text[start - 1] in _SPACE_BEFORE_INITIALS:
                start -= 1
            while start > 0 and text[start - 1] in _SURNAME_LETTERS:
                start -= 1
            if start >= end:  # not inside the match before, as finditer goes on
                match = _SURNAME_FIRST.match(text, start)
                if match is not None and match.start("initials") == initials:
                    yield match
                    end = match.end()
        dot = text.find(".", dot + 1)


@word_cache
def _may_be_patronymic_word(word: str) -> bool:
    """Whether _PATRONYMIC finds anything in one word of lemmas.words ('Николаевича' yes,
    'основных' no). A match is letters only, so it lies inside one word; the word's edges are
    the text's non-letters (or a hyphen after it, which only the text rules out)."""
    return _PATRONYMIC.search(word) is not None


def _may_name_patronymic(text: str) -> bool:
    """False when _PATRONYMIC cannot match the cell, told word by word from its remembered words:
    'вн' of _may_hold_patronymic is in 'основных', 'главным', 'внимание'."""
    return any(map(_may_be_patronymic_word, words(text)))


def _has_initial(text: str) -> bool:
    """bool(_INITIAL.search(text)), from the dots of the cell: a capital Cyrillic letter before one."""
    dot = text.find(".", 1)
    while dot != -1:
        before = text[dot - 1]
        if "А" <= before <= "Я" or before == "Ё":
            return True
        dot = text.find(".", dot + 1)
    return False


def _last_end_before(ends: list[int], position: int) -> int:
    """The last clause end a clause-end match found before `position` reaches (0 when none):
    what max(m.end() for m in _CLAUSE_END.finditer(text, 0, position)) gives, one scan per cell."""
    k = bisect_right(ends, position)
    return ends[k - 1] if k else 0


def _is_person_noun(parse, word: str) -> bool:
    return "NOUN" in parse.tag and "anim" in parse.tag and "Abbr" not in parse.tag and len(word) > 2


@word_cache
def _is_verb_form(word: str) -> bool:
    """'прошла', 'посетив', 'подписано' → True: a verb, infinitive, gerund or short participle."""
    return bool(_VERBAL & set(morph().parse(word)[0].tag.grammemes))


@word_cache
def _guessed_capitalised(word: str) -> bool:
    """A capitalised word the dictionary does not know, whatever it guesses: «Лаокай» (a Vietnamese province, guessed
    an imperative), «Хайзыонг» — a place's or a person's name, never the verb of a sentence."""
    return word[:1].isupper() and not morph().parse(word)[0].is_known


@word_cache
def _may_be_person(word: str) -> bool:
    """'Губернатора', 'Посла' → True: one of the two likeliest parses is a person noun."""
    return any(_is_person_noun(p, word) for p in morph().parse(word)[:2])


_ROLE_WORD = re.compile(r"[А-ЯЁа-яё-]+")


def _trim_role(role: str) -> str:
    """'В рамках Форума прошла встреча Губернатора Смоленской области' → 'Губернатора Смоленской области':
    the role starts at the first person noun after the last verb."""
    words = list(_ROLE_WORD.finditer(role))
    verbs = [i for i, w in enumerate(words) if _is_verb_form(w.group(0)) and not _guessed_capitalised(w.group(0))]
    first = (verbs[-1] + 1) if verbs else 0
    for index in range(first, len(words)):
        if index > 0 and words[index].group(0).lower() == "главе" and words[index - 1].group(0).lower() == "во":
            continue  # 'во главе с ректором': the idiom's head is no one; the role is the word after it
        if _may_be_person(words[index].group(0)):
            start = index  # keep the adjectives before it: 'Первый заместитель', 'Чрезвычайный и Полномочный Посол'
            while start > first and (words[start - 1].group(0).lower() == "и" or
                                     "ADJF" in morph().parse(words[start - 1].group(0))[0].tag):
                start -= 1
            if words[start].group(0).lower() == "и":
                start += 1
            return role[words[start].start():]
    return ""


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_ROLE_CASE_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")  # 'Премьер-министра' is one word (genitive), not 'Премьер'
_VERBAL = {"VERB", "INFN", "GRND", "PRTS"}


def _role_case(role: str) -> str | None:
    """The case of the role noun the name stands beside: a name in apposition shares it
    ('встреча Губернатора … В.Н. Анохина' genitive, 'Заместитель … А.А. Гапеева' nominative)."""
    words = _ROLE_CASE_WORD.findall(role)
    last_verb = max((i for i, w in enumerate(words) if _is_verb_form(w) and not _guessed_capitalised(w)), default=-1)
    for word in words[last_verb + 1:]:
        is_person, case = _person_case(word)
        if is_person:
            return case
    return None


@word_cache
def _person_case(word: str) -> tuple[bool, str | None]:
    """(whether a parse of the word is a person noun, the case of the first such parse):
    'Губернатора' → (True, 'gent'), 'области' → (False, None)."""
    parses = [p for p in morph().parse(word) if _is_person_noun(p, word)]
    if parses:
        return True, next((c for c in _CASES if c in parses[0].tag), None)
    return False, None


_MASC_NOMINATIVE = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий)$")
_POSSESSIVE_OBLIQUE = re.compile(r"(?P<stem>.+(?:ов|ев|ёв|ин|ын))(?P<end>а|у|ым|ом|е|ой|ую)$")
_SKY_OBLIQUE = re.compile(r"(?P<stem>.+(?:ск|цк))(?P<end>ого|ому|им|ом|ой|ую)$")


def surname_gender(surname: str) -> str | None:
    """'Гапеевой' → 'f', 'Анохиным' → 'm', 'Гапеева' → None (either)."""
    if _MASC_NOMINATIVE.search(surname):
        return "m"
    match = _POSSESSIVE_OBLIQUE.match(surname) or _SKY_OBLIQUE.match(surname)
    if not match:
        return None
    return {"ой": "f", "ую": "f", "а": None}.get(match.group("end"), "m")


# An Abkhaz or Georgian surname in -ия (Бжания, Кварчия, Шенгелия) in an oblique case, whichever the role's: a clerk
# writes «с Президентом … А. Бжании» as often as «Бжанией». A consonant before the «и» (not «Гелашвили», «Росси»).
# Its nominative beside an oblique role («Президента … А. Бжания») stays (was «Бжаний»).
_IA_OBLIQUE = re.compile(r"(?P<stem>[А-ЯЁ][а-яё]+[бвгджзклмнпрстфхцчшщ]и)(?:и|ей|ёй|ю|(?P<nominative>я))$")


def nominative_surname(surname: str, gender: str | None = None, case: str | None = None) -> str:
    """'Анохиным' → 'Анохин', 'Гапеевой' → 'Гапеева', 'Чеботаря' → 'Чеботарь'; a name beside a
    nominative role, or one that does not decline (Лукашенко, Котович), stays as written. Each part
    of a double surname declines on its own: 'Петровым-Водкиным' → 'Петров-Водкин'."""
    if "-" in surname.strip("-"):
        return "-".join(nominative_surname(part, gender, case) if part else part for part in surname.split("-"))
    if _MASC_NOMINATIVE.search(surname):
        return surname
    sky = _SKY_OBLIQUE.match(surname)
    if sky:
        feminine = sky.group("end") in ("ой", "ую") and gender != "m"
        return sky.group("stem") + ("ая" if feminine else "ий")
    possessive = _POSSESSIVE_OBLIQUE.match(surname)
    if possessive:
        stem, end = possessive.group("stem"), possessive.group("end")
        if end in ("ой", "ую"):
            return stem + "а"
        if end == "а":
            if gender == "f" or (gender is None and case in (None, "nomn")):
                return surname
            return stem
        return stem + "а" if gender == "f" else stem
    if case in (None, "nomn"):
        return surname
    ia = _IA_OBLIQUE.match(surname)
    if ia and not any(p.is_known for p in morph().parse(surname)[:3]):
        return surname if ia.group("nominative") else ia.group("stem") + "я"  # 'А. Бжании', 'Бжанией', 'Кварчию' → 'Бжания', 'Кварчия'
    if surname[-1:].lower() not in _VOWELS and surname[-1:].lower() not in "ьй" \
            and not (case == "ablt" and surname.lower().endswith(("ом", "ем", "ём", "ым", "им"))):
        # a single person's declined surname in an oblique case ends in a consonant only as '-ом/-ем' of the
        # instrumental (-ым/-им of an adjective's): one that else does is a woman's that does not decline
        # ('г-жи А. Сингх', 'госпожой Н. Кауфман')
        return surname
    parses = [p for p in morph().parse(surname)
              if "NOUN" in p.tag and "anim" in p.tag and "Name" not in p.tag and case in p.tag]
    if parses:
        return parses[0].normal_form.capitalize()
    # a surname the dictionary does not decline, after initials: 'К. Ямадой', 'Р. Шармой', 'Д. Ганхуягом' →
    # 'Ямада', 'Шарма', 'Ганхуяг' — declined as a foreign name with its given name written out is
    named = [p for p in morph().parse(surname)[:3]
             if p.is_known and "anim" in p.tag and case in p.tag and ("Name" in p.tag or "Surn" in p.tag)]
    if named:
        return named[0].normal_form.capitalize()  # 'г-на А. Кумара' → 'Кумар', a name the dictionary declines
    # a word the dictionary knows only as a thing ('Шармы' is «шармы», charms) is as foreign a name as an unknown one
    known_person = any(p.is_known and "anim" in p.tag for p in morph().parse(surname)[:3])
    return surname if known_person else _foreign_nominative(surname, case)


def _key(name: str) -> tuple[str, str]:
    initials, surname = name.split(" ", 1)
    match = _POSSESSIVE_OBLIQUE.match(surname) or _SKY_OBLIQUE.match(surname)
    stem = match.group("stem") if match else re.sub(r"(?:ий|ая)$", "", surname)
    return initials, stem.lower()


def normalize_names(officials_by_event: dict[int, list[Official]]) -> dict[int, list[Official]]:
    """One nominative name per person across the whole report: 'Гапеевой' anywhere makes the
    same initials and stem feminine everywhere, 'Илюхин' anywhere makes 'Илюхина' genitive."""
    genders: dict[tuple[str, str], str] = {}
    for officials in officials_by_event.values():
        for official in officials:
            gender = surname_gender(official.name.split(" ", 1)[1])
            if gender:
                genders.setdefault(_key(official.name), gender)
    out: dict[int, list[Official]] = {}
    for n, officials in officials_by_event.items():
        seen: set[str] = set()
        out[n] = []
        for official in officials:
            initials, surname = official.name.split(" ", 1)
            gender = genders.get(_key(official.name))
            name = f"{initials} {nominative_surname(surname, gender, official.case)}"
            if name not in seen:
                seen.add(name)
                out[n].append(Official(name, official.role, official.surface, official.case))
    return out


# The words of a role as they stand: a word (a hyphenated one whole: 'вице-губернатора') or anything else.
_ROLE_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
_ACTING_ROLE = re.compile(r"(?:и\.\s?о\.|врио|исполняющ|временно)", re.IGNORECASE)
_ADJECTIVE_PARTS = frozenset({"ADJF", "PRTF"})


def _as_written(word: str, form: str) -> str:
    """pymorphy3's lower-case form written as the report wrote the word: 'ПОСЛОМ' → 'ПОСОЛ', 'Послом' → 'Посол'."""
    if len(word) > 1 and word.isupper():
        return form.upper()
    return form[:1].upper() + form[1:] if word[:1].isupper() else form


@text_cache  # a report names the same official with the same role in many events
def nominative_role(role: str | None) -> str | None:
    """The role in the nominative, as the officials table holds it: the head noun and the words agreeing
    with it before it are inflected together, the rest (whose post, which country) stays as written —
    'заместителем председателя Правительства' → 'заместитель председателя Правительства', 'первого
    заместителя министра' → 'первый заместитель министра', 'Чрезвычайным и Полномочным Послом Республики
    Беларусь' → 'Чрезвычайный и Полномочный Посол Республики Беларусь', 'губернатору Смоленской области'
    → 'губернатор Смоленской области'. A role after 'и.о.' or 'врио' governs the genitive and stays; a
    role whose head is not read (an abbreviation 'зам.', an indeclinable word) stays as written."""
    if not role or _ACTING_ROLE.match(role):
        return role
    case = _role_case(role)
    if case is None or case == "nomn":
        return role
    analyser = morph()
    adjectives: list[tuple[re.Match, list]] = []
    previous_end = 0
    for match in _ROLE_WORD.finditer(role):
        between = role[previous_end:match.start()]
        if between.strip(" \t\u00a0,") or (not adjectives and between.strip()):
            return role  # a bracket, a quote, a number before the head: not a plain noun phrase
        previous_end = match.end()
        word = match.group(0)
        if word.lower() == "и" and adjectives:
            continue  # 'Чрезвычайным и Полномочным Послом'

        parses = analyser.parse(word.lower())
        head = next((p for p in parses if "NOUN" in p.tag and case in p.tag and "Fixd" not in p.tag
                     and "Abbr" not in p.tag), None)
        agreeing = [p for p in parses if p.tag.POS in _ADJECTIVE_PARTS and case in p.tag]
        if head is not None and not (agreeing and not _is_person_noun(head, word)):
            form = head.inflect({"nomn"})
            if form is None:
                return role
            pieces, last = [], 0
            for adjective, options in adjectives:
                either = "ms-f" in head.tag  # 'Главой': either gender agrees
                fitting = next((p for p in options if str(p.tag.number) == str(head.tag.number)
                                and (either or str(head.tag.number) == "plur"
                                     or str(p.tag.gender) in (str(head.tag.gender), "None"))), None)
                if fitting is None:
                    return role
                nominative = fitting.inflect({"nomn"} if str(head.tag.number) == "plur" else {"nomn", "sing"})
                if nominative is None:
                    return role
                pieces += [role[last:adjective.start()], _as_written(adjective.group(0), nominative.word)]
                last = adjective.end()
            return "".join(pieces) + role[last:match.start()] + _as_written(word, form.word) + role[match.end():]
        if not agreeing:
            return role
        adjectives.append((match, agreeing))
    return role
