"""The reminder e-mails as the app shows them: the attempts logged by `python -m assessment remind` (table
reminders_sent, written by reminders.ReminderRoom.record_reminder), newest first, for the people who follow
up a client's certificates and corrective actions.

A read only, bounded by a day window and a row limit. `enterprises` keeps the attempts about those enterprises,
in the database (before the limit): a user's view (the guard passes the enterprises the user may see and trims
each attempt to them, guard.narrow)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Iterable, Optional

from sqlalchemy import case, exists, false, func, literal, literal_column, select
from sqlalchemy.orm import Session

from .errors import MAX_ID
from .tables import ReminderSentRow

HISTORY_DAYS = 90
HISTORY_LIMIT = 500
FAILURE_DAYS = 7  # failures this recent, to a recipient reached by nothing since, still stand


@dataclass(frozen=True)
class ReminderAttempt:
    """One logged attempt to send one recipient the day's reminder message."""

    id: int
    day: date
    attempted_at: datetime  # UTC, naive
    recipient: str
    status: str  # sent | failed
    enterprise_ids: tuple[int, ...]
    item_enterprises: tuple[int, ...]  # the enterprise each listed item was about (from its key), one per item
    error: str

    @property
    def items(self) -> int:
        return len(self.item_enterprises)

    @property
    def failed(self) -> bool:
        return self.status != "sent"


def unresolved_failures(attempts: Iterable[ReminderAttempt], today: date,
                        days: int = FAILURE_DAYS) -> list[ReminderAttempt]:
    """The failed attempts of the `days` days ending on `today` to recipients sent nothing since (`attempts`
    newest first, as reminder_history gives them: a later success comes before the failure; the job sends what
    failed with its next message, so a success settles the earlier failures to that recipient)."""
    since = today - timedelta(days=days - 1)
    reached: set[str] = set()
    out = []
    for a in attempts:
        if not a.failed:
            reached.add(a.recipient)
        elif a.day >= since and a.recipient not in reached:
            out.append(a)
    return out


def _ids(value) -> tuple[int, ...]:
    """A stored JSON list of enterprise ids (anything else: none)."""
    if isinstance(value, str):  # a JSON column read as text by a driver that does not parse it
        try:
            value = json.loads(value)
        except ValueError:
            return ()
    if not isinstance(value, list):
        return ()
    return tuple(sorted({v for v in value if isinstance(v, int) and not isinstance(v, bool)}))


def _item_enterprises(value) -> tuple[int, ...]:
    """The enterprise of each reminder key ("<kind>:<enterprise id>:..."); a key naming none counts as 0."""
    if not isinstance(value, list):
        return ()
    out = []
    for key in value:
        if not isinstance(key, str):
            continue
        part = key.split(":")[1:2]
        out.append(int(part[0]) if part and part[0].isdigit() and len(part[0]) <= 18 else 0)
    return tuple(out)


def about_enterprises(session: Session, enterprises: Iterable[int]):
    """A condition: the attempt's enterprise_ids (a JSON list) holds one of `enterprises`."""
    ids = sorted({e for e in enterprises if 1 <= e <= MAX_ID})
    if not ids:
        return false()
    column = ReminderSentRow.enterprise_ids
    if session.get_bind().dialect.name == "postgresql":
        array = case((func.json_typeof(column) == "array", column), else_=literal_column("'[]'::json"))
        elements = func.json_array_elements_text(array).table_valued("value")
        return exists(select(literal(1)).select_from(elements).where(elements.c.value.in_([str(i) for i in ids])))
    array = case((func.json_valid(column) == 1, column), else_=literal("[]"))
    elements = func.json_each(array).table_valued("value")
    return exists(select(literal(1)).select_from(elements).where(elements.c.value.in_(ids)))


class ReminderHistoryRoom:
    def reminder_history(self, up_to: date, *, days: int = HISTORY_DAYS, limit: int = HISTORY_LIMIT,
                         enterprises: Optional[Iterable[int]] = None) -> list[ReminderAttempt]:
        """The attempts of the `days` days ending on `up_to` (`up_to` included: days=1 is that day alone), newest
        first (by day, then by time of the attempt), at most `limit` of them; `enterprises` keeps those about one
        of these."""
        days, limit = max(1, min(days, 3660)), max(0, min(limit, 5000))
        first = date.fromordinal(max(1, up_to.toordinal() - days + 1))
        r = ReminderSentRow
        q = (select(r.id, r.day, r.attempted_at, r.recipient, r.status, r.enterprise_ids, r.items, r.error)
             .where(r.day >= first, r.day <= up_to)
             .order_by(r.day.desc(), r.attempted_at.desc(), r.id.desc()).limit(limit))
        with self.reading() as session:
            if enterprises is not None:
                q = q.where(about_enterprises(session, enterprises))
            rows = session.execute(q).all()
        return [ReminderAttempt(row.id, row.day, row.attempted_at, row.recipient or "", row.status or "",
                                _ids(row.enterprise_ids), _item_enterprises(row.items), row.error or "")
                for row in rows]
