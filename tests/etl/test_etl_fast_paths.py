"""The parser's fast paths give exactly what the slow ones gave.

Speed-ups that must not change a result: IGNORECASE patterns run without the flag on lower-cased
text (lemmas.search_caseless), stem prefilters before slow scans (lemmas.may_match, the format
stems), str.replace instead of translate, words() beside tokens(). Each is checked against the
plain way on real cells of the sample and on SYNTHETIC strings with every case flipped, ё, dashes,
NBSP, Latin look-alikes and the characters re equates with Cyrillic letters ('ᲃ' ~ 'с').
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from etl import attendance, classify, dates, geo, layout, lemmas, normalize, officials, organisations, title

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"

# Every IGNORECASE pattern a parser now runs through search_caseless / case_sensitive.
CASELESS_PATTERNS = {
    "attendance._FOREIGN_WORD": attendance._FOREIGN_WORD,
    "attendance._HOME_WORD": attendance._HOME_WORD,
    "attendance._COUNT_LABEL": attendance._COUNT_LABEL,
    "attendance._SUBSET_CUE": attendance._SUBSET_CUE,
    "attendance._TOTAL_CUE": attendance._TOTAL_CUE,
    "attendance._ONLINE": attendance._ONLINE,
    "attendance._IN_PERSON": attendance._IN_PERSON,
    "attendance._SUBSET_STOP": attendance._SUBSET_STOP,
    "geo._HISTORY": geo._HISTORY,
    "geo._PARTICIPANT_CUE": geo._PARTICIPANT_CUE,
    "geo._UNNAMED_FOREIGN": geo._UNNAMED_FOREIGN,
    "normalize._TOTAL_WORD": normalize._TOTAL_WORD,
    "classify._SIGNED": classify._SIGNED,
    "classify._VERBAL": classify._VERBAL,
    "classify._HISTORIC": classify._HISTORIC,
    "classify._NOT_DONE": classify._NOT_DONE,
    "classify._NEGATED": classify._NEGATED,
    "dates._TOKEN": dates._TOKEN,
    "organisations._AGREEMENT": organisations._AGREEMENT,
    "organisations._SIGNING": organisations._SIGNING,
    "organisations._HOST_BEFORE": organisations._HOST_BEFORE,
    "organisations._HOST_AFTER": organisations._HOST_AFTER,
    "organisations._HELD_IN": organisations._HELD_IN,
    "organisations._IN_BEFORE": organisations._IN_BEFORE,
    "officials._NAMED_AFTER": officials._NAMED_AFTER,
    "officials._COMMEMORATED": officials._COMMEMORATED,
    "officials._ROLE_BOUNDARY": officials._ROLE_BOUNDARY,
}

HOSTILE_CASES = [
    "Всего 120 человек", "ИТОГО: 45 участников", "в т.ч. иностранных – 12", "В Т.Ч. ИНОСТРАННЫХ – 12",
    "XIX век, партизаны", "в xix веке", "Из Беларуси", "ИЗ БЕЛАРУСИ прибыли", "Из-За Рубежа",
    "Общее количество участников – 500 человек", "ОНЛАЙН-трансляция", "в очном формате",
    "Количество Зрителей – 300", "из них 12 – из Республики Казахстан", "гРАЖДАН рф", "граждан РФ",
    "ᲃвыше 40 человек", "иноᲃтранные гоᲃти", "İnternet online", "ſвыше", "Ǉ", "ẞ", "Pоссия",
    "\u00a0всего\u00a0150\u2013200 чел.", "ВСЕГО\u2009—\u200950", "ёлка Ёж", "ОбЩее КоЛиЧеСтВо ЧиСлО 5 —",
]


def _cells() -> list[str]:
    text = SAMPLE.read_text(encoding="utf-8")
    return [line.strip() for line in text.split("\n") if line.strip()]


def _case_variants(texts: list[str], seed: int = 7) -> list[str]:
    """SYNTHETIC: each text as written, upper-cased, and with a random half of its letters flipped."""
    rng = random.Random(seed)
    out = []
    for text in texts:
        flipped = "".join(ch.swapcase() if rng.random() < 0.5 else ch for ch in text)
        out += [text, text.upper(), flipped]
    return out


CORPUS = _case_variants(_cells() + HOSTILE_CASES)


def _spans(match: re.Match | None) -> tuple | None:
    if match is None:
        return None
    return (match.span(),) + tuple(match.span(g) for g in range(1, (match.re.groups or 0) + 1))


@pytest.mark.parametrize("name", list(CASELESS_PATTERNS))
def test_search_caseless_finds_the_same_spans(name):
    pattern = CASELESS_PATTERNS[name]
    assert pattern.flags & re.IGNORECASE
    differing = [text for text in CORPUS
                 if _spans(lemmas.search_caseless(pattern, text)) != _spans(pattern.search(text))]
    assert differing == []


AGREEMENT_CASES = [
    "Подписано Соглашение о сотрудничестве", "ПОДПИСАН МЕМОРАНДУМ", "заключён договор; не подписан протокол",
    "со дня подписания Договора", "Достигнута договорённость о визите", "не достигнуто соглашение",
    "ДОГОВОРИЛИСЬ о встрече", "планируется подписание дорожной карты", "подпиᲃан договор",
]


@pytest.mark.parametrize("name", list(CASELESS_PATTERNS))
def test_finditer_caseless_finds_the_same_matches(name):
    """Every match, not only the first: the agreement rules walk them all."""
    pattern = CASELESS_PATTERNS[name]
    differing = [text for text in CORPUS + _case_variants(AGREEMENT_CASES)
                 if [_spans(m) for m in lemmas.finditer_caseless(pattern, text, lemmas.caseless_text(text))]
                 != [_spans(m) for m in pattern.finditer(text)]]
    assert differing == []


def test_search_slice_is_search_caseless_of_the_slice():
    rng = random.Random(3)
    for text in CORPUS[:600]:
        lowered = lemmas.caseless_text(text)
        for _ in range(3):
            start = rng.randrange(len(text) + 1)
            end = rng.randrange(start, len(text) + 1)
            for pattern in CASELESS_PATTERNS.values():
                assert _spans(lemmas.search_slice(pattern, text, lowered, start, end)) == \
                    _spans(lemmas.search_caseless(pattern, text[start:end])), (text, start, end)


@pytest.mark.parametrize("with_words", [pytest.param(False, id="digits"), pytest.param(True, id="number_words")])
def test_count_pattern_without_the_flag_finds_the_same_counts(with_words):
    slow = attendance._count_pattern(with_words)
    fast = attendance._count_pattern(with_words, caseless=False)
    for text in CORPUS + ["Более Двадцати Пяти человек", "ОКОЛО ТЫСЯЧИ зрителей", "свыше 1 200 чел."]:
        lowered = lemmas.caseless_text(text)
        if lowered is None:
            continue
        assert [_spans(m) for m in fast.finditer(lowered)] == [_spans(m) for m in slow.finditer(text)], text


@pytest.mark.parametrize("text, expected", [
    pytest.param("Около 40 человек", "около 40 человек", id="plain"),
    pytest.param("ᲃорок", None, id="wide_es_equals_es_under_ignorecase"),
    pytest.param("İstanbul", None, id="dotted_capital_i_lowers_to_two_characters"),
    pytest.param("ſвыше", None, id="long_s_equals_s_under_ignorecase"),
    pytest.param("15\u201317 мая\u00a0", "15\u201317 мая\u00a0", id="dashes_and_nbsp_are_plain"),
])
def test_caseless_text_refuses_text_where_lower_is_not_enough(text, expected):
    assert lemmas.caseless_text(text) == expected


@pytest.mark.parametrize("source, expected", [
    pytest.param(r"\b(?:XIX|XX)\s+век", r"\b(?:xix|xx)\s+век", id="letters_lowered"),
    pytest.param(r"\S+\W\D", r"\S+\W\D", id="escapes_kept"),
    pytest.param(r"(?P<Noun>[А-ЯЁ]+)(?P=Noun)", r"(?P<Noun>[а-яё]+)(?P=Noun)", id="group_names_kept"),
])
def test_case_sensitive_lowers_only_letters(source, expected):
    assert lemmas.case_sensitive(re.compile(source, re.IGNORECASE)).pattern == expected


@pytest.mark.parametrize("pattern, stems, samples", [
    pytest.param(classify._SIGNED, classify._SIGNED_STEM,
                 ["Подписано соглашение", "ЗАКЛЮЧЁН ДОГОВОР", "договор был заключен", "подпиᲃан меморандум",
                  "Пролонгирован договор", "продлено действие соглашения", "ДОГОВОР ПРОЛОНГИРОВАН"],
                 id="signed"),
    pytest.param(classify._VERBAL, classify._VERBAL_STEM,
                 ["Достигнута договоренность", "ДОГОВОРИЛИСЬ", "пришли к согласию", "согласовали"],
                 id="verbal"),
])
def test_agreement_stems_never_hide_a_match(pattern, stems, samples):
    for text in CORPUS + _case_variants(samples):
        folded = lemmas.fold_lookalikes(text)
        if pattern.search(folded):
            assert lemmas.may_match(folded, stems), text


@pytest.mark.parametrize("pattern, stems, samples", [
    pytest.param(geo._HISTORY, geo._HISTORY_STEM,
                 ["в годы Великой Отечественной войны", "XIX век", "в 90-х годах", "1941 г.", "1812–1815",
                  "XVIII  веке", "в\nгоды", "в 20х годах", "XV век", "в\u00a0отличие от", "по  примеру",
                  "по примеру Японии", "по образцу", "в отличие от Китая", "освободившие", "оккупированной",
                  "блокадного", "интервенции", "захватчиков", "партизанский"], id="history"),
    pytest.param(geo._UNNAMED_FOREIGN, geo._UNNAMED_FOREIGN_STEM,
                 ["иностранные граждане", "ЗАРУБЕЖНЫХ гостей", "из-за рубежа", "различных стран",
                  "иных стран", "стран мира", "других странах", "стран СНГ", "государств – членов ЕАЭС",
                  "ближнего зарубежья", "из-за  рубежа", "африканских стран", "из Латинской Америки",
                  "из Ближнего Востока", "из Европы"], id="unnamed_foreign"),
])
def test_geo_stems_never_hide_a_match(pattern, stems, samples):
    """A cell without one of the stems is never searched: no match may hide there."""
    for text in CORPUS + _case_variants(samples):
        if pattern.search(text):
            assert lemmas.may_match(text, stems), text


def test_format_stems_in_one_alternation_equal_the_in_tests():
    texts = CORPUS + _case_variants(["в режиме видеоконференцсвязи", "ON-LINE", "очно", "гибридный", "line"])
    for text in texts:
        folded = lemmas.fold(text)
        assert bool(classify._FORMAT_STEM.search(folded)) == any(stem in folded for stem in classify.FORMAT_STEMS)


def test_matching_form_leaves_plain_text_as_it_is():
    """The one-scan shortcut: text with no special character and no Latin letter is returned as is,
    and every other text goes through the replacements as before (then its quotes and spaces are
    unified, test_etl_same_meaning.py)."""
    for text in CORPUS + _random_texts(7):
        expected = _lookalikes_reference(_translate_reference(text))
        expected = lemmas._LATIN_FORMAT.sub(lemmas._format_in_cyrillic, lemmas._ONLINE_SPELLING.sub(r"\1нлайн", expected))
        if expected.isupper() and lemmas._CAPITALS_RUN.search(expected):  # a cell in capitals (parser 1.10.29)
            expected = lemmas._CAPITALS_WORD.sub(lemmas._as_in_small_letters, expected)
        expected = lemmas.single_spaced(lemmas.unified_quotes(expected))
        assert lemmas.matching_form(text) == expected, text


def _lookalikes_reference(text: str) -> str:
    return lemmas._LATIN_IN_CYRILLIC.sub(lambda m: m.group(0).translate(lemmas._LOOKALIKES), text)


LOOKALIKE_ALPHABET = "aPoXIёЁ -–—абвРZяЯАж1\n.«\u00ad\u200b\u2010\u2012\u2013\u2014\u2015\u2212\u00a0\u202f\u2009ѐӀ"


def _random_texts(seed: int, count: int = 5_000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(LOOKALIKE_ALPHABET) for _ in range(rng.randint(0, 24))) for _ in range(count)]


def test_cyrillic_lookalikes_equal_the_one_pattern():
    """Latin runs touching a Cyrillic letter on either side, whole: 'Pоссия', 'XIXвек', 'аBCd'."""
    for text in CORPUS + _random_texts(11) + ["Pоссия", "XIX век", "XIXвек", "аBC", "BCа", "аBCа", "Z"]:
        assert lemmas._cyrillic_lookalikes(text) == _lookalikes_reference(text), text


def test_fold_lookalikes_shortcut_equals_the_replacements():
    for text in CORPUS + _random_texts(5):
        folded = text.replace("ё", "е").replace("Ё", "Е")
        assert lemmas.fold_lookalikes(text) == _lookalikes_reference(
            folded.translate(str.maketrans(lemmas._DASH_FORMS))), text


def test_format_stems_never_hide_a_format():
    texts = CORPUS + _case_variants(["в режиме видеоконференцсвязи", "в гибридном формате", "Он-лайн", "ON-LINE",
                                     "очно-заочная форма", "досрочно-заочный", "в. режиме видео", "ВКС"])
    for text in texts:
        folded = lemmas.fold(text)
        held = classify._held_text(folded)
        if any(p.search(held) for p in (classify._ONLINE_LOWER, classify._IN_PERSON_LOWER, classify._HYBRID_LOWER)):
            assert any(stem in folded for stem in classify.FORMAT_STEMS), text


def _translate_reference(text: str) -> str:
    invisible = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
    return text.translate(invisible).translate(str.maketrans(lemmas._DASH_FORMS))


def test_replacements_equal_translate():
    rng = random.Random(3)
    alphabet = "aPoёЁ -–—абвРZ\n.\u00ad\u200b\u200c\u200d\u2060\ufeff\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00a0\u202f\u2009"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert lemmas._replace_each(text, lemmas._SPECIAL, lemmas._SPECIAL_FORMS) == _translate_reference(text)


def test_word_spans_found_by_str_find_equal_the_matches():
    """geo._word_span finds a word's span from its earlier occurrences, not by matching every word."""
    rng = random.Random(13)
    pieces = ["Китай", "Китайской", "китай", "-", " ", "--", "Республики", "Беларусь", "а", "1", "ё", "«", "\n",
              "северо-Китай", "Китай-", "-Китай", "Z", "Республики-Беларусь"]
    texts = CORPUS[:300] + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3_000)]
    for text in texts:
        names = lemmas.words(text)
        spans = [m.span() for m in lemmas.WORD.finditer(text)]
        assert [geo._word_span(text, names, i) for i in range(len(names))] == spans, text


