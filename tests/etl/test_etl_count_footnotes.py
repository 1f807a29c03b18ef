"""A count with a footnote's mark («30*») and the note it points to («* в т.ч. 10 иностранных»): the
note is found in the row's other cells (a «Примечание» column, the results) or under the table, and
when it breaks the count down it is read as the count's own bracket. SYNTHETIC reports."""
from __future__ import annotations

import docx
import pytest

from etl.layout import Grid, GridRow
from etl.normalize import build_report, without_count_footnotes
from etl.read import read_bytes
from tests.docx_builder import grid_to_docx

TITLE = "SYNTHETIC\nОтчет о мероприятиях Смоленской области в III квартале 2025 года\n\n"
HEADER = ["№ п/п", "Наименование мероприятия", "Место проведения", "Сроки проведения", "Содержание и результаты",
          "Участники", "Примечание"]


def _event(n: int, people: str, remarks: str = "", content: str = "Обсуждены вопросы сотрудничества") -> list[str]:
    return [f"{n}.", f"Встреча № {n} с делегацией", "г. Смоленск", f"{10 + n} июля 2025 г.", content, people, remarks]


def _dump(rows: list[list[str]], after: str = "") -> str:
    """The TAB-per-cell text dump; `after`: the paragraphs under the table, as Word writes them (no TAB)."""
    out = TITLE + "".join(f"\t{h}\n" for h in HEADER) + "\n"
    for row in rows:
        out += "".join(f"\t{cell}\n" for cell in row) + "\n"
    return out + after


def _counts(text: str) -> dict[int, tuple[int | None, int | None, int | None]]:
    report = build_report(read_bytes(text.encode("utf-8"), "r.txt"))
    return {e.n: (e.attendance_total, e.attendance_foreign, e.attendance_online) for e in report.events}


# ---------- the note in the row's own cells ----------

@pytest.mark.parametrize(("people", "remarks", "expected"), [
    pytest.param("30*", "* в т.ч. 10 иностранных", (30, 10, None), id="star_in_remarks_column"),
    pytest.param("45¹", "¹ из них онлайн – 12", (45, None, 12), id="superscript_online_part"),
    pytest.param("около 300 школьников**", "** в том числе 20 из Республики Беларусь", (300, 20, None),
                 id="double_star_after_words"),
    pytest.param("60 человек*", "Перенесено с июня\n* включая 15 иностранных гостей", (60, 15, None),
                 id="note_on_its_own_line_of_a_longer_cell"),
    pytest.param("25*", "Примечание: * иностранных участников – 7", (25, 7, None), id="labelled_note"),
    # a note that only qualifies the count changes nothing
    pytest.param("45¹", "¹ по данным организаторов", (45, None, None), id="qualifying_note"),
    pytest.param("50*", "* данные на 01.12.2025", (50, None, None), id="dated_note_is_no_part"),
    # a note for another mark is not this count's note
    pytest.param("120**", "* в т.ч. 10 иностранных", (120, None, None), id="other_mark"),
    pytest.param("120*", "** в т.ч. 10 иностранных", (120, None, None), id="longer_mark_is_another_note"),
])
def test_the_rows_own_note(people, remarks, expected):
    assert _counts(_dump([_event(1, people, remarks)]))[1] == expected


def test_a_note_in_the_results_cell():
    row = _event(1, "40*", content="Подписано соглашение о сотрудничестве\n* из них 8 иностранцев")
    assert _counts(_dump([row]))[1] == (40, 8, None)


def test_one_rows_note_is_not_anothers():
    rows = [_event(1, "30*", "* в т.ч. 10 иностранных"), _event(2, "30*")]
    counts = _counts(_dump(rows))
    assert counts[1] == (30, 10, None)
    assert counts[2] == (30, None, None)


# ---------- the notes under the table ----------

