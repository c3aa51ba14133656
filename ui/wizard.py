"""Assessment wizard: one step per second-level indicator, grouped under the three areas.

Every change is saved at once through the store (ui.wizard_save); inputs that cannot be saved yet stay a draft
on their item's card, and leaving the step asks before a draft is dropped. Nothing is kept only in the browser.
The first screen (continue, start, delete a round) is ui.wizard_start; one item's card is ui.wizard_item.
"""

from __future__ import annotations

import streamlit as st

from assessment.scoring import Result
from assessment.completeness import evidence_completeness
from assessment.proof import unproven_claims
from assessment.store import StoredAssessment
from criteria import Catalog, Indicator

from ui import confirm, state
from ui.i18n import _, cl, day, ngettext, num
from ui.inputs import date_field
from ui.widgets import answered_text, clip, md
from ui.wizard_files import remove_dialog
from ui.wizard_item import NOT_SAVED, item_card, manual_coverage
from ui.wizard_save import commit, confirm_items, drafts, drop_drafts
from ui.wizard_start import DELETE, chooser, delete_dialog

LEAVE = "wz_leave"
CLOSE, SPECIAL = "<close>", "<special>"  # leaving the step for the first screen, or for the special findings


# -- moving between steps ----------------------------------------------------------------------------------------


def go_to(aid: int, target: str) -> None:
    """Move to step `target` (or CLOSE, SPECIAL); with drafts on this step, ask first."""
    if drafts(aid):
        confirm.ask(LEAVE, (aid, target))
        return
    _move(aid, target)


def _move(aid: int, target: str) -> None:
    if target == CLOSE:
        state.open_assessment(None)
        st.query_params.pop("step", None)
    elif target == SPECIAL:
        st.session_state["wz_switch"] = "ui/special.py"
    else:
        st.session_state.setdefault("step", {})[aid] = target
        st.query_params["step"] = target
        state.load(aid, fresh=True)  # a new step shows what is stored now


def _describe_drafts(value) -> None:
    aid, _target = value
    st.markdown(_("These items have changes that are not saved:"))
    for message in drafts(aid).values():
        st.warning(message, icon=":material/edit_off:")
    st.caption(_("Leave this step and they are dropped; the saved answers stay as they were."))


def _leave(value) -> None:
    aid, target = value
    drop_drafts(aid)
    _move(aid, target)


def leave_dialog() -> bool:
    return confirm.dialog(LEAVE, _("Leave this step?"), _describe_drafts, _("Leave and drop the changes"), _leave,
                          _("Stay on this step"), icon=":material/undo:", safe_first=True)


# -- the wizard --------------------------------------------------------------------------------------------------


def _step_mark(indicator: Indicator, responses: dict, held: dict) -> tuple[str, int]:
    answered = sum(1 for it in indicator.items if it.id in responses)
    if any(it.id in held for it in indicator.items):
        return NOT_SAVED.strip(), answered
    if any(responses[it.id].to_reverify for it in indicator.items if it.id in responses):
        return ":material/sync:", answered
    if answered == len(indicator.items):
        return ":material/check_circle:", answered
    return (":material/clock_loader_40:" if answered else ":material/radio_button_unchecked:"), answered


def step_list(aid: int, catalog: Catalog, responses: dict, step: str) -> None:
    held = drafts(aid)
    for area in catalog.areas:
        st.caption(md(f"{area.id} · {area.name.get(cl())}"))
        for ind in area.indicators:
            mark, answered = _step_mark(ind, responses, held)
            name = ind.name.get(cl())
            st.button(
                # the whole name, wrapped on narrow screens; the count comes first so that it is always seen
                f"{mark} {md(ind.id)} · {answered}/{len(ind.items)} · {md(clip(name, 120))}",
                help=md(name) if clip(name, 120) != name else None,
                key=f"wz_step_{aid}_{ind.id}",
                type="primary" if ind.id == step else "tertiary",
                on_click=go_to, args=(aid, ind.id),
                width="stretch",
            )


def header(stored: StoredAssessment, catalog: Catalog, result: Result, overall) -> None:
    a = stored.assessment
    c1, c2 = st.columns([3, 1], vertical_alignment="bottom")
    c1.subheader(md(a.enterprise.name, 120))
    c1.caption(
        _("Assessment of {date}", date=day(a.assessed_on))
        + (" · " + _("Assessor: {name}", name=md(a.assessor, 60)) if a.assessor else "")
        + " · " + md(catalog.catalog.title.get(cl()), 160) + " " + md(catalog.version)
    )
    with c2.popover(_("Change"), icon=":material/edit:", width="stretch"):
        with st.form(f"wz_header_{stored.id}"):
            on = date_field(_("Assessment date"), value=a.assessed_on, key=f"wz_header_date_{stored.id}")
            who = st.text_input(_("Assessor"), value=a.assessor, max_chars=500)
            if st.form_submit_button(_("Save")) and on is not None:
                if commit(stored.id, lambda v: state.store().update_header(stored.id, v, on, who.strip())):
                    st.rerun()
        st.button(_("Open another assessment"), key="wz_close", on_click=go_to, args=(stored.id, CLOSE))
        st.button(_("Delete this assessment"), key="wz_delete_open", icon=":material/delete:", type="tertiary",
                  on_click=confirm.ask, args=(DELETE, stored.id))
    total = len(result.items)
    answered = total - len(result.unanswered)
    p1, p2 = st.columns(2)
    p1.progress(answered / total if total else 0.0, text=answered_text(answered, total))
    if overall.ratio is not None:
        p2.progress(overall.ratio, text=_("Evidence in hand: {have} of {expected}", have=overall.in_hand, expected=overall.expected))
    reverify = [r.item for r in a.responses if r.to_reverify]
    if reverify:
        st.info(ngettext(
            "Draft: {n} answer was copied from the last round and is marked :material/sync: to re-verify. "
            "Change it, or confirm it unchanged; each step can confirm all its copied answers at once.",
            "Draft: {n} answers were copied from the last round and are marked :material/sync: to re-verify. "
            "Change an answer, or confirm it unchanged; each step can confirm all its copied answers at once.",
            len(reverify)))


