"""The next round in the app: what is copied, confirming copied answers, the draft state, and undoing mistakes
(deleting a round, removing a special finding), each after a question."""

from __future__ import annotations

from datetime import date

import pytest

from assessment import usecases
from assessment.models import Assessment, CatalogRef, CorrectiveAction, SpecialBonus, SpecialDeduction
from criteria import default_catalog

from tests.ui.conftest import ACME, answers_for, make_app, no_exceptions, open_page

FOUND = (
    SpecialDeduction(category="law", description="Warranty card without the 三包 terms"),
    SpecialDeduction(category="own_rules", description="Call-backs skipped in March"),
)
BONUS = SpecialBonus(description="Trade-in scheme that leads the trade")


def _key(aid: int, item: str, field: str, gen: int = 0) -> str:
    return f"w.{aid}.{gen}.{item}.{field}"


@pytest.fixture
def last_round(store):
    """One enterprise with one complete round: a note on every answer, two special deductions and a bonus."""
    catalog = default_catalog()
    ent = store.add_enterprise(ACME)
    responses = tuple(r.model_copy(update={"note": f"Seen: {r.item}"}) for r in answers_for(catalog, {"1.3.1"}))
    stored = store.add_assessment(ent.id, Assessment(
        catalog=CatalogRef(id=catalog.id, version=catalog.version), enterprise=ACME, assessed_on=date(2026, 3, 1),
        assessor="王丽", responses=responses, special_deductions=FOUND, special_bonus=BONUS))
    return stored


def _start_next_round(store, last, *, keep_notes=False, tick=(), bonus=False):
    at = make_app("en")
    at.session_state["enterprise_id"] = last.enterprise_id
    open_page(at, "ui/wizard.py")
    at.radio(key="wz_new_mode").set_value("next_round").run()
    no_exceptions(at)
    if keep_notes:
        at.checkbox(key="wz_new_keep_notes").check()
    for i in tick:
        at.checkbox(key=f"wz_new_carry_{i}").check()
    if bonus:
        at.checkbox(key="wz_new_carry_bonus").check()
    at.button(key="wz_new_start").click().run()
    no_exceptions(at)
    latest = store.latest_assessment(last.enterprise_id)
    assert latest.id != last.id and latest.previous_id == last.id
    return at, latest


def test_next_round_drops_last_rounds_notes_unless_kept(store, last_round):
    _at, fresh = _start_next_round(store, last_round)
    assert all(r.to_reverify and r.note == "" for r in fresh.assessment.responses)
    assert [r.result for r in fresh.assessment.responses] == [r.result for r in last_round.assessment.responses]
    store.delete_assessment(fresh.id)  # started again from the same round, this time keeping the notes
    _at, kept = _start_next_round(store, last_round, keep_notes=True)
    assert {r.item: r.note for r in kept.assessment.responses} == {
        r.item: r.note for r in last_round.assessment.responses}
    assert all(r.to_reverify for r in kept.assessment.responses)


def test_next_round_offers_special_findings_for_carrying_over(store, last_round):
    at = make_app("en")
    at.session_state["enterprise_id"] = last_round.enterprise_id
    open_page(at, "ui/wizard.py")
    at.radio(key="wz_new_mode").set_value("next_round").run()
    labels = {c.key: c.label.replace("\\", "") for c in at.checkbox}
    assert "Warranty card without the 三包 terms" in labels["wz_new_carry_0"]
    assert "Call-backs skipped in March" in labels["wz_new_carry_1"]
    assert "Trade-in scheme" in labels["wz_new_carry_bonus"]
    assert not any(at.checkbox(key=k).value for k in ("wz_new_carry_0", "wz_new_carry_1", "wz_new_carry_bonus"))
    _at, nothing = _start_next_round(store, last_round)
    assert nothing.assessment.special_deductions == () and nothing.assessment.special_bonus is None
    store.delete_assessment(nothing.id)
    _at, chosen = _start_next_round(store, last_round, tick=(1,), bonus=True)
    assert chosen.assessment.special_deductions == (FOUND[1],)
    assert chosen.assessment.special_bonus == BONUS


def test_confirm_all_copied_answers_of_a_step(store, last_round):
    at, nxt = _start_next_round(store, last_round)
    aid = nxt.id
    at.button(key=f"wz_step_{aid}_1.3").click().run()
    # one item of the step has a draft (a partial result without samples): it is left out of the confirmation
    at.segmented_control(key=_key(aid, "1.3.4", "result")).set_value("partial").run()
    button = at.button(key=f"wz_confirm_all_{aid}_1.3")
    items = [it.id for ind in default_catalog().indicators() if ind.id == "1.3" for it in ind.items]
    assert str(len(items) - 1) in button.label
    before = store.get_assessment(aid)
    button.click().run()
    no_exceptions(at)
    after = store.get_assessment(aid)
    assert after.version == before.version + 1, "one save for the whole step"
    marks = {r.item: r.to_reverify for r in after.assessment.responses}
    assert [i for i in items if marks[i]] == ["1.3.4"]
    assert marks["1.1.1"] and marks["2.1.1"], "other steps are untouched"
    assert {r.item: r.result for r in after.assessment.responses} == {
        r.item: r.result for r in before.assessment.responses}


