"""The organisations step's second round of shortcuts gives exactly what the slow ways gave.

Each shortcut is checked against the plain way it replaces, on every cell of the real sample, on
cells of SYNTHETIC reports of other regions (etl.synth), on every form of every organisation noun
and reference name, and on SYNTHETIC hand-written cells (quotes, legal forms, abbreviations, long
names). bench/etl_oracle.py compares the whole step on many reports; these say which shortcut broke.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from etl import lemmas, organisations
from etl.read import read_bytes
from etl.synth import synthetic_regions, synthetic_report, to_text

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"


def _report_cells(name: str, data: bytes) -> list[str]:
    return [lemmas.matching_form(cell) for row in read_bytes(data, name).grid.rows for cell in row.cells
            if cell.strip()]


# SYNTHETIC cells written by hand around what the shortcuts skip or cut.
HAND_CELLS = [
    "Делегация ОАО «Минский автомобильный завод» – управляющая компания холдинга «БЕЛАВТОМАЗ» посетила "
    "Смоленский областной драматический театр имени А.С. Грибоедова.",
    "Встреча с Чрезвычайным и Полномочным Послом Республики Беларусь в Российской Федерации; "
    "подписано соглашение между Министерством цифрового развития, связи и массовых коммуникаций "
    "Российской Федерации и Витебским облисполкомом (ВОИК).",
    "СОГАУ «Дворец спорта «Юбилейный», ООО ПКФ «Канпласт», ОГБУК «Смоленская областная универсальная "
    "научная библиотека им. А.Т. Твардовского», МБОУ \"СШ № 5\"",
    "в рамках СНГ и ЕАЭС, Содружество Независимых Государств, МИД России, ТПП РФ, ЮНЕСКО",
    "Siemens AG, Huawei Technologies Co., Ltd. и компания Orbis Sp. z o.o. провели переговоры",
    "на базе Магілёўскага дзяржаўнага ўніверсітэта імя А.А. Куляшова; 'Гомсельмаш', ‘Белшина’",
    "Историко-\nархитектурного музея-заповедника «Смоленская крепость»; провинции Шаньдун, штата Гоа",
    "Делегация белорусских предприятий и учреждений культуры, компании Чуйской области",
    "Министерства труда и занятости населения Смоленской области и Псковской областной универсальной "
    "научной библиотеки, администрации г. Смоленска, Управления МВД России по Смоленской области",
    "Культурно-выставочный центр «Губернский»» , выставка «Партизанское движение на Смоленщине», "
    "№ 7, Café «Müller²», ᲃорок, театр танца «Rara Avis»",
    "Республиканским унитарным предприятием «Центр цифрового развития» (ЦЦР) в лице генерального "
    "директора; Свободной экономической зоны «Могилев» (СЭЗ)",
    "Областного исполнительного комитета. Областного … комитета по делам молодежи и "
    "гражданско-патриотическому воспитанию при Правительстве",
]


def _cells() -> list[str]:
    """Every cell of the real sample, of six SYNTHETIC reports of other regions, and HAND_CELLS."""
    cells = _report_cells(SAMPLE.name, SAMPLE.read_bytes())
    regions = synthetic_regions()
    for i in range(6):
        report = synthetic_report(regions[(i * 7 + 3) % len(regions)], 2016 + i, 1 + i % 4, seed=83)
        cells += _report_cells(f"synthetic_{i}.txt", to_text(report).encode("utf-8"))
    return list(dict.fromkeys(cells + [lemmas.matching_form(cell) for cell in HAND_CELLS]))


CELLS = _cells()


def _words() -> list[str]:
    """Every word of CELLS, every form of every organisation noun and of every reference name's first
    word (as written, capitalised and in capitals), and SYNTHETIC words around their beginnings."""
    words = {word for cell in CELLS for word in lemmas.words(cell)}
    keys = list(organisations._heads()) + list(organisations._reference_index())
    for key in keys:
        for parsed in lemmas.morph().parse(key):
            for form in parsed.lexeme:
                words |= {form.word, form.word.capitalize(), form.word.upper(), form.word.replace("е", "ё")}
    rng = random.Random(13)
    starts = sorted(words)
    for _ in range(3_000):
        word = rng.choice(starts)
        words.add(word[:rng.randint(1, len(word))] + "".join(rng.choice("аеиоуяьйнкстл") for _ in range(rng.randint(0, 4))))
        words.add("по" + word.lower())
    for _ in range(1_000):  # SYNTHETIC compounds: 'усадьбы-музея', 'Дом-интернат', 'северо-музей'
        first, second = rng.choice(starts), rng.choice(starts)
        words.add(f"{first}-{second}")
    words |= {"Музей-усадьба", "усадьбы-музея", "Доме-музее", "школы-интерната", "Северо-Западный", "-музей", "музей-",
              "бизнес-миссия"}
    return sorted(words)


WORDS = _words()


def _head_of_reference(word: str):
    if organisations.contraction(word) is not None:  # 'Гомоблисполкома', 'Минздрава', 'МИД'
        return organisations._CONTRACTED_HEAD
    head = organisations._heads().get(lemmas.lemma(word))
    if head is None and "-" in word and word.split("-", 1)[0]:  # 'Дом-музей': its first part a head
        head = organisations._heads().get(lemmas.lemma(word.split("-", 1)[0]))
    return head if head is not None and "NOUN" in organisations._word_info(word)[2] else None


def test_head_of_skips_only_words_that_cannot_be_heads():
    """_head_of does not lemmatise a word whose beginning no form of a head noun has; the slow way
    looks every word's lemma up."""
    assert len(WORDS) > 5_000
    differ = [word for word in WORDS if organisations._head_of(word) != _head_of_reference(word)]
    assert differ == []


