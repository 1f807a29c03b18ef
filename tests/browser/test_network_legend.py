"""The organisations network's legend («наши учреждения ● зарубежные партнёры») stands clear of the
names it explains: at y 1.02 of the plot it covered the first row's left name («…ственный
университет» with its start hidden) on a database of six SYNTHETIC fixture reports (one without
sector headings) at 1920 px. One page, two widths."""
from __future__ import annotations

import pytest

import shutil
import subprocess
import sys

from .conftest import ROOT, serve_dashboard
from .test_browser import open_page, wait_idle
from .test_organisations_network import ORGANISATIONS, settled_network

pytestmark = pytest.mark.browser

OVERLAPS = """(plot) => {
  const boxes = [...plot.querySelectorAll('.legend .traces')].map(e => e.getBoundingClientRect());
  const out = [];
  for (const t of plot.querySelectorAll('.scatterlayer text')) {
    const r = t.getBoundingClientRect();
    if (!r.width || !t.textContent.trim()) continue;
    for (const b of boxes)
      if (Math.min(r.right, b.right) - Math.max(r.left, b.left) > 1 && Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top) > 1)
        out.push(t.textContent.slice(0, 40));
  }
  return {legend: boxes.length, overlaps: out};
}"""


REPORTS = ["synthetic_yakutia_2026q1_next_report5.cp1251.txt", "synthetic_leningrad_2025q4_next_report5.txt",
           "synthetic_tatarstan_2025q2_next_report.txt", "synthetic_rostov_2026q1_next_report2.txt",
           "synthetic_dagestan_2026q2_next_report3.txt", "synthetic_amur_2025q4_next_report4.txt"]


@pytest.fixture(scope="module")
def six_reports_url(browser, tmp_path_factory):
    folder = tmp_path_factory.mktemp("six_reports")
    for name in REPORTS:
        shutil.copy(ROOT / "tests" / "fixtures" / name, folder / name)
    db = folder / "six.duckdb"
    subprocess.run([sys.executable, "-m", "etl", "--db", str(db), "load", "--rebuild", "--quiet", str(folder)],
                   cwd=ROOT, check=True, capture_output=True, timeout=300)
    with serve_dashboard(db, folder, "streamlit_six_reports.log") as base:
        yield base


@pytest.mark.parametrize("width", [1366, pytest.param(1920, marks=pytest.mark.long)])  # the projector: long tier
def test_network_legend_covers_no_name(probe, six_reports_url, width):
    page = probe.page
    page.set_viewport_size({"width": width, "height": 900})
    open_page(probe, ORGANISATIONS, path=f"{six_reports_url}/organisations")
    graph = settled_network(page)
    graph.scroll_into_view_if_needed()
    wait_idle(page)
    found = graph.evaluate(OVERLAPS)
    assert found["legend"] == 2 and not found["overlaps"], f"at {width}: the legend covers {found['overlaps']}"
