"""A number drawn inside its bar on a briefing slide is written in whichever of white and the page's
ink stands out more against that bar, on the screen and in print.

Seen printing the briefing (uxqa26): the slides' theme gave every bar number the page's dark ink, so
the numbers plotly puts inside the longest bars — «31» on the blue «Culture and tourism» bar, «62» on
Belarus's red one, «≥ 12 405» — were dark on a saturated colour (contrast 3.8 where white gives 4.6).
Numbers outside their bars stay in the ink. Checked in the browser on the HTML briefing (the same
figures the dashboard's review page shows), both languages: each inside label's drawn fill against its
bar's drawn fill, by the WCAG contrast ratio."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

INSIDE = """() => {
  const out = [];
  for (const plot of document.querySelectorAll('.js-plotly-plot')) {
    for (const point of plot.querySelectorAll('.barlayer .point')) {
      const path = point.querySelector('path'), text = point.querySelector('text');
      if (!path || !text || !text.textContent.trim()) continue;
      const b = path.getBoundingClientRect(), r = text.getBoundingClientRect();
      const inside = r.left >= b.left - 0.5 && r.right <= b.right + 0.5 && r.top >= b.top - 0.5 && r.bottom <= b.bottom + 0.5;
      out.push({label: text.textContent, inside, text: getComputedStyle(text).fill, bar: getComputedStyle(path).fill});
    }
  }
  return out;
}"""


def _rgb(css: str) -> tuple[float, float, float]:
    parts = css[css.index("(") + 1:css.index(")")].split(",")
    return tuple(float(p) for p in parts[:3])


def _luminance(rgb) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


WHITE, INK = (255, 255, 255), (0x11, 0x18, 0x27)


def test_contrast_ratio_is_wcags():
    assert round(contrast(WHITE, (0, 0, 0)), 1) == 21.0
    assert round(contrast(WHITE, WHITE), 1) == 1.0
    # a blue bar: white reads better than the ink; a pale orange one: the ink does
    assert contrast(WHITE, (0x1F, 0x77, 0xB4)) > contrast(INK, (0x1F, 0x77, 0xB4))
    assert contrast(INK, (0xFF, 0xBB, 0x78)) > contrast(WHITE, (0xFF, 0xBB, 0x78))


@pytest.mark.parametrize("lang", ["ru", pytest.param("en", marks=pytest.mark.long)])
def test_numbers_inside_bars_take_the_better_contrast(browser, sample_con, tmp_path, lang):
    from briefing import build_briefing
    from briefing.model import build_review

    path = tmp_path / "briefing.html"
    path.write_bytes(build_briefing(build_review(sample_con, 2024, 4), lang=lang).html)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(path.as_uri())
        page.wait_for_function("document.querySelectorAll('.js-plotly-plot .main-svg').length >= 6", timeout=30_000)
        page.emulate_media(media="print")
        labels = page.evaluate(INSIDE)
    finally:
        page.close()
    inside = [x for x in labels if x["inside"]]
    assert len(inside) >= 3, f"{len(inside)} numbers inside bars: nothing to check"
    assert any(not x["inside"] for x in labels)
    weak = []
    for x in inside:
        bar, text = _rgb(x["bar"]), _rgb(x["text"])
        best = max(contrast(WHITE, bar), contrast(INK, bar))
        if contrast(text, bar) < best - 0.5:
            weak.append(f"«{x['label']}»: {contrast(text, bar):.1f} on {x['bar']} (the better colour gives {best:.1f})")
    assert not weak, "\n".join(weak)
