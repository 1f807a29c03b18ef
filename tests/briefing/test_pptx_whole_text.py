"""PPTX headings and the title slide's paragraphs are shown whole whenever they can be.

uxqa11, on the LibreOffice rendering of the sample's deck: the agreements slide's subtitle was cut
(«… устных договорённостей…»: it was cut at 20 pt with room for it at 18), and the title slide's
third paragraph lost its end (the signed memorandum's title and «достигнуто 11 устных
договорённостей») while 10-pt gaps stood between paragraphs. Now a heading shrinks to its floor
(pptx_writer.HEADING_FLOORS) before any «…», the title slide's paragraph gaps shrink (10 → 4 pt)
before any text is cut, and LibreOffice's slightly wider lines are allowed for (RENDER_SLACK): the
rendered title slide keeps its last line above the footer."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace

import pytest
from pptx import Presentation

from briefing.deck import slides
from briefing.model import build_review
from briefing.pptx_writer import HEADING_FLOORS, RENDER_SLACK, SUBTITLE_PT, WIDTH, one_line, pptx_bytes
from briefing.text_fit import wrap

EMU = 914400
LONG = {"ru": " Отдельно отмечено участие делегации в выставке, форуме и рабочих встречах с партнёрами.",
        "en": " The delegation also took part in an exhibition, a forum and working meetings with partners."}


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _decks(con):
    review = build_review(con, 2024, 4)
    for lang in ("ru", "en"):
        deck = slides(review, lang=lang)
        yield f"sample-{lang}", review, deck
        # SYNTHETIC: a subtitle a few words longer on every slide, and a longer first paragraph
        longer = [replace(s, subtitle=s.subtitle + (" · по данным отчёта" if lang == "ru" else " · as reported"))
                  for s in deck]
        longer[0] = replace(longer[0], paragraphs=[longer[0].paragraphs[0] + LONG[lang]] + longer[0].paragraphs[1:])
        yield f"synthetic_longer-{lang}", review, longer


@pytest.fixture(scope="module")
def built(sample_con):
    return [(name, deck, Presentation(io.BytesIO(pptx_bytes(review, deck)))) for name, review, deck in _decks(sample_con)]


def _texts(slide) -> list[str]:
    return [s.text_frame.text for s in slide.shapes if s.has_text_frame and s.text_frame.text.strip()]


def test_subtitles_are_whole_when_they_fit_at_the_floor(built):
    floor = HEADING_FLOORS[SUBTITLE_PT]
    checked = 0
    for name, deck, prs in built:
        for number, (item, slide) in enumerate(zip(deck, prs.slides), start=1):
            if not item.subtitle or item.key == "title":
                continue
            fits = len(wrap(" ".join(item.subtitle.split()), floor, False, WIDTH)) <= 1
            shown = [t for t in _texts(slide) if t.startswith(item.subtitle[:12])]
            assert shown, f"{name} slide {number}: subtitle missing"
            if fits:
                checked += 1
                assert shown[0] == " ".join(item.subtitle.split()), f"{name} slide {number}: «{shown[0]}»"
    assert checked >= 30


def test_title_slide_paragraphs_are_whole(built):
    """The real quarter's paragraphs whole in both languages; a SYNTHETIC one a line too long keeps every
    paragraph but the last whole and cuts only that one's end, with «…»."""
    for name, deck, prs in built:
        body = _squeeze(max(_texts(prs.slides[0]), key=len))
        *earlier, last = deck[0].paragraphs
        for paragraph in earlier + ([last] if name.startswith("sample") else []):
            assert _squeeze(paragraph) in body, f"{name}: cut: «{paragraph[-80:]}»"
        if _squeeze(last) not in body:
            assert body.endswith("…") and _squeeze(last)[:40] in body, name


@pytest.mark.parametrize("text, size, bold, width", [
    ("Подписано документов: 2 (1 — на мероприятии вне квартала) · устных договорённостей: 11 (2 — на мероприятии вне квартала)",
     20, False, 12.33),
    ("Signed: 2 (1 outside the quarter) · verbal understandings: 11 (2 outside the quarter) · as reported", 20, False, 12.33),
    ("Соглашения и договорённости с зарубежными партнёрами региона в IV квартале", 30, True, 12.33),
    ("Международное сотрудничество Смоленской области", 36, True, 12.1),
    ("Короткий подзаголовок", 20, False, 12.33),
    ("Очень " * 40, 20, False, 12.33),
])
def test_a_heading_shrinks_before_it_is_cut(text, size, bold, width):
    """Fitted, like every block, to the box less LibreOffice's render slack (RENDER_SLACK)."""
    shown, pt = one_line(text, size, bold, width)
    floor, room = HEADING_FLOORS[size], width * RENDER_SLACK
    assert floor <= pt <= size and len(wrap(shown, pt, bold, room)) == 1
    if len(wrap(" ".join(text.split()), floor, bold, room)) <= 1:
        assert shown == " ".join(text.split()), "cut although it fits at the floor"
        assert pt == max(s for s in range(floor, size + 1) if len(wrap(shown, s, bold, room)) <= 1)
    else:
        assert shown.endswith("…") and pt == floor


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")), reason="LibreOffice / poppler missing")
def test_rendered_title_slide_ends_above_the_footer(built, tmp_path):
    """LibreOffice's own layout: the title slide's last body line is above the footer's first."""
    for name, _deck, prs in built:
        path = tmp_path / f"{name}.pptx"
        prs.save(path)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to",
                        "pdf", "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=180)
        html = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", str(path.with_suffix(".pdf")), "-"],
                              check=True, capture_output=True, text=True).stdout
        words = [(float(y0), float(y1), w) for y0, y1, w in
                 re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', html)]
        footer_top = min(y0 for y0, _, w in words if w == "1" or "/" in w and y0 > 400)
        body_bottom = max(y1 for _, y1, _ in words if y1 < footer_top + 1)
        assert body_bottom <= footer_top - 2, f"{name}: body ends at {body_bottom}, footer at {footer_top}"
        if name.startswith("sample"):      # the real quarter's last words are drawn
            text = _squeeze(" ".join(w for _, _, w in words))
            last = _squeeze(" ".join(_deck[0].paragraphs[-1].split()[-4:]))
            assert last in text, f"{name}: the last words not drawn"
