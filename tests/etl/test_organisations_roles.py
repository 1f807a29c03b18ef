"""Roles of the organisations in an event (etl/organisations.py): host, participant, counterpart of an
agreement. Every sentence is SYNTHETIC, written for these tests in the forms other regions' clerks use
about Belarusian, Chinese, Kazakh, Abkhazian and Uzbek partners; none is a line of the sample report.
The event's agreement is classified as the parser does (etl/classify.classify_agreement)."""
from __future__ import annotations

import pytest

from etl.classify import classify_agreement
from etl.organisations import Context, find_organisations
from etl.title import home_of


def roles(cells: dict[str, str], region: str = "Смоленская область") -> dict[str, str]:
    home = home_of(region)
    agreement = classify_agreement(*cells.values()).kind
    context = Context(home.own_word, home.centre, "RU", (), agreement)
    return {o.name: o.role for o in find_organisations(cells, context)}


@pytest.mark.parametrize("region, text, expected", [
    # ---- host: who invites, receives, organises, or whose premises hold the event
    pytest.param("Смоленская область", "По приглашению Министерства образования Республики Беларусь делегация посетила Минск",
                 {"Министерство образования Республики Беларусь": "host"}, id="invited_by_a_belarusian_ministry"),
    pytest.param("Омская область", "По приглашению акимата Павлодарской области делегация приняла участие в форуме",
                 {"Акимат Павлодарской области": "host"}, id="invited_by_a_kazakh_akimat"),
    pytest.param("Амурская область", "По приглашению Народного правительства провинции Хэйлунцзян делегация посетила Харбин",
                 {"Народное правительство провинции Хэйлунцзян": "host"}, id="invited_by_a_chinese_province"),
    pytest.param("Брянская область",
                 "Организаторы: Витебский государственный университет имени П.М. Машерова и Брянский государственный университет",
                 {"Витебский государственный университет имени П.М. Машерова": "host",
                  "Брянский государственный университет": "host"}, id="organisers_listed_with_and"),
    pytest.param("Смоленская область", "Принимающей стороной выступил Могилевский областной исполнительный комитет",
                 {"Могилевский областной исполнительный комитет": "host"}, id="receiving_side"),
    pytest.param("Смоленская область", "Могилевский областной исполнительный комитет принял делегацию Смоленской области",
                 {"Могилевский областной исполнительный комитет": "host"}, id="received_the_delegation"),
    pytest.param("Псковская область",
                 "Встреча прошла в Генеральном консульстве Китайской Народной Республики в Санкт-Петербурге",
                 {"Генеральное консульство Китайской Народной Республики в Санкт-Петербурге": "host"},
                 id="held_in_after_the_verb"),
    pytest.param("Смоленская область", "Делегация побывала в Гродненском государственном университете имени Янки Купалы",
                 {"Гродненский государственный университет имени Янки Купалы": "host"}, id="was_at"),
    pytest.param("Брянская область", "Делегация побывала в гостях у Брестского областного исполнительного комитета",
                 {"Брестский областной исполнительный комитет": "host"}, id="guests_of"),
    pytest.param("Смоленская область", "Визит делегации Смоленской области в ОАО «Минский тракторный завод»",
                 {"Минский тракторный завод": "host"}, id="visit_of_a_delegation_to"),
    pytest.param("Смоленская область", "В актовом зале Смоленского государственного университета прошла лекция",
                 {"Смоленский государственный университет": "host"}, id="in_the_hall_of"),
    pytest.param("Смоленская область",
                 "Смоленский государственный университет совместно с Абхазским государственным университетом провели конференцию",
                 {"Смоленский государственный университет": "host", "Абхазский государственный университет": "host"},
                 id="together_with_held"),
    # ---- participant: taking part, supporting, sending people
    pytest.param("Смоленская область", "Представители ОАО «МАЗ» приняли участие в форуме",
                 {"МАЗ": "participant"}, id="took_part_is_no_receiving"),
    pytest.param("Смоленская область", "Делегация Витебского облисполкома посетила Смоленск",
                 {"Витебский облисполком": "participant"}, id="the_visitor_is_no_host"),
    pytest.param("Смоленская область", "Форум прошёл при поддержке Посольства Республики Беларусь в Российской Федерации",
                 {"Посольство Республики Беларусь в Российской Федерации": "participant"}, id="support_is_no_hosting"),
    pytest.param("Псковская область", "Мероприятие проходило в рамках Международного клуба дружбы Псковской области",
                 {"Международный клуб дружбы Псковской области": "participant"}, id="held_within_a_programme_is_no_venue"),
    pytest.param("Смоленская область", "Абхазский государственный университет принял участие в конференции",
                 {"Абхазский государственный университет": "participant"}, id="abkhazian_name_opens_the_cell"),
    pytest.param("Смоленская область",
                 "Организатор форума – Смоленский государственный университет. Делегация Ташкентского государственного "
                 "экономического университета выступила с докладами",
                 {"Смоленский государственный университет": "host",
                  "Ташкентский государственный экономический университет": "participant"},
                 id="the_organiser_cue_stays_in_its_sentence"),
    # ---- counterpart: the parties of an agreement signed or reached
    pytest.param("Смоленская область",
                 "Председатель Витебского облисполкома А.Н. Субботин и ректор Смоленского государственного университета "
                 "подписали соглашение о сотрудничестве",
                 {"Витебский облисполком": "counterpart", "Смоленский государственный университет": "counterpart"},
                 id="initials_end_no_sentence"),
    pytest.param("Смоленская область",
                 "В г. Могилеве Могилевский государственный университет имени А.А. Кулешова и Смоленский "
                 "государственный университет подписали договор о сотрудничестве",
                 {"Могилевский государственный университет имени А.А. Кулешова": "counterpart",
                  "Смоленский государственный университет": "counterpart"}, id="city_abbreviation_ends_no_sentence"),
    pytest.param("Амурская область",
                 "Подписан меморандум о взаимопонимании между Амурским государственным университетом и Харбинским "
                 "политехническим университетом",
                 {"Амурский государственный университет": "counterpart",
                  "Харбинский политехнический университет": "counterpart"}, id="memorandum_between"),
    pytest.param("Омская область", "Заключен договор о сотрудничестве с ТОО «Казахмыс»",
                 {"Казахмыс": "counterpart"}, id="contract_concluded_with_a_kazakh_company"),
    pytest.param("Смоленская область",
                 "Абхазский государственный университет и Смоленский государственный университет договорились об "
                 "обмене студентами",
                 {"Абхазский государственный университет": "counterpart",
                  "Смоленский государственный университет": "counterpart"}, id="the_parties_agreed"),
])
def test_role_in_one_cell(region, text, expected):
    assert roles({"content": text}, region) == expected


