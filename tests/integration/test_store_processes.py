"""Several processes writing to one database at once, as the command line beside the app, or several app
processes, do: each saves what it changed and nothing is refused as stale or busy, on SQLite as on PostgreSQL."""

from __future__ import annotations

import multiprocessing
from datetime import date

import pytest

from assessment.access import Actor, acting
from assessment.models import Assessment, CatalogRef, Enterprise, Response
from assessment.store import Store
from criteria import default_catalog

PROCESSES, SAVES = 4, 8
ITEMS = tuple(item.id for _a, _i, item in list(default_catalog().iter_items())[:PROCESSES])  # one each


def _saver(url: str, assessment_id: int, item: str, n: int, start, results) -> None:
    """One process: its own store; after the common start, SAVES answers to its own item, each from the version
    its previous save returned (as a page does), reporting what was refused."""
    store = Store(url, migrate=False)
    who = Actor(name=f"用户{n}", role="member", enterprises=frozenset({1}), user_id=100 + n)
    refused = []
    try:
        version = store.get_assessment(assessment_id).version
        start.wait(timeout=60)
        with acting(who):
            for i in range(SAVES):
                try:
                    version = store.set_response(assessment_id, version,
                                                 Response(item=item, result="met", note=f"第{i}次")).version
                except Exception as exc:  # noqa: BLE001 — every refusal is reported to the test
                    refused.append(f"{type(exc).__name__}: {exc}")
    finally:
        store.close()
        results.put((item, refused))


@pytest.fixture
def round_(database_url):
    store = Store(database_url)
    cat = default_catalog()
    ent = store.add_enterprise(Enterprise(name="宁波示例电器有限公司"))
    saved = store.add_assessment(ent.id, Assessment(catalog=CatalogRef(id=cat.id, version=cat.version),
                                                    enterprise=Enterprise(name="宁波示例电器有限公司"),
                                                    assessed_on=date(2026, 3, 1)))
    store.close()
    return database_url, saved.id


def test_processes_saving_different_items_of_one_assessment_at_once_all_succeed(round_):
    url, assessment_id = round_
    ctx = multiprocessing.get_context("fork")  # the children open their own store; the parent's is closed
    start, results = ctx.Barrier(PROCESSES), ctx.Queue()
    workers = [ctx.Process(target=_saver, args=(url, assessment_id, ITEMS[n], n, start, results))
               for n in range(PROCESSES)]
    for w in workers:
        w.start()
    outcomes = dict(results.get(timeout=120) for _ in workers)
    for w in workers:
        w.join(timeout=30)
    assert outcomes == {item: [] for item in ITEMS}
    store = Store(url, migrate=False)
    try:
        saved = store.get_assessment(assessment_id)
        answers = saved.assessment.response_map()
        assert {item: answers[item].note for item in ITEMS} == {item: f"第{SAVES - 1}次" for item in ITEMS}
        assert saved.version == 1 + PROCESSES * SAVES
        answered = [e for e in store.audit_trail() if e.action == "item.answer"]
        assert len(answered) == PROCESSES * SAVES
    finally:
        store.close()


def test_a_write_that_waits_too_long_for_another_fails_as_busy_and_saves_nothing(round_, backend, monkeypatch):
    """Another connection holds the write lock (SQLite's file lock; on PostgreSQL the revision row every write
    moves): a save waits BUSY_TIMEOUT_MS, then is refused as busy with nothing of it stored; once the other
    write ends, the same save goes through."""
    from sqlalchemy import create_engine, text

    from assessment.store import StorageUnavailable
    from assessment.store import engine as engine_module

    url, assessment_id = round_
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    store = Store(url, migrate=False)
    other = create_engine(url, isolation_level="AUTOCOMMIT" if backend == "sqlite" else None)
    try:
        version = store.get_assessment(assessment_id).version
        with other.connect() as holder:
            if backend == "sqlite":
                holder.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                holder.execute(text("SELECT value FROM store_revision WHERE id = 1 FOR UPDATE"))
            with pytest.raises(StorageUnavailable) as refused:
                store.set_response(assessment_id, version, Response(item=ITEMS[0], result="met"))
            assert refused.value.kind == "busy" and "try again" in str(refused.value)
            holder.exec_driver_sql("ROLLBACK") if backend == "sqlite" else holder.rollback()
        assert store.get_assessment(assessment_id).version == version
        saved = store.set_response(assessment_id, version, Response(item=ITEMS[0], result="met"))
        assert saved.version == version + 1 and ITEMS[0] in saved.assessment.response_map()
    finally:
        other.dispose()
        store.close()
