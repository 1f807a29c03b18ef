"""Bounded load test of the dashboard: K concurrent sessions for D seconds against a real server.

It builds a database (the bundled sample, or a SYNTHETIC one of N events, or takes --db), starts
`streamlit run dashboard.py` on 127.0.0.1 with ENGAGEMENT_DB pointing at it, waits for
/_stcore/health, and lets K virtual users work the way readers do: each opens a link
(`/countries?country=BY`, `/registry?q=форум`, …), then changes sidebar filters, searches,
switches pages, picks an event or a dossier country, resets filters, opens another link in a new
tab, with a short think time between actions. It prints, per K: sessions started and held to the
end, errors (exceptions the app showed on the page, websocket drops, timeouts, compile errors,
«page not found»), reruns completed and p50/p95/max rerun latency.

The users speak Streamlit's own websocket protocol (`/_stcore/stream`, protobuf BackMsg/ForwardMsg
from `streamlit.proto`), exactly what the browser sends: a rerun request with the query string,
the page and the changed widget's state; the latency is the time from that request to the
server's `script_finished`. Why not Playwright contexts: on this 2-core machine 20 Chromium
contexts spent about 9× the server's CPU time drawing Plotly charts (measured: ~210 CPU-s in
Chromium against ~23 CPU-s in the server for two rounds of 20 page loads), so the figures would
have measured the browsers, not the dashboard. The browser's own rendering is covered by the
headless-Chromium tests in tests/browser/.

    $ .venv/bin/python bench/loadtest.py --sessions 5,10,20 --duration 60
    $ .venv/bin/python bench/loadtest.py --sessions 20 --synthetic-events 10000
    $ .venv/bin/python bench/loadtest.py --db data/engagement.duckdb --sessions 3 --duration 20

Results also go to bench/out/loadtest.json (one entry per data set, replaced on each run).
The exit code is 1 when any run saw an error, so `make loadtest` fails on one.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402
import websockets  # noqa: E402
from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402
from streamlit.proto.WidgetStates_pb2 import WidgetState  # noqa: E402

from analytics.filters import URL_KEYS  # noqa: E402

OUT_JSON = ROOT / "bench" / "out" / "loadtest.json"
HEALTH_TIMEOUT_S = 90
SIDEBAR = 1  # delta_path[0] of elements in st.sidebar (0 is the main block)
SEARCH_TERMS = ("Беларусь", "форум", "молодёжь", "соглашение", "выставка", "Витебск", "Казахстан", "студентов",
                "белорусский форум", "конференция", "")
FILTER_KEYS = ("f_sectors", "f_countries", "f_formats", "f_directions", "f_event_types", "f_months", "f_reports",
               "f_regions")
ACTIONS = {"filter": 34, "search": 14, "page": 30, "pick": 8, "reset": 5, "new_tab": 6, "language": 3}
FINISHED = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY}


# ------------------------------------------------------------------------------------ data sets

@dataclass
class DataSet:
    label: str
    path: Path
    events: int
    reports: int
    links: list[str]


def _links(path: Path) -> list[str]:
    """Deep links a reader might have been sent: pages with filters in the query string, an event card."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        sectors = [r[0] for r in con.execute("SELECT DISTINCT sector_key FROM events ORDER BY 1").fetchall()]
        countries = [r[0] for r in con.execute(
            "SELECT country_code FROM event_countries GROUP BY 1 ORDER BY count(*) DESC LIMIT 6").fetchall()]
        months = [r[0] for r in con.execute("SELECT DISTINCT month FROM event_months ORDER BY 1 DESC LIMIT 6").fetchall()]
        events = [r[0] for r in con.execute("SELECT event_id FROM events USING SAMPLE 8 ROWS").fetchall()]
    finally:
        con.close()
    q = URL_KEYS
    links = ["", "sectors", "dynamics", "participants", "registry", "review", "quality",
             f"countries?{q['countries']}={countries[0] if countries else 'BY'}",
             f"registry?{q['search']}=форум", f"registry?{q['search']}=Беларусь&{q['sectors']}={sectors[0]}",
             f"participants?{q['formats']}=online"]
    links += [f"sectors?{q['sectors']}={s}" for s in sectors[:4]]
    links += [f"countries?{q['countries']}={c}" for c in countries[1:4]]
    links += [f"dynamics?{q['months']}={m}" for m in months[:3]]
    links += [f"registry?event={e}" for e in events[:4]]
    return links


