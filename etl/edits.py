"""I/O edge for analysts' edits: corrections and duplicate decisions, kept as JSON lines beside the
originals (data/edits/) so that a database rebuilt from data/raw equals the live one."""
from __future__ import annotations

import fcntl
import json
import os
import tempfile
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from .corrections import Correction, validate_value
from .limits import year_in_range

CORRECTIONS_FILE = "corrections.jsonl"
DUPLICATES_FILE = "duplicates.jsonl"
ALIASES_FILE = "organisation_aliases.jsonl"


@dataclass(frozen=True)
class DuplicateDecision:
    id: str
    first_key: str      # region|year|quarter|n|fingerprint of the event that stays
    second_key: str     # … of the event merged into it (or kept apart)
    decision: str       # merge | keep
    author: str
    reason: str
    created_at: str


@dataclass(frozen=True)
class OrganisationAlias:
    """An analyst's word that one spelling names an organisation: «Смолгосуниверситет» →
    «Смоленский государственный университет»; or, with `exclude`, that a spelling the rules took for
    an organisation names none («Миссия наблюдателей»). Every load and re-parse applies it."""
    id: str
    alias: str
    name: str
    author: str
    reason: str
    created_at: str
    exclude: bool = False


@dataclass
class Edits:
    corrections: list[Correction] = field(default_factory=list)
    duplicates: list[DuplicateDecision] = field(default_factory=list)
    aliases: list[OrganisationAlias] = field(default_factory=list)

    def alias_names(self) -> dict[str, str]:
        """alias key of each spelling → the canonical name it stands for (the latest word wins)."""
        from .organisations import alias_key

        return {alias_key(a.alias): a.name for a in sorted(self.aliases, key=lambda a: a.created_at)
                if not a.exclude}

    def excluded_keys(self) -> frozenset[str]:
        """alias keys of the spellings analysts marked as naming no organisation."""
        from .organisations import alias_key

        return frozenset(alias_key(a.alias) for a in self.aliases if a.exclude)


def event_key(region: str, year: int, quarter: int, n: int, fingerprint: str) -> str:
    return f"{region}|{year}|{quarter}|{n}|{fingerprint}"


def _read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path.name}, строка {number}: не JSON ({exc.msg})") from None
    return rows


def read_edits(edits_dir: Path | None) -> Edits:
    if edits_dir is None:
        return Edits()
    edits_dir = Path(edits_dir)
    return Edits(
        corrections=_rows(Correction, edits_dir / CORRECTIONS_FILE),
        duplicates=_rows(DuplicateDecision, edits_dir / DUPLICATES_FILE),
        aliases=_rows(OrganisationAlias, edits_dir / ALIASES_FILE),
    )


def _rows(kind, path: Path) -> list:
    """Rows of a hand-edited file as dataclasses, or ValueError naming the line: a correction that
    names quarter 10**26 must not reach the database as an overflow."""
    out = []
    for number, row in enumerate(_read_jsonl(path), start=1):
        try:
            item = kind(**row)
        except TypeError as exc:
            raise ValueError(f"{path.name}, запись {number}: неверные поля ({exc})") from None
        if kind is Correction and not (
                all(isinstance(v, int) and not isinstance(v, bool) for v in (item.year, item.quarter, item.n))
                and year_in_range(item.year) and 1 <= item.quarter <= 4 and 0 <= item.n <= 99_999):
            raise ValueError(f"{path.name}, запись {number}: год, квартал или номер вне допустимых значений")
        out.append(item)
    return out


def _append(path: Path, row: dict) -> None:
    """Rewrite-and-replace, so a crash never leaves half a line; under an exclusive lock on a file beside
    it, so two analysts saving at once (two sessions, two processes) each keep their row — without it each
    read the same old file and the later replace dropped the other's rows (76 of 180 kept in a probe)."""
    from .store import storage_error

    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path.parent / f".{path.name}.lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the lock file is closed
            existing = path.read_text(encoding="utf-8") if path.exists() else ""
            handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(existing + json.dumps(row, ensure_ascii=False) + "\n")
            os.replace(tmp, path)
            tmp = None
    except OSError as exc:
        raise storage_error(path.parent, exc) from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def add_correction(edits_dir: Path, *, region: str, year: int, quarter: int, n: int, field_name: str,
                   value, fingerprint: str, author: str, reason: str) -> Correction:
    validate_value(field_name, value)
    if not author.strip() or not reason.strip():
        raise ValueError("укажите, кто исправляет и почему")
    correction = Correction(id=uuid.uuid4().hex, region=region, year=year, quarter=quarter, n=n,
                            field=field_name, value=value, fingerprint=fingerprint, author=author.strip(),
                            reason=reason.strip(), created_at=datetime.now().isoformat(timespec="seconds"))
    _append(Path(edits_dir) / CORRECTIONS_FILE, asdict(correction))
    return correction


def add_duplicate_decision(edits_dir: Path, *, first_key: str, second_key: str, decision: str,
                           author: str, reason: str = "") -> DuplicateDecision:
    if decision not in ("merge", "keep"):
        raise ValueError("решение: merge или keep")
    row = DuplicateDecision(id=uuid.uuid4().hex, first_key=first_key, second_key=second_key,
                            decision=decision, author=author.strip() or "аналитик", reason=reason.strip(),
                            created_at=datetime.now().isoformat(timespec="seconds"))
    _append(Path(edits_dir) / DUPLICATES_FILE, asdict(row))
    return row


def add_organisation_alias(edits_dir: Path, *, alias: str, name: str, author: str,
                           reason: str = "", exclude: bool = False) -> OrganisationAlias:
    """Records that `alias` names the organisation `name` (the next load or re-parse merges them),
    or with exclude=True that `alias` names no organisation (the next load drops it; `name` unused)."""
    from .organisations import alias_key

    alias, name = " ".join(str(alias).split()), "" if exclude else " ".join(str(name).split())
    if not alias_key(alias):
        raise ValueError("укажите написание организации (буквами)")
    if not exclude and not alias_key(name):
        raise ValueError("укажите написание и название организации (буквами)")
    if len(alias) > 300 or len(name) > 300:
        raise ValueError("название организации длиннее 300 знаков")
    if not author.strip():
        raise ValueError("укажите, кто добавляет написание")
    row = OrganisationAlias(id=uuid.uuid4().hex, alias=alias, name=name, author=author.strip(),
                            reason=reason.strip(), created_at=datetime.now().isoformat(timespec="seconds"),
                            exclude=bool(exclude))
    _append(Path(edits_dir) / ALIASES_FILE, asdict(row))
    return row
