"""Certification calendar: certificates and audits, a timeline across the portfolio, reminders and .ics files."""

from __future__ import annotations

from datetime import date
from typing import Optional

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from assessment.cycle import DateOutOfRange, add_days, due_reminders
from assessment.store import CalendarEntry, CalendarProblem, calendar_ics
from criteria import CycleRules

from ui import certificates, reminder_log, state
from ui.common import bad_value_text
from ui.downloads import safe_filename
from ui.i18n import N_, _, day, labelled, ngettext, sort_key
from ui.widgets import CERT_STATES, EVENT_KINDS, STATUSES, data_table, event_title, esc, fixed_labels, label, level_text, md, short

STATUS_COLOURS = {
    "done": "#27ae60", "upcoming": "#7f8c8d", "due_soon": "#e67e22", "overdue": "#c0392b", "open": "#e67e22",
    "passed": "#bdc3c7",
}
SYMBOLS = {"surveillance": "circle", "recertification_window": "diamond", "expiry": "x"}
LEGEND = {
    "surveillance": N_("Surveillance audit"),
    "recertification_window": N_("Recertification application window"),
    "expiry": N_("Certificate expiry"),
}


def ics_titles() -> dict[str, str]:
    return {kind: label(EVENT_KINDS, kind) for kind in EVENT_KINDS}  # {n}: the audit's number, filled per event


def rules_in_view(entries: list[CalendarEntry]) -> list[CycleRules]:
    """The cycle rules of the certificates shown (each follows its own catalog's); the rules of the catalog new
    assessments use when none is shown."""
    found = list(dict.fromkeys(e.rules for e in entries))
    return found or [state.new_assessment_catalog().cycle]


def reminders_ui(entries: list[CalendarEntry]) -> None:
    st.subheader(_("Reminders due now"))
    names = {e.certificate.number: e.enterprise_name for e in entries}
    today = state.today()
    reminders = sorted((r for e in entries for r in due_reminders([e.certificate], today, e.rules)),
                       key=lambda r: (not r.overdue, r.event.due_on))
    if not reminders:
        horizon = max(max(rules.reminder_lead_days) for rules in rules_in_view(entries))
        st.success(ngettext("Nothing due: no audit, recertification or expiry within {days} day.",
                             "Nothing due: no audit, recertification or expiry within {days} days.",
                             horizon, days=horizon))
        return
    for r in reminders[:40]:
        ev = r.event
        who = md(names.get(ev.certificate, ev.certificate), 80)
        text = f"**{who}** · {event_title(ev.kind, ev.sequence)} · {day(ev.due_on)} · {md(ev.certificate, 40)}"
        if r.overdue:
            st.error(labelled(_("Overdue"), text), icon=":material/error:")
        elif ev.status == "open":
            st.warning(labelled(_("Open now"), text), icon=":material/schedule:")
        else:
            st.warning(labelled(ngettext("In {days} day", "In {days} days", (ev.due_on - state.today()).days,
                                          days=(ev.due_on - state.today()).days), text), icon=":material/schedule:")
    if len(reminders) > 40:
        st.caption(_("… and {n} more in the table below.", n=len(reminders) - 40))


def _row_labels(entries: list[CalendarEntry]) -> dict[int, str]:
    """Short, unique y-axis labels (names can be long, and two enterprises can share a name)."""
    labels: dict[int, str] = {}
    seen: set[str] = set()
    for e in entries:
        text = esc(short(e.enterprise_name, 24))
        if text in seen:
            text = f"{text} #{e.enterprise_id}"
        seen.add(text)
        labels[e.enterprise_id] = text
    return labels


def _padded(d: date, days: int) -> date:
    try:
        return add_days(d, days)
    except DateOutOfRange:
        return d


