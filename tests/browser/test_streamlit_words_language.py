"""Streamlit's own words on the page — the skip link, the sidebar's and headings' buttons, a widget's help
button, a tag's remove button, the table and chart toolbars' titles, a select's placeholder — speak the
page's language, one language at a time.

Seen at 1366×768 in the Russian UI (uxqa28): the first Tab showed «Skip to main content»; a table's
toolbar said «Show/hide columns», «Download as CSV», «Search», «Fullscreen» when hovered; the registry's
and the organisations' selects held «Choose an option»; a screen reader read «Help for Сфера», «Remove
Даты», «Link to heading», «Collapse sidebar». Streamlit has no setting for these; ui/chrome_language.py
puts them into the page's language in the browser from analytics.i18n (STREAMLIT_WORDS_RU).

Read from the served page in Chromium: every aria-label, title, data-title and placeholder, and every
text outside the page's content (markdown, st.text, code, tables and charts are report or dashboard
text, checked by tests/ui/test_one_language.py). In Russian no English word may be left (file formats,
the «English» switch and code-like tokens aside); switched to English on the same page, no Russian word
may be left — Streamlit's words come back in English."""
from __future__ import annotations

import re

import pytest

from .conftest import TIMEOUT_MS, PageProbe
from .test_browser import BY_SLUG, open_page, wait_settled

pytestmark = pytest.mark.browser

CHROME_TEXTS = r"""() => {
  const content = '[data-testid="stMarkdownContainer"], [data-testid="stText"], [data-testid="stCode"], '
    + '[data-testid="stDataFrame"] canvas, .js-plotly-plot .main-svg, script, style, iframe, noscript';
  const out = new Set();
  document.querySelectorAll('[aria-label], [title], [data-title], [placeholder]').forEach(e => {
    if (e.closest('iframe')) return;
    for (const a of ['aria-label', 'title', 'data-title', 'placeholder']) {
      const v = e.getAttribute(a); if (v) out.add(v.trim()); } });
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n;
  while ((n = walk.nextNode())) {
    const p = n.parentElement, v = n.nodeValue.trim();
    if (v && p && !p.closest(content)) out.add(v);
  }
  return [...out];
}"""
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LATIN_WORD = re.compile(r"(?<![\w./-])[A-Za-z]{3,}(?![\w./-])")
# names that are the same in both languages: file formats, the switch to the other language, programs
SAME_IN_BOTH = {"English", "CSV", "PNG", "XLSX", "PPTX", "HTML", "UTF", "SHA", "Excel", "Parquet", "BLR"}


def foreign(texts: list[str], lang: str, content: set[str] = frozenset()) -> list[str]:
    """The texts with a word of the other language (in Russian: an English word; in English: any Cyrillic),
    less the texts that are report content (`content`)."""
    out = []
    for text in texts:
        if text in content:
            continue
        if lang == "en":
            wrong = bool(CYRILLIC.search(text))
        else:
            wrong = any(w not in SAME_IN_BOTH for w in LATIN_WORD.findall(text))
        if wrong:
            out.append(text)
    return sorted(out)


def test_the_check_tells_the_languages_apart():
    assert foreign(["Skip to main content", "Перейти к содержимому", "English", "↓ CSV"], "ru") == ["Skip to main content"]
    assert foreign(["Help for Сфера", "Подсказка: Сфера", "Для Excel (;)", ".venv/bin/python"], "ru") == ["Help for Сфера"]
    assert foreign(["Help for Sector", "Поиск по таблице", "Download as CSV"], "en") == ["Поиск по таблице"]
    assert foreign(["Участие в форуме", "Search"], "en", content={"Участие в форуме"}) == []


def _switch_language(page) -> None:
    page.locator('[data-testid="stSidebar"] [data-testid="stCheckbox"] label').first.click()
    page.wait_for_timeout(300)
    wait_settled(page)
    page.wait_for_timeout(300)


# what a page shows from the report in an attribute (a select holding an event's title, a tag's name)
REPORT_IN_ATTRIBUTES = r"""() => [...document.querySelectorAll('[data-baseweb="select"] [title], [data-baseweb="tag"] [title]')]
    .map(e => e.getAttribute('title').trim())"""


@pytest.mark.parametrize("slug", ["registry", pytest.param("overview", marks=pytest.mark.long),
                                  pytest.param("countries", marks=pytest.mark.long)])
def test_streamlit_words_speak_the_page_language(browser, app_url, slug):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, base_url=app_url, locale="ru-RU")
    context.set_default_timeout(TIMEOUT_MS)
    probe = PageProbe(context.new_page())
    try:
        open_page(probe, BY_SLUG[slug])
        page = probe.page
        page.wait_for_timeout(300)
        russian = page.evaluate(CHROME_TEXTS)
        _switch_language(page)
        english = page.evaluate(CHROME_TEXTS)
        english_content = set(page.evaluate(REPORT_IN_ATTRIBUTES))
        _switch_language(page)
        russian_again = page.evaluate(CHROME_TEXTS)
    finally:
        context.close()
    assert any("Подсказка" in s or "Перейти" in s for s in russian) or foreign(russian, "ru"), russian
    found = {"ru": foreign(russian, "ru"), "en": foreign(english, "en", english_content),
             "ru again": foreign(russian_again, "ru")}
    assert not any(found.values()), f"{slug}: words in the other language: {found}"
