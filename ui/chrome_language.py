"""Streamlit's own words on the page (the skip link, toolbar titles, help buttons' labels, a select's
placeholder) in the dashboard's language, put there in the browser.

Streamlit 1.67 writes these in English and offers no setting for them; the dashboard's words come from
analytics.i18n, and so do these (STREAMLIT_WORDS_RU, STREAMLIT_PREFIXES_RU). A small script in the app's
HTML shell (served by ui/first_width.FirstWidth with the first-width script) watches the page and puts
each such word — an attribute read out or shown on hover (aria-label, title, data-title, placeholder) or
a text standing alone outside the page's content — into the page's language: the sidebar's «English»
switch (the URL's lang=en where there is no switch). Both ways: switched back to English, the page gets
Streamlit's words back. Report text is never touched: texts inside markdown, st.text, code, tables or
charts are left as they are, and only a whole known word (or a known prefix) is changed."""
from __future__ import annotations

import json

from analytics.i18n import STREAMLIT_PREFIXES_RU, STREAMLIT_WORDS_RU

SCRIPT = """<script>/* ui/chrome_language.py: Streamlit's own words in the page's language */
(function () {
  var WORDS = {ru: %(words)s, en: {}}, PREFIXES = {ru: %(prefixes)s, en: {}};
  Object.keys(WORDS.ru).forEach(function (k) { WORDS.en[WORDS.ru[k]] = k; });
  Object.keys(PREFIXES.ru).forEach(function (k) { PREFIXES.en[PREFIXES.ru[k]] = k; });
  var ATTRS = ["aria-label", "title", "data-title", "placeholder"];
  var CONTENT = '[data-testid="stMarkdownContainer"], [data-testid="stText"], [data-testid="stCode"], '
    + '[data-testid="stDataFrame"] canvas, .js-plotly-plot .main-svg, textarea, input';
  var shown = null;
  function language() {
    var box = document.querySelector('[data-testid="stSidebar"] input[type="checkbox"][aria-label="English"]');
    if (box) return box.checked ? "en" : "ru";
    return new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "ru";
  }
  function said(text, lang) {
    var words = WORDS[lang], prefixes = PREFIXES[lang];
    if (Object.prototype.hasOwnProperty.call(words, text)) return words[text];
    for (var p in prefixes) if (text.indexOf(p) === 0 && text.length > p.length) return prefixes[p] + text.slice(p.length);
    return null;
  }
  function attributes(el, lang) {
    for (var i = 0; i < ATTRS.length; i++) {
      var v = el.getAttribute(ATTRS[i]);
      if (!v) continue;
      var w = said(v, lang);
      if (w !== null && w !== v) el.setAttribute(ATTRS[i], w);
    }
  }
  function text(node, lang) {
    var p = node.parentElement, v = node.nodeValue, core = v && v.trim();
    if (!core || !p || p.closest(CONTENT)) return;
    var w = said(core, lang);
    if (w !== null && w !== core) node.nodeValue = v.replace(core, w);
  }
  function visit(root, lang) {
    if (root.nodeType === 3) { text(root, lang); return; }
    if (root.nodeType !== 1) return;
    attributes(root, lang);
    root.querySelectorAll("[" + ATTRS.join("],[") + "]").forEach(function (el) { attributes(el, lang); });
    var walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), n;
    while ((n = walk.nextNode())) text(n, lang);
  }
  var pending = [], queued = false;
  function run() {
    queued = false;
    var lang = language(), batch = pending;
    pending = [];
    if (lang !== shown) { shown = lang; visit(document.body, lang); return; }
    batch.forEach(function (n) { if (n.isConnected) visit(n, lang); });
  }
  function start() {
    new MutationObserver(function (records) {
      records.forEach(function (r) {
        if (r.type === "childList") r.addedNodes.forEach(function (n) { pending.push(n); });
        else pending.push(r.target);
      });
      if (!queued) { queued = true; window.requestAnimationFrame(run); }
    }).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true,
                               attributeFilter: ATTRS.concat(["aria-checked", "checked"])});
    run();
  }
  if (document.body) start(); else document.addEventListener("DOMContentLoaded", start);
})();
</script>"""
MARKER = b'<div id="root">'


def script() -> bytes:
    return (SCRIPT % {"words": json.dumps(STREAMLIT_WORDS_RU, ensure_ascii=False),
                      "prefixes": json.dumps(STREAMLIT_PREFIXES_RU, ensure_ascii=False)}).encode()


def inject(body: bytes) -> bytes:
    """`body` with the script at the end of its <head>, if it is the app's shell (Streamlit's root div) and
    does not carry it yet; any other HTML unchanged."""
    if MARKER not in body or b"ui/chrome_language.py" in body:
        return body
    at = body.find(b"</head>")
    return body if at < 0 else body[:at] + script() + body[at:]
