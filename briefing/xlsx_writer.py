"""The review's XLSX appendix: one sheet per slide with the chart data and the events behind it."""
from __future__ import annotations

import io
from datetime import datetime

import pandas as pd

from analytics import exports
from analytics.formatting import format_date, is_missing
from analytics.i18n import localized_places, period_text, place_name, t

from .deck import Slide
from .model import QuarterReview


def xlsx_bytes(review: QuarterReview, deck: list[Slide], generated_at: datetime | None = None) -> bytes:
    """One sheet per slide: the slide's title, its chart data or summary, then the events behind it."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    generated_at = generated_at or datetime.now().replace(microsecond=0)
    lang = deck[0].lang if deck else "ru"
    wb = Workbook()
    wb.remove(wb.active)
    header_fill = PatternFill("solid", fgColor="1F3A5F")
    sub_fill = PatternFill("solid", fgColor="DCE6F2")
    white_bold = Font(bold=True, color="FFFFFF")
    names = dict(review.lookup.countries) if lang == "ru" else dict(review.country_names_en)
    readable = localized_places(exports.readable(review.events, lang, names), lang) if len(review.events) else None
    ids = review.events["event_id"].tolist()

    def header(ws, row: int, names, fill=header_fill, font=white_bold):
        for j, name in enumerate(names, start=1):
            cell = ws.cell(row=row, column=j, value=str(name))
            cell.font, cell.fill = font, fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    def frame_rows(ws, row: int, frame: pd.DataFrame) -> int:
        header(ws, row, frame.columns, sub_fill, Font(bold=True))
        for values in frame.itertuples(index=False):
            row += 1
            for j, v in enumerate(values, start=1):
                put(ws.cell(row=row, column=j), v)
        return row + 2

    for number, item in enumerate(deck, start=1):
        ws = wb.create_sheet(f"{number:02d} {item.sheet}"[:31])
        ws["A1"] = item.title
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = item.subtitle
        ws["A2"].font = Font(italic=True, color="4B5563")
        row = 4
        if item.key == "title":
            ws.cell(row=row, column=1, value=t("rv_x_memo", lang)).font = Font(bold=True)
            for p in item.paragraphs:
                row += 1
                cell = ws.cell(row=row, column=1, value=p)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                ws.row_dimensions[row].height = 15 * (len(p) // 120 + 1)
            ws.column_dimensions["A"].width = 140
            row += 2
            lookup = review.lookup if lang == "ru" else type(review.lookup)(
                periods={review.period.report_id: review.period.label(lang)}, countries=names,
                sector_headings=review.lookup.sector_headings)
            made = generated_at.strftime("%d.%m.%Y %H:%M") if lang == "ru" else \
                f"{format_date(generated_at, lang)} {generated_at:%H:%M}"
            facts = pd.DataFrame([(t("rv_x_region", lang), review.period.region_name(lang)),
                                  (t("rv_x_period", lang), review.period.label(lang)),
                                  (t("rv_x_filter", lang), review.filters.sentence(int(review.headline["events"]),
                                                                                   lookup, lang)),
                                  (t("rv_x_made", lang), made)],
                                 columns=[t("rv_x_field", lang), t("rv_x_value", lang)])
            frame_rows(ws, row, facts)
            continue
        if item.key == "headline":
            row = frame_rows(ws, row, _headline_numbers(review, lang))
            row = frame_rows(ws, row, pd.DataFrame(item.items, columns=[t("rv_x_partners", lang),
                                                                        t("rv_x_countries", lang)]))
        if item.key == "key_partners":
            row = frame_rows(ws, row, _key_partner_numbers(item, review))
        for chart in item.charts:
            ws.cell(row=row, column=1, value=t("rv_x_chart_data", lang, title=chart.title)).font = Font(bold=True)
            row = frame_rows(ws, row + 1, pd.DataFrame({t("rv_x_category", lang): chart.categories,
                                                        chart.series: chart.values, t("rv_x_label", lang): chart.labels}))
        if item.key == "closing":
            row = frame_rows(ws, row, pd.DataFrame(item.items, columns=[t("rv_x_section", lang), t("rv_x_text", lang)]))
            sources = review.sources.assign(period_label=review.sources["period_label"].map(lambda x: period_text(x, lang)),
                                            region=review.sources["region"].map(lambda x: place_name(x, lang)))
            row = frame_rows(ws, row, sources.rename(columns={
                "file_name": t("rv_x_file", lang), "sha256": "SHA-256", "period_label": t("rv_x_period", lang),
                "region": t("rv_x_region", lang), "events": t("rv_x_events", lang)}))
        for note in (n for n in item.footnotes if n):
            ws.cell(row=row, column=1, value=note).font = Font(italic=True, color="4B5563")
            row += 1
        if item.event_ids is None or readable is None:
            continue
        if item.key == "closing":
            continue
        positions = {e: i for i, e in enumerate(ids)}
        order = [positions[e] for e in dict.fromkeys(item.event_ids) if e in positions]
        events = readable.iloc[order]
        row += 1
        ws.cell(row=row, column=1, value=t("rv_x_behind", lang, n=len(events))).font = Font(bold=True)
        row += 1
        header(ws, row, events.columns)
        hold_header(ws, row)
        first = row
        for values in events.itertuples(index=False):
            row += 1
            for j, v in enumerate(values, start=1):
                put(ws.cell(row=row, column=j), v)
        from openpyxl.utils import get_column_letter

        ws.auto_filter.ref = f"A{first}:{get_column_letter(len(events.columns))}{max(row, first)}"
        for j, name in enumerate(events.columns, start=1):
            # a column of short cells is 16 wide, and as wide as its longest word (a file name, a
            # SHA-256 prefix) so that no word is broken across lines
            word = max((len(w) for v in events[name].dropna().astype(str) for w in v.split()), default=0)
            width = 60 if name in (t("col_title", lang), t("col_agreement_text", lang)) else max(16, min(60, word + 1))
            ws.column_dimensions[get_column_letter(j)].width = max(ws.column_dimensions[get_column_letter(j)].width
                                                                   or 0, width)
        ws.column_dimensions["A"].width = max(ws.column_dimensions["A"].width or 0, 34)
    buffer = io.BytesIO()
    for sheet in wb.worksheets:  # formula-looking report text stays text, without a visible apostrophe
        exports.mark_formula_text(sheet)
        fit_unset_columns(sheet)
    wb.save(buffer)
    return buffer.getvalue()


MOST_FROZEN_ROWS = 4       # the sheet's title, subtitle and a gap above the header row, at most


def hold_header(ws, header_row: int) -> None:
    """Keep a table's header in view: on paper it repeats at the top of every printed page; on the
    screen it is frozen only when nothing but the sheet's title lines stand above it. A freeze pane
    holds everything above its row: under a slide's chart data the events' header sat on rows 7–24,
    and the frozen block filled a laptop's Excel window, leaving no room to scroll the rows."""
    ws.print_title_rows = f"{header_row}:{header_row}"
    if header_row <= MOST_FROZEN_ROWS:
        ws.freeze_panes = ws.cell(row=header_row + 1, column=1)


