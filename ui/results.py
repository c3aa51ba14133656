"""Results: the final score and stars, charts by indicator and area, the ranked gaps, what-if and the cheapest
path to each higher level, and the downloads."""

from __future__ import annotations

import math
import re

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from assessment.gaps import cheapest_paths, gaps, what_if
from assessment.proof import unproven_claims
from assessment.scoring import Result
from assessment.store import StoredAssessment
from criteria import Catalog

from ui import downloads, state
from ui.common import open_assessment_or_explain, subject_caption
from ui.history import assessment_history
from ui.results_actions import item_plan_cells, overdue_ui, plan_ui
from ui.i18n import N_, _, cl, follows_language, labelled, ngettext, num
from ui.widgets import RESULTS, clip, display_width, esc, fixed_labels, label, level_text, md, reason_text, short, unanswered_warning, wrap_label

RED = "#c0392b"


def draft_notice(stored: StoredAssessment) -> None:
    """A round with answers still to re-verify is a draft: say so, with the count, and where to finish it."""
    n = sum(1 for r in stored.assessment.responses if r.to_reverify)
    if not n:
        return
    with st.container(border=True):
        st.warning(ngettext("Draft: {n} answer copied from the last round is still to re-verify; the score and level may change. Confirm or change it in the assessment wizard.", "Draft: {n} answers copied from the last round are still to re-verify; the score and level may change. Confirm or change them in the assessment wizard.", n), icon=":material/sync:")
        st.page_link("ui/wizard.py", label=_("Re-verify in the assessment wizard"), icon=":material/checklist:")


def unproven_ui(catalog: Catalog, stored: StoredAssessment) -> None:
    """The met or partial answers with no evidence file and no evidence seen on site ticked: counted and listed."""
    counts = state.store().evidence_counts(stored.id)
    found = unproven_claims(catalog, stored.assessment, counts)
    if not found:
        return
    answers = stored.assessment.response_map()
    with st.container(border=True):
        st.markdown(":material/gpp_maybe: **" + _("Claims without proof: {n}", n=len(found)) + "**")
        st.caption(_("Answered met or partial, with no evidence file and no evidence seen on site ticked. Add the "
                     "files in the assessment wizard, or tick what was seen on site."))
        with st.expander(_("The items"), expanded=len(found) <= 5):
            for item_id in found:
                text = clip(catalog.item(item_id).requirement.get(cl()), 90)
                st.markdown(f"- **{md(item_id)}** · {label(RESULTS, answers[item_id].result)} · {md(text)}")
        st.page_link("ui/wizard.py", label=_("Add evidence in the assessment wizard"), icon=":material/attach_file:")


def summary(catalog: Catalog, result: Result) -> None:
    decimals = catalog.rules.rounding.decimals
    ded = f"−{num(result.deductions, 0)}" if result.deductions else "0"
    bonus = f"+{num(result.bonus, 0)}" if result.bonus else "0"
    # a row that wraps: in fixed columns, labels and values were cut in a narrow window
    with st.container(horizontal=True, gap="large", vertical_alignment="bottom"):
        st.metric(_("Final score"), num(result.final, decimals), width="content")
        with st.container(width="content", gap=None):
            st.caption(_("Level"))
            st.markdown(f"### {md(level_text(catalog, result.level))}")
        st.metric(_("Base score"), num(result.base, 2), width="content")
        st.metric(_("Deductions / bonus"), f"{ded} / {bonus}", width="content")
    if result.unanswered:
        st.warning(unanswered_warning(len(result.unanswered)))
    if not result.eligible:
        st.error(labelled(_("Not eligible for a grade"), _("; ").join(reason_text(catalog, r, result) for r in result.ineligible_reasons)))
    else:
        st.success(_("Eligible for a grade."))
    for note in result.notes:
        st.info(reason_text(catalog, note, result))
    if result.next_level and result.points_to_next_level is not None:
        st.caption(_("{points} points to {level}", points=num(result.points_to_next_level, 1),
                     level=md(catalog.level_name(result.next_level, cl()))))


RADAR_FONT_PX = 11
RADAR_CELL_PX = 5.8  # the width of one half-width cell at RADAR_FONT_PX (CJK characters take two)


