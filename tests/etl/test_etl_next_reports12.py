"""The next report, twelfth round (parser 1.10.15): the bracket leftovers of the eleventh round, each a general rule
with varied cases and controls, and a SYNTHETIC report of a region not used before (Ульяновская область, IV quarter
2025, a table copied from Excel into Notepad, in phrasings no earlier round had; tests/fixtures/build_next_reports12.py).

1. A bracket of posts is the side named before it. «Казахстанская делегация (министр, 2 советника, 3 специалиста),
   5 смоленских студентов» was 11 with 2 foreign: each count's side was read from its own words, so only the first
   count, whose words reach back to «Казахстанская делегация (», was foreign, and the posts took the side only when
   every count was foreign. Now the words right before the bracket (to the clause's start) say whose people every
   item of the list is, unless an item names its own side («3 смоленских специалиста»).
2. A plural post may open a bracket's list. «делегация Республики Беларусь (советники министра, 2 специалиста)»
   read 2 with no doubt: the list rule refused a plural post before any count. The README's rule for a plural
   post without a number (some more people, a lower bound: «12 спортсменов и тренеры») now holds wherever the
   post stands in a bracket: 2 and more (lower bound), 2 foreign. A bracket with no number at all («(эксперты,
   министр)») stays unknown, as a bare list with a plural post does (no floor is guessed); outside brackets the
   list rule is unchanged («Советники министра, 2 специалиста» stays 2).
3. A count followed by «:» in a bracket is that bracket's whole. «Делегация Монголии (8 человек: министр,
   2 советника), 15 российских участников» was 25: the colon's breakdown rule only looked for its count outside
   brackets. Now 23, as «Делегация Монголии – 8 человек: министр, 2 советника» already was; «12 чел.:» has its
   colon after the abbreviation's dot. The parts after a colon (in a bracket or not) end at a word that adds
   people («плюс», «а также») and before another delegation's own count — before, «8 человек: министр,
   2 советника, плюс 3 водителя» was 8 and «Делегация Монголии – 8 человек: 2 советника, делегация Китая –
   5 человек» 8 (now 11 and 13). A «;», a new sentence and parts bigger than the whole add, as before.

4. A cell of several lines copied from Excel into Notepad comes in double quotes (its own quotes doubled): the
   quotes are the copy's and are dropped (etl/layout.py); a one-line cell keeps its quotes (a name).
5. The SYNTHETIC report, read as a person reads it: its numbered headings («Раздел 1.», «II.», «3.»), dates across
   a month («с 28.11 по 02.12.2025», «28 ноября – 2 декабря 2025 г.», «декабрь 2025 г. (дата уточняется)»), «в
   составе 5 (пяти) человек», «свыше 200 чел.», «до 30 участников», «Объединенные Арабские Эмираты» were read
   already; its per-country lines (rule 4) and its bracket of a Belarusian delegation's posts (rule 1) were not.
   «порядка 50 ч.» stays unread (strict xfail): «ч.» is hours as often as people («3 ч.»).

On main (parser 1.10.14) 35 of the 66 cases here fail: 7 + 1 of rule 1, 6 of rule 2, 6 + 9 of rule 3 (among the
controls, main added the colon's parts after a «;», a new sentence and «плюс» alike, and read «(3 человека:
министр, 5 советников)» with 3 foreign, not 8), 4 of rule 4, 2 of the report. The eleventh round's control
«Делегация (министр, советники, 2 специалиста)» was 2 and is now 3 and more (its test in
test_etl_next_reports11b.py follows).
"""
from __future__ import annotations

import pytest

from etl.normalize import row_attendance
from etl.title import home_of

P = pytest.param
SMOLENSK = "Смоленская область"
ULYANOVSK = "Ульяновская область"


def _read(text: str, region: str = SMOLENSK) -> tuple[int | None, int | None, bool]:
    found = row_attendance({"participants": text}, home_of(region).mentioned_in)
    return found.total, found.foreign, found.lower_bound


# ---------- 1. the side before a bracket of posts ----------

