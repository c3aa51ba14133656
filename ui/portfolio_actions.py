"""The portfolio's selection, and what can be done with the selected enterprise.

One pointer is the selection: st.session_state["enterprise_id"]. Ticking a row sets it, the box below the table
shows and sets it, creating an enterprise sets it. The tick and the box are redrawn from the pointer on every
run, so they never disagree; every action acts on the pointer.
"""

from __future__ import annotations

from typing import Optional

import streamlit as st

from assessment.models import Enterprise
from assessment.store import EnterpriseInUse, PortfolioRow

from ui import state
from ui.enterprise_form import enterprise_form
from ui.i18n import _, sort_key
from ui.widgets import fixed_labels, md, short

TABLE_KEY = "pf_table"
BOX_KEY = "portfolio_pick"
SHOWN_KEY = "pf_shown"  # the enterprise ids in the table's row order, as last drawn (a tick names a row)
CONFIRM_KEY = "pf_confirm"  # (action, enterprise id) waiting for the user's confirmation
PENDING_KEY = "pf_new_pending"  # a new enterprise that looks like a stored one, waiting for the user's answer
RESET_KEY = "pf_reset_filters"  # clear search and filters on the next run (so a new enterprise shows, ticked)
FILTERS = {"pf_search": "", "pf_levels": [], "pf_attention": False}


def select(enterprise_id: int) -> None:
    st.session_state["enterprise_id"] = enterprise_id
    st.session_state.pop(CONFIRM_KEY, None)


def on_tick() -> None:
    """The table's selection changed: the ticked row's enterprise becomes the selection."""
    rows = st.session_state[TABLE_KEY]["selection"]["rows"]
    shown = st.session_state.get(SHOWN_KEY, [])
    if rows and 0 <= rows[0] < len(shown):
        select(shown[rows[0]])


def _on_pick() -> None:
    select(st.session_state[BOX_KEY])


def reset_filters_if_asked() -> None:
    """Before the filter widgets are drawn: clear them once when asked (after creating an enterprise)."""
    if st.session_state.pop(RESET_KEY, False):
        for key, value in FILTERS.items():
            st.session_state[key] = value


def resolve_selection(all_ids: list[int], shown: list[int]) -> Optional[int]:
    """The selected enterprise; in a fresh session (or when it left the portfolio) the first row shown."""
    if not all_ids:
        return None
    current = state.current_enterprise_id()
    if current not in all_ids:
        current = shown[0] if shown else all_ids[0]
        st.session_state["enterprise_id"] = current
    return current


def sync_table(shown: list[int]) -> None:
    """Tick the selected enterprise's row (none when the filters hide it), before the table is drawn."""
    current = state.current_enterprise_id()
    want = [shown.index(current)] if current in shown else []
    stored = st.session_state.get(TABLE_KEY)
    have = list(stored["selection"]["rows"]) if stored else []
    if have != want:
        st.session_state[TABLE_KEY] = {"selection": {"rows": want, "columns": [], "cells": []}}
    st.session_state[SHOWN_KEY] = shown


def _ask(action: str, enterprise_id: int) -> None:
    st.session_state[CONFIRM_KEY] = (action, enterprise_id)


def _cancel() -> None:
    st.session_state.pop(CONFIRM_KEY, None)


def _restore(row: PortfolioRow) -> None:
    state.store().set_archived(row.enterprise.id, False)
    state.flash("success", _("{name} is back in the portfolio.", name=md(row.enterprise.name, 80)))


def actions(rows: list[PortfolioRow], shown: list[int]) -> None:
    """The box showing the selection, the buttons acting on it, the confirmation they ask, the edit form."""
    by_id = {r.enterprise.id: r for r in rows}
    current = state.current_enterprise_id()
    if current not in by_id:
        return
    ids = sorted(by_id, key=lambda i: sort_key(by_id[i].enterprise.name))
    st.subheader(_("Selected enterprise"))
    if st.session_state.get(BOX_KEY) != current:
        st.session_state[BOX_KEY] = current
    st.selectbox(_("Enterprise"), ids, format_func=fixed_labels(ids, lambda i: short(by_id[i].enterprise.name, 100)),
                 key=BOX_KEY, on_change=_on_pick)
    if current not in shown:
        st.caption(_("The selected enterprise is not among the rows shown: clear the search or the filters to see it "
                     "in the table, or tick another row."))
    row = by_id[current]
    ent_id, latest = current, row.latest
    bar = st.container(horizontal=True)  # wraps onto a second row rather than cutting the labels
    if bar.button(_("Open assessment"), icon=":material/checklist:", type="primary", width="content", key="pf_open"):
        state.open_assessment(latest.id if latest else None, ent_id)
        st.switch_page("ui/wizard.py", query_params={"a": str(latest.id)} if latest else None)
    if bar.button(_("Results and gaps"), icon=":material/insights:", disabled=latest is None, width="content",
                  key="pf_results"):
        state.open_assessment(latest.id, ent_id)
        st.switch_page("ui/results.py", query_params={"a": str(latest.id)})
    if bar.button(_("Certification calendar"), icon=":material/event:", width="content", key="pf_calendar"):
        st.switch_page("ui/certification.py", query_params={"e": str(ent_id)})
    may_change = state.may("enterprises", ent_id)
    if row.enterprise.archived:
        bar.button(_("Restore from archive"), icon=":material/unarchive:", width="content", key="pf_restore",
                   on_click=_restore, args=(row,), disabled=not may_change)
    else:
        bar.button(_("Archive"), icon=":material/archive:", width="content", key="pf_archive",
                   help=_("Archived enterprises are hidden from the portfolio; nothing is deleted."),
                   on_click=_ask, args=("archive", ent_id), disabled=not may_change)
    bar.button(_("Delete"), icon=":material/delete:", width="content", key="pf_delete",
               disabled=latest is not None or not may_change,
               help=_("Only an enterprise without assessments can be deleted; archive the others."),
               on_click=_ask, args=("delete", ent_id))
    confirm_ui(row)
    with st.expander(_("Edit {name}", name=md(row.enterprise.name, 60)), icon=":material/edit:"):
        changed = enterprise_form(f"edit_enterprise_{ent_id}", row.enterprise.enterprise,
                                  disabled=not state.may("enterprises", ent_id))
        if changed is not None:
            state.store().update_enterprise(ent_id, changed)
            state.flash("success", _("Saved."))
            st.rerun()


