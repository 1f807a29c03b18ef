"""Fifth pass of parser shortcuts: each gives exactly what its reference path gives.

The format's in-person pre-test (the stems from their rarest letter, over the four cells joined);
the venue's first place read for countries from its cell's remembered words; country mentions as
named tuples; an absent count column. The cells are the real sample's, SYNTHETIC reports' of
several regions (etl/synth.py) and hand-written SYNTHETIC ones, with case, ё and spacing variants.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from etl import attendance, classify, dates, geo, lemmas, officials
from etl.layout import split_layout
from etl.lemmas import matching_form
from etl.read import read_bytes
from etl.synth import synthetic_regions, synthetic_report, to_docx, to_text

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"

# SYNTHETIC cells: formats written every way, places spaced and cut every way.
EDGE_CELLS = [
    "Встреча прошла в режиме видеоконференции (ВКС) на платформе Сферум",
    "в очно-заочном формате; онлайн-трансляция в VK; он-лайн участие",
    "Вебинар «Экспорт» на Webinar.ru, Zoom, Skype, TrueConf, Webex, Jitsi, Google Meet, Teams",
    "Телемост, Контур.Толк, МТС Линк; телефонные переговоры; переписка с партнёрами",
    "В ВИДЁОФОРМАТЕ, ОФЛАЙН и ОФФЛАЙН, личное присутствие, гибридный, смешанный формат",
    "видёосвязь, вёбинар, тёлёмост, пёрёписка, смёшанный",  # ё written for their е
    "виртуальная выставка; дистанционно; сельское хозяйство; очная встреча",
    "г. Могилев,\nРеспублика Беларусь\n",
    "г. Гродно,\u00a0\u00a0Республика   Беларусь; г. Смоленск",
    "г. Псков – г. Костанай (ВКС)",
    "г. Минск\nЗаречный, аг. Лынтупы",
    "Посольство\nКубы в г. Москве",
    "в\n Ташкенте, из\nХарбина и  Баку",
    "Санкт-\nПетербург, ЦВК «Экспоцентр»",
    "Смоленская область,\nг. Вязьма",
    "Витебская обл.,  Оршанский район\n",
    "Китайская Народная\nРеспублика, г. Харбин",
    "  ",
    "",
]


def _synthetic_cells(reports: int = 8) -> list[str]:
    """SYNTHETIC: the cells of generated reports of several regions, as parsed (.txt and .docx)."""
    regions = synthetic_regions()
    cells: list[str] = []
    for i in range(reports):
        report = synthetic_report(regions[(i * 5) % len(regions)], 2016 + i, 1 + i % 4, seed=13)
        for name, data in ((f"synthetic_{i}.txt", to_text(report).encode("utf-8")),
                           (f"synthetic_{i}.docx", to_docx(report))):
            source = read_bytes(data, name)
            for row in split_layout(source.grid, source.file_name).events:
                cells += [matching_form(text) for text in row.cells.values()]
    return list(dict.fromkeys(c for c in cells if c))


def _sample_cells() -> list[str]:
    text = SAMPLE.read_text(encoding="utf-8")
    return [line.strip() for line in text.split("\n") if line.strip()]


CELLS = EDGE_CELLS + _sample_cells() + _synthetic_cells()


def _variants(text: str) -> list[str]:
    return [text, text.upper(), text.lower(), text.replace("е", "ё"), text.replace(" ", "\n")]


def _in_person_by_alternation(lowered: list[str]) -> bool:
    """The reference: no stem of _FORMAT_STEM_UNFOLDED in any cell, each searched by itself."""
    return not any(classify._FORMAT_STEM_UNFOLDED.search(t) for t in lowered)


def test_format_pretest_by_rarest_letter_equals_the_alternation_per_cell():
    texts = CELLS + [v for text in EDGE_CELLS for v in _variants(text)]
    groups = [texts[k:k + 4] for k in range(0, len(texts), 3)] + [[t] for t in texts]
    for group in groups:
        lowered = [lemmas.caseless_text(t) for t in group]
        if None in lowered:
            continue  # the pre-test runs only on plain cells
        fast = not classify._FORMAT_STEM_UNFOLDED_RARE.search("\n".join(lowered))
        assert fast == _in_person_by_alternation(lowered), group


@pytest.mark.parametrize("stem", classify.FORMAT_STEMS)
@pytest.mark.parametrize("around", [
    pytest.param("{}", id="alone"), pytest.param("в {}ом формате", id="inside"),
    pytest.param("проведено.\n{}", id="after_newline"), pytest.param("х{}х", id="glued"),
])
def test_every_stem_is_found_from_its_rarest_letter_in_every_spelling(stem, around):
    for spelled in {stem, stem.replace("е", "ё")}:
        text = around.format(spelled)
        assert classify._FORMAT_STEM_UNFOLDED_RARE.search(text), text
        cut = text.replace(spelled, spelled[:-1] + "\n" + spelled[-1])  # a stem cut by a join is no stem
        assert bool(classify._FORMAT_STEM_UNFOLDED_RARE.search(cut)) == bool(classify._FORMAT_STEM_UNFOLDED.search(cut))


@pytest.mark.parametrize("stems", [
    pytest.param(("абв", "вба", "ббб"), id="shared_letters"),
    pytest.param(("щука", "ёлка", "x-ray", "о"), id="rare_first_latin_one_letter"),
    pytest.param(("телефон", "телемост", "толк"), id="same_rare_letter"),
])
def test_rarest_letter_first_finds_what_the_plain_alternation_finds(stems):
    fast = classify.re.compile(classify._rarest_letter_first(stems))
    plain = classify.re.compile("|".join(classify.re.escape(s) for s in stems))
    texts = CELLS[:400] + ["".join(stems), " ".join(stems), "a" + "-".join(stems)] + list(stems) \
        + [s[:-1] for s in stems] + [s[1:] for s in stems]
    for text in texts:
        assert bool(fast.search(text)) == bool(plain.search(text)), text


def _first_place(raw: str) -> str:
    """The venue's first place, re-spaced and cut as parse_venue cuts it."""
    all_text = " ".join(raw.replace("\u00a0", " ").split())
    separator = geo._PLACE_SEPARATOR.search(all_text)
    return all_text[:separator.start()] if separator else all_text


