"""Организации: foreign partners ranked by events, agreements and years active; the network of our
institutions and foreign partners; new and lapsed partners; an organisation's dossier (?org=<key>)."""
import streamlit as st

from ui import access, organisations, router, widgets

router.enter_page()

lang = access.lang()
organisations.load_url()
filters = widgets.page_header("page_organisations")
if filters is not None and organisations.available(lang):
    kinds, countries, filters = organisations.filter_row(filters, lang)  # the year narrows the whole page
    ranked = organisations.ranked_table(filters, kinds, countries, lang)
    organisations.network_view(filters, lang)  # full width: the labels of both columns need the room
    organisations.changes(filters, lang)
    st.divider()
    organisations.dossier(filters, ranked, lang)
    organisations.write_url()
