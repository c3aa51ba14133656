"""The sidebar under the navigation: the language and the running score of the open assessment."""

from __future__ import annotations

import streamlit as st

from ui import state
from ui.i18n import LANGUAGES, _, lang, switch_language
from ui.widgets import score_panel


def _pick_language() -> None:
    switch_language(st.session_state["_lang_pick"])


def language_picker(key: str = "_lang_pick") -> None:
    codes = list(LANGUAGES)
    st.selectbox(
        _("Language"),
        codes,
        index=codes.index(lang()),
        format_func=LANGUAGES.__getitem__,
        key=key,
        on_change=_pick_language,
    )


def render() -> None:
    with st.sidebar:
        language_picker()
    aid = state.current_assessment_id()
    loaded = state.load(aid) if aid else None
    if loaded is not None:
        stored, result = loaded
        st.session_state.setdefault("enterprise_id", stored.enterprise_id)
        score_panel(stored, result, state.catalog_of(stored))
