"""Every country's Russian name is Russian: pycountry's Russian catalogue leaves a renamed country's new
name untranslated («Türkiye»), which the Russian interface showed (uxqa13's review, Организации). The
clerks' first name from etl/reference/country_aliases.csv stands in."""
from __future__ import annotations

import re

from etl.geo import country_names


def test_every_russian_country_name_is_written_in_cyrillic():
    latin = {code: names[0] for code, names in country_names().items() if not re.search("[А-Яа-яЁё]", names[0])}
    assert latin == {}


def test_turkey_is_turkey_in_russian_and_keeps_its_english_name():
    assert country_names()["TR"][:2] == ("Турция", "Türkiye")