def test_place_mentions_from_the_cells_words_equal_the_places_own():
    taken = 0
    for raw in CELLS + [v for text in EDGE_CELLS for v in _variants(text)]:
        lemmas.clear_text_caches()  # nothing remembered from another cell
        place = _first_place(raw)
        fast = geo._place_mentions(place, raw)
        lemmas.clear_text_caches()
        assert fast == geo._country_mentions(place), raw
        taken += place != raw and not (geo._geo_words(raw).names or geo._geo_words(raw).cities)
    assert taken > 50  # the shortcut is taken on many cells, not only on the ones that fall back


def test_venue_country_is_the_first_foreign_place_its_own_mentions_name():
    """parse_venue with the shortcut against the country read from the place's own mentions."""
    foreign_venues = 0
    for raw in CELLS + [v for text in EDGE_CELLS for v in _variants(text)]:
        lemmas.clear_text_caches()
        place = _first_place(raw)
        named = [m.code for m in geo._country_mentions(place)
                 if m.code != geo.HOME_COUNTRY and geo._names_a_place(place, m)]
        lemmas.clear_text_caches()
        venue = geo.parse_venue(raw, with_region=False)
        if named:
            foreign_venues += 1
            assert venue.country == named[0], raw
    assert foreign_venues > 20


def test_country_mentions_are_immutable_tuples_with_the_dataclass_fields():
    mentions = geo.country_mentions("делегация Республики Беларусь, белорусских партнеров и гости из г. Харбина")
    assert [m.kind for m in mentions] == ["name", "adjective", "city"]
    assert [m._asdict() for m in mentions][0] == {"code": "BY", "start": 10, "end": 29, "kind": "name"}
    with pytest.raises(AttributeError):
        mentions[0].code = "RU"
    assert not dataclasses.is_dataclass(mentions[0])


@pytest.mark.parametrize("bare_numbers", [pytest.param(True, id="count_column"), pytest.param(False, id="cell")])
def test_absent_count_column_reads_as_what_find_counts_gives(bare_numbers):
    assert attendance.find_counts("", bare_numbers=bare_numbers) == []
    assert attendance.parse_attendance("", bare_numbers=bare_numbers) == attendance.Attendance(None, False, None, None)


def test_may_lemmatise_into_without_pieces_equals_the_pieces():
    """Every word of the cells and its paradigm-prefixed forms ('по…', 'наи…'), against the starts
    of the country adjectives, the foreign regions and a few short keys."""
    words = {w for text in CELLS for w in lemmas.words(text)}
    words |= {prefix + w for w in list(words)[:500] for prefix in ("по", "наи", "ПО")} | {"", "а", "по", "наи", "ё"}
    for starts in (geo._adjective_starts(), geo._region_starts(), frozenset({"бе", "в", "наи", "ёж"})):
        for word in words:
            assert lemmas.may_lemmatise_into(word, starts) == lemmas._may_lemmatise_into_by_pieces(word, starts), word


