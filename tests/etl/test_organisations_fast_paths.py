"""The organisations step's shortcuts give exactly what the slow ways gave.

Each shortcut of etl/organisations.py is checked against the plain way it replaces, on every cell of
the real sample, on cells of SYNTHETIC reports of other regions (etl.synth), and on SYNTHETIC strings
built from the pieces that make the shortcut's edge cases (quotes of every kind, hyphens, Belarusian
letters, capitals before quotes, host cues). bench/etl_oracle.py compares the whole step's results
on every cell of many reports; these tests say which shortcut broke.
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


def _cells() -> list[str]:
    """Every cell of the real sample and of six SYNTHETIC reports of other regions."""
    cells = _report_cells(SAMPLE.name, SAMPLE.read_bytes())
    regions = synthetic_regions()
    for i in range(6):
        report = synthetic_report(regions[(i * 5 + 1) % len(regions)], 2017 + i, 1 + i % 4, seed=41)
        cells += _report_cells(f"synthetic_{i}.txt", to_text(report).encode("utf-8"))
    return list(dict.fromkeys(cells))


CELLS = _cells()


def _random_texts(seed: int, pieces: list[str], count: int, longest: int = 16) -> list[str]:
    """SYNTHETIC strings of random pieces."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_cell_tokens_equal_the_tokens_and_marks_of_the_slow_way():
    """_cell_tokens walks the cached words once; the slow way matches _TOKEN over the cell and marks
    heads and listed first words by their start in word_tokens (lemmas.tokens)."""
    def reference(text):
        tokens = [organisations.Token(m.group(0), m.start(), m.end(), m.group(0)[:1].isalnum())
                  for m in organisations._TOKEN.finditer(text)]
        index_at = {token.start: i for i, token in enumerate(tokens)}
        marked = [(start, organisations._marker(word)) for word, start, _ in lemmas.tokens(text)]
        heads = [index_at[start] for start, mark in marked if mark & organisations._HEAD and start in index_at]
        listed = [start for start, mark in marked if mark & organisations._LISTED]
        return tokens, heads, listed

    pieces = ["Министерства", " образования", " Витебского", " облисполкома", "«", "»", "\"", "“", "”", "„",
              "-", " ", "\u00a0", "\t", "\n", "№", "5", "ОАО", ",", ".", "Магілёўскі", "і", "café", "²", "а-б",
              "Китай-", "(", ")", "–", "ЕАЭС", " СНГ", "театр", "университета", "ᲃ"]
    for text in CELLS + _random_texts(61, pieces, 4_000):
        assert organisations._cell_tokens(text, lemmas.words(text)) == reference(text), text


def _quoted_end_reference(text: str, start: int) -> int | None:
    """The character-by-character walk quoted_end made for «…» before it jumped between guillemets."""
    limit = min(len(text), start + 300)
    if text[start] != "«":
        return organisations.quoted_end(text, start)
    depth = 0
    for i in range(start, limit):
        char = text[i]
        if char == "«":
            depth += 1
        elif char == "»":
            depth -= 1
            if depth == 0:
                return i + 1
            if organisations._AFTER_NAME.match(text, i + 1) and text[i + 1:i + 2] != "»":
                return i + 1
    return None


def test_quoted_end_jumping_between_guillemets_equals_the_character_walk():
    pieces = ["«", "»", "«", "»", "ОАО ", "Завод", " ", ",", "\n", "а", "»,", "» и", "».", "» –", " Б", "x" * 120]
    texts = CELLS + _random_texts(67, pieces, 6_000, longest=20)
    for text in texts:
        for start in (i for i, char in enumerate(text) if char == "«"):
            assert organisations.quoted_end(text, start) == _quoted_end_reference(text, start), (text, start)


def test_host_stems_are_in_every_host_cue():
    """_role skips the host searches in a cell without any of _HOST_STEMS: every match of the cues,
    in any slice _role reads, holds one of the stems, so a cell that _may_host rejects has none."""
    pieces = ["на базе ", "НА  БАЗЕ ", "организатор – ", "Организовано ", "по инициативе ", "на площадке ",
              "в стенах ", "подготовлено ", "посетили ", "посещение ", "визит на ", "экскурсия в ", "провел ",
              "провёл ", "ПРОВЁЛ ", "выступил организатором ", "прошла ", "состоялась ", "проходил ",
              "был организован ", "в ", "во ", "г. Минск ", "ОАО «МАЗ» ", "» ", "Дом дружбы ", "\n", "ᲃ",
              "по приглашению ", "принимающей стороной ", "побывали в ", "в гостях у ", "в актовом зале ",
              "в здании ", "прошла в ", "принял делегацию ", "приняли участие ", "визит делегации "]
    patterns = (organisations._HOST_BEFORE, organisations._HOST_AFTER, organisations._HELD_IN)
    for text in CELLS + _random_texts(71, pieces, 4_000, longest=8):
        if organisations._may_host(text):
            continue
        lowered = lemmas.caseless_text(text)
        for start in range(len(text) + 1):
            for pattern in patterns:
                assert lemmas.search_slice(pattern, text, lowered, start, len(text)) is None, (text, pattern)
                assert lemmas.search_slice(pattern, text, lowered, 0, start) is None, (text, pattern)


