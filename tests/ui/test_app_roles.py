"""The app as each role sees it: only the assigned enterprises, controls the role cannot use switched off, and a
page opened on a foreign assessment refused in the user's language (the store refuses it; the page says so)."""

from __future__ import annotations

from datetime import date

import pytest

from assessment.models import Enterprise
from tests.ui.conftest import ensure_user, make_app, no_exceptions, open_page


@pytest.fixture
def two_clients(store, db_url):
    own = store.add_enterprise(Enterprise(name="自家客户有限公司"))
    foreign = store.add_enterprise(Enterprise(name="别家客户有限公司"))
    rounds = {e.id: store.new_assessment(e.id, date(2026, 3, 1), assessor="王丽").id for e in (own, foreign)}
    for role in ("consultant", "member", "viewer"):
        ensure_user(db_url, f"{role}@example.com", role=role, name=f"用户{role}", enterprises=(own.id,))
    return {"own": own, "foreign": foreign, "rounds": rounds}


@pytest.mark.parametrize("role", ["consultant", "member", "viewer"])
def test_the_portfolio_lists_only_the_assigned_enterprises(two_clients, role):
    at = make_app("en", signed_in=f"{role}@example.com")
    at.run()
    no_exceptions(at)
    names = list(at.dataframe(key="pf_table").value["name"])
    assert names == ["自家客户有限公司"]
    assert any(f"用户{role}" in c.value for c in at.sidebar.caption)
    creating = at.button(key="new_enterprise.submit")
    assert creating.disabled is (role != "consultant")
    assert at.button(key="pf_archive").disabled is (role != "consultant")


@pytest.mark.parametrize("page", ["ui/results.py", "ui/wizard.py", "ui/report.py"])
def test_a_foreign_assessment_is_not_shown_and_the_page_says_why(two_clients, page):
    foreign = two_clients["rounds"][two_clients["foreign"].id]
    at = make_app("es", assessment_id=foreign, signed_in="member@example.com")
    at.run()
    said = " ".join(w.value for w in at.warning)  # said once, on the first page drawn
    assert f"La evaluación {foreign} pertenece a una empresa que no tiene asignada" in said
    at.session_state["assessment_id"] = foreign  # asked again, on the page itself
    open_page(at, page)
    no_exceptions(at)
    shown = " ".join(m.value for m in (*at.markdown, *at.caption, *at.title, *at.header, *at.subheader))
    assert "别家客户有限公司" not in shown
    assert at.session_state["assessment_id"] is None


def test_a_viewer_cannot_save_an_answer_even_through_the_store_and_nothing_changes(two_clients, store):
    from assessment.access import Forbidden
    from assessment.guard import GuardedStore
    from assessment.models import Response

    own = two_clients["rounds"][two_clients["own"].id]
    viewer = store.get_user("viewer@example.com").actor()
    with pytest.raises(Forbidden):
        GuardedStore(store, viewer).set_response(own, 1, Response(item="1.1.1", result="met"))
    assert store.get_assessment(own).assessment.responses == ()
    at = make_app("zh_CN", assessment_id=own, signed_in="viewer@example.com")
    open_page(at, "ui/wizard.py")
    no_exceptions(at)  # the viewer reads the wizard


def test_a_consultant_creates_a_client_and_works_on_it_at_once(two_clients, store):
    at = make_app("en", signed_in="consultant@example.com")
    at.run()
    at.text_input(key="new_enterprise.name").input("新签约客户有限公司")
    at.button(key="new_enterprise.submit").click().run()
    no_exceptions(at)
    assert not at.error, [e.value for e in at.error]
    created = next(e for e in store.list_enterprises() if e.name == "新签约客户有限公司")
    assert created.id in store.get_user("consultant@example.com").enterprises
    assert "新签约客户有限公司" in list(at.dataframe(key="pf_table").value["name"])
