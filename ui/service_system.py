"""The service system page: an enterprise's service profile (its commitments and time limits), the service
manual drafted from it (preview, Word and PDF), and the versions of the manual it has issued.

The profile is saved through the store with the version it was drawn from: a save made elsewhere in between is
refused (StaleProfile) and the user's input stays on the screen. The form is ui.profile_form; the manual is
ui.manual_panel.
"""

from __future__ import annotations

from typing import Optional

import streamlit as st
from pydantic import ValidationError

from assessment.profile import ServiceProfile, default_profile
from assessment.store import StaleProfile

from ui import manual_panel, state
from ui.common import enterprise_picker
from ui.i18n import _, day, num
from ui.inputs import validation_problems
from ui.profile_fields import field_label
from ui.profile_form import profile_form
from ui.widgets import data_table, md

_BASE = "sv_base"  # enterprise id -> the profile version the form was drawn from (None: no profile yet)
_GEN = "sv_gen"  # enterprise id -> generation of the form's inputs (a new one draws them from the store)
_STALE = "sv_stale"  # enterprise id -> True while the last save was refused as stale
_WHO = "sv_who"  # the name the user gives to be kept with the versions they save


def _saved_when(pv) -> str:
    """'by Wang Li on 2 Dec 2026 at 06:20 UTC' (the store keeps UTC times)."""
    when = {"date": day(pv.saved_at.date()), "time": pv.saved_at.strftime("%H:%M")}
    if pv.saved_by:
        return _("by {who} on {date} at {time} UTC", who=md(pv.saved_by, 80), **when)
    return _("on {date} at {time} UTC", **when)


def _form_key(eid: int, base: Optional[int]) -> str:
    gen = st.session_state.setdefault(_GEN, {}).get(eid, 0)
    return f"sv.{eid}.{base or 0}.{gen}"


def _redraw(eid: int, base: Optional[int]) -> None:
    """Draw the form anew from the stored version `base` (new widget keys)."""
    st.session_state.setdefault(_BASE, {})[eid] = base
    gens = st.session_state.setdefault(_GEN, {})
    gens[eid] = gens.get(eid, 0) + 1
    st.session_state.setdefault(_STALE, {}).pop(eid, None)


def _base(eid: int, current) -> tuple[Optional[int], ServiceProfile, object]:
    """The version the form shows and its profile. A form not on the screen (first visit, back from another
    page) starts from the stored profile; one on the screen keeps its version, so that a save made elsewhere
    meanwhile is noticed."""
    bases: dict = st.session_state.setdefault(_BASE, {})
    stored_version = current.version if current else None
    if eid not in bases or f"{_form_key(eid, bases[eid])}.doc.training_hours" not in st.session_state:
        bases[eid] = stored_version
    base = bases[eid]
    if base == stored_version:
        return base, current.profile if current else None, current
    if base is None:  # drawn before any profile was saved
        return None, None, None
    older = next((pv for pv in state.store().profile_history(eid) if pv.version == base), None)
    if older is None:  # that version is gone: start again from what is stored
        bases[eid] = stored_version
        return _base(eid, current)
    return base, older.profile, older


def _save(eid: int, base: Optional[int], data: dict) -> None:
    try:
        profile = ServiceProfile.model_validate(data)
    except ValidationError as exc:
        st.error(_("Not saved. Correct these values:"), icon=":material/error:")
        for problem in validation_problems(exc, label_of=field_label):
            st.markdown("- " + md(problem))
        return
    try:
        pv = state.store().save_profile(eid, profile, expected_version=base,
                                        saved_by=st.session_state.get(_WHO, "").strip())
    except StaleProfile:
        st.session_state.setdefault(_STALE, {})[eid] = True
        st.rerun()
    if pv.version == base:
        state.flash("info", _("Nothing changed: version {n} is still the current profile.", n=num(pv.version, 0)))
    else:
        state.flash("success", _("Saved: version {n} of the service profile.", n=num(pv.version, 0)))
    _redraw(eid, pv.version)
    st.rerun()


def _stale_ui(eid: int, current, data: dict) -> None:
    st.error(_("Not saved: the profile was saved elsewhere meanwhile (version {n}, saved {when}). Your input is "
               "still on the form. Load the saved version (your changes are dropped), or save yours over it.",
               n=num(current.version, 0) if current else "—", when=_saved_when(current) if current else "—"),
             icon=":material/sync_problem:")
    c1, c2 = st.columns(2)
    if c1.button(_("Load the saved version"), key=f"sv_reload_{eid}", icon=":material/refresh:"):
        _redraw(eid, current.version if current else None)
        st.rerun()
    if c2.button(_("Save mine over it"), key=f"sv_overwrite_{eid}", icon=":material/save_as:"):
        st.session_state[_STALE].pop(eid, None)
        _save(eid, current.version if current else None, data)


def _history(eid: int) -> None:
    history = state.store().profile_history(eid)
    with st.expander(_("Version history"), icon=":material/history:"):
        if not history:
            st.caption(_("No version saved yet: the form shows typical defaults for this type of enterprise."))
            return
        data_table(
            [{_("Version"): pv.version, _("Saved at (UTC)"): pv.saved_at.strftime("%Y-%m-%d %H:%M"),
              _("Saved by"): pv.saved_by or None} for pv in history],
            hide_index=True, width="stretch",
        )


def profile_section(eid: int, kind: str) -> None:
    current = state.store().service_profile(eid)
    base, profile, shown = _base(eid, current)
    if profile is None:
        st.caption(_("No profile saved yet: the values below are typical defaults for this type of enterprise, "
                     "not requirements of the standard. Change them and save."))
        profile = default_profile(kind)
    else:
        st.caption(_("Version {n}, saved {when}.", n=num(shown.version, 0), when=_saved_when(shown)))
    data = profile_form(_form_key(eid, base), profile, seller=kind == "seller")
    who, button = st.columns([2, 1], vertical_alignment="bottom")
    st.session_state[_WHO] = who.text_input(_("Your name (kept with the saved version)"), max_chars=200,
                                            value=st.session_state.get(_WHO, ""), key=f"{_WHO}.input")
    if st.session_state.get(_STALE, {}).get(eid):
        _stale_ui(eid, current, data)
    elif button.button(_("Save the profile"), type="primary", icon=":material/save:", key=f"sv_save_{eid}",
                       width="stretch", disabled=not state.may("profile", eid)):
        _save(eid, base, data)
    _history(eid)


def _preferred_enterprise() -> Optional[int]:
    aid = state.current_assessment_id()
    loaded = state.load(aid) if aid else None
    return loaded[0].enterprise_id if loaded else None


def render() -> None:
    st.title(_("Service system"))
    state.show_flashes()
    eid = enterprise_picker("sv_enterprise", preferred=_preferred_enterprise())
    if eid is None:
        return
    latest = state.store().latest_assessment(eid)
    if latest is None:
        st.info(_("This enterprise has no assessment yet. The service manual is drafted from the enterprise as "
                  "its latest assessment states it, against that assessment's catalog: start an assessment in "
                  "the assessment wizard first."))
        st.page_link("ui/wizard.py", label=_("Assessment wizard"), icon=":material/checklist:")
        return
    kind = latest.assessment.enterprise.kind
    profile_tab, manual_tab, issued_tab = st.tabs([_("Service profile"), _("Service manual"), _("Issued versions")],
                                                  key="sv_tabs")
    with profile_tab:
        profile_section(eid, kind)
    with manual_tab:
        manual_panel.preview(eid)
    with issued_tab:
        manual_panel.issues(eid)


if __name__ == "__main__":
    render()
