"""A grid whose columns' whole content needs far less than its box is drawn at that natural width,
left-aligned, not stretched (ui.widgets.short_grid_widths, applied in ui.widgets.grid).

Seen in the meeting room at 1920×1080 (uxqa25): «Заполненность полей» / «Fields filled» stretched a
field's name and its «100 %» across ~1,400 px, and the dossier's short lists a name and a count over a
half page, so the eye crossed empty space between a label and its number. The rule does not depend on
the screen (every column as wide as its widest cell, so nothing is cut at 1366); a grid of long text,
of many columns, or with a shown index is still stretched."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard_fixtures import APP  # noqa: E402
from ui import widgets

TIMEOUT = 120


@pytest.mark.parametrize("frame", [
    pd.DataFrame({"Поле": ["Мероприятий", "Страны-партнёры", "Должностные лица"], "IV кв. 2024": ["78", "90 %", "100 %"]}),
    pd.DataFrame({"Field": ["Events", "Partner countries", "Officials"], "Q4 2024": ["78", "90%", "100%"]}),
    pd.DataFrame({"Регион": ["Витебская область", "Могилевская область"], "Мероприятий": [5, 3]}),
    pd.DataFrame({"Country": ["Belarus", "Kyrgyzstan", "Uzbekistan", "China"], "Events": [40, 2, 3, 1]}),
    pd.DataFrame({"Статус": ["загружен"]}),
])
def test_a_short_grid_is_drawn_at_its_natural_width(frame):
    widths = widgets.short_grid_widths(frame)
    assert widths is not None and set(widths) == set(frame.columns)
    assert sum(widths.values()) <= widgets.SHORT_GRID_PX
    for column, width in widths.items():           # nothing cut: each as wide as its header and its cells
        drawn = [widgets.text_px(str(v)) for v in frame[column]]
        assert width >= max([widgets.header_px(column)] + drawn)


TITLE = ("Визит Губернатора Смоленской области во главе делегации в Республику Беларусь для участия во "
         "встрече с Президентом Республики Беларусь, а также посещения ряда белорусских предприятий")


@pytest.mark.parametrize("frame, index", [
    (pd.DataFrame({"Название": [TITLE, "Рабочая встреча"], "№": [1, 2]}), False),            # a long text
    (pd.DataFrame({"Event title": ["Visit of the Governor of Smolensk Oblast to the Republic of Belarus and to Minsk enterprises"]}), False),
    (pd.DataFrame({f"Колонка {i}": ["значение"] for i in range(9)}), False),              # many short columns
    (pd.DataFrame({"Регион": ["Витебская область"], "Мероприятий": [5]}), True),           # its index is shown
    (pd.DataFrame({"Регион": pd.Series([], dtype=object)}), False),                           # nothing to draw
])
def test_a_long_or_wide_grid_stays_stretched(frame, index):
    assert widgets.short_grid_widths(frame, hide_index=not index) is None


def test_a_link_column_is_measured_by_its_display_text():
    frame = pd.DataFrame({"№": [1, 2], "Открыть": ["registry?event=" + "a" * 60, "registry?event=" + "b" * 60]})
    link = {"Открыть": widgets.st.column_config.LinkColumn("Открыть", display_text="открыть")}
    assert widgets.short_grid_widths(frame) is None
    assert widgets.short_grid_widths(frame, link) is not None


@pytest.fixture(scope="module")
def served(sample_db):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ENGAGEMENT_DB", str(sample_db))
        yield sample_db


@pytest.mark.parametrize("lang, field", [("ru", "Поле"), ("en", "Field")])
def test_fields_filled_is_not_stretched_over_the_page(served, lang, field):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if lang == "en":
        at.query_params["lang"] = "en"
    at.run()
    at.switch_page("pages/quality.py").run()
    assert not at.exception, [e.message for e in at.exception]
    fill = next(f for f in at.dataframe if list(f.value.columns)[0] == field)
    widths = {name: own["width"] for name, own in json.loads(fill.proto.columns).items() if name != "_index"}
    assert set(widths) == set(fill.value.columns)
    assert sum(widths.values()) <= widgets.SHORT_GRID_PX          # was ~875: stretched over the laptop's column
    for column, width in widths.items():
        assert width >= max([widgets.header_px(column)] + [widgets.text_px(str(v)) for v in fill.value[column]])