def radar(catalog: Catalog, result: Result) -> go.Figure:
    """Percent of applicable points per indicator. The labels are wrapped, and the margins are sized from the
    widest label, so that no label is clipped at the chart's edge whatever the language or the column width."""
    inds = list(result.indicators)
    full = {ind.id: esc(f"{ind.id} {ind.name.get(cl())}") for ind in catalog.indicators()}
    wrapped = {ind.id: wrap_label(f"{ind.id} {ind.name.get(cl())}", width=17, lines=4) for ind in catalog.indicators()}
    names = {i: "<br>".join(esc(line) for line in lines) for i, lines in wrapped.items()}
    widest = max((display_width(line) for lines in wrapped.values() for line in lines), default=10)
    side = int(widest * RADAR_CELL_PX) + 16
    step = 360 / len(inds)
    # labels near the top and the bottom stack their lines outwards: room for the tallest of those
    sines = {s.id: math.sin(math.radians(90 - step * k)) for k, s in enumerate(inds)}
    line_px = RADAR_FONT_PX + 4
    top = line_px * max((len(wrapped[i]) for i, v in sines.items() if v > 0.6), default=1)
    bottom = line_px * max((len(wrapped[i]) for i, v in sines.items() if v < -0.6), default=1)
    fig = go.Figure(
        go.Scatterpolar(
            r=[float(s.percent) if s.percent is not None else None for s in inds] + [float(inds[0].percent or 0)],
            theta=[names[s.id] for s in inds] + [names[inds[0].id]],
            customdata=[full[s.id] for s in inds] + [full[inds[0].id]],
            fill="toself", line_color=RED, name=_("Percent of applicable points"),
            hovertemplate="%{customdata}: %{r:.0f}%<extra></extra>",
        )
    )
    fig.update_layout(
        polar={
            # the radial scale between two spokes, so its figures do not sit on an indicator's line
            "radialaxis": {"range": [0, 100], "ticksuffix": "%", "tickfont": {"size": 9},
                           "angle": 90 - step * 3.5},
            "angularaxis": {"direction": "clockwise", "rotation": 90, "tickfont": {"size": RADAR_FONT_PX}},
        },
        showlegend=False,
        margin={"l": side, "r": side, "t": 45 + top, "b": 15 + bottom},
        height=380 + 60 + top + bottom,
        title={"text": _("Indicators: percent of applicable points"), "font": {"size": 15}, "x": 0, "xref": "container",
               "xanchor": "left", "pad": {"l": 4}},
    )
    return fig


def area_bars(catalog: Catalog, result: Result) -> go.Figure:
    """Percent of applicable points per area: horizontal bars, so the area names read level in every language."""
    areas = {a.id: esc(a.name.get(cl())) for a in catalog.areas}
    shown = list(reversed(result.areas))  # the first area on top
    fig = go.Figure(
        go.Bar(
            y=[areas[s.id] for s in shown],
            x=[float(s.percent) if s.percent is not None else 0 for s in shown],
            text=[f"{num(s.percent, 0)}%" if s.percent is not None else "—" for s in shown],
            orientation="h", textposition="outside", marker_color=RED, cliponaxis=False,
            customdata=[[num(s.earned, 1), num(s.applicable, 1)] for s in shown],
            hovertemplate="%{y}: %{customdata[0]} / %{customdata[1]}<extra></extra>",
        )
    )
    fig.update_layout(
        xaxis={"range": [0, 108], "ticksuffix": "%", "title": _("Percent of applicable points")},
        yaxis={"automargin": True},
        margin={"l": 10, "r": 20, "t": 40, "b": 10}, height=90 + 44 * len(shown), bargap=0.35,
        title={"text": _("Areas"), "font": {"size": 15}, "x": 0, "xref": "container", "xanchor": "left",
               "pad": {"l": 4}},
    )
    return fig


def charts(catalog: Catalog, result: Result) -> None:
    """One chart under the other: side by side, the radar's labels had no room in a narrow window."""
    config = {"displaylogo": False}
    st.plotly_chart(radar(catalog, result), width="stretch", config=config, key="res_radar")
    st.plotly_chart(area_bars(catalog, result), width="stretch", config=config, key="res_bars")


GAP_COLUMNS = {  # column -> header; every header is shown whole (the table wraps, it does not cut)
    "rank": "#",
    "item": N_("Item"),
    "requirement": N_("Requirement"),
    "result": N_("Result"),
    "lost": N_("Points lost"),
    "gain": N_("Score gain if met"),
    "action": N_("Corrective action"),
    "owner": N_("Owner"),
    "due_on": N_("Due on"),
    "status": N_("Status"),
}


_CJK_PAIR = re.compile(r"(?<=[\u2e80-\u9fff\uff00-\uffef])(?=[\u2e80-\u9fff\uff00-\uffef])")


def unbroken(header: str, cells: int = 10) -> str:
    """A short header kept on one line: Chinese text, which may break after any character, is held together
    with word joiners, so a narrow column grows to its header rather than stacking a character a line. A longer
    header may still wrap, so that it does not squeeze the requirement's column."""
    return _CJK_PAIR.sub("\u2060", header) if display_width(header) <= cells else header


def gap_rows(catalog: Catalog, stored: StoredAssessment, found: list) -> list[dict]:
    """One row per gap, as display text (user text escaped): its corrective actions, their owners, due dates and
    statuses beside the points each gap costs."""
    names = {ind.id: ind.name.get(cl()) for ind in catalog.indicators()}
    rows = []
    for n, g in enumerate(found, 1):
        rows.append({
            "rank": str(n),
            "item": md(f"{g.item_id} {names.get(g.indicator_id, '')}"),
            "requirement": md(clip(catalog.item(g.item_id).requirement.get(cl()), 70)),  # CJK takes two cells
            "result": label(RESULTS, g.result) if g.result else _("Unanswered"),
            "lost": num(g.lost_rounded, 2),
            "gain": num(g.gain_rounded, 2),
            **item_plan_cells(stored, g.item_id),
        })
    return rows


