"""Assessment wizard: one step per second-level indicator, grouped under the three areas.

Every change is saved at once through the store (with the version this session last saw); a stale save is
refused by the store, reported, and the stored answers are shown again. Nothing is kept only in the browser.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

import streamlit as st
from pydantic import ValidationError

from assessment.models import Response
from assessment.scoring import InvalidResponse, Result, item_earned
from assessment.services import evidence_completeness
from assessment.store import NotFound, StaleAssessment, StoredAssessment
from criteria import Catalog, Indicator, Item

from ui import state
from ui.common import STALE, enterprise_picker
from ui.i18n import _, cl, day, follows_language, ngettext, num
from ui.inputs import date_field, entered_date, problem_text
from ui.widgets import EVIDENCE_ICONS, EVIDENCE_KINDS, METHODS, RESULTS, answered_text, clip, fixed_labels, level_text, md



# -- keys and the save path ------------------------------------------------------------------------------------


def _k(aid: int, item_id: str, field: str) -> str:
    return f"w.{aid}.{state.generation(aid)}.{item_id}.{field}"


def _commit(aid: int, do, expected: Optional[int] = None) -> Optional[StoredAssessment]:
    """Run one store write with the version this session saw; handle a stale copy and invalid answers."""
    try:
        stored = do(expected if expected is not None else state.version(aid))
    except StaleAssessment:
        state.flash("warning", _(STALE))
        state.load(aid, fresh=True)
        return None
    except (InvalidResponse, ValidationError) as exc:
        state.flash("error", _("Not saved: {detail}", detail=md(problem_text(exc), 300)))
        return None
    except NotFound:
        state.flash("error", _("This assessment no longer exists."))
        state.open_assessment(None)
        return None
    state.saved(stored)
    st.session_state["last_saved"] = aid
    return stored


def save_item(aid: int, item_id: str) -> None:
    """on_change of any input of an item: build the response from the inputs and save it."""
    ss = st.session_state
    expected = state.version(aid)  # the version the inputs were drawn from
    loaded = state.load(aid)
    if loaded is None:
        return
    stored, _result = loaded
    catalog = state.catalog_of(stored)
    item = catalog.item(item_id)
    old = stored.assessment.response_map().get(item_id)
    result = ss.get(_k(aid, item_id, "result"))
    if result is None:
        if old is not None:
            _commit(aid, lambda v: state.store().clear_response(aid, v, item_id), expected)
        return
    catalog_ids = [e.id for e in item.evidence]
    ticked = [e for e in catalog_ids if ss.get(_k(aid, item_id, f"ev.{e}"), old is not None and e in old.evidence)]
    extra = [e for e in (old.evidence if old else ()) if e not in catalog_ids]

    def field(name: str, default):
        return ss.get(_k(aid, item_id, name), default)

    samples = failed = None
    if result == "partial":
        samples = field("samples", old.samples if old else None)
        failed = field("failed", old.failed_samples if old and old.failed_samples is not None else 0)
        if not samples or samples < 1:
            state.flash("warning", _("Item {item}: enter the number of samples checked to save a partial result.", item=md(item_id)))
            return
        if failed is None or failed > samples:
            state.flash("warning", _("Item {item}: failed samples must be between 0 and the number of samples.", item=md(item_id)))
            return
    justification = field("justification", old.justification if old else "")
    if result == "excluded" and not justification.strip():
        state.flash("warning", _("Item {item}: write why it does not apply to save the exclusion.", item=md(item_id)))
        return
    due = entered_date(_k(aid, item_id, "due_on"), old.due_on if old else None)
    response = Response(
        item=item_id,
        result=result,
        samples=samples,
        failed_samples=failed,
        justification=justification if result == "excluded" else (old.justification if old else ""),
        note=field("note", old.note if old else ""),
        evidence=tuple(ticked + extra),
        to_reverify=False,
        action=field("action", old.action if old else ""),
        owner=field("owner", old.owner if old else ""),
        due_on=due if isinstance(due, date) else None,
    )
    if old is not None and response == old and expected == stored.version:
        return
    _commit(aid, lambda v: state.store().set_response(aid, v, response), expected)


def confirm_items(aid: int, item_ids: list[str]) -> None:
    """Mark answers copied from the last round as re-verified, unchanged."""
    expected = state.version(aid)
    loaded = state.load(aid)
    if loaded is None:
        return
    responses = loaded[0].assessment.response_map()
    for item_id in item_ids:
        old = responses.get(item_id)
        if old is None or not old.to_reverify:
            continue
        new = old.model_copy(update={"to_reverify": False})
        stored = _commit(aid, lambda v, r=new: state.store().set_response(aid, v, r), expected)
        if stored is None:
            return
        expected = stored.version


def go_to(aid: int, indicator_id: str) -> None:
    st.session_state.setdefault("step", {})[aid] = indicator_id
    st.query_params["step"] = indicator_id
    state.load(aid, fresh=True)  # a new step shows what is stored now


# -- the chooser: continue an assessment or start one ----------------------------------------------------------


def chooser() -> None:
    store = state.store()
    ent_id = enterprise_picker("wz_enterprise")
    if ent_id is None:
        return
    rounds = store.list_assessments(ent_id)
    left, right = st.columns(2, gap="large")
    with left:
        st.subheader(_("Continue an assessment"))
        if not rounds:
            st.caption(_("No assessment of this enterprise yet."))
        for s in rounds:
            with st.container(border=True):
                c1, c2 = st.columns([3, 1], vertical_alignment="center")
                level = ""
                try:
                    level = level_text(store.catalog(s.catalog_id, s.catalog_version), s.level) if s.level else ""
                except (NotFound, ValueError):
                    level = s.level or ""
                c1.markdown(f"**{day(s.assessed_on)}** · {num(s.final) if s.final is not None else '—'} · {md(level)}")
                c1.caption(_("{answered} answered · assessor: {assessor} · catalog {catalog}",
                             answered=s.answered, assessor=md(s.assessor, 40) or "—",
                             catalog=md(f"{s.catalog_id} {s.catalog_version}")))
                if c2.button(_("Continue"), key=f"wz_open_{s.id}", width="stretch",
                             type="primary" if s is rounds[0] else "secondary"):
                    state.open_assessment(s.id, ent_id)
                    st.rerun()
    with right:
        st.subheader(_("Start a new assessment"))
        with st.form("wz_new"):
            modes = ["blank"] + (["next_round"] if rounds else [])
            mode = st.radio(
                _("Start from"), modes, horizontal=True,
                format_func=fixed_labels(modes, lambda m: _("A blank checklist") if m == "blank" else _("The last round (answers copied, to re-verify)")),
                key=follows_language("wz_new_mode"),
            )
            assessed_on = date_field(_("Assessment date"), value=state.today(), key="wz_new_date")
            assessor = st.text_input(_("Assessor"), max_chars=500, key="wz_new_assessor")
            catalog = state.new_assessment_catalog()
            st.caption(_("Catalog: {title} ({id} {version})", title=md(catalog.catalog.title.get(cl())),
                         id=md(catalog.id), version=md(catalog.version)))
            if st.form_submit_button(_("Start"), type="primary", key="wz_new_start") and assessed_on is not None:
                if mode == "next_round":
                    stored = store.next_round(rounds[0].id, assessed_on, assessor.strip() or None)
                else:
                    stored = store.new_assessment(ent_id, assessed_on, assessor.strip(), catalog)
                state.open_assessment(stored.id, ent_id)
                st.rerun()
        st.page_link("ui/settings.py", label=_("Choose another catalog in the settings"), icon=":material/settings:")


# -- the wizard --------------------------------------------------------------------------------------------------


def _step_mark(indicator: Indicator, result: Result, responses: dict) -> tuple[str, int]:
    answered = sum(1 for it in indicator.items if it.id in responses)
    if any(responses[it.id].to_reverify for it in indicator.items if it.id in responses):
        return ":material/sync:", answered
    if answered == len(indicator.items):
        return ":material/check_circle:", answered
    return (":material/clock_loader_40:" if answered else ":material/radio_button_unchecked:"), answered


def step_list(aid: int, catalog: Catalog, result: Result, responses: dict, step: str) -> None:
    for area in catalog.areas:
        st.caption(md(f"{area.id} · {area.name.get(cl())}"))
        for ind in area.indicators:
            mark, answered = _step_mark(ind, result, responses)
            name = ind.name.get(cl())
            st.button(
                # shortened here, so that the count at the end stays visible; the whole name is the tooltip
                f"{mark} {md(ind.id)} {md(clip(name, 24))} · {answered}/{len(ind.items)}",
                help=md(name) if clip(name, 24) != name else None,
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
        + " · " + md(f"{catalog.id} {catalog.version}")
    )
    with c2.popover(_("Change"), icon=":material/edit:", width="stretch"):
        with st.form(f"wz_header_{stored.id}"):
            on = date_field(_("Assessment date"), value=a.assessed_on, key=f"wz_header_date_{stored.id}")
            who = st.text_input(_("Assessor"), value=a.assessor, max_chars=500)
            if st.form_submit_button(_("Save")) and on is not None:
                if _commit(stored.id, lambda v: state.store().update_header(stored.id, v, on, who.strip())):
                    st.rerun()
        if st.button(_("Open another assessment"), key="wz_close"):
            state.open_assessment(None)
            st.query_params.pop("step", None)
            st.rerun()
    total = len(result.items)
    answered = total - len(result.unanswered)
    p1, p2 = st.columns(2)
    p1.progress(answered / total if total else 0.0, text=answered_text(answered, total))
    if overall.ratio is not None:
        p2.progress(overall.ratio, text=_("Evidence in hand: {have} of {expected}", have=overall.in_hand, expected=overall.expected))
    reverify = [r.item for r in a.responses if r.to_reverify]
    if reverify:
        st.info(ngettext("{n} answer was copied from the last round and is marked :material/sync: to re-verify. Change "
                         "it, or confirm it unchanged.",
                         "{n} answers were copied from the last round and are marked :material/sync: to re-verify. Change "
                         "an answer, or confirm it unchanged.", len(reverify)))


def item_card(aid: int, item: Item, response: Optional[Response], completeness) -> None:
    r = response
    key = lambda f: _k(aid, item.id, f)  # noqa: E731
    with st.container(border=True):
        badge = f"**{md(item.id)}** · {num(item.points, 1)} {_('points')} · {_(METHODS[item.method])}"
        if r is not None and r.to_reverify:
            badge += " · :material/sync: " + _("to re-verify")
        st.markdown(badge)
        st.markdown(md(item.requirement.get(cl())))
        with st.expander(_("Assessor's guidance"), icon=":material/lightbulb:"):
            st.markdown(md(item.guidance.get(cl())))
        options = ["met", "not_met"] + (["partial"] if item.method == "sampled" else []) + (
            ["excluded"] if item.excludable else []
        )
        choice = st.segmented_control(
            _("Result"), options, format_func=fixed_labels(options, lambda o: _(RESULTS[o])), key=follows_language(key("result")),
            default=r.result if r else None, on_change=save_item, args=(aid, item.id),
        )
        if choice == "partial":
            s1, s2, _s3 = st.columns([1, 1, 2])
            s1.number_input(_("Samples checked"), min_value=0, step=1, key=key("samples"),
                            value=r.samples if r and r.samples is not None else None,
                            on_change=save_item, args=(aid, item.id))
            s2.number_input(_("Failed samples"), min_value=0, step=1, key=key("failed"),
                            value=r.failed_samples if r and r.failed_samples is not None else 0,
                            on_change=save_item, args=(aid, item.id))
        if choice == "excluded":
            st.text_area(_("Why it does not apply (required)"), key=key("justification"),
                         value=r.justification if r else "", max_chars=50_000, height=80,
                         on_change=save_item, args=(aid, item.id))
        if item.evidence:
            head, meter = st.columns([3, 2], vertical_alignment="center")
            head.markdown(f"**{_('Evidence checklist')}**")
            if completeness.ratio is not None:
                meter.progress(completeness.ratio, text=_("Evidence {have}/{expected}", have=completeness.in_hand,
                                                          expected=completeness.expected))
            for ev in item.evidence:
                st.checkbox(
                    f"{EVIDENCE_ICONS.get(ev.kind, '')} {md(ev.text.get(cl()))}",
                    value=r is not None and ev.id in r.evidence, key=key(f"ev.{ev.id}"),
                    disabled=r is None, on_change=save_item, args=(aid, item.id),
                    help=_(EVIDENCE_KINDS[ev.kind]),
                )
        st.text_area(_("Note"), key=key("note"), value=r.note if r else "", max_chars=50_000, height=68,
                     on_change=save_item, args=(aid, item.id), disabled=r is None,
                     placeholder=_("Choose a result first; then notes and evidence are saved with it.") if r is None else None)
        if r is not None and r.result in ("not_met", "partial"):
            with st.expander(_("Corrective action"), icon=":material/build:", expanded=bool(r.action)):
                st.text_area(_("Action"), key=key("action"), value=r.action, max_chars=50_000, height=68,
                             on_change=save_item, args=(aid, item.id))
                o1, o2 = st.columns(2)
                o1.text_input(_("Owner"), key=key("owner"), value=r.owner, max_chars=500,
                              on_change=save_item, args=(aid, item.id))
                date_field(_("Due on"), key=key("due_on"), value=r.due_on, required=False, where=o2,
                           on_change=save_item, args=(aid, item.id))
        if r is not None:
            applicable, earned = item_earned(item.points, r)
            foot, button = st.columns([3, 1], vertical_alignment="center")
            if applicable:
                foot.caption(_("Earns {earned} of {points} points", earned=num(earned, 2), points=num(item.points, 1)))
            else:
                foot.caption(_("Excluded: its points leave the total"))
            if r.to_reverify:
                button.button(_("Confirm unchanged"), key=key("confirm"), icon=":material/task_alt:",
                              on_click=confirm_items, args=(aid, [item.id]))


def step_body(aid: int, stored: StoredAssessment, catalog: Catalog, result: Result, step: str, per_item) -> None:
    indicators = list(catalog.indicators())
    index = next(i for i, ind in enumerate(indicators) if ind.id == step)
    ind = indicators[index]
    area = next(a for a in catalog.areas if ind in a.indicators)
    sub = next(s for s in result.indicators if s.id == ind.id)
    st.markdown(f"#### {md(area.name.get(cl()))} › {md(ind.id)} {md(ind.name.get(cl()))}")
    pct = sub.percent
    st.caption(
        _("Step {n} of {total}", n=index + 1, total=len(indicators)) + " · "
        + _("{earned} of {applicable} applicable points", earned=num(sub.earned, 2), applicable=num(sub.applicable, 1))
        + (f" ({num(pct, 0)}%)" if pct is not None else "")
        + (" · :material/cloud_done: " + _("All changes saved") if st.session_state.get("last_saved") == aid else "")
    )
    responses = stored.assessment.response_map()
    reverify = [it.id for it in ind.items if it.id in responses and responses[it.id].to_reverify]
    if len(reverify) > 1:
        st.button(_("Confirm all {n} copied answers of this step unchanged", n=len(reverify)),
                  key=f"wz_confirm_all_{aid}_{ind.id}", icon=":material/done_all:",
                  on_click=confirm_items, args=(aid, reverify))
    for item in ind.items:
        item_card(aid, item, responses.get(item.id), per_item[item.id])
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
            st.page_link("ui/special.py", label=_("Special findings") + " →", icon=":material/flag:", width="content")


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
    st.title(_("Assessment wizard"))
    state.show_flashes()
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
        step_list(aid, catalog, result, stored.assessment.response_map(), step)
    with body:
        step_body(aid, stored, catalog, result, step, per_item)


if __name__ == "__main__":
    render()
