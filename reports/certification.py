"""The report's certification calendar: the certificate, its events and what is due next."""

from __future__ import annotations

from datetime import date
from typing import Mapping

from assessment.cycle import CycleEvent, certificate_events, certificate_state, next_due
from assessment.formatting import long_date
from assessment.models import Assessment
from criteria import Catalog

from .data import CalendarView, CertificateView, EventView


def _event_title(ev: CycleEvent, lang: str, L: Mapping[str, str]) -> str:
    if ev.kind == "surveillance":
        return L["event.surveillance"].format(n=ev.sequence)
    if ev.kind == "recertification_window":
        return L["event.recertification_window.until"].format(end=(ev.ends_on or ev.due_on).isoformat())
    return L["event." + ev.kind]


def calendar_view(assessment: Assessment, today: date, rules, catalog: Catalog, lang: str, L) -> CalendarView:
    rule_lines = (
        L["cycle_rule_1"].format(years=rules.validity_years, months=rules.surveillance_interval_months),
        L["cycle_rule_2"].format(window=rules.recertification_window_months),
    )
    as_of = L["as_of"].format(date=long_date(today, lang))
    cert = assessment.certificate
    if cert is None:
        return CalendarView(None, (), as_of, (), L["no_certificate"], rule_lines)
    events = certificate_events(cert, today, rules)
    state = certificate_state(cert, today, rules)
    views = tuple(
        EventView(
            title=_event_title(ev, lang, L),
            due_on=ev.due_on.isoformat(),
            status=ev.status,
            status_label=L["status." + ev.status],
            done_on=ev.done_on.isoformat() if ev.done_on else "",
        )
        for ev in events
    )
    due = tuple(
        f"{_event_title(ev, lang, L)} — {ev.due_on.isoformat()} — {L['status.' + ev.status]}"
        for ev in events
        if ev.status in ("overdue", "due_soon", "open")
    )
    nxt = next_due(cert, today, rules)
    next_text = (
        f"{_event_title(nxt, lang, L)}: {long_date(nxt.due_on, lang)}"
        f"{L['paren'].format(text=L['status.' + nxt.status])}"
        if nxt
        else L["nothing_due"]
    )
    return CalendarView(
        certificate=CertificateView(
            number=cert.number,
            issued_on=cert.issued_on.isoformat(),
            level_name=catalog.level_name(cert.level, lang),
            state=state,
            state_label=L["certificate." + state],
        ),
        events=views,
        as_of=as_of,
        due=due,
        next_due=next_text,
        rules=rule_lines,
    )
