"""A list's context said once, not on every row (ui.widgets.said_once), so the columns that differ from
row to row get the room of a 1366-px laptop.

Seen in the meeting room (uxqa21): with one report loaded, every list of «Качество данных» repeated
«IV кв. 2024 | Смоленская область» (and «справка») on each of its rows — about 240 of the laptop's
875 px — and the columns that matter were cut: the dates of the events outside the quarter, the very
point of that list, read «25 сент…», «26–28…», the parser's raw text «25 сентя…». Now a column of the
list's context (period, region, field, severity) with one value on every row leaves the grid and a
caption above it names it once; a column that differs, and a list of one row, keep theirs."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard_fixtures import APP  # noqa: E402

TIMEOUT = 120


@pytest.fixture(scope="module")
def served(sample_db):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ENGAGEMENT_DB", str(sample_db))
        yield sample_db


def quality(lang: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if lang == "en":
        at.query_params["lang"] = "en"
    at.run()
    at.switch_page("pages/quality.py").run()
    assert not at.exception, [e.message for e in at.exception]
    return at


WORDS = {"ru": {"period": "Период", "region": "Регион", "dates": "Даты", "raw": "Исходный текст",
                "once": "В каждой строке: Период — IV кв. 2024 · Регион — Смоленская область"},
         "en": {"period": "Period", "region": "Region", "dates": "Dates", "raw": "Raw text",
                "once": "In every row: Period — Q4 2024 · Region — Smolensk Oblast"}}


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_quality_lists_say_their_one_report_once_and_show_the_dates_whole(served, lang):
    words = WORDS[lang]
    at = quality(lang)
    frames = [(d.value, json.loads(d.proto.columns) if d.proto.columns else {}) for d in at.dataframe]
    lists = [(f, c) for f, c in frames if "№" in f.columns or "No." in f.columns]
    assert len(lists) == 3, [list(f.columns) for f, _ in frames]   # problems, outside the quarter, lower bounds
    for frame, _ in lists:
        assert words["period"] not in frame.columns and words["region"] not in frame.columns, list(frame.columns)
    captions = [c.value for c in at.caption]
    assert sum(words["once"] in c for c in captions) == 4, captions   # the kinds and the three lists
    outside = next(f for f, _ in lists if words["dates"] in f.columns)
    assert len(outside) == 16
    cut = [v for v in outside[words["dates"]] if str(v).endswith("…")]
    assert not cut, f"dates cut at 1366 px: {cut}"
    problems = next(f for f, _ in lists if words["raw"] in f.columns)
    dates = problems[problems[words["raw"]].str.contains("2024 года", regex=False)]
    assert len(dates) >= 10 and not dates[words["raw"]].str.endswith("…").any(), dates[words["raw"]].tolist()


def _said_once(frame: pd.DataFrame, columns, lang="ru"):
    from ui.widgets import said_once

    return said_once(frame, columns, lang)


@pytest.mark.parametrize("cells, context, kept", [
    pytest.param({"Период": ["IV кв. 2024"] * 3, "Регион": ["Смоленская область"] * 3, "№": [1, 2, 3]},
                 ["Период", "Регион"], ["№"], id="one_report"),
    pytest.param({"Период": ["IV кв. 2024", "I кв. 2025"], "Регион": ["Брянская область"] * 2, "№": [4, 5]},
                 ["Период", "Регион"], ["Период", "№"], id="two_periods_keep_theirs"),
    pytest.param({"Region": ["Smolensk Oblast", "Bryansk Oblast"], "Severity": ["note", "note"], "No.": [1, 1]},
                 ["Region", "Severity"], ["Region", "No."], id="english_two_regions"),
    pytest.param({"Период": ["IV кв. 2024"], "Регион": ["Смоленская область"], "№": [9]},
                 ["Период", "Регион"], ["Период", "Регион", "№"], id="one_row_keeps_all"),
    pytest.param({"Поле": ["даты", None, "даты"], "№": [1, 2, 3]}, ["Поле"], ["Поле", "№"], id="a_gap_is_not_the_same"),
    pytest.param({"Мероприятие": ["Форум", "Форум"], "№": [7, 7]}, ["Поле"], ["Мероприятие", "№"],
                 id="only_the_named_context"),
])
def test_said_once_drops_only_context_columns_that_repeat(cells, context, kept):
    assert list(_said_once(pd.DataFrame(cells), context).columns) == kept


def test_said_once_caption_shows_report_text_as_text():
    """A region name is report text: it is escaped for the caption's Markdown, never rendered."""
    def page():
        import pandas as pd

        from ui.widgets import said_once

        said_once(pd.DataFrame({"Регион": ["**Смоленская** [обл](http://evil)"] * 2, "№": [1, 2]}), ["Регион"], "ru")

    at = AppTest.from_function(page, default_timeout=TIMEOUT).run()
    caption = at.caption[0].value
    assert caption.startswith("В каждой строке: Регион — ") and "\\*\\*Смоленская\\*\\*" in caption
    assert "\\[обл\\]" in caption
