"""Portfolio (start page): every enterprise with its latest level, score, round state and next date due."""

from __future__ import annotations

from typing import Optional

import pandas as pd
import streamlit as st

from assessment.store import AssessmentSummary, NotFound, PortfolioRow

from ui import portfolio_actions, state
from ui.common import bad_value_text
from ui.i18n import N_, _, cl, follows_language, sort_key
from ui.widgets import CERT_STATES, KINDS, event_title, data_table, fixed_labels, label, level_stars, stars

SORTS = {
    "name": N_("Name"),
    "score": N_("Score, highest first"),
    "due": N_("Next date due, soonest first"),
    "assessed": N_("Latest assessment, newest first"),
}
# the columns a reader needs first; the enterprise's particulars after them (the table scrolls sideways)
COLUMNS = ["id", "name", "level", "final", "round", "next_due", "due_on", "overdue", "overdue_actions", "unproven",
           "certificate",
           "expires_on", "assessed_on",
           "completeness", "credit_code", "kind", "industry", "level_name", "archived"]


def _total_items(catalog_id: str, version: str) -> Optional[int]:
    try:
        return sum(1 for _i in state.store().catalog(catalog_id, version).iter_items())
    except (NotFound, ValueError):
        return None


def _level(lat: Optional[AssessmentSummary]) -> tuple[str, str]:
    """(stars and level name, level name) of the latest assessment, '' when there is none."""
    if lat is None or lat.level is None:
        return "", ""
    try:
        cat = state.store().catalog(lat.catalog_id, lat.catalog_version)
        name = cat.level_name(lat.level, cl())
        shown = f"{stars(level_stars(cat, lat.level), cat.max_stars)} {name}".strip()
    except (NotFound, KeyError, ValueError):
        name = shown = lat.level
    return (shown if lat.complete else _("{level} (provisional)", level=shown)), name


def round_state(lat: Optional[AssessmentSummary], total: Optional[int]) -> str:
    """'Draft · 12 to re-verify' while answers are to re-verify or missing; 'Final' once the round is complete."""
    if lat is None:
        return ""
    unanswered = max(total - lat.answered, 0) if total else 0
    parts = []
    if lat.to_reverify:
        parts.append(_("{n} to re-verify", n=lat.to_reverify))
    if unanswered:
        parts.append(_("{n} unanswered", n=unanswered))
    if parts or lat.complete is False:
        return " · ".join([_("Draft"), *parts])
    return _("Final")


def table(rows: list[PortfolioRow]) -> pd.DataFrame:
    records = []
    totals: dict[tuple[str, str], Optional[int]] = {}
    for r in rows:
        lat = r.latest
        ent = r.enterprise.enterprise
        completeness = total = None
        if lat is not None:
            key = (lat.catalog_id, lat.catalog_version)
            if key not in totals:
                totals[key] = _total_items(*key)
            total = totals[key]
            completeness = round(100 * lat.answered / total) if total else None
        nxt = r.next_event
        level, level_name = _level(lat)
        problem = bad_value_text(r.problem.field, r.problem.value) if r.problem else ""
        records.append(
            {
                "id": r.enterprise.id,
                "name": ent.name,
                "level": level,
                "final": float(lat.final) if lat and lat.final is not None else None,
                "round": problem if r.problem and r.problem.field == "assessed_on" else round_state(lat, total),
                "next_due": problem if r.problem and r.problem.field != "assessed_on" else (
                    event_title(nxt.kind, nxt.sequence) if nxt else ""),
                "due_on": nxt.due_on if nxt else None,
                "overdue": (_("Check the stored data") if r.problem else _("Overdue") if r.overdue
                            else _("Due soon") if nxt and nxt.status in ("due_soon", "open") else ""),
                "certificate": label(CERT_STATES, r.certificate_state) if r.certificate_state else "",
                "expires_on": r.expires_on,
                "assessed_on": lat.assessed_on if lat else None,
                "completeness": completeness,
                "unproven": r.unproven_claims,
                "overdue_actions": r.overdue_actions,
                "credit_code": ent.credit_code,
                "kind": label(KINDS, ent.kind),
                "industry": ent.industry,
                "level_name": level_name,
                "archived": r.enterprise.archived,
            }
        )
    df = pd.DataFrame.from_records(records, columns=COLUMNS)
    for col in ("assessed_on", "due_on", "expires_on"):
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


def portfolio_table(df: pd.DataFrame, show_archived: bool) -> None:
    """The table; ticking a row selects that enterprise (the tick always shows the selection)."""
    shown = [int(i) for i in df["id"]]
    portfolio_actions.sync_table(shown)
    data_table(
        df.drop(columns=["id", "level_name"] + ([] if show_archived else ["archived"])),
        hide_index=True,
        width="stretch",
        on_select=portfolio_actions.on_tick,
        selection_mode="single-row",
        key=portfolio_actions.TABLE_KEY,
        column_config={
            "name": st.column_config.TextColumn(_("Enterprise"), width=220),
            "level": st.column_config.TextColumn(_("Level"), width=180),
            "final": st.column_config.NumberColumn(_("Score"), format="%.1f", width=90),
            "round": st.column_config.TextColumn(_("State"), width=170),
            "next_due": st.column_config.TextColumn(_("Next date due"), width=280),
            "due_on": st.column_config.DateColumn(_("Due on"), format="YYYY-MM-DD", width=100),
            "overdue": st.column_config.TextColumn(_("Attention"), width=110),
            "certificate": st.column_config.TextColumn(_("Certificate"), width=110),
            "expires_on": st.column_config.DateColumn(_("Expires on"), format="YYYY-MM-DD", width=100),
            "assessed_on": st.column_config.DateColumn(_("Latest assessment"), format="YYYY-MM-DD"),
            "completeness": st.column_config.ProgressColumn(_("Answered"), format="%d%%", min_value=0, max_value=100),
            "overdue_actions": st.column_config.NumberColumn(
                _("Overdue actions"), format="%d", width=110,
                help=_("Of the latest assessment: corrective actions not done yet and past their due date.")),
            "unproven": st.column_config.NumberColumn(_("Claims without proof"), format="%d", width=110,
                                                      help=_("Of the latest assessment: answers met or partial with "
                                                             "no evidence file and no evidence seen on site ticked.")),
            "credit_code": st.column_config.TextColumn(_("Credit code")),
            "kind": st.column_config.TextColumn(_("Type")),
            "industry": st.column_config.TextColumn(_("Industry")),
            "archived": st.column_config.CheckboxColumn(_("Archived")),
        },
    )


def render() -> None:
    st.title(_("Portfolio"))
    state.show_flashes()
    portfolio_actions.reset_filters_if_asked()
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
        bad = sum(1 for r in rows if r.problem)
        if bad:
            st.warning(_("Rows holding a stored value that cannot be used: {n}. The marked cell names the value; "
                         "a certificate's dates can be corrected in the certification calendar.", n=bad), icon=":material/error:")
        if df.empty:
            st.caption(_("No enterprise matches the search and filters."))
        shown = [int(i) for i in df["id"]]
        portfolio_actions.resolve_selection([r.enterprise.id for r in rows], shown)
        portfolio_table(df, show_archived)
        portfolio_actions.actions(rows, shown)

    portfolio_actions.new_enterprise_ui(expanded=df_all.empty)


if __name__ == "__main__":
    render()
