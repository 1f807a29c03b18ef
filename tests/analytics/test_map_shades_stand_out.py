"""Every partner country on the map stands apart from the land and the sea around it (uxqa30).

Another region's quarter (SYNTHETIC Khakassia, IV 2025: Mongolia 2 events, Kazakhstan, Cuba, the Emirates
and Serbia 1 each), drawn on the briefing's slide and the Страны page: the partners with one event took
the scale's first shade, #dbe9f6 — 1.08 : 1 to the sea (#e8f1fa) and 1.10 to the land — and four of the
five partners were all but invisible, Cuba a pale island in a pale sea. The check reads the figure
charts.partner_map builds for several quarters' partners (one country; a few with one or two events; the
sample's spread of 62 to 1) and wants each country's colour, as plotly interpolates it from the scale,
at SHADE_CONTRAST (1.5) or more against the map's land and sea — and still darker for more events."""
from __future__ import annotations

import pandas as pd
import plotly.colors
import pytest

from analytics import charts
from analytics.palette import contrast_ratio, relative_luminance

SHADE_CONTRAST = 1.5      # a pale shade on the pale land or sea is still told apart on a projector
NO_REGIONS = pd.DataFrame(columns=["region_name", "country_code", "lat", "lon", "events"])


def partners(*pairs) -> pd.DataFrame:
    """SYNTHETIC partner countries: (ISO-3, events)."""
    return pd.DataFrame({"alpha3": [a for a, _ in pairs], "country_code": [a[:2] for a, _ in pairs],
                         "name_ru": [a for a, _ in pairs], "name_en": [a for a, _ in pairs],
                         "events": [n for _, n in pairs]})


def drawn_shades(fig) -> dict[str, str]:
    """ISO-3 → the '#rrggbb' plotly fills the country with (its z on the trace's colour scale)."""
    trace = next(tr for tr in fig.data if tr.type == "choropleth")
    scale = [(stop, plotly.colors.unlabel_rgb(plotly.colors.convert_colors_to_same_type(colour, "rgb")[0][0]))
             for stop, colour in trace.colorscale]
    out = {}
    for iso, z in zip(trace.locations, trace.z):
        at = min(1.0, max(0.0, (z - trace.zmin) / (trace.zmax - trace.zmin)))
        for (s0, c0), (s1, c1) in zip(scale, scale[1:]):
            if s0 <= at <= s1:
                mix = (at - s0) / (s1 - s0) if s1 > s0 else 0
                rgb = [round(a + (b - a) * mix) for a, b in zip(c0, c1)]
                out[iso] = "#" + "".join(f"{v:02x}" for v in rgb)
                break
    return out


QUARTERS = {
    "khakassia": partners(("MNG", 2), ("KAZ", 1), ("CUB", 1), ("ARE", 1), ("SRB", 1)),
    "one partner": partners(("VNM", 1)),
    "arkhangelsk": partners(("VNM", 3), ("EGY", 1), ("IND", 2), ("NOR", 1)),
    "sample's spread": partners(("BLR", 62), ("KAZ", 2), ("CHN", 5), ("SRB", 1), ("UZB", 1), ("ABH", 1)),
    "kamchatka": partners(("JPN", 5), ("KOR", 1), ("USA", 1), ("CHN", 3)),
}


@pytest.mark.parametrize("name", QUARTERS)
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_each_partner_stands_apart_from_land_and_sea(name, lang):
    fig = charts.partner_map(QUARTERS[name], NO_REGIONS, lang)
    land, sea = fig.layout.geo.landcolor, fig.layout.geo.oceancolor
    shades = drawn_shades(fig)
    assert set(shades) == set(QUARTERS[name]["alpha3"])
    faint = {iso: (colour, round(contrast_ratio(colour, land), 2), round(contrast_ratio(colour, sea), 2))
             for iso, colour in shades.items()
             if min(contrast_ratio(colour, land), contrast_ratio(colour, sea)) < SHADE_CONTRAST}
    assert not faint, f"{name}: shades too close to the land or the sea: {faint}"


@pytest.mark.parametrize("name", [n for n in QUARTERS if QUARTERS[n]["events"].nunique() > 1])
def test_more_events_still_read_darker(name):
    """The rule does not flatten the scale: a country with more events is drawn darker."""
    frame = QUARTERS[name]
    shades = drawn_shades(charts.partner_map(frame, NO_REGIONS, "ru"))
    by_events = sorted(frame.itertuples(index=False), key=lambda r: r.events)
    for fewer, more in zip(by_events, by_events[1:]):
        if more.events > fewer.events:
            assert relative_luminance(shades[more.alpha3]) < relative_luminance(shades[fewer.alpha3]), (fewer, more)


def test_the_scale_itself_stands_apart_at_every_stop():
    land, sea = charts.partner_map(QUARTERS["one partner"], NO_REGIONS).layout.geo["landcolor"], \
        charts.partner_map(QUARTERS["one partner"], NO_REGIONS).layout.geo["oceancolor"]
    for stop, colour in charts.MAP_SCALE:
        assert min(contrast_ratio(colour, land), contrast_ratio(colour, sea)) >= 1.5, (stop, colour)
