"""The deck for a quarter of few events, as printed (uxqa22: built for SYNTHETIC quarters of four and five
events, converted to PDF with LibreOffice and looked at).

- A subtitle that counts its rows agrees with the count: «1 крупнейших по числу участников» / «The 1 largest»
  and «0 крупнейших» were printed; one row has its own sentence and none says so (deck.counted_sub).
- The participants slide of a quarter with no stated count says that, not «Всего — чел.» / «— participants».
- A one-line heading is measured RENDER_SLACK narrower than its box (pptx_writer.one_line): measured edge to
  edge, «Подписано документов: 1 (1 — вне квартала) · устных договорённостей: 1 (1 — вне квартала)» fitted
  at 20 pt by the font's widths, and LibreOffice wrapped its last word over the rule under the subtitle.
"""
from __future__ import annotations

import pytest

from briefing.deck import counted_sub, slides
from test_unknown_attendance_card import reviews, unknown_db  # noqa: F401  (SYNTHETIC quarter, no counts)


@pytest.mark.parametrize("key, n, lang, expected", [
    pytest.param("rv_top_events_sub", 10, "ru", "10 крупнейших по числу участников", id="ten_ru"),
    pytest.param("rv_top_events_sub", 3, "en", "The 3 largest by number of participants", id="three_en"),
    pytest.param("rv_top_events_sub", 1, "ru", "Крупнейшее по числу участников", id="one_ru"),
    pytest.param("rv_top_events_sub", 1, "en", "The largest by number of participants", id="one_en"),
    pytest.param("rv_top_events_sub", 0, "ru", "Численность участников в отчёте не указана", id="none_ru"),
    pytest.param("rv_key_partners_sub", 8, "ru", "Зарубежные организации квартала по числу мероприятий (первые 8)",
                 id="partners_eight_ru"),
    pytest.param("rv_key_partners_sub", 1, "en", "The quarter's foreign organisation", id="partners_one_en"),
    pytest.param("rv_key_partners_sub", 0, "ru", "Зарубежные организации квартала", id="partners_none_ru"),
])
def test_counted_subtitles_agree_with_their_count(key, n, lang, expected):
    assert counted_sub(key, n, lang) == expected


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_quarter_without_counts_says_so_on_its_slides(reviews, lang):
    by_key = {s.key: s for s in slides(reviews["unknown"], lang=lang)}
    texts = by_key["attendance"].subtitle + " / " + by_key["top_events"].subtitle
    for wrong in ("—", " 0 ", "The 0", "0 крупнейших"):
        assert wrong not in f" {texts} ", texts
    assert ("не указана" if lang == "ru" else "none of 4") in by_key["attendance"].subtitle
    real = {s.key: s for s in slides(reviews["real"], lang=lang)}
    assert real["top_events"].subtitle.startswith("10 " if lang == "ru" else "The 10 ")


def _near_the_edge(words: list[str], size: float, width: float) -> str:
    """The longest text of `words` (cycled, letter by letter) that fits `width` at `size` by the font's
    widths: edge to edge, within a letter of the box — where LibreOffice wraps it."""
    from briefing.text_fit import width_in

    source = " ".join(words * 4)
    text = ""
    for ch in source:
        if width_in((text + ch).strip(), size, False) > width:
            break
        text += ch
    return text.strip()


@pytest.mark.parametrize("words, width", [
    pytest.param("Подписано документов: 1 (1 — вне квартала) · устных договорённостей: 1 (1 — вне квартала)".split(),
                 12.33, id="agreements_ru"),
    pytest.param("Signed: 2 (1 outside the quarter) · verbal understandings: 11 (2 outside the quarter)".split(),
                 12.33, id="agreements_en"),
    pytest.param("Зарубежные организации квартала, по числу мероприятий; первые восемь".split(), 9.0, id="narrow_box"),
])
def test_one_line_heading_keeps_the_render_slack(words, width):
    from briefing.pptx_writer import RENDER_SLACK, SUBTITLE_PT, one_line
    from briefing.text_fit import width_in

    for cut in range(len(words), 0, -1):       # every prefix: some end inside the slack, others well inside
        text = " ".join(words[:cut])
        shown, size = one_line(text, SUBTITLE_PT, False, width)
        assert width_in(shown, size, False) <= width * RENDER_SLACK + 1e-6, (text, size)
    # and texts cycled to the box's very edge (fit by the advance widths, not by the slack)
    edge = _near_the_edge(words, SUBTITLE_PT, width)
    shown, size = one_line(edge, SUBTITLE_PT, False, width)
    assert width_in(shown, size, False) <= width * RENDER_SLACK + 1e-6, (edge, size)
    assert width_in(edge, SUBTITLE_PT, False) > width * RENDER_SLACK, edge   # the case the slack is for
    assert size < SUBTITLE_PT
