"""SYNTHETIC reports: parse in both layouts, follow the sample, vary titles and dates, never land in data/raw."""
from collections import Counter
from pathlib import Path

import pytest

from etl.cli import main
from etl.config import PROJECT_ROOT
from etl.normalize import build_report, report_contract
from etl.read import read_bytes, read_file
from etl.synth import (genitive, quarters_back, synthetic_regions, synthetic_report, to_docx, to_text,
                       write_reports)


@pytest.fixture(scope="module")
def synthetic_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synth")
    assert main(["synth", "--regions", "3", "--quarters", "2", "--out", str(out), "--seed", "7",
                 "--docx-share", "0.5"]) == 0
    return out


@pytest.fixture(scope="module")
def synthetic_reports(synthetic_dir):
    return [build_report(read_file(p)) for p in sorted(synthetic_dir.iterdir())]


@pytest.mark.parametrize("region, expected", [
    pytest.param("Брянская область", "Брянской области", id="oblast"),
    pytest.param("Пермский край", "Пермского края", id="krai"),
    pytest.param("Республика Карелия", "Республики Карелия", id="republic"),
    pytest.param("Еврейская автономная область", "Еврейской автономной области", id="autonomous_oblast"),
])
def test_region_names_in_the_genitive(region, expected):
    assert genitive(region) == expected


def test_every_offered_region_reads_back_from_its_title():
    regions = synthetic_regions()
    assert len(regions) >= 60
    assert regions[-1][0] == "Смоленская область"  # the real sample's region is never the first synthetic one


def test_files_parse_as_their_region_and_quarter_and_say_synthetic(synthetic_dir, synthetic_reports):
    names = sorted(p.name for p in synthetic_dir.iterdir())
    assert len(names) == 6 and {Path(n).suffix for n in names} == {".txt", ".docx"}
    expected = {(r[0], y, q) for r in synthetic_regions()[:3] for y, q in quarters_back(2)}
    assert {(r.region, r.year, r.quarter) for r in synthetic_reports} == expected
    for path in synthetic_dir.iterdir():
        source = read_file(path)
        assert "SYNTHETIC" in " ".join(source.grid.preamble)


def test_events_follow_the_sample(sample_report, synthetic_reports):
    sample_sectors = {e.sector_key for e in sample_report.events}
    sample_titles = {e.title for e in sample_report.events}
    events = [e for r in synthetic_reports for e in r.events]
    assert all(55 <= r.event_count <= 100 for r in synthetic_reports)
    assert {e.sector_key for e in events} <= sample_sectors
    assert Counter(e.partner_countries[0] for e in events if e.partner_countries).most_common(1)[0][0] == "BY"
    assert sum(e.start_date is not None for e in events) / len(events) > 0.95
    titles = [e.title for e in events]
    assert len(set(titles)) / len(titles) > 0.8, "titles vary, not the sample's 78 repeated"
    assert sum(t in sample_titles for t in titles) / len(titles) < 0.5
    for report in synthetic_reports:
        inside = sum(e.quarter_position == "inside" for e in report.events) / report.event_count
        assert inside > 0.5, (report.region, report.quarter, inside)


def test_same_seed_same_bytes_other_seed_other_reports():
    region = synthetic_regions()[0]
    first, again = synthetic_report(region, 2023, 2, seed=1), synthetic_report(region, 2023, 2, seed=1)
    assert to_text(first) == to_text(again)
    assert to_docx(first) == to_docx(again)
    assert to_text(synthetic_report(region, 2023, 2, seed=2)) != to_text(first)


def test_text_and_word_layouts_give_the_same_events():
    report = synthetic_report(synthetic_regions()[5], 2022, 3, seed=3)
    from_text = report_contract(build_report(read_bytes(to_text(report).encode("utf-8"), "s.txt")))
    from_word = report_contract(build_report(read_bytes(to_docx(report), "s.docx")))
    assert from_text["events"] == from_word["events"]


@pytest.mark.parametrize("relative", [
    pytest.param("data/raw", id="raw_folder"),
    pytest.param("data/raw/synthetic", id="below_raw"),
])
def test_refuses_to_write_into_the_real_reports_folder(relative, capsys):
    target = PROJECT_ROOT / relative
    before = sorted(p.name for p in (PROJECT_ROOT / "data" / "raw").iterdir())
    assert main(["synth", "--regions", "1", "--quarters", "1", "--out", str(target)]) == 2
    assert "нельзя" in capsys.readouterr().err
    assert sorted(p.name for p in (PROJECT_ROOT / "data" / "raw").iterdir()) == before
    with pytest.raises(Exception):
        write_reports(target, 1, 1)