def describe(label: str, path: Path) -> DataSet:
    con = duckdb.connect(str(path), read_only=True)
    try:
        events, reports = con.execute("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM reports)").fetchone()
    finally:
        con.close()
    return DataSet(label, path, events, reports, _links(path))


def prepare_data(args, workdir: Path) -> DataSet:
    """--db as given; else the SYNTHETIC database of --synthetic-events; else data/raw loaded by the ETL."""
    if args.db:
        return describe(f"db:{Path(args.db).name}", Path(args.db).resolve())
    if args.synthetic_events:
        from bench.synthetic_db import build_synthetic_db

        path = workdir / "synthetic.duckdb"
        build_synthetic_db(path, args.synthetic_events)
        return describe(f"synthetic-{args.synthetic_events}", path)
    from etl.config import RAW_DIR
    from etl.load import load_reports
    from etl.read import report_files

    path = workdir / "sample.duckdb"
    results = load_reports(report_files([RAW_DIR]), path, rebuild=True)
    if not results or any(r.status == "failed" for r in results):
        raise SystemExit(f"the bundled reports did not load: {results}")
    return describe("bundled", path)


# ------------------------------------------------------------------------------------ the server

def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    process: subprocess.Popen
    port: int
    log_path: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def rss_mb(self) -> float | None:
        try:
            for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            return None
        return None

    def cpu_seconds(self) -> float | None:
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            return None

    def log_tracebacks(self) -> list[str]:
        """Tracebacks the server wrote to its log (an exception outside a page run shows up only there)."""
        text = self.log_path.read_text(encoding="utf-8", errors="replace")
        return [block.strip()[:4000] for block in re.split(r"(?=Traceback \(most recent call last\))", text)
                if block.startswith("Traceback")]


