"""The aggregates each load keeps for the unfiltered questions stay equal to the ones recomputed from
the base tables after any sequence of loads, replacements, merges, deletions and rebuilds, and the
answers read from them are the ones the base tables give: org_joint_counts and org_pair_counts (the
network view's nodes and edges), org_official_counts (the unfiltered dossier's officials), report_top_attendance and top_attendance (the biggest events: each
report's and the whole database's, the latter with the shown columns), report_top_foreign and top_foreign (the
foreign participants' page), report_top_agreements and top_agreements (the latest agreements' list), and
report_fill as the deep registry pages read it.

Reports: the real sample and SYNTHETIC reports (etl/synth.py) of other regions and quarters.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analytics import organisations, page_queries, quality, queries
from analytics.filters import Filters
from etl.edits import DuplicateDecision, Edits, event_key
from etl.load import (AGREEMENT_ORDER, AGREEMENT_SHOWN, AGREEMENT_WHOLE, FOREIGN_ORDER, FOREIGN_SHOWN, FOREIGN_WHOLE,
                      TOP_ORDER, TOP_PER_REPORT, TOP_SHOWN, TOP_WHOLE, connect_writable, delete_report, load_reports)
from etl.synth import synthetic_regions, synthetic_report, to_text


def _synthetic(region: int, year: int, quarter: int, seed: int) -> tuple[str, bytes]:
    """A SYNTHETIC report; the same (region, year, quarter) with another seed replaces it."""
    report = synthetic_report(synthetic_regions()[region], year, quarter, seed=seed)
    return (f"synthetic_{region}_{year}_{quarter}.txt", to_text(report).encode("utf-8"))


def _kept(con) -> tuple[dict, dict, dict]:
    """The stored counts without merged links (the v_org_* views), zero rows left out."""
    joint = {(k, s): n for k, s, n in con.execute(
        "SELECT org_key, side, sum(events) FROM v_org_joint_counts GROUP BY 1, 2 HAVING sum(events) <> 0").fetchall()}
    pairs = {(h, f): n for h, f, n in con.execute(
        "SELECT home_key, foreign_key, sum(events) FROM v_org_pair_counts GROUP BY 1, 2 "
        "HAVING sum(events) <> 0").fetchall()}
    officials = {(k, name, role if has_role else None): n for k, name, role, has_role, n in con.execute(
        "SELECT org_key, name, role, has_role, sum(events) FROM v_org_official_counts GROUP BY ALL "
        "HAVING sum(events) <> 0").fetchall()}
    return joint, pairs, officials


def _recomputed(con) -> tuple[dict, dict, dict]:
    """The same counts from the links themselves, as the network view and the dossier counted them before."""
    joint = {(k, s): n for k, s, n in con.execute(
        "SELECT org_key, side, count(*) FROM event_organisations WHERE NOT merged AND joint "
        "AND side IN ('home', 'foreign') GROUP BY 1, 2").fetchall()}
    pairs = {(h, f): n for h, f, n in con.execute(
        "SELECT home_key, foreign_key, count(*) FROM event_org_pairs WHERE NOT merged GROUP BY 1, 2").fetchall()}
    officials = {(k, name, role): n for k, name, role, n in con.execute(
        "SELECT l.org_key, x.name, x.role, count(*) FROM event_organisations l JOIN event_officials x "
        "ON x.event_id = l.event_id WHERE NOT l.merged AND NOT x.merged GROUP BY ALL").fetchall()}
    return joint, pairs, officials


def _top_from_events(con) -> list[tuple]:
    """Each report's TOP_PER_REPORT events by attendance, from the events themselves."""
    return sorted(con.execute(
        "SELECT report_id, event_id, n, attendance_total FROM (SELECT *, row_number() OVER (PARTITION BY report_id "
        "ORDER BY attendance_total DESC, n) AS place FROM events WHERE attendance_total IS NOT NULL) "
        "WHERE place <= ?", [TOP_PER_REPORT]).fetchall())


def _whole_top_from_events(con) -> list[tuple]:
    """The first TOP_WHOLE of every report's top (_top_from_events) by attendance, merged ones included."""
    return con.execute(
        f"SELECT report_id, event_id, n, attendance_total FROM (SELECT *, row_number() OVER (PARTITION BY report_id "
        f"ORDER BY attendance_total DESC, n) AS place FROM events WHERE attendance_total IS NOT NULL) "
        f"WHERE place <= ? ORDER BY {TOP_ORDER} LIMIT ?", [TOP_PER_REPORT, TOP_WHOLE]).fetchall()


def _foreign_tops_from_events(con, whole: int) -> tuple[list[tuple], list[tuple]]:
    """Each report's first `whole` events stating foreigners (FOREIGN_ORDER, merged ones included) and
    the first `whole` of those with the shown columns, from the events themselves."""
    per_report = sorted(con.execute(
        "SELECT report_id, event_id, n, attendance_foreign FROM (SELECT *, row_number() OVER (PARTITION BY report_id "
        f"ORDER BY {FOREIGN_ORDER}) AS place FROM events WHERE attendance_foreign IS NOT NULL) WHERE place <= ?",
        [whole]).fetchall())
    shown = ", ".join(FOREIGN_SHOWN)
    top = con.execute(f"SELECT report_id, {shown} FROM events WHERE attendance_foreign IS NOT NULL "
                      f"ORDER BY {FOREIGN_ORDER} LIMIT ?", [whole]).fetchall()
    return per_report, top


def _agreement_tops_from_events(con, whole: int) -> tuple[list[tuple], list[tuple]]:
    """Each report's first `whole` events of each agreement kind (AGREEMENT_ORDER, merged ones included)
    and the first `whole` of each kind in the whole database with the shown columns, from the events
    themselves (written per kind, one query each)."""
    per_report, top = [], []
    shown = ", ".join(AGREEMENT_SHOWN)
    for kind in ("signed", "verbal"):
        for report_id, in con.execute("SELECT DISTINCT report_id FROM events").fetchall():
            per_report += con.execute(f"SELECT report_id, event_id, n, start_date, agreement FROM events "
                                      f"WHERE report_id = ? AND agreement = ? ORDER BY {AGREEMENT_ORDER} LIMIT ?",
                                      [report_id, kind, whole]).fetchall()
        top += con.execute(f"SELECT report_id, {shown} FROM events WHERE agreement = ? "
                           f"ORDER BY {AGREEMENT_ORDER} LIMIT ?", [kind, whole]).fetchall()
    return sorted(per_report), top


AGREEMENT_KINDS = (("signed",), ("verbal",), ("signed", "verbal"))


def _agreements_from_events(con, kinds: tuple[str, ...], limit: int) -> pd.DataFrame:
    """The unfiltered latest agreements' list written out in SQL over the unmerged events."""
    marks = ", ".join("?" * len(kinds))
    rows = con.execute(f"SELECT * FROM (SELECT {', '.join(AGREEMENT_SHOWN)} FROM v_events WHERE agreement IN ({marks}) "
                       f"ORDER BY start_date DESC NULLS FIRST, n DESC, event_id LIMIT ?) "
                       "ORDER BY start_date NULLS LAST, n, event_id", [*kinds, limit]).df()
    total = con.execute(f"SELECT count(*) FROM v_events WHERE agreement IN ({marks})", list(kinds)).fetchone()[0]
    return rows.assign(total=int(total))


