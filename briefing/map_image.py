"""The partner map as a PNG for the PPTX: plotly → kaleido 1.5, which drives the system Chromium
(/usr/bin/chromium, or BROWSER_PATH), with the world geometry read from static/topojson/ so nothing
is fetched. A missing kaleido or Chromium is not an error: the deck is still built, without the map,
and `map_png_problem()` says why (the tests print it and skip rather than pass silently)."""
from __future__ import annotations

import asyncio
import atexit
import concurrent.futures
import threading
from functools import lru_cache

from analytics import charts, map_fit

from .model import QuarterReview

from .html_writer import ROOT

TOPOJSON_DIR = ROOT / "static" / "topojson"
DRAW_TIMEOUT_S = 90  # a cold Chromium start under load takes seconds, never a minute and a half
IDLE_CLOSE_S = 120  # a kept Chromium (~150 MB) is closed after two minutes without a picture
_problems: list[str] = []


@lru_cache(maxsize=1)
def _ready() -> bool:
    try:
        import kaleido  # noqa: F401
        import plotly.io as pio
    except ImportError as error:
        _problems.append(f"kaleido не установлен: {error}")
        return False
    pio.defaults.topojson = TOPOJSON_DIR.as_uri() + "/"
    return True


# The picture is shown ~6 inches wide on a 13.33-inch slide: at 900 px its type must be this large to
# read as the deck's 14-pt minimum (its colour scale's numbers were 12 px, ~7 pt on the slide)
MAP_FONT_PX = 26


def map_figure(review: QuarterReview, lang: str = "ru", width: int = 900, height: int = 500):
    """The partner map as the deck shows it: in the deck's language (the English deck had a Russian
    colour-scale title, «Мероприятия, шт.»), its scale's numbers and title at the deck's type size."""
    fig = charts.partner_map(review.countries, review.regions, lang)
    fig.update_layout(width=width, height=height, margin=dict(l=0, r=0, t=0, b=0), font_family="Arial",
                      font_size=MAP_FONT_PX)
    for trace in fig.data:
        if trace.type == "choropleth":
            trace.colorbar.tickfont.size = MAP_FONT_PX
            trace.colorbar.title.font.size = MAP_FONT_PX
            trace.colorbar.thickness = 18
    return fig


PICTURE_PPI = 150            # picture pixels per slide inch (900 px on a 6-inch box): MAP_FONT_PX reads at 14 pt
MAP_EXTRA_PX = 4 * MAP_FONT_PX   # the colour bar, its numbers and title under the map


def picture_size(review: QuarterReview, box_w_in: float, box_h_in: float) -> tuple[int, int]:
    """The map picture's pixels for a slide box of these inches, shaped to the shown countries' and
    regions' geography as the page's map is (analytics.map_fit), at PICTURE_PPI."""
    aspect = charts.partner_map_aspect(review.countries, review.regions)
    return map_fit.fitted_picture(int(box_w_in * PICTURE_PPI), int(box_h_in * PICTURE_PPI), aspect, MAP_EXTRA_PX)


