"""Charts that fit a printed sheet: each plotly chart's drawn size, told to the print CSS.

Plotly draws its SVG at the pixel size of the screen's column and redraws only on a window resize, which
printing never sends; printed on A4 (a 703-px printable width in portrait) a chart drawn for a 1366-px
screen's 875-px column ran over the sheet's right edge, and a chart taller than a sheet (the dynamics
timeline, one row per event) ran over two sheets (uxqa28, seen in the PDF). CSS alone cannot scale an
SVG drawn without a viewBox, nor read the size plotly drew at; this script, put into the app's HTML
shell (ui/first_width.FirstWidth, as chrome_language's), keeps on each chart's box two custom
properties — `--plot-w` and `--plot-h`, the drawn size in px — and widgets.PRINT_CSS zooms each chart
by min(1, printable width / --plot-w, sheet height / --plot-h). The screen is untouched: the
properties are read only in @media print.

A chart taller than a printed sheet even at the least zoom (the dynamics timeline: one row per event,
2,384 px for the sample's 78) was printed over several sheets cut wherever a sheet ended — through a bar
and its label — and its date axis, drawn once at the top, was on none of the later sheets (uxqa30, seen
in the PDF). For any chart with a category axis down its side too tall for a sheet even at LEAST_ZOOM
(SHEET_PX: landscape, or both orientations), the script
keeps beside the chart a print-only copy in slices: each slice is the chart's head (legend and top
axis), a run of whole rows cut only midway between two categories, and the chart's foot (bottom axis);
PRINT_CSS prints the slices, each unbroken, instead of the chart. Shorter charts and charts without
such an axis are printed as before."""
from __future__ import annotations

