"""Prints how fast and in how much memory SYNTHETIC zip bombs are refused (make bench-zipguard).

Each bomb is built from the real sample's .docx (tests/zip_bombs.py) and refused in a fresh child
process, so peak RSS is the refusal's own: `ru_maxrss` after minus before, plus tracemalloc's peak.
Figures are printed, never asserted.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

CHILD = r"""
import json, resource, sys, time, tracemalloc
sys.path[:0] = [sys.argv[2]]
from etl.read import read_bytes
from etl.errors import ReportError
data = open(sys.argv[1], "rb").read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
started = time.perf_counter()
try:
    read_bytes(data, sys.argv[1].rsplit("/", 1)[-1])
    outcome = "ACCEPTED"
except ReportError as exc:
    outcome = str(exc)
elapsed = time.perf_counter() - started
peak = tracemalloc.get_traced_memory()[1]
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": elapsed, "traced_mb": peak / 2**20, "rss_growth_mb": (after - before) / 1024,
                  "max_rss_mb": after / 1024,
                  "outcome": outcome}))
"""


def main() -> None:
    from zip_bombs import declared_huge, lying_bomb, many_members, padded_bomb, sample_docx

    docx = sample_docx((ROOT / "data" / "raw" / "smolensk_international_2024q4.txt").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        padded_1g = padded_bomb(docx, folder / "padded_1gb.docx", 1024)
        bombs = {
            "document.xml + 1 GB of spaces (deflate)": padded_1g,
            "document.xml + 300 MB of spaces": padded_bomb(docx, folder / "padded_300mb.docx", 300),
            "document.xml + 100 MB of zeros (LZMA)": padded_bomb(docx, folder / "lzma.docx", 100, pad=b"\x00",
                                                                 method=zipfile.ZIP_LZMA),
            "1 GB bomb, header says 4 KB": lying_bomb(padded_1g, folder / "lying_1gb.docx"),
            "header says 4 GB": declared_huge(docx, folder / "declared.docx"),
            "5000 members": many_members(docx, folder / "members.docx"),
            "the real sample as .docx (accepted)": _write(folder / "sample.docx", docx),
        }
        print(f"{'input':<42} {'file':>9} {'time':>8} {'traced':>9} {'RSS +':>8} {'max RSS':>8}  outcome")
        for label, path in bombs.items():
            out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(ROOT)], capture_output=True,
                                 text=True, check=True)
            row = json.loads(out.stdout)
            print(f"{label:<42} {path.stat().st_size / 2**20:>7.2f}MB {row['seconds'] * 1000:>6.0f}ms "
                  f"{row['traced_mb']:>7.1f}MB {row['rss_growth_mb']:>6.1f}MB {row['max_rss_mb']:>6.0f}MB  "
                  f"{row['outcome'][:90]}")


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


if __name__ == "__main__":
    main()
