"""Every button label of a page is on one line at a laptop's 1366×768 and a projector's 1920×1080, in
Russian and in English: a button whose label breaks onto two lines («Режим показа / ▶», «Presentation /
mode ▶») looks broken on the meeting room's screen. The labels may wrap (ui/widgets.CSS, so a narrow
column shows a whole label instead of «…»); what keeps them on one line is that each button gets the
width its label needs (the review page's controls row: a flex row of controls, each as wide as its
content, the quarter picker taking the rest).

A label is on one line when its text's box is no taller than one and a half of its line height. The
review page at 1366 in English is the case that was seen (normal tier); every page × viewport × language
is the long tier's walk."""
from __future__ import annotations

import pytest

from .test_browser import BY_SLUG, PageSpec, open_page

pytestmark = pytest.mark.browser

VIEWPORTS = {"laptop_1366": {"width": 1366, "height": 768}, "projector_1920": {"width": 1920, "height": 1080}}
PAGES = ["overview", "sectors", "countries", "organisations", "dynamics", "participants", "registry", "review",
         "quality", "data"]

TWO_LINE_BUTTONS = r"""() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const out = [];
  for (const p of main.querySelectorAll("button p")) {
    if (!p.getClientRects().length || !p.innerText.trim()) continue;
    const line = parseFloat(getComputedStyle(p).lineHeight) || parseFloat(getComputedStyle(p).fontSize) * 1.2;
    const height = p.getBoundingClientRect().height;
    if (height > line * 1.5) out.push(`«${p.innerText.replace(/\n/g, ' / ')}»: ${Math.round(height)} px tall, `
                                      + `line ${Math.round(line)} px, button ${Math.round(p.closest('button').getBoundingClientRect().width)} px wide`);
  }
  return out;
}"""


def _spec(slug: str, lang: str) -> PageSpec:
    spec = BY_SLUG.get(slug, PageSpec(slug, "", False))
    return spec if lang == "ru" else PageSpec(slug, "", spec.charts)


def _two_line_buttons(probe, slug: str, viewport: dict, lang: str) -> list[str]:
    page = probe.page
    page.set_viewport_size(viewport)
    open_page(probe, _spec(slug, lang), query="lang=en" if lang == "en" else "")
    page.locator('[data-testid="stMain"] button').first.wait_for(state="attached", timeout=30_000)
    return page.evaluate(TWO_LINE_BUTTONS)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_review_controls_stay_on_one_line_on_a_laptop(probe, lang):
    """«Режим показа ▶» / «Presentation mode ▶» beside the quarter picker and the dark-theme switch."""
    assert _two_line_buttons(probe, "review", VIEWPORTS["laptop_1366"], lang) == []


@pytest.mark.long
@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("slug", PAGES)
def test_no_button_label_on_two_lines(probe, slug, viewport, lang):
    assert _two_line_buttons(probe, slug, VIEWPORTS[viewport], lang) == []
