"""The cell's one geo analysis (geo._geo_words) read by the steps that used to scan the cell again.

partner_countries builds each cell's _geo_words first (one cached look-up per word: may it start a
country's name, a foreign city, a foreign region — and now: may it begin a foreign city's adjective).
institution_countries, asked about the same cells, reads the words flagged there instead of trying
its stems' pattern on every cell and testing every word again. These tests hold that to exactly what
the old way gives (its code is kept here as the reference), on the real sample's cells, SYNTHETIC
reports' cells and SYNTHETIC edge cases (case, hyphenated names, ё, look-alike stems, the adjective
away from an institution noun). They fail on the code before the change: _geo_words had no
`city_adjectives` (see test_city_adjective_words_are_flagged_in_the_cell_analysis).
"""
from __future__ import annotations

from pathlib import Path

from etl import geo, lemmas
from etl.geo import _INSTITUTION_NOUNS, _is_capitalised, institution_countries
from etl.lemmas import fold, lemma, lemma_set, morph, words
from etl.read import read_bytes
from etl.synth import synthetic_regions, synthetic_report, to_text

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"

# SYNTHETIC edge cells: an adjective before an institution noun in several cases and spellings, one
# before other words, one in lower case or capitals, the stem inside a longer word, two in one cell.
EDGE_CELLS = [
    "Студенты Бакинского государственного университета",
    "Ереванский театр кукол и Тбилисская филармония",
    "встреча в Пекинском университете; Пекинская опера",
    "делегация Улан-Баторского городского совета и Улан-Баторского университета",
    "Нью-Йоркского филиала и нью-йоркского музея",
    "бакинского университета (строчными), БАКИНСКОГО УНИВЕРСИТЕТА (прописными)",
    "Минское шоссе, Минский тракторный завод, Минского государственного лингвистического университета",
    "Бакинец приехал; Бакинский; Бакинские",
    "Ереванский, Ереванской, ереванской консерватории",
    "Гянджинского Государственного Университета и Гюмрийского педагогического института",
    "Харбинского политехнического университета, Харбинский институт",
    "Алматинского колледжа; Алма-Атинского театра",
    "Самаркандского государственного университета; Ташкентского Института Востоковедения",
    "Бакинском, Бакинскому — театре; Бакинской филармонии",
    "Берёзовского музея (ё) и Берез",  # a stem with ё
    "",
    "   ",
    "Кобулетского Кобулетского Кобулетского лицея",
]


def _sample_cells() -> list[str]:
    from etl.layout import split_layout

    cells: list[str] = []
    grids = [read_bytes(SAMPLE.read_bytes(), SAMPLE.name)]
    regions = synthetic_regions()
    for i in range(6):
        report = synthetic_report(regions[i % len(regions)], 2016 + i, 1 + i % 4, seed=23)
        grids.append(read_bytes(to_text(report).encode("utf-8"), f"synthetic_{i}.txt"))
    for source in grids:
        layout = split_layout(source.grid, source.file_name)
        for row in layout.events:
            cells.extend(lemmas.matching_form(text) for text in row.cells.values())
    return cells


CELLS = EDGE_CELLS + _sample_cells()


def _institution_countries_reference(texts: list[str]) -> list[str]:
    """institution_countries as written before the cell analysis: the stems' pattern over each cell,
    then every word tested by its first four letters folded and its capital."""
    adjectives, starts, pattern = geo._city_adjectives(), geo._city_adjective_starts(), geo._city_adjective_pattern()
    found: list[str] = []
    for text in texts:
        if not pattern.search(text):
            continue
        names = words(text)
        for i, word in enumerate(names):
            if fold(word)[:4] not in starts or not _is_capitalised(word):
                continue
            code = next((adjectives[f] for f in lemma_set(word) | {lemma(word)} if f in adjectives), None)
            if code is None or code in found:
                continue
            for k in range(i + 1, min(i + 6, len(names))):
                if lemma_set(names[k]) & _INSTITUTION_NOUNS:
                    found.append(code)
                    break
                if not {"ADJF", "PRTF"} & set(morph().parse(names[k])[0].tag.grammemes):
                    break
    return found


def test_city_adjective_words_are_flagged_in_the_cell_analysis():
    starts = geo._city_adjective_starts()
    flagged = 0
    for text in CELLS:
        expected = tuple(i for i, word in enumerate(words(text))
                         if fold(word)[:4] in starts and _is_capitalised(word))
        assert geo._geo_words(text).city_adjectives == expected, text
        assert geo._geo_words(text) == geo._geo_words_by_bits(text), text
        flagged += bool(expected)
    assert flagged >= 12  # the edge cells alone flag words in most lines


def test_institution_countries_read_from_the_cell_analysis_as_before():
    found_any = 0
    for text in CELLS:
        assert institution_countries([text]) == _institution_countries_reference([text]), text
        found_any += bool(_institution_countries_reference([text]))
    assert found_any >= 8
    # several cells at once: a code once, in order of first mention
    for start in range(0, len(CELLS), 7):
        chunk = CELLS[start:start + 7]
        assert institution_countries(chunk) == _institution_countries_reference(chunk), chunk
    assert institution_countries(EDGE_CELLS) == _institution_countries_reference(EDGE_CELLS)
    assert "AZ" in institution_countries(EDGE_CELLS[:1]) and institution_countries(["Минское шоссе"]) == []


def test_a_word_that_only_begins_a_city_adjective_names_no_place_for_the_officials():
    """geo_word_kind (officials tell a role's place from a person by it) keeps its meaning: the new
    bit of the cell analysis is not a place."""
    for text in CELLS:
        for word in words(text):
            kind = geo._geo_kind(word)
            assert geo.geo_word_kind(word) == kind & (geo._NAME_WORD | geo._CITY_WORD | geo._REGION_WORD), word
            assert bool(kind & geo._CITY_ADJECTIVE_WORD) == (fold(word)[:4] in geo._city_adjective_starts()
                                                             and _is_capitalised(word)), word
    assert geo._geo_kind("Бакинского") & geo._CITY_ADJECTIVE_WORD
    assert not geo._geo_kind("бакинского") & geo._CITY_ADJECTIVE_WORD
