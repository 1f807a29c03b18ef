"""Sector colours a reader can tell apart: on Сферы, «Спорт» and «Культура и туризм» were both blue
(#3182bd against #1f77b4, ΔE 4.6 in CIE Lab; uxqa13's review). Every pair of hand-picked sector colours
now differs by at least ΔE 15 (CIE76), the distance at which neighbouring bars read as different hues."""
from __future__ import annotations

import itertools

from analytics.palette import SECTOR_COLOURS


def _lab(colour: str) -> tuple[float, float, float]:
    def linear(c: float) -> float:
        return ((c + 0.055) / 1.055) ** 2.4 if c > 0.04045 else c / 12.92

    r, g, b = (linear(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    x = (r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047
    y = r * 0.2126 + g * 0.7152 + b * 0.0722
    z = (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _distance(a: str, b: str) -> float:
    return sum((p - q) ** 2 for p, q in zip(_lab(a), _lab(b))) ** 0.5


def test_every_two_sector_colours_differ_visibly():
    close = [(a, b, round(_distance(SECTOR_COLOURS[a], SECTOR_COLOURS[b]), 1))
             for a, b in itertools.combinations(SECTOR_COLOURS, 2)
             if _distance(SECTOR_COLOURS[a], SECTOR_COLOURS[b]) < 15]
    assert close == []


def test_the_distance_sees_what_the_review_saw():
    assert _distance("#3182bd", "#1f77b4") < 15 < _distance("#1f77b4", "#ff7f0e")
