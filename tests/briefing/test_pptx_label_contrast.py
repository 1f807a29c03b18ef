"""Every number a PPTX chart draws is readable on what it is drawn on, by the WCAG contrast ratio
(4.5:1 for text of normal size): a label inside its bar or slice against that point's fill, a label
outside against the white slide.

Seen rendering the sample deck through LibreOffice (uxqa27): the format pie's «≥ 11 578 чел. · 85 %»
sat inside the blue «очно» slice in the chart's default black — 3.3:1 (white gives 6.4:1). The HTML
briefing had been fixed for this (tests/browser/test_briefing_bar_numbers_contrast.py); the PPTX had
not been checked. The test reads the chart XML (python-pptx), resolving each label's position and
colour the way PowerPoint inherits them (point label → series labels → plot labels → chart text).
Cases: the sample deck in both languages, and pies whose big slice is blue, orange, green, red or
pale, with one, two or no slice large enough to hold its label (the small ones stay outside, dark)."""
from __future__ import annotations

import io

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from analytics.palette import READABLE_CONTRAST, contrast_ratio
from briefing.deck import ChartData
from briefing.pptx_writer import _native_chart

SLIDE = "#ffffff"
INSIDE = {"ctr", "inEnd", "inBase"}
OUTSIDE = {"outEnd", "l", "r", "t", "b"}


def _colour_in(element) -> str | None:
    """The first solid RGB text fill under a label's rich text or text properties."""
    if element is None:
        return None
    for holder in (element.find(qn("c:tx")), element.find(qn("c:txPr"))):
        if holder is None:
            continue
        for rpr in list(holder.iter(qn("a:rPr"))) + list(holder.iter(qn("a:defRPr"))):
            fill = rpr.find(qn("a:solidFill"))
            if fill is not None and fill.find(qn("a:srgbClr")) is not None:
                return "#" + fill.find(qn("a:srgbClr")).get("val")
    return None


def _position_in(element) -> str | None:
    found = None if element is None else element.find(qn("c:dLblPos"))
    return None if found is None else found.get("val")


def drawn_labels(chart) -> list[dict]:
    """Each shown data label of a chart: its text colour, position and the fill of its point."""
    space = chart._chartSpace
    chart_colour = _colour_in(space) or "#000000"
    out = []
    for plot in space.iter():
        if not plot.tag.endswith("Chart") or plot.tag == qn("c:chart"):
            continue
        default_position = "bestFit" if plot.tag in (qn("c:pieChart"), qn("c:doughnutChart")) else None
        plot_labels = plot.find(qn("c:dLbls"))
        for ser in plot.findall(qn("c:ser")):
            fills = {}
            for dpt in ser.findall(qn("c:dPt")):
                srgb = dpt.find(f"{qn('c:spPr')}/{qn('a:solidFill')}/{qn('a:srgbClr')}")
                if srgb is not None:
                    fills[int(dpt.find(qn("c:idx")).get("val"))] = "#" + srgb.get("val")
            ser_labels = ser.find(qn("c:dLbls"))
            own = {} if ser_labels is None else {int(d.find(qn("c:idx")).get("val")): d
                                                 for d in ser_labels.findall(qn("c:dLbl"))}
            count = len(ser.findall(f"{qn('c:val')}//{qn('c:pt')}"))
            for i in range(count):
                chain = [own.get(i), ser_labels, plot_labels]
                position = next((p for p in map(_position_in, chain) if p), default_position)
                colour = next((c for c in map(_colour_in, chain) if c), chart_colour)
                out.append({"index": i, "position": position, "colour": colour, "fill": fills.get(i),
                            "text": own[i].findtext(f".//{qn('a:t')}") if i in own else None})
    return out


