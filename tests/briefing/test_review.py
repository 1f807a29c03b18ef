"""Quarter comparison, narrative and the «Квартальный обзор» page.

Changes are checked on a SYNTHETIC multi-quarter database: the real IV кв. 2024 sample plus three
synthetic quarters made from it (title and footer moved to another quarter, some events removed).
They are labelled synthetic in file names; the figures they give are not real reports.
"""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from analytics import queries
from analytics.filters import Filters
from briefing.narrative import (agree, count_genitive, count_words, genitive, narrative, sector_phrase,
                                 EVENT_FORMS, STATE_GENITIVE)
from briefing.model import Change, Period, build_review, parse_quarter, periods

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"
PAGE = ROOT / "pages" / "review.py"

EVENT_START = re.compile(r"^\t(\d+)\.\s*$")
BOUNDARY = re.compile(r"^\t(Сотрудничество|Общие направления|В IV квартале 2024 года состоялось)")
# SYNTHETIC quarters: (roman, year, event numbers removed from the real sample)
SYNTHETIC = {
    "synthetic_2024q3.txt": ("III", 2024, {3, 4, 17, 19, 41, 74}),   # 74: seven partners, 17: Lithuania, 19: signed
    "synthetic_2025q3.txt": ("III", 2025, {5, 6, 17}),
    "synthetic_2025q4.txt": ("IV", 2025, {7, 17}),                  # Lithuania silent two loaded quarters
}


def synthetic_report(text: str, roman: str, year: int, drop: set[int]) -> str:
    """SYNTHETIC: the sample report moved to another quarter (title and footer) with events `drop` removed."""
    out, skipping = [], False
    for line in text.splitlines(keepends=True):
        start = EVENT_START.match(line.rstrip("\r\n"))
        if start:
            skipping = int(start.group(1)) in drop
        elif BOUNDARY.match(line):
            skipping = False
        if not skipping:
            out.append(line)
    return "".join(out).replace("IV квартале 2024 года", f"{roman} квартале {year} года")


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory) -> Path:
    """SYNTHETIC database: real IV кв. 2024 + synthetic III кв. 2024, III кв. 2025, IV кв. 2025."""
    from etl.load import load_reports

    folder = tmp_path_factory.mktemp("synthetic_quarters")
    text = SAMPLE.read_text(encoding="utf-8")
    files = [SAMPLE]
    for name, (roman, year, drop) in SYNTHETIC.items():
        path = folder / name
        path.write_text(synthetic_report(text, roman, year, drop), encoding="utf-8")
        files.append(path)
    db = folder / "synthetic_multi_quarter.duckdb"
    results = load_reports(files, db, rebuild=True)
    assert [r.status for r in results] == ["loaded"] * 4, results
    return db


@pytest.fixture(scope="module")
def synthetic_con(synthetic_db):
    con = duckdb.connect(str(synthetic_db), read_only=True)
    yield con
    con.close()




def _sql_events(con, year, quarter) -> int:
    return con.execute("SELECT count(*) FROM v_events WHERE year = ? AND quarter = ?", [year, quarter]).fetchone()[0]


def _sql_partners(con, year, quarter) -> set[str]:
    return {r[0] for r in con.execute(
        "SELECT DISTINCT c.country_code FROM v_events e JOIN event_countries c USING (event_id) "
        "WHERE e.year = ? AND e.quarter = ?", [year, quarter]).fetchall()}


def _sql_signed(con, year, quarter) -> int:
    return con.execute("SELECT count(*) FROM v_events WHERE year = ? AND quarter = ? AND agreement = 'signed'",
                       [year, quarter]).fetchone()[0]


# ------------------------------------------------------------------ pure parts

@pytest.mark.parametrize("text, expected", [
    pytest.param("2024Q4", (2024, 4), id="code"),
    pytest.param("2024-Q3", (2024, 3), id="dash"),
    pytest.param("q1 2025", (2025, 1), id="quarter_first"),
    pytest.param("IV кв. 2024", (2024, 4), id="period_label"),
])
def test_parse_quarter(text, expected):
    assert parse_quarter(text) == expected


def test_parse_quarter_rejects_nonsense():
    with pytest.raises(ValueError):
        parse_quarter("2024Q5")


_P = Period("r", "Смоленская область", 2024, 3, "III кв. 2024")