def test_tokens_are_the_matches():
    """tokens() takes its spans from words() by str.find: the same spans as matching each word."""
    rng = random.Random(17)
    pieces = ["Китай", "Китайской", "-", " ", "--", "а-б", "ё", "«", "\n", "1", "Z", "-Китай", "Китай-", "ᲃ"]
    texts = CORPUS + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3_000)]
    for text in texts:
        assert lemmas.tokens(text) == tuple((m.group(0), m.start(), m.end()) for m in lemmas.WORD.finditer(text)), text


def test_words_are_the_words_of_tokens():
    for text in CORPUS:
        assert lemmas.words(text) == tuple(word for word, _, _ in lemmas.tokens(text))


# ---- second round (etlcore): digit-anchored count search, number words from words(), one-character-first patterns

COUNT_PIECES = ["более", "чем", "не", "менее", "около", "до", "от", "надо", "свыше", "приблизительно",
                "ориентировочно", "порядка", "почти", " ", "  ", "\n", "\t", "\u2003", "5", "12", "1 200", "3-х",
                "тыс.", "человек", "участников", "в составе", "–", "-", ",", ".", "(", "٣", "x", "ё", "а"]


def _random_count_texts(seed: int, count: int = 20_000) -> list[str]:
    """SYNTHETIC: qualifiers, spaces of every kind, digits (an Arabic-Indic one too) and words in any order."""
    rng = random.Random(seed)
    return ["".join(rng.choice(COUNT_PIECES) + rng.choice(["", " ", "   "]) for _ in range(rng.randint(0, 30)))
            for _ in range(count)]


