"""Red team, round 7 (docs/hostile-inputs.md rows 189–): the gaps rows 178 and 181 left «Not yet», and Word and
Excel as saved. Every input is SYNTHETIC: the real sample (data/raw is only read) built into a workbook or a Word
table as the tests of round 6 build it, then edited the way a clerk or a program saves it; none is stored in
data/raw.
"""
from __future__ import annotations

import pytest

from etl.errors import ReportError
from etl.normalize import build_report
from etl.read import read_bytes
from test_hostile_inputs7 import HEADER, _book, _sample_rows


# --- an .xlsx summary sheet that does hold dates, or holds events copied out of the report ----------------------------

def _events(rows):
    return [r for r in rows if len(r) > 3 and r[0].strip().rstrip(".").isdigit()]


def _summary(kind: str):
    """SYNTHETIC summary sheets a clerk keeps beside the report, each with the report's full header."""
    events = _events(_sample_rows())
    if kind == "totals_by_month":
        return [["Сводная информация по месяцам (SYNTHETIC)"], HEADER,
                ["Всего за октябрь", "", "", "октябрь 2024 года", "", 300],
                ["Всего за ноябрь", "", "", "ноябрь 2024 года", "", 500],
                ["Всего за декабрь", "", "", "декабрь 2024 года", "", 450]]
    if kind == "totals_by_sector":
        return [HEADER, ["Экономика", "12 мероприятий", "", "IV квартал 2024 г.", "", ""],
                ["Культура", "20 мероприятий", "", "октябрь – декабрь 2024", "", ""]]
    if kind == "top_five":
        return [["Наиболее значимые мероприятия квартала (SYNTHETIC)"], HEADER] + events[:5]
    if kind == "three_picked_renumbered":  # three events from far apart, numbered 1–3 again, no title line
        return [HEADER] + [[str(k)] + row[1:] for k, row in enumerate([events[2], events[40], events[77]], start=1)]
    raise AssertionError(kind)


SUMMARIES = ["totals_by_month", "totals_by_sector", "top_five", "three_picked_renumbered"]


@pytest.mark.parametrize("kind", SUMMARIES)
@pytest.mark.parametrize("place", ["before", "after"])
def test_a_summary_with_dates_or_copied_events_does_not_hide_the_report(kind, place):
    """A summary sheet with the report's full header whose rows DO hold dates («Всего за октябрь | … | октябрь 2024
    года»), or holding a few events copied out of the report: before the report it was taken for the report and the
    book refused for its title (the report lost); after it, it was read on as the next sector (rows «Всего за …»
    added as events) or the book refused «номер мероприятия 1 повторяется». Now it is passed over with an info
    naming the sheet, and the report's 78 events load."""
    sheets = [("Сводная", _summary(kind)), ("Отчёт", _sample_rows())]
    if place == "after":
        sheets.reverse()
    report = build_report(read_bytes(_book(sheets), "SYNTHETIC сводная.xlsx"))
    assert (report.year, report.quarter, len(report.events)) == (2024, 4, 78)
    said = [i.message for i in report.issues if "«Сводная»" in i.message]
    assert len(said) == 1 and "пропущен" in said[0] and "«Отчёт»" in said[0], said
    assert not any("продолжает таблицу" in i.message for i in report.issues)
    assert [e.title for e in report.events] == [e.title for e in
                                                build_report(read_bytes(_book([("Отчёт", _sample_rows())]),
                                                                        "SYNTHETIC.xlsx")).events]


def _other_body(rows, how_many: int):
    """SYNTHETIC second body's report: the sample's first events retitled (other events of another body)."""
    out = [["Информация о международных мероприятиях Брянской области за IV квартал 2024 года (SYNTHETIC)"], HEADER]
    for row in _events(rows)[:how_many]:
        out.append([row[0], "Гастроли театра (SYNTHETIC) " + row[1]] + row[2:])
    return out


@pytest.mark.parametrize("how_many", [5, 78])
def test_two_bodies_reports_on_two_sheets_are_no_summary(how_many):
    """Must not fire: a book holding two bodies' reports, each with events of its own, is read as before: the first
    sheet is the report, the second named as another events table (a warning), neither called a summary."""
    report = build_report(read_bytes(_book([("Отчёт", _sample_rows()), ("Культура", _other_body(_sample_rows(),
                                                                                                how_many))]),
                                     "SYNTHETIC две книги.xlsx"))
    assert len(report.events) == 78
    assert not any("повторяют" in i.message or "пронумерованного" in i.message for i in report.issues)


def test_a_report_on_one_sheet_alone_is_read_with_no_summary_word():
    """Must not fire: one sheet, or the report beside a sheet with no header at all."""
    for sheets in ([("Отчёт", _sample_rows())], [("Отчёт", _sample_rows()), ("Диаграмма", [["см. график"]])]):
        report = build_report(read_bytes(_book(sheets), "SYNTHETIC.xlsx"))
        assert len(report.events) == 78
        assert not any("повторяют" in i.message or "пронумерованного" in i.message for i in report.issues)


def test_a_book_of_only_a_summary_is_still_refused():
    """Must not fire: with no report beside it, a summary is not passed over for nothing; the book is refused as
    before, the message naming the file."""
    with pytest.raises(ReportError) as caught:
        build_report(read_bytes(_book([("Сводная", _summary("top_five")[1:])]), "SYNTHETIC только сводка.xlsx"))
    assert "SYNTHETIC только сводка.xlsx" in str(caught.value) or caught.value.file is None
