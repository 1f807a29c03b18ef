"""How tall a map must be for its geography to fill its width: plotly's geo keeps the projection's
aspect, so a 490-px-wide map column 560 px tall showed the partners' stretch of the world (Nigeria to
Mongolia, ≈ 2 : 1) as a 250-px band with two 110-px empty bands above and below it (uxqa13, Страны at
1366×768). The height follows from the shown countries' extent (their outlines in the bundled
static/topojson/world_110m.json) and the circles' points, projected as plotly draws them.

    >>> round(projected_aspect(["BLR", "KAZ", "NGA", "KHM"]), 2)
    1.75
"""
from __future__ import annotations

import functools
import json
import math
from pathlib import Path

WORLD = Path(__file__).resolve().parents[1] / "static" / "topojson" / "world_110m.json"


@functools.lru_cache(maxsize=1)
def country_bounds() -> dict[str, tuple[float, float, float, float]]:
    """ISO-3 code → (west, south, east, north) in degrees, from the bundled topojson's country arcs."""
    data = json.loads(WORLD.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = data["transform"]["scale"], data["transform"]["translate"]
    arcs = []
    for arc in data["arcs"]:           # quantized and delta-encoded
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def arc_ids(nested):
        for item in nested:
            if isinstance(item, list):
                yield from arc_ids(item)
            else:
                yield item

    bounds = {}
    for geometry in data["objects"]["countries"]["geometries"]:
        points = [p for i in arc_ids(geometry.get("arcs", [])) for p in arcs[i if i >= 0 else ~i]]
        if points and geometry.get("id"):
            lons, lats = [p[0] for p in points], [p[1] for p in points]
            bounds[str(geometry["id"])] = (min(lons), min(lats), max(lons), max(lats))
    return bounds


def _natural_earth(lon: float, lat: float) -> tuple[float, float]:
    """The Natural Earth projection (Šavrič et al. 2011, as d3-geo and plotly.js draw it)."""
    phi, lam = math.radians(lat), math.radians(lon)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)))
    y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
    return x, y


def extent(alpha3: list[str], points: list[tuple[float, float]] = ()) -> tuple[float, float, float, float] | None:
    """(west, south, east, north) in degrees around these countries and (lat, lon) points; None when
    none of them is known."""
    bounds = country_bounds()
    boxes = [bounds[a] for a in alpha3 if a in bounds]
    boxes += [(lon, lat, lon, lat) for lat, lon in points if lat == lat and lon == lon]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def fitted_window(alpha3: list[str], points: list[tuple[float, float]] = ()) -> dict | None:
    """The geo window (plotly layout.geo keys) showing these countries and points with a margin: the
    lon/lat ranges and the projection's centre longitude; None when nothing is known (the whole world).

    plotly's own fitbounds="locations" zooms to them but keeps its frame at the world's 1.92 : 1 whatever
    their shape (measured with kaleido: Belarus alone in a 400×400 picture was a 400×208 map, Cuba to
    Mongolia in 930×232 a 377×182 one — a quarter of the slide's box, uxqa30); with explicit ranges the
    frame takes the window's own shape, the one projected_aspect gives and the map's box is sized to.

    >>> fitted_window(["BLR"])["projection_rotation_lon"]
    28.0
    """
    box = extent(alpha3, points)
    if box is None:
        return None
    west, south, east, north = box
    pad_lon, pad_lat = max(1.0, (east - west) * 0.03), max(1.0, (north - south) * 0.03)
    west, east = max(-180.0, west - pad_lon), min(180.0, east + pad_lon)
    south, north = max(-90.0, south - pad_lat), min(90.0, north + pad_lat)
    return {"lonaxis_range": [round(west, 2), round(east, 2)], "lataxis_range": [round(south, 2), round(north, 2)],
            "projection_rotation_lon": round((west + east) / 2, 1)}


def projected_aspect(alpha3: list[str], points: list[tuple[float, float]] = ()) -> float:
    """Width : height of the lon/lat box around these countries and (lat, lon) points, projected:
    what the map shows in fitted_window. 2.0 (the world) when nothing is known."""
    box = extent(alpha3, points)
    if box is None:
        return 2.0
    west, south, east, north = box
    middle = (west + east) / 2
    lats = [south + (north - south) * i / 8 for i in range(9)]
    projected = [_natural_earth(lon - middle, lat) for lat in lats for lon in (west, middle, east)]
    xs, ys = [p[0] for p in projected], [p[1] for p in projected]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    return max(0.5, min(4.0, width / height)) if height > 0 and width > 0 else 2.0


def fitted_height(width_px: int, aspect: float, extra_px: int = 0, bounds: tuple[int, int] = (300, 640)) -> int:
    """The height (px) a `width_px`-wide map of this aspect needs, plus `extra_px` (a colour bar under
    it), within `bounds`."""
    return int(max(bounds[0], min(bounds[1], width_px / aspect + extra_px)))


def fitted_picture(box_w_px: int, box_h_px: int, aspect: float, extra_px: int = 0) -> tuple[int, int]:
    """The largest map picture (width, height in px) inside a `box_w_px` × `box_h_px` box whose map part
    has the geography's `aspect` and `extra_px` more under it (a colour bar): as wide as the box when the
    geography is wide, as tall as the box (and narrower) when it is tall — no empty bands in the
    picture. A slide's 6.2 × 4.9-inch box at 150 px an inch and Belarus with Russia's west (≈ 1.1 : 1)
    gives a picture the box's height, 592 px wide, where the fixed 900 × 500 showed the same map as a
    strip between two empty bands."""
    width = box_w_px
    height = width / aspect + extra_px
    if height > box_h_px:
        height = box_h_px
        width = max(1.0, (box_h_px - extra_px) * aspect)
    return int(round(width)), int(round(height))
