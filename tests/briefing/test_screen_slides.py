"""The review on the screen (ui.slides.screen_slides): a slide whose text would need type below
MIN_FILL of the presentation size is shown in consecutive parts, each readable, nothing lost or
reordered; a column empty in every row is left off the screen; the files keep the deck as it is.
Before, the ten biggest events fitted a 1366×768 laptop only at ~17 px (fill 0.66)."""
from __future__ import annotations

import pandas as pd
import pytest

from briefing.deck import Slide, slides
from briefing.model import build_review
from ui.slides import MIN_FILL, screen_slides, slide_fill

TITLE = "Выставка «Петрусь Бровка. Моё XX столетие» из коллекции Музея-квартиры Петруся Бровки филиала"


def _table(rows: int, blank: bool = False) -> pd.DataFrame:
    frame = pd.DataFrame({"№": [str(i) for i in range(1, rows + 1)], "Мероприятие": [f"{TITLE} {i}" for i in range(rows)],
                          "Даты": ["6 сентября – 9 октября 2024"] * rows, "Участники": ["≥ 1 600"] * rows})
    return frame.assign(Новый=[""] * rows) if blank else frame


@pytest.mark.parametrize("rows", [6, 10, 14, 20])
def test_dense_tables_are_cut_into_readable_parts_in_order(rows):
    item = Slide("top_events", "Самые массовые мероприятия", "SYNTHETIC", table=_table(rows))
    parts = screen_slides([item])
    assert [n for p in parts for n in p.table["№"]] == [str(i) for i in range(1, rows + 1)], "rows lost or reordered"
    if slide_fill(item) >= MIN_FILL:
        assert len(parts) == 1
    else:
        assert len(parts) > 1 and all(slide_fill(p) >= MIN_FILL for p in parts), [slide_fill(p) for p in parts]
        assert [p.title for p in parts] == [f"Самые массовые мероприятия · {i} из {len(parts)}"
                                           for i in range(1, len(parts) + 1)]


def test_a_column_empty_in_every_row_is_left_off_the_screen_only():
    item = Slide("key_partners", "Ключевые партнёры", "SYNTHETIC", table=_table(3, blank=True))
    shown = screen_slides([item])
    assert "Новый" not in shown[0].table.columns and "Новый" in item.table.columns


@pytest.mark.parametrize("signed, verbal", [(2, 3), (0, 3), (3, 0), (1, 1)])
def test_agreement_columns_split_by_entries(signed, verbal):
    body = "№ 20 · 6 сентября – 9 октября 2024 · Беларусь\n" + "Достигнута договоренность о совместной деятельности " * 4
    columns = [("Подписанные документы", [(f"{TITLE} s{i}", body) for i in range(signed)]),
               ("Ключевые устные договорённости", [(f"{TITLE} v{i}", body) for i in range(verbal)])]
    item = Slide("agreements", "Соглашения и договорённости", "SYNTHETIC", columns=columns)
    parts = screen_slides([item])
    seen = [(h, head) for p in parts for h, entries in p.columns for head, _ in entries]
    assert seen == [(h, head) for h, entries in columns for head, _ in entries]
    assert all(slide_fill(p) >= MIN_FILL for p in parts) or len(parts) == 4


def test_sparse_and_chart_slides_stay_whole(sample_con):
    review = build_review(sample_con, 2024, 4)
    for lang in ("ru", "en"):
        deck = slides(review, lang=lang)
        shown = screen_slides(deck)
        keys = [s.key for s in shown]
        for item in deck:
            if item.charts or item.key in ("title", "headline", "closing"):
                assert keys.count(item.key) == 1, item.key
        assert all(slide_fill(s) >= MIN_FILL for s in shown), [(s.title, slide_fill(s)) for s in shown]
        assert keys.count("top_events") >= 2, "the ten biggest events need two screens"
        assert len(deck) == 10, "the files keep the deck"
