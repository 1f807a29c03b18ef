"""Attendance from the participants cell: real lines of the sample, then other clerks' phrasings."""
import pytest

from etl.attendance import parse_attendance
from etl.title import home_of

HOME = home_of("Смоленская область").mentioned_in


@pytest.mark.parametrize("raw, total, lower, foreign, online", [
    pytest.param("Общее количество участников –\n500 человек в очном формате,\n1000 – в формате онлайн",
                 1500, False, None, 1000, id="in_person_plus_online"),
    pytest.param("Количество участников, посетивших выставку – более 1600 человек", 1600, True, None, None,
                 id="more_than"),
    pytest.param("Заслуженный коллектив «Белорусский государственный академический музыкальный театр» "
                 "(30 представителей), Заслуженный коллектив Республики Беларусь «Могилевский областной "
                 "драматический театр»\n(32 представителя)", 62, False, 62, None, id="two_foreign_groups"),
    pytest.param("Национальный русский театр драмы имени Михаила  Лермонтова (г. Алматы, Республика Казахстан) – \n"
                 "50 представителей театрального коллектива.\nКоличество зрителей – 1000 человек",
                 1050, False, 50, None, id="performers_plus_spectators"),
    pytest.param("1. Дети из различных социальных учреждений города и области.\nОбщее количество участников – 110 человек",
                 110, False, None, None, id="list_number_is_not_a_count"),
    pytest.param("15 оркестров из Смоленской, Ленинградской областей Российской Федерации, а также Витебской, "
                 "Минской областей Республики Беларусь", None, False, None, None, id="orchestras_are_not_people"),
    pytest.param("Исполнители в возрасте старше 18 лет и творческие коллективы", None, False, None, None,
                 id="age_is_not_people"),
    pytest.param("73 руководителя и специалиста методических служб из 64 регионов Российской Федерации и Республики Беларусь",
                 73, False, None, None, id="regions_are_not_people"),
    pytest.param("32 обучающихся образовательных организаций, из них 2 участника из Республики Беларусь",
                 32, False, 2, None, id="subset_is_not_added"),
    pytest.param("Более 2000 обучающихся образовательных организаций, из них 2 участника из Республики Беларусь",
                 2000, True, 2, None, id="lower_bound_with_subset"),
    pytest.param("3 представителя Смоленской области (2 сотрудника Главного управления и 1 волонтер)",
                 3, False, None, None, id="breakdown_in_brackets"),
    pytest.param("Общее количество участников – 60 человек\n(10 человек – граждане Российской Федерации,\n"
                 "50 человек – иностранные граждане)", 60, False, 50, None, id="total_wins_foreign_from_breakdown"),
    pytest.param("В концертной программе приняли участие 118 человек – коллективы Смоленской области, Брянской "
                 "области и Республики Беларусь. \nМероприятие посетило 310 зрителей", 428, False, None, None,
                 id="mixed_group_is_not_foreign"),
    pytest.param("Более 400 участников, среди них представители Республики Беларусь", 400, True, None, None,
                 id="unnumbered_foreigners_among_them"),
    pytest.param("Делегация Смоленской области (в составе \n3-х человек)", 3, False, None, None, id="3_kh"),
    pytest.param("Детской музыкальной школы № 1 имени М.И. Глинки", None, False, None, None, id="school_number"),
    pytest.param("Школа танцев «Аиша» (г. Смоленск) (состав – 13 человек)", 13, False, None, None, id="abbreviation_g"),
    # Beyond the sample: other clerks' wording
    pytest.param("Свыше 1 200 зрителей", 1200, True, None, None, id="thousands_space"),
    pytest.param("около 2,5 тыс. человек", 2500, False, None, None, id="decimal_thousands"),
    pytest.param("Всего 45 участников, в том числе 12 иностранных гостей", 45, False, 12, None, id="vtom_chisle"),
    pytest.param("не менее 30 человек", 30, True, None, None, id="ne_menee"),
    pytest.param("три представителя Министерства культуры", 3, False, None, None, id="number_word"),
    pytest.param("Участники: 20 человек очно, 35 человек онлайн", 55, False, None, 35, id="online_count_without_total"),
    pytest.param("Представители ООО «Корпорация инвестиционного развития Смоленской области»", None, False, None, None,
                 id="no_numbers"),
    pytest.param("15 человек очно и 30 онлайн", 45, False, None, 30, id="format_words_without_dash"),
    pytest.param("12 делегаций из 8 стран", None, False, None, None, id="delegations_are_not_people"),
    pytest.param("Приняли участие 25 человек, в т.ч. 5 представителей Республики Беларусь", 25, False, 5, None,
                 id="v_t_ch"),
    pytest.param("Всего – 60 человек, в том числе 20 иностранцев", 60, False, 20, None, id="foreigners_noun"),
])
def test_parse_attendance(raw, total, lower, foreign, online):
    result = parse_attendance(raw, HOME)
    assert (result.total, result.lower_bound, result.foreign, result.online) == (total, lower, foreign, online)