def confirm_ui(row: PortfolioRow) -> None:
    """Archive and delete ask first, naming the enterprise."""
    pending = st.session_state.get(CONFIRM_KEY)
    if not pending or pending[1] != row.enterprise.id:
        return
    action, name = pending[0], md(row.enterprise.name, 80)
    store = state.store()
    with st.container(border=True):
        if action == "archive":
            st.warning(_("Archive {name}? It leaves the portfolio and the enterprise lists of the other pages; "
                         "nothing is deleted, and “Show archived” brings it back.", name=name), icon=":material/archive:")
        else:
            certificates = len(store.read_certificates(row.enterprise.id))
            st.warning(_("Delete {name} for good? It has no assessment; certificates deleted with it: {n}. "
                         "This cannot be undone.", name=name, n=certificates), icon=":material/delete:")
        bar = st.container(horizontal=True)
        yes = bar.button(_("Yes, archive it") if action == "archive" else _("Yes, delete it"), type="primary",
                         key="pf_confirm_yes", width="content")
        bar.button(_("Cancel"), key="pf_confirm_no", on_click=_cancel, width="content")
    if not yes:
        return
    st.session_state.pop(CONFIRM_KEY, None)
    if action == "archive":
        store.set_archived(row.enterprise.id, True)
        state.flash("success", _("{name} is archived. Show archived enterprises to restore it.", name=name))
    else:
        try:
            store.delete_enterprise(row.enterprise.id)
        except EnterpriseInUse:
            st.error(_("{name} has assessments now and was not deleted; archive it instead.", name=name))
            return
        state.flash("success", _("{name} is deleted.", name=name))
    st.rerun()


# -- a new enterprise ------------------------------------------------------------------------------------------


def _create(enterprise: Enterprise) -> None:
    record = state.store().add_enterprise(enterprise)
    select(record.id)
    st.session_state[RESET_KEY] = True
    st.session_state.pop(PENDING_KEY, None)
    state.flash("success", _("{name} created. Open the assessment wizard to start its assessment.",
                             name=md(record.name, 80)))


def _create_pending() -> None:
    _create(Enterprise.model_validate(st.session_state[PENDING_KEY]))


def _select_existing(enterprise_id: int, archived: bool) -> None:
    st.session_state.pop(PENDING_KEY, None)
    if archived:
        st.session_state["pf_archived"] = True  # a callback: the toggle is not drawn yet
    st.session_state[RESET_KEY] = True
    select(enterprise_id)


def _drop_pending() -> None:
    st.session_state.pop(PENDING_KEY, None)


def duplicate_ui() -> None:
    """A new enterprise whose credit code or exact name is already stored: say which, and ask."""
    pending = st.session_state.get(PENDING_KEY)
    if not pending:
        return
    ent = Enterprise.model_validate(pending)
    found = state.store().find_duplicates(ent)
    if not found:
        _create(ent)
        st.rerun()
    lines = []
    for d in found:
        why = (_("same credit code") if ent.credit_code and d.enterprise.credit_code == ent.credit_code
               else _("same name"))
        lines.append(f"- {md(d.name, 80)} · {why}" + (f" · {_('archived')}" if d.archived else ""))
    st.warning(_("{name} may already be in the portfolio. Create another enterprise anyway?", name=md(ent.name, 80))
               + "\n\n" + "\n".join(lines), icon=":material/content_copy:")
    bar = st.container(horizontal=True)
    bar.button(_("Select the existing one"), type="primary", key="pf_dup_select", width="content",
               on_click=_select_existing, args=(found[0].id, found[0].archived))
    bar.button(_("Create it anyway"), key="pf_dup_create", width="content", on_click=_create_pending)
    bar.button(_("Cancel"), key="pf_dup_cancel", width="content", on_click=_drop_pending)


def new_enterprise_ui(expanded: bool) -> None:
    with st.expander(_("New enterprise"), icon=":material/add_business:",
                     expanded=expanded or PENDING_KEY in st.session_state):
        ent = enterprise_form("new_enterprise", disabled=not state.may("enterprises"))
        if ent is not None:
            if state.store().find_duplicates(ent):
                st.session_state[PENDING_KEY] = ent.model_dump()
            else:
                _create(ent)
                st.rerun()
        duplicate_ui()
