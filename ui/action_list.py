"""The tracked corrective actions of one gap item or one special deduction: listed with their status, each
editable (its text, owner and due date; its status: done asks the day it was done, verified who verified it and a
note), removable, and a form to add one.

Every change is one store write with the version this session last saw: "saved" is said only once the store has
returned; a stale copy shows the app's stale message and the saved plan again.
"""

from __future__ import annotations

from datetime import date
from typing import Callable, Optional

import streamlit as st
from pydantic import ValidationError

from assessment import usecases
from assessment.actions import PlannedAction
from assessment.models import ACTION_STATUSES, CorrectiveAction
from assessment.scoring import InvalidResponse
from assessment.store import NotFound, StaleAssessment, StoredAssessment
from assessment.vocabulary import label as vocabulary_label, term

from ui import stale, state
from ui.common import STALE
from ui.i18n import _, cl, day, follows_language, labelled
from ui.inputs import DateProblem, parse_date, problem_text
from ui.widgets import fixed_labels, md

STATUS_ICONS = {"open": ":material/radio_button_unchecked:", "in_progress": ":material/pending:",
                "done": ":material/task_alt:", "verified": ":material/verified:"}


def status_text(status: str) -> str:
    """An action's status in the UI language: the vocabulary's words, as the report and the command line say it."""
    return term(f"action_status.{status}", cl())


def overdue_text() -> str:
    """"Overdue" said of an action, in the UI language (the vocabulary's word)."""
    return vocabulary_label("status.overdue", cl())


def _write(aid: int, do: Callable[[int], StoredAssessment], done: str) -> bool:
    """One store write with the version this session saw. False when the store refused it (the reason shown
    here); True when it saved it or found the copy stale (both said on the next run, which the caller starts)."""
    seen = state.version(aid)
    try:
        saved = do(seen)
    except StaleAssessment as exc:  # StaleItem too: who changed the action, when and to what
        stale.refused(aid, exc)
        return True
    except (InvalidResponse, ValidationError, ValueError) as exc:
        st.error(_("Not saved: {detail}", detail=md(problem_text(exc), 300)), icon=":material/error:")
        return False
    except NotFound:  # the action went in another window
        state.flash("warning", _(STALE))
        state.load(aid, fresh=True)
        return True
    state.saved(saved)
    state.flash("success", done)
    stale.caught_up(aid, seen, saved)
    return True


def _date(text: str, label: str) -> tuple[Optional[date], Optional[str]]:
    """The date typed into a form's field (None when empty), or why it is not one."""
    try:
        return parse_date(text or "", required=False), None
    except DateProblem as problem:
        return None, labelled(label, str(problem))


def describe(p: PlannedAction, today: date) -> str:
    """One action's line of Markdown (user text escaped): status, text, owner, due date, when done, by whom."""
    a = p.action
    parts = [f"{STATUS_ICONS[a.status]} **{status_text(a.status)}**", md(a.description, 300)]
    if a.owner:
        parts.append(labelled(_("Owner"), md(a.owner, 60)))
    if a.due_on:
        parts.append(labelled(_("Due on"), day(a.due_on)))
    if a.done_on:
        parts.append(labelled(_("Done on"), day(a.done_on)))
    if a.verified_by:
        parts.append(labelled(_("Verified by"), md(a.verified_by, 60)))
    line = " · ".join(parts)
    if a.carried_over:
        line += " · :material/history: " + _("carried over from the last round")
    if p.overdue(today):
        line += " · :red[**" + overdue_text() + "**]"
    return line


def action_list(stored: StoredAssessment, actions: tuple[PlannedAction, ...], *, item: Optional[str] = None,
                deduction: Optional[int] = None) -> None:
    """The actions of one target (`item` or `deduction`, its 0-based position) and a form to add one."""
    today = state.today()
    base = f"act.{stored.id}.{stored.version}.{item if item is not None else f'd{deduction}'}"
    for p in actions:
        with st.container(border=True, key=f"{base}.card.{p.position}"):
            st.markdown(describe(p, today))
            if p.action.verification_note:
                st.caption(labelled(_("Verification note"), md(p.action.verification_note, 300)))
            with st.expander(_("Change this action"), icon=":material/edit:"):
                _status_form(stored, p, f"{base}.{p.position}")
                _edit_form(stored, p, f"{base}.{p.position}")
                if st.button(_("Remove this action"), key=f"{base}.{p.position}.remove", icon=":material/delete:",
                             type="tertiary"):
                    if _write(stored.id, lambda v: state.store().set_action(stored.id, v, p.position, None),
                              _("The corrective action was removed.")):
                        st.rerun()
    _add_form(stored, base, item=item, deduction=deduction)


