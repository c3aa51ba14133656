"""Certificates: what a certification body awarded an enterprise, with the audits held under it.

A certificate records the catalog (id and version) whose cycle rules and levels govern it. Unless one is named,
that is the catalog of the enterprise's self-assessment on or before the issue date (the latest such), else the
catalog new assessments use; the level must be one of that catalog's levels."""

from __future__ import annotations

import json
from datetime import date
from typing import Optional

from sqlalchemy import String, delete, select, type_coerce, update
from sqlalchemy.orm import Session

from criteria import Catalog

from ..models import Audit, CatalogRef, Certificate
from ..scoring import InvalidResponse
from .audit_trail import note
from .enterprises import enterprise_row
from .errors import DuplicateCertificate, NotFound, StoreError, checked_id
from .mapping import stored_date
from .records import BadValue, BrokenCertificate, CertificateRecord
from .tables import AssessmentRow, CertificateRow


def audit_dicts(audits) -> list[dict]:
    return [{"kind": a.kind, "on": a.on.isoformat()} for a in audits]


def assessment_catalog_at(session: Session, enterprise_id: int, on: date) -> Optional[CatalogRef]:
    """The catalog of the enterprise's latest self-assessment on or before `on`, if it has one."""
    row = session.execute(
        select(AssessmentRow.catalog_id, AssessmentRow.catalog_version)
        .where(AssessmentRow.enterprise_id == enterprise_id, AssessmentRow.assessed_on <= on)
        .order_by(AssessmentRow.assessed_on.desc(), AssessmentRow.id.desc())
    ).first()
    return CatalogRef(id=row.catalog_id, version=row.catalog_version) if row else None


def upsert_certificate(session: Session, enterprise_id: int, cert: Certificate, catalog: CatalogRef) -> CertificateRow:
    """Record `cert` (replacing the enterprise's certificate with the same number) under `catalog`."""
    row = session.scalar(
        select(CertificateRow).where(CertificateRow.enterprise_id == enterprise_id, CertificateRow.number == cert.number)
    )
    if row is None:
        row = CertificateRow(enterprise_id=enterprise_id, number=cert.number)
        session.add(row)
    row.issued_on = cert.issued_on
    row.level = cert.level
    row.audits = audit_dicts(cert.audits)
    row.catalog_id, row.catalog_version = catalog.id, catalog.version
    return row


def read_certificates(session: Session, *where) -> list[CertificateRecord | BrokenCertificate]:
    """Certificate rows, by enterprise and issue date, read column by column as stored: a row holding an
    unreadable date or audit list comes back as a BrokenCertificate instead of failing the whole query."""
    c = CertificateRow
    q = select(c.id, c.enterprise_id, c.number, c.level, type_coerce(c.issued_on, String).label("issued_on"),
               type_coerce(c.audits, String).label("audits"), c.catalog_id, c.catalog_version,
               ).order_by(c.enterprise_id, c.issued_on, c.id)
    if where:
        q = q.where(*where)
    return [certificate_from(row) for row in session.execute(q)]


def certificate_from(row) -> CertificateRecord | BrokenCertificate:
    ref = CatalogRef.model_construct(id=row.catalog_id, version=row.catalog_version)

    def broken(field: str, value) -> BrokenCertificate:
        # PostgreSQL's driver hands JSON over already parsed: shown as the JSON text it was, as SQLite gives it
        text = value.isoformat() if isinstance(value, date) else value if isinstance(value, str) else \
            json.dumps(value, ensure_ascii=False)
        return BrokenCertificate(row.id, row.enterprise_id, row.number or "", row.level or "",
                                 BadValue(field, text[:80]), ref)

    try:
        issued_on = stored_date(row.issued_on)
    except (TypeError, ValueError):
        return broken("issued_on", row.issued_on)
    try:
        stored = json.loads(row.audits) if isinstance(row.audits, str) else (row.audits or [])
        entries = [(a["kind"], a["on"]) for a in stored]
    except (TypeError, ValueError, KeyError):
        return broken("audits", row.audits)
    audits = []
    for kind, on in entries:
        try:
            audits.append(Audit.model_construct(kind=kind, on=stored_date(on)))
        except (TypeError, ValueError):
            return broken("audit", on)
    # Validated on the way in; constructed without re-validation on the way out.
    cert = Certificate.model_construct(number=row.number, issued_on=issued_on, level=row.level, audits=tuple(audits))
    return CertificateRecord(row.id, row.enterprise_id, cert, ref)


def certificate_owner(session: Session, certificate_id: int) -> int:
    """The enterprise holding a stored certificate; NotFound otherwise."""
    owner = session.scalar(select(CertificateRow.enterprise_id).where(
        CertificateRow.id == checked_id("certificate", certificate_id)))
    if owner is None:
        raise NotFound("certificate", certificate_id)
    return owner


def check_level(cert: Certificate, catalog: Catalog) -> None:
    if cert.level not in catalog.level_ids:
        raise InvalidResponse([f"certificate.level: {cert.level!r} is not a level of catalog {catalog.id} "
                               f"{catalog.version} ({', '.join(catalog.level_ids)})"])