def test_marker_equals_the_lemma_look_ups():
    """_marker's listed bit without the lemma of a word no reference name can start with."""
    def reference(word):
        head = organisations._HEAD if _head_of_reference(word) is not None else 0
        return head | (organisations._LISTED if lemmas.lemma(word) in organisations._reference_index() else 0)

    differ = [word for word in WORDS if organisations._marker(word) != reference(word)]
    assert differ == []
    assert any(organisations._marker(word) & organisations._LISTED for word in WORDS)
    assert any(organisations._marker(word) & organisations._HEAD for word in WORDS)


def _random_texts(seed: int, pieces: list[str], count: int, longest: int = 16) -> list[str]:
    """SYNTHETIC strings of random pieces."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(count)]


_FORM_PIECES = ["ООО", "ОАО", " ", "  ", "\n", "\t", "\u00a0", "«", "»", "\"", "“", "”", "„", "ФГБОУ", " ВО", "ОсОО",
                "ПКФ", "МБОУ", "ОГБУК", "ГУО", "СОГАУ", "ОБУК", "КГБПОУ", "Смоленский", " театр", "с", "Ё", "А",
                "делегация", ",", "-", "ИП", " " * 45, "АБВГД" * 9, "Siemens", "Ltd.", "abc", "ab c", "ДК"]


@pytest.mark.parametrize("texts", [
    pytest.param(CELLS, id="sample-and-synthetic-cells"),
    pytest.param(_random_texts(71, _FORM_PIECES, 6_000), id="synthetic-forms-quotes-and-long-spaces"),
])
def test_legal_form_matches_equal_scanning_the_whole_cell(texts):
    """_legal_form_matches searches only before the quotes a capital precedes; the slow way runs the
    legal-form pattern over every position of the cell."""
    def spans(matches):
        return [(m.span(), m.group("form"), m.group("extra")) for m in matches]

    found = 0
    for text in texts:
        expected = spans(organisations._abbreviation_pattern().finditer(text))
        assert spans(organisations._legal_form_matches(text)) == expected, text
        found += len(expected)
    assert found > 50


@pytest.mark.parametrize("texts", [
    pytest.param(CELLS, id="sample-and-synthetic-cells"),
    pytest.param(_random_texts(72, _FORM_PIECES, 3_000), id="synthetic-pieces"),
])
def test_latin_letters_pattern_equals_three_in_a_row(texts):
    """The written-out pattern finds the same three Latin letters as [A-Za-z]{3}."""
    import re

    reference = re.compile(r"[A-Za-z]{3}")
    for text in texts:
        assert organisations._LATIN_LETTERS.search(text) is not None \
            and organisations._LATIN_LETTERS.search(text).span() == reference.search(text).span() \
            or (organisations._LATIN_LETTERS.search(text) is None and reference.search(text) is None), text


def _mention(name: str, key: str, role: str = "participant") -> organisations.OrgMention:
    return organisations.OrgMention(name=name, legal_form=None, country="BY", kind="executive", side="foreign",
                                    role=role, surface=name, key=key)


def _merge_reference(by_event):
    """merge_report_aliases's spelling and role merge as it was: a Counter per key, most_common(1),
    and the twin found by scanning the event's merged list (SYNTHETIC names)."""
    from collections import Counter
    from dataclasses import replace

    spellings = {}
    for mentions in by_event.values():
        for m in mentions:
            spellings.setdefault(m.key, Counter())[m.name] += 1
    canonical = {key: counter.most_common(1)[0][0] for key, counter in spellings.items()}
    out = {}
    for n, mentions in by_event.items():
        merged = []
        for m in mentions:
            changed = m if m.name == canonical[m.key] else replace(m, name=canonical[m.key])
            twin = next((x for x in merged if x.key == changed.key), None)
            if twin is None:
                merged.append(changed)
            elif organisations.ROLES.index(changed.role) < organisations.ROLES.index(twin.role):
                merged[merged.index(twin)] = replace(twin, role=changed.role)
        out[n] = merged
    return out


