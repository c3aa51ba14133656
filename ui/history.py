"""Who changed what: the history of one item (a collapsed panel on its card) and of a whole assessment (a
section of the results page), newest first, in the words of assessment.audit_words. Times are the server's
local time, named with their UTC offset. User text is escaped (Markdown) or shown in a table cell (plain)."""

from __future__ import annotations

import streamlit as st

from assessment import audit_words as words

from ui import state
from ui.i18n import _, cl
from ui.stale import server_zone
from ui.widgets import data_table, md

ITEM_LINES = 50  # an item's panel lists its newest changes
PAGE = 200  # the assessment's history shows this many more entries at a time


def item_history(aid: int, item_id: str) -> None:
    """The collapsed "History" panel of an item's card (nothing when nobody has answered it yet)."""
    entries = state.store().item_history(aid, item_id)
    if not entries:
        return
    lang, tz = cl(), server_zone()
    found = words.lines(entries, lang, tz, state.today().year)
    with st.expander(_("History ({n})", n=len(found)), icon=":material/history:", expanded=False):
        st.markdown("  \n".join(md(line.text(lang), 400) for line in found[:ITEM_LINES]))
        more = len(found) - ITEM_LINES
        st.caption(words.zone_caption(tz, lang) + (" · " + _("{n} older changes not shown.", n=more) if more > 0
                                                   else ""))


def _show_more(key: str) -> None:
    st.session_state[key] = st.session_state.get(key, PAGE) + PAGE


def assessment_history(aid: int) -> None:
    """Every change of the assessment, newest first: a table of the newest entries, and a button for more."""
    st.subheader(_("Change history"))
    key = f"hist_shown.{aid}"
    shown = st.session_state.get(key, PAGE)
    entries = state.store().audit_trail(assessment_id=aid, limit=shown + 1)
    if not entries:
        st.caption(_("No change recorded yet."))
        return
    lang, tz = cl(), server_zone()
    found = words.lines(entries, lang, tz, state.today().year)
    rows = [{_("Time"): line.at, _("Who"): line.actor, _("What"): line.action, _("Where"): line.target,
             _("Before → after"): line.change} for line in found[:shown]]
    with st.expander(_("The newest {n} changes", n=len(rows)), icon=":material/history:", expanded=False):
        data_table(rows, hide_index=True, width="stretch")
        st.caption(words.zone_caption(tz, lang))
        if len(found) > shown:
            st.button(_("Show older changes"), key=f"hist_more.{aid}", icon=":material/expand_more:",
                      on_click=_show_more, args=(key,))
