"""The sign-in gate: nobody reaches a page without signing in. A password sign-in (assessment/accounts.py)
opens a signed-in session whose random token this browser keeps in a cookie (SameSite=Strict, Secure over
HTTPS), so a reload stays signed in; the database keeps only the token's hash. Every run checks it again:
signing out, idling past `session_idle_hours` or a disabled account ends it. With the `[auth]` secrets the
page also offers the company's identity provider (ui/sign_in_oidc.py), which opens the same kind of session.

Streamlit offers no server-side way to set a cookie, so a script in a tiny same-origin frame writes it
(which is why it cannot be HttpOnly; the server-side checks above are what make it safe to lose)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Optional

import streamlit as st

from assessment import accounts
from assessment.access import Actor
from assessment.store import StorageUnavailable

from ui import sign_in_oidc, state
from ui.i18n import _

TOKEN_KEY = "sign_in_token"
COOKIE = "gbt27922_session"
NOTICE = "gbt27922_notice"  # "refused": a company sign-in refused, to say so once back from the provider


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def now() -> datetime:
    """The app's clock for signing in (UTC, naive; tests move `_now`)."""
    return _now()


def idle_hours() -> float:
    """The `session_idle_hours` setting (12 by default; a wrong stored value falls back to the default)."""
    raw = state.process_store().get_setting("session_idle_hours")
    try:
        value = float(raw) if raw is not None else accounts.IDLE_HOURS
    except ValueError:
        return accounts.IDLE_HOURS
    return value if 0 < value <= 24 * 90 else accounts.IDLE_HOURS


def signed_in() -> Optional[Actor]:
    """The user this browser session is signed in as, if the sign-in still holds."""
    token = st.session_state.get(TOKEN_KEY)
    if not token and not st.session_state.get("_cookie_read"):
        st.session_state["_cookie_read"] = True  # a browser's cookie counts once: sign-out ends it for good
        token = st.context.cookies.get(COOKIE)
        if token:
            st.session_state[TOKEN_KEY] = token
    if token:
        try:
            found = accounts.resume(state.process_store(), token, _now(), idle_hours())
        except StorageUnavailable as exc:
            st.error(state.storage_message(exc, writing=False))
            st.stop()
        if found is not None:
            return found
        st.session_state.pop(TOKEN_KEY, None)
    return _company_sign_in()


def _company_sign_in() -> Optional[Actor]:
    """The session the identity provider's word opens (None when it has not spoken, or not lately)."""
    if not sign_in_oidc.logged_in() or st.session_state.get("_oidc_refused"):
        return None  # (a refused identity is being logged out: see form)
    email = sign_in_oidc.vouched_email(_now())
    if email is None:  # an identity from long ago: the user signs in at the provider again
        sign_in_oidc.logout()
        return None
    try:
        done = accounts.sign_in_verified(state.process_store(), email, _now())
    except accounts.SignInRefused:
        st.session_state["_sign_in_refused"] = st.session_state["_oidc_refused"] = True
        return None
    except StorageUnavailable as exc:
        st.error(state.storage_message(exc, writing=True))
        st.stop()
    st.session_state[TOKEN_KEY] = done.token
    st.session_state["_cookie_runs"] = 2
    return done.actor


def _submit() -> None:
    email = st.session_state.get("_sign_in_email", "")
    password = st.session_state.get("_sign_in_password", "")
    st.session_state["_sign_in_password"] = ""  # never kept
    try:
        done = accounts.sign_in(state.process_store(), email, password, _now())
    except accounts.SignInRefused:
        st.session_state["_sign_in_refused"] = True
        return
    except StorageUnavailable as exc:
        state.flash("error", state.storage_message(exc, writing=True))
        return
    st.session_state[TOKEN_KEY] = done.token
    st.session_state["_cookie_runs"] = 2  # written on the next runs (a run that reruns at once writes nothing)
    st.session_state.pop("_sign_in_refused", None)


def sign_out() -> None:
    accounts.sign_out(state.process_store(), st.session_state.pop(TOKEN_KEY, None), _now())
    st.session_state.pop("_actor", None)
    st.session_state["_cookie_runs"] = -1  # the cookie is deleted on the next run
    sign_in_oidc.logout()  # and the provider's identity is forgotten


def _cookie_script(value: Optional[str], max_age: int, name: str = COOKIE) -> None:
    """Write (or with None delete) a cookie of this site (the sign-in one by default) from a script in a tiny
    same-origin frame (the value is a URL-safe token of our own, put in as a JSON string; no user text)."""
    setting = f"{name}=" + (value or "") + f"; Path=/; Max-Age={max_age if value else 0}; SameSite=Strict"
    st.iframe("<script>document.cookie = " + json.dumps(setting)
              + " + (location.protocol === 'https:' ? '; Secure' : '');</script>", height=1)


def _cookie() -> None:
    runs = st.session_state.get("_cookie_runs", 0)
    if runs < 0:
        _cookie_script(None, 0)
        st.session_state["_cookie_runs"] = 0
    elif runs > 0 and st.session_state.get(TOKEN_KEY):
        _cookie_script(st.session_state[TOKEN_KEY], 30 * 24 * 3600)  # the server decides when it expires
        st.session_state["_cookie_runs"] = runs - 1


def _refused_on_the_way_back() -> bool:
    """Whether this browser comes back from the provider after a refused company sign-in (said once)."""
    if st.session_state.get("_notice_read"):
        return False
    st.session_state["_notice_read"] = True
    return st.context.cookies.get(NOTICE) == "refused"


def _log_out_refused_identity() -> None:
    """A refused company identity is logged out of the provider, once this page (the refusal, and a note to
    repeat it when the browser is back) has reached the browser."""
    _cookie_script("refused", 300, NOTICE)
    sign_in_oidc.logout_soon()


def form() -> None:
    st.title(_("Sign in"))
    state.show_flashes()
    if _refused_on_the_way_back():
        st.session_state["_sign_in_refused"] = True
        _cookie_script(None, 0, NOTICE)
    if st.session_state.get("_sign_in_refused"):
        st.error(_("The e-mail address or the password is not right, or the account cannot sign in now."))
    with st.form("sign_in"):
        st.text_input(_("E-mail address"), key="_sign_in_email", max_chars=320)
        st.text_input(_("Password"), type="password", key="_sign_in_password", max_chars=accounts.MAX_PASSWORD)
        st.form_submit_button(_("Sign in"), type="primary", on_click=_submit)
    if sign_in_oidc.configured():
        st.button(_("Sign in with your company account"), key="_sign_in_company", on_click=sign_in_oidc.login)
    if st.session_state.get("_oidc_refused"):
        _log_out_refused_identity()


def gate() -> Actor:
    """The signed-in user (kept for this run in st.session_state["_actor"]); otherwise the sign-in form, and
    the run stops there."""
    found = signed_in()
    _cookie()
    if found is None:
        st.session_state.pop("_actor", None)
        form()
        st.stop()
    st.session_state["_actor"] = found
    return found
