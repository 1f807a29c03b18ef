"""Presentation mode is for the room: its type is larger than the normal page's, text slides use the
screen, and a navigation button shows its arrow once. Real Chromium at a laptop's 1366×768 and a
projector's 1920×1080, Russian and English.

Before: body type was clamp(16px, 2.3vh, 30px), 17.7 px at 768 against the normal page's 22.4 px, the
closing slide filled the top third of the screen, and «Вперёд ▶» carried Streamlit's shortcut badge
«→» as a second arrow."""
from __future__ import annotations

import re

import pytest

from analytics.i18n import t

from .conftest import TIMEOUT_MS
from .test_review_fit import CHARTS, SLIDES, _settle

pytestmark = [pytest.mark.browser, pytest.mark.long]  # every page × viewport: the long tier (make test-long)

ARROWS = re.compile(r"[←→◀▶◄►⟵⟶⇐⇒➜➔➡⬅]")
SCREENS = [pytest.param(1920, 1080, id="projector_1920x1080"), pytest.param(1366, 768, id="laptop_1366x768")]
TEXT = ".rv-narrative p, .rv-items p, .rv-closing p, table.rv-top td, .rv-agree .body"

MEASURE = r"""(sel) => {
  const visible = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  const texts = [...document.querySelectorAll(sel)].filter(visible);
  const main = document.querySelector('[data-testid="stMain"]');
  const body = texts.length ? Math.max(...texts.map(e => parseFloat(getComputedStyle(e).fontSize))) : null;
  const blocks = [...main.querySelectorAll('.rv-title, .rv-sub, .rv-narrative, .rv-items, .rv-closing, .rv-notes, '
                                          + 'table.rv-top, .rv-agree, .rv-card')].filter(visible);
  const bottom = blocks.length ? Math.max(...blocks.map(e => e.getBoundingClientRect().bottom)) : 0;
  const buttons = [...document.querySelectorAll('[data-testid="stMain"] button')].filter(visible)
        .map(b => b.innerText.replace(/\s+/g, ' ').trim());
  return {body, bottom, viewport: innerHeight, scroll: main.scrollHeight, buttons};
}"""


def _open(browser, app_url, width, height, lang, present, slide=1):
    context = browser.new_context(viewport={"width": width, "height": height}, base_url=app_url,
                                  locale="ru-RU" if lang == "ru" else "en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.goto(f"/review?slide={slide}" + ("&present=1" if present else "") + ("&lang=en" if lang == "en" else ""))
    _settle(page, slide, CHARTS.get(slide, 0), lang)
    return context, page


def _arrows_twice(buttons: list[str]) -> list[str]:
    return [b for b in buttons if len(ARROWS.findall(b)) > 1]


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("width, height", SCREENS)
def test_presentation_type_is_larger_and_text_slides_use_the_screen(browser, app_url, width, height, lang):
    context, page = _open(browser, app_url, width, height, lang, present=False)
    try:
        normal = page.evaluate(MEASURE, TEXT)
        problems = [f"normal mode at {width}×{height} {lang}: a button shows two arrows: {b}"
                    for b in _arrows_twice(normal["buttons"])]
    finally:
        context.close()
    context, page = _open(browser, app_url, width, height, lang, present=True)
    try:
        for number in range(1, SLIDES[lang] + 1):
            _settle(page, number, CHARTS.get(number, 0), lang)
            m = page.evaluate(MEASURE, TEXT)
            where = f"slide {number} at {width}×{height} {lang}"
            problems += [f"{where}: a button shows two arrows: {b}" for b in _arrows_twice(m["buttons"])]
            if m["scroll"] > m["viewport"]:
                problems.append(f"{where}: {m['scroll']} px taller than the {m['viewport']} px screen")
            if number not in CHARTS:
                if m["bottom"] < 0.75 * m["viewport"]:
                    problems.append(f"{where}: the slide ends at {m['bottom']:.0f} px of {m['viewport']} "
                                    "(the lower part of the screen left empty)")
            if number in (1, SLIDES[lang]) and m["body"] is not None and m["body"] < 1.1 * normal["body"]:
                problems.append(f"{where}: text slide body {m['body']:.1f} px, not larger than the normal "
                                f"page's {normal['body']:.1f} px")
            if width >= 1900 and m["body"] is not None and m["body"] < normal["body"]:
                problems.append(f"{where}: on a projector body {m['body']:.1f} px < the normal page's "
                                f"{normal['body']:.1f} px")
            if number < SLIDES[lang]:
                page.get_by_role("button", name=t("rv_forward", lang).split()[0]).first.click()
    finally:
        context.close()
    assert not problems, "\n".join(problems)
