"""An international body is a partner from abroad (lead, 27 Nov): СНГ, ЕАЭС, ШОС, БРИКС, the Union State and
UNESCO have no one country, and they had fallen on the «domestic» side (elsewhere in Russia), so the
Организации page, the network and the key-partner slides never showed them among foreign partners. The
hand-made lists (tests/fixtures/organisations_gold*.json) read them as foreign; the parser now agrees.
When an agreement's only parties are an international body's meeting, our body is not made its other
party (that rule stays for a foreign partner of one country)."""
from __future__ import annotations

import pytest

from etl.organisations import Context, find_organisations
from etl.title import home_of


def _sides(cells: dict[str, str], venue: str | None = "RU") -> dict[str, tuple[str | None, str, str]]:
    home = home_of("Смоленская область")
    context = Context(home.own_word, home.centre, venue, (), None)
    return {o.name: (o.country, o.kind, o.side) for o in find_organisations(cells, context)}


@pytest.mark.parametrize(("title", "name"), [
    pytest.param("Участие в форуме стран БРИКС в г. Казани", "БРИКС", id="brics_forum_at_home"),
    pytest.param("Саммит ШОС в Астане", "Шанхайская организация сотрудничества", id="sco_abbreviation"),
    pytest.param("Участие делегации в мероприятиях ЕАЭС", "Евразийский экономический союз", id="eaeu"),
    # the bloc's council is one international body, typed with a spaced dash or a hyphen (tests/etl/
    # test_etl_member_states_bodies.py); it was «Совет глав государств» of Russia beside the CIS
    pytest.param("Заседание Совета глав государств – членов СНГ", "Совет глав государств – членов СНГ", id="cis"),
    pytest.param("Участие в Миссии наблюдателей от Содружества Независимых Государств на выборах",
                 "Содружество Независимых Государств", id="cis_by_name"),
    pytest.param("Встреча с представителями Организации исламского сотрудничества",
                 "Организация исламского сотрудничества", id="by_its_words"),
])
def test_an_international_body_is_on_the_foreign_side(title, name):
    found = _sides({"title": title})
    assert found[name] == (None, "international", "foreign")


def test_our_own_and_a_foreign_body_keep_their_sides():
    found = _sides({"title": "Встреча Губернатора Смоленской области с делегацией Витебского облисполкома",
                    "participants": "Администрация Смоленской области, Витебский облисполком"})
    assert {name: side for name, (_, _, side) in found.items()} == {
        "Администрация Смоленской области": "home", "Витебский облисполком": "foreign"}
