"""A chart whose height grows with the data prints readably and whole (uxqa30).

Seen printing the dynamics page on A4 at 1366×768 (pdftoppm's pictures): the timeline — one row per event,
2,384 px for the sample's 78 — ran over sheets 2 and 3 cut wherever a sheet ended, one bar split between
them, and its date axis, drawn once at the top, was on sheet 2 only: the rows of sheet 3 had no dates.
ui/print_fit.py now keeps beside any chart with a category axis down its side drawn taller than SLICE_PX
a print-only copy in slices (the chart's head, whole rows, its foot), and PRINT_CSS prints those instead.

Read back from the PDF (pdfplumber): every row's label is printed whole on exactly one sheet; every
sheet that carries rows also carries the chart's date axis (all its tick labels); no bar-sized shape is
cut by a sheet's printable edge; no upright text is under 8 pt. A short chart (the month bars) and a
timeline of a few rows are printed as they are drawn: no slices."""
from __future__ import annotations

import io

import pytest

from .conftest import TIMEOUT_MS, PageProbe
from .test_browser import BY_SLUG, open_page
from .test_page_print import MARGIN_PT, SMALLEST_PT, printed_pdf, squeeze

pytestmark = pytest.mark.browser

pdfplumber = pytest.importorskip("pdfplumber")

# the tallest chart's row labels (its y ticks) and its date axis (its x ticks), as drawn on the screen
TALL_CHART = r"""() => {
  const plots = [...document.querySelectorAll('.js-plotly-plot')];
  const tall = plots.reduce((a, p) => (!a || p.getBoundingClientRect().height > a.getBoundingClientRect().height) ? p : a, null);
  const texts = sel => [...tall.querySelectorAll(sel)].map(t => t.textContent.trim()).filter(Boolean);
  return {height: parseFloat(tall.querySelector('svg.main-svg').getAttribute('height')),
          rows: texts('.ytick text'),
          // a two-line date tick («1 авг.» over «2025») is read line by line, as the PDF's text runs
          axis: [...tall.querySelectorAll('.xtick text')].flatMap(t => t.querySelectorAll('tspan.line').length
                  ? [...t.querySelectorAll('tspan.line')].map(l => l.textContent.trim()) : [t.textContent.trim()])
                .filter(Boolean),
          sliced: document.querySelectorAll('.print-slices').length,
          slicedCharts: [...document.querySelectorAll('.print-slices')].map(s => s.closest('[data-testid="stPlotlyChart"]') ? 1 : 0)};
}"""


def cut_shapes(data: bytes) -> list[str]:
    """Shapes no taller than a quarter of a sheet (a bar, a legend's swatch; not a grid line nor the plot's
    background) that cross a sheet's printable edge: cut through by the sheet's end."""
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for i, sheet in enumerate(pdf.pages):
            top, bottom = MARGIN_PT - 1, sheet.height - MARGIN_PT + 1
            for shape in sheet.rects + sheet.curves:
                if shape["bottom"] - shape["top"] < sheet.height / 4 and \
                        (shape["top"] < top < shape["bottom"] or shape["top"] < bottom < shape["bottom"]):
                    out.append(f"sheet {i + 1}: a shape {shape['x1'] - shape['x0']:.0f} pt wide at {shape['top']:.0f}–{shape['bottom']:.0f} pt cut by the sheet's edge")
    return out


def slice_problems(sheets: list[dict], rows: list[str], axis: list[str]) -> list[str]:
    """A row printed on no sheet or on several; a sheet with rows but without the whole date axis."""
    out = []
    for row in rows:
        on = [i + 1 for i, s in enumerate(sheets) if squeeze(row) in s["text"]]
        if len(on) != 1:
            out.append(f"the row «{row}» is printed on sheets {on}")
    for i, s in enumerate(sheets):
        if any(squeeze(row) in s["text"] for row in rows):
            lost = [tick for tick in axis if squeeze(tick) not in s["text"]]
            if lost:
                out.append(f"sheet {i + 1} has rows but not the axis («{'», «'.join(lost[:3])}»)")
    return out


def test_the_slice_check_reads_sheets():
    axis = ["1 окт.", "1 нояб."]
    whole = [{"text": "1окт.1нояб.№1.Визит№2.Форум", "small": ""}, {"text": "1окт.1нояб.№3.Выставка", "small": ""}]
    assert slice_problems(whole, ["№ 1. Визит", "№ 2. Форум", "№ 3. Выставка"], axis) == []
    bare = [whole[0], {"text": "№3.Выставка", "small": ""}]
    assert slice_problems(bare, ["№ 1. Визит", "№ 3. Выставка"], axis) == \
        ["sheet 2 has rows but not the axis («1 окт.», «1 нояб.»)"]
    twice = [whole[0], {"text": "1окт.1нояб.№2.Форум", "small": ""}]
    assert slice_problems(twice, ["№ 2. Форум"], axis) == ["the row «№ 2. Форум» is printed on sheets [1, 2]"]
    assert slice_problems(whole, ["№ 4. Ярмарка"], axis) == ["the row «№ 4. Ярмарка» is printed on sheets []"]
    # «№ 1.» is not «№ 12.»: a row's label is matched with its number's full stop
    assert slice_problems([{"text": "1окт.1нояб.№12.Визит", "small": ""}], ["№ 1. Визит"], axis) == \
        ["the row «№ 1. Визит» is printed on sheets []"]


