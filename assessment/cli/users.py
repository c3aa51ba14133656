"""`user add | list | grant | revoke | disable | passwd`: the accounts that may sign in to the app.

    python -m assessment user add EMAIL --role ROLE [--enterprise ID ...] [--name NAME] --password-stdin
    python -m assessment user list [--json]
    python -m assessment user grant EMAIL --enterprise ID
    python -m assessment user revoke EMAIL --enterprise ID
    python -m assessment user disable EMAIL
    python -m assessment user passwd EMAIL --password-stdin
    python -m assessment user language EMAIL zh|en|es

Whoever holds the database runs the command line as an administrator (signed `cli (OS user)` in the audit trail).
A password is read from standard input (its first line, without the line break; typed without echo at a
terminal), hashed with Argon2 (accounts.hash_password) and never printed, logged or audited.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Iterator

from .common import EXIT_OK, CliError, open_store, out, print_json, table


def read_password(stream=None) -> str:
    """The password on standard input: its first line without the line break; CliError when there is none or
    it is too short or too long (the message never holds the password)."""
    from ..accounts import BadPassword, check_password

    stream = sys.stdin if stream is None else stream
    if stream is None:
        raise CliError("--password-stdin: no standard input to read the password from")
    try:
        if stream.isatty():
            import getpass

            line = getpass.getpass("password: ", stream=sys.stderr)
        else:
            line = stream.readline()
    except (OSError, UnicodeDecodeError, EOFError):
        raise CliError("--password-stdin: standard input cannot be read as text") from None
    password = line[:-1] if line.endswith("\n") else line
    password = password[:-1] if password.endswith("\r") else password
    if not password:
        raise CliError("--password-stdin: standard input holds no password (give it on the first line)")
    try:
        return check_password(password)
    except BadPassword as exc:
        raise CliError(f"--password-stdin: {exc}") from None


def _hash(password: str) -> str:
    from ..accounts import hash_password

    return hash_password(password)


@contextmanager
def _accounts(args) -> Iterator:
    """The store, with an account's errors as CliError naming the address or the enterprise."""
    from ..store import NotFound
    from ..store.users import DuplicateUser

    with open_store(args) as store:
        try:
            yield store
        except DuplicateUser as exc:
            raise CliError(f"user {exc.email}: already exists; nothing was saved") from None
        except NotFound as exc:
            if exc.what == "user":
                raise CliError(f"no user {exc.key} (see `user list`)") from None
            if exc.what == "enterprise":
                raise CliError(f"--enterprise {exc.key}: no stored enterprise with that id; nothing was saved") from None
            raise CliError(str(exc)) from None
        except ValueError as exc:  # a malformed address, an unknown role, a name too long
            raise CliError(str(exc)) from None


def _check_enterprises(store, ids) -> None:
    for eid in ids:
        store.get_enterprise(eid)  # NotFound names the id


def cmd_user_add(args) -> int:
    password = read_password()
    with _accounts(args) as store:
        user = store.add_user(args.email, args.role, name=args.name or "", password_hash=_hash(password),
                              enterprises=args.enterprise or (), language=getattr(args, "language", "zh"))
    out(f"user {user.email} added as {user.role} ({_enterprises(user)})")
    return EXIT_OK


def cmd_user_list(args) -> int:
    with _accounts(args) as store:
        users = store.list_users()
    if args.json:
        print_json([u.as_json() for u in users])
        return EXIT_OK
    if not users:
        out("no user accounts yet (add one with `user add EMAIL --role ROLE --password-stdin`)")
        return EXIT_OK
    now = datetime.now(timezone.utc).replace(tzinfo=None)  # the edge of the system: stored times are UTC
    rows = []
    for u in users:
        locked = u.locked_until is not None and u.locked_until > now
        state = "disabled" if u.disabled else f"locked until {u.locked_until:%H:%M} UTC" if locked else "active"
        rows.append([str(u.id), u.email, u.name or "-", u.role, _enterprises(u), state,
                     u.last_sign_in_at.strftime("%Y-%m-%d %H:%M") + " UTC" if u.last_sign_in_at else "-"])
    table(["id", "email", "name", "role", "enterprises", "state", "last sign-in"], rows, right=(0,))
    return EXIT_OK


def cmd_user_grant(args) -> int:
    with _accounts(args) as store:
        user = store.get_user(args.email)
        _check_enterprises(store, [args.enterprise])
        if args.enterprise in user.enterprises:
            out(f"user {user.email} already has enterprise {args.enterprise}; nothing changed")
            return EXIT_OK
        user = store.grant(user.email, args.enterprise)
    out(f"user {user.email} ({user.role}) now has {_enterprises(user)}")
    return EXIT_OK


def cmd_user_revoke(args) -> int:
    with _accounts(args) as store:
        user = store.get_user(args.email)
        if args.enterprise not in user.enterprises:
            _check_enterprises(store, [args.enterprise])
            out(f"user {user.email} does not have enterprise {args.enterprise}; nothing changed")
            return EXIT_OK
        user = store.revoke(user.email, args.enterprise)
    out(f"user {user.email} ({user.role}) now has {_enterprises(user)}")
    return EXIT_OK


def cmd_user_disable(args) -> int:
    with _accounts(args) as store:
        user = store.get_user(args.email)
        if user.disabled:
            out(f"user {user.email} is already disabled; nothing changed")
            return EXIT_OK
        user = store.set_disabled(user.email)
    out(f"user {user.email} disabled: it cannot sign in, and its browsers are signed out")
    return EXIT_OK


def cmd_user_passwd(args) -> int:
    password = read_password()
    with _accounts(args) as store:
        user = store.get_user(args.email)  # an unknown address is named before the hashing work
        user = store.set_password_hash(user.email, _hash(password))
    out(f"user {user.email}: password changed; its browsers are signed out")
    return EXIT_OK


def cmd_user_language(args) -> int:
    with _accounts(args) as store:
        user = store.set_user_language(store.get_user(args.email).email, args.language)
    out(f"user {user.email}: reminder e-mails in {user.language}")
    return EXIT_OK


def _enterprises(user) -> str:
    if user.role == "admin":
        return "all enterprises"
    return "enterprises " + ", ".join(map(str, user.enterprises)) if user.enterprises else "no enterprise"
