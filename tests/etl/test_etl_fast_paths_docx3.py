"""A plain table's rows and cells, read in the same pass as its texts, are the rows and cells the
row-by-row reading gives (merged cells, spans, cells skipped before a row, properties given twice).

SYNTHETIC tables put together at random in both WordprocessingML namespaces; the reference is
_read_table_walked with no fast texts (the walker reads every cell).
"""
from __future__ import annotations

import dataclasses
import random

import pytest
from lxml import etree

from etl.docx_grid import W_NAMESPACES, _Numbering, _plain_table, _read_table, _read_table_walked
from tests.docx_xml import W

TRANSITIONAL, STRICT = W_NAMESPACES

ROW_PROPERTIES = ["", "<w:trPr/>", '<w:trPr><w:trHeight w:val="300"/></w:trPr>',
                  '<w:trPr><w:gridBefore w:val="1"/></w:trPr>', '<w:trPr><w:gridBefore w:val="2"/><w:gridBefore w:val="1"/></w:trPr>',
                  '<w:trPr><w:cantSplit/></w:trPr><w:trPr><w:gridBefore w:val="1"/></w:trPr>',
                  '<w:trPr><w:gridBefore w:val="x"/></w:trPr>', '<w:trPr><w:gridBefore w:val="99999"/></w:trPr>']
CELL_PROPERTIES = ["", "<w:tcPr/>", '<w:tcPr><w:tcW w:w="1000" w:type="dxa"/></w:tcPr>',
                   '<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>', '<w:tcPr><w:gridSpan w:val="3"/><w:gridSpan w:val="1"/></w:tcPr>',
                   '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>', '<w:tcPr><w:vMerge/></w:tcPr>',
                   '<w:tcPr><w:vMerge w:val="continue"/><w:gridSpan w:val="2"/></w:tcPr>',
                   '<w:tcPr><w:tcW w:w="5"/></w:tcPr><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>',
                   '<w:tcPr><w:gridSpan w:val="0"/><w:vMerge w:val="restart"/><w:vMerge/></w:tcPr>']
PARAGRAPHS = ["<w:p/>", "<w:p><w:r><w:t>Минск</w:t></w:r></w:p>",
              '<w:p><w:r><w:t xml:space="preserve">10 июля </w:t><w:br/><w:t>2025</w:t></w:r></w:p>',
              "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>1.</w:t></w:r></w:p><w:p><w:r><w:t>Форум</w:t></w:r></w:p>"]


def _random_table(rng: random.Random, namespace: str):
    """SYNTHETIC: 1–5 rows of 1–5 cells with random row and cell properties and paragraphs."""
    rows = []
    for _ in range(rng.randint(1, 5)):
        cells = "".join(f"<w:tc>{rng.choice(CELL_PROPERTIES)}{''.join(rng.choice(PARAGRAPHS) for _ in range(rng.randint(1, 2)))}</w:tc>"
                        for _ in range(rng.randint(1, 5)))
        rows.append(f"<w:tr>{rng.choice(ROW_PROPERTIES)}{cells}</w:tr>")
    xml = f'<w:tbl {W}><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="1000"/></w:tblGrid>{"".join(rows)}</w:tbl>'
    return etree.fromstring(xml.replace(TRANSITIONAL, namespace))


@pytest.mark.parametrize("namespace", [pytest.param(TRANSITIONAL, id="transitional"),
                                       pytest.param(STRICT, id="strict")])
def test_plain_rows_read_in_one_pass_equal_the_row_by_row_reading(namespace):
    rng = random.Random(23)
    numbering = _Numbering(lambda: None, lambda: None)
    for _ in range(300):
        table = _random_table(rng, namespace)
        assert _plain_table(table) is not None  # every piece here is plain: the one-pass reading runs
        fast, walked = _read_table(table, 1, numbering), _read_table_walked(table, 1, numbering, None)
        assert dataclasses.asdict(fast) == dataclasses.asdict(walked), etree.tostring(table, encoding="unicode")


def test_a_table_that_is_not_plain_is_read_row_by_row():
    table = etree.fromstring(f'<w:tbl {W}><w:tr><w:sdt><w:sdtContent><w:tc><w:p><w:r><w:t>в поле</w:t></w:r></w:p>'
                             f'</w:tc></w:sdtContent></w:sdt></w:tr></w:tbl>')
    assert _plain_table(table) is None
    assert [c.text for c in _read_table(table, 1, _Numbering(lambda: None, lambda: None)).rows[0].cells] == ["в поле"]
