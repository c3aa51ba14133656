"""Enterprises: the companies assessed, matched by unified social credit code (else by name)."""

from __future__ import annotations

from typing import Optional

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from ..models import Enterprise
from .audit_trail import note
from .errors import EnterpriseInUse, NotFound, checked_id
from .mapping import enterprise_record
from .records import EnterpriseRecord
from .tables import AssessmentRow, CertificateRow, EnterpriseRow, EvidenceFileRow, code_point_order

_OWNED = {"assessment": (AssessmentRow, AssessmentRow.enterprise_id),
          "certificate": (CertificateRow, CertificateRow.enterprise_id)}


def enterprise_row(session: Session, enterprise_id: int) -> EnterpriseRow:
    row = session.get(EnterpriseRow, checked_id("enterprise", enterprise_id))
    if row is None:
        raise NotFound("enterprise", enterprise_id)
    return row


def match_enterprise(session: Session, enterprise: Enterprise) -> Optional[EnterpriseRow]:
    """The stored enterprise with the same credit code (or, without one, the same name and no code)."""
    if enterprise.credit_code:
        q = select(EnterpriseRow).where(EnterpriseRow.credit_code == enterprise.credit_code)
    else:
        q = select(EnterpriseRow).where(EnterpriseRow.name == enterprise.name, EnterpriseRow.credit_code == "")
    return session.scalars(q.order_by(EnterpriseRow.id)).first()


def insert_enterprise(session: Session, enterprise: Enterprise) -> EnterpriseRow:
    row = EnterpriseRow(**enterprise.model_dump())
    session.add(row)
    session.flush()
    note(session, "enterprise.add", "enterprise", row.id, enterprise_id=row.id,
         after=enterprise.model_dump(mode="json"))
    return row


def _snapshot(row: EnterpriseRow) -> dict:
    return Enterprise.model_construct(**{k: getattr(row, k) for k in Enterprise.model_fields}).model_dump(mode="json")


class EnterpriseRoom:
    def add_enterprise(self, enterprise: Enterprise) -> EnterpriseRecord:
        with self.unit_of_work() as session:
            return enterprise_record(insert_enterprise(session, enterprise))

    def update_enterprise(self, enterprise_id: int, enterprise: Enterprise) -> EnterpriseRecord:
        with self.unit_of_work() as session:
            row = enterprise_row(session, enterprise_id)
            before = _snapshot(row)
            for key, value in enterprise.model_dump().items():
                setattr(row, key, value)
            note(session, "enterprise.change", "enterprise", row.id, enterprise_id=row.id, before=before,
                 after=_snapshot(row))
            return enterprise_record(row)

    def delete_enterprise(self, enterprise_id: int) -> None:
        """Delete an enterprise that has no assessment, with its certificates; EnterpriseInUse otherwise."""
        with self.unit_of_work() as session:
            before = _snapshot(enterprise_row(session, enterprise_id))
            n = session.scalar(select(func.count(AssessmentRow.id)).where(AssessmentRow.enterprise_id == enterprise_id))
            if n:
                raise EnterpriseInUse(enterprise_id, n)
            # Core statements: a certificate row that cannot be read must not stop its deletion
            session.execute(delete(CertificateRow).where(CertificateRow.enterprise_id == enterprise_id))
            session.execute(delete(EnterpriseRow).where(EnterpriseRow.id == enterprise_id))
            note(session, "enterprise.delete", "enterprise", enterprise_id, enterprise_id=enterprise_id, before=before)

    def set_archived(self, enterprise_id: int, archived: bool = True) -> EnterpriseRecord:
        with self.unit_of_work() as session:
            row = enterprise_row(session, enterprise_id)
            note(session, "enterprise.archive" if archived else "enterprise.restore", "enterprise", row.id,
                 enterprise_id=row.id, before={"archived": row.archived}, after={"archived": archived})
            row.archived = archived
            return enterprise_record(row)

    def owner_enterprise(self, kind: str, key: int) -> int:
        """The enterprise an assessment, certificate or evidence file belongs to (NotFound when there is none)."""
        with self.engine.connect() as session:  # one indexed lookup per guarded call: no ORM session
            if kind == "evidence":
                q = (select(AssessmentRow.enterprise_id).join(EvidenceFileRow,
                                                               EvidenceFileRow.assessment_id == AssessmentRow.id)
                     .where(EvidenceFileRow.id == checked_id("evidence file", key)))
            else:
                table, column = _OWNED[kind]
                q = select(column).where(table.id == checked_id(kind, key))
            found = session.execute(q).scalar()
        if found is None:
            raise NotFound("evidence file" if kind == "evidence" else kind, key)
        return found

    def get_enterprise(self, enterprise_id: int) -> EnterpriseRecord:
        with self.reading() as session:
            return enterprise_record(enterprise_row(session, enterprise_id))

    def list_enterprises(self, include_archived: bool = False) -> list[EnterpriseRecord]:
        with self.reading() as session:
            q = select(EnterpriseRow).order_by(code_point_order(EnterpriseRow.name), EnterpriseRow.id)
            if not include_archived:
                q = q.where(EnterpriseRow.archived.is_(False))
            return [enterprise_record(r) for r in session.scalars(q)]

    def find_enterprise(self, enterprise: Enterprise) -> Optional[EnterpriseRecord]:
        """The stored enterprise with the same credit code (or, without one, the same name)."""
        with self.reading() as session:
            row = match_enterprise(session, enterprise)
            return enterprise_record(row) if row else None

    def find_duplicates(self, enterprise: Enterprise, exclude_id: Optional[int] = None) -> list[EnterpriseRecord]:
        """Stored enterprises, archived ones included, with the same credit code or exactly the same name."""
        same = [EnterpriseRow.name == enterprise.name]
        if enterprise.credit_code:
            same.append(EnterpriseRow.credit_code == enterprise.credit_code)
        q = select(EnterpriseRow).where(or_(*same)).order_by(EnterpriseRow.id)
        if exclude_id is not None:
            q = q.where(EnterpriseRow.id != exclude_id)
        with self.reading() as session:
            return [enterprise_record(r) for r in session.scalars(q)]
