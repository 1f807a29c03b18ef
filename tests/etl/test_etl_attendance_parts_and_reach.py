"""Ninth sweep: people named by their nationality, lists of parts that go on after 'и', numbers
that count countries or things, and audiences reached through the media.

Before: '15 белорусов и 20 россиян' had no foreign people; 'в т.ч. 8 из Узбекистана и 5 из
Таджикистана' lost the second part and 'из них 10 студентов и 5 преподавателей' added it to the
whole; '30 человек, 12 из Минска' made all 30 foreign; 'в том числе представители 15 зарубежных
стран' made 15 people foreign; 'Охват аудитории в социальных сетях … 12 тыс. человек, очно – 150
участников' counted 12,150 people.
"""
from __future__ import annotations

import pytest

from etl.attendance import parse_attendance
from etl.geo import demonym_countries
from etl.title import Home

SMOLENSK = Home(region="Смоленская область", adjective="смоленский", centre="смоленск")
AMUR = Home(region="Амурская область", adjective="амурский", centre="благовещенск")


def _read(text: str, home: Home = SMOLENSK) -> tuple[int | None, int | None, int | None]:
    found = parse_attendance(text, home.mentioned_in)
    return found.total, found.foreign, found.online


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("15 белорусов и 20 россиян", (35, 15, None), id="belarusians_and_russians"),
    pytest.param("в составе делегации 12 китайцев", (12, 12, None), id="chinese_delegation"),
    pytest.param("Приняли участие 40 студентов, в т.ч. 8 узбеков и 5 таджиков", (40, 13, None), id="students_of_two_nations"),
    pytest.param("30 человек (20 россиян, 10 казахов)", (30, 10, None), id="breakdown_by_nationality"),
    pytest.param("Участвовали 6 японцев и 14 студентов АмГУ", (20, 6, None), id="japanese_and_home_students"),
    pytest.param("Гости: 9 вьетнамцев", (9, 9, None), id="vietnamese_guests"),
    # a nationality in the cell's history is nobody present
    pytest.param("изгнание немцев из Смоленска: 200 участников", (200, None, None), id="history_not_people"),
    pytest.param("25 россиян", (25, None, None), id="home_nationality"),
])
def test_people_named_by_their_nationality(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "code"), [
    ("белорусов", "BY"), ("китайцы", "CN"), ("туркменов", "TM"), ("армян", "AM"), ("болгар", "BG"),
    ("абхазов", "AB"), ("россиян", "RU"),
])
def test_a_nationality_names_its_country(text, code):
    assert demonym_countries(text) == {code}


