"""One language at a time: every page (pages/*.py through AppTest) in Russian and in English, on the
sample database with a correction, a duplicate decision and an upload preview with its diff, collects
every text a reader sees — markdown, captions, headings, alerts, metric labels/values/deltas/help,
dataframe headers and cells, widget labels/options/help/placeholders, button labels, code blocks,
expander labels, and the plotly specs' titles, axis titles, tick texts, trace names, bar/heatmap
labels and hover texts — and fails on

* an internal key: a snake_case identifier (`partner_countries`, `attendance_total`) anywhere, or a
  cell / list item that is just a key with a different label in this language (`info`, `applied`,
  «… — title»);
* the other language's script: Cyrillic in the English UI, Latin words in the Russian UI.

What must stay as written is stripped first, from an explicit allow-list: report content (event
titles — also cut with «…» —, agreement quotes, officials' roles, the raw cells shown by st.text, file
names), what analysts typed (correction values, reasons, authors), code spans and commands,
SHA-256 hashes, links, the language toggle «English», upper-case codes and abbreviations (BY, CSV,
XLSX, UTF-8, SHA-256), and the words Excel and Parquet. Everything else is the UI's own text.

The review page («Квартальный обзор») is walked slide by slide («Вперёд» / «Next» through all of them),
so a Russian word on any English slide (or an English one on a Russian slide) fails; its report
content also includes the report's own notes (quoted on the closing slide).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from analytics.i18n import (AGREEMENT_LABELS, DIRECTION_LABELS, EVENT_TYPE_LABELS_I18N, FIELD_LABELS, FORMAT_LABELS,
                            QUARTER_POSITION_LABELS, SEVERITY_LABELS, STATUS_LABELS, t)
from dashboard_fixtures import APP
from etl.desk import apply_edits, candidate_key, commit_uploads, preview_upload
from etl.edits import add_correction, add_duplicate_decision
from ui.auth import EDITOR_LIMITER, PASSWORD_ENV, hash_password

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"
# SYNTHETIC: the previous quarter re-listing the sample's September events, so the data page has
# likely duplicates (and their reasons) to show; the sample alone has none.
Q3_RELISTED = ROOT / "tests" / "fixtures" / "synthetic_smolensk_2024q3_relisted.txt"
PAGES = sorted(p.stem for p in (ROOT / "pages").glob("*.py"))
PASSWORD = "пароль-для-теста"
TIMEOUT = 120

# ------------------------------------------------------------------ the database every page shows


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    """The sample and the SYNTHETIC Q3 report loaded through the data desk, plus one correction and
    one duplicate decision, so the corrections table, the pairs, the decisions table and the loads
    log have rows."""
    root = tmp_path_factory.mktemp("one_language")
    db, raw, edits = root / "engagement.duckdb", root / "raw", root / "edits"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ENGAGEMENT_DB", str(db))
        patch.setenv("ENGAGEMENT_RAW_DIR", str(raw))
        patch.setenv("ENGAGEMENT_EDITS_DIR", str(edits))
        patch.setenv(PASSWORD_ENV, hash_password(PASSWORD, iterations=1000))
        results = commit_uploads([preview_upload(path.name, path.read_bytes(), db) for path in (SAMPLE, Q3_RELISTED)],
                                 db, raw, edits)
        assert all(r.ok for r in results), results
        con = duckdb.connect(str(db), read_only=True)
        event = con.execute("SELECT r.region, r.year, r.quarter, e.n, e.fingerprint FROM events e "
                            "JOIN reports r USING (report_id) WHERE e.n = 20 AND r.quarter = 4").fetchone()
        from analytics.quality import pending_duplicate_pairs

        pairs = pending_duplicate_pairs(con, 1)
        con.close()
        region, year, quarter, n, fingerprint = event
        add_correction(edits, region=region, year=year, quarter=quarter, n=n, field_name="attendance_total",
                       value=1750, fingerprint=fingerprint, author="Иванова И. И.", reason="уточнено по протоколу")
        assert len(pairs) == 1, "the data page has a pair to show"
        if len(pairs):
            pair = pairs.iloc[0].to_dict()
            first = {k[len("first_"):]: v for k, v in pair.items() if k.startswith("first_")}
            second = {k[len("second_"):]: v for k, v in pair.items() if k.startswith("second_")}
            add_duplicate_decision(edits, first_key=candidate_key(first), second_key=candidate_key(second),
                                   decision="keep", author="Иванова И. И.", reason=pair["reason"])
        apply_edits(db, raw, edits)
        EDITOR_LIMITER.reset()
        yield db
        EDITOR_LIMITER.reset()


@pytest.fixture(scope="module")
def report_content(desk) -> list[str]:
    """What stays as the report (or the analyst) wrote it, longest first."""
    con = duckdb.connect(str(desk), read_only=True)
    try:
        texts = set()
        for sql in ("SELECT title FROM events", "SELECT agreement_text FROM events",
                    "SELECT role FROM event_officials", "SELECT name FROM event_officials",
                    "SELECT file_name FROM reports", "SELECT file_name FROM loads",
                    "SELECT raw_text FROM parse_issues", "SELECT value_json FROM corrections",
                    "SELECT reason FROM corrections", "SELECT author FROM corrections",
                    "SELECT author FROM duplicate_decisions", "SELECT text FROM report_notes",
                    "SELECT name FROM organisations",
                    "SELECT name || ' (' || legal_form || ')' FROM organisations WHERE legal_form IS NOT NULL"):
            texts.update(normalise(v) for (v,) in con.execute(sql).fetchall() if isinstance(v, str))
        for column in ("raw_title", "raw_venue", "raw_dates", "raw_content", "raw_participants"):
            texts.update(normalise(v) for (v,) in con.execute(f"SELECT {column} FROM v_events_all").fetchall()
                         if isinstance(v, str))
    finally:
        con.close()
    texts.update({normalise(SYNTHETIC_NAME), normalise(changed_sample())})
    return sorted((x for x in texts if len(x) >= 3), key=len, reverse=True)


SYNTHETIC_NAME = "SYNTHETIC_smolensk_2024q4_changed.txt"


def changed_sample() -> str:
    """SYNTHETIC: the sample with one title and one date changed, so an upload preview shows a diff."""
    text = SAMPLE.read_text(encoding="utf-8")
    return text.replace("«ТехИнноПром»", "«ТехИнноПром-2025»", 1).replace("7-11 октября 2024 года",
                                                                           "7-12 октября 2024 года", 1)


# ------------------------------------------------------------------ collecting what a reader sees

def normalise(text: str) -> str:
    """Markdown escapes, word joiners, HTML tags and runs of white space do not count."""
    text = str(text).replace("\u2060", "").replace("\xa0", " ")
    text = re.sub(r"\\([\\`*{}\[\]()#+\-.!_<>~$|@:=])", r"\1", text)
    text = re.sub(r"<br\s*/?>", " ", text)
    text = re.sub(r"<style\b.*?</style>", " ", text, flags=re.S)  # CSS inside a block is not read (a slide's fill)
    text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(text.split())


def _plotly_texts(spec: dict) -> list[str]:
    out: list[str] = []

    def add(value) -> None:
        if isinstance(value, str):
            if not re.fullmatch(r"\d{4}-\d\d(-\d\d)?([ T][\d:.]+)?", value):  # dates on a date axis
                out.append(value)
        elif isinstance(value, (list, tuple)):
            for item in value:
                add(item)
        elif isinstance(value, dict):
            add(value.get("text"))

    layout = spec.get("layout", {})
    add(layout.get("title"))
    for name, axis in layout.items():
        if re.fullmatch(r"[xy]axis\d*", name) and isinstance(axis, dict):
            add(axis.get("title"))
            add(axis.get("ticktext"))
    add((layout.get("legend") or {}).get("title"))
    for trace in spec.get("data", []):
        for key in ("name", "text", "hovertext", "x", "y", "labels"):
            add(trace.get(key))
        template = trace.get("hovertemplate")
        if isinstance(template, str):
            out.append(re.sub(r"%\{[^}]*\}|<extra>.*?</extra>", " ", template))
        add(((trace.get("colorbar") or {}).get("title")))
        add(((trace.get("marker") or {}).get("colorbar") or {}).get("title"))
    return out


def collect(at: AppTest) -> list[tuple[str, str]]:
    """(where, text) for every reader-visible text of the current run; st.text (raw report cells) is
    skipped on purpose."""
    found: list[tuple[str, str]] = []

    def add(where: str, *values) -> None:
        for value in values:
            if isinstance(value, str) and value.strip():
                found.append((where, value))

    def walk(node) -> None:
        children = getattr(node, "children", None)
        if isinstance(children, dict):
            proto = getattr(node, "proto", None)
            if proto is not None and node.type == "expandable":
                add("expander", proto.expandable.label)
            if proto is not None and node.type == "tab":
                add("tab", proto.tab.label)
            for child in children.values():
                walk(child)
            return
        kind, proto = node.type, getattr(node, "proto", None)
        if kind in ("markdown", "caption", "title", "header", "subheader", "error", "warning", "info", "success"):
            body = proto.body
            if not body.lstrip().startswith("<style"):
                add(kind, body)
        elif kind == "metric":
            add("metric", proto.label, proto.body, proto.delta, proto.help)
        elif kind == "dataframe":
            frame = node.value
            add("column header", *[str(c) for c in frame.columns])
            for column in frame.columns:
                cells = frame[column].tolist()
                texts = any(isinstance(c, str) for c in cells)
                for cell in cells:
                    if cell is None and texts:  # st.dataframe prints a bare None in a text column
                        add(f"cell of «{column}»", "None")
                    if isinstance(cell, str):
                        add(f"cell of «{column}»", cell)
                    elif isinstance(cell, (list, tuple)):
                        add(f"cell of «{column}»", *[str(c) for c in cell])
            config = json.loads(proto.columns) if getattr(proto, "columns", "") else {}
            for column in config.values():
                if isinstance(column, dict):
                    add("column label", column.get("label"), column.get("help"))
        elif kind in ("selectbox", "multiselect", "radio"):
            add(kind, proto.label, proto.help, getattr(proto, "placeholder", ""), *list(proto.options))
        elif kind in ("button", "download_button", "form_submit_button", "toggle", "checkbox", "file_uploader"):
            add(kind, proto.label, proto.help)
        elif kind in ("text_input", "text_area", "number_input"):
            add(kind, proto.label, proto.help, getattr(proto, "placeholder", ""))
        elif kind == "code":
            add("code", proto.code_text)
        elif kind == "plotly_chart":
            add("chart", *_plotly_texts(json.loads(proto.spec)))

    walk(at._tree)
    return found


# ------------------------------------------------------------------ the rules

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
SNAKE_KEY = re.compile(r"(?<![\w./-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w./-])")
ALLOWED_LATIN = {"English", "Excel", "Parquet", "CSV", "XLSX", "SHA", "UTF", "DOCX", "TXT", "PDF", "PPTX", "HTML"}
RAW_MISSING = {"None", "nan", "NaN", "NaT", "<NA>", "null"}
REGISTRIES = (FIELD_LABELS, SEVERITY_LABELS, STATUS_LABELS, FORMAT_LABELS, DIRECTION_LABELS, AGREEMENT_LABELS,
              QUARTER_POSITION_LABELS, EVENT_TYPE_LABELS_I18N)


def keys_shown_alone(lang: str) -> set[str]:
    """Keys whose label in `lang` differs from the key: such a key shown alone is a leak."""
    return {key for registry in REGISTRIES for key, labels in registry.items() if labels.get(lang, key) != key}


def strip_allowed(text: str, content: list[str]) -> str:
    text = normalise(text)
    text = re.sub(r"`[^`]*`", " ", text)                                   # code spans and commands

    # titles cut short: «№ 12. Первые слова названия…» or a slice of 140 characters
    def cut(match: re.Match) -> str:
        head = match.group(1).strip()
        return " " if head and any(c.startswith(head) for c in content) else match.group(0)
    text = re.sub(r"(?<=№ )\d+\.? ?([^…]{8,}?)(?:…|$)", cut, text)
    text = re.sub(r"([^·:;>—]{12,}?)…", cut, text)
    text = re.sub(r"^(.{3,}?)…$", cut, text)            # a grid cell cut at its column's width (widgets.grid)
    for piece in content:
        if piece in text:
            text = text.replace(piece, " ")
    text = re.sub(r"\b[0-9a-f]{16,}\b|\b[0-9a-f]{8,}…", " ", text)            # SHA-256 (whole or cut), event ids
    text = re.sub(r"\S*\?\S*=\S*|https?://\S+", " ", text)                  # links
    text = re.sub(r"\S*\.(?:txt|docx|csv|xlsx|parquet|pptx|pdf|html|toml|duckdb|py)\b", " ", text)
    return text


def problems(found: list[tuple[str, str]], lang: str, content: list[str]) -> list[str]:
    alone = keys_shown_alone(lang)
    bad = []
    for where, raw_text in found:
        text = strip_allowed(raw_text, content)
        for key in SNAKE_KEY.findall(text):
            bad.append(f"{where}: internal key `{key}` in {raw_text!r}")
        items = [normalise(raw_text)] + [i.strip(" *") for i in re.split(r"[,;]| — ", normalise(raw_text))]
        for item in items:
            if item in alone:
                bad.append(f"{where}: key «{item}» shown alone in {raw_text!r}")
        if normalise(raw_text) in RAW_MISSING:
            bad.append(f"{where}: a raw missing value «{raw_text}» instead of «—»")
        if where == "metric" and re.match(r"\+ ?0 ", normalise(raw_text)):
            bad.append(f"{where}: a zero part shown: {raw_text!r}")
        if lang == "en":
            if where == "code" and not CYRILLIC.search(text):
                continue
            if CYRILLIC.search(text):
                bad.append(f"{where}: Cyrillic in the English UI: {text.strip()!r} (from {raw_text!r})")
        else:
            if where == "code":
                continue
            words = [w for w in LATIN_WORD.findall(text) if w not in ALLOWED_LATIN and not w.isupper()]
            if words:
                bad.append(f"{where}: Latin {words} in the Russian UI: {raw_text!r}")
    return sorted(set(bad))


# ------------------------------------------------------------------ walking the pages

def ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.message for e in at.exception]
    return at


def unlock(at: AppTest, lang: str) -> AppTest:
    at.text_input(key="editor_password_input").input(PASSWORD)
    found = [b for b in at.button if b.label == t("editor_unlock", lang)]
    assert found, [b.label for b in at.button]
    return ok(found[0].click().run())


def open_page(desk, page: str, lang: str) -> list[tuple[str, str]]:
    """Every text of `page` in `lang`; the data page and the Реестр with the editor unlocked, the data
    page with a SYNTHETIC replacement previewed (its diff and parse problems), nothing written."""
    EDITOR_LIMITER.reset()
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if lang == "en":
        at.query_params["lang"] = "en"
    ok(at.run())
    at = ok(at.switch_page(f"pages/{page}.py").run())
    found = collect(at)
    if page in ("data", "registry"):
        if page == "registry":
            at.expander[0]  # the correction form sits in an expander behind the editor password
        at = unlock(at, lang)
        if page == "data":
            at = ok(at.file_uploader[0].set_value((SYNTHETIC_NAME, changed_sample().encode("utf-8"),
                                                   "text/plain")).run())
            assert at.get("metric"), "the preview is shown"
        found += collect(at)
    if page == "review":  # every slide, as in a meeting
        while not at.button(key="review_forward_top").disabled:
            at = ok(at.button(key="review_forward_top").click().run())
            found += collect(at)
    return found


@pytest.fixture(scope="module")
def env(desk):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ENGAGEMENT_DB", str(desk))
        patch.setenv("ENGAGEMENT_RAW_DIR", str(desk.parent / "raw"))
        patch.setenv("ENGAGEMENT_EDITS_DIR", str(desk.parent / "edits"))
        patch.setenv(PASSWORD_ENV, hash_password(PASSWORD, iterations=1000))
        yield desk


CASES = [pytest.param(page, lang, id=f"{page}-{lang}") for page in PAGES for lang in ("ru", "en")]


@pytest.mark.parametrize("page,lang", CASES)
def test_page_speaks_one_language(env, report_content, page, lang):
    found = open_page(env, page, lang)
    assert len(found) > 10, "the walk collected the page's text"
    bad = problems(found, lang, report_content)
    assert not bad, f"{len(bad)} problems on {page} ({lang}):\n" + "\n".join(bad[:60])


# ------------------------------------------------------------------ the rules themselves can fail

@pytest.mark.parametrize("lang,where,text", [
    pytest.param("ru", "cell of «Поле»", "partner_countries", id="snake_key_ru"),
    pytest.param("en", "cell of «Field»", "attendance_total", id="snake_key_en"),
    pytest.param("ru", "cell of «Важность»", "info", id="severity_key_alone"),
    pytest.param("ru", "markdown", "- № 3. Выставка — *title*", id="diff_field_key"),
    pytest.param("en", "cell of «Region»", "Смоленская область", id="cyrillic_region_in_english"),
    pytest.param("en", "cell of «Period»", "IV кв. 2024", id="russian_quarter_in_english"),
    pytest.param("en", "chart", "Витебская обл. · 12", id="russian_map_label_in_english"),
    pytest.param("ru", "file_uploader", "Upload", id="english_button_in_russian"),
    pytest.param("en", "text_input", "Беларусь, выставка…", id="russian_placeholder_in_english"),
    pytest.param("en", "selectbox", "Сфера", id="russian_option_in_english"),
    pytest.param("ru", "markdown", "20MB per file", id="english_limit_in_russian"),
    pytest.param("ru", "cell of «Город»", "None", id="raw_none_cell"),
    pytest.param("ru", "metric", "+ 0 устных", id="zero_part"),
])
def test_the_rules_catch_a_leak(lang, where, text):
    assert problems([(where, text)], lang, [])


@pytest.mark.parametrize("lang,text,content", [
    pytest.param("en", "**№ 5. Участие в форуме «Мельница успеха»**", ["Участие в форуме «Мельница успеха»"],
                 id="event_title_in_english"),
    pytest.param("en", "№ 5. Участие в ХV Международном…", ["Участие в ХV Международном экономическом форуме"],
                 id="title_cut_short"),
    pytest.param("ru", "Участие в выставке «AGROSALON 2024»", ["Участие в выставке «AGROSALON 2024»"],
                 id="latin_in_a_title"),
    pytest.param("ru", "Скачать: CSV (Excel), XLSX, Parquet · SHA-256 `58fbe8e1`", [], id="abbreviations"),
    pytest.param("ru", "Файл smolensk_international_2024q4.txt загружен", [], id="file_name"),
    pytest.param("en", "Smolensk Oblast, Q4 2024: a new report in the database", [], id="english_message"),
])
def test_the_rules_allow_report_content(lang, text, content):
    assert not problems([("markdown", text)], lang, [normalise(c) for c in content])


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_server_folder_only_for_the_editor(env, lang):
    """The originals' folder on the server (data/raw) is the editor's business: a viewer never sees it."""
    EDITOR_LIMITER.reset()
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if lang == "en":
        at.query_params["lang"] = "en"
    ok(at.run())
    at = ok(at.switch_page("pages/data.py").run())
    folder = str(env.parent / "raw")

    def shown() -> str:
        return "\n".join(text for _, text in collect(at))
    assert folder not in shown()
    at = unlock(at, lang)
    assert folder in shown()
