"""Charts that fit a printed sheet: each plotly chart's drawn size, told to the print CSS.

Plotly draws its SVG at the pixel size of the screen's column and redraws only on a window resize, which
printing never sends; printed on A4 (a 703-px printable width in portrait) a chart drawn for a 1366-px
screen's 875-px column ran over the sheet's right edge, and a chart taller than a sheet (the dynamics
timeline, one row per event) ran over two sheets (uxqa28, seen in the PDF). CSS alone cannot scale an
SVG drawn without a viewBox, nor read the size plotly drew at; this script, put into the app's HTML
shell (ui/first_width.FirstWidth, as chrome_language's), keeps on each chart's box two custom
properties — `--plot-w` and `--plot-h`, the drawn size in px — and widgets.PRINT_CSS zooms each chart
by min(1, printable width / --plot-w, sheet height / --plot-h). The screen is untouched: the
properties are read only in @media print."""
from __future__ import annotations

MARKER = b'<div id="root">'
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
    });
  }
  function start() {
    mark();
    new MutationObserver(function () { clearTimeout(start.t); start.t = setTimeout(mark, 150); })
      .observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['width', 'height']});
  }
  window.addEventListener('beforeprint', mark);
  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
})();
</script>"""


def inject(body: bytes) -> bytes:
    """`body` with the script at the end of its <head>, if it is the app's shell (Streamlit's root div) and
    does not carry it yet; any other HTML unchanged."""
    if MARKER not in body or b"ui/print_fit.py" in body:
        return body
    at = body.find(b"</head>")
    return body if at < 0 else body[:at] + SCRIPT.encode() + body[at:]
