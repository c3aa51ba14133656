"""The sign-in gate in the app (AppTest): nobody reaches a page without signing in, a refusal never tells why,
five failures lock the account for a quarter of an hour, idle and disabled sign-ins end, signing out ends the
session on the server, and no password shows anywhere."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from assessment import accounts
from ui import sign_in

from tests.ui.conftest import (
    PAGES,
    TEST_ADMIN,
    TEST_PASSWORD,
    ensure_user,
    make_app,
    no_exceptions,
    signed_in_token,
)

REFUSED = "The e-mail address or the password is not right, or the account cannot sign in now."
MEMBER = "zhou@example.com"


@pytest.fixture
def clock(monkeypatch):
    """The app's clock (ui.sign_in._now), moved by hand: clock.now, clock.advance(minutes=...)."""

    class Clock:
        now = datetime.now(timezone.utc).replace(tzinfo=None)

        def advance(self, **delta):
            self.now += timedelta(**delta)

    c = Clock()
    monkeypatch.setattr(sign_in, "_now", lambda: c.now)
    return c


def _shows_only_the_sign_in_form(at) -> None:
    no_exceptions(at)
    assert [t.value for t in at.title] == ["Sign in"]
    assert {t.key for t in at.text_input} == {"_sign_in_email", "_sign_in_password"}
    assert not [b for b in at.button if b.key == "_sign_out"]
    assert "_actor" not in at.session_state


def _try(at, email: str, password: str):
    at.text_input(key="_sign_in_email").input(email)
    at.text_input(key="_sign_in_password").input(password)
    return at.button[0].click().run()


def _refusals(at) -> list[str]:
    return [e.value for e in at.error]


def _signed_in_as(at) -> str:
    no_exceptions(at)
    assert any(b.key == "_sign_out" for b in at.button)
    return at.session_state["_actor"].email


@pytest.mark.parametrize("page", PAGES)
def test_nobody_signed_in_sees_only_the_sign_in_form_on_every_page(db_url, page):
    at = make_app("en", signed_in=None).run()
    _shows_only_the_sign_in_form(at)
    at.switch_page(page)
    _shows_only_the_sign_in_form(at.run())


def test_the_right_password_signs_in(db_url):
    ensure_user(db_url)
    at = _try(make_app("en", signed_in=None).run(), TEST_ADMIN, TEST_PASSWORD)
    assert _signed_in_as(at) == TEST_ADMIN
    assert at.title[0].value == "Portfolio"


def test_a_wrong_password_and_an_unknown_address_read_the_same(db_url):
    ensure_user(db_url)
    wrong = _try(make_app("en", signed_in=None).run(), TEST_ADMIN, "not-the-password")
    unknown = _try(make_app("en", signed_in=None).run(), "nobody@example.com", TEST_PASSWORD)
    assert _refusals(wrong) == _refusals(unknown) == [REFUSED]
    _shows_only_the_sign_in_form(wrong)
    _shows_only_the_sign_in_form(unknown)
    assert wrong.text_input(key="_sign_in_password").value == ""  # the typed password is not kept


def test_the_fifth_failure_locks_the_account_for_fifteen_minutes(db_url, clock):
    ensure_user(db_url)
    at = make_app("en", signed_in=None).run()
    for _attempt in range(accounts.FAILED_LIMIT):
        at = _try(at, TEST_ADMIN, "not-the-password")
    assert _refusals(at) == [REFUSED]
    clock.advance(minutes=14)
    at = _try(at, TEST_ADMIN, TEST_PASSWORD)  # locked: even the right password is refused, the same way
    assert _refusals(at) == [REFUSED]
    _shows_only_the_sign_in_form(at)
    clock.advance(minutes=2)
    at = _try(at, TEST_ADMIN, TEST_PASSWORD)
    assert _signed_in_as(at) == TEST_ADMIN


def test_four_failures_do_not_lock(db_url, clock):
    ensure_user(db_url)
    at = make_app("en", signed_in=None).run()
    for _attempt in range(accounts.FAILED_LIMIT - 1):
        at = _try(at, TEST_ADMIN, "not-the-password")
    assert _signed_in_as(_try(at, TEST_ADMIN, TEST_PASSWORD)) == TEST_ADMIN


def test_a_session_idle_longer_than_the_setting_is_signed_out(store, clock):
    store.set_setting("session_idle_hours", "2")
    at = make_app("en").run()
    assert _signed_in_as(at) == TEST_ADMIN
    clock.advance(hours=1, minutes=59)
    assert _signed_in_as(at.run()) == TEST_ADMIN  # active again: the idle time starts over
    clock.advance(hours=2, minutes=1)
    _shows_only_the_sign_in_form(at.run())
    assert _refusals(at) == []  # nothing was refused: the sign-in simply ended


def test_the_default_idle_time_is_twelve_hours(db_url, clock):
    at = make_app("en").run()
    clock.advance(hours=11, minutes=59)
    assert _signed_in_as(at.run()) == TEST_ADMIN
    clock.advance(hours=12, minutes=1)
    _shows_only_the_sign_in_form(at.run())


def test_signing_out_ends_the_session_on_the_server(store):
    at = make_app("en").run()
    token = at.session_state["sign_in_token"]
    at.button(key="_sign_out").click().run()
    _shows_only_the_sign_in_form(at)
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    assert accounts.resume(store, token, now) is None  # the token no longer opens anything
    at.session_state["sign_in_token"] = token  # a copy of the old cookie brings nobody back
    _shows_only_the_sign_in_form(at.run())


def test_a_disabled_user_is_signed_out_at_the_next_run(store):
    ensure_user(store.url, MEMBER, role="member", name="周建华")
    at = make_app("en", signed_in=MEMBER).run()
    assert _signed_in_as(at) == MEMBER
    store.set_disabled(MEMBER)
    _shows_only_the_sign_in_form(at.run())
    assert _refusals(_try(at, MEMBER, TEST_PASSWORD)) == [REFUSED]


def test_no_password_reaches_the_audit_trail_or_the_page(store):
    ensure_user(store.url)
    at = make_app("en", signed_in=None).run()
    typed = ["not-the-password", TEST_PASSWORD, "typed-into-the-address"]
    at = _try(at, TEST_ADMIN, typed[0])
    at = _try(at, "typed-into-the-address", TEST_PASSWORD)  # a password typed into the address field
    at = _try(at, "nobody@example.com", TEST_PASSWORD)
    at = _try(at, TEST_ADMIN, TEST_PASSWORD)
    assert _signed_in_as(at) == TEST_ADMIN
    trail = json.dumps([e.as_json() for e in store.audit_trail()], ensure_ascii=False)
    assert "user.sign_in_failed" in trail and "nobody@example.com" in trail
    for secret in typed:
        assert secret not in trail
    shown = " ".join(str(e.value) for e in [*at.markdown, *at.caption, *at.error, *at.text_input])
    for secret in typed:
        assert secret not in shown
    assert at.session_state["sign_in_token"] not in trail


def test_a_token_of_another_database_or_garbage_signs_nobody_in(db_url):
    at = make_app("en", signed_in=None)
    at.session_state["sign_in_token"] = "x" * 500
    _shows_only_the_sign_in_form(at.run())
    other = make_app("en", signed_in=None)
    other.session_state["sign_in_token"] = signed_in_token(TEST_ADMIN)[::-1]
    _shows_only_the_sign_in_form(other.run())
