"""Fourth pass of parser shortcuts: each gives exactly what its reference path gives.

Officials' patterns with the look-behind after the first capital; the quarter's bounds remembered;
the ambiguous country names' stems by one scan; geo words split among the words of any kind;
the repeated header looked for only in cells that start like it. The cells are the real sample's and
SYNTHETIC reports' (etl/synth.py), with case and edge variants.
"""
from __future__ import annotations

import calendar
from datetime import date
from pathlib import Path

import pytest

from etl import dates, geo, lemmas, officials
from etl.layout import split_layout
from etl.lemmas import matching_form
from etl.read import read_bytes
from etl.synth import synthetic_regions, synthetic_report, to_text

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"

# SYNTHETIC cells: names written every way, countries and cities beside counts, cut words.
EDGE_CELLS = [
    "Анохин В.Н., Петрова Е.В. – министр культуры; АНОХИН В.Н.; ООО В.Н.",
    "Губернатора Смоленской области Анохина Василия Николаевича и Крутой Дмитрий Николаевич",
    "«Анохин В.Н.» и -Петров А.Б., .Сидоров В.Г., Иванов-Петров А.А.; ИВАНОВ-ПЕТРОВ А.А.",
    "Представители Республики Беларусь (12 человек) и 30 участников из г. Минска",
    "в т.ч. из Беларуси – 8 человек, из Казахстана – 4; 20 российских студентов",
    "гости из Харбина и Баку (15 чел.), всего 60 человек; «г. Минск» – 5 человек",
    "делегация из Кубы – 7 человек; Того же дня 20 человек; Посол Перу и 3 сотрудника",
    "абв12 человек, Минск13 участников, 14-Беларусь гостей, Бела-12 человек",
    "Участники: 25 человек (г. Витебск, аг. Лынтупы), 10 – онлайн; город Брест – 4",
    "китайском языке 12 человек, китайские 5 студентов; пгт Озёрный 9 человек",
    "Около 200 зрителей, в том числе 50 гостей из-за рубежа, 12 иностранных граждан",
    "Посольство Российской Федерации в Литовской Республике – 6 человек",
    "Команда из г. Борисов – 12 человек, «г. Барановичи» – 8",  # cities that are also common words
]


def _synthetic_cells(reports: int = 8) -> list[str]:
    """SYNTHETIC: the cells of a few generated reports, as parsed."""
    regions = synthetic_regions()
    cells: list[str] = []
    for i in range(reports):
        report = synthetic_report(regions[i % len(regions)], 2017 + i, 1 + i % 4, seed=7)
        source = read_bytes(to_text(report).encode("utf-8"), f"synthetic_{i}.txt")
        for row in split_layout(source.grid, source.file_name).events:
            cells += [matching_form(text) for text in row.cells.values()]
    return list(dict.fromkeys(c for c in cells if c))


def _sample_cells() -> list[str]:
    text = SAMPLE.read_text(encoding="utf-8")
    return [line.strip() for line in text.split("\n") if line.strip()]


CELLS = EDGE_CELLS + _sample_cells() + _synthetic_cells()


def _spans(pattern, text):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("fast, reference", [
    pytest.param(officials._SURNAME_FIRST, officials._SURNAME_FIRST_REFERENCE, id="surname_first"),
    pytest.param(officials._PATRONYMIC, officials._PATRONYMIC_REFERENCE, id="patronymic"),
])
def test_officials_patterns_with_the_look_behind_after_the_capital_match_the_same(fast, reference):
    texts = CELLS + [text[k:] for text in EDGE_CELLS for k in range(len(text))]  # every start: the look-behind at 0
    for text in [variant for text in texts for variant in (text, text.upper(), text.swapcase())]:
        assert _spans(fast, text) == _spans(reference, text), text


