"""A dashboard page printed from Chromium (A4, portrait and landscape) reads as a hand-out: the page's
content only, each chart whole on one sheet, no tiny text.

Seen printing the overview and the registry to PDF at 1366×768 and looking at pdftoppm's pictures
(uxqa28): the sidebar — ten page links, the English switch, nine filters and the reset button — was
printed beside the content on every sheet and alone on the last ones; the sectors bar chart was cut
between sheets 1 and 2 (its bars from «ЖКХ» down on the next sheet), the countries chart likewise; the
chart toolbars and the download buttons were printed as grey boxes. ui/widgets.CSS now has one
@media print block for every page.

Read back from the PDF itself (pdfplumber): the page heading and the «Показаны: …» sentence are
printed; no word of the sidebar is; every chart's category labels (its single-line tick texts, read
from the page) all sit on one sheet; no upright text is smaller than 8 pt.

Charts that do not fit a sheet (uxqa29): plotly draws at the screen's width and height, so at 1366 px
the sectors heatmaps (877 px) and the dynamics timeline were cut at a portrait sheet's right edge (their
last month, «декабрь 2024» and «1 дек.», printed nowhere), and a chart taller than a sheet ran over
several. ui/print_fit.py with PRINT_CSS now zooms each chart to the printable width and to the sheet's
height down to a readable least zoom (test_charts_fit_the_sheet); only a chart taller than a sheet
even then (the 2,384-px timeline of 78 events) goes on over the next sheets, at readable type."""
from __future__ import annotations

import io
import re

import pytest

from .conftest import TIMEOUT_MS, PageProbe
from .test_browser import BY_SLUG, open_page

pytestmark = pytest.mark.browser

pdfplumber = pytest.importorskip("pdfplumber")

# the sidebar's own words: its page links, the search box's label and its buttons — less any the page's
# content shows too (a multiselect's label such as «Формат» is also a column of the registry's table)
SIDEBAR_WORDS = r"""() => {
  const main = document.querySelector('[data-testid="stMain"]').innerText;
  return [...document.querySelectorAll('[data-testid="stSidebar"] :is([data-testid="stSidebarNavLink"], '
                                       + '[data-testid="stTextInput"] label, button)')]
    .map(e => e.innerText.trim()).filter(s => s.length >= 6 && !/\n/.test(s) && !main.includes(s));
}"""
# each chart's category labels drawn on one line (a wrapped label's lines may interleave with bar values)
CHART_TICKS = r"""() => [...document.querySelectorAll('.js-plotly-plot')].map(p =>
    [...p.querySelectorAll('.xtick text, .ytick text')].filter(t => t.querySelectorAll('tspan.line').length <= 1)
      .map(t => t.textContent.trim()).filter(s => /[A-Za-zА-Яа-яЁё]{3}/.test(s)))
    .filter(ticks => ticks.length >= 3)"""
# each chart's upright one-line tick labels (a slanted label's letters are read apart from the PDF) and
# the height plotly drew it at
CHART_UPRIGHT = r"""() => [...document.querySelectorAll('.js-plotly-plot')].map(p => ({
    height: parseFloat(p.querySelector('svg.main-svg').getAttribute('height')),
    ticks: [...p.querySelectorAll('.xtick text, .ytick text')]
      .filter(t => t.querySelectorAll('tspan.line').length <= 1 && !/rotate\((?!0[,)])/.test(t.getAttribute('transform') || ''))
      .map(t => t.textContent.trim()).filter(s => /[A-Za-zА-Яа-яЁё0-9]{3}/.test(s))}))
    .filter(c => c.ticks.length >= 2)"""
MARGIN_PT = 12 / 25.4 * 72          # PRINT_CSS's @page margin
SMALLEST_PT = 8.0


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def printed(page, landscape: bool) -> list[dict]:
    """The page printed as Chromium's «Save as PDF» does; per sheet its text and its smallest upright letters."""
    return printed_pdf(page.pdf(format="A4", landscape=landscape, print_background=True))


def printed_pdf(data: bytes) -> list[dict]:
    """Per sheet of a PDF: its text without spaces and its upright letters under SMALLEST_PT."""
    pdf = pdfplumber.open(io.BytesIO(data))
    sheets = []
    with pdf:
        for sheet in pdf.pages:
            upright = [c for c in sheet.chars if c.get("upright", True) and c["text"].strip()]
            sheets.append({"text": squeeze(sheet.extract_text() or ""),
                           "small": "".join(c["text"] for c in upright if c["size"] < SMALLEST_PT)})
    return sheets


def problems_of(sheets: list[dict], heading: str, sidebar: list[str], charts: list[list[str]]) -> list[str]:
    out = []
    whole = "".join(s["text"] for s in sheets)
    if squeeze(heading) not in whole:
        out.append(f"the heading «{heading}» is not printed")
    out += [f"the sidebar's «{word}» is printed" for word in sidebar if squeeze(word) in whole]
    for ticks in charts:
        if not any(all(squeeze(tick) in s["text"] for tick in ticks) for s in sheets):
            spread = sorted({i + 1 for i, s in enumerate(sheets) for tick in ticks if squeeze(tick) in s["text"]})
            out.append(f"a chart ({ticks[0]} … {ticks[-1]}) is cut across sheets {spread}")
    out += [f"sheet {i + 1}: text under {SMALLEST_PT:g} pt: «{s['small'][:60]}»" for i, s in enumerate(sheets) if s["small"]]
    return out


