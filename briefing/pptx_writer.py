"""The review deck as a 16:9 PowerPoint file: one slide per section, native (editable) charts, the
partner map as a picture (kaleido, see map_image).

Every text box holds what fits it at its font size, measured with Arial's metrics (text_fit): body
text is at least BODY_PT, and when a text does not fit the deck shows fewer items or a shorter
text ending in «…» (the full text is in the XLSX appendix) rather than a smaller font. The one
exception is the key partners table: its eight organisations are the slide's point, so it goes down
to 14 pt (table_fit) before it leaves one out."""
from __future__ import annotations

import io

import pandas as pd

from analytics.formatting import format_int
from analytics.i18n import t
from analytics.palette import ink_on

from .deck import TOP_ON_SLIDE, ChartData, Slide, people_text, percent_text, whole_percents
from .map_image import PICTURE_PPI, map_png, picture_size
from .model import QuarterReview
from .table_fit import TablePlan, plan_table
from .text_fit import LINE_SPACING, fit_lines, height_in, width_in, wrap

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
TITLE_PT, SUBTITLE_PT, BODY_PT, NOTE_PT, CHART_PT = 30, 20, 18, 14, 16
FOOTER_NAME, NOTES_NAME = "Footer", "Footnotes"
SLIDE_W, LEFT, WIDTH = 13.333, 0.5, 12.33
FOOTER_Y, BODY_TOP = 7.0, 1.65
NUMBER_FORMATS = {"ru": "[>=1000]# ##0;0",   # 13 653 with a space, as Russian documents write it
                  "en": "#,##0"}             # 13,653
# A bar's value label starts this far from the bar's end. LibreOffice ignores c:dLbls/c:lblOffset and draws
# an outside-end label flush against the bar («▌62» read as one shape on a projector), so the gap is in
# the label's own text: two no-break spaces (≈ half a letter each at 16 pt), in PowerPoint as well.
LABEL_GAP = "\u00a0\u00a0"


LONGEST_NAME = 40   # a bar's name held to one line is cut with «…» past this many characters


def _bar_names(names, height_in: float) -> list:
    """Bar names that fit their bars' slots: when a slot is lower than two lines of the axis' type, a
    name that wrapped («United Arab / Emirates», «Объединённые Арабские / Эмираты») was taller than its
    bar, and LibreOffice then showed only every other name of the chart. Such names keep to one line
    (no-break spaces; past LONGEST_NAME characters cut at a word with «…»); roomy slots wrap as before."""
    names = [str(n) for n in names]
    slot_pt = height_in * 72 * 0.85 / max(1, len(names))
    if slot_pt >= 2 * (CHART_PT - 2) * LINE_SPACING:
        return names
    out = []
    for name in names:
        if len(name) > LONGEST_NAME:
            cut = name[:LONGEST_NAME - 1]
            name = (cut[:cut.rfind(" ")] if " " in cut else cut).rstrip(" ,;:—–-") + "…"
        out.append(name.replace(" ", "\u00a0"))
    return out


def _bare_value_axis(chart) -> None:
    """A horizontal bar chart's bars carry their numbers, so its value axis shows none and the category
    axis names every bar: in LibreOffice the value axis' «2,000 4,000 …» turned 45° over a narrow chart,
    and the country names went every other one (Kazakhstan, Armenia… left out) once «United Arab
    Emirates» wrapped. c:tickLblSkip = 1 asks for every category label."""
    from pptx.oxml.ns import qn

    chart.value_axis.has_major_gridlines = False
    chart.value_axis.visible = False
    cat = chart.category_axis._element
    for old in cat.findall(qn("c:tickLblSkip")):
        cat.remove(old)
    skip = cat.makeelement(qn("c:tickLblSkip"), {"val": "1"})
    later = [cat.find(qn(tag)) for tag in ("c:tickMarkSkip", "c:noMultiLvlLbl", "c:extLst")]
    later = [e for e in later if e is not None]
    if later:
        later[0].addprevious(skip)
    else:
        cat.append(skip)


def gapped(number_format: str) -> str:
    """`number_format` with LABEL_GAP before the number in each of its sections (conditions kept)."""
    out = []
    for section in number_format.split(";"):
        condition = section[:section.index("]") + 1] if section.startswith("[") else ""
        out.append(f'{condition}"{LABEL_GAP}"{section[len(condition):]}')
    return ";".join(out)


