"""One checklist item of the wizard: its requirement, the answer's inputs, evidence, note and corrective action."""

from __future__ import annotations

from typing import Optional, Sequence

import streamlit as st

from assessment.actions import actions_of_item
from assessment.models import Response
from assessment.scoring import item_earned
from criteria import Item

from ui import state
from ui.action_list import action_list
from ui.history import item_history
from ui.i18n import _, cl, day, follows_language, num
from ui.widgets import EVIDENCE_ICONS, EVIDENCE_KINDS, METHODS, RESULTS, fixed_labels, label, md
from ui.wizard_files import files_panel
from ui.wizard_sample import sample_from_records
from ui.wizard_save import confirm_items, key, save_item

NOT_SAVED = ":material/edit_off: "


def unproven_line() -> str:
    return _("Claimed without proof: no evidence file and no evidence seen on site is ticked. Add a file or tick "
             "what was seen on site.")


def manual_coverage(enterprise_id: int) -> dict:
    """Item id -> the latest recorded issue of the enterprise's service manual whose chapters cover it."""
    covered: dict = {}
    for issue in state.store().manual_issues(enterprise_id):  # newest first
        for item_id in issue.items:
            covered.setdefault(item_id, issue)
    return covered


def coverage_caption(issue) -> str:
    return _("Covered by service manual {number} version {version} (issued {date})", number=md(issue.number, 80),
             version=md(issue.version, 40), date=day(issue.issued_on))


def _badge(item: Item, r: Optional[Response], draft: Optional[str]) -> str:
    badge = f"**{md(item.id)}** · {num(item.points, 1)} {_('points')} · {_(METHODS[item.method])}"
    if draft is not None:
        badge += " · " + NOT_SAVED + f"**{_('Not saved')}**"
    elif r is not None and r.to_reverify:
        badge += " · :material/sync: " + _("to re-verify")
    return badge


def _answer_inputs(aid: int, item: Item, r: Optional[Response]) -> Optional[str]:
    k = lambda f: key(aid, item.id, f)  # noqa: E731
    options = ["met", "not_met"] + (["partial"] if item.method == "sampled" else []) + (
        ["excluded"] if item.excludable else []
    )
    choice = st.segmented_control(
        _("Result"), options, format_func=fixed_labels(options, lambda o: label(RESULTS, o)), key=follows_language(k("result")),
        default=r.result if r else None, on_change=save_item, args=(aid, item.id),
    )
    if choice == "partial":
        s1, s2, _s3 = st.columns([1, 1, 2])
        s1.number_input(_("Samples checked"), min_value=0, step=1, key=k("samples"),
                        value=r.samples if r and r.samples is not None else None,
                        on_change=save_item, args=(aid, item.id))
        s2.number_input(_("Failed samples"), min_value=0, step=1, key=k("failed"),
                        value=r.failed_samples if r and r.failed_samples is not None else 0,
                        on_change=save_item, args=(aid, item.id))
    if choice == "excluded":
        st.text_area(_("Why it does not apply (required)"), key=k("justification"),
                     value=r.justification if r else "", max_chars=50_000, height=80,
                     on_change=save_item, args=(aid, item.id))
    return choice


def _evidence(aid: int, item: Item, r: Optional[Response], completeness) -> None:
    head, meter = st.columns([3, 2], vertical_alignment="center")
    head.markdown(f"**{_('Evidence checklist')}**")
    if completeness.ratio is not None:
        meter.progress(completeness.ratio, text=_("Evidence {have}/{expected}", have=completeness.in_hand,
                                                  expected=completeness.expected))
    for ev in item.evidence:
        st.checkbox(
            f"{EVIDENCE_ICONS.get(ev.kind, '')} {md(ev.text.get(cl()))}",
            value=r is not None and ev.id in r.evidence, key=key(aid, item.id, f"ev.{ev.id}"),
            disabled=r is None, on_change=save_item, args=(aid, item.id),
            help=label(EVIDENCE_KINDS, ev.kind),
        )


def _corrective_actions(aid: int, item: Item, gap: bool) -> None:
    """The item's tracked corrective actions: listed with their status, each editable, and one more to add (shown
    for a gap, and for any item that has actions)."""
    loaded = state.load(aid)
    if loaded is None:
        return
    stored = loaded[0]
    found = actions_of_item(stored.assessment, item.id)
    if not gap and not found:
        return
    title = _("Corrective actions ({n})", n=len(found)) if found else _("Corrective action")
    with st.expander(title, icon=":material/build:", expanded=bool(found)):
        action_list(stored, found, item=item.id)


def item_card(aid: int, item: Item, response: Optional[Response], completeness, draft: Optional[str],
              manual_issue=None, files: Sequence = (), unproven: bool = False) -> None:
    """The card of one item. `draft`: why its inputs are not saved (shown on the card), or None;
    `manual_issue`: the latest issue of the service manual that covers the item, or None; `files`: its evidence
    files; `unproven`: its met or partial answer has no file and no on-site evidence ticked."""
    r = response
    with st.container(border=True, key=f"wz_card_{aid}_{item.id}"):
        st.markdown(_badge(item, r, draft))
        st.markdown(md(item.requirement.get(cl())))
        if manual_issue is not None:
            st.caption(":material/menu_book: " + coverage_caption(manual_issue))
        with st.expander(_("Assessor's guidance"), icon=":material/lightbulb:"):
            st.markdown(md(item.guidance.get(cl())))
        _answer_inputs(aid, item, r)
        if draft is not None:
            st.error(draft, icon=":material/edit_off:")
        if item.records is not None and draft is None:
            sample_from_records(aid, item)
        if unproven:
            st.warning(unproven_line(), icon=":material/gpp_maybe:")
        if item.evidence:
            _evidence(aid, item, r, completeness)
        files_panel(aid, item, list(files))
        st.text_area(_("Note"), key=key(aid, item.id, "note"), value=r.note if r else "", max_chars=50_000, height=68,
                     on_change=save_item, args=(aid, item.id), disabled=r is None,
                     placeholder=_("Choose a result first; then notes and evidence are saved with it.") if r is None else None)
        if r is not None:  # a gap's plan, or the actions an item that is met now still carries
            _corrective_actions(aid, item, gap=r.result in ("not_met", "partial"))
        if r is not None:
            applicable, earned = item_earned(item.points, r)
            foot, button = st.columns([3, 1], vertical_alignment="center")
            if draft is not None:  # the score below the inputs is the saved answer's, not the one on the screen
                foot.caption(_("Draft not saved: the score still counts the last saved answer ({result}).",
                               result=label(RESULTS, r.result)))
            elif applicable:
                foot.caption(_("Earns {earned} of {points} points", earned=num(earned, 2), points=num(item.points, 1)))
            else:
                foot.caption(_("Excluded: its points leave the total"))
            if r.to_reverify and draft is None:
                button.button(_("Confirm unchanged"), key=key(aid, item.id, "confirm"), icon=":material/task_alt:",
                              on_click=confirm_items, args=(aid, [item.id]))
        item_history(aid, item.id)