def test_the_check_reads_sheets():
    sheets = [{"text": "ОбзорПоказаны:78КультураИнвестиции", "small": ""}, {"text": "ЖКХ", "small": ""}]
    assert problems_of(sheets, "Обзор", [], [["Культура", "Инвестиции"]]) == []
    assert problems_of(sheets, "Обзор", ["Сбросить все фильтры"], []) == []
    assert problems_of(sheets, "Реестр", [], []) == ["the heading «Реестр» is not printed"]
    assert problems_of(sheets, "Обзор", ["Показаны: 78"], []) == ["the sidebar's «Показаны: 78» is printed"]
    assert problems_of(sheets, "Обзор", [], [["Культура", "ЖКХ"]]) == ["a chart (Культура … ЖКХ) is cut across sheets [1, 2]"]
    small = [{"text": "Обзор", "small": "мелко"}]
    assert problems_of(small, "Обзор", [], []) == ["sheet 1: text under 8 pt: «мелко»"]


@pytest.mark.parametrize("slug, landscape", [("overview", False), ("registry", True),
                                             pytest.param("participants", False, marks=pytest.mark.long)])
def test_a_printed_page_is_the_content_whole(browser, app_url, slug, landscape):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, base_url=app_url, locale="ru-RU")
    context.set_default_timeout(TIMEOUT_MS)
    probe = PageProbe(context.new_page())
    try:
        open_page(probe, BY_SLUG[slug])
        page = probe.page
        heading = page.locator('[data-testid="stMain"] h1').first.inner_text().strip()
        sidebar = page.evaluate(SIDEBAR_WORDS)
        charts = page.evaluate(CHART_TICKS)
        sheets = printed(page, landscape)
    finally:
        context.close()
    assert len(sidebar) >= 5, sidebar
    assert any("Показаны" in s["text"] for s in sheets), "the «Показаны: …» sentence is not printed"
    found = problems_of(sheets, heading, sidebar, charts)
    assert not found, f"{slug} ({'landscape' if landscape else 'portrait'}, {len(sheets)} sheets):\n" + "\n".join(found)



def fit_problems(sheets: list[dict], charts: list[dict], sheet_px: float, least_zoom: float) -> list[str]:
    """A chart's label printed on no sheet (cut at an edge), or, for a chart that fits a sheet at the
    least zoom (its drawn height × least_zoom within sheet_px), labels spread over several sheets."""
    out = []
    for chart in charts:
        ticks = chart["ticks"]
        lost = [tick for tick in ticks if not any(squeeze(tick) in s["text"] for s in sheets)]
        if lost:
            out.append(f"a chart ({ticks[0]} … {ticks[-1]}): «{'», «'.join(lost[:3])}» printed on no sheet")
        elif chart["height"] * least_zoom <= sheet_px and \
                not any(all(squeeze(tick) in s["text"] for tick in ticks) for s in sheets):
            out.append(f"a chart {chart['height']:.0f} px tall ({ticks[0]} … {ticks[-1]}) is cut across sheets")
    return out


def test_the_fit_check_reads_sheets():
    sheets = [{"text": "Обзорсентябрь2024октябрь2024", "small": ""}, {"text": "ноябрь2024", "small": ""}]
    short = {"height": 400, "ticks": ["сентябрь 2024", "октябрь 2024"]}
    assert fit_problems(sheets, [short], 1000, 0.8) == []
    spread = {"height": 400, "ticks": ["сентябрь 2024", "ноябрь 2024"]}
    assert fit_problems(sheets, [spread], 1000, 0.8) == ["a chart 400 px tall (сентябрь 2024 … ноябрь 2024) is cut across sheets"]
    assert fit_problems(sheets, [dict(spread, height=2400)], 1000, 0.8) == []      # too tall for any sheet
    cut = {"height": 400, "ticks": ["сентябрь 2024", "декабрь 2024"]}
    assert fit_problems(sheets, [cut], 1000, 0.8) == ["a chart (сентябрь 2024 … декабрь 2024): «декабрь 2024» printed on no sheet"]


@pytest.mark.parametrize("slug, landscape", [("dynamics", False), ("sectors", False),
                                             pytest.param("dynamics", True, marks=pytest.mark.long),
                                             pytest.param("sectors", True, marks=pytest.mark.long),
                                             pytest.param("countries", True, marks=pytest.mark.long)])
def test_charts_fit_the_sheet(browser, app_url, slug, landscape):
    """The pages with the widest (the sectors heatmaps, 877 px at 1366) and tallest (the dynamics timeline,
    2,384 px) charts, printed on A4: every label of every chart is printed, a chart that fits a sheet at the
    least zoom is on one sheet, and no upright text is under SMALLEST_PT."""
    from ui.widgets import PRINT_LEAST_ZOOM

    context = browser.new_context(viewport={"width": 1366, "height": 768}, base_url=app_url, locale="ru-RU")
    context.set_default_timeout(TIMEOUT_MS)
    probe = PageProbe(context.new_page())
    try:
        open_page(probe, BY_SLUG[slug])
        page = probe.page
        page.wait_for_function("() => [...document.querySelectorAll('.js-plotly-plot')].every(p => p.querySelector('svg.main-svg'))")
        page.wait_for_timeout(500)
        charts = page.evaluate(CHART_UPRIGHT)
        pdf = page.pdf(format="A4", landscape=landscape, print_background=True)
        sheets = printed_pdf(pdf)
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            sheet_px = (document.pages[0].height - 2 * MARGIN_PT) / 0.75
    finally:
        context.close()
    assert charts, f"{slug}: no chart with upright labels read"
    found = fit_problems(sheets, charts, sheet_px, PRINT_LEAST_ZOOM)
    found += [f"sheet {i + 1}: text under {SMALLEST_PT:g} pt: «{s['small'][:60]}»" for i, s in enumerate(sheets) if s["small"]]
    assert not found, f"{slug} ({'landscape' if landscape else 'portrait'}, {len(sheets)} sheets):\n" + "\n".join(found)
