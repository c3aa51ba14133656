"""The audit trail: every write appends entries (who, when, what, the values before and after); nothing updates
or deletes one (the store has no such code path and database triggers refuse it, see migration 0009).

A write notes its entries on its session (`note`); the unit of work signs them with the acting user and inserts
them in the same transaction, so an entry exists exactly when its change was committed. A write that noted
nothing still leaves one entry naming the operation (`fallback_entry`).

Assessments are noted per unit of change (`assessment_changes`): the header, each item's answer, each special
finding and each corrective action. The per-item concurrency check reads these entries (`last_change`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, Optional

from sqlalchemy import false, select
from sqlalchemy.orm import Session

from ..access import Actor
from ..models import Assessment
from .errors import MAX_ID
from .tables import AuditRow, utcnow

TARGETS = ("enterprise", "assessment", "item", "finding", "evidence", "action", "certificate", "records",
           "profile", "manual", "user", "settings", "catalog", "reminder")
_PENDING = "audit_pending"
KEY_LENGTH = 200  # audit_trail.target_key


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime  # UTC
    actor: str
    actor_kind: str
    action: str
    target: str
    target_key: str
    enterprise_id: Optional[int]
    assessment_id: Optional[int]
    version: Optional[int]
    before: Any
    after: Any

    def as_json(self) -> dict:
        return {"id": self.id, "at": self.at.isoformat(timespec="seconds") + "Z", "actor": self.actor,
                "actor_kind": self.actor_kind, "action": self.action, "target": self.target,
                "target_key": self.target_key, "enterprise_id": self.enterprise_id,
                "assessment_id": self.assessment_id, "version": self.version, "before": self.before,
                "after": self.after}


def note(session: Session, action: str, target: str, key: Any = "", *, enterprise_id: Optional[int] = None,
         assessment_id: Optional[int] = None, version: Optional[int] = None, before: Any = None,
         after: Any = None) -> None:
    """Add an entry to the write in progress (inserted when the unit of work commits)."""
    if target not in TARGETS:
        raise ValueError(f"unknown audit target {target!r}")
    session.info.setdefault(_PENDING, []).append(dict(
        action=action, target=target, target_key=_key(key), enterprise_id=enterprise_id,
        assessment_id=assessment_id, version=version, before=before, after=after))


def _key(key: Any) -> str:
    """An entry's key as stored: at most KEY_LENGTH characters (the column's size; PostgreSQL enforces it), so an
    e-mail address or a long manual number is cut the same way on every database."""
    return str(key)[:KEY_LENGTH]


def has_notes(session: Session) -> bool:
    return bool(session.info.get(_PENDING))


def write_notes(session: Session, actor: Actor, at: Optional[datetime] = None) -> int:
    """Insert the noted entries signed by `actor`; the number inserted."""
    pending = session.info.pop(_PENDING, [])
    when = at or utcnow()
    for entry in pending:
        session.add(AuditRow(at=when, actor=actor.label[:300], actor_kind=actor.kind, user_id=actor.user_id,
                             **entry))
    if pending:
        session.flush()
    return len(pending)


def fallback_entry(session: Session, operation: str, scope: dict) -> None:
    """The entry of a write that noted nothing itself: the operation's name and the enterprise or assessment."""
    note(session, operation or "write", "assessment" if scope.get("assessment_id") else "enterprise",
         enterprise_id=scope.get("enterprise_id"), assessment_id=scope.get("assessment_id"))


def _value(model) -> Any:
    return None if model is None else model.model_dump(mode="json", exclude_defaults=True)


