"""Users (administrators only): who may sign in, with which role and for which enterprises; adding an account,
changing its role and enterprises, disabling it and setting a new password.

Every change goes through the guarded store (permission `users`), so another role is refused there too, and
"Saved" shows only once the store has returned. An administrator cannot disable or demote their own account
(the app would otherwise lose its last administrator by a slip)."""

from __future__ import annotations

from typing import Optional

import streamlit as st

from assessment import accounts
from assessment.access import ROLES, Forbidden
from assessment.store.users import DuplicateUser, UserRecord, normal_email

from ui import state
from ui.enterprise_form import MAIL_LANGUAGES
from ui.i18n import _
from ui.roles import role_label
from ui.widgets import data_table, fixed_labels, md


def password_problem(password: str, again: str) -> Optional[str]:
    """What is wrong with a new password typed twice (in the UI language), None when it can be used."""
    if password != again:
        return _("The two passwords are not the same.")
    try:
        accounts.check_password(password)
    except accounts.BadPassword:
        if len(password) < accounts.MIN_PASSWORD:
            return _("A password needs at least {n} characters.", n=accounts.MIN_PASSWORD)
        if len(password) > accounts.MAX_PASSWORD:
            return _("A password is limited to {n} characters.", n=accounts.MAX_PASSWORD)
        return _("A password cannot be only spaces.")
    return None


def _names() -> dict[int, str]:
    return {e.id: e.name for e in state.store().list_enterprises(include_archived=True)}


def _stamp(value) -> Optional[str]:
    return value.strftime("%Y-%m-%d %H:%M") if value else None


def users_table(users: list[UserRecord], names: dict[int, str]) -> None:
    from ui.sign_in import now

    at = now()
    rows = [{
        _("E-mail address"): u.email,
        _("Full name"): u.name or None,
        _("Role"): role_label(u.role),
        _("Assigned enterprises"): _(", ").join(names.get(e, f"#{e}") for e in u.enterprises) or None,
        _("Disabled"): _("yes") if u.disabled else _("no"),
        _("Locked until (UTC)"): _stamp(u.locked_until) if u.locked_until and u.locked_until > at else None,
        _("Last sign-in (UTC)"): _stamp(u.last_sign_in_at),
    } for u in users]
    data_table(rows, hide_index=True, key="users_table")


# -- adding ------------------------------------------------------------------------------------------------------

def _add() -> None:
    ss = st.session_state
    email, password = ss.get("users_add_email", ""), ss.get("users_add_password", "")
    again = ss.get("users_add_again", "")
    ss["users_add_password"] = ss["users_add_again"] = ""  # never kept
    try:
        email = normal_email(email)
    except ValueError:
        state.flash("error", _("{email} is not an e-mail address.", email=md(email.strip() or "—", 100)))
        return
    problem = password_problem(password, again)
    if problem:
        state.flash("error", problem)
        return
    try:
        added = state.store().add_user(email, ss.get("users_add_role", "member"), name=ss.get("users_add_name", ""),
                                       password_hash=accounts.hash_password(password),
                                       enterprises=ss.get("users_add_enterprises", []),
                                       language=ss.get("users_add_language", "zh"))
    except DuplicateUser:
        state.flash("error", _("A user {email} already exists; nothing was saved.", email=md(email)))
        return
    for key in ("users_add_email", "users_add_name", "users_add_enterprises"):
        ss.pop(key, None)
    state.flash("success", _("Saved: {email} can sign in now.", email=md(added.email)))


def add_ui(names: dict[int, str]) -> None:
    st.subheader(_("Add a user"))
    with st.form("users_add"):
        left, right = st.columns(2)
        left.text_input(_("E-mail address"), key="users_add_email", max_chars=320)
        right.text_input(_("Full name"), key="users_add_name", max_chars=200)
        left.selectbox(_("Role"), ROLES, index=ROLES.index("member"), key="users_add_role",
                       format_func=fixed_labels(ROLES, role_label))
        right.multiselect(_("Assigned enterprises"), list(names), key="users_add_enterprises",
                          format_func=fixed_labels(list(names), lambda i: names[i]),
                          placeholder=_("No enterprise assigned"))
        left.text_input(_("Initial password"), type="password", key="users_add_password",
                        max_chars=accounts.MAX_PASSWORD)
        right.text_input(_("The password again"), type="password", key="users_add_again",
                         max_chars=accounts.MAX_PASSWORD)
        left.selectbox(_("Language of e-mails"), list(MAIL_LANGUAGES), key="users_add_language",
                       format_func=MAIL_LANGUAGES.get)
        st.caption(_("At least {n} characters. Tell it to the user in person; they can sign in at once.",
                     n=accounts.MIN_PASSWORD))
        st.form_submit_button(_("Add the user"), type="primary", on_click=_add)


# -- changing ----------------------------------------------------------------------------------------------------