def _text(shape_or_frame, paragraphs, size=14, bold=False, colour=INK, space_after=6, align=None):
    """Fill a text frame: paragraphs are strings or (text, size, bold, colour) tuples."""
    from pptx.util import Pt

    from pptx.enum.text import MSO_AUTO_SIZE

    frame = shape_or_frame.text_frame if hasattr(shape_or_frame, "text_frame") else shape_or_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    first = True
    for item in paragraphs:
        runs = item if isinstance(item, list) else [(item, size, bold, colour) if isinstance(item, str) else item]
        para = frame.paragraphs[0] if first else frame.add_paragraph()
        first = False
        for text, p_size, p_bold, p_colour in runs:
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


def _box(slide, x, y, w, h, paragraphs, name: str | None = None, **kwargs):
    from pptx.util import Inches

    box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    _text(box, paragraphs, **kwargs)
    if name:
        box.name = name
    return box


def _height(lines, width: float, space_after: float) -> float:
    return height_in([(t, size, bold) for t, size, bold, _ in lines], width, space_after)


def fit_block(lines: list[tuple], width: float, height: float, space_after: float = 6,
              max_lines: int | None = None) -> tuple[list[tuple], int]:
    """The (text, size, bold, colour) paragraphs that fit a width × height box: each paragraph
    first cut to max_lines, then paragraphs taken while they fit; the first one that does not
    is cut with «…» to the lines left (if at least one is). Returns (kept, how many were dropped)."""
    kept: list[tuple] = []
    for index, (text, size, bold, colour) in enumerate(lines):
        if max_lines:
            text = fit_lines(text, size, bold, width, max_lines)
        trial = kept + [(text, size, bold, colour)]
        if _height(trial, width, space_after) <= height:
            kept = trial
            continue
        left = height - _height(kept, width, space_after) - space_after / 72
        room = int(left // (size * LINE_SPACING / 72))
        if room >= 1:
            kept.append((fit_lines(text, size, bold, width, room), size, bold, colour))
            index += 1
        return kept, len(lines) - index
    return kept, 0


HEADING_FLOORS = {TITLE_PT: 24, SUBTITLE_PT: BODY_PT, 36: 28}   # the smallest a heading may shrink to


def one_line(text: str, size: float, bold: bool, width: float) -> tuple[str, float]:
    """(text, size) for a one-line heading: the largest size down to its floor (HEADING_FLOORS) at which
    the text fits whole; only past the floor is it cut with «…». Before, a subtitle one word too long
    was cut at 20 pt (the agreements slide: «… устных договорённостей…»).

    Measured RENDER_SLACK narrower than its box, as every block is: LibreOffice draws a line a little
    wider than the advance widths say, and a subtitle measured to fit the box edge to edge wrapped in
    print, its last word over the rule under it (a quarter of few events: «Подписано документов: 1 (1 — вне
    квартала) · устных договорённостей: 1 (1 — вне / квартала)»)."""
    text = " ".join(str(text).split())
    floor = HEADING_FLOORS.get(size, size)
    narrow = width * RENDER_SLACK
    step = size
    while step >= floor:
        if len(wrap(text, step, bold, narrow)) <= 1:
            return text, step
        step -= 1
    return fit_lines(text, floor, bold, narrow, 1), floor


# LibreOffice lays a line out a little wider than the font's own advance widths say (the title slide's
# first paragraph: six lines measured, seven drawn), so a block that must not lose its end is measured
# this much narrower than its box.
RENDER_SLACK = 0.97


def whole_paragraphs(paragraphs: list[str], width: float, height: float, size: float = BODY_PT,
                     spacing: tuple[int, ...] = (10, 8, 6, 4)) -> tuple[list[tuple], int]:
    """(lines, space after) that show every paragraph whole in a width × height box: the space between
    paragraphs shrinks (10 → 4 pt) before any text is cut; only when even 4 pt is not enough is the
    last paragraph cut (fit_block). Before, the title slide's third paragraph lost its end («…»)
    while 10-pt gaps stood between the paragraphs."""
    lines = [(p, size, False, INK) for p in paragraphs]
    narrow = width * RENDER_SLACK
    for after in spacing:
        if _height(lines, narrow, after) <= height:
            return lines, after
    return fit_block(lines, narrow, height, spacing[-1])[0], spacing[-1]


def _chrome(prs_slide, deck_slide: Slide, review: QuarterReview, number: int, total: int) -> None:
    """Title, subtitle, accent rule and footer shared by every content slide."""
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches

    _box(prs_slide, LEFT, 0.3, WIDTH, 0.7, [(*one_line(deck_slide.title, TITLE_PT, True, WIDTH), True, NAVY)])
    if deck_slide.subtitle:
        _box(prs_slide, LEFT, 0.95, WIDTH, 0.5, [(*one_line(deck_slide.subtitle, SUBTITLE_PT, False, WIDTH), False, MUTED)])
    rule = prs_slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(LEFT), Inches(1.47), Inches(WIDTH), Inches(0.05))
    rule.fill.solid()
    rule.fill.fore_color.rgb = _rgb(NAVY)
    rule.line.fill.background()
    _footer(prs_slide, review, number, total, deck_slide.lang)


