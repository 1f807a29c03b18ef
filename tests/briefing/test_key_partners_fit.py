"""The «Ключевые партнёры» slide shows all eight organisations at a readable size (≥ 14 pt), measured
with the deck's font metrics: on the real IV кв. 2024 sample in both languages, and on SYNTHETIC
quarters whose partners have long names (cut to two lines with «…», the full text in the slide
notes and the XLSX) or short ones (drawn at 18 pt). Before briefing.table_fit the sample's slide
showed five of eight rows at fixed widths, its headers cut inside words («Мероп…»)."""
from __future__ import annotations

import copy
import io
from datetime import datetime

import openpyxl
import pandas as pd
import pytest
from pptx import Presentation

from briefing.deck import SLIDE_KEYS, slides
from briefing.model import build_review
from briefing.pptx_writer import pptx_bytes
from briefing.table_fit import plan_table
from briefing.text_fit import LINE_SPACING, wrap
from briefing.xlsx_writer import xlsx_bytes

EMU_PER_INCH = 914400
INDEX = SLIDE_KEYS.index("key_partners")
WHEN = datetime(2025, 1, 20, 10, 0)
MIN_PT = 14

# SYNTHETIC partner names: long official names as reports spell them out, and short ones
LONG_NAMES = [
    "Государственное учреждение образования «Республиканский институт высшей школы» при Министерстве образования "
    "Республики Беларусь",
    "Учреждение образования «Белорусский государственный университет культуры и искусств» Министерства культуры",
    "Открытое акционерное общество «Управляющая компания холдинга „Белорусская металлургическая компания“»",
    "Министерство иностранных дел Республики Беларусь, Главное консульское управление, отдел регионального "
    "сотрудничества",
    "Генеральное консульство Республики Казахстан в городе Санкт-Петербурге и Ленинградской области",
    "Национальная академия наук Беларуси, Институт истории, отдел истории Великой Отечественной войны",
    "Государственное учреждение культуры «Витебский областной краеведческий музей» и его филиалы",
    "Территориальный центр социального обслуживания населения Витебского района Витебской области",
]
SHORT_NAMES = ["МАЗ", "БелАЗ", "БГУ", "Витебский облисполком", "Посольство Беларуси", "ВГУ", "БГУКИ", "ЕАЭС"]
KINDS = ["education", "education", "enterprise", "executive", "diplomatic", "education", "culture", "other"]


def synthetic_partners(names: list[str]) -> pd.DataFrame:
    """SYNTHETIC key partners: eight organisations with the given names, mixed kinds, countries,
    agreements and new marks."""
    def texts(values: list) -> pd.Series:   # None stays None, as analytics.key_partners returns it
        return pd.Series(values, dtype=object)

    return pd.DataFrame({
        "org_key": texts([f"synthetic-{i}" for i in range(len(names))]), "name": texts(names),
        "legal_form": texts(["ОАО" if i % 3 == 0 else None for i in range(len(names))]),
        "country": texts(["BY", "BY", "BY", "BY", "KZ", "BY", "BY", "UZ"][:len(names)]),
        "kind": texts(KINDS[:len(names)]), "events": [9 - i for i in range(len(names))],
        "agreement": texts(["signed", "verbal", None, "signed", None, None, "verbal", None][:len(names)]),
        "is_new": texts([True, False, True, False, False, True, False, False][:len(names)]),
        "event_ids": texts([[] for _ in names])})


@pytest.fixture(scope="module")
def sample_review(sample_con):
    return build_review(sample_con, 2024, 4)


def review_with(sample_review, names: list[str]):
    review = copy.copy(sample_review)
    review.key_partners = synthetic_partners(names)
    return review


CASES = [pytest.param(("sample", "ru"), id="sample-ru"), pytest.param(("sample", "en"), id="sample-en"),
         pytest.param(("long", "ru"), id="synthetic_long_names-ru"),
         pytest.param(("long", "en"), id="synthetic_long_names-en"),
         pytest.param(("short", "ru"), id="synthetic_short_names-ru")]


@pytest.fixture(scope="module", params=CASES)
def drawn(request, sample_review):
    """(review, deck, the key partners slide of the PPTX) for one case."""
    source, lang = request.param
    review = sample_review if source == "sample" else review_with(
        sample_review, LONG_NAMES if source == "long" else SHORT_NAMES)
    deck = slides(review, WHEN, lang)
    pptx = Presentation(io.BytesIO(pptx_bytes(review, deck)))
    return source, review, deck, pptx.slides[INDEX]


