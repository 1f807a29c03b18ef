"""The quarterly review as a sequence of slides: one model, four renderers, two languages.

`slides(review, lang=...)` turns a `QuarterReview` into `Slide`s in Russian or English; the Streamlit
page, the PPTX, the HTML and the XLSX appendix all draw these same slides, so the screen, the files
and the appendix agree. A slide carries its chart data (categories and values straight from the
query layer), its text, its language and the event ids behind it (for the appendix sheet). Fixed
words come from analytics.i18n (rv_* labels), the memo's sentences from briefing.narrative /
briefing.narrative_en; report content (event titles, agreement quotes, report notes) stays as written.

`figures(slide, review)` gives the plotly figures of a slide, built by the dashboard's own chart
builders (analytics.charts) wherever one exists, in the slide's language.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import pandas as pd
import plotly.graph_objects as go

from analytics import charts
from analytics.formatting import (COUNTRIES, EVENTS, count_phrase, format_attendance, format_date, format_date_range,
                                  format_int, month_label, plural_word)
from analytics.i18n import FORMAT_LABELS, option_label, sector_label, t, transliterate
from analytics.org_names import english_org_name
from analytics.palette import ACCENT, NEUTRAL, country_colour, distinct_colours, format_colour, sector_colour

from .model import QuarterReview, held_note
from .narrative import REGION_FORMS, paragraphs

# At most this many rows on the country chart; with more partners the last row is «другие (N)».
TOP_COUNTRIES = 15
OTHERS_CODE = "OTHERS"
KEY_VERBAL = 3
TOP_ON_SLIDE = 8

TEXT_SLIDES = ("title", "headline", "agreements", "closing")     # slides whose body is their text

SLIDE_KEYS = ("title", "headline", "sectors", "countries", "months", "attendance", "agreements", "top_events",
              "key_partners", "closing")
# Counted nouns the slides need beyond analytics.formatting's: (ru one, few, many), (en one, other)
FOREIGN_REGIONS = (REGION_FORMS, ("foreign region", "foreign regions"))
IN_SECTORS = (("сфере", "сферах", "сферах"), ("sector", "sectors"))          # «в 1 сфере», «в 14 сферах»
OF_EVENTS = (("мероприятия", "мероприятий", "мероприятий"), ("event", "events"))  # «из 1 мероприятия», «из 78 …»


@dataclass(frozen=True)
class ChartData:
    """A chart as plain data: what the PPTX draws natively and the tests compare with the database."""
    key: str
    kind: str                       # 'bar' (horizontal) | 'column' | 'pie'
    title: str
    series: str
    categories: list[str]
    values: list[int]
    colours: list[str]
    keys: list[str]
    labels: list[str]               # value labels as printed ('≥ 1 600')


@dataclass
class Slide:
    key: str
    title: str
    subtitle: str = ""
    paragraphs: list[str] = field(default_factory=list)
    charts: list[ChartData] = field(default_factory=list)
    items: list[tuple[str, str]] = field(default_factory=list)      # (heading, text) blocks
    table: pd.DataFrame | None = None
    footnotes: list[str] = field(default_factory=list)
    event_ids: list[str] | None = None                              # None: no events behind (title)
    sheet: str = ""                                                 # XLSX sheet name
    lang: str = "ru"
    # the agreements slide: (column heading, [(event title, 'meta line\nquote'), …]) for signed and verbal
    columns: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)

    @property
    def says_missing(self) -> bool:
        """A chart or table slide with nothing to draw (no chart value, no table row): its body is then
        the text of its items, which say what is missing. Before, a quarter in which no event stated its
        count printed «Участники» and «Самые массовые мероприятия» with blank bodies under their
        subtitles, in the PPTX, the HTML and on the screen; the slides stay (the deck's order and numbers
        are the same every quarter, so the meeting's handout and screen agree) and say why they are empty."""
        if self.key in TEXT_SLIDES:
            return False
        return not any(c.values for c in self.charts) and (self.table is None or not len(self.table))


def period_phrase(review: QuarterReview, lang: str = "ru") -> str:
    """'IV кв. 2024 (1 октября – 31 декабря 2024)' / 'Q4 2024 (1 October – 31 December 2024)'."""
    p = review.period
    if p.period_start and p.period_end:
        return f"{p.label(lang)} ({format_date_range(p.period_start, p.period_end, lang)})"
    return p.label(lang)


def _sector_chart(review: QuarterReview, value: str = "events", lang: str = "ru") -> ChartData:
    frame = review.sectors
    if value == "attendance":
        frame = frame[frame["attendance_known"] > 0]
    frame = frame.sort_values(value, ascending=False, kind="stable")
    labels = [sector_label(k, lang, h) for k, h in zip(frame["sector_key"], frame["heading"])]
    if value == "attendance":
        texts = [format_attendance(v, bool(b), lang) for v, b in zip(frame["attendance"], frame["attendance_lower_bound"])]
    else:
        texts = [format_int(v, lang) for v in frame[value]]
    return ChartData(f"sectors_{value}", "bar",
                     t("rv_chart_sectors" if value == "events" else "rv_chart_sector_attendance", lang),
                     t("rv_series_events" if value == "events" else "rv_series_people", lang), labels,
                     [int(v) for v in frame[value]], [sector_colour(k) for k in frame["sector_key"]],
                     frame["sector_key"].tolist(), texts)


def others_label(n: int, lang: str = "ru") -> str:
    """«другие (3)» / «others (3)»: the row that stands for the partners a chart has no room for."""
    return t("rv_others", lang, n=n)


def country_rows(countries: pd.DataFrame, events: pd.DataFrame, limit: int = TOP_COUNTRIES) -> pd.DataFrame:
    """Every partner country, most events first; when there are more than `limit`, the first
    `limit - 1` and one «другие (N)» row whose value counts the distinct events with any of the N
    others (an event with two of them is one event), so no partner silently drops off a slide.

    countries: queries.events_by_country (country_code, name_ru, events, …); events: the review's
    events with their partner_countries lists."""
    frame = countries.sort_values("events", ascending=False, kind="stable").reset_index(drop=True)
    if len(frame) <= limit:
        return frame
    shown, rest = frame.head(limit - 1), frame.iloc[limit - 1:]
    others = set(rest["country_code"])
    with_others = sum(1 for cs in events["partner_countries"]
                      if cs is not None and not isinstance(cs, float) and others & set(cs))
    row = {column: None for column in frame.columns}
    row.update(country_code=OTHERS_CODE, name_ru=others_label(len(rest)), events=with_others)
    if "name_en" in frame.columns:
        row["name_en"] = others_label(len(rest), "en")
    return pd.concat([shown, pd.DataFrame([row])], ignore_index=True)


def _country_chart(review: QuarterReview, lang: str = "ru") -> ChartData:
    frame = country_rows(review.countries, review.events)
    column = "name_ru" if lang == "ru" else "name_en"
    names = [n if isinstance(n, str) else c for n, c in zip(frame[column], frame["country_code"])]
    return ChartData("countries", "bar", t("rv_chart_countries", lang), t("rv_series_events", lang), names,
                     [int(v) for v in frame["events"]],
                     distinct_colours(frame["country_code"].tolist(),
                                      lambda c: NEUTRAL if c == OTHERS_CODE else country_colour(c)),
                     frame["country_code"].tolist(), [format_int(v, lang) for v in frame["events"]])


def _month_chart(review: QuarterReview, lang: str = "ru") -> ChartData:
    frame = review.months
    return ChartData("months", "column", t("rv_chart_months", lang), t("rv_series_events", lang),
                     [month_label(m, lang) for m in frame["month"]], [int(v) for v in frame["events"]],
                     [ACCENT] * len(frame), frame["month"].tolist(), [format_int(v, lang) for v in frame["events"]])


def _format_chart(review: QuarterReview, lang: str = "ru") -> ChartData:
    frame = review.formats[review.formats["attendance_known"] > 0]
    return ChartData("formats", "pie", t("rv_chart_formats", lang), t("rv_series_people", lang),
                     [option_label(FORMAT_LABELS, k, lang) for k in frame["format"]],
                     [int(v) for v in frame["attendance"]],
                     [format_colour(k) for k in frame["format"]], frame["format"].tolist(),
                     [format_attendance(v, bool(b), lang)
                      for v, b in zip(frame["attendance"], frame["attendance_lower_bound"])])


def _partners(review: QuarterReview, codes, lang: str = "ru") -> str:
    return ", ".join(review.country_name(c, lang) for c in (codes if codes is not None else []))


def _agreement_item(review: QuarterReview, row, lang: str = "ru") -> tuple[str, str]:
    meta = " · ".join(p for p in (f"{t('rv_col_n', lang)} {row.n}", format_date_range(row.start_date, row.end_date, lang),
                                  _partners(review, row.partner_countries, lang)) if p and p != "—")
    return (f"{row.title}", f"{meta}\n{row.agreement_text or ''}".strip())


def _outside(frame: pd.DataFrame, lang: str = "ru") -> str:
    """' (1 — вне квартала)' when some of these come from events outside the quarter."""
    if frame.empty or "quarter_position" not in frame:
        return ""
    outside = int((frame["quarter_position"] == "outside").sum())
    if not outside:
        return ""
    return t("rv_outside_one" if outside == 1 else "rv_outside_many", lang, n=format_int(outside, lang))


def _top_table(review: QuarterReview, lang: str = "ru") -> pd.DataFrame:
    columns = [t(k, lang) for k in ("rv_col_n", "rv_col_title", "rv_col_dates", "rv_col_sector", "rv_col_attendance",
                                    "rv_col_countries")]
    rows = []
    for r in review.biggest.itertuples(index=False):
        rows.append(dict(zip(columns, (int(r.n), r.title, format_date_range(r.start_date, r.end_date, lang),
                                       sector_label(r.sector_key, lang),
                                       format_attendance(r.attendance_total, bool(r.attendance_lower_bound), lang),
                                       _partners(review, r.partner_countries, lang)))))
    return pd.DataFrame(rows, columns=columns)


def key_partner_table(review: QuarterReview, lang: str = "ru") -> pd.DataFrame:
    """Организация | Страна | Вид | Мероприятия | Соглашение в квартале | Новый — one row per key partner.

    The name is report text (with its legal form in brackets: «МАЗ (ОАО)»); in English the rule's
    English name where every word has one (analytics.org_names: «Minsk Automobile Plant (ОАО)»), the
    report's Russian otherwise; «новый» only where the organisation is in no earlier loaded quarter."""
    columns = [t(k, lang) for k in ("rv_kp_col_name", "rv_kp_col_country", "rv_kp_col_kind", "rv_kp_col_events",
                                    "rv_kp_col_agreement", "rv_kp_col_new")]
    rows = []
    for r in review.key_partners.itertuples(index=False):
        shown = (english_org_name(str(r.name)) or str(r.name)) if lang != "ru" else str(r.name)
        form = transliterate(str(r.legal_form)) if r.legal_form and lang != "ru" else r.legal_form  # «OAO», as on the page
        name = f"{shown} ({form})" if form else shown
        agreement = t(f"rv_kp_{r.agreement}", lang) if r.agreement else ""
        rows.append(dict(zip(columns, (name, review.country_name(r.country, lang) if r.country else "—",
                                       t(f"org_kind_{r.kind}", lang), format_int(r.events, lang), agreement,
                                       t("rv_kp_new", lang) if r.is_new is True else ""))))
    return pd.DataFrame(rows, columns=columns)


def key_partner_notes(review: QuarterReview, lang: str = "ru") -> list[str]:
    """What «новый» means, or why no organisation carries it; the English note that names stay Russian."""
    frame = review.key_partners
    if frame.empty:
        return []
    known = any(v is not None for v in frame["is_new"])
    notes = [t("rv_kp_new_note" if known else "rv_kp_no_earlier", lang)]
    if lang != "ru":
        notes.append(t("rv_kp_as_written", lang))
    return notes


def change_line(metric, which: str, lang: str = "ru") -> tuple[str, str]:
    """('к III кв. 2024: ▲ +12 (+18,2 %)', 'up') for which='previous' | 'year_ago'; the same words on
    the page, the PPTX card and the HTML card ('vs Q3 2024: ▲ +12 (+18.2%)' in English)."""
    change = metric.vs_previous if which == "previous" else metric.vs_year_ago
    against = change.label(lang) or t("rv_against_previous" if which == "previous" else "rv_against_year_ago", lang)
    return f"{against}: {change.text(lang)}", change.direction


def headline_table(review: QuarterReview, lang: str = "ru") -> pd.DataFrame:
    """Показатель | value | change against the previous quarter | against the same quarter a year ago."""
    prev = (t("rv_change_to", lang, period=review.previous.label(lang)) if review.previous
            else t("rv_change_to_previous", lang))
    year = (t("rv_change_to", lang, period=review.year_ago.label(lang)) if review.year_ago
            else t("rv_change_to_year_ago", lang))
    return pd.DataFrame([{t("rv_figure", lang): m.label_in(lang), review.period.label(lang): m.display_in(lang),
                          prev: m.vs_previous.text(lang), year: m.vs_year_ago.text(lang)} for m in review.metrics])


def partner_items(review: QuarterReview, lang: str = "ru") -> list[tuple[str, str]]:
    """The headline slide's lines under the cards: which count the events figure is, the new partners
    and the partners without events for two quarters or more (or why that cannot be said yet)."""
    p = review.period
    items = [(t("rv_held_item", lang), held_note(review.headline, p, lang))]
    if review.new_partners is None:
        items.append((t("rv_new_partners", lang), t("rv_no_earlier", lang)))
    else:
        items.append((t("rv_new_partners", lang),
                      ", ".join(f"{review.country_name(x.code, lang)} ({format_int(x.events, lang)})"
                                for x in review.new_partners) or t("rv_none", lang)))
    if review.silent_partners is None:
        items.append((t("rv_silent_partners", lang), t("rv_too_few", lang)))
    else:
        items.append((t("rv_silent_partners", lang),
                      ", ".join(t("rv_last_seen", lang, name=review.country_name(x.code, lang),
                                  period=x.last_seen.label(lang)) for x in review.silent_partners)
                      or t("rv_none", lang)))
    return items


def counted_sub(key: str, n: int, lang: str = "ru") -> str:
    """A slide's subtitle that counts its rows: «10 крупнейших по числу участников», but one row has its
    own sentence («Крупнейшее по числу участников», not «1 крупнейших»; «The largest», not «The 1 largest»)
    and none says so («Численность участников в отчёте не указана», not «0 крупнейших») — a quarter with
    few events is read aloud in a meeting too. `key`_one and `key`_none hold those sentences."""
    if n == 0:
        return t(f"{key}_none", lang)
    if n == 1:
        return t(f"{key}_one", lang)
    return t(key, lang, n=format_int(n, lang))


def slides(review: QuarterReview, generated_at: datetime | None = None, lang: str = "ru") -> list[Slide]:
    """The review's slides in meeting order (see SLIDE_KEYS), in Russian or English."""
    generated_at = generated_at or datetime.now().replace(microsecond=0)
    p = review.period
    all_ids = _all_ids(review)
    head = review.headline
    events, held = int(head["events"]), int(head["held_in_period"] or 0)
    region, period = p.region_name(lang), p.label(lang)
    as_written = [t("rv_as_written", lang)] if lang != "ru" else []
    out: list[Slide] = []

    def add(key: str, title: str, subtitle: str, **kwargs) -> None:
        out.append(Slide(key, title, subtitle, sheet=t(f"rv_sheet_{key}", lang), lang=lang, **kwargs))

    add("title", t("rv_title", lang), t("rv_title_sub", lang, region=region, period=period_phrase(review, lang)),
        paragraphs=paragraphs(review, lang))

    no_data = t("rv_no_data", lang)
    compared = [t("rv_compared_previous", lang, period=review.previous.label(lang) if review.previous else no_data),
                t("rv_compared_year_ago", lang, period=review.year_ago.label(lang) if review.year_ago else no_data)]
    add("headline", t("rv_headline", lang), period_phrase(review, lang), table=headline_table(review, lang),
        items=partner_items(review, lang),
        footnotes=[t("rv_compared_note", lang, what="; ".join(compared))], event_ids=all_ids)

    n_sectors = len(review.sectors)
    add("sectors", t("rv_sectors", lang),
        t("rv_sectors_sub", lang, events=count_phrase(events, EVENTS, lang), n=format_int(n_sectors, lang),
          sectors=plural_word(n_sectors, IN_SECTORS, lang))
        + ("" if held == events else t("rv_held_part", lang, held=format_int(held, lang), period=period)),
        charts=[_sector_chart(review, lang=lang)], event_ids=all_ids)

    country_note = []
    if len(review.countries) > TOP_COUNTRIES:
        rest = len(review.countries) - TOP_COUNTRIES + 1
        country_note.append(t("rv_others_note", lang, others=others_label(rest, lang), n=rest))
    country_note.append(t("rv_each_partner_note", lang))
    add("countries", t("rv_countries", lang),
        f"{count_phrase(int(head['partner_countries']), COUNTRIES, lang)} · "
        f"{count_phrase(int(head['foreign_regions'] or 0), FOREIGN_REGIONS, lang)}",
        charts=[_country_chart(review, lang)], footnotes=country_note, event_ids=_ids_with_partners(review))

    add("months", t("rv_months", lang), period_phrase(review, lang), charts=[_month_chart(review, lang)],
        footnotes=[t("rv_months_note", lang)], event_ids=all_ids)

    known = int(head["attendance_known"])
    add("attendance", t("rv_attendance", lang),
        t("rv_attendance_sub", lang, total=review.metric("attendance").display_in(lang), known=format_int(known, lang),
          events=count_phrase(events, OF_EVENTS, lang)) if known else
        t("rv_attendance_sub_none", lang, events=count_phrase(events, OF_EVENTS, lang)),
        charts=[_sector_chart(review, "attendance", lang), _format_chart(review, lang)],
        items=[] if known else [(t("rv_attendance", lang), t("rv_attendance_missing", lang))],
        footnotes=[t("lower_bound_note", lang)] if known else [], event_ids=review_ids_with_attendance(review))

    signed = [_agreement_item(review, x, lang) for x in review.signed.itertuples(index=False)]
    verbal_rows = list(review.verbal.itertuples(index=False))
    verbal = [_agreement_item(review, x, lang) for x in verbal_rows[:KEY_VERBAL]]
    items = [(f"{t('rv_signed_item', lang)}: {h}", b) for h, b in signed]
    items += [(f"{t('rv_verbal_item', lang)}: {h}", b) for h, b in verbal]
    notes = []
    if len(verbal_rows) > KEY_VERBAL:
        notes.append(t("rv_verbal_shown", lang, shown=KEY_VERBAL, n=len(verbal_rows)))
    if not items:
        items.append((t("rv_no_agreements_head", lang), t("rv_no_agreements", lang)))
    add("agreements", t("rv_agreements", lang),
        t("rv_agreements_sub", lang, signed=format_int(len(review.signed), lang), signed_outside=_outside(review.signed, lang),
          verbal=format_int(len(verbal_rows), lang), verbal_outside=_outside(review.verbal, lang)),
        items=items, footnotes=notes + (as_written if signed or verbal else []),
        columns=[(t("rv_signed_heading", lang), signed), (t("rv_verbal_heading", lang), verbal)],
        event_ids=review.signed["event_id"].tolist() + review.verbal["event_id"].tolist())

    add("top_events", t("rv_top_events", lang), counted_sub("rv_top_events_sub", len(review.biggest), lang),
        table=_top_table(review, lang), footnotes=as_written if len(review.biggest) else [],
        items=[] if len(review.biggest) else [(t("rv_top_events", lang), t("rv_top_events_missing", lang))],
        event_ids=review.biggest["event_id"].tolist())

    partners_table = key_partner_table(review, lang)
    add("key_partners", t("rv_key_partners", lang), counted_sub("rv_key_partners_sub", len(partners_table), lang),
        table=partners_table, items=[] if len(partners_table) else [(t("rv_key_partners", lang), t("rv_kp_none", lang))],
        footnotes=key_partner_notes(review, lang), event_ids=_ids_with_key_partners(review))

    closing = [(t("rv_from_report", lang), text) for text, _ in review.notes] or \
        [(t("rv_report_notes", lang), t("rv_no_notes", lang))]
    sources = [f"{r.file_name} · SHA-256 {r.sha256[:16]}…" for r in review.sources.itertuples(index=False)]
    add("closing", t("rv_closing", lang), f"{region} · {period}", items=closing,
        footnotes=[t("rv_source", lang, files="; ".join(sources)) if sources else "",
                   t("rv_made", lang, date=format_date(generated_at, lang), time=f"{generated_at:%H:%M}")],
        event_ids=[])
    return out


def count_label(n, lang: str = "ru") -> str:
    return count_phrase(int(n), EVENTS, lang)


def _all_ids(review: QuarterReview) -> list[str]:
    return review.events["event_id"].tolist()


def _ids_with_partners(review: QuarterReview) -> list[str]:
    ev = review.events
    return [e for e, cs in zip(ev["event_id"], ev["partner_countries"]) if cs is not None and len(cs)]


def _ids_with_key_partners(review: QuarterReview) -> list[str]:
    """The quarter's events in which a key partner took part (for the appendix sheet), in report order."""
    if review.key_partners.empty:
        return []
    ids = {e for events in review.key_partners["event_ids"] for e in events}
    return [e for e in review.events["event_id"] if e in ids]


def review_ids_with_attendance(review: QuarterReview) -> list[str]:
    ev = review.events
    return [e for e, a in zip(ev["event_id"], ev["attendance_total"]) if not pd.isna(a)]


# ------------------------------------------------------------------ plotly figures

LIGHT = {"paper": "#ffffff", "plot": "#ffffff", "text": "#111827", "grid": "#d5dae1"}
DARK = {"paper": "#0b0f17", "plot": "#0b0f17", "text": "#f3f4f6", "grid": "#374151"}


def theme(fig: go.Figure, dark: bool = False, scale: float = 1.0, family: str | None = None) -> go.Figure:
    """Colours for the light or dark room theme; `scale` enlarges every font for the big screen;
    `family` is the font of the page the chart sits on (one family for page and charts)."""
    colours = DARK if dark else LIGHT
    size = int(round(16 * scale))
    font = dict(color=colours["text"], size=size)
    if family:
        font["family"] = family
    fig.update_layout(template="plotly_dark" if dark else "plotly_white", paper_bgcolor=colours["paper"],
                      plot_bgcolor=colours["plot"], font=font,
                      hoverlabel=dict(font_size=size, font_family=family or charts.FONT["family"]))
    fig.update_xaxes(gridcolor=colours["grid"], tickfont=dict(size=size - 1, color=colours["text"]),
                     title_font=dict(size=size - 1, color=colours["text"]))
    fig.update_yaxes(gridcolor=colours["grid"], tickfont=dict(size=size - 1, color=colours["text"]),
                     title_font=dict(size=size - 1, color=colours["text"]))
    if fig.layout.yaxis.ticklabelstandoff is not None:       # a bar chart's labels keep their gap at any size
        fig.update_yaxes(ticklabelstandoff=charts.label_gap(size - 1))
    # a bar's number keeps the chart's type and stands upright: plotly otherwise shrinks it to the bar's
    # thickness (14 sector bars on a slide: 18-px numbers under 28-px names) and turns it («31» sideways)
    # only a number outside its bar takes the theme's ink: one inside a long bar keeps plotly's contrast
    # colour (white on a dark bar) — printed, «31» and «62» were dark ink on the blue and red bars (uxqa26)
    fig.update_traces(textfont=dict(size=size), outsidetextfont=dict(size=size, color=colours["text"]),
                      constraintext="none", textangle=0, selector=dict(type="bar"))
    fig.update_traces(textfont=dict(size=size), selector=dict(type="pie"))
    if family:
        fig.update_traces(textfont_family=family, selector=dict(type="bar"))
        fig.update_traces(textfont_family=family, selector=dict(type="pie"))
    return fig


def whole_percents(values: list[int]) -> list[int]:
    """Shares in whole percents that add up to 100 (largest remainder): [575, 1500, 11578] → [4, 11, 85].
    One rule for every share the review prints, so a pie never mixes «4,21%» with «11%»."""
    total = sum(values)
    if total <= 0:
        return [0] * len(values)
    exact = [v * 100 / total for v in values]
    whole = [int(x) for x in exact]
    order = sorted(range(len(values)), key=lambda i: (-(exact[i] - whole[i]), i))
    for i in order[: 100 - sum(whole)]:
        whole[i] += 1
    return whole


def percent_text(value: int, lang: str = "ru") -> str:
    """«4 %»: a whole percent with a no-break space, as the review writes shares ('4%' in English)."""
    return f"{value}\u00a0%" if lang == "ru" else f"{value}%"


def people_text(value: str, lang: str = "ru") -> str:
    """'≥ 11 578' → '≥ 11 578 чел.' / '≥ 11,578 people'."""
    return t("rv_people", lang, n=value)


def pie_texts(data: ChartData, lang: str = "ru") -> list[str]:
    """«онлайн<br>575 чел.<br>4 %» for every slice: label, value as printed, whole percent."""
    return [f"{label}<br>{people_text(text, lang)}<br>{percent_text(p, lang)}"
            for label, text, p in zip(data.categories, data.labels, whole_percents(data.values))]


def _pie(data: ChartData, lang: str = "ru") -> go.Figure:
    fig = go.Figure(go.Pie(labels=data.categories, values=data.values, marker=dict(colors=data.colours),
                           text=pie_texts(data, lang), textinfo="text", texttemplate="%{text}",
                           insidetextorientation="horizontal", textposition="auto",
                           hovertemplate="%{label}: " + people_text("%{value:,}", lang) + "<extra></extra>",
                           sort=False, customdata=data.keys))
    charts.style(fig, lang, height=420)
    fig.update_layout(margin=dict(l=10, r=10, t=10, b=10), uniformtext=dict(minsize=10, mode="show"))
    return fig


def figures(slide: Slide, review: QuarterReview, dark: bool = False, scale: float = 1.0,
            with_map: bool = True, family: str | None = None) -> list[tuple[go.Figure, dict]]:
    """(figure, plotly config) pairs of a slide, built by the dashboard's chart builders in the
    slide's language."""
    out: list[tuple[go.Figure, dict]] = []
    lang = slide.lang
    if slide.key == "sectors" and len(review.sectors):
        out.append((charts.sector_bar(review.sectors, lang), charts.plotly_config(lang)))
    elif slide.key == "countries" and len(review.countries):
        out.append((charts.country_bar(country_rows(review.countries, review.events), lang), charts.plotly_config(lang)))
        if with_map:
            out.append((charts.partner_map(review.countries, review.regions, lang), charts.plotly_config(lang, geo=True)))
    elif slide.key == "months" and len(review.months):
        out.append((charts.month_bar(review.months, lang), charts.plotly_config(lang)))
    elif slide.key == "attendance":
        frame = review.sectors[review.sectors["attendance_known"] > 0]
        if len(frame):
            out.append((charts.sector_bar(frame, lang, value="attendance"), charts.plotly_config(lang)))
        pie = next((c for c in slide.charts if c.kind == "pie"), None)
        if pie is not None and pie.values:
            out.append((_pie(pie, lang), charts.plotly_config(lang)))
    for fig, _ in out:
        theme(fig, dark, scale, family)
        fig.update_layout(clickmode="none")
    return out


def single_line_labels(fig: go.Figure) -> go.Figure:
    """Bar category labels on one line («Молодёжь и патриотическое воспитание»): on a slide with
    many bars two-line labels are taller than a bar's row and run into the next one."""
    for trace in fig.data:
        if trace.type == "bar" and trace.orientation == "h" and trace.y is not None:
            trace.y = [str(y).replace("<br>", " ") for y in trace.y]
    return fig


def shorten(text: str, limit: int) -> str:
    """One line of at most `limit` characters, cut at a word with «…» (slides have fixed boxes)."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