def test_notes_under_a_text_dumps_table_are_notes_not_the_last_cell():
    rows = [_event(1, "30*"), _event(2, "80 человек**", "Перенесена с июня")]
    text = _dump(rows, after="\n* в т.ч. 10 иностранных\n** из них онлайн – 40\n")
    report = build_report(read_bytes(text.encode("utf-8"), "r.txt"))
    by_n = {e.n: e for e in report.events}
    assert [note.text for note in report.notes] == ["* в т.ч. 10 иностранных", "** из них онлайн – 40"]
    assert (by_n[1].attendance_total, by_n[1].attendance_foreign) == (30, 10)
    assert (by_n[2].attendance_total, by_n[2].attendance_online) == (80, 40)


def test_a_labelled_note_under_the_table():
    text = _dump([_event(1, "25*")], after="\nПримечание: * в т.ч. 7 иностранных участников\n")
    assert _counts(text)[1] == (25, 7, None)


def test_a_list_inside_the_last_cell_stays_there():
    """Lines starting with '*' right under the cell's text (no blank line) are the cell's own list."""
    row = _event(1, "30", "Обсуждены:\n* торговля\n* туризм")
    report = build_report(read_bytes(_dump([row]).encode("utf-8"), "r.txt"))
    assert report.notes == []
    assert (report.events[0].attendance_total, report.events[0].attendance_foreign) == (30, None)


def test_the_word_file_s_note_under_the_table():
    grid = Grid(preamble=tuple(TITLE.strip().split("\n")),
                rows=(GridRow(tuple(HEADER), 1, 1), GridRow(tuple(_event(1, "30*")), 2, 2),
                      GridRow(("* в т.ч. 10 иностранных",), 3, 3)),
                postamble=())
    data = grid_to_docx(grid)
    assert "* в т.ч. 10 иностранных" in [p.text for p in docx.Document(__import__("io").BytesIO(data)).paragraphs]
    report = build_report(read_bytes(data, "r.docx"))
    assert (report.events[0].attendance_total, report.events[0].attendance_foreign) == (30, 10)


# ---------- the mark alone ----------

@pytest.mark.parametrize(("text", "notes", "expected"), [
    pytest.param("30*", (), "30", id="no_note_the_mark_goes"),
    pytest.param("30*", ("* в т.ч. 10 иностранных",), "30 (в т.ч. 10 иностранных)", id="note_becomes_bracket"),
    pytest.param("площадь 200 м²", ("² в т.ч. 10 иностранных",), "площадь 200 м²", id="a_units_power"),
    pytest.param("30", ("* в т.ч. 10 иностранных",), "30", id="no_mark_no_note"),
])
def test_without_count_footnotes(text, notes, expected):
    assert without_count_footnotes(text, notes) == expected


# ---------- a participants cell that opens with its count, then breaks it down ----------

from etl.normalize import row_attendance  # noqa: E402
from etl.title import Home  # noqa: E402

SMOLENSK = Home(region="Смоленская область", adjective="смоленский", centre="смоленск")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("25 (иностранных – 7)", (25, 7, None), id="bracketed_side"),
    pytest.param("25 (иностранных участников – 7)", (25, 7, None), id="bracketed_side_with_its_noun"),
    pytest.param("25 (иностранных участников – 7, онлайн – 5)", (25, 7, 5), id="two_bracketed_parts"),
    pytest.param("30 (иностранных граждан — 12 человек)", (30, 12, None), id="bracketed_side_with_people_after"),
    pytest.param("30 (иностранных участников 12)", (30, 12, None), id="no_dash"),
    pytest.param("25, иностранных участников – 7", (25, 7, None), id="comma_then_side"),
    pytest.param("около 40 (из них 12 онлайн)", (40, None, 12), id="approximate_whole"),
    pytest.param("25 (7 иностранных)", (25, 7, None), id="bracketed_count_first"),
    # the bracket that is the count's own people stays the whole
    pytest.param("30 (иностранцы)", (30, 30, None), id="bracket_names_all_of_them"),
    pytest.param("12 (двенадцать)", (12, None, None), id="number_in_words"),
    # a list of numbers is no count with parts
    pytest.param("2, 3 курсы", (None, None, None), id="list_of_numbers"),
])
def test_a_count_then_its_parts(text, expected):
    got = row_attendance({"participants": text}, SMOLENSK.mentioned_in)
    assert (got.total, got.foreign, got.online) == expected
