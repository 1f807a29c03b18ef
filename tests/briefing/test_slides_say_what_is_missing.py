"""A slide with nothing to draw says in its body what is missing (briefing.deck.Slide.says_missing), in the
PPTX, the HTML and on the screen alike.

Seen (uxqa22/23): in a quarter where no event states its participant count, «Участники» and «Самые массовые
мероприятия» were printed with their explaining subtitles and blank bodies — a meeting looking at an empty
slide asks whether the file is broken. Decided: both slides stay (the deck's order and slide numbers are the
same every quarter, so handouts and the screen agree), and each body says why it is empty: no chart of
participants by sector and format; nothing to rank the events by. The PPTX body keeps the deck's 18-pt floor.
The real quarter, with counts, shows its charts and table and none of these sentences.

The quarter checked is SYNTHETIC (test_unknown_attendance_card: the sample's four events without counts moved
to I кв. 2025)."""
from __future__ import annotations

import io
import re
from html import escape

import pytest
from pptx import Presentation
from pptx.util import Pt

from analytics.i18n import t
from briefing import build_briefing
from briefing.deck import slides
from test_unknown_attendance_card import reviews, unknown_db  # noqa: F401  (SYNTHETIC quarter, no counts)

MISSING = {"attendance": ("rv_attendance", "rv_attendance_missing"), "top_events": ("rv_top_events", "rv_top_events_missing")}


def _pptx_bodies(data: bytes, titles: set[str]) -> dict[str, list]:
    """Title → the runs (text, size) of the slide's shapes other than its title, subtitle and footer."""
    out = {}
    for slide in Presentation(io.BytesIO(data)).slides:
        texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        title = next((x for x in texts if x in titles), None)
        if title is None:
            continue
        out[title] = [(r.text, r.font.size) for s in slide.shapes if s.has_text_frame
                      for p in s.text_frame.paragraphs for r in p.runs if r.text.strip()]
    return out


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_empty_slides_say_what_is_missing(reviews, lang):
    brief = build_briefing(reviews["unknown"], lang=lang)
    titles = {t(title, lang): t(text, lang) for title, text in MISSING.values()}
    bodies = _pptx_bodies(brief.pptx, set(titles))
    assert set(bodies) == set(titles), f"a slide left the deck: {sorted(bodies)}"
    for title, sentence in titles.items():
        runs = [(text, size) for text, size in bodies[title] if text in sentence or sentence in text]
        assert runs, f"«{title}» has no body saying what is missing: {bodies[title]}"
        assert all(size is None or size >= Pt(18) for _, size in runs), runs
    html = brief.html.decode("utf-8")
    for key, (_, text) in MISSING.items():
        section = re.search(rf'<section class="slide {key}".*?</section>', html, re.S).group(0)
        assert escape(t(text, lang)) in section, section[:600]
    # the screen's slides are the same deck: each says it in its items
    by_key = {s.key: s for s in slides(reviews["unknown"], lang=lang)}
    for key, (_, text) in MISSING.items():
        assert by_key[key].says_missing and t(text, lang) in [x for _, x in by_key[key].items]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_a_quarter_with_counts_draws_its_charts(reviews, lang):
    brief = build_briefing(reviews["real"], lang=lang)
    html = brief.html.decode("utf-8")
    for key, (_, text) in MISSING.items():
        assert escape(t(text, lang)) not in html
    by_key = {s.key: s for s in slides(reviews["real"], lang=lang)}
    assert not any(s.says_missing for s in by_key.values()), [k for k, s in by_key.items() if s.says_missing]
