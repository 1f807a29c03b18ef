"""The quarterly review's slides in Streamlit: cached review and briefing per database version, the
page's own URL keys (quarter, slide, present, theme), the slide renderer and its CSS. Report text is
HTML-escaped before it is placed in any markup."""
from __future__ import annotations

import html

import streamlit as st

from briefing import build_briefing
from briefing.deck import Slide, change_line, figures
from briefing.model import build_review, parse_quarter, periods
from briefing.narrative import narrative

from . import access

SLIDE = "review_slide"
QUARTER = "review_quarter"
REGION = "review_region"
DARK = "review_dark"
PRESENT = "review_present"
URL_WRITTEN = "_review_url_written"
URL_PARAMS = ("quarter", "review_region", "slide", "present", "theme")  # the sidebar owns "region"

THEMES = {
    False: {"bg": "#ffffff", "ink": "#0b1220", "muted": "#374151", "card": "#f1f5f9", "line": "#94a3b8",
            "accent": "#1f3a5f", "up": "#166534", "down": "#b91c1c"},
    True: {"bg": "#0b0f17", "ink": "#f8fafc", "muted": "#cbd5e1", "card": "#161d2b", "line": "#475569",
           "accent": "#93c5fd", "up": "#4ade80", "down": "#f87171"},
}


# ------------------------------------------------------------------ data (cached per database file version)

def _with_cursor(path: str, fn):
    """Runs fn on this page run's snapshot (ui.access), the version its signature names."""
    cursor = access.snapshot().cursor()
    try:
        return fn(cursor)
    finally:
        cursor.close()


@st.cache_data(show_spinner=False, max_entries=64)
def loaded_periods(path: str, signature) -> list:
    return _with_cursor(path, periods)


@st.cache_data(show_spinner="Собираю обзор…", max_entries=32)
def quarter_review(path: str, signature, year: int, quarter: int, region: str):
    return _with_cursor(path, lambda con: build_review(con, year, quarter, region))


@st.cache_data(show_spinner=False, max_entries=8)
def briefing_files(path: str, signature, year: int, quarter: int, region: str):
    return build_briefing(quarter_review(path, signature, year, quarter, region))


# ------------------------------------------------------------------ URL ↔ state

def _initial_url_value(key: str):
    """The value the URL holds (the sidebar keeps keys it does not own, such as present and slide)."""
    return st.query_params.get(key)


def load_url(options: list[str], regions: list[str]) -> None:
    """Apply URL values that this page did not write itself (a link opened, a bookmark)."""
    url = {key: _initial_url_value(key) for key in URL_PARAMS}
    url = {k: str(v) for k, v in url.items() if v is not None}
    if not url or url == st.session_state.get(URL_WRITTEN):
        return
    written = st.session_state.get(URL_WRITTEN) or {}
    changed = {k: v for k, v in url.items() if written.get(k) != v}
    if "quarter" in changed:
        try:
            year, quarter = parse_quarter(changed["quarter"])
            code = f"{year}Q{quarter}"
            if code in options:
                st.session_state[QUARTER] = code
        except ValueError:
            pass
    if "review_region" in changed and changed["review_region"] in regions:
        st.session_state[REGION] = changed["review_region"]
    if "slide" in changed and changed["slide"].isdigit():
        st.session_state[SLIDE] = int(changed["slide"])
    if "present" in changed:
        st.session_state[PRESENT] = changed["present"] in ("1", "true", "yes")
    if "theme" in changed:
        st.session_state[DARK] = changed["theme"] == "dark"


def write_url(total: int, several_regions: bool) -> None:
    wanted = {"quarter": st.session_state[QUARTER], "slide": str(st.session_state[SLIDE])}
    if st.session_state.get(REGION) and several_regions:
        wanted["review_region"] = st.session_state[REGION]
    if st.session_state.get(PRESENT):
        wanted["present"] = "1"
    if st.session_state.get(DARK):
        wanted["theme"] = "dark"
    current = {k: st.query_params.get(k) for k in URL_PARAMS if st.query_params.get(k) is not None}
    if current != wanted:
        for key in URL_PARAMS:
            if key not in wanted and key in st.query_params:
                del st.query_params[key]
        st.query_params.update(wanted)
    st.session_state[URL_WRITTEN] = wanted


# ------------------------------------------------------------------ navigation

