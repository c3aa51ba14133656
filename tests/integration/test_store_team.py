"""Two people on one assessment (per-item concurrency) and the audit trail every write leaves."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import delete, text, update

from assessment.access import Actor, acting
from assessment.models import (Assessment, CatalogRef, Certificate, CorrectiveAction, Enterprise, Response,
                               SpecialDeduction)
from assessment.store import StaleAssessment, StaleItem, Store
from assessment.store.tables import AuditRow
from criteria import default_catalog

WANG = Actor(name="王丽", role="member", enterprises=frozenset({1}), user_id=7, email="wang@example.com")
LI = Actor(name="李明", role="member", enterprises=frozenset({1}), user_id=8, email="li@example.com")


@pytest.fixture
def store(database_url):
    s = Store(database_url)
    yield s
    s.close()


@pytest.fixture
def round_(store):
    cat = default_catalog()
    ent = store.add_enterprise(Enterprise(name="杭州示例家电有限公司"))
    return store.add_assessment(ent.id, Assessment(catalog=CatalogRef(id=cat.id, version=cat.version),
                                                   enterprise=Enterprise(name="杭州示例家电有限公司"),
                                                   assessed_on=date(2026, 3, 1)))


def _met(item: str, note: str = "") -> Response:
    return Response(item=item, result="met", note=note)


def test_two_people_change_different_items_from_the_same_version_and_both_are_saved(store, round_):
    v = round_.version
    with acting(WANG):
        store.set_response(round_.id, v, _met("1.1.1"))
    with acting(LI):
        saved = store.set_response(round_.id, v, _met("1.1.2"))  # Li's page still shows version v
    answers = saved.assessment.response_map()
    assert set(answers) == {"1.1.1", "1.1.2"}
    assert saved.version == v + 2


def test_a_stale_change_to_the_same_item_is_refused_naming_who_when_and_what(store, round_):
    v = round_.version
    with acting(WANG):
        store.set_response(round_.id, v, Response(item="1.1.1", result="not_met"))
    with acting(LI), pytest.raises(StaleItem) as refused:
        store.set_response(round_.id, v, _met("1.1.1"))
    e = refused.value
    assert (e.target, e.key, e.changed_by) == ("item", "1.1.1", "王丽")
    assert e.value["result"] == "not_met" and e.changed_at is not None
    assert "王丽" in str(e) and "1.1.1" in str(e)
    assert store.get_assessment(round_.id).assessment.response_map()["1.1.1"].result == "not_met"


def test_a_whole_assessment_save_still_needs_the_current_version(store, round_):
    v = round_.version
    store.set_response(round_.id, v, _met("1.1.1"))
    whole = store.get_assessment(round_.id).assessment
    with pytest.raises(StaleAssessment) as refused:
        store.save_assessment(round_.id, v, whole)
    assert not isinstance(refused.value, StaleItem)


def test_findings_and_actions_are_checked_one_by_one(store, round_):
    v = round_.version
    one = SpecialDeduction(category="law", description="未公示收费标准")
    two = SpecialDeduction(category="own_rules", description="未按承诺回访")
    after_one = store.set_special_findings(round_.id, v, (one,), None)
    with acting(LI), pytest.raises(StaleItem) as refused:  # Li's copy had no finding 1: he would overwrite it
        store.set_special_findings(round_.id, v, (two,), None)
    assert (refused.value.target, refused.value.key) == ("finding", "1")
    both = store.set_special_findings(round_.id, after_one.version, (one, two), None)
    assert [d.description for d in both.assessment.special_deductions] == [one.description, two.description]
    a = store.add_action(round_.id, both.version, CorrectiveAction(item="1.1.1", description="补充制度"))
    store.add_action(round_.id, both.version, CorrectiveAction(item="1.1.2", description="培训"))  # another one
    with pytest.raises(StaleItem):
        store.set_action(round_.id, both.version, 0, None)
    assert len(store.get_assessment(round_.id).assessment.actions) == 2 and a.version > both.version


def test_two_threads_saving_different_items_at_once_both_succeed(store, round_):
    v = round_.version
    errors: list[Exception] = []

    def answer(item: str, who: Actor):
        try:
            with acting(who):
                for n in range(5):
                    store.set_response(round_.id, v, _met(item, note=f"第{n}次"))
        except Exception as exc:  # noqa: BLE001 — reported below
            errors.append(exc)

    threads = [threading.Thread(target=answer, args=("1.1.1", WANG)), threading.Thread(target=answer,
                                                                                        args=("1.1.2", LI))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    answers = store.get_assessment(round_.id).assessment.response_map()
    # each thread's own later saves are stale against its own earlier ones only when the item moved: the same
    # person re-saving the same item from the same old version is refused like anyone else
    assert all(isinstance(e, StaleItem) for e in errors)
    assert {"1.1.1", "1.1.2"} <= set(answers)


def test_every_write_leaves_an_entry_signed_by_the_acting_user(store, round_):
    with acting(WANG):
        store.set_response(round_.id, round_.version, Response(item="1.1.1", result="not_met"))
        now = store.get_assessment(round_.id)
        store.set_response(round_.id, now.version, _met("1.1.1"))
        store.add_certificate(round_.enterprise_id, Certificate(number="CSC-1", issued_on=date(2026, 4, 1),
                                                                level="three_star"))
        store.set_setting("evidence_max_mb", "10")
    history = store.item_history(round_.id, "1.1.1")
    assert [(e.actor, e.action, (e.before or {}).get("result"), e.after["result"]) for e in history] == [
        ("王丽", "item.answer", None, "not_met"), ("王丽", "item.answer", "not_met", "met")]
    assert history[1].version == now.version + 1
    actions = [e.action for e in store.audit_trail()]
    assert actions[:2] == ["enterprise.add", "assessment.create"]
    assert actions[2:] == ["item.answer", "item.answer", "certificate.add", "settings.change"]
    assert store.audit_trail()[-1].actor == "王丽"  # the setting
    assert all(e.actor == "system" for e in store.audit_trail()[:2])  # a direct call outside any user


def test_the_audit_trail_cannot_be_changed_or_emptied(store, round_):
    before = [e.as_json() for e in store.audit_trail()]
    for statement in (update(AuditRow).values(actor="someone else"), delete(AuditRow),
                      text("UPDATE audit_trail SET after = NULL"), text("DELETE FROM audit_trail")):
        with pytest.raises(Exception, match="append-only"):
            with store.unit_of_work() as session:
                session.execute(statement)
    assert [e.as_json() for e in store.audit_trail()] == before


def test_deleting_a_round_or_an_enterprise_keeps_its_history(store, round_):
    store.set_response(round_.id, round_.version, _met("1.1.1"))
    store.delete_assessment(round_.id)
    store.delete_enterprise(round_.enterprise_id)
    actions = [e.action for e in store.audit_trail(enterprise_id=round_.enterprise_id)]
    assert actions == ["enterprise.add", "assessment.create", "item.answer", "assessment.delete",
                       "enterprise.delete"]


def test_sign_ins_refused_during_a_lock_do_not_pile_up_for_after_it(store):
    from datetime import datetime, timedelta

    from assessment import accounts

    store.add_user("wang@example.com", "member", name="王丽", password_hash=accounts.hash_password("right-password"))
    start = datetime(2026, 12, 2, 9, 0)
    for _ in range(accounts.FAILED_LIMIT):
        with pytest.raises(accounts.SignInRefused):
            accounts.sign_in(store, "wang@example.com", "wrong-password", start)
    for _ in range(3):  # during the lock, even the right password is refused, and nothing is counted
        with pytest.raises(accounts.SignInRefused):
            accounts.sign_in(store, "wang@example.com", "right-password", start + timedelta(minutes=1))
    user = store.get_user("wang@example.com")
    assert user.failed_sign_ins == 0 and user.locked_until == start + accounts.LOCK
    after = start + accounts.LOCK + timedelta(seconds=1)
    with pytest.raises(accounts.SignInRefused):  # one wrong password after the lock is one failure, not a new lock
        accounts.sign_in(store, "wang@example.com", "wrong-password", after)
    assert store.get_user("wang@example.com").locked_until == user.locked_until
    assert accounts.sign_in(store, "wang@example.com", "right-password", after).actor.name == "王丽"
    refused = [e for e in store.audit_trail() if e.action == "user.sign_in_refused"]
    assert len(refused) == 3
