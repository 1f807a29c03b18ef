"""A presenter without a mouse walks the quarterly review at a laptop's 1366×768, in Russian and in English:
Tab / Shift+Tab to a control, Enter or Space to use it, the arrow keys to step. Wherever the focus is
after a key, a visible ring shows it — and it is never dropped on the page's body.

Before uxqa31: Enter on «Вперёд ▶» at the last slide but one disabled the button under the focus and
the focus fell to the body (no ring; Enter and Space did nothing); so did «◀ Назад» reaching slide 1,
«Режим показа ▶» (not drawn in presentation mode) and «Выйти из режима показа». ui/focus_keeper hands
the focus on. Real Chromium against the served dashboard (the sample report's 13 screen slides)."""
from __future__ import annotations

import pytest

from analytics.i18n import t

from .conftest import TIMEOUT_MS
from .test_keyboard_reach import FOCUSED, ring_shown
from .test_review_fit import IDLE, SLIDES

pytestmark = [pytest.mark.browser, pytest.mark.long]  # three pages walked per case (~20 s): the long tier

COUNTER = "() => document.querySelector('.rv-counter')?.innerText || ''"


def _settled(page, number: int, lang: str) -> None:
    counter = t("rv_counter", lang, n=number, total=SLIDES[lang])
    page.wait_for_function("c => [...document.querySelectorAll('.rv-counter')].some(e => e.innerText.includes(c))",
                           arg=counter, timeout=TIMEOUT_MS)
    page.wait_for_selector(IDLE, state="attached", timeout=TIMEOUT_MS)
    page.wait_for_timeout(500)   # the focus moved after the run's last change (one animation frame)


def _tab_to(page, label: str, back: bool = False) -> dict:
    """Tab (or Shift+Tab) until the focus is on the control named `label`; its FOCUSED stop."""
    for _ in range(40):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        page.wait_for_timeout(80)
        stop = page.evaluate(FOCUSED)
        if stop and stop["label"].strip() == label:
            return stop
    raise AssertionError(f"Tab never reached «{label}»")


def _focus_problem(page, where: str, wanted: set[str] | None = None) -> list[str]:
    stop = page.evaluate(FOCUSED)
    if stop is None:
        return [f"{where}: the focus fell to the page's body (no ring, Enter and Space do nothing)"]
    found = []
    if wanted is not None and stop["label"].strip() not in wanted:
        found.append(f"{where}: the focus is on «{stop['label']}», expected one of {sorted(wanted)}")
    ring = ring_shown(page, stop)
    if ring < 2 * (stop["w"] + stop["h"]):
        found.append(f"{where}: no visible ring on «{stop['label']}» ({ring} px changed)")
    return found


def _assert_focus(page, where: str, wanted: set[str] | None = None) -> None:
    """At once: the next key would go to the body (Space scrolls the page) and the walk would only time out."""
    found = _focus_problem(page, where, wanted)
    assert not found, "\n".join(found)


@pytest.fixture
def laptop(browser, app_url):
    def open_(lang: str, query: str, slide: int):
        context = browser.new_context(viewport={"width": 1366, "height": 768}, base_url=app_url,
                                      locale="ru-RU" if lang == "ru" else "en-GB")
        context.set_default_timeout(TIMEOUT_MS)
        page = context.new_page()
        opened.append(context)
        page.goto(f"/review?slide={slide}{query}" + ("&lang=en" if lang == "en" else ""))
        _settled(page, slide, lang)
        return page
    opened: list = []
    yield open_
    for context in opened:
        context.close()


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_deck_ends_keep_the_focus_on_a_step_button(laptop, lang):
    """Forward onto the last slide and back onto the first, by Enter, Space and the arrow keys."""
    total = SLIDES[lang]
    forward, back = t("rv_forward", lang), t("rv_back", lang)
    page = laptop(lang, "&present=1", total - 1)
    _tab_to(page, forward)
    page.keyboard.press("Enter")
    _settled(page, total, lang)
    _assert_focus(page, f"{lang}: Enter on «{forward}» onto the last slide", {back})
    page.keyboard.press("Space")             # the focus handed to «Назад»: Space steps back
    _settled(page, total - 1, lang)
    _assert_focus(page, f"{lang}: Space on «{back}»", {back})
    page.keyboard.press("ArrowRight")        # the shortcut: forward again, the focus stays
    _settled(page, total, lang)
    _assert_focus(page, f"{lang}: → onto the last slide", {back})
    page = laptop(lang, "&present=1", 2)
    _tab_to(page, back)
    page.keyboard.press("Enter")
    _settled(page, 1, lang)
    _assert_focus(page, f"{lang}: Enter on «{back}» onto the first slide", {forward})
    page.keyboard.press("Enter")
    _settled(page, 2, lang)
    _assert_focus(page, f"{lang}: Enter on «{forward}» from the first slide", {forward})
    page = laptop(lang, "", total - 1)       # the page's own navigation, outside presentation mode
    _tab_to(page, forward)
    page.keyboard.press("Enter")
    _settled(page, total, lang)
    _assert_focus(page, f"{lang}, page mode: Enter on «{forward}» onto the last slide", {back})


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_presentation_mode_on_and_off_and_the_language_switch_by_keyboard(laptop, lang):
    other = "en" if lang == "ru" else "ru"
    page = laptop(lang, "", 3)
    problems = []
    _tab_to(page, "English")                 # the sidebar's switch: Space turns the page's language
    page.keyboard.press("Space")
    _settled(page, 3, other)
    problems += _focus_problem(page, f"{lang}: Space on the language switch", {"English"})
    _tab_to(page, t("rv_present_on", other))
    page.keyboard.press("Enter")
    _settled(page, 3, other)
    page.wait_for_selector('[data-testid="stSidebar"]', state="hidden", timeout=TIMEOUT_MS)
    problems += _focus_problem(page, f"{other}: Enter on «{t('rv_present_on', other)}»",
                               {t("rv_back", other), t("rv_forward", other)})
    _tab_to(page, t("rv_present_off", other))
    page.keyboard.press("Enter")
    _settled(page, 3, other)
    page.wait_for_selector('[data-testid="stSidebar"]', state="visible", timeout=TIMEOUT_MS)
    problems += _focus_problem(page, f"{other}: Enter on «{t('rv_present_off', other)}»")
    assert page.evaluate(COUNTER) == t("rv_counter", other, n=3, total=SLIDES[other])
    assert not problems, "\n".join(problems)
