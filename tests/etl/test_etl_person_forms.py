"""People written the ways other clerks write them: surname first ('Анохин В.Н.'), a full name with
the patronymic ('Анохина Василия Николаевича'), spacing Word and the Notepad leave between the
initials and the surname; and report text saved in decomposed Unicode (a Mac, a web page)."""
from __future__ import annotations

import unicodedata

import pytest

from etl.normalize import build_report
from etl.officials import find_officials, normalize_names
from etl.read import read_bytes
from etl.layout import Grid, GridRow, grid_from_text
from tests.conftest import SAMPLE
from tests.docx_builder import grid_to_docx

SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")


def _people(text: str) -> list[tuple[str, str | None]]:
    found = normalize_names({1: find_officials(text)})[1]
    return [(o.name, o.role) for o in found]


@pytest.mark.parametrize("text, expected", [
    pytest.param("встреча Губернатора Смоленской области Анохина В.Н. с Послом",
                 [("В.Н. Анохин", "Губернатора Смоленской области")], id="surname_first_genitive"),
    pytest.param("Губернатор Брянской области Богомаз А.В. и Посол Республики Беларусь Крутой Д.Н.",
                 [("А.В. Богомаз", "Губернатор Брянской области"),
                  ("Д.Н. Крутой", "Посол Республики Беларусь")], id="surname_first_two_people"),
    pytest.param("Участники: Иванов И.И., Петрова Е.В. – министр культуры, Шулейко Ю.В.",
                 [("И.И. Иванов", None), ("Е.В. Петрова", "министр культуры"), ("Ю.В. Шулейко", None)],
                 id="list_of_participants_surname_first"),
    pytest.param("встреча Губернатора Смоленской области Анохина Василия Николаевича с Послом",
                 [("В.Н. Анохин", "Губернатора Смоленской области")], id="full_name_surname_first"),
    pytest.param("встреча Губернатора Смоленской области Василия Николаевича Анохина с Послом",
                 [("В.Н. Анохин", "Губернатора Смоленской области")], id="full_name_surname_last"),
    pytest.param("министр культуры Тверской области Лазарева Елена Ивановна",
                 [("Е.И. Лазарева", "министр культуры Тверской области")], id="full_name_feminine"),
    pytest.param("Посол Беларуси Крутой Дмитрий Николаевич", [("Д.Н. Крутой", "Посол Беларуси")],
                 id="full_name_surname_an_adjective"),
    pytest.param("встреча Губернатора Смоленской области В.Н.  Анохина с Послом",
                 [("В.Н. Анохин", "Губернатора Смоленской области")], id="two_spaces_before_surname"),
    pytest.param("встреча Губернатора Смоленской области В. Н.\u00a0Анохина с Послом",
                 [("В.Н. Анохин", "Губернатора Смоленской области")], id="spaced_initials_nbsp"),
    pytest.param("Губернатор Смоленской области В.Н. \n Анохин", [("В.Н. Анохин", "Губернатор Смоленской области")],
                 id="line_break_inside_name"),
    pytest.param("Губернатор Смоленской области В.Н. АНОХИН", [("В.Н. Анохин", "Губернатор Смоленской области")],
                 id="surname_in_capitals"),
    pytest.param("АНОХИН В.Н. – Губернатор Смоленской области", [("В.Н. Анохин", "Губернатор Смоленской области")],
                 id="capitals_first_role_after"),
    pytest.param("встреча с Председателем А.Б. ПЕТРОВЫМ-ВОДКИНЫМ", [("А.Б. Петров-Водкин", "Председателем")],
                 id="capitals_hyphenated_initials_win"),
    pytest.param("В.Н. Анохин, Губернатор Смоленской области; А.Г. Лукашенко, Президент Республики Беларусь",
                 [("В.Н. Анохин", "Губернатор Смоленской области"), ("А.Г. Лукашенко", "Президент Республики Беларусь")],
                 id="roles_after_names"),
    pytest.param("Крутой Дмитрий Николаевич – Чрезвычайный и Полномочный Посол Республики Беларусь",
                 [("Д.Н. Крутой", "Чрезвычайный и Полномочный Посол Республики Беларусь")], id="full_name_role_after"),
])
def test_people_in_other_clerks_forms(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("с Председателем Правительства Российской Федерации М.Г.", id="initials_without_surname"),
    pytest.param("в рамках Дня Республики Беларусь А.Б.", id="a_place_before_initials"),
    pytest.param("выставка памяти Героя Советского Союза Иванова Ивана Петровича", id="commemorated_full_name"),
    pytest.param("библиотека им. Ивана Петровича Сидорова", id="named_after_full_name"),
    pytest.param("основные и равные условия, главные задачи", id="patronymic_endings_in_common_words"),
    pytest.param("Иван Петрович приехал", id="name_and_patronymic_without_surname"),
    pytest.param("в Республике Беларусь Дмитрий Николаевич", id="a_place_before_the_name"),
    pytest.param("Директор ООО В.В. ООО", id="capitals_abbreviation_after_initials"),
    pytest.param("А.Б. СНГ и ЕАЭС", id="capitals_blocs"),
    pytest.param("в Н.Н. ОАО «МАЗ»", id="capitals_legal_form"),
    pytest.param("г. МИНСК, г. МОСКВА", id="capital_city_after_g"),
])
def test_no_person_where_none_is_named(text):
    assert _people(text) == []


def test_a_role_after_is_taken_only_when_it_starts_the_phrase():
    """'…, а также с послом Китая': the role belongs to someone else."""
    assert _people("встреча с А.Б. Ивановым, а также с послом Китая") == [("А.Б. Иванов", None)]


def test_initials_first_still_wins_over_surname_first():
    """'области А.Г. Лукашенко': the initials belong to the surname after them, not to a word before."""
    assert _people("Президента Республики Беларусь А.Г. Лукашенко") == [("А.Г. Лукашенко", "Президента Республики Беларусь")]


def _key_fields(report):
    return [(e.n, e.start_date, e.venue_country, tuple(e.partner_countries), e.attendance_total,
             tuple(o.name for o in e.officials), tuple(m.key for m in e.organisations)) for e in report.events]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_decomposed_unicode_reads_as_composed(encoding):
    """A report whose й and ё are stored as a letter plus a combining mark (NFD) reads as the same
    events: before, even the title's region was not found and the file was refused."""
    composed = build_report(read_bytes(SAMPLE_TEXT.encode("utf-8"), "r.txt"))
    decomposed_text = unicodedata.normalize("NFD", SAMPLE_TEXT)
    assert decomposed_text != SAMPLE_TEXT
    decomposed = build_report(read_bytes(decomposed_text.encode(encoding), "r.txt"))
    assert decomposed.region == composed.region
    assert _key_fields(decomposed) == _key_fields(composed)
    assert all(unicodedata.is_normalized("NFC", e.title) for e in decomposed.events)


def test_decomposed_unicode_in_a_word_table():
    """The same in a .docx whose every cell was pasted decomposed."""
    grid = grid_from_text(SAMPLE_TEXT, "r.txt")
    nfd = lambda text: unicodedata.normalize("NFD", text)  # noqa: E731
    decomposed = Grid(tuple(map(nfd, grid.preamble)),
                      tuple(GridRow(tuple(map(nfd, row.cells)), row.table_row, row.line) for row in grid.rows),
                      tuple(map(nfd, grid.postamble)))
    composed = build_report(read_bytes(grid_to_docx(grid), "r.docx"))
    report = build_report(read_bytes(grid_to_docx(decomposed), "r.docx"))
    assert report.region == composed.region
    assert _key_fields(report) == _key_fields(composed)
