"""Reports parsed in worker processes while the one writer stores the ones before them.

A load stores its reports one by one in file order (DuckDB has one writer, and each report is one
transaction), but parsing a report needs nothing from the database. A bulk load — ten years of a
region, a national folder, a `--rebuild` after a parser upgrade re-parses every file — can therefore
parse the next files in other processes while the writer stores this one: on this 2-core machine 48
SYNTHETIC files took ~95 ms of parse and ~185 ms of store each, so the parse hides behind the store.

Results come back in the files' order, never more than a window of reports ahead of the writer (a
national folder of 13k reports must not pile up in memory while the store is the slower side). A
file's ReportError survives the trip with its file, event and field. A worker that dies (killed, out
of memory) does not lose the load: the file it held and every one after it are parsed here instead.

Workers are started with `spawn` (a fresh interpreter each): the writer's process holds DuckDB's
threads, and a fork of a threaded process may inherit a lock held by a thread that does not exist in
the child.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from pathlib import Path

from .errors import ReportError

Item = Path | tuple[str, bytes]
Parsed = tuple  # (report, original name) or a ReportError

# A pool pays each worker's start (an interpreter, the dictionaries, the reference tables: ~1.2 s of CPU
# here) before its first report: below this many files to parse the load stays in one process.
POOL_FROM_FILES = 24
WINDOW_PER_WORKER = 4  # parsed reports held ahead of the writer, per worker


def auto_jobs(files: int, cpus: int | None = None) -> int:
    """How many worker processes a load of `files` files to parse should use: none (1) for a few files
    or one core, else one per core up to 8 (the writer is the limit beyond)."""
    cpus = cpus if cpus is not None else (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                                          else os.cpu_count() or 1)
    return 1 if files < POOL_FROM_FILES or cpus < 2 else min(cpus, 8)


def _parse_in_worker(item: Item) -> tuple:
    """One file in a worker: ("ok", report, original) or ("error", message, file, event, field) — an
    exception pickles its text only, and where it was must reach the user."""
    from .load import read_report

    try:
        report, original = read_report(item)
    except ReportError as exc:
        return ("error", exc.message, exc.file, exc.event, exc.field)
    return ("ok", report, original)


def _unpacked(answer: tuple) -> Parsed:
    if answer[0] == "error":
        return ReportError(answer[1], file=answer[2], event=answer[3], field=answer[4])
    return answer[1], answer[2]


def parsed_in_order(items: Iterable[Item], jobs: int, parse: Callable[[Item], tuple]) -> Iterator[tuple[Item, Parsed]]:
    """(item, (report, original) or its ReportError) for every item, in order. `parse` is the
    in-process parse (load.read_report); with jobs > 1 the items are parsed in a pool of `jobs`
    processes, at most jobs × WINDOW_PER_WORKER ahead of the caller."""
    items = list(items)
    if jobs <= 1 or len(items) < 2:
        for item in items:
            yield item, _parsed_here(item, parse)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn"))
    pending: deque[tuple[Item, Future]] = deque()
    upcoming = iter(items)
    broken = False
    try:
        for item in upcoming:
            pending.append((item, pool.submit(_parse_in_worker, item)))
            if len(pending) >= jobs * WINDOW_PER_WORKER:
                break
        while pending:
            item, future = pending.popleft()
            try:
                parsed = _unpacked(future.result())
            except BrokenProcessPool:
                broken = True
                break
            if not broken:
                for following in upcoming:
                    pending.append((following, pool.submit(_parse_in_worker, following)))
                    break
            yield item, parsed
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    if broken:  # a worker died: this item and every one not yet handed out are parsed here
        yield item, _parsed_here(item, parse)
        for following, _ in pending:
            yield following, _parsed_here(following, parse)
        for following in upcoming:
            yield following, _parsed_here(following, parse)


def _parsed_here(item: Item, parse: Callable[[Item], tuple]) -> Parsed:
    try:
        return parse(item)
    except ReportError as exc:
        return exc
