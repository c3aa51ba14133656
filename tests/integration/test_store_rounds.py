"""The next round and its re-verification: what is copied, what is left behind, and confirming copied answers."""

from __future__ import annotations

from datetime import date

import pytest

from assessment import usecases
from assessment.models import Assessment, CatalogRef, Enterprise, Response, SpecialBonus, SpecialDeduction
from assessment.scoring import InvalidResponse
from assessment.store import StaleAssessment, Store
from criteria import default_catalog

ACME = Enterprise(name="宁波海曙电器有限公司", credit_code="91330203MA2AAAAA1X")
FOUND = (
    SpecialDeduction(category="law", description="三包凭证缺失", corrective_action="补印凭证"),
    SpecialDeduction(category="own_rules", description="回访记录造假"),
    SpecialDeduction(category="industry", description="维修报价不透明", corrective_action="公示价目表"),
)


@pytest.fixture
def store(database_url):
    s = Store(database_url)
    yield s
    s.close()


@pytest.fixture
def last_round(store):
    """A round with notes on its answers, a corrective-action plan, three special deductions and a bonus."""
    catalog = default_catalog()
    ent = store.add_enterprise(ACME)
    responses = []
    for n, (_, _, item) in enumerate(catalog.iter_items()):
        if item.method == "sampled":
            responses.append(Response(item=item.id, result="partial", samples=10, failed_samples=2,
                                      note=f"抽查第 {n} 项", evidence=tuple(e.id for e in item.evidence[:1])))
        elif n % 5 == 0:
            responses.append(Response(item=item.id, result="not_met", note="缺少文件", action="补充手册",
                                      owner="张三", due_on=date(2027, 1, 31)))
        else:
            responses.append(Response(item=item.id, result="met", note="现场核实"))
    a = Assessment(catalog=CatalogRef(id=catalog.id, version=catalog.version), enterprise=ACME,
                   assessed_on=date(2026, 3, 1), assessor="审核员甲", responses=tuple(responses),
                   special_deductions=FOUND, special_bonus=SpecialBonus(description="行业首创的上门回收"))
    return store.add_assessment(ent.id, a)


def test_next_round_leaves_last_rounds_notes_behind_by_default(store, last_round):
    nxt = usecases.next_round(store, last_round.id, date(2027, 3, 1))
    before, after = last_round.assessment.response_map(), nxt.assessment.response_map()
    assert set(after) == set(before)
    assert all(r.note == "" and r.to_reverify for r in after.values())
    for item, r in after.items():  # everything else of the answer is copied
        old = before[item]
        assert (r.result, r.samples, r.failed_samples, r.evidence) == (old.result, old.samples, old.failed_samples,
                                                                       old.evidence)
        assert (r.action, r.owner, r.due_on) == ("", "", None)  # the plan holds the actions, not the answers
    carried = [(a.item, a.description, a.owner, a.due_on) for a in nxt.assessment.actions]
    assert carried == [(a.item, a.description, a.owner, a.due_on) for a in last_round.assessment.actions
                       if a.item is not None]
    assert nxt.assessment.special_deductions == () and nxt.assessment.special_bonus is None
    assert nxt.assessment.assessor == "审核员甲"


def test_next_round_keeps_the_notes_when_asked(store, last_round):
    nxt = usecases.next_round(store, last_round.id, date(2027, 3, 1), "审核员乙", keep_notes=True)
    assert {r.item: r.note for r in nxt.assessment.responses} == {
        r.item: r.note for r in last_round.assessment.responses}
    assert nxt.assessment.assessor == "审核员乙"


def _found(deductions):
    return [(d.category, d.description) for d in deductions]


def test_next_round_carries_over_the_chosen_special_findings(store, last_round):
    nxt = usecases.next_round(store, last_round.id, date(2027, 3, 1), carry_deductions=[2, 0], carry_bonus=True)
    assert _found(nxt.assessment.special_deductions) == _found((FOUND[0], FOUND[2]))  # in last round's order
    assert nxt.assessment.special_bonus == last_round.assessment.special_bonus
    stored = store.get_assessment(nxt.id).assessment
    assert _found(stored.special_deductions) == _found((FOUND[0], FOUND[2])) and stored.special_bonus is not None
    # their corrective actions (lifted from the older fields into the plan) come along, renumbered
    planned = {a.deduction: a.description for a in stored.actions if a.deduction is not None}
    assert planned == {0: "补印凭证", 1: "公示价目表"}
    assert all(a.carried_over and a.status == "open" for a in stored.actions)