def _agreements_both_ways(con, kinds: tuple[str, ...], limit: int) -> tuple[pd.DataFrame | None, pd.DataFrame]:
    """The unfiltered list from the kept rows (None when they cannot say), and written out over the events."""
    return page_queries._agreements_top_kept(con, kinds, limit), _agreements_from_events(con, kinds, limit)


def _foreign_page_both_ways(con, limit: int) -> tuple[pd.DataFrame | None, pd.DataFrame]:
    """The unfiltered foreign participants' page from the kept top (None when it cannot say) and from the
    events (the path every filter takes)."""
    return page_queries._foreign_top_kept(con, limit), page_queries._foreign_participants_bounded(con, Filters(), limit)


def _assert_exact(db: Path, foreign_whole: int = FOREIGN_WHOLE, agreement_whole: int = AGREEMENT_WHOLE) -> None:
    con = duckdb.connect(str(db), read_only=True)
    try:
        agreement_tops = (sorted(con.execute("SELECT report_id, event_id, n, start_date, agreement "
                                             "FROM report_top_agreements").fetchall()),
                          con.execute(f"SELECT report_id, {', '.join(AGREEMENT_SHOWN)} FROM top_agreements "
                                      f"ORDER BY agreement, {AGREEMENT_ORDER}").fetchall())
        agreement_tops_expected = _agreement_tops_from_events(con, agreement_whole)
        agreement_lists = [_agreements_both_ways(con, kinds, limit)
                           for kinds in AGREEMENT_KINDS for limit in (1, 20, 250)]
        kept, recomputed = _kept(con), _recomputed(con)
        negative = sum(con.execute(f"SELECT count(*) FROM {table} WHERE events < 0").fetchone()[0]
                       for table in ("org_joint_counts", "org_pair_counts", "org_official_counts"))
        top = sorted(con.execute("SELECT report_id, event_id, n, attendance_total FROM report_top_attendance").fetchall())
        top_expected = _top_from_events(con)
        whole = con.execute(f"SELECT report_id, event_id, n, attendance_total FROM top_attendance "
                            f"ORDER BY {TOP_ORDER}").fetchall()
        whole_expected = _whole_top_from_events(con)
        shown = ", ".join(TOP_SHOWN)  # the whole top's rows carry their events' shown columns
        whole_shown = con.execute(f"SELECT report_id, {shown} FROM top_attendance ORDER BY {TOP_ORDER}").fetchall()
        whole_shown_expected = con.execute(f"SELECT report_id, {shown} FROM events WHERE event_id IN "
                                           f"(SELECT event_id FROM top_attendance) ORDER BY {TOP_ORDER}").fetchall()
        biggest = [(queries._whole_top_rows(con, Filters(), limit), queries._rows_by_ids(
            con, TOP_SHOWN, [r[0] for r in con.execute(
                f"SELECT event_id FROM v_events WHERE attendance_total IS NOT NULL ORDER BY {TOP_ORDER} LIMIT ?",
                [limit]).fetchall()], TOP_ORDER)) for limit in (1, 4, TOP_PER_REPORT)]
        foreign = page_queries._foreign_stated_in_fill(con, Filters())
        foreign_expected = con.execute("SELECT count(*) FROM v_events WHERE attendance_foreign IS NOT NULL").fetchone()[0]
        foreign_tops = (sorted(con.execute("SELECT report_id, event_id, n, attendance_foreign FROM report_top_foreign")
                               .fetchall()),
                        con.execute(f"SELECT report_id, {', '.join(FOREIGN_SHOWN)} FROM top_foreign "
                                    f"ORDER BY {FOREIGN_ORDER}").fetchall())
        foreign_tops_expected = _foreign_tops_from_events(con, foreign_whole)
        pages = [_foreign_page_both_ways(con, limit) for limit in (1, 7, 100, 250)]
        total = queries.count_events(con, Filters())  # deep registry pages placed by report_fill's counts
        registry = [(queries._registry_page_by_reports(con, 30, offset, queries.REGISTRY_COLUMNS), con.execute(
            f"SELECT {', '.join(queries.REGISTRY_COLUMNS)} FROM v_events ORDER BY {queries.REGISTRY_ORDER['report']} "
            "LIMIT 30 OFFSET ?", [offset]).df()) for offset in sorted({0, total // 3, total // 2 + 1, max(0, total - 7)})]
    finally:
        con.close()
    assert foreign_tops == foreign_tops_expected
    assert agreement_tops == agreement_tops_expected
    assert agreement_lists[1][0] is not None or agreement_whole < AGREEMENT_WHOLE  # the kept rows serve the list
    for kept_list, plain_list in agreement_lists:
        if kept_list is not None:
            pd.testing.assert_frame_equal(kept_list, plain_list)
    for page, expected in registry:
        assert page is not None or expected.empty
        if page is not None:
            pd.testing.assert_frame_equal(page, expected)
    assert pages[0][0] is not None or foreign_whole < FOREIGN_WHOLE  # the kept top serves the unfiltered page
    for kept_page, page in pages:
        if kept_page is not None:
            pd.testing.assert_frame_equal(kept_page, page)
    assert kept == recomputed
    assert negative == 0
    assert top == top_expected
    assert whole == whole_expected
    assert whole_shown == whole_shown_expected and len(whole_shown) == len(whole)
    for kept_rows, rows in biggest:
        if kept_rows is not None:
            pd.testing.assert_frame_equal(kept_rows, rows)
    assert foreign == foreign_expected


def _report_id(db: Path, year: int, quarter: int) -> str | None:
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT report_id FROM reports WHERE year = ? AND quarter = ? ORDER BY report_id LIMIT 1",
                          [year, quarter]).fetchone()
    finally:
        con.close()
    return row[0] if row else None


def _merge_decision(db: Path, rank: int = 0) -> Edits:
    """A merge decision for the `rank`-th pending duplicate pair (none when there is no such pair)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        pairs = quality.pending_duplicate_pairs(con, limit=rank + 1)
    finally:
        con.close()
    if len(pairs) <= rank:
        return Edits()
    top = pairs.iloc[rank]
    keys = [event_key(top[f"{side}_region"], int(top[f"{side}_year"]), int(top[f"{side}_quarter"]),
                      int(top[f"{side}_n"]), top[f"{side}_fingerprint"]) for side in ("first", "second")]
    return Edits(duplicates=[DuplicateDecision(f"m{rank}", keys[0], keys[1], "merge", "тест", "",
                                               "2026-01-01T00:00:00")])


def _biggest_report(db: Path) -> str | None:
    """The report of the event with the most participants (its deletion takes a row of the whole top)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute(f"SELECT report_id FROM events WHERE attendance_total IS NOT NULL ORDER BY {TOP_ORDER} "
                          "LIMIT 1").fetchone()
    finally:
        con.close()
    return row[0] if row else None


# each step: ("load", reports) | ("delete", (year, quarter)) | ("delete_biggest",) | ("merge", rank) | ("unmerge",)
# | ("rebuild", reports)
SEQUENCES = [
    pytest.param([("load", ["sample", (0, 2024, 4, 3)]), ("load", [(1, 2024, 3, 1)]),
                  ("delete", (2024, 3))], id="load_load_delete"),
    pytest.param([("load", ["sample", (0, 2024, 4, 3)]), ("load", [(0, 2024, 4, 8)]),  # replaces 2024 Q4 of region 0
                  ("load", [(2, 2023, 1, 5)])], id="load_replace_add"),
    pytest.param([("load", ["sample", (0, 2024, 4, 3), (0, 2024, 3, 3)]), ("merge", 0), ("load", [(1, 2024, 4, 2)]),
                  ("unmerge",), ("delete", (2024, 3))], id="merge_load_unmerge_delete"),
    pytest.param([("load", [(0, 2024, 4, 3), (1, 2024, 4, 3)]), ("merge", 0), ("rebuild", [(0, 2024, 4, 3)]),
                  ("load", [(1, 2024, 4, 3)])], id="merge_rebuild_reload"),
    pytest.param([("load", ["sample", (0, 2024, 4, 3), (1, 2024, 4, 5), (2, 2024, 3, 7)]), ("delete_biggest",),
                  ("delete_biggest",), ("load", [(0, 2024, 4, 3)])], id="delete_the_biggest_twice_reload"),
]


def _item(spec, sample_path):
    return sample_path if spec == "sample" else _synthetic(*spec)


def _run(db: Path, steps, sample_path) -> None:
    edits = Edits()
    loaded: list = []
    for step in steps:
        if step[0] == "load":
            items = [_item(s, sample_path) for s in step[1]]
            loaded += items
            load_reports(items, db, edits=edits)
        elif step[0] == "rebuild":
            loaded = [_item(s, sample_path) for s in step[1]]
            load_reports(loaded, db, rebuild=True, edits=edits)
        elif step[0] == "delete":
            report_id = _report_id(db, *step[1])
            if report_id:
                assert delete_report(report_id, db)
        elif step[0] == "delete_biggest":
            report_id = _biggest_report(db)
            if report_id:
                assert delete_report(report_id, db)
        elif step[0] in ("merge", "unmerge") and loaded:
            edits = _merge_decision(db, step[1]) if step[0] == "merge" else Edits()
            load_reports(loaded[:1], db, edits=edits)  # decisions are applied with a load
        _assert_exact(db)


@pytest.mark.parametrize("steps", SEQUENCES)
def test_kept_counts_follow_loads_replacements_merges_and_deletions(tmp_path, sample_path, steps):
    _run(tmp_path / "engagement.duckdb", steps, sample_path)


def test_the_fixture_sequences_merge_a_linked_event_and_count_something(tmp_path, sample_path):
    """The sequences above must be able to fail: the database has joint links and pairs, and a merged
    event's links are among them (else the views' subtraction would never be exercised)."""
    db = tmp_path / "engagement.duckdb"
    reports = [sample_path, _synthetic(0, 2024, 4, 3), _synthetic(0, 2024, 3, 3)]
    load_reports(reports, db)
    edits = Edits()
    for rank in range(12):  # the first pending pair whose merged event names organisations
        edits = _merge_decision(db, rank)
        load_reports(reports[:1], db, edits=edits)
        con = duckdb.connect(str(db), read_only=True)
        merged_links = con.execute("SELECT count(*) FROM event_organisations WHERE merged AND joint").fetchone()[0]
        con.close()
        if merged_links:
            break
    con = duckdb.connect(str(db), read_only=True)
    try:
        stored = con.execute("SELECT sum(events) FROM org_joint_counts").fetchone()[0]
        pairs = con.execute("SELECT sum(events) FROM org_pair_counts").fetchone()[0]
        kept_only = dict(con.execute("SELECT org_key || side, events FROM org_joint_counts").fetchall())
        officials = con.execute("SELECT sum(events) FROM org_official_counts").fetchone()[0]
    finally:
        con.close()
    assert stored > 0 and pairs > 0 and officials > 0
    assert merged_links > 0  # (a merged event with officials: test_a_merged_event_leaves_the_unfiltered_dossier)
    _assert_exact(db)
    # the table alone (merged links still in it) differs from the recomputed counts: the view is what subtracts
    con = duckdb.connect(str(db), read_only=True)
    recomputed = {k + s: n for (k, s), n in _recomputed(con)[0].items()}
    con.close()
    assert kept_only != recomputed


@pytest.mark.hypothesis
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.one_of(
    st.tuples(st.just("load"), st.lists(st.tuples(st.integers(0, 2), st.just(2024), st.integers(3, 4),
                                                  st.integers(1, 4)), min_size=1, max_size=2)),
    st.tuples(st.just("delete"), st.tuples(st.just(2024), st.integers(3, 4))),
    st.tuples(st.just("delete_biggest")),
    st.tuples(st.just("merge"), st.integers(0, 3)),
    st.tuples(st.just("unmerge"))), min_size=1, max_size=4))
