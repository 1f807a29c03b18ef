"""The app's shell carries ui/print_fit.py's script (each chart's drawn size for the print CSS) once,
next to the first-width and Streamlit-words scripts; a component's frame and any other HTML do not.
The printed result itself is read from the PDF in tests/browser/test_page_print.py."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ui import print_fit  # noqa: E402
from ui.widgets import PRINT_CSS, PRINT_LEAST_ZOOM  # noqa: E402

from test_first_width import SHELL, _serve, _static  # noqa: E402


def test_only_the_shell_gets_the_script_once():
    shell = print_fit.inject(SHELL)
    assert shell.count(b"ui/print_fit.py") == 1
    assert shell.index(b"ui/print_fit.py") < shell.index(b"</head>")
    assert print_fit.inject(shell) == shell
    room = (ROOT / "ui" / "room" / "index.html").read_bytes()
    assert print_fit.inject(room) == room
    assert print_fit.inject(b"<html><head></head><body>x</body></html>").count(b"print_fit") == 0


def test_the_served_shell_carries_all_three_scripts():
    _start, body, _seen = _serve(_static(SHELL))
    for name in (b"ui/first_width.py", b"ui/chrome_language.py", b"ui/print_fit.py"):
        assert body.count(name) == 1, name


def test_the_print_css_reads_the_sizes_the_script_writes():
    for prop in ("--plot-w", "--plot-h"):
        assert prop in print_fit.SCRIPT and f"var({prop}" in PRINT_CSS
    assert f"max({PRINT_LEAST_ZOOM:g}," in PRINT_CSS and "%(least)s" not in PRINT_CSS
    screen = PRINT_CSS.split("@media print", 1)[0]
    assert "zoom" not in screen, "the screen's charts are never zoomed"
