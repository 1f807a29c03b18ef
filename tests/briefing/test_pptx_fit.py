"""The PPTX is readable in the meeting room: every text box and table cell holds its text at its
font size (wrapped with Liberation Sans metrics, which are Arial's), body text is at least 18 pt,
footer, footnotes and the key partners table (all eight rows: briefing.table_fit) at least 14 pt, the headline slide shows every partner line whole, and the
country slide carries the partner map as a picture (drawn by kaleido with the system Chromium;
without them the test says so and skips).

Each check runs on the sample in Russian and English and on SYNTHETIC quarters (test_review's
synthetic reports): IV кв. 2024 against III кв. 2024 (nine new partners: a long line) and IV кв.
2025 against two loaded quarters (both comparison columns, a silent partner)."""
from __future__ import annotations

import io

import pytest

from briefing.text_fit import INSET_X, LINE_SPACING, font_file, height_in, width_in
from briefing.map_image import map_png_problem

EMU_PER_INCH = 914400
BODY_MIN, NOTE_MIN = 18, 14


DECKS = [pytest.param(("sample", 2024, 4, "ru"), id="sample-ru"),
         pytest.param(("sample", 2024, 4, "en"), id="sample-en"),
         pytest.param(("synthetic", 2024, 4, "en"), id="synthetic_2024q4_new_partners-en"),
         pytest.param(("synthetic", 2025, 4, "ru"), id="synthetic_2025q4_two_comparisons-ru")]


@pytest.fixture(scope="module")
def synthetic_con(tmp_path_factory):
    """SYNTHETIC database: the real IV кв. 2024 plus test_review's three synthetic quarters."""
    import duckdb
    from test_review import SAMPLE, SYNTHETIC, synthetic_report

    from etl.load import load_reports

    folder = tmp_path_factory.mktemp("synthetic_fit")
    files = [SAMPLE]
    for name, (roman, year, drop) in SYNTHETIC.items():
        files.append(folder / name)
        files[-1].write_text(synthetic_report(SAMPLE.read_text(encoding="utf-8"), roman, year, drop), encoding="utf-8")
    results = load_reports(files, folder / "synthetic.duckdb", rebuild=True)
    assert [r.status for r in results] == ["loaded"] * 4, results
    con = duckdb.connect(str(folder / "synthetic.duckdb"), read_only=True)
    yield con
    con.close()


@pytest.fixture(scope="module", params=DECKS)
def built(request):
    """(PowerPoint file, the deck's slides) of one case of DECKS."""
    from pptx import Presentation

    from briefing import build_briefing
    from briefing.deck import slides
    from briefing.model import build_review

    source, year, quarter, lang = request.param
    con = request.getfixturevalue("sample_con" if source == "sample" else "synthetic_con")
    review = build_review(con, year, quarter)
    return Presentation(io.BytesIO(build_briefing(review, lang=lang).pptx)), slides(review, lang=lang)


@pytest.fixture(scope="module")
def deck(built):
    return built[0]


@pytest.fixture(scope="module")
def sample_deck_ru(sample_con):
    from pptx import Presentation

    from briefing import build_briefing
    from briefing.model import build_review

    return Presentation(io.BytesIO(build_briefing(build_review(sample_con, 2024, 4)).pptx))


def _paragraphs(frame):
    out = []
    for paragraph in frame.paragraphs:
        runs = [r for r in paragraph.runs if r.text]
        if not runs:
            continue
        size = max(r.font.size.pt for r in runs)
        out.append(("".join(r.text for r in runs), size, bool(runs[0].font.bold),
                    paragraph.space_after.pt if paragraph.space_after is not None else 0,
                    [(r.text, r.font.size.pt, bool(r.font.bold)) for r in runs]))
    return out


def _frames(deck):
    """(slide number, name, frame, width in, height in) for every text box and table cell."""
    for number, slide in enumerate(deck.slides, start=1):
        for shape in slide.shapes:
            if shape.has_text_frame and shape.text_frame.text.strip():
                yield number, shape.name, shape.text_frame, shape.width / EMU_PER_INCH, shape.height / EMU_PER_INCH
            if shape.has_table:
                table = shape.table
                for i, row in enumerate(table.rows):
                    for j, column in enumerate(table.columns):
                        yield (number, f"{shape.name} cell {i},{j}", table.cell(i, j).text_frame,
                               column.width / EMU_PER_INCH, row.height / EMU_PER_INCH)


def test_every_text_fits_its_box(deck):
    print(f"\nmeasured with {font_file()}")
    problems = []
    for number, name, frame, width, height in _frames(deck):
        paragraphs = _paragraphs(frame)
        need = 0.1
        for text, size, bold, after, runs in paragraphs:
            if len({(r[1], r[2]) for r in runs}) > 1:       # mixed sizes: one line if the runs' widths fit
                one_line = sum(width_in(t, s, b) for t, s, b in runs) <= width - 2 * INSET_X
                need += (size * LINE_SPACING / 72 if one_line else height_in([(text, size, bold)], width) - 0.1) + after / 72
            else:
                need += height_in([(text, size, bold)], width, after) - 0.1
        last_after = paragraphs[-1][3] / 72 if paragraphs else 0
        if need - last_after > height + 0.01:
            problems.append(f"slide {number} {name}: text needs {need:.2f} in, box is {height:.2f} in: "
                            f"«{frame.text[:60]}»")
    assert not problems, "\n".join(problems)


