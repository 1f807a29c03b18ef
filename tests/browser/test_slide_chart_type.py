"""A slide's chart text meets the slides' type floor (ui.slides.MIN_TEXT, 2.6vh) on every screen class,
as drawn — the font size times the scale plotly applies to squeeze a label into its bar — and stands
upright; and the accent line under a slide's subtitle is not covered by what follows it.

uxqa13: below 1600×900 the charts kept 16-px ticks under 20-px footnotes at 1366×768; on the sectors slide
plotly shrank the bars' numbers to the bars' thickness (18 px at 1080) and turned «31» sideways; on the
participants slide (6) the charts' white background covered the subtitle's accent line except in the
gap between the two charts (Streamlit pulls the element after a markdown block 1rem up)."""
from __future__ import annotations

import pytest

from .conftest import TIMEOUT_MS

pytestmark = [pytest.mark.browser, pytest.mark.long]  # a walk of pages × viewports: the long tier

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
# every visible plotly text but the axis titles (turned on purpose): its size as drawn and its angle
DRAWN = """() => {
  const out = [];
  for (const plot of document.querySelectorAll('.js-plotly-plot')) {
    if (!plot.offsetParent) continue;
    for (const el of plot.querySelectorAll('text')) {
      const text = el.textContent.trim();
      if (!text || el.closest('.g-xtitle, .g-ytitle') || !el.getClientRects().length) continue;
      if (getComputedStyle(el).visibility === 'hidden' || getComputedStyle(el).opacity === '0') continue;
      const m = el.getScreenCTM(), size = parseFloat(getComputedStyle(el).fontSize);
      const scale = Math.hypot(m.a, m.b), angle = Math.atan2(m.b, m.a) * 180 / Math.PI;
      out.push({text: text.slice(0, 30), px: Math.round(size * scale * 10) / 10, angle: Math.round(angle)});
    }
  }
  return out;
}"""
UNDERLINE = """() => {
  const sub = document.querySelector('.rv-sub'), r = sub.getBoundingClientRect();
  const width = parseFloat(getComputedStyle(sub).borderBottomWidth);
  return [0.1, 0.3, 0.5, 0.7, 0.9].map(share => {
    const x = r.left + r.width * share, y = r.bottom - width / 2;
    const hit = document.elementFromPoint(x, y);
    return hit === sub || sub.contains(hit) ? null : `${Math.round(x)},${Math.round(y)}: ${hit && (hit.getAttribute('class') || hit.tagName)}`;
  }).filter(Boolean);
}"""


@pytest.mark.parametrize("width, height, lang, slide, key", [
    (1366, 768, "ru", 3, "sectors"), (1366, 768, "en", 6, "attendance"), (1536, 864, "ru", 6, "attendance"),
    (1280, 1024, "en", 3, "sectors"), (1920, 1080, "ru", 3, "sectors"), (1600, 900, "en", 5, "months"),
])
def test_slide_chart_text_meets_the_floor_upright_under_an_uncovered_accent_line(probe, width, height, lang, slide, key):
    page = probe.page
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"/review?present=1&slide={slide}" + ("&lang=en" if lang == "en" else ""), wait_until="domcontentloaded")
    page.wait_for_selector(f'.rv-title[data-slide="{key}"]', state="attached", timeout=TIMEOUT_MS)
    page.wait_for_selector(IDLE, state="attached", timeout=TIMEOUT_MS)
    page.wait_for_function("() => [...document.querySelectorAll('.js-plotly-plot')].some(p => p._fullLayout && p.offsetParent)",
                           timeout=TIMEOUT_MS)
    page.wait_for_timeout(600)               # plotly's responsive relayout to the slide's height
    drawn = page.evaluate(DRAWN)
    assert len(drawn) >= 5, drawn
    floor = 0.026 * height - 0.5
    small = [d for d in drawn if d["px"] < floor]
    assert not small, f"{lang} slide {slide} at {width}×{height}: chart text under {floor:.1f} px: {small[:8]}"
    turned = [d for d in drawn if abs(d["angle"]) > 1]
    assert not turned, f"{lang} slide {slide} at {width}×{height}: chart text turned: {turned[:8]}"
    covered = page.evaluate(UNDERLINE)
    assert not covered, f"{lang} slide {slide} at {width}×{height}: the subtitle's accent line is covered at {covered}"
