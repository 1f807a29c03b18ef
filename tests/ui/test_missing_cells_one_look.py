"""A missing value looks the same in every grid cell: the grid's own grey «—» placeholder, whether the
cell was empty or a formatter wrote «—» into it (ui.widgets.grid).

Seen in the meeting room (uxqa21): the Участники page's «Самые массовые мероприятия» drew an unknown
foreign count as a black «—» (format_int's text) while «Иностранные участники» below it drew a missing
partner country as the placeholder's grey «—»; the Реестр and the dossier mixed both the same way. Every
page with grids, both languages: no cell holds the text «—»."""
from __future__ import annotations

import pytest

from dashboard_fixtures import dashboard_db  # noqa: F401  (fixture)

from test_dashboard_app import assert_ok, goto, start


def dash_texts(at) -> list[tuple[str, int]]:
    return [(str(c), i) for frame in at.dataframe for c in frame.value.columns
            for i, v in enumerate(frame.value[c].tolist()) if isinstance(v, str) and v.strip() == "—"]


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("page", ["participants", "registry", "countries"])
def test_no_grid_cell_is_a_written_dash(dashboard_db, page, lang):
    at = start(dashboard_db, **({"lang": "en"} if lang == "en" else {}))
    goto(at, page)
    assert_ok(at)
    assert at.dataframe, f"{page}: no grid"
    found = dash_texts(at)
    assert not found, f"{page} ({lang}): {len(found)} cells hold the text «—», e.g. {found[:5]}"
    assert all(frame.proto.placeholder == "—" for frame in at.dataframe)
