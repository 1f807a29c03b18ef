"""A report with no table: its events are numbered paragraphs, each followed by labelled lines.

Some clerks write the quarter's events as a list instead of a table:

    I. Торгово-экономическое сотрудничество
    1. Визит делегации Минского облисполкома
    Сроки проведения: 10–12 сентября 2025 г.
    Место проведения: г. Белгород
    Участники: 15 человек, в т.ч. 8 иностранных
    Итоги: подписано соглашение о сотрудничестве.

A person reads each numbered paragraph as an event and each «label: text» line under it as that event's
column: the labels are the header words a table would have («Дата», «Сроки», «Место», «Участники», «Итоги»,
«Ответственный исполнитель», «Формат» …, recognised by `layout.column_role`, so a label reads as the same
header would). This module turns such a list into the grid a table gives (header row: «№ п/п»,
«Наименование мероприятия» and the labels in the order they first appear; one row an event), so every other
rule — headings, sectors, dates, counts — reads it as it reads a table. It is tried only when a file has no
table at all, and only a list in which at least two numbered paragraphs have a dates label counts as a
report of events (anything else keeps the «no table» refusal).

A line with no label right under a labelled line goes on with that field (a second paragraph of results);
lines under the number and before the first label go on with the title. Lines between one event's fields
and the next number, after an empty line or not continuing a field, are headings or notes (one-cell rows,
as a table's merged heading rows are); lines after the last event that follow an empty line are the text
under the table (a signature, «Справочно: …»)."""
from __future__ import annotations

import re

from .errors import Issue
from .layout import _NOTE_ROW, Grid, GridRow, _is_heading_line, _is_signature, column_role, shared_roles

# «1.», «1)», «№ 1.», «1.1.», «3а)» is not one (a lettered item stays text) — then a space and the title.
# Never a date: «10.09.2025 …» has a digit after its dot.
_NUMBERED = re.compile(r"^[ \t\u00a0]*(?:№[ \u00a0]*)?(\d{1,3}(?:\.\d{1,2}){0,2})[ \u00a0]*([.)])(?:[ \t\u00a0]+(.*))?$")
# «а) Концерт …», «б. Выставка …», Latin «a)»: a lettered sub-item of the event above (a letter, then «)» or «.»;
# «г.» and «д.» with a dot are a town's and a village's abbreviations, «г. Курган», not items).
_LETTERED_LINE = re.compile(r"^[ \t\u00a0]*(?:([а-иa-h])[ \u00a0]*\)|((?![гдГД])[а-иa-h])\.)[ \t\u00a0]+(\S.*)$",
                            re.IGNORECASE)


def _letter(match: re.Match) -> str:
    return (match.group(1) or match.group(2)).lower()


def _next_letter(letter: str, before: str | None) -> bool:
    """A lettered list starts at «а» (Latin «a») and goes on letter by letter: «в) …» with no «б)» before it
    is no item of the list (a line «в. …» or «е) …» met alone is text)."""
    return letter in ("а", "a") if before is None else ord(letter) == ord(before) + 1
# «Сроки проведения: …», «- Место – …», «• Участники: …»: a label of a few words, then a colon or a dash.
_LABELLED = re.compile(r"^[ \t\u00a0]*(?:[-–—•·*▪][ \t\u00a0]+)?([А-ЯЁа-яё][А-ЯЁа-яё.,/()\- \u00a0]{1,60}?)"
                       r"[ \u00a0]*(?::|[ \u00a0][–—-][ \u00a0])[ \t\u00a0]*(.*)$")
_MAX_LABEL_WORDS = 6
# Said once for the file, so the reader knows the events were not read from a table.
PARAGRAPHS_NOTE = Issue("file", "", "мероприятия прочитаны из нумерованных абзацев с подписанными строками "
                        "(«Дата: …», «Место: …», «Участники: …»): таблицы в файле нет", "info")
_NUMBER_HEADER = "№ п/п"
_TITLE_HEADER = "Наименование мероприятия"


def _label(line: str) -> tuple[str, str] | None:
    """('Сроки проведения', '10–12 сентября 2025 г.') for a labelled line, else None. The label must be
    header words of a column (a role of `column_role`), so «Визит делегации – итоги» is no label."""
    match = _LABELLED.match(line)
    if match is None:
        return None
    label = " ".join(match.group(1).replace("\u00a0", " ").split())
    if len(label.split()) > _MAX_LABEL_WORDS or column_role(label) in (None, "number"):
        return None
    return label, match.group(2).strip()


def _numbered(line: str) -> tuple[str, str] | None:
    match = _NUMBERED.match(line)
    if match is None:
        return None
    return match.group(1) + match.group(2), (match.group(3) or "").strip()


class _Event:
    def __init__(self, number: str, title: str, line: int) -> None:
        self.number = number
        self.title = [title] if title else []
        self.fields: list[tuple[str, list[str]]] = []  # (label, its lines) in the order written
        self.line = line

    def cells(self, labels: list[str]) -> tuple[str, ...]:
        by_label: dict[str, list[str]] = {}
        for label, lines in self.fields:
            by_label.setdefault(label, []).extend(lines)
        return (self.number, " ".join(self.title),
                *("\n".join(t for t in by_label.get(label, ()) if t) for label in labels))


