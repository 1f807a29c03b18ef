"""Labels fit a laptop and a projector, and the Russian UI's uploader is Russian, in a real Chromium.

At 1366×768 and 1920×1080 every headline figure, metric label, button and download label shows whole
(no element whose text is wider than its box, which the browser would cut or end with «…»), headline
cards have distinct names, and each chart's CSV download is a small secondary button. The «Данные»
page, with the editor unlocked, shows Streamlit's file dropzone in Russian: its own English words
(«Upload», «20MB per file») are hidden and ours drawn in their place."""
from __future__ import annotations

import pytest

from ui.auth import PASSWORD_ENV, hash_password

from .conftest import TIMEOUT_MS, serve_dashboard
from .test_browser import BY_SLUG, PageSpec, open_page, page_path, wait_idle

pytestmark = [pytest.mark.browser, pytest.mark.long]  # every page × viewport: the long tier (make test-long)

VIEWPORTS = [pytest.param({"width": 1366, "height": 768}, id="laptop_1366"),
             pytest.param({"width": 1920, "height": 1080}, id="projector_1920")]
PASSWORD = "пароль-браузера"

OVERFLOWING = """() => {
  const selectors = ['[data-testid="stMetricValue"] div', '[data-testid="stMetricLabel"] p',
                     '[data-testid="stMetricDelta"] div', 'button p', '[data-testid="stDownloadButton"] p'];
  const cut = [];
  for (const el of document.querySelectorAll(selectors.join(','))) {
    if (!el.offsetParent) continue;
    if (el.scrollWidth > el.clientWidth + 1) cut.push(`${el.innerText} (${el.scrollWidth} > ${el.clientWidth})`);
  }
  return cut;
}"""


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("slug", ["overview", "participants", "countries", "registry"])
def test_labels_fit(probe, slug, viewport):
    page = probe.page
    page.set_viewport_size(viewport)
    open_page(probe, BY_SLUG[slug])
    assert page.evaluate(OVERFLOWING) == [], f"{slug} at {viewport['width']}: text cut"
    labels = page.locator('[data-testid="stMetricLabel"]').all_inner_texts()
    first_words = [label.replace(",", " ").split()[0] for label in labels if label.strip()]
    assert len(first_words) == len(set(first_words)), f"two headline cards share a name: {labels}"
    assert not any(d.strip().startswith("+ 0 ") for d in page.locator('[data-testid="stMetricDelta"]').all_inner_texts())


def test_chart_downloads_are_small_secondary_buttons(probe):
    page = probe.page
    open_page(probe, BY_SLUG["overview"])
    buttons = page.locator('[class*="_chart_csv"] [data-testid="stDownloadButton"] button:visible')
    assert buttons.count() >= 3
    for i in range(buttons.count()):
        button = buttons.nth(i)
        assert button.get_attribute("data-testid") == "stBaseButton-secondary"
        box = button.bounding_box()
        assert box and 20 <= box["height"] <= 36, box


@pytest.fixture(scope="module")
def editor_url(browser_db, tmp_path_factory):
    """A second server that has an editor password (the shared one has none)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(PASSWORD_ENV, hash_password(PASSWORD, iterations=1000))
        patch.setenv("ENGAGEMENT_RAW_DIR", str(tmp_path_factory.mktemp("raw")))
        patch.setenv("ENGAGEMENT_EDITS_DIR", str(tmp_path_factory.mktemp("edits")))
        with serve_dashboard(browser_db, tmp_path_factory.mktemp("editor"), "streamlit-editor.log") as base:
            yield base


@pytest.mark.parametrize("lang, drop, browse", [
    pytest.param("ru", "Перетащите файлы сюда", "Выбрать файлы", id="russian"),
    pytest.param("en", None, None, id="english_keeps_streamlit_words"),
])
def test_dropzone_speaks_the_ui_language(probe, editor_url, lang, drop, browse):
    page = probe.page
    page.goto(editor_url + page_path("data", "lang=en" if lang == "en" else ""), wait_until="domcontentloaded")
    wait_idle(page)
    page.locator('input[type="password"]').fill(PASSWORD)
    page.get_by_role("button", name="Включить редактирование" if lang == "ru" else "Turn editing on").click()
    zone = page.locator('[data-testid="stFileUploaderDropzone"]')
    zone.wait_for(state="visible", timeout=TIMEOUT_MS)
    wait_idle(page)
    shown = zone.inner_text()
    generated = page.evaluate("""() => {
      const i = document.querySelector('[data-testid="stFileUploaderDropzoneInstructions"]');
      const b = document.querySelector('[data-testid="stFileUploaderDropzone"] button');
      const text = (el, where) => getComputedStyle(el, where).content.replace(/^"|"$/g, '');
      return [text(i, '::before'), text(i, '::after'), text(b, '::after')];
    }""")
    if lang == "ru":
        assert "Upload" not in shown and "per file" not in shown, shown
        assert generated[0] == drop and "МБ" in generated[1] and generated[2] == browse, generated
    else:
        assert "Upload" in shown and generated == ["none", "none", "none"], (shown, generated)


PLACEHOLDERS_CUT = """() => {
  const cut = [], ctx = document.createElement('canvas').getContext('2d');
  for (const el of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
    if (!el.offsetParent || !el.placeholder) continue;
    const cs = getComputedStyle(el);
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    const need = ctx.measureText(el.placeholder).width;
    if (need > room + 1) cut.push(`«${el.placeholder}»: ${Math.round(need)} px in ${Math.round(room)} px`);
  }
  return cut;
}"""


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_input_placeholders_show_whole(probe, viewport, lang):
    """Every hint written inside an input (the sidebar's search, the registry's search…) shows whole:
    the English search hint «Беларусь, выставка… (Russian words)» was cut to «…(Russian word» in the
    sidebar on a laptop and on the projector alike; what the words must be is now said in the label."""
    page = probe.page
    page.set_viewport_size(viewport)
    spec = BY_SLUG["registry"] if lang == "ru" else PageSpec("registry", "", False)
    open_page(probe, spec, query="lang=en" if lang == "en" else "")
    # the sidebar's widgets may draw a moment after the page's first script run: wait for them
    page.locator('[data-testid="stSidebar"] input[placeholder]').first.wait_for(state="attached", timeout=30_000)
    assert page.locator('[data-testid="stSidebar"] input[placeholder]').count(), "no sidebar input measured"
    assert page.evaluate(PLACEHOLDERS_CUT) == []
