"""The deployment tests' world: a throw-away PostgreSQL cluster of their own (scripts/test-postgres.sh), started
once per test process and removed at the end."""

from __future__ import annotations

import pytest

from tests.deploy.servers import Missing, postgres_cluster, unavailable


@pytest.fixture(scope="session")
def pg_cluster():
    try:
        with postgres_cluster() as cluster:
            yield cluster
    except Missing as exc:
        unavailable(str(exc))
