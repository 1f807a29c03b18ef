"""A SYNTHETIC hostile report: the real sample with Markdown and HTML that would fetch or link to an
outside host appended to every event title, saved as .docx under a file name that is itself Markdown."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from etl.layout import grid_from_text
from tests.docx_builder import grid_to_docx

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"
HOSTILE = ("![pixel](http://evil.example/pixel.png) [жми](http://evil.example/click) <http://evil.example/auto> "
           "www.evil.example :red[красный] :material/home: $x^2$ **жирный** <img src=http://evil.example/i.png>")
HOSTILE_FILE_NAME = "![f](http:__evil.example_f.png) отчёт.docx"


def hostile_docx() -> bytes:
    """SYNTHETIC: every title (column 2 of each numbered row) ends with HOSTILE."""
    grid = grid_from_text(SAMPLE.read_text(encoding="utf-8"))
    rows = [grid.rows[0]]
    for row in grid.rows[1:]:
        if len(row.cells) > 2 and row.cells[0].strip()[:1].isdigit():
            row = replace(row, cells=(row.cells[0], f"{row.cells[1].strip()} {HOSTILE}", *row.cells[2:]))
        rows.append(row)
    return grid_to_docx(replace(grid, rows=tuple(rows)))


def build_hostile_db(path: Path) -> Path:
    from etl.load import load_reports

    results = load_reports([(HOSTILE_FILE_NAME, hostile_docx())], path, rebuild=True)
    assert [r.status for r in results] == ["loaded"], results
    return path
