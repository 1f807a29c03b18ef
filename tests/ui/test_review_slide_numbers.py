"""A shared link opens the same slide in either language: ?slide=N of the review («Квартальный обзор»)
is the same slide (and the same part of a slide cut for the screen) in Russian and in English.
Before, each language cut its dense slides by its own text length: on the sample's 2024 Q4 the
Russian screen deck had 12 slides and the English one 13, so slide 9 onwards differed."""
from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from briefing.deck import Slide, slides
from briefing.model import build_review
from dashboard_fixtures import APP, dashboard_db  # noqa: F401  (fixture)
from ui.slides import MIN_FILL, screen_slides, slide_fill

TIMEOUT = 120
SLIDE_KEY = re.compile(r'class="rv-title" data-slide="([a-z_]+)">([^<]*)<')


def _walk(lang: str) -> list[tuple[str, str]]:
    """(slide key, title) of every slide as the page shows them, «Вперёд» / «Next» to the end."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("pages/review.py").run()
    seen = []
    while True:
        assert not at.exception, at.exception
        shown = [m for md in at.markdown for m in SLIDE_KEY.findall(md.value)]
        assert len(shown) == 1, shown
        seen.append(shown[0])
        if at.button(key="review_forward_top").disabled:
            return seen
        at = at.button(key="review_forward_top").click().run()


def test_slide_n_is_the_same_slide_in_russian_and_in_english(dashboard_db):  # noqa: F811
    ru, en = _walk("ru"), _walk("en")
    assert [k for k, _ in ru] == [k for k, _ in en], (ru, en)
    parts = [(title.rsplit("·", 1)[-1].split()[::2] if "·" in title else []) for _, title in ru]
    parts_en = [(title.rsplit("·", 1)[-1].split()[::2] if "·" in title else []) for _, title in en]
    assert parts == parts_en, "«· 1 из 2» in Russian is «· 1 of 2» in English on the same slide"


def _wordy(lang: str, words: int) -> Slide:
    """SYNTHETIC: a ten-row table whose text is `words` words a cell."""
    import pandas as pd
    text = " ".join(["сотрудничество" if lang == "ru" else "cooperation"] * words)
    return Slide("top_events", "T", "SYNTHETIC", lang=lang,
                 table=pd.DataFrame({"№": [str(i) for i in range(10)], "Title": [text] * 10, "Dates": ["1–2 Oct"] * 10}))


@pytest.mark.parametrize("ru_words, en_words", [(12, 2), (2, 12), (6, 6), (1, 1), (20, 5)])
def test_each_slide_is_cut_as_the_wordiest_language_needs(ru_words, en_words):
    ru, en = [_wordy("ru", ru_words)], [_wordy("en", en_words)]
    shown_ru, shown_en = screen_slides(ru, alike=[en]), screen_slides(en, alike=[ru])
    assert len(shown_ru) == len(shown_en) == max(len(screen_slides(ru)), len(screen_slides(en)))
    for shown in (shown_ru, shown_en):
        assert [n for p in shown for n in p.table["№"]] == [str(i) for i in range(10)], "rows lost or reordered"
        assert all(slide_fill(p) >= MIN_FILL for p in shown) or len(shown) == 4


def test_the_sample_quarter_has_one_slide_count(sample_con):
    review = build_review(sample_con, 2024, 4)
    ru, en = slides(review, lang="ru"), slides(review, lang="en")
    assert [s.key for s in screen_slides(ru, alike=[en])] == [s.key for s in screen_slides(en, alike=[ru])]
