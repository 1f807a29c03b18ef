import os
import sys

from .cli import main

try:
    code = main()
    sys.stdout.flush()
except BrokenPipeError:
    # the reader went away (`python -m etl parse --json … | head`): stop quietly as Unix tools do, not with a
    # traceback; a load's swap is done or not begun by then (its results print after it), so nothing is half-kept
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    code = 141
sys.exit(code)
