"""The «Динамика» timeline as a laptop draws it (1366×768): its dates upright and present, its axis title
clear of the events' names, its legend names whole (analytics.charts.timeline_chart).

Seen in the meeting room (uxqa17): filtered to one event (Armenia) the date axis had no tick at all and
«Event» was drawn over «№ 74. Международная…»; on the whole quarter the eight half-month dates stood
on their side in the ~390-px plot and «Молодёжь и патриотическое воспитание» ended «…воспитаı».
The builder's rules are tests/analytics/test_timeline_axis.py."""
from __future__ import annotations

from dataclasses import replace

import pytest

from .test_browser import BY_SLUG, open_page, wait_plots

pytestmark = pytest.mark.browser

TIMELINE = """() => {
  const plot = [...document.querySelectorAll('.js-plotly-plot')].find(p => p.querySelector('g.barlayer')
      && p._fullLayout && p._fullLayout.xaxis.type === 'date');
  if (!plot) return null;
  plot.scrollIntoView();
  const box = e => e.getBoundingClientRect();
  const ticks = [...plot.querySelectorAll('g.xtick text')].filter(t => t.textContent.trim());
  const turned = ticks.filter(t => /rotate\\((-?[\\d.]+)/.test(t.getAttribute('transform') || '')
      && Math.abs(parseFloat(/rotate\\((-?[\\d.]+)/.exec(t.getAttribute('transform'))[1])) > 1).map(t => t.textContent);
  const title = plot.querySelector('.ytitle');
  const names = [...plot.querySelectorAll('g.ytick text')];
  const overlaps = title ? names.filter(n => { const a = box(n), b = box(title);
      return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom; }).map(n => n.textContent) : [];
  const legend = plot.querySelector('g.legend'), bg = legend && legend.querySelector('rect.bg');
  const cut = bg ? [...legend.querySelectorAll('text.legendtext')].filter(t => box(t).right > box(bg).right + 1)
      .map(t => t.textContent) : [];
  return {ticks: ticks.map(t => t.textContent), turned, overlaps, cut, names: names.length};
}"""


@pytest.mark.parametrize("query, lang", [("", "ru"), ("country=AM&lang=en", "en"), ("country=KZ", "ru")])
def test_timeline_dates_names_and_legend_fit_a_laptop(probe, query, lang):
    page = probe.page
    page.set_viewport_size({"width": 1366, "height": 768})
    open_page(probe, replace(BY_SLUG["dynamics"], title=r"Динамик|Dynamics"), query=query)
    wait_plots(page, 2)
    found = page.evaluate(TIMELINE)
    assert found, "no timeline drawn"
    assert found["names"] >= 1
    assert len(found["ticks"]) >= 2, f"a bare date axis: {found['ticks']}"
    assert not found["turned"], f"dates turned on their side: {found['turned']}"
    assert not found["overlaps"], f"the axis title drawn over {found['overlaps']}"
    assert not found["cut"], f"legend names cut: {found['cut']}"
    months = ("Sep", "Oct", "Nov", "Dec") if lang == "en" else ("сент.", "окт.", "нояб.", "дек.")
    assert all(any(m in t for m in months) for t in found["ticks"]), found["ticks"]
