"""The quarterly memo in English: its own sentences built from the same `QuarterReview` as the
Russian memo (briefing.narrative), never a word-by-word translation of it.

    The report of the executive bodies of Smolensk Oblast and the institutions under them for Q4 2024
    lists 78 international events: 64 of them were held in Q4 2024 and 14 outside the quarter.

English grammar lives here: numbers agree with their nouns through the shared Babel plural rules
(analytics.formatting.count_phrase: 1 event, 2 events), verbs agree with the number (1 document was
signed / 2 documents were signed), lists read «a, b and c», names that take an article get one
(the United Arab Emirates), and places, quarters and dates are the English ones («Smolensk Oblast»,
«Q4 2024», «26–28 September 2024»). Event titles are report text and are quoted as written.
"""
from __future__ import annotations

from analytics.formatting import count_phrase, format_date_range, format_int, plural_category
from analytics.i18n import sector_label

from .model import Change, Period, QuarterReview
from .narrative import document_kind

EVENTS = (("мероприятие", "мероприятия", "мероприятий"), ("event", "events"))
INTERNATIONAL_EVENTS = (EVENTS[0], ("international event", "international events"))
STATES = (("государство", "государства", "государств"), ("foreign state", "foreign states"))
REGIONS = (("регион", "региона", "регионов"), ("foreign region", "foreign regions"))
PEOPLE = (("человек", "человека", "человек"), ("person", "people"))
DOCUMENTS = (("документ", "документа", "документов"), ("document", "documents"))
UNDERSTANDINGS = (("договорённость", "договорённости", "договорённостей"),
                  ("verbal understanding", "verbal understandings"))
# briefing.narrative.document_kind's Russian kinds → English, with their article
DOCUMENT_KINDS_EN = {"меморандум": "a memorandum", "соглашение": "an agreement", "договор": "a contract",
                     "протокол": "a protocol", "дорожная карта": "a road map", "план": "a plan",
                     "документ": "a document"}
# country names read with «the» in a sentence: plural names and names built on a common noun
_ARTICLE_WORDS = ("Republic", "Kingdom", "States", "Emirates", "Islands", "Federation", "Union", "Netherlands",
                  "Philippines", "Bahamas", "Gambia", "Maldives", "Comoros", "Seychelles", "Holy See")


def count(n: int, noun) -> str:
    """count(1, EVENTS) → '1 event'; count(1600, PEOPLE) → '1,600 people'."""
    return count_phrase(int(n), noun, "en")


def was(n: int) -> str:
    """The verb that agrees with n: 1 document was signed, 2 documents were signed."""
    return "was" if plural_category(n, "en") == "one" else "were"


