"""Downloads: CSV with BOM, XLSX with its context sheet, Parquet; formula-looking cells neutralised."""
from __future__ import annotations

import io
from datetime import datetime

import openpyxl
import pandas as pd
import pytest

from analytics import exports, queries
from analytics.filters import Filters
from dashboard_fixtures import con, dashboard_db, oracle  # noqa: F401  (fixtures)

KZ = Filters(countries=("KZ",))


@pytest.fixture(scope="module")
def kz_table(con):
    rows = queries.registry(con, KZ)
    return rows, exports.readable(rows, "ru", dict(queries.lookup(con).countries))


def test_csv_has_bom_and_the_filtered_rows(kz_table, oracle):
    rows, table = kz_table
    data = exports.csv_bytes(table)
    assert data.startswith(b"\xef\xbb\xbf")
    parsed = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    expected = oracle.execute("SELECT count(DISTINCT event_id) FROM event_countries WHERE country_code = 'KZ'").fetchone()[0]
    assert len(parsed) == len(rows) == expected
    assert "Мероприятие" in parsed.columns
    assert parsed["Страны-партнёры"].str.contains("Казахстан").all()


def test_xlsx_layout_and_context_sheet(con, kz_table):
    rows, table = kz_table
    sentence = KZ.sentence(len(rows), queries.lookup(con))
    sources = queries.sources(con, KZ)
    data = exports.xlsx_bytes(table, filters_sentence=sentence, sources=sources,
                              exported_at=datetime(2025, 1, 15, 10, 30))
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.worksheets[0]
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.max_row == len(rows) + 1
    assert sheet.column_dimensions["B"].width >= 40
    about = book.worksheets[1]
    values = [[c.value for c in row] for row in about.iter_rows()]
    flat = [v for row in values for v in row if v is not None]
    assert sentence in flat
    assert datetime(2025, 1, 15, 10, 30) in flat
    for row in sources.itertuples():
        assert row.file_name in flat and row.sha256 in flat


def test_parquet_keeps_types(kz_table):
    rows, _ = kz_table
    back = pd.read_parquet(io.BytesIO(exports.parquet_bytes(rows)))
    assert len(back) == len(rows)
    assert list(back["partner_countries"].iloc[0]) == list(rows["partner_countries"].iloc[0])


HOSTILE_CELLS = ["=HYPERLINK(\"http://x\")", "+7 999", "-2+3", "@SUM(A1)", "\t=1", "обычный текст", "a=b"]


def test_formula_cells_are_neutralised_in_csv_and_xlsx():
    frame = pd.DataFrame({"text": HOSTILE_CELLS, "number": [-5] * len(HOSTILE_CELLS)})
    parsed = pd.read_csv(io.BytesIO(exports.csv_bytes(frame)), encoding="utf-8-sig", keep_default_na=False)
    assert parsed["text"].tolist()[:5] == ["'" + v for v in HOSTILE_CELLS[:5]]
    assert parsed["text"].tolist()[5:] == HOSTILE_CELLS[5:]
    assert parsed["number"].tolist() == [-5] * len(HOSTILE_CELLS)
    book = openpyxl.load_workbook(io.BytesIO(exports.xlsx_bytes(frame, filters_sentence="x", sources=pd.DataFrame(
        columns=["file_name", "sha256", "period_label", "events"]))))
    cells = [row[0] for row in book.worksheets[0].iter_rows(min_row=2)]
    # XLSX shows exactly what the clerk typed, marked as text (quote prefix), no visible apostrophe
    assert [c.value for c in cells] == HOSTILE_CELLS
    assert [c.quotePrefix for c in cells] == [True] * 5 + [False] * 2
    assert all(c.data_type == "s" for c in cells)
    assert [row[1].value for row in book.worksheets[0].iter_rows(min_row=2)] == [-5] * len(HOSTILE_CELLS)


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"), ("текст", "текст"), (5, 5), (None, None),
])
def test_neutralise(value, expected):
    assert exports.neutralise(value) == expected


def test_excel_csv_uses_semicolons_and_a_decimal_comma(kz_table):
    """Russian Excel splits a double-clicked CSV on «;» and reads «0,25» as a number."""
    rows, table = kz_table
    frame = table.assign(**{"Доля": 0.25})
    data = exports.csv_excel_bytes(frame)
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    header = data.decode("utf-8-sig").split("\r\n")[0]
    assert header.split(";")[:2] == list(frame.columns[:2])
    parsed = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", sep=";", decimal=",")
    assert len(parsed) == len(rows) and (parsed["Доля"] == 0.25).all()
    assert "0,25" in data.decode("utf-8-sig") and "0.25" not in data.decode("utf-8-sig")
    plain = pd.read_csv(io.BytesIO(exports.csv_bytes(frame)), encoding="utf-8-sig")
    assert (plain["Доля"] == 0.25).all(), "the plain CSV keeps commas and a decimal point for tools"


def test_excel_csv_neutralises_formulas():
    frame = pd.DataFrame({"a": ["=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "@SUM(A1)", "обычный"]})
    text = exports.csv_excel_bytes(frame).decode("utf-8-sig")
    assert "\r\n=" not in text and "\r\n+" not in text and "\r\n@" not in text
