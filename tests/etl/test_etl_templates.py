"""Reports in templates unlike the sample (SYNTHETIC, tests/fixtures/synthetic_*_2025q*.txt), read
against hand-made answers (tests/fixtures/synthetic_expected.json) in every input form.

Pskov: dates before the title, participants and a separate count column, a column-number row
«1 | 2 | … | 7», Roman-numbered sector headings, ё. Kaluga: «гр. 1 … гр. 7» under the header,
an unknown «Ответственный исполнитель» column, «Раздел 1.» / «3.» headings, a report title in
another wording. Karelia (a republic in the genitive, «1)» numbers, no column-number row) was
written after the rules were coded, as a held-out check; its first score is in the README. The .docx forms are committed (built by tests/fixtures/build_synthetic_forms.py)
and also rebuilt here, so a change to the text fixture cannot leave them stale unnoticed.
"""
import json
from pathlib import Path

import pytest

from etl.layout import grid_from_text
from etl.normalize import build_report, report_contract
from etl.read import read_bytes
from tests.docx_builder import grid_to_docx

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EXPECTED = {name: value for name, value in
            json.loads((FIXTURES / "synthetic_expected.json").read_text("utf-8")).items()
            if not name.startswith("_")}
CASES = [(name, n) for name, answer in EXPECTED.items() for n in answer["events"]]


def _forms(name: str) -> dict[str, tuple[bytes, str]]:
    data = (FIXTURES / name).read_bytes()
    text = data.decode("utf-8")
    stem = name.removesuffix(".txt")
    return {
        "txt": (data, name),
        "cp1251_crlf": (text.replace("\n", "\r\n").encode("cp1251"), name),
        "utf16le_no_bom": (text.encode("utf_16_le"), name),
        "cp1251_committed": ((FIXTURES / f"{stem}.cp1251.txt").read_bytes(), name),
        "docx_committed": ((FIXTURES / f"{stem}.docx").read_bytes(), f"{stem}.docx"),
        "docx_rebuilt": (grid_to_docx(grid_from_text(text)), f"{stem}.docx"),
        "docx_soft_breaks": (grid_to_docx(grid_from_text(text), line_breaks="breaks"), f"{stem}.docx"),
    }


@pytest.fixture(scope="module")
def reports():
    return {name: build_report(read_bytes((FIXTURES / name).read_bytes(), name)) for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_report_metadata(reports, name):
    contract = report_contract(reports[name])["report"]
    assert {k: contract[k] for k in EXPECTED[name]["report"]} == EXPECTED[name]["report"]


@pytest.mark.parametrize(("name", "n"), CASES, ids=[f"{name.split('_')[1]}-{n}" for name, n in CASES])
def test_event_matches_hand_made_answer(reports, name, n):
    event = next(e for e in report_contract(reports[name])["events"] if e["n"] == int(n))
    want = EXPECTED[name]["events"][n]
    got = {k: event[k] for k in want}
    got["partner_countries"] = sorted(got["partner_countries"])
    assert got == {**want, "partner_countries": sorted(want["partner_countries"])}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_doubtful_readings_are_parse_issues(reports, name):
    warnings = {(i.event, i.field) for i in reports[name].issues if i.severity == "warning"}
    assert warnings == {tuple(pair) for pair in EXPECTED[name]["issues"]}


@pytest.mark.parametrize("form", ["cp1251_crlf", "utf16le_no_bom", "cp1251_committed", "docx_committed", "docx_rebuilt",
                                  "docx_soft_breaks"])
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_form_gives_identical_events(reports, name, form):
    data, file_name = _forms(name)[form]
    assert report_contract(build_report(read_bytes(data, file_name))) == report_contract(reports[name])


def test_unknown_column_is_kept_raw_and_reported(reports):
    """The Kaluga template's extra «Ответственный исполнитель» column: since parser 1.4.1 it is the
    responsible body's column — kept raw, not warned about as unknown, and read for organisations
    (a column no rule knows is still kept raw and reported: test_etl_drift_rules.py)."""
    report = reports["synthetic_kaluga_2025q3_extra_column.txt"]
    assert [i.raw_text for i in report.issues if i.field == "column"] == []
    assert report.events[0].raw["responsible"].strip() == "Министерство образования и науки Калужской области"
    assert all(not note.text.startswith("Министерство") for note in report.notes)
    assert any(o.name.startswith("Министерство образования и науки") for o in report.events[0].organisations), \
        [o.name for o in report.events[0].organisations]


def test_numbered_headings_lose_their_numbers(reports):
    assert reports["synthetic_pskov_2025q2_count_column.txt"].sectors == [
        "Торгово-экономическое сотрудничество", "Сотрудничество в сфере образования и молодёжной политики",
        "Культура, туризм и спорт"]
    assert reports["synthetic_kaluga_2025q3_extra_column.txt"].sectors == [
        "Сотрудничество в сфере образования", "Экономическое сотрудничество",
        "Культурное и спортивное сотрудничество"]
