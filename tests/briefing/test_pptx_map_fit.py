"""The deck's map picture is shaped to the geography it shows, inside its slide box (uxqa14 left it at a
fixed 900 × 500 px, so Belarus alone or Belarus with its neighbours sat as a strip between empty bands,
and a world-wide spread was squeezed): map_fit.fitted_picture gives the largest picture of the shown
countries' aspect (plus the colour bar) that fits the box, at the same pixels an inch, so the type on
the slide stays the deck's size. On the real IV кв. 2024 sample and on the same review narrowed to one
country and to three far apart (the rows are the sample's, narrowed: no invented data)."""
from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime

import pytest
from pptx import Presentation

from analytics import charts, map_fit
from briefing import map_image
from briefing.deck import SLIDE_KEYS, slides
from briefing.model import build_review
from briefing.pptx_writer import pptx_bytes

BOX = (6.2, 4.9)   # inches: the countries slide's right half


@pytest.fixture(scope="module")
def review(sample_con):
    return build_review(sample_con, 2024, 4)


def _narrowed(review, codes):
    countries = review.countries[review.countries["country_code"].isin(codes)]
    regions = review.regions[review.regions["country_code"].isin(codes)] if len(review.regions) else review.regions
    return replace(review, countries=countries, regions=regions)


@pytest.mark.parametrize("codes, bound", [
    pytest.param(["BY", "NG"], "height", id="belarus_and_nigeria_are_as_tall_as_the_box"),
    pytest.param(["BY", "KZ", "NG", "KH"], "width", id="four_far_apart_are_as_wide_as_the_box"),
])
def test_the_picture_takes_the_geography_shape_within_the_box(review, codes, bound):
    narrowed = _narrowed(review, codes)
    width, height = map_image.picture_size(narrowed, *BOX)
    box_w, box_h = (int(v * map_image.PICTURE_PPI) for v in BOX)
    assert width <= box_w and height <= box_h
    aspect = charts.partner_map_aspect(narrowed.countries, narrowed.regions)
    assert abs((height - map_image.MAP_EXTRA_PX) * aspect - width) <= 2, "the map part is not the geography's shape"
    if bound == "height":
        assert height == box_h and width < box_w * 0.9
    else:
        assert width == box_w and height < box_h * 0.9


@pytest.mark.parametrize("w, h, aspect, extra, expected", [
    pytest.param(900, 700, 2.0, 100, (900, 550), id="wide_geography"),
    pytest.param(900, 700, 1.0, 100, (600, 700), id="square_geography"),
    pytest.param(900, 700, 0.6, 0, (420, 700), id="tall_geography"),
])
def test_fitted_picture(w, h, aspect, extra, expected):
    assert map_fit.fitted_picture(w, h, aspect, extra) == expected


def test_the_deck_places_the_picture_at_that_shape(review):
    narrowed = _narrowed(review, ["BY", "NG"])
    deck = slides(narrowed, datetime(2025, 1, 20, 10, 0), "ru")
    pptx = Presentation(io.BytesIO(pptx_bytes(narrowed, deck)))
    shapes = [s for s in pptx.slides[SLIDE_KEYS.index("countries")].shapes if s.name == "Partner map"]
    if not shapes:
        pytest.skip(f"MAP NOT DRAWN, kaleido/Chromium unavailable: {map_image.map_png_problem()}")
    shape = shapes[0]
    ratio = shape.width / shape.height
    aspect = charts.partner_map_aspect(narrowed.countries, narrowed.regions)
    expected_w = (shape.height / 914400 * map_image.PICTURE_PPI - map_image.MAP_EXTRA_PX) * aspect
    assert abs(shape.width / 914400 * map_image.PICTURE_PPI - expected_w) <= 3, \
        f"picture {ratio:.2f}:1 is not the geography's shape"
