"""Third pass of parser shortcuts: each gives exactly what its reference path gives.

A count's context is a slice of its cell, and the cell's own word analysis may rule out any country
in it (geo.names_no_country); stems found by `in` instead of an alternation; months of a date range
remembered by their numbers; the open-end phrase looked for only where its 'по' is. The cells are
the real sample's and SYNTHETIC reports' (etl/synth.py), with case and edge variants.
"""
from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path

import pytest

from etl import attendance, classify, dates, geo, lemmas
from etl.layout import split_layout
from etl.lemmas import matching_form
from etl.read import read_bytes
from etl.synth import synthetic_regions, synthetic_report, to_text

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"

# SYNTHETIC cells where a country, a city or a settlement sits next to a count, at a slice's edge,
# in a hyphenated word or cut by a number written onto a word.
EDGE_CELLS = [
    "Представители Республики Беларусь (12 человек) и 30 участников из г. Минска",
    "в т.ч. из Беларуси – 8 человек, из Казахстана – 4; 20 российских студентов",
    "120 участников, из них 40 – белорусско-китайская делегация",
    "гости из Харбина и Баку (15 чел.), всего 60 человек",
    "Всего 45 человек: 30 – граждане РФ, 15 – иностранные граждане",
    "делегация-12 человек из Республики Узбекистан",
    "абв12 человек, Минск13 участников, 14-Беларусь гостей",
    "Участники: 25 человек (г. Витебск, аг. Лынтупы), 10 – онлайн",
    "Около 200 зрителей, в том числе 50 гостей из-за рубежа",
    "Количество участников – 150; Республика Беларусь – 20 человек",
]


def _synthetic_cells(reports: int = 6) -> list[str]:
    """SYNTHETIC: the participants and content cells of a few generated reports, as parsed."""
    regions = synthetic_regions()
    cells: list[str] = []
    for i in range(reports):
        report = synthetic_report(regions[i % len(regions)], 2016 + i, 1 + i % 4, seed=5)
        source = read_bytes(to_text(report).encode("utf-8"), f"synthetic_{i}.txt")
        for row in split_layout(source.grid, source.file_name).events:
            cells += [matching_form(row.cells.get(role, "")) for role in ("participants", "content", "venue")]
    return list(dict.fromkeys(c for c in cells if c))


def _sample_cells() -> list[str]:
    text = SAMPLE.read_text(encoding="utf-8")
    return [line.strip() for line in text.split("\n") if line.strip()]


CELLS = EDGE_CELLS + _sample_cells() + _synthetic_cells()


def _slices(text: str, rng: random.Random) -> list[tuple[int, int]]:
    """Word edges, every digit and bracket, and random positions, paired up."""
    edges = {0, len(text)}
    for word, start, end in lemmas.tokens(text):
        edges.update((start, end, max(0, start - 1), min(len(text), end + 1), start + 1))
    edges.update(i for i, ch in enumerate(text) if ch.isdigit() or ch in "()-–,;:")
    edges.update(rng.randrange(len(text) + 1) for _ in range(6))
    points = sorted(e for e in edges if 0 <= e <= len(text))
    pairs = [(a, b) for a in points for b in points if a <= b]
    return pairs if len(pairs) <= 400 else rng.sample(pairs, 400)


def test_no_country_known_from_the_cell_is_no_country_in_the_slice():
    """Whenever the cell's analysis says a slice names no country, analysing the slice as a text of
    its own finds none; and the shortcut is taken often enough to matter."""
    rng = random.Random(11)
    known = tried = 0
    wrong = []
    for text in CELLS:
        for start, end in _slices(text, rng):
            tried += 1
            if geo.names_no_country(text, start, end):
                known += 1
                if geo.country_mentions(text[start:end]):
                    wrong.append((text, start, end, text[start:end]))
    assert wrong == []
    assert known > tried // 10  # not a shortcut that never applies


@pytest.mark.parametrize("text, piece, expected", [
    pytest.param("Представители Республики Беларусь (12 человек)", "(12 человек)", True, id="count_in_brackets"),
    pytest.param("Представители Республики Беларусь (12 человек)", "Беларусь (12", False, id="country_inside"),
    pytest.param("белорусско-китайская делегация", "китайская делегация", False, id="cut_after_a_hyphen"),
    pytest.param("Минск13 участников", "13 участников", False, id="cut_inside_a_word"),
    pytest.param("30 участников из г. Минска", "30 участников из г. Минска", False, id="settlement_word_inside"),
    pytest.param("30 участников", "", True, id="empty_slice"),
])
def test_names_no_country_cases(text, piece, expected):
    start = text.find(piece)
    assert geo.names_no_country(text, start, start + len(piece)) is expected
    if expected:
        assert geo.country_mentions(piece) == []