@pytest.mark.parametrize("value, base, text, percent", [
    pytest.param(78, 72, "▲ +6 (+8,3 %)", 8.333, id="normal_base_percent"),
    pytest.param(60, 80, "▼ −20 (−25,0 %)", -25.0, id="drop_real_minus_sign"),
    pytest.param(2, 1, "▲ +1", None, id="tiny_base_count_only"),
    pytest.param(7, 4, "▲ +3", None, id="base_4_still_tiny"),
    pytest.param(3, 0, "▲ +3", None, id="zero_base"),
    pytest.param(9, 5, "▲ +4 (+80,0 %)", 80.0, id="base_5_gets_percent"),
    pytest.param(14, 14, "= без изменений", 0.0, id="same"),
    pytest.param(1600, 1000, "▲ +600 (+60,0 %)", 60.0, id="thousands"),
])
def test_change_text(value, base, text, percent):
    change = Change(value, base, _P)
    assert change.text() == text
    assert (change.percent is None) == (percent is None)
    if percent is not None:
        assert change.percent == pytest.approx(percent, abs=1e-3)


def test_change_without_comparison_quarter_says_no_data():
    assert Change(78, None, None).text() == "нет данных"
    assert Change(78, None, None).direction == "none"


@pytest.mark.parametrize("n, expected", [(1, "1 мероприятие"), (2, "2 мероприятия"), (5, "5 мероприятий"),
                                         (11, "11 мероприятий"), (21, "21 мероприятие"), (78, "78 мероприятий"),
                                         (104, "104 мероприятия"), (1600, "1 600 мероприятий")])
def test_count_words(n, expected):
    assert count_words(n, EVENT_FORMS) == expected


@pytest.mark.parametrize("n, expected", [(1, "1 иностранного государства"), (14, "14 иностранных государств"),
                                         (21, "21 иностранного государства"), (11, "11 иностранных государств")])
def test_count_genitive(n, expected):
    assert count_genitive(n, STATE_GENITIVE) == expected


def test_verb_agrees_with_number():
    assert [agree(n, "подписан", "подписано") for n in (1, 2, 11, 21)] == ["подписан", "подписано", "подписано",
                                                                          "подписан"]


@pytest.mark.parametrize("name, expected", [
    ("Беларусь", "Беларуси"), ("Казахстан", "Казахстана"), ("Киргизия", "Киргизии"),
    ("Объединённые Арабские Эмираты", "Объединённых Арабских Эмиратов"), ("Смоленская область", "Смоленской области"),
    ("Республика Татарстан", "Республики Татарстан"), ("Буркина-Фасо", "Буркина-Фасо"), ("Мальдивы", "Мальдив"),
])
def test_genitive(name, expected):
    assert genitive(name) == expected


def test_sector_phrase_from_reference_and_from_heading():
    assert sector_phrase("culture_tourism") == "в сфере культуры и туризма"
    assert sector_phrase("new_key", "Сотрудничество в сфере космоса") == "в сфере космоса"


# ------------------------------------------------------------------ one quarter loaded (the real sample)

def test_single_quarter_review_matches_dashboard_and_says_no_data(sample_con):
    review = build_review(sample_con, 2024, 4)
    f = Filters(reports=(review.period.report_id,))
    dashboard = queries.headline(sample_con, f).iloc[0]
    for metric in review.metrics:
        assert metric.value == dashboard[metric.key], metric.key
        assert metric.vs_previous.text() == "нет данных"
        assert metric.vs_year_ago.text() == "нет данных"
    assert review.metric("events").value == _sql_events(sample_con, 2024, 4) == 78
    assert review.new_partners is None and review.silent_partners is None
    text = narrative(review)
    held = sample_con.execute("SELECT count(*) FROM events WHERE quarter_position IN ('inside', 'partial')").fetchone()[0]
    assert held == 64, "14 events of the Q4 report were held wholly in September"
    assert text.startswith("В отчёте исполнительных органов Смоленской области и подведомственных им учреждений "
                           "за IV квартал 2024 года — 78 мероприятий в международной сфере, из них 64 проведены "
                           "в IV квартале 2024 года, 14 — вне квартала.")
    assert review.metric("events").note == "78 в отчёте за IV кв. 2024, из них 64 проведены в IV кв. 2024, 14 — вне квартала"
    assert "(Беларусь; мероприятие 26–28 сентября 2024, вне квартала)" in text, "the September signing says so"
    assert "сравнение не приводится" in text
    assert "в сфере культуры и туризма (31)" in text
    assert "Беларуси (62 мероприятия)" in text
    assert "подписано 2 документа" in text and "достигнуто 11 устных договорённостей" in text


def test_narrative_is_a_pure_function_of_the_review(sample_con):
    review = build_review(sample_con, 2024, 4)
    assert narrative(review) == narrative(review)
    assert "http" not in narrative(review)


