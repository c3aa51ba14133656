"""The fill-in workbook's layout and the cells of one item: what the writer puts in each row and what the reader
compares the filled cells with.

A fill cell's value is kept in one canonical text form everywhere (the hidden sheet records the exported ones this
way): a result id or "", a whole number in digits or "", a date as YYYY-MM-DD or "", and text as the cell shows it
(control characters removed, as the workbook writer removes them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..actions import PlannedAction, actions_of_item, is_open
from ..models import Assessment, Response

HIDDEN_SHEET = "_gbt27922"
FORMAT_VERSION = 1

# The item sheet's columns, left to right; the fill cells are the last eight.
STRUCTURE_FIELDS: tuple[str, ...] = ("item", "requirement", "guidance", "method", "points")
RESPONSE_FIELDS: tuple[str, ...] = ("result", "samples", "failed_samples", "justification", "note")
ACTION_FIELDS: tuple[str, ...] = ("action", "owner", "due_on")
FILL_FIELDS: tuple[str, ...] = RESPONSE_FIELDS + ACTION_FIELDS
COLUMNS: tuple[str, ...] = STRUCTURE_FIELDS + FILL_FIELDS
HEADER_ROW = 1  # the item sheet's column headings; items and their indicators' heading rows follow

# The hidden sheet: `key | value` rows, then a table `item | row | <fill fields>` of the exported values.
META_KEYS: tuple[str, ...] = ("format_version", "assessment_id", "assessment_version", "catalog_id",
                              "catalog_version", "created", "lang", "sheet")
TABLE_HEADER: tuple[str, ...] = ("item", "row") + FILL_FIELDS

_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")  # what openpyxl refuses to write in a cell

Cells = dict[str, str]  # fill field -> canonical text


def column_letter(field: str) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(COLUMNS.index(field) + 1)


def clean(text: str) -> str:
    """Text as a cell keeps it: without the control characters a worksheet cannot hold."""
    return _ILLEGAL.sub("", text)


# --- the two functions that map an item's corrective actions to its three action cells ---------------------------

def exported_action(assessment: Assessment, item_id: str) -> Optional[PlannedAction]:
    """The action the workbook shows for an item: its first action still open, else its first action, else none."""
    planned = actions_of_item(assessment, item_id)
    return next((p for p in planned if is_open(p.action)), planned[0] if planned else None)


def with_action_cells(assessment: Assessment, item_id: str, description: str, owner: str, due_on) -> Assessment:
    """The plan after an item's action cells were filled in (`due_on`: a date or None): they update the action the
    workbook shows (`exported_action`); with none shown, a description adds a new open action; a blank
    description removes the shown action. Raises ValueError (pydantic) for an action the rules refuse."""
    from ..actions import add_action, replace_action
    from ..models import CorrectiveAction

    shown = exported_action(assessment, item_id)
    if shown is None:
        if not description.strip():
            return assessment
        return add_action(assessment, CorrectiveAction(item=item_id, description=description, owner=owner,
                                                       due_on=due_on))
    if not description.strip():
        return replace_action(assessment, shown.position, None)
    data = {**shown.action.model_dump(), "description": description, "owner": owner, "due_on": due_on}
    return replace_action(assessment, shown.position, CorrectiveAction.model_validate(data))


# --- an item's cells as exported ----------------------------------------------------------------------------------

def item_cells(assessment: Assessment, item_id: str) -> Cells:
    """The canonical fill cells of one item of `assessment` (what the workbook shows for it)."""
    r = assessment.response_map().get(item_id)
    shown = exported_action(assessment, item_id)
    a = shown.action if shown else None
    return {
        "result": r.result if r else "",
        "samples": _number(r.samples if r else None),
        "failed_samples": _number(r.failed_samples if r else None),
        "justification": clean(r.justification) if r else "",
        "note": clean(r.note) if r else "",
        "action": clean(a.description) if a else "",
        "owner": clean(a.owner) if a else "",
        "due_on": a.due_on.isoformat() if a and a.due_on else "",
    }


def _number(value: Optional[int]) -> str:
    return "" if value is None else str(value)


def response_from_cells(item_id: str, cells: Cells, before: Optional[Response]) -> Optional[Response]:
    """The response the cells describe (None when the result is blank), keeping what the workbook does not show
    (evidence, to re-verify) from `before`. Raises ValueError (pydantic) for a response the rules refuse."""
    if not cells["result"]:
        return None
    data = before.model_dump() if before else {"item": item_id}
    data.update(
        result=cells["result"],
        samples=int(cells["samples"]) if cells["samples"] else None,
        failed_samples=int(cells["failed_samples"]) if cells["failed_samples"] else None,
        justification=cells["justification"],
        note=cells["note"],
    )
    if before is not None:  # the exported text was cleaned; an unchanged cell keeps the stored text
        for field in ("justification", "note"):
            if cells[field] == clean(getattr(before, field)):
                data[field] = getattr(before, field)
    return Response.model_validate(data)


@dataclass(frozen=True)
class Meta:
    """What the hidden sheet says about the workbook."""

    format_version: int
    assessment_id: int
    assessment_version: int
    catalog_id: str
    catalog_version: str
    created: str
    lang: str
    sheet: str
