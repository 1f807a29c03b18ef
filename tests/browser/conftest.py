"""Real-browser harness: one ETL-built DuckDB, one Streamlit server and one headless Chromium per session.

The server runs `dashboard.py` exactly as `make run` does, on a free port on 127.0.0.1, reading a
database the ETL built from `data/raw` in a temporary folder (ENGAGEMENT_DB). Chromium is the Debian
package at /usr/bin/chromium driven by the pip `playwright` package (no `playwright install`).
A missing Chromium skips these tests loudly on a workstation and fails them in CI.
"""
from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
# the app under test; overridable to point the harness at a scratch copy of the dashboard
APP_ROOT = Path(os.environ.get("DASHBOARD_ROOT", ROOT)).resolve()
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]
VIEWPORT = {"width": 1600, "height": 1000}
TIMEOUT_MS = 30_000
HEALTH_TIMEOUT_S = 60
ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
# Streamlit (open issue streamlit/streamlit#7074): opened directly on a sub-page such as /registry,
# the frontend first probes /registry/_stcore/{health,host-config} to find its base path, gets 404s,
# then uses /_stcore/. Those two 404 console lines are the framework's, not the dashboard's; they
# are tolerated only for exactly these endpoints one path level below the root.
STREAMLIT_BASEPATH_PROBE = re.compile(
    r"^https?://[^/]+/[^/?#]+/_stcore/(health|host-config|allowed-message-origins)(\?.*)?$")
SKIP_MESSAGE = "BROWSER TESTS SKIPPED: install Debian chromium: apt-get install chromium"


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _missing_browser(reason: str) -> None:
    """Fail in CI, skip loudly elsewhere."""
    if _in_ci():
        pytest.fail(f"Browser tests cannot run in CI: {reason}. The CI job must install Debian chromium "
                    f"(apt-get install -y chromium).", pytrace=False)
    banner = "!" * 78
    sys.stderr.write(f"\n{banner}\n{SKIP_MESSAGE} ({reason})\n{banner}\n")
    pytest.skip(f"{SKIP_MESSAGE} ({reason})")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _log_tail(path: Path, lines: int = 60) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "<no log>"


def is_local_url(url: str) -> bool:
    """True for URLs that stay on this machine (loopback HTTP/WS, data:, blob:, about:)."""
    scheme = url.split(":", 1)[0].lower()
    if scheme in ("data", "blob", "about", "chrome-error"):
        return True
    host = (urlsplit(url).hostname or "").lower()
    return host in LOCAL_HOSTS or host.startswith("127.")


# --------------------------------------------------------------------------------------------- data

@pytest.fixture(scope="session")
def browser_db(sample_db) -> Path:
    """The real DuckDB the ETL built from the sample (tests/conftest.py); the server only reads it."""
    return sample_db


@pytest.fixture(scope="session")
def db(sample_con):
    """Read-only SQL access to the database the dashboard serves (the tests' independent oracle)."""
    return sample_con


# ------------------------------------------------------------------------------------------- server

@contextlib.contextmanager
def serve_dashboard(db_path: Path, log_dir: Path, log_name: str = "streamlit.log"):
    """`streamlit run dashboard.py` against db_path on a free port; yields its base URL (no trailing
    slash) once /_stcore/health answers, stops it afterwards and keeps its log in test-artifacts/."""
    port = _free_port()
    log_path = log_dir / log_name
    env = dict(os.environ, ENGAGEMENT_DB=str(db_path), PYTHONUNBUFFERED="1")
    cmd = [sys.executable, "-m", "streamlit", "run", "dashboard.py",
           "--server.headless", "true", "--server.address", "127.0.0.1", "--server.port", str(port),
           "--browser.gatherUsageStats", "false"]
    log = open(log_path, "w", encoding="utf-8")
    proc = subprocess.Popen(cmd, cwd=APP_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + HEALTH_TIMEOUT_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited with code {proc.returncode} before becoming healthy:\n"
                            f"{_log_tail(log_path)}", pytrace=False)
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as resp:
                    if resp.read().decode().strip() == "ok":
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"streamlit not healthy on {base} after {HEALTH_TIMEOUT_S} s:\n"
                            f"{_log_tail(log_path)}", pytrace=False)
            time.sleep(0.25)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()
        # keep the server log next to the screenshots for post-mortems
        try:
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            (ARTIFACTS / log_name).write_text(log_path.read_text(encoding="utf-8", errors="replace"),
                                              encoding="utf-8")
        except OSError:
            pass


@pytest.fixture(scope="session")
def app_url(browser_db, tmp_path_factory) -> str:
    """Start `streamlit run dashboard.py` against browser_db; yield its base URL (no trailing slash)."""
    with serve_dashboard(browser_db, tmp_path_factory.mktemp("streamlit")) as base:
        yield base


# ------------------------------------------------------------------------------------------ browser

@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for the session."""
    if not CHROMIUM.exists():
        _missing_browser(f"{CHROMIUM} not found")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - requirements-dev pins playwright
        _missing_browser(f"python package playwright missing: {exc}")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageProbe:
    """What a page did: console errors, uncaught exceptions, every request and failed request."""

    def __init__(self, page):
        self.page = page
        self.console_errors: list[str] = []
        self.ignored: list[str] = []        # tolerated framework noise, kept for the record
        self.page_errors: list[str] = []
        self.requests: list[str] = []
        self.failed: list[str] = []
        self.responses: dict[str, int] = {}
        page.on("console", self._on_console)
        page.on("pageerror", lambda exc: self.page_errors.append(str(exc)))
        page.on("request", lambda req: self.requests.append(req.url))
        page.on("requestfailed", lambda req: self.failed.append(f"{req.url} ({req.failure})"))
        page.on("response", lambda resp: self.responses.__setitem__(resp.url, resp.status))
        page.on("websocket", lambda ws: self.requests.append(ws.url))

    def _on_console(self, msg) -> None:
        if msg.type != "error":
            return
        loc = msg.location or {}
        url = loc.get("url", "") or ""
        line = f"{msg.text} @ {url}:{loc.get('lineNumber', '')}"
        if "404" in msg.text and STREAMLIT_BASEPATH_PROBE.match(url):
            self.ignored.append(line)
        else:
            self.console_errors.append(line)

    def external_requests(self) -> list[str]:
        return [url for url in self.requests if not is_local_url(url)]


@pytest.fixture
def probe(browser, app_url):
    """A fresh 1600x1000 page (own context) with its PageProbe; the server starts after the browser
    check so a missing Chromium skips without building anything else."""
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True, locale="ru-RU",
                                  base_url=app_url)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    pr = PageProbe(page)
    yield pr
    context.close()


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture(scope="session", autouse=True)
def _fresh_failure_shots():
    """FAILED-<page>.png are written when a page does not load; drop those of earlier runs."""
    for stale in SCREENSHOTS.glob("FAILED-*.png") if SCREENSHOTS.exists() else ():
        stale.unlink(missing_ok=True)
