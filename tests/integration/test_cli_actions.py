"""`actions ASSESSMENT_ID [--overdue] [--today DATE] [--json]`: the stored plan, its statuses and which are overdue."""

from __future__ import annotations

import json
from datetime import date

import pytest

from assessment.cli import main
from assessment.models import Assessment, CatalogRef, CorrectiveAction, Enterprise, Response, SpecialDeduction
from assessment.store import Store
from criteria import default_catalog

KEYS = {"id", "item", "deduction", "description", "owner", "due_on", "status", "done_on", "verified_by",
        "verification_note", "carried_over", "overdue"}


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'actions.db'}"


@pytest.fixture
def run(capsys, db):
    def _run(*argv) -> tuple[int, str, str]:
        code = main(["--db", db, *[str(a) for a in argv]])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def stored(db) -> tuple[int, str]:
    catalog = default_catalog()
    item = next(iter(catalog.iter_items()))[2]
    ent = Enterprise(name="宁波海曙电器有限公司", credit_code="91330203MA2AAAAA1X")
    store = Store(db)
    try:
        e = store.add_enterprise(ent)
        a = Assessment(
            catalog=CatalogRef(id=catalog.id, version=catalog.version), enterprise=ent, assessed_on=date(2026, 3, 1),
            responses=(Response(item=item.id, result="not_met"),),
            special_deductions=(SpecialDeduction(category="law", description="三包凭证缺失"),),
            actions=(
                CorrectiveAction(item=item.id, description="补充制度文件", owner="张三", due_on=date(2026, 5, 31)),
                CorrectiveAction(item=item.id, description="组织培训", due_on=date(2026, 5, 1), status="done",
                                 done_on=date(2026, 4, 28)),
                CorrectiveAction(deduction=0, description="补印凭证", status="verified", done_on=date(2026, 4, 2),
                                 verified_by="王审核", verification_note="抽查合格", carried_over=True),
            ),
        )
        return store.add_assessment(e.id, a).id, item.id
    finally:
        store.close()


def test_the_table_lists_every_action_with_its_target_status_and_overdue_flag(run, stored):
    aid, item = stored
    code, out, err = run("--lang", "en", "actions", aid, "--today", "2026-06-01")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[1].split()[:3] == ["No.", "Target", "Corrective"]
    assert "Verified by" in lines[1] and "Overdue" in lines[1]
    first, second, third = lines[2:5]
    assert first.split()[:2] == ["1", item] and "张三" in first and "2026-05-31" in first
    assert "Open" in first and first.rstrip().endswith("yes")  # due 31 May, judged on 1 June
    assert "Done" in second and "2026-04-28" in second and not second.rstrip().endswith("yes")
    assert "Special deduction 1" in third and "Verified" in third and "王审核" in third and "Carried over" in third


def test_the_table_speaks_the_chosen_language(run, stored):
    aid, _ = stored
    code, out, _ = run("actions", aid, "--today", "2026-06-01")
    assert code == 0 and "待整改" in out and "已完成" in out and "已验证" in out and "第 1 项特别扣分" in out
    code, out, _ = run("--lang", "es", "actions", aid, "--today", "2026-06-01")
    assert code == 0 and "Abierta" in out and "Verificada" in out and "Deducción especial 1" in out


def test_overdue_lists_only_the_actions_past_due_on_the_day_given(run, stored):
    aid, _ = stored
    code, out, _ = run("--lang", "en", "actions", aid, "--overdue", "--today", "2026-05-31", "--json")
    assert code == 0 and json.loads(out) == []  # due today is not overdue yet
    code, out, _ = run("--lang", "en", "actions", aid, "--overdue", "--today", "2026-05-31")
    assert code == 0 and "No corrective action is overdue" in out
    code, out, _ = run("actions", aid, "--overdue", "--today", "2026-06-01", "--json")
    [late] = json.loads(out)
    assert (late["id"], late["description"], late["overdue"]) == (1, "补充制度文件", True)


def test_json_gives_each_action_with_exactly_the_documented_keys(run, stored):
    aid, item = stored
    code, out, err = run("actions", aid, "--today", "2026-06-01", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert [set(r) for r in rows] == [KEYS] * 3
    assert [r["id"] for r in rows] == [1, 2, 3]
    assert rows[0] == {"id": 1, "item": item, "deduction": None, "description": "补充制度文件", "owner": "张三",
                       "due_on": "2026-05-31", "status": "open", "done_on": None, "verified_by": "",
                       "verification_note": "", "carried_over": False, "overdue": True}
    assert rows[2] == {"id": 3, "item": None, "deduction": 0, "description": "补印凭证", "owner": "", "due_on": None,
                       "status": "verified", "done_on": "2026-04-02", "verified_by": "王审核",
                       "verification_note": "抽查合格", "carried_over": True, "overdue": False}


def test_an_unknown_assessment_id_exits_2_with_a_clear_message(run, stored):
    code, out, err = run("actions", 999, "--json")
    assert code == 2 and out == ""
    assert "no stored assessment with id 999" in err and "Traceback" not in err


def test_an_empty_plan_says_so(run, db):
    catalog = default_catalog()
    store = Store(db)
    ent = Enterprise(name="无整改企业", credit_code="")
    e = store.add_enterprise(ent)
    aid = store.add_assessment(e.id, Assessment(catalog=CatalogRef(id=catalog.id, version=catalog.version),
                                                enterprise=ent, assessed_on=date(2026, 3, 1))).id
    store.close()
    code, out, _ = run("--lang", "en", "actions", aid)
    assert code == 0 and "The action plan holds no corrective action" in out
    code, out, _ = run("actions", aid, "--json")
    assert json.loads(out) == []


def test_the_portfolio_shows_the_latest_rounds_overdue_actions(run, stored):
    code, out, _ = run("portfolio", "--today", "2026-06-01", "--json")
    assert [r["overdue_actions"] for r in json.loads(out)] == [1]
    code, out, _ = run("--lang", "en", "portfolio", "--today", "2026-06-01")
    header, row = out.splitlines()[1:3]
    assert header.rstrip().endswith("Overdue actions") and row.rstrip().endswith("1")
