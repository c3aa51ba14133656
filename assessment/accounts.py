"""Signing in: local accounts with Argon2 password hashes (argon2-cffi), a lock after repeated failures, and
signed-in browsers that expire when idle. OpenID Connect users (Streamlit's st.login) open the same kind of
signed-in browser once their provider vouched for the e-mail address.

The rules take the store and the clock as parameters. A refusal never says whether the account exists: an
unknown address, a wrong password, a disabled or a locked account all raise the same SignInRefused, after
the same amount of hashing work. Passwords and tokens are never logged, stored or put in an error.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from .access import Actor

FAILED_LIMIT = 5
LOCK = timedelta(minutes=15)
IDLE_HOURS = 12  # the default of the `session_idle_hours` setting
TOUCH_EVERY = timedelta(minutes=1)  # a signed-in browser's last activity is written at most this often
MIN_PASSWORD = 8
MAX_PASSWORD = 1024

_HASHER = PasswordHasher()
_DUMMY = _HASHER.hash("not a password of anyone")


class SignInRefused(Exception):
    """Wrong address or password, or the account cannot sign in now (the message is the same for all)."""

    def __init__(self):
        super().__init__("the e-mail address or the password is not right, or the account cannot sign in now")


class BadPassword(ValueError):
    pass


def check_password(password: str) -> str:
    """A new password, checked: 8 to 1,024 characters, not only spaces."""
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise BadPassword(f"a password needs at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise BadPassword(f"a password is limited to {MAX_PASSWORD} characters")
    if not password.strip():
        raise BadPassword("a password cannot be only spaces")
    return password


def hash_password(password: str) -> str:
    return _HASHER.hash(check_password(password))


def _matches(stored_hash: Optional[str], password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash or _DUMMY, password[:MAX_PASSWORD]) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class SignedIn:
    """A signed-in browser: the token for its cookie (shown once, stored only as a hash) and who it is."""

    token: str
    actor: Actor


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _address_or_nothing(email) -> str:
    """What the audit trail may record of a refused address: an e-mail address, never other typed text (a
    password typed into the address field, say)."""
    from .store.users import normal_email

    try:
        return normal_email(email) if isinstance(email, str) else ""
    except ValueError:
        return ""


def sign_in(store, email: str, password: str, now: datetime) -> SignedIn:
    """Check a password sign-in and open a signed-in browser; SignInRefused otherwise (counted, audited)."""
    from .store import NotFound

    try:
        user = store.get_user(email)
    except (NotFound, ValueError):
        _matches(None, password or "")  # the same work as for a real account
        store.note_unknown_sign_in(_address_or_nothing(email))
        raise SignInRefused() from None
    ok = _matches(store.password_hash(user.email), password or "")
    locked = user.locked_until is not None and user.locked_until > now
    if locked or user.disabled:
        store.refuse_sign_in(user.email)
        raise SignInRefused()
    store.record_sign_in(user.email, ok=ok, failed_limit=FAILED_LIMIT, lock_until=now + LOCK, now=now)
    if not ok:
        raise SignInRefused()
    return _open(store, user, "password", now)


def sign_in_verified(store, email: str, now: datetime) -> SignedIn:
    """Open a signed-in browser for an address an OpenID Connect provider vouched for: the account must exist
    and be enabled (an administrator creates it; the provider proves who it is)."""
    from .store import NotFound

    try:
        user = store.get_user(email)
    except (NotFound, ValueError):
        store.note_unknown_sign_in(_address_or_nothing(email))
        raise SignInRefused() from None
    if user.disabled:
        raise SignInRefused()
    store.record_sign_in(user.email, ok=True, failed_limit=FAILED_LIMIT, lock_until=now, now=now)
    return _open(store, user, "oidc", now)


def _open(store, user, method: str, now: datetime) -> SignedIn:
    token = secrets.token_urlsafe(32)
    store.open_sign_in(user.id, token_hash(token), method, now)
    return SignedIn(token=token, actor=store.get_user(user.email).actor())


def resume(store, token: Optional[str], now: datetime, idle_hours: float = IDLE_HOURS) -> Optional[Actor]:
    """The actor of a browser's token, if it is still signed in: not signed out, not idle for `idle_hours`,
    the account enabled. Its last activity moves on (written at most once a minute)."""
    if not token or not isinstance(token, str) or len(token) > 200:
        return None
    digest = token_hash(token)
    found = store.sign_in_session(digest)
    if found is None or found.ended_at is not None:
        return None
    if now - found.last_seen_at > timedelta(hours=idle_hours):
        store.end_sign_in(digest, now)
        return None
    user = store.user_by_id(found.user_id)
    if user is None or user.disabled:
        return None
    if now - found.last_seen_at >= TOUCH_EVERY:
        from .store import StorageUnavailable

        try:
            store.touch_sign_in(digest, now)
        except StorageUnavailable:  # a read-only database: the browser stays signed in, its activity unrecorded
            pass
    return user.actor()


def sign_out(store, token: Optional[str], now: datetime) -> None:
    if token and isinstance(token, str) and len(token) <= 200:
        store.end_sign_in(token_hash(token), now)
