"""How other regions' clerks write the participants cell («Участники»): a battery of cells read by the
parser's own path for that cell (etl/normalize.row_attendance for the counts, etl/officials for the
people named) and compared with what a person reads.

Expected values are written by reading the cell, never copied from the parser. Each cell is read as the
report of the region named beside it (its home: the people of that region and of Russia are not foreign).
Where the README's «Parsing rules» set a reading down, it is followed; where they are silent the reading a
careful analyst would take is chosen and said in a comment («README silent: …»).

Counts are (total, foreign, lower bound): foreign None when the cell does not say whose the people are.

On main (parser 1.10.6) 31 of the 186 cases failed: lists of posts with a post named without its number (a
post is one person), a side named before a colon for the whole list after it, «включая» as «в том числе»,
nested brackets, bare numbers with their format after a dash, and «зам.» before a plainly written name.
"""
from __future__ import annotations

import pytest

from etl.normalize import row_attendance
from etl.officials import find_officials, normalize_names
from etl.title import home_of

OMSK = "Омская область"
KAZAN = "Республика Татарстан"
KUBAN = "Краснодарский край"
PRIMORYE = "Приморский край"
ORENBURG = "Оренбургская область"
ALTAI = "Алтайский край"
BURYATIA = "Республика Бурятия"
AMUR = "Амурская область"


def _read(text: str, region: str) -> tuple[int | None, int | None, bool]:
    found = row_attendance({"participants": text}, home_of(region).mentioned_in)
    return found.total, found.foreign, found.lower_bound


P = pytest.param

