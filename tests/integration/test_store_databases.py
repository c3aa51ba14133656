"""What must hold alike on SQLite and PostgreSQL, and what PostgreSQL adds: values one database would refuse,
writers at the same time, the audit trail's trigger through the migrations, and a server that goes away."""

from __future__ import annotations

import subprocess
import tempfile
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

import assessment.store as store_module
from assessment.models import Enterprise
from assessment.store import NotFound, StorageUnavailable, Store, UnstorableValue

ROOT = Path(__file__).resolve().parents[2]
POSTGRESQL_ONLY = pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgresql)])


@pytest.fixture
def store(database_url):
    s = Store(database_url)
    yield s
    s.close()


def test_text_with_a_nul_character_is_refused_naming_the_column_and_nothing_is_saved(store):
    revision = store.revision()
    with pytest.raises(UnstorableValue, match=r"for name cannot be stored \(text with a NUL character") as refused:
        store.add_enterprise(Enterprise(name="宁波\x00电器"))
    assert refused.value.column == "name" and "nothing was saved" in str(refused.value)
    assert store.list_enterprises() == [] and store.revision() == revision and store.audit_trail() == []


def test_an_id_no_row_can_have_is_simply_not_found(store):
    store.add_enterprise(Enterprise(name="宁波电器"))
    for huge in (2**31, 2**40, 2**63):
        with pytest.raises(NotFound):
            store.get_enterprise(huge)
        with pytest.raises(NotFound):
            store.get_assessment(huge)
        assert store.audit_trail(enterprise_id=huge) == [] and store.audit_trail(assessment_id=huge) == []
    with pytest.raises(NotFound):
        store.add_user("wang@example.com", "member", name="王丽", enterprises=(2**40,))


def test_a_setting_name_longer_than_its_column_is_refused_before_anything_is_written(store):
    with pytest.raises(ValueError, match="a setting's name must be 1 to 100 characters"):
        store.set_setting("k" * 101, "v")
    store.set_setting("k" * 100, "v")
    assert store.get_setting("k" * 100) == "v"


def test_a_long_e_mail_address_is_audited_under_a_key_cut_alike_everywhere(store):
    email = "a" * 250 + "@example.com"
    store.add_user(email, "viewer", name="长地址")
    [entry] = [e for e in store.audit_trail() if e.action == "user.add"]
    assert entry.target_key == email[:200]
    assert [e.action for e in store.audit_trail(target="user", key=email)] == ["user.add"]


def test_writers_at_the_same_time_lose_no_revision_and_no_entry(store):
    threads, per_thread, errors = 4, 10, []

    def write(n: int) -> None:
        try:
            for i in range(per_thread):
                store.set_setting(f"thread-{n}-{i}", str(i))
        except Exception as exc:  # noqa: BLE001 — reported below
            errors.append(exc)

    before = store.revision()
    workers = [threading.Thread(target=write, args=(n,)) for n in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == []
    assert store.revision() == before + threads * per_thread
    assert len([e for e in store.audit_trail() if e.action == "settings.change"]) == threads * per_thread


# -- the migrations and the append-only trigger -----------------------------------------------------------------


def _alembic(url: str, verb: str, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(store_module.__file__).with_name("migrations")))
    engine = create_engine(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, verb)(cfg, revision)
    engine.dispose()


def _triggers(url: str) -> tuple[int, int]:
    """(triggers on audit_trail, trigger functions of the audit trail) in the database."""
    engine = create_engine(url)
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            found = conn.scalar(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                     "AND tbl_name = 'audit_trail'")), 0
        else:
            found = (conn.scalar(text("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal "
                                      "AND tgrelid = to_regclass('audit_trail')")),
                     conn.scalar(text("SELECT count(*) FROM pg_proc WHERE proname = 'audit_trail_append_only'")))
    engine.dispose()
    return found