MARKER = b'<div id="root">'
# the least a chart is zoomed to fit a sheet's height (ui/widgets.PRINT_CSS): its smallest type (14 px)
# then prints at 8.4 pt, over the printed page's 8-pt floor
LEAST_ZOOM = 0.8
# an A4 sheet's printable height (12-mm margins) less a heading's room (3rem), in CSS px: landscape
# 186 mm, portrait 273 mm. A chart taller than that at LEAST_ZOOM does not fit such a sheet and is sliced
# (in landscape only, or in both orientations)
SHEET_PX = {"landscape": 703 - 48, "portrait": 1032 - 48}
# the tallest slice, in drawn px: within a landscape sheet at any zoom the print CSS gives (never above 1)
SLICE_PX = 640
SCRIPT = """<script>/* ui/print_fit.py: each chart's drawn size for the print CSS */
(function () {
  function mark() {
    document.querySelectorAll('.js-plotly-plot').forEach(function (plot) {
      var svg = plot.querySelector('svg.main-svg');
      if (!svg) return;
      var w = parseFloat(svg.getAttribute('width')), h = parseFloat(svg.getAttribute('height'));
      if (!(w > 0 && h > 0)) return;
      var box = plot.closest('[data-testid="stPlotlyChart"]') || plot;
      if (box.style.getPropertyValue('--plot-w') !== w + 'px') box.style.setProperty('--plot-w', w + 'px');
      if (box.style.getPropertyValue('--plot-h') !== h + 'px') box.style.setProperty('--plot-h', h + 'px');
      if (box !== plot) slice(plot, box, w, h);
    });
  }
  /* the row edges of a category axis down the chart's side, top to bottom, in px from the chart's top:
     midway between two categories, where a cut passes through no bar and no label */
  function rowEdges(plot) {
    var full = plot._fullLayout, ax = full && full.yaxis;
    if (!ax || ax.type !== 'category' || !ax._categories || !ax.l2p || ax._categories.length < 2) return null;
    var edges = [];
    for (var k = 0; k <= ax._categories.length; k++) edges.push(ax._offset + ax.l2p(k - 0.5));
    return edges.filter(function (y) { return isFinite(y); }).sort(function (a, b) { return a - b; });
  }
  /* a copy of the chart's drawing showing only the band [top, bottom) of it; its ids renamed so the
     copy's clip paths are its own (the chart itself is not printed) */
  function band(plot, top, bottom, tag, rows) {
    var source = plot.querySelector('.svg-container');
    var html = source.outerHTML.replace(/ id="([^"]+)"/g, ' id="$1-' + tag + '"')
      .replace(/url\((&quot;|["']?)#([^)&"']+)/g, 'url($1#$2-' + tag);
    var out = document.createElement('div');
    out.style.cssText = 'position:relative;overflow:hidden;height:' + (bottom - top) + 'px';
    out.innerHTML = html;
    var copy = out.firstElementChild;
    copy.style.position = 'relative';
    copy.style.top = (-top) + 'px';
    copy.querySelectorAll('.hoverlayer > *, .draglayer, .modebar-container, .gl-container').forEach(function (e) { e.remove(); });
    /* plotly's own CSS, which lays its layers over one another, holds only inside .js-plotly-plot */
    copy.querySelectorAll('svg.main-svg').forEach(function (e) {
      e.style.position = 'absolute'; e.style.top = '0'; e.style.left = '0'; });
    if (rows) copy.querySelectorAll('.g-ytitle, .g-y2title').forEach(function (e) { e.remove(); });
    if (rows || top > 0) copy.querySelectorAll('.legend').forEach(function (e) { e.remove(); });
    return out;
  }
  function slice(plot, box, w, h) {
    var old = box.querySelector(':scope > .print-slices');
    var tall = h * %(least)s > %(portrait)d ? 'always' : h * %(least)s > %(landscape)d ? 'landscape' : '';
    var edges = tall ? rowEdges(plot) : null;
    var size = plot._fullLayout && plot._fullLayout._size;
    if (!edges || !size) {
      if (old) old.remove();
      box.classList.remove('print-sliced');
      box.removeAttribute('data-print-slices');
      return;
    }
    if (box.getAttribute('data-print-slices') !== tall) box.setAttribute('data-print-slices', tall);
    var cart = plot.querySelector('.cartesianlayer');
    var sign = [w, h, cart ? cart.innerHTML.length : 0, (plot.querySelector('.infolayer') || {}).textContent].join('|');
    if (old && old.dataset.sign === sign) return;
    var head = size.t, foot = size.t + size.h;
    /* a legend over the plot is printed on the first slice only; the later ones repeat the axis under it */
    var legend = plot.querySelector('.legend'), axis = 0;
    if (legend) {
      var bottom = legend.getBoundingClientRect().bottom - plot.querySelector('svg.main-svg').getBoundingClientRect().top;
      if (bottom <= head) axis = Math.max(0, bottom);
    }
    var cuts = [head], at = head, room = %(slice)d - head - (h - foot);
    edges = edges.filter(function (y) { return y > head + 0.5 && y < foot - 0.5; }).concat([foot]);
    for (var i = 0; i < edges.length; i++) {
      if (edges[i] - at > room && i > 0 && edges[i - 1] > at) {
        at = edges[i - 1]; cuts.push(at); room = %(slice)d - (head - axis) - (h - foot);
      }
    }
    cuts.push(foot);
    var slices = document.createElement('div');
    slices.className = 'print-slices';
    slices.dataset.sign = sign;
    for (var s = 0; s + 1 < cuts.length; s++) {
      var one = document.createElement('div');
      one.className = 'print-slice';
      one.style.width = w + 'px';
      one.appendChild(band(plot, s ? axis : 0, head, 'ph' + s, false));
      one.appendChild(band(plot, cuts[s], cuts[s + 1], 'pr' + s, true));
      if (h > foot) one.appendChild(band(plot, foot, h, 'pf' + s, false));
      slices.appendChild(one);
    }
    if (old) old.replaceWith(slices); else box.appendChild(slices);
    box.classList.add('print-sliced');
  }
  function start() {
    mark();
    new MutationObserver(function () { clearTimeout(start.t); start.t = setTimeout(mark, 150); })
      .observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['width', 'height']});
  }
  window.addEventListener('beforeprint', mark);
  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
})();
</script>""".replace("%(slice)d", str(SLICE_PX)).replace("%(least)s", f"{LEAST_ZOOM:g}").replace(
    "%(portrait)d", str(SHEET_PX["portrait"])).replace("%(landscape)d", str(SHEET_PX["landscape"]))


def inject(body: bytes) -> bytes:
    """`body` with the script at the end of its <head>, if it is the app's shell (Streamlit's root div) and
    does not carry it yet; any other HTML unchanged."""
    if MARKER not in body or b"ui/print_fit.py" in body:
        return body
    at = body.find(b"</head>")
    return body if at < 0 else body[:at] + SCRIPT.encode() + body[at:]
