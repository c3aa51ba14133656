"""People of one team saving answers to different items of one assessment at the same moment, from several
processes (as several replicas do) on PostgreSQL: every save goes through, and the audit trail has each one."""

from __future__ import annotations

import multiprocessing
import time
from datetime import date

SAVES = 12
PEOPLE = 4


def _save_items(url: str, items: list[str], name: str, start_at: float, results) -> None:
    from assessment.access import Actor
    from assessment.guard import GuardedStore
    from assessment.models import Response
    from assessment.store import Store

    store = Store(url)
    errors = []
    try:
        guarded = GuardedStore(store, Actor(name=name, role="admin"))
        aid = 1
        while time.time() < start_at:
            time.sleep(0.001)
        for n in range(SAVES):
            stored = guarded.get_assessment(aid)  # the page drawn, then the click saved with its version
            try:
                guarded.set_response(aid, stored.version, Response(item=items[n % len(items)],
                                                                   result=("met", "not_met")[n % 2]))
            except Exception as exc:  # noqa: BLE001 (the test lists what a person would have been told)
                errors.append(type(exc).__name__)
    finally:
        store.close()
        results.put(errors)


def test_saves_to_different_items_of_one_assessment_from_several_processes_all_go_through(pg_cluster):
    from assessment.models import Enterprise
    from assessment.store import Store
    from criteria import default_catalog

    url = pg_cluster.database("team_saves")
    store = Store(url)
    try:
        ent = store.add_enterprise(Enterprise(name="杭州示例家电有限公司"))
        assert store.new_assessment(ent.id, date(2026, 1, 5)).id == 1
    finally:
        store.close()
    items = [it.id for _, _, it in default_catalog().iter_items()]
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    start_at = time.time() + 2
    procs = [context.Process(target=_save_items, args=(url, items[k::PEOPLE][:3], f"成员{k + 1}", start_at, results))
             for k in range(PEOPLE)]
    for proc in procs:
        proc.start()
    errors = [e for _ in procs for e in results.get(timeout=120)]
    for proc in procs:
        proc.join(timeout=30)
    assert errors == [], f"{len(errors)} of {PEOPLE * SAVES} saves refused: {sorted(set(errors))}"

    store = Store(url)
    try:
        entries = [e for e in store.audit_trail(assessment_id=1) if e.target == "item"]
    finally:
        store.close()
    assert len(entries) == PEOPLE * SAVES
    assert {e.actor for e in entries} == {f"成员{k + 1}" for k in range(PEOPLE)}
