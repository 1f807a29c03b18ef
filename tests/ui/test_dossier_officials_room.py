"""The country dossier's officials (Страны → a country → «Должностные лица на встречах»): the role as the
report words it is the table's text, and it takes the room (ui/dossier.py, widgets.fitted_columns).

Seen in the meeting room (uxqa17): the officials sat in the wide side (490 px) of a row shared with the
foreign regions. Their names, counts and event numbers are short values that stay whole (354 px), so a
role had 133 px of the 490 at 1366: «Заместитель…», «Первый замест…» — the very thing a reader looks
for. The regions' two short columns need ~260 px, the column under the months chart has them; the
officials now take the main column, and a typical role shows whole on a laptop and on a projector.

Through AppTest on the ETL-built database, with the main column as the browser reports it (session
state room_px_seen; none = the laptop's 875-px column)."""
from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from dashboard_fixtures import APP  # noqa: E402

TIMEOUT = 120
LAPTOP_COLUMN = None        # nothing measured yet: drawn for the 1366 laptop's 875-px column
PROJECTOR_COLUMN = 1431     # the main column the room frame measures at 1920×1080


@pytest.fixture(scope="module")
def served(sample_db):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ENGAGEMENT_DB", str(sample_db))
        yield sample_db


def _officials(lang: str, column_px: int | None, country: str | None):
    """(shown frame, column → width) of the dossier's officials table."""
    from analytics.i18n import t

    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if lang == "en":
        at.query_params["lang"] = "en"
    if column_px:
        at.session_state["room_px_seen"] = column_px
    at.run()
    at.switch_page("pages/countries.py").run()
    if country:                     # the reader picks another country in the dossier
        at.session_state["dossier_country"] = country
        at.run()
    assert not at.exception, [e.message for e in at.exception]
    role = t("col_role", lang)
    for frame in at.dataframe:
        if role in frame.value.columns:
            config = json.loads(frame.proto.columns) if frame.proto.columns else {}
            return frame.value, {c: (config.get(c) or {}).get("width") for c in frame.value.columns}, role
    raise AssertionError(f"no officials table (no column «{role}») on the Страны page")


@pytest.mark.parametrize("lang, column_px, country", [
    pytest.param("ru", LAPTOP_COLUMN, None, id="ru-laptop-belarus"),
    pytest.param("en", LAPTOP_COLUMN, None, id="en-laptop-belarus"),
    pytest.param("ru", PROJECTOR_COLUMN, "KG", id="ru-projector-kyrgyzstan"),
])
def test_a_typical_role_shows_whole(served, sample_con, lang, column_px, country):
    from ui.widgets import CELL_PAD_PX, TEXT_SHARE, room, text_px

    frame, widths, role = _officials(lang, column_px, country)
    box = room(875, column_px)
    assert sum(widths.values()) <= box, (sum(widths.values()), box, widths)
    assert widths[role] == max(widths.values()), f"the role is not the widest column: {widths}"
    assert widths[role] >= TEXT_SHARE * box, f"the role has {widths[role]} px of {box}: {widths}"   # was 133 of 875
    # the roles as stored (the grid's cells may already end in «…»): the median one fits its column whole
    code = country or sample_con.execute(
        "SELECT country_code FROM event_countries GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    roles = sorted(text_px(r) for (r,) in sample_con.execute(
        """SELECT min(o.role) FROM event_officials o JOIN event_countries c USING (event_id)
           WHERE c.country_code = ? GROUP BY o.name""", [code]).fetchall() if r)
    assert roles, f"the sample names no officials for {code}"
    middle = roles[len(roles) // 2]
    assert widths[role] >= middle + CELL_PAD_PX - 1, f"the median role needs {middle:.0f} px, has {widths[role]}"
    cut = [v for v in frame[role] if isinstance(v, str) and v.endswith("…")]
    assert len(cut) <= len(frame) // 2, f"{len(cut)} of {len(frame)} roles cut: {cut[:3]}"