def test_capital_before_a_quote_is_in_every_legal_form_match():
    """find_in_text tries the legal forms only in a cell with a capital before a quote."""
    pieces = ["ООО", "ОАО", "ФГБОУ ВО", "ОГБУК", "ОБУК", "ОсОО", " ПКФ", " ", "  ", "\n", "«", "\"", "“", "„",
              "Завод", "»", "а", "5", "-", "РУП"]
    pattern = organisations._abbreviation_pattern()
    for text in CELLS + _random_texts(73, pieces, 6_000, longest=10):
        if pattern.search(text):
            assert organisations._CAPITAL_BEFORE_QUOTE.search(text), text


def _free_heads(text: str, taken: list[tuple[int, int]]) -> list[int]:
    tokens, heads, _ = organisations._cell_tokens(text, lemmas.words(text))
    return [i for i in heads if all(tokens[i].end <= a or tokens[i].start >= b for a, b in taken)]


def test_all_heads_taken_only_when_no_head_is_free():
    """_all_heads_taken counts head nouns by words; the slow way looks at every head's position
    against the names already found. When it answers True no head is free and no listed name can
    start, so the cell needs no tokens."""
    pieces = ["ОГБУК ", "ООО ", "«", "»", "Смоленский ", "областной ", "театр", " драмы", "университета ",
              "Министерства ", "культуры ", "-", "5", " ", ",", "СНГ ", "ЕАЭС", "Siemens AG ", "Китай-"]
    pattern = organisations._abbreviation_pattern()
    answered = 0
    for text in CELLS + _random_texts(79, pieces, 6_000, longest=12):
        taken = []
        for match in pattern.finditer(text):
            end = organisations.quoted_end(text, match.end())
            if end is not None and all(end <= a or match.start() >= b for a, b in taken):
                taken.append((match.start(), end))
        if not taken or not organisations._all_heads_taken(text, lemmas.words(text), taken):
            continue
        answered += 1
        assert _free_heads(text, taken) == [], text
        assert not any(organisations._marker(w) & organisations._LISTED for w in lemmas.words(text)), text
    assert answered > 100  # the shortcut is taken, and checked, on many cells


@pytest.mark.parametrize("words, form", [
    pytest.param(["Республиканское", "унитарное", "предприятие"], "РУП", id="rup"),
    pytest.param(["областного", "государственного", "бюджетного", "учреждения", "культуры"], "ОГБУК", id="ogbuk"),
    pytest.param(["унитарное", "предприятие"], "УП", id="up"),
    pytest.param(["драматический", "театр"], None, id="not_a_form"),
    pytest.param([], None, id="no_words"),
])
def test_legal_form_by_its_words_equals_scanning_the_forms(words, form):
    lemmas_of = tuple(lemmas.lemma(w) for w in words)
    scanned = next((f for f in organisations.legal_forms() if f.words == lemmas_of), None)
    assert organisations._legal_form_of(words) == scanned
    assert (scanned.form if scanned else None) == form


def test_every_long_form_is_found_as_the_first_form_with_its_words():
    for form in organisations.legal_forms():
        found = organisations._legal_form_of(list(form.words))
        assert found == next(f for f in organisations.legal_forms() if f.words == form.words), form


def test_listed_names_from_the_cell_tokens_equal_tokenising_each_window():
    """_listed_in_tokens reads the cell's tokens and tries only the first word's entries; the slow
    way (_listed_in) tokenises 200 characters from each start again and matches from every word.
    Long runs of spaces put window edges inside words; Belarusian letters make starts that are not
    tokens of the cell."""
    pieces = ["СНГ", " ЕАЭС", " МИД России", " МИД Республики Беларусь", "Содружество Независимых Государств",
              " Содружества Независимых", " ТПП РФ", "БелТПП", " НАН Беларуси", " СмолГУ", " и ", ", ", "-",
              " " * 60, "x" * 90, "\n", "і", "«", "»", " Организация Объединённых Наций", " ООН", "(ЕЭК)"]
    edges = [f"в рамках МИД{' ' * gap}России" for gap in range(180, 200)] + [  # the window's edge cuts a word
        f"Содружество Независимых{' ' * gap}Государств" for gap in range(160, 180)]
    checked = 0
    for text in CELLS + edges + _random_texts(83, pieces, 5_000, longest=12):
        tokens, _, listed = organisations._cell_tokens(text, lemmas.words(text))
        if listed:
            checked += 1
            assert organisations._listed_in_tokens(text, tokens, listed) == organisations._listed_in(text, listed), text
    assert checked > 1_000