class CertificateRoom:
    def governing_catalog(self, enterprise_id: int, issued_on: date) -> Catalog:
        """The catalog a new certificate of this enterprise issued on `issued_on` is governed by."""
        with self.reading() as session:
            ref = assessment_catalog_at(session, enterprise_id, issued_on)
        return self.catalog(ref.id, ref.version) if ref else self.default_catalog_for_new()

    def certificate_catalog(self, record: CertificateRecord | BrokenCertificate) -> Catalog:
        """The catalog whose cycle rules and levels govern a stored certificate."""
        return self.catalog(record.catalog.id, record.catalog.version)

    def add_certificate(self, enterprise_id: int, certificate: Certificate,
                        catalog: Optional[Catalog] = None) -> CertificateRecord:
        """Record a certificate (or replace the one with the same number) under `catalog` (see the module)."""
        self.get_enterprise(enterprise_id)
        catalog = catalog or self.governing_catalog(enterprise_id, certificate.issued_on)
        check_level(certificate, catalog)
        ref = CatalogRef(id=catalog.id, version=catalog.version)
        with self.unit_of_work() as session:
            enterprise_row(session, enterprise_id)
            row = upsert_certificate(session, enterprise_id, certificate, ref)
            session.flush()
            note(session, "certificate.add", "certificate", certificate.number, enterprise_id=enterprise_id,
                 after=certificate.model_dump(mode="json"))
            return CertificateRecord(row.id, enterprise_id, certificate, ref)

    def update_certificate(self, certificate_id: int, certificate: Certificate,
                           catalog: Optional[Catalog] = None) -> CertificateRecord:
        """Correct a certificate (number, issue date, level, audits), even one whose stored values are
        unreadable; it stays under its catalog unless another is given."""
        with self.reading() as session:
            certificate_owner(session, certificate_id)
            [found] = read_certificates(session, CertificateRow.id == certificate_id)
        catalog = catalog or self.certificate_catalog(found)
        check_level(certificate, catalog)
        ref = CatalogRef(id=catalog.id, version=catalog.version)
        with self.unit_of_work() as session:
            enterprise_id = found.enterprise_id
            clash = session.scalar(select(CertificateRow.id).where(
                CertificateRow.enterprise_id == enterprise_id, CertificateRow.number == certificate.number,
                CertificateRow.id != certificate_id))
            if clash is not None:
                raise DuplicateCertificate(enterprise_id, certificate.number)
            session.execute(update(CertificateRow).where(CertificateRow.id == certificate_id).values(
                number=certificate.number, issued_on=certificate.issued_on, level=certificate.level,
                audits=audit_dicts(certificate.audits), catalog_id=ref.id, catalog_version=ref.version))
            old = found.certificate.model_dump(mode="json") if isinstance(found, CertificateRecord) else None
            note(session, "certificate.change", "certificate", certificate.number, enterprise_id=enterprise_id,
                 before=old, after=certificate.model_dump(mode="json"))
            return CertificateRecord(certificate_id, enterprise_id, certificate, ref)

    def record_audit(self, certificate_id: int, audit: Audit) -> CertificateRecord:
        with self.unit_of_work() as session:
            certificate_owner(session, certificate_id)
            [found] = read_certificates(session, CertificateRow.id == certificate_id)
            if isinstance(found, BrokenCertificate):
                raise StoreError(f"certificate {certificate_id} cannot be read ({found.problem.field} holds "
                                 f"{found.problem.value!r}); correct it first, nothing was saved")
            cert = found.certificate.model_copy(update={"audits": (*found.certificate.audits, audit)})
            session.execute(update(CertificateRow).where(CertificateRow.id == certificate_id).values(
                audits=audit_dicts(cert.audits)))
            note(session, "certificate.audit", "certificate", cert.number, enterprise_id=found.enterprise_id,
                 after=audit.model_dump(mode="json"))
            return CertificateRecord(certificate_id, found.enterprise_id, cert, found.catalog)

    def delete_certificate(self, certificate_id: int) -> None:
        with self.unit_of_work() as session:
            owner = certificate_owner(session, certificate_id)
            number = session.scalar(select(CertificateRow.number).where(CertificateRow.id == certificate_id))
            session.execute(delete(CertificateRow).where(CertificateRow.id == certificate_id))
            note(session, "certificate.delete", "certificate", number, enterprise_id=owner,
                 before={"number": number})

    def list_certificates(self, enterprise_id: Optional[int] = None) -> list[CertificateRecord]:
        """The readable certificates, by enterprise and issue date (see read_certificates for the others)."""
        return [c for c in self.read_certificates(enterprise_id) if isinstance(c, CertificateRecord)]

    def read_certificates(self, enterprise_id: Optional[int] = None) -> list[CertificateRecord | BrokenCertificate]:
        """Every stored certificate by enterprise and issue date; a row that cannot be read comes as BrokenCertificate."""
        with self.reading() as session:
            if enterprise_id is None:
                return read_certificates(session)
            return read_certificates(session, CertificateRow.enterprise_id == enterprise_id)
