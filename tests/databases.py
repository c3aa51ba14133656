"""Fresh databases for the tests, on SQLite (a file in the test's folder) or on a PostgreSQL server.

The PostgreSQL server is named by GBT27922_TEST_POSTGRES_URL (`make test` starts a throw-away cluster with
scripts/test-postgres.sh and sets it). Each test gets a database of its own, created for it and dropped after
it: a copy (CREATE DATABASE ... TEMPLATE) of a template migrated once per test process, which is much faster
than migrating each time. Names carry the xdist worker and the process id, so parallel workers and two runs
against one server never meet.

Without the variable the PostgreSQL variants are skipped, unless GBT27922_REQUIRE_POSTGRES=1 (set by
`make test`), where a missing or unreachable server fails them.
"""

from __future__ import annotations

import itertools
import os
from typing import Optional

import pytest

POSTGRES_URL_ENV = "GBT27922_TEST_POSTGRES_URL"
REQUIRE_ENV = "GBT27922_REQUIRE_POSTGRES"
BACKENDS = ("sqlite", "postgresql")

_counter = itertools.count(1)


def _prefix() -> str:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    return f"gbt_test_{worker}_{os.getpid()}"


class PostgresServer:
    """The test server: creates and drops databases through an autocommit connection to its admin database."""

    def __init__(self, admin_url: str):
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url
        from sqlalchemy.pool import NullPool

        self.admin_url = make_url(admin_url)
        self._admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self._templates: dict[str, str] = {}

    def url(self, name: str) -> str:
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def execute(self, sql: str) -> None:
        from sqlalchemy import text

        with self._admin.connect() as conn:
            conn.execute(text(sql))

    @staticmethod
    def new_name(label: str = "db") -> str:
        """A database name no other test, worker or run uses."""
        return f"{_prefix()}_{label}_{next(_counter)}"

    def create(self, template: Optional[str] = None, *, label: str = "db") -> str:
        """A new database (a copy of `template`, else empty: no tables); returns its name."""
        name = self.new_name(label)
        source = template or "template0"
        # FILE_COPY copies the template's files directly, several times faster than the default WAL_LOG for a
        # small database on a cluster without fsync.
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}" STRATEGY FILE_COPY')
        return name

    def drop(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def migrated_template(self) -> str:
        """The template migrated to the newest schema, made once per process."""
        if "migrated" not in self._templates:
            from assessment.store import Store

            name = self.create(label="template")
            Store(self.url(name)).close()
            self._templates["migrated"] = name
        return self._templates["migrated"]

    def template_from(self, key: str, build) -> str:
        """A template built by `build(url)` once per process under `key` (e.g. a module's world of data)."""
        if key not in self._templates:
            name = self.create(self.migrated_template(), label="template")
            build(self.url(name))
            self._templates[key] = name
        return self._templates[key]

    def close(self) -> None:
        for name in self._templates.values():
            self.drop(name)
        self._templates.clear()
        self._admin.dispose()


def connect_server() -> PostgresServer:
    """The server named by the environment; skips (or fails, when required) if there is none."""
    url = os.environ.get(POSTGRES_URL_ENV)
    required = os.environ.get(REQUIRE_ENV, "") not in ("", "0")
    if not url:
        reason = (f"PostgreSQL tests need {POSTGRES_URL_ENV} (e.g. `export {POSTGRES_URL_ENV}=$(sh "
                  "scripts/test-postgres.sh start /tmp/gbt27922-pg)`); `make test` sets it")
        if required:
            pytest.fail(f"{REQUIRE_ENV} is set but {POSTGRES_URL_ENV} is not: {reason}", pytrace=False)
        pytest.skip(reason)
    server = PostgresServer(url)
    try:
        server.execute("SELECT 1")
    except Exception as exc:  # noqa: BLE001 — any failure to reach the server is reported the same way
        pytest.fail(f"the PostgreSQL test server {server.admin_url.render_as_string(hide_password=True)} cannot "
                    f"be reached: {exc}", pytrace=False)
    return server
