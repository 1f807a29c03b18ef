"""Pure: whether a row of the report tells of an event that did NOT happen in the quarter.

A real quarterly report keeps the rows of events that were cancelled or moved out of the quarter:
«Мероприятие отменено», «Визит не состоялся (по инициативе белорусской стороны)», «ОТМЕНЕНО» in the
dates cell, «(отменено)» after the title, «перенесено на I квартал 2026 г.», «отложено на неопределённый
срок», a row struck through in Word. Such an event was not held: like the events under a plan heading
it is not loaded, and one warning names it and the words that said so.

The words must speak of the EVENT: the status word stands alone in its clause or bracket, or after the
event named in the nominative («Визит делегации … не состоялся», «в связи с … мероприятие не проводилось»),
and nothing after it names another thing undone («отменены визовые ограничения», «не состоялось подписание
соглашения» are results of a held event; «отмена пошлин», «решение об отмене» are nouns, never read).
A postponement to a date inside the quarter («перенесено с 15.11 на 20.11», «перенесено на декабрь»)
is a held event, and so is a move of place or form («перенесено в онлайн-формат»)."""
from __future__ import annotations

import re

from .dates import parse_dates, quarter_position
from .lemmas import fold, matching_form

# The status words (folded: ё → е), with an optional «был/была/было/были» before them.
_STATUS = re.compile(
    r"(?<![а-я])(?:(?:был[аио]?|будет)\s+)?"
    r"(?P<word>отменен[аоы]?|отменяется|"
    r"не\s+(?:был[аио]?\s+)?(?:состоял(?:ся|ась|ось|ись)|состоится|провод(?:ил(?:ся|ась|ось|ись)|ится)|"
    r"проведен[аоы]?|прошл[аои]?)|"
    r"(?P<moved>перенесен[аоы]?|отложен[аоы]?|переносится|откладывается))(?![а-я])")

# The event said in the nominative before its status: «Мероприятие отменено», «Визит делегации … не состоялся».
_EVENT_SUBJECT = re.compile(
    r"(?<![а-я])(?:мероприяти[ея]|визит(?:ы)?|встреч[аи]|поездк[аи]|форум|выставк[аи]|ярмарк[аи]|конференци[яи]|"
    r"семинар(?:ы)?|фестиваль|концерт(?:ы)?|заседани[ея]|переговоры|круглый\s+стол|совещани[ея]|соревновани[ея]|"
    r"турнир|матч(?:и)?|гастроли|показ|презентаци[яи]|мастер-класс(?:ы)?|вебинар|сесси[яи]|конкурс|олимпиад[аы]|"
    r"акци[яи]|экскурси[яи]|стажировк[аи]|лекци[яи]|чтения|съезд|саммит|миссия|бизнес-миссия|при[её]м|"
    r"проведение|участие|тур|спектакль|церемония|праздник|сл[её]т|смена|игр[аы]|прибытие|приезд|"
    r"командировк[аи]|обучение|курсы|школа|неделя|дни|день|event)(?![а-я])")

# What may follow a status word in its clause: a cause, a date, a bracket — not a noun of another
# thing undone («отменены визовые ограничения», «не состоялось подписание соглашения»).
_AFTER = re.compile(
    r"^(?:$|[()\[\],;:.—–\-*!]|\d|(?:по|в|во|из-за|из|ввиду|вследствие|на|до|с|со|так|т\.\s?к\.|поскольку|"
    r"решением|распоряжением|организаторами|инициатором|без|ранее|позднее|позже|из-под|ввиду|согласно|"
    r"по\s+причине|за|сторон\w*|российской|белорусской|принимающей|иностранной|зарубежной|"
    r"организатор\w*|по\s+инициативе|окончательно|полностью)(?![а-я]))")

# A postponement's target: «на I квартал 2026 г.», «до 2026 года», «в 2026 году», «с 15.11 на 20.11».
_TARGET = re.compile(r"^(?:с\s+[^()]*?\s+)?(?P<prep>на|до|в|во)\s+(?P<target>[^();]+)")
_TIME_WORDS = re.compile(r"срок|неопредел|поздн|позже|следующ|будущ|перспектив|год|квартал|полугоди|месяц|дат[аеуы]|"
                         r"весн|лет[оа]|осен|зим|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|"
                         r"ноябр|декабр|\d")