# (cell, the reporting region, (total, foreign, lower bound))
COUNTS = [
    # --- plain counts: digits, words, abbreviations -------------------------------------------------
    P("25 человек", OMSK, (25, None, False), id="digits_chelovek"),
    P("25 чел.", OMSK, (25, None, False), id="digits_chel_dot"),
    P("25 чел", KAZAN, (25, None, False), id="digits_chel_no_dot"),
    P("Двадцать пять человек", KUBAN, (25, None, False), id="words_capitalised"),
    P("двадцать два участника", ORENBURG, (22, None, False), id="words_two_genitive_singular"),
    P("тридцать три человека", ALTAI, (33, None, False), id="words_three_cheloveka"),
    P("сорок участников", AMUR, (40, None, False), id="words_forty"),
    P("Участников – 40", OMSK, (40, None, False), id="label_dash_number"),
    P("40 участников", OMSK, (40, None, False), id="number_participants"),
    P("Количество участников: 120 чел.", PRIMORYE, (120, None, False), id="quantity_label_colon"),
    P("Кол-во участников – 56", BURYATIA, (56, None, False), id="kol_vo_label"),
    P("Число участников составило 74 человека", KAZAN, (74, None, False), id="number_made_up"),
    P("Приняли участие 18 человек", AMUR, (18, None, False), id="took_part_verb_first"),
    P("В мероприятии приняли участие 65 школьников", ALTAI, (65, None, False), id="schoolchildren"),
    P("12 (двенадцать) человек", OMSK, (12, None, False), id="digits_then_words_in_brackets"),
    P("7 (семь) чел.", ORENBURG, (7, None, False), id="digits_then_words_chel"),
    P("пятнадцать представителей", KUBAN, (15, None, False), id="fifteen_representatives"),
    P("1 200 зрителей", PRIMORYE, (1200, None, False), id="thousands_spaced"),
    P("1200 посетителей", PRIMORYE, (1200, None, False), id="thousands_tight"),
    P("3 тысячи человек", KAZAN, (3000, None, False), id="thousands_word"),
    P("2 тыс. зрителей", KAZAN, (2000, None, False), id="two_thousand_abbrev_spectators"),
    P("5 тыс. чел.", OMSK, (5000, None, False), id="five_thous_chel"),
    P("1,2 тыс. участников", BURYATIA, (1200, None, False), id="decimal_thousands"),
    P("две тысячи зрителей", ALTAI, (2000, None, False), id="two_thousand_words"),
    P("Итого: 64 человека", AMUR, (64, None, False), id="itogo_colon"),
    P("Всего – 85 чел.", OMSK, (85, None, False), id="vsego_dash"),
    P("Всего 120", KUBAN, (120, None, False), id="vsego_bare_number"),
    P("48", ORENBURG, (48, None, False), id="bare_number_cell"),
    P("около 40", ORENBURG, (40, None, False), id="bare_about_cell"),
    # --- qualifiers: lower bounds and approximations (README: «более/свыше/не менее» lower bound;
    # «около/порядка/примерно» approximate, not a lower bound) --------------------------------------
    P("порядка 200 человек", OMSK, (200, None, False), id="poryadka"),
    P("около 150 зрителей", KAZAN, (150, None, False), id="okolo_spectators"),
    P("примерно 70 человек", ALTAI, (70, None, False), id="primerno"),
    P("~40 чел.", PRIMORYE, (40, None, False), id="tilde"),
    P("ок. 30 человек", BURYATIA, (30, None, False), id="ok_dot"),
    P("свыше 300 участников", KUBAN, (300, None, True), id="svyshe"),
    P("Свыше 300 человек", KUBAN, (300, None, True), id="svyshe_capitalised"),
    P("не менее 50 человек", ORENBURG, (50, None, True), id="ne_menee"),
    P("не менее 100 чел.", AMUR, (100, None, True), id="ne_menee_chel"),
    P("более 1,5 тыс. человек", OMSK, (1500, None, True), id="bolee_decimal_thousands"),
    P("более 1,5 тыс. зрителей", KAZAN, (1500, None, True), id="bolee_decimal_thousands_spectators"),
    P("Более ста человек", ALTAI, (100, None, True), id="bolee_sta"),
    P("около двухсот участников", ORENBURG, (200, None, False), id="okolo_dvukhsot"),
    P("свыше тысячи зрителей", KUBAN, (1000, None, True), id="svyshe_tysyachi"),
    P("Свыше 2-х тысяч человек", PRIMORYE, (2000, None, True), id="svyshe_2kh_tysyach"),
    P("более 2000 посетителей", PRIMORYE, (2000, None, True), id="bolee_2000"),
    P("около 1 000 человек", OMSK, (1000, None, False), id="okolo_1_000"),
    P("более полутора тысяч зрителей", BURYATIA, (1500, None, True), id="bolee_polutora_tysyach"),
    P("около полусотни участников", AMUR, (50, None, False), id="okolo_polusotni"),
    P("не менее двух десятков человек", ALTAI, (20, None, True), id="dva_desyatka"),
    P("не более 30 участников", KAZAN, (30, None, False), id="ne_bolee_is_no_lower_bound"),
    P("до 50 человек", OMSK, (50, None, False), id="do_50_is_about"),
    P("100+ участников", KUBAN, (100, None, True), id="plus_after"),
    P("30 с лишним человек", ORENBURG, (30, None, True), id="s_lishnim"),
    # --- ranges (README: the lower figure, lower-bound flag, upper in an info issue) ----------------
    P("50–60 человек", OMSK, (50, None, True), id="range_en_dash"),
    P("50-60 чел.", KAZAN, (50, None, True), id="range_hyphen_chel"),
    P("50 — 60 участников", KUBAN, (50, None, True), id="range_em_dash_spaced"),
    P("от 30 до 40 участников", ALTAI, (30, None, True), id="range_ot_do"),
    P("100 – 120 человек", PRIMORYE, (100, None, True), id="range_spaced"),
    P("от 1 до 3 тыс. зрителей", BURYATIA, (1000, None, True), id="range_thousands_on_upper_end"),
    P("20-30", AMUR, (20, None, True), id="bare_range_cell"),
    # --- whose people: countries, regions, adjectives --------------------------------------------
    P("Делегация Республики Беларусь (10 человек)", OMSK, (10, 10, False), id="delegation_country_bracket"),
    P("делегация Республики Казахстан в количестве 12 человек", ORENBURG, (12, 12, False),
      id="delegation_v_kolichestve"),
    P("Делегация провинции Хэйлунцзян в составе 9 человек", AMUR, (9, 9, False), id="delegation_province"),
    P("Участники: 18 студентов из Вьетнама", KAZAN, (18, 18, False), id="students_from_vietnam"),
    P("иностранные студенты – 25 человек", KAZAN, (25, 25, False), id="foreign_students_label"),
    P("12 студентов из КНР и 4 преподавателя", PRIMORYE, (16, 12, False), id="students_from_china_and_teachers"),
    P("15 белорусов и 20 россиян", OMSK, (35, 15, False), id="demonyms"),
    P("Делегация г. Усть-Каменогорска (Казахстан) – 14 человек", ALTAI, (14, 14, False),
      id="foreign_town_country_in_brackets"),
    P("представители 5 стран, всего 60 человек", KUBAN, (60, None, False), id="countries_then_total"),
    # README: people of several countries may include the hosts
    P("участники из 7 стран (около 120 человек)", KUBAN, (120, None, False), id="participants_from_countries"),
    P("Казахстанская делегация – 11 человек, оренбургская – 15 человек", ORENBURG, (26, 11, False),
      id="adjective_sides"),
    P("иностранные участники – 20 человек, российские – 40", ALTAI, (60, 20, False), id="foreign_then_russian_side"),
    P("монгольская сторона – 6 чел., бурятская сторона – 9 чел.", BURYATIA, (15, 6, False),
      id="mongolian_and_buryat_sides"),
    # --- lists by country -----------------------------------------------------------------------
    P("Беларусь – 12, Казахстан – 5", OMSK, (17, 17, False), id="countries_bare_numbers"),
    P("Беларусь – 12, Казахстан – 5, Армения – 3", OMSK, (20, 20, False), id="three_countries_bare_numbers"),
    P("Республика Беларусь – 12 чел., Республика Казахстан – 5 чел., Омская область – 30 чел.", OMSK,
      (47, 17, False), id="countries_and_home_region"),
    P("Китай – 8 человек, Монголия – 4 человека, Россия – 20 человек", BURYATIA, (32, 12, False),
      id="china_mongolia_russia"),
    P("из Беларуси – 10 чел., из Узбекистана – 6 чел.", KAZAN, (16, 16, False), id="from_countries"),
    P("Китай – 15 чел.; Россия – 25 чел.", AMUR, (40, 15, False), id="semicolon_between_countries"),
    P("от России – 18, от КНР – 22", PRIMORYE, (40, 22, False), id="ot_sides_bare_numbers"),
    P("Республика Беларусь: 14 человек; Омская область: 30 человек", OMSK, (44, 14, False),
      id="colon_after_country"),
    P("Узбекистан – 4 чел., Таджикистан – 3 чел., Кыргызстан – 2 чел.", ORENBURG, (9, 9, False),
      id="central_asian_countries"),
    # --- lists of posts with counts ---------------------------------------------------------------
    # README silent on a post named without its number: in a list of posts where others are counted
    # («2 начальника отдела, 3 специалиста»), a post in the singular nominative is one person.
    P("В составе делегации – заместитель министра, 2 начальника отдела, 3 специалиста", OMSK, (6, None, False),
      id="posts_deputy_minister_heads_specialists"),
    P("Состав делегации: ректор, 2 проректора, 5 преподавателей, 20 студентов", KAZAN, (28, None, False),
      id="posts_rector_prorectors"),
    P("Делегация: руководитель, 3 тренера, 12 спортсменов", KUBAN, (16, None, False), id="posts_coach_athletes"),
    P("тренер и 10 спортсменов", ALTAI, (11, None, False), id="posts_coach_and_athletes"),
    P("руководитель делегации, переводчик, 6 предпринимателей", PRIMORYE, (8, None, False),
      id="posts_head_interpreter_businessmen"),
    P("3 артиста и звукорежиссёр", ORENBURG, (4, None, False), id="posts_artists_and_sound_engineer"),
    P("Губернатор, 3 министра, 10 представителей бизнеса", AMUR, (14, None, False), id="posts_governor_ministers"),
    P("Делегация Республики Беларусь: министр образования, 2 ректора, 4 сотрудника министерства", OMSK,
      (7, 7, False), id="posts_of_a_foreign_delegation"),
    P("в составе: председатель облисполкома, его заместитель, 5 руководителей предприятий", BURYATIA,
      (7, None, False), id="posts_his_deputy"),
    P("Гости из Монголии: 4 артиста и 2 хореографа", BURYATIA, (6, 6, False), id="label_side_for_the_whole_list"),
    P("Делегация Республики Казахстан: 3 тренера, 12 спортсменов", ORENBURG, (15, 15, False),
      id="label_side_two_counts"),
    P("Участники из Китая: 10 студентов, 5 преподавателей, 3 амурских студента", AMUR, (18, 15, False),
      id="label_side_but_own_adjective"),
    P("Состав: главный тренер, 2 тренера, 14 спортсменов", KUBAN, (17, None, False), id="posts_adjective_first"),
    P("Делегация: первый заместитель министра и 3 специалиста", KAZAN, (4, None, False), id="posts_first_deputy"),
    # a post's side is its own words': the ambassador of Peru is foreign, and so are the staff said with him
    P("Посол Монголии и 2 советника посольства", BURYATIA, (3, 3, False), id="posts_ambassador_and_advisers"),
    P("делегация из Кубы – 7 человек; Посол Перу и 3 сотрудника", KUBAN, (11, 11, False),
      id="posts_after_a_semicolon_own_side"),
    # guards: a post that is part of a counted whole is not one more
    P("10 человек, в т.ч. руководитель делегации", OMSK, (10, None, False), id="post_inside_a_total"),
    P("10 человек, руководитель – Иванов И.И.", OMSK, (10, None, False), id="leader_of_people_in_general"),
    P("15 участников и переводчик", ALTAI, (15, None, False), id="participants_in_general_then_post"),
    P("Руководитель делегации – министр экономики, всего 8 человек", KAZAN, (8, None, False),
      id="post_then_total"),
    P("Делегация во главе с министром, 10 человек", KUBAN, (10, None, False), id="headed_by_then_count"),
    P("12 спортсменов и тренеры", ALTAI, (12, None, True), id="uncounted_plural_post_is_at_least"),
    # --- parts: «в т.ч.», «из них», «включая», «а также» -------------------------------------------
    P("45 человек, в т.ч. 12 иностранных", OMSK, (45, 12, False), id="vtch_foreign"),
    P("Всего – 85 чел., в т.ч. иностранных – 23 чел.", OMSK, (85, 23, False), id="vsego_vtch_foreign_label"),
    P("60 участников, из них 20 – из Китая", AMUR, (60, 20, False), id="iz_nikh_from_china"),
    P("60 участников, из них 20 граждан КНР", AMUR, (60, 20, False), id="iz_nikh_citizens"),
    P("Общее количество участников – 300 человек, в т.ч. из КНР – 40", PRIMORYE, (300, 40, False),
      id="total_label_then_part_from_china"),
    P("40 человек, в том числе из Беларуси – 8, из Казахстана – 4", OMSK, (40, 12, False), id="vtom_chisle_list"),
    # README silent on «включая»: it says «including» as «в том числе» does, so a part, not more people
    P("35 участников, включая 10 иностранных гостей", KAZAN, (35, 10, False), id="vklyuchaya_foreign_guests"),
    P("50 человек, включая 5 представителей Республики Казахстан", ORENBURG, (50, 5, False),
      id="vklyuchaya_country"),
    P("Участники: 28 человек (включая 6 иностранцев)", ALTAI, (28, 6, False), id="vklyuchaya_in_brackets"),
    P("120 зрителей, включая гостей из Монголии", BURYATIA, (120, None, False), id="vklyuchaya_uncounted"),
    P("40 студентов, включая 12 из Китая и 3 из Вьетнама", AMUR, (40, 15, False), id="vklyuchaya_two_parts"),
    P("30 человек, включая 10 человек из Узбекистана", ORENBURG, (30, 10, False), id="vklyuchaya_people_word_again"),
    P("20 студентов, а также 5 преподавателей", KUBAN, (25, None, False), id="a_takzhe_adds"),
    P("30 школьников из Китая, а также 6 сопровождающих", AMUR, (36, 30, False), id="a_takzhe_escorts"),
    P("32 человека, из которых 17 – представители Республики Беларусь", OMSK, (32, 17, False), id="iz_kotorykh"),
    P("Участников 30 (из них 12 иностранных)", KAZAN, (30, 12, False), id="label_no_dash_bracket_part"),
    P("45 (в т.ч. 12 иностр.)", ORENBURG, (45, 12, False), id="bare_whole_then_part"),
    P("25, иностранных участников – 7", KUBAN, (25, 7, False), id="bare_whole_comma_part"),
    # --- nested brackets -----------------------------------------------------------------------------
    P("Делегация (15 человек (в т.ч. 3 сопровождающих)) из Республики Беларусь", OMSK, (15, 15, False),
      id="nested_brackets_delegation"),
    P("30 человек (в т.ч. 10 (из них 4 – онлайн) из Казахстана)", ORENBURG, (30, 10, False),
      id="nested_brackets_parts"),
    P("Участники: 40 чел. (из них иностранных – 12 (Беларусь – 8, Казахстан – 4))", OMSK, (40, 12, False),
      id="nested_brackets_foreign_by_country"),
    P("Делегация (12 человек (из них 2 – переводчики)) из провинции Хэйлунцзян", AMUR, (12, 12, False),
      id="nested_brackets_province"),
    P("Делегация (9 чел. (руководитель – министр)) из Монголии", BURYATIA, (9, 9, False),
      id="nested_bracket_without_a_count"),
    P("Гости (20 человек (из них 5 – дети)) из г. Омска и Казахстана", OMSK, (20, None, False),
      id="nested_brackets_home_and_abroad"),
    P("Участники (всего 26 чел.): делегация КНР (11 чел.), сотрудники университета (15 чел.)", AMUR,
      (26, 11, False), id="total_in_brackets_then_groups"),
    # --- online audience and reach (README: a broadcast's viewers count, media reach does not) -------
    P("онлайн-трансляцию посмотрели 3 000 человек", OMSK, (3000, None, False), id="broadcast_watched"),
    P("Трансляцию посмотрели более 2 тыс. человек", KAZAN, (2000, None, True), id="broadcast_more_than"),
    P("Охват аудитории в социальных сетях – 12 тыс. человек, очно – 150 участников", KUBAN, (150, None, False),
      id="social_reach_not_attendance"),
    P("Охват – 10 тыс. просмотров", KUBAN, (None, None, False), id="reach_views"),
    # doubtful: «охват 10 тыс.» names no people and no medium. README: only a reach through the media is
    # not attendance, and a bare reach («Охват – 300 человек») is how schools write attendance; a cell of
    # nothing but a count is people. So 10 000 people reached, read as attendance (the analyst would ask).
    P("охват 10 тыс.", ALTAI, (10000, None, False), id="bare_reach_follows_readme"),
    P("охват в соцсетях 10 тыс.", ALTAI, (None, None, False), id="reach_in_social_media_is_no_count"),
    P("Охват участников – 300 человек", ALTAI, (300, None, False), id="reach_of_participants_counts"),
    P("Концерт в зале – 300 зрителей, трансляцию посмотрели около 1500 человек", PRIMORYE, (1800, None, False),
      id="hall_and_broadcast"),
    # --- not people ---------------------------------------------------------------------------------
    P("15 коллективов", OMSK, (None, None, False), id="ensembles_not_people"),
    P("представители 7 иностранных государств", KAZAN, (None, None, False), id="states_not_people"),
    P("8 команд из 4 стран", KUBAN, (None, None, False), id="teams_not_people"),
    P("десятки человек", ALTAI, (None, None, False), id="tens_alone"),
    P("тысячи зрителей", ORENBURG, (None, None, False), id="thousands_alone"),
    P("Участники старше 18 лет", AMUR, (None, None, False), id="age_not_people"),
    P("Всего 3 дня", BURYATIA, (None, None, False), id="days_not_people"),
]


