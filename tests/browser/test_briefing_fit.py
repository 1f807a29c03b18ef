"""The briefing HTML printed as a meeting hand-out: one slide per A4 landscape page (the PDF has as
many pages as the deck has slides, counted with pdfplumber), and on each printed slide nothing
sticks out below the page, no element is taller than the page, and no two text blocks overlap
(the agreements slide once printed a meta line over its footnote), no bar label touches its bar or
another label, and every chart is drawn at the
width of its own box (the first of two charts was drawn as wide as both, under the second). Both languages: English text is
longer or shorter. test-artifacts/briefing-print[-en].pdf and .png keep what was checked."""
from __future__ import annotations

import io

import pytest

from analytics.i18n import t

from .conftest import ARTIFACTS

pytestmark = pytest.mark.browser

CHECK = """() => {
  const out = [];
  for (const slide of document.querySelectorAll('section.slide')) {
    const s = slide.getBoundingClientRect();
    const key = slide.dataset.key;
    const blocks = [...slide.querySelectorAll('h1, .subtitle, p, .head, .meta, .body, .label, .value, .chg, td, th, h2, h3, .footnotes, .pageno, .js-plotly-plot')]
      .filter(e => e.getClientRects().length);
    for (const e of blocks) {
      const r = e.getBoundingClientRect();
      if (r.height > s.height) out.push(`${key}: ${e.className || e.tagName} is ${Math.round(r.height)} px, page ${Math.round(s.height)} px`);
      if (r.bottom > s.bottom + 0.5 || r.right > s.right + 0.5)
        out.push(`${key}: «${e.innerText.slice(0, 40)}» ends ${Math.round(r.bottom - s.bottom)} px below the page`);
    }
    // content taller than its box is cut by overflow:hidden: compare scroll and client heights
    const content = slide.querySelector('.content');
    if (content && content.scrollHeight > content.clientHeight + 1)
      out.push(`${key}: content ${content.scrollHeight} px in a ${content.clientHeight} px box (cut)`);
    const texts = [...slide.querySelectorAll('h1, .subtitle, .content p, .head, .meta, .body, td, .footnotes p, .pageno, .narrative p')]
      .filter(e => e.getClientRects().length && e.innerText.trim());
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
      if (texts[i].contains(texts[j]) || texts[j].contains(texts[i])) continue;
      const a = texts[i].getBoundingClientRect(), b = texts[j].getBoundingClientRect();
      const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (dx > 1 && dy > 1) out.push(`${key}: «${texts[i].innerText.slice(0, 30)}» overlaps «${texts[j].innerText.slice(0, 30)}»`);
    }
    // a chart is drawn at the width of its own box: plotly fixes its SVG's width when it draws, and a
    // chart drawn before its neighbour existed was as wide as both, the neighbour covering its half
    for (const p of slide.querySelectorAll('.js-plotly-plot')) {
      const drawn = p._fullLayout ? p._fullLayout.width : 0, box = p.getBoundingClientRect().width;
      if (drawn > box + 1) out.push(`${key}: a chart drawn ${Math.round(drawn)} px wide in its ${Math.round(box)} px box`);
    }
    // a bar's category label ends before its bar (printed, «Культура и туризм» touched the blue bar),
    // and no two category labels overlap (a two-line label ran into the next row)
    for (const p of slide.querySelectorAll('.js-plotly-plot')) {
      const L = p._fullLayout;
      if (!L || !L.yaxis || L.yaxis.type !== 'category') continue;
      const plotLeft = p.getBoundingClientRect().left + L._size.l;
      const ticks = [...p.querySelectorAll('.ytick text')].filter(e => e.textContent.trim());
      for (const tk of ticks) {
        const gap = plotLeft - tk.getBoundingClientRect().right;
        if (gap < 4) out.push(`${key}: bar label «${tk.textContent}» ${gap.toFixed(1)} px from its bar`);
      }
      for (let i = 0; i + 1 < ticks.length; i++) {
        const a = ticks[i].getBoundingClientRect(), b = ticks[i + 1].getBoundingClientRect();
        if (Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1)
          out.push(`${key}: bar labels «${ticks[i].textContent}» and «${ticks[i + 1].textContent}» overlap`);
      }
    }
    const h1 = slide.querySelector('h1').getBoundingClientRect(), sub = slide.querySelector('.subtitle');
    if (sub && sub.getBoundingClientRect().top < h1.bottom - 1) out.push(`${key}: subtitle beside the title, not under it`);
    const body = slide.querySelector('.content').getBoundingClientRect();
    if (body.width < 0.9 * (s.width - 80)) out.push(`${key}: body only ${Math.round(body.width)} px of ${Math.round(s.width)} px wide`);
  }
  return out;
}"""


@pytest.fixture(scope="module", params=["ru", "en"])
def briefing_html(sample_con, request) -> tuple[str, str]:
    from briefing import build_briefing
    from briefing.model import build_review

    return request.param, build_briefing(build_review(sample_con, 2024, 4), lang=request.param).html.decode("utf-8")


def test_every_briefing_slide_fits_one_a4_landscape_page(browser, briefing_html, tmp_path):
    lang, briefing_html = briefing_html
    suffix = "" if lang == "ru" else f"-{lang}"
    import pdfplumber

    path = tmp_path / "briefing.html"
    path.write_text(briefing_html, encoding="utf-8")
    slides = briefing_html.count('<section class="slide')
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(path.as_uri())
        page.wait_for_function(f"document.querySelectorAll('.js-plotly-plot .main-svg').length >= 6", timeout=30_000)
        page.emulate_media(media="print")
        page.wait_for_timeout(300)
        problems = page.evaluate(CHECK)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"briefing-print{suffix}.png"), full_page=True)
        pdf = page.pdf(format="A4", landscape=True, prefer_css_page_size=True, print_background=True)
    finally:
        page.close()
    (ARTIFACTS / f"briefing-print{suffix}.pdf").write_bytes(pdf)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        pages = len(document.pages)
        landscape = all(p.width > p.height for p in document.pages)
        texts = [p.extract_text() or "" for p in document.pages]
    print(f"\nbriefing PDF ({lang}): {pages} pages for {slides} slides")
    assert pages == slides, f"{pages} printed pages for {slides} slides"
    assert landscape
    assert all(t.strip() for t in texts), "an empty printed page"
    assert t("rv_agreements", lang) in texts[6]
    assert not problems, "\n".join(problems)
