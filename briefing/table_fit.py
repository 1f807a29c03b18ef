"""A slide table laid out to show every row: column widths, font size and cuts chosen by measuring
the cells with the deck's font metrics (text_fit), not by fixed widths.

The «Ключевые партнёры» slide has eight organisations; with fixed widths ([5.0, 1.4, 2.1, 1.2, 1.6,
0.93] in) at 18 pt its headers broke inside words («Мероп…») and five rows filled the slide. Here every
short column (country, kind, events, agreement, new) is tried at up to three widths — its longest
word (cells wrap; the header on two lines at most), its longest cell on one line, or that and its
header on one line — and the long column (the first, the name; or `long`: the «Самые массовые
мероприятия» title after its №) gets what is left. The
plan is the first of these that shows every row:

1. the largest size of `sizes` (18, then 16, then 14 pt) at which every row fits with names of at
   most two lines (cut with «…» beyond; the full text stays in the slide notes and the XLSX);
2. else the smallest size with the top rows' names on two lines and the rest on one (as many
   two-line names as fit);
3. else the plan that shows the most rows (the caller adds a footnote for the rest).

Among the widths that fit at a size, the one that cuts fewest names, then the lowest table, wins.

    >>> plan = plan_table(["Организация", "Страна"], [["Минский автомобильный завод (ОАО)", "Беларусь"]],
    ...                   width=12.33, height=4.8)
    >>> plan.size, plan.shown
    (18, 1)
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from .text_fit import INSET_X, LINE_SPACING, fit_lines, width_in, wrap

ROW_PAD = 0.1 + 0.02      # a cell's top and bottom margins (0.05 in each) and a little air, inches
MIN_FIRST = 3.0           # the first column is never narrower than this, inches


@dataclass
class TablePlan:
    """What to draw: `header` and `rows` are the cell texts as shown (cut with «…» where needed),
    `widths` and `heights` in inches, `size` in points; `shown` rows of the input are drawn and `cut`
    of them have a first-column text cut short."""
    size: int
    widths: list[float]
    header: list[str]
    rows: list[list[str]]
    heights: list[float]
    cut: int

    @property
    def shown(self) -> int:
        return len(self.rows)

    @property
    def height(self) -> float:
        return sum(self.heights)


@lru_cache(maxsize=8192)
def _lines(text: str, size: float, bold: bool, width: float) -> int:
    return len(wrap(text, size, bold, width))


@lru_cache(maxsize=8192)
def _fit(text: str, size: float, bold: bool, width: float, max_lines: int) -> str:
    return fit_lines(text, size, bold, width, max_lines)


def _row_height(texts: list[str], size: float, bold: bool, widths: list[float]) -> float:
    return max(_lines(text, size, bold, w) for text, w in zip(texts, widths)) * size * LINE_SPACING / 72 + ROW_PAD


def _candidate_widths(column: list[str], head: str, size: float) -> list[float]:
    """A short column's widths worth trying: everything on one line, or the narrowest at which every
    cell (and the header) wraps to two lines at most — its longest word, wider where a cell of several
    words («6 сентября – 9 октября 2024», «Belarus, United Arab Emirates») needs three lines there: a
    short column is never cut with «…»."""
    pad = 2 * INSET_X + 0.04
    longest_word = max([width_in(w, size, False) for text in column for w in text.split()]
                       + [width_in(w, size, True) for w in head.split()] + [0]) + pad
    while _lines(head, size, True, round(longest_word, 3)) > 2:   # the header whole on two lines at most
        longest_word += 0.05
    while any(_lines(text, size, False, round(longest_word, 3)) > 2 for text in column):
        longest_word += 0.05
    cells_one_line = max([width_in(text, size, False) for text in column] + [0]) + pad
    all_one_line = max(cells_one_line, width_in(head, size, True) + pad)
    return sorted({round(max(w, longest_word), 3) for w in (longest_word, cells_one_line, all_one_line)})


def _layout(header: list[str], rows: list[list[str]], widths: list[float], size: int, name_lines: list[int],
            height: float, long: int = 0) -> TablePlan:
    """The rows that fit `height` at these widths, row i's long column (`long`) cut to name_lines[i]
    lines, the others to two; the header keeps its words whole (the widths hold its longest word)."""
    head = [_fit(h, size, True, w, 2) for h, w in zip(header, widths)]
    heights, shown, cut = [_row_height(head, size, True, widths)], [], 0
    for row, lines in zip(rows, name_lines):
        texts = [_fit(text, size, False, w, lines if j == long else 2) for j, (text, w) in enumerate(zip(row, widths))]
        row_h = _row_height(texts, size, False, widths)
        if sum(heights) + row_h > height + 1e-9:
            break
        shown.append(texts)
        heights.append(row_h)
        cut += texts[long] != " ".join(row[long].split())
    return TablePlan(size, widths, head, shown, heights, cut)


def plan_table(header: list[str], rows: list[list[str]], width: float, height: float,
               sizes: tuple[int, ...] = (18, 16, 14), long: int = 0) -> TablePlan:
    """The plan for a table `width` × at most `height` inches whose column `long` (the first unless
    told: «Самые массовые мероприятия» has its № before the title) is the long one; every other
    column is a short one measured from its cells (see the module docstring for the order of
    preference)."""
    rows = [[" ".join(str(v).split()) for v in row] for row in rows]
    best: TablePlan | None = None
    others = [j for j in range(len(header)) if j != long]

    def plans(size: int, name_lines: list[int]):
        options = [_candidate_widths([r[j] for r in rows], header[j], size) for j in others]
        for short in product(*options):
            first = width - sum(short)
            # the long column stays the widest: a list of four countries on one line took 4 in of a
            # SYNTHETIC slide and left its titles 3 in
            if first >= max(MIN_FIRST, *short):
                widths = list(short)
                widths.insert(long, first)
                yield _layout(header, rows, widths, size, name_lines, height, long)

    # names of two lines at each size, then at the smallest the top rows keep two lines, the rest one
    tries = [(size, [2] * len(rows)) for size in sizes]
    tries += [(sizes[-1], [2] * k + [1] * (len(rows) - k)) for k in range(len(rows) - 1, -1, -1)]
    for size, name_lines in tries:
        candidates = list(plans(size, name_lines))
        whole = [p for p in candidates if p.shown == len(rows)]
        if whole:
            return min(whole, key=lambda p: (p.cut, p.height))
        if candidates:
            most = max(candidates, key=lambda p: (p.shown, -p.cut, -p.height))
            if best is None or most.shown > best.shown:
                best = most
    if best is None:   # not even the first column's minimum fits: an even split, as many rows as fit
        even = [width / len(header)] * len(header)
        best = _layout(header, rows, even, sizes[-1], [1] * len(rows), height, long)
    return best
