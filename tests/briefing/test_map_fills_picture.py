"""The deck's partner map fills the picture shaped for it (uxqa30).

The picture is shaped to the partners' geography (map_fit.fitted_picture, tests/briefing/test_pptx_map_fit.py),
but nothing looked at the map drawn inside it. With another region's partners (SYNTHETIC Khakassia, IV 2025:
Cuba to Mongolia) the slide's map filled about a quarter of its box: plotly's fitbounds="locations" keeps its
frame at the world's 1.92 : 1 whatever the window, so a 4 : 1 picture got a 377×182 map in its 930×232 map
part, and Japan with Korea (1.1 : 1) a strip between two empty bands. partner_map now sets the window itself
(map_fit.fitted_window). The check draws the map as the deck does (kaleido, the slide box's picture size),
without its colour bar, and measures the drawn land and sea: both its width and its height fill most of
the picture — for partner sets wide, tall, small and world-spanning."""
from __future__ import annotations

import io
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from briefing import map_image

BOX = (6.2, 4.9)   # inches: the countries slide's right half
FILLED = 0.85
NO_REGIONS = pd.DataFrame(columns=["region_name", "country_code", "lat", "lon", "events"])


def partners(*pairs) -> SimpleNamespace:
    """A SYNTHETIC quarter's partners: (ISO-3, events); a review's countries and regions only."""
    countries = pd.DataFrame({"alpha3": [a for a, _ in pairs], "country_code": [a[:2] for a, _ in pairs],
                              "name_ru": [a for a, _ in pairs], "name_en": [a for a, _ in pairs],
                              "events": [n for _, n in pairs]})
    return SimpleNamespace(countries=countries, regions=NO_REGIONS)


QUARTERS = {
    "cuba_to_mongolia": partners(("MNG", 2), ("KAZ", 1), ("CUB", 1), ("ARE", 1), ("SRB", 1)),
    "brazil_to_vietnam": partners(("VNM", 3), ("BRA", 1), ("EGY", 1), ("IND", 2), ("LAO", 1)),
    "japan_and_korea": partners(("JPN", 5), ("KOR", 1)),
    "belarus_alone": partners(("BLR", 12),),
    "belarus_to_cambodia": partners(("BLR", 62), ("KAZ", 2), ("NGA", 1), ("KHM", 1)),
}


def drawn_frame(png: bytes) -> tuple[int, int, int, int]:
    """Width and height of the drawn map (land and sea: every pixel not white) and of the picture."""
    from PIL import Image

    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    ys, xs = np.where(np.abs(pixels - 255).sum(axis=2) > 6)
    return int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1), pixels.shape[1], pixels.shape[0]


def test_the_frame_measure():
    from PIL import Image

    picture = Image.new("RGB", (100, 50), "white")
    picture.paste((232, 241, 250), (10, 5, 60, 45))
    out = io.BytesIO()
    picture.save(out, format="PNG")
    assert drawn_frame(out.getvalue()) == (50, 40, 100, 50)


@pytest.mark.parametrize("name", QUARTERS)
def test_the_map_fills_its_picture(name):
    import plotly.io as pio

    review = QUARTERS[name]
    if not map_image._ready():
        pytest.skip(f"MAP NOT DRAWN, kaleido unavailable: {map_image.map_png_problem()}")
    width, height = map_image.picture_size(review, *BOX)
    height -= map_image.MAP_EXTRA_PX          # the map part: the colour bar is left out of this drawing
    fig = map_image.map_figure(review, "ru", width, height)
    for trace in fig.data:
        if trace.type == "choropleth":
            trace.showscale = False
    try:
        png = map_image._drawer.draw(fig.to_dict(), dict(format="png", width=width, height=height, scale=1),
                                     pio.defaults.topojson, map_image.DRAW_TIMEOUT_S)
    except Exception as error:      # no Chromium here: say so, do not pass
        pytest.skip(f"MAP NOT DRAWN ({type(error).__name__}: {error})")
    frame_w, frame_h, pic_w, pic_h = drawn_frame(png)
    assert frame_w >= FILLED * pic_w and frame_h >= FILLED * pic_h, \
        f"{name}: the map is drawn {frame_w}×{frame_h} px in its {pic_w}×{pic_h} picture"
