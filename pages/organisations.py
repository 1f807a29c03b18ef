"""Организации: foreign partners ranked by events, agreements and years active; the network of our
institutions and foreign partners; new and lapsed partners; an organisation's dossier (?org=<key>)."""
import streamlit as st

from analytics.i18n import t
from ui import access, organisations, router, widgets

router.enter_page()

lang = access.lang()
organisations.load_url()
filters = widgets.page_header("page_organisations")
if filters is not None:
    kinds, countries = organisations.filter_row(filters, lang)
    table_tab, network_tab, changes_tab = st.tabs([t("org_tab_table", lang), t("org_tab_network", lang),
                                                   t("org_tab_changes", lang)])
    with table_tab:
        ranked = organisations.ranked_table(filters, kinds, countries, lang)
    with network_tab:
        organisations.network_view(filters, lang)
    with changes_tab:
        organisations.changes(filters, lang)
    st.divider()
    organisations.dossier(filters, ranked, lang)
    organisations.write_url()
