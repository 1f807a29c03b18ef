"""«Ключевые партнёры» in the review model, the slides and the PPTX / HTML / XLSX briefings.

On the real IV кв. 2024 sample (nothing earlier loaded: no «новый» mark anywhere) and on a SYNTHETIC
database where an earlier III кв. 2024 lacks events 9, 10 and 77 (labelled synthetic in the file
name), so that МАЗ and Минский автомобильный завод are first seen in IV кв. 2024 and marked new,
while Витебский облисполком is not.
"""
from __future__ import annotations

import io
import re
from datetime import datetime
from pathlib import Path

import duckdb
import openpyxl
import pytest
from pptx import Presentation

from analytics.i18n import transliterate
from analytics.org_names import english_org_name
from briefing.deck import SLIDE_KEYS, slides
from briefing.html_writer import html_text
from briefing.model import build_review
from briefing.pptx_writer import pptx_bytes
from briefing.xlsx_writer import xlsx_bytes

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"
EVENT_START = re.compile(r"^\t(\d+)\.\s*$")
BOUNDARY = re.compile(r"^\t(Сотрудничество|Общие направления|В IV квартале 2024 года состоялось)")
WHEN = datetime(2025, 1, 20, 10, 0)
INDEX = SLIDE_KEYS.index("key_partners")


def _synthetic_q3(text: str) -> str:
    """SYNTHETIC: the sample moved to III кв. 2024 with events 9, 10 and 77 removed."""
    out, skipping = [], False
    for line in text.splitlines(keepends=True):
        start = EVENT_START.match(line.rstrip("\r\n"))
        if start:
            skipping = int(start.group(1)) in {9, 10, 77}
        elif BOUNDARY.match(line):
            skipping = False
        if not skipping:
            out.append(line)
    return "".join(out).replace("IV квартале 2024 года", "III квартале 2024 года")


@pytest.fixture(scope="module")
def two_quarters_con(tmp_path_factory):
    from etl.load import load_reports

    folder = tmp_path_factory.mktemp("kp_briefing")
    q3 = folder / "synthetic_2024q3_without_9_10_77.txt"
    q3.write_text(_synthetic_q3(SAMPLE.read_text(encoding="utf-8")), encoding="utf-8")
    db = folder / "synthetic_two_quarters.duckdb"
    assert [r.status for r in load_reports([SAMPLE, q3], db, rebuild=True)] == ["loaded"] * 2
    con = duckdb.connect(str(db), read_only=True)
    yield con
    con.close()


@pytest.fixture(scope="module")
def sample_review(sample_con):
    return build_review(sample_con, 2024, 4)


@pytest.fixture(scope="module")
def marked_review(two_quarters_con):
    return build_review(two_quarters_con, 2024, 4)


def test_model_key_partners_of_the_sample(sample_review):
    frame = sample_review.key_partners
    assert len(frame) == 8 and (frame["events"] >= 2).all()
    assert "Витебский областной исполнительный комитет" in set(frame["name"])
    assert set(frame["is_new"]) == {None}


def _shown(name: str, form: str | None, lang: str) -> str:
    """A key partner's name as the slide gives it: Russian; in English the rule's English name where
    there is one (analytics.org_names), with the legal form in Latin letters («Minsk Automobile Plant (OAO)»)."""
    if lang != "ru":
        name, form = english_org_name(name) or name, transliterate(form) if form else form
    return f"{name} ({form})" if form else name


@pytest.mark.parametrize("lang, title, new_word", [
    pytest.param("ru", "Ключевые партнёры", "новый", id="ru"),
    pytest.param("en", "Key partners", "new", id="en"),
])
def test_slide_marks_only_first_seen(marked_review, lang, title, new_word):
    deck = slides(marked_review, WHEN, lang)
    slide = deck[INDEX]
    assert slide.key == "key_partners" and slide.title == title
    table = slide.table
    names, marks = table.iloc[:, 0].tolist(), table.iloc[:, -1].tolist()
    marked = {n for n, m in zip(names, marks) if m == new_word}
    first_seen = {("МАЗ", "ОАО"), ("Минский автомобильный завод", "ОАО"), ("Управляющая компания холдинга «БЕЛАВТОМАЗ»", None)}
    assert marked and marked <= {_shown(name, form, lang) for name, form in first_seen}
    assert marks[names.index(_shown("Витебский областной исполнительный комитет", None, lang))] == ""
    assert set(marks) <= {new_word, ""}
    assert slide.event_ids and set(slide.event_ids) <= set(marked_review.events["event_id"])


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_sample_slide_has_no_new_mark_and_says_why(sample_review, lang):
    slide = slides(sample_review, WHEN, lang)[INDEX]
    assert set(slide.table.iloc[:, -1]) == {""}
    assert any(("ранних" in n) if lang == "ru" else ("earlier" in n) for n in slide.footnotes)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_files_contain_the_list(marked_review, lang):
    deck = slides(marked_review, WHEN, lang)
    names = [n for n in deck[INDEX].table.iloc[:, 0]]
    new_word = "новый" if lang == "ru" else "new"

    pptx = Presentation(io.BytesIO(pptx_bytes(marked_review, deck)))
    table = next(s.table for s in pptx.slides[INDEX].shapes if s.has_table)
    pptx_names = [table.cell(i, 0).text for i in range(1, len(table.rows))]
    assert len(pptx_names) >= 5
    for shown, name in zip(pptx_names, names):   # a long name is cut to two lines with «…» (briefing.text_fit)
        assert shown == name or (shown.endswith("…") and name.startswith(shown[:-1].rstrip()))
    marks = dict(zip(names, deck[INDEX].table.iloc[:, -1]))
    # what does not fit stays in the XLSX appendix and a footnote says so; shown rows keep their mark
    assert [table.cell(i, 5).text for i in range(1, len(table.rows))] == [marks[n] for n in names[:len(pptx_names)]]

    html = html_text(marked_review, deck)
    section = html.split('data-key="key_partners"', 1)[1].split("</table>", 1)[0]
    for name in names:
        assert name in section
    assert f">{new_word}<" in section

    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(marked_review, deck, WHEN)))
    sheet = book.worksheets[INDEX]
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert all(name in values for name in names)
    assert 2 in values and new_word in values


def test_empty_quarter_says_so(sample_review):
    import pandas as pd

    from analytics.key_partners import COLUMNS

    sample_review.key_partners, kept = pd.DataFrame(columns=COLUMNS), sample_review.key_partners
    try:
        slide = slides(sample_review, WHEN, "ru")[INDEX]
        assert slide.table.empty and "ни одной зарубежной организации" in slide.items[0][1]
        deck = slides(sample_review, WHEN, "ru")
        assert "Ключевые партнёры" in html_text(sample_review, deck)
        pptx_bytes(sample_review, deck)
        xlsx_bytes(sample_review, deck, WHEN)
    finally:
        sample_review.key_partners = kept
