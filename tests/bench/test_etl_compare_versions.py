"""bench/etl_compare.py runs each version's own code, including what the parser imports inside functions.

title.Home.mentioned_in imports geo's home tests at call time (`from .geo import …`), as names_district
imports from organisations and a few readers from their neighbours: such an import reads sys.modules,
which held whichever `etl` was loaded last, so the reference version ran this checkout's functions there
and a change to them could not show in the paired ratio. _load now hands back build and read functions
that put their own version's modules in place first. Fails on the code before (the reference's own geo
module was never called from its mentioned_in). A copy of this checkout's etl/ stands in for the
reference; SYNTHETIC reports; no timing is asserted."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from bench import etl_compare

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def own_modules():
    """Put this process's `etl` modules back afterwards: _load swaps them out."""
    saved = {name: module for name, module in sys.modules.items() if name == "etl" or name.startswith("etl.")}
    yield
    for name in [m for m in sys.modules if m == "etl" or m.startswith("etl.")]:
        del sys.modules[name]
    sys.modules.update(saved)


def _counting(module, name: str, calls: list[str], label: str) -> None:
    function = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(label)
        return function(*args, **kwargs)

    setattr(module, name, counted)


def test_each_version_runs_its_own_lazily_imported_functions(tmp_path, own_modules):
    shutil.copytree(ROOT / "etl", tmp_path / "etl", ignore=shutil.ignore_patterns("__pycache__"))
    versions = {"reference": etl_compare._load(tmp_path, organisations=True)}
    reference_geo = sys.modules["etl.geo"]
    versions["this"] = etl_compare._load(ROOT, organisations=True)
    this_geo = sys.modules["etl.geo"]
    assert reference_geo is not this_geo and Path(reference_geo.__file__).is_relative_to(tmp_path)

    calls: list[str] = []
    # mentioned_in reads these through `from .geo import …` at call time (title.py)
    for label, module in (("reference", reference_geo), ("this", this_geo)):
        for name in ("russian_town_regions", "shared_town_regions"):
            _counting(module, name, calls, label)

    synth = versions["this"][3]
    regions = synth.synthetic_regions()
    files = [(f"s{i}.txt", synth.to_text(synth.synthetic_report(regions[i], 2021, 1 + i % 4, seed=3)).encode("utf-8"))
             for i in range(3)]
    counts = {}
    for order in (("reference", "this"), ("this", "reference")):  # alternated, as the benchmark does
        for label in order:
            build, read, _, _ = versions[label]
            calls.clear()
            counts[label] = [build(read(data, name)).event_count for name, data in files]
            assert calls, f"{label}: its mentioned_in asked no home test at all"
            assert set(calls) == {label}, f"{label} ran the other version's geo functions: {sorted(set(calls))}"
    assert counts["reference"] == counts["this"]