class _KeptDrawer:
    """One kaleido (one headless Chromium) kept between drawings, closed after IDLE_CLOSE_S without one.

    A fresh kaleido per picture (plotly's `fig.to_image`) starts Chromium every time: 6–7 s a deck on
    this machine, of which the drawing is ~1 s. Kept, a second deck (the English one, the next quarter,
    the CLI's two languages) draws its map in ~1–1.5 s. One drawing at a time (a lock; kaleido with one
    tab), each bounded by DRAW_TIMEOUT_S; a drawing past it abandons this Chromium (the next picture
    starts a new one), so a hung browser costs one deck its map, never the download. Closed at exit."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._kaleido = None
        self._idle_timer: threading.Timer | None = None
        atexit.register(self.close)

    def draw(self, fig_dict: dict, opts: dict, topojson: str | None, limit: float) -> bytes:
        """PNG bytes; TimeoutError past `limit` seconds (waiting for another drawing included)."""
        if not self._lock.acquire(timeout=limit):
            raise TimeoutError
        try:
            if self._idle_timer:
                self._idle_timer.cancel()
            if self._kaleido is None:
                self._open()
            future = asyncio.run_coroutine_threadsafe(
                self._kaleido.calc_fig(fig_dict, opts=opts, topojson=topojson), self._loop)
            try:
                return future.result(limit)
            except concurrent.futures.TimeoutError:
                future.cancel()
                self._shut(wait_s=2)
                raise TimeoutError from None
            except BaseException:
                self._shut(wait_s=5)      # a failed drawing may leave the tab in any state: start afresh
                raise
        finally:
            if self._kaleido is not None:
                self._idle_timer = threading.Timer(IDLE_CLOSE_S, self._close_if_idle)
                self._idle_timer.daemon = True
                self._idle_timer.start()
            self._lock.release()

    def _open(self) -> None:
        import kaleido

        loop = asyncio.new_event_loop()
        threading.Thread(target=loop.run_forever, name="map_drawer", daemon=True).start()
        self._loop = loop
        # the browser starts with the first picture's call (open is awaited there, inside its limit)
        drawer = kaleido.Kaleido(n=1, timeout=None)
        self._kaleido = _Opened(drawer)

    def _shut(self, wait_s: float) -> None:
        drawer, loop = self._kaleido, self._loop
        self._kaleido = self._loop = None
        if drawer is None or loop is None:
            return
        try:
            asyncio.run_coroutine_threadsafe(drawer.close(), loop).result(wait_s)
        except BaseException:       # a browser that will not close is killed with the process; go on
            pass
        loop.call_soon_threadsafe(loop.stop)

    def _close_if_idle(self) -> None:
        if self._lock.acquire(blocking=False):
            try:
                self._shut(wait_s=10)
            finally:
                self._lock.release()

    def close(self) -> None:
        """Close the kept Chromium now (at exit; tests that count processes)."""
        if self._idle_timer:
            self._idle_timer.cancel()
        if self._lock.acquire(timeout=DRAW_TIMEOUT_S):
            try:
                self._shut(wait_s=10)
            finally:
                self._lock.release()

    @property
    def is_open(self) -> bool:
        return self._kaleido is not None and self._kaleido.opened


class _Opened:
    """A kaleido whose browser is opened by its first drawing, inside that drawing's time limit."""

    def __init__(self, drawer) -> None:
        self._drawer = drawer
        self.opened = False

    async def calc_fig(self, fig_dict: dict, *, opts: dict, topojson: str | None) -> bytes:
        if not self.opened:
            await self._drawer.open()
            self.opened = True
        return await self._drawer.calc_fig(fig_dict, opts=opts, topojson=topojson)

    async def close(self) -> None:
        if self.opened:
            await self._drawer.close()


_drawer = _KeptDrawer()


def map_png(review: QuarterReview, lang: str = "ru", width: int = 900, height: int = 500) -> bytes | None:
    """PNG bytes of the partner countries map, or None when it cannot be drawn here."""
    if not len(review.countries) or not _ready():
        return None
    import plotly.io as pio

    fig = map_figure(review, lang, width, height)
    opts = dict(format="png", width=width, height=height, scale=2)
    # kaleido waits on its Chromium without a limit; once in CI it never answered and the deck's download
    # (and the test run) hung. Bounded in time: past it the deck is built without the map.
    try:
        return _drawer.draw(fig.to_dict(), opts, pio.defaults.topojson, DRAW_TIMEOUT_S)
    except TimeoutError:
        _problems.append(f"карта не нарисована: Chromium не ответил за {DRAW_TIMEOUT_S} с")
    except Exception as error:      # kaleido raises its own types for a missing or failing browser
        _problems.append(f"карта не нарисована ({type(error).__name__}: {error})")
    return None


def map_png_problem() -> str | None:
    """Why the last map could not be drawn, in Russian, or None."""
    return _problems[-1] if _problems else None
