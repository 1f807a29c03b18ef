"""The one error type the parser raises, and the non-fatal problems it records as rows."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# What a terminal, a log line or a table cell would act on or hide: control characters (a line break
# forged a second «загружен» line; ESC began a terminal sequence), format characters (U+202E reverses
# the rest of a name; zero-width ones hide), lone surrogates (undecodable bytes of a name) and line and
# paragraph separators.
_UNSHOWN = ("Cc", "Cf", "Cs", "Zl", "Zp")


def shown_name(name: str) -> str:
    """A file name as it may be shown and stored: every control, format or separator character becomes «_»,
    bytes that were not UTF-8 «\ufffd». The one rule for uploads (etl/store.py) and local files alike.

    'отчёт\nзагружен.txt' → 'отчёт_загружен.txt'; 'a\x1b[31m.txt' → 'a_[31m.txt'; most names: unchanged."""
    if name.isprintable():
        return name
    try:
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate no byte stands for: «_» below
        pass
    return "".join("_" if unicodedata.category(c) in _UNSHOWN else c for c in name)


class ReportError(Exception):
    """A report that cannot be read at all; says where (file, event, field)."""

    def __init__(self, message: str, *, file: str | None = None, event: int | None = None,
                 field: str | None = None):
        file = shown_name(file) if file else file
        self.file, self.event, self.field, self.message = file, event, field, message
        where = ", ".join(
            part for part in (
                f"файл {file}" if file else "",
                f"мероприятие № {event}" if event is not None else "",
                f"поле «{field}»" if field else "",
            ) if part
        )
        super().__init__(f"{where}: {message}" if where else message)


@dataclass(frozen=True)
class Issue:
    """A field the parser could not read with confidence; becomes a row of parse_issues."""

    field: str
    raw_text: str
    message: str
    severity: str = "warning"  # "warning" | "info"
    event: int | None = None
