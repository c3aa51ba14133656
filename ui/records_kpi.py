"""Service records page, performance: the KPIs of one kind of record over a date range against the company's own
limits, the trend by month and the split by category (Plotly), the overdue list, and the downloads."""

from __future__ import annotations

import json
from datetime import date
from typing import Optional

import plotly.graph_objects as go
import streamlit as st

from assessment.cycle import add_months
from assessment.records.fields import KINDS
from assessment.records_overdue import overdue_records
from assessment.records_usecases import record_kpi

from ui import state
from ui.downloads import csv_bytes, safe_filename
from ui.i18n import N_, _, follows_language, ngettext, num
from ui.records_upload import FIELD_NAMES, kind_name
from ui.widgets import EMPTY, data_table, esc, fixed_labels, md

# What each limit means for each kind (the profile's time_limits keys behind them: assessment.records.fields).
LIMIT_WORDS = {
    ("complaint", "acknowledge"): N_("acknowledged within {limit}"),
    ("complaint", "resolve"): N_("resolved within {limit}"),
    ("repair", "acknowledge"): N_("responded to within {limit}"),
    ("repair", "resolve"): N_("on site within {limit}"),
    ("delivery", "resolve"): N_("delivered within {limit}"),
    ("installation", "resolve"): N_("installed within {limit}"),
    ("return", "acknowledge"): N_("handled at the counter within {limit}"),
    ("return", "resolve"): N_("inspection answered within {limit}"),
}
OVERDUE_HEADERS = {**FIELD_NAMES, "days_open": N_("Days open")}
FIRST_KINDS = ("complaint", "repair", "delivery", "installation", "return")
BAR, LINE, ACK_LINE = "#5b8def", "#27ae60", "#e67e22"


def percent(rate: Optional[float]) -> str:
    return EMPTY if rate is None else _("{value}%", value=num(rate * 100, 1))


def duration(key: str, value: int) -> str:
    unit = key.rsplit("_", 1)[1]
    if unit == "minutes":
        return ngettext("{n} minute", "{n} minutes", value)
    if unit == "days":
        return ngettext("{n} day", "{n} days", value)
    return ngettext("{n} hour", "{n} hours", value)


def limits_text(kind: str, limits: dict, own_profile: bool) -> str:
    used = limits[kind]
    parts = [_(LIMIT_WORDS[(kind, step)], limit=duration(used[step], used[f"{step}_limit"]))
             for step in ("acknowledge", "resolve") if used[step]]
    if own_profile:
        return _("The company's own limits, from its service profile: {limits}.", limits=" · ".join(parts))
    return _("Typical limits, until the company states its own in its service profile: {limits}.",
             limits=" · ".join(parts))


def choose_ui(enterprise_id: int, counts: dict[str, int]) -> tuple[str, date, date]:
    kinds = [k for k in KINDS if counts.get(k)]
    key = f"sr_kpi_kind_{enterprise_id}"  # one per enterprise: each has its own kinds
    if st.session_state.get("sr_kpi_kind_next") in kinds:
        st.session_state[key] = st.session_state.pop("sr_kpi_kind_next")
    if st.session_state.get(key) not in kinds:  # complaints first: the indicator judged by them
        st.session_state[key] = next((k for k in FIRST_KINDS if k in kinds), kinds[0])
    labels = {k: kind_name(k) for k in kinds}
    today = state.today()
    kind_box, start_box, end_box = st.columns([2, 1, 1])
    kind = kind_box.selectbox(_("Kind of records"), kinds, format_func=fixed_labels(kinds, labels.__getitem__),
                              key=follows_language(key))
    start = start_box.date_input(_("Received from"), value=add_months(today.replace(day=1), -11), key="sr_from",
                                 format="YYYY-MM-DD")
    end = end_box.date_input(_("Received until"), value=today, key="sr_to", format="YYYY-MM-DD")
    return kind, start, end


def metrics_ui(figures: dict, ack_applies: bool) -> None:
    count = figures["count"]
    first, second = st.columns(3), st.columns(3)
    first[0].metric(_("Records"), num(count, 0), border=True)
    if ack_applies:
        first[1].metric(_("Acknowledged on time"), percent(figures["acknowledged_on_time_rate"]), border=True,
                        help=_("{part} of {count} records", part=figures["acknowledged_on_time"], count=count))
    else:
        first[1].metric(_("Acknowledged on time"), EMPTY, border=True,
                        help=_("This kind of record has no acknowledgement limit."))
    first[2].metric(_("Resolved on time"), percent(figures["resolved_on_time_rate"]), border=True,
                    help=_("{part} of {count} records", part=figures["resolved_on_time"], count=count))
    second[0].metric(_("Still open"), num(figures["open"], 0), border=True)
    second[1].metric(_("Overdue"), num(figures["overdue"], 0), border=True,
                     help=_("Open, and past the resolution limit at the end of today."))
    second[2].metric(_("Satisfaction"), percent(figures["satisfaction_rate"]), border=True,
                     help=_("{part} of {count} answers satisfied", part=figures["satisfied"],
                            count=figures["surveyed"]))


