"""The plotly config each chart gets speaks the chart's language: the Russian config carries plotly's
toolbar words in Russian (plotly.js knows only English unless they come with the chart), the English
one asks for English and carries no Russian; the map's config keeps its local geometry; the briefing's
charts get the config of the slide's language. The browser check is
tests/browser/test_chart_toolbar_language.py."""
from __future__ import annotations

import json
import re

import pytest

from analytics.charts import TOPOJSON_DIR, plotly_config

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# the hover titles of the buttons the dashboard's bar charts and map show (lasso, select and autoscale
# are removed), and plotly's notices while a PNG is saved
SHOWN = ["Zoom", "Pan", "Zoom in", "Zoom out", "Reset axes", "Reset", "Download plot as a PNG",
         "Preparing image - this may take a few seconds", "Double-click to zoom back out"]


@pytest.mark.parametrize("geo", [False, True])
def test_russian_config_carries_every_shown_word_in_russian(geo):
    config = plotly_config("ru", geo)
    words = config["locales"][config["locale"]]["dictionary"]
    assert config["locale"] == "ru"
    untranslated = [w for w in SHOWN if not CYRILLIC.search(words.get(w, ""))]
    assert not untranslated, untranslated
    assert (config.get("topojsonURL") == TOPOJSON_DIR) is geo
    assert "lasso2d" in config["modeBarButtonsToRemove"]


@pytest.mark.parametrize("geo", [False, True])
def test_english_config_has_no_russian(geo):
    config = plotly_config("en", geo)
    assert config["locale"] == "en"
    assert not CYRILLIC.search(json.dumps(config, ensure_ascii=False))
    assert (config.get("topojsonURL") == TOPOJSON_DIR) is geo


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_briefing_charts_get_their_slides_language(sample_con, lang):
    from briefing.deck import figures, slides
    from briefing.model import build_review

    review = build_review(sample_con, 2024, 4)
    configs = [config for slide in slides(review, lang=lang) for _, config in figures(slide, review)]
    assert len(configs) >= 5
    assert {c["locale"] for c in configs} == {lang}
