"""The store as one user may use it: every operation is checked against the user's role and enterprises before
it reads or writes (access.py), and runs as that user, so the audit trail names them.

`GuardedStore(store, actor)` exposes exactly the operations listed in POLICY (anything else is refused, so a new
store method is unusable through the guard until it is given a rule). Lists (enterprises, assessments, the
portfolio, the calendar, certificates, the audit trail, the reminder e-mails) keep only what the user may see. Use
cases that span several records are checked by `use_case` (one rule for the whole case), then run on the inner store.
"""

from __future__ import annotations

import functools
import inspect
from dataclasses import dataclass, replace
from typing import Any, Callable, Optional

from .access import Actor, acting, allowed, operating, require


@dataclass(frozen=True)
class Rule:
    permission: str
    scope: str = "none"  # none | enterprise | assessment | certificate | evidence | filter
    arg: str = ""  # the argument naming the scope


def _rules(permission: str, scope: str, arg: str, *names: str) -> dict[str, Rule]:
    return {name: Rule(permission, scope, arg) for name in names}


POLICY: dict[str, Rule] = {
    # reading: the catalogs and settings every signed-in user needs
    **_rules("view", "none", "", "catalog", "list_catalogs", "registered_catalogs", "default_catalog_for_new",
             "checked_catalog", "certificate_catalog", "certificate_rules", "get_setting", "evidence_limit",
             "revision", "on_commit"),
    # reading one enterprise's data
    **_rules("view", "enterprise", "enterprise_id", "get_enterprise", "latest_assessment", "rounds_on",
             "service_profile", "profile_history", "manual_issues", "covering_issue", "count_records",
             "service_records", "record_mapping", "governing_catalog"),
    **_rules("view", "assessment", "assessment_id", "get_assessment", "previous_assessment", "list_evidence",
             "evidence_counts", "item_history"),
    **_rules("view", "evidence", "evidence_id", "evidence_content"),
    # reading lists: narrowed to what the user may see
    **_rules("view", "filter", "", "list_enterprises", "find_enterprise", "find_duplicates", "list_assessments",
             "list_certificates", "read_certificates", "portfolio", "calendar_view", "audit_trail", "reminder_history"),
    # writing
    **_rules("enterprises", "none", "", "add_enterprise"),
    **_rules("enterprises", "enterprise", "enterprise_id", "update_enterprise", "set_archived", "delete_enterprise"),
    **_rules("rounds", "enterprise", "enterprise_id", "add_assessment", "new_assessment"),
    **_rules("answer", "assessment", "assessment_id", "set_response", "clear_response", "set_special_findings",
             "update_header", "confirm_reverified", "save_assessment"),
    **_rules("actions", "assessment", "assessment_id", "add_action", "set_action", "set_actions"),
    **_rules("delete_round", "assessment", "assessment_id", "delete_assessment"),
    **_rules("certificates", "enterprise", "enterprise_id", "add_certificate"),
    **_rules("certificates", "certificate", "certificate_id", "update_certificate", "record_audit"),
    **_rules("delete_certificate", "certificate", "certificate_id", "delete_certificate"),
    **_rules("evidence", "assessment", "assessment_id", "add_evidence"),
    **_rules("evidence", "evidence", "evidence_id", "confirm_evidence", "remove_evidence"),
    **_rules("profile", "enterprise", "enterprise_id", "save_profile", "issue_manual"),
    **_rules("records", "enterprise", "enterprise_id", "upsert_records", "delete_records", "save_record_mapping"),
    **_rules("settings", "none", "", "register_catalog", "choose_catalog_for_new", "set_setting"),
    **_rules("users", "none", "", "add_user", "get_user", "user_by_id", "list_users", "grant", "revoke", "set_role",
             "set_user_name", "set_disabled", "set_password_hash", "set_user_language"),
}