@pytest.mark.long  # minutes of random sequences: make test-long
def test_kept_counts_after_random_sequences(tmp_path_factory, sample_path, steps):
    first = ("load", ["sample", (0, 2024, 3, 1)])  # a database to change
    _run(tmp_path_factory.mktemp("seq") / "engagement.duckdb", [first, *steps], sample_path)


# ------------------------------------------------------------------ the network read from the counts

@pytest.fixture(scope="module")
def merged_db(tmp_path_factory, sample_path) -> Path:
    """The real report and SYNTHETIC reports of two regions, the top duplicate pair merged."""
    db = tmp_path_factory.mktemp("net") / "engagement.duckdb"
    reports = [sample_path, _synthetic(0, 2024, 4, 3), _synthetic(1, 2024, 4, 3), _synthetic(0, 2024, 3, 3)]
    load_reports(reports, db)
    load_reports(reports[:1], db, edits=_merge_decision(db))
    return db


@pytest.fixture(scope="module")
def without_counts(merged_db, tmp_path_factory) -> Path:
    """The same database with the kept counts emptied: the network then counts the links, as before."""
    copy = tmp_path_factory.mktemp("net_old") / "engagement.duckdb"
    shutil.copy2(merged_db, copy)
    con = duckdb.connect(str(copy))
    con.execute("DELETE FROM org_joint_counts")
    con.execute("DELETE FROM org_pair_counts")
    con.execute("DELETE FROM org_official_counts")
    con.close()
    return copy


@pytest.mark.parametrize("limit", [pytest.param(150, id="page"), pytest.param(5, id="five"),
                                   pytest.param(1, id="one")])
def test_unfiltered_network_from_kept_counts_equals_the_links(merged_db, without_counts, limit):
    new_con = duckdb.connect(str(merged_db), read_only=True)
    old_con = duckdb.connect(str(without_counts), read_only=True)
    try:
        assert organisations._org_counts_kept(new_con) and not organisations._org_counts_kept(old_con)
        new, old = organisations.network(new_con, Filters(), limit), organisations.network(old_con, Filters(), limit)
    finally:
        new_con.close()
        old_con.close()
    assert len(new.nodes) > 0
    pd.testing.assert_frame_equal(new.nodes.reset_index(drop=True), old.nodes.reset_index(drop=True))
    pd.testing.assert_frame_equal(new.edges.reset_index(drop=True), old.edges.reset_index(drop=True),
                                  check_dtype=len(old.edges) > 0)
    assert new.total_nodes == old.total_nodes


