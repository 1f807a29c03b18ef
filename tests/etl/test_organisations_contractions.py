"""Soviet-style contracted names (etl/organisations.py `contraction`; README «Organisations»).

One capitalised word names a body: an executive committee by a stem of its place and its level
(«Гомоблисполкома», «Оршрайисполком», «Гомельгорисполком»), a ministry by «Мин» and its field
(«Минздрава», «Минкультуры России», reference etl/reference/ministry_contractions.csv) or an
abbreviation in capitals («МИД»). Each is written out in full, with its kind (executive) and its
country: an executive committee's from its place (the stem begins a Belarusian region or town), a
ministry's from its tail, else the event's venue abroad, else Russia (the module's default). The
contraction and the full form share one key, so a report that writes both names one body. Every
sentence is SYNTHETIC, written for these tests."""
from __future__ import annotations

import pytest

from etl.organisations import Context, alias_key, find_organisations, merge_report_aliases
from etl.title import home_of

HOME = home_of("Смоленская область")


def context(venue: str = "RU") -> Context:
    return Context(HOME.own_word, HOME.centre, venue, () if venue == "RU" else (venue,))


def found(text: str, venue: str = "RU") -> list[tuple[str, str | None, str]]:
    return [(o.name, o.country, o.kind) for o in find_organisations({"content": text}, context(venue))]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Делегация Гомоблисполкома посетила Смоленск",
                 [("Гомельский областной исполнительный комитет", "BY", "executive")], id="gom_region_genitive"),
    pytest.param("Витоблисполком направил приглашение",
                 [("Витебский областной исполнительный комитет", "BY", "executive")], id="vit_region_nominative"),
    pytest.param("Письмо направлено в Минoблисполком",
                 [("Минский областной исполнительный комитет", "BY", "executive")], id="latin_o_inside"),
    pytest.param("Направлено обращение Могилевоблисполкому",
                 [("Могилевский областной исполнительный комитет", "BY", "executive")], id="full_stem_dative"),
    pytest.param("Встреча в Гроднооблисполкоме",
                 [("Гродненский областной исполнительный комитет", "BY", "executive")], id="region_by_its_centre"),
    pytest.param("Встреча с представителями Гомельгорисполкома",
                 [("Гомельский городской исполнительный комитет", "BY", "executive")], id="city_full_stem"),
    pytest.param("Делегация Бобргорисполкома",
                 [("Бобруйский городской исполнительный комитет", "BY", "executive")], id="city_short_stem"),
    pytest.param("Визит делегации Оршрайисполкома",
                 [("Оршанский районный исполнительный комитет", "BY", "executive")], id="orsha_district"),
    pytest.param("Соглашение с Молодечнорайисполкомом",
                 [("Молодечненский районный исполнительный комитет", "BY", "executive")], id="molodechno_instrumental"),
    pytest.param("Делегация Слонимрайисполкома",
                 [("Слонимский районный исполнительный комитет", "BY", "executive")], id="small_town_district"),
    pytest.param("Встреча с представителями Витоблисполкома и Оршрайисполкома",
                 [("Витебский областной исполнительный комитет", "BY", "executive"),
                  ("Оршанский районный исполнительный комитет", "BY", "executive")], id="two_joined_by_and"),
    pytest.param("Представители Управления образования Мингорисполкома",
                 [("Управление образования Мингорисполкома", "BY", "executive")], id="parent_in_a_tail_stays_there"),
    pytest.param("Делегация ГУ «Гомоблисполком»",
                 [("Гомоблисполком", "BY", "executive")], id="quoted_after_a_form_is_executive"),
])
def test_a_contracted_executive_committee_is_written_out(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("venue, text, expected", [
    pytest.param("BY", "Совещание в Минобразования",
                 [("Министерство образования", "BY", "executive")], id="no_tail_venue_abroad"),
    pytest.param("RU", "Совещание с участием Минобразования",
                 [("Министерство образования", "RU", "executive")], id="no_tail_default_russia"),
    pytest.param("RU", "Письмо Минкультуры России",
                 [("Министерство культуры России", "RU", "executive")], id="tail_names_the_country"),
    pytest.param("RU", "Семинар Минсельхозпрода Республики Беларусь",
                 [("Министерство сельского хозяйства и продовольствия Республики Беларусь", "BY", "executive")],
                 id="declined_with_a_country_tail"),
    pytest.param("RU", "Делегация Минздрава Смоленской области",
                 [("Министерство здравоохранения Смоленской области", "RU", "executive")], id="home_region_tail"),
    pytest.param("KZ", "Переговоры с МИД Казахстана",
                 [("Министерство иностранных дел Казахстана", "KZ", "executive")], id="abbreviation_with_tail"),
    pytest.param("UZ", "Встреча в МИД",
                 [("Министерство иностранных дел", "UZ", "executive")], id="abbreviation_alone"),
    pytest.param("RU", "Встреча с представителями МИД России",
                 [("Министерство иностранных дел Российской Федерации", "RU", "executive")], id="listed_name_wins"),
    pytest.param("RU", "МИНЗДРАВ направил письмо",
                 [("Министерство здравоохранения", "RU", "executive")], id="in_capitals"),
])
def test_a_contracted_ministry_is_written_out(venue, text, expected):
    assert found(text, venue) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Минск принял делегацию", id="minsk"),
    pytest.param("Минимальный состав делегации", id="minimal"),
    pytest.param("Мид направил письмо", id="abbreviation_not_in_capitals"),
    pytest.param("Делегация посетила Министерства", id="bare_ministry"),
])
def test_words_that_only_begin_like_a_contraction_name_nobody(text):
    assert found(text) == []


@pytest.mark.parametrize("contracted, full", [
    pytest.param("Гомоблисполкома", "Гомельского облисполкома", id="region"),
    pytest.param("Оршрайисполком", "Оршанский районный исполнительный комитет", id="district"),
    pytest.param("Управление образования Мингорисполкома", "Управление образования Минского горисполкома",
                 id="inside_a_name"),
    pytest.param("Минздрав", "Министерства здравоохранения", id="ministry"),
])
def test_a_contraction_and_its_full_form_share_a_key(contracted, full):
    assert alias_key(contracted) == alias_key(full)


def test_a_report_that_writes_both_forms_names_one_body():
    by_event = {n: find_organisations({"content": text}, context()) for n, text in enumerate([
        "Делегация Гомоблисполкома посетила Смоленск",
        "Переговоры с председателем Гомельского облисполкома",
        "Соглашение подписано с Гомельским облисполкомом",
    ], start=1)}
    merged = merge_report_aliases(by_event)
    assert [[m.name for m in merged[n]] for n in (1, 2, 3)] == [["Гомельский облисполком"]] * 3
