"""Three attendance rules found by the lead's blind probes (29 Nov, SYNTHETIC Ярославская область report):

1. A count said for each of several groups is multiplied by how many there are. «по 10–12 чел. с каждой стороны»
   is 20 people (up to 24), 10 of them the partner's; it was 10, all of one side. «каждой» says it of each group
   wherever the number stands («с каждой стороны – по 5 человек», «10 человек с каждой стороны»); «обе(их)» only
   with «по» before the number («с обеих сторон 20 человек» is both sides together). Two sides of a meeting are
   ours and the partner's, so half is foreign; «от каждой из 5 стран» is five groups whose side is not said;
   «от каждой делегации» is at least two (a lower bound).
2. A «;» inside a bracket parts the bracket's items, not sentences: «40 человек (25 – российская сторона; 15 –
   иностранная)» is 40 broken down, as with a comma (was 55).
3. A side is named by any adjective in the genitive, not only «-ской»: «с нашей стороны — 6», «с иностранной
   стороны – 8», «от принимающей стороны – 10» (a participle before a side's noun). «с китайской стороны — 8
   представителей; с нашей стороны — 6» is 14 people, 8 foreign (was 8). «с другой стороны», «со своей стороны»
   and «с каждой стороны» are no side.
"""
from __future__ import annotations

import pytest

from etl.attendance import parse_attendance
from etl.normalize import row_attendance

P = pytest.param


def _russian(text: str) -> bool:
    return "росси" in text.lower() or "ярослав" in text.lower()


@pytest.mark.parametrize("people, total, foreign", [
    P("по 5 человек от каждой стороны", 10, 5, id="per-side-after"),
    P("с каждой стороны – по 5 человек", 10, 5, id="per-side-before"),
    P("10 человек с каждой стороны", 20, 10, id="no-po-each"),
    P("делегации по 7 человек от каждой из сторон", 14, 7, id="each-of-the-sides"),
    P("каждая сторона направила по 6 экспертов", 12, 6, id="nominative-each"),
    P("обе делегации – по 8 человек", 16, 8, id="both-with-po"),
    P("с каждой из двух сторон по 4 человека", 8, 4, id="two-sides-said"),
    P("по 3 представителя с каждой стороны, всего на заседании работали эксперты", 6, 3, id="sentence-goes-on"),
])
def test_a_count_said_per_side_counts_both_sides(people, total, foreign):
    counted = parse_attendance(people, _russian, people_cell=True)
    assert (counted.total, counted.foreign, counted.lower_bound) == (total, foreign, False)


def test_a_range_per_side_keeps_its_range_for_both_sides():
    counted = parse_attendance("по 10–12 чел. с каждой стороны", _russian, people_cell=True)
    assert (counted.total, counted.upper, counted.lower_bound, counted.foreign) == (20, 24, True, 10)


@pytest.mark.parametrize("people, total, lower_bound", [
    P("по 2 представителя от каждой из 5 стран", 10, False, id="five-countries"),
    P("по 4 специалиста от каждой из трёх сторон", 12, False, id="three-sides"),
    P("по 3 человека от каждой делегации", 6, True, id="delegations-unsaid"),
    P("от каждой из участвующих сторон по 3 человека", 6, True, id="sides-unsaid"),
    P("по 2 студента от каждого из 12 вузов", 24, False, id="twelve-universities"),
])
def test_more_or_unsaid_groups_multiply_without_guessing_the_partner(people, total, lower_bound):
    counted = parse_attendance(people, _russian, people_cell=True)
    assert (counted.total, counted.lower_bound, counted.foreign) == (total, lower_bound, None)


@pytest.mark.parametrize("people, total", [
    P("с обеих сторон 20 человек", 20, id="both-sides-together"),
    P("Обе стороны были представлены 15 участниками", 15, id="both-nominative-no-po"),
    P("15 человек; с каждой стороны выступили по 2 доклада", 15, id="reports-not-people"),
    P("40 человек. С каждой стороны выступили эксперты", 40, id="next-sentence-no-count"),
    P("по 10 человек в каждой группе", 10, id="groups-not-sides"),
    P("30 человек, каждая делегация представила проекты", 30, id="each-without-a-count"),
    P("2 делегации по 5 человек", 10, id="groups-before-as-before"),
])
def test_must_not_fire(people, total):
    assert parse_attendance(people, _russian, people_cell=True).total == total


