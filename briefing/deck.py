"""The quarterly review as a sequence of slides: one model, four renderers.

`slides(review)` turns a `QuarterReview` into `Slide`s; the Streamlit page, the PPTX, the HTML and
the XLSX appendix all draw these same slides, so the screen, the files and the appendix agree.
A slide carries its chart data (categories and values straight from the query layer), its text,
and the event ids behind it (for the appendix sheet).

`figures(slide, review)` gives the plotly figures of a slide, built by the dashboard's own chart
builders (analytics.charts) wherever one exists.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import pandas as pd
import plotly.graph_objects as go

from analytics import charts
from analytics.formatting import (COUNTRIES, EVENTS, count_phrase, format_attendance, format_date, format_date_range,
                         format_int, month_label)
from analytics.i18n import FORMAT_LABELS, option_label, sector_label
from .narrative import REGION_FORMS, count_words, paragraphs
from analytics.palette import ACCENT, NEUTRAL, country_colour, format_colour, sector_colour
from .model import NO_DATA, QuarterReview, held_note

# At most this many rows on the country chart; with more partners the last row is «другие (N)».
TOP_COUNTRIES = 15
OTHERS_CODE = "OTHERS"
KEY_VERBAL = 3
TOP_ON_SLIDE = 8

SLIDE_KEYS = ("title", "headline", "sectors", "countries", "months", "attendance", "agreements", "top_events",
              "closing")


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


def period_phrase(review: QuarterReview) -> str:
    p = review.period
    if p.period_start and p.period_end:
        return f"{p.period_label} ({format_date_range(p.period_start, p.period_end)})"
    return p.period_label


def _sector_chart(review: QuarterReview, value: str = "events") -> ChartData:
    frame = review.sectors
    if value == "attendance":
        frame = frame[frame["attendance_known"] > 0]
    frame = frame.sort_values(value, ascending=False, kind="stable")
    labels = [sector_label(k, "ru", h) for k, h in zip(frame["sector_key"], frame["heading"])]
    if value == "attendance":
        texts = [format_attendance(v, bool(b)) for v, b in zip(frame["attendance"], frame["attendance_lower_bound"])]
    else:
        texts = [format_int(v) for v in frame[value]]
    return ChartData(f"sectors_{value}", "bar",
                     "Мероприятия по сферам" if value == "events" else "Участники по сферам, чел.",
                     "Мероприятия" if value == "events" else "Участники", labels,
                     [int(v) for v in frame[value]], [sector_colour(k) for k in frame["sector_key"]],
                     frame["sector_key"].tolist(), texts)


def others_label(n: int) -> str:
    """«другие (3)»: the row that stands for the partners a chart has no room for."""
    return f"другие ({n})"


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
        row["name_en"] = f"others ({len(rest)})"
    return pd.concat([shown, pd.DataFrame([row])], ignore_index=True)


def _country_chart(review: QuarterReview) -> ChartData:
    frame = country_rows(review.countries, review.events)
    names = [n if isinstance(n, str) else c for n, c in zip(frame["name_ru"], frame["country_code"])]
    return ChartData("countries", "bar", "Мероприятия по странам-партнёрам", "Мероприятия", names,
                     [int(v) for v in frame["events"]],
                     [NEUTRAL if c == OTHERS_CODE else country_colour(c) for c in frame["country_code"]],
                     frame["country_code"].tolist(), [format_int(v) for v in frame["events"]])


def _month_chart(review: QuarterReview) -> ChartData:
    frame = review.months
    return ChartData("months", "column", "Мероприятия по месяцам", "Мероприятия",
                     [month_label(m) for m in frame["month"]], [int(v) for v in frame["events"]],
                     [ACCENT] * len(frame), frame["month"].tolist(), [format_int(v) for v in frame["events"]])


def _format_chart(review: QuarterReview) -> ChartData:
    frame = review.formats[review.formats["attendance_known"] > 0]
    return ChartData("formats", "pie", "Участники по формату", "Участники",
                     [option_label(FORMAT_LABELS, k) for k in frame["format"]], [int(v) for v in frame["attendance"]],
                     [format_colour(k) for k in frame["format"]], frame["format"].tolist(),
                     [format_attendance(v, bool(b)) for v, b in zip(frame["attendance"], frame["attendance_lower_bound"])])


def _partners(review: QuarterReview, codes) -> str:
    return ", ".join(review.country_name(c) for c in (codes if codes is not None else []))


def _agreement_item(review: QuarterReview, row) -> tuple[str, str]:
    meta = " · ".join(p for p in (f"№ {row.n}", format_date_range(row.start_date, row.end_date),
                                  _partners(review, row.partner_countries)) if p and p != "—")
    return (f"{row.title}", f"{meta}\n{row.agreement_text or ''}".strip())


def _outside(frame: pd.DataFrame) -> str:
    """' (1 — на мероприятии вне квартала)' when some of these come from events outside the quarter."""
    if frame.empty or "quarter_position" not in frame:
        return ""
    outside = int((frame["quarter_position"] == "outside").sum())
    return f" ({outside} — на мероприятии вне квартала)" if outside else ""


def _top_table(review: QuarterReview) -> pd.DataFrame:
    rows = []
    for r in review.biggest.itertuples(index=False):
        rows.append({"№": int(r.n), "Мероприятие": r.title,
                     "Даты": format_date_range(r.start_date, r.end_date),
                     "Сфера": sector_label(r.sector_key),
                     "Участники": format_attendance(r.attendance_total, bool(r.attendance_lower_bound)),
                     "Страны": _partners(review, r.partner_countries)})
    return pd.DataFrame(rows, columns=["№", "Мероприятие", "Даты", "Сфера", "Участники", "Страны"])


def change_line(metric, which: str) -> tuple[str, str]:
    """('к III кв. 2024: ▲ +12 (+18,2 %)', 'up') for which='previous' | 'year_ago'; the same words on
    the page, the PPTX card and the HTML card."""
    change = metric.vs_previous if which == "previous" else metric.vs_year_ago
    against = change.label() or ("к предыдущему кварталу" if which == "previous" else "к тому же кварталу год назад")
    return f"{against}: {change.text()}", change.direction


def headline_table(review: QuarterReview) -> pd.DataFrame:
    """Показатель | value | change against the previous quarter | against the same quarter a year ago."""
    prev = f"Изменение к {review.previous.period_label}" if review.previous else "Изменение к предыдущему кварталу"
    year = f"Изменение к {review.year_ago.period_label}" if review.year_ago else "Изменение к кварталу год назад"
    return pd.DataFrame([{"Показатель": m.label, review.period.period_label: m.display,
                          prev: m.vs_previous.text(), year: m.vs_year_ago.text()} for m in review.metrics])


def slides(review: QuarterReview, generated_at: datetime | None = None) -> list[Slide]:
    """The review's slides in meeting order (see SLIDE_KEYS)."""
    generated_at = generated_at or datetime.now().replace(microsecond=0)
    p = review.period
    all_ids = _all_ids(review)
    head = review.headline
    out: list[Slide] = []

    out.append(Slide("title", "Международное сотрудничество",
                     f"{p.region} · квартальный обзор · {period_phrase(review)}", paragraphs=paragraphs(review),
                     sheet="Титул"))

    items = []
    if review.new_partners is None:
        items.append(("Новые партнёры", f"{NO_DATA}: более ранние кварталы не загружены"))
    else:
        items.append(("Новые партнёры", ", ".join(f"{x.name} ({x.events})" for x in review.new_partners) or "нет"))
    if review.silent_partners is None:
        items.append(("Без мероприятий два квартала и более", f"{NO_DATA}: загружено меньше трёх кварталов"))
    else:
        items.append(("Без мероприятий два квартала и более",
                      ", ".join(f"{x.name} (последнее — {x.last_seen.period_label})" for x in review.silent_partners)
                      or "нет"))
    items.insert(0, ("Мероприятия в отчёте и в квартале", held_note(head, p)))
    compared = [f"предыдущий загруженный квартал: {review.previous.period_label if review.previous else NO_DATA}",
                f"тот же квартал год назад: {review.year_ago.period_label if review.year_ago else NO_DATA}"]
    out.append(Slide("headline", "Основные показатели", period_phrase(review), table=headline_table(review),
                     items=items, footnotes=["Сравнение: " + "; ".join(compared) + ". Изменение от базы меньше 5 "
                                             "показано числом, без процентов."],
                     event_ids=all_ids, sheet="Показатели"))

    n_sectors = len(review.sectors)
    out.append(Slide("sectors", "Мероприятия по сферам",
                     f"{count_label(head['events'])} в отчёте в {n_sectors} {'сфере' if _one(n_sectors) else 'сферах'}"
                     + ("" if int(head["held_in_period"] or 0) == int(head["events"])
                        else f", из них {int(head['held_in_period'] or 0)} проведены в {p.period_label}"),
                     charts=[_sector_chart(review)], event_ids=all_ids, sheet="Сферы"))

    with_partner = _ids_with_partners(review)
    country_note = []
    if len(review.countries) > TOP_COUNTRIES:
        rest = len(review.countries) - TOP_COUNTRIES + 1
        country_note.append(f"Строка «{others_label(rest)}» — мероприятия с остальными {rest} странами-партнёрами; "
                            "все страны — в приложении XLSX.")
    country_note.append("Мероприятие с несколькими странами-партнёрами учитывается у каждой из них.")
    out.append(Slide("countries", "Страны-партнёры",
                     f"{count_phrase(int(head['partner_countries']), COUNTRIES)} · "
                     f"{count_words(int(head['foreign_regions'] or 0), REGION_FORMS)}",
                     charts=[_country_chart(review)], footnotes=country_note, event_ids=with_partner,
                     sheet="Страны"))

    out.append(Slide("months", "Мероприятия по месяцам", period_phrase(review), charts=[_month_chart(review)],
                     footnotes=["Многодневное мероприятие учитывается в каждом месяце, который оно затронуло; "
                                "месяцы вне квартала — мероприятия, начавшиеся раньше или указанные в отчёте с "
                                "датами вне квартала."], event_ids=all_ids, sheet="Месяцы"))

    attendance_ids = review_ids_with_attendance(review)
    out.append(Slide("attendance", "Участники",
                     f"Всего {review.metric('attendance').display} чел. · численность указана для "
                     f"{head['attendance_known']} из {head['events']} мероприятий",
                     charts=[_sector_chart(review, "attendance"), _format_chart(review)],
                     footnotes=["«≥» — в отчёте указано «более» / «свыше»: число — нижняя граница."],
                     event_ids=attendance_ids, sheet="Участники"))

    items = [("Подписано: " + r[0], r[1]) for r in (_agreement_item(review, x) for x in review.signed.itertuples(index=False))]
    verbal = list(review.verbal.itertuples(index=False))
    items += [("Договорённость: " + r[0], r[1]) for r in (_agreement_item(review, x) for x in verbal[:KEY_VERBAL])]
    notes = []
    if len(verbal) > KEY_VERBAL:
        notes.append(f"Показаны {KEY_VERBAL} из {len(verbal)} устных договорённостей; все — в приложении XLSX.")
    if not items:
        items.append(("Соглашения", "В отчёте за квартал соглашения и договорённости не отражены."))
    out.append(Slide("agreements", "Соглашения и договорённости",
                     f"Подписано документов: {len(review.signed)}{_outside(review.signed)} · "
                     f"устных договорённостей: {len(verbal)}{_outside(review.verbal)}",
                     items=items, footnotes=notes,
                     event_ids=review.signed["event_id"].tolist() + review.verbal["event_id"].tolist(),
                     sheet="Соглашения"))

    out.append(Slide("top_events", "Самые массовые мероприятия", f"{len(review.biggest)} крупнейших по числу участников",
                     table=_top_table(review), event_ids=review.biggest["event_id"].tolist(), sheet="Крупнейшие"))

    closing = [("Из отчёта", text) for text, _ in review.notes] or [("Из отчёта", "Примечаний в отчёте нет.")]
    sources = [f"{r.file_name} · SHA-256 {r.sha256[:16]}…" for r in review.sources.itertuples(index=False)]
    out.append(Slide("closing", "Справочно", f"{p.region} · {p.period_label}", items=closing,
                     footnotes=[f"Источник: {'; '.join(sources)}" if sources else "",
                                f"Сформировано {format_date(generated_at)} в {generated_at:%H:%M} из базы отчётов; "
                                "цифры совпадают с панелью «Международное сотрудничество» при выборе этого отчёта."],
                     event_ids=[], sheet="Примечания"))
    return out


