"""PPTX bar charts rendered by LibreOffice: every value label stands clear of its bar's end.

LibreOffice ignores c:dLbls/c:lblOffset and draws an outside-end label flush against the bar, so on a
projector «▌62» read as one shape (uxqa11: the country slide's labels touched the bars). The gap is now
in the label's own text (pptx_writer.LABEL_GAP). Each case is drawn alone on a slide, the deck is
converted with `soffice --convert-to pdf` and rasterised with pdftoppm; per bar row the test finds the
bar's last coloured pixel and the first dark (text) pixel to its right and measures the gap between.
Skipped without LibreOffice or poppler (apt-get install libreoffice-impress-nogui poppler-utils)."""
from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest
from PIL import Image
from pptx import Presentation
from pptx.util import Inches

from briefing.deck import ChartData
from briefing.pptx_writer import _native_chart

DPI = 100
MIN_GAP_PX = 10         # at 100 dpi ≈ 2.5 mm; flush labels measured 4–6 px (the digit's own side bearing), gapped 17–18
COLOURS = ["#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2"]

CASES = [
    ("countries_ru", "ru", [62, 2, 2, 1, 1, 1], None),
    ("attendance_lower_bounds_ru", "ru", [9143, 2107, 1500, 835, 65, 3], ["≥ 9 143", "≥ 2 107", "1 500", "≥ 835", "65", "3"]),
    ("thousands_en", "en", [13653, 4200, 950, 12], None),
    ("one_bar_en", "en", [7], None),
    ("even_values_ru", "ru", [30, 28, 25, 22], ["≈ 30", "28", "25", "22"]),
]


def _deck(tmp_path):
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    for name, lang, values, labels in CASES:
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        n = len(values)
        data = ChartData(key=name, kind="bar", title=name, series="n", categories=[f"Категория {i}" for i in range(n)],
                         values=values, colours=COLOURS[:n], keys=[str(i) for i in range(n)],
                         labels=labels or [None] * n)
        _native_chart(slide, data, 0.5, 0.5, 7.5, 6.0, titled=False, lang=lang)
    path = tmp_path / "bars.pptx"
    prs.save(path)
    return path


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    if not (shutil.which("soffice") and shutil.which("pdftoppm")):
        pytest.skip("LibreOffice / poppler not installed: apt-get install libreoffice-impress-nogui poppler-utils")
    tmp = tmp_path_factory.mktemp("bars")
    pptx = _deck(tmp)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(pptx)], check=True, capture_output=True, timeout=180)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(tmp / "bars.pdf"), str(tmp / "page")], check=True,
                   timeout=120)
    return sorted(tmp.glob("page-*.png"))


def _gaps(png) -> list[int]:
    """Per bar: pixels between the bar's end and its label's first dark pixel (None: no label found)."""
    rgb = np.asarray(Image.open(png).convert("RGB")).astype(int)
    saturated = (rgb.max(axis=2) - rgb.min(axis=2)) > 55
    dark = (rgb.max(axis=2) < 110) & ((rgb.max(axis=2) - rgb.min(axis=2)) < 40)
    rows = np.flatnonzero(saturated.sum(axis=1) >= 1)
    bands, start = [], None                    # consecutive rows of bar pixels: one band per bar
    for a, b in zip(rows, list(rows[1:]) + [None]):
        start = a if start is None else start
        if b is None or b != a + 1:
            bands.append((start, a))
            start = None
    gaps = []
    for top, bottom in bands:
        if bottom - top < 5:
            continue
        middle = slice(top + (bottom - top) // 4, bottom - (bottom - top) // 4 + 1)
        end = int(np.flatnonzero(saturated[middle].any(axis=0)).max())
        text = np.flatnonzero(dark[top:bottom + 1, end + 1:].any(axis=0))
        gaps.append(int(text.min()) if len(text) else None)
    return gaps


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c[0] for c in CASES])
def test_every_bar_label_stands_clear_of_its_bar(rendered, index):
    gaps = _gaps(rendered[index])
    assert len(gaps) == len(CASES[index][2]), f"bars found: {gaps}"
    assert all(g is not None for g in gaps), f"a label missing to the right of its bar: {gaps}"
    assert min(gaps) >= MIN_GAP_PX, f"labels touch their bars (gap in px at {DPI} dpi): {gaps}"
