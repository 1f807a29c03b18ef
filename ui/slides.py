"""The quarterly review's slides in Streamlit: cached review and briefing per database version, the
page's own URL keys (quarter, slide, present, theme), the slide renderer and its CSS. A slide carries
its language (briefing.deck.slides(…, lang)); the controls take it from there. Report text is
HTML-escaped before it is placed in any markup."""
from __future__ import annotations

import html
from dataclasses import dataclass, replace

import streamlit as st

from analytics.i18n import t
from briefing import build_briefing
from briefing.deck import Slide, change_line, figures, single_line_labels
from briefing.model import build_review, parse_quarter, periods
from briefing.narrative import narrative

from . import access

SLIDE = "review_slide"
QUARTER = "review_quarter"
REGION = "review_region"
DARK = "review_dark"
PRESENT = "review_present"
URL_WRITTEN = "_review_url_written"
# every URL this session opened the page with or wrote (as sorted key/value tuples), the newest last
URL_SEEN = "_review_url_seen"
URL_SEEN_MOST = 64
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


@dataclass(frozen=True)
class PeriodIndex:
    """The loaded quarters as the page's pickers need them, newest first."""
    regions: list[str]
    codes: list[str]                            # every loaded quarter ('2024Q4')
    codes_by_region: dict[str, list[str]]
    labels_by_region: dict[str, dict[str, str]]  # code → 'IV кв. 2024' / 'Q4 2024'


@st.cache_resource(show_spinner=False, max_entries=8, ttl=3600)
def period_index(path: str, signature, lang: str = "ru") -> PeriodIndex:
    """Computed once per database version and language and shared (read only): at a million events
    13 000 loaded reports would otherwise be unpickled and sorted on every rerun of the page."""
    newest_first = sorted(loaded_periods(path, signature), key=lambda p: -p.index)
    by_region: dict[str, list[str]] = {}
    labels: dict[str, dict[str, str]] = {}
    for p in newest_first:
        by_region.setdefault(p.region, []).append(p.code)
        labels.setdefault(p.region, {})[p.code] = p.label(lang)
    return PeriodIndex(sorted(by_region), list(dict.fromkeys(p.code for p in newest_first)), by_region, labels)


@st.cache_data(show_spinner=False, max_entries=32)
def quarter_review(path: str, signature, year: int, quarter: int, region: str):
    return _with_cursor(path, lambda con: build_review(con, year, quarter, region))


@st.cache_data(show_spinner=False, max_entries=8)
def briefing_files(path: str, signature, year: int, quarter: int, region: str, lang: str = "ru"):
    return build_briefing(quarter_review(path, signature, year, quarter, region), lang=lang)


# ------------------------------------------------------------------ URL ↔ state

def _initial_url_value(key: str):
    """The value the URL holds (the sidebar keeps keys it does not own, such as present and slide)."""
    return st.query_params.get(key)


def _remember_url(url: dict) -> None:
    seen = [u for u in st.session_state.get(URL_SEEN, []) if u != tuple(sorted(url.items()))]
    st.session_state[URL_SEEN] = (seen + [tuple(sorted(url.items()))])[-URL_SEEN_MOST:]


def is_echo(url: dict) -> bool:
    """True for a URL this session already had: the page's address as it was before this page's last
    write reached the browser. Every rerun the browser asks for carries its address bar's query, and a
    rerun asked for in the moment between the server's write (?slide=2) and the browser's receipt of it
    (the room frame's width report on a projector's first visit, a second click) carries the old one
    (?slide=1). Applied, it sent the slide back; under load that window is wide enough to hit
    (uxqa29: test_review_fit[projector_1920x1080-dark-en] once waited 30 s for «Slide 2 of 13»).
    Streamlit replaces the address (history.replaceState) rather than pushing one, so the Back button
    never brings an earlier slide's address either; a link or bookmark opens a new session."""
    return tuple(sorted(url.items())) in st.session_state.get(URL_SEEN, [])


def load_url(options: list[str], regions: list[str]) -> None:
    """Apply URL values that this page did not write itself (a link opened, a bookmark); an echo of an
    address this session already had (is_echo) is not applied again."""
    url = {key: _initial_url_value(key) for key in URL_PARAMS}
    url = {k: str(v) for k, v in url.items() if v is not None}
    if not url or url == st.session_state.get(URL_WRITTEN) or is_echo(url):
        return
    _remember_url(url)
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
    _remember_url(wanted)


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