def test_digit_anchored_count_search_finds_every_match_of_finditer():
    """attendance._digit_counts searches from just before each digit: the same matches as trying
    the pattern at every position, two-word qualifiers across long spaces included."""
    pattern = attendance._count_pattern(False, caseless=False)
    texts = CORPUS + _random_count_texts(19) + ["более" + " " * 70 + "чем 40 человек", "не\n\n менее 5",
                                                 "свыше" + " " * 50 + "7", "около 40, более чем 50 и 60"]
    for text in texts:
        lowered = lemmas.caseless_text(text)
        if lowered is None:
            continue
        assert [_spans(m) for m in attendance._digit_counts(pattern, lowered)] == \
            [_spans(m) for m in pattern.finditer(lowered)], text


def test_number_words_found_from_the_cells_words_as_by_a_scan():
    texts = CORPUS + _random_count_texts(23, 3_000) + [
        "двадцати пяти", "ДВАДЦАТИ", "пяти-шести", "5пять", "пятьX", "четырёх", "Полтора-два", "тысячи\u00a0"]
    for text in texts:
        reference = not attendance.number_word_values().keys().isdisjoint(
            attendance._LOWER_WORD.findall(text.lower()))
        assert attendance.has_number_words(text) == reference, text


SENTENCE_END_REFERENCE = re.compile(r"[.;!?](?=\s+[А-ЯЁ«\d])|[.;](?=\s*\n)|\n(?=\s*[А-ЯЁ])")


