"""`actions`: the corrective-action plan of a stored assessment, each action's status and whether it is overdue.

    python -m assessment actions ASSESSMENT_ID [--overdue] [--today DATE] [--json]

Overdue is judged on --today (default: today) by the plan's own rule (`assessment.actions.is_overdue`): not done
yet and past its due date.
"""

from __future__ import annotations

from datetime import date

from ..actions import PlannedAction, overdue_actions, planned
from ..vocabulary import label
from .common import EXIT_OK, CliError, lang, open_store, out, print_json, short, table, today


def action_dict(p: PlannedAction, day: date) -> dict:
    """One action of `actions --json` (a public contract): `id` is its 1-based number in the plan."""
    a = p.action
    return {
        "id": p.position + 1,
        "item": a.item,
        "deduction": a.deduction,
        "description": a.description,
        "owner": a.owner,
        "due_on": a.due_on.isoformat() if a.due_on else None,
        "status": a.status,
        "done_on": a.done_on.isoformat() if a.done_on else None,
        "verified_by": a.verified_by,
        "verification_note": a.verification_note,
        "carried_over": a.carried_over,
        "overdue": p.overdue(day),
    }


def cmd_actions(args) -> int:
    from ..store import NotFound

    day = today(args)
    lg = lang(args)
    with open_store(args) as store:
        try:
            stored = store.get_assessment(args.assessment_id)
        except NotFound:
            raise CliError(f"no stored assessment with id {args.assessment_id}") from None
        assessment = stored.assessment
        try:
            catalog = store.catalog(assessment.catalog.id, assessment.catalog.version)
            names = {item.id: item.requirement.get(lg) for _, _, item in catalog.iter_items()}
        except LookupError:  # the plan still lists, only without the items' texts
            names = {}
    shown = overdue_actions(assessment, day) if args.overdue else planned(assessment)
    if args.json:
        print_json([action_dict(p, day) for p in shown])
        return EXIT_OK
    L = lambda key: label(key, lg)  # noqa: E731
    out(f"{assessment.enterprise.name} · {assessment.assessed_on.isoformat()} · {L('action_plan')} "
        f"({L('status')} {day.isoformat()}):")
    if not shown:
        out(L("action.none_overdue" if args.overdue else "action.none"))
        return EXIT_OK
    headers = [L("action.number"), L("action.target"), L("plan.corrective_action"), L("owner"), L("due_on"),
               L("status"), L("done_on"), L("action.verified_by"), L("status.overdue")]
    rows = [_row(p, names, day, lg) for p in shown]
    table(headers, rows, right=(0,))
    return EXIT_OK


def _row(p: PlannedAction, names: dict[str, str], day: date, lg: str) -> list[str]:
    a = p.action
    if a.item is not None:
        target = f"{a.item} {short(names.get(a.item, ''), 30)}".rstrip()
    else:
        target = label("action.deduction_n", lg).format(n=a.deduction + 1)
    carried = f" ({label('action.carried_over', lg)})" if a.carried_over else ""
    return [
        str(p.position + 1),
        target,
        short(a.description, 40) + carried,
        short(a.owner, 20) or "-",
        a.due_on.isoformat() if a.due_on else "-",
        label(f"action_status.{a.status}", lg),
        a.done_on.isoformat() if a.done_on else "-",
        short(a.verified_by, 20) or "-",
        label("yes", lg) if p.overdue(day) else "",
    ]
