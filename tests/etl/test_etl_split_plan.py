"""A plan's sentence where the report's table was split and rows were taken out at the split (hard30's leftover, 29 Nov).

«План мероприятий на I квартал 2025 года будет представлен отдельно.» between two parts of a .docx table split
before event 41, with event 40 taken out at the split (the numbers jump 39 → 41): the second part was set aside
with an info only, «таблица 2 документа не похожа на таблицу мероприятий и пропущена» — 38 events lost. A numbering
that carries on with a jump of at most 20 rows (as row 167 reads a split table) now reaches build_report as the rows
under a plan heading, and they are the report's when their dates lie in its quarter and none after it — as for the
sentence inside one table (row 216). The same jump in a text dump or a sheet reads the same way. A real plan stays
set aside: numbered from 1 again, or dated after the quarter.
"""
from __future__ import annotations

import io

import docx
import pytest

from test_hostile_inputs11 import PLAN_SENTENCES, _at_event, _book, _fields, _plain_fields, _report, _sample_grid_rows
from test_hostile_inputs9 import _add_table

P = pytest.param
SENTENCE = PLAN_SENTENCES["will_follow"]


def _without_event_40(kind: str) -> tuple[bytes, str]:
    title, rows = _sample_grid_rows()
    forty, forty_one = _at_event(rows, 40), _at_event(rows, 41)
    if kind == "split_table":
        document = docx.Document()
        for line in title:
            document.add_paragraph(line)
        _add_table(document, rows[:forty])
        document.add_paragraph(SENTENCE)
        _add_table(document, rows[forty_one:])
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue(), "SYNTHETIC разрыв.docx"
    if kind == "merged_row":
        document = docx.Document()
        for line in title:
            document.add_paragraph(line)
        _add_table(document, rows[:forty] + [[SENTENCE]] + rows[forty_one:])
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue(), "SYNTHETIC разрыв.docx"
    return _book([("Отчёт", [[line] for line in title] + rows[:forty] + [[SENTENCE]] + rows[forty_one:])]), \
        "SYNTHETIC разрыв.xlsx"


@pytest.mark.parametrize("kind", ["split_table", "merged_row", "xlsx"])
def test_a_plan_sentence_where_rows_were_taken_out_loses_no_more(kind):
    report = _report(*_without_event_40(kind))
    assert _fields(report) == [f for f in _plain_fields() if f[0] != 40]
    assert any("примечание, а не заголовок плана" in i.message for i in report.issues)
    assert not any("пропущена" in i.message for i in report.issues)


def test_a_plan_numbered_on_with_a_jump_but_ahead_of_the_quarter_stays_a_plan():
    """Rows after the sentence numbered 80–82 (a jump of two from 78) in January–March 2025: a plan, set aside."""
    title, rows = _sample_grid_rows()
    ahead = [["80.", "Визит делегации Витебской области (SYNTHETIC)", "г. Смоленск", "15 января 2025 года", "", ""],
             ["81.", "Фестиваль (SYNTHETIC)", "г. Смоленск", "февраль 2025 года", "", ""],
             ["82.", "Форум (SYNTHETIC)", "г. Минск", "март 2025 года", "", ""]]
    width = max(len(r) for r in rows)
    ahead = [r[:width] + [""] * (width - len(r)) for r in ahead]
    data = _book([("Отчёт", [[line] for line in title] + rows + [[SENTENCE]] + ahead)])
    report = _report(data, "SYNTHETIC план.xlsx")
    assert _fields(report) == _plain_fields()
