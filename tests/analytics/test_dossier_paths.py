"""The unfiltered dossier's shortcuts give the answers of the long way.

Unfiltered, dossier() reads the card with its figures in one statement, bounds its two pages by a
floor on the start date (_start_floor, from the quarters it counts anyway) and, when no link, pair or
official is merged, reads the kept pair and official counts without the views that take merged rows
away. Each is compared here with the way without it — the pages unbounded (org_events and
org_agreements alone), the views (_dossier_scanning_links, which asks nothing of the database
beforehand) — on databases of the real report and SYNTHETIC reports: as loaded, with one pair
merged, and with links made undated or tied on one date on purpose.
"""
from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from analytics import organisations, quality, queries
from analytics.filters import Filters
from etl.edits import DuplicateDecision, Edits, event_key
from etl.load import connect_writable, load_reports
from etl.synth import synthetic_regions, synthetic_report, to_text


def _synthetic(region: int, year: int, quarter: int, seed: int) -> tuple[str, bytes]:
    report = synthetic_report(synthetic_regions()[region], year, quarter, seed=seed)
    return (f"synthetic_{region}_{year}_{quarter}.txt", to_text(report).encode("utf-8"))


@pytest.fixture(scope="module")
def reports(sample_path) -> list:
    return [sample_path, _synthetic(0, 2024, 4, 5), _synthetic(1, 2024, 3, 5), _synthetic(0, 2024, 2, 6)]


@pytest.fixture(scope="module")
def plain_db(tmp_path_factory, reports) -> Path:
    """Loaded, nothing merged."""
    db = tmp_path_factory.mktemp("dossier") / "engagement.duckdb"
    load_reports(reports, db)
    return db


@pytest.fixture(scope="module")
def merged_db(tmp_path_factory, plain_db, reports) -> Path:
    """The same with a duplicate pair merged (by reloading one report with the decision): the pending
    pair whose events name most pairs of organisations and officials, so the kept counts' views have
    merged rows to take away."""
    db = tmp_path_factory.mktemp("dossier_merged") / "engagement.duckdb"
    shutil.copy(plain_db, db)
    con = duckdb.connect(str(db), read_only=True)
    pending = quality.pending_duplicate_pairs(con, limit=100)

    def named(row) -> int:
        return min(con.execute("SELECT least((SELECT count(*) FROM event_org_pairs WHERE event_id = ?), "
                               "(SELECT count(*) FROM event_officials WHERE event_id = ?))",
                               [row[f"{side}_event_id"]] * 2).fetchone()[0] for side in ("first", "second"))
    top = pending.iloc[[max(range(len(pending)), key=lambda i: named(pending.iloc[i]))]]
    assert named(top.iloc[0]) > 0
    con.close()
    keys = [event_key(top.iloc[0][f"{side}_region"], int(top.iloc[0][f"{side}_year"]),
                      int(top.iloc[0][f"{side}_quarter"]), int(top.iloc[0][f"{side}_n"]),
                      top.iloc[0][f"{side}_fingerprint"]) for side in ("first", "second")]
    edits = Edits(duplicates=[DuplicateDecision("m1", keys[0], keys[1], "merge", "тест", "", "2026-01-01T00:00:00")])
    load_reports(reports[:1], db, edits=edits)
    return db


