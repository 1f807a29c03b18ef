"""A grid column is never narrower than its header as the grid's typeface draws it (ui.widgets.header_px).

Seen at 1366 (uxqa22/23): the Организации dossier's partners table showed «Совместных мероприяти»: headers
were sized by an average letter measured on English headers (6.7 px), and Cyrillic letters are wider —
«Совместных мероприятий» is ~172 px drawn in the grid's Source Sans at 0.875 rem, 147 by the average.
Every Russian table's headers were short by 10–25 px («Мероприятий», «Численность указана»).

The grid draws its header in the cells' own type (Streamlit's glide theme: headerFontStyle = the normal
weight at fontSizes.sm), with 8 px of padding each side; a header is whole when its column is at least
that drawn width + 16 px. The drawn width is measured here in the font file Streamlit ships (PIL, at
the theme's size), independently of ui.widgets' own cache, and the cases mix scripts, lengths and
boxes: a Russian dossier, a loads log, a narrow side column, English headers, one-word and
punctuated headers, Latin and Cyrillic in one name. Each fails on the 6.7-px average."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import streamlit as st

GRID_PAD_PX = 16        # glide's cellHorizontalPadding (8 px) left and right of a header's text


def _drawn(text: str) -> float:
    """`text` in the grid's header type: Source Sans Regular at 0.875 × the theme's base size."""
    from PIL import ImageFont

    media = Path(st.__file__).parent / "static" / "static" / "media"
    face = ImageFont.truetype(str(sorted(media.glob("SourceSansVF-Upright*.woff2"))[0]), 100)
    axes = face.get_variation_axes()
    face.set_variation_by_axes([400 if a.get("name") in (b"Weight", "Weight") else a.get("default") for a in axes])
    size = 0.875 * float(st.get_option("theme.baseFontSize") or 16)
    return face.getlength(text) * size / 100


def _widths(frame: pd.DataFrame, budget: int) -> dict:
    from ui.widgets import fitted_columns

    return {c: cfg["width"] for c, cfg in fitted_columns(frame, budget).items()}


@pytest.mark.parametrize("cells, budget", [
    pytest.param({"Организация": ["Минский автомобильный завод (ОАО)", "Витебский областной исполнительный комитет"],
                  "Вид": ["предприятия", "законодательные собрания"], "Совместных мероприятий": [3, 1]}, 549,
                 id="dossier_partners_ru"),
    pytest.param({"Регион": ["Смоленская область"], "Период": ["IV кв. 2024"], "Мероприятий": [78],
                  "Файл отчёта": ["smolensk_international_2024q4.txt"], "Загружен": ["28 ноября 2026, 13:40"]}, 875,
                 id="loads_log_ru"),
    pytest.param({"Мероприятие": ["Участие в Белорусском промышленно-инновационном форуме " * 2],
                  "Численность указана": ["да"], "Иностранных": [12], "Щит": ["ж"]}, 490, id="side_column"),
    pytest.param({"ШИРОКИЕ ЗАГЛАВНЫЕ": ["a"], "Ж/д": [1], "Шш—Щщ, Юю": ["б"]}, 600, id="capitals_and_punctuation"),
    pytest.param({"Партнёр (EN: partner)": ["Беларусь"], "Иностранных участников": [40]}, 400, id="mixed_scripts"),
])
def test_every_header_is_whole_as_drawn(cells, budget):
    widths = _widths(pd.DataFrame(cells), budget)
    for name, width in widths.items():
        assert width >= _drawn(name) + GRID_PAD_PX, f"header «{name}» cut at {width} px (drawn {_drawn(name):.0f})"
    assert sum(widths.values()) <= budget + 1, widths          # and the table still fits its box


def test_english_headers_keep_their_room():
    """English headers were whole at 6.7 px a letter and keep at least that room (their tables were checked
    at those widths), and they are whole as drawn too."""
    from ui.widgets import HEAD_CHAR_PX, HEAD_PAD_PX

    frame = pd.DataFrame({"Organisation": ["Minsk Automobile Plant"], "Joint events": [3],
                          "Foreign participants": [40]})
    for name, width in _widths(frame, 549).items():
        assert width >= _drawn(name) + GRID_PAD_PX
        assert width >= len(name) * HEAD_CHAR_PX + HEAD_PAD_PX - 1