def test_unknown_quarter_is_a_clear_error(sample_con):
    from briefing.model import ReviewError

    with pytest.raises(ReviewError, match="нет отчёта за I кв. 2023.*2024Q4"):
        build_review(sample_con, 2023, 1)


# ------------------------------------------------------------------ SYNTHETIC quarters

def test_synthetic_quarters_are_loaded(synthetic_con):
    assert [p.code for p in periods(synthetic_con)] == ["2024Q3", "2024Q4", "2025Q3", "2025Q4"]


def test_change_against_previous_quarter_synthetic(synthetic_con):
    review = build_review(synthetic_con, 2024, 4)
    assert review.previous.code == "2024Q3" and review.year_ago is None
    now, before = _sql_events(synthetic_con, 2024, 4), _sql_events(synthetic_con, 2024, 3)
    events = review.metric("events").vs_previous
    assert (events.value, events.base, events.delta) == (now, before, now - before) == (78, 72, 6)
    assert events.percent == pytest.approx((now - before) / before * 100)
    assert events.text() == "▲ +6 (+8,3 %)"
    signed = review.metric("signed").vs_previous
    assert (signed.value, signed.base) == (_sql_signed(synthetic_con, 2024, 4), _sql_signed(synthetic_con, 2024, 3))
    assert signed.base < 5 and signed.percent is None and "%" not in signed.text()   # tiny base: a count
    assert signed.text() == "▲ +1"
    partners = review.metric("partner_countries").vs_previous
    assert partners.delta == len(_sql_partners(synthetic_con, 2024, 4)) - len(_sql_partners(synthetic_con, 2024, 3))
    assert review.metric("events").vs_year_ago.text() == "нет данных"
    text = narrative(review)
    assert "78 мероприятий в международной сфере, из них" in text
    assert "— вне квартала (+6 к III кварталу 2024 года, +8,3 %)." in text


def test_new_partners_synthetic(synthetic_con):
    review = build_review(synthetic_con, 2024, 4)
    expected = _sql_partners(synthetic_con, 2024, 4) - _sql_partners(synthetic_con, 2024, 3)
    assert {p.code for p in review.new_partners} == expected
    assert {"LT", "AE", "IN"} <= expected
    assert review.silent_partners is None          # only two quarters up to this one
    assert "Новыми партнёрами" in narrative(review) and "Литвы" in narrative(review)


def test_year_ago_and_silent_partners_synthetic(synthetic_con):
    review = build_review(synthetic_con, 2025, 4)
    assert review.previous.code == "2025Q3"
    assert review.year_ago.code == "2024Q4"
    year = review.metric("events").vs_year_ago
    assert (year.value, year.base) == (_sql_events(synthetic_con, 2025, 4), _sql_events(synthetic_con, 2024, 4))
    assert year.delta == -2 and year.text() == "▼ −2 (−2,6 %)"
    silent = {p.code: p for p in review.silent_partners}
    assert set(silent) == {"LT"}
    assert silent["LT"].last_seen.code == "2024Q4" and silent["LT"].quarters_silent == 2
    assert review.new_partners == []
    text = narrative(review)
    assert "к IV кварталу 2024 года" in text and "к III кварталу 2025 года" in text
    assert "Два квартала и более не проводились мероприятия с партнёрами из Литвы (последнее мероприятие — " \
           "в IV квартале 2024 года)." in text


def test_every_quarter_s_partners_in_one_statement_are_each_quarter_s_own(synthetic_con):
    """The review reads the partners of all the region's quarters at once (queries.countries_by_report): the
    same counts as events_by_country under each quarter's filter; a report id not loaded has none."""
    from analytics import queries
    from analytics.filters import Filters

    ids = [r[0] for r in synthetic_con.execute("SELECT report_id FROM reports ORDER BY year, quarter").fetchall()]
    together = queries.countries_by_report(synthetic_con, ids + ["not-loaded"])
    assert len(ids) == 4 and together["not-loaded"] == {}
    for report_id in ids:
        frame = queries.events_by_country(synthetic_con, Filters(reports=(report_id,)))
        assert together[report_id] == dict(zip(frame["country_code"], frame["events"].astype(int)))
        assert together[report_id]


# ------------------------------------------------------------------ the page (AppTest)

def _counter(at) -> str:
    found = [m.value for m in at.markdown if m.value.startswith('<div class="rv-counter">')]
    assert found, "no slide counter"
    return re.sub(r"<[^>]+>", "", found[0])


# The page alone, under a router like dashboard.py's (pages run only through a router).
ROUTER = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
import streamlit as st
from ui import router
nav = st.navigation([st.Page({str(PAGE)!r}, title="Квартальный обзор", url_path="review")])
with router.routed():
    nav.run()
