"""One measure, one name: a count the Overview shows as a metric and the review slides show again is
called the same on both, in each language — a meeting that sees «Подписанные соглашения» on the
dashboard and «Подписанные документы» on the slide asks whether they are two numbers (they were one:
events where an agreement, memorandum, contract or protocol was signed)."""
from __future__ import annotations

import pytest

from analytics.i18n import t
from briefing.model import METRICS

# the Overview's metric key → the review slide's metric key (briefing.model.METRICS)
SHARED = {"metric_countries": "partner_countries", "metric_regions": "foreign_regions",
          "metric_attendance": "attendance", "metric_agreements": "signed"}


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("overview_key, slide_key", SHARED.items())
def test_a_measure_shown_on_the_overview_and_a_slide_has_one_name(overview_key, slide_key, lang):
    slide = METRICS[slide_key] if lang == "ru" else t(f"rv_metric_{slide_key}", lang)
    assert t(overview_key, lang) == slide


def test_the_slides_russian_names_are_their_own_translation_keys():
    for key, label in METRICS.items():
        assert t(f"rv_metric_{key}", "ru") == label