# The page's font (Streamlit's own), used by the slide charts too: one family on the screen.
PAGE_FONT = '"Source Sans", "Source Sans Pro", sans-serif'
# Chart fonts for the two screen classes; the CSS below shows the variant that suits the viewport.
# The smallest type a slide shows, one rule for every slide and both languages: the PPTX's smallest,
# 14 pt on its 13.33-inch-wide slide (briefing.pptx_writer NOTE_PT), is 28 px of a 1920×1080 screen, i.e.
# 2.6 % of its height. Footnotes, an agreement's date line, the counter: none below it (uxqa12: the
# agreements' date line was 23 px at 1080, under the quotes' 36 px, in English as in Russian).
MIN_TEXT = "clamp(16px, 2.6vh, 36px)"
# Each variant's type (ticks one pixel smaller) and the screens it is shown on: its ticks stay at or above
# MIN_TEXT (2.6vh) on the tallest of them, so a slide chart's ticks meet the same floor as its text on a
# 1366×768 laptop (20 px) as on a 1920×1080 projector (28 px); the small type was 17 px everywhere below
# 1600×900, 16-px ticks under 20-px footnotes (uxqa13). One of the queries matches any screen.
CHART_VARIANTS = {
    "small": (21, "(max-height: 769.98px)", 769),
    "medium": (28, "(min-height: 770px) and (max-width: 1599.98px), (min-height: 770px) and (max-height: 884.98px)", 1057),
    "large": (29, "(min-width: 1600px) and (min-height: 885px)", 1076),
}
CHART_FONT_PX = {size: font for size, (font, _query, _tallest) in CHART_VARIANTS.items()}


