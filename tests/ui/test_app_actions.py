"""Tracked corrective actions in the app: added at a gap item in the wizard, moved to done and then verified (a
verification without a verifier refused), a bad date refused in the user's language with the saved one kept, and
the overdue actions counted on the results page."""

from __future__ import annotations

from datetime import date, timedelta

from criteria import default_catalog

from assessment.models import CorrectiveAction
from tests.ui.conftest import make_app, no_exceptions, open_page


def _gap(store, aid: int) -> str:
    return next(r.item for r in store.get_assessment(aid).assessment.responses if r.result == "not_met")


def _wizard_at(store, aid: int, item: str, lang: str = "en"):
    step = next(ind.id for ind in default_catalog().indicators() if any(it.id == item for it in ind.items))
    at = make_app(lang, aid)
    at.query_params["step"] = step
    return open_page(at, "ui/wizard.py")


def _base(store, aid: int, item: str) -> str:
    return f"act.{aid}.{store.get_assessment(aid).version}.{item}"


def test_an_action_is_added_then_done_then_verified_from_the_wizard(store, certified_world):
    aid = certified_world["second"].id
    item = _gap(store, aid)
    at = _wizard_at(store, aid, item)
    base = _base(store, aid, item)
    at.text_area(key=f"{base}.new_description").input("补充培训记录")
    at.text_input(key=f"{base}.new_owner").input("王芳")
    at.text_input(key=f"{base}.new_due_on").input("2026-07-31")
    at.button(key=f"{base}.add_save").click().run()
    no_exceptions(at)
    [action] = store.get_assessment(aid).assessment.actions
    assert (action.item, action.description, action.owner, action.due_on, action.status) == (
        item, "补充培训记录", "王芳", date(2026, 7, 31), "open")
    assert any("the action was added" in s.value for s in at.success)

    base = _base(store, aid, item)
    at.selectbox(key=f"{base}.0.st").set_value("done")
    at.text_input(key=f"{base}.0.done_on").input("2026-07-20")
    at.button(key=f"{base}.0.status_save").click().run()
    no_exceptions(at)
    [action] = store.get_assessment(aid).assessment.actions
    assert (action.status, action.done_on) == ("done", date(2026, 7, 20))

    base = _base(store, aid, item)
    at.selectbox(key=f"{base}.0.st").set_value("verified")
    at.button(key=f"{base}.0.status_save").click().run()
    no_exceptions(at)
    assert "Say who verified the action." in [e.value for e in at.error]
    assert store.get_assessment(aid).assessment.actions[0].status == "done", "nothing saved without a verifier"
    at.text_input(key=f"{base}.0.verified_by").input("李明")
    at.text_area(key=f"{base}.0.note").input("培训记录已抽查")
    at.button(key=f"{base}.0.status_save").click().run()
    no_exceptions(at)
    [action] = store.get_assessment(aid).assessment.actions
    assert (action.status, action.done_on, action.verified_by, action.verification_note) == (
        "verified", date(2026, 7, 20), "李明", "培训记录已抽查")


def test_an_invalid_due_date_is_refused_and_the_saved_one_kept(store, certified_world):
    aid = certified_world["second"].id
    item = _gap(store, aid)
    stored = store.get_assessment(aid)
    store.add_action(aid, stored.version, CorrectiveAction(item=item, description="补充培训记录", due_on=date(2026, 7, 31)))
    at = _wizard_at(store, aid, item, "es")
    base = _base(store, aid, item)
    assert at.text_input(key=f"{base}.0.due_on").value == "2026-07-31"
    at.text_input(key=f"{base}.0.due_on").input("2026-13-01")
    at.button(key=f"{base}.0.edit_save").click().run()
    no_exceptions(at)
    assert any("2026-13-01 no es un día del calendario." in e.value for e in at.error)
    assert store.get_assessment(aid).assessment.actions[0].due_on == date(2026, 7, 31)
    at.text_input(key=f"{base}.0.due_on").input("2026-08-15")
    at.button(key=f"{base}.0.edit_save").click().run()
    no_exceptions(at)
    assert store.get_assessment(aid).assessment.actions[0].due_on == date(2026, 8, 15)


def test_the_results_page_counts_and_lists_the_overdue_actions(store, certified_world):
    aid = certified_world["second"].id
    item = _gap(store, aid)
    today = date.today()
    late = CorrectiveAction(item=item, description="Repair log to complete", due_on=today - timedelta(days=3))
    later = CorrectiveAction(item=item, description="Train the call centre", due_on=today + timedelta(days=30))
    closed = CorrectiveAction(item=item, description="Old one", due_on=today - timedelta(days=30), status="done",
                              done_on=today - timedelta(days=31))
    store.set_actions(aid, store.get_assessment(aid).version, (late, later, closed))
    at = open_page(make_app("en", aid), "ui/results.py")
    no_exceptions(at)
    assert "1 corrective action is overdue" in [e.value for e in at.error]
    shown = " ".join(m.value for m in at.markdown) + " ".join(t.value.to_string() for t in at.table)
    assert "Repair log to complete" in shown
