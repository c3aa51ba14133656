"""What the reminder job reads and writes: every enterprise's corrective actions and contacts, every user's
assignments and language, and the log of reminder messages (one row per attempt; see tables.ReminderSentRow).

Only the command line (`python -m assessment remind`, run by whoever holds the database) uses these: they are
kept away from signed-in users (guard.UNGUARDED)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Optional

from sqlalchemy import select

from criteria import CatalogError, CycleRules

from ..models import CorrectiveAction
from .audit_trail import note
from .errors import NotFound
from .tables import ReminderSentRow, UserEnterpriseRow, UserRow, utcnow

LOG_DAYS = 400  # the log read back: longer than the widest lead time plus the weekly overdue reminders


@dataclass(frozen=True)
class ActionSource:
    """An enterprise's latest assessment: its corrective actions and the cycle rules of its catalog."""

    enterprise_id: int
    assessment_id: int
    actions: tuple[CorrectiveAction, ...]
    rules: Optional[CycleRules]  # None when the assessment's catalog cannot be read


@dataclass(frozen=True)
class UserContact:
    email: str
    name: str
    language: str
    enterprises: tuple[int, ...]  # explicitly assigned (an admin's other enterprises are not)


@dataclass(frozen=True)
class ReminderLog:
    sent_keys: dict[str, set[str]]  # recipient -> keys of items sent
    sent_today: frozenset[str]  # recipients sent a message on the day


class ReminderRoom:
    def reminder_actions(self, enterprise_ids: Iterable[int]) -> list[ActionSource]:
        """The corrective actions of each enterprise's latest assessment (the plan a next round carries over)."""
        out = []
        for eid in enterprise_ids:
            found = self.latest_assessment(eid)
            if found is None or not found.assessment.actions:
                continue
            ref = found.assessment.catalog
            try:
                rules: Optional[CycleRules] = self.catalog(ref.id, ref.version).cycle
            except (NotFound, CatalogError):
                rules = None
            out.append(ActionSource(eid, found.id, found.assessment.actions, rules))
        return out

    def reminder_users(self) -> list[UserContact]:
        """Every enabled user with the enterprises explicitly assigned to them."""
        with self.reading() as session:
            rows = session.execute(select(UserRow.id, UserRow.email, UserRow.name, UserRow.language)
                                   .where(UserRow.disabled.is_(False)).order_by(UserRow.email)).all()
            grants: dict[int, list[int]] = {}
            for uid, eid in session.execute(select(UserEnterpriseRow.user_id, UserEnterpriseRow.enterprise_id)):
                grants.setdefault(uid, []).append(eid)
        return [UserContact(r.email, r.name or "", r.language or "zh", tuple(sorted(grants.get(r.id, ()))))
                for r in rows]

    def reminder_log(self, day: date) -> ReminderLog:
        """What was sent to whom (the last LOG_DAYS days up to `day`), and who was sent a message on `day`."""
        keys: dict[str, set[str]] = {}
        today: set[str] = set()
        with self.reading() as session:
            rows = session.execute(select(ReminderSentRow.day, ReminderSentRow.recipient, ReminderSentRow.items)
                                   .where(ReminderSentRow.status == "sent",
                                          ReminderSentRow.day >= day - timedelta(days=LOG_DAYS),
                                          ReminderSentRow.day <= day))
            for on, recipient, items in rows:
                keys.setdefault(recipient, set()).update(i for i in (items or ()) if isinstance(i, str))
                if on == day:
                    today.add(recipient)
        return ReminderLog(keys, frozenset(today))

    def record_reminder(self, day: date, recipient: str, status: str, items: Iterable[str],
                        enterprise_ids: Iterable[int], message_id: str = "", error: str = "") -> None:
        """Log one attempt (status sent or failed), audited once per enterprise the message was about."""
        if status not in ("sent", "failed"):
            raise ValueError(f"status {status!r} is not sent or failed")
        ids = sorted(set(enterprise_ids))
        keys = list(items)
        with self.unit_of_work() as session:
            session.add(ReminderSentRow(day=day, recipient=recipient.lower()[:320], status=status, items=keys,
                                        enterprise_ids=ids, message_id=message_id[:300], error=error[:2000],
                                        attempted_at=utcnow()))
            for eid in ids:
                note(session, f"reminder.{status}", "reminder", recipient.lower()[:200], enterprise_id=eid,
                     after={"day": day.isoformat(), "items": sum(k.split(":")[1:2] == [str(eid)] for k in keys), "message_id": message_id[:300],
                            **({"error": error[:300]} if error else {})})