"""


@pytest.fixture
def page(monkeypatch):
    def make(db: Path, query: dict | None = None):
        from streamlit.testing.v1 import AppTest

        from etl import config

        monkeypatch.setattr(config, "DB_PATH", db)
        monkeypatch.setenv("ENGAGEMENT_DB", str(db))  # access.db_path() reads it first
        at = AppTest.from_string(ROUTER, default_timeout=60)
        for key, value in (query or {}).items():
            at.query_params[key] = value
        return at.run()
    return make


def test_page_walks_slides_forward_and_back(page, sample_db):
    at = page(sample_db)
    assert not at.exception
    # 13: the ten slides, the agreements, the biggest events and the key partners each in two parts, as in English
    # (ui.slides.screen_slides cuts each slide as the wordier language needs; ?slide=N is one slide in both)
    assert _counter(at) == "Слайд 1 из 13"
    assert at.button(key="review_back_top").disabled
    titles = []
    for number in range(2, 14):
        at.button(key="review_forward_top").click().run()
        assert not at.exception
        assert _counter(at) == f"Слайд {number} из 13"
        title = next(m.value for m in at.markdown if m.value.startswith('<div class="rv-title"'))
        titles.append(re.sub(r"<[^>]+>", " ", title).split()[0])
    assert at.button(key="review_forward_top").disabled
    assert titles[0] == "Основные" and titles[-1] == "Справочно"
    assert at.query_params["slide"] in ("13", ["13"])
    assert "Ключевые" in titles
    for number in range(12, 0, -1):
        at.button(key="review_back_top").click().run()
        assert _counter(at) == f"Слайд {number} из 13"
    assert at.button(key="review_back_top").disabled


def test_page_charts_equal_the_dashboard_query(page, sample_db):
    import json

    at = page(sample_db, {"slide": "3"})
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    con = duckdb.connect(str(sample_db), read_only=True)
    try:
        expected = queries.events_by_sector(con, Filters(reports=(build_review(con, 2024, 4).period.report_id,)))
    finally:
        con.close()
    assert list(spec["data"][0]["x"]) == expected["events"].tolist()


def test_page_opens_in_presentation_mode_from_url(page, sample_db):
    at = page(sample_db, {"present": "1", "slide": "4", "theme": "dark"})
    assert not at.exception
    assert _counter(at) == "Слайд 4 из 13"
    css = next(m.value for m in at.markdown if m.value.startswith("<style>"))
    assert '[data-testid="stSidebar"]' in css and "display: none" in css
    assert "#0b0f17" in css                               # dark theme
    assert not at.selectbox and not at.toggle              # no controls on the meeting-room screen
    assert [b.label for b in at.button][-1] == "Выйти из режима показа"
    at.button(key="review_present_off").click().run()
    assert at.toggle[0].value is True                     # the theme survived presentation mode
    assert '[data-testid="stSidebar"]' not in next(m.value for m in at.markdown if m.value.startswith("<style>"))


def test_page_under_the_router_keeps_presentation_mode(monkeypatch, sample_db):
    """The dashboard's sidebar rewrites the query string before the page runs; ?present=1 must survive."""
    from streamlit.testing.v1 import AppTest

    from etl import config

    monkeypatch.setattr(config, "DB_PATH", sample_db)
    monkeypatch.setenv("ENGAGEMENT_DB", str(sample_db))
    router = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
import streamlit as st
from ui import access, router, sidebar
sidebar.load_from_url()
nav = st.navigation([st.Page({str(ROOT / 'pages' / 'review.py')!r}, title="Квартальный обзор", url_path="review")])
if access.require_database():
    sidebar.sidebar()
    with router.routed():
        nav.run()
