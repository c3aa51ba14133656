"""`user add | list | grant | revoke | disable | passwd` from the command line, in real processes on a real database."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from assessment import accounts
from assessment.accounts import SignInRefused
from assessment.store import Store

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
PASSWORD = "Zq7-horse-battery-staple"
NEW_PASSWORD = "another-long-secret-9"
KEYS = {"id", "email", "name", "role", "enterprises", "disabled", "has_password", "locked_until", "created_at",
        "last_sign_in_at", "language"}
NOW = datetime(2026, 12, 2, 9, 0)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A database holding two enterprises (1 and 2), built once and copied for each test."""
    from assessment import usecases
    from assessment.exchange import read_assessment

    path = tmp_path_factory.mktemp("seed") / "users.db"
    s = Store(f"sqlite:///{path}")
    for example in ("02-compliant.json", "03-three-star.json"):
        usecases.import_assessment(s, read_assessment(EXAMPLES / example))
    s.close()
    return path


@pytest.fixture
def db(tmp_path, seeded) -> str:
    shutil.copyfile(seeded, tmp_path / "users.db")
    return f"sqlite:///{tmp_path / 'users.db'}"


@pytest.fixture
def cli(db):
    env = {**os.environ, "DATABASE_URL": db, "PYTHONIOENCODING": "utf-8", "LOGNAME": "qa-admin"}
    env.pop("GBT27922_DATA_DIR", None)
    seen: list[str] = []

    def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        proc = subprocess.run([sys.executable, "-m", "assessment", *argv], cwd=ROOT, env=env, capture_output=True,
                              text=True, encoding="utf-8", input=stdin, timeout=120)
        seen.extend((proc.stdout, proc.stderr))
        return proc.returncode, proc.stdout, proc.stderr

    run.seen = seen
    return run


@pytest.fixture
def store(db):
    s = Store(db)
    yield s
    s.close()


def add(cli, email="wang.li@example.com", role="consultant", *extra, password=PASSWORD):
    return cli("user", "add", email, "--role", role, *extra, "--password-stdin", stdin=password + "\n")


def listed(cli) -> list[dict]:
    code, out, err = cli("user", "list", "--json")
    assert code == 0, err
    return json.loads(out)


def test_an_added_user_is_listed_with_exactly_the_documented_keys(cli):
    code, out, err = add(cli, "Wang.Li@Example.com", "consultant", "--enterprise", "1", "--enterprise", "2",
                         "--name", "王丽")
    assert code == 0, err
    assert "wang.li@example.com" in out and "consultant" in out
    [user] = listed(cli)
    assert set(user) == KEYS
    assert {k: user[k] for k in ("email", "name", "role", "enterprises", "disabled", "has_password",
                                 "locked_until", "last_sign_in_at")} == {
        "email": "wang.li@example.com", "name": "王丽", "role": "consultant", "enterprises": [1, 2],
        "disabled": False, "has_password": True, "locked_until": None, "last_sign_in_at": None}
    assert user["created_at"].endswith("Z")
    code, out, _ = cli("user", "list")
    assert code == 0 and "wang.li@example.com" in out and "王丽" in out and "enterprises 1, 2" in out


def test_grant_and_revoke_change_the_enterprises_a_user_has(cli):
    add(cli, "zhao@example.com", "member", "--enterprise", "1")
    code, out, err = cli("user", "grant", "zhao@example.com", "--enterprise", "2")
    assert code == 0, err
    assert listed(cli)[0]["enterprises"] == [1, 2]
    code, out, err = cli("user", "revoke", "zhao@example.com", "--enterprise", "1")
    assert code == 0, err
    assert listed(cli)[0]["enterprises"] == [2]
    code, out, _ = cli("user", "revoke", "zhao@example.com", "--enterprise", "1")
    assert code == 0 and "nothing changed" in out
    code, out, _ = cli("user", "grant", "zhao@example.com", "--enterprise", "2")
    assert code == 0 and "nothing changed" in out


