"""Signed minutes are agreements reached, not a signed agreement (lead, 27 Nov; drift14 found «Подписан
протокол заседания» classed as signed in two reports). A meeting's protocol (заседания, совещания, встречи,
переговоров, собрания, сессии) records what the sides agreed: the event is «verbal». A protocol that is a
document of its own («протокол о намерениях», «протокол к соглашению») stays signed, and so does an
agreement signed beside minutes."""
from __future__ import annotations

import pytest

from etl.classify import classify_agreement


@pytest.mark.parametrize("text", [
    "Подписан протокол заседания рабочей группы",
    "По итогам подписан протокол заседания межправительственной комиссии",
    "Подписан итоговый протокол совещания",
    "Стороны подписали протокол встречи",
    "Протокол переговоров подписан главами делегаций",
    "Утверждён протокол сессии Совета",
])
def test_signed_minutes_are_agreements_reached(text):
    assert classify_agreement(text).kind == "verbal"


@pytest.mark.parametrize("text", [
    "Подписан протокол о намерениях",
    "Заключен протокол к соглашению о сотрудничестве",
    "Подписан протокол о сотрудничестве по итогам заседания",
    "Подписаны протокол переговоров и соглашение о сотрудничестве",
    "Подписан протокол",
])
def test_a_protocol_of_its_own_or_beside_an_agreement_is_signed(text):
    assert classify_agreement(text).kind == "signed"


def test_minutes_only_mentioned_are_nothing():
    assert classify_agreement("Обсуждён протокол заседания прошлого года").kind is None
