"""Briefing files for the quarterly review: PPTX with native charts, offline HTML, XLSX appendix.

    python -m analytics.briefing --quarter 2024Q4 --out build/briefing
    python -m analytics.briefing --quarter 2024Q4 --region "Смоленская область" --db data/engagement.duckdb --out DIR

writes `obzor_<region>_<quarter>.pptx|.html|.xlsx`. The three files draw the slides of
`analytics.deck.slides` from one `QuarterReview`, so they hold the same figures and the same
narrative as the «Квартальный обзор» page.

- PPTX: 16:9, one slide per section, charts are native PowerPoint charts (editable data), not pictures.
- HTML: plotly.js and the world map geometry embedded inline; no http:// or https:// string anywhere,
  so nothing is fetched and the file opens offline. Prints one slide per A4 landscape page.
- XLSX: one sheet per slide with the chart data and the events behind the slide.
"""
from __future__ import annotations

import argparse
import html
import io
import json
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import exports
from .deck import TOP_ON_SLIDE, ChartData, Slide, change_line, figures, slides
from .formatting import is_missing
from .narrative import narrative
from .review import QuarterReview, ReviewError, build_review, parse_quarter

ROOT = Path(__file__).resolve().parent.parent
TOPOJSON_WORLD = ROOT / "static" / "topojson" / "world_110m.json"
FILE_KINDS = ("pptx", "html", "xlsx")
MIME = {"pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "html": "text/html", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia"]))


@dataclass(frozen=True)
class Briefing:
    """The three files in memory: what the page offers for download and the CLI writes."""
    stem: str
    pptx: bytes
    html: bytes
    xlsx: bytes

    def files(self) -> dict[str, bytes]:
        return {f"{self.stem}.{kind}": getattr(self, kind) for kind in FILE_KINDS}


def file_stem(review: QuarterReview) -> str:
    """'obzor_smolenskaia_oblast_2024Q4'."""
    region = "".join(_TRANSLIT.get(ch, ch) for ch in review.period.region.lower())
    region = re.sub(r"[^a-z0-9]+", "_", region).strip("_")
    return f"obzor_{region}_{review.period.code}"


def build_briefing(review: QuarterReview, generated_at: datetime | None = None) -> Briefing:
    generated_at = generated_at or datetime.now().replace(microsecond=0)
    deck = slides(review, generated_at)
    return Briefing(file_stem(review), pptx_bytes(review, deck), html_text(review, deck).encode("utf-8"),
                    xlsx_bytes(review, deck, generated_at))


def write_briefing(review: QuarterReview, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in build_briefing(review).files().items():
        path = out_dir / name
        path.write_bytes(data)
        written.append(path)
    return written


# ================================================================== PPTX

def _rgb(hex_colour: str):
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(hex_colour.lstrip("#").upper())


INK = "#111827"
MUTED = "#4b5563"
NAVY = "#1f3a5f"
UP = "#15803d"
DOWN = "#b91c1c"
SAME = "#4b5563"
CHANGE_COLOURS = {"up": UP, "down": DOWN, "same": SAME, "none": MUTED}
FONT_NAME = "Arial"
NUMBER_FORMAT = "[>=1000]# ##0;0"   # 13 653 with a space, as Russian documents write it


def _text(shape_or_frame, paragraphs, size=14, bold=False, colour=INK, space_after=6, align=None):
    """Fill a text frame: paragraphs are strings or (text, size, bold, colour) tuples."""
    from pptx.util import Pt

    frame = shape_or_frame.text_frame if hasattr(shape_or_frame, "text_frame") else shape_or_frame
    frame.word_wrap = True
    first = True
    for item in paragraphs:
        text, p_size, p_bold, p_colour = (item, size, bold, colour) if isinstance(item, str) else item
        para = frame.paragraphs[0] if first else frame.add_paragraph()
        first = False
        run = para.add_run()
        run.text = text
        run.font.size = Pt(p_size)
        run.font.bold = p_bold
        run.font.name = FONT_NAME
        run.font.color.rgb = _rgb(p_colour)
        para.space_after = Pt(space_after)
        if align is not None:
            para.alignment = align
    return frame


def _box(slide, x, y, w, h, paragraphs, **kwargs):
    from pptx.util import Inches

    box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    _text(box, paragraphs, **kwargs)
    return box


def _chrome(prs_slide, deck_slide: Slide, review: QuarterReview, number: int, total: int) -> None:
    """Title, subtitle, accent rule and footer shared by every content slide."""
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches

    _box(prs_slide, 0.5, 0.3, 12.3, 0.7, [(deck_slide.title, 30, True, NAVY)])
    if deck_slide.subtitle:
        _box(prs_slide, 0.5, 0.95, 12.3, 0.45, [(deck_slide.subtitle, 16, False, MUTED)])
    rule = prs_slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.5), Inches(1.42), Inches(12.33), Inches(0.05))
    rule.fill.solid()
    rule.fill.fore_color.rgb = _rgb(NAVY)
    rule.line.fill.background()
    footer = f"{review.period.region} · {review.period.period_label} · {number} / {total}"
    _box(prs_slide, 0.5, 7.05, 12.3, 0.35, [(footer, 10, False, MUTED)])


