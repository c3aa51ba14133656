"""Special findings: special deductions (1 point each, each with its tracked corrective actions) and the special
bonus."""

from __future__ import annotations

from typing import Optional

import streamlit as st
from pydantic import ValidationError

from assessment.actions import actions_of_deduction, without_deduction
from assessment.models import DEDUCTION_CATEGORIES, CorrectiveAction, SpecialBonus, SpecialDeduction
from assessment.store import StaleAssessment, StoredAssessment
from criteria import Catalog

from ui import confirm, stale, state
from ui.common import STALE, open_assessment_or_explain, subject_caption
from ui.action_list import action_list
from ui.i18n import _, follows_language, ngettext, num
from ui.widgets import CATEGORIES, fixed_labels, label, md, too_many_deductions


REMOVE_DEDUCTION, REMOVE_BONUS = "sp_remove", "sp_remove_bonus"


def _save(stored: StoredAssessment, deductions: tuple[SpecialDeduction, ...], bonus: Optional[SpecialBonus],
          done: Optional[str] = None, actions: Optional[tuple[CorrectiveAction, ...]] = None) -> None:
    """One write of the special findings (and, with `actions`, the plan with them); "saved" once it is stored."""
    seen = state.version(stored.id)
    try:
        saved = state.store().set_special_findings(stored.id, seen, deductions, bonus, actions=actions)
    except StaleAssessment as exc:  # StaleItem too: who changed the finding, when and to what
        stale.refused(stored.id, exc)
    else:
        state.saved(saved)
        state.flash("success", done or _("Saved."))
        stale.caught_up(stored.id, seen, saved)
    st.rerun()


def _show_deduction(value) -> None:
    _aid, _i, d, n = value
    st.markdown(f"**{label(CATEGORIES, d.category)}**")
    st.markdown(md(d.description, 600))
    if n:
        st.caption(ngettext("Its {n} corrective action goes with it.", "Its {n} corrective actions go with it.", n))


def _remove_deduction(stored: StoredAssessment, value) -> None:
    aid, i, d, _n = value
    current = stored.assessment.special_deductions
    if aid != stored.id or i >= len(current) or current[i] != d:  # changed since the question was asked
        state.flash("warning", _(STALE))
        state.load(stored.id, fresh=True)
        return
    rest = without_deduction(stored.assessment, i)  # its actions go, the later ones are renumbered
    _save(stored, rest.special_deductions, stored.assessment.special_bonus,
          done=_("The special deduction was removed."), actions=rest.actions)


def _show_bonus(value) -> None:
    st.markdown(md(value[1], 600))


def _remove_bonus(stored: StoredAssessment, value) -> None:
    bonus = stored.assessment.special_bonus
    if value[0] != stored.id or bonus is None or bonus.description != value[1]:
        state.flash("warning", _(STALE))
        state.load(stored.id, fresh=True)
        return
    _save(stored, stored.assessment.special_deductions, None, done=_("The special bonus was removed."))


def removal_dialogs(stored: StoredAssessment) -> None:
    """Removing a special finding asks first, showing what would go."""
    confirm.dialog(REMOVE_DEDUCTION, _("Remove this special deduction?"), _show_deduction,
                   _("Remove the deduction"), lambda v: _remove_deduction(stored, v), _("Keep it"))
    confirm.dialog(REMOVE_BONUS, _("Remove the special bonus?"), _show_bonus,
                   _("Remove the bonus"), lambda v: _remove_bonus(stored, v), _("Keep it"))


def rules_explained(catalog: Catalog) -> None:
    r = catalog.rules
    st.info(
        _("Each special deduction costs {points} point, outside the item scores, for a breach of national law or "
          "regulation, of the company's own service rules or of the trade's professional requirements, or for anything "
          "that disrupts the service system. Each needs a corrective action. A grade needs fewer than {limit} special "
          "deductions.", points=num(r.special_deduction_points, 0), limit=r.deductions_for_no_grade)
    )
    st.info(
        _("The special bonus adds {points} point for a strength beyond legal requirements that leads the trade; "
          "at most {max} per assessment.", points=num(r.bonus_points, 0), max=r.max_bonus)
    )


