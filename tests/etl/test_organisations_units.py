"""Units inside an organisation (etl/organisations.py; README «Organisations»). A body that acts and
signs on its own — an «управление», «главное управление», «департамент» or «комитет» of an executive
committee or administration — is recorded as itself, its parent kept in its name («Управление
культуры Витебского облисполкома»), as the hand-made gold list records «Управление Министерства
внутренних дел России по Смоленской области». A working unit — «кафедра», «факультет», «отдел»,
«лаборатория» — is folded into its parent: the university or the executive committee is the partner
in the registry. A city written «г. X» ends the name and is the same as «города X». Every sentence is
SYNTHETIC, written for these tests; none is a line of the sample report."""
from __future__ import annotations

import pytest

from etl.organisations import Context, alias_key, find_organisations
from etl.title import home_of


def found(text: str, region: str = "Смоленская область") -> list[tuple[str, str | None, str]]:
    home = home_of(region)
    return [(o.name, o.country, o.kind)
            for o in find_organisations({"content": text}, Context(home.own_word, home.centre, "RU", ()))]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Делегация управления культуры Витебского облисполкома посетила Смоленск",
                 [("Управление культуры Витебского облисполкома", "BY", "executive")], id="belarusian_department_lower_case"),
    pytest.param("Сотрудники Главного управления идеологической работы Гомельского облисполкома",
                 [("Главное управление идеологической работы Гомельского облисполкома", "BY", "executive")],
                 id="main_department_of_an_executive_committee"),
    pytest.param("Представители департамента внешнеэкономических связей администрации Харбина",
                 [("Департамент внешнеэкономических связей администрации Харбина", "CN", "executive")],
                 id="chinese_city_department"),
    pytest.param("Делегация комитета по образованию Мингорисполкома",
                 [("Комитет по образованию Мингорисполкома", "BY", "executive")], id="committee_of_minsk_city"),
    pytest.param("Представители Управления образования администрации г. Смоленска",
                 [("Управление образования администрации г. Смоленска", "RU", "executive")],
                 id="department_of_a_city_administration_keeps_the_city"),
])
def test_a_body_of_an_executive_is_recorded_as_itself(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Представители Комитета по культуре Смоленской области",
                 [("Комитет по культуре Смоленской области", "RU", "executive")], id="regional_committee_is_no_unit"),
    pytest.param("Представители Департамента Смоленской области по культуре",
                 [("Департамент Смоленской области по культуре", "RU", "executive")], id="regional_department_is_no_unit"),
])
def test_an_executive_body_of_a_region_stays_whole(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("region, text, expected", [
    pytest.param("Смоленская область", "Встреча со студентами кафедры истории Белорусского государственного университета",
                 [("Белорусский государственный университет", "BY", "education")], id="chair_folds_into_university"),
    pytest.param("Смоленская область", "Студенты Факультета журналистики Белорусского государственного университета",
                 [("Белорусский государственный университет", "BY", "education")], id="capitalised_faculty_folds"),
    pytest.param("Омская область", "Преподаватели кафедры русского языка Карагандинского университета имени Е.А. Букетова",
                 [("Карагандинский университет имени Е.А. Букетова", "KZ", "education")],
                 id="kazakh_university_chair_folds"),
    pytest.param("Смоленская область", "Делегация Отдела культуры Оршанского райисполкома",
                 [("Оршанский райисполком", "BY", "executive")], id="district_section_folds"),
    pytest.param("Смоленская область", "Сотрудники научно-исследовательской лаборатории Гродненского государственного университета",
                 [("Гродненский государственный университет", "BY", "education")], id="laboratory_folds"),
])
def test_a_working_unit_folds_into_its_parent(region, text, expected):
    assert found(text, region) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Делегация Администрации г. Смоленска", "Администрация г. Смоленска", id="city_administration"),
    pytest.param("Учащиеся Средней школы № 5 г. Витебска", "Средняя школа № 5 г. Витебска", id="numbered_school_of_a_city"),
    pytest.param("Визит в Оршанский районный исполнительный комитет г. Орши",
                 "Оршанский районный исполнительный комитет г. Орши", id="district_committee_of_a_town"),
])
def test_a_city_written_g_ends_the_name(text, expected):
    assert [name for name, *_ in found(text)] == [expected]


def test_a_city_alone_does_not_make_a_name():
    assert found("В рамках поездки осмотрены объекты жилого фонда г. Витебска") == []


def test_g_and_the_word_city_are_one_organisation():
    assert alias_key("Администрация г. Смоленска") == alias_key("Администрации города Смоленска") \
        == alias_key("Администрация г.Смоленска")


@pytest.mark.parametrize("text, expected", [
    pytest.param("Делегация Оршанского райисполкома", "BY", id="orsha_adjective"),
    pytest.param("Делегация Жодинского горисполкома", "BY", id="zhodino_adjective"),
    pytest.param("Делегация Карагандинского университета имени Е.А. Букетова", "KZ", id="karaganda_adjective"),
    pytest.param("Делегация Астанинского городского акимата", "KZ", id="astana_adjective"),
])
def test_a_foreign_towns_adjective_says_the_country(text, expected):
    assert [country for _, country, _ in found(text)] == [expected]


def test_an_embassy_in_a_city_keeps_its_own_tail():
    assert [name for name, *_ in found("Посольство Республики Беларусь в г. Москве")] == ["Посольство Республики Беларусь"]