# SYNTHETIC names written surname first, spaced and glued every way.
NAME_CELLS = [
    "Анохин В.Н., Петрова Е.В. – министр; АНОХИН В.Н.; ООО В.Н.",
    "«Анохин В.Н.» и -Петров А.Б., .Сидоров В.Г., Иванов-Петров А.А.; ИВАНОВ-ПЕТРОВ А.А.",
    "Петров \t\n  А.Б.", "Петров\n\nА.Б.", "ПетровА.Б.", "Петров А. Б.", "Петров А.Б. Сидоров",
    "А.Б.В.Г. Петров В.Г.Д.", "Петров А.Б.В.", "абвПетров А.Б.", "Петров-Водкин К.С.", "Петров-водкин К.С.",
    "Ли А.Б.", "Петров       А.Б.", "Петров\u00a0А.Б. и Сидоров\u00a0\u00a0В.Г.", "Ёлкин Ё.Ё.",
    "Губернатора Анохина Василия Николаевича, Ивановна-Петровна, 2Петровна, основных главным внимание",
]


def test_surnames_first_from_the_initials_equal_the_pattern_over_the_cell():
    texts = CELLS + NAME_CELLS + [text[k:] for text in NAME_CELLS for k in range(len(text))]
    for text in [v for text in texts for v in (text, text.upper(), text.swapcase())]:
        fast = [(m.span(), m.groupdict()) for m in officials._surnames_first(text)]
        assert fast == [(m.span(), m.groupdict()) for m in officials._SURNAME_FIRST.finditer(text)], text


def test_a_cell_whose_words_hold_no_patronymic_has_none():
    said_none = 0
    texts = CELLS + NAME_CELLS + [text[k:] for text in NAME_CELLS for k in range(len(text))]
    for text in [v for text in texts for v in (text, text.upper(), text.swapcase())]:
        if not officials._may_name_patronymic(text):
            said_none += 1
            assert officials._PATRONYMIC.search(text) is None, text
        assert officials._may_name_patronymic(text) or not officials._full_names(text), text
    assert said_none > 100  # the shortcut is taken


# SYNTHETIC date cells: every token kind, cases, months written short, glued and spaced.
DATE_CELLS = [
    "5-9 января 2015 года", "28 декабря – 10 января 2025 г.", "01.10–03.10.2024", "10–12.2024",
    "ОКТ. 2024, сент., нояб., мар. 2025", "с 3 по 5 МАЯ 2024 г.; до 7 июня", "15:00, в 15.00, 10.00–12.00 ч",
    "12.XI.2024", "II декада октября", "3-х дней в августе", "2025г.5июля3.07.2025г.", "Май—Июнь 2024−2025",
    "фев февр апр авг сен сент окт ноя нояб дек янв", "ᲃентября 2024", "", " ",
]


def test_date_tokens_found_from_their_first_character_equal_the_branches():
    texts = CELLS + DATE_CELLS + [t[k:] for t in DATE_CELLS for k in range(len(t))]
    for text in [v for t in texts for v in (t, t.upper(), t.capitalize())]:
        for fast, reference in ((dates._TOKEN, dates._TOKEN_REFERENCE),
                                (lemmas.case_sensitive(dates._TOKEN), lemmas.case_sensitive(dates._TOKEN_REFERENCE))):
            assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == \
                [(m.span(), m.lastgroup) for m in reference.finditer(text)], text


def _search_text_by_list(parts: list[str], countries: list[str]) -> str:
    """normalize.search_text as first written: every lemma in one list, made unique at the end."""
    names = geo.country_names()
    found: list[str] = []
    for part in parts:
        found += lemmas.lemmas_of_text(part)
    for code in countries:
        if code in names:
            found += lemmas.lemmas_of_text(names[code][0])
    return " " + " ".join(dict.fromkeys(found)) + " "


@pytest.mark.parametrize("countries", [
    pytest.param([], id="none"), pytest.param(["BY"], id="one"), pytest.param(["KZ", "BY", "XX", "CN"], id="several_and_unknown"),
])
def test_search_text_read_where_the_lemmas_are_equals_the_one_list(countries):
    from etl.normalize import search_text

    for k in range(0, len(CELLS) - 4, 3):
        parts = ["Культура и туризм", *CELLS[k:k + 4]]
        assert search_text(parts, countries) == _search_text_by_list(parts, countries), parts
    assert search_text([], countries) == _search_text_by_list([], countries)