def test_next_round_carries_over_only_the_actions_not_done_yet(store, last_round):
    from assessment.actions import with_status

    plan = list(last_round.assessment.actions)
    items = [i for i, a in enumerate(plan) if a.item is not None]
    assert len(items) >= 4
    day = date(2026, 5, 1)
    plan[items[0]] = with_status(plan[items[0]], "in_progress", day)
    plan[items[1]] = with_status(plan[items[1]], "done", day)
    plan[items[2]] = with_status(plan[items[2]], "verified", day, verified_by="审核员乙", note="复查合格")
    stored = store.set_actions(last_round.id, last_round.version, tuple(plan))
    nxt = usecases.next_round(store, stored.id, date(2027, 3, 1))
    carried = store.get_assessment(nxt.id).assessment.actions
    still_open = [a for a in plan if a.status in ("open", "in_progress") and a.deduction is None]
    assert [(a.item, a.status) for a in carried] == [(a.item, a.status) for a in still_open]
    assert all(a.carried_over for a in carried)
    assert ("in_progress" in {a.status for a in carried}) and not {"done", "verified"} & {a.status for a in carried}
    assert store.get_assessment(stored.id).assessment.actions == tuple(plan)  # last round keeps its plan


def test_next_round_refuses_a_deduction_position_that_does_not_exist(store, last_round):
    with pytest.raises(ValueError, match="none at position 3"):
        usecases.next_round(store, last_round.id, date(2027, 3, 1), carry_deductions=[1, 3])
    assert [s.id for s in store.list_assessments()] == [last_round.id]


def test_confirm_reverified_clears_the_mark_on_the_given_items_only(store, last_round):
    nxt = usecases.next_round(store, last_round.id, date(2027, 3, 1))
    ids = [r.item for r in nxt.assessment.responses]
    confirmed = store.confirm_reverified(nxt.id, nxt.version, ids[:3])
    assert confirmed.version > nxt.version
    marks = {r.item: r.to_reverify for r in store.get_assessment(nxt.id).assessment.responses}
    assert not any(marks[i] for i in ids[:3]) and all(marks[i] for i in ids[3:])
    # the answers themselves are unchanged
    before = {r.item: r.model_copy(update={"to_reverify": False}) for r in nxt.assessment.responses}
    assert all(r == before[r.item] for r in confirmed.assessment.responses if r.item in ids[:3])
    # confirming again changes nothing but the version
    again = store.confirm_reverified(nxt.id, confirmed.version, ids[:3])
    assert again.assessment.responses == confirmed.assessment.responses


def test_confirm_reverified_with_a_stale_version_saves_nothing_when_the_same_item_moved(store, last_round):
    nxt = usecases.next_round(store, last_round.id, date(2027, 3, 1))
    ids = [r.item for r in nxt.assessment.responses]
    store.confirm_reverified(nxt.id, nxt.version, ids[:1])
    store.confirm_reverified(nxt.id, nxt.version, ids[1:2])  # another item from the same version: saved too
    answers = store.get_assessment(nxt.id).assessment.response_map()
    assert not answers[ids[0]].to_reverify and not answers[ids[1]].to_reverify
    changed = answers[ids[0]].model_copy(update={"note": "seen again", "to_reverify": False})
    with pytest.raises(StaleAssessment):  # ids[0] was confirmed by someone after that version
        store.set_response(nxt.id, nxt.version, changed)
    assert store.get_assessment(nxt.id).assessment.response_map()[ids[0]].note == answers[ids[0]].note


def test_confirm_reverified_of_an_unanswered_item_saves_nothing(store, last_round):
    nxt = usecases.next_round(store, last_round.id, date(2027, 3, 1))
    first = nxt.assessment.responses[0].item
    with pytest.raises(InvalidResponse, match="'9.9.9': no answer to confirm"):
        store.confirm_reverified(nxt.id, nxt.version, [first, "9.9.9"])
    after = store.get_assessment(nxt.id)
    assert after.version == nxt.version and after.assessment.response_map()[first].to_reverify