@pytest.fixture(scope="module")
def skewed_db(tmp_path_factory, plain_db) -> Path:
    """The largest organisations' links made hostile to a date floor: every third undated, every
    second of the rest on one shared date (ties at the floor), some in the far past."""
    db = tmp_path_factory.mktemp("dossier_skewed") / "engagement.duckdb"
    shutil.copy(plain_db, db)
    con = connect_writable(db)
    keys = [r[0] for r in con.execute("SELECT org_key FROM event_organisations GROUP BY 1 "
                                      "ORDER BY count(*) DESC, 1 LIMIT 4").fetchall()]
    marks = ", ".join("?" * len(keys))
    con.execute(f"UPDATE event_organisations SET event_start = NULL, event_end = NULL "
                f"WHERE org_key IN ({marks}) AND event_n % 3 = 0", keys)
    con.execute(f"UPDATE event_organisations SET event_start = DATE '2024-11-05' "
                f"WHERE org_key IN ({marks}) AND event_n % 3 <> 0 AND event_n % 2 = 0", keys)
    con.execute(f"UPDATE event_organisations SET event_start = DATE '1999-01-01' "
                f"WHERE org_key IN ({marks}) AND event_n % 7 = 1", keys)
    con.execute("CHECKPOINT")
    con.close()
    return db


def _frames(d: organisations.Dossier) -> dict:
    return {"card": d.card, "events": d.events, "by_quarter": d.by_quarter, "agreements": d.agreements,
            "partners": d.partners, "officials": d.officials,
            "totals": pd.DataFrame({"t": [d.events_total, d.agreements_total, d.partners_total, d.officials_total]})}


def _same_as_the_long_way(con, org_key: str, limit: int, agreements: int | None, people: int | None = 50) -> None:
    fast = organisations.dossier(con, org_key, Filters(), limit=limit, people=people, agreements=agreements)
    assert fast.found
    # the long way: the card without its figures, the views, the pages unbounded
    card = con.execute("SELECT o.org_key, o.name, o.legal_form, o.country, c.name_ru AS country_ru, "
                       "c.name_en AS country_en, o.kind, o.home_region FROM organisations o "
                       "LEFT JOIN countries c ON c.code = o.country WHERE o.org_key = ?", [org_key]).df()
    slow = organisations._dossier_scanning_links(con, card, org_key, Filters(), limit, people, agreements)
    for name, frame in _frames(fast).items():
        pd.testing.assert_frame_equal(frame, _frames(slow)[name], obj=name)
    pd.testing.assert_frame_equal(fast.events, organisations.org_events(con, org_key, Filters(), limit),
                                  obj="events unbounded")
    pd.testing.assert_frame_equal(fast.agreements, organisations.org_agreements(con, org_key, Filters(), agreements),
                                  obj="agreements unbounded")
    # and the newest links straight from the table, in the page's order
    newest = [r[0] for r in con.execute(
        "SELECT event_id FROM event_organisations WHERE NOT merged AND org_key = ? "
        "ORDER BY event_start DESC NULLS LAST, event_n DESC, event_id LIMIT ?", [org_key, limit]).fetchall()]
    assert list(fast.events.event_id) == newest


