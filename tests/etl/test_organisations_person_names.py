"""An institution named after a person without «имени» (etl/organisations.py): initials and a surname
in the genitive right after the head noun are part of the name («Мемориальный музей Ю.А. Гагарина»),
a compound head («Дом-музей», «Музей-усадьба», «школа-интернат») is an organisation noun, and an
official named after an institution is not its name. Every sentence is SYNTHETIC, written for these
tests; none is a line of the sample report."""
from __future__ import annotations

import pytest

from etl.organisations import Context, alias_key, find_organisations
from etl.title import home_of


def names(text: str, region: str = "Смоленская область") -> list[str]:
    home = home_of(region)
    return [o.name for o in find_organisations({"content": text}, Context(home.own_word, home.centre, "RU", ()))]


@pytest.mark.parametrize("region, text, expected", [
    pytest.param("Смоленская область", "Экскурсия в Мемориальный музей Ю.А. Гагарина",
                 ["Мемориальный музей Ю.А. Гагарина"], id="memorial_museum_with_initials"),
    pytest.param("Омская область", "Экскурсия в Литературный музей Ф.М. Достоевского",
                 ["Литературный музей Ф.М. Достоевского"], id="literary_museum_other_region"),
    pytest.param("Смоленская область", "Делегация посетила Музей-усадьбу М.И. Глинки в Новоспасском",
                 ["Музей-усадьба М.И. Глинки"], id="compound_head_museum_estate_accusative"),
    pytest.param("Смоленская область", "Экскурсия в Дом-музей Н.М. Пржевальского",
                 ["Дом-музей Н.М. Пржевальского"], id="compound_head_house_museum"),
    pytest.param("Брянская область", "Встреча прошла в Доме-музее Ф.И. Тютчева в Овстуге",
                 ["Дом-музей Ф.И. Тютчева"], id="compound_head_both_parts_inflected"),
    pytest.param("Смоленская область", "Гости посетили Мемориальный музей-усадьбу И.Е. Репина «Здравнёво»",
                 ["Мемориальный музей-усадьба И.Е. Репина"], id="person_before_a_quoted_estate_name"),
    pytest.param("Смоленская область", "Учащиеся средней школы № 5 имени Ю.А. Гагарина",
                 ["Средняя школа № 5 имени Ю.А. Гагарина"], id="school_number_named_after"),
    pytest.param("Смоленская область", "Учащиеся школы № 5 им. Ю.А. Гагарина г. Смоленска",
                 # the city after the person ends the name as it does after «№ 5» (parser 1.10.13)
                 ["Школа № 5 им. Ю.А. Гагарина г. Смоленска"], id="school_number_im_abbreviated"),
    pytest.param("Смоленская область", "Выставка прошла в Смоленской областной библиотеке им. А.Т. Твардовского",
                 ["Смоленская областная библиотека им. А.Т. Твардовского"], id="library_im_stays"),
    pytest.param("Брянская область", "Воспитанники Брянской школы-интерната № 2 выступили с концертом",
                 ["Брянская школа-интернат № 2"], id="compound_head_boarding_school"),
    pytest.param("Смоленская область", "с директором Мемориального музея Ю.А. Гагарина Л.И. Ивановой",
                 ["Мемориальный музей Ю.А. Гагарина"], id="the_director_after_the_name_is_not_in_it"),
])
def test_a_person_after_the_head_names_the_institution(region, text, expected):
    assert names(text, region) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Музей посетил губернатор В.Н. Анохин", id="an_official_after_the_verb"),
    pytest.param("В музее встретил гостей директор С.П. Иванов", id="a_director_in_the_nominative"),
    pytest.param("Театр драмы приветствовал министр культуры Н.Н. Петров", id="a_minister_after_a_theatre"),
    pytest.param("Вопросы обсуждены у директора музея А.В. Иванова", id="the_head_is_a_nouns_genitive"),
    pytest.param("Представители белорусских предприятий", id="plural_group_stays_out"),
    pytest.param("Договорились о проведении бизнес-миссии индийских компаний в Карелию", id="business_mission_is_no_mission"),
])
def test_an_official_near_an_institution_is_not_its_name(text):
    assert names(text) == []


def test_the_person_with_and_without_a_space_after_the_initials_is_one_organisation():
    a, b = names("Экскурсия в Мемориальный музей Ю.А. Гагарина"), names("Экскурсия в Мемориальный музей Ю.А.Гагарина")
    assert alias_key(a[0]) == alias_key(b[0])


@pytest.mark.parametrize("text, expected", [
    pytest.param("встреча с участием председателя Смоленской областной Думы И.В. Ляхова",
                 ["Смоленская областная Дума"], id="a_chairman_in_the_genitive_holds_the_post"),
    pytest.param("Председатель Смоленской областной Думы И.В. Ляхов приветствовал гостей",
                 ["Смоленская областная Дума"], id="a_surname_read_only_as_a_familys_genitive"),
    pytest.param("Председатель Витебского облисполкома А.Н. Субботин подписал соглашение",
                 ["Витебский облисполком"], id="a_belarusian_chairman"),
    pytest.param("Учащиеся средней школы имени Ю.А. Гагарина выступили", ["Средняя школа имени Ю.А. Гагарина"],
                 id="substantivised_participle_is_no_adjective"),
])
def test_the_holder_of_a_post_stays_out_of_the_name(text, expected):
    assert names(text) == expected