def _layout(fig: go.Figure) -> None:
    fig.update_layout(height=340, margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0})


def trend_chart(result: dict, ack_applies: bool, running: str) -> go.Figure:
    """Counts (bars) and on-time rates (lines) by month; the month still `running` is marked with a star."""
    months = [m["month"] + (" *" if m["month"] == running else "") for m in result["by_month"]]
    fig = go.Figure()
    fig.add_bar(x=months, y=[m["count"] for m in result["by_month"]], name=esc(_("Records")), marker_color=BAR)
    lines = [("resolved_on_time_rate", _("Resolved on time"), LINE)]
    if ack_applies:
        lines.append(("acknowledged_on_time_rate", _("Acknowledged on time"), ACK_LINE))
    for key, name, colour in lines:
        fig.add_scatter(x=months, y=[None if m[key] is None else m[key] * 100 for m in result["by_month"]],
                        name=esc(name), yaxis="y2", mode="lines+markers", line={"color": colour})
    _layout(fig)
    fig.update_layout(xaxis={"type": "category", "tickangle": -45, "automargin": True},
                      yaxis={"title": esc(_("Records"))},
                      yaxis2={"overlaying": "y", "side": "right", "range": [0, 104], "tickvals": [0, 25, 50, 75, 100],
                              "ticksuffix": "%", "showgrid": False})
    return fig


def category_chart(result: dict) -> go.Figure:
    rows = list(reversed(result["by_category"][:12]))  # the largest at the top
    names = [esc(r["category"]) if r["category"] else EMPTY for r in rows]
    rates = [percent(r["resolved_on_time_rate"]) for r in rows]
    fig = go.Figure(go.Bar(x=[r["count"] for r in rows], y=names, orientation="h", marker_color=BAR,
                           text=[esc(_("{rate} on time", rate=rate)) for rate in rates], textposition="auto",
                           name=esc(_("Records"))))
    _layout(fig)
    fig.update_layout(yaxis={"type": "category", "automargin": True}, showlegend=False)
    return fig


def overdue_ui(enterprise_id: int, kind: str, start: date, end: date):
    """The overdue list as a plain table; returns it with translated headers (for the CSV)."""
    frame = overdue_records(state.store(), enterprise_id, today=state.today(), kind=kind, date_from=start,
                            date_to=end)
    st.subheader(_("Overdue records"))
    empty = [c for c in ("category", "product", "supplier", "outlet") if not frame[c].str.len().any()]
    shown = frame.drop(columns=["kind", *empty]).rename(columns={c: _(OVERDUE_HEADERS[c]) for c in frame.columns})
    if data_table(shown, hide_index=True, key="sr_overdue") is None:
        st.success(_("No record is open past its limit."))
    out = frame.assign(kind=[kind_name(k) for k in frame["kind"]])
    return out.rename(columns={c: _(OVERDUE_HEADERS[c]) for c in frame.columns})


def performance_ui(enterprise_id: int, enterprise_name: str, counts: dict[str, int], own_profile: bool) -> None:
    kind, start, end = choose_ui(enterprise_id, counts)
    if start > end:
        st.error(_("The start date is after the end date."))
        return
    result = record_kpi(state.store(), enterprise_id, today=state.today(), kind=kind, date_from=start, date_to=end)
    ack_applies = result["acknowledged_on_time"] is not None
    st.caption(md(limits_text(kind, result["limits"], own_profile)))
    metrics_ui(result, ack_applies)
    if result["count"]:
        running = state.today().strftime("%Y-%m")
        left, right = st.columns(2)
        left.markdown(f"**{_('Trend by month')}**")
        left.plotly_chart(trend_chart(result, ack_applies, running), width="stretch",
                          config={"displaylogo": False}, key="sr_trend")
        if any(m["month"] == running for m in result["by_month"]):
            left.caption(md(_("* This month is still running: its records not resolved yet count as not on time.")))
        right.markdown(f"**{_('By category')}**")
        right.plotly_chart(category_chart(result), width="stretch", config={"displaylogo": False},
                           key="sr_categories")
    else:
        st.info(_("No record of this kind was received in these dates."))
    overdue = overdue_ui(enterprise_id, kind, start, end)
    base = f"{safe_filename(enterprise_name, 'enterprise')}_{kind}_{start.isoformat()}_{end.isoformat()}"
    json_box, csv_box = st.columns(2)
    json_box.download_button(_("Download the KPIs (.json)"), data=json.dumps(result, ensure_ascii=False, indent=2),
                             file_name=f"{base}_kpi.json", mime="application/json", icon=":material/data_object:",
                             on_click="ignore", key="sr_kpi_json", width="stretch")
    csv_box.download_button(_("Download the overdue list (.csv)"), data=csv_bytes(overdue),
                            file_name=f"{base}_overdue.csv", mime="text/csv", icon=":material/download:",
                            on_click="ignore", key="sr_overdue_csv", width="stretch")

