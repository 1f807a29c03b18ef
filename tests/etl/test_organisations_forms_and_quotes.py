"""Legal forms kept apart from names, and one name in any quotes (etl/organisations.py): «ёлочки»,
"straight", „lower“ and “curly” quotes and ё/е spellings are one organisation. Every sentence is
SYNTHETIC, written for these tests; none is a line of the sample report."""
from __future__ import annotations

import pytest

from etl.organisations import Context, find_organisations
from etl.title import home_of

HOME = home_of("Смоленская область")
AT_HOME = Context(HOME.adjective, HOME.centre, "RU", ())


def only(text: str):
    [mention] = find_organisations({"content": text}, AT_HOME)
    return mention


@pytest.mark.parametrize("text, name, form, country", [
    pytest.param("визит в РУП „Белорусский металлургический завод“", "Белорусский металлургический завод", "РУП", "BY",
                 id="rup_lower_quotes"),
    pytest.param("учащиеся ГУО „Средняя школа № 3 г. Бреста“", "Средняя школа № 3 г. Бреста", "ГУО", "BY",
                 id="guo_lower_quotes_school"),
    pytest.param("визит в УО “Витебский государственный университет”", "Витебский государственный университет", "УО",
                 "BY", id="uo_curly_quotes"),
    pytest.param("визит в ОГБУК \"Смоленский областной театр кукол\"", "Смоленский областной театр кукол", "ОГБУК", "RU",
                 id="ogbuk_straight_quotes"),
    pytest.param("при участии АНО «Дом дружбы народов»", "Дом дружбы народов", "АНО", "RU", id="ano_guillemets"),
    pytest.param("переговоры с ТОО “Казахмыс Коппер”", "Казахмыс Коппер", "ТОО", "KZ", id="kazakh_too_curly"),
    pytest.param("переговоры с ЗАО „Атлант“", "Атлант", "ЗАО", "RU", id="zao_lower_quotes"),
    pytest.param("переговоры с ООО \"Вектор-Плюс\"", "Вектор-Плюс", "ООО", "RU", id="ooo_straight_hyphenated"),
])
def test_the_legal_form_stays_apart_from_the_name(text, name, form, country):
    mention = only(text)
    assert (mention.name, mention.legal_form, mention.country) == (name, form, country)


@pytest.mark.parametrize("spellings", [
    pytest.param(["ОАО «Гомсельмаш»", "ОАО \"Гомсельмаш\"", "ОАО „Гомсельмаш“", "ОАО “Гомсельмаш”"], id="four_quote_styles"),
    pytest.param(["ЧУП «Белёвская керамика»", "ЧУП „Белевская керамика“"], id="yo_and_e_in_other_quotes"),
    pytest.param(["КУП „Минсктранс“", "КУП «Минсктранс»", "КУП \"Минсктранс\""], id="belarusian_communal_enterprise"),
])
def test_one_name_in_any_quotes_is_one_organisation(spellings):
    mentions = [only(f"переговоры с {s}") for s in spellings]
    assert len({m.key for m in mentions}) == 1
    assert all("«" not in m.name and "»" not in m.name for m in mentions)


def test_a_nested_name_in_lower_quotes_keeps_its_inner_quotes():
    assert only("концерт в ГУК «Дворец культуры „Юбилейный“»").name == "Дворец культуры «Юбилейный»"