@pytest.mark.parametrize("cell, expected", [
    P("Казахстанская делегация (министр, 2 советника, 3 специалиста), 5 смоленских студентов", (11, 6, False),
      id="brief_case"),
    P("Делегация Республики Узбекистан (хоким области, 2 советника, 4 специалиста) и 12 смоленских школьников",
      (19, 7, False), id="country_in_the_genitive_joined_by_i"),
    P("Делегация провинции Хэйлунцзян (вице-губернатор, 3 сотрудника, 2 переводчика), 10 представителей "
      "Смоленской области", (16, 6, False), id="foreign_region"),
    P("Белорусская делегация (ректор, 2 проректора и 5 преподавателей)", (8, 8, False), id="alone_last_joined_by_i"),
    P("Участники: делегация Монголии (министр, 2 советника, 3 эксперта), 20 российских студентов", (26, 6, False),
      id="after_a_label"),
    P("Гости из Казахстана (директор, 2 тренера, 8 спортсменов) и 15 смоленских спортсменов", (26, 11, False),
      id="guests_from_a_country"),
    P("Казахстанская делегация (2 советника, 3 специалиста), 5 смоленских студентов", (10, 5, False),
      id="counts_only_no_post"),
    P("Ульяновская делегация (министр, 2 советника, 3 специалиста), 5 казахстанских студентов", (11, 5, False),
      id="home_side_before_foreign_after"),
])
def test_a_bracket_of_posts_is_the_side_before_it(cell, expected):
    region = ULYANOVSK if cell.startswith("Ульяновская") else SMOLENSK
    assert _read(cell, region) == expected


@pytest.mark.parametrize("cell, expected", [
    P("Казахстанская делегация (министр, 2 советника, 3 смоленских специалиста)", (6, 3, False),
      id="an_item_names_its_own_side"),
    P("Делегация (министр, 2 советника, 3 специалиста)", (6, None, False), id="no_side_before"),
    P("Делегация Смоленской области и Витебской области (губернатор, 2 советника, 3 специалиста)", (6, None, False),
      id="home_and_foreign_both_named"),
    P("Смоленская делегация (министр, 2 советника, 3 специалиста), 5 белорусских студентов", (11, 5, False),
      id="home_delegation"),
])
def test_no_foreign_side_before_the_bracket_changes_nothing(cell, expected):
    assert _read(cell) == expected


# ---------- 2. a plural post opening a bracket ----------

@pytest.mark.parametrize("cell, expected", [
    P("делегация Республики Беларусь (советники министра, 2 специалиста)", (2, 2, True), id="brief_case"),
    P("Китайская делегация (эксперты, 3 переводчика), 10 смоленских студентов", (13, 3, True),
      id="then_another_side"),
    P("Делегация (министр, советники, 2 специалиста)", (3, None, True), id="plural_second"),
    P("Делегация Казахстана (тренеры, 12 спортсменов и врач)", (13, 13, True), id="plural_then_singular_post"),
    P("Монгольская делегация (заместители министра, 2 советника) и 15 российских участников", (17, 2, True),
      id="plural_with_its_genitive"),
    P("Узбекская делегация (советники хокима и 4 специалиста)", (4, 4, True), id="joined_by_i"),
])
def test_a_plural_post_opening_a_bracket_is_some_more_people(cell, expected):
    assert _read(cell) == expected


@pytest.mark.parametrize("cell, expected", [
    P("Делегация (эксперты, министр)", (None, None, False), id="no_number_at_all"),
    P("Делегация Беларуси (советники, эксперты)", (None, None, False), id="plural_posts_only"),
    P("30 человек (советники, 2 специалиста)", (30, None, False), id="breakdown_of_a_count"),
    P("Советники министра, 2 специалиста", (2, None, False), id="outside_a_bracket_unchanged"),
    P("12 спортсменов и тренеры", (12, None, True), id="plural_after_a_count_as_before"),
    P("Делегация (в т.ч. советники, 2 специалиста)", (2, None, False), id="with_a_subset_cue"),
])
def test_what_is_no_plural_first_bracket_stays(cell, expected):
    assert _read(cell) == expected


# ---------- 3. a count with its colon inside a bracket ----------

