"""Portfolio (start page): every enterprise with its latest score, stars, completeness and next date due."""

from __future__ import annotations

from typing import Optional

import pandas as pd
import streamlit as st

from assessment.store import NotFound, PortfolioRow

from ui import state
from ui.enterprise_form import enterprise_form
from ui.i18n import N_, _, cl, follows_language, sort_key
from ui.widgets import CERT_STATES, KINDS, data_table, event_title, fixed_labels, label, level_stars, md, stars

SORTS = {
    "name": N_("Name"),
    "score": N_("Score, highest first"),
    "due": N_("Next date due, soonest first"),
    "assessed": N_("Latest assessment, newest first"),
}


def _total_items(catalog_id: str, version: str) -> Optional[int]:
    try:
        return sum(1 for _i in state.store().catalog(catalog_id, version).iter_items())
    except (NotFound, ValueError):
        return None


def _level_name(row: PortfolioRow) -> str:
    lat = row.latest
    if lat is None or lat.level is None:
        return ""
    try:
        cat = state.store().catalog(lat.catalog_id, lat.catalog_version)
        return cat.level_name(lat.level, cl())
    except (NotFound, KeyError, ValueError):
        return lat.level


def _stars(row: PortfolioRow) -> str:
    lat = row.latest
    if lat is None or lat.level is None:
        return ""
    try:
        return stars(level_stars(state.store().catalog(lat.catalog_id, lat.catalog_version), lat.level))
    except (NotFound, ValueError):
        return ""


def table(rows: list[PortfolioRow]) -> pd.DataFrame:
    records = []
    totals: dict[tuple[str, str], Optional[int]] = {}
    for r in rows:
        lat = r.latest
        ent = r.enterprise.enterprise
        completeness = None
        if lat is not None:
            key = (lat.catalog_id, lat.catalog_version)
            if key not in totals:
                totals[key] = _total_items(*key)
            total = totals[key]
            completeness = round(100 * lat.answered / total) if total else None
        nxt = r.next_event
        records.append(
            {
                "id": r.enterprise.id,
                "name": ent.name,
                "credit_code": ent.credit_code,
                "kind": _(KINDS[ent.kind]),
                "industry": ent.industry,
                "assessed_on": lat.assessed_on if lat else None,
                "final": float(lat.final) if lat and lat.final is not None else None,
                "stars": _stars(r),
                "level": (_level_name(r) if lat is None or lat.complete
                          else _("{level} (provisional)", level=_level_name(r))),
                "level_name": _level_name(r),
                "completeness": completeness,
                "next_due": event_title(nxt.kind, nxt.sequence) if nxt else "",
                "due_on": nxt.due_on if nxt else None,
                "overdue": _("Overdue") if r.overdue else (_("Due soon") if nxt and nxt.status in ("due_soon", "open") else ""),
                "certificate": label(CERT_STATES, r.certificate_state) if r.certificate_state else "",
                "archived": r.enterprise.archived,
            }
        )
    df = pd.DataFrame.from_records(
        records,
        columns=["id", "name", "credit_code", "kind", "industry", "assessed_on", "final", "stars", "level",
                 "level_name", "completeness", "next_due", "due_on", "overdue", "certificate", "archived"],
    )
    for col in ("assessed_on", "due_on"):
        df[col] = pd.to_datetime(df[col])
    return df


def filtered(df: pd.DataFrame, search: str, levels: list[str], only_attention: bool, sort: str) -> pd.DataFrame:
    if search:
        needle = search.casefold()
        hay = (df["name"] + " " + df["credit_code"] + " " + df["industry"]).str.casefold()
        df = df[hay.str.contains(needle, regex=False)]
    if levels:
        df = df[df["level_name"].isin(levels)]
    if only_attention:
        df = df[df["overdue"] != ""]
    if sort == "name":
        df = df.iloc[sorted(range(len(df)), key=lambda i: sort_key(df["name"].iat[i]))]
    elif sort == "score":
        df = df.sort_values("final", ascending=False, na_position="last", kind="stable")
    elif sort == "due":
        df = df.sort_values("due_on", ascending=True, na_position="last", kind="stable")
    elif sort == "assessed":
        df = df.sort_values("assessed_on", ascending=False, na_position="last", kind="stable")
    return df


def empty_state() -> None:
    st.info(
        _("No enterprises yet. Start by creating your first client enterprise below, then open the assessment "
          "wizard to answer its checklist. You can also import an assessment exchange file.")
    )
    c1, c2 = st.columns(2)
    c1.page_link("ui/transfer.py", label=_("Import an exchange file"), icon=":material/upload_file:")
    try:
        from assessment.demo import seed_demo
    except ImportError:
        return
    if c2.button(_("Load two demo enterprises"), icon=":material/auto_awesome:"):
        seed_demo(state.store(), state.today())
        st.rerun()


