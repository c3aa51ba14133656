"""The database under the store: where it lives, opening and migrating it, and what happens when it goes away.

A database that stops being usable while the program runs (its folder deleted, its file replaced, made
read-only, a full disk, a server gone) raises `StorageUnavailable`, never a success that saved nothing.
Two ways matter: every SQLAlchemy `OperationalError` is turned into `StorageUnavailable` at the engine, and a
write to a file-based SQLite database checks, just before it commits, that the file it writes to is still
the one at its path (SQLite keeps writing into a deleted file without a word).

SQLite and PostgreSQL are both supported and must behave alike. Text with a NUL character (which PostgreSQL
cannot store) is refused on both before it is sent, as `UnstorableValue`; a value PostgreSQL refuses for its
column (a number out of range, a text too long) is `UnstorableValue` too, never a driver traceback.
PostgreSQL connections are checked before use (a restarted server costs one reconnect, not an error), and
concurrent first starts migrate one after the other (an advisory lock).

Writes to one SQLite file from several processes (the command line beside the app, or app processes) are
serialized the way PostgreSQL's row locks serialize them: a unit of work opens its transaction with
`BEGIN IMMEDIATE` (the execution option `WRITE_LOCK`), so it takes SQLite's write lock before it reads what
it will change, and waits for it (busy_timeout) instead of reading a version another process is about to
replace. Reads begin an ordinary (deferred) transaction: a consistent snapshot that never blocks a writer.
A write that waits longer than BUSY_TIMEOUT_MS for others (SQLite's file lock; PostgreSQL's row locks, through
`lock_timeout`) fails as StorageUnavailable of kind "busy": not saved, try again.

SQLAlchemy is imported inside the functions: the command line imports this module for its error types only.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

DEFAULT_DB_NAME = "gbt27922.db"
MIGRATION_LOCK = 27922_2011  # the PostgreSQL advisory lock held while migrating
WRITE_LOCK = "gbt27922_write_lock"  # execution option: a SQLite transaction that takes the write lock at BEGIN
BUSY_TIMEOUT_MS = 10_000  # how long a SQLite writer waits for another's write to end before it is "busy"


class StoreError(Exception):
    """Base of the store's errors."""


class StorageUnavailable(StoreError):
    """The database cannot be used right now; nothing was saved.

    `kind` says why, for a message in the user's language: "read_only", "gone" (its file or folder was removed
    or replaced), "full" (no space left), "busy" (other writes held it longer than a write waits: try again) or
    "unavailable" (anything else: the detail is in `reason`).
    """

    KINDS = ("read_only", "gone", "full", "busy", "unavailable")
    _SUMMARY = {
        "read_only": "it is read-only",
        "gone": "its file or folder is gone",
        "full": "the disk is full",
        "busy": "it is busy with other writes, try again",
        "unavailable": "it cannot be used",
    }

    def __init__(self, database: str, kind: str, reason: str):
        self.database, self.kind, self.reason = database, kind, reason
        self.writing = False  # set when it stopped a write (a unit of work), so the message can say "not saved"
        super().__init__(f"database {database}: {self._SUMMARY[kind]} ({reason}); nothing was saved")


class UnstorableValue(StoreError, ValueError):
    """A value the database cannot hold (a NUL character in text; on PostgreSQL also a number out of its
    column's range or a text longer than its column); nothing was saved. `column` names it when known."""

    def __init__(self, database: str, column: str, reason: str):
        self.database, self.column, self.reason = database, column, reason
        where = f" for {column}" if column else ""
        super().__init__(f"database {database}: a value{where} cannot be stored ({reason}); nothing was saved")


def data_dir() -> Path:
    """The folder for the embedded database: GBT27922_DATA_DIR, else ./data."""
    return Path(os.environ.get("GBT27922_DATA_DIR", "data"))


