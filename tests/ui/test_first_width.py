"""The app's HTML shell carries the first-width script (ui/first_width.py), and nothing else does.

Before uxqa19 a projector's very first visit was drawn for the laptop's 875-px column and rerun when
the room frame reported 1,431 px; the shell now writes the room_px cookie before the WebSocket opens.
These checks need no browser: the guess against columns measured in Chromium (1024–2560 px windows,
17-px base font: the frame's clientWidth), the injection only into Streamlit's shell (never a
component's frame such as ui/room/index.html, whose own width would be taken for the column), and the
ASGI middleware called directly on small fake apps (200 shell, compressed, other types, HEAD). The
served dashboard itself is checked in tests/browser/test_first_visit_no_rerun.py."""
from __future__ import annotations

import asyncio
import concurrent.futures
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ui import first_width  # noqa: E402

SHELL = b'<!DOCTYPE html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n  </head>\n' \
        b'  <body><div id="root"></div></body>\n</html>\n'


@pytest.mark.parametrize("window, measured", [(1024, 535), (1280, 791), (1366, 877), (1440, 951),
                                              (1600, 1111), (1920, 1431), (2560, 1630)])
def test_the_guess_is_the_column_chromium_measured(window, measured):
    guess = first_width.column_px(window, 17.0)
    assert guess is not None and abs(guess - measured) < 16, (window, guess, measured)
    assert abs(guess - measured) <= 1


def test_a_narrow_window_gets_no_guess_and_a_dragged_sidebar_is_followed():
    assert first_width.column_px(900, 17.0) is None
    assert first_width.column_px(1920, 17.0, sidebar_px=400) == 1920 - 400 - 170
    assert first_width.column_px(1920, 16.0) == int(1920 - 300 - 160)   # a 16-px theme's rems


def test_only_the_shell_gets_the_script_once():
    shell = first_width.inject(SHELL, 17.0)
    assert shell.count(b"ui/first_width.py") == 1
    assert shell.index(b"ui/first_width.py") < shell.index(b"<meta charset")   # before anything else runs
    assert first_width.inject(shell, 17.0) == shell                             # never twice
    room = (ROOT / "ui" / "room" / "index.html").read_bytes()
    assert first_width.inject(room, 17.0) == room                               # a component's frame: untouched
    assert first_width.inject(b"<html><head></head><body>x</body></html>", 17.0).count(b"first_width") == 0


def test_the_script_writes_the_cookie_the_server_reads():
    text = first_width.script(17.0).decode()
    assert 'document.cookie = "room_px=" + col' in text and "path=/" in text
    assert re.search(r"if \(w < 1000\) return", text)
    assert "318.75" in text and "170.0" in text and "1800" in text


def _serve(app, method="GET", accept=b"text/html", encoding=b"gzip, br"):
    """Run middleware-wrapped `app` once; (start message, body bytes, headers the app saw)."""
    seen, sent = {}, []

    async def inner(scope, receive, send):
        seen.update(dict(scope["headers"]))
        await app(scope, receive, send)

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": method, "path": "/registry",
             "headers": [(b"accept", accept), (b"accept-encoding", encoding)]}
    # in a thread of its own: a worker that ran the browser tests before holds Playwright's running event
    # loop in this thread, where asyncio.run refuses to start
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, first_width.FirstWidth(inner)(scope, receive, send)).result(60)
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start, body, seen


def _static(body, content_type=b"text/html; charset=utf-8", status=200, extra=()):
    async def app(scope, receive, send):
        headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode()),
                   (b"etag", b'"abc"'), *extra]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        half = len(body) // 2   # sent in two parts: the middleware holds them until the last
        await send({"type": "http.response.body", "body": body[:half], "more_body": True})
        await send({"type": "http.response.body", "body": body[half:], "more_body": False})
    return app


def test_the_middleware_puts_the_script_in_the_served_shell():
    start, body, seen = _serve(_static(SHELL))
    assert b"ui/first_width.py" in body and body.endswith(b"</html>\n")
    headers = dict(start["headers"])
    assert int(headers[b"content-length"]) == len(body)
    assert b"etag" not in headers          # the file's tag no longer names what was sent
    assert b"accept-encoding" not in seen   # the shell is asked for uncompressed


@pytest.mark.parametrize("content_type, extra, status, method", [
    (b"application/javascript", (), 200, "GET"),
    (b"text/html", ((b"content-encoding", b"gzip"),), 200, "GET"),
    (b"text/html", (), 404, "GET"),
    (b"text/html", (), 200, "POST"),
])
def test_everything_else_passes_through_untouched(content_type, extra, status, method):
    start, body, _ = _serve(_static(SHELL, content_type, status, extra), method=method)
    assert body == SHELL
    assert dict(start["headers"])[b"etag"] == b'"abc"'


def test_a_non_page_request_keeps_its_compression():
    _, _, seen = _serve(_static(b"x", b"application/json"), accept=b"application/json")
    assert seen[b"accept-encoding"] == b"gzip, br"


def test_dashboard_declares_the_app_outside_its_page_runs():
    """`streamlit run dashboard.py` serves through the st.App only if its AST search finds it."""
    from streamlit.web.server.app_discovery import discover_asgi_app

    found = discover_asgi_app(ROOT / "dashboard.py")
    assert found.is_asgi_app and found.app_name == "app"
    source = (ROOT / "dashboard.py").read_text(encoding="utf-8")
    assert "Middleware(FirstWidth)" in source