@pytest.mark.parametrize("year, quarter", [
    pytest.param(2024, 1, id="leap_february"), pytest.param(2023, 1, id="plain_february"),
    pytest.param(2025, 2, id="june"), pytest.param(2025, 3, id="september"), pytest.param(2000, 4, id="december"),
])
def test_remembered_quarter_bounds_are_the_calendars(year, quarter):
    first = 3 * quarter - 2
    expected = (date(year, first, 1), date(year, first + 2, calendar.monthrange(year, first + 2)[1]))
    assert dates.quarter_bounds(year, quarter) == expected
    assert dates.quarter_bounds(year, quarter) == expected  # the remembered answer


def test_ambiguous_stem_scan_is_the_seven_finds():
    stems = ("Того", "Перу", "Чад", "Мали", "Ган", "Нигер", "Куб")
    for text in CELLS + ["Кубы", "куба", "Гана", "ГАНА", "в Мали", "Нигерии", "Чада", ""]:
        assert bool(geo._AMBIGUOUS_STEM.search(text)) == any(stem in text for stem in stems), text


def test_geo_words_split_among_hits_equal_the_split_by_bits():
    for text in CELLS:
        assert geo._geo_words(text) == geo._geo_words_by_bits(text), text


HEADERS = ["№ п/п", "Наименование мероприятия", "Дата проведения", "Место проведения", "Участники", "ё", "\u00adА"]


def test_a_cell_whose_first_character_differs_never_cleans_to_the_header():
    from etl.layout import _may_clean_to, clean

    cells = CELLS[:300] + HEADERS + [f"{space}{h}{space}" for h in HEADERS for space in ("", " ", "\n", "\u00a0", "\u00ad", " \u00ad")] \
        + ["", " ", "\u00ad", "\u00a0\u00a0", "Наименование\u00a0мероприя\u00adтия"]
    for cell in cells:
        for header in HEADERS:
            if clean(cell) == header:
                assert _may_clean_to(cell, header), (cell, header)
    assert sum(_may_clean_to(cell, header) for cell in CELLS[:300] for header in HEADERS) < 100


def _numbered_heading_title_first(row, columns, title_at) -> bool:
    """layout._is_numbered_heading as first written: the title cleaned before the other columns are looked at."""
    from etl.classify import classify_event_type, classify_sector
    from etl.layout import _cell, clean, heading_name

    title = clean(_cell(row, title_at))
    if not title or len(title) > 100:
        return False
    for i, role in enumerate(columns):
        if role not in ("number", "title") and _cell(row, i).strip():
            return False
    name = heading_name(title)
    return len(name.split()) <= 8 and classify_event_type(name) == "other" and classify_sector(name).known


def test_numbered_heading_with_the_other_columns_first_is_the_title_first():
    """Every row of the sample, the fixtures' text dumps and SYNTHETIC reports, and SYNTHETIC rows of
    headings, events with only a title, long and empty titles: the same answer in either order."""
    from etl.layout import GridRow, _is_numbered_heading, column_role

    columns = ("number", "title", "dates", "venue", "content", "participants")
    sources = [read_bytes(SAMPLE.read_bytes(), SAMPLE.name)]
    sources += [read_bytes(to_text(synthetic_report(synthetic_regions()[i], 2018, 2, seed=3)).encode("utf-8"),
                           f"synthetic_{i}.txt") for i in range(3)]
    rows = [row for source in sources for row in source.grid.rows]
    rows += [GridRow(cells, 1, 1) for cells in (
        ("1.", "Сотрудничество в сфере культуры", "", "", "", ""), ("2", "Участие в промышленном форуме", "", "", "", ""),
        ("3", "  Сотрудничество\u00a0в\nсфере образования ", "", " ", "\n", ""), ("4", "", "", "", "", ""),
        ("5", "Сотрудничество в сфере культуры " * 5, "", "", "", ""), ("6", "Сотрудничество в сфере спорта", "12.03", "", "", ""),
        ("7", "Раздел II. Сотрудничество в сфере туризма", "", "", "", ""), ("8",), ("9", "Культура"))]
    for row in rows:
        for title_at in (1, 2):
            assert _is_numbered_heading(row, columns, title_at) == _numbered_heading_title_first(row, columns, title_at), row
    assert sum(_is_numbered_heading(row, columns, 1) for row in rows) >= 2
    assert column_role("Наименование мероприятия") == "title"
