"""The parser's results, byte for byte, on a small set of inputs (the sample in three encodings and
formats, every template fixture, two SYNTHETIC reports, the per-field parsers on every cell of
the sample): a speed-up must not change one of them.

The digests in tests/fixtures/parser_digests.json were made by bench/etl_oracle.py. When a
result changes on purpose (a rule fixed), see the difference with `bench/etl_oracle.py write` before
and `check` after the change, then rewrite the digests with `bench/etl_oracle.py digests FILE`.
"""
import json
from pathlib import Path

import pytest

from bench.etl_oracle import SMALL_SET, digests

EXPECTED = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "parser_digests.json").read_text())


@pytest.fixture(scope="module")
def actual() -> dict[str, str]:
    return digests()


def test_every_input_of_the_small_set_is_parsed(actual):
    assert set(SMALL_SET) <= set(actual)


@pytest.mark.parametrize("name", list(EXPECTED))
def test_results_are_unchanged(actual, name):
    assert actual[name] == EXPECTED[name], (
        f"{name}: the parser's result changed; bench/etl_oracle.py shows how (see this module's docstring)")