def _status_form(stored: StoredAssessment, p: PlannedAction, base: str) -> None:
    a = p.action
    with st.form(f"{base}.status"):
        st.markdown(f"**{_('Status')}**")
        status = st.selectbox(_("Status"), ACTION_STATUSES, index=ACTION_STATUSES.index(a.status),
                              format_func=fixed_labels(ACTION_STATUSES, status_text), key=follows_language(f"{base}.st"),
                              label_visibility="collapsed")
        c1, c2 = st.columns(2)
        done_text = c1.text_input(_("Done on"), value=(a.done_on or state.today()).isoformat(), max_chars=24,
                                  key=f"{base}.done_on", help=_("Asked when the action is done or verified."))
        who = c2.text_input(_("Verified by"), value=a.verified_by, max_chars=500, key=f"{base}.verified_by",
                            help=_("Asked when the action is verified."))
        note = st.text_area(_("Verification note"), value=a.verification_note, max_chars=50_000, height=68,
                            key=f"{base}.note")
        if not st.form_submit_button(_("Change status"), key=f"{base}.status_save"):
            return
    done_on, problem = _date(done_text, _("Done on"))
    if problem:
        st.error(problem, icon=":material/event_busy:")
        return
    if status == "verified" and not who.strip():
        st.error(_("Say who verified the action."), icon=":material/error:")
        return
    if status in ("done", "verified") and done_on is None:
        st.error(_("Enter the day the action was done."), icon=":material/event_busy:")
        return
    if _write(stored.id, lambda v: usecases.change_action_status(
            state.store(), stored.id, v, p.position, status, state.today(), verified_by=who.strip(),
            note=note.strip() if status == "verified" else None, done_on=done_on),
            _("Saved: the action is now {status}.", status=status_text(status))):
        st.rerun()


def _edit_form(stored: StoredAssessment, p: PlannedAction, base: str) -> None:
    a = p.action
    with st.form(f"{base}.edit"):
        description = st.text_area(_("Corrective action"), value=a.description, max_chars=50_000, height=68,
                                   key=f"{base}.description")
        c1, c2 = st.columns(2)
        owner = c1.text_input(_("Owner"), value=a.owner, max_chars=500, key=f"{base}.owner")
        due_text = c2.text_input(_("Due on"), value=a.due_on.isoformat() if a.due_on else "", max_chars=24,
                                 key=f"{base}.due_on", placeholder=_("YYYY-MM-DD"))
        if not st.form_submit_button(_("Save changes"), key=f"{base}.edit_save"):
            return
    due_on, problem = _date(due_text, _("Due on"))
    if problem:
        st.error(problem, icon=":material/event_busy:")
        return
    if not description.strip():
        st.error(_("Describe the corrective action."), icon=":material/error:")
        return
    try:
        changed = CorrectiveAction.model_validate({**a.model_dump(), "description": description.strip(),
                                                   "owner": owner.strip(), "due_on": due_on})
    except ValidationError as exc:
        st.error(_("Not saved: {detail}", detail=md(problem_text(exc), 300)), icon=":material/error:")
        return
    if _write(stored.id, lambda v: state.store().set_action(stored.id, v, p.position, changed), _("Saved.")):
        st.rerun()


def _add_form(stored: StoredAssessment, base: str, *, item: Optional[str], deduction: Optional[int]) -> None:
    with st.form(f"{base}.add", clear_on_submit=True):
        st.markdown(f"**{_('Add a corrective action')}**")
        description = st.text_area(_("Corrective action"), max_chars=50_000, height=68, key=f"{base}.new_description")
        c1, c2 = st.columns(2)
        owner = c1.text_input(_("Owner"), max_chars=500, key=f"{base}.new_owner")
        due_text = c2.text_input(_("Due on"), max_chars=24, key=f"{base}.new_due_on", placeholder=_("YYYY-MM-DD"))
        if not st.form_submit_button(_("Add the action"), key=f"{base}.add_save", icon=":material/add_task:"):
            return
    due_on, problem = _date(due_text, _("Due on"))
    if problem:
        st.error(problem, icon=":material/event_busy:")
        return
    if not description.strip():
        st.error(_("Describe the corrective action."), icon=":material/error:")
        return
    try:
        new = CorrectiveAction(item=item, deduction=deduction, description=description.strip(), owner=owner.strip(),
                               due_on=due_on)
    except ValidationError as exc:
        st.error(_("Not saved: {detail}", detail=md(problem_text(exc), 300)), icon=":material/error:")
        return
    if _write(stored.id, lambda v: state.store().add_action(stored.id, v, new), _("Saved: the action was added.")):
        st.rerun()
