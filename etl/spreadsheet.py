"""Text cells that a spreadsheet would run as a formula, made inert — one rule for every CSV and
XLSX the project writes (the ETL export and the dashboard's downloads).

A report cell «=HYPERLINK("http://…","Подробнее")» or «+7 (4812) 29-10-00» opened from a CSV in
Excel or LibreOffice becomes a live formula. In CSV the only portable defence is a leading
apostrophe; in XLSX the cell is marked as text with the quote-prefix style instead, so people
see exactly what the clerk typed. Numbers are never touched: -5 in a numeric column stays -5.
"""
from __future__ import annotations

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_PREFIXES)


def neutralise(value):
    """'=HYPERLINK(…)' → "'=HYPERLINK(…)"; numbers and other text pass unchanged."""
    return "'" + value if looks_like_formula(value) else value


def mark_formula_text(worksheet) -> int:
    """Every formula-looking text cell of an openpyxl worksheet becomes a literal string with the
    quote prefix (Excel's «'» typed before a value, not shown in the cell). Returns how many."""
    marked = 0
    for row in worksheet.iter_rows():
        for cell in row:
            if looks_like_formula(cell.value):
                cell.data_type = "s"
                cell.quotePrefix = True
                marked += 1
    return marked
