"""Signing in through a company identity provider, for real: `streamlit run` with `[auth]` secrets pointing at a
local OpenID Connect provider (oidc-provider-mock), driven by headless Chromium through the provider's own form."""

from __future__ import annotations

from datetime import datetime

import pytest

from assessment.store import Store

from tests.ui.conftest import ensure_user, free_port, needs_chromium, running_app

pytestmark = needs_chromium

EMPLOYEE = "wangli@example.com"
REFUSED_ZH = "电子邮箱或密码不正确，或该账号目前无法登录。"


def _secrets(folder, app_port: int, idp_port: int):
    path = folder / "secrets.toml"
    path.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{app_port}/oauth2callback"\n'
        'cookie_secret = "a-cookie-secret-for-the-test-only-0123456789"\n'
        "[auth.company]\n"
        'client_id = "gbt27922"\n'
        'client_secret = "a-client-secret-for-the-test"\n'
        f'server_metadata_url = "http://127.0.0.1:{idp_port}/.well-known/openid-configuration"\n',
        encoding="utf-8")
    return path


@pytest.fixture
def company(tmp_path):
    """The app with a company identity provider configured, over a database holding 王丽's member account."""
    from oidc_provider_mock import run_server_in_thread

    db = f"sqlite:///{tmp_path / 'oidc.db'}"
    ensure_user(db, EMPLOYEE, role="member", name="王丽")
    app_port = free_port()
    with run_server_in_thread() as idp:
        secrets = _secrets(tmp_path, app_port, idp.server_port)
        with running_app(db, tmp_path, env={"STREAMLIT_SECRETS_FILES": str(secrets)}, port=app_port) as base:
            yield {"base": base, "db": db, "log": tmp_path / "server.log"}


def _through_the_provider(page, base: str, email: str) -> None:
    page.goto(base + "/")
    page.locator(".st-key-_sign_in_company button").click()
    page.wait_for_url("**/oauth2/authorize**")
    page.fill("input[name=sub]", email)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(base + "/**")


def _end_provider_session(page, base: str) -> None:
    """The provider asks before it ends its own session (Keycloak does the same); then back to the app."""
    page.wait_for_url("**/oauth2/end_session**")
    page.get_by_role("button", name="End session").click()
    page.wait_for_url(base + "/**")


def _shows_the_sign_in_form(page) -> None:
    page.locator("[data-testid=stForm] input[type=password]").wait_for()
    page.locator(".st-key-_sign_in_company").wait_for()
    assert page.locator(".st-key-_sign_out").count() == 0


def test_an_employee_signs_in_with_the_company_account_and_out_again(company, browser_page):
    base = company["base"]
    page = browser_page()
    _through_the_provider(page, base, EMPLOYEE)
    page.locator(".st-key-_sign_out").wait_for()
    assert "王丽" in page.locator("[data-testid=stSidebar]").inner_text()
    page.reload()  # the app's own session cookie keeps the browser signed in
    page.locator(".st-key-_sign_out").wait_for()
    assert "王丽" in page.locator("[data-testid=stSidebar]").inner_text()

    page.locator(".st-key-_sign_out button").click()
    _end_provider_session(page, base)
    _shows_the_sign_in_form(page)
    page.reload()
    _shows_the_sign_in_form(page)

    s = Store(company["db"])
    try:
        actions = [e.action for e in s.audit_trail() if e.target_key == EMPLOYEE]
        assert actions.count("user.sign_in") == 1 and actions.count("user.sign_out") == 1
        assert s.get_user(EMPLOYEE).last_sign_in_at <= datetime.utcnow()
    finally:
        s.close()


def test_an_address_without_an_account_is_refused_and_logged_out_of_the_provider(company, browser_page):
    base = company["base"]
    page = browser_page()
    _through_the_provider(page, base, "stranger@example.com")
    page.locator("[data-testid=stAlertContentError]").wait_for()  # refused, the same way as a wrong password
    _end_provider_session(page, base)  # then the provider's identity is dropped
    _shows_the_sign_in_form(page)
    assert page.locator("[data-testid=stAlertContentError]").inner_text() == REFUSED_ZH  # said again once back
    page.reload()
    _shows_the_sign_in_form(page)
    assert page.locator("[data-testid=stAlertContentError]").count() == 0  # said once
    s = Store(company["db"])
    try:
        failed = [e for e in s.audit_trail() if e.action == "user.sign_in_failed"]
        assert [e.target_key for e in failed] == ["stranger@example.com"]
    finally:
        s.close()
    log = company["log"].read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in log and "a-client-secret-for-the-test" not in log and "cookie-secret" not in log
