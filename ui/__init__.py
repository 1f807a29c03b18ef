"""The Streamlit glue: the only package besides pages/ that imports streamlit.

router (every page enters through dashboard.py), access (database resource and cached queries),
sidebar (filters ↔ URL ↔ session state, chart clicks), widgets (page header, charts, downloads),
desk (editor password, upload preview, corrections), event_card (the Реестр's card), slides
(the review's slide renderer)."""
