"""Every per-field parser is total on letters that only match Cyrillic ones under IGNORECASE.

The caseless patterns of the parser match 'ᲃ' (the wide es, whose capital is 'С'), 'ᲂ', 'ᲀ', 'ᲄ' …
as their Cyrillic letters, while str.lower() keeps them as they are: a month or quarter word found by
such a pattern and then looked up by its lower case raised, and a report with «ᲃентября» in a dates
cell, or «июль – ᲃентябрь» in its title, was refused as an internal error. Here every cell of the real
sample is parsed with such letters put in, each field parser through bench/etl_oracle.py's cell_record
(which records an exception instead of raising).
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from bench.etl_oracle import cell_record
from etl.title import parse_title

SAMPLE = next((Path(__file__).resolve().parents[2] / "data" / "raw").glob("*.txt"))


def _case_variants() -> dict[str, str]:
    """Lower-case letter → a different character that upper-cases to the same capital ('с' → 'ᲃ')."""
    found: dict[str, str] = {}
    for code in range(0x80, 0x2000):
        char = chr(code)
        upper = char.upper()
        if len(upper) == 1 and upper != char and upper.lower() != char and "CYRILLIC" in unicodedata.name(upper, ""):
            found.setdefault(upper.lower(), char)
    return found


VARIANTS = _case_variants()


def _cells() -> list[str]:
    text = SAMPLE.read_text(encoding="utf-8")
    return sorted({c.strip() for c in text.split("\t") if c.strip()})[:400]


def test_the_variants_exist():
    assert {"с", "о", "в", "т"} <= set(VARIANTS)


@pytest.mark.parametrize("every", [1, 2, 3])
def test_no_field_parser_raises_on_case_variant_letters(every):
    """The variants replace every 1st, 2nd or 3rd letter they can stand for."""
    failures = []
    for cell in _cells():
        seen = 0
        changed = []
        for char in cell:
            if char in VARIANTS:
                seen += 1
                changed.append(VARIANTS[char] if seen % every == 0 else char)
            else:
                changed.append(char)
        text = "".join(changed)
        record = cell_record(text)
        failures += [(name, text[:60], value["exception"]) for name, value in record.items()
                     if isinstance(value, dict) and "exception" in value and not value["exception"].startswith("ReportError")]
    assert failures == []


@pytest.mark.parametrize("title, quarter", [
    pytest.param("Отчёт Псковской области за июль – ᲃентябрь 2025 г.", 3, id="wide_es_in_a_month_span"),
    pytest.param("Отчёт Псковской области за ᲂктябрь – декабрь 2025 г.", 4, id="narrow_o_in_a_month_span"),
])
def test_a_title_with_case_variant_letters(title, quarter):
    assert parse_title(title).quarter == quarter
