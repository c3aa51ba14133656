"""Row <-> value mapping: tables in, frozen records out (and back), with no session of its own."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from criteria import Catalog

from ..models import Assessment, CatalogRef, CorrectiveAction, Enterprise, Response, SpecialBonus, SpecialDeduction
from ..scoring import score
from .records import AssessmentSummary, EnterpriseRecord, StoredAssessment
from .tables import ActionRow, AssessmentRow, DeductionRow, EnterpriseRow, ResponseRow


def enterprise_record(row: EnterpriseRow) -> EnterpriseRecord:
    ent = Enterprise.model_construct(
        name=row.name,
        credit_code=row.credit_code or "",
        kind=row.kind,
        industry=row.industry or "",
        address=row.address or "",
        contact=row.contact or "",
        contact_email=row.contact_email or "",
        language=row.language or "zh",
    )
    return EnterpriseRecord(row.id, ent, bool(row.archived))


def response_row(r: Response) -> ResponseRow:
    row = ResponseRow()
    fill_response_row(row, r)
    return row


def fill_response_row(row: ResponseRow, r: Response) -> None:
    row.item = r.item
    row.result = r.result
    row.samples = r.samples
    row.failed_samples = r.failed_samples
    row.justification = r.justification
    row.note = r.note
    row.evidence = list(r.evidence)
    row.to_reverify = r.to_reverify
    row.action = r.action
    row.owner = r.owner
    row.due_on = r.due_on


def deduction_row(position: int, d: SpecialDeduction) -> DeductionRow:
    return DeductionRow(
        position=position, category=d.category, description=d.description, corrective_action=d.corrective_action
    )


def action_row(position: int, a: CorrectiveAction) -> ActionRow:
    return ActionRow(position=position, item=a.item, deduction=a.deduction, description=a.description,
                     owner=a.owner, due_on=a.due_on, status=a.status, done_on=a.done_on, verified_by=a.verified_by,
                     verification_note=a.verification_note, carried_over=a.carried_over)


def write_assessment(row: AssessmentRow, a: Assessment) -> None:
    a = lift_legacy_actions(a)
    row.catalog_id = a.catalog.id
    row.catalog_version = a.catalog.version
    row.assessed_on = a.assessed_on
    row.assessor = a.assessor
    row.enterprise_snapshot = a.enterprise.model_dump(mode="json")
    row.special_bonus = a.special_bonus.description if a.special_bonus else None
    write_responses(row, a.responses)
    row.deductions[:] = [deduction_row(i, d) for i, d in enumerate(a.special_deductions)]
    count = len(a.special_deductions)  # the actions of a deduction a caller removed go with it
    planned = [x for x in a.actions if x.deduction is None or x.deduction < count]
    row.actions[:] = [action_row(i, x) for i, x in enumerate(planned)]


def lift_legacy_actions(a: Assessment) -> Assessment:
    """`a` with any untracked action a caller left on a response or deduction (a copy made without validation
    keeps them) moved into the tracked plan, as reading an older file does."""
    if any(r.action.strip() for r in a.responses) or any(d.corrective_action.strip() for d in a.special_deductions):
        return Assessment.model_validate(a.model_dump())
    return a


def write_responses(row: AssessmentRow, responses: tuple[Response, ...]) -> None:
    """Make the response rows say `responses`, updating the row of each item in place.

    A response row is identified by (assessment, item) (uq_response_item). Replacing it by a new row for the
    same item would make one flush insert the new row before it deletes the old one, which breaks that key.
    Kept rows stay in their stored order (by id) and new rows follow, so the collection reads as it is stored.
    """
    existing = {r.item: r for r in row.responses}
    kept, added = [], []
    for response in responses:
        found = existing.get(response.item)
        if found is None:
            added.append(response_row(response))
        else:
            fill_response_row(found, response)
            kept.append(found)
    row.responses[:] = sorted(kept, key=lambda r: r.id) + added


def read_assessment(row: AssessmentRow) -> Assessment:
    return Assessment(
        catalog=CatalogRef(id=row.catalog_id, version=row.catalog_version),
        enterprise=Enterprise.model_validate(row.enterprise_snapshot),
        assessed_on=row.assessed_on,
        assessor=row.assessor or "",
        responses=tuple(
            Response(
                item=r.item,
                result=r.result,
                samples=r.samples,
                failed_samples=r.failed_samples,
                justification=r.justification or "",
                note=r.note or "",
                evidence=tuple(r.evidence or ()),
                to_reverify=bool(r.to_reverify),
                action=r.action or "",
                owner=r.owner or "",
                due_on=r.due_on,
            )
            for r in row.responses
        ),
        special_deductions=tuple(
            SpecialDeduction(category=d.category, description=d.description, corrective_action=d.corrective_action or "")
            for d in row.deductions
        ),
        special_bonus=SpecialBonus(description=row.special_bonus) if row.special_bonus else None,
        actions=tuple(
            CorrectiveAction(item=x.item, deduction=x.deduction, description=x.description, owner=x.owner or "",
                             due_on=x.due_on, status=x.status, done_on=x.done_on, verified_by=x.verified_by or "",
                             verification_note=x.verification_note or "", carried_over=bool(x.carried_over))
            for x in row.actions
        ),
    )


def cache_score(row: AssessmentRow, catalog: Catalog, a: Assessment) -> None:
    result = score(catalog, a)
    row.cached_final = result.final
    row.cached_level = result.level
    row.cached_complete = result.complete
    row.cached_answered = len(a.responses)
    row.cached_catalog_version = catalog.version


def stored(row: AssessmentRow, a: Assessment) -> StoredAssessment:
    return StoredAssessment(row.id, row.enterprise_id, row.version, row.previous_id, a)


def summary(row, name: str, **override) -> AssessmentSummary:
    """From an AssessmentRow or a result row with the same column names (`override`: fields read otherwise)."""
    cached_ok = row.cached_catalog_version == row.catalog_version
    return AssessmentSummary(**{
        "id": row.id,
        "enterprise_id": row.enterprise_id,
        "enterprise_name": name,
        "assessed_on": row.assessed_on,
        "assessor": row.assessor or "",
        "catalog_id": row.catalog_id,
        "catalog_version": row.catalog_version,
        "version": row.version,
        "previous_id": row.previous_id,
        "answered": row.cached_answered or 0,
        "final": Decimal(str(row.cached_final)) if cached_ok and row.cached_final is not None else None,
        "level": row.cached_level if cached_ok else None,
        "complete": row.cached_complete if cached_ok else None,
        **override,
    })


def stored_date(value) -> date:
    """A Date column read as stored (text in SQLite): ValueError when it is no date."""
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
