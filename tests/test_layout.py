"""The layout's promises: analytics/, briefing/ and etl/ work without Streamlit (a notebook, the CLI),
and only ui/ and pages/ import it."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STREAMLIT_FREE = ("analytics", "briefing", "etl")
GLUE = ("ui", "pages")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", STREAMLIT_FREE)
def test_package_source_never_imports_streamlit(package):
    offenders = [str(p.relative_to(ROOT)) for p in sorted((ROOT / package).rglob("*.py")) if "streamlit" in _imports(p)]
    assert offenders == []


def test_only_glue_and_pages_import_streamlit():
    python_files = [p for p in ROOT.glob("*/**/*.py") if p.parts[len(ROOT.parts)] not in (".venv", "tests", "bench")]
    importers = {p.relative_to(ROOT).parts[0] for p in python_files if "streamlit" in _imports(p)}
    assert importers <= set(GLUE)


def test_query_layer_runs_with_streamlit_absent(sample_db):
    """A notebook's session: the query layer and the review model load and answer with no streamlit in
    sys.modules (a meta-path blocker makes any import of it fail loudly)."""
    code = f"""
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "streamlit" or name.startswith("streamlit."):
            raise ImportError("streamlit must not be imported here")
sys.meta_path.insert(0, Block())
sys.path.insert(0, {str(ROOT)!r})
from analytics import queries
from analytics.db import ReadOnlyDatabase
from analytics.filters import Filters
from briefing.model import build_review
database = ReadOnlyDatabase({str(sample_db)!r})
con = database.cursor()
print(queries.count_events(con, Filters()))
print(build_review(con, 2024, 4).period.period_label)
assert not any(m == "streamlit" or m.startswith("streamlit.") for m in sys.modules)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["78", "IV", "кв.", "2024"]


@pytest.mark.parametrize("page", sorted(p.name for p in (ROOT / "pages").glob("*.py")))
def test_pages_only_lay_out(page):
    """A page picks filters, calls the query layer and shows results: no SQL, no HTML building, short."""
    source = (ROOT / "pages" / page).read_text(encoding="utf-8")
    assert len(source.splitlines()) <= 125
    assert "SELECT " not in source.upper().replace("ST.SELECT", "")
    assert "unsafe_allow_html" not in source