def _ends_fields(line: str, leads_to_event: bool) -> bool:
    """Whether a plain line after an event's fields is no more of them: a signature («Заместитель
    Губернатора области<TAB>А.В. Смирнов»), a note («Справочно: …», «Исполнитель …»), or — right before
    the next numbered paragraph — a heading («II. Гуманитарное сотрудничество», «Культура и туризм»: numbered
    as a heading or a known sector's words, or a short line with no closing stop)."""
    if _NOTE_ROW.match(line) or _is_signature(re.split(r"\t+|\s{3,}", line)):
        return True
    if not leads_to_event:
        return False
    if _is_heading_line(line):
        return True
    return len(line.split()) <= 12 and line[:1].isupper() and line[-1:] not in ".,;:"


def _opens_a_list(event: _Event, field: list[str] | None) -> bool:
    """Whether a lettered line goes on with the text above instead of being a sub-item: the field (or, before
    any field, the title) it follows ends with a colon or is empty («Итоги:» / «а) подписано соглашение …»),
    or is such a list already («б) достигнута договорённость …» after it)."""
    lines = field if field is not None else (event.title if not event.fields else None)
    if lines is None:
        return False
    last = next((line for line in reversed(lines) if line.strip()), "")
    return not last or last.rstrip().endswith(":") or bool(_LETTERED_LINE.match(last))


def grid_from_paragraphs(lines: list[str] | tuple[str, ...]) -> Grid | None:
    """The grid of a report written as numbered paragraphs with labelled lines, or None when the lines
    are not such a list (see the module's docstring)."""
    starts = [_numbered(line) is not None and _label(_numbered(line)[1]) is None for line in lines]
    if sum(starts) < 2:
        return None
    next_start = [False] * len(lines)  # whether the next non-empty line starts an event
    ahead = False
    for k in range(len(lines) - 1, -1, -1):
        next_start[k] = ahead
        if lines[k].strip():
            ahead = starts[k]
    preamble: list[str] = []
    items: list[object] = []  # _Event or a one-cell text (a heading or a note between events)
    between: list[str] = []  # lines after an event's fields that are none of them: headings, notes
    event: _Event | None = None
    field: list[str] | None = None  # the lines of the field a plain line goes on with
    last_letter: str | None = None  # the letter of the event's last lettered sub-item
    for k, raw in enumerate(lines):
        line = " ".join(raw.replace("\u00a0", " ").split())
        if not line:
            field = None  # an empty line ends a field: what follows is a heading, a note or the next event
            continue
        if starts[k]:
            if event is not None:
                items.append(event)
                items.extend(between)
            between = []
            number, title = _numbered(raw)
            event = _Event(number, title, k + 1)
            last_letter = None
            field = None
            continue
        if event is None:
            preamble.append(raw.rstrip())
            continue
        lettered = _LETTERED_LINE.match(raw) if not between else None
        if lettered is not None and _next_letter(_letter(lettered), last_letter) \
                and _label(lettered.group(3)) is None and not _opens_a_list(event, field):
            # «а) Концерт ансамбля …» under an event: a row of its own with the letter in the number cell, as a
            # table has it, so the table's rule reads it — no dates of its own, a part of the event above;
            # its own dates, an event «2а»
            items.append(event)
            last_letter = _letter(lettered)
            event = _Event(last_letter + ")", lettered.group(3).strip(), k + 1)
            field = None
            continue
        labelled = _label(raw)
        if labelled is not None and not between:
            label, text = labelled
            field = [text]
            event.fields.append((label, field))
            continue
        if not between and not _ends_fields(line, next_start[k]):
            if not event.fields:
                event.title.append(line)  # the title goes on before the first label
                continue
            if field is not None:
                field.append(line)  # a second paragraph of the field above
                continue
        between.append(line)
    if event is not None:
        items.append(event)
    events = [item for item in items if isinstance(item, _Event)]
    if sum(any(column_role(label) == "dates" for label, _ in e.fields) for e in events) < 2:
        return None  # a letter's numbered points, one of them dated, are no list of events
    labels: list[str] = []
    for e in events:
        for label, _ in e.fields:
            if label not in labels:
                labels.append(label)
    # «Дата и место проведения: 22/X-2025, г. Хабаровск» in one event, «Место: …» in another: a table would
    # give the combined label's column only its dates once a place column of its own exists, so the combined
    # line's text also stands in that column for the events that have no place line of their own.
    roles = {label: column_role(label) for label in labels}
    for e in events:
        own = {roles[label] for label, _ in e.fields if not shared_roles((label,), (roles[label],))}
        for label, texts in list(e.fields):
            for _, role in shared_roles((label,), (roles[label],)):
                target = next((other for other in labels if roles[other] == role
                               and not shared_roles((other,), (role,))), None)
                if target is not None and role not in own:
                    e.fields.append((target, texts))
    header = (_NUMBER_HEADER, _TITLE_HEADER, *labels)
    rows = [GridRow(header, 1, events[0].line)]
    for item in items:
        if isinstance(item, _Event):
            rows.append(GridRow(item.cells(labels), len(rows) + 1, item.line))
        else:
            rows.append(GridRow((str(item),), len(rows) + 1, None))
    return Grid(preamble=tuple(preamble), rows=tuple(rows), postamble=tuple(between))
