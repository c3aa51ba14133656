"""The reminder job: read what is due from the store, plan the day's messages, send them and log each attempt.

`today`, `now`, the sender address and the transport are parameters (the command line resolves them). A message
is logged `sent` only after the server accepted it; a failure is logged `failed` and reported, and the next run
tries again (the sent log holds only what went).

A run that sends holds the database's lease LEASE_NAME (store/leases.py) from before it reads the sent log until it
ends, so runs started at the same time on several hosts send each message once: one sends, the others find the
lease held (LeaseHeld) and read and send nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.headerregistry import Address
from typing import Callable, Optional, Protocol

from criteria import default_catalog

from .reminder_mail import BadAddress, build_message
from .reminder_words import subject
from .reminders import Contact, DueItem, Planned, action_items, certificate_items, plan, recipients


LEASE_NAME = "remind"
LEASE_MINIMUM = timedelta(minutes=15)
STEPS_PER_MESSAGE = 20  # network steps one message may wait on, each up to the transport's time limit


def lease_length(step_timeout: float) -> timedelta:
    """How long the run's lease lasts from each renewal: longer than one message can take (a new connection,
    TLS, sign-in and the message, each step up to `step_timeout` seconds), at least LEASE_MINIMUM. A run that
    crashed holds it that long at most."""
    return max(LEASE_MINIMUM, timedelta(seconds=STEPS_PER_MESSAGE * step_timeout))


class Transport(Protocol):
    def send(self, message) -> None: ...


@dataclass(frozen=True)
class DayPlan:
    today: date
    messages: tuple[Planned, ...]
    problems: tuple[str, ...]  # certificates whose dates cannot be used (named), left out of the reminders


@dataclass(frozen=True)
class Outcome:
    planned: Planned
    status: str  # sent | failed | skipped | dry_run
    subject: str = ""
    message_id: str = ""
    error: str = ""


def due_items(store, today: date) -> tuple[list[DueItem], list[Contact], list[str]]:
    """Every item due on `today` of the enterprises not archived, their contacts, and the problems met."""
    enterprises = {e.id: e for e in store.list_enterprises()}
    view = store.calendar_view(today)
    items: list[DueItem] = []
    for entry in view.entries:
        if entry.enterprise_id in enterprises:
            items += certificate_items(entry.enterprise_id, entry.enterprise_name, entry.certificate.number,
                                       entry.events, entry.rules.reminder_lead_days, today)
    problems = [f"enterprise {p.enterprise_id}: certificate {p.number}: {p.field} {p.value!r} cannot be used"
                for p in view.problems]
    fallback = default_catalog().cycle.reminder_lead_days
    for source in store.reminder_actions(sorted(enterprises)):
        leads = source.rules.reminder_lead_days if source.rules else fallback
        items += action_items(source.enterprise_id, enterprises[source.enterprise_id].name, source.assessment_id,
                              source.actions, leads, today)
    contacts = [Contact(e.enterprise.contact_email, e.enterprise.language, frozenset({e.id}))
                for e in enterprises.values() if e.enterprise.contact_email]
    for user in store.reminder_users():
        ids = frozenset(i for i in user.enterprises if i in enterprises)
        if ids:
            contacts.append(Contact(user.email, user.language, ids, user.name, is_user=True))
    return items, contacts, problems


def day_plan(store, today: date) -> DayPlan:
    items, contacts, problems = due_items(store, today)
    log = store.reminder_log(today)
    return DayPlan(today, tuple(plan(items, recipients(contacts), log.sent_keys, log.sent_today)), tuple(problems))


def preview(day: DayPlan) -> list[Outcome]:
    """What would go (`--dry-run`): nothing is sent or logged."""
    return [Outcome(p, "skipped" if p.skipped else "dry_run", subject(len(p.items), day.today, p.recipient.language))
            for p in day.messages]


LEASE_LOST = "not sent: this run's lease ran out and another reminder run took it over (that run sends it)"


def send_due(store, today: date, sender: Address, transport: Transport, now: datetime, holder: str,
             length: timedelta) -> tuple[DayPlan, list[Outcome]]:
    """Take the run's lease as `holder`, plan the day from the sent log, send, and give the lease up (also on an
    error). LeaseHeld when another run holds it: nothing is read, sent or logged."""
    with store.holding_lease(LEASE_NAME, holder, length) as lease:
        day = day_plan(store, today)
        return day, send_day(store, day, sender, transport, now, still_ours=lease.renew)


def send_day(store, day: DayPlan, sender: Address, transport: Transport, now: datetime,
             still_ours: Optional[Callable[[], bool]] = None) -> list[Outcome]:
    """Send each planned message that is not skipped, logging each attempt as it ends. `still_ours()` renews the
    run's lease before each message; once it answers False, the messages left are not sent (failed, not logged)."""
    from .mail_transport import SendFailed

    out = []
    lost = False
    for p in day.messages:
        if p.skipped:
            out.append(Outcome(p, "skipped"))
            continue
        lost = lost or (still_ours is not None and not still_ours())
        if lost:
            out.append(Outcome(p, "failed", error=LEASE_LOST))
            continue
        keys = [i.key for i in p.items]
        try:
            msg = build_message(p, sender=sender, today=day.today, now=now)
        except (BadAddress, ValueError) as exc:
            store.record_reminder(day.today, p.recipient.email, "failed", keys, p.enterprise_ids, error=str(exc))
            out.append(Outcome(p, "failed", error=str(exc)))
            continue
        title, message_id = str(msg["Subject"]), str(msg["Message-ID"])
        try:
            transport.send(msg)
        except SendFailed as exc:
            store.record_reminder(day.today, p.recipient.email, "failed", keys, p.enterprise_ids, message_id,
                                  exc.reason)
            out.append(Outcome(p, "failed", title, message_id, exc.reason))
            continue
        store.record_reminder(day.today, p.recipient.email, "sent", keys, p.enterprise_ids, message_id)
        out.append(Outcome(p, "sent", title, message_id))
    return out

