"""An analyst without a mouse: Tab reaches the page links, the language switch, every filter, every
download button and the table, and wherever the focus lands something visible rings it.

Seen tabbing through the dashboard in Chromium (uxqa27): the ten page links and the English switch
changed no pixel when focused; an empty filter showed only its caret; the table's toolbar stayed
invisible while focused; and the 0-px frame that measures the column was a Tab stop with nothing to see.
The ring is measured, not assumed: the pixels around the focused control (its whole box: a filter's
box with its arrow, the switch's label, the table's frame), focused against blurred, must differ on at
least the box's perimeter — a one-pixel ring all the way round. Real Chromium against the served
dashboard at 1366×768; the Реестр (filters, four downloads, the table) stays in `make test`."""
from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops

from .conftest import SCREENSHOTS, TIMEOUT_MS, PageProbe
from .test_browser import BY_SLUG, open_page

pytestmark = pytest.mark.browser

MOST_STOPS = 120

FOCUSED = r"""() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const box = e.closest('[data-testid="stMultiSelectTagsContainer"]')?.parentElement
    || e.closest('[data-baseweb="select"], [data-baseweb="input"], [data-baseweb="textarea"], '
               + '[data-testid="stCheckbox"] label, [data-testid="stDataFrameResizable"]') || e;
  const r = box.getBoundingClientRect();
  document.querySelectorAll('[data-ring-probe]').forEach(x => x.removeAttribute('data-ring-probe'));
  e.setAttribute('data-ring-probe', '1');
  const where = e.closest('[data-testid="stSidebar"]') ? 'sidebar' : 'main';
  return {tag: e.tagName, where, testid: e.closest('[data-testid]')?.getAttribute('data-testid') || '',
          label: (e.getAttribute('aria-label') || e.innerText || e.getAttribute('title') || '').trim().slice(0, 40),
          download: !!e.closest('[data-testid="stDownloadButton"]'), table: !!e.closest('[data-testid="stDataFrame"]'),
          x: r.x, y: r.y, w: r.width, h: r.height};
}"""

EXPECTED = r"""() => {
  const side = document.querySelector('[data-testid="stSidebar"]');
  const labels = [...side.querySelectorAll('input')].filter(i => i.getClientRects().length)
    .map(i => i.getAttribute('aria-label')).filter(Boolean);
  const main = document.querySelector('[data-testid="stMain"]');
  return {filters: labels,
          downloads: [...main.querySelectorAll('[data-testid="stDownloadButton"] button')].filter(b => b.getClientRects().length).length,
          tables: main.querySelectorAll('[data-testid="stDataFrame"]').length};
}"""


DRAWN = r"""() => {
  const side = document.querySelector('[data-testid="stSidebar"]');
  const main = document.querySelector('[data-testid="stMain"]');
  return !!side && !!main && [...side.querySelectorAll('input')].filter(i => i.getClientRects().length).length >= 8
    && main.querySelectorAll('[data-testid="stDownloadButton"] button').length >= 1;
}"""


def _changed_pixels(a: bytes, b: bytes) -> int:
    first, second = (Image.open(io.BytesIO(x)).convert("RGB") for x in (a, b))
    changed = ImageChops.difference(first, second).convert("L").point(lambda v: 255 if v > 40 else 0)
    return changed.histogram()[255]


def ring_shown(page, stop: dict) -> int:
    """Pixels around the focused control that differ from the same place with the focus gone."""
    clip = {"x": max(0.0, stop["x"] - 6), "y": max(0.0, stop["y"] - 6), "width": stop["w"] + 12, "height": stop["h"] + 12}
    focused = page.screenshot(clip=clip)
    page.evaluate("() => document.activeElement.blur()")
    page.wait_for_timeout(120)
    blurred = page.screenshot(clip=clip)
    page.evaluate("() => document.querySelector('[data-ring-probe]').focus({focusVisible: true})")
    page.wait_for_timeout(80)
    return _changed_pixels(focused, blurred)


def walk(page) -> list[dict]:
    """Tab from the top of the page until the focus comes back to the first stop (or MOST_STOPS)."""
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
    stops = []
    for _ in range(MOST_STOPS):
        page.keyboard.press("Tab")
        page.wait_for_timeout(120)
        stop = page.evaluate(FOCUSED)
        if stop is None:
            continue
        if stops and stop["testid"] == stops[0]["testid"] and stop["label"] == stops[0]["label"]:
            break
        stop["invisible"] = not (stop["w"] > 0 and stop["h"] > 0)
        stop["ring"] = 0 if stop["invisible"] else ring_shown(page, stop)
        stops.append(stop)
    return stops


def problems_of(stops: list[dict], expected: dict) -> list[str]:
    out = []
    for stop in stops:
        name = f"{stop['tag']} {stop['testid']} «{stop['label']}»"
        if stop["invisible"]:
            out.append(f"Tab stops on {name}, which is not drawn")
        elif stop["ring"] < 2 * (stop["w"] + stop["h"]):
            out.append(f"no visible focus on {name}: {stop['ring']} px changed around a "
                       f"{stop['w']:.0f}×{stop['h']:.0f} box")
    reached = {s["label"] for s in stops if s["where"] == "sidebar"}
    out += [f"filter «{f}» is not reached by Tab" for f in expected["filters"] if f not in reached]
    downloads = sum(1 for s in stops if s["download"])
    if downloads < expected["downloads"]:
        out.append(f"{downloads} of {expected['downloads']} download buttons reached by Tab")
    if expected["tables"] and not any(s["table"] for s in stops):
        out.append("the table is not reached by Tab")
    return out


@pytest.mark.parametrize("slug", ["registry", pytest.param("overview", marks=pytest.mark.long),
                                  pytest.param("participants", marks=pytest.mark.long)])
def test_tab_reaches_every_control_with_a_visible_ring(browser, app_url, slug):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, base_url=app_url, locale="ru-RU")
    context.set_default_timeout(TIMEOUT_MS)
    probe = PageProbe(context.new_page())
    try:
        open_page(probe, BY_SLUG[slug])
        # the sidebar's filters drawn before they are counted: under a loaded CI run the count was once taken while
        # a rerun had them off the page (no filter, no download, no table, and then 48 stops walked)
        probe.page.wait_for_function(DRAWN, timeout=TIMEOUT_MS)
        expected = probe.page.evaluate(EXPECTED)
        stops = walk(probe.page)
        found = problems_of(stops, expected)
        if found:
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            probe.page.screenshot(path=str(SCREENSHOTS / f"keyboard-{slug}.png"))
    finally:
        context.close()
    assert len(expected["filters"]) >= 8 and len(stops) >= 20, (expected, len(stops))
    assert expected["downloads"] >= 1
    assert not found, "\n".join(found)
