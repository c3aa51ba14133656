"""GB/T 27922-2011 self-assessment: the Streamlit entry point.

Page config, language, navigation and the shared store; every page lives in ui/. Run it on the loopback
interface only (see .streamlit/config.toml): it holds client data and has no login.
"""

import streamlit as st

from ui import i18n, inputs, not_found, sidebar, state
from ui.i18n import _

st.set_page_config(page_title="GB/T 27922 · 售后服务评价", page_icon="⭐", layout="wide")
i18n.init()
inputs.page_style()  # Streamlit's own input hints in the UI language
state.store()  # open (and migrate) the database once per process

pages = {
    "": [
        st.Page("ui/portfolio.py", title=_("Portfolio"), icon=":material/apartment:", url_path="", default=True),
    ],
    _("Assessment"): [
        st.Page("ui/wizard.py", title=_("Assessment wizard"), icon=":material/checklist:", url_path="wizard"),
        st.Page("ui/special.py", title=_("Special findings"), icon=":material/flag:", url_path="special"),
        st.Page("ui/results.py", title=_("Results and gaps"), icon=":material/insights:", url_path="results"),
        st.Page("ui/compare.py", title=_("Compare rounds"), icon=":material/compare_arrows:", url_path="compare"),
        st.Page("ui/report.py", title=_("Report"), icon=":material/picture_as_pdf:", url_path="report"),
    ],
    _("Certification"): [
        st.Page("ui/certification.py", title=_("Certification calendar"), icon=":material/event:", url_path="calendar"),
        st.Page("ui/transfer.py", title=_("Import and export"), icon=":material/swap_horiz:", url_path="transfer"),
        st.Page("ui/settings.py", title=_("Settings"), icon=":material/settings:", url_path="settings"),
    ],
}

pages[""] += not_found.extra_pages(pages, start_alias="portfolio")  # an address that names no page
navigation = st.navigation(pages)
sidebar.render()
navigation.run()
