"""A title that names its quarter as a list of its months («за октябрь, ноябрь, декабрь 2025 года», «июль, август
и сентябрь») had been refused as naming no quarter; a list of months one after another that fills one quarter
is that quarter, and any other list (out of order, four months) is refused naming the period, like «январь – май».
On the code before: 6 of the 8 cases fail (the lists were «no quarter found», not «not a quarter»; the controls pass)."""
from __future__ import annotations

import pytest

from etl.errors import ReportError
from etl.title import parse_title


@pytest.mark.parametrize(("title", "year", "quarter"), [
    ("Отчет за октябрь, ноябрь, декабрь 2025 года Вологодской области", 2025, 4),
    ("Информация Вологодской области за октябрь, ноябрь и декабрь 2025 г.", 2025, 4),
    ("Сведения о международных мероприятиях Тульской области: январь, февраль, март 2026 г.", 2026, 1),
    ("Информация Вологодской области за октябрь – декабрь 2025 г.", 2025, 4),  # a range (a control)
])
def test_a_quarter_named_by_its_months(title, year, quarter):
    meta = parse_title(title)
    assert (meta.year, meta.quarter) == (year, quarter)


@pytest.mark.parametrize("title", [
    "Информация Вологодской области за ноябрь, октябрь, декабрь 2025 г.",
    "Информация Вологодской области за сентябрь, октябрь, ноябрь, декабрь 2025 г.",
    "Информация Вологодской области за август, сентябрь, октябрь 2025 г.",
    "Информация Вологодской области за январь – май 2025 г.",  # a control
])
def test_months_that_are_no_quarter_are_refused_naming_them(title):
    with pytest.raises(ReportError, match="отчёт не за квартал"):
        parse_title(title)
