"""The shared store and the session's UI pointers (which enterprise, which assessment, which step).

`st.session_state` holds pointers only. Assessments are read through the store; a small process-wide cache
keyed by (database, assessment id, version) avoids re-reading an unchanged assessment on every widget change.
A given version of an assessment never changes, so the cache cannot serve stale content for that version.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from datetime import date
from threading import Lock
from typing import Optional

import streamlit as st

from assessment.access import Actor, Forbidden
from assessment.guard import GuardedStore, narrow
from assessment.scoring import Result, score
from assessment.store import NotFound, StorageUnavailable, Store, StoredAssessment, UnstorableValue, default_url
from criteria import Catalog

from ui.i18n import _
from ui.widgets import md


class _AppStore:
    """The Store as the signed-in user may use it (a GuardedStore), with a database that cannot be used
    (StorageUnavailable) or an operation the user may not do (Forbidden) never reaching a page as a traceback
    or a false success.

    A failed write (StorageUnavailable raised from a unit of work: every write goes through one) is reported at
    the top of the page after a rerun (it stops the caller, in a widget callback too) and the assessment inputs
    are drawn again from what is stored; a failed read shows the message in place and stops the page. Use cases
    receive this object as their store: the guard runs them (run_use_case, reached through here), so their
    writes are reported the same way. Raw sessions and units of work are not offered to pages.
    """

    def __init__(self, inner: Store):
        self._inner = inner

    def __getattr__(self, name):
        attr = getattr(self._inner, name)
        if not callable(attr):
            return attr

        @functools.wraps(attr)
        def guarded(*args, **kwargs):
            try:
                return attr(*args, **kwargs)
            except StorageUnavailable as exc:
                _unavailable(exc)
            except Forbidden as exc:
                _forbidden(exc)
            except UnstorableValue:
                _unstorable()

        return guarded


def _unavailable(exc: StorageUnavailable, writing: Optional[bool] = None) -> None:
    if writing or (writing is None and exc.writing):
        flash("error", storage_message(exc, writing=True))
        for assessment_id in list(st.session_state.get("versions", {})):
            reload_widgets(assessment_id)  # inputs show what is stored, not the change that was lost
        st.rerun()
    st.error(storage_message(exc, writing=False))
    st.stop()


def _unstorable() -> None:
    """A value the database cannot hold (a control character pasted into a text, a number beyond its column):
    reported after a rerun, with the inputs drawn again from what is stored."""
    flash("error", _("Not saved: something entered cannot be stored (a hidden control character in pasted text, "
                     "or a number that is too large). Check what was entered and try again."))
    for assessment_id in list(st.session_state.get("versions", {})):
        reload_widgets(assessment_id)
    st.rerun()


def _forbidden(exc: Forbidden) -> None:
    """What the user reads when they may not do something: in place, and the page stops (a write from a
    callback is reported after a rerun)."""
    message = forbidden_message(exc)
    if exc.permission != "view":
        flash("error", message)
        st.rerun()
    st.error(message)
    st.stop()


def forbidden_message(exc: Forbidden) -> str:
    from ui.roles import permission_label, role_label

    return _("Your role ({role}) does not allow this: {what}.", role=role_label(exc.actor.role),
             what=permission_label(exc.permission))


def storage_message(exc: StorageUnavailable, writing: bool) -> str:
    """What the user reads when the database cannot be used, in their language (Markdown-safe)."""
    database, detail = md(exc.database, 200), md(exc.reason, 200)
    if not writing:
        return _("The database {database} cannot be read ({detail}).", database=database, detail=detail)
    if exc.kind == "read_only":
        return _("Not saved: the database {database} is read-only.", database=database)
    if exc.kind == "gone":
        return _("Not saved: the database {database} is no longer there ({detail}). Restore it, then reload the "
                 "page.", database=database, detail=detail)
    if exc.kind == "full":
        return _("Not saved: the disk of the database {database} is full.", database=database)
    if exc.kind == "busy":
        return _("Not saved: the database {database} is busy with other people's saves. Try again in a moment.",
                 database=database)
    return _("Not saved: the database {database} cannot be written ({detail}).", database=database, detail=detail)


@st.cache_resource(show_spinner=False)
def _open_store(url: str) -> Store:
    return Store(url)


_OPENED: dict[str, Store] = {}


def process_store() -> Store:
    """The one Store of this process for the configured database (DATABASE_URL or the default SQLite file),
    unguarded: for signing in (ui/sign_in.py) and for read models shared by all sessions, narrowed per user.

    Opened once through st.cache_resource; later calls find it in a plain dict (pages call this often).
    """
    url = default_url()
    found = _OPENED.get(url)
    if found is None:
        try:
            found = _OPENED[url] = _open_store(url)
        except StorageUnavailable as exc:  # e.g. a read-only URL to a file that is not there
            st.error(storage_message(exc, writing=False))
            st.stop()
    return found


def actor() -> Actor:
    """The signed-in user of this session (the sign-in gate in app.py sets it on every run)."""
    found = st.session_state.get("_actor")
    if found is None:  # a page reached without the gate: nobody is signed in
        st.stop()
    return found


def store() -> Store:
    """The store as the signed-in user may use it: every read and write is checked (assessment/guard.py)
    and signs the audit trail with the user's name."""
    return _AppStore(GuardedStore(process_store(), actor(), _assigned))  # type: ignore[return-value]


def _assigned(updated: Actor) -> None:
    """A client the user just created is theirs for the rest of this run too (the gate reads it anew next run)."""
    st.session_state["_actor"] = updated