def count_label(n) -> str:
    return count_phrase(int(n), EVENTS)


def _one(n: int) -> bool:
    return n % 10 == 1 and n % 100 != 11


def _all_ids(review: QuarterReview) -> list[str]:
    return review.events["event_id"].tolist()


def _ids_with_partners(review: QuarterReview) -> list[str]:
    ev = review.events
    return [e for e, cs in zip(ev["event_id"], ev["partner_countries"]) if cs is not None and len(cs)]


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
    fig.update_traces(textfont=dict(size=size, color=colours["text"]), selector=dict(type="bar"))
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


def percent_text(value: int) -> str:
    """«4 %»: a whole percent with a no-break space, as the review writes shares."""
    return f"{value}\u00a0%"


def pie_texts(data: ChartData) -> list[str]:
    """«онлайн<br>575 чел.<br>4 %» for every slice: label, value as printed, whole percent."""
    return [f"{label}<br>{text} чел.<br>{percent_text(p)}"
            for label, text, p in zip(data.categories, data.labels, whole_percents(data.values))]


def _pie(data: ChartData) -> go.Figure:
    fig = go.Figure(go.Pie(labels=data.categories, values=data.values, marker=dict(colors=data.colours),
                           text=pie_texts(data), textinfo="text", texttemplate="%{text}",
                           insidetextorientation="horizontal", textposition="auto",
                           hovertemplate="%{label}: %{value:,} чел.<extra></extra>", sort=False, customdata=data.keys))
    charts.style(fig, "ru", height=420)
    fig.update_layout(margin=dict(l=10, r=10, t=10, b=10), uniformtext=dict(minsize=10, mode="show"))
    return fig


