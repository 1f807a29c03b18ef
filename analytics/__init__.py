"""Dashboard analytics: filters → SQL, queries, charts, formats, exports.

Only `state.py` imports streamlit; everything else is plain Python that tests call directly.
"""