def _native_chart(prs_slide, data: ChartData, x, y, w, h, titled: bool = True) -> None:
    """A native, editable PowerPoint chart (bar / column / pie) with one series."""
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
    from pptx.util import Inches, Pt

    chart_data = CategoryChartData(number_format=NUMBER_FORMAT)
    chart_data.categories = data.categories
    chart_data.add_series(data.series, data.values)
    kind = {"bar": XL_CHART_TYPE.BAR_CLUSTERED, "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
            "pie": XL_CHART_TYPE.PIE}[data.kind]
    frame = prs_slide.shapes.add_chart(kind, Inches(x), Inches(y), Inches(w), Inches(h), chart_data)
    chart = frame.chart
    chart.font.size = Pt(13)
    chart.font.name = FONT_NAME
    chart.has_title = titled
    if titled:
        chart.chart_title.text_frame.text = data.title
        chart.chart_title.text_frame.paragraphs[0].runs[0].font.size = Pt(15)
        chart.chart_title.text_frame.paragraphs[0].runs[0].font.bold = True
    plot = chart.plots[0]
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.font.size = Pt(12)
    labels.number_format = NUMBER_FORMAT
    labels.number_format_is_linked = False
    series = plot.series[0]
    for i, colour in enumerate(data.colours):
        point = series.points[i]
        point.format.fill.solid()
        point.format.fill.fore_color.rgb = _rgb(colour)
    if data.kind == "pie":
        chart.has_legend = True
        chart.legend.position = XL_LEGEND_POSITION.RIGHT
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(13)
        labels.show_percentage = False
        labels.show_value = True
        labels.show_category_name = False
        labels.position = XL_LABEL_POSITION.OUTSIDE_END
        return
    chart.has_legend = False
    plot.gap_width = 50
    labels.position = XL_LABEL_POSITION.OUTSIDE_END
    chart.value_axis.has_major_gridlines = True
    chart.value_axis.tick_labels.font.size = Pt(11)
    chart.value_axis.tick_labels.number_format = NUMBER_FORMAT
    chart.value_axis.tick_labels.number_format_is_linked = False
    chart.value_axis.major_gridlines.format.line.color.rgb = _rgb("#d5dae1")
    chart.category_axis.tick_labels.font.size = Pt(12 if data.kind == "bar" else 13)
    if data.kind == "bar":
        chart.category_axis.reverse_order = True   # largest on top, as in the dashboard


def _metric_cards(prs_slide, review: QuarterReview) -> None:
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches

    cols, w, h, gap = 3, 3.95, 1.8, 0.2
    for i, metric in enumerate(review.metrics):
        x = 0.5 + (i % cols) * (w + gap)
        y = 1.7 + (i // cols) * (h + gap)
        card = prs_slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(x), Inches(y), Inches(w), Inches(h))
        card.adjustments[0] = 0.08
        card.fill.solid()
        card.fill.fore_color.rgb = _rgb("#f3f6fa")
        card.line.color.rgb = _rgb("#c7d2e0")
        card.text_frame.text = ""
        lines = [(metric.label, 14, False, MUTED), (metric.display, 34, True, INK)]
        for which in ("previous", "year_ago"):
            text, direction = change_line(metric, which)
            lines.append((text, 13, direction != "none", CHANGE_COLOURS[direction]))
        _box(prs_slide, x + 0.15, y + 0.08, w - 0.3, h - 0.1, lines, space_after=2)


