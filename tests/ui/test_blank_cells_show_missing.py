"""A grid cell with nothing in it shows «—», whether the value is missing (None) or blank text: the
Реестр's «Страны-партнёры» of events № 3, 4 and 7 (no foreign partner found) were empty cells beside
the «—» of an unknown attendance, because the empty list of partners was joined to «». widgets.grid
now treats a blank text as missing; the downloads keep their own empty cells. Both languages; the
Реестр and the country dossier (its events table)."""
from __future__ import annotations

import pytest

from dashboard_fixtures import dashboard_db  # noqa: F401  (fixture)

from test_dashboard_app import assert_ok, goto, start


def blank_cells(at) -> list[tuple[str, int]]:
    found = []
    for frame in at.dataframe:
        table = frame.value
        for column in table.columns:
            found += [(str(column), i) for i, v in enumerate(table[column].tolist())
                      if isinstance(v, str) and not v.strip()]
    return found


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("page", ["registry", "quality"])
def test_no_grid_cell_is_blank_text(dashboard_db, page, lang):
    at = start(dashboard_db, **({"lang": "en"} if lang == "en" else {}))
    goto(at, page)
    assert_ok(at)
    assert at.dataframe, f"{page}: no grid"
    blank = blank_cells(at)
    assert not blank, f"{page} ({lang}): {len(blank)} blank cells, e.g. {blank[:5]}"
