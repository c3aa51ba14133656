"""What is due on a given day, and who hears of it: the items of the reminder e-mails (`python -m assessment remind`).

Pure: the certificates' cycle events, the corrective actions, the lead days, the contacts, what was already sent and
`today` are parameters; nothing here reads the clock or a database.

When an item is reminded of (its *stage*; the catalog's `cycle.reminder_lead_days`, [90, 30, 7] by default):
- a certificate event (surveillance audit, recertification window, expiry) and an open corrective action with a due
  date: once it is no more than a lead time away, at the tightest lead time reached (90, 30, 7 days ahead), and
  once more on the day it falls due (stage 0). A stage not yet sent when its day is missed (the server was off,
  the recipient had had a message that day) goes out at the next run, so a reminder is late, never lost;
- the recertification window, once open: one reminder that it is open (the expiry event follows on its own);
- overdue (a surveillance audit or corrective action past its date, a certificate expired): one reminder a week,
  on the first day overdue and every seven days after, at most OVERDUE_REPEATS times.
Each (item, stage) has a key; a recipient who was sent a key is not sent it again.

Who hears of it: the enterprise's contact address (in the enterprise's language) and every enabled user the
enterprise is explicitly assigned to (in the user's language), whatever their role: an administrator sees every
enterprise but is reminded only of those assigned to them. One message per recipient and day, listing all their
items across their enterprises; a recipient already sent a message today is skipped and their new items wait
for the next day.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping, Optional

from .actions import is_open
from .cycle import CycleEvent
from .models import CorrectiveAction

ITEM_KINDS = ("surveillance", "recertification_window", "expiry", "action")
OVERDUE_EVERY_DAYS = 7
OVERDUE_REPEATS = 13  # a quarter of weekly reminders, then the portfolio and the calendar go on showing it


@dataclass(frozen=True)
class DueItem:
    """One thing due: a certificate's cycle event or a corrective action, at the stage it is reminded at."""

    kind: str  # surveillance | recertification_window | expiry | action
    enterprise_id: int
    enterprise_name: str
    due_on: date
    days_left: int  # negative when overdue
    stage: str  # "90", "30", "7", "0" (due today), "open" (the window is open), "overdue1", "overdue2" ...
    ref: str  # the certificate number, or "assessment id/position" for an action
    sequence: int = 1
    description: str = ""  # an action's description
    item: str = ""  # an action's catalog item
    owner: str = ""  # an action's owner
    ends_on: Optional[date] = None  # the recertification window's last day (the expiry)

    @property
    def overdue(self) -> bool:
        return self.stage.startswith("overdue")

    @property
    def uid(self) -> str:
        """Stable across stages and runs: a calendar that imports a later message updates the event."""
        return f"e{self.enterprise_id}-{self.kind}-{self.ref}-{self.sequence}".replace("/", "-")

    @property
    def key(self) -> str:
        """What the sent log remembers: the item, its due date and the stage (a changed date reminds again)."""
        base = f"{self.kind}:{self.enterprise_id}:{self.ref}:{self.sequence}:{self.due_on.isoformat()}"
        if self.kind == "action":
            base += ":" + hashlib.sha256(self.description.encode("utf-8")).hexdigest()[:12]
        return f"{base}:{self.stage}"

    def to_dict(self) -> dict:
        data = {"kind": self.kind, "enterprise_id": self.enterprise_id, "enterprise": self.enterprise_name,
                "due": self.due_on.isoformat(), "days_left": self.days_left, "stage": self.stage,
                "overdue": self.overdue, "key": self.key}
        if self.kind == "action":
            data.update(description=self.description, item=self.item or None, owner=self.owner)
        else:
            data.update(certificate=self.ref, sequence=self.sequence)
        return data


def stage_of(days_left: int, lead_days: Iterable[int], overdue: bool) -> Optional[str]:
    """The stage an item `days_left` days away is reminded at today, or None (too far away, or overdue so long
    that the weekly reminders have stopped)."""
    if overdue or days_left < 0:
        week = max(0, -days_left - 1) // OVERDUE_EVERY_DAYS if days_left < 0 else 0
        return f"overdue{week + 1}" if week < OVERDUE_REPEATS else None
    stages = sorted({0, *(d for d in lead_days if d >= 0)})
    reached = [s for s in stages if s >= days_left]
    return str(reached[0]) if reached else None


