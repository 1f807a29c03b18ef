"""Квартальный обзор: full-screen slides for the review meeting, and the briefing files to take away.

URL: ?quarter=2024Q4&slide=3&present=1&theme=dark (review_region=… when several regions are loaded).
`present=1` opens straight in presentation mode: sidebar, header and controls hidden, large type.
The figures come from briefing.model (the dashboard's query layer with only this report chosen);
the sidebar's filters do not apply here: a review is about the whole quarter.
"""
from __future__ import annotations

import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from analytics.formatting import markdown_literal  # noqa: E402
from analytics.i18n import message_text, place_name, t  # noqa: E402
from briefing import MIME, file_stem  # noqa: E402
from briefing.deck import slides as deck_slides  # noqa: E402
from briefing.model import ReviewError, parse_quarter  # noqa: E402
from ui import access, router, slides  # noqa: E402

router.enter_page()


def main() -> None:
    path = str(access.db_path())
    signature = access.signature()
    if signature is None:
        access.require_database()
        return
    signature = access.snapshot().signature  # the version every query of this run reads
    lang = access.lang()
    index = slides.period_index(path, signature, lang)
    if not index.codes:
        access.require_database()
        return
    regions, codes = index.regions, index.codes
    st.session_state.setdefault(slides.SLIDE, 1)
    st.session_state.setdefault(slides.DARK, False)
    st.session_state.setdefault(slides.PRESENT, False)
    slides.load_url(codes, regions)
    if st.session_state.get(slides.REGION) not in regions:
        st.session_state[slides.REGION] = regions[0]
    region = st.session_state[slides.REGION]
    region_codes = index.codes_by_region[region]
    if st.session_state.get(slides.QUARTER) not in region_codes:
        st.session_state[slides.QUARTER] = region_codes[0]
    present = bool(st.session_state[slides.PRESENT])
    dark = bool(st.session_state[slides.DARK])
    labels = index.labels_by_region[region]

    if not present:
        st.title(t("page_review", lang))
        # one flex row of controls, each as wide as its content and the pickers taking the rest: the
        # button's label never breaks onto two lines («Presentation mode ▶» in a quarter of 875 px did)
        with st.container(horizontal=True, vertical_alignment="bottom", gap="medium", key="review_controls"):
            if len(regions) > 1:
                slides.mirrored_widget(st.selectbox, t("f_regions", lang), slides.REGION, options=regions,
                                       format_func=lambda name: place_name(name, lang))
            slides.mirrored_widget(st.selectbox, t("rv_quarter", lang), slides.QUARTER, options=region_codes,
                                   format_func=lambda c: labels.get(c, c))
            slides.mirrored_widget(st.toggle, t("rv_dark", lang), slides.DARK, width="content")
            st.button(t("rv_present_on", lang), key="review_present_on", on_click=slides.set_present,
                      args=(True,), width="content", help=t("rv_present_help", lang))
        dark = bool(st.session_state[slides.DARK])
    region = st.session_state[slides.REGION]
    year, quarter = parse_quarter(st.session_state[slides.QUARTER])
    try:
        with st.spinner(t("rv_building", lang)):
            review = slides.quarter_review(path, signature, year, quarter, region)
    except ReviewError as error:
        st.error(markdown_literal(message_text(str(error), lang)))
        return
    # dense slides in parts (readable type), as many in every language: ?slide=N is one slide in ru and en
    deck = slides.screen_slides(deck_slides(review, lang=lang),
                                parts=slides.parts_in_languages(path, signature, year, quarter, region))
    total = len(deck)
    st.session_state[slides.SLIDE] = min(max(1, int(st.session_state[slides.SLIDE])), total)
    slides.apply_theme(dark, present)
    slides.write_url(total, len(regions) > 1)

    slides.slide_nav(total, "top", exit_button=present, lang=lang)
    slides.show_slide(deck[st.session_state[slides.SLIDE] - 1], review, dark, present)
    if present:
        return

    st.divider()
    st.subheader(t("rv_files", lang))
    st.caption(t("rv_files_note", lang))
    stem = file_stem(review, lang)
    for col, kind in zip(st.columns(3), ("pptx", "html", "xlsx")):
        col.download_button(t(f"rv_file_{kind}", lang), data=lambda kind=kind: getattr(
            slides.briefing_files(path, signature, year, quarter, region, lang), kind), file_name=f"{stem}.{kind}",
            mime=MIME[kind], key=f"review_download_{kind}", width="stretch", on_click="ignore")


main()
