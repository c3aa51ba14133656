"""`audit [--enterprise ID] [--assessment ID] [--since DATE] [--json]`: the audit trail, oldest first.

One line per entry: its time (UTC), who (a user, or `cli (OS user)`), the action, its target and key, and the
values before and after in short. JSON: a list of `AuditEntry.as_json()` objects (id, at, actor, actor_kind,
action, target, target_key, enterprise_id, assessment_id, version, before, after). A filter matching nothing
lists nothing: the trail of a deleted enterprise or round stays readable.
"""

from __future__ import annotations

import json
from typing import Any

from .common import EXIT_OK, open_store, out, print_json, short

VALUE_COLUMNS = 60  # a before or after value is cut to this many terminal columns


def cmd_audit(args) -> int:
    with open_store(args) as store:
        entries = store.audit_trail(enterprise_id=args.enterprise, assessment_id=args.assessment, since=args.since)
    if args.json:
        print_json([e.as_json() for e in entries])
        return EXIT_OK
    if not entries:
        out("no audit entries match")
        return EXIT_OK
    for e in entries:
        out(entry_line(e))
    return EXIT_OK


def entry_line(e) -> str:
    """`2026-12-02 14:02:07 UTC  王丽  item.answer  item 2.4.1 (assessment 3)  result: not_met → met`"""
    where = f"{e.target} {e.target_key}".rstrip()
    if e.assessment_id is not None:
        scope = f"assessment {e.assessment_id}"
    else:
        scope = f"enterprise {e.enterprise_id}" if e.enterprise_id is not None else ""
    if scope and scope != where:
        where += f" ({scope})"
    return "  ".join(part for part in (e.at.strftime("%Y-%m-%d %H:%M:%S") + " UTC", e.actor, e.action, where,
                                       change_text(e.before, e.after)) if part)


def change_text(before: Any, after: Any) -> str:
    """The values before and after, in short: for two objects only the fields that differ
    (`result: not_met → met; samples: 10 → 12`), else `before → after` (`-` for none)."""
    if before is None and after is None:
        return ""
    if isinstance(before, dict) and isinstance(after, dict):
        keys = [k for k in dict.fromkeys([*before, *after]) if before.get(k) != after.get(k)]
        if not keys:
            return ""
        parts = [f"{k}: {_value(before.get(k))} → {_value(after.get(k))}" for k in keys]
        return short("; ".join(parts), 2 * VALUE_COLUMNS)
    return f"{short(_value(before), VALUE_COLUMNS)} → {short(_value(after), VALUE_COLUMNS)}"


def _value(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
