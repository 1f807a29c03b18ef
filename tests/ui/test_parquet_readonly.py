"""A Parquet export as the dashboard's source (ENGAGEMENT_PARQUET, or ENGAGEMENT_DB naming a folder):
the read-only pages run over it (tests/ui/test_dashboard_app.py runs each of them on both sources);
the writing pages say the source is read-only and offer no upload, password or correction form, even
with an editor password configured."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dashboard_fixtures import APP, parquet_export
from ui.auth import EDITOR_LIMITER, PASSWORD_ENV, hash_password


@pytest.fixture
def parquet_source(sample_db, tmp_path, monkeypatch):
    folder = parquet_export(sample_db, tmp_path / "export")
    monkeypatch.setenv("ENGAGEMENT_DB", str(tmp_path / "not_used.duckdb"))
    monkeypatch.setenv("ENGAGEMENT_PARQUET", str(folder))
    monkeypatch.setenv("ENGAGEMENT_RAW_DIR", str(tmp_path / "raw"))
    monkeypatch.setenv("ENGAGEMENT_EDITS_DIR", str(tmp_path / "edits"))
    monkeypatch.setenv(PASSWORD_ENV, hash_password("пароль", iterations=1000))
    EDITOR_LIMITER.reset()
    return folder


@pytest.mark.parametrize("page, query, lang_word", [
    pytest.param("data", {}, "только для чтения", id="data_ru"),
    pytest.param("data", {"lang": "en"}, "read-only", id="data_en"),
    pytest.param("registry", {"event": "FIRST"}, "только для чтения", id="registry_correction"),
])
def test_writing_pages_say_the_parquet_source_is_read_only(parquet_source, sample_con, page, query, lang_word):
    if query.get("event") == "FIRST":
        query = {"event": sample_con.execute("SELECT event_id FROM events ORDER BY n LIMIT 1").fetchone()[0]}
    at = AppTest.from_file(APP, default_timeout=90)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, [e.message for e in at.exception]
    notes = [str(i.value) for i in at.info]
    assert any(lang_word in n and str(parquet_source) in n for n in notes), notes
    assert not [w for w in at.text_input if w.key == "editor_password_input"], "no password form"
    assert not at.get("file_uploader"), "no upload"


def test_overview_reads_the_parquet_folder(parquet_source):
    at = AppTest.from_file(APP, default_timeout=90).run()
    assert not at.exception and not at.error
    assert [m.value for m in at.metric if m.label == "Мероприятия в отчётах"] == ["78"]
