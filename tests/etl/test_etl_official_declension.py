"""Officials named plainly after a role in the instrumental or genitive, as Serbian, Japanese and
Belarusian partners' names are written (lead, 27 Nov): general rules of Russian declension, each with
varied cases.

- after ж, ч, ш, щ, ц the instrumental ending is hard: «Селаковичем», «Бабичем» → Селакович, Бабич
  (not «Селаковичь»), as «Хунбинем» → Хунбинь keeps its soft sign;
- a man's name in -а declines as a feminine noun: «Николой», «Накамурой» → Никола, Накамура; a
  one-syllable word that did not decline stays («Данг Минь Кхой» after «Послом»);
- a body's contracted name between the role and a person («Председателем Мингорисполкома Владимиром
  Кухаревым») belongs to the role: the name starts at the given name the dictionary knows.
"""
from __future__ import annotations

import pytest

from etl.officials import find_officials, normalize_names


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.role) for o in normalize_names({1: find_officials(text)})[1]]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Встреча с Министром иностранных дел Сербии Николой Селаковичем",
                 [("Никола Селакович", "Министром иностранных дел Сербии")], id="serbian_minister"),
    pytest.param("Встреча с Послом Сербии Момчило Бабичем", [("Момчило Бабич", "Послом Сербии")],
                 id="hushing_stem_ambassador"),
    pytest.param("Переговоры с мэром Белграда Александром Шапичем",
                 [("А. Шапич", "мэром Белграда")], id="known_given_name_hushing_surname"),
    pytest.param("Встреча с Генеральным консулом Японии г-ном Кэнъити Накамурой",
                 [("Кэнъити Накамура", "Генеральным консулом Японии")], id="a_stem_japanese"),
    pytest.param("Беседа с Послом Хорватии Лукой Модричем",
                 [("Л. Модрич", "Послом Хорватии")], id="a_stem_given_name_known"),
])
def test_instrumental_names_of_other_traditions(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Встреча с Послом Вьетнама Данг Минь Кхой", [("Данг Минь Кхой", "Послом Вьетнама")],
                 id="undeclined_syllable_stays"),
    pytest.param("Встреча с Послом Вьетнама Данг Минь Кхоем", [("Данг Минь Кхой", "Послом Вьетнама")],
                 id="declined_syllable"),
    pytest.param("Переговоры с Послом КНР Чжан Ханьхуэем", [("Чжан Ханьхуэй", "Послом КНР")], id="soft_after_vowel"),
])
def test_names_that_do_not_decline_as_feminine(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Переговоры с Председателем Мингорисполкома Владимиром Кухаревым",
                 [("В. Кухарев", "Председателем Мингорисполкома")], id="contracted_body"),
    pytest.param("Встреча с Председателем Белкоопсоюза Анной Марией Петровой",
                 [("А. Петрова", "Председателем Белкоопсоюза")], id="two_given_names_stay_together"),
    pytest.param("Встреча с директором Белгосфилармонии Сергеем Петровичем Ивановым",
                 [("С.П. Иванов", "директором Белгосфилармонии")], id="with_patronymic"),
])
def test_a_body_before_the_given_name_belongs_to_the_role(text, expected):
    assert _found(text) == expected