def figures(slide: Slide, review: QuarterReview, dark: bool = False, scale: float = 1.0,
            with_map: bool = True, family: str | None = None) -> list[tuple[go.Figure, dict]]:
    """(figure, plotly config) pairs of a slide, built by the dashboard's chart builders."""
    out: list[tuple[go.Figure, dict]] = []
    if slide.key == "sectors" and len(review.sectors):
        out.append((charts.sector_bar(review.sectors), charts.PLOTLY_CONFIG))
    elif slide.key == "countries" and len(review.countries):
        out.append((charts.country_bar(country_rows(review.countries, review.events)), charts.PLOTLY_CONFIG))
        if with_map:
            out.append((charts.partner_map(review.countries, review.regions), charts.GEO_CONFIG))
    elif slide.key == "months" and len(review.months):
        out.append((charts.month_bar(review.months), charts.PLOTLY_CONFIG))
    elif slide.key == "attendance":
        frame = review.sectors[review.sectors["attendance_known"] > 0]
        if len(frame):
            out.append((charts.sector_bar(frame, value="attendance"), charts.PLOTLY_CONFIG))
        pie = next((c for c in slide.charts if c.kind == "pie"), None)
        if pie is not None and pie.values:
            out.append((_pie(pie), charts.PLOTLY_CONFIG))
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
