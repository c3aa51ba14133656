"""What a filled-in workbook changes in the stored assessment: every cell checked, the changes item by item
(before -> after), and, for a workbook made from an older version, the conflicts.

A cell counts as changed in the workbook when it differs from the value the hidden sheet recorded at export. When
the stored assessment has moved on since (a stale workbook), only those cells are applied; a cell also changed in
the store since (its stored value differs from the exported one, and from the workbook's) is a conflict, and the
store wins: it is listed and not applied. Pure: the catalog, the read workbook and the stored assessment come in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from criteria import Catalog

from ..models import Assessment
from ..vocabulary import label
from .layout import ACTION_FIELDS, FILL_FIELDS, RESPONSE_FIELDS, Cells, clean, exported_action, item_cells, \
    response_from_cells, with_action_cells
from .reading import CellProblem, FilledRow, FilledWorkbook, checked_cells
from .texts import text


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: str  # canonical values (see layout)
    after: str


@dataclass(frozen=True)
class ItemChange:
    item: str
    row: int
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class Conflict:
    item: str
    row: int
    field: str
    exported: str
    workbook: str
    stored: str


@dataclass(frozen=True)
class Plan:
    """The outcome of checking a workbook against the stored assessment (version `base_version`)."""

    assessment_id: int
    workbook_version: int
    base_version: int
    problems: tuple[CellProblem, ...]
    changes: tuple[ItemChange, ...]
    conflicts: tuple[Conflict, ...]
    updated: Optional[Assessment]  # None when there are problems

    @property
    def stale(self) -> bool:
        return self.base_version != self.workbook_version

    @property
    def count(self) -> int:
        return sum(len(c.fields) for c in self.changes)


def plan_import(catalog: Catalog, workbook: FilledWorkbook, current: Assessment, base_version: int,
                lang: str = "zh") -> Plan:
    """Check every filled cell and work out the assessment the workbook makes of `current` (stored at
    `base_version`). Problems name sheet, row, column and what is wrong, in `lang`."""
    items = {it.id: it for _, _, it in catalog.iter_items()}
    sheet = workbook.meta.sheet
    problems: list[CellProblem] = []
    changes: list[ItemChange] = []
    conflicts: list[Conflict] = []
    updated = current
    for row in workbook.rows:
        edited, bad = checked_cells(row, sheet, lang)
        problems.extend(bad)
        item = items.get(row.item)
        if item is None:
            problems.append(CellProblem(sheet, row.row, "item", "unknown_item",
                                        {"item": row.item, "catalog": f"{catalog.id} {catalog.version}"}))
            continue
        stored = item_cells(current, row.item)
        merged, found = _merged(row, edited, stored)
        conflicts.extend(found)
        fields = tuple(FieldChange(f, stored[f], merged[f]) for f in FILL_FIELDS if merged[f] != stored[f])
        if not fields:
            continue
        changes.append(ItemChange(row.item, row.row, fields))
        if bad:
            continue  # its cells are named already
        rule = _response_problems(item, merged)
        problems.extend(CellProblem(sheet, row.row, f, code, values) for f, code, values in rule)
        if rule:
            continue
        updated, more = _applied(updated, row, merged, stored, sheet)
        problems.extend(more)
    if problems:
        return Plan(workbook.meta.assessment_id, workbook.meta.assessment_version, base_version, tuple(problems),
                    tuple(changes), tuple(conflicts), None)
    order = {item_id: i for i, item_id in enumerate(items)}
    responses = tuple(sorted(updated.responses, key=lambda r: order.get(r.item, len(order))))
    updated = updated.model_copy(update={"responses": responses})
    return Plan(workbook.meta.assessment_id, workbook.meta.assessment_version, base_version, (), tuple(changes),
                tuple(conflicts), updated)


def _merged(row: FilledRow, edited: Cells, stored: Cells) -> tuple[Cells, list[Conflict]]:
    """The cells to apply: the workbook's where it changed a cell and the store did not change it differently since;
    the store's everywhere else."""
    merged: Cells = {}
    found: list[Conflict] = []
    for f in FILL_FIELDS:
        exported = row.original[f]
        if edited[f] == exported:
            merged[f] = stored[f]
        elif stored[f] != exported and stored[f] != edited[f]:
            merged[f] = stored[f]
            found.append(Conflict(row.item, row.row, f, exported, edited[f], stored[f]))
        else:
            merged[f] = edited[f]
    return merged, found