def test_count_contexts_read_through_the_cell_are_those_read_alone():
    """_is_foreign given the cell (the shortcut) says what it says of the context alone, for every
    slice a count can take; a context that is not the slice at `start` is read alone."""
    rng = random.Random(5)
    is_home = lambda context: "Смоленск" in context  # noqa: E731 - a stand-in region test
    for text in CELLS:
        for start, end in _slices(text, rng)[:120]:
            context = text[start:end]
            assert attendance._is_foreign(context, is_home, text, start) == \
                attendance._is_foreign(context, is_home), (text, start, end)
        assert attendance._is_foreign("из Беларуси 5 человек", is_home, text, 0) == \
            attendance._is_foreign("из Беларуси 5 человек", is_home)


def test_counts_of_real_cells_are_unchanged_by_the_shortcut():
    """find_counts (which now hands each context's cell to _is_foreign) marks the same counts
    foreign as reading each context alone, on the sample's and SYNTHETIC cells."""
    for text in CELLS:
        counts = attendance.find_counts(text)
        plain = text.replace("\u00a0", " ")
        for count in counts:
            assert count.start < count.end <= len(plain)
        assert [c.foreign for c in counts] == [c.foreign for c in _counts_read_alone(text)], text


def _counts_read_alone(text: str) -> list[attendance.Count]:
    """find_counts with every context read as a text of its own: the _annotate of before, whose
    contexts are rebuilt here the way it builds them."""
    counts = attendance.find_counts(text)
    plain = text.replace("\u00a0", " ")
    starts = attendance._sentence_starts(plain)
    for i, count in enumerate(counts):
        following = next((k for k, s in enumerate(starts) if s > count.start), len(starts))
        sentence_start = starts[following - 1]
        sentence_end = starts[following] if following < len(starts) else len(plain)
        window_start = max(sentence_start, count.start - 45)
        window = plain[window_start:count.start]
        subset_cue = attendance._SUBSET_CUE.search(window)
        next_start = counts[i + 1].start if i + 1 < len(counts) and counts[i + 1].sentence == count.sentence \
            else sentence_end
        previous = counts[i - 1] if i > 0 and counts[i - 1].sentence == count.sentence else None
        back_from = previous.noun_end if previous else sentence_start
        forward = plain[count.start:next_start]
        stop = attendance._SUBSET_STOP.search(plain[count.start:next_start])
        if stop and not count.subset:
            forward = forward[: stop.start()]
        backward = plain[back_from:count.start]
        if count.subset:
            context = window[subset_cue.start():] + forward
        elif attendance._DASH_NEXT.match(plain, count.noun_end, count.noun_end + 3):
            context = forward
        elif count.in_parens and plain[max(0, count.start - 12):count.start].rfind("(") >= 0:
            context = backward
        else:
            context = backward + forward
        count.foreign = attendance._is_foreign(context, attendance._nowhere)
    return counts


CASED = [variant for text in CELLS[:400] + ["ПОДПИСАНО СОГЛАШЕНИЕ", "ДоГоВоРиЛиСь", "по настоящее время",
                                             "ПО Н. В.", "Постоянно", "на постоянной основе", "ёлка", ""]
         for variant in (text, text.upper(), text.swapcase())]


def test_agreement_stems_by_in_equal_the_alternation():
    for text in CASED:
        lowered = lemmas.caseless_text(text)
        if lowered is not None:
            assert classify._has_agreement_stem(lowered) == bool(classify._AGREEMENT_STEM.search(lowered)), text


def test_open_end_needs_its_po():
    """Every match of _OPEN_END holds 'по' in some case: without one in the lower-cased text the
    search is skipped, and it would have found nothing."""
    for text in CASED:
        lowered = lemmas.caseless_text(text)
        if lowered is not None and "по" not in lowered:
            assert dates._OPEN_END.search(text) is None, text


def _months_by_loop(start: date, end: date) -> tuple[str, ...]:
    out, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(out)


@pytest.mark.parametrize("start, end", [
    pytest.param(date(2024, 9, 30), date(2024, 10, 1), id="across_months"),
    pytest.param(date(2024, 12, 28), date(2025, 1, 10), id="across_years"),
    pytest.param(date(2024, 5, 1), date(2024, 5, 31), id="one_month"),
    pytest.param(date(2024, 5, 2), date(2024, 4, 1), id="end_before_start"),
    pytest.param(date(1999, 11, 1), date(2003, 2, 1), id="several_years"),
])
def test_months_remembered_by_number_are_the_loops(start, end):
    assert dates.months_between(start, end) == _months_by_loop(start, end)
    assert dates.months_between(start, end) == _months_by_loop(start, end)  # the remembered answer


def test_dates_with_the_open_end_still_say_so():
    found = dates.parse_dates("с 1 октября 2024 г. по настоящее время")
    assert found.start == date(2024, 10, 1)
    assert any("по настоящее время" in issue.message for issue in found.issues)
    assert not any("настоящее" in issue.message for issue in dates.parse_dates("1 октября 2024 г.").issues)


def test_agreement_of_cells_without_a_stem_is_none():
    assert classify.classify_agreement("Концерт в г. Минске", "Выступили 20 артистов", "").kind is None
    assert classify.classify_agreement("", "ДОГОВОРИЛИСЬ о встрече", "").kind == "verbal"
    assert re.search("подпис", "Подписано соглашение".lower())
