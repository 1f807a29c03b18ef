"""The review's slide follows the reader's steps, not an old address echoed back by the browser.

Every rerun the browser asks for carries the query of its address bar. Asked for in the moment between
the page's write of ?slide=N+1 and the browser's receipt of it — the room frame's width report on a
projector's first visit, a second click, anything under a loaded machine — the rerun carries the old
?slide=N, and the page applied it as a link opened: the slide went back (uxqa29: the browser test
test_review_fit[projector_1920x1080-dark-en] once waited its 30 s for «Slide 2 of 13»). Here the
echo is sent as the browser would: the query of an address the session already had, then a run.
A query the session never had (a link typed or pasted) is still applied."""
from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from dashboard_fixtures import APP, dashboard_db  # noqa: F401  (fixture)

TIMEOUT = 120
COUNTER = re.compile(r'class="rv-counter">[^<]*?(\d+)\D+(\d+)<')


def _slide(at) -> int:
    shown = [int(m.group(1)) for md in at.markdown for m in [COUNTER.search(md.value)] if m]
    assert len(shown) == 1, [md.value[:80] for md in at.markdown if "rv-counter" in md.value]
    return shown[0]


def _open(query: dict, lang: str = "ru") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["lang"] = lang
    at.run()
    for key, value in query.items():
        at.query_params[key] = value
    at.switch_page("pages/review.py").run()
    assert not at.exception, at.exception
    return at


def _echo(at, query: dict) -> AppTest:
    """A rerun whose query is `query` (the browser's address bar as it was), nothing clicked."""
    for key in list(at.query_params):
        if key != "lang":
            del at.query_params[key]
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def _forward(at) -> AppTest:
    at.button(key="review_forward_top").click().run()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize("opened, lang", [({"present": "1", "slide": "1", "theme": "dark"}, "en"),
                                          ({"slide": "3"}, "ru"), ({"present": "1", "slide": "5"}, "ru")])
def test_an_old_address_echoed_back_does_not_move_the_slide(dashboard_db, opened, lang):  # noqa: F811
    at = _open(opened, lang)
    first = _slide(at)
    assert first == int(opened["slide"])
    as_opened = dict(at.query_params)          # the address after the first run wrote the quarter
    at = _forward(at)
    assert _slide(at) == first + 1
    at = _echo(at, {k: v for k, v in opened.items()})   # the address the link opened, before any write
    assert _slide(at) == first + 1, "the link's own address, echoed, sent the slide back"
    at = _forward(at)
    assert _slide(at) == first + 2
    at = _echo(at, {k: v for k, v in as_opened.items() if k != "lang"})   # an address the page wrote
    assert _slide(at) == first + 2, "an address the page wrote earlier, echoed, sent the slide back"


def test_an_address_the_session_never_had_is_followed(dashboard_db):  # noqa: F811
    at = _open({"present": "1", "slide": "2"})
    at = _forward(at)
    assert _slide(at) == 3
    written = {k: v for k, v in dict(at.query_params).items() if k != "lang"}
    at = _echo(at, dict(written, slide="7"))          # a slide this session never showed: a link
    assert _slide(at) == 7
    at = _echo(at, dict(written, slide="9", theme="dark"))
    assert _slide(at) == 9
    at = _forward(at)
    assert _slide(at) == 10
