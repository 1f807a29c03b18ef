"""The data desk's actions, without Streamlit: preview an upload, commit it, delete or re-parse
reports, apply analysts' edits. Every write goes through etl.load's atomic swap; the
original file is kept in the raw store so the database can always be rebuilt from it."""
from __future__ import annotations

import copy
import os
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from .corrections import apply_corrections
from .diff import EventDiff, diff_events
from .edits import read_edits
from .errors import ReportError
from .load import LoadResult, delete_report, load_reports, period_label
from .normalize import Report, build_report, event_contract
from .read import read_bytes, report_files, too_large_message
from .store import archive_original, safe_name, store_original

MAX_UPLOAD_MB = 20


@dataclass
class Preview:
    """What an upload would do, shown before anything is written."""
    file_name: str
    data: bytes
    report: Report | None = None
    error: str | None = None
    replaces: dict | None = None          # the loaded report of the same region and quarter
    already_loaded: bool = False
    diff: EventDiff | None = None
    sectors: list[tuple[str, int]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.report is not None

    @property
    def label(self) -> str:
        if not self.report:
            return self.file_name
        return f"{self.report.region}, {period_label(self.report.year, self.report.quarter)}"


def preview_upload(file_name: str, data: bytes, db_path: Path, edits_dir: Path | None = None) -> Preview:
    """Parse an uploaded file and compare it with what is loaded; writes nothing. The loaded side
    carries analysts' corrections, so they are applied to a copy of the new side before comparing:
    a correction that will still apply is not reported as a change."""
    preview = Preview(file_name, data)
    if len(data) > MAX_UPLOAD_MB * 1024 * 1024:
        preview.error = f"{file_name}: {too_large_message(MAX_UPLOAD_MB, data[:8])}"
        return preview
    try:
        report = build_report(read_bytes(data, file_name))
    except ReportError as exc:
        preview.error = str(exc)
        return preview
    preview.report = report
    preview.sectors = sorted(Counter(e.sector or "—" for e in report.events).items(),
                             key=lambda item: report.sectors.index(item[0]) if item[0] in report.sectors else 99)
    if not Path(db_path).exists():
        return preview
    con = duckdb.connect(":memory:")
    try:
        con.execute("ATTACH ? AS db (READ_ONLY)", [str(db_path)])
        row = con.execute("SELECT report_id, file_name, sha256, event_count, loaded_at FROM db.reports "
                          "WHERE region = ? AND year = ? AND quarter = ?",
                          [report.region, report.year, report.quarter]).fetchone()
        if row:
            preview.already_loaded = row[2] == report.sha256
            preview.replaces = dict(zip(("report_id", "file_name", "sha256", "event_count", "loaded_at"), row))
            old = con.execute("SELECT * FROM db.v_events_all WHERE report_id = ? ORDER BY n", [row[0]]).df()
            old_events = [{**r, "start_date": r["start_date"], "end_date": r["end_date"]}
                          for r in old.to_dict("records")]
            corrected = copy.deepcopy(report)
            apply_corrections(corrected, read_edits(edits_dir).corrections)
            preview.diff = diff_events(old_events, [event_contract(e) for e in corrected.events])
    finally:
        con.close()
    return preview


def commit_uploads(previews: list[Preview], db_path: Path, raw_dir: Path, edits_dir: Path | None) -> list[LoadResult]:
    """Load first, then move originals: the uploads are staged in a hidden folder of the raw store
    (re-parse and rebuild skip hidden folders), loaded in one swap, and only a report that loaded is
    kept in the raw store — and only then is the original it replaces archived. A file that fails
    (or a load that raises) leaves the raw store exactly as it was, so no quarter can disappear on the
    next «Разобрать заново»."""
    ready = [p for p in previews if p.ok]
    if not ready:
        return []
    raw_dir = Path(raw_dir)
    raw_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".incoming-", dir=raw_dir))
    try:
        staged = [store_original(staging, p.file_name, p.data) for p in ready]
        results = load_reports(staged, db_path, edits=read_edits(edits_dir), spare=True)
        for preview, result in zip(ready, results):
            if not result.ok:
                continue
            kept = store_original(raw_dir, preview.file_name, preview.data)
            if preview.replaces and not preview.already_loaded:
                archive_original(raw_dir, preview.replaces["sha256"])
                wanted = raw_dir / safe_name(preview.file_name)
                if kept != wanted and not wanted.exists():  # the replaced file held the name until now
                    os.replace(kept, wanted)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return results


def remove_report(report_id: str, sha256: str, db_path: Path, raw_dir: Path) -> bool:
    """Delete a loaded report; only once it is gone from the database does its original move to the
    archive (so a failed delete cannot leave a report whose original a rebuild no longer finds)."""
    removed = delete_report(report_id, db_path, spare=True)
    archive_original(raw_dir, sha256)
    return removed


def reparse_all(db_path: Path, raw_dir: Path, edits_dir: Path | None) -> list[LoadResult]:
    """Rebuild the database from every stored original with the current parser and corrections."""
    return load_reports(report_files([raw_dir]), db_path, rebuild=True, force=True, edits=read_edits(edits_dir),
                        spare=True)


# ------------------------------------------------------------------ edits on top of the originals

def apply_edits(db_path: Path, raw_dir: Path, edits_dir: Path | None) -> list[LoadResult]:
    """Reload the stored originals with the analysts' edits, after a correction or a duplicate
    decision was written: the loader re-processes only the reports whose corrections changed, and
    re-applies every duplicate decision."""
    return load_reports(report_files([raw_dir]), db_path, edits=read_edits(edits_dir), spare=True)


def candidate_key(row: dict) -> str:
    """The stable key of an event in a duplicate decision: region|year|quarter|n|fingerprint."""
    from .edits import event_key

    return event_key(row["region"], int(row["year"]), int(row["quarter"]), int(row["n"]), row["fingerprint"])
