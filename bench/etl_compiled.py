"""The parser's hot modules compiled (Cython, or mypyc where a module type-checks) against pure Python.

Issue 11 asks for ≥ 2,000 events per CPU-second; five passes of tuning left no single hot spot, so the
one road left untried was compiling the unchanged .py files. This script builds that experiment in two
throw-away copies of the committed tree (`git archive HEAD`): one left pure, one with the hot modules
compiled in place as extension modules next to their .py; then it runs `bench/etl_compare.py` of the
compiled copy against the pure one (the two alternate report by report in one process, so both see the
same load) for `.txt` and `.docx`, with and without the organisations step. Nothing in this checkout is
built or changed. The compilers are not requirements of the project: install them to run this.

    .venv/bin/pip install cython==3.3.1 mypy==2.4.1
    .venv/bin/python bench/etl_compiled.py --backend cython          # every module through Cython
    .venv/bin/python bench/etl_compiled.py --backend mixed           # mypyc where mypy passes, else Cython

mypyc compiles a module only when mypy finds no error in it (it enforces the annotations at run time:
a wrong one raises TypeError where Python would have run on), so `mixed` drops a module that does not
type-check to Cython and says which. ~5–8 minutes on this 2-core machine (the C compiler most of it).
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOT_MODULES = ("organisations", "geo", "attendance", "officials", "lemmas", "dates", "classify", "title",
               "normalize", "layout")
_MYPY_ERROR = re.compile(r"^etl/(\w+)\.py:\d+: error:", re.MULTILINE)
_CYTHON_SETUP = """\
import sys
from Cython.Build import cythonize
from setuptools import setup
setup(ext_modules=cythonize([f"etl/{name}.py" for name in sys.argv[1].split(",")], language_level=3,
                            quiet=True, nthreads=2),
      script_args=["build_ext", "--inplace", "-j", "2"])
"""


def _copy_of_head(into: Path) -> Path:
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "HEAD"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def _run(command: list[str], cwd: Path) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{' '.join(command[:3])} … failed ({done.returncode}):\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
    return done.stdout


def type_clean(tree: Path, modules: list[str]) -> list[str]:
    """The modules mypy passes, checked together: a module with an error is dropped and the rest checked
    again (an error can be reported in a module because of another's types)."""
    left = list(modules)
    while left:
        done = subprocess.run([sys.executable, "-m", "mypy", "--ignore-missing-imports", "--follow-imports=silent",
                               *[f"etl/{name}.py" for name in left]], cwd=tree, capture_output=True, text=True)
        failing = set(_MYPY_ERROR.findall(done.stdout)) & set(left)
        if done.returncode == 0 or not failing:
            return left if done.returncode == 0 else []
        left = [name for name in left if name not in failing]
    return left


def build(tree: Path, backend: str, modules: list[str]) -> dict[str, str]:
    """Compile `modules` in place under tree/etl; module → the compiler that built it."""
    by_mypyc = type_clean(tree, modules) if backend == "mixed" else []
    by_cython = [name for name in modules if name not in by_mypyc]
    if by_mypyc:
        _run([str(Path(sys.executable).with_name("mypyc")), "--ignore-missing-imports", "--follow-imports=silent",
              *[f"etl/{name}.py" for name in by_mypyc]], tree)
    if by_cython:
        (tree / "_cython_setup.py").write_text(_CYTHON_SETUP)
        _run([sys.executable, "_cython_setup.py", ",".join(by_cython)], tree)
    return {name: ("mypyc" if name in by_mypyc else "Cython") for name in modules}


def loaded_from(tree: Path, modules: list[str]) -> dict[str, str]:
    """Each module's file as `import etl.<name>` finds it in `tree` (an extension must win over its .py)."""
    code = ("import importlib, sys\n"
            "for name in sys.argv[1:]:\n"
            "    print(name, importlib.import_module('etl.' + name).__file__)")
    out = _run([sys.executable, "-c", code, *modules], tree)
    return dict(line.split(" ", 1) for line in out.splitlines())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("cython", "mixed"), default="mixed")
    parser.add_argument("--modules", default=",".join(HOT_MODULES), help="comma-separated etl modules to compile")
    parser.add_argument("--runs", type=int, default=3, help="runs of each bench/etl_compare.py comparison")
    parser.add_argument("--keep", type=Path, help="build the two copies here and keep them (default: a temporary folder)")
    args = parser.parse_args(argv)
    needed = ["Cython"] + (["mypy"] if args.backend == "mixed" else [])
    if missing := [name for name in needed if importlib.util.find_spec(name) is None]:
        print(f"{', '.join(missing)} not installed: .venv/bin/pip install cython==3.3.1 mypy==2.4.1", file=sys.stderr)
        return 2
    modules = [name for name in args.modules.split(",") if name]
    work = args.keep or Path(tempfile.mkdtemp(prefix="etl_compiled_"))
    try:
        pure, compiled = _copy_of_head(work / "pure"), _copy_of_head(work / "compiled")
        start, before = time.monotonic(), resource.getrusage(resource.RUSAGE_CHILDREN)
        compilers = build(compiled, args.backend, modules)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        print(f"built in {time.monotonic() - start:.0f} s wall, {cpu:.0f} s CPU (load average "
              f"{os.getloadavg()[0]:.2f}): " + ", ".join(f"{name} {how}" for name, how in compilers.items()))
        files = loaded_from(compiled, modules)
        if pure_left := [name for name, file in files.items() if file.endswith(".py")]:
            raise SystemExit(f"not loaded compiled: {', '.join(pure_left)}")
        for kind in ("txt", "docx"):
            for organisations in ([], ["--organisations"]):
                out = _run([sys.executable, "bench/etl_compare.py", "--reference", str(pure), "--kind", kind, "--cold",
                            "--runs", str(args.runs), *organisations], compiled)
                print(out.strip().replace("this / reference", "compiled / pure").replace("reference", "pure     ")
                      .replace("this     ", "compiled "))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