@pytest.mark.parametrize("text", ["Белоруссия", "китайский", "делегация", "немецко-фашистских"])
def test_not_a_nationality(text):
    assert demonym_countries(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Приняли участие 40 студентов, в т.ч. 8 из Узбекистана и 5 из Таджикистана", (40, 13, None),
                 id="parts_by_place_joined_by_and"),
    pytest.param("40 участников, из них 10 студентов и 5 преподавателей", (40, None, None), id="parts_by_role_joined_by_and"),
    pytest.param("Участников 60, из них 12 из Беларуси, 6 из Казахстана", (60, 18, None), id="parts_by_place_after_comma"),
    pytest.param("30 человек, 12 из Минска", (30, 12, None), id="a_part_from_abroad_without_a_dash"),
    pytest.param("25 участников, 10 от Витебского облисполкома", (25, 10, None), id="a_part_from_a_foreign_body"),
    # parts that would exceed the whole are more people, and 'а также' adds people
    pytest.param("40 участников, в т.ч. 5 иностранных, 200 зрителей", (240, 5, None), id="more_than_the_whole"),
    pytest.param("40 участников, из них 10 иностранных, а также 30 зрителей", (70, 10, None), id="as_well_as_adds"),
])
def test_a_list_of_parts_goes_on(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("приняли участие свыше 300 человек, в том числе представители 15 зарубежных стран", (300, None, None),
                 id="representatives_of_countries"),
    pytest.param("Участников: 30 стран", (None, None, None), id="label_then_countries"),
    pytest.param("Всего: 12 мероприятий", (None, None, None), id="total_then_events"),
    pytest.param("40 участников, из них 12 иностранных", (40, 12, None), id="adjective_alone_is_people"),
    pytest.param("Участников 50, в т.ч. 5 онлайн", (50, None, 5), id="format_after_is_people"),
])
def test_a_number_of_things_is_no_people(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Охват аудитории в социальных сетях составил более 12 тыс. человек, очно – 150 участников",
                 (150, None, None), id="social_reach_then_in_person"),
    pytest.param("12 тыс. человек охвачено публикациями в СМИ, 80 участников очно", (80, None, None), id="reached_by_media_after"),
    pytest.param("Участники: 40 человек. Публикации в СМИ охватили аудиторию 50 тыс. человек", (40, None, None),
                 id="media_before_the_reach"),
    pytest.param("Аудитория телеканала – около 1 млн человек, в зале – 300 зрителей", (300, None, None), id="tv_audience"),
    pytest.param("150 участников; количество просмотров трансляции – 2500", (150, None, None), id="views_are_no_people"),
    # attendance written as 'охват' by schools, and people who watched a broadcast, still count
    pytest.param("Охват участников – 300 человек", (300, None, None), id="coverage_as_attendance"),
    pytest.param("Мероприятием охвачено 200 школьников", (200, None, None), id="pupils_covered"),
    pytest.param("онлайн-трансляцию посмотрели более 3 тыс. человек", (3000, None, 3000), id="watched_a_broadcast"),
])
def test_an_audience_reached_through_the_media_is_not_attendance(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("1.200 человек", (1200, None, None), id="dot_groups_thousands"),
    pytest.param("2,500 зрителей", (2500, None, None), id="comma_groups_thousands"),
    pytest.param("около 3.000 посетителей", (3000, None, None), id="approximate_grouped"),
    # a fraction with a multiplier is still a fraction of thousands
    pytest.param("1,5 тыс. человек", (1500, None, None), id="decimal_thousands"),
    pytest.param("2,25 тыс. зрителей", (2250, None, None), id="two_decimals_thousands"),
])
def test_thousands_grouped_by_a_dot_or_comma(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected", "home"), [
    pytest.param("10 человек от области, 6 – от провинции Хэйлунцзян", (16, 6, None), AMUR, id="province_by_its_kind"),
    pytest.param("12 человек из района, 4 – из префектуры Тоттори", (16, 4, None), SMOLENSK, id="prefecture_by_its_kind"),
    pytest.param("Кол-во участников (чел.): 35", (35, None, None), SMOLENSK, id="abbreviated_count_label_with_unit"),
    pytest.param("Количество участников (чел.) – 35", (35, None, None), SMOLENSK, id="count_label_with_unit"),
    pytest.param("Всего 35 чел., иностр. – 12", (35, 12, None), SMOLENSK, id="abbreviated_side_label"),
    pytest.param("30 человек, из них зарубежн. – 7", (30, 7, None), SMOLENSK, id="abbreviated_side_of_them"),
    pytest.param("35 чел., иностр. участников — 12 чел.", (35, 12, None), SMOLENSK, id="side_label_then_plain_people"),
    pytest.param("30 человек, иностранных – 12 человек", (30, 12, None), SMOLENSK, id="side_adjective_then_plain_people"),
    # when the first count named its side, the next side adds people
    pytest.param("Иностранные участники – 20 человек, российские – 40 человек", (60, 20, None), SMOLENSK, id="two_sides_add"),
    pytest.param("Смоленская делегация – 8 человек, белорусская делегация – 6 человек", (14, 6, None), SMOLENSK,
                 id="two_delegations_add"),
])
def test_sides_and_labels_as_clerks_shorten_them(text, expected, home):
    assert _read(text, home) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("от России – 18, от КНР – 22", (40, 22, None), id="sides_from_countries"),
    pytest.param("РФ: 18; КНР: 22", (40, 22, None), id="sides_by_abbreviations"),
    pytest.param("Беларусь – 8, Смоленская обл. – 12", (20, 8, None), id="country_and_home_region"),
    pytest.param("Участники: Беларусь – 8, Россия – 12", (20, 8, None), id="after_a_label"),
    pytest.param("Состав: г. Минск – 5, г. Смоленск – 7", (12, 5, None), id="towns"),
    pytest.param("45 (в т.ч. 12 иностр.)", (45, 12, None), id="whole_then_its_parts_in_brackets"),
    pytest.param("20 (из них 5 онлайн)", (20, None, 5), id="whole_then_online_part"),
    # a year or a number of things after a place is no people
    pytest.param("Республика Беларусь – 2024", (None, None, None), id="a_year"),
    pytest.param("Витебская область – 5 районов", (None, None, None), id="districts"),
])
def test_sides_said_before_bare_numbers(text, expected):
    assert _read(text) == expected


# ---------- a row whose template has no participants cell ----------

from etl.normalize import row_attendance  # noqa: E402


def _row(cells: dict[str, str]) -> tuple[int | None, int | None, bool]:
    found = row_attendance(cells, SMOLENSK.mentioned_in)
    return found.total, found.foreign, found.lower_bound


@pytest.mark.parametrize(("cells", "expected"), [
    pytest.param({"attendance_foreign": "индийская делегация – 14 чел."}, (14, 14, True), id="only_the_foreign_column"),
    pytest.param({"attendance_foreign": "6", "participants": ""}, (6, 6, True), id="only_a_bare_foreign_count"),
    pytest.param({"content": "Выставку посетили более 4 тыс. посетителей"}, (4000, None, True), id="the_results_count"),
    pytest.param({"content": "Подписано соглашение; около 50 участников", "participants": ""}, (50, None, False),
                 id="the_results_count_after_an_agreement"),
    # a participants cell, however worded, is read first; the results' count is not added to it
    pytest.param({"participants": "30 человек", "content": "более 4 тыс. посетителей"}, (30, None, False),
                 id="participants_first"),
    pytest.param({"participants": "делегация Республики Беларусь", "content": "выставку посетили 200 человек"},
                 (None, None, False), id="a_participants_cell_without_a_count"),
    pytest.param({"participants": "40 человек", "attendance_foreign": "12"}, (40, 12, False), id="foreign_column_within"),
])
def test_a_row_without_a_participants_count(cells, expected):
    assert _row(cells) == expected
