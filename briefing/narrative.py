"""The quarterly memo paragraph in official Russian, generated from templates (never free text);
the English memo is briefing.narrative_en (its own sentences from the same review).

A pure function of a `QuarterReview`: the same review always gives the same words, so the text
on the title slide, in the PPTX, the HTML and the XLSX is one text.

    В IV квартале 2024 года исполнительными органами Смоленской области и подведомственными им
    учреждениями проведено 78 мероприятий в международной сфере (+12 к III кварталу 2024 года).

Russian grammar lives here: counted nouns in the right case (проведено 21 мероприятие, представители
21 иностранного государства), verbs agreeing with the number (подписан 1 документ / подписано
2 документа), quarters in the prepositional and dative (в IV квартале, к III кварталу), and names in
the genitive (Смоленской области, Беларуси, Объединённых Арабских Эмиратов).
"""
from __future__ import annotations

import re
from functools import lru_cache

from analytics.formatting import format_date_range, format_int, plural_category, plural_ru
from .model import Change, PartnerChange, QuarterReview, Period

# (nominative/accusative one, few, many) and genitive (singular, plural)
EVENT_FORMS = ("мероприятие", "мероприятия", "мероприятий")
DOCUMENT_FORMS = ("документ", "документа", "документов")
VERBAL_FORMS = ("устная договорённость", "устные договорённости", "устных договорённостей")
REGION_FORMS = ("зарубежный регион", "зарубежных региона", "зарубежных регионов")
STATE_GENITIVE = ("иностранного государства", "иностранных государств")
PEOPLE_GENITIVE = ("человека", "человек")

# sector key → where the events were held, as the report's own headings say it
SECTOR_PHRASES = {
    "investment": "в сфере инвестиционного развития",
    "economy": "в сфере экономического развития",
    "industry_trade": "в сфере промышленности и торговли",
    "agriculture": "в сфере сельского хозяйства",
    "housing_utilities": "в сфере жилищно-коммунального хозяйства",
    "transport": "в сфере транспорта и дорожного хозяйства",
    "labour": "в сфере труда и занятости населения",
    "digital": "в сфере цифрового развития",
    "culture_tourism": "в сфере культуры и туризма",
    "education_science": "в сфере образования и науки",
    "social": "в социальной сфере",
    "youth": "в сфере молодёжной политики и гражданско-патриотического воспитания",
    "public_relations": "в сфере общественных связей",
    "health": "в сфере здравоохранения",
    "sport": "в сфере физической культуры и спорта",
    "environment": "в сфере экологии и природопользования",
    "security": "в сфере безопасности",
    "general": "по общим направлениям сотрудничества",
}
# names pymorphy cannot put in the genitive on its own
GENITIVE_OVERRIDES = {
    "Объединённые Арабские Эмираты": "Объединённых Арабских Эмиратов",
    "Объединенные Арабские Эмираты": "Объединенных Арабских Эмиратов",
    "Соединённое Королевство": "Соединённого Королевства",
    "США": "США", "Türkiye": "Турции", "Турция": "Турции",
    "Западная Сахара": "Западной Сахары",
    "Республика Корея": "Республики Корея",
}
DOCUMENT_KINDS = (("меморандум", "меморандум"), ("соглашени", "соглашение"), ("договор", "договор"),
                  ("протокол", "протокол"), ("дорожн", "дорожная карта"), ("план", "план"))
MONTHS_PREPOSITIONAL = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
                        "сентябре", "октябре", "ноябре", "декабре")


# ------------------------------------------------------------------ grammar

def count_words(n: int, forms: tuple[str, str, str]) -> str:
    """count_words(21, EVENT_FORMS) → '21 мероприятие'; 78 → '78 мероприятий' (the shared CLDR plural rules
    of analytics.formatting, as in every caption and tooltip)."""
    return f"{format_int(n)} {plural_ru(n, forms)}"


def count_genitive(n: int, forms: tuple[str, str]) -> str:
    """After 'представители' / 'не менее': 1 → '1 иностранного государства', 14 → '14 иностранных государств'."""
    return f"{format_int(n)} {forms[0] if plural_category(n) == 'one' else forms[1]}"


def agree(n: int, one: str, other: str) -> str:
    """A neuter-or-plural verb before a counted noun: 1 and 21 take the singular (подписан 21 документ)."""
    return one if plural_category(n) == "one" else other


def quarter_in(period: Period) -> str:
    """'в IV квартале 2024 года'."""
    return f"в {period.roman} квартале {period.year} года"


def quarter_to(period: Period) -> str:
    """'к III кварталу 2024 года' (what a change is measured against)."""
    return f"к {period.roman} кварталу {period.year} года"