def test_sentence_ends_with_the_character_first_are_the_same():
    rng = random.Random(29)
    alphabet = ".;!?\n А1«ая \t"
    texts = CORPUS + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20))) for _ in range(20_000)]
    for text in texts:
        assert [m.span() for m in attendance._SENTENCE_END.finditer(text)] == \
            [m.span() for m in SENTENCE_END_REFERENCE.finditer(text)], text


SETTLEMENT_PIECES = ["г.", "г", ".", "город", "городе", "пос.", "п.", "пгт", "пгт.", "с.", "дер.", "д.", "аг.", "ст.",
                     " ", "(", ",", ";", "\n", "\u00a0", "Полоцк", "Минск-Сити", "Витебск", "а", "Б", "-", "2024"]


def test_settlements_found_from_their_words_are_finditers_matches():
    """geo.settlements tries _SETTLEMENT only where one of its words stands: the same matches as
    finditer over the whole cell, overlapping and adjacent words included."""
    rng = random.Random(31)
    texts = CORPUS + ["".join(rng.choice(SETTLEMENT_PIECES) for _ in range(rng.randint(0, 12)))
                      for _ in range(30_000)]
    for text in texts:
        geo.settlements.cache_clear()
        assert [_spans(m) for m in geo.settlements(text)] == [_spans(m) for m in geo._SETTLEMENT.finditer(text)], text


