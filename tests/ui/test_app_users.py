"""The Users page and the idle-time setting (AppTest): an administrator lists, adds and changes accounts; every
other role is refused; "Saved" only follows what the store kept."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from assessment import accounts
from assessment.models import Enterprise
from assessment.store import NotFound

from ui.widgets import md

from tests.ui.conftest import TEST_ADMIN, TEST_PASSWORD, ensure_user, make_app, no_exceptions, open_page

NEW = "liuyang@example.com"


def _now():
    return datetime.now(timezone.utc).replace(tzinfo=None)


@pytest.fixture
def world(store):
    a = store.add_enterprise(Enterprise(name="杭州云帆家电销售有限公司"))
    b = store.add_enterprise(Enterprise(name="苏州恒泰精密机械制造有限公司"))
    ensure_user(store.url)
    ensure_user(store.url, "zhou@example.com", role="member", name="周建华", enterprises=(a.id,))
    return {"store": store, "a": a, "b": b}


def _users_page(lang: str = "en", signed_in: str = TEST_ADMIN):
    at = open_page(make_app(lang, signed_in=signed_in), "ui/users.py")
    no_exceptions(at)
    return at


def _submit(at, label: str):
    next(b for b in at.button if b.label == label).click()
    at.run()
    no_exceptions(at)
    return at


def _add(at, email=NEW, password="a-good-password", again=None, role="consultant", enterprises=()):
    at.text_input(key="users_add_email").input(email)
    at.text_input(key="users_add_name").input("刘洋")
    at.selectbox(key="users_add_role").select(role)
    for eid in enterprises:
        at.multiselect(key="users_add_enterprises").select(eid)
    at.text_input(key="users_add_password").input(password)
    at.text_input(key="users_add_again").input(password if again is None else again)
    return _submit(at, "Add the user")


def test_the_list_shows_each_user_with_role_and_enterprises_by_name(world):
    at = _users_page()
    table = at.dataframe[0].value
    assert list(table["E-mail address"]) == [TEST_ADMIN, "zhou@example.com"]
    assert list(table["Role"]) == ["Administrator", "Member"]
    assert table["Assigned enterprises"][1] == "杭州云帆家电销售有限公司"
    assert list(table["Disabled"]) == ["no", "no"]


def test_an_administrator_adds_a_user_who_can_then_sign_in(world):
    at = _add(_users_page(), enterprises=(world["a"].id, world["b"].id))
    assert [s.value for s in at.success] == [f"Saved: {md(NEW)} can sign in now."]
    user = world["store"].get_user(NEW)
    assert (user.name, user.role, user.enterprises) == ("刘洋", "consultant", (world["a"].id, world["b"].id))
    assert accounts.sign_in(world["store"], NEW, "a-good-password", _now()).actor.email == NEW
    assert NEW in list(at.dataframe[0].value["E-mail address"])  # the list shows the new account at once
    assert at.text_input(key="users_add_password").value == ""


@pytest.mark.parametrize("password, again, message", [
    ("a-good-password", "another-password", "The two passwords are not the same."),
    ("short", "short", "A password needs at least 8 characters."),
    ("          ", "          ", "A password cannot be only spaces."),
])
def test_a_password_that_cannot_be_used_saves_nothing(world, password, again, message):
    at = _add(_users_page(), password=password, again=again)
    assert [e.value for e in at.error] == [message]
    assert not at.success
    with pytest.raises(NotFound):
        world["store"].get_user(NEW)


def test_an_address_twice_or_no_address_is_refused(world):
    at = _add(_users_page(), email="zhou@example.com")
    assert any("already exists; nothing was saved" in e.value for e in at.error)
    at = _add(at, email="not an address")
    assert any("is not an e-mail address" in e.value for e in at.error)
    assert len(world["store"].list_users()) == 2


def test_role_enterprises_disabling_and_password_change_are_saved(world):
    store, a, b = world["store"], world["a"], world["b"]
    member = store.get_user("zhou@example.com")
    at = _users_page()
    at.selectbox(key="users_pick").select("zhou@example.com").run()
    at.selectbox(key=f"users_role_{member.id}_v").select("viewer")
    at = _submit(at, "Save the role")
    assert store.get_user("zhou@example.com").role == "viewer"
    assert [s.value for s in at.success] == [f"Saved: {md('zhou@example.com')} is now Viewer."]

    ents = at.multiselect(key=f"users_ent_{member.id}_v")
    ents.unselect(a.id).select(b.id)
    at = _submit(at, "Save the enterprises")
    assert store.get_user("zhou@example.com").enterprises == (b.id,)

    token = accounts.sign_in(store, "zhou@example.com", TEST_PASSWORD, _now()).token
    at.text_input(key=f"users_pw_{member.id}_v").input("a-new-password")
    at.text_input(key=f"users_pw_{member.id}_v_again").input("a-new-password")
    at = _submit(at, "Set the password")
    assert accounts.resume(store, token, _now()) is None  # a new password signs the browsers out
    assert accounts.sign_in(store, "zhou@example.com", "a-new-password", _now())

    at.button(key=f"users_disable_{member.id}").click().run()
    assert store.get_user("zhou@example.com").disabled
    with pytest.raises(accounts.SignInRefused):
        accounts.sign_in(store, "zhou@example.com", "a-new-password", _now())
    at.button(key=f"users_enable_{member.id}").click().run()
    no_exceptions(at)
    assert not store.get_user("zhou@example.com").disabled


def test_an_administrator_cannot_demote_or_disable_themselves(world):
    admin = world["store"].get_user(TEST_ADMIN)
    at = _users_page()
    at.selectbox(key=f"users_role_{admin.id}_v").select("viewer")
    at = _submit(at, "Save the role")
    assert [e.value for e in at.error] == ["You cannot change your own role or disable your own account."]
    at.button(key=f"users_disable_{admin.id}").click().run()
    assert world["store"].get_user(TEST_ADMIN).role == "admin"
    assert not world["store"].get_user(TEST_ADMIN).disabled


@pytest.mark.parametrize("role", ["consultant", "member", "viewer"])
def test_other_roles_are_refused_in_their_language(world, role):
    email = f"{role}@example.com"
    ensure_user(world["store"].url, email, role=role, enterprises=(world["a"].id,))
    at = _users_page("zh_CN", signed_in=email)
    assert [e.value for e in at.error] == [f"您的角色（{_role_zh(role)}）无权执行此操作：管理用户。"]
    assert not at.dataframe and not [b for b in at.button if b.label == "添加该用户"]


def _role_zh(role):
    from ui.i18n import messages
    from ui.roles import ROLE_LABELS

    return messages("zh_CN")[ROLE_LABELS[role]]


def test_the_administrator_sets_the_idle_time_and_others_do_not_see_it(world):
    at = open_page(make_app("en"), "ui/settings.py")
    at.number_input(key="set_idle_hours").set_value(3).run()
    no_exceptions(at)
    assert world["store"].get_setting("session_idle_hours") == "3"
    assert any("idle for 3 hours" in s.value for s in at.success)
    assert at.number_input(key="set_idle_hours").max == 2160 and at.number_input(key="set_idle_hours").min == 1
    member = open_page(make_app("en", signed_in="zhou@example.com"), "ui/settings.py")
    no_exceptions(member)
    assert not [n for n in member.number_input if n.key == "set_idle_hours"]


def test_the_language_of_a_users_reminder_emails_is_chosen_when_added_and_changed_later(world):
    store = world["store"]
    at = _users_page()
    at.selectbox(key="users_add_language").select("en")
    at = _add(at)
    assert store.get_user(NEW).language == "en"
    member = store.get_user("zhou@example.com")
    assert member.language == "zh"
    at.selectbox(key="users_pick").select("zhou@example.com").run()
    at.selectbox(key=f"users_lang_{member.id}_v").select("es")
    at = _submit(at, "Save the language")
    assert store.get_user("zhou@example.com").language == "es"
    assert [s.value for s in at.success] == [f"Saved: {md('zhou@example.com')} gets e-mails in Español."]
