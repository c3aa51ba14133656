"""Signing in and out with a password in a real browser: the cookie keeps a reload signed in, signing out
deletes it and ends the session, and the server's log never holds a password."""

from __future__ import annotations

from tests.ui.conftest import TEST_ADMIN, TEST_PASSWORD, needs_chromium, sign_in_browser

pytestmark = needs_chromium

COOKIE = "gbt27922_session"


def _form_shown(page) -> None:
    page.locator("[data-testid=stForm] input[type=password]").wait_for()
    page.locator(".st-key-_sign_out").wait_for(state="detached")  # the signed-in page's last elements go when its run ends


def test_a_reload_stays_signed_in_and_signing_out_ends_it_for_good(server, browser_page, tmp_path):
    base = server["base"]
    page = browser_page()
    page.goto(base + "/")
    form = page.locator("[data-testid=stForm]")
    form.locator("input[type=text], input:not([type])").first.fill(TEST_ADMIN)
    form.locator("input[type=password]").fill("a-wrong-password-typed")
    form.locator("button[data-testid*=FormSubmit]").click()
    page.locator("[data-testid=stAlertContentError]").wait_for()
    sign_in_browser(page, base)
    cookie = next(c for c in page.context.cookies() if c["name"] == COOKIE)
    assert cookie["sameSite"] == "Strict"
    page.reload()
    page.locator(".st-key-_sign_out").wait_for()

    page.locator(".st-key-_sign_out button").click()
    _form_shown(page)
    page.wait_for_function(f"!document.cookie.includes('{COOKIE}=')")  # the cookie is deleted
    page.reload()
    _form_shown(page)

    page.context.add_cookies([cookie])  # the old cookie, put back
    page.reload()
    _form_shown(page)  # its session ended on the server

    log = (tmp_path / "server.log").read_text(encoding="utf-8", errors="replace")
    assert TEST_PASSWORD not in log and "a-wrong-password-typed" not in log
    assert "Traceback" not in log


def test_the_users_page_is_in_the_menu_of_administrators_only(server, browser_page):
    from tests.ui.conftest import ensure_user

    base = server["base"]
    ensure_user(server["store"].url, "member@example.com", role="member", name="周建华")
    admin = browser_page()
    sign_in_browser(admin, base)
    admin.locator("[data-testid=stSidebarNav] a[href$='/users']").wait_for()
    member = browser_page()
    sign_in_browser(member, base, "member@example.com")
    member.locator("[data-testid=stSidebarNav] a[href$='/settings']").wait_for()
    assert member.locator("[data-testid=stSidebarNav] a[href$='/users']").count() == 0
    member.goto(base + "/users")  # the address still answers, with the refusal in the user's language
    member.locator("[data-testid=stAlertContentError]").wait_for()
    assert "管理用户" in member.locator("[data-testid=stAlertContentError]").inner_text()
