"""The stored corrective-action plan: per-action writes with the round's version, the status use case, the
portfolio's overdue count, and migration 0008 moving an older database's untracked actions into the plan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import create_engine, text

from assessment import usecases
from assessment.models import Assessment, CatalogRef, CorrectiveAction, Enterprise, Response, SpecialDeduction
from assessment.store import NotFound, StaleAssessment, Store
from criteria import default_catalog

ACME = Enterprise(name="宁波海曙电器有限公司", credit_code="91330203MA2AAAAA1X")
TODAY = date(2026, 6, 1)


@pytest.fixture
def store(database_url):
    s = Store(database_url)
    yield s
    s.close()


def _round(store, enterprise=ACME, assessed_on=date(2026, 3, 1), actions=()) -> int:
    catalog = default_catalog()
    items = [item.id for _, _, item in catalog.iter_items()]
    ent = store.add_enterprise(enterprise)
    a = Assessment(catalog=CatalogRef(id=catalog.id, version=catalog.version), enterprise=enterprise,
                   assessed_on=assessed_on, assessor="审核员甲",
                   responses=(Response(item=items[0], result="not_met"), Response(item=items[1], result="met")),
                   special_deductions=(SpecialDeduction(category="law", description="三包凭证缺失"),),
                   actions=actions)
    return store.add_assessment(ent.id, a).id


def _action(**fields) -> CorrectiveAction:
    return CorrectiveAction(**{"item": default_catalog().areas[0].indicators[0].items[0].id,
                               "description": "补充制度文件", **fields})


def test_actions_are_added_changed_and_removed_each_in_one_versioned_write(store):
    aid = _round(store)
    v0 = store.get_assessment(aid).version
    one = store.add_action(aid, v0, _action(owner="张三", due_on=date(2026, 5, 1)))
    two = store.add_action(aid, one.version, CorrectiveAction(deduction=0, description="补印凭证"))
    assert [a.description for a in two.assessment.actions] == ["补充制度文件", "补印凭证"]
    changed = store.set_action(aid, two.version, 0, _action(owner="李四"))
    assert changed.assessment.actions[0].owner == "李四" and changed.version > two.version
    removed = store.set_action(aid, changed.version, 0, None)
    assert [a.description for a in store.get_assessment(aid).assessment.actions] == ["补印凭证"]
    assert removed.assessment.actions[0].deduction == 0


def test_two_people_add_actions_from_one_version_and_a_stale_change_to_the_same_action_changes_nothing(store):
    from assessment.store import StaleItem

    aid = _round(store)
    v0 = store.get_assessment(aid).version
    store.add_action(aid, v0, _action())
    store.add_action(aid, v0, _action(description="second"))  # another action: both are kept
    with pytest.raises(StaleItem) as refused:
        store.set_action(aid, v0, 0, None)
    assert (refused.value.target, refused.value.key) == ("action", "1")
    with pytest.raises(StaleAssessment):  # a StaleItem is a StaleAssessment: older handlers still catch it
        usecases.change_action_status(store, aid, v0, 0, "done", TODAY)
    assert [a.description for a in store.get_assessment(aid).assessment.actions] == ["补充制度文件", "second"]


def test_an_action_on_an_unknown_item_or_deduction_or_position_is_refused(store):
    from assessment.scoring import InvalidResponse

    aid = _round(store)
    v = store.get_assessment(aid).version
    with pytest.raises(InvalidResponse, match="no such item"):
        store.add_action(aid, v, _action(item="9.9.9"))
    with pytest.raises(ValidationError, match="deduction"):
        store.add_action(aid, v, CorrectiveAction(deduction=3, description="x"))
    with pytest.raises(NotFound):
        store.set_action(aid, v, 0, None)
    assert store.get_assessment(aid).version == v


def test_status_changes_go_through_the_use_case_with_today_as_a_parameter(store):
    aid = _round(store, actions=(_action(due_on=date(2026, 5, 1)),))
    s = store.get_assessment(aid)
    s = usecases.change_action_status(store, aid, s.version, 0, "in_progress", TODAY)
    s = usecases.change_action_status(store, aid, s.version, 0, "done", TODAY)
    assert (s.assessment.actions[0].status, s.assessment.actions[0].done_on) == ("done", TODAY)
    with pytest.raises(ValidationError, match="verified_by"):
        usecases.change_action_status(store, aid, s.version, 0, "verified", date(2026, 6, 9))
    s = usecases.change_action_status(store, aid, s.version, 0, "verified", date(2026, 6, 9), verified_by="王审核",
                                      note="复查合格")
    a = store.get_assessment(aid).assessment.actions[0]
    assert (a.status, a.done_on, a.verified_by, a.verification_note) == ("verified", TODAY, "王审核", "复查合格")
    s = usecases.change_action_status(store, aid, s.version, 0, "open", date(2026, 6, 10))
    assert (s.assessment.actions[0].done_on, s.assessment.actions[0].verified_by) == (None, "")


def test_removing_a_deduction_with_its_plan_in_one_write(store):
    from assessment.actions import without_deduction

    aid = _round(store, actions=(CorrectiveAction(deduction=0, description="补印凭证"), _action()))
    s = store.get_assessment(aid)
    rest = without_deduction(s.assessment, 0)
    saved = store.set_special_findings(aid, s.version, rest.special_deductions, None, actions=rest.actions)
    assert saved.assessment.special_deductions == ()
    assert [a.description for a in saved.assessment.actions] == ["补充制度文件"]


def test_the_portfolio_counts_the_latest_rounds_overdue_actions(store):
    late, soon = date(2026, 5, 31), date(2026, 6, 1)
    first = _round(store, actions=(_action(due_on=late),))
    ent = store.get_assessment(first).enterprise_id
    catalog = default_catalog()
    later = store.get_assessment(first).assessment.model_copy(update={"assessed_on": date(2026, 4, 1), "actions": (
        _action(due_on=late), _action(due_on=late, status="in_progress"), _action(due_on=soon),
        _action(due_on=date(2026, 1, 1), status="done", done_on=date(2026, 1, 2)), _action())})
    store.add_assessment(ent, later)
    other = _round(store, Enterprise(name="另一家企业", credit_code=""), actions=())
    rows = {r.enterprise.id: r for r in store.portfolio(TODAY)}
    assert rows[ent].overdue_actions == 2  # of the latest round; due today is not overdue yet
    assert rows[store.get_assessment(other).enterprise_id].overdue_actions == 0
    assert {r.enterprise.id: r.overdue_actions for r in store.portfolio(date(2026, 6, 2))}[ent] == 3
    assert rows[ent].to_dict()["overdue_actions"] == 2
    assert catalog.id  # the rounds were stored against the built-in catalog


def test_migration_0008_moves_an_older_databases_untracked_actions_into_the_plan(empty_database_url):
    from alembic import command
    from alembic.config import Config

    import assessment.store as store_package

    url = empty_database_url
    engine = create_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(store_package.__file__).parent / "migrations"))
    catalog = default_catalog()
    first, second = [item.id for _, _, item in catalog.iter_items()][:2]
    t = {"t": "2025-01-01 00:00:00", "c": catalog.id, "v": catalog.version}
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0007")
        conn.execute(text("INSERT INTO enterprises (id, name, credit_code, kind, industry, address, contact, archived,"
                          " created_at, updated_at) VALUES (1, 'A', '', 'producer', '', '', '', false, :t, :t)"), t)
        conn.execute(text("INSERT INTO assessments (id, enterprise_id, catalog_id, catalog_version, assessed_on, "
                          "assessor, enterprise_snapshot, version, created_at, updated_at) VALUES "
                          "(1, 1, :c, :v, '2025-01-05', '', '{\"name\": \"A\"}', 1, :t, :t)"), t)
        conn.execute(text("INSERT INTO responses (assessment_id, item, result, justification, note, evidence, "
                          "to_reverify, action, owner, due_on) VALUES "
                          "(1, :a, 'not_met', '', '', '[]', false, '补充手册', '张三', '2025-03-31'), "
                          "(1, :b, 'met', '', '', '[]', false, '', '', NULL)"), {"a": first, "b": second})
        conn.execute(text("INSERT INTO special_deductions (assessment_id, position, category, description, "
                          "corrective_action) VALUES (1, 0, 'law', '三包凭证缺失', '补印凭证')"))
    engine.dispose()
    migrated = Store(url)  # opening it upgrades to head
    a = migrated.get_assessment(1).assessment
    assert [(x.item, x.deduction, x.description, x.owner, x.due_on, x.status) for x in a.actions] == [
        (first, None, "补充手册", "张三", date(2025, 3, 31), "open"),
        (None, 0, "补印凭证", "", None, "open"),
    ]
    assert all(r.action == "" for r in a.responses) and a.special_deductions[0].corrective_action == ""
    migrated.close()
    with create_engine(url).connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM responses WHERE action != ''")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM corrective_actions")).scalar() == 2
