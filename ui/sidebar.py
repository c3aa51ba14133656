"""The sidebar under the navigation: the language and the running score of the open assessment."""

from __future__ import annotations

import streamlit as st

from ui import state
from ui.i18n import LANGUAGES, _, lang, switch_language
from ui.widgets import md, score_panel


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


def language_only() -> None:
    """The language picker, drawn before the sign-in gate (the sign-in form follows the language too)."""
    with st.sidebar:
        language_picker()


def render() -> None:
    from ui.roles import role_label
    from ui.sign_in import sign_out

    who = state.actor()
    with st.sidebar:
        st.caption(_("Signed in as {name} ({role})", name=md(who.label, 100), role=role_label(who.role)))
        st.button(_("Sign out"), key="_sign_out", on_click=sign_out)
    aid = state.current_assessment_id()
    loaded = state.load(aid) if aid else None
    if loaded is not None:
        stored, result = loaded
        st.session_state.setdefault("enterprise_id", stored.enterprise_id)
        score_panel(stored, result, state.catalog_of(stored))
