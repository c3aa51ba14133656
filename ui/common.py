"""What the assessment pages share: finding the open assessment, or letting the user open one right there."""

from __future__ import annotations

from typing import Optional

import streamlit as st

from assessment.scoring import Result
from assessment.store import StoredAssessment
from criteria import Catalog

from ui import state
from ui.i18n import N_, _, day, num, sort_key
from ui.widgets import answered_text, fixed_labels, level_text, md, short

# what a stored value that cannot be used was meant to be (assessment.store.BadValue.field)
BAD_FIELDS = {
    "issued_on": N_("certificate issue date"),
    "audit": N_("audit date"),
    "audits": N_("audit list"),
    "assessed_on": N_("assessment date"),
}

STALE = N_(
    "This assessment was changed in another window since you opened it. Your last change was NOT saved; "
    "the latest saved answers are shown now. Check them and make your change again."
)


def bad_value_text(field: str, value: str) -> str:
    """'Invalid date: certificate issue date 9999-12-31': a stored value a page could not use, in the reader's
    words (plain text, for a table cell; escape it for markdown)."""
    what = _(BAD_FIELDS.get(field, N_("stored value")))
    if field == "audits":
        return _("Unreadable value: {what} {value}", what=what, value=value)
    return _("Invalid date: {what} {value}", what=what, value=value)


def _picked(key: str) -> None:
    st.session_state["enterprise_id"] = st.session_state[key]


def enterprise_picker(key: str, preferred: Optional[int] = None) -> Optional[int]:
    """Choose an enterprise (the one this session works on, else `preferred`, else the first by name).

    The box shows the session's enterprise pointer and sets it: there is one selection, shared with the
    portfolio. None, after saying how to create one, when there is no enterprise.
    """
    enterprises = sorted(state.store().list_enterprises(), key=lambda e: sort_key(e.name))
    if not enterprises:
        st.info(_("No enterprise yet. Create one on the portfolio page, then start its assessment in the assessment wizard."))
        st.page_link("ui/portfolio.py", label=_("Go to the portfolio"), icon=":material/apartment:")
        return None
    ids = [e.id for e in enterprises]
    names = {e.id: short(e.name, 100) for e in enterprises}
    current = state.current_enterprise_id()
    if current not in ids:
        current = preferred if preferred in ids else ids[0]
        st.session_state["enterprise_id"] = current
    if st.session_state.get(key) != current:
        st.session_state[key] = current  # drawn from the pointer: never a second selection of its own
    st.selectbox(_("Enterprise"), ids, format_func=fixed_labels(ids, names.__getitem__), key=key,
                 on_change=_picked, args=(key,))
    return current


def open_latest_ui(key: str) -> None:
    """For a page that needs an open assessment when none is: choose an enterprise and open its latest one here."""
    st.caption(_("No assessment is open. Choose an enterprise to open its latest assessment, or open another round "
                 "in the assessment wizard."))
    ent_id = enterprise_picker(key)
    if ent_id is None:
        return
    latest = state.store().latest_assessment(ent_id)
    if latest is None:
        st.info(_("This enterprise has no assessment yet. Start one in the assessment wizard."))
        st.page_link("ui/wizard.py", label=_("Assessment wizard"), icon=":material/checklist:")
        return
    result, catalog = state.scored(latest), state.catalog_of(latest)
    a = latest.assessment
    total = len(result.items)
    with st.container(border=True):
        text, button = st.columns([4, 1], vertical_alignment="center")
        text.markdown(
            f"**{_('Latest assessment')}** · {day(a.assessed_on)} · "
            f"{num(result.final, catalog.rules.rounding.decimals)} · {md(level_text(catalog, result.level))}"
        )
        text.caption(
            answered_text(total - len(result.unanswered), total)
            + (" · " + _("Assessor: {name}", name=md(a.assessor, 60)) if a.assessor else "")
        )
        button.button(_("Open"), type="primary", icon=":material/folder_open:", key=f"{key}.open", width="stretch",
                      on_click=state.open_assessment, args=(latest.id, ent_id))


def open_assessment_or_explain(key: str = "open_latest") -> Optional[tuple[StoredAssessment, Result, Catalog]]:
    """The assessment this session works on; else None, after offering to open an enterprise's latest one."""
    aid = state.current_assessment_id()
    loaded = state.load(aid) if aid else None
    if loaded is None:
        if aid:
            state.open_assessment(None)
        open_latest_ui(key)
        return None
    stored, result = loaded
    state.pin_assessment_in_url(aid)
    return stored, result, state.catalog_of(stored)


def subject_caption(stored: StoredAssessment) -> None:
    a = stored.assessment
    st.caption(f"{md(a.enterprise.name, 120)} · " + _("Assessment of {date}", date=day(a.assessed_on)))
