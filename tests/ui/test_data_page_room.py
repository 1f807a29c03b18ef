"""Данные: one heading level for its sections, and the loads log's file names win the room at 1366.

Seen in the meeting room (uxqa21 leftovers): «Редактирование» was a subheader, smaller than «Загрузка
отчётов», «Загруженные отчёты» and the rest of the page's sections; and the loads log at 1366 cut the
file name to «smolensk_inte…» while the 64-digit SHA-256 column took the room. Now the hash is shown
short (analytics.formatting.short_hash: its first digits and «…», the whole one in the Реестр's event card
and the downloads) and the parser's version, one for every report after «Разобрать заново», is said once
under the log, so the file's name is whole beside the region, period, count and time.

The second database adds a SYNTHETIC copy of the sample moved to III кв. 2024 under a longer file name."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard_fixtures import APP  # noqa: E402

TIMEOUT = 120
ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"
SYNTHETIC_NAME = "synthetic_smolensk_q3_2024_copy.txt"


@pytest.fixture(scope="module")
def two_reports_db(tmp_path_factory) -> Path:
    """SYNTHETIC: the real sample + the sample moved to III кв. 2024 under a longer file name."""
    from etl.load import load_reports

    folder = tmp_path_factory.mktemp("synthetic_loads_log")
    copy = folder / SYNTHETIC_NAME
    copy.write_text(SAMPLE.read_text(encoding="utf-8").replace("IV квартале 2024 года", "III квартале 2024 года"),
                    encoding="utf-8")
    db = folder / "synthetic_two_reports.duckdb"
    assert [r.status for r in load_reports([SAMPLE, copy], db, rebuild=True)] == ["loaded"] * 2
    return db


def data_page(db: Path, lang: str) -> AppTest:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ENGAGEMENT_DB", str(db))
        at = AppTest.from_file(APP, default_timeout=TIMEOUT)
        if lang == "en":
            at.query_params["lang"] = "en"
        at.run()
        at.switch_page("pages/data.py").run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def loads_log(at: AppTest, file_col: str) -> tuple[pd.DataFrame, dict]:
    frame = next(f for f in at.dataframe if file_col in f.value.columns)
    return frame.value, json.loads(frame.proto.columns)


@pytest.mark.slow
@pytest.mark.parametrize("which, lang", [("sample", "ru"), ("two", "en")])
def test_data_page_sections_one_level_and_file_names_whole(sample_db, two_reports_db, which, lang):
    from analytics.i18n import t
    from ui.widgets import _measures

    db = sample_db if which == "sample" else two_reports_db
    at = data_page(db, lang)
    headers = [h.value for h in at.header]
    for key in ("editor", "upload", "loaded_reports"):            # the page's sections: one heading level
        assert t(key, lang) in headers, (key, headers)
    assert t("editor", lang) not in [h.value for h in at.subheader]

    log, config = loads_log(at, t("col_file", lang))
    files, hashes = log[t("col_file", lang)], log[t("col_sha256_short", lang)]
    assert len(log) == (1 if which == "sample" else 2)
    # the hash is short (first digits + «…»), never the 64 digits that took the file names' room
    assert all(len(h) <= 13 and h.endswith("…") and len(h.rstrip("…")) >= 8 for h in hashes), list(hashes)
    whole = _measures(log).whole[t("col_file", lang)]
    assert config[t("col_file", lang)]["width"] >= whole - 1, (config, whole)  # every file name whole at 1366
    assert sum(config[c]["width"] for c in log.columns) <= 875 + 2, config
    from analytics.formatting import markdown_literal
    from etl import PARSER_VERSION

    said = t("parsed_by", lang, versions=markdown_literal(PARSER_VERSION))   # the version said once, under the log
    assert said in [c.value for c in at.caption], [c.value for c in at.caption]


@pytest.mark.parametrize("value, expected", [
    pytest.param("58fbe8e1c0961f7b2bb2a5f0b0a6d0e4a9e9f3e1b2c3d4e5f60718293a4b5c6d", "58fbe8e1…", id="sha256"),
    pytest.param("  ABCDEF0123456789  ", "ABCDEF01…", id="padded_upper"),
    pytest.param("abc123", "abc123", id="already_short"),
    pytest.param(None, "—", id="none"),
    pytest.param(float("nan"), "—", id="nan"),
    pytest.param("", "—", id="blank"),
])
def test_short_hash(value, expected):
    from analytics.formatting import short_hash

    assert short_hash(value) == expected


# The loads log's shape with times of varied length (a long month, a short one, English), file names of
# varied length: every cell whole in the grid's typeface (its 8-px padding each side) and no wider than
# the laptop's 875 px. Before uxqa24 a Latin file name named `whole` was given its letters' estimate (274
# px for the 259 it is drawn), and «28 сентября 2026, 10:58» got 149 px of the 169 it needs.
LOG_CASES = [
    pytest.param("ru", ["smolensk_international_2024q4.txt", "synthetic_smolensk_q3_2024_copy.txt"],
                 "28 сентября 2026, 10:58", id="ru_september_two_files"),
    pytest.param("ru", ["smolensk_international_2024q4.txt"], "3 мая 2026, 09:05", id="ru_may_one_file"),
    pytest.param("ru", ["synthetic_tver_2025q1.docx", "synthetic_smolensk_q3_2024_copy.txt"], "30 ноября 2026, 23:59",
                 id="ru_november_docx"),
    pytest.param("en", ["smolensk_international_2024q4.txt", "synthetic_smolensk_q3_2024_copy.txt"],
                 "28 September 2026, 10:58", id="en_september"),
]


@pytest.mark.parametrize("lang, files, moment", LOG_CASES)
def test_loads_log_time_and_file_names_whole(lang, files, moment):
    from analytics.i18n import t
    from ui.widgets import fitted_grid, header_px, text_px

    n = len(files)
    log = pd.DataFrame({t("col_region", lang): ["Смоленская область" if lang == "ru" else "Smolensk Oblast"] * n,
                        t("col_period", lang): (["IV кв. 2024", "III кв. 2024"] if lang == "ru" else ["Q4 2024", "Q3 2024"])[:n],
                        t("col_events", lang): [78] * n, t("col_file", lang): files,
                        t("col_sha256_short", lang): ["58fbe8e1…"] * n, t("col_loaded_at", lang): [moment] * n})
    widths = {c: own["width"] for c, own in fitted_grid(log, whole=(t("col_file", lang),)).items()}
    for c in log.columns:
        drawn = max(text_px(str(v)) for v in log[c]) + 16        # the grid's 8-px padding each side
        assert widths[c] >= max(drawn, header_px(c) - 1), (c, widths[c], drawn, widths)
    assert sum(widths.values()) <= 875, widths


def test_a_long_text_is_still_narrowed_beside_a_whole_column():
    """The rule must not fire on a text too long to measure letter by letter (a quote of 200 letters): it
    is still narrowed to what is left, and the `whole` column keeps its width."""
    from ui.widgets import fitted_grid, text_px

    log = pd.DataFrame({"Файл": ["synthetic_smolensk_q3_2024_copy.txt"] * 3,
                        "Текст": ["Участие делегации Смоленской области в международном форуме " * 4] * 3})
    widths = {c: own["width"] for c, own in fitted_grid(log, whole=("Файл",)).items()}
    assert widths["Файл"] >= text_px("synthetic_smolensk_q3_2024_copy.txt") + 16, widths
    assert widths["Текст"] < text_px(log["Текст"][0]), widths
    assert sum(widths.values()) <= 875, widths
