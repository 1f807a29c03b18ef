"""Readable at the back of the room: on every chart page, at a laptop's 1366×768 and a projector's
1920×1080, no text a chart draws (ticks, legend, bar numbers, colour bars, notes, the hover label) is
smaller than analytics.charts.MIN_CHART_PX (14 px, the house tick), no chart text lies over another,
and the page does not scroll sideways. Presentation mode's chart slides have a higher floor
(PRESENT_FLOOR, above the normal page's at the same screen).

Seen measuring the rendered SVG (uxqa27): the organisations page's network legend («наши учреждения»,
«зарубежные партнёры») and its dossier's quarter ticks («IV кв. 2024») were 12.75 px — their figures set
their own layout and left legend and ticks to Streamlit's chart theme — and the network's hover label
was plotly's 13 px. The floor is now applied to every figure a page shows (analytics.charts.readable_fonts).
Real Chromium against the served dashboard; one screen per language stays in `make test`."""
from __future__ import annotations

import pytest

from analytics.charts import MIN_CHART_PX

from .conftest import SCREENSHOTS, TIMEOUT_MS, PageProbe
from .test_browser import BY_SLUG, PageSpec, open_page
from .test_review_fit import CHARTS, _settle

pytestmark = pytest.mark.browser

CHART_PAGES = ["overview", "sectors", "countries", "organisations", "dynamics", "participants"]
SCREENS = {"laptop_1366x768": (1366, 768), "projector_1920x1080": (1920, 1080)}
PRESENT_FLOOR = {1366: 18, 1920: 24}   # a slide's chart at least this, in presentation mode

TEXTS = r"""() => {
  const out = {texts: [], overlaps: [],
               scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth};
  const main = document.querySelector('[data-testid="stMain"]');
  if (main) out.scroll = Math.max(out.scroll, main.scrollWidth - main.clientWidth);
  // a text's glyph box as drawn (its own rotation included: turned ticks are quads, not screen boxes),
  // trimmed by a quarter of the line above and below and a pixel at each end (the box is generous)
  const quad = t => {
    const b = t.getBBox(), m = t.getScreenCTM(), dy = b.height * 0.25;
    return [[b.x + 1, b.y + dy], [b.x + b.width - 1, b.y + dy], [b.x + b.width - 1, b.y + b.height - dy],
            [b.x + 1, b.y + b.height - dy]].map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
  };
  const apart = (p, q) => {          // separating axis theorem for two convex quads
    for (const poly of [p, q]) for (let i = 0; i < 4; i++) {
      const [x1, y1] = poly[i], [x2, y2] = poly[(i + 1) % 4], nx = y1 - y2, ny = x2 - x1;
      const span = r => r.map(([x, y]) => x * nx + y * ny);
      const a = span(p), b = span(q);
      if (Math.max(...a) <= Math.min(...b) || Math.max(...b) <= Math.min(...a)) return true;
    }
    return false;
  };
  const plots = [...document.querySelectorAll('.js-plotly-plot')].filter(p => p.getClientRects().length);
  plots.forEach((plot, n) => {
    const boxes = [];
    for (const t of plot.querySelectorAll('svg text')) {
      const text = t.textContent.trim();
      if (!text || t.closest('.hoverlayer')) continue;
      const style = getComputedStyle(t);
      if (style.visibility === 'hidden' || style.display === 'none' || parseFloat(style.opacity) === 0) continue;
      const r = t.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      out.texts.push({chart: n, text: text.slice(0, 40), size: parseFloat(style.fontSize), cls: t.getAttribute('class') || ''});
      boxes.push({text: text.slice(0, 40), q: quad(t)});
    }
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++)
      if (!apart(boxes[i].q, boxes[j].q)) out.overlaps.push(`chart ${n}: «${boxes[i].text}» over «${boxes[j].text}»`);
  });
  out.charts = plots.length;
  return out;
}"""