@pytest.mark.parametrize(("text", "region", "expected"), COUNTS)
def test_a_participants_cell_counts_as_a_person_reads_it(text, region, expected):
    assert _read(text, region) == expected


# (cell, region, (total, online)): the online part of a count
ONLINE = [
    P("15 чел. (в т.ч. 5 – онлайн)", OMSK, (15, 5), id="online_part_in_brackets"),
    P("30 человек: 20 очно, 10 онлайн", KAZAN, (30, 10), id="in_person_and_online_after_colon"),
    P("Всего: 120, в т.ч. онлайн – 45", KUBAN, (120, 45), id="total_then_online_part"),
    P("500 – в очном формате, 1000 – в формате онлайн", ALTAI, (1500, 1000), id="formats_summed"),
    P("по ВКС подключились 20 человек", AMUR, (20, 20), id="vks_connected"),
    P("40 – очно, 15 – по ВКС", OMSK, (55, 15), id="bare_numbers_with_formats"),
    P("25 – в режиме видеоконференции, 10 – очно", KAZAN, (35, 25), id="bare_numbers_video_first"),
    P("40 участников, из них 12 – по видеосвязи", BURYATIA, (40, 12), id="by_video_link"),
    P("онлайн-трансляцию посмотрели 3 000 человек", OMSK, (3000, 3000), id="broadcast_is_online"),
]


