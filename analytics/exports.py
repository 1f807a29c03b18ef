"""Downloads of exactly the filtered rows: CSV for Excel, XLSX with its context, Parquet.

CSV and XLSX are opened by people in spreadsheet programs, so text cells that a spreadsheet would
run as a formula (= + - @, tab, CR) are made inert (etl.spreadsheet): a leading apostrophe in CSV,
the quote-prefix text style in XLSX. Parquet keeps the values as they are.
"""
from __future__ import annotations

import io
from datetime import date, datetime

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from etl.spreadsheet import FORMULA_PREFIXES, mark_formula_text, neutralise  # noqa: F401 (re-exported)

from .formatting import is_missing
from .i18n import (AGREEMENT_LABELS, DIRECTION_LABELS, EVENT_TYPE_LABELS_I18N, FORMAT_LABELS,
                   QUARTER_POSITION_LABELS, option_label, sector_label, t)

BOM = "\ufeff"

# registry column → label key; the order of the download
EXPORT_COLUMNS = {
    "n": "col_n", "title": "col_title", "sector_label": "col_sector", "start_date": "col_start",
    "end_date": "col_end", "format": "col_format", "direction": "col_direction", "event_type": "col_type",
    "venue_city": "col_city", "venue_country": "col_venue_country", "partner_countries": "col_countries",
    "foreign_regions": "col_regions", "attendance_total": "col_attendance",
    "attendance_lower_bound": "col_lower_bound", "attendance_foreign": "col_foreign",
    "attendance_online": "col_online", "unnamed_foreign": "col_unnamed_foreign", "agreement": "col_agreement",
    "agreement_text": "col_agreement_text", "officials": "col_officials", "quarter_position": "col_quarter_position",
    "period_label": "col_period", "file_name": "col_file", "sha256": "col_sha256", "table_row": "col_table_row",
    "source_line": "col_source_line", "raw_number": "raw_number", "raw_title": "raw_title",
    "raw_venue": "raw_venue", "raw_dates": "raw_dates", "raw_content": "raw_content",
    "raw_participants": "raw_participants",
}
_WIDTHS = {"col_title": 60, "col_agreement_text": 50, "raw_title": 50, "raw_content": 80, "raw_participants": 50,
           "raw_venue": 30, "raw_dates": 24, "col_officials": 40, "col_sha256": 66, "col_file": 36}


def _neutralise_frame(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise)
    return out


