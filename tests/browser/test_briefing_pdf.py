"""The printed briefing read back from the PDF itself, as a meeting hand-out is: the HTML briefing of the
sample printed by headless Chromium on A4, asked for landscape and for portrait, with and without
«Background graphics» (Chromium's print dialog leaves it off), in both languages.

From the PDF (pdfplumber, the words and filled boxes Chromium wrote): as many pages as slides; every
page is landscape (the slide is drawn for A4 landscape and its @page size wins over a portrait request,
so nothing is cut at a portrait page's right edge); page i carries slide i's title, its subtitle, its
page number «i / n» and its footnotes — a slide that ran over would push its footnotes or page number
onto the next page; each slide table's header and every row's first cell are on the table's own page
(a slide's box is fixed, so a table never runs over a page and has no header to repeat).

Seen printing without background graphics (uxqa26, the print dialog's default): the slide tables'
header row — white text on a navy band — printed as pale grey words on white paper, the navy band
gone; the print CSS now keeps the slide's colours (print-color-adjust: exact), so the header band is
a navy box under the header words in the PDF."""
from __future__ import annotations

import io
import re

import pytest

pytestmark = pytest.mark.browser

NAVY = (0x1F / 255, 0x3A / 255, 0x5F / 255)

# what each printed slide must show, read from the page in print media: the texts that sit at the
# slide's top and bottom (a slide that overflowed would move the bottom ones to the next page)
SLIDES = """() => [...document.querySelectorAll('section.slide')].map(s => ({
  key: s.dataset.key,
  title: s.querySelector('h1').innerText,
  subtitle: (s.querySelector('.subtitle') || {innerText: ''}).innerText,
  footnotes: [...s.querySelectorAll('.footnotes p')].map(p => p.innerText),
  pageno: (s.querySelector('.pageno') || {innerText: ''}).innerText,
  tables: [...s.querySelectorAll('table.top')].map(t => ({
    head: [...t.querySelectorAll('thead th')].map(th => th.innerText),
    first: [...t.querySelectorAll('tbody tr')].map(tr => tr.children[0].innerText)})),
}))"""


def _words(text: str) -> list[str]:
    """A text's words as the PDF's text layer writes them: whitespace-split, no soft hyphens."""
    return [w for w in re.split(r"\s+", text.replace("\u00ad", "")) if w]


def _on_page(text: str, page_text: str) -> bool:
    """All of a text's words on the page in order (lines may break anywhere between them); a text
    clamped with «…» counts by the words before its ellipsis."""
    words = _words(text.split("…")[0])
    flat = " ".join(_words(page_text))
    pos = 0
    for w in words[:-1] if text.rstrip().endswith("…") and len(words) > 1 else words:
        pos = flat.find(w, pos)
        if pos < 0:
            return False
        pos += len(w)
    return True


def _navy_boxes(page) -> list[dict]:
    """Filled rectangles of the slides' navy on one PDF page."""
    out = []
    for r in page.rects:
        colour = r.get("non_stroking_color")
        if r.get("fill") and isinstance(colour, (tuple, list)) and len(colour) == 3 and \
                all(abs(a - b) < 0.02 for a, b in zip(colour, NAVY)):
            out.append(r)
    return out


@pytest.fixture(scope="module", params=["ru", pytest.param("en", marks=pytest.mark.long)])
def printed(request, browser, sample_con, tmp_path_factory):
    """The briefing in one language printed four ways: {(landscape, background): pdf bytes}, and the
    slides' texts as the print-media page lays them out."""
    from briefing import build_briefing
    from briefing.model import build_review

    lang = request.param
    html = build_briefing(build_review(sample_con, 2024, 4), lang=lang).html.decode("utf-8")
    path = tmp_path_factory.mktemp(f"pdf_{lang}") / "briefing.html"
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(path.as_uri())
        page.wait_for_function("document.querySelectorAll('.js-plotly-plot .main-svg').length >= 6", timeout=30_000)
        page.emulate_media(media="print")
        slides = page.evaluate(SLIDES)
        pdfs = {(land, bg): page.pdf(format="A4", landscape=land, print_background=bg)
                for land in (True, False) for bg in (True, False)}
    finally:
        page.close()
    return lang, slides, pdfs


@pytest.mark.parametrize("landscape, background", [
    (True, True), (False, False),
    pytest.param(True, False, marks=pytest.mark.long), pytest.param(False, True, marks=pytest.mark.long)],
                         ids=["landscape-bg", "portrait-nobg", "landscape-nobg", "portrait-bg"])
