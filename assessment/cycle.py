"""The certification cycle: surveillance audits, the recertification window, expiry, reminders, iCalendar.

`today` is always a parameter. The cycle's numbers (validity, intervals, lead times) come from the catalog.
Date arithmetic that would leave the calendar (years 1 to 9999) raises `DateOutOfRange`; for a certificate
(one issued 9999-12-31, say, written around the application's checks) that becomes `CycleDateError`, which
names the certificate and its issue date, so that a page can show the problem on that row and go on.
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass
from functools import lru_cache
from contextlib import contextmanager
from datetime import MAXYEAR, MINYEAR, date, datetime, timedelta, timezone
from typing import Iterable, Iterator, Optional

from criteria import CycleRules

from .models import Certificate

EVENT_KINDS = ("surveillance", "recertification_window", "expiry")


class DateOutOfRange(ValueError):
    """A date moved by some months or days would fall outside the calendar (years 1 to 9999)."""

    def __init__(self, start: date, change: str):
        super().__init__(f"{start.isoformat()} {change} falls outside the calendar (years {MINYEAR} to {MAXYEAR})")
        self.start, self.change = start, change


class CycleDateError(ValueError):
    """A certificate whose cycle dates fall outside the calendar: names the certificate and the stored date."""

    def __init__(self, certificate: str, field: str, value: date):
        super().__init__(
            f"certificate {certificate!r}: {field} {value.isoformat()} puts its audits and expiry outside the "
            f"calendar (years {MINYEAR} to {MAXYEAR})"
        )
        self.certificate, self.field, self.value = certificate, field, value


def add_months(d: date, months: int) -> date:
    """Calendar month arithmetic; the 31st (or 29 February) falls back to the month's last day."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    if not MINYEAR <= year <= MAXYEAR:
        raise DateOutOfRange(d, f"{months:+d} months")
    return date(year, month, min(d.day, _calendar.monthrange(year, month)[1]))


def add_days(d: date, days: int) -> date:
    """`d` moved by `days`; DateOutOfRange instead of OverflowError at the calendar's ends."""
    try:
        return d + timedelta(days=days)
    except OverflowError:
        raise DateOutOfRange(d, f"{days:+d} days") from None


@contextmanager
def _dates_of(cert: Certificate) -> Iterator[None]:
    """Date arithmetic on `cert`'s cycle: leaving the calendar is the certificate's problem, named as such."""
    try:
        yield
    except DateOutOfRange:
        raise CycleDateError(cert.number, "issued_on", cert.issued_on) from None


@dataclass(frozen=True)
class CycleEvent:
    kind: str  # surveillance | recertification_window | expiry
    sequence: int  # 1, 2 ... for surveillance audits; 1 otherwise
    due_on: date
    certificate: str
    status: str  # done | upcoming | due_soon | overdue | open | passed
    done_on: Optional[date] = None
    # for the recertification window: the last day (expiry)
    ends_on: Optional[date] = None

    @property
    def uid(self) -> str:
        return f"{self.certificate}-{self.kind}-{self.sequence}"

    def to_dict(self) -> dict:
        return {"kind": self.kind, "sequence": self.sequence, "due_on": self.due_on.isoformat(),
                "status": self.status, "done_on": _iso(self.done_on), "ends_on": _iso(self.ends_on)}


@dataclass(frozen=True)
class Reminder:
    event: CycleEvent
    lead_days: int  # the lead time that triggered it; 0 when overdue
    remind_on: date
    overdue: bool

    def to_dict(self) -> dict:
        return {"kind": self.event.kind, "sequence": self.event.sequence, "due_on": self.event.due_on.isoformat(),
                "lead_days": self.lead_days, "remind_on": self.remind_on.isoformat(), "overdue": self.overdue}


def _iso(day: Optional[date]) -> Optional[str]:
    return None if day is None else day.isoformat()


def certificate_events(cert: Certificate, today: date, rules: CycleRules) -> list[CycleEvent]:
    """Surveillance audits, the recertification window and expiry of one certificate, with their status.

    Raises CycleDateError when the certificate's dates fall outside the calendar."""
    with _dates_of(cert):
        return _events(cert, today, rules)


def expiry_date(cert: Certificate, rules: CycleRules) -> date:
    """The day the certificate expires unless it is renewed. Raises CycleDateError outside the calendar."""
    with _dates_of(cert):
        return add_months(cert.issued_on, 12 * rules.validity_years)


def _events(cert: Certificate, today: date, rules: CycleRules) -> list[CycleEvent]:
    expiry = expiry_date(cert, rules)
    horizon = max(rules.reminder_lead_days, default=0)
    surveillances = sorted(a.on for a in cert.audits if a.kind == "surveillance")
    recerts = sorted(a.on for a in cert.audits if a.kind == "recertification")
    events: list[CycleEvent] = []
    n = 1
    while True:
        due = add_months(cert.issued_on, rules.surveillance_interval_months * n)
        if due >= expiry:
            break
        earliest = add_months(due, -rules.surveillance_interval_months)
        latest = add_days(due, horizon)
        done = next((d for d in surveillances if earliest < d <= latest), None)
        if done is not None:
            surveillances.remove(done)
        events.append(CycleEvent("surveillance", n, due, cert.number, _status(due, today, horizon, done), done))
        n += 1
    window = add_months(expiry, -rules.recertification_window_months)
    recert_done = next((d for d in recerts if d <= expiry), None)
    if recert_done:
        w_status = "done"
    elif today > expiry:
        w_status = "passed"
    elif today >= window:
        w_status = "open"
    else:
        w_status = _status(window, today, horizon, None)
    events.append(CycleEvent("recertification_window", 1, window, cert.number, w_status, recert_done, expiry))
    if recert_done:
        e_status = "done"
    elif today >= expiry:
        e_status = "overdue"
    else:
        e_status = _status(expiry, today, horizon, None)
    events.append(CycleEvent("expiry", 1, expiry, cert.number, e_status, recert_done))
    return events