def _random_reports(seed: int, count: int):
    rng = random.Random(seed)
    spellings = {"k1": ["Витебский облисполком", "Витебский областной исполнительный комитет"],
                 "k2": ["ОАО «Белшина»", "Белшина", "«Белшина»"],
                 "k3": ["Министерство культуры", "Министерство Культуры"]}
    for _ in range(count):
        yield {n: [_mention(rng.choice(spellings[key]), key, rng.choice(organisations.ROLES))
                   for key in rng.choices(list(spellings), k=rng.randint(0, 5))]
               for n in range(1, rng.randint(1, 8))}


def test_report_spellings_and_roles_merge_as_with_counters():
    """Ties of spellings go to the one used first; the strongest role wins within an event."""
    tie = {1: [_mention("Белшина", "k2")], 2: [_mention("ОАО «Белшина»", "k2")],
           3: [_mention("ОАО «Белшина»", "k2", "host"), _mention("Белшина", "k2", "counterpart")]}
    merged = organisations.merge_report_aliases(tie)
    assert [m.name for m in merged[1]] == ["Белшина"] and [m.role for m in merged[3]] == ["counterpart"]
    for by_event in _random_reports(5, 2_000):
        assert organisations.merge_report_aliases(by_event) == _merge_reference(by_event), by_event


def test_names_a_place_remembered_equals_asking_again():
    """_names_a_place is remembered per word; its geo look-ups asked afresh agree on every word."""
    capitalised = [word for word in WORDS if word[:1].isupper()][:3_000]
    answers = [organisations._names_a_place(word) for word in capitalised]
    assert answers == [organisations._names_a_place.__wrapped__(word) for word in capitalised]
    assert any(answers) and not all(answers)


def test_plain_token_tuples_read_as_the_named_tokens():
    """The parse's tokens are plain tuples; every head's phrase and tail read from them equal those
    read from the named Tokens of the slow way (_TOKEN over the cell)."""
    checked = 0
    for text in CELLS:
        tuples, heads, _ = organisations._cell_token_tuples(text, lemmas.words(text))
        named = [organisations.Token(m.group(0), m.start(), m.end(), m.group(0)[:1].isalnum())
                 for m in organisations._TOKEN.finditer(text)]
        assert tuples == named, text
        for i in heads:
            kind, descriptor = organisations._head_of(named[i].text)
            assert organisations._tail(text, tuples, i, kind) == organisations._tail(text, named, i, kind), text
            assert organisations._phrase(text, tuples, i, kind, descriptor) \
                == organisations._phrase(text, named, i, kind, descriptor), text
            checked += 1
    assert checked > 500


def test_word_cases_are_plain_strings_equal_to_the_grammemes():
    """_word_info's cases are plain str (no Python-level comparison per element), the same set as
    pymorphy3's own grammemes: those of the first four parses, and of an adjective's or participle's
    later parses (its other same-sounding case forms, tests/etl/test_etl_organisations_case_forms.py)."""
    for word in WORDS[::7]:
        cases = organisations._word_info(word)[1]
        assert all(type(case) is str for case in cases), word
        every = organisations._stressed_ending_first(lemmas.parse(word))
        paradigms = {(p.normal_form, p.tag.POS) for p in every[:4] if p.tag.POS in ("ADJF", "PRTF")}
        expected = {p.tag.case for p in every[:4] if p.tag.case} | {
            p.tag.case for p in every[4:] if p.tag.case and (p.normal_form, p.tag.POS) in paradigms}
        assert cases == frozenset(expected), word


def test_head_gender_and_number_are_plain_strings_equal_to_the_grammemes():
    """_head_nominative gives the adjectives plain-str gender and number, equal to pymorphy3's."""
    heads = [word for word in WORDS if organisations._head_of(word)][:500]
    assert len(heads) > 100
    for word in heads:
        _, gender, number = organisations._head_nominative(word)
        parsed = next(p for p in lemmas.parse(word) if p.tag.POS == "NOUN" and p.tag.case)
        assert type(number) is str and number == (parsed.tag.number or "sing"), word
        assert gender == parsed.tag.gender and (gender is None or type(gender) is str), word


@pytest.mark.parametrize("texts", [
    pytest.param(CELLS, id="sample-and-synthetic-cells"),
    pytest.param(_random_texts(74, ["Министерства", " ", ", ", ". ", " «", "» ", "\u00a0", "\u2009", "\t", "\n",
                                    "²", "é", "(", ")", "–", "№", "-", "ᲃ", "«", "»"], 4_000), id="synthetic-gaps"),
])
def test_cell_token_tuples_with_remembered_gaps_equal_the_token_pattern(texts):
    """The characters between two words are read once per kind of gap; the slow way matches _TOKEN
    over the whole cell."""
    for text in texts:
        tuples, _, _ = organisations._cell_token_tuples(text, lemmas.words(text))
        assert tuples == [(m.group(0), m.start(), m.end(), m.group(0)[:1].isalnum())
                          for m in organisations._TOKEN.finditer(text)], text
