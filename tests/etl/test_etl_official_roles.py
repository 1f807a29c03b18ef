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



# Fifth sweep: a name written without initials right after its role. Before: none of these was found.
def _named(text: str) -> list[tuple[str, str | None]]:
    found = normalize_names({1: find_officials(text)})[1]
    return [(o.name, o.role) for o in found]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Министр культуры Республики Беларусь Анатолий Маркевич",
                 [("А. Маркевич", "Министр культуры Республики Беларусь")], id="given_name_and_surname"),
    pytest.param("переговоры с Министром культуры Республики Беларусь Анатолием Маркевичем",
                 [("А. Маркевич", "Министром культуры Республики Беларусь")], id="given_name_and_surname_instrumental"),
    pytest.param("Председатель Витебского облисполкома Александр Субботин",
                 [("А. Субботин", "Председатель Витебского облисполкома")], id="chair_of_executive"),
    pytest.param("Аким Костанайской области Кумар Аксакалов",
                 [("К. Аксакалов", "Аким Костанайской области")], id="surname_also_a_common_word"),
    pytest.param("Чрезвычайный и Полномочный Посол Социалистической Республики Вьетнам в Российской Федерации "
                 "Данг Минь Кхой",
                 [("Данг Минь Кхой", "Чрезвычайный и Полномочный Посол Социалистической Республики Вьетнам в "
                                     "Российской Федерации")], id="vietnamese_name_kept_whole"),
    pytest.param("Генеральный консул КНР в Казани г-н Сюэ Фэй",
                 [("Сюэ Фэй", "Генеральный консул КНР в Казани")], id="chinese_name_after_honorific"),
    pytest.param("Посол Индии Винай Кумар", [("Винай Кумар", "Посол Индии")], id="indian_name"),
    pytest.param("Губернатор Смоленской области В.Н. Анохин, Посол Китая в России Чжан Ханьхуэй",
                 [("В.Н. Анохин", "Губернатор Смоленской области"), ("Чжан Ханьхуэй", "Посол Китая в России")],
                 id="after_a_name_with_initials"),
    pytest.param("Директор ОГБУК «Смоленская областная филармония» Иван Петров",
                 [("И. Петров", "Директор ОГБУК «Смоленская областная филармония»")], id="after_a_quoted_name"),
    pytest.param("Посол Беларуси Крутой Дмитрий Николаевич",
                 [("Д.Н. Крутой", "Посол Беларуси")], id="full_name_not_read_twice"),
])
def test_a_name_without_initials_after_its_role(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Губернатор вручил награду Анне Ивановой", id="a_verb_between"),
    pytest.param("директор компании Хуавэй Текнолоджиз", id="an_organisation_not_a_person"),
    pytest.param("Посол выступил на открытии Дней Культуры Беларуси", id="capitalised_common_words"),
    pytest.param("Посол Республики Беларусь в Российской Федерации", id="places_only"),
    pytest.param("министр Иванов", id="a_surname_alone"),
    pytest.param("представители Посольства КНР", id="an_embassy"),
    pytest.param("директор театра Смоленск Минск", id="cities"),
])
def test_no_name_without_initials_where_none_is(text):
    assert _named(text) == []


@pytest.mark.parametrize("text", [
    "Посол Республики Беларусь в РФ Д.Н. Крутой, послом Китая; министра – Иванов. Генконсул, консульство",
    "премьер-министр\nпредседателю, президентский ректор директором аким акимат атташе мэра подпослом",
    "встреча с Президентом (и председателем) – a.\tb – c. d.",
    "Губернатор Смоленской области В.Н. Анохин, Посол Китая в России Чжан Ханьхуэй",
    "Вице-губернатор, вице-премьер-министра; главой главный главы, секретарём секретарем секретари",
    "руководителем представителя представители советник-посланник советника-посланника советник-",
    "посланнику торгпредом заместитель заместители начальника депутату спикер сенатором главою подзаместитель",
])
def test_plain_name_patterns_match_their_references(text):
    """The role and phrase-end patterns written from a rare first character find what the plain
    patterns find (the role's match may start later inside its word: only its end is used)."""
    from etl import officials

    lowered = text.lower()
    assert [m.end() for m in officials._PLAIN_NAME_ROLE.finditer(lowered)] == \
        [m.end() for m in officials._PLAIN_NAME_ROLE_REFERENCE.finditer(lowered)]
    for start in range(len(text)):
        found, reference = officials._PLAIN_NAME_END.search(text, start), officials._PLAIN_NAME_END_REFERENCE.search(text, start)
        assert (found and found.span()) == (reference and reference.span())


def test_the_role_forms_are_the_role_patterns_words():
    """The per-cell test by words agrees with the role pattern on every form it lists, in every case
    it writes them; 'после' (the preposition, also a form of 'посол') is in neither."""
    from etl import officials

    forms = officials._plain_role_forms()
    for form in forms:
        assert officials._PLAIN_NAME_ROLE_REFERENCE.fullmatch(form.lower()), form
    assert "после" not in forms and "После" not in forms
    assert officials._PLAIN_NAME_ROLE_REFERENCE.search("после встречи") is None
    assert {"Послом", "ПОСЛА", "министру", "Генконсулом", "атташе", "Премьер-министр"} <= forms


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Визит делегации Хэйхэского университета во главе с ректором Ван Хуэй", "Ван Хуэй", "ректором"),
    ("Делегация во главе с заместителем министра В.П. Ивановым", "В.П. Ивановым", "заместителем министра"),
    ("Делегация провинции во главе с вице-губернатором Ли Цяном", "Ли Цян", "вице-губернатором"),
])
def test_the_head_of_a_delegation_is_not_the_idioms_head(text, name, role):
    """'во главе с ректором': 'главе' is the idiom's, not a person's role (was 'главе с ректором')."""
    found = [(o.name, o.role) for o in find_officials(text)]
    assert (name, role) in found


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Встреча с председателем Ван Линем", "Ван Линь", "председателем"),
    ("Встреча с председателем народного правительства провинции Ван Линем", "Ван Линь",
     "председателем народного правительства провинции"),
    ("Встреча с заместителем министра Ли Лэем", "Ли Лэй", "заместителем министра"),
    ("Встреча с мэром города Ду Минем", "Ду Минь", "мэром города"),
    ("Встреча с Председателем КНР Си Цзиньпином", "Си Цзиньпин", "Председателем КНР"),
])
def test_a_given_name_the_dictionary_knows_after_a_surnames_syllable(text, name, role):
    """'Линем' is a form of 'линь' (a fish) to the dictionary; after 'Ван' it is a given name."""
    assert (name, role) in [(o.name, o.role) for o in find_officials(text)]


@pytest.mark.parametrize("text", ["Встреча с министром Культуры", "Переговоры с руководством Ли Нинга",
                                  "встреча с директором ООО Ли Мин"])
def test_no_name_after_a_role_without_one(text):
    assert find_officials(text) == []
