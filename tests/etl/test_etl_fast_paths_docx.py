"""The .docx reader's fast path gives exactly the cells the walker gives.

etl/docx_grid.py reads a table of plain cells (runs of text, tabs and breaks under formatting
properties) in one pass over its elements (_plain_cell_texts) and leaves every other table to
_TextWalker. Checked here against the walker on the reader's own hostile cells, on the sample and
on SYNTHETIC tables put together at random from plain and not-plain pieces, in both
WordprocessingML namespaces.
"""
from __future__ import annotations

import random

import pytest
from lxml import etree

from etl.docx_grid import W_NAMESPACES, _Numbering, _plain_cell_texts, _TextWalker
from etl.layout import grid_from_text
from tests.docx_xml import W
from tests.etl.test_etl_docx_grid import CELL_CASES
from tests.etl.test_etl_fast_paths import SAMPLE

TRANSITIONAL, STRICT = W_NAMESPACES


def _walker_texts(table) -> list[str]:
    """What _read_table gave every cell before the fast path: the walker, cell by cell."""
    numbering = _Numbering(lambda: None, lambda: None)
    return [_TextWalker(numbering).blocks_text(tc) for tc in table.iterfind(f"{{{TRANSITIONAL}}}tr/{{{TRANSITIONAL}}}tc")
            ] + [_TextWalker(numbering).blocks_text(tc) for tc in table.iterfind(f"{{{STRICT}}}tr/{{{STRICT}}}tc")]


def _table(rows: list[list[str]], namespace: str = TRANSITIONAL):
    """SYNTHETIC: a w:tbl element with each cell's content given as raw block XML."""
    body = "".join("<w:tr><w:trPr><w:trHeight w:val=\"300\"/></w:trPr>" + "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/></w:tcPr>{cell}</w:tc>' for cell in row) + "</w:tr>"
        for row in rows)
    xml = (f'<w:tbl {W}><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr>'
           f'<w:tblGrid><w:gridCol w:w="1000"/></w:tblGrid>{body}</w:tbl>')
    return etree.fromstring(xml.replace(TRANSITIONAL, namespace))


def _check(table) -> dict | None:
    """The fast path's texts, asserted equal to the walker's whenever it gives any."""
    plain = _plain_cell_texts(table)
    if plain is not None:
        tcs = list(table.iterfind("{*}tr/{*}tc"))
        assert [plain[tc] for tc in tcs] == _walker_texts(table)
    return plain


@pytest.mark.parametrize("cell_xml", [case.values[0] for case in CELL_CASES], ids=[case.id for case in CELL_CASES])
def test_hostile_cells_read_as_the_walker_reads_them(cell_xml):
    _check(_table([["<w:p><w:r><w:t>1.</w:t></w:r></w:p>", cell_xml]]))


