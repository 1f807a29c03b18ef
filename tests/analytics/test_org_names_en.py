"""English organisation names by rule (analytics.org_names): a name whose every word the tables know
reads in English on the English pages; any unknown word keeps the transliteration (never a guess).
Cases: names from the real sample report and the SYNTHETIC fixtures, and a few of our own."""
from __future__ import annotations

import pytest

from analytics.org_names import english_org_name, org_name


@pytest.mark.parametrize("russian, english", [
    pytest.param("Белорусский государственный университет культуры и искусств",
                 "Belarusian State University of Culture and Arts", id="university_genitive_plural"),
    pytest.param("Посольство Республики Беларусь в Российской Федерации",
                 "Embassy of Belarus in the Russian Federation", id="embassy_of_in"),
    pytest.param("Посольство Киргизской Республики в Российской Федерации",
                 "Embassy of Kyrgyzstan in the Russian Federation", id="embassy_adjective_country"),
    pytest.param("Министерство иностранных дел Монголии", "Ministry of Foreign Affairs of Mongolia",
                 id="ministry_foreign_affairs"),
    pytest.param("Министерство экономики Республики Беларусь", "Ministry of Economy of Belarus", id="ministry_of"),
    pytest.param("Витебский областной исполнительный комитет", "Vitebsk Regional Executive Committee",
                 id="executive_committee_city_adjective"),
    pytest.param("Витебский облисполком", "Vitebsk Regional Executive Committee", id="oblispolkom_contraction"),
    pytest.param("Генеральное консульство Республики Казахстан", "Consulate General of Kazakhstan",
                 id="consulate_general"),
    pytest.param("Минский автомобильный завод", "Minsk Automobile Plant", id="plant"),
    pytest.param("Акимат Павлодарской области", "Akimat of Pavlodar Region", id="foreign_region_genitive"),
    pytest.param("Павлодарский государственный университет", "Pavlodar State University", id="city_from_geonames"),
    pytest.param("Правительство Смоленской области", "Government of Smolensk Oblast", id="russian_region"),
    pytest.param("Министерство образования и науки Смоленской области",
                 "Ministry of Education and Science of Smolensk Oblast", id="two_nouns_and_region"),
    pytest.param("Витебский государственный университет имени П.М. Машерова",
                 "Vitebsk State University named after P.M. Masherov", id="named_after_nominative"),
    pytest.param("Торговое представительство России в Греции", "Trade Mission of the Russian Federation in Greece",
                 id="trade_mission"),
])
def test_a_name_of_known_words_reads_in_english(russian, english):
    assert english_org_name(russian) == english
    assert org_name(russian, "en") == english
    assert org_name(russian, "ru") == russian


@pytest.mark.parametrize("russian", [
    pytest.param("Гипросвязь", id="proper_name_word"),
    pytest.param("Бобруйскагромаш", id="contraction_unknown"),
    pytest.param("Школа танцев «Аиша»", id="unknown_complement"),
    pytest.param("Станция юннатов", id="unknown_kind"),
    pytest.param("Siemens Energy", id="latin_already"),
    pytest.param("Министерство по делам чего-то невиданного", id="preposition_not_in_table"),
])
def test_an_unknown_word_keeps_the_transliteration(russian):
    assert english_org_name(russian) is None
    from analytics.i18n import transliterate
    assert org_name(russian, "en") == transliterate(russian)