"""
    at = AppTest.from_string(router, default_timeout=60)
    at.query_params["present"] = "1"
    at.query_params["slide"] = "2"
    at.run()
    assert not at.exception
    assert _counter(at) == "Слайд 2 из 13"
    assert not at.selectbox or all(s.label != "Квартал" for s in at.selectbox)
    at.button(key="review_forward_top").click().run()
    assert _counter(at) == "Слайд 3 из 13"


def test_page_change_cards_on_synthetic_quarters(page, synthetic_db):
    at = page(synthetic_db, {"quarter": "2024Q4", "slide": "2"})
    assert not at.exception
    cards = {re.search(r'data-metric="(\w+)"', m.value).group(1): re.sub(r"<[^>]+>", " ", m.value)
             for m in at.markdown if 'class="rv-card"' in m.value}
    assert "к III кв. 2024: ▲ +6 (+8,3 %)" in " ".join(cards["events"].split())
    assert "к III кв. 2024: ▲ +1" in " ".join(cards["signed"].split())
    assert at.selectbox[0].value == "2024Q4"
    at.selectbox[0].select("2025Q4").run()
    cards = " ".join(re.sub(r"<[^>]+>", " ", m.value) for m in at.markdown if 'class="rv-card"' in m.value)
    assert "к IV кв. 2024: ▼ −2 (−2,6 %)" in " ".join(cards.split())


def test_page_in_english(monkeypatch, sample_db):
    """With the UI in English the page's controls, counter, cards and slides are English; the same
    figures as in Russian (78 events, ≥ 13,653 participants with the English thousands separator)."""
    from streamlit.testing.v1 import AppTest

    from etl import config
    from ui.access import LANG_KEY

    monkeypatch.setattr(config, "DB_PATH", sample_db)
    monkeypatch.setenv("ENGAGEMENT_DB", str(sample_db))
    at = AppTest.from_string(ROUTER, default_timeout=60)
    at.session_state[LANG_KEY] = True
    at.query_params["slide"] = "2"
    at.run()
    assert not at.exception
    assert _counter(at) == "Slide 2 of 13"
    assert [s.label for s in at.selectbox] == ["Quarter"] and at.selectbox[0].format_func("2024Q4") == "Q4 2024"
    cards = " ".join(re.sub(r"<[^>]+>", " ", m.value) for m in at.markdown if 'class="rv-card"' in m.value)
    assert "Events in the report 78" in " ".join(cards.split())
    assert "≥ 13,653" in cards and "vs the previous quarter: no data" in " ".join(cards.split())
    at.button(key="review_present_on").click().run()
    assert [b.label for b in at.button][-1] == "Leave presentation mode"
    at.button(key="review_forward_top").click().run()
    assert _counter(at) == "Slide 3 of 13"


def test_a_missing_quarter_s_message_stays_short_however_many_reports_are_loaded(sample_db, tmp_path):
    """A national file holds ~13,000 reports: the message of a quarter not loaded named every one of them
    (a 600 KB line). Now it names the region's latest quarters and says how many came before; a region with
    no report gets the regions that are loaded; several regions for one quarter are named up to a limit."""
    import shutil

    import duckdb

    from briefing.model import MESSAGE_ITEMS, ReviewError, find_period

    path = tmp_path / "many.duckdb"
    shutil.copy(sample_db, path)
    con = duckdb.connect(str(path))
    columns = [r[0] for r in con.execute("DESCRIBE reports").fetchall()]
    others = ", ".join(c for c in columns if c not in ("report_id", "year", "quarter", "region", "sha256", "file_name"))
    # SYNTHETIC: the sample's report row copied to 40 earlier quarters of its region and 30 other regions of 2024 IV
    for i in range(40):
        con.execute(f"INSERT INTO reports (report_id, year, quarter, region, sha256, file_name, {others}) "
                    f"SELECT report_id || '-q' || CAST(? AS VARCHAR), 2010 + CAST(? AS INTEGER) // 4, 1 + CAST(? AS INTEGER) % 4, region, sha256 || ?, file_name || ?, "
                    f"{others} FROM reports WHERE report_id = (SELECT min(report_id) FROM reports)",
                    [i, i, i, f"q{i}", f"q{i}"])
    for i in range(30):
        con.execute(f"INSERT INTO reports (report_id, year, quarter, region, sha256, file_name, {others}) "
                    f"SELECT report_id || '-r' || CAST(? AS VARCHAR), year, quarter, 'Регион ' || ?, sha256 || ?, file_name || ?, "
                    f"{others} FROM reports WHERE report_id = (SELECT min(report_id) FROM reports)",
                    [i, f"{i:02d}", f"r{i}", f"r{i}"])
    with pytest.raises(ReviewError) as missing:
        find_period(con, 2023, 1, "Смоленская область")
    text = str(missing.value)
    assert "нет отчёта за I кв. 2023 для региона «Смоленская область»" in text
    assert "2024Q4" in text and "2019Q4" in text and "2010Q1" not in text     # the latest quarters, in order
    assert f"{41 - MESSAGE_ITEMS} более ранних" in text and len(text) < 400
    with pytest.raises(ReviewError) as no_region:
        find_period(con, 2024, 4, "Тульская область")
    text = str(no_region.value)
    assert "ни одного отчёта этого региона" in text and "Регион 00" in text and "и ещё" in text and len(text) < 500
    with pytest.raises(ReviewError) as several:
        find_period(con, 2024, 4)
    text = str(several.value)
    assert "несколько регионов" in text and f"и ещё {31 - MESSAGE_ITEMS}" in text and len(text) < 500
    con.close()