def test_mention_made_at_once_equals_the_dataclass():
    values = ("Витебский областной исполнительный комитет", "ОАО", "BY", "executive", "foreign", "counterpart",
              "Витебского облисполкома", "витебский областной исполнительный комитет", "ВОИК", ("Отдел культуры",))
    made, plain = organisations._mention(*values), organisations.OrgMention(*values)
    assert made == plain and vars(made) == vars(plain) and hash(made) == hash(plain) and repr(made) == repr(plain)


def test_plural_head_without_a_quote_after_it_would_end_without_a_quoted_name():
    """_phrase returns None at once for a surely plural head with no quote after it; the slow way
    walked the tail first, and a tail ends with a quoted name only at a quote, so it came to the
    plural test with no quoted name and returned None too."""
    pieces = ["белорусских ", "предприятий", " учреждений", " организаций", " культуры", " Смоленской области",
              " «", "»", "\"", " и ", ", ", "Министерства ", "клубов ", "№ 5 ", "театров"]
    checked = 0
    for text in CELLS + _random_texts(89, pieces, 4_000, longest=10):
        tokens, heads, _ = organisations._cell_tokens(text, lemmas.words(text))
        for i in heads:
            head = tokens[i]
            if organisations._word_info(head.text)[4] and not organisations._ANY_QUOTE.search(text, head.end):
                checked += 1
                kind, descriptor = organisations._head_of(head.text)
                assert organisations._tail(text, tokens, i, kind)[1] is None, text
                assert organisations._phrase(text, tokens, i, kind, descriptor) is None, text
    assert checked > 500


def test_only_plural_heads_in_a_cell_without_quotes_name_nobody():
    """find_in_text builds no tokens for a cell without quotes whose head nouns are all surely
    plural; the slow way built them and tried each head, and every phrase came back None."""
    pieces = ["белорусских ", "предприятий", " учреждений", " организаций", " культуры", " Смоленской области",
              " и ", ", ", "Министерства ", "клубов ", "театров", " СНГ", "Магілёўскіх ", "«", "ОАО "]
    answered = 0
    for text in CELLS + _random_texts(97, pieces, 4_000, longest=10):
        if organisations._ANY_QUOTE.search(text) or not organisations._only_plural_heads(text, lemmas.words(text)):
            continue
        tokens, heads, listed = organisations._cell_tokens(text, lemmas.words(text))
        answered += bool(heads)
        assert listed == [], text
        for i in heads:
            kind, descriptor = organisations._head_of(tokens[i].text)
            assert organisations._phrase(text, tokens, i, kind, descriptor) is None, text
    assert answered > 300


def _found_each_cold(texts: list[str], context) -> list[list]:
    found = []
    for text in texts:
        organisations._PHRASE_NAMES.clear()
        found.append(organisations.find_in_text(text, context))
    return found


def test_a_phrase_remembered_from_another_cell_gives_what_a_cold_reading_gives():
    """_phrase remembers a name by the phrase as written (its head, its quoted name, whether a sentence
    starts at it): a phrase met again in another place of another cell — at a sentence start or not,
    after a person's post, before a quote, a comma or a place — is named as if read for the first
    time. Run warm (every text after all the others) and cold (the memory emptied before each)."""
    context = organisations.Context("смоленский", "смоленск")
    phrases = ["Витебского областного исполнительного комитета", "Областного исполнительного комитета",
               "областного исполнительного комитета", "Министерства культуры Республики Беларусь",
               "компании Чуйской области", "белорусских предприятий", "ОАО «Гомсельмаш»",
               "Дом-музей Н.М. Пржевальского", "театра драмы имени Михаила Лермонтова", "Минского университета",
               "Смоленского государственного университета", "религиозное объединение «Белорусская Церковь»",
               "Посольства Республики Беларусь в Российской Федерации", "Главного управления МВД России"]
    joins = [". ", ", ", " и ", " ", "; ", "\n", " директора ", " – ", ": ", " «", "» ", " в ", "1. ", "делегация "]
    rng = random.Random(73)
    texts = ["".join(rng.choice(phrases + joins) for _ in range(rng.randint(1, 7))) for _ in range(1_500)]
    texts += CELLS
    organisations._PHRASE_NAMES.clear()
    cold = _found_each_cold(texts, context)
    for text in texts:  # the memory filled by every text
        organisations.find_in_text(text, context)
    warm = [organisations.find_in_text(text, context) for text in reversed(texts)][::-1]
    assert warm == cold
    assert len(organisations._PHRASE_NAMES) < sum(len(spans) for spans in cold)  # phrases do repeat


def test_a_remembered_phrase_is_forgotten_with_the_word_caches():
    """A benchmark measures cold: clear_word_caches() empties the phrases too, and bound_caches() bounds them."""
    context = organisations.Context("смоленский", "смоленск")
    organisations.find_in_text("Делегация Витебского областного исполнительного комитета", context)
    assert organisations._PHRASE_NAMES
    lemmas.clear_word_caches()
    assert not organisations._PHRASE_NAMES
    organisations.find_in_text("Делегация Витебского областного исполнительного комитета", context)
    lemmas.bound_caches(word_limit=0)
    assert not organisations._PHRASE_NAMES