def _response_problems(item, cells: Cells) -> list[tuple[str, str, dict]]:
    """The answer rules, each broken one at the cell to correct: (field, problem code, values)."""
    out = []
    result, samples, failed = cells["result"], cells["samples"], cells["failed_samples"]
    if not result:
        if any(cells[f].strip() for f in RESPONSE_FIELDS[1:]):
            out.append(("result", "needs_result", {}))
        return out
    if result == "partial" and item.method != "sampled":
        out.append(("result", "partial_qualitative", {}))
    if result == "excluded" and not item.excludable:
        out.append(("result", "not_excludable", {}))
    if result == "partial" and (not samples or int(samples) < 1):
        out.append(("samples", "partial_needs_samples", {}))
    if result == "partial" and not failed:
        out.append(("failed_samples", "partial_needs_failed", {}))
    if failed and not samples:
        out.append(("failed_samples", "failed_without_samples", {}))
    if failed and samples and int(failed) > int(samples):
        out.append(("failed_samples", "failed_more", {"failed": int(failed), "samples": int(samples)}))
    if result == "excluded" and not cells["justification"].strip():
        out.append(("justification", "excluded_needs_justification", {}))
    return out


def _applied(assessment: Assessment, row: FilledRow, cells: Cells, stored: Cells,
             sheet: str) -> tuple[Assessment, list[CellProblem]]:
    """`assessment` with one item's response and shown action set from its cells."""
    item_id = row.item
    if any(cells[f] != stored[f] for f in RESPONSE_FIELDS):
        before = assessment.response_map().get(item_id)
        try:
            response = response_from_cells(item_id, cells, before)
        except ValueError as exc:
            return assessment, [CellProblem(sheet, row.row, "result", "invalid", {"message": _first(exc)})]
        assessment = assessment.with_response(response) if response else assessment.without_response(item_id)
    if any(cells[f] != stored[f] for f in ACTION_FIELDS):
        shown = exported_action(assessment, item_id)
        description, owner = cells["action"], cells["owner"]
        if shown is not None:  # an unchanged cell keeps the stored text (the cell's copy was cleaned)
            description = shown.action.description if description == clean(shown.action.description) else description
            owner = shown.action.owner if owner == clean(shown.action.owner) else owner
        if not description.strip():
            if shown is None and (owner.strip() or cells["due_on"]):
                return assessment, [CellProblem(sheet, row.row, "action", "action_needs_description", {})]
            if shown is not None and shown.action.status not in ("open", "in_progress"):
                return assessment, [CellProblem(sheet, row.row, "action", "closed_action_removed", {})]
        from datetime import date

        due = date.fromisoformat(cells["due_on"]) if cells["due_on"] else None
        try:
            assessment = with_action_cells(assessment, item_id, description, owner, due)
        except ValueError as exc:
            return assessment, [CellProblem(sheet, row.row, "action", "invalid", {"message": _first(exc)})]
    return assessment, []


def _first(exc: Exception) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        try:
            return str(errors()[0].get("msg", exc))[:200]
        except (IndexError, TypeError, AttributeError):
            pass
    return str(exc).splitlines()[0][:200]


# --- how the changes read -----------------------------------------------------------------------------------------

def shown_value(field: str, value: str, lang: str) -> str:
    """A canonical value as a change line shows it: a result by its label, text quoted and shortened."""
    if not value:
        return text("blank", lang)
    if field == "result":
        return label(f"result.{value}", lang)
    if field in ("samples", "failed_samples", "due_on"):
        return value
    one_line = " ".join(value.split())
    return repr(one_line if len(one_line) <= 60 else one_line[:59] + "…")


def change_line(change: ItemChange, lang: str = "zh") -> str:
    """`2.4.1: result 不符合 → 符合; samples 10 → 12`."""
    parts = [f"{c.field} {shown_value(c.field, c.before, lang)} → {shown_value(c.field, c.after, lang)}"
             for c in change.fields]
    return f"{change.item}: " + "; ".join(parts)


def conflict_line(conflict: Conflict, lang: str = "zh") -> str:
    return text("conflict", lang, item=conflict.item, field=conflict.field,
                workbook=shown_value(conflict.field, conflict.workbook, lang),
                store=shown_value(conflict.field, conflict.stored, lang))