CLAUSE_END_REFERENCE = re.compile(r"(?<![А-ЯЁ])(?<!\bг)(?<!\bим)[.;\n]")


def test_clause_ends_with_the_character_first_are_the_same():
    rng = random.Random(37)
    pieces = ["г", "им", "Г", "А", "а", " ", ".", ";", "\n", "Ё", "1", "-", "ы", "ИМ", "гим"]
    texts = CORPUS + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 15))) for _ in range(30_000)]
    for text in texts:
        assert [m.span() for m in officials._CLAUSE_END.finditer(text)] == \
            [m.span() for m in CLAUSE_END_REFERENCE.finditer(text)], text


def _reference_region_tried_everywhere(text: str) -> str | None:
    """title._reference_region as first written: every name tried at every word."""
    words = [lemmas.lemma_set(word) for word, _, _ in lemmas.tokens(text)]
    for start in range(len(words)):
        for seq, name in title._reference_regions():
            if start + len(seq) <= len(words) and all(seq[k] in words[start + k] for k in range(len(seq))):
                return name
    return None


def test_reference_region_by_first_word_is_the_one_tried_everywhere():
    rng = random.Random(41)
    names = [name for _, name in title._reference_regions()]
    inflected = ["Смоленской области", "Республики Саха (Якутия)", "Чувашской Республики – Чувашии",
                 "Ханты-Мансийского автономного округа – Югры", "г. Москвы", "Кабардино-Балкарской Республики"]
    filler = ["о", "деятельности", "в", "IV", "квартале", "2024", "года", "Республики", "области", "края"]
    texts = _cells()[:40] + inflected + [
        " ".join(rng.choice(filler + names + inflected) for _ in range(rng.randint(0, 8))) for _ in range(400)]
    for text in texts:
        assert title._reference_region(text) == _reference_region_tried_everywhere(text), text


# The space between initials and surname: up to a few spaces, tabs or NBSPs around one line break.
_GAP = r"[ \t\u00a0]{0,3}\n?[ \t\u00a0]{0,2}"
NAME_REFERENCE = re.compile(
    r"(?<![А-ЯЁа-яё])(?P<initials>[А-ЯЁ]\.[ \t\u00a0]{0,2}\n?[ \t\u00a0]{0,2}[А-ЯЁ]\.?)" + _GAP
    + r"(?P<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]{3,}(?:-[А-ЯЁ]{3,})?(?![А-ЯЁа-яё]))")


def test_names_with_the_capital_first_are_the_same():
    rng = random.Random(43)
    pieces = ["А.", "В.", "А", "Б", ".", " ", "  ", "\u00a0", "Иванов", "Петров-Водкин", "-", "а", "ё", "Ё.", "\n",
              "А.В.", "ИВ", "x", "ИВАНОВ", "ПЕТРОВ-ВОДКИН"]
    texts = CORPUS + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(30_000)]
    for text in texts:
        assert [_spans(m) for m in officials._NAME.finditer(text)] == \
            [_spans(m) for m in NAME_REFERENCE.finditer(text)], text


def test_names_tried_at_the_dots_are_finditers_matches():
    rng = random.Random(59)
    pieces = ["А.", "В.", "А", "Б", ".", " ", "Иванов", "Петров-Водкин", "-", "а", "ё", "Ё.", "\n", "А.В.", "ИВ",
              "x", "Я.", "г.", "..", "А.Б.В."]
    texts = CORPUS + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(30_000)]
    for text in texts:
        assert [_spans(m) for m in officials._names(text)] == [_spans(m) for m in officials._NAME.finditer(text)], text


