"""Every page runs inside dashboard.py's router (st.navigation), even when opened by its own URL."""
from __future__ import annotations

import runpy
import threading
from contextlib import contextmanager
from pathlib import Path

import streamlit as st

from . import access

_ENTRY = Path(__file__).resolve().parent.parent / "dashboard.py"

_ROUTER = threading.local()


@contextmanager
def routed():
    """Marks a page run as coming through dashboard.py's router (st.navigation)."""
    depth = getattr(_ROUTER, "depth", 0)
    _ROUTER.depth = depth + 1
    try:
        yield
    finally:
        _ROUTER.depth = depth
        if depth == 0:
            access.begin_run()


def enter_page() -> None:
    """First line of every page in pages/.

    A `pages/` folder beside the entry script makes Streamlit start in its old multipage mode, which
    runs a directly linked page (/sectors) on its own, before dashboard.py has ever called
    st.navigation in this process (and AppTest does so on every switch_page). Such a run executes the
    router instead, which runs this page inside it with the sidebar and page config, then stops."""
    if getattr(_ROUTER, "depth", 0):
        return
    runpy.run_path(str(_ENTRY), run_name="__main__")
    st.stop()
