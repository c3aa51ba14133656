"""Shared fixtures. The repository root goes on sys.path so `criteria` and `assessment` import without install."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def the_default_catalog():
    """The built-in GB/T 27922-2011 catalog, loaded and validated once."""
    from criteria import default_catalog

    return default_catalog()


# --- databases: every store test runs on SQLite and on PostgreSQL (tests/databases.py) ---------------------------


@pytest.fixture(scope="session")
def postgres_server():
    """The PostgreSQL test server (GBT27922_TEST_POSTGRES_URL); skipped without one, failed if required."""
    from tests.databases import connect_server

    server = connect_server()
    yield server
    server.close()


@pytest.fixture(params=[pytest.param("sqlite"), pytest.param("postgresql", marks=pytest.mark.postgresql)])
def backend(request) -> str:
    """The database product a test runs on; a test asking for it runs once on each."""
    return request.param


@pytest.fixture
def database_url(backend, request, tmp_path):
    """A fresh database migrated to the newest schema, of the test's own: a new SQLite file, or a new PostgreSQL
    database (dropped after the test)."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    server = request.getfixturevalue("postgres_server")
    name = server.create(server.migrated_template())
    yield server.url(name)
    server.drop(name)


@pytest.fixture
def empty_database_url(backend, request, tmp_path):
    """A fresh database without any table (for migration tests), SQLite or PostgreSQL."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    server = request.getfixturevalue("postgres_server")
    name = server.create(label="empty")
    yield server.url(name)
    server.drop(name)
