"""User accounts, the enterprises assigned to each, and signed-in browsers.

The store keeps what the sign-in rules (assessment/accounts.py) decide: it never sees a password, only its hash,
and it never stores a session token, only its SHA-256. Every change to an account is audited (target `user`),
without the hash.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable, Optional

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from criteria import LANGUAGES

from ..access import ROLES, Actor
from .audit_trail import note
from .enterprises import enterprise_row
from .errors import NotFound, StoreError
from .tables import SignInSessionRow, UserEnterpriseRow, UserRow, code_point_order, utcnow


class DuplicateUser(StoreError, ValueError):
    def __init__(self, email: str):
        super().__init__(f"a user {email!r} already exists; nothing was saved")
        self.email = email


@dataclass(frozen=True)
class UserRecord:
    id: int
    email: str
    name: str
    role: str
    enterprises: tuple[int, ...]
    disabled: bool
    has_password: bool
    failed_sign_ins: int
    locked_until: Optional[datetime]
    created_at: datetime
    last_sign_in_at: Optional[datetime]
    language: str = "zh"  # of the user's reminder e-mails

    def actor(self) -> Actor:
        return Actor(name=self.name or self.email, role=self.role, enterprises=frozenset(self.enterprises),
                     user_id=self.id, email=self.email)

    def as_json(self) -> dict:
        def stamp(value):
            return value.isoformat(timespec="seconds") + "Z" if value else None
        return {"id": self.id, "email": self.email, "name": self.name, "role": self.role,
                "enterprises": list(self.enterprises), "disabled": self.disabled,
                "has_password": self.has_password, "locked_until": stamp(self.locked_until),
                "created_at": stamp(self.created_at), "last_sign_in_at": stamp(self.last_sign_in_at),
                "language": self.language}


def normal_email(email: str) -> str:
    value = (email or "").strip().lower()
    if not value or len(value) > 320 or "@" not in value[1:-1] or any(c.isspace() or ord(c) < 32 for c in value):
        raise ValueError(f"{email!r} is not an e-mail address")
    return value


def _record(row: UserRow) -> UserRecord:
    return UserRecord(id=row.id, email=row.email, name=row.name, role=row.role,
                      enterprises=tuple(sorted(g.enterprise_id for g in row.grants)), disabled=row.disabled,
                      has_password=row.password_hash is not None, failed_sign_ins=row.failed_sign_ins,
                      locked_until=row.locked_until, created_at=row.created_at, last_sign_in_at=row.last_sign_in_at,
                      language=row.language or "zh")


def _public(row: UserRow) -> dict:
    """What the audit trail records of an account (never the password hash)."""
    return {"email": row.email, "name": row.name, "role": row.role, "disabled": row.disabled,
            "enterprises": sorted(g.enterprise_id for g in row.grants)}


def _user_row(session: Session, email: str) -> UserRow:
    row = session.scalars(select(UserRow).options(selectinload(UserRow.grants))
                          .where(UserRow.email == normal_email(email))).first()
    if row is None:
        raise NotFound("user", email)
    return row


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ValueError(f"role {role!r} is not one of {', '.join(ROLES)}")
    return role


class UserRoom:
    def add_user(self, email: str, role: str, *, name: str = "", password_hash: Optional[str] = None,
                 enterprises: Iterable[int] = (), language: str = "zh") -> UserRecord:
        email, role = normal_email(email), _check_role(role)
        if language not in LANGUAGES:
            raise ValueError(f"language {language!r} is not one of {', '.join(LANGUAGES)}")
        name = (name or "").strip()
        if len(name) > 200:
            raise ValueError("a user's name is limited to 200 characters")
        with self.unit_of_work() as session:
            if session.scalars(select(UserRow.id).where(UserRow.email == email)).first() is not None:
                raise DuplicateUser(email)
            row = UserRow(email=email, name=name, role=role, password_hash=password_hash, language=language)
            for eid in sorted(set(enterprises)):
                enterprise_row(session, eid)
                row.grants.append(UserEnterpriseRow(enterprise_id=eid))
            session.add(row)
            session.flush()
            note(session, "user.add", "user", email, after=_public(row))
            return _record(row)

    def get_user(self, email: str) -> UserRecord:
        with self.reading() as session:
            return _record(_user_row(session, email))

    def user_by_id(self, user_id: int) -> Optional[UserRecord]:
        with self.reading() as session:
            row = session.get(UserRow, user_id, options=[selectinload(UserRow.grants)])
            return _record(row) if row else None

    def list_users(self) -> list[UserRecord]:
        with self.reading() as session:
            rows = session.scalars(select(UserRow).options(selectinload(UserRow.grants))
                                   .order_by(code_point_order(UserRow.email)))
            return [_record(r) for r in rows]

    def password_hash(self, email: str) -> Optional[str]:
        """The stored hash (for the sign-in rules only; never shown)."""
        with self.reading() as session:
            return _user_row(session, email).password_hash

    def _change_user(self, email: str, action: str, change, *, audit_after: bool = True) -> UserRecord:
        with self.unit_of_work() as session:
            row = _user_row(session, email)
            before = _public(row)
            change(session, row)
            session.flush()
            note(session, action, "user", row.email, before=before, after=_public(row) if audit_after else None)
            return _record(row)

    def grant(self, email: str, enterprise_id: int) -> UserRecord:
        def change(session, row):
            enterprise_row(session, enterprise_id)
            if enterprise_id not in {g.enterprise_id for g in row.grants}:
                row.grants.append(UserEnterpriseRow(enterprise_id=enterprise_id))
        return self._change_user(email, "user.grant", change)

    def revoke(self, email: str, enterprise_id: int) -> UserRecord:
        def change(session, row):
            row.grants[:] = [g for g in row.grants if g.enterprise_id != enterprise_id]
        return self._change_user(email, "user.revoke", change)

    def set_role(self, email: str, role: str) -> UserRecord:
        _check_role(role)
        return self._change_user(email, "user.role", lambda s, row: setattr(row, "role", role))

    def set_user_name(self, email: str, name: str) -> UserRecord:
        return self._change_user(email, "user.name", lambda s, row: setattr(row, "name", (name or "").strip()[:200]))

    def set_user_language(self, email: str, language: str) -> UserRecord:
        """The language of the user's reminder e-mails (zh, en or es)."""
        if language not in LANGUAGES:
            raise ValueError(f"language {language!r} is not one of {', '.join(LANGUAGES)}")
        with self.unit_of_work() as session:
            row = _user_row(session, email)
            note(session, "user.language", "user", row.email, before={"language": row.language},
                 after={"language": language})
            row.language = language
            session.flush()
            return _record(row)

    def set_disabled(self, email: str, disabled: bool = True) -> UserRecord:
        def change(session, row):
            row.disabled = disabled
            if disabled:  # a disabled account's browsers are signed out at once
                _end_sessions(session, row.id)
        return self._change_user(email, "user.disable" if disabled else "user.enable", change)

    def set_password_hash(self, email: str, password_hash: str) -> UserRecord:
        def change(session, row):
            row.password_hash = password_hash
            row.failed_sign_ins, row.locked_until = 0, None
            _end_sessions(session, row.id)  # a new password signs every browser out
        return self._change_user(email, "user.password", change)

    def record_sign_in(self, email: str, *, ok: bool, failed_limit: int, lock_until: datetime,
                       now: datetime) -> UserRecord:
        """Count a sign-in: a success clears the count; the `failed_limit`-th failure in a row locks the account
        until `lock_until`."""
        def change(session, row):
            if ok:
                row.failed_sign_ins, row.locked_until, row.last_sign_in_at = 0, None, now
                return
            row.failed_sign_ins += 1
            if row.failed_sign_ins >= failed_limit:
                row.failed_sign_ins, row.locked_until = 0, lock_until
                note(session, "user.locked", "user", row.email, after={"locked_until": lock_until.isoformat()})
        return self._change_user(email, "user.sign_in" if ok else "user.sign_in_failed", change, audit_after=False)

    def refuse_sign_in(self, email: str) -> None:
        """A sign-in refused because the account is locked or disabled: audited, not counted (a lock is not made
        longer, and no failures pile up for after it ends)."""
        with self.unit_of_work(bookkeeping=True) as session:
            note(session, "user.sign_in_refused", "user", _user_row(session, email).email)

    def note_unknown_sign_in(self, email: str) -> None:
        """A failed sign-in for an address that has no account (audited, nothing else changes)."""
        with self.unit_of_work(bookkeeping=True) as session:
            note(session, "user.sign_in_failed", "user", (email or "").strip().lower()[:200])

    # -- signed-in browsers ----------------------------------------------------------------------------------

    def open_sign_in(self, user_id: int, token_hash: str, method: str, now: datetime) -> None:
        with self.unit_of_work(bookkeeping=True) as session:
            session.add(SignInSessionRow(token_hash=token_hash, user_id=user_id, method=method, created_at=now,
                                         last_seen_at=now))

    def sign_in_session(self, token_hash: str) -> Optional[SignInSessionRow]:
        with self.reading() as session:
            return session.get(SignInSessionRow, token_hash)

    def touch_sign_in(self, token_hash: str, now: datetime) -> None:
        with self.unit_of_work(bookkeeping=True) as session:
            session.execute(update(SignInSessionRow).where(SignInSessionRow.token_hash == token_hash)
                            .values(last_seen_at=now))

    def end_sign_in(self, token_hash: str, now: datetime) -> None:
        with self.unit_of_work(bookkeeping=True) as session:
            row = session.get(SignInSessionRow, token_hash)
            if row is not None and row.ended_at is None:
                row.ended_at = now
                user = session.get(UserRow, row.user_id)
                note(session, "user.sign_out", "user", user.email if user else row.user_id)


def _end_sessions(session: Session, user_id: int) -> None:
    session.execute(update(SignInSessionRow).where(SignInSessionRow.user_id == user_id,
                                                   SignInSessionRow.ended_at.is_(None)).values(ended_at=utcnow()))
