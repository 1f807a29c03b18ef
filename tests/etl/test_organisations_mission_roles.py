"""Who hosts an observer mission (etl/organisations.py `_role`; README «Organisations», roles).

The organisation a mission comes «от» formed it and leads it: those who take part in «миссии
наблюдателей от СНГ» are its guests, the Commonwealth is the host (as the hand-made gold list
records). «от» after other words (a delegation, a representative) says who sent someone, not who
hosts. Every sentence is SYNTHETIC, written for these tests."""
from __future__ import annotations

import pytest

from etl.organisations import Context, find_organisations
from etl.title import home_of


def roles(text: str, venue: str = "UZ") -> list[tuple[str, str]]:
    home = home_of("Смоленская область")
    return [(o.name, o.role) for o in find_organisations({"content": text},
                                                          Context(home.own_word, home.centre, venue, (venue,)))]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Участие в миссии наблюдателей от Содружества Независимых Государств на выборах",
                 ("Содружество Независимых Государств", "host"), id="observers_from_the_cis"),
    pytest.param("Депутат вошел в состав миссии международных наблюдателей от ШОС",
                 ("Шанхайская организация сотрудничества", "host"), id="international_observers_from_sco"),
    pytest.param("Участие в миссии по наблюдению за выборами от СНГ",
                 ("Содружество Независимых Государств", "host"), id="mission_with_a_longer_name"),
    pytest.param("Миссия наблюдателей от ЕАЭС посетила избирательные участки",
                 ("Евразийский экономический союз", "host"), id="mission_as_subject"),
])
def test_the_body_a_mission_comes_from_hosts_it(text, expected):
    assert expected in roles(text)


@pytest.mark.parametrize("text, expected", [
    pytest.param("В заседании принял участие представитель от ООО «Смоленский завод» ",
                 ("Смоленский завод", "participant"), id="representative_from"),
    pytest.param("Делегация от ОАО «Гомсельмаш» осмотрела выставку",
                 ("Гомсельмаш", "participant"), id="delegation_from"),
    pytest.param("Участие в торговой миссии. Письмо от СНГ получено",
                 ("Содружество Независимых Государств", "participant"), id="mission_in_another_sentence"),
])
def test_from_after_other_words_hosts_nothing(text, expected):
    assert expected in roles(text)
