"""The dashboard's imports leave the parser out: a server's first page waits for every module the pages
import, and the query layer took the kept rows' constants (etl.kept), the home country (etl.config) and the
search words from modules that imported the whole ETL — etl.load, etl.normalize, the geo, organisations,
attendance and date parsers, ~0.6–1.5 s of the first page. Checked in a fresh interpreter, so no other test's
imports count."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PARSER = ("etl.load", "etl.normalize", "etl.geo", "etl.organisations", "etl.attendance", "etl.dates", "etl.officials",
          "etl.read", "etl.layout")


def _imported_after(statement: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", f"import json, sys; {statement}; "
                           "print(json.dumps(sorted(m for m in sys.modules if m.startswith('etl'))))"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_importing_the_dashboard_and_its_query_layer_leaves_the_parser_out():
    imported = _imported_after("import dashboard, analytics.queries, analytics.page_queries, analytics.quality, "
                               "analytics.filters, ui.access, ui.sidebar, ui.widgets")
    assert "etl.kept" in imported and "etl.search" in imported     # what the pages do need
    assert not imported & set(PARSER), sorted(imported & set(PARSER))


def test_the_loader_still_offers_the_kept_rows_shape_and_search_still_reads_countries():
    imported = _imported_after("import etl.load as l, etl.kept as k; assert l.TOP_WHOLE == k.TOP_WHOLE and "
                               "l.FILL_CHECKS is k.FILL_CHECKS and l.AGREEMENT_SHOWN == k.AGREEMENT_SHOWN; "
                               "from etl.search import query_terms; "
                               "assert query_terms('Белоруссия соглашения') == [('белоруссия', 'беларусь'), ('соглашение',)]")
    assert {"etl.load", "etl.geo"} <= imported
