"""An official's role in the forms other clerks write it (fourth sweep).

Before: a role written before a dash ('министр … – Иванов И.И.') was lost, and 'и.о.' / 'врио' was
cut off the role, so an acting minister read as the minister; an acting role's noun ('и.о. министра')
also put the name in the genitive ('Н.Н. Сидорова' → 'Н.Н. Сидоров').
"""
from __future__ import annotations

import pytest

from etl.officials import find_officials, normalize_names


@pytest.mark.parametrize(("text", "name", "role"), [
    pytest.param("министр Смоленской области по внешнеэкономическим связям – Иванов И.И.", "И.И. Иванов",
                 "министр Смоленской области по внешнеэкономическим связям", id="role_before_dash"),
    pytest.param("Участники: Министр экономики Республики Беларусь – Ю.А. Чеботарь", "Ю.А. Чеботарь",
                 "Министр экономики Республики Беларусь", id="role_before_dash_initials_first"),
    pytest.param("и.о. министра культуры Смоленской области Н.Н. Сидорова", "Н.Н. Сидорова",
                 "и.о. министра культуры Смоленской области", id="acting_io"),
    pytest.param("И. о. ректора СмолГУ Петров П.П.", "П.П. Петров", "и.о. ректора СмолГУ", id="acting_spaced"),
    pytest.param("исполняющий обязанности министра образования Н.В. Иванова", "Н.В. Иванова",
                 "и.о. министра образования", id="acting_in_words"),
    pytest.param("врио Губернатора Смоленской области В.Н. Анохин", "В.Н. Анохин",
                 "врио Губернатора Смоленской области", id="temporary_acting"),
    pytest.param("временно исполняющий обязанности Главы города Смоленска А.А. Новиков", "А.А. Новиков",
                 "врио Главы города Смоленска", id="temporary_acting_in_words"),
    pytest.param("встреча с врио Губернатора Смоленской области В.Н. Анохиным", "В.Н. Анохин",
                 "врио Губернатора Смоленской области", id="acting_instrumental_name"),
    pytest.param("руководитель делегации – заместитель председателя Могилевского облисполкома Исаченко А.М.",
                 "А.М. Исаченко", "заместитель председателя Могилевского облисполкома", id="role_after_dash_kept"),
    pytest.param("Губернатор Смоленской области В.Н. Анохин", "В.Н. Анохин", "Губернатор Смоленской области",
                 id="plain_role"),
])
def test_roles_before_a_dash_and_acting_roles(text, name, role):
    found = normalize_names({1: find_officials(text)})[1]
    assert [(o.name, o.role) for o in found] == [(name, role)]


def test_a_dash_after_a_word_that_is_no_role_gives_no_role():
    assert [o.role for o in find_officials("встреча с делегацией – Иванов И.И.")] == [None]

