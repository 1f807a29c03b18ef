"""The review deck as a 16:9 PowerPoint file: one slide per section, native (editable) charts."""
from __future__ import annotations

import io

import pandas as pd

from .deck import TOP_ON_SLIDE, ChartData, Slide, change_line, shorten
from .model import QuarterReview

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
                    lines.append((shorten(head.split(": ", 1)[-1], 120), 13, True, NAVY))
                    lines.append((meta, 11, False, MUTED))
                    if body:
                        lines.append((shorten(body, 220), 12, False, INK))
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


