"""The results page's corrective-action plan: the overdue actions counted and listed, and every action of the
plan with its target, owner, due date and status (user text escaped, never Markdown)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from assessment.actions import PlannedAction, overdue_actions, planned, status_counts
from assessment.store import StoredAssessment
from assessment.vocabulary import label as vocabulary_label
from criteria import Catalog

from ui.action_list import overdue_text, status_text
from ui.i18n import N_, _, cl, ngettext
from ui.widgets import clip, md, short

PLAN_COLUMNS = {
    "number": "#",
    "target": N_("Target"),
    "action": N_("Corrective action"),
    "owner": N_("Owner"),
    "due_on": N_("Due on"),
    "status": N_("Status"),
    "done_on": N_("Done on"),
    "verified_by": N_("Verified by"),
    "overdue": N_("Overdue"),  # the column's header
}


def target_text(catalog: Catalog, p: PlannedAction) -> str:
    """What the action is for: its item with the item's requirement, or its special deduction's number."""
    a = p.action
    if a.item is not None:
        return f"{a.item} {clip(catalog.item(a.item).requirement.get(cl()), 40)}"
    return vocabulary_label("action.deduction_n", cl()).format(n=a.deduction + 1)


def item_plan_cells(stored: StoredAssessment, item_id: str) -> dict[str, str]:
    """The gap table's plan cells of one item (escaped): its actions, owners, due dates and statuses."""
    found = [p.action for p in planned(stored.assessment) if p.action.item == item_id]
    if not found:
        return {"action": "—", "owner": "—", "due_on": "—", "status": "—"}
    return {
        "action": "; ".join(md(short(a.description, 200)) for a in found),
        "owner": "; ".join(md(short(a.owner, 60)) if a.owner else "—" for a in found),
        "due_on": "; ".join(a.due_on.isoformat() if a.due_on else "—" for a in found),  # as the date inputs show it
        "status": "; ".join(status_text(a.status) for a in found),
    }


def plan_rows(catalog: Catalog, stored: StoredAssessment, today: date) -> list[dict]:
    rows = []
    for p in planned(stored.assessment):
        a = p.action
        rows.append({
            "number": str(p.position + 1),
            "target": md(target_text(catalog, p)),
            "action": md(short(a.description, 200)) + (" · " + _("carried over") if a.carried_over else ""),
            "owner": md(short(a.owner, 60)) if a.owner else "—",
            "due_on": a.due_on.isoformat() if a.due_on else "—",
            "status": status_text(a.status),
            "done_on": a.done_on.isoformat() if a.done_on else "—",
            "verified_by": md(short(a.verified_by, 60)) if a.verified_by else "—",
            "overdue": overdue_text() if p.overdue(today) else "",
        })
    return rows


def overdue_ui(catalog: Catalog, stored: StoredAssessment, today: date) -> None:
    """The actions not done yet and past their due date: counted, and each named."""
    late = overdue_actions(stored.assessment, today)
    if not late:
        return
    with st.container(border=True, key="res_overdue"):
        st.error(ngettext("{n} corrective action is overdue", "{n} corrective actions are overdue", len(late)),
                 icon=":material/alarm:")
        for p in late:
            a = p.action
            st.markdown(f"- **{md(target_text(catalog, p))}** · {md(short(a.description, 120))} · "
                        + _("due {date}", date=a.due_on.isoformat())
                        + (f" · {md(short(a.owner, 40))}" if a.owner else ""))


def plan_ui(catalog: Catalog, stored: StoredAssessment, today: date) -> None:
    """Every action of the plan with its status, and how many there are of each status."""
    st.subheader(_("Corrective-action plan"))
    rows = plan_rows(catalog, stored, today)
    if not rows:
        st.caption(_("No corrective action recorded yet. Add them at each gap in the assessment wizard, and at "
                     "each special deduction."))
        return
    counts = status_counts(stored.assessment.actions, today)
    st.caption(" · ".join(f"{status_text(s)}: {counts[s]}" for s in ("open", "in_progress", "done", "verified"))
               + " · " + overdue_text() + f": {counts['overdue']}")
    headers = {c: (_(t) if c != "number" else t) for c, t in PLAN_COLUMNS.items()}
    st.table(pd.DataFrame(rows).rename(columns=headers), hide_index=True)
