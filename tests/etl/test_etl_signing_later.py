"""A signing said as a noun and then dated by a dash to a later period is to come, not done (the lead's seventh blind
probe, 29 Nov): «Согласован текст соглашения, подписание – в I квартале 2026 г.» was «signed», because the dash ends
the clause in which «планируется», «перенесено» and the like are looked for. A dash to anything but a period («– в
присутствии губернатора», «– в рамках форума») and a signing said as done («подписано соглашение – в рамках визита»)
are still signed.
"""
from __future__ import annotations

import pytest

from etl.classify import classify_agreement

P = pytest.param


@pytest.mark.parametrize("results, kind", [
    P("Согласован текст соглашения, подписание – в I квартале 2026 г.", None, id="quarter"),
    P("Подписание соглашения – в 2026 году", None, id="year"),
    P("Заключение договора — на следующей неделе", None, id="next-week"),
    P("Подписание меморандума: в ближайшее время", None, id="colon-soon"),
    P("Подписание соглашения о побратимстве – запланировано на март", None, id="planned-month"),
    P("Подписание соглашения о сотрудничестве", "signed", id="title-of-a-signing"),
    P("Состоялось подписание соглашения – в присутствии губернатора", "signed", id="dash-not-a-period"),
    P("Подписание соглашения – в рамках форума", "signed", id="within-a-forum"),
    P("Подписано соглашение – в 2026 году начнётся обмен студентами", "signed", id="done-then-future"),
])
def test_a_signing_dated_later_is_not_done(results, kind):
    assert classify_agreement("Встреча с делегацией", results, "").kind == kind
