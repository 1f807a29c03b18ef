"""Seventh sweep: two officials joined by 'и', deputies ('вице-'), and a place's name before a name.

Before: 'Вице-губернатор провинции Хэйлунцзян Чжан Вэй и Губернатор Смоленской области В.Н. Анохин'
found only Анохин, with the whole phrase as his role: 'вице-губернатор' was no role, 'и' did not end
the first person's phrase, and a role could hold another person's name.
"""
from __future__ import annotations

import pytest

from etl.officials import find_officials


def _found(text: str) -> list[tuple[str, str | None]]:
    return sorted((o.name, o.role) for o in find_officials(text))


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Вице-губернатор провинции Хэйлунцзян Чжан Вэй и Губернатор Смоленской области В.Н. Анохин",
                 [("В.Н. Анохин", "Губернатор Смоленской области"), ("Чжан Вэй", "Вице-губернатор провинции Хэйлунцзян")],
                 id="deputy_plain_name_then_initials"),
    pytest.param("Встреча Губернатора Смоленской области В.Н. Анохина и вице-губернатора провинции Цзилинь Ли Цзиньфэна",
                 [("В.Н. Анохина", "Губернатора Смоленской области"), ("Ли Цзиньфэн", "вице-губернатора провинции Цзилинь")],
                 id="initials_then_deputy_in_genitive"),
    pytest.param("вице-премьер Республики Беларусь Пётр Пархомчик и Губернатор Смоленской области Василий Анохин",
                 [("В. Анохин", "Губернатор Смоленской области"), ("П. Пархомчик", "вице-премьер Республики Беларусь")],
                 id="two_plain_names_joined"),
    pytest.param("Вице-мэр г. Могилева Ирина Петрова и ректор СмолГУ Михаил Артеменков",
                 [("И. Петрова", "Вице-мэр г. Могилева"), ("М. Артеменков", "ректор СмолГУ")],
                 id="deputy_mayor_and_rector"),
    pytest.param("вице-консул Генерального консульства Ким Мин Чжон", [("Ким Мин Чжон", "вице-консул Генерального консульства")],
                 id="vice_consul"),
])
def test_officials_joined_by_and(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Посол Республики Корея Ким Мин Чжон", [("Ким Мин Чжон", "Посол Республики Корея")],
                 id="a_three_letter_syllable_the_dictionary_knows_as_a_form"),
    # 'и' inside a role or a country's name goes on
    pytest.param("Министр промышленности и торговли Республики Беларусь Алексей Богданов",
                 [("А. Богданов", "Министр промышленности и торговли Республики Беларусь")], id="and_inside_a_ministry"),
    pytest.param("Посол Боснии и Герцеговины Желько Войнович", [("Желько Войнович", "Посол Боснии и Герцеговины")],
                 id="and_inside_a_country"),
    # a place's name before a name of another tradition is the place's
    pytest.param("Губернатор провинции Цзилинь Ху Юйтин", [("Ху Юйтин", "Губернатор провинции Цзилинь")], id="province"),
    pytest.param("мэр города Пусан Пак Хён Джун", [("Пак Хён Джун", "мэр города Пусан")], id="city_korean_name"),
    pytest.param("встреча с губернатором пров. Хэйлунцзян Лян Хуэйлином", [("Лян Хуэйлин", "губернатором пров. Хэйлунцзян")],
                 id="abbreviated_province"),
    # but a given name after a region's noun stays the person's
    pytest.param("Губернатор Тверской области Игорь Михайлович Руденя", [("И.М. Руденя", "Губернатор Тверской области")],
                 id="russian_full_name_after_region"),
    pytest.param("председатель провинции Ли До Хун", [("Ли До Хун", "председатель провинции")], id="short_known_syllable_kept"),
])
def test_a_role_phrase_keeps_what_is_its_own(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Советник-посланник Посольства КНР Ван Цзюнь", [("Ван Цзюнь", "Советник-посланник Посольства КНР")],
                 id="counsellor_envoy"),
    pytest.param("Торговый представитель Российской Федерации в Турции Игорь Петров",
                 [("И. Петров", "Торговый представитель Российской Федерации в Турции")], id="trade_representative"),
    pytest.param("Спикер парламента Абхазии Лаша Ашуба", [("Лаша Ашуба", "Спикер парламента Абхазии")], id="speaker"),
    pytest.param("Глава Республики Татарстан Рустам Минниханов", [("Р. Минниханов", "Глава Республики Татарстан")],
                 id="head_of_a_republic"),
    pytest.param("Первый заместитель Председателя Правительства Республики Беларусь Николай Снопков",
                 [("Н. Снопков", "Первый заместитель Председателя Правительства Республики Беларусь")], id="first_deputy"),
    # a plural role is followed by a list or a body, not one plain name
    pytest.param("Представители Смоленского государственного университета", [], id="plural_role_no_name"),
])
def test_more_roles_before_a_plain_name(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Встреча с Председателем Могилевского облисполкома Анатолием Исаченко и его заместителем Валерием Малашко",
                 [("А. Исаченко", "Председателем Могилевского облисполкома"), ("В. Малашко", "заместителем")],
                 id="and_his_deputy"),
    pytest.param("Переговоры с Послом Вьетнама Данг Минь Кхоем и его советником Нгуен Ван Намом",
                 [("Данг Минь Кхой", "Послом Вьетнама"), ("Нгуен Ван Нам", "советником")], id="and_his_adviser"),
    pytest.param("Встреча с Послом Беларуси Борисом Грызловым и его супругой",
                 [("Б. Грызлов", "Послом Беларуси")], id="and_his_wife_unnamed"),
])
def test_and_a_possessive_before_the_next_role_ends_the_name(text, expected):
    """«и его заместителем …» (lead, 27 Nov): a possessive between «и» and the next person's role no longer
    hides that role, so the first name is not swallowed into the second one's role."""
    from etl.officials import find_officials, normalize_names
    assert [(o.name, o.role) for o in normalize_names({1: find_officials(text)})[1]] == expected
