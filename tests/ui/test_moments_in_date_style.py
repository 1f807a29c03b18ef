"""Every moment a grid shows is in the app's date style, in the page's language (ui.widgets.moment_cells):
«28 ноября 2026, 09:52» / «28 November 2026, 09:52».

Seen in the meeting room (uxqa21): «Качество данных»'s loads log showed the database's timestamp
«2026-11-28 09:52:44» (in English too) while «Данные» listed the same load as «28 ноября 2026, 09:52»;
the analysts' corrections («Когда») were the same raw form."""
from __future__ import annotations

import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard_fixtures import APP  # noqa: E402

TIMEOUT = 120
STYLE = {"ru": re.compile(r"^\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) "
                          r"\d{4}, \d{2}:\d{2}$"),
         "en": re.compile(r"^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|"
                          r"December) \d{4}, \d{2}:\d{2}$")}
LOADED = {"ru": "Загружен", "en": "Loaded at"}


@pytest.fixture(scope="module")
def served(sample_db):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ENGAGEMENT_DB", str(sample_db))
        yield sample_db


@pytest.mark.slow
@pytest.mark.parametrize("page", ["pages/quality.py", "pages/data.py"])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_load_moments_in_the_date_style(served, page, lang):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if lang == "en":
        at.query_params["lang"] = "en"
    at.run()
    at.switch_page(page).run()
    assert not at.exception, [e.message for e in at.exception]
    cells = [v for d in at.dataframe if LOADED[lang] in d.value.columns for v in d.value[LOADED[lang]]]
    assert cells, f"{page}: no «{LOADED[lang]}» column"
    odd = [v for v in cells if not STYLE[lang].match(str(v))]
    assert not odd, f"{page}: moments not in the date style: {odd}"


@pytest.mark.parametrize("values, lang, expected", [
    pytest.param([pd.Timestamp("2026-11-28 09:52:44")], "ru", ["28 ноября 2026, 09:52"], id="timestamp_ru"),
    pytest.param(["2024-01-02T03:04:05"], "en", ["2 January 2024, 03:04"], id="iso_text_en"),
    pytest.param([None, pd.NaT], "ru", ["—", "—"], id="missing_is_a_dash_not_NaT"),
    pytest.param(["не дата"], "en", ["—"], id="unreadable_is_a_dash"),
])
def test_moment_cells(values, lang, expected):
    from ui.widgets import moment_cells

    assert moment_cells(pd.Series(values, dtype=object), lang).tolist() == expected
