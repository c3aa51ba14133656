"""`audit [--enterprise ID] [--assessment ID] [--since DATE] [--json]` in real processes, and the trail's refusal
of any update or delete."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from assessment.fillin.layout import column_letter
from assessment.store import Store
from assessment.store.tables import AuditRow

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
KEYS = {"id", "at", "actor", "actor_kind", "action", "target", "target_key", "enterprise_id", "assessment_id",
        "version", "before", "after"}
SIGNED = "cli (auditor)"


def runner(db: str):
    env = {**os.environ, "DATABASE_URL": db, "PYTHONIOENCODING": "utf-8", "LOGNAME": "auditor"}
    env.pop("GBT27922_DATA_DIR", None)

    def run(*argv: str) -> tuple[int, str, str]:
        proc = subprocess.run([sys.executable, "-m", "assessment", *argv], cwd=ROOT, env=env, capture_output=True,
                              text=True, encoding="utf-8", timeout=120)
        return proc.returncode, proc.stdout, proc.stderr

    return run


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """Built once through the command line: the three-star example imported (enterprise 1, assessment 1), its
    fill-in workbook brought back with item 1.1.1 answered not met and a corrective action for it, then the
    compliant example imported (enterprise 2, assessment 2)."""
    folder = tmp_path_factory.mktemp("audit")
    path = folder / "audit.db"
    run = runner(f"sqlite:///{path}")
    code, _, err = run("import", str(EXAMPLES / "03-three-star.json"))
    assert code == 0, err
    code, _, err = run("workbook", "1", "-o", str(folder / "fill.xlsx"), "--lang", "en")
    assert code == 0, err
    wb = load_workbook(folder / "fill.xlsx")
    ws = wb.worksheets[1]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "1.1.1")
    ws[f"{column_letter('result')}{row}"] = "Not met"
    ws[f"{column_letter('action')}{row}"] = "Rewrite the job descriptions"
    wb.save(folder / "filled.xlsx")
    code, _, err = run("import", str(folder / "filled.xlsx"), "--lang", "en")
    assert code == 0, err
    code, _, err = run("import", str(EXAMPLES / "02-compliant.json"))
    assert code == 0, err
    return path


@pytest.fixture
def db(tmp_path, seeded) -> str:
    shutil.copyfile(seeded, tmp_path / "audit.db")
    return f"sqlite:///{tmp_path / 'audit.db'}"


@pytest.fixture
def cli(db):
    return runner(db)


def trail(cli, *filters: str) -> list[dict]:
    code, out, err = cli("audit", *filters, "--json")
    assert code == 0, err
    return json.loads(out)


def test_every_entry_has_exactly_the_documented_keys_oldest_first(cli):
    entries = trail(cli)
    assert entries and all(set(e) == KEYS for e in entries)
    ids = [e["id"] for e in entries]
    assert ids == sorted(ids)
    assert all(e["at"].endswith("Z") for e in entries)


def test_an_import_is_audited_and_signed_by_the_command_line(cli):
    entries = trail(cli, "--assessment", "2")
    actions = {e["action"] for e in entries}
    assert {"assessment.create", "item.answer"} <= actions
    assert {e["actor"] for e in entries} == {SIGNED} and {e["actor_kind"] for e in entries} == {"cli"}
    created = next(e for e in trail(cli, "--enterprise", "2") if e["action"] == "enterprise.add")
    assert created["actor"] == SIGNED and created["after"]["name"] == "成都锦榕家具制造有限公司"


def test_an_answer_and_an_action_changed_from_the_command_line_carry_their_values_before_and_after(cli):
    entries = trail(cli, "--assessment", "1")
    [change] = [e for e in entries if e["target"] == "item" and e["target_key"] == "1.1.1" and e["version"] == 2]
    assert change["action"] == "item.answer" and change["actor"] == SIGNED
    assert (change["before"]["result"], change["after"]["result"]) == ("met", "not_met")
    [planned] = [e for e in entries if e["target"] == "action" and e["version"] == 2]
    assert planned["action"] == "action.add" and planned["actor"] == SIGNED and planned["before"] is None
    assert planned["after"]["description"] == "Rewrite the job descriptions"


def test_a_signed_in_users_change_is_listed_under_their_name(cli, db):
    from assessment.guard import GuardedStore
    from assessment.models import Response

    store = Store(db)
    try:
        user = store.add_user("wang.li@example.com", "member", name="王丽", enterprises=[1])
        guarded = GuardedStore(store, user.actor())
        guarded.set_response(1, guarded.get_assessment(1).version, Response(item="1.1.1", result="met"))
    finally:
        store.close()
    [last] = [e for e in trail(cli, "--assessment", "1") if e["target_key"] == "1.1.1"][-1:]
    assert (last["actor"], last["actor_kind"], last["before"]["result"], last["after"]["result"]) == (
        "王丽", "user", "not_met", "met")
    code, out, _ = cli("audit", "--assessment", "1")
    assert out.splitlines()[-1].split(" UTC  ", 1)[1].startswith(
        "王丽  item.answer  item 1.1.1 (assessment 1)  result: not_met → met")


def test_the_human_output_gives_one_line_per_entry_with_time_actor_action_target_and_change(cli):
    code, out, err = cli("audit", "--assessment", "1")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == len(trail(cli, "--assessment", "1"))
    [line] = [ln for ln in lines if "item 1.1.1 (assessment 1)" in ln and "result: met → not_met" in ln]
    stamp, rest = line.split(" UTC  ", 1)
    datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    assert rest.startswith(f"{SIGNED}  item.answer  item 1.1.1 (assessment 1)  ")


def test_the_filters_keep_only_that_enterprise_that_assessment_and_that_start(cli):
    everything = trail(cli)
    first = trail(cli, "--enterprise", "1")
    second = trail(cli, "--enterprise", "2")
    assert first and second and len(first) + len(second) == len(everything)
    assert {e["enterprise_id"] for e in first} == {1} and {e["enterprise_id"] for e in second} == {2}
    assessment = trail(cli, "--assessment", "1")
    assert assessment and {e["assessment_id"] for e in assessment} == {1}
    assert trail(cli, "--enterprise", "2", "--assessment", "1") == []
    day = date.fromisoformat(everything[-1]["at"][:10])
    assert trail(cli, "--since", day.isoformat())[-1] == everything[-1]
    assert trail(cli, "--since", (day + timedelta(days=1)).isoformat()) == []
    assert trail(cli, "--since", "1990-01-01") == everything
    code, out, _ = cli("audit", "--enterprise", "99")
    assert code == 0 and out.strip() == "no audit entries match"


@pytest.mark.parametrize("argv, message", [
    (["--since", "1989-12-31"], "use a date from 1990-01-01 to 2199-12-31"),
    (["--since", "2200-01-01"], "use a date from 1990-01-01 to 2199-12-31"),
    (["--since", "yesterday"], "invalid date 'yesterday'"),
    (["--enterprise", "0"], "invalid value '0'"),
    (["--assessment", "one"], "invalid value 'one'"),
])
def test_bad_filters_exit_2_naming_the_flag(cli, argv, message):
    code, out, err = cli("audit", *argv)
    assert code == 2 and out == ""
    assert message in err and argv[0] in err and "Traceback" not in err


def _row(session: Session, entry_id: int) -> tuple:
    r = session.get(AuditRow, entry_id)
    session.expire_all()
    return (r.at, r.actor, r.action, r.target, r.target_key, r.before, r.after)


@pytest.mark.parametrize("statement", [
    text("UPDATE audit_trail SET actor = 'someone else' WHERE id = 1"),
    text("DELETE FROM audit_trail WHERE id = 1"),
    text("DELETE FROM audit_trail"),
    update(AuditRow).where(AuditRow.id == 1).values(after=None),
    delete(AuditRow).where(AuditRow.id == 1),
], ids=["sql-update", "sql-delete", "sql-delete-all", "orm-update", "orm-delete"])
def test_no_entry_can_be_updated_or_deleted_through_the_stores_engine(db, statement):
    store = Store(db)
    try:
        with Session(store.engine) as session:
            kept, count = _row(session, 1), session.scalar(select(AuditRow.id).order_by(AuditRow.id.desc()))
        with pytest.raises(SQLAlchemyError, match="append-only|audit"):
            with Session(store.engine) as session, session.begin():
                session.execute(statement)
        with Session(store.engine) as session:
            assert _row(session, 1) == kept
            assert session.scalar(select(AuditRow.id).order_by(AuditRow.id.desc())) == count
    finally:
        store.close()


def test_an_orm_change_to_a_loaded_entry_is_refused_too(db):
    store = Store(db)
    try:
        with Session(store.engine) as session:
            kept = _row(session, 1)
        with pytest.raises(SQLAlchemyError):
            with Session(store.engine) as session, session.begin():
                session.get(AuditRow, 1).actor = "someone else"
        with pytest.raises(SQLAlchemyError):
            with Session(store.engine) as session, session.begin():
                session.delete(session.get(AuditRow, 1))
        with Session(store.engine) as session:
            assert _row(session, 1) == kept
    finally:
        store.close()