HOVER_SIZE = r"""() => {
  const texts = [...document.querySelectorAll('.hoverlayer text')].filter(t => t.textContent.trim());
  return texts.length ? Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize))) : null;
}"""

def small_and_crowded(measured: dict, floor: float) -> list[str]:
    problems = [f"{m['size']} px «{m['text']}» ({m['cls']}) in chart {m['chart']}" for m in measured["texts"]
                if m["size"] < floor - 0.01]
    problems += measured["overlaps"]
    if measured["scroll"] > 1:
        problems.append(f"the page scrolls sideways by {measured['scroll']} px")
    return problems


def hover_sizes(page, limit: int = 3) -> list[float]:
    """The hover label's type over the first few points of each chart that shows one."""
    sizes = []
    for plot in page.locator(".js-plotly-plot").all():
        if not plot.is_visible():
            continue
        points = plot.locator(".barlayer .point path, .scatterlayer .point")
        for i in range(min(points.count(), limit)):
            point = points.nth(i)
            try:
                point.scroll_into_view_if_needed(timeout=2_000)
                point.hover(force=True, timeout=2_000)
                page.wait_for_function("() => document.querySelector('.hoverlayer text') !== null", timeout=1_500)
            except Exception:
                continue
            size = page.evaluate(HOVER_SIZE)
            if size is not None:
                sizes.append(size)
                break
    return sizes


def _screen_param(name: str, lang: str, quick: bool):
    marks = () if quick else (pytest.mark.long,)
    return pytest.param(name, lang, id=f"{name}-{lang}", marks=marks)


SCREEN_CASES = [_screen_param("laptop_1366x768", "ru", True), _screen_param("projector_1920x1080", "en", True),
                _screen_param("laptop_1366x768", "en", False), _screen_param("projector_1920x1080", "ru", False)]


@pytest.mark.parametrize("screen, lang", SCREEN_CASES)
def test_chart_pages_are_readable_from_the_back(browser, app_url, screen, lang):
    width, height = SCREENS[screen]
    context = browser.new_context(viewport={"width": width, "height": height}, base_url=app_url,
                                  locale="ru-RU" if lang == "ru" else "en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    probe = PageProbe(context.new_page())
    problems, charts = [], 0
    try:
        for slug in CHART_PAGES:
            spec = BY_SLUG.get(slug) or PageSpec(slug, "", True)
            spec = PageSpec(spec.slug, spec.title if lang == "ru" else "", True)
            query = "lang=en" if lang == "en" else ""
            open_page(probe, spec, query=query)
            measured = probe.page.evaluate(TEXTS)
            charts += measured["charts"]
            found = [f"{slug}: {p}" for p in small_and_crowded(measured, MIN_CHART_PX)]
            found += [f"{slug}: hover label {size} px" for size in hover_sizes(probe.page) if size < MIN_CHART_PX]
            problems += found
            if found:
                SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                probe.page.screenshot(path=str(SCREENSHOTS / f"type-at-back-{screen}-{lang}-{slug}.png"))
    finally:
        context.close()
    assert charts >= 10, f"only {charts} charts drawn on {CHART_PAGES}"
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("width, height", [pytest.param(1366, 768, id="laptop_1366x768"),
                                           pytest.param(1920, 1080, id="projector_1920x1080",
                                                        marks=pytest.mark.long)])
def test_presentation_charts_are_larger_than_the_page(browser, app_url, width, height):
    context = browser.new_context(viewport={"width": width, "height": height}, base_url=app_url, locale="ru-RU")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    problems = []
    try:
        for number, charts in CHARTS.items():
            page.goto(f"/review?present=1&slide={number}", wait_until="domcontentloaded")
            _settle(page, number, charts)
            measured = page.evaluate(TEXTS)
            assert measured["charts"] == charts
            problems += [f"slide {number}: {p}" for p in small_and_crowded(measured, PRESENT_FLOOR[width])]
    finally:
        context.close()
    assert not problems, "\n".join(problems)