def test_each_slide_prints_whole_on_its_own_page(printed, landscape, background):
    import pdfplumber

    lang, slides, pdfs = printed
    problems = []
    with pdfplumber.open(io.BytesIO(pdfs[(landscape, background)])) as document:
        pages = document.pages
        assert len(pages) == len(slides), f"{len(pages)} printed pages for {len(slides)} slides ({lang})"
        for i, (slide, page) in enumerate(zip(slides, pages), start=1):
            text = page.extract_text() or ""
            where = f"{lang} page {i} ({slide['key']})"
            if page.width <= page.height:
                problems.append(f"{where}: portrait {page.width:.0f}×{page.height:.0f} pt")
            for name in ("title", "subtitle", "pageno"):
                if slide[name] and not _on_page(slide[name], text):
                    problems.append(f"{where}: {name} «{slide[name]}» not on its page")
            for note in slide["footnotes"]:
                if not _on_page(note, text):
                    problems.append(f"{where}: footnote «{note[:50]}» not on its page")
            for table in slide["tables"]:
                for th in table["head"]:
                    if th and not _on_page(th, text):
                        problems.append(f"{where}: table header «{th}» not on its page")
                for first in table["first"]:
                    if first and not _on_page(first, text):
                        problems.append(f"{where}: table row «{first}» not on its page")
    numbered = [s["pageno"] for s in slides if s["pageno"]]
    assert numbered and all(n.endswith(f" / {len(slides)}") for n in numbered), numbered
    assert sum(len(s["tables"]) for s in slides) == 2, "the slide tables (top events, key partners)"
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("background", [False, True], ids=["nobg", "bg"])
def test_table_headers_print_on_their_navy_band(printed, background):
    """Each slide table's header words sit in a navy box in the PDF, whether or not the printer was
    asked for background graphics."""
    import pdfplumber

    lang, slides, pdfs = printed
    missing = []
    with pdfplumber.open(io.BytesIO(pdfs[(True, background)])) as document:
        for slide, page in zip(slides, document.pages):
            boxes = _navy_boxes(page)
            words = page.extract_words()
            for table in slide["tables"]:
                first = _words(table["head"][0])[0]
                hits = [w for w in words if w["text"] == first]
                assert hits, f"{lang} {slide['key']}: header «{first}» not in the PDF"
                w = hits[0]
                inside = [b for b in boxes if b["x0"] <= w["x0"] + 1 and b["x1"] >= w["x1"] - 1
                          and b["top"] <= w["top"] + 1 and b["bottom"] >= w["bottom"] - 1]
                if not inside:
                    missing.append(f"{lang} {slide['key']}: header «{first}» printed without its navy band")
    assert not missing, "\n".join(missing)


SMALLEST_PRINTED_PT = 9.0   # leadership reads the hand-out on paper: no printed word under 9 pt


def small_words(words: list[dict], floor: float = SMALLEST_PRINTED_PT) -> list[str]:
    """The upright words printed under `floor` points, as «word (size pt)». A rotated axis title is left
    out: pdfplumber sizes a rotated letter by its box, not its font (a 15-px title reads as 3–8 pt)."""
    return [f"{w['text']} ({w['size']:.2f} pt)" for w in words
            if w.get("upright", True) and w["size"] < floor - 0.01]


def test_the_size_check_reads_words():
    words = [{"text": "Источник", "size": 8.25, "upright": True}, {"text": "Сектор", "size": 9.0, "upright": True},
             {"text": "Страна", "size": 6.2, "upright": False}, {"text": "1 / 10", "size": 8.995, "upright": True},
             {"text": "Итог", "size": 9.75}]
    assert small_words(words) == ["Источник (8.25 pt)"]
    assert small_words(words, floor=9.5) == ["Источник (8.25 pt)", "Сектор (9.00 pt)", "1 / 10 (8.99 pt)"]
    assert small_words([]) == []


@pytest.mark.parametrize("landscape, background", [(True, True), (False, False)], ids=["landscape", "portrait"])
def test_nothing_prints_under_nine_points(printed, landscape, background):
    """Every printed word — footnotes, sources, page numbers, table cells — is 9 pt or more on paper.
    Seen (uxqa29): the page numbers «Смоленская область · IV кв. 2024 · 1 / 10» printed at 8.25 pt
    (11 px) and the footnotes at 9 pt exactly (12 px); both are 13 px (9.75 pt) now."""
    import pdfplumber

    lang, slides, pdfs = printed
    found = []
    with pdfplumber.open(io.BytesIO(pdfs[(landscape, background)])) as document:
        for i, page in enumerate(document.pages, start=1):
            words = page.extract_words(extra_attrs=["size", "upright"])
            assert words, f"{lang} page {i}: no text read"
            small = small_words(words)
            if small:
                found.append(f"{lang} page {i}: {len(small)} words under {SMALLEST_PRINTED_PT:g} pt: {small[:6]}")
    assert not found, "\n".join(found)
