"""Tables of the pages a review meeting is shown fit a 1366-pixel laptop, through AppTest on the ETL-built
database: every column of every table has a pixel width, a column is never narrower than its header,
and the widths add up to no more than the box the table sits in at 1366 (875 px for the main column,
490 / 315 px for the wide / narrow side of a two-column row). Before, the biggest events' table asked
for 1474 px and hid its dates behind a sideways scrollbar, and the officials met asked for 545 px of
490 («Numbers in the report» cut). The browser check of the same rule is
tests/browser/test_tables_fit.py."""
from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest


from dashboard_fixtures import APP  # noqa: E402
TIMEOUT = 120
FULL_WIDTH_PX = 875      # the main column beside the sidebar at 1366
HEAD_PX = 6.7            # a header character of the grid (measured: «Foreign participants» 124 px)
HEAD_PAD_PX = 30


@pytest.fixture(scope="module")
def served(sample_db):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ENGAGEMENT_DB", str(sample_db))
        yield sample_db


def tables(page: str, lang: str) -> list[tuple[list[str], dict]]:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if lang == "en":
        at.query_params["lang"] = "en"
    at.run()
    at.switch_page(page).run()
    assert not at.exception, [e.message for e in at.exception]
    out = []
    for frame in at.dataframe:
        columns = list(frame.value.columns)
        config = json.loads(frame.proto.columns) if frame.proto.columns else {}
        out.append((columns, config))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("page, least", [("pages/participants.py", 2), ("pages/countries.py", 4),
                                         ("pages/quality.py", 3)])
def test_meeting_tables_have_widths_that_fit_a_laptop(served, page, least, lang):
    found = tables(page, lang)
    assert len(found) >= least, f"{page}: {len(found)} tables"
    for columns, config in found:
        widths = {c: (config.get(c) or {}).get("width") for c in columns}
        assert all(isinstance(w, int) for w in widths.values()), f"{page}: a column without a width: {widths}"
        for c, w in widths.items():
            assert w >= len(c) * HEAD_PX + HEAD_PAD_PX - 1, f"{page}: header «{c}» cut at {w} px"
        assert sum(widths.values()) <= FULL_WIDTH_PX, f"{page}: {sum(widths.values())} px > {FULL_WIDTH_PX}: {widths}"


def _widths(frame, budget):
    from ui.widgets import fitted_columns

    return {c: cfg["width"] for c, cfg in fitted_columns(frame, budget).items()}


@pytest.mark.parametrize("cells, budget", [
    pytest.param({"№": [1, 2], "Регион": ["Витебская область", "Гродненская область"]}, 315, id="short_fits_as_is"),
    pytest.param({"№": [57], "Мероприятие": ["Областной конкурс «Ёлка эколят – Молодых защитников Природы»" * 2],
                  "Даты": ["6 сентября – 9 октября 2024"], "Участники": ["≥ 2 000"]}, 875, id="long_title_narrowed"),
    pytest.param({"Name": ["A.A. Gapeyeva"], "Events": [2], "Role (as reported)": ["Заместитель председателя " * 6],
                  "Report numbers": ["№ 26, № 70, № 71"]}, 490, id="long_role_in_a_side_column"),
    pytest.param({"Организация": ["Учреждение образования «Витебский государственный ордена Дружбы народов "
                                  "медицинский университет»"], "Вид": ["вузы и школы"], "Мероприятий": [3],
                  "Последний контакт": ["19 ноября 2024"]}, 875, id="organisation_names"),
])
def test_fitted_columns_fit_the_box_and_keep_headers_whole(cells, budget):
    import pandas as pd

    frame = pd.DataFrame(cells)
    widths = _widths(frame, budget)
    assert set(widths) == set(frame.columns)
    assert sum(widths.values()) <= budget, widths
    for c, w in widths.items():
        assert w >= len(c) * HEAD_PX + HEAD_PAD_PX - 1, f"header «{c}» cut at {w} px"


def test_fitted_columns_narrow_the_longest_text_first():
    """The title gives way before the dates do: a date range is read whole, a title by its start."""
    import pandas as pd

    frame = pd.DataFrame({"№": [20], "Мероприятие": ["Экспонирование передвижной интерактивной выставки «Подвиги и "
                                                     "судьбы партизан в документах»"],
                          "Даты": ["6 сентября – 9 октября 2024"]})
    wide, narrow = _widths(frame, 2000), _widths(frame, 520)
    assert narrow["Даты"] == wide["Даты"] and narrow["Мероприятие"] < wide["Мероприятие"]