def _step(delta: int, total: int) -> None:
    st.session_state[SLIDE] = min(max(1, int(st.session_state.get(SLIDE, 1)) + delta), total)


def set_present(on: bool) -> None:
    st.session_state[PRESENT] = on


def _copy(widget_key: str, value_key: str) -> None:
    st.session_state[value_key] = st.session_state[widget_key]


def mirrored_widget(kind, label: str, value_key: str, **kwargs):
    """A widget mirroring a plain session value: the value survives runs where the widget is not drawn
    (presentation mode), which a widget's own key would not."""
    widget_key = f"{value_key}_widget"
    st.session_state[widget_key] = st.session_state[value_key]
    return kind(label, key=widget_key, on_change=_copy, args=(widget_key, value_key), **kwargs)


# ------------------------------------------------------------------ look

def slide_css(dark: bool, present: bool) -> str:
    c = THEMES[dark]
    hide = """
      [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stSidebarNav"],
      [data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
      [data-testid="stExpandSidebarButton"] {display: none !important;}
      .block-container {padding-top: 0.8rem !important; max-width: 100% !important;}
    """ if present else ""
    return f"""<style>
      .stApp, [data-testid="stAppViewContainer"], [data-testid="stMain"] {{background: {c['bg']} !important;
            color: {c['ink']} !important;}}
      .stApp p, .stApp li, .stApp label, .stApp span {{color: {c['ink']};}}
      .rv-title {{font-size: 3.0rem; font-weight: 800; color: {c['accent']}; line-height: 1.1; margin: 0.2rem 0;}}
      .rv-sub {{font-size: 1.55rem; color: {c['muted']}; border-bottom: 4px solid {c['accent']};
               padding-bottom: .4rem; margin-bottom: 1rem;}}
      .rv-narrative p {{font-size: 1.6rem; line-height: 1.5; color: {c['ink']}; margin: 0 0 1rem;}}
      .rv-card {{background: {c['card']}; border: 2px solid {c['line']}; border-radius: 14px; padding: 1rem 1.3rem;
                margin-bottom: 1rem;}}
      .rv-card .label {{font-size: 1.35rem; color: {c['muted']};}}
      .rv-card .value {{font-size: 3.6rem; font-weight: 800; color: {c['ink']}; line-height: 1.15;}}
      .rv-card .chg {{font-size: 1.2rem; color: {c['muted']};}}
      .rv-card .chg.up {{color: {c['up']}; font-weight: 700;}} .rv-card .chg.down {{color: {c['down']}; font-weight: 700;}}
      .rv-card .chg.same {{font-weight: 700;}}
      .rv-items p, .rv-notes p {{font-size: 1.3rem;}}
      .rv-notes p {{color: {c['muted']}; font-size: 1.1rem;}}
      .rv-agree h3 {{font-size: 1.6rem; color: {c['ink']};}}
      .rv-agree .head {{font-size: 1.3rem; font-weight: 700; color: {c['accent']}; margin-top: .6rem;}}
      .rv-agree .meta {{font-size: 1.0rem; color: {c['muted']};}}
      .rv-agree .body {{font-size: 1.15rem; color: {c['ink']};}}
      table.rv-top {{width: 100%; border-collapse: collapse; font-size: 1.2rem; color: {c['ink']};}}
      table.rv-top th {{background: {c['accent']}; color: {c['bg']}; text-align: left; padding: .4rem .6rem;}}
      table.rv-top td {{border-bottom: 1px solid {c['line']}; padding: .35rem .6rem; vertical-align: top;}}
      .rv-closing p {{font-size: 1.9rem;}}
      .rv-counter {{font-size: 1.5rem; font-weight: 700; text-align: center; color: {c['ink']};}}
      div[data-testid="stButton"] button p {{font-size: 1.25rem; font-weight: 700;}}
      div[data-testid="stButton"] button, div[data-testid="stDownloadButton"] button {{background: {c['card']};
            color: {c['ink']}; border: 2px solid {c['line']};}}
      div[data-testid="stButton"] button:disabled {{opacity: 0.4;}}
      {hide}
    </style>"""


def _esc(text) -> str:
    return html.escape(str(text))


# ------------------------------------------------------------------ slide bodies

