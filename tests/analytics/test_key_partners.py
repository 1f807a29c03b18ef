"""Key partners of a quarter (analytics.key_partners) on a real DuckDB built by the ETL.

The database holds the real IV кв. 2024 sample plus SYNTHETIC quarters made from it (title moved
to another quarter, some events removed; labelled synthetic in the file names): an earlier
III кв. 2024 without events 9, 10 and 77 — so Минский автомобильный завод (also written «МАЗ») and
the enterprises visited in event 77 are first seen in IV кв. 2024 — and a later I кв. 2025 with every event, which must not change what is
new in IV кв. 2024 and in which nothing is new.
"""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from analytics.key_partners import COLUMNS, key_partners

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"
REGION = "Смоленская область"
# read from events 9, 10 and 77 of the sample: the foreign organisations named in no other event
FIRST_SEEN_IN_Q4 = {"Минский автомобильный завод", "ПОЖСНАБ", "Минский домостроительный комбинат",
                    "Управляющая компания холдинга «Белкоммунмаш»"}


EVENT_START = re.compile(r"^\t(\d+)\.\s*$")
BOUNDARY = re.compile(r"^\t(Сотрудничество|Общие направления|В IV квартале 2024 года состоялось)")


def synthetic_quarter(text: str, roman: str, year: int, drop: set[int]) -> str:
    """SYNTHETIC: the sample moved to another quarter (title and footer) with events `drop` removed."""
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
def quarters_con(tmp_path_factory):
    """SYNTHETIC: real IV кв. 2024 + synthetic III кв. 2024 (events 9, 10, 77 removed) + synthetic I кв. 2025."""
    from etl.load import load_reports

    folder = tmp_path_factory.mktemp("key_partners")
    text = SAMPLE.read_text(encoding="utf-8")
    files = [SAMPLE]
    for name, roman, year, drop in (("synthetic_2024q3_without_9_10_77.txt", "III", 2024, {9, 10, 77}),
                                    ("synthetic_2025q1_all.txt", "I", 2025, set())):
        path = folder / name
        path.write_text(synthetic_quarter(text, roman, year, drop), encoding="utf-8")
        files.append(path)
    db = folder / "synthetic_key_partners.duckdb"
    assert [r.status for r in load_reports(files, db, rebuild=True)] == ["loaded"] * 3
    con = duckdb.connect(str(db), read_only=True)
    yield con
    con.close()


def test_sample_quarter_alone_top_partners(sample_con):
    frame = key_partners(sample_con, REGION, 2024, 4)
    assert list(frame.columns) == COLUMNS
    assert len(frame) == 8
    assert frame["events"].tolist() == sorted(frame["events"].tolist(), reverse=True)
    assert (frame["events"] >= 2).all()
    assert set(frame["country"]) == {"BY"}
    assert "Витебский областной исполнительный комитет" in set(frame["name"])
    # nothing earlier is loaded: "new" cannot be told
    assert frame["is_new"].tolist() == [None] * 8


def test_events_are_counted_from_the_database(sample_con):
    """Each organisation's count equals a direct count of its non-merged foreign event rows."""
    frame = key_partners(sample_con, REGION, 2024, 4, limit=100)
    direct = dict(sample_con.execute(
        "SELECT org_key, count(DISTINCT event_id) FROM event_organisations "
        "WHERE side = 'foreign' AND NOT merged GROUP BY org_key").fetchall())
    assert dict(zip(frame["org_key"], frame["events"])) == direct


def test_signed_agreement_counterpart(sample_con):
    frame = key_partners(sample_con, REGION, 2024, 4, limit=100)
    by_name = dict(zip(frame["name"], frame["agreement"]))
    assert by_name["Администрация свободной экономической зоны «Могилев»"] == "signed"
    # event 10: «По итогам встречи достигнута договоренность …» with МАЗ, no document
    assert by_name["Минский автомобильный завод"] == "verbal"
    assert by_name["Государственный музей истории белорусской литературы"] is None


@pytest.mark.parametrize("year, quarter, new_names", [
    pytest.param(2024, 3, None, id="first_quarter_cannot_tell"),
    pytest.param(2024, 4, FIRST_SEEN_IN_Q4, id="first_seen_after_earlier_quarter"),
    pytest.param(2025, 1, set(), id="later_quarter_nothing_new"),
])
def test_new_mark(quarters_con, year, quarter, new_names):
    frame = key_partners(quarters_con, REGION, year, quarter, limit=100)
    assert len(frame)
    if new_names is None:
        assert set(frame["is_new"]) == {None}
    else:
        assert {n for n, new in zip(frame["name"], frame["is_new"]) if new} == new_names
        assert all(v in (True, False) for v in frame["is_new"])


def test_top_of_q4_marks_new_only_first_seen(quarters_con):
    frame = key_partners(quarters_con, REGION, 2024, 4)
    marked = dict(zip(frame["name"], frame["is_new"]))
    assert marked["Витебский областной исполнительный комитет"] is False
    assert {n for n, v in marked.items() if v} == FIRST_SEEN_IN_Q4 & set(marked)
    assert marked["Минский автомобильный завод"] is True


@pytest.mark.parametrize("region, year, quarter", [
    pytest.param("Брянская область", 2024, 4, id="region_not_loaded"),
    pytest.param(REGION, 2019, 1, id="quarter_not_loaded"),
    pytest.param("'; DROP TABLE reports; --", 2024, 4, id="hostile_region_is_bound"),
])
def test_unknown_quarter_gives_empty_frame(sample_con, region, year, quarter):
    frame = key_partners(sample_con, region, year, quarter)
    assert frame.empty and list(frame.columns) == COLUMNS


def test_limit(sample_con):
    assert len(key_partners(sample_con, REGION, 2024, 4, limit=3)) == 3


def test_a_file_whose_links_lack_their_event_s_agreement_gives_the_same_partners(quarters_con, tmp_path):
    """The links carry their event's agreement, so the ranking reads no events (and asks only the top few
    whether an earlier quarter had them); a file from before that column reads the events instead, with the
    same answer for every quarter and limit."""
    import shutil

    import pandas as pd

    path = quarters_con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
                                ).fetchone()[0]
    older = tmp_path / "older.duckdb"
    shutil.copy(path, older)
    con = duckdb.connect(str(older))
    con.execute("ALTER TABLE event_organisations DROP COLUMN event_agreement")
    con.close()
    con = duckdb.connect(str(older), read_only=True)
    try:
        for year, quarter in ((2024, 3), (2024, 4), (2025, 1)):
            for limit in (1, 8, 500):
                now, before = key_partners(quarters_con, REGION, year, quarter, limit), \
                    key_partners(con, REGION, year, quarter, limit)
                assert len(now) == min(limit, len(key_partners(quarters_con, REGION, year, quarter, 500)))
                pd.testing.assert_frame_equal(now, before)
        signed = key_partners(con, REGION, 2024, 4, 500)
        assert (signed["agreement"] == "signed").any() and signed["is_new"].any() and not signed["is_new"].all()
    finally:
        con.close()