def default_url() -> str:
    url = os.environ.get("DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{data_dir() / DEFAULT_DB_NAME}"


def sqlite_file(url: str) -> Optional[Path]:
    """The file of a file-based SQLite URL (plain or `sqlite:///file:PATH?mode=ro&uri=true`), else None."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    database = parsed.database
    if parsed.query.get("uri") == "true" or database.startswith("file:"):
        if parsed.query.get("mode") == "memory":
            return None
        database = database.removeprefix("file:")
        if database.startswith("//"):  # file://HOST/PATH (SQLite accepts an empty host or localhost)
            database = "/" + database[2:].partition("/")[2]
    return Path(database).expanduser()


def _read_only(url: str) -> bool:
    from sqlalchemy.engine import make_url

    return make_url(url).query.get("mode") == "ro"


def display_name(url: str) -> str:
    """How messages name the database: its file, or its URL without the password."""
    from sqlalchemy.engine import make_url

    path = sqlite_file(url)
    if path is not None:
        return str(path)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL is named by its scheme only, never echoed with a password
        return url.partition(":")[0] or "(database)"


def open_engine(url: str, *, migrate: bool = True) -> "Engine":
    """An engine on `url` whose operational errors are StorageUnavailable; SQLite gets its folder and pragmas."""
    from sqlalchemy import create_engine, event

    path = sqlite_file(url)
    if path is not None and not _read_only(url):
        path.parent.mkdir(parents=True, exist_ok=True)
    options: dict = {}
    if url.startswith("postgresql"):
        # A connection dropped by a restarted server is noticed at checkout and replaced; a few connections per
        # process are plenty (each request holds one for a short session).
        options = dict(pool_pre_ping=True, pool_size=5, max_overflow=10, pool_recycle=3600)
    engine = create_engine(url, future=True, **options)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        event.listen(engine, "connect", _postgres_settings)
    name = display_name(url)
    event.listen(engine, "handle_error", lambda context: _storage_error(name, context))
    event.listen(engine, "before_cursor_execute",
                 lambda conn, cursor, statement, params, context, many: _refuse_nul(name, params, context))
    if migrate:
        _migrate(engine)
    return engine


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # WAL lets the app's readers run beside a writer; NORMAL sync is safe against application crashes.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()
    # The driver's own implicit BEGIN (deferred, and only before a write statement) is switched off: every
    # transaction is begun by _sqlite_begin, so a unit of work can take the write lock before its first read.
    dbapi_conn.isolation_level = None


def _postgres_settings(dbapi_conn, _record) -> None:
    """A write waits for another's row lock as long as a SQLite writer waits for the file (BUSY_TIMEOUT_MS), then
    fails as "busy" (55P03), instead of hanging the page behind a stuck transaction."""
    with dbapi_conn.cursor() as cur:
        cur.execute(f"SET lock_timeout = {BUSY_TIMEOUT_MS}")
    dbapi_conn.commit()


def _sqlite_begin(conn) -> None:
    """begin listener (SQLite): BEGIN IMMEDIATE for a connection marked WRITE_LOCK, a deferred BEGIN otherwise."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_LOCK) else "BEGIN")


def _migrate(engine: "Engine") -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    with engine.connect().execution_options(**{WRITE_LOCK: True}) as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            # Several app processes may open one database at once (replicas behind a proxy): one migrates,
            # the others wait here until it commits, then find the schema at head.
            from sqlalchemy import text

            conn.execute(text("SET LOCAL lock_timeout = 0"))  # waiting for another replica's migration is fine
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


_SQLITE_KINDS = {
    "SQLITE_READONLY_DBMOVED": "gone",
    "SQLITE_READONLY": "read_only",
    "SQLITE_CANTOPEN": "gone",
    "SQLITE_FULL": "full",
    "SQLITE_BUSY": "busy",
    "SQLITE_LOCKED": "busy",
}
# PostgreSQL's SQLSTATEs for a write that lost to others: serialization failure, deadlock, lock not available.
_PG_BUSY = {"40001", "40P01", "55P03"}


def _refuse_nul(database: str, params, context) -> None:
    """before_cursor_execute listener: refuse text holding a NUL character, on every database alike."""
    rows = params if isinstance(params, (list, tuple)) and params and isinstance(params[0], (dict, list, tuple)) \
        else [params]
    for row in rows:
        items = row.items() if isinstance(row, dict) else enumerate(row or ())
        for key, value in items:
            if isinstance(value, str) and "\x00" in value:
                if not isinstance(key, str):  # a positional parameter (SQLite): its name from the statement
                    names = getattr(getattr(context, "compiled", None), "positiontup", None) or ()
                    key = names[key] if key < len(names) else ""
                raise UnstorableValue(database, _column_name(key), "text with a NUL character (\\x00)")


def _column_name(key: str) -> str:
    """A bound parameter's column: `name`, `name_1` or `param_1` as SQLAlchemy names them."""
    base, _, suffix = key.rpartition("_")
    name = base if suffix.isdigit() and base else key
    return "" if name == "param" else name


# PostgreSQL's SQLSTATEs for a value its column cannot hold.
_PG_UNSTORABLE = {"22001": "a text too long for its column", "22003": "a number out of range",
                  "22P05": "a character that cannot be stored", "22021": "a character that cannot be stored"}


def _storage_error(database: str, context) -> None:
    """handle_error listener: an OperationalError (the database, not the statement, failed) becomes
    StorageUnavailable naming the database; a value the database refuses for its column becomes
    UnstorableValue; every other error passes unchanged."""
    from sqlalchemy.exc import DataError, OperationalError

    if getattr(context, "is_pre_ping", False):
        return None  # a pooled connection found dead before use: the pool replaces it, nothing failed
    original = context.original_exception
    if isinstance(context.sqlalchemy_exception, DataError):
        state = getattr(original, "sqlstate", None) or ""
        if state in _PG_UNSTORABLE or "NUL" in str(original):
            detail = (str(original).strip().splitlines() or [""])[0]
            raise UnstorableValue(database, "", _PG_UNSTORABLE.get(state, detail)) from context.sqlalchemy_exception
        return None
    if not isinstance(context.sqlalchemy_exception, OperationalError):
        return None
    code = getattr(original, "sqlite_errorname", "") or ""
    kind = next((k for prefix, k in _SQLITE_KINDS.items() if code.startswith(prefix)), "unavailable")
    if (getattr(original, "sqlstate", None) or "") in _PG_BUSY:
        kind = "busy"
    reason = (str(original).strip().splitlines() or [type(original).__name__])[0]
    raise StorageUnavailable(database, kind, reason) from context.sqlalchemy_exception


class DatabaseFile:
    """The file of a file-based SQLite database, remembered by identity so a write can tell that the file at
    the path is no longer the one its connections write into (deleted, or replaced by another file)."""

    def __init__(self, url: str):
        self.path = sqlite_file(url)
        self.name = display_name(url)
        self._identity: Optional[tuple[int, int]] = None
        self._remember()

    def _remember(self) -> None:
        if self.path is not None:
            try:
                found = self.path.stat()
            except OSError:
                return  # not created yet: remembered at the first write
            self._identity = (found.st_dev, found.st_ino)

    def check(self, engine: "Engine") -> None:
        """Raise StorageUnavailable unless the database file is still where it was opened."""
        if self.path is None:
            return
        try:
            found = self.path.stat()
        except FileNotFoundError:
            raise StorageUnavailable(self.name, "gone", "the database file no longer exists") from None
        except OSError as exc:
            raise StorageUnavailable(self.name, "unavailable", exc.strerror or str(exc)) from None
        identity = (found.st_dev, found.st_ino)
        if self._identity is None:
            self._identity = identity
        elif identity != self._identity:
            # The open connections write into the old file: drop them, so the next attempt uses the new one.
            engine.dispose()
            self._identity = None
            raise StorageUnavailable(self.name, "gone", "the database file was replaced since it was opened")
