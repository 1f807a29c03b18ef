"""A database built by an earlier version of the program (tables or columns the pages read are missing)
through AppTest: every page says so — what is missing and the command that rebuilds it — instead of
failing on its first query with DuckDB's «Table with name option_counts does not exist»; the data
desk still opens, and after `etl reparse` the same file serves the pages again. A Parquet export
missing a column asks for a new export.

Before: the dashboard opened on such a file showed a traceback on every page (seen on a copy of
data/engagement.duckdb built two versions ago)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from dashboard_fixtures import APP, parquet_export

ROOT = Path(__file__).resolve().parent.parent.parent
TIMEOUT = 120

# what an earlier version lacked, in the forms it happens: a whole table, a column of a kept table
OUTDATED = [
    pytest.param(["DROP TABLE option_counts"], "option_counts", id="a_missing_table"),
    pytest.param(["ALTER TABLE events DROP COLUMN attendance_approximate"], "events.attendance_approximate",
                 id="a_missing_column"),
    pytest.param(["DROP TABLE event_org_pairs"], "event_org_pairs", id="organisations_without_their_pairs"),
]
# a file from before organisations were extracted: «Организации» says how to fill them
# (test_organisations_page.py) and every other page works
BEFORE_ORGANISATIONS = ["DROP TABLE event_organisations", "DROP TABLE event_org_pairs", "DROP TABLE organisations"]


def outdated_copy(sample_db: Path, folder: Path, statements: list[str]) -> Path:
    path = folder / "engagement.duckdb"
    shutil.copy(sample_db, path)
    with duckdb.connect(str(path)) as con:
        for statement in statements:
            con.execute(statement)
    return path


def run_page(db: Path, page: str) -> AppTest:
    previous = os.environ.get("ENGAGEMENT_DB")
    os.environ["ENGAGEMENT_DB"] = str(db)
    try:
        at = AppTest.from_file(APP, default_timeout=TIMEOUT)
        at.run()
        if page != "overview":
            at.switch_page(f"pages/{page}.py").run()
        return at
    finally:
        if previous is None:
            os.environ.pop("ENGAGEMENT_DB", None)
        else:
            os.environ["ENGAGEMENT_DB"] = previous


def test_a_current_database_has_no_gaps(sample_db):
    from analytics.db import ReadOnlyDatabase, schema_gaps

    database = ReadOnlyDatabase(sample_db)
    try:
        assert schema_gaps(database.cursor()) == []
    finally:
        database.close()


@pytest.mark.parametrize("statements, missing", OUTDATED)
def test_schema_gaps_name_what_is_missing(sample_db, tmp_path, statements, missing):
    from analytics.db import ReadOnlyDatabase, schema_gaps

    database = ReadOnlyDatabase(outdated_copy(sample_db, tmp_path, statements))
    try:
        gaps = schema_gaps(database.cursor())
    finally:
        database.close()
    assert missing in gaps
    assert all(not g.startswith(missing.split(".")[0] + ".") for g in gaps if "." not in missing), \
        "a missing table is named once, not column by column"


@pytest.mark.parametrize("page", ["overview", "organisations", "registry", "review"])
@pytest.mark.parametrize("statements, missing", OUTDATED)
def test_every_page_explains_an_outdated_database(sample_db, tmp_path, statements, missing, page):
    db = outdated_copy(sample_db, tmp_path, statements)
    at = run_page(db, page)
    assert not at.exception, [e.message for e in at.exception]
    errors = [e.value for e in at.error]
    assert any("прежней версией" in e and missing in e and "reparse" in e for e in errors), errors


def test_the_desk_opens_and_a_reparse_brings_the_pages_back(sample_db, tmp_path):
    from etl.desk import reparse_all

    db = outdated_copy(sample_db, tmp_path, OUTDATED[0].values[0] + BEFORE_ORGANISATIONS)
    desk = run_page(db, "data")
    assert not desk.exception, [e.message for e in desk.exception]
    assert any("прежней версией" in e.value for e in desk.error)
    from analytics.i18n import t
    headers = [h.value for h in desk.header]
    assert t("upload", "ru") in headers and t("loaded_reports", "ru") in headers, headers
    assert len(desk.dataframe) >= 1, "the loaded reports are listed"

    results = reparse_all(db, ROOT / "data" / "raw", None)
    assert {r.status for r in results} <= {"loaded", "unchanged", "replaced"}, results
    at = run_page(db, "organisations")
    assert not at.exception, [e.message for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert at.title[0].value == "Организации"


def test_english_reader_gets_the_english_explanation(sample_db, tmp_path):
    db = outdated_copy(sample_db, tmp_path, OUTDATED[0].values[0])
    previous = os.environ.get("ENGAGEMENT_DB")
    os.environ["ENGAGEMENT_DB"] = str(db)
    try:
        at = AppTest.from_file(APP, default_timeout=TIMEOUT)
        at.query_params["lang"] = "en"
        at.run()
    finally:
        os.environ.pop("ENGAGEMENT_DB", None) if previous is None else os.environ.__setitem__("ENGAGEMENT_DB", previous)
    errors = [e.value for e in at.error]
    assert any("earlier version" in e and "option_counts" in e for e in errors), errors
    assert not any(ch in e for e in errors for ch in "абвгдеёжзийклмнопрстуфхцчшщыэюя"
                   if "«" not in e), errors


def test_a_parquet_export_missing_a_column_asks_for_a_new_export(sample_db, tmp_path):
    db = outdated_copy(sample_db, tmp_path, OUTDATED[1].values[0])
    folder = parquet_export(db, tmp_path / "export")
    at = run_page(folder, "overview")
    assert not at.exception, [e.message for e in at.exception]
    errors = [e.value for e in at.error]
    assert any("Выгрузка Parquet" in e and "events.attendance_approximate" in e and "export" in e
               for e in errors), errors


def test_a_database_from_before_organisations_is_not_outdated(sample_db, tmp_path):
    from analytics.db import ReadOnlyDatabase, schema_gaps

    db = outdated_copy(sample_db, tmp_path, BEFORE_ORGANISATIONS)
    database = ReadOnlyDatabase(db)
    try:
        assert schema_gaps(database.cursor()) == []
    finally:
        database.close()
    at = run_page(db, "countries")
    assert not at.exception and not at.error, [e.value for e in at.error]
