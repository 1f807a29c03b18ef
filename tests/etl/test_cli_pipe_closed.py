"""A reader that stops early (`python -m etl parse --json report.txt | head`) ends the CLI quietly.

Before, Python printed a BrokenPipeError traceback into the terminal. The JSON of the sample is far
larger than a pipe's buffer, so the child is still writing when the reader closes: the case is certain."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def test_a_closed_pipe_ends_the_cli_without_a_traceback(sample_path):
    child = subprocess.Popen([sys.executable, "-m", "etl", "parse", "--json", str(sample_path)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout.read(200).lstrip().startswith(b"{")
    child.stdout.close()
    err = child.stderr.read().decode("utf-8", "replace")
    assert child.wait(60) == 141
    assert "Traceback" not in err and "BrokenPipe" not in err, err