def join_en(items: list[str]) -> str:
    """['a'] → 'a'; ['a', 'b', 'c'] → 'a, b and c'."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def in_sentence(name: str) -> str:
    """A country's name inside a sentence: 'United Arab Emirates' → 'the United Arab Emirates',
    'Republic of Korea' → 'the Republic of Korea', 'Belarus' → 'Belarus'."""
    if name.startswith("The "):
        return "the " + name[4:]
    if any(word in name.split() or name.startswith(word) for word in _ARTICLE_WORDS):
        return "the " + name
    return name


def sector_words(key: str, heading: str | None = None) -> str:
    """'culture_tourism' → 'culture and tourism' (the reference's English label, in running text)."""
    label = sector_label(key, "en", heading)
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def _country(review: QuarterReview, code: str) -> str:
    return in_sentence(review.country_name(code, "en"))


def change_phrase(change: Change) -> str | None:
    """'6 more than in Q3 2024, +8.3%', '2 fewer than in Q4 2023' (a tiny base: no percentage),
    'as many as in Q3 2024'; None when that quarter is not loaded."""
    if not change.available:
        return None
    against = change.against.label("en")
    if change.delta == 0:
        return f"as many as in {against}"
    text = f"{format_int(abs(change.delta), 'en')} {'more' if change.delta > 0 else 'fewer'} than in {against}"
    if change.percent is not None:
        text += f", {'+' if change.percent > 0 else '−'}{abs(change.percent):.1f}%"
    return text


def _bodies(period: Period) -> str:
    return f"the executive bodies of {period.region_name('en')} and the institutions under them"


def lead(review: QuarterReview) -> str:
    """How many events, which count that is, and the change against the quarters compared."""
    period = review.period.label("en")
    events = int(review.headline["events"])
    held = int(review.headline.get("held_in_period") or 0)
    if held == events:
        text = f"In {period} {_bodies(review.period)} held {count(events, INTERNATIONAL_EVENTS)}"
    else:
        text = (f"The report of {_bodies(review.period)} for {period} lists "
                f"{count(events, INTERNATIONAL_EVENTS)}: "
                f"{format_int(held, 'en')} of them {was(held)} held in {period} and "
                f"{format_int(events - held, 'en')} outside the quarter")
    metric = review.metric("events")
    changes = [c for c in (change_phrase(metric.vs_previous), change_phrase(metric.vs_year_ago)) if c]
    if changes:
        text += f" ({'; '.join(changes)})"
    text += "."
    if not changes:
        text += " No earlier quarter is in the database, so there is no comparison."
    return text


def sectors_sentence(review: QuarterReview, top: int = 3) -> str | None:
    frame = review.sectors
    if frame.empty:
        return None
    if len(frame) == 1:
        row = frame.iloc[0]
        return f"All of them were in {sector_words(row['sector_key'], row['heading'])}."
    parts = [f"{sector_words(r.sector_key, r.heading)} ({format_int(r.events, 'en')})"
             for r in frame.head(top).itertuples(index=False)]
    return f"Most events were in {join_en(parts)}."


def partners_sentence(review: QuarterReview, top: int = 3) -> str:
    frame = review.countries
    states = int(review.headline["partner_countries"])
    if frame.empty or states == 0:
        return "The report names no foreign state taking part in the events."
    rows = list(frame.head(top).itertuples(index=False))
    named = [f"{_country(review, r.country_code)} "
             f"({count(r.events, EVENTS) if i == 0 else format_int(r.events, 'en')})" for i, r in enumerate(rows)]
    text = f"Representatives of {count(states, STATES)} took part in the events"
    text += f", among them {join_en(named)}" if states > len(rows) else f": {join_en(named)}"
    regions = int(review.headline["foreign_regions"] or 0)
    if regions:
        text += f"; the cooperation reached {count(regions, REGIONS)}"
    return text + "."


def partner_changes_sentence(review: QuarterReview) -> str | None:
    parts = []
    if review.new_partners:
        names = join_en([_country(review, p.code) for p in review.new_partners])
        parts.append(f"New partners compared with the earlier quarters (since {review.history[0].label('en')}): "
                     f"{names}.")
    if review.silent_partners:
        items = [f"{_country(review, p.code)} (last event in {p.last_seen.label('en')})" for p in review.silent_partners]
        parts.append(f"There have been no events for two quarters or more with partners from {join_en(items)}.")
    return " ".join(parts) or None


def attendance_sentence(review: QuarterReview) -> str:
    head = review.headline
    known, events, total = int(head["attendance_known"]), int(head["events"]), int(head["attendance"] or 0)
    if known == 0:
        return "The report states no attendance."
    amount = count(total, PEOPLE)
    if head["attendance_lower_bound"]:
        amount = "at least " + amount
    scope = "" if known == events else f" (where stated: {format_int(known, 'en')} of {count(events, EVENTS)})"
    return f"In all, {amount} took part{scope}."


def agreements_sentence(review: QuarterReview) -> str:
    signed, verbal = len(review.signed), len(review.verbal)
    parts = []
    if signed:
        documents = []
        for row in review.signed.itertuples(index=False):
            partners = ", ".join(_country(review, c) for c in (row.partner_countries or []))
            held = ("" if getattr(row, "quarter_position", None) != "outside"
                    else f"the event was held on {format_date_range(row.start_date, row.end_date, 'en')}, "
                         "outside the quarter")
            details = "; ".join(p for p in (partners, held) if p)
            documents.append(f"{DOCUMENT_KINDS_EN[document_kind(row.agreement_text)]} at the event “{str(row.title).strip()}”"
                             + (f" ({details})" if details else ""))
        parts.append(f"{count(signed, DOCUMENTS)} {was(signed)} signed: {join_en(documents)}")
    if verbal:
        parts.append(f"{count(verbal, UNDERSTANDINGS)} {was(verbal)} reached")
    if not parts:
        return "No documents were signed at the events, and the report records no understandings."
    return "At the events, " + "; ".join(parts) + "."


def paragraphs_en(review: QuarterReview) -> list[str]:
    """The English memo, one paragraph per topic, in the Russian memo's order."""
    first = " ".join(s for s in (lead(review), sectors_sentence(review)) if s)
    second = " ".join(s for s in (partners_sentence(review), partner_changes_sentence(review)) if s)
    third = " ".join(s for s in (attendance_sentence(review), agreements_sentence(review)) if s)
    return [p for p in (first, second, third) if p]