def _table(prs_slide, frame: pd.DataFrame, x, y, w, h, widths: list[float], size: int = 11,
           max_chars: int = 140) -> None:
    from pptx.util import Inches, Pt

    rows, cols = len(frame) + 1, len(frame.columns)
    shape = prs_slide.shapes.add_table(rows, cols, Inches(x), Inches(y), Inches(w), Inches(h))
    table = shape.table
    for j, width in enumerate(widths):
        table.columns[j].width = Inches(width)
    for j, name in enumerate(frame.columns):
        cell = table.cell(0, j)
        cell.text = str(name)
        run = cell.text_frame.paragraphs[0].runs[0]
        run.font.size, run.font.bold, run.font.name = Pt(size + 1), True, FONT_NAME
        cell.fill.solid()
        cell.fill.fore_color.rgb = _rgb(NAVY)
        run.font.color.rgb = _rgb("#ffffff")
    for i, row in enumerate(frame.itertuples(index=False), start=1):
        for j, value in enumerate(row):
            text = str(value)
            if len(text) > max_chars:
                text = text[: max_chars - 1].rstrip() + "…"
            cell = table.cell(i, j)
            cell.text = text
            run = cell.text_frame.paragraphs[0].runs[0]
            run.font.size, run.font.name = Pt(size), FONT_NAME
            run.font.color.rgb = _rgb(INK)
            cell.fill.solid()
            cell.fill.fore_color.rgb = _rgb("#ffffff" if i % 2 else "#eef2f7")


