"""Presentation mode (`/review?present=1`) at a projector's 1920×1080 and a laptop's 1366×768, light
and dark, in Russian and in English (`&lang=en`: English text is longer or shorter): every slide fits the screen (the scrolling main area is no taller than the viewport, the
exit and navigation buttons are on screen), type is large enough for the room, charts use the
page's font, and no two chart labels overlap. Screenshots: test-artifacts/screenshots/review-*.png.

One server, one page per screen and theme; slides are stepped with «Вперёд», as in a meeting.
"""
from __future__ import annotations

import re

import pytest

from analytics.i18n import t

from .conftest import SCREENSHOTS, TIMEOUT_MS

pytestmark = [pytest.mark.browser, pytest.mark.long]  # every page × viewport: the long tier (make test-long)

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
# the slides on the screen: the deck's ten, the dense ones in parts (ui.slides.screen_slides) — the
# agreements, the biggest events and the key partners in two each, in both languages: each slide is cut
# as the wordier language needs, so ?slide=N is the same slide in Russian and English (was 12 and 13)
SLIDES = {"ru": 13, "en": 13}
CHARTS = {3: 1, 4: 2, 5: 1, 6: 2}      # sectors; countries + map; months; attendance + format pie

MEASURE = r"""(labels_) => {
  const visible = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  const main = document.querySelector('[data-testid="stMain"]');
  const buttons = [...document.querySelectorAll('button')].filter(visible);
  const box = label => { const b = buttons.find(x => x.innerText.includes(label));
                         return b ? b.getBoundingClientRect().toJSON() : null; };
  const [exitLabel, forwardLabel, backLabel] = labels_;
  const plots = [...document.querySelectorAll('.js-plotly-plot')].filter(visible);
  const labels = plots.flatMap(p => [...p.querySelectorAll('.ytick text, .xtick text, text.slicetext, text.bartext')]);
  const rects = labels.map(t => t.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0);
  const overlaps = [];
  for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) {
    const a = rects[i], b = rects[j];
    const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (dx > 2 && dy > 2) overlaps.push([labels[i].textContent, labels[j].textContent]);
  }
  const px = sel => [...document.querySelectorAll(sel)].filter(visible).map(e => parseFloat(getComputedStyle(e).fontSize));
  const tickPx = labels.filter(t => t.closest('.xtick, .ytick')).map(t => parseFloat(t.style.fontSize));
  // the smallest type of any text on the slide (the navigation row is the app's, not the slide's)
  let smallest = 1e9, smallestText = '';
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const e = walker.currentNode.parentElement;
    if (!walker.currentNode.textContent.trim() || !visible(e) || e.closest('button, .rv-counter, .js-plotly-plot')) continue;
    const px = parseFloat(getComputedStyle(e).fontSize);
    if (px < smallest) { smallest = px; smallestText = walker.currentNode.textContent.trim().slice(0, 40); }
  }
  return {scroll: main.scrollHeight, viewport: innerHeight, title: document.querySelector('.rv-title')?.innerText,
          smallest, smallestText,
          exit: box(exitLabel), forward: box(forwardLabel), back: box(backLabel),
          body: px('.rv-narrative p, .rv-items p, table.rv-top td, .rv-agree .body, .rv-closing p, .rv-card .label'),
          notes: px('.rv-notes p'), ticks: tickPx, families: plots.map(p => p._fullLayout.font.family),
          pageFont: getComputedStyle(document.querySelector('.rv-title')).fontFamily,
          plots: plots.map(p => p.getBoundingClientRect().height), overlaps,
          slices: plots.flatMap(p => [...p.querySelectorAll('text.slicetext')]).map(t => ({
            text: t.textContent, rotated: /rotate\((?!0\))/.test(t.getAttribute('transform') || '')}))};
}"""