@pytest.mark.parametrize(("text", "region", "expected"), ONLINE)
def test_an_online_part(text, region, expected):
    found = row_attendance({"participants": text}, home_of(region).mentioned_in)
    assert (found.total, found.online) == expected


def _officials(text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.role) for o in normalize_names({1: find_officials(text)})[1]]


# (cell, [(name in the nominative, role as written)]): the officials a person names from the cell.
OFFICIALS = [
    # initials before or after the surname, in any case
    P("Министр промышленности Республики Беларусь Пархомчик П.А.", [("П.А. Пархомчик",
      "Министр промышленности Республики Беларусь")], id="surname_then_initials"),
    P("первый заместитель Губернатора Оренбургской области – Балыкин С.В.", [("С.В. Балыкин",
      "первый заместитель Губернатора Оренбургской области")], id="role_dash_surname_initials"),
    P("Губернатор Омской области В.П. Хоценко", [("В.П. Хоценко", "Губернатор Омской области")],
      id="initials_then_surname_indeclinable"),
    P("с участием заместителя начальника управления внешних связей Администрации Губернатора Омской области "
      "Сидоровой Е.А.", [("Е.А. Сидорова", "заместителя начальника управления внешних связей Администрации "
                                           "Губернатора Омской области")], id="genitive_chain_woman"),
    P("встреча с ректором Ташкентского государственного университета Маматкуловым Б.Х.",
      [("Б.Х. Маматкулов", "ректором Ташкентского государственного университета")], id="instrumental_rector"),
    P("Начальник отдела Петренко И.В.", [("И.В. Петренко", "Начальник отдела")], id="ukrainian_surname"),
    P("Министр культуры Республики Татарстан И.Н. Аюпова", [("И.Н. Аюпова",
      "Министр культуры Республики Татарстан")], id="woman_nominative"),
    # acting and deputy roles
    P("и.о. министра образования Республики Бурятия Д.А. Гомбоев", [("Д.А. Гомбоев",
      "и.о. министра образования Республики Бурятия")], id="acting_io"),
    P("И.о. министра экономического развития Алтайского края Ветрова Е.Н.", [("Е.Н. Ветрова",
      "и.о. министра экономического развития Алтайского края")], id="acting_io_surname_first"),
    P("врио главы администрации города А.В. Смирнов", [("А.В. Смирнов", "врио главы администрации города")],
      id="vrio"),
    P("зам. председателя Правительства Республики Татарстан Р.Р. Хамаев", [("Р.Р. Хамаев",
      "зам. председателя Правительства Республики Татарстан")], id="zam_abbreviated"),
    P("зам. министра иностранных дел Кыргызской Республики Асейин Исаев", [("Асейин Исаев",
      "зам. министра иностранных дел Кыргызской Республики")], id="zam_plain_central_asian_name"),
    # «зам.» shortens the post before its role: its full stop ends no phrase (before, the role lost «зам.»,
    # and a woman's name after «Зам. Губернатора» was read in the role noun's genitive: «М. Петров»)
    P("Зам. Губернатора области Марина Петрова", [("М. Петрова", "Зам. Губернатора области")],
      id="zam_capital_woman_plain_name"),
    P("Зам. председателя комитета Ержан Ашикбаев", [("Ержан Ашикбаев", "Зам. председателя комитета")],
      id="zam_capital_plain_name"),
    P("с зам. министра культуры Анной Ивановой", [("А. Иванова", "зам. министра культуры")],
      id="zam_instrumental_plain_name"),
    P("заместитель председателя Минского облисполкома Иванов Иван Иванович", [("И.И. Иванов",
      "заместитель председателя Минского облисполкома")], id="full_name_surname_first"),
    # double surnames
    P("директор гимназии Мамедова-Гусейнова Л.Р.", [("Л.Р. Мамедова-Гусейнова", "директор гимназии")],
      id="double_surname_hyphen_woman"),
    P("художественный руководитель театра А.А. Римский-Корсаков", [("А.А. Римский-Корсаков",
      "художественный руководитель театра")], id="double_surname_adjectival"),
    P("с председателем союза художников Петровым-Водкиным К.С.", [("К.С. Петров-Водкин",
      "председателем союза художников")], id="double_surname_instrumental"),
    # Central Asian, Chinese, Korean, Vietnamese, Mongolian names written plainly after their role
    # README (officials): a given name the dictionary knows makes the usual form with an initial
    # («Анатолий Маркевич» → «А. Маркевич»); one it does not know is kept whole («Асейин Исаев»)
    P("аким Костанайской области Кумар Аксакалов", [("К. Аксакалов", "аким Костанайской области")],
      id="akim_kazakh"),
    P("хоким Самаркандской области Эркинжон Турдимов", [("Э. Турдимов", "хоким Самаркандской области")],
      id="khokim_uzbek"),
    P("губернатор провинции Хэйлунцзян Лян Хуэйлинь", [("Лян Хуэйлинь", "губернатор провинции Хэйлунцзян")],
      id="chinese_governor"),
    P("Генеральный консул КНР в Хабаровске Цуй Гоцзе", [("Цуй Гоцзе", "Генеральный консул КНР в Хабаровске")],
      id="chinese_consul"),
    P("Посол Республики Корея в Российской Федерации Ли До Хун", [("Ли До Хун",
      "Посол Республики Корея в Российской Федерации")], id="korean_three_syllables"),
    P("Генеральный консул Республики Корея во Владивостоке Пак Ки Чжун", [("Пак Ки Чжун",
      "Генеральный консул Республики Корея во Владивостоке")], id="korean_consul"),
    P("Посол Социалистической Республики Вьетнам Данг Минь Кхой", [("Данг Минь Кхой",
      "Посол Социалистической Республики Вьетнам")], id="vietnamese_ambassador"),
    P("встреча с Генеральным консулом Республики Казахстан Нурланом Досаевым", [("Н. Досаев",
      "Генеральным консулом Республики Казахстан")], id="kazakh_instrumental"),
    P("Чрезвычайный и Полномочный Посол Республики Таджикистан Давлатшох Гулмахмадзода", [(
      "Давлатшох Гулмахмадзода", "Чрезвычайный и Полномочный Посол Республики Таджикистан")],
      id="tajik_zoda_surname"),
    P("Послом Монголии Д. Ганболдом", [("Д. Ганболд", "Послом Монголии")], id="mongolian_one_initial"),
    P("Встреча с госпожой Ли Мэй, консулом КНР", [("Ли Мэй", "консулом КНР")], id="honorific_chinese"),
    # two officials in one cell
    P("встреча Губернатора Амурской области В.А. Орлова с губернатором провинции Хэйлунцзян Лян Хуэйлинем",
      [("В.А. Орлов", "Губернатора Амурской области"), ("Лян Хуэйлинь", "губернатором провинции Хэйлунцзян")],
      id="two_officials_governors"),
    P("Участники: Министр экономики Республики Беларусь – Ю.А. Чеботарь; министр экономического развития "
      "Омской области – Е.А. Кинёва", [("Ю.А. Чеботарь", "Министр экономики Республики Беларусь"),
                                       ("Е.А. Кинёва", "министр экономического развития Омской области")],
      id="two_officials_semicolon"),
    # a name something is named after is no official
    P("студенты университета им. Н.Г. Чернышевского – 15 человек", [], id="named_after_is_no_official"),
]


@pytest.mark.parametrize(("text", "expected"), OFFICIALS)
def test_the_officials_of_a_participants_cell(text, expected):
    assert _officials(text) == expected
