"""Applying a filled-in workbook to the stored assessment it was made from: read and check it whole, then save the
assessment once, with the version the check was made against (nothing is written on any problem)."""

from __future__ import annotations

from dataclasses import dataclass

from .fillin.changes import Plan, plan_import
from .fillin.reading import CellProblem, FilledWorkbook, FillError, read_workbook
from .store import NotFound, Store, StoredAssessment


class WorkbookRefused(ValueError):
    """The workbook cannot be applied as it stands (made from another version, another catalog, another assessment);
    nothing was written. The message says why and what to do; `reason` (other_assessment, unknown_assessment,
    other_catalog, stale) and `values` let a page word it in its own language."""

    def __init__(self, message: str, reason: str, **values):
        super().__init__(message)
        self.reason, self.values = reason, values


class BadCells(ValueError):
    """Cells that cannot be applied; nothing was written."""

    def __init__(self, source: str, problems: tuple[CellProblem, ...]):
        super().__init__(f"{source}: {len(problems)} bad cell(s)")
        self.source, self.problems = source, problems

    def lines(self, lang: str = "zh") -> list[str]:
        return [p.text(lang) for p in self.problems]


@dataclass(frozen=True)
class Preview:
    workbook: FilledWorkbook
    stored: StoredAssessment
    plan: Plan


def preview_workbook(store: Store, data: bytes, source: str, lang: str = "zh", force: bool = False,
                     assessment_id: int | None = None) -> Preview:
    """The changes a workbook makes, checked against the stored assessment it names (or `assessment_id`, which it
    must name). Raises FillError (unreadable), WorkbookRefused (another assessment or catalog; a stale workbook
    without `force`) or BadCells."""
    workbook = read_workbook(data, source)
    meta = workbook.meta
    if assessment_id is not None and meta.assessment_id != assessment_id:
        raise WorkbookRefused(f"{source}: this workbook was made for assessment {meta.assessment_id}, not "
                              f"{assessment_id}; nothing was written", "other_assessment",
                              made_for=meta.assessment_id, current=assessment_id)
    try:
        stored = store.get_assessment(meta.assessment_id)
    except NotFound:
        raise WorkbookRefused(f"{source}: the workbook was made for assessment {meta.assessment_id}, which this "
                              "database does not hold; nothing was written", "unknown_assessment",
                              made_for=meta.assessment_id) from None
    ref = stored.assessment.catalog
    if (ref.id, ref.version) != (meta.catalog_id, meta.catalog_version):
        raise WorkbookRefused(f"{source}: the workbook was made against catalog {meta.catalog_id} "
                              f"{meta.catalog_version}, but assessment {stored.id} is answered against {ref.id} "
                              f"{ref.version}; nothing was written", "other_catalog",
                              catalog=f"{meta.catalog_id} {meta.catalog_version}")
    catalog = store.catalog(ref.id, ref.version)
    plan = plan_import(catalog, workbook, stored.assessment, stored.version, lang)
    if plan.problems:
        raise BadCells(source, plan.problems)
    if plan.stale and not force:
        raise WorkbookRefused(
            f"{source}: the workbook was made from version {meta.assessment_version} of assessment {stored.id}, "
            f"which has changed since (it is now version {stored.version}); nothing was written. Make a new "
            "workbook, or run again with --force to apply only the cells changed in the workbook (cells changed "
            "in the store as well keep the stored value and are listed)", "stale",
            made_from=meta.assessment_version, now=stored.version)
    return Preview(workbook, stored, plan)


def apply_preview(store: Store, preview: Preview) -> StoredAssessment:
    """Save what a preview found, as one write with the version it was checked against (StaleAssessment when the
    assessment changed in between). With no change, nothing is written and the stored assessment comes back."""
    if preview.plan.count == 0 or preview.plan.updated is None:
        return preview.stored
    return store.save_assessment(preview.stored.id, preview.stored.version, preview.plan.updated)


__all__ = ["BadCells", "FillError", "Preview", "WorkbookRefused", "apply_preview", "preview_workbook"]
