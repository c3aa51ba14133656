"""Demo accounts, one per role, for a first start: each gets a random password that is printed once (only its
hash is stored), and seeding again leaves existing accounts and their passwords alone.

A database that already holds accounts of its own gets no demo accounts: a team's database is not handed a
demo administrator by a `make run`.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Callable, Iterable, Optional

from .access import Actor, acting
from .accounts import hash_password
from .models import Enterprise
from .store import NotFound

CHANGE_PASSWORD = "python -m assessment user passwd EMAIL --password-stdin"


@dataclass(frozen=True)
class DemoUser:
    email: str
    role: str
    name: str
    enterprises: str  # "all" demo enterprises, the "certified" one only, or "none"


DEMO_USERS = (
    DemoUser("demo-admin@example.com", "admin", "赵敏", "none"),  # an administrator sees every enterprise
    DemoUser("demo-consultant@example.com", "consultant", "孙浩", "all"),
    DemoUser("demo-member@example.com", "member", "王丽", "all"),
    DemoUser("demo-viewer@example.com", "viewer", "陈静", "certified"),
)


@dataclass(frozen=True)
class Seeded:
    user: DemoUser
    password: Optional[str]  # None: the account already existed (its password is unchanged)


def new_password() -> str:
    return secrets.token_urlsafe(9)


def _enterprise_ids(store, enterprises: Iterable[Enterprise]) -> list[int]:
    found = (store.find_enterprise(e) for e in enterprises)
    return [f.id for f in found if f is not None]


def seed_demo_users(store, midway: Enterprise, certified: Enterprise,
                    password: Callable[[], str] = new_password) -> list[Seeded]:
    """Add the demo accounts that are missing (assigned to the demo enterprises `midway` and `certified`, where
    they exist). Nothing is added when the database has accounts other than the demo ones."""
    demo = {u.email for u in DEMO_USERS}
    if any(u.email not in demo for u in store.list_users()):
        return []
    scopes = {"none": [], "all": _enterprise_ids(store, (midway, certified)),
              "certified": _enterprise_ids(store, (certified,))}
    out = []
    with acting(Actor.system("demo")):
        for user in DEMO_USERS:
            try:
                store.get_user(user.email)
            except NotFound:
                chosen = password()
                store.add_user(user.email, user.role, name=user.name, password_hash=hash_password(chosen),
                               enterprises=scopes[user.enterprises])
                out.append(Seeded(user, chosen))
            else:
                out.append(Seeded(user, None))
    return out


def report(seeded: list[Seeded]) -> list[str]:
    """What the seed step prints: each new account's password, once, and how to change it."""
    if not seeded:
        return ["the database has accounts of its own: no demo accounts added"]
    lines = []
    for s in seeded:
        if s.password is None:
            lines.append(f"demo {s.user.role} {s.user.email} already exists (its password is unchanged)")
        else:
            lines.append(f"demo {s.user.role} {s.user.email} ({s.user.name}) password: {s.password}")
    if any(s.password for s in seeded):
        lines.append("These passwords are shown only now. Change them before anyone else can reach the app:")
        lines.append(f"  {CHANGE_PASSWORD}")
    return lines
