"""Seventh sweep: documents signed without their kind named ('подписано 3 документа') are signed."""
from __future__ import annotations

import pytest

from etl.classify import classify_agreement


@pytest.mark.parametrize(("text", "kind"), [
    ("Подписано 3 документа.", "signed"),
    ("Подписан пакет документов о сотрудничестве.", "signed"),
    ("Документы подписаны главами делегаций.", "signed"),
    ("Подписаны документы о передаче экспонатов.", "signed"),
    # not done, or no signing at all
    ("Подготовлены документы для подписания.", None),
    ("Подписание документов перенесено.", None),
    ("Обсуждены документы, подписание планируется в 2025 году.", None),
    ("Участники получили документы об окончании курсов.", None),
])
def test_documents_signed_unnamed(text, kind):
    assert classify_agreement(text).kind == kind