def _keys(con) -> list[str]:
    """The largest organisations, two middling, the two smallest and every one of a merged event."""
    keys = [r[0] for r in con.execute("SELECT org_key FROM event_organisations GROUP BY 1 "
                                      "ORDER BY count(*) DESC, 1").fetchall()]
    merged = [r[0] for r in con.execute("SELECT DISTINCT org_key FROM event_organisations WHERE merged "
                                        "ORDER BY 1").fetchall()]
    return list(dict.fromkeys(keys[:6] + keys[len(keys) // 2:len(keys) // 2 + 2] + keys[-2:] + merged))


def _asked(con) -> dict:
    @queries.asked_once
    def ask(con):
        organisations._ask_dossier_ways(con)
        return {key: organisations._unmerged(con, key) for key in ("pair_counts_unmerged", "official_counts_unmerged")}
    return ask(con)


@pytest.mark.parametrize("db_name", ["plain_db", "merged_db", "skewed_db"])
@pytest.mark.parametrize("limit, agreements", [(1, 1), (3, 2), (7, None), (50, 100)],
                         ids=["one_each", "few", "all_agreements", "page_defaults"])
def test_the_unfiltered_dossier_equals_the_long_way(request, db_name, limit, agreements):
    con = duckdb.connect(str(request.getfixturevalue(db_name)), read_only=True)
    try:
        for org_key in _keys(con):
            _same_as_the_long_way(con, org_key, limit, agreements)
        _same_as_the_long_way(con, _keys(con)[0], limit, agreements, people=None)
        assert not organisations.dossier(con, "нет такой организации", Filters()).found
    finally:
        con.close()


def test_the_kept_counts_are_read_without_their_views_only_when_nothing_is_merged(plain_db, merged_db):
    plain = duckdb.connect(str(plain_db), read_only=True)
    merged = duckdb.connect(str(merged_db), read_only=True)
    try:
        assert _asked(plain) == {"pair_counts_unmerged": True, "official_counts_unmerged": True}
        assert merged.execute("SELECT count(*) FROM event_organisations WHERE merged").fetchone()[0] > 0
        assert merged.execute("SELECT count(*) FROM event_officials WHERE merged").fetchone()[0] > 0
        assert merged.execute("SELECT count(*) FROM event_org_pairs WHERE merged").fetchone()[0] > 0
        assert _asked(merged) == {"pair_counts_unmerged": False, "official_counts_unmerged": False}
        # outside a question nothing is remembered: the views serve
        assert not organisations._unmerged(plain, "pair_counts_unmerged")
    finally:
        plain.close()
        merged.close()


def test_the_dossier_of_an_older_file_without_the_kept_counts(tmp_path, plain_db):
    """A file whose kept official counts were dropped: the one statement of questions fails to bind,
    each is asked alone, and the officials are counted from their events."""
    db = tmp_path / "engagement.duckdb"
    shutil.copy(plain_db, db)
    con = duckdb.connect(str(db))
    con.execute("DROP VIEW v_org_official_counts")
    con.execute("DROP TABLE org_official_counts")
    con.close()
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert _asked(con) == {"pair_counts_unmerged": False, "official_counts_unmerged": False}
        for org_key in _keys(con)[:3]:
            _same_as_the_long_way(con, org_key, 50, 100)
    finally:
        con.close()


D = datetime.date


def _days(*days: str) -> pd.Series:
    return pd.Series(pd.to_datetime(list(days)))


@pytest.mark.parametrize("dated, earliest, wanted, floor", [
    pytest.param([30, 40], ["2024-01-09", "2024-04-02"], 50, D(2024, 1, 9), id="two_quarters_needed"),
    pytest.param([30, 40], ["2024-01-09", "2024-04-02"], 40, D(2024, 4, 2), id="latest_quarter_holds_exactly"),
    pytest.param([30, 40], ["2024-01-09", "2024-04-02"], 41, D(2024, 1, 9), id="one_more_than_the_latest"),
    pytest.param([30, 40], ["2024-01-09", "2024-04-02"], 71, None, id="fewer_dated_than_wanted"),
    pytest.param([30, 40], ["2024-01-09", "2024-04-02"], 70, D(2024, 1, 9), id="every_dated_link"),
    pytest.param([40, 30], ["2024-04-02", "2024-01-09"], 50, D(2024, 1, 9), id="groups_in_any_order"),
    pytest.param([0, 5, 9], [None, "2023-12-31", "2023-07-01"], 5, D(2023, 12, 31), id="undated_group_skipped"),
    pytest.param([5, 5], ["2024-03-01", "2024-03-01"], 6, D(2024, 3, 1), id="tied_earliest"),
    pytest.param([1, 100], ["2025-01-01", "2019-06-30"], 2, D(2019, 6, 30), id="one_late_link_then_an_old_group"),
    pytest.param([3], ["2024-05-05"], None, None, id="no_limit"),
    pytest.param([3], ["2024-05-05"], 0, None, id="empty_page"),
    pytest.param([], [], 1, None, id="no_links"),
])
def test_start_floor(dated, earliest, wanted, floor):
    assert organisations._start_floor(pd.Series(dated, dtype="int64"), _days(*earliest), wanted) == floor