@pytest.mark.parametrize("cell_xml, plain", [
    pytest.param('<w:p><w:r><w:t>10 июля</w:t><w:br/><w:t>2025</w:t><w:tab/><w:t>(пт)</w:t></w:r></w:p>', True,
                 id="breaks_and_tab"),
    pytest.param('<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:jc w:val="center"/></w:pPr>'
                 '<w:r><w:rPr><w:b/><w:lang w:val="ru-RU"/></w:rPr><w:t>Минск</w:t></w:r></w:p>', True,
                 id="tab_stop_and_formatting"),
    pytest.param('<w:p><w:proofErr w:type="spellStart"/><w:r><w:t>Гомсельмаш</w:t></w:r>'
                 '<w:bookmarkStart w:id="0" w:name="x"/><w:bookmarkEnd w:id="0"/></w:p>', True, id="markers"),
    pytest.param('<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>скрыто</w:t></w:r></w:p>', False, id="hidden_run"),
    pytest.param('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                 '<w:r><w:t>пункт</w:t></w:r></w:p>', False, id="numbered_paragraph"),
    pytest.param('<w:p><w:pPr><w:pStyle w:val="ListParagraph"/></w:pPr><w:r><w:t>пункт</w:t></w:r></w:p>', False,
                 id="styled_paragraph"),
    pytest.param('<w:p><w:r><w:t>a</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc>'
                 '</w:tr></w:tbl>', False, id="nested_table"),
    pytest.param('<w:p><w:r><w:rPr><w:t>в свойствах</w:t></w:rPr><w:t>текст</w:t></w:r></w:p>', False,
                 id="text_where_the_walker_does_not_read"),
    pytest.param('<w:p><w:r><w:r><w:t>вложенный</w:t></w:r></w:r></w:p>', False, id="run_in_a_run"),
    pytest.param('<w:p><w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r></w:p>', False, id="symbol"),
])
def test_plain_cells_take_the_fast_path_and_others_the_walker(cell_xml, plain):
    assert (_check(_table([["<w:p><w:r><w:t>1.</w:t></w:r></w:p>", cell_xml]])) is not None) is plain


def test_sample_as_word_table_takes_the_fast_path():
    from tests.docx_builder import grid_to_docx
    import io
    import zipfile

    data = grid_to_docx(grid_from_text(SAMPLE.read_text(encoding="utf-8")), line_breaks="breaks")
    document = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    table = next(document.iter(f"{{{TRANSITIONAL}}}tbl"))
    assert _check(table) is not None


PLAIN_RUN_PIECES = ['<w:t>Минск</w:t>', '<w:t xml:space="preserve"> 10 июля </w:t>', '<w:t/>', '<w:tab/>', '<w:br/>',
                    '<w:cr/>', '<w:noBreakHyphen/>', '<w:softHyphen/>', '<w:lastRenderedPageBreak/>', '<w:ptab/>']
OTHER_RUN_PIECES = ['<w:fldChar w:fldCharType="begin"/>', '<w:instrText>PAGE</w:instrText>',
                    '<w:fldChar w:fldCharType="separate"/>', '<w:fldChar w:fldCharType="end"/>',
                    '<w:sym w:font="Symbol" w:char="0041"/>', '<w:delText>old</w:delText>']
PLAIN_RUN_PROPERTIES = ["", "<w:rPr><w:b/></w:rPr>", '<w:rPr><w:lang w:val="ru-RU"/><w:sz w:val="24"/></w:rPr>']
OTHER_RUN_PROPERTIES = ["<w:rPr><w:vanish/></w:rPr>", '<w:rPr><w:vanish w:val="0"/></w:rPr>']
PLAIN_PARAGRAPH_PROPERTIES = ["", '<w:pPr><w:jc w:val="both"/></w:pPr>',
                              '<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>',
                              '<w:pPr><w:rPr><w:b/></w:rPr></w:pPr>']
OTHER_PARAGRAPH_PROPERTIES = ['<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>',
                              f'<w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr>']
PLAIN_INLINE = ['<w:bookmarkStart w:id="0" w:name="b"/>', '<w:bookmarkEnd w:id="0"/>', '<w:proofErr w:type="gramStart"/>']
OTHER_INLINE = ['<w:hyperlink r:id="rId1"><w:r><w:t>ссылка</w:t></w:r></w:hyperlink>',
                '<w:ins w:id="2" w:author="a"><w:r><w:t>вставка</w:t></w:r></w:ins>',
                '<w:del w:id="3" w:author="a"><w:r><w:delText>удалено</w:delText></w:r></w:del>']


def _random_cell(rng: random.Random, plain: bool) -> str:
    """SYNTHETIC: a cell of 0–3 paragraphs; with plain=False each piece may be a not-plain one."""
    def pick(plain_pieces, other_pieces):
        return rng.choice(other_pieces) if not plain and rng.random() < 0.08 else rng.choice(plain_pieces)

    paragraphs = []
    for _ in range(rng.randint(0, 3)):
        inline = []
        for _ in range(rng.randint(0, 4)):
            if rng.random() < 0.2:
                inline.append(pick(PLAIN_INLINE, OTHER_INLINE))
                continue
            pieces = "".join(pick(PLAIN_RUN_PIECES, OTHER_RUN_PIECES) for _ in range(rng.randint(0, 3)))
            inline.append(f"<w:r>{pick(PLAIN_RUN_PROPERTIES, OTHER_RUN_PROPERTIES)}{pieces}</w:r>")
        paragraphs.append(f"<w:p>{pick(PLAIN_PARAGRAPH_PROPERTIES, OTHER_PARAGRAPH_PROPERTIES)}{''.join(inline)}</w:p>")
    return "".join(paragraphs)


@pytest.mark.parametrize("namespace", [pytest.param(TRANSITIONAL, id="transitional"),
                                       pytest.param(STRICT, id="strict")])
def test_random_tables_read_as_the_walker_reads_them(namespace):
    rng = random.Random(11)
    taken = {True: 0, False: 0}
    for number in range(400):
        plain = number % 2 == 0
        rows = [[_random_cell(rng, plain) for _ in range(rng.randint(1, 4))] for _ in range(rng.randint(1, 3))]
        result = _check(_table(rows, namespace))
        taken[result is not None] += 1
        if plain:
            assert result is not None
    assert taken[False] > 50  # the not-plain pieces do reach the walker