def timeline(entries: list[CalendarEntry]) -> None:
    if not entries:
        return
    rows = _row_labels(entries)
    fig = go.Figure()
    for e in entries:
        expiry = next(ev for ev in e.events if ev.kind == "expiry")
        window = next(ev for ev in e.events if ev.kind == "recertification_window")
        fig.add_trace(go.Scatter(x=[e.certificate.issued_on, expiry.due_on], y=[rows[e.enterprise_id]] * 2, mode="lines",
                                 line={"color": "#d5d8dc", "width": 8}, hoverinfo="skip", showlegend=False))
        fig.add_trace(go.Scatter(x=[window.due_on, expiry.due_on], y=[rows[e.enterprise_id]] * 2, mode="lines",
                                 line={"color": "#f5cba7", "width": 8}, hoverinfo="skip", showlegend=False))
    for kind, symbol in SYMBOLS.items():
        evs = [(e, ev) for e in entries for ev in e.events if ev.kind == kind]
        if not evs:
            continue
        fig.add_trace(go.Scatter(
            x=[ev.due_on for _e, ev in evs], y=[rows[e.enterprise_id] for e, _ev in evs], mode="markers",
            name=_(LEGEND[kind]),
            marker={"symbol": symbol, "size": 13, "color": [STATUS_COLOURS.get(ev.status, "#7f8c8d") for _e, ev in evs],
                    "line": {"width": 1, "color": "#2c3e50"}},
            customdata=[[event_title(ev.kind, ev.sequence), label(STATUSES, ev.status), day(ev.due_on)] for _e, ev in evs],
            hovertemplate="%{y}<br>%{customdata[0]}: %{customdata[2]}<br>%{customdata[1]}<extra></extra>",
        ))
    today = state.today()
    fig.add_shape(type="line", x0=today, x1=today, y0=0, y1=1, yref="paper", line={"color": "#c0392b", "dash": "dot"})
    # inside the plot, right of the line: below it, the label sat on the year-month ticks
    fig.add_annotation(x=today, y=0, yref="paper", text=esc(_("Today")), showarrow=False, yanchor="bottom",
                       xanchor="left", xshift=3, font={"color": "#c0392b", "size": 11})
    start = _padded(min(min(e.certificate.issued_on for e in entries), today), -45)
    end = _padded(max(max(ev.due_on for e in entries for ev in e.events), today), 45)
    fig.update_layout(
        height=150 + 36 * len(entries), margin={"l": 10, "r": 10, "t": 60, "b": 10},
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 1, "xanchor": "right"},
        yaxis={"autorange": "reversed"},
        xaxis={"range": [start, end], "tickformat": "%Y-%m", "showgrid": True},
    )
    st.plotly_chart(fig, width="stretch", config={"displaylogo": False}, key="cal_timeline")


def events_table(entries: list[CalendarEntry], problems: list[CalendarProblem]) -> None:
    # a certificate without a usable cycle first, its problem in the event cell
    rows = [
        {
            "enterprise": p.enterprise_name, "certificate": p.number, "level": "",
            "event": bad_value_text(p.field, p.value), "due_on": None, "status": _("Check the stored data"),
            "done_on": "", "state": "",
        }
        for p in problems
    ] + [
        {
            "enterprise": e.enterprise_name, "certificate": e.certificate.number,
            "level": level_text(state.store().catalog(e.catalog.id, e.catalog.version), e.certificate.level),
            "event": event_title(ev.kind, ev.sequence), "due_on": ev.due_on,
            "status": label(STATUSES, ev.status), "done_on": ev.done_on.isoformat() if ev.done_on else "",
            "state": label(CERT_STATES, e.state),
        }
        for e in entries for ev in e.events
    ]
    # what is due first; the certificate's number and level last (the table scrolls sideways in narrow windows)
    df = pd.DataFrame(rows, columns=["enterprise", "event", "due_on", "status", "done_on", "state", "certificate", "level"])
    df["due_on"] = pd.to_datetime(df["due_on"])
    data_table(df, hide_index=True, width="stretch", key="cal_events", column_config={
        "enterprise": _("Enterprise"), "certificate": _("Certificate number"), "level": _("Level"),
        "event": _("Event"), "due_on": st.column_config.DateColumn(_("Due on"), format="YYYY-MM-DD"),
        "status": _("Status"), "done_on": st.column_config.TextColumn(_("Done on")),  # text: no "None" when not done
        "state": _("Certificate"),
    })


def problems_ui(problems: list[CalendarProblem]) -> None:
    for p in problems[:20]:
        st.error(_("{name} · certificate {number}: {problem}. Correct or delete the certificate below.",
                   name=md(p.enterprise_name, 80), number=md(p.number, 40),
                   problem=md(bad_value_text(p.field, p.value), 120)), icon=":material/error:")


