"""A venue that names only an institution (lead's blind probe, 29 Nov: a SYNTHETIC Ярославская область report).

A clerk leaves the town out of a venue in it: «ЯрГУ им. П.Г. Демидова», «Ярославский государственный
университет», «Областная научная библиотека», «конференц-зал Правительства области». Every such row was read as
held elsewhere in Russia. Now an institution named by the region's or its centre's adjective, or a venue naming no
place at all, is the region's own (inbound); a venue or title naming another Russian region or centre, a federal
body, a foreign country or a Latin name keeps it elsewhere; a national venue named without its city («ВДНХ»,
«Экспоцентр», «Кремлёвский дворец») gets its city (etl/reference/national_venues.csv).
"""
from __future__ import annotations

import pytest

from etl.load import read_report

P = pytest.param
TITLE = "Круглый стол с представителями университетов Республики Беларусь"


def _events(tmp_path, region_genitive: str, rows: list[tuple[str, str]]):
    text = (f"Отчёт\nоб участии {region_genitive} в международном сотрудничестве\nв IV квартале 2025 г. (SYNTHETIC)\n\n"
            "\t№\n\tНаименование мероприятия\n\tДата проведения\n\tМесто проведения\n\tУчастники\n\tИтоги\n\n"
            "\t1. Образование\n\n")
    for i, (title, venue) in enumerate(rows, 1):
        text += (f"\t1.{i}\n\t{title}\n\t{10 + i} ноября 2025 г.\n\t{venue}\n\t30 человек, в т.ч. 10 иностранных\n"
                 "\tДостигнуты договорённости\n\n")
    path = tmp_path / "report_synthetic.txt"
    path.write_text(text, encoding="utf-8")
    return read_report(path)[0].events


@pytest.mark.parametrize("region, venue", [
    P("Ярославской области", "ЯрГУ им. П.Г. Демидова", id="abbreviation"),
    P("Ярославской области", "Ярославский государственный университет им. П.Г. Демидова", id="region-adjective"),
    P("Ярославской области", "Ярославский художественный музей", id="museum"),
    P("Ярославской области", "Областная научная библиотека им. Н.А. Некрасова", id="oblast-library"),
    P("Ярославской области", "конференц-зал Правительства области", id="government-hall"),
    P("Ярославской области", "Дом дружбы народов", id="no-place-at-all"),
    P("Смоленской области", "актовый зал университета", id="hall-smolensk"),
    P("Смоленской области", "Смоленская областная универсальная научная библиотека им. А.Т. Твардовского",
      id="smolensk-library"),
    P("Республики Татарстан", "Казанский федеральный университет", id="centre-adjective-tatarstan"),
    P("Приморского края", "Владивостокский государственный университет", id="centre-adjective-primorye"),
    P("Приморского края", "Краевая научная библиотека", id="krai-library"),
    P("Курганской области", "КГУ", id="title-course-is-no-kursk"),
])
def test_a_venue_naming_only_our_institution_is_ours(tmp_path, region, venue):
    # «Курс …» shares Курск's first letters: a common noun of the title names no place
    title = "Курс повышения квалификации для преподавателей из Таджикистана" if venue == "КГУ" else TITLE
    event = _events(tmp_path, region, [(title, venue)])[0]
    assert (event.direction, event.venue_country) == ("inbound", "RU")


@pytest.mark.parametrize("region, title, venue", [
    P("Ярославской области", TITLE, "Казанский федеральный университет", id="another-centre-adjective"),
    P("Ярославской области", TITLE, "Санкт-Петербургский государственный университет", id="petersburg"),
    P("Ярославской области", TITLE, "Нижегородская ярмарка", id="another-region-adjective"),
    P("Ярославской области", TITLE, "МГИМО МИД России", id="federal-body"),
    P("Ярославской области", TITLE, "Министерство науки и высшего образования Российской Федерации", id="ministry"),
    P("Ярославской области", TITLE, "Посольство Республики Беларусь", id="embassy"),
    P("Ярославской области", "Участие в Петербургском международном экономическом форуме", "Конгресс-центр",
      id="title-names-another-city"),
    P("Смоленской области", "Участие в Х Всероссийском съезде руководителей", "Ставропольский край",
      id="region-named"),
    P("Республики Татарстан", TITLE, "Ярославский государственный университет", id="yaroslavl-from-kazan"),
])
def test_a_venue_naming_another_russian_place_stays_elsewhere(tmp_path, region, title, venue):
    event = _events(tmp_path, region, [(title, venue)])[0]
    assert event.direction == "elsewhere_in_russia"


@pytest.mark.parametrize("venue, city", [
    P("ВДНХ", "Москва", id="vdnh"),
    P("ЦВК «Экспоцентр»", "Москва", id="expocentre"),
    P("в Кремлёвском дворце", "Москва", id="kremlin-palace"),
    P("КВЦ «Экспофорум»", "Санкт-Петербург", id="expoforum"),
    P("Гостиный двор", "Москва", id="gostiny-dvor"),
])
def test_a_national_venue_named_without_its_city_gets_it(tmp_path, venue, city):
    event = _events(tmp_path, "Ярославской области", [(TITLE, venue)])[0]
    assert (event.direction, event.venue_city, event.venue_country) == ("elsewhere_in_russia", city, "RU")


def test_a_venue_with_its_town_reads_as_before(tmp_path):
    events = _events(tmp_path, "Ярославской области", [
        (TITLE, "г. Ярославль, ЯрГУ им. П.Г. Демидова"), (TITLE, "г. Казань, КФУ"),
        ("Визит делегации в Республику Беларусь", "г. Минск, Белорусский государственный университет"),
        ("Визит делегации в Республику Беларусь", "Белорусский государственный университет")])
    assert [(e.direction, e.venue_city, e.venue_country) for e in events] == [
        ("inbound", "Ярославль", "RU"), ("elsewhere_in_russia", "Казань", "RU"), ("outbound", "Минск", "BY"),
        ("outbound", None, "BY")]
