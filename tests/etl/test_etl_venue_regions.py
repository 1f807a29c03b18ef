"""A venue that names a foreign region without its country or a city ('Могилевская область',
'Витебская обл.'): the event was held in that region's country. Before, it was stored as held in
Russia, so a trip abroad counted as a meeting at home."""
from __future__ import annotations

import pytest

from etl.geo import foreign_regions, parse_venue


@pytest.mark.parametrize("venue, country, region", [
    pytest.param("Могилевская область", "BY", "Могилевская область", id="oblast_alone"),
    pytest.param("Витебская обл.", "BY", "Витебская область", id="obl_short"),
    pytest.param("Могилевская обл", "BY", "Могилевская область", id="obl_without_dot"),
    pytest.param("Брестская область, Каменецкий район", "BY", "Брестская область", id="oblast_and_district"),
    pytest.param("Визит делегации в Витебскую область", "BY", "Витебская область", id="visit_into_region"),
    pytest.param("Акимат Костанайской области", "KZ", "Костанайская область", id="kazakh_akimat"),
    pytest.param("провинция Хэйлунцзян", "CN", "Провинция Хэйлунцзян", id="chinese_province"),
    pytest.param("Витебская обл., г. Орша", "BY", "Витебская область", id="short_obl_with_city"),
])
def test_a_foreign_region_alone_is_its_country(venue, country, region):
    found = parse_venue(venue)
    assert found.country == country
    assert found.region == region


@pytest.mark.parametrize("venue", [
    pytest.param("Смоленская область", id="home_region"),
    pytest.param("Псковская обл.", id="another_russian_region"),
    pytest.param("г. Смоленск – Могилевская область (ВКС)", id="video_link_from_home"),
    pytest.param("г. Смоленск, встреча с делегацией Могилевской области по вопросам здравоохранения и образования",
                 id="a_sentence_mentioning_a_region"),
])
def test_a_region_that_is_not_the_venue_leaves_it_at_home(venue):
    assert parse_venue(venue).country == "RU"


def test_obl_written_short_is_a_region_in_any_cell():
    assert foreign_regions(["делегация Гродненской обл. прибыла"]) == ["Гродненская область"]


# Fifth sweep. Before: a country alone was also read as its namesake city ('Армения' is a city in
# Colombia, 'Бразилия' the capital's name in some lists), and the home region written short
# («Смоленская обл., … д. Талашкино») was not home, so a village event was «elsewhere in Russia».
@pytest.mark.parametrize("venue, city, country", [
    pytest.param("Армения", None, "AM", id="armenia_alone"),
    pytest.param("Бразилия", None, "BR", id="brazil_alone"),
    pytest.param("Армения, Ереван", "Ереван", "AM", id="armenia_with_capital"),
    pytest.param("Бразилия, Сан-Паулу", "Сан-Паулу", "BR", id="brazil_with_city"),
    pytest.param("Колумбия, г. Армения", "Армения", "CO", id="the_city_with_g"),
    pytest.param("Гонконг", "Гонконг", "HK", id="city_state_hong_kong"),
    pytest.param("Сингапур", "Сингапур", "SG", id="city_state_singapore"),
    pytest.param("Япония", None, "JP", id="japan_alone"),
])
def test_a_country_alone_is_not_its_namesake_city(venue, city, country):
    found = parse_venue(venue)
    assert (found.city, found.country) == (city, country)


@pytest.mark.parametrize("venue, home", [
    pytest.param("Смоленская обл., Смоленский р-н, д. Талашкино", True, id="home_obl_short_village"),
    pytest.param("Смоленской обл", True, id="home_obl_without_dot"),
    pytest.param("Брянская обл., г. Клинцы", False, id="another_region_short"),
    pytest.param("смоленских вузов", False, id="adjective_alone"),
])
def test_the_home_region_written_short_is_home(venue, home):
    from etl.title import home_of

    assert home_of("Смоленская область").mentioned_in(venue) is home
