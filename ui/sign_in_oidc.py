"""Signing in through the company's identity provider (OpenID Connect, Streamlit's st.login), when the `[auth]`
secrets are configured (README.md, "Serving the app to a team").

The provider only proves who the user is: the account must exist and be enabled here, and what opens is the
app's own signed-in session (assessment/accounts.py), so idle expiry, sign-out and disabling an account work
as for a password. Streamlit's identity cookie lasts weeks, so it is taken only while the provider's word is
fresh (the ID token issued within FRESH); an older one is logged out and the user signs in again.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Optional

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

FRESH = timedelta(minutes=10)
LOGOUT_DELAY_S = 2


def _auth_section() -> Optional[Mapping]:
    try:
        section = st.secrets.get("auth") if "auth" in st.secrets else None
    except StreamlitSecretNotFoundError:  # no secrets file at all
        return None
    return section if isinstance(section, Mapping) else None


def configured() -> bool:
    return _auth_section() is not None


def provider() -> Optional[str]:
    """The provider st.login uses: the one written directly in [auth] (None), else the first named [auth.NAME]."""
    section = _auth_section() or {}
    if "client_id" in section:
        return None
    named = [name for name, value in section.items() if isinstance(value, Mapping)]
    return named[0] if named else None


def login() -> None:
    """on_click of "Sign in with your company account": off to the provider."""
    st.session_state.pop("_sign_in_refused", None)
    st.login(provider())


def logged_in() -> bool:
    """Whether Streamlit holds a provider's identity for this browser (False when OpenID Connect is off)."""
    return configured() and bool(st.user.get("is_logged_in", False))


def vouched_email(now: datetime) -> Optional[str]:
    """The e-mail address the provider vouched for just now (its ID token issued within FRESH of `now`, UTC)."""
    if not logged_in():
        return None
    email, issued = st.user.get("email"), st.user.get("iat")
    if not isinstance(email, str) or not email or not isinstance(issued, (int, float)):
        return None
    issued_at = datetime.fromtimestamp(issued, timezone.utc).replace(tzinfo=None)
    return email if now - issued_at <= FRESH and issued_at - now <= FRESH else None


def logout() -> None:
    """Forget the provider's identity in this browser (and at the provider, when it offers that)."""
    if logged_in():
        st.logout()


@st.fragment(run_every=timedelta(seconds=LOGOUT_DELAY_S))
def logout_soon() -> None:
    """logout() at this fragment's next run, LOGOUT_DELAY_S from now: the page drawn in this run reaches the
    browser first (st.logout's redirect would otherwise drop it)."""
    if st.session_state.pop("_logout_armed", False):
        st.session_state.pop("_oidc_refused", None)
        logout()
    else:
        st.session_state["_logout_armed"] = True