def test_body_type_is_large_enough(deck):
    sizes = {}
    for number, name, frame, _, _ in _frames(deck):
        for _, _, _, _, runs in _paragraphs(frame):
            for text, size, _ in runs:
                # the key partners table goes down to 14 pt (no lower) rather than leave organisations out
                floor = NOTE_MIN if name in ("Footer", "Footnotes") or name.startswith("Key partners cell") else BODY_MIN
                sizes.setdefault(floor, []).append(size)
                assert size >= floor, f"slide {number} {name}: {size} pt «{text[:50]}»"
    print(f"\nsmallest body {min(sizes[BODY_MIN])} pt, smallest footer/footnote {min(sizes[NOTE_MIN])} pt")


def test_no_text_runs_past_the_slide_or_into_the_footer(deck):
    height = deck.slide_height / EMU_PER_INCH
    footer_top = None
    for number, slide in enumerate(deck.slides, start=1):
        boxes = [(s.name, s.top / EMU_PER_INCH, (s.top + s.height) / EMU_PER_INCH) for s in slide.shapes]
        footer_top = next(top for name, top, _ in boxes if name == "Footer")
        for name, top, bottom in boxes:
            assert bottom <= height + 0.01, f"slide {number} {name} ends below the slide"
            if name not in ("Footer",):
                assert bottom <= footer_top + 0.01, f"slide {number} {name} runs into the footer"
        notes = [(top, bottom) for name, top, bottom in boxes if name == "Footnotes"]
        for name, top, bottom in boxes:
            if notes and name not in ("Footer", "Footnotes") and top < notes[0][0]:
                assert bottom <= notes[0][0] + 0.01, f"slide {number} {name} runs into the footnotes"


def test_headline_slide_shows_every_partner_line(built):
    """«Мероприятия в отчёте и в квартале», «Новые партнёры», «Без мероприятий два квартала и более»:
    every line of the model's headline is on the slide, whole (not cut with «…»), and no footnote
    says something did not fit."""
    deck, slides = built
    headline = next(s for s in slides if s.key == "headline")
    shapes = {shape.name: shape for shape in deck.slides[1].shapes}
    assert "Partner lines" in shapes, sorted(shapes)
    text = " ".join(shapes["Partner lines"].text_frame.text.split())
    for heading, line in headline.items:
        assert " ".join(f"{heading}: {line}".split()) in text, f"«{heading}: {line}» not on the slide:\n{text}"
    notes = shapes["Footnotes"].text_frame.text if "Footnotes" in shapes else ""
    assert "XLSX" not in notes, notes
    cells = [cell.text_frame.text for row in shapes["Headline figures"].table.rows for cell in row.cells]
    for label, value in zip(headline.table.iloc[:, 0], headline.table.iloc[:, 1]):   # every figure, whole
        assert label in cells and value in cells, (label, value, cells)


def test_country_slide_has_the_map_picture(deck):
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    pictures = [s for s in deck.slides[3].shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    if not pictures and map_png_problem():
        pytest.skip(f"MAP NOT DRAWN, kaleido/Chromium unavailable: {map_png_problem()}")
    assert len(pictures) == 1 and pictures[0].name == "Partner map"
    assert pictures[0].image.content_type == "image/png" and len(pictures[0].image.blob) > 20_000
    assert [s for s in deck.slides[3].shapes if s.has_chart], "the country bars stay a native chart"


@pytest.mark.parametrize("count, limit, shown, others", [
    pytest.param(14, 15, 14, None, id="fourteen_partners_all_shown"),
    pytest.param(15, 15, 15, None, id="exactly_the_limit"),
    pytest.param(20, 15, 15, 6, id="twenty_partners_last_row_others"),
])
def test_country_rows_never_drop_a_partner_silently(count, limit, shown, others):
    """SYNTHETIC partners: one event each with its own country, plus one event with the last two."""
    import pandas as pd

    from briefing.deck import OTHERS_CODE, country_rows, others_label

    codes = [f"C{i:02d}" for i in range(count)]
    countries = pd.DataFrame({"country_code": codes, "name_ru": [f"Страна {c}" for c in codes],
                              "events": [count - i for i in range(count)]})
    events = pd.DataFrame({"partner_countries": [[c] for c in codes] + [codes[-2:]]})
    rows = country_rows(countries, events, limit)
    assert len(rows) == shown
    if others is None:
        assert set(rows["country_code"]) == set(codes)
    else:
        last = rows.iloc[-1]
        assert last["country_code"] == OTHERS_CODE and last["name_ru"] == others_label(others) == "другие (6)"
        assert last["events"] == others + 1          # six one-country events and the shared one, counted once
        assert set(rows["country_code"][:-1]) | set(codes[limit - 1:]) == set(codes)


def test_format_pie_labels_are_whole_percents_like_the_page(sample_deck_ru):
    import re

    pie = [s.chart for s in sample_deck_ru.slides[5].shapes if s.has_chart][1]
    labels = [p.data_label.text_frame.text for p in pie.plots[0].series[0].points]
    assert labels == ["≥ 11 578 чел. · 85\u00a0%", "1 500 чел. · 11\u00a0%", "575 чел. · 4\u00a0%"]
    assert all(re.search(r"· \d+\u00a0%$", label) for label in labels)


@pytest.mark.parametrize("values, percents", [
    pytest.param([575, 1500, 11578], [4, 11, 85], id="sample_formats"),
    pytest.param([1, 1, 1], [34, 33, 33], id="thirds_add_up_to_100"),
    pytest.param([0, 5], [0, 100], id="empty_slice"),
    pytest.param([0, 0], [0, 0], id="nothing_known"),
])
def test_whole_percents_add_up(values, percents):
    from briefing.deck import whole_percents

    assert whole_percents(values) == percents
