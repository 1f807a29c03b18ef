"""A signing refused, left out or done before is no agreement signed at the event (lead's blind probe, 29 Nov).

«От подписания соглашения стороны отказались», «Без подписания документов» and «Соглашение подписано ранее, в 2023
году; обсуждён ход его реализации» were read as signed. A refusal («отказались», «отказ от подписания»), «без
подписания» and «не подписывались» say nothing was signed; a short participle with «ранее» after it is a document
of the past. A document about a refusal («соглашение об отказе от …») and a signing beside another clause's refusal
are still signed.
"""
from __future__ import annotations

import pytest

from etl.classify import classify_agreement

P = pytest.param


@pytest.mark.parametrize("text", [
    P("От подписания соглашения стороны отказались", id="sides-refused"),
    P("Белорусская сторона отказалась от подписания меморандума", id="one-side-refused"),
    P("Отказ от заключения контракта связан с изменением условий поставки", id="refusal-noun"),
    P("Мероприятие прошло без подписания документов", id="without-signing"),
    P("Встреча без заключения соглашений", id="without-concluding"),
    P("Документы не подписывались", id="not-being-signed"),
    P("Соглашение подписано ранее, в 2023 году; обсуждён ход его реализации", id="signed-before-short-form"),
    P("Меморандум заключён ещё ранее и продолжает действовать", id="concluded-even-earlier"),
])
def test_no_signing_at_the_event(text):
    assert classify_agreement("Встреча", text).kind != "signed"


@pytest.mark.parametrize("text", [
    P("Подписано соглашение об отказе от визовых требований для участников", id="document-about-a-refusal"),
    P("Стороны подписали соглашение, отказавшись от прежних условий", id="gerund"),
    P("Подписано соглашение. Белорусская сторона отказалась от поставок угля", id="refusal-in-another-sentence"),
    P("Соглашение подписано; ранее стороны обменялись письмами", id="earlier-in-another-clause"),
    P("Подписаны 3 соглашения о сотрудничестве", id="plain-control"),
])
def test_a_signing_stays_signed(text):
    assert classify_agreement("Встреча", text).kind == "signed"