@lru_cache(maxsize=512)
def genitive(name: str) -> str:
    """'Беларусь' → 'Беларуси', 'Смоленская область' → 'Смоленской области',
    'Республика Татарстан' → 'Республики Татарстан'. Unknown words stay as they are."""
    if name in GENITIVE_OVERRIDES:
        return GENITIVE_OVERRIDES[name]
    if name.startswith("Республика "):
        return "Республики " + name[len("Республика "):]
    if name.isupper():
        return name
    from etl.lemmas import morph

    analyser = morph()
    words = []
    for word in name.split(" "):
        parse = next((p for p in analyser.parse(word)
                      if ({"NOUN"} & {p.tag.POS} or "ADJF" in p.tag) and "nomn" in p.tag), None)
        form = parse.inflect({"gent", "plur" if "plur" in parse.tag else "sing"}) if parse else None
        words.append(_keep_case(word, form.word) if form else word)
    return " ".join(words)


def _keep_case(original: str, inflected: str) -> str:
    """Put back capitals pymorphy dropped: 'Буркина-Фасо' → 'Буркина-Фасо', not 'Буркина-фасо'."""
    chars = list(inflected)
    for i, ch in enumerate(original[: len(chars)]):
        if ch.isupper():
            chars[i] = chars[i].upper()
    return "".join(chars)


def join_ru(items: list[str]) -> str:
    """['а'] → 'а'; ['а', 'б', 'в'] → 'а, б и в'."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " и " + items[-1]


def sector_phrase(key: str, heading: str | None = None) -> str:
    """'culture_tourism' → 'в сфере культуры и туризма'; an unknown sector uses the report's heading."""
    if key in SECTOR_PHRASES:
        return SECTOR_PHRASES[key]
    if heading:
        match = re.match(r"(?i)сотрудничество\s+(.+)", heading.strip())
        if match:
            return match.group(1)
        return f"по направлению «{heading.strip()}»"
    return "без указания сферы"


def document_kind(text: str | None) -> str:
    """'… подписание Меморандума о сотрудничестве …' → 'меморандум'; unknown → 'документ'."""
    folded = (text or "").lower()
    for stem, kind in DOCUMENT_KINDS:
        if re.search(rf"\b{stem}", folded) and not (stem == "договор" and "договорен" in folded):
            return kind
    return "документ"


def change_phrase(change: Change) -> str | None:
    """'+12 к III кварталу 2024 года (+18,2 %)', '−3 к …' on a tiny base, 'на уровне III квартала …'."""
    if not change.available:
        return None
    if change.delta == 0:
        return f"на уровне {change.against.roman} квартала {change.against.year} года"
    text = f"{_signed(change.delta)} {quarter_to(change.against)}"
    if change.percent is not None:
        text += f", {_signed_percent(change.percent)}"
    return text


def _signed(value: float) -> str:
    return ("+" if value > 0 else "−") + format_int(abs(value))


def _signed_percent(value: float) -> str:
    from .model import signed_number

    return f"{signed_number(value)} %"


# ------------------------------------------------------------------ paragraphs

def lead(review: QuarterReview) -> str:
    """The first sentence: how many events, which count that is, and the change against the quarters
    compared. A report that also lists events held outside its quarter says so: «В отчёте … за IV
    квартал 2024 года — 78 мероприятий в международной сфере, из них 64 проведены в IV квартале»."""
    events = int(review.headline["events"])
    held = int(review.headline.get("held_in_period") or 0)
    if held == events:
        verb = agree(events, "проведено", "проведено")
        text = (f"В{quarter_in(review.period)[1:]} исполнительными органами {genitive(review.period.region)} "
                f"и подведомственными им учреждениями {verb} {count_words(events, EVENT_FORMS)} в международной сфере")
    else:
        text = (f"В отчёте исполнительных органов {genitive(review.period.region)} и подведомственных им учреждений "
                f"за {review.period.roman} квартал {review.period.year} года — {count_words(events, EVENT_FORMS)} "
                f"в международной сфере, из них {format_int(held)} {agree(held, 'проведено', 'проведены')} "
                f"{quarter_in(review.period)}, {format_int(events - held)} — вне квартала")
    metric = review.metric("events")
    changes = [c for c in (change_phrase(metric.vs_previous), change_phrase(metric.vs_year_ago)) if c]
    if changes:
        text += f" ({'; '.join(changes)})"
    text += "."
    if not changes:
        text += " Данных за предыдущие кварталы в базе нет, поэтому сравнение не приводится."
    return text


def sectors_sentence(review: QuarterReview, top: int = 3) -> str | None:
    frame = review.sectors
    if frame.empty:
        return None
    if len(frame) == 1:
        row = frame.iloc[0]
        return f"Все мероприятия проведены {sector_phrase(row['sector_key'], row['heading'])}."
    rows = frame.head(top)
    parts = [f"{sector_phrase(r.sector_key, r.heading)} ({format_int(r.events)})" for r in rows.itertuples(index=False)]
    return f"Наибольшее число мероприятий проведено {join_ru(parts)}."


