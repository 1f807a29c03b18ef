"""The type size of a column's title (ui.widgets.fitted_title_px): the subheader's own when the words fit
the column on one line, smaller in proportion when they do not, never below HEADING_LEAST_PX (uxqa25:
«Регионы по числу мероприятий» wrapped in the Страны page's 317-px side column at 1366)."""
from __future__ import annotations

import pytest

from ui import widgets


@pytest.mark.parametrize("text, column_px", [
    ("Регионы по числу мероприятий", 317), ("Страны по числу мероприятий", 317),
    ("Countries by number of events", 317), ("Зарубежные регионы крупным планом", 492),
    ("Foreign partners by number of events", 403)])
def test_a_title_too_long_for_its_column_is_drawn_smaller_to_fit(text, column_px):
    size = widgets.fitted_title_px(text, column_px)
    assert widgets.HEADING_LEAST_PX <= size < widgets.HEADING_PX
    assert widgets.heading_px(text, size) + widgets.HEADING_ICON_PX <= column_px


@pytest.mark.parametrize("text, column_px", [
    ("Карта партнёров", 317), ("Partner map", 317), ("Регионы по числу мероприятий", 539),
    ("Зарубежные регионы крупным планом", 825), ("Сферы", 120)])
def test_a_title_that_fits_keeps_the_subheader_size(text, column_px):
    assert widgets.fitted_title_px(text, column_px) == widgets.HEADING_PX


def test_a_title_never_shrinks_below_the_least_size():
    text = "Зарубежные организации и органы власти по числу совместных мероприятий за квартал"
    assert widgets.fitted_title_px(text, 317) == widgets.HEADING_LEAST_PX
