"""Replicas started together on one new PostgreSQL database: each migrates on start, and they all come up."""

from __future__ import annotations

import multiprocessing
import time

import pytest


def _open(url: str, start_at: float, results) -> None:
    import alembic.command  # noqa: F401  (imported before the start, so the processes do not drift apart)
    import alembic.config  # noqa: F401
    import psycopg  # noqa: F401
    import sqlalchemy.dialects.postgresql  # noqa: F401

    from assessment.store import Store

    while time.time() < start_at:  # all processes reach the migration at the same moment
        time.sleep(0.001)
    try:
        Store(url).close()
        results.put("ok")
    except Exception as exc:  # noqa: BLE001 (the test reports what a replica would have died of)
        results.put(f"{type(exc).__name__}: {str(exc).splitlines()[0]}")


@pytest.mark.parametrize("round_", range(3))
def test_four_processes_opening_a_new_postgresql_database_at_once_all_succeed(pg_cluster, round_):
    url = pg_cluster.database(f"migrate_together_{round_}")
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    start_at = time.time() + 4  # spawned processes import the store first
    procs = [context.Process(target=_open, args=(url, start_at, results)) for _ in range(4)]
    for proc in procs:
        proc.start()
    outcomes = [results.get(timeout=120) for _ in procs]
    for proc in procs:
        proc.join(timeout=30)
    assert outcomes == ["ok"] * 4, outcomes

    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        versions = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    assert len(versions) == 1, f"the schema is at one revision, once: {versions}"
