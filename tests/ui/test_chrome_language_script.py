"""ui/chrome_language.py's script goes into the app's HTML shell once and only there, and its dictionary can
be read both ways (the browser side is tests/browser/test_streamlit_words_language.py)."""
from __future__ import annotations

import re

from analytics.i18n import STREAMLIT_PREFIXES_RU, STREAMLIT_WORDS_RU
from ui import chrome_language, first_width

SHELL = b'<!doctype html><html><head><title>Streamlit</title></head><body><div id="root"></div></body></html>'


def test_the_shell_gets_the_script_once_before_its_head_ends():
    once = chrome_language.inject(SHELL)
    assert once.count(b"ui/chrome_language.py") == 1
    assert once.index(b"ui/chrome_language.py") < once.index(b"</head>")
    assert chrome_language.inject(once) == once


def test_other_html_is_left_alone():
    frame = b"<html><head></head><body><div id='app'></div></body></html>"   # a component's frame
    assert chrome_language.inject(frame) == frame
    assert chrome_language.inject(b'<div id="root">no head</div>') == b'<div id="root">no head</div>'


def test_the_shell_carries_both_scripts():
    body = chrome_language.inject(first_width.inject(SHELL, font_px=16.0))
    assert b"ui/first_width.py" in body and b"ui/chrome_language.py" in body


def test_the_words_read_both_ways():
    """Each Russian word stands for one English one (a page switched back to English gets it back), and no
    Russian word is an English key or an English word (the script would flip it again)."""
    assert len(set(STREAMLIT_WORDS_RU.values())) == len(STREAMLIT_WORDS_RU)
    assert len(set(STREAMLIT_PREFIXES_RU.values())) == len(STREAMLIT_PREFIXES_RU)
    for english, russian in {**STREAMLIT_WORDS_RU, **STREAMLIT_PREFIXES_RU}.items():
        assert not re.search(r"[А-Яа-яЁё]", english), english
        assert re.search(r"[А-Яа-яЁё]", russian) and not re.search(r"[A-Za-z]{3,}", russian.replace("CSV", "")), russian
    assert not set(STREAMLIT_WORDS_RU.values()) & set(STREAMLIT_WORDS_RU)


def test_the_script_carries_the_dictionary_as_json():
    script = chrome_language.script().decode()
    assert '"Skip to main content": "Перейти к содержимому"' in script
    assert '"Help for ": "Подсказка: "' in script