@pytest.mark.parametrize("cell, expected", [
    P("Делегация Монголии (8 человек: министр, 2 советника), 15 российских участников", (23, 8, False),
      id="brief_case"),
    P("Делегация Республики Казахстан (12 человек: министр, 3 советника, 8 спортсменов) и 20 смоленских "
      "спортсменов", (32, 12, False), id="parts_add_up_to_less"),
    P("Китайская делегация (5 чел.: вице-губернатор, 2 сотрудника, переводчик), 10 студентов", (15, 5, False),
      id="abbreviated_with_its_dot"),
    P("Участники: делегация Беларуси (10 человек: 4 тренера, 6 спортсменов); 25 смоленских спортсменов",
      (35, 10, False), id="parts_add_up_exactly"),
    P("Делегация Узбекистана (семь человек: хоким, 2 заместителя хокима), 30 российских участников", (37, 7, False),
      id="number_in_words"),
    P("Гости (15 участников: 5 из Беларуси, 10 из Казахстана), 40 смоленских студентов", (55, 15, False),
      id="parts_by_place"),
    P("Делегация – 12 чел.: 7 тренеров, 5 спортсменов", (12, None, False), id="outside_a_bracket_after_chel_dot"),
])
def test_a_count_with_its_colon_in_a_bracket_is_the_whole(cell, expected):
    assert _read(cell) == expected


@pytest.mark.parametrize("cell, expected", [
    P("Делегация Монголии (8 человек: министр, 2 советника, плюс 3 водителя), 15 российских участников",
      (26, 8, False), id="plus_adds"),
    P("Делегация Монголии (8 человек: министр, 2 советника, а также 3 водителя), 15 российских участников",
      (26, 8, False), id="a_takzhe_adds"),
    P("Делегация Монголии (8 человек: министр, 2 советника; 3 водителя), 15 российских участников",
      (26, 8, False), id="semicolon_adds"),
    P("Делегация Монголии (8 человек: министр, 2 советника). 15 российских участников", (23, 8, False),
      id="new_sentence"),
    P("Делегация Монголии (3 человека: министр, 5 советников), 15 российских участников", (23, 8, False),
      id="parts_bigger_than_the_whole"),
    P("Делегации (Монголии – 8 человек: 2 советника, делегация Китая – 5 человек)", (13, 13, False),
      id="two_delegations_in_a_bracket"),
    P("Делегация Монголии – 8 человек: министр, 2 советника, плюс 3 водителя", (11, 8, False),
      id="plus_outside_a_bracket"),
    P("Делегация Монголии – 8 человек: министр, 2 советника, а также 3 водителя", (11, 8, False),
      id="a_takzhe_outside_a_bracket"),
    P("Делегация Монголии – 8 человек: 2 советника, делегация Китая – 5 человек", (13, 13, False),
      id="two_delegations_each_with_its_count"),
])
def test_what_adds_after_a_colon_still_adds(cell, expected):
    assert _read(cell) == expected


# ---------- 4. a cell of several lines copied from Excel comes in quotes ----------
# etl/layout.py grid_from_tab_rows: Excel quotes a cell holding line breaks when it is copied into Notepad
# ('"Казахстан – 12\nРоссия – 20"', its own quotes doubled). Before, the quotes stayed in the cell, so the
# first line's country stood «in quotes» (a name) and «Казахстан – 12» was no count: the Ульяновск report's
# № 4 read 28 with 8 foreign, a person reads 40 with 20.

from etl.normalize import build_report  # noqa: E402
from etl.read import read_bytes  # noqa: E402

ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent.parent
ULYANOVSK_REPORT = ROOT / "tests" / "fixtures" / "synthetic_ulyanovsk_2025q4_next_report12.txt"
TAB_HEADER = ("№ п/п", "Наименование мероприятия", "Дата проведения", "Место проведения", "Участники", "Итоги")


def _one_row(participants: str, title: str = "Визит делегации Республики Казахстан"):
    text = "\n".join(["Отчёт о международной деятельности Ульяновской области за IV квартал 2025 года (SYNTHETIC)",
                      "\t".join(TAB_HEADER), "Культура",
                      "\t".join(("1", title, "15.10.2025", "г. Ульяновск", participants, "—"))]) + "\n"
    return build_report(read_bytes(text.encode("utf-8"), "r.txt")).events[0]