def _shorten(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def pptx_bytes(review: QuarterReview, deck: list[Slide]) -> bytes:
    """The deck as a 16:9 PowerPoint file with native charts."""
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    blank = prs.slide_layouts[6]
    total = len(deck)
    for number, item in enumerate(deck, start=1):
        s = prs.slides.add_slide(blank)
        s.notes_slide.notes_text_frame.text = item.title
        if item.key == "title":
            _box(s, 0.6, 0.45, 12.1, 0.9, [(item.title, 36, True, NAVY)])
            _box(s, 0.6, 1.25, 12.1, 0.5, [(item.subtitle, 20, False, MUTED)])
            _box(s, 0.6, 2.0, 12.1, 4.95, [(p, 17, False, INK) for p in item.paragraphs], space_after=12)
            _box(s, 0.6, 7.05, 12.1, 0.35, [(f"{review.period.region} · {review.period.period_label} · "
                                            f"{number} / {total}", 10, False, MUTED)])
            s.notes_slide.notes_text_frame.text = "\n\n".join(item.paragraphs)
            continue
        _chrome(s, item, review, number, total)
        bottom = 6.95
        if item.footnotes:
            notes = [f for f in item.footnotes if f]
            _box(s, 0.5, 6.35, 12.3, 0.65, [(n, 11, False, MUTED) for n in notes], space_after=2)
            bottom = 6.35
        if item.key == "headline":
            _metric_cards(s, review)
            _box(s, 0.5, 5.6, 12.3, 0.7,
                 [(f"{head}: {text}", 13, False, INK) for head, text in item.items], space_after=2)
        elif item.charts:
            n = len(item.charts)
            width = (12.33 - 0.3 * (n - 1)) / n
            for i, data in enumerate(item.charts):
                if data.values:
                    _native_chart(s, data, 0.5 + i * (width + 0.3), 1.6, width, bottom - 1.7, titled=n > 1)
        elif item.key == "agreements":
            columns = (("Подписанные документы", [i for i in item.items if i[0].startswith("Подписано")]),
                       ("Ключевые устные договорённости", [i for i in item.items if not i[0].startswith("Подписано")]))
            for c, (heading, entries) in enumerate(columns):
                lines = [(heading, 17, True, INK)]
                for head, text in entries:
                    meta, _, body = text.partition("\n")
                    lines.append((_shorten(head.split(": ", 1)[-1], 120), 13, True, NAVY))
                    lines.append((meta, 11, False, MUTED))
                    if body:
                        lines.append((_shorten(body, 220), 12, False, INK))
                if len(lines) == 1:
                    lines.append(("нет", 13, False, MUTED))
                _box(s, 0.5 + c * 6.25, 1.6, 6.0, bottom - 1.65, lines, space_after=3)
        elif item.key == "top_events" and item.table is not None and len(item.table):
            shown = item.table.head(TOP_ON_SLIDE)
            _table(s, shown, 0.5, 1.6, 12.33, min(bottom - 1.7, 0.45 * (len(shown) + 1)),
                   [0.55, 5.6, 2.2, 1.7, 1.0, 1.28], size=11, max_chars=95)
        elif item.key == "closing":
            lines = []
            for head, text in item.items:
                lines += [(head, 16, True, NAVY), (text, 20, False, INK)]
            _box(s, 0.5, 1.7, 12.3, 4.4, lines, space_after=8)
    buffer = io.BytesIO()
    prs.save(buffer)
    return buffer.getvalue()


# ================================================================== HTML

_URL = re.compile(r"(?i)\b(https?):(?=//)")

CSS = """
:root { --ink:#111827; --muted:#4b5563; --navy:#1f3a5f; --up:#15803d; --down:#b91c1c; --card:#f3f6fa; }
* { box-sizing: border-box; }
body { margin: 0; background: #e5e7eb; color: var(--ink); font-family: Arial, "Liberation Sans", sans-serif; }
.toolbar { position: sticky; top: 0; z-index: 5; background: var(--navy); color: #fff; padding: 8px 16px;
           font-size: 15px; display: flex; gap: 16px; align-items: center; }
.toolbar button { font-size: 15px; padding: 4px 12px; cursor: pointer; }
.slide { width: 281mm; height: 194mm; margin: 14px auto; background: #fff; padding: 9mm 11mm 7mm;
         box-shadow: 0 2px 10px rgba(0,0,0,.18); position: relative; overflow: hidden;
         page-break-after: always; break-after: page; break-inside: avoid; }
.slide h1 { margin: 0; font-size: 27px; color: var(--navy); }
.slide .subtitle { margin: 4px 0 8px; font-size: 16px; color: var(--muted); border-bottom: 3px solid var(--navy);
                   padding-bottom: 6px; }
.slide.title h1 { font-size: 34px; margin-top: 6mm; }
.slide.title .subtitle { font-size: 20px; }
.narrative p { font-size: 19px; line-height: 1.5; margin: 0 0 14px; }
.agreements { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
.agreements h2 { font-size: 18px; margin: 2px 0 6px; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; }
.card { background: var(--card); border: 1px solid #c7d2e0; border-radius: 8px; padding: 12px 16px; min-height: 46mm; }
.card .label { font-size: 17px; color: var(--muted); }
.card .value { font-size: 46px; font-weight: 700; margin: 2px 0 4px; }
.card .chg { font-size: 15px; color: var(--muted); }
.chg.up { color: var(--up); font-weight: 600; } .chg.down { color: var(--down); font-weight: 600; }
.chg.same { color: var(--muted); font-weight: 600; }
.items { margin-top: 12px; font-size: 16px; }
.items p { margin: 3px 0; }
.charts { display: flex; gap: 10px; }
.charts > div { flex: 1 1 0; min-width: 0; }
.agreement { margin: 0 0 8px; }
.agreement .head { font-weight: 700; color: var(--navy); font-size: 15px; }
.agreement .meta { color: var(--muted); font-size: 12.5px; }
.agreement .body { font-size: 13px; }
table.top { border-collapse: collapse; width: 100%; font-size: 12.5px; }
table.top th { background: var(--navy); color: #fff; text-align: left; padding: 4px 6px; }
table.top td { padding: 3px 6px; border-bottom: 1px solid #d5dae1; vertical-align: top; }
table.top tr:nth-child(even) td { background: #eef2f7; }
.closing p { font-size: 20px; } .closing h3 { color: var(--navy); margin: 12px 0 4px; }
.footnotes { position: absolute; left: 11mm; right: 11mm; bottom: 9mm; font-size: 12px; color: var(--muted); }
.footnotes p { margin: 2px 0; }
.pageno { position: absolute; right: 11mm; bottom: 3mm; font-size: 11px; color: var(--muted); }
@page { size: A4 landscape; margin: 8mm; }
@media print {
  body { background: #fff; }
  .toolbar { display: none; }
  .slide { margin: 0; box-shadow: none; }
  .slide:last-of-type { page-break-after: auto; break-after: auto; }
}
"""

SCRIPT = """
document.querySelectorAll('[data-action=print]').forEach(b => b.addEventListener('click', () => window.print()));
"""


def _esc(text) -> str:
    """HTML text with any URL scheme neutralised ('https&#58;//'): the file must not name a URL."""
    return _URL.sub(r"\1&#58;", html.escape(str(text)))


def neutralise_urls_js(code: str) -> str:
    """'https://…' → 'https:\\/\\/…' inside JavaScript: in strings, template literals and regular
    expressions '\\/' is '/', in comments it is nothing, so plotly.js runs unchanged but names no URL."""
    return re.sub(r"(?i)\b(https?):/(/)", r"\1:\\/\\/", code)


@lru_cache(maxsize=1)
def plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    return neutralise_urls_js(get_plotlyjs()).replace("</script", "<\\/script")


@lru_cache(maxsize=1)
def world_topojson() -> str:
    return TOPOJSON_WORLD.read_text(encoding="utf-8")


def _figure_html(fig, config: dict, div_id: str, height: int) -> str:
    import plotly.io as pio

    fig = fig.update_layout(height=height, autosize=True)
    config = {k: v for k, v in config.items() if k != "topojsonURL"}
    config.update(responsive=True, displaylogo=False)
    fragment = pio.to_html(fig, full_html=False, include_plotlyjs=False, config=config, div_id=div_id,
                           default_width="100%", default_height=f"{height}px")
    return neutralise_urls_js(fragment)


def _slide_html(item: Slide, review: QuarterReview, number: int, total: int) -> str:
    parts = [f'<section class="slide {item.key}" id="slide-{number}" data-key="{item.key}">',
             f"<h1>{_esc(item.title)}</h1>"]
    if item.subtitle:
        parts.append(f'<div class="subtitle">{_esc(item.subtitle)}</div>')
    if item.key == "title":
        parts.append('<div class="narrative">' + "".join(f"<p>{_esc(p)}</p>" for p in item.paragraphs) + "</div>")
    elif item.key == "headline":
        cards = []
        for m in review.metrics:
            rows = "".join(f'<div class="chg {d}">{_esc(t)}</div>'
                           for t, d in (change_line(m, "previous"), change_line(m, "year_ago")))
            cards.append(f'<div class="card" data-metric="{m.key}"><div class="label">{_esc(m.label)}</div>'
                         f'<div class="value">{_esc(m.display)}</div>{rows}</div>')
        parts.append('<div class="cards">' + "".join(cards) + "</div>")
        parts.append('<div class="items">' + "".join(f"<p><b>{_esc(h)}:</b> {_esc(t)}</p>" for h, t in item.items)
                     + "</div>")
    elif item.key in ("sectors", "countries", "months", "attendance"):
        figs = figures(item, review)
        height = 520 if len(figs) == 1 else 500
        divs = [f"<div>{_figure_html(fig, config, f'chart-{number}-{i}', height)}</div>"
                for i, (fig, config) in enumerate(figs)]
        parts.append('<div class="charts">' + "".join(divs) + "</div>")
    elif item.key == "agreements":
        columns = (("Подписанные документы", [i for i in item.items if i[0].startswith("Подписано")]),
                   ("Ключевые устные договорённости", [i for i in item.items if not i[0].startswith("Подписано")]))
        parts.append('<div class="agreements">')
        for heading, entries in columns:
            parts.append(f"<div><h2>{_esc(heading)}</h2>")
            for head, text in entries or [("", "нет")]:
                meta, _, body = text.partition("\n")
                parts.append(f'<div class="agreement"><div class="head">{_esc(_shorten(head.split(": ", 1)[-1], 170))}'
                             f'</div><div class="meta">{_esc(meta)}</div><div class="body">{_esc(_shorten(body, 330))}'
                             "</div></div>")
            parts.append("</div>")
        parts.append("</div>")
    elif item.key == "top_events" and item.table is not None:
        head = "".join(f"<th>{_esc(c)}</th>" for c in item.table.columns)
        rows = "".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>"
                       for row in item.table.itertuples(index=False))
        parts.append(f'<table class="top"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>')
    elif item.key == "closing":
        parts.append('<div class="closing">' + "".join(f"<h3>{_esc(h)}</h3><p>{_esc(t)}</p>" for h, t in item.items)
                     + "</div>")
    notes = [n for n in item.footnotes if n]
    if notes:
        parts.append('<div class="footnotes">' + "".join(f"<p>{_esc(n)}</p>" for n in notes) + "</div>")
    parts.append(f'<div class="pageno">{_esc(review.period.region)} · {_esc(review.period.period_label)} · '
                 f"{number} / {total}</div></section>")
    return "\n".join(parts)