def _own(email: str) -> bool:
    return state.actor().email == email


def _set_role(email: str, key: str) -> None:
    role = st.session_state.get(key)
    if _own(email):
        state.flash("error", _("You cannot change your own role or disable your own account."))
        return
    state.store().set_role(email, role)
    state.flash("success", _("Saved: {email} is now {role}.", email=md(email), role=role_label(role)))


def _set_enterprises(email: str, key: str) -> None:
    wanted = set(st.session_state.get(key, []))
    store = state.store()
    held = set(store.get_user(email).enterprises)
    for eid in sorted(wanted - held):
        store.grant(email, eid)
    for eid in sorted(held - wanted):
        store.revoke(email, eid)
    state.flash("success", _("Saved: the enterprises of {email}.", email=md(email)))


def _set_language(email: str, key: str) -> None:
    language = st.session_state.get(key, "zh")
    state.store().set_user_language(email, language)
    state.flash("success", _("Saved: {email} gets e-mails in {language}.", email=md(email),
                             language=MAIL_LANGUAGES.get(language, language)))


def _set_disabled(email: str, disabled: bool) -> None:
    if _own(email):
        state.flash("error", _("You cannot change your own role or disable your own account."))
        return
    state.store().set_disabled(email, disabled)
    state.flash("success", _("Saved: {email} is disabled and signed out.", email=md(email)) if disabled
                else _("Saved: {email} can sign in again.", email=md(email)))


def _set_password(email: str, key: str) -> None:
    ss = st.session_state
    password, again = ss.get(key, ""), ss.get(key + "_again", "")
    ss[key] = ss[key + "_again"] = ""  # never kept
    problem = password_problem(password, again)
    if problem:
        state.flash("error", problem)
        return
    state.store().set_password_hash(email, accounts.hash_password(password))
    state.flash("success", _("Saved: the new password of {email}; its browsers are signed out.", email=md(email)))


def change_ui(users: list[UserRecord], names: dict[int, str]) -> None:
    st.subheader(_("Change a user"))
    emails = [u.email for u in users]
    labels = {u.email: f"{u.name} · {u.email}" if u.name else u.email for u in users}
    email = st.selectbox(_("User"), emails, key="users_pick", format_func=labels.__getitem__)
    user = next((u for u in users if u.email == email), None)
    if user is None:
        return
    tag = user.id  # the inputs below start from the chosen user's stored values
    role_col, ent_col = st.columns(2)
    with role_col.form(f"users_role_{tag}"):
        st.selectbox(_("Role"), ROLES, index=ROLES.index(user.role), key=f"users_role_{tag}_v",
                     format_func=fixed_labels(ROLES, role_label))
        st.form_submit_button(_("Save the role"), on_click=_set_role, args=(user.email, f"users_role_{tag}_v"))
    with ent_col.form(f"users_ent_{tag}"):
        options = sorted(set(names) | set(user.enterprises))
        st.multiselect(_("Assigned enterprises"), options, default=list(user.enterprises), key=f"users_ent_{tag}_v",
                       format_func=fixed_labels(options, lambda i: names.get(i, f"#{i}")),
                       placeholder=_("No enterprise assigned"))
        st.form_submit_button(_("Save the enterprises"), on_click=_set_enterprises,
                              args=(user.email, f"users_ent_{tag}_v"))
    with st.form(f"users_pw_{tag}"):
        left, right = st.columns(2)
        left.text_input(_("New password"), type="password", key=f"users_pw_{tag}_v", max_chars=accounts.MAX_PASSWORD)
        right.text_input(_("The password again"), type="password", key=f"users_pw_{tag}_v_again",
                         max_chars=accounts.MAX_PASSWORD)
        st.form_submit_button(_("Set the password"), on_click=_set_password, args=(user.email, f"users_pw_{tag}_v"))
    with st.form(f"users_lang_{tag}"):
        languages = list(MAIL_LANGUAGES)
        st.selectbox(_("Language of e-mails"), languages, key=f"users_lang_{tag}_v", format_func=MAIL_LANGUAGES.get,
                     index=languages.index(user.language) if user.language in languages else 0)
        st.form_submit_button(_("Save the language"), on_click=_set_language, args=(user.email, f"users_lang_{tag}_v"))
    if user.disabled:
        st.button(_("Enable the account"), key=f"users_enable_{tag}", on_click=_set_disabled, args=(user.email, False))
    else:
        st.button(_("Disable the account"), key=f"users_disable_{tag}", on_click=_set_disabled,
                  args=(user.email, True))


def render() -> None:
    st.title(_("Users"))
    if not state.may("users"):
        st.error(state.forbidden_message(Forbidden(state.actor(), "users")))
        return
    state.show_flashes()
    users = state.store().list_users()
    names = _names()
    users_table(users, names)
    add_ui(names)
    if users:
        change_ui(users, names)


if __name__ == "__main__":
    render()