def may(permission: str, enterprise_id: Optional[int] = None) -> bool:
    """Whether the signed-in user may use `permission` (on `enterprise_id`): pages draw only what can be used."""
    from assessment.access import allowed

    return allowed(actor(), permission, enterprise_id)


@st.cache_resource(max_entries=8, show_spinner=False)
def _portfolio(url: str, today: date, include_archived: bool, revision: int):
    return tuple(_AppStore(process_store()).portfolio(today, include_archived=include_archived))


def portfolio(include_archived: bool = False):
    """Store.portfolio(today), shared by the sessions while the database's revision stands still (rows are
    frozen values), narrowed to what the user may see: a write from any window, the command line or another
    process shows at the next render."""
    rows = _portfolio(process_store().url, today(), include_archived, _AppStore(process_store()).revision())
    return narrow(actor(), "portfolio", list(rows))


def today() -> date:
    return date.today()


# -- assessments, cached by version --------------------------------------------------------------------------

_CACHE: "OrderedDict[tuple[str, int, int], tuple[StoredAssessment, Result]]" = OrderedDict()
_CACHE_SIZE = 256
_LOCK = Lock()


def _remember(stored: StoredAssessment, result: Result) -> None:
    key = (process_store().url, stored.id, stored.version)
    with _LOCK:
        _CACHE[key] = (stored, result)
        _CACHE.move_to_end(key)
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)


def catalog_of(stored: StoredAssessment) -> Catalog:
    ref = stored.assessment.catalog
    return store().catalog(ref.id, ref.version)


def scored(stored: StoredAssessment) -> Result:
    key = (process_store().url, stored.id, stored.version)
    with _LOCK:
        hit = _CACHE.get(key)
    if hit is not None:
        return hit[1]
    result = score(catalog_of(stored), stored.assessment)
    _remember(stored, result)
    return result


def load(assessment_id: int, fresh: bool = False) -> Optional[tuple[StoredAssessment, Result]]:
    """The assessment at the version this session last saw (or the stored one when fresh or unknown)."""
    versions: dict = st.session_state.setdefault("versions", {})
    version = versions.get(assessment_id)
    if not fresh and version is not None:
        with _LOCK:
            hit = _CACHE.get((process_store().url, assessment_id, version))
        if hit is not None and actor().sees(hit[0].enterprise_id):
            return hit
    try:
        stored = _AppStore(process_store()).get_assessment(assessment_id)
    except NotFound:
        versions.pop(assessment_id, None)
        return None
    if not actor().sees(stored.enterprise_id):  # another user's client (an old link, a shared address)
        versions.pop(assessment_id, None)
        if st.session_state.get("assessment_id") == assessment_id:
            open_assessment(None)
            flash("warning", _("Assessment {id} belongs to an enterprise you are not assigned to; it is not shown.",
                               id=assessment_id))
        return None
    if version is not None and version != stored.version:
        reload_widgets(assessment_id)  # changed elsewhere: show the stored answers
    versions[assessment_id] = stored.version
    return stored, scored(stored)


def saved(stored: StoredAssessment) -> Result:
    """Record a successful save: the new version becomes this session's pointer."""
    st.session_state.setdefault("versions", {})[stored.id] = stored.version
    return scored(stored)


def version(assessment_id: int) -> Optional[int]:
    return st.session_state.setdefault("versions", {}).get(assessment_id)


def reload_widgets(assessment_id: int) -> None:
    """Make every input of this assessment re-read the stored values (new widget keys)."""
    gens: dict = st.session_state.setdefault("gen", {})
    gens[assessment_id] = gens.get(assessment_id, 0) + 1


def generation(assessment_id: int) -> int:
    return st.session_state.setdefault("gen", {}).get(assessment_id, 0)


# -- pointers --------------------------------------------------------------------------------------------------


def _int(value) -> Optional[int]:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def current_assessment_id() -> Optional[int]:
    """The assessment being worked on: ?a= in the URL (survives a reload), else the session pointer."""
    from_url = _int(st.query_params.get("a"))
    if from_url is not None:
        st.session_state["assessment_id"] = from_url
    return st.session_state.get("assessment_id")


def open_assessment(assessment_id: Optional[int], enterprise_id: Optional[int] = None) -> None:
    st.session_state["assessment_id"] = assessment_id
    if enterprise_id is not None:
        st.session_state["enterprise_id"] = enterprise_id
    if assessment_id is None:
        st.query_params.pop("a", None)
    else:
        st.query_params["a"] = str(assessment_id)


def pin_assessment_in_url(assessment_id: int) -> None:
    if st.query_params.get("a") != str(assessment_id):
        st.query_params["a"] = str(assessment_id)


def current_enterprise_id() -> Optional[int]:
    return st.session_state.get("enterprise_id")


def flash(kind: str, message: str) -> None:
    """A message for the next render (callbacks run before the page draws)."""
    st.session_state.setdefault("flash", []).append((kind, message))


def show_flashes() -> None:
    for kind, message in st.session_state.pop("flash", []):
        getattr(st, kind)(message)


def new_assessment_catalog() -> Catalog:
    """The catalog new assessments use: chosen in Settings and kept in the database (so the choice survives a
    restart and is the same in every browser); the toolkit's default catalog otherwise."""
    return store().default_catalog_for_new()


def choose_new_assessment_catalog(catalog_id: str, version: str) -> Catalog:
    """Keep `catalog_id` `version` as the catalog for new assessments (raises NotFound for an unknown one)."""
    return store().choose_catalog_for_new(catalog_id, version)
