"""Seventh sweep: kinds of events other clerks name that fell to 'other', and events held on the web."""
from __future__ import annotations

import pytest

from etl.classify import classify_event_type, classify_format


@pytest.mark.parametrize(("title", "kind"), [
    ("Ассамблея народов Евразии в Москве", "forum"),
    ("Участие в Генеральной ассамблее Ассоциации регионов", "forum"),
    ("Международная биеннале современного искусства", "exhibition"),
    ("Триеннале графики стран СНГ", "exhibition"),
    ("Вернисаж смоленских художников в Витебске", "exhibition"),
    ("Гала-концерт лауреатов фестиваля", "festival_performance"),
    ("Карнавал дружбы народов", "festival_performance"),
    ("Парад духовых оркестров Союзного государства", "festival_performance"),
    ("Телефонный разговор Губернатора с Послом Республики Беларусь", "meeting"),
    ("Беседа с Генеральным консулом КНР", "meeting"),
    ("Аудиенция у Чрезвычайного и Полномочного Посла", "meeting"),
    ("Брифинг для иностранных журналистов", "meeting"),
])
def test_other_clerks_kinds(title, kind):
    assert classify_event_type(title) == kind


@pytest.mark.parametrize(("title", "kind"), [
    ("Концерт «Беседа с Пушкиным»", "festival_performance"),  # a quoted name is no kind
    ("Выставка «Парад планет»", "exhibition"),
    ("Визит делегации; беседа с ректором", "visit"),  # the kind named first wins
])
def test_the_first_kind_outside_quotes_still_wins(title, kind):
    assert classify_event_type(title) == kind


@pytest.mark.parametrize(("cells", "expected"), [
    (("Интернет-конференция", "", "", ""), "online"),
    (("Веб-семинар для экспортёров", "", "", ""), "online"),
    (("Международная интернет-олимпиада по русскому языку", "г. Смоленск", "", ""), "online"),
    (("Интернет-конференция", "г. Смоленск", "Конференция прошла очно и онлайн", ""), "hybrid"),
    # the web named as where something was published is no format
    (("Концерт", "г. Смоленск", "Информация размещена на интернет-портале", ""), "in_person"),
    (("Выставка", "г. Смоленск", "Анонс в интернет-изданиях", ""), "in_person"),
])
def test_events_held_on_the_web(cells, expected):
    assert classify_format(*cells) == expected


@pytest.mark.parametrize(("title", "kind"), [
    # taking part in something: the kind is what was taken part in
    ("Участие делегации Приморского края в Харбинской международной торгово-экономической ярмарке", "exhibition"),
    ("Участие делегации в работе Форума регионов", "forum"),
    ("Участие во Всемирном фестивале молодёжи", "festival_performance"),
    # unless a kind is named before the taking part
    ("Визит делегации и участие в конференции", "visit"),
    ("Служебная командировка для участия в рабочей встрече", "visit"),
    ("Демонстрационный день сельхозтехники", "exhibition"),
])
def test_taking_part_in_names_the_kind(title, kind):
    assert classify_event_type(title) == kind


@pytest.mark.parametrize(("title", "kind"), [
    ("Профильная смена «Дружба народов» для школьников", "workshop"),
    ("Смена в детском лагере с участием детей из Абхазии", "workshop"),
    ("Биржа деловых контактов", "meeting"),
    ("Коллоквиум по истории", "conference"),
    # a signing is no kind of its own, and history's 'подписания' names none
    ("Участие делегации региона в мероприятии, посвящённом 25-летию подписания Договора", "visit"),
])
def test_eighth_sweep_kinds(title, kind):
    assert classify_event_type(title) == kind


@pytest.mark.parametrize("title", [
    "Инфотур для туроператоров из ОАЭ и Египта",
    "Медиатур блогеров из Казахстана по Смоленской области",
    "Промотур для турагентств Республики Беларусь",
    "Пресс-тур для журналистов Китая",
])
def test_a_tour_for_the_trade_or_the_press_is_a_visit(title):
    """drift13's Krasnodar event 15: «Инфотур …» was «other» (one word, not «тур» after a hyphen)."""
    assert classify_event_type(title) == "visit"