def deductions_ui(stored: StoredAssessment, catalog: Catalog) -> None:
    a = stored.assessment
    current = list(a.special_deductions)
    limit = catalog.rules.deductions_for_no_grade
    st.subheader(_("Special deductions ({n})", n=len(current)))
    if len(current) >= limit:
        st.error(too_many_deductions(len(current), limit))
    elif len(current) == limit - 1:
        st.warning(_("One more special deduction and the enterprise cannot be graded."))
    if not current:
        st.caption(_("No special deduction recorded."))
    for i, d in enumerate(current):
        with st.container(border=True):
            st.markdown(f"**{i + 1}. {label(CATEGORIES, d.category)}**")
            st.markdown(md(d.description))
            found = actions_of_deduction(a, i)
            if not found:
                st.warning(_("No corrective action yet: each special deduction needs one."))
            with st.expander(_("Corrective actions ({n})", n=len(found)), icon=":material/build:",
                             expanded=bool(found)):
                action_list(stored, found, deduction=i)
            # under the text, not beside it: a narrow side column cut the label to one letter
            st.button(_("Remove"), key=f"sp_del_{stored.id}_{i}", icon=":material/delete:", type="tertiary",
                      on_click=confirm.ask, args=(REMOVE_DEDUCTION, (stored.id, i, d, len(found))))
    with st.form(f"sp_add_{stored.id}", clear_on_submit=True):
        st.markdown(f"**{_('Add a special deduction')}**")
        category = st.selectbox(_("Category"), DEDUCTION_CATEGORIES, format_func=fixed_labels(DEDUCTION_CATEGORIES, lambda c: label(CATEGORIES, c)), key=follows_language("sp_cat"))
        description = st.text_area(_("What was found"), max_chars=50_000, height=80, key="sp_desc")
        action = st.text_area(_("Corrective action"), max_chars=50_000, height=80, key="sp_action")
        if st.form_submit_button(_("Add deduction"), type="primary", key="sp_add"):
            try:
                new = SpecialDeduction(category=category, description=description.strip())
            except ValidationError:
                st.error(_("Describe what was found."))
            else:  # the deduction and its first action in one write
                plan = a.actions + ((CorrectiveAction(deduction=len(current), description=action.strip()),)
                                    if action.strip() else ())
                _save(stored, tuple(current) + (new,), a.special_bonus, actions=plan)


def bonus_ui(stored: StoredAssessment, catalog: Catalog) -> None:
    a = stored.assessment
    st.subheader(_("Special bonus"))
    if catalog.rules.max_bonus < 1:
        st.caption(_("This catalog awards no special bonus."))
        return
    with st.form(f"sp_bonus_{stored.id}"):
        text = st.text_area(_("The strength that leads the trade"), value=a.special_bonus.description if a.special_bonus else "",
                            max_chars=50_000, height=100, key=f"sp_bonus_text_{stored.id}_{stored.version}")
        with st.container(horizontal=True):  # wraps in a narrow column rather than cutting the labels
            save = st.form_submit_button(_("Save bonus"), type="primary", key="sp_bonus_save")
            remove = st.form_submit_button(_("Remove bonus"), disabled=a.special_bonus is None, key="sp_bonus_remove")
    if save:
        if not text.strip():
            st.error(_("Describe the strength, or remove the bonus."))
        else:
            _save(stored, a.special_deductions, SpecialBonus(description=text.strip()))
    if remove and a.special_bonus is not None:
        confirm.ask(REMOVE_BONUS, (stored.id, a.special_bonus.description))
        st.rerun()


def render() -> None:
    st.title(_("Special findings"))
    state.show_flashes()
    opened = open_assessment_or_explain("sp_open")
    if opened is None:
        return
    stored, result, catalog = opened
    removal_dialogs(stored)
    subject_caption(stored)
    rules_explained(catalog)
    left, right = st.columns([3, 2], gap="large")
    with left:
        deductions_ui(stored, catalog)
    with right:
        bonus_ui(stored, catalog)


if __name__ == "__main__":
    render()
