"""Report text is only ever text: a title made of Markdown/HTML renders literally on every page that
shows titles (AppTest reads the Markdown each element sends; the browser test checks the pixels)."""
from __future__ import annotations

import re

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from analytics.formatting import markdown_literal
from dashboard_fixtures import APP
from tests.hostile_report import HOSTILE, HOSTILE_FILE_NAME, build_hostile_db, hostile_docx

# Markup that would act if it reached the Markdown renderer unescaped.
ACTIVE = re.compile(r"(?<!\\)!\[|(?<!\\)\[[^\]]*(?<!\\)\]\(|(?<!\\)<(?:http|img)|:(?=red|material)"
                    r"|(?<!\\)\$x|(?<!\\)\*\*жирный|www\\?\.evil|://|@\w")


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    return build_hostile_db(tmp_path_factory.mktemp("hostile") / "engagement.duckdb")


def _markdown_sources(at: AppTest) -> list[str]:
    elements = [*at.markdown, *at.caption, *at.info, *at.success, *at.warning, *at.error]
    return [str(e.value) for e in elements]


@pytest.mark.parametrize("text", [
    pytest.param(HOSTILE, id="every_trick"),
    pytest.param("![x](http://e/p.png)", id="image"),
    pytest.param("[a](http://e)", id="link"),
    pytest.param("<http://e>", id="autolink"),
    pytest.param("1. пункт", id="ordered_list_start"),
    pytest.param("# заголовок", id="heading_start"),
    pytest.param("> цитата", id="quote_start"),
    pytest.param("- пункт", id="bullet_start"),
    pytest.param("a@b.ru", id="email_autolink"),
    pytest.param("см. http://evil.example/x", id="bare_url"),
    pytest.param("www.evil.example", id="www_autolink"),
])
def test_markdown_literal_leaves_nothing_active(text):
    assert not ACTIVE.search(markdown_literal(text))
    assert not re.match(r"^\s*(#|>|-|\+|\d+\.)", markdown_literal(text))


@pytest.mark.parametrize("plain", ["Смоленская область, IV кв. 2024", "smolensk_international_2024q4.txt",
                                   "г. Минск (Республика Беларусь) — 1 600 человек"])
def test_ordinary_text_is_unchanged(plain):
    assert markdown_literal(plain) == plain


@pytest.mark.parametrize("page,query", [
    pytest.param("registry", {}, id="registry_card"),
    pytest.param("overview", {}, id="overview_agreements"),
    pytest.param("countries", {"country": "BY"}, id="country_dossier"),
])
def test_pages_show_hostile_titles_as_text(hostile_db, monkeypatch, page, query):
    monkeypatch.setenv("ENGAGEMENT_DB", str(hostile_db))
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, [e.message for e in at.exception]
    sources = _markdown_sources(at)
    shown = [s for s in sources if "pixel" in s or "evil" in s]
    if page != "countries":
        assert shown, "the hostile title is on this page"
    assert [s for s in sources if ACTIVE.search(s)] == []


def test_upload_preview_and_messages_show_hostile_names_as_text(hostile_db, tmp_path, monkeypatch):
    from ui.auth import EDITOR_LIMITER, PASSWORD_ENV, hash_password

    db = tmp_path / "engagement.duckdb"
    db.write_bytes(hostile_db.read_bytes())
    monkeypatch.setenv("ENGAGEMENT_DB", str(db))
    monkeypatch.setenv("ENGAGEMENT_RAW_DIR", str(tmp_path / "raw"))
    monkeypatch.setenv("ENGAGEMENT_EDITS_DIR", str(tmp_path / "edits"))
    monkeypatch.setenv(PASSWORD_ENV, hash_password("пароль", iterations=1000))
    EDITOR_LIMITER.reset()
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("pages/data.py").run()
    at.text_input(key="editor_password_input").input("пароль")
    [b for b in at.button if b.label == "Включить редактирование"][0].click().run()
    at.file_uploader[0].set_value((HOSTILE_FILE_NAME.replace("отчёт", "новый"), hostile_docx(),
                                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).run()
    assert not at.exception, [e.message for e in at.exception]
    sources = _markdown_sources(at)
    assert any("evil" in s for s in sources), "the hostile file name is shown"
    assert [s for s in sources if ACTIVE.search(s)] == []
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM events WHERE title LIKE '%evil.example%'").fetchone()[0] == 78
    con.close()
