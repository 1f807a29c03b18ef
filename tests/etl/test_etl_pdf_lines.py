"""The PDF reader's line-break rules on hand-placed words (no LibreOffice needed): a cell 100 pt wide,
every letter 5 pt, a space 2.5 pt, lines 12 pt apart. Cases are SYNTHETIC, shaped like the sample's cells."""
import pytest

from etl.pdf_grid import _CellLines, _Joiner, _Line, _Word

LETTER, SPACE, PITCH, LEFT, RIGHT = 5.0, 2.5, 12.0, 0.0, 100.0


def _cell(*lines: str) -> _CellLines:
    placed = []
    for row, line in enumerate(lines):
        x, words = LEFT, []
        for text in line.split(" "):
            words.append(_Word(text, x, x + LETTER * len(text), row * PITCH, row * PITCH + 10))
            x += LETTER * len(text) + SPACE
        placed.append(_Line(words))
    return _CellLines(LEFT, RIGHT, placed)


@pytest.mark.parametrize("lines, expected", [
    pytest.param(("26 ноября", "2024 года"), "26 ноября\n2024 года", id="next_word_would_fit_so_enter_was_pressed"),
    pytest.param(("Представители организаций", "области"), "Представители организаций области",
                 id="next_word_did_not_fit_so_a_wrap"),
    pytest.param(("Межрегиональный", "форум"), "Межрегиональный форум", id="single_word_line_then_wrap"),
    pytest.param(("электроэнергетическо", "го комплекса"), "электроэнергетического комплекса",
                 id="overlong_word_broken_by_the_column"),
    pytest.param(("высокотехнологичными", "предприятиями"), "высокотехнологичными предприятиями",
                 id="full_line_of_a_whole_word_then_a_wrap"),
    pytest.param(("ОГБОУ ВО «Смоленс", "кий» вуз"), "ОГБОУ ВО «Смоленс кий» вуз", id="break_between_words_stays"),
    pytest.param(("в рамках научно-", "производственной"), "в рамках научно-производственной",
                 id="wrap_after_hyphen_joins"),
    pytest.param(("Беларусь (Витебская", "область)"), "Беларусь (Витебская область)", id="plain_wrap"),
    pytest.param(("Представители", "«Бобруйскагромаш", "»"), "Представители «Бобруйскагромаш»",
                 id="closing_quote_never_alone"),
    pytest.param(("представители вузов;", "иностранные гости"), "представители вузов;\nиностранные гости",
                 id="clause_end_at_line_end_is_a_line"),
    pytest.param(("проведения 18 октября", "2024 года"), "проведения 18 октября 2024 года",
                 id="figures_wrap_normally"),
])
def test_line_breaks(lines, expected):
    assert _Joiner(PITCH, SPACE).text(_cell(*lines)) == expected


def test_a_blank_line_is_a_paragraph_break():
    cell = _cell("Участники:", "x")
    second = cell.lines[1]
    for word in second.words:
        word.top, word.bottom = word.top + 2 * PITCH, word.bottom + 2 * PITCH
    assert _Joiner(PITCH, SPACE).text(cell) == "Участники:\n\nx"


def test_a_join_the_dictionary_cannot_confirm_is_reported():
    joiner = _Joiner(PITCH, SPACE)
    assert joiner.text(_cell("ОАОБелкоммунмашхолд", "инг")) == "ОАОБелкоммунмашхолдинг"
    assert joiner.doubts == ["«ОАОБелкоммунмашхолд» и «инг» на соседних строках узкого столбца прочитаны как одно слово"]
