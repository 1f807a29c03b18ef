"""A «;» ends a list of posts (lead, 27 Nov).

A post written without a number counts one person when it stands in a list with counts («губернатор области,
3 заместителя губернатора» is 4). That reading was skipped for the whole sentence when any count in it was of
people in general («6 чел.», «12 человек», «40 участников»), so the usual cell of two sides — the guests'
delegation counted in people, then «;» and our side listed by posts — lost each of our unnumbered posts
(a Tomsk-style probe: «Делегация КНР – 6 чел. …; с томской стороны – ректор ТГУ, 4 сотрудника» gave 10, a
person reads 11). Each clause between «;» is now read on its own. Likewise a label's side before a colon
is the clause before it: «Делегация Узбекистана (8 человек); с нашей стороны: 2 консультанта, 3 специалиста»
made our five Uzbek. The cases marked `guard` passed before too; the others failed."""
from __future__ import annotations

import pytest

from etl.attendance import parse_attendance


@pytest.mark.parametrize(("text", "total", "foreign"), [
    pytest.param("Делегация КНР – 6 чел. во главе с проректором Ли Вэем; с томской стороны – ректор ТГУ, 4 сотрудника",
                 11, 6, id="delegation_then_rector_and_staff"),
    pytest.param("Делегация Республики Беларусь – 12 человек; с российской стороны – губернатор области, "
                 "3 заместителя губернатора", 16, 12, id="governor_and_deputies"),
    pytest.param("Иностранные участники – 40 чел.; от Смоленской области: заместитель Губернатора, "
                 "2 сотрудника министерства и 5 артистов", 48, 40, id="label_colon_list_with_and"),
    pytest.param("Гости из Казахстана – 15 участников; министр культуры и 2 специалиста министерства",
                 18, 15, id="minister_and_specialists"),
    pytest.param("Делегация Узбекистана (8 человек); с нашей стороны: начальник управления, 2 консультанта",
                 11, 8, id="brackets_in_the_other_clause"),
    pytest.param("20 студентов из Китая; проректор по международной работе, 3 преподавателя",
                 24, 20, id="students_then_vice_rector"),
    pytest.param("Делегация Узбекистана (8 человек); с нашей стороны: 2 консультанта, 3 специалиста",
                 13, 8, id="label_is_the_clause_before_the_colon"),
    pytest.param("Гости из Армении – 5 чел.; принимающая сторона: 2 сотрудника министерства и 4 волонтёра",
                 11, 5, id="guard_host_side_label"),
    pytest.param("Всего 25 человек; министр культуры, 2 специалиста", 25, None, id="guard_a_total_stays_the_total"),
    pytest.param("заместитель министра, 2 начальника отдела, 3 специалиста", 6, None, id="guard_one_clause_list"),
    pytest.param("Делегация КНР – 6 чел.; 4 сотрудника университета", 10, 6, id="guard_counts_only"),
])
def test_each_clause_lists_its_own_posts(text, total, foreign):
    found = parse_attendance(text)
    assert (found.total, found.foreign) == (total, foreign)
