"""The company-account sign-in in AppTest (st.user seeded by the test; the real round trip through a provider is
tests/ui/test_app_oidc_browser.py): the provider's word opens the app's own session only while it is fresh and
only for an enabled account; anything else is refused the same way and logged out of the provider."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from assessment import accounts
from assessment.store import Store

from tests.ui.conftest import ensure_user, make_app, no_exceptions

EMPLOYEE = "wangli@example.com"
REFUSED = "The e-mail address or the password is not right, or the account cannot sign in now."
AUTH = {"redirect_uri": "http://127.0.0.1:8501/oauth2callback", "cookie_secret": "x" * 32,
        "company": {"client_id": "gbt27922", "client_secret": "s", "server_metadata_url": "http://127.0.0.1:1/x"}}


def _now():
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _company_app(email: str = EMPLOYEE, issued_ago: timedelta = timedelta(seconds=5)):
    at = make_app("en", signed_in=None)
    at.secrets["auth"] = AUTH
    issued = datetime.now(timezone.utc) - issued_ago
    at.user = {"is_logged_in": True, "email": email, "sub": email, "iat": int(issued.timestamp()),
               "provider": "company"}
    return at


@pytest.fixture
def employee(db_url):
    ensure_user(db_url, EMPLOYEE, role="member", name="王丽")
    return db_url


def _signed_in(at) -> bool:
    no_exceptions(at)
    return any(b.key == "_sign_out" for b in at.button)


def test_without_auth_secrets_there_is_no_company_sign_in(db_url):
    at = make_app("en", signed_in=None).run()
    no_exceptions(at)
    assert not [b for b in at.button if b.key == "_sign_in_company"]


def test_with_auth_secrets_the_sign_in_page_offers_the_company_account(db_url):
    at = make_app("en", signed_in=None)
    at.secrets["auth"] = AUTH
    at.run()
    no_exceptions(at)
    assert at.button(key="_sign_in_company").label == "Sign in with your company account"


def test_the_providers_fresh_word_opens_the_apps_own_session(employee):
    at = _company_app().run()
    assert _signed_in(at)
    assert at.session_state["_actor"].name == "王丽"
    token = at.session_state["sign_in_token"]
    s = Store(employee)
    try:
        assert accounts.resume(s, token, _now()).email == EMPLOYEE
        assert s.sign_in_session(accounts.token_hash(token)).method == "oidc"
    finally:
        s.close()


def test_signing_out_of_a_company_session_also_logs_out_of_the_provider(employee):
    at = _company_app().run()
    token = at.session_state["sign_in_token"]
    at.button(key="_sign_out").click().run()
    no_exceptions(at)
    assert at.user.get("is_logged_in") is False
    assert not _signed_in(at)
    s = Store(employee)
    try:
        assert accounts.resume(s, token, _now()) is None
    finally:
        s.close()


@pytest.mark.parametrize("email", ["stranger@example.com", "disabled@example.com"])
def test_an_address_without_an_enabled_account_is_refused_and_logged_out(employee, email):
    ensure_user(employee, "disabled@example.com", role="member")
    s = Store(employee)
    try:
        s.set_disabled("disabled@example.com")
    finally:
        s.close()
    at = _company_app(email).run()
    assert not _signed_in(at)
    assert [e.value for e in at.error] == [REFUSED]
    assert at.user.get("is_logged_in") is True  # the refusal is drawn first; the logout follows at the next run
    s = Store(employee)
    try:
        entries = len(s.audit_trail())
    finally:
        s.close()
    at.run()  # (in a browser the page's logout fragment runs again two seconds later)
    no_exceptions(at)
    assert at.user.get("is_logged_in") is False
    assert [e.value for e in at.error] == [REFUSED] and not _signed_in(at)
    s = Store(employee)
    try:
        assert len(s.audit_trail()) == entries  # the refused identity was not tried again
    finally:
        s.close()


def test_an_old_identity_cookie_is_logged_out_instead_of_trusted(employee):
    at = _company_app(issued_ago=timedelta(days=3)).run()
    assert not _signed_in(at)
    assert at.user.get("is_logged_in") is False
    assert not at.error  # nothing was refused: the user signs in at the provider again