_CLAUSES = re.compile(r"[;\n]|\.\s+(?=[А-ЯЁA-Z])")
_SAID_HELD = re.compile(r"(?<![а-я])(?P<no>не\s+(?:был[аио]?\s+)?)?(?:состоял(?:ся|ась|ось|ись)|проведен[аоы]?|прошл[аои])(?![а-я])")


def not_held(texts: list[str], year: int, quarter: int) -> str | None:
    """The words of a row that say its event did not take place in the report's quarter, else None.

    ['Визит делегации Минской области', '', 'Визит не состоялся (по инициативе белорусской стороны)']
    → 'Визит не состоялся (по инициативе белорусской стороны)'; ['Круглый стол', '20.11.2025 (перенесено
    с 15.11.2025)'] → None; ['Переговоры', 'отменены визовые ограничения'] → None."""
    for text in texts:
        if not text or not _may_say(text.lower()):
            continue
        text = matching_form(text, capitals_read=False)  # quoted back as written: «ОТМЕНЕНО», case folded below
        for clause in _CLAUSES.split(text):
            words = _clause_status(" ".join(clause.split()), year, quarter)
            if words:
                if any(not m.group("no") for t in texts for m in _SAID_HELD.finditer(fold(t))):
                    return None  # «Мероприятие проведено, визит главы не состоялся»: held after all
                return words
    return None


def may_say_not_held(text: str) -> bool:
    """Whether `text` may say its event did not take place (a cheap look: most cells say none of it)."""
    return _may_say(text.lower())


def _may_say(lowered: str) -> bool:
    """A cheap first look (most cells say none of it): substring tests, no pattern."""
    return "отмен" in lowered or "перен" in lowered or "отлож" in lowered or "не " in lowered and (
        "состо" in lowered or "провод" in lowered or "провед" in lowered or "прош" in lowered)


def _clause_status(clause: str, year: int, quarter: int) -> str | None:
    folded = fold(clause)
    for match in _STATUS.finditer(folded):
        before = folded[:match.start()]
        if before.count("«") > before.count("»") or re.search(r"(?<![а-я])не\s*$", before):
            continue  # a name in quotes («Фестиваль «Не отменяется»»), «не отменено»
        bracket = before.rfind("(")
        if bracket > before.rfind(")"):
            before = before[bracket + 1:]  # «Визит делегации (отменено)»: the bracket is its own clause
        if re.search(r"[а-я]", before) and not _EVENT_SUBJECT.search(before):
            continue  # «Ограничения отменены», «В ходе визита отменены пошлины»: not the event
        after = folded[match.end():].lstrip(" »\"'")
        if not _AFTER.match(after):
            continue  # «отменены визовые ограничения», «не состоялось подписание соглашения»
        if match.group("moved") and not _moved_out(after, year, quarter):
            continue  # «перенесено с 15.11 на 20.11», «перенесено в онлайн-формат»: held
        if bracket > folded.rfind(")", 0, match.start()) and folded.find(")", match.end()) >= 0:
            return clause[bracket:folded.find(")", match.end()) + 1]  # «… форум (отменено)»: the bracket said it
        return _said(clause, match.start(), match.end())
    return None


def _moved_out(after: str, year: int, quarter: int) -> bool:
    """Whether a postponement said by `after` («на I квартал 2026 г.», «на неопределённый срок», nothing)
    takes the event out of the quarter; «с 15.11 на 20.11», «на 20 ноября», «в онлайн-формат» do not."""
    target = _TARGET.match(after)
    if target is None:
        return not after.startswith(("с ", "со "))  # «отложено», «перенесено по просьбе…»; «перенесено с 15.11» is a remark
    text = target.group("target").strip(" .,")
    dates = parse_dates(text, default_year=year)
    if dates.start is not None:
        return quarter_position(dates.start, dates.end, year, quarter) == "outside"
    return target.group("prep") == "до" or bool(_TIME_WORDS.search(text))  # «отложен до стабилизации обстановки»


def _said(clause: str, start: int, end: int) -> str:
    """The clause as the clerk wrote it, at most 200 characters around its status word."""
    if len(clause) <= 200:
        return clause
    left = max(0, start - 80)
    return ("…" if left else "") + clause[left:left + 200].strip() + "…"