def _settle(page, number: int, charts: int, lang: str = "ru") -> None:
    counter = t("rv_counter", lang, n=number, total=SLIDES[lang])
    page.wait_for_function("c => [...document.querySelectorAll('.rv-counter')].some(e => e.innerText.includes(c))",
                           arg=counter, timeout=TIMEOUT_MS)
    page.wait_for_selector(IDLE, state="attached", timeout=TIMEOUT_MS)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="hidden", timeout=TIMEOUT_MS)
    page.wait_for_function("""(n) => { const plots = [...document.querySelectorAll('.js-plotly-plot')]
        .filter(p => p.getClientRects().length);
        return plots.length === n && plots.every(p => p._fullLayout && p.querySelector('.main-svg')); }""",
                           arg=charts, timeout=TIMEOUT_MS)
    page.wait_for_timeout(600)      # plotly's resize to the stretched container


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("width, height", [pytest.param(1920, 1080, id="projector_1920x1080"),
                                           pytest.param(1366, 768, id="laptop_1366x768")])
def test_every_slide_fits_the_screen(browser, app_url, width, height, theme, lang):
    context = browser.new_context(viewport={"width": width, "height": height}, locale="ru-RU" if lang == "ru" else "en-GB",
                                  base_url=app_url)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems, figures = [], []
    try:
        labels = [t("rv_present_off", lang), t("rv_forward", lang).split()[0], t("rv_back", lang).split()[-1]]
        page.goto("/review?present=1&slide=1" + ("&theme=dark" if theme == "dark" else "")
                  + ("&lang=en" if lang == "en" else ""))
        for number in range(1, SLIDES[lang] + 1):
            _settle(page, number, CHARTS.get(number, 0), lang)
            m = page.evaluate(MEASURE, labels)
            page.screenshot(path=str(SCREENSHOTS / f"review-{width}x{height}-{theme}-{lang}-{number}.png"))
            figures.append(f"{number} {m['title']}: {m['scroll']} px of {m['viewport']}, charts {m['plots']}, "
                           f"body {min(m['body'], default=0):.1f} px, smallest {m['smallest']:.1f} px "
                           f"«{m['smallestText']}»")
            where = f"slide {number} «{m['title']}» at {width}×{height} {theme} {lang}"
            if m["scroll"] > m["viewport"]:
                problems.append(f"{where}: content {m['scroll']} px taller than the {m['viewport']} px screen")
            for name in ("exit", "forward", "back"):
                box = m[name]
                if box is None or box["top"] < 0 or box["bottom"] > m["viewport"]:
                    problems.append(f"{where}: button {name} not on screen ({box})")
            big = width >= 1900
            # read across a room: body text at least 2.6 % of the screen's height (20 px at 768, 28 px at
            # 1080), nothing on the slide under 2 % (15.4 / 21.6 px); the biggest events' ten rows were 17 px
            if m["body"] and min(m["body"]) < 0.026 * height:
                problems.append(f"{where}: body text {min(m['body'])} px < {0.026 * height:.1f}")
            if m["smallest"] < 0.02 * height:
                problems.append(f"{where}: «{m['smallestText']}» at {m['smallest']} px < {0.02 * height:.1f}")
            if m["notes"] and min(m["notes"]) < (18 if big else 13):
                problems.append(f"{where}: footnotes {min(m['notes'])} px")
            if m["ticks"] and min(m["ticks"]) < (23.5 if big else 15):
                problems.append(f"{where}: chart ticks {min(m['ticks'])} px")
            if any("Source Sans" not in f for f in m["families"]) or "Source Sans" not in m["pageFont"]:
                problems.append(f"{where}: chart font {m['families']} differs from the page's {m['pageFont']}")
            if m["overlaps"]:
                problems.append(f"{where}: chart labels overlap: {m['overlaps'][:3]}")
            for piece in m["slices"]:
                if piece["rotated"] or not re.search(r"\d\u00a0%$" if lang == "ru" else r"\d%$", piece["text"]) \
                        or re.search(r"\d[,.]\d+\s?%", piece["text"]):
                    problems.append(f"{where}: pie label «{piece['text']}» rotated or not a whole percent «N %»")
            if number == 6 and len(m["slices"]) != 3:
                problems.append(f"{where}: expected three format slices, got {m['slices']}")
            if m["plots"] and min(m["plots"]) < 0.45 * m["viewport"]:
                problems.append(f"{where}: charts {m['plots']} px leave the screen's lower part empty")
            if number < SLIDES[lang]:
                page.get_by_role("button", name=labels[1]).first.click()
    finally:
        print(f"\n{width}×{height} {theme} {lang}:\n  " + "\n  ".join(figures))
        context.close()
    assert not problems, "\n".join(problems)
