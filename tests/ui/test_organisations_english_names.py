"""«Organisations» in English names a foreign organisation in English where every word of the report's
name has an English form (analytics.org_names), not by a Latin transliteration of the Russian
(«Belorusskiy gosudarstvennyy universitet kultury i iskusstv», uxqa14); the Russian name stays in
reach: under the dossier's title and on the network's hover. Real IV кв. 2024 sample."""
from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from dashboard_fixtures import APP, dashboard_db, oracle  # noqa: F401  (fixtures)

TIMEOUT = 90
RUSSIAN = "Белорусский государственный университет культуры и искусств"
ENGLISH = "Belarusian State University of Culture and Arts"


def _open(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    at.switch_page("pages/organisations.py").run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def _key(oracle, name: str) -> str:
    return oracle.execute("SELECT org_key FROM organisations WHERE name = ?", [name]).fetchone()[0]


def test_english_table_dossier_and_hover_name_it_in_english(oracle):
    if not oracle.execute("SELECT count(*) FROM organisations WHERE name = ?", [RUSSIAN]).fetchone()[0]:
        pytest.skip("the sample no longer names this university")
    at = _open(lang="en", org=_key(oracle, RUSSIAN))
    ranked = at.dataframe[0].value
    names = ranked[ranked.columns[0]].tolist() if "Organisation" not in ranked.columns else ranked["Organisation"].tolist()
    assert ENGLISH in names, names[:10]
    assert not any(n.startswith("Belorusskiy gosudarstvennyy") for n in names)
    assert any(h.value == ENGLISH for h in at.subheader), [h.value for h in at.subheader]
    assert any(RUSSIAN in c.value for c in at.caption), "the report's Russian name is under the dossier's title"
    network = next(json.loads(c.proto.spec) for c in at.get("plotly_chart") if "org_network" in c.proto.id)
    hovers = [h for trace in network["data"] for h in (trace.get("hovertext") or [])]
    assert any(ENGLISH in h and RUSSIAN in h for h in hovers), "the hover shows both names"


def test_russian_pages_keep_the_report_name(oracle):
    at = _open(org=_key(oracle, RUSSIAN))
    assert any(h.value == RUSSIAN for h in at.subheader)
    assert not any("В отчёте:" in c.value for c in at.caption)