def test_the_account_changes_are_audited_as_the_command_line_without_the_password(cli):
    add(cli, "zhao@example.com", "member", "--enterprise", "1")
    cli("user", "grant", "zhao@example.com", "--enterprise", "2")
    cli("user", "passwd", "zhao@example.com", "--password-stdin", stdin=NEW_PASSWORD + "\n")
    code, out, err = cli("audit", "--json")
    assert code == 0, err
    users = [e for e in json.loads(out) if e["target"] == "user"]
    assert [e["action"] for e in users] == ["user.add", "user.grant", "user.password"]
    assert {e["actor"] for e in users} == {"cli (qa-admin)"} and {e["actor_kind"] for e in users} == {"cli"}
    assert users[1]["before"]["enterprises"] == [1] and users[1]["after"]["enterprises"] == [1, 2]
    assert PASSWORD not in out and NEW_PASSWORD not in out and "argon2" not in out


def test_a_locked_account_is_listed_as_locked_until_a_password_is_set(cli, store):
    add(cli, "zhao@example.com", "member", "--enterprise", "1")
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    for _ in range(accounts.FAILED_LIMIT):
        with pytest.raises(SignInRefused):
            accounts.sign_in(store, "zhao@example.com", "wrong password!", now)
    code, out, _ = cli("user", "list")
    assert code == 0 and "locked until" in out
    assert listed(cli)[0]["locked_until"] is not None
    cli("user", "passwd", "zhao@example.com", "--password-stdin", stdin=NEW_PASSWORD + "\n")
    assert listed(cli)[0]["locked_until"] is None
    code, out, _ = cli("user", "list")
    assert "active" in out and "locked" not in out


def test_a_disabled_user_cannot_sign_in(cli, store):
    add(cli, "zhao@example.com", "member", "--enterprise", "1")
    assert accounts.sign_in(store, "zhao@example.com", PASSWORD, NOW).actor.role == "member"
    code, out, err = cli("user", "disable", "zhao@example.com")
    assert code == 0, err
    assert listed(cli)[0]["disabled"] is True
    with pytest.raises(SignInRefused):
        accounts.sign_in(store, "zhao@example.com", PASSWORD, NOW)
    code, out, _ = cli("user", "disable", "zhao@example.com")
    assert code == 0 and "already disabled" in out


def test_a_new_password_signs_out_every_browser_and_replaces_the_old_one(cli, store):
    add(cli, "zhao@example.com", "member", "--enterprise", "1")
    browser = accounts.sign_in(store, "zhao@example.com", PASSWORD, NOW)
    assert accounts.resume(store, browser.token, NOW) is not None
    code, out, err = cli("user", "passwd", "zhao@example.com", "--password-stdin", stdin=NEW_PASSWORD + "\r\n")
    assert code == 0, err
    assert accounts.resume(store, browser.token, NOW) is None
    with pytest.raises(SignInRefused):
        accounts.sign_in(store, "zhao@example.com", PASSWORD, NOW)
    assert accounts.sign_in(store, "zhao@example.com", NEW_PASSWORD, NOW).actor.email == "zhao@example.com"


def test_only_the_first_line_of_standard_input_is_the_password(cli, store):
    code, _, err = add(cli, "zhao@example.com", "viewer", password=PASSWORD + "\nsecond line")
    assert code == 0, err
    assert accounts.sign_in(store, "zhao@example.com", PASSWORD, NOW)


def test_the_password_appears_nowhere_but_as_an_argon2_hash(cli, store, tmp_path):
    add(cli, "zhao@example.com", "member", "--enterprise", "1")
    add(cli, "short@example.com", "member", password="short")  # refused: its message must not echo it either
    cli("user", "passwd", "zhao@example.com", "--password-stdin", stdin=NEW_PASSWORD + "\n")
    cli("user", "list")
    cli("user", "list", "--json")
    cli("audit")
    cli("audit", "--json")
    for text in cli.seen:
        assert PASSWORD not in text and NEW_PASSWORD not in text and "short\n" not in text
    assert store.password_hash("zhao@example.com").startswith("$argon2")
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("users.db*"))
    assert PASSWORD.encode() not in raw and NEW_PASSWORD.encode() not in raw