def _footer(prs_slide, review: QuarterReview, number: int, total: int, lang: str = "ru") -> None:
    footer = f"{review.period.region_name(lang)} · {review.period.label(lang)} · {number} / {total}"
    _box(prs_slide, LEFT, FOOTER_Y, WIDTH, 0.4, [(footer, NOTE_PT, False, MUTED)], name=FOOTER_NAME)


def _footnotes(prs_slide, notes: list[str]) -> float:
    """Footnotes just above the footer; returns where they start (the body ends above)."""
    if not notes:
        return FOOTER_Y - 0.05
    lines = [(fit_lines(n, NOTE_PT, False, WIDTH, 2), NOTE_PT, False, MUTED) for n in notes]
    height = _height(lines, WIDTH, 2) + 0.02
    top = FOOTER_Y - height
    _box(prs_slide, LEFT, top, WIDTH, height, lines, name=NOTES_NAME, space_after=2)
    return top


def _turn_small_slices_left(plot, values) -> None:
    """Turns the pie so that the slices other than the largest sit around nine o'clock: their labels
    (outside the pie, one line each) then stack down the free left side instead of crowding together
    under the chart title at the top, where two small slices (11 % and 4 %) put their labels on top of
    each other. The legend is on the right."""
    from pptx.oxml.ns import qn

    total = float(sum(v for v in values if v and v > 0))
    if total <= 0 or len(values) < 2:
        return
    biggest = max(range(len(values)), key=lambda i: values[i] or 0)
    angles, start = [], 0.0
    for v in values:
        sweep = 360.0 * max(v or 0, 0) / total
        angles.append((start, start + sweep))
        start += sweep
    others = [a for i, a in enumerate(angles) if i != biggest and a[1] > a[0]]
    if not others:
        return
    middle = (min(a[0] for a in others) + max(a[1] for a in others)) / 2
    first = round((270.0 - middle) % 360)
    pie = plot._element
    found = pie.find(qn("c:firstSliceAng"))
    if found is None:
        found = pie.makeelement(qn("c:firstSliceAng"), {})
        pie.append(found)      # after c:dLbls / c:varyColors, as the schema orders pieChart
    found.set("val", str(int(first)))


