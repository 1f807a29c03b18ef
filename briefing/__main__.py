"""python -m briefing --quarter 2024Q4 --out DIR: the review's PPTX, HTML and XLSX from the command line."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import write_briefing
from .model import ReviewError, build_review, parse_quarter
from .narrative import narrative

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m briefing",
        description="Квартальный обзор: PPTX (нативные диаграммы), автономный HTML и XLSX-приложение.")
    parser.add_argument("--quarter", required=True, help="квартал: 2024Q4 (или «IV кв. 2024»)")
    parser.add_argument("--out", required=True, type=Path, help="папка для файлов")
    parser.add_argument("--region", default=None, help="регион, если в базе их несколько: «Смоленская область»")
    parser.add_argument("--db", default=None, type=Path, help="файл DuckDB (по умолчанию etl.config.DB_PATH)")
    parser.add_argument("--lang", default="ru", choices=("ru", "en"),
                        help="язык слайдов и текста: ru (по умолчанию) или en")
    args = parser.parse_args(argv)

    from etl import config

    from analytics.db import DatabaseMissing, ReadOnlyDatabase

    try:
        year, quarter = parse_quarter(args.quarter)
    except ValueError as error:
        parser.error(str(error))
    database = ReadOnlyDatabase(args.db or config.DB_PATH)
    try:
        con = database.cursor()
        review = build_review(con, year, quarter, args.region)
        paths = write_briefing(review, args.out, args.lang)
    except DatabaseMissing as error:
        print(f"ошибка: база данных не найдена: {error}. Соберите её: python -m etl load data/raw", file=sys.stderr)
        return 2
    except ReviewError as error:
        print(f"ошибка: {error}", file=sys.stderr)
        return 2
    finally:
        database.close()
    kb = "КБ" if args.lang == "ru" else "KB"
    print(f"{review.period.region_name(args.lang)}, {review.period.label(args.lang)}:")
    for path in paths:
        print(f"  {path}  ({path.stat().st_size // 1024} {kb})")
    print()
    print(narrative(review, args.lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