def _foreign_organisations(db: Path, count: int, side: str = "foreign") -> list[str]:
    """The `count` organisations of `side` with the most unmerged links (the dossier's largest partners)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [r[0] for r in con.execute("SELECT org_key FROM event_organisations WHERE NOT merged AND side = ? "
                                          "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ?", [side, count]).fetchall()]
    finally:
        con.close()


def _assert_same_dossier(new, old) -> None:
    for part in ("card", "events", "by_quarter", "agreements", "partners", "officials"):
        pd.testing.assert_frame_equal(getattr(new, part).reset_index(drop=True),
                                      getattr(old, part).reset_index(drop=True), obj=part)
    for total in ("events_total", "agreements_total", "partners_total", "officials_total"):
        assert getattr(new, total) == getattr(old, total), total


@pytest.mark.parametrize(("side", "rank", "people"), [
    pytest.param("foreign", 0, 50, id="largest_foreign_partner"),
    pytest.param("foreign", 3, 2, id="fourth_foreign_two_people"),
    pytest.param("home", 0, 50, id="largest_home_institution"),
    pytest.param("home", 2, None, id="third_home_every_person"),
    pytest.param("domestic", 0, 50, id="largest_domestic"),
])
def test_unfiltered_dossier_from_kept_counts_equals_the_links(merged_db, without_counts, side, rank, people):
    """The unfiltered dossier's partners (org_pair_counts) and officials (org_official_counts) read from
    what each load keeps equal those counted from the organisation's links, merged events left out."""
    keys = _foreign_organisations(merged_db, rank + 1, side)
    if len(keys) <= rank:
        pytest.skip(f"the fixture has no {rank + 1} organisations of side {side}")
    new_con = duckdb.connect(str(merged_db), read_only=True)
    old_con = duckdb.connect(str(without_counts), read_only=True)
    try:
        assert organisations._official_counts_kept(new_con) and not organisations._official_counts_kept(old_con)
        new = organisations.dossier(new_con, keys[rank], Filters(), people=people)
        old = organisations.dossier(old_con, keys[rank], Filters(), people=people)
    finally:
        new_con.close()
        old_con.close()
    assert new.events_total > 0
    if side != "domestic":
        assert new.officials_total > 0 or new.partners_total > 0
    _assert_same_dossier(new, old)


def test_a_merged_event_leaves_the_unfiltered_dossier(merged_db, without_counts, tmp_path):
    """Events of the organisation met with most officials marked merged (as _write_marks marks them: the event, its links and
    its officials) leave its kept officials and partners as they leave the links' counts."""
    con = duckdb.connect(str(merged_db), read_only=True)
    top = con.execute("SELECT l.org_key FROM event_organisations l JOIN event_officials x ON x.event_id = l.event_id "
                      "WHERE NOT l.merged GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1").fetchone()[0]
    con.close()
    copies = []
    for source, name in ((merged_db, "kept.duckdb"), (without_counts, "plain.duckdb")):
        db = tmp_path / name
        shutil.copy2(source, db)
        con = duckdb.connect(str(db))
        events = [r[0] for r in con.execute(
            "SELECT l.event_id FROM event_organisations l WHERE l.org_key = ? AND NOT l.merged AND EXISTS "
            "(SELECT 1 FROM event_officials x WHERE x.event_id = l.event_id) ORDER BY l.event_id LIMIT 3",
            [top]).fetchall()]
        assert events
        into = con.execute(f"SELECT min(event_id) FROM events WHERE event_id NOT IN ({', '.join('?' * len(events))})",
                           events).fetchone()[0]
        for gone in events:
            con.execute("UPDATE events SET duplicate_of = ? WHERE event_id = ?", [into, gone])
            for table in ("event_organisations", "event_officials", "event_org_pairs", "event_countries",
                          "event_months", "event_regions"):
                con.execute(f"UPDATE {table} SET merged = TRUE WHERE event_id = ?", [gone])
        con.close()
        copies.append(db)
    new_con, old_con = (duckdb.connect(str(p), read_only=True) for p in copies)
    try:
        before = organisations.dossier(duckdb.connect(str(merged_db), read_only=True), top, Filters(), people=None)
        new = organisations.dossier(new_con, top, Filters(), people=None)
        old = organisations.dossier(old_con, top, Filters(), people=None)
    finally:
        new_con.close()
        old_con.close()
    assert new.officials.events.sum() < before.officials.events.sum()
    _assert_same_dossier(new, old)
    _assert_exact(copies[0])


def test_an_official_without_a_role_keeps_no_role_in_the_kept_dossier(merged_db, tmp_path):
    """An official named without a role (role NULL) in some or all of an organisation's events: the
    dossier shows the least role written, None when none is — kept as '' with has_role false, never
    the '' itself. Roles cleared as an older parse would leave them, the counts recounted as an upgrade does."""
    from etl.load import rebuild_org_counts

    db, plain = tmp_path / "kept.duckdb", tmp_path / "plain.duckdb"
    shutil.copy2(merged_db, db)
    con = duckdb.connect(str(db))
    top, = con.execute("SELECT l.org_key FROM event_organisations l JOIN event_officials x ON x.event_id = l.event_id "
                       "WHERE NOT l.merged GROUP BY 1 ORDER BY count(DISTINCT x.name) DESC, 1 LIMIT 1").fetchone()
    names = [r[0] for r in con.execute(
        "SELECT x.name FROM event_organisations l JOIN event_officials x ON x.event_id = l.event_id "
        "WHERE l.org_key = ? AND NOT l.merged GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2", [top]).fetchall()]
    assert names
    # the first name loses its role everywhere; the second (if any) in one event only
    con.execute("UPDATE event_officials SET role = NULL WHERE name = ?", [names[0]])
    if len(names) > 1:
        con.execute("UPDATE event_officials SET role = NULL WHERE name = ? AND event_id = (SELECT min(event_id) "
                    "FROM event_officials WHERE name = ?)", [names[1], names[1]])
    rebuild_org_counts(con)
    con.close()
    shutil.copy2(db, plain)
    con = duckdb.connect(str(plain))
    con.execute("DELETE FROM org_official_counts")
    con.close()
    kept_con, plain_con = duckdb.connect(str(db), read_only=True), duckdb.connect(str(plain), read_only=True)
    try:
        new = organisations.dossier(kept_con, top, Filters(), people=None)
        old = organisations.dossier(plain_con, top, Filters(), people=None)
    finally:
        kept_con.close()
        plain_con.close()
    assert pd.isna(old.officials.set_index("name").loc[names[0], "role"])
    _assert_same_dossier(new, old)
    _assert_exact(db)


def test_filtered_network_still_reads_the_links(merged_db):
    """A filter the counts do not carry (a sector) is answered from the links: its nodes are a subset."""
    con = duckdb.connect(str(merged_db), read_only=True)
    try:
        everything = organisations.network(con, Filters(), 1000)
        culture = organisations.network(con, Filters(sectors=("culture_tourism",)), 1000)
    finally:
        con.close()
    assert set(culture.nodes.org_key) <= set(everything.nodes.org_key)
    assert culture.nodes.events.sum() < everything.nodes.events.sum()