def _native_chart(prs_slide, data: ChartData, x, y, w, h, titled: bool = True, lang: str = "ru") -> None:
    """A native, editable PowerPoint chart (bar / column / pie) with one series."""
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
    from pptx.util import Inches, Pt

    number_format = NUMBER_FORMATS.get(lang, NUMBER_FORMATS["en"])
    chart_data = CategoryChartData(number_format=number_format)
    chart_data.categories = _bar_names(data.categories, h) if data.kind == "bar" else data.categories
    chart_data.add_series(data.series, data.values)
    kind = {"bar": XL_CHART_TYPE.BAR_CLUSTERED, "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
            "pie": XL_CHART_TYPE.PIE}[data.kind]
    frame = prs_slide.shapes.add_chart(kind, Inches(x), Inches(y), Inches(w), Inches(h), chart_data)
    chart = frame.chart
    chart.font.size = Pt(CHART_PT)
    chart.font.name = FONT_NAME
    chart.has_title = titled
    if titled:
        chart.chart_title.text_frame.text = data.title
        chart.chart_title.text_frame.paragraphs[0].runs[0].font.size = Pt(CHART_PT + 2)
        chart.chart_title.text_frame.paragraphs[0].runs[0].font.bold = True
    plot = chart.plots[0]
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.font.size = Pt(CHART_PT)
    labels.number_format = number_format
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
        chart.legend.font.size = Pt(CHART_PT)
        labels.show_percentage = False
        labels.show_value = True
        labels.show_category_name = False
        labels.position = XL_LABEL_POSITION.BEST_FIT
        for i, (text, percent) in enumerate(zip(data.labels, whole_percents(data.values))):
            label = series.points[i].data_label      # «≥ 11 578 чел. · 85 %»: the page's whole percents
            label.text_frame.text = f"{people_text(text, lang)} · {percent_text(percent, lang)}"
            label.text_frame.paragraphs[0].runs[0].font.size = Pt(CHART_PT)
            # a slice of a quarter or more holds its label (wrapped inside it); a thinner one puts it outside
            # on the free left, on one line: «1 500 чел. · 11 %», not three lines crowding its neighbour's
            inside = percent >= 25
            label.text_frame.word_wrap = inside
            label.position = XL_LABEL_POSITION.CENTER if inside else XL_LABEL_POSITION.OUTSIDE_END
            # a label inside its slice is written in whichever ink reads on that slice (white on the blue
            # «очно», the dark ink on orange); one outside sits on the white slide in the slide's ink
            run = label.text_frame.paragraphs[0].runs[0]
            run.font.color.rgb = _rgb(ink_on(data.colours[i]) if inside else INK)
        _turn_small_slices_left(plot, data.values)
        return
    chart.has_legend = False
    plot.gap_width = 50
    labels.position = XL_LABEL_POSITION.OUTSIDE_END
    label_format = gapped(number_format) if data.kind == "bar" else number_format
    gap = LABEL_GAP if data.kind == "bar" else ""
    labels.number_format = label_format
    chart.value_axis.has_major_gridlines = True
    chart.value_axis.tick_labels.font.size = Pt(CHART_PT - 2)
    chart.value_axis.tick_labels.number_format = number_format
    chart.value_axis.tick_labels.number_format_is_linked = False
    chart.value_axis.major_gridlines.format.line.color.rgb = _rgb("#d5dae1")
    if data.kind == "bar":
        _bare_value_axis(chart)
    chart.category_axis.tick_labels.font.size = Pt(CHART_PT - 2 if data.kind == "bar" else CHART_PT)
    if data.kind == "bar":
        chart.category_axis.reverse_order = True   # largest on top, as in the dashboard
    marked = [i for i, (value, text) in enumerate(zip(data.values, data.labels)) if text and text != format_int(value, lang)]
    if marked:
        # a point's own label gives the series its own label settings, which hide every other value
        # unless they are said again at the series' level
        own = series.data_labels
        own.show_value = True
        own.number_format = label_format
        own.number_format_is_linked = False
        own.font.size = Pt(CHART_PT)
        own.position = XL_LABEL_POSITION.OUTSIDE_END
    for i, (value, text) in enumerate(zip(data.values, data.labels)):
        if i in marked:
            # «≥ 9 143»: a lower bound (or an approximate figure) keeps its mark, as on the page and in the
            # HTML; a plain number stays linked to the cell, so an edited value relabels itself
            label = series.points[i].data_label
            label.text_frame.text = gap + text
            label.text_frame.paragraphs[0].runs[0].font.size = Pt(CHART_PT)
            label.position = XL_LABEL_POSITION.OUTSIDE_END


