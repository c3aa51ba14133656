"""The wizard's first screen: continue a round, start a blank one or the next one, or delete a round."""

from __future__ import annotations

from typing import Optional

import streamlit as st

from assessment import usecases
from assessment.models import Assessment
from assessment.store import AssessmentSummary, NotFound
from criteria import Catalog

from ui import confirm, state
from ui.common import enterprise_picker
from ui.i18n import _, cl, day, follows_language, labelled, num
from ui.inputs import date_field
from ui.widgets import CATEGORIES, fixed_labels, label, level_text, md, short

DELETE = "wz_delete"


def _level(s: AssessmentSummary) -> str:
    if not s.level:
        return ""
    try:
        return level_text(state.store().catalog(s.catalog_id, s.catalog_version), s.level)
    except (NotFound, ValueError):
        return s.level


def rounds_ui(ent_id: int, rounds: list[AssessmentSummary]) -> None:
    st.subheader(_("Continue an assessment"))
    if not rounds:
        st.caption(_("No assessment of this enterprise yet."))
    for s in rounds:
        with st.container(border=True):
            c1, c2 = st.columns([3, 1], vertical_alignment="center")
            c1.markdown(f"**{day(s.assessed_on)}** · {num(s.final) if s.final is not None else '—'} · {_level(s)}")
            c1.caption(_("{answered} answered · assessor: {assessor} · catalog {catalog}",
                         answered=s.answered, assessor=md(s.assessor, 40) or "—",
                         catalog=md(f"{s.catalog_id} {s.catalog_version}")))
            # under the text, not in the narrow button column, which cut the label
            c1.button(_("Delete this round"), key=f"wz_delete_{s.id}", icon=":material/delete:", type="tertiary",
                      on_click=confirm.ask, args=(DELETE, s.id))
            if c2.button(_("Continue"), key=f"wz_open_{s.id}", width="stretch",
                         type="primary" if s is rounds[0] else "secondary"):
                state.open_assessment(s.id, ent_id)
                st.rerun()



def carry_over_ui(last: Assessment) -> tuple[tuple[int, ...], bool]:
    """Offer last round's special findings for carrying over; the positions of the deductions ticked and
    whether the bonus is ticked."""
    if not last.special_deductions and last.special_bonus is None:
        st.caption(_("The last round has no special findings to carry over."))
        return (), False
    st.markdown(f"**{_('Special findings of the last round')}**")
    st.caption(_("Tick those found again; the others are not copied."))
    ticked = tuple(
        i for i, d in enumerate(last.special_deductions)
        if st.checkbox(labelled(label(CATEGORIES, d.category), md(short(d.description, 120))), key=f"wz_new_carry_{i}")
    )
    bonus = last.special_bonus is not None and st.checkbox(
        labelled(_("Special bonus"), md(short(last.special_bonus.description, 120))), key="wz_new_carry_bonus")
    return ticked, bool(bonus)


def new_round_ui(ent_id: int, rounds: list[AssessmentSummary]) -> None:
    st.subheader(_("Start a new assessment"))
    store = state.store()
    modes = ["blank"] + (["next_round"] if rounds else [])
    # outside the form, so that choosing the last round shows its options at once
    mode = st.radio(
        _("Start from"), modes, horizontal=True,
        format_func=fixed_labels(modes, lambda m: _("A blank checklist") if m == "blank"
                                 else _("The last round (answers copied, to re-verify)")),
        key=follows_language("wz_new_mode"),
    )
    last = store.get_assessment(rounds[0].id) if mode == "next_round" else None
    with st.form("wz_new"):
        assessed_on = date_field(_("Assessment date"), value=state.today(), key="wz_new_date")
        assessor = st.text_input(_("Assessor"), max_chars=500, key="wz_new_assessor")
        carry: tuple[tuple[int, ...], bool] = ((), False)
        if last is not None:
            st.caption(_("Copied from the round of {date}; each copied answer is marked to re-verify.",
                         date=day(last.assessment.assessed_on)))
            keep_notes = st.checkbox(_("Keep last round's notes"), key="wz_new_keep_notes",
                                     help=_("Without this, the copied answers arrive without last round's notes."))
            carry = carry_over_ui(last.assessment)
            catalog: Catalog = state.catalog_of(last)
        else:
            keep_notes = False
            catalog = state.new_assessment_catalog()
        st.caption(_("Catalog: {title} ({id} {version})", title=md(catalog.catalog.title.get(cl())),
                     id=md(catalog.id), version=md(catalog.version)))
        if st.form_submit_button(_("Start"), type="primary", key="wz_new_start"):
            if last is not None:
                stored = usecases.next_round(store, last.id, assessed_on, assessor.strip() or None, keep_notes=keep_notes,
                                          carry_deductions=carry[0], carry_bonus=carry[1])
            else:
                stored = store.new_assessment(ent_id, assessed_on, assessor.strip(), catalog)
            state.open_assessment(stored.id, ent_id)
            st.rerun()
    st.page_link("ui/settings.py", label=_("Choose another catalog in the settings"), icon=":material/settings:")


def _describe_round(aid: int) -> None:
    try:
        stored = state.store().get_assessment(aid)
    except NotFound:
        st.caption(_("This assessment no longer exists."))
        return
    a = stored.assessment
    st.markdown(_("Delete the assessment of {enterprise} of {date}?", enterprise=md(a.enterprise.name, 120),
                  date=day(a.assessed_on)))
    st.caption(_("{answered} answered · special deductions: {deductions} · assessor: {assessor}",
                 answered=len(a.responses), deductions=len(a.special_deductions), assessor=md(a.assessor, 40) or "—"))
    st.warning(_("Its answers, notes and special findings are deleted for good. A later round copied from it is kept."))


def _delete_round(aid: int) -> None:
    try:
        stored = state.store().get_assessment(aid)
        state.store().delete_assessment(aid)
    except NotFound:
        state.flash("info", _("This assessment no longer exists."))
        return
    st.session_state.get("versions", {}).pop(aid, None)
    if state.current_assessment_id() == aid:
        state.open_assessment(None)
        st.query_params.pop("step", None)
    state.flash("success", _("The assessment of {date} was deleted.", date=day(stored.assessment.assessed_on)))


def delete_dialog() -> bool:
    """The question "delete this round?", when a delete button asked it. True when it is open."""
    return confirm.dialog(DELETE, _("Delete an assessment"), _describe_round, _("Delete the assessment"), _delete_round,
                          _("Keep the assessment"))


def chooser() -> None:
    ent_id: Optional[int] = enterprise_picker("wz_enterprise")
    if ent_id is None:
        return
    rounds = state.store().list_assessments(ent_id)
    left, right = st.columns(2, gap="large")
    with left:
        rounds_ui(ent_id, rounds)
    with right:
        new_round_ui(ent_id, rounds)
