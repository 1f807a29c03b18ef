"""The review in English: `python -m briefing --lang en` writes the PPTX, HTML and XLSX with no Russian
word left outside report content (event titles, agreement quotes, the report's notes, the original
cells of the XLSX events table, officials' roles, file names), from the same model as the Russian
files (same slides, same numbers, same events behind every slide). The English memo is its own
sentences: plurals, verb agreement, articles before country names, lists «a, b and c».

Multi-quarter sentences are checked on test_review's SYNTHETIC quarters.
"""
from __future__ import annotations

import html.parser
import io
import re
from pathlib import Path

import openpyxl
import pytest

from briefing.__main__ import main
from briefing.model import Change, Period, build_review
from briefing.narrative_en import change_phrase, in_sentence, join_en, paragraphs_en
from test_review import synthetic_con, synthetic_db  # noqa: F401  (SYNTHETIC multi-quarter fixtures)

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def _norm(text: str) -> str:
    return " ".join(str(text).replace("\xa0", " ").split())


@pytest.fixture(scope="module")
def report_content(sample_con) -> list[str]:
    """What stays as the report wrote it, longest first (whitespace normalised)."""
    texts = set()
    for sql in ("SELECT title FROM events", "SELECT agreement_text FROM events", "SELECT text FROM report_notes",
                "SELECT file_name FROM reports", "SELECT role FROM event_officials",
                "SELECT raw_title FROM v_events_all", "SELECT raw_venue FROM v_events_all",
                "SELECT raw_dates FROM v_events_all", "SELECT raw_content FROM v_events_all",
                "SELECT raw_participants FROM v_events_all", "SELECT name FROM organisations",
                "SELECT name || ' (' || legal_form || ')' FROM organisations WHERE legal_form IS NOT NULL"):
        texts.update(_norm(v) for (v,) in sample_con.execute(sql).fetchall() if isinstance(v, str))
    return sorted((t for t in texts if len(t) >= 3), key=len, reverse=True)


def russian_left(texts: list[str], content: list[str]) -> list[str]:
    """The texts that still hold Cyrillic once report content is taken out (also titles cut with «…»)."""
    bad = []
    for raw in texts:
        text = _norm(raw)
        for piece in content:
            if piece in text:
                text = text.replace(piece, " ")
        text = re.sub(r"([^·:;“”—]{12,}?)…", lambda m: " " if any(c.startswith(m.group(1).strip()) for c in content)
                      else m.group(0), text)
        if CYRILLIC.search(text):
            bad.append(f"{text.strip()[:120]!r}  (from {_norm(raw)[:80]!r})")
    return bad


