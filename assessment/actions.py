"""The corrective-action plan (整改计划) of an assessment: tracked actions on gap items and special deductions.

Pure functions over `Assessment.actions`: which are open or overdue on a given day, what a status change needs,
what a next round carries over, and the lifting of the untracked actions older files keep on a response or a
special deduction. Nothing here reads the clock: `today` is always a parameter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Mapping, Optional

from .models import ACTION_STATUSES, Assessment, CorrectiveAction

OPEN_STATUSES: tuple[str, ...] = ("open", "in_progress")
CLOSED_STATUSES: tuple[str, ...] = ("done", "verified")
assert set(OPEN_STATUSES) | set(CLOSED_STATUSES) == set(ACTION_STATUSES)


def is_open(action: CorrectiveAction) -> bool:
    return action.status in OPEN_STATUSES


def is_overdue(action: CorrectiveAction, today: date) -> bool:
    """Not done yet and past its due date (an action due today is not overdue until tomorrow)."""
    return is_open(action) and action.due_on is not None and action.due_on < today


@dataclass(frozen=True)
class PlannedAction:
    """An action with its position in the plan (its identity within one assessment)."""

    position: int
    action: CorrectiveAction

    def overdue(self, today: date) -> bool:
        return is_overdue(self.action, today)


def planned(assessment: Assessment) -> tuple[PlannedAction, ...]:
    return tuple(PlannedAction(i, a) for i, a in enumerate(assessment.actions))


def actions_of_item(assessment: Assessment, item_id: str) -> tuple[PlannedAction, ...]:
    return tuple(p for p in planned(assessment) if p.action.item == item_id)


def actions_of_deduction(assessment: Assessment, position: int) -> tuple[PlannedAction, ...]:
    return tuple(p for p in planned(assessment) if p.action.deduction == position)


def overdue_actions(assessment: Assessment, today: date) -> tuple[PlannedAction, ...]:
    return tuple(p for p in planned(assessment) if p.overdue(today))


def status_counts(actions: Iterable[CorrectiveAction], today: date) -> dict[str, int]:
    """How many actions have each status, plus `overdue` (open ones past their due date) and `total`."""
    counts = {s: 0 for s in ACTION_STATUSES}
    overdue = total = 0
    for a in actions:
        counts[a.status] += 1
        overdue += is_overdue(a, today)
        total += 1
    return {**counts, "overdue": overdue, "total": total}


def with_status(action: CorrectiveAction, status: str, on: date, *, verified_by: str = "",
                note: Optional[str] = None) -> CorrectiveAction:
    """The action moved to `status` on day `on`: done and verified keep (or set) the day it was done, reopening
    clears it; verifying needs `verified_by`. Raises InvalidValue (pydantic ValidationError) for what the rules
    refuse, e.g. verifying without a verifier."""
    data = action.model_dump()
    data["status"] = status
    if status in CLOSED_STATUSES:
        data["done_on"] = action.done_on or on
    else:
        data["done_on"] = None
    if status == "verified":
        data["verified_by"] = verified_by or action.verified_by
    elif status in OPEN_STATUSES:
        data["verified_by"] = ""
    if note is not None:
        data["verification_note"] = note
    return CorrectiveAction.model_validate(data)


def replace_action(assessment: Assessment, position: int, action: Optional[CorrectiveAction]) -> Assessment:
    """A copy with the action at `position` replaced (or removed, with None). IndexError when there is none."""
    actions = list(assessment.actions)
    if not 0 <= position < len(actions):
        raise IndexError(f"the plan has no action at position {position}")
    if action is None:
        del actions[position]
    else:
        actions[position] = action
    return assessment.model_copy(update={"actions": tuple(actions)})


def add_action(assessment: Assessment, action: CorrectiveAction) -> Assessment:
    if action.deduction is not None and action.deduction >= len(assessment.special_deductions):
        raise IndexError(f"there is no special deduction at position {action.deduction}")
    return assessment.model_copy(update={"actions": assessment.actions + (action,)})


def without_deduction(assessment: Assessment, position: int) -> Assessment:
    """A copy without the special deduction at `position`, its actions gone and the later ones renumbered."""
    deductions = list(assessment.special_deductions)
    del deductions[position]
    actions = []
    for a in assessment.actions:
        if a.deduction == position:
            continue
        if a.deduction is not None and a.deduction > position:
            a = a.model_copy(update={"deduction": a.deduction - 1})
        actions.append(a)
    return assessment.model_copy(update={"special_deductions": tuple(deductions), "actions": tuple(actions)})


def carried_over(previous: Assessment, carried_deductions: Iterable[int] = ()) -> tuple[CorrectiveAction, ...]:
    """What a next round starts with: last round's actions that are not done yet, marked carried over. Actions of
    a special deduction come along only when that deduction does (`carried_deductions`: its positions, in the
    order the new round lists them)."""
    new_position = {old: new for new, old in enumerate(carried_deductions)}
    out = []
    for a in previous.actions:
        if not is_open(a):
            continue
        if a.deduction is not None:
            if a.deduction not in new_position:
                continue
            a = a.model_copy(update={"deduction": new_position[a.deduction]})
        out.append(a.model_copy(update={"carried_over": True}))
    return tuple(out)


# --- older files --------------------------------------------------------------------------------------------

def lift_legacy(data: Mapping[str, Any]) -> dict:
    """An assessment's raw data with the untracked actions of older files moved into `actions` (status open).

    A response's `action` (with its `owner` and `due_on`) and a special deduction's `corrective_action` each
    become one tracked action, unless the plan already holds an action with that target and description; the old
    fields are emptied, so the plan is the one place an action lives. Anything malformed is left as it is for
    validation to name."""
    data = dict(data)
    responses = data.get("responses")
    deductions = data.get("special_deductions")
    actions = data.get("actions", ())
    if not isinstance(actions, (list, tuple)):
        return data
    lifted = list(actions)
    known = {(_get(a, "item"), _get(a, "deduction"), _get(a, "description")) for a in lifted}
    changed = False
    if isinstance(responses, (list, tuple)):
        new_responses = []
        for r in responses:
            text = _get(r, "action")
            if isinstance(text, str) and text.strip():
                item = _get(r, "item")
                action = {"item": item, "description": text, "owner": _get(r, "owner") or "", "due_on": _get(r, "due_on")}
                if _valid(action):  # else left on the response, where validation names the field as written
                    if (item, None, text) not in known:
                        lifted.append(action)
                        known.add((item, None, text))
                    r = _cleared(r, {"action": "", "owner": "", "due_on": None})
                    changed = True
            new_responses.append(r)
        if changed:
            data["responses"] = type(responses)(new_responses) if isinstance(responses, tuple) else new_responses
    if isinstance(deductions, (list, tuple)):
        new_deductions, moved = [], False
        for i, d in enumerate(deductions):
            text = _get(d, "corrective_action")
            if isinstance(text, str) and text.strip():
                if (None, i, text) not in known:
                    lifted.append({"deduction": i, "description": text})
                    known.add((None, i, text))
                d = _cleared(d, {"corrective_action": ""})
                moved = True
            new_deductions.append(d)
        if moved:
            data["special_deductions"] = new_deductions
            changed = True
    if changed:
        data["actions"] = lifted
    return data


def _valid(action: dict) -> bool:
    try:
        CorrectiveAction.model_validate(action)
    except ValueError:  # pydantic's ValidationError is one
        return False
    return True


def _get(value: Any, key: str) -> Any:
    if isinstance(value, Mapping):
        return value.get(key)
    return getattr(value, key, None)


def _cleared(value: Any, fields: dict) -> Any:
    if isinstance(value, Mapping):
        return {**value, **fields}
    if hasattr(value, "model_copy"):
        return value.model_copy(update=fields)
    return value
