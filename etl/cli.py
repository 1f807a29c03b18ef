"""python -m etl load|check|parse|export|synth — a thin shell over the library."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from .config import DB_PATH, EDITS_DIR, RAW_DIR
from .edits import read_edits
from .errors import ReportError, shown_name
from .export import export_tables
from .load import load_reports, period_label, read_report, wait_for_spare
from .normalize import Report, report_contract
from .read import SUPPORTED_SUFFIXES, hidden_report_files, report_files


STATUS_LABELS = {"loaded": "загружен", "replaced": "заменён", "reparsed": "разобран заново",
                 "unchanged": "без изменений", "failed": "ОШИБКА"}


def _print_issues(report: Report, out=None, limit: int | None = None) -> None:
    out = out or sys.stdout  # looked up now: a captured or reconfigured stdout is honoured
    warnings = [i for i in report.issues if i.severity == "warning"]
    infos = [i for i in report.issues if i.severity != "warning"]
    print(f"  проблемы разбора: {len(warnings)} предупреждений, {len(infos)} замечаний", file=out)
    for issue in (warnings + infos)[:limit]:
        where = f"№ {issue.event}" if issue.event is not None else "отчёт"
        raw = f" — «{issue.raw_text[:80]}»" if issue.raw_text else ""
        print(f"  [{issue.severity}] {where}, {issue.field}: {issue.message}{raw}", file=out)


def _summary(report: Report) -> str:
    by_sector = Counter(e.sector for e in report.events)
    return (f"{report.region}, {period_label(report.year, report.quarter)}: {report.event_count} мероприятий, "
            f"{len(by_sector)} сфер")


MAX_EXIT_CODE = 125  # 126 and above mean "cannot run" / "killed by a signal" to a shell


def failed_exit_code(failed: int) -> int:
    """The exit code of load/reparse: how many files were not loaded, 0 when all were."""
    return min(failed, MAX_EXIT_CODE)


def cmd_load(args) -> int:
    files = report_files([Path(p) for p in args.paths])
    for hidden in hidden_report_files([Path(p) for p in args.paths]):
        print(f"{shown_name(hidden.name)}: пропущен — имя начинается с точки (скрытый файл); переименуйте его, "
              "чтобы загрузить", file=sys.stderr)
    if not files:
        print(f"Не найдено файлов отчётов ({', '.join(sorted(SUPPORTED_SUFFIXES))})", file=sys.stderr)
        return 2
    progress = None
    if len(files) > 1 and not args.quiet:
        from tqdm import tqdm
        progress = tqdm(total=len(files), unit="файл", file=sys.stderr)

    def on_file(result):
        if progress:
            progress.update(1)

    try:
        edits = read_edits(Path(args.edits))
    except (OSError, ValueError) as exc:
        print(f"ОШИБКА: исправления аналитиков ({args.edits}) не читаются: {exc}; база не изменена",
              file=sys.stderr)
        return failed_exit_code(len(files))
    spare = not getattr(args, "no_spare", False)
    try:
        results = load_reports(files, Path(args.db), rebuild=args.rebuild, force=args.force,
                               edits=edits, on_file=on_file, spare=spare, jobs=getattr(args, "jobs", None))
    except ReportError as exc:  # the disk or the folder, not a report: nothing was loaded
        print(f"ОШИБКА: {exc}", file=sys.stderr)
        return failed_exit_code(len(files))
    finally:
        if progress:
            progress.close()
    failed = 0
    for result in results:
        mark = STATUS_LABELS.get(result.status, result.status)
        print(f"{result.file_name}: {mark} — {result.message}")
        if result.report and result.status != "unchanged":
            print("  " + _summary(result.report))
            _print_issues(result.report, limit=None if args.verbose else 10)
        failed += result.status == "failed"
    print(f"База: {args.db}")
    if failed:
        print(f"Не загружено файлов: {failed} из {len(results)}", file=sys.stderr)
    if spare:  # the new file is served already; its spare for the next load is made before we exit
        sys.stdout.flush()
        wait_for_spare(Path(args.db))
    return failed_exit_code(failed)


def cmd_reparse(args) -> int:
    args.paths, args.rebuild, args.force, args.verbose, args.quiet = [args.raw], True, True, False, False
    return cmd_load(args)


def cmd_check(args) -> int:
    try:
        report, _ = read_report(Path(args.path))
    except ReportError as exc:
        print(f"Не отчёт: {exc}", file=sys.stderr)
        return 2
    print(_summary(report))
    for sector in report.sectors:
        print(f"  {sector}: {sum(1 for e in report.events if e.sector == sector)}")
    _print_issues(report)
    return 0


def cmd_parse(args) -> int:
    try:
        report, _ = read_report(Path(args.path))
    except ReportError as exc:
        print(f"Не отчёт: {exc}", file=sys.stderr)
        return 2
    contract = report_contract(report)
    if args.json:
        json.dump(contract, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for event in contract["events"]:
            print(f"{event['n']:>3}. {event['start_date']} {event['sector_key']:<18} "
                  f"{','.join(event['partner_countries']) or '-':<10} {event['title'][:70]}")
    return 0


def cmd_export(args) -> int:
    written = export_tables(Path(args.db), Path(args.out), args.format)
    for path in written:
        print(path)
    return 0


def cmd_synth(args) -> int:
    from .synth import write_reports

    try:
        written = write_reports(Path(args.out), args.regions, args.quarters, seed=args.seed,
                                docx_share=args.docx_share)
    except ReportError as exc:
        print(f"Ошибка: {exc}", file=sys.stderr)
        return 2
    print(f"SYNTHETIC: {len(written)} отчётов в {args.out}")
    return 0


LOAD_EXIT_CODES = (
    "Код выхода load и reparse: 0 — все файлы загружены; N (1–125) — столько файлов не загружено "
    "(125 — 125 и больше), каждый назван в выводе, остальные загружены; 2 — в указанных путях нет "
    "файлов отчётов. Папка без места или только для чтения: не загружен ни один файл, код = их число, "
    "база прежняя. check и parse: 0 — отчёт, 2 — не отчёт.")


NO_SPARE_HELP = ("не оставлять запасную копию базы для следующей загрузки (по умолчанию она делается после "
                 "замены базы, и следующая загрузка не копирует файл; копия занимает место ещё одной базы и "
                 "делается, только если на диске его хватает и на рост базы)")


JOBS_HELP = ("сколько процессов разбирают файлы, пока база записывает предыдущие (по умолчанию: по числу ядер "
             "от 24 файлов, иначе 1); результат тот же")


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"число процессов — целое число от 1, а не «{text}»") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"число процессов — целое число от 1, а не {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m etl", description="Отчёты о международных мероприятиях → DuckDB",
        epilog=LOAD_EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default=str(DB_PATH), help=f"файл базы (по умолчанию {DB_PATH})")
    parser.add_argument("--edits", default=str(EDITS_DIR),
                        help=f"папка исправлений аналитиков (по умолчанию {EDITS_DIR})")
    sub = parser.add_subparsers(dest="command", required=True)
    load = sub.add_parser("load", help="загрузить отчёты (файлы или папки) в базу", epilog=LOAD_EXIT_CODES,
                          formatter_class=argparse.RawDescriptionHelpFormatter)
    load.add_argument("paths", nargs="+")
    load.add_argument("--rebuild", action="store_true", help="собрать базу заново из этих файлов")
    load.add_argument("--force", action="store_true", help="разобрать заново даже неизменённые файлы")
    load.add_argument("--verbose", "-v", action="store_true", help="показать все проблемы разбора")
    load.add_argument("--quiet", "-q", action="store_true", help="без индикатора хода")
    load.add_argument("--no-spare", action="store_true", help=NO_SPARE_HELP)
    load.add_argument("--jobs", "-j", type=_jobs, default=None, metavar="N", help=JOBS_HELP)
    reparse = sub.add_parser("reparse", help=f"пересобрать базу из всех оригиналов ({RAW_DIR})",
                             epilog=LOAD_EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    reparse.add_argument("--raw", default=str(RAW_DIR))
    reparse.add_argument("--no-spare", action="store_true", help=NO_SPARE_HELP)
    reparse.add_argument("--jobs", "-j", type=_jobs, default=None, metavar="N", help=JOBS_HELP)
    check = sub.add_parser("check", help="разобрать файл без загрузки и перечислить проблемы")
    check.add_argument("path")
    parse = sub.add_parser("parse", help="напечатать разобранные мероприятия")
    parse.add_argument("path")
    parse.add_argument("--json", action="store_true", help="JSON-контракт: {report, events}")
    export = sub.add_parser("export", help="выгрузить все таблицы")
    export.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    export.add_argument("--out", required=True)
    synth = sub.add_parser("synth", help="SYNTHETIC-отчёты для нагрузочных тестов (не в data/raw)")
    synth.add_argument("--regions", type=int, required=True, help="сколько регионов")
    synth.add_argument("--quarters", type=int, required=True, help="сколько кварталов (до IV кв. 2024)")
    synth.add_argument("--out", required=True, help="папка для файлов (не data/raw)")
    synth.add_argument("--seed", type=int, default=0, help="одинаковый seed — одинаковые файлы")
    synth.add_argument("--docx-share", type=float, default=0.25, help="доля отчётов в формате .docx")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers = {"reparse": cmd_reparse, "load": cmd_load, "check": cmd_check, "parse": cmd_parse, "export": cmd_export,
                "synth": cmd_synth}
    return handlers[args.command](args)
