"""The demo accounts: one per role with a random password printed once, assigned to the demo enterprises, and
left alone (not reset, not doubled) when the seed runs again."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from assessment import accounts, demo
from assessment.access import ROLES
from assessment.demo_users import CHANGE_PASSWORD, DEMO_USERS, report, seed_demo_users
from assessment.store import Store

NOW = datetime(2026, 3, 1, 9, 0)


@pytest.fixture
def store(database_url):
    s = Store(database_url)
    yield s
    s.close()


def _passwords():
    n = iter(range(100))
    return lambda: f"demo-password-{next(n)}"


def _ids(store, *enterprises):
    return tuple(sorted(store.find_enterprise(e).id for e in enterprises))


def test_one_account_per_role_each_with_its_own_password(store):
    demo.seed_demo(store, date(2026, 3, 1))
    seeded = seed_demo_users(store, demo.MIDWAY, demo.CERTIFIED, _passwords())
    assert sorted(s.user.role for s in seeded) == sorted(ROLES)
    assert len({s.password for s in seeded}) == 4
    for s in seeded:
        user = store.get_user(s.user.email)
        assert user.role == s.user.role and user.name == s.user.name
        assert accounts.sign_in(store, s.user.email, s.password, NOW).actor.role == s.user.role
        assert store.password_hash(s.user.email) != s.password
    both = _ids(store, demo.MIDWAY, demo.CERTIFIED)
    by_role = {s.user.role: store.get_user(s.user.email) for s in seeded}
    assert by_role["consultant"].enterprises == by_role["member"].enterprises == both
    assert by_role["viewer"].enterprises == _ids(store, demo.CERTIFIED)
    assert all("\u4e00" <= u.name[0] <= "\u9fff" for u in DEMO_USERS)  # Chinese names
    trail = json.dumps([e.as_json() for e in store.audit_trail()], ensure_ascii=False)
    assert not any(s.password in trail for s in seeded)


def test_seeding_again_keeps_the_passwords_and_adds_nobody(store):
    demo.seed_demo(store, date(2026, 3, 1))
    first = seed_demo_users(store, demo.MIDWAY, demo.CERTIFIED, _passwords())
    again = seed_demo_users(store, demo.MIDWAY, demo.CERTIFIED, lambda: "never-used-password")
    assert [s.password for s in again] == [None] * 4
    assert len(store.list_users()) == 4
    for s in first:
        assert accounts.sign_in(store, s.user.email, s.password, NOW)
    lines = report(again)
    assert all("already exists" in line for line in lines) and len(lines) == 4


def test_a_database_with_accounts_of_its_own_gets_no_demo_accounts(store):
    store.add_user("quality@example.com", "admin", password_hash=accounts.hash_password("a-real-password"))
    assert seed_demo_users(store, demo.MIDWAY, demo.CERTIFIED, _passwords()) == []
    assert [u.email for u in store.list_users()] == ["quality@example.com"]
    assert report([]) == ["the database has accounts of its own: no demo accounts added"]


def test_the_seed_step_prints_each_password_once_and_how_to_change_it(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'seeded.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    assert demo.main() == 0
    first = capsys.readouterr().out
    assert demo.main() == 0
    second = capsys.readouterr().out
    s = Store(url)
    try:
        for user in DEMO_USERS:
            line = next(ln for ln in first.splitlines() if user.email in ln)
            password = line.rsplit("password: ", 1)[1]
            assert len(password) >= accounts.MIN_PASSWORD
            assert accounts.sign_in(s, user.email, password, NOW)
            assert password not in second
            assert f"{user.email} already exists" in second
        assert CHANGE_PASSWORD in first
        assert first.count("password: ") == 4
    finally:
        s.close()