def slide_css(dark: bool, present: bool) -> str:
    """Slide look. In presentation mode every size follows the viewport: type in vh with clamp()
    (≈ 24 px body at 1080 px high, ≈ 17 px at 768), charts fill what the heading, the footnotes and
    the navigation leave (calc(100vh − …)), so a slide fits any screen without scrolling. Plotly
    fonts are fixed pixels, so each chart is drawn twice (large / small type) and a media query
    shows the one for this screen; nothing needs to guess the viewport on the server."""
    c = THEMES[dark]
    variants = "\n      ".join(f'@media {query} {{div[data-testid="stLayoutWrapper"]:has(> .st-key-rv_charts_{size}) '
                                f'{{display: flex !important;}}}}' for size, (_font, query, _t) in CHART_VARIANTS.items())
    hide = """
      [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stSidebarNav"],
      [data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
      [data-testid="stExpandSidebarButton"] {display: none !important;}
      .block-container {padding: 1.2vh 2.2vw 0 !important; max-width: 100% !important;}
      [data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"],
      [data-testid="stMainBlockContainer"] > div > [data-testid="stVerticalBlock"] {gap: 1.2vh !important;
            min-height: calc(100vh - 2.4vh - 12px);}
      [data-testid="stElementContainer"]:has(.rv-notes) {margin-top: auto;}
    """ if present else ""
    if present:
        # body type 3.4vh (26 px at 768, 37 px at 1080) times the slide's fill (slide_fill): larger than the
        # normal page's 22 px on a laptop, and sparse slides grow until they use the screen
        grow = "var(--rv-fill, 1)"
        sizes = dict(title=f"calc({grow} * clamp(30px, 5.6vh, 76px))", sub=f"calc({grow} * clamp(19px, 3vh, 40px))",
                     body=f"calc({grow} * clamp(20px, 3.4vh, 46px))", note=MIN_TEXT,
                     value=f"calc({grow} * clamp(30px, 6vh, 80px))", label=f"calc({grow} * clamp(17px, 2.8vh, 38px))",
                     nav=MIN_TEXT, chart="calc(100vh - 5.6vh - 3vh - 8vh - 6.4vh - 5vh - 106px)")
        # a sparse slide's fill below 1 never takes a text under the floor
        sizes = {k: v if k == "chart" or v == MIN_TEXT else f"max({MIN_TEXT}, {v})" for k, v in sizes.items()}
    else:
        sizes = dict(title="3rem", sub="1.55rem", body="1.4rem", note="1.1rem", value="3.4rem", label="1.3rem",
                     nav="1.25rem", chart="560px")
    return f"""<style>
      .stApp, [data-testid="stAppViewContainer"], [data-testid="stMain"] {{background: {c['bg']} !important;
            color: {c['ink']} !important;}}
      .stApp p, .stApp li, .stApp label, .stApp span {{color: {c['ink']};}}
      .rv-title {{font-size: {sizes['title']}; font-weight: 800; color: {c['accent']}; line-height: 1.1; margin: 0;}}
      .rv-sub {{font-size: {sizes['sub']}; color: {c['muted']}; border-bottom: 4px solid {c['accent']}; line-height: 1.25;
               padding-bottom: .3em; margin: .15em 0 1rem;}}
      /* (Streamlit pulls the element after a markdown block 1rem up: without the 1rem above, a chart's
         white background covered the accent underline, all but the gap between two charts) */
      .rv-narrative p {{font-size: {sizes['body']}; line-height: 1.45; color: {c['ink']}; margin: 0 0 .8em;}}
      .rv-card {{background: {c['card']}; border: 2px solid {c['line']}; border-radius: 14px; padding: .5em .9em;
                margin-bottom: 1.2vh; font-size: {sizes['body']};}}
      .rv-card .label {{font-size: {sizes['label']}; color: {c['muted']}; line-height: 1.2;}}
      .rv-card .value {{font-size: {sizes['value']}; font-weight: 800; color: {c['ink']}; line-height: 1.1;}}
      .rv-card .chg {{font-size: {sizes['label']}; color: {c['muted']}; line-height: 1.3;}}
      .rv-card .chg.up {{color: {c['up']}; font-weight: 700;}} .rv-card .chg.down {{color: {c['down']}; font-weight: 700;}}
      .rv-card .chg.same {{font-weight: 700;}}
      .rv-items p {{font-size: {sizes['body']}; line-height: 1.35; margin: 0 0 .3em;}}
      .rv-notes p {{color: {c['muted']}; font-size: {sizes['note']}; line-height: 1.3; margin: 0 0 .2em;}}
      .rv-agree {{font-size: {sizes['body']};}}
      .rv-agree h3 {{font-size: {sizes['sub']}; color: {c['ink']}; padding: 0; margin: .2em 0;}}
      .rv-agree .head {{font-weight: 700; color: {c['accent']}; margin-top: .5em; line-height: 1.25;}}
      .rv-agree .meta {{font-size: {sizes['label']}; color: {c['muted']};}}
      .rv-agree .body, .rv-clamp {{color: {c['ink']}; line-height: 1.3; display: -webkit-box; -webkit-box-orient: vertical;
                       overflow: hidden;}}
      .rv-agree .body {{-webkit-line-clamp: 3;}} .rv-agree .head {{display: -webkit-box; -webkit-box-orient: vertical;
                       -webkit-line-clamp: 2; overflow: hidden;}}
      table.rv-top {{width: 100%; border-collapse: collapse; font-size: {sizes['body']}; color: {c['ink']}; line-height: 1.25;}}
      table.rv-top th {{background: {c['accent']}; color: {c['bg']}; text-align: left; padding: .25em .45em;}}
      table.rv-top td {{border-bottom: 1px solid {c['line']}; padding: .2em .45em; vertical-align: top;}}
      table.rv-top td .rv-clamp {{-webkit-line-clamp: 2;}} table.rv-top td .rv-clamp3 {{-webkit-line-clamp: 3;}}
      .rv-closing h3 {{font-size: {sizes['sub']}; color: {c['accent']}; padding: .3em 0 .1em;}}
      .rv-closing p {{font-size: {sizes['body']}; line-height: 1.45;}}
      .rv-counter {{font-size: {sizes['nav']}; font-weight: 700; text-align: center; color: {c['ink']};}}
      div[data-testid="stButton"] button p {{font-size: {sizes['nav']}; font-weight: 700;}}
      div[data-testid="stButton"] button, div[data-testid="stDownloadButton"] button {{background: {c['card']};
            color: {c['ink']}; border: 2px solid {c['line']};}}
      div[data-testid="stButton"] button:disabled {{opacity: 0.4;}}
      div[data-testid="stButton"] button kbd {{display: none !important;}}
      div[data-testid="stLayoutWrapper"]:has(> [class*="st-key-rv_charts_"]) {{height: {sizes['chart']} !important;
            min-height: 200px;}}
      [class*="st-key-rv_charts_"], [class*="st-key-rv_charts_"] [data-testid="stHorizontalBlock"],
      [class*="st-key-rv_charts_"] [data-testid="stLayoutWrapper"],
      [class*="st-key-rv_charts_"] [data-testid="stColumn"],
      [class*="st-key-rv_charts_"] [data-testid="stColumn"] > [data-testid="stVerticalBlock"] {{height: 100% !important;}}
      div[data-testid="stLayoutWrapper"]:has(> [class*="st-key-rv_charts_"]) {{display: none !important;}}
      {variants}
      {hide}
    </style>"""


