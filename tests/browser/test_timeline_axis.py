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


# The axis title's column against the names' column: the title must stand wholly left of every name, not
# only miss the one at its height (two events above and below it hid the fault at 1366).
TITLE_CLEAR = """() => {
  const plot = [...document.querySelectorAll('.js-plotly-plot')].find(p => p.querySelector('g.barlayer')
      && p._fullLayout && p._fullLayout.xaxis.type === 'date');
  if (!plot) return null;
  const title = plot.querySelector('.ytitle');
  const names = [...plot.querySelectorAll('g.ytick text')].map(n => n.getBoundingClientRect()).filter(b => b.width);
  if (!title || !names.length) return null;
  return Math.min(...names.map(b => b.left)) - title.getBoundingClientRect().right;
}"""


@pytest.mark.parametrize("query, lang", [("country=MN", "ru"), ("country=AM&lang=en", "en")])
def test_timeline_title_clear_of_the_names_on_a_projector(probe, query, lang):
    """Seen in the meeting room (uxqa21): filtered to one event on the 1920-px projector, «Мероприятие» /
    «Event» printed over «№ 74. Международная…» (6–10 px into it): plotly measured the longer one-line
    name ~4 % short and put the title inside it (analytics.charts.title_standoff)."""
    page = probe.page
    page.set_viewport_size({"width": 1920, "height": 1080})
    open_page(probe, replace(BY_SLUG["dynamics"], title=r"Динамик|Dynamics"), query=query)
    wait_plots(page, 2)
    gap = page.evaluate(TITLE_CLEAR)
    assert gap is not None, "no timeline with an axis title and names"
    assert gap >= 2, f"the axis title runs {-gap:.0f} px into the events' names"