def _join(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and pd.isna(value):
        return None
    try:
        return ", ".join(str(v) for v in value)
    except TypeError:
        return str(value)


def readable(registry: pd.DataFrame, lang: str = "ru", country_names: dict[str, str] | None = None) -> pd.DataFrame:
    """queries.registry → the table people read: labelled columns, names instead of keys, lists joined."""
    names = country_names or {}
    df = registry.copy()
    df["sector_label"] = [sector_label(k, lang, h) for k, h in zip(df["sector_key"], df["sector"])]
    df["format"] = df["format"].map(lambda k: option_label(FORMAT_LABELS, k, lang))
    df["direction"] = df["direction"].map(lambda k: option_label(DIRECTION_LABELS, k, lang))
    df["event_type"] = df["event_type"].map(lambda k: option_label(EVENT_TYPE_LABELS_I18N, k, lang))
    df["agreement"] = df["agreement"].map(lambda k: option_label(AGREEMENT_LABELS, k, lang) if isinstance(k, str) else None)
    df["quarter_position"] = df["quarter_position"].map(
        lambda k: option_label(QUARTER_POSITION_LABELS, k, lang) if isinstance(k, str) else None)
    df["partner_countries"] = df["partner_countries"].map(lambda cs: _join([names.get(c, c) for c in cs]) if cs is not None else None)
    df["venue_country"] = df["venue_country"].map(lambda c: names.get(c, c) if isinstance(c, str) else None)
    for column in ("foreign_regions", "officials"):
        df[column] = df[column].map(_join)
    for column in ("attendance_lower_bound", "unnamed_foreign"):
        df[column] = df[column].map(lambda b: t("yes", lang) if b else t("no", lang))
    for column in ("start_date", "end_date"):
        df[column] = pd.to_datetime(df[column]).dt.date
    out = df[list(EXPORT_COLUMNS)]
    out.columns = [t(key, lang) for key in EXPORT_COLUMNS.values()]
    return out


def _csv_frame(table: pd.DataFrame) -> pd.DataFrame:
    frame = _neutralise_frame(table)
    for column in frame.columns:
        if frame[column].map(lambda v: isinstance(v, (date, datetime))).any():
            frame[column] = frame[column].map(lambda v: v.strftime("%d.%m.%Y") if isinstance(v, (date, datetime)) else v)
    return frame


def csv_bytes(table: pd.DataFrame) -> bytes:
    """For tools: comma-separated UTF-8 (with a BOM so Excel still shows Cyrillic), decimal point;
    dates as 25.09.2024; formula-looking text neutralised."""
    return (BOM + _csv_frame(table).to_csv(index=False, lineterminator="\r\n")).encode("utf-8")


def csv_excel_bytes(table: pd.DataFrame) -> bytes:
    """For a double-click in Russian Excel: `;` between fields and a decimal comma (Russian Windows'
    list separator and decimal sign), UTF-8 with a BOM, CRLF; otherwise the same as csv_bytes."""
    text = _csv_frame(table).to_csv(index=False, sep=";", decimal=",", lineterminator="\r\n")
    return (BOM + text).encode("utf-8")


def xlsx_bytes(table: pd.DataFrame, *, filters_sentence: str, sources: pd.DataFrame,
               exported_at: datetime | None = None, lang: str = "ru") -> bytes:
    """A workbook with the rows (bold header, frozen first row, widths, autofilter) and a second sheet
    stating the filters, the time of export and the source reports (file, sha256)."""
    exported_at = exported_at or datetime.now().replace(microsecond=0)
    wb = Workbook()
    ws = wb.active
    ws.title = t("sheet_events", lang)[:31]
    frame = table
    header_fill = PatternFill("solid", fgColor="DCE6F2")
    ws.append(list(frame.columns))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in frame.itertuples(index=False):
        ws.append([None if is_missing(v) else v for v in row])
    for index, column in enumerate(frame.columns, start=1):
        letter = get_column_letter(index)
        key = next((k for k in EXPORT_COLUMNS.values() if t(k, lang) == column), None)
        longest = max([len(str(column))] + [len(str(v)) for v in frame[column].head(200) if not is_missing(v)])
        ws.column_dimensions[letter].width = _WIDTHS.get(key, min(max(10, longest + 2), 40))
        if frame[column].map(lambda v: isinstance(v, (date, datetime))).any():
            for cell in ws[letter][1:]:
                cell.number_format = "DD.MM.YYYY"
    ws.freeze_panes = "A2"
    if ws.max_row > 1:
        ws.auto_filter.ref = ws.dimensions

    about = wb.create_sheet(t("sheet_about", lang)[:31])
    bold = Font(bold=True)
    about.append([t("about_filters", lang), filters_sentence])
    about.append([t("about_exported", lang), exported_at])
    about["B2"].number_format = "DD.MM.YYYY HH:MM:SS"
    about.append([t("about_rows", lang), len(frame)])
    about.append([])
    about.append([t("about_sources", lang)])
    about.append([t("col_file", lang), t("col_sha256", lang), t("col_period", lang), t("col_events", lang)])
    for row in sources.itertuples(index=False):
        about.append([row.file_name, row.sha256, row.period_label, int(row.events)])
    mark_formula_text(ws)
    mark_formula_text(about)
    for cell in ("A1", "A2", "A3", "A5", "A6", "B6", "C6", "D6"):
        about[cell].font = bold
    about.column_dimensions["A"].width = 40
    about.column_dimensions["B"].width = 70
    about.column_dimensions["C"].width = 16
    about.column_dimensions["D"].width = 14
    about["B1"].alignment = Alignment(wrap_text=True, vertical="top")

    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def parquet_bytes(registry: pd.DataFrame) -> bytes:
    """The registry rows with their original types (lists stay lists, dates stay dates)."""
    buffer = io.BytesIO()
    registry.to_parquet(buffer, index=False)
    return buffer.getvalue()
