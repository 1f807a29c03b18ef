"""Организации → a dossier: its partners' names are whole at 1366, wrapped on as many lines as they need.

Seen in the meeting room (uxqa24): the Минский автомобильный завод dossier's «Наши учреждения, работающие
с ней» showed «Правительство Смоленской…» in a 248-px name column beside the kind and «Совместных
мероприятий»; the ranked table above wrapped its names, the dossier's partners were cut with «…». Now the
partners' rows are tall enough to wrap the longest name (ui.organisations.name_rows), and a dossier whose
partners' names all fit one line keeps one-line rows. Checked with the grid's typeface (ui.widgets.text_px):
each name, wrapped at word breaks in its column less the cell's padding, takes no more lines than a row holds."""
from __future__ import annotations

import json
import math

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from dashboard_fixtures import APP  # noqa: E402

TIMEOUT = 120
FONT_PX = 17            # .streamlit/config.toml's base font


def lines_needed(name: str, width_px: int) -> int:
    """Lines a name takes in a cell `width_px` wide, wrapped at spaces as the grid wraps it."""
    from ui.widgets import CELL_PAD_PX, text_px

    room, lines, line = width_px - CELL_PAD_PX, 1, ""
    for word in name.split():
        trial = f"{line} {word}".strip()
        if text_px(trial) <= room or not line:
            line = trial
        else:
            lines, line = lines + 1, word
    return lines


def lines_held(row_height: int) -> int:
    """Lines of text a row `row_height` tall shows (one-line rows when the grid does not wrap)."""
    if not row_height or row_height <= 4 * FONT_PX:
        return 1
    return max(1, math.floor((row_height - 12) / (FONT_PX + 4)))


def dossier_keys(db) -> dict[str, str]:
    """Dossiers of varied kinds: a foreign organisation whose home partner has the sample's longest home
    name, the foreign organisation with most events, and the home institution with most foreign partners."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        longest_home_partner = con.execute("""
            SELECT f.org_key FROM event_organisations f JOIN event_organisations h USING (event_id)
            JOIN organisations o ON o.org_key = h.org_key
            WHERE f.side = 'foreign' AND h.side = 'home' ORDER BY length(o.name) DESC, f.org_key LIMIT 1""").fetchone()[0]
        busiest_foreign = con.execute("""SELECT org_key FROM event_organisations WHERE side = 'foreign'
            GROUP BY 1 ORDER BY count(DISTINCT event_id) DESC, 1 LIMIT 1""").fetchone()[0]
        busiest_home = con.execute("""SELECT h.org_key FROM event_organisations h JOIN event_organisations f
            USING (event_id) WHERE h.side = 'home' AND f.side = 'foreign'
            GROUP BY 1 ORDER BY count(DISTINCT f.org_key) DESC, 1 LIMIT 1""").fetchone()[0]
    finally:
        con.close()
    return {"longest_home_partner": longest_home_partner, "busiest_foreign": busiest_foreign,
            "busiest_home": busiest_home}


def partners_grid(db, key: str, lang: str):
    from analytics.i18n import t

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ENGAGEMENT_DB", str(db))
        at = AppTest.from_file(APP, default_timeout=TIMEOUT)
        at.query_params["org"] = key
        if lang == "en":
            at.query_params["lang"] = "en"
        at.run()
        at.switch_page("pages/organisations.py").run()
    assert not at.exception, [e.message for e in at.exception]
    found = [df for df in at.dataframe if list(df.value.columns) == [
        t("col_org", lang), t("col_org_kind", lang), t("col_joint_events", lang)]]
    assert len(found) == 1, [list(df.value.columns) for df in at.dataframe]
    return found[0]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_dossier_partner_names_are_whole_on_their_lines(sample_db, lang):
    from analytics.i18n import t

    wrapped = 0
    for which, key in dossier_keys(sample_db).items():
        frame = partners_grid(sample_db, key, lang)
        names = frame.value[t("col_org", lang)]
        width = json.loads(frame.proto.columns)[t("col_org", lang)]["width"]
        held = lines_held(int(frame.proto.row_height or 0))
        for name in names:
            assert not str(name).endswith("…"), (which, name)        # never cut with a mark either
            assert lines_needed(str(name), width) <= held, (which, name, width, frame.proto.row_height)
        if held == 1:
            assert not frame.proto.row_height, (which, "one-line names keep one-line rows")
        wrapped += held > 1
    assert wrapped, "the sample has a dossier whose partner names need a second line at 1366"


@pytest.mark.parametrize("name, width, lines", [
    pytest.param("Витебский облисполком", 263, 1, id="short_name_one_line"),
    pytest.param("Government of Smolensk Oblast", 263, 1, id="english_one_line"),
    pytest.param("Правительство Смоленской области", 160, 2, id="two_lines_narrow"),
    pytest.param("Главное управление Смоленской области по делам молодежи и гражданско-патриотическому "
                 "воспитанию", 465, 2, id="long_name_full_width"),
    pytest.param("Я" * 200, 263, 4, id="one_word_wider_than_the_column_breaks_within"),
])
def test_name_lines_wrap_at_spaces_in_the_grid_typeface(name, width, lines):
    from ui.organisations import name_lines

    assert name_lines(name, width) == lines == lines_needed(name, width) or (
        name_lines(name, width) >= lines and " " not in name)
