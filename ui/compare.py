"""Compare rounds: two assessments of one enterprise side by side, per indicator and per item."""

from __future__ import annotations

from typing import Optional

import pandas as pd
import streamlit as st

from assessment.models import Response
from assessment.rounds import compare_rounds
from assessment.store import AssessmentSummary

from ui import state
from ui.common import enterprise_picker
from ui.i18n import N_, _, cl, day, follows_language, ngettext, num
from ui.widgets import RESULTS, data_table, fixed_labels, label, level_text, md

CHANGES = {
    "result": N_("answer"),
    "samples": N_("samples"),
    "failed_samples": N_("failed samples"),
    "exclusion": N_("exclusion"),
    "evidence": N_("evidence"),
    "note": N_("note"),
}


def answer(r: Optional[Response]) -> str:
    if r is None:
        return _("Unanswered")
    text = label(RESULTS, r.result)
    if r.samples is not None:
        text += " · " + ngettext("{failed} of {samples} sample failed", "{failed} of {samples} samples failed", r.samples,
                                   failed=r.failed_samples or 0, samples=r.samples)
    if r.result == "excluded" and r.justification:
        text += " · " + " ".join(r.justification.split())[:60]
    return text


def _round_label(s: AssessmentSummary) -> str:
    return f"{day(s.assessed_on)} · {num(s.final) if s.final is not None else '—'} (#{s.id})"


def render() -> None:
    st.title(_("Compare rounds"))
    state.show_flashes()
    store = state.store()
    counts: dict[int, int] = {}
    for summary in store.list_assessments():
        counts[summary.enterprise_id] = counts.get(summary.enterprise_id, 0) + 1
    # with no enterprise chosen yet, the one with the most rounds is the likeliest to compare
    ent = enterprise_picker("cmp_ent", preferred=max(counts, key=counts.__getitem__) if counts else None)
    if ent is None:
        return
    rounds = store.list_assessments(ent)  # newest first
    if len(rounds) < 2:
        st.info(_("This enterprise has fewer than two assessments. Start the next round in the wizard to compare."))
        return
    by_id = {s.id: s for s in rounds}
    c1, c2 = st.columns(2)
    open_id = state.current_assessment_id()
    later = list(by_id)
    after_id = c2.selectbox(_("Later round"), later, index=later.index(open_id) if open_id in later[:-1] else 0,
                            format_func=fixed_labels(later, lambda i: _round_label(by_id[i])), key=follows_language(f"cmp_after_{ent}"))
    prev = store.previous_assessment(after_id)
    older = [i for i in by_id if i != after_id]
    default_before = prev.id if prev is not None and prev.id in older else older[0]
    before_id = c1.selectbox(_("Earlier round"), older, index=older.index(default_before),
                             format_func=fixed_labels(older, lambda i: _round_label(by_id[i])), key=follows_language(f"cmp_before_{ent}_{after_id}"))
    before, after = store.get_assessment(before_id), store.get_assessment(after_id)
    cat_b, cat_a = state.catalog_of(before), state.catalog_of(after)
    cmp = compare_rounds(cat_b, before.assessment, cat_a, after.assessment)
    if not cmp.same_catalog:
        st.warning(_("The two rounds use different catalogs ({before} and {after}); items are matched by id.",
                     before=md(f"{cat_b.id} {cat_b.version}"), after=md(f"{cat_a.id} {cat_a.version}")))
    with st.container(horizontal=True, gap="large", vertical_alignment="top"):  # wraps in a narrow window
        st.metric(_("Earlier round"), num(cmp.before.final, 1), width="content")
        st.metric(_("Later round"), num(cmp.after.final, 1), delta=num(cmp.final_delta, 1), width="content")
        st.markdown(f"{md(level_text(cat_b, cmp.before.level))}  →  **{md(level_text(cat_a, cmp.after.level))}**", width="content")
    drafts = [sum(1 for r in s.assessment.responses if r.to_reverify) for s in (before, after)]
    if drafts[0]:
        st.warning(ngettext("The earlier round is a draft: {n} answer copied from the round before is still to re-verify.", "The earlier round is a draft: {n} answers copied from the round before are still to re-verify.", drafts[0]), icon=":material/sync:")
    if drafts[1]:
        st.warning(ngettext("The later round is a draft: {n} answer copied from the round before is still to re-verify, so it shows no change yet.", "The later round is a draft: {n} answers copied from the round before are still to re-verify, so they show no change yet.", drafts[1]), icon=":material/sync:")
    if cmp.after.deduction_count != cmp.before.deduction_count or cmp.after.bonus != cmp.before.bonus:
        st.caption(_("Special findings: {before_d} → {after_d} deductions, bonus {before_b} → {after_b}.",
                     before_d=cmp.before.deduction_count, after_d=cmp.after.deduction_count,
                     before_b=num(cmp.before.bonus, 0), after_b=num(cmp.after.bonus, 0)))

    names_ind = {ind.id: f"{ind.id} {ind.name.get(cl())}" for ind in list(cat_b.indicators()) + list(cat_a.indicators())}
    st.subheader(_("By indicator"))
    rows = [{
        "indicator": names_ind.get(i.indicator_id, i.indicator_id),
        "before": float(i.before_percent) if i.before_percent is not None else None,
        "after": float(i.after_percent) if i.after_percent is not None else None,
        "delta": float(i.score_delta),
        "changed": sum(1 for it in i.items if it.changed),
    } for i in cmp.indicators]
    data_table(pd.DataFrame(rows), hide_index=True, width="stretch", key="cmp_ind", height=35 * (len(rows) + 1) + 3,
                 column_config={
        "indicator": st.column_config.TextColumn(_("Indicator"), width="medium"),
        "before": st.column_config.NumberColumn(_("Earlier (%)"), format="%.0f%%", help=_("Percent of applicable points")),
        "after": st.column_config.NumberColumn(_("Later (%)"), format="%.0f%%", help=_("Percent of applicable points")),
        "delta": st.column_config.NumberColumn(_("Score difference"), format="%+.2f"),
        "changed": st.column_config.NumberColumn(_("Items changed")),
    })

    st.subheader(_("By item"))
    only = st.toggle(_("Changed items only"), value=True, key="cmp_only")
    items = [it for it in cmp.items if it.changed or not only or it.score_delta != 0]
    if not items:
        st.caption(_("No item changed between the two rounds."))
        return
    rows = [{
        "item": it.item_id,
        "indicator": names_ind.get(it.indicator_id, it.indicator_id),
        "before": answer(it.before),
        "after": answer(it.after),
        "what": _(", ").join(_(CHANGES[c]) for c in it.changes),
        "delta": float(it.score_delta),
    } for it in items]
    data_table(pd.DataFrame(rows), hide_index=True, width="stretch", key="cmp_items", column_config={
        "item": _("Item"), "indicator": _("Indicator"), "before": _("Earlier answer"), "after": _("Later answer"),
        "what": _("What changed"),
        "delta": st.column_config.NumberColumn(_("Score difference"), format="%+.2f"),
    })
    st.caption(_("The score difference is each item's share of the base score in the later round minus its share in "
                 "the earlier one; the differences add up to the change of the base score ({delta}).",
                 delta=num(cmp.base_delta, 2)))


if __name__ == "__main__":
    render()
