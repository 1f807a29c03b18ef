"""The review deck as one self-contained HTML file: plotly.js and the world geometry inline, no URL
anywhere, so it opens offline; prints one slide per A4 landscape page."""
from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path

from analytics.i18n import t

from .deck import Slide, change_line, figures, shorten, single_line_labels
from .model import QuarterReview

ROOT = Path(__file__).resolve().parent.parent
TOPOJSON_WORLD = ROOT / "static" / "topojson" / "world_110m.json"
FONT_FAMILY = 'Arial, "Liberation Sans", sans-serif'      # the page's font, used by the charts too
# A4 landscape slide: 194 mm ≈ 733 px; minus padding, heading and two footnote lines ≈ 500 px for charts.
CHART_HEIGHT = 470

_URL = re.compile(r"(?i)\b(https?):(?=//)")

CSS = """
:root { --ink:#111827; --muted:#4b5563; --navy:#1f3a5f; --up:#15803d; --down:#b91c1c; --card:#f3f6fa;
        /* the smallest type on a slide (footnotes, sources, page numbers, an agreement's date line): a slide
           prints 1:1 on A4 landscape (281 mm of 96-px CSS), so 13 px is 9.75 pt on paper; the footnotes were
           12 px (9 pt) and the page numbers 11 px (8.25 pt), under the 9 pt leadership reads (uxqa29) */
        --smallest: 13px; }
* { box-sizing: border-box; }
body { margin: 0; background: #e5e7eb; color: var(--ink); font-family: Arial, "Liberation Sans", sans-serif; }
.toolbar { position: sticky; top: 0; z-index: 5; background: var(--navy); color: #fff; padding: 8px 16px;
           font-size: 15px; display: flex; gap: 16px; align-items: center; }
.toolbar button { font-size: 15px; padding: 4px 12px; cursor: pointer; }
.slide { width: 281mm; height: 194mm; margin: 14px auto; background: #fff; padding: 9mm 11mm 9mm;
         box-shadow: 0 2px 10px rgba(0,0,0,.18); position: relative; overflow: hidden;
         display: flex; flex-direction: column;
         page-break-after: always; break-after: page; break-inside: avoid; }
.slide > .content { flex: 1 1 auto; min-height: 0; }
.clamp2, .clamp3 { display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden; }
.clamp2 { -webkit-line-clamp: 2; } .clamp3 { -webkit-line-clamp: 3; }
.slide h1 { margin: 0; font-size: 27px; color: var(--navy); }
.slide .subtitle { margin: 4px 0 8px; font-size: 16px; color: var(--muted); border-bottom: 3px solid var(--navy);
                   padding-bottom: 6px; }
.slide.title h1 { font-size: 34px; margin-top: 6mm; }
.slide.title .subtitle { font-size: 20px; }
.narrative p { font-size: 19px; line-height: 1.5; margin: 0 0 14px; }
.agreement-columns { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
.agreement-columns h2 { font-size: 18px; margin: 2px 0 6px; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; }
.card { background: var(--card); border: 1px solid #c7d2e0; border-radius: 8px; padding: 12px 16px; min-height: 46mm; }
.card .label { font-size: 17px; color: var(--muted); }
.card .value { font-size: 46px; font-weight: 700; margin: 2px 0 4px; }
.card .chg { font-size: 15px; color: var(--muted); }
.chg.up { color: var(--up); font-weight: 600; } .chg.down { color: var(--down); font-weight: 600; }
.chg.same { color: var(--muted); font-weight: 600; }
.items { margin-top: 12px; font-size: 16px; }
.items p { margin: 3px 0; }
/* a grid of as many columns as the slide has charts, known before any chart is drawn: each chart's
   script runs right after its own div, and in a flex row the first one took the whole width (the
   second was not there yet), so plotly drew it twice as wide as its half and the second covered it */
.charts { display: grid; gap: 10px; grid-template-columns: repeat(var(--charts, 1), minmax(0, 1fr)); }
.charts > div { min-width: 0; }
.agreement { margin: 0 0 8px; }
.agreement .head { font-weight: 700; color: var(--navy); font-size: 15px; }
.agreement .meta { color: var(--muted); font-size: var(--smallest); }
.agreement .body { font-size: 13px; }
table.top { border-collapse: collapse; width: 100%; font-size: 12.5px; table-layout: fixed; }
table.top th { background: var(--navy); color: #fff; text-align: left; padding: 4px 6px; }
table.top td { padding: 3px 6px; border-bottom: 1px solid #d5dae1; vertical-align: top; }
table.top tr:nth-child(even) td { background: #eef2f7; }
.closing p { font-size: 20px; } .closing h3 { color: var(--navy); margin: 12px 0 4px; }
.footnotes { flex: 0 0 auto; margin-top: 6px; font-size: var(--smallest); color: var(--muted); }
.footnotes p { margin: 2px 0; }
.pageno { position: absolute; right: 11mm; bottom: 3mm; font-size: var(--smallest); color: var(--muted); }
@page { size: A4 landscape; margin: 8mm; }
@media print {
  body { background: #fff; }
  .toolbar { display: none; }
  /* a chart's toolbar (plotly's modebar: zoom, pan, download) is for the screen: printed, it was a row of
     grey icons over every chart's top right corner, on every page (uxqa23) */
  .modebar-container, .modebar { display: none !important; }
  /* the slide's colours are content (a table's navy header band under white words, the cards' tint, the
     up/down colours): Chromium's print dialog leaves «Background graphics» off, and the header row printed
     as pale grey words on white (uxqa26); exact keeps them on every printer setting */
  .slide { margin: 0; box-shadow: none; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
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
    # no «Share chart...» button: it would send the data to chart-studio, and the file names no URL
    config.update(responsive=True, displaylogo=False, showSendToCloud=False, showEditInChartStudio=False)
    fragment = pio.to_html(fig, full_html=False, include_plotlyjs=False, config=config, div_id=div_id,
                           default_width="100%", default_height=f"{height}px")
    return neutralise_urls_js(fragment)


TABLE_PT = 12.5 * 0.75        # table.top's 12.5-px type in points (CSS: 96 px and 72 pt an inch)
TABLE_PAD_IN = 12 / 96 + 0.02   # a cell's 6-px padding left and right, and a hair


def column_widths(header: list[str], rows: list[list[str]]) -> list[float | None]:
    """Printed widths (inches) of a slide table's columns: each short column (dates, a sector, a count,
    countries) as narrow as shows every cell of it on two lines at most and its header's words whole;
    the table's text (the column whose middle cell is longest: an event's title, a partner's name)
    gets None — the rest of the width (table-layout: fixed). Measured with the deck's Arial metrics.

    The browser's own layout gave a column room in proportion to its longest text, so beside the
    titles «26–27 сентября 2024» had ~55 px and printed «26–27 / сентября…», the year cut (uxqa17)."""
    from .text_fit import width_in, wrap

    if not rows:
        return [None] * len(header)
    middle = [sorted(len(r[j]) for r in rows)[len(rows) // 2] for j in range(len(header))]
    text = max(range(len(header)), key=lambda j: middle[j])
    widths: list[float | None] = []
    for j, name in enumerate(header):
        if j == text:
            widths.append(None)
            continue
        cells = [r[j] for r in rows]
        least = max([width_in(w, TABLE_PT, True) for w in name.split()] +
                    [width_in(w, TABLE_PT) for c in cells for w in c.split()] + [0.1])
        most = max([width_in(c, TABLE_PT) for c in cells] + [width_in(name, TABLE_PT, True)])
        width = least
        while width < most and any(len(wrap(c, TABLE_PT, False, width + 0.2)) > 2 for c in cells):
            width += 0.05                  # (wrap's frame keeps 0.1 in each side; the cell's padding is apart)
        widths.append(round(width + TABLE_PAD_IN, 2))
    return widths


def _slide_html(item: Slide, review: QuarterReview, number: int, total: int) -> str:
    lang = item.lang
    parts = [f'<section class="slide {item.key}" id="slide-{number}" data-key="{item.key}">',
             f"<h1>{_esc(item.title)}</h1>"]
    if item.subtitle:
        parts.append(f'<div class="subtitle">{_esc(item.subtitle)}</div>')
    parts.append('<div class="content">')
    if item.key == "title":
        parts.append('<div class="narrative">' + "".join(f"<p>{_esc(p)}</p>" for p in item.paragraphs) + "</div>")
    elif item.key == "headline":
        cards = []
        for m in review.metrics:
            rows = "".join(f'<div class="chg {d}">{_esc(text)}</div>'
                           for text, d in (change_line(m, "previous", lang), change_line(m, "year_ago", lang)))
            cards.append(f'<div class="card" data-metric="{m.key}"><div class="label">{_esc(m.label_in(lang))}</div>'
                         f'<div class="value">{_esc(m.display_in(lang))}</div>{rows}</div>')
        parts.append('<div class="cards">' + "".join(cards) + "</div>")
        parts.append('<div class="items">' + "".join(f"<p><b>{_esc(h)}:</b> {_esc(text)}</p>" for h, text in item.items)
                     + "</div>")
    elif item.says_missing:
        parts.append('<div class="items missing">' + "".join(f"<p>{_esc(text)}</p>" for _, text in item.items) + "</div>")
    elif item.key in ("sectors", "countries", "months", "attendance"):
        # one line per bar label, as on the screen's slides: 14 bars in a printed chart leave each bar
        # ~30 px, and a two-line label («Молодёжь и патриотическое / воспитание») ran into the next one
        figs = [(single_line_labels(fig), config) for fig, config in figures(item, review, family=FONT_FAMILY)]
        height = CHART_HEIGHT
        divs = [f"<div>{_figure_html(fig, config, f'chart-{number}-{i}', height)}</div>"
                for i, (fig, config) in enumerate(figs)]
        parts.append(f'<div class="charts" style="--charts: {len(divs)}">' + "".join(divs) + "</div>")
    elif item.key == "agreements":
        parts.append('<div class="agreement-columns">')
        for heading, entries in item.columns:
            parts.append(f"<div><h2>{_esc(heading)}</h2>")
            for head, text in entries or [("", t("rv_none", lang))]:
                meta, _, body = text.partition("\n")
                parts.append(f'<div class="agreement"><div class="head clamp2">'
                             f'{_esc(shorten(head, 170))}</div><div class="meta">{_esc(meta)}</div>'
                             f'<div class="body clamp3">{_esc(shorten(body, 330))}</div></div>')
            parts.append("</div>")
        parts.append("</div>")
    elif item.key in ("top_events", "key_partners") and item.table is not None and len(item.table):
        head = "".join(f"<th>{_esc(c)}</th>" for c in item.table.columns)
        rows = "".join("<tr>" + "".join(f'<td><div class="clamp2">{_esc(v)}</div></td>' for v in row) + "</tr>"
                       for row in item.table.itertuples(index=False))
        cols = "".join(f'<col style="width: {w:.2f}in">' if w else "<col>" for w in column_widths(
            [str(c) for c in item.table.columns], [[str(v) for v in row] for row in item.table.itertuples(index=False)]))
        parts.append(f'<table class="top" data-key="{item.key}"><colgroup>{cols}</colgroup>'
                     f'<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>')
    elif item.key == "closing":
        parts.append('<div class="closing">' + "".join(f"<h3>{_esc(h)}</h3><p>{_esc(t)}</p>" for h, t in item.items)
                     + "</div>")
    parts.append("</div>")
    notes = [n for n in item.footnotes if n]
    if notes:
        parts.append('<div class="footnotes">' + "".join(f"<p>{_esc(n)}</p>" for n in notes) + "</div>")
    parts.append(f'<div class="pageno">{_esc(review.period.region_name(lang))} · {_esc(review.period.label(lang))} · '
                 f"{number} / {total}</div></section>")
    return "\n".join(parts)


def html_text(review: QuarterReview, deck: list[Slide]) -> str:
    """One self-contained page: every slide, plotly.js and the map geometry inline, print CSS."""
    lang = deck[0].lang if deck else "ru"
    title = f"{deck[0].title} · {review.period.label(lang)}"
    body = "\n".join(_slide_html(item, review, i, len(deck)) for i, item in enumerate(deck, start=1))
    geo = f"window.PlotlyGeoAssets = {{topojson: {{world_110m: {world_topojson()}}}}};"
    document = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(title)}</title>
<style>{CSS}</style>
<script>{geo}</script>
<script>{plotly_js()}</script>
</head>
<body>
<div class="toolbar"><b>{_esc(title)}</b><span>{_esc(t("rv_html_slides", lang, n=len(deck)))}</span>
<button type="button" data-action="print">{_esc(t("rv_html_print", lang))}</button></div>
{body}
<script>{SCRIPT}</script>
</body>
</html>
"""
    return neutralise_urls_js(document)


# ================================================================== XLSX

