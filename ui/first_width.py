"""The main column's width, guessed in the browser before the app's first page is drawn.

A browser's very first visit has no room_px cookie (ui/room/index.html writes it once the page is drawn),
so the server drew its first page for the laptop's column (widgets.FULL_WIDTH_PX) and the room frame's
report of a projector's 1,431-px column reran it a moment later — a visible jump on the first page of
the first visit. Streamlit 1.67 tells the server nothing of the browser's size before the first run,
but the WebSocket handshake carries the page's cookies: a tiny script in the app's HTML shell, run while
the page is parsed (before Streamlit's own bundle opens the WebSocket), writes the cookie the frame
would write, from the window's width and the layout Streamlit gives the main column (the sidebar, the
wide layout's padding and its greatest width, in rem of the theme's base font size). The frame then
finds its column within 16 px of what the page was drawn for and reports nothing.

The guess is only a first guess: a browser that already has the cookie keeps it (the frame keeps it
current), a window narrower than MIN_WINDOW_PX (the sidebar then overlays the page) gets none, and a
wrong one (a sidebar resized or collapsed) costs the one rerun every first visit cost before.

Served by FirstWidth, an ASGI middleware of the st.App that dashboard.py declares (so `streamlit run
dashboard.py`, `make run` and the tests' server all serve it); only the app's shell (the HTML page
with Streamlit's `<div id="root">`) is touched, never a component's frame or a file. The same shell also
gets ui/chrome_language.py's script (Streamlit's own words in the page's language), ui/print_fit.py's
(each chart's drawn size for print) and ui/focus_keeper.py's (the keyboard's focus kept when a run takes
its control away)."""
from __future__ import annotations

from . import chrome_language, focus_keeper, print_fit

COOKIE = "room_px"
MIN_WINDOW_PX = 1000   # below this the page is never drawn wider than the laptop's column anyway
# Streamlit 1.67's layout="wide" main column, measured in Chromium at 1024–2560 px windows (17-px base
# font): a window less the sidebar (18.75 rem, 318.75 px; a width the user dragged it to is kept in
# localStorage «sidebarWidth»), at most 1,800 px, less 5 rem of padding each side
SIDEBAR_REM = 18.75
PADDING_REM = 5.0
MAX_MAIN_PX = 1800
MARKER = b'<div id="root">'


def base_font_px() -> float:
    """The theme's base font size in pixels (.streamlit/config.toml theme.baseFontSize; 16 by default)."""
    try:
        from streamlit import config

        value = config.get_option("theme.baseFontSize")
        return float(value) if value else 16.0
    except Exception:   # noqa: BLE001 — an unknown option or config state: the browser's default
        return 16.0


def column_px(window_px: float, font_px: float, sidebar_px: float | None = None) -> int | None:
    """The main column's width in a `window_px`-wide window (what the room frame measures), or None when
    the window is too narrow to guess (the sidebar overlays the page there). Mirrors SCRIPT's sum."""
    if window_px < MIN_WINDOW_PX:
        return None
    side = sidebar_px if sidebar_px and sidebar_px > 0 else SIDEBAR_REM * font_px
    return int(min(window_px - side, MAX_MAIN_PX) - 2 * PADDING_REM * font_px)


SCRIPT = """<script>/* ui/first_width.py: the main column's width for the first page's first run */
(function () {
  try {
    if (/(?:^|;\\s*)%(cookie)s=/.test(document.cookie)) return;
    var w = window.innerWidth || document.documentElement.clientWidth || 0;
    if (w < %(min)d) return;
    var side = parseFloat(window.localStorage && window.localStorage.getItem("sidebarWidth"));
    if (!(side > 0)) side = %(side)s;
    var col = Math.floor(Math.min(w - side, %(max)d) - %(pad)s);
    if (col > 0) document.cookie = "%(cookie)s=" + col + "; path=/; max-age=31536000; SameSite=Lax";
  } catch (e) {}
})();
</script>"""


def script(font_px: float | None = None) -> bytes:
    font_px = base_font_px() if font_px is None else font_px
    return (SCRIPT % {"cookie": COOKIE, "min": MIN_WINDOW_PX, "side": repr(SIDEBAR_REM * font_px),
                      "max": MAX_MAIN_PX, "pad": repr(2 * PADDING_REM * font_px)}).encode()


def inject(body: bytes, font_px: float | None = None) -> bytes:
    """`body` with the script first in its <head>, if it is the app's shell (has Streamlit's root div and
    a <head>) and does not carry it yet; any other HTML unchanged."""
    if MARKER not in body or b"ui/first_width.py" in body:
        return body
    at = body.find(b"<head>")
    if at < 0:
        return body
    at += len(b"<head>")
    return body[:at] + script(font_px) + body[at:]


class FirstWidth:
    """ASGI middleware: the app's HTML shell gets the first-width script (inject). Responses other than an
    uncompressed 200 text/html pass through untouched and unbuffered; the shell is asked for
    uncompressed (its 8 KB) so the script can be put in."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope.get("type") != "http" or scope.get("method") not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        accepts = dict(scope.get("headers") or []).get(b"accept", b"")
        if b"text/html" in accepts:   # a page load: its shell uncompressed, so it can be read
            scope = dict(scope, headers=[(k, v) for k, v in scope.get("headers") or [] if k != b"accept-encoding"])
        state = {"start": None, "hold": False, "chunks": []}

        async def wrapped(message):
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers") or [])
                state["hold"] = (message.get("status") == 200 and scope.get("method") == "GET"
                                 and headers.get(b"content-type", b"").startswith(b"text/html")
                                 and b"content-encoding" not in headers)
                if not state["hold"]:
                    await send(message)
                else:
                    state["start"] = message
                return
            if message["type"] != "http.response.body" or not state["hold"]:
                await send(message)
                return
            state["chunks"].append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = focus_keeper.inject(print_fit.inject(chrome_language.inject(inject(b"".join(state["chunks"])))))
            skip = (b"content-length", b"etag", b"last-modified")
            headers = [(k, v) for k, v in state["start"].get("headers") or [] if k.lower() not in skip]
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**state["start"], "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, wrapped)
