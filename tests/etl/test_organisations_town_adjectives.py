"""A neighbour's small town named by its adjective (etl/organisations.py; README «Organisations»).

An adjective gives its country through the town it is made from. The town is found by undoing the
adjective's suffix, the surest derivation first, and never by cutting the adjective after its 'с'
(that made «Лидский» the adjective of Leeds: Leeds' is «лидсский»); an adjective that may come from
a neighbour's town listed by hand and from a far city is the neighbour's; towns too small for the
world gazetteer are listed in etl/reference/neighbour_towns.csv (read only for adjectives). pymorphy3's
guess «жодинской» for an unknown «Жодинского» is read as «жодинский», in the name and in its key,
and a town's adjective it knows only as a surname («Слуцкого», «Быховского») is still an adjective.
Real foreign cities' adjectives keep their countries. Every sentence is SYNTHETIC."""
from __future__ import annotations

import pytest

from etl.organisations import Context, alias_key, find_organisations
from etl.title import home_of


def found(text: str, venue: str | None = "RU") -> list[tuple[str, str | None]]:
    home = home_of("Смоленская область")
    return [(o.name, o.country)
            for o in find_organisations({"content": text}, Context(home.own_word, home.centre, venue, ()))]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Делегация Лидского районного исполнительного комитета прибыла в Смоленск",
                 [("Лидский районный исполнительный комитет", "BY")], id="lida_not_leeds"),
    pytest.param("Подписан договор с ОАО «Лидский молочно-консервный комбинат»",
                 [("Лидский молочно-консервный комбинат", "BY")], id="lida_in_a_quoted_company"),
    pytest.param("Встреча со студентами Лидского колледжа",
                 [("Лидский колледж", "BY")], id="lida_college"),
    pytest.param("Делегация Жодинского городского исполнительного комитета",
                 [("Жодинский городской исполнительный комитет", "BY")], id="zhodino_guessed_skoy"),
    pytest.param("Выставка работ учащихся Речицкого государственного колледжа",
                 [("Речицкий государственный колледж", "BY")], id="rechitsa_tskiy_plus_a"),
    pytest.param("Концерт Глубокского районного дома культуры",
                 [("Глубокский районный дом культуры", "BY")], id="glubokoe_oe_town"),
    pytest.param("Представители Слонимского государственного колледжа посетили Смоленск",
                 [("Слонимский государственный колледж", "BY")], id="slonim_small_town"),
    pytest.param("Делегация Лепельского районного исполнительного комитета",
                 [("Лепельский районный исполнительный комитет", "BY")], id="lepel_soft_sign_root"),
    pytest.param("Концерт преподавателей Дубровенской детской школы искусств",
                 [("Дубровенская детская школа искусств", "BY")], id="dubrovno_en_inserted"),
    pytest.param("Учащиеся Лунинецкой гимназии выступили на фестивале",
                 [("Лунинецкая гимназия", "BY")], id="luninets_tskiy_root"),
    pytest.param("Делегация Барановичского государственного университета",
                 [("Барановичский государственный университет", "BY")], id="baranovichi_plural_town"),
    pytest.param("Делегация Новополоцкого государственного политехнического колледжа",
                 [("Новополоцкий государственный политехнический колледж", "BY")], id="novopolotsk_tsk"),
    pytest.param("Визит делегации Оршанского районного исполнительного комитета",
                 [("Оршанский районный исполнительный комитет", "BY")], id="orsha_an_inserted"),
    pytest.param("Студенты Пинского государственного аграрного технологического колледжа",
                 [("Пинский государственный аграрный технологический колледж", "BY")], id="pinsk_sk_town"),
    pytest.param("Делегация Слуцкого сахарорафинадного комбината",
                 [("Слуцкий сахарорафинадный комбинат", "BY")], id="slutsk_read_only_as_a_surname"),
    pytest.param("Учащиеся Шкловской средней школы выступили в Смоленске",
                 [("Шкловская средняя школа", "BY")], id="shklov_feminine_strange_lemma"),
    pytest.param("Концерт Быховского районного центра культуры",
                 [("Быховский районный центр культуры", "BY")], id="bykhov_surname_like"),
    pytest.param("Выставка Кричевского районного краеведческого музея",
                 [("Кричевский районный краеведческий музей", "BY")], id="krichev_museum"),
])
def test_a_neighbours_town_adjective_gives_its_country(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Студенты Лидсского университета приняли участие в конференции",
                 [("Лидсский университет", "GB")], id="leeds_itself"),
    pytest.param("Делегация Харбинского политехнического университета",
                 [("Харбинский политехнический университет", "CN")], id="harbin"),
    pytest.param("Выступление Стамбульского университета искусств",
                 [("Стамбульский университет искусств", "TR")], id="istanbul_soft_l"),
    pytest.param("Делегация Алматинского технологического университета",
                 [("Алматинский технологический университет", "KZ")], id="almaty_in_y"),
    pytest.param("Гастроли Бакинского музыкального театра",
                 [("Бакинский музыкальный театр", "AZ")], id="baku_in_u"),
    pytest.param("Студенты Тбилисского государственного университета",
                 [("Тбилисский государственный университет", "GE")], id="tbilisi_double_s"),
    pytest.param("Делегация Ташкентского государственного технического университета",
                 [("Ташкентский государственный технический университет", "UZ")], id="tashkent_root"),
    pytest.param("Гастроли Гродненского областного драматического театра",
                 [("Гродненский областной драматический театр", "BY")], id="grodno_en"),
])
def test_a_foreign_citys_adjective_keeps_its_country(text, expected):
    assert found(text) == expected


def test_a_guessed_skoy_adjective_keys_as_its_nominative():
    assert alias_key("Жодинского городского исполнительного комитета") == alias_key("Жодинский горисполком")
    assert alias_key("Тверской областной библиотеки") == "тверской областной библиотека"  # a known '-ской' stays


@pytest.mark.parametrize("text", [
    pytest.param("Поэт Слуцкий выступил перед студентами", id="surname_alone"),
    pytest.param("Встреча с Борисом Слуцким", id="surname_with_a_first_name"),
])
def test_a_surname_without_an_organisation_noun_names_nobody(text):
    assert found(text) == []
