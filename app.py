"""GB/T 27922-2011 self-assessment: the Streamlit entry point.

Page config, language, the sign-in gate, navigation and the shared store; every page lives in ui/. It listens
on the loopback interface by default (see .streamlit/config.toml); README.md says how to serve it to a team.
"""

import streamlit as st

from ui import i18n, inputs, not_found, sidebar, sign_in, state
from ui.i18n import _
from ui.pages import PAGES

st.set_page_config(page_title="GB/T 27922 · 售后服务评价", page_icon="⭐", layout="wide")
i18n.init()
inputs.page_style()  # Streamlit's own input hints in the UI language
state.process_store()  # open (and migrate) the database once per process
sidebar.language_only()
sign_in.gate()  # nobody reaches a page without signing in

pages: dict[str, list] = {}
for spec in PAGES:
    pages.setdefault(_(spec.section) if spec.section else "", []).append(
        st.Page(spec.path, title=_(spec.title), icon=spec.icon, url_path=spec.url_path, default=spec.default,
                visibility="visible" if not spec.permission or state.may(spec.permission) else "hidden"))

pages[""] += not_found.extra_pages(pages, start_alias="portfolio")  # an address that names no page
navigation = st.navigation(pages)
sidebar.render()
navigation.run()