def _status(due: date, today: date, horizon: int, done: Optional[date]) -> str:
    if done is not None:
        return "done"
    if today > due:
        return "overdue"
    if (due - today).days <= horizon:
        return "due_soon"
    return "upcoming"


def certificate_state(cert: Certificate, today: date, rules: CycleRules) -> str:
    """valid | surveillance_overdue (suspension risk) | expired."""
    return status_of(cert, today, rules)[0]


def next_due(cert: Certificate, today: date, rules: CycleRules) -> Optional[CycleEvent]:
    """The earliest event still to be acted on (overdue ones first, by date)."""
    return status_of(cert, today, rules)[1]


@lru_cache(maxsize=8192)
def status_of(
    cert: Certificate, today: date, rules: CycleRules
) -> tuple[str, Optional[CycleEvent]]:
    """The certificate's state and its next event due, from one pass over its events.

    Memoised: a pure function of frozen values, asked for every certificate each time the portfolio is shown."""
    events = certificate_events(cert, today, rules)
    if any(e.kind == "expiry" and e.status == "overdue" for e in events):
        state = "expired"
    elif any(e.kind == "surveillance" and e.status == "overdue" for e in events):
        state = "surveillance_overdue"
    else:
        state = "valid"
    pending = [e for e in events if e.status not in ("done", "passed")]
    return state, min(pending, key=lambda e: e.due_on, default=None)


def due_reminders(
    certificates: Iterable[Certificate], today: date, rules: CycleRules
) -> list[Reminder]:
    """Reminders due on `today`: for each pending event, the tightest lead time already reached; overdue first."""
    leads = sorted(rules.reminder_lead_days)
    out: list[Reminder] = []
    for cert in certificates:
        for ev in certificate_events(cert, today, rules):
            if ev.status in ("done", "passed", "upcoming"):
                continue
            if ev.status == "overdue":
                out.append(Reminder(ev, 0, ev.due_on, True))
            elif ev.status == "open":  # the recertification window: apply now
                out.append(Reminder(ev, 0, ev.due_on, False))
            else:  # due_soon: the tightest lead time already reached
                days_left = (ev.due_on - today).days
                lead = min(lead for lead in leads if lead >= days_left)
                with _dates_of(cert):
                    remind_on = add_days(ev.due_on, -lead)
                out.append(Reminder(ev, lead, remind_on, False))
    out.sort(key=lambda r: (not r.overdue, r.event.due_on))
    return out


def to_ics(
    entries: Iterable[tuple[str, Certificate, CycleRules]],
    today: date,
    titles: Optional[dict[str, str]] = None,
    now: Optional[datetime] = None,
) -> bytes:
    """An iCalendar file with one all-day event per cycle date and an alarm per reminder lead time.

    `entries` are (enterprise name, certificate, the cycle rules of the certificate's catalog);
    `titles` maps event kinds to display titles.
    """
    from icalendar import Alarm, Calendar, Event

    titles = {**_DEFAULT_TITLES, **(titles or {})}
    stamp = now or datetime(today.year, today.month, today.day, tzinfo=timezone.utc)
    cal = Calendar()
    cal.add("prodid", "-//gbt27922-toolkit//certification calendar//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "GB/T 27922 certification calendar")
    for enterprise, cert, rules in entries:
        for ev in certificate_events(cert, today, rules):
            if ev.status in ("done", "passed"):
                continue
            vevent = Event()
            vevent.add("uid", f"{ev.uid}@gbt27922-toolkit")
            vevent.add("dtstamp", stamp)
            vevent.add("dtstart", ev.due_on)
            with _dates_of(cert):
                vevent.add("dtend", add_days(ev.due_on, 1))
            title = titles[ev.kind].format(n=ev.sequence)
            vevent.add("summary", f"{enterprise}: {title}")
            vevent.add(
                "description",
                f"{title} - certificate {cert.number} ({cert.level}), issued {cert.issued_on.isoformat()}",
            )
            vevent.add("categories", ["GB/T 27922", ev.kind])
            for lead in sorted(rules.reminder_lead_days, reverse=True):
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", f"{enterprise}: {title} in {lead} days")
                alarm.add("trigger", timedelta(days=-lead))
                vevent.add_component(alarm)
            cal.add_component(vevent)
    return cal.to_ical()


_DEFAULT_TITLES = {
    "surveillance": "Surveillance audit {n} due",
    "recertification_window": "Recertification application window opens",
    "expiry": "Certificate expires",
}
