"""Does a text fit its PowerPoint box? Measured with real font metrics, not character counts.

The deck names Arial; Liberation Sans has Arial's metrics (it was made metric-compatible), so its
TrueType files measure what PowerPoint will lay out. They come from the Debian package
fonts-liberation (.ci/run installs it; `LIBERATION_DIR` overrides the folder). Without them the
measure falls back to DejaVu Sans, which is wider, so a fitted text still fits.

`wrap("Подписано соглашение …", 18, False, 5.8)` → the lines PowerPoint would break it into in a
box 5.8 inches wide at 18 pt; `fit_lines` shortens a text with «…» to at most n such lines.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

LIBERATION_DIR = Path(os.environ.get("LIBERATION_DIR", "/usr/share/fonts/truetype/liberation"))
FALLBACK_DIR = Path("/usr/share/fonts/truetype/dejavu")
FILES = {False: ("LiberationSans-Regular.ttf", "DejaVuSans.ttf"), True: ("LiberationSans-Bold.ttf", "DejaVuSans-Bold.ttf")}
LINE_SPACING = 1.2          # PowerPoint's single spacing for Arial, in font sizes
INSET_X, INSET_Y = 0.1, 0.05  # default text frame margins, inches
_REFERENCE_SIZE = 200       # the TrueType is loaded once at this size; widths scale linearly


@lru_cache(maxsize=2)
def _font(bold: bool):
    from PIL import ImageFont

    main, fallback = FILES[bold]
    for path in (LIBERATION_DIR / main, FALLBACK_DIR / fallback):
        if path.exists():
            return ImageFont.truetype(str(path), _REFERENCE_SIZE)
    raise FileNotFoundError(f"no font to measure text with: install fonts-liberation ({LIBERATION_DIR / main})")


def font_file(bold: bool = False) -> str:
    """The TrueType file the measures use (Liberation Sans unless it is missing)."""
    return _font(bold).path


def width_in(text: str, size_pt: float, bold: bool = False) -> float:
    """Width of one line of text in inches at size_pt."""
    return _font(bold).getlength(text) * size_pt / _REFERENCE_SIZE / 72


def wrap(text: str, size_pt: float, bold: bool, box_width_in: float) -> list[str]:
    """The lines a word-wrapping text frame of that width makes of text (explicit newlines kept;
    a word longer than the line is broken where it overflows, as PowerPoint does)."""
    usable = box_width_in - 2 * INSET_X
    lines: list[str] = []
    for paragraph in str(text).split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if width_in(candidate, size_pt, bold) <= usable:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while width_in(line, size_pt, bold) > usable and len(line) > 1:
                cut = len(line)
                while cut > 1 and width_in(line[:cut], size_pt, bold) > usable:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return lines


def height_in(paragraphs: list[tuple[str, float, bool]], box_width_in: float, space_after_pt: float = 0) -> float:
    """Height in inches that (text, size, bold) paragraphs take in a box, with the frame margins."""
    total = 2 * INSET_Y
    for text, size, bold in paragraphs:
        total += len(wrap(text, size, bold, box_width_in)) * size * LINE_SPACING / 72 + space_after_pt / 72
    return total


def fit_lines(text: str, size_pt: float, bold: bool, box_width_in: float, max_lines: int) -> str:
    """text itself when it wraps into at most max_lines, else cut at a word with «…» so it does."""
    text = " ".join(str(text).split())
    if len(wrap(text, size_pt, bold, box_width_in)) <= max_lines:
        return text
    words = text.split(" ")
    low, high = 0, len(words)
    while low < high:                       # the most words that still fit with «…»
        mid = (low + high + 1) // 2
        if len(wrap(" ".join(words[:mid]).rstrip(",;:") + "…", size_pt, bold, box_width_in)) <= max_lines:
            low = mid
        else:
            high = mid - 1
    if low == 0:
        return wrap(text, size_pt, bold, box_width_in)[0][:-1] + "…"
    return " ".join(words[:low]).rstrip(",;:") + "…"