def ics_ui(entries: list[CalendarEntry], scoped: bool) -> None:
    if not entries:
        return
    st.subheader(_("Calendar files (.ics)"))
    today, titles = state.today(), ics_titles()
    c1, c2, c3 = st.columns([2, 3, 2], vertical_alignment="bottom")
    if not scoped:  # filtered to one enterprise, the entries are not the whole portfolio's
        c1.download_button(_("Whole portfolio"), data=lambda: calendar_ics(entries, today, titles=titles),
                           file_name="gbt27922_portfolio.ics", mime="text/calendar",
                           icon=":material/calendar_month:", on_click="ignore", width="stretch")
    by_id = {e.enterprise_id: e for e in sorted(entries, key=lambda e: sort_key(e.enterprise_name))}
    pick = c2.selectbox(_("Enterprise"), list(by_id), format_func=lambda i: by_id[i].enterprise_name, key="cal_ics_pick")
    chosen = by_id[pick]
    c3.download_button(_("This enterprise"), data=lambda: calendar_ics([chosen], today, titles=titles),
                       file_name=f"{safe_filename(chosen.enterprise_name)}.ics", mime="text/calendar",
                       icon=":material/event:", on_click="ignore", width="stretch", key=f"cal_ics_{pick}")
    leads = sorted({d for rules in rules_in_view(entries) for d in rules.reminder_lead_days}, reverse=True)
    # several numbers always take the plural
    st.caption(ngettext("Import the file into Outlook, Google Calendar or any calendar app: each date comes with a "
                        "reminder {days} day ahead.",
                        "Import the file into Outlook, Google Calendar or any calendar app: each date comes with "
                        "reminders {days} days ahead.", leads[0] if len(leads) == 1 else len(leads),
                        days=_(", ").join(str(d) for d in leads)))


SCOPE_KEY = "cal_scope"
WHOLE = 0  # the scope option for the whole portfolio


def _scope_from_url() -> Optional[int]:
    try:
        return int(st.query_params.get("e"))
    except (TypeError, ValueError):
        return None


def _on_scope() -> None:
    chosen = st.session_state[SCOPE_KEY]
    if chosen == WHOLE:
        st.query_params.pop("e", None)
    else:
        st.query_params["e"] = str(chosen)
        st.session_state["enterprise_id"] = chosen  # the session's one selection, as on the portfolio
        st.session_state["cal_cert_ent"] = chosen


def scope_ui() -> Optional[int]:
    """Whole portfolio or one enterprise (?e= in the URL: the portfolio's Calendar button opens it so)."""
    wanted = _scope_from_url()
    enterprises = [e for e in state.store().list_enterprises(include_archived=True) if not e.archived or e.id == wanted]
    names = {e.id: e.name for e in enterprises}
    if wanted is not None and wanted not in names:
        st.query_params.pop("e", None)
        wanted = None
    options = [WHOLE, *names]
    if st.session_state.get(SCOPE_KEY) != (wanted or WHOLE):
        st.session_state[SCOPE_KEY] = wanted or WHOLE
    column, _rest = st.columns([2, 3])
    column.selectbox(_("Show"), options, key=SCOPE_KEY, on_change=_on_scope,
                 format_func=fixed_labels(options, lambda i: _("Whole portfolio") if i == WHOLE else short(names[i], 100)))
    return wanted


def render() -> None:
    st.title(_("Certification calendar"))
    state.show_flashes()
    scope = scope_ui()
    view = state.store().calendar_view(state.today(), enterprise_id=scope, include_archived=scope is not None)
    entries, problems = list(view.entries), list(view.problems)
    shown = rules_in_view(entries)
    if len(shown) == 1:
        rules = shown[0]
        st.caption(_("Certificates are valid {years} years, with a surveillance audit at least every {months} months; "
                     "apply for recertification about {window} months before expiry.", years=rules.validity_years,
                     months=rules.surveillance_interval_months, window=rules.recertification_window_months))
    else:
        st.caption(_("Each certificate follows the cycle rules of its own catalog (validity, surveillance interval, "
                     "recertification window): the dates below are worked out certificate by certificate."))
    problems_ui(problems)
    if not entries and not problems:
        if scope is None:
            st.info(_("No certificate recorded yet. Record the certificate an enterprise holds below; its surveillance "
                      "audits, recertification window and expiry then appear here."))
        else:
            st.info(_("No certificate is recorded for this enterprise yet. Record the certificate it holds below."))
    reminders_ui(entries)
    reminder_log.render(scope)
    if entries or problems:
        st.subheader(_("Timeline"))
        timeline(entries)
        events_table(entries, problems)
    ics_ui(entries, scoped=scope is not None)
    st.subheader(_("Certificates and audits"))
    certificates.record_ui(entries, scope)
    certificates.manage_ui(scope, {p.certificate_id for p in problems})


if __name__ == "__main__":
    render()
