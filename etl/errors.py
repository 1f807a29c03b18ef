"""The one error type the parser raises, and the non-fatal problems it records as rows."""
from __future__ import annotations

from dataclasses import dataclass


class ReportError(Exception):
    """A report that cannot be read at all; says where (file, event, field)."""

    def __init__(self, message: str, *, file: str | None = None, event: int | None = None,
                 field: str | None = None):
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
