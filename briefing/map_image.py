"""The partner map as a PNG for the PPTX: plotly → kaleido 1.5, which drives the system Chromium
(/usr/bin/chromium, or BROWSER_PATH), with the world geometry read from static/topojson/ so nothing
is fetched. A missing kaleido or Chromium is not an error: the deck is still built, without the map,
and `map_png_problem()` says why (the tests print it and skip rather than pass silently)."""
from __future__ import annotations

import threading
from functools import lru_cache

from analytics import charts, map_fit

from .model import QuarterReview

from .html_writer import ROOT

TOPOJSON_DIR = ROOT / "static" / "topojson"
DRAW_TIMEOUT_S = 90  # a cold Chromium start under load takes seconds, never a minute and a half
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


def map_png(review: QuarterReview, lang: str = "ru", width: int = 900, height: int = 500) -> bytes | None:
    """PNG bytes of the partner countries map, or None when it cannot be drawn here."""
    if not len(review.countries) or not _ready():
        return None
    fig = map_figure(review, lang, width, height)
    drawn: list = []

    def draw() -> None:
        try:
            drawn.append(fig.to_image(format="png", width=width, height=height, scale=2))
        except Exception as error:      # kaleido raises its own types for a missing or failing browser
            drawn.append(error)

    # kaleido waits on its Chromium without a limit; once in CI it never answered and the deck's download
    # (and the test run) hung. A daemon thread bounded in time: past it the deck is built without the map.
    worker = threading.Thread(target=draw, name="map_png", daemon=True)
    worker.start()
    worker.join(DRAW_TIMEOUT_S)
    if not drawn:
        _problems.append(f"карта не нарисована: Chromium не ответил за {DRAW_TIMEOUT_S} с")
        return None
    if isinstance(drawn[0], Exception):
        _problems.append(f"карта не нарисована ({type(drawn[0]).__name__}: {drawn[0]})")
        return None
    return drawn[0]


def map_png_problem() -> str | None:
    """Why the last map could not be drawn, in Russian, or None."""
    return _problems[-1] if _problems else None