def assessment_changes(before: Assessment, after: Assessment) -> list[tuple[str, str, str, Any, Any]]:
    """(action, target, key, before, after) for each unit that differs: the header, each item's answer (key:
    item id), each special finding (key: its 1-based number, or `bonus`) and each corrective action (key: its
    1-based number in the plan)."""
    changes: list[tuple[str, str, str, Any, Any]] = []
    head_b = {"assessed_on": before.assessed_on.isoformat(), "assessor": before.assessor}
    head_a = {"assessed_on": after.assessed_on.isoformat(), "assessor": after.assessor}
    if head_b != head_a:
        changes.append(("assessment.header", "assessment", "header", head_b, head_a))
    old, new = before.response_map(), after.response_map()
    for item in sorted(set(old) | set(new)):
        b, a = _value(old.get(item)), _value(new.get(item))
        if b != a:
            changes.append(("item.clear" if a is None else "item.answer", "item", item, b, a))
    for target, prefix, b_list, a_list in (("finding", "finding", before.special_deductions, after.special_deductions),
                                           ("action", "action", before.actions, after.actions)):
        for pos in range(max(len(b_list), len(a_list))):
            b = _value(b_list[pos]) if pos < len(b_list) else None
            a = _value(a_list[pos]) if pos < len(a_list) else None
            if b != a:
                verb = "add" if b is None else "remove" if a is None else "change"
                changes.append((f"{prefix}.{verb}", target, str(pos + 1), b, a))
    b, a = _value(before.special_bonus), _value(after.special_bonus)
    if b != a:
        changes.append(("finding.bonus", "finding", "bonus", b, a))
    return changes


def last_change(session: Session, assessment_id: int, target: str, key: str, after_version: int) -> Optional[AuditRow]:
    """The newest entry of this unit of the assessment made after `after_version` (None: nobody changed it)."""
    return session.scalars(
        select(AuditRow).where(AuditRow.assessment_id == assessment_id, AuditRow.target == target,
                               AuditRow.target_key == key, AuditRow.version > after_version)
        .order_by(AuditRow.version.desc(), AuditRow.id.desc()).limit(1)
    ).first()


# The columns of an AuditEntry, in its order: the trail is read as plain rows, not ORM objects (5,000 entries of an
# assessment load in a third of the time; bench/bench_team.py).
_COLUMNS = (AuditRow.id, AuditRow.at, AuditRow.actor, AuditRow.actor_kind, AuditRow.action, AuditRow.target,
            AuditRow.target_key, AuditRow.enterprise_id, AuditRow.assessment_id, AuditRow.version, AuditRow.before,
            AuditRow.after)


class AuditRoom:
    def audit_trail(self, *, enterprise_id: Optional[int] = None, assessment_id: Optional[int] = None,
                    since: Optional[date | datetime] = None, target: Optional[str] = None,
                    key: Optional[str] = None, limit: Optional[int] = None,
                    enterprises: Optional[frozenset[int]] = None) -> list[AuditEntry]:
        """Entries oldest first, narrowed by enterprise, assessment, a start (a date means its first moment,
        UTC), a target and key; `enterprises` keeps only those enterprises' entries (a user's view); `limit`
        keeps the newest ones."""
        q = select(*_COLUMNS)
        for column, wanted in ((AuditRow.enterprise_id, enterprise_id), (AuditRow.assessment_id, assessment_id)):
            if wanted is not None:  # an id no row can have matches nothing (PostgreSQL would refuse to compare it)
                q = q.where(column == wanted if 1 <= wanted <= MAX_ID else false())
        if since is not None:
            start = since if isinstance(since, datetime) else datetime.combine(since, time.min)
            q = q.where(AuditRow.at >= start)
        if target is not None:
            q = q.where(AuditRow.target == target)
        if key is not None:
            q = q.where(AuditRow.target_key == _key(key))
        if enterprises is not None:
            q = q.where(AuditRow.enterprise_id.in_(sorted(e for e in enterprises if 1 <= e <= MAX_ID)))
        q = q.order_by(AuditRow.id.desc())
        if limit is not None:
            q = q.limit(limit)
        with self.reading() as session:
            rows = [AuditEntry(*r) for r in session.execute(q)]
        rows.reverse()
        return rows

    def item_history(self, assessment_id: int, item_id: str) -> list[AuditEntry]:
        """Who answered and changed one item of an assessment, oldest first."""
        return self.audit_trail(assessment_id=assessment_id, target="item", key=item_id)