@contextmanager
def dashboard_server(db: Path, log_dir: Path, name: str = "streamlit"):
    """`streamlit run dashboard.py` on a free 127.0.0.1 port, reading `db`; healthy when yielded."""
    port = free_port()
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"{name}.log"
    env = dict(os.environ, ENGAGEMENT_DB=str(db), PYTHONUNBUFFERED="1")
    cmd = [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
           "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false"]
    with open(log_path, "w", encoding="utf-8") as log:
        process = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    server = Server(process, port, log_path)
    try:
        deadline = time.monotonic() + HEALTH_TIMEOUT_S
        while True:
            if process.poll() is not None:
                raise SystemExit(f"streamlit exited with code {process.returncode}:\n{log_path.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"{server.base}/_stcore/health", timeout=2) as resp:
                    if resp.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"streamlit not healthy after {HEALTH_TIMEOUT_S} s:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.3)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# ------------------------------------------------------------------------------------ one browser tab

@dataclass
class Widget:
    kind: str        # multiselect | selectbox | text_input | checkbox | button | …
    id: str
    options: list[str]
    in_sidebar: bool
    label: str


@dataclass
class Outcome:
    """One script run as the user saw it."""
    action: str
    page: str
    seconds: float
    status: str                  # ok | timeout | dropped | compile_error | page_not_found | connect_failed
    exceptions: list[dict] = field(default_factory=list)
    error_alerts: list[str] = field(default_factory=list)
    warnings: int = 0
    bytes: int = 0
    caption: str = ""            # the «Показаны: …» sentence under the page title, if the page drew one


def _user_key(widget_id: str) -> str:
    """'$$ID-35713fa0…-f_sectors' → 'f_sectors' (Streamlit ends a keyed widget's id with its key)."""
    parts = widget_id.split("-", 2)
    return parts[2] if len(parts) == 3 else widget_id


class Tab:
    """One websocket session, as one browser tab holds it: it reruns the script and reads the page back."""

    def __init__(self, port: int, timeout: float):
        self.url = f"ws://127.0.0.1:{port}/_stcore/stream"
        self.timeout = timeout
        self.ws = None
        self.reader: asyncio.Task | None = None
        self.cache: dict[str, ForwardMsg] = {}
        self.pages: dict[str, str] = {}          # url path ('' = home) → page_script_hash
        self.page = ""
        self.page_hash = ""
        self.query = ""
        self.widgets: dict[str, Widget] = {}     # widgets of the last finished run, by user key
        self.values: dict[str, WidgetState] = {}  # what each input widget holds now, by widget id
        self._pending: dict[str, Widget] = {}
        self._finished: asyncio.Future | None = None
        self._run: Outcome | None = None
        self.closed_by_us = False
        self.dropped: str | None = None

    async def connect(self) -> None:
        # No websocket pings: a browser sends none, and a busy server must not lose a tab to the client's policy.
        self.ws = await websockets.connect(self.url, subprotocols=["streamlit"], max_size=None,
                                           open_timeout=self.timeout, ping_interval=None)
        self.reader = asyncio.create_task(self._read())

    async def close(self) -> None:
        self.closed_by_us = True
        if self.ws is not None:
            await self.ws.close()
        if self.reader is not None:
            await asyncio.gather(self.reader, return_exceptions=True)

    # -------------------------------------------------------------- reading the page back
    async def _read(self) -> None:
        try:
            async for data in self.ws:
                message = ForwardMsg()
                message.ParseFromString(data)
                self._handle(message, len(data))
        except websockets.ConnectionClosed as exc:
            if not self.closed_by_us:
                self.dropped = f"websocket closed: {exc}"
        except Exception as exc:  # a message this client could not read is a harness bug: surface it
            self.dropped = f"client error: {exc!r}"
        if not self.closed_by_us and self.dropped is None:
            self.dropped = "websocket closed by the server"
        if self._finished is not None and not self._finished.done():
            self._finished.set_result("dropped")

    def _handle(self, message: ForwardMsg, size: int) -> None:
        run = self._run
        if run is not None:
            run.bytes += size
        kind = message.WhichOneof("type")
        if kind == "ref_hash":
            cached = self.cache.get(message.ref_hash)
            if cached is None:
                if run is not None:
                    run.error_alerts.append(f"harness: unknown ref_hash {message.ref_hash}")
                return
            message, kind = cached, cached.WhichOneof("type")
        elif message.metadata.cacheable and message.hash:
            self.cache[message.hash] = message
        if kind == "navigation":
            self.pages = {p.url_pathname: p.page_script_hash for p in message.navigation.app_pages}
            self.page_hash = message.navigation.page_script_hash
            self.page = next((p.url_pathname for p in message.navigation.app_pages
                              if p.page_script_hash == self.page_hash), self.page)
        elif kind == "page_info_changed":
            self.query = message.page_info_changed.query_string
        elif kind == "page_not_found" and run is not None:
            run.status = "page_not_found"
        elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
            self._element(message.delta.new_element, list(message.metadata.delta_path), run)
        elif kind == "script_finished":
            status = message.script_finished
            if self._finished is not None and not self._finished.done():
                self._finished.set_result("ok" if status in FINISHED else
                                          "compile_error" if status == ForwardMsg.FINISHED_WITH_COMPILE_ERROR else
                                          "early")

    def _element(self, element, path: list[int], run: Outcome | None) -> None:
        kind = element.WhichOneof("type")
        body = getattr(element, kind)
        if kind == "exception" and run is not None:
            if body.is_warning:
                run.warnings += 1
            else:
                run.exceptions.append({"type": body.type, "message": body.message,
                                       "stack_trace": list(body.stack_trace)})
        elif kind == "markdown" and "shown-caption" in body.body and run is not None:
            run.caption = re.sub(r"<[^>]+>", "", body.body).strip()
        elif kind == "alert" and body.format == body.ERROR and run is not None:
            run.error_alerts.append(body.body[:500])
        widget_id = getattr(body, "id", "") if kind not in ("exception", "alert") else ""
        if widget_id.startswith("$$ID-"):
            key = _user_key(widget_id)
            if key == "None":
                key = f"{kind}:{body.label}"
            widget = Widget(kind, widget_id, list(getattr(body, "options", [])), bool(path) and path[0] == SIDEBAR,
                            getattr(body, "label", ""))
            self._pending[key] = widget
            shown = _shown_value(kind, body)
            if shown is not None and (body.set_value or widget_id not in self.values):
                self.values[widget_id] = _widget_state(widget, shown)

    # -------------------------------------------------------------- one rerun
    async def rerun(self, action: str, *, page_name: str | None = None, page_hash: str | None = None,
                    query: str | None = None, widget: WidgetState | None = None) -> Outcome:
        """Send what the browser sends for this action; wait for script_finished."""
        if self.dropped:
            return Outcome(action, self.page, 0.0, "dropped", error_alerts=[self.dropped])
        message = BackMsg()
        state = message.rerun_script
        state.query_string = self.query if query is None else query
        state.page_script_hash = self.page_hash if page_hash is None else page_hash
        if page_name is not None:
            state.page_name = page_name
        # Like the browser, send the value of every input on the page, the changed one included.
        if widget is not None and widget.WhichOneof("value") != "trigger_value":
            self.values[widget.id] = widget
        present = {w.id for w in self.widgets.values()}
        state.widget_states.widgets.extend(v for k, v in self.values.items() if k in present and
                                           (widget is None or k != widget.id))
        if widget is not None:
            state.widget_states.widgets.append(widget)
        state.cached_message_hashes.extend(self.cache.keys())
        state.context_info.timezone = "Europe/Moscow"
        state.context_info.locale = "ru-RU"
        loop = asyncio.get_running_loop()
        self._finished = loop.create_future()
        self._pending = {}
        run = self._run = Outcome(action, page_name if page_name is not None else self.page, 0.0, "ok")
        start = time.perf_counter()
        await self.ws.send(message.SerializeToString())
        try:
            result = await asyncio.wait_for(asyncio.shield(self._finished), self.timeout)
        except asyncio.TimeoutError:
            run.status = "timeout"
            result = await self._finished  # a rerun is never sent over a running one
        run.seconds = time.perf_counter() - start
        if result == "dropped":
            run.status = "dropped"
            run.error_alerts.append(self.dropped or "dropped")
        elif run.status == "ok" and result != "ok":
            run.status = result
        if result == "ok":
            self.widgets = self._pending
            run.page = self.page
        self._run = None
        return run


# ------------------------------------------------------------------------------------ what a reader does

def _shown_value(kind: str, body):
    """The value an input shows when the server draws it (set by the app, or its default); None for
    elements whose state this client does not keep (buttons, charts, tables)."""
    if kind == "multiselect":
        return list(body.raw_values) if body.set_value else [body.options[i] for i in body.default
                                                             if i < len(body.options)]
    if kind == "selectbox":
        if body.set_value and body.HasField("raw_value"):
            return body.raw_value
        return body.options[body.default] if body.HasField("default") and body.default < len(body.options) else None
    if kind == "text_input":
        return body.value if body.set_value else (body.default if body.HasField("default") else "")
    if kind == "checkbox":
        return body.value if body.set_value else body.default
    return None


def _widget_state(widget: Widget, value) -> WidgetState:
    state = WidgetState(id=widget.id)
    if widget.kind == "multiselect":
        state.string_array_value.data.extend(value)
    elif widget.kind in ("selectbox", "text_input"):
        state.string_value = value
    elif widget.kind == "checkbox":
        state.bool_value = value
    elif widget.kind == "button":
        state.trigger_value = True
    else:
        raise ValueError(widget.kind)
    return state


async def act(tab: Tab, action: str, rng: random.Random, data: DataSet) -> Outcome | None:
    """One reader action on the current page; None when the page offers nothing for it."""
    widgets = tab.widgets
    if action == "filter":
        choices = [widgets[k] for k in FILTER_KEYS if k in widgets and widgets[k].options]
        if not choices:
            return None
        widget = rng.choice(choices)
        picked = [] if rng.random() < 0.3 else rng.sample(widget.options, min(len(widget.options), rng.choice((1, 1, 2))))
        return await tab.rerun(f"filter {widget.label}", widget=_widget_state(widget, picked))
    if action == "search" and "f_search" in widgets:
        return await tab.rerun("search", widget=_widget_state(widgets["f_search"], rng.choice(SEARCH_TERMS)))
    if action == "page" and tab.pages:
        target = rng.choice([p for p in tab.pages if p != "overview"])
        return await tab.rerun("page switch", page_name=target, page_hash=tab.pages[target], query="")
    if action == "pick":
        boxes = [w for w in widgets.values() if w.kind == "selectbox" and not w.in_sidebar and len(w.options) > 1]
        if not boxes:
            return None
        widget = rng.choice(boxes)
        return await tab.rerun(f"pick {widget.label}", widget=_widget_state(widget, rng.choice(widget.options)))
    if action == "reset":
        buttons = [w for w in widgets.values() if w.kind == "button" and w.in_sidebar]
        if not buttons:
            return None
        return await tab.rerun("reset filters", widget=_widget_state(buttons[0], True))
    if action == "language" and "lang_en" in widgets:
        return await tab.rerun("language", widget=_widget_state(widgets["lang_en"], rng.random() < 0.5))
    return None


async def open_link(port: int, link: str, timeout: float) -> tuple[Tab, Outcome]:
    """A new tab on /<page>?<query>, as when a reader follows a link."""
    tab = Tab(port, timeout)
    page, _, query = link.partition("?")
    start = time.perf_counter()
    try:
        await tab.connect()
    except (OSError, asyncio.TimeoutError, websockets.WebSocketException) as exc:
        return tab, Outcome(f"open /{link}", page, time.perf_counter() - start, "connect_failed",
                            error_alerts=[repr(exc)])
    outcome = await tab.rerun(f"open /{link}", page_name=page, page_hash="", query=query)
    return tab, outcome


@dataclass
class UserLog:
    outcomes: list[Outcome] = field(default_factory=list)
    started: bool = False
    held: bool = True
    tabs_opened: int = 0


async def virtual_user(index: int, port: int, data: DataSet, deadline: float, args, seed: int) -> UserLog:
    rng = random.Random(seed * 1000 + index)
    log = UserLog()
    await asyncio.sleep(rng.uniform(0, args.ramp))
    tab, outcome = await open_link(port, rng.choice(data.links), args.timeout)
    log.outcomes.append(outcome)
    log.tabs_opened += 1
    log.started = outcome.status in ("ok", "timeout")  # a slow first page is a timeout, not a lost session
    actions, weights = zip(*((a, w) for a, w in ACTIONS.items() if a in args.actions))
    while time.monotonic() < deadline:
        if tab.dropped or outcome.status in ("connect_failed", "dropped"):
            log.held = False
            await tab.close()
            tab, outcome = await open_link(port, rng.choice(data.links), args.timeout)  # the reader reloads
            log.outcomes.append(outcome)
            log.tabs_opened += 1
            continue
        await asyncio.sleep(rng.uniform(args.think_min, args.think_max))
        if time.monotonic() >= deadline:
            break
        action = rng.choices(actions, weights)[0]
        if action == "new_tab":
            await tab.close()
            tab, outcome = await open_link(port, rng.choice(data.links), args.timeout)
            log.tabs_opened += 1
        else:
            done = await act(tab, action, rng, data)
            if done is None:
                continue
            outcome = done
        log.outcomes.append(outcome)
    if tab.dropped:
        log.held = False
    await tab.close()
    return log


# ------------------------------------------------------------------------------------ one run

def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile: percentile([1, 2, 3, 4], 0.5) == 2."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-q * len(ordered) // 1))))
    return ordered[rank - 1]


def summarize(sessions: int, duration: float, logs: list[UserLog], server: Server, cpu_before: float | None,
              wall: float) -> dict:
    outcomes = [o for log in logs for o in log.outcomes]
    finished = [o for o in outcomes if o.status in ("ok", "timeout")]
    latencies = [o.seconds for o in finished]
    errors = {"exceptions": sum(len(o.exceptions) for o in outcomes),
              "websocket_drops": sum(o.status == "dropped" for o in outcomes),
              "connect_failures": sum(o.status == "connect_failed" for o in outcomes),
              "timeouts": sum(o.status == "timeout" for o in outcomes),
              "compile_errors": sum(o.status == "compile_error" for o in outcomes),
              "pages_not_found": sum(o.status == "page_not_found" for o in outcomes)}
    details = []
    for o in outcomes:
        for exc in o.exceptions:
            details.append({"kind": "exception", "page": o.page, "action": o.action, **exc})
        if o.status not in ("ok",):
            details.append({"kind": o.status, "page": o.page, "action": o.action, "seconds": round(o.seconds, 2),
                            "message": "; ".join(o.error_alerts)})
    by_action: dict[str, list[float]] = {}
    by_page: dict[str, list[float]] = {}
    for o in finished:
        by_action.setdefault(o.action.split(" ")[0], []).append(o.seconds)
        by_page.setdefault("/" + o.page, []).append(o.seconds)

    def figures(values: list[float]) -> dict:
        return {"n": len(values), "p50": _round(percentile(values, 0.5)), "p95": _round(percentile(values, 0.95)),
                "max": _round(max(values) if values else None)}

    shown = [exc["message"] for o in outcomes for exc in o.exceptions]
    errors["log_only_tracebacks"] = sum(not any(m and m in tb for m in shown) for tb in server.log_tracebacks())
    cpu_after = server.cpu_seconds()
    return {
        "sessions": sessions, "duration_s": duration, "wall_s": round(wall, 1),
        "started": sum(log.started for log in logs), "held": sum(log.started and log.held for log in logs),
        "tabs_opened": sum(log.tabs_opened for log in logs),
        "errors": sum(errors.values()), "error_counts": errors, "error_details": details[:50],
        "error_alerts_shown": sorted({a for o in outcomes for a in o.error_alerts if o.status == "ok"})[:20],
        "warnings_shown": sum(o.warnings for o in outcomes),
        "reruns": len([o for o in outcomes if o.status == "ok"]),
        "reruns_per_s": round(len(finished) / wall, 2) if wall else None,
        "latency_s": figures(latencies),
        "by_action": {k: figures(v) for k, v in sorted(by_action.items())},
        "by_page": {k: figures(v) for k, v in sorted(by_page.items())},
        "bytes_per_rerun_p50": percentile([o.bytes for o in finished], 0.5),
        "server_rss_mb": _round(server.rss_mb(), 0),
        "server_cpu_s": _round(cpu_after - cpu_before, 1) if cpu_after is not None and cpu_before is not None else None,
        "server_log_tracebacks": server.log_tracebacks()[:10],
    }


def _round(value, digits: int = 3):
    return None if value is None else round(value, digits)


async def _run_users(port: int, data: DataSet, sessions: int, args, seed: int) -> tuple[list[UserLog], float]:
    start = time.monotonic()
    deadline = start + args.duration
    logs = await asyncio.gather(*(virtual_user(i, port, data, deadline, args, seed) for i in range(sessions)))
    return list(logs), time.monotonic() - start


def run_once(data: DataSet, sessions: int, args) -> dict:
    log_dir = args.out.parent / "loadtest-logs"
    with dashboard_server(data.path, log_dir, f"{data.label}-K{sessions}") as server:
        cpu_before = server.cpu_seconds()
        load_before = os.getloadavg()[0]
        client_before = time.process_time()
        logs, wall = asyncio.run(_run_users(server.port, data, sessions, args, args.seed))
        result = summarize(sessions, args.duration, logs, server, cpu_before, wall)
        result["client_cpu_s"] = round(time.process_time() - client_before, 1)
        result["machine_load_1min"] = [round(load_before, 1), round(os.getloadavg()[0], 1)]
    result["server_log_tracebacks"] = server.log_tracebacks()[:10]
    result["log"] = str(server.log_path)
    return result


# ------------------------------------------------------------------------------------ report

def _seconds(value) -> str:
    return "-" if value is None else f"{value:.2f}"


def table(data: DataSet, results: list[dict]) -> str:
    head = (f"{'data':<22} {'K':>3} {'started':>7} {'held':>5} {'errors':>6} {'reruns':>6} {'rerun/s':>7} "
            f"{'p50 s':>6} {'p95 s':>6} {'max s':>6} {'srv CPU s':>9} {'RSS MB':>6}")
    lines = [head, "-" * len(head)]
    name = f"{data.label} ({data.events} ev)"
    for r in results:
        lat = r["latency_s"]
        lines.append(f"{name:<22} {r['sessions']:>3} {r['started']:>7} {r['held']:>5} {r['errors']:>6} "
                     f"{r['reruns']:>6} {r['reruns_per_s'] or 0:>7.2f} {_seconds(lat['p50']):>6} "
                     f"{_seconds(lat['p95']):>6} {_seconds(lat['max']):>6} {r['server_cpu_s'] or 0:>9.1f} "
                     f"{r['server_rss_mb'] or 0:>6.0f}")
    return "\n".join(lines)


def error_report(results: list[dict]) -> str:
    out = []
    for r in results:
        if not r["errors"] and not r["server_log_tracebacks"]:
            continue
        out.append(f"K={r['sessions']}: {r['error_counts']}")
        for d in r["error_details"][:10]:
            out.append(f"  [{d['kind']}] page /{d['page'].lstrip('/')} after «{d['action']}»: "
                       f"{d.get('type', '')} {d.get('message', '')}".rstrip())
            for line in d.get("stack_trace", [])[-8:]:
                out.append(f"      {line}")
        for tb in r["server_log_tracebacks"][:3]:
            out.append("  server log:\n    " + tb.replace("\n", "\n    "))
    return "\n".join(out)


def save(data: DataSet, results: list[dict], args, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        saved = json.loads(out.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        saved = {}
    saved[data.label] = {
        "client": "streamlit websocket protocol (/_stcore/stream, BackMsg/ForwardMsg)",
        "database": {"label": data.label, "events": data.events, "reports": data.reports},
        "settings": {"duration_s": args.duration, "think_s": [args.think_min, args.think_max],
                     "timeout_s": args.timeout, "ramp_s": args.ramp, "seed": args.seed,
                     "actions": {a: w for a, w in ACTIONS.items() if a in args.actions}},
        "machine": {"cpus": os.cpu_count(), "load_avg_at_start": list(os.getloadavg())},
        "finished_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "runs": results,
    }
    out.write_text(json.dumps(saved, ensure_ascii=False, indent=2), encoding="utf-8")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", default="5,10,20",
                        help="concurrent sessions; a list (5,10,20) runs each in turn (default 5,10,20)")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of work per run (default 60)")
    parser.add_argument("--db", help="serve this DuckDB file instead of building one")
    parser.add_argument("--synthetic-events", type=int, default=0,
                        help="serve a SYNTHETIC database of this many events (bench/synthetic_db.py)")
    parser.add_argument("--think", default="0.5-2", help="seconds a reader pauses between actions (default 0.5-2)")
    parser.add_argument("--timeout", type=float, default=30.0, help="a rerun slower than this is an error (default 30)")
    parser.add_argument("--ramp", type=float, default=2.0, help="users arrive within this many seconds (default 2)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--actions", default=",".join(ACTIONS),
                        help=f"what readers do, a subset of {','.join(ACTIONS)} (default: all)")
    parser.add_argument("--out", type=Path, default=OUT_JSON, help=f"JSON results (default {OUT_JSON.relative_to(ROOT)})")
    args = parser.parse_args(argv)
    try:
        args.session_counts = [int(k) for k in str(args.sessions).split(",") if k.strip()]
        low, _, high = args.think.partition("-")
        args.think_min, args.think_max = float(low), float(high or low)
    except ValueError:
        parser.error("--sessions is a list of integers (5,10,20); --think is seconds or a range (0.5-2)")
    if not args.session_counts or min(args.session_counts) < 1 or args.duration <= 0:
        parser.error("--sessions and --duration must be positive")
    args.actions = [a.strip() for a in args.actions.split(",") if a.strip()]
    if not args.actions or set(args.actions) - set(ACTIONS):
        parser.error(f"--actions: choose from {','.join(ACTIONS)}")
    if args.db and args.synthetic_events:
        parser.error("--db and --synthetic-events exclude each other")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="loadtest-") as tmp:
        workdir = Path(tmp)
        data = prepare_data(args, workdir)
        print(f"data: {data.label}, {data.events} events in {data.reports} reports; client: Streamlit websocket "
              f"protocol; {args.duration:g} s per run, think {args.think_min:g}-{args.think_max:g} s", flush=True)
        results = []
        for sessions in args.session_counts:
            result = run_once(data, sessions, args)
            lat = result["latency_s"]
            print(f"  K={sessions}: held {result['held']}/{sessions}, errors {result['errors']}, "
                  f"reruns {result['reruns']}, p95 {_seconds(lat['p95'])} s", flush=True)
            results.append(result)
        print()
        print(table(data, results))
        errors = error_report(results)
        if errors:
            print("\nErrors and server tracebacks:\n" + errors)
        save(data, results, args, args.out)
        print(f"\nresults: {args.out}")
    return 1 if any(r["errors"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