def gap_table(catalog: Catalog, stored: StoredAssessment, result: Result) -> list:
    found = gaps(result)
    st.subheader(_("Gaps, by points lost"))
    if not found:
        st.success(_("No gap: every applicable item earns its full points."))
        return found
    headers = {column: unbroken(_(title) if column != "rank" else title) for column, title in GAP_COLUMNS.items()}
    st.table(pd.DataFrame(gap_rows(catalog, stored, found)).rename(columns=headers), hide_index=True)
    return found


def _apply_path(key: str, items: tuple[str, ...]) -> None:
    st.session_state[key] = list(items)


def what_if_ui(catalog: Catalog, stored: StoredAssessment, result: Result, found: list) -> None:
    if not found:
        return
    st.subheader(_("What if these items were fixed?"))
    key = f"wi.{stored.id}"
    options = [g.item_id for g in found]
    if key in st.session_state:
        st.session_state[key] = [i for i in st.session_state[key] if i in options]
    by_id = {g.item_id: g for g in found}
    chosen = st.multiselect(
        _("Tick the items you would fix"), options, key=follows_language(key), placeholder=_("Choose items"),
        format_func=fixed_labels(options, lambda i: f"{i} · +{num(by_id[i].gain_rounded, 2)} · {short(catalog.item(i).requirement.get(cl()), 50)}"),
    )
    projected = what_if(catalog, stored.assessment, chosen) if chosen else result
    with st.container(horizontal=True, gap="large", vertical_alignment="bottom"):
        st.metric(_("Projected score"), num(projected.final, catalog.rules.rounding.decimals),
                  delta=num(projected.final - result.final, 1) if chosen else None, width="content")
        st.markdown(f"### {md(level_text(catalog, projected.level))}", width="content")
    if chosen and projected.level != result.level:
        st.success(_("The level changes from {before} to {after}.", before=md(level_text(catalog, result.level)),
                     after=md(level_text(catalog, projected.level))))

    st.markdown(f"**{_('Cheapest path to each higher level')}**")
    paths = cheapest_paths(catalog, stored.assessment, result=result)
    if not paths:
        st.caption(_("Already at the highest level the score can reach."))
    for p in paths:
        with st.container(border=True):
            a, b = st.columns([4, 1], vertical_alignment="center")
            title = md(level_text(catalog, p.level))
            if p.reachable:
                a.markdown(
                    f"**{title}** · " + ngettext("fix {n} item → {score}", "fix {n} items → {score}", len(p.items), score=num(p.projected_final, 1))
                    + (" · " + md(_(", ").join(p.items)) if p.items else "")
                )
                b.button(_("Try it"), key=f"wi_path_{stored.id}_{p.level}", on_click=_apply_path,
                         args=(key, p.items), disabled=not p.items)
            else:
                a.markdown(f"**{title}** · " + reason_text(catalog, p.reason or "not_reachable_by_fixing_items", result))


def downloads_ui(stored: StoredAssessment) -> None:
    st.subheader(_("Downloads"))
    url, aid, version, lg = state.store().url, stored.id, stored.version, cl()
    today = state.today()
    name = downloads.base_name(stored)
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    with st.container(horizontal=True):  # wraps onto a second row rather than cutting the labels
        st.download_button(_("Result (.xlsx)"), data=lambda: downloads.result_xlsx(url, aid, version, lg, today),
                           file_name=f"{name}_result.xlsx", mime=xlsx, icon=":material/table_view:",
                           on_click="ignore", width="content")
        st.download_button(_("Action plan (.xlsx)"), data=lambda: downloads.action_plan_xlsx(url, aid, version, lg, today),
                           file_name=f"{name}_action_plan.xlsx", mime=xlsx, icon=":material/checklist_rtl:",
                           on_click="ignore", width="content")
        st.download_button(_("Exchange file (.json)"), data=lambda: downloads.exchange_json(url, aid, version),
                           file_name=f"{name}.json", mime="application/json", icon=":material/data_object:",
                           on_click="ignore", width="content")


def render() -> None:
    st.title(_("Results and gaps"))
    state.show_flashes()
    opened = open_assessment_or_explain("res_open")
    if opened is None:
        return
    stored, result, catalog = opened
    subject_caption(stored)
    draft_notice(stored)
    summary(catalog, result)
    unproven_ui(catalog, stored)
    overdue_ui(catalog, stored, state.today())
    if catalog.catalog.weighting == "toolkit_default":
        st.caption(md(catalog.catalog.note.get(cl())))
    charts(catalog, result)
    found = gap_table(catalog, stored, result)
    plan_ui(catalog, stored, state.today())
    what_if_ui(catalog, stored, result, found)
    downloads_ui(stored)
    assessment_history(stored.id)


if __name__ == "__main__":
    render()
