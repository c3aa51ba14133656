"""Who may do what: the roles, what each may do, scoped to the enterprises a user is assigned, and the acting user.

Pure rules (standard library only). The guarded store (assessment/guard.py) asks `allowed` before every read and
write; the unit of work reads `current_actor()` to sign the audit trail.

- `admin`: users, settings and every enterprise.
- `consultant`: everything on the enterprises assigned (and the enterprises the consultant creates).
- `member`: on the enterprises assigned, answer, evidence, service records, corrective actions, the service
  system, new rounds and certificates; no deleting rounds or certificates, no enterprise changes.
- `viewer`: read and download reports of the enterprises assigned.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Iterator, Optional

ROLES = ("admin", "consultant", "member", "viewer")

# What a permission covers (the guard maps every store operation and use case to one of these).
PERMISSIONS = {
    "view": "read an enterprise's data and download its reports",
    "answer": "answer items, special findings and the assessment header; apply a fill-in workbook",
    "evidence": "add, confirm and remove evidence files",
    "records": "load, map and delete service records",
    "actions": "plan and move corrective actions",
    "profile": "edit the service system (profile) and issue the manual",
    "rounds": "start a round or a next round, import an exchange file or pack into the enterprise",
    "certificates": "record certificates and their audits",
    "delete_round": "delete an assessment round",
    "delete_certificate": "delete a certificate",
    "enterprises": "create, edit, archive and delete enterprises",
    "settings": "register catalogs and change settings",
    "users": "manage user accounts and their enterprises",
}

_MEMBER = frozenset({"view", "answer", "evidence", "records", "actions", "profile", "rounds", "certificates"})
GRANTS: dict[str, frozenset[str]] = {
    "admin": frozenset(PERMISSIONS),
    "consultant": frozenset(PERMISSIONS) - {"settings", "users"},
    "member": _MEMBER,
    "viewer": frozenset({"view"}),
}
GLOBAL = frozenset({"settings", "users"})  # permissions that name no enterprise


@dataclass(frozen=True)
class Actor:
    """The user a call acts for. `enterprises` are the assigned ones (an admin sees every enterprise)."""

    name: str
    role: str
    enterprises: frozenset[int] = field(default_factory=frozenset)
    user_id: Optional[int] = None
    email: str = ""
    kind: str = "user"  # "user", "cli" (the command line, as the operating-system user) or "system"

    @classmethod
    def cli(cls, os_user: str) -> "Actor":
        """Whoever holds the database runs the command line as an administrator."""
        return cls(name=os_user or "?", role="admin", kind="cli")

    @classmethod
    def system(cls, what: str = "system") -> "Actor":
        return cls(name=what, role="admin", kind="system")

    @property
    def label(self) -> str:
        """How the audit trail names this actor: the user's name (else e-mail), or `cli (os user)`."""
        if self.kind == "cli":
            return f"cli ({self.name})"
        return self.name or self.email or self.kind

    def sees(self, enterprise_id: Optional[int]) -> bool:
        return self.role == "admin" or (enterprise_id is not None and enterprise_id in self.enterprises)


def allowed(actor: Actor, permission: str, enterprise_id: Optional[int] = None) -> bool:
    """May `actor` use `permission` on `enterprise_id` (None for the global ones and for creating)?"""
    if permission not in PERMISSIONS:
        raise ValueError(f"unknown permission {permission!r}")
    if permission not in GRANTS.get(actor.role, frozenset()):
        return False
    if actor.role == "admin" or permission in GLOBAL or enterprise_id is None:
        return True
    return enterprise_id in actor.enterprises


class Forbidden(PermissionError):
    """The acting user may not do this; nothing was read or written."""

    def __init__(self, actor: Actor, permission: str, enterprise_id: Optional[int] = None):
        where = f" on enterprise {enterprise_id}" if enterprise_id is not None else ""
        super().__init__(f"{actor.label} ({actor.role}) may not {permission}{where}")
        self.actor, self.permission, self.enterprise_id = actor, permission, enterprise_id


def require(actor: Actor, permission: str, enterprise_id: Optional[int] = None) -> None:
    if not allowed(actor, permission, enterprise_id):
        raise Forbidden(actor, permission, enterprise_id)


_ACTOR: ContextVar[Optional[Actor]] = ContextVar("gbt27922_actor", default=None)


def current_actor() -> Optional[Actor]:
    """The actor of the call in progress (set by the guard), None for a direct store call."""
    return _ACTOR.get()


@contextmanager
def acting(actor: Actor) -> Iterator[Actor]:
    """Run the block as `actor` (nested calls keep the outer actor's identity for the audit trail)."""
    token = _ACTOR.set(actor)
    try:
        yield actor
    finally:
        _ACTOR.reset(token)


_OPERATION: ContextVar[tuple[str, dict]] = ContextVar("gbt27922_operation", default=("", {}))


def current_operation() -> tuple[str, dict]:
    """The guarded operation in progress and its scope (`enterprise_id`, `assessment_id`), for the audit trail."""
    return _OPERATION.get()


@contextmanager
def operating(name: str, scope: dict) -> Iterator[None]:
    token = _OPERATION.set((name, dict(scope)))
    try:
        yield
    finally:
        _OPERATION.reset(token)