def actions(df_all: pd.DataFrame, selected: Optional[int]) -> None:
    names = dict(zip(df_all["id"], df_all["name"]))
    ids = sorted(df_all["id"].tolist(), key=lambda i: sort_key(names[i]))
    if not ids:
        return
    if selected not in ids:
        selected = state.current_enterprise_id() if state.current_enterprise_id() in ids else ids[0]
    st.subheader(_("Selected enterprise"))
    ent_id = st.selectbox(
        _("Enterprise"), ids, index=ids.index(selected), format_func=lambda i: names[i], key="portfolio_pick",
    )
    st.session_state["enterprise_id"] = ent_id
    store = state.store()
    record = store.get_enterprise(ent_id)
    latest = store.latest_assessment(ent_id)
    row = st.container(horizontal=True)  # wraps onto a second row rather than cutting the labels
    if row.button(_("Open assessment"), icon=":material/checklist:", type="primary", width="content"):
        state.open_assessment(latest.id if latest else None, ent_id)
        st.switch_page("ui/wizard.py", query_params={"a": str(latest.id)} if latest else None)
    if row.button(_("Results and gaps"), icon=":material/insights:", disabled=latest is None, width="content"):
        state.open_assessment(latest.id, ent_id)
        st.switch_page("ui/results.py", query_params={"a": str(latest.id)})
    if row.button(_("Certification calendar"), icon=":material/event:", width="content"):
        st.switch_page("ui/certification.py")
    if record.archived:
        if row.button(_("Restore from archive"), icon=":material/unarchive:", width="content"):
            store.set_archived(ent_id, False)
            state.flash("success", _("{name} is back in the portfolio.", name=md(record.name, 80)))
            st.rerun()
    elif row.button(_("Archive"), icon=":material/archive:", width="content",
                    help=_("Archived enterprises are hidden from the portfolio; nothing is deleted.")):
        store.set_archived(ent_id, True)
        state.flash("success", _("{name} is archived. Show archived enterprises to restore it.", name=md(record.name, 80)))
        st.rerun()
    with st.expander(_("Edit {name}", name=md(record.name, 60)), icon=":material/edit:"):
        changed = enterprise_form(f"edit_enterprise_{ent_id}", record.enterprise)
        if changed is not None:
            store.update_enterprise(ent_id, changed)
            state.flash("success", _("Saved."))
            st.rerun()


def render() -> None:
    st.title(_("Portfolio"))
    state.show_flashes()
    store = state.store()
    rules = state.new_assessment_catalog().rules
    level_names = {lv.id: lv.name.get(cl()) for lv in rules.levels} | {"not_passed": rules.not_passed_name.get(cl())}
    c1, c2, c3 = st.columns([3, 2, 3])
    search = c1.text_input(_("Search"), placeholder=_("Name, credit code or industry"), key="pf_search")
    sort = c2.selectbox(_("Sort by"), list(SORTS), format_func=fixed_labels(SORTS, lambda s: _(SORTS[s])), key=follows_language("pf_sort"))
    levels = [level_names[i] for i in c3.multiselect(_("Level"), list(level_names), format_func=level_names.__getitem__,
                                                     key=follows_language("pf_levels"), placeholder=_("All levels"))]
    t1, t2 = st.columns(2)  # the toggles get a half row each: in narrow columns their labels were cut
    only_attention = t1.toggle(_("Due or overdue only"), key="pf_attention")
    show_archived = t2.toggle(_("Show archived"), key="pf_archived")
    rows = state.portfolio(include_archived=show_archived)
    df_all = table(rows)

    if df_all.empty and not show_archived:
        empty_state()
    else:
        df = filtered(df_all, search.strip(), levels, only_attention, sort)
        m1, m2, m3, m4 = st.columns(4)
        m1.metric(_("Enterprises"), len(df_all))
        m2.metric(_("Assessed"), int(df_all["assessed_on"].notna().sum()))
        m3.metric(_("Certified"), int((df_all["certificate"] != "").sum()))
        m4.metric(_("Overdue"), int((df_all["overdue"] == _("Overdue")).sum()))
        if df.empty:
            st.caption(_("No enterprise matches the search and filters."))
        event = data_table(
            df.drop(columns=["id", "level_name"] + ([] if show_archived else ["archived"])),
            hide_index=True,
            width="stretch",
            on_select="rerun",
            selection_mode="single-row",
            key="pf_table",
            column_config={
                "name": st.column_config.TextColumn(_("Enterprise"), width="medium"),
                "credit_code": st.column_config.TextColumn(_("Credit code")),
                "kind": st.column_config.TextColumn(_("Type")),
                "industry": st.column_config.TextColumn(_("Industry")),
                "assessed_on": st.column_config.DateColumn(_("Latest assessment"), format="YYYY-MM-DD"),
                "final": st.column_config.NumberColumn(_("Score"), format="%.1f"),
                "stars": st.column_config.TextColumn(_("Stars")),
                "level": st.column_config.TextColumn(_("Level")),
                "completeness": st.column_config.ProgressColumn(_("Answered"), format="%d%%", min_value=0, max_value=100),
                "next_due": st.column_config.TextColumn(_("Next date due")),
                "due_on": st.column_config.DateColumn(_("Due on"), format="YYYY-MM-DD"),
                "overdue": st.column_config.TextColumn(_("Attention")),
                "certificate": st.column_config.TextColumn(_("Certificate")),
                "archived": st.column_config.CheckboxColumn(_("Archived")),
            },
        )
        picked = event.selection.rows if event is not None and hasattr(event, "selection") else []
        selected = int(df.iloc[picked[0]]["id"]) if picked else None
        actions(df_all, selected)

    with st.expander(_("New enterprise"), icon=":material/add_business:", expanded=df_all.empty):
        ent = enterprise_form("new_enterprise")
        if ent is not None:
            record = store.add_enterprise(ent)
            st.session_state["enterprise_id"] = record.id
            state.flash("success", _("{name} created. Open the assessment wizard to start its assessment.", name=md(record.name, 80)))
            st.rerun()


if __name__ == "__main__":
    render()