# Never through the guard: raw sessions, and the sign-in bookkeeping (accounts.py uses the inner store).
# Filtered lists whose read takes `enterprises` (the ids to keep): a non-admin's are passed in, so the database
# narrows before it applies a limit (narrowing after would hide rows the user may see behind others' rows).
NARROWED_IN_DATABASE = frozenset({"audit_trail", "reminder_history"})

UNGUARDED = frozenset({"reading", "unit_of_work", "close", "owner_enterprise", "password_hash", "record_sign_in", "refuse_sign_in",
                       "note_unknown_sign_in", "open_sign_in", "sign_in_session", "touch_sign_in", "end_sign_in",
                       # the reminder job (`python -m assessment remind`): every user's address, the sent log
                       "reminder_actions", "reminder_users", "reminder_log", "record_reminder",
                       # the run-at-a-time lease of a job (the reminder run)
                       "current_lease", "take_lease", "renew_lease", "release_lease", "holding_lease"})


class GuardedStore:
    """A Store used as `actor`. Raises access.Forbidden for what the actor may not do (nothing is read or
    written then) and store.NotFound, as the store does, for what does not exist."""

    def __init__(self, inner, actor: Actor, on_assign: Optional[Callable[[Actor], None]] = None):
        """`on_assign(actor)` hears of an enterprise newly assigned to the actor (a client they created)."""
        self._inner, self.actor, self._on_assign = inner, actor, on_assign

    @property
    def inner(self):
        return self._inner

    @property
    def url(self) -> str:
        return self._inner.url

    def may(self, permission: str, enterprise_id: Optional[int] = None) -> bool:
        """Whether the actor may use `permission` there (pages ask this to draw only what can be used)."""
        return allowed(self.actor, permission, enterprise_id)

    def enterprise_of(self, kind: str, key) -> int:
        return self._inner.owner_enterprise(kind, key)

    def run_use_case(self, fn: Callable, permissions: tuple[str, ...], scope: Optional[Callable], args: tuple,
                     kwargs: dict) -> Any:
        """Run a `use_case` function as the actor, once its permissions on the enterprise it acts on hold."""
        inner, actor = self._inner, self.actor
        with acting(actor):
            enterprise_id = scope(inner, *args, **kwargs) if scope else None
            if enterprise_id is None:
                require(actor, "enterprises")  # a new enterprise comes with it
            for permission in permissions:
                require(actor, permission, enterprise_id)
            with operating(fn.__name__, {"enterprise_id": enterprise_id}):
                result = fn(inner, *args, **kwargs)
            if enterprise_id is None and actor.user_id is not None and actor.role != "admin":
                created = getattr(result, "enterprise_id", None) or getattr(result[0], "enterprise_id", None)
                self._assign(created)
            return result

    def _assign(self, enterprise_id: int) -> None:
        """A consultant's new client is assigned to them (and visible in this session at once)."""
        self._inner.grant(self.actor.email, enterprise_id)
        self.actor = replace(self.actor, enterprises=self.actor.enterprises | {enterprise_id})
        if self._on_assign is not None:
            self._on_assign(self.actor)

    def __getattr__(self, name: str):
        rule = POLICY.get(name)
        if rule is None:
            raise AttributeError(f"{name!r} is not available to a signed-in user")
        method = getattr(self._inner, name)
        if not callable(method):
            return method

        @functools.wraps(method)
        def call(*args, **kwargs):
            with acting(self.actor):
                return self._call(name, rule, method, args, kwargs)

        return call

    def _call(self, name: str, rule: Rule, method: Callable, args: tuple, kwargs: dict) -> Any:
        if rule.scope == "filter":
            require(self.actor, rule.permission)
            return self._narrowed(name, method, args, kwargs)
        enterprise_id, scope = self._scope(name, rule, method, args, kwargs)
        require(self.actor, rule.permission, enterprise_id)
        with operating(name, scope):
            result = method(*args, **kwargs)
        if name == "add_enterprise" and self.actor.user_id is not None and self.actor.role != "admin":
            self._assign(result.id)
        return result

    def _scope(self, name: str, rule: Rule, method: Callable, args: tuple,
               kwargs: dict) -> tuple[Optional[int], dict]:
        if rule.scope == "none":
            return None, {}
        value = _signature(type(self._inner), name, method).bind(*args, **kwargs).arguments.get(rule.arg)
        if rule.scope == "enterprise":
            return value, {"enterprise_id": value}
        enterprise_id = self._inner.owner_enterprise(rule.scope, value)
        scope = {"enterprise_id": enterprise_id}
        if rule.scope == "assessment":
            scope["assessment_id"] = value
        return enterprise_id, scope

    def _narrowed(self, name: str, method: Callable, args: tuple, kwargs: dict) -> Any:
        if name in NARROWED_IN_DATABASE and self.actor.role != "admin":  # before the read's limit, not after
            asked = kwargs.get("enterprises")
            mine = self.actor.enterprises
            kwargs = {**kwargs, "enterprises": mine if asked is None else mine & frozenset(asked)}
        return narrow(self.actor, name, method(*args, **kwargs))


