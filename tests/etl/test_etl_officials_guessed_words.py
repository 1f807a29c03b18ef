"""Officials after a place the dictionary guesses as a verb, and surnames it knows as nouns (lead's blind probe,
29 Nov).

- «Председатель Народного комитета провинции Лаокай Чинь Суан Чыонг» named no official: pymorphy3 guesses «Лаокай»
  an imperative, and a verb between a role and a name says the name is not the role's. A capitalised word the
  dictionary does not know is a name, never the sentence's verb (in the role's trimming too: the role was lost).
- «Почётный консул Республики Сербия в Смоленске Ненад Попович» named no official: «попович» is a noun to the
  dictionary. A surname-like last word after a given name it does not know is a name, as after one it knows
  («Кумар Аксакалов»).
A known verb between the role and a name still says no («Губернатор вручил награду Анне Ивановой»).
"""
from __future__ import annotations

import pytest

from etl.officials import find_officials

P = pytest.param


@pytest.mark.parametrize("text, name, role_start", [
    P("Председатель Народного комитета провинции Лаокай Чинь Суан Чыонг", "Чинь Суан Чыонг", "Председатель",
      id="laocai-nominative"),
    P("встреча с Председателем Народного комитета провинции Лаокай Чинь Суан Чыонгом", "Чинь Суан Чыонг",
      "Председателем", id="laocai-instrumental"),
    P("Заместитель председателя Народного комитета провинции Лаокай Нгуен Минь Хунг", "Нгуен Минь Хунг",
      "Заместитель", id="laocai-deputy"),
    P("Почётный консул Республики Сербия в Смоленске Ненад Попович", "Ненад Попович", "Почётный консул",
      id="serbian-consul"),
    P("с Почётным консулом Сербии Ненадом Поповичем", "Ненад Попович", "Почётным консулом", id="consul-instrumental"),
    P("Министр культуры Сербии Никола Селакович", "Никола Селакович", "Министр", id="minister-control"),
])
def test_the_official_is_found(text, name, role_start):
    found = [(o.name, o.role) for o in find_officials(text)]
    assert len(found) == 1 and found[0][0] == name and (found[0][1] or "").startswith(role_start), found


@pytest.mark.parametrize("text", [
    P("Губернатор вручил награду Анне Ивановой", id="a-verb-between"),
    P("Губернатор Смоленской области вручил грамоту Ивану Петрову", id="a-verb-after-the-region"),
    P("Директор завода Стальевич", id="one-word"),
    P("Генеральный директор ОАО Гомсельмаш Петрович", id="after-a-company"),
])
def test_no_official(text):
    assert find_officials(text) == []
