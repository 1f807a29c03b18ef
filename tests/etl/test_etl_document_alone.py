"""A results cell that only names a document is a signed agreement.

Clerks fill the «Результат» column with what came of the event; «Протокол о намерениях» or «Соглашение о
сотрудничестве между … и …» there means it was signed, though no verb says so (drift12's Yakutia report,
event 6: parser 1.7.1 read no agreement). Not minutes («Протокол заседания …»), not a draft or a plan, not a
document referred to by its date («… от 12.03.2019»), not a sentence with a verb of its own, and not the
title («Договор дружбы: 30 лет» names an occasion).
"""
from __future__ import annotations

import pytest

from etl.classify import classify_agreement


@pytest.mark.parametrize("results", [
    "Протокол о намерениях",
    "Соглашение о сотрудничестве между Правительством Смоленской области и Витебским облисполкомом",
    "Дорожная карта на 2026–2027 годы",
    "Результат: меморандум о взаимопонимании",
    "Обсуждены вопросы сотрудничества. Протокол о намерениях.",
    "Контракты на поставку сельскохозяйственной техники",
    "Совместное заявление о побратимских связях",
])
def test_a_document_named_alone_in_the_results_is_signed(results):
    assert classify_agreement("Встреча с делегацией", results, "").kind == "signed"


@pytest.mark.parametrize("results", [
    "Протокол заседания рабочей группы",
    "Проект соглашения о сотрудничестве",
    "Меморандум обсуждён сторонами",
    "Соглашение о сотрудничестве от 12.03.2019",
    "Программа визита выполнена",
    "Протокол встречи направлен сторонам",
])
def test_what_is_no_document_signed(results):
    assert classify_agreement("Встреча с делегацией", results, "").kind is None


def test_a_title_naming_a_document_is_an_occasion():
    assert classify_agreement("Договор дружбы: 30 лет", "Торжественное собрание", "").kind is None