def test_an_agreement_reached_names_its_parties_in_the_title_when_the_content_names_none():
    """'По итогам встречи достигнута договоренность …' with the partner only in the title: the title's
    organisations are the parties."""
    cells = {"title": "Рабочая встреча с представителями ОАО «Белшина» и Министерства промышленности Смоленской области",
             "content": "По итогам встречи достигнута договоренность о поставках шин"}
    assert roles(cells) == {"Белшина": "counterpart", "Министерство промышленности Смоленской области": "counterpart"}


def test_the_venue_host_of_an_agreement_reached_is_a_party_when_the_content_names_none():
    cells = {"title": "Форум педагогов с международным участием",
             "venue": "г. Смоленск, ГАУ ДПО «Смоленский областной институт развития образования»",
             "content": "Достигнуты договоренности о ежегодном проведении мероприятия",
             "participants": "Представители Гомельского государственного университета имени Франциска Скорины"}
    assert roles(cells) == {"Смоленский областной институт развития образования": "counterpart",
                            "Гомельский государственный университет имени Франциска Скорины": "counterpart"}


def test_without_an_agreement_the_title_names_participants():
    cells = {"title": "Рабочая встреча с представителями ОАО «Белшина»",
             "content": "Обсуждены вопросы поставок шин"}
    assert roles(cells) == {"Белшина": "participant"}
