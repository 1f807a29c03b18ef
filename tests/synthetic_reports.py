"""SYNTHETIC report variants made from the real sample, for tests only (never in data/raw/).

The sample's title says «в IV квартале 2024 года» and its footer «В IV квартале 2024 года»;
changing both gives a report of another quarter with the same 78 events, and small edits of one
cell give hostile variants («10^26 участников», «01.01.9999»).
"""
from __future__ import annotations

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
TITLE = "в IV квартале 2024 года"
FOOTER = "В IV квартале 2024 года"


def quarter_variant(sample_text: str, year: int, quarter: int) -> str:
    """SYNTHETIC: the sample re-titled as quarter `quarter` of `year` (title and footer)."""
    roman = ROMAN[quarter]
    assert TITLE in sample_text and FOOTER in sample_text
    return (sample_text.replace(TITLE, f"в {roman} квартале {year} года", 1)
            .replace(FOOTER, f"В {roman} квартале {year} года", 1))


def quarters(count: int, first_year: int = 2019) -> list[tuple[int, int]]:
    """(year, quarter) pairs: 2019 Q1, 2019 Q2, … — distinct from the sample's 2024 Q4."""
    return [(first_year + i // 4, i % 4 + 1) for i in range(count)]


def replace_once(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)
