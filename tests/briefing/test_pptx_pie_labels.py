"""PPTX pie labels do not crowd: the slices other than the largest are turned to the free left side
(the legend is on the right, the title on top), a thin slice's label sits outside on one line, and a
slice of a quarter or more holds its own label. Rendered by LibreOffice, the format pie once wrapped
«1 500 чел. · 11 %» over three lines right against «575 чел. · 4 %» under the chart title."""
from __future__ import annotations

import pytest
from pptx import Presentation
from pptx.enum.chart import XL_LABEL_POSITION
from pptx.oxml.ns import qn

from briefing.deck import ChartData, whole_percents
from briefing.pptx_writer import _native_chart


def _pie(values: list[int], lang: str = "ru"):
    names = [f"вид {i}" for i in range(len(values))]
    data = ChartData(key="format", kind="pie", title="Участники по формату", series="чел.", categories=names,
                     values=values, colours=["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"][:len(values)],
                     keys=names, labels=[str(v) for v in values])
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    _native_chart(slide, data, 0.5, 0.5, 6, 4, lang=lang)
    return [s.chart for s in slide.shapes if s.has_chart][0]


def _minor_middle(values: list[int], first: float) -> float:
    """Clockwise angle from twelve o'clock of the middle of the non-largest slices, as drawn."""
    total, start, spans = sum(values), first, []
    biggest = max(range(len(values)), key=values.__getitem__)
    for i, v in enumerate(values):
        sweep = 360 * v / total
        if i != biggest:
            spans.append((start, start + sweep))
        start += sweep
    return ((min(a for a, _ in spans) + max(b for _, b in spans)) / 2) % 360


CASES = [pytest.param([11578, 1500, 575], id="sample_format_85_11_4"),
         pytest.param([575, 1500, 11578], id="largest_last"),
         pytest.param([40, 900, 60], id="largest_in_the_middle"),
         pytest.param([55, 30, 15], id="two_thick_slices"),
         pytest.param([1, 1, 98], id="two_slivers"),
         pytest.param([70, 10, 8, 7, 5], id="five_slices")]


@pytest.mark.parametrize("values", CASES)
def test_small_slices_turn_left_and_their_labels_stay_on_one_line(values):
    chart = _pie(values)
    first = float(chart.plots[0]._element.find(qn("c:firstSliceAng")).get("val"))
    middle = _minor_middle(values, first)
    assert 225 <= middle <= 315, f"the small slices' middle at {middle:.0f}° (nine o'clock is 270°)"
    for point, percent in zip(chart.plots[0].series[0].points, whole_percents(values)):
        label = point.data_label
        if percent >= 25:
            assert label.position == XL_LABEL_POSITION.CENTER
        else:
            assert label.position == XL_LABEL_POSITION.OUTSIDE_END
            assert label.text_frame.word_wrap is False, f"{label.text_frame.text} may wrap"