def test_last_role_boundary_read_on_the_lower_cased_slice_is_the_same():
    """find_officials slices the cell's lower-cased text at each name's lead; the last boundary
    there is where the last match of _ROLE_BOUNDARY ends in the lead itself."""
    rng = random.Random(61)
    pieces = ["Губернатора", " ", "С ", "с ", "во главе с ", "ВО ГЛАВЕ С ", "г.", "ул.", "им.", "А.", ",", ";", " – ",
              "(", ")", "\n", "области", "Посла", "ᲃ", "Ǉ", "\u00a0"]
    texts = CORPUS + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(20_000)]
    for text in texts:
        lowered = lemmas.caseless_text(text)
        for start in {0, len(text) // 3, len(text) // 2}:
            lead = text[start:]
            reference = [m.end() for m in officials._ROLE_BOUNDARY.finditer(lead)]
            got = officials._last_boundary_end(lead, lowered[start:] if lowered is not None else None)
            assert got == (reference[-1] if reference else 0), (text, start)


def test_person_case_remembered_by_word_is_the_parses_case():
    for word in ["Губернатора", "Посла", "Министру", "области", "Президентом", "заместителе", "А", "ИВАНОВА",
                 "делегации", "ректоров", "Чеботаря", "ё"]:
        parses = [p for p in lemmas.morph().parse(word) if officials._is_person_noun(p, word)]
        expected = (True, next((c for c in officials._CASES if c in parses[0].tag), None)) if parses else (False, None)
        assert officials._person_case(word) == expected, word


def _adjective_codes_reference(word: str) -> tuple[str, ...]:
    """geo._adjective_codes as it was: every part's lemmas looked up."""
    adjectives = geo._adjectives()
    codes = []
    for part in [word] + (word.split("-") if "-" in word else []):
        part_lemmas = lemmas.lemma_set(part) | {lemmas.fold(part)}
        code = next((adjectives[l] for l in part_lemmas if l in adjectives), None)
        if code is not None:
            codes.append(code)
    return tuple(codes)


def _region_words_reference(word: str):
    """geo._region_words as it was: every word's lemmas looked up."""
    forms = lemmas.lemma_set(word) | {lemmas.lemma(word), lemmas.fold(word)}
    adjectives, nouns = geo._region_adjectives(), geo._region_nouns()
    found = (next((nouns[f] for f in forms if f in nouns), None),
             next((adjectives[f] for f in forms if f in adjectives), None))
    return found if found != (None, None) else None


def _geo_test_words() -> list[str]:
    """Every word of the sample, every form of every country and region adjective and region noun
    (as written, capitalised, upper-cased, with по-/наи-), and SYNTHETIC prefixed and hyphenated ones."""
    keys = list(geo._adjectives()) + list(geo._region_adjectives()) + list(geo._region_nouns())
    forms = {form.word for key in keys if key for parse in lemmas.morph().parse(key) for form in parse.lexeme}
    forms |= {key for key in keys if key}
    words = set(lemmas.words(SAMPLE.read_text(encoding="utf-8")))
    for form in forms:
        words |= {form, form.capitalize(), form.upper(), "по" + form, "наи" + form, "пра" + form, "псевдо" + form,
                  form + "-российский", "российско-" + form, form.replace("е", "ё")}
    return sorted(words | {"Ё", "ё", "по", "наи", "РФ", "Pоссийский", "İzmir", "ᲃербский"})


def test_geo_words_without_a_lemma_start_are_what_their_lemmas_give():
    """geo._adjective_codes and geo._region_words skip the lemmas of a word whose beginning no
    key's forms share (lemmas.may_lemmatise_into): the same answers as looking them all up."""
    for word in _geo_test_words():
        assert geo._adjective_codes.__wrapped__(word) == _adjective_codes_reference(word), word
        assert geo._region_words.__wrapped__(word) == _region_words_reference(word), word


def test_every_form_of_a_key_passes_the_lemma_start_test():
    for starts, keys in ((geo._adjective_starts(), geo._adjectives()),
                         (geo._region_starts(), list(geo._region_adjectives()) + list(geo._region_nouns()))):
        for key in keys:
            for parse in lemmas.morph().parse(key) if key else ():
                for form in parse.lexeme:
                    assert lemmas.may_lemmatise_into(form.word, starts), (key, form.word)
                    assert lemmas.may_lemmatise_into(form.word.upper(), starts), (key, form.word)


def _home_word_reference(centre, adjective, word, name=None):
    """title._home_word as it was: the region adjective looked for among every word's lemmas."""
    folded = lemmas.fold(word)
    stem = centre[:-1] if centre and centre.endswith(("ь", "а", "я")) else centre  # «Казани», «Элисты» (round 24)
    if centre and (folded == centre or (
            folded.startswith(stem) and len(folded) - len(centre) <= 2
            and centre in lemmas.lemma_set(word) | {folded[: len(centre)]}
            and not folded.endswith(("ий", "ая", "ой", "их", "ое", "ие", "ого", "ому", "ым", "ую")))):
        return "centre"
    if adjective and adjective in lemmas.lemma_set(word):
        return "adjective"
    if name and word[:1].isupper() and name in lemmas.lemma_set(word):
        return "name"
    return None


def test_home_words_without_the_adjectives_start_are_what_their_lemmas_give():
    """Every region of the reference: its adjective's forms (as written, capitalised, upper-cased)
    and the sample's words read as the lemma look-up read them."""
    homes = {title.home_of(region) for region in title._region_centres()}
    sample_words = set(lemmas.words(SAMPLE.read_text(encoding="utf-8")))
    for home in homes:
        forms = {f.word for key in (home.adjective, home.name) if key for p in lemmas.morph().parse(key)
                 for f in p.lexeme}
        for word in sorted(sample_words | forms | {f.capitalize() for f in forms} | {f.upper() for f in forms}):
            assert title._home_word.__wrapped__(home.centre, home.adjective, word, name=home.name) == \
                _home_word_reference(home.centre, home.adjective, word, name=home.name), (home.region, word)


def _classify_format_reference(title_: str, venue: str, content: str, participants: str) -> str:
    """classify.classify_format without its shortcuts: every cell folded and searched."""
    folded = [lemmas.fold(t) for t in (title_, venue, content, participants)]
    if not classify._FORMAT_STEM.search("\n".join(folded)):
        return "in_person"
    texts = " \n".join(classify._held_text(t) for t in folded)
    if classify._HYBRID_LOWER.search(texts):
        return "hybrid"
    online, in_person = bool(classify._ONLINE_LOWER.search(texts)), bool(classify._IN_PERSON_LOWER.search(texts))
    return "hybrid" if online and in_person else "online" if online else "in_person"


def test_format_with_its_shortcuts_is_the_format_of_every_cell_searched():
    rng = random.Random(67)
    cells = CORPUS + _case_variants(["в режиме", "видеосвязи", "онлайн", "в очном формате", "ВКС", "Ǉ онлайн",
                                     "будет продолжена в онлайн-формате", "гибридный формат", ""])
    for _ in range(6_000):
        four = [rng.choice(cells) for _ in range(4)]
        assert classify.classify_format(*four) == _classify_format_reference(*four), four
        # normalize passes the content alone when there is no format cell, not content + "\n"
        assert classify.classify_format(four[0], four[1], four[2] + "\n", four[3]) == classify.classify_format(*four)


def _event_number_reference(cell: str, outline: bool = True) -> int | None:
    """layout.event_number as it was: both patterns tried on every cell."""
    match = layout._NUMBER_CELL.match(cell)
    if match:
        return int(match.group(1))
    if outline and (match := layout._OUTLINE_CELL.match(cell)):
        return int(match.group(1))
    return None


def test_event_number_rejecting_by_the_first_character_is_the_patterns_answer():
    rng = random.Random(71)
    pieces = ["1", "12", "3.", "№", "N", "No.", "Nº", " ", "\u00a0", "\u2003", "\t", "\n", "٣", "²", ".", ")",
              "1.1", "2.3.", "а", "Форум", "01.10", "x"]
    cells = CORPUS + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 5))) for _ in range(30_000)]
    for cell in cells:
        for outline in (False, True):
            assert layout.event_number(cell, outline) == _event_number_reference(cell, outline), (cell, outline)


