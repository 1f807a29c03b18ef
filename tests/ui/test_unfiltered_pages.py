"""Pages the sidebar filters do not apply to (the quarterly review shows the whole quarter chosen on the
page, «Качество данных» and «Данные» whole reports) offer no filter widgets that would change nothing:
their sidebar says so in one sentence, in the UI language. The filters chosen elsewhere are kept — in
the URL and in the session — and apply again on the next page that uses them."""
from __future__ import annotations

import pytest

from analytics.formatting import EVENTS, count_phrase
from analytics.i18n import t
from dashboard_fixtures import dashboard_db, oracle  # noqa: F401  (fixtures)

from test_dashboard_app import assert_ok, caption, goto, start

UNFILTERED = [("review", "filters_why_review"), ("quality", "filters_why_quality"), ("data", "filters_why_data")]


def sidebar_text(at) -> str:
    return " ".join(e.value for e in at.sidebar.info)


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("page, reason", UNFILTERED, ids=[p for p, _ in UNFILTERED])
def test_sidebar_says_the_filters_do_not_apply(dashboard_db, page, reason, lang):
    at = start(dashboard_db, **({"lang": "en"} if lang == "en" else {}))
    goto(at, page)
    assert_ok(at)
    assert not at.sidebar.multiselect and not at.sidebar.text_input, "filter widgets on a page they do not filter"
    assert t("filters_not_here", lang, reason=t(reason, lang)) in sidebar_text(at)
    assert [tg.label for tg in at.sidebar.toggle] == ["English"], "the language switch stays"


@pytest.mark.parametrize("page", [p for p, _ in UNFILTERED])
def test_filters_survive_a_page_they_do_not_apply_to(dashboard_db, oracle, page):
    at = start(dashboard_db, sector="culture_tourism", q="Беларусь")
    goto(at, page)
    assert_ok(at)
    assert t("filters_kept", "ru") in sidebar_text(at), "the sidebar tells that the chosen filters are kept"
    assert at.query_params.get("sector") in ("culture_tourism", ["culture_tourism"])
    goto(at, "overview")
    assert_ok(at)
    assert at.sidebar.multiselect(key="f_sectors").value == ["culture_tourism"]
    assert at.sidebar.text_input(key="f_search").value == "Беларусь"
    assert caption(at).startswith("Показаны: ") and "культура и туризм" in caption(at)


@pytest.mark.parametrize("page", ["overview", "sectors", "registry"])
def test_filtered_pages_keep_their_filters(dashboard_db, oracle, page):
    at = start(dashboard_db)
    goto(at, page)
    assert_ok(at)
    assert at.sidebar.multiselect(key="f_sectors") is not None
    assert not sidebar_text(at)
    total = oracle.execute("SELECT count(*) FROM events").fetchone()[0]
    assert caption(at).startswith(f"Показаны: {count_phrase(total, EVENTS)}")