def table_of(slide):
    return next(s for s in slide.shapes if s.has_table)


def test_every_partner_is_on_the_slide_at_a_readable_size(drawn):
    source, review, deck, slide = drawn
    expected = deck[INDEX].table
    shape = table_of(slide)
    table = shape.table
    assert len(table.rows) - 1 == len(expected) == 8
    sizes = {run.font.size.pt for row in table.rows for cell in row.cells
             for run in cell.text_frame.paragraphs[0].runs}
    assert min(sizes) >= MIN_PT, sizes
    notes = [s.text_frame.text for s in slide.shapes if s.name == "Footnotes"]
    assert not any("XLSX" in n for n in notes), notes
    marks = [table.cell(i, 5).text for i in range(1, len(table.rows))]
    assert marks == expected.iloc[:, -1].tolist()
    print(f"\n{source}: {len(expected)} rows at {min(sizes)} pt")
    if source == "short":
        assert min(sizes) > MIN_PT, "short names leave room for a larger size"


def test_every_cell_holds_its_text(drawn):
    """Each cell's wrapped lines (Arial metrics) fit its row height; no header word is broken."""
    *_, slide = drawn
    table = table_of(slide).table
    for i, row in enumerate(table.rows):
        for j, column in enumerate(table.columns):
            frame = table.cell(i, j).text_frame
            runs = frame.paragraphs[0].runs
            if not frame.text:
                continue
            size, bold = runs[0].font.size.pt, bool(runs[0].font.bold)
            lines = wrap(frame.text, size, bold, column.width / EMU_PER_INCH)
            assert len(lines) * size * LINE_SPACING / 72 + 0.1 <= row.height / EMU_PER_INCH + 0.01, (i, j, lines)
            if i == 0:
                assert not frame.text.endswith("…") and len(lines) <= 2, lines
                assert all(word in frame.text.split() for word in " ".join(lines).split()), lines


def test_long_names_are_cut_and_kept_whole_elsewhere(drawn):
    """A name cut with «…» starts the full name; the slide notes list every row in full, and the
    XLSX appendix has every full name."""
    source, review, deck, slide = drawn
    expected = deck[INDEX].table.iloc[:, 0].tolist()
    table = table_of(slide).table
    shown = [table.cell(i, 0).text for i in range(1, len(table.rows))]
    for name, full in zip(shown, expected):
        assert name == full or (name.endswith("…") and full.startswith(name[:-1].rstrip(" ,;:"))), (name, full)
    if source == "long":
        assert any(n.endswith("…") for n in shown), "the SYNTHETIC names are too long for two lines"
    notes = slide.notes_slide.notes_text_frame.text
    assert all(full in notes for full in expected)
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(review, deck, WHEN)))
    values = {c for row in book.worksheets[INDEX].iter_rows(values_only=True) for c in row if isinstance(c, str)}
    assert set(expected) <= values


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_size_is_the_largest_that_shows_every_row(sample_review, lang):
    table = slides(sample_review, WHEN, lang)[INDEX].table
    header, rows = list(table.columns), [[str(v) for v in r] for r in table.itertuples(index=False)]
    plan = plan_table(header, rows, 12.33, 4.8)
    assert plan.shown == len(rows) and plan.size >= MIN_PT
    larger = [s for s in (18, 16) if s > plan.size]
    for size in larger:
        assert plan_table(header, rows, 12.33, 4.8, sizes=(size,)).shown < len(rows) or \
            plan_table(header, rows, 12.33, 4.8, sizes=(size,)).cut > 0


@pytest.mark.parametrize("height, whole", [
    pytest.param(4.8, True, id="slide_body"),
    pytest.param(2.4, False, id="half_a_slide"),
    pytest.param(0.3, False, id="no_room_for_a_row"),
])
def test_a_table_too_tall_says_how_many_rows_it_shows(height, whole):
    rows = [[name, "Беларусь", "вузы и школы", "2", "подписано", "новый"] for name in LONG_NAMES]
    header = ["Организация", "Страна", "Вид", "Мероприятия", "Соглашение в квартале", "Новый"]
    plan = plan_table(header, rows, 12.33, height)
    assert (plan.shown == len(rows)) is whole
    assert plan.height <= height + 1e-6 or plan.shown == 0
    assert plan.size >= MIN_PT