def _split_cells_reference(lines: list[str]):
    """layout's cell split as it was: _CELL_START matched and cut off every line."""
    preamble, cells, current, start_line = [], [], None, 0
    for number, line in enumerate(lines, start=1):
        if layout._CELL_START.match(line):
            if current is not None:
                cells.append(("\n".join(current), start_line))
            current, start_line = [layout._CELL_START.sub("", line, count=1)], number
        elif current is None:
            preamble.append(line)
        else:
            current.append(line)
    if current is not None:
        cells.append(("\n".join(current), start_line))
    return preamble, cells


def test_cell_starts_found_by_the_first_character_are_the_patterns():
    rng = random.Random(73)
    pieces = ["\t", " ", "\u00a0", "\u2003", "\u202f", "1.", "Форум", "", "\t\t", " \t"]
    texts = [SAMPLE.read_text(encoding="utf-8")] + [
        "\n".join("".join(rng.choice(pieces) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(0, 12)))
        for _ in range(5_000)]
    for text in texts:
        assert layout._split_cells(text.split("\n")) == _split_cells_reference(text.split("\n")), text


def test_plain_digits_read_as_the_full_number_reader_reads_them():
    rng = random.Random(47)
    samples = ["0", "00", "0036", "36", "1200", "9" * 18, "9" * 19, "٣", "²", "3-х", "1 200", "12,5", ""]
    samples += ["".join(rng.choice("0123456789") for _ in range(rng.randint(1, 20))) for _ in range(5_000)]
    for raw in samples:
        assert attendance._to_int(raw) == attendance._parsed_int(raw), raw


def test_format_stems_on_lower_cased_text_equal_those_on_folded_text():
    texts = CORPUS + _case_variants(["видёо-конференция", "ВЕБИНАР", "вёбинар", "смЁшанный формат", "ОНЛАЙН",
                                     "on-line", "в режиме видеосвязи", "смешанный", "гибридный"])
    for text in texts:
        lowered = lemmas.caseless_text(text)
        if lowered is None:
            continue
        assert bool(classify._FORMAT_STEM_UNFOLDED.search(lowered)) == \
            bool(classify._FORMAT_STEM.search(lemmas.fold(text))), text