def partners_sentence(review: QuarterReview, top: int = 3) -> str | None:
    frame = review.countries
    count = int(review.headline["partner_countries"])
    if frame.empty or count == 0:
        return "Иностранные государства — участники мероприятий в отчёте не названы."
    rows = list(frame.head(top).itertuples(index=False))
    named = []
    for i, r in enumerate(rows):
        events = int(r.events)
        amount = count_words(events, EVENT_FORMS) if i == 0 else format_int(events)
        named.append(f"{genitive(r.name_ru or r.country_code)} ({amount})")
    text = f"В мероприятиях приняли участие представители {count_genitive(count, STATE_GENITIVE)}"
    if count > len(rows):
        text += f", в том числе {join_ru(named)}"
    else:
        text += f": {join_ru(named)}"
    regions = int(review.headline["foreign_regions"] or 0)
    if regions:
        text += f"; география сотрудничества охватывает {count_words(regions, REGION_FORMS)}"
    return text + "."


def partner_changes_sentence(review: QuarterReview) -> str | None:
    parts = []
    if review.new_partners:
        names = join_ru([genitive(p.name) for p in review.new_partners])
        first = review.history[0]
        parts.append(f"Новыми партнёрами по сравнению с предыдущими кварталами (начиная с {first.roman} "
                     f"квартала {first.year} года) стали представители {names}.")
    if review.silent_partners:
        items = [f"{genitive(p.name)} (последнее мероприятие — {quarter_in(p.last_seen)})"
                 for p in review.silent_partners]
        parts.append(f"Два квартала и более не проводились мероприятия с партнёрами из {join_ru(items)}.")
    return " ".join(parts) or None


def attendance_sentence(review: QuarterReview) -> str | None:
    head = review.headline
    known, events, total = int(head["attendance_known"]), int(head["events"]), int(head["attendance"] or 0)
    if known == 0:
        return "Численность участников в отчёте не указана."
    scope = "" if known == events else \
        f" (по данным {format_int(known)} из {count_genitive(events, ('мероприятия', 'мероприятий'))})"
    if head["attendance_lower_bound"]:
        amount = f"не менее {count_genitive(total, PEOPLE_GENITIVE)}"
    else:
        amount = f"{format_int(total)} {plural_ru(total, ('человек', 'человека', 'человек'))}"
    return f"Общая численность участников{scope} составила {amount}."


def agreements_sentence(review: QuarterReview) -> str:
    signed, verbal = len(review.signed), len(review.verbal)
    parts = []
    if signed:
        docs = []
        for row in review.signed.itertuples(index=False):
            partners = ", ".join(review.country_name(c) for c in (row.partner_countries or []))
            held = ("" if getattr(row, "quarter_position", None) != "outside"
                    else f"; мероприятие {format_date_range(row.start_date, row.end_date)}, вне квартала")
            docs.append(f"{document_kind(row.agreement_text)} в рамках мероприятия «{_unquote(row.title)}»"
                        + (f" ({partners}{held})" if partners else f" ({held[2:]})" if held else ""))
        parts.append(f"подписан{agree(signed, '', 'о')} {count_words(signed, DOCUMENT_FORMS)}: {join_ru(docs)}")
    if verbal:
        verb = agree(verbal, "достигнута", "достигнуто")
        parts.append(f"{verb} {count_words(verbal, VERBAL_FORMS)}")
    if not parts:
        return "Документы по итогам мероприятий не подписывались, договорённости в отчёте не отражены."
    text = "По итогам мероприятий " + ("; ".join(parts) if len(parts) == 2 and signed else join_ru(parts))
    return text + "."


def _unquote(title: str) -> str:
    """Titles inside «…»: inner «» become „“ so the quotes nest the Russian way."""
    return str(title).strip().replace("«", "„").replace("»", "“")


def paragraphs(review: QuarterReview, lang: str = "ru") -> list[str]:
    """The narrative, one paragraph per topic, in memo order; `lang='en'` gives the English memo
    (briefing.narrative_en: its own sentences from the same review)."""
    if lang != "ru":
        from .narrative_en import paragraphs_en

        return paragraphs_en(review)
    first = " ".join(s for s in (lead(review), sectors_sentence(review)) if s)
    second = " ".join(s for s in (partners_sentence(review), partner_changes_sentence(review)) if s)
    third = " ".join(s for s in (attendance_sentence(review), agreements_sentence(review)) if s)
    return [p for p in (first, second, third) if p]


def narrative(review: QuarterReview, lang: str = "ru") -> str:
    """The paragraphs joined by blank lines: ready to paste into the quarterly memo."""
    return "\n\n".join(paragraphs(review, lang))


__all__ = ["narrative", "paragraphs", "genitive", "count_words", "count_genitive", "agree", "sector_phrase",
           "change_phrase", "quarter_in", "quarter_to", "PartnerChange"]
