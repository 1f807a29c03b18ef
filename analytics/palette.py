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


def format_colour(key: str) -> str:
    return FORMAT_COLOURS.get(key, NEUTRAL)


# WCAG 2.1: text of normal size needs a contrast ratio of 4.5 against what it is drawn on
READABLE_CONTRAST = 4.5
DARK_INK, LIGHT_INK = "#111827", "#ffffff"


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
