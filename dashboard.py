"""Dashboard entry (placeholder until the dashboard pages land)."""
import streamlit as st

st.set_page_config(page_title="Международное сотрудничество", page_icon="🌍", layout="wide")
st.title("Международное сотрудничество региона")
st.write("Панель в разработке.")
