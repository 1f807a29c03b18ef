"""One colour per sector and per partner country, the same on every page and in every session.

Known keys have hand-picked colours; a key the reference does not know (a new sector slug, a rare
country) gets one from a spare palette chosen by a hash of the key, so it is stable across runs.
"""
from __future__ import annotations

import hashlib

SECTOR_COLOURS = {
    "culture_tourism": "#1f77b4", "youth": "#ff7f0e", "education_science": "#2ca02c",
    "investment": "#d62728", "industry_trade": "#9467bd", "general": "#8c564b",
    "social": "#e377c2", "agriculture": "#7f7f7f", "labour": "#bcbd22", "public_relations": "#17becf",
    "economy": "#393b79", "housing_utilities": "#637939", "transport": "#8c6d31",
    "digital": "#fdb462", "health": "#7b4173", "sport": "#ff9896", "environment": "#a1d99b",
    "security": "#004d40", "compatriots": "#a55194", "construction_energy": "#e6550d", "legislature": "#6b6ecf",
    "unspecified": "#b0b0b0",
}
COUNTRY_COLOURS = {
    "BY": "#c8313e", "KZ": "#00a3dd", "KG": "#e8112d", "UZ": "#1eb53a", "AM": "#f2a800",
    "MD": "#0046ae", "LT": "#006a44", "MN": "#7a4b9c", "KH": "#032ea1", "AE": "#00732f",
    "IN": "#ff9933", "JO": "#6b3e26", "CM": "#007a5e", "NG": "#008751", "CN": "#de2910",
    "AZ": "#0092bc", "TJ": "#cc9900", "TM": "#28ae66", "AB": "#9c2b2b", "RS": "#0c4076",
    "VN": "#da251d", "TR": "#e30a17", "IR": "#239f40", "EG": "#a08000", "CU": "#002a8f",
    "VE": "#cf9f00", "DE": "#404040", "FR": "#3b5cab", "IT": "#4b9b4b",
}
_SPARE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
          "#9c755f", "#bab0ac", "#86bcb6", "#d37295", "#8cd17d", "#b6992d", "#499894", "#a0cbe8")
NEUTRAL = "#9aa5b1"
ACCENT = "#1f5fa8"
FORMAT_COLOURS = {"in_person": "#1f5fa8", "online": "#2ca02c", "hybrid": "#ff7f0e"}


def _spare(key: str) -> str:
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return _SPARE[digest[0] % len(_SPARE)]


def sector_colour(key: str) -> str:
    """'culture_tourism' → '#1f77b4' in every chart; unknown slugs get a stable spare colour."""
    return SECTOR_COLOURS.get(key) or _spare("sector:" + key)


def country_colour(code: str) -> str:
    """'BY' → '#c8313e' in every chart and on the map."""
    return COUNTRY_COLOURS.get(code) or _spare("country:" + code)


# Two colours closer than this (CIE76 ΔE in CIELAB) read as one in a chart's bars and legend: China's
# #de2910 and Vietnam's #da251d are 6.3 apart, Tajikistan's and Venezuela's 3.0, Belarus's and
# Abkhazia's reds 15.9; the spare palette's neighbours are 20 or more apart.
MIN_DELTA_E = 20.0


def _lab(colour: str) -> tuple[float, float, float]:
    """'#rrggbb' (sRGB, D65) in CIELAB."""
    digits = colour.lstrip("#")
    r, g, b = (_linear(int(digits[i:i + 2], 16)) for i in (0, 2, 4))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(v: float) -> float:
        return v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def colour_difference(a: str, b: str) -> float:
    """CIE76 ΔE of two '#rrggbb' colours: 0 the same, about 2 just told apart, 20+ clearly different."""
    return sum((p - q) ** 2 for p, q in zip(_lab(a), _lab(b))) ** 0.5


def distinct_colours(keys: list[str], colour_of) -> list[str]:
    """The colours of `keys` (in the order a chart draws them, the largest first) with no two different
    keys alike (MIN_DELTA_E) in one chart. Each key keeps its own colour (colour_of) unless an earlier key
    of the chart already has one like it; then it takes the first spare colour (in an order fixed by the
    key, so the same chart is coloured the same way every time) unlike every colour given so far — or,
    with more keys than the spares can keep apart, the spare least like the nearest earlier ones. The same key twice gets
    its one colour twice. Before (uxqa31): China and Vietnam were two bars of the same red."""
    given: dict[str, str] = {}
    for key in keys:
        if key in given:
            continue
        own = colour_of(key)
        taken = list(given.values())
        if all(colour_difference(own, c) >= MIN_DELTA_E for c in taken):
            given[key] = own
            continue
        start = hashlib.sha256(str(key).encode("utf-8")).digest()[0] % len(_SPARE)
        spares = [_SPARE[(start + i) % len(_SPARE)] for i in range(len(_SPARE))]
        recent = taken[-(len(_SPARE) // 2):]   # past the spares' capacity: unlike the nearest bars at least
        given[key] = next((c for c in spares if all(colour_difference(c, u) >= MIN_DELTA_E for u in taken)),
                          max(spares, key=lambda c: min(colour_difference(c, u) for u in recent)))
    return [given[key] for key in keys]


def format_colour(key: str) -> str:
    return FORMAT_COLOURS.get(key, NEUTRAL)


# WCAG 2.1: text of normal size needs a contrast ratio of 4.5 against what it is drawn on
READABLE_CONTRAST = 4.5
DARK_INK, LIGHT_INK = "#111827", "#ffffff"


def _linear(value: int) -> float:
    """An sRGB channel (0–255) as linear light (0–1), as CIELAB wants it."""
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG's relative luminance of '#rrggbb': 0 for black, 1 for white."""
    hex_digits = colour.lstrip("#")
    r, g, b = (_channel(int(hex_digits[i:i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, 1 (same) to 21 (black on white)."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def ink_on(fill: str, dark: str = DARK_INK, light: str = LIGHT_INK) -> str:
    """The text colour for a number drawn on `fill` (inside a bar or a pie slice): whichever of the
    dark ink and white stands out more. A slide's default black on the format pie's blue slice was
    3.3:1, white is 6.4:1; on an orange or a pale slice the dark ink wins."""
    return light if contrast_ratio(light, fill) > contrast_ratio(dark, fill) else dark