def test_results_show_draft_with_count_to_reverify(store, last_round):
    nxt = usecases.next_round(store, last_round.id, date(2027, 3, 1))
    total = len(nxt.assessment.responses)
    at = open_page(make_app("en", nxt.id), "ui/results.py")
    no_exceptions(at)
    [draft] = [w.value for w in at.warning if w.value.startswith("Draft:")]
    assert f"{total} answers copied from the last round are still to re-verify" in draft
    store.confirm_reverified(nxt.id, nxt.version, [r.item for r in nxt.assessment.responses[:10]])
    at = open_page(make_app("zh_CN", nxt.id), "ui/results.py")
    assert any(w.value.startswith(f"草稿：{total - 10} 个") and "待复核" in w.value for w in at.warning)
    # once every answer is confirmed, the round is no longer a draft
    current = store.get_assessment(nxt.id)
    store.confirm_reverified(nxt.id, current.version, [r.item for r in current.assessment.responses])
    at = open_page(make_app("es", nxt.id), "ui/results.py")
    no_exceptions(at)
    assert not any("Borrador" in w.value for w in at.warning)


def test_results_gap_table_shows_the_corrective_action_owner_and_due_date(store, last_round):
    stored = store.get_assessment(last_round.id)
    store.add_action(stored.id, stored.version, CorrectiveAction(
        item="1.3.1", description="Set a service budget **now**", owner="李明", due_on=date(2026, 6, 30)))
    at = open_page(make_app("en", stored.id), "ui/results.py")
    no_exceptions(at)
    gaps = next(t.value for t in at.table if "Item" in t.value.columns)
    assert {"Corrective action", "Owner", "Due on"} <= set(gaps.columns)
    row = gaps[gaps["Item"].str.startswith("1\\.3\\.1")].iloc[0]
    assert row["Corrective action"] == "Set a service budget \\*\\*now\\*\\*"  # shown as text, never as markdown
    assert (row["Owner"], row["Due on"]) == ("李明", "2026-06-30")


def test_delete_round_asks_for_confirmation(store, last_round):
    nxt = usecases.next_round(store, last_round.id, date(2027, 3, 1))
    at = make_app("en")
    at.session_state["enterprise_id"] = last_round.enterprise_id
    open_page(at, "ui/wizard.py")
    at.button(key=f"wz_delete_{nxt.id}").click().run()
    no_exceptions(at)
    assert store.get_assessment(nxt.id), "nothing is deleted before the answer"
    assert any("Delete the assessment of" in m.value for m in at.markdown)
    at.button(key="wz_delete_no").click().run()
    assert [s.id for s in store.list_assessments()] == [nxt.id, last_round.id]
    assert not [b for b in at.button if b.key == "wz_delete_yes"]
    at.button(key=f"wz_delete_{nxt.id}").click().run()
    at.button(key="wz_delete_yes").click().run()
    no_exceptions(at)
    assert [s.id for s in store.list_assessments()] == [last_round.id]
    assert any("was deleted" in s.value for s in at.success)
    # the open round can be deleted from its own header too; the wizard then shows the first screen
    at = open_page(make_app("en", last_round.id), "ui/wizard.py")
    at.button(key="wz_delete_open").click().run()
    at.button(key="wz_delete_yes").click().run()
    no_exceptions(at)
    assert store.list_assessments() == []
    assert at.selectbox(key="wz_enterprise").value == last_round.enterprise_id


def test_delete_special_finding(store, last_round):
    aid = last_round.id
    at = open_page(make_app("en", aid), "ui/special.py")
    at.button(key=f"sp_del_{aid}_0").click().run()
    no_exceptions(at)
    assert store.get_assessment(aid).assessment.special_deductions == FOUND, "it asks first"
    assert any("Warranty card without the 三包 terms" in m.value.replace("\\", "") for m in at.markdown)
    at.button(key="sp_remove_no").click().run()
    assert store.get_assessment(aid).assessment.special_deductions == FOUND
    at.button(key=f"sp_del_{aid}_0").click().run()
    at.button(key="sp_remove_yes").click().run()
    no_exceptions(at)
    assert store.get_assessment(aid).assessment.special_deductions == (FOUND[1],)
    assert any("was removed" in s.value for s in at.success)
    # the bonus too
    at.button(key="sp_bonus_remove").click().run()
    assert store.get_assessment(aid).assessment.special_bonus == BONUS
    at.button(key="sp_remove_bonus_yes").click().run()
    no_exceptions(at)
    assert store.get_assessment(aid).assessment.special_bonus is None
