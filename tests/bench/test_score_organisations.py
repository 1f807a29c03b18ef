"""The organisations scorer (bench/score_organisations.py) and the gold list it reads.

Hand-made gold/extracted pairs (SYNTHETIC, shaped like the real sample's events) check the rules a
precision/recall figure depends on: matching by alias after normalisation, one extracted name per
gold entry, doubtful entries counted on neither side, per-kind counting by the extracted kind for
precision and the gold kind for recall, and an event with no organisation counting for precision.
The gold file itself is checked for the shape the scorer and the lead's threshold test rely on.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from bench.score_organisations import (GOLD, KINDS, REPORT, event_sets, main, normalise_name,
                                       organisations_from_contract, score)


def entry(name, kind="executive", country="BY", role="participant", aliases=(), doubtful=False):
    return {"name": name, "legal_form": None, "country": country, "kind": kind, "side": "foreign",
            "role": role, "aliases": list(aliases), "doubtful": doubtful}


def found(name, kind="executive", country="BY", role="participant"):
    return {"name": name, "country": country, "kind": kind, "role": role}


def gold_of(events: dict[int, list[dict]]) -> dict:
    order = list(events)
    return {"source": "SYNTHETIC", "order": order, "dev": order[:1],
            "events": {str(n): v for n, v in events.items()}}


VITEBSK = entry("Витебский областной исполнительный комитет",
                aliases=["Витебского облисполкома", "Витебский облисполком"])


@pytest.mark.parametrize("raw, expected", [
    pytest.param("ОАО\u00a0«Минский автомобильный завод»", "минский автомобильный завод", id="nbsp_legal_form_quotes"),
    pytest.param("ОГБОУ ВО «Смоленский государственный институт искусств»",
                 "смоленский государственный институт искусств", id="two_word_legal_form"),
    pytest.param("СОГАУ «Дворец спорта «Юбилейный»", "дворец спорта юбилейный", id="nested_quotes"),
    pytest.param("Историко-\nархитектурного комплекса „Теремок“", "историко архитектурного комплекса теремок",
                 id="hyphen_at_line_break"),
    pytest.param("Учебный центр «Всё во благо»", "учебный центр все во благо", id="yo_and_lowercase_preposition_kept"),
    pytest.param("Национального русского  театра драмы", "национального русского театра драмы", id="double_space"),
])
def test_normalise_name(raw, expected):
    assert normalise_name(raw) == expected


@pytest.mark.parametrize("extracted_name", [
    pytest.param("Витебский областной исполнительный комитет", id="canonical_name"),
    pytest.param("Витебский облисполком", id="alias"),
    pytest.param("Витебского облисполкома", id="inflected_alias"),
    pytest.param("«ВИТЕБСКИЙ ОБЛИСПОЛКОМ»", id="alias_in_quotes_upper_case"),
])
def test_matches_by_name_or_alias(extracted_name):
    result = score(gold_of({12: [VITEBSK]}), {12: [found(extracted_name)]}, [12])
    assert result["overall"] == {"gold": 1, "extracted": 1, "matches": 1, "precision": 1.0, "recall": 1.0,
                                      "ignored_as_doubtful": 0}


def test_a_spelling_not_listed_does_not_match():
    result = score(gold_of({12: [VITEBSK]}), {12: [found("Витебский горисполком")]}, [12])
    assert (result["overall"]["matches"], result["overall"]["precision"], result["overall"]["recall"]) == (0, 0.0, 0.0)
    assert [m["name"] for m in result["misses"]] == [VITEBSK["name"]]
    assert [f["name"] for f in result["false_positives"]] == ["Витебский горисполком"]


def test_each_gold_entry_matches_once():
    """The same organisation extracted under two spellings is one hit and one extra name."""
    result = score(gold_of({12: [VITEBSK]}),
                   {12: [found("Витебский облисполком"), found("Витебского облисполкома")]}, [12])
    assert result["overall"]["matches"] == 1
    assert result["overall"]["extracted"] == 2
    assert result["overall"]["precision"] == 0.5
    assert result["overall"]["recall"] == 1.0


def test_one_to_one_finds_the_larger_matching():
    """«МАЗ» could be either gold entry; taking the first would leave «Белавтомаз» nothing to match."""
    maz = entry("Минский автомобильный завод", "enterprise", aliases=["ОАО «МАЗ»"])
    holding = entry("Белавтомаз", "enterprise", aliases=["МАЗ"])
    result = score(gold_of({9: [holding, maz]}), {9: [found("МАЗ", "enterprise"), found("Белавтомаз", "enterprise")]}, [9])
    assert result["overall"]["matches"] == 2


@pytest.mark.parametrize("extracted, expected", [
    pytest.param([found("Миссия наблюдателей СНГ", "international")],
                 {"gold": 1, "extracted": 0, "matches": 0, "precision": None, "recall": 0.0, "ignored_as_doubtful": 1},
                 id="extracted_doubtful_is_neither_right_nor_wrong"),
    pytest.param([], {"gold": 1, "extracted": 0, "matches": 0, "precision": None, "recall": 0.0, "ignored_as_doubtful": 0},
                 id="missed_doubtful_is_not_a_miss"),
    pytest.param([found("Содружество Независимых Государств", "international"),
                  found("Миссия наблюдателей СНГ", "international")],
                 {"gold": 1, "extracted": 1, "matches": 1, "precision": 1.0, "recall": 1.0, "ignored_as_doubtful": 1},
                 id="sure_and_doubtful_together"),
])
def test_doubtful_entries_are_removed_from_both_sides(extracted, expected):
    gold = gold_of({76: [entry("Содружество Независимых Государств", "international", None, "host"),
                         entry("Миссия наблюдателей от СНГ", "international", None, "host",
                               aliases=["Миссия наблюдателей СНГ"], doubtful=True)]})
    assert score(gold, {76: extracted}, [76])["overall"] == expected


def test_per_kind_precision_uses_extracted_kind_and_recall_gold_kind():
    """A theatre extracted as an enterprise: culture recall 1 (found), enterprise precision 1 (right name)."""
    gold = gold_of({22: [entry("Могилевский областной драматический театр", "culture"),
                         entry("Гипросвязь", "enterprise")]})
    extracted = {22: [found("Могилевский областной драматический театр", "enterprise"),
                      found("Белорусский театр", "culture")]}
    kinds = score(gold, extracted, [22])["by_kind"]
    assert kinds["culture"] == {"gold": 1, "extracted": 1, "matched_gold": 1, "matched_extracted": 0,
                                "precision": 0.0, "recall": 1.0}
    assert kinds["enterprise"] == {"gold": 1, "extracted": 1, "matched_gold": 0, "matched_extracted": 1,
                                   "precision": 1.0, "recall": 0.0}
    assert set(kinds) == {"culture", "enterprise"}


def test_an_event_without_organisations_counts_for_precision():
    gold = gold_of({71: [], 12: [VITEBSK]})
    extracted = {71: [found("Международная Премия МЫВМЕСТЕ", "other")], 12: [found("Витебский облисполком")]}
    overall = score(gold, extracted, [71, 12])["overall"]
    assert (overall["extracted"], overall["matches"], overall["precision"], overall["recall"]) == (2, 1, 0.5, 1.0)
    assert score(gold, extracted, [71])["overall"]["recall"] is None


def test_an_event_missing_from_the_output_is_all_misses():
    assert score(gold_of({12: [VITEBSK]}), {}, [12])["overall"]["recall"] == 0.0


def test_unlabelled_event_cannot_be_scored():
    with pytest.raises(ValueError, match="13"):
        score(gold_of({12: [VITEBSK]}), {}, [12, 13])


def test_agreement_of_country_kind_role_among_matches():
    gold = gold_of({2: [entry("Администрация свободной экономической зоны Могилев", "executive", "BY", "counterpart"),
                        entry("Канпласт", "enterprise", None, "counterpart"),
                        entry("Союзное государство", "international", None, "participant")]})
    extracted = {2: [found("Администрация свободной экономической зоны «Могилев»", "executive", "BY", "participant"),
                     found("Канпласт", "enterprise", "RU", "counterpart"),
                     found("Союзное государство", "executive", "RU", "participant"),
                     found("Смоленская областная Дума", "legislature", "RU", "participant")]}
    agreement = score(gold, extracted, [2])["agreement"]
    assert agreement["country"] == {"agree": 1, "compared": 2, "rate": 0.5}   # unknown country of Канпласт not compared
    assert agreement["kind"] == {"agree": 2, "compared": 3, "rate": pytest.approx(2 / 3)}
    assert agreement["role"] == {"agree": 2, "compared": 3, "rate": pytest.approx(2 / 3)}


def test_contract_without_organisations_means_no_extractor():
    assert organisations_from_contract({"report": {}, "events": [{"n": 1, "title": "…"}]}) is None
    assert organisations_from_contract({"events": [{"n": 1, "organisations": []}, {"n": 2}]}) == {1: [], 2: []}


def _write_contract(tmp_path: Path, organisations_of) -> Path:
    gold = json.loads(GOLD.read_text("utf-8"))
    events = [{"n": int(n), **organisations_of(v)} for n, v in gold["events"].items()]
    path = tmp_path / "contract.json"
    path.write_text(json.dumps({"report": {"file": REPORT.name}, "events": events}, ensure_ascii=False), "utf-8")
    return path


def test_main_exits_2_when_the_extractor_is_not_there(tmp_path, capsys):
    path = _write_contract(tmp_path, lambda entries: {})
    assert main(["--extracted", str(path)]) == 2
    assert "not there yet" in capsys.readouterr().err


def test_main_json_for_an_extractor_that_writes_the_first_alias(tmp_path, capsys):
    """Every sure entry written as its first alias (as the text spells it) scores 1.0 on every set."""
    path = _write_contract(tmp_path, lambda entries: {"organisations": [
        {"name": g["aliases"][0], "country": g["country"], "kind": g["kind"], "role": g["role"]} for g in entries]})
    assert main(["--extracted", str(path), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures) == {"dev", "heldout", "all"}
    for name, result in figures.items():
        assert (result["overall"]["precision"], result["overall"]["recall"]) == (1.0, 1.0), name
        assert all(a["rate"] == 1.0 for a in result["agreement"].values()), name
    assert main(["--extracted", str(path), "--json", "--events", "heldout"]) == 0
    assert set(json.loads(capsys.readouterr().out)) == {"heldout"}


# ---------- the gold list itself ----------

GOLD_DOC = json.loads(GOLD.read_text("utf-8"))


def _event_texts() -> dict[int, str]:
    text = REPORT.read_text("utf-8")
    parts = re.split(r"\n\t(\d+)\. ?\s*\n", text)
    return {int(parts[i]): parts[i + 1] for i in range(1, len(parts), 2)}


def test_gold_follows_the_labelling_order_and_split():
    order = random.Random(13).sample(range(1, 79), 78)
    assert GOLD_DOC["order"] == order[:len(GOLD_DOC["order"])]
    assert len(GOLD_DOC["order"]) >= 45
    assert GOLD_DOC["dev"] == order[:30]
    assert sorted(map(int, GOLD_DOC["events"])) == sorted(GOLD_DOC["order"])
    sets = event_sets(GOLD_DOC)
    assert not set(sets["dev"]) & set(sets["heldout"]) and len(sets["all"]) == len(GOLD_DOC["order"])


def test_gold_entries_are_well_formed():
    for n, entries in GOLD_DOC["events"].items():
        names = [g["name"] for g in entries]
        assert len(names) == len(set(names)), n
        for g in entries:
            assert g["kind"] in KINDS, (n, g)
            assert g["role"] in ("host", "counterpart", "participant"), (n, g)
            assert g["side"] in ("home", "foreign", "domestic", None), (n, g)
            assert g["country"] is None or re.fullmatch(r"[A-Z]{2}", g["country"]), (n, g)
            assert not re.search(r"[«»\"]", g["name"]), (n, g)
            assert g["aliases"], (n, g)
            assert not g["doubtful"] or g.get("note"), (n, g)


def test_gold_aliases_are_copied_from_the_event_text():
    texts = _event_texts()
    for n, entries in GOLD_DOC["events"].items():
        for g in entries:
            for alias in g["aliases"]:
                assert alias in texts[int(n)], (n, alias)


def test_gold_spellings_do_not_collide_within_an_event():
    """Two entries of one event sharing a normalised spelling would make the matching arbitrary."""
    for n, entries in GOLD_DOC["events"].items():
        owner: dict[str, str] = {}
        for g in entries:
            for spelling in {normalise_name(g["name"]), *map(normalise_name, g["aliases"])}:
                assert owner.setdefault(spelling, g["name"]) == g["name"], (n, spelling)