@pytest.mark.parametrize("cell, participants", [
    P('"Казахстан – 12\nУзбекистан – 8\nРоссия – 20"', "Казахстан – 12\nУзбекистан – 8\nРоссия – 20",
      id="per_country_lines"),
    P('"Делегация ""Астана"":\n5 человек"', 'Делегация "Астана":\n5 человек', id="doubled_quotes_inside"),
    P('"  30 человек\nиз них 10 иностранных  "', "30 человек\nиз них 10 иностранных", id="spaces_round"),
    P('"Ансамбль «Ак жол»\n12 артистов"', "Ансамбль «Ак жол»\n12 артистов", id="angle_quotes_inside"),
])
def test_a_quoted_cell_of_lines_loses_the_copys_quotes(cell, participants):
    assert _one_row(cell).raw["participants"] == participants


@pytest.mark.parametrize("cell", [
    P('"Ярмарка"', id="one_line_name_in_quotes"),
    P('"Астана" и "Алматы" – 12 спортсменов', id="two_names_in_quotes"),
    P('Клуб "Север"\n12 человек', id="quotes_inside_a_cell_of_lines"),
    P('"Клуб "Север"\n12 человек"', id="undoubled_quote_inside_is_no_excel_quoting"),
])
def test_other_quotes_stay(cell):
    assert _one_row(cell).raw["participants"] == cell


# ---------- 5. the SYNTHETIC Ульяновская область report, read as a person reads it ----------

@pytest.fixture(scope="module")
def ulyanovsk():
    return build_report(read_bytes(ULYANOVSK_REPORT.read_bytes(), ULYANOVSK_REPORT.name))


def test_the_report_is_ulyanovsk_q4_2025_with_six_events(ulyanovsk):
    assert (ulyanovsk.region, ulyanovsk.year, ulyanovsk.quarter) == ("Ульяновская область", 2025, 4)
    assert [e.n for e in ulyanovsk.events] == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize("n, sector", [
    P(1, "Торгово-экономическое сотрудничество", id="razdel_1"),
    P(4, "Образование и молодёжная политика", id="roman_II"),
    P(6, "Культура", id="arabic_3"),
])
def test_numbered_sector_headings(ulyanovsk, n, sector):
    assert ulyanovsk.events[n - 1].sector == sector


@pytest.mark.parametrize("n, start, end", [
    P(1, "2025-11-28", "2025-12-02", id="s_28_11_po_02_12_2025"),
    P(2, "2025-11-28", "2025-12-02", id="28_noyabrya_2_dekabrya"),
    P(3, "2025-12-01", "2025-12-31", id="month_date_to_be_set"),
    P(6, "2025-11-05", "2025-11-09", id="two_full_dates"),
])
def test_dates(ulyanovsk, n, start, end):
    event = ulyanovsk.events[n - 1]
    assert (str(event.start_date), str(event.end_date)) == (start, end)


@pytest.mark.parametrize("n, total, foreign, lower_bound, approximate", [
    P(1, 5, None, False, False, id="v_sostave_5_pyati"),
    P(3, 200, None, True, False, id="svyshe_200_chel"),
    P(4, 40, 20, False, False, id="per_country_lines"),
    P(5, 30, None, False, True, id="do_30"),
    P(6, 46, 6, False, False, id="bracket_of_posts_of_a_foreign_delegation"),
    P(2, 50, None, False, True, id="poryadka_50_ch",
      ),  # was a strict xfail; read since the thirteenth round (test_etl_next_reports13.py)
])
def test_attendance(ulyanovsk, n, total, foreign, lower_bound, approximate):
    event = ulyanovsk.events[n - 1]
    assert (event.attendance_total, event.attendance_foreign, event.attendance_lower_bound,
            event.attendance_approximate) == (total, foreign, lower_bound, approximate)


@pytest.mark.parametrize("n, partners", [
    P(1, ["KZ"], id="kazakhstan"),
    P(2, ["AE"], id="uae_spelt_with_e"),
    P(4, ["KZ", "UZ"], id="per_country_lines"),
    P(5, ["TJ"], id="tajikistan"),
    P(6, ["BY"], id="belarus"),
])
def test_partners(ulyanovsk, n, partners):
    assert sorted(ulyanovsk.events[n - 1].partner_countries) == partners