def html_text(review: QuarterReview, deck: list[Slide]) -> str:
    """One self-contained page: every slide, plotly.js and the map geometry inline, print CSS."""
    title = f"{deck[0].title} · {review.period.period_label}"
    body = "\n".join(_slide_html(item, review, i, len(deck)) for i, item in enumerate(deck, start=1))
    geo = f"window.PlotlyGeoAssets = {{topojson: {{world_110m: {world_topojson()}}}}};"
    document = f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(title)}</title>
<style>{CSS}</style>
<script>{geo}</script>
<script>{plotly_js()}</script>
</head>
<body>
<div class="toolbar"><b>{_esc(title)}</b><span>Слайдов: {len(deck)}</span>
<button type="button" data-action="print">Печать / PDF (A4, альбомная)</button></div>
{body}
<script>{SCRIPT}</script>
</body>
</html>
"""
    return neutralise_urls_js(document)


# ================================================================== XLSX

def xlsx_bytes(review: QuarterReview, deck: list[Slide], generated_at: datetime | None = None) -> bytes:
    """One sheet per slide: the slide's title, its chart data or summary, then the events behind it."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    generated_at = generated_at or datetime.now().replace(microsecond=0)
    wb = Workbook()
    wb.remove(wb.active)
    header_fill = PatternFill("solid", fgColor="1F3A5F")
    sub_fill = PatternFill("solid", fgColor="DCE6F2")
    white_bold = Font(bold=True, color="FFFFFF")
    readable = exports.readable(review.events, "ru", dict(review.lookup.countries)) if len(review.events) else None
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
                ws.cell(row=row, column=j, value=None if is_missing(v) else exports.neutralise(v))
        return row + 2

    for number, item in enumerate(deck, start=1):
        ws = wb.create_sheet(f"{number:02d} {item.sheet}"[:31])
        ws["A1"] = item.title
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = item.subtitle
        ws["A2"].font = Font(italic=True, color="4B5563")
        row = 4
        if item.key == "title":
            ws.cell(row=row, column=1, value="Текст для квартальной записки").font = Font(bold=True)
            for p in item.paragraphs:
                row += 1
                cell = ws.cell(row=row, column=1, value=p)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                ws.row_dimensions[row].height = 15 * (len(p) // 120 + 1)
            ws.column_dimensions["A"].width = 140
            row += 2
            facts = pd.DataFrame([("Регион", review.period.region), ("Период", review.period.period_label),
                                  ("Фильтр панели", review.filters.sentence(int(review.headline["events"]),
                                                                             review.lookup)),
                                  ("Сформировано", generated_at.strftime("%d.%m.%Y %H:%M"))],
                                 columns=["Поле", "Значение"])
            frame_rows(ws, row, facts)
            continue
        if item.key == "headline":
            row = frame_rows(ws, row, _headline_numbers(review))
            row = frame_rows(ws, row, pd.DataFrame(item.items, columns=["Партнёры", "Страны"]))
        for chart in item.charts:
            ws.cell(row=row, column=1, value=f"Данные графика: {chart.title}").font = Font(bold=True)
            row = frame_rows(ws, row + 1, pd.DataFrame({"Категория": chart.categories, chart.series: chart.values,
                                                        "Подпись": chart.labels}))
        if item.key == "closing":
            row = frame_rows(ws, row, pd.DataFrame(item.items, columns=["Раздел", "Текст"]))
            row = frame_rows(ws, row, review.sources.rename(columns={
                "file_name": "Файл отчёта", "sha256": "SHA-256", "period_label": "Период", "region": "Регион",
                "events": "Мероприятий"}))
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
        ws.cell(row=row, column=1, value=f"Мероприятия, стоящие за слайдом: {len(events)}").font = Font(bold=True)
        row += 1
        header(ws, row, events.columns)
        ws.freeze_panes = ws.cell(row=row + 1, column=1)
        first = row
        for values in events.itertuples(index=False):
            row += 1
            for j, v in enumerate(values, start=1):
                cell = ws.cell(row=row, column=j, value=None if is_missing(v) else exports.neutralise(v))
                if hasattr(v, "year") and hasattr(v, "month"):
                    cell.number_format = "DD.MM.YYYY"
        from openpyxl.utils import get_column_letter

        ws.auto_filter.ref = f"A{first}:{get_column_letter(len(events.columns))}{max(row, first)}"
        for j, name in enumerate(events.columns, start=1):
            width = 60 if name in ("Мероприятие", "Текст о соглашении") else 16
            ws.column_dimensions[get_column_letter(j)].width = max(ws.column_dimensions[get_column_letter(j)].width
                                                                   or 0, width)
        ws.column_dimensions["A"].width = max(ws.column_dimensions["A"].width or 0, 34)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _headline_numbers(review: QuarterReview) -> pd.DataFrame:
    """Numbers, not texts: value, previous, change, % (blank on a tiny base), year-ago likewise."""
    rows = []
    for m in review.metrics:
        p, y = m.vs_previous, m.vs_year_ago
        rows.append({"Показатель": m.label, review.period.period_label: m.value,
                     "Пред. квартал": p.against.period_label if p.against else "нет данных",
                     "Значение пред.": p.base, "Изменение": p.delta, "Изменение, %": _round(p.percent),
                     "Год назад": y.against.period_label if y.against else "нет данных",
                     "Значение год назад": y.base, "Изменение к году": y.delta, "Изменение к году, %": _round(y.percent),
                     "Как на слайде": f"{p.text()} / {y.text()}"})
    return pd.DataFrame(rows)


def _round(value):
    return None if value is None else round(value, 1)


# ================================================================== CLI

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m analytics.briefing",
        description="Квартальный обзор: PPTX (нативные диаграммы), автономный HTML и XLSX-приложение.")
    parser.add_argument("--quarter", required=True, help="квартал: 2024Q4 (или «IV кв. 2024»)")
    parser.add_argument("--out", required=True, type=Path, help="папка для файлов")
    parser.add_argument("--region", default=None, help="регион, если в базе их несколько: «Смоленская область»")
    parser.add_argument("--db", default=None, type=Path, help="файл DuckDB (по умолчанию etl.config.DB_PATH)")
    args = parser.parse_args(argv)

    from etl import config

    from .db import DatabaseMissing, ReadOnlyDatabase

    try:
        year, quarter = parse_quarter(args.quarter)
    except ValueError as error:
        parser.error(str(error))
    database = ReadOnlyDatabase(args.db or config.DB_PATH)
    try:
        con = database.cursor()
        review = build_review(con, year, quarter, args.region)
        paths = write_briefing(review, args.out)
    except DatabaseMissing as error:
        print(f"ошибка: база данных не найдена: {error}. Соберите её: python -m etl load data/raw", file=sys.stderr)
        return 2
    except ReviewError as error:
        print(f"ошибка: {error}", file=sys.stderr)
        return 2
    finally:
        database.close()
    print(f"{review.period.region}, {review.period.period_label}:")
    for path in paths:
        print(f"  {path}  ({path.stat().st_size // 1024} КБ)")
    print()
    print(narrative(review))
    return 0


if __name__ == "__main__":
    sys.exit(main())
