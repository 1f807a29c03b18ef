"""Pure: a report written as one two-column «card» per event («Наименование мероприятия | …», «Сроки | …»,
«Место | …») → one events table. One rule for every format that can hold such cards: Word tables
(etl/docx_grid.py) and a text dump of them, one «label<TAB>value» line per row (etl/layout.py), sixteenth round."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .layout import column_role

# The paragraph a clerk puts above an event's card: «Мероприятие № 1», «Событие 2», «№ 3», «4.», «5)».
CARD_MARK = re.compile(r"(?:мероприятие|событие)?\s*(?:№|N)?\s*(\d{1,3})\s*[.):]?", re.IGNORECASE)


def card_pairs(rows: list[list[str]]) -> list[tuple[str, str]] | None:
    """A «card»: every row a label and its value, the labels naming at least the title, the dates and one more
    of the events' columns by meaning. Its (label, value) pairs, or None for any other table."""
    pairs: list[tuple[str, str]] = []
    for texts in rows:
        if len(texts) != 2 or not texts[0].strip():
            return None
        pairs.append((" ".join(texts[0].split()).rstrip(":"), texts[1]))
    roles = {column_role(label) for label, _ in pairs} - {None}
    if not {"title", "dates"} <= roles or len(roles) < 3:
        return None
    return pairs


@dataclass(frozen=True)
class CardsTable:
    first: int                      # the block of the first card
    last: int                       # the block of the last card
    before_end: int                 # blocks[:before_end] stand before the table (a first card's mark is its number)
    rows: list[list[str]]           # the header, then per card its cells, a paragraph between cards one cell
    names: list[str]                # the header's labels (no number column)
    cards: int


def cards_table(blocks: list[tuple[str, object]]) -> CardsTable | None:
    """Blocks in document order — ("p", text) paragraphs and ("card", pairs or None) tables — as one events
    table: a header of the cards' labels (each label once, in the order first met; a label of the same meaning
    worded otherwise goes under the first wording), one row per card. The number is the paragraph above the
    card when every card has one («Мероприятие № 1», «2.»), else the cards are numbered in order (a mark above
    only some of them is left out); other paragraphs between the cards (sector headings) stay one-cell rows
    between their events. None unless at least two tables, or the only table, are cards and no other table
    stands between them."""
    positions = [i for i, (kind, _) in enumerate(blocks) if kind == "card"]
    cards = {i: blocks[i][1] for i in positions if blocks[i][1] is not None}
    if not cards or len(cards) < min(2, len(positions)):
        return None
    first, last = min(cards), max(cards)
    if any(i not in cards for i in positions if first <= i <= last):
        return None  # another table between the cards: not a report of cards
    keys: dict[str, int] = {}
    names: list[str] = []
    for pairs in cards.values():
        for label, _ in pairs:
            key = column_role(label) or label.lower()
            if key not in keys:
                keys[key] = len(names)
                names.append(label)
    marks: dict[int, str] = {}
    for i in cards:
        if i > 0 and blocks[i - 1][0] == "p" and (mark := CARD_MARK.fullmatch(str(blocks[i - 1][1]).strip())):
            marks[i] = mark.group(1)
    numbered = len(marks) == len(cards)
    rows = [(["№ п/п"] if numbered else []) + names]
    for i in range(first, last + 1):
        kind, item = blocks[i]
        if kind == "p":
            text = str(item).strip()
            if text and not (i + 1 in marks):  # a card's mark is its number, or nothing when some card has none
                rows.append([text])
            continue
        values = [""] * len(names)
        for label, value in cards[i]:
            at = keys[column_role(label) or label.lower()]
            values[at] = f"{values[at]}\n{value}" if values[at] else value
        rows.append(([marks[i]] if numbered else []) + values)
    return CardsTable(first, last, first - 1 if first in marks else first, rows, names, len(cards))


def cards_message(table: CardsTable) -> tuple[str, str]:
    """The info issue's (raw text, message) saying the cards were read as one table."""
    return (" | ".join(table.names)[:120],
            f"мероприятия записаны карточками (таблиц «графа | значение»: {table.cards}): прочитаны как одна таблица "
            f"мероприятий")


def grid_from_card_lines(lines: list[str]):
    """A text dump of a report of cards: each card's rows as «label<TAB>value» lines, a blank line or a
    paragraph («Мероприятие № 2», a sector heading) between cards → (the Grid of one events table, the info
    issue), by cards_table's rule; None when the lines hold no cards."""
    from .errors import Issue
    from .layout import Grid, GridRow

    blocks: list[tuple[str, object]] = []
    starts: list[int] = []
    raws: list[str] = []  # each block's text as written (a signature «Начальник управления<TAB>И.И. Иванов» is a note)
    card: list[list[str]] = []
    card_line = 0

    def close() -> None:
        nonlocal card
        if card:
            blocks.append(("card", card_pairs(card)))
            starts.append(card_line)
            raws.append("\n".join(" ".join(row) for row in card))
            card = []

    for number, line in enumerate(lines, start=1):
        cells = line.split("\t")
        if len(cells) == 2 and cells[0].strip():
            label = " ".join(cells[0].split()).rstrip(":")
            if card and (column_role(label) or label.lower()) in {column_role(c[0].rstrip(":")) or c[0].rstrip(":").lower()
                                                                 for c in card}:
                close()  # a label again with no blank line between: the next card begins
            if not card:
                card_line = number
            card.append([cells[0].strip(), cells[1].strip()])
            continue
        close()
        if line.strip():
            blocks.append(("p", line.strip()))
            starts.append(number)
            raws.append(line.strip())
    close()
    found = cards_table(blocks)
    if found is None:
        return None
    rows = [GridRow(tuple(found.rows[0]), 1, starts[found.first])]
    card_lines = [starts[i] for i in range(found.first, found.last + 1)
                  if blocks[i][0] == "card" or not (i + 1 <= found.last and blocks[i + 1][0] == "card"
                                                     and CARD_MARK.fullmatch(str(blocks[i][1])))]
    for cells, line in zip(found.rows[1:], card_lines):
        rows.append(GridRow(tuple(cells), len(rows) + 1, line))
    raw, message = cards_message(found)
    return (Grid(preamble=tuple(raws[:found.before_end]), rows=tuple(rows), postamble=tuple(raws[found.last + 1:])),
            Issue("table", raw, message, "info"))
