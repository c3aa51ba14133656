"""The store when its SQLite database goes away under it: writes fail loudly, nothing is reported as saved.

Tests run as root, who ignores file permissions: a read-only database is opened in SQLite's read-only mode
(`sqlite:///file:PATH?mode=ro&uri=true`), a full disk is a page limit SQLite enforces itself.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import event

from assessment import usecases
from assessment.exchange import read_assessment
from assessment.models import Enterprise, Response
from assessment.store import StorageUnavailable, Store, StoreError

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "03-three-star.json"


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(folder):
    s = Store(f"sqlite:///{folder / 'app.db'}")
    yield s
    s.close()


def _read_only(path: Path) -> str:
    return f"sqlite:///file:{path}?mode=ro&uri=true"


def _answer(store, stored, note: str = "changed"):
    return store.set_response(stored.id, stored.version, Response(item="1.1.1", result="not_met", note=note))


def test_storage_unavailable_is_a_store_error_naming_the_database():
    exc = StorageUnavailable("/srv/data/app.db", "read_only", "attempt to write a readonly database")
    assert isinstance(exc, StoreError)
    assert str(exc).startswith("database /srv/data/app.db: it is read-only") and "nothing was saved" in str(exc)


@pytest.mark.parametrize("remove", [
    pytest.param(lambda folder: shutil.rmtree(folder), id="folder deleted"),
    pytest.param(lambda folder: [p.unlink() for p in folder.glob("app.db*")], id="file deleted"),
])
def test_write_into_a_vanished_database_folder_fails_loudly(store, folder, remove):
    stored = usecases.import_assessment(store, read_assessment(EXAMPLE))
    remove(folder)
    with pytest.raises(StorageUnavailable) as err:
        _answer(store, stored)
    assert err.value.kind == "gone" and str(folder / "app.db") in str(err.value)
    with pytest.raises(StorageUnavailable):
        store.add_enterprise(Enterprise(name="新企业"))
    assert not (folder / "app.db").exists()  # nothing wrote a fresh file in its place


def test_a_write_after_the_file_was_replaced_fails_then_goes_to_the_new_file(store, folder, tmp_path):
    stored = usecases.import_assessment(store, read_assessment(EXAMPLE))
    backup = tmp_path / "backup.db"
    store.close()
    shutil.copy(folder / "app.db", backup)
    store.set_setting("k", "written before the restore")  # a pooled connection holds the old file
    os.replace(backup, folder / "app.db")  # the restore: another file at the same path
    with pytest.raises(StorageUnavailable) as err:
        _answer(store, stored, "after the restore")
    assert err.value.kind == "gone" and "replaced" in str(err.value)
    again = _answer(store, store.get_assessment(stored.id), "after the restore")  # the new file, from now on
    assert Store(store.url).get_assessment(stored.id).assessment.response_map()["1.1.1"].note == "after the restore"
    assert again.version == stored.version + 1


def test_a_read_only_database_serves_reads_and_refuses_writes(store, folder):
    stored = usecases.import_assessment(store, read_assessment(EXAMPLE))
    store.close()
    ro = Store(_read_only(folder / "app.db"))
    assert [s.id for s in ro.list_assessments()] == [stored.id]
    assert usecases.export_assessment(ro, stored.id) == read_assessment(EXAMPLE)
    with pytest.raises(StorageUnavailable) as err:
        _answer(ro, stored)
    assert err.value.kind == "read_only" and str(folder / "app.db") in str(err.value)
    assert "read-only" in str(err.value) and "nothing was saved" in str(err.value)
    assert ro.get_assessment(stored.id).version == stored.version
    ro.close()


def test_a_read_only_url_creates_no_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StorageUnavailable) as err:
        Store(_read_only(tmp_path / "missing" / "app.db"))
    assert err.value.kind == "gone"
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # neither 'missing' nor a stray 'file:' folder


def test_a_full_disk_fails_the_write_loudly_and_keeps_what_was_stored(store):
    stored = usecases.import_assessment(store, read_assessment(EXAMPLE))
    with store.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    store.engine.dispose()
    event.listen(store.engine, "connect", lambda dbapi, _: dbapi.execute(f"PRAGMA max_page_count={pages}"))
    with pytest.raises(StorageUnavailable) as err:
        for n in range(50):  # fill the last free pages
            usecases.import_assessment(store, read_assessment(EXAMPLE).model_copy(update={"assessor": "x" * 400 + str(n)}))
    assert err.value.kind == "full"
    assert store.get_assessment(stored.id).assessment == read_assessment(EXAMPLE).model_copy(update={"certificate": None})


def test_a_database_folder_that_cannot_be_created_fails_when_opened(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(OSError):
        Store(f"sqlite:///{blocker / 'app.db'}")

