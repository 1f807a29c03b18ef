"""Third pass of parser shortcuts: each gives exactly what its reference path gives.

Stems found by `in` instead of an alternation; months of a date range remembered by their numbers;
the open-end phrase looked for only where its 'по' is. The cells are
the real sample's and SYNTHETIC reports' (etl/synth.py), with case and edge variants.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from etl import classify, dates, geo, lemmas
from etl.layout import split_layout
from etl.lemmas import matching_form
from etl.read import read_bytes
from etl.synth import synthetic_regions, synthetic_report, to_text

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"

# SYNTHETIC cells: counts beside countries, settlements, totals and agreements.
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


def _format_texts() -> list[str]:
    """Every cell, lower-cased and folded as classify_format reads it, with SYNTHETIC edge cases:
    a boundary before 'вкс' and 'очн' (start of text, after a digit, an underscore, a hyphen, a
    Latin or Cyrillic letter)."""
    edges = ["вкс", "ВКС-связь", "1вкс", "_вкс", "-вкс", "aвкс", "звкс", "очно", "заочно", "2очно", "_очно",
             "в очном формате", "по вкс.", "очное участие", "точность", "в режиме вкс", "ВКС"]
    return [lemmas.fold(t) for t in CELLS + edges]


def test_letter_first_patterns_find_what_the_boundary_first_ones_find():
    for text in _format_texts():
        for slow, fast in ((classify._ONLINE_LOWER, classify._ONLINE_SCAN),
                           (classify._IN_PERSON_LOWER, classify._IN_PERSON_SCAN)):
            found, expected = fast.search(text), slow.search(text)
            assert (found and found.span()) == (expected and expected.span()), (slow.pattern, text)


@pytest.mark.parametrize("source, expected", [
    pytest.param(r"\bвкс\b", r"в(?<!\wв)кс\b", id="boundary_before_a_letter"),
    pytest.param(r"\bочн\w*|в\s+очном", r"о(?<!\wо)чн\w*|в\s+очном", id="only_the_first_branch"),
    pytest.param(r"\d+\b", r"\d+\b", id="boundary_after_is_kept"),
])
def test_letter_first_rewrites(source, expected):
    assert classify.letter_first(source) == expected


def test_name_candidates_by_word_pair_find_the_names_of_every_candidate():
    """The candidates remembered by (word, next word) give the name _first_name_at gave when it
    gathered them at each call, at every word of every cell (the sample's, SYNTHETIC ones)."""
    extra = ["Республики Беларусь", "Республика", "Республике Корея и Киргизской Республике",
             "Российской Федерации", "Объединённые Арабские Эмираты", "Республики", "Южной Осетии"]
    tried = 0
    for text in CELLS + extra:
        names = lemmas.words(text)
        for i in range(len(names)):
            if geo._name_heads(names[i]):
                tried += 1
                assert geo._first_name_at(names, i) == geo._first_name_at_by_entry(names, i), (text, i)
    assert tried > 100


def test_geo_words_split_by_kind_bit():
    for text in CELLS:
        found = geo._geo_words(text)
        kinds = [geo._geo_kind(w) for w in lemmas.words(text)]
        assert found.names == tuple(i for i, k in enumerate(kinds) if k & geo._NAME_WORD)
        assert found.cities == tuple(i for i, k in enumerate(kinds) if k & geo._CITY_WORD)
        assert found.regions == tuple(i for i, k in enumerate(kinds) if k & geo._REGION_WORD)


ROLE_LEADS = ["Губернатора Смоленской области ", "г. Минск, ул. Ленина, д. 5. Министр ", "им. Твардовского; ",
              "во главе с ", "Во Главе С Министром ", "делегация – Посол ", "с Президентом ", "вс ", "ᲃ Президентом ",
              "Заместитель Председателя Правительства Российской Федерации (куратор) С. ", "А. Б.", "ул.\n", "\u00a0– ",
              "встреча с\nПпослом ", "г.Москва. ", "Г. ", "(Ректор) ", "ПОСОЛ: "]


def test_role_boundary_letter_first_finds_every_match_of_the_plain_pattern():
    """Every match (finditer: the lead's last boundary is what counts), on raw text with the flag and
    on lower-cased text without it (lemmas.case_sensitive), same spans."""
    from etl import officials

    slow, fast = officials._ROLE_BOUNDARY, officials._ROLE_BOUNDARY_SCAN
    leads = ROLE_LEADS + [text[max(0, i - 160):i] for text in CELLS[:300] for i in range(0, len(text), 53)]
    for lead in [variant for lead in leads for variant in (lead, lead.upper(), lead.swapcase())]:
        assert [m.span() for m in fast.finditer(lead)] == [m.span() for m in slow.finditer(lead)], lead
        lowered = lemmas.caseless_text(lead)
        if lowered is not None:
            assert [m.span() for m in lemmas.case_sensitive(fast).finditer(lowered)] == \
                [m.span() for m in lemmas.case_sensitive(slow).finditer(lowered)], lead


def test_caches_past_their_limit_are_emptied_and_others_kept():
    """Word and text caches have no LRU bound of their own: bound_caches, run before each report,
    empties a cache that grew past its limit (a long load never holds more than the limit plus one
    report), and leaves the others warm."""
    lemmas.clear_word_caches()
    lemmas.clear_text_caches()
    for word in ("Минск", "Витебск", "Гомель", "Брест"):
        lemmas.lemma(word)
    lemmas.lemma_set("Минск")
    lemmas.words("Республика Беларусь")
    lemmas.bound_caches(word_limit=2, text_limit=5)
    assert lemmas.lemma.cache_info().currsize == 0  # 4 > 2: emptied
    assert lemmas.lemma_set.cache_info().currsize == 1  # under the limit: kept
    assert lemmas.words.cache_info().currsize == 1
    assert lemmas.morph().parse.cache_info().currsize == 0  # the analyser's own cache too
    assert lemmas.lemma("Минске") == "минск"  # and an emptied cache fills again
    lemmas.bound_caches()
    assert lemmas.lemma.cache_info().currsize == 1


def test_search_text_from_the_remembered_lemmas_is_the_joined_lemmatize():
    """search_text reads each part's remembered lemma tuple instead of a list copy of it: the same
    column as the lemmas of every part, then the countries' names, each lemma once."""
    from itertools import chain

    from etl.geo import country_names
    from etl.normalize import search_text

    names = country_names()
    for i in range(0, len(CELLS) - 4, 3):
        parts = ["Сотрудничество в сфере культуры", *CELLS[i:i + 4]]
        for countries in ([], ["BY"], ["KZ", "BY", "XX"]):
            expected = " " + " ".join(dict.fromkeys(chain(
                chain.from_iterable(map(lemmas.lemmatize, parts)),
                chain.from_iterable(lemmas.lemmatize(names[c][0]) for c in countries if c in names)))) + " "
            assert search_text(parts, countries) == expected


FORMAT_EDGES = ["on-line", "online-трансляция", "он-лайн", "онлайн", "оффлайн", "офлайн", "видеосвязь",
                "в режиме видеоконференции", "видео-конференция", "в режиме видео", "в формате он-лайн",
                "очно-заочный", "очно-дистанционный", "смешанном формате", "гибридный", "лично присутствовали",
                "в очном формате", "вкс", "вебинар", "виртуальный тур", "дистанционно", "заочно", "точность",
                "Будет продолжена в онлайн-формате. Прошла очно", "ВКС; очно", "В режиме ВКС\nочно",
                "в Zoom", "zoom-конференция", "Skype", "по скайпу", "Сферум", "через Телемост", "TrueConf",
                "Webex", "МТС Линк", "мтс  линк", "заочное участие", "очно и в Zoom"]


@pytest.mark.parametrize("pattern, stems", [
    pytest.param(classify._HYBRID_LOWER, classify.HYBRID_STEMS, id="hybrid"),
    pytest.param(classify._ONLINE_SCAN, classify.ONLINE_STEMS, id="online"),
    pytest.param(classify._IN_PERSON_SCAN, classify.IN_PERSON_STEMS, id="in_person"),
])
def test_every_format_match_holds_one_of_its_stems(pattern, stems):
    for text in [lemmas.fold(t) for t in CELLS + FORMAT_EDGES]:
        for match in pattern.finditer(text):
            assert any(stem in match.group(0) for stem in stems), (pattern.pattern, match.group(0))


def _format_by_every_search(title: str, venue: str, content: str, participants: str) -> str:
    """classify_format before the per-pattern stems: every pattern searched on the held text."""
    texts = " \n".join(classify._held_text(lemmas.fold(t)) for t in (title, venue, content, participants))
    if classify._HYBRID_LOWER.search(texts):
        return "hybrid"
    online, in_person = bool(classify._ONLINE_LOWER.search(texts)), bool(classify._IN_PERSON_LOWER.search(texts))
    return "hybrid" if online and in_person else "online" if online else "in_person"


def test_format_with_stems_per_pattern_is_the_format_of_every_search():
    rng = __import__("random").Random(4)
    pool = CELLS + FORMAT_EDGES
    for _ in range(3000):
        cells = [rng.choice(pool) if rng.random() < 0.7 else rng.choice(FORMAT_EDGES) for _ in range(4)]
        assert classify.classify_format(*cells) == _format_by_every_search(*cells), cells