def test_every_migration_goes_down_and_up_again_and_the_trigger_is_made_once(empty_database_url, backend):
    url = empty_database_url
    _alembic(url, "upgrade", "head")
    assert _triggers(url) == ((2, 0) if backend == "sqlite" else (1, 1))
    _alembic(url, "downgrade", "0008")
    assert _triggers(url) == (0, 0)
    _alembic(url, "downgrade", "base")
    _alembic(url, "upgrade", "head")
    assert _triggers(url) == ((2, 0) if backend == "sqlite" else (1, 1))
    s = Store(url)
    s.add_enterprise(Enterprise(name="宁波电器"))
    with pytest.raises(Exception, match="append-only"):
        with s.unit_of_work() as session:
            session.execute(text("DELETE FROM audit_trail"))
    assert [e.action for e in s.audit_trail()] == ["enterprise.add"]
    s.close()


@POSTGRESQL_ONLY
def test_on_postgresql_the_audit_trail_cannot_be_truncated_even_outside_the_application(store, database_url):
    store.add_enterprise(Enterprise(name="宁波电器"))
    engine = create_engine(database_url)
    for statement in ("TRUNCATE audit_trail", "UPDATE audit_trail SET actor = 'x'", "DELETE FROM audit_trail"):
        with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
            conn.execute(text(statement))
    engine.dispose()
    assert [e.action for e in store.audit_trail()] == ["enterprise.add"]


# -- a server that is not there, or goes away ---------------------------------------------------------------------


def test_a_postgresql_server_that_cannot_be_reached_is_unavailable_and_the_password_is_not_shown(tmp_path):
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(StorageUnavailable) as refused:
        Store(f"postgresql+psycopg://gbt:s3cret-word@127.0.0.1:{port}/gbt27922")
    assert refused.value.kind == "unavailable"
    assert "s3cret-word" not in str(refused.value) and "***" in str(refused.value)


@POSTGRESQL_ONLY
def test_connections_the_server_dropped_are_replaced_without_an_error(store, database_url, postgres_server):
    store.add_enterprise(Enterprise(name="宁波电器"))
    name = database_url.rsplit("/", 1)[1]
    postgres_server.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
    assert [e.name for e in store.list_enterprises()] == ["宁波电器"]  # the pooled connection was dead
    store.add_enterprise(Enterprise(name="杭州电器"))
    assert len(store.list_enterprises()) == 2


@pytest.mark.postgresql
def test_a_server_that_stops_mid_run_makes_reads_and_writes_unavailable_not_a_traceback(postgres_server):
    folder = tempfile.mkdtemp(prefix="gbt27922-pg-")  # a cluster of its own, outside pytest's private folder
    script = ["sh", str(ROOT / "scripts" / "test-postgres.sh")]
    url = subprocess.run([*script, "start", folder], check=True, capture_output=True, text=True).stdout.strip()
    try:
        s = Store(url)
        s.add_enterprise(Enterprise(name="宁波电器"))
        subprocess.run([*script, "stop", folder], check=True, capture_output=True)
        with pytest.raises(StorageUnavailable) as reading:
            s.list_enterprises()
        assert reading.value.kind == "unavailable" and not reading.value.writing
        with pytest.raises(StorageUnavailable) as writing:
            s.add_enterprise(Enterprise(name="杭州电器"))
        assert writing.value.writing and "nothing was saved" in str(writing.value)
        s.close()
    finally:
        subprocess.run([*script, "stop", folder], capture_output=True)


@pytest.mark.postgresql
def test_lists_come_in_the_same_order_whatever_the_postgresql_databases_collation(postgres_server):
    name = postgres_server.new_name("icu")
    postgres_server.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE \'und\'')
    try:
        s = Store(postgres_server.url(name))
        names = ["apple", "Banana", "宁波电器", "Zeta", "éclair"]
        for n in names:
            s.add_enterprise(Enterprise(name=n))
        assert [e.enterprise.name for e in s.list_enterprises()] == sorted(names)  # code point order, as SQLite
        assert [r.enterprise.name for r in s.portfolio(date(2026, 6, 1))] == sorted(names)
        s.close()
    finally:
        postgres_server.drop(name)
