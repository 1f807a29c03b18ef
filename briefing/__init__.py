"""Briefing files for the quarterly review: PPTX with native charts, offline HTML, XLSX appendix.

    python -m briefing --quarter 2024Q4 --out build/briefing
    python -m briefing --quarter 2024Q4 --region "Смоленская область" --db data/engagement.duckdb --out DIR
    python -m briefing --quarter 2024Q4 --lang en --out DIR

writes `obzor_<region>_<quarter>.pptx|.html|.xlsx` (in English `review_<region>_<quarter>.…`). The
three files draw the slides of `briefing.deck.slides` from one `QuarterReview`, so they hold the
same figures and the same narrative as the «Квартальный обзор» page in the same language.

- PPTX: 16:9, one slide per section, charts are native PowerPoint charts (editable data); the partner
  map is a PNG drawn by kaleido (left out, with the reason in map_image.map_png_problem(), without it).
- HTML: plotly.js and the world map geometry embedded inline; no http:// or https:// string anywhere,
  so nothing is fetched and the file opens offline. Prints one slide per A4 landscape page.
- XLSX: one sheet per slide with the chart data and the events behind the slide.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .deck import slides
from .html_writer import html_text
from .model import QuarterReview
from .pptx_writer import pptx_bytes
from .xlsx_writer import xlsx_bytes

FILE_KINDS = ("pptx", "html", "xlsx")
MIME = {"pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "html": "text/html", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia"]))


@dataclass(frozen=True)
class Briefing:
    """The three files in memory: what the page offers for download and the CLI writes."""
    stem: str
    pptx: bytes
    html: bytes
    xlsx: bytes

    def files(self) -> dict[str, bytes]:
        return {f"{self.stem}.{kind}": getattr(self, kind) for kind in FILE_KINDS}


def file_stem(review: QuarterReview, lang: str = "ru") -> str:
    """'obzor_smolenskaia_oblast_2024Q4'; in English 'review_smolensk_oblast_2024Q4'."""
    name = review.period.region if lang == "ru" else review.period.region_name(lang)
    region = "".join(_TRANSLIT.get(ch, ch) for ch in name.lower())
    region = re.sub(r"[^a-z0-9]+", "_", region).strip("_")
    return f"{'obzor' if lang == 'ru' else 'review'}_{region}_{review.period.code}"


def build_briefing(review: QuarterReview, generated_at: datetime | None = None, lang: str = "ru") -> Briefing:
    """The three files in `lang` ('ru' or 'en')."""
    generated_at = generated_at or datetime.now().replace(microsecond=0)
    deck = slides(review, generated_at, lang)
    return Briefing(file_stem(review, lang), pptx_bytes(review, deck), html_text(review, deck).encode("utf-8"),
                    xlsx_bytes(review, deck, generated_at))


def write_briefing(review: QuarterReview, out_dir: Path, lang: str = "ru") -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in build_briefing(review, lang=lang).files().items():
        path = out_dir / name
        path.write_bytes(data)
        written.append(path)
    return written


