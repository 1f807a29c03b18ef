"""A table of a few short columns (a region and a count) is as wide as its columns, not as the page
column it sits in: on a projector (1920×1080) the country dossier's «Зарубежные регионы» grid was
stretched over ~680 px of a half page for «Витебская область · 18», and the Страны page's regions
ranking over its whole side column. The grids are now drawn at their content width (the fitted column
widths); on a laptop (1366×768) the same rule holds. Waits for a settled page, no sleeps."""
from __future__ import annotations

import pytest

from .test_browser import TIMEOUT_MS, PageSpec, open_page, wait_settled

pytestmark = pytest.mark.browser

# (grid width, the width of the block it sits in, the sum of its columns' widths) of each grid whose
# header holds `header` — the glide grid's accessible table carries the headers as th
MEASURE = """(header) => [...document.querySelectorAll('[data-testid="stDataFrame"]')]
  .filter(df => [...df.querySelectorAll('table[role="grid"] th')].some(th => th.textContent.trim() === header))
  .map(df => {
    const block = df.closest('[data-testid="stVerticalBlock"]');
    const cols = [...df.querySelectorAll('table[role="grid"] thead th')];
    return [df.getBoundingClientRect().width, block.getBoundingClientRect().width, cols.length];
  })"""


@pytest.mark.parametrize("width, height", [pytest.param(1920, 1080, id="projector"),
                                           pytest.param(1366, 768, id="laptop", marks=pytest.mark.long)])
def test_a_short_table_is_as_wide_as_its_columns(probe, width, height):
    page = probe.page
    page.set_viewport_size({"width": width, "height": height})
    open_page(probe, PageSpec("countries", r"Стран", True), query="country=BY")
    wait_settled(page)
    # the dossier's regions («Регион») and the Страны page's regions ranking («Зарубежные регионы»)
    for header in ("Регион", "Зарубежные регионы"):
        # the grid's accessible table is filled after the script run that sent it: wait for it to be drawn
        # (a first visit drawn at once for its width, without the rerun it used to take, settles sooner)
        page.wait_for_function(f"(header) => ({MEASURE})(header).length > 0", arg=header, timeout=TIMEOUT_MS)
        found = page.evaluate(MEASURE, header)
        assert found, f"no grid with the header «{header}»"
        for grid_px, block_px, columns in found:
            assert columns == 2, columns
            # two short columns need ~265 px (fitted_columns): never most of the block they sit in
            assert grid_px < 380, f"«{header}» grid {grid_px:.0f} px wide in a {block_px:.0f}-px block at {width}"
            if width == 1920:
                assert grid_px < 0.6 * block_px, f"«{header}» grid {grid_px:.0f} px of {block_px:.0f}"