def show_slide(item: Slide, review, dark: bool, present: bool) -> None:
    st.markdown(f'<div class="rv-title">{_esc(item.title)}</div><div class="rv-sub">{_esc(item.subtitle)}</div>',
                unsafe_allow_html=True)
    if item.key == "title":
        st.markdown('<div class="rv-narrative">' + "".join(f"<p>{_esc(p)}</p>" for p in item.paragraphs) + "</div>",
                    unsafe_allow_html=True)
        if not present:
            with st.expander("Текст для квартальной записки (скопировать)"):
                st.code(narrative(review), language=None, wrap_lines=True)
    elif item.key == "headline":
        for start in range(0, len(review.metrics), 3):
            for col, metric in zip(st.columns(3, gap="medium"), review.metrics[start:start + 3]):
                rows = "".join(f'<div class="chg {d}">{_esc(t)}</div>'
                               for t, d in (change_line(metric, "previous"), change_line(metric, "year_ago")))
                col.markdown(f'<div class="rv-card" data-metric="{metric.key}"><div class="label">{_esc(metric.label)}'
                             f'</div><div class="value">{_esc(metric.display)}</div>{rows}</div>',
                             unsafe_allow_html=True)
        st.markdown('<div class="rv-items">' + "".join(f"<p><b>{_esc(h)}:</b> {_esc(t)}</p>" for h, t in item.items)
                    + "</div>", unsafe_allow_html=True)
    elif item.charts:
        figs = figures(item, review, dark=dark, scale=1.35)
        if not figs:
            st.info("Для этого квартала здесь нечего показать.")
        cols = st.columns(len(figs), gap="large") if len(figs) > 1 else [st.container()]
        for i, (col, (fig, config)) in enumerate(zip(cols, figs)):
            fig.update_layout(height=560 if len(figs) == 1 else 520)
            with col:
                st.plotly_chart(fig, config=config, width="stretch", key=f"review_{item.key}_{i}")
    elif item.key == "agreements":
        left, right = st.columns(2, gap="large")
        groups = ((left, "Подписанные документы", [i for i in item.items if i[0].startswith("Подписано")]),
                  (right, "Ключевые устные договорённости", [i for i in item.items if not i[0].startswith("Подписано")]))
        for col, heading, entries in groups:
            parts = [f'<div class="rv-agree"><h3>{_esc(heading)}</h3>']
            for head, text in entries or [("", "нет")]:
                meta, _, body = text.partition("\n")
                parts.append(f'<div class="head">{_esc(head.split(": ", 1)[-1])}</div>'
                             f'<div class="meta">{_esc(meta)}</div><div class="body">{_esc(body)}</div>')
            col.markdown("".join(parts) + "</div>", unsafe_allow_html=True)
    elif item.key == "top_events" and item.table is not None:
        head = "".join(f"<th>{_esc(c)}</th>" for c in item.table.columns)
        rows = "".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in r) + "</tr>"
                       for r in item.table.itertuples(index=False))
        st.markdown(f'<table class="rv-top"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>',
                    unsafe_allow_html=True)
    elif item.key == "closing":
        st.markdown('<div class="rv-closing">' + "".join(f"<h3>{_esc(h)}</h3><p>{_esc(t)}</p>" for h, t in item.items)
                    + "</div>", unsafe_allow_html=True)
    notes = [n for n in item.footnotes if n]
    if notes:
        st.markdown('<div class="rv-notes">' + "".join(f"<p>{_esc(n)}</p>" for n in notes) + "</div>",
                    unsafe_allow_html=True)


def slide_nav(total: int, place: str) -> None:
    back, counter, forward = st.columns([1, 2, 1], vertical_alignment="center")
    number = int(st.session_state[SLIDE])
    back.button("◀ Назад", key=f"review_back_{place}", on_click=_step, args=(-1, total), disabled=number <= 1,
                width="stretch", shortcut="Left" if place == "top" else None)
    counter.markdown(f'<div class="rv-counter">Слайд {number} из {total}</div>', unsafe_allow_html=True)
    forward.button("Вперёд ▶", key=f"review_forward_{place}", on_click=_step, args=(1, total),
                   disabled=number >= total, width="stretch", shortcut="Right" if place == "top" else None)


def apply_theme(dark: bool, present: bool) -> None:
    """The slide theme (and, in presentation mode, the hidden sidebar and header) for this run."""
    st.markdown(slide_css(dark, present), unsafe_allow_html=True)