@pytest.mark.parametrize("people, total, foreign", [
    P("40 человек (25 – российская сторона; 15 – иностранная)", 40, 15, id="sides-in-bracket"),
    P("30 человек (из них 20 – из Беларуси; 10 – из Казахстана)", 30, 30, id="countries-in-bracket"),
    P("Делегация Монголии – 8 человек (5 – министерство; 3 – водители), 15 российских участников", 23, 8,
      id="breakdown-then-outside"),
    P("Делегация Монголии (8 человек: министр, 2 советника; 3 водителя), 15 российских участников", 26, 8,
      id="label-list-still-adds"),
    P("12 человек (Россия – 7; Китай – 5); онлайн – 40 человек", 52, 5, id="bracket-then-semicolon-outside"),
    P("около 3 тыс. посетителей; артисты из КНДР (20 чел.)", 3020, 20, id="semicolon-outside-as-before"),
])
def test_a_semicolon_inside_a_bracket_lists_the_bracket(people, total, foreign):
    counted = row_attendance({"participants": people, "title": "Заседание рабочей группы"}, _russian,
                             foreign_named=True)
    assert (counted.total, counted.foreign) == (total, foreign)


def test_a_per_side_count_through_a_whole_report(tmp_path):
    """The participants cell of a parsed SYNTHETIC report: the rule holds where events are built."""
    from etl.load import read_report
    report = tmp_path / "Отчёт Ярославской области за IV квартал 2025 года (SYNTHETIC).txt"
    report.write_text(
        "Отчёт\nоб участии Ярославской области в международном сотрудничестве\nв IV квартале 2025 г. (SYNTHETIC)\n\n"
        "\t№\n\tНаименование мероприятия\n\tДата проведения\n\tМесто проведения\n\tУчастники\n\tИтоги\n\n"
        "\t1. Экономика\n\n"
        "\t1.1\n\tЗаседание рабочей группы по сотрудничеству с провинцией Хэнань (КНР)\n\t20 октября 2025 г.\n"
        "\tв режиме ВКС\n\tпо 10–12 чел. с каждой стороны\n\tСогласован план на 2026 год\n\n"
        "\t1.2\n\tПереговоры с делегацией Гомельской области Республики Беларусь\n\t12 ноября 2025 г.\n"
        "\tг. Ярославль\n\t40 человек (25 – российская сторона; 15 – иностранная)\n\tПодписан протокол\n",
        encoding="utf-8")
    events = read_report(report)[0].events
    assert [(e.attendance_total, e.attendance_foreign) for e in events] == [(20, 10), (40, 15)]


@pytest.mark.parametrize("people, total, foreign", [
    P("с китайской стороны — 8 представителей компаний провинции; с нашей стороны — 6", 14, 8, id="ours-after"),
    P("с нашей стороны – 6 человек, с китайской – 8", 14, 8, id="ours-first-noun-elided-after"),
    P("с китайской стороны – 8 человек, с нашей – 6", 14, 8, id="ours-noun-elided"),
    P("с иностранной стороны – 8, с российской стороны – 6", 14, 8, id="foreign-adjective"),
    P("от принимающей стороны – 10, с зарубежной – 4", 14, 4, id="participle-side"),
    P("принимающая сторона – 10, зарубежная сторона – 4", 14, 4, id="participle-nominative"),
    P("с местной стороны – 20, с гостевой – 5", 25, None, id="local-and-guest"),
    P("с монгольской стороны – 12, с российской – 40", 52, 12, id="ski-as-before"),
])
def test_a_side_named_by_any_adjective(people, total, foreign):
    counted = parse_attendance(people, _russian, people_cell=True)
    assert (counted.total, counted.foreign) == (total, foreign)


@pytest.mark.parametrize("people, total", [
    P("с другой стороны, 30 человек", 30, id="on-the-other-hand"),
    P("со своей стороны – 12 человек приняли участие", 12, id="for-its-part"),
    P("20 школьников и 3 сопровождающих", 23, id="participle-noun-stays-people"),
    P("30 школьников из Китая, а также 6 сопровождающих", 36, id="participle-after-a-takzhe"),
])
def test_words_that_are_no_side(people, total):
    assert parse_attendance(people, _russian, people_cell=True).total == total
