"""The briefing's «Участники, всего» card says «—» when no event of the quarter states its count — never «0»
(briefing.model: the same rule as the dashboard's analytics.formatting.format_attendance_total).

Before: a quarter whose events give no participant count printed «Участники, всего: 0» on the PPTX headline
slide, the HTML card and the XLSX figures, with «▼ −13 653» against the quarter before — read aloud in a
meeting, nobody came and attendance collapsed. Unknown is unknown: «—», and its change «нет данных» / «no data»
(the English card recomputes its text, so both languages are checked).

The quarter checked is SYNTHETIC: the real IV кв. 2024 sample moved to I кв. 2025 keeping only events whose
participants are not stated (Lithuania's and Kyrgyzstan's video conferences, Moldova's reception, the
Governor's meeting with Kyrgyzstan); the real sample is loaded too, as the quarter before.
"""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import openpyxl
import pytest
from pptx import Presentation

from briefing import build_briefing
from briefing.model import build_review
from test_review import SAMPLE, synthetic_report

KEEP = {17, 18, 25, 78}                     # events of the sample whose participants are not stated
LABEL = {"ru": "Участники, всего", "en": "Participants, total"}


@pytest.fixture(scope="module")
def unknown_db(tmp_path_factory) -> Path:
    """SYNTHETIC database: the real IV кв. 2024 + a synthetic I кв. 2025 with no stated participant count."""
    from etl.load import load_reports

    folder = tmp_path_factory.mktemp("synthetic_unknown_attendance")
    path = folder / "synthetic_2025q1_no_counts.txt"
    path.write_text(synthetic_report(SAMPLE.read_text(encoding="utf-8"), "I", 2025, set(range(1, 79)) - KEEP),
                    encoding="utf-8")
    db = folder / "synthetic_unknown_attendance.duckdb"
    results = load_reports([SAMPLE, path], db, rebuild=True)
    assert [r.status for r in results] == ["loaded"] * 2, results
    return db


@pytest.fixture(scope="module")
def reviews(unknown_db):
    con = duckdb.connect(str(unknown_db), read_only=True)
    yield {"unknown": build_review(con, 2025, 1), "real": build_review(con, 2024, 4)}
    con.close()


def _pptx_card(data: bytes, label: str) -> list[str]:
    """The headline table's row of `label`: [label, value, change…]."""
    for slide in Presentation(__import__("io").BytesIO(data)).slides:
        for shape in slide.shapes:
            if shape.has_table:
                for row in shape.table.rows:
                    texts = [c.text_frame.text for c in row.cells]
                    if label in texts:
                        i = texts.index(label)
                        return texts[i:i + 4]
    raise AssertionError(f"no headline row {label!r}")


def _html_card(data: bytes) -> tuple[str, list[str]]:
    text = data.decode("utf-8")
    card = re.search(r'<div class="card" data-metric="attendance">(.*?)</div></div>', text + "</div>", re.S).group(1)
    value = re.search(r'<div class="value">([^<]*)</div>', card).group(1)
    return value, re.findall(r'<div class="chg [^"]*">([^<]*)</div>', card)


def _xlsx_row(data: bytes, label: str) -> list:
    book = openpyxl.load_workbook(__import__("io").BytesIO(data))
    for ws in book.worksheets:
        for row in ws.iter_rows(values_only=True):
            if label in row:
                return list(row)
    raise AssertionError(f"no XLSX row {label!r}")


def _files(review, lang: str) -> dict[str, bytes]:
    return {Path(name).suffix.lstrip("."): data for name, data in build_briefing(review, lang=lang).files().items()}


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_unknown_participants_are_a_dash_in_every_file(reviews, lang):
    review = reviews["unknown"]
    assert review.metric("events").value == len(KEEP)
    files = _files(review, lang)
    no_data = "нет данных" if lang == "ru" else "no data"

    row = _pptx_card(files["pptx"], LABEL[lang])
    assert row[1] == "—", row
    assert row[2] == no_data, row                           # against IV кв. 2024: no count to compare
    value, changes = _html_card(files["html"])
    assert value == "—" and changes[0].endswith(no_data), (value, changes)
    xrow = _xlsx_row(files["xlsx"], LABEL[lang])
    assert xrow[1] in (None, "—") and 0 not in xrow[1:], xrow   # no «0» participants, no «−13 653» change


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_stated_participants_still_show_their_sum(reviews, lang):
    """The real quarter states counts for most events: its card keeps the number (≥ N with a minimum)
    and its change against a quarter of unknown participants is «нет данных», not «+13 653»."""
    metric = reviews["real"].metric("attendance")
    assert metric.value > 0
    assert re.fullmatch(r"(≥ )?\d{1,3}([\s\u00a0\u202f,]\d{3})*", metric.display_in(lang)), metric.display_in(lang)
    unknown = reviews["unknown"].metric("attendance")
    assert unknown.display_in(lang) == "—" and unknown.value is None
    assert not unknown.vs_previous.available
    assert unknown.vs_previous.text(lang) == ("нет данных" if lang == "ru" else "no data")