def _print_dynamics(browser, app_url, landscape: bool, query: str = "", width: int = 1366):
    context = browser.new_context(viewport={"width": width, "height": 768}, base_url=app_url, locale="ru-RU")
    context.set_default_timeout(TIMEOUT_MS)
    probe = PageProbe(context.new_page())
    try:
        open_page(probe, BY_SLUG["dynamics"], query)
        page = probe.page
        page.wait_for_function("() => [...document.querySelectorAll('.js-plotly-plot')].every(p => p.querySelector('svg.main-svg'))")
        page.wait_for_timeout(600)
        chart = page.evaluate(TALL_CHART)
        pdf = page.pdf(format="A4", landscape=landscape, print_background=True)
    finally:
        context.close()
    return chart, pdf


@pytest.mark.parametrize("landscape, width", [(False, 1366),
                                              pytest.param(True, 1366, marks=pytest.mark.long),
                                              pytest.param(False, 1920, marks=pytest.mark.long)])
def test_a_tall_timeline_prints_in_whole_rows_under_its_axis(browser, app_url, landscape, width):
    chart, pdf = _print_dynamics(browser, app_url, landscape, width=width)
    assert chart["height"] > 1500 and len(chart["rows"]) >= 40, chart["height"]
    sheets = printed_pdf(pdf)
    found = slice_problems(sheets, chart["rows"], chart["axis"]) + cut_shapes(pdf)
    found += [f"sheet {i + 1}: text under {SMALLEST_PT:g} pt: «{s['small'][:60]}»" for i, s in enumerate(sheets)
              if s["small"] and width <= 1366]
    assert not found, f"{'landscape' if landscape else 'portrait'} at {width}, {len(sheets)} sheets:\n" + "\n".join(found)


def test_a_short_timeline_is_printed_as_drawn(browser, app_url, db):
    """The rule does not fire for charts that fit a sheet: one sector's few events give a timeline under
    SLICE_PX, and nothing on the page is sliced."""
    from ui.print_fit import SLICE_PX

    key, = db.execute("""SELECT sector_key FROM events GROUP BY 1 HAVING count(*) BETWEEN 2 AND 5
                         ORDER BY count(*), 1 LIMIT 1""").fetchone()
    chart, pdf = _print_dynamics(browser, app_url, False, query=f"sector={key}")
    assert chart["height"] <= SLICE_PX, chart
    assert chart["sliced"] == 0, chart
    sheets = printed_pdf(pdf)
    assert not slice_problems(sheets, chart["rows"], chart["axis"])


# SYNTHETIC reports of five other regions (long titles and organisation names, partners the sample never
# had): 27 events, a timeline of 956 px — taller than a landscape sheet at the least zoom, not a portrait one
OTHER_REGIONS = ["synthetic_khakassia_2025q4_next_report22.txt", "synthetic_arkhangelsk_2025q4_next_report22.txt",
                 "synthetic_kamchatka_2025q4_next_report20.txt", "synthetic_buryatia_2025q3_next_report19.txt",
                 "synthetic_zabaikalye_2025q4_next_report20.txt"]


@pytest.fixture(scope="module")
def other_regions_url(browser, tmp_path_factory):
    from etl.load import load_reports

    from .conftest import ROOT, serve_dashboard

    path = tmp_path_factory.mktemp("other_regions") / "engagement.duckdb"
    results = load_reports([ROOT / "tests" / "fixtures" / name for name in OTHER_REGIONS], path, rebuild=True)
    assert [r.status for r in results] == ["loaded"] * len(OTHER_REGIONS), results
    with serve_dashboard(path, tmp_path_factory.mktemp("streamlit_other"), "streamlit_other_regions.log") as base:
        yield base


@pytest.mark.long
@pytest.mark.parametrize("landscape", [True, False])
def test_another_regions_timeline_is_sliced_only_where_it_does_not_fit(browser, other_regions_url, landscape):
    """SYNTHETIC: five other regions' 27 events (956 px). On a landscape sheet the timeline is printed in slices of
    whole rows under its axis; on a portrait sheet, where it fits at the least zoom, whole on one sheet."""
    from ui.print_fit import LEAST_ZOOM, SHEET_PX

    chart, pdf = _print_dynamics(browser, other_regions_url, landscape)
    assert SHEET_PX["landscape"] < chart["height"] * LEAST_ZOOM <= SHEET_PX["portrait"], chart
    print(f"timeline {chart['height']:.0f} px, {len(chart['rows'])} rows, {chart['sliced']} sliced")
    sheets = printed_pdf(pdf)
    found = slice_problems(sheets, chart["rows"], chart["axis"]) + cut_shapes(pdf)
    if not landscape:
        found += [] if any(all(squeeze(r) in s["text"] for r in chart["rows"]) for s in sheets) else \
            ["the timeline that fits a portrait sheet is spread over several"]
    assert not found, f"{'landscape' if landscape else 'portrait'}, {len(sheets)} sheets:\n" + "\n".join(found)