FIT_WIDTH = (10, 60)        # a fitted column's narrowest and widest, in characters


def fit_unset_columns(ws) -> None:
    """Every column no rule above gave a width gets one from its table cells (the wrapped texts and the
    numbers put() wrote; titles and footnotes run across the row and do not count), between
    FIT_WIDTH: the «For reference» sheet had none, so the report's closing paragraph stood in an
    8-character column, one or two words a line, and the file's SHA-256 over five lines."""
    from openpyxl.utils import get_column_letter

    longest: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None or not (cell.alignment.wrap_text or cell.number_format != "General"):
                continue
            text = str(cell.value)
            size = max(len(line) for line in text.split("\n")) + 2
            longest[cell.column] = max(longest.get(cell.column, 0), size)
    for column, size in longest.items():
        letter = get_column_letter(column)
        if letter not in ws.column_dimensions:   # (reading a missing one creates it 13 wide)
            ws.column_dimensions[letter].width = max(FIT_WIDTH[0], min(FIT_WIDTH[1], size))


WHOLE_NUMBER = "#,##0"      # 13 653 in a Russian Excel, 13,653 in an English one: the viewer's separators


def put(cell, value) -> None:
    """A cell as a reader needs it: a whole number with thousands grouped (General showed 13653), a
    date as 27.11.2026, text wrapped at its column's width (a long title or quote is not cut off by the
    next cell) and aligned to the top of its row."""
    from openpyxl.styles import Alignment

    if is_missing(value):
        cell.value = None
        return
    if hasattr(value, "item") and not isinstance(value, str):   # numpy scalars as plain Python values
        value = value.item()
    cell.value = value
    if isinstance(value, bool):
        return
    if isinstance(value, int):
        cell.number_format = WHOLE_NUMBER
    elif hasattr(value, "year") and hasattr(value, "month"):
        cell.number_format = "DD.MM.YYYY"
    elif isinstance(value, str):
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def _headline_numbers(review: QuarterReview, lang: str = "ru") -> pd.DataFrame:
    """Numbers, not texts: value, previous, change, % (blank on a tiny base), year-ago likewise."""
    rows = []
    no_data = t("rv_no_data", lang)
    for m in review.metrics:
        p, y = m.vs_previous, m.vs_year_ago
        rows.append({t("rv_figure", lang): m.label_in(lang), review.period.label(lang): m.value,
                     t("rv_x_prev_quarter", lang): p.against.label(lang) if p.against else no_data,
                     t("rv_x_prev_value", lang): p.base, t("rv_x_change", lang): p.delta,
                     t("rv_x_change_pct", lang): _round(p.percent),
                     t("rv_x_year_ago", lang): y.against.label(lang) if y.against else no_data,
                     t("rv_x_year_value", lang): y.base, t("rv_x_year_change", lang): y.delta,
                     t("rv_x_year_change_pct", lang): _round(y.percent),
                     t("rv_x_as_on_slide", lang): f"{p.text(lang)} / {y.text(lang)}"})
    return pd.DataFrame(rows)


def _key_partner_numbers(item: Slide, review: QuarterReview) -> pd.DataFrame:
    """The key partners slide's table with the events as numbers (the slide prints them formatted)."""
    frame = item.table.copy() if item.table is not None else pd.DataFrame()
    if len(frame):
        frame[t("rv_kp_col_events", item.lang)] = review.key_partners["events"].astype(int).to_numpy()
    return frame


def _round(value):
    return None if value is None else round(value, 1)