@pytest.mark.parametrize("argv, stdin, message", [
    (["user", "add", "zhao@example.com", "--role", "boss", "--password-stdin"], PASSWORD, "invalid choice: 'boss'"),
    (["user", "add", "not-an-address", "--role", "member", "--password-stdin"], PASSWORD,
     "'not-an-address' is not an e-mail address"),
    (["user", "add", "zhao@example.com", "--role", "member", "--password-stdin"], "short",
     "a password needs at least 8 characters"),
    (["user", "add", "zhao@example.com", "--role", "member", "--password-stdin"], "", "holds no password"),
    (["user", "add", "zhao@example.com", "--role", "member", "--password-stdin"], "\n", "holds no password"),
    (["user", "add", "zhao@example.com", "--role", "member", "--password-stdin"], "        ", "only spaces"),
    (["user", "add", "zhao@example.com", "--role", "member", "--enterprise", "99", "--password-stdin"], PASSWORD,
     "--enterprise 99: no stored enterprise with that id"),
    (["user", "add", "zhao@example.com", "--role", "member", "--enterprise", "x", "--password-stdin"], PASSWORD,
     "invalid value 'x'"),
    (["user", "add", "zhao@example.com", "--role", "member"], PASSWORD, "--password-stdin"),
    (["user", "add", "zhao@example.com", "--role", "member", "--name", "赵" * 201, "--password-stdin"], PASSWORD,
     "a user's name is limited to 200 characters"),
    (["user", "add", "wang.li@example.com", "--role", "member", "--password-stdin"], PASSWORD,
     "user wang.li@example.com: already exists"),
    (["user", "grant", "nobody@example.com", "--enterprise", "1"], "", "no user nobody@example.com"),
    (["user", "revoke", "nobody@example.com", "--enterprise", "1"], "", "no user nobody@example.com"),
    (["user", "disable", "nobody@example.com"], "", "no user nobody@example.com"),
    (["user", "passwd", "nobody@example.com", "--password-stdin"], PASSWORD, "no user nobody@example.com"),
    (["user", "passwd", "zhao@example.com", "--password-stdin"], "", "holds no password"),
    (["user", "grant", "wang.li@example.com", "--enterprise", "99"], "", "--enterprise 99: no stored enterprise"),
    (["user", "revoke", "wang.li@example.com", "--enterprise", "99"], "", "--enterprise 99: no stored enterprise"),
    (["user"], "", "choose an action"),
])
def test_bad_input_exits_2_naming_the_problem_and_changes_nothing(cli, store, argv, stdin, message):
    store.add_user("wang.li@example.com", "consultant", password_hash=accounts.hash_password(PASSWORD),
                   enterprises=[1])
    before = [u.as_json() for u in store.list_users()]
    code, out, err = cli(*argv, stdin=stdin + ("\n" if stdin and not stdin.endswith("\n") else ""))
    assert code == 2, (out, err)
    assert message in err and "Traceback" not in err
    assert [u.as_json() for u in store.list_users()] == before
    if stdin.strip():
        assert stdin.strip() not in err


def test_an_existing_address_is_refused_whatever_its_case(cli):
    add(cli, "wang.li@example.com", "consultant")
    code, out, err = add(cli, "WANG.LI@example.com", "viewer")
    assert code == 2 and "wang.li@example.com: already exists" in err
    assert [u["role"] for u in listed(cli)] == ["consultant"]


def test_the_command_line_is_signed_with_the_environment_user_when_the_system_knows_no_name(monkeypatch):
    import getpass

    from assessment.cli.common import os_user

    def nameless():
        raise OSError("no passwd entry for uid 4242")

    monkeypatch.setattr(getpass, "getuser", nameless)
    monkeypatch.setenv("USER", "builder")
    assert os_user() == "builder"
    monkeypatch.delenv("USER")
    monkeypatch.delenv("USERNAME", raising=False)
    assert os_user() == "unknown"
