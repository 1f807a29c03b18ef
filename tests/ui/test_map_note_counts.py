"""The partner map's note names the scale's two ends as the shown countries have them: it said «видны
и 1, и 62» (the sample's Belarus count, written into the text) on every database — «1 и 62» on a
SYNTHETIC one whose peak is 11, and on the sample with one sector chosen. One count for all: no range."""
from __future__ import annotations

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from dashboard_fixtures import APP, dashboard_db, oracle  # noqa: F401  (fixtures)

TIMEOUT = 90


def _note(query: dict) -> str:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    at.switch_page("pages/countries.py").run()
    assert not at.exception, [e.message for e in at.exception]
    return next(c.value for c in at.caption if "темнее" in c.value or "darker" in c.value)


def _ends(oracle, sector: str | None) -> tuple[int, int]:
    where = "WHERE e.sector_key = ?" if sector else ""
    rows = oracle.execute(f"""SELECT c.country_code, count(DISTINCT e.event_id) FROM event_countries c
        JOIN events e USING (event_id) {where} GROUP BY 1""", [sector] if sector else []).fetchall()
    counts = [n for _, n in rows]
    return min(counts), max(counts)


@pytest.mark.parametrize("sector, lang", [(None, "ru"), ("culture_tourism", "ru"), ("culture_tourism", "en"),
                                          ("investment", "en")])
def test_the_note_gives_the_shown_ends(oracle, sector, lang):
    query = {"lang": "en"} if lang == "en" else {}
    if sector:
        query["sector"] = sector
    note = _note(query)
    low, high = _ends(oracle, sector)
    if low == high:
        assert "(" not in note.split(";")[0], note
    else:
        assert (f"1 и {high}" if lang == "ru" else f"1 and {high}") in note or f"{low}" in note and f"{high}" in note, note
        if high != 62:
            assert "62" not in note, note