def test_initials_found_from_the_dots_as_by_the_pattern():
    rng = random.Random(53)
    pieces = ["А", "Я", "Ё", "ё", "а", "Z", ".", " ", "..", "\n", "Ѐ", "Ю."]
    texts = CORPUS + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20_000)]
    for text in texts:
        assert officials._has_initial(text) == bool(officials._INITIAL.search(text)), text


def test_total_word_stems_never_hide_a_total():
    for text in CORPUS + _case_variants(["Всего 120 человек", "ИТОГО: 45", "общее количество", "Общая численность",
                                         "в общей  сложности 50", "всего\u00a0150"]):
        if normalize._TOTAL_WORD.search(text):
            assert normalize._may_state_total(text), text


def test_organisation_tokens_from_cached_words_are_the_token_matches():
    """organisations._tokens builds a cell's tokens from the cached word spans plus the visible
    characters between them: the same tokens as matching organisations._TOKEN over the cell,
    including Belarusian letters (і, ў: left to the pattern), NBSP, tabs, '№', Latin with accents."""
    from etl import organisations

    rng = random.Random(19)
    pieces = ["Витебский", "облисполком", "«", "»", "\"", "“", "”", "„", "-", " ", "\u00a0", "\t", "\n", "№", "5",
              "ОАО", ",", ".", "Магілёўскі", "і", "café", "²", "а-б", "Китай-", "-", "(", ")", "–", "ᲃ", "Ǉ"]
    texts = CORPUS + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(4_000)]
    for text in texts:
        expected = [organisations.Token(m.group(0), m.start(), m.end(), m.group(0)[:1].isalnum())
                    for m in organisations._TOKEN.finditer(text)]
        assert organisations._tokens(text) == expected, text


def _sentence_around_reference(text: str, start: int, end: int) -> tuple[int, int]:
    """The plain way: scan the text before the name for sentence ends, every time."""
    from etl import organisations

    before = [m.end() for m in organisations._SENTENCE_END.finditer(text, 0, start)]
    after = organisations._SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def test_sentence_around_from_cached_ends_equals_scanning_before_each_name():
    """organisations._sentence_around bisects the cell's sentence ends (found once) instead of
    scanning from the cell's start for every name; a '.' right before the name ('г.Смоленск') still
    ends a sentence there, as the scan cut at the name saw it."""
    from etl import organisations

    rng = random.Random(23)
    pieces = ["ОАО «МАЗ»", ".", ". ", "!", "?", ";", "\n", " ", "г.", "Смоленск", "соглашение", "подписали",
              "…", ".\n", "a", "?!", "  "]
    texts = CORPUS[:200] + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(3_000)]
    for text in texts:
        for start in range(len(text) + 1):
            end = min(len(text), start + rng.randint(0, 6))
            assert organisations._sentence_around(text, start, end) == \
                _sentence_around_reference(text, start, end), (text, start, end)


def test_remembered_results_are_copies_a_caller_may_change():
    """lemmatize and country_mentions are remembered by text: what a caller does to its list must
    not reach the next caller."""
    text = "Делегация Республики Беларусь посетила г. Смоленск"
    first = lemmas.lemmatize(text)
    first.append("изменено")
    assert "изменено" not in lemmas.lemmatize(text)
    mentions = geo.country_mentions(text)
    mentions.clear()
    assert [m.code for m in geo.country_mentions(text)] == ["BY"]


def test_venue_first_place_equals_the_first_piece_of_the_split():
    rng = random.Random(59)
    pieces = ["г. Псков", " – ", " - ", "—", ";", " ", "г. Костанай (ВКС)", "-", "Минск"]
    for text in CORPUS[:500] + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(5_000)]:
        separator = geo._PLACE_SEPARATOR.search(text)
        assert (text[:separator.start()] if separator else text) == geo._PLACE_SEPARATOR.split(text)[0], text


def test_quote_spans_from_one_scan_equal_finding_each_quote_again():
    """organisations._quote_spans walks the opening quotes once instead of four str.find per step."""
    def reference(text):
        spans, i = [], 0
        while True:
            starts = [p for p in (text.find(q, i) for q in "«\"“„") if p != -1]
            if not starts:
                return spans
            start = min(starts)
            end = organisations.quoted_end(text, start)
            if end is None:
                i = start + 1
                continue
            spans.append((start, end))
            i = end

    rng = random.Random(29)
    pieces = ["«", "»", "\"", "“", "”", "„", "ОАО ", "Завод", " ", ",", "\n", "а", "»,", "» и"]
    texts = CORPUS + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(4_000)]
    for text in texts:
        assert organisations._quote_spans(text) == reference(text), text