def unreadable(labels: list[dict]) -> list[str]:
    """Labels whose ink is below READABLE_CONTRAST on what they are (or may be) drawn on."""
    bad = []
    for label in labels:
        grounds = []
        if label["position"] not in OUTSIDE:          # inside, or placed by the renderer («best fit»)
            grounds.append(("its fill", label["fill"] or SLIDE))
        if label["position"] not in INSIDE:
            grounds.append(("the slide", SLIDE))
        for name, ground in grounds:
            ratio = contrast_ratio(label["colour"], ground)
            if ratio < READABLE_CONTRAST:
                bad.append(f"label {label['index']} {label['text']!r} at {label['position']}: {label['colour']} "
                           f"on {name} {ground} is {ratio:.1f}:1")
    return bad


def _pie(values: list[int], colours: list[str], lang: str = "ru"):
    names = [f"вид {i}" for i in range(len(values))]
    data = ChartData(key="format", kind="pie", title="SYNTHETIC: участники по формату", series="чел.",
                     categories=names, values=values, colours=colours, keys=names,
                     labels=[str(v) for v in values])
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    _native_chart(slide, data, 0.5, 0.5, 6, 4, lang=lang)
    return [s.chart for s in slide.shapes if s.has_chart][0]


BLUE, ORANGE, GREEN, RED, PALE, NAVY = "#1f5fa8", "#ff7f0e", "#2ca02c", "#c8313e", "#fdb462", "#393b79"
PIES = [pytest.param([11578, 1500, 575], [BLUE, ORANGE, GREEN], id="sample_format_blue_85"),
        pytest.param([300, 5000, 200], [BLUE, ORANGE, GREEN], id="orange_dominant"),
        pytest.param([100, 200, 4000], [BLUE, ORANGE, GREEN], id="green_dominant"),
        pytest.param([55, 30, 15], [RED, PALE, NAVY], id="two_thick_red_and_pale"),
        pytest.param([40, 35, 25], [NAVY, BLUE, PALE], id="three_thick"),
        pytest.param([20, 20, 20, 20, 20], [BLUE, ORANGE, GREEN, RED, PALE], id="five_thin_all_outside")]


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("values, colours", PIES)
def test_pie_labels_read_on_their_slices(values, colours, lang):
    labels = drawn_labels(_pie(values, colours, lang))
    assert len(labels) == len(values)
    assert not unreadable(labels), unreadable(labels)


def test_a_label_outside_its_slice_keeps_the_dark_ink():
    """The rule must not fire outside: a thin slice's label on the white slide stays dark, even when
    its slice is dark (white there would vanish)."""
    labels = drawn_labels(_pie([90, 6, 4], [PALE, NAVY, BLUE]))
    outside = [label for label in labels if label["position"] in OUTSIDE]
    assert len(outside) == 2
    assert all(contrast_ratio(label["colour"], SLIDE) >= 10 for label in outside), outside


def test_the_checker_sees_default_black_on_a_blue_slice():
    """The checker itself: a label inside a blue slice with no colour of its own inherits black."""
    chart = _pie([80, 20], [BLUE, PALE])
    for fill in list(chart._chartSpace.iter(qn("a:solidFill"))):
        if fill.getparent().tag == qn("a:rPr"):
            fill.getparent().remove(fill)
    assert any("on its fill" in problem for problem in unreadable(drawn_labels(chart)))


@pytest.fixture(scope="module", params=["ru", "en"])
def sample_deck(request, sample_con):
    from briefing.deck import slides
    from briefing.model import build_review
    from briefing.pptx_writer import pptx_bytes

    review = build_review(sample_con, 2024, 4)
    return Presentation(io.BytesIO(pptx_bytes(review, slides(review, lang=request.param))))


def test_every_chart_label_in_the_sample_deck_is_readable(sample_deck):
    charts = [shape.chart for slide in sample_deck.slides for shape in slide.shapes if shape.has_chart]
    labels = [label for chart in charts for label in drawn_labels(chart)]
    assert len(charts) >= 4 and len(labels) >= 30
    assert not unreadable(labels), unreadable(labels)
