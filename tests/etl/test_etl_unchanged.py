"""A re-load of files already in the database (the dashboard re-loads every stored original after each
duplicate decision, correction or organisation spelling: etl/desk.py:apply_edits) skips the parse of a
file whose bytes, parser version and edits of its quarter are what the database holds: found by its
hash. Whatever would change the parse still re-parses it; the statuses, the loads rows and the
data are those a full parse gives. SYNTHETIC reports: the sample re-titled as other quarters."""
from pathlib import Path

import duckdb
import pytest

from etl.edits import Edits, OrganisationAlias
from etl.corrections import Correction, fingerprint
from etl.load import load_reports
from synthetic_reports import quarter_variant
from test_etl_spare_cli import whole_database


@pytest.fixture(scope="module")
def folder(sample_bytes, tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("unchanged_raw")
    for year, q in ((2023, 1), (2023, 2)):
        (raw / f"synthetic_{year}q{q}.txt").write_text(quarter_variant(sample_bytes.decode(), year, q), encoding="utf-8")
    return raw


def correction(sample_events, year: int, quarter: int) -> Correction:
    return Correction("c1", "Смоленская область", year, quarter, 5, "attendance_total", 321,
                      fingerprint(sample_events[5].raw), "SYNTHETIC", "тест", "2026-01-01T00:00:00")


ALIAS = OrganisationAlias("a1", "Смолгосуниверситет", "Смоленский государственный университет", "SYNTHETIC", "тест",
                          "2026-01-01T00:00:00")


@pytest.mark.parametrize("change, statuses", [
    pytest.param("nothing", {"synthetic_2023q1.txt": "unchanged", "synthetic_2023q2.txt": "unchanged"},
                 id="same_bytes_same_edits"),
    pytest.param("correction_q1", {"synthetic_2023q1.txt": "reparsed", "synthetic_2023q2.txt": "unchanged"},
                 id="a_correction_of_one_quarter_reparses_that_report_only"),
    pytest.param("alias", {"synthetic_2023q1.txt": "reparsed", "synthetic_2023q2.txt": "reparsed"},
                 id="an_organisation_spelling_reparses_every_report"),
    pytest.param("older_parser", {"synthetic_2023q1.txt": "reparsed", "synthetic_2023q2.txt": "unchanged"},
                 id="a_report_of_an_older_parser_version_is_reparsed"),
    pytest.param("force", {"synthetic_2023q1.txt": "reparsed", "synthetic_2023q2.txt": "reparsed"},
                 id="force_reparses_everything"),
    pytest.param("uploaded_again", {"upload.txt": "unchanged"}, id="the_same_bytes_uploaded_under_another_name"),
])
def test_a_reload_parses_only_what_would_change(folder, sample_events, tmp_path, change, statuses):
    db = tmp_path / "engagement.duckdb"
    files = sorted(folder.iterdir())
    load_reports(files, db)
    edits, force, items = Edits(), False, files
    if change == "correction_q1":
        edits = Edits(corrections=[correction(sample_events, 2023, 1)])
    elif change == "alias":
        edits = Edits(aliases=[ALIAS])
    elif change == "older_parser":
        with duckdb.connect(str(db)) as con:
            con.execute("UPDATE reports SET parser_version = '0.0.1' WHERE quarter = 1")
    elif change == "force":
        force = True
    elif change == "uploaded_again":
        items = [("upload.txt", files[0].read_bytes())]
    results = load_reports(items, db, edits=edits, force=force)
    assert {r.file_name: r.status for r in results} == statuses
    with duckdb.connect(str(db), read_only=True) as con:
        logged = con.execute("SELECT file_name, status, sha256, started_at <= finished_at FROM loads "
                             "WHERE status <> 'loaded' ORDER BY file_name").fetchall()
        assert [(name, status) for name, status, _, _ in logged] == sorted(statuses.items())
        assert all(sha and ordered for _, _, sha, ordered in logged)
        if change == "correction_q1":
            assert con.execute("SELECT attendance_total FROM events e JOIN reports r USING (report_id) "
                               "WHERE r.quarter = 1 AND e.n = 5").fetchone()[0] == 321


def test_a_reload_without_parsing_gives_the_database_a_parse_gives(folder, tmp_path):
    """The same loads into two databases, one re-loaded with force (every file parsed), one without."""
    files = sorted(folder.iterdir())
    parsed, hashed = tmp_path / "parsed.duckdb", tmp_path / "hashed.duckdb"
    for db in (parsed, hashed):
        load_reports(files[:1], db)
    load_reports(files, parsed, force=True)
    load_reports(files, hashed)
    strip = {"loads": None}  # statuses differ by design (reparsed / unchanged); the data must not
    a, b = whole_database(parsed), whole_database(hashed)
    assert {k: v for k, v in a.items() if k not in strip} == {k: v for k, v in b.items() if k not in strip}