def certificate_items(enterprise_id: int, enterprise_name: str, number: str, events: Iterable[CycleEvent],
                      lead_days: Iterable[int], today: date) -> list[DueItem]:
    """The reminders of one certificate's cycle events on `today` (events as cycle.certificate_events gives them)."""
    leads = tuple(lead_days)
    out = []
    for ev in events:
        if ev.status in ("done", "passed"):
            continue
        days_left = (ev.due_on - today).days
        if ev.kind == "recertification_window" and ev.status == "open":
            stage: Optional[str] = "open"
        else:
            stage = stage_of(days_left, leads, ev.status == "overdue")
        if stage is not None:
            out.append(DueItem(ev.kind, enterprise_id, enterprise_name, ev.due_on, days_left, stage, number,
                               ev.sequence, ends_on=ev.ends_on))
    return out


def action_items(enterprise_id: int, enterprise_name: str, assessment_id: int,
                 actions: Iterable[CorrectiveAction], lead_days: Iterable[int], today: date) -> list[DueItem]:
    """The reminders of an assessment's open corrective actions with a due date (due today is not overdue yet:
    actions.is_overdue)."""
    leads = tuple(lead_days)
    out = []
    for position, action in enumerate(actions):
        if not is_open(action) or action.due_on is None:
            continue
        days_left = (action.due_on - today).days
        stage = stage_of(days_left, leads, days_left < 0)
        if stage is not None:
            out.append(DueItem("action", enterprise_id, enterprise_name, action.due_on, days_left, stage,
                               f"{assessment_id}/{position + 1}", description=action.description,
                               item=action.item or "", owner=action.owner))
    return out


# --- recipients -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Contact:
    """An address that hears of some enterprises: an enterprise's contact address, or a user's."""

    email: str
    language: str
    enterprise_ids: frozenset[int]
    name: str = ""
    is_user: bool = False


@dataclass(frozen=True)
class Recipient:
    email: str  # lower-case
    language: str
    name: str
    enterprise_ids: frozenset[int]


def recipients(contacts: Iterable[Contact]) -> list[Recipient]:
    """One recipient per address (compared lower-case), hearing of all the enterprises of its contacts. A user's
    language and name win over an enterprise contact's; between enterprises, the lowest id's language."""
    merged: dict[str, list[Contact]] = {}
    for c in contacts:
        if c.email and c.enterprise_ids:
            merged.setdefault(c.email.strip().lower(), []).append(c)
    out = []
    for email, found in sorted(merged.items()):
        chosen = min(found, key=lambda c: (not c.is_user, min(c.enterprise_ids)))
        ids = frozenset().union(*(c.enterprise_ids for c in found))
        out.append(Recipient(email, chosen.language, chosen.name if chosen.is_user else "", ids))
    return out


@dataclass(frozen=True)
class Planned:
    """One message of the day: its recipient and items; `skipped` when the recipient already had today's."""

    recipient: Recipient
    items: tuple[DueItem, ...]
    skipped: bool = False

    @property
    def enterprise_ids(self) -> tuple[int, ...]:
        return tuple(sorted({i.enterprise_id for i in self.items}))


def item_order(item: DueItem) -> tuple:
    return (item.enterprise_name, item.enterprise_id, not item.overdue, item.due_on, ITEM_KINDS.index(item.kind),
            item.ref, item.sequence)


def plan(items: Iterable[DueItem], recipients_: Iterable[Recipient], sent_keys: Mapping[str, set[str]],
         sent_today: Iterable[str]) -> list[Planned]:
    """The day's messages: for each recipient, the items of their enterprises not yet sent to them (`sent_keys`:
    recipient -> keys sent). A recipient with nothing new gets no message; one in `sent_today` is skipped."""
    items = sorted(items, key=item_order)
    today_done = {e.lower() for e in sent_today}
    out = []
    for r in recipients_:
        known = sent_keys.get(r.email, set())
        mine = tuple(i for i in items if i.enterprise_id in r.enterprise_ids and i.key not in known)
        if mine:
            out.append(Planned(r, mine, skipped=r.email in today_done))
    return out
