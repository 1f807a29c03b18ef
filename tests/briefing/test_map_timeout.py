"""The deck's map picture is bounded in time (lead, 27 Nov): kaleido waits on its Chromium without a limit,
and once in a CI run it never answered, so the test run — and a user's deck download — hung. Past
DRAW_TIMEOUT_S the deck is built without the map and `map_png_problem()` says why. Checked with the real
kaleido and a limit it cannot meet, then with the real limit (the map is drawn)."""
from __future__ import annotations

import pytest

from briefing import map_image
from briefing.model import build_review


def test_a_map_that_takes_too_long_is_left_out_with_a_reason(sample_con, monkeypatch):
    review = build_review(sample_con, 2024, 4)
    if not map_image._ready():
        pytest.skip(f"MAP NOT DRAWN, kaleido unavailable: {map_image.map_png_problem()}")
    monkeypatch.setattr(map_image, "DRAW_TIMEOUT_S", 0.001)
    assert map_image.map_png(review) is None
    assert "не ответил" in map_image.map_png_problem()


def test_within_the_limit_the_map_is_drawn(sample_con):
    review = build_review(sample_con, 2024, 4)
    png = map_image.map_png(review)
    if png is None:
        pytest.skip(f"MAP NOT DRAWN, kaleido/Chromium unavailable: {map_image.map_png_problem()}")
    assert png.startswith(b"\x89PNG")