def test_more_foreign_than_total_is_reported_not_kept():
    result = parse_attendance("Всего 10 человек, из них 20 иностранных граждан", HOME)
    assert result.total == 10 and result.foreign is None
    assert result.issues and result.issues[0].field == "attendance_foreign"


@pytest.mark.parametrize("text, total", [
    pytest.param("3 делегации по 5 человек", 15, id="digits"),
    pytest.param("две делегации по 12 человек", 24, id="number_word"),
    pytest.param("в двух группах по 10 человек", 20, id="inflected_groups"),
    pytest.param("2 делегации по 5 человек и 10 волонтеров", 20, id="groups_plus_others"),
    # «каждой» says there are several: at least two (a lower bound; test_etl_counts_per_side.py)
    pytest.param("по 5 человек от каждой делегации", 10, id="no_group_count"),
    pytest.param("по 5 человек в делегации", 5, id="no_each"),
    pytest.param("делегация из 5 человек", 5, id="one_group"),
])
def test_groups_of_a_stated_size_are_multiplied(text, total):
    assert parse_attendance(text).total == total


@pytest.mark.parametrize("raw, total, online", [
    pytest.param("очно – 20 человек, онлайн – 40 человек", 60, 40, id="format_before_each_count"),
    pytest.param("очно: 20 чел., онлайн: 40 чел.", 60, 40, id="format_labels_with_colons"),
    pytest.param("онлайн: 40, очно: 20", 60, 40, id="format_labels_bare_numbers"),
    pytest.param("в режиме ВКС – 15 человек, очно – 10 человек", 25, 15, id="vks_label_first"),
    pytest.param("40 человек онлайн, 20 очно", 60, 40, id="format_after_each_count_still"),
    pytest.param("20 человек (очно), 40 человек (онлайн)", 60, 40, id="format_in_parentheses_after"),
    pytest.param("60 человек, из них 40 – в режиме ВКС", 60, 40, id="vks_after_a_part"),
])
def test_a_format_said_before_a_count_is_that_counts(raw, total, online):
    """'очно – 20 человек, онлайн – 40 человек': before, «онлайн» after the 20 was read as the 20's
    format (online 20), and 'онлайн: 40, очно: 20' gave no count at all."""
    found = parse_attendance(raw)
    assert (found.total, found.online) == (total, online)


@pytest.mark.parametrize("raw, total", [
    pytest.param("100+ участников", 100, id="plus_before_noun"),
    pytest.param("20+ человек", 20, id="plus_before_chelovek"),
    pytest.param("более 50+ человек", 50, id="plus_and_qualifier"),
])
def test_a_plus_after_a_count_is_at_least(raw, total):
    found = parse_attendance(raw)
    assert (found.total, found.lower_bound) == (total, True)


def test_a_plus_between_numbers_is_not_at_least():
    found = parse_attendance("акция «1+1», 30 человек")
    assert (found.total, found.lower_bound) == (30, False)


def _one_event_report(participants: str, venue: str = "г. Смоленск"):
    from etl.normalize import build_report
    from etl.read import read_bytes
    from tests.conftest import SAMPLE

    text = SAMPLE.read_text(encoding="utf-8")
    head = text[:text.index("\tСотрудничество в сфере инвестиционного развития")]
    cells = ["Встреча", venue, "15 октября 2024 года", "Проведены переговоры.", participants]
    body = "\tСотрудничество в сфере культуры\n\n\t1. \n" + "".join(f"\t{c}\n" for c in cells)
    return build_report(read_bytes((head + body).encode("utf-8"), "r.txt")).events[0]


@pytest.mark.parametrize("participants, expected", [
    pytest.param("60 человек, из них 40 – в режиме ВКС", "hybrid", id="part_online"),
    pytest.param("в режиме ВКС, 25 человек", "online", id="all_online"),
    pytest.param("очно – 20 человек, онлайн – 40 человек", "hybrid", id="both_said"),
    pytest.param("30 человек", "in_person", id="in_person"),
])
def test_a_count_partly_online_makes_the_event_hybrid(participants, expected):
    """Before, '60 человек, из них 40 – в режиме ВКС' was an online event though 20 were there in person."""
    assert _one_event_report(participants).format == expected
