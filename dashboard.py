"""Dashboard entry: page config, router (st.navigation), global sidebar filters, then the page.

Run with `make run` (or `python -m streamlit run dashboard.py`); the database path comes from
etl.config.DB_PATH (environment variable ENGAGEMENT_DB overrides it).
"""
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from ui import access, router, sidebar, widgets  # noqa: E402
from analytics.i18n import t  # noqa: E402


PAGES = (("pages/overview.py", "page_overview", "overview"), ("pages/sectors.py", "page_sectors", "sectors"),
         ("pages/countries.py", "page_countries", "countries"),
         ("pages/organisations.py", "page_organisations", "organisations"),
         ("pages/dynamics.py", "page_dynamics", "dynamics"),
         ("pages/participants.py", "page_participants", "participants"),
         ("pages/registry.py", "page_registry", "registry"), ("pages/review.py", "page_review", "review"),
         ("pages/quality.py", "page_quality", "quality"), ("pages/data.py", "page_data", "data"))
DESK = "data"  # the page that must open even before the first report is loaded
# Pages the sidebar filters do not apply to, and why (an i18n key): their sidebar says so instead of
# offering filters that change nothing on them.
UNFILTERED = {"review": "filters_why_review", "quality": "filters_why_quality", "data": "filters_why_data"}


def overview_alias() -> None:
    """/overview shows the default page too (the default page itself lives at the root URL)."""
    runpy.run_path(str(ROOT / "pages" / "overview.py"), run_name="__page__")


def main() -> None:
    st.set_page_config(page_title="Международное сотрудничество", page_icon="🌍", layout="wide",
                       initial_sidebar_state="expanded")
    access.begin_run()
    sidebar.load_from_url()
    lang = access.lang()
    # The default page is served at "/" (Streamlit ignores its url_path); a hidden alias keeps /overview working.
    pages = [st.Page(str(ROOT / path), title=t(title, lang), url_path="home" if url == "overview" else url,
                     default=url == "overview") for path, title, url in PAGES]
    pages.append(st.Page(overview_alias, title=t("page_overview", lang), url_path="overview", visibility="hidden"))
    navigation = st.navigation(pages)
    widgets.inject_css()
    widgets.measure_room()   # the main column's width in this browser: tables fit the screen they are on
    if navigation.url_path == DESK and (not access.has_reports() or access.outdated()):
        with router.routed():
            navigation.run()
    elif access.require_database():
        sidebar.sidebar(UNFILTERED.get(navigation.url_path))
        with router.routed():
            navigation.run()
    access.warm_in_background()  # the page is drawn: the slow dictionaries load while it is read


if __name__ == "__main__":
    main()
else:
    # Imported, not run as the page script: `streamlit run dashboard.py` finds this st.App (an AST search for
    # `app = st.App(...)`) and serves the dashboard through it, so the app's HTML shell carries the script
    # that tells the very first run the browser's column width (ui/first_width.py: no rerun on a
    # projector's first visit). Each page run executes this file as __main__ and never builds it.
    from starlette.middleware import Middleware  # noqa: E402

    from ui.first_width import FirstWidth  # noqa: E402

    app = st.App(__file__, middleware=[Middleware(FirstWidth)])