@pytest.fixture(scope="module")
def files(sample_db, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("briefing_en")
    assert main(["--quarter", "2024Q4", "--out", str(out), "--db", str(sample_db), "--lang", "en"]) == 0
    return {p.suffix.lstrip("."): p for p in out.iterdir()}


def test_cli_writes_english_files(files):
    assert {p.name for p in files.values()} == {f"review_smolensk_oblast_2024Q4.{k}" for k in ("pptx", "html", "xlsx")}


def _pptx_texts(path: Path) -> list[str]:
    from pptx import Presentation

    out = []
    for slide in Presentation(str(path)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:     # paragraph by paragraph: a title cut with «…» is one paragraph
                out += [paragraph.text for paragraph in shape.text_frame.paragraphs]
            if shape.has_table:
                out += [cell.text_frame.text for row in shape.table.rows for cell in row.cells]
            if shape.has_chart:
                chart = shape.chart
                if chart.has_title:
                    out.append(chart.chart_title.text_frame.text)
                plot = chart.plots[0]
                out += [str(c) for c in plot.categories] + [s.name for s in plot.series]
                out += [p.data_label.text_frame.text for p in plot.series[0].points
                        if p.data_label.has_text_frame]
        out.append(slide.notes_slide.notes_text_frame.text)
    return out


class _Visible(html.parser.HTMLParser):
    """Text a reader sees in the HTML file: everything outside <script> and <style>."""

    def __init__(self):
        super().__init__()
        self.texts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.texts.append(data)


def _html_texts(path: Path) -> list[str]:
    import json

    parser = _Visible()
    text = path.read_text(encoding="utf-8")
    parser.feed(text)
    charts = []   # plotly figures: titles, ticks, hover texts and slice labels are text too
    for spec in re.findall(r"Plotly\.newPlot\(\s*\"[^\"]+\",\s*(\[.*?\]),\s*(\{.*?\}),\s*\{", text, re.S):
        for trace in json.loads(spec[0]):
            for key in ("x", "y", "text", "labels", "hovertext", "name"):
                value = trace.get(key)
                charts += value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return parser.texts + [str(c) for c in charts if isinstance(c, str)]


def _xlsx_texts(path: Path) -> list[str]:
    workbook = openpyxl.load_workbook(path)
    return [ws.title for ws in workbook.worksheets] + [
        cell.value for ws in workbook.worksheets for row in ws.iter_rows() for cell in row if isinstance(cell.value, str)]


@pytest.mark.parametrize("kind, read", [pytest.param("pptx", _pptx_texts, id="pptx"),
                                        pytest.param("html", _html_texts, id="html"),
                                        pytest.param("xlsx", _xlsx_texts, id="xlsx")])
def test_english_file_has_no_russian_word(files, report_content, kind, read):
    texts = read(files[kind])
    assert len(texts) > 50, "the reader collected the file's text"
    bad = russian_left(texts, report_content)
    assert not bad, f"{len(bad)} Russian texts in the English {kind}:\n" + "\n".join(bad[:40])


def test_the_check_catches_a_russian_word(report_content):
    """The check can fail: a Russian label slipped into an English slide, or into a chart."""
    assert russian_left(["Participants: ≥ 13,653 чел."], report_content)
    assert russian_left(["Key figures · IV кв. 2024"], report_content)
    assert not russian_left([f"an agreement at the event “{report_content[-1]}”"], report_content)


def test_english_and_russian_decks_are_one_model(sample_con):
    """Two renderers of text, one model: the same slides, charts, values and events in both languages."""
    from briefing.deck import slides

    review = build_review(sample_con, 2024, 4)
    ru, en = slides(review, lang="ru"), slides(review, lang="en")
    assert [s.key for s in ru] == [s.key for s in en]
    for a, b in zip(ru, en):
        assert a.event_ids == b.event_ids, a.key
        assert [(c.key, c.values, c.keys) for c in a.charts] == [(c.key, c.values, c.keys) for c in b.charts], a.key
        assert len(a.items) == len(b.items) and len(a.paragraphs) == len(b.paragraphs), a.key
        assert [len(entries) for _, entries in a.columns] == [len(entries) for _, entries in b.columns]
        assert (a.table is None) == (b.table is None) and (a.table is None or a.table.shape == b.table.shape)
        assert {s.lang for s in en} == {"en"}


# ------------------------------------------------------------------ the English memo

@pytest.mark.parametrize("name, expected", [
    pytest.param("Belarus", "Belarus", id="plain_name"),
    pytest.param("United Arab Emirates", "the United Arab Emirates", id="emirates"),
    pytest.param("Republic of Korea", "the Republic of Korea", id="republic_of"),
    pytest.param("Czech Republic", "the Czech Republic", id="czech_republic"),
    pytest.param("Netherlands", "the Netherlands", id="netherlands"),
    pytest.param("United Kingdom", "the United Kingdom", id="kingdom"),
    pytest.param("Dominican Republic", "the Dominican Republic", id="dominican_republic"),
    pytest.param("Kyrgyzstan", "Kyrgyzstan", id="no_article"),
])
def test_country_names_take_an_article_where_english_does(name, expected):
    assert in_sentence(name) == expected


@pytest.mark.parametrize("items, expected", [
    pytest.param(["Belarus"], "Belarus", id="one"),
    pytest.param(["Belarus", "India"], "Belarus and India", id="two"),
    pytest.param(["a", "b", "c"], "a, b and c", id="three"),
    pytest.param([], "", id="none"),
])
def test_join_en(items, expected):
    assert join_en(items) == expected


Q3 = Period("r3", "Смоленская область", 2024, 3, "III кв. 2024")


@pytest.mark.parametrize("value, base, expected", [
    pytest.param(78, 72, "6 more than in Q3 2024, +8.3%", id="more_with_percent"),
    pytest.param(60, 80, "20 fewer than in Q3 2024, −25.0%", id="fewer_real_minus"),
    pytest.param(2, 1, "1 more than in Q3 2024", id="tiny_base_count_only"),
    pytest.param(14, 14, "as many as in Q3 2024", id="same"),
    pytest.param(2600, 1000, "1,600 more than in Q3 2024, +160.0%", id="thousands_with_comma"),
])
def test_change_phrase_en(value, base, expected):
    assert change_phrase(Change(value, base, Q3)) == expected


def test_change_phrase_en_without_that_quarter():
    assert change_phrase(Change(78, None, None)) is None


def test_sample_memo_in_english(sample_con):
    text = " ".join(paragraphs_en(build_review(sample_con, 2024, 4)))
    assert text.startswith("The report of the executive bodies of Smolensk Oblast and the institutions under them "
                           "for Q4 2024 lists 78 international events: 64 of them were held in Q4 2024 and 14 "
                           "outside the quarter.")
    assert "No earlier quarter is in the database" in text
    assert "Representatives of 14 foreign states took part in the events, among them Belarus (62 events)" in text
    assert "the cooperation reached 7 foreign regions" in text
    assert "In all, at least 13,653 people took part (where stated: 46 of 78 events)." in text
    assert "2 documents were signed: an agreement at the event “Участие в Международной конференции" in text
    assert "(Belarus; the event was held on 26–28 September 2024, outside the quarter)" in text
    assert "11 verbal understandings were reached." in text


def test_synthetic_memo_in_english_names_new_and_silent_partners(synthetic_con):  # noqa: F811
    q4 = " ".join(paragraphs_en(build_review(synthetic_con, 2024, 4)))
    assert "(6 more than in Q3 2024, +8.3%)" in q4
    assert "New partners compared with the earlier quarters (since Q3 2024): " in q4
    assert "Lithuania" in q4 and "the United Arab Emirates" in q4 and "India" in q4
    later = " ".join(paragraphs_en(build_review(synthetic_con, 2025, 4)))
    assert "1 more than in Q3 2025" in later and "2 fewer than in Q4 2024, −2.6%" in later
    assert ("There have been no events for two quarters or more with partners from Lithuania "
            "(last event in Q4 2024).") in later
    assert not CYRILLIC.search(later.split("“")[0]), later   # Russian only inside quoted titles


def test_english_page_download_names(sample_con):
    from briefing import file_stem

    review = build_review(sample_con, 2024, 4)
    assert file_stem(review) == "obzor_smolenskaia_oblast_2024Q4"
    assert file_stem(review, "en") == "review_smolensk_oblast_2024Q4"


def test_english_xlsx_sheet_names(files):
    names = openpyxl.load_workbook(io.BytesIO(files["xlsx"].read_bytes())).sheetnames
    assert names == ["01 Title", "02 Key figures", "03 Sectors", "04 Countries", "05 Months", "06 Participants",
                     "07 Agreements", "08 Biggest", "09 Partners", "10 Notes"]