def _rates(*reports):
    """fill_rates_latest rows: (period, region, events) with every field at a different share."""
    import pandas as pd

    from analytics.quality import FILLED

    rows = [{"period_label": p, "region": r, "events": n, "total": len(reports),
             **{f: (i + 1) / (len(FILLED) + 1) for i, f in enumerate(FILLED)}} for p, r, n in reports]
    return pd.DataFrame(rows)


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("reports, shown, several", [
    pytest.param([("IV кв. 2024", "Смоленская область", 78)], 1, False, id="one_report"),
    pytest.param([(f"{q} кв. {y}", "Смоленская область", 60 + i) for i, (y, q) in
                  enumerate((y, q) for y in (2025, 2024, 2023) for q in ("IV", "III", "II", "I"))], 12, False,
                 id="twelve_quarters_one_region"),
    pytest.param([(f"{q} кв. 2024", r, 40) for r in ("Смоленская область", "Брянская область", "Калужская область",
                                                       "Тверская область", "Псковская область", "Орловская область")
                  for q in ("IV", "III")], 3, True, id="twelve_reports_six_regions"),
])
def test_fill_rate_grid_fits_a_laptop_with_fields_as_rows(reports, shown, several, lang):
    """The fill rates: one row per field, the latest reports as columns, as many as fit 875 px with
    whole headers (before: one row per report, eleven columns, ~1,000 px of headers alone)."""
    from analytics.i18n import t
    from analytics.quality import FILLED
    from ui.widgets import _needed_px, fill_rate_grid

    grid = fill_rate_grid(_rates(*reports), FILLED, lang)
    widths = _widths(grid, FULL_WIDTH_PX)
    assert sum(widths.values()) <= FULL_WIDTH_PX, widths
    for c, w in widths.items():
        assert w >= len(c) * HEAD_PX + HEAD_PAD_PX - 1, f"header «{c}» cut at {w} px"
    assert list(grid.iloc[:, 0]) == [t("col_events", lang)] + [t(f"q_fill_{f}", lang) for f in FILLED]
    assert 1 <= len(grid.columns) - 1 <= shown, grid.columns.tolist()
    if len(grid.columns) - 1 < len(reports):                       # cut only when one more would not fit
        more = fill_rate_grid(_rates(*reports), FILLED, lang, budget=10_000).iloc[:, :len(grid.columns) + 1]
        assert _needed_px(more) > FULL_WIDTH_PX, more.columns.tolist()
    first = grid.columns[1]
    assert (" · " in first) is several, first                     # the region named only when there are several
    assert grid[first].iloc[0] == str(reports[0][2])               # the latest report first, its events
    percent = grid[first].iloc[1:].tolist()
    assert all(p.endswith("\u00a0%" if lang == "ru" else "%") for p in percent), percent


@pytest.mark.parametrize("budget", [875, 490, 403, 315])
@pytest.mark.parametrize("column", [877, 1047, 1431, 1601])
def test_room_grows_each_box_with_the_measured_column(budget, column):
    """ui.widgets.room: a laptop box (the whole 875-px column, a half, a side column) grows in
    proportion with the main column the browser measured, slightly less (the gaps between
    st.columns do not grow), and never shrinks below the laptop's."""
    from ui.widgets import FULL_WIDTH_PX as FULL, room

    grown = room(budget, column)
    assert budget <= grown <= max(budget, budget * column / FULL)
    if column > FULL + 100:
        assert grown >= budget * column / FULL * 0.95, grown
    assert room(budget, None) == budget or grown >= budget


@pytest.mark.parametrize("title_chars, budget", [(150, 1402), (90, 1402), (300, 1402), (150, 2000)])
def test_spare_room_goes_to_the_cut_title(title_chars, budget):
    """A projector's wider box gives its spare pixels to the column still cut (the title, held to
    MAX_NATURAL_PX on a laptop), up to its text, not evenly to the short columns around the same «…»:
    uxqa12 saw titles cut at 420 px in a 1,430-px table with room to spare."""
    import pandas as pd

    from ui.widgets import MAX_NATURAL_PX, text_px

    title = ("Международный форум «Россия – Беларусь: молодёжь, наука и культура» " * 5)[:title_chars]
    frame = pd.DataFrame({"№": [7, 12], "Мероприятие": [title, "Круглый стол"],
                          "Даты": ["6 сентября – 9 октября 2024", "1 октября 2024"], "Участники": ["≥ 2 000", "35"]})
    widths = _widths(frame, budget)
    assert sum(widths.values()) <= budget, widths
    need = text_px(title) + 18
    assert widths["Мероприятие"] >= min(need, budget - sum(w for c, w in widths.items() if c != "Мероприятие")) - 2
    if need > MAX_NATURAL_PX + 40:
        assert widths["Мероприятие"] > MAX_NATURAL_PX, widths
    laptop = _widths(frame, 875)
    assert laptop["Даты"] == widths["Даты"], "the short columns keep their width; the title takes the room"


def _measured_tables(page: str, column_px: int | None) -> list[dict]:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if column_px:
        at.session_state["room_px_seen"] = column_px     # what ui/room/index.html reports from the browser
    at.run()
    at.switch_page(page).run()
    assert not at.exception, [e.message for e in at.exception]
    return [{c: (json.loads(f.proto.columns or "{}").get(c) or {}).get("width") for c in f.value.columns}
            for f in at.dataframe]


@pytest.mark.slow
@pytest.mark.parametrize("page, column_px", [("pages/participants.py", 1431), ("pages/organisations.py", 1431),
                                             ("pages/organisations.py", 1601), ("pages/quality.py", 1431)])
def test_tables_widen_with_the_measured_column(served, page, column_px):
    """Every table's pixel widths follow the main column the browser measured: wider than the laptop's
    where the laptop cut a text, never wider than the measured column (no sideways scroll)."""
    from ui.widgets import FULL_WIDTH_PX as FULL, room

    laptop, wide = _measured_tables(page, None), _measured_tables(page, column_px)
    assert len(laptop) == len(wide) and wide
    grown = 0
    for small, big in zip(laptop, wide):
        if not all(isinstance(w, int) for w in small.values()):
            continue
        assert sum(big.values()) <= room(FULL, column_px), (page, big)
        assert all(big[c] >= small[c] for c in small), (page, small, big)
        grown += sum(big.values()) > sum(small.values())
    assert grown, f"{page}: no table widened at {column_px} px"
