"""Assessments: one self-assessment of one enterprise against one catalog version, saved after every change.

An assessment carries a version number: saving with a stale one raises `StaleAssessment` and changes nothing.
Every write validates the answers against the assessment's own catalog first and caches its score."""

from __future__ import annotations

from datetime import date
from typing import Iterable, Optional

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from criteria import Catalog

from ..models import Assessment, CatalogRef, CorrectiveAction, Response, SpecialBonus, SpecialDeduction
from ..scoring import InvalidResponse, check_responses
from .audit_trail import assessment_changes, last_change, note
from .enterprises import enterprise_row
from .errors import NotFound, StaleAssessment, StaleItem, checked_id
from .mapping import (action_row, cache_score, deduction_row, fill_response_row, lift_legacy_actions, read_assessment,
                      response_row, stored, summary)
from .mapping import write_assessment
from .records import AssessmentSummary, StoredAssessment
from .tables import AssessmentRow, EnterpriseRow, code_point_order, utcnow


def assessment_row(session: Session, assessment_id: int, *, for_update: bool = False) -> AssessmentRow:
    row = session.get(
        AssessmentRow,
        checked_id("assessment", assessment_id),
        with_for_update=for_update or None,
        options=[selectinload(AssessmentRow.responses), selectinload(AssessmentRow.deductions),
                 selectinload(AssessmentRow.actions)],
    )
    if row is None:
        raise NotFound("assessment", assessment_id)
    return row


def insert_assessment(session: Session, enterprise_id: int, assessment: Assessment, catalog: Catalog,
                      previous_id: Optional[int] = None) -> AssessmentRow:
    """A new assessment row (answers already checked against `catalog`), its score cached."""
    row = AssessmentRow(enterprise_id=enterprise_id, previous_id=previous_id)
    write_assessment(row, assessment)
    cache_score(row, catalog, assessment)
    session.add(row)
    session.flush()
    blank = Assessment(catalog=assessment.catalog, enterprise=assessment.enterprise, assessed_on=assessment.assessed_on)
    note(session, "assessment.create", "assessment", row.id, enterprise_id=enterprise_id, assessment_id=row.id,
         version=row.version, after={"catalog": assessment.catalog.model_dump(mode="json"),
                                     "assessed_on": assessment.assessed_on.isoformat(),
                                     "assessor": assessment.assessor, "previous_id": previous_id})
    _note_changes(session, row, blank, assessment, header=False)
    return row


def _note_changes(session: Session, row: AssessmentRow, before: Assessment, after: Assessment,
                  header: bool = True) -> list:
    changes = [c for c in assessment_changes(before, after) if header or c[1] != "assessment"]
    for action, target, key, old, new in changes:
        note(session, action, target, key, enterprise_id=row.enterprise_id, assessment_id=row.id,
             version=row.version, before=old, after=new)
    return changes


def raise_invalid(catalog: Catalog, assessment: Assessment) -> None:
    problems = check_responses(catalog, assessment)
    if problems:
        raise InvalidResponse(problems)