def _metric_grid(review: QuarterReview, lang: str, width: float | None) -> tuple[list[list[tuple]], list[float], list[float]]:
    """The six headline figures as table cells for a table `width` inches wide: figure | value (bold,
    larger) | the change against each comparison quarter that is loaded, in its colour. The column
    headings name the quarters compared, so a cell holds only «▲ +6 (+8,3 %)»; a comparison quarter
    that is not loaded gets no column (the footnote says so), and with none the figures sit in two
    halves side by side. Cells wrap to at most two lines; `width=None` makes the table as narrow as
    its texts allow on one line. Returns (rows of (text, pt, bold, colour), column widths, row heights)."""
    value_pt, pad = 20, 0.25
    compared = [(which, period) for which, period in (("previous", review.previous), ("year_ago", review.year_ago))
                if period is not None]
    heads = [t("rv_figure", lang), review.period.label(lang)] + [t("rv_against", lang, period=p.label(lang))
                                                                 for _, p in compared]

    def cells(m) -> list[tuple]:
        changes = [m.vs_previous if which == "previous" else m.vs_year_ago for which, _ in compared]
        return ([(m.label_in(lang), BODY_PT, False, INK), (m.display_in(lang), value_pt, True, INK)]
                + [(c.text(lang), BODY_PT, c.direction != "none", CHANGE_COLOURS[c.direction]) for c in changes])

    metrics = [cells(m) for m in review.metrics]
    halves = 1 if compared else 2                      # metrics side by side in one table row
    per_row = -(-len(metrics) // halves)
    rows = [sum((metrics[i + h * per_row] if i + h * per_row < len(metrics) else
                 [("", BODY_PT, False, INK)] * len(heads) for h in range(halves)), []) for i in range(per_row)]
    header = [(h, BODY_PT, True, "#ffffff") for h in heads] * halves
    value_w = max([width_in(m[1][0], value_pt, True) for m in metrics] + [width_in(heads[1], BODY_PT, True)]) + pad
    label_w = max([width_in(m[0][0], BODY_PT) for m in metrics] + [width_in(heads[0], BODY_PT, True)]) + pad
    if width is None:
        change_w = max([width_in(m[j][0], BODY_PT, True) for m in metrics for j in range(2, len(heads))]
                       + [width_in(h, BODY_PT, True) for h in heads[2:]], default=0) + pad
        width = (label_w + value_w) * halves + change_w * len(compared)
    if compared:
        change_w = max([width_in(m[j][0], BODY_PT, True) for m in metrics for j in range(2, len(heads))]
                       + [width_in(h, BODY_PT, True) for h in heads[2:]]) + pad
        change_w = min(change_w, (width - value_w - min(label_w, width * 0.3)) / len(compared))
        widths = [width - value_w - change_w * len(compared), value_w] + [change_w] * len(compared)
    else:
        widths = [width / 2 - value_w, value_w] * 2
    grid = [[(fit_lines(text, size, bold, widths[j], 2), size, bold, colour)
             for j, (text, size, bold, colour) in enumerate(row)] for row in [header] + rows]
    heights = [max(len(wrap(text, size, bold, widths[j])) * size * LINE_SPACING / 72
                   for j, (text, size, bold, _) in enumerate(row)) + 0.1 + 0.01 for row in grid]
    return grid, widths, heights


def _draw_grid(prs_slide, grid, widths, heights, x: float, y: float, name: str) -> None:
    from pptx.util import Inches, Pt

    shape = prs_slide.shapes.add_table(len(grid), len(widths), Inches(x), Inches(y), Inches(sum(widths)),
                                       Inches(sum(heights)))
    shape.name = name
    table = shape.table
    for j, width in enumerate(widths):
        table.columns[j].width = Inches(width)
    for i, (row, row_h) in enumerate(zip(grid, heights)):
        table.rows[i].height = Inches(row_h)
        for j, (text, size, bold, colour) in enumerate(row):
            cell = table.cell(i, j)
            cell.text = text
            cell.text_frame.word_wrap = True
            if text:
                run = cell.text_frame.paragraphs[0].runs[0]
                run.font.size, run.font.bold, run.font.name = Pt(size), bold, FONT_NAME
                run.font.color.rgb = _rgb(colour)
            cell.fill.solid()
            cell.fill.fore_color.rgb = _rgb(NAVY if i == 0 else ("#ffffff" if i % 2 else "#eef2f7"))


def _table(prs_slide, frame: pd.DataFrame, x, y, w, max_height, widths: list[float], size: int = BODY_PT,
           max_lines: int = 2) -> int:
    """A table of as many rows of frame as fit max_height at `size` pt, each cell cut to max_lines
    with «…»; row heights are set from the measured lines. Returns how many rows it shows."""
    from pptx.util import Inches, Pt

    def row_height(texts, bold):
        lines = max(len(wrap(t, size, bold, widths[j])) for j, t in enumerate(texts))
        return lines * size * LINE_SPACING / 72 + 0.1 + 0.02

    header = [fit_lines(str(c), size, True, widths[j], 1) for j, c in enumerate(frame.columns)]
    rows, heights = [], [row_height(header, True)]
    for values in frame.itertuples(index=False):
        texts = [fit_lines(str(v), size, False, widths[j], max_lines) for j, v in enumerate(values)]
        height = row_height(texts, False)
        if sum(heights) + height > max_height:
            break
        rows.append(texts)
        heights.append(height)
    shape = prs_slide.shapes.add_table(len(rows) + 1, len(frame.columns), Inches(x), Inches(y), Inches(w),
                                       Inches(sum(heights)))
    table = shape.table
    for j, width in enumerate(widths):
        table.columns[j].width = Inches(width)
    for i, height in enumerate(heights):
        table.rows[i].height = Inches(height)
    for i, texts in enumerate([header] + rows):
        for j, text in enumerate(texts):
            cell = table.cell(i, j)
            cell.text = text
            cell.text_frame.word_wrap = True
            paragraph = cell.text_frame.paragraphs[0]
            run = paragraph.runs[0] if paragraph.runs else paragraph.add_run()   # an empty cell has no run
            run.font.size, run.font.bold, run.font.name = Pt(size), i == 0, FONT_NAME
            run.font.color.rgb = _rgb("#ffffff" if i == 0 else INK)
            cell.fill.solid()
            cell.fill.fore_color.rgb = _rgb(NAVY if i == 0 else ("#ffffff" if i % 2 else "#eef2f7"))
    return len(rows)


def _draw_plan(prs_slide, plan: TablePlan, x: float, y: float, name: str) -> None:
    """A table drawn as table_fit planned it: header row in white on navy, banded rows."""
    from pptx.util import Inches, Pt

    shape = prs_slide.shapes.add_table(plan.shown + 1, len(plan.widths), Inches(x), Inches(y),
                                       Inches(sum(plan.widths)), Inches(plan.height))
    shape.name = name
    table = shape.table
    for j, width in enumerate(plan.widths):
        table.columns[j].width = Inches(width)
    for i, height in enumerate(plan.heights):
        table.rows[i].height = Inches(height)
    for i, texts in enumerate([plan.header] + plan.rows):
        for j, text in enumerate(texts):
            cell = table.cell(i, j)
            cell.text = text
            cell.text_frame.word_wrap = True
            paragraph = cell.text_frame.paragraphs[0]
            run = paragraph.runs[0] if paragraph.runs else paragraph.add_run()   # an empty cell has no run
            run.font.size, run.font.bold, run.font.name = Pt(plan.size), i == 0, FONT_NAME
            run.font.color.rgb = _rgb("#ffffff" if i == 0 else INK)
            cell.fill.solid()
            cell.fill.fore_color.rgb = _rgb(NAVY if i == 0 else ("#ffffff" if i % 2 else "#eef2f7"))


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
            _box(s, 0.6, 0.45, 12.1, 0.9, [(*one_line(item.title, 36, True, 12.1), True, NAVY)])
            _box(s, 0.6, 1.3, 12.1, 0.5, [(*one_line(item.subtitle, SUBTITLE_PT, False, 12.1), False, MUTED)])
            top = 1.9      # just under the subtitle's line
            lines, after = whole_paragraphs(item.paragraphs, 12.1, FOOTER_Y - top - 0.05)
            _box(s, 0.6, top, 12.1, FOOTER_Y - top - 0.05, lines, space_after=after)
            _footer(s, review, number, total, item.lang)
            s.notes_slide.notes_text_frame.text = "\n\n".join(item.paragraphs)
            continue
        _chrome(s, item, review, number, total)
        notes = [f for f in item.footnotes if f]
        body = _Body(s, item, review, notes)
        body.draw()
        _footnotes(s, body.notes)
    buffer = io.BytesIO()
    prs.save(buffer)
    return buffer.getvalue()




class _Body:
    """The part of a content slide between the rule and the footnotes; draws what fits and adds a
    footnote when something had to stay in the XLSX appendix."""

    def __init__(self, prs_slide, item: Slide, review: QuarterReview, notes: list[str]):
        self.s, self.item, self.review, self.notes = prs_slide, item, review, list(notes)

    def bottom(self, reserve: bool = True) -> float:
        """Where the body must end: above the footnotes (and, with reserve, one more footnote line)."""
        lines = [(fit_lines(n, NOTE_PT, False, WIDTH, 2), NOTE_PT, False, MUTED)
                 for n in self.notes + (["…"] if reserve else [])]
        return FOOTER_Y - _height(lines, WIDTH, 2) - 0.1

    def draw(self) -> None:
        item, s = self.item, self.s
        if item.key == "headline":
            self._headline()
        elif item.says_missing:
            lines = [(text, BODY_PT, False, INK) for _, text in item.items]
            _box(s, LEFT, BODY_TOP, WIDTH, self.bottom() - BODY_TOP, fit_block(lines, WIDTH, self.bottom() - BODY_TOP, 8)[0],
                 name="Missing")
        elif item.charts:
            self._charts()
        elif item.key == "agreements":
            self._agreements()
        elif item.key == "top_events" and item.table is not None and len(item.table):
            self._top_events()
        elif item.key == "key_partners" and item.table is not None and len(item.table):
            self._key_partners()
        elif item.key == "closing":
            lines = []
            for head, text in item.items:
                lines += [(head, BODY_PT, True, NAVY), (text, 20, False, INK)]
            kept, dropped = fit_block(lines, WIDTH, self.bottom() - 1.7, 8)
            _box(s, LEFT, 1.7, WIDTH, self.bottom() - 1.7, kept, space_after=8)

    def _key_partners(self) -> None:
        """Every key partner on the slide (table_fit: measured widths, 18 pt down to 14 pt, names cut
        to two lines at most); a footnote only for rows that still do not fit. The slide notes list
        every row in full, for the presenter."""
        item = self.item
        header = [str(c) for c in item.table.columns]
        rows = [[str(v) for v in row] for row in item.table.itertuples(index=False)]
        plan = plan_table(header, rows, WIDTH, self.bottom(reserve=False) - BODY_TOP)
        if plan.shown < len(rows):
            plan = plan_table(header, rows, WIDTH, self.bottom() - BODY_TOP)
            self.notes.append(t("rv_kp_not_fitted", item.lang, shown=plan.shown, n=len(rows)))
        _draw_plan(self.s, plan, LEFT, BODY_TOP, "Key partners")
        self.s.notes_slide.notes_text_frame.text = "\n".join(
            [item.title] + [f"{i}. " + " · ".join(v for v in row if v) for i, row in enumerate(rows, start=1)])

    def _top_events(self) -> None:
        """The biggest events (at most TOP_ON_SLIDE) as table_fit plans them, the title the long column:
        widths measured from the cells, 18 pt down to 14 pt, titles cut to two lines at most. At fixed
        widths ([0.75, 4.0, 2.0, 1.9, 1.9, 1.78] in) the titles were cut to 4 in while «Участники» kept
        1.9 in for «1 761», and the sample's slide showed six of ten events."""
        item = self.item
        frame = item.table.head(TOP_ON_SLIDE)
        header = [str(c) for c in frame.columns]
        rows = [[str(v) for v in row] for row in frame.itertuples(index=False)]
        plan = plan_table(header, rows, WIDTH, self.bottom() - BODY_TOP, sizes=(BODY_PT,), long=1)
        _draw_plan(self.s, plan, LEFT, BODY_TOP, "Biggest events")
        if plan.shown < len(item.table):
            self.notes.append(t("rv_not_fitted_events", item.lang, shown=plan.shown, n=len(item.table)))

    def _headline(self) -> None:
        """The figures table and every partner line («Мероприятия в отчёте и в квартале», «Новые
        партнёры», «Без мероприятий два квартала и более») at BODY_PT. Two layouts are measured: the
        table across the slide with the lines under it, and the table on the left with the lines in a
        column on its right (for long partner lists); the first that shows every line whole is drawn,
        else the one that shows more, with what was cut with «…» named in a footnote."""
        item, s, lang = self.item, self.s, self.item.lang
        items = [(f"{h}: {text}", BODY_PT, False, INK) for h, text in item.items]

        def layout(side: bool, bottom: float, table_w: float | None = WIDTH):
            grid, widths, heights = _metric_grid(self.review, lang, table_w)
            table_w = sum(widths)
            if side:
                box = (LEFT + table_w + 0.25, BODY_TOP, WIDTH - table_w - 0.25, bottom - BODY_TOP)
            else:
                top = BODY_TOP + sum(heights) + 0.15
                box = (LEFT, top, WIDTH, bottom - top)
            lines, dropped = (fit_block(items, box[2], box[3], 4, max_lines=8) if box[2] > 2.5 and box[3] > 0
                              else ([], len(items)))
            cut = [h for (h, _), (text, *_rest) in zip(item.items, lines) if text.endswith("…")]
            cut += [h for h, _ in item.items[len(item.items) - dropped:]] if dropped else []
            fits = BODY_TOP + sum(heights) <= bottom and table_w <= WIDTH + 0.01
            return (not fits, len(cut), side), (grid, widths, heights, box, lines, cut)

        for bottom in (self.bottom(reserve=False), self.bottom()):
            score, best = min((layout(False, bottom), layout(True, bottom, None), layout(True, bottom, WIDTH * 0.6)),
                              key=lambda option: option[0])
            if not best[5]:
                break
        grid, widths, heights, box, lines, cut = best
        _draw_grid(s, grid, widths, heights, LEFT, BODY_TOP, "Headline figures")
        if lines:
            _box(s, *box, lines, space_after=4, name="Partner lines")
        if cut:
            self.notes.append(t("rv_not_fitted_items", lang, names="; ".join(dict.fromkeys(cut)), sheet=item.sheet))

    def _charts(self) -> None:
        item = self.item
        charts = [c for c in item.charts if c.values]
        mapped = item.key == "countries" and len(self.review.countries) > 0
        panels = len(charts) + mapped
        if not panels:
            return
        width = (WIDTH - 0.3 * (panels - 1)) / panels
        height = self.bottom() - BODY_TOP
        # the picture shaped to the shown geography inside its box (map_image.picture_size), not 900 × 500
        size = picture_size(self.review, width, height) if mapped else None
        picture = map_png(self.review, item.lang, *size) if mapped else None
        if mapped and picture is None:       # not drawn here: the charts take the whole width, as before
            panels = len(charts)
            if not panels:
                return
            width = (WIDTH - 0.3 * (panels - 1)) / panels
        for i, data in enumerate(charts):
            _native_chart(self.s, data, LEFT + i * (width + 0.3), BODY_TOP, width, height, titled=len(item.charts) > 1,
                          lang=item.lang)
        if picture is not None:
            from pptx.util import Inches

            image_w, image_h = size[0] / PICTURE_PPI, size[1] / PICTURE_PPI
            x = LEFT + len(charts) * (width + 0.3) + (width - image_w) / 2
            shape = self.s.shapes.add_picture(io.BytesIO(picture), Inches(x), Inches(BODY_TOP + (height - image_h) / 2),
                                              Inches(image_w), Inches(image_h))
            shape.name = "Partner map"

    def _agreements(self) -> None:
        item = self.item
        width, missing = 6.0, 0
        for c, (heading, entries) in enumerate(item.columns):
            height = self.bottom() - BODY_TOP
            lines = [(heading, SUBTITLE_PT, True, INK)]
            for head, text in entries:
                meta, _, body = text.partition("\n")
                entry = [(fit_lines(head, BODY_PT, True, width, 2), BODY_PT, True, NAVY),
                         (fit_lines(meta, BODY_PT, False, width, 1), BODY_PT, False, MUTED)]
                if body:
                    entry.append((fit_lines(body, BODY_PT, False, width, 3), BODY_PT, False, INK))
                if _height(lines + entry, width, 3) > height:
                    missing += 1
                    continue
                lines += entry
            if len(lines) == 1:
                lines.append((t("rv_none", item.lang), BODY_PT, False, MUTED))
            _box(self.s, LEFT + c * 6.33, BODY_TOP, width, height, lines, space_after=3)
        if missing:
            self.notes.append(t("rv_not_fitted_agreements", item.lang, n=missing))