def _saved_state(aid: int, held: dict) -> str:
    """What the step caption says about saving: never "all changes saved" while a draft is held."""
    if held:
        return " · " + NOT_SAVED + _("Not saved: {items}", items=", ".join(md(i) for i in held))
    if st.session_state.get("last_saved") == aid:
        return " · :material/cloud_done: " + _("All changes saved")
    return ""


def _confirm_step_ui(aid: int, ind: Indicator, responses: dict, held: dict) -> None:
    """After the step's cards: one action confirms all its copied answers (those without a draft)."""
    reverify = [it.id for it in ind.items if it.id in responses and responses[it.id].to_reverify]
    if len(reverify) < 2:
        return
    ready = [i for i in reverify if i not in held]
    st.button(_("Confirm all {n} copied answers of this step unchanged", n=len(ready)),
              key=f"wz_confirm_all_{aid}_{ind.id}", icon=":material/done_all:", disabled=not ready,
              on_click=confirm_items, args=(aid, ready),
              help=_("Items with changes not saved yet are left out.") if len(ready) < len(reverify) else None)


def _step_buttons(aid: int, indicators: list, index: int) -> None:
    # previous on the left, next on the right, each as wide as its label (fixed columns cut long step names)
    with st.container(horizontal=True, vertical_alignment="center"):
        if index > 0:
            st.button("← " + md(clip(indicators[index - 1].name.get(cl()), 40)), key=f"wz_prev_{aid}", on_click=go_to,
                      args=(aid, indicators[index - 1].id), width="content")
        st.space("stretch")
        if index + 1 < len(indicators):
            st.button(md(clip(indicators[index + 1].name.get(cl()), 40)) + " →", key=f"wz_next_{aid}", on_click=go_to,
                      args=(aid, indicators[index + 1].id), type="primary", width="content")
        else:
            st.button(_("Special findings") + " →", key=f"wz_special_{aid}", icon=":material/flag:", on_click=go_to,
                      args=(aid, SPECIAL), width="content")


def step_body(aid: int, stored: StoredAssessment, catalog: Catalog, result: Result, step: str, per_item) -> None:
    indicators = list(catalog.indicators())
    index = next(i for i, ind in enumerate(indicators) if ind.id == step)
    ind = indicators[index]
    area = next(a for a in catalog.areas if ind in a.indicators)
    sub = next(s for s in result.indicators if s.id == ind.id)
    held = drafts(aid)
    st.markdown(f"#### {md(area.name.get(cl()))} › {md(ind.id)} {md(ind.name.get(cl()))}")
    pct = sub.percent
    st.caption(
        _("Step {n} of {total}", n=index + 1, total=len(indicators)) + " · "
        + _("{earned} of {applicable} applicable points", earned=num(sub.earned, 2), applicable=num(sub.applicable, 1))
        + (f" ({num(pct, 0)}%)" if pct is not None else "")
        + _saved_state(aid, held)
    )
    responses = stored.assessment.response_map()
    covered = manual_coverage(stored.enterprise_id)
    files: dict = {}
    for record in state.store().list_evidence(aid):
        files.setdefault(record.item, []).append(record)
    unproven = set(unproven_claims(catalog, stored.assessment, {i: len(f) for i, f in files.items()}))
    here = [it.id for it in ind.items if it.id in unproven]
    if here:
        st.warning(ngettext("{n} item of this step is claimed without proof: {items}",
                            "{n} items of this step are claimed without proof: {items}", len(here),
                            items=", ".join(md(i) for i in here)), icon=":material/gpp_maybe:")
    for item in ind.items:
        item_card(aid, item, responses.get(item.id), per_item[item.id], held.get(item.id), covered.get(item.id),
                  files=files.get(item.id, ()), unproven=item.id in unproven)
    _confirm_step_ui(aid, ind, responses, held)
    _step_buttons(aid, indicators, index)


def current_step(aid: int, catalog: Catalog) -> str:
    ids = [ind.id for ind in catalog.indicators()]
    steps: dict = st.session_state.setdefault("step", {})
    step = steps.get(aid) or st.query_params.get("step")
    if step not in ids:
        step = ids[0]
    steps[aid] = step
    if st.query_params.get("step") != step:
        st.query_params["step"] = step
    return step


def render() -> None:
    switch = st.session_state.pop("wz_switch", None)
    if switch:
        st.switch_page(switch)
    st.title(_("Assessment wizard"))
    state.show_flashes()
    delete_dialog() or leave_dialog() or remove_dialog()
    aid = state.current_assessment_id()
    loaded = state.load(aid) if aid else None
    if loaded is None:
        if aid:
            st.warning(_("This assessment no longer exists."))
            state.open_assessment(None)
        chooser()
        return
    stored, result = loaded
    state.pin_assessment_in_url(aid)
    catalog = state.catalog_of(stored)
    per_item, overall = evidence_completeness(catalog, stored.assessment)
    header(stored, catalog, result, overall)
    step = current_step(aid, catalog)
    nav, body = st.columns([1.25, 3], gap="medium")
    with nav:
        step_list(aid, catalog, stored.assessment.response_map(), step)
    with body:
        step_body(aid, stored, catalog, result, step, per_item)


if __name__ == "__main__":
    render()
