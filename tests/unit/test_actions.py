"""The corrective-action plan's rules: status flows, overdue on the day boundary, the exchange file's actions
extension round trip, and the lifting of an older file's untracked actions."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pydantic import ValidationError

from assessment.actions import (
    carried_over,
    is_overdue,
    overdue_actions,
    status_counts,
    with_status,
    without_deduction,
)
from assessment.exchange import dump_assessment, parse_assessment
from assessment.models import Assessment, CorrectiveAction, Response, SpecialDeduction

from tests.unit.builders import make_assessment, small_catalog

CATALOG = small_catalog()
DAY = date(2026, 4, 1)


def _open(**fields) -> CorrectiveAction:
    return CorrectiveAction(**{"item": "1.1.1", "description": "补充培训记录", **fields})


def _with_plan(*actions: CorrectiveAction, deductions: int = 0) -> Assessment:
    a = make_assessment(CATALOG, {"1.1.1": "not_met", "1.1.2": "met"}, deductions=deductions)
    return Assessment.model_validate({**a.model_dump(), "actions": [x.model_dump() for x in a.actions + actions]})


# --- status flows ---------------------------------------------------------------------------------------------


def test_an_action_goes_from_open_through_in_progress_and_done_to_verified():
    a = _open(owner="王芳", due_on=date(2026, 5, 31))
    assert a.status == "open" and a.done_on is None
    a = with_status(a, "in_progress", DAY)
    assert (a.status, a.done_on) == ("in_progress", None)
    a = with_status(a, "done", date(2026, 4, 20))
    assert (a.status, a.done_on) == ("done", date(2026, 4, 20))
    a = with_status(a, "verified", date(2026, 5, 2), verified_by="李审核", note="抽查三份记录合格")
    assert (a.status, a.done_on, a.verified_by, a.verification_note) == (
        "verified", date(2026, 4, 20), "李审核", "抽查三份记录合格")  # done keeps the day it was done
    assert (a.description, a.owner, a.due_on) == ("补充培训记录", "王芳", date(2026, 5, 31))


def test_verifying_without_a_verifier_is_refused():
    done = with_status(_open(), "done", DAY)
    with pytest.raises(ValidationError, match="verified_by"):
        with_status(done, "verified", DAY)
    with pytest.raises(ValidationError, match="verified_by"):
        with_status(done, "verified", DAY, verified_by="   ")


def test_reopening_clears_the_done_date_and_the_verifier():
    verified = with_status(with_status(_open(), "done", DAY), "verified", DAY, verified_by="李审核")
    reopened = with_status(verified, "open", date(2026, 6, 1))
    assert (reopened.status, reopened.done_on, reopened.verified_by) == ("open", None, "")
    again = with_status(with_status(_open(), "done", DAY), "in_progress", DAY)
    assert again.done_on is None


@pytest.mark.parametrize("fields, where", [
    ({"status": "done"}, "done_on"),
    ({"status": "verified", "done_on": DAY}, "verified_by"),
    ({"status": "open", "done_on": DAY}, "done_on"),
    ({"item": None}, "item"),
    ({"deduction": 0}, "item"),
    ({"description": "  "}, "description"),
])
def test_the_model_refuses_an_inconsistent_action(fields, where):
    with pytest.raises(ValidationError, match=where):
        _open(**fields)


# --- overdue --------------------------------------------------------------------------------------------------


def test_an_action_due_today_is_overdue_from_tomorrow_on():
    a = _open(due_on=date(2026, 4, 1))
    assert not is_overdue(a, date(2026, 3, 31))
    assert not is_overdue(a, date(2026, 4, 1))
    assert is_overdue(a, date(2026, 4, 2))
    assert is_overdue(with_status(a, "in_progress", DAY), date(2026, 4, 2))


def test_done_verified_and_undated_actions_are_never_overdue():
    a = _open(due_on=date(2026, 1, 1))
    late = date(2027, 1, 1)
    assert not is_overdue(with_status(a, "done", DAY), late)
    assert not is_overdue(with_status(a, "verified", DAY, verified_by="李"), late)
    assert not is_overdue(_open(), late)


def test_the_plan_counts_each_status_and_the_overdue_ones():
    plan = _with_plan(_open(due_on=date(2026, 3, 1)), with_status(_open(), "done", DAY),
                      with_status(_open(due_on=date(2026, 3, 1)), "in_progress", DAY))
    assert [p.position for p in overdue_actions(plan, DAY)] == [0, 2]
    assert status_counts(plan.actions, DAY) == {"open": 1, "in_progress": 1, "done": 1, "verified": 0,
                                               "overdue": 2, "total": 3}


# --- deductions and next rounds -------------------------------------------------------------------------------


def test_removing_a_deduction_removes_its_actions_and_renumbers_the_later_ones():
    plan = _with_plan(CorrectiveAction(deduction=0, description="a"), CorrectiveAction(deduction=1, description="b"),
                      CorrectiveAction(deduction=2, description="c"), _open(), deductions=3)
    plan = plan.model_copy(update={"actions": tuple(x for x in plan.actions if x.description != "fix it")})
    rest = without_deduction(plan, 1)
    assert [d.description for d in rest.special_deductions] == ["breach 0", "breach 2"]
    assert [(x.deduction, x.description) for x in rest.actions] == [(0, "a"), (1, "c"), (None, "补充培训记录")]
    Assessment.model_validate(rest.model_dump())  # still a valid plan


def test_a_next_round_carries_only_the_actions_not_done_yet():
    plan = _with_plan(_open(description="one"), with_status(_open(description="two"), "in_progress", DAY),
                      with_status(_open(description="three"), "done", DAY),
                      with_status(_open(description="four"), "verified", DAY, verified_by="李"),
                      CorrectiveAction(deduction=1, description="five"), deductions=2)
    carried = carried_over(plan, carried_deductions=[1])
    assert [(a.description, a.status, a.deduction) for a in carried if a.item] == [("one", "open", None),
                                                                                    ("two", "in_progress", None)]
    # the builder's deductions each carry an open "fix it" action: deduction 1's comes along with it, renumbered
    assert [(a.description, a.deduction) for a in carried if a.deduction is not None] == [("fix it", 0), ("five", 0)]
    assert all(a.carried_over for a in carried)
    assert carried_over(plan) == tuple(a for a in carried if a.deduction is None)  # no deduction, none of theirs


def test_an_action_on_a_deduction_that_is_not_listed_is_refused():
    with pytest.raises(ValidationError, match="deduction"):
        Assessment.model_validate({**make_assessment(CATALOG).model_dump(),
                                   "actions": [{"deduction": 0, "description": "x"}]})


# --- the exchange file ----------------------------------------------------------------------------------------


def test_a_file_with_actions_reads_and_writes_back_identically():
    plan = _with_plan(_open(owner="王芳", due_on=date(2026, 5, 31)),
                      with_status(_open(item="1.1.2", description="复核"), "verified", DAY, verified_by="李",
                                  note="合格"),
                      CorrectiveAction(deduction=0, description="补印凭证", status="in_progress", carried_over=True),
                      deductions=1)
    text = dump_assessment(plan)
    data = json.loads(text)
    data["actions"] = [a for a in data["actions"] if a["description"] != "fix it"]  # the builder's deduction's
    assert data["actions"][0] == {"item": "1.1.1", "description": "补充培训记录", "owner": "王芳",
                                  "due_on": "2026-05-31", "status": "open"}  # defaults left out
    assert data["actions"][2] == {"deduction": 0, "description": "补印凭证", "status": "in_progress",
                                  "carried_over": True}
    again = parse_assessment(text, "plan.json")
    assert again == plan
    assert dump_assessment(again) == text


def test_a_file_without_actions_has_no_actions_key():
    plain = make_assessment(CATALOG, {"1.1.1": "met"})
    assert "actions" not in json.loads(dump_assessment(plain))


def test_an_older_files_untracked_actions_are_lifted_into_the_plan_as_open_actions():
    data = json.loads(dump_assessment(make_assessment(CATALOG, {"1.1.1": "not_met", "1.1.2": "met"})))
    data["responses"][0].update({"action": "补充培训", "owner": "王芳", "due_on": "2025-09-30"})
    data["special_deductions"] = [{"category": "law", "description": "三包凭证缺失", "corrective_action": "补印凭证"}]
    a = parse_assessment(json.dumps(data, ensure_ascii=False), "older.json")
    assert [(x.item, x.deduction, x.description, x.owner, x.due_on, x.status) for x in a.actions] == [
        ("1.1.1", None, "补充培训", "王芳", date(2025, 9, 30), "open"),
        (None, 0, "补印凭证", "", None, "open"),
    ]
    assert (a.responses[0].action, a.responses[0].owner, a.responses[0].due_on) == ("", "", None)
    assert a.special_deductions[0].corrective_action == ""
    written = json.loads(dump_assessment(a))
    assert "action" not in written["responses"][0] and "corrective_action" not in written["special_deductions"][0]
    assert len(written["actions"]) == 2


def test_lifting_twice_adds_nothing():
    a = make_assessment(CATALOG, {"1.1.1": {"result": "not_met", "action": "补充培训"}})
    again = Assessment.model_validate({**a.model_dump(), "responses": [
        {**r.model_dump(), "action": "补充培训"} for r in a.responses]})
    assert [x.description for x in again.actions] == ["补充培训"]
    assert isinstance(a.responses[0], Response)
    assert SpecialDeduction(category="law", description="x").corrective_action == ""