_SIGNATURES: dict[tuple[type, str], inspect.Signature] = {}


def _signature(owner: type, name: str, method: Callable) -> inspect.Signature:
    """The (cached) signature of a store operation: the scope's argument is found by name."""
    key = (owner, name)
    found = _SIGNATURES.get(key)
    if found is None:
        found = _SIGNATURES[key] = inspect.signature(method)
    return found


def narrow(actor: Actor, name: str, result: Any) -> Any:
    """What of a list operation's `result` the actor may see (also for read models cached across users)."""
    if actor.role == "admin" or name == "audit_trail":
        return result
    sees = actor.sees
    if name == "find_enterprise":
        return result if result is not None and sees(result.id) else None
    if name in ("list_enterprises", "find_duplicates"):
        return [r for r in result if sees(r.id)]
    if name == "portfolio":
        return [r for r in result if sees(r.enterprise.id)]
    if name == "calendar_view":
        return type(result)(entries=tuple(e for e in result.entries if sees(e.enterprise_id)),
                            problems=tuple(p for p in result.problems if sees(p.enterprise_id)))
    if name == "reminder_history":  # an attempt about several enterprises: only the user's are shown
        return [replace(a, enterprise_ids=tuple(e for e in a.enterprise_ids if sees(e)),
                        item_enterprises=tuple(e for e in a.item_enterprises if sees(e)))
                for a in result if any(sees(e) for e in a.enterprise_ids)]
    return [r for r in result if sees(r.enterprise_id)]  # assessments, certificates


def use_case(*permissions: str, scope: Optional[Callable[..., Optional[int]]] = None):
    """Check a use case that writes through its own unit of work, once: `scope(inner_store, *args, **kwargs)`
    names the enterprise it acts on (None: it creates one). Given a guarded store (or a wrapper of one that
    offers `run_use_case`), the case is checked, then runs on the inner store as the actor; with a plain Store
    (tests, batch jobs) it runs unchecked. Use cases that only call the store's operations need no rule of
    their own: each operation is checked."""

    def decorate(fn):
        @functools.wraps(fn)
        def run(store, *args, **kwargs):
            runner = getattr(store, "run_use_case", None)
            if runner is None:
                return fn(store, *args, **kwargs)
            return runner(fn, permissions, scope, args, kwargs)

        run.permissions = permissions
        return run

    return decorate


def of_assessment(arg: int = 0) -> Callable[..., int]:
    """Scope of a use case whose `arg`-th argument (after the store) is an assessment id."""
    return lambda inner, *args, **kwargs: inner.owner_enterprise("assessment", args[arg] if len(args) > arg
                                                                 else kwargs["assessment_id"])



def matched_enterprise(inner, assessment, *args, **kwargs) -> Optional[int]:
    """Scope of an import: the stored enterprise the file's enterprise matches (None: a new one)."""
    found = inner.find_enterprise(assessment.enterprise)
    return found.id if found else None