def test_a_database_from_before_the_counts_gets_them_on_the_next_load(tmp_path, merged_db):
    db = tmp_path / "engagement.duckdb"
    shutil.copy2(merged_db, db)
    top = _foreign_organisations(db, 1)[0]
    con = duckdb.connect(str(db), read_only=True)
    before = organisations.dossier(con, top, Filters())
    con.close()
    con = duckdb.connect(str(db))
    con.execute("DROP VIEW v_org_joint_counts")
    con.execute("DROP VIEW v_org_pair_counts")
    con.execute("DROP VIEW v_org_official_counts")
    con.execute("DROP TABLE org_joint_counts")
    con.execute("DROP TABLE org_pair_counts")
    con.execute("DROP TABLE org_official_counts")
    con.close()
    con = duckdb.connect(str(db), read_only=True)
    assert not organisations._org_counts_kept(con) and not organisations._official_counts_kept(con)
    assert len(organisations.network(con, Filters()).nodes) > 0  # the old way still answers
    _assert_same_dossier(organisations.dossier(con, top, Filters()), before)
    con.close()
    connect_writable(db).close()
    _assert_exact(db)
    con = duckdb.connect(str(db), read_only=True)
    assert organisations._official_counts_kept(con)
    _assert_same_dossier(organisations.dossier(con, top, Filters()), before)
    con.close()


# ------------------------------------------------------------------ the biggest events read from the kept tops

def _without_tops(source: Path, target: Path, tables=("report_top_attendance", "top_attendance")) -> Path:
    """A copy of `source` with the kept tops `tables` emptied (as a file or export from before them)."""
    shutil.copy2(source, target)
    con = duckdb.connect(str(target))
    for table in tables:
        con.execute(f"DELETE FROM {table}")
    con.close()
    return target


