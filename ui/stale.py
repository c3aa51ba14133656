"""Two people, one assessment: what a page says and redraws when someone else changed it.

The store checks each save per unit (an item's answer, a special finding, a corrective action, the header). A
save of a unit someone changed since this page's version is refused (StaleItem): the page says who changed it,
when and to what, and shows the stored content again. A save of another unit goes through even when the page
was behind; the units the others changed meanwhile are then drawn again from the store, so that what the page
shows is what is stored and no later save can overwrite a change this person never saw.
"""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from assessment import audit_words as words
from assessment.store import StaleAssessment, StaleItem, StoredAssessment

from ui import state
from ui.common import STALE
from ui.i18n import N_, _, cl
from ui.widgets import md

CHANGED = N_("Not saved: {target} was changed by {name} at {time} to {value}. The latest saved content is shown "
             "now.")
REMOVED = N_("Not saved: {target} was cleared or removed by {name} at {time}. The latest saved content is shown "
             "now.")
_LOOK_BACK = 500  # the newest audit entries read to find what others changed (more: every input is drawn again)
MEANWHILE = N_("Saved. Meanwhile {names} changed {targets}; the page shows their changes now.")


def server_zone():
    """The time zone history times are shown in: the server's local one (named with its UTC offset)."""
    return datetime.now().astimezone().tzinfo


def when(at: datetime) -> str:
    """An audit time as the pages show it: "12-02 14:02 UTC+08:00" (the server's local time)."""
    tz = server_zone()
    return f"{words.clock(at, tz, state.today().year, cl())} {words.zone_name(tz, at)}"


def refused_text(exc: StaleAssessment) -> str:
    """Why a save was refused, in the UI language (Markdown-safe): who changed what, when and to what."""
    if not isinstance(exc, StaleItem):
        return _(STALE)
    lang = cl()
    target = md(words.target_text(exc.target, str(exc.key), lang) or words.word("on.assessment", lang))
    name, time = md(exc.changed_by, 80), md(when(exc.changed_at))
    if exc.value is None:
        return _(REMOVED, target=target, name=name, time=time)
    value = words.value_text(exc.target, exc.value, lang)
    if exc.target == "item":
        value = words.word("quote", lang, text=value)
    return _(CHANGED, target=target, name=name, time=time, value=md(value, 200))


def refused(aid: int, exc: StaleAssessment) -> None:
    """A refused stale save: say so (on the next render) and show the stored content."""
    state.flash("warning", refused_text(exc))
    state.load(aid, fresh=True)  # a newer version: every input of the assessment is drawn again


def _widget_prefix(aid: int, item_id: str) -> str:
    return f"w.{aid}.{state.generation(aid)}.{item_id}."


def caught_up(aid: int, expected: int, stored: StoredAssessment, own: tuple[tuple[str, str], ...] = ()) -> None:
    """After a save from version `expected` that went through: when others wrote in between, draw the units they
    changed from the store (an item's inputs; anything else redraws every input) and say who changed what.
    `own`: the (target, key) units this save wrote."""
    if expected is None or stored.version <= expected + 1:
        return
    newest = state.store().audit_trail(assessment_id=aid, limit=_LOOK_BACK)
    complete = len(newest) < _LOOK_BACK or any(e.version is not None and e.version <= expected for e in newest)
    theirs = [e for e in newest if e.version is not None and expected < e.version < stored.version]
    units = sorted({(e.target, e.target_key) for e in theirs} - set(own))
    if not units and complete:
        return
    if complete and all(target == "item" for target, _key in units):
        for _target, item_id in units:
            prefix = _widget_prefix(aid, item_id)
            for name in [k for k in st.session_state if isinstance(k, str) and k.startswith(prefix)]:
                del st.session_state[name]  # drawn again with the stored answer
    else:
        state.reload_widgets(aid)
    if not units:
        return
    lang = cl()
    names = sorted({e.actor for e in theirs})
    shown = [words.target_text(t, k, lang) or words.word("on.assessment", lang) for t, k in units[:8]]
    state.flash("info", _(MEANWHILE, names=md(", ".join(names), 200),
                          targets=md(", ".join(shown) + (" …" if len(units) > 8 else ""), 300)))
