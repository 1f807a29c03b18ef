"""The keyboard's place kept across a rerun: a control that had the focus and was taken away or disabled
by the run it started hands the focus on, with its ring, instead of dropping it on the page's body.

Seen walking the quarterly review with the keyboard at 1366×768 (uxqa31): Enter on «Вперёд ▶» at the
last slide but one showed the last slide and disabled the button, and the focus fell to the body —
no ring anywhere, Enter and Space then did nothing; the same with «◀ Назад» reaching the first slide,
with «Режим показа ▶» (the button is not drawn in presentation mode) and with «Выйти из режима
показа». The rule, for every page: after a rerun, when the focus is on the body and the control that
had it (by keyboard) is gone or disabled, the focus goes to
  1. the control drawn in its place (the same Streamlit key), when it is enabled; else
  2. the nearest enabled control of its row, the earlier side first (a disabled «Вперёд» hands it to
     «Назад», not to the exit beside it); else
  3. the first enabled button of the main area (presentation mode on: «Назад»/«Вперёд»; off again:
     «Режим показа ▶»).
A mouse click is left alone (the focus follows the pointer there), and a focus the reader moved
elsewhere is never taken back. Served in the app's HTML shell with ui/chrome_language's script
(ui/first_width.FirstWidth)."""
from __future__ import annotations

SCRIPT = """<script>/* ui/focus_keeper.py: the keyboard's focus kept when its control is redrawn or disabled */
(function () {
  var FOCUSABLE = 'button, [href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  var last = null, keyboard = false, queued = false;
  function usable(e) {
    return e && e.isConnected && !e.disabled && e.getAttribute("aria-disabled") !== "true"
      && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden";
  }
  function keyOf(e) {
    var box = e.closest('[class*="st-key-"]');
    if (!box) return null;
    var m = box.className.match(/(?:^|\\s)(st-key-[^\\s]+)/);
    return m ? m[1] : null;
  }
  function rowOf(e) { return e.closest('[data-testid="stHorizontalBlock"], [data-testid="stLayoutWrapper"]'); }
  function remember(e) {
    if (!e || e === document.body || !e.closest('[data-testid="stApp"]')) return;
    var row = rowOf(e), peers = row ? [...row.querySelectorAll(FOCUSABLE)] : [];
    last = {el: e, key: keyOf(e), tag: e.tagName, row: row, at: peers.indexOf(e),
            peers: peers.map(function (p) { return {el: p, key: keyOf(p)}; })};
  }
  function found(key, tag) {
    if (!key) return null;
    var box = document.querySelector("." + CSS.escape(key));
    if (!box) return null;
    return [...box.querySelectorAll(tag)].concat([...box.querySelectorAll(FOCUSABLE)]).find(usable) || null;
  }
  function successor() {
    var same = usable(last.el) ? last.el : found(last.key, last.tag);
    if (same) return same;
    if (last.at >= 0) {
      var order = [];
      for (var d = 1; d < last.peers.length; d++) order.push(last.at - d, last.at + d);
      for (var i = 0; i < order.length; i++) {
        var p = last.peers[order[i]];
        if (!p) continue;
        var live = usable(p.el) ? p.el : found(p.key, p.el.tagName);
        if (live) return live;
      }
    }
    var main = document.querySelector('[data-testid="stMain"]');
    return main ? [...main.querySelectorAll("button")].find(usable) || null : null;
  }
  function check() {
    queued = false;
    var active = document.activeElement;
    /* Chromium may still name a just-disabled button the active element until its next focus fix-up */
    if (!last || !keyboard || (active && active !== document.body && active !== last.el)) return;
    if (usable(last.el)) return;                    /* still there and enabled, or the reader left it */
    var next = successor();
    if (next) { next.focus({focusVisible: true}); }
  }
  function start() {
    document.addEventListener("keydown", function (e) {
      if (!e.altKey && !e.ctrlKey && !e.metaKey) keyboard = true;
    }, true);
    document.addEventListener("pointerdown", function () { keyboard = false; }, true);
    document.addEventListener("focusin", function (e) { remember(e.target); }, true);
    new MutationObserver(function () {
      if (!queued) { queued = true; window.requestAnimationFrame(check); }
    }).observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ["disabled"]});
  }
  if (document.body) start(); else document.addEventListener("DOMContentLoaded", start);
})();
</script>"""
MARKER = b'<div id="root">'


def inject(body: bytes) -> bytes:
    """`body` with the script at the end of its <head>, if it is the app's shell (Streamlit's root div) and
    does not carry it yet; any other HTML unchanged."""
    if MARKER not in body or b"ui/focus_keeper.py" in body:
        return body
    at = body.find(b"</head>")
    return body if at < 0 else body[:at] + SCRIPT.encode() + body[at:]