class AssessmentRoom:
    def checked_catalog(self, assessment: Assessment) -> Catalog:
        """The catalog `assessment` names, once its answers are known to fit it (InvalidResponse otherwise)."""
        catalog = self.catalog(assessment.catalog.id, assessment.catalog.version)
        raise_invalid(catalog, assessment)
        return catalog

    def add_assessment(
        self, enterprise_id: int, assessment: Assessment, previous_id: Optional[int] = None
    ) -> StoredAssessment:
        """Store a new assessment for an enterprise (validated against its catalog first)."""
        catalog = self.checked_catalog(assessment)
        with self.unit_of_work() as session:
            enterprise_row(session, enterprise_id)
            return stored(insert_assessment(session, enterprise_id, assessment, catalog, previous_id), assessment)

    def new_assessment(
        self, enterprise_id: int, assessed_on: date, assessor: str = "", catalog: Optional[Catalog] = None
    ) -> StoredAssessment:
        """A blank assessment of a stored enterprise against `catalog` (the one new assessments use if not given)."""
        catalog = catalog or self.default_catalog_for_new()
        ent = self.get_enterprise(enterprise_id).enterprise
        blank = Assessment(
            catalog=CatalogRef(id=catalog.id, version=catalog.version),
            enterprise=ent,
            assessed_on=assessed_on,
            assessor=assessor,
        )
        return self.add_assessment(enterprise_id, blank)

    def confirm_reverified(
        self, assessment_id: int, expected_version: int, item_ids: Iterable[str]
    ) -> StoredAssessment:
        """Mark the copied answers to `item_ids` as re-verified, unchanged, in one transaction.

        Items already confirmed are left as they are; an item without an answer raises InvalidResponse, and
        nothing is saved.
        """
        wanted = set(item_ids)

        def change(row: AssessmentRow) -> None:
            answered = {r.item: r for r in row.responses}
            missing = sorted(wanted - set(answered))
            if missing:
                raise InvalidResponse([f"item {item!r}: no answer to confirm" for item in missing])
            for item in wanted:
                answered[item].to_reverify = False

        return self._update(assessment_id, expected_version, change)

    def get_assessment(self, assessment_id: int) -> StoredAssessment:
        with self.reading() as session:
            row = assessment_row(session, assessment_id)
            return stored(row, read_assessment(row))

    def previous_assessment(self, assessment_id: int) -> Optional[StoredAssessment]:
        """The round before this one: the one it was copied from, else the enterprise's latest earlier one."""
        with self.reading() as session:
            row = assessment_row(session, assessment_id)
            prev = session.get(AssessmentRow, row.previous_id) if row.previous_id else None
            if prev is None:
                prev = session.scalars(
                    select(AssessmentRow)
                    .where(
                        AssessmentRow.enterprise_id == row.enterprise_id,
                        AssessmentRow.id != row.id,
                        (AssessmentRow.assessed_on < row.assessed_on)
                        | ((AssessmentRow.assessed_on == row.assessed_on) & (AssessmentRow.id < row.id)),
                    )
                    .order_by(AssessmentRow.assessed_on.desc(), AssessmentRow.id.desc())
                ).first()
            return stored(prev, read_assessment(prev)) if prev else None

    def latest_assessment(self, enterprise_id: int) -> Optional[StoredAssessment]:
        with self.reading() as session:
            row = session.scalars(
                select(AssessmentRow)
                .where(AssessmentRow.enterprise_id == enterprise_id)
                .order_by(AssessmentRow.assessed_on.desc(), AssessmentRow.id.desc())
            ).first()
            return stored(row, read_assessment(row)) if row else None

    def list_assessments(self, enterprise_id: Optional[int] = None) -> list[AssessmentSummary]:
        with self.reading() as session:
            q = (
                select(AssessmentRow, EnterpriseRow.name)
                .join(EnterpriseRow, EnterpriseRow.id == AssessmentRow.enterprise_id)
                .order_by(code_point_order(EnterpriseRow.name), AssessmentRow.assessed_on.desc(),
                          AssessmentRow.id.desc())
            )
            if enterprise_id is not None:
                q = q.where(AssessmentRow.enterprise_id == enterprise_id)
            return [summary(row, name) for row, name in session.execute(q)]

    def rounds_on(self, enterprise_id: int, catalog: CatalogRef, on: date) -> list[StoredAssessment]:
        """The enterprise's assessments of `on` against `catalog`, oldest first."""
        with self.reading() as session:
            rows = session.scalars(
                select(AssessmentRow)
                .where(
                    AssessmentRow.enterprise_id == enterprise_id,
                    AssessmentRow.catalog_id == catalog.id,
                    AssessmentRow.catalog_version == catalog.version,
                    AssessmentRow.assessed_on == on,
                )
                .options(selectinload(AssessmentRow.responses), selectinload(AssessmentRow.deductions),
                         selectinload(AssessmentRow.actions))
                .order_by(AssessmentRow.id)
            )
            return [stored(row, read_assessment(row)) for row in rows]

    def save_assessment(self, assessment_id: int, expected_version: int, assessment: Assessment) -> StoredAssessment:
        """Replace the whole assessment. Raises StaleAssessment when `expected_version` is not the saved one."""
        catalog = self.checked_catalog(assessment)
        return self._update(assessment_id, expected_version, lambda row: write_assessment(row, assessment), catalog,
                            whole=True)

    def set_response(self, assessment_id: int, expected_version: int, response: Response) -> StoredAssessment:
        """Answer (or re-answer) one item: the wizard's unit of change."""

        def change(row: AssessmentRow) -> None:
            before = read_assessment(row)
            current = lift_legacy_actions(before.with_response(response))  # an untracked action joins the plan
            raise_invalid(self.catalog(row.catalog_id, row.catalog_version), current)
            answer = current.response_map()[response.item]
            existing = next((r for r in row.responses if r.item == response.item), None)
            if existing is None:
                row.responses.append(response_row(answer))
            else:
                fill_response_row(existing, answer)
            if current.actions != before.actions:
                row.actions[:] = [action_row(i, a) for i, a in enumerate(current.actions)]

        return self._update(assessment_id, expected_version, change)

    def clear_response(self, assessment_id: int, expected_version: int, item_id: str) -> StoredAssessment:
        def change(row: AssessmentRow) -> None:
            row.responses[:] = [r for r in row.responses if r.item != item_id]

        return self._update(assessment_id, expected_version, change)

    def set_special_findings(
        self,
        assessment_id: int,
        expected_version: int,
        deductions: tuple[SpecialDeduction, ...],
        bonus: Optional[SpecialBonus],
        actions: Optional[tuple[CorrectiveAction, ...]] = None,
    ) -> StoredAssessment:
        """Replace the special deductions and bonus. With `actions`, the plan is replaced too (in the same write:
        a removed deduction's actions go and later ones are renumbered, see actions.without_deduction); without,
        the actions of deductions no longer listed go with them."""

        def change(row: AssessmentRow) -> None:
            current = read_assessment(row)
            if actions is not None:
                kept = tuple(actions)
            else:
                kept = tuple(a for a in current.actions if a.deduction is None or a.deduction < len(deductions))
            current = Assessment.model_validate({**current.model_dump(), "actions": [a.model_dump() for a in kept],
                                                 "special_deductions": [d.model_dump() for d in deductions],
                                                 "special_bonus": bonus.model_dump() if bonus else None})
            raise_invalid(self.catalog(row.catalog_id, row.catalog_version), current)
            row.deductions[:] = [deduction_row(i, d) for i, d in enumerate(current.special_deductions)]
            row.special_bonus = bonus.description if bonus else None
            row.actions[:] = [action_row(i, a) for i, a in enumerate(current.actions)]

        return self._update(assessment_id, expected_version, change)

    def set_actions(self, assessment_id: int, expected_version: int,
                    actions: tuple[CorrectiveAction, ...]) -> StoredAssessment:
        """Replace the corrective-action plan; each action must name an item of the catalog or a listed deduction."""
        return self._update(assessment_id, expected_version, lambda row: self._write_plan(row, lambda _: actions))

    def add_action(self, assessment_id: int, expected_version: int, action: CorrectiveAction) -> StoredAssessment:
        """Append one action to the plan (its position is the plan's length before)."""
        return self._update(assessment_id, expected_version,
                            lambda row: self._write_plan(row, lambda plan: plan + (action,)))

    def set_action(self, assessment_id: int, expected_version: int, position: int,
                   action: Optional[CorrectiveAction]) -> StoredAssessment:
        """Replace the action at `position` (0-based) of the plan, or remove it with None (later ones move up).
        NotFound when the plan has no action there."""

        def changed(plan: tuple[CorrectiveAction, ...]) -> tuple[CorrectiveAction, ...]:
            if isinstance(position, bool) or not isinstance(position, int) or not 0 <= position < len(plan):
                raise NotFound("corrective action", position)
            rest = list(plan)
            if action is None:
                del rest[position]
            else:
                rest[position] = action
            return tuple(rest)

        return self._update(assessment_id, expected_version, lambda row: self._write_plan(row, changed))

    def _write_plan(self, row: AssessmentRow, change) -> None:
        """The row's plan replaced by `change(current plan)`, checked against the assessment and its catalog."""
        current = read_assessment(row)
        actions = change(current.actions)
        planned = Assessment.model_validate({**current.model_dump(), "actions": [a.model_dump() for a in actions]})
        raise_invalid(self.catalog(row.catalog_id, row.catalog_version), planned)
        row.actions[:] = [action_row(i, a) for i, a in enumerate(planned.actions)]

    def update_header(
        self, assessment_id: int, expected_version: int, assessed_on: date, assessor: str
    ) -> StoredAssessment:
        def change(row: AssessmentRow) -> None:
            row.assessed_on = assessed_on
            row.assessor = assessor

        return self._update(assessment_id, expected_version, change)

    def delete_assessment(self, assessment_id: int) -> None:
        with self.unit_of_work() as session:
            row = assessment_row(session, assessment_id)
            note(session, "assessment.delete", "assessment", row.id, enterprise_id=row.enterprise_id,
                 assessment_id=row.id, version=row.version,
                 before={"assessed_on": row.assessed_on.isoformat(), "catalog": row.catalog_id,
                         "catalog_version": row.catalog_version, "answered": len(row.responses)})
            for later in session.scalars(select(AssessmentRow).where(AssessmentRow.previous_id == assessment_id)):
                later.previous_id = None
            session.delete(row)

    def _update(self, assessment_id: int, expected_version: int, change, catalog: Optional[Catalog] = None,
                *, whole: bool = False, retry: bool = True):
        """Apply `change(row)` as one write. A `whole`-assessment change needs `expected_version` to be the saved
        one (StaleAssessment). Any other change is checked per unit (assessment_changes): it is refused
        (StaleItem) only when a unit it changes was changed by someone else after `expected_version`."""
        try:
            with self.unit_of_work() as session:
                row = assessment_row(session, assessment_id, for_update=True)
                if row.version != expected_version and (whole or expected_version > row.version):
                    raise StaleAssessment(assessment_id, expected_version, row.version)
                before = read_assessment(row)
                change(row)
                row.updated_at = utcnow()  # always touch the row, so its version moves on
                current = read_assessment(row)
                if row.version != expected_version:
                    self._refuse_stale(session, row, expected_version, assessment_changes(before, current))
                cache_score(row, catalog or self.catalog(row.catalog_id, row.catalog_version), current)
                session.flush()
                if not _note_changes(session, row, before, current):
                    note(session, "assessment.save", "assessment", row.id, enterprise_id=row.enterprise_id,
                         assessment_id=row.id, version=row.version)
                return stored(row, current)
        except StaleDataError:
            if retry and not whole:  # another write committed in between: check the units again
                return self._update(assessment_id, expected_version, change, catalog, whole=whole, retry=False)
            actual = self.get_assessment(assessment_id).version
            raise StaleAssessment(assessment_id, expected_version, actual) from None

    @staticmethod
    def _refuse_stale(session: Session, row: AssessmentRow, expected_version: int, changes) -> None:
        with session.no_autoflush:  # the change is flushed once, after the check
            for _action, target, key, _old, _new in changes:
                last = last_change(session, row.id, target, key, expected_version)
                if last is not None:
                    raise StaleItem(row.id, expected_version, row.version, target, key, last.actor, last.at,
                                    last.after)
