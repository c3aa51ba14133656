"""The store's base: the engine, short read sessions, and the one unit of work every write goes through.

A unit of work is one transaction. Before it commits it moves the store's revision on (one counter row in the
database, so a write from the command line or another app process counts as well) and checks that a SQLite
file is still the one it was opened on; after it commits it tells the listeners (`on_commit`). The audit trail
and change notifications hang here, and a cached read model is current for as long as `revision()` stands.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator, Optional

from sqlalchemy import event, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from ..access import Actor, current_actor, current_operation
from .audit_trail import fallback_entry, has_notes, write_notes
from .engine import WRITE_LOCK, DatabaseFile, StorageUnavailable, default_url, open_engine
from .tables import RevisionRow

_REVISION_ID = 1


class StoreBase:
    """One instance per process; thread-safe through short sessions."""

    def __init__(self, url: Optional[str] = None, *, migrate: bool = True):
        """Open (and migrate) the database; raises StorageUnavailable when it cannot be used."""
        self.url = url or default_url()
        self.engine = open_engine(self.url, migrate=migrate)
        self._file = DatabaseFile(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "after_flush", _mark_written)
        event.listen(self._sessions, "do_orm_execute", _mark_statement)
        self._listeners: list[Callable[[int], None]] = []
        self._catalogs: dict = {}

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A short session for reads; it never writes."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def unit_of_work(self, *, bookkeeping: bool = False) -> Iterator[Session]:
        """One write transaction: all of it is saved, or (on any error) none of it, with its audit entries
        signed by the acting user (access.current_actor(); `system` for a direct call).

        It commits only into the database file it was opened on: a deleted or replaced file raises
        StorageUnavailable and rolls back (SQLite would write into the deleted file). A `bookkeeping` write
        (a signed-in browser seen again) moves no revision and needs no audit entry of its own."""
        try:
            with self._sessions() as session:
                with session.begin():
                    # SQLite: the write lock is taken now, before the first read (engine.WRITE_LOCK).
                    session.connection(execution_options={WRITE_LOCK: True})
                    yield session
                    session.flush()
                    actor = current_actor() or Actor.system()
                    if not bookkeeping and session.info.get("written") and not has_notes(session):
                        fallback_entry(session, *current_operation())
                    write_notes(session, actor)
                    revision = None if bookkeeping else _bump(session)
                    self._file.check(self.engine)
        except StorageUnavailable as exc:
            exc.writing = True
            raise
        if revision is not None:
            for listener in tuple(self._listeners):
                listener(revision)

    def revision(self) -> int:
        """How many writes the database has committed (any process): unchanged means nothing changed."""
        with self._sessions() as session:
            return session.scalar(select(RevisionRow.value).where(RevisionRow.id == _REVISION_ID)) or 0

    def on_commit(self, listener: Callable[[int], None]) -> None:
        """Call `listener(revision)` after each write this store commits."""
        self._listeners.append(listener)


def _mark_written(session: Session, _flush_context) -> None:
    session.info["written"] = True


def _mark_statement(state) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info["written"] = True


def _bump(session: Session) -> int:
    moved = session.execute(
        update(RevisionRow).where(RevisionRow.id == _REVISION_ID).values(value=RevisionRow.value + 1)
        .returning(RevisionRow.value)
    ).scalar()
    if moved is None:  # the counter row is gone (a restored or hand-edited database): start it again
        session.execute(insert(RevisionRow).values(id=_REVISION_ID, value=1))
        return 1
    return moved
