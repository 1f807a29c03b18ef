"""«Организации» in one language at a time, beyond the first dossier test_one_language opens: the
dossiers of a foreign partner with agreements, of our institution with the most partners and of the
organisation with the most officials, a year picked, the network's hover texts, the new and lapsed
partners of a second quarter — and the files the dossier's download buttons build. Organisation
names, titles, agreement quotes and officials' roles are report text; kinds, roles, headings, notes
and column names are not.

Reuses test_one_language's database (the sample and a SYNTHETIC Q3 report loaded through the desk)
and its rules."""
from __future__ import annotations

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from dashboard_fixtures import APP
from test_one_language import (CYRILLIC, SNAKE_KEY, TIMEOUT, collect, desk, env, ok, problems,  # noqa: F401
                               report_content, strip_allowed)


def org_of(db, sql: str) -> str:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


DOSSIERS = {
    "most_agreements": """SELECT eo.org_key FROM event_organisations eo JOIN events e USING (event_id)
        WHERE eo.side = 'foreign' AND (eo.role = 'counterpart' OR e.agreement = 'signed')
        GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1""",
    "home_most_partners": """SELECT home_key FROM event_org_pairs GROUP BY 1 ORDER BY count(DISTINCT foreign_key) DESC, 1
        LIMIT 1""",
    "most_officials": """SELECT eo.org_key FROM event_organisations eo JOIN event_officials x USING (event_id)
        GROUP BY 1 ORDER BY count(DISTINCT x.name) DESC, 1 LIMIT 1""",
}
CASES = [pytest.param(which, lang, year, id=f"{which}-{lang}{'-' + year if year else ''}")
         for which in DOSSIERS for lang in ("ru", "en") for year in ("", "2024")]


@pytest.mark.parametrize("which, lang, year", CASES)
def test_dossier_speaks_one_language(env, report_content, which, lang, year):
    key = org_of(env, DOSSIERS[which])
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["org"] = key
    if lang == "en":
        at.query_params["lang"] = "en"
    if year:
        at.query_params["org_year"] = year
    ok(at.run())
    at = ok(at.switch_page("pages/organisations.py").run())
    assert at.selectbox(key="org_pick").value == key
    found = collect(at)
    assert "org_changes_quarter" in [s.key for s in at.selectbox], "two quarters: new and lapsed partners"
    for index in range(len(at.selectbox(key="org_changes_quarter").options)):
        found += collect(ok(at.selectbox(key="org_changes_quarter").select_index(index).run()))
    assert len(found) > 20
    assert any(where == "chart" for where, _ in found), "the network's texts were collected"
    bad = problems(found, lang, report_content)
    assert not bad, "\n".join(bad[:30])


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_download_files_speak_one_language(env, report_content, lang):
    """The frames behind the dossier's and the table's CSV/XLSX buttons (AppTest cannot press them)."""
    from analytics import organisations as queries
    from analytics.filters import Filters
    from ui import organisations as page

    con = duckdb.connect(str(env), read_only=True)
    try:
        frames = [page.readable(queries.ranked(con, Filters(), limit=None), lang)]
        for sql in DOSSIERS.values():
            key = con.execute(sql).fetchone()[0]
            found = queries.dossier(con, key, Filters(), 0, people=None)
            frames += [page.agreements_readable(queries.org_agreements(con, key, Filters(), None), lang),
                       page.events_readable(queries.org_events(con, key, Filters(), None), lang),
                       page.partners_readable(found.partners, lang), page.officials_readable(found.officials, lang)]
    finally:
        con.close()
    texts = [("column header", str(c)) for f in frames for c in f.columns]
    texts += [(f"cell of «{c}»", v) for f in frames for c in f.columns for v in f[c] if isinstance(v, str)]
    assert sum(len(f) for f in frames) > 20
    bad = problems(texts, lang, report_content)
    assert not bad, "\n".join(bad[:30])


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_dossier_dates_are_written_for_the_reader(env, lang):
    """The dossier's first and last contact: 05.11.2025 in Russian; in English a month name (05.11.2025
    reads as the 11th of May there), as the dossier's own tables write dates (uxqa14)."""
    import re

    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["org"] = org_of(env, DOSSIERS["most_agreements"])
    if lang == "en":
        at.query_params["lang"] = "en"
    at = ok(ok(at.run()).switch_page("pages/organisations.py").run())
    dates = [m.value for m in at.metric if re.search(r"\d{4}$", str(m.value))]
    assert len(dates) == 2, [m.value for m in at.metric]
    numeric = [d for d in dates if re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", d)]
    assert len(numeric) == (2 if lang == "ru" else 0), dates