def _esc(text) -> str:
    return html.escape(str(text))


# ------------------------------------------------------------------ slide bodies

# How many lines of body text a 16:9 screen holds below the heading and above the footnotes at the base
# presentation size (3.4vh type, ≈ 100 characters a line across the slide), and the bounds of the fill.
SCREEN_LINES = 14.5
NOTE_LINES = 0.75          # a footnote line (MIN_TEXT, unscaled: 2.6vh of 3.4vh) in body lines
LINE_CHARS = 108
FILL_BOUNDS = (0.66, 1.55)
TABLE_FILL = 1.0


def _lines(text: str, width: float = 1.0, most: int | None = None) -> int:
    """Lines `text` wraps to in a column `width` of the slide wide (clamped to `most`, as the CSS does)."""
    return _lines_of_length(len(str(text)), width, most)


def _lines_of_length(length: int, width: float = 1.0, most: int | None = None) -> int:
    """_lines for a text of `length` characters: slide_fill measures a table's cells once and asks
    this at each type scale it tries."""
    lines = max(1, -(-length // max(1, int(LINE_CHARS * width))))
    return min(lines, most) if most else lines


def _longest_column(table) -> int:
    """The index of the column with the most text (an event's title, an organisation's name)."""
    sizes = [table[c].astype(str).str.len().mean() for c in table.columns]
    return max(range(len(sizes)), key=sizes.__getitem__) if sizes else -1


def slide_fill(item: Slide) -> float:
    """The presentation type scale f for a slide, so that its text fills the screen without scrolling.

    Text that wraps freely (paragraphs, items) takes lines·f² of the height (larger type: more lines,
    each taller); text held to a fixed number of lines (table rows, cards, agreements clamped to 2–3
    lines) takes lines·f, its lines counted at that size. f is the largest with wrap·f² + held(f)·f ≤
    SCREEN_LINES (less the footnotes), within
    FILL_BOUNDS: a closing slide of one sentence gets large type instead of an empty lower half, the
    ten-row table of top events a little smaller type instead of a scrollbar. Chart slides keep 1:
    their charts take the height that is left."""
    if item.charts:
        return 1.0
    # a table's text measured once: held() is asked at up to 26 type scales (the cells' str lengths in
    # pandas at every one took ~0.5 s of the review's first open at a million events)
    header_lengths, row_lengths, clamped = [], [], -1
    if item.key != "headline" and item.table is not None and len(item.table):
        header_lengths = [len(str(c)) for c in item.table.columns]
        row_lengths = [[len(str(v)) for v in row] for row in item.table.itertuples(index=False)]
        clamped = _longest_column(item.table)
    wrap = sum(_lines(p) + 0.6 for p in item.paragraphs)
    if not item.columns:    # the agreements' items are the files' text; the screen shows their columns
        wrap += sum(_lines(f"{h}: {x}" if h else x) + 0.3 for h, x in item.items)

    def held(f: float) -> float:
        """Lines of the fixed-line blocks at type scale f: a cell or a quote holds fewer characters a line
        as the type grows, so it wraps to more of its allowed lines (a 4-row table at f 1.4 overflowed)."""
        lines = 0.0
        if item.key == "headline":          # the metrics as cards, three a row, ≈ 4.6 lines each (show_slide)
            lines += 4.6 * -(-(len(item.table) if item.table is not None else 6) // 3)
        elif header_lengths:
            share = max(1 / max(1, len(header_lengths)), 0.25) / f
            lines += max(_lines_of_length(n, share, most=2) for n in header_lengths) * 0.9 + 0.5
            lines += sum(max(_lines_of_length(n, share, most=2 if i == clamped else 3) for i, n in enumerate(row))
                         * 1.05 for row in row_lengths)
        width = 0.96 / max(1, len(item.columns))
        for _heading, entries in item.columns:
            lines = max(lines, 1.3 + sum(_lines(head, width / f, most=2) + 0.8
                                         + _lines(body.partition("\n")[2], width / f, most=3) + 0.3
                                         for head, body in entries))
        return lines

    room = SCREEN_LINES - NOTE_LINES * sum(_lines(n, 1.3) for n in item.footnotes if n)
    if wrap <= 0 and held(1.0) <= 0:
        return 1.0
    low, high = FILL_BOUNDS
    if item.table is not None and len(item.table) and item.key != "headline":
        high = min(high, TABLE_FILL)    # a table's cells wrap at larger type more than its line count shows
    if wrap * high * high + held(high) * high <= room:
        return high
    for _ in range(24):                 # the largest f whose height fits: the height grows with f
        mid = (low + high) / 2
        low, high = (mid, high) if wrap * mid * mid + held(mid) * mid <= room else (low, mid)
    return round(low, 2)


# The smallest fill a slide may have on the screen: body type 0.8 × 3.4vh ≈ 21 px at 768 px high and 29 px at
# 1080 (read across a meeting room); a slide that would need smaller type is shown in parts.
MIN_FILL = 0.8
MOST_PARTS = 4


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and value != value) or not str(value).strip()


def _without_blank_columns(item: Slide) -> Slide:
    """A table column empty in every row is left off the screen («Новый» when no earlier quarter is
    loaded: the footnote says why); the PPTX, HTML and XLSX keep it."""
    if item.table is None or not len(item.table):
        return item
    kept = [c for c in item.table.columns if not item.table[c].map(_blank).all()]
    return item if len(kept) == len(item.table.columns) else replace(item, table=item.table[kept])


def _chunks(entries: list, parts: int) -> list[list]:
    size = -(-len(entries) // parts)
    return [entries[i:i + size] for i in range(0, len(entries), size)] if entries else []


def _split(item: Slide, parts: int) -> list[Slide] | None:
    """`item` cut into `parts` slides of consecutive rows (a table), entries (the agreements' columns)
    or items; None when it has too few of them."""
    if item.table is not None and len(item.table) >= parts and item.key != "headline":
        rows = _chunks(list(range(len(item.table))), parts)
        return [replace(item, table=item.table.iloc[r].reset_index(drop=True)) for r in rows] \
            if len(rows) == parts else None
    if item.columns:
        entries = [(heading, e) for heading, column in item.columns for e in (column or [])]
        chunks = _chunks(entries, parts)
        if len(chunks) != parts:
            return None
        return [replace(item, columns=[(h, [e for hh, e in chunk if hh == h])
                                       for h in dict.fromkeys(hh for hh, _ in chunk)]) for chunk in chunks]
    if item.items and len(item.items) >= parts and item.key != "headline":
        chunks = _chunks(item.items, parts)
        return [replace(item, items=c) for c in chunks] if len(chunks) == parts else None
    return None


def _parts_needed(item: Slide) -> int:
    """How many slides `item` (blank columns already left off) needs on the screen for readable type."""
    parts = 1
    if slide_fill(item) < MIN_FILL:
        for n in range(2, MOST_PARTS + 1):
            pieces = _split(item, n)
            if pieces is None:
                break
            parts = n
            if all(slide_fill(p) >= MIN_FILL for p in pieces):
                break
    return parts


def parts_by_key(deck: list[Slide]) -> dict[str, int]:
    """How many screen slides each slide of `deck` needs (its key → parts)."""
    return {item.key: _parts_needed(_without_blank_columns(item)) for item in deck}


@st.cache_data(show_spinner=False, max_entries=32)
def parts_in_languages(path: str, signature, year: int, quarter: int, region: str) -> dict[str, int]:
    """Each slide's parts in the wordiest language (cached per database version): the count every
    language's screen deck uses."""
    from analytics.i18n import LANGS
    from briefing.deck import slides as deck_slides
    review = quarter_review(path, signature, year, quarter, region)
    most: dict[str, int] = {}
    for lang in LANGS:
        for key, n in parts_by_key(deck_slides(review, lang=lang)).items():
            most[key] = max(most.get(key, 1), n)
    return most


def screen_slides(deck: list[Slide], alike=(), parts: dict[str, int] | None = None) -> list[Slide]:
    """The deck as the screen shows it: a slide whose text would need type smaller than MIN_FILL
    (the ten biggest events at ~17 px on a 1366×768 laptop, the agreements' clamped quotes) becomes
    two or more slides of consecutive rows, titled «… · 1 из 2», each at readable size; columns empty
    in every row are left off. The briefing files (PPTX, HTML, XLSX) keep the deck as it is.

    `alike` holds the same review's deck in the other languages (or `parts` the counts already taken
    from them, parts_in_languages): a slide is cut into as many parts as the wordiest language needs,
    so slide N of a shared link (?slide=N) is the same slide in Russian and in English — cut by each
    language's own length, the 2024 Q4 sample had 12 slides in Russian and 13 in English."""
    most = dict(parts or {})
    for other in alike:
        for key, n in parts_by_key(other).items():
            most[key] = max(most.get(key, 1), n)
    shown: list[Slide] = []
    for item in deck:
        item = _without_blank_columns(item)
        total = max(_parts_needed(item), most.get(item.key, 1))
        pieces = _split(item, total) if total > 1 else None
        if pieces is None:   # every language has the same rows: only a deck of another review lands here
            pieces, total = [item], 1
        shown += pieces if total == 1 else [replace(p, title=t("rv_part", item.lang, title=item.title, n=i, total=total))
                                            for i, p in enumerate(pieces, start=1)]
    return shown


def show_slide(item: Slide, review, dark: bool, present: bool) -> None:
    lang = item.lang
    st.markdown(f'<div class="rv-title" data-slide="{_esc(item.key)}">{_esc(item.title)}</div><div class="rv-sub">{_esc(item.subtitle)}</div>'
                f'<style>:root {{--rv-fill: {slide_fill(item)};}}</style>', unsafe_allow_html=True)
    if item.key == "title":
        st.markdown('<div class="rv-narrative">' + "".join(f"<p>{_esc(p)}</p>" for p in item.paragraphs) + "</div>",
                    unsafe_allow_html=True)
        if not present:
            with st.expander(t("rv_memo_copy", lang)):
                st.code(narrative(review, lang), language=None, wrap_lines=True)
    elif item.key == "headline":
        for start in range(0, len(review.metrics), 3):
            for col, metric in zip(st.columns(3, gap="medium"), review.metrics[start:start + 3]):
                rows = "".join(f'<div class="chg {d}">{_esc(text)}</div>' for text, d in
                               (change_line(metric, "previous", lang), change_line(metric, "year_ago", lang)))
                col.markdown(f'<div class="rv-card" data-metric="{metric.key}"><div class="label">'
                             f'{_esc(metric.label_in(lang))}</div><div class="value">{_esc(metric.display_in(lang))}'
                             f'</div>{rows}</div>', unsafe_allow_html=True)
        st.markdown('<div class="rv-items">' + "".join(f"<p><b>{_esc(h)}:</b> {_esc(text)}</p>" for h, text in item.items)
                    + "</div>", unsafe_allow_html=True)
    elif item.says_missing:
        st.markdown('<div class="rv-items">' + "".join(f"<p>{_esc(text)}</p>" for _, text in item.items) + "</div>",
                    unsafe_allow_html=True)
    elif item.charts:
        show_charts(item, review, dark)
    elif item.key == "agreements":
        for col, (heading, entries) in zip(st.columns(len(item.columns) or 1, gap="large"), item.columns):
            parts = [f'<div class="rv-agree"><h3>{_esc(heading)}</h3>']
            for head, text in entries or [("", t("rv_none", lang))]:
                meta, _, body = text.partition("\n")
                parts.append(f'<div class="head" title="{_esc(head)}">{_esc(head)}</div>'
                             f'<div class="meta">{_esc(meta)}</div><div class="body" title="{_esc(body)}">{_esc(body)}'
                             '</div>')
            col.markdown("".join(parts) + "</div>", unsafe_allow_html=True)
    elif item.key in ("top_events", "key_partners") and item.table is not None and len(item.table):
        head = "".join(f"<th>{_esc(c)}</th>" for c in item.table.columns)
        clamped = _longest_column(item.table)   # only the long text is cut: dates and names are read whole
        rows = "".join("<tr>" + "".join(f'<td><div class="rv-clamp">{_esc(v)}</div></td>' if i == clamped
                                        else f'<td><div class="rv-clamp rv-clamp3">{_esc(v)}</div></td>'
                                        for i, v in enumerate(r)) + "</tr>"
                       for r in item.table.itertuples(index=False))
        st.markdown(f'<table class="rv-top" data-key="{item.key}"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody>'
                    '</table>', unsafe_allow_html=True)
    elif item.key == "closing":
        st.markdown('<div class="rv-closing">' + "".join(f"<h3>{_esc(h)}</h3><p>{_esc(t)}</p>" for h, t in item.items)
                    + "</div>", unsafe_allow_html=True)
    notes = [n for n in item.footnotes if n]
    if notes:
        st.markdown('<div class="rv-notes">' + "".join(f"<p>{_esc(n)}</p>" for n in notes) + "</div>",
                    unsafe_allow_html=True)


def show_charts(item: Slide, review, dark: bool) -> None:
    """The slide's charts side by side, in a container whose height the CSS ties to the viewport;
    each chart in two type sizes (see slide_css), drawn with the page's font."""
    version = (str(access.db_path()), access.snapshot().signature, review.period.report_id)
    variants = {size: _slide_figures(*version, item.key, item.lang, dark, size, item, review) for size in CHART_FONT_PX}
    if not variants["large"]:
        st.info(t("rv_nothing", item.lang))
        return
    for size, figs in variants.items():
        with st.container(key=f"rv_charts_{size}"):
            cols = st.columns(len(figs), gap="large") if len(figs) > 1 else [st.container()]
            for i, (col, (fig, config)) in enumerate(zip(cols, figs)):
                with col:
                    st.plotly_chart(fig, config=config, width="stretch", height="stretch",
                                    key=f"review_{item.key}_{size}_{i}")


@st.cache_resource(show_spinner=False, max_entries=64, ttl=3600)
def _slide_figures(path: str, signature, report_id: str, slide_key: str, lang: str, dark: bool, size: str,
                   _item: Slide, _review) -> list:
    """A slide's figures in one type size, built once per database version, report, slide, language
    and theme (the review and the slide follow from those) and shared read only."""
    figs = figures(_item, _review, dark=dark, scale=CHART_FONT_PX[size] / 16, family=PAGE_FONT)
    for fig, _ in figs:
        single_line_labels(fig)
        fig.update_layout(height=None, autosize=True)
    return figs


def slide_nav(total: int, place: str, exit_button: bool = False, lang: str = "ru") -> None:
    """◀ Назад · Слайд n из N · Вперёд ▶ (and, in presentation mode, the exit on the same row so it
    never falls below the screen)."""
    if exit_button:
        back, counter, forward, leave = st.columns([2, 3, 2, 2], vertical_alignment="center")
        leave.button(t("rv_present_off", lang), key="review_present_off", on_click=set_present, args=(False,),
                     width="stretch", type="tertiary")
    else:
        back, counter, forward = st.columns([1, 2, 1], vertical_alignment="center")
    number = int(st.session_state[SLIDE])
    back.button(t("rv_back", lang), key=f"review_back_{place}", on_click=_step, args=(-1, total), disabled=number <= 1,
                width="stretch", shortcut="Left" if place == "top" else None,
                help=t("rv_key_back", lang) if place == "top" else None)
    counter.markdown(f'<div class="rv-counter">{_esc(t("rv_counter", lang, n=number, total=total))}</div>',
                     unsafe_allow_html=True)
    forward.button(t("rv_forward", lang), key=f"review_forward_{place}", on_click=_step, args=(1, total),
                   disabled=number >= total, width="stretch", shortcut="Right" if place == "top" else None,
                   help=t("rv_key_forward", lang) if place == "top" else None)


def apply_theme(dark: bool, present: bool) -> None:
    """The slide theme (and, in presentation mode, the hidden sidebar and header) for this run."""
    st.markdown(slide_css(dark, present), unsafe_allow_html=True)
