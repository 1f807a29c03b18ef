import streamlit as st
from analytics import state
filters = state.page_header("page_countries")