def _biggest_both_ways(kept_db: Path, plain_db: Path, limit: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    kept_con, plain_con = duckdb.connect(str(kept_db), read_only=True), duckdb.connect(str(plain_db), read_only=True)
    try:
        assert queries._kept_top(kept_con, Filters(), limit) is not None or limit > TOP_PER_REPORT
        assert queries._kept_top(plain_con, Filters(), limit) is None
        return queries.biggest_events(kept_con, Filters(), limit), queries.biggest_events(plain_con, Filters(), limit)
    finally:
        kept_con.close()
        plain_con.close()


@pytest.mark.parametrize("limit", [pytest.param(n, id=f"top{n}") for n in (1, 3, 10, 11, 40)])
def test_unfiltered_biggest_events_from_kept_tops_equal_the_events(merged_db, tmp_path, limit):
    new, old = _biggest_both_ways(merged_db, _without_tops(merged_db, tmp_path / "plain.duckdb"), limit)
    assert len(new) == min(limit, len(old)) and len(new) > 0
    pd.testing.assert_frame_equal(new, old)


@pytest.mark.parametrize("rank", [pytest.param(0, id="the_biggest"), pytest.param(4, id="the_fifth")])
def test_a_merged_event_among_the_biggest_is_left_out(merged_db, tmp_path, rank):
    """A merge marks events.duplicate_of and moves no kept row: the merged event's report is read from
    the events. Marked here as _write_marks marks it, for an event in the top, which a merge of the
    fixture's pending pairs would not reach."""
    db = tmp_path / "kept.duckdb"
    shutil.copy2(merged_db, db)
    con = duckdb.connect(str(db))
    biggest = queries.biggest_events(con, Filters(), TOP_PER_REPORT)
    gone, into = biggest.event_id.iloc[rank], biggest.event_id.iloc[(rank + 1) % len(biggest)]
    con.execute("UPDATE events SET duplicate_of = ? WHERE event_id = ?", [into, gone])
    con.close()
    new, old = _biggest_both_ways(db, _without_tops(db, tmp_path / "plain.duckdb"), TOP_PER_REPORT)
    assert gone not in set(new.event_id)
    pd.testing.assert_frame_equal(new, old)


def test_filtered_biggest_events_still_read_the_events(merged_db):
    con = duckdb.connect(str(merged_db), read_only=True)
    try:
        assert queries._kept_top(con, Filters(sectors=("culture_tourism",)), 10) is None
        culture = queries.biggest_events(con, Filters(sectors=("culture_tourism",)), 10)
    finally:
        con.close()
    assert set(culture.sector_key) == {"culture_tourism"}


def test_a_grown_benchmark_database_keeps_exact_aggregates(tmp_path, merged_db):
    """bench/bigdb.py copies reports inside DuckDB (merged flags cleared on the copies): its kept
    aggregates are counted again at the end and must equal the base tables' as after real loads."""
    from bench.bigdb import grow

    con = duckdb.connect(str(merged_db), read_only=True)
    events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    grown = grow(merged_db, tmp_path / "grown.duckdb", 2 * events)
    _assert_exact(grown)
    plain = _without_tops(grown, tmp_path / "plain.duckdb")
    new, old = _biggest_both_ways(grown, plain, TOP_PER_REPORT)
    pd.testing.assert_frame_equal(new, old)


# ------------------------------------------------------------------ the whole top (top_attendance)

def _source(con, limit: int) -> str | None:
    """Which kept table queries._kept_top reads for the unfiltered top `limit` (None: the events)."""
    kept = queries._kept_top(con, Filters(), limit)
    if kept is None:
        return None
    return kept[2]


def _biggest_three_ways(db: Path, tmp_path: Path, limit: int) -> tuple[list[pd.DataFrame], list[str | None]]:
    """biggest_events from `db` (the whole top kept), from a copy keeping each report's top only (a file
    or export from before top_attendance), and from a copy keeping neither; and the table each read."""
    copies = (db, _without_tops(db, tmp_path / "per_report.duckdb", ("top_attendance",)),
              _without_tops(db, tmp_path / "plain.duckdb"))
    frames, sources = [], []
    for path in copies:
        con = duckdb.connect(str(path), read_only=True)
        try:
            sources.append(_source(con, limit))
            frames.append(queries.biggest_events(con, Filters(), limit))
        finally:
            con.close()
    return frames, sources


def _whole_rows(db: Path, limit: int) -> pd.DataFrame | None:
    """queries._whole_top_rows: the unfiltered top read whole from top_attendance (None: not served)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return queries._whole_top_rows(con, Filters(), limit)
    finally:
        con.close()


@pytest.mark.parametrize("limit", [pytest.param(n, id=f"top{n}") for n in (1, 2, 7, 10, 11, 25)])
def test_the_whole_top_each_reports_top_and_the_events_give_the_same_biggest_events(merged_db, tmp_path, limit):
    (whole, per_report, plain), sources = _biggest_three_ways(merged_db, tmp_path, limit)
    rows = _whole_rows(merged_db, limit)  # (the fixture's merged event is in no report's kept rows)
    assert (rows is not None) == (limit <= TOP_PER_REPORT)
    if rows is not None:
        pd.testing.assert_frame_equal(rows, plain)
    for copy in (tmp_path / "per_report.duckdb", tmp_path / "plain.duckdb"):  # without the whole top: not served
        assert _whole_rows(copy, limit) is None
    assert sources == (["top_attendance", "report_top_attendance", None] if limit <= TOP_PER_REPORT else [None] * 3)
    assert len(whole) == min(limit, len(plain)) and len(whole) > 0
    pd.testing.assert_frame_equal(whole, plain)
    pd.testing.assert_frame_equal(per_report, plain)


def _mark_merged(db: Path, ranks: list[int] | str) -> list[str]:
    """Mark events as merged (as _write_marks marks one), each into the next event of the unfiltered
    top: those at `ranks` of the top, or "every_report": each report's biggest. Their event_ids."""
    con = duckdb.connect(str(db))
    try:
        top = [r[0] for r in con.execute(f"SELECT event_id FROM events WHERE attendance_total IS NOT NULL "
                                         f"ORDER BY {TOP_ORDER}").fetchall()]
        if ranks == "every_report":
            firsts = {r[0] for r in con.execute("SELECT arg_min(event_id, (-attendance_total, n)) FROM events "
                                                "WHERE attendance_total IS NOT NULL GROUP BY report_id").fetchall()}
            ranks = [i for i, event_id in enumerate(top) if event_id in firsts]
        for rank in ranks:
            con.execute("UPDATE events SET duplicate_of = ? WHERE event_id = ?", [top[rank + 1], top[rank]])
    finally:
        con.close()
    return [top[rank] for rank in ranks]


@pytest.mark.parametrize(("ranks", "limit", "source"), [
    pytest.param([0], 1, "top_attendance", id="the_biggest_merged_top1"),
    pytest.param([3], 2, "top_attendance", id="the_fourth_merged_top2"),
    pytest.param([0], 10, "top_attendance", id="the_biggest_merged_top10"),
    pytest.param([0, 1, 5, 9], 10, "top_attendance", id="four_merged_top10"),
    pytest.param("every_report", 1, "report_top_attendance", id="one_in_every_report_merged_top1"),
    pytest.param("every_report", 10, "report_top_attendance", id="one_in_every_report_merged_top10"),
])
def test_a_merged_event_of_the_whole_top_is_left_out(merged_db, tmp_path, ranks, limit, source):
    """A merge moves no kept row: the reports with a merged event are read from the events, and the
    whole top's other rows serve only when they are at least `limit` (else each report's top)."""
    db = tmp_path / "kept.duckdb"
    shutil.copy2(merged_db, db)
    gone = _mark_merged(db, ranks)
    (whole, per_report, plain), sources = _biggest_three_ways(db, tmp_path, limit)
    assert sources == [source, "report_top_attendance", None]
    assert _whole_rows(db, limit) is None  # a merged event among a report's kept rows: not read whole
    assert not set(gone) & set(whole.event_id)
    assert len(whole) == limit
    pd.testing.assert_frame_equal(whole, plain)
    pd.testing.assert_frame_equal(per_report, plain)


def test_a_database_from_before_the_whole_top_reads_each_reports_top_then_gets_it(tmp_path, merged_db):
    db = tmp_path / "engagement.duckdb"
    shutil.copy2(merged_db, db)
    con = duckdb.connect(str(db))
    con.execute("DROP TABLE top_attendance")
    con.close()
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert _source(con, TOP_PER_REPORT) == "report_top_attendance"
        before = queries.biggest_events(con, Filters(), TOP_PER_REPORT)
    finally:
        con.close()
    connect_writable(db).close()
    _assert_exact(db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert _source(con, TOP_PER_REPORT) == "top_attendance"
        pd.testing.assert_frame_equal(queries.biggest_events(con, Filters(), TOP_PER_REPORT), before)
    finally:
        con.close()


# ------------------------------------------------------------------ the foreign participants' total from report_fill

@pytest.mark.parametrize("marked", [pytest.param(0, id="as_loaded"), pytest.param(1, id="one_more_merged"),
                                    pytest.param(5, id="five_more_merged")])
def test_the_foreign_participants_total_from_report_fill_leaves_merged_events_out(merged_db, tmp_path, marked):
    """report_fill counts a report's merged events too: the unfiltered page's total takes them away.
    Events stating foreigners are marked merged here as _write_marks marks one."""
    db = tmp_path / "kept.duckdb"
    shutil.copy2(merged_db, db)
    con = duckdb.connect(str(db))
    stating = [r[0] for r in con.execute("SELECT event_id FROM v_events WHERE attendance_foreign IS NOT NULL "
                                         "ORDER BY event_id").fetchall()]
    for gone, into in zip(stating[:marked], stating[marked:2 * marked]):
        con.execute("UPDATE events SET duplicate_of = ? WHERE event_id = ?", [into, gone])
    con.close()
    con = duckdb.connect(str(db), read_only=True)
    try:
        whole = queries.foreign_participants(con, Filters())
        kept_total = page_queries._foreign_stated_in_fill(con, Filters())
        page = page_queries.foreign_participants_top(con, Filters(), 5)
        merged_stating = con.execute("SELECT count(*) FROM events WHERE duplicate_of IS NOT NULL "
                                     "AND attendance_foreign IS NOT NULL").fetchone()[0]
    finally:
        con.close()
    assert len(whole) == len(stating) - marked and merged_stating >= marked
    assert kept_total == len(whole)
    assert set(page["total"]) == {len(whole)}
    if marked:
        assert merged_stating > 0  # the subtraction is exercised


def test_the_foreign_participants_total_without_report_fill_counts_the_events(merged_db, tmp_path):
    """An export from before report_fill (its stand-in empty) and a filter count the events themselves."""
    db = tmp_path / "plain.duckdb"
    shutil.copy2(merged_db, db)
    con = duckdb.connect(str(db))
    con.execute("DELETE FROM report_fill")
    con.close()
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert page_queries._foreign_stated_in_fill(con, Filters()) is None
        assert page_queries._foreign_stated_in_fill(con, Filters(sectors=("culture_tourism",))) is None
        for f in (Filters(), Filters(sectors=("culture_tourism",))):
            page = page_queries.foreign_participants_top(con, f, 5)
            assert set(page["total"]) == {len(queries.foreign_participants(con, f))}
    finally:
        con.close()


# ------------------------------------------------------------------ the foreign participants' page from top_foreign

def _without_foreign_tops(source: Path, target: Path, drop: bool = False) -> Path:
    """A copy of `source` with report_top_foreign and top_foreign emptied (an export from before them,
    whose stand-ins are empty) or dropped (a file from before them)."""
    shutil.copy2(source, target)
    con = duckdb.connect(str(target))
    for table in ("report_top_foreign", "top_foreign"):
        con.execute(f"{'DROP TABLE' if drop else 'DELETE FROM'} {table}")
    con.close()
    return target


def _pages(db: Path, limits) -> list[tuple[pd.DataFrame | None, pd.DataFrame, pd.DataFrame]]:
    """Per limit: the kept top's page (None: not served), the page the function gives, the events' page."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [(*_foreign_page_both_ways(con, limit), page_queries.foreign_participants_top(con, Filters(), limit))
                for limit in limits]
    finally:
        con.close()


@pytest.mark.parametrize("limit", [pytest.param(n, id=f"top{n}") for n in (1, 3, 20, 100, 1000)])
def test_the_unfiltered_foreign_page_from_the_kept_top_equals_the_events(merged_db, tmp_path, limit):
    [(kept, given, plain)] = _pages(merged_db, [limit])
    assert kept is not None and len(kept) == min(limit, len(plain)) and len(kept) > 0
    pd.testing.assert_frame_equal(kept, plain)
    pd.testing.assert_frame_equal(given, plain)
    for drop in (False, True):  # without the kept top (emptied, dropped) the events are read: the same page
        [(none, old, _)] = _pages(_without_foreign_tops(merged_db, tmp_path / f"plain{drop}.duckdb", drop), [limit])
        assert none is None
        pd.testing.assert_frame_equal(old, plain)


@pytest.mark.parametrize("ranks", [pytest.param([0], id="the_first"), pytest.param([2, 3], id="the_third_and_fourth"),
                                   pytest.param([0, 1, 4, 6], id="four")])
def test_merged_events_of_the_kept_foreign_top_are_left_out(merged_db, tmp_path, ranks):
    """A merge moves no kept row (events.duplicate_of marked as _write_marks marks it): the page leaves
    the merged ones out, and its total too."""
    db = tmp_path / "kept.duckdb"
    shutil.copy2(merged_db, db)
    con = duckdb.connect(str(db))
    top = [r[0] for r in con.execute(f"SELECT event_id FROM events WHERE attendance_foreign IS NOT NULL "
                                     f"ORDER BY {FOREIGN_ORDER}").fetchall()]
    for rank in ranks:
        con.execute("UPDATE events SET duplicate_of = ? WHERE event_id = ?", [top[-1], top[rank]])
    con.close()
    for kept, given, plain in _pages(db, (1, 5, 100)):
        assert kept is not None and not {top[rank] for rank in ranks} & set(kept.event_id)
        pd.testing.assert_frame_equal(kept, plain)
        pd.testing.assert_frame_equal(given, plain)
        assert set(kept["total"]) == {len(top) - len(ranks)}


@pytest.fixture(scope="module")
def small_top_db(tmp_path_factory, sample_path):
    """The database of loads, a deletion and exact kept tables with a whole foreign top of `whole` rows,
    built once for each `whole` (the cases below only differ in what they merge afterwards, on a copy)."""
    import etl.load

    built: dict[int, Path] = {}

    def build(whole: int) -> Path:
        if whole not in built:
            db = tmp_path_factory.mktemp(f"small_top_{whole}") / "engagement.duckdb"
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(etl.load, "FOREIGN_WHOLE", whole)
                patch.setattr(page_queries, "FOREIGN_WHOLE", whole)
                load_reports([sample_path, _synthetic(0, 2024, 4, 3), _synthetic(1, 2024, 3, 2)], db)
                load_reports([_synthetic(2, 2024, 4, 5)], db)
                _assert_exact(db, whole)
                assert delete_report(_report_id(db, 2024, 3), db)
                _assert_exact(db, whole)
            built[whole] = db
        return built[whole]
    return build


@pytest.mark.parametrize(("whole", "merged", "limit", "served"), [
    pytest.param(4, 0, 4, True, id="as_many_as_kept"),
    pytest.param(4, 0, 5, False, id="more_than_kept"),
    pytest.param(4, 1, 3, True, id="one_merged_three_left"),
    pytest.param(4, 1, 4, False, id="one_merged_too_few_left"),
    pytest.param(6, 3, 3, True, id="three_merged_three_left"),
    pytest.param(6, 3, 4, False, id="three_merged_too_few_left"),
])
def test_a_small_kept_foreign_top_serves_only_what_it_holds(tmp_path, small_top_db, monkeypatch, whole, merged,
                                                            limit, served):
    """With a whole top of `whole` rows (more stating events than that), `merged` of them merged: the page
    is read from the kept rows only when at least `limit` unmerged ones are left; else from the events —
    the same page either way, after loads, a merge and a deletion kept the tables exact."""
    monkeypatch.setattr(page_queries, "FOREIGN_WHOLE", whole)
    db = tmp_path / "engagement.duckdb"
    db.write_bytes(small_top_db(whole).read_bytes())
    con = duckdb.connect(str(db))
    top = [r[0] for r in con.execute(f"SELECT event_id FROM events WHERE attendance_foreign IS NOT NULL "
                                     f"ORDER BY {FOREIGN_ORDER}").fetchall()]
    for rank in range(merged):
        con.execute("UPDATE events SET duplicate_of = ? WHERE event_id = ?", [top[-1], top[rank]])
    con.close()
    assert len(top) > whole
    [(kept, given, plain)] = _pages(db, [limit])
    assert (kept is not None) == served
    pd.testing.assert_frame_equal(given, plain)
    if served:
        pd.testing.assert_frame_equal(kept, plain)


def test_a_database_from_before_the_foreign_tops_gets_them(tmp_path, merged_db):
    db = _without_foreign_tops(merged_db, tmp_path / "engagement.duckdb", drop=True)
    [(none, before, _)] = _pages(db, [100])
    assert none is None
    connect_writable(db).close()
    _assert_exact(db)
    [(kept, after, _)] = _pages(db, [100])
    assert kept is not None
    pd.testing.assert_frame_equal(after, before)


def test_a_merged_event_outside_every_reports_kept_rows_leaves_the_whole_top_served(merged_db, tmp_path):
    """A merged event that no report's top holds changes nothing of the top: it is still read whole."""
    db = tmp_path / "kept.duckdb"
    shutil.copy2(merged_db, db)
    con = duckdb.connect(str(db))
    outside = con.execute("SELECT event_id FROM events WHERE event_id NOT IN (SELECT event_id FROM report_top_attendance) "
                          "AND duplicate_of IS NULL ORDER BY event_id LIMIT 3").fetchall()
    into = con.execute("SELECT event_id FROM events WHERE duplicate_of IS NULL ORDER BY event_id DESC LIMIT 1").fetchone()[0]
    for (gone,) in outside:
        con.execute("UPDATE events SET duplicate_of = ? WHERE event_id = ?", [into, gone])
    con.close()
    assert len(outside) == 3
    (whole, per_report, plain), _ = _biggest_three_ways(db, tmp_path, TOP_PER_REPORT)
    rows = _whole_rows(db, TOP_PER_REPORT)
    assert rows is not None
    pd.testing.assert_frame_equal(rows, plain)


def test_a_database_from_before_the_whole_tops_columns_gets_them(tmp_path, merged_db):
    """A file whose top_attendance has no shown columns (as before them): the top is read as before, and
    the next write fills them."""
    db = tmp_path / "engagement.duckdb"
    shutil.copy2(merged_db, db)
    con = duckdb.connect(str(db))
    con.execute("CREATE OR REPLACE TABLE top_attendance AS SELECT report_id, event_id, n, attendance_total "
                "FROM top_attendance")
    con.close()
    assert _whole_rows(db, TOP_PER_REPORT) is None
    con = duckdb.connect(str(db), read_only=True)
    before = queries.biggest_events(con, Filters(), TOP_PER_REPORT)
    con.close()
    connect_writable(db).close()
    _assert_exact(db)
    rows = _whole_rows(db, TOP_PER_REPORT)
    assert rows is not None
    pd.testing.assert_frame_equal(rows, before)


# ------------------------------------------------------------------ the latest agreements' list from top_agreements

def _without_agreement_tops(source: Path, target: Path, drop: bool = False) -> Path:
    """A copy of `source` with report_top_agreements and top_agreements emptied (an export from before
    them, whose stand-ins are empty) or dropped (a file from before them)."""
    shutil.copy2(source, target)
    con = duckdb.connect(str(target))
    for table in ("report_top_agreements", "top_agreements"):
        con.execute(f"{'DROP TABLE' if drop else 'DELETE FROM'} {table}")
    con.close()
    return target


def _lists(db: Path, kinds: tuple[str, ...], limits) -> list[tuple[pd.DataFrame | None, pd.DataFrame, pd.DataFrame]]:
    """Per limit: the kept rows' list (None: not served), the list the function gives, the events' list."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [(*_agreements_both_ways(con, kinds, limit), page_queries.agreements_latest(con, Filters(), kinds, limit))
                for limit in limits]
    finally:
        con.close()


@pytest.mark.parametrize("kinds", [pytest.param(k, id="+".join(k)) for k in AGREEMENT_KINDS])
@pytest.mark.parametrize("limit", [pytest.param(n, id=f"top{n}") for n in (1, 3, 20, 1000)])
def test_the_unfiltered_agreements_list_from_the_kept_rows_equals_the_events(merged_db, tmp_path, kinds, limit):
    [(kept, plain, given)] = _lists(merged_db, kinds, [limit])
    assert kept is not None and len(kept) == min(limit, len(plain)) and len(kept) > 0
    pd.testing.assert_frame_equal(kept, plain)
    pd.testing.assert_frame_equal(given, plain)
    for drop in (False, True):  # without the kept rows (emptied, dropped) the events are read: the same list
        [(none, old_plain, old)] = _lists(_without_agreement_tops(merged_db, tmp_path / f"plain{drop}.duckdb", drop),
                                          kinds, [limit])
        assert none is None
        pd.testing.assert_frame_equal(old, plain)


def test_a_file_from_before_the_kept_agreements_gets_them_on_the_next_load(merged_db, tmp_path, sample_path):
    db = _without_agreement_tops(merged_db, tmp_path / "old.duckdb", drop=True)
    connect_writable(db).close()
    _assert_exact(db)


@pytest.mark.parametrize("ranks", [pytest.param([0], id="the_latest"), pytest.param([1, 2], id="the_second_and_third"),
                                   pytest.param([0, 1, 3, 5], id="four")])
def test_merged_events_of_the_kept_agreements_are_left_out(merged_db, tmp_path, ranks):
    """A merge moves no kept row (events.duplicate_of marked as _write_marks marks it): the list leaves
    the merged ones out, and its total too."""
    db = tmp_path / "kept.duckdb"
    shutil.copy2(merged_db, db)
    con = duckdb.connect(str(db))
    latest = [r[0] for r in con.execute(f"SELECT event_id FROM v_events WHERE agreement IS NOT NULL "
                                        f"ORDER BY {AGREEMENT_ORDER}").fetchall()]  # not merged yet
    for rank in ranks:
        con.execute("UPDATE events SET duplicate_of = ? WHERE event_id = ?", [latest[-1], latest[rank]])
    con.close()
    for kinds in AGREEMENT_KINDS:
        for kept, plain, given in _lists(db, kinds, (1, 5, 100)):
            assert kept is not None and not {latest[rank] for rank in ranks} & set(kept.event_id)
            pd.testing.assert_frame_equal(kept, plain)
            pd.testing.assert_frame_equal(given, plain)
    both = _lists(db, ("signed", "verbal"), [1])[0][2]
    assert set(both["total"]) == {len(latest) - len(ranks)}


@pytest.fixture(scope="module")
def small_agreements_db(tmp_path_factory, sample_path):
    """Loads, a replacement and a deletion with a whole agreements' list of `whole` rows kept, built once
    for each `whole`, its kept tables checked exact after each step."""
    import etl.load

    built: dict[int, Path] = {}

    def build(whole: int) -> Path:
        if whole not in built:
            db = tmp_path_factory.mktemp(f"small_agreements_{whole}") / "engagement.duckdb"
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(etl.load, "AGREEMENT_WHOLE", whole)
                patch.setattr(page_queries, "AGREEMENT_WHOLE", whole)
                load_reports([sample_path, _synthetic(0, 2024, 4, 3), _synthetic(1, 2024, 3, 2)], db)
                _assert_exact(db, agreement_whole=whole)
                load_reports([_synthetic(2, 2024, 4, 5), _synthetic(0, 2024, 4, 8)], db)  # one replaced
                _assert_exact(db, agreement_whole=whole)
                assert delete_report(_report_id(db, 2024, 3), db)
                _assert_exact(db, agreement_whole=whole)
            built[whole] = db
        return built[whole]
    return build


@pytest.mark.parametrize(("whole", "merged", "kinds", "limit", "served"), [
    pytest.param(4, 0, ("signed", "verbal"), 4, True, id="as_many_as_kept"),
    pytest.param(4, 0, ("signed", "verbal"), 5, False, id="more_than_kept"),
    pytest.param(4, 1, ("signed", "verbal"), 3, True, id="one_merged_three_left"),
    pytest.param(4, 1, ("signed", "verbal"), 4, False, id="one_merged_too_few_left"),
    pytest.param(4, 0, ("signed",), 4, True, id="one_kind_as_many_as_kept"),
    pytest.param(4, 0, ("signed",), 5, False, id="one_kind_more_than_kept"),
    pytest.param(8, 0, ("signed",), 20, True, id="one_kind_kept_whole"),
    pytest.param(8, 0, ("signed", "verbal"), 20, False, id="one_kind_whole_the_other_too_few"),
])
def test_a_small_kept_agreements_list_serves_only_what_it_holds(tmp_path, small_agreements_db, monkeypatch, whole,
                                                               merged, kinds, limit, served):
    """With `whole` rows of each kind kept, `merged` of the latest merged: the list is read from the kept
    rows only when each asked kind is kept whole or has at least `limit` rows left; else from the
    events — the same list either way. (The database holds more verbal agreements than any `whole`
    here, and 5 signed: more than 4, fewer than 8 — asserted.)"""
    monkeypatch.setattr(page_queries, "AGREEMENT_WHOLE", whole)
    db = tmp_path / "engagement.duckdb"
    db.write_bytes(small_agreements_db(whole).read_bytes())
    con = duckdb.connect(str(db))
    latest = [r[0] for r in con.execute(f"SELECT event_id FROM events WHERE agreement IS NOT NULL "
                                        f"ORDER BY {AGREEMENT_ORDER}").fetchall()]
    events = dict(con.execute("SELECT agreement, count(*) FROM events WHERE agreement IS NOT NULL GROUP BY 1").fetchall())
    kept_kinds = dict(con.execute("SELECT agreement, count(*) FROM top_agreements GROUP BY 1").fetchall())
    for rank in range(merged):
        con.execute("UPDATE events SET duplicate_of = ? WHERE event_id = ?", [latest[-1], latest[rank]])
    con.close()
    assert 4 < events["signed"] < 8 < events["verbal"]
    assert kept_kinds == {kind: min(whole, count) for kind, count in events.items()}
    [(kept, plain, given)] = _lists(db, kinds, [limit])
    assert (kept is not None) == served
    pd.testing.assert_frame_equal(given, plain)
    if served:
        pd.testing.assert_frame_equal(kept, plain)
